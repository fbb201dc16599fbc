"""Claims: what each statement asserts, keyed so that claims about the same thing meet.

:func:`claims_of` turns an analysed :class:`~factcheck.model.Document` into
:class:`~factcheck.model.Claim` objects of three kinds:

- **quantity**: a figure and what it counts. The key holds what is counted (an outcome from
  ``data/claim_words.tsv``: "killed", "deaths", "dead", "the death toll" are all ``dead``;
  with the head noun: "12 people" / "killed 12" count ``people``, "12 civilians" count
  ``civilian``), the event ("blast", "explosion" and "bombing" are one) and the place ("in
  Kabul", "the city of Bursa", the dateline) when the sentence or the article gives them, and
  the time window (the statement's own time, or else the day of publication). A figure with no
  outcome word is kept only with a named holder and its verb ("Trump has 739 delegates": holder
  ``trump``, verb ``have``), since "739 delegates" alone could be anyone's.
- **date**: an event dated to one day in the past tense ("the ceasefire took effect on
  Sunday"); the key holds the event, its verb, the place and the day of publication, and the
  value is the day.
- **proposition**: what a source says or denies, or the publisher says in its own voice; the
  key is the set of its content words, stemmed, without function words and negations, so that
  "soldiers fired on protesters" and "denied that soldiers fired on protesters" meet; the
  polarity says whether it is asserted or denied ("denied", "rejected claims that", an odd
  number of "not"s).

Claims are made only of what a statement asserts: not of questions, hypotheses ("if", "could")
or forecasts ("will hire 500"), nor of what is said with less than probable certainty. Every
word list is in ``data/claim_words.tsv`` (and the closed-class words of
``function_words.tsv``); every regular expression here is linear.

The key is a plain string, so claims can be grouped by key anywhere (a dict, a Dask shuffle):
see :mod:`factcheck.conflicts`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from .lexicon import Lexicon, LexiconError, _rows
from .measure_lexicon import MeasureLexicon, trie_pattern
from .model import (
    Attribution,
    Certainty,
    Claim,
    ClaimKind,
    Document,
    Mode,
    Polarity,
    Quantity,
    Role,
    SourceKind,
    Span,
    Statement,
    TimeKind,
    TimeRef,
)

CLAIM_WORDS_FILE = "claim_words.tsv"  #: the word lists' file name in ``factcheck/data/``
KEY_SEPARATOR = "|"  #: joins the parts of a key
ASSERTED = frozenset({Certainty.CERTAIN, Certainty.PROBABLE})
"""The certainties a claim is made from: "said", "believed"; not "fears", "asked whether"."""
RECENT_DAYS = 7  #: an event dated this many days before publication is the article's news
MIN_PROPOSITION_WORDS = 3  #: content words a proposition needs to be compared
MAX_PROPOSITION_WORDS = 20  #: a longer content is too particular to meet another
_ROLES = frozenset({Role.HEADLINE, Role.STANDFIRST, Role.BODY})
_LISTS = (
    "person",
    "have",
    "place_lead",
    "place_of",
    "toll",
    "link",
    "rate",
    "hedge",
    "hedge_figure",
    "negation",
    "claim_noun",
    "not_counted",
    "not_counted_unit",
    "not_place",
    "filler",
    "clause_end",
    "generic_event",
    "toll_verb",
    "quantifier",
    "comparative",
    "counted_after",
    "not_verb",
)
_FUNCTION_CLASSES = (
    "determiner",
    "pronoun",
    "possessive",
    "preposition",
    "conjunction",
    "subordinator",
    "wh",
    "auxiliary",
    "modal",
    "negation",
    "be",
    "relative",
    "intensifier",
    "cue_adverb",
    "object_pronoun",
)
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
_THIRD_PERSON = frozenset(
    {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "this"}
)
_OPENING_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "its", "their"})
_PEOPLE = frozenset(
    {
        SourceKind.PERSON,
        SourceKind.OFFICIAL,
        SourceKind.GOVERNMENT,
        SourceKind.MILITARY,
        SourceKind.ORGANISATION,
        SourceKind.MEDIA,
        SourceKind.UNKNOWN,
    }
)
_PRESENT_HAVE = frozenset({"has", "have", "'s"})
_BOUNDARY = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "?", "!"})
# a comma between digits is a thousands separator ("1,410"), not a boundary
_BOUNDARY_RE = re.compile("[" + re.escape("".join(sorted(_BOUNDARY - {","}))) + "]|,(?!\\d)")


_WORD_AFTER_RE = re.compile(r"\s*+([a-z]++)")
_MODIFIER_RE = re.compile(r"[\w,.]++-[^\W\d]")  # "99-county", "30-member": a figure that modifies


class _Stop(enum.Enum):
    """Nothing is asserted plainly: stop reading the content."""

    STOP = "stop"


_STOP = _Stop.STOP

# a token: a number with separators, a word (inner apostrophes: "didn't", "Trump's"), or one
# other character
_TOKEN_RE = re.compile(r"\d++(?:[.,]\d++)*+|[^\W_]++(?:['’-][^\W_]++)*+|[^\w\s]")
# clitics read as words of their own: "I've" is "I" and "'ve"
_CLITICS = ("n't", "'ve", "'re", "'ll", "'m", "'d")
_SCALED_RE = re.compile(r"(\d++)(?:\.(\d++))?+\s*+([a-z]++)")


class _Tok(NamedTuple):
    start: int
    end: int
    text: str  #: as written, without a possessive "'s"
    low: str  #: lower-cased, without a possessive "'s"
    poss: bool  #: written with a possessive "'s"
    word: bool  #: a word or a number (not punctuation)
    capital: bool  #: it starts with a capital letter


_new_tok = tuple.__new__  # builds a _Tok without the keyword handling of its constructor


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    add = out.append
    find = text.find
    pos = start
    for w in _TOKEN_RE.findall(text, start, end):
        s = find(w, pos)  # the token starts at the first character the pattern did not skip
        e = pos = s + len(w)
        c = w[0]
        if not c.isalnum():
            add(_new_tok(_Tok, (s, e, w, w, False, False, False)))
            continue
        low = w.lower()
        cap = c.isupper()
        if "'" in low or "’" in low:
            low = low.replace("’", "'")
            clitic = next((c for c in _CLITICS if low.endswith(c) and len(low) > len(c)), None)
            if clitic is not None:  # "didn't": "did" and "n't"; "I've": "I" and "'ve"
                k = len(w) - len(clitic)
                add(_new_tok(_Tok, (s, s + k, w[:k], low[: -len(clitic)], False, True, cap)))
                add(_new_tok(_Tok, (s + k, e, w[k:], clitic, False, True, False)))
                continue
            if low.endswith("'s"):
                add(_new_tok(_Tok, (s, e, w[:-2], low[:-2], True, True, cap)))
                continue
        add(_new_tok(_Tok, (s, e, w, low, False, True, cap)))
    return out


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem, the same for the regular forms of a word: "fired", "fires", "firing" and
    "fire" are ``fir``; "parties" and "party" are ``parti``. Not a dictionary form: only the
    same for words that are the same."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and (w.endswith("ies") or w.endswith("ied")):
        return w[:-3] + "i"
    if w.endswith("ss") or len(w) <= 3:
        return w
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 2 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 2 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


def singular(word: str) -> str:
    """A plural noun in the singular, by its spelling: "civilians" -> civilian, "casualties"
    -> casualty; "people", "police" and words in -ss stay as they are."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# -- the word lists -----------------------------------------------------------------------------


