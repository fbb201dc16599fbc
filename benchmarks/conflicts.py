"""How conflict search scales: generate claims, group them by key, compare each group.

    python benchmarks/conflicts.py [--claims 1000000] [--per-key 5] [--seed 5] [--double]

Claims are generated directly (not read from articles: that is the analysis's cost, measured
elsewhere), in the mix a news corpus gives: figures (most), propositions and dates, from 40
outlets and a pool of named sources, on keys shared by a few claims each (``--per-key`` on
average, some keys by many). The script prints the time to generate, to group by key and to
compare the groups, the conflicts found, and the peak memory of the process (its maximum
resident set). ``--double`` runs the same again with twice the claims, each size in a process
of its own, and prints how time and memory grew: near 2x is linear.

Targets (issue 5): a million claims in under 30 s and 1 GB on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from factcheck.claims import make_key
from factcheck.conflicts import conflicts_of_groups, group_claims
from factcheck.model import (
    Certainty,
    Claim,
    ClaimKind,
    Polarity,
    Source,
    SourceKind,
    Span,
    TimeKind,
    TimeRef,
)

OUTCOMES = ("dead", "injured", "detained", "missing", "displaced")
EVENTS = ("explosion", "attack", "shooting", "earthquake", "flood", "storm", "fire", "crash")
PLACES = tuple(f"city {k}" for k in range(400))


def generate(n: int, per_key: float, seed: int) -> list[Claim]:
    """``n`` claims on about ``n / per_key`` keys. Key sizes are skewed: most keys have a few
    claims, a few keys have hundreds (a big story told by every outlet)."""
    rnd = random.Random(seed)
    outlets = [f"outlet {k}" for k in range(40)]
    sources = [
        Source(Span(0, 6), f"source {k}", f"source {k}", rnd.choice(list(SourceKind)))
        for k in range(2000)
    ]
    start = dt.datetime(2017, 1, 1, tzinfo=dt.UTC)
    n_keys = max(1, int(n / per_key))
    # each key: its kind, its parts, a "true" value that most claims report
    keys: list[tuple[str, ClaimKind, float, dt.date]] = []
    for k in range(n_keys):
        day = (start + dt.timedelta(days=k % 365)).date()
        r = rnd.random()
        if r < 0.7:
            kind = ClaimKind.QUANTITY
            parts = {
                "counted": rnd.choice(OUTCOMES),
                "head": "people",
                "event": rnd.choice(EVENTS),
                "place": rnd.choice(PLACES) + f" {k}",
                "window": day.isoformat(),
            }
        elif r < 0.95:
            kind = ClaimKind.PROPOSITION
            parts = {"words": f"claim {k} word{k % 97} other{k % 89}"}
        else:
            kind = ClaimKind.DATE
            parts = {"event": rnd.choice(EVENTS), "verb": "began", "place": f"place {k}"}
        keys.append((make_key(kind, parts), kind, float(rnd.randint(1, 500)), day))
    weights = [1.0 / (1 + (k % 1000)) ** 0.5 for k in range(n_keys)]
    picks = rnd.choices(range(n_keys), weights=weights, k=n)
    out: list[Claim] = []
    for i, k in enumerate(picks):
        key, kind, value, day = keys[k]
        published = start + dt.timedelta(minutes=rnd.randint(0, 60 * 24 * 365))
        low: float | None = None
        high: float | None = None
        approximate = False
        polarity = Polarity.POSITIVE
        when: TimeRef | None = None
        if kind is ClaimKind.QUANTITY:
            r = rnd.random()
            v = value if r < 0.8 else value + rnd.randint(1, 20)
            low, high = v, v
            if r > 0.95:
                high = None  # "at least"
            approximate = rnd.random() < 0.2
        elif kind is ClaimKind.PROPOSITION:
            polarity = Polarity.NEGATIVE if rnd.random() < 0.05 else Polarity.POSITIVE
        else:
            d = day + dt.timedelta(days=0 if rnd.random() < 0.9 else rnd.randint(1, 3))
            when = TimeRef(Span(0, 6), "Friday", d, d, kind=TimeKind.EVENT, main=True)
        out.append(
            Claim(
                key=key,
                kind=kind,
                span=Span(i % 5000, i % 5000 + 6),
                text="figure",
                statement=i % 40,
                document=f"doc {i // 10}",
                publisher=outlets[i % len(outlets)],
                published=published,
                source=sources[rnd.randrange(len(sources))] if rnd.random() < 0.8 else None,
                certainty=Certainty.CERTAIN,
                polarity=polarity,
                low=low,
                high=high,
                approximate=approximate,
                time=when,
            )
        )
    return out


def peak_mb() -> float:
    """The peak resident memory of this process, in MB (ru_maxrss is KB on Linux)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def measure(n: int, per_key: float, seed: int) -> dict[str, Any]:
    t0 = time.process_time()
    claims = generate(n, per_key, seed)
    t1 = time.process_time()
    groups = group_claims(claims)
    t2 = time.process_time()
    conflicts = conflicts_of_groups(groups)
    t3 = time.process_time()
    return {
        "claims": len(claims),
        "keys": len(groups),
        "largest key": max(len(g) for g in groups.values()),
        "conflicts": len(conflicts),
        "revisions": sum(1 for x in conflicts if x.revision),
        "generate s": round(t1 - t0, 2),
        "group s": round(t2 - t1, 2),
        "compare s": round(t3 - t2, 2),
        "group+compare s": round(t3 - t1, 2),
        "peak MB": round(peak_mb()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000, help="how many claims (1,000,000)")
    ap.add_argument("--per-key", type=float, default=5.0, help="claims per key on average (5)")
    ap.add_argument("--seed", type=int, default=5, help="random seed (5)")
    ap.add_argument("--double", action="store_true", help="also run twice the claims; compare")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # for --double
    args = ap.parse_args(argv)
    if args.claims < 1:
        ap.error("--claims must be at least 1")
    if not args.double:
        result = measure(args.claims, args.per_key, args.seed)
        if args.json:
            print(json.dumps(result))
        else:
            for k, v in result.items():
                print(f"{k:>16}: {v:,}" if isinstance(v, int) else f"{k:>16}: {v}")
        return 0
    results = []
    for n in (args.claims, 2 * args.claims):
        out = subprocess.run(
            [sys.executable, __file__, "--claims", str(n), "--per-key", str(args.per_key),
             "--seed", str(args.seed), "--json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        results.append(json.loads(out.stdout))
    names = list(results[0])
    print(f"{'':>16}  {results[0]['claims']:>12,}  {results[1]['claims']:>12,}  growth")
    for k in names[1:]:
        a, b = results[0][k], results[1][k]
        growth = f"{b / a:.2f}x" if a else ""
        print(f"{k:>16}  {a:>12,}  {b:>12,}  {growth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
