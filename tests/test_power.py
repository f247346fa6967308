"""Power-spectrum levels for joint arrangements described without a level term, and null cases.

Every sentence here is written for this file (not taken from any labelled set): paraphrases of each
level's definition, the way public-service writing often describes joint work in plain words.
"""

from __future__ import annotations

import pytest

from collabtext import power
from collabtext.records import Passage
from collabtext.tag import Tagger
from collabtext.tag_match import Hit


def _level(tagger: Tagger, text: str) -> str | None:
    return tagger.tag_text(text).labels["power_spectrum"]


@pytest.mark.parametrize(
    "text",
    [
        "Health visitors will pass the details of any family in rent arrears to the council's "
        "tenancy support officers within two working days.",
        "Community nurses and the fire service now send each other a list of housebound patients "
        "every Monday.",
        "Paramedics who attend a fall at home will refer the person to the council's occupational "
        "therapists before leaving.",
        "Schools will tell the youth service about any pupil who stops attending.",
        "It was agreed that the health board would send the council a weekly list of people "
        "waiting to leave hospital.",
        "The library service and the adult learning team have moved their course dates so that "
        "learners can attend both.",
    ],
)
def test_information_and_referral_is_coordination(tagger: Tagger, text: str) -> None:
    assert _level(tagger, text) == "coordination"


@pytest.mark.parametrize(
    "text",
    [
        "The council has lent a floor of its offices to the citizens advice team.",
        "Three charities and the council each pay a third of the coordinator's salary.",
        "The health board and three local charities will fund the debt advice service between "
        "them for three years.",
        "The leisure trust will offer its sports halls rent-free to the youth clubs on weekday "
        "evenings.",
    ],
)
def test_contributed_resources_are_cooperation(tagger: Tagger, text: str) -> None:
    assert _level(tagger, text) == "cooperation"


@pytest.mark.parametrize(
    "text",
    [
        "The council and the health board will put their carers' budgets into a single pot.",
        "The fire service and social workers now share one manager and one set of case notes.",
        "A single county-wide advice line, run on behalf of all five partners, replaces the "
        "separate numbers.",
        "The four councils have handed their trading standards work to one regional service.",
    ],
)
def test_acting_as_one_is_collaboration(tagger: Tagger, text: str) -> None:
    assert _level(tagger, text) == "collaboration"


@pytest.mark.parametrize(
    "text",
    [
        "Partners would like to work together more in future if funding allows.",
        "Partners could explore whether a shared office might be possible next year.",
        "It might be possible for the police and the council to pass on referrals one day.",
        "The minutes of the previous meeting were agreed as an accurate record.",
        "The council and the health board have very different cultures and budgets.",
        "Teachers said that pupils are more anxious than before the pandemic.",
        "Please refer to the appendix for the full list of actions.",
        "The council will send its annual report to the Minister in October.",
    ],
)
def test_no_concrete_joint_activity_stays_null(tagger: Tagger, text: str) -> None:
    assert _level(tagger, text) is None


def test_shared_activity_needs_two_parties(tagger: Tagger) -> None:
    # One body referring people on is its own business, not joint work.
    assert _level(tagger, "The council will refer the matter to its audit committee.") is None


def test_reported_would_commits_but_would_be_still_hedges(tagger: Tagger) -> None:
    done = "It was agreed that the police would refer callers to the council's housing officers."
    maybe = "Members agreed it would be helpful if the police referred callers to housing officers."
    assert _level(tagger, done) == "coordination"
    assert _level(tagger, maybe) is None


def test_collaboration_way_of_working_follows_the_level(tagger: Tagger) -> None:
    joint = tagger.tag_text(
        "Schools will tell the youth service about any pupil who stops attending."
    )
    asked = tagger.tag_text(
        "The council wrote to the health board and the police asking for comments on the draft."
    )
    assert "collaboration" in joint.labels["ways_of_working"]
    assert asked.labels["power_spectrum"] == "consultation"
    assert "collaboration" not in asked.labels["ways_of_working"]


def test_resource_given_is_not_a_second_party(tagger: Tagger) -> None:
    # The youth worker is what the Board provides, so no second organisation is named.
    text = "The Board will provide a trained youth worker at every session of the panel."
    assert _level(tagger, text) is None


