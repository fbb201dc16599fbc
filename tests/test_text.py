"""The tokenizer's units, with their offsets."""

from __future__ import annotations

from factcheck.text import tokenize


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
