"""``collabtext summary results.db``: what a results database holds."""

from __future__ import annotations

import json
import sys

import click

from ._options import output_option


@click.command("summary")
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    help="How many top themes and barriers to list.",
)
@output_option
def command(db_path: str, fmt: str, limit: int, output: str) -> None:
    """Summarise a results database: files by kind and status, totals, top themes and barriers,
    failed files with their reasons."""
    from ..db import ResultsDB
    from ..errors import CollabtextError
    from ..report.scan_summary import render_summary, summary_dict
    from ._common import open_output

    try:
        with ResultsDB(db_path, create=False) as db:
            summary = summary_dict(db, limit=limit)
    except CollabtextError as e:
        click.echo(f"{e.code} {e}", err=True)
        sys.exit(1)
    with open_output(output) as out:
        if fmt == "json":
            out.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        else:
            render_summary(summary, out)
