"""Documents to and from plain dicts and JSON, without loss.

The format (described by the JSON Schema shipped as ``factcheck/data/document.schema.json``,
see :func:`load_schema`):

- every attrs class of :mod:`factcheck.model` is an object with one key per field;
- a :class:`~factcheck.model.Span` is ``[start, end]``;
- an enum is its value (``"certain"``, ``"according_to"``);
- a datetime or date is ISO 8601 text (``"2017-11-09T15:25:00+00:00"``, ``"2017-11-09"``);
  a datetime keeps its UTC offset, not the name of its time zone (equality still holds);
- tuples are arrays.

``from_dict`` is the inverse of ``to_dict``: ``Document.from_dict(doc.to_dict()) == doc``. It
checks what it reads and raises :class:`SerializationError` naming the field
(``Document.statements[3].attributions[0].cue.span: ...``) on anything that does not describe a
document: a missing or unknown key, a value of the wrong type, an unknown enum value, a span
outside the text.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
import types
import typing
from collections.abc import Iterator
from importlib import resources
from typing import Any

import attrs

from . import model
from .model import Document, Span

SCHEMA_FILE = "document.schema.json"  #: the JSON Schema's file name in ``factcheck/data/``


class SerializationError(ValueError):
    """A dict or JSON text does not describe a factcheck object; the message names the field."""


# -- to plain data ------------------------------------------------------------------------------


def _unstructure(value: Any, where: str) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if attrs.has(type(value)):
        return {
            f.name: _unstructure(getattr(value, f.name), f"{where}.{f.name}")
            for f in attrs.fields(type(value))
        }
    if isinstance(value, tuple | list):
        return [_unstructure(v, f"{where}[{k}]") for k, v in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):
        raise SerializationError(f"{where}: {value!r} has no JSON form (only finite numbers)")
    return value


def to_dict(obj: Any) -> dict[str, Any]:
    """A plain, JSON-ready dict of any model object (a :class:`Document`, a ``Statement``, ...)."""
    if not attrs.has(type(obj)):
        raise TypeError(f"to_dict() takes a factcheck model object, got {type(obj).__name__}")
    out: dict[str, Any] = _unstructure(obj, type(obj).__name__)
    return out


# -- from plain data ----------------------------------------------------------------------------

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


def _kind(value: Any) -> str:
    """How a JSON value is called in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _structure(value: Any, tp: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None:
            if type(None) in args:
                return None
            raise SerializationError(f"{where}: null where a value is needed")
        inner = [a for a in args if a is not type(None)]
        first: SerializationError | None = None
        for a in inner:
            try:
                return _structure(value, a, where)
            except SerializationError as exc:
                first = first or exc
        assert first is not None
        raise first
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list | tuple):
            raise SerializationError(f"{where}: expected an array, got {_kind(value)}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_structure(v, args[0], f"{where}[{k}]") for k, v in enumerate(value))
        if len(value) != len(args):
            raise SerializationError(
                f"{where}: expected {len(args)} items, got {len(value)}"
            )  # pragma: no cover - the model has only variadic tuples
        return tuple(
            _structure(v, a, f"{where}[{k}]")
            for k, (v, a) in enumerate(zip(value, args, strict=True))
        )
    if tp is Span:
        if not (
            isinstance(value, list | tuple)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            raise SerializationError(
                f"{where}: a span is [start, end], two whole numbers; got {_short(value)}"
            )
        try:
            return Span(value[0], value[1])
        except ValueError as exc:
            raise SerializationError(f"{where}: {exc}") from None
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except (ValueError, TypeError):
            choices = ", ".join(repr(m.value) for m in tp)
            raise SerializationError(
                f"{where}: {_short(value)} is not a {tp.__name__} (one of {choices})"
            ) from None
    if tp is dt.datetime or tp is dt.date:
        name = "date-time" if tp is dt.datetime else "date"
        if not isinstance(value, str):
            raise SerializationError(f"{where}: expected an ISO 8601 {name}, got {_kind(value)}")
        try:
            return tp.fromisoformat(value)
        except ValueError:
            raise SerializationError(
                f"{where}: {_short(value)} is not an ISO 8601 {name}"
            ) from None
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            raise SerializationError(f"{where}: expected an object, got {_kind(value)}")
        hints = _hints(tp)
        fields = attrs.fields(tp)
        names = {f.name for f in fields if f.init}
        unknown = sorted(str(k) for k in value if k not in names)
        if unknown:
            raise SerializationError(
                f"{where}: unknown key{'s' if len(unknown) > 1 else ''} "
                f"{', '.join(map(repr, unknown))} (a {tp.__name__} has {', '.join(sorted(names))})"
            )
        kwargs = {}
        for f in fields:
            if not f.init:
                continue
            if f.name in value:
                kwargs[f.name] = _structure(value[f.name], hints[f.name], f"{where}.{f.name}")
            elif f.default is attrs.NOTHING:
                raise SerializationError(f"{where}: missing {f.name!r}")
        try:
            return tp(**kwargs)
        except (TypeError, ValueError) as exc:  # a validator of the model said no
            raise SerializationError(f"{where}: {exc}") from None
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SerializationError(f"{where}: expected a number, got {_kind(value)}")
        if not math.isfinite(value):
            raise SerializationError(f"{where}: expected a finite number, got {value!r}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SerializationError(f"{where}: expected a whole number, got {_short(value)}")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise SerializationError(f"{where}: expected a string, got {_kind(value)}")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise SerializationError(f"{where}: expected true or false, got {_short(value)}")
        return value
    raise TypeError(f"{where}: no rule to read a {tp!r}")  # pragma: no cover - a model bug


def from_dict(cls: type, data: Any) -> Any:
    """The model object of class ``cls`` that :func:`to_dict` turned into ``data``.

    For a :class:`Document`, also checks that every span lies inside its text.
    """
    obj = _structure(data, cls, cls.__name__)
    if isinstance(obj, Document):
        _check_spans(obj)
    return obj


def _spans(obj: Any, where: str) -> Iterator[tuple[str, Span]]:
    if isinstance(obj, Span):
        yield where, obj
    elif attrs.has(type(obj)):
        for f in attrs.fields(type(obj)):
            yield from _spans(getattr(obj, f.name), f"{where}.{f.name}")
    elif isinstance(obj, tuple):
        for k, v in enumerate(obj):
            yield from _spans(v, f"{where}[{k}]")


def _check_spans(doc: Document) -> None:
    n = len(doc.text)
    for where, sp in _spans(doc, "Document"):
        if sp.end > n:
            raise SerializationError(
                f"{where}: [{sp.start}, {sp.end}] lies outside the text ({n} characters)"
            )


def document_from_dict(data: Any) -> Document:
    """The :class:`Document` that ``data`` describes (see :func:`from_dict`)."""
    doc = from_dict(Document, data)
    assert isinstance(doc, Document)
    return doc


# -- JSON ---------------------------------------------------------------------------------------


_SURROGATE = re.compile("[\ud800-\udfff]")
_SPLIT_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")  # a high, then a low surrogate
_SPAN_LINES = re.compile(r"\[\n\s*(-?\d+),\n\s*(-?\d+)\n\s*\]")


def document_to_json(doc: Document, *, indent: int | None = 1) -> str:
    """The document as JSON text. Non-ASCII characters are written as they are, except lone
    surrogates (from text decoded with ``errors="surrogateescape"``), which UTF-8 cannot carry:
    they are written as ``\\udcxx`` escapes, so the text still round-trips."""
    text = json.dumps(to_dict(doc), ensure_ascii=False, indent=indent, allow_nan=False)
    if indent is not None:  # spans on one line: [start, end] (raw newlines are never in strings)
        text = _SPAN_LINES.sub(r"[\1, \2]", text)
    if _SURROGATE.search(text):  # only ever inside JSON strings
        pair = _SPLIT_PAIR.search(doc.text)
        if pair is not None:
            raise SerializationError(
                f"Document.text holds a surrogate pair as two code points at offset "
                f"{pair.start()}: JSON reads their escapes back as one character, so the "
                "offsets would not survive; decode the input with errors='surrogatepass' "
                "(or join the pair) before analysing it"
            )
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
    return text


def document_from_json(text: str | bytes) -> Document:
    """The document that JSON ``text`` describes; :class:`SerializationError` if it does not."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SerializationError(
            f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except UnicodeDecodeError as exc:
        raise SerializationError(f"not UTF-8 at byte {exc.start}") from None
    return document_from_dict(data)


# -- the schema ---------------------------------------------------------------------------------


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Document.to_dict`, as shipped in the package.

    Validate with any JSON Schema library, e.g. ``jsonschema.validate(data, load_schema())``.
    """
    text = resources.files("factcheck").joinpath("data", SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
