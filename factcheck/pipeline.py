"""``analyze``: the stages composed. Each stage is a pure function in a module of its own."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .enums import Role
from .find import Found, find_in_paragraph
from .flags import statement_flags, unheld_attitude_at
from .lexicon import Lexicon
from .resolve import continue_quotes, resolve
from .segment import Paragraph, segment

if TYPE_CHECKING:
    import datetime as dt

    from .model import Attribution, Document, Span, Statement

# the data model's classes (and datetime) are imported by the functions that make them:
# "factcheck spans" (find_attributions alone) starts faster without them


def check_text(text: object, caller: str) -> None:
    """Raise a TypeError that names what was given when ``text`` is not a str."""
    if not isinstance(text, str):
        raise TypeError(
            f"{caller}() needs the article as str, got {type(text).__name__}"
            + (
                " (decode bytes first, e.g. data.decode('utf-8'))"
                if isinstance(text, bytes | bytearray)
                else ""
            )
        )


def find_attributions(
    text: str, lex: Lexicon
) -> tuple[list[Paragraph], list[Found], list[tuple[int, int]]]:
    """The stages up to attribution: segment, find each paragraph's attributions (leaving out
    attitudes nobody holds), continue quotations. Returns the paragraphs, the attributions found
    (``parent`` indexes into the same list) and the quotations."""
    paras = segment(text, lex)
    found: list[Found] = []
    quotes: list[tuple[int, int]] = []
    skipped = (Role.DATELINE, Role.NOTE)
    headline = Role.HEADLINE
    opened: int | None = None  # the attribution whose content is this paragraph ("X added:")
    for n_para, p in enumerate(paras):
        quotes.extend(p.quotes)
        if p.role in skipped:
            opened = None
            continue
        local = find_in_paragraph(
            text, p.start, p.end, p.sentences, lex, p.quotes, headline=p.role is headline
        )
        outer, opened = opened, None
        opens = False  # does the last attribution's content lie in the next paragraph?
        if local and not local[-1].content:
            # "The governor added:" ending its paragraph: its content is the next paragraph
            nxt = paras[n_para + 1] if n_para + 1 < len(paras) else None
            if nxt is not None and nxt.role is Role.BODY:
                local[-1].content = [(nxt.start, nxt.end)]
                opens = True
            else:
                local.pop()
        if not local:
            continue
        # an attitude with no holder ("It is believed that") is flagged, not attributed
        unheld = [
            sp for s, e in p.sentences if (sp := unheld_attitude_at(text, s, e, lex)) is not None
        ]
        kept = (
            [n for n, f in enumerate(local) if not any(s <= f.cue[0] < e for s, e in unheld)]
            if unheld
            else range(len(local))  # the common case: every attribution kept
        )
        renum = {old: len(found) + new for new, old in enumerate(kept)}
        for n in kept:
            f = local[n]
            f.parent = renum.get(f.parent) if f.parent is not None else outer
            found.append(f)
        if opens and found and found[-1] is local[-1]:  # (unless an unheld attitude left it out)
            opened = len(found) - 1
    continue_quotes(text, paras, found)
    return paras, found, quotes


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
    # the stages that only analyze runs are imported here, so that "factcheck spans" (which
    # needs attributions only) starts without them
    import datetime as dt

    from .conflicts import flag_conflicts
    from .measure import measure
    from .model import Document

    check_text(text, "analyze")
    if published is not None and not isinstance(published, dt.datetime):
        raise TypeError(f"published must be a datetime.datetime, got {type(published).__name__}")
    lex = lexicon if lexicon is not None else Lexicon.default()
    paras, found, quotes = find_attributions(text, lex)
    attributions = resolve(text, found, quotes, lex)
    dateline, when = _dateline(text, paras)
    if published is None:
        published = when
    published = _fixed_offset(published)
    statements = _statements(text, paras, attributions, lex)
    inline = () if dateline is None or any(p.role is Role.DATELINE for p in paras) else (dateline,)
    statements = measure(text, statements, published, skip=inline, lexicon=lex)
    doc = Document(
        text=text,
        statements=tuple(statements),
        id=id,
        publisher=publisher,
        published=published,
        dateline=dateline,
    )
    return flag_conflicts(doc)  # claims of the article that cannot all hold


def _fixed_offset(when: dt.datetime | None) -> dt.datetime | None:
    """The same instant with a fixed UTC offset: what JSON can carry, so a document read back
    equals the one written, even at an hour that daylight saving repeats."""
    import datetime as dt

    if when is None or when.tzinfo is None:
        return when
    offset = when.utcoffset()
    return when.replace(tzinfo=dt.timezone(offset)) if offset is not None else when


def _dateline(text: str, paras: list[Paragraph]) -> tuple[Span | None, dt.datetime | None]:
    """The dateline's span and the moment it names: a dateline line, or else a dateline that
    opens the first paragraph of the body ("ANKARA, Nov 9 (Reuters) -")."""
    from .model import Span
    from .timeref import inline_dateline, parse_dateline

    for p in paras:
        if p.role is Role.DATELINE:
            return Span(p.start, p.end), parse_dateline(text[p.start : p.end])
    for p in paras:
        if p.role is Role.BODY:
            found = inline_dateline(text, p.start, p.end)
            return (found[0], found[1]) if found is not None else (None, None)
    return None, None


def _statements(
    text: str, paras: list[Paragraph], attributions: list[Attribution], lex: Lexicon
) -> list[Statement]:
    from .model import Span, Statement

    out: list[Statement] = []
    # each attribution belongs to the statements its cue or content touch
    touches: list[tuple[int, int, int]] = []  # (start, end, attribution index)
    for n, a in enumerate(attributions):
        touches.append((a.cue.span.start, a.cue.span.end, n))
        touches.extend((c.start, c.end, n) for c in a.content)
    touches.sort()
    starts = [t[0] for t in touches]
    longest = max((e - s for s, e, _ in touches), default=0)
    for p in paras:
        for s, e in p.sentences:
            span = Span(s, e)
            lo = bisect.bisect_left(starts, s - longest)
            hi = bisect.bisect_left(starts, e)
            ids = sorted({n for ts, te, n in touches[lo:hi] if ts < e and s < te})
            mine = tuple(attributions[n] for n in ids)
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
