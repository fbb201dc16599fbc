#!/usr/bin/env python3
"""Throughput of the command line on one process, and the speed-up with more jobs.

    python benchmarks/throughput.py [--size 20] [--runs 3] [--jobs 1 2] [--command spans]

Generates ``--size`` megabytes of JSON Lines from the seed article (``generate.py``) in a
temporary directory, then times ``factcheck COMMAND corpus.jsonl --jobs N -o out.jsonl`` as a
whole process (start-up included) for each N, ``--runs`` times, interleaved (1, 2, 1, 2, ...)
so that a machine whose load changes treats them alike. Reports, for each N, the best and the
median MB/s (input bytes over wall time), the CPU seconds used (the command and its workers)
and the load average before the runs; then the speed-up of each N over the first (best over
best, and median over median). The outputs of every run must be the same, byte for byte.

On a machine shared with other work the wall times, and so the speed-up, depend on that work:
the load averages printed say how busy it was.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write
from memory import ROOT, child_env


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=float, default=20, help="megabytes of JSON Lines (20)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs of each --jobs (3)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs to time (1 2)")
    ap.add_argument("--command", choices=["spans", "json"], default="spans")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-throughput-") as tmp:
        corpus, out = Path(tmp) / "corpus.jsonl", Path(tmp) / "out.jsonl"
        with open(corpus, "w", encoding="utf-8", newline="\n") as fh:
            good, _ = write(fh, int(args.size * 1e6))
        size = corpus.stat().st_size
        print(f"corpus: {size / 1e6:,.1f} MB, {good:,} records; machine: {os.cpu_count()} CPUs")
        walls: dict[int, list[float]] = {j: [] for j in args.jobs}
        cpus: dict[int, list[float]] = {j: [] for j in args.jobs}
        loads: dict[int, list[float]] = {j: [] for j in args.jobs}
        digests: set[str] = set()
        for run in range(max(1, args.runs)):
            for jobs in args.jobs:
                command = [
                    sys.executable, "-m", "factcheck", args.command, str(corpus),
                    "--jobs", str(jobs), "-o", str(out), "--no-summary", "--no-progress",
                ]  # fmt: skip
                load = os.getloadavg()[0]
                c0, t0 = _cpu(), time.perf_counter()
                subprocess.run(command, check=True, env=child_env(), cwd=ROOT)
                wall, cpu = time.perf_counter() - t0, _cpu() - c0
                walls[jobs].append(wall)
                cpus[jobs].append(cpu)
                loads[jobs].append(load)
                digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
                print(
                    f"  run {run + 1}, --jobs {jobs}: {wall:6.2f} s, "
                    f"{size / 1e6 / wall:5.2f} MB/s, {cpu:6.2f} CPU s (load before {load:.2f})",
                    flush=True,
                )
    if len(digests) != 1:
        print("FAILED: the outputs differ between runs", file=sys.stderr)
        return 1
    first = args.jobs[0]
    print(f"\n{args.command}, {size / 1e6:,.1f} MB, {args.runs} runs each (start-up included):")
    for jobs in args.jobs:
        best, med = min(walls[jobs]), statistics.median(walls[jobs])
        line = (
            f"  --jobs {jobs}: best {size / 1e6 / best:5.2f} MB/s, median {size / 1e6 / med:5.2f}"
            f" MB/s, CPU {statistics.median(cpus[jobs]):.1f} s, "
            f"load before {min(loads[jobs]):.2f}-{max(loads[jobs]):.2f}"
        )
        if jobs != first:
            line += (
                f"; speed-up over --jobs {first}: best {min(walls[first]) / best:.2f}x, "
                f"median {statistics.median(walls[first]) / med:.2f}x"
            )
        print(line)
    print("  outputs identical across runs and jobs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
