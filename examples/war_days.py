"""War-day arithmetic: days, dates, lags and day phrases.

python examples/war_days.py
"""

from __future__ import annotations

from conflictevents import date_of, day_of, format_day, lag, parse_day_phrase

# Day 1 is 24 Feb 2022 in Kyiv; the count is inclusive.
print("2024-11-19 is", format_day(day_of("2024-11-19")))
print("day 737 is", date_of(737).isoformat())

# A datetime counts in Kyiv, not in UTC: 22:30 UTC on the 18th is already the 19th there.
for moment in ("2024-11-18T21:30:00Z", "2024-11-18T22:30:00Z"):
    print(moment, "->", format_day(day_of(moment)))

# The title of a brief names a day, its date line a date: the lag tells them apart.
title_day = parse_day_phrase("Russia-Ukraine war: List of key events, day 1,000")
assert title_day is not None
print("lag of a 20 Nov 2024 date line under a day-1,000 title:", lag("2024-11-20", title_day))

# Other conflicts count from their own start.
print("Israel-Gaza day 38 is", date_of(38, conflict="israel-gaza").isoformat())
