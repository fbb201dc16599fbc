"""Resolve found attributions into model objects.

Continuations ("It added that", "he said") take the entity of the source they continue; every
mention gets the entity it names, its kind and whether it is vague; each attribution gets its
mode from its content and its quotations.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .enums import Mode, Role, SourceKind
from .find import Found
from .lexicon import Lexicon
from .segment import Paragraph

if TYPE_CHECKING:
    from .model import Attribution, Source, Span
    from .sources import MentionInfo

# sources, and the data model's classes, are imported by the functions that use them:
# "factcheck spans" needs only continue_quotes, and starts faster without them

_NON_PERSON = frozenset(
    {
        SourceKind.GOVERNMENT,
        SourceKind.MILITARY,
        SourceKind.MEDIA,
        SourceKind.ORGANISATION,
        SourceKind.DOCUMENT,
    }
)


_WORD_RE = re.compile(r"\w")


def mode_of(found: Found, text: str, quotes: Sequence[tuple[int, int]]) -> Mode:
    """Direct when the content's words are all inside quotations, mixed when some are,
    indirect when none are. Stops at the first evidence of mixing, so a long content costs
    little."""
    if found.according:
        return Mode.ACCORDING_TO
    quoted = outside = False
    for s, e in found.content:
        # quotations are sorted and do not overlap: only those that can touch [s, e)
        k = max(0, bisect.bisect_left(quotes, (s, s)) - 1)
        pos = s
        while k < len(quotes) and quotes[k][0] < e:
            qs, qe = quotes[k]
            k += 1
            if qe <= s:
                continue
            quoted = True
            if outside or (qs > pos and _WORD_RE.search(text, pos, min(qs, e))):
                return Mode.MIXED  # words outside a quotation, and a quotation
            pos = max(pos, qe)
        if pos < e and _WORD_RE.search(text, pos, e):
            if quoted:
                return Mode.MIXED
            outside = True
    if quoted:
        return Mode.DIRECT
    return Mode.INDIRECT


def resolve(
    text: str,
    found: Sequence[Found],
    quotes: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> list[Attribution]:
    """Model attributions, in order of their cues, with sources resolved to entities."""
    from .model import Attribution, Cue, Source, Span
    from .sources import PRONOUNS, describe

    order = sorted(range(len(found)), key=lambda n: found[n].cue)
    new_id = {old: new for new, old in enumerate(order)}
    entities = _Entities()
    last: list[tuple[Source, MentionInfo, bool]] = []  # named sources so far; nested or not
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
                entity, kind = entities.name(info)
                source = Source(Span(s, e), mention, entity, kind, info.vague)
                last.append((source, info, f.parent is not None))
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


class _Entities:
    """The entities of one document, looked up by head word and by name (not all-pairs)."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[MentionInfo, str, SourceKind]]] = {}
        self.by_head: dict[str, tuple[str, SourceKind]] = {}  # the latest entity of a head

    def name(self, info: MentionInfo) -> tuple[str, SourceKind]:
        """The entity a mention names: an earlier one it matches, or a new one named after
        this first mention."""
        from .sources import same_entity

        keys = {info.head, (info.issuer or info.name).lower()}
        for key in keys:
            for other, name, kind in self.by_key.get(key, ()):
                if same_entity(info, other):
                    self.by_head[info.head] = (name, kind)
                    return name, kind
        if not info.names and info.head in self.by_head and info.name.lower() == info.head:
            # "the ministry" after "the health ministry": the one last named with that head
            return self.by_head[info.head]
        name, kind = info.issuer or info.name, info.kind
        for key in keys:
            self.by_key.setdefault(key, []).append((info, name, kind))
        self.by_head[info.head] = (name, kind)
        return name, kind


def _plural(info: MentionInfo) -> bool:
    return info.head.endswith("s") and info.head not in info.names and not info.head.endswith("ss")


def _resolve_pronoun(
    low: str, span: Span, mention: str, last: Sequence[tuple[Source, MentionInfo, bool]]
) -> Source:
    """ "It added", "he said", "They said": the nearest earlier named source that fits the
    pronoun in kind and number, preferring a source that is not nested in another's words."""
    from .model import Source
    from .sources import PERSON_PRONOUNS

    want_person = low in PERSON_PRONOUNS
    for nested_ok in (False, True):
        for src, info, nested in reversed(last):
            if nested and not nested_ok:
                continue
            kind = src.kind
            if low in ("it", "which") and (kind is SourceKind.PERSON or _plural(info)):
                continue
            if want_person and kind in _NON_PERSON:
                continue
            if low in ("he", "she") and _plural(info):
                continue
            if (
                low == "they"
                and kind in (SourceKind.PERSON, SourceKind.OFFICIAL)
                and not _plural(info)
            ):
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
            if has_cue(qs, qe) or covered.covers(qs):
                break  # what follows is another attribution's (and reading stays linear)
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
