"""Ruled tables: a cheap PDFium test for ruling lines, then pdfplumber on those pages only.

pdfplumber is slow (it parses every character in Python), so it only sees pages whose vector
drawings look like a grid. Each pdfplumber page is closed after use: its caches otherwise keep
every parsed object alive and memory grows without bound on long documents.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

import pypdfium2.raw as pdfium_c

from ..clean import dehyphenate_lines, normalise_text

_MAX_OBJECTS = 5000
_log = logging.getLogger(__name__)


def looks_tabular(page_handle: Any) -> bool:
    """True when a page has enough horizontal and vertical rules (or cell boxes) to hold a table."""
    n = min(pdfium_c.FPDFPage_CountObjects(page_handle), _MAX_OBJECTS)
    left, b, r, t = (ctypes.c_float() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (left, b, r, t))
    horiz = vert = boxes = 0
    for i in range(n):
        obj = pdfium_c.FPDFPage_GetObject(page_handle, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        w, h = r.value - left.value, t.value - b.value
        if h < 3 and w > 15:
            horiz += 1
        elif w < 3 and h > 6:
            vert += 1
        elif w > 10 and h > 5:
            boxes += 1
        if (horiz >= 2 and vert >= 2) or boxes >= 4 or (boxes >= 1 and horiz + vert >= 3):
            return True
    return False


def _clean_cell(cell: str | None) -> str:
    if not cell:
        return ""
    return normalise_text(dehyphenate_lines(cell.replace("\ufffe", "-").split("\n")))


class TableFinder:
    """Opens the PDF in pdfplumber on first use; call ``close()`` (or use as a context manager)."""

    def __init__(self, path: str, password: str | None = None) -> None:
        self.path = path
        self.password = password
        self._pdf: Any = None
        self.failed = False

    def __enter__(self) -> TableFinder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def tables(
        self, index: int
    ) -> list[tuple[tuple[float, float, float, float], list[tuple[str, ...]]]]:
        """Tables of page ``index`` (0-based) as (bbox top-down, rows of cleaned cells)."""
        if self.failed:
            return []
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(self.path, password=self.password or "")
            page = self._pdf.pages[index]
        except (
            Exception
        ) as exc:  # pdfplumber/pdfminer raise many types on odd files; tables are optional
            _log.debug("pdfplumber could not open %s: %s", self.path, exc)
            self.failed = True
            return []
        try:
            found = page.find_tables()
            out = []
            for table in found:
                rows = [tuple(_clean_cell(c) for c in row) for row in table.extract()]
                rows = [row for row in rows if any(row)]
                width = max((sum(1 for c in row if c) for row in rows), default=0)
                if len(rows) >= 2 and width >= 2:
                    x0, top, x1, bottom = table.bbox
                    oy, ox = float(page.bbox[1]), float(page.bbox[0])
                    out.append(((x0 - ox, top - oy, x1 - ox, bottom - oy), rows))
            return out
        except Exception as exc:  # a broken drawing must not lose the page's prose
            _log.debug("table extraction failed on page %d of %s: %s", index + 1, self.path, exc)
            return []
        finally:
            page.close()
