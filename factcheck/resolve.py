"""Resolve found attributions into model objects.

Continuations ("It added that", "he said") take the entity of the source they continue; every
mention gets the entity it names, its kind and whether it is vague; each attribution gets its
mode from its content and its quotations.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .find import Found
from .lexicon import Lexicon
from .model import Attribution, Cue, Mode, Role, Source, SourceKind, Span
from .segment import Paragraph
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


def _visible(text: str, s: int, e: int) -> int:
    """Characters of text[s:e] that are not white space."""
    return len("".join(text[s:e].split()))


def mode_of(found: Found, text: str, quotes: Sequence[tuple[int, int]]) -> Mode:
    """Direct when the content is all quotation, mixed when it holds some, else indirect."""
    if found.according:
        return Mode.ACCORDING_TO
    if not found.content:
        return Mode.INDIRECT
    quoted = 0
    total = 0
    for s, e in found.content:
        total += _visible(text, s, e)
        # quotations are sorted and do not overlap: look only at those that can touch [s, e)
        k = max(0, bisect.bisect_left(quotes, (s, s)) - 1)
        while k < len(quotes) and quotes[k][0] < e:
            qs, qe = quotes[k]
            lo, hi = max(s, qs), min(e, qe)
            if lo < hi:
                quoted += _visible(text, lo, hi)
            k += 1
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


class _Coverage:
    """Character ranges already taken by some content; answers "is offset x inside one?" in
    logarithmic time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, x: int) -> bool:
        k = bisect.bisect_right(self.starts, x) - 1
        return k >= 0 and x < self.ends[k]

    def add(self, s: int, e: int) -> None:
        k = bisect.bisect_left(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)


def continue_quotes(text: str, paras: Sequence[Paragraph], found: Sequence[Found]) -> None:
    """A quotation that follows a quoted attribution and has no cue of its own continues it:
    ``"A," he said. "B."``, and so does a next paragraph that is all quotation (journalists run
    a quote over several paragraphs). Extends the content of ``found`` in place."""
    if not found:
        return
    cue_starts = sorted(f.cue[0] for f in found)
    para_starts = [p.start for p in paras]

    def has_cue(s: int, e: int) -> bool:
        k = bisect.bisect_left(cue_starts, s)
        return k < len(cue_starts) and cue_starts[k] < e

    covered = _Coverage([c for f in found for c in f.content])
    for f in found:
        if f.parent is not None or not f.content:
            continue
        para_n = bisect.bisect_right(para_starts, f.cue[0]) - 1
        if para_n < 0 or f.cue[0] >= paras[para_n].end:
            continue
        p = paras[para_n]
        # the attribution's content must end with a quotation
        last_s, last_e = f.content[-1]
        k = bisect.bisect_right(p.quotes, (last_e, last_e))
        near = p.quotes[max(0, k - 2) : k + 1]
        if not any(
            (qs <= last_s and last_e <= qe) or (last_s <= qs and qe <= last_e) for qs, qe in near
        ):
            continue
        end = max(f.cue[1], f.source[1] if f.source else 0, last_e)
        # later quotations of this paragraph, after the attribution, not covered, no cue
        for qs, qe in p.quotes[bisect.bisect_left(p.quotes, (end, end)) :]:
            if not has_cue(qs, qe) and not covered.covers(qs):
                between = text[end:qs]
                if between.strip(" .,\n") == "" or between.strip().endswith((".", ":")):
                    f.content.append((qs, qe))
                    covered.add(qs, qe)
                    end = qe
        if end < p.end and text[end : p.end].strip(" .") != "":
            continue
        # following paragraphs that are all quotation and hold no cue
        for q in paras[para_n + 1 :]:
            if q.role is not Role.BODY or not q.quotes:
                break
            qs, _ = q.quotes[0]
            if qs != q.start or has_cue(q.start, q.end) or covered.covers(qs):
                break
            whole = q.quotes[-1][1]
            if text[whole : q.end].strip(" .") != "":
                break
            f.content.append((qs, whole))
            covered.add(qs, whole)
