"""Find attributions: cue, source and content spans in one paragraph.

A pure function of the paragraph's text, its sentences and quotations, and the lexicon. It
returns :class:`Found` records (character offsets only); :mod:`factcheck.resolve` turns them into
model objects. The rules follow PolNeAR's annotation guidelines: auxiliaries, negation and
adverbs join the cue ("has also said"); a that-clause's content includes "that"; a quotation's
content includes its marks; the recipient ("told *reporters* that") belongs to no span; the
sentence's final full stop belongs to no span.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from .lexicon import Lexicon, PhraseCue, VerbForm
from .model import Certainty, Polarity
from .text import Token, quotations, tokenize

QUOTE_OPEN = frozenset({"“", "``", "«", "‘"})
QUOTE_CLOSE = frozenset({"”", "»", "’"})
STRAIGHT = frozenset({'"', "''"})
DASHES = frozenset({"—", "–", "--", "-"})
CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "—", "–", "--"})
SENT_END = frozenset({".", "!", "?", "…"})


@attrs.define(slots=True)
class Found:
    """An attribution as offsets, before sources are resolved."""

    cue: tuple[int, int]
    lemma: str
    certainty: Certainty
    polarity: Polarity
    content: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    according: bool = False
    parent: int | None = None  # index into the paragraph's list


@attrs.define(slots=True)
class _Ctx:
    """A paragraph being read: its tokens and where sentences and quotations fall."""

    text: str
    toks: list[Token]
    sent_of: list[int]  # sentence index of each token
    sent_bounds: list[tuple[int, int]]  # token index range [a, b) of each sentence
    quote_of: list[int]  # index of the quotation a token is in (marks included), or -1
    quotes: list[tuple[int, int]]  # char spans of quotations
    quote_toks: list[tuple[int, int]]  # token index range [a, b) of each quotation
    title_case: list[bool]  # per sentence: most words capitalised (a headline)
    lex: Lexicon
    det: frozenset[str]
    pron: frozenset[str]
    prep: frozenset[str]
    conj: frozenset[str]
    subord: frozenset[str]
    wh: frozenset[str]
    aux: frozenset[str]
    modal: frozenset[str]
    neg: frozenset[str]
    cue_adv: frozenset[str]
    time: frozenset[str]
    poss: frozenset[str]
    subj_pron: frozenset[str]


def find_in_paragraph(
    text: str,
    start: int,
    end: int,
    sentences: Sequence[tuple[int, int]],
    lexicon: Lexicon,
    quotes: Sequence[tuple[int, int]] | None = None,
) -> list[Found]:
    """Attributions whose cue lies in the paragraph ``text[start:end]``."""
    toks = tokenize(text, start, end)
    if not toks:
        return []
    if quotes is None:
        quotes = quotations(text, start, end)
    ctx = _context(text, toks, sentences, list(quotes), lexicon)
    found: list[Found] = []
    for i in range(len(toks)):
        if ctx.quote_of[i] >= 0:
            continue
        f = _cue_at(ctx, i, found)
        if f is not None:
            found.append(f)
    _nest(found)
    return found


def _context(
    text: str,
    toks: list[Token],
    sentences: Sequence[tuple[int, int]],
    quotes: list[tuple[int, int]],
    lex: Lexicon,
) -> _Ctx:
    starts = [s for s, _ in sentences]
    sent_of = [max(0, bisect.bisect_right(starts, t.start) - 1) for t in toks]
    bounds: list[tuple[int, int]] = []
    for k in range(len(sentences)):
        a = bisect.bisect_left(sent_of, k)
        b = bisect.bisect_right(sent_of, k)
        bounds.append((a, b))
    quote_of = [-1] * len(toks)
    qtoks: list[tuple[int, int]] = []
    tstarts = [t.start for t in toks]
    for q, (qs, qe) in enumerate(quotes):
        a = bisect.bisect_left(tstarts, qs)
        b = bisect.bisect_left(tstarts, qe)
        for k in range(a, b):
            quote_of[k] = q
        qtoks.append((a, b))
    w = lex.words
    title = []
    for a, b in bounds:
        words = [t for t in toks[a:b] if t.text[:1].isalpha() and len(t.text) > 3]
        title.append(len(words) >= 3 and sum(t.is_cap for t in words) >= 0.8 * len(words))
    return _Ctx(
        text,
        toks,
        sent_of,
        bounds,
        quote_of,
        quotes,
        qtoks,
        title,
        lex,
        w("determiner"),
        w("pronoun"),
        w("preposition"),
        w("conjunction"),
        w("subordinator"),
        w("wh"),
        w("auxiliary"),
        w("modal"),
        w("negation"),
        w("cue_adverb"),
        w("time_word"),
        w("possessive"),
        w("subject_pronoun"),
    )


# --------------------------------------------------------------------------------------------
# cue detection


def _cue_at(ctx: _Ctx, i: int, found: list[Found]) -> Found | None:
    tok = ctx.toks[i]
    if found and found[-1].cue[1] > tok.start:  # inside a cue already found
        return None
    phrases = ctx.lex.phrases_by_first.get(tok.low)
    if phrases:
        for p in phrases:
            n = len(p.words)
            if i + n <= len(ctx.toks) and all(ctx.toks[i + k].low == p.words[k] for k in range(n)):
                f = _phrase_cue(ctx, i, i + n, p)
                if f is not None:
                    return f
    forms = ctx.lex.verb_forms.get(tok.low)
    if forms:
        return _verb_cue(ctx, i, forms)
    return None


def _sent(ctx: _Ctx, i: int) -> tuple[int, int]:
    return ctx.sent_bounds[ctx.sent_of[i]]


def _is_noun_context(ctx: _Ctx, i: int) -> bool:
    """Is the word at ``i`` used as a noun (after a determiner, possessive or adjective)?"""
    a, _ = _sent(ctx, i)
    if i <= a:
        return False
    prev = ctx.toks[i - 1]
    p = prev.low
    if p in ctx.det or p in ctx.poss or p.endswith("'s") or p == "'s":
        return p not in ("that", "all", "both", "some", "many", "most", "few", "several")
    return False


def _verb_ok(ctx: _Ctx, i: int, vf: VerbForm) -> bool:
    """Does the context read the form at ``i`` as a verb?"""
    a, _ = _sent(ctx, i)
    tok = ctx.toks[i]
    prev = ctx.toks[i - 1] if i > a else None
    p = prev.low if prev is not None else ""
    # a capital inside a sentence is a name ("Islamic State"), unless the line is in title case
    if (
        tok.is_cap
        and prev is not None
        and ctx.quote_of[i - 1] < 0
        and not ctx.title_case[ctx.sent_of[i]]
    ):
        return False
    if _is_noun_context(ctx, i):
        return False
    if prev is None:
        return vf.tag in ("past", "3sg", "ing")
    if p[:1].isdigit():  # "100 suspected militants"
        return False
    if vf.tag == "base":
        # "they say", "will say", "to say", "did not say", "officials say"
        return bool(
            p in ctx.subj_pron
            or p in ctx.modal
            or p in ctx.neg
            or p in ("to", "do", "does", "did", "don't", "didn't", "who", "and", "that")
            or p in ctx.cue_adv
            or (
                prev.text[:1].isalpha()
                and p.endswith("s")
                and p not in ctx.prep
                and p not in ctx.aux
            )
            or prev.is_cap
        )
    if vf.tag == "3sg":
        # "are fears", "to reports", "his claims" are nouns
        return not (p in ctx.aux or p in ctx.modal or p in ctx.prep or p in ctx.det or p == "to")
    if vf.tag in ("past", "part"):
        # "over alleged links", "the so-called": adjectives
        return not (p in ctx.prep and p not in ("that",)) or p == "by"
    if vf.tag == "ing":
        return p not in ctx.det
    return True


def _verb_cue(ctx: _Ctx, i: int, forms: tuple[VerbForm, ...]) -> Found | None:
    ok = [vf for vf in forms if _verb_ok(ctx, i, vf)]
    if not ok:
        return None
    vf = ok[0]
    verb = vf.verb
    a, b = _sent(ctx, i)
    # the verb group: auxiliaries, modals, negation and adverbs to the left
    g0 = i
    passive = False
    while g0 - 1 >= a:
        w = ctx.toks[g0 - 1].low
        if w in ctx.aux or w in ctx.modal or w in ctx.neg or w in ctx.cue_adv:
            g0 -= 1
            if w in ("is", "are", "was", "were", "be", "been", "being", "am") and vf.tag in (
                "part",
                "past",
            ):
                passive = True
        else:
            break
    # do not take a sentence-initial adverb ("Later, ...") into the group
    while g0 < i and ctx.toks[g0].low in ctx.cue_adv and (g0 == a or ctx.toks[g0 - 1].low == ","):
        g0 += 1
    g1 = i + 1
    # particles and prepositions that join the verb: "called for", "pointed out", "talked about"
    if g1 < b and ctx.toks[g1].low in verb.preps:
        g1 += 1
    if g1 == i + 1 and verb.preps and not verb.frames - {"obj", "rcp"}:
        return None  # "point", "talk" attribute only with their preposition
    certainty = verb.certainty
    polarity = verb.polarity
    group_words = {t.low for t in ctx.toks[g0:i]}
    if group_words & {"may", "might", "could"}:
        certainty = Certainty.POSSIBLE
    if group_words & ctx.neg and verb.polarity is Polarity.POSITIVE:
        certainty = Certainty.UNDERSPECIFIED
    if passive:
        return _passive(ctx, i, g0, g1, verb.lemma, certainty, polarity)
    cue = (ctx.toks[g0].start, ctx.toks[g1 - 1].end)
    return _frame(ctx, i, g0, g1, vf, cue, certainty, polarity)


def _phrase_cue(ctx: _Ctx, i: int, j: int, p: PhraseCue) -> Found | None:
    a, b = _sent(ctx, i)
    cue = (ctx.toks[i].start, ctx.toks[j - 1].end)
    if p.kind == "according":
        return _according(ctx, i, j, cue, p)
    if p.kind == "adverb":
        if j < b and ctx.toks[j].low in ("to", "that"):  # "reportedly to", "apparently that" rare
            return None
        content = _clause_span(ctx, a, b, exclude=(i, j))
        if not content:
            return None
        return Found(cue, p.phrase, p.certainty, p.polarity, content)
    if p.kind == "passive":
        # "Trump is expected to win": the subject and the to-clause are the content
        subj = _np_left(ctx, i, a)
        content = []
        if subj is not None:
            content.append((ctx.toks[subj[0]].start, ctx.toks[subj[1] - 1].end))
        # the phrase ends with "to": the content runs from "to"
        c = _clause_to_end(ctx, j - 1, b)
        if c is None:
            return None
        content.append(c)
        return Found((*cue[0:1], ctx.toks[j - 2].end), p.phrase, p.certainty, p.polarity, content)
    if p.kind == "verb":
        # "went on to say", "made it clear": a verb; the source is the subject
        vf = None
        last = ctx.lex.verb_forms.get(ctx.toks[j - 1].low)
        if last:
            vf = last[0]
        src = _np_left(ctx, i, a)
        after = _content_after(ctx, j, b, vf.verb.frames if vf else frozenset({"that", "quote"}))
        if after is None:
            return None
        content, _ = after
        source = None if src is None else (ctx.toks[src[0]].start, ctx.toks[src[1] - 1].end)
        return Found(cue, p.phrase, p.certainty, p.polarity, content, source)
    return None


# --------------------------------------------------------------------------------------------
# frames


def _frame(
    ctx: _Ctx,
    i: int,
    g0: int,
    g1: int,
    vf: VerbForm,
    cue: tuple[int, int],
    certainty: Certainty,
    polarity: Polarity,
) -> Found | None:
    verb = vf.verb
    a, b = _sent(ctx, i)
    toks = ctx.toks
    lemma = verb.lemma
    # Where does the clause holding the cue start? (after a comma, a quotation, a conjunction)
    left = g0 - 1
    # 1. postposed: "C," X said / "C," said X / C, X said.
    post = _postposed(ctx, g0, g1, a, b)
    if post is not None:
        content, source = post
        return Found(cue, lemma, certainty, polarity, content, source)
    # 2. preposed: X said C
    src = _np_left(ctx, g0, a)
    if src is None and vf.tag == "ing":
        # participial: "..., saying that C": the source is the subject of the main clause
        src = _main_subject(ctx, g0, a)
    relative = left >= a and toks[left].low in ("who", "which", "that")
    coordinated = left >= a and toks[left].low in ("and", "but")
    if src is None and not relative and vf.tag != "ing" and not coordinated:
        return None
    frames = verb.frames
    after = _content_after(ctx, g1, b, frames)
    if after is None:
        return None
    content, extra_cue_end = after
    if extra_cue_end is not None:
        cue = (cue[0], extra_cue_end)
    source = None
    if src is not None:
        source = (toks[src[0]].start, toks[src[1] - 1].end)
    elif left >= a and toks[left].low in ("who", "which", "that"):
        source = (toks[left].start, toks[left].end)
    elif left >= a and toks[left].low in ("and", "but"):
        ms = _main_subject(ctx, left, a)
        if ms is not None:
            source = (toks[ms[0]].start, toks[ms[1] - 1].end)
    return Found(cue, lemma, certainty, polarity, content, source)


def _passive(
    ctx: _Ctx,
    i: int,
    g0: int,
    g1: int,
    lemma: str,
    certainty: Certainty,
    polarity: Polarity,
) -> Found | None:
    """ "was asked about", "is expected to", "has been told": no source unless "by X"."""
    _a, b = _sent(ctx, i)
    toks = ctx.toks
    j = g1
    source = None
    if j < b and toks[j].low == "by":
        np = _np_right(ctx, j + 1, b)
        if np is not None:
            source = (toks[np[0]].start, toks[np[1] - 1].end)
            j = np[1]
    after = _content_after(ctx, j, b, frozenset({"that", "to", "quote", "wh", "obj"}))
    if after is None:
        return None
    content, extra = after
    cue = (toks[g0].start, extra if extra is not None else toks[g1 - 1].end)
    return Found(cue, lemma, certainty, polarity, content, source)


def _according(ctx: _Ctx, i: int, j: int, cue: tuple[int, int], p: PhraseCue) -> Found | None:
    a, b = _sent(ctx, i)
    np = _np_right(ctx, j, b, allow_apposition=False)
    if np is None:
        return None
    source = (ctx.toks[np[0]].start, ctx.toks[np[1] - 1].end)
    # content: the rest of the sentence, without the according-phrase
    content = _clause_span(ctx, a, b, exclude=(i, np[1]))
    if not content:
        return None
    return Found(cue, "according to", p.certainty, p.polarity, content, source, according=True)


def _postposed(
    ctx: _Ctx, g0: int, g1: int, a: int, b: int
) -> tuple[list[tuple[int, int]], tuple[int, int] | None] | None:
    """The cue stands after its content: "C," X said. / "C," said X. / C, X said."""
    toks = ctx.toks
    # inverted: the cue follows a comma/closing quote directly ("...," said Smith)
    prev = g0 - 1
    if prev >= a and (toks[prev].low == "," or _closes_quote(ctx, prev)):
        after = g1
        np = _np_right(ctx, after, b)
        if np is not None and (np[1] >= b or toks[np[1]].low in SENT_END | {",", ":"}):
            content = _content_before(ctx, prev, a)
            if content:
                if np[1] < b and toks[np[1]].low in (",", ":"):
                    content += _continuation_inline(ctx, np[1] + 1, b)
                return content, (toks[np[0]].start, toks[np[1] - 1].end)
    # normal order after a comma: "C, X said." / "“C,” X said."
    src = _np_left(ctx, g0, a)
    if src is None:
        return None
    s0 = src[0]
    before = s0 - 1
    if before < a:
        return None
    if not (toks[before].low == "," or _closes_quote(ctx, before)):
        return None
    # the cue must end the clause: nothing, or a comma/adjunct before the end of the sentence
    j = _skip_adjuncts(ctx, g1, b)
    if j < b and toks[j].low not in SENT_END | {",", ":", ";"}:
        return None
    content = _content_before(ctx, before, a)
    if not content:
        return None
    if j < b and toks[j].low in (",", ":"):
        content += _continuation_inline(ctx, j + 1, b)
    return content, (toks[src[0]].start, toks[src[1] - 1].end)


def _closes_quote(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` the closing mark of a quotation?"""
    q = ctx.quote_of[k]
    if q < 0:
        return False
    return ctx.quote_toks[q][1] - 1 == k and ctx.toks[k].text in QUOTE_CLOSE | STRAIGHT


