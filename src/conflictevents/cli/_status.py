"""Exit statuses shared by every subcommand (DESIGN: 0 clean, 1 problems, 2 usage or I/O)."""

from typing import Final

EXIT_OK: Final = 0
"""Success: the input was clean."""
EXIT_PROBLEMS: Final = 1
"""A bad value, or problems found in the input."""
EXIT_USAGE: Final = 2
"""Wrong usage, or input that could not be read."""


def describe_os_error(exc: OSError) -> str:
    """One line for a file that could not be read: `name: no such file or directory`.

    Python's own text (`[Errno 2] No such file or directory: 'x'`) speaks to programmers;
    every subcommand reports I/O errors in this one shape instead.
    """
    reason = (exc.strerror or type(exc).__name__).lower()
    return f"{exc.filename}: {reason}" if exc.filename is not None else reason
