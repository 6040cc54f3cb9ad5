"""Score the attribution extractor and print a Markdown table of precision and recall.

    python scripts/attribution_accuracy.py [--details]

Two corpora, each scored per attribution:

- `tests/data/attribution/gold.json`: sentences written for the project, grouped by
  template. A predicted attribution is right when its `source` is the gold canonical
  name; "exact" also asks for the same `kind` and `via`.
- `tests/data/attribution/heldout.json`, `heldout2.json`, `heldout3.json`,
  `heldout4.json`: sentences
  written after a version of the extractor, scored the same way. A set that was later
  tuned on keeps its first score in the file (`scored_before_tuning`); that frozen row is
  printed beside today's, since only the first score is an honest estimate for new text.
- `tests/data/briefs/*.expected.json` (when present, and when `parse_brief` exists):
  whole briefs parsed with `conflictevents.parse_brief`; each expected event (found by
  its `starts_with`) lists acceptable spellings of each source and via, matched on
  their words, as `../shared/tools/compare_brief.py` does. Events the parser did not
  produce are counted as misses.

Precision = right / predicted, recall = right / expected. The output is the table in
docs/guides/attribution.md; `--details` also lists every miss and every extra.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from conflictevents.attribution import AttributionContext, extract_attributions
from conflictevents.model import Attribution

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "attribution" / "gold.json"
HELDOUT = ROOT / "tests" / "data" / "attribution" / "heldout.json"
# Every held-out set, in the order it was written, with its row label. Sets written
# before a round of tuning carry that round's frozen score as "scored_before_tuning".
HELDOUT_SETS = (
    (HELDOUT, "**held-out sentences**"),
    (HELDOUT.with_name("heldout2.json"), "**held-out 2**"),
    (HELDOUT.with_name("heldout3.json"), "**held-out 3**"),
    (HELDOUT.with_name("heldout4.json"), "**held-out 4**"),
)
BRIEFS = ROOT / "tests" / "data" / "briefs"


# Pairs matched on source but not on kind or via, for --details.
INEXACT: list[tuple[dict[str, Any], Attribution]] = []


class Tally:
    """Counts for one row of the table."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.units = 0
        self.expected = 0
        self.predicted = 0
        self.right = 0
        self.exact = 0

    def add(self, other: Tally) -> None:
        """Add another row's counts to this one."""
        self.units += other.units
        self.expected += other.expected
        self.predicted += other.predicted
        self.right += other.right
        self.exact += other.exact

    def row(self) -> str:
        """This tally as a Markdown table row."""
        precision = self.right / self.predicted if self.predicted else 1.0
        recall = self.right / self.expected if self.expected else 1.0
        exact = self.exact / self.expected if self.expected else 1.0
        return (
            f"| {self.label} | {self.units} | {self.expected} | {self.predicted} | "
            f"{precision:.2f} | {recall:.2f} | {exact:.2f} |"
        )


def match(
    expected: Sequence[dict[str, Any]],
    got: Sequence[Attribution],
    same: Callable[[dict[str, Any], Attribution], bool],
    exact: Callable[[dict[str, Any], Attribution], bool],
) -> tuple[int, int, list[dict[str, Any]], list[Attribution]]:
    """Pair expected and predicted attributions greedily; return right, exact, misses, extras."""
    left = list(got)
    right = exact_count = 0
    misses = []
    for want in expected:
        found = next((item for item in left if same(want, item)), None)
        if found is None:
            misses.append(want)
            continue
        left.remove(found)
        right += 1
        if exact(want, found):
            exact_count += 1
        else:
            INEXACT.append((want, found))
    return right, exact_count, misses, left


def score_gold(details: list[str], path: Path = GOLD, label: str = "") -> list[Tally]:
    """Score sentences with exact gold names, one row per template (or one row `label`)."""
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    rows: dict[str, Tally] = {}
    for number, case in enumerate(cases):
        case.setdefault("id", f"{path.stem}-{number}")
        template = label or case["template"]
        context = AttributionContext()
        for earlier in case.get("context", ()):
            extract_attributions(earlier, context=context)
        got = extract_attributions(case["text"], context=context)
        want = case["attributions"]
        tally = rows.setdefault(template, Tally(template))
        right, exact, misses, extras = match(
            want,
            got,
            lambda w, a: w["source"] == a.source,
            lambda w, a: w.get("kind", a.kind) == a.kind and list(w["via"]) == list(a.via),
        )
        tally.units += 1
        tally.expected += len(want)
        tally.predicted += len(got)
        tally.right += right
        tally.exact += exact
        details.extend(f"gold {case['id']}: missed {m['source']!r}" for m in misses)
        details.extend(f"gold {case['id']}: extra {a.source!r} ({a.phrase!r})" for a in extras)
    return list(rows.values())


# Name matching for the brief fixtures: the words of a name, with the spellings that
# compare_brief.py treats as equal, so both tools agree on what counts as right.
_STOP = {"the", "of", "news", "agency", "s", "state"}
_SWAP = {
    "russia": "russian",
    "defense": "defence",
    "ukraines": "ukrainian",
    "ukraine": "ukrainian",
    "united": "us",
    "states": "us",
    "sergei": "sergey",
    "dmitri": "dmitry",
}


