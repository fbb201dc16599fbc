"""Flags an editor would raise on a statement: unattributed, vague source, unheld attitude."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .enums import FlagKind, Role
from .lexicon import Lexicon, derived

if TYPE_CHECKING:
    from .model import Attribution, Flag, Span

# the data model's classes are imported by the functions that make them: "factcheck spans"
# needs only unheld_attitude_at, and starts faster without them

_OPENERS = frozenset({"but", "and", "meanwhile", "however", "now", "still", "yet", "so"})


_WORD_RE = re.compile(r"[A-Za-z']+|[,]")


def unheld_attitude(text: str, span: Span, lexicon: Lexicon) -> Span | None:
    """The span of an attitude with no holder at the start of the statement, if any:
    "There are fears that", "It is believed that"."""
    from .model import Span

    got = unheld_attitude_at(text, span.start, span.end, lexicon)
    return Span(*got) if got is not None else None


def unheld_attitude_at(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """:func:`unheld_attitude` of the statement ``text[start:end]``, as offsets (no
    :class:`Span` made for each statement that has none)."""
    first = lexicon.attitude_first
    # speed: most statements are told by their first word alone
    m = _WORD_RE.search(text, start, min(end, start + 120))
    if m is None:
        return None
    w = m.group().lower()
    if w not in first and w not in _OPENERS and w != ",":
        return None
    words: list[tuple[str, int, int]] = []
    for m in _WORD_RE.finditer(text, start, min(end, start + 120)):
        w = m.group().lower()
        if not words and (w in _OPENERS or w == ","):
            continue
        if not words and w not in first:
            return None
        words.append((w, m.start(), m.end()))
        if len(words) >= 8:
            break
    if not words:
        return None
    seq = tuple(w for w, _, _ in words)
    # the longest attitude that starts the statement (one set lookup for each length)
    for n, phrases in _attitudes_by_length(lexicon).get(seq[0], ()):
        if seq[:n] in phrases:
            return words[0][1], words[n - 1][2]
    return None


def _attitudes_by_length(
    lexicon: Lexicon,
) -> dict[str, list[tuple[int, frozenset[tuple[str, ...]]]]]:
    """``lexicon.attitudes_by_first`` as, for each first word, the attitudes of each length,
    longest first (made once for each lexicon)."""
    return derived(lexicon, _index_by_length)


def _index_by_length(lexicon: Lexicon) -> dict[str, list[tuple[int, frozenset[tuple[str, ...]]]]]:
    index: dict[str, list[tuple[int, frozenset[tuple[str, ...]]]]] = {}
    for first, phrases in lexicon.attitudes_by_first.items():
        lengths = sorted({len(p) for p in phrases}, reverse=True)
        index[first] = [(n, frozenset(p for p in phrases if len(p) == n)) for n in lengths]
    return index


def statement_flags(
    text: str,
    span: Span,
    role: Role,
    attributions: Sequence[Attribution],
    lexicon: Lexicon,
) -> tuple[Flag, ...]:
    """The flags of one statement."""
    from .model import Flag

    if role in (Role.DATELINE, Role.NOTE):
        return ()
    flags: list[Flag] = []
    if not attributions:
        flags.append(
            Flag(
                FlagKind.UNATTRIBUTED,
                "No source: the claim stands in the publisher's own voice.",
                (span,),
            )
        )
    for a in attributions:
        src = a.source
        if src is not None and src.vague:
            flags.append(
                Flag(
                    FlagKind.VAGUE_SOURCE,
                    f"Vague source: {src.text!r} does not say who spoke.",
                    (src.span,),
                )
            )
            break
    att = unheld_attitude(text, span, lexicon)
    if att is not None:
        flags.append(
            Flag(
                FlagKind.UNHELD_ATTITUDE,
                f"Attitude with no holder: {text[att.start : att.end]!r} says not whose.",
                (att,),
            )
        )
    return tuple(flags)
