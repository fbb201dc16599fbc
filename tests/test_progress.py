"""The progress line: only on long runs, erased at the end."""

from __future__ import annotations

import io

from factcheck.progress import Progress


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_short_runs_draw_nothing() -> None:
    out, clock = io.StringIO(), Clock()
    p = Progress(out, total_bytes=100, clock=clock)
    for _ in range(5):
        clock.now += 0.01
        p.update(size=10)
    p.close()
    assert out.getvalue() == ""


def test_long_runs_draw_a_bar_and_erase_it() -> None:
    out, clock = io.StringIO(), Clock()
    p = Progress(out, total_bytes=100, clock=clock, width=10)
    for k in range(10):
        clock.now += 0.2
        p.update(size=10, failed=k == 3)
    drawn = out.getvalue()
    assert drawn.startswith("\r") and "documents" in drawn and "1 failed" in drawn
    assert "██████████ 100%  10 documents" in drawn
    p.close()
    assert out.getvalue().endswith("\r\x1b[K")


def test_unknown_total_counts_only() -> None:
    clock = Clock()
    p = Progress(io.StringIO(), clock=clock)
    clock.now = 2.0
    p.update()
    p.update()
    assert p.line() == "2 documents  1.0/s"


def test_disabled_draws_nothing() -> None:
    out, clock = io.StringIO(), Clock()
    p = Progress(out, enabled=False, clock=clock)
    for _ in range(10):
        clock.now += 1
        p.update()
    p.close()
    assert out.getvalue() == "" and p.docs == 10
