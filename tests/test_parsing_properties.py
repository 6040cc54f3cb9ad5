"""Properties: the parser raises nothing but ParseError, round trips, and stays linear."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conflictevents import DailyBrief, ParseError, ParseResult, parse_brief, render
from conflictevents.parsing import furniture
from conflictevents.parsing.html_reader import _defuse
from conflictevents.strategies import daily_briefs
from strategies_parsing import briefs

TITLE = "Russia-Ukraine war: List of key events, day 1,000\n"

# Pieces a brief is made of, so that generated inputs reach deep into the assembler.
PIECES = st.sampled_from(
    (
        TITLE,
        "Here is the situation on Wednesday, November 20:\n",
        "Here is the situation on Monday, February 30:\n",
        "Published On 20 Nov 2024\n",
        "Fighting\n",
        "1. Russia advances\n",
        "- ",
        "-\n",
        "• ",
        "    ",
        "Source:\n",
        "Advertisement\n",
        "<li>",
        "</ul>",
        "<h2>",
        "# ",
        "**",
        "[",
        "](x)",
        "\n",
        "\r",
        "day 5",
        "As the war enters its 96th day.\n",
        "Published On 31 Dec 9999 23:59 GMT\n",
        "Published On 1 Jan 0001\n",
        "Here is the situation on Friday, January 1:\n",
        "Israel-Iran conflict: List of key events, June 16, 9999\n",
        "Israel-Hamas war: List of key events\n",
        "day 99999999999",
        "You May Also Like\n",
        "Keep reading\n",
        "<!--",
        "</",
        "\ud800",
    )
)


def outcome(source: str | bytes, fmt: str = "auto") -> ParseResult | ParseError:
    """The result, or the ParseError; any other exception escapes and fails the test."""
    try:
        return parse_brief(source, format=fmt)  # type: ignore[arg-type]
    except ParseError as exc:
        return exc


TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, fmt=st.sampled_from(("auto", "text", "markdown", "html")))
@example(text="", fmt="auto")
@example(text=TITLE + "-", fmt="text")
@example(text="<" * 50 + TITLE, fmt="html")
def test_any_text_parses_or_raises_parse_error(text: str, fmt: str) -> None:
    got = outcome(text, fmt)
    if isinstance(got, ParseError):
        assert got.code
        assert 0 <= got.span[0] <= got.span[1] <= len(got.source)
        assert got.line >= 1
        assert got.column >= 1
    else:
        assert got.brief.day >= 1
        assert all(d.line >= 1 and d.column >= 1 for d in got.diagnostics)


@given(text=st.text(st.characters(codec=None, categories=("Cs", "Ll", "Zs")), max_size=30))
@example(text="a\ud800b")
def test_lone_surrogates_become_replacement_characters(text: str) -> None:
    got = outcome(TITLE + "- " + text + " said.\n")
    assert isinstance(got, ParseResult) or got.code
    if isinstance(got, ParseResult):
        assert all(c < "\ud800" or c > "\udfff" for e in got.brief.events for c in e.text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300) | TEXTS.map(lambda t: t.encode("utf-16", "replace")))
def test_any_bytes_parse_or_raise_parse_error(data: bytes) -> None:
    got = outcome(data)
    assert isinstance(got, ParseResult) or got.code


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(brief=briefs(), fmt=st.sampled_from(("text", "markdown", "html")))
def test_render_then_parse_gives_an_equal_brief(brief: DailyBrief, fmt: str) -> None:
    text = render(brief, fmt)  # type: ignore[arg-type]
    result = parse_brief(text, format=fmt)  # type: ignore[arg-type]
    assert result.brief == brief  # attributions included: the extractor is deterministic
    assert result.errors == ()


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(brief=daily_briefs(), fmt=st.sampled_from(("text", "markdown", "html")))
def test_any_valid_brief_renders_and_reads_back_without_crashing(
    brief: DailyBrief, fmt: str
) -> None:
    # The public strategy draws arbitrary titles and texts, which need not read as a
    # brief again; rendering must still work and reading back may only raise ParseError.
    text = render(brief, fmt)  # type: ignore[arg-type]
    assert text.endswith("\n")
    got = outcome(text, fmt)
    if isinstance(got, ParseResult):
        assert got.brief.day >= 1


@given(text=st.text(max_size=300))
def test_defuse_keeps_length_and_lines(text: str) -> None:
    out = _defuse(text)
    assert len(out) == len(text)
    assert out.count("\n") == text.count("\n")


# --- linear time on adversarial inputs ----------------------------------------------------
#
# Each input family is parsed at growing sizes; a catastrophic regex or a quadratic loop
# would make the largest size run for minutes. No time is asserted (that belongs in
# benchmarks/parse.py); the operation count that is asserted is the number of blocks,
# which must grow in proportion to the input.

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "one long line": lambda n: TITLE + "a" * n,
    "dashes on one line": lambda n: TITLE + "- " * (n // 2),
    "date-line prefixes": lambda n: (
        TITLE + ("Here is the situation on " + "x " * 180 + "\n") * (n // 400)
    ),
    "caption brackets": lambda n: TITLE + ("x" * 300 + "[" + "/ " * 40 + "\n") * (n // 400),
    "markdown brackets": lambda n: "# " + TITLE + "[" * n,
    "markdown backticks": lambda n: "# " + TITLE + "`a" * (n // 2),
    "markdown emphasis": lambda n: "# " + TITLE + "*a_" * (n // 3),
    "html deep nesting": lambda n: "<h1>" + TITLE + "</h1>" + "<div>" * (n // 5) + "x",
    "html stray end tags": lambda n: "<h1>" + TITLE + "</h1>" + "</div>" * (n // 6),
    "html open comment": lambda n: "<h1>" + TITLE + "</h1><!--" + "a" * n,
    "html end-tag openers": lambda n: "<h1>" + TITLE + "</h1>" + "</" * (n // 2),
    "html declaration openers": lambda n: "<h1>" + TITLE + "</h1>" + "<!" * (n // 2),
    "html unclosed list items": lambda n: "<h1>" + TITLE + "</h1>" + "<li>x" * (n // 5),
    "marker-only lines": lambda n: TITLE + "-\n" * (n // 2),
}


@pytest.mark.parametrize("family", sorted(ADVERSARIAL))
def test_adversarial_inputs_of_growing_size_finish(family: str) -> None:
    make = ADVERSARIAL[family]
    counts = []
    for size in (1_000, 10_000, 100_000):
        text = make(size)
        got = outcome(text)
        if isinstance(got, ParseError):
            counts.append(0)
        else:
            counts.append(len(got.brief.events) + len(got.diagnostics))
    assert counts[2] <= 200 * max(1, counts[0]) + 100_000


def test_ten_megabyte_brief_parses() -> None:
    sentence = "A drone hit a warehouse in a western region, the governor said. "
    body = ("- " + sentence * 80 + "\n") * 2_000
    text = TITLE + "Here is the situation on Wednesday, November 20:\nFighting\n" + body
    assert len(text) > 10_000_000
    result = parse_brief(text.encode("utf-8"))
    assert len(result.brief.events) == 2_000


def test_furniture_rules_skip_long_blocks() -> None:
    long = (
        "Here is the situation on Wednesday, November 20: " + "x" * furniture.MAX_FURNITURE_LENGTH
    )
    assert furniture.match_date_line(long) is None
    assert furniture.clutter_reason("Advertisement " * 100) is None
