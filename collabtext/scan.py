"""Batch scans: walk folders, analyse each distinct file once in workers, store results in SQLite.

``run_scan`` is a generator of ``ScanEvent``s (one per file, as it finishes) so that callers can
show progress; it never prints. Every file found is accounted for in the ``documents`` table:
analysed (ok), failed (with a CT code and reason), a duplicate of analysed content, or skipped
because the database already holds it for the same bytes and the same lexicon/model versions.

Workers are started with the "forkserver" method, so a script that calls ``run_scan`` needs the
usual ``if __name__ == "__main__":`` guard.

Example:
    >>> events = run_scan(["corpus/"], "results.db", ScanOptions(jobs=2))  # doctest: +SKIP
    >>> sum(e.status == "failed" for e in events)  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from .db import ResultsDB
from .scan_walk import FileEntry, hash_file, iter_paths, sniff_format
from .scan_worker import DEFAULT_TASK, pipeline_versions
from .settings import METHODS

EXECUTORS = ("local", "dask")


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """How to scan. ``extract`` holds ExtractSettings fields (timeout is set from ``timeout``).

    ``isolate`` is whether the extractor forks its own child per file inside a worker: the local
    pool already enforces the timeout by killing the worker, so it defaults to False there; a Dask
    task cannot be killed, so Dask keeps the extractor's isolation.
    """

    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    kind: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    timeout: float = 120.0
    max_memory_mb: float | None = 2048.0
    executor: str = "local"
    scheduler: str | None = None
    retry_failed: bool = False
    include_welsh: bool = False
    lexicons: tuple[str, ...] = ()
    method: str = "auto"  # lexicon | model | hybrid | auto, as ``tag --method``
    orgs: tuple[str, ...] = ()  # user gazetteer files (``--orgs``), absolute paths
    extract: dict[str, Any] = field(default_factory=dict)
    isolate: bool | None = None
    task: str = DEFAULT_TASK
    init: str = "collabtext.scan_worker:init_worker"
    max_tasks_per_worker: int = 200
    context: str = "forkserver"

    def __post_init__(self) -> None:
        if self.executor not in EXECUTORS:
            raise ValueError(f"executor must be one of {', '.join(EXECUTORS)}")
        if self.jobs < 1:
            raise ValueError("jobs must be at least 1")
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {', '.join(METHODS)}")

    def worker_options(self) -> dict[str, Any]:
        """JSON-ready options for the per-file task (the same for every executor)."""
        isolate = self.isolate if self.isolate is not None else self.executor == "dask"
        extract = {**self.extract, "timeout": self.timeout, "isolate": isolate}
        d = asdict(self)
        d["extract"] = extract
        d["limit_memory"] = self.executor == "local"
        return d


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """What happened to one file. ``action``: analysed | duplicate | skipped | failed-walk."""

    path: str
    action: str
    status: str
    kind: str | None = None
    pages: int | None = None
    words: int | None = None
    code: str | None = None
    message: str | None = None
    duplicates: int = 0


@dataclass(slots=True)
class ScanPlan:
    """The files of a scan after hashing and comparing with the database."""

    total: int = 0
    skipped: list[FileEntry] = field(default_factory=list)
    unreadable: list[FileEntry] = field(default_factory=list)
    duplicates: list[tuple[FileEntry, str]] = field(default_factory=list)  # (entry, analysed path)
    groups: dict[str, list[FileEntry]] = field(default_factory=dict)  # sha -> entries to analyse


def largest_first(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Biggest files first: with several workers, a long report started last would leave the
    others idle at the end (longest-processing-time-first scheduling)."""
    return sorted(tasks, key=lambda t: (-(t.get("size") or 0), t["path"]))


def current_versions(options: ScanOptions) -> tuple[str, str]:
    """(lexicon_sha, model_version) of the files as they are now (not cached: a long-lived process
    may run several scans while lexicons are edited). Stored rows carry the versions the worker
    that computed them had loaded, so rows from stale workers are redone by the next scan."""
    return pipeline_versions.__wrapped__((*options.lexicons, *options.orgs), options.method)


