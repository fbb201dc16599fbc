"""Segmentation: paragraphs, sentences, tokens and quotations, all with exact offsets.

Every regular expression here is linear: no nested quantifiers, no backreferences, and each
alternative consumes at least one character, so a pathological input costs time proportional
to its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import Lexicon

# Words (with inner hyphens and apostrophes: "state-run", "Clinton's", "doesn't"), dotted
# acronyms ("U.S.", "D.C."), numbers with separators ("2,500", "3.5"), and single symbols.
_TOKEN_PATTERN = (  # (compiled only inside _SPACED_TOKEN_RE: compiling takes time at start-up)
    r"(?:[A-Za-z]\.){2,}"  # U.S. N.Y. a.m.
    r"|\d+(?:[.,:]\d+)*(?:-[^\W\d_]+)+"  # 71-year-old  3-point: a compound, one word
    r"|\d+(?:[.,:]\d+)*"  # 2,500  3.5  15:25
    r"|\w+(?:[-'’]\w+)*"  # state-run  Clinton's
    r"|''|``|--|\S"  # '' `` -- (a dash typed as two hyphens) and any other character
)
_PARA_RE = re.compile(r"[^\n]+")
# A sentence may end at . ! ? or an ellipsis, possibly followed by closing quotes/brackets.
_SPACED_TOKEN_RE = re.compile(r"(\s*+)(" + _TOKEN_PATTERN + ")")
# Possessive quantifiers and the lookbehind keep it linear on runs of "!!!!" or "))))". (The
# lookbehind comes after the first mark, not before it: a pattern that starts with a set of
# characters is searched for in C, three times as fast.)
_END_RE = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+['\"”’)\]]*+(?=\s|$)")
# _END_RE for a paragraph with no "!", "?" nor "…": a pattern that starts with one character is
# searched for five times as fast as one that starts with a set of them
_END_DOT_RE = re.compile(r"\.(?<!\.\.)\.*+['\"”’)\]]*+(?=\s|$)")

OPEN_QUOTES = frozenset({"“", "‘‘", "``", "«"})
CLOSE_QUOTES = frozenset({"”", "’’", "»"})
STRAIGHT_QUOTES = frozenset({'"', "''"})
QUOTE_CHARS = frozenset('"“”«»')
# '' or `` or one of "“”«»; written to start with a set of characters, for speed (as _END_RE)
_QUOTE_RE = re.compile(r"['`\"“”«»](?:(?<=')'|(?<=`)`|(?<=[\"“”«»]))")
# direction marks and other invisible format characters a paragraph may open with
_INVISIBLE = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


class Token:
    """A word or symbol with its offsets (a plain slotted class: millions are made)."""

    __slots__ = ("end", "is_cap", "low", "start", "text")
    # Made by make_token, or by the tokenizer setting the slots itself. (Speed: a class with no
    # __init__ of its own makes an instance faster, with Token(), than object.__new__(Token).)
    start: int
    end: int
    text: str
    low: str  # lower case, curly apostrophes made straight
    is_cap: bool  # does the text start with a capital?

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def make_token(start: int, end: int, text: str, low: str) -> Token:
    """The token of ``text`` at ``start``..``end``, its lower case ``low``."""
    t = Token()
    t.start = start
    t.end = end
    t.text = text
    t.low = low
    t.is_cap = text[:1].isupper()
    return t


def tokenize(
    text: str, start: int = 0, end: int | None = None, abbreviations: frozenset[str] = frozenset()
) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    A word in ``abbreviations`` keeps its full stop: "Mr." and "Nov." are one token each.
    """
    out: list[Token] = []
    app = out.append
    stop = len(text) if end is None else end
    while stop > start and text[stop - 1].isspace():  # trailing space would be rescanned
        stop -= 1
    # Speed: the text is cut at single spaces (str.split, in C); a part made of letters only
    # (most words) is one token as it stands, and only the other parts go through the regular
    # expression. Tokens never hold white space, so a part is tokenized as the whole would be.
    pos = start
    new = Token  # (a local name: read faster)
    for part in text[start:stop].split(" "):
        n = len(part)
        if part.isalpha():
            # make_token(pos, pos + n, part, part.lower()) without the call (the commonest
            # token: a third of the time of tokenizing went to that call)
            t = new()
            t.start = pos
            t.end = pos + n
            t.text = part
            if part.islower():
                # speed: a word in lower case is its own lower case (no new string made, nor
                # freed with the token) and starts with no capital
                t.low = part
                t.is_cap = False
            else:
                t.low = part.lower()
                t.is_cap = part[0].isupper()
            app(t)
        elif n > 1 and part[-1] in ",.:;?!" and (word := part[:-1]).isalpha():
            # a word and a mark ("said," "Mr."), the next commonest: what the loop of _scan does
            low = word.lower()
            if part[-1] == "." and (low in abbreviations or (n == 2 and word.isupper())):
                app(make_token(pos, pos + n, part, low + "."))  # "Mr." "F.": one token
            else:
                t = new()
                t.start = pos
                t.end = pos + n - 1
                t.text = word
                t.low = low
                t.is_cap = word[0].isupper()
                app(t)
                t = new()
                t.start = pos + n - 1
                t.end = pos + n
                t.text = t.low = part[-1]
                t.is_cap = False
                app(t)
        elif "-" in part and part.replace("-", "").isalpha() and _joined(part, "-"):
            # speed: "state-run", one token as _scan makes it
            app(make_token(pos, pos + n, part, part.lower()))
        elif "’" in part and part.replace("’", "").isalpha() and _joined(part, "’"):
            # speed: "Trump’s", "don’t", "o’clock": what _scan makes of them
            low = part.lower().replace("’", "'")
            cut = _clitic(low)
            if cut:
                app(make_token(pos, pos + cut, part[:cut], low[:cut]))
                app(make_token(pos + cut, pos + n, part[cut:], low[cut:]))
            else:
                app(make_token(pos, pos + n, part, low))
        elif n:
            _scan(text, pos, pos + n, pos > start, stop, abbreviations, out)
        pos += n + 1
    return out


