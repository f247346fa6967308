"""General phrasings the tagger must handle: activity verbs vs nouns, each-its-own coordination,
shared resources, joint bodies with named members, and report/speech-register factors."""

from __future__ import annotations

import pytest

from collabtext.tag import Tagger, get_tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return get_tagger()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an activity word used as a noun describes no joint activity
        (
            "Although the council and the health board had different funding cycles, work went on.",
            None,
        ),
        # the same word used as a verb by named bodies does
        (
            "The council and the health board will fund two wardens for the town centre.",
            "cooperation",
        ),
        ("Each organisation will carry out its own energy audit for the county.", "coordination"),
        (
            "The fire service, police and council will share the cost of two wardens.",
            "collaboration",
        ),
        ("The three charities now recruit, train and place volunteers together.", "collaboration"),
        (
            "The council and the housing association will share one base and one budget.",
            "collaboration",
        ),
        # a board with no named member bodies is context, not an arrangement
        ("The steering group agreed its terms of reference and appointed a chair.", None),
        (
            "A working group will be formed with members from the council and Age Cymru.",
            "cooperation",
        ),
        # describing fragmentation is not coordination
        ("There are five separate transport schemes, each with its own booking line.", None),
    ],
)
def test_power_levels_from_general_phrasings(tagger: Tagger, text: str, level: str | None) -> None:
    assert tagger.tag_text(text).labels["power_spectrum"] == level


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        (
            "Partners could not agree whether the priority should be housing or transport.",
            "barrier.motivations",
        ),
        (
            "Governance rules meant that data could not be shared between the teams.",
            "barrier.structures",
        ),
        ("Staff said there was mistrust between the two agencies.", "barrier.relationships"),
        (
            "The evaluation found that strong relationships between managers made it possible.",
            "enabler.relationships",
        ),
        (
            "Partners agreed to share the risk and the costs of the new service.",
            "enabler.structures",
        ),
    ],
)
def test_factor_phrasings(tagger: Tagger, text: str, factor: str) -> None:
    assert factor in tagger.tag_text(text).labels["factors"]


def test_words_as_nouns_do_not_flip_context_into_barriers(tagger: Tagger) -> None:
    tp = tagger.tag_text(
        "The facilitator proposed that disagreements are about issues, not people."
    )
    assert "barrier.motivations" not in tp.labels["factors"]
