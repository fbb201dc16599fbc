"""The time-and-quantity stage: every statement gets its ``times`` and ``quantities``.

One compiled regular expression, run once over the article, finds where a number or a time
phrase may start (a digit, a number word, a time word); a statement without any costs nothing
more. Time phrases are read first: a number inside one ("two days ago") is no quantity.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .lexicon import Lexicon
from .measure_lexicon import MeasureLexicon, trie_pattern
from .model import Role, Span, Statement
from .quantities import ascii_lower, number_words, quantities_at
from .timeref import time_anchor_words, times_at

_ANCHORS: dict[int, tuple[re.Pattern[str], frozenset[str]]] = {}


def _anchor_re(mlex: MeasureLexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """The scan, and the number words among the words it finds.

    The pattern starts with the character before the word (any non-word character), so the
    engine skips quickly from one to the next; a number is read whole ("2,500"), so its
    separators start nothing."""
    found = _ANCHORS.get(id(mlex))
    if found is None:
        nums = frozenset(number_words(mlex))
        words = sorted(nums | set(time_anchor_words(mlex)))
        rx = re.compile(rf"[^\w](\d++(?:[.,:]\d++)*+|{trie_pattern(words)}\b)")
        found = _ANCHORS[id(mlex)] = (rx, nums)
    return found


_INIT_FIELDS: list[str] = []


def _with(st: Statement, **changes: object) -> Statement:
    """``attrs.evolve`` with the field names looked up once (it is called for many statements)."""
    if not _INIT_FIELDS:
        _INIT_FIELDS.extend(f.name for f in attrs.fields(Statement) if f.init)
    kwargs = {name: getattr(st, name) for name in _INIT_FIELDS}
    kwargs.update(changes)
    return Statement(**kwargs)


def anchors(low: str, words: MeasureLexicon | None = None) -> list[tuple[int, str]]:
    """Where a number or a time phrase may start in ``low`` (the lower-cased article): the
    offset and the word (or digits) found there."""
    rx, _ = _anchor_re(words or MeasureLexicon.default())
    out = [(m.start(1), m.group(1)) for m in rx.finditer(low)]
    first = rx.match(" " + low[:40])  # the very first word has nothing before it
    if first is not None and first.start(1) == 1:
        out.insert(0, (0, first.group(1)))
    return out


def measure(
    text: str,
    statements: Sequence[Statement],
    published: dt.datetime | None,
    *,
    skip: Sequence[Span] = (),
    lexicon: Lexicon | None = None,
    words: MeasureLexicon | None = None,
) -> list[Statement]:
    """The statements with their time phrases (resolved against ``published``) and quantities.
    Dateline statements and the ``skip`` spans (an inline dateline) are not read."""
    mlex = words or MeasureLexicon.default()
    _, number_set = _anchor_re(mlex)
    low = ascii_lower(text)
    found = anchors(low, mlex)
    out: list[Statement] = []
    k = 0
    for st in statements:
        s, e = st.span.start, st.span.end
        while k < len(found) and found[k][0] < s:
            k += 1
        if st.role is Role.DATELINE or k >= len(found) or found[k][0] >= e:
            out.append(st)
            continue
        for sk in skip:
            if sk.start <= s < sk.end:
                s = min(e, sk.end)
        nums: list[int] = []
        times: list[int] = []
        while k < len(found) and found[k][0] < e:
            a, word = found[k]
            k += 1
            if a < s:
                continue
            if word[0].isdigit():
                if ":" not in word:  # 4:45 is a time of day
                    nums.append(a)
                if len(word) == 4 and word[:2] in ("18", "19", "20"):
                    times.append(a)  # a year
            elif word in number_set:
                nums.append(a)
            else:
                times.append(a)
        contents = [c for a_ in st.attributions for c in a_.content]
        trefs = (
            times_at(text, low, s, e, times, published, contents, mlex, lexicon) if times else []
        )
        quants = (
            quantities_at(text, low, s, e, nums, [t.span for t in trefs], lexicon, mlex)
            if nums
            else []
        )
        if quants or trefs:
            st = _with(st, quantities=tuple(quants), times=tuple(trefs))
        out.append(st)
    return out
