"""The parser: furniture of every era, readers, days and dates, diagnostics, nothing lost."""

from __future__ import annotations

import codecs
from pathlib import Path

import pendulum
import pytest

from conflictevents import ParseError, ParseResult, Severity, Theme, parse_brief
from conflictevents.parsing import detect_format, furniture
from conflictevents.parsing.blocks import BlockKind
from conflictevents.parsing.html_reader import read_html
from conflictevents.parsing.markdown_reader import read_markdown
from conflictevents.parsing.text_reader import read_text

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "parsing"
SEED = HERE.parent.parent / "shared" / "seeds" / "000_e1c1575f2e4cf822.txt"

TITLE = "Russia-Ukraine war: List of key events, day 1,000"
BRIEF = "\n".join(
    (
        TITLE,
        "These were the key developments on the 1,000th day of the Russia-Ukraine war.",
        "Published On 20 Nov 2024",
        "Here is the situation on Wednesday, November 20:",
        "Fighting",
        "- Sirens sounded over the capital for three hours, the city administration said.",
        "- A drone hit a warehouse in a western region, the governor said.",
        "Diplomacy",
        "- Two envoys met to prepare a prisoner exchange, officials said.",
        "Source: Al Jazeera and news agencies",
    )
)


def codes(result: ParseResult, severity: Severity | None = None) -> list[str]:
    return [d.code for d in result.diagnostics if severity is None or d.severity is severity]


def brief_with(*lines: str, title: str = TITLE) -> str:
    return "\n".join((title, *lines))


# --- a clean brief ------------------------------------------------------------------------


def test_clean_brief_has_every_field_and_no_warnings() -> None:
    result = parse_brief(BRIEF)
    brief = result.brief
    assert result.ok
    assert result.diagnostics == ()
    assert brief.title == TITLE
    assert brief.summary is not None
    assert brief.summary.startswith("These were")
    assert (brief.day, str(brief.date), str(brief.situation_date)) == (
        1000,
        "2024-11-19",
        "2024-11-20",
    )
    assert str(brief.published) == "2024-11-20"
    assert brief.source_line == "Al Jazeera and news agencies"
    assert [(e.category.label, e.category.theme) for e in brief.events] == [
        ("Fighting", Theme.FIGHTING),
        ("Fighting", Theme.FIGHTING),
        ("Diplomacy", Theme.DIPLOMACY),
    ]
    assert result.input_format == "text"
    assert result.encoding is None


@pytest.mark.skipif(not SEED.exists(), reason="no shared seed folder")
def test_seed_parses_without_warnings() -> None:
    result = parse_brief(SEED)
    assert result.problems == ()
    assert result.brief.day == 1000
    assert len(result.brief.events) == 10
    assert [s.category.label for s in result.brief.sections] == [
        "Fighting and weapons",
        "Diplomacy",
    ]


# --- titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Russia’s invasion of Ukraine: List of key events from Day 5", 5),
        ("Russia’s invasion of Ukraine: List of key events from day eight", 8),
        ("Russia’s invasion of Ukraine: List of key events from day 26", 26),
        ("Russia-Ukraine war: List of key events on day 67", 67),
        ("Russia-Ukraine war: List of key events, day 723", 723),
        ("Russia-Ukraine war: List of key events, day 1,459", 1459),
        ("Russia-Ukraine war: List of key events – day 1,066", 1066),
        ("Russia-Ukraine war: List of key events, days 1,118", 1118),
        (
            "Russia-Ukraine war: List of key events, day 900 | Russia-Ukraine war News | Al Jazeera",
            900,
        ),
        ("Russia-Ukraine war: List of key events, Day 629 - Al Jazeera English", 629),
        ("Russo-Ukrainian War: List of key events of day 68", 68),
        ("The Russo-Ukrainian War: List of major events, day 714", 714),
        ("Russia-Ukraine War: List of the most important events, day 900", 900),
        ("Russia-Ukraine war: Major Events on Day 860", 860),
        ("456 Days of Russia-Ukraine War: Key Events List", 456),
    ],
)
def test_title_patterns_of_every_era(title: str, day: int) -> None:
    found = furniture.match_title(title)
    assert found is not None
    assert found.day == day
    assert " | " not in found.title
    assert not found.title.endswith("English")


def test_not_titles() -> None:
    assert (
        furniture.match_title("As the war enters its 96th day, these are the main developments.")
        is None
    )
    assert furniture.match_title("Here is the situation on Wednesday, November 20:") is None
    assert (
        furniture.match_title("Below are the key events from Monday, February 28, the fifth day:")
        is None
    )


def test_title_printed_twice_is_reported_once() -> None:
    result = parse_brief(brief_with(TITLE, *BRIEF.splitlines()[1:]))
    assert codes(result) == ["duplicate-title"]
    assert result.diagnostics[0].line == 2


def test_page_title_suffix_removed_from_brief_title() -> None:
    text = BRIEF.replace(TITLE, TITLE + " | Russia-Ukraine war News | Al Jazeera", 1)
    assert parse_brief(text).brief.title == TITLE


# --- conflicts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "conflict"),
    [
        ("Israel-Hamas war: List of key events, day 12", "israel-gaza"),
        ("Israel’s war on Gaza: List of key events, day 55", "israel-gaza"),
        ("Russia-Ukraine war: List of key events, day 55", "russia-ukraine"),
    ],
)
def test_conflict_from_title(title: str, conflict: str) -> None:
    result = parse_brief(brief_with("- Something happened, officials said.", title=title))
    assert result.brief.conflict == conflict


def test_israel_gaza_days_count_from_7_october_2023() -> None:
    result = parse_brief(
        brief_with(
            "As the conflict between Israel and Gaza enters its 38th day, these are the main developments.",
            "Here is the situation on Monday, November 13, 2023:",
            "- Something happened, officials said.",
            title="Israel’s war on Gaza: List of key events, day 38",
        )
    )
    assert result.ok, result.diagnostics
    assert str(result.brief.date) == "2023-11-13"


def test_israel_iran_day_from_standfirst_when_title_has_a_date() -> None:
    result = parse_brief(
        brief_with(
            "Here are the key events on day 11 of the Israel-Iran conflict.",
            "Here’s where things stand on Monday, June 23:",
            "Fighting",
            "- Sirens sounded in several cities, the military said.",
            title="US-Israel-Iran conflict: List of key events, June 23, 2025",
        )
    )
    assert result.brief.conflict == "israel-iran"
    assert result.brief.day == 11
    assert str(result.brief.situation_date) == "2025-06-23"
    assert result.ok
    assert "day-from-standfirst" in codes(result, Severity.INFO)


def test_israel_iran_day_from_title_date_without_standfirst_day() -> None:
    result = parse_brief(
        brief_with(
            "Here’s where things stand on Monday, June 16:",
            "- Sirens sounded in several cities, the military said.",
            title="Israel-Iran conflict: List of key events, June 16, 2025",
        )
    )
    assert result.brief.day == 4
    assert "day-from-title-date" in codes(result)


def test_explicit_conflict_wins() -> None:
    result = parse_brief(BRIEF.replace("1,000", "40"), conflict="israel-gaza")
    assert result.brief.conflict == "israel-gaza"


# --- standfirsts and days ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("standfirst", "day"),
    [
        ("As the war enters its 96th day, we take a look at the main developments.", 96),
        ("As the Russian offensive enters its fifth day, we take a look at the key events.", 5),
        ("These were the key developments on the 1,000th day of the Russia-Ukraine war.", 1000),
        ("These are the key developments from day 1,459 of Russia’s war on Ukraine.", 1459),
        ("As the war enter its 852nd day, these are the main developments.", 852),
    ],
)
def test_day_taken_from_standfirst_when_title_has_none(standfirst: str, day: int) -> None:
    result = parse_brief(
        brief_with(
            standfirst,
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events",
        )
    )
    assert result.brief.day == day
    assert "no-title-day" in codes(result, Severity.WARNING)
    assert str(day) in next(d.message for d in result.diagnostics if d.code == "no-title-day")


def test_day_taken_from_date_line_when_nothing_else_says() -> None:
    result = parse_brief(
        brief_with(
            "Here is the situation on Wednesday, November 20, 2024:",
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events",
        )
    )
    assert result.brief.day == 1000  # lag 1 from day 1,000 on
    assert "no-title-day" in codes(result)


