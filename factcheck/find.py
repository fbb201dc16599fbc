"""Find attributions: cue, source and content spans in one paragraph.

A pure function of the paragraph's text, its sentences and quotations, and the lexicon. It
returns :class:`Found` records (character offsets only); :mod:`factcheck.resolve` turns them into
model objects. The span conventions are PolNeAR's: auxiliaries, negation and adverbs join the cue
("has also said"); a that-clause's content includes "that"; a quotation's content includes its
marks; the recipient ("told *reporters* that") belongs to no span; the sentence's final full stop
belongs to no span.

How a verb is read: the lexicon says, for each cue verb, what may follow it when it attributes
(its *frames*: ``post``, ``colon``, ``quote``, ``that``, ``np``, ``clause``, ``rcp``, ``to``,
``wh`` and joined prepositions). The finder classifies what follows the verb group, and
accepts the verb only when that category is one of the verb's frames.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from ._record import Mutable
from .enums import Certainty, Polarity, SourceKind
from .lexicon import CueAdjective, CueVerb, Lexicon, NominalCue, PhraseCue, VerbForm, derived
from .text import Token, make_token, quotations, tokenize

QUOTE_MARKS = frozenset({"“", "”", '"', "''", "``", "«", "»"})
SENT_END = frozenset({".", "!", "?", "…"})
TAG_DASHES = frozenset({"—", "―", "–"})
_DASHES = TAG_DASHES | {"-", "--"}  # a spaced hyphen is a dash: "Trump - who ... - said"
_START = attrgetter("start")  # a token's start, as a key for bisect
CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "—", "–", "--"})
_CLAUSE_OR_END = CLAUSE_PUNCT | SENT_END
_DASH_OR_COMMA = _DASHES | {","}
# categories of what follows a verb group
END, COMMA, COLON, QUOTE, THAT, TO, WH_, NP, PREP, OTHER = (
    "end",
    "comma",
    "colon",
    "quote",
    "that",
    "to",
    "wh",
    "np",
    "prep",
    "other",
)


class Found(Mutable):
    """An attribution as offsets, before sources are resolved."""

    __slots__ = (
        "according",
        "certainty",
        "content",
        "cue",
        "lemma",
        "nominal",
        "parent",
        "participle",
        "polarity",
        "source",
    )
    cue: tuple[int, int]
    lemma: str
    certainty: Certainty
    polarity: Polarity
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    according: bool
    parent: int | None  # index into the list it belongs to
    participle: bool  # ", adding that C": its source is the clause's source
    nominal: bool  # the cue is a noun ("his refusal to"): no clause of its own

    def __init__(
        self,
        cue: tuple[int, int],
        lemma: str,
        certainty: Certainty,
        polarity: Polarity,
        content: list[tuple[int, int]],
        source: tuple[int, int] | None = None,
        according: bool = False,
        parent: int | None = None,
        participle: bool = False,
        nominal: bool = False,
    ) -> None:
        self.cue = cue
        self.lemma = lemma
        self.certainty = certainty
        self.polarity = polarity
        self.content = content
        self.source = source
        self.according = according
        self.parent = parent
        self.participle = participle
        self.nominal = nominal


class _Words:
    """The closed-class word lists the finder reads, by name (function_words.tsv)."""

    adjunct_start: frozenset[str]
    question_word: frozenset[str]
    base_trigger: frozenset[str]
    be: frozenset[str]
    complementizer: frozenset[str]
    contracting: frozenset[str]
    coordinator: frozenset[str]
    copular_catenative: frozenset[str]
    frame_link: frozenset[str]
    frame_subject: frozenset[str]
    frame_verb: frozenset[str]
    fronted_gerund_preposition: frozenset[str]
    gerund_preposition: frozenset[str]
    going_on: frozenset[str]
    inclusion: frozenset[str]
    hedge: frozenset[str]
    intensifier: frozenset[str]
    linking_verb: frozenset[str]
    ly_adjective: frozenset[str]
    ly_noun: frozenset[str]
    nominal_open_link: frozenset[str]
    particle: frozenset[str]
    topic_preposition: frozenset[str]
    particle_preposition: frozenset[str]
    phrasal_particle: frozenset[str]
    cue_artefact: frozenset[str]
    weekday: frozenset[str]
    day_part: frozenset[str]
    fronting_preposition: frozenset[str]
    compound_head: frozenset[str]
    floating_quantifier: frozenset[str]
    survey_noun: frozenset[str]
    time_after: frozenset[str]
    causative: frozenset[str]
    object_control: frozenset[str]
    passive_raising: frozenset[str]
    perfect_adverb: frozenset[str]
    postnominal_adjective: frozenset[str]
    common_adjective: frozenset[str]
    plural_noun: frozenset[str]
    quantity_bound: frozenset[str]
    figure_preposition: frozenset[str]
    light_verb: frozenset[str]
    singular_s: frozenset[str]
    attitude_noun: frozenset[str]
    receiving_verb: frozenset[str]
    receiving_particle: frozenset[str]
    received_noun: frozenset[str]
    received_holder: frozenset[str]
    view_noun: frozenset[str]
    expressive_object: frozenset[str]
    nonnoun_determiner: frozenset[str]
    np_break: frozenset[str]
    np_preposition: frozenset[str]
    number_word: frozenset[str]
    object_pronoun: frozenset[str]
    object_only: frozenset[str]
    clause_link: frozenset[str]
    clause_joiner: frozenset[str]
    subordinate_joiner: frozenset[str]
    survey_participle: frozenset[str]
    time_modifier: frozenset[str]
    participle_cue: frozenset[str]
    naming_participle: frozenset[str]
    plural_quantifier: frozenset[str]
    relative: frozenset[str]
    tail_relative: frozenset[str]
    singular_subject: frozenset[str]
    temporal_subordinator: frozenset[str]
    time_preposition: frozenset[str]
    past_auxiliary: frozenset[str]
    present_auxiliary: frozenset[str]
    wh: frozenset[str]

    def __init__(self, lex: Lexicon) -> None:
        for name in self.__annotations__:
            setattr(self, name, lex.words(name))
        missing = [name for name in self.__annotations__ if not getattr(self, name)]
        if missing:
            raise ValueError(f"function_words.tsv lacks the classes {missing}")


def _words_of(lex: Lexicon) -> _Words:
    return derived(lex, _Words)


class _Ctx:
    """A paragraph being read: its tokens and where sentences and quotations fall."""

    __slots__ = (
        "adv",
        "aux",
        "aux_modal",
        "breaks",
        "but_marks",
        "catenative",
        "clause_marks",
        "conj",
        "det",
        "first_as",
        "labels",
        "lex",
        "modal",
        "neg",
        "nominal_link",
        "np_cache",
        "np_stops",
        "paren_open",
        "parenthetical",
        "phrases_after",
        "poss",
        "prep",
        "pron",
        "quant_pron",
        "quote_of",
        "quote_toks",
        "quotes",
        "sent_bounds",
        "sent_of",
        "starters",
        "stop_words",
        "subj",
        "subord",
        "text",
        "time",
        "title",
        "toks",
        "verbs",
        "w",
    )

    text: str
    toks: list[Token]
    sent_of: list[int]  # sentence index of each token
    sent_bounds: list[tuple[int, int]]  # token index range [a, b) of each sentence
    quote_of: list[int]  # index of the quotation a token is in (marks included), or -1
    quotes: list[tuple[int, int]]  # char spans of quotations
    quote_toks: list[tuple[int, int]]  # token index range [a, b) of each quotation
    title: dict[int, bool]  # per sentence, computed when asked: is it in title case?
    lex: Lexicon
    det: frozenset[str]
    pron: frozenset[str]
    prep: frozenset[str]
    conj: frozenset[str]
    subord: frozenset[str]
    aux: frozenset[str]
    modal: frozenset[str]
    neg: frozenset[str]
    adv: frozenset[str]
    time: frozenset[str]
    poss: frozenset[str]
    subj: frozenset[str]
    verbs: frozenset[str]
    labels: frozenset[str]
    parenthetical: frozenset[str]
    catenative: frozenset[str]
    quant_pron: frozenset[str]
    nominal_link: frozenset[str]
    w: _Words
    aux_modal: frozenset[str]  # aux | modal: one lookup, not two
    np_stops: frozenset[str]  # aux | modal | neg | subord | w.wh: one lookup, not five
    stop_words: frozenset[str]  # np_stops | SENT_END | CLAUSE_PUNCT: what stop() looks up
    starters: frozenset[str]  # the words a cue or a tag's dash can start at
    np_cache: dict[tuple[int, int], tuple[int, int] | None]
    # first word -> second word -> the phrase cues that can start so (longest first); "" -> those
    # of one word (what any other second word leaves)
    phrases_after: dict[str, dict[str, tuple[PhraseCue, ...]]]
    paren_open: dict[int, int] | None  # ")" -> its "(", computed when first asked
    breaks: dict[int, int]
    clause_marks: dict[int, tuple[list[int], list[int]]]
    but_marks: dict[int, list[int]]
    first_as: dict[int, int]  # sentence start -> its first "as"

    def __init__(
        self,
        text: str,
        toks: list[Token],
        sent_of: list[int],
        sent_bounds: list[tuple[int, int]],
        quote_of: list[int],
        quotes: list[tuple[int, int]],
        quote_toks: list[tuple[int, int]],
        title: dict[int, bool],
        lex: Lexicon,
        # (the lexicon's word classes, from _classes_of: passed by position, not by name)
        det: frozenset[str],
        pron: frozenset[str],
        prep: frozenset[str],
        conj: frozenset[str],
        subord: frozenset[str],
        aux: frozenset[str],
        modal: frozenset[str],
        neg: frozenset[str],
        adv: frozenset[str],
        time: frozenset[str],
        poss: frozenset[str],
        subj: frozenset[str],
        verbs: frozenset[str],
        labels: frozenset[str],
        parenthetical: frozenset[str],
        catenative: frozenset[str],
        quant_pron: frozenset[str],
        nominal_link: frozenset[str],
        w: _Words,
        aux_modal: frozenset[str],
        np_stops: frozenset[str],
        stop_words: frozenset[str],
        starters: frozenset[str],
        phrases_after: dict[str, dict[str, tuple[PhraseCue, ...]]],
    ) -> None:
        self.text = text
        self.toks = toks
        self.sent_of = sent_of
        self.sent_bounds = sent_bounds
        self.quote_of = quote_of
        self.quotes = quotes
        self.quote_toks = quote_toks
        self.title = title
        self.lex = lex
        self.det = det
        self.pron = pron
        self.prep = prep
        self.conj = conj
        self.subord = subord
        self.aux = aux
        self.modal = modal
        self.neg = neg
        self.adv = adv
        self.time = time
        self.poss = poss
        self.subj = subj
        self.verbs = verbs
        self.labels = labels
        self.parenthetical = parenthetical
        self.catenative = catenative
        self.quant_pron = quant_pron
        self.nominal_link = nominal_link
        self.w = w
        self.aux_modal = aux_modal
        self.np_stops = np_stops
        self.stop_words = stop_words
        self.starters = starters
        self.phrases_after = phrases_after
        self.np_cache = {}
        self.paren_open = None
        self.breaks = {}
        self.clause_marks = {}
        self.but_marks = {}
        self.first_as = {}

    def stop(self, k: int) -> bool:
        """Is token ``k`` something no noun phrase runs through?"""
        t = self.toks[k]
        w = t.low
        if t.is_cap and k > 0 and self.sent_of[k - 1] == self.sent_of[k] and t.text[:1].isalpha():
            return self.quote_of[k] >= 0  # a name inside a sentence: "Will", "May", "Who"
        if w == "'s" and k > 0 and self.toks[k - 1].low not in self.w.contracting:
            return self.quote_of[k] >= 0  # a possessive: "Clinton's campaign"
        return w in self.stop_words or self.quote_of[k] >= 0


def find_in_paragraph(
    text: str,
    start: int,
    end: int,
    sentences: Sequence[tuple[int, int]],
    lexicon: Lexicon,
    quotes: Sequence[tuple[int, int]] | None = None,
    headline: bool = False,
) -> list[Found]:
    """Attributions whose cue lies in the paragraph ``text[start:end]`` (``headline``: the
    paragraph is the article's headline, where "Name: claim" attributes the claim)."""
    if quotes is None:
        quotes = quotations(text, start, end)
    quotes = _unquote_transcript_line(text, start, quotes)
    toks = _tokens_outside_quotes(text, start, end, quotes, lexicon)
    if not toks:
        return []
    ctx = _context(text, toks, sentences, list(quotes), lexicon)
    found: list[Found] = []
    cue_first = lexicon.cue_first
    # Speed: only the tokens outside quotations that a cue or a tag's dash can start at are
    # visited, in order (the loop would pass over every other token, and a quotation's marks)
    toks = ctx.toks
    quote_of = ctx.quote_of
    starters = ctx.starters  # cue_first | TAG_DASHES: one lookup a token
    cands = [i for i, t in enumerate(toks) if t.low in starters]
    if ctx.quotes:  # (only a quotation's marks are tokens inside it: few to look at)
        cands = [i for i in cands if quote_of[i] < 0]
    for a, b in ctx.sent_bounds:
        f = _label_cue(ctx, a, b, headline) or _in_survey(ctx, a, b)
        if f is not None:
            found.append(f)
        n_before = len(found)
        for i in cands[bisect.bisect_left(cands, a) : bisect.bisect_left(cands, b)]:
            if found:
                last = found[-1]
                if last.cue[1] > toks[i].start:
                    continue
                src = last.source
                if last.according and src is not None and src[0] <= toks[i].start < src[1]:
                    continue  # "according to its FEC reports": no cue inside its source
            low = toks[i].low
            if low in cue_first:
                f = _cue_at(ctx, i, a, b)
            elif low in TAG_DASHES and i > 0 and _closes_quote(ctx, i - 1):
                f = _dash_tag(ctx, i, b)
            else:
                f = None
            if f is not None:
                if f.participle and found and found[-1].cue[0] >= toks[a].start:
                    # '"C," said X, adding that D' / 'X defended it and said D'
                    clause = _main_clause_of(found, toks[a].start)
                    # (a noun's holder is no clause's subject: "took a swipe at Trump's stance
                    # on Brexit, saying C")
                    main = None if clause.nominal else clause.source
                    if main is not None and text[main[0] : main[1]].lower() in ctx.poss:
                        main = None  # "with his attacks on X, railing against Y": no subject
                    f.source = main if main is not None else f.source
                found.append(f)
        if len(found) == n_before and ctx.quotes:
            f = _quote_tag(ctx, a, b)  # '"C," Maddow quipped.' with a verb not in the lexicon
            if f is not None:
                found.append(f)
    if not found:
        return found  # speed: nothing to close, nest or cut
    _close_dashes(ctx, found)
    if len(found) == 1:
        return found  # speed: one attribution has nothing to nest in, nor to cut
    _join_inner_predicates(ctx, found)
    _nest(found, text)
    for _ in range(3):  # a cut may leave the clause inside the next content out
        if not (_unnest_main_clauses(ctx, found) | _cut_before_coordinated(ctx, found)):
            break
        for f in found:
            f.parent = None
        _nest(found, text)
    return found


def _quote_tag(ctx: _Ctx, a: int, b: int) -> Found | None:
    """A sentence that is a quotation ending in a comma, "?" or "!", then a short tag: a name
    or a pronoun and a past verb, or the verb and then the name ('"C," the mayor quipped.',
    '"C?" wondered Smith.'). Journalists tag quotations so with verbs no lexicon lists."""
    toks = ctx.toks
    q = ctx.quote_of[a] if a < b else -1
    if q >= 0 and ctx.quote_toks[q][0] == a:
        k = ctx.quote_toks[q][1]  # the first token after the quotation
    elif q < 0 and a > 0 and _quote_ends_before(ctx, a):
        q, k = ctx.quote_of[a - 1], a  # '"Why now?" pressed Smith.' read as two sentences
    else:
        return None
    if k >= b or not _quote_ends_clause(ctx, k - 1):
        return None
    e = b - 1 if toks[b - 1].low in SENT_END else b
    if not 2 <= e - k <= 5 or any(ctx.quote_of[m] >= 0 for m in range(k, e)):
        return None

    def past(m: int) -> bool:
        w = toks[m].low
        return not toks[m].is_cap and w.isalpha() and w.endswith("ed") and len(w) > 4

    if e - k >= 3 and toks[e - 1].low in ctx.w.particle and past(e - 2):
        e -= 1  # '"C," the mayor shouted back.': the particle joins the verb
        cue_end = e + 1
    else:
        cue_end = e
    if (
        past(e - 1)
        and (toks[k].is_cap or toks[k].low in ctx.subj or toks[k].low in ctx.det)
        and toks[e - 2].low not in ctx.aux_modal  # (not "Her suggestions are redacted.")
    ):
        cue, src = (e - 1, cue_end), (k, e - 1)  # '"C," the mayor quipped.'
    elif past(k) and toks[k + 1].is_cap:
        cue, src = (k, k + 1), (k + 1, e)  # '"C?" wondered Smith.'
    else:
        return None
    if any(not (toks[m].text.isalpha() or toks[m].low == ".") for m in range(*src)):
        return None
    content = [ctx.quotes[q]]
    return Found(
        _span(ctx, *cue),
        toks[cue[0]].low,
        Certainty.CERTAIN,
        Polarity.POSITIVE,
        content,
        _span(ctx, *src),
    )


def _tense(ctx: _Ctx, k: int) -> str:
    """ "past", "present" or "" (unknown) for the verb group starting at token ``k``."""
    w = ctx.toks[k].low
    if w in ctx.w.past_auxiliary:
        return "past"
    if w in ctx.w.present_auxiliary:
        return "present"
    tags = {f.tag for f in ctx.lex.verb_forms.get(w, ())}
    if "past" in tags:
        return "past" if "3sg" not in tags and "base" not in tags else ""
    if "3sg" in tags:
        return "present"
    return ""


def _join_inner_predicates(ctx: _Ctx, found: list[Found]) -> None:
    """'X said he has reviewed the messages and disagrees with C': a cue after "and" whose
    tense is not the saying verb's but is that of the clause the content holds belongs to that
    clause (its subject is the content's subject): the content runs on over it."""
    toks = ctx.toks
    for n in range(len(found) - 1):
        g, f = found[n], found[n + 1]
        if (
            f.source is None
            or g.source is None
            or not g.source[0] <= f.source[0] < g.source[1]  # (the main clause's subject)
            or f.source[1] > g.cue[0]
            or f.nominal
            or g.nominal
            or g.according
            or len(g.content) != 1
            or g.content[0][0] < g.cue[1]
        ):
            continue
        k = _tok_at(ctx, f.cue[0])
        m = k - 1
        while m > 0 and toks[m].low in ctx.adv:
            m -= 1
        if m <= 0 or toks[m].low not in ("and", "or") or toks[m - 1].end != g.content[0][1]:
            continue
        mine, main = _tense(ctx, k), _tense(ctx, _tok_at(ctx, g.cue[0]))
        if not mine or not main or mine == main:
            continue
        c0 = _tok_at(ctx, g.content[0][0])
        if toks[c0].low == "that":
            c0 += 1
        # the content's own clause has a verb of the same tense before "and"
        if not any(_tense(ctx, x) == mine for x in range(c0 + 1, m) if _verb_like(ctx, x)):
            continue
        end = max(e for _, e in f.content) if f.content else f.cue[1]
        g.content[0] = (g.content[0][0], max(end, f.cue[1]))
        subj = _np_right(ctx, c0, m, apposition=False)
        f.source = _span(ctx, *subj) if subj is not None else None


def _starters(lex: Lexicon) -> frozenset[str]:
    """The words a cue or a tag's dash can start at."""
    return lex.cue_first | TAG_DASHES


# a transcript's speaker label: "PENCE:", "KATE BOLDUAN:" (bounded: linear)
_TRANSCRIPT_LABEL = re.compile(r"\s?[A-Z][A-Z.'’ -]{1,30}:")


def _unquote_transcript_line(
    text: str, start: int, quotes: Sequence[tuple[int, int]]
) -> Sequence[tuple[int, int]]:
    """'"PENCE: Well, the question ...': a transcript's line quoted whole is read as the line
    itself, so that its speaker label attributes it as in an unquoted transcript."""
    if not quotes or quotes[0][0] != start:
        return quotes
    mark = 2 if text.startswith(("``", "''"), start) else 1
    if _TRANSCRIPT_LABEL.match(text, start + mark) is None:
        return quotes
    return quotes[1:]


# a hyphen with no letter or digit on one side: a dash ("Trump - who", "--"); one between two
# ("state-run", "2-1") is never a dash token (a pattern that starts with "-" is searched fast)
_LONE_HYPHEN = re.compile(r"-(?:(?![^\W_])|(?<![^\W_]-))")


def _close_dashes(ctx: _Ctx, found: list[Found]) -> None:
    """A content after a cue inside a pair of dashes ends at the closing dash: "Trump - who
    said he would bomb the fields - said at a rally that ..."."""
    if not found:
        return
    toks = ctx.toks
    seg = ctx.text[toks[0].start : toks[-1].end]
    if "—" not in seg and "―" not in seg and "–" not in seg and _LONE_HYPHEN.search(seg) is None:
        return  # speed: no dash in the paragraph, and a hyphen only inside words (most have none)
    # (quotations are only their marks here, so no dash is inside one)
    dashes = [k for k, t in enumerate(toks) if t.low in _DASHES]
    if not dashes:
        return
    for f in found:
        if len(f.content) != 1 or f.content[0][0] < f.cue[1]:
            continue
        i = _tok_at(ctx, f.cue[0])
        if i >= len(toks):
            continue
        a, b = ctx.sent_bounds[ctx.sent_of[i]]
        if (bisect.bisect_left(dashes, i) - bisect.bisect_left(dashes, a)) % 2 == 0:
            continue
        s, e = f.content[0]
        d = bisect.bisect_left(dashes, _tok_at(ctx, s))
        if d < len(dashes):
            k = dashes[d]
            if k < b and toks[k].start < e and k > 0 and toks[k - 1].end > s:
                f.content[0] = (s, toks[k - 1].end)


def _cut_before_coordinated(ctx: _Ctx, found: list[Found]) -> bool:
    """A content ends before a clause joined to it that has its own source and cue ("said A
    - but he said B", "said A and Trump says B") and before a participle that belongs to the
    main clause ("said they would support him, while emphasizing ..."). Returns whether a
    content was cut."""
    toks = ctx.toks
    cut = False
    for f in found:
        if f.parent is None or f.according:
            continue
        g = found[f.parent]
        if g.according or g.cue[1] > f.cue[0]:
            continue
        participle = f.participle or (
            f.source is None and ctx.text[f.cue[0] : f.cue[1]].endswith("ing")
        )
        if participle:
            at = f.cue[0]
        elif f.source is not None and f.source[0] > g.cue[1]:
            at = f.source[0]
        else:
            continue
        k = _tok_at(ctx, at)
        m = k - 1
        bare = m >= 0 and toks[m].low == "," and not participle
        if m >= 0 and (
            toks[m].low in ctx.w.clause_joiner
            or (not participle and toks[m].low in ctx.w.subordinate_joiner)
        ):
            m -= 1
        if m >= 0 and toks[m].low in ctx.adv and participle:
            m -= 1  # "- only saying"
        if m >= 0 and (toks[m].low == "," or toks[m].low in _DASHES):
            m -= 1
        if m == k - 1 or m < 0 or ctx.quote_of[m + 1] >= 0:
            continue  # nothing stands between: "said officials believe C" stays nested
        if participle and toks[m + 1].low != "," and toks[m + 1].low not in _DASHES:
            continue  # "said C while emphasizing" without a comma may be the content's
        for n, (s, e) in enumerate(g.content):
            if s < toks[m].end <= e and toks[m + 1].start < e:
                if not (bare and _fronted_clause(ctx, s, e)):
                    cut = _end_content(g, n, toks[m].end)
                break
    return cut


def _fronted_clause(ctx: _Ctx, s: int, end: int) -> bool:
    """Does the content starting at offset ``s`` open with a subordinator or a preposition
    ('said that while he opposed X, he supported Y'), so that its first comma closes a fronted
    clause, not the content? (Looks at its first word only.)"""
    first = ctx.text[s : min(end, s + 30)].split(None, 1)
    w = first[0].lower() if first else ""
    return w in ctx.subord or w in ctx.prep


def _end_before(text: str, g: Found, at: int) -> bool:
    """End ``g``'s content piece that holds offset ``at`` just before it (spaces and a comma
    left out). Returns whether it was cut."""
    for n, (s, e) in enumerate(g.content):
        if s < at < e:
            last = _last_char(text, at, s, skip=" ,")
            return last >= s and _end_content(g, n, last + 1)
    return False


def _end_content(g: Found, n: int, end: int) -> bool:
    """Make ``g``'s content piece ``n`` end at offset ``end``, dropping the pieces after it."""
    g.content[n] = (g.content[n][0], end)
    del g.content[n + 1 :]
    return True


_LOOK = 8  # characters: how far back white space and commas are skipped (keeps it linear)


def _last_char(text: str, pos: int, lo: int, skip: str = " ") -> int:
    """Index of the last character before ``pos`` (not below ``lo``) that is not white space
    (nor one of ``skip``), looking back at most a few characters; -1 if there is none."""
    k = pos - 1
    while k >= lo and pos - k <= _LOOK and (text[k].isspace() or text[k] in skip):
        k -= 1
    return k if k >= lo and not (text[k].isspace() or text[k] in skip) else -1


def _unnest_main_clauses(ctx: _Ctx, found: list[Found]) -> bool:
    """A content that runs over a comma into a clause with its own source and cue ends at that
    comma: in "Like others defending the laws, Schuette said C", "defending" does not hold
    "Schuette said C". Returns whether a content was cut. Each check looks at a few
    characters only, so that many nested attributions cost no more than their number."""
    cut = False
    text = ctx.text
    for f in found:
        if f.parent is None or f.source is None or f.participle or f.according:
            continue
        g = found[f.parent]
        if g.according:
            continue  # "According to X, Y said C": the clause after the comma is its content
        if f.source[0] <= g.cue[0] < f.source[1]:
            # "Trump, who cited his support for a wall, said C": "support for" sits in the
            # source of "said", and its content ends with that source
            cut = _end_before(text, g, f.source[1]) or cut
            continue
        if (
            f.source[1] <= g.cue[0]
            and text[f.source[1] : g.cue[0]].strip() in (",", "-", "\u2014", "--")
            and g.content
            and g.content[0][0] >= g.cue[1]
        ):
            # "Mr. Manafort, citing ''X,'' said C": the source of "said" stands before "citing",
            # so "said C" is the main clause, not part of what "citing" cites
            cut = _end_before(text, g, f.cue[0]) or cut
            continue
        if (
            g.content
            and g.content[-1][1] <= g.cue[0]
            and g.source is not None
            and g.source[1] <= g.cue[0]
            and _ends_sentence(text, g)
        ):
            continue  # "Details aside, officials believe C, he said.": all before the cue
        for n, (s, e) in enumerate(g.content):
            if not (s < f.source[0] < e and f.cue[0] < e):
                continue
            c = _last_char(text, f.source[0], s)
            if c <= s:
                break
            if text[c] != ",":
                c = _comma_before_adjunct(ctx, f.source[0], s, c)
            if text[c] in "\"”'" and text[c - 1] == ",":
                # 'Remarking upon his "empathy," Starr said': the quotation ends the content
                q = _quote_closing_at(ctx, c + 1)
                if q is not None and q[0] > s:
                    cut = _end_content(g, n, q[1])
                break
            if text[c] != ",":
                break
            if _fronted_clause(ctx, s, c) and not (
                s >= g.cue[1] and text[s : s + 3] == "to "
            ):  # (after its cue, "to" opens an infinitive: "her decision to use X was a
                # mistake, at the town hall she said C")
                break
            src_first = text[f.source[0] : min(f.source[1], f.source[0] + 30)].split(None, 1)
            if src_first and (
                src_first[0].lower() in ctx.w.relative or src_first[0].lower() in ctx.w.wh
            ):
                break  # "..., who said C": a relative clause stays inside
            if _inside_quote(ctx, c):
                break
            last = _last_char(text, c, s)
            if last >= s:
                cut = _end_content(g, n, last + 1)
            break
    return cut


def _comma_before_adjunct(ctx: _Ctx, at: int, lo: int, c: int) -> int:
    """The comma before a short fronted phrase (a preposition's or a time, no verb) that ends
    at offset ``at``: ", at the town hall this week she said C". Else ``c``."""
    toks = ctx.toks
    k = _tok_at(ctx, at)
    m = k - 1
    while m > 0 and k - m <= _FRONTED and toks[m].low != "," and toks[m].start > lo:
        m -= 1
    if (
        toks[m].low == ","
        and toks[m].start > lo
        and m + 1 < k
        and toks[m + 1].low != "to"  # (an infinitive: ", to act C")
        and toks[m + 1].low not in ctx.w.inclusion  # (", including his opposition to C")
        and _verbless_adjunct(ctx, m + 1, k)
        and ctx.quote_of[m] < 0
    ):
        return toks[m].start
    return c


def _ends_sentence(text: str, f: Found) -> bool:
    """Does the sentence end within a few words after the cue of ``f`` ("..., she said in an
    interview.") rather than go on after a comma ("..., he argued, to help")?"""
    for c in text[f.cue[1] : f.cue[1] + 60]:
        if c in ".!?\n":
            return True
        if c in ',;:"“”-—(':
            return False
    return False


def _quote_closing_at(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """The paragraph's quotation that ends at character offset ``end``, if any."""
    q = bisect.bisect_right(ctx.quotes, (end, end)) - 1
    while q >= 0 and ctx.quotes[q][1] > end:
        q -= 1
    return ctx.quotes[q] if q >= 0 and ctx.quotes[q][1] == end else None


def _inside_quote(ctx: _Ctx, pos: int) -> bool:
    """Does the character offset ``pos`` fall inside one of the paragraph's quotations?"""
    q = bisect.bisect_right(ctx.quotes, (pos, len(ctx.text) + 1)) - 1
    return q >= 0 and ctx.quotes[q][0] <= pos < ctx.quotes[q][1]


def _main_clause_of(found: list[Found], sent_start: int) -> Found:
    """The attribution of the sentence's main clause among the last ones found: the latest,
    unless its cue lies inside an earlier one's content ("The senators said they would back
    the bill, while stressing ...": "said", not "would back"). Looks at a few only."""
    best = found[-1]
    for g in reversed(found[-8:-1]):
        if g.cue[0] < sent_start:
            break
        if any(s <= best.cue[0] < e for s, e in g.content):
            best = g
    return best


def _tokens_outside_quotes(
    text: str, start: int, end: int, quotes: Sequence[tuple[int, int]], lexicon: Lexicon
) -> list[Token]:
    """Tokens of the paragraph outside its quotations; a quotation is its two marks only (no
    cue is read inside one, and skipping its words keeps the engine fast)."""
    if not quotes:
        return tokenize(text, start, end, lexicon.abbreviations)  # speed: no copy
    out: list[Token] = []
    pos = start
    for qs, qe in quotes:
        if qs > pos:
            out.extend(tokenize(text, pos, qs, lexicon.abbreviations))
        w = 2 if text[qs : qs + 2] in ("``", "''") else 1
        out.append(make_token(qs, qs + w, text[qs : qs + w], text[qs : qs + w]))
        cw = 2 if text[qe - 2 : qe] == "''" else 1
        if qe - cw > qs + w - 1 and text[qe - cw : qe] in QUOTE_MARKS:
            out.append(make_token(qe - cw, qe, text[qe - cw : qe], text[qe - cw : qe]))
        pos = qe
    if pos < end:
        out.extend(tokenize(text, pos, end, lexicon.abbreviations))
    return out


def _context(
    text: str,
    toks: list[Token],
    sentences: Sequence[tuple[int, int]],
    quotes: list[tuple[int, int]],
    lex: Lexicon,
) -> _Ctx:
    n = len(toks)
    # tokens and sentences are both in order: a token belongs to the last sentence starting at
    # or before it (the first sentence takes any token before them all); the lists are built a
    # sentence (or quotation) at a time with bisect, not a token at a time
    if len(sentences) == 1:  # speed: the commonest paragraph, one sentence
        bounds = [(0, n)]
        sent_of = [0] * n
    else:
        cuts = [0, *(bisect.bisect_left(toks, s, key=_START) for s, _ in sentences[1:]), n]
        bounds = [(cuts[k], cuts[k + 1]) for k in range(len(sentences))]
        sent_of = []
        for k, (a, b) in enumerate(bounds):
            sent_of += [k] * (b - a)
        if not bounds:
            sent_of = [0] * n
    quote_of = [-1] * n
    qtoks: list[tuple[int, int]] = []
    for q, (qs, qe) in enumerate(quotes):
        a = bisect.bisect_left(toks, qs, key=_START)
        b = bisect.bisect_left(toks, qe, key=_START)
        if b > a:
            quote_of[a:b] = [q] * (b - a)
        qtoks.append((a, b))
    title: dict[int, bool] = {}
    return _Ctx(text, toks, sent_of, bounds, quote_of, quotes, qtoks, title, lex, *_classes_of(lex))


def _classes_of(lex: Lexicon) -> tuple[Any, ...]:
    """The lexicon's word classes as the last arguments of :class:`_Ctx`, in the order of its
    parameters (made once for each lexicon, not for each paragraph). (Speed: passed by position,
    since a call with two dozen keyword arguments cost as much as all else _context does.)"""
    return derived(lex, _make_classes)


def _make_classes(lex: Lexicon) -> tuple[Any, ...]:
    w = lex.word_classes.__getitem__
    kwargs: dict[str, Any] = dict(
        det=w("determiner"), pron=w("pronoun"), prep=w("preposition"), conj=w("conjunction"),
        subord=w("subordinator"), aux=w("auxiliary"), modal=w("modal"), neg=w("negation"),
        adv=w("cue_adverb"), time=w("time_word"), poss=w("possessive"),
        subj=w("subject_pronoun"), verbs=w("verb"), labels=w("label"),
        parenthetical=w("parenthetical"), catenative=w("catenative"),
        quant_pron=w("quantifier_pronoun"), nominal_link=w("nominal_link"), w=_words_of(lex),
    )  # fmt: skip
    kwargs["aux_modal"] = kwargs["aux"] | kwargs["modal"]
    kwargs["np_stops"] = kwargs["aux_modal"] | kwargs["neg"] | kwargs["subord"] | kwargs["w"].wh
    kwargs["stop_words"] = kwargs["np_stops"] | SENT_END | CLAUSE_PUNCT
    kwargs["starters"] = _starters(lex)
    kwargs["phrases_after"] = _phrases_after(lex)
    code = _Ctx.__init__.__code__
    names = code.co_varnames[: code.co_argcount]
    return tuple(kwargs[name] for name in names[names.index("det") :])  # (det: the first class)


def _phrases_after(lex: Lexicon) -> dict[str, dict[str, tuple[PhraseCue, ...]]]:
    """The phrase cues by their first and second words, each list in the lexicon's order (longest
    first); a phrase of one word stands in every list of its first word, and alone under ""."""
    index: dict[str, dict[str, tuple[PhraseCue, ...]]] = {}
    for first, phrases in lex.phrases_by_first.items():
        seconds = {p.words[1] for p in phrases if len(p.words) > 1}
        by = {
            w2: tuple(p for p in phrases if len(p.words) == 1 or p.words[1] == w2) for w2 in seconds
        }
        by[""] = tuple(p for p in phrases if len(p.words) == 1)
        index[first] = by
    return index


def _title_case(ctx: _Ctx, k: int) -> bool:
    """Are most words of sentence ``k`` capitalised, as in a headline?"""
    got = ctx.title.get(k)
    if got is None:
        a, b = ctx.sent_bounds[k]
        words = [t for t in ctx.toks[a:b] if t.text[:1].isalpha() and len(t.text) > 3]
        got = len(words) >= 3 and sum(t.is_cap for t in words) >= 0.8 * len(words)
        ctx.title[k] = got
    return got


def _tok_at(ctx: _Ctx, at: int) -> int:
    """The first token of the paragraph that starts at or after the offset ``at``."""
    # (a bisect on the tokens' starts, read as it goes: no list of them is made for each
    # paragraph, for the few lookups most paragraphs need)
    return bisect.bisect_left(ctx.toks, at, key=_START)


def _span(ctx: _Ctx, s: int, e: int) -> tuple[int, int]:
    """Character span of tokens [s, e)."""
    return (ctx.toks[s].start, ctx.toks[e - 1].end)


# --------------------------------------------------------------------------------------------
# cue candidates


def _cue_at(ctx: _Ctx, i: int, a: int, b: int) -> Found | None:
    tok = ctx.toks[i]
    by_second = ctx.phrases_after.get(tok.low)
    if by_second:
        # speed: only the phrases whose second word is the next token's ("in" before "a"
        # starts none of "in the words of", "in favor of", ...)
        nxt = ctx.toks[i + 1].low if i + 1 < b else ""
        for p in by_second.get(nxt) or by_second[""]:
            n = len(p.words)
            if i + n <= b and all(ctx.toks[i + k].low == p.words[k] for k in range(2, n)):
                f = _phrase_cue(ctx, i, i + n, a, b, p)
                if f is not None:
                    return f
    if tok.low in ctx.w.light_verb:
        f = _light_verb_cue(ctx, i, a, b)
        if f is not None:
            return f
    if tok.low in ctx.w.receiving_verb:
        f = _received_cue(ctx, i, a, b)
        if f is not None:
            return f
    forms = ctx.lex.verb_forms.get(tok.low)
    if forms:
        f = _verb_cue(ctx, i, a, b, forms)
        if f is not None:
            return f
    adj = ctx.lex.cue_adjectives.get(tok.low)
    if adj is not None:
        return _adjective_cue(ctx, i, a, b, adj)
    nom = ctx.lex.nominal_cues.get(tok.low)
    if nom is not None and not nom.artefact:
        return _nominal_cue(ctx, i, a, b, nom)
    return None


def _in_verb_group(ctx: _Ctx, m: int) -> bool:
    """Is token ``m`` an auxiliary, a modal, a negation or an adverb of a verb group?"""
    w = ctx.toks[m].low
    return w in ctx.aux or w in ctx.modal or w in ctx.neg or w in ctx.adv or _ly_adverb(ctx, m)


def _auxiliaries_left(ctx: _Ctx, g0: int, a: int) -> int:
    """Move ``g0`` left over auxiliaries, modals, negation and cue adverbs ("has not yet")."""
    while g0 - 1 >= a and _in_verb_group(ctx, g0 - 1):
        g0 -= 1
    return g0


def _catenative_left(ctx: _Ctx, g0: int, a: int) -> int:
    """Move ``g0`` left over "to", a time adjunct and a catenative verb with its auxiliaries
    ("tried on Tuesday to make the case"), where the subject of the phrase stands before."""
    toks = ctx.toks
    if not (g0 - 2 >= a and toks[g0 - 1].low == "to"):
        return g0
    k = g0 - 2
    while (
        k > a and g0 - k < 5 and (toks[k].low in ctx.time or toks[k].low in ctx.w.time_preposition)
    ):
        k -= 1
    if toks[k].low in ctx.catenative or (_verb_like(ctx, k) and not toks[k].is_cap):
        return _auxiliaries_left(ctx, k, a)
    return g0


def _light_verb_cue(ctx: _Ctx, i: int, a: int, b: int) -> Found | None:
    """'expressed concern about C', 'has raised questions about C', 'voiced support for C': a
    light verb and an attitude noun make one cue; the content follows "that" or a preposition."""
    toks = ctx.toks
    k = i + 1
    while (
        k < b
        and k - i <= 3
        and (
            toks[k].low in ctx.det
            or toks[k].low in ctx.w.intensifier
            or _ly_adverb(ctx, k)
            or (
                not toks[k].is_cap
                and toks[k].low not in ctx.w.attitude_noun
                and toks[k].low not in ctx.prep
                and toks[k].text.isalpha()
                and k + 1 < b
                and toks[k + 1].low in ctx.w.attitude_noun
            )
        )
    ):
        k += 1  # "expressed deep concern", "raised new questions"
    if k >= b or toks[k].low not in ctx.w.attitude_noun or k + 1 >= b:
        return None
    link = toks[k + 1].low
    if link not in ctx.nominal_link:
        return None
    content = _content_from(ctx, k + 1 if link in ("that", "to") else k + 2, b)
    if not content:
        return None
    g0 = _auxiliaries_left(ctx, i, a)
    cue_end = k + 1 if link in ("that", "to") else k + 2
    src = _np_left(ctx, _catenative_left(ctx, g0, a), a)
    noun = toks[k].low
    nom = ctx.lex.nominal_cues.get(noun)
    certainty = nom.certainty if nom is not None else Certainty.CERTAIN
    polarity = nom.polarity if nom is not None else Polarity.POSITIVE
    return Found(
        _span(ctx, g0, cue_end),
        noun,
        certainty,
        polarity,
        content,
        _span(ctx, *src) if src is not None else None,
    )


def _received_cue(ctx: _Ctx, i: int, a: int, b: int) -> Found | None:
    """'X has drawn sharp criticism from Y', 'X won the support of Y', 'X came under fire':
    the subject is what the stance is about (the content), the holder follows "from"/"of"."""
    toks = ctx.toks
    k = i + 1
    if k < b and toks[k].low in ctx.w.receiving_particle:
        k += 1  # "came under heavy criticism", "was met with fierce opposition"
    while (
        k < b
        and k - i <= 4
        and toks[k].low not in ctx.w.received_noun
        and (
            toks[k].low in ctx.det
            or toks[k].low in ctx.w.intensifier
            or _ly_adverb(ctx, k)
            or toks[k].low[:1].isdigit()
            or toks[k].text == "%"
            or (toks[k].text.isalpha() and not toks[k].is_cap and toks[k].low not in ctx.prep)
        )
    ):
        k += 1  # "drew the strongest support", "enjoys 48% support"
    if k >= b or toks[k].low not in ctx.w.received_noun:
        return None
    g0 = _auxiliaries_left(ctx, i, a)
    subj = _np_left(ctx, _catenative_left(ctx, g0, a), a)
    if subj is None:
        return None
    source = None
    if k + 1 < b and toks[k + 1].low in ctx.w.received_holder:
        np = _np_right(ctx, k + 2, b)
        if np is not None:
            source = _span(ctx, *np)
    noun = toks[k].low
    nom = ctx.lex.nominal_cues.get(noun)
    return Found(
        _span(ctx, g0, k + 1),
        noun,
        nom.certainty if nom is not None else Certainty.CERTAIN,
        nom.polarity if nom is not None else Polarity.POSITIVE,
        [_span(ctx, *subj)],
        source,
    )


def _nominal_cue(ctx: _Ctx, i: int, a: int, b: int, nom: NominalCue) -> Found | None:
    """'his support for C', 'concerns that C', 'questions about C', 'X's criticism of C':
    a noun of expression with its content after "that" or a preposition, and its holder as a
    possessive or after "from"/"by"."""
    toks = ctx.toks
    if i + 1 >= b or (toks[i].is_cap and i > a):
        return None
    if toks[i].low in ctx.w.view_noun:
        f = _in_view(ctx, i, a, b, nom)
        if f is not None:
            return f
    link = toks[i + 1].low
    if link not in ctx.nominal_link:
        return None
    source: tuple[int, int] | None = None
    p = toks[i - 1].low if i > a else ""
    h = i - 1  # over adjectives back to a possessive: "his infamous comment about C"
    while (
        h > a
        and i - h <= 2
        and toks[h].text.isalpha()
        and not toks[h].is_cap
        and toks[h].low not in ctx.poss
        and toks[h].low not in ctx.det
        and toks[h].low not in ctx.prep
        and not ctx.lex.verb_forms.get(toks[h].low)
    ):
        h -= 1
    if h < i - 1 and h >= a and toks[h].low in ctx.poss:
        p = toks[h].low
        source = _span(ctx, h, h + 1)
    elif p in ctx.poss:
        source = _span(ctx, i - 1, i)
    elif p == "'s" and i - 1 > a:
        owner = _np_left(ctx, i - 1, a)
        if owner is not None:
            s0 = owner[0]
            for m in range(i - 2, s0, -1):
                if toks[m].low in ctx.det and toks[m - 1].low not in ctx.prep:
                    s0 = m  # "claims the group's refusal": the owner starts at its determiner
                    break
                if toks[m].low in ctx.prep and toks[m].low != "of" and m + 1 < i - 1:
                    s0 = m + 1  # "a swipe at Donald Trump's stance": after the preposition
                    break
            source = _span(ctx, s0, i - 1)
    elif i > a and _np_token(ctx, i - 1) and p not in ctx.det and toks[i - 1].is_cap:
        return None  # "the Trump support": a compound, not a holder
    if link == "that" and i + 2 < b and _relative_verb(ctx, i + 2):
        return None  # "the attacks that left four dead": a relative clause, no content
    if link in ("that", "to"):
        content = _content_from(ctx, i + 1, b)  # "his decision to run": "to run" is content
        cue = _span(ctx, i, i + 1)
    else:
        content = _content_from(ctx, i + 2, b)
        cue = _span(ctx, i, i + 2)
    if not content:
        return None
    if source is None and not (link in ctx.w.nominal_open_link or p in ctx.poss):
        return None
    return Found(cue, nom.noun, nom.certainty, nom.polarity, content, source, nominal=True)


def _relative_verb(ctx: _Ctx, k: int) -> bool:
    """Does a verb stand at ``k``, right after "that", so that "that" opens a relative clause
    with no subject of its own ("the attacks that left", "a claim that has circulated")?"""
    w = ctx.toks[k].low
    return w in ctx.aux or (_verb_like(ctx, k) and w.endswith("ed"))


def _postnominal_head(ctx: _Ctx, k: int) -> bool:
    """May an adjective phrase after token ``k`` modify it ("leaders willing to C"): a word of a
    noun phrase that is no preposition and no verb?"""
    return _np_token(ctx, k) and ctx.toks[k].low not in ctx.prep and not _verb_like(ctx, k)


def _in_view(ctx: _Ctx, i: int, a: int, b: int, nom: NominalCue) -> Found | None:
    """'In their view, C', 'C, in Bolton's view': the holder is the possessive, the content
    the rest of the sentence."""
    toks = ctx.toks
    h = i - 1
    if h <= a:
        return None
    if toks[h].low in ctx.poss:
        s0 = h
    elif toks[h].low == "'s":
        owner = _np_left(ctx, h, a)
        if owner is None:
            return None
        s0 = owner[0]
    else:
        return None
    if s0 - 1 < a or toks[s0 - 1].low != "in":
        return None
    # only a phrase that opens or closes its sentence ("In my view, C" / "C, in my view.")
    opens = s0 - 1 == a and i + 1 < b and toks[i + 1].low == ","
    closes = s0 - 2 > a and toks[s0 - 2].low == "," and (i + 1 >= b or toks[i + 1].low in SENT_END)
    if not (opens or closes):
        return None
    content = _sentence_without(ctx, a, b, s0 - 1, i + 1)
    if not content:
        return None
    return Found(
        _span(ctx, i, i + 1),
        nom.noun,
        nom.certainty,
        nom.polarity,
        content,
        _span(ctx, s0, h + 1),
        nominal=True,
    )


def _adjective_cue(ctx: _Ctx, i: int, a: int, b: int, adj: CueAdjective) -> Found | None:
    """'X is confident that C', 'X was eager to C', 'X is skeptical of C'."""
    toks = ctx.toks
    g0 = i
    while g0 - 1 >= a and (
        toks[g0 - 1].low in ctx.adv
        or toks[g0 - 1].low in ctx.neg
        or toks[g0 - 1].low in ctx.w.intensifier
        or _ly_adverb(ctx, g0 - 1)  # "acutely aware that"
    ):
        g0 -= 1
    src: tuple[int, int] | None = None
    if g0 - 1 < a:
        return None
    if toks[g0 - 1].low in ctx.w.be or toks[g0 - 1].low in ctx.w.linking_verb:
        g0 = _auxiliaries_left(ctx, g0 - 1, a)
        src = _np_left(ctx, g0, a)
    elif toks[g0 - 1].low == "," and g0 - 1 > a:
        src = _main_subject(ctx, g0 - 1, a)  # "X spent the day in Iowa, confident that C"
    elif _postnominal_head(ctx, g0 - 1):
        src = _np_left(ctx, g0, a)  # "leaders willing to work hard"
        if src is not None:
            for m in range(g0 - 1, src[0], -1):
                w = toks[m].low
                if _verb_like(ctx, m) or w.endswith("ing") or (w in ctx.prep and w != "of"):
                    src = (m + 1, src[1])  # "tax breaks to corporations willing to C"
                    break
    if src is None:
        return None
    j = i + 1
    cue_end = i + 1
    if j < b and toks[j].low in adj.preps:
        cue_end = j + 1
        content = _content_from(ctx, j + 1, b)
    else:
        cat = _follow(ctx, j, b)
        if cat == NP and "clause" in adj.frames and _bare_clause(ctx, j, b):
            pass  # "we are convinced this is the only country": a clause without "that"
        elif cat not in (THAT, TO, WH_) or cat not in adj.frames:
            return None
        content = _content_from(ctx, j, b)
    if not content:
        return None
    certainty = adj.certainty
    if any(toks[k].low in ctx.neg for k in range(g0, i)):
        certainty = Certainty.UNDERSPECIFIED
    return Found(
        _span(ctx, g0, cue_end), adj.adjective, certainty, adj.polarity, content, _span(ctx, *src)
    )


def _opening_name(ctx: _Ctx, k: int, a: int) -> bool:
    """Is token ``k``, the first of its sentence, a name: capitalised, and no word the lexicon
    knows in lower case (not "Government", "Officials", "The", "Reports")?"""
    t = ctx.toks[k]
    w = t.low
    return (
        k == a
        and t.is_cap
        and t.text[1:2].islower()
        and w not in ctx.lex.source_nouns
        and w not in ctx.lex.verb_forms
        and w not in ctx.lex.sentence_starters
        and not any(w in ws for ws in ctx.lex.word_classes.values())
    )


def _object_follows(ctx: _Ctx, k: int) -> bool:
    """Does a verb's object or clause start at token ``k`` ("fears the port", "fears troops"),
    not an adverb and a verb ("Business issues rarely excite")?"""
    if k >= len(ctx.toks) or ctx.quote_of[k] >= 0:
        return False
    t = ctx.toks[k]
    w = t.low
    if _figure_start(ctx, k, len(ctx.toks)) or _artefact_end(ctx, k, len(ctx.toks)):
        return True  # "fears about 27 people", "reports in a statement that"
    if not t.text[:1].isalnum() or w in ctx.adv or _ly_adverb(ctx, k) or w in ctx.prep:
        return False
    return not (w in ctx.aux or w in ctx.modal or w in ctx.neg or _verb_like(ctx, k))


def _name_after_relative(ctx: _Ctx, k: int, a: int) -> bool:
    """Does a name end at token ``k`` right after a relative word ("that Hillary Clinton",
    "who Trump", "what Obama"): the subject of a verb inside a relative clause?"""
    toks = ctx.toks
    m = k
    while m >= a and k - m < 4 and toks[m].is_cap and not (m < k and _opens_relative(ctx, m)):
        m -= 1
    return a <= m < k and _opens_relative(ctx, m)


def _noun_after_relative(ctx: _Ctx, k: int, a: int) -> bool:
    """Does a determiner and a noun end at token ``k`` after a relative word that follows a
    noun ("a trend that the group", "the plan, which the agency"): the subject of a verb
    inside a relative clause? (Not "said that the agency": a complement.)"""
    toks = ctx.toks
    if k - 3 < a or toks[k - 1].low not in ctx.det or toks[k - 2].low not in ctx.w.relative:
        return False
    before = toks[k - 3]
    if toks[k - 2].low == "which":
        return True
    return (
        before.text[:1].isalnum()
        and before.low not in ctx.lex.verb_forms
        and before.low not in ctx.np_stops
        and before.low not in ctx.prep
    )


def _opens_relative(ctx: _Ctx, m: int) -> bool:
    """May a relative clause with its own subject follow token ``m``: a relative word, "what",
    or a pronoun such as "everything" ("Everything Trump says is a lie")?"""
    w = ctx.toks[m].low
    return w in ctx.w.relative or w == "what" or w in ctx.w.object_only


def _is_noun_context(ctx: _Ctx, i: int, a: int) -> bool:
    """After a determiner or possessive the word is a noun: "the report", "his claims", and
    after a determiner and a common adjective: "the new rules", "the first reports"."""
    if i <= a:
        return False
    p = ctx.toks[i - 1].low
    if (
        p in ctx.w.common_adjective
        and i - 2 >= a
        and (ctx.toks[i - 2].low in ctx.det or ctx.toks[i - 2].low in ctx.poss)
    ):
        # "the new rules"; but "the official said": a past form is no noun, so the adjective
        # was a noun ("official", "public") and the verb its predicate
        forms = ctx.lex.verb_forms.get(ctx.toks[i].low, ())
        return not forms or any(f.tag in ("base", "3sg") for f in forms)
    if p in ctx.w.nonnoun_determiner:
        return False
    if p == "'s":  # "Clinton's claims" but "he's claiming"
        return i - 2 >= a and ctx.toks[i - 2].low not in ctx.w.contracting
    return p in ctx.det or p in ctx.poss


def _verb_reading(ctx: _Ctx, i: int, a: int, forms: tuple[VerbForm, ...]) -> VerbForm | None:
    """The form the context reads as a verb at ``i``, or None (a noun, an adjective, a name)."""
    tok = ctx.toks[i]
    prev = ctx.toks[i - 1] if i > a else None
    p = prev.low if prev is not None else ""
    # a capital inside a sentence is a name ("Islamic State"), unless the line is in title case
    if (
        tok.is_cap
        and prev is not None
        and ctx.quote_of[i - 1] < 0
        and p not in (":", "(", "—", "-")
        and not _title_case(ctx, ctx.sent_of[i])
    ):
        return None
    if (
        p[:1].isdigit()
        and not _ratio_before(ctx, i - 1, a)
        and not (_year(p) and i - 2 >= a and ctx.toks[i - 2].low in ctx.w.time_preposition)
        and not _age_bound_before(ctx, i - 1, a)
    ):
        return None  # (but "a panel in 2001 found": a year, not a count)
    if i + 1 < len(ctx.toks) and ctx.toks[i + 1].low in ctx.w.compound_head:
        return None  # "a liberal think tank": the verb form modifies a noun
    if p == "that" and i + 1 < len(ctx.toks) and ctx.toks[i + 1].low in ctx.aux_modal:
        # "how he answers that question will decide", "that blame has been assigned": after
        # "that" a verb needs its object or complement, so an auxiliary next makes it a noun
        return None
    if _is_noun_context(ctx, i, a) and not (
        p in ctx.quant_pron and not any(f.verb.nounlike for f in forms)
    ):
        return None  # "the report", "his claims"; but "one in five say", "many believe"
    if (
        p == ","
        and i - 3 >= a
        and ctx.toks[i - 2].low in ctx.parenthetical
        and ctx.toks[i - 3].low == ","
        and _np_token(ctx, i - 4)
        and ctx.toks[i - 4].low not in ctx.prep
        and ctx.toks[i - 4].low not in ctx.det
        and ctx.toks[i - 4].low not in ctx.conj
    ):
        # "Some Democrats, however, question C": the subject, an aside, then the verb
        for vf in forms:
            if vf.tag in ("base", "3sg", "past"):
                return vf
    if p in ctx.w.coordinator and _pronoun_object(ctx, i + 1):
        # "he respects her and calls her a friend", "but view him with suspicion"
        for vf in forms:
            if vf.tag in ("base", "3sg"):
                return vf
    if (p in _DASHES or p == ")") and _aside_subject(ctx, i - 1, a):
        # "Rubio (R-Fla.) calls it", "Some economists - including X - warn that"
        for vf in forms:
            if vf.tag in ("base", "3sg", "past"):
                return vf
    # "voters increasingly view", "which largely supports": an adverb in -ly stands for the
    # closed list (not "an early poll": an adjective)
    adv_before = p in ctx.adv or (
        prev is not None and _ly_adverb(ctx, i - 1) and p not in ctx.w.ly_adjective
    )
    nxt = ctx.toks[i + 1].low if i + 1 < len(ctx.toks) else ""
    strong = nxt in ("that", "to", ":") or nxt in ctx.w.wh  # "Farmers fear that", "plans to"
    relative_that = False
    if nxt == "that" and i + 2 < len(ctx.toks):
        after = ctx.toks[i + 2].low
        if after in ctx.aux or after in ctx.modal or _verb_like(ctx, i + 2):
            strong = False  # "the early voting states that held primaries": a relative clause
            relative_that = True
    subject_like = (
        prev is not None
        and (
            p in ctx.subj
            or p in ctx.w.relative
            or p in ctx.quant_pron
            or (
                adv_before  # "they also say", not "without further comment"
                and not (
                    i - 2 >= a
                    and (ctx.toks[i - 2].low in ctx.prep or ctx.toks[i - 2].low in ctx.det)
                )
            )
            or p[:1].isdigit()
            or p in ("%", "percent")
            or p in ctx.w.survey_participle  # "19 percent of students polled support"
            or p in ctx.w.number_word
        )
    )
    for vf in forms:
        nounlike = vf.verb.nounlike and not strong
        if vf.tag == "base":
            # "they say", "will say", "to say", "did not say", "officials say", "polls show"
            if prev is None:
                continue
            if (
                nounlike
                and i - 1 > a
                and not prev.is_cap
                and prev.text[:1].isalpha()
                and p not in ctx.pron
                and not subject_like
                and not _opens_relative(ctx, i - 2)
                and i + 1 < len(ctx.toks)
                and ctx.toks[i + 1].low in ctx.aux_modal
            ):
                continue  # "the jobs report was released": a compound noun, then its verb
            if p in ctx.modal or p in ctx.neg or p in ctx.w.base_trigger or subject_like:
                return vf
            if (
                _plural_noun(ctx, i - 1)
                or p in ctx.w.plural_noun  # "media say", "police say"
                or _document_noun(ctx, p)  # "data show"
                or (not nounlike and prev.is_cap and i - 1 > a)
                or (  # "Obama and Clinton call them": a name, then an object pronoun
                    prev.is_cap
                    and i - 1 > a
                    and nxt in ctx.w.object_pronoun
                    and nxt not in ctx.poss
                    and nxt not in ctx.det
                )
                or (not nounlike and (p == "," or _closes_quote(ctx, i - 1)))  # '"C," say X'
                or _quote_ends_clause(ctx, i - 1)  # '"C," report state-run media'
            ):
                return vf
            if not nounlike and not (
                p in ctx.det
                or p in ctx.poss
                or p in ctx.prep
                or p in ctx.aux
                or p in CLAUSE_PUNCT
                or ("-" in p and (i - 1 == a or not prev.is_cap))  # "combat-level stress"
            ):
                return vf
        elif vf.tag == "3sg":
            # "are fears", "to reports", "his claims" are nouns; so is "some advocates" (a
            # plural quantifier takes no -s verb)
            if prev is None or p in ctx.aux or p in ctx.prep or p == "to":
                continue
            if p in ctx.modal and not (prev.is_cap and i - 1 > a):
                continue  # (a modal takes no -s verb: "While Will acknowledges" is a name)
            if p in ctx.w.plural_quantifier:
                continue
            if (
                i - 1 > a
                and not prev.is_cap
                and p not in ctx.aux
                and not adv_before
                and p not in ctx.det
                and p not in ctx.subj  # "not everyone finds"
                and p not in ctx.quant_pron
                and p not in ctx.pron
                and (
                    (_verb_like(ctx, i - 1) and (p.endswith("ed") or not _nominal(ctx, i - 1, a)))
                    or ctx.toks[i - 2].low in ctx.neg
                    or ctx.toks[i - 2].low in ctx.modal
                    or ctx.toks[i - 2].low == "to"
                )
            ):
                continue  # "did not unveil plans to", "heralded plans": the verb's object
            if not (
                p in ctx.subj
                or _name_after_relative(ctx, i - 1, a)
                or _noun_after_relative(ctx, i - 1, a)
            ) and _finite_next(
                ctx, i + 1
            ):  # (not "which he says was", "that Clinton says can", "a trend that the
                # group predicts will")
                # "Abortion rights advocates said", "reform advocates believe", "rights
                # advocates have been": a verb follows, so this is the subject's noun
                continue
            if nounlike and p.endswith("ing") and len(p) > 4:
                continue  # "the early voting states", "housing reports": a modifier and a noun
            if nounlike and relative_that:
                continue  # "the Paris attacks that left 130 dead": a noun and its relative clause
            if nounlike and not (
                p in ctx.w.singular_subject
                or adv_before
                or (prev.is_cap and i - 1 > a and ctx.quote_of[i - 1] < 0)
                or (
                    _opening_name(ctx, i - 1, a)
                    and (_object_follows(ctx, i + 1) or nxt in vf.verb.preps)
                )  # "Lopez fears C", "Sanders calls for C"
                or ("-" not in p and _determined_noun(ctx, i - 1, a, any_word=True))
                or _document_noun(ctx, p)  # "a new CNN/ORC poll shows", "records show"
                or _quote_ends_clause(ctx, i - 1)  # '"C," reports Reuters'
                or (p == "," and _apposed_subject(ctx, i - 1, a))
            ):
                continue
            return vf
        elif vf.tag in ("past", "part"):
            # "over alleged links", "the so-called": adjectives (but "has since said")
            if p in ctx.prep and p not in ("that",) and not _perfect_adverb(ctx, i - 1, a):
                continue
            if prev is None and "rcp" not in vf.verb.frames and _bare_noun(ctx, i + 1):
                continue  # "Worried parents gathered", "Declared 2016 candidates": an adjective
            # "a company called Cambridge Analytica": a participle that names
            if (
                tok.low in ctx.w.naming_participle
                and _name_follows(ctx, i + 1)
                and _indefinite_noun(ctx, i - 1, a)
            ):
                continue
            return vf
        elif vf.tag == "ing":
            if (
                p in ctx.prep
                and p not in ctx.w.gerund_preposition
                and not (_fronted_gerund(ctx, i, a) and _gerund_object(ctx, i + 1))
            ):
                continue  # "in polling data" (but "In describing the plan, X": a gerund)
            if _floating_after_comma(ctx, i - 1, a):
                return vf  # "..., each saying the other lacks C": not "the saying"
            n = i + 1
            if n + 1 < len(ctx.toks) and ctx.toks[n].low in ctx.w.common_adjective:
                n += 1  # "backing former Gov. Jeb Bush"
            nxt_name = n < len(ctx.toks) and (
                ctx.toks[n].is_cap or ctx.toks[n].low in ctx.w.object_pronoun
            )
            # what opens a content: 'a statement saying "C"', 'a statement saying that C'
            nxt_content = n < len(ctx.toks) and (
                ctx.quote_of[n] >= 0
                or ctx.toks[n].low in ("that", ":")
                or ctx.toks[n].low in ctx.subj
                or (ctx.toks[n].low == "," and n + 1 < len(ctx.toks) and ctx.quote_of[n + 1] >= 0)
            )
            if (
                _determined_noun(ctx, i, a, any_word=True)
                and not (nxt_name or nxt_content)
                and not (p in ctx.w.coordinator and _participle_clause_before(ctx, i - 1, a))
            ):
                continue  # "the Democratic nominating contest" (not "the PACs supporting Kasich")
            return vf
    return None


def _bare_noun(ctx: _Ctx, k: int) -> bool:
    """Does a noun with no determiner stand at ``k`` ("parents", "discrimination", a year),
    so that a participle right before it modifies it?"""
    if k >= len(ctx.toks) or ctx.sent_of[k] != ctx.sent_of[k - 1]:
        return False
    t = ctx.toks[k]
    w = t.low
    if w[:1].isdigit():
        return True
    return (
        t.text.isalpha()
        and not t.is_cap
        and w not in ctx.np_stops
        and w not in ctx.det
        and w not in ctx.poss
        and w not in ctx.prep
        and w not in ctx.pron
        and w not in ctx.conj
        and w not in ctx.adv
        and w not in ("that", "if", "to", "as")
        and not _ly_adverb(ctx, k)
        and not _verb_like(ctx, k)
    )


def _fronted_gerund(ctx: _Ctx, i: int, a: int) -> bool:
    """Does the -ing form at ``i`` follow a preposition that opens its clause ("In describing
    the plan, ...", "But since announcing it, ...")?"""
    toks = ctx.toks
    if i - 1 < a or toks[i - 1].low not in ctx.w.fronted_gerund_preposition:
        return False
    return i - 2 < a or toks[i - 2].low in ctx.w.coordinator or toks[i - 2].low == ","


def _gerund_object(ctx: _Ctx, k: int) -> bool:
    """Does an object or a clause start at token ``k``, so that the -ing form before it is a
    verb ("in describing the plan", "since announcing that", "for dismissing him")?"""
    toks = ctx.toks
    if k >= len(toks):
        return False
    w = toks[k].low
    return (
        ctx.quote_of[k] >= 0
        or w in ctx.det
        or w in ctx.w.object_pronoun
        or w in ctx.w.wh
        or (toks[k].is_cap and ctx.sent_of[k] == ctx.sent_of[k - 1])
    )


def _floating_after_comma(ctx: _Ctx, k: int, a: int) -> bool:
    """Is token ``k`` a floating quantifier after a comma ("They vied, each saying C")?"""
    return (
        ctx.toks[k].low in ctx.w.floating_quantifier and k - 1 >= a and ctx.toks[k - 1].low == ","
    )


def _pronoun_object(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` a personal pronoun in the object case: "him", "them", "it", and "her"
    when no noun follows ("her a friend", 'her "a liar"', "her with", not "her remarks")?"""
    toks = ctx.toks
    if k >= len(toks) or ctx.quote_of[k] >= 0:
        return False
    w = toks[k].low
    if w in ctx.w.object_pronoun and w not in ctx.det:
        return True
    if w not in ctx.w.object_pronoun or k + 1 >= len(toks):
        return False
    n = toks[k + 1].low
    return (
        ctx.quote_of[k + 1] >= 0
        or n in ctx.det
        or n in ctx.prep
        or n in CLAUSE_PUNCT
        or n in SENT_END
    )


def _aside_subject(ctx: _Ctx, k: int, a: int) -> bool:
    """Does the dash or parenthesis at token ``k`` close an aside that follows a noun phrase
    ("Rubio (R-Fla.)", "some economists - including a few officials -")? Looks back at most
    a few tokens."""
    toks = ctx.toks
    close = toks[k].low
    m = k - 1
    while m > a and k - m <= 12:
        w = toks[m].low
        if close == ")" and (w == ")" or w in _DASHES):
            break
        if (w == "(") if close == ")" else (w in _DASHES):
            before = toks[m - 1].low
            return (
                m - 1 < k - 2  # (not an empty aside)
                and _np_token(ctx, m - 1)
                and before not in ctx.prep
                and before not in ctx.det
                and before not in ctx.conj
                # "the dueling (and justified) fears": a modifier, then the noun
                and not (before.endswith("ing") or "-" in before)
            )
        m -= 1
    return False


def _apposed_subject(ctx: _Ctx, k: int, a: int) -> bool:
    """Does the comma at token ``k`` close a name and its apposition that open the sentence
    ("Yang Shu, director of the institute, calls it a mistake")?"""
    app = _apposition_left(ctx, k, a)
    return app is not None and app[0] == a and ctx.toks[a].is_cap


def _participle_clause_before(ctx: _Ctx, k: int, a: int) -> bool:
    """Does a participle clause run up to token ``k`` (a coordinator) in its sentence: a comma
    or a dash, then an -ing form ("..., praising the police and saying C")? Looks back at
    most a few tokens."""
    toks = ctx.toks
    m = k - 1
    while m > a and k - m <= 12:
        w = toks[m].low
        if w in SENT_END or ctx.quote_of[m] >= 0:
            return False
        if w.endswith("ing") and len(w) > 4:
            before = toks[m - 1].low
            if before in ctx.w.floating_quantifier and m - 2 >= a:
                before = toks[m - 2].low  # "..., each touting X and saying C"
            if before in _DASH_OR_COMMA:
                return True
        m -= 1
    return False


def _and_or_but_in(ctx: _Ctx, j: int, b: int) -> bool:
    """Does "and" or "but" stand in the reach of a noun phrase starting at token ``j`` (before
    ``b``)? (A look at the text: most objects have neither after them, and a search of the
    string is cheaper than reading the phrase.)"""
    text = ctx.text
    s, e = ctx.toks[j].start, ctx.toks[min(b, j + 16) - 1].end  # (objects are short)
    return text.find(" and ", s, e) >= 0 or text.find(" but ", s, e) >= 0


def _predicate_after_conj(ctx: _Ctx, k: int, b: int) -> bool:
    """Does a coordinated predicate start at token ``k``: "and" or "but", then an auxiliary, a
    modal or a finite verb ("... and is now giving", "... but has not said")?"""
    toks = ctx.toks
    if k + 1 >= b or toks[k].low not in ("and", "but") or ctx.quote_of[k + 1] >= 0:
        return False
    m = k + 1
    if toks[m].low in ctx.adv and m + 1 < b:
        m += 1
    w = toks[m].low
    return w in ctx.aux_modal or _finite_saying(ctx, m) or (w in ctx.verbs and m + 1 < b)


def _finite_saying(ctx: _Ctx, k: int, base: bool = False) -> bool:
    """Is the token at ``k`` a finite verb of saying ("said", "says"; with ``base``, "say"
    too), which needs a subject?"""
    if k >= len(ctx.toks):
        return False
    forms = ctx.lex.verb_forms.get(ctx.toks[k].low, ())
    tags = ("past", "3sg", "base") if base else ("past", "3sg")
    return any(f.tag in tags and "post" in f.verb.frames for f in forms)


def _finite_next(ctx: _Ctx, k: int) -> bool:
    """Does a finite verb of saying or an auxiliary stand at ``k``, or after an adverb or two
    ("advocates also said", "advocates have said")? Then the -s form before it is a noun."""
    toks = ctx.toks
    n = k
    while n < len(toks) and n - k < 2 and toks[n].low in ctx.adv:
        n += 1
    return _finite_saying(ctx, n, base=True) or (n < len(toks) and toks[n].low in ctx.aux_modal)


def _document_noun(ctx: _Ctx, w: str) -> bool:
    """Is ``w`` a document that can say something: "poll", "study", "records"?"""
    sn = ctx.lex.source_nouns.get(w)
    return sn is not None and sn.kind is SourceKind.DOCUMENT


def _age_bound_before(ctx: _Ctx, k: int, a: int) -> bool:
    """Does the number at ``k`` bound the age of people before it: "those over 60", "men under
    35"? (A plural noun or pronoun, then "over" or "under".)"""
    toks = ctx.toks
    if k - 2 < a or toks[k - 1].low not in ctx.w.figure_preposition:
        return False
    w = toks[k - 2].low
    return w in ctx.w.plural_noun or w in ctx.quant_pron or _plural_noun(ctx, k - 2)


def _ratio_before(ctx: _Ctx, k: int, a: int) -> bool:
    """Does the number at ``k`` end a ratio that counts people: "six in 10", "4 out of 10"?"""
    toks = ctx.toks
    m = k - 1
    if m >= a and toks[m].low == "of" and m - 1 >= a and toks[m - 1].low == "out":
        m -= 1
    elif not (m >= a and toks[m].low in ("in", "of")):
        return False
    m -= 1
    return m >= a and (toks[m].low[:1].isdigit() or toks[m].low in ctx.w.number_word)


def _plural_noun(ctx: _Ctx, k: int) -> bool:
    """A plural noun: "polls", "records", "officials" (not "this", "his", "is", "was")."""
    t = ctx.toks[k]
    w = t.low
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))  # "infamous", "census", "analysis": no plurals
        and w not in ctx.w.singular_s
        and t.text[:1].isalpha()
        and w not in ctx.det
        and w not in ctx.poss
        and w not in ctx.aux
        and w not in ctx.prep
        and w not in ctx.verbs
        and not ctx.lex.verb_forms.get(w)
    )


def _name_follows(ctx: _Ctx, k: int) -> bool:
    """Does a name start at token ``k``: a capital, a quotation, a hashtag, or "the" before
    one ("a competition called the House to Home Prize")?"""
    toks = ctx.toks
    if k < len(toks) and toks[k].low == "the":
        k += 1
    if k >= len(toks):
        return False
    return toks[k].is_cap or ctx.quote_of[k] >= 0 or toks[k].text.startswith("#")


def _indefinite_noun(ctx: _Ctx, k: int, a: int) -> bool:
    """Is token ``k`` a common noun after "a"/"an": "a group", "a website", "a super PAC"?"""
    if not ctx.toks[k].text[:1].isalpha():
        return False  # "Beruff, a Scott ally, called ...": the comma closed the apposition
    m = k
    while m > a and k - m < 4:
        m -= 1
        w = ctx.toks[m].low
        if w in ("a", "an"):
            return not ctx.toks[k].is_cap or ctx.toks[k].text.isupper()
        if ctx.stop(m) or w in ctx.prep:
            return False
    return False


def _determined_noun(ctx: _Ctx, k: int, a: int, any_word: bool = False) -> bool:
    """Is token ``k`` the noun of a determiner phrase: "the video", "a Reuters rolling poll"?"""
    m = k
    while m > a and k - m < 4:
        m -= 1
        w = ctx.toks[m].low
        possessive = w == "'s" and m > a and ctx.toks[m - 1].low not in ctx.w.contracting
        if w in ctx.det or w in ctx.poss or possessive:
            return any_word or not ctx.lex.verb_forms.get(ctx.toks[k].low)
        if ctx.stop(m) or w in ctx.prep or _verb_like(ctx, m):
            return False
    return False


def _group(ctx: _Ctx, i: int, a: int, vf: VerbForm) -> tuple[int, bool, bool, bool]:
    """Left edge of the verb group (auxiliaries, modals, negation, adverbs), and whether the
    group is passive, negated, hedged (may, might, could)."""
    g0 = i
    passive = negated = hedged = False
    while g0 - 1 >= a:
        w = ctx.toks[g0 - 1].low
        if ctx.toks[g0 - 1].is_cap and g0 - 1 > a and w in ctx.modal:
            break  # "a study published in May found": a month, not "may"
        if w == "," and g0 == i:
            o = _parenthetical_left(ctx, g0 - 1, a)
            if o is not None:
                g0 = o  # "have, in fact, praised": the aside stands inside the group
                continue
        if (
            w in ctx.aux
            or w in ctx.modal
            or w in ctx.neg
            or w in ctx.adv
            or _ly_adverb(ctx, g0 - 1)
            or (  # a floating quantifier after an auxiliary: "have both pushed for"
                w in ctx.w.floating_quantifier
                and g0 - 2 >= a
                and ctx.toks[g0 - 2].low in ctx.aux_modal
            )
            or _perfect_adverb(ctx, g0 - 1, a)
        ):
            if w in ("'s",) and not (
                g0 - 2 >= a
                and (ctx.toks[g0 - 2].low in ctx.subj or ctx.toks[g0 - 2].low in ctx.w.relative)
            ):
                break  # "Trump's said" is rare; "Clinton's" is a possessive; "who's called for"
            g0 -= 1
            if (
                w in ctx.w.be
                and vf.tag in ("part", "past")
                and not passive
                and not (  # "he's sought to protect": "'s" is "has" before an active "to"
                    w == "'s"
                    and "to" in vf.verb.frames
                    and ctx.toks[i].low not in ctx.w.passive_raising  # "he's expected to"
                    and i + 1 < len(ctx.toks)
                    and ctx.toks[i + 1].low == "to"
                )
                and not (  # "who's called for troops": "has" before a joined preposition
                    w == "'s"
                    and ctx.toks[i].low not in ctx.w.passive_raising  # "it's known as"
                    and i + 1 < len(ctx.toks)
                    and ctx.toks[i + 1].low in vf.verb.preps
                )
            ):
                passive = g0 == i - 1 or all(
                    ctx.toks[k].low in ctx.adv or ctx.toks[k].low in ctx.neg or _ly_adverb(ctx, k)
                    for k in range(g0 + 1, i)
                )  # "has been harshly criticized"
            if w in ctx.neg:
                negated = True
            if w in ctx.w.hedge:
                hedged = True
        else:
            break
    # catenatives: "continued to defend", "began to argue", "is going to say"
    if (
        g0 - 2 >= a
        and ctx.toks[g0 - 1].low == "to"
        and (
            ctx.toks[g0 - 2].low in ctx.catenative
            or _perfect_adverb(ctx, g0 - 2, a)  # "has yet to endorse"
            or (  # "struggled to answer" (a cue verb before "to" has its own reading)
                _verb_like(ctx, g0 - 2) and not ctx.lex.verb_forms.get(ctx.toks[g0 - 2].low)
            )
        )
    ):
        k = g0 - 2
        while k - 1 > a and ctx.toks[k - 1].low in ctx.w.intensifier:
            k -= 1  # "was more likely to support"
        k = _auxiliaries_left(ctx, k, a)
        # an adjective takes "be": "is likely to say", not "voters least likely to support"
        if ctx.toks[g0 - 2].low not in ctx.w.copular_catenative or any(
            ctx.toks[m].low in ctx.w.be for m in range(k, g0 - 2)
        ):
            g0 = k
    elif (
        g0 - 3 >= a
        and ctx.toks[g0 - 1].low == "to"
        and ctx.toks[g0 - 2].low == "on"
        and ctx.toks[g0 - 3].low in ctx.w.going_on
    ):
        g0 = _auxiliaries_left(ctx, g0 - 3, a)  # "went on to explain", "is going on to say"
    # a sentence-initial adverb ("Later, ...") does not join the group
    while g0 < i and ctx.toks[g0].low in ctx.adv and g0 == a:
        g0 += 1
    return g0, passive, negated, hedged


def _parenthetical_left(ctx: _Ctx, k: int, a: int) -> int | None:
    """``k`` is a comma that closes a short aside after an auxiliary or a modal ("have, in
    fact, praised", "would, of course, say"): the aside's opening comma, else None."""
    toks = ctx.toks
    m = k - 1
    while m > a and k - m <= 4 and ctx.quote_of[m] < 0:
        w = toks[m].low
        if w == ",":
            if m < k - 1 and (toks[m - 1].low in ctx.aux or toks[m - 1].low in ctx.modal):
                return m
            return None
        if not (w in ctx.parenthetical or w in ctx.prep or w in ctx.adv or _ly_adverb(ctx, m)):
            return None
        m -= 1
    return None


def _perfect_adverb(ctx: _Ctx, k: int, a: int) -> bool:
    """Is token ``k`` an adverb that stands only after an auxiliary or a negation ("has *since*
    said", "has not *yet* responded"), where it belongs to the verb group and is no preposition
    or conjunction?"""
    return (
        ctx.toks[k].low in ctx.w.perfect_adverb
        and k - 1 >= a
        and (ctx.toks[k - 1].low in ctx.aux or ctx.toks[k - 1].low in ctx.neg)
    )


def _ly_adverb(ctx: _Ctx, k: int) -> bool:
    """A manner adverb in "-ly" ("enthusiastically", "sharply"), not a noun ("family")."""
    t = ctx.toks[k]
    w = t.low
    return len(w) > 4 and w.endswith("ly") and not t.is_cap and w not in ctx.w.ly_noun


def _follow(ctx: _Ctx, j: int, b: int) -> str:
    """What follows the verb group at token ``j``."""
    if j >= b:
        return END
    if ctx.quote_of[j] >= 0:
        return QUOTE
    w = ctx.toks[j].low
    if w in SENT_END:
        return END
    if w == ",":
        return COMMA
    if w == ":":
        return COLON
    if w == "that":
        return THAT
    if w == "to" or (w == "not" and j + 1 < b and ctx.toks[j + 1].low == "to"):
        return TO  # "vowed not to repeat it": the negation is the content's
    if w in ctx.w.wh:
        return WH_
    if _figure_start(ctx, j, b):
        return NP  # "said at least 27 people had left", "said about 27 people had left"
    if w in ctx.prep:
        return PREP
    if w in CLAUSE_PUNCT or w in ctx.conj or w in QUOTE_MARKS:
        return OTHER
    return NP


def _artefact_end(ctx: _Ctx, j: int, b: int) -> int:
    """Where "in a statement" / "in a written statement" starting at ``j`` ends, or 0."""
    toks = ctx.toks
    if j + 2 >= b or toks[j].low != "in" or toks[j + 1].low not in ctx.det:
        return 0
    if toks[j + 2].low in ctx.w.cue_artefact:
        return j + 3
    if j + 3 < b and toks[j + 3].low in ctx.w.cue_artefact:
        return j + 4
    return 0


def _figure_start(ctx: _Ctx, j: int, b: int) -> bool:
    """Does a figure start at token ``j`` with a preposition: "at least 27", "about 1,500",
    "between 2,500 and 3,500" (a noun phrase, not an adjunct)?"""
    if j + 1 >= b:
        return False
    w, nxt = ctx.toks[j].low, ctx.toks[j + 1].low
    if w == "at":
        return nxt in ctx.w.quantity_bound
    return w in ctx.w.figure_preposition and (nxt[:1].isdigit() or nxt in ctx.w.number_word)


def _verb_cue(ctx: _Ctx, i: int, a: int, b: int, forms: tuple[VerbForm, ...]) -> Found | None:
    vf = _verb_reading(ctx, i, a, forms)
    if vf is None:
        return None
    verb = vf.verb
    if "to" in verb.frames and i + 2 < b and ctx.toks[i + 1].low == "to":
        later = ctx.lex.verb_forms.get(ctx.toks[i + 2].low)
        if later and _verb_cue(ctx, i + 2, a, b, later) is not None:
            return None  # "seemed to indicate": the later verb takes the group
    g0, passive, negated, hedged = _group(ctx, i, a, vf)
    # (speed: the look at the token before spares the call for nearly every verb)
    if not passive and g0 - 2 >= a and ctx.toks[g0 - 1].low == "to" and _controlled_to(ctx, g0, a):
        g0 -= 1  # "led some allies to worry C": "to" joins the cue; the object is the source
    g1 = i + 1
    joined = False
    if (
        g1 + 1 < b
        and ctx.toks[g1].low in ctx.w.particle
        and ctx.toks[g1 + 1].low in ctx.w.particle_preposition
    ):
        g1 += 2  # "spoke out against C", "pushed back on C": particle and preposition join the cue
        joined = True
    elif g1 < b and ctx.toks[g1].low in verb.preps:
        g1 += 1
        joined = True
    elif (
        g1 + 1 < b
        and (_ly_adverb(ctx, g1) or ctx.toks[g1].low in ctx.adv)
        and ctx.toks[g1 + 1].low in verb.preps
    ):
        g1 += 2  # "spoke favorably of C", "talked openly about C": the adverb is the cue's
        joined = True
    elif (
        g0 > a
        and not passive
        and g1 + 1 < b
        and ctx.toks[g1].low in ctx.w.weekday
        and ctx.toks[g1 + 1].low in verb.preps
    ):
        g1 += 2  # "X called Friday for C": the day stands inside the cue
        joined = True
    certainty = verb.certainty
    if hedged:
        certainty = Certainty.POSSIBLE
    if negated and verb.polarity is Polarity.POSITIVE:
        certainty = Certainty.UNDERSPECIFIED
    if passive:
        return _passive(ctx, g0, g1, a, b, verb, certainty, joined)
    if g1 < b and ctx.toks[g1].low in ctx.w.phrasal_particle:
        return None  # "Sanders showed up", "voters show up at the polls": another verb
    if verb.raising and g1 < b and _place_after(ctx, g1, b, verb):
        return None  # "she appeared on television", "they appeared together": a presence
    cue_end = g1
    # "said in a statement": the artefact joins the cue (PolNeAR marks it so more often than not)
    artefact = _artefact_end(ctx, g1, b)
    if artefact:
        cue_end = artefact
    elif g1 < b and ctx.toks[g1].low in ctx.w.weekday:
        cue_end = g1 + 1  # "said Tuesday" (but not "said on Tuesday")
        if cue_end < b and ctx.toks[cue_end].low in ctx.w.day_part:
            cue_end += 1  # "said Monday night"
    cue = _span(ctx, g0, cue_end)
    frames = verb.frames
    # "As Smith noted, C" / "C, as Smith put it": the content is the clause around
    as_clause = _as_clause(ctx, g0, cue_end, a, b)
    if as_clause is not None:
        content, source = as_clause
        cue = _span(ctx, g0, _cue_it(ctx, cue_end, b))
        return Found(cue, verb.lemma, certainty, verb.polarity, content, source)
    # 0. 'Said Ellis: "C"', 'Said Mr. Ortiz, a neighbour, "C"': a fronted verb of saying
    if (
        i == a
        and g0 == a
        and vf.tag in ("past", "3sg")
        and "post" in frames
        and not joined
        and g1 < b
        and ctx.toks[g1].is_cap
    ):
        m = g1 + 1  # the source runs to the comma or colon before the quotation
        while m + 1 < b and m - g1 < 30 and ctx.quote_of[m] < 0:
            q = ctx.quote_of[m + 1]
            if ctx.toks[m].low in (":", ",") and q >= 0 and ctx.quote_toks[q][0] == m + 1:
                content = _content_from(ctx, m + 1, b)
                return Found(cue, verb.lemma, certainty, verb.polarity, content, _span(ctx, g1, m))
            m += 1
    # 1. the cue stands after its content: "C," X said. / "C," said X. / C, X said.
    if "post" in frames and not joined:
        post = _postposed(ctx, g0, g1, a, b, verb, vf.tag)
        if post is not None:
            content, source = post
            return Found(cue, verb.lemma, certainty, verb.polarity, content, source)
    elif vf.tag in ("past", "3sg") and (not joined or ctx.toks[g1 - 1].low in ctx.w.particle):
        # '"C," Smith charged.', '"C," she pointed out.': after a quotation that ends with a
        # comma, "?" or "!", any verb of the lexicon tags it
        post = _postposed(ctx, g0, g1, a, b, verb, vf.tag, quoted=True)
        if post is not None:
            content, source = post
            return Found(cue, verb.lemma, certainty, verb.polarity, content, source)
    # 2. the cue stands before its content: X said C
    ok, source = _subject(ctx, g0, a, vf)
    if not ok:
        return None
    if g0 - 2 >= a and ctx.toks[g0 - 1].low == "you" and _question_to_reader(ctx, g0 - 2, a, b):
        return None  # "Do you support the plan?": the writer asks the reader; nobody holds C
    if (
        source is None
        and vf.tag in ("past", "part")
        and g1 + 1 < b
        and ctx.toks[g1].low == "by"
        and not (g0 > a and ctx.toks[g0 - 1].low == "as")  # "as shown by": a comparison
    ):
        # "when asked by a reporter whether ...", "Asked by Stephanopoulos to respond": the
        # agent of the reduced passive is the source
        agent = _np_right(ctx, g1 + 1, b, apposition=False)
        if agent is not None:
            ends = (m for m in range(*agent) if ctx.toks[m].low in ctx.w.wh | {"to"})
            e = next(ends, agent[1])
            if e > agent[0]:
                source = _span(ctx, agent[0], e)
                g1 = e
    if (
        source is not None
        and "np" not in verb.frames
        and "clause" in verb.frames
        and _document_source(ctx, source)
    ):
        # "A poll released Wednesday found Clinton leading", "One 2009 paper found
        # improvements": a document finds what it reports, a noun phrase included
        verb = verb.replace(frames=verb.frames | {"np"})
    after = _content_after(ctx, g1, b, verb, joined)
    if after is None:
        return None
    content, colon_end = after
    if colon_end is not None:
        cue = (cue[0], colon_end)
    left = g0 - 1
    if (
        source
        and left - 1 >= a
        and ctx.toks[left].low in ctx.w.relative
        and ctx.toks[left].low != "that"
        and (ctx.toks[left - 1].low == "," or _closes_at_comma(ctx, g1, b))
    ) or _fronted(ctx, g0, a):
        # "X, who has endorsed Clinton, said ..." / "While X has pledged to C, Y said ..."
        content = _cut_at_comma(ctx, content)
    if verb.raising and source and vf.tag != "ing":
        # "Clinton seemed to gain ground": the writer's reading of Clinton, not Clinton's;
        # "it appears that C": "it" stands for nothing
        if ctx.text[source[0] : source[1]].lower() != "it" or ctx.toks[g1].low != "that":
            content = [source, *content]
        source = None
    f = Found(cue, verb.lemma, certainty, verb.polarity, content, source if source else None)
    if vf.tag == "ing" and left >= a and _joined_participle(ctx, left, a):
        left -= 1  # "..., while emphasizing C", "... - only saying C"
    f.participle = left >= a and (
        (vf.tag == "ing" and (ctx.toks[left].low in _DASH_OR_COMMA or _closes_quote(ctx, left)))
        or (ctx.toks[left].low in ctx.w.coordinator and source is None)
    )
    return f


def _place_after(ctx: _Ctx, k: int, b: int, verb: CueVerb) -> bool:
    """Does a place or a company follow the raising verb at ``k`` ("appeared on television",
    "appeared together", "appeared as his adviser"), so that the verb says where someone is
    seen, not how something looks ("appeared ready", "appeared as if it would")?"""
    w = ctx.toks[k].low
    if w == "as":  # (not "seemed as if", "seem as eager as")
        nxt = ctx.toks[k + 1] if k + 1 < b else None
        return nxt is not None and (nxt.is_cap or nxt.low in ctx.det or nxt.low in ctx.poss)
    return w == "together" or (w in ctx.prep and w != "to" and w not in verb.preps)


def _question_to_reader(ctx: _Ctx, k: int, a: int, b: int) -> bool:
    """Is the sentence ``a``..``b``, with the auxiliary at ``k`` before "you", a question the
    writer puts to the reader ("Do you support the plan?", "What do you think of it?"), not one
    an interviewer puts in a transcript ("Q: Do you think ...?", "HOST: Will you run?")?"""
    toks = ctx.toks
    if toks[b - 1].low != "?" or not (toks[k].low in ctx.aux or toks[k].low in ctx.modal):
        return False
    first = toks[0].text
    if first[:1] == "Q" and (len(first) == 1 or first[1:2].isupper()):
        return False  # "Q: ...", "QIf ...": a question of an interview
    return not any(toks[m].low == ":" for m in range(1, min(k, 5)))  # "TAPPER: ..."


def _controlled_to(ctx: _Ctx, g0: int, a: int) -> bool:
    """Does "to" stand before the verb group at ``g0``, after a noun phrase that is the object
    of a verb of causing or letting ("led some allies to worry", "prompted NATO to order",
    "forcing candidates to address")? That object is the subject of the to-clause."""
    toks = ctx.toks
    if g0 - 2 < a or toks[g0 - 1].low != "to" or ctx.quote_of[g0 - 1] >= 0:
        return False
    np = _np_left(ctx, g0 - 1, a)
    return np is not None and np[0] - 1 >= a and toks[np[0] - 1].low in ctx.w.object_control


def _joined_participle(ctx: _Ctx, left: int, a: int) -> bool:
    """Does token ``left``, just before an -ing cue, join it to the main clause after a comma or
    a dash ("..., while emphasizing C", "... - only saying C")?"""
    w = ctx.toks[left].low
    before = ctx.toks[left - 1].low if left - 1 >= a else ""
    return (w in ctx.w.clause_joiner or w in ctx.adv) and (before == "," or before in _DASHES)


def _document_source(ctx: _Ctx, source: tuple[int, int]) -> bool:
    """Is the source a document ("a poll from Marquette", "One 2009 paper", "FEC reports")?
    Its head is the last word before a preposition or a participle, or its last word."""
    words = ctx.text[source[0] : source[1]].lower().replace(",", " ").split()[:12]
    head = ""
    for w in words:
        if w in ctx.prep or w.endswith("ed"):
            break
        head = w
    return bool(head) and (_document_noun(ctx, head) or _document_noun(ctx, head[:-1]))


def _closes_at_comma(ctx: _Ctx, j: int, b: int) -> bool:
    """Inside a relative clause ("a Republican who described himself as X, said ..."): does a
    comma after ``j`` lead to the main clause's verb group?"""
    toks = ctx.toks
    k = j
    while k + 1 < b and k - j < 40:  # a relative clause is short; reading stays linear
        if toks[k].low in (";", ":") or ctx.quote_of[k] >= 0:
            return False
        if toks[k].low == ",":
            w = toks[k + 1].low
            forms = ctx.lex.verb_forms.get(w, ())
            return w in ctx.aux or w in ctx.modal or any(f.tag in ("past", "3sg") for f in forms)
        k += 1
    return False


def _fronted(ctx: _Ctx, g0: int, a: int) -> bool:
    """Is the cue in a clause fronted before the main one: a sentence-initial participle
    ("Pointing to C, Walsh noted ...") or a subordinate clause ("While X pledged to C, ...")?"""
    toks = ctx.toks
    if g0 == a:
        return True
    if toks[a].low not in ctx.subord or toks[a].low == "that":
        return False
    return not any(toks[m].low == "," and ctx.quote_of[m] < 0 for m in range(a, g0))


def _cut_at_comma(ctx: _Ctx, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content inside a relative clause ends at the clause's closing comma."""
    if not content:
        return content
    s, e = content[0]
    text = ctx.text
    depth = 0
    for k in range(s, e):
        ch = text[k]
        if ch in '“"«':
            if ch == '"' and depth == 1 and text[k - 1] == "," and k + 1 < e:
                return [(s, k + 1)]  # 'After saying it was "too late," she left'
            depth ^= 1 if ch == '"' else 0
            if ch != '"':
                depth = 1
        elif ch in "”»":
            if depth == 1 and text[k - 1] == "," and k + 1 < e:
                return [(s, k + 1)]  # the quotation's comma closes the clause
            depth = 0
        elif ch == "," and depth == 0:
            if text[k - 1 : k].isdigit() and text[k + 1 : k + 2].isdigit():
                continue  # "2,400"
            return [(s, k)] if k > s else content
    return content


def _first_as(ctx: _Ctx, a: int, b: int) -> int:
    """The first token "as" of the sentence [a, b), or ``b`` (once per sentence: a look from
    each verb back to the sentence's start would make a long sentence quadratic)."""
    got = ctx.first_as.get(a)
    if got is None:
        toks = ctx.toks
        got = b
        for k in range(a, b):  # (a loop, not next() over a generator: twice as fast)
            if toks[k].low == "as":
                got = k
                break
        ctx.first_as[a] = got
    return got


def _as_clause(
    ctx: _Ctx, g0: int, g1: int, a: int, b: int
) -> tuple[list[tuple[int, int]], tuple[int, int] | None] | None:
    """'As Smith explained, three taxes were postponed' / 'Taxes rose, as Smith noted.'"""
    toks = ctx.toks
    if _first_as(ctx, a, b) >= g0:
        return None  # speed: no "as" before the verb in its sentence (most sentences)
    src = _np_left(ctx, g0, a)
    if src is None or src[0] - 1 < a or toks[src[0] - 1].low != "as":
        return None
    as_at = src[0] - 1
    j = g1
    if j < b and toks[j].low == "it":  # "as he put it"
        j += 1
    j = _skip_adjuncts(ctx, j, b)
    while j < b and (toks[j].low in ctx.adv or _ly_adverb(ctx, j)):
        j = _skip_adjuncts(ctx, j + 1, b)  # "As the Post reported just today, C"
    # fronted: at the sentence's start, after a conjunction ("And as ...", "Or, as ...")
    if all(toks[m].low in ctx.conj or toks[m].low == "," for m in range(max(a, as_at - 2), as_at)):
        if j >= b or toks[j].low not in (",", ":"):
            return None
        span = _clause_to_end(ctx, j + 1, b)  # fronted: the content follows the comma (or colon)
        return ([span], _span(ctx, *src)) if span else None
    if toks[as_at - 1].low == "," and (j >= b or toks[j].low in SENT_END or toks[j].low == ","):
        content = _content_before(ctx, as_at - 1, a)  # trailing: the content precedes
        if (
            content
            and j + 1 < b
            and toks[j].low == ","
            and len(content) == 1
            and not _has_verb(ctx, _tok_at(ctx, content[0][0]), as_at - 1)
        ):
            # "Just weeks ago, as X reported, Thor and Beck were discussing C": a fronted
            # phrase before the aside; the clause after it is the content too
            span = _clause_to_end(ctx, j + 1, b)
            if span:
                # a connective before the aside is no content ("However, as X has reported,
                # C", "And that, as X points out, is C"); the phrase after it is
                c0 = _tok_at(ctx, content[0][0])
                while c0 < as_at - 1 and toks[c0].low in ctx.conj:
                    c0 += 1
                if all(
                    toks[m].low in ctx.parenthetical
                    or toks[m].low in ctx.prep
                    or toks[m].low in ctx.subord  # "If, as I've suggested, C"
                    for m in range(c0, as_at - 1)
                ):
                    content = [span]  # (also "Of course")
                else:
                    content = [(toks[c0].start, content[0][1]), span]
        return (content, _span(ctx, *src)) if content else None
    return None


def _cue_it(ctx: _Ctx, g1: int, b: int) -> int:
    """'as he put it': "it" joins the cue."""
    return g1 + 1 if g1 < b and ctx.toks[g1].low == "it" else g1


def _subject(ctx: _Ctx, g0: int, a: int, vf: VerbForm) -> tuple[bool, tuple[int, int] | None]:
    """The source before the verb group: a noun phrase, a relative pronoun, the subject of a
    coordinated or participial verb. (True, None) when the verb has no source in the text (a
    fronted participle: "Asked whether ..."); (False, None) when it cannot attribute here."""
    toks = ctx.toks
    left = g0 - 1
    # a participle, or a group opening with one ("trying to underscore C")
    g = toks[g0]
    ing = vf.tag == "ing" or (g.low.endswith("ing") and len(g.low) > 4 and not g.is_cap)
    if g.low in ctx.aux_modal:
        ing = False  # "are vowing to C": a progressive has its subject before it
    if (
        left - 2 >= a
        and (toks[left].low in ctx.time or _year(toks[left].low))
        and toks[left - 1].low in ctx.w.time_preposition
        and (
            toks[left - 2].low in ctx.w.coordinator
            or (toks[left - 2].low in ctx.w.relative and toks[left - 2].low != "that")
        )
    ):
        # "... but on Tuesday wrote that": the coordinated verb's subject; "X, who in 2010
        # said C": the relative pronoun
        left -= 2
    if ing and left >= a and _floating_after_comma(ctx, left, a):
        return True, _span(ctx, left, left + 1)  # "They vied, each saying C": "each" says it
    if left >= a:
        lw = toks[left].low
        if (lw in ctx.w.relative and lw != "that") or (
            lw == "that" and left - 1 >= a and _np_token(ctx, left - 1)
        ):
            return True, _span(ctx, left, left + 1)
        if ing and _joined_participle(ctx, left, a):
            lw = ","  # "..., while emphasizing C" / "... - only saying C"
        if lw in ctx.w.coordinator and not ing:
            # "citizens, who make up most of them and see C": the relative clause's pronoun
            m = left - 1
            while m > a and left - m < 16 and toks[m].low not in _CLAUSE_OR_END:
                m -= 1
            if (
                m >= a
                and toks[m].low == ","
                and toks[m + 1].low in ("who", "which")
                and m + 2 < left
                and _verb_like(ctx, m + 2)
            ):
                return True, _span(ctx, m + 1, m + 2)
        if lw in ctx.w.coordinator or (lw in _DASH_OR_COMMA and ing):
            # "...and said C" / "..., saying C": the subject of the main clause
            ms = _main_subject(ctx, left, a)
            return True, (_span(ctx, *ms) if ms is not None else None)
    np = _np_left(ctx, g0, a)
    if (
        np is not None
        and ing
        and np[1] - np[0] == 1
        and not toks[np[0]].is_cap
        and np[0] - 1 >= a
        and (toks[np[0] - 1].low in ctx.neg or toks[np[0] - 1].low in ctx.modal)
    ):
        # "they could not resist pointing out C": "resist" is a verb; its subject is the cue's
        np = _np_left(ctx, _auxiliaries_left(ctx, np[0], a), a)
    if (
        np is not None
        and ing
        and np[0] - 1 >= a
        and _verb_like(ctx, np[0] - 1)
        and toks[np[0]].low not in ctx.subj  # (a subject pronoun is no object)
        and toks[np[0] - 1].low not in ctx.w.causative  # "left many nations feeling that C"
    ):
        # "filed legal papers opposing C", "sent a letter urging C": the noun phrase is the
        # object of the clause's verb; who urges is the clause's subject
        ms = _main_subject(ctx, np[0], a)
        return True, (_span(ctx, *ms) if ms is not None else None)
    if np is not None and not ing:
        np = _modified_subject(ctx, np, a)
    if np is None and not ing and left >= a and _verb_like(ctx, left):
        np = _relative_subject(ctx, g0, a)  # "a man who did not want to be named said"
    if np is not None:
        return True, _span(ctx, *np)
    if ing and (
        g0 == a
        or (left >= a and toks[left].low in ctx.w.gerund_preposition)
        or _fronted_gerund(ctx, g0, a)  # "In describing the plan, the pope ..."
    ):
        # "Conceding that C, he said ...", "After thanking the crowd, he ...", "Trump rallied
        # voters by promising C": who does it is the subject of the main clause
        b = ctx.sent_bounds[ctx.sent_of[g0]][1]
        ms = _main_subject_from(ctx, a, b)
        if ms is not None and ms[0] > g0:
            return True, _span(ctx, *ms)
        if ms is not None and left >= a and ms[1] == left and toks[left].low in ("after", "before"):
            # "Eight years after backing X, Cuban said": a measure of time, not the subject;
            # the subject follows the fronted phrase's comma
            c = g0 + 1
            while c < b and c - g0 < _NP_SCAN and toks[c].low != ",":
                c += 1
            ms = _main_subject_from(ctx, c + 1, b) if c + 1 < b else None
            return True, (_span(ctx, *ms) if ms is not None else None)
        if ms is not None and left >= a and ms[1] <= left:
            return True, _span(ctx, *ms)
        return True, None
    if vf.tag == "ing" or (vf.tag in ("past", "part") and g0 == a):
        return True, None  # "Asked whether ...", "Speaking to reporters, ..."
    if left >= a and toks[left].low in ctx.w.temporal_subordinator:
        return True, None  # "when asked about it"
    return False, None


# --------------------------------------------------------------------------------------------
# postposed cues


def _postposed(
    ctx: _Ctx, g0: int, g1: int, a: int, b: int, verb: CueVerb, tag: str, quoted: bool = False
) -> tuple[list[tuple[int, int]], tuple[int, int] | None] | None:
    """'"C," X said.' / '"C," said X.' / 'C, X said.': content before, source around the cue.
    ``quoted``: only a quotation ending in a comma, "?" or "!" may be the content."""
    toks = ctx.toks
    prev = g0 - 1
    if quoted:
        k = prev if prev >= a else a - 1
        if not (k >= 0 and _quote_ends_clause(ctx, k)):
            # (speed: a quotation closes shortly before, or there is nothing to look for)
            if all(ctx.quote_of[m] < 0 for m in range(max(a - 1, g0 - 12, 0), g0)):
                return None
            src = _np_left(ctx, g0, a)
            if src is None:
                return None
            k = src[0] - 1
        if not (k >= 0 and _whole_quote_before(ctx, k, a)):
            return None
    # inverted: the cue follows a comma or a closing quotation directly ('"C," said Smith')
    # a verb that takes a recipient ("warned residents") only right after a quotation, and only
    # when its noun phrase ends the sentence: '"C," warned the ministry.'
    takes_rcp = "rcp" in verb.frames
    if (
        tag != "ing"
        and prev >= a
        and (_closes_quote(ctx, prev) or (toks[prev].low == "," and not takes_rcp and not quoted))
        # an inverted cue is a bare verb: not "C, did not show up", "C, not declare X", "X,
        # plans to demand Y"
        and not any(
            toks[m].low in ctx.aux_modal or toks[m].low in ctx.neg or toks[m].low == "to"
            for m in range(g0, g1)
        )
    ):
        np = _np_right(ctx, g1, b)
        if np is not None and toks[np[0]].low in ctx.subj and np[1] - np[0] > 1:
            np = None  # '"C," he said' is not inverted; "said he would" is a clause
        if (
            np is not None
            and np[1] - np[0] == 1
            and (
                _ly_adverb(ctx, np[0])
                or toks[np[0]].low in ctx.adv
                or toks[np[0]].low in ctx.w.hedge
            )
        ):
            np = None  # '"C," Smith, in a hat, said matter-of-factly': a manner, not a source
        if np is not None and all(toks[m].low in ctx.time for m in range(*np)):
            np = None  # '"C," the leader, R-Ky., said Tuesday': a time, not a source
        if np is not None and toks[np[0]].low in ctx.w.object_only:
            np = None  # "X, whom he called a bully, said nothing new": an object
        # a common noun (not a name, not a pronoun: "said he decided on") may be followed by
        # a reduced relative clause ("said one official involved in": see below)
        reduced = np is not None and not toks[np[0]].is_cap and toks[np[0]].low not in ctx.subj
        if (
            reduced
            and np is not None
            and np[1] - np[0] > 1
            and _reduced_relative(ctx, np[1] - 1, b)
        ):
            np = (np[0], np[1] - 1)
        if (
            np is not None
            and np[1] - np[0] > 1
            and _verb_like(ctx, np[1] - 1)
            # "familiar with the talks": a noun after a determiner inside the phrase; right
            # after a quotation, the phrase itself may be one ('"C," said the report.')
            and not (
                (np[1] - 2 > np[0] or (np[1] - 2 == np[0] and _closes_quote(ctx, prev)))
                and toks[np[1] - 2].low in ctx.det
            )
        ):
            np = None  # 'X, who called it "a disgrace," said the plan failed': a clause
        if np is not None and any(
            toks[m - 1].is_cap
            and toks[m - 1].low != "i"
            and not toks[m].is_cap
            and (toks[m].low in ctx.verbs or toks[m].low.endswith("ed"))
            for m in range(np[0] + 1, np[1])
        ):
            np = None  # 'X, who served until May, said Clinton reached out': a clause
        own_clause = False
        if (
            np is not None
            and np[1] < b
            and (toks[np[1]].low in ("who", "whose") or (reduced and toks[np[1]].low == "that"))
        ):  # (and '"C," said the owner of a shop that sells shoes.')
            # '"C," said a GOP data expert who has worked for a rival.': the relative clause
            # is the source's
            r = _source_relative_end(ctx, np[1] + 1, b)
            if r is not None:
                if not _has_cue(ctx, np[1] + 1, r):
                    np = (np[0], r)
                else:
                    # '"C," said an official who oversaw X and described it': a cue of its
                    # own in the relative clause; the source is the head before "who"
                    own_clause = True
        elif reduced and np is not None and _reduced_relative(ctx, np[1], b):
            # '"C," said one official involved in the talks.', '... familiar with the plan':
            # a participle or an adjective with its preposition belongs to the source
            r = _source_relative_end(ctx, np[1] + 1, b)
            if r is not None:
                np = (np[0], r)
        if np is not None:
            j = np[1] if own_clause else _tail_end(ctx, np[1], b)
            # after a question ('"Why?" asked Bennett, a host') a recipient is not read
            asks = takes_rcp and _closes_quote(ctx, prev) and ctx.text[toks[prev].start - 1] == "?"
            if (
                j >= b
                or own_clause
                or toks[j].low in SENT_END
                or toks[j].low == ")"  # ('("C," wrote one member)': the parenthesis closes it)
                or ((not takes_rcp or asks) and toks[j].low in (",", ":"))
            ):
                content = _content_before(ctx, prev, a)
                if content and toks[prev].low == "," and _apposition_only(ctx, content[0][0], prev):
                    content = []  # "Maria Lopez, an aid worker, said C": no clause before
                if content:
                    if j < b and toks[j].low in (",", ":"):
                        content += _quote_after(ctx, j + 1, b)
                    return content, _span(ctx, *np)
    # normal order after a comma or a closing quote: '"C," X said.' / 'C, X said.'
    src = _np_left(ctx, g0, a)
    if src is None:
        return None
    before = src[0] - 1
    if before < a and not (src[0] == a and _quote_ends_before(ctx, a)):
        return None
    if before >= a and not (toks[before].low == "," or _closes_quote(ctx, before)):
        return None
    # the verb must end its clause: a recipient ("told reporters") and adjuncts may follow
    j = g1
    if "rcp" in verb.frames:
        rcp = _np_right(ctx, j, b, apposition=False)
        if rcp is not None:
            j = rcp[1]
    j0 = j
    j = _tail_end(ctx, j, b)
    if j < b and toks[j].low == ":":
        if not _has_verb_reading(ctx, j0, j):
            return None  # "He added: ..." introduces what follows
        b = j  # '"C," X said before adding: "D"': the colon is the later verb's
    if (
        j < b
        and toks[j].low not in SENT_END
        and toks[j].low not in (",", ";", ")")
        and not (toks[j].low in _DASHES and toks[before].low in _DASHES | QUOTE_MARKS)
        and not (toks[j].low == "and" and _closes_quote(ctx, before))  # '"C," she said and left'
    ):
        return None  # (a dash may close it: 'X was unimpressed - "C," Y said - but ...')
    content = _content_before(ctx, before, a) if before >= a else _previous_quote(ctx, a)
    if not content:
        return None
    if (
        len(content) == 1
        and j > g1
        and (j0 > g1 or toks[g1].low not in ctx.time)  # (not "announced Monday morning")
        and before >= a
        and toks[before].low == ","
        and _fronted_clause(ctx, content[0][0], content[0][1])
    ):
        # 'After the court refused, Schuette asked the Supreme Court for action': a fronted
        # phrase is no content when the verb has its own words after it
        return None
    if j < b and toks[j].low in (",", ":"):
        after = _quote_after(ctx, j + 1, b)
        if after and before >= a and _fronted_participle(ctx, a, before):
            return None  # 'Asked whether ..., Priebus said, "Probably."': the quote is all
        if (
            after
            and before >= a
            and toks[before].low == ","
            and len(content) == 1
            and _fronted_clause(ctx, content[0][0], content[0][1])
        ):
            # 'In a statement, he said, "C"', 'After X accused him, he warned, "C"': a fronted
            # phrase or clause is no content when a quotation follows (PolNeAR keeps a clause
            # more often than a phrase; left out, the cues inside it stand on their own)
            return None
        if after and before >= a and _only_a_name(ctx, a, before):
            return None  # 'Joe Smith, head of X stated, "..."': the name is the source's
        if (
            not after
            and toks[j].low == ","
            and before >= a
            and j + 1 < b
            and not ctx.lex.verb_forms.get(toks[j + 1].low)  # not ", adding that D"
            and (
                _bare_clause(ctx, j + 1, b)
                or toks[j + 1].low in ctx.aux
                or toks[j + 1].low in ctx.modal
                or _predicate_after_conj(ctx, j + 1, b)  # "C, the airline added, and had D"
            )
        ):
            # 'In particular, he said, the foundation had X': the clause after the parenthesis
            # is said too; a phrase before it with no verb ("In particular", "And yet") is not
            rest = _content_from(ctx, j + 1, b)
            if rest:
                if not _has_verb(ctx, a, before):
                    return rest, _span(ctx, *src)
                after = rest
        content += after
    return content, _span(ctx, *src)


def _source_relative_end(ctx: _Ctx, k: int, b: int) -> int | None:
    """Where a relative clause of an inverted source, starting at token ``k``, ends: at the
    sentence's end or at a comma within 25 tokens (a clause, not the rest of a long sentence),
    and holding no quotation; else None."""
    lim = min(b, k + 25)
    r = _tail_relative_end(ctx, k, lim)
    return r if r is not None and (r < lim or r == b) else None


def _reduced_relative(ctx: _Ctx, k: int, b: int) -> bool:
    """Does a reduced relative clause start at token ``k``: a participle or a postnominal
    adjective and its preposition ("involved in", "familiar with", "speaking on")?"""
    toks = ctx.toks
    if k + 1 >= b or toks[k].is_cap:
        return False
    w = toks[k].low
    if w in ctx.w.naming_participle and toks[k + 1].low == "as":
        return True  # "the base chief known as Bob"
    if toks[k + 1].low not in ctx.prep:
        return False
    if w in ctx.w.postnominal_adjective:
        return True  # "close to the campaign"
    # not a verb and its infinitive ("decided to", "planned to")
    return len(w) > 4 and w.endswith(("ed", "ing")) and toks[k + 1].low != "to"


def _has_verb_reading(ctx: _Ctx, k: int, e: int) -> bool:
    """Is there a cue verb read as a verb among tokens [k, e) ("before adding"), looking at
    most 12 tokens on (as :func:`_has_cue` does: reading stays linear)?"""
    toks = ctx.toks
    for m in range(k, min(e, k + 12)):
        forms = ctx.lex.verb_forms.get(toks[m].low)
        if forms and _verb_reading(ctx, m, k, forms) is not None:
            return True
    return False


def _has_verb(ctx: _Ctx, k: int, e: int) -> bool:
    """Is there a verb among tokens [k, e) (an auxiliary, a modal or a verb form)?"""
    toks = ctx.toks
    return any(toks[m].low in ctx.aux_modal or _verb_like(ctx, m) for m in range(k, e))


def _only_a_name(ctx: _Ctx, a: int, k: int) -> bool:
    """Is the clause before token ``k`` (from the sentence's start) a name and nothing else?"""
    return 0 < k - a <= 4 and all(ctx.toks[m].is_cap for m in range(a, k))


def _apposition_only(ctx: _Ctx, start: int, k: int) -> bool:
    """Are the tokens from offset ``start`` up to token ``k`` a noun phrase and an apposition
    ("Maria Lopez, an aid worker"): a comma, and no verb or quotation (no clause)?"""
    toks = ctx.toks
    comma = False
    m = k - 1
    a = ctx.sent_bounds[ctx.sent_of[k]][0]
    while m >= 0 and toks[m].start >= start:
        t = toks[m]
        if ctx.quote_of[m] >= 0 or t.low in ctx.aux_modal:
            return False
        if _verb_like(ctx, m) and not (m > a and _nominal(ctx, m, a)):
            return False  # (but "the German state" is a noun)
        comma = comma or t.low == ","
        m -= 1
    return comma


def _fronted_participle(ctx: _Ctx, a: int, k: int) -> bool:
    """Does the sentence open with a participle clause ending at ``k`` ("Asked whether he
    would, ...", "When asked about it, ...", "Speaking to reporters, ...")?"""
    toks = ctx.toks
    s = a + 1 if toks[a].low in ctx.w.temporal_subordinator else a
    if s >= k or ctx.quote_of[s] >= 0:
        return False
    forms = ctx.lex.verb_forms.get(toks[s].low, ())
    return any(f.tag in ("part", "ing") for f in forms)


def _tail_end(ctx: _Ctx, j: int, b: int) -> int:
    """After a postposed cue and its source: skip what ends the sentence without being content —
    adjuncts ("on Monday", "in a statement", "in response to a question from a reporter") and
    "of X" ('"...," he said of the course'). Returns where that tail stops."""
    toks = ctx.toks
    j = _skip_adjuncts(ctx, j, b)
    if j >= b or toks[j].low in SENT_END or toks[j].low in (",", ":", ";"):
        return j
    if _figure_start(ctx, j, b):
        return j  # "said the army rescued at least 27 people": a figure, not an adjunct
    k = j + 1 if (toks[j].low in ctx.adv or _ly_adverb(ctx, j)) and j + 1 < b else j
    if toks[k].low in ctx.w.temporal_subordinator:
        # '"...," he said after the prosecutor read the facts': a clause of time closes it
        r = _tail_relative_end(ctx, k + 1, b)
        if r is not None:
            return r
    if toks[j].low in ctx.prep or toks[j].low in ctx.time or toks[j].low in ctx.adv:
        k = j
        while k < b and toks[k].low not in SENT_END and toks[k].low not in (",", ";", ":"):
            w = toks[k].low
            if ctx.quote_of[k] >= 0:
                q1 = ctx.quotes[ctx.quote_of[k]][1]
                if not (k > j and _title_quote(ctx, k)) and (
                    k == j or toks[k - 1].low in (",", ":") or q1 >= toks[b - 1].end
                ):
                    return j
                # a title after a preposition ('said in an interview on "New Day."') or
                # a short quotation inside the adjunct ('said after a brief "sorry" to him')
                while k < b and toks[k].start < q1:
                    k += 1
                continue
            if k > j and (
                (w == "that" and _np_token(ctx, k - 1) and toks[k - 1].low not in ctx.prep)
                or (w in ctx.w.tail_relative and toks[k - 1].low not in (",", ";", ":"))
            ):
                # "of a list that included ...": a relative clause of the adjunct's noun;
                # "at a debate about what has become X", "to voters who packed the hall"
                r = _tail_relative_end(ctx, k + 1, b)
                if r is None:
                    return j
                k = r
                continue
            if w in ctx.w.temporal_subordinator and w not in ("as", "if") and k > j:
                r = _tail_relative_end(ctx, k + 1, b)  # "in a speech shortly after she left"
                if r is None:
                    return j
                k = r
                continue
            if w == "'s" and _np_token(ctx, k):
                k += 1  # 'said of Monday's episode': a possessive, not "is"
                continue
            if w in ("that", "whether") or w in ctx.aux:
                return j
            if (
                ctx.lex.verb_forms.get(w)
                and not _inside_adjunct(ctx, k, j)
                and _verb_reading(ctx, k, j, ctx.lex.verb_forms[w])
            ):
                return j
            k += 1
        return k
    return j


def _inside_adjunct(ctx: _Ctx, k: int, j: int) -> bool:
    """Is the verb form at ``k`` an infinitive or a gerund inside the adjunct that starts at
    ``j`` ("said about McCain's effort to downplay it", "said about finally speaking out"),
    not the verb of a clause of its own?"""
    toks = ctx.toks
    p = k - 1
    if p > j and (toks[p].low in ctx.adv or _ly_adverb(ctx, p)):
        p -= 1
    if p < j:
        return False
    w = toks[k].low
    return toks[p].low == "to" or (w.endswith("ing") and toks[p].low in ctx.prep)


def _tail_relative_end(ctx: _Ctx, k: int, b: int) -> int | None:
    """Where a relative clause inside a postposed cue's tail ends: at the sentence's end, a
    comma, a semicolon or a colon (it takes no quotation and no further cue)."""
    toks = ctx.toks
    while k < b and toks[k].low not in SENT_END and toks[k].low not in (",", ";", ":"):
        if ctx.quote_of[k] >= 0:
            return None  # the tail is not only an adjunct
        k += 1
    return k


def _quote_ends_before(ctx: _Ctx, a: int) -> bool:
    """Does the previous sentence end with a closing quotation ('"...?" Smith asked')?"""
    return a > 0 and _closes_quote(ctx, a - 1)


def _previous_quote(ctx: _Ctx, a: int) -> list[tuple[int, int]]:
    q = ctx.quote_of[a - 1]
    return [ctx.quotes[q]] if q >= 0 else []


def _quote_ends_clause(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` the closing mark of a quotation that ends with a comma, a question or an
    exclamation mark inside it ('"C," reports Reuters'): what follows is its cue, not a noun?"""
    return _closes_quote(ctx, k) and ctx.text[ctx.toks[k].start - 1 : ctx.toks[k].start] in ",?!"


_QUOTE_MARKS_OR_APOSTROPHE = QUOTE_MARKS | {"’"}


def _whole_quote_before(ctx: _Ctx, k: int, a: int) -> bool:
    """Is token ``k`` the closing mark of a quotation that ends with a comma, "?" or "!" and
    that makes up the whole clause before it ('"C," Smith charged.', not 'X said he would "do
    it," the crowd cheered')?"""
    if not _quote_ends_clause(ctx, k):
        return False
    qa = ctx.quote_toks[ctx.quote_of[k]][0]
    return qa <= a or _clause_start(ctx, qa, a) == qa


def _closes_quote(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` the closing mark of a quotation?"""
    q = ctx.quote_of[k]
    return (
        q >= 0
        and ctx.quote_toks[q][1] - 1 == k
        and ctx.quote_toks[q][0] != k
        and ctx.toks[k].text in _QUOTE_MARKS_OR_APOSTROPHE
    )


def _content_before(ctx: _Ctx, k: int, a: int) -> list[tuple[int, int]]:
    """Content ending at token ``k`` (a comma or a closing quotation), from its clause start."""
    toks = ctx.toks
    end_tok = k - 1 if toks[k].low == "," else k
    if end_tok < a:
        return []
    q = ctx.quote_of[end_tok]
    if q >= 0 and _closes_quote(ctx, end_tok):
        qs, _ = ctx.quotes[q]
        qa, _ = ctx.quote_toks[q]
        if qa <= a:  # the quotation began at or before the sentence's start
            return [(qs, toks[end_tok].end)]
        s = _clause_start(ctx, qa, a)
        return [(toks[s].start, toks[end_tok].end)]
    s = _skip_frame(ctx, _clause_start(ctx, end_tok, a), end_tok)
    if s > end_tok:
        return []
    q0 = ctx.quote_of[s]
    if q0 >= 0 and ctx.quote_toks[q0][0] < s:  # inside a quotation that began earlier
        return [(ctx.quotes[q0][0], toks[end_tok].end)]
    return [(toks[s].start, toks[end_tok].end)]


def _clause_start(ctx: _Ctx, k: int, a: int) -> int:
    """Where the content ending at ``k`` starts: the sentence's start, or after a colon,
    semicolon or dash outside quotations, or after a parenthesis still open at ``k`` ('(X
    wrote "C," Y said)')."""
    got = ctx.clause_marks.get(a)
    if got is None:
        got = ctx.clause_marks[a] = _clause_starts(ctx, a)
    marks, starts = got
    return starts[bisect.bisect_right(marks, k)]


def _clause_starts(ctx: _Ctx, a: int) -> tuple[list[int], list[int]]:
    """Once per sentence starting at token ``a``: where its clause marks stand (outside
    quotations), and where a clause starts after each: ``starts[n]`` for a token after the
    first ``n`` marks. A parenthesis closed before it is passed over, so the clause is the one
    that was open at its "(" (one pass with a stack: reading stays linear)."""
    toks = ctx.toks
    b = ctx.sent_bounds[ctx.sent_of[a]][1] if a < len(toks) else a
    marks = [
        m
        for m in range(a, b)
        if ctx.quote_of[m] < 0 and (toks[m].low in _CLAUSE_MARKS or toks[m].low in _DASHES)
    ]
    starts = [a]
    opened: list[int] = []  # the clause start before each "(" still open
    for m in marks:
        w = toks[m].low
        if w == "(":
            opened.append(starts[-1])
            starts.append(m + 1)
        elif w == ")":
            starts.append(opened.pop() if opened else a)
        else:
            starts.append(m + 1)
    return marks, starts


_CLAUSE_MARKS = frozenset({":", ";", "(", ")"})


def _skip_frame(ctx: _Ctx, s: int, end: int) -> int:
    """Skip a frame that is not content: "It comes as", "This came after"."""
    toks = ctx.toks
    if s + 2 <= end and toks[s].low in ctx.w.frame_subject and toks[s + 1].low in ctx.w.frame_verb:
        k = s + 2
        while k <= end and toks[k].low in ctx.w.frame_link:
            k += 1
        if k > s + 2:
            return k
    return s


def _quote_after(ctx: _Ctx, j: int, b: int) -> list[tuple[int, int]]:
    """'"A," he said, "B."': a quotation right after the cue continues the content."""
    if j < b and ctx.quote_of[j] >= 0 and ctx.quote_toks[ctx.quote_of[j]][0] == j:
        return [ctx.quotes[ctx.quote_of[j]]]
    return []


# --------------------------------------------------------------------------------------------
# content after the cue


def _title_quote(ctx: _Ctx, k: int) -> bool:
    """Does a short quotation open at token ``k`` right after a preposition — a title, not
    content ('in an interview on "Meet the Press"', 'in a column for "The Hill"')?"""
    q = ctx.quote_of[k]
    if q < 0 or k == 0 or ctx.quote_toks[q][0] != k:
        return False
    p = ctx.toks[k - 1].low
    if p not in ctx.prep and p != "'s":  # (and 'on ABC's "This Week"': curly "’s" is "'s")
        return False
    qs, qe = ctx.quote_toks[q]
    return qe - qs <= 10


_END_OR_LINK = SENT_END | {",", ":", ";", "that"}


def _skip_adjuncts(ctx: _Ctx, j: int, b: int) -> int:
    """Skip what stands between a cue and its content and belongs to neither: "on Monday",
    "in a statement", "last week", "Thursday" — when it ends at a comma, a colon, "that",
    a quotation or the sentence's end."""
    toks = ctx.toks
    k = j
    while k < b:
        w = toks[k].low
        if w == "," and k == j:
            # 'cautioned, as did the campaign, that C': an aside between commas before "that"
            m = k + 1
            while m < b and m - k < 10 and toks[m].low not in _CLAUSE_OR_END:
                if ctx.quote_of[m] >= 0:
                    break
                m += 1
            if m + 1 < b and m > k + 1 and toks[m].low == "," and toks[m + 1].low == "that":
                k = m + 1
                continue
            if (
                m + 1 < b
                and m > k + 1
                and toks[m].low == ","
                and ctx.quote_of[m + 1] >= 0
                and ctx.quote_toks[ctx.quote_of[m + 1]][0] == m + 1
                and not any(
                    _verb_like(ctx, x) or toks[x].low in ctx.w.participle_cue
                    for x in range(k + 1, m)
                )
            ):
                # 'acknowledged, however, "C"': an aside without a verb (not 'said, adding,
                # "C"', where the quote is the participle's), then a comma and the quote
                return m
            break
        if w in _DASHES and k == j:
            # 'said — on Twitter, as it happens — that ...': an aside between dashes
            m = k + 1
            while m < b and m - k < 16 and toks[m].low not in _DASHES:
                if ctx.quote_of[m] >= 0 or toks[m].low in SENT_END:
                    break
                m += 1
            if m < b and m - k < 16 and toks[m].low in _DASHES and m > k + 1:
                k = m + 1
                continue
            break
        if (
            k + 1 < b
            and _ly_adverb(ctx, k)
            and (toks[k + 1].low in (":", "that") or ctx.quote_of[k + 1] >= 0)
        ):
            k += 1  # 'added warily: "C"', "added hopefully that C": a manner adverb
            continue
        if w in ctx.w.time_preposition and k + 1 < b and toks[k + 1].low in ctx.time:
            m = k + 1
            while m < b and toks[m].low in ctx.time:
                m += 1
            if m >= b or toks[m].low != "'s":  # "at Monday's rally" reads on as one phrase
                k = m
                continue
        if _figure_start(ctx, k, b):
            break  # "said at least 27 people had left": a figure, not a place
        if w in ctx.time or w in ctx.w.adjunct_start:
            if (
                w in ctx.det
                and w not in ctx.time
                and k + 1 < b
                and toks[k + 1].low in ctx.aux_modal
                and not toks[k + 1].is_cap  # ("in May")
            ):
                break  # "say this is a rough patch": the subject of a clause, not "this week"
            if w in ctx.det and w not in ctx.time and k + 1 < b and toks[k + 1].low in ctx.det:
                break  # "calls this a false narrative": an object, not "this week"
            m = k + 1
            clause = -1  # where a clause without "that" may start ("said Thursday he would")
            while (
                m < b
                and m - k < 10
                and (ctx.quote_of[m] < 0 or _title_quote(ctx, m))
                and toks[m].low not in SENT_END
                and toks[m].low not in CLAUSE_PUNCT
                and (toks[m].low not in ctx.w.complementizer or _addressee_to(ctx, m, b))
                and toks[m].low not in ctx.w.wh
            ):
                if (
                    clause == -1
                    and (m > k + 1 or w in ctx.time)
                    and _clause_after_adjunct(ctx, m, b)
                ):
                    clause = m
                elif clause == -1 and (
                    toks[m].low in ctx.subord
                    or toks[m].low in ctx.conj
                    or toks[m].low in _DASHES
                    or _verb_like(ctx, m)
                ):
                    clause = -2  # "said Friday as he left", "appeared on TV and began": no
                if w not in ctx.time and w not in ctx.adv and toks[m].low in ctx.subj:
                    break
                if ctx.quote_of[m] >= 0:
                    m = ctx.quote_toks[ctx.quote_of[m]][1]  # 'in an interview on "New Day"'
                    continue
                m += 1
                place = _place_comma(ctx, m, b)
                if place:
                    m = place  # "at a stop in Toledo, Ohio, that C": a place and its state
            single = m == k + 1
            if w in ctx.w.temporal_subordinator and m < b and ctx.quote_of[m] >= 0:
                return k  # 'said after a brief "thank you" to X': read as a clause of time
            if clause >= 0 and (m >= b or toks[m].low in SENT_END or toks[m].low in ctx.subj):
                # the adjunct would run to the end of the sentence or stop at a pronoun: the
                # clause starts where it was seen ("said in a statement the plan had failed")
                return clause
            if (
                m < b
                and not single
                and toks[m].low not in _END_OR_LINK
                and toks[m].low not in ctx.w.wh
                and ctx.quote_of[m] < 0
            ):
                return clause if clause >= 0 else k
            if single and w not in ctx.time and w not in ctx.adv:
                return k
            k = m
            continue
        break
    return k


def _addressee_to(ctx: _Ctx, m: int, b: int) -> bool:
    """Is token ``m`` the "to" of an addressee inside an adjunct ("in a statement to reporters",
    "in an email to The Post"), not the start of a to-clause ("in 2011 to raise wages")?"""
    toks = ctx.toks
    if toks[m].low != "to" or m + 1 >= b or ctx.quote_of[m + 1] >= 0:
        return False
    n = toks[m + 1]
    if n.low in ctx.det or n.low in ctx.w.object_pronoun or n.is_cap:
        return n.low not in ctx.w.nonnoun_determiner  # (not "to all", "to some")
    return n.low.isalpha() and n.low.endswith("s") and not _verb_like(ctx, m + 1)


def _clause_after_adjunct(ctx: _Ctx, m: int, b: int) -> bool:
    """Does a clause without "that" start at token ``m``, inside what reads as an adjunct after a
    cue: a subject pronoun and a word ("he would"), or a determiner's noun phrase and a finite
    verb ("the plan had failed")?"""
    toks = ctx.toks
    w = toks[m].low
    if w in ctx.subj and w != "it":
        return m + 1 < b and toks[m + 1].low not in SENT_END and toks[m + 1].low not in CLAUSE_PUNCT
    return (
        w in ctx.det
        and w not in ctx.w.nonnoun_determiner
        and w not in ctx.w.number_word  # "in the past two years"
        and toks[m - 1].low not in ctx.prep  # "in an interview": the adjunct's own noun
        and _bare_clause(ctx, m, b)
    )


def _place_comma(ctx: _Ctx, m: int, b: int) -> int:
    """If token ``m`` is the comma of "Toledo, Ohio," (a place, its state and a comma), the
    token after the second comma; else 0."""
    toks = ctx.toks
    if not (m + 2 < b and toks[m].low == "," and toks[m - 1].is_cap and toks[m + 1].is_cap):
        return 0
    for n in (m + 2, m + 3):
        if n + 1 < b and toks[n].low == "," and all(toks[x].is_cap for x in range(m + 1, n)):
            return n + 1
    return 0


def _content_after(
    ctx: _Ctx, g1: int, b: int, verb: CueVerb, joined: bool
) -> tuple[list[tuple[int, int]], int | None] | None:
    """Content after the cue group ending at ``g1``: (content, the colon's end if the cue takes
    it) or None when nothing the verb's frames allow follows."""
    toks = ctx.toks
    frames = verb.frames
    if not joined and g1 + 1 < b and toks[g1].low in ctx.time and toks[g1 + 1].low in verb.preps:
        j = g1 + 1  # "Asked Tuesday about the emails": the time, then the joined preposition
    else:
        j = _skip_adjuncts(ctx, g1, b)
    cat = _follow(ctx, j, b)
    if (
        not joined
        and j < b
        and toks[j].low == "so"
        and ctx.quote_of[j] < 0
        and frames & {"that", "np"}
        and (
            j + 1 >= b
            or toks[j + 1].low in SENT_END
            or toks[j + 1].low in (",", ";")
            or _skip_adjuncts(ctx, j + 1, b) > j + 1  # "said so in December"
        )
    ):
        return [_span(ctx, j, j + 1)], None  # "He doesn't think so.": "so" stands for a clause
    if joined:
        if cat in (END, COMMA, OTHER):
            return None
        if cat == COLON:
            c = _colon_content(ctx, j, b)  # "X shot back: C"
            return (c, toks[j].end) if c is not None else None
        return _np_content_end(ctx, _cut_at_but(ctx, _content_from(ctx, j, b), j), j), None
    if cat in (PREP, TO) and toks[j].low in ("of", "to", "about") and frames & {"colon", "that"}:
        # 'said of the request: "..."', 'says to Nevadans: "..."', 'wrote to the senator's
        # office that ...', 'said about the movement, "..."': what it is said of or to whom,
        # then the content
        m = j + 1
        # (after "about", a "that" belongs to a noun: "see about a one-in-five chance that C")
        that_after = "that" in frames and toks[j].low != "about"
        while m < b and m - j < 12 and ctx.quote_of[m] < 0 and toks[m].low not in SENT_END:
            if toks[m].low == ":" and "colon" in frames:
                c = _colon_content(ctx, m, b)
                return (c, None) if c is not None else None
            if (
                toks[m].low == ","
                and m + 1 < b
                and ctx.quote_of[m + 1] >= 0
                and ctx.quote_toks[ctx.quote_of[m + 1]][0] == m + 1
                and frames & {"quote", "post"}
            ):
                c = _content_from(ctx, m + 1, b)
                return (c, None) if c else None
            if toks[m].low == "that" and that_after and m > j + 1:
                c = _content_from(ctx, m, b)
                return (c, None) if c else None
            if (
                toks[m].low in ctx.w.question_word
                and "wh" in frames
                and toks[j].low == "to"
                and m > j + 1
            ):
                c = _content_from(ctx, m, b)  # "explained to CBS why C": the addressee, then wh
                return (c, None) if c else None
            if toks[m].low in CLAUSE_PUNCT:
                break
            m += 1
    if not joined and verb.preps & ctx.w.topic_preposition:
        # "spoke to CNN about C", "talked openly on social media about C", "spoke at the White
        # House on Tuesday about C": an addressee, a manner, a place or a time, then the topic
        m = g1 + 1
        while (
            m < b
            and m - g1 < 10
            and ctx.quote_of[m] < 0
            and toks[m].low not in _CLAUSE_OR_END
            and toks[m].low not in ctx.w.complementizer
            and toks[m].low not in ctx.conj
            and toks[m].low not in ctx.subj
            and not _verb_like(ctx, m)
        ):
            if (
                toks[m].low in ctx.w.topic_preposition
                and toks[m].low in verb.preps
                and not _figure_start(ctx, m, b)
            ):
                c = _content_from(ctx, m, b)  # (PolNeAR keeps "about" in the content)
                return (_np_content_end(ctx, _cut_at_but(ctx, c, m), m), None) if c else None
            m += 1
    if (
        cat == COMMA
        and j + 2 < b
        and toks[j + 1].low in ctx.subord
        and toks[j + 1].low not in ("that", "as", "than")
        and "that" in frames
        and not joined
    ):
        # "She said, if elected, she would ask C": a conditional between commas, then the
        # clause; the content holds both
        m = j + 2
        while m < b and m - j < 12 and ctx.quote_of[m] < 0 and toks[m].low not in _CLAUSE_OR_END:
            m += 1
        if m + 1 < b and toks[m].low == "," and _bare_clause(ctx, m + 1, b):
            c = _content_from(ctx, j + 1, b)
            return (c, None) if c else None
    if cat == COMMA and j > g1 and not joined:
        # 'said on CNN, where he now works, that C', 'announced on Facebook, in capitals, "C"':
        # an adjunct, an aside between commas, then the content
        m = j + 1
        while m < b and m - j < 14 and ctx.quote_of[m] < 0 and toks[m].low not in _CLAUSE_OR_END:
            m += 1
        if m + 1 < b and m > j + 1 and toks[m].low == ",":
            n = m + 1
            if (toks[n].low == "that" and "that" in frames) or (
                ctx.quote_of[n] >= 0
                and ctx.quote_toks[ctx.quote_of[n]][0] == n
                and frames & {"quote", "colon", "post"}
            ):
                c = _content_from(ctx, n, b)
                return (c, None) if c else None
    # a verb that may follow its quotation ('"C," X noted') may also introduce it after a comma
    # or a colon ('X noted, "C"', 'X concluded: "C"')
    if cat == COLON and ("colon" in frames or "quote" in frames or "post" in frames):
        colon_end = toks[j].end if j == g1 else None
        c = _colon_content(ctx, j, b)
        return (c, colon_end) if c is not None else None
    if (
        cat == COMMA
        and j + 1 < b
        and ctx.quote_of[j + 1] >= 0
        and ("quote" in frames or "colon" in frames or "post" in frames)
    ):
        c = _content_from(ctx, j + 1, b)
        return (c, None) if c else None
    if (
        cat == COMMA
        and not joined
        and j > g1
        and frames & {"that", "clause"}
        and j + 2 < b
        and not _verb_like(ctx, j + 1)
        and toks[j + 1].low not in ctx.w.participle_cue  # (not "responded Friday, saying C")
        and _bare_clause(ctx, j + 1, b)
    ):
        # "said in an interview, Mr. Clinton looked at me": an adjunct, a comma, then a clause
        # without "that" (not right after the cue: '"C," he said, the latest sign that ...')
        c = _content_from(ctx, j + 1, b)
        return (c, None) if c else None
    if cat == QUOTE and ("quote" in frames or "np" in frames or "that" in frames):
        c = _content_from(ctx, j, b)
        return (c, None) if c else None
    if (cat in (THAT, TO, WH_) and cat in frames) or (
        cat == WH_ and toks[j].low == "what" and "np" in frames  # "condemned what he called"
    ):
        c = _content_from(ctx, j, b)
        return (c, None) if c else None
    if cat == PREP and j > g1 and toks[j].low in verb.preps:
        # "Asked Tuesday about the emails": a joined preposition after an adjunct opens the
        # content, which keeps it (as PolNeAR does when the preposition is not next to the verb)
        c = _content_from(ctx, j, b)
        return (c, None) if c else None
    if (
        j < b
        and (toks[j].low in ctx.w.fronting_preposition or toks[j].low in ctx.subord)
        and toks[j].low not in ("that", "whether", "than", "as")
        and "that" in frames
    ):
        # "says despite being an alumna, she plans C", "says if elected, he will ...": a
        # fronted adjunct, its comma, then the clause; the content holds both
        s0 = j
        m = s0 + 1
        while m < b and m - s0 < 12 and toks[m].low not in CLAUSE_PUNCT and ctx.quote_of[m] < 0:
            m += 1
        if m + 1 < b and m > s0 + 1 and toks[m].low == "," and _bare_clause(ctx, m + 1, b):
            c = _content_from(ctx, s0, b)
            return (c, None) if c else None
    if cat == NP or (cat == THAT and "np" in frames):
        if "rcp" in frames:
            rcp = _np_right(ctx, j, b, apposition=False)
            if rcp is not None and "to" in frames:
                # "encouraged European nations to bolster C": the recipient and its to-clause
                # (PolNeAR keeps the recipient in the content more often than not)
                to = next((m for m in range(rcp[0] + 1, rcp[1]) if toks[m].low == "to"), None)
                if to is not None and ctx.quote_of[to] < 0:
                    c = _content_from(ctx, j, b)
                    return (c, None) if c else None
            if rcp is not None and rcp[1] < b:
                k = _skip_adjuncts(ctx, rcp[1], b)
                nxt = _follow(ctx, k, b)
                if nxt == COLON:
                    c = _colon_content(ctx, k, b)
                    return (c, None) if c is not None else None
                if nxt in (THAT, TO, WH_, QUOTE) and (nxt in frames or nxt in (QUOTE, THAT)):
                    c = _content_from(ctx, k, b)
                    return (c, None) if c else None
                if nxt == COMMA and k + 1 < b and ctx.quote_of[k + 1] >= 0:
                    c = _content_from(ctx, k + 1, b)
                    return (c, None) if c else None
            # "told reporters the port was closed", "told him they would": a bare clause after
            # a recipient that ends where a determiner or a subject pronoun begins the clause
            r = _recipient_end(ctx, j, b)
            if r is not None and _bare_clause(ctx, r, b):
                c = _content_from(ctx, r, b)
                return (c, None) if c else None
        if (
            "np" in frames
            and (not verb.stance or _stance_object(ctx, j, b))
            and (not verb.expressive or cat != NP or _expressive_object(ctx, j, b))
        ):
            if verb.stance and cat == NP and _bare_clause(ctx, j, b):
                # "The PACs supporting Kasich paid $1 million": a stance takes no clause; its
                # object ends where the main clause's verb begins
                np = _np_right(ctx, j, b, apposition=False)
                return ([_span(ctx, *np)], None) if np is not None else None
            if cat == NP and _and_or_but_in(ctx, j, b):
                # "supports Clinton but is not working for her", "backed X and is now giving":
                # the object ends before a coordinated predicate
                np = _np_right(ctx, j, b, apposition=False)
                if (
                    np is not None
                    and _predicate_after_conj(ctx, np[1], b)
                    and not any(_verb_like(ctx, m) for m in range(np[0] + 1, np[1]))
                    # (PolNeAR leaves a cue in the joined predicate inside: "but did not
                    # recommend prosecution", "but would say nothing")
                    and not any(ctx.lex.verb_forms.get(toks[m].low) for m in range(np[1], b))
                ):  # (not "said Stein complied with orders and left": a clause)
                    return [_span(ctx, *np)], None
            c = _content_from(ctx, j, b)
            if cat == NP and not _bare_clause(ctx, j, b):
                c = _cut_at_but(ctx, c, j)  # "denied the report, but ...": the object ends
                c = _np_content_end(ctx, c, j)
            return (c, None) if c else None
        if "clause" in frames and cat == NP and _bare_clause(ctx, j, b):
            c = _content_from(ctx, j, b)
            return (c, None) if c else None
    return None


def _np_content_end(ctx: _Ctx, content: list[tuple[int, int]], j: int) -> list[tuple[int, int]]:
    """A noun-phrase content starting at token ``j`` ends at a comma, unless a list goes on
    ("criticized the plan, the budget and the tax"): what follows the comma ("in which ...",
    "including ...", an apposition, a new clause) is no part of the object."""
    toks = ctx.toks
    if len(content) != 1 or j >= len(toks) or content[0][0] != toks[j].start:
        return content
    e = content[0][1]
    k = j
    n = len(toks)
    while k < n and toks[k].start < e:
        if toks[k].low in _DASHES and k > j:
            return [(content[0][0], toks[k - 1].end)]  # "impressed by X - "C," Y said - but"
        if toks[k].low != ",":
            w = toks[k].low
            if k > j and (w in ctx.aux or w in ctx.modal):
                return content  # "said police in Bursa are holding 27 suspects, ...": a clause
            k += 1
            continue
        # the next chunk: up to the next comma or the content's end
        m = k + 1
        listed = False
        verb = False
        while m < n and toks[m].start < e and toks[m].low != "," and m - k < 12:
            w = toks[m].low
            if w in ("and", "or"):
                listed = True
            elif w in ctx.aux or w in ctx.modal or _verb_like(ctx, m):
                verb = True
            m += 1
        first = toks[k + 1].low if k + 1 < n else ""
        opens = first in ctx.prep or first in ctx.w.relative or first in ctx.w.inclusion
        if not verb and not opens and (listed or (m < n and toks[m].low == ",")):
            k = m
            continue
        return [(content[0][0], toks[k - 1].end)] if k > j else content
    return content


def _cut_at_but(ctx: _Ctx, content: list[tuple[int, int]], j: int) -> list[tuple[int, int]]:
    """A noun-phrase content starting at token ``j`` ends before ", but" and a new clause
    ("responded to the requests, but he was copied on ...") or before a clause of reason or
    concession ("vetoed the bill because she said ..."): that clause is the writer's."""
    toks = ctx.toks
    if len(content) != 1 or j >= len(toks) or content[0][0] != toks[j].start:
        return content
    e = content[0][1]
    sa, sb = ctx.sent_bounds[ctx.sent_of[j]]
    marks = ctx.but_marks.get(sa)
    if marks is None:  # once per sentence: where ", but <subject>" or "because <subject>" stands
        marks = ctx.but_marks[sa] = []
        for k in range(sa, sb - 2):
            w = toks[k].low
            if ctx.quote_of[k] >= 0 or not (
                w in ctx.w.clause_link or (w == "," and toks[k + 1].low in ("but", "yet"))
            ):
                continue
            c = k + 1 if w in ctx.w.clause_link else k + 2
            nxt = toks[c]
            if nxt.low in ctx.subj or nxt.is_cap or nxt.low in ctx.det:
                cut = k - 1 if w in ctx.w.clause_link and k > sa and toks[k - 1].low == "," else k
                marks.append(cut)
    n = bisect.bisect_right(marks, j)
    if n < len(marks) and marks[n] + 2 < len(toks) and toks[marks[n] + 2].end <= e:
        return [_span(ctx, j, marks[n])] if marks[n] > j else content
    return content


def _recipient_end(ctx: _Ctx, j: int, b: int) -> int | None:
    """Where a recipient starting at ``j`` ends, when a determiner or a subject pronoun right
    after it starts something new: "him | the", "reporters | they", "the BBC | the"."""
    toks = ctx.toks
    if toks[j].low in ctx.w.object_pronoun:
        k = j + 1
    else:
        k = j + 1 if toks[j].low in ctx.det else j
        while k < b and k - j < 6 and _np_token(ctx, k) and not ctx.stop(k):
            w = toks[k].low
            if w in ctx.det or w in ctx.subj or w in ctx.prep or w in ctx.verbs:
                break
            k += 1
    if k >= b or k == j:
        return None
    w = toks[k].low
    return k if (w in ctx.det and w not in ctx.quant_pron) or w in ctx.subj else None


def _bare_clause(ctx: _Ctx, j: int, b: int) -> bool:
    """Does a clause without "that" start at ``j``: a subject, then a finite verb ("it was",
    "40% of voters are", "the plan had failed")?"""
    toks = ctx.toks
    if ctx.quote_of[j] >= 0:
        return False
    np = _np_right(ctx, j, b, apposition=False)
    if np is None or np[1] >= b:
        return False
    w = toks[np[1]].low
    if w in ctx.aux or w in ctx.modal or w in ctx.neg:
        return True
    if toks[j].low in _SINGULAR_DET and (np[1] == j + 1 or w + "s" in ctx.verbs):
        # "maintained a paid speaking schedule", "maintains a wide lead over X": a lone
        # article is no subject, and a singular subject takes no base form; the verb is a noun
        return False
    if w in ctx.verbs:
        return True
    forms = tuple(f for f in ctx.lex.verb_forms.get(w, ()) if f.tag in ("past", "3sg"))
    return bool(forms) and _verb_reading(ctx, np[1], j, forms) is not None


_PERSON_KINDS = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})
_SINGULAR_DET = frozenset({"a", "an", "his", "its", "every", "each"})


def _stance_object(ctx: _Ctx, j: int, b: int) -> bool:
    """Is the object at ``j`` a person, a group or a proposal ("backed Clinton", "supports the
    bill"), as stance verbs need?"""
    toks = ctx.toks
    t = toks[j]
    if t.is_cap or t.low in ctx.w.object_pronoun:
        return True
    if t.low.endswith("ing") and len(t.low) > 5 and j + 1 < b and _np_token(ctx, j + 1):
        return True  # "support deploying ground forces": a course of action
    k = j
    while k < b and k - j < 6 and not ctx.stop(k) and toks[k].low not in ctx.prep:
        w = toks[k].low
        if toks[k].is_cap or w in ctx.lex.stance_objects:
            return True
        sn = ctx.lex.source_nouns.get(w)
        if sn is not None and sn.kind in _PERSON_KINDS:
            return True  # someone who could speak: "the mayor", "the senator"
        k += 1
    return False


def _expressive_object(ctx: _Ctx, j: int, b: int) -> bool:
    """Does the object at ``j`` name something said, written or shown, as verbs of giving need
    ("delivered a speech", "offered the crowd few details", "presented herself as a healer"),
    not a thing or an outcome ("delivered a win", "the region offers rich resources")?"""
    toks = ctx.toks
    w = ctx.w
    k = j
    while k < b and k - j < 7:
        t = toks[k].low
        if ctx.quote_of[k] >= 0 or (t == "as" and k > j):
            return True  # 'delivered an "apology"'; "presented herself as a healer": a predicate
        if t in w.expressive_object or t in w.attitude_noun or t in ctx.lex.nominal_cues:
            return True
        if t not in ctx.det and ctx.stop(k):  # (a determiner may be a stop word: "no details")
            return False
        k += 1
    return False


def _colon_content(ctx: _Ctx, k: int, b: int) -> list[tuple[int, int]] | None:
    """Content after the colon at token ``k``: what follows it in the sentence; no span when
    the colon ends the paragraph ("The governor added:" and the quotation in the next
    paragraph, which :func:`factcheck.pipeline.find_attributions` supplies); None when
    nothing follows in mid-paragraph."""
    c = _content_from(ctx, k + 1, b)
    if c:
        return c
    if k + 1 == b == len(ctx.toks) and ctx.quote_of[k] < 0:
        return []
    return None


def _content_from(ctx: _Ctx, j: int, b: int) -> list[tuple[int, int]]:
    """Content starting at token ``j``: a whole quotation, or the clause to the sentence's end."""
    if j >= b:
        return []
    q = ctx.quote_of[j]
    if q >= 0 and ctx.quote_toks[q][0] == j:
        _, qb = ctx.quote_toks[q]
        nxt = ctx.toks[qb].low if qb < b else "."
        if qb < b and nxt not in SENT_END and nxt not in (",", ";") and not _tail_at(ctx, qb, b):
            span = _clause_to_end(ctx, j, b)  # a quoted fragment inside a clause
            return [span] if span else []
        return [ctx.quotes[q]]
    span = _clause_to_end(ctx, j, b)
    return [span] if span else []


def _tail_at(ctx: _Ctx, k: int, b: int) -> bool:
    """Does an attribution of its own start at ``k`` ('"..." he said')?"""
    return (
        ctx.toks[k].low in ctx.subj
        and k + 1 < b
        and bool(ctx.lex.verb_forms.get(ctx.toks[k + 1].low))
    )


def _clause_to_end(ctx: _Ctx, j: int, b: int) -> tuple[int, int] | None:
    """From token ``j`` to the end of the sentence, without its final punctuation, stopping
    before a trailing attribution: ", according to X", ", he said", ", adding that"."""
    toks = ctx.toks
    start = j + 1 if toks[j].low in ctx.w.coordinator else j  # a break needs text before it
    e = _clause_break(ctx, start, b) if start < b else b
    while (
        e > j
        and ctx.quote_of[e - 1] < 0
        and (toks[e - 1].low in SENT_END or toks[e - 1].low in (",", ":", ";", "—", "-", "--"))
    ):
        e -= 1
    if e <= j:
        return None
    return _span(ctx, j, e)


def _clause_break(ctx: _Ctx, j: int, b: int) -> int:
    """The first token at or after ``j`` where a content running to the sentence's end stops
    (``b`` if none). Memoised along the path, so the cues of one long sentence share the work
    and reading stays linear."""
    toks = ctx.toks
    memo = ctx.breaks
    quote_of = ctx.quote_of
    coordinator = ctx.w.coordinator
    seen: list[int] = []
    e = b
    k = j
    while k < b:
        got = memo.get(k)
        if got is not None:
            e = got
            break
        seen.append(k)
        q = quote_of[k]
        if q >= 0:
            k = max(k + 1, ctx.quote_toks[q][1])
            qs, qe = ctx.quotes[q]
            # '"...this can't be happening," adding, ...': the comma closed inside the quote
            if (
                k < b
                and ctx.text[qs:qe].rstrip("\"”'’ ").endswith(",")
                and (toks[k].low in ctx.w.participle_cue or _cue_form(ctx, k, "ing"))
            ):
                e = k
                break
            continue
        w = toks[k].low
        if w == "," and k + 1 < b:
            nw = toks[k + 1].low
            if (
                nw in ctx.w.participle_cue
                or _is_tail_attribution(ctx, k + 1, b)
                or _cue_form(ctx, k + 1, "ing")
            ):
                e = k  # "..., noting that", ", he said.", ", recalling how"
                break
            if (
                (nw in ctx.subord or nw == "but" or nw == "and")
                and nw != "that"
                and _has_cue(ctx, k + 2, b)
            ):
                e = k  # ", while Trump refers to ..."
                break
        if w in coordinator and _coordinated_cue(ctx, k + 1, b):
            e = k  # "defended the route and said ...": a coordinated verb attributes anew
            break
        if w == ";":
            e = k
            break
        k += 1
    for m in seen:
        memo[m] = e
    return e


def _cue_form(ctx: _Ctx, k: int, tag: str) -> bool:
    """Is token ``k`` a form ``tag`` of a cue verb?"""
    return any(f.tag == tag for f in ctx.lex.verb_forms.get(ctx.toks[k].low, ()))


def _coordinated_cue(ctx: _Ctx, k: int, b: int) -> bool:
    """After "and"/"but": a finite cue verb with no subject of its own ("and said", "and also
    called for")?"""
    toks = ctx.toks
    while k < b and (toks[k].low in ctx.adv or toks[k].low in ctx.aux or toks[k].low in ctx.modal):
        k += 1
    if (
        k + 1 < b
        and toks[k].low in ctx.w.time_preposition
        and toks[k + 1].low in ctx.time
        and toks[k + 1].low not in ctx.det
    ):
        k += 2  # "but on Tuesday wrote that"
    if k >= b:
        return False
    forms = ctx.lex.verb_forms.get(toks[k].low, ())
    return any(f.tag in ("past", "3sg", "ing") for f in forms) and not toks[k].is_cap


def _has_cue(ctx: _Ctx, k: int, b: int) -> bool:
    """Does a clause of its own, with a subject and a cue verb, start at ``k``?"""
    toks = ctx.toks
    m = k
    while m < b and m - k < 12 and not ctx.stop(m):
        forms = ctx.lex.verb_forms.get(toks[m].low)
        if forms and m > k and _verb_reading(ctx, m, k, forms) is not None:
            return True
        m += 1
    return False


def _is_tail_attribution(ctx: _Ctx, k: int, b: int) -> bool:
    """Do tokens from ``k`` read as a trailing "X said." or "said X." to the sentence's end?"""
    toks = ctx.toks
    m = k
    while m < b and m - k < 12:
        w = toks[m].low
        forms = ctx.lex.verb_forms.get(w)
        if forms and (m > k or m == k):
            if m == k:  # ", said Smith."
                e = m + 1
                while e < b and toks[e].low not in SENT_END and toks[e].low != ",":
                    if ctx.lex.verb_forms.get(toks[e].low) or ctx.stop(e):
                        return False
                    e += 1
                return e > m + 1
            e = _skip_adjuncts(ctx, m + 1, b)
            return e >= b or toks[e].low in SENT_END or toks[e].low == ","
        if ctx.stop(m):
            return False
        m += 1
    return False


# --------------------------------------------------------------------------------------------
# passives, phrases and labels


def _passive(
    ctx: _Ctx,
    g0: int,
    g1: int,
    a: int,
    b: int,
    verb: CueVerb,
    certainty: Certainty,
    joined: bool = False,
) -> Found | None:
    """'was asked about C', 'is expected to C', 'has been told that C': no source unless 'by X';
    for 'X is expected to C' the subject X belongs to the content."""
    toks = ctx.toks
    j = g1
    source = None
    if j < b and toks[j].low == "by":
        np = _np_right(ctx, j + 1, b)
        if np is not None:
            source = _span(ctx, *np)
            j = np[1]
    k = _skip_adjuncts(ctx, j, b)
    cat = _follow(ctx, k, b)
    content: list[tuple[int, int]] = []
    if source is not None and cat in (END, COMMA) and "np" in verb.frames and not joined:
        # "The issue was first reported by The Washington Post": the agent reports the subject
        subj = _np_left(ctx, g0, a)
        if subj is None:
            return None
        cue = (toks[g0].start, toks[g1].end)  # "by" joins the cue
        return Found(cue, verb.lemma, certainty, verb.polarity, [_span(ctx, *subj)], source)
    if cat == TO and "to" in verb.frames:
        subj = _np_left(ctx, g0, a)
        if subj is not None:
            content.append(_span(ctx, *subj))
    elif joined:
        # "was asked about C": the subject is asked, and is part of what is asked about
        if cat in (END, COMMA, OTHER):
            return None
        subj = _np_left(ctx, g0, a)
        if subj is not None:
            content.append(_span(ctx, *subj))
    elif cat == NP and "pred" in verb.frames and source is None:
        # "North Korea is considered a threat": the subject and its predicate (not a time:
        # "will be considered next week")
        subj = _np_left(ctx, g0, a)
        if subj is None or toks[k].low in ctx.time or toks[k].low in ctx.w.time_modifier:
            return None
        content.append(_span(ctx, *subj))
    elif cat not in (THAT, WH_, QUOTE, COLON) and not (cat == PREP and toks[k].low in verb.preps):
        return None
    if cat == COLON:
        k += 1
    prep = cat == PREP and not joined
    rest = _content_from(ctx, k + (1 if prep else 0), b)
    if not rest:
        return None
    content.extend(rest)
    cue_end = toks[k].end if prep else toks[g1 - 1].end
    return Found((toks[g0].start, cue_end), verb.lemma, certainty, verb.polarity, content, source)


def _phrase_cue(ctx: _Ctx, i: int, j: int, a: int, b: int, p: PhraseCue) -> Found | None:
    cue = _span(ctx, i, j)
    if p.kind == "according":
        return _according(ctx, i, j, a, b, cue, p)
    if p.kind == "adverb":
        if j < b and ctx.toks[j].low in ("to", "that"):
            return None
        if j < b and ctx.lex.verb_forms.get(ctx.toks[j].low):
            return None  # "Trump reportedly said": the adverb joins the verb's cue
        content = _sentence_without(ctx, a, b, i, j)
        return Found(cue, p.phrase, p.certainty, p.polarity, content) if content else None
    if p.kind == "passive":
        # "Trump is expected to win": the subject and the to-clause are the content
        content = []
        subj = _np_left(ctx, i, a)
        if subj is not None:
            content.append(_span(ctx, *subj))
        rest = _clause_to_end(ctx, j - 1, b)
        if rest is None:
            return None
        content.append(rest)
        return Found(_span(ctx, i, j - 1), p.phrase, p.certainty, p.polarity, content)
    if p.kind == "stance":
        return _stance_phrase(ctx, i, j, a, b, p)
    if p.kind == "verb":
        # "went on to say", "made it clear": the source is the subject, before auxiliaries
        # and a catenative ("tried on Tuesday to make the case")
        src = _np_left(ctx, _catenative_left(ctx, _auxiliaries_left(ctx, i, a), a), a)
        last = ctx.lex.verb_forms.get(ctx.toks[j - 1].low)
        verb = last[0].verb if last else CueVerb(p.phrase, frames=frozenset({"that", "np"}))
        after = _content_after(ctx, j, b, verb, False)
        if after is None:
            return None
        source = _span(ctx, *src) if src is not None else None
        return Found(cue, p.phrase, p.certainty, p.polarity, after[0], source)
    return None


def _stance_phrase(ctx: _Ctx, i: int, j: int, a: int, b: int, p: PhraseCue) -> Found | None:
    """'X voted in favor of C', 'X has come out in support of C', 'X was always in favor of C':
    the phrase takes the verb before it (and its particle) into the cue."""
    toks = ctx.toks
    k = i - 1
    if k > a and toks[k].low in ctx.w.particle:
        k -= 1  # "spoke out in favor of"
    if k >= a and _verb_like(ctx, k) and toks[k].low not in ctx.aux:
        if _is_noun_context(ctx, k, a):
            return None  # "his vote in favor of"
        g0 = _auxiliaries_left(ctx, k, a)
    else:
        g0 = _auxiliaries_left(ctx, i, a)  # "was always in favor of"
        if not any(toks[m].low in ctx.w.be for m in range(g0, i)):
            return None
    content = _content_from(ctx, j, b)
    if not content:
        return None
    src = _np_left(ctx, _catenative_left(ctx, g0, a), a)
    return Found(
        _span(ctx, g0, j),
        p.phrase,
        p.certainty,
        p.polarity,
        content,
        _span(ctx, *src) if src is not None else None,
    )


def _according(
    ctx: _Ctx, i: int, j: int, a: int, b: int, cue: tuple[int, int], p: PhraseCue
) -> Found | None:
    np = _np_right(ctx, j, b, apposition=False)
    if np is None:
        return None
    content = _sentence_without(ctx, a, b, i, np[1])
    if not content:
        return None
    return Found(cue, "according to", p.certainty, p.polarity, content, _span(ctx, *np), True)


def _sentence_without(ctx: _Ctx, a: int, b: int, x0: int, x1: int) -> list[tuple[int, int]]:
    """The sentence a..b without tokens [x0, x1) and the commas around them."""
    toks = ctx.toks
    out = []
    e = x0
    while e > a and ctx.quote_of[e - 1] < 0 and toks[e - 1].low in (",", "—", "--", "("):
        e -= 1
    if e > a:
        s = _skip_frame(ctx, a, e - 1)
        if s < e:
            q0 = ctx.quote_of[s]
            start = ctx.quotes[q0][0] if q0 >= 0 and ctx.quote_toks[q0][0] < s else toks[s].start
            out.append((start, toks[e - 1].end))
    s = x1
    while s < b and ctx.quote_of[s] < 0 and toks[s].low in (",", "—", "--", ")", ":"):
        s += 1
    span = _clause_to_end(ctx, s, b) if s < b else None
    if span:
        out.append(span)
    return out


def _dash_tag(ctx: _Ctx, i: int, b: int) -> Found | None:
    """'"Imagination is more important than knowledge." ― Albert Einstein': a quotation tagged
    by a dash and its speaker's name."""
    toks = ctx.toks
    j = i + 1
    if j >= len(toks) or not toks[j].is_cap:
        return None
    k = j
    while k < len(toks) and not ctx.stop(k) and k - j < 6:
        k += 1
    e = k
    if k < len(toks) and toks[k].low == ",":  # '― Sonya Herridge, a teacher in Dallas'
        e = k + 1
        while e < len(toks) and toks[e].low not in SENT_END and ctx.quote_of[e] < 0 and e - k < 15:
            e += 1
    if e < len(toks) and not (toks[e].low in SENT_END or ctx.quote_of[e] >= 0):
        return None
    q = ctx.quote_of[i - 1]
    return Found(
        _span(ctx, i, i + 1),
        "―",
        Certainty.CERTAIN,
        Polarity.POSITIVE,
        [ctx.quotes[q]],
        _span(ctx, j, e if e > k else k),
    )


def _label_cue(ctx: _Ctx, a: int, b: int, headline: bool) -> Found | None:
    """'Clinton: Time for a new strategy' (a headline) / 'FALLIN: Well, I think ...' (a
    transcript) / 'Sanders: "We will win."': a name and a colon introduce what it says."""
    toks = ctx.toks
    if a >= b or ctx.text.find(":", toks[a].start, toks[b - 1].end) < 0:
        return None  # speed: a sentence with no colon has no label
    # a digest's item: 'TITLE IN CAPITALS - Jeffrey M. Jones: "..."' labels after the dash
    d = a
    while d < b and d - a < 30 and toks[d].low not in _DASHES and toks[d].text.isupper():
        d += 1
    if d < b and d > a and toks[d].low in _DASHES and d + 1 < b:
        a = d + 1
    if a + 1 < b and toks[a].low in QUOTE_MARKS and ctx.quote_of[a] < 0:
        a += 1  # '"PENCE: Well, ...': a transcript's line quoted whole
    if a >= b or any(f.tag in ("past", "3sg") for f in ctx.lex.verb_forms.get(toks[a].low, ())):
        return None  # 'Said Ellis: "..."': a fronted verb, read as one
    k = a
    while k < b and k - a <= 4 and toks[k].low != ":":
        if ctx.stop(k) or (ctx.lex.verb_forms.get(toks[k].low) and not toks[k].is_cap):
            return None
        k += 1
    if k >= b or toks[k].low != ":" or k == a or k + 1 >= b:
        return None
    if not toks[a].is_cap or any(toks[m].low in ctx.labels for m in range(a, k)):
        return None
    if any(toks[m].low[:1].isdigit() for m in range(a, k)):
        return None  # "15:25" and "Updated: 3 pm"
    if not all(toks[m].is_cap or toks[m].low in ("'s", "-", ".", "and") for m in range(a, k)):
        return None  # "Even on age:", "One conclusion:"
    # a transcript's speaker: "FALLIN:", "KATE BOLDUAN:"
    caps_name = all(toks[m].text.isupper() and len(toks[m].text) > 1 for m in range(a, k)) and (
        len(toks[a].text) > 2
    )
    quoted = k + 1 < b and ctx.quote_of[k + 1] >= 0
    if not (headline or caps_name or quoted):
        return None
    if caps_name and not headline and not quoted:
        # a transcript's speaker says the whole paragraph, up to the next label
        n = len(toks)
        content = _content_from(ctx, k + 1, n)
        if content and toks[n - 1].low in SENT_END and toks[n - 1].start >= content[-1][0]:
            content[-1] = (content[-1][0], toks[n - 1].start)  # (not the final full stop)
    else:
        content = _content_from(ctx, k + 1, b)
    if not content:
        return None
    return Found(
        _span(ctx, k, k + 1), ":", Certainty.CERTAIN, Polarity.POSITIVE, content, _span(ctx, a, k)
    )


def _in_survey(ctx: _Ctx, a: int, b: int) -> Found | None:
    """'In a CNN poll released Monday, 31% of Republicans ...': a survey that a sentence opens
    with is the source of its main clause (the cue is "In")."""
    toks = ctx.toks
    if a + 2 >= b or toks[a].low != "in" or ctx.quote_of[a] >= 0:
        return None
    m = a + 1
    survey = False
    while m < b and m - a < 20 and toks[m].low != "," and ctx.quote_of[m] < 0:
        if toks[m].low in SENT_END or toks[m].low in CLAUSE_PUNCT:
            return None
        survey = survey or toks[m].low in ctx.w.survey_noun
        m += 1
    if not survey or m + 1 >= b or toks[m].low != "," or m == a + 1:
        return None
    end = m  # the source: up to the comma, or over a participle clause set off by commas
    w = toks[m + 1].low
    if w.endswith(("ed", "en")) and len(w) > 4 and not (w in ctx.subord or w in ctx.adv):
        # "In a poll, conducted in May, ...", "In a survey, taken last week, ..."
        n = m + 1
        while n < b and n - m < 15 and toks[n].low != "," and ctx.quote_of[n] < 0:
            n += 1
        if n + 1 < b and toks[n].low == ",":
            end, m = n + 1, n
    content = _content_from(ctx, m + 1, b)
    if not content:
        return None
    return Found(
        _span(ctx, a, a + 1),
        "in",
        Certainty.CERTAIN,
        Polarity.POSITIVE,
        content,
        _span(ctx, a + 1, end),
        according=True,  # reported as "according to the poll" is
    )


# --------------------------------------------------------------------------------------------
# noun phrases


def _name_inside(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` a capitalised word inside its sentence (a name: "Will Hart")?"""
    return ctx.toks[k].is_cap and k > 0 and ctx.sent_of[k - 1] == ctx.sent_of[k]


def _np_token(ctx: _Ctx, k: int) -> bool:
    """Can token ``k`` be part of a noun phrase?"""
    t = ctx.toks[k]
    w = t.low
    if not (t.text[:1].isalnum() or w in ("'s", "&", "@", "(", ")", "/")):
        # "42% say": a percentage is a noun phrase
        return w == "%" and k > 0 and ctx.toks[k - 1].low[:1].isdigit()
    if t.is_cap and k > 0 and ctx.sent_of[k - 1] == ctx.sent_of[k]:
        return True
    if w == "'s":
        return k > 0 and ctx.toks[k - 1].low not in ctx.w.contracting
    return w not in ctx.np_stops  # not an auxiliary, modal, negation, subordinator or wh-word


def _np_left(ctx: _Ctx, g0: int, a: int) -> tuple[int, int] | None:
    """The subject noun phrase that ends just before token ``g0``: token range [s, g0).
    (Memoised: the frames of one cue ask for the same subject several times.)"""
    key = (g0, a)
    if key in ctx.np_cache:
        return ctx.np_cache[key]
    got = ctx.np_cache[key] = _np_left_scan(ctx, g0, a)
    return got


_NP_SCAN = 60  # tokens: how far left a subject is looked for (it may be 24 once trimmed)


def _np_left_scan(ctx: _Ctx, g0: int, a: int) -> tuple[int, int] | None:
    toks = ctx.toks
    k = g0 - 1
    if k < a:
        return None
    if ctx.quote_of[k] >= 0:
        if _quote_ends_with_comma(ctx, k):
            # "Mr. Manafort, citing ''the magic of Trump,'' said": the quotation closes it
            return _apposition_left(ctx, k, a)
        return None
    w = toks[k].low
    if w == ",":
        # "experts and officials, however, said" / "Andrew Liveris, of course, said"
        m = k - 1
        while (
            m >= a
            and k - m <= 4
            and (
                toks[m].low in ctx.parenthetical
                or toks[m].low in ctx.prep
                or toks[m].low in ctx.poss
            )
        ):
            m -= 1
        if m < k - 1 and m >= a and toks[m].low == ",":
            return _np_left(ctx, m, a)
    if w == "," or w in _DASHES:
        app = _apposition_left(ctx, k, a)
        if app is None and w == ",":
            app = _subject_with_clauses(ctx, k, a)
        return app
    if w == ")":
        o = _open_paren(ctx, k, a)
        if o is None:
            return None
        inner = _np_left(ctx, o, a)
        return (inner[0], k + 1) if inner is not None else None
    if not _np_token(ctx, k) or w in ctx.conj or w in ctx.prep:
        return None
    if w in ctx.verbs and not (
        _name_inside(ctx, k) and (w in ctx.modal or not _title_case(ctx, ctx.sent_of[k]))
    ):
        return None  # (but '"C," Will wrote', '"C," Shook said': a capital inside is a name)
    if w in ctx.det and w not in ctx.quant_pron:
        return None
    if (
        ctx.lex.verb_forms.get(w)
        and not toks[k].is_cap
        and not _nominal(ctx, k, a)
        and not _prepositional_object(ctx, k, a)
    ):
        return None
    if w in ctx.subj and w != "it":
        return (k, k + 1)  # "In the course of the report they said": a pronoun is all of it
    s = k
    while s - 1 >= a:
        if k - s > _NP_SCAN:
            return None  # longer than any subject (and reading stays linear)
        t = toks[s - 1]
        lw = t.low
        if lw == ")":  # "Sen. Claire McCaskill (D-Mo.)"
            o = _open_paren(ctx, s - 1, a)
            if o is None or o - 1 < a or not _np_token(ctx, o - 1):
                break
            s = o
            continue
        if (
            lw == "than"
            and s - 2 >= a
            and toks[s - 2].low in ("more", "fewer", "less")
            and toks[s].low[:1].isdigit()
        ):
            s -= 2  # "more than 4 in 10 said": the bound belongs to the figure
            continue
        if ctx.stop(s - 1) or (lw in ctx.verbs and not _name_inside(ctx, s - 1)):
            break
        if (
            ctx.lex.verb_forms.get(lw)
            and not t.is_cap
            and not _nominal(ctx, s - 1, a)
            and not _modifier(ctx, s - 1, a)
            and not _prepositional_object(ctx, s - 1, a)
        ):
            break
        if lw in ctx.conj:
            # "Google and Yahoo said": the conjunction joins two names or nouns
            left = toks[s - 2].low if s - 2 >= a else ""
            if (
                lw == "and"
                and left
                and _np_token(ctx, s - 2)
                and left not in ctx.prep
                and left not in ctx.verbs
                and left not in ctx.det
                and not left.endswith("ed")
                and not ctx.lex.verb_forms.get(left)
            ):
                s -= 1
                continue
            break
        if lw in ctx.prep:
            if toks[s].low[:1].isdigit() and _age_bound_before(ctx, s, a):
                s -= 1  # "those over 60 say": the bound belongs to the subject
                continue
            # "a spokesman for the ministry", "officials at the State Department"
            if (
                lw in ctx.w.np_preposition
                and s - 2 >= a
                and _np_token(ctx, s - 2)
                and toks[s - 2].low not in ctx.prep
                and (not ctx.lex.verb_forms.get(toks[s - 2].low) or _nominal(ctx, s - 2, a))
                and toks[s - 2].low not in ctx.verbs
            ):
                s -= 1
                continue
            break
        if not _np_token(ctx, s - 1):
            break
        if (
            lw.endswith("ed")
            and not t.is_cap
            and s - 2 >= a
            and toks[s - 2].low not in ctx.det
            and not _ly_adverb(ctx, s - 2)  # "an analysis of newly filed reports"
            and toks[s - 2].low != ","  # '"C," retired general Lloyd Newton said'
            and not _closes_quote(ctx, s - 2)
            and lw not in ctx.w.survey_participle
        ):
            break  # a past verb: "After the debate ended Trump said"
        s -= 1
    s = _trim_np_start(ctx, s, k)
    if s > k or k - s > 24:
        return None
    if (
        s - 1 >= a
        and toks[s - 1].low in ctx.w.time_preposition
        and all(toks[m].low in ctx.time or _year(toks[m].low) for m in range(s, k + 1))
    ):
        return _np_left(
            ctx, s - 1, a
        )  # "David Axelrod on Wednesday called", "a panel in 2001 found"
    # a time phrase at the end is no part of the subject: "The mayor last week announced",
    # "Reince Priebus, the chairman, this past week announced"
    t0 = k + 1
    while t0 - 1 >= s and (toks[t0 - 1].low in ctx.time or toks[t0 - 1].low in ctx.w.time_modifier):
        t0 -= 1
    if (
        t0 <= k
        and any(toks[m].low in ctx.time for m in range(t0, k + 1))
        and not toks[k].is_cap
        and not (t0 - 1 >= s and toks[t0 - 1].low in ctx.w.survey_participle)
    ):
        if t0 > s:
            return (s, t0)
        if s - 1 >= a:
            return _np_left(ctx, s, a)
    if k - 1 > s and _year(toks[k].low) and toks[k - 1].low in ctx.w.time_preposition:
        return (s, k - 1)  # "an arbitration panel in 2001 found": the year is no part of it
    return (s, k + 1)


def _prepositional_object(ctx: _Ctx, k: int, a: int) -> bool:
    """Is the verb form at ``k`` a noun after a preposition of a noun phrase ("the executive in
    charge", "the head of research")? (Not "to", and not a gerund: "by saying".)"""
    p = ctx.toks[k - 1].low if k > a else ""
    return p in ctx.w.np_preposition and p != "to" and not ctx.toks[k].low.endswith("ing")


def _nominal(ctx: _Ctx, k: int, a: int) -> bool:
    """Is the verb form at ``k`` used as a noun: "the report", "The IG report", "polls"?"""
    if _is_noun_context(ctx, k, a):
        return True
    forms = ctx.lex.verb_forms.get(ctx.toks[k].low, ())
    if any(f.tag == "3sg" for f in forms) and _finite_next(ctx, k + 1):
        # "Abortion rights advocates said", "reform advocates have said": two finite verbs
        # cannot follow each other
        return True
    if (
        forms
        and not any(f.verb.nounlike or f.tag in ("base", "ing") for f in forms)
        and any(f.tag in ("past", "3sg") for f in forms)
        and not (k > a and ctx.toks[k - 1].low in ctx.det)  # "Some advocates for the plan"
    ):
        # "The ministry said officials said", "The ministry says police said": a finite verb
        # that is no noun ends the noun phrase
        return False
    if _determined_noun(ctx, k, a, any_word=True):
        return True
    return any(f.verb.nounlike and f.tag in ("base", "3sg") for f in forms) and not (
        k - 1 >= a and ctx.toks[k - 1].low in ctx.subj
    )


def _modifier(ctx: _Ctx, k: int, a: int) -> bool:
    """Is the verb form at ``k`` a noun modifying the next word: "press secretary",
    "campaign manager", "report card"?"""
    nxt = ctx.toks[k + 1]
    if not nxt.text[:1].isalpha() or nxt.low in ctx.det or nxt.low in ctx.prep:
        return False
    if ctx.lex.verb_forms.get(nxt.low) or nxt.low in ctx.verbs:
        return False
    forms = ctx.lex.verb_forms.get(ctx.toks[k].low, ())
    prev = ctx.toks[k - 1].low if k > a else ""
    if prev in ctx.subj or prev in ctx.w.plural_noun or (k > a and _plural_noun(ctx, k - 1)):
        return False  # "Sources say analysts": a verb after its subject
    # a noun that modifies is singular ("report card", "press secretary"); the -s form of a
    # verb that is rarely a noun is a verb ("says US officials")
    return any(f.tag == "base" or (f.tag == "3sg" and f.verb.nounlike) for f in forms)


def _trim_np_start(ctx: _Ctx, s: int, k: int) -> int:
    """Drop leading conjunctions, adverbs, a fronted adjunct ("On Thursday", "Later")."""
    toks = ctx.toks
    while s <= k:
        w = toks[s].low
        if w in ctx.conj or w in ctx.adv or w in ctx.parenthetical:
            s += 1
            continue
        if w in ctx.time and s < k:
            s += 1
            continue
        if w in ctx.w.object_only and s < k and toks[s + 1].is_cap:
            s += 1  # "Everything Trump says is a lie": the pronoun heads the relative clause
            continue
        if w in ctx.prep and s < k:
            # a fronted prepositional phrase: skip to its end (a time word, or the last noun
            # before a capitalised word or a determiner)
            m = s + 1
            while m < k and toks[m].low not in ctx.pron:
                if toks[m].low in ctx.time:
                    m += 1
                    break
                if m > s + 1 and (
                    toks[m].low in ctx.det or (toks[m].is_cap and not toks[m - 1].is_cap)
                ):
                    break
                m += 1
            if s + 1 < m <= k:
                s = m
                continue
            return k + 1
        break
    return s


def _subject_with_clauses(ctx: _Ctx, k: int, a: int) -> tuple[int, int] | None:
    """'Ms. Arnold, who helped found EDGE, an environmental group, said': a noun phrase at the
    clause's start, then relative clauses and appositions up to the comma ``k`` before the cue."""
    toks = ctx.toks
    s = a
    # the clause starts after the last quotation, colon or semicolon before k (looked for
    # no farther back than the longest subject taken, so that reading stays linear)
    lo = max(a, k - 46)
    m = k - 1
    while m >= lo:
        q = ctx.quote_of[m]
        if q >= 0:
            qs, qe = ctx.quote_toks[q]
            if (
                qe - qs <= _TITLE
                and qs - 1 >= lo
                and (_np_token(ctx, qs - 1) or toks[qs - 1].low == ",")
            ):
                m = qs - 1  # 'the co-author of "Going Viral," about X': a title inside
                continue
        if q >= 0 or toks[m].low in (";", ":"):
            s = m + 1
            break
        m -= 1
    else:
        if lo > a:
            return None
    while s < k and (toks[s].low in ctx.conj or toks[s].low in ctx.adv):
        s += 1
    s = _skip_fronted_adjunct(ctx, s, k)
    if s >= k or k - s > 45:
        return None
    head = _np_right(ctx, s, k, apposition=False)
    if (
        head is None
        or head[1] >= k
        or (toks[head[1]].low not in (",", "(") and toks[head[1]].low not in ("who", "which"))
    ):  # ("some voters who have listened to X, on television, said C")
        return None
    if not (toks[s].is_cap or toks[s].low in ctx.det):
        return None
    # the rest must not hold a verb of attribution that would make it a clause of its own
    return (s, k + 1)


_TITLE = 8  # tokens: the longest quotation read as a title inside a subject

_FRONTED = 8  # tokens: the longest fronted adjunct skipped before a subject


def _skip_fronted_adjunct(ctx: _Ctx, s: int, k: int) -> int:
    """'For now, Pantucci, at the institute, said', 'Yesterday, the mayor, ...': a short phrase
    of time or a preposition's phrase, with no verb, ending in a comma before a name or a
    determiner, is no part of the subject. Returns where the subject starts."""
    toks = ctx.toks
    if not (toks[s].low in ctx.prep or toks[s].low in ctx.time):
        return s  # (speed: most subjects open otherwise)
    m = s + 1
    while m < k and m - s <= _FRONTED and toks[m].low != ",":
        m += 1
    if (
        m + 1 < k
        and toks[m].low == ","
        and (toks[m + 1].is_cap or toks[m + 1].low in ctx.det)
        and _verbless_adjunct(ctx, s, m)
    ):
        return m + 1
    return s


def _verbless_adjunct(ctx: _Ctx, s: int, e: int) -> bool:
    """Are tokens [s, e) a short fronted phrase: a preposition's or a time, with no verb ("For
    now", "Yesterday", "at the town hall this week")?"""
    w = ctx.toks[s].low
    return (w in ctx.prep or w in ctx.time) and not _has_verb(ctx, s, e)


_PAREN = 40  # tokens: the longest parenthesis read as part of a noun phrase


def _open_paren(ctx: _Ctx, k: int, a: int) -> int | None:
    """The "(" that token ``k`` (a ")") closes in the same sentence, outside quotations, at
    most ``_PAREN`` tokens back. (The pairs of a paragraph are found once, in one pass.)"""
    if ctx.paren_open is None:
        pairs: dict[int, int] = {}
        stack: list[int] = []
        for m, t in enumerate(ctx.toks):
            if t.low == "(" and ctx.quote_of[m] < 0:
                stack.append(m)
            elif t.low == ")" and ctx.quote_of[m] < 0 and stack:
                p = stack.pop()
                if ctx.sent_of[p] == ctx.sent_of[m] and m - p <= _PAREN:
                    pairs[m] = p
        ctx.paren_open = pairs
    o = ctx.paren_open.get(k)
    return o if o is not None and o >= a else None


def _quote_ends_with_comma(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` the closing mark of a quotation whose last character inside is a comma?"""
    return _closes_quote(ctx, k) and ctx.text[ctx.toks[k].start - 1 : ctx.toks[k].start] == ","


def _apposition_left(ctx: _Ctx, k: int, a: int, outer: bool = True) -> tuple[int, int] | None:
    """``k`` closes an apposition or a relative clause: 'Joe Smith, a spokesman for X, said',
    'Kerry, who lost in 2004, said'. Returns the whole source, commas included. With
    ``outer``, the head may itself carry an apposition ('Joe Smith, the editor of the paper,
    The Post, said'; one level, so that a list of commas costs no more than its length)."""
    toks = ctx.toks
    close = "," if _quote_ends_with_comma(ctx, k) else toks[k].low
    opens = _DASHES if close in _DASHES else frozenset({","})
    m = k - 1
    if ctx.quote_of[k] >= 0:
        m = ctx.quote_toks[ctx.quote_of[k]][0] - 1
    while m >= a and k - m < 40:
        w = toks[m].low
        if w in SENT_END or w in (";", ":"):
            return None
        if ctx.quote_of[m] >= 0:
            # "Mr. Manafort, citing ''the magic,'' said", 'Trump - who said he would "bomb"
            # them - said'
            m = ctx.quote_toks[ctx.quote_of[m]][0] - 1
            continue
        if w in opens:
            break
        m -= 1
    if m < a or toks[m].low not in opens:
        return None
    inner_first = toks[m + 1].low if m + 1 < k else ""
    head = _np_left(ctx, m, a)
    if head is None:
        return None
    if inner_first.endswith("ing") and (
        inner_first in ctx.w.participle_cue
        or ctx.lex.verb_forms.get(inner_first)
        or (  # "X, wearing a hat, said" (but "X, including Y, said": Y is a source too)
            len(inner_first) > 4 and not toks[m + 1].is_cap and inner_first not in ctx.w.inclusion
        )
    ):
        return head  # "Clinton, speaking to reporters, said": PolNeAR leaves the participle out
    if inner_first in ctx.w.relative or inner_first in ctx.w.participle_cue or close != ",":
        return (head[0], k + 1)
    if ctx.quote_of[k] >= 0:
        # 'Dana Perino, a host of "The Five," said': a title quoted inside the apposition
        qs = ctx.quote_toks[ctx.quote_of[k]][0]
        e = qs - 1 if qs - 1 > m + 1 and toks[qs - 1].low in ctx.prep else qs
        inner = _np_left(ctx, e, m + 1) if e > m + 1 else None
    else:
        inner = _np_left(ctx, k, m + 1)
    if inner is None:
        return None
    if inner[0] == m + 2 and toks[m + 1].low in ctx.prep and close == ",":
        return (head[0], k + 1)  # "That letter, on company letterhead, demanded"
    if any(
        toks[x].low not in ctx.adv
        and toks[x].low not in ctx.conj
        and toks[x].low not in ctx.w.inclusion  # "Six papers, including the Press, said"
        for x in range(m + 1, inner[0])
    ):
        return None
    if outer and close == "," and head[0] - 1 >= a and toks[head[0] - 1].low == ",":
        wider = _apposition_left(ctx, m, a, outer=False)
        if (
            wider is not None
            and wider[1] == m + 1
            and toks[wider[0]].is_cap  # a name first, not a fronted phrase's object
            and toks[wider[0]].low not in ctx.time  # "Earlier Tuesday, his aide, X, said"
            and (
                wider[0] == a
                or (
                    toks[wider[0] - 1].low not in ctx.prep
                    and toks[wider[0] - 1].low not in ctx.time
                )
            )
        ):
            return (wider[0], k + 1)
    return (head[0], k + 1)


_NP_MAX = 40  # tokens


def _np_right(ctx: _Ctx, j: int, b: int, apposition: bool = True) -> tuple[int, int] | None:
    """A noun phrase starting at token ``j``: token range [j, e). With ``apposition``, an
    apposition after a comma joins it ('said Rep. Cummings of Maryland, the panel's ranking
    Democrat.')."""
    toks = ctx.toks
    if j >= b or not _np_token(ctx, j) or ctx.quote_of[j] >= 0 or toks[j].low in ctx.prep:
        return None
    k = j
    limit = min(b, j + _NP_MAX)  # a source is a phrase, not a paragraph
    while k < limit:
        t = toks[k]
        w = t.low
        if w == "," and apposition:
            m = k + 1
            if (
                m < b
                and ctx.quote_of[m] < 0
                and (toks[m].low in ctx.det or toks[m].is_cap or toks[m].low[:1].isdigit())
            ):
                while m < limit and not ctx.stop(m) and toks[m].low not in ctx.verbs:
                    if ctx.lex.verb_forms.get(toks[m].low) and not toks[m].is_cap:
                        break
                    m += 1
                if m >= b or toks[m].low in SENT_END:
                    k = m
                    continue
            break
        if w == "(":  # "Rep. Bobby Scott (D-Va.)"
            m = k + 1
            while m < b and m - k < 10 and toks[m].low not in (")", ";") and ctx.quote_of[m] < 0:
                m += 1
            if m < b and toks[m].low == ")":
                k = m + 1
                continue
            break
        if ctx.stop(k) or (
            w in ctx.verbs
            and not (
                t.is_cap
                and (
                    (k + 1 < b and toks[k + 1].is_cap)  # a first name: "said Will Doyle"
                    or (k > j and toks[k - 1].is_cap and not _title_case(ctx, ctx.sent_of[k]))
                )  # a surname: "Shane Shook, an expert who ..., said"
            )
        ):
            break
        if k > j and (
            w in ctx.w.np_break
            or (w in ctx.time and (not t.is_cap or toks[k - 1].low not in ctx.prep))
        ):
            break
        if (
            k > j
            and ctx.lex.verb_forms.get(w)
            and not t.is_cap
            and not _is_noun_context(ctx, k, j)
            and not _noun_modifier(ctx, k, b)
            and not (  # "secretary of state John Kerry": after "of", a noun
                toks[k - 1].low == "of" and any(f.verb.nounlike for f in ctx.lex.verb_forms[w])
            )
            and not (  # "another Supreme Court advocate, X": the phrase's last noun
                toks[k - 1].is_cap
                and k - 1 > j
                and (k + 1 >= b or toks[k + 1].low in _NP_ENDS)
                and all(f.tag in ("base", "3sg") for f in ctx.lex.verb_forms[w])
            )
        ):
            break
        if not _np_token(ctx, k):
            break
        if (
            k > j
            and w.endswith("ed")
            and not t.is_cap
            and toks[k - 1].low not in ctx.det
            and k + 1 < b
            and (
                toks[k + 1].low in ctx.det
                or toks[k + 1].low[:1].isdigit()
                or _figure_start(ctx, k + 1, b)
            )
        ):
            break  # "the hospital treated 250 people": a past verb and its object
        k += 1
    while k > j and toks[k - 1].low in ctx.conj:
        k -= 1  # "backs Trump and denounces Clinton": the phrase ends before "and"
    if k == j:
        return None
    return (j, k)


_NP_ENDS = frozenset({",", ".", ";", ":", "who", "whose", "(", "—", "--"})


def _noun_modifier(ctx: _Ctx, k: int, b: int) -> bool:
    """Is token ``k``, a form of a cue verb whose base and -s forms are mostly nouns, a noun
    modifying the next word ("Huckabee campaign spokesman", "state officials")?"""
    forms = ctx.lex.verb_forms.get(ctx.toks[k].low, ())
    if not any(f.verb.nounlike and f.tag in ("base", "3sg") for f in forms):
        return False
    n = k + 1
    if n >= b or ctx.quote_of[n] >= 0:
        return False
    nxt = ctx.toks[n]
    w = nxt.low
    return (
        nxt.text[:1].isalpha()
        and not nxt.is_cap
        and not ctx.lex.verb_forms.get(w)
        and _np_token(ctx, n)
        and not (
            w in ctx.det
            or w in ctx.prep
            or w in ctx.conj
            or w in ctx.pron
            or w in ctx.adv
            or w in ctx.verbs
            or w in ctx.w.relative
            or w.endswith("ly")
        )
    )


def _verb_like(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` a verb of the clause ("filed", "sent", "has")?"""
    t = ctx.toks[k]
    w = t.low
    if t.is_cap:
        return False
    return w in ctx.verbs or (w.endswith("ed") and len(w) > 3) or bool(ctx.lex.verb_forms.get(w))


def _year(w: str) -> bool:
    """A year written in digits: "2001", "1998"."""
    return len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")


def _modified_subject(ctx: _Ctx, np: tuple[int, int], a: int) -> tuple[int, int]:
    """The noun phrase before a verb may be the object inside a modifier of the subject:
    "Protesters marching through the streets chanted" (a participle and a preposition), "One
    of the doctors who sent the letter called" (a relative clause). Then the subject is the
    head before the modifier; else ``np`` itself."""
    toks = ctx.toks
    k = np[0] - 1
    if k - 1 < a:
        return np
    w = toks[k].low
    if w in ctx.prep and w != "of":
        m = k - 1  # "marching through": the participle, right before the preposition
        if toks[m].low.endswith("ing") and not toks[m].is_cap and m - 1 >= a:
            head = _np_left(ctx, m, a)
            if head is not None:
                return head
    elif _verb_like(ctx, k) and (
        toks[k - 1].low in ("who", "that")
        or (toks[k - 1].low in ctx.aux and k - 2 >= a and toks[k - 2].low in ("who", "that"))
    ):
        # "who sent the letter", "who have praised him": a relative pronoun, then the verb;
        # the clause is the source's
        k = k - 1 if toks[k - 1].low in ctx.aux else k
        if k - 2 < a:
            return np
        head = _np_left(ctx, k - 1, a)
        if head is not None:
            return (head[0], np[1])
    return np


def _relative_subject(ctx: _Ctx, g0: int, a: int) -> tuple[int, int] | None:
    """A subject whose relative clause ends with a verb, right before the verb group at ``g0``
    ("Another man who did not want to be named said"): the head, "who" and the clause."""
    toks = ctx.toks
    m = g0 - 1
    while m > a and g0 - m <= 24:
        w = toks[m].low
        if w in CLAUSE_PUNCT or ctx.quote_of[m] >= 0 or w in SENT_END:
            return None
        if w == "who":
            if toks[m - 1].low in ctx.w.coordinator:
                m -= 2  # "who worshiped here and who did not want to be named": the first
                continue
            head = _np_left(ctx, m, a)
            return (head[0], g0) if head is not None else None
        m -= 1
    return None


def _main_subject_from(ctx: _Ctx, a: int, b: int) -> tuple[int, int] | None:
    """:func:`_main_subject` of the clause from token ``a`` to the sentence's end ``b``,
    memoised: every participle of a sentence asks for it, and it scans the clause."""
    key = (-1 - a, b)  # (negative: no clash with _np_left's keys)
    if key not in ctx.np_cache:
        ctx.np_cache[key] = _main_subject(ctx, b, a)
    return ctx.np_cache[key]


def _subject_run(ctx: _Ctx, m: int, k: int) -> int:
    """Where the subject that starts at token ``m`` ends (before ``k``): at its verb."""
    toks = ctx.toks
    e = m
    while e < k and _np_token(ctx, e) and toks[e].low not in ctx.verbs:
        if ctx.lex.verb_forms.get(toks[e].low) and not toks[e].is_cap:
            break
        if (
            toks[e].low in ctx.conj
            or (toks[e].low.endswith("ed") and not toks[e].is_cap)
            or (toks[e].low in ctx.adv and not toks[e].is_cap)
        ):
            break  # "Scott beamed and asked ...", "Democrats also described ..."
        if toks[e].low in ctx.prep and not (e + 1 < k and _np_token(ctx, e + 1)):
            break
        e += 1
    return e


def _main_subject(ctx: _Ctx, k: int, a: int) -> tuple[int, int] | None:
    """For '..., saying C' and '... and said C': the subject at the start of the sentence,
    after a fronted phrase ("Speaking on CNBC on Monday, Mr. Ubben called ...")."""
    toks = ctx.toks
    m = a
    q = ctx.quote_of[m] if m < k else -1
    if q >= 0 and ctx.quote_toks[q][0] == m and ctx.quote_toks[q][1] < k:
        m = ctx.quote_toks[q][1]  # '"C," Blige sings to her before asking': after the quote
        if m < k and toks[m].low == ",":
            m += 1
    while m < k and toks[m].low in ctx.conj:
        m += 1
    d = m
    while d < k and d - m < 4 and toks[d].text.isupper() and len(toks[d].text) > 1:
        d += 1
    if m < d < k - 1 and toks[d].low in _DASHES:
        m = d + 1  # "BRUSSELS - European leaders gathered ..., offering C": a dateline
    while m < k:
        first = toks[m].low
        if first in ctx.adv and first not in ctx.time and m + 1 < k and toks[m + 1].low != ",":
            m += 1  # "Also, ..." is a phrase; "Separately Trump said" is not
            continue
        if not (
            first in ctx.adv
            or first in ctx.prep
            or first in ctx.subord
            or first in ctx.time
            or first.endswith(("ing", "ed", "ly"))
            or first in ctx.parenthetical
            or first in ctx.conj
        ):
            break
        # skip to the comma that ends the fronted phrase ("Chastened by the analyses, as well
        # as complaints over its costs, Trump revised ...")
        c = m
        pron = -1  # "On September 27 they published": a subject pronoun, where no comma is
        while c < k and not (
            (toks[c].low == "," and ctx.quote_of[c] < 0) or _quote_ends_with_comma(ctx, c)
        ):
            if pron < 0 and c > m and toks[c].low in ctx.subj and toks[c].low != "it":
                pron = c
            c += 1
        if c >= k:
            if pron < 0:
                return None
            m = pron
            break
        m = c + 1
    e = _subject_run(ctx, m, k)
    if m < e < k - 1 and toks[e].low in ctx.w.time_after and toks[e + 1].low != ",":
        # "A few minutes later they reversed themselves and said": a fronted time phrase
        m = e + 1
        e = _subject_run(ctx, m, k)
    if e == m or e > k or (e == k and not (k < len(toks) and toks[k].low == ",")):
        return None  # (a noun phrase up to the comma: "Mr. Manafort, citing C, said")
    return (m, e)


# --------------------------------------------------------------------------------------------
# nesting


def _nest(found: list[Found], text: str) -> None:
    """Mark each attribution whose cue lies inside another's content with that parent (the
    nearest content that holds the cue). Contents are looked up by position, so a paragraph
    with many attributions costs no more than their number."""

    def inside(f: Found, g: Found) -> bool:
        return any(s <= f.cue[0] and f.cue[1] <= e for s, e in g.content)

    def postposed(f: Found) -> bool:
        if not f.content or f.content[-1][1] > f.cue[0]:
            return False
        end = f.content[-1][1]
        nxt = f.cue[0]
        if f.source is not None and end <= f.source[0] < f.cue[0]:
            nxt = f.source[0]
        return text[end:nxt].strip() in ("", ",")  # '"C," said X' / 'C, X said'

    # When two contents hold each other's cues, the outer one is the cue that stands after
    # its content ('X did Y and "C," said Z': "said" reaches over the clause before it), else
    # the larger content. Each is computed once.
    rank = [(postposed(f), sum(e - s for s, e in f.content)) for f in found]
    spans = sorted((s, e, m) for m, g in enumerate(found) for s, e in g.content)
    starts = [x[0] for x in spans]
    for n, f in enumerate(found):
        k = bisect.bisect_right(starts, f.cue[0]) - 1
        tries = 0
        while k >= 0 and tries < 32:  # nearest starts first; far ones cannot hold it
            _s, e, m = spans[k]
            g = found[m]
            if m != n and f.cue[1] <= e and not (inside(g, f) and rank[m] <= rank[n]):
                f.parent = m
                break
            k -= 1
            tries += 1
