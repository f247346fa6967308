"""Reader blocks -> passages: ids in reading order, section paths, kinds and languages.

Bilingual layouts put Welsh and English side by side in one block ("Presennol / Present") or
alternate them line by line; such blocks are split so that every passage has one language. A
paragraph that mixes languages inside its sentences keeps its majority label and records each
sentence's language, so that later stages can skip the Welsh sentences.

Example:
    >>> from collabtext.records import Block
    >>> ps = segment([Block("Aims", kind="heading", level=1), Block("We work together.")])
    >>> ps[1].id, ps[1].section
    ('p0002', ('Aims',))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .lang import confident_lang, detect_lang, has_evidence, majority_lang, split_sentences_lang
from .records import Block, Passage

_SEPARATOR = re.compile(r"\s+[/|]\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")


def segment(blocks: Iterable[Block]) -> tuple[Passage, ...]:
    """Turn reader blocks into passages.

    Args:
        blocks: blocks in reading order, as a reader returns them.

    Returns:
        Passages with ids ``p0001``.. in order. A heading's own ``section`` is the path of its
        parents; the passages under it carry the heading in their path.
    """
    stack: list[tuple[int, str]] = []
    out: list[Passage] = []
    for block in blocks:
        text = _tidy(block.text)
        if not text:
            continue
        if block.kind == "heading":
            level = block.level or 1
            while stack and stack[-1][0] >= level:
                stack.pop()
        section = tuple(t for _, t in stack)
        for part in _parts(block, text):
            out.append(_passage(f"p{len(out) + 1:04d}", part, block, section))
        if block.kind == "heading":
            stack.append((block.level or 1, text.replace("\n", " ")))
    return _foreign_document_prior(out)


def _foreign_document_prior(passages: list[Passage]) -> tuple[Passage, ...]:
    """In a document mostly in another language (French, say), passages with no evidence of
    their own ("Membres :", "Janvier 2021") take that language instead of the English default."""
    judged = {p.id: p.lang for p in passages if has_evidence(p.text)}
    if len(judged) < 5 or sum(lang == "other" for lang in judged.values()) < 0.6 * len(judged):
        return tuple(passages)
    return tuple(
        p
        if p.id in judged or p.lang != "en"
        else replace(
            p, lang="other", sentences=tuple(replace(s, lang="other") for s in p.sentences)
        )
        for p in passages
    )


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _passage(pid: str, text: str, block: Block, section: tuple[str, ...]) -> Passage:
    sentences = split_sentences_lang(text)
    lang = majority_lang(text, sentences)
    cells = block.cells if block.kind == "table_row" else None
    return Passage(
        id=pid,
        text=text,
        page=block.page,
        section=section,
        kind=block.kind,
        lang=lang,
        cells=tuple(cells) if cells is not None else None,
        sentences=sentences,
        level=block.level if block.kind == "heading" else None,
    )


def _parts(block: Block, text: str) -> list[str]:
    """Split a block into same-language parts when whole lines or halves differ in language."""
    if block.kind == "table_row":
        return [text]  # cells stay together; languages show per sentence
    lines = text.split("\n")
    if len(lines) > 1:
        groups = _group_lines(lines)
        if len(groups) > 1:
            return groups
    if len(lines) == 1 and _SEPARATOR.search(text):
        halves = _SEPARATOR.split(text)
        # "Presennol / Present": every half must show some evidence, one half clearly.
        if all(has_evidence(h) for h in halves) and any(confident_lang(h) for h in halves):
            if len({detect_lang(h) for h in halves}) > 1:
                return halves
    return [text]


def _group_lines(lines: list[str]) -> list[str]:
    """Group consecutive lines by language; lines too short to judge join their neighbours."""
    labels = [confident_lang(line) for line in lines]
    known = [lab for lab in labels if lab]
    if len(set(known)) < 2:
        return ["\n".join(lines)]
    # An unlabelled line belongs with the next labelled line if it leads, else with the previous.
    filled: list[str] = []
    nxt = next(lab for lab in labels if lab)
    for lab in labels:
        filled.append(lab or (filled[-1] if filled else nxt))
    groups: list[list[str]] = []
    prev = None
    for line, lab in zip(lines, filled, strict=True):
        if lab != prev:
            groups.append([])
            prev = lab
        groups[-1].append(line)
    return ["\n".join(g) for g in groups]
