"""Quantities: numbers in the text with their bounds, unit and what they count.

"more than 100 suspected Islamic State group militants" is one :class:`~factcheck.model.Quantity`:
``low=101, high=None`` (a count: an exclusive bound moves to the next whole number), ``about=
"suspected Islamic State group militants"``. Years, dates, times of day, ordinals, ages ("Smith,
45,") and numbers that name things ("Route 66", "F-16", "No. 1") are not quantities. The
conventions are in ``docs/time-and-quantities.md``.

The scan is cheap: one compiled regular expression finds where a number may start (a digit or a
number word), and only those places are read further, token by token, as far as needed. Every
expression here is linear (possessive quantifiers, no nested ambiguity).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import attrs

from .lexicon import Lexicon
from .measure_lexicon import MeasureLexicon, NumberWord, trie_pattern
from .model import Quantity, Relation, Span

# A token on the lower-cased text: digits with separators, a word (inner hyphens and
# apostrophes: "us-backed", "twenty-seven", "clinton’s"), or one other character.
_TOKEN_RE = re.compile(r"\s*+(?:(\d++(?:[.,]\d++)*+)|([a-z]++(?:[-'’][a-z]++)*+)|(\S))")
_REV_TOKEN_RE = re.compile(r"\s*+([\w'’]++|[^\w\s])")  # the same, read on a reversed slice
_NEXT_WORD_RE = re.compile(r"[\s-]*+([a-z]*+)")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d++(?:\.\d++)?+")
_NP_MAX = 6  # words of a counted noun phrase, at most
_LONG_DIGITS = 7  # digits without separators this long are an identifier (a timestamp, an id)
_DASHES = frozenset({"-", "–", "—"})
_STOP_CLASSES = (
    "determiner",
    "pronoun",
    "preposition",
    "conjunction",
    "subordinator",
    "wh",
    "auxiliary",
    "modal",
    "negation",
)
_COUNTABLE_UNITS = (None, "%", "percentage points", "ratio")  # units whose counted noun we read


class QuantityError(ValueError):
    """A phrase that is not a number ("twenty-seventy", "1,50")."""


class _Tok(NamedTuple):
    start: int
    end: int
    kind: str  # "d" digits, "w" word, "p" other character, "" past the end
    low: str


_END = _Tok(-1, -1, "", "")
_new_tok = tuple.__new__  # builds a _Tok without the keyword handling of its constructor


class _Toks:
    """The tokens after a position, read as far as they are asked for; past the end (or the
    window) every token is ``_END``."""

    __slots__ = ("end", "items", "low", "pos")

    def __init__(self, low: str, pos: int, end: int) -> None:
        self.low = low
        self.pos = pos
        self.end = end
        self.items: list[_Tok] = []

    def __getitem__(self, i: int) -> _Tok:
        try:
            return self.items[i]
        except IndexError:
            return self._more(i)

    def _more(self, i: int) -> _Tok:
        items = self.items
        while len(items) <= i:
            if self.pos < 0:
                return _END
            m = _TOKEN_RE.match(self.low, self.pos, self.end)
            if m is None:
                self.pos = -1
                return _END
            g = m.lastindex or 3
            s, e = m.span(g)
            items.append(_new_tok(_Tok, (s, e, "dwp"[g - 1], self.low[s:e])))
            self.pos = m.end()
        return items[i]

    def index_at(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        i = 0
        while True:
            t = self[i]
            if t.kind == "" or t.start >= pos:
                return i
            i += 1


class _Num(NamedTuple):
    """A number read from the text: a value, or a vague range ("dozens")."""

    start: int
    end: int
    low: float
    high: float
    vague: bool = False
    lone_one: bool = False  #: "one" on its own: a pronoun more often than a count
    hyphen_noun: Span | None = None  #: "30-member", "two-day": the noun after the hyphen
    scale: float = 1  #: the scale word that ends it: "3 million" -> 1e6


_Bound = tuple[tuple[str, ...], str, bool]  # words, relation, approximate


@attrs.frozen
class _Words:
    """The word lists this module reads, prepared once per lexicon."""

    numbers: dict[str, NumberWord]
    stop: frozenset[str]
    months: frozenset[str]
    bounds_before: dict[str, tuple[_Bound, ...]]  #: by their last word, longest first
    bounds_after: dict[str, tuple[_Bound, ...]]  #: by their first word, longest first
    bound_starts: frozenset[str]
    units_before: dict[str, str]
    units_after: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  #: by first word
    irregular_plural: frozenset[str]
    not_plural: frozenset[str]
    identifier: frozenset[str]
    age: frozenset[str]
    age_after: frozenset[str]
    age_after_two: tuple[str, ...]  #: "years old"
    change: frozenset[str]
    ratio: tuple[tuple[str, ...], ...]
    ratio_starts: frozenset[str]
    fraction: frozenset[str]
    hyphen_units: frozenset[str]
    time_units: frozenset[str]
    measures: frozenset[str]  #: heads that measure rather than count: years, feet, tons
    time_of_day: frozenset[str]
    partitive_determiners: frozenset[str]
    verbs: frozenset[str]  #: said, will ...: a number before them stands alone ("17 said")
    after_one: frozenset[str]  #: "one" is a number only before these: million, in (1 in 5), or


_WORDS_CACHE: dict[tuple[int, int], _Words] = {}
_ANCHORS: dict[int, re.Pattern[str]] = {}


def _index(items: Iterable[tuple[Any, ...]], last: bool) -> dict[str, tuple[Any, ...]]:
    out: dict[str, list[Any]] = {}
    for it in items:
        out.setdefault(it[0][-1 if last else 0], []).append(it)
    return {k: tuple(sorted(v, key=lambda it: -len(it[0]))) for k, v in out.items()}


def _words(lex: Lexicon, mlex: MeasureLexicon) -> _Words:
    key = (id(lex), id(mlex))
    w = _WORDS_CACHE.get(key)
    if w is None:
        stop: set[str] = set()
        for cls in _STOP_CLASSES:
            stop |= lex.words(cls)
        stop -= set(mlex.numbers)  # "two" is a determiner there, a number here
        before = [(b.words, b.relation, b.approximate) for b in mlex.bounds if not b.after]
        after = [(b.words, b.relation, b.approximate) for b in mlex.bounds if b.after]
        age_after = mlex.qwords("age_after")
        w = _Words(
            numbers=dict(mlex.numbers),
            stop=frozenset(stop),
            months=frozenset(mlex.twords("month")),
            bounds_before=_index(before, last=True),
            bounds_after=_index(after, last=False),
            bound_starts=frozenset(b[0][0] for b in before),
            units_before={k.lower(): v for k, v in mlex.units_before.items()},
            units_after=_index(mlex.units_after.items(), last=False),
            irregular_plural=mlex.qwords("plural"),
            not_plural=mlex.qwords("not_plural"),
            identifier=mlex.qwords("identifier"),
            age=mlex.qwords("age"),
            age_after=frozenset(a for a in age_after if " " not in a),
            age_after_two=tuple(a for a in age_after if " " in a),
            change=mlex.qwords("change"),
            ratio=tuple(tuple(r.split()) for r in mlex.qwords("ratio")),
            ratio_starts=frozenset(r.split()[0] for r in mlex.qwords("ratio")),
            fraction=mlex.qwords("fraction"),
            hyphen_units=mlex.qwords("hyphen_unit"),
            time_units=frozenset(u + s for u in mlex.twords("unit") for s in ("", "s")),
            measures=frozenset(
                {u + s for u in mlex.twords("unit") for s in ("", "s")}
                | {w for ws in mlex.units_after for w in ws}
                | mlex.qwords("measure")
            ),
            time_of_day=mlex.qwords("time_of_day"),
            partitive_determiners=mlex.qwords("partitive_determiner"),
            verbs=mlex.tense.get("past", frozenset()) | mlex.tense.get("future", frozenset()),
            after_one=frozenset(
                {n for n, v in mlex.numbers.items() if v.kind in ("hundred", "scale", "dozen")}
                | {r.split()[0] for r in mlex.qwords("ratio")}
                | {"or", "to", "and"}
            ),
        )
        _WORDS_CACHE[key] = w
    return w


def number_words(mlex: MeasureLexicon | None = None) -> list[str]:
    """The words (lower case) a number may start with: "two", "dozen", "thousands" ..."""
    mlex = mlex or MeasureLexicon.default()
    return sorted(w for w, n in mlex.numbers.items() if n.kind not in ("suffix", "few"))


def ascii_lower(text: str) -> str:
    """``text`` in lower case, with the same length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _anchor_re(mlex: MeasureLexicon) -> re.Pattern[str]:
    rx = _ANCHORS.get(id(mlex))
    if rx is None:
        rx = re.compile(rf"\b(?:\d|{trie_pattern(number_words(mlex))}\b)")
        _ANCHORS[id(mlex)] = rx
    return rx


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    exclude: Sequence[Span] = (),
    lexicon: Lexicon | None = None,
    words: MeasureLexicon | None = None,
) -> list[Quantity]:
    """Every quantity in ``text[start:end]`` (one statement), in order; none inside the
    ``exclude`` spans (time phrases: "two days ago" is a time, not a count)."""
    if not isinstance(text, str):
        raise TypeError(f"find_quantities() needs the text as str, got {type(text).__name__}")
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"find_quantities(): bad range [{start}, {end}) of {len(text)} chars")
    mlex = words or MeasureLexicon.default()
    low = ascii_lower(text)
    anchors = [m.start() for m in _anchor_re(mlex).finditer(low, start, end)]
    return quantities_at(text, low, start, end, anchors, exclude, lexicon, mlex)


