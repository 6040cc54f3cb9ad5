"""JSON in and out: the cattrs converter of the contract, `dumps` and `loads`.

[`dumps`][conflictevents.dumps] writes the JSON contract (schema version 1)
deterministically: the same brief always gives the same bytes.
[`loads`][conflictevents.loads] reads it back strictly, where cattrs' defaults are lax:
it rejects a number where a string is due, a string where a number or a list is due,
unknown keys, missing keys, impossible dates, a `date` that disagrees with `day`, and an
unknown `schema_version`, and it reports every problem at once, each with its JSON path.

It accepts exactly the documents the shipped JSON Schema accepts, plus the semantic
checks the schema cannot express ([`conflictevents.schema`][conflictevents.schema]).

`loads` and `dumps` do not go through cattrs: they use orjson and a hand-written reader
and writer, several times faster (docs/performance.md), tested against the cattrs
converter that [`make_converter`][conflictevents.serialization.make_converter] gives
you to extend. This is the only module that imports cattrs.

Examples:
    >>> from conflictevents import DailyBrief, dumps, loads
    >>> brief = DailyBrief(title="Key events, day 5", day=5)
    >>> text = dumps(brief)
    >>> loads(text) == brief
    True
    >>> loads('{"schema_version": 1, "day": "5"}')
    Traceback (most recent call last):
    ...
    conflictevents.errors.ValidationError: 10 problems:
      $.day: expected an integer, got "5"
      $: missing key 'conflict'
      $: missing key 'title'
      $: missing key 'summary'
      $: missing key 'date'
      $: missing key 'situation_date'
      $: missing key 'published'
      $: missing key 'source_line'
      $: missing key 'url'
      $: missing key 'events'

Added in 0.1.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any, TypeAlias, TypeVar, get_args, get_origin

import attrs
import cattrs
import orjson
import pendulum
from cattrs.errors import (
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from conflictevents._contract_patterns import COUNTRY_RE, DATE_RE, DATETIME_RE
from conflictevents._json_reader import SCHEMA_VERSION as _READER_VERSION
from conflictevents._json_reader import describe as _describe
from conflictevents._json_reader import fast_brief, read_brief
from conflictevents.days import Day, parse_iso_date, parse_iso_datetime
from conflictevents.errors import DayError, Issue, ValidationError
from conflictevents.model import Attribution, Category, DailyBrief, Event, SourceKind, Theme

__all__ = [
    "SCHEMA_VERSION",
    "JSONValue",
    "configure_converter",
    "dumps",
    "from_dict",
    "loads",
    "make_converter",
    "to_dict",
]

SCHEMA_VERSION = _READER_VERSION
"""The version of the JSON contract this release writes and reads."""

JSONValue: TypeAlias = "dict[str, JSONValue] | list[JSONValue] | str | int | float | bool | None"
"""Any value a JSON document can hold."""

_T = TypeVar("_T")


class _Mismatch(ValueError):
    """A value of the wrong type or form; carries an issue code for the report."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _expect(kind: str, value: object) -> _Mismatch:
    return _Mismatch("type", f"expected {kind}, got {_describe(value)}")


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _expect("a string", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise _expect("an integer", value)
    return value


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:]


def _structure_date(value: object, _: type) -> Day:
    if type(value) is not str:
        raise _expect("a date string (YYYY-MM-DD)", value)
    try:
        date = parse_iso_date(value)
    except DayError as exc:
        raise _Mismatch("date", _lower_first(str(exc))) from None
    if not DATE_RE.match(value):  # parse_iso_date also reads non-ASCII digits
        raise _Mismatch("date", f"expected a date as YYYY-MM-DD, got {value!r}")
    return date


def _structure_published(value: object, _: type) -> Day | pendulum.DateTime | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _expect("a date or datetime string", value)
    if len(value) == 10:
        return _structure_date(value, pendulum.Date)
    try:
        parsed = parse_iso_datetime(value)
    except DayError as exc:
        raise _Mismatch("date", _lower_first(str(exc))) from None
    if not DATETIME_RE.match(value):  # the contract's datetimes are RFC 3339's
        raise _Mismatch("date", f"expected an ISO 8601 datetime with an offset, got {value!r}")
    return parsed


