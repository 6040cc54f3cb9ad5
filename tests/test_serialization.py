"""The JSON contract: deterministic dumps, lossless round trips, strict loads."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pendulum
import pytest
from hypothesis import given

from conflictevents import (
    SCHEMA_VERSION,
    Attribution,
    Category,
    DailyBrief,
    Event,
    SourceKind,
    Theme,
    ValidationError,
    dumps,
    loads,
    to_dict,
)
from conflictevents.strategies import daily_briefs

TEXT = "Drones struck a depot in Bryansk, according to Russia’s Ministry of Defence."
PHRASE = "according to Russia’s Ministry of Defence"


def _brief() -> DailyBrief:
    start = TEXT.index(PHRASE)
    attribution = Attribution(
        source="Russian Ministry of Defence",
        kind=SourceKind.GOVERNMENT,
        country="RU",
        via=("TASS",),
        phrase=PHRASE,
        span=(start, start + len(PHRASE)),
    )
    fighting = Category.from_label("Fighting", Theme.FIGHTING)
    return DailyBrief(
        title="Russia-Ukraine war: List of key events, day 1,000",
        summary="These were the key developments on the 1,000th day of the war.",
        day=1000,
        situation_date=pendulum.date(2024, 11, 20),
        published=pendulum.datetime(2024, 11, 20, 6, 12, tz="UTC"),
        source_line="Al Jazeera and news agencies",
        events=(Event.create("russia-ukraine", 1000, TEXT, fighting, (attribution,)),),
    )


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(dumps(_brief()))
    return document


def test_dumps_writes_the_contract_in_order() -> None:
    document = _document()
    assert list(document) == [
        "schema_version",
        "conflict",
        "title",
        "summary",
        "day",
        "date",
        "situation_date",
        "published",
        "source_line",
        "url",
        "events",
    ]
    assert document["schema_version"] == SCHEMA_VERSION == 1
    assert document["date"] == "2024-11-19"
    assert document["situation_date"] == "2024-11-20"
    assert document["published"] == "2024-11-20T06:12:00+00:00"
    assert document["events"][0]["category"] == {
        "label": "Fighting",
        "slug": "fighting",
        "theme": "fighting",
    }
    assert document["events"][0]["attributions"][0]["span"] == [34, 75]
    assert "’" in dumps(_brief())  # typography is written as is, not escaped


def test_round_trip_keeps_types() -> None:
    brief = _brief()
    again = loads(dumps(brief))
    assert again == brief
    assert type(again.date) is pendulum.Date
    assert type(again.situation_date) is pendulum.Date
    assert type(again.published) is pendulum.DateTime
    assert type(again.events[0].attributions[0].kind) is SourceKind
    assert type(again.events[0].attributions[0].via) is tuple


def test_a_published_date_without_time_stays_a_date() -> None:
    document = _document()
    document["published"] = "2024-11-20"
    published = loads(json.dumps(document)).published
    assert type(published) is pendulum.Date


@given(daily_briefs())
def test_generated_briefs_round_trip_through_json(brief: DailyBrief) -> None:
    text = dumps(brief)
    again = loads(text)
    assert again == brief
    assert dumps(again) == text  # deterministic: same brief, same bytes
    assert type(again.date) is type(brief.date)
    assert type(again.published) is type(brief.published)


@given(daily_briefs())
def test_dumps_is_deterministic(brief: DailyBrief) -> None:
    assert dumps(brief) == dumps(copy.deepcopy(brief))
    assert json.loads(dumps(brief, indent=2)) == to_dict(brief)


def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(key: str) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        del document[key]

    return mutate


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_set(("events", 0, "text"), 123), "$.events[0].text: expected a string, got 123"),
        (_set(("day",), "5"), '$.day: expected an integer, got "5"'),
        (_set(("day",), 5.0), "$.day: expected an integer, got 5.0"),
        (_set(("day",), True), "$.day: expected an integer, got true"),
        (
            _set(("events", 0, "attributions", 0, "via"), "Kyiv"),
            '$.events[0].attributions[0].via: expected an array, got "Kyiv"',
        ),
        (_set(("events",), {}), "$.events: expected an array, got an object"),
        (_set(("date",), "2023-02-30"), "$.date: expected a real calendar date, got '2023-02-30'"),
        (
            _set(("date",), "19 Nov 2024"),
            "$.date: expected a date as YYYY-MM-DD, got '19 Nov 2024'",
        ),
        (
            _set(("situation_date",), 20241120),
            "$.situation_date: expected a date string (YYYY-MM-DD), got 20241120",
        ),
        (
            _set(("published",), "2024-11-20T06:12:00"),
            "$.published: expected an ISO 8601 datetime with an offset, got '2024-11-20T06:12:00'",
        ),
        (_set(("colour",), "red"), "$: unknown key 'colour'"),
        (
            _set(("events", 0, "category", "colour"), "red"),
            "$.events[0].category: unknown key 'colour'",
        ),
        (_delete("title"), "$: missing key 'title'"),
        (
            _set(("date",), "2024-11-20"),
            "$.date: expected 2024-11-19, the date of day 1000 of russia-ukraine, got 2024-11-20",
        ),
        (_set(("schema_version",), 2), "$.schema_version: expected schema version 1, got 2"),
        (_delete("schema_version"), "$: missing key 'schema_version'"),
        (
            _set(("events", 0, "category", "theme"), "war"),
            '$.events[0].category.theme: expected one of fighting, weapons, diplomacy, politics, economy, energy, humanitarian, security, other, got "war"',
        ),
        (
            _set(("events", 0, "attributions", 0, "kind"), None),
            "$.events[0].attributions[0].kind: expected one of official, government, media, organization, unnamed, other, got null",
        ),
        (
            _set(("events", 0, "attributions", 0, "span"), [34, 70]),
            "$.events[0].attributions[0].span: expected [start, end] with end - start == len(phrase) == 41, got [34, 70]",
        ),
        (
            _set(("events", 0, "attributions", 0, "span"), [0, 41]),
            "$.events[0].attributions[0].span: expected text[0:41] to equal the phrase 'according to Russia’s Ministry of Defence', got 'Drones struck a depot in Bryansk, accordi'",
        ),
        (
            _set(("events", 0, "attributions", 0, "span"), "33-74"),
            '$.events[0].attributions[0].span: expected [start, end], two non-negative integers, got "33-74"',
        ),
        (
            _set(("events", 0, "text"), " "),
            "$.events[0].text: expected a non-empty string, got ' '",
        ),
        (_set(("day",), 0), "$.day: expected a whole day number of at least 1, got 0"),
    ],
)
def test_loads_rejects_with_path_and_message(
    mutate: Callable[[dict[str, Any]], None], expected: str
) -> None:
    document = _document()
    mutate(document)
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    assert str(info.value) == expected
    assert len(info.value.issues) == 1


def test_loads_reports_every_problem_at_once() -> None:
    document = _document()
    document["day"] = "5"
    document["events"][0]["text"] = 123
    document["extra"] = 1
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    assert info.value.paths == ("$.day", "$.events[0].text", "$")
    assert [issue.code for issue in info.value.issues] == ["type", "type", "unknown-key"]
    assert str(info.value).startswith("3 problems:\n  $.day: expected an integer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[]", "$: expected an object, got an array"),
        ("not json", "$: expected valid JSON: Expecting value: line 1 column 1 (char 0)"),
        (b"\xff\xfe", "$: expected valid JSON"),
    ],
)
def test_loads_rejects_documents_that_are_not_briefs(text: str | bytes, expected: str) -> None:
    with pytest.raises(ValidationError) as info:
        loads(text)
    assert str(info.value).startswith(expected)


def test_loads_keeps_the_id_it_reads() -> None:
    document = _document()
    document["events"][0]["id"] = "my-own-id"
    assert loads(json.dumps(document)).events[0].id == "my-own-id"


def test_validation_error_is_picklable_and_a_value_error() -> None:
    import pickle

    with pytest.raises(ValueError, match="missing key") as info:
        loads('{"schema_version": 1}')
    again = pickle.loads(pickle.dumps(info.value))
    assert isinstance(again, ValidationError)
    assert again.issues == info.value.issues


def test_the_cattrs_converter_reads_what_to_dict_writes() -> None:
    from cattrs.errors import ClassValidationError

    from conflictevents.serialization import make_converter

    converter = make_converter()
    brief = _brief()
    assert converter.structure(to_dict(brief), DailyBrief) == brief
    assert converter.structure(converter.unstructure(brief), DailyBrief) == brief
    future = {**to_dict(brief), "schema_version": 2}
    with pytest.raises((ClassValidationError, ValueError), match="schema version"):
        converter.structure(future, DailyBrief)


@given(daily_briefs())
def test_the_cattrs_converter_round_trips_generated_briefs(brief: DailyBrief) -> None:
    from conflictevents.serialization import make_converter

    converter = make_converter()
    document = converter.unstructure(brief)
    assert json.loads(json.dumps(document)) == document  # plain JSON types only
    assert converter.structure(document, DailyBrief) == brief
