"""Conflicts: claims about the same thing that cannot all hold, within an article and across
outlets. The articles are short, invented, in the style of wire copy (a paragraph a line)."""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import factcheck
from factcheck import ClaimKind, Document, FlagKind, Polarity, SourceKind
from factcheck.claims import ClaimWords, claims_of, describe_key, key_parts, make_key
from factcheck.conflicts import (
    compare,
    compatible,
    conflicts_in_group,
    conflicts_of_groups,
    flag_conflicts,
    group_claims,
)
from factcheck.model import Claim, Conflict

UTC = dt.UTC


def at(day: int, hour: int, month: int = 11) -> dt.datetime:
    return dt.datetime(2017, month, day, hour, tzinfo=UTC)


def read(text: str, id: str, publisher: str, published: dt.datetime) -> Document:
    return factcheck.analyze(text, id=id, publisher=publisher, published=published)


# -- the articles -------------------------------------------------------------------------------

REUTERS = """Suicide bomber kills 12 in Kabul

KABUL, Nov 6 (Reuters) - A suicide bomber killed 12 people at a rally in Kabul on Monday, Afghan officials said, the latest in a wave of attacks on the capital.

Interior ministry spokesman Najib Danish said 27 people were wounded in the blast.

No group immediately claimed responsibility.
"""

AFP = """Kabul bombing kills 14

KABUL, Nov 6 (AFP) - A suicide bombing at a rally in Kabul on Monday killed 14 people, police said.

Police spokesman Basir Mujahid said at least 25 people were wounded in the attack.

The Taliban denied that its fighters carried out the attack.
"""

AP = """Dozens hurt as bomb hits Kabul rally

KABUL, Afghanistan (AP) - At least 20 people were killed when a suicide bomber struck a political rally in Kabul on Monday, a witness said.

Witnesses said Taliban fighters carried out the attack.
"""

REUTERS_UPDATE = """Kabul death toll rises to 14

KABUL, Nov 6 (Reuters) - The death toll from a suicide bombing at a rally in Kabul on Monday rose to 14, Afghan officials said.
"""


def kabul() -> list[Document]:
    return [
        read(REUTERS, "reuters-1", "Reuters", at(6, 9)),
        read(AFP, "afp-1", "AFP", at(6, 11)),
        read(AP, "ap-1", "AP", at(6, 12)),
    ]


def only(conflicts: list[Conflict], kind: ClaimKind) -> Conflict:
    found = [x for x in conflicts if x.kind is kind]
    assert len(found) == 1, found
    return found[0]


# -- figures ------------------------------------------------------------------------------------


def test_death_tolls_of_three_wires_conflict() -> None:
    docs = kabul()
    x = only(compare(docs), ClaimKind.QUANTITY)
    assert not x.revision
    assert x.subject == "dead: people — explosion, Kabul, 2017-11-06"
    figures = {(c.document, c.text) for c in x.claims}
    assert figures == {
        ("reuters-1", "12"),  # the headline
        ("reuters-1", "12 people"),
        ("afp-1", "14"),
        ("afp-1", "14 people"),
        ("ap-1", "At least 20 people"),
    }
    assert "no figure fits both" in x.reason
    # the claims come in order of publication
    assert [c.published for c in x.claims] == sorted(c.published for c in x.claims)  # type: ignore[type-var]


def test_each_claim_names_document_span_source_certainty_and_times() -> None:
    docs = {d.id: d for d in kabul()}
    x = only(compare(docs.values()), ClaimKind.QUANTITY)
    for c in x.claims:
        doc = docs[c.document or ""]
        assert c.span.of(doc.text) == c.text
        assert c.published == doc.published
        assert c.certainty is factcheck.Certainty.CERTAIN
    police = next(c for c in x.claims if c.text == "14 people")
    assert police.source is not None
    assert police.source.entity == "police"
    assert police.time is not None and police.time.start == dt.date(2017, 11, 6)
    headline = next(c for c in x.claims if c.text == "12")
    assert headline.source is None  # the publisher's own voice
    witness = next(c for c in x.claims if c.document == "ap-1")
    assert witness.source is not None and witness.source.kind is SourceKind.PERSON


