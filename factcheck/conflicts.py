"""Conflicts: claims about the same thing that cannot all hold.

Claims are grouped by ``Claim.key`` and compared only within a group,
never all pairs: a corpus of a million claims costs one pass to key them, one grouping, and a
pass over each group. The pieces are public so that a distributed engine can do the grouping
(a shuffle) itself::

    from factcheck.claims import claims_of
    from factcheck.conflicts import conflicts_in_group

    claims = [c for doc in documents for c in claims_of(doc)]       # map
    groups = group_claims(claims)                                   # shuffle by Claim.key
    conflicts = [x for g in groups.values() for x in conflicts_in_group(g)]  # reduce

which is what :func:`compare` does. Each claim stands for a range of values: a figure its
bounds ("more than 10" is 11 and up; "about 300" is 300 give or take ``tolerance``, 10% by
default; "$143 million" is 143 million give or take the 500,000 its rounding hides), a date its
days, a proposition its polarity. Claims agree when their ranges overlap; when they do not all
overlap, the claims that fall outside another's range are in dispute.

A later report of the same outlet, or of the same named source, that changes its own claim is
a **revision**: it gets a conflict of its own (``revision=True``) and its superseded claims are
left out of the conflict between the others.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import attrs

from .claims import ClaimWords, claims_of, denied_claims_of, describe_key
from .model import (
    DEFAULT_TOLERANCE,
    Claim,
    ClaimKind,
    Conflict,
    Document,
    Flag,
    FlagKind,
    Polarity,
    SourceKind,
    Statement,
)

# DEFAULT_TOLERANCE (imported above) lives in model: the command line reads it without this module

_INF = math.inf
Range = tuple[float, float]


def _check_tolerance(tolerance: float) -> None:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise TypeError(f"tolerance must be a number, got {type(tolerance).__name__}")
    if not 0 <= tolerance < 1:
        raise ValueError(f"tolerance must be at least 0 and below 1, got {tolerance!r}")


def claim_range(claim: Claim, tolerance: float = DEFAULT_TOLERANCE) -> Range:
    """The values a claim allows, as ``(low, high)``: a figure's bounds (widened by its
    rounding ``margin``, and by ``tolerance`` when it is approximate), a date's days (as
    ordinals), a proposition's polarity (1 asserted, 0 denied)."""
    if claim.kind is ClaimKind.PROPOSITION:
        v = 1.0 if claim.polarity is Polarity.POSITIVE else 0.0
        return v, v
    if claim.kind is ClaimKind.DATE:
        t = claim.time
        if t is None or t.start is None or t.end is None:
            return -_INF, _INF
        return float(t.start.toordinal()), float(t.end.toordinal())
    low = -_INF if claim.low is None else claim.low - claim.margin
    high = _INF if claim.high is None else claim.high + claim.margin
    if claim.approximate:
        low = low - abs(low) * tolerance if low != -_INF else low
        high = high + abs(high) * tolerance if high != _INF else high
    return low, high


