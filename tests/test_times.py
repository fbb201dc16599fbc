"""Time phrases resolved against a publication date, on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck import TimeKind
from factcheck.timeref import find_times

# published Thursday 9 November 2017, 15:25 UK time (the seed's dateline)
PUB = dt.datetime(2017, 11, 9, 15, 25, tzinfo=dt.UTC)

# (sentence, phrase, start, end, kind); start and end None: kept, but not resolved
TCASES = [
    ("The minister resigned today.", "today", "2017-11-09", "2017-11-09", "event"),
    ("The minister resigned yesterday.", "yesterday", "2017-11-08", "2017-11-08", "event"),
    ("Talks will resume tomorrow.", "tomorrow", "2017-11-10", "2017-11-10", "event"),
    ("Protesters gathered again tonight.", "tonight", "2017-11-09", "2017-11-09", "event"),
    ("A bomb exploded last night.", "last night", "2017-11-08", "2017-11-08", "event"),
    ("He spoke to reporters this morning.", "this morning", "2017-11-09", "2017-11-09", "event"),
    ("The vote took place on Tuesday.", "on Tuesday", "2017-11-07", "2017-11-07", "event"),
    ("The vote took place on Thursday.", "on Thursday", "2017-11-09", "2017-11-09", "event"),
    ("The vote took place on Friday.", "on Friday", "2017-11-03", "2017-11-03", "event"),
    ("The leaders will meet on Friday.", "on Friday", "2017-11-10", "2017-11-10", "event"),
    (
        "On Thursday morning, the bank ordered banks to close.",
        "On Thursday morning",
        "2017-11-09",
        "2017-11-09",
        "event",
    ),
    (
        "Officials said Monday that the road was open.",
        "Monday",
        "2017-11-06",
        "2017-11-06",
        "event",
    ),
    (
        "The ministry said last Thursday that it agreed.",
        "last Thursday",
        "2017-11-02",
        "2017-11-02",
        "event",
    ),
    ("They will vote next Monday.", "next Monday", "2017-11-13", "2017-11-13", "event"),
    ("The court ruled this Tuesday.", "this Tuesday", "2017-11-07", "2017-11-07", "event"),
    (
        "The rebels attacked on Sunday night.",
        "on Sunday night",
        "2017-11-05",
        "2017-11-05",
        "event",
    ),
    (
        "The rebels attacked the day before yesterday.",
        "the day before yesterday",
        "2017-11-07",
        "2017-11-07",
        "event",
    ),
    (
        "The president travels the day after tomorrow.",
        "the day after tomorrow",
        "2017-11-11",
        "2017-11-11",
        "event",
    ),
    ("Iraqi forces seized the town last week.", "last week", "2017-10-30", "2017-11-05", "event"),
    ("Sales rose this week.", "this week", "2017-11-06", "2017-11-12", "event"),
    ("The court will rule next week.", "next week", "2017-11-13", "2017-11-19", "event"),
    ("Prices rose last month.", "last month", "2017-10-01", "2017-10-31", "event"),
    ("Prices rose this month.", "this month", "2017-11-01", "2017-11-30", "event"),
    ("The plant opens next month.", "next month", "2017-12-01", "2017-12-31", "event"),
    ("The party won last year.", "last year", "2016-01-01", "2016-12-31", "event"),
    ("Growth slowed this year.", "this year", "2017-01-01", "2017-12-31", "event"),
    ("Elections are due next year.", "next year", "2018-01-01", "2018-12-31", "event"),
    ("Fighting broke out at the weekend.", "at the weekend", "2017-11-04", "2017-11-05", "event"),
    ("Crowds gathered over the weekend.", "over the weekend", "2017-11-04", "2017-11-05", "event"),
    ("Fans will gather this weekend.", "this weekend", "2017-11-11", "2017-11-12", "event"),
    ("Fans gathered last weekend.", "last weekend", "2017-11-04", "2017-11-05", "event"),
    ("The army took the city in October.", "in October", "2017-10-01", "2017-10-31", "event"),
    ("The station opened in December.", "in December", "2016-12-01", "2016-12-31", "event"),
    ("The station will open in December.", "in December", "2017-12-01", "2017-12-31", "event"),
    ("The army retook the town last October.", "last October", "2017-10-01", "2017-10-31", "event"),
    (
        "The law came into force on 7 November.",
        "on 7 November",
        "2017-11-07",
        "2017-11-07",
        "event",
    ),
    ("The law came into force on Nov. 7.", "on Nov. 7", "2017-11-07", "2017-11-07", "event"),
    ("The ceasefire began two days ago.", "two days ago", "2017-11-07", "2017-11-07", "event"),
    (
        "The ceasefire began three weeks ago.",
        "three weeks ago",
        "2017-10-16",
        "2017-10-22",
        "event",
    ),
    ("Fighting resumed a week ago.", "a week ago", "2017-10-30", "2017-11-05", "event"),
    ("The firm collapsed two months ago.", "two months ago", "2017-09-01", "2017-09-30", "event"),
    ("The dam burst five years ago.", "five years ago", "2012-01-01", "2012-12-31", "event"),
    (
        "Earlier this month, the rebels retreated.",
        "Earlier this month",
        "2017-11-01",
        "2017-11-08",
        "event",
    ),
    (
        "The ministry will decide later this month.",
        "later this month",
        "2017-11-09",
        "2017-11-30",
        "event",
    ),
    (
        "Earlier this year, the party split.",
        "Earlier this year",
        "2017-01-01",
        "2017-11-08",
        "event",
    ),
    ("The tanks arrived late last year.", "late last year", "2016-09-01", "2016-12-31", "event"),
    (
        "The talks collapsed in early October.",
        "in early October",
        "2017-10-01",
        "2017-10-10",
        "event",
    ),
    ("The talks collapsed in mid-October.", "in mid-October", "2017-10-11", "2017-10-20", "event"),
    (
        "The talks collapsed in late October.",
        "in late October",
        "2017-10-21",
        "2017-10-31",
        "event",
    ),
    ("The bridge reopened last summer.", "last summer", "2017-06-01", "2017-08-31", "event"),
    (
        "It has been the coldest spell since 2010.",
        "since 2010",
        "2010-01-01",
        "2017-11-09",
        "event",
    ),
    (
        "Rents have risen in the past three years.",
        "in the past three years",
        "2014-11-09",
        "2017-11-09",
        "event",
    ),
    (
        "Violence has surged over the past week.",
        "over the past week",
        "2017-11-02",
        "2017-11-09",
        "event",
    ),
    (
        "More arrests are expected in the next two weeks.",
        "in the next two weeks",
        "2017-11-09",
        "2017-11-23",
        "event",
    ),
    (
        "Banks must close their branches within a week.",
        "within a week",
        "2017-11-09",
        "2017-11-16",
        "deadline",
    ),
    (
        "Troops must leave within 48 hours.",
        "within 48 hours",
        "2017-11-09",
        "2017-11-11",
        "deadline",
    ),
    ("The plan must be ready by Friday.", "by Friday", "2017-11-09", "2017-11-10", "deadline"),
    ("Talks will continue until Sunday.", "until Sunday", "2017-11-09", "2017-11-12", "deadline"),
    (
        "The deal must be signed by the end of the year.",
        "by the end of the year",
        "2017-11-09",
        "2017-12-31",
        "deadline",
    ),
    ("The city must cut emissions by 2030.", "by 2030", "2017-11-09", "2030-12-31", "deadline"),
    ("The army withdrew hours after the attack.", "hours after", None, None, "anchored"),
    ("Two days later, the rebels retreated.", "Two days later", None, None, "anchored"),
    ("The next day, the talks collapsed.", "The next day", None, None, "anchored"),
    ("Unrest erupted in recent weeks.", "in recent weeks", None, None, "event"),
    ("The strike began a few days ago.", "a few days ago", None, None, "event"),
    ("Markets fell on Thursday's news.", "on Thursday", "2017-11-09", "2017-11-09", "event"),
]


def test_the_table_is_large_enough() -> None:
    assert len(TCASES) >= 60


def _day(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


@pytest.mark.parametrize(("sentence", "phrase", "start", "end", "kind"), TCASES)
def test_time_phrase(
    sentence: str, phrase: str, start: str | None, end: str | None, kind: str
) -> None:
    found = {t.text: t for t in find_times(sentence, published=PUB)}
    assert phrase in found, list(found)
    t = found[phrase]
    assert (t.start, t.end, t.kind) == (_day(start), _day(end), TimeKind(kind))
    assert sentence[t.span.start : t.span.end] == phrase
    if t.start is None:
        assert t.note  # a phrase it cannot resolve says why
    else:
        assert t.start <= t.end  # type: ignore[operator]


def test_without_a_publication_date_relative_phrases_say_why() -> None:
    (t,) = find_times("The vote took place on Tuesday.")
    assert t.text == "on Tuesday" and t.start is None
    assert t.note is not None and "publication" in t.note


def test_absolute_dates_need_no_publication_date() -> None:
    (t,) = find_times("The treaty was signed on 7 November 2016.")
    assert t.start == t.end == dt.date(2016, 11, 7)


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        ("Iraqi forces seized the town, the last in the region, last week.", "last week"),
        (
            "On Thursday morning, the bank ordered banks to close within a week.",
            "On Thursday morning",
        ),
        ("It fell after the fall of last week and in October.", None),
        ("The army said it kept fighting, hours after the group withdrew.", None),
        ("Markets fell on Thursday's news.", None),
        ("He arrived on Monday and left on Tuesday.", None),
        ("The ministry said on Friday that the dam burst on Monday.", "on Monday"),
        ("Prices rose in 2015.", "in 2015"),
        ("The 2016 election was close.", None),
    ],
)
def test_main_time(sentence: str, main: str | None) -> None:
    """The statement's own time: an event time of the main clause, not a deadline, not counted
    from another event, not a noun's modifier, not after "after"; one, or none."""
    doc = factcheck.analyze(sentence, published=PUB)
    (st,) = doc.statements
    assert (st.time.text if st.time is not None else None) == main
    assert sum(t.main for t in st.times) <= 1


def test_tense_looks_forward() -> None:
    (past,) = find_times("The leaders met on Friday.", published=PUB)
    (future,) = find_times("The leaders will meet on Friday.", published=PUB)
    assert past.start == dt.date(2017, 11, 3)
    assert future.start == dt.date(2017, 11, 10)


def test_bad_input_raises_clear_errors() -> None:
    with pytest.raises(TypeError, match="str"):
        find_times(b"yesterday")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="published"):
        find_times("yesterday", published="2017-11-09")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="bad range"):
        find_times("yesterday", 4, 1)