def test_no_day_anywhere_is_an_error() -> None:
    with pytest.raises(ParseError) as caught:
        parse_brief("Russia-Ukraine war: List of key events\n- Something happened, officials said.")
    assert caught.value.code == "no-day"


# --- date lines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Below are the key moments from Monday, February 28, the fifth day of the invasion:",
            (2, 28, None),
        ),
        (
            "These are the key events so far on Saturday, March 5. Get the latest updates here.",
            (3, 5, None),
        ),
        ("Here are the key events so far on Monday, May 30.", (5, 30, None)),
        ("Here is the situation as it stands on Tuesday, January 10, 2023:", (1, 10, 2023)),
        ("Here is the situation on Friday, May 24, 2024.", (5, 24, 2024)),
        ("This is where the war stands on Sunday, July 28, 2024:", (7, 28, 2024)),
        ("Here is the roundup of key events on Friday, March 14.", (3, 14, None)),
        ("Here’s where things stand on Monday, June 23:", (6, 23, None)),
        ("Here is how things stand on Saturday, August 2 :", (8, 2, None)),
        ("Here is where things stand on Sunday, January 4", (1, 4, None)),
        ("What is the situation as of Monday, June 23:", (6, 23, None)),
        ("As of Wednesday, October 1, 2025, the situation unfolds as follows:", (10, 1, 2025)),
        ("Date: October 8, 2025", (10, 8, 2025)),
        (
            "Nearly six weeks after the start of the war, here is the situation on Monday, November 13, 2023:",
            (11, 13, 2023),
        ),
        ("Here is the situation on Wednesday, 20 November:", (11, 20, None)),
    ],
)
def test_date_line_templates(line: str, expected: tuple[int, int, int | None]) -> None:
    found = furniture.match_date_line(line)
    assert found is not None
    assert (found.month, found.day, found.year) == expected


@pytest.mark.parametrize(
    "line",
    [
        "On Sunday, May 28, troops entered the town, officials said.",
        "Russia-Ukraine war: List of key events, June 23, 2025",
        "Here is the situation on Might 15:",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert furniture.match_date_line(line) is None


def test_year_inferred_from_publication_across_new_year() -> None:
    result = parse_brief(
        brief_with(
            "Published On 31 Dec 2024",
            "Here is the situation on Wednesday, January 1:",
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events, day 1,042",
        )
    )
    assert str(result.brief.situation_date) == "2025-01-01"
    assert result.ok


def test_year_inferred_from_title_day_without_publication() -> None:
    result = parse_brief(
        brief_with(
            "Here is the situation on Monday, May 30.",
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events, day 96",
        )
    )
    assert str(result.brief.situation_date) == "2022-05-30"
    assert result.ok


def test_lag_of_two_is_a_warning_with_the_values() -> None:
    result = parse_brief(
        brief_with(
            "Here is the situation on Friday, August 9, 2024.",
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events, day 896",
        )
    )
    assert codes(result, Severity.WARNING) == ["day-lag"]
    message = result.warnings[0].message
    assert "896" in message
    assert "2024-08-09" in message
    assert "lag 2" in message


def test_wrong_weekday_is_a_warning() -> None:
    result = parse_brief(
        brief_with(
            "Here are the key events so far on Sunday, May 2.",
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events on day 68",
        )
    )
    assert codes(result, Severity.WARNING) == ["weekday-mismatch"]
    assert "Monday" in result.warnings[0].message


def test_missing_date_line_is_a_warning_at_the_title() -> None:
    result = parse_brief(
        brief_with(
            "Published On 13 May 2022",
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events, day 79",
        )
    )
    assert codes(result, Severity.WARNING) == ["no-date-line"]
    assert result.brief.situation_date is None
    assert str(result.brief.published) == "2022-05-13"
    assert (result.warnings[0].line, result.warnings[0].column) == (1, 1)


def test_impossible_date_is_an_error() -> None:
    result = parse_brief(
        brief_with(
            "Here is the situation on Monday, February 30, 2023:",
            "- Something happened, officials said.",
            title="Russia-Ukraine war: List of key events, day 371",
        )
    )
    assert codes(result, Severity.ERROR) == ["invalid-date"]
    assert not result.ok


# --- published -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published On 20 Nov 2024", "2024-11-20"),
        ("Published On 4 Dec 20244 Dec 2024", "2024-12-04"),
        ("Published On 9 Oct 2025 06:12 GMT", "2025-10-09T06:12:00+00:00"),
    ],
)
def test_published_lines(line: str, expected: str) -> None:
    text = BRIEF.replace("Published On 20 Nov 2024", line)
    published = parse_brief(text).brief.published
    assert published is not None
    assert published.isoformat() == expected


# --- headings and sections -----------------------------------------------------------------


def test_colon_suffixed_and_case_variant_headings() -> None:
    result = parse_brief(
        brief_with(
            "Here is the situation on Monday, December 16, 2024:",
            "Fighting:",
            "- A strike hit a depot, the governor said.",
            "Politics & Diplomacy",
            "- Leaders met in a northern capital, officials said.",
            "energy",
            "- Power was cut in several regions, the grid operator said.",
            title="Russia-Ukraine war: List of key events, day 1,026",
        )
    )
    cats = [(e.category.label, e.category.theme) for e in result.brief.events]
    assert cats == [
        ("Fighting", Theme.FIGHTING),
        ("Politics & Diplomacy", Theme.DIPLOMACY),
        ("energy", Theme.ENERGY),
    ]
    assert result.ok


def test_numbered_headlines_with_bullets_and_a_bare_paragraph() -> None:
    result = parse_brief(
        brief_with(
            "Below are the key events from Thursday, March 3, the eighth day of the invasion:",
            "1. Southern push continues",
            "Troops moved west along the coast, a defence ministry said.",
            "2. City bombarded",
            "- Air strikes hit residential streets, rescuers said.",
            "3. Talks: a second round",
            "- Delegations met near the border, an adviser said.",
            title="Russia’s invasion of Ukraine: List of key events from day eight",
        )
    )
    assert [e.category.label for e in result.brief.events] == [
        "Southern push continues",
        "City bombarded",
        "Talks: a second round",
    ]
    assert result.ok, result.diagnostics


def test_numbered_list_of_events_stays_a_list() -> None:
    result = parse_brief(
        brief_with(
            "Here is the situation on Wednesday, November 20:",
            "1.] A drone hit a warehouse in a western region, the governor said.",
            "2.] Sirens sounded over the capital, officials said",
            "3.] Two envoys met to prepare an exchange, officials said.",
        )
    )
    assert len(result.brief.events) == 3
    assert result.brief.events[1].category.label is None


def test_headline_headings_followed_by_paragraphs() -> None:
    result = parse_brief(
        brief_with(
            "As the Russia-Ukraine war enters its seventh day, we take a look at the major developments.",
            "Below are the key moments from Wednesday, March 2, the seventh day of the invasion:",
            "Biden brands Putin a ‘dictator’",
            "The US president used his first annual address to condemn the invasion.",
            "Where are Ukrainian fleeing to?",
            "Most of those leaving crossed into neighbouring countries to the west, the UN said.",
            title="Russia’s invasion of Ukraine: List of key events from day seven",
        )
    )
    events = result.brief.events
    assert [e.category.label for e in events] == [
        "Biden brands Putin a ‘dictator’",
        "Where are Ukrainian fleeing to?",
    ]
    assert [e.category.theme for e in events] == [Theme.DIPLOMACY, Theme.HUMANITARIAN]
    assert result.ok


def test_unlabelled_section_then_labelled() -> None:
    result = parse_brief(
        brief_with(
            "Here is the situation on Wednesday, November 20:",
            "- A drone hit a warehouse in a western region, the governor said.",
            "Diplomacy",
            "- Two envoys met to prepare an exchange, officials said.",
        )
    )
    labels = [s.category.label for s in result.brief.sections]
    assert labels == [None, "Diplomacy"]
    assert result.brief.events[0].category.slug == "unlabelled"


def test_unknown_heading_is_kept_with_theme_other() -> None:
    result = parse_brief(BRIEF.replace("\nDiplomacy\n", "\nWinter preparations\n"))
    assert result.brief.events[2].category.label == "Winter preparations"
    assert result.brief.events[2].category.theme is Theme.OTHER


