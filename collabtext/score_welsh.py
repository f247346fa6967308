"""Which parts of a text to score: English sentences only, Welsh ones skipped (FORMAT.md).

For a Passage the reader already decided (``Passage.english_spans()``). For raw text we use
``collabtext.lang.split_sentences_lang`` (H-READERS) when it exists, else a small private fallback:
a sentence splitter and a Welsh function-word test. Remove the fallback once lang.py has landed
everywhere; it is only here so that scoring works on a checkout without it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .records import Passage

_SENT_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-ZÀ-ÖØ-ÞŴŶ0-9])|\n\s*\n|\n(?=\s*[-•*–]\s)")

# Welsh-only function words and common words (none is also a common English word).
_CY_WORDS = frozenset(
    "yn y yr mae ydy ydyn ydych oedd bydd byddwn byddant fydd gyda gyda'n ein eich ei eu ni chi "
    "nhw fi fy hefyd neu ond oherwydd bod wedi sydd sy'n sy i'r o'r a'r ar gyfer gan dros drwy trwy "
    "wrth dan hyn hwn hon hynny yma yno diolch croeso bawb pawb cymru cymraeg cymuned cymunedau "
    "gweithio gilydd rydym rydyn mewn yng ym iawn llawer mwy lles dyfodol cenedlaethau byw pobl "
    "ddod dod gwneud cael sut beth pam pryd rhaid gallu hefo efo am".split()
)
_CY_ORTHO = re.compile(r"(?:^|\w)(?:dd|ll|ch|wy|ŵ|ŷ|â|ê|ô|î)|'n$|’n$")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _fallback_is_welsh(sentence: str) -> bool:
    toks = [t.lower() for t in _TOKEN.findall(sentence)]
    if len(toks) < 2:
        return False
    strong = sum(1 for t in toks if t in _CY_WORDS and t not in ("am", "i", "a"))
    ortho = sum(1 for t in toks if _CY_ORTHO.search(t))
    return strong / len(toks) >= 0.25 and (strong + ortho) / len(toks) >= 0.4


def _fallback_sentences(text: str) -> list[tuple[int, int, str]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(s, e, "cy" if _fallback_is_welsh(text[s:e]) else "en") for s, e in bounds if text[s:e].strip()]


@lru_cache(maxsize=1)
def _lang_splitter() -> Any:
    try:
        from . import lang  # H-READERS
    except ImportError:
        return None
    return getattr(lang, "split_sentences_lang", None)


def text_spans(text: str, include_welsh: bool = False) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` to analyse (all of it with ``include_welsh``)."""
    if include_welsh or not text:
        return ((0, len(text)),) if text else ()
    split = _lang_splitter()
    if split is not None:
        sents = split(text)
        if not sents:
            return ((0, len(text)),)
        return tuple((s.start, s.end) for s in sents if s.lang != "cy")
    return tuple((s, e) for s, e, lang in _fallback_sentences(text) if lang != "cy")


def passage_spans(p: Passage, include_welsh: bool = False) -> tuple[tuple[int, int], ...]:
    """Ranges of a passage to analyse: its English sentences (the whole text with include_welsh).

    A passage without sentence information is split here so that a Welsh sentence inside an
    English paragraph is still skipped.
    """
    if include_welsh:
        return ((0, len(p.text)),) if p.text else ()
    if p.sentences:
        return p.english_spans()
    if p.lang == "cy":
        return ()
    return text_spans(p.text)


def passage_from_text(text: str, id: str = "p0001") -> Passage:
    """A Passage for ``--text`` input (collabtext.lang.passage_from_text when it exists)."""
    try:
        from .lang import passage_from_text as real
    except ImportError:
        return Passage(id=id, text=text)
    return real(text, id=id)
