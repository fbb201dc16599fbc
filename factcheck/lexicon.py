"""Lexicons as data: cue verbs, phrase and nominal cues, source nouns, media names, attitudes.

The words live in ``factcheck/data/*.tsv`` and ``*.txt``; this module reads them once.
Users extend a lexicon without touching the package::

    lex = Lexicon.default().extend(
        cue_verbs=[CueVerb("opine", Certainty.PROBABLE, frames=frozenset({"post", "that", "np"}))],
        media=["Kyiv Independent"],
    )
    factcheck.analyze(text, lexicon=lex)
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from ._record import Frozen, setfield
from .enums import Certainty, Polarity, SourceKind

FORM_TAGS = ("base", "3sg", "past", "part", "ing")
FRAMES = frozenset({"post", "colon", "quote", "that", "np", "clause", "rcp", "to", "wh", "pred"})
PHRASE_KINDS = frozenset({"according", "adverb", "view", "verb", "passive", "stance"})

_T = TypeVar("_T")


class LexiconError(ValueError):
    """A lexicon entry or data file is malformed."""


_SAY_FRAMES = frozenset({"post", "that", "np"})
_THAT = frozenset({"that"})
_NONE: frozenset[str] = frozenset()


class CueVerb(Frozen):
    """A verb of attribution and the complements with which it attributes."""

    __slots__ = (
        "certainty",
        "expressive",
        "forms",
        "frames",
        "lemma",
        "nounlike",
        "polarity",
        "preps",
        "raising",
        "stance",
    )
    lemma: str
    certainty: Certainty
    polarity: Polarity
    frames: frozenset[str]
    preps: frozenset[str]  #: prepositions that join the cue: "called *for*"
    forms: tuple[str, str, str, str, str] | None  #: base, 3sg, past, participle, ing
    nounlike: bool  #: base and -s forms are mostly nouns ("a state", "reports")
    stance: bool  #: the object must be a person, group or proposal ("backed the bill")
    #: the subject belongs to the content and the writer is the source ("X seemed to C")
    raising: bool
    #: the object must name something said or shown ("delivered a speech", not "a win")
    expressive: bool

    def __init__(
        self,
        lemma: str,
        certainty: Certainty = Certainty.CERTAIN,
        polarity: Polarity = Polarity.POSITIVE,
        frames: frozenset[str] = _SAY_FRAMES,
        preps: frozenset[str] = _NONE,
        forms: tuple[str, str, str, str, str] | None = None,
        nounlike: bool = False,
        stance: bool = False,
        raising: bool = False,
        expressive: bool = False,
    ) -> None:
        unknown = frames - FRAMES
        if unknown:
            raise LexiconError(f"cue verb {lemma!r}: unknown frames {sorted(unknown)}")
        setfield(self, "lemma", lemma)
        setfield(self, "certainty", certainty)
        setfield(self, "polarity", polarity)
        setfield(self, "frames", frames)
        setfield(self, "preps", preps)
        setfield(self, "forms", forms)
        setfield(self, "nounlike", nounlike)
        setfield(self, "stance", stance)
        setfield(self, "raising", raising)
        setfield(self, "expressive", expressive)

    def all_forms(self) -> tuple[str, str, str, str, str]:
        return self.forms if self.forms is not None else inflect(self.lemma)


class PhraseCue(Frozen):
    """A cue of several words, or an adverb: "according to", "reportedly", "made it clear"."""

    __slots__ = ("certainty", "kind", "phrase", "polarity", "words")
    _derived = ("words",)
    phrase: str
    certainty: Certainty
    polarity: Polarity
    kind: str
    words: tuple[str, ...]  #: the phrase's words, lower case (derived)

    def __init__(
        self,
        phrase: str,
        certainty: Certainty = Certainty.CERTAIN,
        polarity: Polarity = Polarity.POSITIVE,
        kind: str = "verb",
    ) -> None:
        if kind not in PHRASE_KINDS:
            raise LexiconError(f"phrase cue {phrase!r}: unknown kind {kind!r}")
        setfield(self, "phrase", phrase)
        setfield(self, "certainty", certainty)
        setfield(self, "polarity", polarity)
        setfield(self, "kind", kind)
        setfield(self, "words", tuple(phrase.lower().split()))


class NominalCue(Frozen):
    """A noun that names an act or artefact of expression: "statement", "view", "claims"."""

    __slots__ = ("artefact", "certainty", "noun", "polarity")
    noun: str
    certainty: Certainty
    polarity: Polarity
    artefact: bool  #: can stand for its author as subject: "a statement from X said"

    def __init__(
        self,
        noun: str,
        certainty: Certainty = Certainty.CERTAIN,
        polarity: Polarity = Polarity.POSITIVE,
        artefact: bool = False,
    ) -> None:
        setfield(self, "noun", noun)
        setfield(self, "certainty", certainty)
        setfield(self, "polarity", polarity)
        setfield(self, "artefact", artefact)


class CueAdjective(Frozen):
    """An adjective that attributes an attitude after "be": "is confident that"."""

    __slots__ = ("adjective", "certainty", "frames", "polarity", "preps")
    adjective: str
    certainty: Certainty
    polarity: Polarity
    frames: frozenset[str]
    preps: frozenset[str]

    def __init__(
        self,
        adjective: str,
        certainty: Certainty = Certainty.CERTAIN,
        polarity: Polarity = Polarity.POSITIVE,
        frames: frozenset[str] = _THAT,
        preps: frozenset[str] = _NONE,
    ) -> None:
        setfield(self, "adjective", adjective)
        setfield(self, "certainty", certainty)
        setfield(self, "polarity", polarity)
        setfield(self, "frames", frames)
        setfield(self, "preps", preps)


class SourceNoun(Frozen):
    """The head noun of a source: its kind, and whether it is vague without a name."""

    __slots__ = ("kind", "noun", "vague")
    noun: str
    kind: SourceKind
    vague: bool

    def __init__(self, noun: str, kind: SourceKind, vague: bool = False) -> None:
        setfield(self, "noun", noun)
        setfield(self, "kind", kind)
        setfield(self, "vague", vague)


class VerbForm(Frozen):
    """One written form of a cue verb."""

    __slots__ = ("tag", "verb")
    verb: CueVerb
    tag: str  #: base, 3sg, past, part or ing

    def __init__(self, verb: CueVerb, tag: str) -> None:
        setfield(self, "verb", verb)
        setfield(self, "tag", tag)


def _vowel(c: str) -> bool:
    return c in "aeiou"


def _doubles(lemma: str) -> bool:
    """Does the last consonant double before -ed/-ing? (one-syllable CVC words: plan, slam)."""
    if len(lemma) < 3 or lemma[-1] in "wxy" or _vowel(lemma[-1]):
        return False
    if not (_vowel(lemma[-2]) and not _vowel(lemma[-3])):
        return False
    groups = 0
    prev = False
    for c in lemma.replace("qu", "q"):
        v = _vowel(c)
        if v and not prev:
            groups += 1
        prev = v
    return groups == 1


def inflect(lemma: str) -> tuple[str, str, str, str, str]:
    """Regular English inflections of a verb: base, 3sg, past, participle, -ing."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and not _vowel(lemma[-2]):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and not _vowel(lemma[-2]):
        past = lemma[:-1] + "ied"
    elif _doubles(lemma):
        past = lemma + lemma[-1] + "ed"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        ing = lemma[:-1] + "ing"
    elif _doubles(lemma):
        ing = lemma + lemma[-1] + "ing"
    else:
        ing = lemma + "ing"
    return lemma, third, past, past, ing


