"""The one currency between the readers and the assembler: blocks with positions.

A reader (plain text, Markdown or HTML) turns its input into a flat sequence of
[`Block`][conflictevents.parsing.blocks.Block]s; it knows nothing about briefs. The
assembler reads only blocks, so every input format is understood by the same rules.

Added in 0.1.
"""

from __future__ import annotations

import enum
import re

import attrs

__all__ = ["Block", "BlockKind", "clean_text"]


class BlockKind(enum.StrEnum):
    """What a reader saw."""

    HEADING = "heading"
    """A heading the markup says is one (`## Fighting`, `<h2>`)."""
    ITEM = "item"
    """A list item (`- text`, `• text`, `1. text`, `<li>`, an indented line)."""
    PARAGRAPH = "paragraph"
    """Anything else with text: a line of plain text, a Markdown paragraph, a `<p>`."""
    PAGE_TITLE = "page-title"
    """An HTML document's `<title>` (a fallback for the brief's title)."""
    META = "meta"
    """HTML metadata the assembler may use; `key` says which (`published`, `url`)."""
    DROPPED = "dropped"
    """Input the reader dropped on purpose (navigation, share boxes); `key` says why."""


@attrs.frozen(kw_only=True)
class Block:
    """One unit of input text with the position where it starts.

    Attributes:
        kind: what the reader saw.
        text: the text, markup removed, white space normalised (see `clean_text`).
        line: 1-based line of the first character in the input.
        column: 1-based column of the first character in the input.
        level: heading level (1-6) for headings, 0 otherwise.
        marker: the list marker as printed (`-`, `•`, `1.`, `1.]`, `indent`), or `None`.
        strong: the whole block is bold (a bold paragraph is often a heading).
        key: for `META` and `DROPPED` blocks, what the block is or why it was dropped;
            `link` for an HTML paragraph, item or cell that is one link as a whole.
    """

    kind: BlockKind
    text: str
    line: int
    column: int
    level: int = 0
    marker: str | None = None
    strong: bool = False
    key: str | None = None


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"\s+")
# White space that a re-post decoded with the wrong code page: a UTF-8 no-break space read
# as cp1252 ("Â" + NBSP, often flattened to "Â "), and a UTF-8 zero-width space read as
# Mac Roman ("‚Äč"). Only these white-space mojibakes are repaired; visible characters
# ("″" for a quote) are kept as published.
_MOJIBAKE_SPACE = re.compile("\u00c2(?=[\u00a0 ]|$)|\u201a\u00c4\u010d")


def clean_text(text: str) -> str:
    r"""Normalise white space the way the model keeps event text.

    No-break and other Unicode spaces become plain spaces, zero-width characters and
    soft hyphens are removed, runs of white space collapse to one space, and the ends are
    stripped. White space garbled by a wrong code page on re-posts ("Â " for a no-break
    space, "‚Äč" for a zero-width space) is treated as the white space it was.
    Typography (curly quotes, dashes) is kept as published.

    Examples:
        >>> clean_text("  Kyiv\u00a0said\u200b  so. ")
        'Kyiv said so.'
        >>> clean_text("Kyiv\u00c2\u00a0said‚Äč‚Äč so.")
        'Kyiv said so.'
    """
    if "\u00c2" in text or "\u201a" in text:
        text = _MOJIBAKE_SPACE.sub(lambda m: " " if m[0] == "\u00c2" else "", text)
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()
