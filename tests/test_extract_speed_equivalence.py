"""The fast PDF paths give what the plain ones give.

The PDF reader calls PDFium through unchecked ctypes bindings, skips regex and translation passes
that cannot match, and computes paragraph properties with plain loops. Each test checks a fast
path against the plain definition it replaces, on generated PDFs and on the shared corpus where
it is present. (The whole reader was checked byte for byte against the previous code on every
corpus PDF when these paths landed; tests/test_extract_pdf*.py hold its behaviour.)
"""

from __future__ import annotations

import ctypes
import random
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from collabtext import clean
from collabtext.extract import pdf_lines
from collabtext.extract.pdf_layout import Para, leading_table
from collabtext.extract.pdf_lines import Line, page_text


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


# -- the checks ------------------------------------------------------------------------------------


def test_unchecked_bindings_return_what_the_checked_ones_do(pdf_files):
    checked = 0
    for path in pdf_files[:6]:
        for _page, tp, _bbox in _pages(path):
            hp = pdf_lines.handle(tp.raw)
            n = pdfium_c.FPDFText_CountChars(tp.raw)
            a = [ctypes.c_double() for _ in range(4)]
            b = [ctypes.c_double() for _ in range(4)]
            for i in range(0, n, 7):
                assert pdf_lines._GET_FONT_SIZE(hp, i) == pdfium_c.FPDFText_GetFontSize(tp.raw, i)
                assert pdf_lines._GET_FONT_WEIGHT(hp, i) == pdfium_c.FPDFText_GetFontWeight(
                    tp.raw, i
                )
                pdf_lines._GET_CHAR_BOX(hp, i, *map(ctypes.byref, a))
                pdfium_c.FPDFText_GetCharBox(tp.raw, i, *map(ctypes.byref, b))
                assert [v.value for v in a] == [v.value for v in b]
                checked += 1
            assert pdf_lines._COUNT_RECTS(hp, 0, n) == pdfium_c.FPDFText_CountRects(tp.raw, 0, n)
    assert checked > 100


def test_text_range_is_a_slice_of_the_page_text(pdf_files):
    for _page, tp, _bbox in _pages(pdf_files[0]):
        whole = page_text(tp.raw)
        assert len(whole) == pdfium_c.FPDFText_CountChars(tp.raw)
        assert pdf_lines.text_range(tp.raw, 3, 40) == whole[3:40].replace("\ufffe", "-")


_ALPHABET = "ab yZ-\u00ad\n\t  1_é\u2010\ufb01\u00a0\u200b\x07\r’«ŵ\ufffe\u0301\u3000"


def _random_texts(k: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(k)]


def test_broken_tails_dropped_as_one_regex_pass_would():
    for text in _random_texts(3000) + ["collabo-\nration\n", "well-being-\n", "x-\n-\n\u00ad\n"]:
        assert clean._drop_broken_tails(text) == clean._BROKEN_TAIL.sub("\n", text), repr(text)


def test_translation_is_skipped_only_where_it_changes_nothing():
    for text in _random_texts(3000, seed=11) + ["e\ufb03cient\u00a0 co\u00adoperation\u200b "]:
        if not clean._IN_TABLE.search(text):
            assert text.translate(clean._TABLE) == text, repr(text)


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
        box = (
            min(ln.x0 for ln in lines),
            min(ln.top for ln in lines),
            max(ln.x1 for ln in lines),
            max(ln.bottom for ln in lines),
        )
        assert para.size == max(ln.size for ln in lines)
        assert para.bold == all(ln.bold for ln in lines)
        assert para.bbox == box
        assert pdf_lines._union([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in lines]) == box
        for min_count in (1, 3, 6):
            assert leading_table(lines, min_count) == _plain_leading(lines, min_count)
