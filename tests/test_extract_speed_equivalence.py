"""The fast PDF paths give exactly what the plain ones gave.

The PDF reader calls PDFium through unchecked ctypes bindings, filters table lines once per grid,
skips regex passes that cannot match and caches paragraph properties. Each test here keeps the
plain version (as it was before those changes) and checks the fast one against it, value for
value, on generated PDFs and on the shared corpus where it is present.
"""

from __future__ import annotations

import ctypes
import dataclasses
import math
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from collabtext import clean
from collabtext.extract import pdf_grid, pdf_lines
from collabtext.extract.pdf_layout import Para, leading_table
from collabtext.extract.pdf_lines import Line, _raw_spans, extract_lines, page_text, rel_turned

# -- the plain implementations -------------------------------------------------------------------

_MATRIX = pdfium_c.FS_MATRIX()
_NAME = ctypes.create_string_buffer(128)
_FLAGS = ctypes.c_int(0)
_L, _T, _R, _B = (ctypes.c_double() for _ in range(4))
_REFS = tuple(ctypes.byref(v) for v in (_L, _T, _R, _B))


def _plain_font(tp, idx):
    size = float(pdfium_c.FPDFText_GetFontSize(tp, idx))
    angle = 0
    if pdfium_c.FPDFText_GetMatrix(tp, idx, ctypes.byref(_MATRIX)):
        m = _MATRIX
        scale = abs(m.a * m.d - m.b * m.c) ** 0.5
        if scale > 0:
            size *= scale
        if m.b or m.a < 0:
            deg = math.degrees(math.atan2(m.b, m.a)) % 360
            snapped = int(round(deg / 90.0)) * 90 % 360
            angle = snapped if abs(((deg - snapped) + 180) % 360 - 180) < 8 else -1
    _FLAGS.value = 0
    pdfium_c.FPDFText_GetFontInfo(tp, idx, _NAME, len(_NAME), ctypes.byref(_FLAGS))
    name = _NAME.value.decode("latin-1", "replace")
    bold = bool(re.search(r"bold|black|heavy|semibold|demi|extrab", name, re.I)) or bool(
        _FLAGS.value & (1 << 18)
    )
    if not bold:
        bold = pdfium_c.FPDFText_GetFontWeight(tp, idx) >= 600
    return size, bold, angle


def _plain_segments(tp, start, count, ox, oy):
    n = pdfium_c.FPDFText_CountRects(tp, start, count)
    out = []
    for i in range(n):
        pdfium_c.FPDFText_GetRect(tp, i, *_REFS)
        out.append((_L.value - ox, _B.value - oy, _R.value - ox, _T.value - oy))
    return out


def _plain_gap(prev, nxt, rot):
    if rot == 0:
        return nxt[0] - prev[2]
    if rot == 180:
        return prev[0] - nxt[2]
    if rot == 90:
        return nxt[1] - prev[3]
    return prev[1] - nxt[3]


def _plain_char_at(tp, s, e, seg, rot, ox, oy):
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
        pdfium_c.FPDFText_GetCharBox(tp, mid, _REFS[0], _REFS[2], _REFS[3], _REFS[1])
        if key() < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _plain_union(boxes):
    return (
        min(x[0] for x in boxes),
        min(x[1] for x in boxes),
        max(x[2] for x in boxes),
        max(x[3] for x in boxes),
    )


