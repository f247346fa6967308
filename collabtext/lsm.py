"""Language style matching (LSM) between speakers, by the published function-word formula.

Ireland and Pennebaker (2010); group form after Gonzales, Hancock and Pennebaker (2010). For each
of nine function-word categories c (personal pronouns, impersonal pronouns, articles,
conjunctions, prepositions, auxiliary verbs, high-frequency adverbs, negations, quantifiers), with
p the percentage of a speaker's words in c:

    LSM_c = 1 - |p1 - p2| / (p1 + p2 + 0.0001)        LSM = mean of LSM_c over the nine

Pairwise: every pair of speakers. Group: each speaker against the mean rate of all the others,
then the mean over speakers. Rates are computed on speakers' own words (direct quotes and turns),
never on reported speech. The word lists are short lists of our own in ``lexicons/language.yaml``;
LSM on a few dozen words is noisy, so each speaker's word count is reported beside it and speakers
under ``min_words`` are left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import combinations
from typing import Any

from .score_lexicon import LanguageLexicon, load_language

CATEGORIES = ("ppron", "ipron", "article", "conj", "prep", "auxverb", "adverb", "negate", "quant")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def function_word_rates(
    text: str, lex: LanguageLexicon | None = None
) -> tuple[dict[str, float], int]:
    """Percentage of words in each LSM category, and the word count."""
    lex = lex or load_language()
    toks = [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]
    n = len(toks)
    if n == 0:
        return dict.fromkeys(CATEGORIES, 0.0), 0
    return {c: 100 * sum(1 for t in toks if t in lex.lsm[c]) / n for c in CATEGORIES}, n


def lsm_score(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Mean over the nine categories of 1 - |a - b| / (a + b + 0.0001)."""
    return sum(1 - abs(a[c] - b[c]) / (a[c] + b[c] + 0.0001) for c in CATEGORIES) / len(CATEGORIES)


def lsm_report(
    texts: Mapping[str, str], lex: LanguageLexicon | None = None, min_words: int = 20
) -> dict[str, Any]:
    """Group and pairwise LSM for speakers' own words.

    Args:
        texts: speaker name -> everything the speaker said in their own words.
        min_words: speakers with fewer words are left out (listed under ``excluded``).
    """
    rates: dict[str, dict[str, float]] = {}
    words: dict[str, int] = {}
    for name, text in texts.items():
        rates[name], words[name] = function_word_rates(text, lex)
    kept = [n for n in rates if words[n] >= min_words]
    out: dict[str, Any] = {
        "formula": "LSM_c = 1 - |p1 - p2| / (p1 + p2 + 0.0001), mean over 9 function-word categories",
        "categories": list(CATEGORIES),
        "min_words": min_words,
        "words": {n: words[n] for n in rates},
        "excluded": [n for n in rates if n not in kept],
        "group": None,
        "per_speaker": {},
        "pairwise": [],
    }
    if len(kept) < 2:
        return out
    for n in kept:
        others = [rates[o] for o in kept if o != n]
        mean_others = {c: sum(r[c] for r in others) / len(others) for c in CATEGORIES}
        out["per_speaker"][n] = round(lsm_score(rates[n], mean_others), 4)
    out["group"] = round(sum(out["per_speaker"].values()) / len(kept), 4)
    out["pairwise"] = [
        {"a": a, "b": b, "lsm": round(lsm_score(rates[a], rates[b]), 4)}
        for a, b in combinations(kept, 2)
    ]
    return out