def quantities_at(
    text: str,
    low: str,
    start: int,
    end: int,
    anchors: Iterable[int],
    exclude: Sequence[Span] = (),
    lexicon: Lexicon | None = None,
    words: MeasureLexicon | None = None,
) -> list[Quantity]:
    """The quantities at the given anchors (offsets where a digit or a number word starts) of
    the statement ``text[start:end]``; ``low`` is ``ascii_lower(text)``."""
    w = _words(lexicon or Lexicon.default(), words or MeasureLexicon.default())
    out: list[Quantity] = []
    done = start
    for a in anchors:
        if a < done or any(x.start <= a < x.end for x in exclude):
            continue
        q = _quantity_at(text, low, start, end, a, w)
        if isinstance(q, int):
            done = q
            continue
        if q is None or q.span.start < done or any(q.span.overlaps(x) for x in exclude):
            continue
        out.append(q)
        done = q.span.end
    return out


def parse_number(phrase: str) -> float:
    """The value of a number written in digits or words: "1,500", "2.5 million",
    "twenty-seven", "a dozen", "one hundred and five". Raises :class:`QuantityError`."""
    if not isinstance(phrase, str):
        raise TypeError(f"parse_number() needs str, got {type(phrase).__name__}")
    low = ascii_lower(phrase.strip())
    w = _words(Lexicon.default(), MeasureLexicon.default())
    toks = _Toks(low, 0, len(low))
    num = _read_number(toks, 0, w, currency=False) if toks[0].kind else None
    if num is None or num.vague or num.hyphen_noun is not None or num.end != len(low):
        raise QuantityError(f"not a number: {phrase!r}")
    return num.low


