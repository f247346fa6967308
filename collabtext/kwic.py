"""Keyword in context: the lines a category (or a word) catches, with page and section.

``--category`` shows the evidence of that category as the tagger gave it (so negation and
exclusions apply); ``--term`` finds a word or phrase (case-insensitive; a trailing ``*`` matches
any ending) whether or not a lexicon has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .records import SCHEMA_VERSION, Document, Passage


@dataclass(frozen=True, slots=True)
class KwicLine:
    passage_id: str
    page: int | None
    section: tuple[str, ...]
    left: str
    match: str
    right: str
    start: int
    end: int
    framework: str = ""
    category: str = ""
    negated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "passage": self.passage_id,
            "page": self.page,
            "section": list(self.section),
            "left": self.left,
            "match": self.match,
            "right": self.right,
            "start": self.start,
            "end": self.end,
            "framework": self.framework,
            "category": self.category,
            "negated": self.negated,
        }


@dataclass(frozen=True)
class KwicResult:
    document: Document
    query: str
    lines: tuple[KwicLine, ...]
    lexicon: Any = None

    @property
    def path(self) -> str:
        return self.document.path

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.document.path,
            "sha256": self.document.sha256,
            "schema_version": SCHEMA_VERSION,
            "query": self.query,
            "lexicon": self.lexicon.to_dict() if self.lexicon else None,
            "lines": [ln.to_dict() for ln in self.lines],
        }


def _context(text: str, start: int, end: int, width: int) -> tuple[str, str, str]:
    left = " ".join(text[max(0, start - width) : start].split())
    right = " ".join(text[end : end + width].split())
    return left[-width:], text[start:end], right[:width]


def _line(p: Passage, start: int, end: int, width: int, **kw: Any) -> KwicLine:
    left, match, right = _context(p.text, start, end, width)
    return KwicLine(p.id, p.page, p.section, left, match, right, start, end, **kw)


def category_matches(wanted: str, framework: str, category: str, rolled: str) -> bool:
    """``wanted`` is ``category``, ``framework.category``, ``framework:category`` or a framework id."""
    w = wanted.replace(":", ".", 1) if ":" in wanted else wanted
    full = f"{framework}.{category}"
    return (
        w in (category, rolled, framework, full, f"{framework}.{rolled}")
        or category.startswith(w + ".")
        or full.startswith(w + ".")
    )


def term_pattern(term: str) -> re.Pattern[str]:
    """Regex for a word or phrase; spaces match any whitespace, a trailing ``*`` any word ending."""
    star = term.endswith("*")
    words = [re.escape(w) for w in term.rstrip("*").split()]
    body = r"\s+".join(words) + (r"\w*" if star else "")
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def kwic_document(
    doc: Document,
    *,
    category: str | None = None,
    term: str | None = None,
    tagger: Any = None,
    width: int = 40,
    include_welsh: bool = False,
) -> KwicResult:
    """Concordance lines for ``category`` (tagger evidence) or ``term`` (text search)."""
    if bool(category) == bool(term):
        raise ValueError("give exactly one of category or term")
    lines: list[KwicLine] = []
    if term:
        rx = term_pattern(term)
        for p in doc.passages:
            spans = ((0, len(p.text)),) if include_welsh else p.english_spans()
            for s, e in spans:
                for m in rx.finditer(p.text, s, e):
                    lines.append(_line(p, m.start(), m.end(), width))
        return KwicResult(doc, f"term={term}", tuple(lines))
    from .tag import get_tagger

    t = tagger or get_tagger()
    assert category is not None
    for tp in t.tag_passages(doc.passages, include_welsh=include_welsh):
        for e in tp.evidence:
            fw = t.lexicon.frameworks.get(e.framework)
            rolled = fw.rollup(e.category) if fw else e.category
            if category_matches(category, e.framework, e.category, rolled):
                lines.append(
                    _line(
                        tp.passage,
                        e.start,
                        e.end,
                        width,
                        framework=e.framework,
                        category=e.category,
                        negated=e.negated,
                    )
                )
    return KwicResult(doc, f"category={category}", tuple(lines), t.info)
