"""A progress line on standard error, for long runs in an interactive terminal.

No dependency: one line redrawn with a carriage return, at most ten times a second, shown only
once a run has lasted ``delay`` seconds and read more than one document, and erased at the end,
so short runs and pipes never see it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """Counts documents (and bytes, for a percentage when the total is known) and draws a bar."""

    def __init__(
        self,
        stream: TextIO,
        *,
        total_bytes: int | None = None,
        enabled: bool = True,
        delay: float = 0.5,
        width: int = 28,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total_bytes = total_bytes
        self.enabled = enabled
        self.delay = delay
        self.width = width
        self.clock = clock
        self.started = clock()
        self.last_draw = 0.0
        self.docs = 0
        self.failed = 0
        self.bytes = 0
        self.drawn = False

    def update(self, *, size: int = 0, failed: bool = False) -> None:
        """One more document read (``failed``: one that could not be read)."""
        self.docs += 1
        self.failed += failed
        self.bytes += size
        if not self.enabled:
            return
        now = self.clock()
        if self.docs < 2 or now - self.started < self.delay or now - self.last_draw < 0.1:
            return
        self.last_draw = now
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    def line(self, now: float | None = None) -> str:
        """The progress line as it would be drawn now."""
        now = self.clock() if now is None else now
        rate = self.docs / max(now - self.started, 1e-9)
        counts = f"{self.docs:,} documents"
        if self.failed:
            counts += f", {self.failed:,} failed"
        counts += f"  {rate:,.1f}/s"
        if self.total_bytes:
            done = min(self.bytes / self.total_bytes, 1.0)
            filled = round(done * self.width)
            bar = "█" * filled + "·" * (self.width - filled)
            return f"{bar} {done:4.0%}  {counts}"
        return counts

    def close(self) -> None:
        """Erase the line, if one was drawn."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False
