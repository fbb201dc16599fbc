"""The finder's indexes of the lexicon: built for speed, they must select what a scan would."""

from __future__ import annotations

from factcheck.find import _phrases_after
from factcheck.lexicon import Lexicon, PhraseCue


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
