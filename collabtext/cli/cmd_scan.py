"""``collabtext scan PATH... --db results.db``: analyse folders into a resumable results database."""

from __future__ import annotations

import json
import os
import sys
import time

import click

from ._common import load_method_models, load_orgs
from ._options import (
    include_welsh_option,
    jobs_option,
    lexicon_option,
    limits_options,
    method_option,
    orgs_option,
    paths_argument,
)


@click.command("scan")
@paths_argument
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Results database (SQLite; created if missing).",
)
@click.option(
    "--include",
    multiple=True,
    metavar="GLOB",
    help="Only files whose name or path matches (repeatable). Without it, folder walks pass "
    "over data, code and media files (.json, .yaml, .csv, .py, images, archives...); "
    "use --include '*' to take every file.",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Skip files and folders that match (repeatable).",
)
@click.option(
    "--kind",
    type=click.Choice(["plan", "minutes", "other"]),
    default=None,
    help="Treat every file as this kind instead of detecting it.",
)
@jobs_option
@limits_options
@click.option(
    "--max-memory-mb",
    type=click.FloatRange(min=64),
    default=2048.0,
    show_default=True,
    help="Per-worker address-space limit (local executor; Dask: worker memory limit).",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Local process pool, or a Dask distributed cluster.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://host:8786); default: a LocalCluster of --jobs workers.",
)
@click.option(
    "--retry-failed", is_flag=True, help="Analyse again files that failed in an earlier scan."
)
@include_welsh_option
@lexicon_option
@method_option
@orgs_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Format of the final summary (stdout).",
)
@click.option(
    "--progress/--no-progress",
    default=True,
    show_default=True,
    help="Show progress on stderr (a bar on a terminal, plain lines otherwise).",
)
def command(
    paths: tuple[str, ...],
    db_path: str,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    kind: str | None,
    jobs: int,
    timeout: float,
    max_pages: int,
    max_mb: float,
    password: str | None,
    ocr: bool,
    max_memory_mb: float,
    executor: str,
    scheduler: str | None,
    retry_failed: bool,
    include_welsh: bool,
    lexicons: tuple[str, ...],
    method: str,
    orgs_files: tuple[str, ...],
    fmt: str,
    progress: bool,
) -> None:
    """Analyse every file under PATHS into a results database, in parallel and resumably.

    Each distinct file (by sha256) is extracted, tagged and scored once, plus the minutes or
    plan-audit view for minutes and plans. Finished files are committed one by one, so an
    interrupted scan loses nothing: run the same command again to finish it. Exit 1 if any file
    failed (after everything else is written).
    """
    from ..errors import CollabtextError
    from ..report.scan_progress import ScanProgress
    from ..scan import ScanOptions, run_scan

    if not paths:
        raise click.UsageError("give one or more files or folders to scan")
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    load_orgs(orgs_files)  # a bad --orgs file: one clear error now, not one per file
    if method in ("model", "hybrid"):
        load_method_models(method)  # no models: one clear error now, not one per file
    options = ScanOptions(
        jobs=jobs,
        kind=kind,
        include=include,
        exclude=exclude,
        timeout=timeout,
        max_memory_mb=max_memory_mb,
        executor=executor,
        scheduler=scheduler,
        retry_failed=retry_failed,
        include_welsh=include_welsh,
        lexicons=lexicons,
        method=method,
        orgs=tuple(os.path.abspath(f) for f in orgs_files),
        extract={"max_pages": max_pages, "max_mb": max_mb, "password": password, "ocr": ocr},
    )
    started = time.monotonic()
    failed = 0
    err = click.get_text_stream("stderr")
    try:
        with ScanProgress(err, terminal=progress and err.isatty()) as bar:
            for event in run_scan(
                paths, db_path, options, plan_callback=lambda p: bar.planned(p.total)
            ):
                failed += event.status == "failed"
                if progress:
                    bar.advance(event)
                elif event.status == "failed":
                    click.echo(f"{event.code} {event.path}: {event.message}", err=True)
    except CollabtextError as e:
        click.echo(f"{e.code} {e}", err=True)
        sys.exit(1)
    _print_summary(db_path, fmt, time.monotonic() - started)
    if failed:
        sys.exit(1)


def _print_summary(db_path: str, fmt: str, elapsed: float) -> None:
    from ..db import ResultsDB
    from ..report.scan_summary import render_summary, summary_dict

    with ResultsDB(db_path) as db:
        summary = summary_dict(db)
    summary["seconds"] = round(elapsed, 2)
    out = click.get_text_stream("stdout")
    if fmt == "json":
        out.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    else:
        render_summary(summary, out, elapsed)
