"""Which parts of a text to score: English sentences only, Welsh ones skipped (FORMAT.md).

For a Passage the reader already decided (``Passage.english_spans()``); raw text (``--text``,
quotes, gold passages) is split with ``collabtext.lang.split_sentences_lang`` (H-READERS).
"""

from __future__ import annotations

from .lang import passage_from_text as _lang_passage
from .lang import split_sentences_lang
from .records import Passage, unread_langs


def text_spans(text: str, include_welsh: bool = False) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` to analyse: its English sentences (and Welsh ones with
    ``include_welsh``; other languages never)."""
    if not text:
        return ()
    sents = split_sentences_lang(text)
    if not sents:
        return ((0, len(text)),)
    skip = unread_langs(include_welsh)
    return tuple((s.start, s.end) for s in sents if s.lang not in skip)


def passage_spans(p: Passage, include_welsh: bool = False) -> tuple[tuple[int, int], ...]:
    """Ranges of a passage to analyse: its English sentences (and Welsh ones with include_welsh).

    A passage without sentence information is split here so that a Welsh sentence inside an
    English paragraph is still skipped.
    """
    if not p.text:
        return ()
    if p.sentences:
        return p.english_spans(include_welsh)
    if p.lang in unread_langs(include_welsh):
        return ()
    return text_spans(p.text, include_welsh)


def passage_from_text(text: str, id: str = "p0001") -> Passage:  # noqa: A002 - interface name
    """A Passage for ``--text`` input, with language and sentences filled in."""
    return _lang_passage(text, id=id)
