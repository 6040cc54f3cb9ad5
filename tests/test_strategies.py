"""The public strategies generate valid objects that survive the JSON contract."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from conflictevents import (
    Attribution,
    Category,
    DailyBrief,
    Event,
    date_of,
    dumps,
    loads,
    to_dict,
    validate,
)
from conflictevents.days import last_day
from conflictevents.strategies import (
    BUILT_IN_CONFLICTS,
    attributions,
    categories,
    daily_briefs,
    events,
    texts,
    war_days,
)


@given(daily_briefs())
def test_briefs_are_valid_documents(brief: DailyBrief) -> None:
    assert validate(to_dict(brief)) == []
    assert loads(dumps(brief)) == brief
    assert brief.date == date_of(brief.day, brief.conflict)
    assert brief.conflict in BUILT_IN_CONFLICTS


@given(daily_briefs(conflict="israel-gaza", max_events=1, max_day=None))
def test_briefs_honour_their_arguments(brief: DailyBrief) -> None:
    assert brief.conflict == "israel-gaza"
    assert len(brief.events) <= 1
    assert 1 <= brief.day <= last_day("israel-gaza")


@given(events())
def test_attributions_sit_in_the_event_text(event: Event) -> None:
    for attribution in event.attributions:
        start, end = attribution.span
        assert event.text[start:end] == attribution.phrase
    spans = [attribution.span for attribution in event.attributions]
    assert spans == sorted(spans)


@given(st.data(), texts())
def test_attributions_for_a_text_fit_it(data: st.DataObject, text: str) -> None:
    attribution = data.draw(attributions(text))
    assert isinstance(attribution, Attribution)
    start, end = attribution.span
    assert text[start:end] == attribution.phrase
    assert attribution.phrase.strip()


@given(categories())
def test_categories(category: Category) -> None:
    assert category.slug.strip()
    if category.label is None:
        assert category.slug == "unlabelled"


@given(war_days("russia-ukraine", min_day=900, max_day=1100))
def test_war_days_stay_in_range(day: int) -> None:
    assert 900 <= day <= 1100


def test_importing_the_package_does_not_import_hypothesis() -> None:
    code = "import sys, conflictevents; sys.exit('hypothesis' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
