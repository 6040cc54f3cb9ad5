"""Validate JSON documents against the contract and report every problem.

[`validate`][conflictevents.validate] checks decoded JSON data and returns *every*
problem as an [`Issue`][conflictevents.Issue] (JSON path, stable code, message); an
empty list means valid. [`validate_json`][conflictevents.validation.validate_json] does
the same for JSON text, reporting undecodable text as issues too.
[`validate_source`][conflictevents.validation.validate_source] reads a file holding one
document, a JSON array of documents, or JSON Lines, in bounded memory, and is what
`conflictevents validate` runs.

The checks are those of [`loads`][conflictevents.loads], which accepts exactly the
documents `validate` finds no issue in. Every issue code is listed in
[`ISSUE_CODES`][conflictevents.validation.ISSUE_CODES].

Examples:
    >>> from conflictevents import validate
    >>> for issue in validate({"schema_version": 1, "conflict": "russia-ukraine", "day": 0}):
    ...     print(issue.code, issue)
    range $.day: expected a whole day number of at least 1, got 0
    missing $: missing key 'title'
    missing $: missing key 'summary'
    missing $: missing key 'date'
    missing $: missing key 'situation_date'
    missing $: missing key 'published'
    missing $: missing key 'source_line'
    missing $: missing key 'url'
    missing $: missing key 'events'

Added in 0.1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final

import attrs

from conflictevents._json_reader import SEMANTIC_CODES, read_brief
from conflictevents.errors import ConflictEventsError, Issue, ValidationError
from conflictevents.jsonl import MAX_LINE_BYTES, _iter_lines, _LineReader
from conflictevents.serialization import JSONValue, decode_json, loads

__all__ = [
    "ISSUE_CODES",
    "MAX_DOCUMENT_BYTES",
    "SEMANTIC_CODES",
    "Finding",
    "InputTooLarge",
    "validate",
    "validate_json",
    "validate_source",
]

MAX_DOCUMENT_BYTES: Final = 16 * 1024 * 1024
"""The largest single document or array `validate_source` reads (16 MiB).

Above it a document is refused (`InputTooLarge`), because Python's `json` holds the
whole text and every decoded value in memory at once. JSON Lines input of any size is
read line by line instead, each line up to `MAX_LINE_BYTES`.
"""

ISSUE_CODES: Final[dict[str, str]] = {
    "json": "the text is not JSON (syntax error, or not UTF-8)",
    "too-deep": "JSON nested deeper than Python's recursion limit (about 1,000 levels)",
    "too-long": "a number with more digits than sys.get_int_max_str_digits() (4,300)",
    "too-large": "a line of JSON Lines longer than the line limit",
    "type": "a value of the wrong JSON type (a number where a string is due, …), or a "
    "span that is not two non-negative integers",
    "missing": "an object lacks a key of the contract (every key is required)",
    "unknown-key": "an object has a key the contract does not know",
    "empty": "a string that must hold a character other than white space does not",
    "range": "a day number below 1",
    "enum": "a theme or source kind outside its vocabulary",
    "date": "not a real YYYY-MM-DD date, or not an RFC 3339 datetime with an offset",
    "country": "a country that is not two capital ASCII letters",
    "schema-version": "a schema_version other than 1",
    "integer": "semantic: an integer written with a fraction or exponent (5.0, 5e0)",
    "conflict": "semantic: a conflict slug that is not registered",
    "calendar": "semantic: a day number past the last calendar date (31 Dec 9999)",
    "date-day": "semantic: `date` is not the calendar date of `day`",
    "span": "semantic: a span that does not hold its phrase in the event text",
}
"""Every issue code `validate` reports, with what it means.

