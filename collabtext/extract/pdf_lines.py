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


_VOID = ctypes.c_void_p


def unchecked(fn: object, restype: object = ctypes.c_int, argtypes: tuple | None = None) -> object:
    """The C function behind a ``pypdfium2.raw`` binding, without its argument type checks.

    ctypes' checks of typed pointer arguments cost more than the hot calls themselves (a char box
    is half a microsecond in PDFium, a microsecond in ctypes). Callers pass handles as
    ``c_void_p`` (see ``handle``), output arguments as ``byref(...)`` and ints as Python ints.
    """
    f = type(fn)(ctypes.cast(fn, _VOID).value)  # type: ignore[call-arg]
    f.restype = restype
    f.argtypes = argtypes
    return f


def handle(obj: object) -> ctypes.c_void_p:
    """A PDFium handle (``PdfTextPage.raw``, ``PdfPage.raw``) as a plain ``c_void_p``."""
    return ctypes.cast(obj, _VOID)


_GET_RECT = unchecked(pdfium_c.FPDFText_GetRect)
_COUNT_RECTS = unchecked(pdfium_c.FPDFText_CountRects)
_GET_CHAR_BOX = unchecked(pdfium_c.FPDFText_GetCharBox)
_GET_FONT_SIZE = unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_GET_MATRIX = unchecked(pdfium_c.FPDFText_GetMatrix)
_GET_FONT_INFO = unchecked(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
_GET_FONT_WEIGHT = unchecked(pdfium_c.FPDFText_GetFontWeight)

_MATRIX = pdfium_c.FS_MATRIX()
_MATRIX_REF = ctypes.byref(_MATRIX)
_FONT_NAME = ctypes.create_string_buffer(128)
_FONT_NAME_LEN = ctypes.c_ulong(len(_FONT_NAME))
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


def _bold(tp: object, idx: int) -> bool:
    """Boldness of one character: a bold font name, the force-bold flag or a weight of 600+.

    ``tp`` is a text page handle as ``c_void_p`` (see ``handle``).
    """
    _FONT_FLAGS.value = 0
    _GET_FONT_INFO(tp, idx, _FONT_NAME, _FONT_NAME_LEN, _FONT_FLAGS_REF)
    bold = _bold_name(_FONT_NAME.value) or bool(_FONT_FLAGS.value & _FORCE_BOLD)
    if not bold:
        bold = _GET_FONT_WEIGHT(tp, idx) >= 600
    return bold


def _font(tp: object, idx: int) -> tuple[float, bool, int]:
    """Font size in points, boldness and text direction of one character.

    The direction comes from the character's matrix (the same numbers ``FPDFText_GetCharAngle``
    uses, at a tenth of the cost): degrees counter-clockwise snapped to 0/90/180/270, -1 oblique.
    ``tp`` is a text page handle as ``c_void_p`` (see ``handle``).
    """
    size = float(_GET_FONT_SIZE(tp, idx))
    angle = 0
    if _GET_MATRIX(tp, idx, _MATRIX_REF):
        m = _MATRIX
        # Tf may be 1 with the size in the text matrix: scale by the matrix's area factor
        scale = abs(m.a * m.d - m.b * m.c) ** 0.5
        if scale > 0:
            size *= scale
        if m.b or m.a < 0:
            deg = math.degrees(math.atan2(m.b, m.a)) % 360
            snapped = int(round(deg / 90.0)) * 90 % 360
            angle = snapped if abs(((deg - snapped) + 180) % 360 - 180) < 8 else -1
    return size, _bold(tp, idx), angle


_L, _T, _R, _B = (ctypes.c_double() for _ in range(4))
_REFS = tuple(ctypes.byref(v) for v in (_L, _T, _R, _B))
_LREF, _TREF, _RREF, _BREF = _REFS


def _segments(
    tp: object, start: int, count: int, ox: float, oy: float
) -> list[tuple[float, float, float, float]]:
    """PDFium's boxes for a run of characters (one per text object run), shifted to the crop box.

    ``tp`` is a text page handle as ``c_void_p`` (see ``handle``).
    """
    n = _COUNT_RECTS(tp, start, count)
    out = []
    get, lr, tr, rr, br = _GET_RECT, _LREF, _TREF, _RREF, _BREF
    left, top, right, bottom = _L, _T, _R, _B
    for i in range(n):
        get(tp, i, lr, tr, rr, br)
        out.append((left.value - ox, bottom.value - oy, right.value - ox, top.value - oy))
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
    """First character index in [s, e) that lies in ``seg`` (binary search along the line).

    ``tp`` is a text page handle as ``c_void_p`` (see ``handle``).
    """
    # GetCharBox gives left, right, bottom, top; one output pointer per rotation is enough
    get = _GET_CHAR_BOX
    if rot == 0:
        target, value, origin, sign = seg[0] - 0.5, _L, ox, 1
    elif rot == 180:
        target, value, origin, sign = -seg[2] - 0.5, _R, ox, -1
    elif rot == 90:
        target, value, origin, sign = seg[1] - 0.5, _B, oy, 1
    else:
        target, value, origin, sign = -seg[3] - 0.5, _T, oy, -1
    lr, rr, br, tr = _LREF, _RREF, _BREF, _TREF
    lo, hi = s, e
    while lo < hi:
        mid = (lo + hi) // 2
        get(tp, mid, lr, rr, br, tr)
        key = value.value - origin
        if sign < 0:
            key = -key
        if key < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    left, b, r, t = boxes[0]
    for x in boxes:  # the comparisons of min() and max(): the first extreme value wins
        if x[0] < left:
            left = x[0]
        if x[1] < b:
            b = x[1]
        if x[2] > r:
            r = x[2]
        if x[3] > t:
            t = x[3]
    return left, b, r, t


def rel_turned(angle: int, rot: int) -> bool:
    """True for text running up or down the reading frame (its box height is its length)."""
    return angle >= 0 and (angle - rot) % 180 == 90


def _get_text(tp: object, start: int, n: int) -> str:
    """PDFium's text for characters [start, start + n) (n > 0), decoded from UTF-16."""
    buf = (ctypes.c_ushort * (n + 1))()
    got = min(pdfium_c.FPDFText_GetText(tp, start, n, buf), n + 1)  # the count includes the NUL
    return ctypes.string_at(buf, max(0, got - 1) * 2).decode("utf-16-le", errors="replace")


def page_text(tp: object) -> str:
    """All characters of a text page; index i of the result is PDFium character i."""
    n = pdfium_c.FPDFText_CountChars(tp)
    if n <= 0:
        return ""
    text = _get_text(tp, 0, n)
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
    h = handle(tp)
    cuts = [line.start]
    for x in xs:
        idx = _char_at(h, cuts[-1], line.end, (x + ox, 0.0, 0.0, 0.0), 0, 0.0, 0.0)
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
    return _get_text(tp, start, n).replace("\ufffe", "-")


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
    hp = handle(tp)
    fonts = [_font(hp, (s + e) // 2) for s, e, _ in spans]
    angles = [f[2] for f in fonts]
    rot = _dominant_angle(angles, [e - s for s, e, _ in spans])
    ox, oy = bbox[0], bbox[1]
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    lines: list[Line] = []
    append = lines.append
    # where a gap starts and ends in a box (l, b, r, t) along the reading direction
    a_end, b_start = {0: (2, 0), 180: (0, 2), 90: (3, 1)}.get(rot, (1, 3))
    sign = 1.0 if rot in (0, 90) else -1.0
    for (s, e, hyphen), (size, bold, angle) in zip(spans, fonts, strict=False):
        if bold and e - s > 12:  # a bold run-in ("Goal 1: text...") does not make the line bold
            bold = _bold(hp, e - 1)
        segs = _segments(hp, s, e - s, ox, oy)
        if not segs:
            continue
        if len(segs) == 1 or angle != rot:
            groups: list[list[tuple[float, float, float, float]]] = [segs]
            starts = [s, e]
        else:
            wide = max(2.2 * size, 14.0)
            groups = [[segs[0]]]
            starts = [s]
            prev = segs[0]
            for nxt in segs[1:]:
                gap = nxt[b_start] - prev[a_end] if sign > 0 else prev[a_end] - nxt[b_start]
                prev = nxt
                if gap > wide:
                    cut = _char_at(hp, starts[-1], e, nxt, rot, ox, oy)
                    if starts[-1] < cut < e:
                        groups.append([nxt])
                        starts.append(cut)
                        continue
                groups[-1].append(nxt)
            starts.append(e)
        last_i = len(groups) - 1
        rel = -1 if angle < 0 else (angle - rot) % 360  # angle relative to the reading frame
        for i, group in enumerate(groups):
            a, b = starts[i], starts[i + 1]
            piece = text[a:b].strip()
            if not piece:
                continue
            box = group[0] if len(group) == 1 else _union(group)
            if rot == 0:  # _to_frame's upright case, inline
                x0, top, x1, bottom = box[0], h - box[3], box[2], h - box[1]
            else:
                x0, top, x1, bottom = _to_frame(box, rot, w, h)
            if size < 3.0:  # size carried by the CTM (not visible to PDFium): use the box height
                size = (
                    round(max((x1 - x0) if rel_turned(angle, rot) else (bottom - top), 1.0) * 2) / 2
                )
            append(
                Line(
                    piece, x0, top, x1, bottom, size, bold, rel, hyphen and i == last_i, None, a, b
                )
            )
    return lines, rot
