"""The model's invariants, ids and views."""

from __future__ import annotations

import datetime as dt

import attrs
import pendulum
import pytest

from conflictevents import (
    Attribution,
    Category,
    DailyBrief,
    Event,
    SourceKind,
    Theme,
    ValidationError,
    event_id,
)
from conflictevents.model import normalise_text, slugify

FIGHTING = Category.from_label("Fighting", Theme.FIGHTING)
DIPLOMACY = Category.from_label("Diplomacy", Theme.DIPLOMACY)
TEXT = "Drones struck a depot in Bryansk, according to Russia’s Ministry of Defence."
PHRASE = "according to Russia’s Ministry of Defence"


def _attribution(phrase: str = PHRASE, start: int | None = None) -> Attribution:
    start = TEXT.index(phrase) if start is None else start
    return Attribution(
        source="Russian Ministry of Defence",
        kind=SourceKind.GOVERNMENT,
        country="RU",
        phrase=phrase,
        span=(start, start + len(phrase)),
    )


def _event(text: str = TEXT, category: Category = FIGHTING, day: int = 1000) -> Event:
    return Event.create("russia-ukraine", day, text, category)


def test_classes_are_frozen_and_slotted() -> None:
    brief = DailyBrief(title="Key events, day 1,000", day=1000)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        brief.day = 5  # type: ignore[misc]
    for cls in (DailyBrief, Event, Category, Attribution):
        assert "__slots__" in cls.__dict__


def test_date_is_derived_from_the_day_and_checked_when_given() -> None:
    assert DailyBrief(title="t", day=1000).date == pendulum.date(2024, 11, 19)
    assert DailyBrief(title="t", day=1000, date=dt.date(2024, 11, 19)).date == pendulum.date(
        2024, 11, 19
    )
    with pytest.raises(ValidationError) as info:
        DailyBrief(title="t", day=1000, date=dt.date(2024, 11, 20))
    assert str(info.value) == (
        "$.date: expected 2024-11-19, the date of day 1000 of russia-ukraine, got 2024-11-20"
    )


def test_other_conflicts_date_their_days_from_their_start() -> None:
    assert DailyBrief(conflict="israel-gaza", title="t", day=38).date == pendulum.date(2023, 11, 13)


@pytest.mark.parametrize("day", [0, -1, True])
def test_day_must_be_at_least_one(day: int) -> None:
    with pytest.raises(
        ValidationError, match=r"\$\.day: expected a whole day number of at least 1"
    ):
        DailyBrief(title="t", day=day)


def test_unknown_conflict_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        DailyBrief(conflict="atlantis", title="t", day=3)
    assert str(info.value) == (
        "$.conflict: expected a known conflict (israel-gaza, israel-iran, russia-ukraine), "
        "got 'atlantis'"
    )


def test_a_day_past_the_calendar_is_reported_at_day() -> None:
    with pytest.raises(ValidationError) as info:
        DailyBrief(title="t", day=10**7)
    assert info.value.issues[0].path == "$.day"
    assert info.value.issues[0].code == "calendar"


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_event_text_must_not_be_empty(text: str) -> None:
    with pytest.raises(ValidationError, match=r"\$\.text: expected a non-empty string"):
        Event(id="x", category=FIGHTING, text=text)


def test_attribution_span_must_match_its_phrase_in_the_text() -> None:
    good = _attribution()
    event = Event(id="x", category=FIGHTING, text=TEXT, attributions=(good,))
    start, end = event.attributions[0].span
    assert event.text[start:end] == PHRASE
    shifted = _attribution(start=TEXT.index(PHRASE) - 1)
    with pytest.raises(ValidationError) as info:
        Event(id="x", category=FIGHTING, text=TEXT, attributions=(good, shifted))
    assert info.value.paths == ("$.attributions[1].span",)
    assert "expected text[33:74] to equal the phrase" in str(info.value)


def test_attribution_span_must_be_as_long_as_its_phrase() -> None:
    with pytest.raises(ValidationError, match="end - start == len"):
        Attribution(source="s", kind=SourceKind.MEDIA, phrase="abc", span=(0, 5))


def test_attribution_beyond_the_text_is_rejected() -> None:
    far = Attribution(source="s", kind=SourceKind.MEDIA, phrase="abc", span=(500, 503))
    with pytest.raises(ValidationError, match=r"\$\.attributions\[0\]\.span"):
        Event(id="x", category=FIGHTING, text=TEXT, attributions=(far,))


@pytest.mark.parametrize("country", ["RUS", "A1", "ru", "ＲＵ"])
def test_country_must_be_an_alpha_2_code(country: str) -> None:
    with pytest.raises(ValidationError, match="ISO 3166 alpha-2"):
        Attribution(source="s", kind=SourceKind.MEDIA, country=country, phrase="a", span=(0, 1))


def test_vocabularies_are_closed() -> None:
    with pytest.raises(ValueError, match="is not a valid Theme"):
        Category(label="x", slug="x", theme="war")  # type: ignore[arg-type]
    assert {t.value for t in Theme} == {
        "fighting",
        "weapons",
        "diplomacy",
        "politics",
        "economy",
        "energy",
        "humanitarian",
        "security",
        "other",
    }
    assert {k.value for k in SourceKind} == {
        "official",
        "government",
        "media",
        "organization",
        "unnamed",
        "other",
    }


def test_sections_group_consecutive_events_in_published_order() -> None:
    events = (_event("a."), _event("b."), _event("c.", DIPLOMACY), _event("d."))
    brief = DailyBrief(title="t", day=1000, events=events)
    assert [(s.category.label, [e.text for e in s.events]) for s in brief.sections] == [
        ("Fighting", ["a.", "b."]),
        ("Diplomacy", ["c."]),
        ("Fighting", ["d."]),
    ]
    assert DailyBrief(title="t", day=1000).sections == ()


def test_unlabelled_category() -> None:
    category = Category.unlabelled()
    assert (category.label, category.slug, category.theme) == (None, "unlabelled", Theme.OTHER)


@pytest.mark.parametrize(
    ("label", "slug"),
    [
        ("Fighting and weapons", "fighting-and-weapons"),
        ("Politics & Diplomacy", "politics-diplomacy"),
        ("Where are Ukrainian fleeing to?", "where-are-ukrainian-fleeing-to"),
        ("Zaporizhzhia nuclear plant", "zaporizhzhia-nuclear-plant"),
        ("New Year’s statements", "new-years-statements"),
        ("???", "section"),
    ],
)
def test_slugs(label: str, slug: str) -> None:
    assert slugify(label) == slug


def test_event_ids_are_stable_across_typography_and_white_space() -> None:
    # A fixed value: the recipe must give the same id on every machine and Python.
    assert event_id("russia-ukraine", 1000, "Air raid sirens sounded in Kyiv.") == (
        "russia-ukraine:1000:45597f5d265a433c"
    )
    curly = event_id("russia-ukraine", 5, "Kyiv’s “mayor”  spoke\u00a0today.")
    straight = event_id("russia-ukraine", 5, 'Kyiv\'s "mayor" spoke today.')
    assert curly == straight
    assert event_id("russia-ukraine", 6, 'Kyiv\'s "mayor" spoke today.') != straight
    assert event_id("israel-gaza", 5, 'Kyiv\'s "mayor" spoke today.') != straight


def test_normalise_text() -> None:
    assert normalise_text("  Kyiv’s\tMAYOR – said\n") == "kyiv's mayor - said"
