"""Second reader for PDFs PDFium rejects: pdfminer (through pdfplumber) rebuilds broken xref tables.

It yields the same ``Line`` records as the PDFium path, so furniture removal, columns and
paragraphs work the same way; it is slower, and used only after PDFium has failed.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..clean import normalise_text
from .pdf_lines import Line

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_log = logging.getLogger(__name__)


def _line(d: dict[str, Any]) -> Line | None:
    text = normalise_text(str(d.get("text", ""))).strip()
    if not text:
        return None
    chars = d.get("chars") or []
    mid = chars[len(chars) // 2] if chars else {}
    size = float(mid.get("size", 0.0) or (d["bottom"] - d["top"]))
    bold = bool(_BOLD.search(str(mid.get("fontname", ""))))
    hyphen = text.endswith("-")
    return Line(
        text[:-1] if hyphen else text,
        float(d["x0"]),
        float(d["top"]),
        float(d["x1"]),
        float(d["bottom"]),
        size,
        bold,
        0,
        hyphen,
    )


def read_lines(
    path: str, password: str | None, max_pages: int
) -> list[tuple[list[Line], float, float]] | None:
    """Per page (lines, width, height), or None when pdfminer cannot read the file either."""
    try:
        import pdfplumber

        pdf = pdfplumber.open(path, password=password or "")
    except (
        Exception
    ) as exc:  # pdfminer raises many types on broken files; the caller reports one error
        _log.debug("fallback reader failed on %s: %s", path, exc)
        return None
    out = []
    try:
        if len(pdf.pages) > max_pages:
            return [([], 0.0, 0.0)] * len(pdf.pages)
        for page in pdf.pages:
            try:
                lines = [ln for ln in map(_line, page.extract_text_lines(return_chars=True)) if ln]
                out.append((lines, float(page.width), float(page.height)))
            except Exception as exc:  # one bad page must not lose the others
                _log.debug("fallback reader skipped page %s of %s: %s", page.page_number, path, exc)
                out.append(([], float(page.width), float(page.height)))
            finally:
                page.close()
    except Exception as exc:
        _log.debug("fallback reader failed on %s: %s", path, exc)
        return None
    finally:
        pdf.close()
    return out
