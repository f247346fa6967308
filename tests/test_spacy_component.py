"""The registered spaCy component sets span groups and Doc/Span extensions."""

from __future__ import annotations

import spacy

import collabtext.spacy_component  # noqa: F401 - registers the factory


def test_component_sets_spans_and_extensions() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("collabtext_tagger")
    doc = nlp("Partners will pool their budgets. There is still no shared vision.")
    assert doc._.collabtext_labels["power_spectrum"] == "collaboration"
    assert "barrier.motivations" in doc._.collabtext_labels["factors"]
    labels = {s.label_ for s in doc.spans["collabtext"]}
    assert {
        "factors:enabler.structures",
        "factors:barrier.motivations",
        "themes:common_purpose",
    } <= labels
    span = next(s for s in doc.spans["collabtext"] if s.label_ == "factors:barrier.motivations")
    assert span.text == "shared vision"
    assert any(
        e["negated"] and e["category"] == "barrier.motivations" for e in span._.collabtext_evidence
    )
    assert all(tok.lemma_ == "" for tok in doc)  # the user's doc annotations are untouched


def test_component_config_span_key() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("collabtext_tagger", config={"span_key": "ct"})
    doc = nlp("Partners lack trust.")
    assert [s.label_ for s in doc.spans["ct"] if s.label_.startswith("factors")] == [
        "factors:barrier.relationships"
    ]
