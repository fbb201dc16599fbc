"""Linear time, checked by counting work, not by the clock.

Each test runs a stage on an input and on the same input four times as long, counting the
Python and built-in function calls made (``sys.setprofile``; generator steps count too), and
asks that four times the text cost at most 4.5 times the calls. Call counts are deterministic,
so the tests are not flaky on a loaded machine; benchmarks/adversarial.py measures the time.

Segmentation (text.py, segment.py) and the whole analysis are linear on every adversarial
input (the analysis at sizes past its bounded windows: a noun phrase, a content's look-ahead).

A regular expression's backtracking is one built-in call, invisible to the count: the regular
expressions of text.py are written to be linear (possessive quantifiers, no nested repeats),
and test_regular_expressions_finish_on_half_a_megabyte runs them on 500 000 characters of each
input built to make them backtrack, where quadratic behaviour would not finish.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import factcheck
from factcheck.lexicon import Lexicon
from factcheck.segment import segment
from factcheck.strategies import Generated, articles
from factcheck.text import quotations, tokenize

GROWTH = 4  # the long input is this many times the short one
SLACK = 4.5  # ... and may cost at most this many times the calls


def calls(fn: Callable[..., Any], *args: Any) -> int:
    """How many Python and built-in calls ``fn(*args)`` makes."""
    n = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    old = sys.getprofile()
    sys.setprofile(count)
    try:
        fn(*args)
    finally:
        sys.setprofile(old)
    return n


def growth(fn: Callable[[str], Any], build: Callable[[int], str], size: int) -> float:
    fn(build(size))  # warm up: caches and lexicons are built once
    return calls(fn, build(size * GROWTH)) / calls(fn, build(size))


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


_PROSE: list[str] = []


def _prose(n: int) -> str:
    if not _PROSE:

        @settings(
            max_examples=60,
            derandomize=True,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(articles(headline=False))
        def collect(g: Generated[factcheck.Document]) -> None:
            _PROSE.append(g.text.strip())

        collect()
    unit = "\n".join(_PROSE) + "\n"
    return (unit * (n // len(unit) + 1))[:n]


def _prose_line(n: int) -> str:
    return _prose(n).replace("\n", " ")


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "quotation marks": _repeat('"'),
    "curly quotes": _repeat("\u201c\u201d"),
    "said": _repeat("said "),
    "no whitespace": _repeat("a"),
    "according to": _repeat("according to "),
    "exclamation marks": _repeat("!"),
    "full stops": _repeat("."),
    "ellipses": _repeat("\u2026"),
    "apostrophes": _repeat("'"),
    "U.S.": _repeat("U.S. "),
    "U.S.U.S.": _repeat("U.S."),
    "Mr.": _repeat("Mr. "),
    "one-word paragraphs": _repeat("x\n"),
    "short sentences": _repeat("Yes. "),
    "nested quotes": lambda n: "\u201c\u2018" * (n // 4) + "x" + "\u2019\u201d" * (n // 4),
    "open quote per line": _repeat('"Rain fell on the port\n'),
    "straight quotes in words": _repeat('a"b '),
    "NYT quotes": _repeat("``a'' "),
    "prose": _prose,
    "prose on one line": _prose_line,
}
_LEX = Lexicon.default()


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_segmentation_is_linear(name: str) -> None:
    ratio = growth(lambda t: segment(t, _LEX), ADVERSARIAL[name], 5_000)
    assert ratio <= SLACK, f"segment() on {name}: {GROWTH}x the text, {ratio:.1f}x the calls"


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_tokens_and_quotations_are_linear(name: str) -> None:
    def read(t: str) -> None:
        tokenize(t)
        quotations(t, 0, len(t))

    ratio = growth(read, ADVERSARIAL[name], 5_000)
    assert ratio <= SLACK, f"tokenize/quotations on {name}: {ratio:.1f}x the calls"


# prose repeats a unit of some 60 generated articles: measure past a few units
_SIZES = {"prose": 4_000, "prose on one line": 4_000}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_analysis_is_linear(name: str) -> None:
    size = _SIZES.get(name, 2_000)
    ratio = growth(factcheck.analyze, ADVERSARIAL[name], size)
    assert ratio <= SLACK, f"analyze() on {name}: {GROWTH}x the text, {ratio:.1f}x the calls"


_REGEX_TRAPS = (
    "no whitespace",
    "exclamation marks",
    "full stops",
    "ellipses",
    "apostrophes",
    "U.S.U.S.",
    "quotation marks",
    "nested quotes",
    "straight quotes in words",
    "NYT quotes",
)


@pytest.mark.parametrize("name", _REGEX_TRAPS)
def test_regular_expressions_finish_on_half_a_megabyte(name: str) -> None:
    text = ADVERSARIAL[name](500_000)
    paras = segment(text, _LEX)
    assert sum(len(p.sentences) for p in paras) >= 1
    assert tokenize(text)