Phrase = tuple[str, ...]


@attrs.frozen
class ClaimWords:
    """The word lists that key claims (``data/claim_words.tsv``), with the closed-class words,
    month and weekday names and tense words they are read with."""

    counted: Mapping[Phrase, str]  #: outcome words -> the outcome: ("death", "toll") -> dead
    events: Mapping[Phrase, str]  #: event words -> the event: ("blast",) -> explosion
    event_rank: Mapping[str, int]  #: events in the file's order: the first named wins
    lists: Mapping[str, frozenset[Phrase]]  #: the other kinds of the file -> their phrases
    function: frozenset[str]  #: closed-class words: left out of propositions, never a name
    calendar: frozenset[str]  #: month and weekday names: never a place or a holder
    scales: Mapping[str, float]  #: "million" -> 1e6: the rounding of "$143 million"
    past: frozenset[str]  #: irregular past forms ("took"); a past form in -ed is read as such
    not_ed: frozenset[str]  #: words in -ed that are no past forms ("hundred")
    verb_marks: frozenset[str]  #: words that make a clause: is, was, has, did, will, would
    # derived, built once: phrase indexes, one-word sets, the patterns that skip statements
    index: Mapping[str, _Phrases] = attrs.field(init=False, eq=False, repr=False)
    singles: Mapping[str, frozenset[str]] = attrs.field(init=False, eq=False, repr=False)
    event_re: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    negation_re: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    hedge_figure: _Phrases = attrs.field(init=False, eq=False, repr=False)
    closed: Mapping[str, frozenset[str]] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index = {"counted": _Phrases.of(self.counted), "event": _Phrases.of(self.events)}
        for kind, phrases in self.lists.items():
            index[kind] = _Phrases.of({p: " ".join(p) for p in phrases})
        singles = {
            kind: frozenset(p[0] for p in phrases if len(p) == 1)
            for kind, phrases in self.lists.items()
        }
        # a statement without the first word of an event names none: it need not be read word
        # by word; a negation word, in any case ("didn't", "Never"), is what a denial needs
        event_re = re.compile(rf"\b{trie_pattern(index['event'].first)}\b")
        negations = sorted(singles.get("negation", frozenset()) - {"n't"})
        negation_re = re.compile(rf"(?i:\b{trie_pattern(negations)}\b|n['’]t\b)")
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "singles", singles)
        object.__setattr__(self, "event_re", event_re)
        object.__setattr__(self, "negation_re", negation_re)
        # a figure's hedges: "could", and plans and forecasts ("will hire 500")
        figure = self.lists.get("hedge_figure", frozenset()) | self.lists.get("hedge", frozenset())
        object.__setattr__(self, "hedge_figure", _Phrases.of({p: " ".join(p) for p in figure}))
        lex = Lexicon.default()
        closed = {
            "cue_forms": frozenset(lex.verb_forms),  # "said": no holder's verb
            "pronouns": lex.words("pronoun"),
            # a past form after these modifies a noun: "with mixed results"
            "modifier_lead": lex.words("determiner") | lex.words("preposition"),
            # "denied (the) reports that ...": words before a denied content, not its own
            "lead_in": (lex.words("determiner") | lex.words("complementizer"))
            - lex.words("possessive"),
        }
        object.__setattr__(self, "closed", closed)

    def words(self, kind: str) -> frozenset[Phrase]:
        """The phrases of one kind of the file (``hedge``, ``link``, ...)."""
        return self.lists.get(kind, frozenset())

    def single(self, kind: str) -> frozenset[str]:
        """The one-word entries of one kind."""
        return self.singles.get(kind, frozenset())

    @classmethod
    def default(cls) -> ClaimWords:
        """The lists shipped with factcheck (read once, then shared)."""
        return _default()

    @classmethod
    def read(cls, rows: Iterable[Sequence[str]], *, where: str = CLAIM_WORDS_FILE) -> ClaimWords:
        """Word lists from rows of ``kind, name, words...`` (the file's format), with the
        closed-class, calendar and tense words of the default lexicons. Raises
        ``LexiconError`` naming the row of an unknown kind."""
        counted: dict[Phrase, str] = {}
        events: dict[Phrase, str] = {}
        rank: dict[str, int] = {}
        lists: dict[str, set[Phrase]] = {k: set() for k in _LISTS}
        for n, cols in enumerate(rows, 1):
            if len(cols) < 3:
                raise LexiconError(f"{where} row {n}: expected kind, name and words")
            kind, name, words = cols[0], cols[1], [c for c in cols[2:] if c]
            phrases = [tuple(w.lower().replace("’", "'").split()) for w in words]
            if kind == "counted":
                counted.update((p, name) for p in phrases)
            elif kind == "event":
                events.update((p, name) for p in phrases)
                rank.setdefault(name, len(rank))
            elif kind in lists:
                # place names keep their case; every other list is lower case
                keep = kind == "not_place"
                lists[kind].update(
                    tuple(w.split()) if keep else p for w, p in zip(words, phrases, strict=True)
                )
            else:
                choices = ", ".join(["counted", "event", *_LISTS])
                raise LexiconError(f"{where} row {n}: unknown kind {kind!r} (one of {choices})")
        lex = Lexicon.default()
        mlex = MeasureLexicon.default()
        function: set[str] = set()
        for cls_ in _FUNCTION_CLASSES:
            function |= lex.words(cls_)
        calendar = set(mlex.twords("month")) | set(mlex.twords("weekday"))
        calendar |= set(mlex.twords("month_ambiguous"))
        return cls(
            counted=counted,
            events=events,
            event_rank=rank,
            lists={k: frozenset(v) for k, v in lists.items()},
            function=frozenset(function),
            calendar=frozenset(c.rstrip(".") for c in calendar),
            scales={w: n.value for w, n in mlex.numbers.items() if n.kind == "scale"}
            | {w: n.value for w, n in mlex.numbers.items() if n.kind == "suffix"},
            # "past" lists words that look back, some of them no verbs ("last", "ago")
            past=mlex.tense.get("past", frozenset()) - frozenset(p[0] for p in lists["not_verb"]),
            not_ed=mlex.tense.get("except_ed", frozenset()),
            verb_marks=lex.words("auxiliary") | lex.words("be") | lex.words("modal"),
        )


