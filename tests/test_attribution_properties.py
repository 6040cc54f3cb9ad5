"""Properties of the attribution extractor: it never raises, and every span is honest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conflictevents import (
    Attribution,
    AttributionContext,
    Event,
    SourceKind,
    default_registry,
    extract_attributions,
)

# Pieces of the templates, recombined at random: names known and unknown, cue words,
# channels, punctuation and every quote and apostrophe style of the briefs.
SUBJECTS = [
    "Russia’s Defence Ministry",
    "Russia's Ministry of Defence",
    "Kremlin spokesman Dmitry Peskov",
    "the ministry",
    "Ukraine",
    "Kyiv",
    "Moscow",
    "he",
    "she",
    "it",
    "officials",
    "reports",
    "The Associated Press news agency",
    "the Reuters news agency",
    "Governor Oleh Kiper",
    "Ukraineʼs Air Force",
    "Zelenskyy",
    "an FSB statement",
    "Latvia’s foreign minister",
    "the Kyiv Post newspaper",
    "(FSB)",
    "US officials",
]
CUES = [
    "said",
    "has said",
    "says",
    "added",
    "claimed",
    "accused",
    "urged",
    "warned",
    "denied",
    "insisted",
    "confirmed",
    "wrote",
    "posted",
    "reported",
    "reported quoting",
    "reported, citing",
    "told",
    "according to",
    "cited",
    "as saying",
    "cited by",
    "was accused",
    "in a post on social media platform X",
    "on Telegram",
    "on Facebook",
    "in a video message",
    "in his nightly video address",
    "Speaking to CNN,",
    "in an interview with",
    "telling",
]
FILLER = [
    "two drones were downed",
    "the bridge is closed",
    "and",
    "while",
    "but",
    "that",
    "in the Kherson region",
    "on Monday",
    "TASS",
    "state media",
    "the BBC",
]
PUNCTUATION = [",", ".", ";", ":", "“", "”", '"', "‘", "’", "'", "ʼ", "(", ")", "–", "—", "\u00a0"]

pieces = st.sampled_from(SUBJECTS + CUES + FILLER + PUNCTUATION)
assembled = st.lists(pieces, max_size=30).map(" ".join)
glued = st.lists(pieces, max_size=30).map("".join)


def _check(text: str, got: tuple[Attribution, ...]) -> None:
    assert isinstance(got, tuple)
    starts = []
    for attribution in got:
        start, end = attribution.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == attribution.phrase
        assert attribution.source.strip()
        assert isinstance(attribution.kind, SourceKind)
        starts.append(start)
    assert starts == sorted(starts)
    # An event built from the text accepts the attributions (the model checks spans too).
    if text.strip():
        Event.create("russia-ukraine", 1000, text, attributions=got)


@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_spans_hold(text: str) -> None:
    _check(text, extract_attributions(text))


@given(assembled)
def test_template_pieces_never_raise_and_spans_hold(text: str) -> None:
    _check(text, extract_attributions(text))


@given(glued)
def test_glued_template_pieces_never_raise(text: str) -> None:
    _check(text, extract_attributions(text))


@given(st.lists(assembled, min_size=1, max_size=6))
def test_a_shared_context_never_breaks_later_events(events: list[str]) -> None:
    context = AttributionContext()
    for text in events:
        _check(text, extract_attributions(text, context=context))


@given(assembled)
def test_the_result_does_not_depend_on_earlier_calls(text: str) -> None:
    first = extract_attributions(text)
    extract_attributions("Russia’s Defence Ministry said the strikes went on.")
    assert extract_attributions(text) == first


@given(assembled)
def test_sources_are_canonical_when_the_registry_knows_them(text: str) -> None:
    registry = default_registry()
    for attribution in extract_attributions(text):
        entry = registry.lookup(attribution.source)
        if entry is not None and entry.name == attribution.source:
            assert attribution.kind == entry.kind
            assert not entry.channel
