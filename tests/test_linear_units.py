"""Regression tests for work that grew with the square of a sentence's length, found by
repeating one unit of text (a cue, a quotation, a figure) many times. Linear time is checked
by counting calls, not by the clock: four times the text may cost at most 4.5 times the calls.
"""

from __future__ import annotations

import pytest

import factcheck

from .test_linear import GROWTH, SLACK, calls

UNITS = {
    # find._np_left_scan walked left without bound over "said" read as nouns
    "the spokesman said": "The spokesman said ",
    # find._cut_at_but scanned each noun-phrase content to the sentence's end
    "who said the plan": "a man who said the plan ",
    # find._subject_with_clauses looked back to the sentence's start for every cue
    "apposition and relative clause": "X, a man who told them, said ",
    # claims: every denial's content tested against every attribution
    "denials": "he denied the report, but he ",
    # resolve.continue_quotes went through every later quotation for every cue
    "split quotations": '"a," he said, "b," ',
    "inverted split quotations": "\u201cx,\u201d said Y, ",
    # claims: every figure looked for its first token from the statement's start
    "figures": "at least 20 dead, ",
    # the engine's later rules: dashes, cuts of contents at a comma, postposed relatives
    "dashes": "Trump - who said he would - said ",
    "content cut at a comma": "like others defending the laws, Schuette said ",
    "postposed source with a relative clause": '"x," said a man who worked for them ',
    "apposition ended by a quotation": "Mr. Ortiz, citing ''the magic,'' said ",
    "double apposition": "Ana Ruiz, the editor, The Ledger, said ",
    "joined clauses": "he said it was fine - but she said ",
    "participles of the main clause": "they said they would back it, while stressing ",
    "lists as objects": "she criticized the plan, the budget, ",
}


@pytest.mark.parametrize("name", sorted(UNITS))
def test_one_long_sentence_of_a_repeated_unit_is_read_in_linear_time(name: str) -> None:
    unit = UNITS[name]
    factcheck.analyze(unit * 50)  # warm up: lexicons are built once
    short = calls(factcheck.analyze, unit * 150)
    long = calls(factcheck.analyze, unit * 150 * GROWTH)
    assert long / short <= SLACK, f"{name}: {long / short:.1f}x the calls for 4x the text"
