"""The spans interchange format (JSON Lines) that ``score.py`` reads."""

from __future__ import annotations

from typing import Any

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
