"""Reading order and paragraphs for one page: columns by whitespace gutters, then line grouping.

A page is cut into horizontal bands at lines that span a gutter (titles, full-width headings,
tables); inside a band each column is read top to bottom, left column first. Lines of a column are
grouped into paragraphs by spacing, indentation, font changes and list markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from .pdf_lines import Line

_TOP_X0 = attrgetter("top", "x0")  # reading order key: (ln.top, ln.x0)

_BULLET = re.compile(
    r"^\s*([\u2022\u25aa\u25a0\u25cf\u25e6\u25cb\u2023\u2043\u2219\u00b7\u27a2\u2713\u2714"
    r"\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25ba\u25b8\u2666\u2756\-\u2013\u2014*])\s+(?=\S)"
)
_NUMBERED = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|\([a-z0-9]{1,3}\))\s+(?=\S)"
)
_TERMINAL = tuple('.!?:;"”’)')


@dataclass(slots=True)
class Para:
    """Lines that form one paragraph (or heading, list item, table) of a page region."""

    lines: list[Line]
    page: int
    region: tuple[int, int, int]
    kind: str = "paragraph"
    rows: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def size(self) -> float:
        lines = self.lines
        size = lines[0].size
        for ln in lines:
            if ln.size > size:
                size = ln.size
        return size

    @property
    def bold(self) -> bool:
        for ln in self.lines:
            if not ln.bold:
                return False
        return True

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        lines = self.lines
        first = lines[0]
        x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
        for ln in lines:  # the comparisons of min() and max(): the first extreme value wins
            if ln.x0 < x0:
                x0 = ln.x0
            if ln.top < top:
                top = ln.top
            if ln.x1 > x1:
                x1 = ln.x1
            if ln.bottom > bottom:
                bottom = ln.bottom
        return (x0, top, x1, bottom)


def list_marker(text: str) -> re.Match[str] | None:
    """The bullet glyph or item number that starts ``text``, if any."""
    return _BULLET.match(text) or _NUMBERED.match(text)


def _coverage_gutters(lines: list[Line], lo: float, hi: float) -> list[tuple[float, float]]:
    step = 2.0
    nb = int((hi - lo) / step) + 2
    diff = [0] * (nb + 1)
    for ln in lines:
        a, b = int((ln.x0 - lo) / step), int((ln.x1 - lo) / step) + 1
        diff[max(a, 0)] += 1
        diff[min(b, nb)] -= 1
    # a few centred titles may cross a gutter; they become full-width lines of their own band
    allowed = max(2, int(0.06 * len(lines)))
    runs, run, cov = [], None, 0
    for i in range(nb):
        cov += diff[i]
        if cov <= allowed:
            run = (i, i) if run is None else (run[0], i)
        elif run is not None:
            runs.append(run)
            run = None
    margin = 0.12 * (hi - lo)
    out = []
    for a, b in runs:
        x0, x1 = lo + a * step, lo + (b + 1) * step
        if x1 - x0 >= 6.0 and x0 > lo + margin and x1 < hi - margin:
            out.append((x0, x1))
    return out


def find_gutters(lines: list[Line]) -> list[tuple[float, float]]:
    """Vertical whitespace strips that separate columns of prose, left to right."""
    body = [ln for ln in lines if ln.table is None and len(ln.text) > 1]
    if len(body) < 10:
        return []
    lo, hi = min(ln.x0 for ln in body), max(ln.x1 for ln in body)
    area = hi - lo
    narrow = [ln for ln in body if ln.width < 0.55 * area]
    if len(narrow) < 8:
        return []
    gutters = []
    for g0, g1 in _coverage_gutters(narrow, lo, hi):
        left = [ln for ln in narrow if ln.x1 <= g0 + 1 and ln.x0 >= _prev_edge(gutters, lo)]
        right = [ln for ln in narrow if ln.x0 >= g1 - 1]
        if _prose(left, area) and _prose(right, area):
            gutters.append((g0, g1))
    return gutters


def _prev_edge(gutters: list[tuple[float, float]], lo: float) -> float:
    return gutters[-1][1] - 1 if gutters else lo - 1


def _prose(lines: list[Line], area: float) -> bool:
    """Enough lines of running text (not a column of numbers or labels) to call it a column."""
    wide = [ln for ln in lines if ln.width > 0.18 * area and len(ln.text) >= 20]
    return len(wide) >= 5 and len(wide) >= 0.4 * len(lines)


def _merge_same_line(lines: list[Line]) -> list[Line]:
    """Join pieces that sit on one visual line of one column (PDFium may split them)."""
    out: list[Line] = []
    for ln in sorted(lines, key=lambda ln: (round(ln.top), ln.x0)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.table is None
            and ln.table is None
            and not prev.hyphen
            and abs(ln.top - prev.top) < 0.4 * max(1.0, min(ln.height, prev.height))
            and 0 <= ln.x0 - prev.x1 < 2.2 * max(ln.size, 1.0)
        ):
            out[-1] = Line(
                f"{prev.text} {ln.text}",
                prev.x0,
                min(prev.top, ln.top),
                ln.x1,
                max(prev.bottom, ln.bottom),
                max(prev.size, ln.size),
                prev.bold and ln.bold,
                0,
                ln.hyphen,
            )
        else:
            out.append(ln)
    out.sort(key=_TOP_X0)
    return out


def reading_runs(lines: list[Line]) -> list[tuple[tuple[int, int], list[Line]]]:
    """Split a page's lines into runs (band, column) in reading order."""
    gutters = find_gutters(lines)
    if not gutters:
        return [((0, 0), _merge_same_line(lines))] if lines else []
    runs: list[tuple[tuple[int, int], list[Line]]] = []
    cols: list[list[Line]] = [[] for _ in range(len(gutters) + 1)]
    spanning: list[Line] = []
    band = 0

    def flush_cols() -> None:
        for c, col in enumerate(cols):
            if col:
                runs.append(((band, c), _merge_same_line(col)))
            col.clear()

    for ln in sorted(lines, key=_TOP_X0):
        crosses = any(ln.x0 < g0 - 1 and ln.x1 > g1 + 1 for g0, g1 in gutters)
        if crosses:
            if any(cols):
                flush_cols()
                band += 1
            spanning.append(ln)
            continue
        if spanning:
            runs.append(((band, 0), _merge_same_line(spanning)))
            spanning = []
            band += 1
        centre = (ln.x0 + ln.x1) / 2
        cols[sum(1 for g0, g1 in gutters if centre > (g0 + g1) / 2)].append(ln)
    if spanning:
        runs.append(((band, 0), _merge_same_line(spanning)))
    flush_cols()
    return runs