def test_wounded_figures_agree_dozens_27_and_at_least_25() -> None:
    claims = [c for d in kabul() for c in claims_of(d) if c.key.startswith("quantity|injured")]
    assert {c.text for c in claims} == {"Dozens", "27 people", "at least 25 people"}
    assert len({c.key for c in claims}) == 1
    assert conflicts_in_group(claims) == []


def test_more_than_10_agrees_with_12() -> None:
    a = read(
        "Gunmen kill more than 10 in Peshawar\n\nPESHAWAR, Pakistan (AP) - Gunmen killed more "
        "than 10 people in an attack on a market in Peshawar on Tuesday, police said.\n",
        "ap",
        "AP",
        at(7, 10),
    )
    b = read(
        "Twelve people were killed in an attack on a market in Peshawar on Tuesday, a hospital "
        "official said.\n",
        "dawn",
        "Dawn",
        at(7, 12),
    )
    assert compare([a, b]) == []
    keys = {c.key for d in (a, b) for c in claims_of(d) if c.kind is ClaimKind.QUANTITY}
    assert len(keys) == 1  # they meet, and agree


def _arrests(figure: str, id: str) -> Document:
    return read(
        f"Police detained {figure} people during protests in Minsk on Sunday, a rights group "
        "said.\n",
        id,
        id,
        at(5, 20),
    )


@pytest.mark.parametrize(
    ("one", "other", "conflict"),
    [
        ("about 300", "some 300", False),
        ("about 300", "320", False),  # within 10%
        ("about 300", "400", True),
        ("300", "320", True),  # exact figures that differ
        ("dozens of", "50", False),
        ("nearly 100", "95", False),
        ("nearly 100", "120", True),
        ("between 250 and 300", "about 280", False),
        ("up to 40", "about 44", False),  # 44 less 10% is 39.6
        ("up to 40", "about 45", True),  # 45 less 10% is 40.5
        ("up to 40", "60", True),
    ],
)
def test_approximate_figures_conflict_only_past_the_tolerance(
    one: str, other: str, conflict: bool
) -> None:
    found = compare([_arrests(one, "a"), _arrests(other, "b")])
    assert bool(found) is conflict, found


def test_the_tolerance_is_a_parameter() -> None:
    docs = [_arrests("about 300", "a"), _arrests("400", "b")]
    assert compare(docs)
    assert compare(docs, tolerance=0.4) == []
    with pytest.raises(ValueError, match="tolerance must be at least 0 and below 1"):
        compare(docs, tolerance=1.5)
    with pytest.raises(TypeError, match="tolerance must be a number"):
        compare(docs, tolerance="10%")  # type: ignore[arg-type]


def _raised(figure: str, id: str) -> Document:
    return read(
        f"The Clinton campaign raised {figure} in August, its filing showed.\n",
        id,
        id,
        dt.datetime(2016, 9, 20, 12, tzinfo=UTC),
    )


def test_rounded_money_agrees_within_its_last_digit() -> None:
    assert compare([_raised("$143 million", "a"), _raised("$143.2 million", "b")]) == []
    x = only(
        compare([_raised("$143 million", "a"), _raised("$150 million", "b")]), ClaimKind.QUANTITY
    )
    assert "rounded figures" in x.reason
    assert x.subject == "USD: Clinton Campaign raised — 2016-08-01/2016-08-31"


# -- what must not conflict ---------------------------------------------------------------------


def test_different_places_do_not_conflict() -> None:
    kabul_doc = read(
        "A car bomb killed 12 people in Kabul on Monday, officials said.\n", "a", "A", at(6, 9)
    )
    kandahar = read(
        "A car bomb killed 14 people in Kandahar on Monday, officials said.\n", "b", "B", at(6, 9)
    )
    assert compare([kabul_doc, kandahar]) == []


def test_different_days_do_not_conflict() -> None:
    monday = read(
        "A car bomb killed 12 people in Kabul on Monday, officials said.\n", "a", "A", at(7, 9)
    )
    tuesday = read(
        "A car bomb killed 14 people in Kabul on Tuesday, officials said.\n", "b", "B", at(7, 9)
    )
    assert compare([monday, tuesday]) == []


def test_different_things_counted_do_not_conflict() -> None:
    doc = read(
        "Officials said 12 people were killed in the bombing in Kabul on Monday.\n\n"
        "Officials said 30 people were wounded in the bombing in Kabul on Monday.\n\n"
        "The army said seven soldiers were killed in the bombing in Kabul on Monday.\n\n"
        "Police said five civilians were killed in the bombing in Kabul on Monday.\n",
        "a",
        "A",
        at(6, 20),
    )
    keys = {c.key for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY}
    assert len(keys) == 4
    assert doc.conflicts == ()


