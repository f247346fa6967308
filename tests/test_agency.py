"""Agency in commitments (collective / single / mixed) and inclusive or exclusive "we"."""

from __future__ import annotations

import pytest

from collabtext.agency import passage_agency, we_type


@pytest.mark.parametrize("use_orgs", [True, False])
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("We will pool the partners' small grants budgets into one Warm Homes fund.", "collective"),
        ("Partners will bring their advice services behind a single referral route.", "collective"),
        ("The Board agreed to commission joint training for frontline staff.", "collective"),
        ("RESOLVED that the specification for the service be approved.", "collective"),
        (
            "Natural Resources Wales, Rhondda Cynon Taf Council and Dŵr Cymru will draw up one catchment plan.",
            "collective",
        ),
        (
            "The Council will replace the streetlights, working with Natural Resources Wales.",
            "collective",
        ),
        ("Step 4.3: Powys County Council will resurface 18 kilometres of rural roads.", "single"),
        ("My service will continue to run the helpline.", "single"),
        ("I will write to the Minister before the next meeting.", "single"),
        ("Dr Price said the Health Board would take this on.", "single"),
        (
            "Gwent Police, the housing associations and the council's community safety team will each "
            "carry on with their own patrols.",
            "single",
        ),
        ("The council will host the hub, and partners will fund it jointly.", "mixed"),
        ("Flood risk along the Taff is projected to rise over the next 25 years.", None),
    ],
)
def test_agency(text: str, label: str | None, use_orgs: bool) -> None:
    got, ev = passage_agency(text, use_orgs=use_orgs)
    assert got == label, ev
    assert all(text[e.start : e.end] == e.text for e in ev)
    assert bool(ev) == (label is not None)


def test_agency_evidence_names_the_actor() -> None:
    _, ev = passage_agency(
        "Over the next ten years, the Board will work with housing associations."
    )
    assert [e.text for e in ev] == ["the Board will"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("We as a partnership will take this forward.", "inclusive"),
        ("We, the partners, agree to share the risk.", "inclusive"),
        ("Together we can do more than any of us alone.", "inclusive"),
        ("We in the health board cannot do this alone.", "exclusive"),
        ("We at the council have already started.", "exclusive"),
        ("We as a council will keep our libraries open.", "exclusive"),
        (
            "Our organisation will continue to fund it.",
            None,
        ),  # no "we": our alone is still we-language
        ("We will do it.", "unknown"),
    ],
)
def test_we_type(text: str, label: str | None) -> None:
    got, ev = we_type(text, None, we_count=1)
    expected = "exclusive" if label is None else label
    assert got == expected, ev
    assert (got == "unknown") == (not ev)


def test_we_type_none_without_we() -> None:
    assert we_type("The council will do it.", None, we_count=0) == (None, ())
