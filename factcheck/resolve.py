"""Resolve found attributions into model objects.

Continuations ("It added that", "he said") take the entity of the source they continue; every
mention gets the entity it names, its kind and whether it is vague; each attribution gets its
mode from its content and its quotations.
"""

from __future__ import annotations

from collections.abc import Sequence

from .find import Found
from .lexicon import Lexicon
from .model import Attribution, Cue, Mode, Source, SourceKind, Span
from .sources import PERSON_PRONOUNS, PRONOUNS, MentionInfo, describe, same_entity

_NON_PERSON = frozenset(
    {
        SourceKind.GOVERNMENT,
        SourceKind.MILITARY,
        SourceKind.MEDIA,
        SourceKind.ORGANISATION,
        SourceKind.DOCUMENT,
    }
)


def mode_of(found: Found, text: str, quotes: Sequence[tuple[int, int]]) -> Mode:
    """Direct when the content is all quotation, mixed when it holds some, else indirect."""
    if found.according:
        return Mode.ACCORDING_TO
    if not found.content:
        return Mode.INDIRECT
    quoted = 0
    total = 0
    for s, e in found.content:
        body = text[s:e]
        total += sum(1 for ch in body if not ch.isspace())
        for qs, qe in quotes:
            lo, hi = max(s, qs), min(e, qe)
            if lo < hi:
                quoted += sum(1 for ch in text[lo:hi] if not ch.isspace())
    if total and quoted >= total:
        return Mode.DIRECT
    if quoted:
        return Mode.MIXED
    return Mode.INDIRECT


def resolve(
    text: str,
    found: Sequence[Found],
    quotes: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> list[Attribution]:
    """Model attributions, in order of their cues, with sources resolved to entities."""
    order = sorted(range(len(found)), key=lambda n: found[n].cue)
    new_id = {old: new for new, old in enumerate(order)}
    entities: list[tuple[MentionInfo, str, SourceKind]] = []  # info, entity name, kind
    last: list[tuple[Source, MentionInfo]] = []  # named sources seen so far
    out: list[Attribution] = []
    for new, old in enumerate(order):
        f = found[old]
        source = None
        if f.source is not None:
            s, e = f.source
            mention = text[s:e]
            info = describe(mention, lexicon)
            low = mention.lower().strip()
            if low in PRONOUNS:
                source = _resolve_pronoun(low, Span(s, e), mention, last)
            else:
                entity, kind = _entity(info, entities)
                source = Source(Span(s, e), mention, entity, kind, info.vague)
                last.append((source, info))
        cue = Cue(Span(*f.cue), text[f.cue[0] : f.cue[1]], f.lemma, f.certainty, f.polarity)
        out.append(
            Attribution(
                id=new,
                cue=cue,
                content=tuple(Span(s, e) for s, e in f.content),
                mode=mode_of(f, text, quotes),
                source=source,
                parent=None if f.parent is None else new_id[f.parent],
            )
        )
    return out


def _entity(
    info: MentionInfo, entities: list[tuple[MentionInfo, str, SourceKind]]
) -> tuple[str, SourceKind]:
    for other, name, kind in entities:
        if same_entity(info, other):
            # the longest name stands for the entity
            return name, kind
    name = info.issuer or info.name
    entities.append((info, name, info.kind))
    return name, info.kind


def _resolve_pronoun(
    low: str, span: Span, mention: str, last: Sequence[tuple[Source, MentionInfo]]
) -> Source:
    """ "It added", "he said": the nearest earlier named source that fits the pronoun."""
    want_person = low in PERSON_PRONOUNS
    for src, _info in reversed(last):
        kind = src.kind
        if low in ("it", "which") and kind in (SourceKind.PERSON,):
            continue
        if want_person and kind in _NON_PERSON:
            continue
        return Source(span, mention, src.entity, kind, src.vague, antecedent=src.span)
    kind = SourceKind.PERSON if want_person else SourceKind.UNKNOWN
    return Source(span, mention, mention, kind, False)
