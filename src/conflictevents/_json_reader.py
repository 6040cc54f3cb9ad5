"""The strict reader of the JSON contract: decoded JSON data → model objects + issues.

One pass over the document checks every rule of contract v1, collects *every* problem
as an `Issue` with its JSON path, and, when there is none, builds the model objects.

Why hand-written and not cattrs: the cattrs path (kept in `serialization` as the
public, extensible converter) stops below the first failing object, raises and catches
an exception group per object, and runs the model's validators and converters again on
values it has just checked. This reader checks each value once, raises nothing on the
happy path, and builds the frozen objects without re-running `__init__` (the checks it
has made are the model's invariants; `tests/test_agreement.py` holds it to the model
constructors and to the cattrs path on thousands of generated documents).

Issue codes (documented in docs/reference/validation.md):

- `type`: a value of the wrong JSON type, or a span that is not two non-negative integers;
- `missing`, `unknown-key`: an object without a contract key, or with another key;
- `empty`: a string that must hold a character that is not white space;
- `range`: a day number below 1;
- `enum`: a theme or kind outside its vocabulary;
- `date`: a string that is not a real `YYYY-MM-DD` date or RFC 3339 datetime;
- `country`: not two capital ASCII letters;
- `schema-version`: not the integer 1;
- semantic (beyond JSON Schema): `integer` (a number with a fraction or exponent
  where an integer is due: JSON Schema counts `5.0` as an integer), `conflict`
  (not a registered conflict), `calendar` (a day past 31 Dec 9999), `date-day`
  (`date` is not the date of `day`), `span` (the span does not hold the phrase).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Final

import attrs
import pendulum

from conflictevents._contract_patterns import COUNTRY_RE, DATE_RE, DATETIME_RE, NON_BLANK_RE
from conflictevents.days import CONFLICTS, Day, date_of, last_day, parse_iso_datetime
from conflictevents.errors import DayError, Issue
from conflictevents.model import Attribution, Category, DailyBrief, Event, SourceKind, Theme

SCHEMA_VERSION: Final = 1

_new = object.__new__
_set = object.__setattr__
_non_blank = NON_BLANK_RE.search


class _Bad:
    """The sentinel a reader returns after recording the issues of a value."""


BAD: Final = _Bad()
_MISSING: Final = object()


def _field_names(cls: type) -> tuple[str, ...]:
    # The contract's keys are the model's fields, in the model's order: derived, so that a
    # field added to the model cannot be forgotten here.
    return tuple(field.name for field in attrs.fields(cls))


BRIEF_KEYS: Final = ("schema_version", *_field_names(DailyBrief))
_EVENT_KEYS: Final = _field_names(Event)
_CATEGORY_KEYS: Final = _field_names(Category)
_ATTRIBUTION_KEYS: Final = _field_names(Attribution)

SEMANTIC_CODES: Final = frozenset({"integer", "conflict", "calendar", "date-day", "span"})
"""Issue codes of the rules JSON Schema cannot express; the schema accepts these."""


def describe(value: object) -> str:
    """A short JSON rendering of a value for messages (`123`, `"5"`, `an object`)."""
    if isinstance(value, str | int | float | bool) or value is None:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except ValueError:  # an int past the digit limit
            return "a very long number"
        return text if len(text) <= 60 else text[:57] + "…"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return type(value).__name__


def _wrong_type(issues: list[Issue], path: str, kind: str, value: object) -> _Bad:
    issues.append(Issue(path=path, code="type", message=f"expected {kind}, got {describe(value)}"))
    return BAD


def _expect_day(issues: list[Issue], path: str, value: object) -> _Bad:
    if type(value) is float and value.is_integer() and value >= 1:
        # JSON Schema cannot tell 5.0 from 5; the contract wants integers written as such.
        issues.append(
            Issue(path=path, code="integer", message=f"expected an integer, got {describe(value)}")
        )
        return BAD
    return _wrong_type(issues, path, "an integer", value)


def _check_keys(
    issues: list[Issue],
    path: str,
    value: dict[str, object],
    keys: tuple[str, ...],
    reported: tuple[str, ...] = (),
) -> None:
    """Report missing keys (but those in `reported`), then unknown keys."""
    issues.extend(
        Issue(path=path, code="missing", message=f"missing key {key!r}")
        for key in keys
        if key not in value and key not in reported
    )
    issues.extend(
        Issue(path=path, code="unknown-key", message=f"unknown key {key!r}")
        for key in sorted(set(value) - set(keys))
    )


def _text(issues: list[Issue], path: str, value: object) -> str | _Bad:
    if type(value) is str:
        if _non_blank(value):
            return value
        issues.append(
            Issue(path=path, code="empty", message=f"expected a non-empty string, got {value!r}")
        )
        return BAD
    return _wrong_type(issues, path, "a string", value)


def _optional_str(issues: list[Issue], path: str, value: object) -> str | _Bad | None:
    if value is None or type(value) is str:
        return value
    return _wrong_type(issues, path, "a string or null", value)


@functools.lru_cache(maxsize=4096)
def _date_from(text: str) -> Day:
    # Briefs repeat few dates; sharing the objects saves time and memory.
    return pendulum.Date(int(text[:4]), int(text[5:7]), int(text[8:10]))


def _date(issues: list[Issue], path: str, value: object) -> Day | _Bad:
    if type(value) is not str:
        return _wrong_type(issues, path, "a date string (YYYY-MM-DD)", value)
    if DATE_RE.match(value):
        return _date_from(value)
    issues.append(Issue(path=path, code="date", message=_date_problem(value)))
    return BAD


def _looks_like_a_date(text: str) -> bool:
    """Whether `text` has the shape `dddd-dd-dd` in ASCII digits (a date or not)."""
    return (
        len(text) == 10
        and text[4] == text[7] == "-"
        and text.isascii()
        and text.replace("-", "").isdigit()
    )


def _date_problem(text: str) -> str:
    if _looks_like_a_date(text):
        return f"expected a real calendar date, got {text!r}"
    return f"expected a date as YYYY-MM-DD, got {text!r}"


def _optional_date(issues: list[Issue], path: str, value: object) -> Day | _Bad | None:
    return None if value is None else _date(issues, path, value)


def _published(
    issues: list[Issue], path: str, value: object
) -> Day | pendulum.DateTime | _Bad | None:
    if value is None:
        return None
    if type(value) is not str:
        return _wrong_type(issues, path, "a date or datetime string", value)
    if len(value) == 10:
        return _date(issues, path, value)
    if DATETIME_RE.match(value):
        try:
            return parse_iso_datetime(value)
        except DayError as exc:  # pragma: no cover - the pattern admits only real datetimes
            issues.append(Issue(path=path, code="date", message=_lower_first(str(exc))))
            return BAD
    message = f"expected an ISO 8601 datetime with an offset, got {value!r}"
    if _looks_like_a_date(value[:10]) and not DATE_RE.match(value[:10]):
        message = f"expected a real calendar date, got {value!r}"
    issues.append(Issue(path=path, code="date", message=message))
    return BAD


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:]


def _enum_reader(
    vocabulary: type[Theme] | type[SourceKind],
) -> Callable[[list[Issue], str, object], Theme | SourceKind | _Bad]:
    members = vocabulary._value2member_map_
    allowed = ", ".join(member.value for member in vocabulary)

    def read(issues: list[Issue], path: str, value: object) -> Theme | SourceKind | _Bad:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member  # type: ignore[return-value]
        issues.append(
            Issue(
                path=path, code="enum", message=f"expected one of {allowed}, got {describe(value)}"
            )
        )
        return BAD

    return read


_theme = _enum_reader(Theme)
_kind = _enum_reader(SourceKind)


def read_category(issues: list[Issue], path: str, value: object) -> Category | _Bad:
    """Read a category object, recording its issues."""
    if type(value) is not dict:
        return _wrong_type(issues, path, "an object", value)
    before = len(issues)
    label = value.get("label", _MISSING)
    if label is not _MISSING:
        label = _optional_str(issues, path + ".label", label)
    slug = value.get("slug", _MISSING)
    if slug is not _MISSING:
        slug = _text(issues, path + ".slug", slug)
    theme = value.get("theme", _MISSING)
    if theme is not _MISSING:
        theme = _theme(issues, path + ".theme", theme)
    if len(value) != 3 or _MISSING in (label, slug, theme):
        _check_keys(issues, path, value, _CATEGORY_KEYS)
    if len(issues) != before:
        return BAD
    category = _new(Category)
    _set(category, "label", label)
    _set(category, "slug", slug)
    _set(category, "theme", theme)
    return category


def _via(issues: list[Issue], path: str, value: object) -> tuple[str, ...] | _Bad:
    if type(value) is not list:
        return _wrong_type(issues, path, "an array", value)
    for item in value:
        if type(item) is not str:
            for index, bad in enumerate(value):
                if type(bad) is not str:
                    _wrong_type(issues, f"{path}[{index}]", "a string", bad)
            return BAD
    return tuple(value)


def _span(issues: list[Issue], path: str, value: object) -> tuple[int, int] | _Bad:
    if type(value) is list and len(value) == 2:
        start, end = value
        if type(start) is int and type(end) is int and start >= 0 and end >= 0:
            return (start, end)
        if all(_integral(item) and item >= 0 for item in value):
            # [1.0, 5]: JSON Schema sees two integers, the contract wants them written so.
            issues.append(
                Issue(
                    path=path,
                    code="integer",
                    message=f"expected [start, end], two non-negative integers, got {value}",
                )
            )
            return BAD
    return _wrong_type(issues, path, "[start, end], two non-negative integers", value)


def _integral(value: object) -> bool:
    return type(value) is int or (type(value) is float and value.is_integer())


def read_attribution(issues: list[Issue], path: str, value: object) -> Attribution | _Bad:
    """Read an attribution object, recording its issues (the span's length included)."""
    if type(value) is not dict:
        return _wrong_type(issues, path, "an object", value)
    before = len(issues)
    get = value.get
    source = get("source", _MISSING)
    if source is not _MISSING:
        source = _text(issues, path + ".source", source)
    kind = get("kind", _MISSING)
    if kind is not _MISSING:
        kind = _kind(issues, path + ".kind", kind)
    country = get("country", _MISSING)
    if country is not None and country is not _MISSING:
        if type(country) is not str:
            country = _wrong_type(issues, path + ".country", "a string or null", country)
        elif not COUNTRY_RE.match(country):
            issues.append(
                Issue(
                    path=path + ".country",
                    code="country",
                    message=f"expected an ISO 3166 alpha-2 code, got {country!r}",
                )
            )
    role = get("role", _MISSING)
    if role is not _MISSING:
        role = _optional_str(issues, path + ".role", role)
    via = get("via", _MISSING)
    if via is not _MISSING:
        via = _via(issues, path + ".via", via)
    phrase = get("phrase", _MISSING)
    if phrase is not _MISSING:
        phrase = _text(issues, path + ".phrase", phrase)
    span = get("span", _MISSING)
    if span is not _MISSING:
        span = _span(issues, path + ".span", span)
        if type(span) is tuple and type(phrase) is str:
            start, end = span
            if not start < end or end - start != len(phrase):
                issues.append(
                    Issue(
                        path=path + ".span",
                        code="span",
                        message=f"expected [start, end] with end - start == len(phrase) == "
                        f"{len(phrase)}, got {list(span)}",
                    )
                )
    if len(value) != 7 or _MISSING in (source, kind, country, role, via, phrase, span):
        _check_keys(issues, path, value, _ATTRIBUTION_KEYS)
    if len(issues) != before:
        return BAD
    attribution = _new(Attribution)
    _set(attribution, "source", source)
    _set(attribution, "kind", kind)
    _set(attribution, "country", country)
    _set(attribution, "role", role)
    _set(attribution, "via", via)
    _set(attribution, "phrase", phrase)
    _set(attribution, "span", span)
    return attribution


def read_event(issues: list[Issue], path: str, value: object) -> Event | _Bad:
    """Read an event object, recording its issues (spans checked against the text)."""
    if type(value) is not dict:
        return _wrong_type(issues, path, "an object", value)
    before = len(issues)
    get = value.get
    id_ = get("id", _MISSING)
    if id_ is not _MISSING:
        id_ = _text(issues, path + ".id", id_)
    category = get("category", _MISSING)
    if category is not _MISSING:
        category = read_category(issues, path + ".category", category)
    text = get("text", _MISSING)
    if text is not _MISSING:
        text = _text(issues, path + ".text", text)
    found = get("attributions", _MISSING)
    attributions: tuple[Attribution, ...] | _Bad | object = found
    if found is not _MISSING:
        if type(found) is not list:
            attributions = _wrong_type(issues, path + ".attributions", "an array", found)
        else:
            items = [
                read_attribution(issues, f"{path}.attributions[{index}]", item)
                for index, item in enumerate(found)
            ]
            if type(text) is str:
                _check_spans(issues, path, text, items)
            attributions = tuple(items)
    if len(value) != 4 or _MISSING in (id_, category, text, found):
        _check_keys(issues, path, value, _EVENT_KEYS)
    if len(issues) != before:
        return BAD
    event = _new(Event)
    _set(event, "id", id_)
    _set(event, "category", category)
    _set(event, "text", text)
    _set(event, "attributions", attributions)
    return event


def _check_spans(
    issues: list[Issue], path: str, text: str, items: list[Attribution | _Bad]
) -> None:
    for index, attribution in enumerate(items):
        if type(attribution) is Attribution:
            start, end = attribution.span
            if text[start:end] != attribution.phrase:
                issues.append(
                    Issue(
                        path=f"{path}.attributions[{index}].span",
                        code="span",
                        message=f"expected text[{start}:{end}] to equal the phrase "
                        f"{attribution.phrase!r}, got {text[start:end]!r}",
                    )
                )


@functools.lru_cache(maxsize=1024)
def _last_day(conflict: str) -> int:
    return last_day(conflict)


@functools.lru_cache(maxsize=4096)
def _date_of(day: int, conflict: str) -> Day:
    return date_of(day, conflict)


def read_brief(issues: list[Issue], value: object) -> DailyBrief | _Bad:
    """Read a whole document (schema version 1), recording every issue under `$`."""
    path = "$"
    if type(value) is not dict:
        return _wrong_type(issues, path, "an object", value)
    before = len(issues)
    get = value.get
    version = get("schema_version", _MISSING)
    if version is _MISSING:
        issues.append(Issue(path=path, code="missing", message="missing key 'schema_version'"))
    elif type(version) is not int or version != SCHEMA_VERSION:
        issues.append(
            Issue(
                path="$.schema_version",
                code="integer"
                if type(version) is float and version == SCHEMA_VERSION
                else "schema-version",
                message=f"expected schema version {SCHEMA_VERSION}, got {describe(version)}",
            )
        )
    conflict = get("conflict", _MISSING)
    known = False
    if conflict is not _MISSING:
        if type(conflict) is not str:
            conflict = _wrong_type(issues, "$.conflict", "a string", conflict)
        elif conflict in CONFLICTS:
            known = True
        else:
            names = ", ".join(sorted(CONFLICTS))
            issues.append(
                Issue(
                    path="$.conflict",
                    code="conflict",
                    message=f"expected a known conflict ({names}), got {conflict!r}",
                )
            )
    title = get("title", _MISSING)
    if title is not _MISSING:
        title = _text(issues, "$.title", title)
    summary = get("summary", _MISSING)
    if summary is not _MISSING:
        summary = _optional_str(issues, "$.summary", summary)
    day = get("day", _MISSING)
    day_ok = False
    if day is not _MISSING:
        if type(day) is not int:
            day = _expect_day(issues, "$.day", day)
        elif day < 1:
            issues.append(
                Issue(
                    path="$.day",
                    code="range",
                    message=f"expected a whole day number of at least 1, got {day}",
                )
            )
        elif known and day > _last_day(conflict):
            issues.append(
                Issue(
                    path="$.day",
                    code="calendar",
                    message=f"expected a day number up to {_last_day(conflict)}, got {day}",
                )
            )
        else:
            day_ok = True
    date = get("date", _MISSING)
    if date is not _MISSING:
        date = _date(issues, "$.date", date)
        if known and day_ok and type(date) is pendulum.Date:
            expected = _date_of(day, conflict)
            if date != expected:
                issues.append(
                    Issue(
                        path="$.date",
                        code="date-day",
                        message=f"expected {expected.isoformat()}, the date of day {day} of "
                        f"{conflict}, got {date.isoformat()}",
                    )
                )
    situation_date = get("situation_date", _MISSING)
    if situation_date is not _MISSING:
        situation_date = _optional_date(issues, "$.situation_date", situation_date)
    published = get("published", _MISSING)
    if published is not _MISSING:
        published = _published(issues, "$.published", published)
    source_line = get("source_line", _MISSING)
    if source_line is not _MISSING:
        source_line = _optional_str(issues, "$.source_line", source_line)
    url = get("url", _MISSING)
    if url is not _MISSING:
        url = _optional_str(issues, "$.url", url)
    found = get("events", _MISSING)
    events: object = found
    if found is not _MISSING:
        if type(found) is not list:
            events = _wrong_type(issues, "$.events", "an array", found)
        else:
            events = tuple(
                [read_event(issues, f"$.events[{index}]", item) for index, item in enumerate(found)]
            )
    if len(value) != len(BRIEF_KEYS) or any(key not in value for key in BRIEF_KEYS):
        # A missing schema_version was reported first, above.
        _check_keys(issues, path, value, BRIEF_KEYS, reported=("schema_version",))
    if len(issues) != before:
        return BAD
    brief = _new(DailyBrief)
    _set(brief, "conflict", conflict)
    _set(brief, "title", title)
    _set(brief, "summary", summary)
    _set(brief, "day", day)
    _set(brief, "date", date)
    _set(brief, "situation_date", situation_date)
    _set(brief, "published", published)
    _set(brief, "source_line", source_line)
    _set(brief, "url", url)
    _set(brief, "events", events)
    return brief


# --- the fast path ------------------------------------------------------------------------
#
# Most documents are valid. `fast_brief` checks exactly the rules above, inline, without
# building JSON paths or issues, and gives up (returns None) at the first doubt; the
# caller then runs `read_brief` for the report. So the fast path only has to be *sound*
# (accept nothing read_brief rejects, build the same objects): tests/test_agreement.py
# holds it to read_brief on every generated document.


def _setters(cls: type, *names: str) -> tuple[Callable[[object, object], None], ...]:
    # Slot descriptors' __set__ skips the frozen class's __setattr__ (which raises) and is
    # faster than object.__setattr__.
    return tuple(cls.__dict__[name].__set__ for name in names)


_CATEGORY_SET = _setters(Category, *_CATEGORY_KEYS)
_ATTRIBUTION_SET = _setters(Attribution, *_ATTRIBUTION_KEYS)
_EVENT_SET = _setters(Event, *_EVENT_KEYS)
_BRIEF_SET = _setters(DailyBrief, *BRIEF_KEYS[1:])
_THEMES: Final = dict(Theme._value2member_map_)
_KINDS: Final = dict(SourceKind._value2member_map_)
_country = COUNTRY_RE.match

# Categories repeat within and across briefs; sharing the frozen objects saves memory.
_CATEGORIES: dict[tuple[object, object, object], Category] = {}


def _fast_category(value: object) -> Category | None:
    if type(value) is not dict or len(value) != 3:
        return None
    try:
        key = (value["label"], value["slug"], value["theme"])
    except KeyError:
        return None
    try:
        return _CATEGORIES[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable value: a list or an object
        return None
    label, slug, theme_name = key
    if (label is not None and type(label) is not str) or type(slug) is not str:
        return None
    if type(theme_name) is not str or theme_name not in _THEMES or not _non_blank(slug):
        return None
    category = _new(Category)
    set_label, set_slug, set_theme = _CATEGORY_SET
    set_label(category, label)
    set_slug(category, slug)
    set_theme(category, _THEMES[theme_name])
    if len(_CATEGORIES) >= 4096:
        _CATEGORIES.clear()
    _CATEGORIES[key] = category
    return category


def _fast_attribution(value: object, text: str) -> Attribution | None:
    if type(value) is not dict or len(value) != 7:
        return None
    try:
        source = value["source"]
        kind_name = value["kind"]
        country = value["country"]
        role = value["role"]
        via = value["via"]
        phrase = value["phrase"]
        span = value["span"]
    except KeyError:
        return None
    if (
        type(source) is not str
        or type(kind_name) is not str
        or kind_name not in _KINDS
        or type(phrase) is not str
        or type(via) is not list
        or type(span) is not list
        or len(span) != 2
        or (role is not None and type(role) is not str)
        or (country is not None and (type(country) is not str or not _country(country)))
    ):
        return None
    start, end = span
    if (
        type(start) is not int
        or type(end) is not int
        or not 0 <= start < end
        or end - start != len(phrase)
        or text[start:end] != phrase
        or not _non_blank(source)
        or not _non_blank(phrase)
    ):
        return None
    for item in via:
        if type(item) is not str:
            return None
    attribution = _new(Attribution)
    a_source, a_kind, a_country, a_role, a_via, a_phrase, a_span = _ATTRIBUTION_SET
    a_source(attribution, source)
    a_kind(attribution, _KINDS[kind_name])
    a_country(attribution, country)
    a_role(attribution, role)
    a_via(attribution, tuple(via))
    a_phrase(attribution, phrase)
    a_span(attribution, (start, end))
    return attribution


def _fast_events(found: list[object]) -> tuple[Event, ...] | None:
    """The events of a valid list, or `None`; one loop, inlined: this is most of `loads`."""
    set_id, set_category, set_text, set_attributions = _EVENT_SET
    categories = _CATEGORIES
    non_blank = _non_blank
    new = _new
    events: list[Event] = []
    append = events.append
    for value in found:
        if type(value) is not dict or len(value) != 4:
            return None
        try:
            id_ = value["id"]
            text = value["text"]
            items = value["attributions"]
            raw = value["category"]
        except KeyError:
            return None
        if type(raw) is not dict or len(raw) != 3:
            return None
        category: Category | None
        try:
            category = categories[(raw["label"], raw["slug"], raw["theme"])]
        except (KeyError, TypeError):  # not seen yet, or not a category: check it
            category = _fast_category(raw)
        if (
            category is None
            or type(id_) is not str
            or type(text) is not str
            or type(items) is not list
            or not non_blank(id_)
            or not non_blank(text)
        ):
            return None
        if not items:
            attributions: tuple[Attribution, ...] = ()
        elif len(items) == 1:
            only = _fast_attribution(items[0], text)
            if only is None:
                return None
            attributions = (only,)
        else:
            built = [_fast_attribution(item, text) for item in items]
            if None in built:
                return None
            attributions = tuple(built)  # type: ignore[arg-type]
        event = new(Event)
        set_id(event, id_)
        set_category(event, category)
        set_text(event, text)
        set_attributions(event, attributions)
        append(event)
    return tuple(events)


@functools.lru_cache(maxsize=1024)
def _datetime_from(text: str) -> pendulum.DateTime:
    return parse_iso_datetime(text)


def _fast_date(value: object) -> Day | None:
    if type(value) is str and DATE_RE.match(value):
        return _date_from(value)
    return None


def fast_brief(value: object) -> DailyBrief | None:
    """The brief of a valid document, or `None` when anything is off (then use read_brief)."""
    if type(value) is not dict or len(value) != len(BRIEF_KEYS):
        return None
    try:
        version = value["schema_version"]
        conflict = value["conflict"]
        title = value["title"]
        summary = value["summary"]
        day = value["day"]
        date_text = value["date"]
        situation_text = value["situation_date"]
        published_text = value["published"]
        source_line = value["source_line"]
        url = value["url"]
        found = value["events"]
    except KeyError:
        return None
    if (
        type(version) is not int
        or version != SCHEMA_VERSION
        or type(conflict) is not str
        or conflict not in CONFLICTS
        or type(title) is not str
        or not _non_blank(title)
        or type(day) is not int
        or not 1 <= day <= _last_day(conflict)
        or (summary is not None and type(summary) is not str)
        or (source_line is not None and type(source_line) is not str)
        or (url is not None and type(url) is not str)
        or type(found) is not list
    ):
        return None
    date = _fast_date(date_text)
    if date is None or date != _date_of(day, conflict):
        return None
    situation_date = None
    if situation_text is not None:
        situation_date = _fast_date(situation_text)
        if situation_date is None:
            return None
    published: Day | pendulum.DateTime | None = None
    if published_text is not None:
        if type(published_text) is not str:
            return None
        if len(published_text) == 10:
            published = _fast_date(published_text)
        elif DATETIME_RE.match(published_text):
            published = _datetime_from(published_text)
        if published is None:
            return None
    events = _fast_events(found)
    if events is None:
        return None
    brief = _new(DailyBrief)
    for setter, field_value in zip(
        _BRIEF_SET,
        (
            conflict,
            title,
            summary,
            day,
            date,
            situation_date,
            published,
            source_line,
            url,
            events,
        ),
        strict=True,
    ):
        setter(brief, field_value)
    return brief
