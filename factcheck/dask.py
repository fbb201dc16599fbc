"""Corpora beyond one machine: factcheck on `Dask <https://www.dask.org>`_ bags.

Install with ``pip install 'factcheck[dask]'`` on the client and on every worker. The same work
as the command line, partition by partition, on whatever cluster a ``distributed.Client`` points
at (or Dask's local scheduler when none does)::

    from distributed import Client
    from factcheck import dask as fd

    client = Client("tcp://scheduler.example.org:8786")
    tally = fd.process_jsonl("s3://bucket/news/*.jsonl", "s3://bucket/spans/", output="spans")
    print(tally.line())  # 1,204,311 records read: 1,204,250 written, 61 failed

or step by step, to do more with the bag::

    records = fd.read_jsonl("news/*.jsonl")   # one partition per file
    outcomes = fd.analyze_bag(records)        # Done(record, Document) or Failed, in order
    tally = fd.write_jsonl(outcomes, "out/")  # out/part-00000.jsonl, ... one per partition

Concatenated in partition order, the files hold exactly what ``factcheck json`` or ``factcheck
spans`` writes for the same inputs locally, and the :class:`~factcheck.corpus.Tally` reports the
same failures with the same file and line.

Paths are `fsspec <https://filesystem-spec.readthedocs.io>`_ URLs: local paths (which every
worker must see, on a shared file system), ``s3://``, ``gcs://`` ... (with the fsspec package
for that store installed), with ``storage_options`` for credentials.

Memory: :func:`process_jsonl` streams each input file through its worker (flat memory whatever
the file's size). The step-by-step bags hold a whole partition at a time: keep files (and so
partitions) to tens of megabytes, e.g. ``split -l 20000 --additional-suffix=.jsonl big.jsonl``.

Conflicts across the corpus (:func:`conflicts_bag`) group claims by key with a shuffle, never
comparing all pairs, and find what :func:`factcheck.compare` finds on one machine.
"""

# This module is factcheck.dask; "import dask" inside it still means the dask package (imports
# are absolute), and dask is imported only inside the functions, so that importing factcheck
# never needs it.
from __future__ import annotations

import functools
import json
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from factcheck.corpus import (
    Analyse,
    Done,
    Failed,
    Spans,
    Tally,
    map_records,
)
from factcheck.inputs import BadRecord, Record, read_jsonl_lines
from factcheck.lexicon import Lexicon
from factcheck.model import Document

if TYPE_CHECKING:
    from dask.bag import Bag
    from fsspec.core import OpenFile

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
C = TypeVar("C")
X = TypeVar("X")

_MISSING = "factcheck.dask needs dask: pip install 'factcheck[dask]' (dask[bag] and distributed)"


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError:  # pragma: no cover - the extra is installed for the tests
        raise ImportError(_MISSING) from None
    return dask.bag


# -- reading ------------------------------------------------------------------------------------


def _files(
    urlpath: str | Sequence[str], storage_options: dict[str, Any] | None
) -> list[tuple[OpenFile, str]]:
    """The files ``urlpath`` names (a path, a glob, or a list), each with the name messages
    use: the path as given, or as the glob found it."""
    from fsspec.core import open_files

    files = open_files(urlpath, mode="rb", **(storage_options or {}))
    if not files:
        raise FileNotFoundError(f"{urlpath}: no such file")
    given = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    if len(given) == len(files) and not any(c in p for p in given for c in "*?["):
        names = given
        for f, name in zip(files, names, strict=True):  # named files: say now if one is missing
            if not f.fs.isfile(f.path):
                raise FileNotFoundError(f"{name}: no such file")
    else:
        names = [f.path if "file" in _protocols(f) else f.full_name for f in files]
    return list(zip(files, names, strict=True))


def _text_files(
    urlpath: str | Sequence[str], storage_options: dict[str, Any] | None
) -> list[tuple[OpenFile, str]]:
    """As :func:`_files`, but a directory stands for every ``*.txt`` under it, sorted, named
    as the command line names them (the directory as given, then the path under it)."""
    from fsspec.core import url_to_fs

    if not isinstance(urlpath, str) or any(c in urlpath for c in "*?["):
        return _files(urlpath, storage_options)
    fs, root = url_to_fs(urlpath, **(storage_options or {}))
    if not fs.isdir(root):
        return _files(urlpath, storage_options)
    root = root.rstrip("/")
    found = sorted(p for p in fs.glob(f"{root}/**/*.txt") if fs.isfile(p))
    if not found:
        raise FileNotFoundError(f"{urlpath}: no .txt files in this directory")
    given = urlpath.rstrip("/")
    names = [given + p[len(root) :] for p in found]
    return [(_open_file(fs, p), n) for p, n in zip(found, names, strict=True)]


def _open_file(fs: Any, path: str) -> OpenFile:
    from fsspec.core import OpenFile

    return OpenFile(fs, path, mode="rb")


