"""The seed article's quantities and times against its hand-checked reading.

The gold (``tests/fixtures/*.gold.json``) lists each statement's quantities (phrase, span, low,
high, approximate) and, for two statements, its time (phrase, span, start, end). Its ``about``
describes what is counted in an editor's words ("IS militants around Albu Kamal"); factcheck's
``about`` is the counted noun phrase of the text, checked here against values written out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import factcheck
from factcheck import Document, Relation, TimeKind


@pytest.fixture(scope="module")
def doc(seed_text: str) -> Document:
    return factcheck.analyze(seed_text)


def test_quantities_match_gold(doc: Document, seed_gold: dict[str, Any]) -> None:
    for st, g in zip(doc.statements, seed_gold["statements"], strict=True):
        ours = [
            {
                "phrase": q.text,
                "span": q.span.as_list(),
                "low": q.low,
                "high": q.high,
                "approximate": q.approximate,
            }
            for q in st.quantities
        ]
        gold = [
            {k: q[k] for k in ("phrase", "span", "low", "high", "approximate")}
            for q in g["quantities"]
        ]
        assert ours == gold, st.text


def test_what_is_counted(doc: Document) -> None:
    about = [(q.about, q.relation) for st in doc.statements for q in st.quantities]
    assert about == [
        ("IS militants", Relation.RANGE),
        ("suspected Islamic State group militants", Relation.GT),
        ("officers", Relation.EQ),
        ("addresses", Relation.EQ),
        ("other IS suspects", Relation.EQ),
        ("suspects", Relation.EQ),
    ]
    for st in doc.statements:
        for q in st.quantities:
            assert q.about_span is not None and q.span.contains(q.about_span)
            assert q.about_span.of(doc.text) == q.about
            assert q.unit is None  # all counts


def test_statement_times_match_gold(doc: Document, seed_gold: dict[str, Any]) -> None:
    for st, g in zip(doc.statements, seed_gold["statements"], strict=True):
        gold = g.get("time")
        if gold is None:
            assert st.time is None, (st.text, st.time)
            continue
        assert st.time is not None, st.text
        assert st.time.text == gold["phrase"]
        assert st.time.span.as_list() == gold["span"]
        assert st.time.start == dt.date.fromisoformat(gold["start"])
        assert st.time.end == dt.date.fromisoformat(gold["end"])


def test_every_time_phrase_of_the_seed(doc: Document) -> None:
    """All phrases are kept, each with its kind; only two are a statement's own time."""
    found = [
        (st.index, t.text, t.start, t.end, t.kind, t.main)
        for st in doc.statements
        for t in st.times
    ]
    d = dt.date
    assert found == [
        (3, "hours after", None, None, TimeKind.ANCHORED, False),
        (13, "last week", d(2017, 10, 30), d(2017, 11, 5), TimeKind.EVENT, True),
        (14, "last week", d(2017, 10, 30), d(2017, 11, 5), TimeKind.EVENT, False),
        (14, "in October", d(2017, 10, 1), d(2017, 10, 31), TimeKind.EVENT, False),
        (18, "On Thursday morning", d(2017, 11, 9), d(2017, 11, 9), TimeKind.EVENT, True),
        (18, "within a week", d(2017, 11, 9), d(2017, 11, 16), TimeKind.DEADLINE, False),
    ]
    anchored = doc.statements[3].times[0]
    assert anchored.note is not None and "another event" in anchored.note


def test_the_dateline_has_no_quantities_or_times(doc: Document) -> None:
    (dateline,) = [st for st in doc.statements if st.role.value == "dateline"]
    assert dateline.quantities == () and dateline.times == ()


def test_round_trip_keeps_times_and_quantities(doc: Document) -> None:
    again = Document.from_dict(doc.to_dict())
    assert again == doc
    assert again.statements[18].times[1].kind is TimeKind.DEADLINE
    assert again.statements[8].quantities[0].relation is Relation.GT
