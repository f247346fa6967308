"""PDF reader: PDFium for text with positions, pdfplumber for ruled tables, Tesseract for scans.

``read_pdf`` returns clean blocks: page furniture removed, columns read in order, paragraphs rebuilt
(also across page breaks), words split at line ends rejoined, headings inferred from font size and
weight, list items and table rows marked.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..clean import furniture_mask, is_page_number_line, normalise_text
from ..errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    FileMissing,
    LimitExceeded,
    NoTextLayer,
)
from ..records import Block
from ..settings import ExtractSettings
from . import ocr, pdf_fallback
from .pdf_blocks import to_blocks
from .pdf_grid import find_tables
from .pdf_layout import Para, leading_table, paragraphs, reading_runs
from .pdf_lines import Line, extract_lines
from .pdf_tables import TableFinder, looks_tabular

NO_TEXT_MESSAGE = (
    "no text layer (scanned?): install Tesseract (apt-get install tesseract-ocr) and "
    "pip install collabtext[ocr], or run with --ocr"
)
_BAND_LINES = 4
_TOP_BAND, _BOTTOM_BAND, _SIDE_BAND = 0.14, 0.80, 0.08


@dataclass(slots=True)
class _Page:
    number: int
    lines: list[Line]
    width: float
    height: float
    has_objects: bool
    ocr_paras: list[str] = field(default_factory=list)


def open_pdf(path: str, password: str | None) -> pdfium.PdfDocument:
    """Open with PDFium, turning its failures into CollabtextErrors."""
    if not os.path.isfile(path):
        raise FileMissing("file not found", path)
    if os.path.getsize(path) == 0:
        raise EmptyDocument("empty file (0 bytes)", path)
    try:
        return pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            if password:
                raise EncryptedDocument("encrypted PDF: the password given is wrong", path) from exc
            raise EncryptedDocument("encrypted PDF: pass --password", path) from exc
        if "security" in msg:
            raise EncryptedDocument("PDF uses an unsupported security handler", path) from exc
        raise CorruptDocument(f"corrupt or truncated PDF ({exc})", path) from exc


def _in_box(ln: Line, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
    return box[0] - 2 <= cx <= box[2] + 2 and box[1] - 2 <= cy <= box[3] + 2


def _with_tables(lines: list[Line], tables: list[tuple[Any, list[tuple[str, ...]]]]) -> list[Line]:
    """Replace the lines inside each table by one pseudo-line carrying the table's rows."""
    for box, rows in tables:
        lines = [ln for ln in lines if not _in_box(ln, box)]
        lines.append(Line("", box[0], box[1], box[2], box[3], 0.0, False, table=tuple(rows)))
    return lines


def _read_page(
    doc: pdfium.PdfDocument, index: int, tables: str | None, finder: TableFinder | None
) -> _Page:
    page = doc[index]
    try:
        tp = page.get_textpage()
        try:
            # get_bbox honours inherited boxes (get_cropbox falls back to US Letter when inherited)
            bbox: tuple[float, float, float, float] = tuple(page.get_bbox())  # type: ignore[assignment]
            lines, rot = extract_lines(tp.raw, bbox)
            for ln in lines:
                ln.text = normalise_text(ln.text).strip()
            lines = [ln for ln in lines if ln.text]
            if tables and lines and rot == 0 and page.get_rotation() == 0:
                if tables == "pdfplumber" and finder is not None:
                    found = finder.tables(index) if looks_tabular(page.raw) else []
                else:
                    found = find_tables(page.raw, tp.raw, bbox, lines)
                lines = _with_tables(lines, found)
        finally:
            tp.close()
        w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
        fw, fh = (w, h) if rot in (0, 180) else (h, w)
        has_objects = pdfium_c.FPDFPage_CountObjects(page.raw) > 0
        return _Page(index + 1, lines, fw, fh, has_objects)
    finally:
        page.close()


def _band_indexes(pg: _Page) -> list[int]:
    """Indexes of lines near the page edges: candidates for running headers, footers, stamps."""
    order = sorted(range(len(pg.lines)), key=lambda i: pg.lines[i].top)
    top = [i for i in order[:_BAND_LINES] if pg.lines[i].top < _TOP_BAND * pg.height]
    bottom = [i for i in order[-_BAND_LINES:] if pg.lines[i].bottom > _BOTTOM_BAND * pg.height]
    side = [
        i
        for i, ln in enumerate(pg.lines)
        if ln.x1 < _SIDE_BAND * pg.width or ln.x0 > (1 - _SIDE_BAND) * pg.width
    ]
    ends = [order[0], order[-1]] if order else []  # footers of short last pages sit higher up
    return sorted(set(top + bottom + side + ends))


