r"""Parse a brief (plain text, Markdown or HTML) into a [`DailyBrief`][conflictevents.DailyBrief].

    input ──► _decode (bytes → text) ──► reader (text | markdown | html) ──► blocks
          ──► assembler ──► DailyBrief + diagnostics ──► ParseResult

Readers only turn their input into [`Block`][conflictevents.parsing.blocks.Block]s with
positions; the one assembler applies the rules of a brief to the blocks of every format.

Examples:
    >>> from conflictevents import parse_brief
    >>> result = parse_brief(
    ...     "Russia-Ukraine war: List of key events, day 1,000\n"
    ...     "These were the key developments on the 1,000th day of the war.\n"
    ...     "Here is the situation on Wednesday, November 20:\n"
    ...     "Fighting\n"
    ...     "- Air raid sirens sounded across Kyiv overnight.\n"
    ... )
    >>> result.ok, result.brief.day, str(result.brief.situation_date)
    (True, 1000, '2024-11-20')
    >>> for event in result.brief.events:
    ...     print(event.category.label, "|", event.text)
    Fighting | Air raid sirens sounded across Kyiv overnight.

Added in 0.1.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal, TypeAlias

import attrs

from conflictevents.diagnostics import Diagnostic, Severity
from conflictevents.errors import ParseError
from conflictevents.model import DailyBrief
from conflictevents.parsing._decode import decode, normalise_newlines, reject_binary
from conflictevents.parsing.assembler import assemble, span_of
from conflictevents.parsing.blocks import Block
from conflictevents.parsing.html_reader import read_html
from conflictevents.parsing.markdown_reader import read_markdown
from conflictevents.parsing.text_reader import read_text

__all__ = ["MAX_INPUT_CHARS", "InputFormat", "ParseResult", "detect_format", "parse_brief"]

InputFormat: TypeAlias = Literal["auto", "text", "markdown", "html"]
"""What `parse_brief` reads: a format's name, or `auto` to detect it."""

MAX_INPUT_CHARS = 64 * 1024 * 1024
"""Inputs longer than this (64 Mi characters) are refused with `input-too-large`."""

_READERS: dict[str, Callable[[str], Iterable[Block]]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
}


@attrs.frozen(kw_only=True)
class ParseResult:
    """A parsed brief and everything the parser noticed on the way.

    Attributes:
        brief: the brief.
        diagnostics: the findings, by position (line, then column); findings about the
            whole brief, such as `no-date-line`, sit at the title, `day-lag` at the date
            line.
        source_name: the file name, the `name` given, or `<string>` / `<bytes>`.
        input_format: the format that was read (`text`, `markdown` or `html`).
        encoding: the encoding bytes were decoded from, `None` for `str` input.

    Added in 0.1.
    """

    brief: DailyBrief
    diagnostics: tuple[Diagnostic, ...] = ()
    source_name: str = "<string>"
    input_format: str = "text"
    encoding: str | None = None

    @property
    def infos(self) -> tuple[Diagnostic, ...]:
        """The info diagnostics: what was dropped on purpose."""
        return self._of(Severity.INFO)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """The warnings: oddities the brief survived (a lag of 2, a wrong weekday)."""
        return self._of(Severity.WARNING)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """The errors: things the parser could not make sense of (an impossible date)."""
        return self._of(Severity.ERROR)

    @property
    def problems(self) -> tuple[Diagnostic, ...]:
        """Warnings and errors, by position."""
        return tuple(d for d in self.diagnostics if d.severity is not Severity.INFO)

    @property
    def ok(self) -> bool:
        """`True` when there is no warning and no error (info diagnostics are fine)."""
        return not self.problems

    def format_diagnostics(self, minimum: Severity | str = Severity.INFO) -> list[str]:
        """The diagnostics at or above `minimum`, as `name:line:col: severity: code: message`.

        Args:
            minimum: a [`Severity`][conflictevents.Severity] or its name (`"warning"`).

        Raises:
            ValueError: for a name that is not a severity.
        """
        rank = Severity(minimum).rank
        return [d.format(self.source_name) for d in self.diagnostics if d.severity.rank >= rank]

    def _of(self, severity: Severity) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is severity)


