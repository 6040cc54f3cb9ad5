"""render: a brief written as text, Markdown or HTML reads back as the same brief."""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest

from conflictevents import DailyBrief, Event, categorise, parse_brief, render

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "parsing"
SEED = HERE.parent.parent / "shared" / "seeds" / "000_e1c1575f2e4cf822.txt"
FIXTURES = sorted((HERE / "data" / "briefs").glob("*.*[tlm]"))


def sample() -> DailyBrief:
    fighting = categorise("Fighting")
    events = (
        Event.create(
            "russia-ukraine", 1000, "Sirens sounded in *Kyiv* [again] – for #3 hours.", fighting
        ),
        Event.create(
            "russia-ukraine", 1000, "1. A numbered-looking <event> & more.", categorise("Diplomacy")
        ),
    )
    return DailyBrief(
        title="Russia-Ukraine war: List of key events, day 1,000",
        summary="These were the key developments on the 1,000th day of the war.",
        day=1000,
        situation_date=pendulum.date(2024, 11, 20),
        published=pendulum.datetime(2024, 11, 20, 6, 12, 30, tz="UTC"),
        source_line="Al Jazeera and news agencies",
        url="https://example.invalid/news/1000",
        events=events,
    )


def test_text_rendering_reads_like_a_brief() -> None:
    assert render(sample()) == (
        "Russia-Ukraine war: List of key events, day 1,000\n"
        "These were the key developments on the 1,000th day of the war.\n"
        "Published On 20 Nov 2024 06:12:30 UTC\n"
        "https://example.invalid/news/1000\n"
        "Here is the situation on Wednesday, November 20, 2024:\n"
        "Fighting\n"
        "- Sirens sounded in *Kyiv* [again] – for #3 hours.\n"
        "Diplomacy\n"
        "- 1. A numbered-looking <event> & more.\n"
        "Source: Al Jazeera and news agencies\n"
    )


def test_markdown_escapes_inline_marks() -> None:
    text = render(sample(), "markdown")
    assert "# Russia-Ukraine war: List of key events, day 1,000\n\n" in text
    assert "- Sirens sounded in \\*Kyiv\\* \\[again\\] – for \\#3 hours.\n" in text
    assert "- 1\\. A numbered-looking \\<event\\> \\& more.\n" in text


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_sample_round_trips(fmt: str) -> None:
    brief = sample()
    result = parse_brief(render(brief, fmt), format=fmt)  # type: ignore[arg-type]
    assert result.brief == brief
    assert result.problems == ()


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("path", [*sorted(DATA.iterdir()), *FIXTURES], ids=lambda p: p.name)
def test_parsed_briefs_round_trip(path: Path, fmt: str) -> None:
    brief = parse_brief(path).brief
    again = parse_brief(render(brief, fmt), format=fmt).brief  # type: ignore[arg-type]
    assert again == brief


@pytest.mark.skipif(not SEED.exists(), reason="no shared seed folder")
def test_seed_round_trips_with_attributions() -> None:
    brief = parse_brief(SEED).brief
    assert parse_brief(render(brief, "markdown")).brief == brief


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="Expected format text, markdown or html"):
        render(sample(), "pdf")  # type: ignore[arg-type]
