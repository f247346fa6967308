"""A fake pipeline for scan tests, imported by worker processes (so it cannot be a monkeypatch).

``fake_init`` replaces the extractor and the analysis stages *inside the worker* with small
stand-ins that misbehave on cue words in the file: CRASH (``os._exit``), SEGV (segfault), HANG
(sleeps), MEMORY (allocates past the limit), RAISE (an unexpected exception). Other files are read
as text: one passage per paragraph, labelled ``themes: common_purpose`` where "together" occurs.
This module has no tests; it only lives here so that workers can import it by name.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from typing import Any


class _FakeTags:
    def __init__(self, doc: Any) -> None:
        self.doc = doc

    def to_dict(self) -> dict[str, Any]:
        passages = []
        for p in self.doc.passages:
            d = p.to_dict()
            hit = "together" in p.text.lower()
            d["labels"] = {"themes": ["common_purpose"] if hit else [], "power_spectrum": None}
            start = p.text.lower().find("together")
            d["evidence"] = (
                [
                    {
                        "framework": "themes",
                        "category": "common_purpose",
                        "term": "together",
                        "start": start,
                        "end": start + 8,
                        "negated": False,
                    }
                ]
                if hit
                else []
            )
            passages.append(d)
        return {"passages": passages, "summary": {}, "lexicon": {"name": "fake"}}


def _fake_extract(path: str, options: dict[str, Any]) -> Any:
    from collabtext.records import Document, Passage

    data = open(path, "rb").read()
    text = data.decode("utf-8", errors="replace")
    if "CRASH" in text:
        os._exit(3)
    if "SEGV" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "HANG" in text:
        time.sleep(60)
    if "MEMORY" in text:
        blob = bytearray(4 * 1024**3)  # over the worker's address-space limit
        return blob
    if "RAISE" in text:
        raise RuntimeError("fake failure")
    if "SLOW" in text:
        time.sleep(0.15)
    chunks = [c.strip() for c in text.split("\n\n") if c.strip()]
    passages = tuple(Passage(f"p{i + 1:04d}", c, page=1) for i, c in enumerate(chunks))
    return Document(
        path, hashlib.sha256(data).hexdigest(), "text", passages, pages=1, size=len(data)
    )


def _fake_stage(module: str, attr: str) -> Any:
    if (module, attr) == ("tag", "tag_document"):
        return lambda doc, **kw: _FakeTags(doc)
    return None


def fake_versions(*args: Any) -> tuple[str, str]:
    """Fixed versions: fake scans must not depend on the real lexicons (edited meanwhile)."""
    return ("fake-lexicon", "fake-model")


def fake_init(options: dict[str, Any]) -> None:
    import collabtext.analyze as analyze
    from collabtext import scan_worker

    scan_worker._extract = _fake_extract
    scan_worker.pipeline_versions = fake_versions
    analyze._stage = _fake_stage
    scan_worker._STATE["ready"] = True
    if options.get("limit_memory", True):
        scan_worker._limit_memory(options.get("max_memory_mb"))


def fake_options(**kw: Any) -> Any:
    """ScanOptions using the fake pipeline."""
    from collabtext.scan import ScanOptions

    base: dict[str, Any] = {
        "jobs": 2,
        "timeout": 3.0,
        "max_memory_mb": 1024.0,
        "init": "scan_fakes:fake_init",
    }
    base.update(kw)
    return ScanOptions(**base)


def models_loaded(task: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """Task: whether this worker holds the trained models (loaded by it or its fork server)."""
    import sys

    learn = sys.modules.get("collabtext.learn")
    n = learn._load_cached.cache_info().currsize if learn is not None else 0
    return {"path": task["path"], "status": "ok", "models_loaded": n}