def _content_before(ctx: _Ctx, k: int, a: int) -> list[tuple[int, int]]:
    """Content ending at token ``k`` (a comma or closing quote) and starting at its clause start."""
    toks = ctx.toks
    end_tok = k
    if toks[k].low == ",":
        # the comma belongs to the content only if it is inside a quotation
        end_tok = k - 1
        if end_tok >= a and _closes_quote(ctx, end_tok):
            pass
    if end_tok < a:
        return []
    q = ctx.quote_of[end_tok]
    if q >= 0 and _closes_quote(ctx, end_tok):
        qs, _qe = ctx.quotes[q]
        qa, _ = ctx.quote_toks[q]
        # the quotation may begin in an earlier sentence of the paragraph: take all of it
        if qa <= a:
            return [(qs, toks[end_tok].end)]
        # text before the quotation in this sentence ("He said it was "great,"" is mixed)
        return [(toks[_clause_start(ctx, qa, a)].start, toks[end_tok].end)]
    s = _clause_start(ctx, end_tok, a)
    # drop a sentence-initial frame that is not content: "It comes as C, according to X"
    s = _skip_frame(ctx, s, end_tok)
    if s > end_tok:
        return []
    # a quotation that starts before the sentence (multi-sentence quote)
    q0 = ctx.quote_of[s]
    if q0 >= 0 and ctx.quote_toks[q0][0] < s:
        return [(ctx.quotes[q0][0], toks[end_tok].end)]
    return [(toks[s].start, toks[end_tok].end)]


