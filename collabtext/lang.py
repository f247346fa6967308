"""Language of a passage and of each of its sentences: ``en``, ``cy`` (Welsh) or ``other``.

Short texts are the hard case (a heading, "Presennol", "Cytunwyd"), so scoring combines distinctive
function words, a small list of common Welsh administrative words, Welsh letters (ŵ ŷ) and word
shapes (``-wyd``, ``-iadau``, initial ``ll``/``rh``/``ngh``). Words both languages share (a, i, o,
am, at) carry no weight. With no evidence either way the answer is ``en``.

Example:
    >>> detect_lang("Mae'r Bwrdd wedi cytuno ar y cynllun")
    'cy'
    >>> detect_lang("Well-being Plan")
    'en'
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lang_words as _words_data
from .records import Passage, Sentence

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|['’][^\W\d_]+", re.UNICODE)
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_WELSH_ONLY = "ŵŷŴŶ"
_CIRCUMFLEX = "âêîôûÂÊÎÔÛ"
_ROMANCE = "éèçàùœñüäößÉÈÇÀ"
_ELISIONS = {"l'", "d'", "n'", "j'", "s'", "c'", "m'"}


def _words(text: str) -> list[str]:
    # Addresses carry no language evidence ("...?LLL=1" is not Welsh).
    if "http" in text or "www." in text or "@" in text:
        text = _URL.sub(" ", text)
    return [w.replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=16_384)  # real text repeats its common words; random words must not fill memory
def _word_scores(word: str) -> tuple[float, float, float, bool]:
    """Evidence (cy, en, other, is_function_word) from one lower-cased word (cached)."""
    cy = _words_data.CY_FUNCTION.get(word, 0.0)
    en = _words_data.EN_FUNCTION.get(word, 0.0)
    other = _words_data.OTHER_FUNCTION.get(word, 0.0)
    if cy or en or other:
        return cy, en, other, True
    if word in _words_data.CY_CONTENT:
        return 1.5, 0.0, 0.0, False
    if word[:2] in _ELISIONS or word[:3] == "qu'":
        return 0.0, 0.0, 1.0, True  # French l'ordre, d'un, qu'il
    if any(c in word for c in _ROMANCE):
        return 0.0, 0.0, 0.8, False
    if any(c in word for c in _WELSH_ONLY):
        return 2.0, 0.0, 0.0, False
    if len(word) < 4:
        return 0.0, 0.0, 0.0, False
    cy = max((w for s, w in _words_data.CY_SUFFIXES if word.endswith(s)), default=0.0)
    cy += max((w for p, w in _words_data.CY_PREFIXES if word.startswith(p)), default=0.0)
    cy += 0.3 * (("dd" in word[1:-2]) + ("wy" in word) + ("ae" in word[1:]))
    if any(c in word for c in _CIRCUMFLEX):
        cy += 0.4
    en = max((w for s, w in _words_data.EN_SUFFIXES if word.endswith(s)), default=0.0)
    return min(cy, 1.5), en, 0.0, False


@lru_cache(maxsize=8192)
def lang_scores(text: str) -> tuple[float, float, float]:
    """Return summed evidence (cy, en, other) for ``text``.

    Welsh names inside English prose ("the Bwrdd Iechyd Prifysgol") are common, so Welsh evidence
    from capitalised content words counts for little unless Welsh function words back it up.
    """
    cy_func = cy_word = en = other = 0.0
    words = _words(text)
    for i, raw in enumerate(words):
        c, e, o, func = _word_scores(raw.lower())
        en += e
        other += o
        if func:
            cy_func += c
        elif raw[:1].isupper() and (i or (len(words) > 1 and words[1][:1].isupper())):
            cy_word += 0.4 * c  # a Title Case name ("Rhian Bowen") is weak evidence
        else:
            cy_word += c
    low = text.lower()
    cy_func += 1.0 * low.count("ar gyfer") + 0.5 * low.count("ar y cyd")
    if cy_func == 0 and en >= 1.5:
        cy_word *= 0.3
    return cy_func + cy_word, en, other


def detect_lang(text: str) -> str:
    """Return ``"en"``, ``"cy"`` or ``"other"``; texts with no evidence default to ``"en"``."""
    return _decide(lang_scores(text))


def _decide(scores: tuple[float, float, float]) -> str:
    cy, en, other = scores
    if max(cy, en, other) < 0.5:
        return "en"
    if cy > en and cy >= other:
        return "cy"
    if other > en and other > cy and other >= 0.8:
        return "other"
    return "en"


def has_evidence(text: str) -> bool:
    """Whether ``text`` holds any language evidence at all (names and numbers hold none)."""
    return max(lang_scores(text)) >= 0.5


def confident_lang(text: str) -> str | None:
    """Like ``detect_lang`` but ``None`` when the evidence is too thin to split a block on."""
    return _confident(lang_scores(text))


def _confident(scores: tuple[float, float, float]) -> str | None:
    top = max(scores)
    second = sorted(scores)[1]
    if top < 1.0 or top < 1.5 * second + 0.3:
        return None
    return _decide(scores)


_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZÀ-ÖØ-ÞŴŶ0-9•\-–])|\n+")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            before = text[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().lstrip("(\"'") if before else ""
            if last in _words_data.ABBREV or (len(last) == 1 and last.isalpha()):
                continue  # "Cllr. Jones", "J. Smith"
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _language_halves(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split an unpunctuated run like "This document is available in Welsh Mae'r ddogfen hon ar
    gael yn Gymraeg" where the language changes, when both halves are clearly different."""
    cy, en, _ = lang_scores(text[start:end])
    if cy < 2.0 or en < 2.0:
        return [(start, end)]
    words = list(_WORD.finditer(text, start, end))
    gains = []
    for m in words:
        c, e, _, _ = _word_scores(m.group(0).replace("’", "'").lower())
        gains.append(c - e)
    total = sum(gains)
    left, scores = 0.0, [0.0]
    for k in range(1, len(words)):
        left += gains[k - 1]
        scores.append(abs(left - (total - left)))
    best = max(scores)
    # Words with no evidence leave a plateau of equal cuts; the new language most likely starts at
    # its last capitalised word ("... in Welsh Mae'r ddogfen ...").
    plateau = [k for k, sc in enumerate(scores) if k and sc >= best - 1e-9]
    capital = [k for k in plateau if words[k].group(0)[:1].isupper()]
    best_k = (capital or plateau or [0])[-1 if capital else 0]
    if not best_k:
        return [(start, end)]
    cut = words[best_k].start()
    a, b = (start, cut), (cut, end)
    la, lb = _confident(lang_scores(text[a[0] : a[1]])), _confident(lang_scores(text[b[0] : b[1]]))
    if la is None or lb is None or la == lb:
        return [(start, end)]
    return [(a[0], len(text[: a[1]].rstrip())), b]


