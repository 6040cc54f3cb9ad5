"""Benchmark parse_brief: briefs per second and MB/s per input format, against loads.

    python benchmarks/parse.py [--briefs 200] [--repeat 3]

Inputs are built here, never downloaded: generated briefs (seeded, so every run parses
the same text) written with `render` as text and Markdown, and as HTML inside a small
page with the furniture of a real one (navigation, share box, related links, footer).
The same briefs as JSON are read with `loads`, the library's own strict reader, for
scale. A second table parses one brief grown to 1x, 10x and 100x its events, which
shows whether time grows in proportion to the input.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from conflictevents import DailyBrief, Event, categorise, dumps, loads, parse_brief, render

WORDS = [
    "troops",
    "drones",
    "shelling",
    "region",
    "officials",
    "minister",
    "talks",
    "aid",
    "grain",
    "power",
    "plant",
    "port",
    "border",
    "villages",
    "missiles",
    "attack",
    "strike",
    "convoy",
    "energy",
    "grid",
    "bridge",
    "refugees",
    "hospital",
    "night",
    "forces",
    "governor",
    "army",
    "navy",
    "front-line",
    "Kyiv",
    "Moscow",
    "Kharkiv",
    "Odesa",
    "“heavy”",
    "$275m",
]
SOURCES = (
    "the regional governor said.",
    "according to Russia’s Ministry of Defence.",
    "Ukraine’s air force said on Telegram.",
    "the Reuters news agency reported.",
    "Kremlin spokesman Dmitry Peskov told reporters.",
)
HEADINGS = ("Fighting", "Politics and diplomacy", "Weapons", "Regional security")
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | News</title>
<script>window.dataLayer = [];</script><style>body {{ margin: 0; }}</style></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
{body}
<div class="share-buttons"><a>Share on Facebook</a><a>Share on X</a></div>
</article></main>
<aside class="related"><h3>Related</h3><ul><li>Another story</li></ul></aside>
<footer>About us</footer></body></html>
"""


def make_brief(rng: random.Random, day: int, events_per_section: int) -> DailyBrief:
    events = []
    for heading in rng.sample(HEADINGS, k=3):
        category = categorise(heading)
        for _ in range(events_per_section):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
            text = f"{words.capitalize()}, {rng.choice(SOURCES)}"
            events.append(Event.create("russia-ukraine", day, text, category))
    brief = DailyBrief(
        title=f"Russia-Ukraine war: List of key events, day {day:,}",
        summary=f"These were the key developments on day {day:,} of Russia’s war on Ukraine.",
        day=day,
        events=tuple(events),
    )
    date = brief.date
    return DailyBrief(
        title=brief.title,
        summary=brief.summary,
        day=day,
        situation_date=date.add(days=1),
        published=date.add(days=1),
        source_line="Al Jazeera and news agencies",
        events=tuple(events),
    )


def as_html(brief: DailyBrief) -> str:
    page = render(brief, "html")
    body = page[page.index("<article>") + len("<article>") : page.index("</article>")]
    return PAGE.format(title=brief.title, body=body)


FORMATS: dict[str, Callable[[DailyBrief], str]] = {
    "text": lambda b: render(b, "text"),
    "markdown": lambda b: render(b, "markdown"),
    "html": as_html,
}


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def throughput(count: int, repeat: int) -> None:
    rng = random.Random(1000)
    briefs = [make_brief(rng, 1000 + i, rng.randint(2, 5)) for i in range(count)]
    documents = [dumps(b) for b in briefs]
    json_time = best_of(repeat, lambda: [loads(d) for d in documents])
    json_mb = sum(len(d.encode()) for d in documents) / 1e6
    print(f"{count} generated briefs, best of {repeat} runs\n")
    print(f"{'input':<10} {'MB':>7} {'briefs/s':>10} {'MB/s':>8} {'x loads time':>13}")
    rate = json_mb / json_time
    print(f"{'json+loads':<10} {json_mb:7.2f} {count / json_time:10.0f} {rate:8.2f} {1:13.1f}")
    for name, write in FORMATS.items():
        texts = [write(b) for b in briefs]
        fmt = name
        # Check the inputs mean what they should before timing them.
        parsed = parse_brief(texts[0], format=fmt).brief  # type: ignore[arg-type]
        assert [e.text for e in parsed.events] == [e.text for e in briefs[0].events]
        seconds = best_of(repeat, lambda: [parse_brief(t, format=fmt) for t in texts])  # type: ignore[arg-type]  # noqa: B023
        mb = sum(len(t.encode()) for t in texts) / 1e6
        ratio = seconds / json_time
        print(f"{name:<10} {mb:7.2f} {count / seconds:10.0f} {mb / seconds:8.2f} {ratio:13.1f}")


def scaling(repeat: int) -> None:
    print("\nOne brief grown to 1x, 10x and 100x its events (time should grow about as much)\n")
    print(f"{'input':<10} {'size':>6} {'KB':>9} {'ms':>10} {'ms per x':>10}")
    rng = random.Random(7)
    for name, write in FORMATS.items():
        for factor in (1, 10, 100):
            text = write(make_brief(rng, 1000, 3 * factor))
            fmt = name
            seconds = best_of(repeat, lambda: parse_brief(text, format=fmt))  # type: ignore[arg-type]  # noqa: B023
            ms = seconds * 1000
            kb = len(text.encode()) / 1000
            print(f"{name:<10} {factor:>5}x {kb:9.1f} {ms:10.2f} {ms / factor:10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--briefs", type=int, default=200, help="briefs per format (default 200)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is kept (default 3)")
    args = parser.parse_args()
    throughput(args.briefs, args.repeat)
    scaling(args.repeat)


if __name__ == "__main__":
    main()
