"""Blocks → a [`DailyBrief`][conflictevents.DailyBrief] and its diagnostics.

The one assembler behind every input format. It reads the blocks of a reader in order:

    brief   = clutter* title intro* body* [source-line] clutter*
    intro   = summary | published | date-line | latest-updates | clutter | event
    body    = heading | event | clutter

The first block that reads as a title (see
[`match_title`][conflictevents.parsing.furniture.match_title]) is the title; blocks
before it are dropped. The first paragraph after the title is the summary (standfirst).
A heading is a block the markup calls one, a known heading (see
[`categorise`][conflictevents.categories.categorise]), a numbered headline followed by
other content, or a short line without a full stop followed by content. Every other list
item or paragraph is an event of the current section. Everything after the source line
is dropped. Every dropped block becomes an info diagnostic, so nothing is lost silently.

Added in 0.1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs
import pendulum

from conflictevents.attribution import AttributionContext, extract_attributions
from conflictevents.categories import categorise, is_known_heading
from conflictevents.days import (
    Day,
    date_of,
    day_of,
    get_conflict,
    lag,
    parse_iso_date,
    parse_iso_datetime,
    weekday_matches,
)
from conflictevents.diagnostics import Diagnostic, Severity
from conflictevents.errors import ConflictEventsError, DayError, ParseError, ValidationError
from conflictevents.model import Attribution, Category, DailyBrief, Event
from conflictevents.parsing import furniture
from conflictevents.parsing._markers import is_numbered
from conflictevents.parsing.blocks import Block, BlockKind

__all__ = ["MAX_ATTRIBUTION_TEXT", "Assembly", "assemble"]

_CONTENT = (BlockKind.HEADING, BlockKind.ITEM, BlockKind.PARAGRAPH)
_ENDING_CLUTTER = frozenset(("related", "comments"))
"""Clutter after which a re-post has only other stories and comment forms."""
_READING_LIST_MAX = 12
_READING_LIST_SIZE = re.compile(r"list of (\d{1,2}) items?", re.IGNORECASE)


def _leaves_reading_list(text: str) -> bool:
    """Whether a block cannot be part of a "Keep reading" box.

    A section heading, the source line or a finished sentence cannot: the box holds
    headlines, which never end in a full stop.
    """
    if len(text) <= 100 and is_known_heading(text):
        return True
    if furniture.match_source_line(text) is not None:
        return True
    return text.rstrip("\"'”’)»").endswith(".")


"""A "Keep reading" box holds a few headlines; at most this many blocks are skipped."""
_SNIPPET = 200
_LAG_ONE_FROM = pendulum.date(2024, 11, 20)
"""From day 1,000 on, Russia-Ukraine titles name the previous day (lag 1 by design)."""


@attrs.frozen(kw_only=True)
class Assembly:
    """What the assembler made of the blocks.

    Attributes:
        brief: the brief.
        diagnostics: every finding, by position (line, then column); findings about the
            whole brief, such as `no-date-line`, sit at the title or the date line.
    """

    brief: DailyBrief
    diagnostics: tuple[Diagnostic, ...]


@attrs.define
class _Pending:
    """An event whose id waits for the day number."""

    text: str
    category: Category
    block: Block


@attrs.define
class _State:
    title: furniture.TitleMatch | None = None
    title_block: Block | None = None
    summary: str | None = None
    summary_block: Block | None = None
    published: furniture.Published | None = None
    published_block: Block | None = None
    meta_published: str | None = None
    date_line: furniture.DateLine | None = None
    date_block: Block | None = None
    source_line: str | None = None
    source_seen: bool = False
    url: str | None = None
    category: Category = attrs.field(factory=Category.unlabelled)
    heading_block: Block | None = None
    ended_by: str | None = None
    last_heading_index: int = -1
    date_line_index: int = -1  # the block of the date line that opens the body, if any
    """Where the last known section heading is: an ending marker before it ends nothing."""
    reading_list: int = 0
    section_events: int = 0
    body_started: bool = False
    section_has_items: bool = False
    headline_headings: bool = False
    seen_structure: bool = False
    """A heading or a list item was seen: the brief is not free prose."""
    """A heading so far was not a known one: the brief may use headlines as headings."""
    events: list[_Pending] = attrs.field(factory=list)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def note(self, severity: Severity, code: str, message: str, block: Block | None) -> None:
        line, column, text = (1, 1, "") if block is None else (block.line, block.column, block.text)
        self.diagnostics.append(
            Diagnostic(
                severity=severity,
                code=code,
                message=message,
                line=line,
                column=column,
                text=text[:_SNIPPET],
            )
        )

    def drop(self, code: str, why: str, block: Block) -> None:
        self.note(Severity.INFO, code, f"Dropped {_quote(block.text)}: {why}", block)


def _quote(text: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "…"
    return f"“{short}”"


def assemble(
    blocks: Sequence[Block],
    *,
    conflict: str | None = None,
    source_name: str = "<string>",
    source: str = "",
) -> Assembly:
    """Build a brief from blocks.

    Args:
        blocks: the blocks of one input, in order.
        conflict: the conflict's slug; `None` to recognise it from the title.
        source_name: the input's name, for errors.
        source: the input text, so that errors can show the offending line.

    Returns:
        The brief and the diagnostics.

    Raises:
        ParseError: `empty-input` when no block has text, `not-a-brief` when no title is
            found, `no-day` when no war day can be found, `bad-day` for a day beyond the
            calendar.
    """
    content = [b for b in blocks if b.kind in _CONTENT and b.text]
    if not content:
        raise ParseError(
            "Expected a brief, got no text",
            source_name=source_name,
            source=source,
            code="empty-input",
        )
    state = _State()
    title_index = _find_title(blocks, state)
    if state.title is None or state.title_block is None:
        first, message = content[0], "Expected a title such as “… List of key events, day N”"
        lookalike = _find_lookalike(blocks)
        if lookalike is not None:
            # Say why a title that mentions key events was refused: it is another
            # outlet's daily summary, whose structure this parser does not read.
            first, phrase = lookalike
            message += (
                f", found {_quote(first.text)}, another outlet's daily summary "
                f"(“{phrase}”), which is out of scope"
            )
        else:
            message += ", found none"
        raise ParseError(
            message,
            source_name=source_name,
            source=source,
            span=span_of(source, first.line, first.column, len(first.text)),
            code="not-a-brief",
        )
    state.last_heading_index = max(
        (i for i, b in enumerate(blocks) if len(b.text) <= 100 and is_known_heading(b.text)),
        default=-1,
    )
    state.date_line_index = _find_date_line(blocks, title_index)
    for index, block in enumerate(blocks):
        if index == title_index:
            continue
        _read_block(blocks, index, block, title_index, state)
    _close_section(state)
    return _finish(state, conflict, source_name, source)


def span_of(source: str, line: int, column: int, length: int) -> tuple[int, int]:
    """The offsets in `source` of `length` characters from a 1-based line and column."""
    offset = 0
    for _ in range(line - 1):
        found = source.find("\n", offset)
        if found == -1:
            break
        offset = found + 1
    start = offset + column - 1
    return (start, start + max(1, length))


def _find_title(blocks: Sequence[Block], state: _State) -> int:
    page_title: tuple[int, furniture.TitleMatch, Block] | None = None
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.PAGE_TITLE:
            found = furniture.match_title(block.text)
            if found is not None and page_title is None:
                page_title = (index, found, block)
            continue
        if block.kind not in _CONTENT:
            continue
        subject = furniture.mail_subject(block.text)
        if subject is not None:
            # "Subject: Fwd: <title>" of a forwarded e-mail: a fallback like the page
            # title, as the forwarded body carries the title again.
            found = furniture.match_title(subject)
            if found is not None and page_title is None:
                page_title = (index, found, block)
            continue
        found = furniture.match_title(block.text)
        if found is not None:
            state.title, state.title_block = found, block
            return index
    if page_title is not None:
        index, state.title, state.title_block = page_title
        return index
    return -1


def _find_date_line(blocks: Sequence[Block], title_index: int) -> int:
    """The index of the date line that opens the body, or -1.

    Looks from the title up to the first list item or known section heading, where the
    body has begun: the date line always comes before them.
    """
    for index in range(title_index + 1, len(blocks)):
        block = blocks[index]
        if block.kind not in _CONTENT or not block.text:
            continue
        if block.kind is BlockKind.ITEM or (
            len(block.text) <= 100 and is_known_heading(block.text)
        ):
            return -1
        text = block.text
        published = furniture.match_published(text)
        if published is not None:
            text = published.rest
        if text and furniture.match_date_line(text) is not None:
            return index
    return -1


def _find_lookalike(blocks: Sequence[Block]) -> tuple[Block, str] | None:
    for block in blocks:
        if block.kind in _CONTENT or block.kind is BlockKind.PAGE_TITLE:
            phrase = furniture.lookalike_title(block.text)
            if phrase is not None and len(block.text) <= furniture.MAX_FURNITURE_LENGTH:
                return block, phrase
    return None


def _read_block(
    blocks: Sequence[Block], index: int, block: Block, title_index: int, state: _State
) -> None:
    text = block.text
    if block.kind is BlockKind.META:
        if block.key == "published" and state.meta_published is None:
            state.meta_published = text
        elif block.key == "url" and state.url is None:
            state.url = text
        return
    if block.kind is BlockKind.DROPPED:
        if block.key == "dangling-marker":
            state.note(
                Severity.INFO,
                "dangling-marker",
                f"Dropped the list marker {_quote(text)}: no text follows it",
                block,
            )
        else:
            state.drop("dropped-element", f"{block.key or 'page furniture'} in the markup", block)
        return
    if block.kind is BlockKind.PAGE_TITLE:
        state.drop("duplicate-title", "the page title repeats the brief's title", block)
        return
    if not text:
        return
    if index < title_index:
        state.drop("before-title", "it comes before the title", block)
        return
    if state.source_seen:
        state.drop("after-source-line", "it comes after the source line", block)
        return
    if state.ended_by is not None:
        state.drop(
            "after-end", f"it comes after {_quote(state.ended_by)}, which ends the brief", block
        )
        return
    if state.reading_list > 0 and _leaves_reading_list(text):
        # A copy that lost the box's "end of list": the brief goes on.
        state.reading_list = 0
    if state.reading_list > 0:
        # The outlet's "Keep reading / list of 4 items / … / end of list" box of other
        # stories' headlines, inside the article body.
        state.reading_list = 0 if text.lower() == "end of list" else state.reading_list - 1
        state.drop("dropped-clutter", "page furniture or re-post clutter (reading-list)", block)
        return
    if _is_duplicate_title(block, state):
        state.drop("duplicate-title", "the title is printed again", block)
        return
    if state.body_started and furniture.match_title(text) is not None:
        # "… List of key events, day 999" under the body: a link to another day's brief
        # (re-posts list the previous ones), never an event.
        state.drop("dropped-clutter", "page furniture or re-post clutter (another brief)", block)
        return
    published = furniture.match_published(text)
    if published is not None:
        if state.published is None:
            state.published, state.published_block = published, block
        else:
            state.drop("duplicate-published", "the publication date is printed again", block)
        if published.rest and state.date_line is None and not state.body_started:
            # A select-all copy glues the date line to the stamp on one line.
            date_line = furniture.match_date_line(published.rest)
            if date_line is not None:
                state.date_line, state.date_block = date_line, block
        return
    source_line = furniture.match_source_line(text)
    if source_line is not None:
        state.source_seen = True
        state.source_line = source_line or None
        if not source_line:
            state.note(Severity.INFO, "empty-source-line", "The source line names no source", block)
        return
    if furniture.is_latest_updates(text):
        state.drop("latest-updates", "a link to the live blog", block)
        return
    if state.date_line is None and not state.body_started:
        date_line = furniture.match_date_line(text)
        if date_line is not None:
            state.date_line, state.date_block = date_line, block
            return
    if state.date_line is None and not state.body_started and furniture.looks_like_date_line(text):
        state.note(
            Severity.INFO,
            "unreadable-date-line",
            f"Dropped {_quote(text)}: it opens like a date line, but its date cannot be read",
            block,
        )
        return
    reason = furniture.clutter_reason(text)
    if reason is not None:
        state.drop("dropped-clutter", f"page furniture or re-post clutter ({reason})", block)
        if reason == "reading-list" and text.lower() != "end of list":
            # "list of 4 items": four headlines, each after its "list 1 of 4", then "end
            # of list"; a bare "Keep reading" allows the longest box.
            size = _READING_LIST_SIZE.search(text)
            state.reading_list = (
                min(_READING_LIST_MAX, 2 * int(size[1]) + 1)
                if size is not None
                else _READING_LIST_MAX
            )
        elif (
            reason in _ENDING_CLUTTER
            and state.events
            and ":" not in text.rstrip(":")
            and index > state.last_heading_index
        ):
            # A bare "You May Also Like" or "Leave a Reply" header, not an inline
            # "Related: <headline>" link, which is only dropped. With one of the brief's
            # own section headings still to come it is an inline link, not the page's tail.
            state.ended_by = text
        return
    if furniture.is_caption(text):
        state.drop("dropped-caption", "a photo caption", block)
        return
    if furniture.is_bare_url(text):
        if state.url is None:
            state.url = text.strip("<>")
        else:
            state.drop("dropped-clutter", "a link", block)
        return
    if (
        block.key == "link"
        and not (len(text) <= 100 and is_known_heading(text))
        and not _is_linked_event(block, state)
    ):
        # A paragraph, item or table cell that is one link as a whole: a related story.
        state.drop("dropped-clutter", "page furniture or re-post clutter (link)", block)
        return
    if _is_alt_text(blocks, index, block):
        state.drop("dropped-caption", "an image's alt text, printed above its caption", block)
        return
    if _is_related_headline(blocks, index, block, state):
        state.drop("dropped-clutter", "page furniture or re-post clutter (related-headline)", block)
        return
    if (
        block.kind is BlockKind.HEADING
        and state.summary is None
        and not state.body_started
        and not state.events
        and _reads_like_standfirst(text)
    ):
        # Re-posts mark the standfirst up as a subheading ("<h2>As the war enters …</h2>"):
        # a sentence naming the day or the main developments is no section heading.
        state.summary, state.summary_block = text, block
        return
    if _is_heading(blocks, index, block, state):
        if index < state.date_line_index and state.date_line is None:
            # Sections follow the date line in every era: a short line above it is page
            # furniture of a copy ("Listen to this article", "| 4 mins", "Updated …").
            state.drop("dropped-clutter", "page furniture before the date line", block)
            return
        _close_section(state)
        state.headline_headings = state.headline_headings or not is_known_heading(text)
        state.seen_structure = True
        state.category = categorise(text)
        state.heading_block = block
        state.section_events = 0
        state.body_started = True
        state.section_has_items = False
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and not state.body_started
        and state.summary is None
        and not state.events
    ):
        following = _next_content(blocks, index)
        if (
            not text.rstrip("\"'”’)»").endswith((".", "!", "?"))
            and following is not None
            and following.kind is BlockKind.PARAGRAPH
            and _reads_like_standfirst(following.text)
        ):
            # A stray line of page furniture between the title and the standfirst
            # ("Listen to this article", a credit): the standfirst is the next one.
            state.drop("dropped-clutter", "page furniture before the standfirst", block)
            return
        state.summary, state.summary_block = text, block
        return
    is_item = block.kind is BlockKind.ITEM
    if is_item:
        state.body_started = True
    elif state.section_has_items:
        # A warning: the paragraph may elaborate on the bullet before it, or be an event
        # whose bullet was lost; a person should look.
        state.note(
            Severity.WARNING,
            "unbulleted-paragraph",
            f"Kept the unbulleted paragraph {_quote(text)} as an event of its own in a "
            "bulleted section",
            block,
        )
    elif not state.body_started and state.date_line is None and _same_text(text, state.summary):
        # The standfirst printed again (a clipper's "Excerpt" box, a page's description).
        state.drop("dropped-clutter", "page furniture or re-post clutter (standfirst again)", block)
        return
    elif not state.body_started and state.date_line is None:
        state.note(
            Severity.INFO,
            "intro-paragraph",
            f"Kept the paragraph {_quote(text)} before the date line as an event",
            block,
        )
    state.section_has_items = state.section_has_items or is_item
    state.seen_structure = state.seen_structure or is_item
    parts = _split_glued(text)
    if len(parts) > 1:
        state.note(
            Severity.INFO,
            "split-glued-items",
            f"Split {_quote(text)} into {len(parts)} events where items were glued together "
            "without a space",
            block,
        )
    for part in parts:
        state.events.append(_Pending(text=part, category=state.category, block=block))
    state.section_events += len(parts)


def _same_text(text: str, other: str | None) -> bool:
    return (
        other is not None
        and " ".join(text.split()).casefold() == " ".join(other.split()).casefold()
    )


def _close_section(state: _State) -> None:
    """Report a heading with no event under it: its text is nowhere else in the brief."""
    if state.heading_block is not None and state.section_events == 0:
        state.note(
            Severity.INFO,
            "empty-section",
            f"Dropped the heading {_quote(state.heading_block.text)}: no event follows it",
            state.heading_block,
        )


# "…in the Donetsk district.Russia’s Ministry…": a sentence end glued to a capitalised
# word, as re-posts print list items they joined without a newline. Two lower-case
# letters before the stop keep "U.S.Army" or "St.Petersburg" whole.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_MIN_GLUED_PART = 20


def _split_glued(text: str) -> list[str]:
    parts = _GLUED.split(text)
    if len(parts) == 1 or any(len(part) < _MIN_GLUED_PART for part in parts):
        return [text]
    return parts


def _is_duplicate_title(block: Block, state: _State) -> bool:
    found = furniture.match_title(block.text)
    if found is None or state.title is None:
        return False
    same = found.title.casefold() == state.title.title.casefold()
    return same or not state.body_started


def _heading_shaped(text: str) -> bool:
    """Short, no sentence end: at most 100 characters and 14 words, no final . , ; ! …."""
    if len(text) > 100 or len(text.split()) > 14:
        return False
    end = text.rstrip("\"'”’)»")
    return not end.endswith((".", ",", ";", "!", "…"))


_RELATED_HEADLINE_MIN_WORDS = 6
"""Topical headings have at most five words ("Alleged attack on Putin’s residence");
another story's headline has more."""


