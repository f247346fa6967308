"""``collabtext minutes``: formats, series, per-file failures."""

from __future__ import annotations

import json

from collabtext.cli import cli

MINUTES = """RIVERSIDE PARTNERSHIP BOARD

Minutes of the meeting held on {date}

Present: Cllr Ann Jones (Chair, Riverside County Council), Dr Tom Bell (Natural Resources Wales)

Apologies: Sam Hill (Riverside Housing Association)

1. Welcome

The Chair welcomed members.

2. Data sharing

AGREED that the partners draft one protocol.

ACTION: Riverside County Council and NRW (TB) to draft the data sharing protocol by 30 June 2025.

3. Close

The meeting closed.
"""


def _write(tmp_path, name: str, date: str):
    p = tmp_path / name
    p.write_text(MINUTES.format(date=date), encoding="utf-8")
    return p


def test_json_output(runner, tmp_path):
    p = _write(tmp_path, "m1.txt", "3rd September 2024")
    res = runner.invoke(cli, ["minutes", str(p), "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["meeting"] == {"title": "Riverside Partnership Board", "date": "2024-09-03"}
    assert [a["name"] for a in d["attendance"]["present"]] == ["Cllr Ann Jones", "Dr Tom Bell"]
    assert d["items"][1]["decisions"] and d["items"][1]["actions"][0]["joint"] is True
    assert d["schema_version"] == "1" and d["sha256"]


def test_table_output_and_missing_file(runner, tmp_path):
    p = _write(tmp_path, "m1.txt", "3rd September 2024")
    res = runner.invoke(cli, ["minutes", str(p), str(tmp_path / "missing.pdf")])
    assert res.exit_code == 1
    assert "Attendance by organisation" in res.stdout
    assert "Riverside County Council" in res.stdout
    assert "missing.pdf" in res.stderr


def test_jsonl_failure_object(runner, tmp_path):
    p = _write(tmp_path, "m1.txt", "3rd September 2024")
    res = runner.invoke(
        cli, ["minutes", str(p), str(tmp_path / "missing.txt"), "--format", "jsonl"]
    )
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert res.exit_code == 1
    assert lines[0]["meeting"]["date"] == "2024-09-03"
    assert lines[1]["error"]["code"].startswith("CT1")


def test_series_over_directory(runner, tmp_path):
    _write(tmp_path, "b.txt", "10 March 2025")
    _write(tmp_path, "a.txt", "3rd September 2024")
    res = runner.invoke(cli, ["minutes", str(tmp_path), "--series", "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert [m["date"] for m in d["meetings"]] == ["2024-09-03", "2025-03-10"]
    assert d["attendance"]["Riverside County Council"] == ["present", "present"]
    assert len(d["repeated_actions"]) == 1
    table = runner.invoke(cli, ["minutes", str(tmp_path), "--series"])
    assert "Attendance by organisation over time" in table.stdout