# -- reading numbers -------------------------------------------------------------------------


def _prev_words(low: str, pos: int, floor: int, n: int) -> list[tuple[int, int]]:
    """Up to ``n`` tokens before ``pos``, nearest first: a run of letters and digits (with
    apostrophes), or one other character. (Read backwards on a reversed slice.)"""
    lo = max(floor, pos - 50)
    rev = low[lo:pos][::-1]
    out: list[tuple[int, int]] = []
    i = 0
    while len(out) < n:
        m = _REV_TOKEN_RE.match(rev, i)
        if m is None:
            break
        s, e = pos - m.end(1), pos - m.start(1)
        if s == lo and lo > floor and low[lo - 1].isalnum():
            break  # a word cut by the window
        out.append((s, e))
        i = m.end()
    return out


def _clean(v: float) -> float:
    """A whole number as int (2500, not 2500.0); others rounded to remove float noise."""
    if type(v) is int:
        return v
    if float(v).is_integer():
        return int(v)
    return round(v, 6)


def _value(tok: str) -> float | None:
    """The value of digits with separators; None when the grouping is wrong ("1,50")."""
    if "," in tok and _GROUPED_RE.fullmatch(tok) is None:
        return None
    return _clean(float(tok.replace(",", "")))


def _read_number(toks: _Toks, k: int, w: _Words, *, currency: bool) -> _Num | None:
    """The number that starts at token ``k``: digits, number words, a vague count."""
    t = toks[k]
    if t.kind == "w":
        return _read_words(toks, k, w)
    if t.kind != "d" or t.low.count(".") > 1:
        return None
    v = _value(t.low)
    if v is None:
        return None
    e, j = t.end, k + 1
    nxt = toks[j]
    if nxt.start == e:
        if nxt.kind == "w":
            suf = w.numbers.get(nxt.low)
            if suf is not None and suf.kind == "suffix" and (currency or len(nxt.low) > 1):
                return _Num(t.start, nxt.end, _clean(v * suf.value), _clean(v * suf.value))
            return None  # 9th, 1990s, 3D, 100m (metres or minutes?)
        if nxt.low in ("/", ":", "@"):
            return None  # 9/11, 15:25
        if nxt.low in ("'", "’") and toks[j + 1].low == "s" and toks[j + 1].start == nxt.end:
            return None  # the 90's
        if nxt.low in ("'", "’", '"', "”") and toks[j + 1].kind == "d":
            return None  # 6'3": a height
        if nxt.low == "-" and toks[j + 1].start == nxt.end:
            after = toks[j + 1]
            head = after.low.split("-")[0]
            if after.kind == "w" and head not in w.numbers and "-" + head not in w.bounds_after:
                noun = _hyphen_noun(after, w)
                return None if noun is None else _Num(t.start, e, v, v, hyphen_noun=noun)
    scale = 1.0
    if nxt.kind == "w":
        sc = w.numbers.get(nxt.low)
        if sc is not None and sc.kind in ("scale", "hundred"):
            v, e, scale = _clean(v * sc.value), nxt.end, sc.value
        elif _and_a_half(toks, j):
            v, e = _clean(v + 0.5), toks[j + 2].end
    return _Num(t.start, e, v, v, scale=scale)


