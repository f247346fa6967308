"""First-person pronoun counting exactly by the rules of ``gold/FORMAT.md``.

``we``: we, us, our, ours, ourselves, let's, we're, we've, we'll, we'd (any case; not "US" in
capitals for the country). ``i``: I, me, my, mine, myself, I'm, I've, I'll, I'd (not the Roman
numeral, not "i.e.", not "mine" the pit). Candidates come from two compiled regexes; the few
exclusions are checked on the words around each candidate, so counting stays a single regex pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .score_lexicon import WORD_RE, LanguageLexicon, load_language

_PREV_WORD = re.compile(r"([^\W_]+)[^\w\n]*$")
_PREV_ADJ = re.compile(r"([^\W_]+)[ \t]+$")
_NEXT_WORD = re.compile(r"^[^\w\n]*([^\W_]+(?:['’][^\W_]+)?)")
_ROMAN_LINK = re.compile(r"^\s*(?:[-–—/,&]|and|or|to)\s*(?:II|III|IV|VI{0,3}|IX|X)\b")
_ROMAN_BEFORE = re.compile(r"\b(?:II|III|IV|VI{0,3})\s*(?:[-–—/,&]|and|or|to)\s*$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_SENT_START = re.compile(r"(?:^|[.!?:;\n“‘\"(]\s*)$")


def _prev(text: str, s: int) -> str:
    m = _PREV_WORD.search(text, max(0, s - 40), s)
    return m.group(1) if m else ""


def _next(text: str, e: int) -> str:
    m = _NEXT_WORD.match(text[e : e + 40])
    return m.group(1) if m else ""


def _caps_context(text: str, s: int, e: int) -> bool:
    """True when a neighbouring word is also in capitals (a heading such as "CONTACT US")."""
    return any(len(w) > 1 and w.isupper() for w in (_prev(text, s), _next(text, e)))


def _is_roman_i(text: str, s: int, e: int, lex: LanguageLexicon) -> bool:
    after = text[e : e + 12]
    if after.startswith(".") and len(after) > 1 and after[1].isalpha():
        return True  # I.T., I.E.
    if (s > 0 and text[s - 1] == "(") or after.startswith(")"):
        return True  # (I), I) list markers
    if after[:1] in ".)" and _LINE_START.search(text, max(0, s - 20), s):
        return True  # "I. Introduction" at the start of a line
    if _ROMAN_LINK.match(after) or _ROMAN_BEFORE.search(text, max(0, s - 12), s):
        return True  # "Phases I and II", "II-I"
    pm = _PREV_ADJ.search(text, max(0, s - 40), s)  # only a word right before it: not "No, I"
    prev = pm.group(1) if pm else ""
    low = prev.lower()
    if prev[:1].isupper() and (low in lex.roman_before or low in lex.regnal_before):
        return True  # "Phase I", "Annex I", "World War I", "Elizabeth I"
    if low in lex.roman_before:
        # "phase I of the scheme" is the numeral; "in this section I describe" the pronoun.
        nxt = _next(text, e).lower()
        return (
            not nxt or nxt in lex.roman_after or bool(re.match(r"\s*[,.;:)–—-]", text[e : e + 3]))
        )
    return False


def _is_mine_pit(text: str, s: int, e: int, lex: LanguageLexicon) -> bool:
    pm = _PREV_WORD.search(text, max(0, s - 40), s)
    prev_raw = pm.group(1) if pm else ""
    prev, nxt = prev_raw.lower(), _next(text, e).lower()
    if prev in lex.mine_before or nxt in lex.mine_after:
        return True
    if prev == "to" and nxt in ("the", "data", "for", "coal", "gold", "it", "them", "information"):
        return True  # the verb: "to mine the data"
    if pm and prev_raw[:1].isupper() and prev_raw != "I":
        # "the Tower mine": a capitalised word before it that does not open a sentence.
        if not _SENT_START.search(text, max(0, pm.start(1) - 4), pm.start(1)):
            return True
    sentence_start = bool(_SENT_START.search(text, max(0, s - 4), s))
    return text[s].isupper() and not sentence_start


def _keep_i(text: str, s: int, e: int, lex: LanguageLexicon) -> bool:
    word = text[s:e]
    low = word.lower()
    if low == "i":
        if word == "i":
            if text[e : e + 2] == ".e" or text[e : e + 1] == ")":
                return False
            return _next(text, e).lower().replace("’", "'") in lex.lower_i_before
        return not _is_roman_i(text, s, e, lex)
    if low == "mine":
        return not _is_mine_pit(text, s, e, lex)
    if word == "ME" and (text[e : e + 1] in ("/", "-") or not _caps_context(text, s, e)):
        return False  # the illness (ME/CFS)
    return True


def _keep_we(text: str, s: int, e: int) -> bool:
    if text[s:e] == "US":
        return _caps_context(text, s, e) and not text[e : e + 1] == "-"
    return True


# Tokens whose count needs a look at the words around them (case and context rules).
_AMBIGUOUS = ("i", "us", "mine", "me")
# A whole token w as WORD_RE would cut it (no letter/digit, or joiner + letter/digit, either side).
_EDGE_L = r"(?<![^\W_])(?<![^\W_][-'.])"
_EDGE_R = r"(?![^\W_])(?![-'.][^\W_])"
_AMBIG_RE = {w: re.compile(_EDGE_L + w + _EDGE_R) for w in _AMBIGUOUS}


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word tokens of the analysed spans of a text: lower case, with ’ folded to '.

    Tokenising once and counting on the list is what makes scoring fast: pronoun counts are
    ``list.count`` calls over the few forms present, markers run only where a trigger word occurs.
    ``low`` is the folded text (same offsets as ``text``).
    """

    text: str
    low: str
    spans: tuple[tuple[int, int], ...]
    words: list[str]
    vocab: frozenset[str]

    def __len__(self) -> int:
        return len(self.words)