def test_different_holders_do_not_conflict() -> None:
    doc = read(
        "Trump has 739 delegates after Tuesday's contests. Cruz has 465 delegates and Kasich "
        "has 143 delegates, according to an AP count.\n",
        "a",
        "A",
        dt.datetime(2016, 3, 16, 9, tzinfo=UTC),
    )
    holders = {key_parts(c.key)["holder"] for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY}
    assert holders == {"trump", "cruz", "kasich"}
    assert doc.conflicts == ()


def test_seed_has_no_conflict(seed_text: str) -> None:
    """144 other suspects (Anadolu) and 27 suspects held in Bursa (CNNTurk) are different
    counts; so are 100 militants detained in Ankara."""
    doc = factcheck.analyze(seed_text)
    assert doc.conflicts == ()
    assert FlagKind.CONFLICT not in {f.kind for f in doc.flags}


@pytest.mark.parametrize(
    "sentence",
    [
        "The blast could have killed 30 people in Kabul on Monday, officials said.",
        "Officials said the company will hire 500 workers in Kabul on Monday.",
        "Were 30 people killed in the bombing in Kabul on Monday?",
        "Officials feared 30 people were killed in the bombing in Kabul on Monday.",
        "Police denied reports that 30 people were killed in the bombing in Kabul on Monday.",
        "Police said 30 people were not killed in the bombing in Kabul on Monday.",
    ],
)
def test_hedged_forecast_asked_or_denied_figures_are_no_figure_claims(sentence: str) -> None:
    doc = read(sentence + "\n", "a", "A", at(6, 20))
    assert [c for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY] == []


def test_figure_without_time_is_not_compared() -> None:
    """In a feature, "Two Americans were killed" and "the four Americans killed" may be about
    different attacks: a figure anchored to no time is no claim to compare."""
    doc = read(
        "Two Americans were killed at each location.\n\n"
        "Hicks said the four Americans killed in the attack might have been saved.\n",
        "a",
        "A",
        at(6, 20),
    )
    assert [c for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY] == []


# -- dates --------------------------------------------------------------------------------------

TRUCE_A = """Syria truce holds in Aleppo

ALEPPO, Syria (Reuters) - The ceasefire took effect on Sunday, the Syrian army said, and fighting stopped in most of the city.
"""
TRUCE_B = """Guns fall silent in Aleppo

BEIRUT (AFP) - The ceasefire took effect on Friday in Aleppo, a monitoring group said.
"""
TRUCE_C = """Rescuers search rubble

ALEPPO, Syria (AP) - The ceasefire took effect on Friday, rebels said.
"""


def test_one_event_dated_on_different_days_conflicts() -> None:
    pub = dt.datetime(2016, 9, 12, 12, tzinfo=UTC)
    docs = [read(t, k, k, pub) for k, t in zip("ABC", (TRUCE_A, TRUCE_B, TRUCE_C), strict=True)]
    x = only(compare(docs), ClaimKind.DATE)
    days = sorted((c.document, c.time.start) for c in x.claims if c.time is not None)
    assert days == [
        ("A", dt.date(2016, 9, 11)),
        ("B", dt.date(2016, 9, 9)),
        ("C", dt.date(2016, 9, 9)),
    ]
    assert "different days" in x.reason
    # the two that agree on Friday raise nothing between them
    assert compare(docs[1:]) == []


def test_dates_of_different_events_do_not_conflict() -> None:
    pub = dt.datetime(2016, 9, 12, 12, tzinfo=UTC)
    a = read(TRUCE_A, "A", "A", pub)
    b = read("The blast happened on Friday in Aleppo, a monitoring group said.\n", "B", "B", pub)
    assert compare([a, b]) == []


def test_unresolved_dates_make_no_date_claim() -> None:
    doc = factcheck.analyze(TRUCE_C.replace("ALEPPO, Syria (AP) - ", ""))  # no publication date
    assert [c for c in claims_of(doc) if c.kind is ClaimKind.DATE] == []


# -- assertions and denials ---------------------------------------------------------------------