def parse_brief(
    source: str | bytes | os.PathLike[str],
    *,
    format: InputFormat = "auto",
    conflict: str | None = None,
    name: str | None = None,
    strict: bool = False,
) -> ParseResult:
    """Parse one brief.

    Args:
        source: the brief as text, as bytes (UTF-8 with or without BOM, UTF-16/32 with a
            BOM, else cp1252), or a path to a file. A `str` is always the brief's text,
            never a file name: pass a `pathlib.Path` to read a file.
        format: `text`, `markdown`, `html`, or `auto` to decide from the file suffix
            (`.html`, `.htm`, `.md`, `.markdown`) and then from the content.
        conflict: the conflict's slug (`russia-ukraine`, `israel-gaza`, `israel-iran`);
            `None` recognises it from the title ("Israel’s war on Gaza" → `israel-gaza`),
            defaulting to Russia-Ukraine.
        name: the name diagnostics and errors use; defaults to the path or `<string>`.
        strict: raise instead of returning a result that has warnings or errors.

    Returns:
        The brief with its diagnostics.

    Raises:
        ParseError: for input that is not a brief (codes `empty-input`, `binary-input`,
            `bad-encoding`, `input-too-large`, `not-a-brief`, `no-day`, `bad-day`), and in
            strict mode for the first warning or error (its code is the diagnostic's).
        OSError: when a path cannot be read.
        conflictevents.DayError: for an unknown `conflict` slug.
        ValueError: for an unknown `format`.
        TypeError: when `source` is not text, bytes or a path.

    Examples:
        >>> from conflictevents import ParseError
        >>> try:
        ...     parse_brief("Not a brief at all.")
        ... except ParseError as exc:
        ...     print(exc.code, exc.line, exc.column)
        not-a-brief 1 1
    """
    suffix = ""
    encoding: str | None = None
    if isinstance(source, os.PathLike):
        path = Path(source)
        suffix = path.suffix.lower()
        source_name = name or str(path)
        data = path.read_bytes()
        text, encoding = _decode_checked(data, source_name)
    elif isinstance(source, bytes | bytearray | memoryview):
        source_name = name or "<bytes>"
        text, encoding = _decode_checked(bytes(source), source_name)
    elif isinstance(source, str):
        source_name = name or "<string>"
        _check_size(len(source), source_name)
        # A str may hold lone surrogates (from `surrogateescape` decoding, say), which no
        # encoder accepts: they become U+FFFD, like undecodable bytes do.
        text = _SURROGATE.sub("\ufffd", source.removeprefix("\ufeff"))
        text = reject_binary(normalise_newlines(text), source_name)
    else:
        raise TypeError(f"Expected str, bytes or a path, got {type(source).__name__}")
    chosen = detect_format(text, suffix) if format == "auto" else format
    if chosen not in _READERS:
        raise ValueError(f"Expected a format among auto, text, markdown, html, got {format!r}")
    if not text.strip():
        raise ParseError(
            "Expected a brief, got empty input", source_name=source_name, code="empty-input"
        )
    blocks = list(_READERS[chosen](text))
    try:
        assembly = assemble(blocks, conflict=conflict, source_name=source_name, source=text)
    except ParseError as exc:
        if isinstance(source, str) and exc.code == "not-a-brief" and _names_a_file(source):
            # The commonest slip: parse_brief("brief.txt") reads the *name* as a brief.
            raise ParseError(
                f"{exc.message}; a str is read as the brief's text, so to read the file "
                f"pass a path: parse_brief(pathlib.Path({source.strip()!r}))",
                source_name=exc.source_name,
                source=exc.source,
                span=exc.span,
                code=exc.code,
            ) from None
        raise
    result = ParseResult(
        brief=assembly.brief,
        diagnostics=assembly.diagnostics,
        source_name=source_name,
        input_format=chosen,
        encoding=encoding,
    )
    if strict and result.problems:
        first = result.problems[0]
        more = len(result.problems) - 1
        extra = f" (and {more} more)" if more else ""
        raise ParseError(
            f"Expected a clean brief in strict mode, got {first.severity} {first.code}: "
            f"{first.message}{extra}",
            source_name=source_name,
            source=text,
            span=span_of(text, first.line, first.column, len(first.text)),
            code=first.code,
        )
    return result


def _names_a_file(text: str) -> bool:
    candidate = text.strip()
    if not candidate or "\n" in candidate or len(candidate) > 4096:
        return False
    try:
        return Path(candidate).is_file()
    except (OSError, ValueError):
        return False


def _check_size(size: int, source_name: str) -> None:
    if size > MAX_INPUT_CHARS:
        raise ParseError(
            f"Expected at most {MAX_INPUT_CHARS} characters, got {size}",
            source_name=source_name,
            code="input-too-large",
        )


def _decode_checked(data: bytes, source_name: str) -> tuple[str, str]:
    _check_size(len(data), source_name)
    return decode(data, source_name=source_name)


_SURROGATE = re.compile("[\ud800-\udfff]")

_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|li|ul|ol|h[1-6]|div|article)[\s>]",
    re.IGNORECASE,
)
_MARKDOWN_SNIFF = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]+\S|^[ \t]{0,3}=+[ \t]*$|\*\*[^*\n]{1,200}\*\*|\[[^\]\n]{1,200}\]\(",
    re.MULTILINE,
)


def detect_format(text: str, suffix: str = "") -> str:
    r"""Decide how to read an input: `html`, `markdown` or `text`.

    A suffix decides first (`.html`/`.htm` → html, `.md`/`.markdown` → markdown); else
    HTML tags in the first 4 KiB mean HTML; ATX headings, `===` underlines, bold or links
    in the first 16 KiB mean Markdown (a `---` line alone does not: plain text uses it as a
    separator); anything else is plain text.

    Examples:
        >>> detect_format("<html><body><h1>Title</h1></body></html>")
        'html'
        >>> detect_format("# Title\n\n- item")
        'markdown'
    """
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if _HTML_SNIFF.search(text[:4096]):
        return "html"
    if _MARKDOWN_SNIFF.search(text[:16384]):
        return "markdown"
    return "text"
