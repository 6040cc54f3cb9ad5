"""HTML → blocks, with the standard library's `html.parser` (no fetching, no entities).

Grammar (what is kept, by element):

    h1-h6            → heading (level from the tag)
    li               → item (text of nested p, span, a, strong… included)
    p, div, td, …    → paragraph (any other text, split at block elements and at <br>
                       outside list items)
    title            → page title (a fallback for the brief's title)
    meta article:published_time, JSON-LD datePublished, link rel=canonical / meta
                     og:url → metadata

Dropped, and reported (text kept in the diagnostic): nav, header and footer (outside
main and article, where they are the site's), aside, form, figure, figcaption, and any
element whose class or id names a share, social, newsletter, subscribe, advert, promo,
related, recommended, comment, cookie, breadcrumb, sidebar or menu box. Dropped
silently: script, style, noscript, template, svg, iframe, button, select, option (and
the head's text except title and meta).

The element stack is a list, so nesting depth costs no recursion; an end tag without an
open element of that name is ignored, and unclosed elements are closed by their parent's
end tag or the end of input. Entities are decoded by the parser; no external entity or
resource is ever loaded.

Added in 0.1.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser

from conflictevents.parsing._markers import LIST_MARKER
from conflictevents.parsing.blocks import Block, BlockKind, clean_text

__all__ = ["read_html"]

_SILENT = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "option",
        "object",
        "canvas",
        "math",
    ]
)
_FURNITURE = frozenset(
    ["nav", "header", "footer", "aside", "form", "figure", "figcaption", "dialog", "menu"]
)
_FURNITURE_CLASS = re.compile(
    r"share|social|newsletter|subscri|advert|\bads?\b|\bad-|promo|related|recommend|comment|"
    r"cookie|breadcrumb|sidebar|menu|more-on|read-more|keep-reading|sponsor|byline-share",
    re.IGNORECASE,
)
_SECTIONING = frozenset(("header", "footer"))
"""Inside <main> or <article> these hold the article's own title and notes: kept."""
_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "main",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "pre",
        "address",
        "center",
        "body",
        "html",
        "title",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_LI_BLOCK_SCAN = 8
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_STRONG = frozenset(("strong", "b"))


_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"\\]{4,40})"')


