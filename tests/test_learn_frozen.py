"""The scikit-learn-free features give what scikit-learn's TfidfVectorizer gives."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from collabtext.learn_frozen import FrozenVectorizer, char_wb_ngrams, mask_titles
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


def _sklearn(fit: list[str], probe: list[str], word=(1, 2), char=(2, 5), min_df=2) -> np.ndarray:
    """scikit-learn's features of the texts the vectorizers read: titles blanked."""
    fit, probe = [mask_titles(t) for t in fit], [mask_titles(t) for t in probe]
    blocks = [
        TfidfVectorizer(ngram_range=word, min_df=min_df, sublinear_tf=True)
        .fit(fit)
        .transform(probe)
    ]
    if char:
        blocks.append(
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=char,
                min_df=min_df,
                sublinear_tf=True,
                max_features=30000,
            )
            .fit(fit)
            .transform(probe)
        )
    return sp.hstack(blocks).toarray()


def test_features_match_scikit_learn() -> None:
    fit_texts = _training_texts()
    probe = TEXTS + fit_texts[:50]
    for params in (
        {},
        {"char_ngrams": None},
        {"word_ngrams": (1, 3), "char_ngrams": (3, 4), "min_df": 1},
    ):
        vec = TextVectorizer(**params).fit(fit_texts)
        want = _sklearn(
            fit_texts,
            probe,
            params.get("word_ngrams", (1, 2)),
            params.get("char_ngrams", (2, 5)),
            params.get("min_df", 2),
        )
        got = vec.transform(probe).toarray()
        assert got.shape == want.shape
        assert np.abs(got - want).max() < 1e-9, params
        assert np.abs(vec.transform(probe).toarray() - got).max() == 0  # from the char-row cache


def test_saved_state_rebuilds_the_same_features() -> None:
    fit_texts = _training_texts()
    vec = TextVectorizer(embed_weight=0.5).fit(fit_texts)
    frozen = FrozenVectorizer.from_state(*vec.to_state())
    probe = TEXTS + fit_texts[:50]
    assert np.abs(vec.transform(probe).toarray() - frozen.transform(probe).toarray()).max() == 0
    assert frozen.word_features() == vec.word_features()
    assert frozen.n_features_out_ == vec.n_features_out_ == vec.transform(probe).shape[1]


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


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("The Well-being of Future Generations (Wales) Act 2015 places a duty on us.", "Future"),
        ("The Future Generations Commissioner for Wales attended.", "Commissioner"),
        ("Duties under the Housing (Wales) Act 2014 apply.", "Housing"),
        ("Each body must meet the WFG Act duties.", "WFG"),
    ],
)
def test_titles_are_blanked_for_the_classifiers(text: str, hidden: str) -> None:
    out = mask_titles(text)
    assert len(out) == len(text) and hidden not in out
    assert out.split()[-1] == text.split()[-1]  # the rest of the passage is kept


def test_words_of_a_title_outside_it_are_kept() -> None:
    text = "We plan for future generations, not the next election."
    assert mask_titles(text) == text


def test_a_word_before_a_title_is_kept() -> None:
    out = mask_titles("Under the Social Services and Well-being (Wales) Act 2014 the board")
    assert out.startswith("Under the ") and "Social" not in out and out.endswith(" the board")
