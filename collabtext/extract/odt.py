"""ODT -> blocks with odfpy: ``text:h`` headings (outline level), paragraphs, list items, rows.

Only the document body (``content.xml``) is read; page headers and footers live in the styles and
are never seen.
"""

from __future__ import annotations

import zipfile
from typing import Any

from odf.opendocument import load  # loaded before forking, not in every child

from ..errors import CorruptDocument
from ..records import Block
from ..settings import ExtractSettings
from . import _clean

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_SKIP = {
    (_TEXT, "tracked-changes"),
    (_TEXT, "note"),
    (_TEXT, "sequence-decls"),
    (_TEXT, "table-of-content"),
    (_TEXT, "bookmark-start"),
}


def read_odt(
    path: str, settings: ExtractSettings | None = None
) -> tuple[list[Block], int | None, list[str]]:
    """Read an ODT file.

    Returns:
        ``(blocks, None, warnings)``: ODT has no fixed pages.
    """
    try:
        doc = load(path)
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise CorruptDocument(f"not a valid ODT file ({type(e).__name__}: {e})", path) from None
    except Exception as e:  # XML parse errors from a damaged content.xml
        raise CorruptDocument(f"could not parse the ODT XML ({type(e).__name__})", path) from None
    blocks: list[Block] = []
    _walk(doc.text, blocks, in_list=False)
    return blocks, None, []


def _walk(node: Any, blocks: list[Block], in_list: bool) -> None:
    for child in node.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None or qname in _SKIP:
            continue
        ns, name = qname
        if ns == _TEXT and name == "h":
            level = _int(child.getAttribute("outlinelevel"), 1)
            _emit(blocks, _text(child), "heading", level)
        elif ns == _TEXT and name == "p":
            _emit(blocks, _text(child), "list_item" if in_list else "paragraph", None)
            _frames(child, blocks)
        elif ns == _TEXT and name in ("list", "list-item", "list-header"):
            _walk(child, blocks, in_list=True)
        elif ns == _TABLE and name == "table":
            _table(child, blocks)
        elif (ns, name) in (
            (_TEXT, "section"),
            (_TABLE, "table-row-group"),
            (_DRAW, "frame"),
            (_DRAW, "text-box"),
        ):
            _walk(child, blocks, in_list)


def _frames(p: Any, blocks: list[Block]) -> None:
    """Text boxes anchored in a paragraph are read after it."""
    for child in p.childNodes:
        if getattr(child, "qname", None) in ((_DRAW, "frame"),):
            _walk(child, blocks, in_list=False)


def _emit(blocks: list[Block], text: str, kind: str, level: int | None) -> None:
    text = text.strip()
    if text:
        blocks.append(Block(text, kind=kind, level=level))


def _text(node: Any) -> str:
    """Text of a paragraph: spaces, tabs and line breaks expanded; notes and frames left out."""
    parts: list[str] = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(str(child.data))
            continue
        qname = getattr(child, "qname", None)
        if qname == (_TEXT, "s"):
            parts.append(" " * _int(child.getAttribute("c"), 1))
        elif qname == (_TEXT, "tab"):
            parts.append(" ")
        elif qname == (_TEXT, "line-break"):
            parts.append("\n")
        elif qname in _SKIP or (qname and qname[0] == _DRAW):
            continue
        else:
            parts.append(_text(child))
    return _clean.normalise("".join(parts))


def _table(table: Any, blocks: list[Block]) -> None:
    for row in _rows(table):
        cells = []
        for cell in row.childNodes:
            qname = getattr(cell, "qname", None)
            if qname == (_TABLE, "covered-table-cell"):
                continue  # the merged cell's text is in the covering cell
            if qname == (_TABLE, "table-cell"):
                paras = [
                    _text(p).strip()
                    for p in cell.childNodes
                    if getattr(p, "qname", None) in ((_TEXT, "p"), (_TEXT, "h"))
                ]
                cells.append("\n".join(p for p in paras if p))
        if any(cells):
            text = " | ".join(c.replace("\n", " ") for c in cells if c)
            blocks.append(Block(text, kind="table_row", cells=tuple(cells)))


def _rows(table: Any) -> list[Any]:
    rows = []
    for child in table.childNodes:
        qname = getattr(child, "qname", None)
        if qname == (_TABLE, "table-row"):
            rows.append(child)
        elif qname in (
            (_TABLE, "table-header-rows"),
            (_TABLE, "table-rows"),
            (_TABLE, "table-row-group"),
        ):
            rows.extend(_rows(child))
    return rows


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
