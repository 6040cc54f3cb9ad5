"""JSON Lines corpora: one brief per line, read and written lazily.

A corpus of thousands of briefs should not have to fit in memory twice (as text and as
objects). [`iter_jsonl`][conflictevents.iter_jsonl] reads one line at a time and yields
one brief at a time; [`write_jsonl`][conflictevents.write_jsonl] writes as it consumes an
iterable. Each line is the compact output of [`dumps`][conflictevents.dumps] and must
be at most `max_line_bytes` long, so hostile input is read in bounded memory.

Examples:
    >>> import io
    >>> from conflictevents import DailyBrief, iter_jsonl, write_jsonl
    >>> corpus = io.StringIO()
    >>> write_jsonl((DailyBrief(title=f"Day {day}", day=day) for day in (1, 2)), corpus)
    2
    >>> _ = corpus.seek(0)
    >>> [brief.day for brief in iter_jsonl(corpus)]
    [1, 2]

Added in 0.1.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Final, Protocol, cast

import attrs

from conflictevents.errors import Issue, ValidationError
from conflictevents.model import DailyBrief
from conflictevents.serialization import dumps, loads

__all__ = [
    "MAX_LINE_BYTES",
    "JSONLine",
    "LineError",
    "iter_jsonl",
    "read_jsonl",
    "write_jsonl",
]

MAX_LINE_BYTES: Final = 16 * 1024 * 1024
"""The longest line read by default (16 MiB; a long brief is about 20 KiB)."""

Source = str | os.PathLike[str] | IO[bytes] | IO[str]
"""A path, or a file object opened in binary or text mode."""


@attrs.frozen(kw_only=True)
class JSONLine:
    """The outcome of reading one non-blank line of a JSON Lines corpus.

    Attributes:
        line: the 1-based line number.
        brief: the brief, or `None` when the line is invalid.
        issues: the problems of the line (empty when `brief` is set).
    """

    line: int
    brief: DailyBrief | None
    issues: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the line held a valid brief."""
        return self.brief is not None


class LineError(ValidationError):
    """An invalid line of a JSON Lines corpus; `str()` starts with `name:line: `.

    Attributes:
        line: the 1-based line number.
        source_name: the file name, or `<stream>`.
    """

    def __init__(self, issues: Iterable[Issue], *, line: int, source_name: str) -> None:
        super().__init__(issues)
        self.line = line
        self.source_name = source_name

    def __str__(self) -> str:
        return "\n".join(f"{self.source_name}:{self.line}: {issue}" for issue in self.issues)

    def __reduce__(self) -> tuple[object, ...]:  # type: ignore[override]
        return (_rebuild_line_error, (self.issues, self.line, self.source_name))


def _rebuild_line_error(issues: tuple[Issue, ...], line: int, source_name: str) -> LineError:
    return LineError(issues, line=line, source_name=source_name)


class _LineReader(Protocol):
    """What line reading needs of a stream."""

    def readline(self, size: int = -1, /) -> bytes: ...


def _too_large(limit: int) -> Issue:
    return Issue(
        path="$",
        code="too-large",
        message=f"expected at most {limit} bytes on a line, got more",
    )


def _iter_lines(
    stream: _LineReader, max_bytes: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, bytes | None]]:
    """Yield `(line number, bytes)` for each non-blank line; `None` for one too long.

    Memory stays bounded by `max_bytes`: a longer line is skipped in chunks, never held.
    """
    number = 0
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):  # drain the rest of the line
                chunk = stream.readline(max_bytes + 1)
            yield number, None
            continue
        if chunk.strip():
            yield number, chunk


def _open(source: Source) -> tuple[_LineReader, IO[bytes] | None]:
    """Lines of bytes from `source`, and the file to close when we opened one."""
    if isinstance(source, str | os.PathLike):
        opened = Path(source).open("rb")  # noqa: SIM115 - read_jsonl closes it in `finally`
        return opened, opened
    if isinstance(source, io.TextIOBase):
        buffer = getattr(source, "buffer", None)
        if buffer is not None:
            return cast("_LineReader", buffer), None
        # An in-memory text stream: encode it lazily, line by line.
        return _TextAsBytes(cast("IO[str]", source)), None
    return cast("_LineReader", source), None


class _TextAsBytes:
    """Reads a text stream (StringIO) as UTF-8 lines, for `readline` only."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self._pending = b""

    def readline(self, size: int = -1, /) -> bytes:
        if not self._pending:
            self._pending = self._text.readline().encode("utf-8", "surrogatepass")
        limit = len(self._pending) if size < 0 else size
        line, self._pending = self._pending[:limit], self._pending[limit:]
        return line


def read_jsonl(source: Source, *, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[JSONLine]:
    """Read a JSON Lines corpus lazily, one [`JSONLine`][conflictevents.jsonl.JSONLine] per line.

    Blank lines are skipped; invalid lines are reported, not raised, so that a whole
    corpus can be checked in one pass.

    Args:
        source: a path, or a file object (binary or text).
        max_line_bytes: lines longer than this are reported (`too-large`), not read.

    Raises:
        OSError: when the file cannot be opened or read.
    """
    stream, opened = _open(source)
    try:
        for number, data in _iter_lines(stream, max_line_bytes):
            if data is None:
                yield JSONLine(line=number, brief=None, issues=(_too_large(max_line_bytes),))
                continue
            try:
                brief = loads(data)
            except ValidationError as exc:
                yield JSONLine(line=number, brief=None, issues=exc.issues)
            else:
                yield JSONLine(line=number, brief=brief)
    finally:
        if opened is not None:
            opened.close()


def iter_jsonl(source: Source, *, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[DailyBrief]:
    """Yield the briefs of a JSON Lines corpus lazily, strictly.

    Args:
        source: a path, or a file object (binary or text).
        max_line_bytes: the longest line accepted.

    Raises:
        LineError: at the first invalid line, with its number and every problem on it.
        OSError: when the file cannot be opened or read.
    """
    name = os.fspath(source) if isinstance(source, str | os.PathLike) else "<stream>"
    for result in read_jsonl(source, max_line_bytes=max_line_bytes):
        if result.brief is None:
            raise LineError(result.issues, line=result.line, source_name=name)
        yield result.brief


def write_jsonl(briefs: Iterable[DailyBrief], destination: Source) -> int:
    """Write briefs as JSON Lines (compact `dumps`, a newline after each), lazily.

    Args:
        briefs: any iterable, consumed once.
        destination: a path (created or truncated), or a file object (binary or text).

    Returns:
        How many briefs were written.
    """
    if isinstance(destination, str | os.PathLike):
        with Path(destination).open("w", encoding="utf-8", newline="\n") as file:
            return write_jsonl(briefs, file)
    count = 0
    binary = not isinstance(destination, io.TextIOBase) and "b" in getattr(destination, "mode", "b")
    for brief in briefs:
        line = dumps(brief) + "\n"
        if binary:
            cast("IO[bytes]", destination).write(line.encode("utf-8"))
        else:
            cast("IO[str]", destination).write(line)
        count += 1
    return count
