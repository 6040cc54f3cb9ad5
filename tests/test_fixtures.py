"""Regression test: every brief in tests/data/briefs/ parses to what its expected file says.

Each fixture is a brief (`NAME.txt`, `NAME.md` or `NAME.html`) beside `NAME.expected.json`,
which lists the facts a correct parse must contain: header fields, the warning codes the
parse must report (and no others), clutter that must not leak into any event, and per event
its category, theme, opening words and attributions. The seed brief of the project
(`<repo>/../shared/seeds/`) is checked the same way when that folder exists.

The checks are split in two so that a failure says what kind of thing went wrong:
`test_fixture_structure` (header, warnings, clutter, events and their sections) and
`test_fixture_attributions` (who each claim comes from, of what kind, through what). A
third test checks that the expected files themselves are well formed and agree with the
war-day arithmetic; it needs no parser.

Expected files follow the seed's format, extended with `about`, `format`, `warnings` (the
exact set of warning-level diagnostic codes), `dropped` (clutter that must not reach any
event text) and a per-event `theme`, which may be a list of acceptable themes where the
heading is a one-off headline whose theme is a judgement call. Source names match when their
word sets are equal after folding case, possessives and common spelling variants, or when
the parsed name contains an accepted name of two words or more.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conflictevents import SourceKind, Theme, date_of, day_of

HERE = Path(__file__).resolve().parent
BRIEFS = HERE / "data" / "briefs"
SEEDS = HERE.parent.parent / "shared" / "seeds"

BRIEF_SUFFIXES = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
THEMES = {theme.value for theme in Theme}
KINDS = {kind.value for kind in SourceKind}
WARNING_CODES = {
    "day-lag",
    "weekday-mismatch",
    "no-date-line",
    "no-title-day",
    "unbulleted-paragraph",
    "possibly-truncated",
    "no-structure",
}
REQUIRED_KEYS = {
    "about",
    "format",
    "conflict",
    "title",
    "summary",
    "day",
    "date",
    "situation_date",
    "published",
    "source_line",
    "warnings",
    "dropped",
    "events",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Json = dict[str, Any]


# --- collecting the fixtures ---------------------------------------------------------


def _expected_files() -> Iterator[Any]:
    for path in sorted(BRIEFS.glob("*.expected.json")):
        yield pytest.param(path, id=path.name.removesuffix(".expected.json"))
    if SEEDS.is_dir():
        for path in sorted(SEEDS.glob("*.expected.json")):
            yield pytest.param(path, id="seed-" + path.name.removesuffix(".expected.json"))
    else:
        yield pytest.param(
            SEEDS,
            id="seed-absent",
            marks=pytest.mark.skip(reason=f"no shared seeds folder at {SEEDS}"),
        )


ALL_FIXTURES = list(_expected_files())
OWN_FIXTURES = [
    pytest.param(path, id=path.name.removesuffix(".expected.json"))
    for path in sorted(BRIEFS.glob("*.expected.json"))
]


def _brief_path(expected_path: Path) -> Path:
    stem = expected_path.name.removesuffix(".expected.json")
    found = [
        expected_path.with_name(stem + suffix)
        for suffix in BRIEF_SUFFIXES
        if expected_path.with_name(stem + suffix).exists()
    ]
    assert len(found) == 1, f"expected exactly one brief beside {expected_path.name}, got {found}"
    return found[0]


@functools.cache
def _load(expected_path: Path) -> Json:
    data: Json = json.loads(expected_path.read_text(encoding="utf-8"))
    return data


@functools.cache
def _parse(brief_path: Path) -> Any:
    # Imported here, not at the top, so that the checks of the expected files still run
    # (and say something useful) when the parser cannot even be imported.
    from conflictevents import parse_brief

    return parse_brief(brief_path)


# --- tolerant source-name matching -----------------------------------------------------

_NAME_STOP = {"the", "of", "s", "news", "agency", "state", "run", "a", "an", "its", "his", "her"}
_NAME_SWAP = {
    "russia": "russian",
    "ukraine": "ukrainian",
    "ukraines": "ukrainian",
    "defense": "defence",
    "united": "us",
    "states": "us",
    "american": "us",
    "sergei": "sergey",
    "dmitri": "dmitry",
    "zelensky": "zelenskyy",
    "zelenskiy": "zelenskyy",
    "zelenskyi": "zelenskyy",
    "twitter": "x",
    "organisation": "organization",
    "kiev": "kyiv",
}


def _name_tokens(name: str) -> frozenset[str]:
    """Reduce a source name to a set of comparable words.

    Case, possessives, apostrophe style, articles and a few spelling variants are folded,
    so that "Russia’s Defence Ministry" and "the Russian defence ministry" compare equal.
    """
    folded = name.casefold().replace("’", "'").replace("ʼ", "'")
    folded = re.sub(r"'s\b", "", folded)
    words = re.findall(r"[^\W_]+", folded)
    kept = frozenset(_NAME_SWAP.get(w, w) for w in words if w not in _NAME_STOP)
    return kept or frozenset(words)


def same_name(accepted: list[str], actual: str) -> bool:
    """Whether `actual` names the same source as any of the `accepted` spellings.

    Equal word sets match. A more specific actual name also matches an accepted name of
    two words or more that it contains ("Kremlin spokesman Dmitry Peskov" for "Dmitry
    Peskov"), but a one-word name never matches a longer one, so that "Russia" is not
    taken for "Russian Ministry of Defence", nor the other way round.
    """
    got = _name_tokens(actual)
    for alias in accepted:
        want = _name_tokens(alias)
        if want == got or (len(want) >= 2 and want < got):
            return True
    return False


# --- reading the visible text of a fixture (for the self-checks) -----------------------


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _read_brief_text(path: Path) -> str:
    """A fixture's text, from the encodings a saved brief comes in.

    UTF-8 (with or without a byte order mark), UTF-16 with one, else Windows-1252, as a
    browser or an editor on Windows saves it.
    """
    data = path.read_bytes()
    # The byte order mark is kept as U+FEFF, so that a fixture can check it is dropped.
    if data.startswith(codecs.BOM_UTF16_LE):
        return data.decode("utf-16-le")
    if data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _visible_text(path: Path) -> str:
    raw = _read_brief_text(path)
    if path.suffix in {".html", ".htm"}:
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    elif path.suffix == ".md":
        raw = re.sub(r"!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])", r"\1", raw)
        raw = re.sub(r"(\*\*|__)(.+?)\1", r"\2", raw)
        raw = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", raw)
        # Backslash escapes ("al\-Shifa", "\*real\*") print the character itself; a
        # backslash at the end of a line is a hard line break.
        raw = re.sub(r"\\\n", "\n", raw)
        raw = re.sub(r"(?i)<br\s*/?>", " ", raw)
        raw = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", raw)
    return _collapse(raw)


# --- the checks ------------------------------------------------------------------------


def _as_str(value: object) -> str | None:
    return None if value is None else str(value)


def _accepted(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _report(name: str, failures: list[str]) -> str:
    return f"{name}: {len(failures)} mismatch(es)\n  " + "\n  ".join(failures)


@pytest.mark.parametrize("expected_path", ALL_FIXTURES)
def test_fixture_structure(expected_path: Path) -> None:
    want = _load(expected_path)
    result = _parse(_brief_path(expected_path))
    brief = result.brief
    failures: list[str] = []

    def check(what: str, expected: object, got: object) -> None:
        if expected != got:
            failures.append(f"{what}: want {expected!r}, got {got!r}")

    check("conflict", want["conflict"], _as_str(brief.conflict))
    check("title", want["title"], brief.title)
    check("summary", want["summary"], brief.summary)
    check("day", want["day"], brief.day)
    check("date", want["date"], _as_str(brief.date))
    check("situation_date", want["situation_date"], _as_str(brief.situation_date))
    check("source_line", want["source_line"], brief.source_line)
    published = _as_str(brief.published)
    if want["published"] is None:
        check("published", None, published)
    elif published is None or not published.startswith(want["published"]):
        failures.append(f"published: want {want['published']!r}…, got {published!r}")

    severities = [(str(d.severity), d.code) for d in result.diagnostics]
    warned = {code for severity, code in severities if severity == "warning"}
    check("warning codes", set(want.get("warnings", [])), warned)
    errors = [code for severity, code in severities if severity == "error"]
    check("error codes", [], errors)

    events = brief.events
    for clutter in want.get("dropped", []):
        leaked = [i for i, event in enumerate(events) if clutter in event.text]
        if leaked:
            failures.append(f"clutter {clutter!r} leaked into event(s) {leaked}")

    check("event count", len(want["events"]), len(events))
    for i, (w, event) in enumerate(zip(want["events"], events, strict=False)):
        check(f"event {i} category", w["category"], event.category.label)
        if "theme" in w:
            theme = str(event.category.theme)
            if theme not in _accepted(w["theme"]):
                failures.append(f"event {i} theme: want {w['theme']!r}, got {theme!r}")
        if not event.text.startswith(w["starts_with"]):
            failures.append(
                f"event {i} text: want it to start {w['starts_with']!r}, got {event.text[:60]!r}"
            )
    assert not failures, _report(expected_path.name, failures)


def _match_attribution(expected: Json, actual: list[Any], used: set[int]) -> int | None:
    for j, att in enumerate(actual):
        if j not in used and same_name(expected["source"], att.source):
            return j
    return None


@pytest.mark.parametrize("expected_path", ALL_FIXTURES)
def test_fixture_attributions(expected_path: Path) -> None:
    want = _load(expected_path)
    events = _parse(_brief_path(expected_path)).brief.events
    failures: list[str] = []
    if len(events) != len(want["events"]):
        failures.append(
            f"event count: want {len(want['events'])}, got {len(events)} "
            "(attributions compared for the events both have)"
        )
    for i, (w, event) in enumerate(zip(want["events"], events, strict=False)):
        actual = list(event.attributions)
        got_names = [att.source for att in actual]
        used: set[int] = set()
        for expected in w["attributions"]:
            j = _match_attribution(expected, actual, used)
            if j is None:
                failures.append(
                    f"event {i}: no attribution to {expected['source'][0]!r}; got {got_names}"
                )
                continue
            used.add(j)
            att = actual[j]
            if "kind" in expected and str(att.kind) != expected["kind"]:
                failures.append(
                    f"event {i}: {att.source!r} should be kind {expected['kind']!r}, got {str(att.kind)!r}"
                )
            via = list(att.via)
            if len(via) != len(expected["via"]) or not all(
                same_name(accepted, got)
                for accepted, got in zip(expected["via"], via, strict=False)
            ):
                wanted = [accepted[0] for accepted in expected["via"]]
                failures.append(f"event {i}: {att.source!r} should come via {wanted}, got {via}")
        if len(actual) != len(w["attributions"]):
            failures.append(
                f"event {i}: want {len(w['attributions'])} attribution(s), got {len(actual)}: {got_names}"
            )
    assert not failures, _report(expected_path.name, failures)


# --- the expected files themselves --------------------------------------------------------


def _iso(value: object, what: str, failures: list[str]) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        failures.append(f"{what}: {value!r} is not an ISO date")
        return None


def _check_event_shape(i: int, event: Json, failures: list[str]) -> None:
    missing = {"category", "theme", "starts_with", "attributions"} - set(event)
    if missing:
        failures.append(f"event {i}: missing keys {sorted(missing)}")
        return
    if event["category"] is not None and (
        not isinstance(event["category"], str) or not event["category"].strip()
    ):
        failures.append(f"event {i}: category must be a non-empty string or null")
    if not set(_accepted(event["theme"])) <= THEMES:
        failures.append(f"event {i}: unknown theme {event['theme']!r}")
    if not isinstance(event["starts_with"], str) or len(event["starts_with"]) < 12:
        failures.append(f"event {i}: starts_with should hold the first words of the event")
    for att in event["attributions"]:
        if not att.get("source") or not all(isinstance(s, str) and s for s in att["source"]):
            failures.append(f"event {i}: attribution without source names: {att!r}")
        if "kind" in att and att["kind"] not in KINDS:
            failures.append(f"event {i}: unknown kind {att['kind']!r}")
        if not isinstance(att.get("via"), list) or not all(
            isinstance(v, list) and v and all(isinstance(s, str) for s in v) for v in att["via"]
        ):
            failures.append(f"event {i}: via must be a list of lists of names: {att!r}")


def _check_days(want: Json, brief_text: str, failures: list[str]) -> None:
    conflict = want["conflict"]
    date = _iso(want["date"], "date", failures)
    if date is not None and str(date_of(want["day"], conflict)) != want["date"]:
        failures.append(
            f"date {want['date']} is not the date of day {want['day']} "
            f"({date_of(want['day'], conflict)})"
        )
    situation = _iso(want["situation_date"], "situation_date", failures)
    published = _iso(want["published"], "published", failures)
    warnings = set(want["warnings"])
    if situation is None:
        if "no-date-line" not in warnings:
            failures.append("situation_date is null but no no-date-line warning is expected")
        return
    if "no-date-line" in warnings:
        failures.append("a situation_date is given but a no-date-line warning is expected")
    lag = day_of(situation.isoformat(), conflict) - want["day"]
    if (lag not in {0, 1}) != ("day-lag" in warnings):
        failures.append(f"lag is {lag}, which does not agree with warnings {sorted(warnings)}")
    weekday = WEEKDAYS[situation.weekday()]
    month_day = f"{situation.strftime('%B')} {situation.day}"
    stated = re.search(rf"\b({'|'.join(WEEKDAYS)}),? {month_day}\b", brief_text)
    if stated is None:
        # Some date lines name no weekday ("Date: October 8, 2025"); then there is no
        # weekday to check, but the date itself must be printed.
        weekdayless = re.search(rf"\b{month_day},? \d{{4}}\b", brief_text)
        if weekdayless is None or "weekday-mismatch" in warnings:
            failures.append(f"no '<Weekday>, {month_day}' date line found in the brief")
    elif (stated.group(1) != weekday) != ("weekday-mismatch" in warnings):
        failures.append(
            f"the brief says {stated.group(1)}, {month_day} ({weekday} in fact), "
            f"which does not agree with warnings {sorted(warnings)}"
        )
    if published is not None and not 0 <= (situation - published).days <= 1:
        failures.append(f"published {published} should be the stated date or the day before")


@pytest.mark.parametrize("expected_path", OWN_FIXTURES)
def test_fixture_expectations_are_well_formed(expected_path: Path) -> None:
    want = _load(expected_path)
    brief_path = _brief_path(expected_path)
    raw = _read_brief_text(brief_path)
    visible = _visible_text(brief_path)
    failures: list[str] = []

    missing = REQUIRED_KEYS - set(want)
    assert not missing, f"{expected_path.name}: missing keys {sorted(missing)}"
    if want["format"] != BRIEF_SUFFIXES[brief_path.suffix]:
        failures.append(f"format {want['format']!r} does not fit {brief_path.name}")
    if not set(want["warnings"]) <= WARNING_CODES:
        failures.append(f"unknown warning codes {sorted(set(want['warnings']) - WARNING_CODES)}")
    if len(set(want["warnings"])) != len(want["warnings"]):
        failures.append("warnings repeat a code")
    if not isinstance(want["day"], int) or want["day"] < 1:
        failures.append(f"day must be a positive integer, got {want['day']!r}")
    else:
        _check_days(want, visible, failures)
    if _collapse(want["title"]) not in visible:
        failures.append("the title does not appear in the brief")
    if want["summary"] is not None and _collapse(want["summary"]) not in visible:
        failures.append("the summary does not appear in the brief")
    failures.extend(
        f"dropped {clutter!r} does not appear in the brief, so it tests nothing"
        for clutter in want["dropped"]
        if clutter not in raw and _collapse(clutter) not in visible
    )
    if not want["events"]:
        failures.append("a fixture needs events")
    for i, event in enumerate(want["events"]):
        _check_event_shape(i, event, failures)
        if (
            isinstance(event.get("starts_with"), str)
            and _collapse(event["starts_with"]) not in visible
        ):
            failures.append(f"event {i}: {event['starts_with']!r} does not appear in the brief")
    assert not failures, _report(expected_path.name, failures)


def test_fixture_corpus_is_broad() -> None:
    """The corpus keeps covering every input format, several conflicts and every warning."""
    wants = [_load(path.values[0]) for path in OWN_FIXTURES]
    formats = [w["format"] for w in wants]
    assert len(wants) >= 32
    assert formats.count("markdown") >= 4
    assert formats.count("html") >= 6
    assert {w["conflict"] for w in wants} >= {"russia-ukraine", "israel-gaza", "israel-iran"}
    assert set().union(*(w["warnings"] for w in wants)) == WARNING_CODES
