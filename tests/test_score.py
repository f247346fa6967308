"""Document scoring: DESIGN.md shape, aggregation, the index and its components."""

from __future__ import annotations

import pytest

from collabtext.records import Document, Passage, Sentence
from collabtext.score import FORMULA, MARKER_KEYS, Scorer, score_document
from collabtext.score_index import WEIGHTS, components, index


def _doc(*texts: str) -> Document:
    return Document(
        path="x.txt",
        sha256="abc",
        format="text",
        passages=tuple(Passage(f"p{n:04d}", t) for n, t in enumerate(texts, 1)),
    )


def test_document_shape() -> None:
    r = score_document(
        _doc("We will pool our budgets with partners.", "Yes, but I am not sure.")
    ).to_dict()
    assert {"path", "sha256", "schema_version", "document", "passages", "speakers", "lsm"} <= set(r)
    d = r["document"]
    for k in (
        "words",
        "we",
        "i",
        "we_per_100",
        "i_per_100",
        "we_share",
        "markers",
        "index",
        "components",
        "agency",
        "we_type",
    ):
        assert k in d
    assert set(d["markers"]) == set(MARKER_KEYS)
    assert (d["we"], d["i"], d["words"]) == (2, 1, 13)
    assert d["markers"]["yes_but"] == 1
    p = r["passages"][0]
    assert (
        p["id"] == "p0001"
        and p["agency"] == "collective"
        and p["agency_evidence"][0]["text"] == "We will"
    )


def test_welsh_passages_skipped_in_totals() -> None:
    cy = Passage(
        "p2", "Byddwn ni'n gweithio gyda'n gilydd.", lang="cy", sentences=(Sentence(0, 35, "cy"),)
    )
    doc = Document(path="x", sha256="0", format="text", passages=(Passage("p1", "We will."), cy))
    r = score_document(doc)
    assert r.document_scores["words"] == 2
    assert r.passages[1].skipped == "welsh"
    assert score_document(doc, include_welsh=True).document_scores["words"] == 7


def test_index_formula() -> None:
    comps = components(
        1000,
        we=30,
        i=10,
        markers={"yes_and": 1, "yes_but": 1, "personalising": 1},
        agency={"collective": 3, "single": 1},
    )
    assert comps["we_balance"] == 0.5
    assert comps["agency_balance"] == 0.5
    assert comps["yes_balance"] == 0.0
    assert comps["civility"] == -1.0
    assert comps["framing_balance"] is None and comps["question_balance"] is None
    w = {k: WEIGHTS[k] for k in ("we_balance", "agency_balance", "yes_balance", "civility")}
    expected = 50 * (1 + (0.3 * 0.5 + 0.2 * 0.5 + 0.1 * 0 + 0.2 * -1.0) / sum(w.values()))
    assert index(comps) == pytest.approx(round(expected, 1))


def test_index_none_without_evidence_and_bounds() -> None:
    assert index(components(100, 0, 0, {}, {})) is None
    assert index(components(100, 0, 0, {"personalising": 0}, {})) is None
    assert index(components(100, 10, 0, {"yes_and": 3}, {"collective": 2})) == 100.0
    assert index(components(100, 0, 10, {"yes_but": 3, "personalising": 5}, {"single": 2})) == 0.0


def test_formula_is_in_help(runner) -> None:  # type: ignore[no-untyped-def]
    from collabtext.cli import cli

    out = runner.invoke(cli, ["score", "--help"]).output
    for k, w in WEIGHTS.items():
        assert k in out and f"{w:.2f}" in out
    assert "0.0001" in out
    assert all(k in FORMULA for k in WEIGHTS)


def test_scorer_score_text() -> None:
    s = Scorer().score_text("How can we share the risk? Both the council and the board will act.")
    assert s.markers["solution_question"] == 1 and s.markers["both_and"] == 1
    assert s.agency == "collective"
