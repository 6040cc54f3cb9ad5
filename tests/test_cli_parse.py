"""`conflictevents parse`: JSON and JSON Lines out, diagnostics on stderr, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictevents import loads
from conflictevents.cli import main

TITLE = "Russia-Ukraine war: List of key events, day 1,000"
CLEAN = f"""{TITLE}
These were the key developments on the 1,000th day of the Russia-Ukraine war.
Published On 20 Nov 2024
Here is the situation on Wednesday, November 20:
Fighting
- Sirens sounded over the capital for three hours, the city administration said.
Source: Al Jazeera and news agencies
"""
WRONG_WEEKDAY = CLEAN.replace("Wednesday", "Thursday")


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def briefs(tmp_path: Path) -> Path:
    (tmp_path / "b.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "a.md").write_text("Advertisement\n\n# " + CLEAN, encoding="utf-8")
    (tmp_path / "c.html").write_text(
        f"<h1>{TITLE}</h1><ul><li>One thing.</li></ul>", encoding="utf-8"
    )
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    return tmp_path


def test_one_file_gives_one_json_document(briefs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run("parse", str(briefs / "b.txt"), capsys=capsys)
    assert (status, err) == (0, "")
    brief = loads(out)
    assert brief.day == 1000
    assert out.startswith("{\n")


def test_directory_gives_json_lines_in_sorted_order(
    briefs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run("parse", str(briefs), capsys=capsys)
    lines = out.splitlines()
    assert len(lines) == 3  # notes.json is not a brief
    assert [len(loads(line).events) for line in lines] == [1, 1, 1]
    assert status == 0  # c.html has no date line: a warning, not an error
    assert f"{briefs / 'c.html'}:1:5: warning: no-date-line: " in err
    assert "info" not in err


def test_verbose_shows_info_diagnostics(briefs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run("parse", "-v", str(briefs / "a.md"), capsys=capsys)
    assert err == (
        f"{briefs / 'a.md'}:1:1: info: before-title: Dropped “Advertisement”: it comes before the title\n"
    )


def test_strict_turns_warnings_into_exit_1_and_prints_no_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(WRONG_WEEKDAY, encoding="utf-8")
    assert run("parse", str(path), capsys=capsys)[0] == 0
    status, out, err = run("parse", "--strict", str(path), capsys=capsys)
    assert (status, out) == (1, "")
    assert f"{path}:4:1: warning: weekday-mismatch: The date line says Thursday" in err


def test_not_a_brief_exits_1_with_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Markets rallied.\n", encoding="utf-8")
    status, out, err = run("parse", str(path), capsys=capsys)
    assert (status, out) == (1, "")
    assert err == (
        f"{path}:1:1: error: not-a-brief: Expected a title such as “… List of key events, day N”, "
        "found none\n"
    )


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run("parse", str(tmp_path / "nope.txt"), capsys=capsys)
    assert (status, out) == (2, "")
    assert "no such file or directory" in err


def test_empty_directory_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("parse", str(tmp_path), capsys=capsys)[0] == 2


def test_bad_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("parse", "--format", "pdf", "x", capsys=capsys)[0] == 2


@pytest.mark.parametrize(("fmt", "start"), [("markdown", f"# {TITLE}\n\n"), ("text", f"{TITLE}\n")])
def test_render_formats(
    briefs: Path, fmt: str, start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run("parse", "--format", fmt, str(briefs / "b.txt"), capsys=capsys)
    assert status == 0
    assert out.startswith(start)


def test_jsonl_for_one_file_and_input_format(
    briefs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        "parse", "--format", "jsonl", "--input-format", "text", str(briefs / "b.txt"), capsys=capsys
    )
    assert status == 0
    assert out.count("\n") == 1
    assert json.loads(out)["day"] == 1000


def test_conflict_option(briefs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run("parse", "--conflict", "israel-gaza", str(briefs / "c.html"), capsys=capsys)
    assert json.loads(out)["conflict"] == "israel-gaza"


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(CLEAN.encode("utf-16")))
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run("parse", "-", capsys=capsys)
    assert status == 0
    assert json.loads(out)["title"] == TITLE


def test_binary_file_is_an_error_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x00" * 100)
    proc = subprocess.run(
        [sys.executable, "-m", "conflictevents", "parse", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert ": error: binary-input: " in proc.stderr


def test_progress_bar_draws_and_clears() -> None:
    from conflictevents.cli._parse import _progress

    stream = io.StringIO()
    _progress(1, 4, stream)
    assert stream.getvalue() == "\r[#######.......................] 1/4"
    _progress(4, 4, stream)
    assert stream.getvalue().endswith("\r")


def test_json_for_several_files_is_one_array(
    briefs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run("parse", "--format", "json", str(briefs), capsys=capsys)
    documents = json.loads(out)
    assert [doc["day"] for doc in documents] == [1000, 1000, 1000]


def test_text_for_several_files_separates_briefs(
    briefs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(
        "parse", "--format", "text", str(briefs / "a.md"), str(briefs / "b.txt"), capsys=capsys
    )
    assert out.count(TITLE) == 2
    assert f"\n\n{TITLE}\n" in out