@functools.cache
def _default() -> ClaimWords:
    return ClaimWords.read((cols for _, cols in _rows(CLAIM_WORDS_FILE)))


@attrs.frozen
class _Phrases:
    """Phrases indexed for matching at a token: by their first and their last word."""

    values: Mapping[Phrase, str]
    first: frozenset[str]
    last: frozenset[str]
    longest: int

    @classmethod
    def of(cls, values: Mapping[Phrase, str]) -> _Phrases:
        return cls(
            values,
            frozenset(p[0] for p in values),
            frozenset(p[-1] for p in values),
            max((len(p) for p in values), default=1),
        )

    def forward(self, toks: Sequence[_Tok], k: int) -> tuple[str, int] | None:
        """The longest phrase that starts at token ``k``: its value and its length."""
        if k >= len(toks) or toks[k].low not in self.first:
            return None
        for n in range(min(self.longest, len(toks) - k), 0, -1):
            words = toks[k : k + n]
            phrase = tuple(t.low for t in words if t.word)
            if len(phrase) == n and phrase in self.values:
                return self.values[phrase], n
        return None

    def back(self, toks: Sequence[_Tok], k: int) -> tuple[str, int] | None:
        """The longest phrase that ends at token ``k``."""
        if k < 0 or toks[k].low not in self.last:
            return None
        for n in range(min(self.longest, k + 1), 0, -1):
            words = toks[k - n + 1 : k + 1]
            phrase = tuple(t.low for t in words if t.word)
            if len(phrase) == n and phrase in self.values:
                return self.values[phrase], n
        return None


# -- a document's claims ------------------------------------------------------------------------


@attrs.define
class _Draft:
    """A claim before its key is final (the article may still give its event, place, time)."""

    kind: ClaimKind
    st: Statement
    span: Span
    text: str
    attribution: Attribution | None
    parts: dict[str, str]
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    margin: float = 0.0
    unit: str | None = None
    polarity: Polarity = Polarity.POSITIVE
    time: TimeRef | None = None
    timed: bool = False  #: the window is the statement's own time (not the publication day)
    now: bool = False  #: a figure held at the time of writing: "Trump has 739 delegates"


def claims_of(doc: Document, *, words: ClaimWords | None = None) -> list[Claim]:
    """Every claim the document's statements make, in order of the text (see the module's
    documentation for what a claim and its key are). A pure function of the document."""
    if not isinstance(doc, Document):
        raise TypeError(f"claims_of() takes a factcheck Document, got {type(doc).__name__}")
    return _claims(doc, words if words is not None else ClaimWords.default(), lazy=False)


def denied_claims_of(doc: Document, *, words: ClaimWords | None = None) -> list[Claim]:
    """The claims of :func:`claims_of` that can conflict within the document alone: its
    propositions only when one of them is denied (an assertion cannot conflict with another
    assertion), which spares reading most articles' sentences word by word. ``compare([doc])``
    finds the same conflicts in these as in all its claims."""
    if not isinstance(doc, Document):
        raise TypeError(f"denied_claims_of() takes a factcheck Document, got {type(doc).__name__}")
    return _claims(doc, words if words is not None else ClaimWords.default(), lazy=True)


def _claims(doc: Document, cw: ClaimWords, *, lazy: bool) -> list[Claim]:
    reader = _Reader(doc, cw)
    drafts: list[_Draft] = []
    later: list[Statement] = []  # lazy: statements whose propositions are read if one is denied
    for st in doc.statements:
        if st.role not in _ROLES or st.text.rstrip().endswith("?"):
            continue
        # the words of a statement are read only when it has a figure to compare or names an
        # event (a date claim needs one too)
        if reader.has_figure(st) or reader.has_event(st):
            toks = reader.tokens(st.span.start, st.span.end)
            reader.note_events(st, toks)
            drafts.extend(reader.quantities(st, toks))
            drafts.extend(reader.dates(st, toks))
        if lazy and not reader.may_deny(st):
            later.append(st)
        else:
            drafts.extend(reader.propositions(st))
    if lazy:
        denials = [
            d.parts["words"].split()
            for d in drafts
            if d.kind is ClaimKind.PROPOSITION and d.polarity is Polarity.NEGATIVE
        ]
        if denials:
            probes = [[_probe(w) for w in words if not w[0].isdigit()] for words in denials]
            for st in later:
                if reader.may_assert(st, probes):
                    drafts.extend(reader.propositions(st))
        else:
            drafts = [d for d in drafts if d.kind is not ClaimKind.PROPOSITION]
    reader.inherit(drafts)
    return _finish(doc, drafts)


