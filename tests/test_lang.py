"""Language detection: robust for short passages, Welsh sentences exposed in mixed passages."""

from __future__ import annotations

import pytest

from collabtext.lang import detect_lang, has_evidence, passage_from_text, split_sentences_lang


@pytest.mark.parametrize(
    "text",
    [
        "Presennol",
        "Ymddiheuriadau",
        "Cytunwyd",
        "Bwrdd Gwasanaethau Cyhoeddus",
        "Cofnodion:",
        "Mae'r Bwrdd wedi cytuno ar y cynllun llesiant.",
        "Y cychwyn gorau mewn bywyd i bawb",
        "Derbyniwyd ymddiheuriadau gan y Cynghorwyr",
        "14 Mehefin",
        "Dŵr a'r amgylchedd",
    ],
)
def test_lang_welsh_short_and_long(text: str) -> None:
    assert detect_lang(text) == "cy"


@pytest.mark.parametrize(
    "text",
    [
        "Well-being Plan",
        "Present",
        "Apologies",
        "Llanelli Town Council",
        "Rhian Bowen | Natural Resources Wales",
        "The PSB (Bwrdd Gwasanaethau Cyhoeddus) met in Llandrindod.",
        "Betsi Cadwaladr University Health Board",
        "We will work together with our partners.",
        "",
        "2.",
        "Rhondda Cynon Taf",
    ],
)
def test_lang_english_and_names(text: str) -> None:
    assert detect_lang(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Le comité a approuvé la démolition partielle du bâtiment.",
        "2. Adoption de l’ordre du jour",
        "Die Sitzung wurde mit der Tagesordnung eröffnet und ist nicht öffentlich.",
    ],
)
def test_lang_other(text: str) -> None:
    assert detect_lang(text) == "other"


def test_lang_ignores_urls() -> None:
    assert detect_lang("Source: https://example.gov.uk/mgAi.aspx?ID=25133&LLL=1") == "en"


def test_split_sentences_handles_abbreviations() -> None:
    text = (
        "Cllr. Jones said e.g. this was fine. Then Dr. Smith left. "
        "Croeso i bawb i'r cyfarfod heddiw."
    )
    sents = split_sentences_lang(text)
    assert [text[s.start : s.end] for s in sents] == [
        "Cllr. Jones said e.g. this was fine.",
        "Then Dr. Smith left.",
        "Croeso i bawb i'r cyfarfod heddiw.",
    ]
    assert [s.lang for s in sents] == ["en", "en", "cy"]


def test_passage_from_text_mixed_keeps_majority_and_exposes_welsh() -> None:
    text = (
        "Byddwn ni'n gweithio gyda'n gilydd. We will work together to reduce child poverty in "
        "Wrexham, and partners will bring their budgets to the table."
    )
    p = passage_from_text(text, id="p0007")
    assert p.id == "p0007" and p.lang == "en"
    assert [s.lang for s in p.sentences] == ["cy", "en"]
    spans = p.english_spans()
    assert len(spans) == 1 and text[spans[0][0] : spans[0][1]].startswith("We will")
    assert p.to_dict()["sentences"][0]["lang"] == "cy"


def test_lang_corpus_welsh_files_mostly_cy(corpus_dir) -> None:
    from collabtext.extract.text import read_text
    from collabtext.segment import segment

    files = sorted(corpus_dir.glob("wellbeing/*_cy.txt")) + sorted(
        corpus_dir.glob("minutes/*_cy.txt")
    )
    assert files
    total = welsh = 0
    for f in files:
        passages = segment(read_text(str(f))[0])
        # long passages with language evidence (lists of names carry none)
        long = [
            p
            for p in passages
            if len(p.text) > 80 and has_evidence(p.text) and "Source:" not in p.text
        ]
        cy = sum(p.lang == "cy" for p in long)
        assert cy >= 0.6 * len(long), f.name
        total, welsh = total + len(long), welsh + cy
    assert welsh >= 0.9 * total


def test_split_sentences_finds_unpunctuated_language_change() -> None:
    text = "This document is available in Welsh Mae’r ddogfen hon ar gael yn Gymraeg"
    sents = split_sentences_lang(text)
    assert [(s.lang, text[s.start : s.end]) for s in sents] == [
        ("en", "This document is available in Welsh"),
        ("cy", "Mae’r ddogfen hon ar gael yn Gymraeg"),
    ]
    one = "The Board agreed the plan and thanked the officers for the work on the assessment"
    assert len(split_sentences_lang(one)) == 1
