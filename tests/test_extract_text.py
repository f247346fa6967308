"""Text and Markdown reader: encodings, wrapped lines, lists, tables, headings, page furniture."""

from __future__ import annotations

from pathlib import Path

from collabtext.extract.text import read_text
from collabtext.segment import segment


def _passages(path: Path):
    blocks, pages, warnings = read_text(str(path))
    return segment(blocks), pages, warnings


def test_text_utf16_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("Cyngor Sir Ynys Môn\n\nThe Board agreed the plan.\n".encode("utf-16"))
    ps, _, warnings = _passages(f)
    assert [p.text for p in ps] == ["Cyngor Sir Ynys Môn", "The Board agreed the plan."]
    assert warnings == []


def test_text_utf8_bom_and_cp1252_fallback(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffCaf\u00e9 society – partners’ plan.".encode())
    assert _passages(f)[0][0].text == "Café society – partners’ plan."
    g = tmp_path / "win.txt"
    g.write_bytes("Partners\u2019 budgets \u2013 pooled.".encode("cp1252"))
    ps, _, warnings = _passages(g)
    assert ps[0].text == "Partners’ budgets – pooled."
    assert any("cp1252" in w for w in warnings)


def test_text_mojibake_left_visible(tmp_path: Path) -> None:
    f = tmp_path / "moji.txt"
    f.write_text("Crynodeb oâ€™r Cynllun Llesiant drafft", encoding="utf-8")
    assert "â€™" in _passages(f)[0][0].text


def test_text_markdown_headings_lists_tables(tmp_path: Path) -> None:
    f = tmp_path / "plan.md"
    f.write_text(
        "# Well-being Plan\n\n## Objective 1\n\n"
        "We will work with partners\nacross the county to im-\nprove homes.\n\n"
        "- pool budgets\n* share staff\n1. report yearly\n\n"
        "| Step | Lead |\n|---|---|\n| Warm homes | Council |\n",
        encoding="utf-8",
    )
    ps, pages, _ = _passages(f)
    assert pages is None
    kinds = [(p.kind, p.text) for p in ps]
    assert kinds[0] == ("heading", "Well-being Plan") and ps[0].level == 1
    assert kinds[1] == ("heading", "Objective 1") and ps[1].level == 2
    assert kinds[2] == (
        "paragraph",
        "We will work with partners across the county to improve homes.",
    )
    assert [k for k, _ in kinds[3:6]] == ["list_item"] * 3
    rows = [p for p in ps if p.kind == "table_row"]
    assert [r.cells for r in rows] == [("Step", "Lead"), ("Warm homes", "Council")]
    assert ps[2].section == ("Well-being Plan", "Objective 1")


def test_text_form_feed_pages_and_furniture(tmp_path: Path) -> None:
    topics = ["housing", "transport", "health", "climate"]
    pages = []
    for n, topic in enumerate(topics, 1):
        body = "\n\n".join(f"Partners worked on {topic} step {k}." for k in "abcd")
        pages.append(f"Bro Hafren PSB Annual Report\n\n{body}\n\nPage {n} of 4")
    f = tmp_path / "report.txt"
    f.write_text("\f".join(pages), encoding="utf-8")
    ps, npages, _ = _passages(f)
    assert npages == 4
    texts = [p.text for p in ps]
    assert texts == [f"Partners worked on {t} step {k}." for t in topics for k in "abcd"]
    assert [p.page for p in ps] == [n for n in (1, 2, 3, 4) for _ in range(4)]


def test_text_page_lines_removed_without_form_feeds(tmp_path: Path) -> None:
    f = tmp_path / "mins.txt"
    f.write_text(
        "1. The Chair welcomed all.\nPage 1 of 11\n2. Apologies were noted.\n", encoding="utf-8"
    )
    texts = [p.text for p in _passages(f)[0]]
    assert texts == ["1. The Chair welcomed all.", "2. Apologies were noted."]


def test_text_web_dump_lines_are_paragraphs(tmp_path: Path) -> None:
    long = (
        "The Board agreed the plan after a long discussion about how partners would pool budgets. "
        * 3
    )
    lines = [
        "Source: https://example.org/page",
        "",
        long,
        "A second paragraph that is shorter.",
        long,
    ]
    f = tmp_path / "dump.txt"
    f.write_text("\n".join(lines), encoding="utf-8")
    ps = _passages(f)[0]
    assert len(ps) == 4
    assert ps[0].text.startswith("Source:") and ps[2].text == "A second paragraph that is shorter."


def test_text_numbered_item_heading_and_caps_heading(tmp_path: Path) -> None:
    f = tmp_path / "items.txt"
    f.write_text(
        "3.\n\nDatganiadau Buddiant\n\nNi dderbyniwyd unrhyw ddatganiadau.\n\n"
        "CYHOEDDIADAU'R CADEIRYDD\nDim.\n",
        encoding="utf-8",
    )
    ps = _passages(f)[0]
    assert (ps[0].kind, ps[0].text, ps[0].lang) == ("heading", "3. Datganiadau Buddiant", "cy")
    assert ps[1].section == ("3. Datganiadau Buddiant",)
    assert ps[2].kind == "heading" and ps[3].section == ("CYHOEDDIADAU'R CADEIRYDD",)


def test_text_name_lists_are_not_headings(tmp_path: Path) -> None:
    f = tmp_path / "att.txt"
    f.write_text(
        "Attendance\n\nPam Kelly\n\nGwent Police\n\nHuw Morse\n\nFire and Rescue Service\n\n"
        "The meeting opened at 1pm and the Chair welcomed everyone.\n",
        encoding="utf-8",
    )
    ps = _passages(f)[0]
    assert [p.kind for p in ps[:5]] == ["paragraph"] * 5
