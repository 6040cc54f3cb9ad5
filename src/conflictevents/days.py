"""War-day arithmetic: which day of a conflict a date is, and back.

Day 1 is the conflict's start date in the conflict's own time zone; the count is
inclusive, so for Russia-Ukraine (24 Feb 2022, Europe/Kyiv) day 1,000 is 19 Nov 2024.
A datetime is first moved into the conflict's zone, so `2024-11-18T22:30Z` (00:30 in
Kyiv on the 19th) is day 1,000 while `2024-11-18T21:30Z` is still day 999.

This is the only module that calls pendulum directly.

Examples:
    >>> from conflictevents import day_of, date_of
    >>> day_of("2024-11-19")
    1000
    >>> str(date_of(1000))
    '2024-11-19'
    >>> day_of("2024-11-18T22:30:00Z")
    1000

Added in 0.1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TypeAlias

import attrs
import pendulum

from conflictevents.errors import DayError

__all__ = [
    "CONFLICTS",
    "DEFAULT_CONFLICT",
    "Conflict",
    "Day",
    "DayLike",
    "as_day",
    "date_of",
    "day_of",
    "format_day",
    "get_conflict",
    "lag",
    "last_day",
    "parse_day_phrase",
    "parse_iso_date",
    "parse_iso_datetime",
    "register_conflict",
    "weekday_matches",
]

Day: TypeAlias = pendulum.Date
"""A calendar date, as the model stores it (a `pendulum.Date`)."""

DayLike: TypeAlias = dt.date | dt.datetime | str
"""What the conversions accept: a date, a datetime, or an ISO 8601 string of either."""


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)


def _start_date(value: object) -> Day:
    """Accept a date, a datetime's date or `YYYY-MM-DD` for `Conflict.start`."""
    if isinstance(value, str):
        return parse_iso_date(value)
    if isinstance(value, dt.date):  # a datetime is a date too: its calendar date is used
        return pendulum.date(value.year, value.month, value.day)
    raise DayError(f"Expected a start date, got {value!r}")


@attrs.frozen(kw_only=True)
class Conflict:
    """A war whose days are counted: day 1 is `start` in `timezone`.

    Attributes:
        slug: the identifier written into JSON (`russia-ukraine`).
        name: a human name (`Russia-Ukraine war`).
        start: the calendar date of day 1.
        timezone: the IANA zone in which a datetime becomes a day (`Europe/Kyiv`).
    """

    slug: str = attrs.field()
    name: str
    start: Day = attrs.field(converter=_start_date)
    timezone: str = attrs.field()

    @slug.validator
    def _check_slug(self, attribute: attrs.Attribute[str], value: str) -> None:
        if type(value) is not str or _SLUG.fullmatch(value) is None:
            raise DayError(f"Expected a conflict slug such as 'russia-ukraine', got {value!r}")

    @timezone.validator
    def _check_timezone(self, attribute: attrs.Attribute[str], value: str) -> None:
        try:
            if type(value) is not str:
                raise ValueError(value)
            pendulum.timezone(value)
        except ValueError:  # pendulum's InvalidTimezone is a ValueError
            raise DayError(
                f"Expected an IANA time zone such as 'Europe/Kyiv', got {value!r}"
            ) from None

    def __str__(self) -> str:
        return self.slug


def _conflict(slug: str, name: str, start: tuple[int, int, int], timezone: str) -> Conflict:
    return Conflict(slug=slug, name=name, start=pendulum.date(*start), timezone=timezone)


_REGISTRY: dict[str, Conflict] = {
    c.slug: c
    for c in (
        _conflict("russia-ukraine", "Russia-Ukraine war", (2022, 2, 24), "Europe/Kyiv"),
        _conflict("israel-gaza", "Israel-Gaza war", (2023, 10, 7), "Asia/Jerusalem"),
        _conflict("israel-iran", "Israel-Iran conflict", (2025, 6, 13), "Asia/Tehran"),
    )
}

CONFLICTS: Mapping[str, Conflict] = _REGISTRY
"""Every registered conflict by slug (a live, read-only view)."""

DEFAULT_CONFLICT: Conflict = _REGISTRY["russia-ukraine"]
"""Russia-Ukraine: day 1 is 24 Feb 2022 in Europe/Kyiv."""


def register_conflict(conflict: Conflict) -> Conflict:
    """Add a conflict to the registry so that its slug can be used everywhere.

    Raises:
        ValueError: when another conflict already has that slug.
    """
    known = _REGISTRY.get(conflict.slug)
    if known is not None and known != conflict:
        raise ValueError(f"Expected a new slug, {conflict.slug!r} is already registered")
    _REGISTRY[conflict.slug] = conflict
    return conflict


def get_conflict(conflict: Conflict | str | None = None) -> Conflict:
    """Return the conflict named by a slug, the conflict itself, or the default for `None`.

    Raises:
        DayError: for an unknown slug.
    """
    if conflict is None:
        return DEFAULT_CONFLICT
    if isinstance(conflict, Conflict):
        return conflict
    try:
        return _REGISTRY[conflict]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise DayError(f"Expected a known conflict ({known}), got {conflict!r}") from None


