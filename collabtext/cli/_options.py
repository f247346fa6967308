"""Options shared by several commands, defined once so that they mean the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..settings import METHODS

F = Callable[..., Any]


def format_option(
    choices: tuple[str, ...] = ("table", "json", "jsonl"), default: str = "table"
) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format: table is for people; json is one object (a list for several inputs); "
        "jsonl is one object per input per line.",
    )


def output_option(f: F) -> F:
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True, allow_dash=True),
        default="-",
        help="Write to FILE instead of standard output.",
    )(f)


def paths_argument(f: F) -> F:
    # Existence is checked per file so that a missing file is a per-file failure (exit 1), not a
    # usage error (exit 2), as DESIGN.md requires.
    return click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, path_type=str))(f)


def lexicon_option(f: F) -> F:
    return click.option(
        "--lexicon",
        "lexicons",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Add a lexicon YAML file (repeatable). A file whose framework id already exists "
        "replaces that framework, or adds to it when the file says `mode: extend`.",
    )(f)


def include_welsh_option(f: F) -> F:
    return click.option(
        "--include-welsh",
        is_flag=True,
        help="Analyse Welsh passages and sentences too (skipped by default; the lexicons are English).",
    )(f)


def text_option(f: F) -> F:
    return click.option("--text", "text", default=None, help="Analyse this text instead of files.")(
        f
    )


def limits_options(f: F) -> F:
    f = click.option(
        "--timeout",
        type=click.FloatRange(min=1),
        default=120.0,
        show_default=True,
        help="Per-file time limit in seconds.",
    )(f)
    f = click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=2000,
        show_default=True,
        help="Per-file page limit.",
    )(f)
    f = click.option(
        "--max-mb",
        type=click.FloatRange(min=0.001),
        default=200.0,
        show_default=True,
        help="Per-file size limit in MB.",
    )(f)
    f = click.option("--password", default=None, help="Password for encrypted PDFs.")(f)
    f = click.option(
        "--ocr/--no-ocr",
        default=True,
        show_default=True,
        help="OCR PDF pages with no text layer when Tesseract is installed.",
    )(f)
    return f


def jobs_option(f: F) -> F:
    import os

    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=os.cpu_count() or 1,
        show_default="number of cores",
        help="Worker processes.",
    )(f)


def method_option(f: F) -> F:
    return click.option(
        "--method",
        type=click.Choice(METHODS),
        default="auto",
        show_default=True,
        help="How to label passages: lexicon rules, trained models in models/, or both combined "
        "(hybrid: every lexicon label, plus the model's confident ones where the lexicon found "
        "some evidence in the passage). auto picks, per framework, hybrid or lexicon by "
        "cross-validation on the training data (see models/README.md).",
    )(f)


def report_option(f: F) -> F:
    """``--report FILE.html`` (tag, score, minutes, audit): also write the HTML report."""
    return click.option(
        "--report",
        "report_path",
        type=click.Path(dir_okay=False, writable=True),
        default=None,
        help="Also write a self-contained HTML report of the results (charts, highlighted "
        "evidence) to FILE.html; works offline.",
    )(f)


def tee_report(results: Any, report_path: str | None) -> Any:
    """Pass ``results`` through unchanged; once they are all out, write the ``--report`` file.

    Wrap what ``process_paths`` yields, before ``emit``: the normal output is unaffected, and the
    report covers every input (failed files are listed in it).
    """
    if not report_path:
        yield from results
        return
    from ..report.html import write_document_report

    kept = []
    for r in results:
        kept.append(r)
        yield r
    try:
        write_document_report(kept, report_path)
    except OSError as e:
        raise click.ClickException(
            f"CT100 {report_path}: cannot write the report ({e.strerror or e})"
        ) from None


def orgs_option(f: F) -> F:
    """``--orgs FILE`` (repeatable): a user gazetteer of local bodies, YAML or CSV."""
    return click.option(
        "--orgs",
        "orgs_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Teach local bodies from FILE (repeatable): YAML shaped like "
        "lexicons/organisations.yaml, or CSV (TSV for .tsv, UTF-8) with a header row: name "
        "(required), aliases, abbreviations, welsh, areas (lists separated by ';' or '|'), "
        "sector, type, psb_role, statutory (yes/no: a statutory PSB member). Its names are "
        "canonical; an entry with a shipped name replaces it.",
    )(f)