def _is_stamp(ln: Line, pg: _Page) -> bool:
    """A rotated line at a page edge (draft stamps, arXiv identifiers, margin references)."""
    if ln.angle == 0 or ln.table is not None:
        return False
    return (
        ln.x1 < 0.15 * pg.width
        or ln.x0 > 0.85 * pg.width
        or ln.bottom < 0.1 * pg.height
        or ln.top > 0.9 * pg.height
    )


def _edge_pos(pg: _Page, ln: Line) -> float:
    """Distance from the nearer page edge (footers align at the bottom, headers at the top)."""
    return ln.top if ln.top < pg.height / 2 else 1000.0 + (pg.height - ln.bottom)


def remove_furniture(pages: list[_Page]) -> int:
    """Drop running headers/footers, page numbers and edge stamps in place; return lines removed."""
    bands = [[i for i in _band_indexes(pg) if pg.lines[i].table is None] for pg in pages]
    mask = furniture_mask(
        [[pg.lines[i].text for i in idx] for pg, idx in zip(pages, bands, strict=False)],
        positions=[
            [_edge_pos(pg, pg.lines[i]) for i in idx] for pg, idx in zip(pages, bands, strict=False)
        ],
    )
    removed = 0
    for pg, idx, flags in zip(pages, bands, mask, strict=False):
        drop = {i for i, f in zip(idx, flags, strict=False) if f}
        if len(drop) == len(
            pg.lines
        ):  # a page of nothing but "furniture" is content (title pages, slides)
            drop = {i for i in drop if is_page_number_line(pg.lines[i].text)}
        keep = [ln for i, ln in enumerate(pg.lines) if i not in drop]
        removed += len(pg.lines) - len(keep)
        pg.lines = keep
    return removed