def test_denial_against_assertion() -> None:
    x = only(compare(kabul()), ClaimKind.PROPOSITION)
    said = {(c.source.entity if c.source else None, c.polarity) for c in x.claims}
    assert said == {("Taliban", Polarity.NEGATIVE), ("Witnesses", Polarity.POSITIVE)}
    assert x.subject == "whether Taliban fighters carried out the attack"
    assert "denied by Taliban" in x.reason


@pytest.mark.parametrize(
    "denial",
    [
        "The ministry denied that soldiers fired on protesters in the capital.",
        "The ministry rejected claims that soldiers fired on protesters in the capital.",
        "The ministry said soldiers did not fire on protesters in the capital.",
        "The ministry said soldiers never fired on protesters in the capital.",
    ],
)
def test_ways_of_denying(denial: str) -> None:
    doc = read(
        "Witnesses said soldiers fired on protesters in the capital.\n\n" + denial + "\n",
        "a",
        "A",
        at(6, 20),
    )
    assert len(doc.conflicts) == 1
    (x,) = doc.conflicts
    assert {c.polarity for c in x.claims} == {Polarity.POSITIVE, Polarity.NEGATIVE}


@pytest.mark.parametrize(
    "other",
    [
        "The ministry said soldiers fired on protesters in the capital.",  # agrees
        "The ministry asked whether soldiers fired on protesters in the capital.",  # asks
        "The ministry said soldiers may have fired on protesters in the capital.",  # hedges
        "The ministry denied that police fired on protesters in the capital.",  # other claim
        "The ministry said the soldiers fired on protesters in the capital, not at them.",
    ],
)
def test_no_denial_conflict(other: str) -> None:
    doc = read(
        "Witnesses said soldiers fired on protesters in the capital.\n\n" + other + "\n",
        "a",
        "A",
        at(6, 20),
    )
    assert doc.conflicts == ()


def test_not_only_is_no_negation() -> None:
    doc = read(
        "Witnesses said soldiers fired on protesters in the capital.\n\n"
        "The ministry said soldiers not only fired on protesters in the capital.\n",
        "a",
        "A",
        at(6, 20),
    )
    assert doc.conflicts == ()


def test_first_person_is_the_source() -> None:
    """ "We will build the wall" said by two people are two claims, not one."""
    doc = read(
        '"We will build a wall on the southern border," Trump said.\n\n'
        '"We will not build a wall on the southern border," Clinton said.\n',
        "a",
        "A",
        at(6, 20),
    )
    assert doc.conflicts == ()
    same = read(
        '"We will build a wall on the southern border," Trump said.\n\n'
        '"We will not build a wall on the southern border," Trump said on Friday.\n',
        "a",
        "A",
        at(6, 20),
    )
    assert len(same.conflicts) == 1


# -- revisions ----------------------------------------------------------------------------------


def test_a_later_report_of_the_same_outlet_is_a_revision() -> None:
    docs = [
        read(REUTERS, "reuters-1", "Reuters", at(6, 9)),
        read(REUTERS_UPDATE, "reuters-2", "Reuters", at(6, 15)),
    ]
    (x,) = compare(docs)
    assert x.revision
    assert [c.document for c in x.claims][-1] == "reuters-2"
    assert x.reason.startswith("Reuters first said '12'")
    assert x.reason.endswith("then '14' (2017-11-06 15:00+00:00): a revision")


def test_a_revision_leaves_the_conflict_between_outlets() -> None:
    docs = [*kabul(), read(REUTERS_UPDATE, "reuters-2", "Reuters", at(6, 15))]
    found = compare(docs)
    revisions = [x for x in found if x.revision]
    others = [x for x in found if not x.revision and x.kind is ClaimKind.QUANTITY]
    assert len(revisions) == 1 and len(others) == 1
    # Reuters's 12 is superseded by its own 14; 14 and "at least 20" still disagree
    assert {c.text for c in others[0].claims} >= {"14", "At least 20 people"}
    assert "12" not in {c.text for c in others[0].claims}


def test_a_named_source_changing_its_figure_across_outlets_is_a_revision() -> None:
    text = "Health Minister Ahmad Jawad said {n} people were killed in the bombing in Kabul on Monday.\n"
    docs = [
        read(text.format(n=12), "a", "Tolo", at(6, 9)),
        read(text.format(n=16), "b", "Pajhwok", at(6, 18)),
    ]
    (x,) = compare(docs)
    assert x.revision
    assert x.reason.startswith("Health Minister Ahmad Jawad first said '12 people'")


