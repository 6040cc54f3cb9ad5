"""`loads`/`validate` and the shipped JSON Schema accept and reject the same documents.

Thousands of documents are generated: valid briefs, and briefs with one mutation each.
Every mutation is classified:

- *structural* mutations (wrong types, missing and extra keys, bad dates, out-of-range
  numbers, blank strings, bad enums, …) must be judged alike by the library and by
  python-jsonschema (Draft202012Validator with a FormatChecker) over the shipped file;
- *semantic* mutations break exactly one rule JSON Schema cannot express (a date that
  disagrees with its day, a span outside its text, …): the library must reject, with
  that rule's code, and the schema must accept.

And for every document, whatever its mutation: the schema accepts it exactly when every
issue `validate` finds has a semantic code, and `loads` accepts it exactly when
`validate` finds none.

CI (HYPOTHESIS_PROFILE=ci) runs 10,000 documents; the default profile 1,000, `fast` 100.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from collections.abc import Callable
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as statistic
from hypothesis import strategies as st

from conflictevents import DailyBrief, ValidationError, dumps, loads, to_dict
from conflictevents._json_reader import fast_brief, read_brief
from conflictevents.days import last_day
from conflictevents.model import Attribution, Event
from conflictevents.schema import SEMANTIC_CHECKS, shipped_schema
from conflictevents.serialization import make_converter
from conflictevents.strategies import daily_briefs
from conflictevents.validation import SEMANTIC_CODES, validate, validate_json

_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
EXAMPLES = {"ci": 10_000, "fast": 100}.get(_PROFILE, 1_000)

VALIDATOR = jsonschema.Draft202012Validator(
    shipped_schema(), format_checker=jsonschema.FormatChecker()
)

CONVERTER = make_converter()

Document = dict[str, Any]
Path = tuple[str | int, ...]


@attrs.frozen
class Case:
    """A generated document, the mutation applied, and the semantic code it must raise."""

    document: object
    mutation: str
    semantic: str | None = None


def _paths(value: object, prefix: Path = ()) -> list[Path]:
    """Every path to a value inside a document, the root excluded."""
    found: list[Path] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((*prefix, key))
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((*prefix, index))
            found.extend(_paths(item, (*prefix, index)))
    return found


def _get(document: object, path: Path) -> Any:
    for key in path:
        document = document[key]  # type: ignore[index]
    return document


def _set(document: object, path: Path, value: object) -> None:
    _get(document, path[:-1])[path[-1]] = value


_OTHER_VALUES: list[object] = [123, -1, 1.5, "x", "", True, False, None, [], {}, ["a"], {"a": 1}]


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


# --- structural mutations: the library and the schema must agree ------------------------


def _wrong_type(draw: st.DrawFn, document: Document) -> str:
    path = draw(st.sampled_from(_paths(document)))
    original = _get(document, path)
    replacement = draw(
        st.sampled_from([v for v in _OTHER_VALUES if _json_type(v) != _json_type(original)])
    )
    _set(document, path, copy.deepcopy(replacement))
    return f"wrong type at {path}"


def _objects(document: Document) -> list[Path]:
    return [()] + [path for path in _paths(document) if isinstance(_get(document, path), dict)]


def _missing_key(draw: st.DrawFn, document: Document) -> str:
    path = draw(st.sampled_from(_objects(document)))
    target = _get(document, path)
    key = draw(st.sampled_from(sorted(target)))
    del target[key]
    return f"missing {key} at {path}"


def _renamed_key(draw: st.DrawFn, document: Document) -> str:
    # A missing and an unknown key at once: the object keeps its size.
    path = draw(st.sampled_from(_objects(document)))
    target = _get(document, path)
    key = draw(st.sampled_from(sorted(target)))
    target[key + draw(st.sampled_from(["_", "s", " "]))] = target.pop(key)
    return f"renamed {key} at {path}"


def _extra_key(draw: st.DrawFn, document: Document) -> str:
    path = draw(st.sampled_from(_objects(document)))
    _get(document, path)[draw(st.sampled_from(["colour", "Title", "id ", "events2"]))] = 1
    return f"extra key at {path}"


_BAD_DATES = [
    "2023-02-30",
    "2023-02-29",
    "1900-02-29",
    "2024-13-01",
    "2024-00-10",
    "0000-01-01",
    "19 Nov 2024",
    "2024-11-19\n",
    " 2024-11-19",
    "2024-1-19",
    "٢٠٢٤-١١-١٩",
    "20241119",
    "",
]
_BAD_DATETIMES = [
    "2024-11-20T06:12:00",
    "2024-11-20 06:12:00Z",
    "2024-11-20T06:12Z",
    "2024-11-20T24:00:00Z",
    "2024-11-20T06:60:00Z",
    "2024-11-20T06:12:60Z",
    "2024-11-20T06:12:00+24:00",
    "2024-11-20T06:12:00+0000",
    "2024-11-20T06:12:00.1234567Z",
    "2023-02-29T06:12:00Z",
    "2024-11-20t06:12:00z",
    "2024-11-20T06:12:00Z\n",
]


def _bad_date(draw: st.DrawFn, document: Document) -> str:
    field = draw(st.sampled_from(["date", "situation_date", "published"]))
    pool = _BAD_DATES + (_BAD_DATETIMES if field == "published" else [])
    document[field] = draw(st.sampled_from(pool))
    return f"bad {field}"


def _number_paths(document: Document) -> list[Path]:
    paths: list[Path] = [("day",), ("schema_version",)]
    for e, event in enumerate(document["events"]):
        for a, _ in enumerate(event["attributions"]):
            paths += [("events", e, "attributions", a, "span", 0)]
            paths += [("events", e, "attributions", a, "span", 1)]
    return paths


def _out_of_range(draw: st.DrawFn, document: Document) -> str:
    path = draw(st.sampled_from(_number_paths(document)))
    if path[0] == "day":
        value: object = draw(st.sampled_from([0, -1, -1000, 0.0, -3.0]))
    elif path[0] == "schema_version":
        value = draw(st.sampled_from([0, 2, -1, 2.0, 1.5, 10**20]))
    else:
        value = draw(st.sampled_from([-1, -100, -1.0, 0.5]))
    _set(document, path, value)
    return f"out of range at {path}"


def _string_paths(document: Document, *, blankable: bool) -> list[Path]:
    paths: list[Path] = [("title",)] if blankable else [("title",), ("summary",)]
    for e, event in enumerate(document["events"]):
        paths += [("events", e, "id"), ("events", e, "category", "slug")]
        for a, _ in enumerate(event["attributions"]):
            paths.append(("events", e, "attributions", a, "source"))
    return paths


def _blank(draw: st.DrawFn, document: Document) -> str:
    # Text and phrase are left out: blanking them also breaks spans (a semantic rule).
    path = draw(st.sampled_from(_string_paths(document, blankable=True)))
    _set(document, path, draw(st.sampled_from(["", " ", "\u3000", "\t\n", "\x1c", "\u2028"])))
    return f"blank at {path}"


def _bad_enum(draw: st.DrawFn, document: Document) -> str:
    targets: list[Path] = []
    for e, event in enumerate(document["events"]):
        targets.append(("events", e, "category", "theme"))
        targets += [
            ("events", e, "attributions", a, "kind") for a in range(len(event["attributions"]))
        ]
    if not targets:
        document["conflict"] = 5
        return "conflict not a string"
    path = draw(st.sampled_from(targets))
    _set(document, path, draw(st.sampled_from(["war", "Official", "", "FIGHTING", "other "])))
    return f"bad enum at {path}"


def _attribution_paths(document: Document) -> list[Path]:
    return [
        ("events", e, "attributions", a)
        for e, event in enumerate(document["events"])
        for a in range(len(event["attributions"]))
    ]


def _bad_attribution(draw: st.DrawFn, document: Document) -> str:
    paths = _attribution_paths(document)
    if not paths:
        document["events"] = "none"
        return "events not an array"
    attribution = _get(document, draw(st.sampled_from(paths)))
    field, value = draw(
        st.sampled_from(
            [
                ("country", "ru"),
                ("country", "RUS"),
                ("country", "R1"),
                ("country", "A "),
                ("country", ""),
                ("via", ["TASS", 3]),
                ("via", "TASS"),
                ("span", [1]),
                ("span", [1, 2, 3]),
                ("span", "1-2"),
                ("span", [0.5, 2]),
                ("span", [None, 2]),
            ]
        )
    )
    attribution[field] = value
    return f"bad attribution {field}"


def _not_an_object(draw: st.DrawFn, document: Document) -> object:
    return draw(st.sampled_from([[], "brief", 1, None, [copy.deepcopy(document)]]))


# --- semantic mutations: the library rejects, the schema accepts -------------------------


def _date_disagrees(draw: st.DrawFn, document: Document) -> str:
    date = dt.date.fromisoformat(document["date"])
    shift = draw(st.sampled_from([-2, -1, 1, 2, 365]))
    if date.year >= 9998:
        shift = -abs(shift)
    elif date.year <= 1:
        shift = abs(shift)
    document["date"] = (date + dt.timedelta(days=shift)).isoformat()
    return "date-day"


def _span_moves(draw: st.DrawFn, document: Document) -> str:
    path = draw(st.sampled_from(_attribution_paths(document)))
    attribution = _get(document, path)
    text = _get(document, path[:2])["text"]
    start, end = attribution["span"]
    phrase = attribution["phrase"]
    how = draw(st.sampled_from(["past-end", "longer", "reversed", "elsewhere"]))
    if how == "past-end":
        attribution["span"] = [len(text) + 1, len(text) + 1 + len(phrase)]
    elif how == "longer":
        attribution["span"] = [start, end + 1]
    elif how == "reversed":
        attribution["span"] = [end, start]
    else:
        candidates = [s for s in range(len(text) + 1) if text[s : s + len(phrase)] != phrase]
        new = draw(st.sampled_from(candidates)) if candidates else len(text) + 1
        attribution["span"] = [new, new + len(phrase)]
    return "span"


def _integer_as_float(draw: st.DrawFn, document: Document) -> str:
    paths: list[Path] = [("day",), ("schema_version",)]
    paths += [(*path, "span", i) for path in _attribution_paths(document) for i in (0, 1)]
    path = draw(st.sampled_from(paths))
    _set(document, path, float(_get(document, path)))
    return "integer"


def _unknown_conflict(draw: st.DrawFn, document: Document) -> str:
    document["conflict"] = draw(st.sampled_from(["narnia", "Russia-Ukraine", "", "russia ukraine"]))
    return "conflict"


def _past_the_calendar(draw: st.DrawFn, document: Document) -> str:
    document["day"] = last_day(document["conflict"]) + draw(st.sampled_from([1, 2, 10**30]))
    return "calendar"


Mutation = Callable[[st.DrawFn, Document], object]
STRUCTURAL: dict[str, Mutation] = {
    "wrong-type": _wrong_type,
    "missing-key": _missing_key,
    "extra-key": _extra_key,
    "renamed-key": _renamed_key,
    "bad-date": _bad_date,
    "out-of-range": _out_of_range,
    "blank": _blank,
    "bad-enum": _bad_enum,
    "bad-attribution": _bad_attribution,
}
SEMANTIC: dict[str, Mutation] = {
    "date-day": _date_disagrees,
    "span": _span_moves,
    "integer": _integer_as_float,
    "conflict": _unknown_conflict,
    "calendar": _past_the_calendar,
}


@st.composite
def cases(draw: st.DrawFn) -> Case:
    brief = draw(daily_briefs(max_events=2))
    document: Document = to_dict(brief)
    choices = ["valid", "not-an-object", *STRUCTURAL, *SEMANTIC]
    if not _attribution_paths(document):
        choices.remove("span")
    mutation = draw(st.sampled_from(choices))
    if mutation == "valid":
        return Case(document, mutation)
    if mutation == "not-an-object":
        return Case(_not_an_object(draw, document), mutation)
    if mutation in STRUCTURAL:
        detail = STRUCTURAL[mutation](draw, document)
        return Case(document, f"{mutation}: {detail}")
    SEMANTIC[mutation](draw, document)
    return Case(document, mutation, semantic=mutation)


def _loads_accepts(text: str) -> bool:
    try:
        loads(text)
    except ValidationError:
        return False
    return True


def test_the_semantic_mutations_are_the_documented_semantic_checks() -> None:
    assert set(SEMANTIC) == set(SEMANTIC_CHECKS) == SEMANTIC_CODES


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(cases())
def test_loads_and_the_schema_agree(case: Case) -> None:
    statistic(case.mutation.split(":")[0])  # `pytest --hypothesis-show-statistics` counts them
    text = json.dumps(case.document, ensure_ascii=False)
    issues = validate_json(text)
    codes = {issue.code for issue in issues}
    loads_ok = _loads_accepts(text)
    schema_ok = VALIDATOR.is_valid(json.loads(text))

    assert loads_ok == (not issues)
    assert validate(json.loads(text)) == issues  # decoded data or text: the same report
    # The fast path is sound and complete: it builds what the reporting path builds.
    slow = read_brief([], json.loads(text))
    fast = fast_brief(json.loads(text))
    assert fast == (slow if isinstance(slow, DailyBrief) else None)
    assert schema_ok == codes.issubset(SEMANTIC_CODES), (case.mutation, issues)
    if case.semantic is not None:
        assert not loads_ok, case.mutation
        assert schema_ok, (case.mutation, list(VALIDATOR.iter_errors(json.loads(text))))
        assert codes == {case.semantic}, issues
    elif case.mutation != "valid":
        assert loads_ok == schema_ok, (case.mutation, issues)
    else:
        assert loads_ok, issues


def _rebuild(brief: DailyBrief) -> DailyBrief:
    """The same brief built through the model constructors, validators and all."""
    return DailyBrief(
        **{
            **attrs.asdict(brief, recurse=False),
            "events": tuple(
                Event(
                    **{
                        **attrs.asdict(event, recurse=False),
                        "attributions": tuple(
                            Attribution(**attrs.asdict(a, recurse=False))
                            for a in event.attributions
                        ),
                    }
                )
                for event in brief.events
            ),
        }
    )


@settings(max_examples=max(EXAMPLES // 10, 50), deadline=None)
@given(cases())
def test_loads_builds_what_the_constructors_and_cattrs_build(case: Case) -> None:
    """The fast reader skips `__init__`: hold it to the constructors and the cattrs path."""
    text = json.dumps(case.document, ensure_ascii=False)
    try:
        brief = loads(text)
    except ValidationError:
        brief = None
    if brief is None:
        return
    assert _rebuild(brief) == brief
    body = dict(json.loads(text))
    del body["schema_version"]
    assert CONVERTER.structure(body, DailyBrief) == brief


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"schema_version": 1.0}', "integer"),
        ("[]", "type"),
    ],
)
def test_examples_of_codes(text: str, code: str) -> None:
    assert code in {issue.code for issue in validate_json(text)}


def _json_dumps(brief: DailyBrief, indent: int | None) -> str:
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=indent, separators=separators)


@settings(max_examples=max(EXAMPLES // 10, 50), deadline=None)
@given(daily_briefs(max_events=2), st.sampled_from([None, 2, 4]))
def test_dumps_writes_what_json_dumps_writes(brief: DailyBrief, indent: int | None) -> None:
    # dumps takes orjson's path when it can; the bytes must not depend on that.
    assert dumps(brief, indent=indent) == _json_dumps(brief, indent)


@pytest.mark.parametrize(
    "text",
    [
        "".join(chr(code) for code in range(0x250)),
        "\u2028\u2029\ufeff\U0001f600 ’“”",
        "lone \ud800 surrogate",
    ],
    ids=["control-and-latin", "separators-and-emoji", "lone-surrogate"],
)
def test_dumps_escapes_like_json_dumps(text: str) -> None:
    brief = DailyBrief(title="t", day=1, summary=text)
    assert dumps(brief) == _json_dumps(brief, None)
    assert dumps(brief, indent=2) == _json_dumps(brief, 2)