def _protocols(f: OpenFile) -> tuple[str, ...]:
    proto = f.fs.protocol
    return (proto,) if isinstance(proto, str) else tuple(proto)


def _read_jsonl_files(
    files: Iterable[tuple[OpenFile, str]], encoding: str, errors: str
) -> Iterator[Record | BadRecord]:
    for f, name in files:
        with f as fh:
            yield from read_jsonl_lines(fh, name, encoding=encoding, errors=errors)


def _read_jsonl_partition(
    files: Iterable[tuple[OpenFile, str]], encoding: str, errors: str
) -> list[Record | BadRecord]:
    return list(_read_jsonl_files(files, encoding, errors))


def read_jsonl(
    urlpath: str | Sequence[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    storage_options: dict[str, Any] | None = None,
) -> Bag:
    """A bag of the records of JSON Lines files (a path, a glob or a list of them), one
    partition per file, read on the workers: a :class:`~factcheck.inputs.Record` for each good
    line, a :class:`~factcheck.inputs.BadRecord` (named ``file:line``) for each bad one, exactly
    as the command line reads them."""
    db = _bag_module()
    files = _files(urlpath, storage_options)
    return db.from_sequence(files, npartitions=len(files)).map_partitions(
        _read_jsonl_partition, encoding, errors
    )


def _read_text_partition(
    files: Iterable[tuple[OpenFile, str]], encoding: str, errors: str
) -> list[Record | BadRecord]:
    out: list[Record | BadRecord] = []
    for f, name in files:
        with f as fh:
            data = fh.read()
        try:
            text = data.decode(encoding, errors)
        except UnicodeDecodeError as exc:
            out.append(BadRecord(name, f"not valid {encoding} at byte {exc.start}", len(data)))
            continue
        out.append(Record(name, text, id=name, raw_id=name, size=len(data)))
    return out


def read_texts(
    urlpath: str | Sequence[str],
    *,
    files_per_partition: int = 100,
    encoding: str = "utf-8",
    errors: str = "strict",
    storage_options: dict[str, Any] | None = None,
) -> Bag:
    """A bag of text files (a directory: every ``*.txt`` under it, sorted, as the command line
    reads it; a glob such as ``"articles/**/*.txt"``; a file; or a list), one article each, its
    id its path; a file that does not decode is a ``BadRecord``."""
    db = _bag_module()
    files = _text_files(urlpath, storage_options)
    return db.from_sequence(files, partition_size=max(1, files_per_partition)).map_partitions(
        _read_text_partition, encoding, errors
    )


def from_texts(texts: Sequence[str], *, npartitions: int | None = None) -> Bag:
    """A bag of plain texts as records with no id, named ``#n`` (from 1) in messages, as
    :func:`factcheck.corpus.analyze_corpus` names them."""
    db = _bag_module()
    records = [
        Record(f"#{n}", t, size=len(t.encode("utf-8", "surrogatepass")))
        for n, t in enumerate(texts, 1)
    ]
    return db.from_sequence(records, npartitions=npartitions)


# -- the work -----------------------------------------------------------------------------------


def _map_partition(
    items: Iterable[Record | BadRecord | str], work: Callable[[Record], T]
) -> list[Done[T] | Failed]:
    return list(map_records(work, items, jobs=1))


def map_bag(bag: Bag, work: Callable[[Record], Any]) -> Bag:
    """``work`` on every record of ``bag`` (records, bad records, or plain texts), partition by
    partition: a bag of :class:`~factcheck.corpus.Done` and :class:`~factcheck.corpus.Failed`,
    in order. ``work`` must be picklable (see :func:`factcheck.corpus.map_records`)."""
    return bag.map_partitions(_map_partition, work)


def analyze_bag(bag: Bag, *, lexicon: Lexicon | None = None) -> Bag:
    """Every record of ``bag`` analysed: ``Done(record, Document)`` or ``Failed``."""
    return map_bag(bag, Analyse(lexicon))


def spans_bag(bag: Bag, *, nested: bool = False, lexicon: Lexicon | None = None) -> Bag:
    """Every record's spans record (what ``factcheck spans`` writes): ``Done(record, dict)``."""
    return map_bag(bag, Spans(nested, lexicon))


# -- writing ------------------------------------------------------------------------------------


def as_line(value: object) -> str:
    """One line of JSON Lines for a result: a Document as ``factcheck json`` writes it, a str
    as it is, anything else as JSON."""
    if isinstance(value, Document):
        return value.to_json(indent=None)
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _write(outcomes: Iterable[Done[Any] | Failed], fs: Any, path: str) -> Tally:
    read = written = 0
    failures: list[Failed] = []
    with fs.open(path, "wb") as fh:
        for out in outcomes:
            read += 1
            if isinstance(out, Failed):
                failures.append(out)
                continue
            fh.write((as_line(out.value) + "\n").encode("utf-8", "surrogatepass"))
            written += 1
    return Tally(read, written, len(failures), tuple(failures))


def _part(directory: str, n: int) -> str:
    return f"{directory.rstrip('/')}/part-{n:05d}.jsonl"


def _output_dir(directory: str, storage_options: dict[str, Any] | None) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(directory, **(storage_options or {}))
    fs.makedirs(path, exist_ok=True)
    return fs, path


def write_jsonl(
    outcomes: Bag, directory: str, *, storage_options: dict[str, Any] | None = None
) -> Tally:
    """Write the results of ``outcomes`` (a bag of ``Done`` and ``Failed``) as JSON Lines,
    ``part-00000.jsonl`` ... in ``directory``, one file per partition, and return what was read,
    written and failed (with every failure, in order). Runs the computation."""
    _bag_module()
    from dask.base import compute
    from dask.delayed import delayed

    fs, path = _output_dir(directory, storage_options)
    parts = outcomes.to_delayed()
    tasks = [delayed(_write)(p, fs, _part(path, n)) for n, p in enumerate(parts)]
    tallies: Sequence[Tally] = compute(*tasks)
    return Tally.total(tallies)


def _process(
    files: Sequence[tuple[OpenFile, str]],
    work: Callable[[Record], Any],
    fs: Any,
    path: str,
    encoding: str,
    errors: str,
) -> Tally:
    return _write(map_records(work, _read_jsonl_files(files, encoding, errors), jobs=1), fs, path)


def process_jsonl(
    urlpath: str | Sequence[str],
    directory: str,
    *,
    output: Literal["json", "spans"] = "json",
    nested: bool = False,
    lexicon: Lexicon | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    storage_options: dict[str, Any] | None = None,
) -> Tally:
    """Read JSON Lines files, analyse them and write ``part-NNNNN.jsonl`` in ``directory``,
    one task per input file, each streamed through its worker (flat memory): documents
    (``output="json"``, as ``factcheck json``) or spans (``"spans"``, as ``factcheck spans``).
    Returns what was read, written and failed."""
    _bag_module()
    from dask.base import compute
    from dask.delayed import delayed

    if output not in ("json", "spans"):
        raise ValueError(f"output must be 'json' or 'spans', not {output!r}")
    work: Callable[[Record], Any] = (
        Analyse(lexicon) if output == "json" else Spans(nested=nested, lexicon=lexicon)
    )
    files = _files(urlpath, storage_options)
    fs, path = _output_dir(directory, storage_options)
    tasks = [
        delayed(_process)([f], work, fs, _part(path, n), encoding, errors)
        for n, f in enumerate(files)
    ]
    tallies: Sequence[Tally] = compute(*tasks)
    return Tally.total(tallies)


# -- conflicts across the corpus ----------------------------------------------------------------


def _documents(items: Iterable[Any]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Done):
            item = item.value
        if isinstance(item, Document):
            yield item


def _keyed(
    items: Iterable[Any], claims: Callable[[Document], Iterable[tuple[K, C]]]
) -> list[tuple[K, C]]:
    return [kc for doc in _documents(items) for kc in claims(doc)]


def _key(pair: tuple[K, C]) -> K:
    return pair[0]


def _compare_group(
    group: tuple[K, list[tuple[K, C]]], compare: Callable[[K, list[C]], Iterable[X]]
) -> list[X]:
    key, pairs = group
    return list(compare(key, [c for _, c in pairs]))


def conflicts_bag(
    documents: Bag,
    *,
    claims: Callable[[Document], Iterable[tuple[K, C]]] | None = None,
    compare: Callable[[K, list[C]], Iterable[X]] | None = None,
    tolerance: float | None = None,
    npartitions: int | None = None,
) -> Bag:
    """Conflicts across a corpus: every document's claims keyed (``claims(doc)`` yields
    ``(key, claim)`` pairs), grouped by key with a shuffle (never all pairs), and each group
    compared (``compare(key, claims)`` yields conflicts). ``documents`` may hold ``Document``
    objects or the outcomes of :func:`analyze_bag` (failures are left out). The order of the
    conflicts is not defined.

    By default the claims are :func:`factcheck.conflicts.keyed_claims` and the comparison
    :func:`factcheck.conflicts.conflicts_among` (with ``tolerance``): the conflicts are those of
    :func:`factcheck.compare` on the same documents, in no defined order."""
    from factcheck.conflicts import conflicts_among, keyed_claims
    from factcheck.model import DEFAULT_TOLERANCE

    if claims is None:
        claims = keyed_claims  # type: ignore[assignment]
    if compare is None:
        compare = functools.partial(  # type: ignore[assignment]
            conflicts_among, tolerance=DEFAULT_TOLERANCE if tolerance is None else tolerance
        )
    elif tolerance is not None:
        raise TypeError("conflicts_bag(): tolerance= is for the default compare; not with compare=")
    keyed = documents.map_partitions(_keyed, claims)
    groups = keyed.groupby(_key, shuffle="tasks", npartitions=npartitions)
    return groups.map(_compare_group, compare).flatten()
