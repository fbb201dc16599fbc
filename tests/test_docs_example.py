"""The user's example of docs/strategies.md, run as a test (the page shows this file's code
between the ``example`` markers, and test_docs_page_shows_this_example keeps the two equal)."""

from __future__ import annotations

import re
from pathlib import Path

# --8<-- [start:example]
from collections import Counter

from hypothesis import given

import factcheck
from factcheck.strategies import Generated, articles

# The constructions our newsroom's style guide uses (see factcheck.strategies.CONSTRUCTIONS).
HOUSE_STYLE = {
    "said_that",
    "said_bare",
    "postposed",
    "quote_after",
    "quote_colon",
    "according_end",
    "continuation",
    "second_mention",
    "unattributed",
    "unheld_attitude",
}


def sources_per_article(text: str) -> Counter[str]:
    """Our pipeline: how many statements each source makes in an article."""
    doc = factcheck.analyze(text)
    return Counter(a.source.entity for a in doc.attributions if a.source is not None)


def unattributed_share(text: str) -> float:
    """Our pipeline: the share of body statements nobody is said to have made."""
    doc = factcheck.analyze(text)
    body = [s for s in doc.statements if s.role is factcheck.Role.BODY]
    flagged = [s for s in body if factcheck.FlagKind.UNATTRIBUTED in s.flag_kinds]
    return len(flagged) / len(body) if body else 0.0


@given(articles(constructions=HOUSE_STYLE))
def test_sources_per_article(article: Generated[factcheck.Document]) -> None:
    truth = Counter(a.source.entity for a in article.expected.attributions if a.source)
    assert sources_per_article(article.text) == truth


@given(articles(constructions=HOUSE_STYLE))
def test_unattributed_share(article: Generated[factcheck.Document]) -> None:
    body = [s for s in article.expected.statements if s.role is factcheck.Role.BODY]
    truth = sum(not s.attributions for s in body) / len(body) if body else 0.0
    assert unattributed_share(article.text) == truth
# --8<-- [end:example]


def test_docs_page_shows_this_example() -> None:
    here = Path(__file__).read_text(encoding="utf-8")
    code = here.split("# --8<-- [start:example]\n", 1)[1].split("# --8<-- [end:example]", 1)[0]
    page = (Path(__file__).resolve().parent.parent / "docs" / "strategies.md").read_text(
        encoding="utf-8"
    )
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.S)
    assert code in blocks, "docs/strategies.md must show the example of tests/test_docs_example.py"
