"""Hypothesis strategies that generate valid model objects, for property tests.

Every object these strategies draw passes the model's invariants *and* survives
`loads(dumps(x))` unchanged: attribution phrases really sit in the event text at their
span, `date` agrees with `day`, datetimes carry a whole-minute offset, country codes are
two capital letters. Use them to test code that consumes briefs:

```python
from hypothesis import given

from conflictevents import DailyBrief, dumps, loads
from conflictevents.strategies import daily_briefs


@given(daily_briefs())
def test_my_exporter_keeps_every_event(brief: DailyBrief) -> None:
    assert len(loads(dumps(brief)).events) == len(brief.events)
```

hypothesis is a test dependency only: this module imports it, and `import conflictevents`
does not import this module.

Added in 0.1.
"""

from __future__ import annotations

import datetime as dt

import pendulum
from hypothesis import strategies as st

from conflictevents.days import CONFLICTS, date_of, last_day
from conflictevents.model import (
    Attribution,
    Category,
    DailyBrief,
    Event,
    SourceKind,
    Theme,
    event_id,
    slugify,
)

__all__ = [
    "BUILT_IN_CONFLICTS",
    "attributions",
    "categories",
    "daily_briefs",
    "events",
    "texts",
    "war_days",
]

BUILT_IN_CONFLICTS: tuple[str, ...] = tuple(sorted(CONFLICTS))
"""The conflict slugs registered when this module was imported."""

# Brief text is mostly Latin with typography; the general alphabet adds the rest of
# Unicode (never lone surrogates, which UTF-8 cannot carry) so consumers meet it too.
_BRIEF_ALPHABET = st.one_of(
    st.sampled_from("abcdefghijklmnopqrstuvwxyz ABCKLMRUZ ,.0123456789’“”–—'\"-"),
    st.characters(codec="utf-8"),
)


def texts(*, min_size: int = 1, max_size: int = 80) -> st.SearchStrategy[str]:
    """Strings that hold at least one character that is not white space.

    The model requires that of ids, titles, event texts, sources and phrases.

    Args:
        min_size: the fewest characters.
        max_size: the most characters.
    """
    return st.text(_BRIEF_ALPHABET, min_size=min_size, max_size=max_size).filter(str.strip)


def war_days(
    conflict: str = "russia-ukraine", *, min_day: int = 1, max_day: int | None = None
) -> st.SearchStrategy[int]:
    """War day numbers that have a calendar date in `conflict`.

    Args:
        conflict: the conflict slug.
        min_day: the lowest day (at least 1).
        max_day: the highest day; `None` for the last day with a date (in year 9999).
    """
    highest = last_day(conflict) if max_day is None else min(max_day, last_day(conflict))
    return st.integers(min_value=max(1, min_day), max_value=highest)


@st.composite
def categories(draw: st.DrawFn) -> Category:
    """Categories: a labelled heading (slug derived from it) or an unlabelled section."""
    theme = draw(st.sampled_from(Theme))
    label = draw(st.none() | texts(max_size=30))
    if label is None:
        return Category.unlabelled(theme)
    # Most slugs are derived from the label, as the parser does; some are free-form, as
    # a hand-written document may hold.
    slug = draw(st.just(slugify(label)) | texts(max_size=20))
    return Category(label=label, slug=slug, theme=theme)


_COUNTRIES = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=2, max_size=2)


@st.composite
def attributions(draw: st.DrawFn, text: str | None = None) -> Attribution:
    """Attributions; with `text`, one whose phrase is `text[start:end]` at its span.

    Args:
        draw: supplied by hypothesis.
        text: the event text the attribution belongs to; it must hold a character that
            is not white space. Without it, the phrase stands alone at a random offset.
    """
    if text is None:
        phrase = draw(texts(max_size=40))
        start = draw(st.integers(0, 500))
    else:
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        if not text[start:end].strip():
            # Grow the span to the first character that is not white space.
            visible = next(i for i, char in enumerate(text) if not char.isspace())
            start, end = min(start, visible), max(end, visible + 1)
        phrase = text[start:end]
    return Attribution(
        source=draw(texts(max_size=30)),
        kind=draw(st.sampled_from(SourceKind)),
        country=draw(st.none() | _COUNTRIES),
        role=draw(st.none() | st.text(max_size=20)),
        via=draw(st.lists(texts(max_size=15), max_size=2).map(tuple)),
        phrase=phrase,
        span=(start, start + len(phrase)),
    )


@st.composite
def events(draw: st.DrawFn, conflict: str = "russia-ukraine", day: int | None = None) -> Event:
    """Events with an id computed by `event_id`, and attributions inside their text.

    Args:
        draw: supplied by hypothesis.
        conflict: the conflict slug the id is computed for.
        day: the war day the id is computed for; drawn when `None`.
    """
    if day is None:
        day = draw(war_days(conflict, max_day=5000))
    text = draw(texts(max_size=120))
    found = draw(st.lists(attributions(text), max_size=3))
    ordered = tuple(sorted(found, key=lambda attribution: attribution.span))
    return Event(
        id=event_id(conflict, day, text),
        category=draw(categories()),
        text=text,
        attributions=ordered,
    )


def _offsets() -> st.SearchStrategy[dt.tzinfo]:
    # Whole minutes within a day: what RFC 3339 can write (no seconds in an offset).
    return st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
        lambda minutes: pendulum.FixedTimezone(minutes * 60)
    )


@st.composite
def _published(draw: st.DrawFn, near: dt.date) -> pendulum.Date | pendulum.DateTime | None:
    choice = draw(st.sampled_from(("none", "date", "datetime")))
    if choice == "none":
        return None
    shift = draw(st.integers(-2, 2))
    day = near + dt.timedelta(days=shift) if dt.date(2, 1, 1) < near < dt.date(9998, 1, 1) else near
    if choice == "date":
        return pendulum.date(day.year, day.month, day.day)
    return pendulum.datetime(
        day.year,
        day.month,
        day.day,
        draw(st.integers(0, 23)),
        draw(st.integers(0, 59)),
        draw(st.integers(0, 59)),
        draw(st.sampled_from((0, 0, 500_000, 123_456))),
        tz=draw(_offsets()),
    )


def _next_day(date: pendulum.Date) -> pendulum.Date:
    # Lag 1, the usual case since day 1,000; the last calendar date has no next day.
    return date if date == dt.date.max else date.add(days=1)


@st.composite
def daily_briefs(
    draw: st.DrawFn,
    conflict: str | None = None,
    *,
    max_events: int = 4,
    max_day: int | None = 5000,
) -> DailyBrief:
    """Valid briefs: `date` agrees with `day`, every event and attribution is valid.

    Args:
        draw: supplied by hypothesis.
        conflict: the conflict slug; drawn from the built-in conflicts when `None`.
        max_events: the most events per brief.
        max_day: the highest war day; `None` for the last day with a calendar date.
    """
    slug = draw(st.sampled_from(BUILT_IN_CONFLICTS)) if conflict is None else conflict
    day = draw(war_days(slug, max_day=max_day))
    date = date_of(day, slug)
    optional_text = st.none() | texts(max_size=60)
    return DailyBrief(
        conflict=slug,
        title=draw(texts(max_size=60)),
        summary=draw(optional_text),
        day=day,
        date=date,
        situation_date=draw(st.none() | st.just(date) | st.just(_next_day(date))),
        published=draw(_published(date)),
        source_line=draw(optional_text),
        url=draw(st.none() | st.just(f"https://example.invalid/{slug}/{day}")),
        events=tuple(draw(st.lists(events(slug, day), max_size=max_events))),
    )
