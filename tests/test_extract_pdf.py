"""PDF reader: furniture, hyphens, columns, tables, headings, page breaks, errors, OCR, corpus."""

from __future__ import annotations

import collections
import re
import shutil
from pathlib import Path

import pytest

from collabtext.errors import (
    CollabtextError,
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    LimitExceeded,
    NoTextLayer,
)
from collabtext.extract.pdf import read_pdf
from collabtext.settings import ExtractSettings

fpdf = pytest.importorskip("fpdf")

HEADER = "Bro Teifi Partnership Annual Report 2024"
NO_OCR = ExtractSettings(ocr=False)


def _pdf():
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    return pdf


def _lines(
    pdf, x: float, y: float, lines: list[str], size: float = 11, style: str = "", lead: float = 14
) -> float:
    """Write explicit lines (baseline at y) and return the baseline after the last one."""
    pdf.set_font("Helvetica", style=style, size=size)
    for line in lines:
        pdf.text(x, y, line)
        y += lead
    return y


def _furniture(pdf, n: int, total: int) -> None:
    _lines(pdf, 60, 40, [HEADER], size=8)
    _lines(pdf, 270, 815, [f"Page {n} of {total}"], size=8)


def _report(path: Path) -> Path:
    """Three pages: heading, hyphenated words, a paragraph over a page break, running furniture."""
    pdf = _pdf()
    pdf.add_page()
    _furniture(pdf, 1, 3)
    y = _lines(pdf, 60, 100, ["Working together for well-being"], size=18, style="B")
    y = _lines(
        pdf,
        60,
        y + 10,
        [
            "The partners agreed to strengthen their collabo-",
            "ration with community groups across the whole county, and their",
            "shared well-being assessment will guide the joint work.",
        ],
    )
    y = _lines(pdf, 60, y + 10, ["Our priorities"], size=14, style="B")
    _lines(
        pdf,
        60,
        740,
        [
            "Members noted that the collaboration fund would allow the partners to",
            "keep the well-",
            "being of older people at the centre of the plan, and that the partners would",
            "publish a short summary of the plan for residents and for the",
        ],
    )
    pdf.add_page()
    _furniture(pdf, 2, 3)
    y = _lines(
        pdf,
        60,
        100,
        [
            "voluntary groups that took part in the engagement events.",
        ],
    )
    _lines(pdf, 60, y + 10, ["A second paragraph on page two closes the section."])
    pdf.add_page()
    _furniture(pdf, 3, 3)
    _lines(pdf, 60, 100, ["The last page has one short paragraph."])
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> list:
    blocks, pages, warnings = read_pdf(str(_report(tmp_path_factory.mktemp("pdf") / "report.pdf")))
    assert pages == 3 and warnings == []
    return blocks


def test_running_header_footer_and_page_numbers_removed(report):
    text = "\n".join(b.text for b in report)
    assert HEADER not in text
    assert "Page" not in text and "of 3" not in text


def test_line_end_hyphens_rejoined_real_hyphens_kept(report):
    text = " ".join(b.text for b in report)
    assert "collaboration with community groups" in text
    assert "collabo-" not in text and "collabo ration" not in text
    assert "keep the well-being of older people" in text


def test_heading_detected_with_levels(report):
    heads = [(b.text, b.level) for b in report if b.kind == "heading"]
    assert heads == [("Working together for well-being", 1), ("Our priorities", 2)]


def test_paragraph_over_page_break_joined(report):
    para = next(b for b in report if b.text.startswith("Members noted"))
    assert para.page == 1
    assert para.text.endswith("for the voluntary groups that took part in the engagement events.")
    assert [b.text for b in report if b.page == 2] == [
        "A second paragraph on page two closes the section."
    ]


def test_blocks_are_paragraphs_in_order(report):
    firsts = [b.text.split()[0] for b in report]
    assert firsts == ["Working", "The", "Our", "Members", "A", "The"]


def _two_columns(path: Path) -> Path:
    pdf = _pdf()
    pdf.add_page()
    _lines(
        pdf, 60, 80, ["Partnership news from both sides of the river valley"], size=16, style="B"
    )
    left = [
        "Left column opens the first story about",
        "joint funding for early help services",
        "across the county and its market towns,",
        "with staff from three partners sharing",
        "one office and one case record for the",
        "families they support every week.",
    ]
    right = [
        "Right column carries the second story",
        "about river restoration work led by the",
        "environment body with farmers, anglers",
        "and volunteers who planted trees along",
        "the banks of the upper valley this",
        "spring to slow the flow of water.",
    ]
    _lines(pdf, 60, 130, left, size=10, lead=13)
    _lines(pdf, 320, 130, right, size=10, lead=13)
    _lines(
        pdf,
        60,
        240,
        ["A full-width closing note sits under both columns and ends the page."],
        size=10,
    )
    pdf.output(str(path))
    return path