def test_decide_takes_highest_joint_level_over_competition() -> None:
    hits = [
        Hit("cat", "power_spectrum", "competition", 0, 2, 0, 10, "rival bids"),
        Hit("cat", "power_spectrum", "coordination", 5, 6, 30, 40, "liaise"),
    ]
    dec = power.decide(hits, 2)
    assert dec.level == "coordination"
    assert [h.category for h in dec.evidence] == ["coordination"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # contributions to one piece of work, in words with no level term
        (
            "The four councils have each set aside part of their grant for the same scheme.",
            "cooperation",
        ),
        (
            "The housing association offered its empty shops and the college its tutors.",
            "cooperation",
        ),
        ("All partners signed up to the litter campaign in its first month.", "cooperation"),
        ("Partners have agreed a common aim for the new youth strategy.", "cooperation"),
        # acting as one, named more exactly than the generic "work with"
        (
            "The council will work with the health board to put their staff into one falls team.",
            "collaboration",
        ),
        ("The two councils now split the cost of the warden between them.", "collaboration"),
        ("The charities and the council will deal with each tenant as one team.", "collaboration"),
        (
            "It was agreed that the two councils' road safety budgets would be merged next year.",
            "collaboration",
        ),
        # passing names on between bodies is coordination
        (
            "Pharmacies will pass the names of isolated customers to the befriending charity.",
            "coordination",
        ),
        # asking or informing partners is consultation
        (
            "The water company will advise the council on drainage before new estates are built.",
            "consultation",
        ),
        (
            "The council has written to all partners informing them of the new meeting dates.",
            "consultation",
        ),
        # price competition and separate applications
        ("Three charities applied separately to the same trust for a food project.", "competition"),
        ("Home care agencies competed on price for the new county contract.", "competition"),
    ],
)
def test_new_phrasings_of_each_level(tagger: Tagger, text: str, level: str) -> None:
    assert _level(tagger, text) == level


@pytest.mark.parametrize(
    "text",
    [
        # a worry about signing up, and a plan with no agreement yet
        "My fear is that we'll sign up to yet another plan and nothing will change.",
        "Partners have not yet agreed what outcomes they want from the youth work.",
        # one body's own business, even with a "one" or "single" in it
        "The council's single application form for parking permits is now online.",
        "The council will review the travel policy for its own staff.",
        # collective nouns of one body are not two parties
        "Council staff said their offices were too cold in winter.",
        "Short grants stop partners committing to anything beyond one year.",
        # a service delivered to people, not an arrangement between bodies
        "Youth workers will work with families on the estate.",
        "Staff working with older people will be trained in falls prevention.",
        # a level word in a title or a body's name
        "Working in Partnership for Cleaner Rivers: the council will clear litter from its own "
        "riverbanks.",
        "The Regional Partnership Board published its annual report in July.",
    ],
)
def test_hard_negatives_stay_null(tagger: Tagger, text: str) -> None:
    assert _level(tagger, text) is None


def test_plural_cue_counts_only_plural_words() -> None:
    one = Hit("cue", "", "party", 1, 2, 4, 11, "council")
    one_pl = Hit("cue", "", "plural_party", 1, 2, 4, 11, "council")
    many = Hit("cue", "", "party", 1, 2, 4, 12, "councils")
    many_pl = Hit("cue", "", "plural_party", 1, 2, 4, 12, "councils")
    assert power.distinct_parties([one, one_pl]) == 1
    assert power.distinct_parties([many, many_pl]) == 2


def test_one_body_working_together_across_its_parts(tagger: Tagger) -> None:
    text = "The police will run the new call handling service together across their departments."
    tp = tagger.tag_text(text)
    assert tp.labels["power_spectrum"] == "cooperation"
    assert "collaboration" in tp.labels["ways_of_working"]


def test_service_user_perspective_needs_the_people_whose_views_they_are(tagger: Tagger) -> None:
    """A consultation with named people gives their perspective a voice; the bare word, as in a
    meeting item about the consultation timetable, is consultation and involvement only."""
    bare = tagger.tag_passage(
        Passage("p1", "Officers will seek approval of the consultation timeline in June.")
    )
    named = tagger.tag_passage(
        Passage("p2", "We will ask residents and young people for their views through a survey.")
    )
    assert bare.labels["power_spectrum"] == "consultation"
    assert "service_user_perspective" not in bare.labels["themes"]
    assert named.labels["themes"] == ("service_user_perspective",)
    assert "involvement" in named.labels["ways_of_working"]
