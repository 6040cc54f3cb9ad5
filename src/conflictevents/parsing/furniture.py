"""The furniture of a brief: title, date line, "Published On", source line, clutter.

Each rule is a small function over one block's text; its docstring states its grammar.
Every regular expression here is applied to a single block whose length is capped
(`MAX_FURNITURE_LENGTH`), and none nests unbounded repetitions, so matching stays
linear in the input size whatever the input.

Added in 0.1.
"""

from __future__ import annotations

import re

import attrs

from conflictevents.days import parse_day_phrase

__all__ = [
    "MAX_FURNITURE_LENGTH",
    "MONTHS",
    "DateLine",
    "Published",
    "TitleMatch",
    "clutter_reason",
    "conflict_of",
    "day_in_text",
    "is_bare_url",
    "is_caption",
    "is_foreign_script",
    "is_latest_updates",
    "lookalike_title",
    "looks_like_date_line",
    "mail_subject",
    "match_date_line",
    "match_published",
    "match_source_line",
    "match_title",
    "strip_title_suffix",
]

MAX_FURNITURE_LENGTH = 400
"""Furniture lines are short; longer blocks are never tested against these rules."""

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_INDEX = {name: index for index, name in enumerate(MONTHS, start=1)}
_MONTH_INDEX.update({name[:3]: index for index, name in enumerate(MONTHS, start=1)})
_MONTH_INDEX["sept"] = 9

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # noqa: E501
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_OR_SHORT = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?(?=[\s,]))"
)
"""A weekday, also abbreviated as some re-posts print it ("Wed, Nov 20")."""


# --- title ------------------------------------------------------------------------------

_SUFFIX = re.compile(
    r"\s+[-–—]\s+(?:Al\s+Jazeera(?:\s+English)?|Latest\s+Global\s+News|[\w' ]{0,40}\bNews)$",
    re.IGNORECASE,
)
_KEY_EVENTS = re.compile(
    r"\b(?:key|major|main|most\s+important|important)\s+(?:events|developments|moments)\b"
    r"|\bkey\s+events\s+list\b|\blist(?:ing)?\s+of\s+(?:key|major|main)\b"
    # Spinners' synonyms: "Listing of key occasions" for "List of key events".
    r"|\b(?:key|main|major)\s+occasions\b",
    re.IGNORECASE,
)
_DAYS_OF = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{1,6})\s+days?\s+of\b", re.IGNORECASE)
_TITLE_DATE = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class TitleMatch:
    """What a title says.

    Attributes:
        title: the title, page-title suffixes removed.
        day: the war day it names, or `None`.
        date: `(year, month, day)` when it names a calendar date instead (Israel-Iran).
        conflict: the conflict slug its wording names, or `None`.
    """

    title: str
    day: int | None
    date: tuple[int, int, int] | None
    conflict: str | None


_PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+")


def strip_title_suffix(text: str) -> str:
    """Remove page-title suffixes and breadcrumb prefixes around a title.

    Grammar: `[(crumb (" › " | " » " | " > "))…] title [(" › " | " » " | " > ") crumb…]
    [" | " anything] [(" - " | " – ") (Al Jazeera [English] | … News)], after a print
    header's "11/20/24, 9:15 AM" if any
    [(" - " | " – " | " — " | " :: ") site-name]`, where the crumb kept is the one that
    reads as a title and a site name (no digits, at most 60 characters) follows the
    title's number: "Home › World › <title>" printed as one line by re-posts, "<title> |
    Russia-Ukraine war News | Al Jazeera", "<title> - Al Jazeera English", "<title> –
    Daily Brief Wire". Titles never contain " | " or "›"; a dash followed by `day N` is
    part of the title and stays. A title glued to a copy of itself is read once.
    """
    text = text.split(" | ", 1)[0].split("｜", 1)[0]
    # A browser's print header puts the date and time before the page title.
    text = _PRINT_STAMP.sub("", text, count=1)
    if _CRUMB_SEPARATOR.search(text) is not None:
        # "Home › World › <title>" or "<title> » Site": keep the crumb that is the title.
        crumbs = _CRUMB_SEPARATOR.split(text, maxsplit=8)
        text = next((c for c in crumbs if _KEY_EVENTS.search(c) is not None), text)
    text = _SITE_SUFFIX.sub("", _SUFFIX.sub("", text).strip()).strip()
    half = len(text) // 2
    if half and text[:half].strip() == text[half:].strip():
        # Printed twice and glued ("…day 1,000Russia-Ukraine war: …day 1,000"), as
        # re-posts glue the breadcrumb copy to the heading.
        text = text[:half].strip()
    return text


