"""Drive a headless Chromium for the tests, with no driver: the DevTools protocol over a pipe.

Chromium started with ``--remote-debugging-pipe`` reads protocol commands (JSON, each ended by a
NUL byte) on file descriptor 3 and writes answers and events on descriptor 4. That is all a test
needs to load a page, move the mouse, press Tab, read the DOM and computed styles, and take a
screenshot, without selenium, chromedriver or playwright.

Which browser: ``$FACTCHECK_CHROMIUM``, else ``chromium``, ``chromium-browser``,
``google-chrome`` on ``PATH``. Also a command for the docs' screenshot::

    python -m tests.browser seeds/is_albu_kamal_2017-11-09.txt docs/img/seed.png
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]
HOW_TO_ENABLE = (
    "no Chromium found: install Debian's chromium (apt-get install chromium), or set "
    "FACTCHECK_CHROMIUM to a Chromium or Chrome binary, to run the browser tests"
)


def find_chromium() -> str | None:
    """The browser to use, or None."""
    env = os.environ.get("FACTCHECK_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, exe: str, *, width: int = 1280, height: int = 900, timeout: float = 30):
        self.timeout = timeout
        self.profile = tempfile.TemporaryDirectory(prefix="factcheck-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: the pipes become descriptors 3 and 4
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self.profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=wire,  # safe: the tests start no threads
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session = ""
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call(
            "Target.attachToTarget", targetId=page["targetId"], flatten=True, session=False
        )["sessionId"]
        self.call("Page.enable")
        self.resize(width, height)

    # -- the protocol ---------------------------------------------------------------------------

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise BrowserError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise BrowserError("Chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, *, session: bool = True, **params: Any) -> dict[str, Any]:
        """Send a command and wait for its answer."""
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            self.events.append(answer)

    # -- what the tests do ----------------------------------------------------------------------

    def resize(self, width: int, height: int) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def open(self, path: Path, fragment: str = "") -> None:
        """Load a file and wait until it has loaded."""
        self.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri() + fragment)
        deadline = time.monotonic() + self.timeout
        while self.eval("document.readyState") != "complete":
            if time.monotonic() > deadline:
                raise BrowserError(f"{path} did not load")
            time.sleep(0.02)

    def eval(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (run by the test, not the page:
        the page's own Content-Security-Policy does not apply)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def hover(self, selector: str) -> None:
        """Move the mouse to the middle of the first box of an element."""
        box = self.eval(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'});"
            " const r = e.getClientRects()[0]; return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])

    def press_tab(self) -> None:
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key="Tab",
                code="Tab",
                windowsVirtualKeyCode=9,
                nativeVirtualKeyCode=9,
            )

    def screenshot(self) -> bytes:
        """A PNG of the viewport."""
        return base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])

    def close(self) -> None:
        with contextlib.suppress(BrowserError, OSError):
            self.call("Browser.close", session=False)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_browser, self._from_browser):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def main(argv: list[str]) -> int:
    """Write the screenshot for the docs: the seed's page with one sentence's card open."""
    if len(argv) != 2:
        print("usage: python -m tests.browser ARTICLE.txt OUT.png", file=sys.stderr)
        return 2
    import factcheck
    from factcheck.html import render_html

    exe = find_chromium()
    if exe is None:
        print(HOW_TO_ENABLE, file=sys.stderr)
        return 2
    article, out = Path(argv[0]), Path(argv[1])
    doc = factcheck.analyze(article.read_text(encoding="utf-8"), id=article.name)
    with tempfile.TemporaryDirectory() as tmp, Browser(exe, width=1280, height=1500) as b:
        page = Path(tmp) / "page.html"
        page.write_text(render_html(doc), encoding="utf-8")
        b.open(page)
        b.hover("#s7")
        b.eval("window.scrollTo(0, 0)")
        out.write_bytes(b.screenshot())
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
