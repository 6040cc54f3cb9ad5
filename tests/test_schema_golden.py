"""Golden JSON documents of schema v1 keep loading, byte for byte, in every later release.

Never edit a file in tests/data/golden/: when the contract changes, add new files for the
new schema version and keep these loading (see docs/versioning.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conflictevents import dumps, loads, validate
from conflictevents.schema import shipped_schema

GOLDEN = sorted((Path(__file__).parent / "data" / "golden").glob("v1-*.json"))


def test_there_are_golden_documents() -> None:
    assert len(GOLDEN) >= 4


@pytest.mark.parametrize("path", GOLDEN, ids=lambda path: path.name)
def test_golden_v1_documents_load_and_dump_to_the_same_bytes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    brief = loads(text)
    assert dumps(brief, indent=2) + "\n" == text
    assert validate(json.loads(text)) == []


@pytest.mark.parametrize("path", GOLDEN, ids=lambda path: path.name)
def test_golden_v1_documents_pass_the_shipped_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(
        shipped_schema(), format_checker=jsonschema.FormatChecker()
    )
    validator.validate(json.loads(path.read_text(encoding="utf-8")))