class _Reader:
    """Reads the claims of one document's statements."""

    def __init__(self, doc: Document, cw: ClaimWords) -> None:
        self.doc = doc
        self.cw = cw
        self.text = doc.text
        self.day = doc.published.date().isoformat() if doc.published is not None else ""
        self.dateline_place = _dateline_place(doc, cw)
        self.negation = cw.single("negation")
        self.hedge = cw.index["hedge"]
        self.hedge_figure = cw.hedge_figure
        self.function = cw.function
        self.verb_marks = cw.verb_marks
        self.cue_forms = cw.closed["cue_forms"]
        self.pronouns = cw.closed["pronouns"]
        self.modifier_lead = cw.closed["modifier_lead"]
        self.lead_in = cw.closed["lead_in"]
        self.event_re = cw.event_re
        self.not_units = frozenset(" ".join(p) for p in cw.words("not_counted_unit"))
        self.negation_re = cw.negation_re
        self.pronoun_re = _PRONOUN_RE
        self.generic = cw.single("generic_event")
        self.facts: dict[str, set[tuple[str, str]]] = {}  #: event -> (place, window)
        parents = {a.parent for a in doc.attributions if a.parent is not None}
        self.parents = frozenset(parents)
        negative = sorted(
            (c.start, c.end)
            for a in doc.attributions
            if a.polarity is Polarity.NEGATIVE
            for c in a.content
        )
        self._neg_starts = [s for s, _ in negative]
        self._neg_reach = list(itertools.accumulate((e for _, e in negative), max))

    def denied(self, span: Span) -> bool:
        """Does ``span`` lie inside a denied content ("rejected claims that ...")? (A bisection
        over the contents sorted by start, with the farthest end reached so far: linear
        reading however many denials an article holds.)"""
        n = bisect.bisect_right(self._neg_starts, span.start)
        return n > 0 and self._neg_reach[n - 1] >= span.end

    def _from(self, start: int, end: int) -> int:
        """``start``, past an inline dateline ("KABUL, Nov 6 (Reuters) -" says where and when,
        and asserts nothing)."""
        dl = self.doc.dateline
        if dl is not None and start <= dl.start < end:
            return min(end, max(start, dl.end))
        return start

    def tokens(self, start: int, end: int) -> list[_Tok]:
        """The tokens of ``[start, end)``, without an inline dateline."""
        return _tokens(self.text, self._from(start, end), end)

    def chunks(self, spans: Sequence[Span]) -> Iterator[list[_Tok]]:
        """The tokens of ``spans``, a clause at a time: each chunk ends with a punctuation mark
        that ends a clause (or the span). A proposition is read from the first clause that
        makes one, so the rest of a long sentence is never read."""
        for sp in spans:
            pos = self._from(sp.start, sp.end)
            while pos < sp.end:
                m = _BOUNDARY_RE.search(self.text, pos, sp.end)
                stop = m.end() if m is not None else sp.end
                yield _tokens(self.text, pos, stop)
                pos = stop

    def may_deny(self, st: Statement) -> bool:
        """Whether a statement may deny something: a negative cue, or a negation word."""
        if any(a.polarity is Polarity.NEGATIVE for a in st.attributions):
            return True
        return self.negation_re.search(self.text, st.span.start, st.span.end) is not None

    def may_assert(self, st: Statement, probes: list[list[str]]) -> bool:
        """Whether a statement may assert what one of the denials denies: it holds every word
        of one (``probes``: the start of each of its stems), or a pronoun that may stand for a
        source named elsewhere."""
        low = self.text[st.span.start : st.span.end].lower()
        if self.pronoun_re.search(low) is not None:
            return True
        return any(all(p in low for p in words) for words in probes)

    def has_figure(self, st: Statement) -> bool:
        """Whether a statement has a figure of a kind that is compared (not a percentage)."""
        return any(
            q.unit not in self.not_units and (q.low is not None or q.high is not None)
            for q in st.quantities
        )

    def has_event(self, st: Statement) -> bool:
        return self.event_re.search(self.text, st.span.start, st.span.end) is not None

    # -- who says so

    def _attribution(self, st: Statement, span: Span) -> tuple[bool, Attribution | None]:
        """Whether a claim at ``span`` is asserted, and by which attribution (None: the
        publisher's own voice). Words of a source or a cue assert nothing."""
        best: Attribution | None = None
        size = 0
        for a in st.attributions:
            if (a.source is not None and a.source.span.overlaps(span)) or a.cue.span.overlaps(span):
                return False, None
            if any(c.contains(span) for c in a.content):
                n = sum(len(c) for c in a.content)
                if best is None or n < size:
                    best, size = a, n
        if best is None and st.attributions:
            # outside every content of an attributed sentence: "said on Monday", a preamble
            return (not any(a.cue.span.start >= st.span.start for a in st.attributions)), None
        return True, best

    def _asserted(self, a: Attribution | None) -> bool:
        return a is None or (a.certainty in ASSERTED and a.polarity is Polarity.POSITIVE)

    # -- places and events

    def _events(self, toks: Sequence[_Tok]) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        events = self.cw.index["event"]
        first = events.first
        k = 0
        n = len(toks)
        while k < n:
            t = toks[k]
            if t.low in first and not t.capital:
                m = events.forward(toks, k)
                if m is not None:
                    out.append((k, m[0]))
                    k += m[1]
                    continue
            k += 1
        return out

    def _places(self, toks: Sequence[_Tok]) -> list[tuple[int, str]]:
        leads = self.cw.single("place_lead")
        of_words = self.cw.single("place_of")
        not_place = {p[0] for p in self.cw.words("not_place")}
        out: list[tuple[int, str]] = []
        for k, t in enumerate(toks):
            if not (t.word and t.low in leads and t.text.islower()):
                continue
            j = k + 1
            # "in the northwestern city of Bursa", "in the capital, Ankara"
            seen_of = False
            for _ in range(5):
                if j >= len(toks):
                    break
                u = toks[j]
                if u.word and not u.capital and (u.low in self.function or u.low in of_words):
                    seen_of = seen_of or u.low in of_words
                    j += 1
                elif u.word and not u.capital and j + 1 < len(toks) and toks[j + 1].low in of_words:
                    j += 1  # an adjective before "city"
                elif u.text == "," and seen_of:
                    j += 1
                else:
                    break
            name: list[str] = []
            while j < len(toks) and len(name) < 3:
                u = toks[j]
                if not (
                    u.word
                    and u.capital
                    and u.text not in not_place
                    and u.low not in self.cw.calendar
                ):
                    break
                if u.low in self.function and not name:
                    break
                name.append(u.low)
                j += 1
                if u.poss:
                    name = []  # "in Trump's plan": a possessor, no place
                    break
            if name:
                out.append((k, " ".join(name)))
        return out

    @staticmethod
    def _nearest(items: list[tuple[int, str]], k: int) -> str:
        if not items:
            return ""
        return min(items, key=lambda it: (abs(it[0] - k), it[0]))[1]

    def _event(self, events: list[tuple[int, str]], k: int) -> tuple[int, str]:
        """The event a claim at token ``k`` belongs to: the first in the file's order ("a
        suicide bomber struck a rally": the bombing, not the rally), then the nearest."""
        if not events:
            return -1, ""
        rank = self.cw.event_rank
        return min(events, key=lambda it: (rank.get(it[1], 0), abs(it[0] - k), it[0]))

    def note_events(self, st: Statement, toks: Sequence[_Tok]) -> None:
        """Remember where and when the article says each event happened: a count that names
        the event but not its place or time ("The blast killed 14") takes them from here. The
        time is the statement's own, when it stands in the event's clause ("the bombing in
        Kabul on Monday", not "Sunday, on CNN, ... the shootings")."""
        generic = self.generic
        events = [e for e in self._events(toks) if e[1] not in generic]
        if not events:
            return
        places = self._places(toks)
        for k, event in events:
            window, timed = self._window_near(st, toks[k].start, toks[k].end)
            place = self._nearest(places, k)
            self.facts.setdefault(event, set()).add((place, window if timed else ""))

    def inherit(self, drafts: list[_Draft]) -> None:
        """Give each quantity and date what the article says of its event: a count that names
        no event (or only "the attack") takes the event of the article's other counts and
        dates, when they name exactly one; a count with no place or time of its own takes its
        event's, when the article gives exactly one (its place at the count's time). "At least
        12 people were killed in a bombing in Kabul on Monday ... The death toll rose to 14"
        are about one bombing, in Kabul, on Monday."""
        named = {
            d.parts["event"]
            for d in drafts
            if d.kind is not ClaimKind.PROPOSITION and d.parts["event"] not in self.generic
        }
        named.discard("")
        only = next(iter(named)) if len(named) == 1 else ""
        if only and not self._recent(only):
            only = ""  # the bombing of last March is not what "the attack" of today is
        for d in drafts:
            if d.kind is ClaimKind.PROPOSITION:
                continue
            parts = d.parts
            window = parts.get("window", "") if d.timed else ""
            if (not parts["event"] or parts["event"] in self.generic) and only:
                facts = self.facts.get(only, set())
                # not when the figure says it is elsewhere or at another time: "In March,
                # attackers killed 32 people" in an article about a bombing in July
                places = {p for p, _ in facts if p}
                windows = {w for _, w in facts if w}
                elsewhere = parts["place"] and places and parts["place"] not in places
                other_time = window and windows and window not in windows
                if not (elsewhere or other_time):
                    parts["event"] = only
            facts = self.facts.get(parts["event"], set())
            windows = {w for _, w in facts if w}
            # a count of an outcome takes its event's time; a figure someone holds ("drew
            # 5,000", "bagged millions") needs a time of its own
            outcome = bool(parts.get("counted"))
            # nor does a figure in a statement dated in another clause ("... in November, when
            # bombers killed 130 people"): its time is its own, if any
            dated = d.st.time is not None and d.st.time.start is not None
            if (
                not (window or dated)
                and outcome
                and d.kind is ClaimKind.QUANTITY
                and len(windows) == 1
            ):
                window = parts["window"] = next(iter(windows))
                d.timed = True
            if not parts["place"]:
                # the event's place at the figure's time (another bombing, another day, may
                # have been elsewhere)
                places = {p for p, w in facts if p and (w == window or not w)}
                if len(places) == 1:
                    parts["place"] = next(iter(places))
                else:
                    # where the story is filed from: in wire copy, mostly where it happened
                    parts["place"] = self.dateline_place

    def _recent(self, event: str) -> bool:
        """Whether the article dates the event to the week before its publication: the news
        of the day, which "the attack" and figures with no event of their own are about."""
        if self.doc.published is None:
            return False
        day = self.doc.published.date()
        for _, window in self.facts.get(event, ()):
            if window:
                end = dt.date.fromisoformat(window.rpartition("/")[2])
                if day - dt.timedelta(days=RECENT_DAYS) <= end <= day + dt.timedelta(days=1):
                    return True
        return False

    def _window_near(self, st: Statement, start: int, end: int) -> tuple[str, bool]:
        """The statement's own time as a window, when it stands in the same clause as the
        words at ``[start, end)`` (no comma, colon, dash or bracket between them): "12 people
        were killed in Kabul on Monday", not "Sunday, on CNN, ... killing five". Else the
        day of publication, not timed."""
        t = st.time
        if t is not None and t.start is not None and t.end is not None:
            lo, hi = (t.span.end, start) if t.span.end <= start else (end, t.span.start)
            if lo >= hi or self._fronted(st, t) or not self._boundary(lo, hi):
                return _window_of(t), True
        return self.day, False

    def _fronted(self, st: Statement, t: TimeRef) -> bool:
        """A time that opens the sentence dates all of it: "On Monday, a suicide bomber ..."."""
        return not self.text[self._from(st.span.start, st.span.end) : t.span.start].strip()

    def _boundary(self, lo: int, hi: int) -> bool:
        """A mark that ends a clause in ``[lo, hi)``; a comma before a participle does not:
        "in Nice on Thursday, killing at least 80 people"."""
        for m in _BOUNDARY_RE.finditer(self.text, lo, hi):
            nxt = _WORD_AFTER_RE.match(self.text, m.end()) if m.group() == "," else None
            if nxt is None or not nxt.group(1).endswith("ing"):
                return True
        return False

    def _hedged(self, toks: Sequence[_Tok], k: int, hedges: _Phrases, *, back: int = 8) -> bool:
        """A hedge or a negation in the clause before token ``k`` (up to ``back`` tokens)."""
        j = k - 1
        while j >= 0 and k - j <= back:
            t = toks[j]
            if not t.word and t.text in _BOUNDARY:
                return False
            if t.low in self.negation:
                return True
            if hedges.back(toks, j) is not None:
                return True
            j -= 1
        return False

    # -- quantities

    def quantities(self, st: Statement, toks: list[_Tok]) -> Iterable[_Draft]:
        cw = self.cw
        if not st.quantities:
            return
        not_counted = cw.single("not_counted")
        not_units = self.not_units
        events = places = None
        ends = [t.end for t in toks]
        for q in st.quantities:
            if q.unit in not_units or (q.low is None and q.high is None):
                continue
            asserted, a = self._attribution(st, q.span)
            if not asserted or not self._asserted(a):
                continue
            if self.denied(q.span):
                continue
            i0 = bisect.bisect_right(ends, q.span.start)  # the first token ending after it
            if i0 >= len(toks):
                continue
            i1 = i0
            while i1 + 1 < len(toks) and toks[i1 + 1].end <= q.span.end:
                i1 += 1
            if self._hedged(toks, i0, self.hedge_figure) or self._negated_after(toks, i1):
                continue
            if self._difference(q):
                continue  # "2.5 million more votes than Sanders": a difference, not a count
            about = q.about.split() if q.about else []  # may be blank in a hand-made document
            head = singular(about[-1]) if about else ""
            head_low = about[-1].lower() if about else ""
            if head_low in not_counted or head in not_counted:
                continue
            counted = self._outcome(toks, i0, i1, head_low)
            parts: dict[str, str] = {}
            now = False
            if counted is not None:
                person = head_low in cw.single("person") or not head or (head_low,) in cw.counted
                parts["counted"] = counted
                parts["head"] = "people" if person else head
            else:
                holder = self._holder(toks, i0)
                if holder is None or not (head or q.unit):
                    continue
                if toks[i0 - 1].poss and (not head or _MODIFIER_RE.match(q.text)):
                    # "Clinton's $350 billion plan", "Cruz's 99-county strategy": the figure of
                    # a plan, not hers
                    continue
                parts["counted"] = ""
                parts["head"] = head
                parts["holder"], parts["verb"] = holder
                now = toks[i0 - 1].poss or toks[i0 - 1].low in _PRESENT_HAVE
            if self._rate(toks, i1):
                parts["rate"] = "rate"
            if events is None:
                events, places = self._events(toks), self._places(toks)
            assert places is not None
            parts["unit"] = q.unit or ""
            ek, parts["event"] = self._event(events, i0)
            parts["place"] = self._nearest(places, ek if ek >= 0 else i0)
            window, timed = self._window_near(st, q.span.start, q.span.end)
            parts["window"] = window
            yield _Draft(
                ClaimKind.QUANTITY,
                st,
                q.span,
                q.text,
                a,
                parts,
                low=q.low,
                high=q.high,
                approximate=q.approximate,
                margin=_margin(q, cw),
                unit=q.unit,
                time=st.time,
                timed=timed,
                now=now,
            )

    def _difference(self, q: Quantity) -> bool:
        """A figure that counts a difference: "2.5 million more votes", "half a million fewer
        votes" (but "more than 10" is a bound)."""
        words = q.text.lower().split()
        comparative = self.cw.single("comparative")
        return any(
            w in comparative and (k + 1 == len(words) or words[k + 1] != "than")
            for k, w in enumerate(words)
        )

    def _negated_after(self, toks: Sequence[_Tok], i1: int) -> bool:
        """A negation just after a figure: "30 people were not killed"."""
        for t in toks[i1 + 1 : i1 + 4]:
            if not t.word:
                return False
            if t.low in self.negation:
                return True
        return False

    def _outcome(self, toks: Sequence[_Tok], i0: int, i1: int, head: str) -> str | None:
        """The outcome a figure counts: its head ("12 deaths"), a word before it ("killed 12",
        "the death toll rose to 12") or after it ("12 people were killed", "14 dead")."""
        cw = self.cw
        if (head,) in cw.counted:
            return cw.counted[(head,)]
        counted = cw.index["counted"]
        after_only = cw.single("counted_after")
        toll = cw.single("toll")
        toll_verbs = cw.single("toll_verb")
        rose = False
        j = i0 - 1
        while j >= 0 and i0 - j <= 5:
            m = counted.back(toks, j)
            if m is not None and toks[j].low not in after_only:
                return m[0]
            t = toks[j]
            rose = rose or t.low in toll_verbs
            if not t.word or (t.low not in toll and t.low not in toll_verbs):
                break
            j -= 1
        if rose:  # "the death toll from the bombing on Monday rose to 14"
            while j >= 0 and i0 - j <= 20 and (toks[j].word or toks[j].text not in _BOUNDARY):
                m = counted.back(toks, j)
                if m is not None:
                    return m[0]
                j -= 1
        link = cw.index["link"]
        j = i1 + 1
        while j < len(toks) and j - i1 <= 5:
            m = counted.forward(toks, j)
            if m is not None and (
                toks[j].low not in after_only
                or j > i1 + 1
                or not head
                or head in self.cw.single("person")
            ):
                # "27 suspects were held", "Dozens hurt"; not "thousands of emails held on"
                return m[0]
            lm = link.forward(toks, j)
            if lm is None:
                break
            j += lm[1]
        return None

    def _holder(self, toks: Sequence[_Tok], i0: int) -> tuple[str, str] | None:
        """Whose figure it is and the verb: "Trump has 739" -> (trump, have); "Trump's 739"
        -> (trump, have); "the Clinton campaign raised $143 million" -> (clinton campaign,
        rais). None when no name holds it."""
        cw = self.cw
        have = cw.single("have")
        if i0 == 0:
            return None
        prev = toks[i0 - 1]
        if prev.word and prev.poss and prev.capital and prev.low not in self.function:
            return prev.low, "have"
        if not (prev.word and prev.text.isalpha() and prev.text.islower()):
            return None
        if (prev.low in self.function and prev.low not in have) or prev.low in self.cue_forms:
            return None  # "Police said 30 people": the police hold no figure
        if not (prev.low in have or self._past(prev.low) or prev.low.endswith("s")):
            return None  # "alongside $100 bills": no verb, no holder
        verb = "have" if prev.low in have else prev.low
        j = i0 - 2
        skipped = 0
        while (
            j >= 0
            and skipped < 3
            and toks[j].word
            and toks[j].text.islower()
            and toks[j].low in self.function
        ):
            if toks[j].low in self.negation or toks[j].low in self.pronouns:
                return None  # "he had raised": whose is not said here
            j -= 1
            skipped += 1
        noun = ""
        if (
            j >= 0
            and toks[j].word
            and toks[j].text.isalpha()
            and toks[j].text.islower()
            and toks[j].low not in self.function
            and not self._past(toks[j].low)
            and not toks[j].low.endswith("ly")
        ):
            noun = toks[j].low  # "the Clinton campaign"
            j -= 1
        if j < 0:
            return None
        t = toks[j]
        if not (t.word and t.capital and t.low not in self.function and t.low not in cw.calendar):
            return None
        holder = t.low + (" " + noun if noun else "")
        return holder, verb

    def _rate(self, toks: Sequence[_Tok], i1: int) -> bool:
        return self.cw.index["rate"].forward(toks, i1 + 1) is not None

    # -- dates

    def dates(self, st: Statement, toks: list[_Tok]) -> Iterable[_Draft]:
        t = st.time
        if t is None or t.start is None or t.start != t.end or t.kind is not TimeKind.EVENT:
            return
        asserted, a = self._attribution(st, t.span)
        if not asserted or not self._asserted(a):
            return
        if self.denied(t.span):
            return
        for k, event in self._events(toks):
            if k == 0 or toks[k - 1].low != "the":
                continue
            verb = self._past_verb(toks, k)
            if verb is None:
                continue
            if not self._window_near(st, toks[k].start, toks[k].end)[1]:
                continue  # "The attack sparked a debate, with McCain saying on Thursday ..."
            ti = next((j for j, u in enumerate(toks) if u.start >= t.span.start), len(toks))
            if self._hedged(toks, ti, self.hedge, back=12) or self._hedged(toks, k, self.hedge):
                return
            places = self._places(toks)
            parts = {
                "event": event,
                "verb": verb,
                "place": self._nearest(places, k),
                "day": self.day,
            }
            yield _Draft(ClaimKind.DATE, st, t.span, t.text, a, parts, time=t, timed=True)
            return

    def _past_verb(self, toks: Sequence[_Tok], k: int) -> str | None:
        """The past-tense verb after the event noun at ``k``: "the ceasefire took effect",
        "the blast happened", "the attack was carried out" (skipping "was", "had")."""
        cw = self.cw
        j = k + 1
        while j < len(toks) and toks[j].word and (toks[j].low,) in cw.events:
            j += 1  # "the car bomb attack"
        for _ in range(3):
            if j >= len(toks) or not toks[j].word or toks[j].capital:
                return None
            w = toks[j].low
            if w in cw.past or (w.endswith("ed") and w not in cw.not_ed and len(w) > 4):
                if w in ("was", "were", "had"):
                    j += 1
                    continue
                return w
            if w in self.function or w in cw.single("filler"):
                j += 1
                continue
            return None
        return None

    # -- propositions

    def propositions(self, st: Statement) -> Iterable[_Draft]:
        if st.attributions:
            for a in st.attributions:
                if not st.span.contains(a.cue.span):
                    continue
                if a.id in self.parents and a.polarity is Polarity.POSITIVE:
                    continue  # "the agency said officials believed ...": the inner one claims
                if a.certainty not in ASSERTED:
                    continue
                if self.denied(a.cue.span):
                    continue  # "rejected claims that ...": the claims are no one's
                if not a.content:
                    continue
                draft = self._proposition(st, a.content, a)
                if draft is not None:
                    yield draft
            return
        draft = self._proposition(st, (st.span,), None)
        if draft is not None:
            yield draft

    def _proposition(
        self, st: Statement, spans: Sequence[Span], a: Attribution | None
    ) -> _Draft | None:
        """The proposition of a content (or of a statement in the publisher's own voice): the
        stems of its first clause that has a verb and enough words ("soldiers fired on
        protesters", not the "killing three" after it), and whether it is denied."""
        if any("?" in self.text[sp.start : sp.end] for sp in spans):
            return None
        source_words = _source_word(a.source.entity, self.function) if a and a.source else []
        negative = a is not None and a.polarity is Polarity.NEGATIVE
        times = [t.span for t in st.times]
        first = True
        clause: tuple[set[str], int, bool, Span] | _Stop | None = None
        for toks in self.chunks(spans):
            if first and negative:
                # "denied (the) reports that": the reports introduce the content
                claim_nouns = self.cw.single("claim_noun")
                k = 0
                while (
                    k < len(toks)
                    and k < 4
                    and (toks[k].low in claim_nouns or toks[k].low in self.lead_in)
                ):
                    k += 1
                toks = toks[k:]
            first = False
            if times and toks:  # "on Monday", "Nov. 6": the same day is written many ways
                lo, hi = toks[0].start, toks[-1].end
                inside = [sp for sp in times if sp.start < hi and lo < sp.end]
                if inside:
                    toks = [
                        t for t in toks if not any(sp.start <= t.start < sp.end for sp in inside)
                    ]
            clause = self._clause(toks, source_words, first=self._reported(a))
            if clause is not None:
                break
        if clause is None or clause is _STOP:
            return None
        assert isinstance(clause, tuple)
        stems, negations, named, span = clause
        if not MIN_PROPOSITION_WORDS + (not named) <= len(stems) <= MAX_PROPOSITION_WORDS:
            return None
        polarity = Polarity.NEGATIVE if negative != (negations % 2 == 1) else Polarity.POSITIVE
        return _Draft(
            ClaimKind.PROPOSITION,
            st,
            span,
            self.text[span.start : span.end],
            a,
            {"words": " ".join(sorted(stems))},
            polarity=polarity,
            time=st.time,
        )

    @staticmethod
    def _reported(a: Attribution | None) -> bool:
        """Whether "he" opening the content stands for the source: in reported speech of a
        named source ("Trump said he would ..."), not in a quotation ("'He has manners,'
        Emanuel said") nor for a source that is no one ("his comments that he would")."""
        if a is None or a.source is None or a.mode is Mode.DIRECT or a.source.vague:
            return False
        return a.source.kind in _PEOPLE

    def _clause(
        self, toks: Sequence[_Tok], source_words: list[str], *, first: bool
    ) -> tuple[set[str], int, bool, Span] | _Stop | None:
        """The first clause of ``toks`` with a verb and enough content words: its stems, its
        negations, whether it names someone, its span; None when there is none. A clause too
        short to stand ("On Monday,", "In a statement,") is skipped; a hedge ("if", "could")
        or a pronoun that cannot be resolved ends the search (``_STOP``): nothing is asserted
        plainly."""
        cw = self.cw
        filler = cw.single("filler")
        ends = cw.single("clause_end")
        keep = cw.single("quantifier")
        stems: set[str] = set()
        negations = plain = subject = predicate = 0
        named = verb = False
        start = last = -1

        def done() -> tuple[set[str], int, bool, Span] | None:
            # a subject before the verb and a word after it: "Clinton won both states", not
            # "first reported by The Washington Post" nor "The Washington Post reported"
            if verb and plain and subject and predicate and len(stems) >= MIN_PROPOSITION_WORDS:
                return stems, negations, named, Span(toks[start].start, toks[last].end)
            return None

        n = 0
        while n < len(toks):
            t = toks[n]
            n += 1
            punct = not t.word and t.text in _BOUNDARY
            if punct or (t.word and t.low in ends):
                found = done()
                if found is not None:
                    return found
                if punct and verb:
                    return _STOP  # the main clause was too short: "It was, he said, ..."
                if not punct and (stems or verb):
                    return _STOP  # a subordinate clause follows a short one: "Muslims who"
                # a lead-in ("On Monday,", "In a statement,", "That ..."): read on
                stems, named, verb, start = set(), False, False, -1
                negations = plain = subject = predicate = 0
                continue
            if not t.word:
                continue
            low = t.low
            at_start = start < 0
            if at_start:
                start = n - 1
            last = n - 1
            if low in self.negation:
                if low == "not" and n < len(toks) and toks[n].low == "only":
                    n += 1  # "not only ... but": no negation
                    continue
                negations += 1
                verb = verb or low == "n't"
                continue
            if low in self.hedge.first and self.hedge.forward(toks, n - 1):
                return _STOP  # "if", "whether", "could": not asserted
            upper = t.text.isupper() and len(t.text) > 1
            if low in _FIRST_PERSON and not upper:
                if not source_words:
                    return _STOP
                stems.update(source_words)  # "we will build": the source will
                named = True
                if verb:
                    predicate += 1
                else:
                    subject += 1
                continue
            if low in _THIRD_PERSON and not upper:
                if first and at_start and low in _OPENING_PRONOUNS and source_words:
                    # "X said he would ...": he is X; "X denied that its fighters ...": X's
                    stems.update(source_words)
                    named = True
                    subject += 1
                    continue
                return _STOP
            was_verb = verb
            if low in self.verb_marks or (
                not t.capital and self._past(low) and not self._after_modifier(toks, n - 1)
            ):
                verb = True
            if not upper and (low in self.function or low in filler) and low not in keep:
                continue
            if was_verb:
                predicate += 1
            elif not verb:
                subject += 1
            if t.capital and (not at_start or low not in self.function):
                named = True
            elif not upper:
                plain += 1  # a word of the predicate, not a name: "fired", "protesters"
            stems.add(low.replace(",", "") if low[0].isdigit() else (low if upper else stem(low)))
        return done()

    def _after_modifier(self, toks: Sequence[_Tok], k: int) -> bool:
        """A past form after a determiner or a preposition modifies a noun: "with mixed
        results", "the planned wall"."""
        return k > 0 and toks[k - 1].low in self.modifier_lead

    def _past(self, low: str) -> bool:
        """A past form: irregular ("took") or in -ed ("fired"), not a compound ("deep-seated")."""
        cw = self.cw
        if low in cw.past:
            return True
        return len(low) > 4 and low.endswith("ed") and low not in cw.not_ed and "-" not in low


