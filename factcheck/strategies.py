"""Hypothesis strategies that write news text together with its known reading.

Each strategy draws a piece of news text *and* what :func:`factcheck.analyze` should say about
it, built from the same model objects ``analyze`` returns, spans included::

    from hypothesis import given
    from factcheck import analyze
    from factcheck.strategies import UNDETERMINED, articles, differences

    @given(articles(constructions={"said_that", "quote_after", "according_end"}))
    def test_my_pipeline(article):
        doc = analyze(article.text)
        assert differences(doc, article.expected, ignore=UNDETERMINED) == []

``article.text`` is the text and ``article.expected`` the expected :class:`~factcheck.Document`:
its statements (role, span, attributions, flags, quantities, times), sources (entity, kind,
vagueness, the antecedent of "It added"), cues (lemma, certainty, polarity) and contents, all
with exact offsets. The expectations follow PolNeAR's conventions as factcheck implements them:
auxiliaries join the cue ("has said"), a that-clause's content includes "that", a quotation's
content includes its marks (and the comma or full stop inside them), the sentence's final full
stop belongs to no span, "According to X, C." has content C, a continuation's source is the
pronoun with the entity of its antecedent, an apposition's closing comma belongs to the source
("Maria Lopez, an aid worker, said"), "said in a statement" is one cue. The strategies write no
article that denies what it also states (factcheck would flag a conflict there).

``constructions`` (names from :data:`CONSTRUCTIONS`) restricts what is written; the
constructions the engine misreads today are listed in STRATEGY_FAILURES.md. The vocabulary is
small and built in (names, organisations, cue verbs, clauses), so examples shrink to short
sentences. Strategies need only Hypothesis (``pip install factcheck[strategies]``); see
docs/strategies.md.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

import attrs
from dateutil import tz
from hypothesis import reject
from hypothesis import strategies as st

from .model import (
    Attribution,
    Certainty,
    Cue,
    Document,
    Flag,
    FlagKind,
    Mode,
    Polarity,
    Quantity,
    Relation,
    Role,
    Source,
    SourceKind,
    Span,
    Statement,
    TimeRef,
)

__all__ = [
    "CONSTRUCTIONS",
    "UNDETERMINED",
    "Generated",
    "articles",
    "attributed_statements",
    "cues",
    "differences",
    "sources",
    "unattributed_statements",
    "vocabulary",
]

T = TypeVar("T")

# =============================================================================================
# What the strategies return


@attrs.frozen
class Generated(Generic[T]):
    """Text and its expected reading.

    ``expected`` is a :class:`~factcheck.Source` for :func:`sources`, a :class:`~factcheck.Cue`
    for :func:`cues`, and the whole expected :class:`~factcheck.Document` for the strategies
    that write statements and articles. ``constructions`` names what the text is made of
    (see :data:`CONSTRUCTIONS`), for filtering and for reports.
    """

    text: str
    expected: T
    constructions: frozenset[str] = frozenset()


#: The constructions the strategies write, by name:
#:
#: ``said_that``      The ministry said that C.
#: ``said_bare``      The ministry has said C.
#: ``told_that``      Maria Lopez told reporters that C.
#: ``told_bare``      Maria Lopez told reporters C.           (the recipient is in no span)
#: ``adjunct``        The ministry said on Tuesday that C. / said in a statement that C.
#: ``postposed``      C, the ministry said.
#: ``quote_after``    "C," Maria Lopez said.
#: ``quote_inverted`` "C," said Maria Lopez.
#: ``quote_colon``    Maria Lopez said: "C."
#: ``quote_split``    "C1," Maria Lopez said, "C2."
#: ``quote_next``     "C1," Maria Lopez said. "C2."            (the quotation goes on)
#: ``quote_next_paragraph`` "C1," Maria Lopez said. / "C2."  (in a paragraph of its own)
#: ``mixed``          The mayor said the plan was "a disaster".
#: ``according_front`` According to Reuters, C.
#: ``according_end``  C, according to Reuters.
#: ``continuation``   ... It added that C. / She said C. / They added: "C."
#: ``nested``         The agency said officials believed C.
#: ``nested_according`` The mayor said C, according to Reuters.
#: ``apposition``     "C," said Maria Lopez, an aid worker.               (a source form)
#: ``apposition_before_cue`` Maria Lopez, an aid worker, said C.         (a source form)
#: ``artefact``       A statement from the ministry said C.               (a source form)
#: ``artefact_by``    A report by the army said C.                        (a source form)
#: ``second_mention`` Lopez said C. after Maria Lopez said C.  (a source form)
#: ``short_org_mention`` The ministry said C. after The health ministry said C.
#: ``continuation_after_nested`` The agency said officials believed C. It added that D.
#: ``headline_attributed`` Health ministry says port will reopen
#: ``bare_at_least``  Officials believed at least 27 people were missing.  (a clause form)
#: ``plural_base_cue`` C, police say. / State-run media say C. / "C," say residents.
#: ``same_head_names`` The Interior Ministry said C. The Defence Ministry said D.  (two sources)
#: ``cue_word_as_noun`` The city council said the new rules were deeply flawed. (a clause form)
#: ``unattributed``   Police detained 27 people on Monday.
#: ``unheld_attitude`` There are fears that C.
CONSTRUCTIONS: tuple[str, ...] = (
    "said_that",
    "said_bare",
    "told_that",
    "told_bare",
    "adjunct",
    "postposed",
    "quote_after",
    "quote_inverted",
    "quote_colon",
    "quote_split",
    "quote_next",
    "quote_next_paragraph",
    "mixed",
    "according_front",
    "according_end",
    "continuation",
    "nested",
    "nested_according",
    "apposition",
    "apposition_before_cue",
    "artefact",
    "artefact_by",
    "second_mention",
    "short_org_mention",
    "continuation_after_nested",
    "headline_attributed",
    "bare_at_least",
    "plural_base_cue",
    "same_head_names",
    "cue_word_as_noun",
    "unattributed",
    "unheld_attitude",
)

#: The attribution forms :func:`attributed_statements` writes (each gives one mode).
_FORMS_BY_MODE: dict[Mode, tuple[str, ...]] = {
    Mode.INDIRECT: (
        "said_that",
        "said_bare",
        "told_that",
        "told_bare",
        "adjunct",
        "postposed",
        "continuation",
        "nested",
        "continuation_after_nested",
    ),
    Mode.DIRECT: (
        "quote_after",
        "quote_inverted",
        "quote_colon",
        "quote_split",
        "quote_next",
        "continuation",
    ),
    Mode.MIXED: ("mixed",),
    Mode.ACCORDING_TO: ("according_front", "according_end", "nested_according"),
}
# forms whose source is never a later mention ("According to Lopez" is fine, but kept simple)
_SHORT_SOURCE_UNFIT = frozenset({"nested_according"})
_SOURCE_FORMS = frozenset(
    {"apposition", "artefact", "artefact_by", "second_mention", "short_org_mention"}
)
#: source and clause forms that other constructions may be written with
_OPTIONAL_FORMS = _SOURCE_FORMS | {
    "bare_at_least",
    "plural_base_cue",
    "apposition_before_cue",
    "same_head_names",
    "cue_word_as_noun",
}
_ATTRIBUTION_FORMS = tuple(dict.fromkeys(f for forms in _FORMS_BY_MODE.values() for f in forms))

# =============================================================================================
# Vocabulary: small built-in word lists (none of them from any corpus)


@attrs.frozen
class _Src:
    """A source as the strategies know it."""

    text: str  #: as written inside a sentence ("the health ministry")
    kind: SourceKind
    vague: bool = False
    plural: bool = False
    pronoun: str = "it"  #: the pronoun a later "It added" uses: he, she, it, they
    head: str = ""  #: two sources of one article never share a head
    short: str | None = None  #: a later mention: "Lopez", "the ministry"
    shape: str = "plain"  #: plain, name, title, apposition, artefact, media
    headline: str | None = None  #: as a headline writes it: "Health ministry"


def _person(name: str, pronoun: str) -> _Src:
    return _Src(
        name,
        SourceKind.PERSON,
        pronoun=pronoun,
        head=name.split()[-1].lower(),
        short=name.split()[-1],
        shape="name",
        headline=name.split()[-1],
    )


def _titled(name: str, pronoun: str, kind: SourceKind = SourceKind.OFFICIAL) -> _Src:
    return _Src(
        name,
        kind,
        pronoun=pronoun,
        head=name.split()[-1].lower(),
        short=name.split()[-1],
        shape="title",
        headline=name.split()[-1],
    )


def _org(
    text: str, kind: SourceKind, short: str | None = None, headline: str | None = None
) -> _Src:
    return _Src(
        text,
        kind,
        head=text.split()[-1].lower(),
        short=short,
        headline=headline,
    )


_ORG_KINDS = frozenset(
    {SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.ORGANISATION, SourceKind.MEDIA}
)
_PEOPLE: tuple[_Src, ...] = (
    _person("Maria Lopez", "she"),
    _person("Joe Smith", "he"),
    _person("Ana Costa", "she"),
    _person("David Okafor", "he"),
    _person("Sarah Mitchell", "she"),
    _person("Tomasz Nowak", "he"),
    _person("Fatima Haddad", "she"),
    _person("Kenji Sato", "he"),
)
_OFFICIALS: tuple[_Src, ...] = (
    _titled("Interior Minister Hassan Karimi", "he"),
    _titled("Mayor Ruth Adams", "she"),
    _titled("Senator Paul Grant", "he"),
    _titled("Health Secretary Claire Dunn", "she"),
)
_ORGS: tuple[_Src, ...] = (
    _org("the health ministry", SourceKind.GOVERNMENT, "the ministry", "Health ministry"),
    _org("the city council", SourceKind.GOVERNMENT, "the council", "City council"),
    _org("the army", SourceKind.MILITARY, None, "Army"),
    _org("the electricity company", SourceKind.ORGANISATION, "the company", "Electricity company"),
    _org("the teachers' union", SourceKind.ORGANISATION, "the union", "Teachers' union"),
    _org("the foreign ministry", SourceKind.GOVERNMENT, "the ministry", "Foreign ministry"),
    _org("the Interior Ministry", SourceKind.GOVERNMENT, "the ministry", "Interior Ministry"),
    _org("the Defence Ministry", SourceKind.GOVERNMENT, "the ministry", "Defence Ministry"),
)
_MEDIA: tuple[_Src, ...] = (
    _Src("Reuters", SourceKind.MEDIA, head="reuters", shape="media", headline="Reuters"),
    _Src("the Anadolu news agency", SourceKind.MEDIA, head="agency", shape="media"),
    _Src("the BBC", SourceKind.MEDIA, head="bbc", shape="media", headline="BBC"),
    _Src("Al Jazeera", SourceKind.MEDIA, head="jazeera", shape="media", headline="Al Jazeera"),
)
_VAGUE: tuple[_Src, ...] = (
    _Src("officials", SourceKind.OFFICIAL, True, True, "they", "official"),
    _Src("US officials", SourceKind.OFFICIAL, True, True, "they", "official"),
    _Src("a senior official", SourceKind.OFFICIAL, True, False, "he", "official"),
    _Src("local residents", SourceKind.PERSON, True, True, "they", "residents"),
    _Src("analysts", SourceKind.PERSON, True, True, "they", "analysts"),
    _Src("witnesses", SourceKind.PERSON, True, True, "they", "witnesses"),
    _Src("sources", SourceKind.ANONYMOUS, True, True, "they", "sources"),
    _Src("state-run media", SourceKind.MEDIA, True, True, "they", "media"),
    _Src("police", SourceKind.GOVERNMENT, False, True, "they", "police"),
    _Src("a spokeswoman for the city council", SourceKind.OFFICIAL, True, False, "she", "council"),
)
_PLURAL_VAGUE = tuple(s for s in _VAGUE if s.plural)
_HEADLINE_ORGS = tuple(s for s in _ORGS if s.headline is not None)
#: appositions, with the pronoun of the people they may describe (None: anyone)
_ROLES: tuple[tuple[str, str | None], ...] = (
    ("a spokeswoman for the city council", "she"),
    ("a spokesman for the health ministry", "he"),
    ("an aid worker", None),
    ("a local doctor", None),
)
_ARTEFACTS: tuple[str, ...] = ("a statement from", "a letter from", "a report by")


def _source_forms(src: _Src) -> set[str]:
    """The source forms (of :data:`CONSTRUCTIONS`) a source is written in."""
    if src.shape == "artefact":
        return {"artefact_by" if " by " in src.text else "artefact"}
    return {"apposition"} if src.shape == "apposition" else set()


def _apposition(person: _Src, role: str) -> _Src:
    return attrs.evolve(person, text=f"{person.text}, {role}", shape="apposition")


def _artefact(noun: str, org: _Src) -> _Src:
    return attrs.evolve(org, text=f"{noun} {org.text}", shape="artefact", short=None, headline=None)


@attrs.frozen
class _Verb:
    """A cue verb and how it may attribute."""

    lemma: str
    past: str
    sg: str  #: present, third person singular
    pl: str  #: present, plural
    part: str
    certainty: Certainty
    polarity: Polarity = Polarity.POSITIVE
    bare: bool = False  #: "said the port was closed" (no "that")
    quote: bool = False  #: "...," she said. / she said: "..."
    after: bool = False  #: "C, the ministry said." (indirect, postposed)


_VERBS: tuple[_Verb, ...] = (
    _Verb(
        "say", "said", "says", "say", "said", Certainty.CERTAIN, bare=True, quote=True, after=True
    ),
    _Verb("add", "added", "adds", "add", "added", Certainty.CERTAIN, quote=True, after=True),
    _Verb(
        "report",
        "reported",
        "reports",
        "report",
        "reported",
        Certainty.CERTAIN,
        quote=True,
        after=True,
    ),
    _Verb("warn", "warned", "warns", "warn", "warned", Certainty.CERTAIN, quote=True, after=True),
    _Verb("confirm", "confirmed", "confirms", "confirm", "confirmed", Certainty.CERTAIN),
    _Verb("announce", "announced", "announces", "announce", "announced", Certainty.CERTAIN),
    _Verb("deny", "denied", "denies", "deny", "denied", Certainty.CERTAIN, Polarity.NEGATIVE),
    _Verb("claim", "claimed", "claims", "claim", "claimed", Certainty.CERTAIN, after=True),
    _Verb(
        "believe",
        "believed",
        "believes",
        "believe",
        "believed",
        Certainty.PROBABLE,
        bare=True,
        after=True,
    ),
    _Verb("expect", "expected", "expects", "expect", "expected", Certainty.PROBABLE, bare=True),
    _Verb("estimate", "estimated", "estimates", "estimate", "estimated", Certainty.PROBABLE),
    _Verb("fear", "feared", "fears", "fear", "feared", Certainty.POSSIBLE, bare=True),
    _Verb("suspect", "suspected", "suspects", "suspect", "suspected", Certainty.POSSIBLE),
)
_VERB = {v.lemma: v for v in _VERBS}
_AFTER_VERBS = tuple(v for v in _VERBS if v.after)
_QUOTE_VERBS = tuple(v for v in _VERBS if v.quote)
_BARE_VERBS = tuple(v for v in _VERBS if v.bare)
_TELL = _Verb("tell", "told", "tells", "tell", "told", Certainty.CERTAIN)
#: verbs that go with "in a statement", "on Tuesday": "said in a statement that"
_ADJUNCT_VERBS = ("say", "report", "warn", "confirm", "announce", "deny", "claim")

# Clauses: subjects and predicates, written to hold no word of attribution.
# (subjects, predicates): each predicate as (singular, plural, takes a past time adjunct)
_STATES: tuple[tuple[tuple[str, ...], tuple[tuple[str, str, bool], ...]], ...] = (
    (
        (
            "the bridge",
            "the port",
            "the airport",
            "the main road",
            "the border crossing",
            "the railway line",
            "schools",
            "the roads",
        ),
        (
            ("was closed", "were closed", True),
            ("will reopen", "will reopen", False),
            ("had been damaged", "had been damaged", True),
            ("is unsafe", "are unsafe", False),
            ("remained under repair", "remained under repair", True),
        ),
    ),
    (
        ("the power plant", "the dam", "the hospital", "flights", "the ferries"),
        (
            ("was running normally", "were running normally", True),
            ("would be delayed", "would be delayed", False),
            ("has stopped working", "have stopped working", False),
        ),
    ),
    (
        ("the ceasefire", "the talks", "the curfew"),
        (
            ("had collapsed", "had collapsed", True),
            ("would resume", "would resume", False),
            ("was holding", "were holding", False),
        ),
    ),
    (
        ("the new rules", "the first reports"),
        (
            ("was deeply flawed", "were deeply flawed", False),
            ("had been withdrawn", "had been withdrawn", True),
        ),
    ),
    (
        ("fuel prices", "food supplies", "the water supply"),
        (
            ("had risen sharply", "had risen sharply", True),
            ("is running low", "are running low", False),
        ),
    ),
)
#: subjects whose noun is also a cue verb ("rules", "reports"), after an adjective
_CUE_NOUN_SUBJECTS: tuple[str, ...] = ("the new rules", "the first reports")
_PLURAL_SUBJECTS = frozenset(
    {
        *_CUE_NOUN_SUBJECTS,
        "schools",
        "the roads",
        "flights",
        "the ferries",
        "the talks",
        "fuel prices",
        "food supplies",
    }
)
# (agent, past verb) for clauses with a quantity: "police detained more than 100 protesters"
_AGENTS: tuple[tuple[str, str], ...] = (
    ("police", "detained"),
    ("troops", "rescued"),
    ("the coast guard", "evacuated"),
    ("rescuers", "pulled out"),
    ("the hospital", "treated"),
)
_COUNTED: tuple[str, ...] = ("people", "protesters", "families", "suspects", "passengers")
_FIRST_PERSON: tuple[str, ...] = (
    "We will not leave",
    "We have closed the bridge",
    "Our teams are working day and night",
    "The situation is under control",
    "Nobody was hurt",
)
# (singular verb, plural verb, quoted fragment): the governor said the plan was "a disaster"
_FRAGMENTS: tuple[tuple[str, str, str], ...] = (
    ("was", "were", "a disaster"),
    ("was", "were", "deeply flawed"),
    ("would be", "would be", "a turning point"),
    ("had been", "had been", "completely unacceptable"),
    ("is", "are", "out of control"),
)
_MIXED_SUBJECTS: tuple[str, ...] = ("the plan", "the decision", "the talks", "the new rules")
_HEADLINE_SUBJECTS: tuple[str, ...] = ("Port", "Bridge", "Airport", "Main road", "Power plant")
_HEADLINE_PREDICATES: tuple[str, ...] = (
    "closed after floods",
    "to reopen after repairs",
    "shut as storm hits",
    "damaged in blast",
)
_HEADLINE_CLAIMS: tuple[str, ...] = ("port will reopen", "bridge is unsafe", "road was closed")
_ATTITUDES: tuple[str, ...] = (
    "There are fears that",
    "There are concerns that",
    "There were fears that",
    "There are growing concerns that",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
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
_ZONES: tuple[tuple[str, str], ...] = (("UK", "Europe/London"), ("UTC", "UTC"))

# Messages of the flags (as factcheck.flags writes them; :func:`differences` ignores messages).
_UNATTRIBUTED_MSG = "No source: the claim stands in the publisher's own voice."


def _vague_msg(text: str) -> str:
    return f"Vague source: {text!r} does not say who spoke."


def _unheld_msg(text: str) -> str:
    return f"Attitude with no holder: {text!r} says not whose."


def vocabulary() -> dict[str, tuple[str, ...]]:
    """Every word list the strategies write from, by name (to check them against a lexicon)."""
    return {
        "sources": tuple(s.text for s in (*_PEOPLE, *_OFFICIALS, *_ORGS, *_MEDIA, *_VAGUE)),
        "roles": tuple(r for r, _ in _ROLES),
        "artefacts": _ARTEFACTS,
        "cues": tuple(w for v in _VERBS for w in (v.past, v.sg, v.pl, v.part)),
        "subjects": (*(w for s, _ in _STATES for w in s), *_MIXED_SUBJECTS),
        "predicates": tuple(w for _, ps in _STATES for p in ps for w in p[:2]),
        "agents": tuple(f"{a} {v}" for a, v in _AGENTS),
        "counted": _COUNTED,
        "quotes": _FIRST_PERSON,
        "fragments": tuple(f[2] for f in _FRAGMENTS),
        "headlines": (*_HEADLINE_SUBJECTS, *_HEADLINE_PREDICATES, *_HEADLINE_CLAIMS),
    }


# =============================================================================================
# Pieces of text with marks: a sentence is written as a list of strings and marks, and the
# marks become spans when the article is put together.


@attrs.frozen
class _Open:
    key: str


@attrs.frozen
class _Close:
    key: str


@attrs.frozen
class _Break:
    """The end of a statement inside a construction ("C1," she said. | "C2.")."""


_Piece = str | _Open | _Close | _Break


def _mark(key: str, *inner: _Piece) -> list[_Piece]:
    return [_Open(key), *inner, _Close(key)]


@attrs.frozen
class _QtySpec:
    key: str
    low: float | None
    high: float | None
    approximate: bool
    relation: Relation = Relation.EQ


@attrs.frozen
class _TimeSpec:
    key: str
    kind: str  #: weekday, yesterday, last_week
    weekday: int = 0


@attrs.frozen
class _AttSpec:
    """An attribution in a sentence, by the keys of its marks."""

    key: str
    cue: str  #: key of the cue's mark
    content: tuple[str, ...]  #: keys of the content's marks
    lemma: str
    certainty: Certainty
    polarity: Polarity
    mode: Mode
    source: str | None = None  #: key of the source's mark
    src: _Src | None = None  #: what the source is (None for a pronoun)
    mention: str = "full"  #: full, short (a later mention), headline, pronoun
    parent: str | None = None  #: key of the attribution whose content holds this one
    antecedent: str | None = None  #: for a pronoun: key of the attribution it continues


@attrs.frozen
class _Sentence:
    pieces: tuple[_Piece, ...]
    atts: tuple[_AttSpec, ...] = ()
    qtys: tuple[_QtySpec, ...] = ()
    times: tuple[_TimeSpec, ...] = ()
    constructions: frozenset[str] = frozenset()
    unheld: str | None = None  #: key of an attitude with no holder


class _Keys:
    """Fresh keys for marks, and what a passage has said so far that later sentences must agree
    with: the figure of each counted noun (two figures for one count are a conflict)."""

    def __init__(self) -> None:
        self.n = 0
        self.figures: dict[str, tuple[str, int, int]] = {}

    def __call__(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"


# =============================================================================================
# Drawing pieces


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@attrs.frozen
class _Clause:
    pieces: tuple[_Piece, ...]
    qtys: tuple[_QtySpec, ...] = ()
    times: tuple[_TimeSpec, ...] = ()


def _fmt_int(n: int) -> str:
    return f"{n:,}"


@st.composite
def _quantity(draw: st.DrawFn, keys: _Keys, noun: str) -> tuple[list[_Piece], _QtySpec]:
    figure = keys.figures.get(noun)
    if figure is None:
        kind = draw(st.sampled_from(("exact", "more_than", "about", "between", "at_least")))
        n = draw(st.sampled_from((27, 100, 144, 250, 1500, 2500)))
        m = n + draw(st.sampled_from((1000, 500, 20))) if kind == "between" else n
        keys.figures[noun] = figure = (kind, n, m)
    kind, n, m = figure
    key = keys("qty")
    if kind == "exact":
        words, spec = f"{_fmt_int(n)} {noun}", _QtySpec(key, n, n, False)
    elif kind == "more_than":
        words = f"more than {_fmt_int(n)} {noun}"
        spec = _QtySpec(key, n + 1, None, False, Relation.GT)
    elif kind == "about":
        words, spec = f"about {_fmt_int(n)} {noun}", _QtySpec(key, n, n, True)
    elif kind == "at_least":
        words = f"at least {_fmt_int(n)} {noun}"
        spec = _QtySpec(key, n, None, False, Relation.GE)
    else:
        words = f"between {_fmt_int(n)} and {_fmt_int(m)} {noun}"
        spec = _QtySpec(key, n, m, False, Relation.RANGE)
    return _mark(key, words), spec


@st.composite
def _time(draw: st.DrawFn, keys: _Keys) -> tuple[list[_Piece], _TimeSpec]:
    key = keys("time")
    kind = draw(st.sampled_from(("weekday", "yesterday", "last_week")))
    if kind == "weekday":
        wd = draw(st.integers(0, 6))
        return _mark(key, f"on {_WEEKDAYS[wd]}"), _TimeSpec(key, kind, wd)
    if kind == "yesterday":
        return _mark(key, "yesterday"), _TimeSpec(key, kind)
    return _mark(key, "last week"), _TimeSpec(key, kind)


@st.composite
def _clause(draw: st.DrawFn, keys: _Keys, initial: bool = False) -> _Clause:
    """A content clause with no word of attribution: "the port was closed on Monday"."""
    kind = draw(st.sampled_from(("state", "count", "count_subject")))
    if kind == "state":
        subjects, predicates = draw(st.sampled_from(_STATES))
        subject = draw(st.sampled_from(subjects))
        plural = subject in _PLURAL_SUBJECTS
        sg, pl, timed = draw(st.sampled_from(predicates))
        pieces: list[_Piece] = [_cap(subject) if initial else subject, " ", pl if plural else sg]
        times: list[_TimeSpec] = []
        if timed and draw(st.booleans()):
            tp, ts = draw(_time(keys))
            pieces += [" ", *tp]
            times.append(ts)
        return _Clause(tuple(pieces), (), tuple(times))
    if kind == "count":
        agent, verb = draw(st.sampled_from(_AGENTS))
        qp, qs = draw(_quantity(keys, draw(st.sampled_from(_COUNTED))))
        pieces = [_cap(agent) if initial else agent, " ", verb, " ", *qp]
        times = []
        if draw(st.booleans()):
            tp, ts = draw(_time(keys))
            pieces += [" ", *tp]
            times.append(ts)
        return _Clause(tuple(pieces), (qs,), tuple(times))
    noun = draw(st.sampled_from(_COUNTED))
    qp, qs = draw(_quantity(keys, noun))
    if initial:
        first = qp[1]
        assert isinstance(first, str)
        qp = [qp[0], _cap(first), qp[2]]
    tail = draw(st.sampled_from(("had left their homes", "were still missing", "were evacuated")))
    return _Clause((*qp, " ", tail), (qs,), ())


def _plain(pieces: Iterable[_Piece]) -> str:
    return "".join(p for p in pieces if isinstance(p, str))


def _bare(clause: _Clause, that: str) -> set[str]:
    """Constructions a clause makes after a cue with no "that": "believed at least 27 ..."."""
    if not that and _plain(clause.pieces).startswith("at least"):
        return {"bare_at_least"}
    return set()


def _nested_inner(
    draw: st.DrawFn, keys: _Keys, src: _Src, parent: str, capitalise: bool
) -> tuple[list[_Piece], _AttSpec, _Clause, set[str]]:
    """The attribution nested in an outer one's content: "officials believed (that) C". Returns
    its pieces, its expected attribution (``parent``'s child), the clause, and the
    constructions the clause makes."""
    inner = draw(st.sampled_from(_BARE_VERBS))
    i_a, i_s, i_k, i_c = keys("att"), keys("src"), keys("cue"), keys("con")
    clause = draw(_clause(keys))
    that = draw(st.sampled_from(("", "that ")))
    pieces = [
        *_mark(i_s, _cap(src.text) if capitalise else src.text),
        " ",
        *_mark(i_k, inner.past),
        " ",
        *_mark(i_c, that, *clause.pieces),
    ]
    spec = _AttSpec(
        i_a,
        i_k,
        (i_c,),
        inner.lemma,
        inner.certainty,
        inner.polarity,
        Mode.INDIRECT,
        source=i_s,
        src=src,
        parent=parent,
    )
    return pieces, spec, clause, _bare(clause, that)


@attrs.frozen
class _Style:
    """A publication's house style."""

    open_q: str = "\u201c"
    close_q: str = "\u201d"
    stop_inside: bool = False  #: American style: a fragment's full stop goes inside the marks


_STYLES = st.sampled_from(
    (
        _Style(),
        _Style('"', '"'),
        _Style("\u201c", "\u201d", True),
    )
)


@attrs.frozen
class _Pick:
    """A source chosen for a sentence, and how it is mentioned."""

    src: _Src
    mention: str = "full"  #: full or short (a later mention)
    tags: frozenset[str] = frozenset()  #: constructions the choice makes ("same_head_names")

    @property
    def words(self) -> str:
        if self.mention == "short" and self.src.short is not None:
            return self.src.short
        return self.src.text


def _source_pieces(key: str, pick: _Pick, initial: bool, final: bool = False) -> list[_Piece]:
    """The source's mark; an apposition closes with a comma unless it ends the sentence, and
    that comma is part of the source (PolNeAR: parenthetical commas are part of the source)."""
    w = _cap(pick.words) if initial else pick.words
    if pick.src.shape == "apposition" and pick.mention == "full" and not final:
        w += ","
    return _mark(key, w)


def _verb_form(verb: _Verb, tense: str, plural: bool) -> str:
    if tense == "past":
        return verb.past
    if tense == "perfect":
        return ("have " if plural else "has ") + verb.part
    if tense == "also":
        return "also " + verb.past
    return verb.pl if plural else verb.sg


@st.composite
def _cue_words(
    draw: st.DrawFn, verb: _Verb, plural: bool, present: bool = False, past: bool = False
) -> str:
    """The cue as a tense of ``verb``: said, says, has said, also said. Only verbs of saying
    take the perfect here ("has said", not "has believed")."""
    if present:
        return _verb_form(verb, "present", plural)
    if past:
        return verb.past
    tenses = ["past", "present", "also"]
    if verb.certainty is Certainty.CERTAIN:
        tenses.insert(1, "perfect")
    return _verb_form(verb, draw(st.sampled_from(tenses)), plural)


# =============================================================================================
# Sentences with an attribution


@st.composite
def _attributed(
    draw: st.DrawFn,
    keys: _Keys,
    form: str,
    pick: _Pick,
    style: _Style,
    present: bool = False,
    inner: _Pick | None = None,
) -> _Sentence:
    """One sentence of ``form`` with ``pick`` as its source (and ``inner`` as the source of a
    nested attribution), named for what it is made of."""
    sent = draw(_attributed_sentence(keys, form, pick, style, present, inner))
    made = set(sent.constructions) | pick.tags | _text_tags(sent.pieces)
    if inner is not None:
        made |= inner.tags
    for a in sent.atts:
        if a.src is None or a.source is None:
            continue
        if a.src.shape == "apposition" and _marked(sent.pieces, a.source).endswith(","):
            made.add("apposition_before_cue")  # "Maria Lopez, an aid worker, said"
        cue = _marked(sent.pieces, a.cue).split()[-1].rstrip(":")
        noun = _marked(sent.pieces, a.source).split(",")[0].split()[-1]
        verb = _VERB.get(a.lemma)
        inverted = _position(sent.pieces, a.source) > _position(sent.pieces, a.cue)
        if (
            a.src.plural
            and verb is not None
            and cue == verb.pl
            and (inverted or not (noun.endswith("s") or noun[:1].isupper()))
        ):
            # "state-run media say", '"C," say residents' (not "Police say", "officials say")
            made.add("plural_base_cue")

    return attrs.evolve(sent, constructions=frozenset(made))


def _text_tags(pieces: Iterable[_Piece]) -> set[str]:
    """Constructions a sentence makes by its words: a cue word used as a noun after an
    adjective ("the new rules were")."""
    text = _plain(pieces).lower()
    return {"cue_word_as_noun"} if any(n in text for n in _CUE_NOUN_SUBJECTS) else set()


def _position(pieces: Sequence[_Piece], key: str) -> int:
    return next(n for n, p in enumerate(pieces) if isinstance(p, _Open) and p.key == key)


def _marked(pieces: Iterable[_Piece], key: str) -> str:
    """The words inside the mark ``key``."""
    out: list[str] = []
    inside = False
    for p in pieces:
        if isinstance(p, _Open) and p.key == key:
            inside = True
        elif isinstance(p, _Close) and p.key == key:
            break
        elif inside and isinstance(p, str):
            out.append(p)
    return "".join(out)


@st.composite
def _attributed_sentence(
    draw: st.DrawFn,
    keys: _Keys,
    form: str,
    pick: _Pick,
    style: _Style,
    present: bool = False,
    inner_pick: _Pick | None = None,
) -> _Sentence:
    src = pick.src
    plural = src.plural
    a_key, s_key, c_key, k_key = keys("att"), keys("src"), keys("cue"), keys("con")
    made = {form}
    made |= _source_forms(src)
    if pick.mention == "short":
        person = src.shape in ("name", "title", "apposition")
        made.add("second_mention" if person else "short_org_mention")

    def att(
        verb: _Verb | None, mode: Mode, content: tuple[str, ...] = (c_key,), **kw: Any
    ) -> _AttSpec:
        lemma = verb.lemma if verb is not None else "according to"
        certainty = verb.certainty if verb is not None else Certainty.CERTAIN
        polarity = verb.polarity if verb is not None else Polarity.POSITIVE
        return _AttSpec(
            a_key,
            k_key,
            content,
            lemma,
            certainty,
            polarity,
            mode,
            source=s_key,
            src=src,
            mention=pick.mention,
            **kw,
        )

    if form in ("said_that", "said_bare", "adjunct", "told_that", "told_bare"):
        adjunct_times: list[_TimeSpec] = []
        if form in ("told_that", "told_bare"):
            verb = _TELL
            cue = "tells" if present else "told"
            recipient = draw(st.sampled_from(("reporters", "journalists", "the BBC")))
            lead: list[_Piece] = [*_mark(k_key, cue), " ", recipient, " "]
        else:
            bare = form == "said_bare"
            pool = [v for v in _VERBS if v.bare or not bare]
            if form == "adjunct":
                pool = [v for v in pool if v.lemma in _ADJUNCT_VERBS]
            verb = draw(st.sampled_from(pool))
            cue = draw(_cue_words(verb, plural, present, past=form == "adjunct"))
            lead = [*_mark(k_key, cue), " "]
            if form == "adjunct":
                if present or draw(st.booleans()):
                    artefact = draw(st.sampled_from(("in a statement", "in an interview")))
                    if artefact == "in a statement":
                        # the artefact joins the cue (PolNeAR marks it so more often than not)
                        lead = [*_mark(k_key, cue, " ", artefact), " "]
                    else:
                        lead += [artefact, " "]
                else:
                    tp, ts = draw(_time(keys))
                    lead += [*tp, " "]
                    adjunct_times.append(ts)
        clause = draw(_clause(keys))
        that = "" if form in ("said_bare", "told_bare") else "that "
        made |= _bare(clause, that)
        pieces = [
            *_source_pieces(s_key, pick, True),
            " ",
            *lead,
            *_mark(c_key, that, *clause.pieces),
            ".",
        ]
        return _Sentence(
            tuple(pieces),
            (att(verb, Mode.INDIRECT),),
            clause.qtys,
            (*adjunct_times, *clause.times),
            constructions=frozenset(made),
        )
    if form == "postposed":
        verb = draw(st.sampled_from(_AFTER_VERBS))
        cue = draw(_cue_words(verb, plural, present))
        clause = draw(_clause(keys, initial=True))
        pieces = [
            *_mark(c_key, *clause.pieces),
            ", ",
            *_source_pieces(s_key, pick, False),
            " ",
            *_mark(k_key, cue),
            ".",
        ]
        return _Sentence(
            tuple(pieces), (att(verb, Mode.INDIRECT),), clause.qtys, clause.times, frozenset(made)
        )
    if form in ("quote_after", "quote_inverted", "quote_colon", "quote_split", "quote_next"):
        verb = draw(st.sampled_from(_QUOTE_VERBS))
        now = present or draw(st.booleans())  # "said Lopez" or "says Lopez"
        cue = (verb.pl if plural else verb.sg) if now else verb.past
        q1 = draw(st.sampled_from(_FIRST_PERSON))
        o, c = style.open_q, style.close_q
        if form == "quote_colon":
            pieces = [
                *_source_pieces(s_key, pick, True),
                " ",
                *_mark(k_key, cue + ":"),
                " ",
                *_mark(c_key, f"{o}{q1}.{c}"),
            ]
            return _Sentence(tuple(pieces), (att(verb, Mode.DIRECT),), (), (), frozenset(made))
        if form == "quote_inverted":
            pieces = [
                *_mark(c_key, f"{o}{q1},{c}"),
                " ",
                *_mark(k_key, cue),
                " ",
                *_source_pieces(s_key, pick, False, final=True),
                ".",
            ]
            return _Sentence(tuple(pieces), (att(verb, Mode.DIRECT),), (), (), frozenset(made))
        pieces = [
            *_mark(c_key, f"{o}{q1},{c}"),
            " ",
            *_source_pieces(s_key, pick, False),
            " ",
            *_mark(k_key, cue),
        ]
        if form == "quote_after":
            return _Sentence((*pieces, "."), (att(verb, Mode.DIRECT),), (), (), frozenset(made))
        q2 = draw(st.sampled_from(tuple(q for q in _FIRST_PERSON if q != q1)))
        c2 = keys("con")
        if form == "quote_split":
            rest = "and " + q2[:1].lower() + q2[1:]
            pieces += [", ", *_mark(c2, f"{o}{rest}.{c}")]
        else:
            pieces += [".", _Break(), *_mark(c2, f"{o}{q2}.{c}")]
        return _Sentence(
            tuple(pieces),
            (att(verb, Mode.DIRECT, (c_key, c2)),),
            (),
            (),
            frozenset(made),
        )
    if form == "mixed":
        verb = draw(st.sampled_from(_BARE_VERBS))
        cue = draw(_cue_words(verb, plural, present))
        subject = draw(st.sampled_from(_MIXED_SUBJECTS))
        fplural = subject in _PLURAL_SUBJECTS
        sg, pl, frag = draw(st.sampled_from(_FRAGMENTS))
        o, c = style.open_q, style.close_q
        that = draw(st.sampled_from(("", "that ")))
        body = f"{that}{subject} {pl if fplural else sg} {o}{frag}"
        if style.stop_inside:
            pieces = [
                *_source_pieces(s_key, pick, True),
                " ",
                *_mark(k_key, cue),
                " ",
                *_mark(c_key, f"{body}.{c}"),
            ]
        else:
            pieces = [
                *_source_pieces(s_key, pick, True),
                " ",
                *_mark(k_key, cue),
                " ",
                *_mark(c_key, f"{body}{c}"),
                ".",
            ]
        return _Sentence(tuple(pieces), (att(verb, Mode.MIXED),), (), (), frozenset(made))
    if form in ("according_front", "according_end"):
        if form == "according_front":
            clause = draw(_clause(keys))
            pieces = [
                *_mark(k_key, "According to"),
                " ",
                *_source_pieces(s_key, pick, False),
                ", ",
                *_mark(c_key, *clause.pieces),
                ".",
            ]
        else:
            clause = draw(_clause(keys, initial=True))
            pieces = [
                *_mark(c_key, *clause.pieces),
                ", ",
                *_mark(k_key, "according to"),
                " ",
                *_source_pieces(s_key, pick, False, final=True),
                ".",
            ]
        return _Sentence(
            tuple(pieces),
            (att(None, Mode.ACCORDING_TO),),
            clause.qtys,
            clause.times,
            frozenset(made),
        )
    if form == "nested" or form == "continuation_after_nested":
        # The agency said officials believed C.
        outer = _VERB["say"]
        cue = draw(_cue_words(outer, plural, present))
        assert inner_pick is not None
        inner_pieces, inner_att, clause, inner_made = _nested_inner(
            draw, keys, inner_pick.src, a_key, capitalise=False
        )
        made |= inner_made
        pieces = [
            *_source_pieces(s_key, pick, True),
            " ",
            *_mark(k_key, cue),
            " ",
            *_mark(c_key, *inner_pieces),
            ".",
        ]
        return _Sentence(
            tuple(pieces),
            (att(outer, Mode.INDIRECT), inner_att),
            clause.qtys,
            clause.times,
            frozenset({*made, "nested"}),
        )
    if form == "nested_according":
        # The mayor said C, according to Reuters.   (pick is the outer, according-to source)
        assert inner_pick is not None
        inner_pieces, inner_att, clause, inner_made = _nested_inner(
            draw, keys, inner_pick.src, a_key, capitalise=True
        )
        made |= inner_made
        pieces = [
            *_mark(c_key, *inner_pieces),
            ", ",
            *_mark(k_key, "according to"),
            " ",
            *_source_pieces(s_key, pick, False, final=True),
            ".",
        ]
        return _Sentence(
            tuple(pieces),
            (att(None, Mode.ACCORDING_TO), inner_att),
            clause.qtys,
            clause.times,
            frozenset(made),
        )
    raise ValueError(f"unknown construction {form!r}")


@st.composite
def _continuation(
    draw: st.DrawFn,
    keys: _Keys,
    previous: _AttSpec,
    style: _Style,
    present: bool = False,
    mode: Mode | None = None,
) -> _Sentence:
    """It added that C. / She said C. / They added: "C." — continuing ``previous``."""
    assert previous.src is not None
    src = previous.src
    pron = _cap(src.pronoun)
    plural = src.plural or pron == "They"
    a_key, s_key, c_key, k_key = keys("att"), keys("src"), keys("cue"), keys("con")
    made = {"continuation"}
    kinds = {None: ("that", "bare", "quote"), Mode.DIRECT: ("quote",)}.get(mode, ("that", "bare"))
    kind = draw(st.sampled_from(kinds))
    if kind == "that":
        verb = draw(st.sampled_from((_VERB["add"], _VERB["say"], _VERB["warn"])))
        cue = draw(st.sampled_from((verb.past, "also " + verb.past)))
        if present:
            cue = verb.pl if plural else verb.sg
        clause = draw(_clause(keys))
        pieces: list[_Piece] = [
            *_mark(s_key, pron),
            " ",
            *_mark(k_key, cue),
            " ",
            *_mark(c_key, "that ", *clause.pieces),
            ".",
        ]
        mode = Mode.INDIRECT
    elif kind == "bare":
        verb = _VERB["say"]
        cue = verb.pl if (present and plural) else verb.sg if present else verb.past
        clause = draw(_clause(keys))
        made |= _bare(clause, "")
        pieces = [
            *_mark(s_key, pron),
            " ",
            *_mark(k_key, cue),
            " ",
            *_mark(c_key, *clause.pieces),
            ".",
        ]
        mode = Mode.INDIRECT
    else:
        verb = _VERB["add"]
        cue = verb.pl if (present and plural) else verb.sg if present else verb.past
        q = draw(st.sampled_from(_FIRST_PERSON))
        clause = _Clause(())
        pieces = [
            *_mark(s_key, pron),
            " ",
            *_mark(k_key, cue + ":"),
            " ",
            *_mark(c_key, f"{style.open_q}{q}.{style.close_q}"),
        ]
        mode = Mode.DIRECT
    spec = _AttSpec(
        a_key,
        k_key,
        (c_key,),
        verb.lemma,
        verb.certainty,
        verb.polarity,
        mode,
        source=s_key,
        src=None,
        mention="pronoun",
        antecedent=previous.key,
    )
    made |= _text_tags(pieces)
    return _Sentence(tuple(pieces), (spec,), clause.qtys, clause.times, frozenset(made))


@st.composite
def _unattributed(
    draw: st.DrawFn, keys: _Keys, kinds: Sequence[str] = ("unattributed", "unheld_attitude")
) -> _Sentence:
    """A claim in the publisher's own voice, or an attitude nobody holds."""
    if draw(st.sampled_from(tuple(kinds))) == "unattributed":
        clause = draw(_clause(keys, initial=True))
        pieces: tuple[_Piece, ...] = (*clause.pieces, ".")
        made = {"unattributed"}
        unheld = None
    else:
        att = draw(st.sampled_from(_ATTITUDES))
        unheld = keys("unheld")
        holder = att.rsplit(" ", 1)[0]  # "There are fears" (without "that")
        clause = draw(_clause(keys))
        pieces = (*_mark(unheld, holder), " that ", *clause.pieces, ".")
        made = {"unheld_attitude"}
    made |= _text_tags(pieces)
    return _Sentence(pieces, (), clause.qtys, clause.times, frozenset(made), unheld=unheld)


# =============================================================================================
# Sources for a passage


_ALL_SHAPES = ("plain", "name", "title", "media", "apposition", "artefact", "artefact_by")


def _all_sources() -> tuple[_Src, ...]:
    return (*_PEOPLE, *_OFFICIALS, *_ORGS, *_MEDIA, *_VAGUE)


@functools.cache
def _source_pool(
    shapes: tuple[str, ...], kind: SourceKind | None = None, vague: bool | None = None
) -> tuple[_Src, ...]:
    """The sources of these shapes (simplest first, so that examples shrink to them)."""
    pool: list[_Src] = []
    if "plain" in shapes:
        pool += [*_ORGS, *_VAGUE]
    if "name" in shapes:
        pool += _PEOPLE
    if "title" in shapes:
        pool += _OFFICIALS
    if "media" in shapes:
        pool += _MEDIA
    if "apposition" in shapes:
        pool += [
            _apposition(p, r)
            for p in _PEOPLE[:4]
            for r, pronoun in _ROLES
            if pronoun in (None, p.pronoun)
        ]
    if "artefact" in shapes:
        pool += [_artefact(n, o) for n in _ARTEFACTS if " by" not in n for o in _ORGS[:3]]
    if "artefact_by" in shapes:
        pool += [_artefact(n, o) for n in _ARTEFACTS if " by" in n for o in _ORGS[:3]]
    out = tuple(
        s for s in pool if (kind is None or s.kind is kind) and (vague is None or s.vague is vague)
    )
    if not out:
        raise ValueError(f"no source of kind {kind} and vague={vague} among shapes {shapes}")
    return out


_SHAPES_FOR_FORM: dict[str, tuple[str, ...]] = {
    # an apposition or an artefact reads naturally only in some positions
    "quote_inverted": ("plain", "name", "title", "media", "apposition"),
    "according_front": ("plain", "name", "title", "media"),
    "according_end": ("plain", "name", "title", "media"),
    "nested_according": ("media",),
    "told_that": ("name", "title", "plain", "apposition"),
    "told_bare": ("name", "title", "plain", "apposition"),
}


def _shapes(form: str, allowed: Collection[str]) -> tuple[str, ...]:
    shapes = _SHAPES_FOR_FORM.get(form, _ALL_SHAPES)
    return tuple(s for s in shapes if s not in _SOURCE_FORMS or s in allowed)


# =============================================================================================
# Putting sentences together: text, spans, and the expected Document


@attrs.frozen
class _Para:
    sentences: tuple[_Sentence, ...]
    role: Role


def _render(paras: Sequence[_Para]) -> tuple[str, dict[str, Span], list[tuple[Span, Role]]]:
    """Write the paragraphs, one a line; return the text, the marks' spans, and the statements'
    spans and roles."""
    out: list[str] = []
    pos = 0
    spans: dict[str, Span] = {}
    opened: dict[str, int] = {}
    statements: list[tuple[Span, Role]] = []
    for k, para in enumerate(paras):
        if k:
            out.append("\n")
            pos += 1
        for n, sent in enumerate(para.sentences):
            if n:
                out.append(" ")
                pos += 1
            start = pos
            for p in sent.pieces:
                if isinstance(p, str):
                    out.append(p)
                    pos += len(p)
                elif isinstance(p, _Open):
                    opened[p.key] = pos
                elif isinstance(p, _Close):
                    spans[p.key] = Span(opened.pop(p.key), pos)
                else:
                    statements.append((Span(start, pos), para.role))
                    out.append(" ")
                    pos += 1
                    start = pos
            statements.append((Span(start, pos), para.role))
    text = "".join(out) + "\n"
    return text, spans, statements


def _latest_weekday(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _resolve_time(spec: _TimeSpec, published: dt.datetime | None) -> tuple[dt.date, dt.date] | None:
    if published is None:
        return None
    day = published.date()
    if spec.kind == "weekday":
        d = _latest_weekday(day, spec.weekday)
        return d, d
    if spec.kind == "yesterday":
        d = day - dt.timedelta(days=1)
        return d, d
    monday = day - dt.timedelta(days=day.weekday() + 7)
    return monday, monday + dt.timedelta(days=6)


def _strip_det(s: str) -> str:
    words = s.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _entity_name(mention: str, src: _Src) -> str:
    """The entity's name, from its first mention as written (factcheck's convention)."""
    if src.shape == "artefact":
        return _strip_det(
            mention.split(" ", 3)[3]
            if mention.lower().startswith(("a statement", "a letter", "a report"))
            else mention
        )
    if src.shape == "apposition":
        mention = mention.split(",", 1)[0]
    return _strip_det(mention)


def _identity(src: _Src) -> str:
    """What names one entity: the organisation behind an artefact, the person of an apposition."""
    if src.shape == "artefact":
        return src.text.split(" ", 3)[3]
    return src.text.split(",", 1)[0]


def _expected_document(
    text: str,
    spans: dict[str, Span],
    statements: list[tuple[Span, Role]],
    sentences: Sequence[_Sentence],
    published: dt.datetime | None,
    dateline: Span | None,
) -> Document:
    specs = [a for s in sentences for a in s.atts]
    order = sorted(specs, key=lambda a: (spans[a.cue].start, spans[a.cue].end))
    ids = {a.key: n for n, a in enumerate(order)}
    sources: dict[str, Source] = {}  # attribution key -> its source
    entities: dict[str, str] = {}  # the source's identity -> entity name
    atts: list[Attribution] = []
    for a in order:
        source = None
        if a.source is not None:
            sp = spans[a.source]
            mention = sp.of(text)
            if a.mention == "pronoun":
                assert a.antecedent is not None
                ante = sources[a.antecedent]
                source = Source(sp, mention, ante.entity, ante.kind, ante.vague, ante.span)
            else:
                assert a.src is not None
                name = entities.setdefault(_identity(a.src), _entity_name(mention, a.src))
                source = Source(sp, mention, name, a.src.kind, a.src.vague)
            sources[a.key] = source
        cue_span = spans[a.cue]
        atts.append(
            Attribution(
                id=ids[a.key],
                cue=Cue(cue_span, cue_span.of(text), a.lemma, a.certainty, a.polarity),
                content=tuple(spans[k] for k in a.content),
                mode=a.mode,
                source=source,
                parent=ids[a.parent] if a.parent is not None else None,
            )
        )
    quantities = sorted(
        (
            Quantity(
                spans[q.key],
                spans[q.key].of(text),
                q.low,
                q.high,
                q.approximate,
                relation=q.relation,
            )
            for s in sentences
            for q in s.qtys
        ),
        key=lambda q: q.span,
    )
    times: list[TimeRef] = []
    for s in sentences:
        for t in s.times:
            ts = spans[t.key]
            when = _resolve_time(t, published)
            if when is None:
                times.append(TimeRef(ts, ts.of(text)))
            else:
                times.append(TimeRef(ts, ts.of(text), when[0], when[1]))
    times.sort(key=lambda t: t.span)
    unheld = sorted(spans[s.unheld] for s in sentences if s.unheld is not None)
    out: list[Statement] = []
    for n, (span, role) in enumerate(statements):
        mine = tuple(
            att
            for att in atts
            if span.start <= att.cue.span.start < span.end
            or any(c.overlaps(span) for c in att.content)
        )
        flags: list[Flag] = []
        if role is not Role.DATELINE:
            if not mine:
                flags.append(Flag(FlagKind.UNATTRIBUTED, _UNATTRIBUTED_MSG, (span,)))
            for att in mine:
                src = att.source
                if src is not None and src.vague:
                    flags.append(Flag(FlagKind.VAGUE_SOURCE, _vague_msg(src.text), (src.span,)))
                    break
            for u in unheld:
                if span.contains(u):
                    flags.append(Flag(FlagKind.UNHELD_ATTITUDE, _unheld_msg(u.of(text)), (u,)))
        out.append(
            Statement(
                index=n,
                span=span,
                text=span.of(text),
                role=role,
                attributions=mine,
                quantities=tuple(q for q in quantities if span.contains(q.span)),
                times=_main_time(tuple(t for t in times if span.contains(t.span)), mine),
                flags=tuple(flags),
            )
        )
    return Document(text=text, statements=tuple(out), published=published, dateline=dateline)


def _main_time(times: tuple[TimeRef, ...], atts: tuple[Attribution, ...]) -> tuple[TimeRef, ...]:
    """Mark the statement's own time (``main``): the time of what a source says, else the only
    time of the statement (factcheck's convention; two different candidates: none)."""
    inside = [t for t in times if any(c.contains(t.span) for a in atts for c in a.content)]
    pool = inside or list(times)
    if not pool:
        return times
    first = pool[0]
    if len(pool) > 1 and not all(
        (t.start, t.end) == (first.start, first.end) and t.start is not None for t in pool
    ):
        return times
    return tuple(attrs.evolve(t, main=True) if t is first else t for t in times)


def _constructions(paras: Iterable[_Para]) -> frozenset[str]:
    return frozenset(c for p in paras for s in p.sentences for c in s.constructions)


def _generated(paras: Sequence[_Para], published: dt.datetime | None = None) -> Generated[Document]:
    text, spans, statements = _render(paras)
    dateline = None
    for span, role in statements:
        if role is Role.DATELINE:
            dateline = span
    sentences = [s for p in paras for s in p.sentences]
    if _contradicts(sentences):
        # factcheck flags a claim both denied and asserted in one article as a conflict; the
        # strategies do not write conflicts
        reject()
    doc = _expected_document(text, spans, statements, sentences, published, dateline)
    return Generated(text, doc, _constructions(paras))


_NOT_CLAUSE_WORDS = frozenset({"that", "the", "a", "an"})


def _clause_words(words: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"\w+", words.lower()) if w not in _NOT_CLAUSE_WORDS)


def _contradicts(sentences: Sequence[_Sentence]) -> bool:
    """Does the passage deny a clause that it also states ("X denied that C. Y said C."), at
    whatever time ("... on Monday")? (Figures agree by construction: one figure a counted noun.)
    """
    denied: set[tuple[str, ...]] = set()
    stated: set[tuple[str, ...]] = set()
    for s in sentences:
        times = {t.key for t in s.times}
        for a in s.atts:
            for k in a.content:
                words = _clause_words(_untimed(s.pieces, times, k))
                (denied if a.polarity is Polarity.NEGATIVE else stated).add(words)
        if not s.atts:  # the publisher's claim, or what "There are fears that" fears
            words = _clause_words(_untimed(s.pieces, times | {s.unheld or ""}))
            stated.add(words)
    return not denied.isdisjoint(stated)


def _untimed(pieces: Iterable[_Piece], times: Collection[str], key: str | None = None) -> str:
    """The words of the sentence (or of its mark ``key``) without its time phrases."""
    out: list[str] = []
    inside = key is None
    timed = 0
    for p in pieces:
        if isinstance(p, _Open):
            inside = inside or p.key == key
            timed += p.key in times and p.key != key
        elif isinstance(p, _Close):
            if p.key == key:
                break
            timed -= p.key in times and p.key != key
        elif isinstance(p, str) and inside and not timed:
            out.append(p)
    return "".join(out)


# =============================================================================================
# Public strategies


def sources(
    *, kind: SourceKind | None = None, vague: bool | None = None
) -> st.SearchStrategy[Generated[Source]]:
    """A source mention alone ("the health ministry", "Maria Lopez, an aid worker", "officials")
    with its expected :class:`~factcheck.Source`: span, text, entity, kind and vagueness.

    ``kind`` and ``vague`` restrict what is drawn. Put a source into a sentence with
    :func:`attributed_statements`; this strategy is for testing code that handles sources.
    """

    def build(src: _Src) -> Generated[Source]:
        made = frozenset(_source_forms(src))
        return Generated(
            src.text,
            Source(
                Span(0, len(src.text)), src.text, _entity_name(src.text, src), src.kind, src.vague
            ),
            made,
        )

    return st.sampled_from(_source_pool(_ALL_SHAPES, kind, vague)).map(build)


def cues(
    *, certainty: Certainty | None = None, polarity: Polarity | None = None
) -> st.SearchStrategy[Generated[Cue]]:
    """A cue alone ("said", "has warned", "also believes", "according to") with its expected
    :class:`~factcheck.Cue`: span, text, lemma, certainty and polarity."""
    pool: list[tuple[str, str, Certainty, Polarity]] = []
    for v in _VERBS:
        forms = [v.past, v.sg, v.pl, "also " + v.past]
        if v.certainty is Certainty.CERTAIN:  # "has said", not "has believed"
            forms += ["has " + v.part, "have " + v.part]
        pool += [(form, v.lemma, v.certainty, v.polarity) for form in forms]
    pool.append(("according to", "according to", Certainty.CERTAIN, Polarity.POSITIVE))
    pool = [
        p
        for p in pool
        if (certainty is None or p[2] is certainty) and (polarity is None or p[3] is polarity)
    ]
    if not pool:
        raise ValueError(f"no cue with certainty {certainty} and polarity {polarity}")
    return st.sampled_from(pool).map(
        lambda p: Generated(p[0], Cue(Span(0, len(p[0])), p[0], p[1], p[2], p[3]))
    )


def _check_constructions(constructions: Collection[str] | None) -> frozenset[str]:
    if constructions is None:
        return frozenset(CONSTRUCTIONS)
    unknown = set(constructions) - set(CONSTRUCTIONS)
    if unknown:
        raise ValueError(f"unknown constructions {sorted(unknown)}; see CONSTRUCTIONS")
    return frozenset(constructions)


@st.composite
def _statement_paragraph(
    draw: st.DrawFn,
    keys: _Keys,
    form: str,
    allowed: frozenset[str],
    style: _Style,
    used: dict[str, _Src],
    present: bool = False,
    mode: Mode | None = None,
) -> list[_Sentence]:
    """The sentences that make one construction: one, or two for a continuation. Source and
    clause forms not in ``allowed`` are drawn again."""
    for _ in range(4):
        trial = dict(used)  # the sources named so far, if this draw is kept
        sents = draw(_construction(keys, form, allowed, style, trial, present, mode))
        if all(s.constructions & _OPTIONAL_FORMS <= allowed for s in sents):
            used.clear()
            used.update(trial)  # in the order of mention
            return sents
    reject()


@st.composite
def _construction(
    draw: st.DrawFn,
    keys: _Keys,
    form: str,
    allowed: frozenset[str],
    style: _Style,
    used: dict[str, _Src],
    present: bool = False,
    mode: Mode | None = None,
) -> list[_Sentence]:
    if form in ("continuation", "continuation_after_nested"):
        before_form = (
            "nested"
            if form == "continuation_after_nested"
            else draw(st.sampled_from(("said_that", "said_bare", "postposed", "quote_after")))
        )
        if form == "continuation_after_nested":
            # a singular outer source, so that "It"/"She" cannot mean the plural nested one
            singular = tuple(s for s in _source_pool(_shapes(before_form, allowed)) if not s.plural)
            first = draw(_pick_source(before_form, allowed, used, candidates=singular))
        else:
            first = draw(_pick_source(before_form, allowed, used))
        inner = draw(_inner_source(before_form, allowed, used))
        s1 = draw(_attributed(keys, before_form, first, style, present=present, inner=inner))
        outer = s1.atts[0]
        s2 = draw(_continuation(keys, outer, style, present=present, mode=mode))
        if form == "continuation_after_nested":
            made = s2.constructions - {"continuation"} | {"continuation_after_nested"}
            s2 = attrs.evolve(s2, constructions=made)
        return [s1, s2]
    pick = draw(_pick_source(form, allowed, used))
    inner = draw(_inner_source(form, allowed, used))
    return [draw(_attributed(keys, form, pick, style, present=present, inner=inner))]


@st.composite
def _inner_source(
    draw: st.DrawFn, form: str, allowed: frozenset[str], used: dict[str, _Src]
) -> _Pick | None:
    """The source of a nested attribution: "officials" in "The agency said officials
    believed"; "the health ministry" in "The health ministry said C, according to Reuters"."""
    if form in ("nested", "continuation_after_nested"):
        return draw(_pick_source(form, allowed, used, candidates=_PLURAL_VAGUE))
    if form == "nested_according":
        return draw(_pick_source(form, allowed, used, candidates=_ORGS))
    return None


@st.composite
def _pick_source(
    draw: st.DrawFn,
    form: str,
    allowed: frozenset[str],
    used: dict[str, _Src],
    candidates: tuple[_Src, ...] | None = None,
) -> _Pick:
    """A source for a sentence: one already named (again in full, or by a later mention when
    allowed), or a new one. A new source never shares its head noun with another source of the
    passage ("officials", "a senior official"), except for organisations ("the health ministry",
    "the foreign ministry")."""
    shapes = _shapes(form, allowed)
    # a later mention ("the ministry", "Lopez") names the source last named with its head
    latest = {u.head: u for u in used.values()}
    again = [
        s
        for s in latest.values()
        if s.short is not None
        and (
            ("second_mention" in allowed and s.shape in ("name", "title", "apposition"))
            or ("short_org_mention" in allowed and s.shape == "plain" and not s.vague)
        )
        and ("name" in shapes or "plain" in shapes)
    ]
    if candidates is None and len(again) > 0 and draw(st.booleans()):
        src = draw(st.sampled_from(again))
        _mention(used, src)
        return _Pick(src, "short")
    by_head: dict[str, list[_Src]] = {}
    for u in used.values():
        by_head.setdefault(u.head, []).append(u)
    pool = tuple(
        s
        for s in (_source_pool(shapes) if candidates is None else candidates)
        if _identity(s) in used
        or s.head not in by_head
        or (_is_org(s) and all(_is_org(u) for u in by_head[s.head]))
    )
    # another organisation named with the head of one named already ("the Defence Ministry"
    # after "the Interior Ministry"), often enough to be tested
    siblings = tuple(
        s
        for s in pool
        if "same_head_names" in allowed
        and _identity(s) not in used
        and _named(s)
        and any(_named(u) for u in by_head.get(s.head, ()))
    )
    if len(siblings) > 0 and draw(st.booleans()):
        pool = siblings
    src = draw(st.sampled_from(pool))
    tags: set[str] = set()
    if _identity(src) not in used and any(
        _named(u) and _named(src) for u in by_head.get(src.head, ())
    ):
        tags.add("same_head_names")  # "the Interior Ministry" after "the Defence Ministry"
    _mention(used, src)
    return _Pick(src, tags=frozenset(tags))


def _mention(used: dict[str, _Src], src: _Src) -> None:
    """Note that ``src`` is named now: ``used`` holds the sources named so far, the latest
    last."""
    used.pop(_identity(src), None)
    used[_identity(src)] = src


def _is_org(src: _Src) -> bool:
    return src.kind in _ORG_KINDS and not src.vague and src.shape in ("plain", "artefact")


def _named(src: _Src) -> bool:
    """Is the organisation written as a name ("the Interior Ministry")?"""
    return _named_words(_identity(src))


def _named_words(text: str) -> bool:
    return all(w[:1].isupper() for w in text.split() if w not in ("the", "a", "an"))


def attributed_statements(
    *, mode: Mode | None = None, constructions: Collection[str] | None = None
) -> st.SearchStrategy[Generated[Document]]:
    """An attributed statement as a paragraph, with the expected :class:`~factcheck.Document`.

    The paragraph holds one statement, or two when the construction needs them: a continuation
    ("It added that") after the statement it continues, a quotation that goes on, a later
    mention ("Lopez said") after the first. ``mode`` restricts the mode of the attribution;
    ``constructions`` restricts the constructions and source forms drawn from
    (names from :data:`CONSTRUCTIONS`; by default all).
    """
    allowed = _check_constructions(constructions)
    if mode is not None and not isinstance(mode, Mode):
        raise TypeError(f"mode must be a factcheck.Mode, got {type(mode).__name__}")
    pool = _FORMS_BY_MODE[mode] if mode is not None else _ATTRIBUTION_FORMS
    forms = [f for f in pool if f in allowed]
    if not forms:
        raise ValueError(f"no construction among {sorted(allowed)} gives mode {mode}")

    @st.composite
    def build(draw: st.DrawFn) -> Generated[Document]:
        keys = _Keys()
        style = draw(_STYLES)
        used: dict[str, _Src] = {}
        sents: list[_Sentence] = []
        form = draw(st.sampled_from(forms))
        again = {"second_mention", "short_org_mention"} & allowed
        if again and form not in _SHORT_SOURCE_UNFIT and draw(st.booleans()):
            # name a source in full first, so that the statement may mention it again
            which = draw(st.sampled_from(sorted(again)))
            shape = "name" if which == "second_mention" else "plain"
            src = draw(
                st.sampled_from(
                    [s for s in _all_sources() if s.shape == shape and s.short and not s.vague]
                )
            )
            _mention(used, src)
            for _ in range(4):
                lead = draw(_attributed(keys, "said_that", _Pick(src), style))
                if lead.constructions & _OPTIONAL_FORMS <= allowed:
                    break
            else:
                reject()
            sents.append(lead)
        sents += draw(_statement_paragraph(keys, form, allowed, style, used, mode=mode))
        return _generated([_Para(tuple(sents), Role.BODY)])

    return build()


def unattributed_statements(
    *, constructions: Collection[str] | None = None
) -> st.SearchStrategy[Generated[Document]]:
    """A statement in the publisher's own voice ("Police detained 27 people on Monday.") or an
    attitude nobody holds ("There are fears that ..."), with the expected Document: no
    attribution, flagged ``unattributed`` (and ``unheld_attitude``). ``constructions``
    restricts them as for :func:`articles`."""
    allowed = _check_constructions(constructions)
    kinds = tuple(k for k in ("unattributed", "unheld_attitude") if k in allowed)
    if not kinds:
        raise ValueError("constructions name neither unattributed nor unheld_attitude")

    @st.composite
    def build(draw: st.DrawFn) -> Generated[Document]:
        keys = _Keys()
        for _ in range(4):
            s = draw(_unattributed(keys, kinds))
            if s.constructions & _OPTIONAL_FORMS <= allowed:
                return _generated([_Para((s,), Role.BODY)])
        reject()

    return build()


@st.composite
def _dateline(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    hour = draw(st.integers(0, 23))
    minute = draw(st.integers(0, 59))
    label, zone = draw(st.sampled_from(_ZONES))
    when = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz.gettz(zone))
    if not tz.datetime_exists(when):
        # the hour that clocks skip: no publisher dates an article so
        hour = 12
        when = when.replace(hour=hour)
    # published carries a fixed UTC offset (the first of a repeated hour's two: fold 0)
    offset = when.utcoffset()
    assert offset is not None
    when = when.replace(tzinfo=dt.timezone(offset))
    line = (
        f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year} "
        f"{hour:02d}:{minute:02d}, {label}"
    )
    return line, when


