"""factcheck: read news text and say, for every statement, who says so."""

from __future__ import annotations

from .claims import claims_of
from .conflicts import compare, conflicts_in_group, group_claims
from .lexicon import Lexicon
from .model import (
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
    Relation,
    Role,
    Source,
    SourceKind,
    Span,
    Statement,
    TimeKind,
    TimeRef,
)
from .pipeline import analyze

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "Certainty",
    "Claim",
    "ClaimKind",
    "Conflict",
    "Cue",
    "Document",
    "Flag",
    "FlagKind",
    "Lexicon",
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
    "analyze",
    "claims_of",
    "compare",
    "conflicts_in_group",
    "group_claims",
]
