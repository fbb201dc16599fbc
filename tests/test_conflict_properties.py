"""Properties of claims and conflicts: on any document, any group, in any order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factcheck import ClaimKind, Polarity
from factcheck.claims import claims_of
from factcheck.conflicts import (
    _disputed,
    claim_range,
    compare,
    conflicts_in_group,
    flag_conflicts,
)
from factcheck.model import Claim, Document, Span

from .strategies_model import documents

UTC = dt.UTC


@given(documents())
def test_claims_and_flags_of_any_document(doc: Document) -> None:
    """On any document (not only what analyze makes): claims point into its text, and
    flagging its conflicts keeps it whole."""
    for c in claims_of(doc):
        assert c.span.end <= len(doc.text)
        assert c.text == c.span.of(doc.text)
        assert 0 <= c.statement < len(doc.statements)
        assert c.key.startswith(c.kind.value + "|")
    flagged = flag_conflicts(doc)
    assert flagged.text == doc.text
    assert len(flagged.statements) == len(doc.statements)
    for x in flagged.conflicts:
        assert len(x.claims) >= 2
        assert all(c.key == x.key for c in x.claims)


ranges = st.tuples(st.integers(-50, 50), st.integers(0, 30)).map(
    lambda t: (float(t[0]), float(t[0] + t[1]))
)


@given(st.lists(ranges, max_size=12))
def test_disputed_is_every_range_that_misses_another(rs: list[tuple[float, float]]) -> None:
    def miss(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return a[1] < b[0] or b[1] < a[0]

    brute = [k for k, r in enumerate(rs) if any(miss(r, o) for j, o in enumerate(rs) if j != k)]
    assert _disputed(rs) == brute


def _figure(k: int, low: float | None, high: float | None, approx: bool, hour: int) -> Claim:
    return Claim(
        key="quantity|dead|people|||||explosion|kabul|2017-11-06",
        kind=ClaimKind.QUANTITY,
        span=Span(0, 2),
        text=f"{low}",
        statement=k,
        document=f"d{k}",
        publisher=f"outlet {k % 3}",
        published=dt.datetime(2017, 11, 6, hour, tzinfo=UTC),
        low=low,
        high=high,
        approximate=approx,
    )


figures = st.lists(
    st.tuples(
        st.none() | st.integers(0, 40),
        st.integers(0, 10),
        st.booleans(),
        st.booleans(),
        st.integers(0, 23),
    ),
    min_size=1,
    max_size=8,
)


def _claims(spec: list[Any]) -> list[Claim]:
    out = []
    for k, (low, width, open_high, approx, hour) in enumerate(spec):
        high = None if open_high or low is None else low + width
        out.append(_figure(k, low, high, approx, hour))
    return out


@given(figures, st.randoms())
def test_conflicts_do_not_depend_on_order(spec: list[Any], rnd: Any) -> None:
    claims = _claims(spec)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert conflicts_in_group(claims) == conflicts_in_group(shuffled)


@given(figures)
def test_claims_that_share_a_value_never_conflict(spec: list[Any]) -> None:
    claims = _claims(spec)
    rs = [claim_range(c) for c in claims]
    if max(r[0] for r in rs) <= min(r[1] for r in rs):
        assert conflicts_in_group(claims) == []
    else:
        assert conflicts_in_group(claims) != []


@given(figures)
def test_every_claim_in_a_conflict_misses_another_in_it_or_is_revised(spec: list[Any]) -> None:
    claims = _claims(spec)
    for x in conflicts_in_group(claims):
        if x.revision:
            # one voice, in order of publication, its last claim differing from an earlier one
            assert len({c.publisher for c in x.claims}) == 1
            continue
        rs = [claim_range(c) for c in x.claims]
        for k, r in enumerate(rs):
            assert any(r[1] < o[0] or o[1] < r[0] for j, o in enumerate(rs) if j != k)


@given(st.lists(st.booleans(), min_size=2, max_size=6))
def test_propositions_conflict_when_asserted_and_denied(polarities: list[bool]) -> None:
    claims = [
        Claim(
            key="proposition|carri fighter out taliban",
            kind=ClaimKind.PROPOSITION,
            span=Span(0, 1),
            text="x",
            statement=k,
            polarity=Polarity.POSITIVE if p else Polarity.NEGATIVE,
        )
        for k, p in enumerate(polarities)
    ]
    found = conflicts_in_group(claims)
    assert bool(found) == (len(set(polarities)) == 2)


def test_compare_of_nothing_is_nothing() -> None:
    assert compare([]) == []