_PRONOUN_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_FIRST_PERSON | _OPENING_PRONOUNS, key=len, reverse=True)) + r")\b"
)


_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*+")


def _source_word(entity: str, function: frozenset[str]) -> list[str]:
    """The word that stands for a source in a proposition ("we", "he" said by it): the last
    word of its name, "Republican presidential nominee Donald Trump" -> trump, "Sen. Claire
    McCaskill (D-Mo.)" -> mccaskill."""
    name = entity.split("(")[0]
    words = [w for w in _NAME_WORD_RE.findall(name) if w.lower() not in function]
    return [stem(words[-1].rstrip("."))] if words else []


def _probe(stem_: str) -> str:
    """What of a stem the words it came from always hold: "parti" (party, parties) -> part."""
    return stem_[:-1] if stem_.endswith("i") and len(stem_) > 3 else stem_


def _window_of(t: TimeRef) -> str:
    """A resolved time as a key's window: "2017-11-06", "2017-10-30/2017-11-05"."""
    assert t.start is not None and t.end is not None
    if t.start == t.end:
        return t.start.isoformat()
    return f"{t.start.isoformat()}/{t.end.isoformat()}"


def _dateline_place(doc: Document, cw: ClaimWords) -> str:
    """The place a dateline names: "KABUL, Nov 9 (Reuters) -" -> kabul."""
    if doc.dateline is None:
        return ""
    words: list[str] = []
    for t in _tokens(doc.text, doc.dateline.start, doc.dateline.end):
        if not t.word:
            break
        if not (t.text.isalpha() and t.text.isupper()) or t.low in cw.calendar:
            return ""
        words.append(t.low)
    return " ".join(words[:3])


