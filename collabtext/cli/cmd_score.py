"""``collabtext score FILE...`` (or ``--text``): collaborative language per passage, speaker, document."""

from __future__ import annotations

import hashlib

import click

from ._common import ExitState, emit, finish, process_paths, require_inputs
from ._options import (  # --report (H-REPORT)
    format_option,
    include_welsh_option,
    limits_options,
    output_option,
    paths_argument,
    report_option,
    tee_report,
    text_option,
)

# Kept in step with collabtext.score_index.FORMULA (tests check that they agree).
_HELP = """Score collaborative language: "we" against "I", the markers of collaborative talk
(yes-and/yes-but, both-and/either-or, solution/problem questions, personalising language,
meta-framing) with the words that earned them, who acts in commitments (collective, single or
mixed agency), inclusive or exclusive "we", speakers' own words in minutes (quotes and turns;
reported speech attributed but not counted) and their language style matching (LSM).

\b
Pronouns follow gold/FORMAT.md: we, us, our, ours, ourselves, let's, we're/we've/we'll/we'd;
I, me, my, mine, myself, I'm/I've/I'll/I'd; not "US" (the country), the Roman numeral I,
"i.e." or "mine" the pit. Rates are per 100 words (letters/digits with inner ' - . kept).
Welsh sentences are skipped unless --include-welsh.

\b
Index (0-100, 50 = balanced) = 50 x (1 + weighted mean of the components with evidence):
  we_balance       = (we - i) / (we + i)                                   weight 0.30
  agency_balance   = mean of +1 collective / -1 single / 0 mixed passages   weight 0.20
  civility         = 1 - 2 x min(1, personalising markers per 1,000 words)  weight 0.20
  yes_balance      = (yes_and - yes_but) / (yes_and + yes_but)              weight 0.10
  framing_balance  = (both_and + meta_framing - either_or) / (sum)          weight 0.10
  question_balance = (solution_q - problem_q) / (solution_q + problem_q)    weight 0.10
Each component (-1..+1) is printed beside the index. LSM per category c:
1 - |p1 - p2| / (p1 + p2 + 0.0001), averaged over nine function-word categories.

\b
Examples:
  collabtext score minutes.docx
  collabtext score plan.pdf --format json -o scores.json
  collabtext score *.pdf --format csv -o passages.csv
  collabtext score --text "Yes, and we could ask how we can share the risk?"
"""


def _text_document(text: str):  # type: ignore[no-untyped-def]
    from ..records import Document
    from ..score_welsh import passage_from_text

    paras = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()] or [text]
    passages = tuple(passage_from_text(p.strip(), id=f"p{n:04d}") for n, p in enumerate(paras, 1))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path="<text>", sha256=sha, format="text", passages=passages)


@click.command("score", help=_HELP)
@paths_argument
@format_option(("table", "json", "jsonl", "csv"))
@output_option
@text_option
@include_welsh_option
@click.option(
    "--lsm-min-words",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Leave speakers with fewer words of their own out of language style matching.",
)
@report_option  # --report (H-REPORT)
@limits_options
def command(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    text: str | None,
    include_welsh: bool,
    lsm_min_words: int,
    report_path: str | None,  # --report (H-REPORT)
    **limits: object,
) -> None:
    require_inputs(paths, text)
    from ..report.table_score import render_score, render_score_csv
    from ..score import Scorer, score_document
    from ..settings import ExtractSettings

    settings = ExtractSettings(
        timeout=limits["timeout"],
        max_pages=limits["max_pages"],
        max_mb=limits["max_mb"],  # type: ignore[arg-type]
        password=limits["password"],
        ocr=limits["ocr"],  # type: ignore[arg-type]
    )
    scorer = Scorer(include_welsh=include_welsh)

    def run(path: str):  # type: ignore[no-untyped-def]
        if path == "<text>" and text is not None:
            doc = _text_document(text)
        else:
            from ..extract import extract_document

            doc = extract_document(path, settings)
        return score_document(doc, scorer=scorer, lsm_min_words=lsm_min_words)

    state = ExitState()
    inputs = (*paths, "<text>") if text is not None else paths
    results = tee_report(process_paths(inputs, run, state), report_path)  # --report (H-REPORT)
    emit(results, fmt, output, table=render_score_csv if fmt == "csv" else render_score)
    finish(state)