def _scan(
    text: str,
    pos: int,
    end: int,
    spaced: bool,
    stop: int,
    abbreviations: frozenset[str],
    out: list[Token],
) -> None:
    """Append to ``out`` the tokens of ``text[pos:end]``, a part with no space in it (``spaced``:
    a space stands before it); ``stop`` is where the tokenized text ends."""
    app = out.append
    prev = out[-1] if out else None
    while end > pos and text[end - 1].isspace():  # as in tokenize: no trailing space rescanned
        end -= 1
    # one C-level pass gives each token with the white space before it; offsets add up
    for space, w in _SPACED_TOKEN_RE.findall(text, pos, end):
        pos += len(space)
        e = pos + len(w)
        if space:
            spaced = True
        if (
            w == "."
            and prev is not None
            and not spaced
            and (prev.low in abbreviations or (len(prev.text) == 1 and prev.is_cap))
        ):
            prev.end = e
            prev.text += "."
            prev.low += "."
            pos = e
            continue
        low = w.lower()
        if w == "-" and not spaced and e < stop and not text[e].isspace():
            low = "\u2010"  # a hyphen inside a word ("U.S.-led"), not a dash
        if "’" in low:
            low = low.replace("’", "'")
        if (
            low == "'"
            and not spaced
            and prev is not None
            and prev.low[-1:] == "s"
            and (e >= stop or text[e].isspace())
        ):
            low = "'s"  # "the teachers' union": a plural's possessive reads as "'s"
        elif "'" in low and (cut := _clitic(low)):
            # "he's" -> "he" "'s", "doesn't" -> "does" "n't", "Clinton's" -> "Clinton" "'s"
            app(make_token(pos, pos + cut, w[:cut], low[:cut]))
            prev = make_token(pos + cut, e, w[cut:], low[cut:])
        else:
            prev = make_token(pos, e, w, low)
        app(prev)
        pos = e
        spaced = False


def _joined(part: str, mark: str) -> bool:
    """Do single ``mark`` characters join the words of ``part`` (none at either end, no two
    together)?"""
    return part[0] != mark and part[-1] != mark and mark + mark not in part


_CLITICS = ("'s", "'re", "'ve", "'ll", "'d", "'m")


def _clitic(low: str) -> int:
    """Where a clitic starts in a word ("he's", "don't"), or 0."""
    if "'" not in low or len(low) < 3:
        return 0
    if low.endswith("n't") and len(low) > 3:
        return len(low) - 3
    for c in _CLITICS:
        if low.endswith(c) and len(low) > len(c):
            return len(low) - len(c)
    return 0


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty line, whitespace trimmed."""
    for m in _PARA_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


def sentences(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Split the paragraph ``text[start:end]`` into sentences (trimmed offsets)."""
    out: list[tuple[int, int]] = []
    s = start
    find = text.find
    marks = (
        _END_RE
        if find("!", start, end) >= 0 or find("?", start, end) >= 0 or find("…", start, end) >= 0
        else _END_DOT_RE
    )
    for m in marks.finditer(text, start, end):
        e = m.end()
        if not _is_boundary(text, s, m.start(), e, end, lexicon):
            continue
        out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out  # (none empty: each match ends after s, and the last sentence starts before end)


