"""Static checks of the public API's types: mypy reads this file, pytest never runs it.

`.ci/run` type-checks it with `mypy --strict`; an `assert_type` that no longer holds, or an
ignore that is no longer needed (warn_unused_ignores), fails CI.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import assert_type

import pendulum

from conflictevents import (
    Attribution,
    Category,
    DailyBrief,
    Issue,
    ParseResult,
    categorise,
    date_of,
    day_of,
    dumps,
    extract_attributions,
    iter_jsonl,
    loads,
    parse_brief,
    render,
    validate,
)


def check_public_api(path: Path) -> None:
    result = parse_brief(path)
    assert_type(result, ParseResult)
    assert_type(result.brief, DailyBrief)
    assert_type(parse_brief(b"bytes").brief.day, int)
    assert_type(day_of("2024-11-19"), int)
    assert_type(date_of(1000), pendulum.Date)
    assert_type(dumps(result.brief), str)
    assert_type(loads(dumps(result.brief)), DailyBrief)
    assert_type(render(result.brief, "markdown"), str)
    assert_type(validate({"schema_version": 1}), list[Issue])
    assert_type(iter_jsonl(path), Iterator[DailyBrief])
    assert_type(extract_attributions("Kyiv said so."), tuple[Attribution, ...])
    assert_type(categorise("Fighting"), Category)
    # The model is frozen: mypy refuses assignment, as attrs does at run time.
    result.brief.day = 5  # type: ignore[misc]
    # Formats are a closed set of literals.
    render(result.brief, "pdf")  # type: ignore[arg-type]
