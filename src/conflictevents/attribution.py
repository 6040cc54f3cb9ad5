"""Claim attribution: who each claim of an event is attributed to, and through what.

An event such as "…, Kremlin spokesman Dmitry Peskov told Russia’s state news agency
TASS" carries one [`Attribution`][conflictevents.Attribution]: the *source* is who the
claim comes from (Dmitry Peskov, role "Kremlin spokesman"), the *via* is how it reached
the brief (TASS). [`extract_attributions`][conflictevents.attribution.extract_attributions]
finds them with a token scan around cue words ("said", "according to", "told",
"reported", "citing" …) and names the sources through a
[`SourceRegistry`][conflictevents.attribution.SourceRegistry] whose entries are data
(`conflictevents/data/sources.json`).

Examples:
    >>> from conflictevents.attribution import extract_attributions
    >>> text = "Two drones were downed overnight, Russia’s Defence Ministry said on Telegram."
    >>> [(a.source, str(a.kind), a.country, a.via) for a in extract_attributions(text)]
    [('Russian Ministry of Defence', 'government', 'RU', ('Telegram',))]

Added in 0.1.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources

import attrs

from conflictevents._attribution_cues import Cues, default_cues
from conflictevents._attribution_text import Token, key_tokens, quoted_mask, tokenize
from conflictevents.errors import ValidationError
from conflictevents.model import Attribution, SourceKind

__all__ = [
    "AttributionContext",
    "SourceEntry",
    "SourceRegistry",
    "default_registry",
    "extract_attributions",
]


# ---------------------------------------------------------------------------------------
# The registry


def _country_code(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and (len(value) != 2 or not value.isascii() or not value.isupper()):
        raise ValidationError.single(
            "$.country", "country", f"expected an ISO 3166 alpha-2 code, got {value!r}"
        )


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _is_person(entry: SourceEntry) -> bool:
    return entry.kind is SourceKind.OFFICIAL


@attrs.frozen(kw_only=True)
class SourceEntry:
    """One canonical source: a person, an institution, an outlet or a channel.

    Attributes:
        name: the canonical name written into [`Attribution.source`][conflictevents.Attribution].
        kind: the kind of source.
        country: ISO 3166-1 alpha-2 code, or `None` (international bodies, platforms).
        aliases: other spellings that mean this source ("Russia’s Defence Ministry").
            Case, apostrophes, "the", possessives and known transliteration variants are
            normalised before lookup, so list only real differences.
        roles: titles printed before a person's name ("Kremlin spokesman"), for reference.
        person: whether the source is a person (their title becomes the role); defaults
            to `kind == official`.
        channel: whether this is a platform or an address format ("Telegram", "X",
            "video address"), which is only ever a `via`, never a source.

    Examples:
        >>> SourceEntry(name="Oleh Kiper", kind="official", country="UA", aliases=("Kiper",)).person
        True
    """

    name: str = attrs.field()
    kind: SourceKind = attrs.field(converter=SourceKind)
    country: str | None = attrs.field(default=None, validator=_country_code)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    person: bool = attrs.field(default=attrs.Factory(_is_person, takes_self=True))
    channel: bool = False

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value.strip():
            raise ValidationError.single(
                "$.name", "empty", f"expected a non-empty name, got {value!r}"
            )


class SourceRegistry:
    """Canonical sources, looked up by any of their spellings.

    Lookups normalise the name first (case, apostrophes, "the", possessives such as
    "Russia’s" → "russian", transliteration variants such as "Sergei" → "Sergey"), so
    "Russia’s Ministry of Defence" and "the Russian Ministry of Defence" find the same
    entry.

    Args:
        entries: the entries to start with; when two of them claim the same alias, the
            alias becomes ambiguous and is not used (a canonical name always wins).
        spellings: word → preferred spelling of that word (lower case).
        possessives: possessive word → the word that replaces it ("russia's" → "russian").
        countries: word → ISO alpha-2 code, used to guess the country of unknown sources.
        states: state name → ISO alpha-2 code: an unknown source that is exactly a state's
            name ("South Africa said") is that state's government.
        cues: the cue words the extractor reads ("said", "declined to comment"); the
            packaged `data/attribution_cues.json` when `None`.

    Attributes:
        cues: the cue words in use; extend them with
            [`add_cues`][conflictevents.attribution.SourceRegistry.add_cues].

    Examples:
        >>> registry = default_registry().copy()
        >>> registry.lookup("Russia’s Defence Ministry").name
        'Russian Ministry of Defence'
        >>> registry.lookup("Zelenskiy").name
        'Volodymyr Zelenskyy'
        >>> registry.add(SourceEntry(name="Kharkiv city council", kind="government",
        ...                          country="UA", aliases=("Kharkiv council",)))
        >>> registry.lookup("the Kharkiv council").country
        'UA'
    """

    def __init__(
        self,
        entries: Iterable[SourceEntry] = (),
        *,
        spellings: Mapping[str, str] | None = None,
        possessives: Mapping[str, str] | None = None,
        countries: Mapping[str, str] | None = None,
        states: Mapping[str, str] | None = None,
        cues: Cues | None = None,
    ) -> None:
        self.cues: Cues = cues if cues is not None else default_cues()
        self._spellings: dict[str, str] = dict(spellings or {})
        self._possessives: dict[str, str] = dict(possessives or {})
        self._countries: dict[str, str] = dict(countries or {})
        self._states: dict[str, str] = {
            " ".join(key_tokens(name, self._spellings, self._possessives)): code
            for name, code in (states or {}).items()
        }
        self._entries: dict[str, SourceEntry] = {}
        # key → entry, or None when two entries claim the key (ambiguous surnames).
        self._index: dict[str, SourceEntry | None] = {}
        self._canonical: set[str] = set()
        self._word_cache: dict[str, tuple[str, ...]] = {}
        self.max_words = 1
        for entry in entries:
            self._insert(entry, override=False)
        self._name_words = self._person_words()
        self._roles: dict[str, SourceEntry | None] | None = None
        self._alias_words: dict[str, frozenset[str]] = {}

    @classmethod
    def from_json(cls, document: str | bytes) -> SourceRegistry:
        """Build a registry from a JSON document shaped like the packaged `sources.json`.

        Args:
            document: JSON text with a `sources` list and optional `spellings`,
                `possessives`, `countries` and `states` objects, and an optional `cues`
                object shaped like the packaged `attribution_cues.json` whose words are
                added to the packaged ones.

        Returns:
            A new registry.

        Raises:
            ValidationError: when the document is not shaped as expected.
        """
        try:
            data = json.loads(document)
            entries = [
                SourceEntry(
                    name=item["name"],
                    kind=item["kind"],
                    country=item.get("country"),
                    aliases=item.get("aliases", ()),
                    roles=item.get("roles", ()),
                    person=item.get("person", item["kind"] == SourceKind.OFFICIAL),
                    channel=item.get("channel", False),
                )
                for item in data["sources"]
            ]
            cues = default_cues().extended(data["cues"]) if "cues" in data else None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValidationError.single(
                "$.sources", "registry", f"expected a source registry document, got {exc}"
            ) from exc
        return cls(
            entries,
            spellings=data.get("spellings"),
            possessives=data.get("possessives"),
            countries=data.get("countries"),
            states=data.get("states"),
            cues=cues,
        )

    def copy(self) -> SourceRegistry:
        """Return an independent copy, so that additions do not change the original."""
        clone = SourceRegistry(
            spellings=self._spellings,
            possessives=self._possessives,
            countries=self._countries,
            cues=self.cues,
        )
        clone._states = dict(self._states)
        clone._entries = dict(self._entries)
        clone._index = dict(self._index)
        clone._canonical = set(self._canonical)
        clone.max_words = self.max_words
        clone._name_words = set(self._name_words)
        return clone

    def by_role(self, key: str) -> SourceEntry | None:
        """The one person whose listed role has this normalised key, or `None`.

        "Ukraine’s president" names Volodymyr Zelenskyy when no other entry lists that
        role; a role two entries share ("Russian Defence Minister": Shoigu, then
        Belousov) names nobody, since the brief's date would have to decide.

        Args:
            key: a normalised key, as [`key`][conflictevents.attribution.SourceRegistry.key]
                returns.
        """
        if self._roles is None:
            roles: dict[str, SourceEntry | None] = {}
            for entry in self._entries.values():
                if not entry.person:
                    continue
                for role in entry.roles:
                    role_key = self.key(role)
                    # A bare title ("President") is everyone's: only qualified roles count.
                    if " " not in role_key:
                        continue
                    *place, title = role_key.split()
                    # "Kharkiv mayor" is also printed "mayor of Kharkiv".
                    for form in (role_key, f"{title} of {' '.join(place)}"):
                        held = roles.get(form, entry)
                        roles[form] = entry if held is entry else None
            self._roles = roles
        return self._roles.get(key)

    def alias_words(self, name: str) -> frozenset[str]:
        """The normalised words of every spelling of the entry called `name` (for anaphora).

        "The army added" refers back to the Israeli military because one of its aliases
        is "Israeli army", though its canonical name does not say "army".
        """
        words = self._alias_words.get(name)
        if words is None:
            entry = self._entries.get(name)
            spellings = (entry.name, *entry.aliases) if entry is not None else (name,)
            words = frozenset(word for alias in spellings for word in self.key(alias).split())
            self._alias_words[name] = words
        return words

    def add_cues(
        self,
        *,
        verbs: Iterable[str] = (),
        channel_verbs: Iterable[str] = (),
        phrases: Iterable[str] = (),
        secondary_phrases: Iterable[str] = (),
        finding_verbs: Iterable[str] = (),
    ) -> None:
        """Teach the extractor more cue words (on a copy: the default registry is shared).

        Args:
            verbs: speech verbs read wherever they stand ("lamented").
            channel_verbs: speech acts read only when their clause names a channel
                ("thanked … in his video address").
            phrases: cues of several words, read only when complete ("declined to
                comment").
            secondary_phrases: phrases that yield to a later attribution in their
                sentence ("called for").
            finding_verbs: verbs read after a document with an owner or before "that"
                ("a report by X found").

        Examples:
            >>> registry = default_registry().copy()
            >>> registry.add_cues(verbs=["lamented"])
            >>> [a.source for a in extract_attributions(
            ...     "Kallas lamented the delay.", registry=registry)]
            ['Kaja Kallas']
        """
        self.cues = self.cues.extended(
            {
                "verbs": list(verbs),
                "channel_verbs": list(channel_verbs),
                "phrases": list(phrases),
                "secondary_phrases": list(secondary_phrases),
                "finding_verbs": list(finding_verbs),
            }
        )

    def _person_words(self) -> set[str]:
        """Words of people's names that a lower-case translation may print ("oleh")."""
        words: set[str] = set()
        for entry in self._entries.values():
            if not entry.person:
                continue
            for alias in (entry.name, *entry.aliases):
                words.update(word for word in self.key(alias).split() if len(word) > 3)
        return words - _COMMON_WORDS

    def is_name_word(self, low: str) -> bool:
        """Whether a lower-case word is part of a known person's name ("syniehubov")."""
        if low in self._name_words:
            return True
        # "zelensky stated" in a lower-case translation: the word's normalised spelling.
        keys = self.word_keys(low)
        return len(keys) == 1 and keys[0] in self._name_words

    def add(self, entry: SourceEntry) -> None:
        """Add an entry, or replace the entry of the same name.

        Its name and aliases take precedence over any earlier entry's aliases, so users
        can override the packaged data.

        Args:
            entry: the entry to add.
        """
        self._insert(entry, override=True)
        self._roles = None
        self._alias_words.clear()
        if entry.person:
            self._name_words = self._person_words()

    def _insert(self, entry: SourceEntry, *, override: bool) -> None:
        old = self._entries.get(entry.name)
        if old is not None:
            for alias in (old.name, *old.aliases):
                if self._index.get(self.key(alias)) is old:
                    del self._index[self.key(alias)]
        self._entries[entry.name] = entry
        name_key = self.key(entry.name)
        self._canonical.add(name_key)
        for alias in (entry.name, *entry.aliases):
            key = self.key(alias)
            if not key:
                continue
            self.max_words = max(self.max_words, key.count(" ") + 1)
            held = self._index.get(key, entry)
            if override or key == name_key or held is None or held.name == entry.name:
                self._index[key] = entry
            elif key not in self._canonical:
                self._index[key] = None

    def key(self, name: str) -> str:
        """The normalised lookup key of a name ("Russia’s Ministry" → "russian ministry")."""
        return " ".join(key_tokens(name, self._spellings, self._possessives))

    def word_keys(self, word: str) -> tuple[str, ...]:
        """The normalised words of one written word (a possessive may map to a demonym)."""
        keys = self._word_cache.get(word)
        if keys is None:
            if len(self._word_cache) > 20_000:  # bounded: arbitrary input must not grow it forever
                self._word_cache.clear()
            keys = self._word_cache[word] = tuple(
                key_tokens(word, self._spellings, self._possessives)
            )
        return keys

    def lookup(self, name: str) -> SourceEntry | None:
        """Return the entry a name means, or `None` when unknown or ambiguous.

        Args:
            name: a name as written, with or without "the" and possessives.
        """
        return self.lookup_key(self.key(name))

    def lookup_key(self, key: str) -> SourceEntry | None:
        """Return the entry of an already normalised key, or `None`."""
        return self._index.get(key)

    def country_of(self, words: Iterable[str]) -> str | None:
        """Guess a country code from normalised words ("kharkiv", "south africa" …), or `None`."""
        listed = list(words)
        for index, word in enumerate(listed):
            pair = f"{word} {listed[index + 1]}" if index + 1 < len(listed) else ""
            code = self._states.get(pair) or self._countries.get(word) or self._states.get(word)
            if code is not None:
                return code
        return None

    def is_state(self, key: str) -> bool:
        """Whether a normalised key names a state that can speak ("south africa")."""
        return key in self._states

    def is_place(self, word: str) -> bool:
        """Whether a lower-case word is a country or place name ("kyiv", "russian").

        Words that are also common English words ("us", "turkey") are not.
        """
        return word in self._countries and word not in _COMMON_WORDS

    def __iter__(self) -> Iterator[SourceEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.lookup(name) is not None


def has_head(lows: Sequence[str]) -> bool:
    """Whether any word is a head noun (title, people, institution, organisation, media)."""
    return any(low in _HEADS for low in lows)


# Country keys that are also everyday lower-case words.
_COMMON_WORDS = frozenset({"us", "turkey", "china", "polish", "burns", "austin", "turk", "kirby"})


@functools.cache
def default_registry() -> SourceRegistry:
    """The registry shipped with the package, loaded once on first use.

    It is shared: to add entries without affecting other callers, add them to a
    [`copy`][conflictevents.attribution.SourceRegistry.copy] and pass that as
    `registry=`.
    """
    document = resources.files("conflictevents").joinpath("data/sources.json").read_bytes()
    return SourceRegistry.from_json(document)


# ---------------------------------------------------------------------------------------
# Vocabularies of the token scan. Lower-case words that may stand inside a source's name.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    """president minister spokesman spokeswoman spokesperson governor mayor chief head
    commander commissioner ombudsman adviser advisor aide secretary secretary-general envoy
    ambassador chancellor premier leader director chairman chairwoman speaker prosecutor
    general official representative lawmaker senator diplomat negotiator correspondent
    analyst expert president-elect commander-in-chief pm king pope"""
)
_PEOPLE = _words(
    """officials sources diplomats analysts experts witnesses residents lawmakers bloggers
    monitors activists investigators rescuers doctors medics soldiers people journalists
    correspondents governors observers volunteers reports source witness eyewitness
    resident soldier doctor medic volunteer activist journalist person insider commanders
    leaders ministers envoys negotiators mayors spokespeople representatives generals family
    relatives lawyer lawyers civilians"""
)
_INSTITUTIONS = _words(
    """ministry government administration military army forces force navy staff service
    services office council parliament committee police guard authorities authority command
    directorate department embassy presidency cabinet intelligence prosecutors court troops
    marines paratroopers
    commission assembly duma senate agency bank headquarters brigade battalion regiment
    corps division unit"""
)
_ORGANIZATIONS = _words(
    """group organisation organization institute watchdog ngo coalition tank fund company
    operator union alliance mission foundation charity association centre center
    observatory wing brigades movement party companies firms hospital groups"""
)
_MEDIA = _words(
    """newspaper outlet outlets media broadcaster television tv channel radio website
    magazine agencies paper tabloid blog portal"""
)
_MODIFIERS = _words(
    """state state-run state-owned news foreign defence defense interior energy emergency
    emergencies health security human rights nuclear regional local military national
    federal prime first deputy acting former top senior presidential air armed public
    private independent investigative press border grid think humanitarian international
    civil aviation unnamed anonymous informed two three four several many some other
    western separatist occupation installed appointed backed city district affairs
    consular justice finance economy economic trade transport infrastructure culture
    education communications counterintelligence special operations strategic naval
    parliamentary opposition rescue medical war power railway space monitoring refugee
    de facto russian-installed pro-russian pro-kremlin moscow-installed
    russian-appointed kremlin-installed central main telecom refugees children food
    development migration spy open-source policy sanctions provincial prisoner"""
)
_DOCUMENTS = _words(
    """statement report assessment update data figures estimate estimates tally count
    analysis study survey post message readout bulletin briefing summary documents
    document letter transcript information"""
)
_DOC_MODIFIERS = _words("evening morning daily latest nightly weekly new intelligence")
# Place words may end a phrase ("officials in the Kherson region") but never head a source.
_PLACES = _words(
    """region oblast province city area district town village capital north south east
    west"""
)
_HEADS = _TITLES | _PEOPLE | _INSTITUTIONS | _ORGANIZATIONS | _MEDIA
_NP_LOWER = _HEADS | _MODIFIERS | _PLACES
_ARTICLES = _words("the a an")
_DETERMINERS = _ARTICLES | _words("his her its their")
_CONNECTORS = _words("of for &")
# Lower-case parts of Arabic, German, Dutch … names, after a capitalised word.
_NAME_PARTICLE = re.compile(
    r"(?:al|el|ad|ash|as|at|az|an|ar)-[A-Z][^\W_]*(?:-[A-Za-z][^\W_]*)?"
    r"|von|van|der|den|de|bin|ibn|abu|al|el|da|di|du|dos|das|la|le"
)
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
_CAP_NAME_JOINERS = _words("without and on against to")
_CAP_STOP = _words(
    """the a an he she it they we i you this that these those which who what when where
    while but and or so yet also meanwhile however earlier later separately elsewhere
    additionally still then now today yesterday tonight on in at for from after before
    during since until by with without as if although though speaking writing asked
    according overnight there here his her its their our my some many several both
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december"""
)

# The cue verbs and phrases are data: conflictevents/data/attribution_cues.json.
_NOUN_LIKE_VERBS = _words("claims reports says")
_NOT_AFTER_NOUN = _words("of by from were are was is have had that")
_REPORTING = _words("reported reports cited quoted")
_TELLING = _words("told tells")
_AUXILIARIES = _words(
    """has have had also later earlier previously separately again then subsequently
    further recently had already repeatedly publicly reportedly officially formally firmly
    strongly flatly categorically initially swiftly immediately quickly jointly"""
)
# Participles between a subject and "in <place>" ("ministers meeting in Brussels said").
_PLACED = _words("meeting speaking gathered gathering based stationed serving fighting")
_PASSIVE = _words("was were been being is are be get got")
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_PRONOUNS = _words("he she it they")
_CITING = _words("citing quoting")
# Verbs of telling that take a person as object: "informed that" is a claim (translated
# wording), "informed his counterpart" is an act.
_OBJECT_VERBS = _words("informed informs")
_OBJECT_WORDS = _words("his her their its the a an him them me us you")
# "As stated by the ministry, …" (translated wording) reads like "according to".
_AS_BY_VERBS = _words("stated informed reported announced said noted")
_CARRIED = _words("cited quoted carried published reported relayed")
_SENTENCE_END = frozenset(".!?;")
_CONTRAST = _words("while but whereas although though however meanwhile")
_CLAUSE_OPENERS = _words("and where as")
_CLOSING = frozenset({",", "”", '"', "’"})

# Channels in the clause of a cue. Literal alternations and bounded repeats only.
_CHANNEL = re.compile(
    r"\b(?:on|via|through)\s+(?:(?:the|his|her|its|their|a|an)\s+)?"
    r"(?:(?:official|personal|social|media|messaging|networking|platform|app|channel|"
    r"account|page|site|sharing|video)\s+){0,4}"
    r"(?P<name>Telegram|X|Twitter|Facebook|Instagram|YouTube|TikTok|VKontakte|VK|"
    r"Truth Social|social media)(?![\w-])"
)
# "in a Telegram post", "in his Facebook statement": the platform named as an adjective.
_CHANNEL_POST = re.compile(
    r"\b[Ii]n\s+(?:a|an|his|her|its|their)\s+(?:(?:short|brief|separate|new|later|official)\s+)?"
    r"(?P<name>Telegram|Facebook|Instagram|X|Twitter|YouTube|TikTok|VKontakte|Truth Social)"
    r"\s+(?:post|message|statement|video|update)\b"
)
_ADDRESS = re.compile(
    r"\b[Ii]n\s+(?:a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:(?P<video>video)(?:\s+(?P<kind>address|message|speech|appeal))?"
    r"|(?P<bare>address|message|speech|appeal))\b"
)
_INTERVIEW = re.compile(
    r"\b(?:[Ss]peaking\s+(?:to|with)|[Ii]n\s+an?\s+(?:[\w-]+\s+)?interview\s+(?:with|on|to)"
    r"|[Ww]riting\s+in|telling)\s+"
)
# "said in a statement cited by Der Spiegel": the outlet that relayed the statement.
_CARRIED_BY = re.compile(r"\b(?:cited|quoted|carried|published|relayed)\s+by\s+")
_CHANNEL_WINDOW = 160


# ---------------------------------------------------------------------------------------
# The extractor


@attrs.frozen
class _Source:
    name: str
    kind: SourceKind
    country: str | None
    role: str | None
    person: bool
    words: frozenset[str]  # normalised words of name and role, for anaphora


@attrs.define
class AttributionContext:
    """What the extractor remembers across the events of one brief (for anaphora).

    Create one per brief and pass it to every
    [`extract_attributions`][conflictevents.attribution.extract_attributions] call of that
    brief, in published order, so that "the ministry said" in a later event finds the
    ministry named earlier.

    Examples:
        >>> context = AttributionContext()
        >>> first = "Kyiv was shelled, Russia’s Defence Ministry said."
        >>> later = "The ministry added that the strikes went on."
        >>> _ = extract_attributions(first, context=context)
        >>> [a.source for a in extract_attributions(later, context=context)]
        ['Russian Ministry of Defence']
    """

    _recent: list[_Source] = attrs.field(factory=list, init=False, repr=False)

    def _remember(self, source: _Source) -> None:
        """Note a source as the latest one named."""
        self._recent.append(source)
        del self._recent[:-32]  # anaphora reach back a few events, not the whole archive

    def _recent_sources(self) -> list[_Source]:
        """The sources named so far, most recent last."""
        return self._recent


@attrs.define
class _Raw:
    source: _Source
    start: int
    end: int
    via: list[str]
    weak: bool = False  # read from "… and said": yields to a later attribution
    leading: bool = False  # "X said <claim>": what follows in the sentence is X's claim


class _Scan:
    """One pass over one event text."""

    def __init__(self, text: str, registry: SourceRegistry, context: AttributionContext | None):
        self.text = text
        self.registry = registry
        self.context = context
        self.tokens = tokenize(text)
        self.by_start = {token.start: index for index, token in enumerate(self.tokens)}
        self.starts = [token.start for token in self.tokens]
        self.quoted = quoted_mask(self.tokens)
        self.cues = registry.cues
        self.found: list[_Raw] = []
        self._mentions: dict[bool, list[tuple[int, _Source]]] = {}
        self._mention_spans: list[tuple[int, int, _Source]] = []  # known names: start, end
        ends = []
        sentence_start = 0
        self.sentence_of: list[int] = []  # token → index of its sentence's first token
        for index, token in enumerate(self.tokens):
            self.sentence_of.append(sentence_start)
            if token.text in _SENTENCE_END:
                sentence_start = index + 1
                ends.append(index)
        self.sentence_ends = ends

    # -- token helpers -----------------------------------------------------------------

    def low(self, index: int) -> str:
        return self.tokens[index].lower if 0 <= index < len(self.tokens) else ""

    def sentence_end(self, index: int) -> int:
        """The index of the token that ends the sentence of token `index` (or past the end)."""
        position = bisect.bisect_left(self.sentence_ends, index)
        return (
            self.sentence_ends[position] if position < len(self.sentence_ends) else len(self.tokens)
        )

    def sentence_at(self, offset: int) -> int:
        """The sentence (as the index of its first token) of the token at or before `offset`."""
        index = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return self.sentence_of[index] if self.tokens else 0

    def np_word(self, token: Token, index: int) -> bool:
        low = token.lower
        if token.cap:
            if low in _CAP_NAME_JOINERS:
                # "Reporters Without Borders", "Doctors Without Borders": a capitalised
                # small word between capitalised words is part of a name.
                return self.cap_at(index - 1) and self.cap_at(index + 1)
            # An acronym is a name even when it spells a small word: "The WHO said". Not
            # inside an all-capitals line, where every small word looks like one.
            return low not in _CAP_STOP or (
                len(low) > 2
                and token.text.isupper()
                and not self.upper_at(index - 1)
                and not self.upper_at(index + 1)
            )
        if self.registry.is_place(low):
            return True  # "kyiv said": machine translation drops capitals of names
        if _NAME_PARTICLE.fullmatch(token.text):
            if "-" in low and self.cap_at(index + 1):
                return True  # "at al-Aqsa Hospital": a hyphenated particle opens a name
            return self.cap_at(index - 1)  # "Mai al-Kaila", "Ursula von der Leyen"
        if _ORDINAL.fullmatch(low):
            return True  # "a spokesman for Ukraine’s 24th brigade"
        if low == "to" and self.cap_at(index - 1) and self.cap_at(index + 1):
            return True  # "Committee to Protect Journalists"
        if self.registry.is_name_word(low) and (
            self.registry.is_name_word(self.low(index - 1))
            or self.registry.is_name_word(self.low(index + 1))
        ):
            return True  # "oleh syniehubov said": a lower-case full name of a known person
        if (
            self.registry.is_name_word(low)
            and self.sentence_of[index] == index
            and self.low(index + 1) in self.cues.every
        ):
            return True  # "zelensky stated …" opening a lower-case translated sentence
        if low in _NP_LOWER:
            return True
        # a lower-case possessive of an NP word ("the ministry’s"), or a hyphenated
        # compound made of NP words ("state-run", "Russian-installed")
        base = low[:-2] if low.endswith("'s") else low
        if base in _NP_LOWER or (base != low and self.registry.is_place(base)):
            return True  # "the ministry’s", and "kyiv’s" from a lower-case translation
        if "-" in low:
            return all(part in _NP_LOWER for part in low.split("-"))
        return False

    def backward_np(self, last: int) -> tuple[int, int] | None:
        """The noun phrase ending at token `last` (inclusive), scanning leftwards."""
        index = last
        start = last + 1
        while index >= 0 and last - index < 14:
            token = self.tokens[index]
            low = token.lower
            if token.text == ")":
                opening = index - 1
                while opening >= 0 and index - opening < 6 and self.tokens[opening].text != "(":
                    opening -= 1
                if opening < 0 or self.tokens[opening].text != "(" or start != index + 1:
                    break
                index = opening - 1
                start = opening
                continue
            if low in _DETERMINERS:  # "the", "a", and "its" as in "while its mayor said"
                if self.low(index - 1) in _CONNECTORS:
                    start = index
                    index -= 1
                    continue
                start = index
                break
            if low in _CONNECTORS:
                if start <= last and self.np_word_at(index - 1):
                    index -= 1
                    continue
                break
            if not self.np_word(token, index):
                break
            start = index
            index -= 1
        return self.trim(start, last + 1)

    def np_word_at(self, index: int) -> bool:
        return 0 <= index < len(self.tokens) and self.np_word(self.tokens[index], index)

    def upper_at(self, index: int) -> bool:
        """Whether token `index` is a word of two or more capitals ("SAID", "UN")."""
        if not 0 <= index < len(self.tokens):
            return False
        text = self.tokens[index].text
        return len(text) > 1 and text.isupper()

    def cap_at(self, index: int) -> bool:
        return 0 <= index < len(self.tokens) and self.tokens[index].cap

    def forward_np(self, first: int, *, documents: bool = False) -> tuple[int, int] | None:
        """The noun phrase starting at token `first`, scanning rightwards."""
        index = first
        if self.low(index) in _DETERMINERS:
            index += 1
        while index < len(self.tokens) and index - first < 14:
            token = self.tokens[index]
            low = token.lower
            if token.text == "(" and index > first:
                closing = index + 1
                while closing < len(self.tokens) and closing - index < 6:
                    if self.tokens[closing].text == ")":
                        break
                    closing += 1
                if closing >= len(self.tokens) or self.tokens[closing].text != ")":
                    break
                index = closing + 1
                continue
            if low in _CONNECTORS or (low == "the" and self.low(index - 1) in _CONNECTORS):
                index += 1
                continue
            if documents and (low in _DOCUMENTS or low in _DOC_MODIFIERS):
                index += 1
                continue
            if low == "familiar" and index > first and self.low(index + 1) == "with":
                # "people familiar with the matter": one object word, then the phrase ends.
                index += 3 if self.low(index + 2) in _ARTICLES else 2
                index = min(index + 1, len(self.tokens))
                break
            if not self.np_word(token, index):
                break
            index += 1
        return self.trim(first, index)

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        while end > start and (
            self.low(end - 1) in _CONNECTORS or self.low(end - 1) in _DETERMINERS
        ):
            end -= 1
        while start < end and self.low(start) in _CONNECTORS:
            start += 1
        if start >= end:
            return None
        return start, end

    # -- resolution --------------------------------------------------------------------

    def resolve(
        self,
        span: tuple[int, int],
        *,
        event: list[_Raw] | None = None,
        known_only: bool = False,
        owner: bool = False,
    ) -> _Source | None:
        """Name the source of the noun phrase `span` (token indices, end exclusive)."""
        start, end = span
        indefinite = self.low(start) in ("a", "an")
        definite = self.low(start) in _DETERMINERS and not indefinite
        while start < end and self.low(start) in _DETERMINERS:
            start += 1
        if start >= end:
            return None
        # The head is the last word before any "(FSB)", or the word before "of", "for" or
        # "in" ("UN agency for Palestinian refugees", "officials in the Kherson region").
        place = next(
            (i for i in range(start + 1, end) if self.low(i) in ("in", "of", "for", "familiar")),
            end,
        )
        final = end - 1
        if self.tokens[final].text == ")":
            while final > start and self.tokens[final].text != "(":
                final -= 1
            final = max(final - 1, start)
        if not any(self.head_ok(self.tokens[index], owner) for index in {place - 1, final}):
            return None
        words: list[tuple[int, tuple[str, ...]]] = [
            (index, self.registry.word_keys(self.tokens[index].text))
            for index in range(start, end)
            if self.tokens[index].text not in ("(", ")")
        ]
        inside_brackets = self.bracketed(start, end)
        best: tuple[tuple[int, int, int], int, int, SourceEntry] | None = None
        limit = self.registry.max_words
        # Every window of words, longest and rightmost preferred, people before the rest.
        for first in range(len(words)):
            for second in range(first, min(len(words), first + limit + 2)):
                if words[second][0] in inside_brackets and second != first:
                    break
                key = " ".join(" ".join(keys) for _, keys in words[first : second + 1] if keys)
                entry = self.registry.lookup_key(key)
                if entry is None:
                    continue
                a, b = words[first][0], words[second][0] + 1
                full = a == start and b >= end - len(inside_brackets)
                if entry.channel:
                    if full:
                        return None  # "Telegram said": a channel is never a source
                    continue
                partial_ok = (
                    full
                    or entry.person
                    or entry.kind in (SourceKind.MEDIA, SourceKind.ORGANIZATION)
                    or self.tokens[a].text.isupper()
                    or b - a > 1
                )
                if not partial_ok:
                    continue
                trailing_heads = any(
                    self.head_word(self.tokens[index].lower)
                    for index in range(b, end)
                    if index not in inside_brackets
                )
                if trailing_heads and not (entry.kind is SourceKind.MEDIA and not entry.person):
                    continue
                score = (1 if entry.person else 0, b - a, b)
                if best is None or score > best[0]:
                    best = (score, a, b, entry)
        if best is not None:
            _, a, b, entry = best
            role = None
            if entry.person and a > start:
                role = self.text[self.tokens[start].start : self.tokens[a - 1].end].strip(" ,")
                role = role or None
            return self.make(entry.name, entry.kind, entry.country, role, person=entry.person)
        if not indefinite and end - start > 1:
            # "Ukraine’s president says": a qualified role only one known person holds.
            role_key = " ".join(" ".join(keys) for _, keys in words if keys)
            holder = self.registry.by_role(role_key)
            if holder is not None:
                role = self.text[self.tokens[start].start : self.tokens[end - 1].end]
                return self.make(holder.name, holder.kind, holder.country, role, person=True)
        if known_only:
            return None
        return self.unknown(start, end, definite=definite, indefinite=indefinite, event=event)

    def head_ok(self, head: Token, owner: bool = False) -> bool:
        """Whether a word can head a source's name (an owner's possessive only if `owner`)."""
        low = head.lower
        if low.endswith("'s"):
            if not owner:
                return False
            low = low[:-2]
        return (
            head.cap
            or _NAME_PARTICLE.fullmatch(head.text) is not None
            or self.head_word(low)
            or self.registry.is_place(low)
            or self.registry.is_name_word(low)
        )

    def bracketed(self, start: int, end: int) -> set[int]:
        inside: set[int] = set()
        depth = 0
        for index in range(start, end):
            text = self.tokens[index].text
            if text == "(":
                depth += 1
            elif text == ")":
                depth = max(depth - 1, 0)
            elif depth:
                inside.add(index)
        return inside

    @staticmethod
    def head_word(low: str) -> bool:
        return low in _HEADS

    def make(
        self,
        name: str,
        kind: SourceKind,
        country: str | None,
        role: str | None,
        *,
        person: bool,
    ) -> _Source:
        words = frozenset(self.registry.word_keys(name)) | frozenset(
            self.registry.word_keys(role or "")
        )
        if not person:
            # Heads of an institution's other spellings: "the army" after "the Israeli
            # military" (alias "Israeli army"). Only head words, so that "the Gaza …"
            # and other modifiers never pick an antecedent by themselves.
            words |= frozenset(
                word for word in self.registry.alias_words(name) if word in _INSTITUTIONS
            )
        return _Source(name=name, kind=kind, country=country, role=role, person=person, words=words)

    def named(self, name: str) -> _Source:
        """A source for a canonical or written name (for vias remembered as antecedents)."""
        entry = self.registry.lookup(name)
        if entry is not None:
            return self.make(entry.name, entry.kind, entry.country, None, person=entry.person)
        return self.make(name, SourceKind.MEDIA, None, None, person=False)

    def unknown(
        self,
        start: int,
        end: int,
        *,
        definite: bool,
        indefinite: bool,
        event: list[_Raw] | None,
    ) -> _Source | None:
        """A source the registry does not know: named as written, kind from its words."""
        tokens = self.tokens[start:end]
        lows = [token.lower for token in tokens]
        keys = [key for token in tokens for key in self.registry.word_keys(token.text)]
        country = self.registry.country_of(keys)
        # Written as printed, less an owner's "’s" ("the ministry’s figures" → "ministry").
        cut = 2 if lows[-1].endswith("'s") else 0
        lows = [*lows[:-1], lows[-1][: len(lows[-1]) - cut]]
        written = self.text[tokens[0].start : tokens[-1].end - cut]
        has_proper = any(
            token.cap
            and token.lower not in _HEADS
            and token.lower not in _MODIFIERS
            and token.lower not in ("un", "u.n")  # "the UN agency" is still anaphoric
            for token in tokens
        )
        if definite and country is None and not has_proper:
            earlier = self.antecedent(frozenset(keys), start, event)
            if earlier is not None:
                return earlier
        # A title followed by capitalised words: a person we do not know yet.
        last_title = max((i for i, low in enumerate(lows) if low in _TITLES), default=-1)
        if 0 <= last_title < len(tokens) - 1 and all(
            (token.cap or _NAME_PARTICLE.fullmatch(token.text)) and token.lower not in _HEADS
            for token in tokens[last_title + 1 :]
        ):
            name = self.text[tokens[last_title + 1].start : tokens[-1].end]
            role = self.text[tokens[0].start : tokens[last_title].end]
            return self.make(name, SourceKind.OFFICIAL, country, role, person=True)
        whole = " ".join(keys)
        if self.registry.is_state(whole):
            return self.make(written, SourceKind.GOVERNMENT, country, None, person=False)
        if len(keys) == 1 and country is not None and not has_head(lows):
            return None  # "a Ukrainian" is an adjective left over, not a source
        # "officials in the Kherson region", "people familiar with the talks": the kind
        # comes from the words before the qualifier.
        place = next(
            (i for i, low in enumerate(lows) if i and low in ("in", "familiar", "for", "of")),
            len(lows),
        )
        kind = self.infer_kind(lows[:place], indefinite=indefinite)
        person = kind is SourceKind.OFFICIAL
        return self.make(written, kind, country, written if person else None, person=person)

    @staticmethod
    def infer_kind(lows: Sequence[str], *, indefinite: bool) -> SourceKind:
        words = set(lows)
        news_agency = "news" in words and "agency" in words
        if words & {"un", "eu", "nato"} and lows[-1] in _INSTITUTIONS | _ORGANIZATIONS:
            return SourceKind.ORGANIZATION  # "a UN agency", "the EU mission"
        if lows[-1] in _INSTITUTIONS and not news_agency and lows[-1] not in _MEDIA:
            # The head decides: "Gaza’s government media office" is an office.
            return SourceKind.GOVERNMENT
        if words & _MEDIA or news_agency or lows[-1] == "news":
            return SourceKind.MEDIA
        if lows[-1] in _PEOPLE or (indefinite and lows[-1] in _TITLES):
            return SourceKind.UNNAMED
        if words & _TITLES:
            return SourceKind.OFFICIAL
        if words & _ORGANIZATIONS:
            return SourceKind.ORGANIZATION
        if words & _INSTITUTIONS:
            return SourceKind.GOVERNMENT
        return SourceKind.OTHER

    def antecedent(
        self, words: frozenset[str], before: int, event: list[_Raw] | None
    ) -> _Source | None:
        """The latest source named before token `before` that a definite phrase can mean.

        Candidates, oldest first: sources of earlier events (the context), sources
        attributed earlier in this event, then registry names mentioned earlier in this
        event ("The head of the UN nuclear watchdog … the agency said").
        """
        wanted = words - {"news"}
        # "the UN agency" after the IAEA: "UN" narrows to international organisations.
        un = "un" in wanted and len(wanted) > 1
        wanted -= {"un"} if un else set()
        media = bool(wanted & _MEDIA) or wanted <= {"agency"}
        offset = self.tokens[before].start if before < len(self.tokens) else len(self.text)
        # The latest few attributions of this event are enough to look back on.
        candidates = [raw.source for raw in (event or [])[-32:] if raw.start < offset]
        if self.context is not None:
            candidates = self.context._recent_sources() + candidates
        candidates += self.mentions(before, known_only=True)
        for source in reversed(candidates):
            if un and (source.kind is not SourceKind.ORGANIZATION or source.country is not None):
                continue
            if wanted and wanted <= source.words:
                return source
            if media and source.kind is SourceKind.MEDIA:
                return source
        return None

    def mentions(self, before: int, *, known_only: bool) -> list[_Source]:
        """Sources named (not necessarily quoted as saying anything) before token `before`."""
        every = self._mentions.get(known_only)
        if every is None:  # read once per event, however many anaphora ask
            every = self._mentions[known_only] = []
            position = 0
            while position < len(self.tokens):
                token = self.tokens[position]
                if not self.quoted[position] and (token.cap or token.lower in _HEADS):
                    span = self.forward_np(position)
                    if span is not None:
                        source = self.resolve(span, known_only=known_only)
                        if source is not None:
                            every.append((span[1], source))
                            if known_only:
                                self._mention_spans.append((span[0], span[1], source))
                        position = span[1]
                        continue
                position += 1
        return [source for end, source in every if end <= before]

    def pronoun(self, index: int, low: str) -> _Source | None:
        """Resolve "he"/"she" to the last person, "it" to the last institution, of this event."""
        want_person = low in ("he", "she")
        for raw in reversed(self.found):
            if raw.start < self.tokens[index].start and raw.source.person == want_person:
                return raw.source
        if not want_person:
            # "The Foreign Ministry summoned the envoy. It said …": the institution that
            # was the subject of an earlier sentence of this event.
            self.mentions(index, known_only=True)
            subjects = [
                source
                for start, end, source in self._mention_spans
                if end <= index
                and self.sentence_of[start] == start
                and not source.person
                and source.kind is not SourceKind.UNNAMED
            ]
            return subjects[-1] if subjects else None
        # A person named earlier in the event without an attribution of their own.
        people = [source for source in self.mentions(index, known_only=False) if source.person]
        return people[-1] if people else None

    # -- templates ---------------------------------------------------------------------

    def run(self) -> list[_Raw]:
        for index, token in enumerate(self.tokens):
            if self.quoted[index]:
                continue
            low = token.lower
            if low == "according" and self.low(index + 1) == "to":
                self.according(index)
            elif (
                low == "as" and self.low(index + 1) in _AS_BY_VERBS and self.low(index + 2) == "by"
            ):
                self.according(index + 1)  # "As stated by X, …": X from token index + 3
            elif low in self.cues.every:
                self.verb(index)
        # Linear passes, sentence by sentence: an event may be long and cue-dense.
        last_start: dict[int, int] = {}
        for raw in self.found:
            sentence = self.sentence_at(raw.start)
            last_start[sentence] = max(last_start.get(sentence, -1), raw.start)
        self.found = [
            raw
            for raw in self.found
            if not raw.weak or last_start[self.sentence_at(raw.start)] < raw.end
        ]
        # After the weak cues yielded: "X met Y and insists …, Reuters reported" is
        # Reuters' report (the seed brief), not X via Reuters.
        self.fold_outlets()
        claim_from: dict[int, int] = {}  # sentence → where the first "X said <claim>" claim starts
        kept = []
        for raw in sorted(self.found, key=lambda item: item.start):
            sentence = self.sentence_at(raw.start)
            opened = claim_from.get(sentence)
            if opened is None or not self.reported_inside(opened, raw):
                kept.append(raw)
            if raw.leading and (opened is None or raw.end < opened):
                claim_from[sentence] = raw.end
        self.found = kept
        return self.found

    def reported_inside(self, claim_start: int, raw: _Raw) -> bool:
        """Whether `raw` stands inside a claim that starts at `claim_start`.

        A claim is what follows "X said" in its sentence ("X said Y had told Z …"). Not
        when a contrast word opens its clause ("…, while Russia said"), nor when it closes
        the sentence ("…, the ministry said.").
        """
        if claim_start > raw.start or self.after_contrast(raw.start):
            return False
        following = bisect.bisect_left(self.starts, raw.end)
        return following < len(self.tokens) and self.tokens[following].text not in _SENTENCE_END

    def fold_outlets(self) -> None:
        """Make "X said …, Reuters reported" one attribution: X via Reuters.

        An outlet cited after another source in the same sentence, with no contrast word
        between them ("while", "but"), reports that source's claim rather than its own.
        """
        kept: list[_Raw] = []
        for raw in self.found:
            earlier = kept[-1] if kept else None
            if (
                earlier is not None
                and raw.source.kind is SourceKind.MEDIA
                and not raw.via
                and earlier.source.kind is not SourceKind.MEDIA
                and earlier.end <= raw.start
                and self.same_sentence(earlier.end, raw.start)
                and not self.after_contrast(raw.start)
            ):
                if raw.source.name not in earlier.via:
                    earlier.via.append(raw.source.name)
                continue
            kept.append(raw)
        self.found = kept

    def same_sentence(self, start: int, end: int) -> bool:
        """Whether no sentence end lies between two offsets (`start` ends a phrase)."""
        return self.sentence_at(max(start - 1, 0)) == self.sentence_at(end)

    def after_contrast(self, offset: int) -> bool:
        """Whether the phrase at `offset` opens a clause of its own.

        "…, while TASS said", "…, and Moscow said", "…, where the governor reported".
        """
        index = bisect.bisect_left(self.starts, offset) - 1
        while index >= 0 and self.tokens[index].text == ",":
            index -= 1
        if index < 0:
            return False
        low = self.tokens[index].lower
        return low in _CONTRAST or (low in _CLAUSE_OPENERS and self.low(index - 1) == ",")

    def add(
        self,
        source: _Source,
        start: int,
        end: int,
        via: Iterable[str],
        *,
        weak: bool = False,
        leading: bool = False,
    ) -> None:
        vias = [name for name in via if name != source.name]
        self.found.append(
            _Raw(source=source, start=start, end=end, via=vias, weak=weak, leading=leading)
        )

    def outlet(self, span: tuple[int, int] | None) -> str | None:
        """The canonical name of an outlet phrase, or `None` when it is not an outlet."""
        if span is None:
            return None
        source = self.resolve(span)
        if source is None or source.kind is not SourceKind.MEDIA:
            return None
        return source.name

    def outlet_person(
        self, span: tuple[int, int], subject: _Source | None
    ) -> tuple[_Source | None, list[str]]:
        """`Al Jazeera’s Nour Haddad`: a named journalist of an outlet speaks, via the outlet.

        Returns the person and the outlet as via, or `subject` and no via when the phrase
        is not an outlet's possessive followed by a capitalised name of two or more words
        ("Al Jazeera’s correspondent" stays the outlet's own report).
        """
        if subject is None or subject.kind is not SourceKind.MEDIA or subject.person:
            return subject, []
        start, end = span
        possessive = next(
            (i for i in range(start, end - 2) if self.low(i).endswith("'s")),
            None,
        )
        if possessive is None:
            return subject, []
        name = range(possessive + 1, end)
        if not all(
            (self.tokens[i].cap or _NAME_PARTICLE.fullmatch(self.tokens[i].text))
            and self.low(i) not in _HEADS
            and self.low(i) not in _MODIFIERS
            for i in name
        ):
            return subject, []
        outlet = self.resolve((start, possessive + 1), owner=True, known_only=True)
        if outlet is None or outlet.name != subject.name:
            return subject, []
        written = self.text[self.tokens[possessive + 1].start : self.tokens[end - 1].end]
        known = self.registry.lookup(written)
        if known is not None and known.person:
            person = self.make(known.name, known.kind, known.country, None, person=True)
        else:
            person = self.make(written, SourceKind.MEDIA, subject.country, None, person=True)
        return person, [subject.name]

    def according(self, index: int) -> None:
        """`according to [a|an|the] [X] [statement|report …] [from|by Y] [cited by Z]`."""
        span = self.forward_np(index + 2, documents=True)
        if span is None:
            return
        start, end = span
        via: list[str] = []
        np_end = end
        # Documents: "an FSB statement" → FSB; "a report from Reuters" → Reuters;
        # "Ukraine’s General Staff’s evening report" → Ukraine’s General Staff.
        while end > start and (
            self.low(end - 1) in _DOCUMENTS or self.low(end - 1) in _DOC_MODIFIERS
        ):
            end -= 1
        source_span: tuple[int, int] | None = (start, end) if end > start else None
        # "the ministry’s figures": the owner of the document is the source.
        owner = end < np_end and self.low(end - 1).endswith("'s")
        if end < np_end and self.low(np_end) in ("from", "by", "of"):
            inner = self.forward_np(np_end + 1)
            if inner is not None:
                source_span = inner
                np_end = inner[1]
        if source_span is not None and self.low(source_span[1]) == "in":
            # "according to the health ministry in Gaza": the place is part of a known name.
            place = self.forward_np(source_span[1] + 1)
            if place is not None:
                longer = (source_span[0], place[1])
                if self.resolve(longer, known_only=True) is not None:
                    source_span = longer
                    np_end = max(np_end, place[1])
        if source_span is None or self.only_determiners(source_span):
            # "X said …, according to a statement posted on its Telegram channel": no new
            # source, but the channel is how X's claim came out.
            self.attach_channel(index, np_end)
            return
        source = self.resolve(source_span, event=self.found, owner=owner)
        if source is None:
            return
        source, after = self.named_after(source_span, source, np_end)
        if (
            self.low(after) == ","
            and self.low(after + 1) in _CARRIED
            and self.low(after + 2) == "by"
            and self.outlet(self.forward_np(after + 3)) is not None
        ):
            after += 1  # "according to X, cited by TASS": the comma does not end the chain
        if self.low(after) in _CARRIED and self.low(after + 1) == "by":
            name = self.outlet(self.forward_np(after + 2))
            if name is not None:
                via.append(name)
                after = self.forward_np(after + 2)[1]  # type: ignore[index]
        elif self.low(after) == "," and self.low(after + 1) in _CITING:
            cited = self.forward_np(after + 2)
            if cited is not None and source.kind is SourceKind.MEDIA:
                inner_source = self.resolve(cited, event=self.found)
                if inner_source is not None:
                    via.append(source.name)
                    source = inner_source
                    after = cited[1]
        self.add(source, self.tokens[index].start, self.tokens[after - 1].end, via)

    def named_after(
        self, span: tuple[int, int], source: _Source, after: int
    ) -> tuple[_Source, int]:
        """`the head of the regional administration, Ivan Fedorov`: the name after a title.

        Returns the named person and the token after the name, or `source` and `after`
        unchanged when no name follows.
        """
        if not (source.person and source.role == source.name and self.low(after) == ","):
            return source, after
        if after + 1 >= len(self.tokens) or not self.tokens[after + 1].cap:
            return source, after
        name_span = self.forward_np(after + 1)
        if name_span is None or self.low(name_span[1]) not in ("", ".", ",", ";"):
            return source, after
        titled = self.titled_name(span, name_span, name_span[1] - 1)
        return titled[0], name_span[1]

    def attach_channel(self, index: int, after: int) -> None:
        """Give the previous attribution of this sentence the channels named after `after`."""
        if not self.found or after > len(self.tokens):
            return
        earlier = self.found[-1]
        if not self.same_sentence(earlier.end, self.tokens[index].start):
            return
        begin = self.tokens[after - 1].end
        stop = self.sentence_end(after)
        end = self.tokens[stop].start if stop < len(self.tokens) else len(self.text)
        for name, _, _ in self.platforms(begin, min(end, begin + _CHANNEL_WINDOW)):
            if name not in earlier.via:
                earlier.via.append(name)

    def platforms(self, begin: int, end: int) -> list[tuple[str, int, int]]:
        """Platforms named between two offsets ("on Telegram", "platform X"), canonical."""
        found = []
        for pattern in (_CHANNEL, _CHANNEL_POST):
            for match in pattern.finditer(self.text, begin, end):
                entry = self.registry.lookup(match.group("name"))
                name = entry.name if entry is not None else match.group("name")
                found.append((name, match.start(), match.end()))
        return sorted(found, key=lambda item: item[1])

    def only_determiners(self, span: tuple[int, int]) -> bool:
        return all(self.low(index) in _DETERMINERS for index in range(*span))

    def verb(self, index: int) -> None:
        """Read the verb at `index`: `X said`, `said X`, `X told Y`, `X reported, citing Y`."""
        low = self.tokens[index].lower
        following_low = self.low(index + 1)
        if low in _NOUN_LIKE_VERBS and (
            following_low in _NOT_AFTER_NOUN or following_low in self.cues.every
        ):
            return
        if low in _OBJECT_VERBS and (
            following_low in _OBJECT_WORDS or self.cap_at(index + 1) or following_low == "by"
        ):
            return  # "informed his Russian counterpart": an act with an object, no claim
        if self.low(index - 1) == "as" and following_low == "by":
            return  # "As stated by X": read as "according to X"
        if (
            low in _CARRIED
            and low != "reported"
            and following_low == "by"
            and self.low(index - 1) not in _PASSIVE
        ):
            return  # "a statement cited by TASS": a participle, read with its statement
        cues = self.cues
        verb_end = index + 1  # the token after the cue: "declined to comment" is three
        weak = False
        finding = needs_channel = False
        if low not in cues.verbs:
            tail = self.phrase_tail(index, cues.phrases)
            yielding = self.phrase_tail(index, cues.yielding)
            if tail:
                verb_end += tail
            elif yielding:
                verb_end += yielding
                weak = True  # "X called for …, the ministry said": the ministry's claim
            elif low in cues.channel:
                needs_channel = True  # "thanked … in his video address", not "thanked"
            elif low in cues.findings:
                finding = True
            else:
                return
        before = index - 1
        while before >= 0 and (
            self.low(before) in _AUXILIARIES
            or (self.low(before) in _WEEKDAYS and self.low(before - 1) == "on")
            or (self.low(before) == "on" and self.low(before + 1) in _WEEKDAYS)
        ):
            before -= 1
        if before < 0:
            return
        previous = self.tokens[before]
        if previous.lower in _PASSIVE:
            if low in ("quoted", "cited"):
                self.passive_quote(index, before)
            return
        subject: _Source | None = None
        subject_start = subject_end = -1
        role_override: str | None = None
        document = False  # the subject owns a document: "a report by X found"
        citing_at: int | None = None
        outlet_via: list[str] = []  # "Al Jazeera’s Nour Haddad said": the outlet relays
        if previous.lower in _PRONOUNS:
            subject = self.pronoun(before, previous.lower)
            subject_start, subject_end = before, before + 1
        elif previous.text == "who" and self.low(before - 1) == ",":
            span = self.backward_np(before - 2)
            if span is not None:
                subject = self.resolve(span, event=self.found)
                subject_start, subject_end = span[0], before + 1
        elif previous.lower == "and":
            # "X met Y in Paris and said …": the sentence's subject speaks. Only a subject
            # that names a source counts, and the merge folds it into X's own record.
            sentence = self.sentence_of[before]
            span = self.forward_np(sentence)
            if span is not None and span[1] <= before:
                subject = self.resolve(span, event=self.found)
                subject_start, subject_end = span[0], span[1]
                weak = True
        elif previous.text == "," and self.reporting_from(before) is not None:
            # "Al Jazeera’s correspondent, reporting from Kyiv, said"; "Zelenskyy, speaking
            # in Kyiv, said"
            opening = self.reporting_from(before)
            assert opening is not None
            if self.low(opening + 1) in _CITING:
                citing_at = opening + 1  # "TASS, citing the ministry, said"
            span = self.backward_np(opening - 1)
            if span is not None:
                subject = self.resolve(span, event=self.found)
                subject_start, subject_end = span[0], verb_end
                subject, outlet_via = self.outlet_person(span, subject)
        elif previous.lower in _DOCUMENTS and not previous.cap:
            # "the ministry’s statement said", "a UN report found": the owner speaks.
            owner = before
            while owner >= 0 and (
                self.low(owner) in _DOCUMENTS or self.low(owner) in _DOC_MODIFIERS
            ):
                owner -= 1
            span = self.backward_np(owner) if owner >= 0 else None
            if span is not None:
                # An owner is a known name or a possessive: in "Official figures showed"
                # the capitalised word is an adjective, not a source.
                possessive = self.low(span[1] - 1).endswith("'s")
                subject = self.resolve(
                    span, event=self.found, owner=True, known_only=not possessive
                )
                subject_start, subject_end = span[0], verb_end
                document = True
        elif previous.text in _CLOSING:
            inverted = self.inverted(index)
            if inverted is not None:
                subject, subject_start, subject_end = inverted
            elif previous.text == ",":
                apposition = self.apposition(before)
                if apposition is not None:
                    subject, subject_start, subject_end, role_override = apposition
        else:
            span = self.backward_np(before)
            if span is not None and self.low(span[0] - 1) == "in":
                # "officials in the Kherson region said": the place belongs to the subject.
                outer = self.backward_np(span[0] - 2)
                if outer is not None and self.low(outer[1] - 1) in _HEADS:
                    span = (outer[0], span[1])
                elif self.low(span[0] - 2) in _PLACED:
                    # "EU foreign ministers meeting in Brussels said": the people speak,
                    # not the place.
                    outer = self.backward_np(span[0] - 3)
                    if outer is not None and self.low(outer[1] - 1) in _HEADS:
                        span = outer
            if span is not None and self.low(span[0] - 1) == "at":
                # "Doctors at Nasser Hospital said": the people at the place speak.
                outer = self.backward_np(span[0] - 2)
                if outer is not None and self.low(outer[1] - 1) in _PEOPLE:
                    span = (outer[0], span[1])
            if span is not None:
                subject = self.resolve(span, event=self.found)
                subject_start, subject_end = span[0], verb_end
                subject, outlet_via = self.outlet_person(span, subject)
                opening = self.document_before(span[0])
                if opening is not None:  # "a report by Amnesty International found"
                    subject_start, document = opening, True
        if subject is None:
            return
        if finding and not document and self.low(verb_end) != "that":
            return  # "police found the car": an action, not a finding
        if role_override is not None and subject.person:
            subject = attrs.evolve(subject, role=role_override)
        start_token = min(subject_start, index)
        end_token = max(subject_end, verb_end)
        via: list[str] = list(outlet_via)
        source = subject
        after = end_token
        # "X reported, citing Y" / "X said quoting Y": Y is the source when X is an outlet.
        comma = 1 if self.low(after) == "," else 0
        if citing_at is None and self.low(after + comma) in _CITING:
            citing_at = after + comma
        elif (
            citing_at is None
            and self.low(after + comma) == "with"
            and self.low(after + comma + 1) == "reference"
            and self.low(after + comma + 2) == "to"
        ):
            citing_at = after + comma + 2  # "reported with reference to": translated "citing"
        if citing_at is not None and subject.kind is SourceKind.MEDIA:
            cited = self.forward_np(citing_at + 1)
            cited_source = self.resolve(cited, event=self.found) if cited else None
            if cited is not None and cited_source is not None:
                via.append(subject.name)
                source = cited_source
                end_token = after = max(after, cited[1])
        elif low in _REPORTING and subject.kind is SourceKind.MEDIA:
            # "TASS reported the ministry as saying" / "Interfax cited officials as saying"
            quoted = self.forward_np(after)
            if (
                quoted is not None
                and self.low(quoted[1]) == "as"
                and self.low(quoted[1] + 1) == "saying"
            ):
                quoted_source = self.resolve(quoted, event=self.found)
                if quoted_source is not None:
                    via.append(subject.name)
                    source = quoted_source
                    end_token = after = quoted[1] + 2
        elif low in _TELLING:
            told = self.forward_np(after)
            name = self.outlet(told)
            if name is not None and told is not None:
                via.append(name)
                end_token = after = told[1]
        channel = self.channels(start_token, after)
        if channel is not None:
            names, first, last = channel
            via.extend(name for name in names if name not in via)
            start_offset = min(self.tokens[start_token].start, first)
            end_offset = max(self.tokens[end_token - 1].end, last)
        else:
            if needs_channel:
                return
            start_offset = self.tokens[start_token].start
            end_offset = self.tokens[end_token - 1].end
        following = self.low(after)
        leading = subject_end <= verb_end and following not in ("", ",", ";", ".", "”", '"')
        self.add(source, start_offset, end_offset, via, weak=weak, leading=leading)

    def phrase_tail(self, index: int, table: Mapping[str, tuple[tuple[str, ...], ...]]) -> int:
        """How many words after token `index` complete a cue phrase ("to comment"), or 0."""
        for tail in table.get(self.tokens[index].lower, ()):
            if all(self.low(index + 1 + k) == word for k, word in enumerate(tail)):
                return len(tail)
        return 0

    def document_before(self, start: int) -> int | None:
        """The first token of "a report by" before a subject starting at `start`, or `None`."""
        if self.low(start - 1) not in ("by", "from"):
            return None
        index = start - 2
        if self.low(index) not in _DOCUMENTS:
            return None
        while index > 0 and (
            self.low(index - 1) in _DOCUMENTS
            or self.low(index - 1) in _DOC_MODIFIERS
            or self.low(index - 1) in _DETERMINERS
        ):
            index -= 1
            if self.low(index) in _DETERMINERS:
                break
        return index

    def passive_quote(self, index: int, before: int) -> None:
        """`X was quoted by Y as saying` / `X was cited as saying by Y`: X via Y."""
        auxiliary = before
        while auxiliary > 0 and self.low(auxiliary - 1) in _PASSIVE | _AUXILIARIES:
            auxiliary -= 1
        span = self.backward_np(auxiliary - 1)
        if span is None:
            return
        subject = self.resolve(span, event=self.found)
        if subject is None:
            return
        after = index + 1
        via: list[str] = []
        saying = False
        for _ in range(2):  # "by Y as saying" or "as saying by Y"
            if self.low(after) == "by":
                outlet_span = self.forward_np(after + 1)
                name = self.outlet(outlet_span)
                if name is None or outlet_span is None:
                    break
                via.append(name)
                after = outlet_span[1]
            elif self.low(after) == "as" and self.low(after + 1) == "saying":
                saying = True
                after += 2
            else:
                break
        if not saying:
            return
        self.add(subject, self.tokens[span[0]].start, self.tokens[after - 1].end, via)

    def reporting_from(self, comma: int) -> int | None:
        """The comma opening `, reporting from <place>,` (any participle) that ends at `comma`."""
        index = comma - 1
        while index > 1 and comma - index < 8 and self.tokens[index].text != ",":
            index -= 1
        if self.tokens[index].text == "," and self.low(index + 1).endswith("ing"):
            return index
        if (
            self.tokens[index].text == ","
            and self.low(index + 1) == "in"
            and self.low(index + 2) in _DETERMINERS
            and _ADDRESS.match(self.text, self.tokens[index + 1].start) is not None
        ):
            return index  # "Zelenskyy, in a video address overnight, says"
        return None

    def inverted(self, index: int) -> tuple[_Source, int, int] | None:
        """`“…,” said X.`: the speaker follows the verb and ends the clause."""
        span = self.forward_np(index + 1)
        if span is None:
            return None
        follower = self.low(span[1])
        if follower and follower not in (".", ",", ";", ":", "!", "?", "in", "on"):
            return None
        source = self.resolve(span, event=self.found)
        if source is None:
            return None
        source, end = self.named_after(span, source, span[1])
        return source, span[0], end

    def apposition(self, comma: int) -> tuple[_Source, int, int, str] | None:
        """`X, the Kremlin spokesman, said`: the role stands between commas after the name."""
        role_span = self.backward_np(comma - 1)
        if role_span is None or self.low(role_span[0] - 1) != ",":
            role_span = self.long_role(comma)
        if role_span is None:
            return None
        if self.low(role_span[0]) not in _ARTICLES and not self.tokens[role_span[0]].cap:
            return None
        name_span = self.backward_np(role_span[0] - 2)
        if name_span is None:
            return None
        name_span = self.title_reach(name_span)
        titled = any(self.low(index) in _TITLES for index in range(*name_span))
        if titled and all(self.tokens[index].cap for index in range(role_span[0], role_span[1])):
            # "Ukraine’s energy minister, Svitlana Hrynchuk, said": title first, then name.
            return self.titled_name(name_span, role_span, comma)
        # "ISW, a US-based think tank, said": a known institution takes an apposition too.
        source = self.resolve(name_span, event=self.found, known_only=True)
        first = role_span[0] + (1 if self.low(role_span[0]) in _ARTICLES else 0)
        role = self.text[self.tokens[first].start : self.tokens[role_span[1] - 1].end]
        if source is None:
            source = self.resolve(name_span, event=self.found)
            if (
                source is not None
                and not source.person
                and self.is_titled_name(name_span, role_span)
            ):
                # "Abu Obeida, the spokesman for the Qassam Brigades, said": a name we
                # do not know, made a person by the title beside it.
                keys = [
                    key
                    for token in self.tokens[role_span[0] : role_span[1]]
                    for key in self.registry.word_keys(token.text)
                ]
                source = self.make(
                    source.name,
                    SourceKind.OFFICIAL,
                    self.registry.country_of(keys),
                    role,
                    person=True,
                )
            if source is None or not source.person:
                return None
        return source, name_span[0], comma + 2, role

    def title_reach(self, span: tuple[int, int]) -> tuple[int, int]:
        """Reach back over "to"/"at" to a title: "Russia’s ambassador to the UN", not "UN"."""
        start = span[0]
        for _ in range(2):  # bounded: a title has at most a couple of such links
            if self.low(start - 1) not in ("to", "at"):
                break
            outer = self.backward_np(start - 2)
            if outer is None or not any(self.low(i) in _TITLES for i in range(*outer)):
                break
            start = outer[0]
        return start, span[1]

    def is_titled_name(self, name_span: tuple[int, int], role_span: tuple[int, int]) -> bool:
        """Whether `name_span` looks like a person's name and `role_span` holds a title."""
        start, end = name_span
        while start < end and self.low(start) in _DETERMINERS:
            start += 1
        return (
            0 < end - start <= 4
            and all(
                (token.cap or _NAME_PARTICLE.fullmatch(token.text)) and token.lower not in _HEADS
                for token in self.tokens[start:end]
            )
            and any(self.low(index) in _TITLES for index in range(*role_span))
        )

    def long_role(self, comma: int) -> tuple[int, int] | None:
        """A role between commas too long for a noun phrase, as the span of its words.

        "Denis Pushilin, the Russia-installed leader of occupied parts of Donetsk, said":
        up to 16 words opened by an article, holding a title and no cue, quote or
        sentence end. Only a person's name may stand before it (checked by the caller).
        """
        index = comma - 1
        while index > 0 and comma - index <= 16:
            token = self.tokens[index]
            if token.text == ",":
                break
            if (
                token.text in _SENTENCE_END
                or self.quoted[index]
                or token.lower in self.cues.every
                or token.lower in _PRONOUNS
                or token.lower in ("who", "which", "that")
            ):
                return None
            index -= 1
        if self.tokens[index].text != "," or self.low(index + 1) not in _ARTICLES:
            return None
        if not any(self.low(inner) in _TITLES for inner in range(index + 1, comma)):
            return None
        return index + 1, comma

    def titled_name(
        self, title_span: tuple[int, int], name_span: tuple[int, int], comma: int
    ) -> tuple[_Source, int, int, str]:
        """The person of `Title, Name,`: the registry's entry, or the name as written."""
        first = title_span[0] + (1 if self.low(title_span[0]) in _DETERMINERS else 0)
        role = self.text[self.tokens[first].start : self.tokens[title_span[1] - 1].end]
        source = self.resolve(name_span, event=self.found)
        if source is None or not source.person:
            keys = [
                key
                for token in self.tokens[first : title_span[1]]
                for key in self.registry.word_keys(token.text)
            ]
            name = self.text[self.tokens[name_span[0]].start : self.tokens[name_span[1] - 1].end]
            country = self.registry.country_of(keys)
            source = self.make(name, SourceKind.OFFICIAL, country, role, person=True)
        elif source.role is None:
            source = attrs.evolve(source, role=role)
        return source, title_span[0], comma + 2, role

    def channels(self, start_token: int, after: int) -> tuple[list[str], int, int] | None:
        """Channels and interviews in the cue's clause: after the verb, or leading the sentence."""
        windows: list[tuple[int, int]] = []
        if after < len(self.tokens):
            begin = self.tokens[after - 1].end
            stop = self.sentence_end(after)
            limit = self.tokens[stop].start if stop < len(self.tokens) else len(self.text)
            limit = min(limit, begin + _CHANNEL_WINDOW)
            for index in range(after, min(stop, len(self.tokens))):
                if self.tokens[index].start >= limit:
                    break
                if (
                    self.tokens[index].lower in self.cues.every
                    and not (self.tokens[index].lower in _CARRIED and self.low(index + 1) == "by")
                    # "in a video posted on X": a participle of the channel, not a new cue
                    and not (self.low(index - 1) in _DOCUMENTS or self.low(index - 1) == "video")
                ) or (self.tokens[index].lower == "according" and self.low(index + 1) == "to"):
                    limit = self.tokens[index].start
                    break
            windows.append((begin, min(limit, begin + _CHANNEL_WINDOW)))
        # A leading phrase ("Speaking to CNN, X said") belongs to this cue only when it
        # ends with a comma right before the subject and no earlier cue claimed it.
        sentence = self.sentence_of[start_token]
        if self.found and self.found[-1].end > self.tokens[sentence].start:
            sentence = bisect.bisect_left(self.starts, self.found[-1].end)
        if sentence < start_token and self.low(start_token - 1) == ",":
            windows.append((self.tokens[sentence].start, self.tokens[start_token].start))
        if start_token + 1 < after:
            # "Syniehubov, writing on Telegram, said": a channel between subject and verb.
            windows.append((self.tokens[start_token].end, self.tokens[after - 1].end))
        found: list[tuple[int, str]] = []  # (offset, name): vias in order of the text
        first = len(self.text)
        last = 0
        for begin, end in windows:
            for name, start, stop in self.platforms(begin, end):
                found.append((start, name))
                first, last = min(first, start), max(last, stop)
            for match in _ADDRESS.finditer(self.text, begin, end):
                kind = match.group("kind") or match.group("bare")
                if match.group("video") is None and kind != "address":
                    continue  # "in a speech": not a channel of its own
                # "in his nightly address" is a video address, "in a video" a video.
                if kind is None:
                    wanted = "video"
                else:
                    wanted = "video address" if kind in ("address", "speech") else "video message"
                entry = self.registry.lookup(wanted)
                found.append((match.start(), entry.name if entry is not None else wanted))
                first, last = min(first, match.start()), max(last, match.end())
            outlet_matches = itertools.chain(
                _CARRIED_BY.finditer(self.text, begin, end),
                _INTERVIEW.finditer(self.text, begin, end),
            )
            for match in outlet_matches:
                token = self.by_start.get(match.end())
                span = self.forward_np(token) if token is not None else None
                outlet = self.outlet(span)
                if outlet is not None and span is not None:
                    found.append((match.start(), outlet))
                    first = min(first, match.start())
                    last = max(last, self.tokens[span[1] - 1].end)
        if not found:
            return None
        names: list[str] = []
        for _, name in sorted(found):
            if name not in names:
                names.append(name)
        return names, first, last


def _merge(found: list[_Raw], text: str) -> tuple[Attribution, ...]:
    """One record per source and event: the first phrase, the vias of all mentions."""
    by_name: dict[str, _Raw] = {}
    order: list[_Raw] = []
    # The tightest phrase of a source wins; one read from "… and said" comes last.
    for raw in sorted(found, key=lambda item: (item.start, item.weak, item.end)):
        held = by_name.get(raw.source.name)
        if held is None:
            copy = _Raw(source=raw.source, start=raw.start, end=raw.end, via=list(raw.via))
            by_name[raw.source.name] = copy
            order.append(copy)
            continue
        if held.source.role is None and raw.source.role is not None:
            held.source = raw.source
        held.via.extend(name for name in raw.via if name not in held.via)
    return tuple(
        Attribution(
            source=raw.source.name,
            kind=raw.source.kind,
            country=raw.source.country,
            role=raw.source.role,
            via=tuple(raw.via),
            phrase=text[raw.start : raw.end],
            span=(raw.start, raw.end),
        )
        for raw in order
    )


def extract_attributions(
    text: str,
    *,
    context: AttributionContext | None = None,
    registry: SourceRegistry | None = None,
) -> tuple[Attribution, ...]:
    """Return the attributions of an event text, in order of appearance.

    Each [`Attribution`][conflictevents.Attribution] names who a claim comes from
    (`source`, canonical where the registry knows it, as written otherwise) and the
    outlets and channels it came through (`via`); its `span` locates the words that
    carry it, so that `text[start:end] == phrase`. Several mentions of one source in an
    event make one record. An event without any attribution gives `()`: the extractor
    never guesses a source from a bare mention.

    Args:
        text: the event text, as published.
        context: the brief's [`AttributionContext`][conflictevents.attribution.AttributionContext],
            so that "the ministry said" can refer to an earlier event; `None` resolves
            anaphora inside this event only.
        registry: the source registry; the packaged
            [`default_registry`][conflictevents.attribution.default_registry] when `None`.

    Returns:
        The attributions, ordered by where their phrase starts.

    Examples:
        >>> text = ("Kyiv will get more air defence, The Associated Press news agency "
        ...         "reported quoting US officials.")
        >>> [(a.source, str(a.kind), a.via) for a in extract_attributions(text)]
        [('US officials', 'unnamed', ('Associated Press',))]
    """
    scan = _Scan(text, registry if registry is not None else default_registry(), context)
    records = _merge(scan.run(), text)
    if context is not None:
        for raw in sorted(scan.found, key=lambda item: item.start):
            # Outlets that relayed a claim are named too: "the news outlet added" in the
            # next event means the outlet, not the source it quoted.
            for name in raw.via:
                context._remember(scan.named(name))
            context._remember(raw.source)
    return records
