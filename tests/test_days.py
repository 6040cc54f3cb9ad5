"""War-day arithmetic: conversions, laws, time zones and day phrases."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictevents import (
    CONFLICTS,
    Conflict,
    DayError,
    date_of,
    day_of,
    days,
    format_day,
    get_conflict,
    lag,
    parse_day_phrase,
    register_conflict,
    weekday_matches,
)
from conflictevents.days import last_day, parse_iso_date, parse_iso_datetime

LAST_RU_DAY = last_day()
ru_days = st.integers(min_value=1, max_value=LAST_RU_DAY)
ru_dates = st.dates(min_value=dt.date(2022, 2, 24))
conflicts = st.sampled_from(sorted(CONFLICTS))


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("2022-02-24", 1),
        ("2022-02-28", 5),
        ("2022-05-30", 96),
        ("2024-03-01", 737),
        ("2024-11-19", 1000),
        ("2024-11-20", 1001),
        ("2026-01-16", 1423),
    ],
)
def test_known_days_of_the_russia_ukraine_war(date: str, day: int) -> None:
    assert day_of(date) == day
    assert date_of(day).isoformat() == date


@pytest.mark.parametrize(
    ("conflict", "date", "day"),
    [
        ("israel-gaza", "2023-10-07", 1),
        ("israel-gaza", "2023-11-13", 38),
        ("israel-gaza", "2024-03-24", 170),
        ("israel-iran", "2025-06-23", 11),
    ],
)
def test_other_conflicts_count_from_their_own_start(conflict: str, date: str, day: int) -> None:
    assert day_of(date, conflict) == day
    assert date_of(day, conflict=conflict).isoformat() == date


@given(ru_days, conflicts)
def test_day_of_date_of_is_identity(day: int, conflict: str) -> None:
    if day <= last_day(conflict):
        assert day_of(date_of(day, conflict), conflict) == day


@given(ru_dates)
def test_date_of_day_of_is_identity(date: dt.date) -> None:
    assert date_of(day_of(date)) == date


@given(ru_dates, ru_dates)
def test_day_of_is_monotonic_and_counts_calendar_days(a: dt.date, b: dt.date) -> None:
    assert (day_of(a) < day_of(b)) == (a < b)
    assert day_of(b) - day_of(a) == (b - a).days


@given(ru_days, st.integers(min_value=-5000, max_value=5000))
def test_shifting_a_day_shifts_its_date(day: int, shift: int) -> None:
    if 1 <= day + shift <= LAST_RU_DAY:
        assert date_of(day + shift) == date_of(day).add(days=shift)


def test_datetimes_count_in_kyiv_not_utc() -> None:
    assert day_of("2024-11-18T22:30:00Z") == 1000  # 00:30 on the 19th in Kyiv
    assert day_of("2024-11-18T21:30:00Z") == 999  # 23:30 on the 18th in Kyiv
    assert day_of(dt.datetime(2024, 11, 18, 22, 30, tzinfo=dt.UTC)) == 1000


def test_naive_datetimes_are_read_in_the_conflicts_zone() -> None:
    assert day_of(dt.datetime(2024, 11, 19, 0, 5)) == 1000
    assert day_of("2024-11-19T00:05") == 1000


@pytest.mark.parametrize(
    ("utc_before", "utc_after", "local_date"),
    [
        # Kyiv is UTC+2 in winter and UTC+3 in summer; midnight moves with it.
        ("2024-01-15T21:59:59Z", "2024-01-15T22:00:00Z", "2024-01-16"),
        ("2024-07-15T20:59:59Z", "2024-07-15T21:00:00Z", "2024-07-16"),
        # The nights the clocks change: 31 Mar 2024 (02:00 UTC+2 → 04:00 UTC+3) and
        # 27 Oct 2024 (04:00 UTC+3 → 03:00 UTC+2).
        ("2024-03-30T21:59:59Z", "2024-03-30T22:00:00Z", "2024-03-31"),
        ("2024-03-31T20:59:59Z", "2024-03-31T21:00:00Z", "2024-04-01"),
        ("2024-10-26T20:59:59Z", "2024-10-26T21:00:00Z", "2024-10-27"),
        ("2024-10-27T21:59:59Z", "2024-10-27T22:00:00Z", "2024-10-28"),
    ],
)
def test_midnight_in_kyiv_including_daylight_saving_changes(
    utc_before: str, utc_after: str, local_date: str
) -> None:
    assert day_of(utc_after) == day_of(local_date)
    assert day_of(utc_before) == day_of(local_date) - 1


@given(st.datetimes(min_value=dt.datetime(2022, 3, 1), timezones=st.just(dt.UTC)))
def test_an_aware_datetime_falls_on_its_kyiv_date(moment: dt.datetime) -> None:
    kyiv = pendulum.instance(moment).in_timezone("Europe/Kyiv")
    assert day_of(moment) == day_of(dt.date(kyiv.year, kyiv.month, kyiv.day))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "2022-02-23",
            "Expected a date on or after 2022-02-24 (day 1 of the Russia-Ukraine war), got 2022-02-23",
        ),
        ("2023-02-30", "Expected a real calendar date, got '2023-02-30'"),
        ("24/02/2022", "Expected an ISO 8601 date or datetime, got '24/02/2022'"),
        ("", "Expected an ISO 8601 date or datetime, got ''"),
    ],
)
def test_bad_dates_raise_clear_errors(value: str, message: str) -> None:
    with pytest.raises(DayError) as info:
        day_of(value)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (0, "Expected a day number of at least 1, got 0"),
        (-3, "Expected a day number of at least 1, got -3"),
        (True, "Expected a whole day number, got True"),
        (2.0, "Expected a whole day number, got 2.0"),
    ],
)
def test_bad_day_numbers_raise_clear_errors(day: int, message: str) -> None:
    with pytest.raises(DayError) as info:
        date_of(day)
    assert str(info.value) == message


def test_day_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="day number"):
        date_of(0)


def test_unknown_conflict_is_named_in_the_error() -> None:
    with pytest.raises(DayError, match=r"Expected a known conflict .*got 'mars'"):
        day_of("2024-01-01", "mars")


def test_registering_a_conflict_makes_its_slug_usable() -> None:
    example = Conflict(
        slug="example-war", name="Example war", start=pendulum.date(2020, 1, 1), timezone="UTC"
    )
    try:
        register_conflict(example)
        assert get_conflict("example-war") is example
        assert "example-war" in CONFLICTS
        assert day_of("2020-01-10", "example-war") == 10
        clash = Conflict(
            slug="example-war", name="Other", start=pendulum.date(2021, 1, 1), timezone="UTC"
        )
        with pytest.raises(ValueError, match="already registered"):
            register_conflict(clash)
    finally:
        days._REGISTRY.pop("example-war", None)  # leave the registry as other tests expect it


@pytest.mark.parametrize(
    ("stated", "day", "expected"),
    [
        ("2022-05-30", 96, 0),
        ("2024-11-20", 1000, 1),
        ("2024-11-18", 997, 2),
        ("2023-07-03", 496, -1),
    ],
)
def test_lag_is_stated_day_minus_title_day(stated: str, day: int, expected: int) -> None:
    assert lag(stated, day) == expected


def test_weekday_checks_catch_the_real_mistakes() -> None:
    assert weekday_matches("2024-11-20", "Wednesday")
    assert weekday_matches("2024-11-20", "wed")
    assert not weekday_matches("2022-05-02", "Sunday")  # day 68 said Sunday; it was a Monday
    assert not weekday_matches("2026-01-04", "Saturday")  # day 1,410's slip
    with pytest.raises(DayError, match="Expected a weekday name, got 'Caturday'"):
        weekday_matches("2024-11-20", "Caturday")


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Russia-Ukraine war: List of key events, day 1,000", 1000),
        ("Russia’s invasion of Ukraine: List of key events from Day 5", 5),
        ("Russia’s invasion of Ukraine: List of key events from day eight", 8),
        ("List of key events from day seven", 7),
        ("Russia-Ukraine war: List of key events on day 50", 50),
        ("Russia-Ukraine war: List of key events – day 1,066", 1066),
        ("Russia-Ukraine war: List of key events, days 1,118", 1118),
        ("As the war enters its 96th day, we take a look at the main developments.", 96),
        ("As the Russian offensive enters its fifth day, we take a look", 5),
        ("These were the key developments on the 1,000th day of the Russia-Ukraine war.", 1000),
        ("Here are the key developments on the 1,041st day of the invasion", 1041),
        ("the 1,033rd day", 1033),
        ("These are the key developments from day 1,459 of Russia’s war on Ukraine.", 1459),
        ("As the Russia-Ukraine war enters its twenty-first day", 21),
    ],
)
def test_day_phrases_of_every_era(phrase: str, day: int) -> None:
    assert parse_day_phrase(phrase) == day


@pytest.mark.parametrize(
    "phrase",
    ["Israel-Iran conflict: List of key events, June 16, 2025", "no number here", "day zero"],
)
def test_phrases_without_a_day(phrase: str) -> None:
    assert parse_day_phrase(phrase) is None


@given(ru_days)
def test_formatted_days_parse_back(day: int) -> None:
    assert parse_day_phrase(format_day(day)) == day
    assert parse_day_phrase(f"the {format_day(day, 'ordinal')} day") == day


@pytest.mark.parametrize(
    ("day", "ordinal"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (11, "11th"),
        (112, "112th"),
        (1041, "1,041st"),
        (1033, "1,033rd"),
    ],
)
def test_ordinals(day: int, ordinal: str) -> None:
    assert format_day(day, "ordinal") == ordinal


def test_format_day_rejects_bad_input() -> None:
    with pytest.raises(DayError):
        format_day(0)
    with pytest.raises(ValueError, match="Expected style"):
        format_day(5, "roman")


def test_iso_parsers_are_strict() -> None:
    assert parse_iso_date("2024-02-29").isoformat() == "2024-02-29"
    with pytest.raises(DayError):
        parse_iso_date("2024-2-29")
    with pytest.raises(DayError):
        parse_iso_date("２０２４-02-29")  # full-width digits are digits to \d, not to JSON readers
    with pytest.raises(DayError, match="with an offset"):
        parse_iso_datetime("2024-11-20T06:12:00")
    assert (
        parse_iso_datetime("2024-11-20T06:12:00+02:00").isoformat() == "2024-11-20T06:12:00+02:00"
    )


@pytest.mark.parametrize(
    "start", ["2023-04-15", dt.date(2023, 4, 15), dt.datetime(2023, 4, 15, 9, 0)]
)
def test_a_custom_conflict_accepts_any_form_of_start_date(start: object) -> None:
    sudan = Conflict(slug="sudan", name="Sudan war", start=start, timezone="Africa/Khartoum")  # type: ignore[arg-type]
    assert sudan.start == pendulum.date(2023, 4, 15)
    assert day_of("2023-04-24", conflict=sudan) == 10
    assert date_of(100, conflict=sudan).isoformat() == "2023-07-23"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"timezone": "Mars/Olympus"},
            "Expected an IANA time zone such as 'Europe/Kyiv', got 'Mars/Olympus'",
        ),
        ({"start": "15/04/2023"}, "Expected a date as YYYY-MM-DD, got '15/04/2023'"),
        ({"start": 2023}, "Expected a start date, got 2023"),
        (
            {"slug": "Sudan War"},
            "Expected a conflict slug such as 'russia-ukraine', got 'Sudan War'",
        ),
    ],
)
def test_a_bad_custom_conflict_is_refused_when_built(
    fields: dict[str, object], message: str
) -> None:
    values: dict[str, object] = {
        "slug": "sudan",
        "name": "Sudan war",
        "start": "2023-04-15",
        "timezone": "Africa/Khartoum",
    }
    with pytest.raises(DayError) as info:
        Conflict(**{**values, **fields})  # type: ignore[arg-type]
    assert str(info.value) == message