def test_unbulleted_paragraph_in_bulleted_section_is_an_event_and_a_warning() -> None:
    lines = BRIEF.splitlines()
    lines.insert(6, "The strike was the third on the city this week.")
    result = parse_brief("\n".join(lines))
    assert len(result.brief.events) == 4
    assert result.brief.events[1].text == "The strike was the third on the city this week."
    assert codes(result, Severity.WARNING) == ["unbulleted-paragraph"]
    assert result.warnings[0].line == 7


# --- markers -------------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["- ", "• ", "  • ", "* ", "– ", "-", "1. ", "1.] ", "    "])
def test_list_markers(marker: str) -> None:
    text = BRIEF.replace("- Sirens", marker + "Sirens")
    result = parse_brief(text)
    assert result.brief.events[0].text.startswith("Sirens sounded"), marker
    assert result.ok, (marker, result.diagnostics)


def test_marker_alone_on_its_line_belongs_to_the_next() -> None:
    text = BRIEF.replace("- Sirens", "-\nSirens")
    result = parse_brief(text)
    assert result.brief.events[0].text.startswith("Sirens sounded")
    assert len(result.brief.events) == 3
    assert result.ok


def test_dangling_marker_at_the_end_is_reported() -> None:
    result = parse_brief(BRIEF.replace("\nSource: Al Jazeera and news agencies", "\n-"))
    assert "dangling-marker" in codes(result, Severity.INFO)
    assert len(result.brief.events) == 3


def test_wrapped_item_line_continues_the_item() -> None:
    text = BRIEF.replace("for three hours, ", "for three hours,\n  ")
    result = parse_brief(text)
    assert result.brief.events[0].text == (
        "Sirens sounded over the capital for three hours, the city administration said."
    )


def test_text_reader_positions() -> None:
    blocks = list(read_text("Title\n\n  • item one\n-\ntext two\n"))
    assert [(b.kind, b.text, b.line, b.column) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Title", 1, 1),
        (BlockKind.ITEM, "item one", 3, 3),
        (BlockKind.ITEM, "text two", 4, 1),
    ]


# --- clutter and nothing lost --------------------------------------------------------------

CLUTTER = (
    "Advertisement",
    "Share your love",
    "Share post:",
    "Save articles to read later and create your own reading list.",
    "News|Russia-Ukraine war",
    "Skip to main content",
    "Related: Leaders gather for a summit in Brussels",
    "Also Read: Markets after the election",
    "close close",
    "__temp__ __location__",
    "This content originally appeared on Al Jazeera.",
    "Article Attribution | Read More at Article Source",
    "Photo credit www.aljazeera.com",
    "Also Read More: World News | Entertainment News | Celeb News",
    "73.2 F New York",
    "Video Duration 05 minutes 10 seconds",
    "INTERACTIVE Russia Ukraine War Who controls what Day 26",
    "Posted on June 11, 2025",
    "by | Jun 11, 2025 | World",
    "25 October 2024Last Update :",
    "A soldier walks past a damaged building in a frontline town [Example Name/Example Agency]",
)


@pytest.mark.parametrize("clutter", CLUTTER)
def test_clutter_between_items_is_dropped_and_reported(clutter: str) -> None:
    lines = BRIEF.splitlines()
    lines.insert(6, clutter)
    result = parse_brief("\n".join(lines))
    assert len(result.brief.events) == 3
    assert all(clutter not in e.text for e in result.brief.events)
    dropped = [d for d in result.diagnostics if d.line == 7]
    assert len(dropped) == 1
    assert dropped[0].severity is Severity.INFO
    assert dropped[0].column == 1


@pytest.mark.parametrize(
    "event",
    [
        "Updated figures show that 50 people were killed, officials said.",
        "By Monday, troops had withdrawn from the city, the army said.",
        "Watchdog inspectors visited the plant, the agency said.",
        "Related talks will be held on Friday, the ministry said.",
        "Share prices fell sharply in Moscow, traders said.",
    ],
)
def test_events_that_start_like_clutter_are_kept(event: str) -> None:
    assert furniture.clutter_reason(event) is None


TEXT_BRIEFS = sorted(
    [*(HERE / "data" / "briefs").glob("*.txt"), *DATA.glob("*.txt")], key=lambda p: p.name
)


@pytest.mark.parametrize("path", TEXT_BRIEFS, ids=lambda p: p.name)
def test_every_non_blank_line_is_in_the_model_or_a_diagnostic(path: Path) -> None:
    from conflictevents.parsing._decode import decode, normalise_newlines
    from conflictevents.parsing.blocks import clean_text

    # Fixtures come in the encodings a saved brief comes in (cp1252, UTF-16 with a BOM).
    text = normalise_newlines(decode(path.read_bytes())[0]).lstrip("\ufeff")
    result = parse_brief(text)
    brief = result.brief
    kept = [brief.title, brief.summary, brief.source_line, *(e.text for e in brief.events)]
    kept += [s.category.label for s in brief.sections]
    kept_text = "\n".join(k for k in kept if k)
    reported = {d.line for d in result.diagnostics}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = clean_text(line).lstrip("-•*–0123456789.]) ").strip()
        if not stripped:
            continue
        furniture_line = (
            furniture.match_published(stripped)
            or furniture.match_date_line(stripped)
            or furniture.match_source_line(stripped) is not None
        )
        in_model = stripped in kept_text or any(k and k in stripped for k in kept)
        assert in_model or furniture_line or number in reported, f"line {number} lost: {line!r}"


def test_source_lines() -> None:
    assert (
        parse_brief(
            BRIEF.replace("Al Jazeera and news agencies", "News Agencies")
        ).brief.source_line
        == "News Agencies"
    )
    bare = parse_brief(BRIEF.replace("Source: Al Jazeera and news agencies", "Source:"))
    assert bare.brief.source_line is None
    assert "empty-source-line" in codes(bare)


def test_lines_after_the_source_line_are_dropped() -> None:
    result = parse_brief(BRIEF + "\nSome unrelated headline about a football match")
    assert len(result.brief.events) == 3
    assert codes(result) == ["after-source-line"]


def test_latest_updates_link_is_dropped() -> None:
    lines = BRIEF.splitlines()
    lines.insert(4, "Get the latest updates here.")
    result = parse_brief("\n".join(lines))
    assert codes(result) == ["latest-updates"]


def test_typography_kept_and_whitespace_normalised() -> None:
    text = BRIEF.replace("Sirens sounded", "“Sirens”\u00a0sounded\u200b  loudly –")
    assert parse_brief(text).brief.events[0].text.startswith("“Sirens” sounded loudly –")


def test_possibly_truncated_input() -> None:
    text = BRIEF.rsplit("\n", 2)[0] + "\n- Two envoys met to prepare a prisoner"
    result = parse_brief(text)
    assert "possibly-truncated" in codes(result, Severity.WARNING)