_LINKED_EVENT_MIN_WORDS = 8


def _is_linked_event(block: Block, state: _State) -> bool:
    """Whether a list item that is one link as a whole is still an event.

    A related story's headline never ends a sentence; a bullet of the brief that a
    re-post wrapped in a link as a whole ("<li><a>Drones hit …, the air force said.</a>")
    does, and it sits in the body, after the date line or a heading.
    """
    if block.kind is not BlockKind.ITEM or not state.body_started:
        return False
    text = block.text.rstrip("\"'”’)»")
    return text.endswith((".", "!")) and len(block.text.split()) >= _LINKED_EVENT_MIN_WORDS


def _is_alt_text(blocks: Sequence[Block], index: int, block: Block) -> bool:
    """Whether a plain line is an image's alt text, printed just above the photo caption.

    A select-all copy of a page keeps the alt text of the featured image as a line of its
    own ("Soldiers fire an artillery piece …") right before the caption that ends in a
    credit ("… [Stringer/Reuters]"). It reads like a heading, so without this it would
    open an empty section and start the body before the date line.
    """
    if block.kind is not BlockKind.PARAGRAPH or block.strong or not _heading_shaped(block.text):
        return False
    if is_known_heading(block.text):
        return False
    # Indexing, not slicing: a slice would copy the rest of the input on every call.
    for position in range(index + 1, len(blocks)):
        following = blocks[position]
        if following.kind in _CONTENT and following.text:
            return furniture.is_caption(following.text)
    return False


