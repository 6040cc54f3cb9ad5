"""conflictevents: typed, validated, serializable data from daily war briefs.

The public API is re-exported here; see the reference pages of each module for more.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

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
from conflictevents.render import render
from conflictevents.serialization import SCHEMA_VERSION, dumps, from_dict, loads, to_dict

try:
    __version__ = _version("conflictevents")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = [
    "CONFLICTS",
    "SCHEMA_VERSION",
    "Attribution",
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
    "SourceKind",
    "Theme",
    "ValidationError",
    "__version__",
    "categorise",
    "date_of",
    "day_of",
    "dumps",
    "event_id",
    "format_day",
    "from_dict",
    "get_conflict",
    "lag",
    "loads",
    "parse_brief",
    "parse_day_phrase",
    "register_conflict",
    "render",
    "to_dict",
    "weekday_matches",
]
