"""Text lines with boxes and font evidence from one PDFium page, in reading orientation.

PDFium already orders characters and breaks them into lines; we take its text in one call, split it
at its line breaks, and ask for boxes and fonts once per line segment rather than per character,
which keeps the layout-aware path close to the speed of plain text extraction.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

# PDFium marks a hyphen that ends a line (and joins the two lines) with U+FFFE in full-page text.
_HYPHEN_MARK = "\ufffe"
_RAW_LINE = re.compile(r"[^\r\n\ufffe]*\ufffe|[^\r\n\ufffe]+")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrab", re.IGNORECASE)
_FORCE_BOLD = 1 << 18


@dataclass(slots=True)
class Line:
    """One visual line (or a segment of one split at a wide gap), in top-down page coordinates."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    angle: int = 0  # relative to the page's reading orientation; -1 = oblique
    hyphen: bool = False
    table: tuple[tuple[str, ...], ...] | None = None
    start: int = -1  # PDFium character range of the line, for splitting it at table rules
    end: int = -1

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _to_frame(
    box: tuple[float, float, float, float], rot: int, w: float, h: float
) -> tuple[float, float, float, float]:
    """Map a user-space box (l, b, r, t) to top-down coordinates of a page turned by ``rot``°."""
    left, b, r, t = box
    if rot == 90:
        return b, left, t, r
    if rot == 180:
        return w - r, b, w - left, t
    if rot == 270:
        return h - t, w - r, h - b, w - left
    return left, h - t, r, h - b


_MATRIX = pdfium_c.FS_MATRIX()
_MATRIX_REF = ctypes.byref(_MATRIX)
_FONT_NAME = ctypes.create_string_buffer(128)
_FONT_FLAGS = ctypes.c_int(0)
_FONT_FLAGS_REF = ctypes.byref(_FONT_FLAGS)


_BOLD_NAMES: dict[bytes, bool] = {}  # a document uses a handful of fonts, asked about per line


def _bold_name(name: bytes) -> bool:
    got = _BOLD_NAMES.get(name)
    if got is None:
        if len(_BOLD_NAMES) > 10_000:  # bounded over an endless scan
            _BOLD_NAMES.clear()
        got = _BOLD_NAMES[name] = bool(_BOLD_NAME.search(name.decode("latin-1", "replace")))
    return got


def _font(tp: object, idx: int) -> tuple[float, bool, int]:
    """Font size in points, boldness and text direction of one character.

    The direction comes from the character's matrix (the same numbers ``FPDFText_GetCharAngle``
    uses, at a tenth of the cost): degrees counter-clockwise snapped to 0/90/180/270, -1 oblique.
    """
    size = float(pdfium_c.FPDFText_GetFontSize(tp, idx))
    angle = 0
    if pdfium_c.FPDFText_GetMatrix(tp, idx, _MATRIX_REF):
        m = _MATRIX
        # Tf may be 1 with the size in the text matrix: scale by the matrix's area factor
        scale = abs(m.a * m.d - m.b * m.c) ** 0.5
        if scale > 0:
            size *= scale
        if m.b or m.a < 0:
            deg = math.degrees(math.atan2(m.b, m.a)) % 360
            snapped = int(round(deg / 90.0)) * 90 % 360
            angle = snapped if abs(((deg - snapped) + 180) % 360 - 180) < 8 else -1
    _FONT_FLAGS.value = 0
    pdfium_c.FPDFText_GetFontInfo(tp, idx, _FONT_NAME, len(_FONT_NAME), _FONT_FLAGS_REF)
    bold = _bold_name(_FONT_NAME.value) or bool(_FONT_FLAGS.value & _FORCE_BOLD)
    if not bold:
        bold = pdfium_c.FPDFText_GetFontWeight(tp, idx) >= 600
    return size, bold, angle


_L, _T, _R, _B = (ctypes.c_double() for _ in range(4))
_REFS = tuple(ctypes.byref(v) for v in (_L, _T, _R, _B))


def _segments(
    tp: object, start: int, count: int, ox: float, oy: float
) -> list[tuple[float, float, float, float]]:
    """PDFium's boxes for a run of characters (one per text object run), shifted to the crop box."""
    n = pdfium_c.FPDFText_CountRects(tp, start, count)
    out = []
    for i in range(n):
        pdfium_c.FPDFText_GetRect(tp, i, *_REFS)
        out.append((_L.value - ox, _B.value - oy, _R.value - ox, _T.value - oy))
    return out


def _gap(prev: tuple[float, ...], nxt: tuple[float, ...], rot: int) -> float:
    if rot == 0:
        return nxt[0] - prev[2]
    if rot == 180:
        return prev[0] - nxt[2]
    if rot == 90:
        return nxt[1] - prev[3]
    return prev[1] - nxt[3]


def _char_at(
    tp: object, s: int, e: int, seg: tuple[float, ...], rot: int, ox: float, oy: float
) -> int:
    """First character index in [s, e) that lies in ``seg`` (binary search along the line)."""
    key = {
        0: lambda: _L.value - ox,
        180: lambda: -(_R.value - ox),
        90: lambda: _B.value - oy,
        270: lambda: -(_T.value - oy),
    }[rot]
    target = {0: seg[0], 180: -seg[2], 90: seg[1], 270: -seg[3]}[rot] - 0.5
    lo, hi = s, e
    while lo < hi:
        mid = (lo + hi) // 2
        # GetCharBox gives left, right, bottom, top
        pdfium_c.FPDFText_GetCharBox(tp, mid, _REFS[0], _REFS[2], _REFS[3], _REFS[1])
        if key() < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (
        min(x[0] for x in boxes),
        min(x[1] for x in boxes),
        max(x[2] for x in boxes),
        max(x[3] for x in boxes),
    )


