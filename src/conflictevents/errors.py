"""The exception hierarchy of conflictevents.

Every error this package raises on bad input derives from
[`ConflictEventsError`][conflictevents.ConflictEventsError], and also from `ValueError`,
so that callers may catch either.

Added in 0.1.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "ConflictEventsError",
    "DayError",
    "Issue",
    "ParseError",
    "ValidationError",
]


class ConflictEventsError(Exception):
    """Base class of every error raised by conflictevents."""


class DayError(ConflictEventsError, ValueError):
    """A war day or a date that cannot be converted.

    Raised for a day below 1, a date before the conflict's first day, an impossible
    calendar date or a string that is not an ISO 8601 date or datetime.
    """


@attrs.frozen(kw_only=True)
class Issue:
    """One problem found in a JSON document or in a model object.

    Attributes:
        path: where the problem is, as a JSON path (`$.events[0].text`).
        code: a stable, machine-readable code (`type`, `missing`, `unknown-key`, …).
        message: what is wrong, for a human (`expected a string, got 123`).
    """

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def under(self, prefix: str) -> Issue:
        """Return this issue with its path moved below `prefix` (`$.events[3]`)."""
        rest = self.path[1:] if self.path.startswith("$") else "." + self.path
        return Issue(path=prefix + rest, code=self.code, message=self.message)


class ValidationError(ConflictEventsError, ValueError):
    """Data that is well-formed but breaks the contract.

    Raised by [`loads`][conflictevents.loads] and by model constructors. It lists every
    problem found, each with its JSON path.

    Attributes:
        issues: the problems, in document order.
    """

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues: tuple[Issue, ...] = tuple(issues)
        if not self.issues:
            raise ValueError("ValidationError needs at least one issue")
        super().__init__(self.issues)

    @classmethod
    def single(cls, path: str, code: str, message: str) -> ValidationError:
        """Build an error holding one issue."""
        return cls([Issue(path=path, code=code, message=message)])

    @property
    def paths(self) -> tuple[str, ...]:
        """The JSON paths of the issues, in order."""
        return tuple(issue.path for issue in self.issues)

    def __str__(self) -> str:
        if len(self.issues) == 1:
            return str(self.issues[0])
        lines = [f"{len(self.issues)} problems:"]
        lines.extend(f"  {issue}" for issue in self.issues)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Issue, ...]]]:
        return (type(self), (self.issues,))


class ParseError(ConflictEventsError, ValueError):
    """Input that cannot be read as a brief.

    `str()` gives `name:line:column: message`, then the offending line with a caret
    marker under the span, as pip and packaging do.

    Attributes:
        message: what went wrong.
        source_name: the file name or `<string>`.
        source: the full input text (may be empty).
        span: start and end offsets of the offending text in `source`.
        line: 1-based line of the span's start.
        column: 1-based column of the span's start.
        code: a stable diagnostic code (`empty-input`, `not-a-brief`, …).
    """

    def __init__(
        self,
        message: str,
        *,
        source_name: str = "<string>",
        source: str = "",
        span: tuple[int, int] = (0, 0),
        code: str = "parse-error",
    ) -> None:
        self.message = message
        self.source_name = source_name
        self.source = source
        start = max(0, min(span[0], len(source)))
        end = max(start, min(span[1], len(source)))
        self.span = (start, end)
        self.code = code
        self.line = source.count("\n", 0, start) + 1
        self.column = start - (source.rfind("\n", 0, start) + 1) + 1
        super().__init__(message)

    def __str__(self) -> str:
        head = f"{self.source_name}:{self.line}:{self.column}: {self.message}"
        if not self.source:
            return head
        start, end = self.span
        line_start = self.source.rfind("\n", 0, start) + 1
        line_end = self.source.find("\n", start)
        if line_end == -1:
            line_end = len(self.source)
        text = self.source[line_start:line_end].rstrip("\r")
        if len(text) > 200 or not text.strip():
            return head
        width = max(1, min(end, line_end) - start)
        marker = " " * (start - line_start) + "~" * (width - 1) + "^"
        return f"{head}\n    {text}\n    {marker}"

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_parse_error,
            (self.message, self.source_name, self.source, self.span, self.code),
        )


def _rebuild_parse_error(
    message: str, source_name: str, source: str, span: tuple[int, int], code: str
) -> ParseError:
    return ParseError(message, source_name=source_name, source=source, span=span, code=code)
