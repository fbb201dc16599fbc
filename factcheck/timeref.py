"""Time: the dateline and publication time, and time phrases resolved into date ranges.

- :func:`parse_dateline` reads a dateline line ("Thursday 9 November 2017 15:25, UK",
  "Updated 3:45 PM ET, Thu November 9, 2017", ISO 8601) with python-dateutil, in the zone it
  names (countries and zone names map to IANA zones, so daylight saving applies).
- :func:`inline_dateline` finds a dateline at the start of the first paragraph of the body
  ("ANKARA, Nov 9 (Reuters) -").
- :func:`find_times` finds the time phrases of a statement ("last week", "On Thursday morning",
  "within a week", "hours after") and resolves each against the publication date into an
  inclusive range of dates (:class:`~factcheck.model.TimeRef`); it marks the statement's own time
  (``main``).

The conventions (which Thursday, which week, what is a deadline) are in
``docs/time-and-quantities.md``. Every regular expression here is linear: possessive
quantifiers, and alternatives that start with different words.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from .lexicon import Lexicon
from .measure_lexicon import MeasureLexicon, trie_pattern
from .model import Span, TimeKind, TimeRef

_D = dt.timedelta

# -- datelines -------------------------------------------------------------------------------

# Dateline patterns, compiled on first use (most articles need none of them).
_LABEL = (
    r"(?i)\b(?:last\s++)?(?:updated|published|posted|modified|first\s++published)"
    r"(?:\s++on|\s++at)?\s*+:?"
)
_OFFSET_ZONE = r"\b(?:GMT|UTC)\s*+([+-−])\s*+(\d{1,2})(?::?(\d{2}))?\b"
_YEAR = r"(?<!\d)(?:1[89]|20)\d\d(?!\d)"
_DOT_TIME = r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])"


def _month_days(y: int, m: int) -> int:
    """How many days month ``m`` of year ``y`` has."""
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def parse_dateline(line: str, *, words: MeasureLexicon | None = None) -> dt.datetime | None:
    """The moment a dateline names, in the zone it names; None if it names no full date.

    "Thursday 9 November 2017 15:25, UK" is 2017-11-09 15:25 in Europe/London (UTC+0 in
    November). A dateline without a year ("Nov 9") gives None: the year is not guessed (pass
    ``published=`` to :func:`factcheck.analyze`). A date without a time of day is midnight;
    without a zone the datetime is naive.
    """
    if not isinstance(line, str):
        raise TypeError(f"parse_dateline() needs str, got {type(line).__name__}")
    if not re.search(_YEAR, line):
        return None
    mlex = words or MeasureLexicon.default()
    zone: dt.tzinfo | None = None
    cleaned = re.sub(_LABEL, " ", line)
    m = re.search(_OFFSET_ZONE, cleaned)
    if m is not None:
        sign = -1 if m.group(1) in "-−" else 1
        offset = _D(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        zone = dt.timezone(sign * offset)
        cleaned = cleaned[: m.start()] + " " + cleaned[m.end() :]
    kept = []
    for tok in re.split(r"[\s,|()]+", cleaned):
        name = tok.strip(".:;/\"'“”")
        iana = mlex.zones.get(name) or mlex.zones.get(name.upper())
        if iana is not None and not name.isdigit():
            if zone is None:
                from dateutil import tz as _tz

                zone = _tz.gettz(iana)
            continue
        kept.append(tok)
    cleaned = re.sub(_DOT_TIME, r"\1:\2", " ".join(kept))
    if not _has_month_and_day(cleaned, mlex):
        return None
    from dateutil import parser as _parser

    try:
        with warnings.catch_warnings():
            # a zone name dateutil does not know ("UK/") is no error of the caller's: the zones
            # we know were read above, and the rest is fuzzy text
            warnings.simplefilter("ignore", _parser.UnknownTimezoneWarning)
            when = _parser.parse(cleaned, fuzzy=True, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    if not re.search(_YEAR, str(when.year)) or str(when.year) not in cleaned:
        return None
    if zone is not None and when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when


def _has_month_and_day(line: str, mlex: MeasureLexicon) -> bool:
    if re.search(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", line):
        return True
    months = mlex.twords("month")
    words = re.findall(r"[A-Za-z]+", line)
    return any(w.lower() in months for w in words) and bool(re.search(r"\b\d{1,2}\b", line))


_INLINE: dict[int, re.Pattern[str]] = {}


def _inline_re(mlex: MeasureLexicon) -> re.Pattern[str]:
    rx = _INLINE.get(id(mlex))
    if rx is None:
        months = trie_pattern(sorted(mlex.twords("month")))
        rx = re.compile(
            r"(?P<place>[A-Z][A-Z'’.\-]++(?:[ ][A-Z][A-Z'’.\-]++)*+"  # ANKARA, LOS ANGELES
            r"(?:,[ ][A-Z][A-Za-z.]*+(?:[ ][A-Z][A-Za-z.]*+)?)?)"  # , N.Y.  , Va.
            rf"(?:,[ ](?P<date>(?i:{months})\b\.?[ ](?P<day>\d{{1,2}})\b"
            rf"(?:,[ ](?P<year>\d{{4}}))?))?"
            r"(?:[ ]?\((?P<agency>[A-Za-z][A-Za-z .&'’-]{0,40}+)\))?"
            r"[ ]*+(?:--|[-—–―])"
        )
        _INLINE[id(mlex)] = rx
    return rx


def inline_dateline(
    text: str, start: int, end: int, *, words: MeasureLexicon | None = None
) -> tuple[Span, dt.datetime | None] | None:
    """A dateline at the start of a paragraph, "ANKARA, Nov 9 (Reuters) -": its span (dash
    included) and the moment it names (None when it names no year: the year is not guessed)."""
    mlex = words or MeasureLexicon.default()
    m = _inline_re(mlex).match(text, start, end)
    if m is None:
        return None
    if m.group("date") is None and m.group("agency") is None and len(m.group("place")) < 3:
        return None
    when: dt.datetime | None = None
    if m.group("year") is not None:
        when = parse_dateline(m.group("date"), words=mlex)
    return Span(m.start(), m.end()), when


# -- time phrases ----------------------------------------------------------------------------


@attrs.frozen
class _Grammar:
    phrase: re.Pattern[str]
    anchors: re.Pattern[str]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    deictic: dict[str, int]
    units: dict[str, int]
    seasons: dict[str, int]
    numbers: dict[str, float]
    anchor_words: frozenset[str]
    leads: frozenset[str]
    deadline_leads: frozenset[str]
    future: frozenset[str]
    past: frozenset[str]
    except_ed: frozenset[str]
    starters: frozenset[str]  #: words a phrase may start with before its time word
    parts: Mapping[str, int]  #: early 0, mid 1, late 2
    vague_counts: frozenset[str]  #: a few, several
    count_adverbs: frozenset[str]  #: just, only
    unit_before: frozenset[str]  #: a unit ("week") is part of a phrase only after these ...
    unit_after: frozenset[str]  #: ... or before these
    modified_after: frozenset[str]  #: a phrase after these modifies a noun: "of last week"
    passive_aux: frozenset[str]  #: "be allowed": a passive, no tense
    function_words: frozenset[str]
    not_verbs: frozenset[str]  #: words "to" is no infinitive marker before


def _alt(words: Iterable[str]) -> str:
    """Any of ``words``, as a prefix tree ("mon(?:day|th)"): short to compile, quick to try."""
    return "(?:" + trie_pattern(sorted(set(words))) + ")"


_GRAMMARS: dict[tuple[int, int], _Grammar] = {}
_FUNCTION_CLASSES = (
    "preposition",
    "conjunction",
    "subordinator",
    "auxiliary",
    "modal",
    "determiner",
    "wh",
)


def _grammar(mlex: MeasureLexicon, lex: Lexicon | None = None) -> _Grammar:
    lex = lex or Lexicon.default()
    key = (id(mlex), id(lex))
    g = _GRAMMARS.get(key)
    if g is not None:
        return g
    months = dict(mlex.twords("month"))
    weekdays = dict(mlex.twords("weekday"))
    units = dict(mlex.twords("unit"))
    seasons = dict(mlex.twords("season"))
    numbers = {w: n.value for w, n in mlex.numbers.items() if n.kind in ("unit", "teen", "tens")}
    S = r"\s++"
    # an abbreviation (a prefix of a longer name of its month) may end with a full stop
    full = [m for m in months if not any(o != m and o.startswith(m) for o in months)]
    MON = rf"(?:{_alt(full)}\b|{_alt(m for m in months if m not in full)}\b\.?)"
    WD = rf"{_alt(weekdays)}\b"
    DP = rf"{_alt(mlex.twords('daypart'))}\b"
    POS = r"(?:'s|’s)"
    # a count before a unit: digits, a number word ("two", "twenty-four"), a vague count ("a
    # few") or "just", "only"; _is_count checks which may stand where
    count_words = _alt(
        set(numbers)
        | set(mlex.twords("count_adverb"))
        | {w for v in mlex.twords("vague_count") for w in v.split()}
        | {"a", "an"}
    )
    NUMW = rf"(?:\d{{1,3}}|a{S}few|a{S}couple{S}of|{count_words}(?:-{count_words})?\b)"
    DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    YEAR = r"(?:1[89]|20)\d\d\b(?![,.]\d|%|-\d)"
    UNIT = _alt(units)  # any unit of time: "week", "weekend", "hour" ...
    UNIT_SG = _alt(u for u in units if u != "weekend")  # those that count: "two weeks"
    PERIOD = _alt(mlex.twords("period"))  # calendar periods: week, month, year, decade
    SEASON = _alt(seasons)
    families = [
        r"(?P<iso>(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})\b)",
        rf"(?P<date>(?:(?P<date_lead>on|by|until|till|since|through){S})?"
        rf"(?:(?P<date_wd>{WD}),?{S})?"
        rf"(?:(?P<date_m1>{MON})\s*+(?P<date_d1>{DAYNUM})(?:,?{S}(?P<date_y1>{YEAR}))?"
        rf"|(?:the{S})?(?P<date_d2>{DAYNUM}){S}(?:of{S})?(?P<date_m2>{MON})"
        rf"(?:,?{S}(?P<date_y2>{YEAR}))?))",
        rf"(?P<month>(?:(?P<mon_lead>in|since|until|till|by|during|through|throughout){S})?"
        rf"(?:(?P<mon_rel>last|next|this|early|late|mid|earlier{S}in|later{S}in"
        rf"|(?:at{S})?the{S}(?:end|beginning|start|middle){S}of)(?:{S}|-\s*+))?"
        rf"(?P<mon_m>{MON})(?!\.?\s*+{DAYNUM})(?:,?{S}(?:of{S})?(?P<mon_y>{YEAR}))?)",
        rf"(?P<weekday>(?:(?P<wd_lead>on|by|until|till|since|through){S})?"
        rf"(?:(?P<wd_rel>last|next|this{S}past|this{S}coming|this|early|late|earlier|later){S})?"
        rf"(?P<wd_d>{WD})(?P<wd_pos>{POS})?(?:{S}(?P<wd_dp>{DP})(?P<wd_pos2>{POS})?)?)",
        rf"(?P<deictic>(?:(?P<dx_lead>earlier|later|early|late|until|till|by|since){S})?"
        rf"(?:the{S}day{S}(?P<dx_ba>before|after){S})?"
        rf"(?P<dx_w>{_alt(mlex.twords('deictic'))})\b(?P<dx_pos>{POS})?(?:{S}(?P<dx_dp>{DP}))?"
        rf"|(?P<dx_rel>last|this){S}(?P<dx_dp2>{DP}))",
        rf"(?P<anch>(?:(?P<an_num>{NUMW}){S}(?P<an_unit>{UNIT_SG}s?)"
        rf"|(?P<an_bare>{UNIT_SG}s)){S}"
        rf"(?P<an_rel>after|before|later|earlier)\b"
        rf"|the{S}(?P<an_which>next|following|previous|preceding){S}(?P<an_u2>{UNIT}|{DP})\b"
        rf"|the{S}day{S}(?:before|after)\b(?!{S}(?:yesterday|tomorrow)))",
        rf"(?P<ago>(?:(?P<ago_num>{NUMW}){S})?(?P<ago_unit>{UNIT_SG}s?){S}ago\b)",
        rf"(?P<within>within{S}(?:the{S}(?P<wi_dir>next|coming|past|last){S})?"
        rf"(?:(?P<wi_num>{NUMW}){S})?(?P<wi_unit>{UNIT_SG}s?)\b)",
        rf"(?P<endof>(?:(?P<eo_lead>by|before|until|till|at|toward|towards|through){S})?"
        rf"the{S}end{S}of{S}(?P<eo_mod>the|this|next|last){S}(?P<eo_unit>{PERIOD})\b)",
        rf"(?P<period>(?:(?P<pe_lead>in|over|during|for|throughout){S})?the{S}"
        rf"(?P<pe_dir>past|last|previous|next|coming){S}(?:(?P<pe_num>{NUMW}){S})?"
        rf"(?P<pe_unit>{UNIT}s?)\b"
        rf"|(?P<pe_lead2>in|over|during){S}(?P<pe_vague>recent|coming|the{S}coming){S}"
        rf"(?P<pe_u2>{UNIT_SG}s)\b)",
        rf"(?P<rel>(?:(?P<re_lead>in|during|over|at|on|by|until|till|since|through|throughout){S})?"
        rf"(?:(?P<re_sub>earlier|later|early|late){S})?"
        rf"(?P<re_mod>last|next|this{S}past|this{S}coming|this){S}"
        rf"(?P<re_unit>{PERIOD}|weekend|{SEASON})\b(?P<re_pos>{POS})?"
        rf"|(?P<re_lead2>at|over|on|during){S}the{S}(?P<re_we>weekend)\b"
        rf"|(?P<re_sub2>earlier|later|early|late){S}(?:in{S})?the{S}(?P<re_u3>{PERIOD})\b)",
        rf"(?P<season>(?:(?P<se_lead>in|during|by|since){S})?(?:the{S})?"
        rf"(?P<se_s>{SEASON}){S}(?:of{S})?(?P<se_y>{YEAR}))",
        rf"(?P<year>(?:(?P<yr_lead>in|since|until|till|by|during|through|throughout){S})?"
        rf"(?:(?P<yr_sub>early|late|mid)(?:{S}|-\s*+))?"
        rf"(?:(?:the{S})?(?P<yr_dec>(?:1[89]|20)\d0s)\b|(?P<yr_y>{YEAR})))",
    ]
    phrase = re.compile("|".join(families))
    # the words a phrase may start with before its anchor word ("in the past two weeks")
    starters = (
        set(numbers) | set(mlex.twords("starter")) | set(mlex.twords("unit_before")) | set(weekdays)
    )
    anchors = re.compile(rf"\b(?:{trie_pattern(time_anchor_words(mlex))})\b|\b(?:1[89]|20)\d\d")
    g = _Grammar(
        phrase=phrase,
        anchors=anchors,
        months=months,
        ambiguous_months=frozenset(mlex.twords("month_ambiguous")),
        weekdays=weekdays,
        deictic=dict(mlex.twords("deictic")),
        units=units,
        seasons=seasons,
        numbers=numbers,
        anchor_words=frozenset(mlex.twords("anchor")),
        leads=frozenset(mlex.twords("lead")),
        deadline_leads=frozenset(mlex.twords("deadline")),
        future=mlex.tense.get("future", frozenset()),
        past=mlex.tense.get("past", frozenset()),
        except_ed=mlex.tense.get("except_ed", frozenset()),
        starters=frozenset(starters),
        unit_before=frozenset(set(numbers) | set(mlex.twords("unit_before"))),
        unit_after=frozenset(mlex.twords("unit_after")),
        parts=dict(mlex.twords("part")),
        vague_counts=frozenset(mlex.twords("vague_count")),
        count_adverbs=frozenset(mlex.twords("count_adverb")),
        modified_after=frozenset(mlex.twords("modified_after")),
        passive_aux=mlex.tense.get("passive_aux", frozenset()),
        function_words=frozenset().union(*(lex.words(c) for c in _FUNCTION_CLASSES)),
        not_verbs=lex.words("determiner") | lex.words("pronoun"),
    )
    _GRAMMARS[key] = g
    return g


def time_anchor_words(mlex: MeasureLexicon | None = None) -> list[str]:
    """The words (lower case) a time phrase is found by: weekdays, months, units, today ..."""
    mlex = mlex or MeasureLexicon.default()
    return sorted(
        set(mlex.twords("deictic"))
        | set(mlex.twords("weekday"))
        | set(mlex.twords("month"))
        | {u + s for u in mlex.twords("unit") for s in ("", "s")}
        | set(mlex.twords("season"))
        | set(mlex.twords("daypart"))
    )


class _Found(NamedTuple):
    """A time phrase before it becomes a :class:`TimeRef`."""

    span: Span
    start: dt.date | None
    end: dt.date | None
    kind: TimeKind
    note: str | None
    modifier: bool  #: modifies a noun: "Thursday's vote", "the fall of last week"


def find_times(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    published: dt.datetime | dt.date | None = None,
    contents: Sequence[Span] = (),
    words: MeasureLexicon | None = None,
    lexicon: Lexicon | None = None,
) -> list[TimeRef]:
    """The time phrases of the statement ``text[start:end]``, resolved against ``published``.

    ``contents`` are the spans of what the statement's sources say: a time phrase inside them
    is preferred as the statement's own time (``main``).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_times() needs the text as str, got {type(text).__name__}")
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"find_times(): bad range [{start}, {end}) of {len(text)} chars")
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime or date, got {type(published).__name__}")
    mlex = words or MeasureLexicon.default()
    g = _grammar(mlex, lexicon)
    low = same_length_lower(text)
    anchors = [m.start() for m in g.anchors.finditer(low, start, end)]
    return times_at(text, low, start, end, anchors, published, contents, mlex, lexicon)


