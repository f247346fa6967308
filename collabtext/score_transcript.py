"""Transcripts with speaker labels inside running text: "Adams: Please read the title. Fish: 51?"

Verbatim council transcripts (and PDF text of them) put many labelled turns in one paragraph, and
a turn runs on into the next paragraph until another label. A document is treated as a transcript
when at least two label names recur (each at least twice, four labels in all); then every
passage is cut at its labels, and text before the first label continues the previous speaker.
A label is one to three capitalised words, optionally followed by ", role, organisation", then a
colon, at the start of a passage or after the end of a sentence. Names that are line labels
("Present", "Action") or bodies ("Dyfed-Powys Police") are never speakers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .records import Passage
from .score_lexicon import load_language
from .score_people import ORG_WORDS

LABEL = re.compile(
    r"(?:^|(?<=[.?!\])\"”’—-]\s)|(?<=\s\s))(?P<lab>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2})(?P<role>,[^:.\n]{1,100})?:\s+"
)


@lru_cache(maxsize=1)
def _not_speakers() -> frozenset[str]:
    return frozenset(str(x).lower() for x in load_language().speakers["not_speakers"])


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset().union(*load_language().lsm.values())


def _name_ok(lab: str) -> bool:
    if (
        lab.lower() in _not_speakers()
        or lab.lower() in _function_words()
        or any(t in ORG_WORDS for t in lab.split())
    ):
        return False
    # "JONES" is a name; "PHW", "NRW" (no vowel, short) are bodies.
    return not lab.isupper() or (len(lab) > 3 and bool(re.search("[AEIOUY]", lab)))


def transcript_labels(passages: Sequence[Passage]) -> frozenset[str]:
    """Label names of a transcript, or an empty set when the document is not one."""
    counts: Counter[str] = Counter()
    for p in passages:
        if p.cells or p.kind == "heading":
            continue
        counts.update(m.group("lab") for m in LABEL.finditer(p.text) if _name_ok(m.group("lab")))
    recurring = {k for k, n in counts.items() if n >= 2}
    if len(recurring) >= 2 and sum(counts[k] for k in recurring) >= 4:
        return frozenset(recurring)
    return frozenset()


def transcript_segments(text: str, labels: frozenset[str]) -> list[tuple[str | None, int, int]]:
    """(label, start, end) segments of a transcript passage; label None continues the last turn."""
    cuts = [
        m
        for m in LABEL.finditer(text)
        if m.group("lab") in labels
        or (
            _name_ok(m.group("lab"))
            and (m.start() == 0 or (m.group("role") and " " in m.group("lab")))
        )
    ]
    out: list[tuple[str | None, int, int]] = []
    first = cuts[0].start() if cuts else len(text)
    if text[:first].strip():
        out.append((None, 0, first))
    for n, m in enumerate(cuts):
        end = cuts[n + 1].start() if n + 1 < len(cuts) else len(text)
        if text[m.end() : end].strip():
            out.append((m.group("lab"), m.end(), end))
    return out