def _and_a_half(toks: _Toks, j: int) -> bool:
    """Do tokens ``j``.. read "and a half" ("seven and a half years")?"""
    return toks[j].low == "and" and toks[j + 1].low == "a" and toks[j + 2].low == "half"


def _hyphen_noun(tok: _Tok, w: _Words) -> Span | None:
    """The unit of "30-second", "10-point", "two-day"; None for an age ("45-year-old"), a
    fraction ("two-thirds") or a word that measures nothing ("two-party", "five-alarm")."""
    if tok.low in w.age_after or any(tok.low.endswith("-" + a) for a in w.age_after):
        return None
    if tok.low not in w.hyphen_units and tok.low.rstrip("s") not in w.hyphen_units:
        return None
    return Span(tok.start, tok.end)


def _read_words(toks: _Toks, k: int, w: _Words) -> _Num | None:
    """Number words from token ``k``: "twenty-seven", "a dozen", "a few thousand",
    "hundreds of thousands", "two hundred and fifty"."""
    nums = w.numbers
    t = toks[k]
    first = nums.get(t.low)
    if first is not None and first.kind in ("vague", "vague_mult"):
        return _read_vague(toks, k, first, w)
    # a few / several + hundred, thousand, dozen: a vague count
    few: NumberWord | None = None
    j = k
    if t.low in ("a", "an") and toks[k + 1].low == "few":
        few, j = nums.get("few"), k + 2
    elif t.low == "several":
        few, j = nums.get("several"), k + 1
    if few is not None:
        sc = nums.get(toks[j].low)
        if sc is None or sc.kind not in ("hundred", "scale", "dozen"):
            return None
        hi = few.high if few.high is not None else few.value
        lo_v, hi_v = _clean(few.value * sc.value), _clean(hi * sc.value)
        return _Num(t.start, toks[j].end, lo_v, hi_v, vague=True)
    total = 0.0
    cur = 0.0
    last = ""  # the kind of the last word read
    e = t.start
    j = k
    words_read = 0
    if t.low in ("a", "an"):
        nx = nums.get(toks[k + 1].low)
        if nx is None or nx.kind not in ("hundred", "scale", "dozen"):
            return None
        cur, last, e, j = 1.0, "unit", t.end, k + 1
    hyphen_noun: Span | None = None
    while True:
        tok = toks[j]
        if tok.kind != "w":
            break
        if tok.low == "and" and last in ("hundred", "scale"):
            nw = nums.get(toks[j + 1].low.split("-")[0])  # "and twenty-one"
            if nw is not None and nw.kind in ("unit", "teen", "tens"):
                j += 1
                continue
            break
        parts = tok.low.split("-")
        nw = nums.get(parts[0])
        if nw is None or nw.kind not in ("unit", "teen", "tens", "hundred", "scale", "dozen"):
            break
        if len(parts) > 1:
            # twenty-seven; or a number that modifies a noun: two-day, 30-member
            val, used = nw.value, 1
            nw2 = nums.get(parts[1])
            if nw.kind == "tens" and nw2 is not None and nw2.kind == "unit" and nw2.value > 0:
                val, used = val + nw2.value, 2
            elif nw.kind not in ("unit", "teen", "tens"):
                break
            if not _adds(last, nw.kind):
                break
            if used == len(parts):
                cur += val
                last, e, j = "unit", tok.end, j + 1
                words_read += 1
                continue
            if words_read:
                break
            off = sum(len(p) + 1 for p in parts[:used])
            hyphen_noun = _hyphen_noun(_Tok(tok.start + off, tok.end, "w", tok.low[off:]), w)
            if hyphen_noun is None:
                return None
            cur += val
            last, e = "unit", tok.start + off - 1
            words_read += 1
            break
        if nw.kind in ("unit", "teen", "tens"):
            if not _adds(last, nw.kind):
                break
            cur += nw.value
        elif nw.kind == "hundred":
            if last in ("", "hundred") or (last == "scale" and cur == 0):
                break
            cur = (cur or 1) * 100
        elif nw.kind == "scale":
            if last in ("", "scale"):
                break
            total += (cur or 1) * nw.value
            cur = 0
        else:  # dozen
            if last not in ("unit", "teen", "tens"):
                break
            cur = (cur or 1) * 12
        last, e, j = nw.kind, tok.end, j + 1
        words_read += 1
    if last == "" or (words_read == 0 and t.low not in ("a", "an")):
        return None
    if hyphen_noun is None and last in ("unit", "teen", "tens") and _and_a_half(toks, j):
        cur += 0.5
        e = toks[j + 2].end
        j += 3
        last = "half"
    v = _clean(total + cur)
    if hyphen_noun is not None and v == 1:
        return None  # one-sided, one-time, one-on-one
    lone = words_read == 1 and v == 1 and t.low not in ("a", "an")
    scale = nums[toks[j - 1].low].value if last == "scale" and hyphen_noun is None else 1
    return _Num(t.start, e, v, v, lone_one=lone, hyphen_noun=hyphen_noun, scale=scale)


