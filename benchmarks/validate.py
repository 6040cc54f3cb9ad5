"""How fast conflictevents reads, checks and writes JSON, next to the usual alternatives.

    python benchmarks/validate.py [--briefs N] [--repeat R]

One process, one corpus, every contender timed on the same bytes (best of R rounds):

- reading: our strict `loads` against `orjson.loads` and `json.loads` (untyped: no checks
  at all, the floor), pydantic v2 (`model_validate_json`, strict, `extra="forbid"`) and
  msgspec (`Struct`, `forbid_unknown_fields`) with models equivalent to the contract,
  python-jsonschema and jsonschema-rs with the shipped schema (decode + validate);
- writing: our `dumps` against pydantic `model_dump_json`, `msgspec.json.encode` and
  `orjson.dumps` of plain dicts;
- memory: bytes per event held once a corpus is loaded (tracemalloc).

Needs the `bench` extra: pip install -e ".[bench]".
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import time
import tracemalloc
from collections.abc import Callable
from typing import Annotated, Literal

import jsonschema
import jsonschema_rs
import msgspec
import orjson
import pendulum
import pydantic

from conflictevents import (
    Attribution,
    Category,
    DailyBrief,
    Event,
    SourceKind,
    Theme,
    dumps,
    loads,
    to_dict,
)
from conflictevents.schema import shipped_schema

# --- a corpus that looks like real briefs ------------------------------------------------

_WORDS = [
    "Russian",
    "Ukrainian",
    "forces",
    "drones",
    "missiles",
    "struck",
    "overnight",
    "region",
    "officials",
    "said",
    "the",
    "a",
    "of",
    "in",
    "on",
    "and",
    "to",
    "killed",
    "wounded",
    "energy",
    "infrastructure",
    "Kyiv",
    "Kharkiv",
    "Zaporizhia",
    "Donetsk",
    "front",
    "line",
    "talks",
    "sanctions",
    "aid",
    "package",
    "minister",
    "president",
    "Kremlin",
    "NATO",
    "ceasefire",
    "prisoners",
    "exchange",
    "grain",
    "port",
    "shelling",
    "air",
    "defence",
    "power",
    "outages",
]
_SOURCES = [
    ("Russian Ministry of Defence", SourceKind.GOVERNMENT, "RU", None, ("TASS",)),
    ("Volodymyr Zelenskyy", SourceKind.OFFICIAL, "UA", "President", ()),
    ("Dmitry Peskov", SourceKind.OFFICIAL, "RU", "Kremlin spokesman", ("RIA Novosti",)),
    ("Institute for the Study of War", SourceKind.ORGANIZATION, "US", None, ()),
    ("officials", SourceKind.UNNAMED, None, None, ()),
]
_THEMES = [
    ("Fighting", Theme.FIGHTING),
    ("Military aid", Theme.WEAPONS),
    ("Politics and diplomacy", Theme.DIPLOMACY),
    ("Economy", Theme.ECONOMY),
]


def _event(rng: random.Random, day: int) -> Event:
    sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(25, 60)))
    label, theme = rng.choice(_THEMES)
    attributions = []
    text = sentence[0].upper() + sentence[1:]
    if rng.random() < 0.7:
        source, kind, country, role, via = rng.choice(_SOURCES)
        phrase = f"according to {source}"
        start = len(text) + 2
        text = f"{text}, {phrase}."
        attributions.append(
            Attribution(
                source=source,
                kind=kind,
                country=country,
                role=role,
                via=via,
                phrase=phrase,
                span=(start, start + len(phrase)),
            )
        )
    return Event.create(
        "russia-ukraine", day, text, Category.from_label(label, theme), tuple(attributions)
    )


def make_corpus(count: int, seed: int = 5) -> list[DailyBrief]:
    rng = random.Random(seed)
    briefs = []
    for index in range(count):
        day = 100 + index
        briefs.append(
            DailyBrief(
                title=f"Russia-Ukraine war: List of key events, day {day:,}",
                summary="These are the key developments on this day of the war.",
                day=day,
                situation_date=pendulum.date(2022, 2, 24).add(days=day),
                published=pendulum.datetime(2022, 2, 24, 6, 30, tz="UTC").add(days=day),
                source_line="Al Jazeera and news agencies",
                url=f"https://example.invalid/{day}",
                events=tuple(_event(rng, day) for _ in range(rng.randint(12, 24))),
            )
        )
    return briefs


# --- equivalent models for pydantic and msgspec ------------------------------------------

NonBlank = Annotated[str, pydantic.StringConstraints(pattern=r"\S")]
ThemeName = Literal[tuple(theme.value for theme in Theme)]  # type: ignore[valid-type]
KindName = Literal[tuple(kind.value for kind in SourceKind)]  # type: ignore[valid-type]
_STRICT = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)


class PCategory(pydantic.BaseModel):
    model_config = _STRICT
    label: str | None
    slug: NonBlank
    theme: ThemeName


class PAttribution(pydantic.BaseModel):
    model_config = _STRICT
    source: NonBlank
    kind: KindName
    country: Annotated[str, pydantic.StringConstraints(pattern=r"^[A-Z]{2}$")] | None
    role: str | None
    via: tuple[str, ...]
    phrase: NonBlank
    span: tuple[Annotated[int, pydantic.Field(ge=0)], Annotated[int, pydantic.Field(ge=0)]]


class PEvent(pydantic.BaseModel):
    model_config = _STRICT
    id: NonBlank
    category: PCategory
    text: NonBlank
    attributions: tuple[PAttribution, ...]


class PBrief(pydantic.BaseModel):
    model_config = _STRICT
    schema_version: Literal[1]
    conflict: str
    title: NonBlank
    summary: str | None
    day: Annotated[int, pydantic.Field(ge=1)]
    date: dt.date
    situation_date: dt.date | None
    published: dt.datetime | dt.date | None
    source_line: str | None
    url: str | None
    events: tuple[PEvent, ...]


_MS = {"forbid_unknown_fields": True, "frozen": True}


class MCategory(msgspec.Struct, **_MS):  # type: ignore[misc, call-arg]
    label: str | None
    slug: Annotated[str, msgspec.Meta(pattern=r"\S")]
    theme: Theme


class MAttribution(msgspec.Struct, **_MS):  # type: ignore[misc, call-arg]
    source: Annotated[str, msgspec.Meta(pattern=r"\S")]
    kind: SourceKind
    country: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")] | None
    role: str | None
    via: tuple[str, ...]
    phrase: Annotated[str, msgspec.Meta(pattern=r"\S")]
    span: tuple[Annotated[int, msgspec.Meta(ge=0)], Annotated[int, msgspec.Meta(ge=0)]]


class MEvent(msgspec.Struct, **_MS):  # type: ignore[misc, call-arg]
    id: Annotated[str, msgspec.Meta(pattern=r"\S")]
    category: MCategory
    text: Annotated[str, msgspec.Meta(pattern=r"\S")]
    attributions: tuple[MAttribution, ...]


class MBrief(msgspec.Struct, **_MS):  # type: ignore[misc, call-arg]
    schema_version: Literal[1]
    conflict: str
    title: Annotated[str, msgspec.Meta(pattern=r"\S")]
    summary: str | None
    day: Annotated[int, msgspec.Meta(ge=1)]
    date: dt.date
    situation_date: dt.date | None
    published: str | None  # msgspec cannot hold a date-or-datetime union of strings
    source_line: str | None
    url: str | None
    events: tuple[MEvent, ...]


# --- timing ------------------------------------------------------------------------------


def best(function: Callable[[], object], repeat: int, *, collect: bool = True) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by the machine).

    With `collect`, the cyclic garbage collector runs as it would in a program (it is
    triggered by allocations, so code that makes many objects pays for it); without, it
    is off, as `timeit` has it, which measures the code alone.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        if not collect:
            gc.disable()
        try:
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(times)


def _table(
    title: str,
    rows: list[tuple[str, Callable[[], object]]],
    repeat: int,
    briefs: int,
    refs: dict[str, int],
) -> None:
    on = {name: best(function, repeat) for name, function in rows}
    off = {name: best(function, repeat, collect=False) for name, function in rows}
    names = [rows[ref][0] for ref in refs.values()]
    header = "".join(f" {'× ' + label:>12}" for label in refs)
    print(f"{title:44} {'µs gc on':>9} {'µs gc off':>9}{header}")
    for name, _ in rows:
        ratios = "".join(
            f" {on[name] / on[ref]:6.2f}/{off[name] / off[ref]:<5.2f}" for ref in names
        )
        print(f"{name:44} {on[name] / briefs * 1e6:9.1f} {off[name] / briefs * 1e6:9.1f}{ratios}")


def held_bytes_per_event(
    load: Callable[[bytes], object], corpus: list[bytes], events: int
) -> float:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    held = [load(text) for text in corpus]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del held
    return (after - before) / events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    briefs = make_corpus(args.briefs)
    corpus = [dumps(brief).encode() for brief in briefs]
    texts = [text.decode() for text in corpus]
    events = sum(len(brief.events) for brief in briefs)
    size = sum(map(len, corpus))

    pydantic_decode = PBrief.model_validate_json
    msgspec_decoder = msgspec.json.Decoder(MBrief)
    schema = shipped_schema()
    py_validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.FormatChecker()
    )
    rs_validator = jsonschema_rs.validator_for(schema)

    for text in corpus:  # every contender must accept the corpus, or the race is unfair
        assert loads(text) is not None
        pydantic_decode(text)
        msgspec_decoder.decode(text)
        assert py_validator.is_valid(orjson.loads(text))
        assert rs_validator.is_valid(orjson.loads(text))

    readers: list[tuple[str, Callable[[], object]]] = [
        ("orjson.loads (untyped, no checks)", lambda: [orjson.loads(t) for t in corpus]),
        ("json.loads (untyped, no checks)", lambda: [json.loads(t) for t in texts]),
        ("conflictevents.loads (typed, strict)", lambda: [loads(t) for t in corpus]),
        ("msgspec Struct decode (typed)", lambda: [msgspec_decoder.decode(t) for t in corpus]),
        ("pydantic v2 model_validate_json (strict)", lambda: [pydantic_decode(t) for t in corpus]),
        (
            "jsonschema-rs (orjson.loads + is_valid)",
            lambda: [rs_validator.is_valid(orjson.loads(t)) for t in corpus],
        ),
        (
            "python-jsonschema (json.loads + is_valid)",
            lambda: [py_validator.is_valid(json.loads(t)) for t in texts],
        ),
    ]
    p_models = [pydantic_decode(text) for text in corpus]
    m_models = [msgspec_decoder.decode(text) for text in corpus]
    plain = [to_dict(brief) for brief in briefs]
    writers: list[tuple[str, Callable[[], object]]] = [
        ("orjson.dumps (plain dicts)", lambda: [orjson.dumps(d) for d in plain]),
        ("msgspec.json.encode (Struct)", lambda: [msgspec.json.encode(m) for m in m_models]),
        ("conflictevents.dumps", lambda: [dumps(b) for b in briefs]),
        ("pydantic v2 model_dump_json", lambda: [m.model_dump_json() for m in p_models]),
    ]

    print(
        f"corpus: {len(briefs)} briefs, {events} events, {size / 1e6:.1f} MB of JSON; "
        f"best of {args.repeat}\n"
    )
    print("ratios: gc on/gc off\n")
    _table(
        "read (decode + check + build)",
        readers,
        args.repeat,
        len(briefs),
        {"orjson": 0, "ours": 2},
    )
    print()
    _table("write", writers, args.repeat, len(briefs), {"ours": 2})

    print(f"\n{'memory held after loading':44} {'bytes/event':>11}")
    for name, load in [
        ("conflictevents.loads", loads),
        ("pydantic v2", pydantic_decode),
        ("msgspec Struct", msgspec_decoder.decode),
        ("orjson.loads (plain dicts)", orjson.loads),
    ]:
        print(f"{name:44} {held_bytes_per_event(load, corpus, events):11.0f}")
    print(f"{'(the JSON text itself)':44} {size / events:11.0f}")


if __name__ == "__main__":
    main()
