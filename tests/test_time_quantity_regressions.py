"""Regressions: each bug found while reading real news (PolNeAR dev) gets a test, on sentences
written for the test with the same construction."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.quantities import find_quantities
from factcheck.timeref import find_times


def quantities(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(q.text, q.low, q.high, q.unit) for q in find_quantities(text)]


def times(text: str, published: dt.datetime) -> list[tuple[str, str | None, bool]]:
    return [
        (t.text, t.start.isoformat() if t.start else None, t.main)
        for t in find_times(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two values in different units are no range
        (
            "The bank cut its forecast by 0.2 percentage points to 3.1 percent.",
            [
                ("0.2 percentage points", 0.2, 0.2, "percentage points"),
                ("3.1 percent", 3.1, 3.1, "%"),
            ],
        ),
        # a capitalised number word before a capitalised word is a name
        ("The blog Zero Hedge ran the story.", []),
        # ages in pairs
        ("The couple, 31 and 33 years old, left early.", []),
        ("Workers between the ages of 18 and 24 were polled.", []),
        # a decade with an apostrophe
        ("Prices soared in the 80’s and fell later.", []),
        # vague counts take no strict bounds ("handed over millions")
        (
            "The firm handed over millions of dollars.",
            [("millions of dollars", 2_000_000, 9_999_999, "USD")],
        ),
        # measures keep their number under "nearly"
        ("He paid no tax for nearly two decades.", [("nearly two decades", None, 2, None)]),
        # a tally is no range and no quantity
        ("The panel voted 7 to 2 against it.", []),
        # "-plus" is a bound, not a noun
        ("He has run the firm for 15-plus years.", [("15-plus years", 15, None, None)]),
        # numbers in a name
        ("Many Fortune 500 companies paid less.", []),
        ("Staff read tweet 778257943577919488 aloud.", []),
        # a percentage counts only with "of"
        ("It was the 1 percent excuse again.", [("1 percent", 1, 1, "%")]),
        # an age before a dash
        ("The victim, Jones, 52 — a teacher — died.", []),
        # "and a half"
        ("He served seven and a half years.", [("seven and a half years", 7.5, 7.5, None)]),
        # "one" in a hyphenated adjective
        ("It was a one-sided contest.", []),
        # a height in feet and inches
        ("The forward is 6'8\" tall.", []),
        # a number before a singular noun names a kind of thing
        ("A 911 operator took the call.", []),
        ("The 747 jet landed safely.", []),
        # a number before a verb stands alone
        ("Of the 40, 12 said yes.", [("40", 40, 40, None), ("12", 12, 12, None)]),
        # a capitalised number word before a capitalised singular word is a name, anywhere
        ("Three Mile Island was shut.", []),
        ("Two Suspects Held After Raid", [("Two Suspects", 2, 2, None)]),
    ],
)
def test_quantity_regressions(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert quantities(text) == expected


SEP = dt.datetime(2016, 9, 12)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in Sept. 11 ..." is the date, not the month
        ("Posts about the Sept. 11 victims spread.", [("Sept. 11", "2016-09-11", False)]),
        # an infinitive after the phrase is a purpose, not the future
        (
            "She left the stage on Sunday in order to rest.",
            [("on Sunday", "2016-09-11", True)],
        ),
        # a season with no tense marker is the current one
        ("This spring, the firm tried to buy the mine.", [("This spring", "2016-03-01", True)]),
        # "since" looks back
        ("Prices have doubled since January 1st.", [("since January 1st", "2016-01-01", True)]),
        # "were to win" looks forward
        (
            "If she were to win in November, taxes would rise.",
            [("in November", "2016-11-01", True)],
        ),
        # a passive says nothing of the tense; "should" looks forward
        (
            "The program should be allowed to expire on September 30th.",
            [("on September 30th", "2016-09-30", True)],
        ),
        # names
        ("USA TODAY counted the votes.", []),
        # a possessive after a day part modifies a noun
        ("Tickets for Monday night's game sold out.", [("Monday night", "2016-09-12", False)]),
        # a possessive before a year modifies a noun; a bare year before a noun too
        ("Trump's 1995 return showed a loss.", [("1995", "1995-01-01", False)]),
        ("Emissions fell below 2005 levels.", [("2005", "2005-01-01", False)]),
        # a clause that looks back makes "within days" no deadline
        ("He was back at work within days.", [("within days", None, False)]),
        # a phrase that fails to count ("the day", "last year" before "after") hides no other
        ("They met the day after the vote.", [("the day after", None, False)]),
        ("He was fined last year after the crash.", [("last year", "2015-01-01", True)]),
        # a number word with a hyphen starts a phrase
        (
            "Seventy-four years ago, the war ended.",
            [("Seventy-four years ago", "1942-01-01", True)],
        ),
    ],
)
def test_time_regressions(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    assert times(text, SEP) == expected


def test_a_number_inside_a_time_phrase_is_no_quantity() -> None:
    doc = factcheck.analyze("The ceasefire began two days ago.", published=SEP)
    (st,) = doc.statements
    assert st.quantities == ()
    assert [t.text for t in st.times] == ["two days ago"]


def test_the_month_before_a_day_number_is_a_date() -> None:
    assert times("It happened in Sept. and Oct.", SEP)[0][:2] == ("in Sept.", "2016-09-01")


def test_a_long_number_in_words_is_read_whole() -> None:
    """The reader once stopped 100 characters after the first word."""
    words = (
        "six hundred eighty-five million five hundred seventy-three thousand eight hundred "
        "ninety-seven"
    )
    (q,) = find_quantities(f"Officials said {words} people were there.")
    assert (q.low, q.about) == (685_573_897, "people")


def test_a_zone_name_dateutil_does_not_know_raises_no_warning() -> None:
    # a robustness run showed dateutil's UnknownTimezoneWarning leaking out of parse_dateline
    import warnings

    from factcheck.timeref import parse_dateline

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        when = parse_dateline("9 November 2017 15:25 UK/")
        quoted = parse_dateline('Thursday 9 November 2017 15:25 "UK"')
    assert when is not None and when.utcoffset() is not None
    assert quoted is not None and quoted.utcoffset() is not None
