"""``collabtext tag FILE...`` (or ``--text``): labels from the eight frameworks, with evidence."""

from __future__ import annotations

import hashlib

import click

from ._common import ExitState, emit, finish, load_method_models, process_paths, require_inputs
from ._options import (
    format_option,
    include_welsh_option,
    lexicon_option,
    limits_options,
    method_option,
    output_option,
    paths_argument,
    report_option,
    tee_report,
    text_option,
)

_HELP = """Label every passage against the collaboration frameworks (themes, factors, power
spectrum, ways of working, dynamics, capacity, disciplines, life cycle), with the words that
earned each label (character offsets into the passage text) and a summary per document.

\b
Negation has a scope: "there is still no shared vision" is the theme common_purpose with the
factor barrier.motivations; a barrier described as overcome gives the barrier and the enabler.
The power-spectrum level is what the passage commits to (hedged words do not count).
Welsh passages and sentences are skipped unless --include-welsh.

\b
Examples:
  collabtext tag plan.pdf
  collabtext tag minutes.docx --format json -o tags.json
  collabtext tag --text "Partners will pool their budgets and commission the service jointly."
  collabtext tag plan.pdf --lexicon my_themes.yaml
"""


def text_document(text: str):  # type: ignore[no-untyped-def]
    """A Document of the --text input: one passage per blank-line-separated paragraph."""
    from ..evaluate import _passage
    from ..records import Document

    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()] or [text]
    passages = tuple(_passage(p, f"p{n:04d}") for n, p in enumerate(paras, 1))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path="<text>", sha256=sha, format="text", passages=passages)


def settings_from(limits: dict[str, object]):  # type: ignore[no-untyped-def]
    from ..settings import ExtractSettings

    return ExtractSettings(
        timeout=limits["timeout"],
        max_pages=limits["max_pages"],  # type: ignore[arg-type]
        max_mb=limits["max_mb"],
        password=limits["password"],
        ocr=limits["ocr"],
    )  # type: ignore[arg-type]


@click.command("tag", help=_HELP)
@paths_argument
@format_option()
@output_option
@text_option
@lexicon_option
@include_welsh_option
@method_option
@click.option("--all-passages", is_flag=True, help="Table: list passages without labels too.")
@report_option
@limits_options
def command(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    text: str | None,
    lexicons: tuple[str, ...],
    include_welsh: bool,
    method: str,
    all_passages: bool,
    report_path: str | None,
    **limits: object,
) -> None:
    require_inputs(paths, text)
    from ..errors import CollabtextError
    from ..report.table_tag import render_tag
    from ..tag import get_tagger, tag_document

    try:
        tagger = get_tagger(lexicons)
    except CollabtextError as e:
        raise click.ClickException(f"{e.code} {e}") from None
    load_method_models(method)  # once per process; a version mismatch is one warning line
    settings = settings_from(limits)

    def run(path: str):  # type: ignore[no-untyped-def]
        if path == "<text>" and text is not None:
            doc = text_document(text)
        else:
            from ..extract import extract_document

            doc = extract_document(path, settings)
        return tag_document(doc, tagger=tagger, include_welsh=include_welsh, method=method)

    state = ExitState()
    inputs = ("<text>",) if text is not None else paths
    emit(
        tee_report(process_paths(inputs, run, state), report_path),
        fmt,
        output,
        table=lambda items, out: render_tag(items, out, all_passages=all_passages),
    )
    finish(state)
