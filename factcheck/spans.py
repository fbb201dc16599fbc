"""The spans interchange format (JSON Lines) that ``score.py`` reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lexicon import Lexicon

if TYPE_CHECKING:
    from .model import Document


def to_spans(doc: Document, *, nested: bool = False) -> dict[str, Any]:
    """One record of spans JSONL: ``{"id", "attributions": [{"source", "cue", "content"}]}``.

    PolNeAR annotates only the outermost attribution; nested ones (``parent`` set) are left out
    unless ``nested`` is true.
    """
    atts = []
    for a in doc.attributions:
        if a.parent is not None and not nested:
            continue
        atts.append(
            {
                "source": [a.source.span.as_list()] if a.source is not None else [],
                "cue": [a.cue.span.as_list()],
                "content": [c.as_list() for c in a.content],
            }
        )
    return {"id": doc.id, "attributions": atts}


def spans_of(
    text: str, *, id: Any = None, nested: bool = False, lexicon: Lexicon | None = None
) -> dict[str, Any]:
    """The spans record of ``text``, equal to ``to_spans(analyze(text))`` but computed by the
    attribution stages alone (no sources resolved, no flags, no statements): what
    ``factcheck spans`` runs, at a fraction of the cost."""
    from .pipeline import check_text, find_attributions

    check_text(text, "spans_of")
    lex = lexicon if lexicon is not None else Lexicon.default()
    _, found, _ = find_attributions(text, lex)
    atts = []
    for f in sorted(found, key=lambda f: f.cue):
        if f.parent is not None and not nested:
            continue
        atts.append(
            {
                "source": [list(f.source)] if f.source is not None else [],
                "cue": [list(f.cue)],
                "content": [list(c) for c in f.content],
            }
        )
    return {"id": id, "attributions": atts}
