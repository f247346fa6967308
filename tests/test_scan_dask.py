"""The Dask executor on a LocalCluster gives the same database as the local pool."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from scan_fakes import fake_options, fake_versions

from collabtext.scan import ScanOptions, run_scan

pytest.importorskip("dask.distributed")

TEXT = (
    "Minutes of the Board\n\nPresent: Cllr A. Jones (Chair)\n\nApologies: B. Smith\n\n"
    "RESOLVED that partners will work together and pool budgets.\n\n{n}\n"
)


def _snapshot(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    snap = {
        t: sorted(con.execute(q))
        for t, q in {
            "documents": "SELECT path, sha256, size, format, kind, status, error_code, pages, passages, words, "
            "duplicate_of, lexicon_sha, model_version FROM documents",
            "passages": "SELECT sha256, passage_id, seq, page, section, kind, lang, text FROM passages",
            "labels": "SELECT * FROM labels",
            "evidence": "SELECT * FROM evidence",
            "scores": "SELECT * FROM scores",
            "document_scores": "SELECT * FROM document_scores",
            "views": "SELECT * FROM views",
        }.items()
    }
    con.close()
    return snap


@pytest.mark.slow
def test_dask_matches_local_pool(tmp_path: Path, monkeypatch) -> None:
    from collabtext.resources import find

    lex = tmp_path / "lexicons"
    shutil.copytree(find("lexicons"), lex)  # a stable copy while others edit the real ones
    monkeypatch.setenv("COLLABTEXT_LEXICONS", str(lex))
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        (src / f"m{i}.txt").write_text(TEXT.format(n=i), encoding="utf-8")
    (src / "copy.txt").write_text(TEXT.format(n=0), encoding="utf-8")
    (src / "bad.docx").write_bytes(b"PK\x03\x04 not really a zip")
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    list(run_scan([str(src)], local, ScanOptions(jobs=2, context="spawn")))
    events = list(run_scan([str(src)], dask, ScanOptions(jobs=2, executor="dask")))
    assert len(events) == 7 and sum(e.status == "failed" for e in events) == 1
    a, b = _snapshot(local), _snapshot(dask)
    assert a["documents"] and a["passages"]
    for table in a:
        assert a[table] == b[table], table


@pytest.mark.slow
def test_dask_crashed_worker_costs_only_its_file(tmp_path: Path, monkeypatch) -> None:
    import collabtext.scan

    monkeypatch.setattr(collabtext.scan, "current_versions", lambda options: fake_versions())
    src = tmp_path / "in"
    src.mkdir()
    (src / "crash.txt").write_text("CRASH", encoding="utf-8")
    for i in range(5):
        (src / f"ok{i}.txt").write_text(f"fine {i} together", encoding="utf-8")
    db = tmp_path / "r.db"
    events = {
        Path(e.path).name: (e.status, e.code)
        for e in run_scan([str(src)], db, fake_options(jobs=2, executor="dask"))
    }
    assert events["crash.txt"] == ("failed", "CT109")
    assert [events[f"ok{i}.txt"] for i in range(5)] == [("ok", None)] * 5


def test_dask_missing_is_a_clear_error(monkeypatch, tmp_path: Path) -> None:
    import sys

    from collabtext.scan_pool import ScanError

    monkeypatch.setitem(sys.modules, "dask", None)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ScanError, match="pip install"):
        list(run_scan([str(tmp_path / "a.txt")], tmp_path / "r.db", fake_options(executor="dask")))
