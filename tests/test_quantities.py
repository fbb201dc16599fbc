"""The quantity reader on phrases written for the test: values, bounds, units, what is counted."""

from __future__ import annotations

import pytest

from factcheck import Relation
from factcheck.quantities import QuantityError, find_quantities, parse_number

# (sentence, phrase, low, high, approximate, unit, about)
CASES = [
    ("Police detained 27 suspects in the raid.", "27 suspects", 27, 27, False, None, "suspects"),
    (
        "The army sent 1,500 troops to the border.",
        "1,500 troops",
        1500,
        1500,
        False,
        None,
        "troops",
    ),
    (
        "The fund is worth 2.5 million euros now.",
        "2.5 million euros",
        2500000,
        2500000,
        False,
        "EUR",
        None,
    ),
    ("Twenty-seven people were hurt.", "Twenty-seven people", 27, 27, False, None, "people"),
    (
        "The agency hired a dozen inspectors.",
        "a dozen inspectors",
        12,
        12,
        False,
        None,
        "inspectors",
    ),
    (
        "Dozens of protesters gathered outside.",
        "Dozens of protesters",
        24,
        99,
        True,
        None,
        "protesters",
    ),
    (
        "Hundreds of families fled the town.",
        "Hundreds of families",
        200,
        999,
        True,
        None,
        "families",
    ),
    (
        "A few thousand fans waited at the gate.",
        "A few thousand fans",
        2000,
        5000,
        True,
        None,
        "fans",
    ),
    (
        "More than 100 suspected militants were held.",
        "More than 100 suspected militants",
        101,
        None,
        False,
        None,
        "suspected militants",
    ),
    ("Over 300 homes were destroyed.", "Over 300 homes", 301, None, False, None, "homes"),
    ("At least 12 civilians died.", "At least 12 civilians", 12, None, False, None, "civilians"),
    ("Fewer than 50 voters turned up.", "Fewer than 50 voters", None, 49, False, None, "voters"),
    (
        "The ferry carries up to 400 passengers.",
        "up to 400 passengers",
        None,
        400,
        False,
        None,
        "passengers",
    ),
    (
        "Nearly 3,000 workers lost their jobs.",
        "Nearly 3,000 workers",
        None,
        2999,
        True,
        None,
        "workers",
    ),
    ("Almost 40 schools closed.", "Almost 40 schools", None, 39, True, None, "schools"),
    ("About 1,500 officers took part.", "About 1,500 officers", 1500, 1500, True, None, "officers"),
    ("Around 200 delegates attended.", "Around 200 delegates", 200, 200, True, None, "delegates"),
    ("Some 40 villages were flooded.", "Some 40 villages", 40, 40, True, None, "villages"),
    (
        "Roughly 60 lawmakers signed the letter.",
        "Roughly 60 lawmakers",
        60,
        60,
        True,
        None,
        "lawmakers",
    ),
    (
        "An estimated 10,000 migrants crossed.",
        "An estimated 10,000 migrants",
        10000,
        10000,
        True,
        None,
        "migrants",
    ),
    (
        "There were between 2,500 and 3,500 fighters there.",
        "between 2,500 and 3,500 fighters",
        2500,
        3500,
        False,
        None,
        "fighters",
    ),
    ("The plant employs 200 to 300 people.", "200 to 300 people", 200, 300, False, None, "people"),
    ("Each bus holds 40-50 children.", "40-50 children", 40, 50, False, None, "children"),
    ("The tax is 24%.", "24%", 24, 24, False, "%", None),
    ("Only 24 percent of donors gave more.", "24 percent of donors", 24, 24, False, "%", "donors"),
    ("Unemployment fell to 4.9 per cent.", "4.9 per cent", 4.9, 4.9, False, "%", None),
    (
        "Her lead grew by 3 percentage points.",
        "3 percentage points",
        3,
        3,
        False,
        "percentage points",
        None,
    ),
    (
        "The bank paid $185 million in fines.",
        "$185 million",
        185000000,
        185000000,
        False,
        "USD",
        None,
    ),
    ("The club sold him for £30m last summer.", "£30m", 30000000, 30000000, False, "GBP", None),
    ("The EU pledged €5bn in aid.", "€5bn", 5000000000, 5000000000, False, "EUR", None),
    ("Tickets cost $1,500 each.", "$1,500", 1500, 1500, False, "USD", None),
    (
        "The deal is worth US$10 billion.",
        "US$10 billion",
        10000000000,
        10000000000,
        False,
        "USD",
        None,
    ),
    (
        "Salaries range between $30,000 and $60,000.",
        "between $30,000 and $60,000",
        30000,
        60000,
        False,
        "USD",
        None,
    ),
    (
        "The project costs $2 to $3 million.",
        "$2 to $3 million",
        2000000,
        3000000,
        False,
        "USD",
        None,
    ),
    ("Prices rose more than 5%.", "more than 5%", 5, None, False, "%", None),
    (
        "144 other suspects are wanted.",
        "144 other suspects",
        144,
        144,
        False,
        None,
        "other suspects",
    ),
    (
        "Police in Bursa are holding 27 suspects, including Syrians.",
        "27 suspects",
        27,
        27,
        False,
        None,
        "suspects",
    ),
    (
        "Tens of thousands of people marched.",
        "Tens of thousands of people",
        20000,
        99999,
        True,
        None,
        "people",
    ),
    (
        "Hundreds of thousands of refugees arrived.",
        "Hundreds of thousands of refugees",
        200000,
        999999,
        True,
        None,
        "refugees",
    ),
    ("Several hundred troops remain.", "Several hundred troops", 300, 900, True, None, "troops"),
    ("Two or three witnesses spoke.", "Two or three witnesses", 2, 3, True, None, "witnesses"),
    (
        "One in five Americans agree.",
        "One in five Americans",
        0.2,
        0.2,
        False,
        "ratio",
        "Americans",
    ),
    (
        "Eight out of 10 doctors approve.",
        "Eight out of 10 doctors",
        0.8,
        0.8,
        False,
        "ratio",
        "doctors",
    ),
    ("The ship is 215 feet long.", "215 feet", 215, 215, False, None, "feet"),
    (
        "They marched for seven and a half hours.",
        "seven and a half hours",
        7.5,
        7.5,
        False,
        None,
        "hours",
    ),
    ("They aired a 30-second ad.", "30-second", 30, 30, False, None, "second"),
    ("Millions of dollars were lost.", "Millions of dollars", 2000000, 9999999, True, "USD", None),
    (
        "The tower cost a billion dollars.",
        "a billion dollars",
        1000000000,
        1000000000,
        False,
        "USD",
        None,
    ),
    (
        "Households making $100,000 or more voted for her.",
        "$100,000 or more",
        100000,
        None,
        False,
        "USD",
        None,
    ),
    (
        "He has 5 million followers.",
        "5 million followers",
        5000000,
        5000000,
        False,
        None,
        "followers",
    ),
    (
        "Ninety-nine thousand nine hundred ballots were cast.",
        "Ninety-nine thousand nine hundred ballots",
        99900,
        99900,
        False,
        None,
        "ballots",
    ),
    (
        "Two hundred and fifty marchers arrived.",
        "Two hundred and fifty marchers",
        250,
        250,
        False,
        None,
        "marchers",
    ),
    (
        "The station hired 10 police officers.",
        "10 police officers",
        10,
        10,
        False,
        None,
        "police officers",
    ),
    (
        "More than 20 million Americans use it.",
        "More than 20 million Americans",
        20000001,
        None,
        False,
        None,
        "Americans",
    ),
    (
        "A record 65 million people are displaced.",
        "65 million people",
        65000000,
        65000000,
        False,
        None,
        "people",
    ),
    ("As many as 40 boats sank.", "As many as 40 boats", None, 40, False, None, "boats"),
    ("He paid no more than $200 in fees.", "no more than $200", None, 200, False, "USD", None),
    ("Just over 1,000 jobs were added.", "Just over 1,000 jobs", 1001, None, True, None, "jobs"),
    ("Inflation was below 2%.", "below 2%", None, 2, False, "%", None),
    ("Turnout reached 15-plus percent in the town.", "15-plus percent", 15, None, False, "%", None),
    ("A 10-point lead is rare.", "10-point", 10, 10, False, None, "point"),
    (
        "The rebels hold nearly two decades of archives.",
        "nearly two decades",
        None,
        2,
        True,
        None,
        "decades",
    ),
    (
        "Thousands of shootings were reported.",
        "Thousands of shootings",
        2000,
        9999,
        True,
        None,
        "shootings",
    ),
]