def _clause_start(ctx: _Ctx, k: int, a: int) -> int:
    """Start of the content that ends at ``k``: the sentence start, after a colon or a dash."""
    s = a
    for m in range(k, a - 1, -1):
        w = ctx.toks[m].low
        if ctx.quote_of[m] >= 0:
            continue
        if w in (":", ";") or w in ("—", "--"):
            s = m + 1
            break
    return s


def _skip_frame(ctx: _Ctx, s: int, end: int) -> int:
    """Skip "It comes as", "This comes as", "It came as" at the start of content."""
    toks = ctx.toks
    if (
        s + 2 <= end
        and toks[s].low in ("it", "this", "that")
        and toks[s + 1].low
        in (
            "comes",
            "came",
            "come",
            "follows",
            "followed",
        )
    ):
        k = s + 2
        if k <= end and toks[k].low in ("as", "after", "amid", "despite", "days", "hours", "a"):
            # "It comes as", "It came after", "It comes days after"
            while k <= end and toks[k].low in (
                "as",
                "after",
                "amid",
                "despite",
                "days",
                "hours",
                "a",
                "week",
                "day",
                "just",
            ):
                k += 1
            return k
    return s


def _continuation_inline(ctx: _Ctx, j: int, b: int) -> list[tuple[int, int]]:
    """After "“A,” he said," a second quotation in the same sentence continues the content."""
    if j < b and ctx.quote_of[j] >= 0 and ctx.quote_toks[ctx.quote_of[j]][0] == j:
        return [ctx.quotes[ctx.quote_of[j]]]
    return []


