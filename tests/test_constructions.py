"""Each construction the engine reads, on sentences written for the test (not the seed's)."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Attribution, Certainty, Document, FlagKind, Mode


def only(doc: Document) -> Attribution:
    top = [a for a in doc.attributions if a.parent is None]
    assert len(top) == 1, [(a.cue.text, a.source and a.source.text) for a in top]
    return top[0]


def parts(doc: Document, a: Attribution) -> tuple[str | None, str, list[str]]:
    src = a.source.span.of(doc.text) if a.source else None
    return src, a.cue.span.of(doc.text), [c.of(doc.text) for c in a.content]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "mode"),
    [
        (
            "The ministry says the border will reopen on Monday.",
            "The ministry",
            "says",
            ["the border will reopen on Monday"],
            Mode.INDIRECT,
        ),
        (
            "The mayor said that the bridge was unsafe.",
            "The mayor",
            "said",
            ["that the bridge was unsafe"],
            Mode.INDIRECT,
        ),
        (
            "The French navy has said it will escort the tankers.",
            "The French navy",
            "has said",
            ["it will escort the tankers"],
            Mode.INDIRECT,
        ),
        (
            "\u201cWe will not leave,\u201d the union leader said.",
            "the union leader",
            "said",
            ["\u201cWe will not leave,\u201d"],
            Mode.DIRECT,
        ),
        (
            "\u201cThe vote was rigged,\u201d said Maria Lopez, an election monitor.",
            "Maria Lopez, an election monitor",
            "said",
            ["\u201cThe vote was rigged,\u201d"],
            Mode.DIRECT,
        ),
        (
            "Prices rose by a third last year, the statistics office reported.",
            "the statistics office",
            "reported",
            ["Prices rose by a third last year"],
            Mode.INDIRECT,
        ),
        (
            "Rebels shelled the airport overnight, according to local residents.",
            "local residents",
            "according to",
            ["Rebels shelled the airport overnight"],
            Mode.ACCORDING_TO,
        ),
        (
            "According to the coast guard, six fishermen are missing.",
            "the coast guard",
            "According to",
            ["six fishermen are missing"],
            Mode.ACCORDING_TO,
        ),
        (
            "Several analysts believed the currency would fall further.",
            "Several analysts",
            "believed",
            ["the currency would fall further"],
            Mode.INDIRECT,
        ),
        (
            "The governor said the plan was \u201ca disaster\u201d for farmers.",
            "The governor",
            "said",
            ["the plan was \u201ca disaster\u201d for farmers"],
            Mode.MIXED,
        ),
        (
            "A letter from the hospital board said staff would be paid in March.",
            "A letter from the hospital board",
            "said",
            ["staff would be paid in March"],
            Mode.INDIRECT,
        ),
    ],
)
def test_construction(text: str, source: str, cue: str, content: list[str], mode: Mode) -> None:
    doc = factcheck.analyze(text)
    a = only(doc)
    assert parts(doc, a) == (source, cue, content)
    assert a.mode is mode


def test_continuation_takes_the_previous_source() -> None:
    doc = factcheck.analyze(
        "The Reuters news agency reported that the port was closed. "
        "It added that ships were waiting offshore."
    )
    first, second = doc.attributions
    assert second.source is not None and first.source is not None
    assert second.source.text == "It"
    assert second.source.entity == first.source.entity
    assert second.source.antecedent == first.source.span
    assert parts(doc, second)[2] == ["that ships were waiting offshore"]


def test_he_added_resolves_to_a_person() -> None:
    doc = factcheck.analyze(
        "The ministry said talks had stalled. Foreign Minister Ana Costa said she was hopeful. "
        "She added that a new round was planned."
    )
    last = doc.attributions[-1]
    assert last.source is not None and last.source.entity.endswith("Ana Costa")


def test_belief_is_probable_and_fear_possible() -> None:
    doc = factcheck.analyze("Officials believe the dam will hold. Farmers fear that it will not.")
    believe, fear = doc.attributions
    assert believe.certainty is Certainty.PROBABLE
    assert fear.certainty is Certainty.POSSIBLE


@pytest.mark.parametrize(
    "text",
    [
        "It comes as the army closed two more roads.",
        "It left the town without power for a week.",
        "The storm left thousands without power.",
        "Islamic State fighters held the town.",
        "There were more than 100 suspected smugglers on the boat.",
    ],
)
def test_non_cues(text: str) -> None:
    doc = factcheck.analyze(text)
    assert doc.attributions == ()
    assert FlagKind.UNATTRIBUTED in doc.statements[0].flag_kinds


def test_it_comes_as_is_not_content() -> None:
    doc = factcheck.analyze(
        "It comes as the army closed two more roads, according to the local council."
    )
    a = only(doc)
    assert parts(doc, a)[2] == ["the army closed two more roads"]


@pytest.mark.parametrize(
    "text",
    [
        "There are fears that the virus has spread to the capital.",
        "There are growing concerns that the ceasefire will collapse.",
        "It is believed that the ship sank in minutes.",
    ],
)
def test_unheld_attitudes(text: str) -> None:
    doc = factcheck.analyze(text)
    st = doc.statements[0]
    assert FlagKind.UNHELD_ATTITUDE in st.flag_kinds
    assert FlagKind.UNATTRIBUTED in st.flag_kinds
    assert not st.attributions


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("US officials said the talks had failed.", True),
        ("Sources said the minister would resign.", True),
        ("State-run media said the dam had burst.", True),
        ("A senior aide to the prime minister said the vote was delayed.", True),
        ("The Interior Ministry said the dam had burst.", False),
        ("Joe Smith, a spokesman for the ministry, said the dam had burst.", False),
        ("Reuters reported that the dam had burst.", False),
        # a quantifier alone holds the belief, and does not say who
        ("Many believe the dam had burst.", True),
        ("Some fear the dam had burst.", True),
    ],
)
def test_vague_sources(text: str, vague: bool) -> None:
    doc = factcheck.analyze(text)
    assert (FlagKind.VAGUE_SOURCE in doc.statements[0].flag_kinds) is vague


def test_split_quote_is_one_attribution_with_two_contents() -> None:
    doc = factcheck.analyze(
        "\u201cWe are ready,\u201d the captain said. \u201cThe crew has trained for months.\u201d"
    )
    a = only(doc)
    assert [c.of(doc.text) for c in a.content] == [
        "\u201cWe are ready,\u201d",
        "\u201cThe crew has trained for months.\u201d",
    ]
    # the second sentence is attributed, not flagged
    assert all(FlagKind.UNATTRIBUTED not in st.flag_kinds for st in doc.statements)


def test_nested_attribution_keeps_its_parent() -> None:
    doc = factcheck.analyze("The agency said officials believed the figure was too low.")
    outer, inner = doc.attributions
    assert outer.parent is None
    assert inner.parent == outer.id
    assert inner.cue.text == "believed"


def test_sentences_survive_abbreviations() -> None:
    doc = factcheck.analyze(
        "Mr. Jones met U.S. envoys on Nov. 9 in Washington. The talks ended early."
    )
    assert [s.text for s in doc.statements] == [
        "Mr. Jones met U.S. envoys on Nov. 9 in Washington.",
        "The talks ended early.",
    ]


def test_headline_standfirst_dateline() -> None:
    text = (
        "Floods hit the north\n"
        "Thousands have left their homes, the authorities say.\n"
        "Monday 3 March 2025 09:10, UK\n"
        "Rivers burst their banks overnight.\n"
    )
    doc = factcheck.analyze(text)
    assert [s.role.value for s in doc.statements] == [
        "headline",
        "standfirst",
        "dateline",
        "body",
    ]
    assert doc.published is not None and doc.published.year == 2025


def test_editors_note_is_a_note_not_a_claim() -> None:
    doc = factcheck.analyze(
        "Storm hits coast\n"
        "The mayor said roads were closed.\n"
        "Editor\u2019s note: The mayor has said the same of every storm since 2010.\n"
    )
    note = doc.statements[-1]
    assert note.role.value == "note"
    assert note.attributions == () and note.flags == ()


# Regression tests for rules added while measuring on PolNeAR (sentences written for the test).
@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "As the finance minister explained, two taxes were postponed.",
            "the finance minister",
            "explained",
            ["two taxes were postponed"],
        ),
        (
            "Prices will rise again, as the central bank put it.",
            "the central bank",
            "put it",
            ["Prices will rise again"],
        ),
        (
            "The ministry said in a statement that the road had reopened.",
            "The ministry",
            "said in a statement",
            ["that the road had reopened"],
        ),
        (
            "The governor said Tuesday that schools would close.",
            "The governor",
            "said Tuesday",
            ["that schools would close"],
        ),
        (
            "The senator continued to defend the plan to cut taxes.",
            "The senator",
            "continued to defend",
            ["the plan to cut taxes"],
        ),
        (
            "Farmers are confident that the harvest will recover.",
            "Farmers",
            "are confident",
            ["that the harvest will recover"],
        ),
        (
            "His support for the ceasefire surprised his allies.",
            "His",
            "support for",
            ["the ceasefire surprised his allies"],
        ),
        (
            "The union expressed concern that wages would fall.",
            "The union",
            "expressed concern",
            ["that wages would fall"],
        ),
        ("One in five say they will not vote.", "One in five", "say", ["they will not vote"]),
        (
            "\u201cThe plan is dead,\u201d Will Hart wrote.",
            "Will Hart",
            "wrote",
            ["\u201cThe plan is dead,\u201d"],
        ),
        (
            "He\u2019s hoping the bridge will reopen soon.",
            "He",
            "\u2019s hoping",
            ["the bridge will reopen soon"],
        ),
        ("The senator supports the bill.", "The senator", "supports", ["the bill"]),
        # a postposed cue's adjunct may hold a short quotation or a relative clause
        (
            '"The roads are open," the mayor said after a brief "thank you" to the crews.',
            "the mayor",
            "said",
            ['"The roads are open,"'],
        ),
        (
            '"Each would make a fine judge," the senator said of a list that included two mayors.',
            "the senator",
            "said",
            ['"Each would make a fine judge,"'],
        ),
        (
            "Four out of 10 believe the economy is weak.",
            "Four out of 10",
            "believe",
            ["the economy is weak"],
        ),
        (
            "Three unions, including the teachers, said the deal was unfair.",
            "Three unions, including the teachers,",
            "said",
            ["the deal was unfair"],
        ),
        (
            "The audit found the fund was short by a third.",
            "The audit",
            "found",
            ["the fund was short by a third"],
        ),
        ("She added the talks had failed.", "She", "added", ["the talks had failed"]),
        (
            "A new ABC/Ipsos poll shows the mayor in a close race.",
            "A new ABC/Ipsos poll",
            "shows",
            ["the mayor in a close race"],
        ),
        (
            "Turnout fell in every district, a university study shows.",
            "a university study",
            "shows",
            ["Turnout fell in every district"],
        ),
        (
            "Some advocates for the plan said it would save money.",
            "Some advocates for the plan",
            "said",
            ["it would save money"],
        ),
        (
            "The ministry acknowledged for the first time on Friday that the dam had failed.",
            "The ministry",
            "acknowledged",
            ["that the dam had failed"],
        ),
        (
            "The mayor insisted that the bridge was safe.",
            "The mayor",
            "insisted",
            ["that the bridge was safe"],
        ),
        ("The official said the road was closed.", "The official", "said", ["the road was closed"]),
        (
            '"It is all true," the witness said after the judge read the charges he admitted.',
            "the witness",
            "said",
            ['"It is all true,"'],
        ),
        (
            '"We are ready," the mayor said in a short speech shortly after she met the crews.',
            "the mayor",
            "said",
            ['"We are ready,"'],
        ),
        (
            "The pier was unsafe, a city engineer told The Herald.",
            "a city engineer",
            "told",
            ["The pier was unsafe"],
        ),
        (
            "A campaign source told NBC that the speech would be short.",
            "A campaign source",
            "told",
            ["that the speech would be short"],
        ),
        (
            "The inspector stated the wiring was unsafe.",
            "The inspector",
            "stated",
            ["the wiring was unsafe"],
        ),
        (
            '"The wiring is unsafe," the inspector stated.',
            "the inspector",
            "stated",
            ['"The wiring is unsafe,"'],
        ),
        (
            "Ms. Ortiz, a council ally, called the budget \u201cstrong.\u201d",
            "Ms. Ortiz, a council ally,",
            "called",
            ["the budget \u201cstrong.\u201d"],
        ),
        (
            # a plural noun that is also a verb form, before "said", is the subject's noun
            "Tenant rights advocates said the rules were too weak.",
            "Tenant rights advocates",
            "said",
            ["the rules were too weak"],
        ),
        (
            "Many reform advocates believe the rules would be easy to dodge.",
            "Many reform advocates",
            "believe",
            ["the rules would be easy to dodge"],
        ),
        (
            "Tenant rights advocates have said the rules were too weak.",
            "Tenant rights advocates",
            "have said",
            ["the rules were too weak"],
        ),
        (
            # a floating quantifier after an auxiliary joins the cue
            "Two senators, Ana Diaz and Tom Reyes, have both pushed for the funding.",
            "Two senators, Ana Diaz and Tom Reyes,",
            "have both pushed for",
            ["the funding"],
        ),
        (
            # a name and an apposition holding a noun that is also a verb ("state") is no
            # content of an inverted cue
            "Officials in Hesse, the German state next to France, announced tighter controls.",
            "Officials in Hesse, the German state next to France,",
            "announced",
            ["tighter controls"],
        ),
        (
            # a fronted verb of saying, its source, then the quotation
            "The plan was dropped. Said Ellis: \u201cNobody wanted it.\u201d",
            "Ellis",
            "Said",
            ["\u201cNobody wanted it.\u201d"],
        ),
        (
            "Said Dora Poynter, who grew up nearby, \u201cWe were all so proud.\u201d",
            "Dora Poynter, who grew up nearby",
            "Said",
            ["\u201cWe were all so proud.\u201d"],
        ),
        (
            # a name and a finite verb after an inverted-looking cue is a clause, not a source
            "Dan Reyes, who served as envoy, said Clinton reached out to the leader.",
            "Dan Reyes, who served as envoy,",
            "said",
            ["Clinton reached out to the leader"],
        ),
        (
            # a participle of stance after a noun, before a name: the noun holds the stance,
            # and its object ends where the main clause's verb begins
            "The super PACs supporting Kasich paid for the voter files.",
            "The super PACs",
            "supporting",
            ["Kasich"],
        ),
        (
            "The super PAC backing former Gov. Jeb Bush paid for the ads.",
            "The super PAC",
            "backing",
            ["former Gov. Jeb Bush"],
        ),
        (
            # a cue set off by commas inside its content: the clause after it is said too,
            # and a phrase before it with no verb is not
            "In particular, he said, the fund had free use of the courses.",
            "he",
            "said",
            ["the fund had free use of the courses"],
        ),
        (
            "The plan, she said, was never going to work.",
            "she",
            "said",
            ["The plan", "was never going to work"],
        ),
        (
            # a fronted phrase is no content of a verb that has its own words after it
            "In two other cases, the minister had asked aides to send the files.",
            "the minister",
            "had asked",
            ["aides to send the files"],
        ),
        (
            # a place and its state inside an adjunct: "in Toledo, Ohio,"
            "The senator says at a stop in Toledo, Ohio, that the plant will close.",
            "The senator",
            "says",
            ["that the plant will close"],
        ),
        (
            # a capital "Will" inside a sentence is a name, not a modal
            "\u201cThis might end his run,\u201d Will wrote.",
            "Will",
            "wrote",
            ["\u201cThis might end his run,\u201d"],
        ),
        (
            # a passive with its agent and nothing after: the agent reports the subject
            "The outage was first reported by The Daily Ledger.",
            "The Daily Ledger",
            "was first reported by",
            ["The outage"],
        ),
        (
            # an aside between commas before "that"
            "Several experts cautioned, as did the mayor herself, that the plan would fail.",
            "Several experts",
            "cautioned",
            ["that the plan would fail"],
        ),
        (
            # the noun phrase before the verb is the object inside a modifier of the subject
            'Protesters marching through the streets chanted "Stay out!" all night.',
            "Protesters",
            "chanted",
            ['"Stay out!" all night'],
        ),
        (
            "One of the doctors who signed the letter called the plan a fraud.",
            "One of the doctors who signed the letter",
            "called",
            ["the plan a fraud"],
        ),
        (
            # verbs of asserting may follow their content, as verbs of saying do
            "The plan was always sound, the former mayor maintains.",
            "the former mayor",
            "maintains",
            ["The plan was always sound"],
        ),
        (
            '"We will fix it," the governor promised.',
            "the governor",
            "promised",
            ['"We will fix it,"'],
        ),
        (
            # the subject of a light-verb phrase stands before a catenative and its adjunct
            "The chief tried on Tuesday to make the case that the fault lay elsewhere.",
            "The chief",
            "make the case",
            ["that the fault lay elsewhere"],
        ),
        (
            # a subject pronoun after a fronted phrase is the whole subject, before a verb
            # that takes the participle
            "In their report they could not resist pointing out that every city differs.",
            "they",
            "pointing out",
            ["that every city differs"],
        ),
        (
            # a progressive takes its subject before it, whatever precedes the subject
            "Candidates like Ana Ruiz are vowing to bring back the jobs.",
            "Ana Ruiz",
            "are vowing",
            ["to bring back the jobs"],
        ),
        (
            # an adverb and a participle inside a noun phrase ("newly filed")
            "Donors gave more in August, an analysis of newly filed reports shows.",
            "an analysis of newly filed reports",
            "shows",
            ["Donors gave more in August"],
        ),
        (
            "The court ruled that the law was valid.",
            "The court",
            "ruled",
            ["that the law was valid"],
        ),
        (
            "The director testified that no files were lost.",
            "The director",
            "testified",
            ["that no files were lost"],
        ),
        (
            # a participle that opens a postposed source is its adjective
            'The plan "will keep the city safe," retired general Ana Ruiz said.',
            "retired general Ana Ruiz",
            "said",
            ['The plan "will keep the city safe,"'],
        ),
        (
            # a negation before "to" belongs to the content
            "The envoy vowed not to repeat that mistake.",
            "The envoy",
            "vowed",
            ["not to repeat that mistake"],
        ),
        (
            # a year after "in" before the verb: the subject is before it, and is no count
            "An arbitration panel in 2001 found the United States was in breach.",
            "An arbitration panel",
            "found",
            ["the United States was in breach"],
        ),
        (
            # a weekday and a part of the day join the cue
            "The mayor said Monday night that the bridge would reopen.",
            "The mayor",
            "said Monday night",
            ["that the bridge would reopen"],
        ),
        (
            # a weekday between a verb and its preposition stands inside the cue
            "The governor called Friday for calm in the streets.",
            "The governor",
            "called Friday for",
            ["calm in the streets"],
        ),
        (
            # a long parenthesis, with a clause inside, stays in the source
            "Chris Lane (a councillor so young he has been mistaken for an intern) says he was"
            " lost at first.",
            "Chris Lane (a councillor so young he has been mistaken for an intern)",
            "says",
            ["he was lost at first"],
        ),
        (
            # a fronted time phrase is no head of a double apposition
            "Earlier Tuesday, his campaign manager, Jeff Wu, says the streak is proof.",
            "his campaign manager, Jeff Wu,",
            "says",
            ["the streak is proof"],
        ),
        (
            # a fronted adjunct and its comma open the content
            "The senator says despite being a graduate, she will back the rival school.",
            "The senator",
            "says",
            ["despite being a graduate, she will back the rival school"],
        ),
        (
            # a verb that may follow its quotation may introduce it after a comma or a colon
            'The coach replied, "We will be back next year."',
            "The coach",
            "replied",
            ['"We will be back next year."'],
        ),
        (
            'The report concluded: "The wiring was unsafe."',
            "The report",
            "concluded:",
            ['"The wiring was unsafe."'],
        ),
        (
            'A neighbour remarked, "Nobody saw it coming."',
            "A neighbour",
            "remarked",
            ['"Nobody saw it coming."'],
        ),
    ],
)
def test_construction_rules(text: str, source: str, cue: str, content: list[str]) -> None:
    doc = factcheck.analyze(text)
    a = only(doc)
    assert parts(doc, a) == (source, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "A US-backed coalition has supported a campaign against the rebels.",
        "They hired a company called Northwind Analytics.",
        "Combat-level stress daily wears parents down.",
        "Business issues rarely excite voters.",
        "He added a new rule to the list.",
        "The police found the car in a lake.",
        "The fear remained but found other points of focus.",
        # a noun that is also a verb form, as the object of a verb, is no cue
        "The mayor did not unveil plans to pay for the stadium.",
        "The mayor dropped plans to pay for the stadium.",
        # a verb form that modifies a noun is no cue
        "She directs a liberal think tank in the capital.",
        # a plural noun that is also a verb form, before an auxiliary, is no cue
        "Tenant rights advocates have been waiting for the ruling.",
    ],
)
def test_rules_that_keep_non_cues_out(text: str) -> None:
    assert factcheck.analyze(text).attributions == ()


def test_coordinated_verb_takes_the_first_source() -> None:
    doc = factcheck.analyze(
        "Speaking on Monday, the mayor defended the route and said the police were ready."
    )
    said = next(a for a in doc.attributions if a.cue.text == "said")
    assert said.source is not None and said.source.text == "the mayor"


def test_passive_question_keeps_the_asked_in_the_content() -> None:
    doc = factcheck.analyze("The minister was asked about the deal during an interview.")
    a = only(doc)
    assert a.source is None
    assert next(c.of(doc.text) for c in a.content) == "The minister"


def test_headline_label_attributes() -> None:
    doc = factcheck.analyze("Lopez: The vote was rigged\nThe election monitor spoke on Monday.")
    a = doc.attributions[0]
    assert parts(doc, a) == ("Lopez", ":", ["The vote was rigged"])


@pytest.mark.parametrize("label", ["The Latest", "Breaking", "BYLINE", "Exclusive", "Update"])
def test_a_headline_label_is_no_source(label: str) -> None:
    doc = factcheck.analyze(f"{label}: The vote was rigged\nThe election monitor spoke on Monday.")
    assert doc.attributions == ()


def test_split_participle_after_quote_is_its_own_attribution() -> None:
    doc = factcheck.analyze(
        "She said she was thinking, \u201cThis cannot be happening,\u201d adding that "
        "she had no words."
    )
    said, adding = (a for a in doc.attributions if a.parent is None)
    assert [c.of(doc.text) for c in said.content] == [
        "she was thinking, \u201cThis cannot be happening,\u201d"
    ]
    assert adding.cue.text == "adding"
    assert adding.source is not None and adding.source.text == "She"


def test_dash_tagged_quotation() -> None:
    doc = factcheck.analyze(
        "\u201cThe river has never been this low.\u201d \u2015 Ana Silva, a ferry captain"
    )
    a = only(doc)
    assert parts(doc, a) == (
        "Ana Silva, a ferry captain",
        "\u2015",
        ["\u201cThe river has never been this low.\u201d"],
    )
    assert a.mode is Mode.DIRECT


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The senator on Wednesday called for an inquiry into the crash.",
            "called for",
            "The senator",
        ),
        (
            "Chastened by the polls, as well as by his donors, the governor revised his plan, "
            "promising lower taxes.",
            "promising",
            "the governor",
        ),
        ("The coach smiled and asked the crowd to stay calm.", "asked", "The coach"),
    ],
)
def test_subjects_behind_adjuncts(text: str, cue: str, source: str) -> None:
    doc = factcheck.analyze(text)
    a = next(a for a in doc.attributions if a.cue.text == cue)
    assert a.source is not None and a.source.text == source


def test_participle_after_an_object_takes_the_clause_subject() -> None:
    doc = factcheck.analyze(
        "Earlier this month, lawyers for both candidates filed papers opposing the request."
    )
    a = only(doc)
    assert a.source is not None and a.source.text == "lawyers for both candidates"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The deal came from China and Brazil, which together vowed to cut emissions.",
            "together vowed",
            "which",
        ),
        (
            "Democrats also described the vote as ominous and said the panel might suffer.",
            "said",
            "Democrats",
        ),
    ],
)
def test_adverbs_stay_out_of_sources(text: str, cue: str, source: str) -> None:
    doc = factcheck.analyze(text)
    a = next(a for a in doc.attributions if a.cue.text == cue)
    assert a.source is not None and a.source.text == source


# Found by the Hypothesis strategies (factcheck.strategies); each stays fixed.
@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "\u201cWe will not leave,\u201d say officials.",
            "officials",
            "say",
            ["\u201cWe will not leave,\u201d"],
        ),
        (
            "State-run media say the talks were flawed.",
            "State-run media",
            "say",
            ["the talks were flawed"],
        ),
        (
            "The health ministry said at least 27 people had left their homes.",
            "The health ministry",
            "said",
            ["at least 27 people had left their homes"],
        ),
        (
            "A report by the health ministry said the bridge was closed.",
            "A report by the health ministry",
            "said",
            ["the bridge was closed"],
        ),
        (
            "The health ministry said that the new rules were deeply flawed.",
            "The health ministry",
            "said",
            ["that the new rules were deeply flawed"],
        ),
    ],
)
def test_strategy_findings(text: str, source: str, cue: str, content: list[str]) -> None:
    doc = factcheck.analyze(text)
    assert parts(doc, only(doc)) == (source, cue, content)


def test_pronoun_prefers_the_outer_source_and_agrees_in_number() -> None:
    doc = factcheck.analyze(
        "US officials have said state-run media expected the port is unsafe. "
        "They said the plant has stopped."
    )
    they = doc.attributions[-1]
    assert they.source is not None and they.source.entity == "US officials"


def test_entities_with_one_head_and_different_names_differ() -> None:
    doc = factcheck.analyze(
        "The Interior Ministry said the bridge was closed. "
        "The Defence Ministry said the bridge was open. "
        "Ana Costa said it rained. Maria Costa said it did not."
    )
    ents = [a.source.entity for a in doc.attributions if a.source]
    assert len(set(ents)) == 4


def test_the_ministry_refers_back() -> None:
    doc = factcheck.analyze(
        "The health ministry said the bridge will reopen. The ministry said it was safe."
    )
    first, second = doc.attributions
    assert first.source and second.source
    assert second.source.entity == first.source.entity


def test_fronted_participle_is_not_the_content_of_a_quote_that_follows() -> None:
    text = 'Asked whether he would resign, the mayor said, "Never."'
    doc = factcheck.analyze(text)
    said = [a for a in doc.attributions if a.cue.text == "said"]
    assert len(said) == 1
    assert [c.of(text) for c in said[0].content] == ['"Never."']
    asked = [a for a in doc.attributions if a.cue.text == "Asked"]
    assert [c.of(text) for c in asked[0].content] == ["whether he would resign"]


def test_a_noun_phrase_content_ends_before_but_and_a_new_clause() -> None:
    text = "The mayor did not respond to the letter, but her deputy said the road would reopen."
    doc = factcheck.analyze(text)
    by_cue = {a.cue.text: a for a in doc.attributions}
    assert [c.of(text) for c in by_cue["did not respond to"].content] == ["the letter"]
    said = by_cue["said"]
    assert said.parent is None and said.source is not None
    assert said.source.text == "her deputy"


def test_raising_verb_puts_its_subject_in_the_content() -> None:
    text = "The senator seemed to lose ground in the polls."
    doc = factcheck.analyze(text)
    a = only(doc)
    assert a.source is None and a.cue.text == "seemed"
    assert [c.of(text) for c in a.content] == ["The senator", "to lose ground in the polls"]
    assert a.certainty is factcheck.Certainty.PROBABLE


def test_a_relative_clause_inside_the_subject_ends_at_its_comma() -> None:
    text = "Mr. Ruiz, a farmer who described himself as a lifelong Democrat, said he would vote."
    doc = factcheck.analyze(text)
    by_cue = {a.cue.text: a for a in doc.attributions}
    assert [c.of(text) for c in by_cue["described"].content] == ["himself as a lifelong Democrat"]
    said = by_cue["said"]
    assert said.parent is None
    assert [c.of(text) for c in said.content] == ["he would vote"]


def test_a_coordinated_cue_after_a_time_adjunct_takes_the_first_subject() -> None:
    text = "The columnist has been critical of the mayor but on Tuesday wrote that she agreed."
    doc = factcheck.analyze(text)
    wrote = [a for a in doc.attributions if a.cue.text == "wrote"]
    assert len(wrote) == 1 and wrote[0].source is not None
    assert wrote[0].source.text == "The columnist"
    assert [c.of(text) for c in wrote[0].content] == ["that she agreed"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("He said no when asked by a reporter if he would run.", "a reporter", "if he would run"),
        (
            "Asked by the host to respond to the critics, the mayor said nothing.",
            "the host",
            "to respond to the critics",
        ),
        ("Asked Tuesday about the audit, the mayor said nothing.", None, "about the audit"),
    ],
)
def test_asked_takes_its_agent_and_its_preposition(
    text: str, source: str | None, content: str
) -> None:
    doc = factcheck.analyze(text)
    asked = [a for a in doc.attributions if a.cue.lemma == "ask"]
    assert len(asked) == 1
    assert (asked[0].source.text if asked[0].source else None) == source
    assert [c.of(text) for c in asked[0].content] == [content]


def test_as_shown_by_is_no_agent() -> None:
    doc = factcheck.analyze("Turnout rose, as shown by the county's own figures.")
    assert all(
        a.source is None or a.source.text != "the county's own figures" for a in doc.attributions
    )


def _said(text: str) -> Attribution:
    doc = factcheck.analyze(text)
    said = [a for a in doc.attributions if a.cue.text == "said"]
    assert len(said) == 1, [a.cue.text for a in doc.attributions]
    return said[0]


def test_a_title_in_quotation_marks_after_a_preposition_is_no_content() -> None:
    text = '"We will win," the senator said in an interview on "Face the Nation." "No doubt."'
    said = _said(text)
    assert [c.of(text) for c in said.content] == ['"We will win,"']
    text = 'The senator said in an interview on "Face the Nation" that she would run.'
    assert [c.of(text) for c in _said(text).content] == ["that she would run"]


def test_a_noun_like_cue_verb_modifying_a_noun_stays_in_the_source() -> None:
    text = '"It is hard," said Garcia campaign spokesman Leo Park.'
    said = _said(text)
    assert said.source is not None and said.source.text == "Garcia campaign spokesman Leo Park"


def test_a_restrictive_relative_clause_belongs_to_a_postposed_source() -> None:
    text = '"It is hard," said a longtime data expert who has worked for two mayors.'
    said = _said(text)
    assert said.source is not None
    assert said.source.text == "a longtime data expert who has worked for two mayors"
    # with a comma the relative clause is no part of it
    text = '"It is hard," said a data expert, who asked not to be named.'
    said = _said(text)
    assert said.source is not None and said.source.text == "a data expert"


def test_a_weekday_possessive_is_an_adjunct_not_content() -> None:
    text = '"They lie," Ms. Reyes said at Monday\'s rally.'
    assert [c.of(text) for c in _said(text).content] == ['"They lie,"']


def test_a_content_ends_at_the_comma_before_a_clause_with_its_own_cue() -> None:
    text = "Like others defending the voting laws, the governor said the judges were wrong."
    said = _said(text)
    assert said.parent is None
    assert said.source is not None and said.source.text == "the governor"
    assert [c.of(text) for c in said.content] == ["the judges were wrong"]
    # a fronted clause inside a that-clause keeps its comma, and a relative clause stays nested
    text = "The mayor said that while the plan failed, the governor said it was fine."
    doc = factcheck.analyze(text)
    top = [a for a in doc.attributions if a.parent is None]
    assert len(top) == 1 and top[0].source is not None and top[0].source.text == "The mayor"
    assert [c.of(text) for c in top[0].content] == [
        "that while the plan failed, the governor said it was fine"
    ]
    # a relative clause after the object of a cue is a statement of its own (PolNeAR
    # annotates "who said" there; its source resolves to the officers)
    text = "He praised the officers, who said the fire was out."
    said = _said(text)
    assert said.parent is None
    praised = [a for a in factcheck.analyze(text).attributions if a.cue.text == "praised"]
    assert [c.of(text) for c in praised[0].content] == ["the officers"]


def test_nothing_after_said_is_its_object_not_an_inverted_source() -> None:
    text = "The mayor, whom the council called a liar, said nothing new."
    said = _said(text)
    assert said.source is not None and said.source.text.startswith("The mayor")
    assert [c.of(text) for c in said.content] == ["nothing new"]


@pytest.mark.parametrize("dash", [" - ", " \u2013 ", " \u2014 ", "--"])
def test_a_source_may_hold_a_parenthesis_between_dashes(dash: str) -> None:
    text = f"The mayor{dash}who said last year she would retire{dash}said the bridge would reopen."
    doc = factcheck.analyze(text)
    by_source = {a.source.text if a.source else None: a for a in doc.attributions}
    assert [c.of(text) for c in by_source["who"].content] == ["she would retire"]
    outer = by_source[f"The mayor{dash}who said last year she would retire{dash.rstrip()}"]
    assert [c.of(text) for c in outer.content] == ["the bridge would reopen"]


def test_a_noun_phrase_content_ends_before_because() -> None:
    text = "The governor vetoed the bill because she said it was unconstitutional."
    doc = factcheck.analyze(text)
    by_cue = {a.cue.text: a for a in doc.attributions}
    assert [c.of(text) for c in by_cue["vetoed"].content] == ["the bill"]
    assert by_cue["said"].parent is None
    # a clause content keeps its clause of reason
    text = "The governor said she vetoed the bill because it was unconstitutional."
    assert [c.of(text) for c in _said(text).content] == [
        "she vetoed the bill because it was unconstitutional"
    ]


def test_a_participle_apposition_ending_in_a_quotation_leaves_the_source_its_head() -> None:
    text = "Mr. Ortiz, citing ''the magic of the campaign,'' said the senator could win."
    said = _said(text)
    assert said.source is not None and said.source.text == "Mr. Ortiz"
    assert [c.of(text) for c in said.content] == ["the senator could win"]
    text = "The mayor, speaking to reporters on Tuesday, said the road would reopen."
    said = _said(text)
    assert said.source is not None and said.source.text == "The mayor"


def test_a_clause_after_a_quotation_is_no_inverted_source() -> None:
    text = 'The mayor, who called it "a disgrace," said the plan failed.'
    said = _said(text)
    assert said.source is not None and said.source.text.startswith("The mayor")
    assert [c.of(text) for c in said.content] == ["the plan failed"]


def test_an_aside_between_dashes_after_the_cue_is_skipped() -> None:
    text = "The chair said \u2014 on Twitter, as it happens \u2014 that the party raised $4 bn."
    assert [c.of(text) for c in _said(text).content] == ["that the party raised $4 bn"]


def test_said_of_something_then_a_colon_takes_what_follows_the_colon() -> None:
    text = 'The mayor said of the latest request: "The council settled all of this."'
    assert [c.of(text) for c in _said(text).content] == ['"The council settled all of this."']


def test_a_content_inside_the_source_of_another_cue_ends_with_that_source() -> None:
    text = (
        "The senator, who has long backed support for a new wall on the border, "
        "said Friday that the judge was biased."
    )
    doc = factcheck.analyze(text)
    said = [a for a in doc.attributions if a.cue.text.startswith("said")]
    assert len(said) == 1 and said[0].parent is None
    assert [c.of(text) for c in said[0].content] == ["that the judge was biased"]
    for a in doc.attributions:
        if a is not said[0]:
            assert all(c.end <= said[0].cue.span.start for c in a.content)
    text = 'Remarking upon his "genuine empathy," Ms. Starr said, "He means it."'
    said = _said(text)
    assert said.parent is None


def test_percentages_and_another_are_sources() -> None:
    text = "Voters lean left: 42% say they are liberal; another says the plan failed."
    doc = factcheck.analyze(text)
    got = {a.source.text: [c.of(text) for c in a.content] for a in doc.attributions if a.source}
    assert got["42%"] == ["they are liberal"]
    assert got["another"] == ["the plan failed"]


def test_a_number_with_a_thousands_comma_does_not_end_a_content() -> None:
    text = "While one company says there are more than 2,400 firms, another says there are 1,800."
    doc = factcheck.analyze(text)
    first = doc.attributions[0]
    assert [c.of(text) for c in first.content] == ["there are more than 2,400 firms"]


def test_says_to_someone_then_a_colon() -> None:
    text = 'She says to the voters: "This one is for you."'
    doc = factcheck.analyze(text)
    a = only(doc)
    assert [c.of(text) for c in a.content] == ['"This one is for you."']


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ('"Why now?" asked Ms. Bennett, a radio host.', "Ms. Bennett, a radio host", '"Why now?"'),
        ('"Why now?" asked the boy, smiling.', "the boy", '"Why now?"'),
        ("Asked on the radio who leads the party, he said Ryan.", None, "who leads the party"),
    ],
)
def test_asked_after_a_question_and_before_a_wh_clause(
    text: str, source: str | None, content: str
) -> None:
    asked = [a for a in factcheck.analyze(text).attributions if a.cue.lemma == "ask"]
    assert len(asked) == 1
    assert (asked[0].source.text if asked[0].source else None) == source
    assert [c.of(text) for c in asked[0].content] == [content]


def test_a_transcript_speaker_says_the_whole_paragraph() -> None:
    text = (
        "The interview went on.\n\n"
        '"WALLACE: Let us start with the news. Will the guest be there?\n\n'
        "PENCE: The question is why she was invited. It is serious business.\n\n"
        "The debate is on Monday."
    )
    got = [parts(doc, a) for doc in [factcheck.analyze(text)] for a in doc.attributions]
    assert got == [
        ("WALLACE", ":", ["Let us start with the news. Will the guest be there"]),
        ("PENCE", ":", ["The question is why she was invited. It is serious business"]),
    ]


def test_wrote_to_someone_that() -> None:
    text = "The Legion wrote to the senator's office that it had not given permission."
    a = only(factcheck.analyze(text))
    assert [c.of(text) for c in a.content] == ["that it had not given permission"]


def test_speaker_labels_in_capitals_and_after_a_digest_title() -> None:
    text = "KATE BOLDUAN: Why not debate?"
    a = only(factcheck.analyze(text))
    assert a.source is not None and a.source.text == "KATE BOLDUAN" and a.cue.text == ":"
    text = 'TURNOUT FELL IN IOWA - Jane Roe and Jim Doe: "Fewer voters came out than in 2012."'
    a = only(factcheck.analyze(text))
    assert a.source is not None and a.source.text == "Jane Roe and Jim Doe"
    assert [c.of(text) for c in a.content] == ['"Fewer voters came out than in 2012."']
    # a label word is no speaker, and a lone capital is not read as one
    assert not factcheck.analyze("UPDATE: The bridge is closed.").attributions
    assert not factcheck.analyze("Q: Is the bridge closed?").attributions


def test_reportedly_before_a_cue_verb_joins_its_cue() -> None:
    text = 'The mayor reportedly said, "You tell me."'
    a = only(factcheck.analyze(text))
    assert a.cue.text == "reportedly said"
    assert a.source is not None and a.source.text == "The mayor"


def test_a_noun_like_verb_before_a_relative_that_is_a_noun() -> None:
    text = "The early voting states that have held primaries favoured the governor."
    assert not [a for a in factcheck.analyze(text).attributions if a.cue.lemma == "state"]
    text = "The report states that the bridge is unsafe."
    assert only(factcheck.analyze(text)).cue.text == "states"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ana Ruiz, the editor in chief of the city's paper, The Ledger, said it was wrong.",
            "Ana Ruiz, the editor in chief of the city's paper, The Ledger,",
        ),
        (
            "After the vote, Ana Ruiz, an adviser to the mayor, said it was wrong.",
            "Ana Ruiz, an adviser to the mayor,",
        ),
        ("The mayor last week announced that the bridge would close.", "The mayor"),
        (
            "Ana Ruiz, the party chairwoman, this past week announced that the bridge would close.",
            "Ana Ruiz, the party chairwoman,",
        ),
        ("The Tuesday meeting showed that the plan had failed.", "The Tuesday meeting"),
    ],
)
def test_source_edges_with_appositions_and_time_phrases(text: str, source: str) -> None:
    top = [a for a in factcheck.analyze(text).attributions if a.parent is None]
    assert top and top[-1].source is not None
    assert top[-1].source.text == source


def test_a_manner_adverb_after_the_cue_is_no_inverted_source() -> None:
    text = '"It is one," the delegate, in a cowboy hat, said matter-of-factly as the crowd sang.'
    said = _said(text)
    assert said.source is not None and said.source.text.startswith("the delegate")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'He called it "a great feat" - but he said the time is coming.',
            ('it "a great feat"',),
            "he",
        ),
        (
            "The senators said they would back the bill, while stressing it was no endorsement.",
            ("they would back the bill",),
            "The senators",
        ),
        (
            "She declined to claim victory - only saying that she was relieved.",
            ("victory",),
            "She",
        ),
    ],
)
def test_a_content_ends_before_a_joined_clause_or_a_participle_of_the_main_clause(
    text: str, first: tuple[str, ...], second: str
) -> None:
    top = [a for a in factcheck.analyze(text).attributions if a.parent is None]
    assert len(top) == 2
    assert tuple(c.of(text) for c in top[0].content) == first
    assert top[1].source is not None and top[1].source.text == second


def test_a_clause_object_of_said_stays_nested() -> None:
    text = "The mayor said officials believe the bridge is safe."
    top = [a for a in factcheck.analyze(text).attributions if a.parent is None]
    assert [a.cue.text for a in top] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She criticized the plan, the budget and the tax.", "the plan, the budget and the tax"),
        ("She criticized the plan, in which the council cut the budget.", "the plan"),
        ("She criticized the plan, including its cuts to the budget.", "the plan"),
        ("She criticized the plan, a measure that failed in 2019.", "the plan"),
    ],
)
def test_a_noun_phrase_content_ends_at_a_comma_unless_a_list_goes_on(
    text: str, content: str
) -> None:
    crit = [a for a in factcheck.analyze(text).attributions if a.cue.text == "criticized"]
    assert [c.of(text) for c in crit[0].content] == [content]


def test_a_clause_read_as_an_object_keeps_what_follows_its_comma() -> None:
    text = "The agency said police in the port city are holding 12 men, including two guards."
    assert [c.of(text) for c in _said(text).content] == [
        "police in the port city are holding 12 men, including two guards"
    ]


def test_said_of_a_possessive_phrase_and_a_name_after_a_noun_modifier() -> None:
    text = '"It is over," Ms. Lee said of Monday\'s episode.'
    assert [c.of(text) for c in _said(text).content] == ['"It is over,"']
    text = '"It is over," said Garcia campaign manager Jon Park.'
    said = _said(text)
    assert said.source is not None and said.source.text == "Garcia campaign manager Jon Park"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A majority of farmers support building the dam.",
            "A majority of farmers",
            "building the dam",
        ),
        (
            "19 percent of students polled support the mayor.",
            "19 percent of students polled",
            "the mayor",
        ),
        (
            "Many voters surveyed in a new poll support the mayor.",
            "Many voters surveyed in a new poll",
            "the mayor",
        ),
    ],
)
def test_survey_subjects_and_a_course_of_action_as_stance_object(
    text: str, source: str, content: str
) -> None:
    a = only(factcheck.analyze(text))
    assert a.source is not None and a.source.text == source
    assert [c.of(text) for c in a.content] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It appears that the mayor won.", ["that the mayor won"]),
        ("The race appears closer in Ohio.", ["The race", "closer in Ohio"]),
    ],
)
def test_appear_with_a_that_clause_and_an_adjective(text: str, content: list[str]) -> None:
    a = only(factcheck.analyze(text))
    assert a.source is None and a.cue.text == "appears"
    assert [c.of(text) for c in a.content] == content


def test_a_document_finds_a_noun_phrase_a_person_does_not() -> None:
    text = "A poll released Wednesday found the mayor leading by 15 points."
    a = only(factcheck.analyze(text))
    assert a.source is not None and a.source.text == "A poll released Wednesday"
    assert [c.of(text) for c in a.content] == ["the mayor leading by 15 points"]
    assert not factcheck.analyze("The mayor found a way.").attributions


def test_continued_then_a_quotation() -> None:
    text = "He continued, \u201cThere will be a third party.\u201d"
    a = only(factcheck.analyze(text))
    assert a.cue.text == "continued"
    assert [c.of(text) for c in a.content] == ["\u201cThere will be a third party.\u201d"]


def test_a_postposed_cue_between_dashes() -> None:
    text = 'Neither man liked the senator - "Born rich," Mr. Elk said - but they voted.'
    said = _said(text)
    assert said.source is not None and said.source.text == "Mr. Elk"
    assert [c.of(text) for c in said.content] == ['"Born rich,"']


def test_no_time_word_or_adverb_as_a_source() -> None:
    text = "\u201cIt will pass,\u201d the leader, Ana Ruiz, said Tuesday."
    said = [a for a in factcheck.analyze(text).attributions if a.cue.lemma == "say"]
    assert said[0].source is not None and said[0].source.text.startswith("the leader")
    text = "The aides were gracious, perhaps recognizing that imitation is flattery."
    a = next(x for x in factcheck.analyze(text).attributions if "recognizing" in x.cue.text)
    assert a.source is not None and a.source.text == "The aides"


def _triples(text: str) -> list[tuple[str | None, str, list[str]]]:
    doc = factcheck.analyze(text)
    return [parts(doc, a) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a fronted participle: who does it is the subject of the main clause
        (
            "Conceding that the plan was late, the mayor said it would open.",
            "Conceding",
            "the mayor",
        ),
        ("After thanking the crowd, Ms. Vega promised to win the state.", "thanking", "Ms. Vega"),
        # a participle after "by", "after", "while": the same
        ("The senator rallied voters by promising to cut fares.", "promising", "The senator"),
        # a participle between commas after a name: the name
        (
            "Mr. Abel, citing ''the magic of the brand,'' said sales would rise.",
            "citing",
            "Mr. Abel",
        ),
        # a group opening with a participle after the clause's object: the clause's subject
        (
            "Democrats spent the whole week in Philadelphia trying to underscore that contrast.",
            "trying to underscore",
            "Democrats",
        ),
        # a measure of time before "after" is no subject: the subject follows the comma
        (
            "Eight years after backing the governor, the billionaire said he would stay out.",
            "backing",
            "the billionaire",
        ),
        # a fronted time phrase and a discourse adverb are no subjects
        (
            "A few minutes later they left the room and said they would vote.",
            "said",
            "they",
        ),
        ("Likewise, the mayor left the room and called for a recount.", "called for", "the mayor"),
        # a possessive of a noun cue is no subject for the participle after it
        (
            "The senator struck a chord with his attacks on money, railing against the PACs.",
            "railing against",
            "The senator",
        ),
        # after "left", "had", "kept" the object does what the participle says
        ("The collapse left many nations feeling that they were safe.", "feeling", "many nations"),
        # a possessive before adjectives holds the noun cue
        ("He regretted his infamous comment about the country.", "comment about", "his"),
        # a verb coordinated inside a relative clause: the relative pronoun
        (
            "Visas go mostly to buyers, who make up most of the investors and see the program"
            " as a way in.",
            "see",
            "who",
        ),
        # a fronted participle whose quotation ends with the comma
        ('Bemoaning the "phony system," the mayor left the room.', "Bemoaning", "the mayor"),
        # a fronted phrase without a comma ends at a subject pronoun
        ("On May 27 they ended the review by announcing that it was true.", "announcing", "they"),
        # ", calling" after a main clause whose cue has no source: the main clause's subject
        (
            "At a rally, the governor launched an attack on the council, calling it reckless.",
            "calling",
            "the governor",
        ),
    ],
)
def test_participles_take_the_main_clause_subject(text: str, cue: str, source: str) -> None:
    got = {c: s for s, c, _ in _triples(text)}
    assert got[cue] == source


def test_a_participle_between_commas_does_not_hold_the_main_clause() -> None:
    text = "Mr. Abel, citing ''the magic of the brand,'' said sales would rise."
    got = {c: t for _, c, t in _triples(text)}
    assert got["citing"] == ["''the magic of the brand,''"]
    assert got["said"] == ["sales would rise"]


def test_a_cue_after_its_content_holds_the_clause_before_it() -> None:
    # 'X did Y and "C," said Z': "said" reaches over the whole clause before it
    text = (
        'Acme issued a notice about the layoffs and "the team is leaving," said Ana Maria'
        " Ruiz-Delgado, a spokeswoman."
    )
    doc = factcheck.analyze(text)
    top = [parts(doc, a) for a in doc.attributions if a.parent is None]
    assert top == [
        (
            "Ana Maria Ruiz-Delgado, a spokeswoman",
            "said",
            ['Acme issued a notice about the layoffs and "the team is leaving,"'],
        )
    ]


def test_an_inverted_cue_is_a_bare_verb() -> None:
    # "C, did not show up": no cue with auxiliaries or negation stands after its content
    doc = factcheck.analyze("The senators said the state should act, not declare neutrality.")
    assert [parts(doc, a) for a in doc.attributions] == [
        ("The senators", "said", ["the state should act, not declare neutrality"])
    ]


def test_a_survey_a_sentence_opens_with_is_its_source() -> None:
    text = "In a Gallup poll, taken in early May, most voters backed the plan."
    doc = factcheck.analyze(text)
    a = only(doc)
    assert parts(doc, a) == (
        "a Gallup poll, taken in early May,",
        "In",
        ["most voters backed the plan"],
    )
    assert a.mode is Mode.ACCORDING_TO
    # "In" before anything but a survey is no cue
    assert not factcheck.analyze("In a speech on Monday, taxes were not mentioned.").attributions


def test_a_passive_with_a_manner_adverb_has_no_source() -> None:
    doc = factcheck.analyze("He has been harshly criticized for policies that hurt the town.")
    a = only(doc)
    assert a.source is None
    assert a.cue.text == "has been harshly criticized for"


def test_a_fronted_clause_ends_with_its_quotation_comma() -> None:
    text = "After saying the road was \u201ctoo steep to climb,\u201d she went home."
    got = {c: t for _, c, t in _triples(text)}
    assert got["saying"] == ["the road was \u201ctoo steep to climb,\u201d"]


def test_a_contracted_has_before_an_active_to_is_no_passive() -> None:
    a = only(factcheck.analyze("Since then, he\u2019s sought to protect the tax breaks."))
    assert a.source is not None and a.source.text == "he"
    # but "he's expected to" stays a passive whose subject is content
    a = only(factcheck.analyze("He's expected to win the state."))
    assert a.source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"We will go," said one official involved in the talks.',
            "one official involved in the talks",
        ),
        (
            '"We will go," said one official familiar with the talks.',
            "one official familiar with the talks",
        ),
        ('"We will go," said a source close to the family.', "a source close to the family"),
        ('"It is late," says an aide working for the senator.', "an aide working for the senator"),
    ],
)
def test_an_inverted_source_keeps_its_reduced_relative(text: str, source: str) -> None:
    a = only(factcheck.analyze(text))
    assert a.source is not None and a.source.text == source


def test_an_inverted_source_with_a_cue_in_its_relative_clause() -> None:
    text = '"It was handled lightly," said an official who oversaw the case and described it.'
    got = {c: s for s, c, _ in _triples(text)}
    assert got["said"] == "an official"
    # a pronoun and a verb after the cue are a clause, not a source with a modifier
    text = "Bamberg, who is 28, said he decided on Sanders after a talk."
    assert {c: s for s, c, _ in _triples(text)}["said"] == "Bamberg, who is 28,"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Smith said Thursday he would go.", "he would go"),
        ("Smith said Thursday night they pulled it.", "they pulled it"),
        ("Smith said in a statement they pulled it.", "they pulled it"),
        ("Smith said Thursday the firm would go.", "the firm would go"),
        ("The firm said in a statement the chief had resigned.", "the chief had resigned"),
    ],
)
def test_a_clause_without_that_after_an_adjunct(text: str, content: str) -> None:
    a = only(factcheck.analyze(text))
    assert [c.of(text) for c in a.content] == [content]


def test_no_clause_is_read_past_a_subordinator_or_a_verb_after_an_adjunct() -> None:
    text = '"We must act," Hollande said Friday as he entered the talks.'
    got = {c: t for _, c, t in _triples(text)}
    assert got["said Friday"] == ['"We must act,"']
    text = "Officials are reviewing visas issued in the past two years and are considering a ban."
    assert "issued" not in {c for _, c, _ in _triples(text)}


def test_a_postposed_cue_before_and_a_second_verb() -> None:
    text = '"We will win," she said and quickly hung up.'
    assert _triples(text) == [("she", "said", ['"We will win,"'])]


def test_a_postposed_cue_before_a_later_verb_and_its_colon() -> None:
    text = '"It is over," Smith said before adding: "Maybe not."'
    assert _triples(text) == [
        ("Smith", "said", ['"It is over,"']),
        ("Smith", "adding:", ['"Maybe not."']),
    ]


def test_what_a_quotation_is_about_stands_between_cue_and_quotation() -> None:
    text = 'Lopez said about the movement, "I support parents."'
    assert _triples(text) == [("Lopez", "said", ['"I support parents."'])]


def test_an_inverted_source_named_with_known_as() -> None:
    text = '"There was no order," said the base chief known as Bob.'
    got = {c: s for s, c, _ in _triples(text)}
    assert got["said"] == "the base chief known as Bob"


def test_an_adjective_of_knowing_after_an_adverb() -> None:
    text = "Cruz has been acutely aware that the contest is close."
    assert _triples(text) == [("Cruz", "has been acutely aware", ["that the contest is close"])]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("Trump attacked the plan, which he says was unfair.", "he", "says", "was unfair"),
        ("She met Kelly, who he claims has been unfair.", "he", "claims", "has been unfair"),
        (
            "It was a show that Hillary Clinton hopes will help.",
            "Hillary Clinton",
            "hopes",
            "will help",
        ),
    ],
)
def test_a_cue_in_a_relative_clause_before_its_verb(
    text: str, source: str, cue: str, content: str
) -> None:
    got = {c: (s, t) for s, c, t in _triples(text)}
    assert got[cue] == (source, [content])


def test_a_plural_noun_before_a_verb_stays_a_noun() -> None:
    assert not factcheck.analyze("Rights advocates have been vocal.").attributions


def test_a_time_between_a_relative_pronoun_and_its_verb() -> None:
    text = "McConnell, who in 2010 said the goal was to win, is leader."
    got = {c: (s, t) for s, c, t in _triples(text)}
    assert got["said"][0] == "who"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Trump said after the convention he would not go.", ["he would not go"]),
        ("Smith said before attending the town hall that CNN had called.", ["that CNN had called"]),
    ],
)
def test_an_adjunct_with_after_or_before_between_cue_and_content(
    text: str, content: list[str]
) -> None:
    a = only(factcheck.analyze(text))
    assert [c.of(text) for c in a.content] == content


def test_a_clause_of_time_after_the_cue_is_no_content() -> None:
    text = '"We will go," Trump said after he left.'
    assert _triples(text) == [("Trump", "said", ['"We will go,"'])]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ('"We will go," said the report.', "said", "the report"),
        ('"We will go," read the email.', "read", "the email"),
    ],
)
def test_an_inverted_source_whose_noun_is_also_a_verb(text: str, cue: str, source: str) -> None:
    assert _triples(text) == [(source, cue, ['"We will go,"'])]


def test_a_noun_after_a_comma_and_a_cue_is_its_object_not_an_inverted_source() -> None:
    text = "Ivanka Trump, his eldest daughter, noted the rule in the interview last week."
    assert _triples(text) == [
        ("Ivanka Trump, his eldest daughter,", "noted", ["the rule in the interview last week"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Details aside, officials believe the plan will fail, he said.",
        "Last month, Mr. Lewandowski sought to restore the deal, Politico recently reported.",
    ],
)
def test_a_sentence_final_cue_holds_a_fronted_phrase_and_the_clause_after_it(text: str) -> None:
    got = {c: t for s, c, t in _triples(text)}
    cue = "recently reported" if "reported" in text else "said"
    assert got[cue] == [text[: text.rindex(",")]]


def test_a_first_name_that_is_also_a_modal_after_an_inverted_cue() -> None:
    text = '"It is expensive," said Will Doyle, a professor at Vanderbilt.'
    assert _triples(text) == [
        ("Will Doyle, a professor at Vanderbilt", "said", ['"It is expensive,"'])
    ]


# constructions, each as (text, a cue's source, the cue): "be likely to", an adjective before "to",
# a contracted "has" after "who", "upon", "nevertheless"
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Yellen is likely to stress that the Fed would pause.", "Yellen", "is likely to stress"),
        (
            "Caucus-goers were slightly more likely to say they preferred Clinton.",
            "Caucus-goers",
            "were slightly more likely to say",
        ),
        (
            "The actors are all quick to point out that they are not political.",
            "The actors",
            "are all quick to point out",
        ),
        ("Graham, who's called for 20,000 troops, spoke.", "who", "'s called for"),
        ("Bloomberg, who's thinking about running, spoke.", "who", "'s thinking about"),
        ("Trump called upon the mayor to restart it.", "Trump", "called upon"),
        (
            "Clinton has nevertheless called his vote an irresponsible one.",
            "Clinton",
            "has nevertheless called",
        ),
    ],
)
def test_the_source_of_a_cue(text: str, source: str, cue: str) -> None:
    got = {c: s for s, c, t in _triples(text)}
    assert got[cue] == source


def test_an_adjective_before_to_without_be_is_no_cue() -> None:
    text = "They listed voters most and least likely to support her campaign."
    assert [c for s, c, t in _triples(text)] == ["listed"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('She released a statement saying "It is done."', ['"It is done."']),
        ('They ran one of her ads asking, "Is she independent?"', ['"Is she independent?"']),
    ],
)
def test_an_ing_form_after_a_noun_before_a_quotation_is_a_cue(
    text: str, content: list[str]
) -> None:
    assert [t for s, c, t in _triples(text)] == [content]


def test_contracted_is_before_known_as_stays_passive() -> None:
    got = {c: s for s, c, t in _triples("In theory, it's known as 'issue ownership.'")}
    assert got["'s known as"] is None


def test_a_cue_with_a_particle_before_a_colon() -> None:
    text = 'Fallon fired back: "As a guardian, we know."'
    assert _triples(text) == [("Fallon", "fired back:", ['"As a guardian, we know."'])]


def test_a_joined_cue_before_a_colon_leaves_the_colon_out_of_the_content() -> None:
    text = 'He pointed out: "It is late."'
    assert _triples(text) == [("He", "pointed out:", ['"It is late."'])]


def test_a_passive_with_a_predicate_attributes_subject_and_predicate() -> None:
    text = "North Korea is considered a threat to U.S. troops."
    assert _triples(text) == [(None, "is considered", ["North Korea", "a threat to U.S. troops"])]


def test_a_time_after_a_passive_is_no_predicate() -> None:
    assert not _triples("The bill will be considered next week.")


def test_confident_in_joins_its_preposition() -> None:
    text = "Her team is confident in the eventual outcome."
    assert _triples(text) == [("Her team", "is confident in", ["the eventual outcome"])]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ('As Professor Foner put it: "It does better."', "Professor Foner", ['"It does better."']),
        (
            "And, as The Huffington Post previously reported, Clinton is the favorite.",
            "The Huffington Post",
            ["Clinton is the favorite"],
        ),
    ],
)
def test_a_fronted_as_clause_after_a_conjunction_or_before_a_colon(
    text: str, source: str, content: list[str]
) -> None:
    assert [(s, t) for s, c, t in _triples(text)] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Other refugee advocates also said the government should act.",
            "Other refugee advocates",
            "also said",
        ),
        ("“There are management issues,” Shook said.", "Shook", "said"),
    ],
)
def test_a_noun_or_name_that_is_also_a_verb_before_the_cue(
    text: str, source: str, cue: str
) -> None:
    assert [(s, c) for s, c, t in _triples(text)] == [(source, cue)]


def test_a_capitalised_verb_inside_a_title_is_no_cue_of_its_own_subject() -> None:
    text = "Gingrich Takes Talk Of Being Trump’s Running Mate Seriously."
    assert all(s != "Gingrich Takes" for s, c, t in _triples(text))


# constructions, each as (text, a cue, that cue's content)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "She has since said that she attended.",
            "has since said",
            ["that she attended"],
            id="since-between-auxiliary-and-cue",
        ),
        pytest.param(
            "Cruz has since stressed he now believes it.",
            "has since stressed",
            ["he now believes it"],
            id="since-between-auxiliary-and-cue-2",
        ),
        pytest.param(
            "Others say this is just a rough patch.",
            "say",
            ["this is just a rough patch"],
            id="determiner-before-a-verb-starts-a-clause",
        ),
        pytest.param(
            "He said this week that it is over.",
            "said",
            ["that it is over"],
            id="this-week-stays-a-time",
        ),
        pytest.param(
            "He told reporters in May that he would lose.",
            "told",
            ["that he would lose"],
            id="in-may-stays-a-time",
        ),
        pytest.param(
            "We are convinced this is the only country.",
            "are convinced",
            ["this is the only country"],
            id="adjective-of-certainty-and-a-bare-clause",
        ),
        pytest.param(
            "They aren't sure they've cracked the case.",
            "aren't sure",
            ["they've cracked the case"],
            id="adjective-of-certainty-and-a-bare-clause-2",
        ),
        pytest.param(
            "Trump spoke favorably of Putin's leadership.",
            "spoke favorably of",
            ["Putin's leadership"],
            id="adverb-before-a-joined-preposition",
        ),
        pytest.param(
            "He called again for a ban.",
            "called again for",
            ["a ban"],
            id="adverb-before-a-joined-preposition-2",
        ),
    ],
)
def test_the_content_of_a_cue(text: str, cue: str, content: list[str]) -> None:
    got = {c: t for s, c, t in _triples(text)}
    assert got[cue] == content


def test_demanded_after_its_quotation() -> None:
    text = '"Is that not proof that it is too big to fail?" Vitter demanded.'
    assert _triples(text) == [
        ("Vitter", "demanded", ['"Is that not proof that it is too big to fail?"'])
    ]


def test_a_catenative_after_a_comma_is_no_inverted_cue() -> None:
    text = "Mr. Taylor's group, March for Bernie, plans to demand the resignation of the chair."
    assert _triples(text) == [
        (
            "Mr. Taylor's group, March for Bernie,",
            "plans to demand",
            ["the resignation of the chair"],
        )
    ]


def test_a_base_form_after_a_name_before_an_object_pronoun_is_a_verb() -> None:
    text = 'Obama and Clinton call them "lone wolves."'
    assert _triples(text) == [("Obama and Clinton", "call", ['them "lone wolves."'])]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ham went on to explain how cuts left him short.", "went on to explain"),
        ("The piece goes on to slam Sanders' record.", "goes on to slam"),
    ],
)
def test_going_on_to_joins_the_cue(text: str, cue: str) -> None:
    assert [c for s, c, t in _triples(text)] == [cue]


def test_a_colon_that_ends_its_paragraph_opens_the_next() -> None:
    text = (
        "The talks ended late on Friday.\n\n"
        "The governor added:\n\n"
        "It is typical of the council. It knows nothing, he said.\n\n"
        "The vote is on Monday."
    )
    doc = factcheck.analyze(text)
    top = [parts(doc, a) for a in doc.attributions if a.parent is None]
    assert top == [
        ("The governor", "added:", ["It is typical of the council. It knows nothing, he said."])
    ]
    # the cues of the paragraph it opens are nested in it
    inner = [a for a in doc.attributions if a.parent is not None]
    assert [a.cue.span.of(text) for a in inner] == ["knows", "said"]


def test_a_colon_that_ends_the_article_opens_nothing() -> None:
    assert factcheck.analyze("The talks ended late.\n\nThe governor added:").attributions == ()
    text = "Talks end\n\nThe governor added:\n\nCorrection: the talks ended on Monday."
    assert _triples(text) == []  # a note is not the article's claim, nor his


def test_a_colon_in_mid_paragraph_without_content_is_no_cue() -> None:
    assert _triples("The governor added: ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening the sentence, then an -s form and its joined preposition
        ("Sanders calls for a ban on fracking.", [("Sanders", "calls for", ["a ban on fracking"])]),
        # an -s form after a name and its apposition, which open the sentence
        (
            "Ana Ruiz, director of the Center for Urban Studies at Rice University, calls Houston"
            ' "a model."',
            [
                (
                    "Ana Ruiz, director of the Center for Urban Studies at Rice University,",
                    "calls",
                    ['Houston "a model."'],
                )
            ],
        ),
        # a time after a postposed cue is no word of the verb's own: the fronted phrase stays
        (
            "In addition, the city will close the bridge soon, a spokesman announced Monday "
            "morning.",
            [
                (
                    "a spokesman",
                    "announced Monday morning",
                    ["In addition, the city will close the bridge soon"],
                )
            ],
        ),
    ],
    ids=["name-calls-for", "apposed-name-calls", "postposed-cue-and-a-time"],
)
def test_verb_forms_after_names(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _triples(text) == expected


def test_a_free_relative_is_the_object_of_a_cue() -> None:
    # "what she called X" is a noun phrase: the object of "condemned", which holds "called"
    doc = factcheck.analyze('The mayor condemned what she called a "reckless" plan.')
    assert parts(doc, only(doc)) == (
        "The mayor",
        "condemned",
        ['what she called a "reckless" plan'],
    )


def test_a_recipient_and_its_to_clause() -> None:
    # the noun phrase after "encouraged" is the recipient, not the whole content
    assert _triples(
        "The minister has encouraged European nations to bolster defense spending."
    ) == [("The minister", "has encouraged", ["European nations to bolster defense spending"])]


def test_the_object_of_a_verb_of_causing_is_the_source_of_its_to_clause() -> None:
    text = "The late debate led Republicans to say that the party was hiding her."
    assert _triples(text) == [("Republicans", "to say", ["that the party was hiding her"])]


def test_a_second_participle_after_and_is_a_cue() -> None:
    text = "The mayor spoke on Monday, praising the police and saying the city was safe."
    assert _triples(text) == [
        ("The mayor", "praising", ["the police"]),
        ("The mayor", "saying", ["the city was safe"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase never ends with "and"
        (
            "Le Pen backs Trump and denounces Clinton.",
            [("Le Pen", "backs", ["Trump"]), ("Le Pen", "denounces", ["Clinton"])],
        ),
        # an object ends before a coordinated predicate
        (
            "The governor has not endorsed Mr. Trump and has been a critic of his style.",
            [("The governor", "has not endorsed", ["Mr. Trump"])],
        ),
        # a predicate joined after a parenthetical cue is still said
        (
            "He had no known affiliations, the airline added, and had passed all checks.",
            [
                (
                    "the airline",
                    "added",
                    ["He had no known affiliations", "and had passed all checks"],
                )
            ],
        ),
    ],
    ids=["np-ends-before-and", "object-before-a-predicate", "predicate-after-a-cue"],
)
def test_coordinated_predicates(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _triples(text) == expected


def test_an_apposition_may_hold_a_quoted_title() -> None:
    text = "Ana Ruiz, a host of “The Morning Show,” refused to go along with the plan."
    assert _triples(text) == [
        ("Ana Ruiz, a host of “The Morning Show,”", "refused", ["to go along with the plan"])
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            '"Why would you cozy up to him?" Lee said about the senator\'s effort to downplay it.',
            '"Why would you cozy up to him?"',
        ),
        (
            '"I thought I would regret it," Lee said about finally speaking out.',
            '"I thought I would regret it,"',
        ),
    ],
)
def test_an_infinitive_or_gerund_inside_a_tail_adjunct(text: str, quote: str) -> None:
    # the adjunct after a postposed cue ends the sentence; its verb opens no clause
    assert _triples(text) == [("Lee", "said", [quote])]


def test_a_noun_after_of_inside_an_inverted_source() -> None:
    # "state" is a cue verb form, but after "of" it is a noun of the source's title
    text = '"The line is here," said former secretary of state Ana Ruiz.'
    assert _triples(text) == [
        ("former secretary of state Ana Ruiz", "said", ['"The line is here,"'])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials were angered by the deal.", [("Officials", "were angered by", ["the deal"])]),
        (
            "Advocates have been outraged by the raids.",
            [("Advocates", "have been outraged by", ["the raids"])],
        ),
        (
            "The campaign was happy to hear the news.",
            [("The campaign", "was happy", ["to hear the news"])],
        ),
    ],
)
def test_adjectives_of_feeling(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _triples(text) == expected


def test_discover_that() -> None:
    text = "Investigators have also discovered that the files were copied."
    assert _triples(text) == [
        ("Investigators", "have also discovered", ["that the files were copied"])
    ]


def test_a_name_after_everything_is_the_subject_of_a_relative_clause() -> None:
    text = "Everything Trump says is a lie."
    assert _triples(text) == [("Trump", "says", ["is a lie"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb form that ends a noun phrase after a capitalised noun is the phrase's noun
        (
            '"The odds are long," said another leading Supreme Court advocate, Ana Ruiz.',
            [
                (
                    "another leading Supreme Court advocate, Ana Ruiz",
                    "said",
                    ['"The odds are long,"'],
                )
            ],
        ),
        (
            "The campaign spent little on data, according to its FEC reports.",
            [("its FEC reports", "according to", ["The campaign spent little on data"])],
        ),
    ],
    ids=["advocate", "reports"],
)
def test_a_verb_form_that_ends_a_source(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert _triples(text) == expected


def test_a_show_title_after_a_possessive_ends_a_tail() -> None:
    text = '"It is nonsense," the senator said on ABC\'s "This Week."'
    assert _triples(text) == [("the senator", "said", ['"It is nonsense,"'])]


def test_a_bound_before_a_figure_belongs_to_the_source() -> None:
    text = "Most voters said they were worried, and more than 4 in 10 said the mayor would win."
    assert _triples(text) == [
        ("Most voters", "said", ["they were worried"]),
        ("more than 4 in 10", "said", ["the mayor would win"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harsh? He doesn't think so.", [("He", "doesn't think", ["so"])]),
        ("The senator apparently thinks so, too.", [("The senator", "apparently thinks", ["so"])]),
    ],
)
def test_so_stands_for_a_clause(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "For now, Pantucci, at the institute, said the two had made peace.",
            "Pantucci, at the institute,",
        ),
        (
            "Yesterday, the mayor, in a rare move, said the city would pay.",
            "the mayor, in a rare move,",
        ),
    ],
    ids=["preposition", "time"],
)
def test_a_fronted_adjunct_is_no_part_of_the_subject(text: str, source: str) -> None:
    assert [t[0] for t in _triples(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Shane Shook, an expert who has studied the breaches, said the report was wrong.",
            "Shane Shook, an expert who has studied the breaches,",
        ),
        (
            '"It is not wise," said Khin Zaw Win, an activist and former prisoner.',
            "Khin Zaw Win, an activist and former prisoner",
        ),
    ],
    ids=["shook", "win"],
)
def test_a_surname_that_is_also_a_verb(text: str, source: str) -> None:
    assert [t[0] for t in _triples(text)] == [source]


def test_a_relative_clause_inside_a_tail_keeps_the_quotation() -> None:
    text = (
        '"We will win," the senator said at a debate dominated by questions about '
        "willingness to take on what has become a threat."
    )
    assert ("the senator", "said", ['"We will win,"']) in _triples(text)


def test_content_before_starts_inside_an_open_parenthesis() -> None:
    text = 'The plan drew anger from members ("I want my dues back," wrote one member).'
    assert _triples(text) == [("one member", "wrote", ['"I want my dues back,"'])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the paper reported just today, the inspector issued subpoenas.",
            ("the paper", "reported", ["the inspector issued subpoenas"]),
        ),
        (
            "Just weeks ago, as the magazine reported, the two men were planning a trip.",
            ("the magazine", "reported", ["Just weeks ago", "the two men were planning a trip"]),
        ),
        (
            "However, as the newspaper has reported, the cases were different.",
            ("the newspaper", "has reported", ["the cases were different"]),
        ),
        (
            "But the last part, as one critic points out, is the hardest.",
            ("one critic", "points out", ["the last part", "is the hardest"]),
        ),
    ],
    ids=["adverb", "fronted", "connective", "subject"],
)
def test_an_as_clause_aside_and_the_clause_around_it(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert _triples(text)[0] == expected


def test_a_possessive_owner_starts_at_its_determiner() -> None:
    text = "The paper claims the group's refusal to act is a form of betrayal."
    assert _triples(text)[0] == (
        "The paper",
        "claims",
        ["the group's refusal to act is a form of betrayal"],
    )


def test_a_nouns_holder_is_not_the_subject_of_a_participle() -> None:
    text = "The senator took a swipe at the governor's stance on trade, saying that tariffs hurt."
    assert ("The senator", "saying", ["that tariffs hurt"]) in _triples(text)


def test_an_inline_dateline_is_not_the_main_subject() -> None:
    text = (
        "BRUSSELS - European leaders gathered Friday after the vote, offering broad new "
        "defense efforts."
    )
    assert _triples(text) == [
        ("European leaders", "offering", ["broad new defense efforts"]),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Luis Osuna said the group is not an advocacy group and supports candidates of "
            "both parties.",
            "the group is not an advocacy group and supports candidates of both parties",
        ),
        (
            "The senator says he spoke to the governor and asked him to condemn the attack.",
            "he spoke to the governor and asked him to condemn the attack",
        ),
    ],
    ids=["past-present", "present-past"],
)
def test_a_predicate_in_the_tense_of_the_content_joins_the_content(text: str, content: str) -> None:
    assert _triples(text)[0][2] == [content]


def test_a_predicate_in_the_tense_of_the_cue_is_the_cues_own() -> None:
    text = "The senator said he was wrong and promised to stay out of it."
    assert _triples(text) == [
        ("The senator", "said", ["he was wrong"]),
        ("The senator", "promised", ["to stay out of it"]),
    ]


def test_an_aside_between_the_subject_and_its_verb() -> None:
    text = "Some Democrats, however, question the wisdom of the plan."
    assert _triples(text) == [("Some Democrats", "question", ["the wisdom of the plan"])]


def test_a_floating_quantifier_is_the_source_of_a_participle() -> None:
    text = "The two vied for the title, each touting their experience and saying the other lied."
    triples = _triples(text)
    assert ("each", "touting", ["their experience"]) in triples
    assert [t[1] for t in triples] == ["touting", "saying"]


def test_a_main_clause_after_an_infinitive_content_is_not_nested() -> None:
    text = (
        "After the court refused the governor's promise to defer the vote, the mayor said "
        "the court had been wise."
    )
    top = [a for a in factcheck.analyze(text).attributions if a.parent is None]
    assert [a.cue.text for a in top] == ["promise", "said"]


def test_a_fronted_infinitive_is_no_content() -> None:
    text = "To reflect this thrifty season, we've asked a diner to cater."
    assert _triples(text) == [("we", "'ve asked", ["a diner to cater"])]


@pytest.mark.parametrize(
    "text",
    [
        "Polls show the mayor with a lead, with one survey showing her ahead by three points.",
        "In May she said her plan to run was a mistake, at the hall this week she said it was not.",
    ],
    ids=["with", "at"],
)
def test_a_main_clause_after_a_fronted_phrase_is_not_nested(text: str) -> None:
    top = [a for a in factcheck.analyze(text).attributions if a.parent is None]
    assert len(top) == 2


def test_an_infinitive_after_a_comma_stays_in_the_content() -> None:
    text = 'His wife had warned him not to get too nasty in his attacks, to act "presidential."'
    assert _triples(text) == [
        (
            "His wife",
            "had warned",
            ['him not to get too nasty in his attacks, to act "presidential."'],
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        'In a statement Thursday, the spokesman said, "We oppose it."',
        'After the senator accused him of lying, the governor warned, "We oppose it."',
    ],
    ids=["phrase", "clause"],
)
def test_a_fronted_phrase_is_no_content_before_a_quotation(text: str) -> None:
    assert _triples(text)[-1][2] == ['"We oppose it."']


def test_a_relative_clause_with_an_auxiliary_belongs_to_the_subject() -> None:
    text = "Even leaders who have praised the plan warned on Tuesday that it may fail."
    assert ("leaders who have praised the plan", "warned", ["that it may fail"]) in _triples(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Of the voters, 27 percent of those who named a candidate said they could change.",
            "27 percent of those who named a candidate",
        ),
        (
            "A man who worshiped there and who did not want to be named said he heard shots.",
            "A man who worshiped there and who did not want to be named",
        ),
    ],
    ids=["those-who", "ends-with-a-verb"],
)
def test_a_subject_with_a_relative_clause(text: str, source: str) -> None:
    assert (source, "said") in [(t[0], t[1]) for t in _triples(text)]


def test_a_determiner_before_a_determiner_is_an_object_not_a_time() -> None:
    text = "The campaign calls this a false narrative that voters won't buy."
    assert _triples(text)[0] == (
        "The campaign",
        "calls",
        ["this a false narrative that voters won't buy"],
    )


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # frames: "offer to", a post-posed "posted", "rule out", "push X to", "decline X",
        # "pledge X", "look for", "look forward to"
        (
            "The company has offered to cover the cost of the repairs.",
            ("The company", "has offered", ["to cover the cost of the repairs"]),
        ),
        (
            '"We will never give up," the mayor posted.',
            ("the mayor", "posted", ['"We will never give up,"']),
        ),
        (
            "The governor ruled out a run for the Senate.",
            ("The governor", "ruled out", ["a run for the Senate"]),
        ),
        (
            "The senator pushed her colleagues to reject the deal.",
            ("The senator", "pushed", ["her colleagues to reject the deal"]),
        ),
        (
            "The minister declined a request for an interview.",
            ("The minister", "declined", ["a request for an interview"]),
        ),
        (
            "The delegate pledged her vote to the senator.",
            ("The delegate", "pledged", ["her vote to the senator"]),
        ),
        (
            "The party is looking for a candidate who can win the state.",
            ("The party", "is looking for", ["a candidate who can win the state"]),
        ),
        (
            "The senator is looking forward to a long debate.",
            ("The senator", "is looking forward", ["to a long debate"]),
        ),
    ],
    ids=["offer-to", "posted", "rule-out", "push-to", "decline", "pledge", "look-for", "forward"],
)
def test_cue_verb_frames(text: str, triple: tuple[str, str, list[str]]) -> None:
    assert triple in _triples(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor spoke out against the new tax.", "spoke out against", "the new tax"),
        (
            "The union pushed back on the claims of the firm.",
            "pushed back on",
            "the claims of the firm",
        ),
    ],
    ids=["out", "back"],
)
def test_a_particle_and_its_preposition_join_the_cue(text: str, cue: str, content: str) -> None:
    assert _triples(text)[0][1:] == (cue, [content])


@pytest.mark.parametrize(
    "text",
    [
        "The governor spoke to reporters on Monday about the budget.",
        "The governor talked openly at the meeting about the budget.",
    ],
    ids=["addressee-and-time", "manner-and-place"],
)
def test_the_topic_after_an_adjunct(text: str) -> None:
    assert _triples(text)[0][2] == ["about the budget"]


def test_an_aside_between_an_adjunct_and_that() -> None:
    text = "The mayor said on the radio, where she hosts a weekly show, that the plan would fail."
    assert _triples(text) == [("The mayor", "said", ["that the plan would fail"])]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The senator added warily: "Nothing is certain."', '"Nothing is certain."'),
        ("The mayor replied sharply that the plan would fail.", "that the plan would fail"),
    ],
    ids=["colon", "that"],
)
def test_a_manner_adverb_before_the_content(text: str, content: str) -> None:
    assert _triples(text)[0][2] == [content]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The governor has not yet responded to the union's demands.", "has not yet responded to"),
        ("The governor has yet to endorse the plan.", "has yet to endorse"),
        ("The governor has, in fact, praised the company for its help.", "has, in fact, praised"),
        ("The governor struggled to explain why the budget had doubled.", "struggled to explain"),
    ],
    ids=["not-yet", "yet-to", "aside", "verb-to"],
)
def test_a_verb_group_with_yet_an_aside_or_a_verb_before_to(text: str, cue: str) -> None:
    assert ("The governor", cue) in [(t[0], t[1]) for t in _triples(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Some teachers in Ohio, for instance, noted that the schools were closed.",
            "Some teachers in Ohio",
        ),
        (
            "While many voters, like the mayor, noted that the schools were closed, others left.",
            "many voters, like the mayor,",
        ),
        (
            "Ms. Lane, the editor in charge of ''Home,'' noted that the schools were closed.",
            "Ms. Lane, the editor in charge of ''Home,''",
        ),
        ("Mr. Ortiz, carrying a sign and a flag, noted that the schools were closed.", "Mr. Ortiz"),
        (
            'Ann Reyes, the author of "Small Towns," about rural life, noted that the schools '
            "were closed.",
            'Ann Reyes, the author of "Small Towns," about rural life,',
        ),
    ],
    ids=["for-instance", "prepositional-aside", "in-charge", "participle-aside", "title-inside"],
)
def test_a_subject_with_an_aside(text: str, source: str) -> None:
    assert (source, "noted") in [(t[0], t[1]) for t in _triples(text)]


def test_an_inverted_source_with_a_relative_that() -> None:
    text = '"We lost everything," said the owner of a bakery that closed last year.'
    assert ("the owner of a bakery that closed last year", "said") in [
        (t[0], t[1]) for t in _triples(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new tariff has drawn sharp criticism from local farmers.",
            ("local farmers", "has drawn sharp criticism", ["The new tariff"]),
        ),
        (
            "The mayor won the support of most council members.",
            ("most council members", "won the support", ["The mayor"]),
        ),
        (
            "The agency came under heavy criticism last year.",
            (None, "came under heavy criticism", ["The agency"]),
        ),
    ],
    ids=["from", "of", "no-holder"],
)
def test_a_received_stance(text: str, expected: tuple[str | None, str, list[str]]) -> None:
    # the subject is what the stance is about; its holder follows "from"/"of"
    assert _triples(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council voted in favor of the new budget.",
            ("The council", "voted in favor of", ["the new budget"]),
        ),
        (
            "The union has come out in support of the strike.",
            ("The union", "has come out in support of", ["the strike"]),
        ),
        (
            "The governor was always in favor of lower taxes.",
            ("The governor", "was always in favor of", ["lower taxes"]),
        ),
    ],
    ids=["verb", "particle", "be"],
)
def test_a_stance_phrase_after_a_verb(
    text: str, expected: tuple[str | None, str, list[str]]
) -> None:
    assert _triples(text)[0] == expected


def test_no_stance_phrase_after_a_noun() -> None:
    assert _triples("His vote in favor of the bill surprised nobody.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In their view, the bridge should be rebuilt.",
            ("their", "view", ["the bridge should be rebuilt"]),
        ),
        (
            "The bridge should be rebuilt, in the engineer's view.",
            ("the engineer's", "view", ["The bridge should be rebuilt"]),
        ),
    ],
    ids=["opens", "closes"],
)
def test_in_a_holders_view(text: str, expected: tuple[str | None, str, list[str]]) -> None:
    assert _triples(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am glad the committee agreed.", ("I", "am glad", ["the committee agreed"])),
        (
            "It is unclear whether the council will meet.",
            ("It", "is unclear", ["whether the council will meet"]),
        ),
    ],
    ids=["glad", "unclear"],
)
def test_more_cue_adjectives(text: str, expected: tuple[str | None, str, list[str]]) -> None:
    assert _triples(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan relies on volunteers willing to work at night.",
            ("volunteers", "willing", ["to work at night"]),
        ),
        (
            "The coach kept the team in the gym, confident that practice would pay off.",
            ("The coach", "confident", ["that practice would pay off"]),
        ),
        (
            "Some of the members are growing increasingly frustrated that the talks have stalled.",
            (
                "Some of the members",
                "are growing increasingly frustrated",
                ["that the talks have stalled"],
            ),
        ),
    ],
    ids=["after-noun", "after-comma", "growing"],
)
def test_an_adjective_cue_without_be(
    text: str, expected: tuple[str | None, str, list[str]]
) -> None:
    assert _triples(text)[0] == expected


def test_making_it_clear() -> None:
    text = "The senator spoke for an hour, making it clear that she would run."
    assert [t[1] for t in _triples(text)] == ["making it clear"]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Rural voters increasingly view the senator as a friend.",
            ("Rural voters", "increasingly view", ["the senator as a friend"]),
        ),
        (
            "The union, which largely supports the bill, met on Friday.",
            ("which", "largely supports", ["the bill"]),
        ),
    ],
    ids=["base", "3sg"],
)
def test_a_verb_after_an_ly_adverb(text: str, triple: tuple[str, str, list[str]]) -> None:
    assert triple in _triples(text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Sen. Jane Doe (D-Ore.) calls the plan a mistake.",
            ("Sen. Jane Doe (D-Ore.)", "calls", ["the plan a mistake"]),
        ),
        (
            "Some economists - including a few bankers - warn that rates will rise.",
            ("Some economists - including a few bankers -", "warn", ["that rates will rise"]),
        ),
    ],
    ids=["parenthesis", "dashes"],
)
def test_a_verb_after_an_aside(text: str, triple: tuple[str, str, list[str]]) -> None:
    assert triple in _triples(text)


def test_a_coordinated_verb_with_a_pronoun_object() -> None:
    text = "They like the mayor, but view her with suspicion."
    assert ("They", "view", ["her with suspicion"]) in _triples(text)


def test_a_noun_subject_inside_a_relative_clause() -> None:
    text = "It was a pattern that the agency predicts will continue."
    assert ("the agency", "predicts") in [(t[0], t[1]) for t in _triples(text)]


def test_a_capital_modal_before_an_s_verb_is_a_name() -> None:
    text = "While Will acknowledges the risk, he backs the plan."
    assert ("Will", "acknowledges", ["the risk"]) in _triples(text)


def test_an_age_bound_belongs_to_the_subject() -> None:
    assert ("Those over 65", "say", ["they will vote"]) in _triples(
        "Those over 65 say they will vote."
    )


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "In describing the law as unfair, the governor called for repeal.",
            ("the governor", "describing", ["the law as unfair"]),
        ),
        (
            "Despite criticizing the plan, the mayor voted for it.",
            ("the mayor", "criticizing", ["the plan"]),
        ),
    ],
    ids=["in", "despite"],
)
def test_a_fronted_gerund_after_a_preposition(
    text: str, triple: tuple[str, str, list[str]]
) -> None:
    assert triple in _triples(text)


def test_a_content_ends_before_after_and_a_clause_with_its_own_cue() -> None:
    text = "The senator attacked the plan after the mayor said the budget was balanced."
    assert ("The senator", "attacked", ["the plan"]) in _triples(text)
    said = [a for a in factcheck.analyze(text).attributions if a.cue.text == "said"]
    assert said and said[0].parent is None


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # an addressee inside the adjunct: "in a statement to reporters"
        (
            "She said in a statement to reporters that the plan had failed.",
            ("She", "said in a statement", ["that the plan had failed"]),
        ),
        # a manner: "without evidence", "through a spokesman"
        (
            "The senator argued without evidence that the vote was rigged.",
            ("The senator", "argued", ["that the vote was rigged"]),
        ),
        (
            "The banker explained through a spokesman that he had wanted to help.",
            ("The banker", "explained", ["that he had wanted to help"]),
        ),
        # "so" for a clause, then a time
        ("Most voters said so in December.", ("Most voters", "said", ["so"])),
        # an adjunct, a comma, then a clause without "that"
        (
            "The mayor said in an interview, the council had approved the budget.",
            ("The mayor", "said", ["the council had approved the budget"]),
        ),
        # an aside between commas, then the quotation
        (
            'The mayor acknowledged, however, "The budget is tight."',
            ("The mayor", "acknowledged", ['"The budget is tight."']),
        ),
        # the addressee, then an indirect question
        (
            "Jacobs explained to the panel why the senator was chosen.",
            ("Jacobs", "explained", ["why the senator was chosen"]),
        ),
    ],
    ids=["addressee", "without", "through", "so", "comma-clause", "aside-quote", "to-wh"],
)
def test_content_after_an_adjunct_second_pass(
    text: str, triple: tuple[str, str, list[str]]
) -> None:
    assert triple in _triples(text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The court ruled against the new tax.", ("The court", "ruled against", ["the new tax"])),
        (
            "Few officials knew of the secret plan.",
            ("Few officials", "knew of", ["the secret plan"]),
        ),
        ("She learned of the secret plan.", ("She", "learned of", ["the secret plan"])),
        (
            "Many young voters identify with the Green Party.",
            ("Many young voters", "identify with", ["the Green Party"]),
        ),
    ],
    ids=["rule-against", "know-of", "learn-of", "identify-with"],
)
def test_verbs_joined_by_a_preposition_second_pass(
    text: str, triple: tuple[str, str, list[str]]
) -> None:
    assert triple in _triples(text)


def test_a_base_form_before_an_auxiliary_is_a_noun() -> None:
    # "the jobs report was released": a compound noun, then the verb of its clause
    assert _triples("The monthly jobs report was released on Friday.") == []


def test_an_s_form_before_a_relative_that_is_a_noun() -> None:
    # "the Paris attacks that left ...": the relative clause has no subject of its own
    assert _triples("The Paris attacks that left many people dead changed the race.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He spoke about the attacks that killed 130 people in Paris.",
        "She defended the claim that has circulated online.",
    ],
    ids=["past", "auxiliary"],
)
def test_a_noun_cue_before_a_relative_that_has_no_content(text: str) -> None:
    assert all(cue not in ("attacks", "claim") for _, cue, _ in _triples(text))


@pytest.mark.parametrize(
    "text",
    [
        "A newly formed super PAC called Future 45 ran its first ads.",
        "They launched a contest called the Big Prize last week.",
    ],
    ids=["acronym", "the-name"],
)
def test_a_naming_participle_after_an_indefinite_noun(text: str) -> None:
    assert all(cue != "called" for _, cue, _ in _triples(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator ignored a request for comment on the bill.", "request for"),
        ("He ran with the expectation that the party would lose.", "expectation"),
    ],
    ids=["request", "expectation"],
)
def test_nouns_that_rarely_attribute(text: str, cue: str) -> None:
    assert all(c != cue for _, c, _ in _triples(text))


@pytest.mark.parametrize(
    "text",
    ["And then Sanders showed up.", "Thousands of voters showed up in Iowa for the caucus."],
    ids=["alone", "adjunct"],
)
def test_a_verb_with_the_particle_up_is_another_verb(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ('"That plan is dead," the senator fumed.', "fumed", "the senator"),
        ('"We will never give up," an angry mayor retaliated.', "retaliated", "an angry mayor"),
        ('"The rules are clear," she repeated.', "repeated", "she"),
        ('"The budget is a mess," he surmised.', "surmised", "he"),
        ('"Build the wall!" the crowd chanted.', "chanted", "the crowd"),
        ('"It is time for a change," exhorted the host.', "exhorted", "the host"),
    ],
    ids=["fume", "retaliate", "repeat", "surmise", "chant", "exhort"],
)
def test_more_verbs_stand_after_a_quotation(text: str, cue: str, source: str) -> None:
    assert any(s == source and c == cue and t for s, c, t in _triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," the mayor gushed.', ("the mayor", "gushed", ['"We will win,"'])),
        ('"Why now?" pressed Smith.', ("Smith", "pressed", ['"Why now?"'])),
    ],
    ids=["name-verb", "verb-name"],
)
def test_a_quotation_tagged_with_a_verb_no_lexicon_lists(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert _triples(text) == [expected]


def test_a_quotation_followed_by_a_clause_is_not_tagged() -> None:
    assert _triples('"We will win," the crowd cheered loudly.') == []


def test_a_conditional_between_commas_opens_the_content() -> None:
    text = "She said, if elected, she would ask the senator to lead the effort."
    assert _triples(text)[0] == (
        "She",
        "said",
        ["if elected, she would ask the senator to lead the effort"],
    )


def test_a_dash_apposition_may_hold_a_quotation() -> None:
    text = 'The mayor - who once said he would "fight them" - said on Monday that he would not.'
    assert [t[1] for t in _triples(text) if t[1] == "said"] == ["said"]


def test_a_relative_clause_with_an_aside_in_the_subject() -> None:
    text = (
        "Yet some voters who have listened to his speeches, on television or at rallies, said "
        "he had changed."
    )
    assert (
        "some voters who have listened to his speeches, on television or at rallies,",
        "said",
        ["he had changed"],
    ) in _triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Mexico!" the audience screamed back.', ("the audience", "screamed back", ['"Mexico!"'])),
        ('"Why now?" Smith pressed.', ("Smith", "pressed", ['"Why now?"'])),
    ],
    ids=["particle", "question"],
)
def test_more_quotation_tags(text: str, expected: tuple[str, str, list[str]]) -> None:
    assert _triples(text) == [expected]


def test_a_passive_after_a_quotation_is_no_tag() -> None:
    assert _triples('"So, who?" Her suggestions are redacted.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She outlined how the program would work.",
            ("She", "outlined", ["how the program would work"]),
        ),
        ("The governor sided with the unions.", ("The governor", "sided with", ["the unions"])),
        ("The board balked at the price.", ("The board", "balked at", ["the price"])),
        ("She alluded to the scandal.", ("She", "alluded to", ["the scandal"])),
        ("The two men sparred over trade.", ("The two men", "sparred over", ["trade"])),
        (
            "Officials are mulling whether to raise the fee.",
            ("Officials", "are mulling", ["whether to raise the fee"]),
        ),
    ],
    ids=["outline", "side-with", "balk-at", "allude-to", "spar-over", "mull"],
)
def test_verbs_of_presenting_and_taking_sides(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert _triples(text) == [expected]


def test_a_plan_is_no_cue() -> None:
    # a plan is a course of action, not something said or held ("the mayor's plan to widen
    # the road"): PolNeAR rarely marks it
    assert _triples("The mayor's plan to widen the road drew protests from neighbours.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The coach delivered a stunning victory over the rivals.",
        "The merger presents the company with a difficult choice.",
    ],
    ids=["deliver", "present"],
)
def test_a_verb_of_giving_needs_something_said(text: str) -> None:
    # 'delivered a speech', 'presented a plan' attribute; a thing or an outcome given does not
    assert _triples(text) == []


def test_a_verb_of_giving_with_something_said() -> None:
    triples = _triples("The mayor delivered a blunt message to the council about the budget.")
    assert [t[1] for t in triples] == ["delivered"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator maintains a wide lead over her rivals.",
        "The mayor maintained a paid consulting job for years.",
    ],
    ids=["base-form-noun", "lone-article"],
)
def test_a_noun_phrase_object_is_no_bare_clause(text: str) -> None:
    # "maintained that C" attributes; after a singular article a base form ("lead") is a noun,
    # and a lone article ("a paid ...") is no subject
    assert _triples(text) == []


@pytest.mark.parametrize(
    "text",
    ["Do you support the mayor? Tell us below.", "What do you think of the new stadium?"],
    ids=["yes-no", "wh"],
)
def test_a_question_to_the_reader_is_no_attribution(text: str) -> None:
    assert _triples(text) == []


def test_a_question_in_an_interview_keeps_its_attribution() -> None:
    assert [t[1] for t in _triples("Q: Do you think the mayor can win?")] == ["think"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"You have broken every promise," the senator charged in a long speech.',
            ("the senator", "charged", ['"You have broken every promise,"']),
        ),
        (
            '"The numbers have not improved," the treasurer points out.',
            ("the treasurer", "points out", ['"The numbers have not improved,"']),
        ),
        (
            '"Please, sit down for a minute," she urged them.',
            ("she", "urged", ['"Please, sit down for a minute,"']),
        ),
    ],
    ids=["charged", "particle", "recipient"],
)
def test_any_cue_verb_tags_a_whole_quotation(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert _triples(text) == [expected]


def test_a_quoted_phrase_inside_a_clause_is_no_tagged_quotation() -> None:
    text = 'After he promised to "fix the roads," the mayor urged patience.'
    assert all(t[2] != ['After he promised to "fix the roads,"'] for t in _triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor has sometimes acknowledged that the budget was late.",
            ("The mayor", "has sometimes acknowledged", ["that the budget was late"]),
        ),
        (
            "The budget was late, as the mayor has seldom admitted.",
            ("the mayor", "has seldom admitted", ["The budget was late"]),
        ),
    ],
    ids=["sometimes", "seldom"],
)
def test_a_frequency_adverb_inside_the_verb_group(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert _triples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The two rivals appeared together at a rally in the capital.",
        "In 2010 the singer appeared as Hamlet in a local production.",
    ],
    ids=["together", "as-a-role"],
)
def test_appear_in_a_place_is_no_attribution(text: str) -> None:
    # "appeared ready to sign", "appeared as if" say how something looks; "appeared
    # together", "appeared as Hamlet" only where and as whom someone was seen
    assert _triples(text) == []


def test_a_clause_after_appearing_in_a_place_keeps_its_own_cue() -> None:
    # "Appearing on a show, X said C": the participle is no cue and leaves "said" its clause
    text = "Appearing on a morning show, the mayor said the budget was balanced."
    assert _triples(text) == [("the mayor", "said", ["the budget was balanced"])]


@pytest.mark.parametrize(
    "text",
    [
        "Worried parents gathered outside the school on Monday.",
        "Declared 2016 candidates must file their reports by May.",
    ],
    ids=["noun", "number"],
)
def test_a_participle_opening_a_noun_phrase_is_an_adjective(text: str) -> None:
    # "Worried parents gathered": the participle modifies the noun after it ("Worried the
    # plan would fail, X ..." keeps its reading as a fronted participle)
    assert _triples(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "How the mayor answers that question will decide the race.",
        "Police investigating that attack have found a second car.",
    ],
    ids=["modal", "auxiliary"],
)
def test_a_verb_form_between_that_and_an_auxiliary_is_a_noun(text: str) -> None:
    # "that question will decide": a verb after "that" needs its object or complement, so
    # "that" is a determiner and the form its noun
    assert all(cue not in ("question", "attack") for _, cue, _ in _triples(text))
