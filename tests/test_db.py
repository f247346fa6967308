"""The results database: schema version, atomic per-file writes, duplicates, orphans."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from collabtext.db import ResultsDB
from collabtext.db_schema import SCHEMA_VERSION
from collabtext.errors import DatabaseError


def _doc(path: str, sha: str, status: str = "ok") -> dict:
    return {
        "path": path,
        "sha256": sha,
        "status": status,
        "kind": "other",
        "pages": 1,
        "lexicon_sha": "L",
        "model_version": "M",
    }


def _rows(sha: str, n: int = 2) -> dict:
    return {
        "passages": [
            [sha, f"p{i:04d}", i, 1, "", "paragraph", "en", None, f"text {i}"] for i in range(n)
        ],
        "labels": [[sha, "p0000", "themes", "common_purpose"]],
    }


def test_schema_versioned_and_wal(tmp_path: Path) -> None:
    db = ResultsDB(tmp_path / "r.db")
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.record_versions("abc", "0.1.0+x")
    meta = db.meta()
    assert meta["schema_version"] == str(SCHEMA_VERSION) and meta["lexicon_sha"] == "abc"
    db.close()


def test_newer_schema_and_foreign_files_refused(tmp_path: Path) -> None:
    p = tmp_path / "new.db"
    con = sqlite3.connect(p)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(DatabaseError, match="newer"):
        ResultsDB(p)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(DatabaseError, match="not a collabtext"):
        ResultsDB(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError):
        ResultsDB(junk)
    with pytest.raises(DatabaseError, match="no such"):
        ResultsDB(tmp_path / "absent.db", create=False)


def test_write_file_is_one_transaction(tmp_path: Path) -> None:
    db = ResultsDB(tmp_path / "r.db")
    bad = _rows("s1")
    bad["labels"] = [["s1", "p0000", "themes"]]  # wrong column count: the insert fails
    with pytest.raises(sqlite3.ProgrammingError):
        db.write_file(_doc("a.txt", "s1"), bad)
    assert db.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == 0
    assert db.document_row("a.txt") is None
    db.write_file(_doc("a.txt", "s1"), _rows("s1"), duplicates=["b.txt"])
    assert db.document_row("b.txt")["duplicate_of"] == "a.txt"
    assert db.analysed_content("L", "M") == {"s1": "a.txt"}
    assert db.analysed_content("L2", "M") == {}
    db.close()


def test_changed_content_replaces_and_orphans_go(tmp_path: Path) -> None:
    db = ResultsDB(tmp_path / "r.db")
    db.write_file(_doc("a.txt", "s1"), _rows("s1", 3))
    db.write_file(_doc("a.txt", "s2"), _rows("s2", 1))
    shas = {r[0] for r in db.conn.execute("SELECT DISTINCT sha256 FROM passages")}
    assert shas == {"s2"}
    db.write_file(_doc("c.txt", "s3"), _rows("s3", 1))
    db.write_duplicate("d.txt", "c.txt", size=5)
    assert db.document_row("d.txt")["sha256"] == "s3"
    assert db.status_counts() == {("other", "ok"): 3}
    assert db.top_categories("themes") == [("common_purpose", 2)]
    db.close()
