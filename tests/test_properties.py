"""Properties that hold for any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import factcheck

WORDS = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according",
        "to",
        "The",
        "minister",
        "\u201c",
        "\u201d",
        '"',
        ",",
        ".",
        "It",
        "added",
        "that",
        "police",
        "believe",
        "There",
        "are",
        "fears",
        "\n",
        "U.S.",
        "Mr.",
        "reported",
        "officials",
        "\u2019s",
        "—",
        "  ",
    ]
)
news_like = st.lists(WORDS, max_size=60).map(" ".join)


@given(st.one_of(st.text(), news_like))
def test_every_span_lies_inside_the_text(text: str) -> None:
    doc = factcheck.analyze(text)
    n = len(text)
    for stmt in doc.statements:
        assert 0 <= stmt.span.start < stmt.span.end <= n
        assert stmt.text == text[stmt.span.start : stmt.span.end]
    for a in doc.attributions:
        for sp in a.spans:
            assert 0 <= sp.start <= sp.end <= n


@given(news_like)
def test_content_never_overlaps_its_cue(text: str) -> None:
    doc = factcheck.analyze(text)
    for a in doc.attributions:
        for c in a.content:
            assert not c.overlaps(a.cue.span)


@given(st.one_of(st.text(), news_like))
def test_json_round_trip(text: str) -> None:
    doc = factcheck.analyze(text)
    assert factcheck.Document.from_json(doc.to_json()) == doc


@given(news_like)
def test_statements_are_ordered_and_disjoint(text: str) -> None:
    doc = factcheck.analyze(text)
    ends = -1
    for stmt in doc.statements:
        assert stmt.span.start >= ends
        ends = stmt.span.end


@given(st.one_of(st.text(), news_like))
def test_spans_of_is_to_spans_of_analyze(text: str) -> None:
    from factcheck.spans import spans_of, to_spans

    assert spans_of(text, nested=True) == to_spans(factcheck.analyze(text), nested=True)


@given(
    st.one_of(st.text(), news_like),
    st.one_of(st.none(), st.text(), st.integers()),
    st.booleans(),
)
def test_spans_line_is_the_json_of_spans_of(text: str, id: object, nested: bool) -> None:
    import json

    from factcheck.spans import spans_line, spans_of

    got = spans_line(text, id=id, nested=nested)
    assert got == json.dumps(spans_of(text, id=id, nested=nested))
