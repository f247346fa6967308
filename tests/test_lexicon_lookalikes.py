"""Words of real council minutes that look like collaboration terms but carry no such idea
(found by tagging ../shared/corpus); sentences written for this test."""

from __future__ import annotations

from collabtext.tag import Tagger


def test_a_members_code_of_conduct_is_no_partnership_engagement(tagger: Tagger) -> None:
    tp = tagger.tag_text(
        "The Code of Conduct had been sent to councillors and it was resolved to adopt it."
    )
    assert not tp.labels["themes"] and not tp.labels["dynamics"]
    joint = tagger.tag_text("The partners drew up a shared code of conduct for their meetings.")
    assert "principled_engagement" in joint.labels["dynamics"]


def test_a_tree_cut_down_is_no_financial_pressure(tagger: Tagger) -> None:
    tp = tagger.tag_text("The diseased ash tree is a problem and needs to be cut down soon.")
    assert not tp.labels["factors"]
    money = tagger.tag_text(
        "A cut in funding from Welsh Government means partners struggle to keep the joint team."
    )
    assert "barrier.structures" in money.labels["factors"]


def test_a_bare_evidence_base_heading_is_no_enabler(tagger: Tagger) -> None:
    assert not tagger.tag_text("Evidence Base").labels["factors"]


def test_seconding_a_motion_is_no_secondment(tagger: Tagger) -> None:
    for text in (
        "Proposed by Cllr Jones, seconded by Cllr Evans, the minutes were approved.",
        "The Cabinet Member for Finance seconded the Plan and the report was approved.",
        "It was proposed and seconded that the grant be paid.",
    ):
        tp = tagger.tag_text(text)
        assert not tp.labels["factors"] and not tp.labels["dynamics"], text
        assert tp.labels["power_spectrum"] is None, text
    lent = tagger.tag_text(
        "A planner from the council has been seconded into the health board's estates team."
    )
    assert "enabler.structures" in lent.labels["factors"]


def test_job_titles_and_meeting_furniture_are_no_life_cycle_or_governance(tagger: Tagger) -> None:
    tp = tagger.tag_text("Regular Meeting of the Board of Commissioners of the Housing Authority.")
    assert tp.labels["lifecycle"] is None
    assert not tagger.tag_text("In attendance: the Clerk and two members of the public.").labels[
        "capacity"
    ]
    board = tagger.tag_text("Attendance at board meetings by partners has fallen this year.")
    assert "governance" in board.labels["capacity"]


def test_asking_what_people_think_is_involvement(tagger: Tagger) -> None:
    for text in (
        "We therefore welcome your comments on our Plan.",
        "We talked to people and communities about what matters to them.",
        "Involving a diversity of the population in the decisions that affect them.",
    ):
        assert "involvement" in tagger.tag_text(text).labels["ways_of_working"], text
    assert not tagger.tag_text("The council will involve the police in the review.").labels[
        "ways_of_working"
    ]