def _adds(last: str, kind: str) -> bool:
    """May a word of ``kind`` follow one of kind ``last`` in a number? ("twenty" "seven": yes;
    "two" "three": no)."""
    if kind == "unit":
        return last in ("", "tens", "hundred", "scale")
    if kind in ("teen", "tens"):
        return last in ("", "hundred", "scale")
    return True


def _read_vague(toks: _Toks, k: int, first: NumberWord, w: _Words) -> _Num | None:
    """dozens, hundreds, thousands; hundreds of thousands; tens of millions."""
    t = toks[k]
    lo = first.value
    hi = first.high if first.high is not None else first.value
    e = t.end
    if toks[k + 1].low == "of" and toks[k + 2].low.endswith("s"):
        sc = w.numbers.get(toks[k + 2].low[:-1])
        if sc is not None and sc.kind == "scale":
            lo, hi = lo * sc.value, (hi + 1) * sc.value - 1
            e = toks[k + 2].end
        elif first.kind == "vague_mult":
            return None
    elif first.kind == "vague_mult":
        return None  # "tens" on its own
    return _Num(t.start, e, _clean(lo), _clean(hi), vague=True)


# -- one quantity ----------------------------------------------------------------------------


def _quantity_at(text: str, low: str, s0: int, e0: int, a: int, w: _Words) -> Quantity | int | None:
    """The quantity that starts at ``a``; or, when the number is no quantity but takes the
    next number with it ("ages 55 to 65", "a 4-1 vote"), the offset to go on reading from."""
    if low.startswith("one", a) and not low[a + 3 : a + 4].isalpha():
        follower = _NEXT_WORD_RE.match(low, a + 3)
        if follower is None or follower.group(1) not in w.after_one:
            return None  # "one of the", "no one": not a count (checked before any reading)
    # a number glued to what comes before it is part of a name or a code: F-16, #1, 9/11, .5
    if a > s0:
        c = text[a - 1]
        if c in "#/@" or (c in "-–.,:'’\"" and a - 1 > s0 and text[a - 2].isalnum()):
            return None  # the rest of "2,500", "15:25", 6'3"
    prev = _prev_words(low, a, s0, 5)
    prev_w = [low[s:e] for s, e in prev]
    # "a dozen", "a few thousand", "several hundred": read from the first word
    fw = w.numbers.get(low[a : a + 12].split(" ", 1)[0])
    if fw is not None and fw.kind in ("hundred", "scale", "dozen") and prev_w:
        back = 0
        if prev_w[0] in ("a", "an", "several"):
            back = 1
        elif prev_w[0] == "few" and prev_w[1:2] == ["a"]:
            back = 2
        if back:
            a = prev[back - 1][0]
            prev, prev_w = prev[back:], prev_w[back:]
    toks = _Toks(low, a, e0)  # read lazily: as far as needed, no further
    if toks[0].start != a:
        return None
    # a currency before the number: $5, US$5, £30m, USD 5
    unit: str | None = None
    start = a
    if prev and prev_w[0] in w.units_before and (prev[0][1] == a or prev_w[0].isalpha()):
        unit = w.units_before[prev_w[0]]
        start = prev[0][0]
        if unit == "USD" and start - 2 >= s0 and low[start - 2 : start] == "us":
            start -= 2
        prev, prev_w = prev[1:], prev_w[1:]
    num = _read_number(toks, 0, w, currency=unit is not None)
    if num is None:
        return None
    k = toks.index_at(num.end)
    if _excluded(text, low, s0, num, toks, k, prev, prev_w, w, unit):
        # what it is not, the number it makes a pair with is not either: "ages 55 to 65",
        # "between the ages of 17 and 20"
        joint = toks[k]
        if joint.low in ("and", "or", "to", "through", "-", "–") and toks[k + 1].kind == "d":
            return toks[k + 1].end
        return None
    if num.hyphen_noun is not None:
        hs, he = num.hyphen_noun.start, num.hyphen_noun.end
        return Quantity(
            span=Span(start, he),
            text=text[start:he],
            low=num.low,
            high=num.high,
            unit=unit,
            about=text[hs:he],
            about_span=Span(hs, he),
        )
    lo_v: float | None = num.low
    hi_v: float | None = num.high
    relation = Relation.RANGE if num.vague else Relation.EQ
    approximate = num.vague
    end = num.end
    if unit is None:
        unit, k, end = _unit_after(toks, k, end, w)
    # a range: between X and Y, from X to Y, X to Y, X-Y, X or Y
    ranged = False
    if not num.vague:
        r = _range(toks, k, num, prev_w, w, unit)
        if r is not None:
            second, conn = r
            u2 = _unit_after(toks, toks.index_at(second.end), second.end, w)[0]
            if unit is not None and u2 is not None and u2 != unit:
                r = None  # "by 0.1 percentage points to 4.2 percent": two values
        if r is not None:
            first_v = num.low
            if num.scale == 1 and second.scale > 1 and num.low * second.scale <= second.low:
                first_v = _clean(num.low * second.scale)  # 2 to 3 million
            if first_v >= second.low:
                if conn in _DASHES or (conn == "to" and unit is None):
                    return second.end  # a score or a tally: 3-2, 52-48, split 4 to 1
            else:
                ranged = True
                lo_v, hi_v = first_v, second.high
                relation = Relation.RANGE
                approximate = conn == "or"
                end = second.end
                k = toks.index_at(end)
                if prev_w[:1] in (["between"], ["from"]):
                    start = prev[0][0]
                    prev, prev_w = prev[1:], prev_w[1:]
                u2, k, end2 = _unit_after(toks, k, end, w)
                if u2 is not None:
                    unit, end = u2, end2
    if num.lone_one and not ranged and _ratio_at(toks, k, w) is None:
        return None  # "one of the", "no one"
    if not ranged and not num.vague:
        # a ratio: 1 in 5, 8 out of 10
        rt = _ratio(toks, k, w, num)
        if rt is not None:
            val, k, end = rt
            lo_v = hi_v = val
            unit = "ratio"
    if not ranged:
        # bounds before: more than 100, about 1,500, nearly 3 million
        b = _bound_before(prev_w, w)
        if b is not None and (b[1] == "eq" or not num.vague):  # not "handed over millions"
            n, rel, approx = b
            head = _np_head_word(toks, k, w)
            if not (prev_w[n - 1] == "over" and head in w.time_units):
                start = prev[n - 1][0]  # but "over three days" is a period
                count = unit is None and head not in w.measures  # "nearly two decades": 1.9
                lo_v, hi_v, relation = _apply(rel, lo_v, hi_v, count, num.vague)
                approximate = approximate or approx
        # bounds after: 100 or more, 100-plus
        ba = _bound_after(toks, k, w) if relation is Relation.EQ else None
        if ba is not None:
            n, rel, approx = ba
            lo_v, hi_v, relation = _apply(rel, lo_v, hi_v, unit is None, False)
            approximate = approximate or approx
            end = toks[k + n - 1].end
            k += n
            if unit is None:  # 15-plus percent
                unit, k, end = _unit_after(toks, k, end, w)
    # what is counted
    about_span: Span | None = None
    if unit in _COUNTABLE_UNITS and (unit in (None, "ratio") or toks[k].low == "of"):
        value = hi_v if hi_v is not None else lo_v
        about_span = _noun_phrase(text, toks, k, w, value, num.vague or unit is not None)
        if about_span is not None:
            end = about_span.end
            head = low[about_span.start : about_span.end]
            units = [u for ws, u in w.units_after.get(head, ()) if ws == (head,)]
            if unit is None and units:  # millions of dollars
                unit, about_span = units[0], None
    # a number right after a capitalised word names a thing: Route 66, Fox 5, Fortune 500;
    # so does a capitalised number word before a capitalised word: Zero Hedge
    if unit is None and not ranged and _after_name(text, prev, s0, w):
        return None
    nxt = toks[k]
    name_word = toks[0].kind == "w" and text[a].isupper() and nxt.kind == "w"
    if name_word and text[nxt.start].isupper() and not _plural(nxt.low, w):
        return None  # Zero Hedge, Three Mile Island
    bare = about_span is None and unit is None and not ranged and not num.vague
    if bare and (hi_v or 0) > 1 and _modifies_a_singular(text, toks, k, w):
        return None  # a 911 caller, the 747 jet: a number that names a kind of thing
    return Quantity(
        span=Span(start, end),
        text=text[start:end],
        low=lo_v,
        high=hi_v,
        approximate=approximate,
        unit=unit,
        about=about_span.of(text) if about_span is not None else None,
        about_span=about_span,
        relation=relation,
    )


