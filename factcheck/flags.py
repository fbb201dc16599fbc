"""Flags an editor would raise on a statement: unattributed, vague source, unheld attitude."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import Lexicon
from .model import Attribution, Flag, FlagKind, Role, Span

_OPENERS = frozenset({"but", "and", "meanwhile", "however", "now", "still", "yet", "so"})


_WORD_RE = re.compile(r"[A-Za-z']+|[,]")


def unheld_attitude(text: str, span: Span, lexicon: Lexicon) -> Span | None:
    """The span of an attitude with no holder at the start of the statement, if any:
    "There are fears that", "It is believed that"."""
    first = lexicon.attitude_first
    words: list[tuple[str, int, int]] = []
    for m in _WORD_RE.finditer(text, span.start, min(span.end, span.start + 120)):
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
    for phrase in lexicon.attitudes_by_first.get(seq[0], ()):
        n = len(phrase)
        if seq[:n] == phrase:
            return Span(words[0][1], words[n - 1][2])
    return None


def statement_flags(
    text: str,
    span: Span,
    role: Role,
    attributions: Sequence[Attribution],
    lexicon: Lexicon,
) -> tuple[Flag, ...]:
    """The flags of one statement."""
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
