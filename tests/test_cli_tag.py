"""``collabtext tag``: exit codes, JSON shape, failures in place, table output."""

from __future__ import annotations

import json
from pathlib import Path

from collabtext.cli import cli


def test_tag_text_json(runner) -> None:
    r = runner.invoke(
        cli,
        [
            "tag",
            "--text",
            "Partners will pool their budgets.\n\nThere is still no shared vision.",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["path"] == "<text>" and d["schema_version"] == "1" and len(d["sha256"]) == 64
    assert d["lexicon"]["name"] == "collabtext"
    p1, p2 = d["passages"]
    assert p1["labels"]["power_spectrum"] == "collaboration" and p1["labels"]["themes"] == []
    assert p2["labels"]["factors"] == ["barrier.motivations"]
    ev = p2["evidence"][0]
    assert p2["text"][ev["start"] : ev["end"]] == ev["term"]
    assert d["summary"]["collaboration_passages"] == 1


def test_tag_files_with_missing_one(runner, tmp_path: Path) -> None:
    f = tmp_path / "plan.txt"
    f.write_text(
        "The council and the health board will jointly commission the service.\n", encoding="utf-8"
    )
    r = runner.invoke(cli, ["tag", str(f), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    assert r.exit_code == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines[0]["passages"][0]["labels"]["power_spectrum"] == "collaboration"
    assert lines[1]["error"]["code"].startswith("CT1") and lines[1]["path"].endswith("missing.txt")
    assert "missing.txt" in r.stderr


def test_tag_table_and_usage_errors(runner) -> None:
    r = runner.invoke(cli, ["tag", "--text", "Partners lack trust."])
    assert (
        r.exit_code == 0
        and "barrier.relationships" in r.stdout
        and "lexicon collabtext" in r.stdout
    )
    assert runner.invoke(cli, ["tag"]).exit_code == 2


def test_tag_user_lexicon(runner, tmp_path: Path) -> None:
    lex = tmp_path / "mine.yaml"
    lex.write_text(
        "framework: digital\ncategories:\n  tools:\n    terms: [shared drive]\n", encoding="utf-8"
    )
    r = runner.invoke(
        cli,
        [
            "tag",
            "--text",
            "Files sit on a shared drive.",
            "--lexicon",
            str(lex),
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert (
        d["passages"][0]["labels"]["digital"] == ["tools"]
        and d["lexicon"]["name"] == "collabtext+mine"
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text("framework: x\ncategories: {}\n", encoding="utf-8")
    r = runner.invoke(cli, ["tag", "--text", "x", "--lexicon", str(bad)])
    assert r.exit_code == 1 and "CT202" in r.stderr and "line 2" in r.stderr