def _range(
    toks: _Toks, k: int, num: _Num, prev_w: list[str], w: _Words, unit: str | None
) -> tuple[_Num, str] | None:
    """The second number of a range after token ``k``, and the word that joins them."""
    c = toks[k]
    conn = c.low
    if prev_w[:1] == ["between"]:
        if conn != "and":
            return None
    elif conn in ("-", "—"):
        # 10-15 is a range, 10 - 15 is not; "—" is a dash in running text
        if conn == "—" or c.start != num.end or toks[k + 1].start != c.end:
            return None
    elif conn not in ("to", "through", "–", "or"):
        return None
    elif conn != "or" and any(p in w.change for p in prev_w[:3]):
        return None  # rose from 3 to 5: two values, not a range
    k2 = k + 1
    cur = unit is not None and unit not in ("%", "percentage points")
    if toks[k2].low in w.units_before:
        cur, k2 = True, k2 + 1
    if toks[k2].kind not in ("d", "w"):
        return None
    second = _read_number(toks, k2, w, currency=cur)
    if second is None or second.vague or second.hyphen_noun is not None:
        return None
    t2 = toks[k2]
    if t2.kind == "d" and len(t2.low) == 4 and 1800 <= second.low <= 2099 and num.low >= 1800:
        return None  # 2012 to 2016: years
    return second, conn


