"""Combining lexicon labels with model probabilities, keeping every label explained.

A label that the lexicon gave keeps the lexicon's evidence. A label only the model gave gets
``source="model"`` evidence: the words (word n-gram features) that pushed its score up most, each
with its weight as ``score`` and the offsets of its first occurrence in the passage text.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from .records import Evidence, TaggedPassage

N_TERMS = 3


def _covers(label: str, category: str) -> bool:
    return category == label or category.startswith(label + ".")


def find_term(text: str, term: str) -> tuple[int, int] | None:
    """Offsets of the first occurrence of a (lower-cased, space-joined) n-gram in ``text``."""
    words = term.split()
    if not words:
        return None
    pat = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"
    m = re.search(pat, text, re.IGNORECASE)
    if m is None and len(words) == 1:
        m = re.search(re.escape(term.strip()), text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def influential_terms(
    contrib: np.ndarray, terms: list[str], text: str, n: int = N_TERMS
) -> list[tuple[str, float, int, int]]:
    """Up to ``n`` (term, weight, start, end): the largest positive contributions in ``text``."""
    from .stop_words import ENGLISH_STOP_WORDS

    out: list[tuple[str, float, int, int]] = []
    for j in _descending_positive(contrib):
        if len(out) >= n:
            break
        words = terms[j].split()
        if words[0] in ENGLISH_STOP_WORDS or words[-1] in ENGLISH_STOP_WORDS:
            continue  # "now", "nurse and": weights, but no explanation for a reader
        span = find_term(text, terms[j])
        if span:
            out.append((text[span[0] : span[1]], float(contrib[j]), *span))
    return out


def _descending_positive(contrib: np.ndarray) -> list[int]:
    """Indices of the positive entries of ``contrib``, largest first, as ``argsort(-contrib)``
    orders them. A passage has a few hundred features out of ~14,000: sorting only those is far
    cheaper than sorting the whole row (which was most of the hybrid merge's time). Where two
    positive values tie, the full sort is kept: its (unstable) order between them decides which
    term comes first."""
    pos = np.flatnonzero(contrib > 0)
    vals = contrib[pos]
    if len(np.unique(vals)) != len(vals):
        order = np.argsort(-contrib)
        return order[: len(pos)].tolist()
    return pos[np.argsort(-vals)].tolist()


def model_evidence(
    fid: str, category: str, items: list[tuple[str, float, int, int]]
) -> list[Evidence]:
    return [Evidence(fid, category, term, s, e, score=w, source="model") for term, w, s, e in items]


def merge(tp: TaggedPassage, labels: dict[str, Any], explain: Any) -> TaggedPassage:
    """A copy of ``tp`` with ``labels`` (for the frameworks given) and evidence to match.

    ``explain(fid, category)`` returns model evidence for a label the lexicon did not give.
    """
    new_labels = dict(tp.labels)
    new_labels.update(labels)
    # (old, new) category sets per relabelled framework, built once rather than per evidence item
    sets = {fid: (_as_set(tp.labels.get(fid)), _as_set(v)) for fid, v in labels.items()}
    kept: list[Evidence] = []
    for e in tp.evidence:
        pair = sets.get(e.framework)
        if pair is None:
            kept.append(e)
            continue
        old, new = pair
        labelled_before = any(_covers(c, e.category) for c in old)
        if not labelled_before or any(_covers(c, e.category) for c in new):
            kept.append(e)
    for fid, (_old, new) in sets.items():
        for c in sorted(new):
            if not any(e.framework == fid and _covers(c, e.category) for e in kept):
                kept.extend(explain(fid, c))
    kept.sort(key=lambda e: (e.start, e.framework, e.category))
    return TaggedPassage(tp.passage, new_labels, tuple(kept), tp.skipped)


def _as_set(v: Any) -> set[str]:
    if v is None:
        return set()
    if isinstance(v, str):
        return {v}
    return set(v)


def masked_text(tp: TaggedPassage) -> str:
    """The passage text with characters outside its English spans blanked (offsets unchanged)."""
    p = tp.passage
    spans = p.english_spans()
    if spans == ((0, len(p.text)),):
        return p.text
    chars = [" "] * len(p.text)
    for s, e in spans:
        chars[s:e] = p.text[s:e]
    return "".join(chars)