def _headline_inside(name: str) -> str:
    """A headline's source after its claim: "Port will reopen, health ministry says", but
    "..., Interior Ministry says" (a name keeps its capitals)."""
    return name if _named_words(name) else name[:1].lower() + name[1:]


@st.composite
def _headline(
    draw: st.DrawFn, keys: _Keys, allowed: frozenset[str], used: dict[str, _Src]
) -> _Sentence:
    if "headline_attributed" in allowed and draw(st.booleans()):
        src = draw(st.sampled_from(_HEADLINE_ORGS))
        _mention(used, src)
        claim = draw(st.sampled_from(_HEADLINE_CLAIMS))
        a_key, s_key, k_key, c_key = keys("att"), keys("src"), keys("cue"), keys("con")
        if draw(st.booleans()):
            assert src.headline is not None
            pieces: tuple[_Piece, ...] = (
                *_mark(s_key, src.headline),
                " ",
                *_mark(k_key, "says"),
                " ",
                *_mark(c_key, claim),
            )
        else:
            assert src.headline is not None
            pieces = (
                *_mark(c_key, _cap(claim)),
                ", ",
                *_mark(s_key, _headline_inside(src.headline)),
                " ",
                *_mark(k_key, "says"),
            )
        say = _VERB["say"]
        spec = _AttSpec(
            a_key,
            k_key,
            (c_key,),
            say.lemma,
            say.certainty,
            say.polarity,
            Mode.INDIRECT,
            source=s_key,
            src=src,
            mention="headline",
        )
        return _Sentence(pieces, (spec,), constructions=frozenset({"headline_attributed"}))
    if draw(st.booleans()):
        noun = draw(st.sampled_from(_COUNTED))
        qp, qs = draw(_quantity(keys, noun))
        first = qp[1]
        assert isinstance(first, str)
        return _Sentence(
            (qp[0], _cap(first), qp[2], " ", draw(st.sampled_from(("evacuated", "missing")))),
            qtys=(qs,),
        )
    return _Sentence(
        (
            draw(st.sampled_from(_HEADLINE_SUBJECTS)),
            " ",
            draw(st.sampled_from(_HEADLINE_PREDICATES)),
        ),
    )


