"""Done criterion of issue 6: the synthetic plan against its hand-checked answer key.

Objectives and steps are all found; partners, lead, single-agency and consultation-only flags match.
Power levels and vague flags are measured and printed (they depend on the tagger's lexicons).
"""

# ruff: noqa: E501 - fixture sentences read better unwrapped

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from collabtext.audit import audit_path

STEM = "bro-hafren_well-being-plan_2023-2028"


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("\u00ad", "")
    return " ".join(text.split())


def _start(text: str) -> str:
    return " ".join(_norm(text).split()[:8])


def _pairs(result, key):
    """(key step, found step) for every key step, matched by its first eight words."""
    pairs = []
    for i, o in enumerate(key["objectives"]):
        steps = result.objectives[i].steps if i < len(result.objectives) else ()
        found = {_start(s.text): s for s in steps}
        pairs.extend((k, found.get(_norm(k["text_start"]))) for k in o["steps"])
    return pairs


@pytest.fixture(scope="module", params=["docx", "pdf"])
def audited(request, corpus_dir: Path):
    path = corpus_dir / "synthetic" / f"{STEM}.{request.param}"
    if not path.is_file():
        pytest.skip(f"{path.name} absent")
    key = json.loads((corpus_dir / "synthetic" / f"{STEM}.key.json").read_text(encoding="utf-8"))
    return audit_path(str(path)), key


def test_objectives_found(audited) -> None:
    result, key = audited
    assert [o.title for o in result.objectives] == [o["title"] for o in key["objectives"]]
    assert [len(o.steps) for o in result.objectives] == [len(o["steps"]) for o in key["objectives"]]


def test_every_step_found(audited) -> None:
    result, key = audited
    missing = [k["text_start"] for k, s in _pairs(result, key) if s is None]
    assert not missing


def test_numbers_kept(audited) -> None:
    result, key = audited
    for k, s in _pairs(result, key):
        if "number" in k:
            assert s.number == k["number"]


def test_partners_and_lead_match(audited) -> None:
    result, key = audited
    wrong = [
        (k["text_start"], sorted(s.partners), sorted(k["partners"]))
        for k, s in _pairs(result, key)
        if set(s.partners) != set(k["partners"])
    ]
    assert not wrong
    wrong_lead = [
        (k["text_start"], s.lead, k["lead"])
        for k, s in _pairs(result, key)
        if set(s.lead) != set(k["lead"])
    ]
    assert not wrong_lead


@pytest.mark.parametrize("flag", ["single_agency", "consultation_only"])
def test_flags_match(audited, flag: str) -> None:
    result, key = audited
    wrong = [k["text_start"] for k, s in _pairs(result, key) if (flag in s.flags) != k[flag]]
    assert not wrong


def test_levels_and_vague_measured(audited) -> None:
    result, key = audited
    pairs = _pairs(result, key)
    level = sum(1 for k, s in pairs if s.power_spectrum == k["power_spectrum"])
    vague = sum(1 for k, s in pairs if ("vague" in s.flags) == k["vague"])
    timed = sum(1 for k, s in pairs if (s.timescale is None) == (k["timescale"] is None))
    print(
        f"\nlevels {level}/{len(pairs)}  vague {vague}/{len(pairs)}  timescale present {timed}/{len(pairs)}"
    )
    assert vague == len(pairs)
    assert level >= len(pairs) * 0.7


def test_boilerplate_sections_recognised(audited) -> None:
    result, key = audited
    norm = [re.sub(r"\s+", " ", h) for h in result.boilerplate["headings"]]
    assert norm == key["boilerplate_sections"]
