"""What a source mention is: its kind, whether it is vague, and the entity it names.

Pure functions over the mention's text and the lexicon. Entities group mentions of one source
within a document: "The Assad regime" and "The regime of Bashar al Assad" share the head noun
"regime" and the name "Assad"; "Clinton" is a part of "Hillary Clinton"; "a statement from
Syria's general command" names "Syria's general command".
"""

from __future__ import annotations

import re

import attrs

from .enums import SourceKind
from .lexicon import Lexicon

_WORD_RE = re.compile(r"[\w@&.'’-]+")
PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "him", "her", "them"}
)
PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "we", "who", "him", "her"})
_LINKS = frozenset({"of", "for", "to", "from", "at", "with", "in", "on", "by"})
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "president",
        "prime",
        "minister",
        "senator",
        "governor",
        "secretary",
        "lt",
        "col",
        "sgt",
        "adm",
        "judge",
        "justice",
        "mayor",
        "chairman",
        "chairwoman",
        "speaker",
        "ambassador",
        "king",
        "queen",
        "prince",
        "sheikh",
        "pope",
        "rev",
        "prof",
        "professor",
    }
)


@attrs.frozen
class MentionInfo:
    kind: SourceKind
    vague: bool
    name: str  #: the mention without determiners: the entity's name if nothing better is known
    head: str  #: the head word, lower case
    names: frozenset[str]  #: capitalised words (names) in the mention, lower case
    issuer: str | None = None  #: for "a statement from X": X


def _words(text: str) -> list[str]:
    return [w.rstrip(".") if w.endswith(".") and len(w) > 3 else w for w in _WORD_RE.findall(text)]


def _strip_possessive(w: str) -> str:
    for suf in ("'s", "’s", "'", "’"):
        if w.endswith(suf) and len(w) > len(suf):
            return w[: -len(suf)]
    return w


def describe(mention: str, lexicon: Lexicon) -> MentionInfo:
    """Kind, vagueness, head and names of a source mention."""
    det = lexicon.words("determiner")
    main = mention.split(",", 1)[0].strip()  # before an apposition
    appos = mention.split(",", 1)[1].strip() if "," in mention else ""
    words = _words(main)
    low = [w.lower() for w in words]
    if not words:
        return MentionInfo(SourceKind.UNKNOWN, False, mention, "", frozenset())
    if len(low) == 1 and low[0] in PRONOUNS:
        return MentionInfo(SourceKind.UNKNOWN, False, mention, low[0], frozenset())
    # the head: the last word before a linking preposition ("adviser to President Assad")
    cut = len(words)
    for k, w in enumerate(low):
        if k > 0 and w in _LINKS:
            cut = k
            break
    pre = words[:cut]
    head = _strip_possessive(pre[-1]).lower() if pre else low[-1]
    # capitalised words; not the first when it is capitalised only because it opens the
    # sentence ("The ...", "Officials", "Police")
    names = frozenset(
        _strip_possessive(w).lower()
        for k, w in enumerate(words)
        if w[:1].isupper()
        and not (k == 0 and (low[0] in det or low[0] in lexicon.source_nouns))
        and w.lower() not in _TITLES
    )
    name = _name(main, det)
    # an artefact speaks for its author: "a statement from Syria's general command"
    nominal = lexicon.nominal_cues.get(head)
    if nominal is not None and nominal.artefact and cut < len(words):
        issuer = " ".join(words[cut + 1 :])
        inner = describe(issuer, lexicon)
        return attrs.evolve(inner, issuer=inner.name)
    media = _media(words, lexicon)
    if media:
        return MentionInfo(SourceKind.MEDIA, False, name, head, names)
    entry = lexicon.source_nouns.get(head)
    has_person_name = bool(appos and _looks_like_name(_words(appos))) or (
        pre[-1][:1].isupper() and entry is None
    )
    if entry is not None:
        vague = entry.vague and not has_person_name
        return MentionInfo(entry.kind, vague, name, head, names)
    # a capitalised head: a person ("Trump", "President Assad") or an organisation
    for w in reversed(pre[:-1]):
        e = lexicon.source_nouns.get(_strip_possessive(w).lower())
        if e is not None:
            kind = e.kind if e.kind is not SourceKind.OFFICIAL else SourceKind.OFFICIAL
            return MentionInfo(kind, False, name, head, names)
    if any(w.lower().rstrip(".") in _TITLES for w in pre[:-1]):
        return MentionInfo(SourceKind.OFFICIAL, False, name, head, names)
    if pre[-1][:1].isupper():
        return MentionInfo(SourceKind.PERSON, False, name, head, names)
    return MentionInfo(SourceKind.UNKNOWN, False, name, head, names)


def _looks_like_name(words: list[str]) -> bool:
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and words[0][:1].isupper()


def _media(words: list[str], lexicon: Lexicon) -> bool:
    """Does the mention name a news organisation ("the Anadolu news agency"), or begin a word
    with one ("CNNTurk")?"""
    low = [w.lower() for w in words]
    by_first = lexicon.media_by_first
    for k, w in enumerate(low):
        for m in by_first.get(w, ()):
            if tuple(low[k : k + len(m)]) == m:
                return True
        orig = words[k]
        if orig[:1].isupper():
            # a brand that begins a word: "CNNTurk" (the next letter is a capital)
            for cut in range(2, min(len(orig), 12)):
                if orig[cut].isupper() and (w[:cut],) in by_first.get(w[:cut], ()):
                    return True
    return False


def _name(mention: str, det: frozenset[str]) -> str:
    words = mention.split()
    while words and words[0].lower() in det:
        words = words[1:]
    return " ".join(words) if words else mention


def same_entity(a: MentionInfo, b: MentionInfo) -> bool:
    """Do two mentions name the same source?"""
    an, bn = a.issuer or a.name, b.issuer or b.name
    if an.lower() == bn.lower():
        return True
    # "The Assad regime" and "The regime of Bashar al Assad": one head, a name in common (the
    # head itself does not count: "Interior Ministry" and "Defence Ministry" differ)
    if a.head and a.head == b.head and (a.names - {a.head}) & (b.names - {b.head}):
        return True
    people = (SourceKind.PERSON, SourceKind.OFFICIAL)
    # "Clinton" and "Hillary Clinton", "Mr. Trump" and "Donald Trump": the surname matches,
    # and the first names, when both mentions give one, too ("Ana Costa" is not "Maria Costa")
    if not (
        a.kind in people
        and b.kind in people
        and a.head == b.head
        and a.head in a.names
        and b.head in b.names
    ):
        return False
    a_first, b_first = a.names - {a.head}, b.names - {b.head}
    return not (a_first and b_first and not a_first & b_first)
