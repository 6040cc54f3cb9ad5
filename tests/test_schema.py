"""The JSON Schema: generated from the model, shipped as a file, complete and strict."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from conflictevents import SCHEMA_VERSION, SourceKind, Theme, json_schema
from conflictevents.cli import main
from conflictevents.model import Attribution, Category, DailyBrief, Event
from conflictevents.schema import (
    _FIELDS,
    SCHEMA_FILE,
    SCHEMA_ID,
    SEMANTIC_CHECKS,
    dumps_schema,
    shipped_schema,
)

SHIPPED = Path(__file__).resolve().parents[1] / "src" / "conflictevents" / "data" / SCHEMA_FILE
CLASSES = (DailyBrief, Event, Category, Attribution)


def test_the_shipped_file_is_the_generated_schema() -> None:
    # Fails when the model changed and the file was not regenerated:
    #   python -m conflictevents schema > src/conflictevents/data/daily-brief.v1.schema.json
    assert SHIPPED.read_text(encoding="utf-8") == dumps_schema()
    assert shipped_schema() == json_schema()


def test_the_schema_command_prints_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == SHIPPED.read_text(encoding="utf-8")


def test_it_is_a_valid_2020_12_schema_with_a_versioned_id() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert f"/v{SCHEMA_VERSION}/" in SCHEMA_ID
    assert schema["$ref"] == "#/$defs/DailyBrief"
    assert set(schema["$defs"]) == {cls.__name__ for cls in CLASSES}


def _properties(schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name, definition in schema["$defs"].items():
        for key, value in definition["properties"].items():
            yield name, key, value


def test_every_class_requires_every_key_and_allows_no_other() -> None:
    schema = json_schema()
    for cls in CLASSES:
        definition = schema["$defs"][cls.__name__]
        keys = [field.name for field in attrs.fields(cls)]
        if cls is DailyBrief:
            keys = ["schema_version", *keys]
        assert list(definition["properties"]) == keys
        assert definition["required"] == keys
        assert definition["additionalProperties"] is False
        assert definition["description"]


def test_every_property_has_a_description() -> None:
    for name, key, value in _properties(json_schema()):
        assert value.get("description"), f"{name}.{key}"


def test_every_model_field_has_a_row_in_the_field_table_and_no_row_is_stale() -> None:
    fields = {(cls, field.name) for cls in CLASSES for field in attrs.fields(cls)}
    assert fields == set(_FIELDS)


def test_types_come_from_the_model() -> None:
    defs = json_schema()["$defs"]
    brief = defs["DailyBrief"]["properties"]
    assert brief["schema_version"] == {
        "description": brief["schema_version"]["description"],
        "type": "integer",
        "const": 1,
    }
    assert brief["day"]["type"] == "integer"
    assert brief["day"]["minimum"] == 1
    assert brief["date"]["format"] == "date"
    assert brief["summary"]["type"] == ["string", "null"]
    assert brief["situation_date"]["type"] == ["string", "null"]
    assert [option.get("format") for option in brief["published"]["anyOf"]] == [
        "date",
        "date-time",
        None,
    ]
    assert brief["events"]["items"] == {"$ref": "#/$defs/Event"}
    assert defs["Event"]["properties"]["category"]["$ref"] == "#/$defs/Category"
    assert defs["Category"]["properties"]["theme"]["enum"] == [t.value for t in Theme]
    assert defs["Attribution"]["properties"]["kind"]["enum"] == [k.value for k in SourceKind]
    span = defs["Attribution"]["properties"]["span"]
    assert span["prefixItems"] == [
        {"type": "integer", "minimum": 0},
        {"type": "integer", "minimum": 0},
    ]
    assert span["items"] is False
    assert span["minItems"] == 2


def test_the_semantic_checks_are_named_in_the_schema() -> None:
    schema = json_schema()
    for code in SEMANTIC_CHECKS:
        assert f"[{code}]" in schema["description"]
    props = schema["$defs"]["DailyBrief"]["properties"]
    assert "Semantic check" in props["date"]["description"]
    assert "Semantic check" in props["conflict"]["description"]
    assert (
        "text[start:end] == phrase"
        in (schema["$defs"]["Attribution"]["properties"]["span"]["description"])
    )


def test_json_schema_returns_a_fresh_copy() -> None:
    first = json_schema()
    first["$defs"].clear()
    assert json_schema()["$defs"]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2000-02-29", True),
        ("1900-02-29", False),
        ("2024-11-19\n", False),
        ("٢٠٢٤-١١-١٩", False),
        ("0000-01-01", False),
    ],
)
def test_dates_are_real_calendar_dates_without_relying_on_format(value: str, valid: bool) -> None:
    # No FormatChecker: the pattern alone must decide, as in validators where `format`
    # is only an annotation (the 2020-12 default, ajv without ajv-formats).
    schema = {**json_schema()["$defs"]["DailyBrief"]["properties"]["date"]}
    assert jsonschema.Draft202012Validator(schema).is_valid(value) is valid


def test_jsonschema_rs_reads_the_shipped_schema_alike() -> None:
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    validator = jsonschema_rs.validator_for(shipped_schema())
    for golden in sorted((Path(__file__).parent / "data" / "golden").glob("v1-*.json")):
        document = json.loads(golden.read_text(encoding="utf-8"))
        assert validator.is_valid(document), golden.name
        document["date"] = "2023-02-29"
        assert not validator.is_valid(document)
        document["date"] = "2024-11-19\n"
        assert not validator.is_valid(document)