def _is_related_headline(blocks: Sequence[Block], index: int, block: Block, state: _State) -> bool:
    """Whether a plain line between two bullets is another story's headline.

    Re-posts print a related story's headline, without its link, inside the list (an EU
    summit article between two bullets on day 493). It reads like a heading, but in a
    brief whose headings are all known topical ones ("Fighting", "Diplomacy"), a line of
    six words or more without a sentence end, between items of a bulleted section, is a
    headline. Briefs with headline-style headings (early 2022) are left alone.
    """
    if block.kind is not BlockKind.PARAGRAPH or block.strong:
        return False
    if not state.section_has_items or state.headline_headings:
        return False
    text = block.text
    if len(text.split()) < _RELATED_HEADLINE_MIN_WORDS or not _heading_shaped(text):
        return False
    if is_known_heading(text):
        return False
    following = _next_content(blocks, index)
    return following is not None and following.kind is BlockKind.ITEM


_STANDFIRST_WORDS = re.compile(
    r"\b(?:developments|key\s+events|main\s+events|major\s+events)\b", re.IGNORECASE
)


def _reads_like_standfirst(text: str) -> bool:
    """A sentence naming the war day or "the main developments" (every era's standfirst)."""
    if len(text) > furniture.MAX_FURNITURE_LENGTH or not text.rstrip().endswith("."):
        return False
    return furniture.day_in_text(text) is not None or _STANDFIRST_WORDS.search(text) is not None


