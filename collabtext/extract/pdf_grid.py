"""Ruled tables found with PDFium alone: ruling lines -> grid -> cell text by bounded extraction.

The same idea as pdfplumber's "lines" strategy (edges, intersections, cells) but on PDFium's page
objects, so a page with a table costs about as much as one without. Cells that span columns are
handled per row: a column boundary counts in a row only where a vertical rule crosses that row.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c

from ..clean import dehyphenate_lines, normalise_text
from .pdf_lines import _VOID, handle, split_at_x, unchecked

_GET_OBJECT = unchecked(pdfium_c.FPDFPage_GetObject, _VOID)
_GET_TYPE = unchecked(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, (_VOID,))
_GET_BOUNDS = unchecked(
    pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, (_VOID, _VOID, _VOID, _VOID, _VOID)
)
_COUNT_SEGMENTS = unchecked(pdfium_c.FPDFPath_CountSegments, ctypes.c_int, (_VOID,))
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_GET_MATRIX = unchecked(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int, (_VOID, _VOID))
_GET_SEGMENT = unchecked(pdfium_c.FPDFPath_GetPathSegment, _VOID, (_VOID, ctypes.c_int))
_SEGMENT_POINT = unchecked(pdfium_c.FPDFPathSegment_GetPoint, ctypes.c_int, (_VOID, _VOID, _VOID))
_SEGMENT_TYPE = unchecked(pdfium_c.FPDFPathSegment_GetType, ctypes.c_int, (_VOID,))
_SEGMENT_CLOSE = unchecked(pdfium_c.FPDFPathSegment_GetClose, ctypes.c_int, (_VOID,))

_MAX_OBJECTS = 5000
_MAX_SEGMENTS = 150
_MAX_COMPLEX = 30  # maps and charts have hundreds of complex paths and no tables in them
_THIN = 3.0
_SNAP = 2.0

Rule = tuple[
    float, float, float
]  # (start, end, position): horizontal (x0, x1, y) / vertical (y0, y1, x)


def _matrix(obj: Any) -> tuple[float, ...]:
    m = pdfium_c.FS_MATRIX()
    if not _GET_MATRIX(obj, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _segment_rules(obj: Any, hs: list[Rule], vs: list[Rule]) -> None:
    """Horizontal and vertical straight pieces of a complex path (a grid drawn as one path).

    ``obj`` is the path's handle as an int or ``c_void_p``.
    """
    n = _COUNT_SEGMENTS(obj)
    if n <= 0 or n > _MAX_SEGMENTS:
        return
    a, b, c, d, e, f = _matrix(obj)
    x, y = ctypes.c_float(), ctypes.c_float()
    prev = start = None
    for i in range(n):
        seg = _GET_SEGMENT(obj, i)
        if not _SEGMENT_POINT(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        pt = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = _SEGMENT_TYPE(seg)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
            _add_line(prev, pt, hs, vs)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = pt
        elif _SEGMENT_CLOSE(seg) and start is not None:
            _add_line(pt, start, hs, vs)
        prev = pt


def _add_line(
    p: tuple[float, float], q: tuple[float, float], hs: list[Rule], vs: list[Rule]
) -> None:
    if abs(p[1] - q[1]) < 0.5 and abs(p[0] - q[0]) > _THIN:
        hs.append((min(p[0], q[0]), max(p[0], q[0]), p[1]))
    elif abs(p[0] - q[0]) < 0.5 and abs(p[1] - q[1]) > _THIN:
        vs.append((min(p[1], q[1]), max(p[1], q[1]), p[0]))


def page_rules(page: Any, page_area: float) -> tuple[list[Rule], list[Rule]]:
    """Ruling lines of a page in user space: thin paths, rectangle edges and straight segments."""
    hs: list[Rule] = []
    vs: list[Rule] = []
    left, b, r, t = (ctypes.c_float() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (left, b, r, t))
    complex_paths = 0
    hp = handle(page)
    get_object, get_type, get_bounds, count_segments = (
        _GET_OBJECT,
        _GET_TYPE,
        _GET_BOUNDS,
        _COUNT_SEGMENTS,
    )
    for i in range(min(pdfium_c.FPDFPage_CountObjects(page), _MAX_OBJECTS)):
        obj = get_object(hp, i)
        if get_type(obj) != _PATH:
            continue
        if not get_bounds(obj, *refs):
            continue
        x0, y0, x1, y1 = left.value, b.value, r.value, t.value
        w, h = x1 - x0, y1 - y0
        if h < _THIN and w > 8:
            hs.append((x0, x1, (y0 + y1) / 2))
        elif w < _THIN and h > 5:
            vs.append((y0, y1, (x0 + x1) / 2))
        elif w > _THIN and h > _THIN and w * h < 0.5 * page_area:
            if count_segments(obj) <= 6:
                hs.extend([(x0, x1, y0), (x0, x1, y1)])
                vs.extend([(y0, y1, x0), (y0, y1, x1)])
            elif w > 40 and h > 15 and complex_paths < _MAX_COMPLEX:
                # a grid drawn as one path; small complex paths are icons and glyph drawings
                complex_paths += 1
                _segment_rules(obj, hs, vs)
    return _merge(hs), _merge(vs)


def _merge(rules: list[Rule]) -> list[Rule]:
    """Join collinear rules that touch or overlap (cell borders are often drawn piecewise)."""
    out: list[list[float]] = []
    for s, e, pos in sorted(rules, key=lambda r: (round(r[2] / _SNAP), r[0])):
        last = out[-1] if out else None
        if last is not None and abs(last[2] - pos) <= _SNAP and s <= last[1] + _SNAP:
            last[1] = max(last[1], e)
        else:
            out.append([s, e, pos])
    return [(s, e, p) for s, e, p in out]


def _components(hs: list[Rule], vs: list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """Groups of horizontal and vertical rules that cross or touch each other."""
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (hx0, hx1, hy) in enumerate(hs):
        for j, (vy0, vy1, vx) in enumerate(vs):
            if hx0 - _SNAP <= vx <= hx1 + _SNAP and vy0 - _SNAP <= hy <= vy1 + _SNAP:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, rule in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(rule)
    for j, rule in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(rule)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP * 1.5:
            out.append(v)
    return out


def _cell_text(tp: Any, x0: float, y0: float, x1: float, y1: float) -> str:
    n = pdfium_c.FPDFText_GetBoundedText(tp, x0, y1, x1, y0, None, 0)
    if n <= 0:
        return ""
    # the count excludes the terminating NUL
    buf = ctypes.create_string_buffer((n + 1) * 2)
    pdfium_c.FPDFText_GetBoundedText(
        tp, x0, y1, x1, y0, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n + 1
    )
    raw = buf.raw[: n * 2].decode("utf-16-le", "replace")
    raw = raw.replace("\x02", "-\n").replace("\ufffe", "-\n").replace("\r", "")
    return normalise_text(dehyphenate_lines(raw.split("\n")))


def _row_cells(
    tp: Any,
    row: tuple[float, float],
    edges: list[float],
    frame: _Frame,
    centred: list[tuple[float, float, Any]],
) -> tuple[str, ...]:
    """Cell texts of one row from the page's lines, cutting lines that straddle a cell edge.

    ``centred`` gives (centre y, centre x, line) for the lines of the grid, in the page's order.
    """
    top, bottom = row
    ftop, fbottom = frame.y(top), frame.y(bottom)
    left, right = frame.x(edges[0]), frame.x(edges[-1])
    inside = [ln for cy, cx, ln in centred if ftop <= cy <= fbottom and left <= cx <= right]
    fx = [frame.x(e) for e in edges]
    inner = fx[1:-1]
    cells: list[list[tuple[float, str]]] = [[] for _ in edges[1:]]
    for ln in inside:
        crossed = [e for e in inner if ln.x0 < e - 1 and ln.x1 > e + 1]
        first = sum(1 for e in inner if ln.x0 + 1 >= e)
        if not crossed:
            cells[min(first, len(cells) - 1)].append((ln.top, _line_text(ln)))
            continue
        if ln.start < 0:  # no character range: ask PDFium for each cell's text
            pairs = zip(edges, edges[1:], strict=False)
            return tuple(_cell_text(tp, a, bottom, b, top) for a, b in pairs)
        for k, piece in enumerate(split_at_x(tp, ln, crossed, frame.ox)):
            if piece:
                cells[min(first + k, len(cells) - 1)].append((ln.top, piece))
    return tuple(_join_cell(c) for c in cells)


def _line_text(ln: Any) -> str:
    return ln.text + ("-" if ln.hyphen and not ln.text.endswith("-") else "")


def _join_cell(parts: list[tuple[float, str]]) -> str:
    return normalise_text(dehyphenate_lines([t for _, t in sorted(parts, key=lambda p: p[0])]))


class _Frame:
    """User space -> top-down coordinates relative to the crop box."""

    def __init__(self, bbox: tuple[float, float, float, float]) -> None:
        self.ox, self.top = bbox[0], bbox[3]

    def x(self, ux: float) -> float:
        return ux - self.ox

    def y(self, uy: float) -> float:
        return self.top - uy


def _table(
    tp: Any, hs: list[Rule], vs: list[Rule], frame: _Frame, lines: list[Any]
) -> tuple[tuple[float, float, float, float], list[tuple[str, ...]]] | None:
    ys = _distinct([r[2] for r in hs])[::-1]  # top to bottom in user space
    xs = _distinct([r[2] for r in vs])
    if len(ys) < 2 or len(xs) < 2:
        return None
    rows: list[tuple[str, ...]] = []
    widest = 0
    # only lines inside the grid can fall in one of its cells (each row tests the same centres)
    gy0, gy1, gx0, gx1 = frame.y(ys[0]), frame.y(ys[-1]), frame.x(xs[0]), frame.x(xs[-1])
    centred = []  # (centre y, centre x, line), in the page's order of lines
    for ln in lines:
        cy, cx = (ln.top + ln.bottom) / 2, (ln.x0 + ln.x1) / 2
        if gy0 <= cy <= gy1 and gx0 <= cx <= gx1:
            centred.append((cy, cx, ln))
    near = _SNAP * 1.5
    spans = [(v[2], v[0] - _SNAP, v[1] + _SNAP) for v in vs]
    for top, bottom in zip(ys, ys[1:], strict=False):
        if top - bottom < 4:  # double rules
            continue
        mid = (top + bottom) / 2
        edges = []
        for x in xs:  # a column edge counts where a vertical rule crosses this row
            for vx, v0, v1 in spans:
                if abs(vx - x) <= near and v0 <= mid <= v1:
                    edges.append(x)
                    break
        if len(edges) < 2:
            continue
        cells = _row_cells(tp, (top, bottom), edges, frame, centred)
        widest = max(widest, sum(1 for c in cells if c))
        if any(cells):
            rows.append(cells)
    if len(rows) < 2 or widest < 2:
        return None
    return (xs[0], ys[-1], xs[-1], ys[0]), rows


def find_tables(
    page: Any, tp: Any, bbox: tuple[float, float, float, float], lines: list[Any]
) -> list[tuple[tuple[float, float, float, float], list[tuple[str, ...]]]]:
    """Ruled tables of an upright page as (top-down bbox relative to the crop box, rows of cells).

    Args:
        page, tp: PDFium page and text page handles.
        bbox: the page's box in user space.
        lines: the page's lines (``pdf_lines.Line``, top-down), reused as cell text.
    """
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    hs, vs = page_rules(page, w * h)
    if len(hs) < 2 or len(vs) < 2:
        return []
    frame = _Frame(bbox)
    out = []
    for ghs, gvs in _components(hs, vs):
        found = _table(tp, ghs, gvs, frame, lines)
        if found is None:
            continue
        (x0, y0, x1, y1), rows = found
        out.append(((frame.x(x0), frame.y(y1), frame.x(x1), frame.y(y0)), rows))
    return out
