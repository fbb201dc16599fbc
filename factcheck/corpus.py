"""Corpora: many articles read lazily, analysed on every core, written in input order.

Everything here streams: records are read one at a time, handed to worker processes in chunks,
and their results come back in input order, so memory stays flat whatever the size of the input.
A record that cannot be read, or on which the engine fails, comes out as a :class:`Failed` in
its place; every other one as a :class:`Done`. Nothing is dropped silently::

    from factcheck.corpus import analyze_corpus, read_corpus

    for out in analyze_corpus(read_corpus(["news.jsonl", "articles/"]), jobs=4):
        if isinstance(out, Failed):
            print(out.origin, out.message)
        else:
            doc = out.value  # a Document, in input order

How the work is shared (:func:`map_records`): records are grouped into chunks (at most
``chunk_records`` records or ``chunk_bytes`` characters of text, whichever comes first); at most two
chunks per worker are in flight, and the next is read only when the oldest has come back, so
the input is never read far ahead. A corpus smaller than two chunks, or ``jobs=1``, is analysed
in this process: starting workers would take longer than the work. If a worker process dies
(the engine crashed the interpreter, or it was killed), the chunk is run again one record at a
time, each in a worker of its own, and only a record that kills its worker is reported as
failed.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._record import Frozen, setfield
from .inputs import BadRecord, Format, Record, plan, read
from .lexicon import Lexicon
from .pipeline import analyze
from .spans import spans_line, spans_of

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from .model import Document

# multiprocessing and concurrent.futures are imported by the pool, when there is one: one job
# ("factcheck spans --jobs 1", the library's analyze) starts without them

T = TypeVar("T")

CHUNK_RECORDS = 64
"""At most this many records go to a worker at a time."""
CHUNK_BYTES = 256 * 1024
"""At most this much text (in characters) goes to a worker at a time (about a quarter of a
second of work); a longer article goes alone."""
IN_FLIGHT_PER_JOB = 2
"""Chunks handed out per worker before the oldest must come back."""
MAX_DEATHS = 5
"""Records that may kill their worker in a row, with none analysed between, before giving up
(workers that cannot start at all kill every record)."""


class WorkersFailed(RuntimeError):
    """Worker processes die before analysing anything: the work cannot run in them."""


class Done(Frozen, Generic[T]):
    """A record and what the work made of it."""

    __slots__ = ("record", "value")
    record: Record
    value: T

    def __init__(self, record: Record, value: T) -> None:
        setfield(self, "record", record)
        setfield(self, "value", value)


class Failed(Frozen):
    """A record that could not be read (``stage == "read"``) or analysed (``"analyse"``)."""

    __slots__ = ("message", "origin", "size", "stage")
    origin: str  #: where it came from: "news.jsonl:12", "a/b.txt", "#3"
    message: str  #: what went wrong, for a person
    stage: Literal["read", "analyse"]
    size: int  #: bytes read for it

    def __init__(
        self,
        origin: str,
        message: str,
        stage: Literal["read", "analyse"] = "analyse",
        size: int = 0,
    ) -> None:
        setfield(self, "origin", origin)
        setfield(self, "message", message)
        setfield(self, "stage", stage)
        setfield(self, "size", size)


Outcome = Done[T] | Failed
"""What comes out for each record, in input order."""


def counts(read: int, written: int, failed: int) -> str:
    """``"3 records read: 2 written, 1 failed"``: read is always written + failed."""
    return (
        f"{read:,} {'record' if read == 1 else 'records'} read: {written:,} written, "
        f"{failed:,} failed"
    )


class Tally(Frozen):
    """What a run over a corpus read, wrote and failed on (``read == written + failed``), with
    every failure in input order."""

    __slots__ = ("failed", "failures", "read", "written")
    read: int
    written: int
    failed: int
    failures: tuple[Failed, ...]

    def __init__(
        self, read: int = 0, written: int = 0, failed: int = 0, failures: tuple[Failed, ...] = ()
    ) -> None:
        setfield(self, "read", read)
        setfield(self, "written", written)
        setfield(self, "failed", failed)
        setfield(self, "failures", failures)

    @classmethod
    def of(cls, outcomes: Iterable[Done[Any] | Failed]) -> Tally:
        """The tally of ``outcomes`` (consumed)."""
        read, failures = 0, []
        for out in outcomes:
            read += 1
            if isinstance(out, Failed):
                failures.append(out)
        return cls(read, read - len(failures), len(failures), tuple(failures))

    @classmethod
    def total(cls, tallies: Iterable[Tally]) -> Tally:
        """The tallies of several parts, added in order."""
        read = written = 0
        failures: list[Failed] = []
        for t in tallies:
            read += t.read
            written += t.written
            failures.extend(t.failures)
        return cls(read, written, len(failures), tuple(failures))

    def line(self) -> str:
        """``"1,000 records read: 998 written, 2 failed"``."""
        return counts(self.read, self.written, self.failed)


def default_jobs() -> int:
    """The cores this process may use: ``os.process_cpu_count()`` where Python has it (3.13),
    else the CPUs it is allowed to run on, else ``os.cpu_count()``; at least 1."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        n: int | None = count()
    elif hasattr(os, "sched_getaffinity"):
        n = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - not Linux
        n = os.cpu_count()
    return max(1, n or 1)


