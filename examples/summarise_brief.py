"""Parse the example brief and print what it says, section by section.

Run from the repository root:

    python examples/summarise_brief.py [BRIEF]
"""

from __future__ import annotations

import sys
from pathlib import Path

from conflictevents import Attribution, lag, parse_brief

HERE = Path(__file__).resolve().parent


def _describe(attribution: Attribution) -> str:
    via = f" via {', '.join(attribution.via)}" if attribution.via else ""
    return f"{attribution.source}{via}"


def main(path: Path) -> int:
    result = parse_brief(path)
    brief = result.brief
    print(brief.title)
    print(f"day {brief.day:,} = {brief.date.isoformat()} ({brief.conflict})")
    if brief.situation_date is not None:
        days_behind = lag(brief.situation_date, brief.day, brief.conflict)
        print(f"date line: {brief.situation_date.isoformat()}, lag {days_behind}")
    for section in brief.sections:
        label = section.category.label or "(no heading)"
        print(f"\n{label} [{section.category.theme}]")
        for event in section.events:
            sources = "; ".join(_describe(attribution) for attribution in event.attributions)
            print(f"  - {event.text[:70]}{'…' if len(event.text) > 70 else ''}")
            print(f"    attributed to: {sources or 'nobody'}")
    for diagnostic in result.diagnostics:
        print(diagnostic.format(path.name), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "brief-day-1000-style.txt"))
