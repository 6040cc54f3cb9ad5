"""conflictevents: typed, validated, serializable data from daily war briefs.

The public API is re-exported here; see the reference pages of each module for more.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from conflictevents.attribution import (
    AttributionContext,
    SourceEntry,
    SourceRegistry,
    default_registry,
    extract_attributions,
)
from conflictevents.categories import categorise
from conflictevents.days import (
    CONFLICTS,
    Conflict,
    date_of,
    day_of,
    format_day,
    get_conflict,
    lag,
    parse_day_phrase,
    register_conflict,
    weekday_matches,
)
from conflictevents.diagnostics import Diagnostic, Severity
from conflictevents.errors import (
    ConflictEventsError,
    DayError,
    Issue,
    ParseError,
    ValidationError,
)
from conflictevents.jsonl import iter_jsonl, read_jsonl, write_jsonl
from conflictevents.model import (
    Attribution,
    Category,
    DailyBrief,
    Event,
    Section,
    SourceKind,
    Theme,
    event_id,
)
from conflictevents.parsing import ParseResult, parse_brief
from conflictevents.rendering import render
from conflictevents.schema import json_schema
from conflictevents.serialization import SCHEMA_VERSION, dumps, from_dict, loads, to_dict
from conflictevents.validation import validate

try:
    __version__ = _version("conflictevents")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = [
    "CONFLICTS",
    "SCHEMA_VERSION",
    "Attribution",
    "AttributionContext",
    "Category",
    "Conflict",
    "ConflictEventsError",
    "DailyBrief",
    "DayError",
    "Diagnostic",
    "Event",
    "Issue",
    "ParseError",
    "ParseResult",
    "Section",
    "Severity",
    "SourceEntry",
    "SourceKind",
    "SourceRegistry",
    "Theme",
    "ValidationError",
    "__version__",
    "categorise",
    "date_of",
    "day_of",
    "default_registry",
    "dumps",
    "event_id",
    "extract_attributions",
    "format_day",
    "from_dict",
    "get_conflict",
    "iter_jsonl",
    "json_schema",
    "lag",
    "loads",
    "parse_brief",
    "parse_day_phrase",
    "read_jsonl",
    "register_conflict",
    "render",
    "to_dict",
    "validate",
    "weekday_matches",
    "write_jsonl",
]
