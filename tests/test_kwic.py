"""Concordance lines by category (tagger evidence) and by term (text search)."""

from __future__ import annotations

import pytest

from collabtext.kwic import category_matches, kwic_document, term_pattern
from collabtext.records import Document, Passage

DOC = Document(
    path="x.txt",
    sha256="0",
    format="text",
    passages=(
        Passage(
            id="p0001",
            page=2,
            section=("Objective 1", "Steps"),
            text="The council and the health board will pool their budgets for carers.",
        ),
        Passage(
            id="p0002", page=3, text="There is still no shared vision, and co-ordination is poor."
        ),
        Passage(id="p0003", page=3, text="Rydym yn cydweithio.", lang="cy"),
    ),
)


def test_kwic_by_category_has_page_section_and_context() -> None:
    r = kwic_document(DOC, category="enabler.structures")
    assert len(r.lines) == 1
    ln = r.lines[0]
    assert (ln.passage_id, ln.page, ln.section, ln.match) == (
        "p0001",
        2,
        ("Objective 1", "Steps"),
        "pool their budgets",
    )
    assert ln.left.endswith("health board will") and ln.right.startswith("for carers")
    assert r.to_dict()["lines"][0]["category"] == "enabler.structures"


def test_kwic_category_forms_and_negation_flag() -> None:
    neg = kwic_document(DOC, category="factors.barrier.motivations").lines
    assert neg and neg[0].negated and neg[0].match == "shared vision"
    assert kwic_document(DOC, category="factors:barrier.motivations").lines == neg
    assert {ln.category for ln in kwic_document(DOC, category="power_spectrum").lines} >= {
        "collaboration"
    }


def test_kwic_by_term_with_wildcard_skips_welsh() -> None:
    r = kwic_document(DOC, term="co-ordinat*")
    assert [ln.match for ln in r.lines] == ["co-ordination"]
    assert kwic_document(DOC, term="cydweithio").lines == ()
    assert len(kwic_document(DOC, term="cydweithio", include_welsh=True).lines) == 1


def test_helpers() -> None:
    assert category_matches(
        "barrier.structures", "factors", "barrier.structures.competition", "barrier.structures"
    )
    assert not category_matches("themes", "factors", "barrier.structures", "barrier.structures")
    assert term_pattern("pooled budget*").search("two POOLED   budgets")
    with pytest.raises(ValueError):
        kwic_document(DOC)
