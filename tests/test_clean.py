"""collabtext.clean: character normalisation, line-end hyphens, page numbers and furniture."""

from __future__ import annotations

import pytest

from collabtext.clean import (
    dehyphenate_lines,
    document_vocabulary,
    furniture_key,
    is_page_number_line,
    normalise_text,
    remove_repeated_furniture,
)


def test_normalise_ligatures_spaces_and_invisibles():
    s = "e\ufb03cient \ufb01nance\u00a0and\u2009\ufb02ow co\u00adoperation\u200b\ufeff"
    assert normalise_text(s) == "efficient finance and flow cooperation"


def test_normalise_keeps_welsh_letters_and_line_breaks():
    s = "Dw\u0302r Cymru\nGwasanaethau   cyhoeddus\u00a0 ŷ"
    assert normalise_text(s) == "Dŵr Cymru\nGwasanaethau cyhoeddus ŷ"


def test_normalise_keeps_indentation_for_text_readers():
    assert normalise_text("    indented  line   ") == "    indented line"


def test_dehyphenate_joins_broken_words():
    lines = ["The partners agreed closer collabo-", "ration across the county."]
    assert dehyphenate_lines(lines) == "The partners agreed closer collaboration across the county."


def test_dehyphenate_keeps_real_hyphens_seen_in_document():
    vocab = document_vocabulary(["a shared long-term plan", "the county's well-being"])
    assert dehyphenate_lines(["a new long-", "term view"], vocab) == "a new long-term view"
    assert dehyphenate_lines(["their well-", "being goals"], vocab) == "their well-being goals"


def test_dehyphenate_uses_document_words_against_prefix_list():
    vocab = document_vocabulary(["cooperation matters"])
    assert dehyphenate_lines(["better co-", "operation"], vocab) == "better cooperation"
    assert dehyphenate_lines(["better co-", "operation"]) == "better co-operation"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Plan 2023-", "2028 agreed"], "Plan 2023-2028 agreed"),
        (["Bro Hafren Anglo-", "Welsh border"], "Bro Hafren Anglo-Welsh border"),
        (["see https://", "www.example.org/x"], "see https://www.example.org/x"),
        (["items -", "then more"], "items - then more"),
    ],
)
def test_dehyphenate_compounds_numbers_urls(lines, expected):
    assert dehyphenate_lines(lines) == expected


@pytest.mark.parametrize(
    "s", ["3", "- 3 -", "Page 3 of 9", "page 12", "Tudalen 3", "Tudalen 3 o 9", "3/9", "iv", "(7)"]
)
def test_page_number_lines(s):
    assert is_page_number_line(s)


@pytest.mark.parametrize(
    "s", ["3. Minutes", "civil", "12 Main Street", "Page three", "RESOLVED that", ""]
)
def test_not_page_number_lines(s):
    assert not is_page_number_line(s)


def test_furniture_key_normalises_digits():
    assert furniture_key("Page 3 of 9") == furniture_key("Page 10 of 9")
    assert furniture_key("Plan 2023\u20132028") == furniture_key("Plan 2023\u20132028 ")


def test_remove_repeated_furniture_drops_headers_footers_and_numbers():
    pages = [
        ["Bro Hafren Well-being Plan", "Foreword", "Text one.", "Page 1 of 3"],
        ["Bro Hafren Well-being Plan", "Text two.", "More text.", "Page 2 of 3"],
        ["Bro Hafren Well-being Plan", "Text three.", "Page 3 of 3"],
    ]
    assert remove_repeated_furniture(pages) == [
        ["Foreword", "Text one."],
        ["Text two.", "More text."],
        ["Text three."],
    ]


def test_one_page_document_keeps_its_title():
    pages = [["Annual Report", "Body text.", "1"]]
    assert remove_repeated_furniture(pages) == [["Annual Report", "Body text."]]


def test_repeated_body_text_in_the_middle_is_kept():
    body = ["Header", "a", "b", "c", "Agreed.", "d", "e", "f", "Footer"]
    pages = [list(body), list(body)]
    out = remove_repeated_furniture(pages)
    assert all("Agreed." in p for p in out)
    assert all("Header" not in p and "Footer" not in p for p in out)


def test_furniture_positions_keep_numbered_headings_at_page_tops():
    from collabtext.clean import furniture_mask

    bands = [
        ["Annual Report", "1. Objective 1"],
        ["Annual Report", "2. Objective 2"],
        ["Annual Report", "3. Objective 3"],
    ]
    same = [[20.0, 60.0]] * 3
    moved = [[20.0, 60.0], [20.0, 140.0], [20.0, 95.0]]
    assert furniture_mask(bands, positions=same) == [[True, True]] * 3
    assert furniture_mask(bands, positions=moved) == [[True, False]] * 3


def test_cjk_lines_join_without_space():
    assert dehyphenate_lines(["负责四川省爆破震动监测工", "作"]) == "负责四川省爆破震动监测工作"
