"""Bad and unusual input: clear errors, nothing lost."""

from __future__ import annotations

import pytest

import factcheck


@pytest.mark.parametrize(("value", "name"), [(b"said", "bytes"), (None, "NoneType"), (3, "int")])
def test_non_str_raises_type_error_naming_the_type(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=name):
        factcheck.analyze(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text_gives_empty_document(text: str) -> None:
    doc = factcheck.analyze(text)
    assert doc.statements == ()
    assert doc.attributions == ()
    assert doc.text == text


def test_published_must_be_datetime() -> None:
    with pytest.raises(TypeError, match="datetime"):
        factcheck.analyze("x", published="2017-11-09")  # type: ignore[arg-type]


def test_unbalanced_quotes_do_not_break() -> None:
    doc = factcheck.analyze('He said "this never closes. She said it did.')
    for a in doc.attributions:
        for sp in a.spans:
            assert 0 <= sp.start <= sp.end <= len(doc.text)


def test_published_in_a_repeated_hour_round_trips() -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    when = dt.datetime(2021, 10, 31, 1, 30, fold=1, tzinfo=ZoneInfo("Europe/London"))
    doc = factcheck.analyze("The mayor said the road was closed.", published=when)
    assert doc.published is not None
    assert doc.published.utcoffset() == when.utcoffset()
    assert doc.published.timestamp() == when.timestamp()
    assert factcheck.Document.from_json(doc.to_json()) == doc
