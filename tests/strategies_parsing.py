"""Hypothesis strategies for the parser's properties: briefs that `render` can write.

A generated brief has what a parsed brief has: a title the parser reads as one, texts
that do not read as furniture, sections without a heading only at the start, categories
from `categorise` and attributions from the extractor (run in order with one context,
as the parser does).
"""

from __future__ import annotations

import pendulum
from hypothesis import strategies as st

from conflictevents import DailyBrief, Event, categorise, date_of
from conflictevents.attribution import AttributionContext, extract_attributions
from conflictevents.days import last_day
from conflictevents.parsing import furniture

CONFLICT_TITLES = {
    "russia-ukraine": (
        "Russia-Ukraine war: List of key events, day {n}",
        "Russia’s invasion of Ukraine: List of key events from day {n}",
        "Russia-Ukraine war: List of key events on day {n}",
        "Russia-Ukraine war: List of key events – day {n}",
    ),
    "israel-gaza": (
        "Israel’s war on Gaza: List of key events, day {n}",
        "Israel-Hamas war: List of key events, day {n}",
    ),
    "israel-iran": ("Israel-Iran conflict: List of key events, day {n}",),
}

KNOWN_LABELS = (
    "Fighting",
    "Politics and diplomacy",
    "Diplomacy",
    "Weapons",
    "Regional security",
    "Economy",
    "Human impact",
    "Politics & Diplomacy",
    "Fighting and weapons",
    "Where are Ukrainian fleeing to?",
    "Russians not thinking of nuclear war: Lavrov",
    "Kursk incursion",
)

_WORDS = [
    "troops",
    "drones",
    "shelling",
    "city",
    "region",
    "officials",
    "minister",
    "talks",
    "aid",
    "grain",
    "power",
    "plant",
    "port",
    "border",
    "villages",
    "missiles",
    "attack",
    "strike",
    "convoy",
    "energy",
    "grid",
    "bridge",
    "train",
    "refugees",
    "hospital",
    "school",
    "night",
    "morning",
    "forces",
    "governor",
    "mayor",
    "army",
    "navy",
    "pilots",
]
_CAPITALISED = ["Kyiv", "Moscow", "Kharkiv", "Odesa", "Brussels", "Ankara", "Warsaw", "Berlin"]
_EXTRAS = ("1,000", "$275m", "44", "“heavy”", "front-line", "S-300", "it’s", "–", "(ISW)")


def _acceptable(text: str) -> bool:
    """Texts the parser would read as something other than an event are left out."""
    return (
        furniture.clutter_reason(text) is None
        and furniture.match_title(text) is None
        and furniture.match_date_line(text) is None
        and furniture.match_published(text) is None
        and furniture.match_source_line(text) is None
        and not furniture.is_caption(text)
        and not furniture.is_latest_updates(text)
    )


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 3, max_words: int = 30) -> str:
    """A sentence in the style of an event: capitalised, words, typography, a full stop."""
    first = draw(st.sampled_from(_CAPITALISED))
    words = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_WORDS), st.sampled_from(_CAPITALISED), st.sampled_from(_EXTRAS)
            ),
            min_size=min_words,
            max_size=max_words,
        )
    )
    return " ".join([first, *words]) + draw(st.sampled_from((".", ".", "!", ".”")))


event_texts = sentences().filter(_acceptable)


@st.composite
def labels(draw: st.DrawFn) -> str:
    """A heading: a known one, or a short title-case phrase."""
    if draw(st.booleans()):
        return draw(st.sampled_from(KNOWN_LABELS))
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
    label = " ".join(words).capitalize()
    return label if _acceptable(label) else "Fighting"


@st.composite
def briefs(draw: st.DrawFn) -> DailyBrief:
    """A brief that `render` writes and `parse_brief` reads back to an equal brief."""
    conflict = draw(st.sampled_from(sorted(CONFLICT_TITLES)))
    day = draw(st.integers(min_value=1, max_value=min(3000, last_day(conflict))))
    template = draw(st.sampled_from(CONFLICT_TITLES[conflict]))
    title = template.format(n=f"{day:,}")
    summary = draw(st.none() | event_texts)
    date = date_of(day, conflict)
    situation = draw(
        st.none() | st.integers(min_value=-1, max_value=2).map(lambda lag: date.add(days=lag))
    )
    published: pendulum.Date | pendulum.DateTime | None = draw(
        st.none()
        | st.just(date)
        | st.times().map(
            lambda t: pendulum.datetime(
                date.year, date.month, date.day, t.hour, t.minute, t.second, tz="UTC"
            )
        )
    )
    if situation is not None and situation < get_start(conflict):
        situation = None
    source_line = draw(
        st.none() | st.sampled_from(("Al Jazeera and news agencies", "News Agencies"))
    )
    url = draw(st.none() | st.integers(1, 10**6).map(lambda n: f"https://example.invalid/news/{n}"))
    unlabelled_first = draw(st.booleans())
    section_labels: list[str | None] = [None] if unlabelled_first else []
    section_labels += draw(st.lists(labels(), min_size=0 if unlabelled_first else 1, max_size=4))
    context = AttributionContext()
    events = []
    for label in section_labels:
        category = categorise(label)
        for text in draw(st.lists(event_texts, min_size=1, max_size=3)):
            attributions = extract_attributions(text, context=context)
            events.append(Event.create(conflict, day, text, category, attributions))
    return DailyBrief(
        conflict=conflict,
        title=title,
        summary=summary,
        day=day,
        situation_date=situation,
        published=published,
        source_line=source_line,
        url=url,
        events=tuple(events),
    )


def get_start(conflict: str) -> pendulum.Date:
    """Day 1 of a conflict."""
    return date_of(1, conflict)
