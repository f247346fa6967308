"""Statutory boilerplate of the 2015 Act is recognised loosely and kept out of plan counts."""

# ruff: noqa: E501 - fixture sentences read better unwrapped

from __future__ import annotations

import pytest

from collabtext.boilerplate import (
    GOALS,
    boilerplate_reason,
    find_boilerplate,
    goals_in,
    is_boilerplate_heading,
    strip_boilerplate,
)
from collabtext.records import Document, Passage


def test_seven_goals_in_the_acts_words() -> None:
    assert len(GOALS) == 7
    assert goals_in(" ".join(name for name, _ in GOALS)) == tuple(name for name, _ in GOALS)


@pytest.mark.parametrize(
    "text",
    [
        "A prosperous Wales: an innovative, productive and low carbon society.",
        "A more prosperous Wales – an economy that works for all.",
        "A Wales of cohesive communities",
        "Contribution to the well-being goals: A healthier Wales; A more equal Wales; A resilient Wales",
        "Long term: balancing short-term needs with the need to safeguard the ability to also meet long-term needs.",
        "Involvement – involving people with an interest in achieving the goals.",
        "Public bodies must act so that the needs of the present are met without compromising the ability of future generations to meet their own needs.",
        "The Act also sets out the sustainable development principle.",
        "The Well-being of Future Generations (Wales) Act 2015 requires public bodies to think about the long term.",
    ],
)
def test_recognised(text: str) -> None:
    assert boilerplate_reason(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Council and the Health Board will pool budgets to build a more prosperous Wales from 2024.",
        "We will involve residents in long-term decisions about the river.",
        "Prevention is better than cure, so the team will start early.",
    ],
)
def test_plans_own_words_not_boilerplate(text: str) -> None:
    assert boilerplate_reason(text) is None


def test_headings() -> None:
    for h in (
        "The seven well-being goals",
        "The five ways of working",
        "Well-being of Future Generations (Wales) Act 2015",
        "Y saith nod llesiant",
    ):
        assert is_boilerplate_heading(h)
    assert not is_boilerplate_heading("Objective 1: Good jobs")


def test_section_under_statutory_heading_is_skipped_until_next_heading() -> None:
    ps = (
        Passage(
            "p1", "The Well-being of Future Generations (Wales) Act 2015", kind="heading", level=1
        ),
        Passage("p2", "The Act puts in place seven goals."),
        Passage("p3", "The seven well-being goals", kind="heading", level=2),
        Passage("p4", "Every body works towards them.", kind="paragraph"),
        Passage("p5", "Our plan", kind="heading", level=1),
        Passage("p6", "We will open a hub."),
    )
    doc = Document("x", "0", "text", ps)
    bp = find_boilerplate(doc)
    assert set(bp.passages) == {"p1", "p2", "p3", "p4"}
    assert bp.headings == (
        "The Well-being of Future Generations (Wales) Act 2015",
        "The seven well-being goals",
    )
    assert [p.id for p in strip_boilerplate(doc).passages] == ["p5", "p6"]
