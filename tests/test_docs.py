"""The README and the docs show what the command line really prints.

After the reading of the seed changes, write them again with::

    python -m tests.test_docs --write
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

import factcheck
from factcheck.cli import main

from .conftest import ROOT

SEED = "seeds/is_albu_kamal_2017-11-09.txt"
README_COMMAND = f"factcheck table {SEED} --format github"
SNIPPETS = {
    "docs/snippets/sources.md": ["table", SEED, "-t", "sources", "-f", "github"],
    "docs/snippets/compare.md": ["compare", "docs/examples/kabul.jsonl", "-f", "github"],
}
HOW = "python -m tests.test_docs --write"


def output(args: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(args) == 0
    return out.getvalue()


def readme_table_now() -> str:
    return output(README_COMMAND.split()[1:])


def _readme_parts(text: str) -> tuple[str, str, str]:
    """The README before its seed table, the table, and after."""
    at = text.index(f"`{README_COMMAND}` prints:")
    start = text.index("\n|", at) + 1
    end = start
    for line in text[start:].splitlines(keepends=True):
        if not line.startswith("|"):
            break
        end += len(line)
    return text[:start], text[start:end], text[end:]


def test_readme_table_is_what_the_command_prints() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    _, table, _ = _readme_parts(text)
    assert table == readme_table_now(), f"the README's seed table is out of date: {HOW}"


def test_docs_snippets_are_what_the_command_prints() -> None:
    for path, args in SNIPPETS.items():
        shown = (ROOT / path).read_text(encoding="utf-8")
        assert shown == output(args), f"{path} is out of date: {HOW}"


def test_readme_keeps_the_fresh_machine_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install . && factcheck table seeds/is_albu_kamal_2017-11-09.txt\n" in text
    assert "pip install '.[test]' && python -m pytest\n" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^pip install '\.\[test\]' && python -m pytest$", ci, re.M)


def write() -> None:
    path = ROOT / "README.md"
    before, _, after = _readme_parts(path.read_text(encoding="utf-8"))
    path.write_text(before + readme_table_now() + after, encoding="utf-8")
    for snippet, args in SNIPPETS.items():
        Path(ROOT / snippet).write_text(output(args), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit(f"usage: {HOW}")
    write()


def test_the_lexicon_example_runs() -> None:
    """The Python example of docs/lexicons.md runs and reads what it says."""
    page = (ROOT / "docs" / "lexicons.md").read_text(encoding="utf-8")
    code = page.split("```python\n", 1)[1].split("```", 1)[0]
    scope: dict[str, object] = {}
    exec(compile(code, "docs/lexicons.md", "exec"), scope)
    doc = scope["doc"]
    assert isinstance(doc, factcheck.Document)
    (a,) = doc.attributions
    assert a.cue.text == "opined" and a.source is not None
    assert a.source.kind is factcheck.SourceKind.OFFICIAL