def _is_heading(blocks: Sequence[Block], index: int, block: Block, state: _State) -> bool:
    if block.kind is BlockKind.HEADING:
        return True
    text = block.text
    if len(text) <= 100 and is_known_heading(text):
        return True
    numbered = block.kind is BlockKind.ITEM and is_numbered(block.marker)
    if block.kind is BlockKind.ITEM and not numbered and block.marker != "indent":
        return False
    if not _heading_shaped(text):
        return False
    following = _next_content(blocks, index)
    if following is None:
        return False
    if numbered:
        # "1. Russia advances in the south" with bullets or a paragraph under it, as
        # opposed to a numbered list of events ("1.] …", "2.] …").
        return not (following.kind is BlockKind.ITEM and is_numbered(following.marker))
    if block.strong:
        return True
    if not state.body_started and state.summary is None and not state.events:
        # The first paragraph after the title is the standfirst unless a list follows.
        return following.kind is BlockKind.ITEM
    return True


def _next_content(blocks: Sequence[Block], index: int) -> Block | None:
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if block.kind not in _CONTENT or not block.text:
            continue
        if (
            block.key == "link"
            or furniture.clutter_reason(block.text) is not None
            or furniture.is_caption(block.text)
            or furniture.match_source_line(block.text) is not None
        ):
            if furniture.match_source_line(block.text) is not None:
                return None
            continue
        return block
    return None


