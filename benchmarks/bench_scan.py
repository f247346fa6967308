"""End-to-end scan throughput against ``pdftotext`` on the same text-layer PDFs.

Usage:
    python benchmarks/bench_scan.py                 # corpus PDFs with a text layer + generated reports
    python benchmarks/bench_scan.py --no-corpus --generate 3 --pages 150

Prints pages/s and words/s for pdftotext, collabtext with 1 worker and with 2 workers (worker
start-up excluded: workers load spaCy/lexicons before the clock starts), peak RSS per worker, and
the ratios the issue sets as targets (>= 1/3 of pdftotext with one worker, >= 1.7x that with two,
<= 300 MB per worker). Also compares extractor isolation on/off inside workers (--isolation).

Each run is repeated (--repeat, default 3) and the median is reported with the range: on a shared
2-core machine one run of the same scan took anywhere from 4.0 to 5.7 s.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from collabtext.scan import ScanOptions, largest_first  # noqa: E402
from collabtext.scan_pool import LocalPool  # noqa: E402
from collabtext.scan_walk import hash_file  # noqa: E402

PARA = (
    "The partnership board agreed that the council, the health board and the voluntary sector will "
    "work together to pool budgets and share data. We will involve citizens in designing services, "
    "and partners will report progress on each step of the plan every year. "
)


def generate_reports(folder: Path, n: int, pages: int) -> list[str]:
    """Long text-layer reports made with fpdf2 (headings, paragraphs, bullets)."""
    from fpdf import FPDF

    out = []
    for k in range(n):
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(True, margin=20)
        for page in range(pages):
            pdf.add_page()
            pdf.set_font("Helvetica", style="B", size=15)
            pdf.multi_cell(
                0,
                8,
                f"{page + 1}. Objective {page % 7 + 1}: working together in report {k}",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("Helvetica", size=10)
            for j in range(5):
                pdf.multi_cell(0, 5, f"{page}.{j} " + PARA, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        path = folder / f"generated_report_{k}.pdf"
        pdf.output(str(path))
        out.append(str(path))
    return out


def pdf_pages(path: str) -> int:
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return next(
        (int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), 0
    )


def text_layer_pdfs(corpus: Path) -> list[str]:
    """Corpus PDFs where pdftotext finds a real text layer (>= 200 characters a page)."""
    keep = []
    for path in sorted(glob.glob(str(corpus / "**" / "*.pdf"), recursive=True)):
        r = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True)
        pages = pdf_pages(path)
        if r.returncode == 0 and pages and len(r.stdout) / pages >= 200:
            keep.append(path)
    return keep


def bench_pdftotext(files: list[str]) -> float:
    t0 = time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-q", f, os.devnull], check=False)
    return time.perf_counter() - t0


def bench_collabtext(
    files: list[str], jobs: int, isolate: bool
) -> tuple[float, int, int, float, int]:
    """(seconds, pages, words, peak RSS MB of any worker, failed) with start-up excluded."""
    opts = ScanOptions(
        jobs=jobs, isolate=isolate, timeout=600, max_memory_mb=None, extract={"ocr": False}
    )
    pool = LocalPool(opts.worker_options(), jobs=jobs, timeout=600)
    pool.start()
    tasks = []
    for f in files:
        e = hash_file(f)
        tasks.append({"path": f, "sha256": e.sha256, "size": e.size})
    tasks = largest_first(tasks)  # the order run_scan uses
    t0 = time.perf_counter()
    payloads = list(pool.run(tasks))
    seconds = time.perf_counter() - t0
    ok = [p for p in payloads if p["status"] == "ok"]
    peak = max((p.get("maxrss_mb") or 0 for p in ok), default=0.0)
    stages = {
        k: sum(p.get(f"seconds_{k}") or 0 for p in ok) for k in ("extract", "tag", "score", "view")
    }
    print(
        "    stage seconds (summed over workers): "
        + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()),
        file=sys.stderr,
    )
    for p in payloads:
        if p["status"] != "ok":
            print(f"    failed: {p['path']}: {p['error_code']} {p['error']}", file=sys.stderr)
            break
    return (
        seconds,
        sum(p["pages"] or 0 for p in ok),
        sum(p["words"] or 0 for p in ok),
        peak,
        len(payloads) - len(ok),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus")
    )
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--generate", type=int, default=2, help="generated long reports to add")
    ap.add_argument("--pages", type=int, default=120, help="pages per generated report")
    ap.add_argument("--isolation", action="store_true", help="also time extractor isolation on")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each configuration (median)")
    args = ap.parse_args()
    if not shutil.which("pdftotext"):
        sys.exit("pdftotext (poppler-utils) is needed for the comparison")
    tmp = Path(tempfile.mkdtemp(prefix="bench_scan_"))
    files = (
        []
        if args.no_corpus or not Path(args.corpus).is_dir()
        else text_layer_pdfs(Path(args.corpus))
    )
    files += generate_reports(tmp, args.generate, args.pages) if args.generate else []
    pages = sum(pdf_pages(f) for f in files)
    print(f"{len(files)} text-layer PDFs, {pages} pages ({os.cpu_count()} cores)")
    refs = sorted(bench_pdftotext(files) for _ in range(max(1, args.repeat)))
    ref = statistics.median(refs)
    ref_rate = pages / ref
    print(
        f"{'run':<28}{'seconds':>9}{'pages/s':>10}{'words/s':>10}{'peak MB/worker':>16}{'vs pdftotext':>14}"
    )
    print(f"{'pdftotext (1 process)':<28}{ref:>9.2f}{ref_rate:>10.1f}{'':>10}{'':>16}{1.0:>14.2f}")
    runs = [("collabtext 1 worker", 1, False), ("collabtext 2 workers", 2, False)]
    if args.isolation:
        runs.append(("collabtext 1 worker, isolate", 1, True))
    rates = {}
    spread = {"pdftotext (1 process)": (refs[0], refs[-1])}
    for name, jobs, isolate in runs:
        trials = [bench_collabtext(files, jobs, isolate) for _ in range(max(1, args.repeat))]
        secs = sorted(t[0] for t in trials)
        sec = statistics.median(secs)
        _, pg, words, _, _ = trials[0]
        peak = max(t[3] for t in trials)
        failed = max(t[4] for t in trials)
        spread[name] = (secs[0], secs[-1])
        rates[name] = pg / sec
        note = f" ({failed} failed)" if failed else ""
        print(
            f"{name:<28}{sec:>9.2f}{pg / sec:>10.1f}{words / sec:>10.0f}{peak:>16.0f}{pg / sec / ref_rate:>14.2f}{note}"
        )
    print(
        f"median of {max(1, args.repeat)} runs; range in seconds: "
        + "; ".join(f"{k} {lo:.2f}-{hi:.2f}" for k, (lo, hi) in spread.items())
    )
    one, two = rates["collabtext 1 worker"], rates["collabtext 2 workers"]
    print(
        f"targets: 1 worker >= 0.33 x pdftotext: {one / ref_rate:.2f}; 2 workers >= 1.7 x 1 worker: {two / one:.2f}"
    )
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