def rel_turned(angle: int, rot: int) -> bool:
    """True for text running up or down the reading frame (its box height is its length)."""
    return angle >= 0 and (angle - rot) % 180 == 90


def page_text(tp: object) -> str:
    """All characters of a text page; index i of the result is PDFium character i."""
    n = pdfium_c.FPDFText_CountChars(tp)
    if n <= 0:
        return ""
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = pdfium_c.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: max(0, got - 1) * 2].decode("utf-16-le", errors="replace")
    if len(text) != n:  # astral characters take two UTF-16 units: fall back to one per index
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(tp, i) or 32) for i in range(n))
    return text


def _dominant_angle(angles: list[int], weights_: list[int]) -> int:
    weights: dict[int, int] = {}
    for a, w in zip(angles, weights_, strict=False):
        if a >= 0:
            weights[a] = weights.get(a, 0) + w
    if not weights:
        return 0
    best = max(weights, key=weights.get)  # type: ignore[arg-type]
    # upright text wins unless clearly outweighed (labels on a rotated chart, stamps)
    return 0 if weights.get(0, 0) * 1.5 >= weights[best] else best


def split_at_x(tp: object, line: Line, xs: list[float], ox: float) -> list[str]:
    """Cut an upright line at frame x positions (table rules); return the pieces' texts."""
    cuts = [line.start]
    for x in xs:
        idx = _char_at(tp, cuts[-1], line.end, (x + ox, 0.0, 0.0, 0.0), 0, 0.0, 0.0)
        cuts.append(max(cuts[-1], min(idx, line.end)))
    cuts.append(line.end)
    text = text_range(tp, line.start, line.end)
    pairs = zip(cuts, cuts[1:], strict=False)
    return [text[a - line.start : b - line.start].strip() for a, b in pairs]


def text_range(tp: object, start: int, end: int) -> str:
    """Characters [start, end) of a text page."""
    n = end - start
    if n <= 0:
        return ""
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = pdfium_c.FPDFText_GetText(tp, start, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    return (
        buf.raw[: max(0, got - 1) * 2].decode("utf-16-le", errors="replace").replace("\ufffe", "-")
    )


def _raw_spans(text: str) -> list[tuple[int, int, bool]]:
    spans = []
    for m in _RAW_LINE.finditer(text):
        s, e = m.span()
        hyphen = text[e - 1] == _HYPHEN_MARK
        end = e - 1 if hyphen else e
        while s < end and text[s] in " \t":
            s += 1
        while end > s and text[end - 1] in " \t":
            end -= 1
        if end > s:
            spans.append((s, end, hyphen))
    return spans


def extract_lines(tp: object, bbox: tuple[float, float, float, float]) -> tuple[list[Line], int]:
    """Return the lines of a page in its reading orientation, and that orientation in degrees.

    Args:
        tp: a PDFium text page handle (``PdfTextPage.raw``).
        bbox: the page's crop box (l, b, r, t) in user space.
    """
    text = page_text(tp)
    spans = _raw_spans(text)
    if not spans:
        return [], 0
    fonts = [_font(tp, (s + e) // 2) for s, e, _ in spans]
    angles = [f[2] for f in fonts]
    rot = _dominant_angle(angles, [e - s for s, e, _ in spans])
    ox, oy = bbox[0], bbox[1]
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    lines: list[Line] = []
    for (s, e, hyphen), (size, bold, angle) in zip(spans, fonts, strict=False):
        if bold and e - s > 12:  # a bold run-in ("Goal 1: text...") does not make the line bold
            bold = _font(tp, e - 1)[1]
        segs = _segments(tp, s, e - s, ox, oy)
        if not segs:
            continue
        wide = max(2.2 * size, 14.0)
        groups: list[list[tuple[float, float, float, float]]] = [[segs[0]]]
        starts = [s]
        for prev, nxt in zip(segs, segs[1:], strict=False):
            if angle == rot and _gap(prev, nxt, rot) > wide:
                cut = _char_at(tp, starts[-1], e, nxt, rot, ox, oy)
                if starts[-1] < cut < e:
                    groups.append([nxt])
                    starts.append(cut)
                    continue
            groups[-1].append(nxt)
        starts.append(e)
        for i, group in enumerate(groups):
            piece = text[starts[i] : starts[i + 1]].strip()
            if not piece:
                continue
            box = group[0] if len(group) == 1 else _union(group)
            x0, top, x1, bottom = _to_frame(box, rot, w, h)
            if size < 3.0:  # size carried by the CTM (not visible to PDFium): use the box height
                size = (
                    round(max((x1 - x0) if rel_turned(angle, rot) else (bottom - top), 1.0) * 2) / 2
                )
            last = i == len(groups) - 1
            rel = -1 if angle < 0 else (angle - rot) % 360  # angle relative to the reading frame
            lines.append(
                Line(
                    piece,
                    x0,
                    top,
                    x1,
                    bottom,
                    size,
                    bold,
                    rel,
                    hyphen and last,
                    start=starts[i],
                    end=starts[i + 1],
                )
            )
    return lines, rot
