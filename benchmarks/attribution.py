"""How fast is the attribution extractor? Events per second, against a naive baseline.

    python benchmarks/attribution.py [--seconds 2]

The events are the gold sentences of tests/data/attribution/gold.json plus the bullet
lines of the fixture briefs under tests/data/briefs (when present). Each contender runs
over all of them repeatedly for about `--seconds`; the baseline is one regular
expression, `(\\w+) said`, measured in the same run so the ratio holds on any machine.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from conflictevents import AttributionContext, default_registry, extract_attributions

ROOT = Path(__file__).resolve().parent.parent
_BULLET = re.compile(r"^\s*(?:[-•*]|\d+[.)\]])\s+(.+)$")
_NAIVE = re.compile(r"(\w+) said")


def load_events() -> list[str]:
    gold = json.loads((ROOT / "tests/data/attribution/gold.json").read_text(encoding="utf-8"))
    events = [case["text"] for case in gold["cases"]]
    for path in sorted((ROOT / "tests/data/briefs").glob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # fixtures of other encodings test the parser's decoding, not speed
        for line in text.splitlines():
            match = _BULLET.match(line)
            if match and len(match.group(1)) > 40:
                events.append(match.group(1))
    return events


def naive(text: str) -> list[str]:
    return _NAIVE.findall(text)


def extractor(text: str) -> object:
    return extract_attributions(text)


def extractor_with_context(events: Sequence[str]) -> Callable[[str], object]:
    context = AttributionContext()

    def run(text: str) -> object:
        return extract_attributions(text, context=context)

    return run


def rate(function: Callable[[str], object], events: Sequence[str], seconds: float) -> float:
    for text in events:  # warm up: the registry loads lazily on first use
        function(text)
    done = 0
    started = time.perf_counter()
    elapsed = 0.0
    while elapsed < seconds:
        for text in events:
            function(text)
        done += len(events)
        elapsed = time.perf_counter() - started
    return done / elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per contender")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    default_registry()
    load_ms = (time.perf_counter() - started) * 1000
    events = load_events()
    rows = [
        ("naive regex `(\\w+) said`", rate(naive, events, args.seconds)),
        ("extract_attributions", rate(extractor, events, args.seconds)),
        (
            "extract_attributions + context",
            rate(extractor_with_context(events), events, args.seconds),
        ),
    ]
    baseline = rows[0][1]
    chars = sum(map(len, events)) / len(events)
    print(
        f"{len(events)} events, {chars:.0f} characters on average; "
        f"registry loaded in {load_ms:.0f} ms"
    )
    print()
    print("| contender | events/s | time vs naive |")
    print("| --- | ---: | ---: |")
    for name, value in rows:
        print(f"| {name} | {value:,.0f} | {baseline / value:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