def _margin(q: Quantity, cw: ClaimWords) -> float:
    """How far a figure written with a scale word may be off by rounding: half a unit of its
    last written digit ("$143 million": 500,000; "1.2 billion": 50 million); 0 otherwise."""
    for m in _SCALED_RE.finditer(q.text.lower()):
        scale = cw.scales.get(m.group(3))
        if scale is not None and scale >= 1000:
            decimals = len(m.group(2) or "")
            return 0.5 * scale / 10.0**decimals
    return 0.0


_ORDER = {
    ClaimKind.QUANTITY: (
        "counted",
        "head",
        "unit",
        "holder",
        "verb",
        "rate",
        "event",
        "place",
        "window",
    ),
    ClaimKind.DATE: ("event", "verb", "place", "day"),
    ClaimKind.PROPOSITION: ("words",),
}


def make_key(kind: ClaimKind, parts: Mapping[str, str]) -> str:
    """The key of a claim of ``kind`` from its parts (see :data:`KEY_PARTS`)."""
    return KEY_SEPARATOR.join([kind.value, *(parts.get(p, "") for p in _ORDER[kind])])


KEY_PARTS: Mapping[ClaimKind, tuple[str, ...]] = _ORDER
"""The parts of a key, in order, after the kind: a quantity's ``counted`` (the outcome),
``head`` (the noun counted), ``unit``, ``holder`` and ``verb`` (for a figure with no outcome),
``rate``, ``event``, ``place`` and ``window``; a date's ``event``, ``verb``, ``place`` and
``day`` (of publication); a proposition's ``words``."""


