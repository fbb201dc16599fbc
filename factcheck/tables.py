"""Tables of who says what, with tabulate (any ``tablefmt`` it knows).

Three tables, each for one document or several (then with a ``document`` column first):

- :func:`attribution_table`: one row per statement and attribution;
- :func:`source_table`: one row per source (entity), with how many statements it gives and how
  surely;
- :func:`flags_table`: one row per flag an editor would look at;
- :func:`conflicts_table`: one row per claim in dispute, grouped by conflict: what is in
  dispute, who says what, how surely, when (of the conflicts within one article, or of those
  :func:`factcheck.compare` finds across several with :func:`conflict_table`).

The ``*_rows`` functions give the same rows as lists, for spreadsheets and data frames. Every
function here is pure: it reads the document and returns text or rows.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import tabulate as _tabulate

from .model import (
    Attribution,
    Certainty,
    Claim,
    ClaimKind,
    Conflict,
    Document,
    Polarity,
    Quantity,
    Role,
    Span,
    TimeRef,
)

# "as above": an ASCII mark, one column wide whatever the terminal and whether or not tabulate
# finds wcwidth, so that tables line up the same everywhere
DITTO = '"'

TABLEFMTS: tuple[str, ...] = tuple(sorted(_tabulate.tabulate_formats))
"""Every table format tabulate knows: ``simple``, ``github``, ``grid``, ``html``, ``latex``,
``tsv``, ..."""

# Formats where "|" inside a cell would end the cell; Markdown reads "\|" as a plain bar.
_PIPE_ESCAPED = frozenset({"github", "pipe"})

Cell = str | int
Row = list[Cell]
Docs = Document | Iterable[Document]

ATTRIBUTION_HEADERS = [
    "#",
    "role",
    "statement",
    "source",
    "entity",
    "kind",
    "cue",
    "mode",
    "certainty",
    "time",
    "figures",
    "flags",
]
SOURCE_HEADERS = [
    "source",
    "kind",
    "mentions",
    "statements",
    "certain",
    "probable",
    "possible",
    "underspecified",
    "flags",
]
FLAG_HEADERS = ["#", "role", "flag", "words", "message"]
CONFLICT_HEADERS = [
    "conflict",
    "in dispute",
    "says",
    "who",
    "kind",
    "certainty",
    "document",
    "#",
    "published",
    "time",
    "why",
]

NO_SOURCE = "(no source named)"  #: the source row of attributions whose source is not named
OWN_VOICE = "(publisher's own voice)"  #: the source row of unattributed statements


def check_tablefmt(tablefmt: str) -> None:
    """Raise :class:`ValueError` naming the choices if tabulate does not know ``tablefmt``."""
    if tablefmt not in _tabulate.tabulate_formats:
        raise ValueError(
            f"unknown table format {tablefmt!r}; choose one of: {', '.join(TABLEFMTS)}"
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


def shorten(text: str, width: int) -> str:
    """``text`` on one line (runs of white space become one space), cut to ``width`` with "…"
    (``width`` < 1: not cut). Lone surrogates, which no output encoding takes, become U+FFFD."""
    text = _SURROGATE.sub("\ufffd", " ".join(text.split()))
    if width < 1 or len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


def _number(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,}"


def format_quantity(q: Quantity) -> str:
    """A figure and its bounds: ``more than 100 (≥ 100)``, ``about 1,500 (~1,500)``."""
    unit = q.unit or ""
    sign = "~" if q.approximate else ""
    if q.low is not None and q.high is not None:
        if q.low == q.high:
            bounds = f"{sign}{_number(q.low)}{unit}"
        else:
            bounds = f"{sign}{_number(q.low)}–{_number(q.high)}{unit}"
    elif q.low is not None:
        bounds = f"≥ {sign}{_number(q.low)}{unit}"
    elif q.high is not None:
        bounds = f"≤ {sign}{_number(q.high)}{unit}"
    else:
        return q.text
    return f"{q.text} ({bounds})"


def format_time(t: TimeRef) -> str:
    """A time phrase and the dates it resolves to: ``last week (2017-10-30/2017-11-05)``."""
    if t.start is None:
        return t.text
    if t.end is None or t.end == t.start:
        return f"{t.text} ({t.start.isoformat()})"
    return f"{t.text} ({t.start.isoformat()}/{t.end.isoformat()})"


def format_certainty(a: Attribution) -> str:
    """The certainty of an attribution, with "negative" when the source denies the content."""
    if a.polarity is Polarity.NEGATIVE:
        return f"{a.certainty.value}, negative"
    return a.certainty.value


def _as_list(docs: Docs) -> list[Document]:
    if isinstance(docs, Document):
        return [docs]
    out = list(docs)
    for d in out:
        if not isinstance(d, Document):
            raise TypeError(f"expected factcheck Documents, got {type(d).__name__}")
    return out


def document_label(doc: Document, n: int) -> str:
    """How a document is named in a table of several: its id, or its position from 1."""
    return doc.id if doc.id is not None else f"#{n + 1}"


def _words(doc: Document, spans: Sequence[Span], width: int) -> str:
    return " … ".join(shorten(sp.of(doc.text), width) for sp in spans)


# -- rows ---------------------------------------------------------------------------------------


def attribution_rows(doc: Document, *, width: int = 60) -> list[Row]:
    """One row per statement and attribution (see ``ATTRIBUTION_HEADERS``): who says what, how,
    how surely, when. A statement with several attributions has several rows; its text is
    written once and then the ditto mark ``DITTO``."""
    rows: list[Row] = []
    for st in doc.statements:
        flags = ", ".join(f.kind.value for f in st.flags)
        times = "; ".join(format_time(t) for t in st.times)
        figures = "; ".join(format_quantity(q) for q in st.quantities)
        text = shorten(st.text, width)
        if not st.attributions:
            rows.append(
                [st.index, st.role.value, text, "", "", "", "", "", "", times, figures, flags]
            )
            continue
        for a in st.attributions:
            src = a.source
            rows.append(
                [
                    st.index,
                    st.role.value,
                    text,
                    shorten(src.text, width) if src else "",
                    shorten(src.entity, width) if src else "",
                    src.kind.value if src else "",
                    shorten(a.cue.text, width),
                    a.mode.value,
                    format_certainty(a),
                    times,
                    figures,
                    flags,
                ]
            )
            text = DITTO
    return rows


def _counted(kinds: Iterable[str]) -> str:
    counts = Counter(kinds)
    return ", ".join(k if n == 1 else f"{k} ×{n}" for k, n in counts.items())


def source_rows(doc: Document, *, width: int = 60) -> list[Row]:
    """One row per source entity (see ``SOURCE_HEADERS``), in order of its first mention; then
    a row for attributions with no source named and one for unattributed statements, when there
    are any.

    ``statements`` counts the statements the source gives; ``certain`` .. ``underspecified``
    count its attributions by how surely it speaks; ``flags`` the flags on its mentions.
    """
    by_entity: dict[str, list[tuple[int, Attribution]]] = {}
    no_source: list[tuple[int, Attribution]] = []
    seen: set[int] = set()
    for st in doc.statements:
        for a in st.attributions:
            if a.id in seen:
                continue
            seen.add(a.id)
            if a.source is None:
                no_source.append((st.index, a))
            else:
                by_entity.setdefault(a.source.entity, []).append((st.index, a))

    def first(item: tuple[str, list[tuple[int, Attribution]]]) -> tuple[int, int]:
        spans = [a.source.span for _, a in item[1] if a.source is not None]
        return min((s.start, s.end) for s in spans)

    # the flags on each entity's mentions (a flag span overlapping a mention), found by bisection
    mentions = sorted(
        (a.source.span.start, a.source.span.end, a.source.entity)
        for items in by_entity.values()
        for _, a in items
        if a.source is not None
    )
    starts = [m[0] for m in mentions]
    longest = max((e - s for s, e, _ in mentions), default=0)
    flags_of: dict[str, list[str]] = {}
    for st in doc.statements:
        for f in st.flags:
            hit: set[str] = set()
            for fs in f.spans:
                k = bisect.bisect_right(starts, fs.end if fs.end > fs.start else fs.start) - 1
                while k >= 0 and mentions[k][0] >= fs.start - longest:
                    ms, me, entity = mentions[k]
                    if (ms < fs.end and fs.start < me) or (ms, me) == (fs.start, fs.end):
                        hit.add(entity)
                    k -= 1
            for entity in hit:
                flags_of.setdefault(entity, []).append(f.kind.value)

    rows: list[Row] = []
    for entity, items in sorted(by_entity.items(), key=first):
        sources = [a.source for _, a in items if a.source is not None]
        kinds = Counter(s.kind.value for s in sources)
        said = list(dict.fromkeys(s.text for s in sources))
        rows.append(
            _source_row(
                shorten(entity, width),
                kinds.most_common(1)[0][0],
                shorten("; ".join(said), width),
                items,
                _counted(flags_of.get(entity, [])),
            )
        )
    if no_source:
        rows.append(_source_row(NO_SOURCE, "", "", no_source, ""))
    own = [st for st in doc.statements if not st.attributions and st.role is not Role.DATELINE]
    if own:
        flags = [f.kind.value for st in own for f in st.flags]
        rows.append([OWN_VOICE, "", "", len(own), "", "", "", "", _counted(flags)])
    return rows


def _source_row(
    entity: str, kind: str, mentions: str, items: list[tuple[int, Attribution]], flags: str
) -> Row:
    certainty = Counter(a.certainty for _, a in items)
    return [
        entity,
        kind,
        mentions,
        len({index for index, _ in items}),
        certainty[Certainty.CERTAIN],
        certainty[Certainty.PROBABLE],
        certainty[Certainty.POSSIBLE],
        certainty[Certainty.UNDERSPECIFIED],
        flags,
    ]


def flag_rows(doc: Document, *, width: int = 60) -> list[Row]:
    """One row per flag (see ``FLAG_HEADERS``): the statement, the flag, the words it is about,
    and the message an editor reads."""
    return [
        [st.index, st.role.value, f.kind.value, _words(doc, f.spans, width), f.message]
        for st in doc.statements
        for f in st.flags
    ]


def _says(c: Claim) -> str:
    if c.kind is ClaimKind.PROPOSITION:
        verb = "asserts" if c.polarity is Polarity.POSITIVE else "denies"
        return f"{verb}: {c.text}"
    return c.text


def _published(c: Claim) -> str:
    if c.published is None:
        return ""
    return c.published.isoformat(sep=" ", timespec="minutes")


def conflict_rows(
    conflicts: Iterable[Conflict], *, width: int = 60, document: bool = True
) -> list[Row]:
    """One row per claim in dispute (see ``CONFLICT_HEADERS``), conflict by conflict: the
    conflict's number (from 1), what is in dispute and why on its first row (``DITTO`` after), and
    for each claim what it says, who says it (the source's entity, or the publisher's own
    voice) and of what kind, how surely, in which document and statement, when the document
    was published and the statement's own time. A revision (a later report of the same
    outlet or source) says so after its number. ``document=False`` leaves the document column
    out (a table of one article)."""
    rows: list[Row] = []
    for n, x in enumerate(conflicts, 1):
        label: Cell = f"{n} (revision)" if x.revision else n
        subject, why = shorten(x.subject, width), x.reason
        for c in x.claims:
            src = c.source
            who = shorten(src.entity, width) if src is not None else OWN_VOICE
            if src is None and c.publisher:
                who = f"{shorten(c.publisher, width)} {OWN_VOICE}"
            certainty = c.certainty.value
            if c.polarity is Polarity.NEGATIVE and c.kind is not ClaimKind.PROPOSITION:
                certainty += ", negative"
            row: Row = [
                label,
                subject,
                shorten(_says(c), width),
                who,
                src.kind.value if src is not None else "",
                certainty,
                c.document or "",
                c.statement,
                _published(c),
                format_time(c.time) if c.time is not None else "",
                why,
            ]
            if not document:
                del row[6]
            rows.append(row)
            label, subject, why = DITTO, DITTO, DITTO
    return rows


def _doc_conflict_rows(doc: Document, *, width: int = 60) -> list[Row]:
    return conflict_rows(doc.conflicts, width=width, document=False)


# -- tables ---------------------------------------------------------------------------------------

_SOURCE_NUMBERS = frozenset({"statements", "certain", "probable", "possible", "underspecified"})

TABLES: dict[str, tuple[list[str], Callable[..., list[Row]], frozenset[str]]] = {
    "attributions": (ATTRIBUTION_HEADERS, attribution_rows, frozenset({"#"})),
    "sources": (SOURCE_HEADERS, source_rows, _SOURCE_NUMBERS),
    "flags": (FLAG_HEADERS, flag_rows, frozenset({"#"})),
    "conflicts": (
        [h for h in CONFLICT_HEADERS if h != "document"],
        _doc_conflict_rows,
        frozenset({"#"}),
    ),
}
"""The tables by name: their headers, the function that makes the rows of one document, and
the columns that hold numbers."""


def render_table(
    name: str, rows_of: Sequence[Sequence[Row]], labels: Sequence[str], tablefmt: str
) -> str:
    """Table ``name`` (a key of :data:`TABLES`) of rows already made, one list per document;
    with more than one document, a ``document`` column of ``labels`` comes first."""
    check_tablefmt(tablefmt)
    headers, _, numeric = TABLES[name]
    if len(rows_of) == 1:
        rows = [list(r) for r in rows_of[0]]
    else:
        headers = ["document", *headers]
        rows = [[label, *row] for label, some in zip(labels, rows_of, strict=True) for row in some]
    if tablefmt in _PIPE_ESCAPED:
        rows = [[c.replace("|", "\\|") if isinstance(c, str) else c for c in r] for r in rows]
    # tabulate reads "1.50" in a text cell as a number and writes 1.5: parse only numbers
    # (a list of columns fails in tabulate when there are no rows)
    text_columns: list[int] | bool = [k for k, h in enumerate(headers) if h not in numeric]
    return _tabulate.tabulate(
        rows, headers=headers, tablefmt=tablefmt, disable_numparse=text_columns if rows else True
    )


def _table(name: str, docs: Docs, tablefmt: str, width: int) -> str:
    check_tablefmt(tablefmt)
    ds = _as_list(docs)
    make = TABLES[name][1]
    return render_table(
        name,
        [make(d, width=width) for d in ds],
        [document_label(d, n) for n, d in enumerate(ds)],
        tablefmt,
    )


def attribution_table(docs: Docs, tablefmt: str = "simple", *, width: int = 60) -> str:
    """The attribution table of one document, or of several (then with a ``document`` column),
    as text in ``tablefmt`` (any of :data:`TABLEFMTS`); texts cut to ``width`` characters.

    One row per statement and attribution: ``#``, ``role``, ``statement``, ``source``,
    ``entity``, ``kind``, ``cue``, ``mode``, ``certainty``, ``time``, ``figures``, ``flags``.
    """
    return _table("attributions", docs, tablefmt, width)


def source_table(docs: Docs, tablefmt: str = "simple", *, width: int = 60) -> str:
    """The per-source summary of one document or several: who speaks, how often, how surely
    (see :func:`source_rows`)."""
    return _table("sources", docs, tablefmt, width)


def flags_table(docs: Docs, tablefmt: str = "simple", *, width: int = 60) -> str:
    """Every flag of one document or several: what an editor should look at, and why."""
    return _table("flags", docs, tablefmt, width)


def conflicts_table(docs: Docs, tablefmt: str = "simple", *, width: int = 60) -> str:
    """The conflicts within one article, or within each of several (see
    :func:`conflict_rows`); across articles, use :func:`conflict_table` of
    :func:`factcheck.compare`."""
    return _table("conflicts", docs, tablefmt, width)


def conflict_table(
    conflicts: Iterable[Conflict], tablefmt: str = "simple", *, width: int = 60
) -> str:
    """Conflicts (from :func:`factcheck.compare`, or :attr:`Document.conflicts`) as one table:
    an editor's note of what is in dispute, who says what, how surely and when."""
    check_tablefmt(tablefmt)
    rows = conflict_rows(conflicts, width=width)
    if tablefmt in _PIPE_ESCAPED:
        rows = [[c.replace("|", "\\|") if isinstance(c, str) else c for c in r] for r in rows]
    text_columns: list[int] | bool = [
        k for k, h in enumerate(CONFLICT_HEADERS) if h not in ("#", "conflict")
    ]
    return _tabulate.tabulate(
        rows,
        headers=CONFLICT_HEADERS,
        tablefmt=tablefmt,
        disable_numparse=text_columns if rows else True,
    )