def test_two_columns_read_column_by_column(tmp_path):
    blocks, _, _ = read_pdf(str(_two_columns(tmp_path / "cols.pdf")))
    texts = [b.text for b in blocks]
    assert texts[0].startswith("Partnership news") and blocks[0].kind == "heading"
    assert texts[1].startswith("Left column opens") and texts[1].endswith(
        "they support every week."
    )
    assert texts[2].startswith("Right column carries") and texts[2].endswith(
        "slow the flow of water."
    )
    assert texts[3].startswith("A full-width closing note")
    assert len(blocks) == 4


def _table(path: Path) -> Path:
    pdf = _pdf()
    pdf.add_page()
    _lines(pdf, 60, 80, ["The action log is set out below, and it was agreed by all members."])
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(60, 100)
    with pdf.table(width=470, col_widths=(250, 140, 80), first_row_as_headings=False) as table:
        for row in (
            ("Action", "Owner", "Due"),
            ("Draft a shared data protocol", "Public Health Wales", "July 2025"),
            ("Prepare options for a pooled fund", "County Council", "April 2025"),
        ):
            r = table.row()
            for cell in row:
                r.cell(cell)
    _lines(pdf, 60, pdf.get_y() + 30, ["The meeting closed at noon."])
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_table_kept_as_rows_not_interleaved(tmp_path, engine):
    blocks, _, _ = read_pdf(str(_table(tmp_path / "table.pdf")), table_engine=engine)
    kinds = [b.kind for b in blocks]
    assert kinds == ["paragraph", "table_row", "table_row", "table_row", "paragraph"]
    rows = [b.cells for b in blocks if b.kind == "table_row"]
    assert rows[1] == ("Draft a shared data protocol", "Public Health Wales", "July 2025")
    assert blocks[2].text == "Draft a shared data protocol | Public Health Wales | July 2025"


def test_tables_can_be_turned_off(tmp_path):
    blocks, _, _ = read_pdf(str(_table(tmp_path / "table.pdf")), ExtractSettings(tables=False))
    assert "table_row" not in {b.kind for b in blocks}
    assert "Public Health Wales" in " ".join(b.text for b in blocks)


def test_lists_and_welsh_text(tmp_path):
    pdf = _pdf()
    pdf.add_page()
    y = _lines(pdf, 60, 80, ["The Board agreed three steps:"])
    y = _lines(
        pdf,
        60,
        y + 4,
        ["\x95 open a joint employment hub,", "\x95 publish one pipeline of contracts,"],
    )
    y = _lines(pdf, 60, y + 4, ["1. review the plan every year."])
    _lines(
        pdf,
        60,
        y + 14,
        ["Mae'r ddogfen hon ar gael yn Gymraeg hefyd, ac mae croeso i chi gysylltu \xe2'r tîm."],
    )
    pdf.output(str(tmp_path / "list.pdf"))
    blocks, _, _ = read_pdf(str(tmp_path / "list.pdf"))
    assert [b.kind for b in blocks] == [
        "paragraph",
        "list_item",
        "list_item",
        "list_item",
        "paragraph",
    ]
    assert blocks[1].text == "open a joint employment hub,"
    assert blocks[3].text == "1. review the plan every year."
    assert "â'r tîm" in blocks[4].text


def test_rotated_page_reads_like_upright(tmp_path):
    import pypdfium2 as pdfium

    src = _two_columns(tmp_path / "upright.pdf")
    doc = pdfium.PdfDocument(str(src))
    doc[0].set_rotation(90)
    doc.save(str(tmp_path / "rotated.pdf"))
    doc.close()
    upright = [b.text for b in read_pdf(str(src))[0]]
    rotated = [b.text for b in read_pdf(str(tmp_path / "rotated.pdf"))[0]]
    assert rotated == upright


def test_sideways_text_and_margin_stamp(tmp_path):
    pdf = _pdf()
    pdf.add_page()
    with pdf.rotation(90, 20, 700):
        _lines(pdf, 20, 700, ["DRAFT FOR CONSULTATION ONLY"], size=9)
    _lines(pdf, 60, 100, ["Body text stays, and the stamp in the margin goes."])
    pdf.add_page()
    with pdf.rotation(90, 300, 600):  # a landscape table set sideways on a portrait page
        _lines(
            pdf,
            300,
            600,
            ["Sideways heading line one of the page", "and its second line continues it."],
        )
    pdf.output(str(tmp_path / "side.pdf"))
    blocks, _, _ = read_pdf(str(tmp_path / "side.pdf"))
    assert [b.text for b in blocks] == [
        "Body text stays, and the stamp in the margin goes.",
        "Sideways heading line one of the page and its second line continues it.",
    ]


def test_encrypted_pdf_needs_password(tmp_path):
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    _lines(pdf, 60, 100, ["Confidential board paper."])
    path = str(tmp_path / "locked.pdf")
    pdf.output(path)
    with pytest.raises(EncryptedDocument, match="--password"):
        read_pdf(path)
    with pytest.raises(EncryptedDocument, match="wrong"):
        read_pdf(path, ExtractSettings(password="guess"))
    blocks, _, _ = read_pdf(path, ExtractSettings(password="secret"))
    assert blocks[0].text == "Confidential board paper."