def _right_margin(pages: list[_Page]) -> float | None:
    """The usual right edge of full-width body lines, or None for column layouts."""
    edges = sorted(
        ln.x1 for pg in pages for ln in pg.lines if ln.table is None and ln.width > 0.6 * pg.width
    )
    return edges[len(edges) // 2] if len(edges) >= 5 else None


def _page_paras(pg: _Page, leads: dict[float, float], right: float | None) -> list[Para]:
    if pg.ocr_paras:
        return [
            Para([Line(t, 0, i, 0, i, 0.0, False)], pg.number, (pg.number, 0, i))
            for i, t in enumerate(pg.ocr_paras)
        ]
    upright = [ln for ln in pg.lines if ln.angle == 0]
    # Line spacing of this page where it has enough lines (documents mix single and 1.5 spacing)
    leads = {**leads, **leading_table([ln for ln in upright if ln.table is None], min_count=6)}
    turned = [ln for ln in pg.lines if ln.angle != 0]
    runs = reading_runs(upright)
    single = len({col for (_, col), _ in runs}) == 1
    out: list[Para] = []
    for (band, col), run in runs:
        out.extend(
            paragraphs(run, pg.number, (pg.number, band, col), leads, right if single else None)
        )
    for k, group in enumerate(_turned_groups(turned)):
        if not (len(group) == 1 and _is_stamp(group[0], pg)):
            out.append(Para(group, pg.number, (pg.number, len(runs) + 1 + k, 0)))
    return out


_TURNED_ORDER = {
    90: lambda ln: (ln.x0, -ln.bottom),  # reads upwards: following lines lie to the right
    180: lambda ln: (-ln.bottom, -ln.x1),  # upside down: following lines lie above
    270: lambda ln: (-ln.x1, ln.top),  # reads downwards: following lines lie to the left
}


def _turned_groups(lines: list[Line]) -> list[list[Line]]:
    """Text at another angle than the page's, as blocks in its own reading order."""
    groups: list[list[Line]] = []
    for angle in sorted({ln.angle for ln in lines}):
        key = _TURNED_ORDER.get(angle, lambda ln: (ln.top, ln.x0))
        cur: list[Line] = []
        for ln in sorted((ln for ln in lines if ln.angle == angle), key=key):
            if cur:
                p = cur[-1]
                gap = abs(ln.x0 - p.x0) if angle in (90, 270) else abs(ln.top - p.top)
                if gap > 2.0 * max(p.size, 1.0):
                    groups.append(cur)
                    cur = []
            cur.append(ln)
        if cur:
            groups.append(cur)
    return groups


def _ocr_pages(
    doc: pdfium.PdfDocument,
    pages: list[_Page],
    settings: ExtractSettings,
    path: str,
    warnings: list[str],
) -> None:
    """OCR pages without text (when enabled and possible), or raise/warn as the case needs."""
    textless = [pg for pg in pages if not pg.lines and pg.has_objects]
    if not textless:
        return
    if not (settings.ocr and ocr.tesseract_path()):
        if len(textless) == len(pages) or not any(pg.lines for pg in pages):
            raise NoTextLayer(NO_TEXT_MESSAGE, path)
        warnings.append(
            f"{len(textless)} page(s) have no text layer and were skipped (OCR not available)"
        )
        return
    done = 0
    started = time.monotonic()
    for pg in textless:
        if (
            time.monotonic() - started > 0.7 * settings.timeout
        ):  # keep what we have before the limit
            warnings.append(
                f"OCR stopped after {done} of {len(textless)} page(s): time limit near (--timeout)"
            )
            break
        page = doc[pg.number - 1]
        try:
            paras = [normalise_text(t) for t in ocr.ocr_pdf_page(page)]
            pg.ocr_paras = [t for t in paras if not is_page_number_line(t)]
            done += 1
        except RuntimeError as exc:
            warnings.append(f"OCR failed on page {pg.number}: {exc}")
        finally:
            page.close()
    if done:
        warnings.append(f"OCR used on {done} page(s)")


def read_pdf(
    path: str, settings: ExtractSettings | None = None, *, table_engine: str = "pdfium"
) -> tuple[list[Block], int, list[str]]:
    """Read a PDF into clean blocks.

    Args:
        path: the PDF file.
        settings: limits and options (password, ocr, tables, max_pages).
        table_engine: "pdfium" (fast, default) or "pdfplumber" (the reference implementation).

    Returns:
        (blocks in reading order, number of pages, warnings).

    Raises:
        EmptyDocument, EncryptedDocument, CorruptDocument, LimitExceeded, NoTextLayer.
    """
    settings = ExtractSettings.resolve(settings)
    warnings: list[str] = []
    try:
        doc = open_pdf(path, settings.password)
    except CorruptDocument:
        pages = _fallback_pages(path, settings)
        if pages is None:
            raise
        warnings.append("PDF is damaged: read with the slower fallback reader (pdfminer)")
        return _assemble(pages, warnings)
    try:
        n = len(doc)
        if n > settings.max_pages:
            raise LimitExceeded(
                f"{n} pages is over the limit of {settings.max_pages} (--max-pages)", path
            )
        if n == 0:
            raise EmptyDocument("PDF has no pages", path)
        tables = table_engine if settings.tables else None
        with TableFinder(path, settings.password) as finder:
            pages = [_read_page(doc, i, tables, finder) for i in range(n)]
        _ocr_pages(doc, pages, settings, path, warnings)
    finally:
        doc.close()
    return _assemble(pages, warnings)


def _fallback_pages(path: str, settings: ExtractSettings) -> list[_Page] | None:
    read = pdf_fallback.read_lines(path, settings.password, settings.max_pages)
    if read is None or not any(lines for lines, _, _ in read):
        return None
    if len(read) > settings.max_pages:
        raise LimitExceeded(
            f"{len(read)} pages is over the limit of {settings.max_pages} (--max-pages)", path
        )
    return [_Page(i + 1, lines, w, h, True) for i, (lines, w, h) in enumerate(read)]


def _assemble(pages: list[_Page], warnings: list[str]) -> tuple[list[Block], int, list[str]]:
    """Furniture, reading order and paragraphs over all pages."""
    remove_furniture(pages)
    leads = leading_table([ln for pg in pages for ln in pg.lines if ln.table is None])
    right = _right_margin(pages)
    paras = [p for pg in pages for p in _page_paras(pg, leads, right)]
    blocks = to_blocks(paras)
    if not blocks:
        warnings.append(
            "no text found" if any(pg.has_objects for pg in pages) else "PDF pages are blank"
        )
    return blocks, len(pages), warnings