def leading_table(lines: list[Line], min_count: int = 1) -> dict[float, float]:
    """Usual distance between baselines of consecutive lines, by font size (rounded to 0.5 pt)."""
    by_size: dict[float, dict[float, int]] = {}
    ordered = sorted(lines, key=_TOP_X0)
    for p, q in zip(ordered, ordered[1:], strict=False):
        size = p.size
        lead = q.top - p.top
        if (
            abs(size - q.size) < 0.3
            and abs(p.x0 - q.x0) < 3 * size
            and 0.9 * size < lead < 3 * size
        ):
            key = round(size * 2) / 2
            counts = by_size.get(key)
            if counts is None:
                counts = by_size[key] = {}
            step = round(lead * 2) / 2
            counts[step] = counts.get(step, 0) + 1
    # the most common step, the first seen among equals (as Counter.most_common(1))
    return {
        s: max(c, key=c.__getitem__) for s, c in by_size.items() if sum(c.values()) >= min_count
    }


_FIRST = re.compile(r"\S+")
# A line ending like this continues its sentence whatever its length ("R Robson and" / "P Clarke")
_OPEN_END = re.compile(
    r"(?:[,&(/\u2013-]|\b(?:and|or|of|the|to|for|with|by|in|on|at|from|a|an|ac|yn|y|yr|i|o|ar|gan|a'r|i'r|neu))$",
    re.IGNORECASE,
)


def _room_for(p: Line, q: Line, right: float) -> bool:
    """Would the first word of ``q`` have fitted at the end of ``p``? (a deliberate break)"""
    m = _FIRST.match(q.text)
    char_w = p.width / max(len(p.text), 1)
    need = (len(m.group()) + 1) * char_w if m else 0.0
    return right - p.x1 > need + 0.5 * p.size


def _breaks(
    p: Line, q: Line, cur: Para, right: float, left: float, lead: float, marked: bool
) -> bool:
    """Does line ``q`` start a new paragraph after line ``p`` (the last line of ``cur``)?
    ``marked``: ``q`` starts with a list marker."""
    if q.table is not None or p.table is not None or marked:
        return True
    if abs(q.size - p.size) > max(0.6, 0.08 * p.size) or q.bold != p.bold:
        return True
    step = q.top - p.top
    if (step > lead * 1.12 + 0.5 and step > lead + 1.5) or q.top - p.bottom > 1.0 * max(
        p.size, q.size
    ):
        return True
    starts_lower = q.text[:1].islower()
    if (
        not p.hyphen
        and _room_for(p, q, right)
        and not _OPEN_END.search(p.text)
        and (not starts_lower or p.text.endswith(_TERMINAL))
    ):
        return True
    if cur.kind == "list_item":  # hanging or outdented continuation lines both belong to the item
        return False
    return q.x0 > left + 1.5 * p.size and q.x0 > p.x0 + 1.5 * p.size and not starts_lower


def paragraphs(
    run: list[Line],
    page: int,
    region: tuple[int, int, int],
    leads: dict[float, float],
    right_margin: float | None = None,
) -> list[Para]:
    """Group the lines of one run (a column of a band) into paragraphs.

    ``right_margin`` is the document's usual right text edge, for single-column pages whose own
    lines are all short (contents pages, lists).
    """
    paras: list[Para] = []
    if not run:
        return paras
    right = max((ln.x1 for ln in run if ln.table is None), default=0.0)
    if right_margin is not None and right_margin > right:
        right = right_margin
    left = min(ln.x0 for ln in run)
    for ln in run:
        if ln.table is not None:
            paras.append(Para([ln], page, region, "table", list(ln.table)))
            continue
        marked = list_marker(ln.text) is not None
        cur = paras[-1] if paras else None
        if cur is not None and cur.kind != "table":
            prev = cur.lines[-1]
            lead = leads.get(round(prev.size * 2) / 2, 1.25 * prev.size)
            if not _breaks(prev, ln, cur, right, left, lead, marked):
                cur.lines.append(ln)
                continue
        paras.append(Para([ln], page, region, "list_item" if marked else "paragraph"))
    return paras
