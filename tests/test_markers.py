"""Collaborative-language markers, with sentences that must fire and ones that must not."""

from __future__ import annotations

import pytest

from collabtext.markers import count_markers, find_markers


def _keys(text: str, kind: str | None = None) -> list[str]:
    return [m.marker for m in find_markers(text, kind=kind)]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Yes, and we could also bring the housing team in at the design stage.", "yes_and"),
        ("Yes – and the third sector should be at the table too.", "yes_and"),
        ("Yes, but the budget will not stretch that far this year.", "yes_but"),
        ("I agree with the principle, but the timing is wrong for the health board.", "yes_but"),
        ("That's a fair point, but we have to think about the risk.", "yes_but"),
        ("We can fund both prevention and crisis care if we pool budgets.", "both_and"),
        ("This is a both/and choice, not a trade-off.", "both_and"),
        ("People tell me it’s either prevention or crisis care.", "either_or"),
        ("It is an either/or decision for the Board.", "either_or"),
        ("How can we make sure the next storm doesn't catch any of us out?", "solution_question"),
        ("What would it take for every partner to sign the protocol?", "solution_question"),
        ("What's the problem with the referral form?", "problem_question"),
        ("Whose fault was the delay in the discharge?", "problem_question"),
        ("Why did the pilot fail?", "problem_question"),
        ("The housing team are impossible to work with.", "personalising"),
        ("They never return calls.", "personalising"),
        ("Typical of the council to leave it to the last minute.", "personalising"),
        ("It was their fault the bid went in late.", "personalising"),
        ("Frankly, the commissioners can't be trusted with this.", "personalising"),
        ("What do both of these positions have in common?", "meta_framing"),
        ("Let us look for common ground before we vote.", "meta_framing"),
    ],
)
def test_marker_fires(text: str, marker: str) -> None:
    assert _keys(text).count(marker) == 1, find_markers(text)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Yes.", "yes_and"),
        ("Members answered yes to the first question.", "yes_but"),
        ("The answer was yes and no.", "yes_and"),
        ("Trees will be planted on either side of the road.", "either_or"),
        ("Either partner may call a meeting.", "either_or"),
        ("Both partners agreed to the plan and signed it.", "both_and"),
        ("Both organisations will report to the Board.", "both_and"),
        (
            "Dr Price asked whether the Board could approach the Welsh Government jointly.",
            "solution_question",
        ),
        (
            "How can we make Wrexham a better place to live? This plan sets out our answer.",
            "solution_question",
        ),
        (
            "How can we reduce loneliness? We will fund community connectors in every town.",
            "solution_question",
        ),
        (
            "Rather than asking whose fault the flooding was, how can we prepare for the next storm?",
            "problem_question",
        ),
        ("It is not their fault that the grant was cut.", "personalising"),
        ("The Board promotes a no-blame culture in which failure is tolerated.", "personalising"),
        ("They never had the funding to do it properly.", "personalising"),
        ("The two plans have little to say about transport.", "meta_framing"),
    ],
)
def test_marker_does_not_fire(text: str, marker: str) -> None:
    assert marker not in _keys(text), find_markers(text)


def test_rhetorical_heading_question_not_counted() -> None:
    assert _keys("How can we make Conwy greener?", kind="heading") == []
    assert _keys("How can we make Conwy greener?", kind="paragraph") == ["solution_question"]


def test_evidence_offsets_match_text() -> None:
    text = "Ms Jenkins said: 'Rather than asking whose fault it was, how can we pool what we know?'"
    ev = find_markers(text)
    assert [e.marker for e in ev] == ["solution_question"]
    assert all(text[e.start : e.end] == e.text for e in ev)
    assert ev[0].text.startswith("how can we")


def test_spans_limit_where_markers_are_found() -> None:
    text = "Yes, but not here. Yes, and here."
    ev = find_markers(text, [(19, len(text))])
    assert [e.marker for e in ev] == ["yes_and"]


def test_count_markers_has_every_key() -> None:
    counts = count_markers(find_markers("Yes, and both sides and either this or that."))
    assert set(counts) == {
        "yes_and",
        "yes_but",
        "both_and",
        "either_or",
        "solution_question",
        "problem_question",
        "personalising",
        "meta_framing",
    }
    assert counts["yes_and"] == 1 and counts["both_and"] == 1 and counts["either_or"] == 1
