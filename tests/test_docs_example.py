"""The user's example of docs/strategies.md, run as a test. The page shows the code between the
``example`` markers; tests/test_strategies.py keeps the two equal."""

from __future__ import annotations

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
