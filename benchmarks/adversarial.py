"""Time factcheck on inputs built to make it backtrack or go quadratic, against ordinary prose.

    python benchmarks/adversarial.py                 # the full sizes (minutes)
    python benchmarks/adversarial.py --scale 0.1     # a tenth of each size (seconds)
    python benchmarks/adversarial.py --only "said"   # cases whose name holds "said"

For each input it prints its size, the time ``analyze`` takes, the time per character, and that
time as a ratio to ordinary prose of the same length (prose written by
:func:`factcheck.strategies.articles`, so no corpus text is needed; for inputs longer than
``--prose-cap`` characters the prose is timed at the cap, to keep the run short: prose is
linear, tests/test_linear.py).
The aim: every ratio within 10. Each input runs in a child process with a time limit
(``--timeout``); an input that runs out of time is shown as ``>`` its limit.
"""

from __future__ import annotations

import argparse
import functools
import gc
import multiprocessing as mp
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import factcheck


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


_SENTENCE_CLAUSES = (
    "the port was closed",
    "police detained more than 100 protesters",
    "the ceasefire had collapsed on Tuesday",
    "about 1,500 families had left their homes",
)


def _long_sentence(size: int) -> str:
    """One sentence that never ends: clauses joined by ", and"."""
    unit = ", and ".join(_SENTENCE_CLAUSES) + ", and "
    return "The ministry said " + _repeat(unit, size - 19) + "."


def _nested_quotes(size: int) -> str:
    depth = size // 4
    return "\u201c\u2018" * depth + "x" + "\u2019\u201d" * depth


#: name, and how to build it at a given size (characters); the sizes are the defaults.
CASES: dict[str, tuple[int, Callable[[int], str]]] = {
    'quotation marks ("x50 000)': (50_000, lambda n: _repeat('"', n)),
    "curly quotes (\u201c\u201d x25 000)": (50_000, lambda n: _repeat("\u201c\u201d", n)),
    '"said " x10 000': (50_000, lambda n: _repeat("said ", n)),
    "1 MB without whitespace": (1_000_000, lambda n: _repeat("a", n)),
    '"according to " x4 000': (52_000, lambda n: _repeat("according to ", n)),
    '"It added that " x4 000': (56_000, lambda n: _repeat("It added that ", n)),
    '"!!!!" x100 000': (100_000, lambda n: _repeat("!", n)),
    '"...." x100 000': (100_000, lambda n: _repeat(".", n)),
    "apostrophes x100 000": (100_000, lambda n: _repeat("'", n)),
    "curly apostrophes x100 000": (100_000, lambda n: _repeat("\u2019", n)),
    '"U.S. " x20 000': (100_000, lambda n: _repeat("U.S. ", n)),
    '"Mr. " x20 000': (80_000, lambda n: _repeat("Mr. ", n)),
    "a 100 kB sentence": (100_000, _long_sentence),
    '"Officials said that " x5 000': (100_000, lambda n: _repeat("Officials said that ", n)),
    "quotes nested 12 500 deep": (50_000, _nested_quotes),
    "50 000 one-word paragraphs": (100_000, lambda n: _repeat("x\n", n)),
    "commas x100 000": (100_000, lambda n: _repeat(",", n)),
    "an unclosed quote per line": (100_000, lambda n: _repeat('"Rain fell on the port\n', n)),
}


def prose(size: int) -> str:
    """Ordinary news prose of ``size`` characters, written by the strategies (deterministic)."""
    unit = _prose_unit()
    return (unit * (size // len(unit) + 1))[:size]


@functools.cache
def _prose_unit(seed_examples: int = 400) -> str:
    from hypothesis import HealthCheck, given, settings

    from factcheck.strategies import articles

    texts: list[str] = []

    @settings(
        max_examples=seed_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(articles(headline=False))
    def collect(g: factcheck.strategies.Generated[factcheck.Document]) -> None:
        texts.append(g.text.strip())

    collect()
    return "\n".join(texts) + "\n"


def prose_one_line(size: int) -> str:
    """Prose of ``size`` characters in a single paragraph (one line)."""
    return prose(size).replace("\n", " ")


def _time_in_child(text: str, queue: mp.Queue[float]) -> None:
    t0 = time.perf_counter()
    factcheck.analyze(text)
    queue.put(time.perf_counter() - t0)


def timed(text: str, timeout: float) -> float | None:
    """Seconds ``analyze(text)`` takes in a child process, or None past ``timeout``."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    queue: mp.Queue[float] = ctx.Queue()
    proc = ctx.Process(target=_time_in_child, args=(text, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    return queue.get() if not queue.empty() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per input")
    ap.add_argument("--prose-cap", type=int, default=100_000, help="longest prose timed")
    ap.add_argument("--only", default="", help="run the cases whose name holds this")
    ap.add_argument("--one-line", action="store_true", help="add a one-line prose article")
    args = ap.parse_args(argv)

    factcheck.analyze("Warm up: the lexicon is read once, before the children fork.")
    _prose_unit()
    gc.collect()
    gc.freeze()  # the children do not walk the parent's heap
    cases = {k: v for k, v in CASES.items() if args.only.lower() in k.lower()}
    if args.one_line:
        cases["prose on one 1 MB line"] = (1_000_000, prose_one_line)
    baseline: dict[int, float] = {}

    def prose_per_char(size: int) -> float:
        n = min(size, args.prose_cap)
        if n not in baseline:
            text = prose(n)
            best = min(t for t in (timed(text, args.timeout) for _ in range(3)) if t is not None)
            baseline[n] = best / len(text)
        return baseline[n]

    print(f"{'input':34s} {'chars':>9s} {'seconds':>9s} {'us/char':>9s} {'x prose':>8s}")
    worst = 0.0
    for name, (size, build) in cases.items():
        n = max(10, int(size * args.scale))
        text = build(n)
        secs = timed(text, args.timeout)
        if secs is not None and secs < 5:  # best of three when it is quick
            secs = min([secs, *(t for t in (timed(text, args.timeout) for _ in range(2)) if t)])
        base = prose_per_char(len(text))
        if secs is None:
            ratio = args.timeout / len(text) / base
            print(
                f"{name:34s} {len(text):9d} {'>' + format(args.timeout, '.0f'):>9s}"
                f" {'>' + format(args.timeout / len(text) * 1e6, '.2f'):>9s}"
                f" {'>' + format(ratio, '.1f'):>8s}",
                flush=True,
            )
            worst = max(worst, ratio)
            continue
        ratio = secs / len(text) / base
        worst = max(worst, ratio)
        print(
            f"{name:34s} {len(text):9d} {secs:9.3f} {secs / len(text) * 1e6:9.2f} {ratio:8.2f}",
            flush=True,
        )
    for n, per in sorted(baseline.items()):
        print(f"{'prose (strategies), ' + str(n) + ' chars':34s} {n:9d} {'':9s} {per * 1e6:9.2f}")
    print(f"worst ratio: {worst:.1f} ({'within' if worst <= 10 else 'beyond'} 10x prose)")
    return 0 if worst <= 10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
