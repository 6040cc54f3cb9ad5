"""`validate` reports every problem; `conflictevents validate` reads any input safely."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictevents import DailyBrief, Issue, dumps, to_dict, validate
from conflictevents.cli import main
from conflictevents.validation import (
    ISSUE_CODES,
    SEMANTIC_CODES,
    InputTooLarge,
    validate_json,
    validate_source,
)

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _document(day: int = 1000) -> dict[str, Any]:
    return json.loads(dumps(DailyBrief(title=f"Key events, day {day}", day=day)))


def _event() -> dict[str, Any]:
    text = "Drones hit Kyiv, officials said."
    return {
        "id": "e1",
        "category": {"label": None, "slug": "unlabelled", "theme": "fighting"},
        "text": text,
        "attributions": [
            {
                "source": "officials",
                "kind": "unnamed",
                "country": None,
                "role": None,
                "via": [],
                "phrase": "officials said",
                "span": [17, 31],
            }
        ],
    }


def test_a_valid_document_has_no_issues() -> None:
    document = _document()
    document["events"] = [_event()]
    assert validate(document) == []


def test_every_problem_is_reported_with_path_and_code() -> None:
    document = _document()
    event = _event()
    event["category"]["theme"] = "war"
    event["attributions"][0]["span"] = [0, 14]
    other = _event()
    other["attributions"][0]["country"] = "ua"
    document["events"] = [event, other, 5]
    document["date"] = "2024-11-20"
    document["title"] = " "
    document["colour"] = "red"
    issues = validate(document)
    assert [(issue.path, issue.code) for issue in issues] == [
        ("$.title", "empty"),
        ("$.date", "date-day"),
        ("$.events[0].category.theme", "enum"),
        ("$.events[0].attributions[0].span", "span"),
        ("$.events[1].attributions[0].country", "country"),
        ("$.events[2]", "type"),
        ("$", "unknown-key"),
    ]
    assert str(issues[1]) == (
        "$.date: expected 2024-11-19, the date of day 1000 of russia-ukraine, got 2024-11-20"
    )


def test_checks_continue_below_a_bad_sibling() -> None:
    # cattrs stops at the first broken object; validate keeps going.
    document = _document()
    document["day"] = "1000"
    first, second = _event(), _event()
    first["text"] = 1
    second["attributions"][0]["kind"] = "rumour"
    document["events"] = [first, second]
    assert [issue.path for issue in validate(document)] == [
        "$.day",
        "$.events[0].text",
        "$.events[1].attributions[0].kind",
    ]


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda d: d.update(day=5.0), "integer"),
        (lambda d: d.update(day=10**20), "calendar"),
        (lambda d: d.update(conflict="narnia"), "conflict"),
        (lambda d: d.update(schema_version=2), "schema-version"),
        (lambda d: d.update(published="2024-11-20T06:12:00"), "date"),
        (lambda d: d.update(published="2024-11-20 06:12:00+00:00"), "date"),
        (lambda d: d.update(date="٢٠٢٤-١١-١٩"), "date"),
        (lambda d: d.pop("url"), "missing"),
        (lambda d: d.update(day=0), "range"),
        (lambda d: d.update(summary=3), "type"),
    ],
)
def test_codes(mutate: Any, code: str) -> None:
    document = _document()
    mutate(document)
    assert [issue.code for issue in validate(document)] == [code]


def test_every_code_is_documented() -> None:
    reference = (DOCS / "reference" / "validation.md").read_text(encoding="utf-8")
    for code in ISSUE_CODES:
        assert f"`{code}`" in reference, code
    assert set(ISSUE_CODES) >= SEMANTIC_CODES


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[" * 100_000, "too-deep"),
        ('{"day": ' + "9" * 1_000_000 + "}", "too-long"),
        (b"\xff\xfe{}", "json"),
        (b'{"title": "caf\xe9"}', "json"),
        ("{", "json"),
        ("", "json"),
        ("NaN", "type"),
    ],
)
def test_hostile_json_is_one_clear_issue(text: str | bytes, code: str) -> None:
    issues = validate_json(text)
    assert [issue.code for issue in issues] == [code]
    assert issues[0].path == "$"


def _source(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def _findings(text: str, **limits: int) -> list[tuple[int, str, str]]:
    counts: list[int] = []
    return [
        (finding.line, finding.issue.path, finding.issue.code)
        for finding in validate_source(_source(text), counts=counts, **limits)
    ]


def test_a_single_document_reports_line_1() -> None:
    document = _document()
    document["day"] = "x"
    assert _findings(json.dumps(document, indent=2)) == [(1, "$.day", "type")]


def test_an_array_reports_item_paths() -> None:
    bad = _document()
    bad["title"] = 7
    text = json.dumps([_document(), bad])
    assert _findings(text) == [(1, "$[1].title", "type")]


def test_json_lines_report_their_line_and_skip_blank_lines() -> None:
    bad = _document()
    bad["title"] = 7
    text = "\n".join([json.dumps(_document()), "", json.dumps(bad), "{oops", ""])
    counts: list[int] = []
    found = list(validate_source(_source(text), counts=counts))
    assert [(f.line, f.issue.path, f.issue.code) for f in found] == [
        (3, "$.title", "type"),
        (4, "$", "json"),
    ]
    assert counts == [3, 2]


def test_large_json_lines_are_streamed_and_large_documents_refused() -> None:
    line = dumps(DailyBrief(title="t", day=1)) + "\n"
    text = line * 50
    assert _findings(text, max_document_bytes=len(line) * 3) == []
    with pytest.raises(InputTooLarge, match="JSON Lines"):
        _findings(json.dumps([_document()] * 50), max_document_bytes=1000)


def test_a_line_over_the_limit_is_reported_and_skipped() -> None:
    line = dumps(DailyBrief(title="t", day=1)) + "\n"
    text = line + '{"title": "' + "x" * 5000 + '"}\n' + line
    assert _findings(text, max_document_bytes=600, max_line_bytes=600) == [(2, "$", "too-large")]


def test_memory_stays_bounded_on_a_large_corpus() -> None:
    line = (dumps(DailyBrief(title="t" * 200, day=1)) + "\n").encode()
    corpus = io.BytesIO(line * 20_000)  # about 5 MB
    tracemalloc.start()
    try:
        found = list(validate_source(corpus, max_document_bytes=64 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found == []
    assert peak < 1_000_000  # the corpus is 5 MB; a line at a time is a few KB


# --- the command --------------------------------------------------------------------------


def test_validate_command_exit_0_on_valid_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brief.json"
    path.write_text(dumps(DailyBrief(title="t", day=5)), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"{path}: 1 brief checked, 0 invalid\n"


def test_validate_command_reports_file_line_path_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = to_dict(DailyBrief(title="t", day=5))
    bad["day"] = "5"
    path = tmp_path / "corpus.jsonl"
    path.write_text(dumps(DailyBrief(title="t", day=5)) + "\n" + json.dumps(bad) + "\n")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out == f'{path}:2: $.day: expected an integer, got "5"\n'


def test_validate_command_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": 1}', encoding="utf-8")
    assert main(["validate", "--format", "json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["file"] == str(path)
    assert report["valid"] is False
    assert report["documents"] == report["invalid"] == 1
    assert report["issues"][0] == {
        "line": 1,
        "path": "$",
        "code": "missing",
        "message": "missing key 'conflict'",
    }


def test_validate_command_exit_2_for_unreadable_or_too_large_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "missing.json")]) == 2
    path = tmp_path / "big.json"
    path.write_text(json.dumps([_document()] * 10), encoding="utf-8")
    assert main(["validate", "--max-bytes", "100", str(path)]) == 2
    assert "JSON Lines" in capsys.readouterr().err


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 200_000,
        b'{"day": ' + b"1" * 1_000_000 + b"}",
        b"\xc3\x28 not utf-8",
        b"\x00\x01\x02",
    ],
    ids=["deep", "million-digits", "bad-utf8", "binary"],
)
def test_hostile_standard_input_never_gives_a_traceback(data: bytes) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "conflictevents", "validate", "-"],
        input=data,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    assert re.match(rb"<stdin>:1: \$: expected valid JSON", proc.stdout), proc.stdout


def test_issue_codes_have_meanings() -> None:
    assert all(isinstance(meaning, str) and meaning for meaning in ISSUE_CODES.values())
    assert Issue(path="$", code="json", message="m").code in ISSUE_CODES


def test_a_known_category_with_an_extra_key_is_still_rejected() -> None:
    # The fast path shares category objects; a cache hit must not skip the key check.
    from conflictevents import loads

    document = _document()
    document["events"] = [_event()]
    loads(json.dumps(document))  # the category is now known
    document["events"][0]["category"]["colour"] = "red"
    assert [issue.code for issue in validate_json(json.dumps(document))] == ["unknown-key"]
    del document["events"][0]["category"]["colour"]
    del document["events"][0]["category"]["slug"]
    document["events"][0]["category"]["slugs"] = "unlabelled"
    assert {issue.code for issue in validate_json(json.dumps(document))} == {
        "missing",
        "unknown-key",
    }


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["day", "title", "events", "category", "span", "label", "x"])
            | st.text(max_size=5),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@given(_JSON)
def test_any_json_value_gets_issues_never_an_exception(value: object) -> None:
    text = json.dumps(value)
    issues = validate_json(text)
    assert issues == validate(value)  # type: ignore[arg-type]
    assert all(issue.code in ISSUE_CODES and issue.path.startswith("$") for issue in issues)


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_any_bytes_or_text_gets_issues_never_an_exception(data: bytes | str) -> None:
    assert all(issue.code in ISSUE_CODES for issue in validate_json(data))
