"""Exit statuses shared by every subcommand (DESIGN: 0 clean, 1 problems, 2 usage or I/O)."""

from typing import Final

EXIT_OK: Final = 0
"""Success: the input was clean."""
EXIT_PROBLEMS: Final = 1
"""A bad value, or problems found in the input."""
EXIT_USAGE: Final = 2
"""Wrong usage, or input that could not be read."""
