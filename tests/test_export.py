"""Exports: CSV neutralising, the passages table, JSONL, Parquet, CLI errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from collabtext.cli import cli
from collabtext.db import ResultsDB
from collabtext.report.csv import neutralise, write_csv


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    p = tmp_path / "r.db"
    with ResultsDB(p) as db:
        db.write_file(
            {"path": "a.txt", "sha256": "s1", "status": "ok", "kind": "plan", "pages": 1},
            {
                "passages": [
                    ["s1", "p0001", 0, 1, "Intro", "paragraph", "en", None, "=SUM(A1:A9) we agree"],
                    ["s1", "p0002", 1, 2, "Intro", "paragraph", "en", None, "-2 is fine"],
                ],
                "labels": [
                    ["s1", "p0001", "themes", "trust"],
                    ["s1", "p0001", "themes", "common_purpose"],
                    ["s1", "p0001", "power_spectrum", "cooperation"],
                ],
                "scores": [["s1", "p0001", 4, 1, 0, '{"yes_and": 0}', "collective", None]],
            },
        )
        db.write_file(
            {
                "path": "bad.pdf",
                "sha256": "s2",
                "status": "failed",
                "error_code": "CT103",
                "error": "@encrypted",
            },
            {},
        )
    return p


@pytest.mark.parametrize(
    "cell,expected",
    [
        ("=1+1", "'=1+1"),
        ("+44 1234", "'+44 1234"),
        ("-x", "'-x"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("", ""),
        (-3, -3),
        (2.5, 2.5),
        (None, None),
    ],
)
def test_neutralise(cell: object, expected: object) -> None:
    assert neutralise(cell) == expected


def test_write_csv_neutralises_every_cell() -> None:
    out = io.StringIO()
    assert write_csv(out, ["a", "=b"], [["=cmd|' /C calc'!A0", 1], [None, "ok"]]) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows == [["a", "'=b"], ["'=cmd|' /C calc'!A0", "1"], ["", "ok"]]


def test_export_passages_csv(runner, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    r = runner.invoke(cli, ["export", str(db_path), "--format", "csv", "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["passage_id"] for row in rows] == ["p0001", "p0002"]
    assert rows[0]["text"].startswith("'=SUM") and rows[1]["text"] == "'-2 is fine"
    assert rows[0]["labels_themes"] == "common_purpose;trust"
    assert rows[0]["labels_power_spectrum"] == "cooperation" and rows[1]["labels_themes"] == ""
    assert rows[0]["agency"] == "collective" and rows[0]["we"] == "1" and rows[0]["path"] == "a.txt"


def test_export_jsonl_and_tables(runner, db_path: Path) -> None:
    r = runner.invoke(cli, ["export", str(db_path), "--format", "jsonl", "--table", "documents"])
    assert r.exit_code == 0
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert {d["path"]: d["status"] for d in docs} == {"a.txt": "ok", "bad.pdf": "failed"}
    r = runner.invoke(cli, ["export", str(db_path), "--format", "jsonl"])
    first = json.loads(r.stdout.splitlines()[0])
    assert first["markers"] == {"yes_and": 0} and first["text"].startswith(
        "=SUM"
    )  # jsonl is not neutralised
    assert runner.invoke(cli, ["export", str(db_path), "--table", "nope"]).exit_code == 2


def test_export_parquet(runner, db_path: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "p.parquet"
    r = runner.invoke(cli, ["export", str(db_path), "--format", "parquet", "-o", str(out)])
    assert r.exit_code == 0, r.output
    table = pq.read_table(out)
    assert table.num_rows == 2 and table.column("page").to_pylist() == [1, 2]
    assert runner.invoke(cli, ["export", str(db_path), "--format", "parquet"]).exit_code == 2


def test_parquet_without_pyarrow_is_a_clear_error(
    runner, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    r = runner.invoke(
        cli, ["export", str(db_path), "--format", "parquet", "-o", str(tmp_path / "x.parquet")]
    )
    assert r.exit_code == 1
    assert "CT111" in r.stderr and "pip install" in r.stderr


def test_export_missing_db(runner, tmp_path: Path) -> None:
    r = runner.invoke(cli, ["export", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "CT204" in r.stderr
    assert not (tmp_path / "none.db").exists()
