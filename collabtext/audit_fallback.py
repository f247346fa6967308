"""TEMPORARY stand-ins used by the audit only while sibling modules are missing.

Each function here is used only when ``collabtext.extract`` / ``collabtext.orgs`` cannot be
imported. Delete this module once they exist (the audit then never imports it).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import FileMissing, UnsupportedType
from .records import Document, Passage

_BULLET_RE = re.compile(r"^\s*[•●▪◦■\-–*]\s+")


def read_document(path: str) -> Document:
    """Read .docx or .txt into a Document (no pages); a crude stand-in for extract_document."""
    p = Path(path)
    if not p.is_file():
        raise FileMissing("file not found", path)
    data = p.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if p.suffix.lower() == ".docx":
        items = _docx_items(path)
        fmt = "docx"
    elif p.suffix.lower() in (".txt", ".md", ""):
        items = _text_items(data.decode("utf-8", "replace"))
        fmt = "text"
    else:
        raise UnsupportedType(f"no reader for {p.suffix} until collabtext.extract lands", path)
    return Document(path=path, sha256=sha, format=fmt, passages=_passages(items))


def _passages(items: list[tuple[str, str, int | None, tuple[str, ...] | None]]) -> tuple[Passage, ...]:
    out: list[Passage] = []
    stack: list[tuple[int, str]] = []
    for kind, text, level, cells in items:
        if kind == "heading":
            lv = level or 1
            stack = [s for s in stack if s[0] < lv]
            out.append(Passage(f"p{len(out) + 1:04d}", text, None, tuple(t for _, t in stack), kind, level=lv))
            stack.append((lv, text))
            continue
        out.append(Passage(f"p{len(out) + 1:04d}", text, None, tuple(t for _, t in stack), kind, cells=cells))
    return tuple(out)


def _docx_items(path: str) -> list[tuple[str, str, int | None, tuple[str, ...] | None]]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    items: list[tuple[str, str, int | None, tuple[str, ...] | None]] = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, d)
            text = para.text.strip()
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            m = re.match(r"Heading (\d)", style)
            if m or style == "Title":
                items.append(("heading", text, int(m.group(1)) if m else 1, None))
            elif style.startswith("List"):
                items.append(("list_item", text, None, None))
            else:
                items.append(("paragraph", text, None, None))
        elif tag == "tbl":
            for row in Table(child, d).rows:
                cells = tuple(c.text.strip() for c in row.cells)
                items.append(("table_row", " | ".join(cells), None, cells))
    return items


def _text_items(text: str) -> list[tuple[str, str, int | None, tuple[str, ...] | None]]:
    items: list[tuple[str, str, int | None, tuple[str, ...] | None]] = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.lower().startswith("source: http"):
            continue
        if _BULLET_RE.match(s):
            items.append(("list_item", _BULLET_RE.sub("", s), None, None))
        elif len(s.split()) <= 10 and not re.search(r"[.:;,!?]$", s) and s[:1].isupper():
            items.append(("heading", s, None, None))
        else:
            items.append(("paragraph", s, None, None))
    return items


# --- organisations -------------------------------------------------------------------------

_HEAD = (
    r"(?:Council|Board|Services?|Trust|Police|Authority|Association|College|University|Partnership|"
    r"Commissioner|Government|Homes|Housing|Network|Agency|Executive|Office|Wales|Water|Probation)"
)
_WORD = r"(?:[A-Z][\w’'\-ŵŷâêîôû]*|Dŵr)"
_LINK = r"(?:\s+(?:and|of|for|the|&)\s+|\s+|-)"
_NAME_RE = re.compile(rf"\b{_WORD}(?:{_LINK}{_WORD})*\s+{_HEAD}\b(?:\s+(?:Service|NHS\s+Trust))?")
_PREFIX_RE = re.compile(rf"\b(?:Coleg|Menter\s+Iaith|Cartrefi|Department\s+for)\s+{_WORD}(?:(?:\s+and\s+|\s+){_WORD})*")
_THE_RE = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){0,3}" + _HEAD + r")\b(?!\s+[A-Z])")
_ABBR_RE = re.compile(r"\b([A-Z][A-Za-z]*[A-Z]{2,}[A-Za-z]*)\b")
_NOT_ORG = re.compile(r"^(?:The\s+)?(?:Well|Future|Act|Local|Welsh\s+Government\s+guidance)\b|Plan$", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int
    canonical: str | None
    sector: str | None = None


_HEAD_END = re.compile(_HEAD + r"$")


def _split(text: str, start: int) -> list[tuple[str, int, int]]:
    """Split "A Health Board and B Council" (two names joined by "and") into its names."""
    for m in re.finditer(r"\s+and\s+", text):
        left, right = text[: m.start()], text[m.end() :]
        if _HEAD_END.search(left) and (_HEAD_END.search(right) or _PREFIX_RE.match(right)):
            return [(left, start, start + len(left))] + _split(right, start + m.end())
    return [(text, start, start + len(text))]


def _names(rx: re.Pattern[str], text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in rx.finditer(text):
        out.extend(_split(m.group(0), m.start()) if rx is _NAME_RE else [(m.group(0), m.start(), m.end())])
    return out


class FallbackOrgs:
    """Name-form recognition with in-document resolution of "the Council", "the Health Board",
    abbreviations and "the Board" (the document's Public Services Board)."""

    def __init__(self, doc_text: str) -> None:
        names: Counter[str] = Counter()
        for line in doc_text.splitlines():
            names.update(t for t, _, _ in _names(_NAME_RE, line))
            names.update(t for t, _, _ in _names(_PREFIX_RE, line))
        self.names = [n for n, _ in names.most_common() if not _NOT_ORG.search(n)]
        self.abbr: dict[str, str] = {}
        for m in re.finditer(r"([A-Z][\w\s\-]+?)\s+\(([A-Z][A-Za-z&]{1,9})\)", doc_text):
            full = next((n for n in self.names if m.group(1).endswith(n)), None)
            if full:
                self.abbr[m.group(2)] = full
        psb = [n for n in self.names if n.endswith("Public Services Board")]
        self.psb = psb[0] if psb else None

    def resolve(self, surface: str) -> str | None:
        s = re.sub(r"^[Tt]he\s+", "", surface).strip()
        if s in ("Board", "PSB", "Public Services Board", "Partnership"):
            return self.psb
        if s in self.abbr:
            return self.abbr[s]
        ends = [n for n in self.names if n.endswith(" " + s) and n != s and not n.startswith(("The ", "the "))]
        if s == "Council":
            ends = [n for n in ends if re.search(r"(County|City|Borough)\s+Council$", n) and "Voluntary" not in n] or ends
        # "the Health Board" is the health board the document names in full.
        if ends and (surface[:4].lower() == "the " or len(s.split()) <= 2):
            return ends[0]
        return s if len(s.split()) > 1 else None

    def find(self, text: str) -> list[Mention]:
        spans: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for rx in (_PREFIX_RE, _NAME_RE, _THE_RE):
            for surface, a, b in _names(rx, text):
                if any(a < y and x < b for x, y in taken) or _NOT_ORG.search(surface):
                    continue
                the = text[max(0, a - 4) : a].lower() == "the "
                can = self.resolve(("the " if the else "") + surface)
                if can:
                    spans.append(Mention(surface, a, b, can))
                    taken.append((a, b))
        for m in _ABBR_RE.finditer(text):
            if m.group(1) in self.abbr and not any(m.start() < y and x < m.end() for x, y in taken):
                spans.append(Mention(m.group(1), m.start(), m.end(), self.abbr[m.group(1)]))
        return sorted(spans, key=lambda x: x.start)