def _structure_country(value: object, _: type) -> str | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _expect("a string or null", value)
    if not COUNTRY_RE.match(value):
        raise _Mismatch("country", f"expected an ISO 3166 alpha-2 code, got {value!r}")
    return value


def _enum_hook(enum_type: type[Theme] | type[SourceKind]) -> Callable[[object, type], Any]:
    allowed = ", ".join(member.value for member in enum_type)

    def structure(value: object, _: type) -> Theme | SourceKind:
        if type(value) is not str or value not in enum_type._value2member_map_:
            raise _Mismatch("enum", f"expected one of {allowed}, got {_describe(value)}")
        return enum_type(value)

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_factory(type_: Any, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    item_type = get_args(type_)[0]
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _expect("an array", value)
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(
                        f"Structuring {type_} @ index {index}", index, item_type
                    ),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError("invalid items", errors, tuple)
        return tuple(items)

    return structure


def _structure_span(value: object, _: type) -> tuple[int, int]:
    if (
        type(value) is not list
        or len(value) != 2
        or any(type(item) is not int or item < 0 for item in value)
    ):
        raise _expect("[start, end], two non-negative integers", value)
    return (value[0], value[1])


_CONTRACT_KEYS: dict[type, tuple[str, ...]] = {
    cls: tuple(field.name for field in attrs.fields(cls))
    for cls in (Category, Attribution, Event, DailyBrief)
}


def _class_hook(cls: type[_T], converter: cattrs.Converter) -> Callable[[object, type], _T]:
    overrides = {"country": override(struct_hook=_structure_country)} if cls is Attribution else {}
    generated = make_dict_structure_fn(
        cls,
        converter,
        _cattrs_forbid_extra_keys=True,
        **overrides,  # type: ignore[arg-type]
    )
    required = _CONTRACT_KEYS[cls]

    def structure(value: object, _: type) -> _T:
        if type(value) is not dict:
            raise _expect("an object", value)
        if cls is DailyBrief and "schema_version" in value:
            # A whole document, as to_dict writes it: its version must be ours.
            if (
                value["schema_version"] != SCHEMA_VERSION
                or type(value["schema_version"]) is not int
            ):
                raise _Mismatch(
                    "schema-version",
                    f"expected schema version {SCHEMA_VERSION}, "
                    f"got {_describe(value['schema_version'])}",
                )
            value = {key: item for key, item in value.items() if key != "schema_version"}
        missing = [key for key in required if key not in value]
        if missing:
            errors: list[Exception] = [
                _Mismatch("missing", f"missing key {key!r}") for key in missing
            ]
            extra = sorted(set(value) - set(required))
            errors.extend(_Mismatch("unknown-key", f"unknown key {key!r}") for key in extra)
            raise ClassValidationError(f"invalid {cls.__name__}", errors, cls)
        return generated(value, cls)

    return structure


def configure_converter(converter: cattrs.Converter) -> cattrs.Converter:
    """Register every hook the JSON contract needs on `converter`, and return it.

    Structure hooks (all strict, accepting what [`loads`][conflictevents.loads] accepts;
    cattrs' detailed validation reports where each failure is):

    - `str`: only a JSON string; `int`: only a JSON integer (no `true`, no `5.0`, no `"5"`);
    - `pendulum.Date`: only `YYYY-MM-DD`, a real calendar date;
    - `published`: `null`, a date, or an ISO 8601 datetime with an offset;
    - `Theme`, `SourceKind`: only their listed values;
    - `tuple[X, ...]`: only a JSON array (never a string read as letters);
    - `span`: exactly two non-negative integers;
    - the four model classes: an object with every contract key and no other.

    Unstructure hooks write dates as ISO 8601 strings, enums as their values, tuples as
    arrays, and every key of every class, `null`s included, in field order.
    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(pendulum.Date, _structure_date)
    converter.register_structure_hook(Day | pendulum.DateTime | None, _structure_published)
    converter.register_structure_hook(Theme, _enum_hook(Theme))
    converter.register_structure_hook(SourceKind, _enum_hook(SourceKind))
    converter.register_structure_hook_func(lambda type_: type_ == tuple[int, int], _structure_span)
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda type_: _tuple_factory(type_, converter)
    )
    for cls in (Category, Attribution, Event, DailyBrief):
        converter.register_structure_hook(cls, _class_hook(cls, converter))

    converter.register_unstructure_hook(pendulum.Date, _iso)
    converter.register_unstructure_hook(pendulum.DateTime, _iso)
    converter.register_unstructure_hook(dt.date, _iso)
    # Plain JSON types out, so that what the converter writes its strict hooks read back.
    converter.register_unstructure_hook(Theme, _enum_value)
    converter.register_unstructure_hook(SourceKind, _enum_value)
    converter.register_unstructure_hook_factory(
        _is_tuple, lambda type_: _tuple_unstructure_factory(type_, converter)
    )
    return converter


def _tuple_unstructure_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    args = get_args(type_)
    if len(args) == 2 and args[1] is Ellipsis:
        item_hook = converter.get_unstructure_hook(args[0])
        return lambda value: [item_hook(item) for item in value]
    return list


def _enum_value(member: Theme | SourceKind) -> str:
    return member.value


def _is_tuple(type_: object) -> bool:
    return get_origin(type_) is tuple


def _iso(value: dt.date) -> str:
    return value.isoformat()


def make_converter(**kwargs: Any) -> cattrs.Converter:
    """Create a cattrs converter configured for the contract.

    Args:
        **kwargs: passed to `cattrs.Converter` (detailed validation is always on).
    """
    kwargs.setdefault("detailed_validation", True)
    return configure_converter(cattrs.Converter(**kwargs))


_CONVERTER = make_converter()


def _event_dicts(events: tuple[Event, ...]) -> list[JSONValue]:
    # One loop with the small dicts written inline: a function call per object would cost
    # a third of the time (this is most of `dumps`). `_value_` is the plain str value of
    # a StrEnum member, and cheaper to reach than `.value`.
    return [
        {
            "id": event.id,
            "category": {
                "label": (category := event.category).label,
                "slug": category.slug,
                "theme": category.theme._value_,
            },
            "text": event.text,
            "attributions": [
                {
                    "source": attribution.source,
                    "kind": attribution.kind._value_,
                    "country": attribution.country,
                    "role": attribution.role,
                    "via": list(attribution.via),
                    "phrase": attribution.phrase,
                    "span": list(attribution.span),
                }
                for attribution in event.attributions
            ],
        }
        for event in events
    ]


def _event_dicts_for_encoding(events: tuple[Event, ...]) -> list[dict[str, object]]:
    # For dumps only: orjson and json both write tuples as arrays and StrEnum members as
    # their values, so the conversions to_dict must make for its callers are skipped.
    return [
        {
            "id": event.id,
            "category": {
                "label": (category := event.category).label,
                "slug": category.slug,
                "theme": category.theme,
            },
            "text": event.text,
            "attributions": [
                {
                    "source": attribution.source,
                    "kind": attribution.kind,
                    "country": attribution.country,
                    "role": attribution.role,
                    "via": attribution.via,
                    "phrase": attribution.phrase,
                    "span": attribution.span,
                }
                for attribution in event.attributions
            ],
        }
        for event in events
    ]


def to_dict(brief: DailyBrief) -> dict[str, JSONValue]:
    """The JSON contract of a brief as plain Python data, `schema_version` first.

    Only JSON types come out (dicts, lists, strings, integers, `None`): dates as ISO 8601
    strings, enums as their values, tuples as lists.
    """
    # Written out by hand rather than through cattrs: three times faster
    # (docs/performance.md); tests hold it to the contract.
    return _document(brief, _event_dicts(brief.events))


def _document(brief: DailyBrief, events: object) -> dict[str, JSONValue]:
    published = brief.published
    situation_date = brief.situation_date
    return {
        "schema_version": SCHEMA_VERSION,
        "conflict": brief.conflict,
        "title": brief.title,
        "summary": brief.summary,
        "day": brief.day,
        "date": brief.date.isoformat(),
        "situation_date": None if situation_date is None else situation_date.isoformat(),
        "published": None if published is None else published.isoformat(),
        "source_line": brief.source_line,
        "url": brief.url,
        "events": events,  # type: ignore[dict-item]
    }


def dumps(brief: DailyBrief, *, indent: int | None = None) -> str:
    """Serialize a brief as JSON (contract version 1).

    Deterministic: keys in contract order, no ASCII escaping of typography, the same
    bytes for the same brief on every machine.

    Args:
        brief: the brief.
        indent: pretty-print with this indent; compact when `None`.
    """
    document = _document(brief, _event_dicts_for_encoding(brief.events))
    if indent is None or indent == 2:
        # orjson writes the same bytes as json.dumps(ensure_ascii=False) for the contract's
        # types (tests/test_agreement.py checks it), five to ten times faster.
        try:
            return orjson.dumps(document, option=_ORJSON_INDENT[indent]).decode()
        except orjson.JSONEncodeError:  # a lone surrogate: json.dumps writes it as is
            pass
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)


_ORJSON_INDENT: dict[int | None, int] = {None: 0, 2: orjson.OPT_INDENT_2}


def from_dict(document: object) -> DailyBrief:
    """Build a brief from JSON data (already decoded), strictly.

    Raises:
        ValidationError: listing every problem with its JSON path.
    """
    brief = fast_brief(document)
    if brief is not None:
        return brief
    # Something is off: read again, slowly, to report every problem with its path.
    issues: list[Issue] = []
    slow = read_brief(issues, document)
    if isinstance(slow, DailyBrief):  # pragma: no cover - the fast path took every valid one
        return slow
    raise ValidationError(issues)


def decode_json(text: str | bytes) -> JSONValue:
    """Decode JSON text, turning every decoder failure into a `ValidationError`.

    Besides syntax errors this catches what hostile input provokes in Python's decoder:
    invalid UTF-8 (code `json`), nesting deeper than the interpreter's recursion limit
    (code `too-deep`) and integers longer than `sys.get_int_max_str_digits()` digits
    (code `too-long`).

    Raises:
        ValidationError: with one issue at `$`.
    """
    try:
        # RFC 8259: JSON between systems is UTF-8; json.loads would also guess UTF-16/32.
        document: JSONValue = json.loads(text.decode("utf-8") if type(text) is bytes else text)
    except RecursionError:
        raise ValidationError.single(
            "$", "too-deep", "expected valid JSON: nested too deeply to read"
        ) from None
    except UnicodeDecodeError as exc:
        raise ValidationError.single(
            "$",
            "json",
            f"expected valid JSON: not UTF-8 text ({exc.reason} at byte {exc.start})",
        ) from None
    except ValueError as exc:
        message = str(exc)
        if "integer string conversion" in message:
            raise ValidationError.single(
                "$",
                "too-long",
                f"expected valid JSON: a number longer than {sys.get_int_max_str_digits()} digits",
            ) from None
        raise ValidationError.single("$", "json", f"expected valid JSON: {message}") from None
    return document


def loads(text: str | bytes) -> DailyBrief:
    """Read one brief from JSON, strictly.

    Raises:
        ValidationError: for invalid JSON, or every problem of a valid JSON document that
            breaks the contract, each with its JSON path
            (`$.events[0].text: expected a string, got 123`).
    """
    # The fast path: orjson, then the inline checks. orjson reads a few documents
    # differently from json (an integer past 64 bits becomes a float; lone surrogate
    # escapes and NaN are refused); none of those is a valid brief, so whatever orjson
    # makes of them fails the fast path, and the report comes from json's exact reading.
    try:
        brief = fast_brief(orjson.loads(text))
    except orjson.JSONDecodeError:
        brief = None
    if brief is not None:
        return brief
    return from_dict(decode_json(text))
