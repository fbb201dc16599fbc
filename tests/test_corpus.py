"""Corpora: streaming in input order, a process pool in bounded chunks, nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcheck
from factcheck.corpus import (
    IN_FLIGHT_PER_JOB,
    Done,
    Failed,
    SpansLine,
    Tally,
    WorkersFailed,
    analyze_corpus,
    as_records,
    default_jobs,
    group_conflicts,
    map_records,
    read_corpus,
    spans_corpus,
)
from factcheck.inputs import BadRecord, Record
from factcheck.spans import spans_of

from .conftest import ROOT, SEED

TEXTS = [
    f"Officials in district {k} said {k} people had been detained. "
    f'"We will not stop," the mayor said. Police believed the roads were closed.'
    for k in range(40)
]


def records(n: int) -> list[Record]:
    return [Record(f"r:{k}", TEXTS[k % len(TEXTS)], id=f"r{k}", raw_id=k) for k in range(n)]


# work functions for worker processes: module-level, so they can be sent there


def length(record: Record) -> int:
    if "boom" in record.text:
        raise RuntimeError("boom")
    return len(record.text)


def crash(record: Record) -> int:
    if "crash" in record.text:
        os._exit(3)  # the worker process dies, as if the engine had crashed the interpreter
    return len(record.text)


def always_crash(record: Record) -> int:
    os._exit(3)


# -- in order, nothing lost ---------------------------------------------------------------------


def test_default_jobs_is_the_cores_we_may_use() -> None:
    assert 1 <= default_jobs() <= (os.cpu_count() or 1)


def test_analyze_corpus_in_process_equals_analyze(seed_text: str) -> None:
    outs = list(analyze_corpus([seed_text, "Police said two died."], jobs=1))
    assert [type(o) for o in outs] == [Done, Done]
    assert isinstance(outs[0], Done) and outs[0].value == factcheck.analyze(seed_text)
    assert outs[1].record.origin == "#2"  # type: ignore[union-attr]


def test_a_pool_keeps_input_order_and_equals_one_process() -> None:
    items = records(300)
    one = list(map_records(SpansLine(), items, jobs=1))
    two = list(map_records(SpansLine(), items, jobs=2, chunk_records=7))
    assert two == one
    assert [o.record.raw_id for o in two if isinstance(o, Done)] == list(range(300))
    assert all(isinstance(o, Done) for o in two)


def test_spans_corpus_equals_spans_of() -> None:
    outs = list(spans_corpus(records(20), jobs=2))
    assert [o.value for o in outs if isinstance(o, Done)] == [
        spans_of(r.text, id=r.raw_id) for r in records(20)
    ]


def test_bad_records_and_engine_failures_keep_their_place() -> None:
    items: list[Record | BadRecord | str] = [*records(50)]
    items[3] = BadRecord("in.jsonl:4", "not JSON")
    items[10] = Record("in.jsonl:11", "boom", id="b")
    items[45] = 17  # type: ignore[call-overload]  # not an article at all
    for jobs in (1, 2):
        outs = list(map_records(length, items, jobs=jobs, chunk_records=4))
        assert len(outs) == 50
        failed = {n: o for n, o in enumerate(outs) if isinstance(o, Failed)}
        assert sorted(failed) == [3, 10, 45]
        assert failed[3] == Failed("in.jsonl:4", "not JSON", "read")
        assert failed[10].origin == "in.jsonl:11" and failed[10].stage == "analyse"
        assert "could not be analysed (RuntimeError: boom)" in failed[10].message
        assert failed[45].origin == "#46" and "not an article: a int" in failed[45].message
        tally = Tally.of(outs)
        assert (tally.read, tally.written, tally.failed) == (50, 47, 3)


@pytest.mark.parametrize(("crashes", "chunk"), [((25,), 5), ((4, 30), 3)])
def test_a_record_that_kills_its_worker_is_the_only_one_lost(
    crashes: tuple[int, ...], chunk: int
) -> None:
    # regression: a record being run again alone used to share the pool with the other chunks
    # still out, so a killer among those brought it down and it was reported dead too
    items = records(40)
    for k in crashes:
        items[k] = Record(f"x:{k}", "crash", id="c")
    outs = list(map_records(crash, items, jobs=2, chunk_records=chunk))
    assert len(outs) == 40
    failed = [n for n, o in enumerate(outs) if isinstance(o, Failed)]
    assert failed == list(crashes)
    assert all("worker process analysing it died" in outs[k].message for k in crashes)  # type: ignore[union-attr]
    assert [o.value for o in outs if isinstance(o, Done)] == [
        len(r.text) for n, r in enumerate(items) if n not in crashes
    ]


def test_workers_that_always_die_stop_the_run_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("factcheck.corpus.MAX_DEATHS", 2)  # each death starts new workers
    with pytest.raises(WorkersFailed, match="--jobs 1"):
        list(map_records(always_crash, records(20), jobs=2, chunk_records=2))


def test_work_that_cannot_go_to_workers_is_named() -> None:
    with pytest.raises(TypeError, match="module-level function, or jobs=1"):
        list(map_records(lambda r: 1, records(20), jobs=2, chunk_records=2))
    # in one process it can be anything
    assert len(list(map_records(lambda r: 1, records(20), jobs=1))) == 20


@pytest.mark.parametrize("jobs", [0, -1, 1.5, True])
def test_jobs_must_be_a_positive_whole_number(jobs: object) -> None:
    with pytest.raises(ValueError, match="jobs must be"):
        map_records(length, records(2), jobs=jobs)  # type: ignore[arg-type]  # raised at once


def test_the_input_is_never_read_far_ahead() -> None:
    """Bounded memory: at most IN_FLIGHT_PER_JOB chunks per worker are out at a time."""
    read = 0

    def counted() -> Iterator[Record]:
        nonlocal read
        for r in records(2000):
            read += 1
            yield r

    chunk, jobs = 8, 2
    outs = map_records(length, counted(), jobs=jobs, chunk_records=chunk)
    for n, _ in enumerate(outs):
        # the oldest chunk comes back before the next is read
        assert read <= n + (IN_FLIGHT_PER_JOB * jobs + 1) * chunk
    assert read == 2000
    read = 0
    for n, _ in enumerate(map_records(length, counted(), jobs=1, chunk_records=chunk)):
        assert read <= n + 2 * chunk + 1


def test_chunks_are_cut_by_bytes_too() -> None:
    from factcheck.corpus import _chunks

    items = [Record(str(k), "x" * 100) for k in range(10)]
    sizes = [len(c) for c in _chunks(iter(items), 64, 250)]
    assert sizes == [2, 2, 2, 2, 2]
    big = [Record("big", "x" * 1000), *items[:2]]
    assert [len(c) for c in _chunks(iter(big), 64, 250)] == [1, 2]  # a long article goes alone


def test_as_records_names_plain_texts_by_position() -> None:
    recs = list(as_records(["a", Record("f.txt", "b"), "c"]))
    assert [r.origin for r in recs] == ["#1", "f.txt", "#3"]


def test_read_corpus_reads_like_the_command_line(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Police said two died."}) + "\n{bad\n", "utf-8")
    items = list(read_corpus([str(p), str(SEED)]))
    assert isinstance(items[0], Record) and items[0].id == "a"
    assert isinstance(items[1], BadRecord) and items[1].origin == f"{p}:2"
    assert isinstance(items[2], Record) and items[2].id == str(SEED)


def test_tally_adds_up() -> None:
    a = Tally(3, 2, 1, (Failed("x:1", "bad", "read"),))
    b = Tally(2, 2, 0)
    total = Tally.total([a, b])
    assert (total.read, total.written, total.failed) == (5, 4, 1)
    assert total.line() == "5 records read: 4 written, 1 failed"
    assert Tally(1, 1, 0).line() == "1 record read: 1 written, 0 failed"


def test_group_conflicts_groups_by_key_never_all_pairs() -> None:
    docs = [factcheck.analyze(t, id=f"d{k}") for k, t in enumerate(TEXTS[:6])]
    compared: list[int] = []

    def claims(doc: factcheck.Document) -> list[tuple[str, str]]:
        return [(a.cue.lemma, doc.id or "") for a in doc.attributions]

    def compare(key: str, group: list[str]) -> list[tuple[str, int]]:
        compared.append(len(group))
        return [(key, len(group))] if len(group) > 1 else []

    found = group_conflicts([*docs, Failed("x", "y")], claims, compare)
    by_key = Counter(key for doc in docs for key, _ in claims(doc))
    assert len(by_key) >= 2 and sum(by_key.values()) > len(by_key)
    assert sorted(found) == sorted((k, n) for k, n in by_key.items() if n > 1)
    assert len(compared) == len(by_key)  # once per key


# -- the command line ---------------------------------------------------------------------------


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def broken_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A JSON Lines corpus of 400 good records (several chunks) with broken lines among them:
    not JSON, no text, a bad date, bytes that do not decode, a blank line."""
    path = tmp_path_factory.mktemp("broken") / "news.jsonl"
    good: list[str] = []
    with open(path, "wb") as fh:
        for k in range(400):
            good.append(f"g{k}")
            fh.write(json.dumps({"id": f"g{k}", "text": TEXTS[k % 40]}).encode() + b"\n")
            if k % 50 == 7:
                fh.write(b'{"id": "cut", "text": "half a li\n')
            if k % 97 == 3:
                fh.write(json.dumps({"id": "notext"}).encode() + b"\n")
            if k == 200:
                fh.write(b'{"id": "latin", "text": "caf\xe9"}\n\n')
                fh.write(json.dumps({"id": "d", "text": "x", "date": "soon"}).encode() + b"\n")
    return path, good