def _is_boundary(text: str, sent_start: int, dot: int, e: int, end: int, lexicon: Lexicon) -> bool:
    """Is the punctuation at ``dot`` (ending at ``e``) the end of a sentence?"""
    nxt = e
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return True
    following = text[nxt]
    # the next sentence starts with a capital, a digit, or an opening quote/bracket
    if not (following.isupper() or following.isdigit() or following in "\"“‘'(["):
        return False
    if text[dot] != ".":
        return True
    # the word before the full stop (bounded: a word longer than 40 characters is no abbreviation)
    word = _word_before(text, max(sent_start, dot - 40), dot)
    if not word:
        return True
    low = word.lower().rstrip(".")
    if low in lexicon.abbreviations:
        # "Mr. Smith", "Nov. 9": never a boundary; "U.S. The": a boundary before a sentence starter
        nxt_word = text[nxt : nxt + 12].split(" ", 1)[0].strip("\"“‘'(").lower()
        return low in lexicon.acronyms and nxt_word in lexicon.sentence_starters
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return False
    if "." in word and all(len(p) == 1 for p in word.split(".") if p):  # U.S, D.C
        nxt_word = text[nxt : nxt + 12].split(" ", 1)[0].strip("\"“‘'(").lower()
        return nxt_word in lexicon.sentence_starters
    return True


def _word_before(text: str, floor: int, dot: int) -> str:
    """The letters, digits and ".-'’" that end at ``dot``, back to ``floor`` at most."""
    sp = text.rfind(" ", floor, dot)
    if sp >= 0 and (word := text[sp + 1 : dot]).isalnum():
        return word  # speed: a plain word after a space (where _word_before_by_chars stops)
    return _word_before_by_chars(text, floor, dot)


def _word_before_by_chars(text: str, floor: int, dot: int) -> str:
    """:func:`_word_before`, a character at a time."""
    w_start = dot
    while w_start > floor and (text[w_start - 1].isalnum() or text[w_start - 1] in ".-'’"):
        w_start -= 1
    return text[w_start:dot]


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted passages of the paragraph ``text[start:end]``, quotation marks included.

    Curly quotes pair by direction; straight quotes pair by position (a quote mark after a space
    opens, one before a space or punctuation closes). A quotation left open at the end of the
    paragraph runs to its end (journalists leave a quote open when it continues in the next
    paragraph).
    """
    out: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_RE.finditer(text, start, end):
        i = m.start()
        ch = m.group()
        if ch == "``" or ch == "«":
            kind = "open"
        elif ch == "“":
            # an opening mark typed where the closing one belongs: '“It's unusual,“ said X'
            closing = open_at >= 0 and i > start and not text[i - 1].isspace()
            kind = "close" if closing and (m.end() >= end or text[m.end()].isspace()) else "open"
        elif ch == "”":
            # a closing mark typed where the opening one belongs: '”This is why,” said X'
            opening = (
                open_at < 0
                and m.end() < end
                and (
                    i == start  # '” … what I learned is that C,” he said'
                    or text[start:i] in _INVISIBLE  # (after a direction mark)
                    or (
                        (text[i - 1].isspace() or text[i - 1] in "([—–")
                        and not text[m.end()].isspace()
                    )
                )
            )
            kind = "open" if opening else "close"
        elif ch == "»":
            kind = "close"
        else:  # " and '' pair by position
            kind = _straight_kind(text, i, m.end(), start, end)
            # a closing mark after a space: "they call 'a flight to quality,' " he said
            if (
                kind == "none"
                and open_at >= 0
                and text[i - 1 : i] == " "
                and text[i - 2 : i - 1] in (",", "'", ".", "?", "!")
            ):
                kind = "close"
        if kind == "open":
            if open_at < 0:
                open_at = i
        elif kind == "close" and open_at >= 0:
            e = m.end()
            if ch == "''" and e < end and text[e] == "'":
                e += 1  # three marks: an inner single quotation closes with the outer one
            out.append((open_at, e))
            open_at = -1
    if open_at >= 0:
        out.append((open_at, end))
    return out


def _straight_kind(text: str, s: int, e: int, lo: int, hi: int) -> str:
    before = text[s - 1] if s > lo else " "
    after = text[e] if e < hi else " "
    if before.isspace() or before in "([{—–-:/":
        return "open" if not after.isspace() else "none"
    if after.isspace() or after in ".,;:!?)]}—–-…":
        return "close"
    if before.isalnum() and after.isalnum():
        return "none"
    return "close" if not before.isspace() else "open"