Codes marked *semantic* are the checks JSON Schema cannot express: the shipped schema
accepts documents that break only those
([`SEMANTIC_CODES`][conflictevents.validation.SEMANTIC_CODES]).
"""


def validate(document: JSONValue) -> list[Issue]:
    """Every problem of a decoded JSON document, in document order.

    Args:
        document: the result of `json.loads` (or any JSON-shaped Python data).

    Returns:
        The issues; empty when the document is a valid brief of schema version 1.
    """
    issues: list[Issue] = []
    read_brief(issues, document)
    return issues


def validate_json(text: str | bytes) -> list[Issue]:
    """Every problem of a JSON text; text that does not decode is one issue at `$`.

    Args:
        text: the JSON text (bytes must be UTF-8).

    Returns:
        The issues; empty when the text is a valid brief.
    """
    try:
        loads(text)  # the fast path for the common case: a valid document
    except ValidationError as exc:
        return list(exc.issues)
    return []


@attrs.frozen(kw_only=True)
class Finding:
    """One issue found by `validate_source`, with where it was found.

    Attributes:
        line: the JSON Lines line (1 for a single document or an array).
        issue: the problem; for an array the path starts with the item (`$[3].day`).
    """

    line: int
    issue: Issue


class InputTooLarge(ConflictEventsError, ValueError):
    """A single document or array larger than the limit; use JSON Lines instead."""


def _first_byte(head: bytes) -> bytes:
    stripped = head.lstrip(b" \t\r\n")
    if stripped.startswith(b"\xef\xbb\xbf"):
        stripped = stripped[3:].lstrip(b" \t\r\n")
    return stripped[:1]


def validate_source(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_document_bytes: int = MAX_DOCUMENT_BYTES,
    max_line_bytes: int = MAX_LINE_BYTES,
    counts: list[int] | None = None,
) -> Iterator[Finding]:
    """Validate a file of one document, a JSON array of documents, or JSON Lines.

    The input is read once: up to `max_document_bytes` first. Input that fits and is one
    JSON value is a document (an object) or an array of documents; anything else that
    starts with `{` is read as JSON Lines, streamed line by line, so a corpus of any
    size is checked in bounded memory.

    Args:
        source: a path, `-` for standard input, or a binary file object.
        max_document_bytes: the largest single document or array read.
        max_line_bytes: the longest JSON Lines line read.
        counts: when given, receives `[documents checked, documents invalid]`.

    Yields:
        Each issue with its line, in input order.

    Raises:
        InputTooLarge: for a single document or array over `max_document_bytes`.
        OSError: when the input cannot be read.
    """
    tally = counts if counts is not None else [0, 0]
    tally[:] = [0, 0]
    if isinstance(source, str | os.PathLike):
        if os.fspath(source) == "-":
            yield from validate_source(
                sys.stdin.buffer,
                max_document_bytes=max_document_bytes,
                max_line_bytes=max_line_bytes,
                counts=tally,
            )
            return
        with Path(source).open("rb") as stream:
            yield from validate_source(
                stream,
                max_document_bytes=max_document_bytes,
                max_line_bytes=max_line_bytes,
                counts=tally,
            )
        return
    head = source.read(max_document_bytes + 1)
    first = _first_byte(head)
    if len(head) <= max_document_bytes:
        issues = _whole(head, tally)
        if issues is not None:
            yield from issues
            return
        if first != b"{":  # not JSON at all: report the decoder's error for line 1
            yield from _as_document(head, tally)
            return
    elif first != b"{":
        raise InputTooLarge(
            f"expected at most {max_document_bytes} bytes for a single document or array, "
            "got more (write large corpora as JSON Lines)"
        )
    yield from _lines(_Chained(head, source), max_line_bytes, tally)


def _whole(data: bytes, tally: list[int]) -> Iterator[Finding] | None:
    """Findings for input that decodes as one JSON value; `None` when it does not."""
    try:
        document = decode_json(data)
    except ValidationError as exc:
        if exc.issues[0].code == "json" and b"\n" in data.strip():
            return None  # maybe JSON Lines
        tally[:] = [1, 1]
        return iter([Finding(line=1, issue=issue) for issue in exc.issues])
    if type(document) is list:
        return _array(document, tally)
    return _single(document, tally)


def _single(document: JSONValue, tally: list[int]) -> Iterator[Finding]:
    issues = validate(document)
    tally[:] = [1, 1 if issues else 0]
    for issue in issues:
        yield Finding(line=1, issue=issue)


def _array(documents: list[JSONValue], tally: list[int]) -> Iterator[Finding]:
    for index, document in enumerate(documents):
        issues = validate(document)
        tally[0] += 1
        tally[1] += bool(issues)
        for issue in issues:
            yield Finding(line=1, issue=issue.under(f"$[{index}]"))


def _as_document(data: bytes, tally: list[int]) -> Iterator[Finding]:
    tally[:] = [1, 1]
    for issue in validate_json(data):
        yield Finding(line=1, issue=issue)


def _lines(stream: _LineReader, max_line_bytes: int, tally: list[int]) -> Iterator[Finding]:
    for number, data in _iter_lines(stream, max_line_bytes):
        tally[0] += 1
        issues = (
            [
                Issue(
                    path="$",
                    code="too-large",
                    message=f"expected at most {max_line_bytes} bytes on a line, got more",
                )
            ]
            if data is None
            else validate_json(data)
        )
        tally[1] += bool(issues)
        for issue in issues:
            yield Finding(line=number, issue=issue)


class _Chained:
    """The bytes already read, then the rest of the stream, for `readline` only."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._at = 0  # an offset, not re-slicing: slicing the head per line is quadratic
        self._rest = rest

    def readline(self, size: int = -1) -> bytes:
        head, at = self._head, self._at
        if at >= len(head):
            return self._rest.readline(size)
        newline = head.find(b"\n", at)
        end = len(head) if newline == -1 else newline + 1
        if 0 <= size < end - at:
            end = at + size
        line = head[at:end]
        self._at = end
        if line.endswith(b"\n") or end < len(head) or 0 <= size <= len(line):
            return line
        # The head ended mid-line: complete the line from the stream.
        return line + self._rest.readline(-1 if size < 0 else size - len(line))