def compatible(a: Claim, b: Claim, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Whether two claims can both hold: their ranges overlap (see :func:`claim_range`).
    Claims with different keys are about different things and always compatible."""
    if a.key != b.key:
        return True
    (al, ah), (bl, bh) = claim_range(a, tolerance), claim_range(b, tolerance)
    return al <= bh and bl <= ah


def _disputed(ranges: Sequence[Range]) -> list[int]:
    """The indices of the ranges that do not overlap every other one, in one pass: a range
    misses another exactly when it ends before the highest other start or starts after the
    lowest other end."""
    n = len(ranges)
    if n < 2:
        return []
    lows = sorted(((r[0], k) for k, r in enumerate(ranges)), reverse=True)[:2]
    highs = sorted((r[1], k) for k, r in enumerate(ranges))[:2]
    if lows[0][0] <= highs[0][0]:
        return []  # every range holds the highest start: they all overlap
    out = []
    for k, (lo, hi) in enumerate(ranges):
        max_low = lows[1][0] if lows[0][1] == k else lows[0][0]
        min_high = highs[1][0] if highs[0][1] == k else highs[0][0]
        if hi < max_low or lo > min_high:
            out.append(k)
    return out


def _order(c: Claim) -> tuple[float, str, int, int]:
    when = c.published.timestamp() if c.published is not None else -_INF
    return when, c.document or "", c.span.start, c.span.end


def _voices(c: Claim) -> list[str]:
    """Who stands behind a claim over time: its named source, and its outlet."""
    out = []
    src = c.source
    if src is not None and not src.vague and src.kind is not SourceKind.ANONYMOUS:
        out.append(f"source {src.entity}")
    if c.publisher:
        out.append(f"outlet {c.publisher}")
    return out


def conflicts_in_group(
    claims: Sequence[Claim], *, tolerance: float = DEFAULT_TOLERANCE
) -> list[Conflict]:
    """The conflicts among claims that share one key: none when they can all hold; else the
    revisions (a later report of the same outlet or named source changing its claim), then one
    conflict among the claims that still disagree. Linear in the number of claims, after
    sorting them by publication.

    Raises :class:`ValueError` when the claims do not all share one key (group them with
    :func:`group_claims` first)."""
    _check_tolerance(tolerance)
    if len(claims) < 2:
        return []
    key = claims[0].key
    for c in claims:
        if not isinstance(c, Claim):
            raise TypeError(f"conflicts_in_group() takes Claims, got {type(c).__name__}")
        if c.key != key:
            raise ValueError(
                f"conflicts_in_group() takes claims of one key, got {key[:60]!r} and "
                f"{c.key[:60]!r}: group them by key first (group_claims)"
            )
    group = sorted(claims, key=_order)
    ranges = [claim_range(c, tolerance) for c in group]
    if not _disputed(ranges):
        return []
    # revisions: the latest claim of each voice stands; an earlier one it contradicts is
    # superseded
    latest: dict[str, int] = {}
    for k, c in enumerate(group):
        if c.published is None:
            continue
        for v in _voices(c):
            latest[v] = k  # the group is in order of publication
    superseded: dict[int, str] = {}
    for k, c in enumerate(group):
        if c.published is None:
            continue
        for v in _voices(c):
            j = latest[v]
            later = group[j]
            if (
                later.published is not None
                and later.published > c.published
                and not _overlap(ranges[k], ranges[j])
            ):
                superseded[k] = v
                break
    out: list[Conflict] = []
    by_voice: dict[str, list[int]] = {}
    for k, v in superseded.items():
        by_voice.setdefault(v, []).append(k)
    for v, ks in by_voice.items():
        chain = sorted({*ks, latest[v]})
        out.append(_conflict(key, [group[k] for k in chain], revision=True, voice=v))
    rest = [k for k in range(len(group)) if k not in superseded]
    disputed = _disputed([ranges[k] for k in rest])
    if disputed:
        members = [group[rest[k]] for k in disputed]
        out.append(_conflict(key, members, revision=False, tolerance=tolerance))
    out.sort(key=lambda x: _order(x.claims[0]))
    return out


def _overlap(a: Range, b: Range) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _conflict(
    key: str,
    claims: list[Claim],
    *,
    revision: bool,
    voice: str = "",
    tolerance: float = DEFAULT_TOLERANCE,
) -> Conflict:
    kind = claims[0].kind
    if revision:
        who = voice.partition(" ")[2]
        first, last = claims[0], claims[-1]
        if kind is ClaimKind.PROPOSITION:
            reason = f"{who} {_value(first)} ({_when(first)}), then {_value(last)} ({_when(last)})"
        else:
            reason = (
                f"{who} first said {_value(first)} ({_when(first)}), then {_value(last)} "
                f"({_when(last)})"
            )
        reason += ": a revision"
    else:
        reason = _reason(claims, tolerance)
    example = next((c.text for c in claims if c.polarity is Polarity.POSITIVE), claims[0].text)
    return Conflict(
        kind=kind,
        key=key,
        subject=describe_key(key, " ".join(example.split())),
        claims=tuple(claims),
        reason=reason,
        revision=revision,
    )


def _when(c: Claim) -> str:
    return c.published.isoformat(sep=" ", timespec="minutes") if c.published else "undated"


def _number(v: float) -> str:
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _value(c: Claim) -> str:
    """A claim's value as an editor reads it: "12", "at least 20", "about 300", "2017-11-05",
    "that it is so", "that it is not"."""
    if c.kind is ClaimKind.PROPOSITION:
        return "asserts it" if c.polarity is Polarity.POSITIVE else "denies it"
    if c.kind is ClaimKind.DATE:
        t = c.time
        if t is None or t.start is None:
            return c.text
        day = t.start.isoformat() if t.start == t.end else f"{t.start}/{t.end}"
        return f"{c.text!r} ({day})"
    lo, hi = c.low, c.high
    if lo is not None and hi is not None:
        bounds = _number(lo) if lo == hi else f"{_number(lo)} to {_number(hi)}"
    elif lo is not None:
        bounds = f"{_number(lo)} or more"
    elif hi is not None:
        bounds = f"{_number(hi)} or fewer"
    else:  # pragma: no cover - such figures make no claim
        bounds = "any number"
    if c.approximate:
        bounds = f"about {bounds}"
    elif lo is not None and lo == hi:
        return repr(c.text)  # "14", "14 people": the text says it all
    return f"{c.text!r} ({bounds})"


def _reason(claims: list[Claim], tolerance: float) -> str:
    kind = claims[0].kind
    if kind is ClaimKind.PROPOSITION:
        yes = [c for c in claims if c.polarity is Polarity.POSITIVE]
        no = [c for c in claims if c.polarity is Polarity.NEGATIVE]
        return (
            f"asserted by {_who_list(yes)} and denied by {_who_list(no)}: "
            "it cannot both be and not be so"
        )
    ranges = [claim_range(c, tolerance) for c in claims]
    lo_k = min(range(len(claims)), key=lambda k: ranges[k][1])
    hi_k = max(range(len(claims)), key=lambda k: ranges[k][0])
    a, b = claims[lo_k], claims[hi_k]
    if kind is ClaimKind.DATE:
        return f"{_value(a)} and {_value(b)} are different days for one event"
    notes = []
    if a.approximate or b.approximate:
        notes.append(f"approximate figures agree within {tolerance:.0%}")
    if a.margin or b.margin:
        notes.append("rounded figures within their last digit")
    tail = f" ({'; '.join(notes)})" if notes else ""
    return f"{_value(a)} and {_value(b)}: no figure fits both{tail}"


def _who(c: Claim) -> str:
    if c.source is not None:
        return c.source.entity
    return c.publisher or "the publisher"


def _who_list(claims: Iterable[Claim]) -> str:
    names = list(dict.fromkeys(_who(c) for c in claims))
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# -- corpora and articles -----------------------------------------------------------------------


def keyed_claims(doc: Document, *, words: ClaimWords | None = None) -> list[tuple[str, Claim]]:
    """``(claim.key, claim)`` for every claim of ``doc``: the map step for an engine that
    groups pairs by their first item (``factcheck.corpus.group_conflicts``,
    ``factcheck.dask.conflicts_bag``)."""
    return [(c.key, c) for c in claims_of(doc, words=words)]


def conflicts_among(
    key: str, claims: Sequence[Claim], *, tolerance: float = DEFAULT_TOLERANCE
) -> list[Conflict]:
    """The conflicts among the claims of one key: :func:`conflicts_in_group`, for an engine
    that hands each group over with its key. Raises :class:`ValueError` when a claim has
    another key."""
    for c in claims:
        if isinstance(c, Claim) and c.key != key:
            raise ValueError(
                f"conflicts_among({key[:60]!r}, ...) got a claim of key {c.key[:60]!r}"
            )
    return conflicts_in_group(claims, tolerance=tolerance)


def group_claims(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims grouped by key, in the order they come."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        groups.setdefault(c.key, []).append(c)
    return groups


def conflicts_of_groups(
    groups: Mapping[str, Sequence[Claim]], *, tolerance: float = DEFAULT_TOLERANCE
) -> list[Conflict]:
    """The conflicts of every group, earliest first (see :func:`conflicts_in_group`)."""
    out = [
        x for g in groups.values() if len(g) > 1 for x in conflicts_in_group(g, tolerance=tolerance)
    ]
    out.sort(key=lambda x: (_order(x.claims[0]), x.key))
    return out


def compare(
    documents: Iterable[Document],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    words: ClaimWords | None = None,
) -> list[Conflict]:
    """Every conflict among the claims of ``documents`` (within one article or across several):
    claims keyed (:func:`~factcheck.claims.claims_of`), grouped by key, each group compared
    (:func:`conflicts_in_group`). The documents are read once, one at a time; only their claims
    are kept."""
    _check_tolerance(tolerance)
    if isinstance(documents, Document):
        documents = [documents]

    def claims() -> Iterable[Claim]:
        for d in documents:
            if not isinstance(d, Document):
                raise TypeError(f"compare() takes factcheck Documents, got {type(d).__name__}")
            yield from claims_of(d, words=words)

    return conflicts_of_groups(group_claims(claims()), tolerance=tolerance)


def flag_conflicts(
    doc: Document,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    words: ClaimWords | None = None,
) -> Document:
    """The document with the conflicts among its own statements: in
    ``Document.conflicts``, and as a ``conflict`` flag on every statement
    involved (over the words of its claim)."""
    _check_tolerance(tolerance)
    found = conflicts_of_groups(
        group_claims(denied_claims_of(doc, words=words)), tolerance=tolerance
    )
    if not found:
        return attrs.evolve(doc, conflicts=()) if doc.conflicts else doc
    extra: dict[int, list[Flag]] = {}
    for x in found:
        for c in x.claims:
            others = [o for o in x.claims if o is not c]
            extra.setdefault(c.statement, []).append(
                Flag(FlagKind.CONFLICT, _flag_message(x, c, others, tolerance), (c.span,))
            )
    statements: list[Statement] = []
    for st in doc.statements:
        more = extra.get(st.index)
        statements.append(attrs.evolve(st, flags=(*st.flags, *more)) if more else st)
    return attrs.evolve(doc, statements=tuple(statements), conflicts=tuple(found))


def _flag_message(x: Conflict, c: Claim, others: Sequence[Claim], tolerance: float) -> str:
    """What the flag on one statement says: what it claims, and who here says otherwise."""
    against = [
        o for o in others if not _overlap(claim_range(c, tolerance), claim_range(o, tolerance))
    ]
    there = "; ".join(
        f"statement {o.statement} ({_speaker(o)}) {_says(o)}" for o in against or others
    )
    here = f"this statement ({_speaker(c)}) {_says(c)}"
    return f"Conflict over {x.subject}: {here}; {there}. {x.reason[:1].upper()}{x.reason[1:]}."


def _speaker(c: Claim) -> str:
    return c.source.entity if c.source is not None else "the publisher's own voice"


def _says(c: Claim) -> str:
    if c.kind is ClaimKind.PROPOSITION:
        return _value(c)
    return f"says {_value(c)}"
