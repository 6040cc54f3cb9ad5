r"""Markdown → blocks: headings, list items and paragraphs, inline marks reduced to text.

Grammar (a practical subset of CommonMark, line by line):

    heading     = "#"{1,6} " " text ["#"…]  |  paragraph-line ("="… | "--"…)
                  ; a lone "-" under a line is a marker whose text follows, not an underline
    item        = marker text (continuation)*        ; "-", "*", "+", "•", "–", "1.", "1)"
    marker-only = marker                              ; the item's text is on the next line
    paragraph   = line (continuation)*
    continuation = a following line indented under the item, or one that starts with a
                  lower-case letter, or follows a long (60+) line without a sentence end
    fence       = "```" … "```"                       ; dropped, reported
    rule        = "***" | "---" | "___"               ; dropped, reported
    quote       = ">" line                            ; read as the line
    front-matter = "---" (key ":" value)* "---"       ; at the top: title, published and
                  source become page title and metadata, the rest is dropped, reported

Plain-text briefs put one paragraph on each line without blank lines between, so a line
is only joined to the one before it when it clearly continues it (the continuation rule
above), not on every soft line break as CommonMark would.

Inline: `\\*` escapes are literal, `[text](url)` and `[text][ref]` become `text`, images
are removed, `<https://…>` becomes the address (a paragraph or item that is one link as
a whole is marked as a link: a related story), `` `code` `` its content, `*`/`_`
emphasis marks are removed (a paragraph that is bold as a whole is marked `strong`),
simple HTML tags are removed and entities decoded.

Added in 0.1.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from conflictevents.parsing._markers import ATX_HEADING, LIST_MARKER, indent_width
from conflictevents.parsing.blocks import Block, BlockKind, clean_text

__all__ = ["read_markdown", "reduce_inline"]

_FENCE = re.compile(r"\s{0,3}(```+|~~~+)")
_RULE = re.compile(r"\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})")
_SETEXT = re.compile(r"\s{0,3}(=+|-{2,})\s*")
_QUOTE = re.compile(r"\s{0,3}>\s?")
_COMMENT = re.compile(r"\s*<!--.*-->\s*")
_WHOLE_LINK = re.compile(
    r"\s*[*_]{0,3}\[[^\[\]\n]{1,300}\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,200}\")?\)[*_]{0,3}\s*"
)
_MAX_LINK_BLOCK = 2600
_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', "’", ")", "…")


def read_markdown(text: str) -> Iterator[Block]:
    r"""Split Markdown into blocks.

    Args:
        text: the input, with `\\n` line ends.

    Yields:
        Blocks in input order.
    """
    lines = text.split("\n")
    parts: list[str] = []  # the raw lines of the open paragraph or item
    open_kind: BlockKind | None = None
    open_line = open_column = 0
    open_marker: str | None = None
    open_indent = 0
    pending: tuple[str, int, int, int] | None = None  # marker alone: text, line, col, indent
    fence: tuple[str, int, int] | None = None

    def close() -> Iterator[Block]:
        nonlocal open_kind, parts
        if open_kind is not None and parts:
            raw = " ".join([_drop_hard_break(part) for part in parts[:-1]] + parts[-1:])
            reduced, strong = reduce_inline(raw)
            if reduced:
                # A paragraph or item that is one link as a whole points to another page
                # (a related story), as in the HTML reader.
                linked = len(raw) <= _MAX_LINK_BLOCK and _WHOLE_LINK.fullmatch(raw) is not None
                yield Block(
                    kind=open_kind,
                    text=reduced,
                    line=open_line,
                    column=open_column,
                    marker=open_marker,
                    strong=strong,
                    key="link" if linked else None,
                )
        open_kind, parts = None, []

    front_end = 0
    if lines and lines[0].strip() == "---":
        front_end, front = _front_matter(lines)
        yield from front
    for number, raw_line in enumerate(lines, start=1):
        if number <= front_end:
            continue
        line = raw_line
        quote = _QUOTE.match(line)
        if quote is not None:
            line = " " * quote.end() + line[quote.end() :]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        column = indent + 1
        if fence is not None:
            if stripped.startswith(fence[0]):
                yield Block(
                    kind=BlockKind.DROPPED,
                    text="code block",
                    line=fence[1],
                    column=fence[2],
                    key="code block",
                )
                fence = None
            continue
        if not stripped:
            yield from close()
            continue
        fenced = _FENCE.match(line)
        if fenced is not None:
            yield from close()
            fence = (fenced[1][:3], number, column)
            continue
        if _COMMENT.fullmatch(line):
            yield from close()
            yield Block(
                kind=BlockKind.DROPPED, text=stripped, line=number, column=column, key="comment"
            )
            continue
        setext = _SETEXT.fullmatch(line)
        if setext is not None and open_kind is BlockKind.PARAGRAPH and parts:
            reduced, _strong = reduce_inline(" ".join(parts))
            level = 1 if setext[1][0] == "=" else 2
            if reduced:
                yield Block(
                    kind=BlockKind.HEADING,
                    text=reduced,
                    line=open_line,
                    column=open_column,
                    level=level,
                )
            open_kind, parts = None, []
            continue
        if _RULE.fullmatch(line):
            yield from close()
            yield Block(
                kind=BlockKind.DROPPED, text=stripped, line=number, column=column, key="rule"
            )
            continue
        body = line[indent:]
        heading = ATX_HEADING.match(body) if body.startswith("#") and indent <= 3 else None
        if heading is not None:
            yield from close()
            reduced, _ = reduce_inline(heading["text"] or "")
            if reduced:
                yield Block(
                    kind=BlockKind.HEADING,
                    text=reduced,
                    line=number,
                    column=column,
                    level=len(heading["hashes"]),
                )
            continue
        marker = LIST_MARKER.match(body)
        if marker is not None and not (
            marker["marker"] == "+" and open_kind is BlockKind.PARAGRAPH
        ):
            yield from close()
            rest = body[marker.end() :]
            if not rest.strip():
                if pending is not None:
                    yield _dangling(pending)
                pending = (marker["marker"], number, column, indent_width(line))
                continue
            if pending is not None:
                yield _dangling(pending)
                pending = None
            open_kind, parts = BlockKind.ITEM, [rest]
            open_line, open_column, open_marker = number, column, marker["marker"]
            open_indent = indent_width(line)
            continue
        if pending is not None:
            open_kind, parts = BlockKind.ITEM, [body]
            _, open_line, open_column, open_indent = pending
            open_marker = pending[0]
            pending = None
            continue
        if open_kind is not None and parts:
            under_item = open_kind is BlockKind.ITEM and indent_width(line) > open_indent
            if under_item or _continues(parts[-1], body):
                parts.append(body)
                continue
            yield from close()
        open_kind, parts = BlockKind.PARAGRAPH, [body]
        open_line, open_column, open_marker = number, column, None
    yield from close()
    if pending is not None:
        yield _dangling(pending)
    if fence is not None:
        yield Block(
            kind=BlockKind.DROPPED,
            text="code block",
            line=fence[1],
            column=fence[2],
            key="code block",
        )


_FRONT_MATTER_MAX = 200
"""Front matter longer than this many lines is not looked for (bounded look-ahead)."""
_FRONT_KEY = re.compile(r"(?P<key>[A-Za-z_][\w-]{0,30})\s*:\s*(?P<value>.{0,2000})")
_FRONT_TITLE = frozenset({"title"})
_FRONT_PUBLISHED = frozenset({"published", "date", "datepublished", "date_published", "pubdate"})
_FRONT_URL = frozenset({"source", "url", "link", "canonical", "canonical_url"})


def _front_matter(lines: list[str]) -> tuple[int, list[Block]]:
    """Read YAML front matter (`---` … `---` at the top), as web clippers write it.

    Obsidian's Web Clipper, MarkDownload and static-site tools put the page's `title`,
    `source` address and `published` date there. They become a page title, metadata and
    dropped blocks, like the `<head>` of an HTML page; the clip's own `created` date and
    tags are dropped.

    Returns:
        The line number of the closing `---` (0 when there is none: then the first line
        is a rule) and the blocks.
    """
    blocks: list[Block] = []
    for index in range(1, min(len(lines), _FRONT_MATTER_MAX)):
        if lines[index].strip() in ("---", "..."):
            return index + 1, blocks
        number, stripped = index + 1, lines[index].strip()
        if not stripped:
            continue
        found = _FRONT_KEY.fullmatch(stripped)
        key = found["key"].lower() if found is not None else ""
        value = found["value"].strip().strip("\"'").strip() if found is not None else ""
        if value and key in _FRONT_TITLE:
            blocks.append(Block(kind=BlockKind.PAGE_TITLE, text=value, line=number, column=1))
        elif value and key in _FRONT_PUBLISHED:
            blocks.append(
                Block(kind=BlockKind.META, text=value, line=number, column=1, key="published")
            )
        elif value.startswith(("http://", "https://")) and key in _FRONT_URL:
            blocks.append(Block(kind=BlockKind.META, text=value, line=number, column=1, key="url"))
        else:
            blocks.append(
                Block(
                    kind=BlockKind.DROPPED,
                    text=stripped,
                    line=number,
                    column=1,
                    key="front matter",
                )
            )
    return 0, []


def _drop_hard_break(line: str) -> str:
    """Remove a backslash hard break (a line ending in one unescaped backslash).

    Converters write a `<br>` inside a paragraph or item as a backslash at the end of the
    line; it is a line break, not text. A doubled backslash is an escaped one and stays.
    """
    stripped = line.rstrip()
    trailing = len(stripped) - len(stripped.rstrip("\\"))
    return stripped[:-1] if trailing % 2 == 1 else line


def _continues(previous: str, line: str) -> bool:
    first = line.lstrip()[:1]
    if first.islower():
        return True
    tail = previous.rstrip()
    return len(tail) >= 60 and not tail.endswith(_SENTENCE_END)


def _dangling(pending: tuple[str, int, int, int]) -> Block:
    marker, line, column, _ = pending
    return Block(
        kind=BlockKind.DROPPED, text=marker, line=line, column=column, key="dangling-marker"
    )


# --- inline -----------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_PRIVATE = 0xF0000  # escaped characters hide in a private-use plane while marks are removed
_RESTORE = re.compile("[\U000f0000-\U000f007f]")
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,300})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_CODE = re.compile(r"`+([^`\n]{0,300}?)`+")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>\n]{0,500})?/?>")
_STRONG_WHOLE = re.compile(r"(\*\*|__)(?P<inner>.+)\1")
_OPENING = re.compile(r"(?<![\w*])(?:\*{1,3}|_{1,3})(?=[^\s*_])")
_CLOSING = re.compile(r"(?<=[^\s*_])(?:\*{1,3}|_{1,3})(?![\w*])")


def reduce_inline(text: str) -> tuple[str, bool]:
    r"""Reduce inline Markdown to plain text.

    Returns:
        The text and whether the whole of it was bold.

    Examples:
        >>> reduce_inline("**Fighting**")
        ('Fighting', True)
        >>> reduce_inline(r"Read [the report](https://example.org) \*now\*")
        ('Read the report *now*', False)
    """
    text = _ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m[1])), text)
    strong = _STRONG_WHOLE.fullmatch(text.strip()) is not None
    text = _AUTOLINK.sub(lambda m: m[1], text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m[1], text)
    text = _CODE.sub(lambda m: m[1], text)
    text = _BREAK.sub(" ", text)  # a <br> separates words; other tags just go
    text = _TAG.sub("", text)
    text = _CLOSING.sub("", _OPENING.sub("", text))
    text = html.unescape(text)
    text = _RESTORE.sub(lambda m: chr(ord(m[0]) - _PRIVATE), text)
    return clean_text(text), strong
