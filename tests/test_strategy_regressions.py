"""Engine rules for what factcheck.strategies found misread after the engine's rewrite.

Each sentence is of a kind the strategies write (tests/test_strategies.py), with the rule that
reads it: general rules of the lexicon and the finder, not these sentences.
"""

from __future__ import annotations

import pytest

import factcheck

from .test_constructions import only, parts


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # a plural's possessive apostrophe ("teachers'") reads as "'s": the noun phrase goes on
        (
            "The teachers' union said the plan was \u201ca disaster\u201d.",
            "The teachers' union",
            "said",
            ["the plan was \u201ca disaster\u201d"],
        ),
        (
            "According to the teachers' union, the bridge will reopen.",
            "the teachers' union",
            "According to",
            ["the bridge will reopen"],
        ),
        # a verb that takes a recipient is inverted right after a quotation that ends the
        # clause, when its noun phrase ends the sentence
        (
            "\u201cWe will not leave,\u201d warned the health ministry.",
            "the health ministry",
            "warned",
            ["\u201cWe will not leave,\u201d"],
        ),
        # "about", "between", "around", "over", "under" before a number begin a figure, not an
        # adjunct ("at least N" was already so)
        (
            "The health ministry said about 27 people had left their homes.",
            "The health ministry",
            "said",
            ["about 27 people had left their homes"],
        ),
        (
            "The health ministry said between 27 and 1,027 people had left their homes.",
            "The health ministry",
            "said",
            ["between 27 and 1,027 people had left their homes"],
        ),
        (
            "Lopez fears about 27 people were missing.",
            "Lopez",
            "fears",
            ["about 27 people were missing"],
        ),
        # a noun-like -s form right after a quotation that ends with a comma is its cue
        (
            "\u201cNobody was hurt,\u201d reports Maria Lopez.",
            "Maria Lopez",
            "reports",
            ["\u201cNobody was hurt,\u201d"],
        ),
        (
            '"We will not leave," report state-run media.',
            "state-run media",
            "report",
            ['"We will not leave,"'],
        ),
        # a name that opens the sentence is the subject of a noun-like -s form with an object
        (
            "Lopez fears the port had been damaged last week.",
            "Lopez",
            "fears",
            ["the port had been damaged last week"],
        ),
        (
            "Reuters reports the airport is unsafe.",
            "Reuters",
            "reports",
            ["the airport is unsafe"],
        ),
        (
            "Reuters reports in a statement that the bridge was closed.",
            "Reuters",
            "reports in a statement",
            ["that the bridge was closed"],
        ),
        # an adverb after an apposition's closing comma joins the cue
        (
            "Joe Smith, an aid worker, also reported that food supplies had risen sharply.",
            "Joe Smith, an aid worker,",
            "also reported",
            ["that food supplies had risen sharply"],
        ),
        # a noun phrase and its apposition before "said" are no content of an inverted cue,
        # and a noun phrase after the cue stops at a past verb with an object
        (
            "Maria Lopez, a spokeswoman for the city council, said rescuers pulled out 27 people.",
            "Maria Lopez, a spokeswoman for the city council,",
            "said",
            ["rescuers pulled out 27 people"],
        ),
        (
            "Joe Smith, a local doctor, believes the coast guard evacuated at least 100 people.",
            "Joe Smith, a local doctor,",
            "believes",
            ["the coast guard evacuated at least 100 people"],
        ),
        (
            "David Okafor, an aid worker, also believed troops rescued between 144 and 644 "
            "passengers.",
            "David Okafor, an aid worker,",
            "also believed",
            ["troops rescued between 144 and 644 passengers"],
        ),
        # a past form after an apposition's comma is the cue, not a participle that names
        # ("a company called Northwind")
        (
            "Maria Lopez, an aid worker, said US officials believed the port was closed.",
            "Maria Lopez, an aid worker,",
            "said",
            ["US officials believed the port was closed"],
        ),
        # a recipient ends where a determiner or a subject pronoun begins a bare clause
        (
            "The health ministry told reporters the bridge was closed.",
            "The health ministry",
            "told",
            ["the bridge was closed"],
        ),
        ("Smith told him the bridge was closed.", "Smith", "told", ["the bridge was closed"]),
        ("Smith told reporters they would stay.", "Smith", "told", ["they would stay"]),
    ],
)
def test_found_by_the_strategies(text: str, source: str, cue: str, content: list[str]) -> None:
    doc = factcheck.analyze(text)
    assert parts(doc, only(doc)) == (source, cue, content)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a finite verb that is no noun ends the subject of the next cue
        ("The health ministry said officials said the bridge was closed.", "said", "officials"),
        ("The health ministry says officials said the airport was closed.", "said", "officials"),
        # and so does a verb after a plural subject ("Sources say"), not a noun modifier
        (
            "Sources say analysts expected that police detained at least 2,500 passengers.",
            "expected",
            "analysts",
        ),
        (
            "Police say state-run media feared that between 250 and 1,250 people had left.",
            "feared",
            "state-run media",
        ),
    ],
)
def test_nested_sources_end_at_the_outer_cue(text: str, cue: str, source: str) -> None:
    doc = factcheck.analyze(text)
    inner = [a for a in doc.attributions if a.parent is not None]
    assert [parts(doc, a)[:2] for a in inner] == [(source, cue)]


def test_they_continues_a_plural_source_that_opens_the_sentence() -> None:
    """ "Officials" is capitalised because it opens the sentence, not because it is a name: it
    is plural, and "They" continues it."""
    doc = factcheck.analyze(
        "Officials denied that 2,500 protesters had left their homes. "
        'They added: "We have closed the bridge."'
    )
    first, then = doc.attributions
    assert first.source is not None and then.source is not None
    assert then.source.entity == first.source.entity == "Officials"
    assert then.source.antecedent == first.source.span
    assert (then.source.kind, then.source.vague) == (first.source.kind, first.source.vague)


def test_business_issues_is_still_a_noun_phrase() -> None:
    """The opening-name rule needs an object after the verb: "Business issues rarely excite"."""
    assert factcheck.analyze("Business issues rarely excite voters.").attributions == ()


def test_differences_leave_out_conflicts_unless_asked() -> None:
    """Found by CI after the conflicts landed: a generated article may deny and assert the
    same words ("X denied that troops rescued 27 people. According to X, troops rescued 27
    people."); analyze rightly flags the conflict, which the strategies do not model."""
    import attrs

    from factcheck.strategies import differences

    text = (
        "Maria Lopez denied that troops rescued 27 people. "
        "According to Lopez, troops rescued 27 people."
    )
    doc = factcheck.analyze(text)
    assert doc.conflicts, "the engine flags the denial against the assertion"
    plain = attrs.evolve(
        doc,
        statements=tuple(attrs.evolve(s, flags=()) for s in doc.statements),
        conflicts=(),
    )
    assert differences(doc, plain) == []
    assert differences(doc, plain, conflicts=True) != []
