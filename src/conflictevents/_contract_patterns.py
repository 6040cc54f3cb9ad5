"""Regular expressions of the JSON contract, shared by `loads` and the JSON Schema.

They are written in the common subset of Python `re`, ECMAScript (`u` flag) and Rust
`regex`/`fancy-regex`, so the shipped schema means the same in every language, and so
that `loads` and the schema accept exactly the same strings.
"""

from __future__ import annotations

import re

# Every character Python's str.isspace() accepts, spelled out: ECMAScript's and Rust's
# `\s` differ from Python's (U+FEFF, U+001C-U+001F, U+0085), so `\S` would not be portable.
_SPACE = (
    r"\t\n\u000b\u000c\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029"
    r"\u202f\u205f\u3000"
)

NON_BLANK = rf"[^{_SPACE}]"
"""Matches (searched, not anchored) a string with a character that is not white space."""

_YEAR = r"(?!0000)[0-9]{4}"
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
# 29 February in a Gregorian leap year: divisible by 4 and not by 100, or by 400.
_LEAP_DAY = (
    r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29"
)
_DATE = rf"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_DAY})"
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
_OFFSET = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"

# The end anchor is a lookahead, not `$`: Python's `$` also matches before a final
# newline, and python-jsonschema searches patterns with Python's `re`.
_END = r"(?![\s\S])"

DATE = rf"^{_DATE}{_END}"
"""A real proleptic Gregorian calendar date, `YYYY-MM-DD`, years 0001 to 9999."""

DATETIME = rf"^{_DATE}T{_TIME}{_OFFSET}{_END}"
"""An RFC 3339 datetime with seconds, at most six fraction digits and an offset."""

COUNTRY = rf"^[A-Z]{{2}}{_END}"
"""An ISO 3166-1 alpha-2 code: two capital ASCII letters."""

DATE_RE = re.compile(DATE)
DATETIME_RE = re.compile(DATETIME)
COUNTRY_RE = re.compile(COUNTRY)
NON_BLANK_RE = re.compile(NON_BLANK)
