"""``collabtext evaluate GOLD.jsonl``: agreement of the tagger with hand-labelled passages."""

from __future__ import annotations

import click

from ._common import ExitState, emit, finish, load_method_models, process_paths
from ._options import format_option, lexicon_option, method_option, output_option

_HELP = """Compare the tagger with hand labels in the gold/FORMAT.md format (one JSON passage per
line with "text" and "labels"). Multi frameworks: micro precision, recall and F1 over
(passage, category) pairs and a row per category; power_spectrum: accuracy, within-one
(competition 1 ... collaboration 5, null 0) and a confusion table; lifecycle: accuracy;
pronouns: exact-match fractions. Frameworks the file leaves out are skipped; sub-categories
count as their taxonomy id.

\b
Examples:
  collabtext evaluate gold/dev.jsonl
  collabtext evaluate gold/dev.jsonl --ids d001-d060 --format json
  collabtext evaluate my_coded_passages.jsonl --lexicon my_themes.yaml --errors
"""


@click.command("evaluate", help=_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option(
    "--ids", default=None, help="Only these passage ids: comma-separated ids or ranges (d001-d060)."
)
@click.option("--errors", "show_errors", is_flag=True, help="Table: also list every disagreement.")
@format_option()
@output_option
@lexicon_option
@method_option
def command(
    paths: tuple[str, ...],
    ids: str | None,
    show_errors: bool,
    fmt: str,
    output: str,
    lexicons: tuple[str, ...],
    method: str,
) -> None:
    from ..errors import CollabtextError
    from ..evaluate import evaluate
    from ..report.table_evaluate import render_evaluate
    from ..tag import get_tagger

    try:
        tagger = get_tagger(lexicons)
        if method != "lexicon":
            from ..learn import MethodTagger

            models = load_method_models(method)

            tagger = MethodTagger(tagger, method, models)
    except CollabtextError as e:
        raise click.ClickException(f"{e.code} {e}") from None
    state = ExitState()
    results = process_paths(paths, lambda p: evaluate(p, tagger=tagger, ids=ids), state)
    emit(results, fmt, output, table=lambda items, out: render_evaluate(items, out, show_errors))
    finish(state)