class _Reader(HTMLParser):
    """Collects blocks while the standard parser tokenises; never recurses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.stack: list[str] = []
        self.open_counts: Counter[str] = Counter()
        self.silent_depth = 0  # how many open elements are dropped silently
        self.drop_at: int | None = None  # stack depth of the reported dropped element
        self.drop_reason = ""
        self.drop_parts: list[str] = []
        self.drop_pos = (1, 1)
        self.parts: list[str] = []
        self.pos: tuple[int, int] | None = None
        self.strong_chars = 0
        self.in_strong = 0
        self.link_chars = 0
        self.in_link = 0
        self.li_serial = 0  # counts <li> start tags, so that one item's parts can be joined
        self.li_stack: list[int] = []
        self.li_of: dict[int, int] = {}  # block index → the <li> whose <p> it came from
        self.in_li_block = False  # the open text sits in a <p>/<div> inside an <li>
        self.heading_level = 0
        self.items = 0
        self.in_title = False
        self.in_json_ld = False

    # -- structure --

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self._metadata(tag, dict(attrs))
            return
        if tag == "br":
            if self.drop_at is None and not self.silent_depth:
                self._line_break()
            return
        if tag in _VOID:
            return
        if tag in _BLOCK:
            self._flush()
        self.stack.append(tag)
        self.open_counts[tag] += 1
        if tag in _SILENT:
            self.silent_depth += 1
            if tag == "script":
                kind = (dict(attrs).get("type") or "").strip().lower()
                self.in_json_ld = kind == "application/ld+json"
        elif tag == "title" and not self.silent_depth:
            self.in_title = True
        if self.drop_at is None and not self.silent_depth:
            reason = self._drop_reason(tag, attrs)
            if reason is not None:
                self.drop_at = len(self.stack)
                self.drop_reason = reason
                self.drop_parts = []
                self.drop_pos = self._here()
        if tag in _HEADINGS:
            self.heading_level = _HEADINGS[tag]
        elif tag == "li":
            self.items += 1
            self.li_serial += 1
            self.li_stack.append(self.li_serial)
        elif tag in _STRONG:
            self.in_strong += 1
        elif tag == "a":
            self.in_link += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self._metadata(tag, dict(attrs))
        elif tag == "br" and self.drop_at is None and not self.silent_depth:
            self._line_break()

    def handle_endtag(self, tag: str) -> None:
        if self.open_counts[tag] <= 0:
            return  # a stray end tag: ignore it, as browsers do
        while self.stack:
            top = self.stack.pop()
            self._closed(top)
            if top == tag:
                break

    def _closed(self, tag: str) -> None:
        self.open_counts[tag] -= 1
        if tag in _BLOCK:
            self._flush()
        if tag in _SILENT:
            self.silent_depth -= 1
            self.in_json_ld = False
        if tag == "title":
            self.in_title = False
        if tag in _HEADINGS:
            self.heading_level = 0
        elif tag == "li":
            self.items -= 1
            self.li_stack.pop()
        elif tag in _STRONG:
            self.in_strong -= 1
        elif tag == "a":
            self.in_link -= 1
        if self.drop_at is not None and len(self.stack) < self.drop_at:
            text = clean_text(" ".join(self.drop_parts).replace(_LT, "<"))
            if text:
                line, column = self.drop_pos
                self.blocks.append(
                    Block(
                        kind=BlockKind.DROPPED,
                        text=text,
                        line=line,
                        column=column,
                        key=self.drop_reason,
                    )
                )
            self.drop_at = None

    def _drop_reason(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        in_article = self.open_counts["article"] > 0 or self.open_counts["main"] > 0
        if tag in _FURNITURE and not (tag in _SECTIONING and in_article):
            return f"<{tag}>"
        for name, value in attrs:
            if name in ("class", "id", "role") and value:
                found = _FURNITURE_CLASS.search(value[:500])
                if found is not None:
                    return f"{name} “{value[:60]}”"
        return None

    def _metadata(self, tag: str, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = (attrs.get("content") or "").strip()
        if tag == "meta" and content:
            if key in ("article:published_time", "datepublished", "date", "pubdate"):
                self._meta("published", content)
            elif key == "og:url":
                self._meta("url", content)
        elif tag == "link" and (attrs.get("rel") or "").lower() == "canonical":
            href = (attrs.get("href") or "").strip()
            if href:
                self._meta("url", href)

    def _meta(self, key: str, value: str) -> None:
        line, column = self._here()
        self.blocks.append(
            Block(kind=BlockKind.META, text=value, line=line, column=column, key=key)
        )

    # -- text --

    def handle_data(self, data: str) -> None:
        if self.silent_depth:
            if self.in_json_ld:
                # The page's structured data: its datePublished is the publication date
                # when the byline was not saved with the page.
                found = _JSON_LD_PUBLISHED.search(data)
                if found is not None:
                    self._meta("published", found[1])
            return
        if self.drop_at is not None:
            self.drop_parts.append(data)
            return
        if self.pos is None:
            stripped = data.lstrip()
            if not stripped.strip("\u00a0 \t\n\r\f\v"):
                return
            line, column = self._here()
            lead = data[: len(data) - len(stripped)]
            newlines = lead.count("\n")
            if newlines:
                line += newlines
                column = len(lead) - lead.rfind("\n")
            else:
                column += len(lead)
            self.pos = (line, column)
            self.in_li_block = self._in_li_block()
        self.parts.append(data)
        if self.in_strong:
            self.strong_chars += len(data.strip())
        if self.in_link:
            self.link_chars += len(data.strip())

    def _in_li_block(self) -> bool:
        # The nearest block element is looked for among the innermost few only, so that
        # deep inline nesting costs nothing per text run.
        for tag in reversed(self.stack[-_LI_BLOCK_SCAN:]):
            if tag in _BLOCK:
                return tag != "li" and bool(self.li_stack)
        return False

    def _here(self) -> tuple[int, int]:
        line, offset = self.getpos()
        return line, offset + 1

    def _line_break(self) -> None:
        # Inside a list item a <br> only breaks the line: the item is one event, as its
        # paragraphs are. Elsewhere the lines are blocks of their own ("• a<br>• b").
        if self.items > 0:
            if self.pos is not None:
                self.parts.append(" ")
        else:
            self._flush()

    def _flush(self) -> None:
        if self.pos is None:
            self.parts = []
            return
        text = clean_text("".join(self.parts).replace(_LT, "<"))
        line, column = self.pos
        self.parts, self.pos = [], None
        strong_chars, self.strong_chars = self.strong_chars, 0
        link_chars, self.link_chars = self.link_chars, 0
        if not text:
            return
        if self.in_title:
            kind, level = BlockKind.PAGE_TITLE, 0
        elif self.heading_level:
            kind, level = BlockKind.HEADING, self.heading_level
        elif self.items > 0:
            kind, level = BlockKind.ITEM, 0
        else:
            kind, level = BlockKind.PARAGRAPH, 0
        strong = strong_chars >= len(text.replace(" ", "")) > 0
        # A paragraph, item or cell that is one link as a whole points to another page
        # (related stories, tables of links); the assembler decides what to do with it.
        linked = kind is not BlockKind.HEADING and link_chars >= len(text.replace(" ", ""))
        key = "link" if linked else None
        if kind is BlockKind.ITEM and self.li_stack and self.in_li_block:
            # Remember which <li> a paragraph came from; `finish` joins the paragraphs
            # of one list item into one block in a single linear pass.
            self.li_of[len(self.blocks)] = self.li_stack[-1]
        marker = "li" if kind is BlockKind.ITEM else None
        typed = LIST_MARKER.match(text) if kind is BlockKind.PARAGRAPH else None
        if typed is not None and typed.end() < len(text):
            # "<p>• text</p>" and "<p>1. Headline</p>": a list typed by hand.
            kind, marker, text = BlockKind.ITEM, typed["marker"], text[typed.end() :]
            column += typed.end()
        self.blocks.append(
            Block(
                kind=kind,
                text=text,
                line=line,
                column=column,
                level=level,
                marker=marker,
                strong=strong,
                key=key,
            )
        )

    def finish(self) -> list[Block]:
        self.close()
        while self.stack:
            self._closed(self.stack.pop())
        self._flush()
        return self._join_items()

    def _join_items(self) -> list[Block]:
        """Join the paragraphs of one `<li>` ("<li><p>…</p><p>…</p></li>"): one event."""
        if not self.li_of:
            return self.blocks
        joined: list[Block] = []
        parts: list[Block] = []

        def settle() -> None:
            if not parts:
                return
            first = parts[0]
            texts = [b.text for b in parts]
            if len(texts) > 1 and not any(char.isalnum() for char in texts[0]):
                texts = texts[1:]  # a marker typed in its own <p>: the text is the item
            keys = {b.key for b in parts}
            joined.append(
                Block(
                    kind=first.kind,
                    text=" ".join(texts),
                    line=first.line,
                    column=first.column,
                    marker=first.marker,
                    strong=all(b.strong for b in parts),
                    key=first.key if len(keys) == 1 else None,
                )
            )
            parts.clear()

        previous_li: int | None = None
        for index, block in enumerate(self.blocks):
            li = self.li_of.get(index)
            if li is None or li != previous_li:
                settle()
            if li is None:
                joined.append(block)
            else:
                parts.append(block)
            previous_li = li
        settle()
        return joined


def read_html(text: str) -> Iterator[Block]:
    r"""Split an HTML page into blocks.

    Args:
        text: the page source, with `\\n` line ends. Positions refer to it.

    Yields:
        Blocks in document order.
    """
    reader = _Reader()
    # One feed: html.parser re-scans its buffer on every feed() while a construct is
    # unterminated, so feeding in chunks can turn an unclosed comment quadratic.
    reader.feed(_defuse(text))
    yield from reader.finish()


_LT = "\ue000"  # stands in for a "<" that cannot open a tag; turned back into "<"


def _defuse(text: str) -> str:
    """Blank out comments and neutralise every `<` that cannot start a tag.

    `html.parser` searches to the end of its buffer for the `>` of each `<` (and for
    the `-->` of each `<!--`), so input such as `"</" * n` without any `>` costs
    quadratic time. Here a `<` whose next `>` comes after the next `<` (or never) is
    replaced by a private-use character, and comments by spaces (newlines kept), both
    in one linear pass, so positions (line, column) are unchanged.
    """
    pieces: list[str] = []
    start = 0
    next_gt = -2  # cached position of the next ">" (-1: none left)
    length = len(text)
    position = text.find("<")
    while position != -1:
        if text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            end = length if end == -1 else end + 3
            pieces.append(text[start:position])
            pieces.append("".join(c if c == "\n" else " " for c in text[position:end]))
            start = end
            position = text.find("<", end)
            continue
        if next_gt != -1 and next_gt <= position:
            next_gt = text.find(">", position + 1)
        following = text.find("<", position + 1)
        if next_gt == -1 or (following != -1 and following < next_gt):
            pieces.append(text[start:position])
            pieces.append(_LT)
            start = position + 1
        position = following
    pieces.append(text[start:])
    return "".join(pieces)
