"""Claim attribution: who each claim of an event is attributed to, and through what.

Interface first; the extractor itself lands with the attribution issue (#4).
"""

from __future__ import annotations

import attrs

from conflictevents.model import Attribution

__all__ = ["AttributionContext", "extract_attributions"]


@attrs.define
class AttributionContext:
    """What the extractor remembers across the events of one brief (for anaphora)."""


def extract_attributions(
    text: str, *, context: AttributionContext | None = None
) -> tuple[Attribution, ...]:
    """Return the attributions of an event text, in order of appearance."""
    return ()