def test_same_time_is_no_revision() -> None:
    docs = [
        read(REUTERS, "reuters-1", "Reuters", at(6, 9)),
        read(REUTERS_UPDATE, "reuters-2", "Reuters", at(6, 9)),
    ]
    (x,) = compare(docs)
    assert not x.revision


# -- within one article -------------------------------------------------------------------------

ONE_ARTICLE = """Floods kill 30 in northern Nigeria

KANO, Nigeria (Reuters) - Flash floods killed 30 people in the city of Kano on Saturday, the state emergency agency said.

The floods destroyed more than 2,000 homes in Kano on Saturday, the agency said.

A Red Cross official said the floods killed 45 people in Kano on Saturday and that dozens were missing.
"""


def test_analyze_flags_conflicts_within_an_article() -> None:
    doc = read(ONE_ARTICLE, "a", "Reuters", dt.datetime(2018, 7, 15, 8, tzinfo=UTC))
    (x,) = doc.conflicts
    assert x.kind is ClaimKind.QUANTITY
    assert {c.text for c in x.claims} == {"30", "30 people", "45 people"}
    flagged = [st.index for st in doc.statements if FlagKind.CONFLICT in st.flag_kinds]
    assert flagged == sorted({c.statement for c in x.claims})
    for st in doc.statements:
        for f in st.flags:
            if f.kind is FlagKind.CONFLICT:
                assert f.message.startswith("Conflict over dead: people — flood, Kano")
                for sp in f.spans:
                    assert st.span.contains(sp)


def test_conflicts_round_trip_and_validate() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from factcheck.serialize import load_schema

    doc = read(ONE_ARTICLE, "a", "Reuters", dt.datetime(2018, 7, 15, 8, tzinfo=UTC))
    assert doc.conflicts
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    jsonschema.validate(doc.to_dict(), load_schema())


def test_flag_conflicts_is_idempotent() -> None:
    doc = read(ONE_ARTICLE, "a", "Reuters", dt.datetime(2018, 7, 15, 8, tzinfo=UTC))
    bare = Document(
        text=doc.text,
        statements=tuple(
            attrs_evolve(st, flags=tuple(f for f in st.flags if f.kind is not FlagKind.CONFLICT))
            for st in doc.statements
        ),
        id=doc.id,
        publisher=doc.publisher,
        published=doc.published,
        dateline=doc.dateline,
    )
    assert flag_conflicts(bare) == doc


def attrs_evolve(obj: object, **changes: object) -> object:
    import attrs

    return attrs.evolve(obj, **changes)  # type: ignore[misc]


# -- the pieces a corpus engine uses ------------------------------------------------------------


def test_group_by_key_then_compare_each_group_is_compare() -> None:
    docs = [*kabul(), read(REUTERS_UPDATE, "reuters-2", "Reuters", at(6, 15))]
    claims = [c for d in docs for c in claims_of(d)]
    by_key = group_claims(reversed(claims))  # any order
    mapped = [x for g in by_key.values() for x in conflicts_in_group(g)]
    assert sorted(mapped, key=repr) == sorted(compare(docs), key=repr)
    assert conflicts_of_groups(by_key) == compare(docs)


def test_claims_pickle_for_a_process_pool_or_a_cluster() -> None:
    claims = [c for d in kabul() for c in claims_of(d)]
    assert pickle.loads(pickle.dumps(claims)) == claims
    x = compare(kabul())
    assert pickle.loads(pickle.dumps(x)) == x


def test_conflicts_in_group_needs_one_key() -> None:
    claims = [c for d in kabul() for c in claims_of(d)]
    keys = {c.key for c in claims}
    assert len(keys) > 1
    with pytest.raises(ValueError, match=r"claims of one key.*group them by key first"):
        conflicts_in_group(claims)
    with pytest.raises(TypeError, match="takes Claims"):
        conflicts_in_group([claims[0], "12"])  # type: ignore[list-item]
    assert conflicts_in_group(claims[:1]) == []


