"""Segment an article into paragraphs and sentences, and give each sentence its role.

The first line of an article of several lines is its headline. A short line that is mostly a
date ("Thursday 9 November 2017 15:25, UK") among the first lines is the dateline; lines
between the headline and the dateline are the standfirst.
"""

from __future__ import annotations

import re

from ._record import Frozen, setfield
from .enums import Role
from .lexicon import Lexicon
from .text import paragraphs, quotations, sentences

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
)
_DATE_WORD_RE = re.compile(rf"\b(?:{_MONTHS}|{_WEEKDAYS})\b\.?", re.IGNORECASE)
_DATE_NUM_RE = re.compile(r"\b(?:\d{4}|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2})\b")
_WORD_RE = re.compile(r"[A-Za-z]+")
_DATELINE_MAX = 80
_DATELINE_SEARCH = 4  # the dateline is among the first lines


class Paragraph(Frozen):
    """A paragraph: its offsets, its role, its sentences' and quotations' offsets."""

    __slots__ = ("end", "quotes", "role", "sentences", "start")
    start: int
    end: int
    role: Role
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[tuple[int, int], ...]

    def __init__(
        self,
        start: int,
        end: int,
        role: Role,
        sentences: tuple[tuple[int, int], ...],
        quotes: tuple[tuple[int, int], ...],
    ) -> None:
        setfield(self, "start", start)
        setfield(self, "end", end)
        setfield(self, "role", role)
        setfield(self, "sentences", sentences)
        setfield(self, "quotes", quotes)


def is_dateline(line: str) -> bool:
    """A short line made mostly of a date and time: "Thursday 9 November 2017 15:25, UK"."""
    if len(line) > _DATELINE_MAX or not _DATE_NUM_RE.search(line):
        return False
    if line.rstrip().endswith((".", "?", "!")) and not line.rstrip().endswith(("a.m.", "p.m.")):
        return False
    words = _WORD_RE.findall(line)
    dateish = len(_DATE_WORD_RE.findall(line))
    if dateish == 0 and not re.search(r"\d{4}-\d{2}-\d{2}", line):
        return False
    other = [w for w in words if not _DATE_WORD_RE.fullmatch(w)]
    return len(other) <= 6


_LABEL_RE = re.compile(r"([A-Za-z][A-Za-z'’ ]{0,24}):")


def _note_label(text: str, s: int, e: int) -> str:
    """The label of a paragraph that starts "Editor's note:", "Correction:", lower case."""
    if text.find(":", s, min(e, s + 26)) < 0:
        return ""  # speed: no colon where a label could end (most paragraphs)
    m = _LABEL_RE.match(text, s, e)
    return m.group(1).lower().replace("’", "'").strip() if m else ""


def segment(text: str, lexicon: Lexicon) -> list[Paragraph]:
    """Paragraphs of ``text`` with their sentences, quotations and roles."""
    paras = list(paragraphs(text))
    roles = [Role.BODY] * len(paras)
    if len(paras) > 1:
        roles[0] = Role.HEADLINE
        for k in range(1, min(len(paras), _DATELINE_SEARCH + 1)):
            s, e = paras[k]
            if is_dateline(text[s:e]):
                roles[k] = Role.DATELINE
                for m in range(1, k):
                    roles[m] = Role.STANDFIRST
                break
    labels = lexicon.note_labels
    for k, (s, e) in enumerate(paras):
        if roles[k] is Role.BODY and _note_label(text, s, e) in labels:
            roles[k] = Role.NOTE
    out = []
    for (s, e), role in zip(paras, roles, strict=True):
        if role in (Role.HEADLINE, Role.DATELINE):
            sents: list[tuple[int, int]] = [(s, e)]
        else:
            sents = sentences(text, s, e, lexicon)
        out.append(Paragraph(s, e, role, tuple(sents), tuple(quotations(text, s, e))))
    return out
