"""Passages in languages other than English and Welsh are skipped by the English lexicons and the
scorer, as Welsh ones are, instead of being misread ("liaisons" as coordination)."""

from __future__ import annotations

from collabtext.lang import passage_from_text
from collabtext.records import Passage, skip_reason
from collabtext.score import Scorer
from collabtext.tag import get_tagger

FRENCH = (
    "Les partenaires assurent la liaison entre les quartiers et le respect des consignes, "
    "avec un engagement clair de la municipalité pour le réseau de transport."
)


def test_french_passage_is_skipped_with_its_reason() -> None:
    p = passage_from_text(FRENCH)
    assert p.lang == "other" and p.english_spans() == ()
    tp = get_tagger().tag_passage(p)
    assert tp.skipped == "other_language" and not tp.evidence
    assert all(not v for v in tp.labels.values())
    assert Scorer().score_passage(p).skipped == "other_language"


def test_english_sentences_of_a_mixed_passage_are_still_read() -> None:
    text = FRENCH + " The council and the health board will pool their budgets for the new hub."
    p = passage_from_text(text)
    spans = p.english_spans()
    assert spans and all(text[s:e].startswith("The council") for s, e in spans)
    tp = get_tagger().tag_passage(p)
    assert tp.skipped is None and tp.evidence
    assert all(e.start >= text.index("The council") for e in tp.evidence)


def test_skip_reasons() -> None:
    assert skip_reason(Passage("p1", "   ")) == "empty"
    assert skip_reason(Passage("p1", "Mae'r bwrdd yn cytuno.", lang="cy")) == "welsh"
    assert skip_reason(Passage("p1", "La séance est ouverte.", lang="other")) == "other_language"


def test_include_welsh_reads_welsh_but_never_other_languages() -> None:
    welsh = "Mae'r cyngor a'r bwrdd iechyd yn cydweithio ar y cynllun newydd ar gyfer y sir."
    fr, cy = passage_from_text(FRENCH), passage_from_text(welsh)
    assert cy.lang == "cy"
    assert fr.english_spans(welsh=True) == () and cy.english_spans(welsh=True)
    scorer = Scorer(include_welsh=True)
    assert scorer.score_passage(fr).skipped == "other_language"
    assert scorer.score_passage(cy).skipped is None
    tp = get_tagger(include_welsh=True).tag_passage(fr)
    assert tp.skipped == "other_language" and not tp.evidence
