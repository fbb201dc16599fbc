"""The HTML page, read back without a browser: the text exact, every span marked, all escaped."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.html import PALETTE, contrast_ratio, index_entry, render_html, render_index
from factcheck.model import (
    Attribution,
    Cue,
    Document,
    Flag,
    FlagKind,
    Mode,
    Quantity,
    Role,
    Source,
    Span,
    Statement,
    TimeRef,
)

from .strategies_model import documents
from .test_properties import news_like

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}
NOT_TEXT = {"card", "notes", "fn"}  # what the page adds to the article's text


class _Reader(HTMLParser):
    """The article's text as the page carries it, and the classes over every character."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str], str | None]] = []
        self.text: list[str] = []
        self.classes: list[set[str]] = []  # per character of the article
        self.statement_text: dict[str, list[str]] = {}
        self.tags: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag in VOID:
            return
        self.stack.append((tag, set((a.get("class") or "").split()), a.get("id")))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            top = self.stack.pop()
            if top[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        inside = [c for _, c, _ in self.stack]
        if not any("article" in c for c in inside) or any(c & NOT_TEXT for c in inside):
            return
        self.text.append(data)
        covering = set().union(*inside)
        self.classes.extend([covering] * len(data))
        for tag, _, ident in self.stack:
            if tag == "span" and ident and ident.startswith("s"):
                self.statement_text.setdefault(ident, []).append(data)


def read(page: str) -> _Reader:
    r = _Reader()
    r.feed(page)
    r.close()
    return r


def expected_text(text: str) -> str:
    """What HTML can carry of a text: NUL and lone surrogates become U+FFFD."""
    return re.sub("[\x00\ud800-\udfff]", "\ufffd", text)


def covered(doc: Document, kind: str) -> set[int]:
    n = len(doc.text)
    out: set[int] = set()
    for a in doc.attributions:
        spans = {
            "src": [a.source.span] if a.source else [],
            "cue": [a.cue.span],
            "content": list(a.content),
        }[kind]
        for sp in spans:
            out.update(range(sp.start, min(sp.end, n)))
    return out


def check_page(doc: Document) -> _Reader:
    page = render_html(doc)
    r = read(page)
    assert "".join(r.text) == expected_text(doc.text)
    # a line break is a break between rows of the page, never inside a mark
    breaks = {k for k, ch in enumerate(doc.text) if ch in "\r\n"}
    for kind in ("src", "cue", "content"):
        marked = {k for k, c in enumerate(r.classes) if kind in c}
        assert marked - breaks == covered(doc, kind) - breaks, kind
    for stmt in doc.statements:
        if stmt.span.start < stmt.span.end:
            assert "".join(r.statement_text[f"s{stmt.index}"]) == expected_text(stmt.text)
    assert r.tags.count("script") == 0
    return r


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return factcheck.analyze(seed_text, id="is_albu_kamal_2017-11-09")


def test_seed_page(seed_doc: Document) -> None:
    r = check_page(seed_doc)
    page = render_html(seed_doc)
    assert r.tags.count("h1") == 1
    assert (
        "<title>IS jihadists fight from Syrian desert after losing last stronghold — factcheck<"
        in page
    )
    assert re.search(
        r'<h1 class="text"><span class="stmt own" id="s0"[^>]*>IS jihadists fight', page
    )
    assert re.search(
        r'<time datetime="2017-11-09T15:25:00\+00:00"><span class="stmt own" id="s2"[^>]*>'
        r"Thursday 9 November",
        page,
    )
    assert sum(1 for i in r.ids if re.fullmatch(r"s\d+", i)) == 20
    assert sum(1 for i in r.ids if re.fullmatch(r"card-\d+", i)) == 20
    assert [i for i in r.ids if re.fullmatch(r"f\d+", i)] == [f"f{k}" for k in range(1, 14)]
    assert page.count('class="fn"') == 13 + 1  # one per flag, one in the legend
    assert "Who says what" in page and "(publisher&#x27;s own voice)" in page


@settings(max_examples=100, deadline=None)
@given(documents())
def test_any_document_page_keeps_the_text_and_marks_every_span(doc: Document) -> None:
    check_page(doc)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(), news_like))
def test_any_analysed_text_page(text: str) -> None:
    check_page(factcheck.analyze(text))


def test_nested_shared_and_touching_spans() -> None:
    #       0         1         2         3         4         5         6
    #       0123456789012345678901234567890123456789012345678901234567890123
    text = 'The agency said police believed "two died", and police said so.'
    police = Source(Span(16, 22), "police", "police")
    outer = Attribution(
        0,
        Cue(Span(11, 15), "said", "say"),
        (Span(16, 42),),
        Mode.INDIRECT,
        Source(Span(0, 10), "The agency", "agency"),
    )
    inner = Attribution(
        1, Cue(Span(23, 31), "believed", "believe"), (Span(32, 42),), Mode.MIXED, police, 0
    )
    shared = Attribution(  # the same source mention again, and a cue touching its content
        2, Cue(Span(55, 59), "said", "say"), (Span(59, 62),), Mode.INDIRECT, police
    )
    stmt = Statement(0, Span(0, len(text)), text, Role.BODY, (outer, inner, shared))
    doc = Document(text, (stmt,))
    r = check_page(doc)
    at = {k: r.classes[k] for k in (16, 33, 56, 60)}
    assert {"src", "content"} <= at[16]  # a source inside a content
    assert {"content", "c2"} <= at[33]  # a content inside a content
    assert "cue" in at[56] and "content" not in at[56]
    assert "content" in at[60] and "cue" not in at[60]


