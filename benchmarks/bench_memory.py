"""Peak memory of one scan worker on a hostile corpus: files of distinct random words, which
grow spaCy's vocabulary and every per-word cache as fast as text can.

Usage: python benchmarks/bench_memory.py [--files 120] [--words 25000]

Prints the peak RSS the worker reports (the issue's limit is 300 MB per worker whatever the
corpus), how many worker processes the pool used (a worker that one file floods is replaced),
and the same for a corpus-like text repeated, for comparison. 120 files by default: a worker
that creeps up a little with each file shows it only over many files (354 MB after 120 before
workers were replaced on memory growth; 296 MB after 40).
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from collabtext.scan import ScanOptions  # noqa: E402
from collabtext.scan_pool import LocalPool  # noqa: E402


def random_text(words: int, seed: int) -> str:
    rng = random.Random(seed)
    toks = [
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 12))) for _ in range(words)
    ]
    return "\n\n".join(" ".join(toks[i : i + 12]) + "." for i in range(0, len(toks), 12))


def run(files: list[Path]) -> tuple[float, int, int]:
    opts = ScanOptions(jobs=1, timeout=600, max_memory_mb=None)
    pool = LocalPool(opts.worker_options(), jobs=1, timeout=600)
    pool.start()
    payloads = list(pool.run([{"path": str(f)} for f in files]))
    ok = sum(p["status"] == "ok" for p in payloads)
    peak = max((p.get("maxrss_mb") or 0.0) for p in payloads)
    return peak, len({p.get("pid") for p in payloads}), ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=120)
    ap.add_argument("--words", type=int, default=25_000, help="distinct random words per file")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        hostile = []
        for k in range(a.files):
            p = folder / f"random_{k:03d}.txt"
            p.write_text(random_text(a.words, k), encoding="utf-8")
            hostile.append(p)
        peak, workers, ok = run(hostile)
        print(
            f"hostile: {a.files} files x {a.words:,} random words: peak {peak:.0f} MB per worker, "
            f"{workers} worker process(es), {ok} ok"
        )
        plain = folder / "plain"
        plain.mkdir()
        text = (
            "The council and the health board will pool budgets and share data. "
            "Residents told us what matters to them. "
        ) * 2_000
        files = []
        for k in range(a.files):
            p = plain / f"plain_{k:03d}.txt"
            p.write_text(text, encoding="utf-8")
            files.append(p)
        peak, workers, ok = run(files)
        print(f"plain:   {a.files} files of ordinary text: peak {peak:.0f} MB per worker")
    print("target: <= 300 MB per worker")


if __name__ == "__main__":
    main()
