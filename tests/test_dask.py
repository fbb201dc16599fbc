"""factcheck.dask on a LocalCluster of two worker processes: the same output as the command line."""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

if os.environ.get("FACTCHECK_DASK_TESTS") == "require":  # CI: fail, never skip
    import dask.bag  # noqa: F401
    import distributed
else:
    _why = "the Dask tests need the dask extra: pip install '.[dask]'"
    pytest.importorskip("dask.bag", reason=_why)
    distributed = pytest.importorskip("distributed", reason=_why)

import factcheck
from factcheck import dask as fd
from factcheck.cli import main
from factcheck.corpus import Done, Failed, analyze_corpus, group_conflicts

from .test_corpus import TEXTS


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """Two worker processes, one thread each, no dashboard: seconds to start."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=50,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Two JSON Lines files with broken lines among the good ones."""
    d = tmp_path_factory.mktemp("dask")
    paths = []
    for f in range(2):
        p = d / f"news-{f}.jsonl"
        with open(p, "wb") as fh:
            for k in range(30):
                fh.write(json.dumps({"id": f"{f}-{k}", "text": TEXTS[k]}).encode() + b"\n")
                if k == 4:
                    fh.write(b"{not json\n")
                if k == 9 and f == 1:
                    fh.write(b'{"id": "x", "text": "caf\xe9"}\n\n' + b'{"id": "no text"}\n')
            fh.write(json.dumps({"text": "Police said two died.", "date": "2020-01-02"}).encode())
        paths.append(str(p))
    return paths


def local(*args: str) -> tuple[str, list[str]]:
    """What the command line writes, and the failures it reports (origin: message)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        main([*args, "--jobs", "1", "--no-summary"])
    return out.getvalue(), err.getvalue().splitlines()


def parts(directory: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(directory.glob("part-*.jsonl")))


def reported(tally: factcheck.corpus.Tally) -> list[str]:
    return [f"{f.origin}: {f.message}" for f in tally.failures]


@pytest.mark.parametrize("output", ["spans", "json"])
def test_bag_path_writes_what_the_command_line_writes(
    output: str, client: object, files: list[str], tmp_path: Path
) -> None:
    records = fd.read_jsonl(files)
    assert records.npartitions == 2  # one partition a file
    bag = fd.spans_bag(records) if output == "spans" else fd.analyze_bag(records)
    tally = fd.write_jsonl(bag, str(tmp_path / "out"))
    want, failures = local(output, *files)
    assert parts(tmp_path / "out") == want
    assert reported(tally) == failures and len(failures) == 4
    assert (tally.read, tally.written, tally.failed) == (2 * 31 + 4, 2 * 31, 4)


def test_process_jsonl_streams_the_same(client: object, files: list[str], tmp_path: Path) -> None:
    tally = fd.process_jsonl(files, str(tmp_path / "out"), output="json")
    want, failures = local("json", *files)
    assert parts(tmp_path / "out") == want
    assert reported(tally) == failures
    with pytest.raises(ValueError, match="'json' or 'spans'"):
        fd.process_jsonl(files, str(tmp_path / "x"), output="html")  # type: ignore[arg-type]


def test_text_files_by_glob(client: object, tmp_path: Path) -> None:
    d = tmp_path / "articles"
    d.mkdir()
    for k in range(5):
        (d / f"a{k}.txt").write_text(TEXTS[k], encoding="utf-8")
    (d / "bad.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    tally = fd.write_jsonl(
        fd.analyze_bag(fd.read_texts(str(d / "*.txt"), files_per_partition=2)),
        str(tmp_path / "out"),
    )
    want, failures = local("json", str(d))
    assert parts(tmp_path / "out") == want
    assert [f.origin for f in tally.failures] == [str(d / "bad.txt")]
    assert failures[0].startswith(f"{d / 'bad.txt'}: not valid utf-8 at byte 3")


def test_a_directory_of_text_files_reads_as_the_command_line_reads_it(
    client: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("b.txt", "sub/a.txt", "sub/z/c.txt"):
        (tmp_path / "news" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "news" / name).write_text(TEXTS[len(name)], encoding="utf-8")
    (tmp_path / "news" / "notes.md").write_text("not an article", encoding="utf-8")
    tally = fd.write_jsonl(fd.spans_bag(fd.read_texts("news/")), str(tmp_path / "out"))
    want, _ = local("spans", "news/")
    assert parts(tmp_path / "out") == want and tally.written == 3
    assert [json.loads(x)["id"] for x in want.splitlines()] == [
        "news/b.txt",
        "news/sub/a.txt",
        "news/sub/z/c.txt",
    ]
    with pytest.raises(FileNotFoundError, match=r"no \.txt files"):
        fd.read_texts(str(tmp_path / "out"))


def test_a_bag_of_texts_analyses_like_analyze_corpus(client: object) -> None:
    got = fd.analyze_bag(fd.from_texts(TEXTS[:7], npartitions=3)).compute()
    assert got == list(analyze_corpus(TEXTS[:7], jobs=1))


def test_missing_input_is_named(tmp_path: Path, files: list[str]) -> None:
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        fd.read_jsonl(str(tmp_path / "nothing-here" / "*.jsonl"))
    with pytest.raises(FileNotFoundError, match=r"gone\.jsonl: no such file"):
        fd.process_jsonl([files[0], str(tmp_path / "gone.jsonl")], str(tmp_path / "out"))


# -- conflicts: the plumbing with stand-in claims, then factcheck's own ----------------------------


def cue_claims(doc: factcheck.Document) -> list[tuple[str, tuple[str, str]]]:
    """A stand-in for factcheck's claims: key = cue lemma, claim = (document, source)."""
    return [
        (a.cue.lemma, (doc.id or "", a.source.text if a.source else "")) for a in doc.attributions
    ]