# --- encodings and line ends ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (BRIEF.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + BRIEF.encode("utf-8"), "utf-8-sig"),
        (BRIEF.encode("utf-16"), "utf-16"),
        (BRIEF.replace("’", "'").encode("cp1252"), "utf-8"),
        (BRIEF.replace("Diplomacy", "Diplomacy \u2019").encode("cp1252"), "cp1252"),
        (BRIEF.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (BRIEF.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
)
def test_bytes_in_every_encoding(data: bytes, encoding: str) -> None:
    result = parse_brief(data)
    assert result.encoding == encoding
    assert result.brief.title == TITLE
    assert len(result.brief.events) == 3
    assert result.brief.source_line == "Al Jazeera and news agencies"


def test_path_input_uses_suffix_and_name(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(BRIEF, encoding="utf-8")
    result = parse_brief(path)
    assert result.source_name == str(path)
    assert parse_brief(path, name="x.txt").source_name == "x.txt"


# --- the Markdown and HTML readers ---------------------------------------------------------


def test_markdown_brief() -> None:
    result = parse_brief(DATA / "brief.md")
    brief = result.brief
    assert result.input_format == "markdown"
    assert brief.day == 1020
    assert [e.category.label for e in brief.events] == ["Fighting", "Fighting", "Diplomacy"]
    assert brief.events[0].text.endswith("the regional governor said on Telegram.")
    assert (
        "wrapped by the editor across two lines, according to the *local* military"
        in brief.events[1].text
    )
    assert result.ok


def test_markdown_setext_headings_and_positions() -> None:
    blocks = list(read_markdown("Title here\n==========\n\nFighting\n--------\n\n- one\n"))
    assert [(b.kind, b.text, b.line, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Title here", 1, 1),
        (BlockKind.HEADING, "Fighting", 4, 2),
        (BlockKind.ITEM, "one", 7, 0),
    ]


def test_html_brief_from_a_reposting_site() -> None:
    result = parse_brief(DATA / "repost.html")
    brief = result.brief
    assert result.input_format == "html"
    assert brief.title == "Russia-Ukraine war: List of key events, day 1,010"
    assert brief.summary is not None
    assert brief.summary.startswith("These were")
    assert str(brief.situation_date) == "2024-11-30"
    assert brief.published == pendulum.datetime(2024, 11, 30, 6, 5, tz="UTC")
    assert brief.url == "https://example.invalid/news/2024/11/30/key-events-day-1010"
    assert [e.category.label for e in brief.events] == [
        "Fighting",
        "Fighting",
        "Politics and diplomacy",
    ]
    assert "the regional governor said." in brief.events[0].text
    assert "&" in brief.events[1].text
    assert result.ok
    dropped = " ".join(d.text for d in result.infos)
    assert "Share on Facebook" in dropped
    assert "unrelated headline" in dropped
    assert all("not text" not in e.text for e in brief.events)


def test_html_positions_point_into_the_source() -> None:
    blocks = list(
        read_html("<html>\n<body>\n  <h2>Fighting</h2>\n<ul><li>one</li></ul></body></html>")
    )
    assert [(b.kind, b.text, b.line, b.column) for b in blocks] == [
        (BlockKind.HEADING, "Fighting", 3, 7),
        (BlockKind.ITEM, "one", 4, 9),
    ]


def test_html_unclosed_and_stray_tags() -> None:
    blocks = list(read_html("<ul><li>one<li>two</span></div><p>three"))
    assert [b.text for b in blocks] == ["one", "two", "three"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><p>x</p>", "html"),
        ("# Title\n\n- item", "markdown"),
        ("Title\n- item", "text"),
    ],
)
def test_format_detection(text: str, expected: str) -> None:
    assert detect_format(text) == expected


# --- strict mode and the result ------------------------------------------------------------


def test_strict_mode_raises_on_the_first_warning() -> None:
    text = BRIEF.replace("Here is the situation on Wednesday, November 20:\n", "")
    with pytest.raises(ParseError) as caught:
        parse_brief(text, strict=True)
    assert caught.value.code == "no-date-line"
    assert caught.value.line == 1


def test_strict_mode_accepts_info_diagnostics() -> None:
    result = parse_brief("Advertisement\n" + BRIEF, strict=True)
    assert codes(result) == ["before-title"]


def test_result_views() -> None:
    result = parse_brief("Advertisement\n" + BRIEF.replace("Wednesday", "Thursday"))
    assert [d.code for d in result.infos] == ["before-title"]
    assert [d.code for d in result.warnings] == ["weekday-mismatch"]
    assert result.errors == ()
    assert not result.ok
    lines = result.format_diagnostics(Severity.WARNING)
    assert lines == [f"<string>:5:1: warning: weekday-mismatch: {result.warnings[0].message}"]


def test_every_diagnostic_code_is_in_the_catalogue() -> None:
    import re

    catalogue = HERE.parent / "docs" / "guides" / "diagnostics.md"
    if not catalogue.exists():
        pytest.skip("no docs in this tree")
    documented = set(re.findall(r"`([a-z]+(?:-[a-z]+)+|[a-z]+)`", catalogue.read_text("utf-8")))
    source = "\n".join(
        path.read_text("utf-8")
        for path in (HERE.parent / "src" / "conflictevents" / "parsing").glob("*.py")
    )
    used = set(re.findall(r'Severity\.[A-Z]+,\s*"([a-z-]+)"', source))
    used |= set(re.findall(r'state\.drop\(\s*"([a-z-]+)"', source))
    used |= set(re.findall(r'code="([a-z-]+)"', source))
    used |= {"dangling-marker", "dropped-element"}
    assert len(used) > 20
    assert used <= documented, sorted(used - documented)


def test_glued_items_are_split() -> None:
    text = BRIEF.replace(
        "the governor said.",
        "the governor said.Russia’s defence ministry said it downed 20 drones overnight.",
    )
    result = parse_brief(text)
    texts = [e.text for e in result.brief.events]
    assert texts[1] == "A drone hit a warehouse in a western region, the governor said."
    assert texts[2] == "Russia’s defence ministry said it downed 20 drones overnight."
    assert codes(result) == ["split-glued-items"]


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the U.S.Army trained nearby, officials said.",
        "A train left for St.Petersburg on time, officials said.",
    ],
)
def test_abbreviations_are_not_split(text: str) -> None:
    result = parse_brief(
        BRIEF.replace("Two envoys met to prepare a prisoner exchange, officials said.", text)
    )
    assert result.brief.events[-1].text == text


def test_bold_html_paragraph_is_a_heading() -> None:
    page = (
        f"<h1>{TITLE}</h1><p>Here is the situation on Wednesday, November 20:</p>"
        "<p><strong>Winter preparations</strong></p><p>Crews repaired a power line, officials said.</p>"
    )
    result = parse_brief(page)
    assert [e.category.label for e in result.brief.events] == ["Winter preparations"]


def test_html_paragraphs_typed_as_lists() -> None:
    page = (
        "<h1>Russia’s invasion of Ukraine: List of key events from day eight</h1>"
        "<p>Below are the key events from Thursday, March 3, the eighth day of the invasion:</p>"
        "<p>1. Southern push continues</p><p>• Troops moved west along the coast, officials said.</p>"
        "<p>2. City bombarded</p><p>• Air strikes hit residential streets, rescuers said.</p>"
    )
    result = parse_brief(page)
    events = [(e.category.label, e.text) for e in result.brief.events]
    assert events == [
        ("Southern push continues", "Troops moved west along the coast, officials said."),
        ("City bombarded", "Air strikes hit residential streets, rescuers said."),
    ]


@pytest.mark.parametrize("line", ["•••", "***", "Â", "\u00a0\u00a0", "…"])
def test_blocks_without_text_are_dropped(line: str) -> None:
    lines = BRIEF.splitlines()
    lines.insert(6, line)
    assert len(parse_brief("\n".join(lines)).brief.events) == 3


def test_unreadable_date_line_is_dropped_and_reported() -> None:
    text = BRIEF.replace("Wednesday, November 20:", "Wednesday, Novembre 20th:")
    result = parse_brief(text)
    assert len(result.brief.events) == 3
    assert codes(result) == ["no-date-line", "unreadable-date-line"]


@pytest.mark.parametrize(
    "line",
    ["20 Nov 2024", "November 20, 2024", "Wednesday, November 20, 2024 06:12 GMT", "2024-11-20"],
)
def test_bare_dates_are_furniture(line: str) -> None:
    assert furniture.clutter_reason(line) == "date"


def test_heading_without_events_is_reported() -> None:
    result = parse_brief(BRIEF.replace("Diplomacy\n", "Weapons\nDiplomacy\n"))
    assert codes(result) == ["empty-section"]
    assert result.diagnostics[0].line == 8


# --- more reader and assembler corners -----------------------------------------------------


def test_markdown_reader_corners() -> None:
    text = "\n".join(
        (
            "# Russia-Ukraine war: List of key events, day 1,000",
            "",
            "> These were the key developments on the 1,000th day of the war.",
            "",
            "<!-- an editor's note -->",
            "",
            "```",
            "code that is not a brief",
            "```",
            "",
            "***",
            "",
            "Here is the situation on Wednesday, November 20:",
            "",
            "## Fighting",
            "",
            "-",
            "  Sirens sounded in Kyiv, officials said.",
            "- A strike hit a depot,",
            "  the governor said.",
            "+ An item with a plus, officials said.",
            "-",
            "- Another item, officials said.",
            "Plain paragraph right after an item, officials said.",
            "-",
        )
    )
    blocks = list(read_markdown(text))
    dropped = [(b.key, b.line) for b in blocks if b.kind is BlockKind.DROPPED]
    assert dropped == [
        ("comment", 5),
        ("code block", 7),
        ("rule", 11),
        ("dangling-marker", 22),
        ("dangling-marker", 25),
    ]
    items = [b.text for b in blocks if b.kind is BlockKind.ITEM]
    assert items == [
        "Sirens sounded in Kyiv, officials said.",
        "A strike hit a depot, the governor said.",
        "An item with a plus, officials said.",
        "Another item, officials said.",
    ]
    result = parse_brief(text, format="markdown")
    assert result.brief.summary == "These were the key developments on the 1,000th day of the war."
    assert len(result.brief.events) == 5