def test_empty_truncated_and_junk_files(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(EmptyDocument):
        read_pdf(str(tmp_path / "empty.pdf"))
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(CorruptDocument):
        read_pdf(str(tmp_path / "junk.pdf"))
    whole = _report(tmp_path / "whole.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(whole[:200])
    with pytest.raises(CollabtextError):
        read_pdf(str(tmp_path / "cut.pdf"))


def test_page_limit(tmp_path):
    with pytest.raises(LimitExceeded, match="max-pages"):
        read_pdf(str(_report(tmp_path / "r.pdf")), ExtractSettings(max_pages=2))


def _image_pdf(path: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1700, 500), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=64)
    draw.text((60, 80), "Partnership working in the county", fill=0, font=font)
    draw.text((60, 220), "improves services for families.", fill=0, font=font)
    png = path.with_suffix(".png")
    img.save(png)
    pdf = _pdf()
    pdf.add_page()
    pdf.image(str(png), x=40, y=60, w=510)
    pdf.output(str(path))
    return path


def test_image_only_pdf_without_ocr_says_scanned(tmp_path):
    with pytest.raises(NoTextLayer, match="tesseract-ocr"):
        read_pdf(str(_image_pdf(tmp_path / "scan.pdf")), NO_OCR)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_image_only_pdf_is_ocred(tmp_path):
    blocks, _, warnings = read_pdf(str(_image_pdf(tmp_path / "scan.pdf")))
    text = " ".join(b.text for b in blocks).lower()
    assert "partnership working" in text and "families" in text
    assert any("OCR used on 1 page" in w for w in warnings)


# --- real files -------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _bag(text: str) -> collections.Counter[str]:
    return collections.Counter(w.lower().replace("\u2019", "'") for w in _WORD.findall(text))


def _docx_text(path: Path) -> str:
    docx = pytest.importorskip("docx")
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    out: list[str] = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"):
            out.append(Paragraph(el, d).text)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, d).rows:
                seen: list[object] = []
                for cell in row.cells:
                    if cell._tc not in seen:  # merged cells repeat
                        seen.append(cell._tc)
                        out.append(cell.text)
    return "\n".join(out)


@pytest.mark.corpus
def test_synthetic_pdfs_keep_docx_words(corpus_dir):
    pdfs = sorted((corpus_dir / "synthetic").glob("*.pdf"))
    if not pdfs:
        pytest.skip("no synthetic PDFs")
    for pdf in pdfs:
        twin = pdf.with_suffix(".docx")
        if not twin.exists():
            continue
        blocks, _, _ = read_pdf(str(pdf))
        got, want = _bag("\n".join(b.text for b in blocks)), _bag(_docx_text(twin))
        total = sum(want.values())
        kept = sum((got & want).values()) / total
        added = sum((got - want).values()) / total
        assert kept >= 0.98, (pdf.name, kept, (want - got).most_common(10))
        assert added <= 0.015, (pdf.name, added, (got - want).most_common(10))


@pytest.mark.corpus
def test_awkward_pdfs_give_blocks_or_one_clean_error(corpus_dir):
    files = sorted((corpus_dir / "awkward-pdfs").glob("*.pdf"))
    if not files:
        pytest.skip("no awkward PDFs")
    outcomes = {}
    for path in files:
        try:
            blocks, pages, _ = read_pdf(str(path), NO_OCR)
            outcomes[path.name] = "ok" if pages >= 1 else "no pages"
        except CollabtextError as exc:
            outcomes[path.name] = exc.code
    assert all(v == "ok" or v.startswith("CT1") for v in outcomes.values()), outcomes
    enc = [k for k in outcomes if "encrypted" in k or "password" in k]
    assert enc and all(outcomes[k] == EncryptedDocument.code for k in enc)
    assert outcomes.get("pdfplumber_empty_zero-bytes.pdf", EmptyDocument.code) == EmptyDocument.code
    assert (
        outcomes.get("milburn_pc_finstats_2016_scanned-no-text.pdf", NoTextLayer.code)
        == NoTextLayer.code
    )


@pytest.mark.corpus
def test_three_column_page_reads_down_columns(corpus_dir):
    path = corpus_dir / "awkward-pdfs" / "pdfplumber_federal-register-2020-17221_3col.pdf"
    if not path.exists():
        pytest.skip("file absent")
    blocks, _, _ = read_pdf(str(path), NO_OCR)
    page1 = [b.text for b in blocks if b.page == 1]
    summary = next(t for t in page1 if t.startswith("SUMMARY:"))
    # the summary runs down the first column as one paragraph, not interleaved with column two
    assert "proposes to supersede Airworthiness Directive" in summary
    assert "unsafe condition on these products." in summary
