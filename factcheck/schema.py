"""The JSON Schema of a serialised :class:`~factcheck.model.Document`, made from the model.

The schema shipped in the package (``factcheck/data/document.schema.json``, read with
:func:`factcheck.serialize.load_schema`) is the output of :func:`generate_schema`; a test keeps
them equal. After changing :mod:`factcheck.model`, write it again with::

    python -m factcheck.schema --write
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from . import model
from .model import Document, Span
from .serialize import SCHEMA_FILE, _hints

SCHEMA_ID = "urn:factcheck:schema:document:1"

_DATETIME = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"([+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?|Z)?$"
)
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

_FIELD_DOC = re.compile(r"^\s+(\w+)\s*[:=][^#]*#:\s*(.+?)\s*$")


def _comments(cls: type) -> dict[str, str]:
    """The ``#:`` comments of a class body, by attribute name."""
    try:
        lines = inspect.getsource(cls).splitlines()
    except (OSError, TypeError):  # pragma: no cover - source not shipped
        return {}
    return {m[1]: m[2] for line in lines if (m := _FIELD_DOC.match(line))}


def _doc(cls: type) -> str:
    first = (inspect.getdoc(cls) or "").split("\n\n")[0]
    return " ".join(first.replace("``", "").split())


def _unstructure_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def generate_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Document.to_dict()``, made from the model's types."""
    defs: dict[str, Any] = {}

    def ref(name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def of(tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [of(a) for a in typing.get_args(tp)]}
        if origin is tuple:
            args = typing.get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": of(args[0])}
            return {  # pragma: no cover - the model has only variadic tuples
                "type": "array",
                "prefixItems": [of(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if tp is type(None):
            return {"type": "null"}
        if tp is Span:
            defs.setdefault(
                "Span",
                {
                    "description": "A half-open range [start, end) of character offsets into "
                    "the document's text: text[start:end] is the words it stands for.",
                    "type": "array",
                    "prefixItems": [
                        {"type": "integer", "minimum": 0},
                        {"type": "integer", "minimum": 0},
                    ],
                    "minItems": 2,
                    "maxItems": 2,
                },
            )
            return ref("Span")
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            if tp.__name__ not in defs:
                notes = _comments(tp)
                values = "; ".join(
                    f"{m.value}: {notes[m.name]}" if m.name in notes else str(m.value) for m in tp
                )
                defs[tp.__name__] = {
                    "description": f"{_doc(tp)} {values}.",
                    "enum": [m.value for m in tp],
                }
            return ref(tp.__name__)
        if tp is dt.datetime:
            return {
                "type": "string",
                "pattern": _DATETIME,
                "description": "ISO 8601 date and time, with its UTC offset when known",
            }
        if tp is dt.date:
            return {"type": "string", "pattern": _DATE, "description": "ISO 8601 date"}
        if isinstance(tp, type) and attrs.has(tp):
            name = tp.__name__
            if name not in defs:
                defs[name] = {}  # placeholder against recursion
                hints = _hints(tp)
                notes = _comments(tp)
                props: dict[str, Any] = {}
                required: list[str] = []
                for f in attrs.fields(tp):
                    if not f.init:
                        continue  # pragma: no cover - every field of the model is set by init
                    prop = of(hints[f.name])
                    if f.name in notes:
                        prop = {**prop, "description": notes[f.name]}
                    if f.default is attrs.NOTHING:
                        required.append(f.name)
                    elif not isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
                        prop = {**prop, "default": _unstructure_default(f.default)}
                    props[f.name] = prop
                defs[name] = {
                    "description": _doc(tp),
                    "type": "object",
                    "properties": props,
                    "required": required,
                    "additionalProperties": False,
                }
            return ref(name)
        if tp is float:
            return {"type": "number"}
        if tp is int:
            return {"type": "integer"}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a model bug

    root = of(Document)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "factcheck Document",
        "description": (
            "An article read by factcheck: every statement with who says so, as written by "
            "Document.to_dict() / Document.to_json(). Every span is [start, end) character "
            "offsets into the top-level text."
        ),
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def schema_json() -> str:
    """The schema as the text of the shipped file."""
    return json.dumps(generate_schema(), indent=2, ensure_ascii=False) + "\n"


def _shipped_path() -> Path:
    return Path(model.__file__).resolve().parent / "data" / SCHEMA_FILE


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m factcheck.schema [--write | --check]``: print, write or check the schema."""
    ap = argparse.ArgumentParser(prog="python -m factcheck.schema", description=__doc__)
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="write the shipped schema file")
    group.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = ap.parse_args(argv)
    text = schema_json()
    path = _shipped_path()
    if args.write:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.name}", file=sys.stderr)
    elif args.check:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(
                f"{path.name} is out of date: python -m factcheck.schema --write", file=sys.stderr
            )
            return 1
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
