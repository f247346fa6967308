"""``collabtext report results.db -o report.html``: one self-contained HTML report of a scan."""

from __future__ import annotations

import sys

import click

_HELP = """Write an HTML report of a results database (from `collabtext scan`): an overview of
every document (kind, pages, share of Welsh, we/I and the collaborative-language index, top
themes, barriers against enablers), a theme x document heatmap, the power spectrum and the steps
to challenge in plans, attendance by organisation and joint against single-owner actions in
minutes, trends across a series of meetings, and the evidence with the matched words
highlighted, filterable by framework, category and document.

\b
The file is self-contained and works offline: no CDN, no web fonts, no network; charts are
inline SVG; it prints cleanly. Document text is always shown as text, never run.

\b
Examples:
  collabtext scan corpus/ --db results.db
  collabtext report results.db -o report.html --title "PSB plans 2023"
"""


@click.command("report", help=_HELP)
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default="report.html",
    show_default=True,
    help="The HTML file to write ('-' for standard output).",
)
@click.option(
    "--title", default=None, help="Report title.  [default: collabtext report: DB file name]"
)
@click.option(
    "--max-evidence",
    type=click.IntRange(min=0),
    default=250,
    show_default=True,
    help="At most this many evidence passages per document (collabtext export has them all).",
)
def command(db_path: str, output: str, title: str | None, max_evidence: int) -> None:
    from ..errors import CollabtextError
    from ..report.html import load_report_data, render_html, write_report

    try:
        if output == "-":
            sys.stdout.write(
                render_html(load_report_data(db_path, title=title, max_evidence=max_evidence))
            )
            return
        data = write_report(db_path, output, title=title, max_evidence=max_evidence)
    except CollabtextError as e:
        click.echo(f"{e.code} {e}", err=True)
        sys.exit(1)
    except OSError as e:
        click.echo(f"CT100 {output}: cannot write the report ({e.strerror or e})", err=True)
        sys.exit(1)
    failed = f", {len(data.failures)} files not analysed" if data.failures else ""
    click.echo(f"wrote {output}: {len(data.documents)} documents{failed}", err=True)
