"""Minutes as a sequence of lines: passages split at line breaks, page furniture and signatures removed.

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
_PAGE = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|tudalen\s+\d+|\d+\s+of\s+\d+|-?\s*\d{1,3}\s*-?)\s*$", re.I)


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


def fallback_document(path: str) -> Document:
    """Read a file without ``collabtext.extract`` (used only until that module is installed).

    Text is split on blank lines; DOCX paragraphs and table rows come from python-docx in body
    order; PDF text comes line by line from pdfplumber.
    """
    import hashlib
    from pathlib import Path

    from .errors import CorruptDocument, FileMissing

    fp = Path(path)
    if not fp.is_file():
        raise FileMissing("file not found: check the path", path=path)
    data = fp.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    blocks: list[tuple[str, str, int | None, tuple[str, ...] | None]] = []
    try:
        if data[:4] == b"PK\x03\x04":
            blocks = _docx_blocks(path)
            fmt = "docx"
        elif data[:5] == b"%PDF-":
            blocks = _pdf_blocks(path)
            fmt = "pdf"
        else:
            text = data.decode("utf-8-sig", errors="replace")
            blocks = [("paragraph", b.strip(), None, None) for b in re.split(r"\n\s*\n", text) if b.strip()]
            fmt = "text"
    except Exception as e:  # noqa: BLE001 - reader libraries raise many types on bad input
        raise CorruptDocument(f"could not read ({type(e).__name__})", path=path) from e
    passages = tuple(
        Passage(id=f"p{i + 1:04d}", text=t, page=pg, kind=k, cells=c) for i, (k, t, pg, c) in enumerate(blocks)
    )
    return Document(path=path, sha256=sha, format=fmt, passages=passages)


def _docx_blocks(path: str) -> list[tuple[str, str, int | None, tuple[str, ...] | None]]:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    out: list[tuple[str, str, int | None, tuple[str, ...] | None]] = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, d)
            if p.text.strip():
                kind = "heading" if p.style is not None and p.style.name.lower().startswith(("heading", "title")) else "paragraph"
                if p.style is not None and "list" in p.style.name.lower():
                    kind = "list_item"
                out.append((kind, p.text.strip(), None, None))
        elif el.tag == qn("w:tbl"):
            for row in Table(el, d).rows:
                cells = tuple(c.text.strip() for c in row.cells)
                out.append(("table_row", " | ".join(cells), None, cells))
    return out


def _pdf_blocks(path: str) -> list[tuple[str, str, int | None, tuple[str, ...] | None]]:
    import pdfplumber

    out: list[tuple[str, str, int | None, tuple[str, ...] | None]] = []
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages[:300], start=1):
            for line in (page.extract_text() or "").split("\n"):
                if line.strip():
                    out.append(("paragraph", line.strip(), n, None))
    return out
