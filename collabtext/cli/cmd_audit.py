"""``collabtext audit FILE...``: objectives, steps, partners, levels and flags of plans."""

from __future__ import annotations

import click

from ._common import ExitState, emit, finish, load_orgs, process_paths, require_inputs
from ._options import (  # --report (H-REPORT)
    format_option,
    limits_options,
    orgs_option,
    output_option,
    paths_argument,
    report_option,
    tee_report,
)


@click.command("audit")
@paths_argument
@format_option()
@output_option
@click.option(
    "--compare",
    is_flag=True,
    help="Show the plans' scorecards side by side (two boards, or two cycles of one board).",
)
@orgs_option  # --orgs (H4, issue 5)
@report_option  # --report (H-REPORT)
@limits_options
def command(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    compare: bool,
    report_path: str | None,
    orgs_files: tuple[str, ...],
    **limits: object,
) -> None:  # --report (H-REPORT)
    """Audit well-being plans: each objective's steps with partners, lead, power-spectrum level,
    ways of working, themes, timescale and flags (single_agency, consultation_only,
    no_named_partner, vague, business_as_usual, no_citizen_involvement), a scorecard, and the
    steps to challenge. Statutory boilerplate (the Act's goals and ways of working) is left out
    of the counts.

    Example: collabtext audit plan.pdf ; collabtext audit 2018.pdf 2023.pdf --compare
    """
    require_inputs(paths)
    if compare and len(paths) < 2:
        raise click.UsageError("--compare needs two or more plans")
    from ..audit import audit_path
    from ..report.table_audit import render_audit
    from ..settings import ExtractSettings

    settings = ExtractSettings(
        timeout=limits["timeout"],
        max_pages=limits["max_pages"],
        max_mb=limits["max_mb"],
        password=limits["password"],
        ocr=limits["ocr"],
    )
    state = ExitState()
    gaz = load_orgs(orgs_files)
    results = process_paths(paths, lambda p: audit_path(p, settings, gazetteer=gaz), state)
    results = tee_report(results, report_path)  # --report (H-REPORT)
    if compare:
        from ..audit_compare import compare as compare_audits
        from ..records import FileFailure

        items = list(results)
        ok = [r for r in items if not isinstance(r, FileFailure)]
        results = iter(
            [*(f for f in items if isinstance(f, FileFailure)), compare_audits(ok)]
            if len(ok) >= 2
            else items
        )
    emit(results, fmt, output, table=render_audit)
    finish(state)