def _skip_adjuncts(ctx: _Ctx, j: int, b: int) -> int:
    """Skip time and place adjuncts after a cue: "on Monday", "in a statement", "last week"."""
    toks = ctx.toks
    k = j
    while k < b:
        w = toks[k].low
        if w in ctx.time or w in (
            "on",
            "in",
            "at",
            "during",
            "via",
            "from",
            "late",
            "early",
            "this",
            "last",
            "recently",
            "later",
            "earlier",
        ):
            # consume a short prepositional phrase
            m = k + 1
            while (
                m < b
                and m - k < 8
                and toks[m].low not in SENT_END | CLAUSE_PUNCT
                and toks[m].low not in ("that", "to", "whether", "if", "how", "why", "what")
                and ctx.quote_of[m] < 0
            ):
                m += 1
            if (
                m < b
                and toks[m].low not in SENT_END | {",", ":", ";"}
                and ctx.quote_of[m] < 0
                and toks[m].low not in ("that",)
            ):
                return k
            k = m
            continue
        break
    return k


def _content_after(
    ctx: _Ctx, j: int, b: int, frames: frozenset[str]
) -> tuple[list[tuple[int, int]], int | None] | None:
    """Content after the cue group ending at ``j``; returns (content, new cue end or None)."""
    toks = ctx.toks
    extra: int | None = None
    j0 = j
    j = _skip_adjuncts(ctx, j, b)
    if j >= b or toks[j].low in SENT_END:
        return None
    w = toks[j].low
    if w == ":":
        extra = toks[j].end if j == j0 else None
        return _content_from(ctx, j + 1, b), extra
    if w == "," and j + 1 < b and ctx.quote_of[j + 1] >= 0:
        return _content_from(ctx, j + 1, b), None
    if ctx.quote_of[j] >= 0 and "quote" in frames | {"that"}:
        return _content_from(ctx, j, b), None
    if w == "that" and ("that" in frames):
        return _content_from(ctx, j, b), None
    if w in ("whether", "if", "how", "why", "what", "when", "where", "who") and "wh" in frames:
        return _content_from(ctx, j, b), None
    if w == "to" and "to" in frames:
        return _content_from(ctx, j, b), None
    if w in (",", ";", "—", "--", "(", ")") or w in ctx.conj:
        return None
    # a recipient: "told reporters that", "urged Congress to", "asked him whether"
    if "rcp" in frames:
        np = _np_right(ctx, j, b, allow_apposition=False)
        if np is not None and np[1] < b:
            k = _skip_adjuncts(ctx, np[1], b)
            if k < b:
                nw = toks[k].low
                if (
                    nw in ("that", "to", ":", "whether", "if", "how", "why", "what")
                    or ctx.quote_of[k] >= 0
                ):
                    if nw == ":":
                        return _content_from(ctx, k + 1, b), None
                    if nw == "to" and "to" not in frames:
                        return None
                    return _content_from(ctx, k, b), None
                if nw == "," and k + 1 < b and ctx.quote_of[k + 1] >= 0:
                    return _content_from(ctx, k + 1, b), None
    if "that" in frames or "obj" in frames:
        return _content_from(ctx, j, b), None
    return None


