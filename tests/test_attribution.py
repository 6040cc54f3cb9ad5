"""The attribution extractor and the source registry.

Gold sentences live in tests/data/attribution/gold.json (written for this project); each
template has its own cases there and is checked here one case per test.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import conflictevents
from conflictevents import (
    Attribution,
    AttributionContext,
    SourceEntry,
    SourceKind,
    SourceRegistry,
    ValidationError,
    default_registry,
    extract_attributions,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "attribution"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))["cases"]
NAMES = json.loads((DATA / "registry_names.json").read_text(encoding="utf-8"))["names"]
SEED = ROOT.parent / "shared" / "seeds" / "000_e1c1575f2e4cf822"


def _run(case: dict[str, Any]) -> tuple[Attribution, ...]:
    context = AttributionContext()
    for earlier in case.get("context", ()):
        extract_attributions(earlier, context=context)
    return extract_attributions(case["text"], context=context)


def _as_checked(attribution: Attribution, wanted: dict[str, Any]) -> dict[str, Any]:
    got = {
        "source": attribution.source,
        "kind": str(attribution.kind),
        "country": attribution.country,
        "role": attribution.role,
        "via": list(attribution.via),
        "phrase": attribution.phrase,
    }
    return {key: got[key] for key in wanted}


# -- gold sentences, one test per case ---------------------------------------------------


@pytest.mark.parametrize("case", GOLD, ids=[case["id"] for case in GOLD])
def test_gold_sentence(case: dict[str, Any]) -> None:
    got = _run(case)
    assert [_as_checked(a, w) for a, w in zip(got, case["attributions"], strict=False)] == case[
        "attributions"
    ][: len(got)]
    assert len(got) == len(case["attributions"]), [a.source for a in got]
    for attribution in got:
        start, end = attribution.span
        assert case["text"][start:end] == attribution.phrase


def test_gold_covers_every_template_of_the_issue() -> None:
    templates = {case["template"] for case in GOLD}
    assert {
        "said",
        "speech verbs",
        "according to",
        "news agency reported",
        "reported citing",
        "statement cited by",
        "cited as saying",
        "told",
        "channels",
        "interviews",
        "bare actor",
        "vague",
        "two sources",
        "anaphora",
        "merge",
        "none",
    } <= templates


# -- specific behaviours -----------------------------------------------------------------


def test_no_attribution_gives_an_empty_tuple() -> None:
    assert extract_attributions("Russia and Ukraine exchanged 90 prisoners each.") == ()
    assert extract_attributions("") == ()


def test_source_versus_via() -> None:
    (attribution,) = extract_attributions(
        "Exports fell, Ukraine’s economy minister told the Reuters news agency in an interview."
    )
    assert attribution.source == "Ukraine’s economy minister"
    assert attribution.kind is SourceKind.OFFICIAL
    assert attribution.country == "UA"
    assert attribution.via == ("Reuters",)


def test_role_is_the_title_as_printed() -> None:
    (attribution,) = extract_attributions(
        "Kremlin spokesperson Dmitri Peskov said the talks ended."
    )
    assert (attribution.source, attribution.role) == ("Dmitry Peskov", "Kremlin spokesperson")


def test_a_second_verb_of_the_same_subject_adds_nothing() -> None:
    got = extract_attributions("Moldova said it expelled a diplomat and warned of more steps.")
    assert [a.source for a in got] == ["Moldova"]


def test_passive_voice_is_not_an_attribution() -> None:
    assert extract_attributions("Two men were accused of sabotage and were said to be held.") == ()


def test_same_source_twice_in_an_event_is_merged_with_both_vias() -> None:
    text = "Lavrov said on Telegram the talks failed. Lavrov later told TASS the door stayed open."
    (attribution,) = extract_attributions(text)
    assert attribution.source == "Sergey Lavrov"
    assert attribution.via == ("Telegram", "TASS")
    assert attribution.phrase == "Lavrov said on Telegram"


def test_outlet_after_another_source_becomes_its_via() -> None:
    text = "Dmitry Medvedev said the plan was doomed, the RIA news agency reported."
    (attribution,) = extract_attributions(text)
    assert (attribution.source, attribution.via) == ("Dmitry Medvedev", ("RIA Novosti",))


def test_outlet_in_a_contrasting_clause_stays_a_source() -> None:
    text = "Kyiv said the dam held, while Reuters reported flooding downstream."
    assert [a.source for a in extract_attributions(text)] == ["Ukraine", "Reuters"]


def test_context_resolves_the_ministry_across_events() -> None:
    context = AttributionContext()
    extract_attributions(
        "Nine drones were downed, the Russian defence ministry said.", context=context
    )
    extract_attributions("Power was cut in two towns.", context=context)
    (attribution,) = extract_attributions("The ministry said one more was downed.", context=context)
    assert attribution.source == "Russian Ministry of Defence"
    assert attribution.phrase == "The ministry said"


def test_without_context_the_ministry_is_kept_as_written() -> None:
    (attribution,) = extract_attributions("The ministry said one more was downed.")
    assert (attribution.source, attribution.kind) == ("ministry", SourceKind.GOVERNMENT)


def test_context_prefers_the_latest_match() -> None:
    context = AttributionContext()
    extract_attributions("Russia’s Foreign Ministry said the envoy was summoned.", context=context)
    extract_attributions("Ukraine’s Defence Ministry said the strike failed.", context=context)
    (attribution,) = extract_attributions(
        "The ministry added that losses were light.", context=context
    )
    assert attribution.source == "Ukrainian Ministry of Defence"


def test_he_said_needs_a_person_named_earlier_in_the_event() -> None:
    assert extract_attributions("He said the bridge was closed.") == ()
    (attribution,) = extract_attributions(
        "Oleksandr Prokudin visited the shelters. He said the bridge was closed."
    )
    assert attribution.source == "Oleksandr Prokudin"
    assert attribution.phrase == "He said"


def test_it_said_refers_to_an_institution_of_the_same_event() -> None:
    text = "Energoatom confirmed the outage. It said the backup diesel was running."
    (attribution,) = extract_attributions(text)
    assert attribution.source == "Energoatom"


@pytest.mark.parametrize(
    ("apostrophe", "quotes"),
    [("’", ("“", "”")), ("'", ('"', '"')), ("ʼ", ("“", "”"))],
)
def test_typography_variants_give_the_same_result(apostrophe: str, quotes: tuple[str, str]) -> None:
    opening, closing = quotes
    text = (
        f"{opening}We will rebuild,{closing} Ukraine{apostrophe}s Foreign Minister "
        f"Andrii Sybiha said on X."
    )
    (attribution,) = extract_attributions(text)
    assert attribution.source == "Andrii Sybiha"
    assert attribution.role == f"Ukraine{apostrophe}s Foreign Minister"
    assert attribution.via == ("X",)


def test_speech_inside_a_quotation_is_not_an_attribution() -> None:
    text = "“Moscow said it wanted peace, and then it attacked,” Zelenskyy said."
    assert [a.source for a in extract_attributions(text)] == ["Volodymyr Zelenskyy"]


def test_two_independent_sources_in_order() -> None:
    text = (
        "Ukraine’s Air Force said 20 drones were downed, according to Ukrinform, "
        "while Russia’s Defence Ministry said its strikes hit every target."
    )
    got = extract_attributions(text)
    assert [a.source for a in got] == ["Ukrainian Air Force", "Russian Ministry of Defence"]
    assert got[0].via == ("Ukrinform",)


def test_unknown_sources_keep_their_name_and_get_a_kind() -> None:
    cases = {
        "The Kyiv Post newspaper reported the closure.": ("Kyiv Post newspaper", "media"),
        "The Moldovan interior ministry said the road was shut.": (
            "Moldovan interior ministry",
            "government",
        ),
        "Lithuanian defence chief Raimundas Vaiksnoras said drills would go on.": (
            "Raimundas Vaiksnoras",
            "official",
        ),
        "The Stockholm International Peace Research Institute said arms imports grew.": (
            "Stockholm International Peace Research Institute",
            "organization",
        ),
        "Diplomats said the vote was postponed.": ("Diplomats", "unnamed"),
    }
    for text, (source, kind) in cases.items():
        (attribution,) = extract_attributions(text)
        assert (attribution.source, attribution.kind) == (source, kind), text


def test_user_registry_entries_are_used() -> None:
    registry = default_registry().copy()
    registry.add(
        SourceEntry(
            name="Kharkiv regional military administration",
            kind="government",
            country="UA",
            aliases=("Kharkiv military administration", "Kharkiv RMA"),
        )
    )
    (attribution,) = extract_attributions(
        "Two people were hurt, the Kharkiv RMA said.", registry=registry
    )
    assert attribution.source == "Kharkiv regional military administration"
    assert attribution.country == "UA"
    # The shared default registry is unchanged.
    assert default_registry().lookup("Kharkiv RMA") is None


# -- the registry --------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "canonical"), sorted(NAMES.items()))
def test_registry_knows_every_name_of_the_formats_survey(written: str, canonical: str) -> None:
    entry = default_registry().lookup(written)
    assert entry is not None, written
    assert entry.name == canonical


def test_registry_entries_are_valid_and_unique() -> None:
    names = [entry.name for entry in default_registry()]
    assert len(names) == len(set(names))
    assert len(default_registry()) == len(names)
    assert all(isinstance(entry.kind, SourceKind) for entry in default_registry())


def test_registry_lookup_normalises_spelling() -> None:
    registry = default_registry()
    assert registry.lookup("the Russian Defense Ministry") is registry.lookup(
        "Russia’s Ministry of Defence"
    )
    assert registry.key("Russia’s Defence Ministry") == "russian defence ministry"
    assert registry.key("the U.S. State Department") == "us state department"
    assert "Zelenskiy" in registry
    assert "Nobody In Particular" not in registry
    assert 42 not in registry


def test_ambiguous_surnames_are_not_guessed() -> None:
    # Dmytro and Oleksii Kuleba share a surname: the surname alone names neither.
    assert default_registry().lookup("Kuleba") is None
    assert default_registry().lookup("Dmytro Kuleba") is not None


def test_add_overrides_an_alias_and_replaces_an_entry() -> None:
    registry = SourceRegistry([SourceEntry(name="Alpha", kind="other", aliases=("A",))])
    registry.add(SourceEntry(name="Beta", kind="media", aliases=("A",)))
    assert registry.lookup("A") == SourceEntry(name="Beta", kind="media", aliases=("A",))
    registry.add(SourceEntry(name="Beta", kind="organization"))
    assert registry.lookup("A") is None
    assert registry.lookup("Beta") == SourceEntry(name="Beta", kind="organization")


def test_source_entry_validates() -> None:
    with pytest.raises(ValidationError):
        SourceEntry(name=" ", kind="other")
    with pytest.raises(ValidationError):
        SourceEntry(name="Somebody", kind="other", country="Ukraine")
    with pytest.raises(ValueError, match="nonsense"):
        SourceEntry(name="Somebody", kind="nonsense")
    assert SourceEntry(name="X", kind="official").person
    assert not SourceEntry(name="X", kind="media").person


def test_registry_from_json_rejects_bad_documents() -> None:
    with pytest.raises(ValidationError):
        SourceRegistry.from_json("{}")
    with pytest.raises(ValidationError):
        SourceRegistry.from_json("not json")
    registry = SourceRegistry.from_json(
        '{"sources": [{"name": "Gamma", "kind": "media", "aliases": ["G news"]}]}'
    )
    entry = registry.lookup("the G news")
    assert entry is not None
    assert entry.name == "Gamma"


def test_registry_data_is_packaged_json() -> None:
    path = Path(conflictevents.__file__).parent / "data" / "sources.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert {"sources", "spellings", "possessives", "countries"} <= set(document)
    assert len(document["sources"]) == len(default_registry())


# -- the seed brief (the acceptance test), when the shared folder is there ----------------


@pytest.mark.skipif(not SEED.with_suffix(".txt").exists(), reason="../shared is not present")
def test_seed_events_give_the_expected_attributions() -> None:
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    events = [line[2:] for line in text.splitlines() if line.startswith("- ")]
    assert len(events) == len(expected["events"])
    context = AttributionContext()
    for event, want in zip(events, expected["events"], strict=True):
        assert event.startswith(want["starts_with"])
        got = extract_attributions(event, context=context)
        assert len(got) == len(want["attributions"]), (event[:40], [a.source for a in got])
        for attribution, wanted in zip(got, want["attributions"], strict=True):
            assert attribution.source in wanted["source"] or (
                wanted.get("kind") == "unnamed" and attribution.kind is SourceKind.UNNAMED
            )
            assert all(
                v in aliases for v, aliases in zip(attribution.via, wanted["via"], strict=True)
            )
            assert len(attribution.via) == len(wanted["via"])
            assert event[attribution.span[0] : attribution.span[1]] == attribution.phrase


# -- performance: no pattern may backtrack catastrophically ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A" * 20_000,
        "Aa " * 7_000 + "said",
        "the " * 5_000 + "said",
        "according to " * 2_000,
        "said " * 4_000,
        "in a " * 4_000 + "video address",
        "on the social media platform " * 1_000 + "X",
        "“" * 3_000 + "”" * 3_000,
        "(" * 5_000 + "FSB) said",
        "Russia’s " * 4_000 + "said",
        # cue-dense: many attributions, anaphora and clauses in one long sentence
        "Peskov told TASS, and Lavrov said " * 500,
        "The ministry said he said it said " * 700,
        "Reuters reported, while TASS reported " * 700,
        "Zelenskyy met Biden and said " * 800,
        "Kyiv said that Russia said that " * 1_000,
    ],
    ids=lambda text: re.sub(r"\W+", "_", text[:16]),
)
def test_long_pathological_inputs_finish_quickly(text: str) -> None:
    started = time.perf_counter()
    for attribution in extract_attributions(text):
        assert text[attribution.span[0] : attribution.span[1]] == attribution.phrase
    assert time.perf_counter() - started < 2.0


# -- the accuracy script ----------------------------------------------------------------------


def test_accuracy_script_prints_the_table() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "attribution_accuracy.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("| corpus / template | cases | expected | predicted | precision")
    total = next(line for line in lines if line.startswith("| **gold sentences, all**"))
    cells = [cell.strip() for cell in total.strip("|").split("|")]
    assert int(cells[1]) == len(GOLD)
    assert float(cells[4]) >= 0.95  # precision
    assert float(cells[5]) >= 0.95  # recall
    heldout = next(line for line in lines if line.startswith("| **held-out sentences**"))
    cells = [cell.strip() for cell in heldout.strip("|").split("|")]
    assert float(cells[4]) >= 0.8  # held out: a floor, not a target
    assert float(cells[5]) >= 0.8
    # The second set's first score is a record, printed as it was, beside today's.
    frozen = next(line for line in lines if line.startswith("| **held-out 2 (before tuning)**"))
    assert [cell.strip() for cell in frozen.strip("|").split("|")][1:7] == [
        "128",
        "123",
        "116",
        "0.98",
        "0.93",
        "0.92",
    ]
    # So is the fourth set's (other series, early 2022, translated wording).
    frozen = next(line for line in lines if line.startswith("| **held-out 4 (before tuning)**"))
    assert [cell.strip() for cell in frozen.strip("|").split("|")][1:7] == [
        "110",
        "105",
        "96",
        "0.88",
        "0.80",
        "0.79",
    ]
    for label in ("| **held-out 2 (now)**", "| **held-out 3**", "| **held-out 4 (now)**"):
        cells = [
            cell.strip()
            for cell in next(line for line in lines if line.startswith(label)).strip("|").split("|")
        ]
        assert float(cells[4]) >= 0.8, label
        assert float(cells[5]) >= 0.8, label
