"""The tokenizer's units, with their offsets."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lexicon import Lexicon
from factcheck.text import (
    _END_DOT_RE,
    _END_RE,
    Token,
    _scan,
    _word_before,
    _word_before_by_chars,
    sentences,
    tokenize,
)


def test_a_dash_typed_as_two_hyphens_is_one_token() -> None:
    text = "the mayor--who lost -- said"
    got = [(t.text, text[t.start : t.end]) for t in tokenize(text)]
    assert [w for w, _ in got] == ["the", "mayor", "--", "who", "lost", "--", "said"]
    assert all(w == s for w, s in got)


def test_hyphenated_words_and_clitics_stay_words() -> None:
    assert [t.text for t in tokenize("state-run media doesn't")] == [
        "state-run",
        "media",
        "does",
        "n't",
    ]


def _quotes(text: str) -> list[str]:
    from factcheck.text import quotations

    return [text[s:e] for s, e in quotations(text, 0, len(text))]


def test_a_closing_mark_typed_as_an_opening_one_closes() -> None:
    assert _quotes("\u201cIt is odd,\u201c said Ms. Noble.") == ["\u201cIt is odd,\u201c"]
    # two opening marks with a space after the first still open one quotation
    assert _quotes("\u201cA \u201cB\u201d C.\u201d") == ["\u201cA \u201cB\u201d"]


def test_an_opening_mark_typed_as_a_closing_one_opens() -> None:
    text = "\u201dThey are evil,\u201d said Mr. Krystek."
    assert _quotes(text) == ["\u201dThey are evil,\u201d"]
    # at the paragraph's start it opens even before a space
    assert _quotes("\u201d \u2026 and they left,\u201d he said.") == [
        "\u201d \u2026 and they left,\u201d"
    ]
    # after a direction mark at the paragraph's start, too
    assert _quotes("\u202a\u201dThey are evil,\u201d he wrote.") == ["\u201dThey are evil,\u201d"]
    # after a word, or with a quotation open, it still closes
    assert _quotes("\u201cA\u201d and B\u201d C") == ["\u201cA\u201d"]
    assert _quotes("\u201cIt is \u201dodd\u201d") == ["\u201cIt is \u201d"]


def test_a_straight_closing_mark_after_a_space_closes_an_open_quotation() -> None:
    text = "\"They call it 'a flight to quality,' \" he said."
    assert _quotes(text) == ["\"They call it 'a flight to quality,' \""]
    # with nothing open, a lone mark between spaces is no quotation
    assert _quotes('He said " hello there.') == []


def test_three_marks_close_an_inner_and_an_outer_quotation() -> None:
    text = "''We are told, 'it is special,''' Mr. Putin said."
    assert _quotes(text) == ["''We are told, 'it is special,'''"]


def test_a_number_joined_to_a_word_is_one_token() -> None:
    words = [t.text for t in tokenize("a 71-year-old envoy, a 3.5-point lead, a 2-1 win")]
    assert "71-year-old" in words and "3.5-point" in words
    assert words[-4:] == ["2", "-", "1", "win"]


def test_a_hyphen_inside_a_word_is_no_dash() -> None:
    lows = [t.low for t in tokenize("the U.S.-led force - and others")]
    assert lows[2] != "-" and lows[5] == "-"


# The tokenizer's fast paths (a part of letters, a word and a mark, a hyphenated word, a word
# with a curly apostrophe) must make what the regular expression makes of the same text.
_TOKEN_CHARS = "abAB1 -’'.,:é"


def _by_regex(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int, str, str, bool]]:
    out: list[Token] = []
    stop = len(text.rstrip())
    _scan(text, 0, stop, False, stop, abbreviations, out)
    return [(t.start, t.end, t.text, t.low, t.is_cap) for t in out]


@given(st.text(alphabet=_TOKEN_CHARS, max_size=30))
@settings(max_examples=500, deadline=None)
def test_the_tokenizer_fast_paths_agree_with_the_regular_expression(text: str) -> None:
    abbreviations = frozenset({"mr"})
    got = [
        (t.start, t.end, t.text, t.low, t.is_cap) for t in tokenize(text, 0, None, abbreviations)
    ]
    assert got == _by_regex(text, abbreviations)


@given(st.text(alphabet="ab .'\"”’)]\n", max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_full_stop_pattern_agrees_with_the_sentence_end_pattern(text: str) -> None:
    # (sentences uses _END_DOT_RE when a paragraph has no "!", "?" nor "…")
    spans = [m.span() for m in _END_DOT_RE.finditer(text)]
    assert spans == [m.span() for m in _END_RE.finditer(text)]


def test_a_word_in_lower_case_is_its_own_lower_case() -> None:
    # the tokenizer keeps a word that is in lower case as its own "low" (no lower() made): that
    # holds only if no character that is lower case, or has no case, changes when lowered
    changed = [
        hex(i)
        for i in range(sys.maxunicode + 1)
        if not (c := chr(i)).isupper() and not c.istitle() and c.lower() != c
    ]
    assert changed == []
    assert [(t.low, t.is_cap) for t in tokenize("über Éclair ß")] == [
        ("über", False),
        ("éclair", True),
        ("ß", False),
    ]


@given(st.text(alphabet="aB1 .-'’(\"é_", max_size=50), st.integers(0, 50), st.integers(0, 50))
@settings(max_examples=400, deadline=None)
def test_the_word_before_a_full_stop_is_found_as_a_character_walk_finds_it(
    text: str, floor: int, dot: int
) -> None:
    floor, dot = min(floor, dot, len(text)), min(dot, len(text))
    assert _word_before(text, floor, dot) == _word_before_by_chars(text, floor, dot)


@given(st.text(alphabet="aB1 .!?…'\"”’)]\n", max_size=60))
@settings(max_examples=400, deadline=None)
def test_sentences_are_in_order_inside_the_paragraph_and_never_empty(body: str) -> None:
    text = "x " + body + " y"
    start, end = 2, 2 + len(body)
    got = sentences(text, start, end, Lexicon.default())
    last = start
    for a, b in got:
        assert last <= a < b <= end
        last = b