def _content_from(ctx: _Ctx, j: int, b: int) -> list[tuple[int, int]]:
    """Content starting at token ``j``: a quotation, or the clause up to the sentence's end."""
    toks = ctx.toks
    if j >= b:
        return []
    q = ctx.quote_of[j]
    if q >= 0 and ctx.quote_toks[q][0] == j:
        qs, qe = ctx.quotes[q]
        _qa, qb = ctx.quote_toks[q]
        # text after the quotation in the same sentence continues an indirect clause? keep quote
        rest = qb
        if (
            rest < b
            and toks[rest].low not in SENT_END | {",", ";"}
            and not _starts_new_attr(ctx, rest, b)
        ):
            # "... “fall” of Islamic State ..." : a quoted fragment inside a clause
            span = _clause_to_end(ctx, j, b)
            return [span] if span else []
        return [(qs, qe)]
    span = _clause_to_end(ctx, j, b)
    return [span] if span else []


def _starts_new_attr(ctx: _Ctx, k: int, b: int) -> bool:
    toks = ctx.toks
    return k < b and toks[k].low in ("he", "she", "they", "it", "said", "says", "told", "added")


def _clause_to_end(ctx: _Ctx, j: int, b: int) -> tuple[int, int] | None:
    """From token ``j`` to the end of the sentence, without its final punctuation, and stopping
    before a trailing attribution (", according to X", ", he said", ", adding that")."""
    toks = ctx.toks
    e = b
    k = j
    while k < b:
        w = toks[k].low
        if ctx.quote_of[k] >= 0:
            _qa, qb = ctx.quote_toks[ctx.quote_of[k]]
            k = max(k + 1, qb)
            continue
        if w == "," and k + 1 < b:
            nw = toks[k + 1].low
            if nw in (
                "according",
                "adding",
                "saying",
                "noting",
                "arguing",
                "citing",
                "telling",
                "insisting",
                "explaining",
                "warning",
                "claiming",
                "stressing",
                "suggesting",
                "calling",
                "referring",
                "acknowledging",
                "asking",
            ):
                e = k
                break
            # ", he said." / ", officials said." at the end of the sentence
            if _is_tail_attribution(ctx, k + 1, b):
                e = k
                break
        if w == ";":
            e = k
            break
        k += 1
    # drop the final punctuation (outside quotations)
    while e > j and toks[e - 1].low in SENT_END and ctx.quote_of[e - 1] < 0:
        e -= 1
    while e > j and toks[e - 1].low in (",", ":", ";", "—", "-", "--") and ctx.quote_of[e - 1] < 0:
        e -= 1
    if e <= j:
        return None
    return (toks[j].start, toks[e - 1].end)