# -- reading ------------------------------------------------------------------------------------


def read_corpus(
    paths: Sequence[str],
    *,
    input_format: Format = "auto",
    encoding: str = "utf-8",
    errors: str = "strict",
) -> Iterator[Record | BadRecord]:
    """Every article of ``paths`` (text files, directories of ``*.txt``, JSON Lines files,
    ``-``), read lazily, in order, as the command line reads them. A path that does not exist
    raises :class:`factcheck.inputs.InputError` before anything is read."""
    return read(plan(paths, input_format), encoding=encoding, errors=errors)


def as_records(items: Iterable[Record | BadRecord | str]) -> Iterator[Record | BadRecord]:
    """``items`` as records: a plain ``str`` is an article with no id, named ``#n`` (from 1)
    in messages."""
    for n, item in enumerate(items, 1):
        if isinstance(item, Record | BadRecord):
            yield item
        elif isinstance(item, str):
            yield Record(f"#{n}", item, size=len(item.encode("utf-8", "surrogatepass")))
        else:
            yield BadRecord(
                f"#{n}", f"not an article: a {type(item).__name__}, not a str or a Record"
            )


# -- the work -----------------------------------------------------------------------------------


def analyze_record(record: Record, lexicon: Lexicon | None = None) -> Document:
    """``analyze`` of one record, with its id, publisher and publication time."""
    return analyze(
        record.text,
        id=record.id,
        publisher=record.publisher,
        published=record.published,
        lexicon=lexicon,
    )


class _AnalyseWork(Frozen):
    """What the works that analyse a record share: the lexicon they read with."""

    __slots__ = ("lexicon",)
    lexicon: Lexicon | None

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        setfield(self, "lexicon", lexicon)


class Analyse(_AnalyseWork):
    """The work of :func:`analyze_corpus`: a record to its :class:`~factcheck.model.Document`."""

    __slots__ = ()

    def __call__(self, record: Record) -> Document:
        return analyze_record(record, self.lexicon)


class JsonLine(_AnalyseWork):
    """The work of ``factcheck json``: a record to its document as one line of JSON."""

    __slots__ = ()

    def __call__(self, record: Record) -> str:
        return analyze_record(record, self.lexicon).to_json(indent=None)


class _SpansWork(Frozen):
    """What the works of ``factcheck spans`` share: whether nested attributions are written,
    and the lexicon."""

    __slots__ = ("lexicon", "nested")
    nested: bool
    lexicon: Lexicon | None

    def __init__(self, nested: bool = False, lexicon: Lexicon | None = None) -> None:
        setfield(self, "nested", nested)
        setfield(self, "lexicon", lexicon)

    def _spans(self, record: Record) -> dict[str, Any]:
        # the record's id as the input gave it (a number stays a number)
        return spans_of(record.text, id=record.raw_id, nested=self.nested, lexicon=self.lexicon)


class Spans(_SpansWork):
    """The work of ``factcheck spans``: a record to its spans record, with the record's id as
    the input gave it (a number stays a number)."""

    __slots__ = ()

    def __call__(self, record: Record) -> dict[str, Any]:
        return self._spans(record)


class SpansLine(_SpansWork):
    """The work of ``factcheck spans`` as text: one line of spans JSON Lines."""

    __slots__ = ()

    def __call__(self, record: Record) -> str:
        # (spans_line writes what json.dumps would of the record _spans makes, faster)
        return spans_line(record.text, id=record.raw_id, nested=self.nested, lexicon=self.lexicon)


def analyze_corpus(
    items: Iterable[Record | BadRecord | str],
    *,
    jobs: int | None = None,
    lexicon: Lexicon | None = None,
) -> Iterator[Done[Document] | Failed]:
    """Every article of ``items`` analysed, in input order, on ``jobs`` processes (default: all
    cores): a :class:`Done` with the :class:`~factcheck.model.Document`, or a :class:`Failed`."""
    return map_records(Analyse(lexicon), items, jobs=jobs)


