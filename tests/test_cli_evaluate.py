"""``collabtext evaluate``: JSON shape of DESIGN.md, --ids, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from collabtext.cli import cli


def _gold(tmp_path: Path) -> Path:
    p = tmp_path / "g.jsonl"
    rows = [
        {
            "id": "a1",
            "text": "Partners will pool their budgets.",
            "labels": {
                "themes": [],
                "factors": ["enabler.structures"],
                "power_spectrum": "collaboration",
                "lifecycle": None,
            },
        },
        {
            "id": "a2",
            "text": "Minutes approved.",
            "labels": {"themes": [], "factors": [], "power_spectrum": None, "lifecycle": None},
        },
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return p


def test_evaluate_json(runner, tmp_path: Path) -> None:
    r = runner.invoke(cli, ["evaluate", str(_gold(tmp_path)), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["n"] == 2
    fw = d["frameworks"]
    assert {"precision", "recall", "f1", "categories"} <= set(fw["factors"])
    assert {"accuracy", "within_one", "confusion"} <= set(fw["power_spectrum"])
    assert set(fw["lifecycle"]) == {"accuracy"} and fw["power_spectrum"]["accuracy"] == 1.0
    assert "pronouns" in d


def test_evaluate_table_ids_and_missing(runner, tmp_path: Path) -> None:
    g = _gold(tmp_path)
    r = runner.invoke(cli, ["evaluate", str(g), "--ids", "a1", "--errors"])
    assert r.exit_code == 0 and "n=1" in r.stdout and "confusion" in r.stdout
    r = runner.invoke(cli, ["evaluate", str(tmp_path / "nope.jsonl"), "--format", "json"])
    assert r.exit_code == 1 and json.loads(r.stdout)["error"]["code"] == "CT101"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    r = runner.invoke(cli, ["evaluate", str(bad)])
    assert r.exit_code == 1 and "CT203" in r.stderr
