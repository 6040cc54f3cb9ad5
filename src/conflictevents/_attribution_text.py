"""Text helpers for the attribution extractor: tokens, quotes and name keys.

Private: the public face is [`conflictevents.attribution`][conflictevents.attribution].
Every pattern here is linear: single-character classes inside repetitions, literal
alternations, no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import NamedTuple

# A word is letters and digits, joined by inner hyphens, apostrophes, dots or ampersands
# ("Russia’s", "state-run", "Interfax-Ukraine", "U.S"); anything else is one token of its own.
# The joiner must be followed by a letter or digit, so the repetition cannot backtrack.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:[^\W_]|[-’'ʼ.&](?=[^\W_]))*|[^\w\s]|_")

APOSTROPHES = "’'ʼ‘`´"
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_KEY_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


class Token(NamedTuple):
    """One token of an event text with its offsets (a tuple: events make many)."""

    start: int
    end: int
    text: str
    lower: str
    cap: bool
    """Starts with an upper-case letter ("Kyiv", "FSB")."""


def tokenize(text: str) -> list[Token]:
    """Split text into word and punctuation tokens, keeping offsets."""
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        lower = word.lower()
        if not word.isalnum():  # only joined words carry apostrophes worth folding
            lower = lower.translate(_APOSTROPHE_TABLE)
        tokens.append(Token(match.start(), match.end(), word, lower, word[0].isupper()))
    return tokens


def quoted_mask(tokens: Sequence[Token]) -> list[bool]:
    """Mark the tokens that stand inside double quotes (curly or straight).

    Curly quotes nest by depth; straight quotes toggle. A quote that is never closed
    marks nothing, so one stray mark cannot hide the rest of an event.
    """
    mask = [False] * len(tokens)
    opened: list[int] = []
    straight: int | None = None
    for index, token in enumerate(tokens):
        if token.text == "“":
            opened.append(index)
        elif token.text == "”" and opened:
            start = opened.pop()
            if not opened:
                for inner in range(start, index + 1):
                    mask[inner] = True
        elif token.text == '"':
            if straight is None:
                straight = index
            else:
                for inner in range(straight, index + 1):
                    mask[inner] = True
                straight = None
    return mask


def key_tokens(
    words: str, spellings: Mapping[str, str], possessives: Mapping[str, str]
) -> list[str]:
    """The normalised words of a name, used as lookup keys.

    Case folded, apostrophes made plain, dots dropped ("U.S." → "us"), "the" dropped,
    possessives turned into demonyms where known ("Russia’s" → "russian") and cut
    otherwise, and transliteration variants mapped to one spelling ("sergei" → "sergey").
    """
    plain = unicodedata.normalize("NFKC", words).translate(_APOSTROPHE_TABLE).lower()
    plain = plain.replace(".", "")
    out: list[str] = []
    for match in _KEY_WORD.finditer(plain):
        word = match.group()
        if word in possessives:
            out.append(possessives[word])
            continue
        if word.endswith("'s"):
            word = word[:-2]
        word = word.rstrip("'")
        if not word or word == "the":
            continue
        out.append(spellings.get(word, word))
    return out
