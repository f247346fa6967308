"""Blocks -> passages: ids, section paths, bilingual splitting."""

from __future__ import annotations

from collabtext.records import Block
from collabtext.segment import segment


def test_segment_ids_and_section_paths() -> None:
    blocks = [
        Block("Well-being Plan", kind="heading", level=1),
        Block("Objective 1", kind="heading", level=2),
        Block("We will work together.", page=2),
        Block("Step one", kind="list_item", page=2),
        Block("Objective 2", kind="heading", level=2),
        Block("Partners will pool budgets.", page=3),
        Block("Annex", kind="heading", level=1),
        Block("   "),
        Block("Glossary text.", page=9),
    ]
    ps = segment(blocks)
    assert [p.id for p in ps] == [f"p{i:04d}" for i in range(1, 9)]
    assert ps[0].section == () and ps[1].section == ("Well-being Plan",)
    assert ps[2].section == ("Well-being Plan", "Objective 1") and ps[2].page == 2
    assert ps[3].kind == "list_item"
    assert ps[4].section == ("Well-being Plan",) and ps[4].level == 2
    assert ps[5].section == ("Well-being Plan", "Objective 2")
    assert ps[7].section == ("Annex",)


def test_segment_splits_side_by_side_labels() -> None:
    ps = segment(
        [Block("Presennol / Present"), Block("Ymddiheuriadau / Apologies", kind="heading", level=2)]
    )
    assert [(p.text, p.lang) for p in ps] == [
        ("Presennol", "cy"),
        ("Present", "en"),
        ("Ymddiheuriadau", "cy"),
        ("Apologies", "en"),
    ]
    assert ps[2].kind == ps[3].kind == "heading"


def test_segment_splits_alternating_lines() -> None:
    text = (
        "Mae'r Bwrdd wedi cytuno ar y cynllun llesiant newydd.\n"
        "The Board has agreed the new well-being plan.\n"
        "Bydd y partneriaid yn adrodd yn ôl ym mis Mehefin.\n"
        "Partners will report back in June."
    )
    ps = segment([Block(text)])
    assert [p.lang for p in ps] == ["cy", "en", "cy", "en"]
    assert ps[1].text == "The Board has agreed the new well-being plan."


def test_segment_keeps_mixed_sentences_in_one_passage() -> None:
    text = (
        "Croeso i bawb i'r cyfarfod. "
        "The Chair welcomed everyone to the meeting and thanked the hosts for the room."
    )
    (p,) = segment([Block(text)])
    assert p.lang == "en"
    assert [s.lang for s in p.sentences] == ["cy", "en"]
    assert p.english_spans() == ((p.sentences[1].start, p.sentences[1].end),)


def test_segment_table_rows_keep_cells() -> None:
    (p,) = segment([Block("Ann | NRW", kind="table_row", cells=("Ann", "NRW"))])
    assert p.kind == "table_row" and p.cells == ("Ann", "NRW")
    assert p.to_dict()["cells"] == ["Ann", "NRW"]


def test_segment_french_document_prior() -> None:
    blocks = [
        Block(t)
        for t in [
            "Le comité a approuvé la demande.",
            "La séance est levée à 17 h.",
            "Les membres sont présents.",
            "Aucune question du public.",
            "Le procès-verbal est adopté.",
            "Membres :",
        ]
    ]
    ps = segment(blocks)
    assert {p.lang for p in ps} == {"other"}
