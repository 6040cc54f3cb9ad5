"""Errors: bad input gets a clear ParseError, and `str(exc)` shows where (GIVEN/WHEN/THEN)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from conflictevents import ParseError, parse_brief


def error_of(source: str | bytes, **kwargs: object) -> ParseError:
    with pytest.raises(ParseError) as caught:
        parse_brief(source, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_error_empty_input() -> None:
    # GIVEN nothing but white space WHEN parsed THEN empty-input, at the start
    exc = error_of("  \n\n\t\n")
    assert exc.code == "empty-input"
    assert str(exc) == "<string>:1:1: Expected a brief, got empty input"


def test_error_binary_bytes() -> None:
    # GIVEN bytes with NULs and no byte order mark
    exc = error_of(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert exc.code == "binary-input"
    assert (
        str(exc) == "<bytes>:1:1: Expected text, got binary data (NUL bytes and no byte order mark)"
    )


def test_error_control_characters_in_text() -> None:
    exc = error_of("\x01\x02\x03\x04 abc \x05\x06\x07\x08")
    assert exc.code == "binary-input"
    assert str(exc) == (
        "<string>:1:1: Expected text, got binary data (8 of the first 13 characters are "
        "control characters)"
    )


def test_error_bad_utf16() -> None:
    exc = error_of(codecs.BOM_UTF16_LE + b"\x00\xd8")
    assert exc.code == "bad-encoding"
    assert str(exc) == (
        "<bytes>:1:1: Expected utf-16 text after its byte order mark, got undecodable bytes "
        "at offset 2"
    )


def test_error_not_a_brief() -> None:
    # GIVEN an article without a key-events title
    exc = error_of("Markets rallied on Monday.\nShares rose.", name="article.txt")
    assert exc.code == "not-a-brief"
    assert str(exc) == (
        "article.txt:1:1: Expected a title such as “… List of key events, day N”, found none\n"
        "    Markets rallied on Monday.\n"
        "    ~~~~~~~~~~~~~~~~~~~~~~~~~^"
    )


def test_error_no_day() -> None:
    exc = error_of("Russia-Ukraine war: List of key events\n- Something happened.")
    assert exc.code == "no-day"
    assert str(exc) == (
        "<string>:1:1: Expected a war day in the title, the standfirst or the date line, "
        "found none\n"
        "    Russia-Ukraine war: List of key events\n"
        "    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^"
    )


def test_error_day_beyond_the_calendar() -> None:
    exc = error_of("List of key events, day 99,999,999\n- Something happened.")
    assert exc.code == "bad-day"
    assert str(exc).splitlines()[0] == (
        "<string>:1:1: Expected a day number within the calendar, got 99999999"
    )


def test_error_strict_mode_points_at_the_date_line() -> None:
    # GIVEN a brief whose date line has the wrong weekday WHEN parsed strictly
    text = (
        "Russia-Ukraine war: List of key events on day 68\n"
        "Here are the key events so far on Sunday, May 2.\n"
        "- Something happened, officials said.\n"
    )
    exc = error_of(text, strict=True)
    assert exc.code == "weekday-mismatch"
    assert str(exc) == (
        "<string>:2:1: Expected a clean brief in strict mode, got warning weekday-mismatch: "
        "The date line says Sunday, but 2022-05-02 is a Monday\n"
        "    Here are the key events so far on Sunday, May 2.\n"
        "    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^"
    )


def test_error_html_without_a_brief() -> None:
    exc = error_of("<html><body><p>Weather for the weekend</p></body></html>")
    assert exc.code == "not-a-brief"
    assert (exc.line, exc.column) == (1, 16)


def test_error_is_picklable_and_a_value_error() -> None:
    import pickle

    exc = error_of("Nothing here.")
    again = pickle.loads(pickle.dumps(exc))
    assert str(again) == str(exc)
    assert isinstance(exc, ValueError)


def test_error_a_file_name_passed_as_text_says_to_pass_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a str that names an existing file WHEN parsed THEN the error says a str is text
    monkeypatch.chdir(tmp_path)
    with open("brief.txt", "w", encoding="utf-8") as handle:
        handle.write("Russia-Ukraine war: List of key events, day 5\n- A thing happened.\n")
    exc = error_of("brief.txt")
    assert exc.code == "not-a-brief"
    assert "pass a path: parse_brief(pathlib.Path('brief.txt'))" in str(exc)
    # AND a path to the same file parses
    assert parse_brief(Path("brief.txt")).brief.day == 5