def _is_tail_attribution(ctx: _Ctx, k: int, b: int) -> bool:
    """Do tokens k..b read as a trailing "X said." (a short subject, a cue verb, the end)?"""
    toks = ctx.toks
    m = k
    while m < b and m - k < 12:
        forms = ctx.lex.verb_forms.get(toks[m].low)
        if forms and m > k:
            e = _skip_adjuncts(ctx, m + 1, b)
            return e >= b or toks[e].low in SENT_END | {","}
        if toks[m].low in SENT_END | CLAUSE_PUNCT:
            return False
        m += 1
    if k < b and ctx.lex.verb_forms.get(toks[k].low):
        # ", said Smith."
        e = k + 1
        while e < b and toks[e].low not in SENT_END | {","}:
            if ctx.lex.verb_forms.get(toks[e].low):
                return False
            e += 1
        return True
    return False


def _clause_span(ctx: _Ctx, a: int, b: int, exclude: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentence a..b without the tokens ``exclude`` (and the commas around them)."""
    toks = ctx.toks
    x0, x1 = exclude
    out = []
    # before
    e = x0
    while e > a and toks[e - 1].low in (",", "—", "--", "(") and ctx.quote_of[e - 1] < 0:
        e -= 1
    s = _skip_frame(ctx, a, e - 1) if e > a else a
    if e > s:
        q0 = ctx.quote_of[s]
        start = ctx.quotes[q0][0] if q0 >= 0 and ctx.quote_toks[q0][0] < s else toks[s].start
        out.append((start, toks[e - 1].end))
    # after
    s = x1
    while s < b and toks[s].low in (",", "—", "--", ")", ":") and ctx.quote_of[s] < 0:
        s += 1
    span = _clause_to_end(ctx, s, b) if s < b else None
    if span:
        out.append(span)
    return out


# --------------------------------------------------------------------------------------------
# noun phrases


def _np_left(ctx: _Ctx, g0: int, a: int) -> tuple[int, int] | None:
    """The subject noun phrase that ends just before token ``g0``: token range [s, g0)."""
    toks = ctx.toks
    k = g0 - 1
    if k < a:
        return None
    if ctx.quote_of[k] >= 0:
        return None
    w = toks[k].low
    if w in (",", ")") and k - 1 >= a:
        # "Joe Smith, a spokesman for the ministry, said"
        app = _apposition_left(ctx, k, a)
        if app is not None:
            return app
        return None
    if not _np_token(ctx, k) or w in ctx.conj or w in ctx.prep or w in ctx.det:
        return None
    s = k
    while s - 1 >= a:
        t = toks[s - 1]
        lw = t.low
        if ctx.quote_of[s - 1] >= 0 or lw in SENT_END or lw in CLAUSE_PUNCT:
            break
        if lw in ctx.subord and lw not in ("after", "before", "since", "as"):
            break
        if lw in ("after", "before", "since", "as", "when", "while", "because", "if", "than"):
            break
        if lw in ctx.aux or lw in ctx.modal or lw in ctx.neg:
            break
        if ctx.lex.verb_forms.get(lw) and not _is_noun_context(ctx, s - 1) and not t.is_cap:
            break
        if lw in ctx.conj:
            # "Google and Yahoo said": keep the conjunction when both sides are names/nouns
            if s - 2 >= a and _np_token(ctx, s - 2) and toks[s - 2].low not in ctx.prep:
                s -= 1
                continue
            break
        if lw in ctx.prep:
            # "a spokesman for the ministry", "officials at the State Department"
            if (
                lw in ("of", "for", "to", "from", "at", "with", "in", "on")
                and s - 2 >= a
                and _np_token(ctx, s - 2)
            ):
                s -= 1
                continue
            break
        if not _np_token(ctx, s - 1):
            break
        s -= 1
    s = _trim_np_start(ctx, s, k)
    if s > k:
        return None
    if k - s > 20:
        return None
    return (s, k + 1)


def _trim_np_start(ctx: _Ctx, s: int, k: int) -> int:
    """Drop leading adverbs, conjunctions, and a fronted adjunct ("On Thursday", "Later")."""
    toks = ctx.toks
    while s <= k:
        w = toks[s].low
        if (
            w in ctx.conj
            or w in ctx.cue_adv
            or w in ("meanwhile", "however", "instead", "separately", "so", "then", "thus")
        ):
            s += 1
            continue
        if w in ctx.time and s < k:
            s += 1
            continue
        if w in ctx.prep and s < k:
            # a fronted prepositional phrase: skip to its end (a time word or a noun before a
            # capitalised word or determiner)
            m = s + 1
            while (
                m < k
                and (toks[m].low in ctx.det or toks[m].low in ctx.time or not toks[m].is_cap)
                and toks[m].low not in ctx.pron
            ):
                if toks[m].low in ctx.time:
                    m += 1
                    break
                m += 1
            if m <= k and m > s + 1:
                s = m
                continue
            return k + 1
        break
    return s


def _np_token(ctx: _Ctx, k: int) -> bool:
    """Can token ``k`` be part of a noun phrase?"""
    t = ctx.toks[k]
    w = t.low
    if not (t.text[:1].isalnum() or w in ("'s", "’s", "&", "-", "'", "’", "@", "(", ")", ".")):
        return False
    if w in ctx.aux or w in ctx.modal or w in ctx.neg or w in ctx.subord or w in ctx.wh:
        return w in ("that", "which", "who") and False
    return True


def _apposition_left(ctx: _Ctx, k: int, a: int) -> tuple[int, int] | None:
    """``k`` is the comma closing an apposition: "Joe Smith, a spokesman for X," / "X, 45,"."""
    toks = ctx.toks
    # find the opening comma
    m = k - 1
    while (
        m >= a
        and toks[m].low not in (",", "(")
        and toks[m].low not in SENT_END
        and ctx.quote_of[m] < 0
        and k - m < 25
    ):
        m -= 1
    if m < a or toks[m].low not in (",", "("):
        return None
    inner = _np_left(ctx, k, m + 1) if k > m + 1 else None
    if inner is None or inner[0] != m + 1:
        # "X, who ..., said": relative clause
        if m + 1 < k and toks[m + 1].low in ("who", "which"):
            pass
        else:
            return None
    head = _np_left(ctx, m, a)
    if head is None:
        return None
    return (head[0], k + 1)


def _np_right(ctx: _Ctx, j: int, b: int, allow_apposition: bool = True) -> tuple[int, int] | None:
    """A noun phrase starting at token ``j``: token range [j, e)."""
    toks = ctx.toks
    if j >= b or not _np_token(ctx, j) or ctx.quote_of[j] >= 0:
        return None
    if toks[j].low in ctx.prep and toks[j].low not in ("according",):
        return None
    k = j
    while k < b:
        t = toks[k]
        w = t.low
        if ctx.quote_of[k] >= 0 or w in SENT_END or w in (";", ":"):
            break
        if w == ",":
            if not allow_apposition:
                break
            # an apposition: ", the panel's ranking Democrat" / ", a spokesman for X"
            if (
                k + 1 < b
                and (
                    toks[k + 1].low in ctx.det
                    or toks[k + 1].is_cap
                    or toks[k + 1].low[:1].isdigit()
                )
                and ctx.quote_of[k + 1] < 0
            ):
                m = k + 1
                while (
                    m < b and toks[m].low not in SENT_END | {",", ";", ":"} and ctx.quote_of[m] < 0
                ):
                    if toks[m].low in ("said", "says", "told", "that", "who", "which"):
                        break
                    m += 1
                if m >= b or toks[m].low in SENT_END | {","}:
                    k = m
                    if m < b and toks[m].low == ",":
                        # keep a closing comma of the apposition out of the span
                        break
                    continue
            break
        if w in ctx.aux or w in ctx.modal or w in ctx.subord or w in ctx.wh:
            break
        if k > j and w in (
            "on",
            "in",
            "at",
            "during",
            "after",
            "before",
            "while",
            "when",
            "via",
            "last",
            "this",
            "yesterday",
            "today",
            "earlier",
            "later",
        ):
            break
        if k > j and w in ctx.time and not t.is_cap:
            break
        if k > j and w in ctx.time and t.is_cap and toks[k - 1].low not in ctx.prep:
            break
        if k > j and ctx.lex.verb_forms.get(w) and not t.is_cap:
            break
        if not _np_token(ctx, k):
            break
        k += 1
    if k == j:
        return None
    return (j, k)


def _main_subject(ctx: _Ctx, k: int, a: int) -> tuple[int, int] | None:
    """For "..., saying that C": the subject at the start of the sentence."""
    toks = ctx.toks
    m = a
    while m < k and (toks[m].low in ctx.conj or toks[m].low in ctx.cue_adv):
        m += 1
    e = m
    while (
        e < k
        and _np_token(ctx, e)
        and not ctx.lex.verb_forms.get(toks[e].low)
        and toks[e].low not in ctx.prep
    ):
        e += 1
    if e == m or e >= k:
        return None
    return (m, e)


# --------------------------------------------------------------------------------------------
# nesting


def _nest(found: list[Found]) -> None:
    """Mark each attribution whose cue lies inside another's content with that parent."""
    for n, f in enumerate(found):
        for m, g in enumerate(found):
            if m == n:
                continue
            if any(s <= f.cue[0] and f.cue[1] <= e for s, e in g.content):
                f.parent = m
                break
