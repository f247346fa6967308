# ruff: noqa: E501 - one example sentence per line reads better than wrapped strings
"""Barriers and enablers (factors) phrased the many ways documents phrase them, and look-alikes
that are no factor at all. Sentences written for this test; none is taken from gold or corpus."""

from __future__ import annotations

import pytest

from collabtext.tag import get_tagger


def factors(text: str) -> set[str]:
    return set(get_tagger().tag_text(text).labels["factors"])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # enabler.structures: pooled money, merged grants, rotating chair, who does what
        ("Each of the four bodies will transfer £30,000 into a single carers fund.", "enabler.structures"),
        ("Partners pay into one warm homes programme and choose the streets together.", "enabler.structures"),
        ("The three funders merged their grants into one award for the play scheme.", "enabler.structures"),
        ("The chair of the group will rotate every two years between the members.", "enabler.structures"),
        ("The two services agreed who does what on hospital discharge.", "enabler.structures"),
        ("Each member committed a share of their budgets to the scheme.", "enabler.structures"),
        ("The councils split the running costs between them.", "enabler.structures"),
        ("Hub staff now have read access to both case systems.", "enabler.structures"),
        # barrier.structures: funding periods, HR, systems, procurement, data release
        ("The grants for the project run to different end dates.", "barrier.structures"),
        ("The two pension schemes could not be reconciled, so the post was never filled.", "barrier.structures"),
        ("Our booking systems don't talk to each other.", "barrier.structures"),
        ("The housing software could not read the referrals sent by the clinic.", "barrier.structures"),
        ("There is no way to move money between the two budgets.", "barrier.structures"),
        ("The police were unable to release the incident data to the council.", "barrier.structures"),
        ("The advisers are funded only until next March, which is a real problem.", "barrier.structures"),
        # barrier.relationships: churn, stress, heated meetings, domination, distance
        ("The authority is now on its fifth director since 2019.", "barrier.relationships"),
        ("Half of the team are off with stress this winter.", "barrier.relationships"),
        ("The debate became heated and the item was deferred.", "barrier.relationships"),
        ("Meetings were dominated by the largest organisations.", "barrier.relationships"),
        ("The youth team is across town from the school nurses and they hardly ever speak.", "barrier.relationships"),
        # barrier.motivations: letting go, other priorities, work done anyway, attendance
        ("The finance team found it hard to let go of the budget.", "barrier.motivations"),
        ("Most of the actions were things partners would have done anyway.", "barrier.motivations"),
        ("The new manager had other priorities.", "barrier.motivations"),
        ("Attendance at the group has fallen to three organisations.", "barrier.motivations"),
        ("Two directors insisted on signing off every grant personally.", "barrier.motivations"),
        # enabler.motivations: outcomes over counting, purpose, buy-in won
        ("We will judge the scheme by what happens to people, not by the number of leaflets.", "enabler.motivations"),
        ("The scheme was built by listening to what tenants said they needed.", "enabler.motivations"),
        ("The design workshops won most of the sceptics over.", "enabler.motivations"),
        ("Members finally agreed what the partnership is for.", "enabler.motivations"),
        # listening to all stakeholders: what people told the board, every partner heard
        ("What young people told us last summer is now the first page of the plan.", "enabler.motivations"),
        ("What we heard from carers at the drop-in sessions led to a new helpline.", "enabler.motivations"),
        ("At the workshop each organisation spoke in turn before anything was decided.", "enabler.motivations"),
        ("All participants had their say on the draft objectives.", "enabler.motivations"),
        # enabler.relationships: openness, meeting informally, time with each other, co-location
        ("The discussion was constructive and every partner offered something.", "enabler.relationships"),
        ("New directors spend a day with each of the other chief officers.", "enabler.relationships"),
        ("Officers met their neighbours over the border informally.", "enabler.relationships"),
        ("The next meetings will be held at each other's premises.", "enabler.relationships"),
        ("The nurses and the social workers now share an office.", "enabler.relationships"),
        ("Staff from both teams work side by side in the hub.", "enabler.relationships"),
        ("The chiefs agreed always to tell each other bad news first.", "enabler.relationships"),
    ],
)
def test_phrasing_gives_factor(text: str, label: str) -> None:
    assert label in factors(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # names, headings and plain facts
        ("Partnership Agreement: tenants will receive a new handbook.", "enabler.structures"),
        ("The leisure trust runs the swimming pools and the pools are busy.", "enabler.structures"),
        ("The Act places a statutory duty on each public body.", "enabler.structures"),
        ("The two clubs submitted a joint bid for a new pitch.", "enabler.structures"),
        ("The council will complete its restructure by October.", "barrier.relationships"),
        ("The Chair welcomed the new chief executive to the meeting.", "barrier.relationships"),
        ("Members stressed the importance of giving the same message.", "barrier.relationships"),
        ("The charities competed for the same lottery grant last year.", "barrier.structures"),
        ("The council will fund cycle training for its own staff.", "barrier.structures"),
        ("The figures were set side by side in one table.", "enabler.relationships"),
        ("Staff will be trained in facilitation.", "enabler.relationships"),
        # another framework's idea: agreeing priorities or sharing risk is a theme, not a factor
        ("Partners agreed three shared priorities for the next five years.", "enabler.motivations"),
        ("Partners agreed to share the risk of the new approach.", "enabler.structures"),
        # putting something into a programme is a contribution, not a pooled fund
        ("Each partner has put something into the programme.", "enabler.structures"),
        # "won over £2m" is money, not buy-in
        ("The partnership won over £2m from the lottery.", "enabler.motivations"),
        # a secretariat's name is not backing from the board
        ("For a large-print copy, write to the Public Services Board support team.", "enabler.motivations"),
        # "what the figures told us" is evidence about an area, not stakeholders heard
        ("What the census told us about the ageing population was no surprise.", "enabler.motivations"),
    ],
)
def test_look_alike_gives_no_factor(text: str, absent: str) -> None:
    assert absent not in factors(text)


def test_negated_enabler_phrasing_flips_to_barrier() -> None:
    # "never won over" is missing buy-in; "no idea whom to ring" is not knowing each other
    assert factors("Front-line staff were never won over to the new hub.") == {"barrier.motivations"}
    assert "barrier.relationships" in factors("Staff had no idea whom to ring in the other agency.")


def test_still_low_negates_trust() -> None:
    got = factors("Trust between the two teams is still low.")
    assert "barrier.relationships" in got
    assert "enabler.relationships" not in got
