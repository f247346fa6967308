"""Scan machinery: walking, dedup, resume, crashed/hung workers (with the fake pipeline)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from scan_fakes import fake_options, fake_versions

from collabtext.scan import run_scan
from collabtext.scan_walk import iter_paths


@pytest.fixture(autouse=True)
def _fixed_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    import collabtext.scan

    monkeypatch.setattr(collabtext.scan, "current_versions", lambda options: fake_versions())


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def _docs(db: Path) -> dict[str, tuple]:
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT path, status, error_code, error, duplicate_of, sha256 FROM documents"
    ).fetchall()
    con.close()
    return {Path(r[0]).name: r[1:] for r in rows}


def test_walk_include_exclude(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {"a.txt": "x", "b.pdf": "x", "sub/c.txt": "x", "skip/d.txt": "x", ".hidden.txt": "x"},
    )
    names = sorted(Path(p).name for p in iter_paths([str(tmp_path)], ("*.txt",), ("skip",)))
    assert names == ["a.txt", "c.txt"]
    assert sorted(Path(p).name for p in iter_paths([str(tmp_path)], (), ("*.pdf",))) == [
        "a.txt",
        "c.txt",
        "d.txt",
    ]


def test_scan_dedup_and_failures_are_recorded(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(
        src,
        {
            "a.txt": "We work together.\n\nSecond para.",
            "copy_of_a.txt": "We work together.\n\nSecond para.",
            "b.txt": "Plain text.",
            "crash.txt": "CRASH",
            "segv.txt": "SEGV",
            "hang.txt": "HANG",
            "boom.txt": "RAISE",
            "mem.txt": "MEMORY",
        },
    )
    db = tmp_path / "r.db"
    events = list(
        run_scan([str(src), str(tmp_path / "missing.txt")], db, fake_options(timeout=2.0))
    )
    assert len(events) == 9
    docs = _docs(db)
    assert set(docs) == {
        "a.txt",
        "copy_of_a.txt",
        "b.txt",
        "crash.txt",
        "segv.txt",
        "hang.txt",
        "boom.txt",
        "mem.txt",
        "missing.txt",
    }
    assert docs["crash.txt"][:2] == ("failed", "CT109") and "exit status 3" in docs["crash.txt"][2]
    assert docs["segv.txt"][:2] == ("failed", "CT109") and "SIGSEGV" in docs["segv.txt"][2]
    assert docs["hang.txt"][:2] == ("failed", "CT108")
    assert docs["boom.txt"][:2] == ("failed", "CT199")
    assert docs["mem.txt"][:2] == ("failed", "CT107")
    assert docs["missing.txt"][:2] == ("failed", "CT101")
    assert docs["b.txt"][0] == "ok"
    # identical bytes analysed once: one row points at the other, passages stored once
    assert docs["a.txt"][4] == docs["copy_of_a.txt"][4]
    assert {docs["a.txt"][3], docs["copy_of_a.txt"][3]} == {None, str(src / "a.txt")}
    con = sqlite3.connect(db)
    assert (
        con.execute("SELECT count(*) FROM passages WHERE sha256=?", (docs["a.txt"][4],)).fetchone()[
            0
        ]
        == 2
    )
    assert con.execute(
        "SELECT category FROM labels WHERE sha256=?", (docs["a.txt"][4],)
    ).fetchall() == [("common_purpose",)]


def test_rescan_skips_unchanged_and_retry_failed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src, {"a.txt": "one", "b.txt": "RAISE"})
    db = tmp_path / "r.db"
    list(run_scan([str(src)], db, fake_options(jobs=1)))
    again = {Path(e.path).name: e.action for e in run_scan([str(src)], db, fake_options(jobs=1))}
    assert again == {"a.txt": "skipped", "b.txt": "skipped"}
    (src / "b.txt").write_text("fixed now", encoding="utf-8")
    (src / "c.txt").write_text("new file", encoding="utf-8")
    third = {
        Path(e.path).name: (e.action, e.status)
        for e in run_scan([str(src)], db, fake_options(jobs=1))
    }
    assert third == {
        "a.txt": ("skipped", "ok"),
        "b.txt": ("analysed", "ok"),
        "c.txt": ("analysed", "ok"),
    }
    # the changed file's old content is gone; a failed file is retried only on request
    (src / "c.txt").write_text("RAISE", encoding="utf-8")
    list(run_scan([str(src)], db, fake_options(jobs=1)))
    assert {Path(e.path).name: e.action for e in run_scan([str(src)], db, fake_options(jobs=1))}[
        "c.txt"
    ] == "skipped"
    retried = {
        Path(e.path).name: e.action
        for e in run_scan([str(src)], db, fake_options(jobs=1, retry_failed=True))
    }
    assert retried["c.txt"] == "analysed" and retried["a.txt"] == "skipped"
    con = sqlite3.connect(db)
    shas = {r[0] for r in con.execute("SELECT sha256 FROM documents")}
    assert {r[0] for r in con.execute("SELECT DISTINCT sha256 FROM passages")} <= shas


def test_new_copy_of_analysed_content_is_not_reanalysed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src, {"a.txt": "We work together."})
    db = tmp_path / "r.db"
    list(run_scan([str(src)], db, fake_options(jobs=1)))
    _write(src, {"z.txt": "We work together."})
    events = {Path(e.path).name: e.action for e in run_scan([str(src)], db, fake_options(jobs=1))}
    assert events == {"a.txt": "skipped", "z.txt": "duplicate"}
    assert _docs(db)["z.txt"][3] == str(src / "a.txt")


def test_workers_recycled_keep_going(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src, {f"f{i}.txt": f"file {i} together" for i in range(7)})
    db = tmp_path / "r.db"
    opts = fake_options(jobs=2, max_tasks_per_worker=2)
    assert sum(e.status == "ok" for e in run_scan([str(src)], db, opts)) == 7


def test_bad_options() -> None:
    from collabtext.scan import ScanOptions

    with pytest.raises(ValueError):
        ScanOptions(executor="spark")
    with pytest.raises(ValueError):
        ScanOptions(jobs=0)


def test_same_file_named_twice_is_one_file(tmp_path: Path) -> None:
    _write(tmp_path / "src", {"a.txt": "one"})
    events = list(
        run_scan(
            [str(tmp_path / "src"), str(tmp_path / "src" / "a.txt")],
            tmp_path / "r.db",
            fake_options(jobs=1),
        )
    )
    assert [e.action for e in events] == ["analysed"]


def test_largest_files_are_scheduled_first() -> None:
    from collabtext.scan import largest_first

    tasks = [
        {"path": "b.pdf", "size": 10},
        {"path": "a.pdf", "size": 500},
        {"path": "c.txt", "size": None},
        {"path": "d.pdf", "size": 500},
    ]
    assert [t["path"] for t in largest_first(tasks)] == ["a.pdf", "d.pdf", "b.pdf", "c.txt"]