def key_parts(key: str) -> dict[str, str]:
    """The parts of a key made by :func:`make_key`, by name. Raises :class:`ValueError` for a
    string that is no claim key."""
    kind_value, _, rest = key.partition(KEY_SEPARATOR)
    try:
        kind = ClaimKind(kind_value)
    except ValueError:
        raise ValueError(f"not a claim key: {key[:60]!r} (it starts with no claim kind)") from None
    names = _ORDER[kind]
    values = rest.split(KEY_SEPARATOR)
    if len(values) != len(names):
        raise ValueError(
            f"not a claim key: {key[:60]!r} ({len(names)} parts after the kind expected)"
        )
    return dict(zip(names, values, strict=True))


def describe_key(key: str, example: str | None = None) -> str:
    """What a key is about, in words: ``dead: people — explosion, Kabul, 2017-11-06``;
    ``delegate: Trump has — 2016-03-01``; ``date of the ceasefire (took) — Aleppo, reported
    2016-09-12``; for a proposition, ``whether`` and ``example`` (the words of one of its
    claims)."""
    parts = key_parts(key)
    kind = ClaimKind(key.partition(KEY_SEPARATOR)[0])
    if kind is ClaimKind.PROPOSITION:
        return f"whether {example}" if example else f"a proposition ({parts['words']})"
    # a place as the text or the dateline names it (the dateline says where the story is
    # filed, mostly but not always where it happened): no "in"
    place = parts["place"].title()
    if kind is ClaimKind.DATE:
        where = [place, f"reported {parts['day']}" if parts["day"] else ""]
        subject = f"date of the {parts['event']} ({parts['verb']})"
    else:
        what = parts["head"] or parts["unit"]
        if parts["counted"]:
            subject = f"{parts['counted']}: {what}"
        else:
            verb = "has" if parts["verb"] == "have" else parts["verb"]
            subject = f"{what}: {parts['holder'].title()} {verb}"
        if parts["unit"] and parts["head"]:
            subject += f" ({parts['unit']})"
        if parts["rate"]:
            subject += ", a rate"
        where = [parts["event"], place, parts["window"]]
    extra = ", ".join(w for w in where if w)
    return f"{subject} — {extra}" if extra else subject