def test_markdown_unclosed_fence_is_dropped() -> None:
    blocks = list(read_markdown("Title\n\n```\nnever closed\n"))
    assert [(b.kind, b.key) for b in blocks] == [
        (BlockKind.PARAGRAPH, None),
        (BlockKind.DROPPED, "code block"),
    ]


def test_page_title_is_the_fallback_title() -> None:
    page = (
        f"<html><head><title>{TITLE} | News</title></head><body>"
        "<p>Here is the situation on Wednesday, November 20:</p><ul><li>One thing happened.</li></ul>"
        "</body></html>"
    )
    result = parse_brief(page)
    assert result.brief.title == TITLE
    assert result.ok


def test_second_published_line_and_second_link_are_dropped() -> None:
    lines = BRIEF.splitlines()
    lines[3:3] = [
        "https://example.invalid/a",
        "Published On 21 Nov 2024",
        "https://example.invalid/b",
    ]
    result = parse_brief("\n".join(lines))
    assert result.brief.url == "https://example.invalid/a"
    assert str(result.brief.published) == "2024-11-20"
    assert codes(result) == ["duplicate-published", "dropped-clutter"]


def test_impossible_publication_date_is_an_error() -> None:
    result = parse_brief(BRIEF.replace("Published On 20 Nov 2024", "Published On 31 Nov 2024"))
    assert result.brief.published is None
    assert codes(result, Severity.ERROR) == ["invalid-date"]


def test_html_meta_date_without_printed_date() -> None:
    page = (
        '<html><head><meta name="pubdate" content="2024-11-20"></head><body>'
        f"<h1>{TITLE}</h1><p>Here is the situation on Wednesday, November 20:</p>"
        "<ul><li>One thing happened.</li></ul></body></html>"
    )
    assert str(parse_brief(page).brief.published) == "2024-11-20"


def test_unreadable_meta_date_is_ignored() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="yesterday"></head><body>'
        f"<h1>{TITLE}</h1><ul><li>One thing happened.</li></ul></body></html>"
    )
    assert parse_brief(page).brief.published is None


def test_attribution_failure_keeps_the_event(monkeypatch: pytest.MonkeyPatch) -> None:
    from conflictevents.parsing import assembler

    def broken(text: str, *, context: object = None) -> tuple[()]:
        raise ValueError("boom")

    monkeypatch.setattr(assembler, "extract_attributions", broken)
    result = parse_brief(BRIEF)
    assert len(result.brief.events) == 3
    assert codes(result, Severity.ERROR) == ["attribution-failed"] * 3


@pytest.mark.parametrize(
    "ending",
    [
        "You May Also Like",
        "Related Posts",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Please enter your comment!",
    ],
)
def test_page_tails_end_the_brief(ending: str) -> None:
    lines = BRIEF.splitlines()
    lines[-1:-1] = [ending, "A headline about football"]
    result = parse_brief("\n".join(lines))
    assert len(result.brief.events) == 3
    assert codes(result) == ["dropped-clutter", "after-end", "after-end"]


def test_related_stories_end_the_brief_without_a_source_line() -> None:
    text = BRIEF.replace(
        "Source: Al Jazeera and news agencies",
        "You May Also Like\nFootball club wins the cup\nA recipe for winter soup",
    )
    result = parse_brief(text)
    assert len(result.brief.events) == 3
    assert codes(result) == ["dropped-clutter", "after-end", "after-end"]


def test_keep_reading_box_inside_the_body_is_skipped() -> None:
    lines = BRIEF.splitlines()
    lines[6:6] = [
        "Keep reading",
        "list of 2 items",
        "A story about elections",
        "Another story",
        "end of list",
    ]
    result = parse_brief("\n".join(lines))
    assert [e.text[:10] for e in result.brief.events] == ["Sirens sou", "A drone hi", "Two envoys"]
    assert codes(result) == ["dropped-clutter"] * 5


@pytest.mark.parametrize(
    "lines",
    [
        ("Published On 31 Dec 9999 23:59 GMT",),
        ("Published On 1 Jan 0001 00:00 GMT",),
        ("Here is the situation on Friday, December 31, 9999:",),
        ("Published On 31 Dec 9999", "Here is the situation on Friday, January 1:"),
        ("Published On 1 Jan 0001", "Here is the situation on Friday, December 31:"),
    ],
)
def test_dates_at_the_ends_of_the_calendar(lines: tuple[str, ...]) -> None:
    result = parse_brief(brief_with(*lines, "- Something happened, officials said."))
    assert result.brief.day == 1000


# --- layouts of real re-posts the first fixtures did not cover (#3) ------------------------


def test_white_space_mojibake_is_read_as_white_space() -> None:
    # "Â " is a UTF-8 no-break space read as cp1252, "‚Äč" a zero-width space read as Mac
    # Roman; a line of nothing else is blank, not a heading.
    lines = BRIEF.splitlines()
    lines[5] = "- Sirens sounded over the\u00c2\u00a0capital for three hours, officials‚Äč‚Äč said."
    lines[6:6] = ["‚Äč‚Äč", "\u00c2 "]
    result = parse_brief("\n".join(lines))
    texts = [e.text for e in result.brief.events]
    assert texts[0] == "Sirens sounded over the capital for three hours, officials said."
    assert [e.category.label for e in result.brief.events] == ["Fighting"] * 2 + ["Diplomacy"]


def test_typography_that_is_not_white_space_is_kept() -> None:
    lines = BRIEF.splitlines()
    lines[5] = "- The mayor called it a ″massive″ attack, the city administration said."
    assert parse_brief("\n".join(lines)).brief.events[0].text.startswith("The mayor called it a ″")


def test_a_line_in_another_script_is_dropped_as_a_foreign_read_more_link() -> None:
    lines = BRIEF.splitlines()
    lines[6:6] = ["আরও পড়ুন: ইউক্রেনে নতুন হামলা"]
    result = parse_brief("\n".join(lines))
    assert [e.category.label for e in result.brief.events] == ["Fighting"] * 2 + ["Diplomacy"]
    assert "foreign-language" in result.diagnostics[0].message
    assert furniture.is_foreign_script("Читайте також: новини") is True
    assert furniture.is_foreign_script("Zelenskyy met Šmigun in Tallinn") is False


@pytest.mark.parametrize(
    "line", ["Follow us on Telegram", "Advertisement - Scroll to continue", "Join us on WhatsApp"]
)
def test_more_re_post_clutter_is_dropped(line: str) -> None:
    lines = BRIEF.splitlines()
    lines[6:6] = [line]
    result = parse_brief("\n".join(lines))
    assert len(result.brief.events) == 3
    assert codes(result) == ["dropped-clutter"]


@pytest.mark.parametrize("end", ["…", " […]", " [...]", "..."])
def test_an_ellipsis_at_the_end_is_a_cut_off_copy(end: str) -> None:
    result = parse_brief(brief_with("- Sirens sounded over the capital, and the mayor said" + end))
    assert "possibly-truncated" in codes(result, Severity.WARNING)


def test_a_related_headline_between_bullets_is_not_a_heading() -> None:
    lines = BRIEF.splitlines()
    lines[6:6] = ["EU leaders agree to open membership talks at Brussels summit"]
    result = parse_brief("\n".join(lines))
    assert [e.category.label for e in result.brief.events] == ["Fighting"] * 2 + ["Diplomacy"]
    assert "related-headline" in result.diagnostics[0].message


def test_short_unknown_heading_after_a_known_section_stays_a_heading() -> None:
    # A one-off topical heading ("Black Sea shipping") must not pass for a headline.
    lines = BRIEF.splitlines()
    lines[6:6] = ["Black Sea shipping"]
    result = parse_brief("\n".join(lines))
    assert [e.category.label for e in result.brief.events] == [
        "Fighting",
        "Black Sea shipping",
        "Diplomacy",
    ]


