"""JSON without loss, clear errors on bad input, and the shipped JSON Schema."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.model import Document, Span
from factcheck.schema import generate_schema, schema_json
from factcheck.serialize import SerializationError, load_schema, to_dict

from .strategies_model import documents
from .test_properties import news_like

jsonschema = pytest.importorskip("jsonschema", reason="pip install '.[test]' for jsonschema")


_VALIDATOR: list[Any] = []


def schema_validator() -> Any:
    """One validator for the whole module (building one per example is slow)."""
    if not _VALIDATOR:
        schema = load_schema()
        jsonschema.Draft202012Validator.check_schema(schema)
        _VALIDATOR.append(jsonschema.Draft202012Validator(schema))
    return _VALIDATOR[0]


@pytest.fixture(scope="module")
def validator() -> Any:
    return schema_validator()


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return factcheck.analyze(seed_text, id="seed", publisher="Sky News")


def test_seed_round_trips_and_validates(seed_doc: Document, validator: Any) -> None:
    data = seed_doc.to_dict()
    assert Document.from_dict(data) == seed_doc
    assert Document.from_json(seed_doc.to_json()) == seed_doc
    assert Document.from_json(seed_doc.to_json(indent=None)) == seed_doc
    validator.validate(json.loads(seed_doc.to_json()))
    assert data["published"] == "2017-11-09T15:25:00+00:00"


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), news_like))
def test_200_analysed_texts_round_trip_and_validate(text: str) -> None:
    doc = factcheck.analyze(text)
    data = doc.to_dict()
    assert Document.from_dict(data) == doc
    text_json = doc.to_json()
    assert Document.from_json(text_json) == doc
    schema_validator().validate(json.loads(text_json))


@settings(max_examples=100, deadline=None)
@given(documents())
def test_any_document_round_trips_and_validates(doc: Document) -> None:
    """Every field of the model, times and quantities included, survives JSON."""
    assert Document.from_dict(doc.to_dict()) == doc
    text_json = doc.to_json()
    assert Document.from_json(text_json) == doc
    schema_validator().validate(json.loads(text_json))


def test_shipped_schema_is_up_to_date() -> None:
    assert load_schema() == generate_schema(), (
        "factcheck/data/document.schema.json is out of date: python -m factcheck.schema --write"
    )
    assert schema_json().endswith("\n")


def test_schema_describes_the_fields() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    source = schema["$defs"]["Source"]["properties"]
    assert "canonical name" in source["entity"]["description"]
    assert "fears" in schema["$defs"]["Certainty"]["description"]


def test_lone_surrogates_survive_json() -> None:
    """Text read with --errors surrogateescape keeps its bytes through JSON, as escapes."""
    doc = factcheck.analyze("Caf\udce9 owners said prices rose.")
    text = doc.to_json()
    text.encode("utf-8")  # writable as UTF-8
    assert "\\udce9" in text
    assert Document.from_json(text) == doc


def test_non_finite_number_is_refused_naming_the_field() -> None:
    q = factcheck.Quantity(Span(0, 1), "x", float("inf"), None)
    st_ = factcheck.Statement(0, Span(0, 1), "x", factcheck.Role.BODY, quantities=(q,))
    doc = Document("x", (st_,))
    with pytest.raises(SerializationError, match=r"statements\[0\]\.quantities\[0\]\.low"):
        doc.to_json()


def test_to_dict_refuses_non_model() -> None:
    with pytest.raises(TypeError, match="dict"):
        to_dict({"a": 1})


def _mutate(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    node = out
    for key in path[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return out


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("statements", 3, "span"), _DELETE, r"Document\.statements\[3\]: missing 'span'"),
        (("statements", 3, "role"), "lede", r"statements\[3\]\.role: 'lede' is not a Role"),
        (("statements", 3, "span"), [5, "x"], r"statements\[3\]\.span: a span is \[start, end\]"),
        (("statements", 3, "span"), [9, 5], r"statements\[3\]\.span: .*start <= end"),
        (("statements", 3, "span"), [1.0, 5], r"statements\[3\]\.span: a span is"),
        (("statements", 3, "span"), [0, 10**6], r"statements\[3\]\.span: .* outside the text"),
        (("statements", 3, "index"), True, r"statements\[3\]\.index: expected a whole number"),
        (("statements", 3, "extra"), 1, r"statements\[3\]: unknown key 'extra'"),
        (
            ("statements", 3, "attributions", 0, "cue", "certainty"),
            "sure",
            r"attributions\[0\]\.cue\.certainty: 'sure' is not a Certainty \(one of 'certain'",
        ),
        (
            ("statements", 3, "attributions", 0, "source"),
            7,
            r"attributions\[0\]\.source: expected an object",
        ),
        (("published",), "yesterday", r"Document\.published: 'yesterday' is not an ISO 8601"),
        (
            ("published",),
            2017,
            r"Document\.published: expected an ISO 8601 date-time, got a number",
        ),
        (
            ("text",),
            None,
            r"Document\.text: null where a value is needed|Document\.text: expected a string",
        ),
        (("statements",), {}, r"Document\.statements: expected an array, got an object"),
    ],
)
def test_bad_input_names_the_field(
    seed_doc: Document, path: tuple[Any, ...], value: Any, message: str
) -> None:
    bad = _mutate(seed_doc.to_dict(), path, value)
    with pytest.raises(SerializationError, match=message):
        Document.from_dict(bad)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "Document: expected an object, got an array"),
        ({}, "Document: missing 'text'"),
        ("x", "Document: expected an object, got a string"),
    ],
)
def test_bad_top_level(data: Any, message: str) -> None:
    with pytest.raises(SerializationError, match=message):
        Document.from_dict(data)


def test_bad_json_text() -> None:
    with pytest.raises(SerializationError, match=r"not JSON: .* line 1, column 2"):
        Document.from_json("{x")
    with pytest.raises(SerializationError, match="not UTF-8 at byte 0"):
        Document.from_json(b"\xff")


def test_schema_and_reader_agree_on_bad_input(seed_doc: Document, validator: Any) -> None:
    """What from_dict refuses for its shape, the schema refuses too."""
    data = seed_doc.to_dict()
    for path, value in [
        (("statements", 3, "extra"), 1),
        (("statements", 3, "role"), "lede"),
        (("statements", 3, "span"), [1, 2, 3]),
        (("statements", 3, "span"), [-1, 2]),
        (("published",), "yesterday"),
        (("statements", 3, "span"), _DELETE),
    ]:
        bad = _mutate(data, path, value)
        assert not validator.is_valid(bad), path
        with pytest.raises(SerializationError):
            Document.from_dict(bad)


def test_indented_json_writes_spans_on_one_line(seed_doc: Document) -> None:
    text = seed_doc.to_json(indent=2)
    assert '"span": [0, 66],' in text
    assert Document.from_json(text) == seed_doc
    tricky = factcheck.analyze('Officials said "[\n1,\n2\n]" was the code.')
    assert Document.from_json(tricky.to_json()) == tricky


def test_a_surrogate_pair_held_as_two_code_points_is_refused_by_json() -> None:
    """Found by the long Hypothesis run: JSON reads the escapes of a high and a low surrogate
    back as one character, so such a text cannot round-trip; writing it says so and where."""
    doc = factcheck.analyze("Police said \ud800\udfff it.")
    with pytest.raises(SerializationError, match="offset 12"):
        doc.to_json()
    assert factcheck.Document.from_dict(doc.to_dict()) == doc  # the dict form carries it
