"""The cue vocabulary of the attribution extractor, read from data.

Private: users extend it through
[`SourceRegistry.add_cues`][conflictevents.attribution.SourceRegistry.add_cues] or a
`cues` object in a registry document. The words live in
`conflictevents/data/attribution_cues.json` so that a verb the extractor misses is a
one-line data change, not a code change.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs


def _lower_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(value.strip().lower() for value in values if value.strip())


def _phrase_table(values: Iterable[str]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for value in values:
        words = tuple(value.lower().split())
        if len(words) > 1:
            table.setdefault(words[0], []).append(words[1:])
    # Longest continuation first, so "declined to comment" beats a shorter one.
    return {head: tuple(sorted(tails, key=len, reverse=True)) for head, tails in table.items()}


def _merged(
    table: Mapping[str, tuple[tuple[str, ...], ...]], more: Iterable[str]
) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    merged = {head: list(tails) for head, tails in table.items()}
    for head, tails in _phrase_table(more).items():
        known = merged.setdefault(head, [])
        known.extend(tail for tail in tails if tail not in known)
    return {head: tuple(sorted(tails, key=len, reverse=True)) for head, tails in merged.items()}


@attrs.frozen
class Cues:
    """The cue words of one registry (all lower case).

    Attributes:
        verbs: speech verbs read wherever they stand ("said", "warned").
        channel: speech acts read only when their clause names a channel ("thanked …
            in his video address").
        phrases: first word → the words that must follow it ("declined" → ("to",
            "comment")).
        yielding: phrases, by first word, that yield to a later attribution of their
            sentence ("called" → ("on",)).
        findings: verbs read only after a document with an owner or before "that".
        every: every word that opens a cue, for the scan's first test.
    """

    verbs: frozenset[str] = frozenset()
    channel: frozenset[str] = frozenset()
    phrases: Mapping[str, tuple[tuple[str, ...], ...]] = attrs.field(factory=dict)
    yielding: Mapping[str, tuple[tuple[str, ...], ...]] = attrs.field(factory=dict)
    findings: frozenset[str] = frozenset()
    every: frozenset[str] = attrs.field(init=False)

    @every.default
    def _every(self) -> frozenset[str]:
        return (
            self.verbs
            | self.channel
            | frozenset(self.phrases)
            | frozenset(self.yielding)
            | self.findings
        )

    def extended(self, data: Mapping[str, Any]) -> Cues:
        """These cues plus the lists of a cue document (`verbs`, `channel_verbs` …)."""
        return Cues(
            verbs=self.verbs | _lower_set(data.get("verbs", ())),
            channel=self.channel | _lower_set(data.get("channel_verbs", ())),
            phrases=_merged(self.phrases, data.get("phrases", ())),
            yielding=_merged(self.yielding, data.get("secondary_phrases", ())),
            findings=self.findings | _lower_set(data.get("finding_verbs", ())),
        )


@functools.cache
def default_cues() -> Cues:
    """The packaged cue vocabulary, read once on first use."""
    document = resources.files("conflictevents").joinpath("data/attribution_cues.json")
    return Cues().extended(json.loads(document.read_bytes()))