def _words(name: str) -> frozenset[str]:
    name = name.lower().replace("\u2019", "'").replace("'s ", " ").replace("'s", "")
    words = re.findall(r"[a-z0-9]+", name)
    return frozenset(_SWAP.get(w, w) for w in words if w not in _STOP) or frozenset(words)


def same_name(aliases: Iterable[str], actual: str) -> bool:
    """Whether `actual` names the same thing as one of `aliases` (word subsets count)."""
    got = _words(actual)
    for alias in aliases:
        want = _words(alias)
        if want == got or (want and got and (want <= got or got <= want)):
            return True
    return False


def _brief_same(want: dict[str, Any], got: Attribution) -> bool:
    if want.get("kind") == "unnamed" and got.kind == "unnamed":
        return True
    return same_name(want["source"], got.source)


def _brief_exact(want: dict[str, Any], got: Attribution) -> bool:
    if "kind" in want and want["kind"] != got.kind:
        return False
    vias = want.get("via", [])
    return len(vias) == len(got.via) and all(
        same_name(aliases, name) for aliases, name in zip(vias, got.via, strict=True)
    )


def _parse_brief() -> Callable[[Path], Any] | None:
    try:
        from conflictevents import parse_brief
    except ImportError:
        try:
            from conflictevents.parsing import parse_brief
        except ImportError:
            return None
    return parse_brief


def score_briefs(details: list[str]) -> Tally | None:
    """Score the fixture briefs, or `None` when there are none or no parser yet."""
    parse = _parse_brief()
    expected_files = sorted(BRIEFS.glob("*.expected.json")) if BRIEFS.is_dir() else []
    if parse is None or not expected_files:
        return None
    tally = Tally("fixture briefs")
    for path in expected_files:
        stem = path.name.removesuffix(".expected.json")
        brief_path = next(
            (
                path.with_name(stem + ext)
                for ext in (".txt", ".md", ".html", ".htm")
                if path.with_name(stem + ext).exists()
            ),
            None,
        )
        if brief_path is None:
            continue
        want = json.loads(path.read_text(encoding="utf-8"))
        try:
            result = parse(brief_path)
        except Exception as exc:  # a brief the parser rejects scores as misses
            details.append(f"{stem}: parse failed: {type(exc).__name__}: {exc}")
            result = None
        events = list(getattr(getattr(result, "brief", result), "events", ()))
        for expected_event in want.get("events", ()):
            if "attributions" not in expected_event:
                continue
            expected = expected_event["attributions"]
            event = next(
                (e for e in events if e.text.startswith(expected_event["starts_with"])), None
            )
            got = event.attributions if event is not None else ()
            right, exact, misses, extras = match(expected, got, _brief_same, _brief_exact)
            tally.units += 1
            tally.expected += len(expected)
            tally.predicted += len(got)
            tally.right += right
            tally.exact += exact
            where = f"{stem} {expected_event['starts_with'][:40]!r}"
            if event is None:
                details.append(f"{where}: event not found")
            details.extend(f"{where}: missed {m['source'][0]!r}" for m in misses)
            details.extend(f"{where}: extra {a.source!r} ({a.phrase!r})" for a in extras)
    return tally


def frozen(path: Path, label: str) -> Tally | None:
    """The score recorded in a held-out file before any tuning on it, if there is one.

    It is a number from the past, not recomputed: the extractor has since been changed,
    and the first score is the honest estimate for text it has never seen.
    """
    recorded = json.loads(path.read_text(encoding="utf-8")).get("scored_before_tuning")
    if recorded is None:
        return None
    tally = Tally(label.replace("**", "").join(("**", " (before tuning)**")))
    for key in ("units", "expected", "predicted", "right", "exact"):
        setattr(tally, key, int(recorded[key]))
    return tally


def score_heldout(details: list[str]) -> list[Tally]:
    """Score every held-out set present: its frozen first score (if any), then today's."""
    rows: list[Tally] = []
    for path, label in HELDOUT_SETS:
        if not path.exists():
            continue
        before = frozen(path, label)
        if before is not None:
            rows.append(before)
            label = label.replace("**", "").join(("**", " (now)**"))
        (now,) = score_gold(details, path, label)
        rows.append(now)
    return rows


def table(
    rows: Sequence[Tally], briefs: Tally | None, heldout: Sequence[Tally] | Tally | None = None
) -> str:
    """The Markdown table: gold rows per template, their total, held-out rows, then the briefs."""
    header = [
        "| corpus / template | cases | expected | predicted | precision | recall | exact |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total = Tally("**gold sentences, all**")
    for row in rows:
        total.add(row)
    lines = header + [row.row() for row in sorted(rows, key=lambda r: r.label)] + [total.row()]
    if isinstance(heldout, Tally):
        heldout = [heldout]
    lines.extend(row.row() for row in heldout or ())
    if briefs is not None:
        briefs.label = "**fixture briefs, events**"
        lines.append(briefs.row())
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table (and with `--details` the misses and extras)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    details: list[str] = []
    rows = score_gold(details)
    heldout = score_heldout(details)
    briefs = score_briefs(details)
    print(table(rows, briefs, heldout))
    if args.details:
        print()
        details.extend(
            f"inexact: want kind {w.get('kind')!r} via {w['via']!r}, got {a.source!r} "
            f"kind {str(a.kind)!r} via {list(a.via)!r}"
            for w, a in INEXACT
        )
        print("\n".join(details) if details else "no misses, no extras")
    return 0


if __name__ == "__main__":
    sys.exit(main())
