"""Attribution shapes added for issue #4, one test per fix, and the cue vocabulary as data.

The sentences are the project's own (invented events). Each case names the expected
sources in order, with kind and via where the fix is about them.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

import conflictevents
from attribution_helpers import sources_of
from conflictevents import (
    AttributionContext,
    SourceKind,
    SourceRegistry,
    ValidationError,
    default_registry,
    extract_attributions,
)

# -- cue words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal to comment is its subject's statement, also before a relaying outlet
        (
            "Kremlin spokesman Dmitry Peskov declined to comment on the reports.",
            [("Dmitry Peskov", "official", ())],
        ),
        (
            "The Kremlin declined to comment, the TASS news agency reported.",
            [("Kremlin", "government", ("TASS",))],
        ),
        # "declined" alone is not a cue
        ("The number of crossings declined to a trickle.", []),
        # "called on" counts, but yields to an attribution that closes its sentence
        (
            "Erdogan called on both sides to return to talks.",
            [("Recep Tayyip Erdogan", "official", ())],
        ),
        (
            "The foreign ministers called for new sanctions at a meeting in Vilnius, "
            "Lithuania’s foreign ministry said.",
            [("Lithuania’s foreign ministry", "government", ())],
        ),
        # speech acts that need a channel
        (
            "Zelenskyy thanked rescuers in his nightly video address.",
            [("Volodymyr Zelenskyy", "official", ("video address",))],
        ),
        ("In a statement, Ukraine’s foreign ministry condemned the decision.", []),
        # claims read like "accused"
        ("Russia blamed Ukraine for the blast.", [("Russia", "government", ())]),
        (
            "The Kremlin described the summit as pointless.",
            [("Kremlin", "government", ())],
        ),
        # findings of owned documents, or before "that"; never a bare action
        (
            "A report by Amnesty International found that detainees were held in secret.",
            [("Amnesty International", "organization", ())],
        ),
        (
            "A UN report found that civilian deaths had risen.",
            [("United Nations", "organization", ())],
        ),
        ("Police found the car abandoned near the border.", []),
        ("Official figures showed that inflation rose.", []),
        (
            "The General Staff’s morning update said 150 clashes took place.",
            [("General Staff of the Armed Forces of Ukraine", "government", ())],
        ),
        ("The ministry’s statement said the drills were over.", [("ministry", "government", ())]),
        (
            "An audit found widespread abuses, Zelenskyy said.",
            [("Volodymyr Zelenskyy", "official", ())],
        ),
        # a capitalised "Post" is a name, not a document
        (
            "The talks were postponed, The Washington Post reported.",
            [("The Washington Post", "media", ())],
        ),
    ],
)
def test_cue_words(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert sources_of(text) == expected


# -- chains and vias ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov was quoted by the RIA news agency as saying that talks were frozen.",
            [("Dmitry Peskov", "official", ("RIA Novosti",))],
        ),
        (
            "Lavrov was cited as saying by TASS that the West wanted escalation.",
            [("Sergey Lavrov", "official", ("TASS",))],
        ),
        ("The man was quoted in the indictment.", []),
        (
            "Germany’s defence ministry said in a statement cited by Der Spiegel that it "
            "would order more systems.",
            [("Germany’s defence ministry", "government", ("Der Spiegel",))],
        ),
        (
            "Bloomberg News reported citing people familiar with the matter that the "
            "meeting could take place in Riyadh.",
            [("sources", "unnamed", ("Bloomberg News",))],
        ),
        (
            "The round was postponed, The Washington Post reported, citing officials "
            "familiar with the talks.",
            [("officials", "unnamed", ("The Washington Post",))],
        ),
        # the spokesman phrase is the source, not the adjective or the country in it
        (
            "Troops pulled back, the Associated Press reported, citing a Ukrainian "
            "brigade spokesman.",
            [("Ukrainian brigade spokesman", "unnamed", ("Associated Press",))],
        ),
        (
            "Suspilne reported, citing a spokesman for Ukraine’s 24th brigade, that "
            "fighting continued.",
            [("spokesman for Ukraine’s 24th brigade", "unnamed", ("Suspilne",))],
        ),
        (
            "Prigozhin said in a video that his fighters would leave the city.",
            [("Yevgeny Prigozhin", "other", ("video",))],
        ),
    ],
)
def test_chains_and_vias(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert sources_of(text) == expected


# -- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role too long for a noun phrase, between commas
        (
            "Denis Pushilin, the Russia-installed leader of occupied parts of Donetsk, "
            "said the water supply had been cut.",
            ["Denis Pushilin"],
        ),
        # an unknown name made a person by the title beside it
        (
            "Abu Obeida, the spokesman for the Qassam Brigades, said fighters ambushed a tank.",
            ["Abu Obeida"],
        ),
        # lower-case full names of known people (machine translation), but not one word
        (
            "two people were hurt in kupiansk, the regional governor oleh syniehubov said.",
            ["Oleh Syniehubov"],
        ),
        ("the fire burns said nothing.", []),
        # capitalised joiners and particles inside names
        (
            "Some 20 journalists are in custody, according to Reporters Without Borders.",
            ["Reporters Without Borders"],
        ),
        (
            "The Committee to Protect Journalists said two reporters were held.",
            ["Committee to Protect Journalists"],
        ),
        ("Health Minister Mai al-Kaila said the wards were full.", ["Mai al-Kaila"]),
        (
            "According to the open-source intelligence website Oryx, 40 tanks were lost.",
            ["Oryx"],
        ),
        # singular people and plural titles head a source
        (
            "“The windows shook all night,” a Sumy resident told the Suspilne public broadcaster.",
            ["Sumy resident"],
        ),
        (
            "Fighting was heavy, while Ukrainian commanders insisted their lines held.",
            ["Ukrainian commanders"],
        ),
        ("Russian troops said they had taken the village.", ["Russian troops"]),
        # a participle and a place between the subject and the verb
        (
            "EU foreign ministers meeting in Brussels said they would consider an oil ban.",
            ["EU foreign ministers"],
        ),
        (
            "The director of a hospital in the north said the power was out.",
            ["director of a hospital in the north"],
        ),
        # "its mayor" opens its own clause after a leading claim
        (
            "Russian troops said they had surrounded the port, while its mayor said "
            "water had been cut.",
            ["Russian troops", "mayor"],
        ),
        # a known transliteration and a missing alias
        (
            "The toll rose to 23, Ukraine’s emergency service said.",
            ["State Emergency Service of Ukraine"],
        ),
        # the descriptive aliases of the brief
        ("The UN agency for Palestinian refugees said three schools were hit.", ["UNRWA"]),
        (
            "Palestinian telecom companies said phone lines were cut.",
            ["Palestinian telecom companies"],
        ),
        ("The hospital’s director said the building lost power.", ["hospital’s director"]),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert [source for source, _, _ in sources_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("South Africa said it was ready to host talks.", SourceKind.GOVERNMENT),
        ("Gaza’s government media office said 12 journalists were killed.", SourceKind.GOVERNMENT),
        ("The state news agency said the talks went well.", SourceKind.MEDIA),
        ("Russian troops said they had taken the village.", SourceKind.GOVERNMENT),
        ("Palestinian telecom companies said phone lines were cut.", SourceKind.ORGANIZATION),
    ],
)
def test_kinds_of_unknown_sources_follow_their_head(text: str, kind: SourceKind) -> None:
    (attribution,) = extract_attributions(text)
    assert attribution.kind is kind


def test_the_news_outlet_refers_to_the_outlet_of_the_previous_event() -> None:
    context = AttributionContext()
    extract_attributions(
        "Drones hit a chemical plant, the Kommersant newspaper reported.", context=context
    )
    got = extract_attributions("The news outlet added that work had stopped.", context=context)
    assert [(a.source, a.kind) for a in got] == [("Kommersant", SourceKind.MEDIA)]


# -- the cue vocabulary is data ---------------------------------------------------------------


def test_cue_data_is_packaged_json() -> None:
    path = Path(conflictevents.__file__).parent / "data" / "attribution_cues.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert {"verbs", "channel_verbs", "phrases", "secondary_phrases", "finding_verbs"} <= set(
        document
    )
    for key in ("verbs", "channel_verbs", "finding_verbs"):
        assert all(word == word.lower() and " " not in word for word in document[key]), key
    for key in ("phrases", "secondary_phrases"):
        assert all(len(phrase.split()) > 1 for phrase in document[key]), key
    assert "said" in default_registry().cues.verbs


def test_add_cues_extends_a_copy_only() -> None:
    text = "Kallas lamented the delay."
    assert extract_attributions(text) == ()
    mine = default_registry().copy()
    mine.add_cues(verbs=["Lamented"], phrases=["voiced regret"])
    assert [a.source for a in extract_attributions(text, registry=mine)] == ["Kaja Kallas"]
    got = extract_attributions("Kallas voiced regret over the delay.", registry=mine)
    assert [a.phrase for a in got] == ["Kallas voiced regret"]
    assert extract_attributions(text) == ()  # the shared default is untouched
    assert mine.copy().cues == mine.cues


def test_registry_document_may_carry_cues() -> None:
    registry = SourceRegistry.from_json(
        json.dumps(
            {
                "sources": [{"name": "Gamma", "kind": "media"}],
                "cues": {"verbs": ["opined"], "secondary_phrases": ["weighed in"]},
            }
        )
    )
    assert [a.source for a in extract_attributions("Gamma opined.", registry=registry)] == ["Gamma"]
    assert "said" in registry.cues.verbs  # added to the packaged words, not replacing them
    with pytest.raises(ValidationError):
        SourceRegistry.from_json('{"sources": [], "cues": ["not", "an", "object"]}')


# -- still linear ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ab, the spokesman of " * 3_000 + "said",
        "Peskov was quoted by " * 3_000 + "as saying",
        "declined to " * 5_000 + "comment",
        "a report by " * 5_000 + "found that",
        "Mai al-Kaila " * 5_000 + "said",
        "oleh syniehubov " * 5_000 + "said",
        "Reporters Without " * 5_000 + "said",
        "people familiar with the " * 3_000 + "matter said",
        "in a video " * 4_000 + "said",
        "ministers meeting in Brussels " * 3_000 + "said",
    ],
    ids=lambda text: re.sub(r"\W+", "_", text[:16]),
)
def test_new_shapes_stay_linear(text: str) -> None:
    started = time.perf_counter()
    for attribution in extract_attributions(text):
        assert text[attribution.span[0] : attribution.span[1]] == attribution.phrase
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title reaching over "to" before "Title, Name,": the person, not the UN
        (
            "Russia’s ambassador to the UN, Vasily Nebenzya, told the council Kyiv was lying.",
            ("Vasily Nebenzya", "Russia’s ambassador to the UN"),
        ),
        # an adverb between the subject and the verb
        ("The Kremlin has repeatedly denied targeting civilians.", ("Kremlin", None)),
        # relatives speak too
        ("The victim’s family said he was innocent.", ("family", None)),
    ],
)
def test_titles_adverbs_and_relatives(text: str, expected: tuple[str, str | None]) -> None:
    (attribution,) = extract_attributions(text)
    assert (attribution.source, attribution.role) == expected


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Kiper said in a Telegram post that the port was damaged.", ("Telegram",)),
        ("In a Telegram message, Gladkov said a drone hit a car.", ("Telegram",)),
        ("Syniehubov, writing on Telegram, said three people were hurt.", ("Telegram",)),
        # a participle of the channel does not end its clause; vias in text order
        ("Zelenskyy said in a video posted on X that talks were possible.", ("video", "X")),
        (
            "In a video posted on Telegram, Prigozhin said his men would leave.",
            ("video", "Telegram"),
        ),
    ],
)
def test_channel_shapes(text: str, via: tuple[str, ...]) -> None:
    (attribution,) = extract_attributions(text)
    assert attribution.via == via
    assert text[attribution.span[0] : attribution.span[1]] == attribution.phrase


def test_civilians_appealing_are_unnamed() -> None:
    (attribution,) = extract_attributions("Civilians appealed for help on social media.")
    assert (attribution.kind, attribution.via) == (SourceKind.UNNAMED, ("social media",))


def test_the_un_agency_refers_to_an_international_organisation_named_before() -> None:
    got = extract_attributions(
        "The IAEA said the plant lost power. The UN agency said generators were running."
    )
    assert [a.source for a in got] == ["International Atomic Energy Agency"]
    (alone,) = extract_attributions("The UN agency said aid was blocked.")
    assert (alone.source, alone.kind) == ("UN agency", SourceKind.ORGANIZATION)
    got = extract_attributions(
        "Ukraine’s Air Force said 40 drones fell. The UN agency said no more."
    )
    assert [a.source for a in got] == ["Ukrainian Air Force", "UN agency"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian Foreign Ministry summoned the envoy. It said the move answered sanctions.",
            ["Russian Ministry of Foreign Affairs"],
        ),
        ("Russia attacked Kyiv overnight. It said the strikes hit military targets.", ["Russia"]),
        ("Shelling went on overnight. It said nothing.", []),
    ],
)
def test_it_said_refers_to_the_subject_of_an_earlier_sentence(
    text: str, expected: list[str]
) -> None:
    assert [a.source for a in extract_attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("EU foreign policy chief Kaja Kallas said a deal was close.", "EU foreign policy chief"),
        ("US sanctions envoy Jane Roe said new listings were due.", "US sanctions envoy"),
    ],
)
def test_a_role_keeps_its_lower_case_modifiers(text: str, role: str) -> None:
    (got,) = extract_attributions(text)
    assert got.role == role
    assert got.phrase.startswith(role)


def test_according_to_x_comma_cited_by_an_outlet_keeps_the_outlet_as_via() -> None:
    text = "Drones hit a depot, according to Russia’s Ministry of Defence, cited by the TASS news agency."
    (got,) = extract_attributions(text)
    assert (got.source, got.via) == ("Russian Ministry of Defence", ("TASS",))
    assert got.phrase.endswith("cited by the TASS news agency")
    # A comma before something that is not an outlet still closes the attribution.
    (plain,) = extract_attributions(
        "Drones hit a depot, according to Russia’s Ministry of Defence, cited by the governor."
    )
    assert plain.via == ()
