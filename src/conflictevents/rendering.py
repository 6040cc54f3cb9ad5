"""Write a [`DailyBrief`][conflictevents.DailyBrief] back as a brief: text, Markdown or HTML.

The output reads like a published brief and parses back, with
[`parse_brief`][conflictevents.parse_brief], to an equal brief:

    Russia-Ukraine war: List of key events, day 1,000
    These were the key developments on the 1,000th day of the war.
    Published On 20 Nov 2024
    Here is the situation on Wednesday, November 20, 2024:
    Fighting
    - Air raid sirens sounded across Kyiv overnight.
    Source: Al Jazeera and news agencies

What the round trip needs from a brief (every parsed brief has it): a title the parser
reads as one, texts that do not themselves read as furniture (an event that says only
"Advertisement" is dropped on the way back), and no section without a heading after a
section with one (plain text has no way to end a section). The date line always states
the year, and a published datetime is written in UTC to the second.

Examples:
    >>> import pendulum
    >>> from conflictevents import DailyBrief, Event, parse_brief, render
    >>> from conflictevents.categories import categorise
    >>> event = Event.create(
    ...     "russia-ukraine", 1000, "Air raid sirens sounded across Kyiv.", categorise("Fighting")
    ... )
    >>> brief = DailyBrief(
    ...     title="Russia-Ukraine war: List of key events, day 1,000",
    ...     day=1000,
    ...     situation_date=pendulum.date(2024, 11, 20),
    ...     events=(event,),
    ... )
    >>> print(render(brief))
    Russia-Ukraine war: List of key events, day 1,000
    Here is the situation on Wednesday, November 20, 2024:
    Fighting
    - Air raid sirens sounded across Kyiv.
    >>> parse_brief(render(brief, "markdown")).brief == brief
    True

Added in 0.1.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Literal, TypeAlias

import pendulum

from conflictevents.model import DailyBrief

__all__ = ["RenderFormat", "render"]

RenderFormat: TypeAlias = Literal["text", "markdown", "html"]
"""The formats `render` writes."""

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def render(brief: DailyBrief, format: RenderFormat = "text") -> str:
    """Write a brief as plain text, Markdown or HTML.

    Args:
        brief: the brief.
        format: `text` (one paragraph a line, `- ` bullets), `markdown` (`#` title, `##`
            headings, escaped inline marks) or `html` (a small page with `<h1>`, `<h2>`,
            `<ul>`).

    Returns:
        The brief, ending with a newline.

    Raises:
        ValueError: for an unknown format.
    """
    if format == "text":
        return _text(brief)
    if format == "markdown":
        return _markdown(brief)
    if format == "html":
        return _html(brief)
    raise ValueError(f"Expected format text, markdown or html, got {format!r}")


def _published(brief: DailyBrief) -> str | None:
    value = brief.published
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        utc = pendulum.instance(value).in_timezone("UTC")
        clock = f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
        return f"Published On {utc.day} {_MONTHS[utc.month - 1][:3]} {utc.year} {clock} UTC"
    return f"Published On {value.day} {_MONTHS[value.month - 1][:3]} {value.year}"


def _date_line(brief: DailyBrief) -> str | None:
    date = brief.situation_date
    if date is None:
        return None
    weekday = _WEEKDAYS[date.weekday()]
    return f"Here is the situation on {weekday}, {_MONTHS[date.month - 1]} {date.day}, {date.year}:"


def _lines(brief: DailyBrief) -> list[tuple[str, str]]:
    """The brief as (kind, text) pairs, in the order a published brief prints them."""
    lines: list[tuple[str, str]] = [("title", brief.title)]
    if brief.summary:
        lines.append(("summary", brief.summary))
    published = _published(brief)
    if published:
        lines.append(("published", published))
    if brief.url:
        lines.append(("url", brief.url))
    date_line = _date_line(brief)
    if date_line:
        lines.append(("date", date_line))
    for section in brief.sections:
        if section.category.label is not None:
            lines.append(("heading", section.category.label))
        lines.extend(("item", event.text) for event in section.events)
    if brief.source_line:
        lines.append(("source", f"Source: {brief.source_line}"))
    return lines


def _text(brief: DailyBrief) -> str:
    out = []
    for kind, text in _lines(brief):
        out.append(f"- {text}" if kind == "item" else text)
    return "\n".join(out) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&!#|~])")
_MD_NUMBERED = re.compile(r"(\d+)([.)])")


def _md_escape(text: str) -> str:
    """Escape what Markdown would read as markup, so the reader gives the text back."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    if escaped[:1] in ("-", "+", "="):
        return "\\" + escaped
    numbered = _MD_NUMBERED.match(escaped)
    if numbered is not None:
        return numbered[1] + "\\" + numbered[2] + escaped[numbered.end() :]
    return escaped


def _markdown(brief: DailyBrief) -> str:
    out: list[str] = []
    previous = ""
    for kind, text in _lines(brief):
        if kind == "url":
            line = f"<{text}>"
        elif kind == "title":
            line = f"# {_md_escape(text)}"
        elif kind == "heading":
            line = f"## {_md_escape(text)}"
        elif kind == "item":
            line = f"- {_md_escape(text)}"
        else:
            line = _md_escape(text)
        if out and not (kind == "item" and previous == "item"):
            out.append("")
        out.append(line)
        previous = kind
    return "\n".join(out) + "\n"


def _html(brief: DailyBrief) -> str:
    esc = html.escape
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(brief.title)}</title>",
    ]
    if brief.url:
        head.append(f'<link rel="canonical" href="{esc(brief.url)}">')
    head.append("</head>")
    body = ["<body>", "<article>"]
    in_list = False
    for kind, text in _lines(brief):
        if kind == "url":
            continue
        if kind == "item":
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{esc(text)}</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        tag = {"title": "h1", "heading": "h2"}.get(kind, "p")
        body.append(f"<{tag}>{esc(text)}</{tag}>")
    if in_list:
        body.append("</ul>")
    body += ["</article>", "</body>", "</html>"]
    return "\n".join(head + body) + "\n"
