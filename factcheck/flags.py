"""Flags an editor would raise on a statement: unattributed, vague source, unheld attitude."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon
from .model import Attribution, Flag, FlagKind, Role, Span
from .text import tokenize

_OPENERS = frozenset({"but", "and", "meanwhile", "however", "now", "still", "yet", "so"})


def unheld_attitude(text: str, span: Span, lexicon: Lexicon) -> Span | None:
    """The span of an attitude with no holder at the start of the statement, if any:
    "There are fears that", "It is believed that"."""
    toks = tokenize(text, span.start, min(span.end, span.start + 200))
    k = 0
    while k < len(toks) and (toks[k].low in _OPENERS or toks[k].low == ","):
        k += 1
    words = [t.low for t in toks[k : k + 8]]
    for phrase in lexicon.attitude_words:
        n = len(phrase)
        if tuple(words[:n]) == phrase:
            return Span(toks[k].start, toks[k + n - 1].end)
    return None


def statement_flags(
    text: str,
    span: Span,
    role: Role,
    attributions: Sequence[Attribution],
    lexicon: Lexicon,
) -> tuple[Flag, ...]:
    """The flags of one statement."""
    if role is Role.DATELINE:
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
