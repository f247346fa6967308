"""The per-file task every scan executor runs, and the once-per-worker set-up.

A task is a JSON-ready dict ``{"path", "sha256", "size"}``; its result ("payload") is a JSON-ready
dict with the ``documents`` columns plus ``rows`` (table -> rows, see ``scan_rows``). Workers never
touch the database. The task never raises: any error becomes a failed payload with a CT code.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import time
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .errors import CollabtextError

DEFAULT_TASK = "collabtext.scan_worker:analyse_file"
_STATE: dict[str, Any] = {}


def resolve(spec: str) -> Any:
    """Import ``"module:attr"`` (tasks are named, not pickled, so any executor can run them)."""
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


def _hash_dir(h: Any, folder: Any) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            h.update(p.relative_to(folder).as_posix().encode())
            h.update(p.read_bytes())


@lru_cache(maxsize=8)
def pipeline_versions(
    extra_lexicons: tuple[str, ...] = (), method: str = "auto"
) -> tuple[str, str]:
    """(lexicon_sha, model_version): hashes of the lexicon files and of models/ + collabtext.

    The labelling method is part of the model version, so rows labelled by another ``--method``
    count as stale and a resumed scan redoes them rather than mixing methods in one database."""
    from pathlib import Path

    from . import __version__
    from .errors import DataNotFound
    from .resources import find

    lex = hashlib.sha256()
    try:
        _hash_dir(lex, find("lexicons"))
    except DataNotFound:
        lex.update(b"no-lexicons")
    for extra in extra_lexicons:
        lex.update(Path(extra).read_bytes())
    model = hashlib.sha256(__version__.encode())
    try:
        _hash_dir(model, find("models"))
    except DataNotFound:
        pass
    version = f"{__version__}+{model.hexdigest()[:12]}"
    return lex.hexdigest()[:16], version if method == "auto" else f"{version}:{method}"


def _method(options: dict[str, Any]) -> str:
    return str(options.get("method") or "auto")


def _limit_memory(max_mb: float | None) -> None:
    if not max_mb:
        return
    import resource

    limit = int(max_mb * 1024 * 1024)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def warm_defaults(
    extra: tuple[str, ...] = (),
    include_welsh: bool = False,
    method: str = "auto",
    orgs: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Build (cached) the tagger, scorer, gazetteer and, unless ``method`` is lexicon, the trained
    models; stages that are not installed are skipped."""
    import collabtext.analyze as analyze

    from .nlp import get_nlp

    get_nlp()
    parts: dict[str, Any] = {}
    get_tagger = analyze._stage("tag", "get_tagger")
    if get_tagger is not None:
        parts["tagger"] = get_tagger(extra, include_welsh)
    scorer = _scorer(include_welsh)
    if scorer is not None:
        parts["scorer"] = scorer
    loader = analyze._stage("orgs", "load_gazetteer")
    if loader is not None:
        parts["gazetteer"] = loader(orgs)
    if method != "lexicon":
        # Loading the models (SciPy, the vocabularies, the 10 MB embedding table) is done here,
        # before any file, so that it lands neither in the first file's time nor in each fork.
        from .learn import load_models_quiet

        models, _notes = load_models_quiet()
        _warm_models(models)
    pipeline_versions((*extra, *orgs), method)
    _load_views()
    return parts


# Common words (of the embedding table) whose char n-grams a worker computes at start-up, not in
# its first files: on the 43 PDFs of bench_scan, 4,100 of the 13,700 distinct words, ~0.05 s of a
# fresh worker's tag time. About 3 MB.
WARM_WORDS = 15_000


def _warm_models(models: Any) -> None:
    """Build what the models otherwise build on their first texts here, once in the fork
    server: every worker then shares those pages."""
    if models is None:
        return
    table = getattr(models.vectorizer, "table_", None)
    models.warm(table.common_words(WARM_WORDS) if table is not None else ())


def _load_views() -> None:
    """The minutes and audit views import their modules, compile their patterns and read the
    language lexicon on first use; a worker does it once here rather than in its first files."""
    import collabtext.analyze as analyze

    for module, attr in (("minutes", "review_minutes"), ("audit", "audit_plan")):
        analyze._stage(module, attr)
    person_pattern = analyze._stage("score_people", "person_pattern")
    if person_pattern is not None:
        person_pattern()


@lru_cache(maxsize=2)
def _scorer(include_welsh: bool) -> Any:
    import collabtext.analyze as analyze

    scorer_cls = analyze._stage("score", "Scorer")
    return scorer_cls(include_welsh=include_welsh) if scorer_cls is not None else None


def init_worker(options: dict[str, Any]) -> None:
    """Load spaCy, lexicons, tagger, scorer and gazetteer once for this process."""
    if _STATE.get("ready"):
        return
    _STATE["options"] = options
    _STATE.update(
        warm_defaults(
            tuple(options.get("lexicons") or ()),
            bool(options.get("include_welsh")),
            _method(options),
            tuple(options.get("orgs") or ()),
        )
    )
    if options.get("limit_memory", True):
        _limit_memory(options.get("max_memory_mb"))
    _relax_gc()
    _STATE["ready"] = True


# A file makes hundreds of thousands of short-lived objects (lines, passages, hits, row lists);
# with the default first threshold (700) the collector ran ~11 times per file and its full passes
# over each file's live structures took about 4% of a worker's time. Reference counting frees
# almost all of them anyway; collecting cycles 14x less often keeps memory flat (see the
# per-worker peak RSS in benchmarks/bench_scan.py).
GC_THRESHOLDS = (10_000, 10, 10)


