"""Plain text → blocks: one block per non-blank line, list markers recognised.

Grammar, per line (blank lines separate nothing and are skipped):

    line      = indent ( heading | item | marker-only | paragraph )
    heading   = "#"{1,6} " " text                      ; re-posts keep Markdown marks
    item      = marker text                            ; "- " "• " "* " "– " "1. " "1.] " "-Text"
    marker-only = marker                               ; its text is on the next line
    paragraph = text                                   ; indented deeper than the text's
                                                       ; base indent: an item ("indent")

A line indented under an item, without a marker of its own, continues that item; so does
a line that starts in lower case after an item that has not ended its sentence, or one
that ends a sentence (or is long itself) after an item line of 55 characters or more
that has not: a long line broken in the copy (e-mail and terminal copies wrap at 60 to
80 columns, before capitalised words too).

Added in 0.1.
"""

from __future__ import annotations

from collections.abc import Iterator

from conflictevents.parsing._markers import ATX_HEADING, LIST_MARKER, indent_width
from conflictevents.parsing.blocks import Block, BlockKind, clean_text

__all__ = ["read_text"]


def read_text(text: str) -> Iterator[Block]:
    r"""Split plain text into blocks.

    Args:
        text: the input, with `\\n` line ends.

    Yields:
        Blocks in input order.
    """
    lines = text.split("\n")
    base = min((indent_width(line) for line in lines if line.strip()), default=0)
    pending: tuple[str, int, int] | None = None  # a marker alone on its line
    current: Block | None = None  # the last block, held back for continuation lines
    current_indent = 0
    last_line = ""  # the last physical line of `current`, to tell a hard wrap
    more: list[str] = []  # continuation lines of `current`, joined once when it is yielded
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        indent = len(raw) - len(raw.lstrip())
        column = indent + 1
        body = raw[indent:]
        width = indent_width(raw)
        heading = ATX_HEADING.match(body) if body.startswith("#") else None
        marker = LIST_MARKER.match(body)
        if heading is not None and heading["text"]:
            block = Block(
                kind=BlockKind.HEADING,
                text=clean_text(heading["text"]),
                line=number,
                column=column,
                level=len(heading["hashes"]),
            )
        elif marker is not None:
            rest = clean_text(body[marker.end() :])
            if not rest:
                # Flush first so that blocks come out in input order.
                if current is not None:
                    yield _extend(current, more)
                    current, more = None, []
                if pending is not None:
                    yield _dangling(pending)
                pending = (marker["marker"], number, column)
                continue
            block = Block(
                kind=BlockKind.ITEM,
                text=rest,
                line=number,
                column=column,
                marker=marker["marker"],
            )
        elif (
            current is not None
            and current.kind is BlockKind.ITEM
            and current.marker != "indent"
            and width > current_indent
        ):
            # A wrapped line under an item belongs to it.
            more.append(clean_text(body))
            last_line = body
            continue
        elif current is not None and _wraps(current, more, last_line, body):
            # A long line broken in the copy: the block before it has not ended its
            # sentence, and the next line starts in lower case or carries on a hard wrap.
            more.append(clean_text(body))
            last_line = body
            continue
        elif pending is not None:
            marker_text, line, col = pending
            pending = None
            block = Block(
                kind=BlockKind.ITEM,
                text=clean_text(body),
                line=line,
                column=col,
                marker=marker_text,
            )
        elif width >= base + 2:
            block = Block(
                kind=BlockKind.ITEM,
                text=clean_text(body),
                line=number,
                column=column,
                marker="indent",
            )
        else:
            block = Block(
                kind=BlockKind.PARAGRAPH, text=clean_text(body), line=number, column=column
            )
        if pending is not None:
            yield _dangling(pending)
            pending = None
        if current is not None:
            yield _extend(current, more)
        current, current_indent, last_line, more = block, width, body, []
    if current is not None:
        yield _extend(current, more)
    if pending is not None:
        yield _dangling(pending)


_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', "’", ")", "…")


_HARD_WRAP = 55
"""A line of at least this many characters that stops mid-sentence was wrapped: e-mail
and terminal copies break lines at 60 to 80 columns."""


def _wraps(block: Block, more: list[str], last_line: str, body: str) -> bool:
    # Only items: a paragraph without a sentence end may be a title or a heading, and a
    # lower-case line after it (a translated "kyiv …") is a block of its own.
    text = more[-1] if more else block.text
    if block.kind is not BlockKind.ITEM or text.endswith(_SENTENCE_END):
        return False
    if body[:1].islower():
        return True
    # A hard-wrapped copy breaks before capitalised words too ("… Mayor Vitali" /
    # "Klitschko said."). The next line must itself end a sentence or be wrapped again,
    # so that a heading ("Diplomacy") after an item missing its full stop stays a heading.
    wrapped = len(last_line.rstrip()) >= _HARD_WRAP
    carries_on = body.rstrip().endswith(_SENTENCE_END) or len(body.rstrip()) >= _HARD_WRAP
    return wrapped and carries_on


def _extend(block: Block, more: list[str]) -> Block:
    # Joined once per block: extending the text line by line would copy it every time.
    if not more:
        return block
    return Block(
        kind=block.kind,
        text=" ".join([block.text, *more]),
        line=block.line,
        column=block.column,
        level=block.level,
        marker=block.marker,
        strong=block.strong,
        key=block.key,
    )


def _dangling(pending: tuple[str, int, int]) -> Block:
    marker, line, column = pending
    return Block(
        kind=BlockKind.DROPPED, text=marker, line=line, column=column, key="dangling-marker"
    )
