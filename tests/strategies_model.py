"""Hypothesis strategies for arbitrary, valid model objects (every span inside the text).

Not articles: documents with every field used (quantities, times, nested attributions, flags,
time zones), to test the renderers and the JSON round trip beyond what ``analyze`` makes today.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from hypothesis import strategies as st

from factcheck.model import (
    Attribution,
    Certainty,
    Claim,
    ClaimKind,
    Conflict,
    Cue,
    Document,
    Flag,
    FlagKind,
    Mode,
    Polarity,
    Quantity,
    Role,
    Source,
    SourceKind,
    Span,
    Statement,
    TimeRef,
)

TEXT_ALPHABET = st.characters(blacklist_categories=("Cs",))
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
zones = st.none() | st.builds(
    dt.timezone,
    st.timedeltas(
        min_value=dt.timedelta(hours=-23, minutes=-59), max_value=dt.timedelta(hours=23, minutes=59)
    ).map(lambda d: dt.timedelta(minutes=int(d.total_seconds() // 60))),
)


@st.composite
def spans(draw: Any, n: int) -> Span:
    a = draw(st.integers(0, n))
    b = draw(st.integers(a, n))
    return Span(a, b)


@st.composite
def documents(draw: Any, text: st.SearchStrategy[str] | None = None) -> Document:
    """A document whose every span lies in its text; text fields hold the words of their span."""
    body: str = draw(text if text is not None else st.text(TEXT_ALPHABET, max_size=120))
    n = len(body)

    def words(sp: Span) -> str:
        return body[sp.start : sp.end]

    def source() -> Source:
        sp = draw(spans(n))
        return Source(
            sp,
            words(sp),
            draw(st.text(max_size=12)),
            draw(st.sampled_from(SourceKind)),
            draw(st.booleans()),
            draw(st.none() | spans(n)),
        )

    # statements: ordered, disjoint
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=8, unique=True)))
    bounds = [(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    statements: list[Statement] = []
    att_id = 0
    for index, (a, b) in enumerate(bounds):
        atts = []
        for _ in range(draw(st.integers(0, 2))):
            cue_sp = draw(spans(n))
            atts.append(
                Attribution(
                    att_id,
                    Cue(
                        cue_sp,
                        words(cue_sp),
                        draw(st.text(max_size=8)),
                        draw(st.sampled_from(Certainty)),
                        draw(st.sampled_from(Polarity)),
                    ),
                    tuple(draw(st.lists(spans(n), min_size=1, max_size=2))),
                    draw(st.sampled_from(Mode)),
                    draw(st.none()) if draw(st.booleans()) else source(),
                    draw(st.none() | st.integers(0, max(att_id - 1, 0))),
                )
            )
            att_id += 1
        quantities = []
        for _ in range(draw(st.integers(0, 2))):
            sp = draw(spans(n))
            about = draw(st.none() | spans(n))
            quantities.append(
                Quantity(
                    span=sp,
                    text=words(sp),
                    low=draw(st.none() | finite),
                    high=draw(st.none() | finite),
                    approximate=draw(st.booleans()),
                    unit=draw(st.none() | st.sampled_from(["%", "USD", "km"])),
                    about=None if about is None else words(about),
                    about_span=about,
                )
            )
        times = []
        for _ in range(draw(st.integers(0, 2))):
            sp = draw(spans(n))
            start = draw(st.none() | st.dates())
            end = None if start is None else draw(st.none() | st.dates(min_value=start))
            times.append(
                TimeRef(
                    span=sp,
                    text=words(sp),
                    start=start,
                    end=end,
                    note=draw(st.none() | st.text(max_size=10)),
                )
            )
        flags = [
            Flag(
                draw(st.sampled_from(FlagKind)),
                draw(st.text(max_size=30)),
                tuple(draw(st.lists(spans(n), max_size=2))),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        sp = Span(a, b)
        statements.append(
            Statement(
                index=index,
                span=sp,
                text=words(sp),
                role=draw(st.sampled_from(Role)),
                attributions=tuple(atts),
                quantities=tuple(quantities),
                times=tuple(times),
                flags=tuple(flags),
            )
        )
    published = draw(st.none() | st.datetimes(timezones=zones))
    doc_id = draw(st.none() | st.text(max_size=20))
    publisher = draw(st.none() | st.text(max_size=20))
    conflicts = []
    if statements:
        for _ in range(draw(st.integers(0, 1))):
            kind = draw(st.sampled_from(ClaimKind))
            key = draw(st.text(max_size=20))
            claims = []
            for _ in range(2):
                st_ = draw(st.sampled_from(statements))
                sp = draw(spans(n))
                low = draw(st.none() | finite)
                claims.append(
                    Claim(
                        key=key,
                        kind=kind,
                        span=sp,
                        text=words(sp),
                        statement=st_.index,
                        document=doc_id,
                        publisher=publisher,
                        published=published,
                        source=draw(st.none()) if draw(st.booleans()) else source(),
                        certainty=draw(st.sampled_from(Certainty)),
                        polarity=draw(st.sampled_from(Polarity)),
                        low=low,
                        high=draw(st.none() | finite),
                        approximate=draw(st.booleans()),
                        margin=draw(st.floats(0, 1e6)),
                        unit=draw(st.none() | st.sampled_from(["USD", "km"])),
                        time=draw(st.none() | st.sampled_from(st_.times or (None,))),
                    )
                )
            conflicts.append(
                Conflict(
                    kind=kind,
                    key=key,
                    subject=draw(st.text(max_size=30)),
                    claims=tuple(claims),
                    reason=draw(st.text(max_size=30)),
                    revision=draw(st.booleans()),
                )
            )
    return Document(
        text=body,
        statements=tuple(statements),
        id=doc_id,
        publisher=publisher,
        published=published,
        dateline=draw(st.none() | spans(n)),
        conflicts=tuple(conflicts),
    )
