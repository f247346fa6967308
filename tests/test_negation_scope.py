"""Scope interactions: overlapping cues, double negation, lists of negators, emphasis, reported
decisions and embedded questions (collabtext/negation.py), and rule-based labels on passages
with no category hit (collabtext/tag.py). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from collabtext.negation import compute_scopes
from collabtext.records import Passage


@pytest.fixture(scope="module")
def tag(tagger):
    return tagger.tag_text


# --- 1. rules that read cues work without an unrelated category hit -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council and the police will run evening sessions in the town.",
        "The county council and the health board will recruit two wardens.",
    ],
)
def test_generic_joint_verb_needs_no_category_hit(tagger, text: str) -> None:
    doc = tagger.compiled.prepare(tagger.make_doc(text))
    assert not [h for h in tagger.compiled.match(doc, text) if h.kind == "cat"]
    tp = tagger.tag_text(text)
    assert tp.labels["power_spectrum"] == "cooperation"
    assert "collaboration" in tp.labels["ways_of_working"]
    assert any(e.source == "rule" for e in tp.evidence)


def test_passage_without_hits_or_rule_cues_stays_empty(tagger) -> None:
    tp = tagger.tag_text("The weather in the valley was mild for most of the spring.")
    assert not any(tp.labels.values()) and tp.evidence == ()


def test_heading_with_generic_verb_has_no_level(tagger) -> None:
    p = Passage("h1", "The council and the police will run the sessions", kind="heading")
    assert tagger.tag_passage(p).labels["power_spectrum"] is None


# --- 2. overlapping cues: the longest (or the negation) wins ---------------------------------


def test_negation_containing_an_overcome_cue_is_a_negation(tag) -> None:
    tp = tag("Trust between the two teams had broken down over the summer.")
    assert tp.labels["factors"] == ("barrier.relationships",)
    assert not any(e.overcome for e in tp.evidence)


def test_post_negation_reaches_back_over_a_long_subject(tag) -> None:
    tp = tag("Trust between the county council and the health board staff had broken down.")
    assert tp.labels["factors"] == ("barrier.relationships",)


def test_overcome_cues_still_overcome(tag) -> None:
    tp = tag("The old silos have been broken down.")
    assert set(tp.labels["factors"]) == {"barrier.structures", "enabler.structures"}


def test_overlap_unit(nlp) -> None:
    doc = nlp.make_doc("trust had broken down over the row")
    sc = compute_scopes(doc, [("post_negation", 1, 4), ("overcome", 2, 4)])
    assert sc.negation[0] and not sc.overcome[4:].any()


# --- 3. double negation; a cue inside another's scope starts its own ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Good working relationships between the agencies must not be lost.",
        "The staff of the two teams did not lack trust in each other.",
    ],
)
def test_negated_negative_cue_is_positive(tag, text: str) -> None:
    f = tag(text).labels["factors"]
    assert "enabler.relationships" in f and "barrier.relationships" not in f


def test_not_a_barrier_leaves_the_joint_work_unnegated(tag) -> None:
    tp = tag("Distance is not a barrier to joint working between the two councils.")
    assert not any(e.negated for e in tp.evidence if e.term.lower() == "joint working")


def test_repeated_negator_negates_each_item(nlp) -> None:
    doc = nlp.make_doc("the group has no budget and no say in decisions")
    sc = compute_scopes(doc, [("negation", 3, 4), ("negation", 6, 7)])
    assert sc.negation[4] and sc.negation[5]  # "budget and"
    assert not sc.negation[6]  # the second "no" is not negated by the first
    assert sc.negation[7] and sc.negation[8]  # "say in" by the second


def test_double_negation_unit(nlp) -> None:
    doc = nlp.make_doc("trust should not be lost")
    sc = compute_scopes(doc, [("negation", 2, 3), ("post_negation", 3, 5)])
    assert not sc.negation[0] and not sc.negation[1]


# --- 4. hedges: reported decisions, proposals accepted, embedded questions, emphasis -----------


@pytest.mark.parametrize(
    "text",
    [
        "Members agreed that the council could pool budgets with the health board.",
        "It was agreed that the council might pool budgets with the health board.",
        "The board resolved that the council should pool budgets with the health board.",
    ],
)
def test_modal_after_a_reported_decision_is_committed(tag, text: str) -> None:
    tp = tag(text)
    assert "enabler.structures" in tp.labels["factors"]
    assert tp.labels["power_spectrum"] == "collaboration"


@pytest.mark.parametrize(
    "text",
    [
        "The council could pool budgets with the health board.",
        "The council might pool budgets with the health board.",
        "If partners agree, the council could pool budgets with the health board.",
        "Members agreed that the council would like to explore pooling budgets with the board.",
        "We would like to pool budgets with the health board.",
        "Partners could explore a pooled budget.",
    ],
)
def test_true_hedges_stay_hedged(tag, text: str) -> None:
    tp = tag(text)
    assert "enabler.structures" not in tp.labels["factors"]
    assert tp.labels["power_spectrum"] is None


def test_accepted_proposal_is_a_decision(tag) -> None:
    done = tag("The director proposed a joint post for the two services, and members agreed.")
    assert "enabler.structures" in done.labels["factors"]
    approved = tag("Members approved the proposed pooled budget of the council and the board.")
    assert approved.labels["power_spectrum"] == "collaboration"
    # minutes often record the acceptance as a short sentence of its own
    next_ = tag("The director proposed a joint post for the two services. This was agreed.")
    assert "enabler.structures" in next_.labels["factors"]
    accepted = tag("The facilitator proposed a pooled budget for the two teams. Members accepted it.")
    assert accepted.labels["power_spectrum"] == "collaboration"
    # a long next sentence is other business, not the acceptance
    later = tag(
        "The director proposed a joint post for the two services. Members agreed that the "
        "minutes of the last meeting were a true record of what had been discussed then."
    )
    assert "enabler.structures" not in later.labels["factors"]
    # a proposal nobody is reported to accept stays a hedge
    open_ = tag("The director proposed that the council and the board pool their budgets.")
    assert open_.labels["power_spectrum"] is None


def test_month_may_is_not_a_hedge(tag) -> None:
    tp = tag("In May the council and the health board agreed to pool budgets.")
    assert tp.labels["power_spectrum"] == "collaboration"


def test_modal_in_embedded_question_hedges_only_the_question(tag) -> None:
    tp = tag(
        "The dispute about who should chair the group had been settled, and the two teams "
        "now share an office."
    )
    assert "barrier.relationships" in tp.labels["factors"]
    assert "enabler.relationships" in tp.labels["factors"]


def test_relative_pronoun_does_not_end_a_backward_scope(nlp) -> None:
    doc = nlp.make_doc("the dispute over who should pay had been settled")
    sc = compute_scopes(doc, [("hedge", 4, 5), ("post_overcome", 6, 9)])
    assert sc.overcome[1]  # "dispute"
    assert sc.hedge[5] and not sc.hedge[6]  # "pay" hedged, "had" not


@pytest.mark.parametrize(
    "text",
    [
        "It is hard to overstate how much trust the joint visits built between the teams.",
        "It would be difficult to overstate the trust between the two teams.",
    ],
)
def test_emphatic_negation_is_not_a_negation(tag, text: str) -> None:
    tp = tag(text)
    assert "enabler.relationships" in tp.labels["factors"]
    assert "barrier.relationships" not in tp.labels["factors"]


# --- "could" hedges, "can" does not (the lookup lemma of "could" is "can") ------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The council and the health board can now pool budgets for the hub.", "collaboration"),
        ("The council and the health board could pool budgets for the hub.", None),
        ("In future the council and the health board could still pool budgets.", None),
    ],
)
def test_could_hedges_but_can_states(tagger, text: str, level: str | None) -> None:
    assert tagger.tag_text(text).labels["power_spectrum"] == level


def test_cannot_still_negates(tagger) -> None:
    tp = tagger.tag_text("The council cannot pool budgets with the health board.")
    assert "barrier.structures" in tp.labels["factors"]
    assert "enabler.structures" not in tp.labels["factors"]
