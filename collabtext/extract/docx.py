"""DOCX -> blocks with python-docx, walking the body in order (paragraphs and tables interleaved).

Heading styles (Heading 1-9, Title, or an outline level) give headings; list styles and numbering
give list items; tables give one ``table_row`` block per row with merged cells counted once; text
boxes are read where they sit. Headers and footers live in other parts of the package and are
never read.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

import docx  # imported with the module so that forked readers find it loaded

from ..errors import CorruptDocument, EncryptedDocument
from ..records import Block
from ..settings import ExtractSettings
from . import _clean

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HEADING_STYLE = re.compile(r"^(?:heading|pennawd|überschrift|titre)\s*(\d)$", re.I)
_BULLET_TEXT = re.compile(r"^\s*[•·▪◦‣●○■□➢►✓\-–]\s+")


def read_docx(
    path: str, settings: ExtractSettings | None = None
) -> tuple[list[Block], int | None, list[str]]:
    """Read a DOCX file.

    Returns:
        ``(blocks, None, warnings)``: DOCX has no fixed pages.
    """
    try:
        document = docx.Document(path)
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise CorruptDocument(f"not a valid DOCX file ({type(e).__name__}: {e})", path) from None
    except Exception as e:  # lxml XMLSyntaxError and friends
        if "encrypt" in str(e).lower():
            raise EncryptedDocument(
                "the document is password-protected; save an unprotected copy", path
            ) from None
        raise CorruptDocument(f"could not parse the DOCX XML ({type(e).__name__})", path) from None
    styles = _style_map(document)
    blocks: list[Block] = []
    _walk(document.element.body, styles, blocks)
    return blocks, None, []


def _style_map(document: Any) -> dict[str, tuple[str, bool]]:
    """Map style id -> (style name, whether the style itself carries numbering)."""
    out: dict[str, tuple[str, bool]] = {}
    for style in document.styles:
        try:
            el = style.element
            name = style.name or ""
            numbered = el.find(f"{_W}pPr/{_W}numPr") is not None
            base = style.base_style
            if (
                base is not None
                and _HEADING_STYLE.match(base.name or "")
                and not _HEADING_STYLE.match(name)
            ):
                name = base.name  # "Heading 1 Custom" based on Heading 1
            out[style.style_id] = (name, numbered)
        except (AttributeError, ValueError):
            continue
    return out


def _walk(parent: Any, styles: dict[str, tuple[str, bool]], blocks: list[Block]) -> None:
    for child in parent.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            _paragraph(child, styles, blocks)
        elif tag == f"{_W}tbl":
            _table(child, blocks)
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}smartTag"):
            _walk(child, styles, blocks)  # content controls wrap ordinary body content


def _paragraph_text(p: Any) -> str:
    """Text of a paragraph's own runs (not text boxes inside it), tabs and breaks kept."""
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}txbxContent"):
        if _inside_textbox(el, p):
            continue
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append(" ")
        elif el.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n" if el.get(f"{_W}type") != "page" else " ")
    return _clean.normalise("".join(parts))


def _inside_textbox(el: Any, stop: Any) -> bool:
    node = el
    while node is not None and node is not stop:
        if node.tag in (f"{_W}txbxContent", _MC_FALLBACK, f"{_W}del"):
            return True
        node = node.getparent()
    return False


def _paragraph(p: Any, styles: dict[str, tuple[str, bool]], blocks: list[Block]) -> None:
    text = _paragraph_text(p).strip()
    if text:
        kind, level = _kind(p, styles, text)
        blocks.append(Block(text, kind=kind, level=level))
    for box in p.iter(f"{_W}txbxContent"):
        if not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            _walk(box, styles, blocks)


def _kind(p: Any, styles: dict[str, tuple[str, bool]], text: str) -> tuple[str, int | None]:
    ppr = p.find(f"{_W}pPr")
    style_id = None
    style_el = ppr.find(f"{_W}pStyle") if ppr is not None else None
    if style_el is not None:
        style_id = style_el.get(f"{_W}val")
    name, style_numbered = styles.get(style_id or "", ("", False))
    m = _HEADING_STYLE.match(name.strip())
    if m:
        return "heading", max(1, int(m.group(1)))
    if name.lower() in ("title", "teitl"):
        return "heading", 1
    outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    if (
        outline is not None
        and (outline.get(f"{_W}val") or "9").isdigit()
        and int(outline.get(f"{_W}val")) < 9
    ):
        return "heading", int(outline.get(f"{_W}val")) + 1
    numbered = ppr is not None and ppr.find(f"{_W}numPr") is not None
    if numbered or style_numbered or "list" in name.lower() or _BULLET_TEXT.match(text):
        return "list_item", None
    if name.lower() == "caption":
        return "caption", None
    level = _formatted_heading(p, text)
    return ("heading", level) if level else ("paragraph", None)


def _formatted_heading(p: Any, text: str) -> int | None:
    """Level of a heading made by direct formatting (bold, large or ALL CAPS) in Normal style.

    Many council documents never use heading styles: a short bold line is their heading.
    """
    words = text.split()
    if len(words) > 15 or len(text) > 120 or text[-1] in ".:;,?!" or "\n" in text:
        return None
    bold = True
    size = 0
    for r in p.iter(f"{_W}r"):
        if not "".join(t.text or "" for t in r.iter(f"{_W}t")).strip():
            continue
        rpr = r.find(f"{_W}rPr")
        b = rpr.find(f"{_W}b") if rpr is not None else None
        bold = bold and b is not None and b.get(f"{_W}val") not in ("0", "false")
        sz = rpr.find(f"{_W}sz") if rpr is not None else None
        if sz is not None and (sz.get(f"{_W}val") or "").isdigit():
            size = max(size, int(sz.get(f"{_W}val")))
    if bold:
        return 1 if size >= 28 else 2
    letters = [c for c in text if c.isalpha()]
    return 2 if len(letters) >= 4 and text.isupper() else None


def _table(tbl: Any, blocks: list[Block]) -> None:
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells: list[str] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            if vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue"):
                cells.append("")  # continuation of a vertically merged cell: its text is above
                continue
            cells.append(_cell_text(tc))
        if any(cells):
            text = " | ".join(c.replace("\n", " ") for c in cells if c)
            blocks.append(Block(text, kind="table_row", cells=tuple(cells)))


def _cell_text(tc: Any) -> str:
    lines = []
    for p in tc.iter(f"{_W}p"):
        t = _paragraph_text(p).strip()
        if t and not _inside_textbox(p, tc):
            lines.append(t)
    return "\n".join(lines)
