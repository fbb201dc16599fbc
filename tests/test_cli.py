"""The command line: exit codes, messages, and nothing lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

from .conftest import SEED


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


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
