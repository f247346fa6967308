"""Plain text and Markdown -> blocks.

Text files come from many places: web-page dumps with one paragraph per line, PDF text hard-wrapped
at a fixed width with "Page 3 of 10" lines and form feeds, Markdown with ``#`` headings and pipe
tables. The reader rebuilds paragraphs (joining wrapped lines, rejoining words broken at line
ends), marks list items, headings and table rows, and drops page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Block
from ..settings import ExtractSettings
from . import _clean
from .detect import decode_bytes

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST = re.compile(
    r"^\s*(?:[-*+•·▪◦‣●○■□➢►✓]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-hj-z]\)|\(?[ivx]{1,4}\))\s+(\S.*)$"
)
_TABLE_RULE = re.compile(r"^[\s|:\-+=]+$")
_NUMBER_ONLY = re.compile(r"^\(?\d{1,3}(?:\.\d{1,2})*[.)]?$")
_TERMINAL = ".!?:;,"


@dataclass
class _Para:
    kind: str
    lines: list[str] = field(default_factory=list)
    level: int | None = None
    cells: tuple[str, ...] | None = None
    page: int | None = None
    blank_after: bool = False


def read_text(
    path: str, settings: ExtractSettings | None = None
) -> tuple[list[Block], int | None, list[str]]:
    """Read a text or Markdown file.

    Returns:
        ``(blocks, pages, warnings)``; ``pages`` counts form-feed pages, or is ``None`` without any.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    text, encoding = decode_bytes(data)
    warnings = []
    if encoding == "cp1252":
        warnings.append("not valid UTF-8; read as Windows-1252 (cp1252)")
    if "\ufffd" in text:
        warnings.append("some bytes could not be decoded and show as \ufffd")
    blocks, pages = blocks_from_text(text)
    return blocks, pages, warnings


def blocks_from_text(text: str) -> tuple[list[Block], int | None]:
    """Turn decoded text into blocks; also returns the number of form-feed pages (or ``None``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    has_pages = "\f" in text.strip("\f")
    pages = [_clean.normalise_lines(p.split("\n")) for p in text.split("\f")]
    if has_pages:
        pages = _clean.remove_furniture(pages)
    width = _wrap_width([line for page in pages for line in page])
    paras: list[_Para] = []
    for number, lines in enumerate(pages, 1):
        lines = [line for line in lines if not _clean.is_page_number_line(line)]
        paras.extend(_paragraphs(lines, number if has_pages else None, width))
    blocks = _to_blocks(paras)
    return blocks, (len(pages) if has_pages else None)


def _wrap_width(lines: list[str]) -> int | None:
    """Return the width text was hard-wrapped at, or ``None`` for one paragraph per line."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 8:
        return None
    p90 = lengths[int(len(lengths) * 0.9) - 1]
    p98 = lengths[int(len(lengths) * 0.98) - 1]
    if not 40 <= p90 <= 130 or p98 > 1.2 * p90:
        return None  # web dumps: one paragraph per line, with a long tail of long lines
    near = sum(1 for n in lengths if 0.7 * p90 <= n <= 1.1 * p90)
    return p90 if near / len(lengths) >= 0.2 else None


def _paragraphs(lines: list[str], page: int | None, width: int | None) -> list[_Para]:
    paras: list[_Para] = []
    cur: _Para | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            if cur is not None:
                cur.blank_after = True
            cur = None
            continue
        new = _classify(line, page)
        if (
            new is None
            and cur is not None
            and cur.kind in ("paragraph", "list_item")
            and _joins(cur.lines[-1], line, width)
        ):
            cur.lines.append(line)
            continue
        if new is None:
            new = _Para("paragraph", [line], page=page)
        if new.kind == "skip":
            continue
        paras.append(new)
        cur = new if new.kind in ("paragraph", "list_item") else None
    if paras:
        paras[-1].blank_after = True
    return paras


def _classify(line: str, page: int | None) -> _Para | None:
    """Return a new block for a line that starts one (heading, list item, table row), else None."""
    m = _MD_HEADING.match(line)
    if m:
        return _Para("heading", [m.group(2)], level=len(m.group(1)), page=page)
    if "|" in line:
        if _TABLE_RULE.match(line):
            return _Para("skip")
        cells = tuple(c.strip() for c in line.strip().strip("|").split("|"))
        if sum(1 for c in cells if c) >= 2:
            return _Para("table_row", [" | ".join(c for c in cells if c)], cells=cells, page=page)
        line = " ".join(c for c in cells if c)
        if not line:
            return _Para("skip")
        return _classify(line, page) or _Para("paragraph", [line], page=page)
    m = _LIST.match(line)
    if m and not _NUMBER_ONLY.match(line):
        return _Para("list_item", [line], page=page)
    return None


def _joins(prev: str, line: str, width: int | None) -> bool:
    """Whether ``line`` continues the paragraph whose last line is ``prev``."""
    if prev.endswith("-") and line[:1].islower():
        return True
    if prev[-1] in ".!?:;" or prev.endswith(('."', ".”", ".)")):
        return False
    if line[:1].islower() or prev.endswith((",", "&")) or prev.split()[-1].lower() in _CONTINUERS:
        return True
    return width is not None and len(prev) >= 0.7 * width


_CONTINUERS = {
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "to",
    "in",
    "for",
    "with",
    "by",
    "on",
    "at",
    "y",
    "yr",
    "a'r",
    "ac",
    "yn",
    "i",
    "o",
    "ar",
    "gan",
    "gyda",
    "â",
    "neu",
    "ei",
    "eu",
}


def _title_runs(paras: list[_Para]) -> list[bool]:
    """Which paragraphs may be headings: title-like lines, except in runs of three or more
    (a list of names and organisations laid out one per line is not a stack of headings)."""
    cand = [_is_title(p, strict=True) for p in paras]
    out = list(cand)
    i = 0
    while i < len(cand):
        j = i
        while j < len(cand) and cand[j]:
            j += 1
        if j - i >= 3:
            out[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    return out


def _to_blocks(paras: list[_Para]) -> list[Block]:
    blocks: list[Block] = []
    titles = _title_runs(paras)
    i = 0
    while i < len(paras):
        p = paras[i]
        text = _clean.join_lines(p.lines)
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if (
            p.kind == "paragraph"
            and _NUMBER_ONLY.match(text)
            and nxt
            and _is_title(nxt, strict=False)
        ):
            # "3." on its own line, then the item title: a numbered agenda item heading.
            title = _clean.join_lines(nxt.lines)
            blocks.append(Block(f"{text} {title}", page=p.page, kind="heading", level=1))
            i += 2
            continue
        if p.kind == "paragraph" and nxt is not None and titles[i]:
            blocks.append(Block(text, page=p.page, kind="heading", level=1))
        else:
            kind = p.kind if p.kind != "skip" else "paragraph"
            blocks.append(Block(text, page=p.page, kind=kind, level=p.level, cells=p.cells))
        i += 1
    return blocks


def _is_title(p: _Para, strict: bool) -> bool:
    """A short, unpunctuated line standing alone (ALL CAPS needs no blank line after it)."""
    if p.kind != "paragraph" or len(p.lines) != 1:
        return False
    line = p.lines[0]
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    if not letters or line[-1] in _TERMINAL or not (line[0].isupper() or line[0].isdigit()):
        return False
    if ": " in line or "http" in line or "@" in line:
        return False  # "Venue: Council Chamber" is a label and its value
    if line.isupper() and len(letters) >= 4 and len(words) <= 15:
        return True
    if len(words) > 10 or len(line) > 80:
        return False
    return p.blank_after or not strict
