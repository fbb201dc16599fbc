"""The spans interchange format (JSON Lines) that ``score.py`` reads."""

from __future__ import annotations

import json
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .lexicon import Lexicon

if TYPE_CHECKING:
    from .find import Found
    from .model import Document

_cue = attrgetter("cue")


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


def _outer_found(text: str, nested: bool, lexicon: Lexicon | None) -> list[Found]:
    """The attributions ``spans_of`` writes, in the order of their cues."""
    from .pipeline import find_attributions

    lex = lexicon if lexicon is not None else Lexicon.default()
    _, found, _ = find_attributions(text, lex)
    return [f for f in sorted(found, key=_cue) if nested or f.parent is None]


def spans_of(
    text: str, *, id: Any = None, nested: bool = False, lexicon: Lexicon | None = None
) -> dict[str, Any]:
    """The spans record of ``text``, equal to ``to_spans(analyze(text))`` but computed by the
    attribution stages alone (no sources resolved, no flags, no statements): what
    ``factcheck spans`` runs, at a fraction of the cost."""
    from .pipeline import check_text

    check_text(text, "spans_of")
    atts = [
        {
            "source": [list(f.source)] if f.source is not None else [],
            "cue": [list(f.cue)],
            "content": [list(c) for c in f.content],
        }
        for f in _outer_found(text, nested, lexicon)
    ]
    return {"id": id, "attributions": atts}


def spans_line(
    text: str, *, id: Any = None, nested: bool = False, lexicon: Lexicon | None = None
) -> str:
    """``json.dumps(spans_of(text, ...))``, written without the dicts and lists between: one line
    of ``factcheck spans`` (a tenth of the time the line took after the engine)."""
    from .pipeline import check_text

    check_text(text, "spans_line")
    atts = []
    for f in _outer_found(text, nested, lexicon):
        src = f"[[{f.source[0]}, {f.source[1]}]]" if f.source is not None else "[]"
        content = ", ".join([f"[{s}, {e}]" for s, e in f.content])
        cue = f"[[{f.cue[0]}, {f.cue[1]}]]"
        atts.append(f'{{"source": {src}, "cue": {cue}, "content": [{content}]}}')
    return f'{{"id": {json.dumps(id)}, "attributions": [{", ".join(atts)}]}}'
