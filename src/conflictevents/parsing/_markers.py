"""Line-level grammar shared by the plain-text and Markdown readers.

Added in 0.1.
"""

from __future__ import annotations

import re

__all__ = ["ATX_HEADING", "LIST_MARKER", "indent_width", "is_numbered"]

LIST_MARKER = re.compile(
    r"""
    (?P<marker>
        \d{1,3}(?:\.\]|[.)\]])(?=\s|$)     # numbered: "1." "1.]" "1)" "1]"
      | \(\d{1,3}\)(?=\s|$)               # numbered in brackets: "(1)"
      | [-•*–—●▪◦·+►▶➤○■◆✓✔‣⁃∙▸▹◾◼□◇♦➢→](?=\s|$)  # a bullet, then space or end of line
      | [§\uf0b7\uf0a7](?=\s|$)            # Word's level-3 and Symbol-font bullets
      | o(?=\t)                            # Word's level-2 bullet: "o" and a tab
      | [\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u25A0-\u25FF]\uFE0F?(?=\s)
                                          # an emoji bullet of social reposts: "🔴 ", "▪️ "
      | -(?=[^\W\d_]|["“‘'])              # "-Text": a hyphen glued to a word (re-posts)
    )
    [ \t]*
    """,
    re.VERBOSE,
)
"""`marker [spaces]` at the start of a line (after its indentation)."""

ATX_HEADING = re.compile(r"(?P<hashes>#{1,6})(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
"""`#… text [#…]`, an ATX heading (after up to three spaces of indentation)."""


def is_numbered(marker: str | None) -> bool:
    """Whether a list marker is a number ("1.", "1)", "1.]", "(1)"), not a bullet."""
    return marker is not None and marker.lstrip("(")[:1].isdigit()


def indent_width(line: str) -> int:
    """Columns of leading white space, a tab counting as four."""
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4
        else:
            break
    return width
