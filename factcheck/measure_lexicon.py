"""Word lists for times and quantities, read once from ``factcheck/data``.

``numbers.tsv`` (number words), ``bounds.tsv`` ("more than", "about"), ``units.tsv`` ("%",
"$"), ``quantity_words.tsv`` (plurals, identifiers, ages), ``time_words.tsv`` (months,
weekdays, "yesterday"), ``tense.tsv`` (will, said) and ``zones.tsv`` (UK, ET). No stage hides a
word list in its code; extend these files, or build a :class:`MeasureLexicon` of your own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .lexicon import LexiconError, _rows

RELATIONS = frozenset({"gt", "ge", "lt", "le", "eq"})
NUMBER_KINDS = frozenset(
    {"unit", "teen", "tens", "hundred", "scale", "dozen", "vague", "vague_mult", "few", "suffix"}
)
TIME_KINDS = frozenset(
    {
        "month",
        "month_ambiguous",
        "weekday",
        "weekday_abbr",
        "deictic",
        "daypart",
        "unit",
        "season",
        "anchor",
        "lead",
        "deadline",
        "starter",
        "unit_before",
        "unit_after",
        "modified_after",
        "part",
        "vague_count",
        "period",
        "count_adverb",
    }
)


@attrs.frozen
class NumberWord:
    word: str
    kind: str
    value: float
    high: float | None = None


@attrs.frozen
class BoundWord:
    phrase: str
    relation: str  #: gt, ge, lt, le, eq
    approximate: bool
    after: bool  #: written after the number ("100 or more")

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.phrase.split())


@attrs.frozen
class MeasureLexicon:
    """Every word list the time and quantity stages read."""

    numbers: Mapping[str, NumberWord]
    bounds: tuple[BoundWord, ...]
    units_before: Mapping[str, str]  #: "$" -> "USD"
    units_after: Mapping[tuple[str, ...], str]  #: ("per", "cent") -> "%"
    quantity_words: Mapping[str, frozenset[str]]  #: kind -> words (see quantity_words.tsv)
    time_words: Mapping[str, Mapping[str, int]]  #: kind -> word -> value
    tense: Mapping[str, frozenset[str]]  #: future, past, except_ed
    zones: Mapping[str, str]  #: name as written ("UK", "Britain") -> IANA zone

    def qwords(self, kind: str) -> frozenset[str]:
        return self.quantity_words.get(kind, frozenset())

    def twords(self, kind: str) -> Mapping[str, int]:
        return self.time_words.get(kind, {})

    @classmethod
    def default(cls) -> MeasureLexicon:
        """The word lists shipped with factcheck (read once, then shared)."""
        return _default()


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression that matches any of ``words``, factored by common prefixes
    ("mon(?:day|th)"): the engine tries one branch per letter instead of every word."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(tree)


def _number(value: str, where: str) -> float:
    try:
        v = float(value)
    except ValueError:
        raise LexiconError(f"{where}: {value!r} is not a number") from None
    return int(v) if v.is_integer() else v


@functools.cache
def _default() -> MeasureLexicon:
    numbers: dict[str, NumberWord] = {}
    for n, cols in _rows("numbers.tsv"):
        where = f"numbers.tsv line {n}"
        if len(cols) not in (3, 4) or cols[1] not in NUMBER_KINDS:
            raise LexiconError(f"{where}: expected word, kind ({', '.join(sorted(NUMBER_KINDS))})")
        high = _number(cols[3], where) if len(cols) == 4 else None
        numbers[cols[0].lower()] = NumberWord(
            cols[0].lower(), cols[1], _number(cols[2], where), high
        )
    bounds = []
    for n, cols in _rows("bounds.tsv"):
        where = f"bounds.tsv line {n}"
        if len(cols) != 4 or cols[1] not in RELATIONS or cols[3] not in ("before", "after"):
            raise LexiconError(f"{where}: expected phrase, relation, yes/no, before/after")
        if cols[2] not in ("yes", "no"):
            raise LexiconError(f"{where}: approximate must be yes or no, got {cols[2]!r}")
        bounds.append(BoundWord(cols[0].lower(), cols[1], cols[2] == "yes", cols[3] == "after"))
    before: dict[str, str] = {}
    after: dict[tuple[str, ...], str] = {}
    for n, cols in _rows("units.tsv"):
        if len(cols) != 3 or cols[2] not in ("before", "after"):
            raise LexiconError(f"units.tsv line {n}: expected written form, unit, before/after")
        if cols[2] == "before":
            before[cols[0]] = cols[1]
        else:
            after[tuple(cols[0].lower().split())] = cols[1]
    qwords: dict[str, set[str]] = {}
    for _, cols in _rows("quantity_words.tsv"):
        qwords.setdefault(cols[0], set()).update(c.lower() for c in cols[1:] if c)
    twords: dict[str, dict[str, int]] = {}
    for n, cols in _rows("time_words.tsv"):
        if len(cols) != 3 or cols[0] not in TIME_KINDS:
            raise LexiconError(f"time_words.tsv line {n}: expected kind, word, value")
        twords.setdefault(cols[0], {})[cols[1].lower()] = int(_number(cols[2], f"line {n}"))
    tense: dict[str, set[str]] = {}
    for _, cols in _rows("tense.tsv"):
        tense.setdefault(cols[0], set()).update(c.lower() for c in cols[1:] if c)
    zones: dict[str, str] = {}
    for n, cols in _rows("zones.tsv"):
        if len(cols) != 2:
            raise LexiconError(f"zones.tsv line {n}: expected name, IANA zone")
        zones[cols[0]] = cols[1]
    return MeasureLexicon(
        numbers=numbers,
        bounds=tuple(sorted(bounds, key=lambda b: -len(b.words))),
        units_before=before,
        units_after=after,
        quantity_words={k: frozenset(v) for k, v in qwords.items()},
        time_words=twords,
        tense={k: frozenset(v) for k, v in tense.items()},
        zones=zones,
    )
