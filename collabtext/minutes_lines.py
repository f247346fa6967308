"""Minutes as a sequence of lines: passages split at line breaks, furniture and signatures removed.

Minutes are read line by line because their structure (attendance labels, item numbers, ACTION
lines) lives at the start of lines, whichever reader produced the passages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .records import Document, Passage


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the minutes with the passage it came from."""

    text: str
    passage: Passage
    index: int

    @property
    def cells(self) -> tuple[str, ...] | None:
        return self.passage.cells

    @property
    def kind(self) -> str:
        return self.passage.kind


_SIGNED = re.compile(
    r"^\s*(?:signed|chair(?:man|person)?|cadeirydd|llofnodwyd)\b[\s:.…_]*(?:[._…]{3,}|_{3,}).*$"
    r"|^\s*signed\b.*\bdated?\b|^.*[._…]{6,}.*\bdate[d]?\b.*$",
    re.I,
)
_PAGE = re.compile(
    r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|tudalen\s+\d+|\d+\s+of\s+\d+|-?\s*\d{1,3}\s*-?)\s*$", re.I
)


def _norm_furniture(s: str) -> str:
    return re.sub(r"\d+", "#", s.strip().lower())


def is_noise(text: str) -> bool:
    """Signature blocks ("Signed ____ Dated ...") and page numbers carry no minutes content."""
    return bool(_SIGNED.match(text) or _PAGE.match(text))


def repeated_furniture(doc: Document) -> set[str]:
    """Short lines repeated on several pages (running headers and footers)."""
    pages: dict[str, set[int | None]] = {}
    counts: Counter[str] = Counter()
    for p in doc.passages:
        for raw in p.text.split("\n"):
            s = raw.strip()
            if not s or len(s) > 150 or p.kind == "table_row":
                continue
            k = _norm_furniture(s)
            counts[k] += 1
            pages.setdefault(k, set()).add(p.page)
    n_pages = len({p.page for p in doc.passages if p.page is not None})
    if n_pages < 2:
        return set()
    return {k for k, v in pages.items() if len(v) >= 2 and counts[k] >= 2 and len(k) > 3}


def document_lines(doc: Document) -> list[Line]:
    """Split every passage into lines, dropping furniture, signatures and blank lines."""
    furniture = repeated_furniture(doc)
    lines: list[Line] = []
    seen_furniture: set[str] = set()
    for p in doc.passages:
        if p.kind == "table_row":
            lines.append(Line(p.text, p, len(lines)))
            continue
        for raw in p.text.split("\n"):
            s = re.sub(r"[ \t\u00a0]+", " ", raw).strip()
            if not s or is_noise(s):
                continue
            k = _norm_furniture(s)
            if k in furniture:
                # Keep the first copy: a running header is often the meeting's own title line.
                if k in seen_furniture:
                    continue
                seen_furniture.add(k)
            lines.append(Line(s, p, len(lines)))
    return lines