def split_sentences_lang(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences (offsets into ``text``), each with its language.

    A sentence too short to judge takes the language of the whole text.
    """
    spans = [part for s, e in _sentence_spans(text) for part in _language_halves(text, s, e)]
    scores = [lang_scores(text[s:e]) for s, e in spans]
    whole = _decide(tuple(map(sum, zip(*scores, strict=True)))) if len(spans) > 1 else None
    out = []
    for (s, e), sc in zip(spans, scores, strict=True):
        lang = _confident(sc) or (_decide(sc) if max(sc) >= 0.5 else whole or _decide(sc))
        out.append(Sentence(s, e, lang))
    return tuple(out)


def majority_lang(text: str, sentences: tuple[Sentence, ...]) -> str:
    """Return the language holding most characters among ``sentences`` (ties go to ``en``)."""
    if not sentences:
        return detect_lang(text)
    weight: dict[str, int] = {}
    for s in sentences:
        weight[s.lang] = weight.get(s.lang, 0) + (s.end - s.start)
    best = max(weight.values())
    for lang in ("en", "cy", "other"):
        if weight.get(lang) == best:
            return lang
    return "en"


def passage_from_text(text: str, id: str = "p0001") -> Passage:  # noqa: A002 - interface name
    """Wrap free text (``--text`` inputs) as one paragraph passage with language and sentences."""
    sentences = split_sentences_lang(text)
    return Passage(id=id, text=text, lang=majority_lang(text, sentences), sentences=sentences)
