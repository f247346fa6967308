"""Negation scope, cancelling, hedging and "barrier overcome" (gold/FORMAT.md rules)."""

from __future__ import annotations

import pytest

from collabtext.tag import get_tagger


@pytest.fixture(scope="module")
def tag():
    return get_tagger().tag_text


def test_still_no_shared_vision_is_topic_plus_barrier(tag) -> None:
    tp = tag("There is still no shared vision for the county.")
    assert "common_purpose" in tp.labels["themes"]
    assert tp.labels["factors"] == ("barrier.motivations",)
    ev = [e for e in tp.evidence if e.framework == "factors"]
    assert ev and all(e.negated for e in ev) and ev[0].term == "shared vision"


def test_lack_of_trust_flips_enabler(tag) -> None:
    assert tag("Partners lack trust in each other.").labels["factors"] == ("barrier.relationships",)
    assert tag("There is a lack of trust between partners.").labels["factors"] == (
        "barrier.relationships",
    )


def test_plain_enabler_is_not_negated(tag) -> None:
    tp = tag("Trust between partners has grown this year.")
    assert tp.labels["factors"] == ("enabler.relationships",)
    assert not any(e.negated for e in tp.evidence)


def test_scope_stops_at_clause_boundary(tag) -> None:
    tp = tag("There is no funding gap, but partners trust each other.")
    assert "enabler.relationships" in tp.labels["factors"]
    assert "barrier.relationships" not in tp.labels["factors"]


def test_not_aware_of_any_barriers_is_neither(tag) -> None:
    assert tag("She was not aware of any barriers to sharing the data.").labels["factors"] == ()


def test_barrier_overcome_gives_barrier_and_enabler(tag) -> None:
    tp = tag(
        "Moving both teams into one building ended the problem of staff working from "
        "separate offices."
    )
    assert set(tp.labels["factors"]) == {"barrier.relationships", "enabler.relationships"}
    assert any(e.overcome and e.category == "barrier.relationships" for e in tp.evidence)


def test_post_overcome(tag) -> None:
    tp = tag("The old silos have been broken down.")
    assert set(tp.labels["factors"]) == {"barrier.structures", "enabler.structures"}


def test_hedged_enabler_is_not_an_enabler(tag) -> None:
    tp = tag("The Chair asked officers to explore whether a pooled budget could be set up.")
    assert "enabler.structures" not in tp.labels["factors"]
    assert tp.labels["power_spectrum"] is None


def test_barrier_needing_problem_frame(tag) -> None:
    assert (
        tag("The council and two charities submitted separate bids to the fund.").labels["factors"]
        == ()
    )
    tp = tag(
        "Members were concerned that the council and two charities submitted separate bids "
        "to the fund."
    )
    assert tp.labels["factors"] == ("barrier.structures",)


def test_negated_way_of_working_dropped(tag) -> None:
    assert (
        "involvement"
        not in tag("There was no engagement with residents.").labels["ways_of_working"]
    )


def test_scopes_unit(nlp) -> None:
    from collabtext.negation import compute_scopes

    doc = nlp.make_doc("no shared vision , but trust")
    sc = compute_scopes(doc, [("negation", 0, 1)])
    assert sc.negation[1] and sc.negation[2] and not sc.negation[5]
    doc = nlp.make_doc("no shared vision , trust is lacking")
    sc = compute_scopes(doc, [("post_negation", 5, 7)])
    assert sc.negation[4] and not sc.negation[2]


@pytest.mark.parametrize(
    "text",
    [
        "The two managers hardly ever talk to each other.",
        "Staff in the two teams barely speak to each other.",
    ],
)
def test_near_negatives_flip_an_enabler(tag, text: str) -> None:
    assert tag(text).labels["factors"] == ("barrier.relationships",)


def test_yet_to_makes_a_barrier_and_keeps_the_topic(tag) -> None:
    tp = tag("The board has yet to agree a shared vision.")
    assert tp.labels["factors"] == ("barrier.motivations",)
    assert "common_purpose" in tp.labels["themes"]


@pytest.mark.parametrize(
    "text",
    [
        "The old rivalry between the two councils has been settled.",
        "Mistrust between the agencies is behind us.",
        "A year of joint visits turned around the old suspicion between the teams.",
    ],
)
def test_paraphrased_overcome_gives_barrier_and_enabler(tag, text: str) -> None:
    assert set(tag(text).labels["factors"]) == {"barrier.relationships", "enabler.relationships"}


def test_agreed_that_would_is_a_decision_not_a_hedge(tag) -> None:
    tp = tag("Members agreed that the three bodies would each pay a third of the cost.")
    assert "enabler.structures" in tp.labels["factors"]
    # a plain "would" with no decision before it still hedges the enabler away
    assert tag("The three bodies would each pay a third of the cost.").labels["factors"] == ()


def test_noun_end_is_not_an_overcome_cue(tag) -> None:
    tp = tag("At the end of the grant, partners still lacked trust.")
    assert tp.labels["factors"] == ("barrier.relationships",)


def test_not_yet_keeps_the_clause_negated():
    """"yet" joins clauses, but after a negator it is an adverb: "have not yet agreed a shared
    vision" is a barrier, while "..., yet the budgets remain separate" starts a new clause."""
    from collabtext.records import Passage
    from collabtext.tag import get_tagger

    t = get_tagger()
    neg = t.tag_passage(Passage("p1", "Partners have not yet agreed a shared vision."))
    assert neg.labels["factors"] == ("barrier.motivations",)
    pos = t.tag_passage(Passage("p2", "Partners trust each other, yet budgets stay separate."))
    assert "enabler.relationships" in pos.labels["factors"]