_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def _read(name: str) -> str:
    """The text of the data file ``name``, read from the package's directory; through
    importlib.resources only when the package is not in one (a zip): importing that costs more
    than the reading."""
    try:
        with open(os.path.join(_DATA, name), encoding="utf-8") as fh:
            return fh.read()
    except (FileNotFoundError, NotADirectoryError):
        from importlib import resources

        return resources.files("factcheck").joinpath("data", name).read_text(encoding="utf-8")


def _rows(name: str) -> Iterable[tuple[int, list[str]]]:
    for n, line in enumerate(_read(name).splitlines(), 1):
        start = line.lstrip()
        if not start or start[0] == "#":
            continue
        yield n, [c.strip() for c in line.split("\t")]


def _enum(cls: type, value: str, where: str) -> object:
    member = _members(cls).get(value)  # speed: a dict lookup, not an Enum call for each entry
    if member is None:
        choices = ", ".join(m.value for m in cls)  # type: ignore[attr-defined]
        raise LexiconError(f"{where}: {value!r} is not one of {choices}")
    return member


@functools.cache
def _members(cls: type) -> dict[str, object]:
    """The members of the enumeration ``cls`` by value."""
    return {m.value: m for m in cls}  # type: ignore[attr-defined]


def _load_cue_verbs() -> list[CueVerb]:
    out = []
    for n, cols in _rows("cue_verbs.tsv"):
        where = f"cue_verbs.tsv line {n}"
        if len(cols) < 4:
            raise LexiconError(f"{where}: expected lemma, certainty, polarity, frames")
        lemma, cert, pol, frames_s = cols[:4]
        frames: set[str] = set()
        preps: set[str] = set()
        nounlike = stance = raising = expressive = False
        for f in filter(None, frames_s.split(",")):
            if f == "n":
                nounlike = True
            elif f == "s":
                stance = True
            elif f == "r":
                raising = True
            elif f == "e":
                expressive = True
            elif f.startswith("p:"):
                preps.update(f[2:].split("|"))
            else:
                frames.add(f)
        forms = None
        if len(cols) > 4 and cols[4]:
            parts = cols[4].split("|")
            if len(parts) != 5:
                raise LexiconError(f"{where}: forms must be base|3sg|past|participle|ing")
            forms = (parts[0], parts[1], parts[2], parts[3], parts[4])
        out.append(
            CueVerb(
                lemma,
                _enum(Certainty, cert, where),  # type: ignore[arg-type]
                _enum(Polarity, pol, where),  # type: ignore[arg-type]
                frozenset(frames),
                frozenset(preps),
                forms,
                nounlike,
                stance,
                raising,
                expressive,
            )
        )
    return out


