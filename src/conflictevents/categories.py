"""Section headings → [`Category`][conflictevents.Category]: label cleaning and themes.

The alias table is data (`conflictevents/data/categories.json`), not code: each theme
lists the headings seen in real briefs, including re-post and machine-translation
substitutes ("Battle", "Struggle" for "Fighting"). A heading is compared after
[`heading_key`][conflictevents.categories.heading_key] folds away case, typography and
punctuation; an unknown heading is kept, with theme `other`.

Examples:
    >>> from conflictevents.categories import categorise
    >>> categorise("2. Fighting:")
    Category(label='Fighting', slug='fighting', theme=<Theme.FIGHTING: 'fighting'>)
    >>> categorise("Struggle").theme
    <Theme.FIGHTING: 'fighting'>
    >>> categorise("Weather").theme
    <Theme.OTHER: 'other'>

Added in 0.1.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from importlib import resources

from conflictevents.model import Category, Theme

__all__ = ["categorise", "clean_label", "heading_key", "is_known_heading", "theme_of"]

# Grammar of the decorations around a heading, all optional:
#   [#… ] [N. | N.] | N) ] [**|__] LABEL [**|__] [:|.]
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}\s*[.)]\]?|\d{1,3}\s*\]|[-•*–—]\s)\s*")
_ATX = re.compile(r"^\s*#{1,6}\s+")
_CLOSING_ATX = re.compile(r"\s+#+\s*$")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|`")
_TRAILING = re.compile(r"\s*[:.]+\s*$")
_SPACE = re.compile(r"\s+")
_PLAIN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def clean_label(heading: str) -> str:
    """Return a heading as printed, less its decorations.

    Strips list numbering (`2. `, `1.] `), Markdown marks (`## `, `**`, `_`), a trailing
    colon or full stop, and surrounding white space; keeps case and typography.

    Args:
        heading: the heading line.

    Returns:
        The label; an empty string when nothing is left.

    Examples:
        >>> clean_label("## **Politics & Diplomacy:**")
        'Politics & Diplomacy'
    """
    text = _SPACE.sub(" ", heading.replace("\u00a0", " ")).strip()
    text = _CLOSING_ATX.sub("", _ATX.sub("", text))
    text = _EMPHASIS.sub("", _NUMBERING.sub("", text))
    return _TRAILING.sub("", text).strip()


def heading_key(heading: str) -> str:
    """The form a heading is looked up by: cleaned, case folded, typography made plain.

    Examples:
        >>> heading_key("Politics & Diplomacy:")
        'politics and diplomacy'
    """
    text = clean_label(heading).translate(_PLAIN).replace("&", " and ")
    return _SPACE.sub(" ", text).strip().casefold()


@functools.cache
def _aliases() -> Mapping[str, Theme]:
    raw = resources.files("conflictevents").joinpath("data/categories.json").read_text("utf-8")
    document = json.loads(raw)
    table: dict[str, Theme] = {}
    for theme_name, headings in document["themes"].items():
        theme = Theme(theme_name)
        for heading in headings:
            table[heading_key(heading)] = theme
    return table


def theme_of(heading: str) -> Theme | None:
    """The theme of a known heading, or `None` when the heading is not in the table."""
    return _aliases().get(heading_key(heading))


@functools.cache
def _longest_alias() -> int:
    return max(map(len, _aliases()))


def is_known_heading(heading: str) -> bool:
    """Whether the alias table lists this heading (after cleaning)."""
    # Decorations ("## **…:**") add a few characters at most; event texts are longer.
    if len(heading) > _longest_alias() + 16:
        return False
    return theme_of(heading) is not None


def categorise(heading: str | None) -> Category:
    """Turn a heading into a category: cleaned label, slug and theme.

    Args:
        heading: the heading as printed, or `None` for a section without one.

    Returns:
        The category; theme `other` for a heading the table does not know, and the
        unlabelled category for `None` or a heading with nothing left after cleaning.

    Examples:
        >>> categorise("Politics and diplomacy:").theme
        <Theme.DIPLOMACY: 'diplomacy'>
    """
    if heading is None:
        return Category.unlabelled()
    label = clean_label(heading)
    if not label:
        return Category.unlabelled()
    return Category.from_label(label, theme_of(label) or Theme.OTHER)
