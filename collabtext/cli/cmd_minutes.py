"""``collabtext minutes FILE...``: attendance by organisation, items, decisions, joint actions."""

from __future__ import annotations

import os

import click

from ._options import (  # --report (H-REPORT)
    format_option,
    limits_options,
    orgs_option,
    output_option,
    paths_argument,
    report_option,
    tee_report,
)

_SUFFIXES = (".pdf", ".docx", ".odt", ".html", ".htm", ".txt", ".md", ".rtf")


def _expand(paths: tuple[str, ...]) -> list[str]:
    """Directories are read for documents (sorted); files are kept as given."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(
                os.path.join(p, n) for n in os.listdir(p) if n.lower().endswith(_SUFFIXES)
            )
        else:
            out.append(p)
    return out


@click.command("minutes")
@paths_argument
@format_option()
@output_option
@click.option(
    "--series",
    is_flag=True,
    help="Treat the inputs as one body's meetings: order them by date and "
    "show attendance by organisation over time, recurring barriers and repeated actions. "
    'A short name one meeting uses ("X Council", "the CVC", an abbreviation) takes the '
    "fuller name used in another; each attendee keeps its organisation as its own meeting "
    'resolved it, with "canonical" for the series name, and organisation_resolutions says why.',
)
@orgs_option
@report_option  # --report (H-REPORT)
@limits_options
def command(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    series: bool,
    orgs_files: tuple[str, ...],
    report_path: str | None,  # --report (H-REPORT)
    timeout: float,
    max_pages: int,
    max_mb: float,
    password: str | None,
    ocr: bool,
) -> None:
    """Review meeting minutes: who attended from which organisation, what was decided and
    noted, which actions are owned jointly, barriers raised and who speaks in "we" or "I".

    Works on ModernGov-style and free-form minutes and notes (PDF, DOCX, ODT, HTML, text;
    English, Welsh or bilingual). A directory is read for its documents. Agendas published as
    minutes are flagged ("is_agenda"). Exit 1 if any file failed (after all others are written).

    \b
    Examples:
      collabtext minutes minutes.pdf
      collabtext minutes board/*.docx --format json -o minutes.json
      collabtext minutes board/ --series
      collabtext minutes board/ --series --orgs local-bodies.csv
    """
    from ..minutes import review_path
    from ..report.table_minutes import render_table
    from ..settings import ExtractSettings
    from ._common import ExitState, emit, finish, load_orgs, process_paths, require_inputs

    require_inputs(paths)
    gazetteer = load_orgs(orgs_files)
    settings = ExtractSettings(
        timeout=timeout, max_pages=max_pages, max_mb=max_mb, password=password, ocr=ocr
    )
    state = ExitState()
    results = process_paths(
        _expand(paths), lambda p: review_path(p, settings, gazetteer=gazetteer), state
    )
    results = tee_report(results, report_path)  # --report (H-REPORT)
    if series:
        from ..minutes_series import review_series
        from ..records import FileFailure

        done = list(results)
        failures = [r for r in done if isinstance(r, FileFailure)]
        emit(
            [
                review_series(
                    (r for r in done if not isinstance(r, FileFailure)), gazetteer=gazetteer
                ),
                *failures,
            ],
            fmt,
            output,
            table=render_table,
        )
    else:
        emit(results, fmt, output, table=render_table)
    finish(state)