def articles(
    *,
    constructions: Collection[str] | None = None,
    min_paragraphs: int = 1,
    max_paragraphs: int = 6,
    headline: bool | None = None,
    dateline: bool | None = None,
) -> st.SearchStrategy[Generated[Document]]:
    """A news article (headline, standfirst, dateline, body paragraphs) with its expected
    :class:`~factcheck.Document`.

    ``constructions`` restricts what the body is written with (names from
    :data:`CONSTRUCTIONS`; by default all); ``headline`` and ``dateline`` force them on or off
    (by default either). A standfirst is written only between a headline and a dateline.
    """
    allowed = _check_constructions(constructions)
    if not 1 <= min_paragraphs <= max_paragraphs:
        raise ValueError("need 1 <= min_paragraphs <= max_paragraphs")
    body_forms = [f for f in _ATTRIBUTION_FORMS if f in allowed]
    unattributed = [f for f in ("unattributed", "unheld_attitude") if f in allowed]
    kinds = [*body_forms, *unattributed]
    if not kinds:
        raise ValueError("constructions leave nothing to write a body with")

    @st.composite
    def build(draw: st.DrawFn) -> Generated[Document]:
        keys = _Keys()
        style = draw(_STYLES)
        used: dict[str, _Src] = {}
        paras: list[_Para] = []
        published: dt.datetime | None = None
        has_headline = draw(st.booleans()) if headline is None else headline
        has_dateline = has_headline and (draw(st.booleans()) if dateline is None else dateline)
        if has_headline:
            paras.append(_Para((draw(_headline(keys, allowed, used)),), Role.HEADLINE))
        if has_dateline:
            if draw(st.booleans()):
                para = draw(_body_paragraph(keys, kinds, allowed, style, used, 1, present=True))
                paras.append(_Para(para, Role.STANDFIRST))
            line, published = draw(_dateline())
            paras.append(_Para((_Sentence((line,)),), Role.DATELINE))
        # the first line of an article of several lines is its headline
        n = draw(st.integers(min_paragraphs, max_paragraphs)) if has_headline else 1
        for _ in range(n):
            para = draw(_body_paragraph(keys, kinds, allowed, style, used, 3))
            last = para[-1]
            if (
                "quote_next_paragraph" in allowed
                and has_headline  # else the first of two lines would be a headline
                and last.atts
                and last.atts[0].mode is Mode.DIRECT
                and draw(st.booleans())
            ):
                # the quotation goes on in a paragraph of its own: "C1," she said. / "C2."
                key = keys("con")
                att = last.atts[0]
                att = attrs.evolve(att, content=(*att.content, key))
                para = (*para[:-1], attrs.evolve(last, atts=(att, *last.atts[1:])))
                quote = draw(st.sampled_from(_FIRST_PERSON))
                more = _Sentence(
                    tuple(_mark(key, f"{style.open_q}{quote}.{style.close_q}")),
                    constructions=frozenset({"quote_next_paragraph"}),
                )
                paras += [_Para(para, Role.BODY), _Para((more,), Role.BODY)]
                continue
            paras.append(_Para(para, Role.BODY))
        return _generated(paras, published)

    return build()


