"""Pronoun counting by the rules of gold/FORMAT.md (issue 4, point 1)."""

from __future__ import annotations

import json

import pytest

from collabtext.records import Passage, Sentence
from collabtext.score import Scorer, count_pronouns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will pool our budgets, and let's share them between us.", (4, 0)),
        (
            "We're ready, we've agreed, we'll start and we'd finish: the work is ours to do ourselves.",
            (6, 0),
        ),
        ("WE, US, OUR and Our all count.", (4, 0)),
        ("We’re using curly apostrophes; let’s count them once.", (2, 0)),
        ("I'm sure I've said I'll help, and I'd ask you to tell me about my role myself.", (0, 7)),
        ("I’m using a curly one.", (0, 1)),
        ("The decision is mine, and the risk is mine too.", (0, 2)),
    ],
)
def test_counts_every_form_once(text: str, expected: tuple[int, int]) -> None:
    assert count_pronouns(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The approach draws on a US model of housing first.",
        "Members heard about a U.S. study of joint response cars.",
        "Phase I of the scheme finished; Part I, Annex I, Schedule I and Section I follow.",
        "Chapter I, Stage I, Tier I and Type I diabetes; after World War I.",
        "Step 4.1 has two parts: (i) each partner maps its land, and (ii) the council joins the maps.",
        "i) first item\nii) second item",
        "Partners, i.e. the council and the health board, will report.",
        "I. Introduction",
        "Phases I and II are funded.",
        "The old coal mine and the mine shaft are now a heritage site; the Tower mine closed in 2008.",
        "A gold mine of data, and a mine of information.",
        "Patients with ME/CFS were offered support.",
    ],
)
def test_exclusions_are_not_counted(text: str) -> None:
    assert count_pronouns(text) == (0, 0)


def test_contact_us_heading_in_capitals_counts() -> None:
    assert count_pronouns("CONTACT US") == (1, 0)
    assert count_pronouns("ABOUT US: WE ARE A PARTNERSHIP") == (2, 0)


def test_stage_then_pronoun_is_counted() -> None:
    assert count_pronouns("At this stage I think we should wait.") == (1, 1)


def test_welsh_sentences_and_words_are_skipped() -> None:
    text = "Byddwn ni'n gweithio gyda'n gilydd i leihau tlodi plant. We will work together to reduce child poverty."
    assert count_pronouns(text) == (1, 0)
    assert count_pronouns("Diolch i bawb am ddod. Thanks to everyone; I've attached my notes.") == (
        0,
        2,
    )


def test_lowercase_i_only_before_a_verb() -> None:
    assert count_pronouns("honestly i think we should go") == (1, 1)
    assert count_pronouns("see note i below") == (0, 0)


def test_passage_sentences_from_reader_are_respected() -> None:
    text = "Rydym ni yma. We are here."
    p = Passage("p1", text, sentences=(Sentence(0, 13, "cy"), Sentence(14, len(text), "en")))
    s = Scorer().score_passage(p)
    assert (s.we, s.i) == (1, 0)
    assert s.words == 3
    assert Scorer(include_welsh=True).score_passage(p).words == 6


def test_welsh_passage_is_skipped_unless_asked() -> None:
    p = Passage("p1", "Mae'r bwrdd yn cytuno.", lang="cy", sentences=(Sentence(0, 22, "cy"),))
    assert Scorer().score_passage(p).skipped == "welsh"
    assert Scorer(include_welsh=True).score_passage(p).skipped is None


def test_rates_and_share() -> None:
    s = Scorer().score_text("We will do it and I will help.")
    d = s.to_dict()
    assert (d["words"], d["we"], d["i"]) == (8, 1, 1)
    assert d["we_per_100"] == 12.5
    assert d["we_share"] == 0.5
    assert Scorer().score_text("The council will do it.").to_dict()["we_share"] is None


def test_pronoun_spans_point_at_the_words() -> None:
    text = "Phase I: we and I."
    s = Scorer().score_text(text)
    assert [(k, text[a:b]) for k, a, b in s.pronoun_spans] == [("we", "we"), ("i", "I")]


def test_gold_pronouns_exact(gold_path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        json.loads(line)
        for line in gold_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    wrong = [
        r["id"]
        for r in rows
        if count_pronouns(r["text"]) != (r["pronouns"]["we"], r["pronouns"]["i"])
    ]
    assert wrong == []
    assert len(rows) == 90


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In this section I describe the plan.", (0, 1)),
        ("No, I don't think so.", (0, 1)),
        ("It is the type I like.", (0, 1)),
        ("The phase I of the scheme is done.", (0, 0)),
        ("Elizabeth I and Charles I are not pronouns.", (0, 0)),
        ("LET US KNOW WHAT YOU THINK", (1, 0)),
    ],
)
def test_numeral_rules_do_not_swallow_the_pronoun(text: str, expected: tuple[int, int]) -> None:
    assert count_pronouns(text) == expected
