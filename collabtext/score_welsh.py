"""Which parts of a text to score: English sentences only, Welsh ones skipped (FORMAT.md).

For a Passage the reader already decided (``Passage.english_spans()``); raw text (``--text``,
quotes, gold passages) is split with ``collabtext.lang.split_sentences_lang`` (H-READERS).
"""

from __future__ import annotations

from .lang import passage_from_text as _lang_passage
from .lang import split_sentences_lang
from .records import FOREIGN, Passage


def text_spans(text: str, include_welsh: bool = False) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` to analyse (all of it with ``include_welsh``)."""
    if include_welsh or not text:
        return ((0, len(text)),) if text else ()
    sents = split_sentences_lang(text)
    if not sents:
        return ((0, len(text)),)
    return tuple((s.start, s.end) for s in sents if s.lang not in FOREIGN)


def passage_spans(p: Passage, include_welsh: bool = False) -> tuple[tuple[int, int], ...]:
    """Ranges of a passage to analyse: its English sentences (the whole text with include_welsh).

    A passage without sentence information is split here so that a Welsh sentence inside an
    English paragraph is still skipped.
    """
    if include_welsh:
        return ((0, len(p.text)),) if p.text else ()
    if p.sentences:
        return p.english_spans()
    if p.lang in FOREIGN:
        return ()
    return text_spans(p.text)


def passage_from_text(text: str, id: str = "p0001") -> Passage:  # noqa: A002 - interface name
    """A Passage for ``--text`` input, with language and sentences filled in."""
    return _lang_passage(text, id=id)