@st.composite
def _body_paragraph(
    draw: st.DrawFn,
    keys: _Keys,
    kinds: Sequence[str],
    allowed: frozenset[str],
    style: _Style,
    used: dict[str, _Src],
    max_sentences: int,
    present: bool = False,
) -> tuple[_Sentence, ...]:
    out: list[_Sentence] = []
    target = draw(st.integers(1, max_sentences))
    while len(out) < target:
        kind = draw(st.sampled_from(kinds))
        if kind in ("unattributed", "unheld_attitude"):
            s = draw(_unattributed(keys, (kind,)))
            if s.constructions & _OPTIONAL_FORMS <= allowed:
                out.append(s)
            continue
        if kind in ("quote_next",) and out:
            continue  # the quotation that goes on ends its paragraph
        sents = draw(_statement_paragraph(keys, kind, allowed, style, used, present))
        out.extend(sents)
        if kind == "quote_next":
            break
    return tuple(out)


# =============================================================================================
# Comparing readings

#: Fields :func:`differences` ignores unless told otherwise: the strategies do not determine
#: them (flag messages are prose; what a quantity counts is a judgement; why a time is not
#: resolved is prose).
UNDETERMINED: frozenset[str] = frozenset({"message", "about", "about_span", "note"})


def differences(
    actual: Any,
    expected: Any,
    *,
    ignore: Iterable[str] = UNDETERMINED,
    path: str = "doc",
    conflicts: bool = False,
) -> list[str]:
    """Where ``actual`` differs from ``expected``, as readable lines (empty when they agree).

    Walks attrs objects field by field and tuples item by item. ``ignore`` names fields to skip
    anywhere (by default :data:`UNDETERMINED`); add ``"quantities"`` and ``"times"`` to compare
    only attributions and flags. The strategies write who says what, not whether two claims
    of an article disagree (a denial and an assertion of the same words, two figures for one
    thing): unless ``conflicts`` is true, documents are compared without their conflicts and
    conflict flags (``factcheck.compare`` has tests of its own).
    """
    skip = frozenset(ignore)
    if not conflicts:
        actual, expected = _without_conflicts(actual), _without_conflicts(expected)
    return list(_diff(actual, expected, skip, path))


