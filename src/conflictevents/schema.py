"""The JSON Schema (draft 2020-12) of the JSON contract, generated from the model.

[`json_schema`][conflictevents.json_schema] walks the attrs fields of `DailyBrief`,
`Event`, `Category` and `Attribution` and turns each field's type into a schema: `str`
→ string, `X | None` → nullable, `Theme`/`SourceKind` → an enum of their values, dates →
`format: date` plus a pattern, tuples → arrays, model classes → `$ref`s into `$defs`.
What the types cannot say (a description for every property, which strings must not be
blank, the country pattern) comes from the `_FIELDS` table in this module, and a test
fails when a model field has no entry there, so the schema cannot fall behind the model.

The schema is shipped as `conflictevents/data/daily-brief.v1.schema.json`; a test
checks that the file equals [`dumps_schema`][conflictevents.schema.dumps_schema]`()`.
Regenerate it with:

    python -m conflictevents schema > src/conflictevents/data/daily-brief.v1.schema.json

Patterns are written so that Python, JavaScript and Rust regex engines read them alike,
and dates are checked by pattern as well as by `format`, because `format` is only an
annotation in 2020-12 unless a validator opts in. A few rules of the contract cannot be
written in JSON Schema; [`loads`][conflictevents.loads] and
[`validate`][conflictevents.validate] check them on top
([`SEMANTIC_CHECKS`][conflictevents.schema.SEMANTIC_CHECKS]).

Examples:
    >>> from conflictevents import json_schema
    >>> schema = json_schema()
    >>> schema["$id"]
    'https://conflictevents.invalid/schema/v1/daily-brief.json'
    >>> schema["$defs"]["Category"]["properties"]["theme"]["enum"][:3]
    ['fighting', 'weapons', 'diplomacy']

Added in 0.1.
"""

from __future__ import annotations

import copy
import functools
import json
import types
import typing
from importlib import resources
from typing import Final

import attrs
import pendulum

from conflictevents import _contract_patterns as _patterns
from conflictevents.model import Attribution, Category, DailyBrief, Event, SourceKind, Theme
from conflictevents.serialization import SCHEMA_VERSION, JSONValue

__all__ = [
    "SCHEMA_FILE",
    "SCHEMA_ID",
    "SEMANTIC_CHECKS",
    "dumps_schema",
    "json_schema",
    "shipped_schema",
]

SCHEMA_ID: Final = f"https://conflictevents.invalid/schema/v{SCHEMA_VERSION}/daily-brief.json"
"""The `$id` of the schema; it carries the schema version."""

SCHEMA_FILE: Final = f"daily-brief.v{SCHEMA_VERSION}.schema.json"
"""The name of the shipped schema file inside the `conflictevents.data` package."""

SEMANTIC_CHECKS: Final[dict[str, str]] = {
    "integer": "integers are written as integers: JSON Schema counts 5.0 and 5e0 as the "
    "integer 5, conflictevents does not",
    "conflict": "`conflict` names a registered conflict (built in: israel-gaza, "
    "israel-iran, russia-ukraine)",
    "calendar": "`day` has a calendar date (at most 31 Dec 9999) in its conflict",
    "date-day": "`date` is the calendar date of `day` in the conflict (day 1 is the "
    "conflict's start date)",
    "span": "each attribution's `span` is `[start, end]` with start < end, "
    "end - start == the phrase's length and text[start:end] == phrase (offsets count "
    "Unicode code points, not UTF-16 units)",
}
"""The rules JSON Schema cannot express, by the issue code `validate` reports them with.

A document that breaks only these passes the schema; `loads` and `validate` reject it.
"""

_STRING: Final[dict[str, JSONValue]] = {"type": "string"}
_NON_BLANK: Final[dict[str, JSONValue]] = {"minLength": 1, "pattern": _patterns.NON_BLANK}
_DATE: Final[dict[str, JSONValue]] = {"format": "date", "pattern": _patterns.DATE}
_DATETIME: Final[dict[str, JSONValue]] = {"format": "date-time", "pattern": _patterns.DATETIME}

