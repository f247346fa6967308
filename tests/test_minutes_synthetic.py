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
