"""The command line: exit codes, messages, and nothing lost."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from factcheck.cli import main

from .conftest import ROOT, SEED


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def call(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Like :func:`run`, in this process (faster): stdout, stderr and the exit code."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse
                code = int(exc.code or 0)
    finally:
        sys.stdin = old
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def test_table_of_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["table", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "a statement from Syria's general command" in out
    assert "according_to" in out


@pytest.mark.parametrize("fmt", ["github", "grid", "html", "latex", "tsv"])
def test_table_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["table", str(SEED), "--format", fmt]) == 0
    assert capsys.readouterr().out.strip()


def test_unknown_format_exits_2() -> None:
    r = run("table", str(SEED), "--format", "nope")
    assert r.returncode == 2
    assert "nope" in r.stderr


def test_json_of_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["json", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["statements"]) == 20


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    r = run("table", str(tmp_path / "nope.txt"))
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1
    assert "nope.txt" in r.stderr


def test_not_utf8_names_file_and_byte(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    r = run("json", str(p))
    assert r.returncode == 2
    assert "latin.txt" in r.stderr and "byte 3" in r.stderr
    r = run("json", str(p), "--encoding", "latin-1")
    assert r.returncode == 0


def test_spans_reports_bad_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "The mayor said the bridge was unsafe."}),
                "{not json",
                json.dumps({"id": "c"}),
                json.dumps({"id": "d", "text": "Officials said the port had closed."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    r = run("spans", str(p))
    assert r.returncode == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "d"]
    assert all(x["attributions"] for x in lines)
    assert "in.jsonl:2:" in r.stderr and "in.jsonl:3:" in r.stderr


def test_spans_from_stdin() -> None:
    r = run("spans", "-", stdin=json.dumps({"id": 1, "text": "Police said two died."}) + "\n")
    assert r.returncode == 0
    rec = json.loads(r.stdout)
    assert rec["id"] == 1 and len(rec["attributions"]) == 1


# -- inputs: directories, JSON Lines, standard input ---------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "b.txt").write_text("Officials said the port had closed.", encoding="utf-8")
    (d / "sub" / "a.txt").write_text("The mayor said the bridge was unsafe.", encoding="utf-8")
    (d / "notes.md").write_text("not an article", encoding="utf-8")
    return d


def test_directory_reads_every_txt_under_it_in_order(corpus: Path) -> None:
    r = call("table", str(corpus), "--format", "tsv")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split("\t")[0].strip() == "document"
    docs = [line.split("\t")[0].strip() for line in lines[1:]]
    assert docs == [str(corpus / "b.txt"), str(corpus / "sub" / "a.txt")]


def test_empty_directory_exits_2(tmp_path: Path) -> None:
    r = call("json", str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "no .txt files" in r.stderr


def test_undecodable_file_in_a_directory_is_skipped_and_reported(corpus: Path) -> None:
    (corpus / "c.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    r = call("spans", str(corpus))
    assert r.returncode == 1
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == [
        str(corpus / "b.txt"),
        str(corpus / "sub" / "a.txt"),
    ]
    assert f"{corpus / 'c.txt'}: not valid utf-8 at byte 3" in r.stderr
    assert "factcheck: 3 records read: 2 written, 1 failed (reported above); " in r.stderr
    r = call("spans", str(corpus), "--errors", "replace")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 3


def test_json_is_one_object_for_one_file_and_lines_otherwise(corpus: Path) -> None:
    one = call("json", str(corpus / "b.txt"))
    assert one.returncode == 0
    assert json.loads(one.stdout)["id"] == str(corpus / "b.txt")
    assert one.stdout.count("\n") > 1  # indented
    lines = call("json", str(corpus / "b.txt"), "--lines").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["text"].startswith("Officials")
    many = call("json", str(corpus)).stdout.splitlines()
    assert [json.loads(x)["id"] for x in many] == [
        str(corpus / "b.txt"),
        str(corpus / "sub" / "a.txt"),
    ]


def test_jsonl_records_carry_publisher_and_date(tmp_path: Path) -> None:
    p = tmp_path / "news.jsonl"
    p.write_text(
        json.dumps(
            {"id": 7, "text": "Police said two died.", "publisher": "AFP", "date": "2020-01-02"}
        )
        + "\n"
        + json.dumps({"id": "x", "text": "Police said.", "published": "2020-01-02T10:00+01:00"})
        + "\n",
        encoding="utf-8",
    )
    docs = [json.loads(x) for x in call("json", str(p)).stdout.splitlines()]
    assert docs[0]["id"] == "7" and docs[0]["publisher"] == "AFP"
    assert docs[0]["published"] == "2020-01-02T00:00:00"
    assert docs[1]["published"] == "2020-01-02T10:00:00+01:00"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "not a JSON object"),
        (json.dumps({"id": 1, "text": 5}), 'a int for the "text" string'),
        (json.dumps({"id": [1], "text": "x"}), '"id" must be a string or a number'),
        (json.dumps({"text": "x", "publisher": 3}), '"publisher" must be a string'),
        (json.dumps({"text": "x", "date": "last week"}), '"date" must be an ISO 8601 date'),
    ],
)
def test_bad_jsonl_records_are_named(tmp_path: Path, line: str, message: str) -> None:
    p = tmp_path / "in.jsonl"
    good = json.dumps({"id": "g", "text": "Police said two died."})
    p.write_text(f"{good}\n{line}\n{good}\n", encoding="utf-8")
    r = call("json", str(p))
    assert r.returncode == 1
    assert f"in.jsonl:2: {message}" in r.stderr
    assert len(r.stdout.splitlines()) == 2


def test_jsonl_line_that_does_not_decode(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    good = json.dumps({"id": "g", "text": "Police said two died."}).encode()
    p.write_bytes(good + b"\n" + b'{"id": 2, "text": "caf\xe9"}\n' + good + b"\n")
    r = call("spans", str(p))
    assert r.returncode == 1
    assert f"in.jsonl:2: not valid utf-8 at byte {len(good) + 1 + 22} of the file" in r.stderr
    assert len(r.stdout.splitlines()) == 2


def test_text_from_standard_input() -> None:
    r = call("table", "-", "--format", "plain", stdin="Officials said the port had closed.")
    assert r.returncode == 0 and "Officials" in r.stdout
    r = call("json", "-", stdin="Police said two died.")
    assert json.loads(r.stdout)["id"] is None


def test_input_format_forces_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "records.txt"
    p.write_text(json.dumps({"id": "a", "text": "Police said two died."}) + "\n", "utf-8")
    r = call("json", str(p), "--input-format", "jsonl")
    assert json.loads(r.stdout)["id"] == "a"


def test_publisher_and_published_options() -> None:
    r = call("json", str(SEED), "--publisher", "Sky News", "--published", "2017-11-10")
    data = json.loads(r.stdout)
    assert data["publisher"] == "Sky News" and data["published"] == "2017-11-10T00:00:00"
    r = call("json", str(SEED), "--published", "soon")
    assert r.returncode == 2 and "'soon' is not an ISO 8601" in r.stderr


def test_standard_input_only_once() -> None:
    r = call("json", "-", "-", stdin="x")
    assert r.returncode == 2 and "only once" in r.stderr


# -- tables ---------------------------------------------------------------------------------------


def test_source_and_flags_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["table", str(SEED), "-t", "sources"]) == 0
    out = capsys.readouterr().out
    assert "Anadolu news agency" in out and "(publisher's own voice)" in out
    assert main(["table", str(SEED), "--table", "all", "-f", "github"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Attributions\n\n|")
    assert "\nSources\n\n|" in out and "\nFlags\n\n|" in out


def test_width_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["table", str(SEED), "--width", "20", "-f", "tsv"]) == 0
    out = capsys.readouterr().out
    assert "IS jihadists fight…" in out
    r = call("table", str(SEED), "--width", "0")
    assert r.returncode == 2


# -- html -----------------------------------------------------------------------------------------


def test_html_one_file(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    r = call("html", str(SEED), "-o", str(out))
    assert r.returncode == 0 and r.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Who says what" in page
    r = call("html", str(SEED))
    assert r.stdout == page


def test_html_into_an_existing_directory(tmp_path: Path) -> None:
    assert call("html", str(SEED), "-o", str(tmp_path)).returncode == 0
    assert (tmp_path / "is_albu_kamal_2017-11-09.html").exists()


def test_html_several_pages_and_an_index(corpus: Path, tmp_path: Path) -> None:
    p = tmp_path / "news.jsonl"
    p.write_text(
        json.dumps({"id": "b", "text": "Police said two died."})
        + "\n"
        + json.dumps({"id": "../../evil", "text": "x"})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "pages"
    r = call("html", str(corpus), str(p), "-o", str(out))
    assert r.returncode == 0, r.stderr
    names = sorted(x.name for x in out.iterdir())
    assert names == ["a.html", "b-2.html", "b.html", "evil.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr><td><a href=") == 4


def test_html_several_without_a_directory_exits_2(corpus: Path) -> None:
    r = call("html", str(corpus))
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "--output DIR" in r.stderr


# -- output and failures --------------------------------------------------------------------------


def test_output_that_cannot_be_written_exits_2(tmp_path: Path) -> None:
    r = call("json", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "cannot write" in r.stderr


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "t.md"
    assert call("table", str(SEED), "-f", "github", "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("|   # | role")


@pytest.mark.parametrize(("command", "stage"), [("spans", "spans_line"), ("json", "analyze")])
def test_a_record_the_engine_fails_on_is_reported_and_the_rest_written(
    command: str,
    stage: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import factcheck.corpus as corpus  # where the command line's work calls the engine

    real = getattr(corpus, stage)

    def flaky(text: str, **kw: object) -> object:
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, **kw)

    monkeypatch.setattr(corpus, stage, flaky)
    p = tmp_path / "in.jsonl"
    p.write_text(
        "\n".join(json.dumps({"id": k, "text": t}) for k, t in enumerate(["a.", "boom", "c."]))
        + "\n",
        encoding="utf-8",
    )
    assert main([command, str(p)]) == 1
    captured = capsys.readouterr()
    assert [str(json.loads(x)["id"]) for x in captured.out.splitlines()] == ["0", "2"]
    assert "in.jsonl:2: could not be analysed (RuntimeError: boom)" in captured.err


def test_broken_pipe_is_quiet(corpus: Path) -> None:
    r = subprocess.run(
        f'"{sys.executable}" -m factcheck json "{SEED}" --indent 4 | head -c 10',
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.stdout == '{\n    "tex'
    assert "Traceback" not in r.stderr


def test_help_documents_exit_codes() -> None:
    r = call("--help")
    assert r.returncode == 0
    assert "exit codes:" in r.stdout and "2  the command could not run" in r.stdout
    for command in ("table", "json", "html", "spans"):
        assert command in r.stdout


def test_no_progress_line_when_not_a_terminal(corpus: Path) -> None:
    r = call("json", str(corpus))
    assert "\r" not in r.stderr and r.stderr == ""


def test_a_command_that_cannot_run_leaves_no_output_file(tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    r = call("json", str(bad), "-o", str(out))
    assert r.returncode == 2 and not out.exists()
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert call("json", str(empty), "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == ""


def test_table_names_in_cli_match_tables() -> None:
    from factcheck.cli import TABLE_NAMES
    from factcheck.tables import TABLES

    assert set(TABLE_NAMES) == set(TABLES)


def test_spans_with_one_job_starts_without_the_later_stages(tmp_path: Path) -> None:
    """'factcheck spans --jobs 1' imports only what reading attributions needs: not the claims,
    conflicts, times and figures of analyze, nor the process pool, nor the data model or attrs
    (its records are plain Python), nor datetime (start-up is most of a short run's time)."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "The mayor said the road was closed."}\n', encoding="utf-8")
    code = (
        "import sys\n"
        "before = set(sys.modules)  # what the interpreter's start loaded is not ours\n"
        "from factcheck.cli import main\n"
        f"main(['spans', {str(src)!r}, '--jobs', '1', '--no-summary'])\n"
        "late = ['factcheck.claims', 'factcheck.conflicts', 'factcheck.measure',\n"
        "        'concurrent.futures', 'multiprocessing', 'factcheck.model', 'attr', 'attrs',\n"
        "        'datetime']\n"
        "print('LOADED', [m for m in late if m in sys.modules and m not in before])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "LOADED []" in out, out
    assert '"a"' in out  # and the line was written


def test_the_program_freezes_the_collector_only_as_it_ends(tmp_path: Path) -> None:
    """``factcheck`` (the console script) and ``python -m factcheck`` run ``program``: main,
    then ``gc.freeze()`` so that the interpreter's exit does not look for cycles among what is
    left; main alone leaves the collector as it was."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "The mayor said the road was closed."}\n', encoding="utf-8")
    code = (
        "import gc, sys\n"
        "from factcheck.cli import main, program\n"
        f"sys.argv = ['factcheck', 'spans', {str(src)!r}, '--jobs', '1']\n"
        "main(sys.argv[1:])\n"
        "print('MAIN', gc.get_freeze_count())\n"
        "print('PROGRAM', program(), gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "MAIN 0" in out and "PROGRAM 0 True" in out, out
    assert run("spans", str(src), "--jobs", "1").stdout.count('"a"') == 1
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts == {"factcheck": "factcheck.cli:program"}


def test_a_command_named_builds_its_parser_alone() -> None:
    """main builds only the parser of the command named (the others cost start-up time): it
    reads, helps and fails as in the parser of every command."""
    import argparse

    from factcheck.cli import COMMANDS, build_parser

    def commands(ap: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        (action,) = [a for a in ap._actions if isinstance(a, argparse._SubParsersAction)]
        return dict(action.choices)

    every = commands(build_parser())
    assert tuple(every) == COMMANDS
    for name in COMMANDS:
        alone = commands(build_parser(name))
        assert list(alone) == [name]
        assert alone[name].format_help() == every[name].format_help()
        assert alone[name].format_usage() == every[name].format_usage()
    args = build_parser("spans").parse_args(["spans", "a.jsonl", "--jobs", "1"])
    assert (args.command, args.inputs, args.jobs, args.nested) == ("spans", ["a.jsonl"], 1, False)
    r = call("nope", "a.txt")
    assert r.returncode == 2 and "invalid choice: 'nope'" in r.stderr
    assert all(name in r.stderr.split("choose from")[1] for name in COMMANDS)
