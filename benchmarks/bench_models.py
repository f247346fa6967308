"""Benchmark the passage classifiers: load time and passages per second (vectorising included).

    python benchmarks/bench_models.py [--models DIR] [--n 5000]

Passages are the project's own training texts, repeated with a counter word so that no two are
equal. The vectoriser keeps each word's character n-grams between calls (a scan meets the same
words in every file), so predict is timed twice: with that cache emptied first (cold, as in a
worker's first file) and again with it filled (warm, as after a few files).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default=str(REPO / "models"))
    ap.add_argument("--n", type=int, default=5000)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from collabtext.learn import _load_cached, load_models

    t_import = time.perf_counter() - t0
    _load_cached.cache_clear()
    t0 = time.perf_counter()
    models = load_models(args.models)
    t_load = time.perf_counter() - t0
    assert models is not None

    texts = []
    for f in sorted((REPO / "models" / "training").glob("*.jsonl")):
        texts += [
            json.loads(line)["text"]
            for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    batch = [f"{texts[k % len(texts)]} (ref {k})" for k in range(args.n)]
    chars = sum(map(len, batch)) / len(batch)

    models.vectorizer._char_cache.clear()
    t0 = time.perf_counter()
    X = models.transform(batch)
    t_vec = time.perf_counter() - t0
    t0 = time.perf_counter()
    models.probabilities(X)
    t_prob = time.perf_counter() - t0
    models.vectorizer._char_cache.clear()
    t0 = time.perf_counter()
    preds = models.predict(batch)
    t_pred = time.perf_counter() - t0
    assert len(preds) == len(batch)
    t0 = time.perf_counter()
    models.predict(batch)
    t_warm = time.perf_counter() - t0

    print(f"import collabtext.learn: {t_import:.3f} s")
    print(f"load models ({args.models}): {t_load:.3f} s")
    print(f"{len(batch)} passages, {chars:.0f} characters on average")
    print(
        f"vectorise: {len(batch) / t_vec:,.0f} passages/s; "
        f"probabilities: {len(batch) / t_prob:,.0f} passages/s"
    )
    print(
        f"predict (vectorise + 8 frameworks + labels): {len(batch) / t_pred:,.0f} passages/s cold, "
        f"{len(batch) / t_warm:,.0f} warm"
    )


if __name__ == "__main__":
    main()
