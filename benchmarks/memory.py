#!/usr/bin/env python3
"""Peak memory while streaming a large JSON Lines corpus through the command line.

    python benchmarks/memory.py [--size 1000] [--jobs 2] [--command spans] [--broken-every 10000]

Generates ``--size`` megabytes of JSON Lines from the seed article (see ``generate.py``; with a
broken line after every ``--broken-every`` good records) in a temporary directory, runs
``factcheck COMMAND corpus.jsonl --jobs N -o out.jsonl --summary`` as a child process, and
reports:

- the peak of the summed resident memory (RSS) of the whole process tree (the command and its
  workers), sampled every ``--interval`` seconds from ``/proc`` (Linux; a sum of RSS counts the
  pages the processes share more than once, so it is an upper bound);
- the peak RSS of the largest single process, from ``getrusage(RUSAGE_CHILDREN)``;
- that nothing was lost: the lines written equal the good records generated, and the summary
  line adds up.

Nothing is kept: the temporary directory is removed at the end (``--keep DIR`` writes there
instead and keeps it).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write

ROOT = Path(__file__).resolve().parent.parent


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def child_env() -> dict[str, str]:
    """The environment of the measured command: this repository importable, bytecode cached
    (as for an installed package)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def measure(
    command: list[str], out: Path, interval: float
) -> tuple[int, float, int, int, str, int]:
    """Run ``command`` (stdout to ``out``); returns (exit code, seconds, peak tree RSS in KB,
    peak single-process RSS in KB, standard error, processes seen at once)."""
    t0 = time.perf_counter()
    with open(out, "wb") as fh:
        proc = subprocess.Popen(
            command, stdout=fh, stderr=subprocess.PIPE, env=child_env(), cwd=ROOT
        )
        peak = most = 0
        assert proc.stderr is not None
        err_chunks: list[bytes] = []
        os.set_blocking(proc.stderr.fileno(), False)
        while proc.poll() is None:
            pids = _tree(proc.pid)
            peak = max(peak, sum(_rss_kb(p) for p in pids))
            most = max(most, len(pids))
            chunk = proc.stderr.read()
            if chunk:
                err_chunks.append(chunk)
            time.sleep(interval)
        rest = proc.stderr.read()
        if rest:
            err_chunks.append(rest)
    seconds = time.perf_counter() - t0
    single = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux
    err = b"".join(err_chunks).decode("utf-8", "replace")
    return proc.returncode, seconds, peak, single, err, most


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=float, default=1000, help="megabytes of JSON Lines (1000)")
    ap.add_argument("--jobs", type=int, default=2, help="--jobs of the command (2)")
    ap.add_argument("--command", choices=["spans", "json"], default="spans")
    ap.add_argument("--broken-every", type=int, default=10_000, metavar="N")
    ap.add_argument("--interval", type=float, default=0.1, help="seconds between samples")
    ap.add_argument("--keep", metavar="DIR", help="write the corpus and output here, and keep")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-memory-") as tmp:
        where = Path(args.keep or tmp)
        where.mkdir(parents=True, exist_ok=True)
        corpus, out = where / "corpus.jsonl", where / "out.jsonl"
        t0 = time.perf_counter()
        with open(corpus, "w", encoding="utf-8", newline="\n") as fh:
            good, bad = write(fh, int(args.size * 1e6), broken_every=args.broken_every)
        size = corpus.stat().st_size
        print(
            f"corpus: {size / 1e6:,.1f} MB, {good:,} records and {bad:,} broken lines, "
            f"made in {time.perf_counter() - t0:.1f} s",
            flush=True,
        )
        command = [
            sys.executable, "-m", "factcheck", args.command, str(corpus),
            "--jobs", str(args.jobs), "-o", str(out), "--summary", "--no-progress",
        ]  # fmt: skip
        print("running:", " ".join(command[1:]), flush=True)
        code, seconds, peak, single, err, procs = measure(command, out, args.interval)
        with open(out, "rb") as fh:
            lines = sum(1 for _ in fh)
    summary = err.strip().splitlines()[-1] if err.strip() else "(no summary)"
    print(f"exit code {code}; {seconds:,.1f} s; {size / 1e6 / seconds:,.2f} MB/s")
    print(f"summary: {summary}")
    verdict = "nothing lost" if lines == good else "LOST"
    print(f"lines written {lines:,}; good records {good:,}: {verdict}")
    print(f"peak RSS of the process tree ({procs} processes at most): {peak / 1024:,.1f} MB")
    print(f"peak RSS of the largest single process: {single / 1024:,.1f} MB")
    expected = f"{good + bad:,} records read: {good:,} written, {bad:,} failed"
    ok = lines == good and expected in summary and code == (1 if bad else 0)
    if not ok:
        print(f"FAILED: expected {expected!r} and exit code {1 if bad else 0}", file=sys.stderr)
        print(err[-2000:], file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
