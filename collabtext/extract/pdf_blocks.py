"""Document-level assembly of paragraphs into clean Blocks.

Paragraphs that run on across a column or page break are joined, words split at line ends are
rejoined using the document's own vocabulary, headings are inferred from font size and weight
relative to the body text, and list markers are tidied.
"""

from __future__ import annotations

import re
from collections import Counter

from ..clean import dehyphenate_lines, document_vocabulary, normalise_text
from ..records import Block
from .pdf_layout import Para, list_marker

_END_SENTENCE = tuple('.!?:;"”’)]')
_BULLET_GLYPH = re.compile(
    r"^\s*[\u2022\u25aa\u25a0\u25cf\u25e6\u25cb\u2023\u2043\u2219\u00b7\u27a2\u2713\u2714"
    r"\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25ba\u25b8\u2666\u2756\-\u2013\u2014*]\s+"
)
_HEADING_END = tuple(".,;:")
_MAX_HEADING_CHARS = 160


def _line_texts(p: Para) -> list[str]:
    return [ln.text + ("-" if ln.hyphen and not ln.text.endswith("-") else "") for ln in p.lines]


def _continues(a: Para, b: Para) -> bool:
    """Is ``b`` (first paragraph of a new column or page) the rest of ``a``?"""
    if a.kind not in ("paragraph", "list_item") or b.kind != "paragraph" or a.region == b.region:
        return False
    if abs(a.lines[-1].size - b.lines[0].size) > 0.6 or a.lines[-1].bold != b.lines[0].bold:
        return False
    last, first = a.lines[-1], b.lines[0].text
    if last.hyphen or last.text.endswith("-"):
        return first[:1].isalpha()
    return not last.text.rstrip().endswith(_END_SENTENCE) and first[:1].islower()


def join_continuations(paras: list[Para]) -> list[Para]:
    """Merge paragraphs split by a column or page break; drop repeated table header rows."""
    out: list[Para] = []
    for p in paras:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, p):
            prev.lines.extend(p.lines)
            continue
        if prev is not None and p.kind == prev.kind == "table" and p.page == prev.page + 1:
            header = _last_table_header(out)
            if header is not None and p.rows and p.rows[0] == header:
                p.rows = p.rows[1:]
        out.append(p)
    return out


def _last_table_header(out: list[Para]) -> tuple[str, ...] | None:
    for p in reversed(out):
        if p.kind == "table" and p.rows:
            return p.rows[0]
    return None


def size_shares(paras: list[Para]) -> dict[float, float]:
    """Share of the document's characters set in each font size (rounded to 0.5 pt)."""
    weights: Counter[float] = Counter()
    bold = 0
    for p in paras:
        if p.kind != "table":
            for ln in p.lines:
                weights[round(ln.size * 2) / 2] += len(ln.text)
                if ln.bold:
                    bold += len(ln.text)
    total = sum(weights.values()) or 1
    shares = {size: n / total for size, n in weights.items()}
    shares[-1.0] = bold / total  # key -1: the share set in bold
    return shares


def body_size(paras: list[Para], shares: dict[float, float] | None = None) -> float:
    """The font size carrying most of the document's characters (``shares`` from size_shares)."""
    if shares is None:
        shares = size_shares(paras)
    shares = {k: v for k, v in shares.items() if k >= 0}
    return max(shares, key=shares.get) if shares else 10.0  # type: ignore[arg-type]


def _heading_rank(
    p: Para, text: str, size: float, bold: bool, body: float, shares: dict[float, float]
) -> float | None:
    """Return a size key for a heading candidate (bigger = outer), or None when not a heading.

    A size that carries a large share of the text is a second body size (tables, forms), not a
    heading size.
    """
    if p.kind == "table" or len(p.lines) > 3 or len(text) > _MAX_HEADING_CHARS:
        return None
    if text.endswith(_HEADING_END) or not any(ch.isalpha() for ch in text):
        return None
    if not (text[:1].isupper() or text[:1].isdigit()) or _BULLET_GLYPH.match(text):
        return None
    size = round(size * 2) / 2
    if size >= body * 1.12 and size - body >= 1.0 and shares.get(size, 0.0) < 0.25:
        return size
    if bold and size >= body - 0.5 and len(text) <= 100 and shares.get(-1.0, 0.0) < 0.3:
        return body
    return None


def _list_text(text: str) -> str:
    """Strip a bullet glyph; keep numbering ("1.", "(a)") as written."""
    return _BULLET_GLYPH.sub("", text, count=1).strip()


def to_blocks(paras: list[Para]) -> list[Block]:
    """Turn assembled paragraphs into Blocks (headings with levels, list items, table rows)."""
    paras = join_continuations(paras)
    line_texts = [_line_texts(p) for p in paras]
    lines = [t for texts_ in line_texts for t in texts_]
    # the vocabulary decides line-end hyphens; documents without any skip building it
    vocab = document_vocabulary(lines) if any(t.endswith("-") for t in lines) else (set(), set())
    shares = size_shares(paras)
    body = body_size(paras, shares)
    texts = [
        normalise_text(dehyphenate_lines(lt, vocab)) if p.kind != "table" else ""
        for p, lt in zip(paras, line_texts, strict=False)
    ]
    # size and boldness of each paragraph, computed once (its lines no longer change)
    sizes_ = [p.size for p in paras]
    bolds = [p.bold for p in paras]
    ranks = [
        _heading_rank(p, t, size, bold, body, shares)
        for p, t, size, bold in zip(paras, texts, sizes_, bolds, strict=False)
    ]
    sizes = sorted({r for r in ranks if r is not None}, reverse=True)
    level_of = {s: min(i + 1, 6) for i, s in enumerate(sizes)}
    blocks: list[Block] = []
    for p, text, rank, size, bold in zip(paras, texts, ranks, sizes_, bolds, strict=False):
        if p.kind == "table":
            bbox = p.bbox
            blocks.extend(
                Block(
                    " | ".join(c for c in row if c),
                    page=p.page,
                    kind="table_row",
                    cells=row,
                    bbox=bbox,
                )
                for row in p.rows
            )
            continue
        if not text:
            continue
        kind, level = "paragraph", None
        if rank is not None:
            kind, level = "heading", level_of[rank]
        elif p.kind == "list_item" or list_marker(text):
            kind, text = "list_item", _list_text(text)
        bb = p.bbox
        blocks.append(
            Block(
                text,
                page=p.page,
                kind=kind,
                level=level,
                size=round(size, 1),
                bold=bold,
                bbox=(round(bb[0], 1), round(bb[1], 1), round(bb[2], 1), round(bb[3], 1)),
            )
        )  # type: ignore[arg-type]
    return blocks