def _relax_gc() -> None:
    import gc

    gc.set_threshold(*GC_THRESHOLDS)


def _extract(path: str, options: dict[str, Any]) -> Any:
    from .settings import ExtractSettings

    settings = ExtractSettings.resolve(options.get("extract") or None)
    if settings.isolate and _daemonic():
        # A daemonic process (e.g. a Dask worker with worker.daemon=True) may not fork children;
        # reading in-process is the only option there.
        settings = replace(settings, isolate=False)
    from .extract import extract_document

    return extract_document(path, settings)


def _daemonic() -> bool:
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _rss_mb() -> float | None:
    """Resident memory now (Linux /proc; None elsewhere, where growth is not watched)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError, AttributeError):
        return None


# A local worker is replaced once its resident memory has grown this far above what it held after
# its first file. Every cache is bounded and spaCy's vocabulary is freed per file (memory zones),
# yet on files of distinct random words a worker still crept up by ~0.7 MB a file (allocator
# fragmentation and caches filling to their bounds): 296 MB after 40 such files, 354 MB after 120.
# Replacing a worker costs one fork from the warmed fork server.
RSS_GROWTH_MB = 32.0


def _grown() -> bool:
    now = _rss_mb()
    if now is None:
        return False
    base = _STATE.setdefault("rss_base_mb", now)
    return now - base > RSS_GROWTH_MB


def failure(task: dict[str, Any], code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {
        "path": task["path"],
        "sha256": task.get("sha256"),
        "size": task.get("size"),
        "status": "failed",
        "error_code": code,
        "error": message,
        "rows": {},
        **extra,
    }


def analyse_file(task: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """Extract, analyse and flatten one file into database rows. Never raises."""
    init_worker(options)
    t0 = time.perf_counter()
    try:
        return _analyse(task, options, t0)
    except CollabtextError as e:
        return failure(task, e.code, e.message, seconds_total=time.perf_counter() - t0)
    except MemoryError:
        mb = options.get("max_memory_mb")
        return failure(
            task, "CT107", f"out of memory (worker limit --max-memory-mb {mb})", recycle=True
        )
    except RecursionError:
        return failure(task, "CT107", "file too deeply nested to process", recycle=True)
    except Exception as e:  # noqa: BLE001 - one bad file must never stop a batch
        return failure(task, "CT199", f"unexpected error ({type(e).__name__}: {e})")


# Words a local worker keeps for good before it frees each file's new ones (about 150 bytes each
# in spaCy's vocabulary): the common words of a corpus then stay known from file to file instead
# of being made again for each, and the vocabulary stops growing past this. A file that floods
# it (more than twice this) gets its worker replaced afterwards.
VOCAB_KEEP = 20_000


def _vocab_size() -> int:
    """Strings the worker keeps: ``len(vocab)`` also counts the lexemes a zone has freed."""
    nlp = getattr(_STATE.get("tagger"), "nlp", None)
    return len(nlp.vocab.strings) if nlp is not None else 0


def _memory_zone(keep: bool) -> Any:
    """spaCy keeps every new word's string and lexeme for the life of the process; inside a
    memory zone (spaCy >= 3.8) those of one file are freed when it is done, so a worker stays
    within its memory however many distinct words (names, OCR noise) a scan brings. With
    ``keep`` (a local worker, which the pool can replace), files run outside a zone until the
    vocabulary holds ``VOCAB_KEEP`` words."""
    nlp = getattr(_STATE.get("tagger"), "nlp", None)
    zone = getattr(nlp, "memory_zone", None)
    if zone is None or (keep and _vocab_size() < VOCAB_KEEP):
        return contextlib.nullcontext()
    return zone()


def _analyse(task: dict[str, Any], options: dict[str, Any], t0: float) -> dict[str, Any]:
    from .analyze import analyze_document
    from .scan_rows import result_rows, word_count

    doc = _extract(task["path"], options)
    t_extract = time.perf_counter() - t0
    keep = options.get("executor", "local") == "local"
    with _memory_zone(keep):
        result = analyze_document(
            doc,
            kind=options.get("kind"),
            tagger=_STATE.get("tagger"),
            scorer=_STATE.get("scorer"),
            include_welsh=bool(options.get("include_welsh")),
            gazetteer=_STATE.get("gazetteer"),
            method=_method(options),
        ).to_dict()
    result["sha256"] = task.get("sha256") or doc.sha256
    timings = result.get("timings") or {}
    lexicon_sha, model_version = pipeline_versions(
        (*(options.get("lexicons") or ()), *(options.get("orgs") or ())), _method(options)
    )
    return {
        "path": task["path"],
        "sha256": result["sha256"],
        "size": task.get("size", doc.size),
        "status": "ok",
        "error_code": None,
        "error": None,
        "format": doc.format,
        "kind": result["kind"],
        "pages": doc.pages,
        "passages": len(doc.passages),
        "words": word_count(result),
        "seconds_extract": t_extract,
        "seconds_tag": timings.get("tag"),
        "seconds_score": timings.get("score"),
        "seconds_view": timings.get("view"),
        "seconds_total": time.perf_counter() - t0,
        "lexicon_sha": lexicon_sha,
        "model_version": model_version,
        "warnings": result.get("warnings") or [],
        "rows": result_rows(result),
        "pid": os.getpid(),
        "maxrss_mb": _maxrss_mb(),
        "recycle": keep and (_vocab_size() > 2 * VOCAB_KEEP or _grown()),
    }