# --- the whole brief --------------------------------------------------------------------


def _finish(state: _State, conflict_arg: str | None, source_name: str, source: str) -> Assembly:
    title = state.title
    title_block = state.title_block
    assert title is not None
    assert title_block is not None
    slug = conflict_arg
    if slug is None:
        slug = title.conflict or (furniture.conflict_of(state.summary) if state.summary else None)
    conflict = get_conflict(slug)
    published = _published(state)
    published_day = _as_date(published, conflict.slug)
    day = title.day
    summary_day = furniture.day_in_text(state.summary) if state.summary else None
    if day is None and summary_day is not None:
        if title.date is not None:
            state.note(
                Severity.INFO,
                "day-from-standfirst",
                f"The title states a date, not a day; took day {summary_day} from the standfirst",
                state.summary_block,
            )
        else:
            state.note(
                Severity.WARNING,
                "no-title-day",
                f"The title has no day number; took day {summary_day} from the standfirst",
                title_block,
            )
        day = summary_day
    if day is None and title.date is not None:
        title_date = _calendar_date(title.date)
        if title_date is not None:
            day = _day_or_none(title_date, conflict.slug)
            if day is not None:
                state.note(
                    Severity.INFO,
                    "day-from-title-date",
                    f"The title states {title_date.isoformat()}, not a day; that is day {day}",
                    title_block,
                )
    situation = _situation_date(state, published_day, day, conflict.slug)
    if day is None:
        day = _day_from_dates(state, situation, published_day, conflict.slug, title_block)
    if day is None:
        raise ParseError(
            "Expected a war day in the title, the standfirst or the date line, found none",
            source_name=source_name,
            source=source,
            span=span_of(source, title_block.line, title_block.column, len(title_block.text)),
            code="no-day",
        )
    try:
        date_of(day, conflict.slug)
    except DayError:
        raise ParseError(
            f"Expected a day number within the calendar, got {day}",
            source_name=source_name,
            source=source,
            span=span_of(source, title_block.line, title_block.column, len(title_block.text)),
            code="bad-day",
        ) from None
    _check_dates(state, day, situation, published_day, conflict.slug, title_block)
    events = _events(state, conflict.slug, day)
    if not events:
        state.note(
            Severity.WARNING, "no-events", "Expected at least one event, found none", title_block
        )
    elif not state.seen_structure and state.date_line is None:
        # Free prose after a title: a rewrite whose list and sections are gone. Its
        # paragraphs are kept as events, but they need not be one event each.
        state.note(
            Severity.WARNING,
            "no-structure",
            "Expected headings or list items under the title, found only paragraphs and no "
            "date line; kept each paragraph as an event (a free rewrite?)",
            title_block,
        )
    if events and state.source_line is None and not state.source_seen:
        last = state.events[-1]
        if _looks_cut_off(last.text):
            state.note(
                Severity.WARNING,
                "possibly-truncated",
                "The last event does not end a sentence and no source line follows; the "
                "input may be cut off",
                last.block,
            )
    try:
        brief = DailyBrief(
            conflict=conflict.slug,
            title=title.title,
            summary=state.summary,
            day=day,
            situation_date=situation,
            published=published,
            source_line=state.source_line,
            url=state.url,
            events=tuple(events),
        )
    except (ValidationError, DayError) as exc:  # pragma: no cover - guarded above
        raise ParseError(
            f"Expected a valid brief, got {exc}",
            source_name=source_name,
            source=source,
            code="invalid-brief",
        ) from None
    # By position, as a compiler lists them; the sort is stable, so findings on the same
    # spot keep the order they were made in.
    ordered = sorted(state.diagnostics, key=lambda d: (d.line, d.column))
    return Assembly(brief=brief, diagnostics=tuple(ordered))


