"""factcheck.strategies: the generated readings are right, and factcheck recovers them.

Every construction the strategies write is checked here against ``analyze``. The ones the engine
does not read yet are listed in ``KNOWN_FAILURES`` (each with an example in
STRATEGY_FAILURES.md at the repository root) and tested with ``xfail(strict=True)``: when the
engine learns one, its test passes, strict xfail fails, and the entry comes out of the list.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Certainty, Document, Mode, Polarity, SourceKind, Span
from factcheck.lexicon import Lexicon
from factcheck.strategies import (
    CONSTRUCTIONS,
    UNDETERMINED,
    Generated,
    articles,
    attributed_statements,
    cues,
    differences,
    sources,
    unattributed_statements,
    vocabulary,
)

#: Constructions the engine misreads today; the reason, and STRATEGY_FAILURES.md, say how.
KNOWN_FAILURES: dict[str, str] = {
    "told_bare": '"told the BBC fuel prices ...": where the recipient ends is not known',
}
READ_TODAY = frozenset(CONSTRUCTIONS) - KNOWN_FAILURES.keys()
IGNORE = UNDETERMINED
#: source and clause forms, written inside the attribution forms
_OPTIONAL = frozenset(
    {
        "apposition",
        "apposition_before_cue",
        "artefact",
        "artefact_by",
        "second_mention",
        "short_org_mention",
        "bare_at_least",
        "plural_base_cue",
        "same_head_names",
        "cue_word_as_noun",
    }
)
#: written only in articles or without attribution
_ARTICLE_ONLY = frozenset(
    {"headline_attributed", "quote_next_paragraph", "unattributed", "unheld_attitude"}
)
_FORMS = sorted(READ_TODAY - _OPTIONAL - _ARTICLE_ONLY)


def assert_reads(g: Generated[Document]) -> Document:
    doc = factcheck.analyze(g.text)
    diff = differences(doc, g.expected, ignore=IGNORE)
    assert not diff, "\n".join([repr(g.text), *diff])
    return doc


# ---------------------------------------------------------------------------------------------
# factcheck reads what the strategies write


@pytest.mark.parametrize("mode", list(Mode), ids=lambda m: m.value)
@given(data=st.data())
def test_attributed_statements_read_as_written(mode: Mode, data: st.DataObject) -> None:
    g = data.draw(attributed_statements(mode=mode, constructions=READ_TODAY))
    doc = assert_reads(g)
    assert mode in {a.mode for a in doc.attributions}


@pytest.mark.parametrize("construction", _FORMS)
@given(data=st.data())
@settings(max_examples=max(40, settings.default.max_examples // 4))
def test_each_construction_reads_as_written(construction: str, data: st.DataObject) -> None:
    g = data.draw(attributed_statements(constructions={construction}))
    assert construction in g.constructions
    assert_reads(g)


@pytest.mark.parametrize("tag", sorted(_OPTIONAL & READ_TODAY))
@given(data=st.data())
@settings(
    max_examples=max(40, settings.default.max_examples // 4),
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
def test_each_source_and_clause_form_reads_as_written(tag: str, data: st.DataObject) -> None:
    g = data.draw(_with(tag))
    assert tag in g.constructions
    assert_reads(g)


@given(unattributed_statements(constructions=READ_TODAY))
def test_unattributed_statements_read_as_written(g: Generated[Document]) -> None:
    doc = assert_reads(g)
    assert doc.attributions == ()
    assert all(factcheck.FlagKind.UNATTRIBUTED in s.flag_kinds for s in doc.statements)


@given(articles(constructions=READ_TODAY))
def test_articles_read_as_written(g: Generated[Document]) -> None:
    assert_reads(g)


@given(
    articles(constructions={"quote_after", "quote_colon", "quote_next_paragraph"}, headline=True)
)
def test_quotations_going_on_in_a_paragraph_of_their_own(g: Generated[Document]) -> None:
    assert_reads(g)


@given(articles(constructions=READ_TODAY, headline=True, dateline=True))
def test_articles_with_datelines_read_as_written(g: Generated[Document]) -> None:
    doc = assert_reads(g)
    assert doc.published is not None and doc.dateline is not None


#: the forms each source or clause form is drawn with, so that it comes up often
_WITH: dict[str, frozenset[str]] = {
    "apposition": frozenset({"quote_inverted", "quote_after"}),
    "apposition_before_cue": frozenset({"said_that", "said_bare", "apposition"}),
    "artefact": frozenset({"said_that", "said_bare"}),
    "artefact_by": frozenset({"said_that", "said_bare"}),
    "second_mention": frozenset({"said_that", "quote_after", "continuation"}),
    "short_org_mention": frozenset({"said_that", "quote_after", "continuation"}),
    "bare_at_least": frozenset({"said_bare", "nested"}),
    "cue_word_as_noun": frozenset({"said_bare", "said_that", "mixed"}),
    "plural_base_cue": frozenset({"quote_inverted", "postposed"}),
    "same_head_names": frozenset({"said_that", "short_org_mention"}),
}


def _with(tag: str) -> st.SearchStrategy[Generated[Document]]:
    """Statements that use ``tag``."""
    if tag in ("told_bare", "continuation_after_nested"):
        return attributed_statements(constructions={tag})
    allowed = _WITH.get(tag, READ_TODAY) | {tag}
    if tag == "same_head_names":  # two sources: an article
        return articles(constructions=allowed, min_paragraphs=4, headline=True).filter(
            lambda g: tag in g.constructions
        )
    return attributed_statements(constructions=allowed).filter(lambda g: tag in g.constructions)


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param(
            tag,
            marks=pytest.mark.xfail(
                strict=True, raises=AssertionError, reason=f"{why}; see STRATEGY_FAILURES.md"
            ),
        )
        for tag, why in sorted(KNOWN_FAILURES.items())
    ],
)
def test_known_failures(tag: str) -> None:
    @settings(
        max_examples=60,
        derandomize=True,
        database=None,
        phases=[Phase.generate],  # the first failure is enough: no shrinking
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(_with(tag))
    def reads(g: Generated[Document]) -> None:
        assert_reads(g)

    reads()


# ---------------------------------------------------------------------------------------------
# the expected readings are well formed


def _check_document(g: Generated[Document]) -> None:
    doc, text = g.expected, g.text
    assert doc.text == text
    assert g.constructions <= set(CONSTRUCTIONS)
    n = len(text)
    last = 0
    for k, stmt in enumerate(doc.statements):
        assert stmt.index == k
        assert last <= stmt.span.start < stmt.span.end <= n
        assert stmt.text == stmt.span.of(text) == stmt.text.strip()
        last = stmt.span.end
        for q in stmt.quantities:
            assert stmt.span.contains(q.span) and q.text == q.span.of(text)
        for t in stmt.times:
            assert stmt.span.contains(t.span) and t.text == t.span.of(text)
    # every character that is not whitespace belongs to a statement
    covered = {i for s in doc.statements for i in range(s.span.start, s.span.end)}
    assert all(text[i].isspace() for i in range(n) if i not in covered)
    atts = doc.attributions
    assert [a.id for a in atts] == list(range(len(atts)))
    assert [a.cue.span for a in atts] == sorted(a.cue.span for a in atts)
    for a in atts:
        assert a.cue.text == a.cue.span.of(text)
        assert a.content and all(not c.overlaps(a.cue.span) for c in a.content)
        if a.source is not None:
            assert a.source.text == a.source.span.of(text)
            if a.source.antecedent is not None:
                assert a.source.antecedent.end <= a.source.span.start
        if a.parent is not None:
            outer = atts[a.parent]
            assert any(c.contains(a.cue.span) for c in outer.content)
    assert Document.from_json(doc.to_json()) == doc


@given(articles())
def test_expected_articles_are_well_formed(g: Generated[Document]) -> None:
    _check_document(g)


@given(st.one_of(attributed_statements(), unattributed_statements()))
def test_expected_statements_are_well_formed(g: Generated[Document]) -> None:
    _check_document(g)


@given(attributed_statements(mode=Mode.DIRECT))
def test_direct_contents_are_quotations(g: Generated[Document]) -> None:
    for a in g.expected.attributions:
        if a.mode is Mode.DIRECT:
            for c in a.content:
                body = c.of(g.text)
                assert body[0] in '\u201c"' and body[-1] in '\u201d"', body


@given(articles(constructions={"said_that", "quote_after"}))
def test_constructions_restrict_what_is_written(g: Generated[Document]) -> None:
    assert g.constructions <= {"said_that", "quote_after", "headline_attributed"}


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown constructions"):
        articles(constructions={"said", "nope"})
    with pytest.raises(TypeError, match="Mode"):
        attributed_statements(mode="direct")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="paragraphs"):
        articles(min_paragraphs=3, max_paragraphs=2)
    with pytest.raises(ValueError, match="mode"):
        attributed_statements(mode=Mode.MIXED, constructions={"said_that"})


def test_vocabulary_holds_no_stray_cue() -> None:
    """Clauses must not attribute by accident: the only words in them that the lexicon knows as
    cues are nouns ("the talks", "a turning point"; "the new rules" is the construction
    cue_word_as_noun)."""
    forms = Lexicon.default().verb_forms
    clause_lists = ("subjects", "predicates", "agents", "counted", "quotes", "fragments")
    found = {
        w.lower()
        for name, words in vocabulary().items()
        if name in (*clause_lists, "headlines")
        for phrase in words
        for w in phrase.replace(",", " ").split()
        if w.lower() in forms
    }
    assert found <= {"talks", "plan", "suspects", "point", "blast", "rules", "reports"}


def test_shrinks_to_a_short_article() -> None:
    g = find(
        articles(max_paragraphs=3),
        lambda g: len(g.expected.attributions) >= 2,
        settings=settings(database=None, max_examples=500, derandomize=True),
    )
    assert len(g.expected.statements) <= 2
    assert len(g.text) < 200, g.text


def test_shrinks_to_a_short_statement() -> None:
    g = find(
        attributed_statements(mode=Mode.DIRECT),
        lambda g: True,
        settings=settings(database=None, max_examples=100, derandomize=True),
    )
    assert len(g.expected.statements) == 1
    assert len(g.text) < 60, g.text


# ---------------------------------------------------------------------------------------------
# sources() and cues(), in a sentence


@given(sources().filter(lambda g: "artefact_by" not in g.constructions))
def test_sources_read_in_a_sentence(g: Generated[factcheck.Source]) -> None:
    if "apposition" in g.constructions:
        prefix = "\u201cWe will not leave,\u201d said "
        text = prefix + g.text + "."
    else:
        prefix = ""
        text = g.text[:1].upper() + g.text[1:] + " said the port was closed."
    doc = factcheck.analyze(text)
    (a,) = doc.attributions
    assert a.source is not None
    want = g.expected
    assert a.source.span == Span(want.span.start + len(prefix), want.span.end + len(prefix))
    assert a.source.text.lower() == want.text.lower()
    assert a.source.entity.lower() == want.entity.lower()
    assert (a.source.kind, a.source.vague) == (want.kind, want.vague)


@pytest.mark.parametrize("certainty", list(Certainty), ids=lambda c: c.value)
@given(data=st.data())
def test_cues_by_certainty(certainty: Certainty, data: st.DataObject) -> None:
    if certainty is Certainty.UNDERSPECIFIED:
        with pytest.raises(ValueError, match="no cue"):
            cues(certainty=certainty)
        return
    g = data.draw(cues(certainty=certainty))
    assert g.expected.certainty is certainty
    assert g.expected.text == g.text and g.expected.span == Span(0, len(g.text))


@given(cues())
def test_cues_read_in_a_sentence(g: Generated[factcheck.Cue]) -> None:
    if g.text == "according to":
        prefix, text = "", "According to the ministry, the port was closed."
    else:
        # a base form ("say") or "have said" needs a plural subject
        plural = g.text.startswith("have ") or g.text == g.expected.lemma
        prefix = "Officials " if plural else "The ministry "
        text = prefix + g.text + " that the port was closed."
    doc = factcheck.analyze(text)
    (a,) = doc.attributions
    want = g.expected
    assert a.cue.span == Span(want.span.start + len(prefix), want.span.end + len(prefix))
    assert a.cue.text.lower() == want.text.lower()
    assert (a.cue.lemma, a.cue.certainty, a.cue.polarity) == (
        want.lemma,
        want.certainty,
        want.polarity,
    )


def test_cues_by_polarity() -> None:
    g = find(cues(polarity=Polarity.NEGATIVE), lambda g: True)
    assert g.expected.lemma == "deny"


@given(sources(kind=SourceKind.MEDIA, vague=False))
def test_sources_by_kind(g: Generated[factcheck.Source]) -> None:
    assert g.expected.kind is SourceKind.MEDIA and not g.expected.vague


# ---------------------------------------------------------------------------------------------
# differences()


def test_differences_name_the_field() -> None:
    text = "The mayor said that the bridge was unsafe."
    doc = factcheck.analyze(text)
    assert differences(doc, doc) == []
    (a,) = doc.attributions
    assert a.source is not None
    import attrs

    wrong_source = attrs.evolve(a.source, entity="governor")
    wrong = attrs.evolve(
        doc,
        statements=(
            attrs.evolve(doc.statements[0], attributions=(attrs.evolve(a, source=wrong_source),)),
        ),
    )
    diff = differences(doc, wrong)
    assert diff == [
        "doc.statements[0].attributions[0].source.entity: expected 'governor', got 'mayor'"
    ]
    assert differences(doc, wrong, ignore={"entity"}) == []
    shorter = attrs.evolve(doc, statements=())
    assert "1 found" in differences(doc, shorter)[0]


@given(articles(headline=True, dateline=True))
@settings(max_examples=20)
def test_generated_documents_serialise(g: Generated[Document]) -> None:
    assert Document.from_dict(json.loads(g.expected.to_json())) == g.expected


def test_docs_page_shows_the_example() -> None:
    """docs/strategies.md shows tests/test_docs_example.py's code, which runs in the suite."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    example = (root / "tests" / "test_docs_example.py").read_text(encoding="utf-8")
    code = example.split("# --8<-- [start:example]\n", 1)[1].split("# --8<-- [end:example]")[0]
    page = (root / "docs" / "strategies.md").read_text(encoding="utf-8")
    assert "```python\n" + code + "```" in page, "docs/strategies.md must show the example"
