"""``collabtext score``: the CLI contract (formats, exit codes, --text, CSV, Welsh)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from collabtext.cli import cli

MINUTES = [
    (
        "Normal",
        "Present: Cllr Ann Bevan (Chair), Conwy County Borough Council; Dr Alun Price, Betsi Cadwaladr University Health Board.",
    ),
    ("Normal", "Dr Price said: “We will pool the budget, and I will lead the work.”"),
    ("Normal", "The Chair said: “Yes, and we should ask how we can involve residents?”"),
    ("Normal", "Dr Price noted that the health board would report in March."),
]


def test_text_json(runner) -> None:  # type: ignore[no-untyped-def]
    res = runner.invoke(
        cli, ["score", "--text", "Yes, and we will do it together. I agree.", "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["path"] == "<text>" and d["schema_version"] == "1" and len(d["sha256"]) == 64
    assert (d["document"]["we"], d["document"]["i"]) == (1, 1)
    assert d["document"]["markers"]["yes_and"] == 1
    assert d["document"]["index"] is not None


def test_docx_minutes_speakers(runner, make_docx) -> None:  # type: ignore[no-untyped-def]
    path = make_docx(MINUTES)
    res = runner.invoke(cli, ["score", str(path), "--format", "json"])
    assert res.exit_code == 0, res.stderr
    d = json.loads(res.stdout)
    sp = {s["name"]: s for s in d["speakers"]}
    assert (
        sp["Dr Alun Price"]["we"],
        sp["Dr Alun Price"]["i"],
        sp["Dr Alun Price"]["reported_turns"],
    ) == (1, 1, 1)
    assert (sp["Cllr Ann Bevan"]["we"], sp["Cllr Ann Bevan"]["markers"]["yes_and"]) == (2, 1)
    assert d["lsm"]["formula"].startswith("LSM_c")


def test_missing_file_is_a_per_file_failure(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "a.txt"
    good.write_text("We will work together.", encoding="utf-8")
    res = runner.invoke(
        cli, ["score", str(good), str(tmp_path / "missing.txt"), "--format", "jsonl"]
    )
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines[0]["document"]["we"] == 1
    assert lines[1]["error"]["code"].startswith("CT1")
    assert "missing.txt" in res.stderr


def test_no_input_is_usage_error(runner) -> None:  # type: ignore[no-untyped-def]
    assert runner.invoke(cli, ["score"]).exit_code == 2


def test_csv_one_row_per_passage_and_neutralised(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "a.txt"
    f.write_text('=HYPERLINK("http://x") we said\n\nI will lead.\n', encoding="utf-8")
    res = runner.invoke(cli, ["score", str(f), "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) >= 2
    assert all(r["path"] == str(f) for r in rows)
    first = next(r for r in rows if "HYPERLINK" in r["text"])
    assert first["text"].startswith("'=")
    assert sum(int(r["i"]) for r in rows) == 1


def test_table_default(runner) -> None:  # type: ignore[no-untyped-def]
    res = runner.invoke(
        cli, ["score", "--text", "We will pool our budgets. Yes, but I am not sure."]
    )
    assert res.exit_code == 0
    assert (
        "collaborative language" in res.stdout
        and "we_balance" in res.stdout
        and "yes-but" in res.stdout
    )


def test_include_welsh(runner) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Byddwn ni'n gweithio gyda'n gilydd i leihau tlodi plant yn Wrecsam. We will work together."
    )
    a = json.loads(runner.invoke(cli, ["score", "--text", text, "--format", "json"]).stdout)
    b = json.loads(
        runner.invoke(cli, ["score", "--text", text, "--format", "json", "--include-welsh"]).stdout
    )
    assert a["document"]["words"] == 4
    assert b["document"]["words"] > a["document"]["words"]
