"""The scikit-learn-free vectorizer used for prediction gives what the fitted one gives."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from collabtext.learn_frozen import FrozenVectorizer, char_wb_ngrams
from collabtext.learn_vec import TextVectorizer
from collabtext.resources import repo_root

TEXTS = [
    "The council and the health board will pool their budgets (from April 2026).",
    "Partners lack trust; there is STILL no shared vision!",
    "Co-ordination   across  multi-agency hubs,\tdata-sharing agreements and café meetings.",
    "Tîm Iechyd a'r Cyngor — we'll work together; I'd say it's joined-up.",
    "",
    "a",
    "Yes, and how can we share the risk? Phase I is done.",
]


def _training_texts(n: int = 300) -> list[str]:
    path = repo_root() / "models" / "training" / "hand.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for _, line in zip(range(n), f, strict=False)]


def test_frozen_vectorizer_matches_the_fitted_one() -> None:
    fit_texts = _training_texts()
    for params in (
        {},
        {"char_ngrams": None},
        {"embed_weight": 0.5},
        {"word_ngrams": (1, 3), "char_ngrams": (3, 4), "min_df": 1},
    ):
        vec = TextVectorizer(**params).fit(fit_texts)
        meta, arrays = vec.to_state()
        frozen = FrozenVectorizer.from_state(meta, arrays)
        probe = TEXTS + fit_texts[:50]
        A = vec.transform(probe).toarray()
        B = frozen.transform(probe).toarray()
        assert A.shape == B.shape
        assert np.abs(A - B).max() < 1e-9, params
        assert frozen.word_features() == vec.word_features()
        B2 = frozen.transform(probe).toarray()  # from the char-row cache this time
        assert np.abs(B - B2).max() == 0


def test_char_wb_ngrams_as_scikit_learn() -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    analyse = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for w in ("a", "ab", "abc", "partnership", "co-located"):
        assert char_wb_ngrams(w, 2, 5) == analyse(w)


def test_prediction_does_not_import_scikit_learn() -> None:
    code = (
        "import sys\n"
        "from collabtext.learn import load_models, apply_method\n"
        "from collabtext.tag import get_tagger\n"
        "from collabtext.records import Passage\n"
        "m = load_models()\n"
        "tp = get_tagger().tag_passages([Passage('p1', 'Partners will pool budgets.')])\n"
        "apply_method(tp, 'hybrid', m)\n"
        "print(any(k == 'sklearn' or k.startswith('sklearn.') for k in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