def _without_conflicts(value: Any) -> Any:
    if not isinstance(value, Document):
        return value
    statements = tuple(
        attrs.evolve(st, flags=tuple(f for f in st.flags if f.kind is not FlagKind.CONFLICT))
        for st in value.statements
    )
    return attrs.evolve(value, statements=statements, conflicts=())


def _show(value: Any) -> str:
    if isinstance(value, Span):
        return f"[{value.start}, {value.end})"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if attrs.has(type(value)):
        text = getattr(value, "text", None)
        return f"{type(value).__name__}({text!r})" if text is not None else repr(value)
    return repr(value)


def _diff(actual: Any, expected: Any, skip: frozenset[str], path: str) -> Iterator[str]:
    if type(actual) is not type(expected):
        yield f"{path}: expected {_show(expected)}, got {_show(actual)}"
        return
    if isinstance(actual, Span) or not (attrs.has(type(actual)) or isinstance(actual, tuple)):
        if actual != expected:
            yield f"{path}: expected {_show(expected)}, got {_show(actual)}"
        return
    if isinstance(actual, tuple):
        for n, (a, e) in enumerate(zip(actual, expected, strict=False)):
            yield from _diff(a, e, skip, f"{path}[{n}]")
        if len(actual) != len(expected):
            extra = actual[len(expected) :] or expected[len(actual) :]
            what = "unexpected" if len(actual) > len(expected) else "missing"
            yield (
                f"{path}: {len(expected)} expected, {len(actual)} found; {what}: "
                + ", ".join(_show(x) for x in extra)
            )
        return
    for f in attrs.fields(type(actual)):
        if f.name in skip:
            continue
        if f.name == "text" and isinstance(actual, Document):
            if actual.text != expected.text:
                yield f"{path}.text: the texts differ"
            continue
        yield from _diff(
            getattr(actual, f.name), getattr(expected, f.name), skip, f"{path}.{f.name}"
        )
