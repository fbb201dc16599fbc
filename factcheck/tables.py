"""Attribution tables with tabulate (any ``tablefmt`` it knows)."""

from __future__ import annotations

import tabulate as _tabulate

from .model import Document

TABLEFMTS: tuple[str, ...] = tuple(sorted(_tabulate.tabulate_formats))


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def check_tablefmt(tablefmt: str) -> None:
    if tablefmt not in _tabulate.tabulate_formats:
        raise ValueError(
            f"unknown table format {tablefmt!r}; choose one of: {', '.join(TABLEFMTS)}"
        )


def attribution_rows(doc: Document, *, width: int = 60) -> list[list[str]]:
    """One row per statement and attribution: who says what, how, how surely."""
    rows: list[list[str]] = []
    for st in doc.statements:
        flags = ", ".join(f.kind.value for f in st.flags)
        text = _short(st.text, width)
        if not st.attributions:
            rows.append([str(st.index), st.role.value, text, "", "", "", "", "", "", flags])
            continue
        for a in st.attributions:
            src = a.source
            rows.append(
                [
                    str(st.index),
                    st.role.value,
                    text,
                    src.text if src else "",
                    src.entity if src else "",
                    src.kind.value if src else "",
                    a.cue.text,
                    a.mode.value,
                    a.certainty.value,
                    flags,
                ]
            )
            text = "〃"
    return rows


ATTRIBUTION_HEADERS = [
    "#",
    "role",
    "statement",
    "source",
    "entity",
    "kind",
    "cue",
    "mode",
    "certainty",
    "flags",
]


def attribution_table(doc: Document, tablefmt: str = "simple", *, width: int = 60) -> str:
    """The attribution table of a document as text in ``tablefmt``."""
    check_tablefmt(tablefmt)
    return _tabulate.tabulate(
        attribution_rows(doc, width=width), headers=ATTRIBUTION_HEADERS, tablefmt=tablefmt
    )
