"""The HTML page in a real headless Chromium: it renders, it answers the mouse and the keyboard,
and an article full of markup runs nothing.

Skipped when no Chromium is found (the reason says how to enable them); ``.ci/run`` installs
Debian's chromium and sets ``FACTCHECK_BROWSER_TESTS=require``, which turns the skip into a
failure, so in CI they always run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.html import render_html
from factcheck.tables import shorten

from .browser import HOW_TO_ENABLE, Browser, find_chromium, png_size
from .conftest import SEED


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    exe = find_chromium()
    if exe is None:
        if os.environ.get("FACTCHECK_BROWSER_TESTS") == "require":
            pytest.fail("FACTCHECK_BROWSER_TESTS=require, but " + HOW_TO_ENABLE)
        pytest.skip(HOW_TO_ENABLE)
    with Browser(exe, width=1280, height=2000) as b:
        yield b


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "seed.html"
    assert main(["html", str(SEED), "-o", str(out)]) == 0
    return out


def display(b: Browser, selector: str) -> str:
    value = b.eval(f"getComputedStyle(document.querySelector('{selector}')).display")
    assert isinstance(value, str)
    return value


def test_seed_page_shows_what_it_should(browser: Browser, seed_page: Path, tmp_path: Path) -> None:
    b = browser
    b.resize(1280, 2000)
    b.open(seed_page)
    assert b.eval("document.title").startswith("IS jihadists fight from Syrian desert")
    assert b.eval("document.querySelector('h1').innerText").startswith("IS jihadists fight")
    assert b.eval("document.querySelector('.dateline time').getAttribute('datetime')") == (
        "2017-11-09T15:25:00+00:00"
    )
    counts = b.eval(
        "['.stmt', '.card', '.notes .note', '.legend', '.summary tbody tr', 'script', 'img']"
        ".map(s => document.querySelectorAll(s).length)"
    )
    assert counts == [20, 20, 13, 1, 9, 0, 0]
    sources = b.eval("[...document.querySelectorAll('.src')].map(e => e.textContent)")
    assert "US officials" in sources and "the Anadolu news agency" in sources
    # distinct looks: source underlined, cue boxed, content tinted; and not by colour alone
    looks = b.eval(
        "['.src', '.cue', '.content'].map(s => { const c = getComputedStyle("
        "document.querySelector('.article ' + s)); return [c.color, c.textDecorationLine,"
        " c.outlineStyle, c.backgroundColor, c.borderBottomStyle]; })"
    )
    src, cue, content = looks
    assert len({src[0], cue[0], content[3]}) == 3
    assert src[1] == "underline" and cue[2] == "dashed" and content[4] == "dotted"
    # the article sits beside its margin notes, not under them
    left = b.eval(
        "[document.querySelector('#s7').getBoundingClientRect().right,"
        " document.querySelector('#f2').getBoundingClientRect().left]"
    )
    assert left[0] < left[1]
    # cards are hidden until asked for
    assert display(b, "#card-7") == "none"
    shot = b.screenshot()
    assert png_size(shot) == (1280, 2000)
    assert len(shot) > 50_000  # a page with text on it, not a blank
    (tmp_path / "seed.png").write_bytes(shot)


def test_hover_and_keyboard_show_the_attribution(browser: Browser, seed_page: Path) -> None:
    b = browser
    b.resize(1280, 900)
    b.open(seed_page)
    b.hover("#s7")
    assert display(b, "#card-7") == "block"
    card = b.eval("document.querySelector('#card-7').innerText")
    assert "US officials" in card and "believed" in card and "probable" in card
    assert "Vague source" in card
    b.hover("#s12")
    assert display(b, "#card-7") == "none"
    assert display(b, "#card-12") == "block"
    # keyboard: Tab reaches the first sentence and shows its card
    b.call("Input.dispatchMouseEvent", type="mouseMoved", x=1270, y=5)
    b.open(seed_page)
    b.press_tab()
    assert b.eval("document.activeElement.id") == "s0"
    assert display(b, "#card-0") == "block"
    b.press_tab()  # then the margin note of the headline, in reading order
    assert b.eval("document.activeElement.getAttribute('href')") == "#s0"
    b.press_tab()
    assert b.eval("document.activeElement.id") == "s1"
    assert display(b, "#card-1") == "block" and display(b, "#card-0") == "none"
    # a link to a sentence opens its card too
    b.open(seed_page, "#s9")
    assert display(b, "#card-9") == "block"


PAYLOAD = (
    "<script>document.title='pwned'</script>"
    "<img src=x onerror=\"document.body.dataset.pwned='img'\">"
    "<svg onload=\"document.body.dataset.pwned='svg'\"></svg>"
    "<iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>"
)


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_injected_markup_runs_nothing(browser: Browser, tmp_path: Path, csp: bool) -> None:
    text = (
        f"Attack on {PAYLOAD} continues\n"
        f"Officials said {PAYLOAD} was found.\n"
        f'"{PAYLOAD}," the minister said.'
    )
    doc = factcheck.analyze(text, id=PAYLOAD, publisher=PAYLOAD)
    page = tmp_path / "inject.html"
    page.write_text(render_html(doc, csp=csp), encoding="utf-8")
    b = browser
    b.open(page)
    assert b.eval("document.title") == render_title(doc)
    assert b.eval("document.body.dataset.pwned === undefined")
    assert b.eval("document.querySelectorAll('script, img, svg, iframe').length") == 0
    text_on_page = b.eval("document.querySelector('.article').textContent")
    assert "<script>document.title='pwned'</script>" in text_on_page


def render_title(doc: factcheck.Document) -> str:
    return shorten(doc.headline or "", 120) + " — factcheck"
