"""The seed article against its hand-checked reading (tests/fixtures/*.gold.json)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import factcheck
from factcheck import Document, Mode
from factcheck.spans import to_spans

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def doc(seed_text: str) -> Document:
    return factcheck.analyze(seed_text)


def test_text_matches_gold(seed_text: str, seed_gold: dict[str, Any]) -> None:
    for st in seed_gold["statements"]:
        s, e = st["span"]
        assert seed_text[s:e] == st["text"]


def test_statements_roles_and_spans(doc: Document, seed_gold: dict[str, Any]) -> None:
    gold = seed_gold["statements"]
    assert len(doc.statements) == len(gold)
    for st, g in zip(doc.statements, gold, strict=True):
        assert [st.span.start, st.span.end] == g["span"]
        assert st.role.value == g["role"]
        assert st.text == g["text"]


def test_attributions_match_gold(doc: Document, seed_gold: dict[str, Any]) -> None:
    for st, g in zip(doc.statements, seed_gold["statements"], strict=True):
        assert len(st.attributions) == len(g["attributions"]), st.text
        for a, ga in zip(st.attributions, g["attributions"], strict=True):
            assert a.source is not None
            assert a.source.span.as_list() == ga["source_span"]
            assert a.cue.span.as_list() == ga["cue_span"]
            assert [c.as_list() for c in a.content] == [ga["content_span"]]
            assert a.mode is Mode(ga["mode"])
            assert a.certainty.value == ga["certainty"]
            assert a.source.kind.value == ga["source_kind"]
            assert a.source.text == ga["source"]
            assert a.cue.text == ga["cue"]


def test_flags_match_gold(doc: Document, seed_gold: dict[str, Any]) -> None:
    for st, g in zip(doc.statements, seed_gold["statements"], strict=True):
        assert sorted(f.value for f in st.flag_kinds) == sorted(g["flags"]), st.text


def test_entities_group_as_gold(doc: Document, seed_gold: dict[str, Any]) -> None:
    """Mentions that name one source share one entity; different sources do not."""
    ours: list[str] = []
    theirs: list[str] = []
    for st, g in zip(doc.statements, seed_gold["statements"], strict=True):
        for a, ga in zip(st.attributions, g["attributions"], strict=True):
            assert a.source is not None
            ours.append(a.source.entity)
            theirs.append(ga["source_entity"])
    for i in range(len(ours)):
        for j in range(len(ours)):
            assert (ours[i] == ours[j]) == (theirs[i] == theirs[j]), (ours[i], ours[j])


def test_continuations_point_to_their_antecedent(doc: Document, seed_gold: dict[str, Any]) -> None:
    for st, g in zip(doc.statements, seed_gold["statements"], strict=True):
        for a, ga in zip(st.attributions, g["attributions"], strict=True):
            if "resolved_from_statement" in ga:
                assert a.source is not None and a.source.antecedent is not None
                earlier = doc.statements[ga["resolved_from_statement"]]
                assert earlier.span.contains(a.source.antecedent)


def test_published_from_dateline(doc: Document, seed_gold: dict[str, Any]) -> None:
    assert doc.published == dt.datetime.fromisoformat(seed_gold["published"])
    assert doc.dateline is not None
    assert doc.dateline.of(doc.text) == seed_gold["dateline"]
    assert doc.headline == seed_gold["headline"]


def test_spans_output_is_exact(doc: Document) -> None:
    with open(FIXTURES / "is_albu_kamal_2017-11-09.spans.jsonl", encoding="utf-8") as fh:
        gold = json.loads(fh.readline())
    ours = to_spans(doc)
    assert ours["attributions"] == gold["attributions"]


def test_explicit_published_wins(seed_text: str) -> None:
    when = dt.datetime(2017, 11, 10, 8, 0, tzinfo=dt.UTC)
    assert factcheck.analyze(seed_text, published=when).published == when


def test_spans_of_equals_to_spans_of_analyze(seed_text: str) -> None:
    from factcheck.spans import spans_of

    doc = factcheck.analyze(seed_text)
    assert spans_of(seed_text) == to_spans(doc)
    assert spans_of(seed_text, nested=True) == to_spans(doc, nested=True)
