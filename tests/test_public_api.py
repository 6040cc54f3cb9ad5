"""The public API: what `__all__` promises is there, sorted, and documented."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import pytest

import conflictevents


def _public_modules() -> list[ModuleType]:
    names = [
        info.name
        for info in pkgutil.walk_packages(conflictevents.__path__, "conflictevents.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    return [conflictevents, *(importlib.import_module(name) for name in names)]


MODULES = _public_modules()


def _isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_all_is_sorted_unique_and_resolvable(module: ModuleType) -> None:
    names = module.__all__
    assert list(names) == sorted(names, key=_isort_key), f"{module.__name__}.__all__ is not sorted"
    assert len(set(names)) == len(names)
    for name in names:
        assert hasattr(module, name), f"{module.__name__}.{name} is listed but missing"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_public_name_is_documented(module: ModuleType) -> None:
    assert module.__doc__, f"{module.__name__} has no module docstring"
    for name in module.__all__:
        value = getattr(module, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{module.__name__}.{name} has no docstring"


def test_package_re_exports_the_promised_api() -> None:
    promised = {
        "DailyBrief",
        "Event",
        "Category",
        "Attribution",
        "dumps",
        "loads",
        "day_of",
        "date_of",
        "ConflictEventsError",
        "ParseError",
        "ValidationError",
    }
    assert promised <= set(conflictevents.__all__)


def test_package_all_lists_exactly_its_public_names() -> None:
    public = {
        name
        for name, value in vars(conflictevents).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    assert public == set(conflictevents.__all__) - {"__version__"}


def test_errors_share_one_base_and_are_value_errors() -> None:
    for error in (
        conflictevents.ParseError,
        conflictevents.ValidationError,
        conflictevents.DayError,
    ):
        assert issubclass(error, conflictevents.ConflictEventsError)
        assert issubclass(error, ValueError)
