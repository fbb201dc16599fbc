#!/usr/bin/env python3
"""Accuracy and throughput on PolNeAR (or any spans JSON Lines with text).

    python benchmarks/polnear.py PATH.jsonl --scorer path/to/score.py [--runs 3]

Runs ``factcheck spans PATH`` as a whole process (start-up included), prints its throughput in
MB/s (input bytes over the best wall time of ``--runs`` runs), then the scorer's figures on the
output. Nothing of the data is copied anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="JSON Lines with id, text and gold attributions")
    ap.add_argument("--scorer", help="path to score.py (prints only throughput without it)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs; the best is reported")
    args = ap.parse_args()
    size = os.path.getsize(args.path)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "system.jsonl")
        best = float("inf")
        for _ in range(max(1, args.runs)):
            t0 = time.perf_counter()
            with open(out, "w", encoding="utf-8") as fh:
                subprocess.run(
                    [sys.executable, "-m", "factcheck", "spans", args.path, "--jobs", "1"],
                    stdout=fh,
                    check=True,
                )
            best = min(best, time.perf_counter() - t0)
        print(
            f"input: {size / 1e6:.3f} MB; best of {args.runs}: {best:.3f} s; "
            f"throughput {size / 1e6 / best:.2f} MB/s (one process, one core)"
        )
        if not args.scorer:
            return 0
        res = subprocess.run(
            [sys.executable, args.scorer, args.path, out, "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        d = json.loads(res.stdout)
        a, r = d["attribution"], d["roles"]
        print(
            f"attribution F1 {a['cue_overlap']['f1']:.3f} (P {a['cue_overlap']['p']:.3f} "
            f"R {a['cue_overlap']['r']:.3f})  full_partial F1 {a['full_partial']['f1']:.3f}  "
            f"full_exact F1 {a['full_exact']['f1']:.3f}"
        )
        print(
            f"cue exact F1 {r['cue']['exact']['f1']:.3f}  cue partial F1 "
            f"{r['cue']['partial']['f1']:.3f}  source partial F1 {r['source']['partial']['f1']:.3f}"
            f"  content partial F1 {r['content']['partial']['f1']:.3f}"
        )
        print("per publisher (attribution F1):")
        for pub, s in d["per_publisher"].items():
            print(f"  {pub:14s} {s['attribution']['f1']:.3f}  (gold {s['attribution']['n_gold']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