def test_headline_headings_of_early_briefs_stay_headings() -> None:
    text = brief_with(
        "Here are the key events so far on Saturday, March 5.",
        "Russian troops press on around the capital",
        "- Columns moved closer overnight, officials said.",
        "Sanctions",
        "- More companies left the market, officials said.",
        "Washington weighs cutting Russian oil imports now",
        "- A ban was discussed, officials said.",
        title="Russia’s invasion of Ukraine: List of key events from day 10",
    )
    labels = [e.category.label for e in parse_brief(text).brief.events]
    assert labels[-1] == "Washington weighs cutting Russian oil imports now"


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("Russia-Ukraine war at a glance: what we know on day 900", "at a glance"),
        (
            "Day 900 of the invasion of Ukraine. Summary of key events in the last 24 hours",
            "Summary of key events",
        ),
        ("Invasion day 900 summary", "Invasion day 900 summary"),
    ],
)
def test_look_alike_summaries_of_other_outlets_are_refused_by_name(title: str, phrase: str) -> None:
    text = f"{title}\n- Shelling continued in the east, officials said.\n"
    with pytest.raises(ParseError) as caught:
        parse_brief(text)
    assert caught.value.code == "not-a-brief"
    assert "out of scope" in caught.value.message
    assert phrase in caught.value.message


def test_html_list_item_with_several_paragraphs_is_one_event() -> None:
    page = (
        f"<h1>{TITLE}</h1><p>Here is the situation on Wednesday, November 20:</p>"
        "<h2>Fighting</h2><ul><li><p>Sirens sounded, officials said.</p>"
        "<p>They added that no one was hurt.</p></li><li><p>-</p><p>A drone hit a depot.</p></li></ul>"
    )
    events = parse_brief(page, format="html").brief.events
    assert [e.text for e in events] == [
        "Sirens sounded, officials said. They added that no one was hurt.",
        "A drone hit a depot.",
    ]


def test_html_blocks_that_are_one_link_are_related_stories() -> None:
    page = (
        f"<h1>{TITLE}</h1><p>Here is the situation on Wednesday, November 20:</p>"
        "<h2>Fighting</h2><ul><li>Sirens sounded, officials said.</li></ul>"
        "<table><tr><td><a href='/a'>Heatwave grips southern Europe</a></td>"
        "<td><a href='/b'>Markets rally as rates hold</a></td></tr></table>"
        "<p>A drone hit a depot, <a href='/c'>the governor said</a>.</p>"
    )
    result = parse_brief(page, format="html")
    assert [e.text for e in result.brief.events] == [
        "Sirens sounded, officials said.",
        "A drone hit a depot, the governor said.",
    ]
    assert codes(result).count("dropped-clutter") == 2


def test_a_breadcrumb_line_ending_with_the_title_gives_the_bare_title() -> None:
    text = "Home › World › " + BRIEF
    result = parse_brief(text)
    assert result.brief.title == TITLE
    assert furniture.strip_title_suffix("News » Europe » " + TITLE + " | Conflict News") == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Listed here are the important thing occasions up to now on Sunday, Might 15.",
        "Here is the state of affairs on Monday, Mai 16:",
    ],
)
def test_a_spun_date_line_is_reported_not_read_as_the_standfirst(line: str) -> None:
    text = brief_with(line, "Fighting", "- Shelling continued, officials said.")
    result = parse_brief(text)
    assert result.brief.situation_date is None
    assert result.brief.summary is None
    assert codes(result) == ["no-date-line", "unreadable-date-line"]


def test_a_weekday_and_a_month_in_an_event_is_not_a_spun_date_line() -> None:
    assert not furniture.looks_like_date_line(
        "Shelling hit the city on Sunday, May 15, officials said."
    )


def test_another_brief_s_title_under_the_body_is_a_link_not_an_event() -> None:
    text = BRIEF.replace("Source: Al Jazeera and news agencies", "") + (
        "\nRussia-Ukraine war: List of key events, day 999\n"
    )
    result = parse_brief(text)
    assert len(result.brief.events) == 3
    assert result.ok
    assert "another brief" in result.diagnostics[-1].message


def test_a_title_glued_to_its_own_copy_is_read_once() -> None:
    result = parse_brief(BRIEF.replace(TITLE, TITLE + TITLE, 1))
    assert (result.brief.title, result.brief.day) == (TITLE, 1000)


@pytest.mark.parametrize(
    "line",
    ["Tags: Russia, Ukraine, War", "© 2024 Daily News. All rights reserved.", "Filed under: World"],
)
def test_tags_and_copyright_lines_are_clutter(line: str) -> None:
    lines = BRIEF.splitlines()
    lines[6:6] = [line]
    result = parse_brief("\n".join(lines))
    assert len(result.brief.events) == 3
    assert codes(result) == ["dropped-clutter"]


def test_markdown_paragraph_or_item_that_is_one_link_is_a_related_story() -> None:
    text = (
        f"# {TITLE}\n\nHere is the situation on Wednesday, November 20:\n\n## Fighting\n\n"
        "- Sirens sounded in Kyiv, officials said.\n"
        "- [Markets rally as rates hold](https://example.invalid/a)\n"
        "- A drone hit a depot, [the governor](https://example.invalid/g) said.\n\n"
        "[**Storm warning issued for the coast**](https://example.invalid/b)\n"
    )
    result = parse_brief(text, format="markdown")
    assert [e.text for e in result.brief.events] == [
        "Sirens sounded in Kyiv, officials said.",
        "A drone hit a depot, the governor said.",
    ]
    assert codes(result) == ["dropped-clutter", "dropped-clutter"]


@pytest.mark.parametrize(
    "printed",
    [
        f"{TITLE} – Daily Brief Wire",
        f"{TITLE} — The Morning Ledger",
        f"{TITLE} » Daily Brief Wire",
        f"Home › World › {TITLE}",
        f"{TITLE} - Al Jazeera English",
    ],
)
def test_site_names_and_crumbs_around_the_title_are_removed(printed: str) -> None:
    assert furniture.strip_title_suffix(printed) == TITLE
    assert parse_brief(BRIEF.replace(TITLE, printed, 1)).brief.title == TITLE


def test_a_dash_before_the_day_stays_in_the_title() -> None:
    title = "Russia-Ukraine war: List of key events – day 1,066"
    assert furniture.strip_title_suffix(title) == title


def test_a_bullet_broken_across_two_lines_is_one_event() -> None:
    lines = BRIEF.splitlines()
    lines[5:6] = [
        "- Sirens sounded over the capital for three hours,",
        "the city administration said.",
    ]
    result = parse_brief("\n".join(lines))
    assert result.brief.events[0].text == (
        "Sirens sounded over the capital for three hours, the city administration said."
    )
    assert result.ok


def test_a_short_heading_is_not_joined_to_a_lower_case_line() -> None:
    text = brief_with(
        "Here is the situation on Wednesday, November 20:",
        "Fighting",
        "kyiv’s mayor said air defences were active overnight.",
    )
    events = parse_brief(text).brief.events
    assert [(e.category.label, e.text[:6]) for e in events] == [("Fighting", "kyiv’s")]


@pytest.mark.parametrize("marker", ["►", "○", "■", "➤"])
def test_more_bullet_characters(marker: str) -> None:
    lines = BRIEF.splitlines()
    lines[5] = lines[5].replace("-", marker, 1)
    assert parse_brief("\n".join(lines)).brief.events[0].text.startswith("Sirens")


@pytest.mark.parametrize(
    ("line", "warned"),
    [
        ("Here is the situation on Wed, Nov 20:", False),
        ("Here is the situation on Thu. Nov 20:", True),
    ],
)
def test_abbreviated_weekdays_in_the_date_line(line: str, warned: bool) -> None:
    result = parse_brief(BRIEF.replace("Here is the situation on Wednesday, November 20:", line))
    assert str(result.brief.situation_date) == "2024-11-20"
    assert ("weekday-mismatch" in codes(result)) is warned


def test_free_prose_under_a_title_is_flagged_not_dressed_up() -> None:
    text = brief_with(
        "The war went on through another day of strikes and talks.",
        "Overnight, drones hit energy sites in several regions, the grid operator said.",
        "Diplomats met in Berlin, though no date was set for new talks.",
    )
    result = parse_brief(text)
    assert [e.category.label for e in result.brief.events] == [None, None]
    assert codes(result, Severity.WARNING) == ["no-date-line", "no-structure"]