def _ratio_at(toks: _Toks, k: int, w: _Words) -> int | None:
    """The index of the denominator of "1 in 5", "8 out of 10" after token ``k``."""
    if toks[k].low not in w.ratio_starts:
        return None
    for words in w.ratio:
        n = len(words)
        if all(toks[k + i].low == words[i] for i in range(n)):
            d = toks[k + n]
            if d.kind == "d" or d.low in w.numbers:
                return k + n
    return None


def _ratio(toks: _Toks, k: int, w: _Words, num: _Num) -> tuple[float, int, int] | None:
    """``1 in 5``, ``8 out of 10``: the ratio, the next token index, the end."""
    j = _ratio_at(toks, k, w)
    if j is None:
        return None
    den = _read_number(toks, j, w, currency=False)
    if den is None or den.vague or den.hyphen_noun is not None or den.low <= num.low:
        return None
    if toks[j].kind == "d" and len(toks[j].low) == 4 and 1800 <= den.low <= 2099:
        return None  # "5 in 2016"
    return _clean(num.low / den.low), toks.index_at(den.end), den.end


def _unit_after(toks: _Toks, k: int, end: int, w: _Words) -> tuple[str | None, int, int]:
    for words, unit in w.units_after.get(toks[k].low, ()):
        n = len(words)
        if all(toks[k + i].low == words[i] for i in range(1, n)):
            return unit, k + n, toks[k + n - 1].end
    return None, k, end


def _bound_before(prev_w: list[str], w: _Words) -> tuple[int, str, bool] | None:
    for words, rel, approx in w.bounds_before.get(prev_w[0] if prev_w else "", ()):
        n = len(words)
        if len(prev_w) >= n and all(prev_w[i] == words[n - 1 - i] for i in range(n)):
            return n, rel, approx
    return None


def _bound_after(toks: _Toks, k: int, w: _Words) -> tuple[int, str, bool] | None:
    t = toks[k]
    if t.low == "-" and toks[k + 1].start == t.end:  # 100-plus
        hyphened = w.bounds_after.get("-" + toks[k + 1].low, ())
        if hyphened:
            return 2, hyphened[0][1], hyphened[0][2]
    for words, rel, approx in w.bounds_after.get(t.low, ()):
        n = len(words)
        if all(toks[k + i].low == words[i] for i in range(1, n)):
            return n, rel, approx
    return None


def _apply(
    rel: str, lo: float | None, hi: float | None, count: bool, vague: bool
) -> tuple[float | None, float | None, Relation]:
    """Bounds from a relation. For a ``count`` (no unit, no measure) an exclusive bound on a
    whole number moves to the next whole number: "more than 100" is at least 101, "fewer than
    10" at most 9; "more than 50%" stays 50 (the relation says it is exclusive)."""
    if rel == "eq":
        return lo, hi, Relation.RANGE if vague else Relation.EQ
    if rel == "gt":
        v = hi if hi is not None else lo
        if v is not None and count and float(v).is_integer():
            v = _clean(v + 1)
        return v, None, Relation.GT
    if rel == "ge":
        return lo, None, Relation.GE
    if rel == "lt":
        v = lo if lo is not None else hi
        if v is not None and count and float(v).is_integer():
            v = _clean(v - 1)
        return None, v, Relation.LT
    return None, hi, Relation.LE


def _np_head_word(toks: _Toks, k: int, w: _Words) -> str | None:
    for i in range(k, k + _NP_MAX):
        t = toks[i]
        if t.kind != "w" or t.low in w.stop:
            return None
        if _plural(t.low, w) or t.low in w.time_units:
            return t.low
    return None


def _acronym(text: str, t: _Tok) -> bool:
    return t.end - t.start > 1 and text[t.start : t.end].isupper()


