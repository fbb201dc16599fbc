"""Documents to and from plain dicts and JSON, without loss.

Spans are ``[start, end]`` lists, enums their values, dates ISO 8601. ``from_dict`` is the inverse
of ``to_dict``: ``Document.from_dict(doc.to_dict()) == doc`` (see :func:`document_from_dict`).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from typing import Any

import attrs

from . import model
from .model import Document, Span


class SerializationError(ValueError):
    """A dict or JSON text does not describe a factcheck object."""


def _unstructure(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if attrs.has(type(value)):
        return {f.name: _unstructure(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple | list):
        return [_unstructure(v) for v in value]
    return value


def to_dict(obj: Any) -> dict[str, Any]:
    """A plain, JSON-ready dict of any model object."""
    out = _unstructure(obj)
    if not isinstance(out, dict):
        raise TypeError(f"to_dict() takes a factcheck model object, got {type(obj).__name__}")
    return out


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


def _structure(value: Any, tp: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None:
            if type(None) in args:
                return None
            raise SerializationError(f"{where}: null where a value is needed")
        inner = [a for a in args if a is not type(None)]
        last: Exception | None = None
        for a in inner:
            try:
                return _structure(value, a, where)
            except (SerializationError, TypeError, ValueError) as exc:
                last = exc
        raise SerializationError(f"{where}: {last}")
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list | tuple):
            raise SerializationError(f"{where}: expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_structure(v, args[0], f"{where}[{k}]") for k, v in enumerate(value))
        return tuple(
            _structure(v, a, f"{where}[{k}]")
            for k, (v, a) in enumerate(zip(value, args, strict=True))
        )
    if tp is Span:
        if not (isinstance(value, list | tuple) and len(value) == 2):
            raise SerializationError(f"{where}: a span is [start, end], got {value!r}")
        return Span(int(value[0]), int(value[1]))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise SerializationError(f"{where}: {value!r} is not a {tp.__name__}") from None
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            raise SerializationError(f"{where}: expected an object, got {type(value).__name__}")
        hints = _hints(tp)
        kwargs = {}
        for f in attrs.fields(tp):
            if not f.init:
                continue
            if f.name in value:
                kwargs[f.name] = _structure(value[f.name], hints[f.name], f"{where}.{f.name}")
            elif f.default is attrs.NOTHING:
                raise SerializationError(f"{where}: missing {f.name!r}")
        return tp(**kwargs)
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SerializationError(f"{where}: expected a number, got {value!r}")
        return value
    if tp in (int, str, bool):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise SerializationError(f"{where}: expected {tp.__name__}, got {value!r}")
        return value
    return value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """The model object of class ``cls`` that ``to_dict`` turned into ``data``."""
    return _structure(data, cls, cls.__name__)


def document_to_json(doc: Document, *, indent: int | None = 1) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def document_from_json(text: str) -> Document:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"not JSON: {exc}") from None
    doc = from_dict(Document, data)
    assert isinstance(doc, Document)
    return doc