# sentences with no quantity at all: years, dates, times of day, ordinals, ages, names, codes
NOT_QUANTITIES = [
    "He was born in 1978 in Leeds.",
    "The vote is on Nov. 8 this year.",
    "They met on 9 November at the palace.",
    "The meeting starts at 3 p.m. sharp.",
    "It ended at 15:25 local time.",
    "He finished 3rd in the race.",
    "John Smith, 45, was arrested.",
    "A 14-year-old boy was hurt.",
    "The victim was 45 years old.",
    "Residents aged 65 and over can apply.",
    "The F-16 jets took off.",
    "They flew Route 66 to the coast.",
    "He is the No. 2 official in the party.",
    "Read page 5 of the report.",
    "The 9/11 attacks changed everything.",
    "One of the men escaped.",
    "No one was hurt.",
    "Two-thirds of voters approved.",
    "The two-party system is old.",
    "Voters backed the bill 52-48.",
    "The board split 4 to 1 in favor.",
    "The timestamp was 1474387200 exactly.",
    "It happened in the 1990s.",
    "The Fortune 500 companies paid less.",
    "It was a one-sided debate.",
    "People aged 55 to 65 may buy in.",
]


def test_the_table_is_large_enough() -> None:
    assert len(CASES) + len(NOT_QUANTITIES) >= 60


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high", "approximate", "unit", "about"), CASES
)
def test_quantity(
    sentence: str,
    phrase: str,
    low: float | None,
    high: float | None,
    approximate: bool,
    unit: str | None,
    about: str | None,
) -> None:
    found = {q.text: q for q in find_quantities(sentence)}
    assert phrase in found, list(found)
    q = found[phrase]
    assert (q.low, q.high, q.approximate, q.unit, q.about) == (low, high, approximate, unit, about)
    assert sentence[q.span.start : q.span.end] == phrase
    if q.about_span is not None:
        assert sentence[q.about_span.start : q.about_span.end] == q.about


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_a_quantity(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("About 1,500 officers took part.", Relation.EQ),
        ("More than 100 people left.", Relation.GT),
        ("At least 7 died.", Relation.GE),
        ("Fewer than 10 stayed.", Relation.LT),
        ("Nearly 40 were hurt.", Relation.LT),
        ("Up to 50 boats sank.", Relation.LE),
        ("Between 2 and 3 million voted.", Relation.RANGE),
        ("Dozens of people came.", Relation.RANGE),
    ],
)
def test_relation(sentence: str, relation: Relation) -> None:
    (q,) = find_quantities(sentence)
    assert q.relation is relation


