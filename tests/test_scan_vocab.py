"""A scan worker keeps common words between files but never lets spaCy's vocabulary grow
without bound (collabtext/scan_worker.py: VOCAB_KEEP, memory zones, recycling)."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from collabtext import scan_worker


def _random_words(n: int, seed: int) -> str:
    rng = random.Random(seed)
    words = ("".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(n))
    return "\n\n".join(" ".join(chunk) + "." for chunk in zip(*[iter(words)] * 12, strict=False))


@pytest.fixture
def worker(monkeypatch):
    scan_worker.init_worker({"extract": {"isolate": False}})
    return monkeypatch


def _run(path: Path, executor: str) -> dict:
    opts = {"extract": {"isolate": False}, "executor": executor, "method": "lexicon"}
    payload = scan_worker.analyse_file({"path": str(path)}, opts)
    assert payload["status"] == "ok", payload
    return payload


def test_local_worker_keeps_words_until_the_limit_then_asks_to_be_replaced(worker, tmp_path):
    vocab = scan_worker._STATE["tagger"].nlp.vocab.strings
    small = tmp_path / "small.txt"
    small.write_text(_random_words(240, 1), encoding="utf-8")
    worker.setattr(scan_worker, "VOCAB_KEEP", len(vocab) + 10_000)
    before = len(vocab)
    assert _run(small, "local")["recycle"] is False
    assert len(vocab) > before  # kept: under the limit no zone frees them
    flood = tmp_path / "flood.txt"
    flood.write_text(_random_words(60_000, 2), encoding="utf-8")
    # under the limit when it starts, past twice the limit when it ends
    worker.setattr(scan_worker, "VOCAB_KEEP", (len(vocab) + 45_000) // 2 - 2_000)
    assert _run(flood, "local")["recycle"] is True  # the pool replaces a flooded worker


def test_dask_worker_frees_each_files_words(worker, tmp_path):
    vocab = scan_worker._STATE["tagger"].nlp.vocab.strings
    path = tmp_path / "words.txt"
    path.write_text(_random_words(2_400, 3), encoding="utf-8")
    before = len(vocab)
    assert _run(path, "dask")["recycle"] is False
    assert len(vocab) == before  # a memory zone: a Dask worker cannot be replaced
