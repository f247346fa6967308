"""``collabtext kwic FILE... (--category ID | --term WORD)``: concordance lines."""

from __future__ import annotations

import click

from ._common import ExitState, emit, finish, process_paths, require_inputs
from ._options import (
    format_option,
    include_welsh_option,
    lexicon_option,
    limits_options,
    output_option,
    paths_argument,
    text_option,
)

_HELP = """Show every place a category (or a word) matches, with the words either side, the page
and the section: the way to check what a lexicon category catches before trusting its counts.

\b
--category takes a category id (common_purpose), framework.category (factors.barrier.structures),
or a framework id (power_spectrum); negated matches are marked ¬. --term takes a word or phrase
(case-insensitive; a trailing * matches any ending: "co-ordinat*").

\b
Examples:
  collabtext kwic plan.pdf --category common_purpose
  collabtext kwic minutes.docx --category factors.barrier.structures --format json
  collabtext kwic *.txt --term "pooled budget*" --width 60
"""


@click.command("kwic", help=_HELP)
@paths_argument
@click.option("--category", default=None, help="Category id, framework.category, or framework id.")
@click.option("--term", default=None, help="A word or phrase to find (trailing * = any ending).")
@click.option(
    "--width",
    type=click.IntRange(min=5, max=400),
    default=40,
    show_default=True,
    help="Characters of context either side.",
)
@format_option()
@output_option
@text_option
@lexicon_option
@include_welsh_option
@limits_options
def command(
    paths: tuple[str, ...],
    category: str | None,
    term: str | None,
    width: int,
    fmt: str,
    output: str,
    text: str | None,
    lexicons: tuple[str, ...],
    include_welsh: bool,
    **limits: object,
) -> None:
    require_inputs(paths, text)
    if bool(category) == bool(term):
        raise click.UsageError("give exactly one of --category or --term")
    from ..errors import CollabtextError
    from ..kwic import kwic_document
    from ..report.table_tag import render_kwic
    from ..tag import get_tagger
    from .cmd_tag import settings_from, text_document

    try:
        tagger = get_tagger(lexicons) if category else None
    except CollabtextError as e:
        raise click.ClickException(f"{e.code} {e}") from None
    if tagger is not None and category is not None:
        _check_category(category, tagger.lexicon)
    settings = settings_from(limits)

    def run(path: str):  # type: ignore[no-untyped-def]
        if path == "<text>" and text is not None:
            doc = text_document(text)
        else:
            from ..extract import extract_document

            doc = extract_document(path, settings)
        return kwic_document(
            doc,
            category=category,
            term=term,
            tagger=tagger,
            width=width,
            include_welsh=include_welsh,
        )

    state = ExitState()
    emit(
        process_paths(("<text>",) if text is not None else paths, run, state),
        fmt,
        output,
        table=render_kwic,
    )
    finish(state)


def _check_category(category: str, lexicon: object) -> None:
    """A category that no lexicon defines is a usage error, not an empty concordance."""
    from ..kwic import category_matches

    known = [
        (fw_id, cat_id)
        for fw_id, fw in getattr(lexicon, "frameworks", {}).items()
        for cat_id in getattr(fw, "categories", {})
    ]
    if known and not any(category_matches(category, fw, cat, cat) for fw, cat in known):
        raise click.BadParameter(
            f"no category or framework {category!r}; see `collabtext lexicon list`",
            param_hint="--category",
        )
