"""``collabtext scan`` / ``summary`` on the command line (real pipeline, small text files)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from collabtext.cli import cli

MINUTES = (
    "Minutes of the Partnership Board\n\nPresent: Cllr A. Jones (Chair)\n\nApologies: B. Smith\n\n"
    "1. Joint working\n\nRESOLVED that partners will work together and share data.\n"
)
PLAN = (
    "Our Well-being Plan 2023-2028\n\nWell-being objective 1: healthy communities\n\n"
    "Steps we will take\n\nWe will work with the health board to pool budgets by 2026.\n"
)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (d / "sub" / "plan.txt").write_text(PLAN, encoding="utf-8")
    (d / "notes.md").write_text("Nothing to see.", encoding="utf-8")
    return d


def test_scan_ok_then_resume_skips(runner, folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    r = runner.invoke(cli, ["scan", str(folder), "--db", str(db), "-j", "2", "--include", "*.txt"])
    assert r.exit_code == 0, r.output
    assert "Files by kind and status" in r.stdout and "Top themes" in r.stdout
    assert "scan: 2 files found" in r.stderr  # plain progress lines: not a terminal
    con = sqlite3.connect(db)
    kinds = dict(con.execute("SELECT path, kind FROM documents"))
    assert {Path(p).name: k for p, k in kinds.items()} == {
        "minutes.txt": "minutes",
        "plan.txt": "plan",
    }
    assert con.execute("SELECT count(*) FROM passages").fetchone()[0] >= 8
    views = dict(con.execute("SELECT view, count(*) FROM views GROUP BY view"))
    con.close()
    assert set(views) <= {"minutes", "audit"}
    r = runner.invoke(
        cli,
        [
            "scan",
            str(folder),
            "--db",
            str(db),
            "-j",
            "1",
            "--include",
            "*.txt",
            "--format",
            "json",
            "--no-progress",
        ],
    )
    assert r.exit_code == 0
    summary = json.loads(r.stdout)
    assert summary["files"] == 2 and summary["meta"]["schema_version"] == "1"


def test_scan_kind_override_and_failure_exit(runner, folder: Path, tmp_path: Path) -> None:
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 garbage \x00\x01")
    db = tmp_path / "r.db"
    r = runner.invoke(
        cli,
        ["scan", str(folder), "--db", str(db), "-j", "1", "--kind", "other", "--exclude", "*.md"],
    )
    assert r.exit_code == 1
    assert "broken.pdf" in r.stderr and "CT10" in r.stderr
    con = sqlite3.connect(db)
    rows = {
        Path(p).name: (k, s) for p, k, s in con.execute("SELECT path, kind, status FROM documents")
    }
    assert rows["minutes.txt"] == ("other", "ok") and rows["broken.pdf"][1] == "failed"
    assert "notes.md" not in rows
    out = runner.invoke(cli, ["summary", str(db), "--format", "json"])
    assert out.exit_code == 0
    s = json.loads(out.stdout)
    assert s["failures"][0]["path"].endswith("broken.pdf") and s["files"] == 3


def test_usage_errors(runner, tmp_path: Path) -> None:
    assert runner.invoke(cli, ["scan", "--db", str(tmp_path / "r.db")]).exit_code == 2
    assert (
        runner.invoke(
            cli, ["scan", str(tmp_path), "--db", str(tmp_path / "r.db"), "--scheduler", "tcp://x:1"]
        ).exit_code
        == 2
    )
    r = runner.invoke(cli, ["summary", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "CT204" in r.stderr


def test_scan_method_is_recorded_and_a_new_method_redoes_files(
    runner, folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "m.db"
    base = ["scan", str(folder), "--db", str(db), "-j", "1", "--include", "*.txt", "--no-progress"]

    def rows() -> dict[str, tuple[str, str]]:
        con = sqlite3.connect(db)
        out = {
            Path(p).name: (v, t)
            for p, v, t in con.execute("SELECT path, model_version, scanned_at FROM documents")
        }
        con.close()
        return out

    assert runner.invoke(cli, [*base, "--method", "lexicon"]).exit_code == 0
    first = rows()
    assert len(first) == 2 and all(v.endswith(":lexicon") for v, _ in first.values())
    # the same method again: nothing is redone; another method: every file is analysed again
    assert runner.invoke(cli, [*base, "--method", "lexicon"]).exit_code == 0
    assert rows() == first
    assert runner.invoke(cli, [*base, "--method", "hybrid"]).exit_code == 0
    second = rows()
    assert all(v.endswith(":hybrid") for v, _ in second.values())


def test_scan_rejects_unknown_method(runner, folder: Path, tmp_path: Path) -> None:
    r = runner.invoke(cli, ["scan", str(folder), "--db", str(tmp_path / "x.db"), "--method", "x"])
    assert r.exit_code == 2 and "--method" in r.output


def test_scan_orgs_file_teaches_local_bodies(runner, tmp_path: Path) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    (src / "m.txt").write_text(
        "Minutes of the Afon Teg Partnership Board, 3 March 2025\n\n"
        "Present: Cllr Ann Jones (Afon Teg Council), Dr Huw Price (Hywel Dda UHB)\n\n"
        "Apologies: Sam Lee (ATCC)\n\n1. Joint working\n\n"
        "RESOLVED that partners will share data.\n",
        encoding="utf-8",
    )
    orgs = tmp_path / "orgs.csv"
    orgs.write_text(
        "name,aliases,sector,statutory\n"
        "Afon Teg County Council,Afon Teg Council;ATCC,local_government,yes\n",
        encoding="utf-8",
    )

    def view(db: Path) -> str:
        con = sqlite3.connect(db)
        (data,) = con.execute("SELECT json FROM views WHERE view = 'minutes'").fetchone()
        con.close()
        return data

    base = ["scan", str(src), "-j", "1", "--no-progress", "--method", "lexicon"]
    assert runner.invoke(cli, [*base, "--db", str(tmp_path / "a.db")]).exit_code == 0
    assert "Afon Teg County Council" not in view(tmp_path / "a.db")
    r = runner.invoke(cli, [*base, "--db", str(tmp_path / "b.db"), "--orgs", str(orgs)])
    assert r.exit_code == 0, r.output
    attendance = json.loads(view(tmp_path / "b.db"))["attendance"]
    assert {p["organisation"] for p in attendance["present"]} == {
        "Afon Teg County Council",
        "Hywel Dda University Health Board",
    }
    assert attendance["apologies"][0]["organisation"] == "Afon Teg County Council"

    bad = tmp_path / "bad.csv"
    bad.write_text("aliases\nfoo\n", encoding="utf-8")
    r = runner.invoke(cli, [*base, "--db", str(tmp_path / "c.db"), "--orgs", str(bad)])
    assert r.exit_code == 1 and "CT2" in r.output and "bad.csv" in r.output
