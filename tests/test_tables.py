"""Tables: every tabulate format, the per-source summary, flags, times and figures."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings

import factcheck
from factcheck.model import Document, Quantity, Role, Span, Statement, TimeRef
from factcheck.tables import (
    NO_SOURCE,
    OWN_VOICE,
    TABLEFMTS,
    attribution_rows,
    attribution_table,
    flag_rows,
    flags_table,
    format_quantity,
    format_time,
    shorten,
    source_rows,
    source_table,
)

from .strategies_model import documents

TABLES = [attribution_table, source_table, flags_table]


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return factcheck.analyze(seed_text, id="seed")


@pytest.mark.parametrize("tablefmt", TABLEFMTS)
@pytest.mark.parametrize("table", TABLES, ids=lambda f: f.__name__)
def test_every_format(seed_doc: Document, table: object, tablefmt: str) -> None:
    assert callable(table)
    out = table(seed_doc, tablefmt)
    assert isinstance(out, str)
    assert "vague" in out and "source" in out


def test_unknown_format_names_the_choices(seed_doc: Document) -> None:
    with pytest.raises(ValueError, match=r"unknown table format 'nope'; choose one of: .*github"):
        attribution_table(seed_doc, "nope")


def test_seed_attribution_rows(seed_doc: Document) -> None:
    rows = attribution_rows(seed_doc)
    assert len(rows) == 20
    row7 = rows[7]
    assert row7[:3] == [7, "body", shorten(seed_doc.statements[7].text, 60)]
    assert row7[3:9] == [
        "US officials",
        "US officials",
        "official",
        "believed",
        "indirect",
        "probable",
    ]
    assert row7[-1] == "vague_source"


def test_seed_source_summary(seed_doc: Document) -> None:
    rows = {r[0]: r for r in source_rows(seed_doc)}
    assert rows["Assad regime"][1:4] == [
        "government",
        "The Assad regime; The regime of Bashar al Assad",
        2,
    ]
    assert rows["Syria's general command"][2] == "a statement from Syria's general command; It"
    assert rows["US officials"][4:8] == [0, 1, 0, 0]
    assert rows["US officials"][8] == "vague_source"
    assert rows[OWN_VOICE][3] == 8
    assert rows[OWN_VOICE][8] == "unattributed ×8, unheld_attitude ×2"
    # in order of first mention, own voice last
    assert next(iter(rows)) == "Assad regime" and list(rows)[-1] == OWN_VOICE


def test_seed_flags(seed_doc: Document) -> None:
    rows = flag_rows(seed_doc)
    assert len(rows) == len(seed_doc.flags) == 13
    assert rows[1][:4] == [7, "body", "vague_source", "US officials"]


def test_several_documents_get_a_document_column(seed_doc: Document) -> None:
    other = factcheck.analyze("Officials said the port had closed.", id="port")
    out = source_table([seed_doc, other], "tsv")
    lines = out.splitlines()
    assert lines[0].split("\t")[0].strip() == "document"
    assert any(line.startswith("port") for line in lines)
    unnamed = attribution_table([factcheck.analyze("A."), factcheck.analyze("B.")], "tsv")
    assert "#1" in unnamed and "#2" in unnamed


def test_numbers_in_text_are_kept_as_written() -> None:
    """Regression: tabulate read "1.50" as a number and printed 1.5."""
    doc = factcheck.analyze("1.50")
    assert "1.50" in attribution_table(doc, "plain")
    assert "1.50" in flags_table(doc, "github")


def test_pipes_are_escaped_in_markdown() -> None:
    doc = factcheck.analyze("Officials said a|b was shut.")
    out = attribution_table(doc, "github")
    assert "a\\|b" in out
    assert all(line.count("|") - line.count("\\|") == 13 for line in out.splitlines())


def test_empty_document_gives_headers_only() -> None:
    doc = factcheck.analyze("")
    for table in TABLES:
        assert table(doc, "simple").strip()
    assert source_rows(doc) == []


def test_times_and_figures_are_shown() -> None:
    text = "Police detained more than 100 people last week."
    st = Statement(
        0,
        Span(0, len(text)),
        text,
        Role.BODY,
        quantities=(Quantity(Span(16, 29), "more than 100", 100, None, about="people"),),
        times=(TimeRef(Span(37, 46), "last week", dt.date(2017, 10, 30), dt.date(2017, 11, 5)),),
    )
    doc = Document(text, (st,))
    out = attribution_table(doc, "plain")
    assert "last week (2017-10-30/2017-11-05)" in out
    assert "more than 100 (≥ 100)" in out


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (Quantity(Span(0, 2), "12", 12, 12), "12 (12)"),
        (Quantity(Span(0, 2), "about 1,500", 1500, 1500, approximate=True), "about 1,500 (~1,500)"),
        (Quantity(Span(0, 2), "2,500 to 3,500", 2500, 3500), "2,500 to 3,500 (2,500–3,500)"),
        (Quantity(Span(0, 2), "under 5%", None, 5, unit="%"), "under 5% (≤ 5%)"),
        (Quantity(Span(0, 2), "2.5", 2.5, 2.5), "2.5 (2.5)"),
        (Quantity(Span(0, 2), "dozens", None, None), "dozens"),
    ],
)
def test_format_quantity(q: Quantity, expected: str) -> None:
    assert format_quantity(q) == expected


def test_format_time() -> None:
    assert format_time(TimeRef(Span(0, 1), "on Sunday")) == "on Sunday"
    day = dt.date(2017, 11, 5)
    assert format_time(TimeRef(Span(0, 1), "on Sunday", day, day)) == "on Sunday (2017-11-05)"


def test_shorten() -> None:
    assert shorten("a\n  b", 10) == "a b"
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("abc", 0) == "abc"
    assert shorten("x\udce9", 10) == "x\ufffd"


def test_tables_refuse_what_is_not_a_document() -> None:
    with pytest.raises(TypeError, match="str"):
        attribution_table(["text"])  # type: ignore[list-item]


@settings(max_examples=60, deadline=None)
@given(documents())
def test_any_document_tabulates(doc: Document) -> None:
    for table in TABLES:
        table(doc, "github")
        table([doc, doc], "tsv")
    rows = attribution_rows(doc)
    assert len(rows) == sum(max(1, len(st.attributions)) for st in doc.statements)


@settings(max_examples=100, deadline=None)
@given(documents())
def test_source_flags_are_the_flags_on_its_mentions(doc: Document) -> None:
    """Regression: the flags of each source, found by bisection (it was all-pairs, slow on
    long articles), are exactly those whose spans overlap one of its mentions."""
    from collections import Counter

    by_entity: dict[str, list[Span]] = {}
    for a in doc.attributions:
        if a.source is not None:
            by_entity.setdefault(a.source.entity, []).append(a.source.span)
    keys = {" ".join(e.split()) for e in by_entity}
    assume(len(keys) == len(by_entity) and not keys & {NO_SOURCE, OWN_VOICE})
    rows = {r[0]: r for r in source_rows(doc, width=0)}
    for entity, spans in by_entity.items():
        expected = Counter(
            f.kind.value
            for st in doc.statements
            for f in st.flags
            if any(fs.overlaps(sp) or fs == sp for fs in f.spans for sp in spans)
        )
        shown = str(rows[" ".join(entity.split())][8])
        got: Counter[str] = Counter()
        for part in filter(None, shown.split(", ")):
            kind, _, n = part.partition(" ×")
            got[kind] += int(n or 1)
        assert got == expected
