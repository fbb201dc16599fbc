#!/usr/bin/env python3
"""Instructions the engine takes on a JSON Lines corpus, counted by valgrind (callgrind).

    python benchmarks/instructions.py PATH.jsonl [--docs 20]

Wall time on a shared machine varies by 10% from one hour to the next; an instruction count
does not, so it tells whether a change to the engine made it cheaper. Runs ``spans_of`` over the
first ``--docs`` records in a process under callgrind, and once more without the pass, and
prints the difference (set-up and start-up left out), in millions. Needs ``valgrind`` on PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

_PASS = """
import json, sys
from factcheck.lexicon import Lexicon
from factcheck.spans import spans_of
lex = Lexicon.default()
with open(sys.argv[1], encoding="utf-8") as fh:
    docs = [json.loads(line)["text"] for _, line in zip(range(int(sys.argv[2])), fh)]
spans_of("Officials said it.", lexicon=lex)  # (first-use costs go with the set-up)
if sys.argv[3] == "1":
    for text in docs:
        spans_of(text, lexicon=lex)
"""


def _instructions(path: str, docs: int, run: bool) -> int:
    res = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _PASS,
            path,
            str(docs),
            "1" if run else "0",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # (set lookups cost the same each run)
        check=True,
    )
    m = re.search(r"Collected\s*:\s*(\d+)", res.stderr)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{res.stderr[-2000:]}")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="JSON Lines with a text field")
    ap.add_argument("--docs", type=int, default=20, help="records read (default 20)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not on PATH: nothing counted", file=sys.stderr)
        return 2
    base = _instructions(args.path, args.docs, run=False)
    full = _instructions(args.path, args.docs, run=True)
    print(f"engine: {(full - base) / 1e6:.1f} M instructions on {args.docs} records of {args.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
