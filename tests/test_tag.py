"""Tagging: power levels, evidence offsets, Welsh skipping, documents and summaries."""

from __future__ import annotations

import pytest

from collabtext.records import Document, Passage, Sentence
from collabtext.tag import Tagger, tag_document


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Powys County Council will resurface 18 km of rural roads through its own highways programme.",
            None,
        ),
        ("The Board consulted the health board and NRW on the draft objectives.", "consultation"),
        ("Residents were invited to an online survey about the draft plan.", "consultation"),
        (
            "The police and the council will each keep their own patrols but share a weekly tasking list.",
            "coordination",
        ),
        ("Partners will align their resources behind a single referral route.", "cooperation"),
        (
            "Housing and social services will deliver joint training for front-line staff.",
            "cooperation",
        ),
        (
            "The council and the health board will pool their budgets and jointly commission the service.",
            "collaboration",
        ),
        (
            "Midwives and health visitors will form an integrated team under a section 33 agreement.",
            "collaboration",
        ),
        ("The council and two charities submitted rival bids for the same fund.", "competition"),
        (
            "Until now the agencies competed for the same grants; from 2025 they will make a joint bid.",
            "collaboration",
        ),
        ("We believe that collaboration is vital for the future of our communities.", None),
    ],
)
def test_power_levels(tagger: Tagger, text: str, level: str | None) -> None:
    assert tagger.tag_text(text).labels["power_spectrum"] == level


def test_collaboration_way_of_working_follows_power(tagger: Tagger) -> None:
    assert (
        "collaboration" in tagger.tag_text("Partners will pool budgets.").labels["ways_of_working"]
    )
    tp = tagger.tag_text("The Board consulted the health board on the plan.")
    assert "collaboration" not in tp.labels["ways_of_working"]


def test_evidence_offsets_point_at_terms(tagger: Tagger) -> None:
    text = (
        "Objective 1: Homes.  We will create a pooled budget, and there is still no shared vision."
    )
    tp = tagger.tag_text(text)
    assert tp.evidence
    for e in tp.evidence:
        assert text[e.start : e.end] == e.term
    assert {e.framework for e in tp.evidence} >= {"power_spectrum", "factors", "themes"}


def test_objective_title_is_not_evidence(tagger: Tagger) -> None:
    tp = tagger.tag_text(
        "Objective 3 – Working together for a greener county. Step 3.1: The council will "
        "replace streetlights through its own programme."
    )
    assert tp.labels["power_spectrum"] is None and tp.labels["ways_of_working"] == ()


def test_longest_match_wins_within_framework(tagger: Tagger) -> None:
    tp = tagger.tag_text("The partners agreed a data sharing agreement.")
    terms = [e.term for e in tp.evidence if e.framework == "factors"]
    assert "data sharing agreement" in terms and "data sharing" not in terms


def test_welsh_passage_skipped_unless_included(tagger: Tagger) -> None:
    p = Passage(id="p1", text="Byddwn yn cronni cyllidebau.", lang="cy")
    assert tagger.tag_passage(p).skipped == "welsh"
    assert tagger.tag_passages([p], include_welsh=True)[0].skipped is None


def test_mixed_passage_analyses_english_sentences_only(tagger: Tagger) -> None:
    cy = "Bydd partneriaid yn cronni cyllidebau a rhannu data. "
    en = "Trust between partners has grown."
    p = Passage(
        id="p1",
        text=cy + en,
        sentences=(Sentence(0, len(cy), "cy"), Sentence(len(cy), len(cy + en), "en")),
    )
    tp = tagger.tag_passage(p)
    assert tp.labels["factors"] == ("enabler.relationships",)
    assert all(e.start >= len(cy) for e in tp.evidence)
    assert p.text[tp.evidence[0].start : tp.evidence[0].end] == tp.evidence[0].term


def test_tag_document_summary_and_batching(tagger: Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    import collabtext.tag as tagmod

    monkeypatch.setattr(tagmod, "BATCH_CHARS", 60)  # force several batches
    texts = [
        "The council and the health board will pool their budgets.",
        "Minutes were approved.",
        "Partners lack trust.",
        "Byddwn yn gweithio gyda'n gilydd.",
    ]
    ps = tuple(
        Passage(id=f"p{i}", text=t, lang="cy" if i == 3 else "en") for i, t in enumerate(texts)
    )
    r = tag_document(Document(path="x.txt", sha256="0", format="text", passages=ps), tagger=tagger)
    assert [tp.passage.id for tp in r.passages] == ["p0", "p1", "p2", "p3"]
    s = r.summary
    assert (s["analysed"], s["skipped"], s["collaboration_passages"]) == (3, 1, 1)
    assert s["collaboration_share"] == round(1 / 3, 4)
    assert s["counts"]["factors"] == {"barrier.relationships": 1, "enabler.structures": 1}
    d = r.to_dict()
    assert d["lexicon"]["sha256"] == tagger.info.sha256 and d["schema_version"] == "1"
    assert d["passages"][0]["labels"]["power_spectrum"] == "collaboration"
    assert {"framework", "category", "term", "start", "end", "negated", "score"} <= set(
        d["passages"][0]["evidence"][0]
    )


def test_empty_and_whitespace_passages(tagger: Tagger) -> None:
    out = tagger.tag_passages([Passage(id="a", text=""), Passage(id="b", text="   ")])
    assert [tp.skipped for tp in out] == ["empty", "empty"]
