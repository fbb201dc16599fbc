#!/usr/bin/env python3
"""A JSON Lines corpus of any size made from the seed article, for the speed and memory
benchmarks (no third-party text: only the bundled seed, varied).

    python benchmarks/generate.py OUT.jsonl --size 100 [--broken-every 10000] [--seed 0]

Each record is the seed with its body sentences shuffled (and some dropped or repeated, so
articles run from about 1 to 8 KB), its places, news agencies, sources and figures
substituted, and its own id, publisher and date. ``--broken-every N`` writes a line that is not
JSON after every N good records, to check that a stream loses none of the good ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

SEED = Path(__file__).resolve().parent.parent / "seeds" / "is_albu_kamal_2017-11-09.txt"

PLACES = {
    "Albu Kamal": ["Mayadin", "Hajin", "Deir ez-Zor", "Tal Afar", "Palmyra", "Manbij"],
    "Ankara": ["Istanbul", "Izmir", "Gaziantep"],
    "Bursa": ["Konya", "Adana", "Kayseri", "Sakarya"],
    "Qaim": ["Rutba", "Haditha", "Anah"],
    "Rawa": ["Ana", "Hit", "Baghuz"],
    "Raqqa": ["Tabqa", "Kobani", "Hasakah"],
}
AGENCIES = {
    "the Anadolu news agency": ["the DHA news agency", "the Ihlas news agency", "Reuters"],
    "CNNTurk": ["NTV", "Haberturk", "Hurriyet"],
    "state-run media": ["state television", "local media", "pro-government media"],
}
SOURCES = {
    "US officials": ["British officials", "Western diplomats", "Iraqi commanders", "analysts"],
    "a top adviser to President Assad": [
        "Syria's foreign minister",
        "a senior Syrian official",
        "Bouthaina Shaaban",
    ],
}
PUBLISHERS = ["Sky News", "AFP", "Reuters", "AP", "BBC", "Al Jazeera", None]
FIGURES = ["2,500", "3,500", "100", "1,500", "250", "144", "27"]


def _lines() -> tuple[list[str], list[str]]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return lines[:3], lines[3:]


def article(rng: random.Random, head: list[str], body: list[str]) -> str:
    """One variation of the seed."""
    sentences = list(body)
    rng.shuffle(sentences)
    keep = rng.randint(len(sentences) // 2, len(sentences))
    sentences = sentences[:keep]
    for _ in range(rng.choice([0, 0, 0, 1, 2])):  # some articles run long
        more = list(body)
        rng.shuffle(more)
        sentences += more
    when = dt.datetime(2017, 1, 1) + dt.timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
    dateline = f"{when:%A} {when.day} {when:%B %Y %H:%M}, UK"
    text = "\n".join([head[0], head[1], dateline, *sentences])
    for table in (PLACES, AGENCIES, SOURCES):
        for name, others in table.items():
            if rng.random() < 0.7:
                text = text.replace(name, rng.choice(others))
    for figure in FIGURES:
        if rng.random() < 0.5:
            text = text.replace(figure, f"{rng.randint(2, 9_999):,}")
    return text


def records(size: int, *, seed: int = 0, broken_every: int = 0) -> Iterator[tuple[str, bool]]:
    """JSON Lines lines (without newline) adding up to about ``size`` bytes, and whether each
    is a good record."""
    rng = random.Random(seed)
    head, body = _lines()
    written = good = 0
    while written < size:
        good += 1
        published = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        rec = {
            "id": f"gen-{good}",
            "text": article(rng, head, body),
            "publisher": rng.choice(PUBLISHERS),
            "published": published.isoformat(),
        }
        line = json.dumps(rec, ensure_ascii=False)
        written += len(line.encode("utf-8")) + 1
        yield line, True
        if broken_every and good % broken_every == 0:
            bad = f'{{"id": "broken-{good}", "text": "cut off'
            written += len(bad) + 1
            yield bad, False


def write(out: TextIO, size: int, *, seed: int = 0, broken_every: int = 0) -> tuple[int, int]:
    """Write the corpus to ``out``; returns (good records, broken lines)."""
    good = bad = 0
    for line, ok in records(size, seed=seed, broken_every=broken_every):
        out.write(line + "\n")
        good += ok
        bad += not ok
    return good, bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="the JSON Lines file to write (- for standard output)")
    ap.add_argument("--size", type=float, default=100, help="megabytes (10^6 bytes) to write")
    ap.add_argument("--seed", type=int, default=0, help="random seed (the same seed, same file)")
    ap.add_argument("--broken-every", type=int, default=0, metavar="N")
    args = ap.parse_args()
    if args.out == "-":
        good, bad = write(
            sys.stdout, int(args.size * 1e6), seed=args.seed, broken_every=args.broken_every
        )
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
            good, bad = write(
                fh, int(args.size * 1e6), seed=args.seed, broken_every=args.broken_every
            )
    print(f"{good:,} records, {bad:,} broken lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