def same_length_lower(text: str) -> str:
    """``text`` in lower case, with the same length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def times_at(
    text: str,
    low: str,
    s0: int,
    e0: int,
    anchors: Iterable[int],
    published: dt.datetime | dt.date | None,
    contents: Sequence[Span] = (),
    words: MeasureLexicon | None = None,
    lexicon: Lexicon | None = None,
) -> list[TimeRef]:
    """The time phrases found from the given anchor offsets (where a time word or a year
    starts) of the statement ``text[s0:e0]``; ``low`` is the text in lower case."""
    g = _grammar(words or MeasureLexicon.default(), lexicon)
    pub = published.date() if isinstance(published, dt.datetime) else published
    found: list[_Found] = []
    done = s0
    for a in anchors:
        if a < done:
            continue
        f = _phrase_at(text, low, s0, e0, a, g, pub, published)
        if f is None or f.span.start < done:
            continue
        found.append(f)
        done = f.span.end
    main = _main(low, s0, found, contents, g)
    return [
        TimeRef(
            span=f.span,
            text=f.span.of(text),
            start=f.start,
            end=f.end,
            note=f.note,
            kind=f.kind,
            main=n == main,
        )
        for n, f in enumerate(found)
    ]


_REV_WORD_RE = re.compile(r"\s*+([\w'’-]++)")
_WORD_RE = re.compile(r"[\w'’-]++")


def _starts_before(
    low: str, pos: int, floor: int, n: int, only: frozenset[str] | None = None
) -> list[tuple[int, str]]:
    """The starts and words of up to ``n`` words right before ``pos`` (farthest first), up
    to the nearest punctuation, and (given ``only``) up to the nearest word not in ``only``
    (a number or a number word counts as in it). (Read backwards on a reversed slice.)"""
    lo = max(floor, pos - 60)
    rev = low[lo:pos][::-1]
    out: list[tuple[int, str]] = []
    i = 0
    while len(out) < n:
        m = _REV_WORD_RE.match(rev, i)
        if m is None:
            break
        s = pos - m.end(1)
        if s == lo and lo > floor and low[lo - 1].isalnum():
            break  # a word cut by the window
        w = m.group(1)[::-1]
        if only is not None and not (w in only or w[0].isdigit() or w.split("-")[0] in only):
            break
        out.append((s, w))
        i = m.end()
    return out[::-1]


def _phrase_at(
    text: str,
    low: str,
    s0: int,
    e0: int,
    a: int,
    g: _Grammar,
    pub: dt.date | None,
    published: dt.datetime | dt.date | None,
) -> _Found | None:
    word_m = _WORD_RE.match(low, a)
    word = word_m.group() if word_m is not None else ""
    if (word in g.months or word in g.weekdays) and not text[a].isupper():
        return None  # may, march, sunday-school: a month or a day is capitalised
    before = _starts_before(low, a, s0, 5, g.starters)
    if word.rstrip("s") in g.units:
        # "year", "days": a phrase only with a word like last, past, two before it, or ago,
        # after, later behind it
        nxt = _WORD_RE.match(low, _skip_spaces(low, a + len(word), e0))
        near = before[-1][1] if before else ""
        if not (
            near in g.unit_before
            or near[:1].isdigit()
            or (nxt is not None and nxt.group() in g.unit_after)
        ):
            return None
    for s in [*(s for s, _ in before), a]:
        m = g.phrase.match(low, s, e0)
        if m is None or m.end() <= a:
            continue
        f = _interpret(text, low, s0, e0, m, g, pub, published)
        if f is not None:
            return f
    return None


def _skip_spaces(low: str, i: int, end: int) -> int:
    while i < end and low[i] == " ":
        i += 1
    return i


def _cap(text: str, pos: int) -> bool:
    return text[pos].isupper()


def _prev_word(low: str, pos: int, floor: int) -> str:
    """The word right before ``pos`` (lower case), or "" after punctuation."""
    m = _REV_WORD_RE.match(low[max(floor, pos - 24) : pos][::-1])
    return m.group(1)[::-1] if m is not None else ""


def _is_name(text: str, low: str, s0: int, e0: int, ws: int, we: int, g: _Grammar) -> bool:
    """Is the capitalised word at [ws, we) part of a name ("Fox News Sunday", "USA Today",
    "Sunday Times")? A capitalised word before it (not the statement's first, not a lead) or
    after it says so."""
    starts = _starts_before(low, ws, s0, 1)
    if starts and text[starts[0][0]].isupper() and starts[0][0] != s0:
        w = starts[0][1]
        if w not in g.starters:
            return True
    j = we
    while j < e0 and low[j] == " ":
        j += 1
    if j > we and j < e0 and text[j].isupper():
        k = j
        while k < e0 and low[k].isalpha():
            k += 1
        follower = low[j:k]
        if follower not in g.months and follower not in g.weekdays:
            return True
    return False


def _interpret(
    text: str,
    low: str,
    s0: int,
    e0: int,
    m: re.Match[str],
    g: _Grammar,
    pub: dt.date | None,
    published: dt.datetime | dt.date | None,
) -> _Found | None:
    fam = m.lastgroup
    if fam is None:
        return None
    gd = m.group
    count = _COUNT_GROUPS.get(fam)
    if count is not None and gd(count) is not None and not _is_count(gd(count), g, fam == "anch"):
        return None  # "the days after": a word where a count should be
    span = Span(m.start(), m.end())
    # the possessive "'s" belongs to no phrase: "Thursday's vote" -> "Thursday"
    possessive = False
    for pos_group in _POSSESSIVE.get(fam, ()):
        if gd(pos_group) is not None:
            possessive = True
            if m.end(pos_group) == m.end():
                span = Span(m.start(), m.start(pos_group))
    prev = _prev_word(low, m.start(), s0)
    modifier = possessive or prev in g.modified_after or prev.endswith(("'s", "’s"))
    lead = next((gd(k) for k in _LEADS.get(fam, ()) if gd(k)), None)
    kind = TimeKind.DEADLINE if lead in g.deadline_leads else TimeKind.EVENT
    since = lead == "since"

    def tense() -> str | None:
        return _tense(text, low, s0, e0, span, g)

    r: tuple[dt.date, dt.date] | None = None
    note: str | None = None
    if fam == "iso":
        try:
            d = dt.date(int(gd("iso_y")), int(gd("iso_m")), int(gd("iso_d")))
        except ValueError:
            return None
        r = (d, d)
    elif fam == "date":
        mon_w = gd("date_m1") or gd("date_m2")
        mpos = m.start("date_m1") if gd("date_m1") else m.start("date_m2")
        if not _cap(text, mpos):
            return None
        mon = g.months[mon_w.rstrip(".")]
        day = int(re.match(r"\d+", gd("date_d1") or gd("date_d2")).group())  # type: ignore[union-attr]
        year_s = gd("date_y1") or gd("date_y2")
        if day > (29 if mon == 2 else _month_days(2001, mon)):
            return None
        wd = g.weekdays.get(gd("date_wd")) if gd("date_wd") else None
        if year_s:
            try:
                d = dt.date(int(year_s), mon, day)
            except ValueError:
                return None
            r = (d, d)
        elif pub is not None:
            t_ = "past" if since else tense() if kind is TimeKind.EVENT else "future"
            d2 = _nearest_date(pub, mon, day, t_, wd)
            r = (d2, d2) if d2 is not None else None
            if r is None:
                note = "no such date near the publication date"
        else:
            note = "no year, and no publication date to take it from"
    elif fam == "month":
        mpos = m.start("mon_m")
        mon_w = gd("mon_m").rstrip(".")
        if not _cap(text, mpos):
            return None
        rel = _norm(gd("mon_rel")) if gd("mon_rel") else None
        if mon_w in g.ambiguous_months and not gd("mon_y") and not gd("mon_lead") and rel is None:
            return None  # May, March, August: a month only with a day, a year or a preposition
        bare = not gd("mon_lead") and rel is None and not gd("mon_y")
        if bare and _is_name(text, low, s0, e0, mpos, m.end("mon_m"), g):
            return None  # "October Surprise"
        mon = g.months[mon_w]
        if gd("mon_y"):
            y: int | None = int(gd("mon_y"))
        elif pub is None:
            y = None
        elif rel == "last":
            y = pub.year if mon < pub.month else pub.year - 1
        elif rel == "next":
            y = pub.year if mon > pub.month else pub.year + 1
        elif rel == "this":
            y = pub.year
        else:
            t_ = "past" if since else tense() if kind is TimeKind.EVENT else "future"
            y = _nearest_month_year(pub, mon, t_)
        if y is not None:
            r = _sub(_month(y, mon), rel, g.parts)
        else:
            note = "no year, and no publication date to take it from"
    elif fam == "weekday":
        wpos = m.start("wd_d")
        if not _cap(text, wpos):
            return None
        rel = _norm(gd("wd_rel")) if gd("wd_rel") else None
        if (
            not gd("wd_lead")
            and rel is None
            and _is_name(text, low, s0, e0, wpos, m.end("wd_d"), g)
        ):
            return None
        if pub is not None:
            wd = g.weekdays[gd("wd_d")]
            if rel in ("last", "this past"):
                d = _weekday_before(pub, wd, strict=True)
            elif rel in ("next", "this coming"):
                d = _weekday_after(pub, wd, strict=True)
            elif rel == "this":
                d = pub - _D(days=pub.weekday()) + _D(days=wd)
            else:
                t = tense()
                if kind is TimeKind.DEADLINE and t is None:
                    t = "future"
                d = _weekday_after(pub, wd) if t == "future" else _weekday_before(pub, wd)
            r = (d, d)
        else:
            note = "no publication date to resolve against"
    elif fam == "deictic":
        word = gd("dx_w")
        if word is not None:
            wpos, wend = m.start("dx_w"), m.end("dx_w")
            if text[wpos:wend].isupper() or (
                _cap(text, wpos) and wpos != s0 and _is_name(text, low, s0, e0, wpos, wend, g)
            ):
                return None  # USA TODAY, the Today show
            days = g.deictic[word]
            if gd("dx_ba"):
                days += -1 if gd("dx_ba") == "before" else 1
        else:
            days = -1 if gd("dx_rel") == "last" and gd("dx_dp2") == "night" else 0
            if gd("dx_rel") == "last" and gd("dx_dp2") != "night":
                return None  # "last morning" is no English
        if pub is not None:
            r = (pub + _D(days=days), pub + _D(days=days))
        else:
            note = "no publication date to resolve against"
    elif fam == "anch":
        kind = TimeKind.ANCHORED
        note = "counted from another event, not from the publication"
    elif fam == "ago":
        n = _count(gd("ago_num"), g)
        unit = gd("ago_unit").rstrip("s")
        if n is None:
            note = "vague: how long ago is not said"
        elif pub is None:
            note = "no publication date to resolve against"
        else:
            r = _ago(pub, published, n, unit, g.units[unit])
    elif fam == "within":
        plural_only = not gd("wi_num") and gd("wi_unit").endswith("s")
        n = _count(gd("wi_num"), g) if gd("wi_num") else 1
        unit = gd("wi_unit").rstrip("s")
        back = gd("wi_dir") in ("past", "last")
        kind = TimeKind.EVENT if back else TimeKind.DEADLINE
        if not back and tense() == "past":
            # "was back on the trail within days": counted from an event, not a deadline
            kind = TimeKind.ANCHORED
            note = "counted from another event, not from the publication"
        elif n is None or (plural_only and g.units[unit] != 0):  # "within days": vague
            note = "vague: how long is not said"
        elif pub is None:
            note = "no publication date to resolve against"
        else:
            length = g.units[unit]
            r = (_add(pub, -n, unit, length), pub) if back else (pub, _add(pub, n, unit, length))
    elif fam == "endof":
        unit = gd("eo_unit")
        shift = {"next": 1, "last": -1}.get(gd("eo_mod"), 0)
        if lead in ("by", "before", "until", "till", "through"):
            kind = TimeKind.DEADLINE
        if pub is None:
            note = "no publication date to resolve against"
        else:
            whole = _period(pub, unit, shift)
            r = _sub(whole, "late", g.parts)
    elif fam == "period":
        if gd("pe_u2"):
            note = "vague: how recent is not said"
        else:
            d_ = gd("pe_dir")
            if not gd("pe_lead") and d_ in ("last", "next", "previous", "coming"):
                return None  # "the last year of his term"
            n = _count(gd("pe_num"), g) if gd("pe_num") else 1
            unit = gd("pe_unit").rstrip("s")
            if unit.endswith("s") is False and gd("pe_unit").endswith("s") and not gd("pe_num"):
                return None  # "the past days" without a number
            if n is None:
                note = "vague: how long is not said"
            elif pub is None:
                note = "no publication date to resolve against"
            elif d_ in ("past", "last", "previous"):
                r = (_add(pub, -n, unit, g.units[unit]), pub)
            else:
                r = (pub, _add(pub, n, unit, g.units[unit]))
    elif fam == "rel":
        mod: str | None = "this"
        sub: str | None = None
        if gd("re_we"):
            unit = "weekend"
        elif gd("re_u3"):
            unit, sub = gd("re_u3"), _norm(gd("re_sub2"))
        else:
            unit, mod, sub = gd("re_unit"), _norm(gd("re_mod")), _norm(gd("re_sub"))
        if pub is None:
            note = "no publication date to resolve against"
        else:
            r = _relative(pub, unit, mod, sub, g, tense, kind)
    elif fam == "season":
        y = int(gd("se_y"))
        r = _season(y, g.seasons[gd("se_s")])
    elif fam == "year":
        if gd("yr_dec"):
            y0 = int(gd("yr_dec")[:4])
            r = (dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31))
        else:
            y = int(gd("yr_y"))
            r = _sub((dt.date(y, 1, 1), dt.date(y, 12, 31)), gd("yr_sub"), g.parts)
            if (
                lead is None
                and _NOUN_AFTER_RE.match(low, m.end())
                and not _next_is_function(low, m.end(), g)
            ):
                modifier = True  # "2005 levels", "the 2016 election"
    else:
        return None
    if r is not None:
        r = _with_lead(r, kind, since, pub)
    if r is None and note is None:
        note = "cannot be resolved"
    return _Found(
        span=span,
        start=r[0] if r else None,
        end=r[1] if r else None,
        kind=kind,
        note=note,
        modifier=modifier,
    )


_NOUN_AFTER_RE = re.compile(r" [a-z]")


def _next_is_function(low: str, pos: int, g: _Grammar) -> bool:
    m = _WORD_RE.match(low, pos + 1)
    return m is None or m.group() in g.function_words


_LEADS = {
    "date": ("date_lead",),
    "month": ("mon_lead",),
    "weekday": ("wd_lead",),
    "deictic": ("dx_lead",),
    "rel": ("re_lead", "re_lead2"),
    "season": ("se_lead",),
    "year": ("yr_lead",),
    "endof": ("eo_lead",),
    "period": ("pe_lead", "pe_lead2"),
}
_POSSESSIVE = {"weekday": ("wd_pos", "wd_pos2"), "deictic": ("dx_pos",), "rel": ("re_pos",)}


def _norm(s: str | None) -> str | None:
    return " ".join(s.split()) if s else None


def _with_lead(
    r: tuple[dt.date, dt.date], kind: TimeKind, since: bool, pub: dt.date | None
) -> tuple[dt.date, dt.date]:
    """ "since October": from October to the publication; "by Friday": from the publication to
    Friday (a deadline)."""
    if since and pub is not None and r[0] <= pub:
        return (r[0], pub)
    if kind is TimeKind.DEADLINE and pub is not None and pub <= r[1]:
        return (pub, r[1])  # from the publication to the deadline
    return r


_COUNT_GROUPS = {"anch": "an_num", "ago": "ago_num", "within": "wi_num", "period": "pe_num"}


def _is_count(s: str, g: _Grammar, adverb: bool) -> bool:
    """Is ``s`` a count: a number, a vague count ("a few"), or (``adverb``) "just", "only"?"""
    s = " ".join(s.split())
    return _count(s, g) is not None or s in g.vague_counts or (adverb and s in g.count_adverbs)


def _count(s: str | None, g: _Grammar) -> int | None:
    """The number of a phrase like "two days ago"; None for a vague one ("a few", "several")."""
    if s is None:
        return None
    s = " ".join(s.split())
    if s in ("a", "an"):
        return 1
    if s.isdigit():
        return int(s)
    total = 0.0
    for part in s.split("-"):
        v = g.numbers.get(part)
        if v is None:
            return None
        total += v
    return int(total)


def _month(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, _month_days(y, m))


def _sub(
    r: tuple[dt.date, dt.date], sub: str | None, parts: Mapping[str, int]
) -> tuple[dt.date, dt.date]:
    """A third of a period: early, mid or late ("the end of" is late). A month's thirds are
    days 1-10, 11-20 and 21 to its end; a year's are January-April, May-August and
    September-December; other periods are cut in three."""
    if sub is None:
        return r
    part = next((parts[w] for w in sub.replace("-", " ").split() if w in parts), None)
    if part is None:
        return r
    s, e = r
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year:
        first, last = _month(s.year, 1 + 4 * part)[0], _month(s.year, 4 + 4 * part)[1]
        return first, last
    if s.day == 1 and (s.year, s.month) == (e.year, e.month) and e == _month(s.year, s.month)[1]:
        starts = (1, 11, 21)
        first = s.replace(day=starts[part])
        return first, (e if part == 2 else s.replace(day=starts[part] + 9))
    n = (e - s).days + 1
    third = n // 3
    if part == 0:
        return s, s + _D(days=third - 1)
    if part == 1:
        return s + _D(days=third), e - _D(days=n - 2 * third)
    return e - _D(days=n - 2 * third - 1), e


_SECONDS = {"hour": 3600, "minute": 60}  # units shorter than a day (others: a second)
_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}  # calendar units, in months


def _add(d: dt.date, n: int, unit: str, days: int = 0) -> dt.date:
    """``d`` moved by ``n`` units: calendar months, years and decades; ``days`` days each for
    other units (a week 7); units shorter than a day move a date only by whole days of hours."""
    if unit in _MONTHS_IN:
        y, m0 = divmod(d.year * 12 + d.month - 1 + n * _MONTHS_IN[unit], 12)
        return dt.date(y, m0 + 1, min(d.day, _month_days(y, m0 + 1)))
    if days == 0:
        whole = (abs(n) * _SECONDS.get(unit, 1) + 86399) // 86400
        return d + _D(days=whole if n > 0 else -whole)
    return d + _D(days=n * days)


def _period(d: dt.date, unit: str, shift: int) -> tuple[dt.date, dt.date]:
    """The week (Monday to Sunday), month, year or decade of ``d``, moved by ``shift``."""
    if unit == "week":
        s = d - _D(days=d.weekday()) + _D(weeks=shift)
        return s, s + _D(days=6)
    if unit == "month":
        y, m0 = divmod(d.year * 12 + d.month - 1 + shift, 12)
        return _month(y, m0 + 1)
    if unit == "year":
        return dt.date(d.year + shift, 1, 1), dt.date(d.year + shift, 12, 31)
    y0 = d.year // 10 * 10 + 10 * shift
    return dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31)


def _season(y: int, first_month: int) -> tuple[dt.date, dt.date]:
    """The season that starts in ``first_month`` of year ``y`` (winter runs into y + 1)."""
    s = dt.date(y, first_month, 1)
    last = _add(s, 2, "month")
    return s, dt.date(last.year, last.month, _month_days(last.year, last.month))


def _relative(
    pub: dt.date,
    unit: str,
    mod: str | None,
    sub: str | None,
    g: _Grammar,
    tense: Any,
    kind: TimeKind,
) -> tuple[dt.date, dt.date] | None:
    shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(mod or "this", 0)
    if unit in g.seasons:
        first = g.seasons[unit]
        cands = [_season(y, first) for y in range(pub.year - 2, pub.year + 2)]
        if mod in ("last", "this past"):
            return max((c for c in cands if c[1] < pub), default=None)
        if mod in ("next", "this coming"):
            return min((c for c in cands if c[0] > pub), default=None)
        if tense() == "future" or kind is TimeKind.DEADLINE:
            return min((c for c in cands if c[1] >= pub), default=None)
        return max((c for c in cands if c[0] <= pub), default=None)
    if unit == "weekend":
        sat = pub - _D(days=(pub.weekday() - 5) % 7)  # the latest Saturday not after pub
        if mod in ("last", "this past"):
            if sat + _D(days=1) >= pub:
                sat -= _D(weeks=1)
        elif mod in ("next", "this coming") or (
            (tense() == "future" or kind is TimeKind.DEADLINE) and sat + _D(days=1) < pub
        ):
            sat += _D(weeks=1)
        return sat, sat + _D(days=1)
    whole = _period(pub, unit, shift)
    if sub == "earlier" and shift == 0:
        return whole[0], max(whole[0], pub - _D(days=1))
    if sub == "later" and shift == 0:
        return min(pub, whole[1]), whole[1]
    return _sub(whole, sub if sub in ("early", "late") else None, g.parts)


def _weekday_before(pub: dt.date, wd: int, *, strict: bool = False) -> dt.date:
    """The latest such weekday not after ``pub`` (strictly before it when ``strict``)."""
    back = (pub.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return pub - _D(days=back)


def _weekday_after(pub: dt.date, wd: int, *, strict: bool = False) -> dt.date:
    ahead = (wd - pub.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return pub + _D(days=ahead)


def _nearest_date(
    pub: dt.date, mon: int, day: int, tense: str | None, wd: int | None
) -> dt.date | None:
    """The year of "Nov. 7" or "7 November": the latest such date not after the publication
    when the clause looks back, the first not before it when it looks forward, else the
    nearest (within half a year); a weekday given with it ("Tuesday, Nov. 7") picks its year."""
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(dt.date(y, mon, day))
        except ValueError:
            continue
    if not cands:
        return None
    if wd is not None:
        fit = [c for c in cands if c.weekday() == wd]
        if len(fit) == 1:
            return fit[0]
    if tense == "past":
        return max((c for c in cands if c <= pub), default=None)
    if tense == "future":
        return min((c for c in cands if c >= pub), default=None)
    past = max((c for c in cands if c <= pub), default=None)
    future = min((c for c in cands if c >= pub), default=None)
    if past is None or (future is not None and (future - pub).days * 2 < (pub - past).days):
        return future  # news looks back: the future reading wins only when much nearer
    return past


def _nearest_month_year(pub: dt.date, mon: int, tense: str | None) -> int:
    """The year of "in October": the latest October not after the publication month when the
    clause looks back (or says nothing of its tense and that October is the nearer one), the
    next when it looks forward."""
    past = pub.year if mon <= pub.month else pub.year - 1
    future = pub.year if mon >= pub.month else pub.year + 1
    if tense == "past":
        return past
    if tense == "future":
        return future
    d_past = (pub.year - past) * 12 + pub.month - mon
    d_future = (future - pub.year) * 12 + mon - pub.month
    return future if d_future * 2 < d_past else past


def _ago(
    pub: dt.date, published: dt.datetime | dt.date | None, n: int, unit: str, days: int
) -> tuple[dt.date, dt.date]:
    """ "two days ago": that day; "two weeks ago": that Monday-Sunday week; "two months ago":
    that month; "two years ago": that year; "hours ago": from that hour's day to today.
    ``days`` is the unit's length in days (0: shorter than a day)."""
    if unit in _MONTHS_IN:
        then = _add(pub, -n, unit)
        if unit == "month":
            return _period(then, "month", 0)
        return dt.date(then.year, 1, 1), dt.date(then.year, 12, 31)
    if days == 0:
        if isinstance(published, dt.datetime):
            return (published - _D(seconds=n * _SECONDS.get(unit, 1))).date(), pub
        return _add(pub, -n, unit), pub
    then = pub - _D(days=n * days)
    return (then, then) if days == 1 else _period(then, "week", 0)


# -- tense and the statement's own time ------------------------------------------------------


_CLAUSE_RIGHT_RE = re.compile(r"[^,;:—–()]*+")


_TENSE_BOUNDARIES = ",;:—–()"
_ANCHOR_BOUNDARIES = ',;:—–()"“”'


def _last_boundary(low: str, lo: int, hi: int, marks: str) -> int:
    """The offset after the last of ``marks`` in ``low[lo:hi]``, or ``lo``."""
    best = lo
    for c in marks:
        i = low.rfind(c, lo, hi) + 1
        if i > best:
            best = i
    return best


def _clause_words(
    text: str, low: str, s0: int, e0: int, span: Span
) -> tuple[list[str], list[str], int, int]:
    """Words of the clause before the phrase (nearest first) and after it (up to 8 each), in
    lower case, and where that clause starts and ends."""
    lo = _last_boundary(low, max(s0, span.start - 80), span.start, _TENSE_BOUNDARIES)
    left = _WORD_RE.findall(low, lo, span.start)[::-1][:8]
    hi = min(e0, span.end + 80)
    r = _CLAUSE_RIGHT_RE.match(low, span.end, hi)
    right_end = r.end() if r is not None else span.end
    if not left and right_end < hi and low[right_end] == "," and right_end == span.end:
        # a phrase that opens the clause: "On Thursday morning, the bank ordered ..."
        r = _CLAUSE_RIGHT_RE.match(low, right_end + 1, hi)
        right_end = r.end() if r is not None else right_end
    right = _WORD_RE.findall(low, span.end, right_end)[:8]
    return left, right, lo, right_end


def _marker(
    word: str, before: str, after: tuple[str, bool], g: _Grammar, *, left: bool
) -> str | None:
    """The tense ``word`` marks, given the word ``before`` it and the word ``after`` it (in
    reading order, with whether it is capitalised); ``left``: the word is before the phrase."""
    nxt, nxt_cap = after
    if word in ("going", "was", "were", "is", "are", "am") and nxt == "to":
        return "future"  # going to, were to win, is to meet
    if word == "to" and left and nxt and not nxt_cap and nxt not in g.not_verbs:
        # "ordered banks to close ... within a week"; after the phrase an infinitive is
        # mostly a purpose ("on Sunday in order to keep"), so only before it
        if not nxt.endswith(("ing", "ed", "s")) and not nxt[0].isdigit():
            return "future"  # ordered banks to close ... : an infinitive looks forward
        return None
    if word in g.future or word.endswith(("'ll", "’ll")):
        return "future"
    if word in g.past:
        return "past"
    if len(word) > 4 and word.endswith("ed") and word not in g.except_ed and word.isalpha():
        return None if before in g.passive_aux else "past"  # "be allowed": a passive
    return None


def _tense(text: str, low: str, s0: int, e0: int, span: Span, g: _Grammar) -> str | None:
    """Does the clause around a time phrase look forward ("will meet on Thursday") or back
    ("said on Thursday")? The nearest verb marker decides; None when there is none."""
    left, right, lo, _ = _clause_words(text, low, s0, e0, span)
    # whether a word is capitalised matters only after "to" ("to Paris", "to close")
    left_caps = (
        [w[:1].isupper() for w in _WORD_RE.findall(text, lo, span.start)[::-1][:8]]
        if "to" in left
        else [False] * len(left)
    )
    none = ("", False)
    best: tuple[int, str] | None = None
    for i, w in enumerate(left):
        after = (left[i - 1], left_caps[i - 1]) if i > 0 else none
        before = left[i + 1] if i + 1 < len(left) else ""
        t = _marker(w, before, after, g, left=True)
        if t is not None:
            best = (i, t)
            break
    for i, w in enumerate(right):
        if best is not None and i >= best[0]:
            break
        after = (right[i + 1], False) if i + 1 < len(right) else none
        before = right[i - 1] if i > 0 else ""
        t = _marker(w, before, after, g, left=False)
        if t is not None:
            best = (i, t)
            break
    return best[1] if best else None


def _after_anchor(low: str, s0: int, start: int, g: _Grammar) -> bool:
    """Is the phrase inside a phrase that dates another event: "after the fall of last week",
    "before the vote on Tuesday"? (an anchor word earlier in the same clause)"""
    lo = _last_boundary(low, max(s0, start - 200), start, _ANCHOR_BOUNDARIES)
    return not g.anchor_words.isdisjoint(_WORD_RE.findall(low, lo, start))


def _main(
    low: str, s0: int, found: list[_Found], contents: Sequence[Span], g: _Grammar
) -> int | None:
    """Which phrase is the statement's own time: an event time of its main clause, not a
    deadline, not counted from another event, not a noun's modifier, not inside a phrase
    that dates another event ("after ..."). A phrase inside what a source says wins over the
    time of saying. Two different candidates: none (ambiguous) rather than a guess."""
    cands = [
        n
        for n, f in enumerate(found)
        if f.kind is TimeKind.EVENT
        and not f.modifier
        and not _after_anchor(low, s0, f.span.start, g)
    ]
    if not cands:
        return None
    inside = [n for n in cands if any(c.contains(found[n].span) for c in contents)]
    pool = inside or cands
    first = found[pool[0]]
    if all(
        (found[n].start, found[n].end) == (first.start, first.end) and found[n].start is not None
        for n in pool
    ):
        return pool[0]
    return pool[0] if len(pool) == 1 else None