def _plain_extract_lines(tp, bbox):
    text = page_text(tp)
    spans = _raw_spans(text)
    if not spans:
        return [], 0
    fonts = [_plain_font(tp, (s + e) // 2) for s, e, _ in spans]
    rot = pdf_lines._dominant_angle([f[2] for f in fonts], [e - s for s, e, _ in spans])
    ox, oy = bbox[0], bbox[1]
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    lines = []
    for (s, e, hyphen), (size, bold, angle) in zip(spans, fonts, strict=False):
        if bold and e - s > 12:
            bold = _plain_font(tp, e - 1)[1]
        segs = _plain_segments(tp, s, e - s, ox, oy)
        if not segs:
            continue
        wide = max(2.2 * size, 14.0)
        groups = [[segs[0]]]
        starts = [s]
        for prev, nxt in zip(segs, segs[1:], strict=False):
            if angle == rot and _plain_gap(prev, nxt, rot) > wide:
                cut = _plain_char_at(tp, starts[-1], e, nxt, rot, ox, oy)
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
            box = group[0] if len(group) == 1 else _plain_union(group)
            x0, top, x1, bottom = pdf_lines._to_frame(box, rot, w, h)
            if size < 3.0:
                size = (
                    round(max((x1 - x0) if rel_turned(angle, rot) else (bottom - top), 1.0) * 2) / 2
                )
            rel = -1 if angle < 0 else (angle - rot) % 360
            last = i == len(groups) - 1
            lines.append(
                Line(piece, x0, top, x1, bottom, size, bold, rel, hyphen and last, None,
                     starts[i], starts[i + 1])
            )  # fmt: skip
    return lines, rot


def _plain_page_rules(page, page_area):
    hs, vs = [], []
    left, b, r, t = (ctypes.c_float() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (left, b, r, t))
    complex_paths = 0
    for i in range(min(pdfium_c.FPDFPage_CountObjects(page), pdf_grid._MAX_OBJECTS)):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        x0, y0, x1, y1 = left.value, b.value, r.value, t.value
        w, h = x1 - x0, y1 - y0
        if h < 3.0 and w > 8:
            hs.append((x0, x1, (y0 + y1) / 2))
        elif w < 3.0 and h > 5:
            vs.append((y0, y1, (x0 + x1) / 2))
        elif w > 3.0 and h > 3.0 and w * h < 0.5 * page_area:
            if pdfium_c.FPDFPath_CountSegments(obj) <= 6:
                hs.extend([(x0, x1, y0), (x0, x1, y1)])
                vs.extend([(y0, y1, x0), (y0, y1, x1)])
            elif w > 40 and h > 15 and complex_paths < pdf_grid._MAX_COMPLEX:
                complex_paths += 1
                addr = ctypes.cast(obj, ctypes.c_void_p).value
                pdf_grid._segment_rules(addr, hs, vs)
    return pdf_grid._merge(hs), pdf_grid._merge(vs)


def _plain_row_cells(tp, row, edges, frame, lines):
    top, bottom = row
    ftop, fbottom = frame.y(top), frame.y(bottom)
    inside = [
        ln
        for ln in lines
        if ftop <= (ln.top + ln.bottom) / 2 <= fbottom
        and frame.x(edges[0]) <= (ln.x0 + ln.x1) / 2 <= frame.x(edges[-1])
    ]
    # from here on the same as the fast version, which takes its candidates from a list
    return pdf_grid._row_cells(tp, row, edges, frame, inside)


def _plain_table(tp, hs, vs, frame, lines):
    ys = pdf_grid._distinct([r[2] for r in hs])[::-1]
    xs = pdf_grid._distinct([r[2] for r in vs])
    if len(ys) < 2 or len(xs) < 2:
        return None
    rows, widest = [], 0
    snap = pdf_grid._SNAP
    for top, bottom in zip(ys, ys[1:], strict=False):
        if top - bottom < 4:
            continue
        mid = (top + bottom) / 2
        edges = [
            x
            for x in xs
            if any(abs(v[2] - x) <= snap * 1.5 and v[0] - snap <= mid <= v[1] + snap for v in vs)
        ]
        if len(edges) < 2:
            continue
        cells = _plain_row_cells(tp, (top, bottom), edges, frame, lines)
        widest = max(widest, sum(1 for c in cells if c))
        if any(cells):
            rows.append(cells)
    if len(rows) < 2 or widest < 2:
        return None
    return (xs[0], ys[-1], xs[-1], ys[0]), rows


def _plain_normalise(s: str) -> str:
    if not s:
        return ""
    if s.isascii() and not clean._CONTROL.search(s):
        if not any(c in s for c in ("  ", "\t", "\r", "\x0b", "\x0c")):
            return s.rstrip() if "\n" not in s else "\n".join(p.rstrip() for p in s.split("\n"))
    s = unicodedata.normalize("NFC", clean._CONTROL.sub("", s.translate(clean._TABLE)))
    return "\n".join(clean._collapse(part) for part in s.split("\n"))


def _plain_leading(lines, min_count=1):
    by_size: dict[float, Counter[float]] = {}
    ordered = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    for p, q in zip(ordered, ordered[1:], strict=False):
        lead = q.top - p.top
        if (
            abs(p.size - q.size) < 0.3
            and abs(p.x0 - q.x0) < 3 * p.size
            and 0.9 * p.size < lead < 3 * p.size
        ):
            by_size.setdefault(round(p.size * 2) / 2, Counter())[round(lead * 2) / 2] += 1
    return {s: c.most_common(1)[0][0] for s, c in by_size.items() if c.total() >= min_count}


# -- PDFs to compare on ----------------------------------------------------------------------------

_PARA = (
    "The partnership board agreed that the council, the health board and the volun-\n"
    "tary sector will pool budgets and share data. We will involve citizens in designing "
    "services, and partners will report progress on each step of the plan every year. "
)


def _generated(folder: Path) -> list[Path]:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=18)
    pdf.multi_cell(0, 9, "Part 1. Working together", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, _PARA * 2, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=10)
    pdf.multi_cell(0, 5, "Goal 1: a bold run-in, then plain text for a long way", new_x="LMARGIN")
    pdf.ln(8)
    pdf.set_font("Helvetica", size=9)
    with pdf.table(borders_layout="ALL") as table:
        for i in range(6):
            row = table.row()
            for cell in (f"Org {i}", "Lead" if i % 2 else "Member", f"{i * 1000}", "Shares data"):
                row.cell(cell)
    pdf.add_page()
    pdf.set_font("Times", size=10)
    for x in (15, 110):  # two columns
        pdf.set_xy(x, 20)
        for j in range(3):
            pdf.set_x(x)
            pdf.multi_cell(85, 4.5, f"Column para {j}. " + _PARA.replace("\n", " ") * 2)
            pdf.ln(2)
    with pdf.rotation(90, 8, 200):
        pdf.text(8, 200, "DRAFT margin stamp")
    with pdf.rotation(180, 100, 280):
        pdf.text(60, 280, "Upside down line")
    with pdf.rotation(30, 100, 250):
        pdf.text(100, 250, "Oblique text")
    x0, y0 = 20, 150  # a grid drawn from single lines, with text in its cells
    for i in range(4):
        pdf.line(x0, y0 + i * 8, x0 + 150, y0 + i * 8)
    for j in range(4):
        pdf.line(x0 + j * 50, y0, x0 + j * 50, y0 + 24)
    for i in range(3):
        for j in range(3):
            pdf.text(x0 + j * 50 + 2, y0 + i * 8 + 5, f"cell {i},{j}")
    pdf.add_page(orientation="L")
    pdf.set_font("Courier", size=11)
    pdf.multi_cell(0, 6, "Spaced    out   words and 2023-\n2028 ranges. " + _PARA)
    out = folder / "equivalence.pdf"
    pdf.output(str(out))
    return [out]


def _pdfs(folder: Path, corpus: Path | None) -> list[Path]:
    found = _generated(folder)
    if corpus is not None:
        found += sorted(corpus.glob("**/*.pdf"))
    return found


@pytest.fixture(scope="module")
def pdf_files(tmp_path_factory) -> list[Path]:
    from collabtext.resources import shared_dir

    shared = shared_dir()
    corpus = shared / "corpus" if shared is not None and (shared / "corpus").is_dir() else None
    return _pdfs(tmp_path_factory.mktemp("eq"), corpus)


def _pages(path: Path):
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return
    try:
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            try:
                yield page, tp, tuple(page.get_bbox())
            finally:
                tp.close()
                page.close()
    finally:
        doc.close()


def _as_tuples(lines):
    return [dataclasses.astuple(ln) for ln in lines]


# -- the checks ------------------------------------------------------------------------------------


def test_extract_lines_same_as_plain_calls(pdf_files):
    pages = 0
    for path in pdf_files:
        for _page, tp, bbox in _pages(path):
            fast, rot = extract_lines(tp.raw, bbox)
            plain, plain_rot = _plain_extract_lines(tp.raw, bbox)
            assert rot == plain_rot, path
            assert _as_tuples(fast) == _as_tuples(plain), path
            pages += 1
    assert pages >= 3


def test_table_rules_and_cells_same_as_plain_calls(pdf_files):
    tables = 0
    for path in pdf_files:
        for page, tp, bbox in _pages(path):
            area = (bbox[2] - bbox[0]) * (bbox[3] - bbox[1])
            hs, vs = pdf_grid.page_rules(page.raw, area)
            assert (hs, vs) == _plain_page_rules(page.raw, area), path
            lines, _ = extract_lines(tp.raw, bbox)
            frame = pdf_grid._Frame(bbox)
            for ghs, gvs in pdf_grid._components(hs, vs):
                fast = pdf_grid._table(tp.raw, ghs, gvs, frame, lines)
                assert fast == _plain_table(tp.raw, ghs, gvs, frame, lines), path
                tables += fast is not None
    assert tables >= 1


def test_unchecked_bindings_return_what_the_checked_ones_do(pdf_files):
    path = pdf_files[0]
    for _page, tp, _bbox in _pages(path):
        hp = pdf_lines.handle(tp.raw)
        n = pdfium_c.FPDFText_CountChars(tp.raw)
        for i in range(0, n, 7):
            assert pdf_lines._GET_FONT_SIZE(hp, i) == pdfium_c.FPDFText_GetFontSize(tp.raw, i)
            assert pdf_lines._GET_FONT_WEIGHT(hp, i) == pdfium_c.FPDFText_GetFontWeight(tp.raw, i)
            assert pdf_lines._font(hp, i) == _plain_font(tp.raw, i)
        assert pdf_lines._COUNT_RECTS(hp, 0, n) == pdfium_c.FPDFText_CountRects(tp.raw, 0, n)


def test_text_buffer_grows_and_is_reused(pdf_files):
    for _page, tp, _bbox in _pages(pdf_files[0]):
        n = pdfium_c.FPDFText_CountChars(tp.raw)
        whole = page_text(tp.raw)
        assert len(whole) == n
        assert pdf_lines.text_range(tp.raw, 3, 9) == whole[3:9].replace("\ufffe", "-")
    pdf_lines._TEXT_BUF[0] = (ctypes.c_ushort * 2)()  # too small: grows on the next call
    for _page, tp, _bbox in _pages(pdf_files[0]):
        assert page_text(tp.raw) == _plain_page_text(tp.raw)


def _plain_page_text(tp) -> str:
    n = pdfium_c.FPDFText_CountChars(tp)
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = pdfium_c.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    return buf.raw[: max(0, got - 1) * 2].decode("utf-16-le", errors="replace")


_ALPHABET = "ab yZ-\u00ad\n\t  1_é\u2010\ufb01\u00a0\u200b\x07\r’«ŵ\ufffe\u0301\u3000"


def _random_texts(k: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(k)]


def test_broken_tails_dropped_as_one_regex_pass_would():
    for text in _random_texts(3000) + ["collabo-\nration\n", "well-being-\n", "x-\n-\n\u00ad\n"]:
        assert clean._drop_broken_tails(text) == clean._BROKEN_TAIL.sub("\n", text), repr(text)


def test_normalise_text_same_as_plain_translation():
    for text in _random_texts(3000, seed=11) + ["e\ufb03cient\u00a0 co\u00adoperation\u200b "]:
        assert clean.normalise_text(text) == _plain_normalise(text), repr(text)


def _random_lines(rng: random.Random, n: int) -> list[Line]:
    out = []
    for _ in range(n):
        x0, top = rng.choice([10.0, 10.5, 72.0, 300.0]), rng.uniform(0, 800)
        size = rng.choice([9.0, 10.0, 10.2, 12.0, 14.0])
        out.append(
            Line("t", x0, top, x0 + rng.uniform(1, 400), top + size, size, rng.random() < 0.3)
        )
    return out


def test_paragraph_properties_and_leading_same_as_min_max():
    rng = random.Random(3)
    for _ in range(300):
        lines = _random_lines(rng, rng.randint(1, 30))
        para = Para(lines, 1, (1, 0, 0))
        assert para.size == max(ln.size for ln in lines)
        assert para.bold == all(ln.bold for ln in lines)
        assert para.bbox == (
            min(ln.x0 for ln in lines),
            min(ln.top for ln in lines),
            max(ln.x1 for ln in lines),
            max(ln.bottom for ln in lines),
        )
        boxes = [(ln.x0, ln.top, ln.x1, ln.bottom) for ln in lines]
        assert pdf_lines._union(boxes) == _plain_union(boxes)
        for min_count in (1, 3, 6):
            assert leading_table(lines, min_count) == _plain_leading(lines, min_count)