def test_exclusive_bounds_of_measures_stay_as_written() -> None:
    (q,) = find_quantities("Support rose to more than 50% in May.")
    assert (q.low, q.high, q.relation) == (50, None, Relation.GT)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1,500", 1500),
        ("2.5 million", 2_500_000),
        ("twenty-seven", 27),
        ("a dozen", 12),
        ("two dozen", 24),
        ("one hundred and five", 105),
        ("one hundred and twenty-one", 121),  # regression: a hyphenated word after "and"
        ("a thousand", 1000),
        ("three hundred thousand", 300_000),
        ("1.2 billion", 1_200_000_000),
        ("seven and a half", 7.5),
    ],
)
def test_parse_number(phrase: str, value: float) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", ["", "twenty-seventy", "1,50", "dozens", "two three", "many"])
def test_parse_number_refuses_what_is_no_number(phrase: str) -> None:
    with pytest.raises(QuantityError, match="not a number"):
        parse_number(phrase)


def test_bad_input_raises_clear_errors() -> None:
    with pytest.raises(TypeError, match="str"):
        find_quantities(b"27 suspects")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="bad range"):
        find_quantities("27 suspects", 5, 2)
    with pytest.raises(TypeError, match="str"):
        parse_number(27)  # type: ignore[arg-type]