def _looks_cut_off(text: str) -> bool:
    """Whether an event's end is not a sentence end, or is the ellipsis of a cut copy.

    Re-posts that truncate the brief end mid-sentence with "…", "...", "[…]" or "[...]";
    a brief's events end with a full stop, a question or exclamation mark.
    """
    end = text.rstrip()
    if end.endswith(("…", "...", "[…]", "[...]")):
        return True
    end = end.rstrip("\"'”’)»]")
    return not end.endswith((".", "!", "?", ":"))


def _calendar_date(ymd: tuple[int, int, int]) -> Day | None:
    try:
        return pendulum.date(*ymd)
    except ValueError:
        return None


def _day_or_none(date: Day, conflict: str) -> int | None:
    try:
        return day_of(date, conflict)
    except DayError:
        return None


def _published(state: _State) -> Day | pendulum.DateTime | None:
    meta = _meta_published(state)
    if state.published is not None:
        date = _calendar_date(state.published.date)
        if date is None:
            state.note(
                Severity.ERROR,
                "invalid-date",
                f"The publication date {state.published.date} is not a calendar date",
                state.published_block,
            )
            return None
        if state.published.time is not None:
            hour, minute, second = state.published.time
            try:
                return pendulum.datetime(
                    date.year, date.month, date.day, hour, minute, second, tz="UTC"
                )
            except ValueError:
                return date
        # The page's metadata has the time; keep it when it agrees with the printed date.
        if isinstance(meta, pendulum.DateTime) and meta.in_timezone("UTC").date() == date:
            return meta
        return date
    return meta