_CLASSES: Final = (DailyBrief, Event, Category, Attribution)

_ROOT_DESCRIPTION: Final = (
    f"One daily 'List of key events' brief, as conflictevents writes it (schema version "
    f"{SCHEMA_VERSION}). Every key is required, none other is allowed. Rules beyond JSON "
    "Schema, checked by conflictevents (loads, validate) on top of this schema: "
    + "; ".join(f"[{code}] {text}" for code, text in SEMANTIC_CHECKS.items())
    + "."
)

_CLASS_DESCRIPTIONS: Final = {
    DailyBrief: "One daily 'List of key events' brief. Every key is required, none other "
    "is allowed.",
    Event: "One claim or fact of a brief: a list item, or a paragraph inside a section.",
    Category: "The section an event was published under.",
    Attribution: "Who a claim is attributed to, and how it reached the brief.",
}

# Per field: its description, and constraints its type cannot carry. Every model field
# must have an entry (a test checks it), so a new field cannot ship undocumented.
_FIELDS: Final[dict[tuple[type, str], tuple[str, dict[str, JSONValue]]]] = {
    (DailyBrief, "conflict"): (
        "Slug of the conflict. Semantic check: it must name a registered conflict "
        "(built in: israel-gaza, israel-iran, russia-ukraine).",
        {},
    ),
    (DailyBrief, "title"): ("The title as printed.", _NON_BLANK),
    (DailyBrief, "summary"): ("The standfirst under the title, or null.", {}),
    (DailyBrief, "day"): (
        "The war day the title names (day 1 is the conflict's start date). Semantic "
        "checks: written as an integer (not 5.0), and it has a calendar date.",
        {"minimum": 1},
    ),
    (DailyBrief, "date"): (
        "The calendar date of `day`, YYYY-MM-DD (inclusive count). Semantic check: it "
        "must equal the date of `day` in `conflict`.",
        {},
    ),
    (DailyBrief, "situation_date"): (
        "The date the brief's date line states, YYYY-MM-DD, or null.",
        {},
    ),
    (DailyBrief, "published"): (
        "When the brief was published: a date (YYYY-MM-DD), an RFC 3339 datetime with "
        "seconds, at most six fraction digits and an offset, or null.",
        {},
    ),
    (DailyBrief, "source_line"): ("The trailing source line without 'Source:', or null.", {}),
    (DailyBrief, "url"): ("Where the brief was published, or null.", {}),
    (DailyBrief, "events"): ("The events in published order.", {}),
    (Event, "id"): (
        "A stable identifier: 'conflict:day:' and 16 hex digits of a SHA-256 of the "
        "normalised text when conflictevents made it; kept as read otherwise.",
        _NON_BLANK,
    ),
    (Event, "category"): ("The section the event was published under.", {}),
    (Event, "text"): ("The text as published, typography kept.", _NON_BLANK),
    (Event, "attributions"): ("Who the claims are attributed to, in order of appearance.", {}),
    (Category, "label"): (
        "The heading as printed, without list numbering, Markdown marks or a trailing "
        "colon; null for a section without a heading.",
        {},
    ),
    (Category, "slug"): ("A URL-safe form of the label ('unlabelled' without one).", _NON_BLANK),
    (Category, "theme"): ("The canonical theme the heading maps to; 'other' when unknown.", {}),
    (Attribution, "source"): (
        "Canonical name of who the claim comes from ('Russian Ministry of Defence').",
        _NON_BLANK,
    ),
    (Attribution, "kind"): ("What kind of source it is.", {}),
    (Attribution, "country"): (
        "ISO 3166-1 alpha-2 code of the source's country (two capital letters), or null.",
        {"pattern": _patterns.COUNTRY},
    ),
    (Attribution, "role"): ("The source's role as printed ('Kremlin spokesman'), or null.", {}),
    (Attribution, "via"): ("Outlets and channels the claim came through, in order.", {}),
    (Attribution, "phrase"): (
        "The words in the event text that carry the attribution.",
        _NON_BLANK,
    ),
    (Attribution, "span"): (
        "[start, end] offsets of `phrase` in the event text, in Unicode code points. "
        "Semantic checks: start < end, end - start == length of `phrase`, and "
        "text[start:end] == phrase.",
        {},
    ),
}