def _finish(doc: Document, drafts: list[_Draft]) -> list[Claim]:
    """The claims, keyed; of two claims with one key in one statement neither is kept (the
    statement compares them itself: "12 on Monday, 14 by Tuesday")."""
    # a figure with no time is of no particular moment: "Two Americans were killed" may be
    # about another attack than "the four Americans killed" in the same article
    drafts = [d for d in drafts if d.kind is not ClaimKind.QUANTITY or d.timed or d.now]
    keyed = [(make_key(d.kind, d.parts), d) for d in drafts]
    count: dict[tuple[str, int], int] = {}
    for key, d in keyed:
        count[(key, d.st.index)] = count.get((key, d.st.index), 0) + 1
    out: list[Claim] = []
    for key, d in keyed:
        if count[(key, d.st.index)] > 1:
            continue
        a = d.attribution
        out.append(
            Claim(
                key=key,
                kind=d.kind,
                span=d.span,
                text=d.text,
                statement=d.st.index,
                document=doc.id,
                publisher=doc.publisher,
                published=doc.published,
                source=a.source if a is not None else None,
                certainty=a.certainty if a is not None else Certainty.CERTAIN,
                polarity=d.polarity,
                low=d.low,
                high=d.high,
                approximate=d.approximate,
                margin=d.margin,
                unit=d.unit,
                time=d.time,
            )
        )
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out
