"""The time-and-quantity stage: every statement gets its ``times`` and ``quantities``.

One compiled regular expression, run once per statement, finds where a number or a time
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

_ANCHORS: dict[int, re.Pattern[str]] = {}


def _anchor_re(mlex: MeasureLexicon) -> re.Pattern[str]:
    """Group 1: digits; group 2: a number word; group 3: a time word."""
    rx = _ANCHORS.get(id(mlex))
    if rx is None:
        rx = re.compile(
            rf"\b(?:(\d++)|({trie_pattern(number_words(mlex))})\b"
            rf"|({trie_pattern(time_anchor_words(mlex))})\b)"
        )
        _ANCHORS[id(mlex)] = rx
    return rx


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
    rx = _anchor_re(mlex)
    low = ascii_lower(text)
    out: list[Statement] = []
    for st in statements:
        if st.role is Role.DATELINE:
            out.append(st)
            continue
        s, e = st.span.start, st.span.end
        for sk in skip:
            if sk.start <= s < sk.end:
                s = min(e, sk.end)
        nums: list[int] = []
        times: list[int] = []
        for m in rx.finditer(low, s, e):
            d = m.group(1)
            if d is not None:
                nums.append(m.start())
                if len(d) == 4 and d[:2] in ("18", "19", "20"):
                    times.append(m.start())  # a year
            elif m.group(2) is not None:
                nums.append(m.start())
            else:
                times.append(m.start())
        if not nums and not times:
            out.append(st)
            continue
        contents = [c for a in st.attributions for c in a.content]
        trefs = (
            times_at(text, low, s, e, times, published, contents, mlex, lexicon) if times else []
        )
        quants = (
            quantities_at(text, low, s, e, nums, [t.span for t in trefs], lexicon, mlex)
            if nums
            else []
        )
        out.append(attrs.evolve(st, quantities=tuple(quants), times=tuple(trefs)))
    return out
