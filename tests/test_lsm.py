"""Language style matching: the published formula, group and pairwise."""

from __future__ import annotations

import pytest

from collabtext.lsm import CATEGORIES, function_word_rates, lsm_report, lsm_score


def test_identical_rates_score_one() -> None:
    r, n = function_word_rates("We think that the plan is good and we will do it with them.")
    assert n == 14
    assert lsm_score(r, r) == pytest.approx(1.0)


def test_formula_per_category() -> None:
    a = dict.fromkeys(CATEGORIES, 0.0) | {"article": 10.0}
    b = dict.fromkeys(CATEGORIES, 0.0) | {"article": 5.0}
    # article: 1 - 5/15.0001; the other eight categories are 0 vs 0 -> 1 - 0/0.0001 = 1
    assert lsm_score(a, b) == pytest.approx((8 + 1 - 5 / 15.0001) / 9)


def test_rates_are_percentages_of_words() -> None:
    r, n = function_word_rates("The cat and the dog.")
    assert n == 5
    assert r["article"] == pytest.approx(40.0)
    assert r["conj"] == pytest.approx(20.0)


def test_group_and_pairwise() -> None:
    texts = {
        "A": "We think that the board should do it with the partners, and we will not wait for them.",
        "B": "I think that the council can do it for the residents, but I am not sure it will be soon.",
        "C": "Funding. Timescales. Outcomes. Reporting. Governance. Assurance.",
    }
    rep = lsm_report(texts, min_words=5)
    assert rep["excluded"] == []
    assert {(p["a"], p["b"]) for p in rep["pairwise"]} == {("A", "B"), ("A", "C"), ("B", "C")}
    pair = {(p["a"], p["b"]): p["lsm"] for p in rep["pairwise"]}
    assert pair[("A", "B")] > pair[("A", "C")]  # A and B write alike; C has no function words
    assert rep["group"] == pytest.approx(sum(rep["per_speaker"].values()) / 3, abs=1e-4)


def test_short_speakers_left_out() -> None:
    rep = lsm_report(
        {"A": "We will do it together with all of the partners now.", "B": "Yes."}, min_words=5
    )
    assert rep["excluded"] == ["B"]
    assert rep["group"] is None and rep["pairwise"] == []
