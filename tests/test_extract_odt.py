"""ODT reader (fixtures generated with odfpy)."""

from __future__ import annotations

from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import Footer, MasterPage, PageLayout
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, P

from collabtext.extract.odt import read_odt
from collabtext.segment import segment


def _build(path: Path) -> Path:
    doc = OpenDocumentText()
    layout = PageLayout(name="pm1")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    footer = Footer()
    footer.addElement(P(text="Footer furniture"))
    master.addElement(footer)
    doc.masterstyles.addElement(master)
    doc.text.addElement(H(outlinelevel=1, text="Minutes"))
    doc.text.addElement(H(outlinelevel=2, text="Apologies"))
    doc.text.addElement(P(text="Apologies were received from the Chair."))
    lst = List()
    for t in ("Agree the plan", "Share data"):
        item = ListItem()
        item.addElement(P(text=t))
        lst.addElement(item)
    doc.text.addElement(lst)
    table = Table(name="T1")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for a, b in (("Name", "Organisation"), ("Ann Jones", "NRW")):
        row = TableRow()
        for v in (a, b):
            cell = TableCell()
            cell.addElement(P(text=v))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(P(text="Cytunwyd ar y cynllun."))
    out = path / "minutes.odt"
    doc.save(str(out))
    return out


def test_odt_blocks(tmp_path: Path) -> None:
    blocks, pages, _ = read_odt(str(_build(tmp_path)))
    assert pages is None
    got = [(b.kind, b.level, b.text) for b in blocks]
    assert got[0] == ("heading", 1, "Minutes")
    assert got[1] == ("heading", 2, "Apologies")
    assert got[2] == ("paragraph", None, "Apologies were received from the Chair.")
    assert got[3:5] == [("list_item", None, "Agree the plan"), ("list_item", None, "Share data")]
    assert [b.cells for b in blocks if b.kind == "table_row"] == [
        ("Name", "Organisation"),
        ("Ann Jones", "NRW"),
    ]
    assert "Footer furniture" not in " ".join(b.text for b in blocks)


def test_odt_segment_sections_and_lang(tmp_path: Path) -> None:
    ps = segment(read_odt(str(_build(tmp_path)))[0])
    assert ps[2].section == ("Minutes", "Apologies")
    assert ps[-1].lang == "cy"
