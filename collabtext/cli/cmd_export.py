"""``collabtext export results.db --format csv|jsonl|parquet -o FILE``."""

from __future__ import annotations

import sys

import click

from ._options import output_option


@click.command("export")
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet"]),
    default="csv",
    show_default=True,
    help="csv (spreadsheet-safe), jsonl, or parquet (needs pyarrow).",
)
@click.option(
    "--table",
    default="passages",
    show_default=True,
    help="passages (one row per passage with labels and scores), passages_raw, documents, labels, evidence, scores, document_scores, speakers, views, actions, steps, meta.",
)
@output_option
def command(db_path: str, fmt: str, table: str, output: str) -> None:
    """Export a table of a results database (written by `collabtext scan`)."""
    from ..errors import CollabtextError
    from ..report.export import TABLES, export_table
    from ._common import open_output

    if table not in TABLES:
        raise click.BadParameter(f"choose from {', '.join(TABLES)}", param_hint="--table")
    if fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs -o FILE")
    try:
        if fmt == "parquet":
            n = export_table(db_path, table, fmt, output)
        else:
            with open_output(output) as out:
                n = export_table(db_path, table, fmt, output, out)
    except CollabtextError as e:
        click.echo(f"{e.code} {e}", err=True)
        sys.exit(1)
    if output != "-":
        click.echo(f"{n} rows written to {output}", err=True)