def test_wrong_inputs_are_named() -> None:
    with pytest.raises(TypeError, match="compare\\(\\) takes factcheck Documents, got str"):
        compare(["text"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="claims_of\\(\\) takes a factcheck Document, got str"):
        claims_of("text")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a claim key"):
        key_parts("rumour|x")
    with pytest.raises(ValueError, match="parts after the kind expected"):
        key_parts("quantity|dead")


def test_keys_are_made_of_named_parts() -> None:
    parts = {"counted": "dead", "head": "people", "event": "explosion", "place": "kabul"}
    key = make_key(ClaimKind.QUANTITY, parts)
    assert key == "quantity|dead|people|||||explosion|kabul|"
    back = key_parts(key)
    assert {k: v for k, v in back.items() if v} == parts
    assert describe_key(key) == "dead: people — explosion, Kabul"


def test_a_single_document_compares_with_itself() -> None:
    doc = read(ONE_ARTICLE, "a", "Reuters", dt.datetime(2018, 7, 15, 8, tzinfo=UTC))
    assert compare(doc) == list(doc.conflicts)  # type: ignore[arg-type]


def test_compatible_only_within_a_key() -> None:
    docs = kabul()
    claims = [c for d in docs for c in claims_of(d) if c.kind is ClaimKind.QUANTITY]
    twelve = next(c for c in claims if c.text == "12 people")
    fourteen = next(c for c in claims if c.text == "14 people")
    wounded = next(c for c in claims if c.text == "27 people")
    assert not compatible(twelve, fourteen)
    assert compatible(twelve, wounded)  # different keys: about different things


def test_claim_words_are_data() -> None:
    words = ClaimWords.default()
    assert words.counted[("killed",)] == "dead"
    assert words.events[("blast",)] == "explosion"
    from factcheck.lexicon import LexiconError

    with pytest.raises(LexiconError, match="unknown kind 'colour'"):
        ClaimWords.read([["colour", "red", "crimson"]])
    extra = ClaimWords.read([["counted", "dead", "perished"], ["event", "eruption", "eruption"]])
    doc = read(
        "Officials said 12 people perished in the eruption on Monday.\n", "a", "A", at(6, 20)
    )
    (c,) = [c for c in claims_of(doc, words=extra) if c.kind is ClaimKind.QUANTITY]
    assert key_parts(c.key)["counted"] == "dead"
    assert key_parts(c.key)["event"] == "eruption"


def test_claims_are_frozen() -> None:
    (c, *_) = claims_of(kabul()[0])
    assert isinstance(c, Claim)
    with pytest.raises(AttributeError):
        c.text = "13"  # type: ignore[misc]


# -- regressions: mistakes found reading a news corpus (sentences of our own) --------------------


def _quantity_keys(text: str, published: dt.datetime | None = None) -> list[str]:
    doc = read(text, "a", "A", published or at(6, 20))
    return [c.key for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY]


def test_held_before_a_figure_is_no_arrest() -> None:
    assert _quantity_keys("Kasich said on Monday he has held more than 80 town halls.\n") == []


def test_a_difference_is_no_count() -> None:
    text = "Clinton has 2.1 million more votes than Sanders after Tuesday's primaries.\n"
    assert _quantity_keys(text) == []
    assert len(_quantity_keys("Clinton has more than 2,100 delegates after Tuesday.\n")) == 1


def test_a_pronoun_holds_no_figure() -> None:
    text = "On Sunday, Sanders announced that he had raised $21 million in March.\n"
    assert _quantity_keys(text) == []


def test_the_event_of_another_place_and_time_is_not_lent() -> None:
    doc = read(
        "In March, suicide bombers killed 32 people at the airport in Brussels.\n\n"
        "A truck ploughed into a crowd in Nice on Thursday, killing at least 80 people in an "
        "attack.\n",
        "a",
        "A",
        dt.datetime(2016, 7, 15, 8, tzinfo=UTC),
    )
    parts = [key_parts(c.key) for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY]
    assert [(p["event"], p["place"]) for p in parts] == [
        ("explosion", "brussels"),
        ("attack", "nice"),
    ]


def test_thousands_separators_do_not_split_a_clause() -> None:
    doc = read("Clinton now has a total of at least 1,410 delegates.\n", "a", "A", at(6, 20))
    (p,) = [c for c in claims_of(doc) if c.kind is ClaimKind.PROPOSITION]
    assert "1410" in key_parts(p.key)["words"].split()


def _proposition_words(sentence: str) -> list[str]:
    doc = read(sentence + "\n", "a", "A", at(6, 20))
    return [key_parts(c.key)["words"] for c in claims_of(doc) if c.kind is ClaimKind.PROPOSITION]


def test_a_proposition_runs_to_its_predicate() -> None:
    """ "has yet to visit": the clause goes on past "yet" to what is said. (Not a verb of
    attribution: "has yet to endorse" is an attribution, as "endorsed" is.)"""
    words = _proposition_words("Republican nominee Donald Trump has yet to visit the speaker.")
    assert words == ["donald nomine republican speaker trump visit"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"I must tell you," Trump said.',  # the speaker, and nothing said
        "The plan, first reported by The Washington Post, was dropped.",  # no subject, then short
        "Mexico, the president said.",  # no verb
    ],
)
def test_clauses_without_subject_or_predicate_make_no_proposition(sentence: str) -> None:
    assert _proposition_words(sentence) == []