def test_paragraph_events_under_headings_are_not_free_prose() -> None:
    text = brief_with("Fighting", "Drones hit energy sites, the grid operator said.")
    assert "no-structure" not in codes(parse_brief(text))


def test_a_page_time_stamp_is_not_the_date_line() -> None:
    lines = BRIEF.splitlines()
    lines[1:1] = ["Updated as of Tuesday, November 19, 2024 18:00 GMT"]
    result = parse_brief("\n".join(lines))
    assert str(result.brief.situation_date) == "2024-11-20"
    assert result.ok
    assert furniture.match_date_line("Last updated as of Monday, May 2, 2022") is None


@pytest.mark.parametrize(
    "line",
    ["Published on November 20, 2024", "Published: 20 Nov 2024", "Published On Nov 20, 2024"],
)
def test_translated_publication_lines(line: str) -> None:
    result = parse_brief(BRIEF.replace("Published On 20 Nov 2024", line))
    assert str(result.brief.published) == "2024-11-20"
    assert result.ok


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article",
        "4 min read",
        "Print",
        "Getty Images",
        "Photo: Reuters",
        "(Photo by Jane Doe/AFP)",
        "Al Jazeera Staff",
    ],
)
def test_page_tools_and_credits_are_clutter(line: str) -> None:
    lines = BRIEF.splitlines()
    lines[6:6] = [line]
    result = parse_brief("\n".join(lines))
    assert len(result.brief.events) == 3
    assert codes(result) == ["dropped-clutter"]


def test_a_stray_line_before_the_standfirst_does_not_take_its_place() -> None:
    lines = BRIEF.splitlines()
    lines[1:1] = ["Some widget label"]
    result = parse_brief("\n".join(lines))
    assert result.brief.summary is not None
    assert result.brief.summary.startswith("These were the key developments")
    assert result.ok
    assert codes(result) == ["dropped-clutter"]


def test_a_spun_title_is_still_a_title() -> None:
    found = furniture.match_title("Russia-Ukraine battle: Listing of key occasions on day 81")
    assert found is not None
    assert found.day == 81


@pytest.mark.parametrize("marker", ["Read more", "Related Posts", "You May Also Like"])
def test_an_ending_marker_before_a_section_heading_is_an_inline_link(marker: str) -> None:
    # GIVEN "Read more" between two sections WHEN parsed THEN only the marker is dropped:
    # the brief's own Diplomacy section and source line follow, so the page has not ended.
    text = BRIEF.replace("Diplomacy", f"{marker}\nDiplomacy")
    result = parse_brief(text)
    assert [e.category.label for e in result.brief.events] == ["Fighting", "Fighting", "Diplomacy"]
    assert result.brief.source_line == "Al Jazeera and news agencies"
    assert codes(result) == ["dropped-clutter"]


def test_format_diagnostics_takes_a_severity_or_its_name() -> None:
    result = parse_brief(BRIEF.replace("Here is the situation on Wednesday, November 20:", ""))
    assert result.format_diagnostics("warning") == result.format_diagnostics(Severity.WARNING)
    assert result.format_diagnostics("warning")


# --- second red-team round ------------------------------------------------------------------


def test_a_date_line_glued_to_published_on_is_read() -> None:
    # GIVEN a select-all copy that glues the date line to the "Published On" stamp
    text = BRIEF.replace(
        "Published On 20 Nov 2024\nHere is", "Published On 20 Nov 2024Here is"
    ).replace("Published On 20 Nov 2024Here", "Published On 20 Nov 202420 Nov 2024Here")
    # WHEN parsed THEN both the publication date and the date line are read
    result = parse_brief(text)
    assert str(result.brief.published) == "2024-11-20"
    assert str(result.brief.situation_date) == "2024-11-20"
    assert result.ok


def test_image_alt_text_above_a_caption_is_not_a_heading() -> None:
    # GIVEN the alt text of the featured image on its own line above its credited caption
    lines = BRIEF.splitlines()
    lines[2:2] = [
        "Soldiers load a howitzer in a snowy field",
        "Soldiers load a howitzer near the front line [Stringer/Reuters]",
    ]
    result = parse_brief("\n".join(lines))
    # THEN both go, the date line is still read and the body starts at "Fighting"
    assert str(result.brief.situation_date) == "2024-11-20"
    assert [e.category.label for e in result.brief.events] == ["Fighting", "Fighting", "Diplomacy"]
    assert result.ok
    assert codes(result) == ["dropped-caption", "dropped-caption"]


def test_share_counter_is_clutter() -> None:
    assert furniture.clutter_reason("share2") == "share"


def test_markdown_backslash_hard_break_joins_the_item() -> None:
    blocks = list(read_markdown("- Aid groups warned of famine\\\n  and of disease.\n"))
    assert [b.text for b in blocks] == ["Aid groups warned of famine and of disease."]
    # A doubled backslash is an escaped backslash, not a break.
    blocks = list(read_markdown("- A path C:\\\\\n  goes on.\n"))
    assert blocks[0].text == "A path C:\\ goes on."


@pytest.mark.parametrize("marker", ["(1)", "‣", "⁃", "▸", "◦"])
def test_more_list_markers_are_read(marker: str) -> None:
    # GIVEN items numbered "(1)" or bulleted with triangles or white bullets
    text = BRIEF.replace("- ", f"{marker} ")
    result = parse_brief(text)
    # THEN the marker is not part of the event and the items are events of their section
    assert [e.text[:6] for e in result.brief.events] == ["Sirens", "A dron", "Two en"]
    assert result.ok


def test_bracket_numbered_items_after_a_heading_are_events_not_headlines() -> None:
    text = BRIEF.replace("- Sirens", "(1) Sirens").replace("- A drone", "(2) A drone")
    result = parse_brief(text)
    assert [e.category.label for e in result.brief.events] == ["Fighting", "Fighting", "Diplomacy"]


def test_hard_wrapped_items_are_joined_and_a_heading_after_an_unfinished_item_stays() -> None:
    # GIVEN an e-mail copy wrapped at 72 columns, breaking before a capitalised word
    text = BRIEF.replace(
        "- Sirens sounded over the capital for three hours, the city administration said.",
        "- Sirens sounded over the capital for three hours after a warning from the\n"
        "Ukrainian Air Force, the city administration said.",
    ).replace(
        "- A drone hit a warehouse in a western region, the governor said.",
        "- A drone hit a warehouse in a western region and set fire to two trucks nearby",
    )
    result = parse_brief(text)
    events = result.brief.events
    # THEN the wrapped line joins its item; "Diplomacy" after the unfinished item is a heading
    assert events[0].text.endswith("Ukrainian Air Force, the city administration said.")
    assert [e.category.label for e in events] == ["Fighting", "Fighting", "Diplomacy"]


def test_a_short_capitalised_line_after_an_unwrapped_item_is_not_joined() -> None:
    blocks = list(read_text("- Drones hit a depot\nKharkiv fighting\n- Shelling went on.\n"))
    assert [b.text for b in blocks] == [
        "Drones hit a depot",
        "Kharkiv fighting",
        "Shelling went on.",
    ]


def test_forwarded_mail_headers_come_before_the_title() -> None:
    text = "\n".join(
        (
            "From: A Reader <reader@example.org>",
            f"Subject: Fwd: {TITLE}",
            "Date: Wed, 20 Nov 2024 21:05:11 +0000",
            "---------- Forwarded message ---------",
            BRIEF,
        )
    )
    result = parse_brief(text)
    assert result.brief.title == TITLE
    assert str(result.brief.situation_date) == "2024-11-20"
    assert result.ok
    assert set(codes(result)) == {"before-title"}


def test_subject_line_is_the_title_when_the_body_has_none() -> None:
    assert furniture.mail_subject(f"Subject: Re: Fwd: {TITLE}") == TITLE
    text = BRIEF.replace(TITLE, f"Subject: Fwd: {TITLE}")
    assert parse_brief(text).brief.title == TITLE


