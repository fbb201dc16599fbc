"""``analyze``: the stages composed. Each stage is a pure function in a module of its own."""

from __future__ import annotations

import datetime as dt

from .find import Found, find_in_paragraph
from .flags import statement_flags, unheld_attitude
from .lexicon import Lexicon
from .measure import measure
from .model import Attribution, Document, Role, Span, Statement
from .resolve import resolve
from .segment import Paragraph, segment
from .timeref import inline_dateline, parse_dateline


def analyze(
    text: str,
    *,
    published: dt.datetime | None = None,
    publisher: str | None = None,
    id: str | None = None,
    lexicon: Lexicon | None = None,
) -> Document:
    """Read an article: every statement with who says so.

    ``published`` wins over a dateline found in the text. Raises :class:`TypeError` when
    ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"analyze() needs the article as str, got {type(text).__name__}"
            + (
                " (decode bytes first, e.g. data.decode('utf-8'))"
                if isinstance(text, bytes | bytearray)
                else ""
            )
        )
    if published is not None and not isinstance(published, dt.datetime):
        raise TypeError(f"published must be a datetime.datetime, got {type(published).__name__}")
    lex = lexicon if lexicon is not None else Lexicon.default()
    paras = segment(text, lex)
    found: list[Found] = []
    quotes: list[tuple[int, int]] = []
    for p in paras:
        quotes.extend(p.quotes)
        if p.role is Role.DATELINE:
            continue
        # an attitude with no holder ("It is believed that") is flagged, not attributed
        unheld = [
            sp for s, e in p.sentences if (sp := unheld_attitude(text, Span(s, e), lex)) is not None
        ]
        local = find_in_paragraph(text, p.start, p.end, p.sentences, lex, p.quotes)
        kept = [
            n
            for n, f in enumerate(local)
            if not any(sp.start <= f.cue[0] < sp.end for sp in unheld)
        ]
        renum = {old: len(found) + new for new, old in enumerate(kept)}
        for n in kept:
            f = local[n]
            f.parent = renum.get(f.parent) if f.parent is not None else None
            found.append(f)
    _continue_quotes(text, paras, found)
    attributions = resolve(text, found, quotes, lex)
    dateline, when = _dateline(text, paras)
    if published is None:
        published = when
    statements = _statements(text, paras, attributions, lex)
    inline = () if dateline is None or any(p.role is Role.DATELINE for p in paras) else (dateline,)
    statements = measure(text, statements, published, skip=inline, lexicon=lex)
    return Document(
        text=text,
        statements=tuple(statements),
        id=id,
        publisher=publisher,
        published=published,
        dateline=dateline,
    )


def _dateline(text: str, paras: list[Paragraph]) -> tuple[Span | None, dt.datetime | None]:
    """The dateline's span and the moment it names: a dateline line, or else a dateline that
    opens the first paragraph of the body ("ANKARA, Nov 9 (Reuters) -")."""
    for p in paras:
        if p.role is Role.DATELINE:
            return Span(p.start, p.end), parse_dateline(text[p.start : p.end])
    for p in paras:
        if p.role is Role.BODY:
            found = inline_dateline(text, p.start, p.end)
            return (found[0], found[1]) if found is not None else (None, None)
    return None, None


def _continue_quotes(text: str, paras: list[Paragraph], found: list[Found]) -> None:
    """A quotation that follows a quoted attribution and has no cue of its own continues it:
    ``"A," he said. "B."`` and a next paragraph that is all quotation."""
    if not found:
        return
    cue_starts = sorted(f.cue[0] for f in found)
    import bisect

    def has_cue(s: int, e: int) -> bool:
        k = bisect.bisect_left(cue_starts, s)
        return k < len(cue_starts) and cue_starts[k] < e

    covered: list[tuple[int, int]] = [c for f in found for c in f.content]
    by_para = {}
    for n, p in enumerate(paras):
        by_para[n] = p
    for f in found:
        if f.parent is not None or not f.content:
            continue
        # the attribution's content must end with a quotation
        last_s, last_e = f.content[-1]
        para_n = next((n for n, p in enumerate(paras) if p.start <= f.cue[0] < p.end), None)
        if para_n is None:
            continue
        p = paras[para_n]
        if not any(qs <= last_s and last_e <= qe for qs, qe in p.quotes) and not any(
            last_s <= qs and qe <= last_e for qs, qe in p.quotes
        ):
            continue
        end = max(f.cue[1], f.source[1] if f.source else 0, last_e)
        # later quotations of this paragraph, after the attribution, not covered, no cue
        for qs, qe in p.quotes:
            if qs >= end and not has_cue(qs, qe) and not any(a <= qs < b for a, b in covered):
                between = text[end:qs]
                if between.strip(" .,\n") == "" or between.strip().endswith((".", ":")):
                    f.content.append((qs, qe))
                    covered.append((qs, qe))
                    end = qe
        if end < p.end and text[end : p.end].strip(" .") != "":
            continue
        # following paragraphs that are all quotation and hold no cue
        for q in paras[para_n + 1 :]:
            if q.role is not Role.BODY or not q.quotes:
                break
            qs, qe = q.quotes[0]
            if qs != q.start or has_cue(q.start, q.end):
                break
            if any(a <= qs < b for a, b in covered):
                break
            whole = q.quotes[-1][1]
            if text[whole : q.end].strip(" .") != "":
                break
            f.content.append((qs, whole))
            covered.append((qs, whole))


def _statements(
    text: str, paras: list[Paragraph], attributions: list[Attribution], lex: Lexicon
) -> list[Statement]:
    out: list[Statement] = []
    for p in paras:
        for s, e in p.sentences:
            span = Span(s, e)
            mine = tuple(
                a
                for a in attributions
                if span.start <= a.cue.span.start < span.end
                or any(c.overlaps(span) for c in a.content)
            )
            flags = statement_flags(text, span, p.role, mine, lex)
            out.append(
                Statement(
                    index=len(out),
                    span=span,
                    text=text[s:e],
                    role=p.role,
                    attributions=mine,
                    flags=flags,
                )
            )
    return out