_CRUMB_SEPARATOR = re.compile(r"\s[›»>]\s")
_SITE_SUFFIX = re.compile(r"(?<=\d)\s+(?:[-–—]|::)\s+[^\d|]{1,60}$")
"""A site name after the title's number: "…, day 1,000 – Daily Brief Wire"."""


def day_in_text(text: str) -> int | None:
    """The war day a title or standfirst names, or `None`.

    Grammar: whatever [`parse_day_phrase`][conflictevents.parse_day_phrase] reads
    (`day 1,000`, `Day 5`, `days 1,118`, `96th day`, `day eight`), or `N days of`
    ("456 Days of Russia-Ukraine War").
    """
    if len(text) > MAX_FURNITURE_LENGTH:
        text = text[:MAX_FURNITURE_LENGTH]
    day = parse_day_phrase(text)
    if day is None:
        match = _DAYS_OF.search(text)
        if match is not None:
            day = int(match[1].replace(",", "")) or None
    return day


def match_title(text: str) -> TitleMatch | None:
    """Read a title, or return `None` when the text is not one.

    Grammar: `[prefix ":"] words-with-"key events"-or-alike [", day N" | "from day N" |
    "on day N" | "– day N" | "days N" | ", Month D, YYYY"] [page-title suffix]`, at most
    `MAX_FURNITURE_LENGTH` characters, not ending with a full stop (a standfirst does)
    or a colon, and not a date line ("Below are the key events from Monday, …").
    "Key events"-alikes: key/major/main/most important events, developments or moments,
    "list of key …", "key events list", and the spinners' "listing of key …", "key
    occasions".
    """
    if len(text) > MAX_FURNITURE_LENGTH or text.endswith((".", ":")):
        return None
    if match_date_line(text) is not None or lookalike_title(text) is not None:
        return None
    title = strip_title_suffix(text)
    if not title or _KEY_EVENTS.search(title) is None:
        return None
    date_match = _TITLE_DATE.search(title)
    date = None
    if date_match is not None:
        date = (
            int(date_match["year"]),
            _MONTH_INDEX[date_match["month"].rstrip(".").lower()],
            int(date_match["day"]),
        )
    return TitleMatch(title=title, day=day_in_text(title), date=date, conflict=conflict_of(title))


_MAIL_SUBJECT = re.compile(
    r"subject\s*:\s*(?:(?:fwd?|re|tr|wg|aw)\s*:\s*){0,5}(?P<rest>.*)", re.IGNORECASE
)


def mail_subject(text: str) -> str | None:
    """The subject of an e-mail header line, without "Fwd:"/"Re:", or `None`.

    Grammar: `"Subject:" ("Fwd:" | "Fw:" | "Re:" | …)* text`. A brief forwarded by e-mail
    names the title in the subject line above the body; the body's own copy of the title
    is the title, and the subject is only used when the body has none.
    """
    if len(text) > MAX_FURNITURE_LENGTH:
        return None
    found = _MAIL_SUBJECT.match(text)
    return None if found is None else found["rest"].strip()


_LOOKALIKE = re.compile(
    r"\bat\s+a\s+glance\b|\bwhat\s+we\s+know\s+on\s+day\b"
    r"|\bsummary\s+of\s+(?:the\s+)?key\s+events\b|\binvasion\s+day\s+[\d,]{1,7}\s+summary\b"
    r"|\bukraine\s+war\s+latest\b",
    re.IGNORECASE,
)


def lookalike_title(text: str) -> str | None:
    """The phrase that makes a title another outlet's daily summary, or `None`.

    Grammar: a title containing "at a glance", "what we know on day", "summary of (the)
    key events", "Invasion day N summary" or "Ukraine war latest". These look-alikes
    (the Guardian's, novinite's, militaryland's, the Kyiv Independent's) have another
    structure; they are out of scope and never read as a brief's title, even when they
    say "key events".
    """
    match = _LOOKALIKE.search(text[:MAX_FURNITURE_LENGTH])
    return None if match is None else match[0]