def test_rows_follow_paragraphs_and_never_cut_a_statement() -> None:
    text = "Head line\nOfficials said the\nport had closed.\n\n  \nIt reopened.\n"
    a, b = text.index("Officials"), text.index("closed.") + len("closed.")
    c = text.index("It")
    sts = (
        Statement(0, Span(0, 9), "Head line", Role.HEADLINE),
        Statement(1, Span(a, b), text[a:b], Role.BODY),
        Statement(2, Span(c, c + 12), text[c : c + 12], Role.BODY),
    )
    doc = Document(text, sts)
    page = render_html(doc)
    check_page(doc)
    # blank lines separate paragraphs when there are any, and the headline ends at its line:
    # 3 rows; the wrapped statement stays whole
    assert page.count('<div class="row') == 3
    assert '<h1 class="text"><span class="stmt own" id="s0"' in page
    single = text.replace("\n\n  \n", "\n")
    doc2 = factcheck.analyze(single)
    # without blank lines every line is a paragraph, unless a statement runs across
    rows = render_html(doc2).count('<div class="row')
    assert rows == len(single.strip().split("\n")) - sum(
        st.text.count("\n") for st in doc2.statements
    )


@pytest.mark.parametrize(
    "payload",
    [
        "<script>document.title='pwned'</script>",
        '<img src=x onerror="document.body.dataset.pwned=1">',
        "</p></article><script>alert(1)</script>",
        '"><svg onload=alert(1)>',
        "<!-- -->&amp;<style>body{display:none}</style>",
    ],
)
def test_article_text_is_escaped(payload: str) -> None:
    text = f"Headline {payload}\nOfficials said {payload} was found.\nIt {payload} ends."
    doc = factcheck.analyze(text, id=payload, publisher=payload)
    page = render_html(doc, title=payload)
    r = check_page(doc)
    assert r.tags.count("script") == 0
    assert r.tags.count("img") == 0 and r.tags.count("svg") == 0
    assert r.tags.count("style") == 1
    assert payload not in page


def test_page_loads_nothing_and_runs_nothing(seed_doc: Document) -> None:
    page = render_html(seed_doc)
    assert not re.search(r"(src|href)=\"(https?:|//)|<link|@import|url\(|<script", page)
    css = re.search(r"<style>(.*)</style>", page, re.S)
    assert css is not None
    digest = base64.b64encode(hashlib.sha256(css[1].encode()).digest()).decode()
    assert f"default-src 'none'; style-src 'sha256-{digest}'" in page
    assert "Content-Security-Policy" not in render_html(seed_doc, csp=False)


@pytest.mark.parametrize("background", ["paper", "content_bg", "content_bg2", "note_bg", "card_bg"])
@pytest.mark.parametrize("foreground", ["ink", "muted", "source", "cue", "flag", "focus"])
def test_colours_are_readable(foreground: str, background: str) -> None:
    assert contrast_ratio(PALETTE[foreground], PALETTE[background]) >= 4.5


def test_contrast_ratio_bounds() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)


def test_times_figures_and_flags_show_in_the_card() -> None:
    text = "Police detained more than 100 people last week, state media said."
    att = Attribution(
        0,
        Cue(Span(61, 65), "said", "say"),
        (Span(0, 46),),
        Mode.INDIRECT,
        Source(Span(48, 60), "state media", "state media", vague=True),
    )
    stmt = Statement(
        0,
        Span(0, len(text)),
        text,
        Role.BODY,
        (att,),
        (Quantity(Span(16, 29), "more than 100", 100, None, about="people"),),
        (TimeRef(Span(37, 46), "last week", dt.date(2017, 10, 30), dt.date(2017, 11, 5)),),
        (Flag(FlagKind.CONFLICT, "12 elsewhere, 100 here.", (Span(16, 29),)),),
    )
    page = render_html(Document(text, (stmt,)))
    card = page[page.index('<span class="card"') :]
    assert "last week (2017-10-30/2017-11-05)" in card
    assert "more than 100 (≥ 100) — people" in card
    assert "Conflict" in card and 'class="note note-conflict"' in page
    assert "qty" in page and "time" in page


def test_empty_document() -> None:
    doc = factcheck.analyze("")
    r = check_page(doc)
    assert r.text == []


def test_render_html_refuses_other_things() -> None:
    with pytest.raises(TypeError, match="str"):
        render_html("text")  # type: ignore[arg-type]


def test_index_page(seed_doc: Document) -> None:
    page = render_index([index_entry("a.html", seed_doc), index_entry('"<b>.html', seed_doc)])
    assert 'href="a.html"' in page and "&quot;&lt;b&gt;.html" in page
    assert "2 articles" in page
