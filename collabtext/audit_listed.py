"""Objectives a document lists without steps: "The Board has agreed four well-being objectives:"
followed by a list. Pages about a plan (press releases, council reports) name the objectives but
not the steps; the audit reports them so the reader sees what the plan commits to.
"""

from __future__ import annotations

import re

from .audit_structure import BULLET_RE, NUMBER_RE
from .boilerplate import Boilerplate, find_boilerplate
from .records import Document, Passage

_LIST_INTRO_RE = re.compile(
    r"\b(?:objectives|priorit(?:y\s+areas|ies)|amcanion)\b(?=.*(?::|\bthese\s+are)\s*$)",
    re.I | re.S,
)
_TITLE_SPLIT_RE = re.compile(r"\s+[–—-]\s+|:\s+")
_DASH_SPLIT_RE = re.compile(r"\s+[–—-]\s+")


def _listed_title(p: Passage) -> str | None:
    """The objective title of an item in a list of objectives, or None if ``p`` is not one."""
    text = p.text.strip()
    num, bullet = NUMBER_RE.match(text), BULLET_RE.match(text)
    if num or bullet:
        text = (num or bullet).group("text").strip()
    elif p.kind != "list_item":
        # A paragraph is an item only in the "Title – what it means" form.
        head = _DASH_SPLIT_RE.split(text, maxsplit=1)
        if len(head) < 2 or len(head[0].split()) > 20:
            return None
    head = _TITLE_SPLIT_RE.split(text, maxsplit=1)[0]
    title = head if len(head.split()) <= 20 else text
    return re.sub(r"[;,]?\s+and$", "", title.strip(" ;,.")).strip(" ;,.") or None


def find_listed_objectives(
    doc: Document, boiler: Boilerplate | None = None
) -> list[tuple[str, int | None]]:
    """Objectives a document lists ("The Board has agreed four well-being objectives: ..."),
    as (title, page); used when a plan or a page about it gives objectives without steps."""
    boiler = boiler if boiler is not None else find_boilerplate(doc)
    out: list[tuple[str, int | None]] = []
    passages = [p for p in doc.passages if p.id not in boiler]
    for i, p in enumerate(passages):
        if p.kind == "table_row" or not _LIST_INTRO_RE.search(p.text.strip()):
            continue
        for q in passages[i + 1 : i + 13]:
            title = _listed_title(q) if q.kind != "heading" else None
            if title is None:
                break
            if title not in (t for t, _ in out):
                out.append((title, q.page))
    return out
