"""``collabtext extract FILE...``: read documents into passages (the first stage of everything)."""

from __future__ import annotations

import click

from ._options import format_option, limits_options, output_option, paths_argument


@click.command("extract")
@paths_argument
@format_option(("table", "text", "json", "jsonl"))
@output_option
@limits_options
@click.option(
    "--no-isolate",
    is_flag=True,
    help="Read in this process instead of a worker (faster, "
    "but the time limit cannot interrupt a parser stuck in C code).",
)
def command(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    timeout: float,
    max_pages: int,
    max_mb: float,
    password: str | None,
    ocr: bool,
    no_isolate: bool,
) -> None:
    """Read PDF, DOCX, ODT, HTML and text files into passages.

    Each passage has an id (p0001, ... in reading order), page, section path (enclosing
    headings), kind (heading, paragraph, list_item, table_row, caption, other) and language (en,
    cy, other). The type is detected from the file's content. Exit 1 if any file failed (after
    all others are written); --format json/jsonl then carries an error object for it.

    \b
    Examples:
      collabtext extract examples/*.pdf
      collabtext extract minutes.docx --format json -o minutes.json
      collabtext extract plan.pdf --format text | less
    """
    from ..extract import extract_document
    from ..report.table_extract import render_table, render_text
    from ..settings import ExtractSettings
    from ._common import ExitState, emit, finish, process_paths, require_inputs

    require_inputs(paths)
    settings = ExtractSettings(
        timeout=timeout,
        max_pages=max_pages,
        max_mb=max_mb,
        password=password,
        ocr=ocr,
        isolate=not no_isolate,
    )
    state = ExitState()
    results = process_paths(paths, lambda p: extract_document(p, settings), state)
    if fmt == "text":
        emit(results, "table", output, table=render_text)
    else:
        emit(results, fmt, output, table=render_table)
    finish(state)