def test_a_blank_counted_noun_is_no_head() -> None:
    """Found by the properties: a hand-made quantity whose ``about`` is blank."""
    from factcheck.model import Quantity, Span

    text = "Officials said 12 were killed in the blast in Kabul on Monday."
    st = read(text, "a", "A", at(6, 20)).statements[0]
    q = Quantity(Span(15, 17), "12", 12, 12, about=" ", about_span=Span(17, 18))
    hand = Document(text=text, statements=(attrs_evolve(st, quantities=(q,)),))  # type: ignore[arg-type]
    heads = [key_parts(c.key)["head"] for c in claims_of(hand) if c.kind is ClaimKind.QUANTITY]
    assert heads == ["people"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The housing crisis on Monday hurt millions of Americans, Clinton said.",  # hurt: figurative
        "Trump on Saturday tweeted an image of Clinton alongside $100 bills.",  # no verb, no holder
        "Officials said maybe 1,500 people were killed in Libya last year.",  # a guess
    ],
)
def test_no_figure_claim(sentence: str) -> None:
    assert _quantity_keys(sentence + "\n") == []


def test_a_labour_strike_is_no_airstrike() -> None:
    (key,) = _quantity_keys("To weather the strike, Verizon drafted 4,000 workers on Monday.\n")
    assert key_parts(key)["event"] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Ryan said he understands how allies would be rattled by the comments.",  # "how"
        "Kaine has opposed defunding Planned Parenthood and restrictions on abortion.",  # nouns
        "Sanders has endorsed a handful of candidates this year with mixed results.",  # nouns
    ],
)
def test_no_proposition_from_a_noun_phrase_or_a_wh_clause(sentence: str) -> None:
    doc = read(sentence + "\n", "a", "A", at(6, 20))
    attributed = [
        c for c in claims_of(doc) if c.kind is ClaimKind.PROPOSITION and c.source is not None
    ]
    assert attributed == []


def test_a_time_in_another_clause_does_not_date_a_figure() -> None:
    text = (
        "The governor, speaking on a talk show on Sunday, recalled a sniper killing five "
        "police officers.\n"
    )
    assert _quantity_keys(text) == []


def test_a_time_that_opens_the_sentence_dates_it() -> None:
    (key,) = _quantity_keys("On Monday, a suicide bomber killed 12 people in Kabul.\n")
    assert key_parts(key)["window"] == "2017-11-06"


def test_a_participle_after_a_comma_stays_in_the_clause() -> None:
    (key,) = _quantity_keys("A bomb exploded in Kabul on Monday, killing 12 people.\n")
    assert key_parts(key)["window"] == "2017-11-06"


def test_things_held_are_not_detained() -> None:
    text = "Trump on Wednesday referred to thousands of emails held on a private server.\n"
    assert _quantity_keys(text) == []
    (key,) = _quantity_keys("Police said 27 suspects were held in Bursa on Monday.\n")
    assert key_parts(key)["counted"] == "detained"


def test_an_event_lends_its_place_only_at_its_time() -> None:
    doc = read(
        "In March, suicide bombers killed 32 people at the airport in Brussels.\n\n"
        "In November, suicide bombers killed 130 people around Paris.\n",
        "a",
        "A",
        dt.datetime(2016, 7, 15, 8, tzinfo=UTC),
    )
    places = [key_parts(c.key)["place"] for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY]
    assert places == ["brussels", ""]


