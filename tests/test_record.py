"""The plain-Python records (factcheck._record) that stand in for attrs off the data model:
frozen, equal and hashed by their fields, readable reprs, picklable, checked on construction."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

from factcheck._record import Frozen, FrozenError, Mutable, setfield
from factcheck.cli import _TableRows
from factcheck.corpus import Analyse, Done, Failed, JsonLine, Spans, SpansLine, Tally
from factcheck.enums import Certainty, Polarity, Role, SourceKind
from factcheck.find import Found
from factcheck.inputs import BadRecord, Input, Record
from factcheck.lexicon import (
    CueAdjective,
    CueVerb,
    Lexicon,
    LexiconError,
    NominalCue,
    PhraseCue,
    SourceNoun,
    VerbForm,
)
from factcheck.segment import Paragraph

VERB = CueVerb("harrumph", Certainty.PROBABLE, frames=frozenset({"that", "np"}))

RECORDS: list[Any] = [
    VERB,
    PhraseCue("according to", kind="according"),
    NominalCue("statement", artefact=True),
    CueAdjective("confident"),
    SourceNoun("ombudsman", SourceKind.OFFICIAL),
    VerbForm(VERB, "past"),
    Paragraph(0, 10, Role.BODY, ((0, 10),), ()),
    Input("a.txt", jsonl=False, size=3),
    Record("in.jsonl:1", "The mayor said so.", id="a", raw_id=7, size=20),
    BadRecord("in.jsonl:2", "not JSON", 5),
    Done(Record("x", "y"), {"id": 1}),
    Failed("x:1", "bad", "read", 4),
    Tally(2, 1, 1, (Failed("x:1", "bad", "read"),)),
    Analyse(),
    JsonLine(),
    Spans(nested=True),
    SpansLine(),
    _TableRows(("attributions",), 60),
]


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: type(r).__name__)
def test_frozen_records_cannot_be_changed(rec: Any) -> None:
    name = type(rec)._compared[0]
    with pytest.raises(FrozenError, match=rf"{type(rec).__name__} is frozen: cannot set '{name}'"):
        setattr(rec, name, None)
    with pytest.raises(AttributeError, match="cannot delete"):
        delattr(rec, name)
    with pytest.raises(AttributeError):
        rec.not_a_field = 1  # slotted: no new attributes either
    assert not hasattr(rec, "__dict__")


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: type(r).__name__)
def test_records_are_equal_and_hashed_by_their_fields(rec: Any) -> None:
    same = rec.replace()
    assert same is not rec and same == rec
    assert not same.__ne__(rec)
    if not isinstance(rec, Done):  # (its value here is a dict)
        assert hash(same) == hash(rec)
        assert len({rec, same}) == 1
    for field in type(rec)._compared:
        value = getattr(rec, field)
        if isinstance(value, int | str) and not isinstance(value, bool):
            other = rec.replace(**{field: value + (1 if isinstance(value, int) else "!")})
            assert other != rec and not other.__eq__(rec)
            break  # (the first such field: a later one may be checked, as a kind is)
    assert rec != tuple(getattr(rec, f) for f in type(rec)._compared)  # not a tuple


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: type(r).__name__)
def test_records_pickle_and_copy(rec: Any) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(rec, protocol))
        assert back == rec and type(back) is type(rec)
        assert all(getattr(back, f) == getattr(rec, f) for f in type(rec)._fields)
    assert copy.copy(rec) == rec
    assert copy.deepcopy(rec) == rec


def test_equality_needs_the_same_class() -> None:
    class A(Frozen):
        __slots__ = ("x",)
        x: int

        def __init__(self, x: int) -> None:
            setfield(self, "x", x)

    class B(A):
        __slots__ = ()

    assert A(1) == A(1) and A(1) != B(1) and B(1) != A(1)
    assert hash(A(1)) != hash(B(1))


def test_reprs_name_the_fields_but_not_the_derived_ones() -> None:
    assert repr(SourceNoun("ombudsman", SourceKind.OFFICIAL)) == (
        "SourceNoun(noun='ombudsman', kind=<SourceKind.OFFICIAL: 'official'>, vague=False)"
    )
    cue = PhraseCue("Made it clear")
    assert cue.words == ("made", "it", "clear")
    assert repr(cue) == (
        "PhraseCue(phrase='Made it clear', certainty=<Certainty.CERTAIN: 'certain'>, "
        "polarity=<Polarity.POSITIVE: 'positive'>, kind='verb')"
    )
    assert (
        repr(Failed("x:1", "bad")) == "Failed(origin='x:1', message='bad', stage='analyse', size=0)"
    )
    assert repr(Done(Record("o", "t"), 3)).startswith("Done(record=Record(origin='o', text='t',")


def test_constructors_keep_their_signatures_and_defaults() -> None:
    v = CueVerb("say")
    assert (v.certainty, v.polarity, v.frames, v.preps, v.forms) == (
        Certainty.CERTAIN,
        Polarity.POSITIVE,
        frozenset({"post", "that", "np"}),
        frozenset(),
        None,
    )
    assert not (v.nounlike or v.stance or v.raising or v.expressive)
    assert CueVerb(lemma="say") == v
    assert CueAdjective("eager").frames == frozenset({"that"})
    assert Record("o", "t") == Record(origin="o", text="t", size=0)
    assert Tally() == Tally(0, 0, 0, ())
    assert Failed("o", "m").stage == "analyse"
    assert Input("-", jsonl=True).named and Input("-", jsonl=True).size is None
    assert CueVerb.__match_args__ == (
        "lemma",
        "certainty",
        "polarity",
        "frames",
        "preps",
        "forms",
        "nounlike",
        "stance",
        "raising",
        "expressive",
    )
    with pytest.raises(TypeError):
        CueVerb()  # type: ignore[call-arg]


def test_validation_errors_are_raised_on_construction_and_replace() -> None:
    with pytest.raises(LexiconError, match=r"cue verb 'opine': unknown frames \['tell'\]"):
        CueVerb("opine", frames=frozenset({"that", "tell"}))
    with pytest.raises(LexiconError, match="phrase cue 'as per': unknown kind 'preposition'"):
        PhraseCue("as per", kind="preposition")
    with pytest.raises(LexiconError, match="unknown frames"):
        VERB.replace(frames=frozenset({"nope"}))
    with pytest.raises(TypeError):
        VERB.replace(colour="red")


def test_replace_changes_fields_and_derives_again() -> None:
    more = VERB.replace(frames=VERB.frames | {"quote"})
    assert more.frames == frozenset({"that", "np", "quote"}) and more.lemma == "harrumph"
    assert VERB.frames == frozenset({"that", "np"})  # the original is unchanged
    cue = PhraseCue("according to", kind="according").replace(phrase="As Stated By")
    assert cue.words == ("as", "stated", "by") and cue.kind == "according"


def test_lexicon_is_a_frozen_record() -> None:
    lex = Lexicon.default()
    with pytest.raises(FrozenError, match="Lexicon is frozen: cannot set 'media'"):
        lex.media = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(lex)  # it holds dicts (derived() keys by id)
    again = pickle.loads(pickle.dumps(lex))
    assert again == lex and again.cue_first == lex.cue_first
    assert again.verb_forms.keys() == lex.verb_forms.keys()
    assert lex.extend() == lex and lex.extend() is not lex
    assert "verb_forms" not in repr(lex)[:5000]  # derived indexes: not in the repr
    bigger = lex.extend(
        cue_verbs=[CueVerb("say", frames=frozenset({"to"})), VERB],
        source_nouns=[SourceNoun("ombudsman", SourceKind.OFFICIAL)],
    )
    assert bigger != lex
    assert "to" in bigger.cue_verbs["say"].frames and "to" not in lex.cue_verbs["say"].frames
    assert bigger.cue_verbs["say"].frames > lex.cue_verbs["say"].frames
    assert "harrumphed" in bigger.verb_forms and "harrumphed" not in lex.verb_forms


def test_mutable_records_compare_by_fields_and_are_not_hashable() -> None:
    a = Found((0, 4), "say", Certainty.CERTAIN, Polarity.POSITIVE, [(5, 9)])
    b = Found((0, 4), "say", Certainty.CERTAIN, Polarity.POSITIVE, [(5, 9)])
    assert a == b
    b.parent = 0
    assert a != b and b.parent == 0
    with pytest.raises(TypeError):
        hash(a)
    assert repr(a).startswith("Found(cue=(0, 4), lemma='say', ")
    with pytest.raises(AttributeError):
        a.extra = 1  # type: ignore[attr-defined]


def test_a_record_class_must_annotate_its_slots() -> None:
    with pytest.raises(TypeError, match="must be the slots"):

        class Bad(Frozen):
            __slots__ = ("x", "y")
            x: int

    with pytest.raises(TypeError, match="must be the slots"):

        class AlsoBad(Mutable):
            __slots__ = ("x",)
            x: int
            _derived = ("z",)
