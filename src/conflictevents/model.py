"""The model: a brief, its events, their categories and attributions.

All classes are frozen, slotted attrs classes; collections are tuples. Constructors
check the invariants of the JSON contract and raise
[`ValidationError`][conflictevents.ValidationError] with the path of each problem.
Constructors never parse text: use `parse_brief` for that.

Examples:
    >>> from conflictevents import Category, DailyBrief, Event, Theme
    >>> fighting = Category.from_label("Fighting", Theme.FIGHTING)
    >>> event = Event.create("russia-ukraine", 1000, "Air raid sirens sounded in Kyiv.", fighting)
    >>> brief = DailyBrief(title="Key events, day 1,000", day=1000, events=(event,))
    >>> str(brief.date)
    '2024-11-19'
    >>> [section.category.label for section in brief.sections]
    ['Fighting']

Added in 0.1.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import pendulum

from conflictevents.days import CONFLICTS, Day, DayLike, as_day, date_of, get_conflict, last_day
from conflictevents.errors import DayError, Issue, ValidationError

__all__ = [
    "Attribution",
    "Category",
    "DailyBrief",
    "Event",
    "Section",
    "SourceKind",
    "Theme",
    "event_id",
    "normalise_text",
    "slugify",
]


class Theme(enum.StrEnum):
    """The closed vocabulary of section themes."""

    FIGHTING = "fighting"
    WEAPONS = "weapons"
    DIPLOMACY = "diplomacy"
    POLITICS = "politics"
    ECONOMY = "economy"
    ENERGY = "energy"
    HUMANITARIAN = "humanitarian"
    SECURITY = "security"
    OTHER = "other"


class SourceKind(enum.StrEnum):
    """What kind of source a claim is attributed to."""

    OFFICIAL = "official"
    """A named office holder: "Kremlin spokesman Dmitry Peskov"."""
    GOVERNMENT = "government"
    """Ministries, armed forces, agencies, presidencies, regional administrations, states."""
    MEDIA = "media"
    """News agencies, outlets, state media."""
    ORGANIZATION = "organization"
    """UN bodies, NATO, NGOs, think tanks."""
    UNNAMED = "unnamed"
    """"reports", "sources", unnamed officials."""
    OTHER = "other"
    """Anyone else."""


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(label: str) -> str:
    """Turn a heading into a slug: `"Politics & Diplomacy"` → `"politics-diplomacy"`.

    Accents are folded to ASCII; a label with no letters or digits gives `"section"`.
    """
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_DROP.sub("-", folded.lower()).strip("-")
    return slug or "section"


UNLABELLED_SLUG = "unlabelled"


def _check_text(name: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if type(value) is not str or not value.strip():
            raise ValidationError.single(
                f"$.{name}", "empty", f"expected a non-empty string, got {value!r}"
            )

    return check


@attrs.frozen(kw_only=True)
class Category:
    """The section an event was published under.

    Attributes:
        label: the heading as printed, without list numbering, Markdown marks or a
            trailing colon; `None` for a section without a heading.
        slug: a URL-safe form of the label (`fighting-and-weapons`; `unlabelled`).
        theme: the canonical theme the heading maps to; `other` when unknown.
    """

    label: str | None
    slug: str = attrs.field(validator=_check_text("slug"))
    theme: Theme = attrs.field(converter=Theme)

    @classmethod
    def from_label(cls, label: str | None, theme: Theme = Theme.OTHER) -> Category:
        """Build a category whose slug is derived from its label."""
        return cls(
            label=label, slug=UNLABELLED_SLUG if label is None else slugify(label), theme=theme
        )

    @classmethod
    def unlabelled(cls, theme: Theme = Theme.OTHER) -> Category:
        """The category of a section printed without a heading."""
        return cls.from_label(None, theme)


_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _span_converter(value: tuple[int, int] | list[int]) -> tuple[int, int]:
    return tuple(value)  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class Attribution:
    """Who a claim is attributed to, and how it reached the brief.

    Attributes:
        source: canonical name of who the claim comes from (`Russian Ministry of
            Defence`, `Sergey Lavrov`, `US officials`).
        kind: the kind of source.
        country: ISO 3166-1 alpha-2 code of the source's country, or `None`.
        role: the source's role as printed (`Kremlin spokesman`), or `None`.
        via: outlets and channels the claim came through, in order (`TASS`, `X`).
        phrase: the words in the event text that carry the attribution.
        span: start and end offsets of `phrase` in the event text.
    """

    source: str = attrs.field(validator=_check_text("source"))
    kind: SourceKind = attrs.field(converter=SourceKind)
    country: str | None = attrs.field(default=None)
    role: str | None = None
    via: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    phrase: str = attrs.field(validator=_check_text("phrase"))
    span: tuple[int, int] = attrs.field(converter=_span_converter)

    @country.validator
    def _check_country(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and _COUNTRY_CODE.fullmatch(value) is None:
            raise ValidationError.single(
                "$.country", "country", f"expected an ISO 3166 alpha-2 code, got {value!r}"
            )

    @span.validator
    def _check_span(
        self, attribute: attrs.Attribute[tuple[int, int]], value: tuple[int, int]
    ) -> None:
        start, end = value
        if not 0 <= start < end or end - start != len(self.phrase):
            raise ValidationError.single(
                "$.span",
                "span",
                f"expected [start, end] with end - start == len(phrase) == {len(self.phrase)}, "
                f"got {list(value)}",
            )


_WHITESPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise_text(text: str) -> str:
    """The form of an event text that its id is computed from.

    NFKC, curly quotes and dashes made plain, white space collapsed, case folded; so a
    re-posted copy with straight quotes gets the same id as the original.
    """
    plain = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _WHITESPACE.sub(" ", plain).strip().casefold()


def event_id(conflict: str, day: int, text: str) -> str:
    r"""The stable id of an event: same conflict, day and normalised text, same id.

    The recipe: SHA-256 of the UTF-8 bytes of `"{conflict}\\x1f{day}\\x1f{normalised}"`,
    the first 16 hex digits, written as `"{conflict}:{day}:{digits}"`. It uses nothing that
    depends on the machine or the Python version (no `hash()`).

    Examples:
        >>> event_id("russia-ukraine", 1000, "Air raid sirens sounded in Kyiv.")
        'russia-ukraine:1000:45597f5d265a433c'
    """
    key = f"{conflict}\x1f{day}\x1f{normalise_text(text)}".encode()
    return f"{conflict}:{day}:{hashlib.sha256(key).hexdigest()[:16]}"


def _attribution_tuple(values: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Event:
    """One claim or fact of a brief: a list item, or a paragraph inside a section.

    Attributes:
        id: a stable identifier (see [`event_id`][conflictevents.model.event_id]).
        category: the section it was published under.
        text: the text as published, typography kept, white space normalised.
        attributions: who the claims are attributed to, in order of appearance.
    """

    id: str = attrs.field(validator=_check_text("id"))
    category: Category
    text: str = attrs.field(validator=_check_text("text"))
    attributions: tuple[Attribution, ...] = attrs.field(default=(), converter=_attribution_tuple)

    @attributions.validator
    def _check_spans(
        self, attribute: attrs.Attribute[tuple[Attribution, ...]], value: tuple[Attribution, ...]
    ) -> None:
        issues = []
        for index, attribution in enumerate(value):
            start, end = attribution.span
            if end > len(self.text) or self.text[start:end] != attribution.phrase:
                issues.append(
                    Issue(
                        path=f"$.attributions[{index}].span",
                        code="span",
                        message=f"expected text[{start}:{end}] to equal the phrase "
                        f"{attribution.phrase!r}, got {self.text[start:end]!r}",
                    )
                )
        if issues:
            raise ValidationError(issues)

    @classmethod
    def create(
        cls,
        conflict: str,
        day: int,
        text: str,
        category: Category | None = None,
        attributions: tuple[Attribution, ...] = (),
    ) -> Event:
        """Build an event whose id is computed from conflict, day and text."""
        return cls(
            id=event_id(conflict, day, text),
            category=category if category is not None else Category.unlabelled(),
            text=text,
            attributions=attributions,
        )


@attrs.frozen(kw_only=True)
class Section:
    """A run of consecutive events under one category (a view, not stored)."""

    category: Category
    events: tuple[Event, ...]


def _event_tuple(values: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(values)


def _to_day(value: DayLike | None) -> Day | None:
    if value is None or isinstance(value, str):
        return value  # type: ignore[return-value]  # rejected by the validator below
    return as_day(value)


def _to_published(value: DayLike | None) -> Day | pendulum.DateTime | None:
    if isinstance(value, dt.datetime):
        return pendulum.instance(value)
    return _to_day(value)


def _day_number(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        raise ValidationError.single(
            "$.day", "range", f"expected a whole day number of at least 1, got {value!r}"
        )


def _optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        raise ValidationError.single(
            f"$.{attribute.name}", "type", f"expected a date or None, got {value!r}"
        )


@attrs.frozen(kw_only=True)
class DailyBrief:
    """One daily "List of key events" brief.

    Attributes:
        conflict: slug of the conflict (`russia-ukraine`).
        title: the title as printed.
        summary: the standfirst under the title, or `None`.
        day: the title's war day.
        date: the calendar date of `day` (inclusive count); derived when not given and
            checked when given.
        situation_date: the date the brief's date line states, or `None`.
        published: the publication date or datetime, or `None`.
        source_line: the trailing source line without `Source:`, or `None`.
        url: where the brief was published, or `None`.
        events: the events in published order.
    """

    conflict: str = "russia-ukraine"
    title: str = attrs.field(validator=_check_text("title"))
    summary: str | None = None
    day: int = attrs.field(validator=_day_number)
    date: Day = attrs.field(default=None, converter=_to_day)
    situation_date: Day | None = attrs.field(
        default=None, converter=_to_day, validator=_optional_date
    )
    published: Day | pendulum.DateTime | None = attrs.field(
        default=None, converter=_to_published, validator=_optional_date
    )
    source_line: str | None = None
    url: str | None = None
    events: tuple[Event, ...] = attrs.field(default=(), converter=_event_tuple)

    def __attrs_post_init__(self) -> None:
        if self.conflict not in CONFLICTS:
            names = ", ".join(sorted(CONFLICTS))
            raise ValidationError.single(
                "$.conflict",
                "conflict",
                f"expected a known conflict ({names}), got {self.conflict!r}",
            )
        try:
            expected = date_of(self.day, self.conflict)
        except DayError:
            last = last_day(self.conflict)
            raise ValidationError.single(
                "$.day", "calendar", f"expected a day number up to {last}, got {self.day}"
            ) from None
        if self.date is None:
            object.__setattr__(self, "date", expected)
        elif self.date != expected:
            raise ValidationError.single(
                "$.date",
                "date-day",
                f"expected {expected.isoformat()}, the date of day {self.day} of "
                f"{get_conflict(self.conflict).slug}, got {self.date}",
            )

    @property
    def sections(self) -> tuple[Section, ...]:
        """The events grouped into runs of one category, in published order."""
        return tuple(self._iter_sections())

    def _iter_sections(self) -> Iterator[Section]:
        run: list[Event] = []
        for event in self.events:
            if run and event.category != run[0].category:
                yield Section(category=run[0].category, events=tuple(run))
                run = []
            run.append(event)
        if run:
            yield Section(category=run[0].category, events=tuple(run))
