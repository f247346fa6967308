"""DOCX reader: body order, heading styles, lists, tables (merged cells once), headers excluded."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from collabtext.extract.docx import read_docx
from collabtext.segment import segment


def _build(path: Path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Bro Hafren PSB – CONFIDENTIAL HEADER"
    d.sections[0].footer.paragraphs[0].text = "Page footer text"
    d.add_paragraph("Bro Hafren Well-being Plan", style="Title")
    d.add_paragraph("Objective 1: Warm homes", style="Heading 1")
    d.add_paragraph("We will work with housing associations.")
    d.add_paragraph("Pool small grants", style="List Bullet")
    d.add_paragraph("Share officers", style="List Number")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "Step", "Lead", "Partners"
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "Warm homes", "Council", "NRW"
    merged = t.cell(2, 0).merge(t.cell(2, 1))
    merged.text = "Joint step"
    t.cell(2, 2).text = "All partners"
    d.add_paragraph("Step detail", style="Heading 2")
    d.add_paragraph("Text after the table.")
    p = d.add_paragraph()
    run = p.add_run("1. WELCOME AND APOLOGIES")
    run.bold = True
    run.font.size = Pt(12)
    d.add_paragraph("The Chair welcomed members.")
    out = path / "plan.docx"
    d.save(str(out))
    return out


def test_docx_order_kinds_and_levels(tmp_path: Path) -> None:
    blocks, pages, warnings = read_docx(str(_build(tmp_path)))
    assert pages is None and warnings == []
    got = [(b.kind, b.level, b.text) for b in blocks]
    assert got[0] == ("heading", 1, "Bro Hafren Well-being Plan")
    assert got[1] == ("heading", 1, "Objective 1: Warm homes")
    assert got[2] == ("paragraph", None, "We will work with housing associations.")
    assert [k for k, _, _ in got[3:5]] == ["list_item", "list_item"]
    assert [k for k, _, _ in got[5:8]] == ["table_row"] * 3
    assert got[8] == ("heading", 2, "Step detail")
    assert got[9][2] == "Text after the table."
    assert got[10] == ("heading", 2, "1. WELCOME AND APOLOGIES")


def test_docx_table_merged_cells_once(tmp_path: Path) -> None:
    blocks, _, _ = read_docx(str(_build(tmp_path)))
    rows = [b for b in blocks if b.kind == "table_row"]
    assert rows[0].cells == ("Step", "Lead", "Partners")
    assert rows[2].cells == ("Joint step", "All partners")
    assert rows[2].text == "Joint step | All partners"


def test_docx_headers_and_footers_excluded(tmp_path: Path) -> None:
    blocks, _, _ = read_docx(str(_build(tmp_path)))
    text = " ".join(b.text for b in blocks)
    assert "HEADER" not in text and "footer" not in text


def test_docx_sections_from_headings(tmp_path: Path) -> None:
    ps = segment(read_docx(str(_build(tmp_path)))[0])
    body = next(p for p in ps if p.text == "Text after the table.")
    assert body.section == ("Objective 1: Warm homes", "Step detail")


def test_docx_conftest_factory(make_docx) -> None:
    path = make_docx(
        [("Heading 1", "Aims"), ("Normal", "We cooperate."), ("table", [["a", "b"], ["c", "d"]])]
    )
    blocks, _, _ = read_docx(str(path))
    assert [b.kind for b in blocks] == ["heading", "paragraph", "table_row", "table_row"]


def test_docx_corpus_synthetic(corpus_dir) -> None:
    for f in sorted((corpus_dir / "synthetic").glob("*.docx")):
        ps = segment(read_docx(str(f))[0])
        assert any(p.kind == "heading" for p in ps), f.name
        assert all(p.text.strip() for p in ps)


def test_docx_text_box_read_once(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("Before the box.")
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    para = "<w:p><w:r><w:t>Partners pledge to act together.</w:t></w:r></w:p>"
    box = f"<w:txbxContent>{para}</w:txbxContent>"
    xml = (
        f"<w:p {ns}><w:r><w:t>Anchor text.</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r></w:p>"
    )
    d.element.body.insert(1, parse_xml(xml))
    out = tmp_path / "box.docx"
    d.save(str(out))
    texts = [b.text for b in read_docx(str(out))[0]]
    assert texts == ["Before the box.", "Anchor text.", "Partners pledge to act together."]
