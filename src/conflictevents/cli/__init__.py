"""The `conflictevents` command (also `python -m conflictevents`).

    conflictevents parse FILE|DIR|- [--format json|jsonl|markdown|text] [--strict]
    conflictevents validate FILE|- [--format text|json]
    conflictevents schema
    conflictevents day 2024-11-19            # → 1000
    conflictevents day 1000                  # → 2024-11-19
    conflictevents day 2023-11-13 --conflict israel-gaza

Exit status: 0 success, 1 bad value or problems found, 2 usage or I/O error. Errors are
one line on stderr, never a traceback.

Added in 0.1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from conflictevents import __version__
from conflictevents.cli import _parse as _parse_command
from conflictevents.cli import _validate as _validate_command
from conflictevents.cli._status import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, describe_os_error
from conflictevents.days import CONFLICTS, date_of, day_of
from conflictevents.errors import ConflictEventsError

__all__ = ["EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "build_parser", "main"]


_Handler = Callable[[argparse.Namespace], int]


class _UsageError(Exception):
    """Wrong usage discovered after argument parsing (exit 2)."""


def _run_day(args: argparse.Namespace) -> int:
    value: str = args.value.strip()
    if value.replace(",", "").isdigit():
        print(date_of(int(value.replace(",", "")), args.conflict).isoformat())
    else:
        print(day_of(value, args.conflict))
    return EXIT_OK


def _add_day(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "day",
        help="convert between a war day and a date",
        description="Print the war day of a date or datetime, or the date of a day number. "
        "Datetimes count in the conflict's own time zone.",
        epilog="examples: conflictevents day 2024-11-19 | conflictevents day 1000 | "
        "conflictevents day 2024-11-18T22:30:00Z",
    )
    parser.add_argument("value", help="a day number (1000 or 1,000), a date or an ISO datetime")
    _add_conflict_option(parser)
    parser.set_defaults(handler=_run_day)


def _add_conflict_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--conflict",
        default="russia-ukraine",
        choices=sorted(CONFLICTS),
        help="which war's days to count (default: %(default)s)",
    )


def _run_parse(args: argparse.Namespace) -> int:
    return _parse_command.run(args)


def _add_parse(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "parse",
        help="parse briefs (text, Markdown, HTML) into JSON",
        description="Parse briefs and print JSON (one brief) or JSON Lines (several; a "
        "directory gives its *.txt, *.md, *.html and *.htm files in sorted order). "
        "Diagnostics go to stderr as file:line:col: severity: code: message.",
        epilog="exit status: 0 clean, 1 problems (errors; warnings too with --strict), "
        "2 usage or I/O error",
    )
    _parse_command.add_arguments(parser)
    parser.set_defaults(handler=_run_parse)


_COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_day,
    _add_parse,
    _validate_command.add_validate,
    _validate_command.add_schema,
]


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="conflictevents",
        description="Turn daily 'List of key events' war briefs into typed, validated data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for add_command in _COMMANDS:
        add_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: _Handler = args.handler
    try:
        return handler(args)
    except _UsageError as exc:
        print(f"conflictevents: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ConflictEventsError as exc:
        print(f"conflictevents: error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        # The reader went away (`conflictevents parse … | head`): stop quietly, as Unix
        # tools do, and keep Python from complaining again when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_PROBLEMS
    except OSError as exc:
        print(f"conflictevents: error: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (captured in tests)
        pass
