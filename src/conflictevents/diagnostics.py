"""Diagnostics: what the parser noticed about an input, with its position.

A [`Diagnostic`][conflictevents.diagnostics.Diagnostic] is a finding, not an exception:
parsing goes on and returns every diagnostic beside the brief. Strict parsing turns
warnings and errors into a [`ParseError`][conflictevents.ParseError].

Added in 0.1.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Diagnostic", "Severity"]


class Severity(enum.StrEnum):
    """How much a diagnostic matters.

    `info` reports something dropped on purpose (page furniture, share buttons),
    `warning` something odd that the brief still survives (a lag of 2, a wrong weekday),
    `error` something the parser could not make sense of.
    """

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error; for comparisons and filtering."""
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@attrs.frozen(kw_only=True)
class Diagnostic:
    """One finding about an input, anchored to a line and a column.

    Attributes:
        severity: info, warning or error.
        code: a stable, kebab-case code (`day-lag`, `dropped-clutter`, …); the docs list
            every code with an example.
        message: a sentence for a human; the values involved are in the text.
        line: 1-based line in the input (for HTML: in the HTML source).
        column: 1-based column.
        text: the input text the finding is about (the dropped line, the odd value), or
            an empty string.
    """

    severity: Severity
    code: str
    message: str
    line: int = 1
    column: int = 1
    text: str = ""

    def format(self, source_name: str = "<string>") -> str:
        """Render as `name:line:col: severity: code: message`, one line."""
        return (
            f"{source_name}:{self.line}:{self.column}: {self.severity}: {self.code}: {self.message}"
        )
