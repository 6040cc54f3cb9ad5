"""Shared by the attribution tests: extract, check every span, and compare as tuples."""

from __future__ import annotations

from conflictevents import extract_attributions


def sources_of(text: str, **kwargs: object) -> list[tuple[str, str, tuple[str, ...]]]:
    """`(source, kind, via)` of each attribution, after checking its span holds its phrase."""
    got = extract_attributions(text, **kwargs)  # type: ignore[arg-type]
    for attribution in got:
        assert text[attribution.span[0] : attribution.span[1]] == attribution.phrase
    return [(a.source, str(a.kind), a.via) for a in got]
