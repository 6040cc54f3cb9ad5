"""The command line: the `day` command, exit codes, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conflictevents import __version__
from conflictevents.cli import main


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    ("argv", "out"),
    [
        (["day", "2024-11-19"], "1000\n"),
        (["day", "1000"], "2024-11-19\n"),
        (["day", "1,000"], "2024-11-19\n"),
        (["day", "2024-11-18T22:30:00Z"], "1000\n"),
        (["day", "2024-11-18T21:30:00Z"], "999\n"),
        (["day", "2023-11-13", "--conflict", "israel-gaza"], "38\n"),
        (["day", "38", "--conflict", "israel-gaza"], "2023-11-13\n"),
    ],
)
def test_day_converts_both_ways(
    argv: list[str], out: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(*argv, capsys=capsys) == (0, out, "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["day", "2021-01-01"],
            "conflictevents: error: Expected a date on or after 2022-02-24 (day 1 of the Russia-Ukraine war), got 2021-01-01\n",
        ),
        (["day", "0"], "conflictevents: error: Expected a day number of at least 1, got 0\n"),
        (
            ["day", "2023-02-30"],
            "conflictevents: error: Expected a real calendar date, got '2023-02-30'\n",
        ),
        (
            ["day", "yesterday"],
            "conflictevents: error: Expected an ISO 8601 date or datetime, got 'yesterday'\n",
        ),
    ],
)
def test_bad_values_get_one_line_and_exit_1(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(*argv, capsys=capsys) == (1, "", message)


@pytest.mark.parametrize(
    "argv", [[], ["day"], ["day", "1", "--conflict", "mars"], ["frobnicate"], ["day", "1", "2"]]
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(*argv, capsys=capsys)
    assert status == 2
    assert out == ""
    assert "usage: conflictevents" in err
    assert "Traceback" not in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version", capsys=capsys) == (0, f"conflictevents {__version__}\n", "")
    status, out, _ = run("--help", capsys=capsys)
    assert status == 0
    assert "day" in out
    status, out, _ = run("day", "--help", capsys=capsys)
    assert status == 0
    assert "--conflict" in out


def test_python_dash_m_runs_the_same_command() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "conflictevents", "day", "2024-11-19"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "1000\n", "")


@pytest.mark.parametrize("command", ["parse", "validate"])
def test_unreadable_files_get_one_plain_line_and_exit_2(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nosuch.json"
    status, out, err = run(command, str(missing), capsys=capsys)
    assert status == 2
    assert out == ""
    assert err == f"conflictevents: error: {missing}: no such file or directory\n"
    assert "Errno" not in err


def test_a_closed_pipe_stops_quietly() -> None:
    # `conflictevents parse DIR | head -c 100`: no "broken pipe" error, no traceback.
    briefs = Path(__file__).parent / "data" / "briefs"
    proc = subprocess.run(
        f"{sys.executable} -m conflictevents parse {briefs} | head -c 100 > /dev/null",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "broken pipe" not in proc.stderr.lower()
    assert "Traceback" not in proc.stderr
