"""factcheck: read news text and say, for every statement, who says so."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .enums import (
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
from .lexicon import Lexicon
from .pipeline import analyze

if TYPE_CHECKING:
    from .claims import claims_of
    from .conflicts import compare, conflicts_in_group, group_claims
    from .model import (
        Attribution,
        Claim,
        Conflict,
        Cue,
        Document,
        Flag,
        Quantity,
        Source,
        Span,
        Statement,
        TimeRef,
    )

# claims and conflicts load on first use: a program that only reads attributions (or
# "factcheck spans") starts without them; the data model's classes too ("factcheck spans" makes
# none of them)
_LAZY = {
    "Attribution": "model",
    "Claim": "model",
    "Conflict": "model",
    "Cue": "model",
    "Document": "model",
    "Flag": "model",
    "Quantity": "model",
    "Source": "model",
    "Span": "model",
    "Statement": "model",
    "TimeRef": "model",
    "claims_of": "claims",
    "compare": "conflicts",
    "conflicts_in_group": "conflicts",
    "group_claims": "conflicts",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


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