# re.ASCII: \d would otherwise accept any Unicode digit ("２０２４"), which JSON Schema's
# date format and every other reader of our JSON refuse.
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?"
    r"(Z|[+-]\d{2}:?\d{2})?",
    re.ASCII,
)


def _date(year: int, month: int, day: int, text: str) -> Day:
    try:
        return pendulum.date(year, month, day)
    except ValueError:
        raise DayError(f"Expected a real calendar date, got {text!r}") from None


def parse_iso_date(text: str) -> Day:
    """Parse exactly `YYYY-MM-DD`.

    Raises:
        DayError: for anything else, or an impossible date such as `2023-02-30`.
    """
    match = _ISO_DATE.fullmatch(text)
    if match is None:
        raise DayError(f"Expected a date as YYYY-MM-DD, got {text!r}")
    return _date(int(match[1]), int(match[2]), int(match[3]), text)


def parse_iso_datetime(text: str, *, default_timezone: str | None = None) -> pendulum.DateTime:
    """Parse an ISO 8601 datetime such as `2024-11-20T06:12:00+00:00` or `…Z`.

    Args:
        text: the string.
        default_timezone: the zone of a datetime written without `Z` or `±HH:MM`; when
            `None` (as for the JSON contract), such a datetime is rejected.

    Raises:
        DayError: for anything else.
    """
    match = _ISO_DATETIME.fullmatch(text)
    if match is None or (default_timezone is None and match[8] is None):
        wanted = "date or datetime" if default_timezone else "datetime with an offset"
        raise DayError(f"Expected an ISO 8601 {wanted}, got {text!r}")
    _date(int(match[1]), int(match[2]), int(match[3]), text)
    try:
        parsed = pendulum.parse(text.replace(" ", "T", 1), exact=True, tz=default_timezone)
    except (ValueError, pendulum.parsing.exceptions.ParserError):
        raise DayError(f"Expected a real ISO 8601 datetime, got {text!r}") from None
    if not isinstance(parsed, pendulum.DateTime):  # pragma: no cover - the regex guarantees it
        raise DayError(f"Expected a datetime, got {text!r}")
    return parsed


def as_day(when: DayLike, conflict: Conflict | str | None = None) -> Day:
    """Return the calendar date that `when` falls on in the conflict's time zone.

    A date (or `YYYY-MM-DD`) is taken as it is. An aware datetime is moved into the
    conflict's zone first; a naive one is read as already being in that zone.

    Raises:
        DayError: for a string that is not ISO 8601 or an impossible date.
    """
    zone = get_conflict(conflict).timezone
    if isinstance(when, str):
        when = (
            parse_iso_date(when)
            if _ISO_DATE.fullmatch(when)
            else parse_iso_datetime(when, default_timezone=zone)
        )
    if isinstance(when, dt.datetime):
        if when.tzinfo is None:
            return pendulum.date(when.year, when.month, when.day)
        local = pendulum.instance(when).in_timezone(zone)
        return pendulum.date(local.year, local.month, local.day)
    if isinstance(when, dt.date):
        return pendulum.date(when.year, when.month, when.day)
    raise DayError(f"Expected a date, datetime or ISO string, got {type(when).__name__}")


def day_of(when: DayLike, conflict: Conflict | str | None = None) -> int:
    """Return the war day of a date or datetime: the conflict's start date is day 1.

    Args:
        when: a date, a datetime (counted in the conflict's zone) or an ISO string.
        conflict: a `Conflict`, its slug, or `None` for Russia-Ukraine.

    Raises:
        DayError: for a date before day 1 or input that is not a date.

    Examples:
        >>> day_of("2024-03-01")
        737
    """
    chosen = get_conflict(conflict)
    date = as_day(when, chosen)
    number = (date - chosen.start).in_days() + 1 if date >= chosen.start else 0
    if number < 1:
        raise DayError(
            f"Expected a date on or after {chosen.start.isoformat()} (day 1 of the "
            f"{chosen.name}), got {date.isoformat()}"
        )
    return number


def last_day(conflict: Conflict | str | None = None) -> int:
    """The highest day number that still has a calendar date (31 Dec 9999)."""
    return day_of(dt.date.max, conflict)


def date_of(day: int, conflict: Conflict | str | None = None) -> Day:
    """Return the calendar date of a war day (inclusive count, day 1 = start date).

    Raises:
        DayError: for a day below 1, a non-integer, or beyond the calendar.

    Examples:
        >>> str(date_of(1))
        '2022-02-24'
    """
    chosen = get_conflict(conflict)
    if type(day) is not int:
        raise DayError(f"Expected a whole day number, got {day!r}")
    if day < 1:
        raise DayError(f"Expected a day number of at least 1, got {day}")
    if day > last_day(chosen):
        raise DayError(f"Expected a day number up to {last_day(chosen)}, got {day}")
    return chosen.start.add(days=day - 1)