def spans_corpus(
    items: Iterable[Record | BadRecord | str],
    *,
    jobs: int | None = None,
    nested: bool = False,
    lexicon: Lexicon | None = None,
) -> Iterator[Done[dict[str, Any]] | Failed]:
    """Every article's spans record (what ``factcheck spans`` writes), in input order."""
    return map_records(Spans(nested, lexicon), items, jobs=jobs)


K = TypeVar("K", bound=Hashable)
C = TypeVar("C")
X = TypeVar("X")


def group_conflicts(
    documents: Iterable[Document | Done[Document] | Failed],
    claims: Callable[[Document], Iterable[tuple[K, C]]],
    compare: Callable[[K, list[C]], Iterable[X]],
) -> list[X]:
    """Conflicts across documents, on one machine: every document's claims keyed
    (``claims(doc)`` yields ``(key, claim)`` pairs), grouped by key, and each group compared
    (``compare(key, claims)`` yields conflicts), so the work grows with the claims, not with
    their pairs. Failures among ``documents`` are left out. :func:`factcheck.dask.conflicts_bag`
    does the same across a cluster (with a shuffle); ``compare`` must not depend on the order of
    the claims in a group.
    :func:`factcheck.conflicts.keyed_claims` and :func:`factcheck.conflicts.conflicts_among`
    are factcheck's own ``claims`` and ``compare``."""
    from .model import Document

    groups: dict[K, list[C]] = {}
    for item in documents:
        if isinstance(item, Done):
            item = item.value
        if isinstance(item, Document):
            for key, claim in claims(item):
                groups.setdefault(key, []).append(claim)
    return [x for key, group in groups.items() for x in compare(key, group)]


# -- sharing the work ---------------------------------------------------------------------------


def _failure(exc: BaseException) -> str:
    return f"could not be analysed ({type(exc).__name__}: {exc}); please report it"


def _attempt(work: Callable[[Record], T], record: Record) -> tuple[bool, T | str]:
    try:
        return True, work(record)
    except Exception as exc:  # an engine bug must not lose the other records
        return False, _failure(exc)


def _outcomes(
    chunk: Sequence[Record | BadRecord], results: Iterator[tuple[bool, Any]]
) -> Iterator[Done[Any] | Failed]:
    """The chunk's records with the results of its good ones, in order."""
    for item in chunk:
        if isinstance(item, BadRecord):
            yield Failed(item.origin, item.message, "read", item.size)
            continue
        ok, value = next(results)
        yield Done(item, value) if ok else Failed(item.origin, value, "analyse", item.size)


def _chunks(
    items: Iterator[Record | BadRecord], max_records: int, max_bytes: int
) -> Iterator[list[Record | BadRecord]]:
    chunk: list[Record | BadRecord] = []
    size = 0
    for item in items:
        if isinstance(item, Record):
            length = len(item.text)
            if chunk and size + length > max_bytes:
                yield chunk
                chunk, size = [], 0
            size += length
        chunk.append(item)
        if len(chunk) >= max_records:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def map_records(
    work: Callable[[Record], T],
    items: Iterable[Record | BadRecord | str],
    *,
    jobs: int | None = None,
    chunk_records: int = CHUNK_RECORDS,
    chunk_bytes: int = CHUNK_BYTES,
) -> Iterator[Done[T] | Failed]:
    """``work`` done on every record of ``items``, in input order, on ``jobs`` processes
    (default: :func:`default_jobs`). An exception ``work`` raises on one record makes that
    record a :class:`Failed` (``stage="analyse"``); the others go on.

    With more than one job, ``work`` must be picklable (a module-level function, or an instance
    of a module-level class such as :class:`Analyse`): it is sent once to each worker.

    Raises :class:`ValueError` at once for a bad ``jobs``, ``chunk_records`` or
    ``chunk_bytes`` (text is measured in characters)."""
    jobs = default_jobs() if jobs is None else jobs
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"jobs must be a whole number of at least 1, got {jobs!r}")
    if chunk_records < 1 or chunk_bytes < 1:
        raise ValueError("chunk_records and chunk_bytes must be at least 1")
    return _map_records(work, items, jobs, chunk_records, chunk_bytes)


def _map_records(
    work: Callable[[Record], T],
    items: Iterable[Record | BadRecord | str],
    jobs: int,
    chunk_records: int,
    chunk_bytes: int,
) -> Iterator[Done[T] | Failed]:
    chunks = _chunks(as_records(items), chunk_records, chunk_bytes)
    head = [c for c in (next(chunks, None), next(chunks, None)) if c is not None]
    if jobs == 1 or len(head) < 2:
        for chunk in _chain(head, chunks):
            yield from _outcomes(chunk, (_attempt(work, r) for r in chunk if isinstance(r, Record)))
        return
    import pickle  # here: a run on one process starts without it

    try:
        pickle.dumps(work)
    except Exception as exc:
        raise TypeError(
            f"the work cannot be sent to worker processes ({type(exc).__name__}: {exc}): "
            "use a module-level function, or jobs=1"
        ) from None
    yield from _Pool(work, jobs).run(_chain(head, chunks))