def _merge_verbs(verbs: Iterable[CueVerb]) -> dict[str, CueVerb]:
    """One entry per lemma; a later entry adds its frames and prepositions to an earlier one."""
    out: dict[str, CueVerb] = {}
    for v in verbs:
        old = out.get(v.lemma)
        if old is not None:
            v = old.replace(
                frames=old.frames | v.frames,
                preps=old.preps | v.preps,
                forms=v.forms or old.forms,
                nounlike=old.nounlike or v.nounlike,
                stance=old.stance or v.stance,
                raising=old.raising or v.raising,
                expressive=old.expressive or v.expressive,
            )
        out[v.lemma] = v
    return out


def _bool(value: str, where: str) -> bool:
    if value not in ("yes", "no"):
        raise LexiconError(f"{where}: expected yes or no, got {value!r}")
    return value == "yes"


class Lexicon(Frozen):
    """Every word list the engine reads. Build one with :meth:`default` and :meth:`extend`."""

    __slots__ = (
        "abbreviations",
        "acronyms",
        "attitude_first",
        "attitude_words",
        "attitudes",
        "attitudes_by_first",
        "cue_adjectives",
        "cue_first",
        "cue_verbs",
        "media",
        "media_by_first",
        "media_words",
        "nominal_cues",
        "note_labels",
        "phrase_cues",
        "phrases_by_first",
        "source_nouns",
        "stance_objects",
        "verb_forms",
        "word_classes",
    )
    _derived = (
        "verb_forms",
        "phrases_by_first",
        "attitude_words",
        "attitudes_by_first",
        "attitude_first",
        "media_words",
        "media_by_first",
        "cue_first",
    )
    cue_verbs: Mapping[str, CueVerb]
    phrase_cues: tuple[PhraseCue, ...]
    nominal_cues: Mapping[str, NominalCue]
    cue_adjectives: Mapping[str, CueAdjective]
    stance_objects: frozenset[str]
    source_nouns: Mapping[str, SourceNoun]
    media: tuple[str, ...]
    attitudes: tuple[str, ...]
    abbreviations: frozenset[str]
    acronyms: frozenset[str]
    note_labels: frozenset[str]
    word_classes: Mapping[str, frozenset[str]]

    # derived indexes, built once
    verb_forms: Mapping[str, tuple[VerbForm, ...]]
    phrases_by_first: Mapping[str, tuple[PhraseCue, ...]]
    attitude_words: tuple[tuple[str, ...], ...]
    attitudes_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    attitude_first: frozenset[str]
    media_words: tuple[tuple[str, ...], ...]
    media_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    cue_first: frozenset[str]

    def __init__(
        self,
        cue_verbs: Mapping[str, CueVerb],
        phrase_cues: tuple[PhraseCue, ...],
        nominal_cues: Mapping[str, NominalCue],
        cue_adjectives: Mapping[str, CueAdjective],
        stance_objects: frozenset[str],
        source_nouns: Mapping[str, SourceNoun],
        media: tuple[str, ...],
        attitudes: tuple[str, ...],
        abbreviations: frozenset[str],
        acronyms: frozenset[str],
        note_labels: frozenset[str],
        word_classes: Mapping[str, frozenset[str]],
    ) -> None:
        setfield(self, "cue_verbs", cue_verbs)
        setfield(self, "phrase_cues", phrase_cues)
        setfield(self, "nominal_cues", nominal_cues)
        setfield(self, "cue_adjectives", cue_adjectives)
        setfield(self, "stance_objects", stance_objects)
        setfield(self, "source_nouns", source_nouns)
        setfield(self, "media", media)
        setfield(self, "attitudes", attitudes)
        setfield(self, "abbreviations", abbreviations)
        setfield(self, "acronyms", acronyms)
        setfield(self, "note_labels", note_labels)
        setfield(self, "word_classes", word_classes)
        self._derive()

    def _derive(self) -> None:
        """The derived indexes, built once."""
        forms: dict[str, list[VerbForm]] = {}
        lemmas: set[str] = set()
        for verb in self.cue_verbs.values():
            lemma = verb.lemma
            # a lemma under two keys (a mapping made by hand): each (form, lemma, tag) reads once
            again = lemma in lemmas
            lemmas.add(lemma)
            for tag, form in zip(FORM_TAGS, verb.all_forms(), strict=True):
                lst = forms.setdefault(form.lower(), [])
                if not (again and any(f.verb.lemma == lemma and f.tag == tag for f in lst)):
                    lst.append(VerbForm(verb, tag))
        setfield(self, "verb_forms", {k: tuple(v) for k, v in forms.items()})
        by_first: dict[str, list[PhraseCue]] = {}
        for p in self.phrase_cues:
            by_first.setdefault(p.words[0], []).append(p)
        # longest phrase first, so "made it clear" wins over "made clear"
        setfield(
            self,
            "phrases_by_first",
            {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in by_first.items()},
        )
        be = ("is", "are", "was", "were", "has been", "have been", "had been", "is now", "are now")
        att: list[tuple[str, ...]] = []
        for a in self.attitudes:
            if "{be}" in a:
                att.extend(tuple(a.replace("{be}", b).split()) for b in be)
            else:
                att.append(tuple(a.split()))
        att_sorted = tuple(sorted(set(att), key=lambda t: -len(t)))
        setfield(self, "attitude_words", att_sorted)
        by_att: dict[str, list[tuple[str, ...]]] = {}
        for t in att_sorted:
            by_att.setdefault(t[0], []).append(t)
        setfield(self, "attitudes_by_first", {k: tuple(v) for k, v in by_att.items()})
        setfield(self, "attitude_first", frozenset(by_att))
        media = tuple(sorted({tuple(m.lower().split()) for m in self.media}, key=lambda t: -len(t)))
        setfield(self, "media_words", media)
        by_media: dict[str, list[tuple[str, ...]]] = {}
        for m in media:
            by_media.setdefault(m[0], []).append(m)
        setfield(self, "media_by_first", {k: tuple(v) for k, v in by_media.items()})
        # every word a cue can start with: the engine looks no further at any other word
        setfield(
            self,
            "cue_first",
            frozenset(self.verb_forms)
            | frozenset(self.phrases_by_first)
            | frozenset(self.cue_adjectives)
            | frozenset(self.nominal_cues)
            | self.word_classes.get("light_verb", frozenset())
            | self.word_classes.get("receiving_verb", frozenset()),
        )

    def words(self, cls: str) -> frozenset[str]:
        """The closed-class words of one class (determiner, pronoun, preposition, ...)."""
        return self.word_classes.get(cls, frozenset())

    @property
    def abbreviations_all(self) -> frozenset[str]:
        return self.abbreviations

    @property
    def sentence_starters(self) -> frozenset[str]:
        return self.words("sentence_starter")

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with factcheck (read once, then shared)."""
        return _default()

    def extend(
        self,
        *,
        cue_verbs: Iterable[CueVerb] = (),
        phrase_cues: Iterable[PhraseCue] = (),
        nominal_cues: Iterable[NominalCue] = (),
        cue_adjectives: Iterable[CueAdjective] = (),
        source_nouns: Iterable[SourceNoun] = (),
        media: Iterable[str] = (),
        attitudes: Iterable[str] = (),
        abbreviations: Iterable[str] = (),
    ) -> Lexicon:
        """A new lexicon with these entries added (a verb already present gains frames)."""
        verbs = _merge_verbs([*self.cue_verbs.values(), *cue_verbs])
        noms = dict(self.nominal_cues)
        noms.update((n.noun.lower(), n) for n in nominal_cues)
        srcs = dict(self.source_nouns)
        srcs.update((s.noun.lower(), s) for s in source_nouns)
        adjs = dict(self.cue_adjectives)
        adjs.update((a.adjective.lower(), a) for a in cue_adjectives)
        return Lexicon(
            cue_verbs=verbs,
            phrase_cues=(*self.phrase_cues, *phrase_cues),
            nominal_cues=noms,
            cue_adjectives=adjs,
            stance_objects=self.stance_objects,
            source_nouns=srcs,
            media=(*self.media, *media),
            attitudes=(*self.attitudes, *(a.lower() for a in attitudes)),
            abbreviations=self.abbreviations | {a.lower().rstrip(".") for a in abbreviations},
            acronyms=self.acronyms,
            note_labels=self.note_labels,
            word_classes=self.word_classes,
        )


_DERIVED: dict[tuple[int, Callable[..., Any]], tuple[Lexicon, Any]] = {}
_LAST: dict[Callable[..., Any], tuple[Lexicon, Any]] = {}  # make -> the last (lexicon, made)


def derived(lexicon: Lexicon, make: Callable[[Lexicon], _T]) -> _T:
    """``make(lexicon)``, made once for each lexicon: the indexes and word sets other modules
    build from one. (A lexicon holds dicts, so it cannot be a hash key; the cache is keyed by
    its id and keeps the lexicon alive, so that the id is not reused.)"""
    last = _LAST.get(make)  # (speed: the lexicon asked about last time, nearly always)
    if last is not None and last[0] is lexicon:
        return cast(_T, last[1])
    key = (id(lexicon), make)
    got = _DERIVED.get(key)
    if got is None or got[0] is not lexicon:
        got = _DERIVED[key] = (lexicon, make(lexicon))
    _LAST[make] = got  # (one tuple stored, one read: safe when threads share the module)
    return cast(_T, got[1])


@functools.cache
def _default() -> Lexicon:
    phrases = []
    for n, cols in _rows("phrase_cues.tsv"):
        where = f"phrase_cues.tsv line {n}"
        if len(cols) != 4:
            raise LexiconError(f"{where}: expected phrase, certainty, polarity, kind")
        phrases.append(
            PhraseCue(
                cols[0],
                _enum(Certainty, cols[1], where),  # type: ignore[arg-type]
                _enum(Polarity, cols[2], where),  # type: ignore[arg-type]
                cols[3],
            )
        )
    noms = {}
    for n, cols in _rows("nominal_cues.tsv"):
        where = f"nominal_cues.tsv line {n}"
        if len(cols) != 4:
            raise LexiconError(f"{where}: expected noun, certainty, polarity, artefact")
        noms[cols[0].lower()] = NominalCue(
            cols[0].lower(),
            _enum(Certainty, cols[1], where),  # type: ignore[arg-type]
            _enum(Polarity, cols[2], where),  # type: ignore[arg-type]
            _bool(cols[3], where),
        )
    srcs: dict[str, SourceNoun] = {}
    for n, cols in _rows("source_nouns.tsv"):
        where = f"source_nouns.tsv line {n}"
        if len(cols) != 3:
            raise LexiconError(f"{where}: expected noun, kind, vague")
        srcs.setdefault(
            cols[0].lower(),
            SourceNoun(cols[0].lower(), _enum(SourceKind, cols[1], where), _bool(cols[2], where)),  # type: ignore[arg-type]
        )
    adjs = {}
    for n, cols in _rows("cue_adjectives.tsv"):
        where = f"cue_adjectives.tsv line {n}"
        if len(cols) != 4:
            raise LexiconError(f"{where}: expected adjective, certainty, polarity, frames")
        frames = {f for f in cols[3].split(",") if f and not f.startswith("p:")}
        preps = {p for f in cols[3].split(",") if f.startswith("p:") for p in f[2:].split("|")}
        adjs[cols[0].lower()] = CueAdjective(
            cols[0].lower(),
            _enum(Certainty, cols[1], where),  # type: ignore[arg-type]
            _enum(Polarity, cols[2], where),  # type: ignore[arg-type]
            frozenset(frames),
            frozenset(preps),
        )
    abbrev, acro = set(), set()
    for _, cols in _rows("abbreviations.txt"):
        abbrev.add(cols[0].lower())
        if len(cols) > 1 and cols[1] == "acronym":
            acro.add(cols[0].lower())
    classes = {}
    for _, cols in _rows("function_words.tsv"):
        classes[cols[0]] = frozenset(cols[1].split())
    return Lexicon(
        cue_verbs=_merge_verbs(_load_cue_verbs()),
        phrase_cues=tuple(phrases),
        nominal_cues=noms,
        cue_adjectives=adjs,
        stance_objects=frozenset(cols[0].lower() for _, cols in _rows("stance_objects.txt")),
        source_nouns=srcs,
        media=tuple(cols[0] for _, cols in _rows("media.txt")),
        attitudes=tuple(cols[0].lower() for _, cols in _rows("attitudes.tsv")),
        abbreviations=frozenset(abbrev),
        acronyms=frozenset(acro),
        note_labels=frozenset(" ".join(cols) for _, cols in _rows("note_labels.txt")),
        word_classes=classes,
    )
