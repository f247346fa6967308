"""Benchmark: words per second of pronoun + marker scoring on one core, after tokenising.

Tokenising (one compiled regex over each passage) is timed apart, as the target is defined
"after tokenising". Then, separately: pronoun counts + the eight markers on the tokens; the full
passage scoring (plus agency, inclusive/exclusive "we" and evidence spans); and the same with
Welsh sentence detection on raw passages. Text: the passages of ../shared/gold/dev.jsonl when
present (else a built-in sample), repeated to about 2 million words. Prints figures only.
Times are CPU time of this process (time.process_time), so that other load on the machine
skews them less than wall-clock time would.

Run: python benchmarks/bench_score.py [--words N]
"""

from __future__ import annotations

import argparse
import json
import time

from collabtext.markers import find_markers
from collabtext.records import Passage
from collabtext.resources import shared_dir
from collabtext.score import Scorer
from collabtext.score_pronouns import count_tokens, tokenise

SAMPLE = (
    "We will work with partners to pool our budgets. Yes, but I'm not sure the council can wait. "
    "How can we make sure both the health board and the council share the risk? Phase I ends in May."
)


def _texts() -> list[str]:
    d = shared_dir()
    gold = d / "gold" / "dev.jsonl" if d else None
    if gold and gold.is_file():
        return [
            json.loads(line)["text"]
            for line in gold.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    return [SAMPLE]


def _rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=2_000_000)
    args = ap.parse_args()
    base = _texts()
    spans0 = [((0, len(t)),) for t in base]
    per = sum(len(tokenise(t, sp)) for t, sp in zip(base, spans0, strict=True))
    reps = max(1, args.words // per)
    texts, spans = base * reps, spans0 * reps
    words = per * reps
    scorer = Scorer()
    lex = scorer.lex

    t0 = time.process_time()
    toks = [tokenise(t, sp) for t, sp in zip(texts, spans, strict=True)]
    t_tok = time.process_time() - t0

    t0 = time.process_time()
    for t, sp, tk in zip(texts, spans, toks, strict=True):
        count_tokens(tk, lex)
        find_markers(t, sp, lex=lex, tok=tk)
    t_core = time.process_time() - t0

    t0 = time.process_time()
    for t, sp in zip(texts, spans, strict=True):
        scorer.score_spans(t, sp)
    t_full = time.process_time() - t0

    sample = [Passage(id=f"p{n:06d}", text=t) for n, t in enumerate(texts[: len(texts) // 10])]
    t0 = time.process_time()
    for p in sample:
        scorer.score_passage(p)
    t_split = (time.process_time() - t0) * len(texts) / max(1, len(sample))

    print(f"words: {words:,} in {len(texts):,} passages (one core)")
    print(f"tokenising:                                   {_rate(words, t_tok)}")
    print(f"pronouns + markers, after tokenising:         {_rate(words, t_core)}")
    print(
        f"full passage scoring (tokenise, pronouns, markers, agency, we-type, evidence): {_rate(words, t_full)}"
    )
    print(f"full scoring of raw passages incl. Welsh sentence detection: {_rate(words, t_split)}")


if __name__ == "__main__":
    main()
