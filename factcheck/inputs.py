"""Reading articles for the command line: text files, directories, JSON Lines, standard input.

:func:`plan` checks the paths named on the command line before anything is read (so a missing
file stops the command before any output); :func:`read` then yields the articles one at a time,
lazily, in order: a :class:`Record` for each article, a :class:`BadRecord` for each one that
cannot be read (a JSON Lines line that is not JSON or has no text, a file found in a directory
that does not decode). A file named on the command line that cannot be read raises
:class:`InputError` instead: the command cannot do what was asked.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from ._record import Frozen, setfield

if TYPE_CHECKING:
    import datetime as dt

# datetime is imported when a date is read: "factcheck spans" starts without it

Format = Literal["auto", "text", "jsonl"]
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"


class InputError(Exception):
    """The input cannot be read at all (a missing file, a file that does not decode)."""


class Input(Frozen):
    """One input to read: a text file, a JSON Lines file, or standard input (``path == "-"``)."""

    __slots__ = ("jsonl", "named", "path", "size")
    path: str
    jsonl: bool
    named: bool  #: named on the command line (not found inside a directory)
    size: int | None  #: bytes, when known

    def __init__(self, path: str, jsonl: bool, named: bool = True, size: int | None = None) -> None:
        setfield(self, "path", path)
        setfield(self, "jsonl", jsonl)
        setfield(self, "named", named)
        setfield(self, "size", size)

    @property
    def name(self) -> str:
        return "standard input" if self.path == STDIN else self.path


class Record(Frozen):
    """An article to analyse."""

    __slots__ = ("id", "origin", "published", "publisher", "raw_id", "size", "text")
    origin: str  #: where it came from, for messages: "news.jsonl:12", "a/b.txt"
    text: str
    id: str | None  #: the document's id
    raw_id: Any  #: the id as the JSON Lines record gave it (a number stays a number)
    publisher: str | None
    published: dt.datetime | None
    size: int  #: bytes read for it (for progress)

    def __init__(
        self,
        origin: str,
        text: str,
        id: str | None = None,
        raw_id: Any = None,
        publisher: str | None = None,
        published: dt.datetime | None = None,
        size: int = 0,
    ) -> None:
        setfield(self, "origin", origin)
        setfield(self, "text", text)
        setfield(self, "id", id)
        setfield(self, "raw_id", raw_id)
        setfield(self, "publisher", publisher)
        setfield(self, "published", published)
        setfield(self, "size", size)


class BadRecord(Frozen):
    """An article that could not be read; the others go on."""

    __slots__ = ("message", "origin", "size")
    origin: str
    message: str
    size: int

    def __init__(self, origin: str, message: str, size: int = 0) -> None:
        setfield(self, "origin", origin)
        setfield(self, "message", message)
        setfield(self, "size", size)


def plan(paths: Sequence[str], fmt: Format = "auto") -> list[Input]:
    """The inputs ``paths`` name, in order: a directory stands for every ``*.txt`` file under it
    (sorted). Raises :class:`InputError` for a path that does not exist, a directory with no
    ``.txt`` file, or standard input named twice."""
    out: list[Input] = []
    if sum(1 for p in paths if p == STDIN) > 1:
        raise InputError("standard input (-) can be read only once")
    for p in paths:
        if p == STDIN:
            out.append(Input(STDIN, jsonl=fmt == "jsonl"))
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                (q for q in path.rglob("*.txt") if q.is_file()), key=lambda q: q.as_posix()
            )
            if not found:
                raise InputError(f"{p}: no .txt files in this directory")
            out.extend(Input(str(q), jsonl=False, named=False, size=_size(q)) for q in found)
            continue
        if not path.exists():
            raise InputError(f"{p}: no such file")
        if not path.is_file():
            raise InputError(f"{p}: not a file")
        jsonl = fmt == "jsonl" or (fmt == "auto" and path.suffix.lower() in JSONL_SUFFIXES)
        out.append(Input(p, jsonl=jsonl, size=_size(path)))
    return out


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:  # pragma: no cover - raced away
        return None


def _open(src: Input) -> BinaryIO:
    if src.path == STDIN:
        return sys.stdin.buffer
    try:
        return open(src.path, "rb")  # closed by the caller
    except FileNotFoundError:
        raise InputError(f"{src.path}: no such file") from None
    except PermissionError:
        raise InputError(f"{src.path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{src.path}: {exc.strerror}") from None


def _decode_hint(encoding: str) -> str:
    return f"not valid {encoding}"


def read(
    sources: Sequence[Input],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    publisher: str | None = None,
    published: dt.datetime | None = None,
) -> Iterator[Record | BadRecord]:
    """Every article of ``sources``, in order, read lazily. ``publisher`` and ``published``
    apply to text files; JSON Lines records carry their own."""
    try:
        "".encode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    for src in sources:
        if src.jsonl:
            yield from _read_jsonl(src, encoding, errors)
        else:
            yield _read_text(src, encoding, errors, publisher, published)


def _read_text(
    src: Input,
    encoding: str,
    errors: str,
    publisher: str | None,
    published: dt.datetime | None,
) -> Record | BadRecord:
    fh = _open(src)
    try:
        data = fh.read()
    except OSError as exc:
        raise InputError(f"{src.name}: {exc.strerror or exc}") from None
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        message = (
            f"{_decode_hint(encoding)} at byte {exc.start} "
            "(use --encoding, or --errors replace to read it anyway)"
        )
        if src.named:
            raise InputError(f"{src.name}: {message}") from None
        return BadRecord(src.name, message, len(data))
    doc_id = None if src.path == STDIN else src.path
    return Record(
        src.name,
        text,
        id=doc_id,
        raw_id=doc_id,
        publisher=publisher,
        published=published,
        size=len(data),
    )


def _read_jsonl(src: Input, encoding: str, errors: str) -> Iterator[Record | BadRecord]:
    fh = _open(src)
    try:
        yield from read_jsonl_lines(fh, src.name, encoding=encoding, errors=errors)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def read_jsonl_lines(
    lines: Iterable[bytes], name: str, *, encoding: str = "utf-8", errors: str = "strict"
) -> Iterator[Record | BadRecord]:
    """The records of the JSON Lines file ``name`` whose lines (bytes, as a binary file
    yields them) are ``lines``: a :class:`Record` for each good one, a :class:`BadRecord` (with
    ``name:line``) for each bad one; blank lines are skipped."""
    offset = 0
    for n, raw in enumerate(lines, 1):
        where = f"{name}:{n}"
        start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        try:
            line = raw.decode(encoding, errors)
        except UnicodeDecodeError as exc:
            yield BadRecord(
                where,
                f"{_decode_hint(encoding)} at byte {start + exc.start} of the file "
                "(use --encoding, or --errors replace to read it anyway)",
                len(raw),
            )
            continue
        yield _record(where, n, line.rstrip("\r\n"), len(raw))


def _record(where: str, n: int, line: str, size: int) -> Record | BadRecord:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadRecord(where, f"not JSON ({exc.msg}, column {exc.colno})", size)
    if not isinstance(rec, dict):
        return BadRecord(where, 'not a JSON object like {"id": ..., "text": ...}', size)
    text = rec.get("text")
    if not isinstance(text, str):
        what = "no" if text is None else f"a {type(text).__name__} for the"
        return BadRecord(where, f'{what} "text" string in the record', size)
    raw_id = rec.get("id")
    if isinstance(raw_id, dict | list | bool):
        return BadRecord(where, '"id" must be a string or a number', size)
    publisher = rec.get("publisher")
    if publisher is not None and not isinstance(publisher, str):
        return BadRecord(where, '"publisher" must be a string', size)
    key = "published" if "published" in rec else "date"
    published = rec.get(key)
    when: dt.datetime | None = None
    if published is not None:
        when = parse_when(published)
        if when is None:
            return BadRecord(
                where, f'"{key}" must be an ISO 8601 date or date-time, got {published!r}', size
            )
    return Record(
        where,
        text,
        id=str(raw_id) if raw_id is not None else where,
        raw_id=raw_id if raw_id is not None else n,
        publisher=publisher,
        published=when,
        size=size,
    )


def parse_when(value: object) -> dt.datetime | None:
    """An ISO 8601 date ("2017-11-09", midnight) or date-time as a datetime; None if it is not."""
    if not isinstance(value, str):
        return None
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def total_size(sources: Sequence[Input]) -> int | None:
    """The bytes to read, when every size is known (not for standard input)."""
    sizes = [s.size for s in sources]
    if any(size is None for size in sizes):
        return None
    return sum(size for size in sizes if size is not None)


def safe_name(name: str) -> str:
    """A file name made from a document id: letters, digits, ``.-_`` only."""
    base = os.path.basename(name.rstrip("/\\")) or name
    if base.lower().endswith(".txt"):
        base = base[:-4]
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in base).strip("._")
    return cleaned[:100] or "article"
