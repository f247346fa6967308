"""``collabtext audit``: table by default, json/jsonl, --compare, per-file failures."""

# ruff: noqa: E501 - fixture sentences read better unwrapped

from __future__ import annotations

import json

from collabtext.cli import cli

PLAN = """Afon Valley Public Services Board brings together Afon Valley County Council and Natural Resources Wales.

Objective 1: Healthy homes

What we will do

1.1 Afon Valley County Council and Natural Resources Wales will set up a joint team with a pooled budget by March 2025.

1.2 Afon Valley County Council will continue to run its existing grant scheme.
"""


def _plan(tmp_path, name="plan.txt", text=PLAN):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_table_default(runner, tmp_path) -> None:
    res = runner.invoke(cli, ["audit", _plan(tmp_path)])
    assert res.exit_code == 0, res.output
    assert (
        "Healthy homes" in res.stdout
        and "Scorecard" in res.stdout
        and "Steps to challenge" in res.stdout
    )


def test_json_shape(runner, tmp_path) -> None:
    res = runner.invoke(cli, ["audit", _plan(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["schema_version"] == "1" and d["objectives"][0]["title"] == "Healthy homes"
    steps = d["objectives"][0]["steps"]
    assert len(steps) == 2 and "single_agency" in steps[1]["flags"]


def test_missing_file_is_per_file_failure(runner, tmp_path) -> None:
    res = runner.invoke(
        cli, ["audit", _plan(tmp_path), str(tmp_path / "nope.pdf"), "--format", "jsonl"]
    )
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines[0]["objectives"] and lines[1]["error"]["code"].startswith("CT1")


def test_compare(runner, tmp_path) -> None:
    a = _plan(tmp_path, "a.txt")
    b = _plan(
        tmp_path,
        "b.txt",
        PLAN.replace("1.2 Afon", "1.2 The Board will ask tenants for their views in 2024. Afon"),
    )
    res = runner.invoke(cli, ["audit", a, b, "--compare", "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert len(d["plans"]) == 2 and d["metrics"][0]["metric"] == "Objectives"
    res = runner.invoke(cli, ["audit", a, b, "--compare"])
    assert "Plans compared" in res.stdout and "a.txt" in res.stdout and "b.txt" in res.stdout


def test_compare_needs_two(runner, tmp_path) -> None:
    res = runner.invoke(cli, ["audit", _plan(tmp_path), "--compare"])
    assert res.exit_code == 2