def test_an_undated_event_is_not_dated_by_the_publication() -> None:
    text = (
        "Terrorism became an issue after a couple carried out a mass shooting Dec. 2 in San "
        "Bernardino, Calif., killing 14 people.\n"
    )
    assert all(
        not key_parts(k)["window"].startswith("2015-12-20")
        for k in _quantity_keys(text, dt.datetime(2015, 12, 20, 9, tzinfo=UTC))
    )


def test_a_figure_someone_holds_does_not_take_the_time_of_an_event() -> None:
    text = (
        "Hundreds protested at a rally on Wednesday.\n\n"
        "Small, who attended the rally, said that Trump bagged millions of dollars in casinos.\n"
    )
    assert _quantity_keys(text) == []


def test_a_figure_dated_in_another_clause_takes_no_other_time() -> None:
    doc = read(
        "In March, attackers killed 32 people in suicide bombings at the Brussels airport.\n\n"
        "France was rocked by an attack in November, when suicide bombers killed 130 people "
        "around Paris.\n",
        "a",
        "A",
        dt.datetime(2016, 7, 15, 8, tzinfo=UTC),
    )
    assert doc.conflicts == ()


def test_an_old_event_is_not_the_article_s_news() -> None:
    """In an article on a truck attack, a witness's "over 30 dead bodies" is not about the
    bombing of last March that the article also recalls."""
    doc = read(
        "A truck rammed into a crowd in Nice on Thursday in an attack.\n\n"
        "In March, attackers killed 32 people in suicide bombings at the Brussels airport.\n\n"
        '"I think over 30 dead bodies are on the ground," a witness said.\n',
        "a",
        "A",
        dt.datetime(2016, 7, 15, 8, tzinfo=UTC),
    )
    events = [key_parts(c.key)["event"] for c in claims_of(doc) if c.kind is ClaimKind.QUANTITY]
    assert events == ["explosion"]  # the witness's count has no event, no time: not compared


def test_contractions_are_split() -> None:
    (words,) = _proposition_words('"I\'ve stopped following some people on Twitter," Trump said.')
    assert "trump" in words.split() and "i'v" not in words


@pytest.mark.parametrize(
    "sentence",
    [
        '"He obviously has good manners and a quiet way," Emanuel said.',  # he: someone else
        "His supporters have long said he is the most attractive Republican to both camps.",
        "President Obama's last chance to zing Washington at the dinner.",  # no verb
    ],
)
def test_no_proposition_with_a_pronoun_for_someone_else_or_without_a_verb(sentence: str) -> None:
    assert _proposition_words(sentence) == []


def test_a_hyphenated_word_is_one_word() -> None:
    (words,) = _proposition_words("The vast majority of the delegates will be sought-after agents.")
    assert "sought-after" in words.split()


def test_a_possessive_before_money_is_no_holder() -> None:
    assert _quantity_keys("Clinton's $350 billion, 10-year plan was unveiled on Monday.\n") == []
    (key,) = _quantity_keys("Trump's 739 delegates came from 20 states, AP said on Monday.\n")
    assert key_parts(key)["holder"] == "trump"
    assert _quantity_keys("The cost of Cruz's 99-county Iowa strategy grew on Monday.\n") == []


def test_a_date_in_another_clause_dates_no_event() -> None:
    doc = read(
        "The attack sparked a debate, with a senator telling reporters on Thursday that it "
        "was a failure.\n",
        "a",
        "A",
        dt.datetime(2016, 6, 16, 20, tzinfo=UTC),
    )
    assert [c for c in claims_of(doc) if c.kind is ClaimKind.DATE] == []


def test_keyed_pairs_and_conflicts_among_for_corpus_engines() -> None:
    from factcheck.conflicts import conflicts_among, keyed_claims

    docs = [*kabul(), read(REUTERS_UPDATE, "reuters-2", "Reuters", at(6, 15))]
    pairs = [kc for d in docs for kc in keyed_claims(d)]
    assert all(k == c.key for k, c in pairs)
    groups: dict[str, list[Claim]] = {}
    for k, c in pairs:
        groups.setdefault(k, []).append(c)
    found = [x for k, g in groups.items() for x in conflicts_among(k, g)]
    assert sorted(found, key=repr) == sorted(compare(docs), key=repr)
    with pytest.raises(ValueError, match="got a claim of key"):
        conflicts_among("proposition|x", pairs[0][1:])
