"""HTML -> blocks of visible text with lxml: h1-h6 headings, list items, table rows, paragraphs.

Scripts, styles, navigation, page headers and footers, forms, hidden elements and the like are
dropped; the rest is read in document order, each block-level element closing the text before it.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from ..errors import CorruptDocument, EmptyDocument
from ..records import Block
from ..settings import ExtractSettings
from . import _clean
from .detect import decode_bytes

_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
    "head",
    "title",
    "meta",
    "link",
    "map",
    "dialog",
    "menu",
}
_DROP_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "search",
    "menu",
    "menubar",
    "dialog",
    "complementary",
}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "address",
    "dd",
    "dt",
    "dl",
    "ul",
    "ol",
    "figure",
    "figcaption",
    "caption",
    "fieldset",
    "center",
    "body",
    "hr",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "details",
    "summary",
    "legend",
}
_HEADING = re.compile(r"^h([1-6])$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_NAV_TOKENS = {
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menubar",
    "breadcrumb",
    "breadcrumbs",
    "skip",
    "skiplink",
    "skiplinks",
    "sidebar",
    "cookie",
    "cookies",
    "masthead",
    "footer",
    "topbar",
}
_CONTENT_TOKENS = {"content", "main", "article", "body", "not", "post", "entry"}
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def read_html(
    path: str, settings: ExtractSettings | None = None
) -> tuple[list[Block], int | None, list[str]]:
    """Read an HTML file.

    Returns:
        ``(blocks, None, warnings)``.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    text, warnings = decode_html(data)
    return blocks_from_html(text, path), None, warnings


def decode_html(data: bytes) -> tuple[str, list[str]]:
    """Decode with the declared charset when there is one, else sniff (UTF-8, then cp1252)."""
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        charset = m.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(charset), []
        except LookupError:
            pass
        except UnicodeDecodeError:
            text, enc = decode_bytes(data)
            return text, [f"declared charset {charset} does not fit the bytes; read as {enc}"]
    text, _ = decode_bytes(data)
    return text, []


def blocks_from_html(text: str, path: str = "<html>") -> list[Block]:
    """Parse HTML text and return its visible blocks in reading order."""
    text = re.sub(
        r"^\s*<\?xml[^>]*\?>", "", text
    )  # lxml refuses str input with an encoding declaration
    if not text.strip():
        raise EmptyDocument("the HTML file is empty", path)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as e:
        raise CorruptDocument(f"could not parse the HTML ({e})", path) from None
    _drop_invisible(root)
    mains = root.xpath("//main | //*[@role='main']")
    walker = _Walker()
    for el in mains[:1] if len(mains) == 1 else [root]:
        walker.visit(el)
    walker.flush()
    return walker.blocks


def _drop_invisible(root: Any) -> None:
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments and processing instructions
            continue
        tag = el.tag.lower()
        role = (el.get("role") or "").lower()
        if (
            tag in _DROP_TAGS
            or role in _DROP_ROLES
            or el.get("hidden") is not None
            or (el.get("aria-hidden") or "").lower() == "true"
            or _HIDDEN_STYLE.search(el.get("style") or "")
            or _navigation_name(el)
            or (
                tag == "a"
                and (el.get("href") or "").startswith("#")
                and (el.text or "").strip().lower().startswith("skip")
            )
        ):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the parent


def _navigation_name(el: Any) -> bool:
    """Menus and breadcrumbs marked only by class or id ("wsite-menu", "side-nav")."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not names.strip():
        return False
    tokens = set(_TOKEN_SPLIT.split(names))
    return not tokens.isdisjoint(_NAV_TOKENS) and tokens.isdisjoint(_CONTENT_TOKENS)


class _Walker:
    """Collects inline text into the current block; block-level elements close it.

    ``ctx`` holds the kind of the innermost heading or list item, so that a ``<p>`` inside an
    ``<li>`` still gives a list item.
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.ctx: list[tuple[str, int | None]] = [("paragraph", None)]

    def flush(self) -> None:
        text = _clean.normalise(re.sub(r"[ \t\r\f\v]+", " ", "".join(self.buf)))
        text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
        if text:
            kind, level = self.ctx[-1]
            self.blocks.append(Block(text, kind=kind, level=level))
        self.buf = []

    def visit(self, el: Any) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        m = _HEADING.match(tag)
        if tag == "br":
            self.buf.append("\n")
        elif tag == "tr" and not _layout_row(el):
            self.flush()
            self._row(el)
        elif m or tag == "li":
            self.flush()
            self.ctx.append(("heading", int(m.group(1))) if m else ("list_item", None))
            self._children(el)
            self.flush()
            self.ctx.pop()
        else:
            block = tag in _BLOCK_TAGS or tag in ("tr", "td", "th")
            if block:
                self.flush()
            self._children(el)
            if block:
                self.flush()
        if el.tail:
            self.buf.append(el.tail)

    def _children(self, el: Any) -> None:
        if el.text:
            self.buf.append(el.text)
        for child in el:
            self.visit(child)

    def _row(self, tr: Any) -> None:
        cells = []
        for cell in tr:
            if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th"):
                cells.append(_clean.normalise(" ".join(cell.text_content().split())))
        if any(cells):
            self.blocks.append(
                Block(" | ".join(c for c in cells if c), kind="table_row", cells=tuple(cells))
            )


def _layout_row(tr: Any) -> bool:
    """A row whose cells hold headings, lists or tables is page layout, not data."""
    for cell in tr:
        if not isinstance(cell.tag, str):
            continue
        if (
            cell.find(".//table") is not None
            or cell.find(".//ul") is not None
            or cell.find(".//ol") is not None
        ):
            return True
        if (
            any(cell.find(f".//h{i}") is not None for i in range(1, 7))
            or len(cell.text_content()) > 2000
        ):
            return True
    return False
