"""JSON Lines: lazy reading and writing, line numbers in errors, bounded lines."""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictevents import DailyBrief, dumps, iter_jsonl, read_jsonl, write_jsonl
from conflictevents.jsonl import LineError
from conflictevents.strategies import daily_briefs


def _briefs(count: int) -> list[DailyBrief]:
    return [DailyBrief(title=f"Key events, day {day}", day=day) for day in range(1, count + 1)]


@given(st.lists(daily_briefs(max_events=2), max_size=4))
def test_round_trip_through_a_text_stream(briefs: list[DailyBrief]) -> None:
    stream = io.StringIO()
    assert write_jsonl(briefs, stream) == len(briefs)
    assert stream.getvalue() == "".join(dumps(brief) + "\n" for brief in briefs)
    stream.seek(0)
    assert list(iter_jsonl(stream)) == briefs


def test_round_trip_through_a_path_and_a_binary_stream(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    assert write_jsonl(iter(_briefs(3)), path) == 3
    assert list(iter_jsonl(path)) == _briefs(3)
    assert list(iter_jsonl(str(path))) == _briefs(3)
    binary = io.BytesIO()
    write_jsonl(_briefs(2), binary)
    binary.seek(0)
    assert list(iter_jsonl(binary)) == _briefs(2)
    with path.open(encoding="utf-8") as text_file:  # a real text file reads via its buffer
        assert len(list(iter_jsonl(text_file))) == 3


def test_writing_is_lazy() -> None:
    consumed: list[int] = []

    def produce() -> Iterator[DailyBrief]:
        for brief in _briefs(3):
            consumed.append(brief.day)
            yield brief

    class Recorder(io.StringIO):
        def write(self, text: str) -> int:
            seen.append(list(consumed))
            return super().write(text)

    seen: list[list[int]] = []
    write_jsonl(produce(), Recorder())
    assert seen == [[1], [1, 2], [1, 2, 3]]  # each line written before the next is made


def test_reading_is_lazy_and_stops_at_the_first_bad_line() -> None:
    lines = [dumps(brief) for brief in _briefs(2)] + ['{"schema_version": 2}', "not read"]
    reader = iter_jsonl(io.StringIO("\n".join(lines)))
    assert next(reader).day == 1
    assert next(reader).day == 2
    with pytest.raises(LineError) as info:
        next(reader)
    assert info.value.line == 3
    assert str(info.value).startswith("<stream>:3: $.schema_version: expected schema version 1")


def test_line_errors_name_the_file_and_pickle(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("\n" + dumps(_briefs(1)[0]) + "\n[]\n", encoding="utf-8")
    with pytest.raises(LineError) as info:
        list(iter_jsonl(path))
    assert str(info.value) == f"{path}:3: $: expected an object, got an array"
    again = pickle.loads(pickle.dumps(info.value))
    assert (again.line, again.source_name, again.issues) == (3, str(path), info.value.issues)


def test_read_jsonl_reports_every_line_and_goes_on() -> None:
    text = "\n".join([dumps(_briefs(1)[0]), "", "{", json.dumps({"day": 1}), " "])
    results = list(read_jsonl(io.StringIO(text)))
    assert [(r.line, r.ok) for r in results] == [(1, True), (3, False), (4, False)]
    assert results[1].issues[0].code == "json"
    assert results[2].issues[0].code == "missing"


def test_a_line_over_the_limit_is_not_read() -> None:
    text = dumps(_briefs(1)[0]) + "\n" + "x" * 10_000 + "\n" + dumps(_briefs(1)[0]) + "\n"
    results = list(read_jsonl(io.BytesIO(text.encode()), max_line_bytes=1_000))
    assert [(r.line, r.ok) for r in results] == [(1, True), (2, False), (3, True)]
    assert results[1].issues[0].code == "too-large"
