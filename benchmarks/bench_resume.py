"""Kill a scan with SIGKILL part-way, resume it, and compare with an uninterrupted scan.

Usage:
    python benchmarks/bench_resume.py          # ../shared/corpus, killed after 40% of the time
    python benchmarks/bench_resume.py FOLDER --jobs 2 --kill-at 0.3

Runs ``collabtext scan FOLDER`` once without interruption (database A, timed), then again into
database B, killing the whole process group with SIGKILL after ``--kill-at`` of A's time, and
re-runs the same command on B. Prints how many documents B held after the kill, what the resume
did, and whether A and B hold the same documents (path, hash, status, error code, pages), passages,
labels, evidence and scores. Ids of rows and timings are left out of the comparison.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

QUERIES = {
    "documents": "SELECT path, sha256, status, error_code, pages, passages FROM documents",
    "passages": "SELECT sha256, passage_id, page, section, kind, lang, speaker, text FROM passages",
    "labels": "SELECT sha256, passage_id, framework, category FROM labels",
    "evidence": 'SELECT sha256, passage_id, framework, category, term, start, "end", negated, '
    "overcome, round(score, 6), source FROM evidence",
    "scores": "SELECT sha256, passage_id, words, we, i, markers, agency, we_type FROM scores",
}


def scan_cmd(folder: str, db: Path, jobs: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "collabtext",
        "scan",
        folder,
        "--db",
        str(db),
        "--jobs",
        str(jobs),
    ]


def run(cmd: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    rc = subprocess.run(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ).returncode
    return time.perf_counter() - t0, rc


def killed_run(cmd: list[str], after: float) -> int:
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        proc.wait(timeout=after)
        return proc.returncode  # finished before the kill
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return -9


def rows(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {name: sorted(map(tuple, con.execute(q)), key=repr) for name, q in QUERIES.items()}
    finally:
        con.close()


def count_docs(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        ok = con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
        failed = con.execute("SELECT count(*) FROM documents WHERE status = 'failed'").fetchone()[0]
        return ok, failed
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--kill-at", type=float, default=0.4, help="fraction of the uninterrupted time")
    args = ap.parse_args()
    if not Path(args.folder).is_dir():
        print(f"no folder {args.folder}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.db", Path(tmp) / "b.db"
        secs, rc_a = run(scan_cmd(args.folder, a, args.jobs))
        print(f"uninterrupted scan: {secs:.1f} s, exit {rc_a}, documents ok/failed {count_docs(a)}")
        rc = killed_run(scan_cmd(args.folder, b, args.jobs), secs * args.kill_at)
        after_kill = count_docs(b) if b.exists() else (0, 0)
        killed_at = secs * args.kill_at
        print(f"killed (SIGKILL) after {killed_at:.1f} s (exit {rc}): ok/failed {after_kill}")
        secs_b, rc_b = run(scan_cmd(args.folder, b, args.jobs))
        print(f"resumed: {secs_b:.1f} s, exit {rc_b}, documents ok/failed {count_docs(b)}")
        ra, rb = rows(a), rows(b)
        same = True
        for name in QUERIES:
            eq = ra[name] == rb[name]
            same &= eq
            print(
                f"  {name:10s} {len(ra[name]):>7} rows uninterrupted, {len(rb[name]):>7} resumed: "
                f"{'identical' if eq else 'DIFFERENT'}"
            )
        print("result:", "identical" if same else "DIFFERENT")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
