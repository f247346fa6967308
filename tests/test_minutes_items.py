"""Decisions against items merely noted, in English and Welsh minutes (sentences written here)."""

from __future__ import annotations

import pytest

from collabtext.minutes_items import classify_paragraph


@pytest.mark.parametrize(
    "par",
    [
        "Decision: To receive the information.",
        "Penderfyniad: Derbyn y wybodaeth.",
        "Penderfyniad: Derbyn yr adroddiad.",
        "Decision: To note the report.",
        "Decision: Noted.",
    ],
)
def test_a_decision_label_over_a_noting_is_a_noting(par: str) -> None:
    assert classify_paragraph(par) == ([], [par])


@pytest.mark.parametrize(
    "par",
    [
        "Decision: To approve the joint commissioning plan.",
        "Penderfyniad: Cymeradwyo'r cynllun.",
        "RESOLVED that the Board pools the three budgets from April.",
    ],
)
def test_a_decision_is_a_decision(par: str) -> None:
    assert classify_paragraph(par) == ([par], [])
