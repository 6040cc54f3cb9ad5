"""The `conflictevents parse` command; `conflictevents.cli` registers it.

Added in 0.1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from conflictevents.cli._status import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, describe_os_error
from conflictevents.days import CONFLICTS
from conflictevents.diagnostics import Severity
from conflictevents.errors import ParseError
from conflictevents.parsing import ParseResult, parse_brief
from conflictevents.rendering import render
from conflictevents.serialization import dumps

__all__ = ["BRIEF_SUFFIXES", "add_arguments", "run"]

BRIEF_SUFFIXES = (".txt", ".md", ".html", ".htm")
"""The files a directory argument contributes, in sorted order."""

_PROGRESS_FROM = 10  # a progress bar only pays off for a batch of files


class UsageProblem(Exception):
    """A path that cannot be used (exit 2)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `parse` command's arguments to its sub-parser."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE|DIR|-",
        help="a brief (.txt, .md, .html), a directory of briefs, or - for standard input",
    )
    parser.add_argument(
        "--format",
        dest="output_format",
        choices=("json", "jsonl", "markdown", "text"),
        default=None,
        help="output: JSON for one brief and JSON Lines for several (the default), or a "
        "rendering as Markdown or text",
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", "text", "markdown", "html"),
        default="auto",
        help="how to read the input (default: from the suffix, then the content)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings as problems: exit 1 and print no brief for an input with any",
    )
    parser.add_argument(
        "--conflict",
        choices=sorted(CONFLICTS),
        default=None,
        help="the conflict whose days are counted (default: recognised from the title)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print info diagnostics (what was dropped as page furniture)",
    )


def _expand(inputs: list[str]) -> list[str]:
    files: list[str] = []
    for item in inputs:
        if item == "-":
            files.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(
                str(child)
                for child in path.iterdir()
                if child.is_file() and child.suffix.lower() in BRIEF_SUFFIXES
            )
            if not found:
                raise UsageProblem(f"no briefs ({', '.join(BRIEF_SUFFIXES)}) in directory {item}")
            files.extend(found)
        elif path.is_file():
            files.append(item)
        else:
            raise UsageProblem(f"{item}: no such file or directory")
    return files


def _parse_one(name: str, args: argparse.Namespace) -> ParseResult:
    if name == "-":
        data = sys.stdin.buffer.read()
        return parse_brief(data, format=args.input_format, conflict=args.conflict, name="<stdin>")
    return parse_brief(Path(name), format=args.input_format, conflict=args.conflict, name=name)


def _progress(done: int, total: int, stream: TextIO) -> None:
    width = 30
    filled = width * done // total
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\r" + " " * (width + 24) + "\r")
    stream.flush()


def run(args: argparse.Namespace) -> int:
    """Parse every input, print the briefs on stdout and diagnostics on stderr.

    Returns:
        0 when every input is clean, 1 when any has errors (or warnings with
        `--strict`) or cannot be parsed, 2 for a path that does not exist.
    """
    try:
        files = _expand(args.inputs)
    except UsageProblem as exc:
        print(f"conflictevents: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    several = len(files) > 1 or any(Path(f).is_dir() for f in args.inputs if f != "-")
    output = args.output_format or ("jsonl" if several else "json")
    show_progress = len(files) >= _PROGRESS_FROM and sys.stderr.isatty()
    minimum = Severity.INFO if args.verbose else Severity.WARNING
    status = EXIT_OK
    written = 0
    # `--format json` for several inputs writes one JSON array, so stdout stays one
    # document; text and Markdown renderings are separated by a blank line.
    array = output == "json" and several
    if array:
        print("[")
    for done, name in enumerate(files, start=1):
        outcome, text = _handle(name, args, output, minimum)
        status = max(status, outcome)
        if text is not None:
            if written and array:
                print(",")
            elif written and output in ("markdown", "text"):
                print()
            print(text, end="" if output in ("markdown", "text") or array else "\n")
            written += 1
        if show_progress:
            _progress(done, len(files), sys.stderr)
    if array:
        print("\n]" if written else "]")
    return status


def _handle(
    name: str, args: argparse.Namespace, output: str, minimum: Severity
) -> tuple[int, str | None]:
    """Parse one input and report its diagnostics; return its status and its output."""
    try:
        result = _parse_one(name, args)
    except ParseError as exc:
        _clear_progress()
        print(
            f"{exc.source_name}:{exc.line}:{exc.column}: error: {exc.code}: {exc.message}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS, None
    except OSError as exc:
        print(f"conflictevents: error: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_USAGE, None
    lines = result.format_diagnostics(minimum)
    if lines:
        _clear_progress()
        print("\n".join(lines), file=sys.stderr)
    failed = bool(result.errors) or (args.strict and bool(result.problems))
    if failed and args.strict:
        return EXIT_PROBLEMS, None
    if output == "json":
        text = dumps(result.brief, indent=2)
    elif output == "jsonl":
        text = dumps(result.brief)
    else:
        text = render(result.brief, format="markdown" if output == "markdown" else "text")
    return (EXIT_PROBLEMS if failed else EXIT_OK), text


def _clear_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\x1b[K")