def test_json_ld_date_published_is_the_publication_date_without_a_byline() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"dateModified": "2024-11-21T09:00:00Z",'
        ' "datePublished": "2024-11-20T04:10:00Z"}</script></head><body>'
        f"<h1>{TITLE}</h1><p>Here is the situation on Wednesday, November 20:</p>"
        "<h2>Fighting</h2><ul><li>Sirens sounded in Kyiv, officials said.</li></ul></body></html>"
    )
    result = parse_brief(page, format="html")
    assert str(result.brief.published).startswith("2024-11-20")
    # An ordinary script's "datePublished" is not structured data.
    plain = page.replace(' type="application/ld+json"', "")
    assert parse_brief(plain, format="html").brief.published is None


def test_short_lines_above_the_date_line_are_furniture_not_headings() -> None:
    # GIVEN the 2025 page's audio player and an "Updated" stamp between the standfirst and
    # the date line of a select-all copy
    lines = BRIEF.splitlines()
    lines[2:2] = ["Listen to this article", "4 mins", "Audio Duration 04 minutes 05 seconds"]
    lines.insert(6, "Updated 20 Nov 2024")
    result = parse_brief("\n".join(lines))
    # THEN they are dropped, the date line is read and the sections start after it
    assert str(result.brief.situation_date) == "2024-11-20"
    assert [s.category.label for s in result.brief.sections] == ["Fighting", "Diplomacy"]
    assert result.ok
    assert codes(result).count("dropped-clutter") == 4


def test_a_brief_without_a_date_line_keeps_its_first_heading() -> None:
    text = BRIEF.replace("Here is the situation on Wednesday, November 20:\n", "")
    result = parse_brief(text)
    assert [s.category.label for s in result.brief.sections] == ["Fighting", "Diplomacy"]
    assert codes(result, Severity.WARNING) == ["no-date-line"]


def test_markdown_front_matter_gives_title_published_and_url() -> None:
    text = "\n".join(
        (
            "---",
            f'title: "{TITLE} | Russia-Ukraine war News | Al Jazeera"',
            'source: "https://www.example.org/news/2024/11/20/list-day-1000"',
            "published: 2024-11-20",
            "created: 2024-11-22",
            "tags:",
            '  - "clippings"',
            "---",
            "",
            "These were the key developments on the 1,000th day of the Russia-Ukraine war.",
            "",
            "Here is the situation on Wednesday, November 20:",
            "",
            "## Fighting",
            "",
            "- Sirens sounded in Kyiv, officials said.",
        )
    )
    result = parse_brief(text, format="markdown")
    brief = result.brief
    assert brief.title == TITLE
    assert str(brief.published) == "2024-11-20"
    assert brief.url == "https://www.example.org/news/2024/11/20/list-day-1000"
    assert result.ok


def test_a_leading_rule_without_a_closing_one_is_not_front_matter() -> None:
    blocks = list(read_markdown(f"---\n# {TITLE}\n\n- An item.\n"))
    assert [b.kind for b in blocks] == [BlockKind.DROPPED, BlockKind.HEADING, BlockKind.ITEM]


def test_markdown_inline_br_separates_words() -> None:
    blocks = list(read_markdown("- One said.<br>Two said.<br/>Three.\n"))
    assert blocks[0].text == "One said. Two said. Three."


@pytest.mark.parametrize("marker", ["·\t", "o\t", "§\t", "\uf0b7\t"])
def test_word_processor_bullets_are_list_markers(marker: str) -> None:
    blocks = list(read_text(f"{marker}Drones hit a depot, the governor said.\n"))
    assert blocks[0].kind is BlockKind.ITEM
    assert blocks[0].text == "Drones hit a depot, the governor said."


def test_o_followed_by_a_space_is_a_word_not_a_bullet() -> None:
    blocks = list(read_text("o Brasil venceu.\n"))
    assert blocks[0].kind is BlockKind.PARAGRAPH


def test_the_standfirst_printed_again_before_the_date_line_is_dropped() -> None:
    lines = BRIEF.splitlines()
    lines.insert(2, lines[1])
    result = parse_brief("\n".join(lines))
    assert len(result.brief.events) == 3
    assert result.ok
    assert codes(result) == ["dropped-clutter"]


def test_print_header_and_footer_of_a_printed_page() -> None:
    # GIVEN text copied from a page printed to PDF: a header with date, time and page
    # title, and a footer with the address and a page counter, on every page
    header = f"11/20/24, 9:15 AM {TITLE} | Russia-Ukraine war News | Al Jazeera"
    footer = "https://www.example.org/news/2024/11/20/list-day-1000 1/2"
    lines = BRIEF.splitlines()
    lines[6:6] = [footer, header]
    result = parse_brief("\n".join([header, *lines, footer.replace("1/2", "2/2")]))
    brief = result.brief
    assert brief.title == TITLE
    # THEN the footer between two items of a section does not open a new section
    assert [e.category.label for e in brief.events] == ["Fighting", "Fighting", "Diplomacy"]
    assert result.ok
    assert furniture.clutter_reason("Page 2 of 3") == "print"


def test_a_linked_list_item_that_ends_a_sentence_is_an_event() -> None:
    page = (
        f"<article><h1>{TITLE}</h1><p>Here is the situation on Wednesday, November 20:</p>"
        "<h2>Fighting</h2><ul><li><a href='/x'>Russia launched 100 drones overnight, "
        "the air force said.</a></li><li>Sirens sounded, officials said.</li></ul>"
        "<ul><li><a href='/y'>Why the drone war is changing</a></li></ul></article>"
    )
    events = parse_brief(page, format="html").brief.events
    assert [e.text[:12] for e in events] == ["Russia launc", "Sirens sound"]


def test_a_standfirst_marked_up_as_a_subheading_is_the_summary() -> None:
    page = (
        f"<article><h1>{TITLE}</h1><h2>These were the key developments on the 1,000th day "
        "of the Russia-Ukraine war.</h2><p>Here is the situation on Wednesday, November 20:</p>"
        "<h2>Fighting</h2><ul><li>Sirens sounded, officials said.</li></ul></article>"
    )
    result = parse_brief(page, format="html")
    assert (result.brief.summary or "").startswith("These were the key developments")
    assert [s.category.label for s in result.brief.sections] == ["Fighting"]


@pytest.mark.parametrize("marker", ["🔴", "🔸", "▪️", "👉", "⚡"])
def test_emoji_bullets_of_social_reposts_are_list_markers(marker: str) -> None:
    blocks = list(read_text(f"{marker} Drones hit a depot, the governor said.\n"))
    assert blocks[0].kind is BlockKind.ITEM
    assert blocks[0].text == "Drones hit a depot, the governor said."


def test_a_reading_list_without_its_end_does_not_swallow_the_brief() -> None:
    # GIVEN a "list of 2 items" box whose "end of list" line was lost in the copy
    lines = BRIEF.splitlines()
    lines[6:6] = ["Keep reading", "list of 2 items", "Drone makers race ahead", "Who pays?"]
    result = parse_brief("\n".join(lines))
    # THEN the box takes its headlines only, and the next event and section are kept
    assert [e.category.label for e in result.brief.events] == ["Fighting", "Fighting", "Diplomacy"]
    assert result.brief.source_line == "Al Jazeera and news agencies"


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters work at the site in Kyiv. Photo: Reuters",
        "Firefighters work at the site in Kyiv (Photo by Jane Doe/AFP)",
        "Firefighters at work. Photograph: Jane Doe",
    ],
)
def test_captions_credited_in_words(caption: str) -> None:
    assert furniture.is_caption(caption)


def test_an_event_naming_a_photo_is_not_a_caption() -> None:
    assert not furniture.is_caption("A photo by the Associated Press showed the damage.")


def test_a_line_break_inside_a_list_item_keeps_one_event() -> None:
    page = (
        f"<article><h1>{TITLE}</h1><p>Here is the situation on Wednesday, November 20:</p>"
        "<h2>Fighting</h2><ul><li>Drones hit Kyiv, officials said.<br>Two people were hurt."
        "</li><li>Sirens sounded, officials said.</li></ul>"
        "<p>• A paragraph bullet<br>• and another</p></article>"
    )
    blocks = [b.text for b in read_html(page) if b.kind in (BlockKind.ITEM, BlockKind.PARAGRAPH)]
    assert "Drones hit Kyiv, officials said. Two people were hurt." in blocks
    # Outside a list item, <br> still separates lines ("•" bullets typed in one <p>).
    assert "A paragraph bullet" in blocks
    assert "and another" in blocks
