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
    monkeypatch.setattr(scan_worker, "_rss_mb", lambda: 100.0)  # growth is tested on its own
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


def test_local_worker_asks_to_be_replaced_when_its_memory_creeps_up(worker, tmp_path):
    """Whatever grows (allocator fragmentation, caches filling to their bounds), a local worker
    whose resident memory rises RSS_GROWTH_MB above its level after its first file is replaced."""
    path = tmp_path / "words.txt"
    path.write_text(_random_words(240, 4), encoding="utf-8")
    worker.delitem(scan_worker._STATE, "rss_base_mb", raising=False)
    worker.setattr(scan_worker, "VOCAB_KEEP", 10**9)
    rss = iter(
        [250.0, 250.0 + scan_worker.RSS_GROWTH_MB - 1, 250.0 + scan_worker.RSS_GROWTH_MB + 1]
    )
    worker.setattr(scan_worker, "_rss_mb", lambda: next(rss))
    assert [_run(path, "local")["recycle"] for _ in range(3)] == [False, False, True]
    worker.setattr(scan_worker, "_rss_mb", lambda: 10_000.0)
    assert _run(path, "dask")["recycle"] is False  # a Dask worker is not the pool's to replace


def test_resident_memory_is_read_on_linux():
    mb = scan_worker._rss_mb()
    assert mb is None or 1.0 < mb < 1_000_000
