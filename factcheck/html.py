"""One self-contained HTML page of an analysed article.

:func:`render_html` is a pure function from a :class:`~factcheck.model.Document` to the text of
a page that needs nothing else: its CSS is inline, it has no script at all, no font, image or
link to load, and a Content-Security-Policy that forbids loading or running anything else. All
article text is escaped.

The page shows the article as it was written (the headline as a heading, the dateline as a
date), with sources, cues and contents marked in colours *and* shapes (a solid underline, a box,
a tint with a dotted underline), flags numbered like footnotes with their notes in the margin,
each sentence's attribution in a card on hover or keyboard focus (or when the page is opened at
``#s<index>``), and below it the per-source summary and the full tables.

Spans may nest or touch (a content holds the source of a nested attribution; two attributions
share a source): the text is cut at every span boundary and each piece is wrapped in one
``<span>`` whose classes say every span that covers it, so nothing needs to nest in HTML.
The article's text, read from the page without the cards, margin notes and footnote numbers, is
exactly the document's text (NUL characters aside, which HTML cannot carry).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import itertools
import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs

from .model import Attribution, Document, Flag, FlagKind, Mode, Polarity, Role, Statement
from .tables import (
    ATTRIBUTION_HEADERS,
    FLAG_HEADERS,
    SOURCE_HEADERS,
    Row,
    attribution_rows,
    flag_rows,
    format_certainty,
    format_quantity,
    format_time,
    shorten,
    source_rows,
)

__all__ = [
    "PALETTE",
    "IndexEntry",
    "contrast_ratio",
    "index_entry",
    "render_html",
    "render_index",
]

PALETTE: dict[str, str] = {
    "ink": "#1c1c1c",  # body text
    "muted": "#595959",  # secondary text (7:1 on white)
    "paper": "#ffffff",
    "rule": "#d0d0d0",
    "source": "#0b4a8f",  # source: bold, solid underline
    "cue": "#6a1b7f",  # cue: boxed
    "content_bg": "#fdf0c4",  # content: tint and dotted underline
    "content_bg2": "#f6dc86",  # content inside content
    "content_line": "#7a5c00",
    "flag": "#a3001b",  # flagged words: wavy underline; flag notes
    "note_bg": "#fbf3f4",
    "card_bg": "#fffdf6",
    "focus": "#1a53a8",
}
"""The page's colours. Text colours keep a contrast of at least 4.5:1 (WCAG AA) on the paper and
on the content tints; a test checks it."""

_CSS = string.Template("""
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:$paper;color:$ink;font:17px/1.6 Georgia,"Iowan Old Style",
"Palatino Linotype","Times New Roman",serif}
.ui,.masthead,.legend,.notes,.card,table,.summary h2,.tables summary,footer{font-family:
system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:66rem;margin:0 auto;padding:1.5rem 1.5rem 4rem}
.masthead{border-bottom:3px double $ink;padding-bottom:.6rem;margin-bottom:1rem;font-size:.85rem;
color:$muted;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;align-items:baseline}
.masthead .brand{font-weight:700;color:$ink;letter-spacing:.04em;text-transform:uppercase}
.stats{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:0;padding:0;list-style:none}
.stats b{color:$ink}
.legend{font-size:.82rem;color:$muted;margin:0 0 1.6rem;display:flex;flex-wrap:wrap;
gap:.5rem 1.1rem;align-items:center;border:1px solid $rule;border-radius:6px;padding:.5rem .8rem}
.legend .key{display:inline-flex;gap:.4rem;align-items:center}
.legend .sample{font-size:.9rem;color:$ink}
.row{display:grid;grid-template-columns:minmax(0,42rem) minmax(12rem,1fr);column-gap:2.2rem;
position:relative}
.text{margin:0 0 1rem;grid-column:1}
.notes{grid-column:2;font-size:.78rem;line-height:1.4;color:$ink}
h1.text{font-size:2.1rem;line-height:1.2;margin:.2rem 0 .8rem;font-weight:700}
.standfirst{font-size:1.2rem;line-height:1.45;color:#333}
.dateline{font-family:system-ui,sans-serif;font-size:.85rem;color:$muted;text-transform:uppercase;
letter-spacing:.05em;border-top:1px solid $rule;padding-top:.4rem}
.stmt{border-radius:3px;outline:none;cursor:default}
.stmt:hover,.stmt:focus-visible,.stmt:target{background:#eef3fa;box-shadow:0 0 0 2px #eef3fa}
.stmt:focus-visible,.stmt:target{outline:2px solid $focus;outline-offset:2px}
.src{color:$source;font-weight:600;text-decoration:underline solid $source 2px;
text-underline-offset:3px}
.cue{color:$cue;font-style:italic;outline:1.5px dashed $cue;outline-offset:0;border-radius:2px;
padding:0 .12em}
.content{background:$content_bg;border-bottom:1.5px dotted $content_line}
.content.c2{background:$content_bg2}
.flagged{text-decoration:underline wavy $flag 1.5px;text-underline-offset:4px}
.src.flagged{text-decoration:underline wavy $flag 2px}
.fn{font:700 .68em/1 system-ui,sans-serif;color:$flag;vertical-align:super;margin-left:1px}
.fn::after{content:attr(data-n)}
.notes .note{margin:0 0 .55rem;padding:.3rem .5rem;border-left:3px solid $flag;background:$note_bg;
border-radius:0 4px 4px 0}
.note .n{font-weight:700;color:$flag;margin-right:.25rem}
.note .kind{font-weight:700;text-transform:uppercase;font-size:.72rem;letter-spacing:.05em;
color:$flag}
.note a{color:$focus}
.note-unattributed{border-left-style:dotted}
.note-vague_source{border-left-style:dashed}
.note-conflict{border-left-width:6px}
.card{display:none;position:absolute;left:0;top:100%;z-index:20;width:min(40rem,100%);
background:$card_bg;color:$ink;border:1px solid #b8b8b8;border-radius:8px;padding:.6rem .8rem;
box-shadow:0 6px 24px rgba(0,0,0,.18);font-size:.85rem;line-height:1.45;font-weight:400;
font-style:normal;text-transform:none;letter-spacing:0;pointer-events:none;text-align:left}
.stmt:hover .card,.stmt:focus .card,.stmt:target .card{display:block}
.card .head{display:block;font-weight:700;font-size:.75rem;text-transform:uppercase;
letter-spacing:.05em;color:$muted;margin-bottom:.3rem}
.card .att{display:block;padding:.25rem 0;border-top:1px solid #e6e6e6}
.card .kv{display:block}
.card .k{display:inline-block;min-width:6.2rem;color:$muted}
.card .none{display:block;color:$flag;font-weight:600}
.card .flag{display:block;color:$flag}
.summary,.tables{margin-top:2.5rem}
.summary h2{font-size:1.15rem;margin:0 0 .5rem;border-bottom:1px solid $ink;padding-bottom:.2rem}
table{border-collapse:collapse;font-size:.82rem;width:100%;margin:.4rem 0 1rem}
caption{text-align:left;color:$muted;padding:.2rem 0}
th,td{padding:.28rem .5rem;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}
th{border-bottom:2px solid $ink;font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.tables details{margin:.4rem 0}
.tables summary{cursor:pointer;font-weight:600}
footer{margin-top:3rem;color:$muted;font-size:.75rem;border-top:1px solid $rule;padding-top:.5rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:900px){.row{grid-template-columns:minmax(0,1fr)}.notes{grid-column:1;
margin-bottom:1rem}.card{width:100%}}
@media print{.card{display:none!important}.stmt{background:none!important}}
""")

_FLAG_LABELS = {
    FlagKind.UNATTRIBUTED: "Unattributed",
    FlagKind.VAGUE_SOURCE: "Vague source",
    FlagKind.UNHELD_ATTITUDE: "Attitude nobody holds",
    FlagKind.CONFLICT: "Conflict",
}
_FLAG_PLURALS = {
    FlagKind.UNATTRIBUTED: "unattributed",
    FlagKind.VAGUE_SOURCE: "vague sources",
    FlagKind.UNHELD_ATTITUDE: "attitudes nobody holds",
    FlagKind.CONFLICT: "conflicts",
}
_MODE_LABELS = {
    Mode.DIRECT: "direct quote",
    Mode.INDIRECT: "reported speech",
    Mode.MIXED: "reported, with quoted words",
    Mode.ACCORDING_TO: "according to",
}
_ROLE_TAGS = {
    Role.HEADLINE: "h1",
    Role.STANDFIRST: "p",
    Role.DATELINE: "p",
    Role.BODY: "p",
    Role.NOTE: "p",
}


# -- colour contrast ----------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    rgb = [int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# -- escaping -----------------------------------------------------------------------------------

_UNSAFE = re.compile("[\x00\r\ud800-\udfff]")


def _esc(text: str) -> str:
    """Text made safe for HTML text and attribute values, every character kept that HTML can
    carry: a carriage return is written as a reference (a raw one would be read as a newline);
    NUL and lone surrogates, which HTML cannot carry, become U+FFFD."""
    out = html.escape(text, quote=True)
    if _UNSAFE.search(out):
        out = _UNSAFE.sub(lambda m: "&#13;" if m[0] == "\r" else "\ufffd", out)
    return out


# -- the layout of the article: rows, statements, segments ---------------------------------------


@attrs.frozen
class _Mark:
    start: int
    end: int
    cls: str


@attrs.frozen
class _Segment:
    start: int
    end: int
    classes: tuple[str, ...]


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _pieces(text: str, statements: Sequence[Statement]) -> list[tuple[int, int, bool]]:
    """``text`` cut into rows (``True``) and the white space between them (``False``),
    covering it exactly. Rows are paragraphs: separated by blank lines when the text has any,
    else by line breaks; a line break between a headline, standfirst or dateline and what
    follows ends a row too. No statement is cut between two rows."""
    sep = re.compile(r"\n[^\S\n]*\n\s*" if _BLANK_LINE.search(text) else r"\n\s*")
    gaps = [(m.start(), m.end()) for m in sep.finditer(text)]
    for st, nxt in itertools.pairwise(statements):
        if st.role is not nxt.role and st.span.end < nxt.span.start:
            between = text[st.span.end : nxt.span.start]
            if "\n" in between and not between.strip():
                gaps.append((st.span.end, nxt.span.start))
    pieces: list[tuple[int, int, bool]] = []
    pos = 0
    for start, end in sorted(gaps):
        start = max(start, pos)
        if end <= start:
            continue
        if start > pos:
            pieces.append((pos, start, True))
        pieces.append((start, end, False))
        pos = end
    if pos < len(text):
        pieces.append((pos, len(text), True))
    # a statement may not cross from one row to the next, nor lie in white space between rows:
    # merge the rows it crosses, and make the white space it touches part of its row
    piece_starts = [p[0] for p in pieces]
    crossed: set[int] = set()  # pieces that a statement runs into from the piece before
    touched: set[int] = set()  # pieces in which a statement starts
    for st in statements:
        s, e = st.span.start, min(st.span.end, len(text))
        if s >= e:
            continue
        k = bisect.bisect_right(piece_starts, s)
        touched.add(k - 1)
        while k < len(pieces) and piece_starts[k] < e:
            crossed.add(k)
            k += 1
    merged: list[tuple[int, int, bool]] = []
    for k, (start, end, row) in enumerate(pieces):
        if merged and k in crossed:
            merged[-1] = (merged[-1][0], end, True)
        else:
            merged.append((start, end, row or k in touched))
    return merged


def _marks(doc: Document) -> list[_Mark]:
    n = len(doc.text)
    marks: list[_Mark] = []

    def add(start: int, end: int, cls: str) -> None:
        start, end = max(0, start), min(n, end)
        if start < end:
            marks.append(_Mark(start, end, cls))

    for a in doc.attributions:
        if a.source is not None:
            add(a.source.span.start, a.source.span.end, "src")
        add(a.cue.span.start, a.cue.span.end, "cue")
        for c in a.content:
            add(c.start, c.end, "content")
    for st in doc.statements:
        for f in st.flags:
            for sp in f.spans:
                if sp != st.span:
                    add(sp.start, sp.end, f"flag-{f.kind.value}")
        for q in st.quantities:
            add(q.span.start, q.span.end, "qty")
        for t in st.times:
            add(t.span.start, t.span.end, "time")
    return marks


def _segments(n: int, marks: Sequence[_Mark], cuts: Iterable[int]) -> list[_Segment]:
    """The text ``[0, n)`` cut at every mark boundary and at ``cuts``; each segment carries the
    classes of every mark covering it (sweeping the boundaries once)."""
    points = sorted({0, n, *cuts, *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for k, m in enumerate(marks):
        starts.setdefault(m.start, []).append(k)
        ends.setdefault(m.end, []).append(k)
    active: Counter[str] = Counter()
    out: list[_Segment] = []
    for here, after in itertools.pairwise(points):
        for k in ends.get(here, ()):
            active[marks[k].cls] -= 1
        for k in starts.get(here, ()):
            active[marks[k].cls] += 1
        if after <= here or here >= n:
            continue
        classes: list[str] = []
        for cls in ("src", "cue", "content", "qty", "time"):
            if active[cls] > 0:
                classes.append(cls)
        if active["content"] > 1:
            classes.append("c2")
        flagged = sorted(c for c, v in active.items() if v > 0 and c.startswith("flag-"))
        if flagged:
            classes.extend(["flagged", *flagged])
        out.append(_Segment(here, after, tuple(classes)))
    return out


# -- pieces of the page -------------------------------------------------------------------------


def _kv(key: str, value: str) -> str:
    return (
        f'<span class="kv"><span class="k">{_esc(key)}</span> <span class="v">{value}</span></span>'
    )


def _attribution_card(doc: Document, a: Attribution) -> str:
    parts = []
    src = a.source
    if src is None:
        parts.append(_kv("Source", "<i>not named</i>"))
    else:
        who = f"<b>{_esc(src.text)}</b>"
        if src.entity != src.text:
            who += f" → {_esc(src.entity)}"
        who += f" · {_esc(src.kind.value)}"
        if src.vague:
            who += " · <i>vague</i>"
        parts.append(_kv("Source", who))
        if src.antecedent is not None:
            parts.append(_kv("Refers to", _esc(shorten(src.antecedent.of(doc.text), 80))))
    parts.append(_kv("Cue", f"{_esc(a.cue.text)}"))
    parts.append(_kv("Mode", _esc(_MODE_LABELS.get(a.mode, a.mode.value))))
    certainty = format_certainty(a)
    if a.polarity is Polarity.NEGATIVE:
        certainty = f"{a.certainty.value}; the source denies it"
    parts.append(_kv("Certainty", _esc(certainty)))
    content = " … ".join(shorten(c.of(doc.text), 160) for c in a.content)
    parts.append(_kv("Says", f"“{_esc(content)}”"))
    if a.parent is not None:
        parts.append(_kv("Inside", f"attribution {a.parent}"))
    return f'<span class="att">{"".join(parts)}</span>'


def _card(doc: Document, st: Statement) -> str:
    parts = [f'<span class="head">Sentence {st.index} · {_esc(st.role.value)}</span>']
    for a in st.attributions:
        parts.append(_attribution_card(doc, a))
    if not st.attributions and st.role is not Role.DATELINE:
        parts.append('<span class="none">No source: in the publisher\'s own voice.</span>')
    if st.times:
        parts.append(_kv("When", _esc("; ".join(format_time(t) for t in st.times))))
    for q in st.quantities:
        about = f" — {q.about}" if q.about else ""
        parts.append(_kv("Figure", _esc(format_quantity(q) + about)))
    for f in st.flags:
        parts.append(f'<span class="flag">⚑ {_esc(_label(f.kind))}: {_esc(_message(f))}</span>')
    return f'<span class="card" role="tooltip" id="card-{st.index}">{"".join(parts)}</span>'


def _label(kind: FlagKind) -> str:
    return _FLAG_LABELS.get(kind, kind.value.replace("_", " ").capitalize())


def _message(f: Flag) -> str:
    """The flag's message without a repeat of its label ("Vague source: 'US officials' ...")."""
    label = _label(f.kind)
    msg = f.message.strip()
    if msg.lower().startswith(label.lower() + ":"):
        msg = msg[len(label) + 1 :].strip()
        msg = msg[:1].upper() + msg[1:]
    return msg


def _note(n: int, st: Statement, f: Flag) -> str:
    """A margin note; an unattributed sentence gets a short one (its card says the rest)."""
    msg = (
        "" if f.kind is FlagKind.UNATTRIBUTED else f'<span class="msg">{_esc(_message(f))}</span> '
    )
    return (
        f'<p class="note note-{_esc(f.kind.value)}" id="f{n}">'
        f'<span class="n">{n}</span><span class="kind">{_esc(_label(f.kind))}</span> '
        f'{msg}<a href="#s{st.index}">sentence {st.index}</a></p>'
    )


def _table_html(
    headers: Sequence[str], rows: Sequence[Row], caption: str, numeric: set[str]
) -> str:
    head = "".join(
        f'<th scope="col"{" class=num" if h in numeric else ""}>{_esc(h)}</th>' for h in headers
    )
    body = []
    for row in rows:
        cells = "".join(
            f"<td{' class=num' if h in numeric else ''}>{_esc(str(c))}</td>"
            for h, c in zip(headers, row, strict=True)
        )
        body.append(f"<tr>{cells}</tr>")
    return (
        f"<table><caption>{_esc(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _stats(doc: Document) -> str:
    sts = [st for st in doc.statements if st.role is not Role.DATELINE]
    attributed = sum(1 for st in sts if st.attributions)
    entities = {a.source.entity for a in doc.attributions if a.source is not None}
    flags = Counter(f.kind for f in doc.flags)
    items = [
        f"<b>{len(sts)}</b> sentences",
        f"<b>{attributed}</b> attributed",
        f"<b>{len(sts) - attributed}</b> unattributed",
        f"<b>{len(entities)}</b> sources",
    ]
    for kind, count in flags.items():
        if kind is not FlagKind.UNATTRIBUTED:
            label = _FLAG_PLURALS.get(kind, kind.value.replace("_", " "))
            items.append(f"<b>{count}</b> {_esc(label)}")
    return '<ul class="stats">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


_LEGEND = (
    '<section class="legend ui" aria-label="Legend">'
    '<span class="key"><span class="sample src">Source</span> who speaks</span>'
    '<span class="key"><span class="sample cue">cue</span> the words that attribute</span>'
    '<span class="key"><span class="sample content">content</span> what is said</span>'
    '<span class="key"><span class="sample flagged">flagged</span>'
    '<sup class="fn" data-n="1"></sup> see the note in the margin</span>'
    "<span>Point at a sentence, or press Tab to reach it, to see who says so.</span>"
    "</section>"
)


def _article(doc: Document) -> str:
    text = doc.text
    n = len(text)
    statements = sorted(
        (st for st in doc.statements if st.span.start < st.span.end <= n),
        key=lambda st: st.span.start,
    )
    pieces = _pieces(text, statements)
    cuts = [p[0] for p in pieces] + [b for st in statements for b in (st.span.start, st.span.end)]
    segments = _segments(n, _marks(doc), cuts)

    # flags: numbered in order; span flags get their number after the flagged words,
    # flags on a whole statement after the statement
    numbers: list[tuple[int, Statement, Flag]] = []
    after_span: dict[int, list[int]] = {}
    after_statement: dict[int, list[int]] = {}
    for st in statements:
        for f in st.flags:
            k = len(numbers) + 1
            numbers.append((k, st, f))
            words = [sp for sp in f.spans if sp != st.span and sp.start < sp.end <= n]
            if words:
                after_span.setdefault(max(sp.end for sp in words), []).append(k)
            else:
                after_statement.setdefault(st.index, []).append(k)
    notes_of: dict[int, list[str]] = {}
    for k, st, f in numbers:
        notes_of.setdefault(st.index, []).append(_note(k, st, f))

    def fns(ks: Iterable[int]) -> str:
        return "".join(f'<sup class="fn" data-n="{k}" aria-hidden="true"></sup>' for k in ks)

    starts = {st.span.start: st for st in statements}
    seg_starts = [seg.start for seg in segments]
    out: list[str] = []
    seg_k = st_k = 0
    for p_start, p_end, is_row in pieces:
        if not is_row:
            out.append(_esc(text[p_start:p_end]))
            seg_k = bisect.bisect_left(seg_starts, p_end, lo=seg_k)
            continue
        inside: list[Statement] = []
        while st_k < len(statements) and statements[st_k].span.start < p_end:
            inside.append(statements[st_k])
            st_k += 1
        role = inside[0].role if inside else Role.BODY
        tag = _ROLE_TAGS.get(role, "p")
        cls = {Role.STANDFIRST: "text standfirst", Role.DATELINE: "text dateline"}.get(role, "text")
        out.append(f'<div class="row role-{role.value}"><{tag} class="{cls}">')
        if role is Role.DATELINE and doc.published is not None:
            out.append(f'<time datetime="{_esc(doc.published.isoformat())}">')
        current: Statement | None = None
        while seg_k < len(segments) and segments[seg_k].start < p_end:
            seg = segments[seg_k]
            seg_k += 1
            if current is None and seg.start in starts:
                current = starts[seg.start]
                out.append(
                    f'<span class="stmt{"" if current.attributions else " own"}" '
                    f'id="s{current.index}" tabindex="0" aria-describedby="card-{current.index}">'
                )
            piece = _esc(text[seg.start : seg.end])
            out.append(
                f'<span class="{" ".join(seg.classes)}">{piece}</span>' if seg.classes else piece
            )
            out.append(fns(after_span.pop(seg.end, ())))
            if current is not None and seg.end == current.span.end:
                out.append(fns(after_statement.get(current.index, ())))
                out.append(_card(doc, current) + "</span>")
                current = None
        if role is Role.DATELINE and doc.published is not None:
            out.append("</time>")
        out.append(f"</{tag}>")
        notes = [note for st in inside for note in notes_of.get(st.index, [])]
        out.append(
            f'<aside class="notes" aria-label="Flags">{"".join(notes)}</aside>' if notes else ""
        )
        out.append("</div>")
    return "".join(out)


def _page(title: str, body: str, *, csp: bool) -> str:
    css = _CSS.substitute(PALETTE)
    meta_csp = ""
    if csp:
        digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
        policy = (
            f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
        )
        meta_csp = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    from . import __version__

    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f"{meta_csp}"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="factcheck {_esc(__version__)}">'
        f"<title>{_esc(title)}</title><style>{css}</style></head>\n"
        f"<body>{body}</body></html>\n"
    )


def render_html(doc: Document, *, title: str | None = None, csp: bool = True) -> str:
    """The page of one document, as text (UTF-8 when written to a file).

    ``title`` defaults to the headline (or the id). ``csp=False`` leaves out the
    Content-Security-Policy (the tests use it to check that escaping alone keeps the article's
    text inert).
    """
    if not isinstance(doc, Document):
        raise TypeError(f"render_html() takes a factcheck Document, got {type(doc).__name__}")
    headline = doc.headline
    name = title or (shorten(headline, 120) if headline else None) or doc.id or "Article"
    masthead = ['<span class="brand">factcheck</span>']
    if doc.id:
        masthead.append(f'<span class="id">{_esc(doc.id)}</span>')
    if doc.publisher:
        masthead.append(f'<span class="publisher">{_esc(doc.publisher)}</span>')
    if doc.published is not None:
        p = doc.published
        when = f"{p.day} {p:%B %Y, %H:%M}" + (f" {p:%z}" if p.tzinfo else "")
        masthead.append(f'<time datetime="{_esc(p.isoformat())}">{_esc(when)}</time>')
    masthead.append(_stats(doc))
    numeric_sources = {"statements", "certain", "probable", "possible", "underspecified"}
    body = (
        '<div class="page">'
        f'<header class="masthead ui">{"".join(masthead)}</header>'
        f"{_LEGEND}"
        f'<main><article class="article" aria-label="The article, marked">'
        f"{_article(doc)}</article>"
        '<section class="summary" aria-labelledby="who">'
        '<h2 id="who">Who says what</h2>'
        + _table_html(
            SOURCE_HEADERS,
            source_rows(doc, width=80),
            "Each source once, with how many sentences it gives and how surely it speaks.",
            numeric_sources,
        )
        + "</section>"
        '<section class="tables ui" aria-label="Tables">'
        "<details><summary>Every sentence</summary>"
        + _table_html(
            ATTRIBUTION_HEADERS,
            attribution_rows(doc, width=80),
            "One row per sentence and attribution.",
            {"#"},
        )
        + "</details><details><summary>Every flag</summary>"
        + _table_html(
            FLAG_HEADERS, flag_rows(doc, width=80), "What an editor would look at.", {"#"}
        )
        + "</details></section></main>"
        "<footer>Made by factcheck. Offsets, spans and the full reading: "
        "<code>factcheck json</code>.</footer></div>"
    )
    return _page(f"{name} — factcheck", body, csp=csp)


class IndexEntry(NamedTuple):
    """One line of the index of several pages."""

    href: str
    title: str
    id: str | None
    sentences: int
    attributed: int
    flags: int


def index_entry(href: str, doc: Document) -> IndexEntry:
    """The index line of ``doc``'s page at ``href`` (small: the document itself is not kept)."""
    sts = [st for st in doc.statements if st.role is not Role.DATELINE]
    return IndexEntry(
        href,
        shorten(doc.headline or doc.id or href, 100),
        doc.id,
        len(sts),
        sum(1 for st in sts if st.attributions),
        len(doc.flags),
    )


def render_index(entries: Sequence[IndexEntry], *, title: str = "factcheck") -> str:
    """A page linking to the pages of several documents (see :func:`index_entry`)."""
    rows = [
        f'<tr><td><a href="{_esc(e.href)}">{_esc(e.title)}</a></td>'
        f"<td>{_esc(e.id or '')}</td><td class=num>{e.sentences}</td>"
        f"<td class=num>{e.attributed}</td><td class=num>{e.flags}</td></tr>"
        for e in entries
    ]
    body = (
        '<div class="page"><header class="masthead ui"><span class="brand">factcheck</span>'
        f"<span>{len(entries)} articles</span></header><main>"
        '<table><thead><tr><th scope="col">article</th><th scope="col">id</th>'
        '<th scope="col" class=num>sentences</th><th scope="col" class=num>attributed</th>'
        '<th scope="col" class=num>flags</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></main></div>"
    )
    return _page(title, body, csp=True)