_GAZA = re.compile(r"Israel[-–]Hamas|war\s+on\s+Gaza|\bGaza\b|Israel[-–]Gaza", re.IGNORECASE)
_IRAN = re.compile(r"Israel[-–]Iran|Iran[-–]Israel", re.IGNORECASE)
_UKRAINE = re.compile(r"Russia|Ukrain|Russo", re.IGNORECASE)


def conflict_of(text: str) -> str | None:
    """The conflict a title or standfirst names.

    Grammar: `Israel-Iran` / `Iran-Israel` (also `US-Israel-Iran`) → `israel-iran`;
    `Israel-Hamas`, `war on Gaza`, `Gaza` → `israel-gaza`; `Russia…`, `Ukrain…`,
    `Russo…` → `russia-ukraine`; otherwise `None`.
    """
    text = text[:MAX_FURNITURE_LENGTH]
    if _IRAN.search(text):
        return "israel-iran"
    if _GAZA.search(text):
        return "israel-gaza"
    if _UKRAINE.search(text):
        return "russia-ukraine"
    return None


# --- published --------------------------------------------------------------------------

_PUBLISHED = re.compile(
    rf"(?:Published|Posted|Updated)\s*(?:On|on)?\s*:?\s*"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}),?)\s+"
    r"(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?:GMT|UTC))?",
)


# The visible copy of the date that pages print after the screen-reader "Published On"
# text; copies glue the two ("Published On 4 Dec 20244 Dec 2024").
_GLUED_DATE = re.compile(
    rf"\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}",
)


@attrs.frozen(kw_only=True)
class Published:
    """A "Published On" line: a date, and a UTC time when one is printed.

    Attributes:
        date: `(year, month, day)`.
        time: `(hour, minute, second)` in UTC, or `None`.
        rest: What a copy glued after the stamp (and after a glued second copy of its
            date), stripped; empty when nothing follows. Select-all copies glue the
            date line to it: "Published On 28 Feb 2025Here is the situation on …".
    """

    date: tuple[int, int, int]
    time: tuple[int, int, int] | None
    rest: str = ""


