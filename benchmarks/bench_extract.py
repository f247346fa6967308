"""Benchmark PDF extraction: pages per second and peak memory, collabtext against pdftotext.

Usage:
    python benchmarks/bench_extract.py               # corpus PDFs (if present) + a generated report
    python benchmarks/bench_extract.py --pages 400     # a longer generated report
    python benchmarks/bench_extract.py --pdfplumber  # also time naive pdfplumber (slow)
    python benchmarks/bench_extract.py FILE.pdf ...    # your own files

Each engine runs in its own child process, so peak RSS (ru_maxrss) is that engine's alone. Every
engine reads the same files; files any engine cannot read (encrypted, scanned, corrupt) are dropped
first. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ENGINES = (
    "collabtext.read_pdf",
    "collabtext.extract",
    "pypdfium2.text",
    "pdftotext",
    "pdfplumber.text",
)
_WORDS = (
    "partners agree joint work on early help for families in the county, with shared staff, "
    "a pooled budget and one case record so that each family tells its story only once; the "
    "board will review progress every year and publish what it has learned"
).split()


def generate_report(path: Path, pages: int) -> Path:
    """A long report: running header/footer, headings, wrapped paragraphs, some tables."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, "Bro Teifi Well-being Report 2024-2029", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 12, 20)
    state = {"n": 0}
    pdf.add_page()
    while pdf.page_no() < pages:
        state["n"] += 1
        pdf.set_font("Helvetica", style="B", size=14)
        pdf.multi_cell(
            0,
            8,
            f"{state['n']}. Objective {state['n']}: working together",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font("Helvetica", size=10)
        for k in range(4):
            words = [_WORDS[(state["n"] * 7 + k * 3 + i) % len(_WORDS)] for i in range(90)]
            pdf.multi_cell(0, 5, " ".join(words).capitalize() + ".", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        if state["n"] % 5 == 0:
            with pdf.table(col_widths=(90, 50, 30)) as table:
                for r in range(4):
                    row = table.row()
                    for c in (f"Action step {r}", "Lead partner", "2025"):
                        row.cell(c)
            pdf.ln(3)
    pdf.output(str(path))
    return path


def corpus_pdfs() -> list[Path]:
    shared = ROOT.parent / "shared" / "corpus"
    return sorted(shared.glob("*/*.pdf")) if shared.is_dir() else []


# --- child side -------------------------------------------------------------------------------


def _pages_pdfium(path: str) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def _run_one(engine: str, path: str) -> int:
    if engine == "collabtext.read_pdf":
        from collabtext.extract.pdf import read_pdf
        from collabtext.settings import ExtractSettings

        return read_pdf(path, ExtractSettings(ocr=False))[1]
    if engine == "collabtext.extract":
        from collabtext.extract import extract_document

        return extract_document(path, {"ocr": False, "isolate": False}).pages or 0
    if engine == "pypdfium2.text":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(path)
        for page in doc:
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
        n = len(doc)
        doc.close()
        return n
    if engine == "pdftotext":
        cmd = ["pdftotext", "-q", path, os.devnull]
        gnu_time = shutil.which("time") or (
            "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
        )
        if (
            gnu_time
        ):  # GNU time reports the child's own peak RSS (a fork of Python would inherit ours)
            done = subprocess.run(
                [gnu_time, "-f", "%M", *cmd], capture_output=True, text=True, timeout=300
            )
            last = done.stderr.strip().splitlines()[-1:] or ["0"]
            _PEAK["kb"] = max(_PEAK["kb"], int(last[0]) if last[0].isdigit() else 0)
        else:
            subprocess.run(cmd, check=False, timeout=300)
        return _pages_pdfium(path)
    if engine == "pdfplumber.text":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
            return len(pdf.pages)
    raise ValueError(engine)


def child(engine: str, files: list[str]) -> None:
    pages = 0
    counted = 0.0
    for path in files:
        start = time.perf_counter()
        n = _run_one(engine, path)
        elapsed = time.perf_counter() - start
        counted += elapsed
        pages += n
    peak_kb = _PEAK["kb"] if engine == "pdftotext" else _vm_hwm_kb()
    print(json.dumps({"pages": pages, "seconds": counted, "rss_mb": peak_kb / 1024}))


_PEAK = {"kb": 0}


def _vm_hwm_kb() -> int:
    """This process's peak RSS (VmHWM is reset by exec; ru_maxrss inherits the parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- parent side ------------------------------------------------------------------------------


def readable(files: list[Path]) -> list[Path]:
    """Files collabtext reads without OCR and pdftotext can open: the same set for every engine."""
    import pypdfium2 as pdfium

    from collabtext.errors import CollabtextError
    from collabtext.extract.pdf import read_pdf
    from collabtext.settings import ExtractSettings

    ok = []
    for f in files:
        try:
            pdfium.PdfDocument(
                str(f)
            ).close()  # damaged files go to the slow fallback: not comparable
            read_pdf(str(f), ExtractSettings(ocr=False))
        except (CollabtextError, pdfium.PdfiumError):
            continue
        ok.append(f)
    return ok


def run_engine(engine: str, files: list[Path]) -> dict[str, float] | None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump([str(f) for f in files], fh)
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", engine, fh.name],
            capture_output=True,
            text=True,
            timeout=3600,
        )
    finally:
        os.unlink(fh.name)
    if done.returncode != 0:
        print(f"  {engine}: failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(label: str, files: list[Path], engines: list[str], repeat: int = 3) -> None:
    """Run every engine ``repeat`` times, interleaved so that load changes hit all of them alike;
    the fastest run of each counts, with the highest peak memory seen."""
    print(f"\n{label}: {len(files)} PDF(s), best of {repeat} interleaved runs")
    print(f"  {'engine':22} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'peak RSS MB':>12}")
    runs: dict[str, list[dict[str, float]]] = {e: [] for e in engines}
    for _ in range(repeat):
        for engine in engines:
            res = run_engine(engine, files)
            if res is not None:
                runs[engine].append(res)
    base = None
    for engine in engines:
        if not runs[engine]:
            continue
        best = min(runs[engine], key=lambda r: r["seconds"])
        rss = max(r["rss_mb"] for r in runs[engine])
        rate = best["pages"] / best["seconds"] if best["seconds"] else float("inf")
        if engine == "pdftotext":
            base = rate
        print(
            f"  {engine:22} {int(best['pages']):6d} {best['seconds']:8.2f} {rate:8.0f} {rss:12.0f}"
        )
    if base:
        print(f"  (pdftotext = {base:.0f} pages/s; target for collabtext >= {base / 3:.0f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=200, help="pages of the generated report")
    ap.add_argument("--pdfplumber", action="store_true", help="also time naive pdfplumber")
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine; the fastest counts")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], json.loads(Path(args.child[1]).read_text()))
        return
    engines = [e for e in ENGINES if e != "pdfplumber.text" or args.pdfplumber]
    if shutil.which("pdftotext") is None:
        print("pdftotext not found (apt-get install poppler-utils): skipping it", file=sys.stderr)
        engines.remove("pdftotext")
    try:
        import collabtext.extract as ex

        if not hasattr(ex, "extract_document"):
            raise ImportError
    except ImportError:
        engines.remove("collabtext.extract")
    if args.files:
        report("given files", readable(args.files), engines, args.repeat)
        return
    corpus = readable(corpus_pdfs())
    if corpus:
        report("corpus (text-layer PDFs of ../shared/corpus)", corpus, engines, args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        long = generate_report(Path(tmp) / "long-report.pdf", args.pages)
        report(f"generated report ({args.pages} pages)", [long], engines, args.repeat)


if __name__ == "__main__":
    main()
