"""The data model's enumerations (and the default tolerance of figures), in a module of their
own: the attribution stages (what ``factcheck spans`` runs) need these and none of the data
model's classes, so they import this module, not :mod:`factcheck.model`, which re-exports
everything here.
"""

from __future__ import annotations

import enum

DEFAULT_TOLERANCE = 0.1
"""How far apart approximate figures may be and still agree: "about 300" is 270 to 330."""


class Mode(enum.Enum):
    """How the content is reported."""

    DIRECT = "direct"  #: a quotation: "...," she said
    INDIRECT = "indirect"  #: reported speech or thought: she said that ...
    MIXED = "mixed"  #: reported speech with quoted fragments: she said it "signals the fall"
    ACCORDING_TO = "according_to"  #: ..., according to X


class Certainty(enum.Enum):
    """How certain the source presents the content (FactBank's scale)."""

    CERTAIN = "certain"  #: said, reported, according to, confirmed
    PROBABLE = "probable"  #: believed, thinks, expects, is likely to
    POSSIBLE = "possible"  #: fears, may, might, suspects
    UNDERSPECIFIED = "underspecified"  #: asked whether, wondered, questions


class Polarity(enum.Enum):
    """Whether the source asserts the content or its negation."""

    POSITIVE = "positive"  #: said, confirmed
    NEGATIVE = "negative"  #: denied, rejected claims that, did not say


class SourceKind(enum.Enum):
    """What kind of source speaks."""

    GOVERNMENT = "government"
    MILITARY = "military"
    OFFICIAL = "official"
    MEDIA = "media"
    ORGANISATION = "organisation"
    PERSON = "person"
    DOCUMENT = "document"  #: a report, study, poll, statement whose author is not named
    ANONYMOUS = "anonymous"  #: sources, people familiar with the matter
    AUTHOR = "author"  #: the writer speaks in the first person
    UNKNOWN = "unknown"


class Role(enum.Enum):
    """Where a statement stands in the article."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    DATELINE = "dateline"
    BODY = "body"
    NOTE = "note"  #: an editor's note, a correction, a disclosure: not the article's claims


class FlagKind(enum.Enum):
    """What an editor would flag."""

    UNATTRIBUTED = "unattributed"  #: a claim in the publisher's own voice
    VAGUE_SOURCE = "vague_source"  #: "US officials", "state-run media", "a top adviser"
    UNHELD_ATTITUDE = "unheld_attitude"  #: "There are fears that", "It is believed that"
    CONFLICT = "conflict"  #: two claims that cannot both hold


class Relation(enum.Enum):
    """How a quantity's number bounds it (see docs/time-and-quantities.md)."""

    EQ = "eq"  #: "144", "about 1,500" (approximate)
    GT = "gt"  #: "more than 100", "over 50%"
    GE = "ge"  #: "at least 7", "100 or more"
    LT = "lt"  #: "fewer than 10", "nearly 100" (approximate)
    LE = "le"  #: "up to 50", "as many as 40"
    RANGE = "range"  #: "between 2,500 and 3,500", "10-15", "dozens"


class ClaimKind(enum.Enum):
    """What a claim asserts (see docs/conflicts.md)."""

    QUANTITY = "quantity"  #: how many: "at least 12 people were killed"
    DATE = "date"  #: when an event happened: "the ceasefire took effect on Sunday"
    PROPOSITION = "proposition"  #: that something is so, or (a denial) that it is not


class TimeKind(enum.Enum):
    """What a time phrase says about its statement."""

    EVENT = "event"  #: when something happens: "last week", "On Thursday morning", "in 2015"
    DEADLINE = "deadline"  #: a limit: "within a week", "by Friday", "until October"
    ANCHORED = "anchored"  #: counted from another event, not the publication: "hours after"