def _chain(head: list[T], rest: Iterator[T]) -> Iterator[T]:
    yield from head
    yield from rest


# the work a worker process does, installed once when it starts
_work: Callable[[Record], Any] | None = None


def _start_worker(work: Callable[[Record], Any]) -> None:
    import signal

    global _work
    _work = work
    # Ctrl-C stops the command in the main process, which winds the workers down
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(records: list[Record]) -> list[tuple[bool, Any]]:
    assert _work is not None, "worker started without work"
    return [_attempt(_work, r) for r in records]


class _Pool:
    """Chunks to worker processes, at most ``IN_FLIGHT_PER_JOB * jobs`` at a time, their
    outcomes back in input order."""

    def __init__(self, work: Callable[[Record], Any], jobs: int) -> None:
        from concurrent.futures.process import BrokenProcessPool

        self.work = work
        self.jobs = jobs
        self.executor: ProcessPoolExecutor | None = None
        self.deaths = 0  # records that killed their worker in a row
        self.broken = BrokenProcessPool

    def start(self, workers: int) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            workers,
            # spawn: workers start clean (no inherited threads or locks), on every platform
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.work,),
        )

    def pool(self) -> ProcessPoolExecutor:
        if self.executor is None:
            self.executor = self.start(self.jobs)
        return self.executor

    def submit(self, chunk: list[Record | BadRecord]) -> Future[list[tuple[bool, Any]]]:
        records = [r for r in chunk if isinstance(r, Record)]
        try:
            return self.pool().submit(_run_chunk, records)
        except self.broken:
            self.restart()
            return self.pool().submit(_run_chunk, records)

    def restart(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def run(self, chunks: Iterator[list[Record | BadRecord]]) -> Iterator[Done[Any] | Failed]:
        pending: deque[tuple[list[Record | BadRecord], Future[list[tuple[bool, Any]]]]] = deque()
        try:
            for chunk in chunks:
                pending.append((chunk, self.submit(chunk)))
                while len(pending) >= IN_FLIGHT_PER_JOB * self.jobs:
                    yield from self.finish(pending)
            while pending:
                yield from self.finish(pending)
        finally:
            if self.executor is not None:
                self.executor.shutdown(wait=True, cancel_futures=True)

    def finish(
        self, pending: deque[tuple[list[Record | BadRecord], Future[list[tuple[bool, Any]]]]]
    ) -> Iterator[Done[Any] | Failed]:
        chunk, future = pending.popleft()
        try:
            results = future.result()
            self.deaths = 0
        except self.broken:
            # a worker died: every chunk still out with it went down too; hand those to a new
            # pool, and this one again a record at a time, to find the record that kills
            self.restart()
            for n, (other, fut) in enumerate(pending):
                if fut.done() and isinstance(fut.exception(), self.broken):
                    pending[n] = (other, self.submit(other))
            results = self.isolate([r for r in chunk if isinstance(r, Record)])
        except Exception:  # a result that could not be sent back: find which
            results = self.isolate([r for r in chunk if isinstance(r, Record)])
        yield from _outcomes(chunk, iter(results))

    def isolate(self, records: list[Record]) -> list[tuple[bool, Any]]:
        """The records of a chunk that failed as a whole, one at a time, in a worker of their
        own (so that no other chunk can bring it down with them): only a record that kills its
        worker (or whose result cannot come back) is lost."""
        out: list[tuple[bool, Any]] = []
        solo: ProcessPoolExecutor | None = None
        try:
            for record in records:
                if solo is None:
                    solo = self.start(1)
                try:
                    out.extend(solo.submit(_run_chunk, [record]).result())
                    self.deaths = 0
                except self.broken:
                    solo.shutdown(wait=True, cancel_futures=True)
                    solo = None
                    self.deaths += 1
                    if self.deaths >= MAX_DEATHS:
                        raise WorkersFailed(
                            f"worker processes died {self.deaths} times in a row without "
                            "analysing a record (is the work importable by a fresh Python? does "
                            "the machine have the memory?): run with one job (--jobs 1)"
                        ) from None
                    out.append(
                        (
                            False,
                            "could not be analysed: the worker process analysing it died; "
                            "please report it",
                        )
                    )
                except Exception as exc:
                    out.append((False, _failure(exc)))
        finally:
            if solo is not None:
                solo.shutdown(wait=True)
        return out
