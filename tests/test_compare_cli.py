"""``factcheck compare`` and the conflicts tables."""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import factcheck
from factcheck.model import Document
from factcheck.tables import (
    CONFLICT_HEADERS,
    DITTO,
    OWN_VOICE,
    TABLEFMTS,
    conflict_rows,
    conflict_table,
    conflicts_table,
)

from .test_cli import call
from .test_conflicts import AFP, AP, ONE_ARTICLE, REUTERS, REUTERS_UPDATE


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def wires(tmp_path: Path) -> Path:
    return _jsonl(
        tmp_path / "kabul.jsonl",
        [
            {
                "id": "reuters-1",
                "publisher": "Reuters",
                "published": "2017-11-06T09:00+00:00",
                "text": REUTERS,
            },
            {"id": "afp-1", "publisher": "AFP", "published": "2017-11-06T11:00+00:00", "text": AFP},
            {"id": "ap-1", "publisher": "AP", "published": "2017-11-06T12:00+00:00", "text": AP},
            {
                "id": "reuters-2",
                "publisher": "Reuters",
                "published": "2017-11-06T15:00+00:00",
                "text": REUTERS_UPDATE,
            },
        ],
    )


def test_compare_prints_an_editors_table(wires: Path) -> None:
    r = call("compare", str(wires))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split()[:3] == ["conflict", "in", "dispute"]
    assert "1 (revision)" in r.stdout  # Reuters changed its own figure
    assert "dead: people — explosion, Kabul, 2017-11-06" in r.stdout
    assert "whether Taliban fighters carried out the attack" in r.stdout
    assert "denied by Taliban" in r.stdout
    assert f"Reuters {OWN_VOICE}" in r.stdout
    assert r.stderr == "factcheck: 3 conflicts among 18 claims of 4 documents\n"


def test_compare_json_lines(wires: Path) -> None:
    r = call("compare", str(wires), "--format", "json")
    assert r.returncode == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["kind"] for x in rows] == ["quantity", "quantity", "proposition"]
    assert [x["revision"] for x in rows] == [True, False, False]
    first = rows[0]["claims"][0]
    assert set(first) >= {"document", "span", "source", "certainty", "published", "time"}
    assert first["document"] == "reuters-1"


def test_compare_text_files_and_tolerance(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "Police detained about 300 people during protests in Minsk on Sunday, a rights group said.\n",
        encoding="utf-8",
    )
    b.write_text(
        "Police detained 400 people during protests in Minsk on Sunday, the interior ministry said.\n",
        encoding="utf-8",
    )
    common = ("--published", "2017-11-06T20:00+00:00")
    r = call("compare", str(a), str(b), *common, "-f", "github")
    assert r.returncode == 0
    assert r.stdout.startswith("| conflict")
    assert "about 300" in r.stdout and "400" in r.stdout
    r = call("compare", str(a), str(b), *common, "--tolerance", "0.4")
    assert r.stderr.startswith("factcheck: 0 conflicts among")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "nope"], "unknown --format 'nope'; choose one of: json, "),
        (["--tolerance", "2"], "must be at least 0 and below 1"),
        (["--tolerance", "ten"], "'ten' is not a number"),
    ],
)
def test_compare_bad_options_exit_2(wires: Path, args: list[str], message: str) -> None:
    r = call("compare", str(wires), *args)
    assert r.returncode == 2
    assert message in r.stderr


def test_compare_reports_bad_records_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": ONE_ARTICLE, "published": "2018-07-15T08:00+00:00"})
        + "\nnot json\n",
        encoding="utf-8",
    )
    r = call("compare", str(path), "-f", "json")
    assert r.returncode == 1
    assert "mixed.jsonl:2" in r.stderr
    assert len(r.stdout.splitlines()) == 1  # the floods article's own conflict


def test_table_of_conflicts_within_an_article(tmp_path: Path) -> None:
    path = tmp_path / "floods.txt"
    path.write_text(ONE_ARTICLE, encoding="utf-8")
    r = call("table", str(path), "-t", "conflicts", "--published", "2018-07-15T08:00+00:00")
    assert r.returncode == 0
    assert "dead: people — flood, Kano, 2018-07-14" in r.stdout
    assert "document" not in r.stdout.splitlines()[0]


def _floods() -> Document:
    return factcheck.analyze(
        ONE_ARTICLE,
        id="floods",
        publisher="Reuters",
        published=dt.datetime(2018, 7, 15, 8, tzinfo=dt.UTC),
    )


def test_conflict_rows_read_like_an_editors_note() -> None:
    doc = _floods()
    rows = conflict_rows(doc.conflicts)
    assert len(rows) == 3
    assert [len(r) for r in rows] == [len(CONFLICT_HEADERS)] * 3
    row = dict(zip(CONFLICT_HEADERS, rows[0], strict=True))
    assert row["conflict"] == 1
    assert row["in dispute"] == "dead: people — flood, Kano, 2018-07-14"
    assert row["document"] == "floods"
    assert row["published"] == "2018-07-15 08:00+00:00"
    assert row["why"].endswith("no figure fits both")
    later = dict(zip(CONFLICT_HEADERS, rows[1], strict=True))
    assert later["conflict"] == later["in dispute"] == later["why"] == DITTO
    said = {(r[2], r[3]) for r in rows}
    assert ("45 people", "Red Cross official") in said
    assert ("30", f"Reuters {OWN_VOICE}") in said


@pytest.mark.parametrize("tablefmt", TABLEFMTS)
def test_conflict_tables_in_every_format(tablefmt: str) -> None:
    doc = _floods()
    assert "Kano" in conflict_table(doc.conflicts, tablefmt)
    assert "Kano" in conflicts_table(doc, tablefmt)


def test_empty_conflict_table_has_headers() -> None:
    assert conflict_table([]).split()[:3] == ["conflict", "in", "dispute"]


def test_html_page_shows_an_article_s_conflicts_in_the_margin() -> None:
    from factcheck.html import render_html

    page = render_html(_floods())
    assert page.count('class="note note-conflict"') == 3  # one note per statement involved
    assert "statement 3 (Red Cross official) says" in page
