"""Count the numbers and time phrases factcheck finds in a JSON Lines corpus, and draw a
random sample of each to check by hand.

    python benchmarks/time_quantities.py PATH [--sample 50] [--seed 4] [--show]

PATH is JSON Lines of ``{"id", "text", "date"}`` (PolNeAR's records carry a ``date``: it is
used as the publication date). The script prints counts, the stage's time, and the sample as
line numbers of records, character offsets and the values read, never the corpus's text,
unless ``--show`` is given (then each sampled phrase is printed in its context, for checking
on screen only; do not commit that output). The verdicts of the samples checked by hand are in
``benchmarks/time_quantities_verdicts.tsv``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

import factcheck
from factcheck import measure as _measure
from factcheck import pipeline as _pipeline


def _published(rec: dict[str, Any]) -> dt.datetime | None:
    date = rec.get("date")
    if not isinstance(date, str):
        return None
    try:
        return dt.datetime.fromisoformat(date)
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("path", help="JSON Lines with id, text and date")
    ap.add_argument("--sample", type=int, default=50, help="how many of each to draw (50)")
    ap.add_argument("--seed", type=int, default=4, help="random seed of the sample (4)")
    ap.add_argument("--show", action="store_true", help="print each sampled phrase in context")
    args = ap.parse_args(argv)

    spent = [0.0]
    original = _measure.measure

    def timed(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        out = original(*a, **k)
        spent[0] += time.process_time() - t
        return out

    _pipeline.measure = timed  # type: ignore[assignment]
    quantities: list[tuple[int, str, Any]] = []
    times: list[tuple[int, str, Any]] = []
    n_docs = n_chars = 0
    total = time.process_time()
    with open(args.path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"]
            doc = factcheck.analyze(text, published=_published(rec), id=str(rec.get("id")))
            n_docs += 1
            n_chars += len(text)
            for st in doc.statements:
                for q in st.quantities:
                    quantities.append((line_no, text, q))
                for t in st.times:
                    times.append((line_no, text, t))
    total = time.process_time() - total
    _pipeline.measure = original

    resolved = sum(1 for _, _, t in times if t.resolved)
    print(f"documents: {n_docs}  characters: {n_chars}")
    print(f"quantities: {len(quantities)}")
    print(
        f"time phrases: {len(times)}  resolved: {resolved}  main: "
        f"{sum(1 for _, _, t in times if t.main)}"
    )
    kinds: dict[str, int] = {}
    for _, _, t in times:
        kinds[t.kind.value] = kinds.get(t.kind.value, 0) + 1
    print("time kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"cpu time: analyze {total:.3f} s, of which times and quantities {spent[0]:.3f} s")

    rng = random.Random(args.seed)
    for name, items in (("quantities", quantities), ("times", times)):
        sample = rng.sample(items, min(args.sample, len(items)))
        sample.sort(key=lambda it: (it[0], it[2].span.start))
        print(f"\n# sample of {len(sample)} {name}")
        for n, (rid, text, x) in enumerate(sample, 1):
            if name == "quantities":
                value = f"low={x.low} high={x.high} approx={x.approximate} {x.relation.value}"
                value += f" unit={x.unit} about={x.about_span.as_list() if x.about_span else None}"
            else:
                value = f"{x.start}..{x.end} {x.kind.value}{' main' if x.main else ''}"
                value += f" note={x.note!r}" if x.note else ""
            print(f"{n:3} line {rid} {x.span.as_list()} {value}")
            if args.show:
                s, e = x.span.start, x.span.end
                left = text[max(0, s - 70) : s].replace("\n", " ")
                right = text[e : e + 50].replace("\n", " ")
                print(f"      ...{left}[[{text[s:e]}]]{right}...")
                if name == "quantities" and x.about:
                    print(f"      about: {x.about!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