def match_published(text: str) -> Published | None:
    """Read the outlet's publication line.

    Grammar: `"Published" ["On"] [":"] (D Mon | Mon D[,]) YYYY [HH:MM[:SS] "GMT"|"UTC"]
    [anything]`, at the start of the block ("Published On 20 Nov 2024", translated
    "Published on November 20, 2024", "Published: 20 Nov 2024"). Re-posts glue the date
    twice (`Published On 4 Dec 20244 Dec 2024`); the first four digits are the year and
    the rest is ignored.
    """
    if len(text) > MAX_FURNITURE_LENGTH or not text.startswith("Published"):
        return None
    match = _PUBLISHED.match(text)
    if match is None:
        return None
    time = None
    if match["hour"] is not None:
        time = (int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
    month = _MONTH_INDEX[(match["month"] or match["month2"]).rstrip(".").lower()]
    day = int(match["day"] or match["day2"])
    rest = text[match.end() :]
    glued = _GLUED_DATE.match(rest)
    if glued is not None:
        rest = rest[glued.end() :]
    return Published(date=(int(match["year"]), month, day), time=time, rest=rest.strip())


# --- date line --------------------------------------------------------------------------

_DATE_LINE = re.compile(
    rf"""
    ^(?P<lead>.{{0,160}}?)
    (?:\b(?P<weekday>{_WEEKDAY_OR_SHORT}),?\s+)?
    (?:
        \b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b
      | \b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})
    )
    (?:,?\s*(?P<year>\d{{4}})\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_LEAD = re.compile(
    r"situation|key\s+(?:events|moments|developments)|things\s+stand|war\s+stands|"
    r"roundup|round-up|as\s+of|^\s*date\s*:|where\s+we\s+are|stands\s+on",
    re.IGNORECASE,
)


_STAMP = re.compile(r"\s*(?:last\s+)?(?:updated|published|posted|modified)\b", re.IGNORECASE)
_LEAD_WITHOUT_WEEKDAY = re.compile(r"as\s+of|^\s*date\s*:", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class DateLine:
    """What a date line states.

    Attributes:
        weekday: the weekday as printed, or `None`.
        month: 1-12.
        day: 1-31 (not yet checked against the month).
        year: the year when printed, else `None`.
    """

    weekday: str | None
    month: int
    day: int
    year: int | None


def match_date_line(text: str) -> DateLine | None:
    """Read the line that opens a brief's body with the date it describes.

    Grammar: `lead [Weekday[,]] Month D[st|nd|rd|th] [[,] YYYY] [anything]`, also with
    `D Month`, where `lead` (at most 160 characters) contains one of: "situation",
    "key events/moments/developments", "things stand", "war stands", "roundup",
    "as of", "Date:" (the weekday may only be missing after the last two), and that
    does not open with a page's time stamp ("Updated as of …", "Posted …"). This reads
    every template of the survey: "Here is the situation
    on Wednesday, November 20:", "These are the key events so far on Saturday, March 5.",
    "Here’s where things stand on …", "This is where the war stands on …", "As of …",
    "Date: October 8, 2025"; the end (".", ":", " :" or nothing) does not matter.
    """
    if len(text) > MAX_FURNITURE_LENGTH:
        return None
    match = _DATE_LINE.match(text)
    if match is None or _LEAD.search(match["lead"]) is None:
        return None
    if _STAMP.match(match["lead"]) is not None:
        # "Updated as of Tuesday, November 19, 2024 18:00 GMT": the page's time stamp.
        return None
    if match["weekday"] is None and _LEAD_WITHOUT_WEEKDAY.search(match["lead"]) is None:
        # Titles state dates too ("List of key events, June 23, 2025"); without a
        # weekday only "As of …" and "Date: …" introduce a date line.
        return None
    if match["lead"].strip().lower().rstrip(",") in ("on", "from"):
        return None
    month_name = match["month"] or match["month2"]
    day = match["day"] or match["day2"]
    return DateLine(
        weekday=match["weekday"].rstrip(".") if match["weekday"] else None,
        month=_MONTH_INDEX[month_name.rstrip(".").lower()],
        day=int(day),
        year=int(match["year"]) if match["year"] else None,
    )


_DATE_LINE_OPENING = re.compile(
    r"(?:here\s+is|here['’]s|here\s+are|these\s+are|below\s+are|this\s+is|what\s+is)\s+"
    r"(?:the\s+)?(?:situation|key\s+(?:events|moments|developments)|where|how|roundup)",
    re.IGNORECASE,
)


def looks_like_date_line(text: str) -> bool:
    """Whether a block opens like a date line though its date could not be read.

    Grammar: `("Here is" | "Here’s" | "Here are" | "These are" | "Below are" | "This is" |
    "What is") ["the"] ("situation" | "key events/moments/developments" | "where" | "how"
    | "roundup") …`, at most 200 characters, naming no war day (standfirsts open the same
    way: "Here are the key developments on the 1,014th day …"): a spun or mangled date
    line such as "Here is the situation on Monday, Might 15:"; or any line of at most 200
    characters with `Weekday[,] Word D` where `Word` is not a month ("… so far on
    Sunday, Might 15.").
    """
    if len(text) > 200:
        return False
    if _DATE_LINE_OPENING.match(text) is not None and _DAY_WORD.search(text) is None:
        return True
    # Spinners rewrite the opening words too ("Here are the key occasions so far on Sunday,
    # Might 15."): a weekday followed by a word that is not a month and a day of the month.
    mangled = _MANGLED_DATE.search(text)
    return mangled is not None and _MONTH_WORD.fullmatch(mangled["word"]) is None


_DAY_WORD = re.compile(r"\bday\b", re.IGNORECASE)
_MANGLED_DATE = re.compile(rf"\b{_WEEKDAY},?\s+(?P<word>[^\W\d_]{{2,12}})\.?\s+\d{{1,2}}\b")
_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)


# --- source line, links, captions, clutter ----------------------------------------------

_SOURCE = re.compile(r"Sources?\s*:\s*(?P<rest>.*)", re.IGNORECASE | re.DOTALL)


def match_source_line(text: str) -> str | None:
    """Read the trailing source line: the text after `Source:` (may be empty).

    Grammar: `"Source" ["s"] ":" text` — "Source: Al Jazeera and news agencies",
    "Source: News Agencies", a bare "Source:".
    """
    if len(text) > MAX_FURNITURE_LENGTH:
        return None
    match = _SOURCE.fullmatch(text)
    return None if match is None else match["rest"].strip()


_LATEST = re.compile(
    r"(?:Get|Follow|Read)\s+(?:the|our)\s+latest\s+(?:updates|news|coverage)\s+here\.?"
    r"|Follow\s+our\s+live\s+(?:coverage|updates|blog)\s+here\.?",
    re.IGNORECASE,
)


def is_latest_updates(text: str) -> bool:
    """Grammar: "Get the latest updates here." (a link to the live blog, 2022)."""
    return len(text) <= 80 and _LATEST.fullmatch(text) is not None


_URL = re.compile(r"<?https?://\S{1,2000}>?")


def is_bare_url(text: str) -> bool:
    """Grammar: a block that is one `http(s)://` address, optionally in `<…>`."""
    return _URL.fullmatch(text) is not None


_CREDIT = re.compile(
    r"/|\b(?:AP|AFP|Reuters|EPA|Getty|Anadolu|Handout|Al\s+Jazeera|File|Pool|via)\b",
    re.IGNORECASE,
)


_CREDIT_WORDS = re.compile(
    r"(?:^|[.\s(])\(?(?:photo(?:graph)?|image|picture|credit)s?(?:\s+by\s+|\s*:\s*)"
    r"[^.:;!?]{2,60}\)?\s*$",
    re.IGNORECASE,
)


def is_caption(text: str) -> bool:
    """Grammar: `caption-text ("[" Photographer/Agency "]" | credit-words)` (a photo caption).

    The bracket at the end holds a credit: a slash or an agency's name. Credit words are
    "Photo: Agency", "Photograph: Name", "(Photo by Name/Agency)", "Image credit: …" at
    the end.
    """
    if len(text) > MAX_FURNITURE_LENGTH:
        return False
    if not text.endswith("]"):
        # Re-posts and other layouts credit in words: "… in Kyiv. Photo: Reuters",
        # "… (Photo by Name/AFP)".
        return _CREDIT_WORDS.search(text) is not None
    start = text.rfind("[")
    return start >= 3 and _CREDIT.search(text, start) is not None


# Whole-block patterns of page furniture and re-post clutter (FORMATS.md §5-6), each with
# the reason reported in the info diagnostic. Matched case-insensitively against the
# whole block, so an event that merely mentions these words is never dropped.
_CLUTTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        (
            "advert",
            r"advertisement(?:\s*[-–—:|]\s*.{0,60})?|advert|sponsored|"
            r"promote your business.{0,80}|scroll to continue.{0,40}",
        ),
        (
            "share",
            r"share\d{0,3}(?:\s+(?:on|via|this|post|article|your love).{0,60})?:?|share post:?",
        ),
        (
            "share",
            r"(?:follow|join)\s+us\s+on\s+.{1,60}",
        ),
        (
            "share",
            r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|reddit|pinterest)"
            r"(?:\s*[|,/]\s*(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|"
            r"reddit|pinterest)){0,8}",
        ),
        ("save", r"save articles? to read later.{0,120}|save|bookmark|click here to share.{0,40}"),
        (
            "breadcrumb",
            r"(?:home\s*[›>»/|]\s*)?news\s*[|›>»/]\s*[\w’' -]{1,60}(?:\s*[›>»/|]\s*.{0,200})?",
        ),
        ("breadcrumb", r"home\s*[›>»/|].{0,300}"),
        (
            "navigation",
            r"skip to (?:main )?content|skip links?|close(?:\s+close)*|menu|search|"
            r"previous(?: arrow)?|next(?: arrow)?|slider\s*\d*.{0,200}arrow|"
            r"__temp__.{0,60}",
        ),
        ("reading-list", r"keep reading|list of \d+ items?|end of list"),
        (
            "related",
            r"(?:you may also like|related(?: (?:stories|articles|news|posts))?|"
            r"read more|also read(?: more)?|recommended(?: stories)?|"
            r"trending(?: now)?|most read|popular)(?:\s*:.{0,200})?",
        ),
        (
            "comments",
            r"leave a reply|leave a comment|(?:your )?email address will not be "
            r"published.{0,120}|please enter your (?:comment|name|email).{0,40}|"
            r"(?:\d+\s+)?comments?|cancel reply|post comment|required fields are "
            r"marked.{0,10}",
        ),
        (
            "newsletter",
            r"(?:sign up|subscribe)(?: (?:to|for) .{0,80}|\s*)[!.]?|newsletter.{0,120}|"
            r"get the .{0,40}newsletter.{0,80}",
        ),
        (
            "attribution",
            r"this (?:content|article) originally appeared on .{1,60}|"
            r"article attribution.{0,80}|photo credit.{0,80}|source|"
            r"(?:read|continue reading) (?:more )?(?:at|on) .{0,80}",
        ),
        (
            "byline",
            r"(?:posted|published|updated|last update)(?:\s+on|\s*:)\s*.{0,60}|"
            r"(?:last\s+)?(?:updated|modified)\s+(?:as\s+of|at)\s.{1,80}|"
            r"by\s*\|.{0,120}|.{0,40}last update\s*:?.{0,40}",
        ),
        ("widget", r"-?\d{1,3}(?:\.\d)?\s*°?\s*[FC]\s+[A-Z][\w .'-]{1,40}"),
        (
            "print",
            # A printed page's footer: its address and a page counter ("… 1/3"), or
            # the counter alone ("Page 2 of 3").
            r"(?:https?://\S{1,2000}\s+)?\d{1,3}\s*/\s*\d{1,3}|page\s+\d{1,3}\s+of\s+\d{1,3}",
        ),
        (
            "tool",
            r"listen to this article.{0,40}|\d{1,2}\s*min(?:ute)?s?\s+read|print|copy link|"
            r"(?:font|text) size|a-?\s*a\+|(?:by\s+)?al jazeera staff",
        ),
        (
            "credit",
            r"(?:photo|image|picture|file)s?(?:\s+credit)?\s*:\s*.{1,60}|"
            r"\(?(?:photo|image|picture)\s+by\s.{1,80}|"
            r"(?:AP|AFP|Reuters|EPA|Getty Images|Anadolu(?: Agency)?|Associated Press)"
            r"(?:\s*(?:photo|/\s*.{1,40}))?",
        ),
        (
            "video",
            r"video duration.{0,60}|interactive\b.{0,120}|watch\s*:.{0,120}|"
            r"play video|\d{1,2}:\d{2}",
        ),
        ("site", r"site icon.{0,120}|.{1,60}\s+-\s+a story for you"),
        (
            "site",
            r"(?:©|copyright\s*©?|\(c\))\s*\d{4}.{0,200}|.{0,120}\ball rights reserved\.?|"
            r"(?:tags?|categories|category|filed under)\s*:.{0,200}",
        ),
        (
            "date",
            rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?"
            rf"\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?"
            r"(?:\s*\(?(?:GMT|UTC)\)?)?)?",
        ),
        (
            "category-label",
            r"world|world news|europe|europe news|middle east|news|"
            r"latest news|top news|breaking news|international|"
            r"russia-ukraine war|ukraine war|israel-palestine conflict",
        ),
    )
)


def is_foreign_script(text: str) -> bool:
    """Grammar: a block of which most letters are not Latin ("আরও পড়ুন: …").

    The briefs are English; a line mostly in another script is a re-posting site's
    "read more" link in its own language (Bengali on one site), never an event.
    Counted over the first `MAX_FURNITURE_LENGTH` characters; Latin letters with
    diacritics count as Latin.
    """
    latin = other = 0
    for char in text[:MAX_FURNITURE_LENGTH]:
        if char.isalpha():
            if char < "\u0250" or "\u1e00" <= char <= "\u1eff":
                latin += 1
            else:
                other += 1
    return other > latin


def clutter_reason(text: str) -> str | None:
    """Why a block is page furniture or re-post clutter, or `None` when it is not.

    Grammar: the whole block is one of the patterns of the survey's clutter list
    (advertisement, share buttons, "Save articles to read later", breadcrumbs
    "News|Russia-Ukraine war", "Skip to main content", "You May Also Like", comment forms,
    newsletter boxes, "This content originally appeared on …", bylines "Posted on …",
    "by | Jun 11, 2025 | World", temperature widgets "73.2 F New York", "Video Duration …",
    "INTERACTIVE …", "Follow us on …", site-name lines, category labels such as "World"
    or "Europe News"), a block mostly in a non-Latin script (see `is_foreign_script`),
    or a block of at most two characters or without a letter or digit ("•••", "Â"), or a
    bare date ("20 Nov 2024", "Wednesday, November 20, 2024 06:12 GMT").
    """
    if len(text) > MAX_FURNITURE_LENGTH:
        return None
    if len(text) <= 2 or not any(char.isalnum() for char in text):
        # "•••", "***", a lone "Â" left by mojibake: nothing an event could say.
        return "no-text"
    for reason, pattern in _CLUTTER:
        if pattern.fullmatch(text):
            return reason
    if is_foreign_script(text):
        return "foreign-language"
    return None
