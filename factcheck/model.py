"""The data model: frozen attrs classes that all point back into the text.

Every object that stands for words of the article carries a :class:`Span`, a half-open range of
character offsets into :attr:`Document.text`, so ``doc.text[x.start:x.end]`` is always the words
the object stands for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from .enums import (
    DEFAULT_TOLERANCE,
    Certainty,
    ClaimKind,
    FlagKind,
    Mode,
    Polarity,
    Relation,
    Role,
    SourceKind,
    TimeKind,
)

# the enumerations live in factcheck.enums (the attribution stages import them without the
# classes below) and are part of the data model all the same
__all__ = [
    "DEFAULT_TOLERANCE",
    "Attribution",
    "Certainty",
    "Claim",
    "ClaimKind",
    "Conflict",
    "Cue",
    "Document",
    "Flag",
    "FlagKind",
    "Mode",
    "Polarity",
    "Quantity",
    "Relation",
    "Role",
    "Source",
    "SourceKind",
    "Span",
    "Statement",
    "TimeKind",
    "TimeRef",
]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise TypeError(f"Span offsets must be int, got {self.start!r}, {self.end!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Span must have 0 <= start <= end, got [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The words this span stands for in ``text``."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@attrs.frozen
class Source:
    """Who says so: a mention in the text and the entity it names."""

    span: Span
    text: str
    entity: str  #: canonical name shared by every mention of one source
    kind: SourceKind = SourceKind.UNKNOWN
    vague: bool = False
    antecedent: Span | None = None  #: for "It", "he": the mention it resolves to


@attrs.frozen
class Cue:
    """The words that attribute: "said", "has said", "according to", "believed"."""

    span: Span
    text: str
    lemma: str
    certainty: Certainty = Certainty.CERTAIN
    polarity: Polarity = Polarity.POSITIVE


@attrs.frozen
class Attribution:
    """One act of attribution: ``source`` ``cue`` ``content``."""

    id: int  #: position among the document's attributions, in order of the cue
    cue: Cue
    content: tuple[Span, ...]  #: one or more spans (a quote interrupted by "he said" has two)
    mode: Mode
    source: Source | None = None  #: None when the text names no source ("it is expected that")
    parent: int | None = None  #: id of the attribution whose content holds this one

    @property
    def certainty(self) -> Certainty:
        return self.cue.certainty

    @property
    def polarity(self) -> Polarity:
        return self.cue.polarity

    @property
    def spans(self) -> Iterator[Span]:
        """Every span of the attribution: source, cue, content."""
        if self.source is not None:
            yield self.source.span
        yield self.cue.span
        yield from self.content


@attrs.frozen
class Quantity:
    """A number in the text with its bounds: "more than 100", "between 2,500 and 3,500"."""

    span: Span
    text: str
    low: float | None
    high: float | None
    approximate: bool = False
    unit: str | None = None  #: "%", "USD", ... ; None for counts
    about: str | None = None  #: what is counted: "suspected Islamic State group militants"
    about_span: Span | None = None
    relation: Relation = Relation.EQ  #: how the number bounds the quantity


@attrs.frozen
class TimeRef:
    """A time expression and the date range it resolves to (``start``..``end``, inclusive)."""

    span: Span
    text: str
    start: dt.date | None = None
    end: dt.date | None = None
    note: str | None = None  #: why it could not be resolved, when it could not
    kind: TimeKind = TimeKind.EVENT
    main: bool = False  #: the statement's own time (at most one per statement)

    @property
    def resolved(self) -> bool:
        return self.start is not None


@attrs.frozen
class Flag:
    """Something a careful editor would flag."""

    kind: FlagKind
    message: str
    spans: tuple[Span, ...] = ()


@attrs.frozen
class Statement:
    """A sentence of the article with its attributions (empty when unattributed)."""

    index: int
    span: Span
    text: str
    role: Role
    attributions: tuple[Attribution, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    flags: tuple[Flag, ...] = ()

    @property
    def flag_kinds(self) -> tuple[FlagKind, ...]:
        return tuple(f.kind for f in self.flags)

    @property
    def attributed(self) -> bool:
        return bool(self.attributions)

    @property
    def time(self) -> TimeRef | None:
        """The statement's own time (the one marked ``main``), if it has one."""
        for t in self.times:
            if t.main:
                return t
        return None


@attrs.frozen
class Claim:
    """What one statement asserts, keyed so that claims about the same thing meet.

    Claims with the same :attr:`key` are about the same thing (what is counted, the event,
    the place, the time window; or the same proposition) and are compared with each other;
    claims with different keys never are. See :mod:`factcheck.claims`.
    """

    key: str  #: claims about the same thing share it
    kind: ClaimKind
    span: Span  #: the words that make the claim: the figure, the time phrase, the content
    text: str
    statement: int  #: the index of its statement in its document
    document: str | None = None  #: the id of its document
    publisher: str | None = None
    published: dt.datetime | None = None  #: when its document was published
    source: Source | None = None  #: who says so; None: the publisher's own voice
    certainty: Certainty = Certainty.CERTAIN
    polarity: Polarity = Polarity.POSITIVE  #: negative: the source denies it
    low: float | None = None  #: a figure's lowest value (None: unbounded)
    high: float | None = None  #: a figure's highest value (None: unbounded)
    approximate: bool = False  #: "about 300", "dozens": compared with a tolerance
    margin: float = 0.0  #: how far a rounded figure may be off: "$143 million" is +-500,000
    unit: str | None = None
    time: TimeRef | None = None  #: the statement's own time (for a date claim, the date)


@attrs.frozen
class Conflict:
    """Claims about the same thing that cannot all hold, each with who says so and when."""

    kind: ClaimKind
    key: str  #: the key the claims share
    subject: str  #: what is in dispute, in words: "people killed (explosion, Kabul, 2017-11-06)"
    claims: tuple[Claim, ...]  #: every claim in dispute, earliest published first
    reason: str  #: why they cannot all hold
    revision: bool = False  #: a later report of the same outlet or source changed its claim


@attrs.frozen
class Document:
    """An analysed article."""

    text: str
    statements: tuple[Statement, ...] = ()
    id: str | None = None
    publisher: str | None = None
    published: dt.datetime | None = None
    dateline: Span | None = None
    conflicts: tuple[Conflict, ...] = ()  #: claims of this article that cannot all hold

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        """Every attribution once, in order of its cue."""
        seen: dict[int, Attribution] = {}
        for st in self.statements:
            for a in st.attributions:
                seen.setdefault(a.id, a)
        return tuple(sorted(seen.values(), key=lambda a: a.id))

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source mention, in order of the text."""
        return tuple(
            sorted(
                {a.source for a in self.attributions if a.source is not None},
                key=lambda s: (s.span.start, s.span.end),
            )
        )

    @property
    def flags(self) -> tuple[Flag, ...]:
        return tuple(f for st in self.statements for f in st.flags)

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready dict (see :mod:`factcheck.serialize`)."""
        from .serialize import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """The inverse of :meth:`to_dict`."""
        from .serialize import from_dict

        doc = from_dict(cls, data)
        assert isinstance(doc, Document)
        return doc

    def to_json(self, *, indent: int | None = 1) -> str:
        from .serialize import document_to_json

        return document_to_json(self, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Document:
        from .serialize import document_from_json

        return document_from_json(text)

    @property
    def headline(self) -> str | None:
        for st in self.statements:
            if st.role is Role.HEADLINE:
                return st.text
        return None
