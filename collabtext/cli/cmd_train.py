"""``collabtext train``: fit the passage classifiers of models/ on labelled passages."""

from __future__ import annotations

import click

from ._common import emit
from ._options import format_option, lexicon_option, output_option

_HELP = """Train the passage classifiers (TF-IDF word 1-2-grams and char_wb 2-5-grams plus a
semantic block of static word embeddings from models/embeddings.npz; ridge scores with Platt
calibration; one-vs-rest for multi frameworks, multinomial or cumulative-ordinal for power_spectrum,
chosen by cross-validation) on files in the gold/FORMAT.md format, report 5-fold cross-validated
figures for the lexicon, the model and the hybrid, and save the models as JSON + NPZ (no pickle)
with a model card (model.json).

Records of calibration*.jsonl files (100 or more) are trained on like the others but also judge
the methods: the hybrid's thresholds, the reported figures and the choice that --method auto makes
per framework come from their out-of-fold predictions. Write them without looking at what the
lexicons catch and never tune a lexicon on them. auto keeps the hybrid unless the lexicon beats it
in 95% of bootstrap resamples, and the lexicon where fewer than 50 labels judge; the model alone
(--method model) is never the default, so every label the lexicon finds stays, with its
evidence. Never train on the evaluation set.

\b
Examples:
  collabtext train
  collabtext train --data models/training --out models/
  collabtext train --data my_labels.jsonl --out /tmp/my_models --format json
"""


@click.command("train", help=_HELP)
@click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(exists=True, path_type=str),
    help="Training file or folder of *.jsonl (repeatable; default models/training/).",
)
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="Folder to write the models to (default: the models folder).",
)
@click.option(
    "--random-state",
    type=int,
    default=0,
    show_default=True,
    help="Seed for the CV folds and the models.",
)
@click.option(
    "--folds",
    type=click.IntRange(min=2, max=20),
    default=5,
    show_default=True,
    help="Cross-validation folds.",
)
@format_option(("table", "json"), default="table")
@output_option
@lexicon_option
def command(
    data: tuple[str, ...],
    out: str | None,
    random_state: int,
    folds: int,
    fmt: str,
    output: str,
    lexicons: tuple[str, ...],
) -> None:
    from ..errors import CollabtextError
    from ..learn import train_models
    from ..learn_report import TrainResult, render_train
    from ..tag import get_tagger

    try:
        if out is None:
            from ..resources import find

            out = str(find("models"))
        _, card = train_models(
            data or None, out, random_state=random_state, folds=folds, tagger=get_tagger(lexicons)
        )
    except CollabtextError as e:
        raise click.ClickException(f"{e.code} {e}") from None
    emit([TrainResult(out, card)], fmt, output, table=render_train)