def _plural(word: str, w: _Words) -> bool:
    """Does the (lower-case) word look like a plural noun?"""
    if word in w.irregular_plural:
        return True
    if word in w.not_plural or len(word) < 3 or not word.endswith("s"):
        return False
    return not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _noun_phrase(
    text: str, toks: _Toks, k: int, w: _Words, value: float | None, partitive: bool
) -> Span | None:
    """What the number counts: the noun phrase after it up to its head (a plural noun), with
    its pre-modifiers and without post-modifiers. ``partitive``: "dozens of people", "24
    percent of voters" count what follows "of"."""
    if toks[k].low == "of":
        if not partitive:
            return None
        k += 1
        if toks[k].low in w.partitive_determiners:
            k += 1
    words: list[_Tok] = []
    for i in range(k, k + _NP_MAX):
        t = toks[i]
        if t.kind != "w" or t.low in w.numbers:
            break
        if t.low in w.stop and not _acronym(text, t):  # "IS militants", "US officials"
            break
        if words and not text[words[-1].end : t.start].isspace():
            break
        words.append(t)
    if not words:
        return None
    head = -1
    for i, t in enumerate(words):
        if _plural(t.low, w) and not _acronym(text, t):
            head = i
            # police officers, staff members: a plural that modifies a plural
            while head + 1 < len(words) and _plural(words[head + 1].low, w):
                head += 1
            break
    if head < 0:
        # one thing: "1 person"; anything else without a plural head counts nothing we can say
        if value is None or value > 1 or words[0].low in w.time_units:
            return None
        head = 0
    if words[head].low.endswith(("'s", "’s")):
        return None  # "1 percent of the bank’s": the head is yet to come
    return Span(words[0].start, words[head].end)


def _modifies_a_singular(text: str, toks: _Toks, k: int, w: _Words) -> bool:
    """Does a lower-case singular noun follow the number ("911 caller")? A verb after it
    ("17 said", "the two learned") makes the number stand alone instead."""
    t = toks[k]
    if t.kind != "w" or t.low in w.stop or t.low in w.numbers or text[t.start].isupper():
        return False
    if t.low in w.verbs or t.low in w.time_units or t.low in w.measures:
        return False
    return not t.low.endswith(("ed", "ing", "ly")) and not _plural(t.low, w)


def _after_name(text: str, prev: list[tuple[int, int]], s0: int, w: _Words) -> bool:
    """Is the number right after a capitalised word (not the statement's first): Route 66?"""
    if not prev:
        return False
    s, e = prev[0]
    word = text[s:e]
    if not word[:1].isupper() or s == s0:
        return False
    low = word.lower()
    return low not in w.stop and low not in w.bound_starts


def _excluded(
    text: str,
    low: str,
    s0: int,
    num: _Num,
    toks: _Toks,
    k: int,
    prev: list[tuple[int, int]],
    prev_w: list[str],
    w: _Words,
    unit: str | None,
) -> bool:
    """Is the number a year, a date, a time of day, an age or an identifier?"""
    first = toks[0]
    p1 = prev_w[0] if prev_w else ""
    p2 = prev_w[1] if len(prev_w) > 1 else ""
    nxt = toks[k]
    if first.kind == "d" and len(first.low) >= _LONG_DIGITS and first.low.isdigit():
        return True  # a timestamp, an id, a telephone number
    # a year (the time stage reads it): 2016; but $2016 and "more than 2000" are amounts
    if (
        first.kind == "d"
        and unit is None
        and len(first.low) == 4
        and num.end == first.end
        and 1800 <= num.low <= 2099
        and nxt.low not in ("%", "percent")
        and _bound_before(prev_w, w) is None
    ):
        return True
    # a date: Nov. 9, 9 November, the 9th of November
    if p1 in w.months or (p1 == "." and p2 in w.months):
        return True
    if first.kind == "d" and num.low <= 31:
        if nxt.low in w.months:
            return True
        if nxt.low == "of" and toks[k + 1].low in w.months:
            return True
    # a time of day: 3 p.m., 10 pm, 9 ET
    if nxt.low in w.time_of_day or (nxt.kind and low[nxt.start : nxt.start + 3] in ("a.m", "p.m")):
        return True
    # an age: aged 45; the ages of 17; 45 years old; 27 and 29 years old; Smith, 45, ; Smith (45)
    if p1 in w.age or (p1 == "of" and p2 in w.age):
        return True
    after = nxt
    if nxt.low in ("and", "or", "to", "-", "–") and toks[k + 1].kind == "d":
        after = toks[k + 2]
    if after.kind == "w":
        ahead = low[after.start : after.start + 12]
        if any(ahead.startswith(a) for a in w.age_after_two):
            return True
    if (
        p1 in (",", "(")
        and len(prev) > 1
        and text[prev[1][0]].isupper()
        and nxt.low in (",", ")", ";", "—", "―", "–")
        and unit is None
        and not num.vague
        and num.low < 130
    ):
        return True
    # an identifier: page 5, No. 1, number 10
    if p1 in w.identifier or (p1 == "." and p2 in ("no", "nos")):
        return True
    # a list number at the start of a statement: "1." "2)"
    return num.start == s0 and nxt.low in (".", ")") and nxt.start == num.end
