"""The `conflictevents validate` and `conflictevents schema` commands; `cli` registers them.

Added in 0.1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from conflictevents.cli._status import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, describe_os_error
from conflictevents.jsonl import MAX_LINE_BYTES
from conflictevents.schema import dumps_schema
from conflictevents.validation import (
    MAX_DOCUMENT_BYTES,
    Finding,
    InputTooLarge,
    validate_source,
)


def add_schema(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `conflictevents schema`."""
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of the JSON contract",
        description="Print the JSON Schema (draft 2020-12) of the JSON contract, exactly "
        "the file shipped as conflictevents/data/daily-brief.v1.schema.json.",
    )
    parser.set_defaults(handler=_run_schema)


def _run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(dumps_schema())
    return EXIT_OK


def add_validate(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `conflictevents validate`."""
    parser = commands.add_parser(
        "validate",
        help="validate JSON briefs against the contract",
        description="Validate a JSON document, a JSON array of briefs, or JSON Lines "
        "(streamed line by line). Every problem is reported as file:line: $.path: message "
        "(line is the JSON Lines line; 1 for a single document or an array).",
        epilog="exit status: 0 valid, 1 invalid, 2 usage or unreadable input",
    )
    parser.add_argument("input", metavar="FILE|-", help="the file, or - for standard input")
    parser.add_argument(
        "--format",
        dest="report_format",
        choices=("text", "json"),
        default="text",
        help="text lines for people (default), or one JSON object for programs",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_DOCUMENT_BYTES,
        metavar="N",
        help="refuse a single document or array larger than N bytes "
        "(default: %(default)s; JSON Lines are streamed whatever their size)",
    )
    parser.set_defaults(handler=_run_validate)


def _run_validate(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.input == "-" else args.input
    counts = [0, 0]
    findings = validate_source(
        args.input,
        max_document_bytes=args.max_bytes,
        max_line_bytes=max(MAX_LINE_BYTES, args.max_bytes),
        counts=counts,
    )
    report = _json_report if args.report_format == "json" else _text_report
    try:
        found = report(name, findings, counts, sys.stdout)
    except InputTooLarge as exc:
        print(f"conflictevents: error: {name}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"conflictevents: error: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_PROBLEMS if found else EXIT_OK


def _text_report(name: str, findings: Iterator[Finding], counts: list[int], out: TextIO) -> bool:
    found = False
    for finding in findings:
        found = True
        out.write(f"{name}:{finding.line}: {finding.issue}\n")
    documents, invalid = counts
    noun = "brief" if documents == 1 else "briefs"
    print(f"{name}: {documents} {noun} checked, {invalid} invalid", file=sys.stderr)
    return found


def _json_report(name: str, findings: Iterator[Finding], counts: list[int], out: TextIO) -> bool:
    # Streamed, so that a corpus with millions of problems needs no list of them.
    dump: Callable[[object], str] = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    found = False
    out.write('{"file": ' + dump(name) + ', "issues": [')
    for finding in findings:
        issue = finding.issue
        item = {
            "line": finding.line,
            "path": issue.path,
            "code": issue.code,
            "message": issue.message,
        }
        out.write(("," if found else "") + "\n  " + dump(item))
        found = True
    documents, invalid = counts
    out.write(
        ("\n" if found else "")
        + f'], "documents": {documents}, "invalid": {invalid}, "valid": {dump(not found)}}}\n'
    )
    return found