def _type_schema(annotation: object) -> dict[str, JSONValue]:
    """The schema of one Python type of the model."""
    args = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [arg for arg in args if arg is not type(None)]
        if len(members) == 1:
            inner = _type_schema(members[0])
            if list(inner) == ["type"] or (inner.get("type") == "string"):
                return {**inner, "type": [inner["type"], "null"]}
            return {"anyOf": [inner, {"type": "null"}]}  # pragma: no cover - no such field yet
        return {"anyOf": [*(_type_schema(member) for member in members), {"type": "null"}]}
    if annotation is str:
        return dict(_STRING)
    if annotation is int:
        return {"type": "integer"}
    if annotation in (Theme, SourceKind):
        return {"type": "string", "enum": [member.value for member in annotation]}
    if annotation is pendulum.DateTime:
        return {**_STRING, **_DATETIME}
    if annotation is pendulum.Date:
        return {**_STRING, **_DATE}
    if annotation in _CLASSES:
        return {"$ref": f"#/$defs/{typing.cast('type', annotation).__name__}"}
    if typing.get_origin(annotation) is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0])}
        return {
            "type": "array",
            "prefixItems": [{**_type_schema(arg), "minimum": 0} for arg in args],
            "items": False,
            "minItems": len(args),
        }
    raise TypeError(f"Expected a type the JSON contract knows, got {annotation!r}")


def _class_schema(cls: type) -> dict[str, JSONValue]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, JSONValue] = {}
    if cls is DailyBrief:
        properties["schema_version"] = {
            "description": "The version of the JSON contract; this schema is version "
            f"{SCHEMA_VERSION}.",
            "type": "integer",
            "const": SCHEMA_VERSION,
        }
    for field in attrs.fields(cls):
        description, constraints = _FIELDS[(cls, field.name)]
        properties[field.name] = {
            "description": description,
            **_type_schema(hints[field.name]),
            **constraints,
        }
    return {
        "description": _CLASS_DESCRIPTIONS[cls],
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


@functools.cache
def _generate() -> dict[str, JSONValue]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"conflictevents daily brief, schema version {SCHEMA_VERSION}",
        "description": _ROOT_DESCRIPTION,
        "$ref": "#/$defs/DailyBrief",
        "$defs": {cls.__name__: _class_schema(cls) for cls in _CLASSES},
    }


def json_schema() -> dict[str, JSONValue]:
    """The JSON Schema (draft 2020-12) of the JSON contract, as a new dict.

    It describes one document as [`dumps`][conflictevents.dumps] writes it. The root
    refers to `#/$defs/DailyBrief`; `$defs` also holds `Event`, `Category` and
    `Attribution`, so other schemas can refer to them
    (`…/daily-brief.json#/$defs/Event`).

    Returns:
        A fresh dict on every call (change it freely).

    Added in 0.1.
    """
    return copy.deepcopy(_generate())


def dumps_schema() -> str:
    """The schema as the text of the shipped file: indented by 2, newline at the end."""
    return json.dumps(_generate(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema() -> dict[str, JSONValue]:
    """The schema file shipped inside the package, read from disk.

    It equals [`json_schema`][conflictevents.json_schema]`()` (a test keeps it so);
    use this to validate with a third-party validator and the exact published bytes.
    """
    text = (resources.files("conflictevents") / "data" / SCHEMA_FILE).read_text("utf-8")
    document: dict[str, JSONValue] = json.loads(text)
    return document
