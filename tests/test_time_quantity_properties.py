"""Properties of the time and quantity readers that hold for any input."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.quantities import find_quantities, parse_number
from factcheck.timeref import find_times

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_1000(n: int, and_: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{_UNITS[hundreds]} hundred")
        if rest and and_:
            words.append("and")
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        words.append(_TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else ""))
    elif rest >= 10:
        words.append(_TEENS[rest - 10])
    elif rest or not hundreds:
        words.append(_UNITS[rest])
    return " ".join(words)


def in_words(n: int, *, and_: bool = False) -> str:
    """English words for 0 <= n < 10**9 ("one hundred and five thousand")."""
    parts = []
    for scale, name in ((1_000_000, "million"), (1_000, "thousand")):
        if n >= scale:
            parts.append(f"{_below_1000(n // scale, and_)} {name}")
            n %= scale
    if n or not parts:
        parts.append(_below_1000(n, and_))
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=999_999_999), st.booleans())
def test_digits_and_words_parse_to_the_same_value(n: int, and_: bool) -> None:
    assert parse_number(f"{n:,}") == parse_number(in_words(n, and_=and_)) == n


@given(st.integers(min_value=2, max_value=999_999_999))
def test_digits_and_words_count_the_same_in_a_sentence(n: int) -> None:
    values = []
    for written in (f"{n:,}", in_words(n)):
        (q,) = find_quantities(f"Officials said {written} people were there.")
        assert q.about == "people"
        values.append((q.low, q.high))
    assert values[0] == values[1] == (n, n)


_BOUNDS = [
    "",
    "more than ",
    "over ",
    "at least ",
    "fewer than ",
    "up to ",
    "nearly ",
    "almost ",
    "about ",
    "around ",
    "some ",
    "roughly ",
    "an estimated ",
    "no more than ",
    "just under ",
]
_NUMBER = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=999_999).map(in_words),
    st.sampled_from(["dozens", "hundreds", "thousands", "a dozen", "a few thousand", "millions"]),
    st.floats(min_value=0.1, max_value=999, allow_nan=False).map(lambda f: f"{f:.1f} million"),
)
_PHRASE = st.one_of(
    st.tuples(st.sampled_from(_BOUNDS), _NUMBER).map("".join),
    st.tuples(_NUMBER, _NUMBER).map(lambda p: f"between {p[0]} and {p[1]}"),
    st.tuples(_NUMBER, _NUMBER).map(lambda p: f"{p[0]} to {p[1]}"),
    st.tuples(_NUMBER, _NUMBER).map(lambda p: f"{p[0]}-{p[1]}"),
)
_TAIL = st.sampled_from(
    [" people", "%", " percent of voters", " dollars", "", " troops", " or more"]
)


@given(st.lists(st.tuples(_PHRASE, _TAIL).map("".join), min_size=1, max_size=4))
def test_every_range_has_low_at_most_high(phrases: list[str]) -> None:
    text = "Officials said " + ", and ".join(phrases) + " were counted."
    for q in find_quantities(text):
        assert q.low is None or q.high is None or q.low <= q.high, q
        assert q.low is not None or q.high is not None
        assert text[q.span.start : q.span.end] == q.text


_PAST_PHRASES = st.one_of(
    st.sampled_from(
        [
            "today",
            "yesterday",
            "last night",
            "this morning",
            "last week",
            "this week",
            "last month",
            "this month",
            "last year",
            "this year",
            "at the weekend",
            "over the weekend",
            "last weekend",
            "earlier this month",
            "earlier this year",
            "earlier this week",
            "late last year",
            "last summer",
            "last winter",
            "this summer",
            "this winter",
            "in the past two weeks",
            "over the past year",
            "since last year",
            "since January",
            "since Monday",
        ]
    ),
    st.sampled_from(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    ).flatmap(lambda d: st.sampled_from([f"on {d}", d, f"last {d}", f"on {d} morning"])),
    st.sampled_from(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    ).flatmap(
        lambda m: st.one_of(
            st.just(f"in {m}"),
            st.just(f"in early {m}"),
            st.just(f"last {m}"),
            st.integers(min_value=1, max_value=28).map(lambda d: f"on {m} {d}"),
            st.integers(min_value=1, max_value=28).map(lambda d: f"on {d} {m}"),
        )
    ),
    st.tuples(
        st.sampled_from(["two", "three", "a", "5", "ten"]),
        st.sampled_from(["days", "weeks", "months", "years", "hours"]),
    ).map(lambda p: f"{p[0]} {p[1][:-1] if p[0] == 'a' else p[1]} ago"),
)


@given(
    _PAST_PHRASES,
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 12, 31)),
)
def test_a_past_phrase_never_starts_after_publication(phrase: str, published: dt.datetime) -> None:
    text = f"The rebels withdrew {phrase}, officials said."
    found = find_times(text, published=published)
    assert found, phrase
    for t in found:
        if t.start is not None:
            assert t.start <= published.date(), (phrase, published, t)
            assert t.end is not None and t.start <= t.end


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    doc = factcheck.analyze(text, published=dt.datetime(2017, 11, 9))
    for stmt in doc.statements:
        for q in stmt.quantities:
            assert stmt.span.contains(q.span)
            assert q.low is None or q.high is None or q.low <= q.high
        for t in stmt.times:
            assert stmt.span.contains(t.span)
            assert t.start is None or (t.end is not None and t.start <= t.end)
        assert sum(t.main for t in stmt.times) <= 1
    assert factcheck.Document.from_json(doc.to_json()) == doc


def test_pathological_input_stays_linear() -> None:
    """Long runs that make a backtracking expression explode are read in time."""
    for text in (
        "1," * 20_000 + "x",
        "last " * 20_000,
        "twenty-" * 10_000 + "x",
        "Monday " * 10_000,
        "between 1 and " * 5_000,
        "A" * 50_000 + " - ",
    ):
        t = time.perf_counter()
        factcheck.analyze("Headline\n" + text, published=dt.datetime(2017, 11, 9))
        assert time.perf_counter() - t < 10, text[:20]