def lag(stated_date: DayLike, title_day: int, conflict: Conflict | str | None = None) -> int:
    """How far a brief's stated date runs ahead of its title day.

    `lag = day_of(stated_date) - title_day`. Briefs until March 2024 have lag 0 (the title
    names the day being entered), briefs from day 1,000 on have lag 1 (the title names
    the day just completed); anything else is a source mistake worth a warning.

    Examples:
        >>> lag("2024-11-20", 1000)
        1
    """
    return day_of(stated_date, conflict) - title_day


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_matches(date: DayLike, weekday: str) -> bool:
    """Whether `weekday` ("Wednesday", "wed") names the weekday of `date`.

    Raises:
        DayError: when `weekday` is not a weekday name.

    Examples:
        >>> weekday_matches("2024-11-20", "Wednesday")
        True
    """
    name = weekday.strip().lower()
    index = next(
        (i for i, day in enumerate(_WEEKDAYS) if len(name) >= 3 and day.startswith(name)), None
    )
    if index is None:
        raise DayError(f"Expected a weekday name, got {weekday!r}")
    return as_day(date).weekday() == index


# --- day phrases -------------------------------------------------------------------------

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_ORDINAL_UNITS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

# Cardinal and ordinal number words below 1,000, for the early titles ("day eight") and
# standfirsts ("enters its twenty-first day").
_WORD_VALUES: dict[str, int] = {
    **{word: value for value, word in enumerate(_UNITS)},
    **{word: value for value, word in enumerate(_ORDINAL_UNITS)},
    **{word: 10 * index for index, word in enumerate(_TENS, start=2)},
    **{word[:-1] + "ieth": 10 * index for index, word in enumerate(_TENS, start=2)},
    "hundred": 100,
    "hundredth": 100,
}


def _words_to_int(words: str) -> int | None:
    """Read "seven", "twenty-first", "one hundred and fifth" (below 1,000)."""
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word == "and" and seen:
            continue
        value = _WORD_VALUES.get(word)
        if value is None:
            return None
        seen = True
        if value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    total += current
    return total if seen else None


_DAY_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
_NUMBER_WORD = r"[A-Za-z]+(?:[ -][A-Za-z]+){0,3}"
_DAY_PHRASES = (
    # "day 1,000", "Day 5", "days 1,118", "day N of"
    re.compile(rf"\bdays?\s+{_DAY_NUMBER}\b", re.IGNORECASE),
    # "1,000th day", "96th day", "enters its 96th day", "1,041st"
    re.compile(rf"\b{_DAY_NUMBER}{_ORDINAL_SUFFIX}\b", re.IGNORECASE),
    # "day eight", "day twenty-one"
    re.compile(rf"\bday\s+({_NUMBER_WORD})", re.IGNORECASE),
    # "its seventh day", "the fifth day"
    re.compile(rf"\b(?:its|the)\s+({_NUMBER_WORD})\s+day\b", re.IGNORECASE),
)


def parse_day_phrase(text: str) -> int | None:
    """Find the war day named in a phrase, or `None` when there is none.

    Reads `day 1,000`, `Day 5`, `days 1,118`, `1,000th day`, `1,041st`, `enters its 96th
    day`, `day eight`, `its seventh day`. Only the thousands comma is read as a
    separator, as in every real brief.

    Examples:
        >>> parse_day_phrase("Russia-Ukraine war: List of key events, day 1,000")
        1000
        >>> parse_day_phrase("As the war enters its 96th day")
        96
        >>> parse_day_phrase("List of key events from day eight")
        8
    """
    for pattern in _DAY_PHRASES:
        for match in pattern.finditer(text):
            raw = match[1]
            number = int(raw.replace(",", "")) if raw[0].isdigit() else _longest_number_prefix(raw)
            if number is not None and number >= 1:
                return number
    return None


def _longest_number_prefix(words: str) -> int | None:
    parts = re.split(r"([\s-]+)", words)
    for end in range(len(parts), 0, -2):
        value = _words_to_int("".join(parts[:end]))
        if value is not None:
            return value
    return None


def format_day(day: int, style: str = "title") -> str:
    """Write a day number the way briefs do.

    Args:
        day: the number (≥ 1).
        style: `"title"` gives `day 1,000`, `"ordinal"` gives `1,000th`.

    Raises:
        DayError: for a day below 1.
        ValueError: for an unknown style.

    Examples:
        >>> format_day(1000)
        'day 1,000'
        >>> format_day(1041, "ordinal")
        '1,041st'
    """
    if type(day) is not int or day < 1:
        raise DayError(f"Expected a day number of at least 1, got {day!r}")
    number = f"{day:,}"
    if style == "title":
        return f"day {number}"
    if style == "ordinal":
        if day % 100 in (11, 12, 13):
            return number + "th"
        return number + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    raise ValueError(f"Expected style 'title' or 'ordinal', got {style!r}")
