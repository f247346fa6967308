"""The synthetic minutes answer keys (../shared/corpus/synthetic/*.key.json): the done criterion."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from collabtext.extract import extract_document
from collabtext.minutes import review_minutes

DOCS = [
    "bro-hafren-psb_minutes_2025-01-21.docx",
    "bro-hafren-psb_minutes_2025-01-21.pdf",
    "bro-hafren-healthy-communities-partnership_notes_2025-05-06.docx",
]


def _org(name: str | None) -> str:
    """Compare organisations loosely: a document may only ever write "Bro Hafren Council"."""
    n = (name or "").lower().replace("county ", "")
    return re.sub(r"\s+", " ", n).strip()


def _words8(text: str) -> str:
    return " ".join(text.replace("’", "'").split()[:8])


@pytest.fixture(scope="module", params=DOCS)
def case(request, corpus_dir: Path):
    path = corpus_dir / "synthetic" / request.param
    key_path = path.with_name(re.sub(r"\.(docx|pdf)$", ".key.json", path.name))
    if not path.is_file() or not key_path.is_file():
        pytest.skip(f"{path.name} absent")
    key = json.loads(key_path.read_text(encoding="utf-8"))
    return review_minutes(extract_document(str(path))).to_dict(), key


def test_meeting_title_and_date(case):
    got, key = case
    assert got["meeting"]["date"] == key["date"]
    assert got["meeting"]["title"].lower() == key["title"].lower()


@pytest.mark.parametrize("kind", ["present", "in_attendance", "apologies"])
def test_attendance_entries(case, kind):
    got, key = case
    pairs = [(a["name"], _org(a["organisation"])) for a in got["attendance"][kind]]
    expected = [(a["name"], _org(a["organisation"])) for a in key[kind]]
    assert pairs == expected


def test_organisations_present(case):
    got, key = case
    assert [_org(o) for o in got["organisations"]] == [
        _org(o) for o in key["organisations_present"]
    ]


def test_item_and_decision_counts(case):
    got, key = case
    assert len(got["items"]) == key["items"]
    titles = [f"{i['number']}. {i['title']}".lower() for i in got["items"]]
    assert titles == [t.lower() for t in key["item_titles"]]
    assert sum(len(i["decisions"]) for i in got["items"]) == key["decisions"]


def test_actions_owners_and_joint(case):
    got, key = case
    actions = {_words8(a["text"]): a for a in got["actions"]}
    assert len(got["actions"]) == len(key["actions"])
    for exp in key["actions"]:
        a = actions[_words8(exp["text_start"])]
        assert [_org(o) for o in a["organisations"]] == [_org(o) for o in exp["owners"]]
        assert a["joint"] == exp["joint"]


def test_action_due_dates(case):
    got, key = case
    actions = {_words8(a["text"]): a for a in got["actions"]}
    hits = sum(actions[_words8(e["text_start"])]["due"] == e["due"] for e in key["actions"])
    # One due date is only implied by the item's decision ("report ... to the next meeting").
    assert hits == len(key["actions"])


def test_speakers_we_i(case):
    got, key = case
    if not got["speakers"]:
        pytest.skip("speaker attribution not installed")
    quoted = [(s["name"], s["we"], s["i"]) for s in got["speakers"] if s["quotes"]]
    expected = [(s["name"], s["we"], s["i"]) for s in key["speakers"]]
    assert quoted == expected


def test_summary_partner_breadth_and_psb_coverage(case):
    got, key = case
    s = got["summary"]
    assert s["organisations_present"] == len(key["organisations_present"])
    assert s["decisions"] == key["decisions"]
    assert s["joint_actions"] == sum(a["joint"] for a in key["actions"])
    if "Public Services Board" in key["title"]:
        assert s["psb"]["absent"] == []  # all four statutory members attended
    else:
        assert s["psb"] is None  # a partnership, not a PSB


@pytest.fixture(scope="module")
def series(corpus_dir: Path):
    """The PSB minutes and the partnership notes reviewed together (``minutes DIR --series``)."""
    from collabtext.minutes_series import review_series

    paths = [corpus_dir / "synthetic" / d for d in DOCS if d.endswith(".docx")]
    if not all(p.is_file() for p in paths):
        pytest.skip("synthetic minutes absent")
    s = review_series(review_minutes(extract_document(str(p))) for p in paths).to_dict()
    keys = {}
    for p in paths:
        keys[str(p)] = json.loads(p.with_name(p.stem + ".key.json").read_text(encoding="utf-8"))
    return s, keys


@pytest.mark.parametrize("kind", ["present", "in_attendance", "apologies"])
def test_issue_5_series_attendance_has_the_keys_canonical_names(series, kind):
    """Exact canonical names: the notes only write the short form of the council's name."""
    s, keys = series
    for m in s["meetings"]:
        got = [(a["name"], a["canonical"]) for a in m["attendance"][kind]]
        assert got == [(a["name"], a["organisation"]) for a in keys[m["path"]][kind]]


def test_issue_5_series_organisations_and_resolution_report(series):
    s, keys = series
    for m in s["meetings"]:
        assert m["canonical_organisations"] == keys[m["path"]]["organisations_present"]
    for r in s["organisation_resolutions"]:
        assert r["written"] != r["canonical"] and r["written_in"] and r["canonical_in"]
        assert r["canonical"] in {o for k in keys.values() for o in k["organisations_present"]}
    assert len(s["attendance"]) == len(
        {
            o
            for k in keys.values()
            for kind in ("present", "in_attendance", "apologies")
            for o in (a["organisation"] for a in k[kind])
        }
    )
