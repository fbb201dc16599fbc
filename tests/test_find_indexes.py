"""The finder's indexes of the lexicon: built for speed, they must select what a scan would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.find import _DASHES, _LONE_HYPHEN, _phrases_after
from factcheck.lexicon import Lexicon, PhraseCue
from factcheck.text import tokenize


def _scan(lex: Lexicon, first: str, second: str) -> list[PhraseCue]:
    """The phrases a scan of ``phrases_by_first`` could match before ``second``, in order."""
    return [
        p for p in lex.phrases_by_first.get(first, ()) if len(p.words) == 1 or p.words[1] == second
    ]


def test_phrases_after_selects_in_order_what_a_scan_selects() -> None:
    # a phrase of one word beside longer ones of the same first word: it stands in every list
    lex = Lexicon.default().extend(phrase_cues=[PhraseCue("reportedly"), PhraseCue("in")])
    index = _phrases_after(lex)
    seconds = {p.words[1] for p in lex.phrase_cues if len(p.words) > 1} | {"the", "zzz"}
    for first in lex.phrases_by_first:
        for second in seconds:
            got = index[first].get(second) or index[first][""]
            assert list(got) == _scan(lex, first, second), (first, second)
    assert index["in"][""] == (PhraseCue("in"),)
    assert [p.phrase for p in index["in"]["favor"]] == ["in favor of", "in"]
    assert "in favor of" not in [p.phrase for p in index["in"]["the"]]
    assert index["in"]["the"][-1] == PhraseCue("in")  # longest first: the single word last


@given(st.text(alphabet="aB1 -,.'\"()", max_size=40))
@settings(max_examples=400, deadline=None)
def test_a_paragraph_with_no_lone_hyphen_has_no_dash_token(text: str) -> None:
    # (_close_dashes skips a paragraph where every hyphen stands between letters or digits)
    if _LONE_HYPHEN.search(text) is None:
        assert not [t for t in tokenize(text) if t.low in _DASHES]


def test_lone_hyphens() -> None:
    assert _LONE_HYPHEN.search("the state-run agency, 2-1 up") is None
    for text in ("Trump - who", "Trump -- who", "a well- known", "-5 degrees", "end -"):
        assert _LONE_HYPHEN.search(text) is not None, text


def test_the_context_classes_follow_the_lexicon_asked_about() -> None:
    # (derived() keeps what it made for the last lexicon asked about: a paragraph read with
    # another lexicon in between must get its own)
    from factcheck.find import _classes_of, _make_classes
    from factcheck.lexicon import derived

    plain = Lexicon.default()
    more = plain.extend(phrase_cues=[PhraseCue("in the words of the")])
    for lex in (plain, more, plain, more):
        assert _classes_of(lex) is derived(lex, _make_classes)
    assert _classes_of(plain) != _classes_of(more)