def tokenise(text: str, spans: Iterable[tuple[int, int]]) -> Tokens:
    """Tokens of ``text`` within ``spans`` (see ``WORD_RE``)."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a rare character whose lower case is longer: keep offsets right
        low = "".join(c.lower()[:1] for c in text).replace("’", "'")
    spans = tuple(spans)
    if len(spans) == 1:
        words = WORD_RE.findall(low, *spans[0])
    else:
        words = [w for s, e in spans for w in WORD_RE.findall(low, s, e)]
    return Tokens(text, low, spans, words, frozenset(words))


def _keep(text: str, s: int, e: int, lex: LanguageLexicon) -> bool:
    return (
        _keep_we(text, s, e)
        if e - s == 2 and text[s:e].lower() == "us"
        else _keep_i(text, s, e, lex)
    )


def count_tokens(tok: Tokens, lex: LanguageLexicon | None = None) -> tuple[int, int]:
    """(we, i) from tokens; the ambiguous forms (I, us, mine, me) are checked in context."""
    lex = lex or load_language()
    words, vocab = tok.words, tok.vocab
    we = sum(words.count(w) for w in lex.we_forms & vocab)
    i = sum(words.count(w) for w in lex.i_forms & vocab)
    for w in _AMBIGUOUS:
        if w in vocab:
            rx = _AMBIG_RE[w]
            dropped = sum(
                1
                for s, e in tok.spans
                for m in rx.finditer(tok.low, s, e)
                if not _keep(tok.text, m.start(), m.end(), lex)
            )
            if w == "us":
                we -= dropped
            else:
                i -= dropped
    return we, i


@lru_cache(maxsize=4)
def _all_forms_re(lex: LanguageLexicon) -> re.Pattern[str]:
    forms = sorted(lex.we_forms | lex.i_forms, key=len, reverse=True)
    return re.compile(_EDGE_L + "(?:" + "|".join(re.escape(f) for f in forms) + ")" + _EDGE_R)


def pronoun_spans(
    text: str,
    spans: Iterable[tuple[int, int]],
    lex: LanguageLexicon | None = None,
    tok: Tokens | None = None,
) -> list[tuple[str, int, int]]:
    """Every counted pronoun as (kind, start, end), kind "we" or "i", in text order."""
    lex = lex or load_language()
    tok = tok or tokenise(text, spans)
    out = []
    rx = _all_forms_re(lex)
    for s, e in tok.spans:
        for m in rx.finditer(tok.low, s, e):
            w = m.group()
            if w not in _AMBIGUOUS or _keep(text, m.start(), m.end(), lex):
                out.append(("we" if w in lex.we_forms else "i", m.start(), m.end()))
    return out


def count_words(text: str, spans: Iterable[tuple[int, int]]) -> int:
    """Word tokens in the spans (see ``WORD_RE``)."""
    return sum(len(WORD_RE.findall(text, s, e)) for s, e in spans)


def count_in_spans(
    text: str, spans: Iterable[tuple[int, int]], lex: LanguageLexicon | None = None
) -> tuple[int, int]:
    """(we, i) in the spans of ``text``."""
    return count_tokens(tokenise(text, spans), lex)