def differing(key: str, claims: list[tuple[str, str]]) -> list[tuple[str, int]]:
    """A stand-in for factcheck's comparison: one "conflict" per key that several documents use."""
    docs = {d for d, _ in claims}
    return [(key, len(docs))] if len(docs) > 1 else []


def test_conflicts_bag_groups_like_the_local_path(client: object, files: list[str]) -> None:
    documents = fd.analyze_bag(fd.read_jsonl(files))
    got = fd.conflicts_bag(documents, claims=cue_claims, compare=differing).compute()
    docs = [o for o in analyze_corpus(fd.read_jsonl(files).compute(), jobs=1)]
    want = group_conflicts(docs, cue_claims, differing)
    assert sorted(got) == sorted(want) and want


def test_conflicts_bag_equals_factcheck_compare(
    client: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The same conflicts as ``factcheck.compare``, on wire copy that disputes a death toll."""
    from .test_conflicts import AFP, AP, REUTERS, REUTERS_UPDATE

    d = tmp_path_factory.mktemp("wires")
    stories = [
        ("reuters-1", "Reuters", "2017-11-06T09:00:00+00:00", REUTERS),
        ("afp-1", "AFP", "2017-11-06T11:00:00+00:00", AFP),
        ("ap-1", "AP", "2017-11-06T12:00:00+00:00", AP),
        ("reuters-2", "Reuters", "2017-11-06T15:00:00+00:00", REUTERS_UPDATE),
    ]
    paths = []
    for n in range(2):  # two files, so that claims of one key meet across partitions
        p = d / f"wires-{n}.jsonl"
        p.write_text(
            "".join(
                json.dumps({"id": i, "publisher": pub, "published": when, "text": text}) + "\n"
                for i, pub, when, text in stories[n::2]
            ),
            encoding="utf-8",
        )
        paths.append(str(p))
    docs = [
        o.value
        for o in analyze_corpus(fd.read_jsonl(paths).compute(), jobs=1)
        if isinstance(o, Done)
    ]
    want = factcheck.compare(docs)
    assert want, "the wires dispute the death toll"
    got = fd.conflicts_bag(fd.analyze_bag(fd.read_jsonl(paths))).compute()
    assert sorted(map(repr, got)) == sorted(map(repr, want))
    # the tolerance goes to the default comparison, and only to it
    strict = fd.conflicts_bag(fd.analyze_bag(fd.read_jsonl(paths)), tolerance=0.0).compute()
    assert sorted(map(repr, strict)) == sorted(map(repr, factcheck.compare(docs, tolerance=0.0)))
    with pytest.raises(TypeError, match="tolerance"):
        fd.conflicts_bag(fd.from_texts(["x"]), compare=differing, tolerance=0.2)


def test_failures_are_left_out_of_conflicts() -> None:
    assert group_conflicts([Failed("x", "y")], cue_claims, differing) == []