def plan_scan(paths: Iterable[str], db: ResultsDB, options: ScanOptions) -> ScanPlan:
    """Walk, hash and decide what each file needs (analyse, copy from a duplicate, or skip)."""
    lexicon_sha, model_version = current_versions(options)
    index = db.path_index()
    done = db.analysed_content(lexicon_sha, model_version)
    plan = ScanPlan()
    seen: set[str] = set()
    for path in iter_paths(paths, options.include, options.exclude):
        if os.path.normpath(path) in seen:  # the same file named twice (folder and file)
            continue
        seen.add(os.path.normpath(path))
        plan.total += 1
        entry = hash_file(path)
        if entry.sha256 is None:
            plan.unreadable.append(entry)
            continue
        known = index.get(path)
        if known and known[0] == entry.sha256 and known[2:] == (lexicon_sha, model_version):
            if known[1] == "ok" or not options.retry_failed:
                plan.skipped.append(entry)
                continue
        if entry.sha256 in done and done[entry.sha256] != path:
            plan.duplicates.append((entry, done[entry.sha256]))
            continue
        plan.groups.setdefault(entry.sha256, []).append(entry)
    return plan


def _executor(options: ScanOptions) -> Any:
    worker = options.worker_options()
    if options.executor == "dask":
        from .scan_dask import DaskExecutor

        return DaskExecutor(
            worker, jobs=options.jobs, scheduler=options.scheduler, memory_mb=options.max_memory_mb
        )
    from .scan_pool import LocalPool

    return LocalPool(
        worker,
        jobs=options.jobs,
        timeout=options.timeout,
        max_tasks=options.max_tasks_per_worker,
        context=options.context,
    )


def _store(
    db: ResultsDB, payload: dict[str, Any], plan: ScanPlan, versions: tuple[str, str]
) -> list[ScanEvent]:
    """Write one finished file (and its duplicate paths); one event per path."""
    from .db_schema import COLUMNS

    sha = payload.get("sha256")
    entries = plan.groups.get(sha or "", [])
    row = {c: payload.get(c) for c in COLUMNS["documents"]}
    row["lexicon_sha"] = row["lexicon_sha"] or versions[0]
    row["model_version"] = row["model_version"] or versions[1]
    if row["status"] == "failed":
        row["format"] = row["format"] or sniff_format(payload["path"])
    dups = [e.path for e in entries if e.path != payload["path"]]
    db.write_file(row, payload.get("rows") or {}, dups)
    first = ScanEvent(
        payload["path"],
        "analysed",
        row["status"],
        row["kind"],
        row["pages"],
        row["words"],
        row["error_code"],
        row["error"],
        len(dups),
    )
    return [first] + [
        ScanEvent(
            d,
            "duplicate",
            row["status"],
            row["kind"],
            row["pages"],
            row["words"],
            row["error_code"],
            row["error"],
        )
        for d in dups
    ]


def run_scan(
    paths: Iterable[str],
    db_path: str | os.PathLike[str],
    options: ScanOptions | None = None,
    plan_callback: Any = None,
) -> Iterator[ScanEvent]:
    """Scan ``paths`` into the database at ``db_path``, yielding one event per file found.

    Args:
        plan_callback: called with the ScanPlan once files are hashed (for progress totals).
    """
    options = options or ScanOptions()
    versions = current_versions(options)
    with ResultsDB(db_path) as db:
        db.record_versions(*versions)
        plan = plan_scan(paths, db, options)
        if plan_callback is not None:
            plan_callback(plan)
        for entry in plan.unreadable:
            code = "CT101" if entry.error == "file not found" else "CT100"
            db.write_file(
                {
                    "path": entry.path,
                    "status": "failed",
                    "error_code": code,
                    "error": entry.error,
                    "lexicon_sha": versions[0],
                    "model_version": versions[1],
                },
                {},
            )
            yield ScanEvent(entry.path, "failed-walk", "failed", code=code, message=entry.error)
        for entry in plan.skipped:
            row = db.document_row(entry.path) or {}
            yield ScanEvent(
                entry.path,
                "skipped",
                row.get("status", "ok"),
                row.get("kind"),
                row.get("pages"),
                row.get("words"),
                row.get("error_code"),
                row.get("error"),
            )
        for entry, of_path in plan.duplicates:
            db.write_duplicate(entry.path, of_path, entry.size)
            row = db.document_row(entry.path) or {}
            yield ScanEvent(
                entry.path, "duplicate", "ok", row.get("kind"), row.get("pages"), row.get("words")
            )
        tasks = largest_first(
            [
                {"path": g[0].path, "sha256": sha, "size": g[0].size}
                for sha, g in plan.groups.items()
            ]
        )
        if tasks:
            for payload in _executor(options).run(tasks):
                yield from _store(db, payload, plan, versions)