@pytest.mark.parametrize("command", ["spans", "json"])
def test_a_corpus_with_broken_lines_loses_nothing(
    command: str, broken_corpus: tuple[Path, list[str]]
) -> None:
    path, good = broken_corpus
    r = cli(command, str(path), "--jobs", "2")
    assert r.returncode == 1, r.stderr
    ids = [str(json.loads(line)["id"]) for line in r.stdout.splitlines()]
    assert ids == good  # every good record, once, in input order
    reported = [line for line in r.stderr.splitlines() if line.startswith(f"{path}:")]
    bad = 8 + 5 + 2  # cut lines, records with no text, the undecodable line and the bad date
    assert len(reported) == bad
    assert r.stderr.splitlines()[-1].startswith(
        f"factcheck: {len(good) + bad} records read: {len(good)} written, {bad} failed "
        "(reported above); "
    )
    one = cli(command, str(path), "--jobs", "1")
    assert one.stdout == r.stdout
    assert one.stderr.splitlines()[:-1] == r.stderr.splitlines()[:-1]


def test_table_and_html_give_the_same_with_two_jobs(tmp_path: Path) -> None:
    p = tmp_path / "news.jsonl"
    p.write_text(
        "".join(json.dumps({"id": f"n{k}", "text": TEXTS[k % 40]}) + "\n" for k in range(150))
        + json.dumps({"id": "", "text": "Police said two died."})
        + "\n",
        encoding="utf-8",
    )
    tables = [cli("table", str(p), "-t", "all", "--jobs", j).stdout for j in ("1", "2")]
    assert tables[0] == tables[1] and "n149" in tables[0]
    for j in ("1", "2"):
        assert cli("html", str(p), "-o", str(tmp_path / f"pages{j}"), "--jobs", j).returncode == 0
    for page in sorted((tmp_path / "pages1").iterdir()):
        assert page.read_bytes() == (tmp_path / "pages2" / page.name).read_bytes(), page.name
    index = (tmp_path / "pages2" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr><td><a href=") == 151


def test_summary_option() -> None:
    r = cli("spans", str(SEED), "--summary", "--jobs", "1")
    assert r.returncode == 0
    assert r.stderr.startswith("factcheck: 1 record read: 1 written, 0 failed; ")
    assert len(r.stderr.splitlines()) == 1


def test_no_summary_still_reports_each_failure(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1, "text": "Police said two died."}\n{bad\n', encoding="utf-8")
    r = cli("spans", str(p), "--no-summary")
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        f"{p}:2: not JSON (Expecting property name enclosed in double quotes, column 2)"
    ]


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_bad_jobs_exit_2_with_one_line(value: str) -> None:
    r = cli("spans", str(SEED), "--jobs", value)
    assert r.returncode == 2 and r.stdout == ""
    assert "--jobs" in r.stderr and "not a number of processes" in r.stderr
    assert "Traceback" not in r.stderr


def test_stdin_streams_through_workers() -> None:
    lines = "".join(json.dumps({"id": k, "text": TEXTS[k % 40]}) + "\n" for k in range(200))
    r = cli("spans", "-", "--jobs", "2", stdin=lines)
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == list(range(200))


def test_factcheck_dask_imports_dask_only_when_used() -> None:
    """factcheck.dask shares its name with the dask package: importing it (or the command line)
    must neither need dask nor shadow it."""
    code = (
        "import sys, factcheck.cli, factcheck.dask as fd\n"
        "assert 'dask' not in sys.modules, 'dask imported too early'\n"
        "try:\n"
        "    import dask.bag\n"
        "except ImportError:\n"
        "    pass\n"
        "else:\n"
        "    assert dask.bag.__name__ == 'dask.bag' and fd.__name__ == 'factcheck.dask'\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
