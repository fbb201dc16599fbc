"""Datelines, publication time and absolute dates."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.timeref import find_times, inline_dateline, parse_dateline

# (dateline, the moment it names as ISO 8601, or None)
DATELINES = [
    ("Thursday 9 November 2017 15:25, UK", "2017-11-09T15:25:00+00:00"),
    ("Thursday 6 July 2017 15:25, UK", "2017-07-06T15:25:00+01:00"),
    ("Updated 3:45 PM ET, Thu November 9, 2017", "2017-11-09T15:45:00-05:00"),
    ("Updated 3:45 PM ET, Thu July 6, 2017", "2017-07-06T15:45:00-04:00"),
    ("November 9, 2017", "2017-11-09T00:00:00"),
    ("9 November 2017", "2017-11-09T00:00:00"),
    ("2017-11-09T15:25:00Z", "2017-11-09T15:25:00+00:00"),
    ("2017-11-09T15:25:00+01:00", "2017-11-09T15:25:00+01:00"),
    ("2017-11-09", "2017-11-09T00:00:00"),
    ("2017-11-09 15:25", "2017-11-09T15:25:00"),
    ("Thu 9 Nov 2017 10.30 GMT", "2017-11-09T10:30:00+00:00"),
    ("Posted 9 July 2017 10:30 BST", "2017-07-09T10:30:00+01:00"),
    ("Last updated: Nov 9, 2017 at 3:45 PM EST", "2017-11-09T15:45:00-05:00"),
    ("9 November 2017 15:25 UTC", "2017-11-09T15:25:00+00:00"),
    ("9 November 2017 15:25 UTC+3", "2017-11-09T15:25:00+03:00"),
    ("9 November 2017 15:25 GMT-5", "2017-11-09T15:25:00-05:00"),
    ("Nov. 9, 2017, 7:00 AM PT", "2017-11-09T07:00:00-08:00"),
    ("Friday 10 March 2017 09:00, Paris", "2017-03-10T09:00:00+01:00"),
    ("Monday 3 April 2017 09:00, Paris", "2017-04-03T09:00:00+02:00"),
    ("9 November 2017 18:00, Istanbul", "2017-11-09T18:00:00+03:00"),
    ("Tuesday 8 November 2016 11:00 CT", "2016-11-08T11:00:00-06:00"),
    ("8 November 2016 11:00 MT", "2016-11-08T11:00:00-07:00"),
    ("8 November 2016 11:00 Pacific", "2016-11-08T11:00:00-08:00"),
    ("8 November 2016 11:00 AEDT", "2016-11-08T11:00:00+11:00"),
    ("8 November 2016 11:00 JST", "2016-11-08T11:00:00+09:00"),
    ("8 November 2016 11:00 IST", "2016-11-08T11:00:00+05:30"),
    ("Published: 8 Nov 2016, 23:59, Moscow", "2016-11-08T23:59:00+03:00"),
    ("Sunday 26 March 2017 00:30, UK", "2017-03-26T00:30:00+00:00"),
    ("Sunday 26 March 2017 02:30, UK", "2017-03-26T02:30:00+01:00"),
    ("Nov 9", None),
    ("Thursday", None),
    ("Breaking news", None),
    ("2017", None),
    ("15:25 UK", None),
]

# a dateline that opens the body: (paragraph, the dateline's words, the moment or None)
INLINE = [
    (
        "ANKARA, Nov 9 (Reuters) - Turkish police detained 100 people.",
        "ANKARA, Nov 9 (Reuters) -",
        None,
    ),
    (
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party candidate Jill Stein was removed.",
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) —",
        None,
    ),
    ("WASHINGTON (AP) — The Latest on the race.", "WASHINGTON (AP) —", None),
    ("WASHINGTON ― Donald Trump spoke.", "WASHINGTON ―", None),
    ("NEWPORT NEWS, Va. - In a tradition he has kept, Scott spoke.", "NEWPORT NEWS, Va. -", None),
    (
        "LONDON, Nov 9, 2017 (Reuters) - Sterling rose.",
        "LONDON, Nov 9, 2017 (Reuters) -",
        "2017-11-09T00:00:00",
    ),
    ("WASHINGTON -- President Obama spoke.", "WASHINGTON --", None),
]

NOT_INLINE = [
    "ABSTRACT.",
    "The minister - who spoke on Thursday - agreed.",
    "I - for one - disagree.",
]

# absolute dates in running text: (sentence, phrase, start, end)
DATES = [
    (
        "The treaty was signed on November 7, 2016.",
        "on November 7, 2016",
        "2016-11-07",
        "2016-11-07",
    ),
    ("The treaty was signed on 7 November 2016.", "on 7 November 2016", "2016-11-07", "2016-11-07"),
    ("The treaty was signed Nov. 7, 2016.", "Nov. 7, 2016", "2016-11-07", "2016-11-07"),
    ("The treaty was signed on 2016-11-07.", "2016-11-07", "2016-11-07", "2016-11-07"),
    (
        "The treaty was signed on the 7th of November 2016.",
        "on the 7th of November 2016",
        "2016-11-07",
        "2016-11-07",
    ),
    ("The plant closed in October 2015.", "in October 2015", "2015-10-01", "2015-10-31"),
    ("The film was shot in 2015.", "in 2015", "2015-01-01", "2015-12-31"),
    ("In the 1990s, the town grew.", "In the 1990s", "1990-01-01", "1999-12-31"),
    ("It rained all through the summer of 2010.", "the summer of 2010", "2010-06-01", "2010-08-31"),
    ("Prices peaked in early 2008.", "in early 2008", "2008-01-01", "2008-04-30"),
    ("Prices peaked in late 2008.", "in late 2008", "2008-09-01", "2008-12-31"),
    (
        "The inquiry opened on Tuesday, Nov. 7, 2017.",
        "on Tuesday, Nov. 7, 2017",
        "2017-11-07",
        "2017-11-07",
    ),
    ("The bank failed in September 2008.", "in September 2008", "2008-09-01", "2008-09-30"),
    ("The wall fell on 9 November 1989.", "on 9 November 1989", "1989-11-09", "1989-11-09"),
    ("The union was founded in 1949.", "in 1949", "1949-01-01", "1949-12-31"),
    ("The law dates from February 29, 2016.", "February 29, 2016", "2016-02-29", "2016-02-29"),
    ("Sales grew in May 2017 and June 2017.", "in May 2017", "2017-05-01", "2017-05-31"),
    ("Sales grew in May 2017 and June 2017.", "June 2017", "2017-06-01", "2017-06-30"),
    ("The firm was sold on Jan. 3, 2001.", "on Jan. 3, 2001", "2001-01-03", "2001-01-03"),
    ("The firm was sold on Sept. 30, 2001.", "on Sept. 30, 2001", "2001-09-30", "2001-09-30"),
    ("He was elected in November 2008.", "in November 2008", "2008-11-01", "2008-11-30"),
    ("The rules changed in mid-2012.", "in mid-2012", "2012-05-01", "2012-08-31"),
    (
        "The strike started on December 1, 2016 and ended in 2017.",
        "on December 1, 2016",
        "2016-12-01",
        "2016-12-01",
    ),
    (
        "The strike started on December 1, 2016 and ended in 2017.",
        "in 2017",
        "2017-01-01",
        "2017-12-31",
    ),
]

NOT_DATES = [
    "You may go now.",
    "They will march on the capital.",
    "Sunday Times reporters asked.",
    "Fox News Sunday aired the interview.",
    "USA TODAY reported the figures.",
]


def test_the_table_is_large_enough() -> None:
    assert len(DATELINES) + len(INLINE) + len(NOT_INLINE) + len(DATES) + len(NOT_DATES) >= 60


@pytest.mark.parametrize(("line", "expected"), DATELINES)
def test_parse_dateline(line: str, expected: str | None) -> None:
    when = parse_dateline(line)
    if expected is None:
        assert when is None
        return
    assert when is not None
    want = dt.datetime.fromisoformat(expected)
    assert when == want  # the same moment
    assert when.utcoffset() == want.utcoffset()  # and the same offset (daylight saving)


@pytest.mark.parametrize(("paragraph", "words", "expected"), INLINE)
def test_inline_dateline(paragraph: str, words: str, expected: str | None) -> None:
    found = inline_dateline(paragraph, 0, len(paragraph))
    assert found is not None
    span, when = found
    assert span.of(paragraph) == words
    assert (when.isoformat() if when else None) == expected


@pytest.mark.parametrize("paragraph", NOT_INLINE)
def test_not_an_inline_dateline(paragraph: str) -> None:
    assert inline_dateline(paragraph, 0, len(paragraph)) is None


@pytest.mark.parametrize(("sentence", "phrase", "start", "end"), DATES)
def test_absolute_date(sentence: str, phrase: str, start: str, end: str) -> None:
    found = {t.text: t for t in find_times(sentence)}
    assert phrase in found, list(found)
    t = found[phrase]
    assert (t.start, t.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence: str) -> None:
    assert find_times(sentence, published=dt.datetime(2017, 11, 9)) == []


def test_an_impossible_date_is_no_date() -> None:
    assert [t.text for t in find_times("The vote fell on February 30, 2016.")] == ["2016"]


def test_inline_dateline_in_an_article() -> None:
    text = (
        "Police detain suspects\nANKARA, Nov 9 (Reuters) - Police detained 100 people on Thursday."
    )
    doc = factcheck.analyze(text)
    assert doc.dateline is not None and doc.dateline.of(text) == "ANKARA, Nov 9 (Reuters) -"
    assert doc.published is None  # "Nov 9" has no year: it is not guessed
    body = doc.statements[-1]
    assert [t.text for t in body.times] == ["on Thursday"]  # not "Nov 9" of the dateline
    assert body.times[0].start is None and body.times[0].note
    when = dt.datetime(2017, 11, 9, 12, 0, tzinfo=dt.UTC)
    body = factcheck.analyze(text, published=when).statements[-1]
    assert body.times[0].start == dt.date(2017, 11, 9)


def test_inline_dateline_with_a_year_gives_the_publication_date() -> None:
    text = "Sterling rises\nLONDON, Nov 9, 2017 (Reuters) - Sterling rose yesterday."
    doc = factcheck.analyze(text)
    assert doc.published == dt.datetime(2017, 11, 9)
    assert doc.statements[-1].times[0].start == dt.date(2017, 11, 8)


def test_explicit_published_wins_and_the_dateline_span_is_kept() -> None:
    text = "Headline\nThursday 9 November 2017 15:25, UK\nThe army left yesterday."
    when = dt.datetime(2017, 11, 20, 8, 0, tzinfo=dt.UTC)
    doc = factcheck.analyze(text, published=when)
    assert doc.published == when
    assert (
        doc.dateline is not None and doc.dateline.of(text) == "Thursday 9 November 2017 15:25, UK"
    )
    assert doc.statements[-1].times[0].start == dt.date(2017, 11, 19)


def test_parse_dateline_needs_str() -> None:
    with pytest.raises(TypeError, match="str"):
        parse_dateline(None)  # type: ignore[arg-type]
