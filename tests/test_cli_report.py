"""``collabtext report``: exit codes, messages, output file and standard output."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from collabtext.cli import cli
from collabtext.db import ResultsDB
from collabtext.scan_rows import result_rows


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "results.db"
    result = {
        "path": "a.txt",
        "sha256": "a" * 64,
        "kind": "other",
        "passages": [
            {
                "id": "p0001",
                "text": "Partners pool <budgets>",
                "labels": {"power_spectrum": "collaboration"},
                "evidence": [
                    {
                        "framework": "power_spectrum",
                        "category": "collaboration",
                        "term": "pool",
                        "start": 9,
                        "end": 13,
                    }
                ],
            }
        ],
    }
    with ResultsDB(path) as db:
        db.write_file(
            {"path": "a.txt", "sha256": "a" * 64, "kind": "other", "status": "ok", "passages": 1},
            result_rows(result),
        )
    return path


def test_report_writes_file(runner, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    r = runner.invoke(cli, ["report", str(_db(tmp_path)), "-o", str(out), "--title", "My <board>"])
    assert r.exit_code == 0, r.output
    assert "wrote" in r.stderr and "1 documents" in r.stderr
    page = out.read_text(encoding="utf-8")
    assert (
        "<h1>My &lt;board&gt;</h1>" in page
        and "Partners <mark" in page
        and "&lt;budgets&gt;" in page
    )


def test_report_to_stdout(runner, tmp_path: Path) -> None:
    r = runner.invoke(cli, ["report", str(_db(tmp_path)), "-o", "-"])
    assert r.exit_code == 0
    assert r.stdout.startswith("<!DOCTYPE html>")


def test_report_bad_databases_exit_1(runner, tmp_path: Path) -> None:
    r = runner.invoke(cli, ["report", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and r.stderr.startswith("CT204")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    r = runner.invoke(cli, ["report", str(other), "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and "not a collabtext results database" in r.stderr
    assert not (tmp_path / "x.html").exists()


def test_report_usage_error(runner) -> None:
    assert runner.invoke(cli, ["report"]).exit_code == 2
    r = runner.invoke(cli, ["report", "--help"])
    assert r.exit_code == 0 and "self-contained" in r.output


def test_tee_report_passes_results_through_and_writes_report(tmp_path: Path) -> None:
    from collabtext.cli._options import tee_report
    from collabtext.records import Document, FileFailure, Passage
    from collabtext.tag import tag_document

    doc = Document(
        "x.txt", "0" * 64, "text", (Passage("p0001", "Partners will pool budgets <script>"),)
    )
    items = [tag_document(doc), FileFailure("gone.pdf", "CT101", "no such file")]
    out = tmp_path / "r.html"
    assert list(tee_report(iter(items), str(out))) == items
    page = out.read_text(encoding="utf-8")
    assert "x.txt" in page and "gone.pdf" in page and "&lt;script&gt;" in page
    assert list(tee_report(iter(items), None)) == items


PLAN_TEXT = """Well-being Plan 2024 <script>window.__pwned=1</script>

Objective 1: Healthy homes

Step 1.1: Bro Hafren Council and the Health Board will pool their budgets and commission the service jointly.

Step 1.2: The Council will continue to deliver its existing grant programme.
"""
MINUTES_TEXT = """Minutes of the Bro Hafren Public Services Board held on 21 January 2025

Present: Cllr Ann Jones (Chair), Bro Hafren Council; Dr Bob Evans, Hywel Dda University Health Board

1. Data sharing <img src=x onerror="window.__pwned=2">
Members agreed a data-sharing protocol. RESOLVED that the protocol be adopted.
ACTION: Ann Jones and Bob Evans to draft the joint plan by 30 May 2025.
"""


@pytest.mark.parametrize(
    ("name", "text", "expect"),
    [("tag", PLAN_TEXT, "Evidence"), ("score", PLAN_TEXT, "Index"),
     ("audit", PLAN_TEXT, "Steps to challenge"), ("minutes", MINUTES_TEXT, "Attendance by organisation")],
)
def test_report_option_on_single_document_commands(runner, tmp_path: Path, name: str, text: str,
                                                    expect: str) -> None:
    command = cli.get_command(None, name)  # type: ignore[arg-type]
    if command is None or not any("--report" in p.opts for p in command.params):
        pytest.skip(f"collabtext {name} has no --report option yet")
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "r.html"
    r = runner.invoke(cli, [name, str(doc), str(tmp_path / "missing.txt"), "--format", "json",
                            "--report", str(out)])
    assert r.exit_code == 1  # the missing file, after everything else was written
    assert json.loads(r.stdout)[0]["path"] == str(doc)  # normal output unaffected
    page = out.read_text(encoding="utf-8")
    assert expect in page and "missing.txt" in page  # the failed file is listed too
    assert "<script>window" not in page and "<img" not in page
