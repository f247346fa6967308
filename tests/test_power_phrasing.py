"""Power-spectrum phrasings added for arrangements told without the textbook keywords, and for
look-alikes that describe no joint working. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from collabtext import power
from collabtext.tag import Tagger
from collabtext.tag_match import Hit


def _level(tagger: Tagger, text: str) -> str | None:
    return tagger.tag_text(text).labels["power_spectrum"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a shared pool of staff competed for is competition, not a pooled budget
        (
            "The two charities are competing for the same pool of volunteers, which has soured "
            "relations.",
            "competition",
        ),
        # matching another body's money, lending an officer, an agreement all have signed
        (
            "The housing association has matched the funding that the council put into the warm "
            "homes scheme.",
            "cooperation",
        ),
        (
            "The health board will second a dietitian to the council's leisure team for a year.",
            "cooperation",
        ),
        (
            "Responsibilities are set out in an agreement signed by all five partners.",
            "cooperation",
        ),
        (
            "The three health boards have brought their stroke services together on one site.",
            "cooperation",
        ),
        # choosing, paying into one pot or deciding between them
        ("Officers from the two councils will choose the sites together.", "collaboration"),
        (
            "The council, the college and the health board will pay into a single fund for "
            "apprenticeships.",
            "collaboration",
        ),
        (
            "It was agreed that the two chairs would decide between them which board leads on "
            "carers.",
            "collaboration",
        ),
        (
            "Board members agreed the vision for the valley at their first workshop.",
            "collaboration",
        ),
        # each doing an agreed share of one plan
        (
            "The Board agreed a division of labour for the winter: the council opens warm spaces "
            "and the health board contacts patients at risk.",
            "coordination",
        ),
        # asking another body for its views
        (
            "The probation service sought the views of the housing association on the new hostel.",
            "consultation",
        ),
    ],
)
def test_arrangements_without_level_keywords(tagger: Tagger, text: str, level: str) -> None:
    assert _level(tagger, text) == level


@pytest.mark.parametrize(
    "text",
    [
        "Priorities for the climate fund were chosen by a citizens' jury of thirty residents.",
        "The community budget was handed to a panel of tenants.",
        "The council agreed in advance to be bound by their recommendation on the route.",
        "Tenants helped write the new repairs policy.",
        "Residents of the four wards will decide how the grant is spent.",
    ],
)
def test_residents_deciding_is_collaboration_with_citizens(tagger: Tagger, text: str) -> None:
    tp = tagger.tag_text(text)
    assert tp.labels["power_spectrum"] == "collaboration"
    # working with citizens is involvement, not the collaboration way of working
    assert "collaboration" not in tp.labels["ways_of_working"]


def test_one_body_under_two_names_counts_once() -> None:
    council = Hit("cue", "", "party", 1, 2, 4, 11, "council")
    authority = Hit("cue", "", "party", 8, 10, 30, 43, "the authority")
    police = Hit("cue", "", "party", 12, 13, 50, 56, "police")
    assert power.distinct_parties([council, authority]) == 1
    assert power.distinct_parties([council, authority, police]) == 2


def test_title_case_hit_is_a_name_but_a_citizens_panel_stays() -> None:
    name = Hit("cat", "power_spectrum", "cooperation", 0, 3, 0, 22, "Working in Partnership")
    prose = Hit("cat", "power_spectrum", "cooperation", 0, 3, 0, 22, "working in partnership")
    panel = Hit("cat", "power_spectrum", "consultation.citizens", 0, 2, 0, 15, "Citizens' Panel")
    assert power.in_title(name)
    assert not power.in_title(prose)
    assert not power.in_title(panel)
    assert power.decide([name], 0).level is None
    assert power.decide([prose], 0).level == "cooperation"


def test_briefing_is_informing_but_a_brief_overview_is_not(tagger: Tagger) -> None:
    # the lemma of "briefed" is "brief": only the lower-case verb forms count as informing
    assert _level(tagger, "The council briefed the health board on its housing plans.") == (
        "consultation"
    )
    assert _level(tagger, "Mrs Price gave a brief overview of her background.") is None
