"""Reliability of a real scan: hostile files all accounted for; SIGKILL then resume loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from collabtext.cli import cli

pytestmark = pytest.mark.skipif(
    not (Path(__file__).resolve().parents[1] / "collabtext" / "extract" / "__init__.py").is_file(),
    reason="needs collabtext.extract",
)

PLAN_TEXT = (
    "Our Well-being Plan\n\nWell-being objective 1: stronger communities\n\n"
    "We will work together with partners to share data and pool budgets.\n\n"
    "There is no shared vision yet, and partners lack trust.\n\n"
)


def _hostile_folder(root: Path, make_pdf, make_docx) -> dict[str, str]:
    """Write the hostile folder; return file name -> expected status."""
    root.mkdir()
    good = make_pdf(
        [
            [
                ("heading", "Partnership Plan"),
                ("paragraph", "We will work together with the council."),
            ]
        ],
        name="good.pdf",
    )
    (root / "good.pdf").write_bytes(good.read_bytes())
    data = good.read_bytes()
    (root / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (root / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    (root / "empty.pdf").write_bytes(b"")
    (root / "empty.txt").write_bytes(b"")
    (root / "text_named.pdf").write_text(PLAN_TEXT, encoding="utf-8")
    (root / "random.docx").write_bytes(os.urandom(5000))
    (root / "huge.txt").write_bytes(b"we will work together. " * 120_000)  # ~2.8 MB > --max-mb 1
    (root / "plan.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (root / "copy_of_plan.txt").write_text(PLAN_TEXT, encoding="utf-8")
    with zipfile.ZipFile(root / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * 300_000_000 + b"</w:document>")
    enc = make_pdf([[("paragraph", "secret")]], name="enc_src.pdf")
    (root / "encrypted.pdf").write_bytes(_encrypt(enc))
    return {
        "good.pdf": "ok",
        "text_named.pdf": "ok",
        "plan.txt": "ok",
        "copy_of_plan.txt": "ok",
        "truncated.pdf": "failed",
        "corrupt.pdf": "failed",
        "empty.pdf": "failed",
        "empty.txt": "failed",
        "random.docx": "failed",
        "huge.txt": "failed",
        "bomb.docx": "failed",
        "encrypted.pdf": "failed",
    }


def _encrypt(src: Path) -> bytes:
    import pypdfium2  # noqa: F401 - only to be sure the PDF stack is present
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "secret minutes")
    return bytes(pdf.output())


def test_hostile_folder_every_file_accounted_for(
    runner, tmp_path: Path, make_pdf, make_docx
) -> None:
    expected = _hostile_folder(tmp_path / "in", make_pdf, make_docx)
    db = tmp_path / "r.db"
    t0 = time.monotonic()
    r = runner.invoke(
        cli,
        [
            "scan",
            str(tmp_path / "in"),
            "--db",
            str(db),
            "-j",
            "2",
            "--no-ocr",
            "--max-mb",
            "1",
            "--timeout",
            "60",
            "--no-progress",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 1, r.output
    assert time.monotonic() - t0 < 120  # the bomb is refused, not inflated
    con = sqlite3.connect(db)
    rows = {
        Path(p).name: (s, c, e)
        for p, s, c, e in con.execute("SELECT path, status, error_code, error FROM documents")
    }
    assert set(rows) == set(expected)
    assert {k: v[0] for k, v in rows.items()} == expected, rows
    assert rows["encrypted.pdf"][1] == "CT103"
    assert rows["huge.txt"][1] == "CT107" and rows["bomb.docx"][1] == "CT107"
    assert all(c and c.startswith("CT") and e for s, c, e in rows.values() if s == "failed")
    for name in ("corrupt.pdf", "random.docx", "bomb.docx"):
        assert (
            f"{rows[name][1]} " in r.stderr and name in r.stderr
        )  # one line per failure on stderr


def _corpus(root: Path, n: int) -> None:
    root.mkdir()
    for i in range(n):
        body = "".join(
            f"Paragraph {j} of file {i}. We will work together with the council on item {j}.\n\n"
            for j in range(80)
        )
        (root / f"f{i:03d}.txt").write_text(PLAN_TEXT + body, encoding="utf-8")
    (root / "dup.txt").write_text((root / "f000.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "zz_corrupt.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)


def _snapshot(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    snap = {
        "documents": sorted(
            con.execute(
                "SELECT path, sha256, size, kind, status, error_code, pages, passages, words, duplicate_of FROM documents"
            )
        ),
        "passages": sorted(
            con.execute("SELECT sha256, passage_id, page, section, kind, lang, text FROM passages")
        ),
        "labels": sorted(con.execute("SELECT sha256, passage_id, framework, category FROM labels")),
        "evidence": sorted(
            con.execute("SELECT sha256, passage_id, framework, category, term, start FROM evidence")
        ),
        "scores": sorted(con.execute("SELECT sha256, passage_id, words, we, i FROM scores")),
    }
    con.close()
    return snap


def _frozen_env(tmp_path: Path) -> dict[str, str]:
    """Subprocess environment reading a private copy of the lexicons (stable during the test)."""
    import shutil

    from collabtext.resources import find

    lex = tmp_path / "lexicons"
    shutil.copytree(find("lexicons"), lex)
    return {**os.environ, "COLLABTEXT_LEXICONS": str(lex)}


def _scan_cmd(src: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "collabtext",
        "scan",
        str(src),
        "--db",
        str(db),
        "-j",
        "1",
        "--no-progress",
        "--no-ocr",
    ]


@pytest.mark.slow
def test_sigkill_then_resume_equals_uninterrupted(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _corpus(src, 14)
    env = _frozen_env(tmp_path)
    ref = tmp_path / "ref.db"
    subprocess.run(_scan_cmd(src, ref), capture_output=True, timeout=300, env=env)
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        _scan_cmd(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    done = 0
    deadline = time.monotonic() + 200
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=1)
                done = con.execute("SELECT count(*) FROM documents WHERE status='ok'").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                done = 0
        if done >= 3:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "scan finished before it could be killed"
    partial = _snapshot(db)["documents"]
    assert 3 <= len(partial) < 16
    # every stored document is complete: its passages are all there
    con = sqlite3.connect(db)
    for sha, n in con.execute("SELECT sha256, passages FROM documents WHERE status='ok'"):
        assert (
            con.execute("SELECT count(*) FROM passages WHERE sha256=?", (sha,)).fetchone()[0] == n
        )
    con.close()
    rerun = subprocess.run(_scan_cmd(src, db), capture_output=True, text=True, timeout=300, env=env)
    assert rerun.returncode == 1, rerun.stderr  # the corrupt PDF
    assert "CT104" in rerun.stderr or "CT105" in rerun.stderr
    assert _snapshot(db) == _snapshot(ref)