def _meta_published(state: _State) -> Day | pendulum.DateTime | None:
    text = state.meta_published
    if text is None:
        return None
    try:
        if len(text) == 10:
            return parse_iso_date(text)
        return parse_iso_datetime(text, default_timezone="UTC")
    except DayError:
        return None


def _as_date(published: Day | pendulum.DateTime | None, conflict: str) -> Day | None:
    """The calendar date of a publication date or datetime, in the conflict's zone."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        zone = get_conflict(conflict).timezone
        try:
            local = pendulum.instance(published).in_timezone(zone)
        except OverflowError:  # the last hours of 9999 fall outside the calendar there
            local = published
        return pendulum.date(local.year, local.month, local.day)
    return published


def _situation_date(
    state: _State, published: Day | None, day: int | None, conflict: str
) -> Day | None:
    line = state.date_line
    if line is None:
        return None
    if line.year is not None:
        date = _calendar_date((line.year, line.month, line.day))
        if date is None:
            state.note(
                Severity.ERROR,
                "invalid-date",
                f"The date line states {line.year}-{line.month:02d}-{line.day:02d}, which is "
                "not a calendar date",
                state.date_block,
            )
        return date
    anchor = published
    if anchor is None and day is not None:
        anchor = _safe_date_of(day, conflict)
    if anchor is None:
        # No year, no publication date, no day: nothing to anchor on, and parsing ends
        # with a no-day error.
        return None
    candidates = [
        date
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (date := _calendar_date((year, line.month, line.day))) is not None
    ]
    if not candidates:
        state.note(
            Severity.ERROR,
            "invalid-date",
            f"The date line states month {line.month}, day {line.day}, which is not a "
            "calendar date",
            state.date_block,
        )
        return None
    return min(candidates, key=lambda date: abs((date - anchor).in_days()))


def _safe_date_of(day: int, conflict: str) -> Day | None:
    try:
        return date_of(day, conflict)
    except DayError:
        return None


def _day_from_dates(
    state: _State, situation: Day | None, published: Day | None, conflict: str, title_block: Block
) -> int | None:
    for date, what in ((situation, "date line"), (published, "publication date")):
        if date is None:
            continue
        counted = _day_or_none(date, conflict)
        if counted is None:
            continue
        # From day 1,000 on the title names the day before the date line (lag 1).
        offset = 1 if conflict == "russia-ukraine" and date >= _LAG_ONE_FROM else 0
        day = max(1, counted - offset)
        state.note(
            Severity.WARNING,
            "no-title-day",
            f"The title has no day number; took day {day} from the {what} "
            f"({date.isoformat()}, assuming lag {offset})",
            title_block,
        )
        return day
    return None


def _check_dates(
    state: _State,
    day: int,
    situation: Day | None,
    published: Day | None,
    conflict: str,
    title_block: Block,
) -> None:
    line = state.date_line
    if line is None:
        state.note(
            Severity.WARNING,
            "no-date-line",
            "Expected a date line such as “Here is the situation on Wednesday, November 20:”, "
            "found none; the situation date is unknown",
            title_block,
        )
        return
    if situation is None:
        return
    if line.weekday is not None and not weekday_matches(situation, line.weekday):
        actual = situation.format("dddd")
        state.note(
            Severity.WARNING,
            "weekday-mismatch",
            f"The date line says {line.weekday}, but {situation.isoformat()} is a {actual}",
            state.date_block,
        )
    try:
        found = lag(situation, day, conflict)
    except DayError:
        state.note(
            Severity.WARNING,
            "date-before-conflict",
            f"The date line states {situation.isoformat()}, before day 1 of {conflict}",
            state.date_block,
        )
        return
    if found not in (0, 1):
        state.note(
            Severity.WARNING,
            "day-lag",
            f"The title says day {day} but the date line states {situation.isoformat()} "
            f"(day {day + found}): lag {found}, expected 0 or 1",
            state.date_block,
        )
    if published is not None and published > situation:
        state.note(
            Severity.WARNING,
            "published-after-date",
            f"Published on {published.isoformat()}, after the stated date {situation.isoformat()}",
            state.published_block or state.date_block,
        )


MAX_ATTRIBUTION_TEXT = 4000
"""Events longer than this (real ones stay under 1,500 characters) are not searched for
attributions: a run of glued text would only cost time."""


def _events(state: _State, conflict: str, day: int) -> list[Event]:
    context = AttributionContext()
    events = []
    for pending in state.events:
        attributions: tuple[Attribution, ...] = ()
        if len(pending.text) > MAX_ATTRIBUTION_TEXT:
            state.note(
                Severity.INFO,
                "attribution-skipped",
                f"Did not look for attributions in an event of {len(pending.text)} characters "
                f"(more than {MAX_ATTRIBUTION_TEXT})",
                pending.block,
            )
            events.append(Event.create(conflict, day, pending.text, pending.category))
            continue
        try:
            attributions = extract_attributions(pending.text, context=context)
            event = Event.create(conflict, day, pending.text, pending.category, attributions)
        except (ConflictEventsError, ValueError, LookupError, TypeError, AttributeError) as exc:
            # The extractor must never cost an event: keep it without attributions.
            state.note(
                Severity.ERROR,
                "attribution-failed",
                f"Could not extract attributions ({type(exc).__name__}: {exc}); kept the event "
                "without them",
                pending.block,
            )
            event = Event.create(conflict, day, pending.text, pending.category)
        events.append(event)
    return events
