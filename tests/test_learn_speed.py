"""The faster paths of the model stage give exactly what the plain ones give (issue 7)."""

from __future__ import annotations

import numpy as np
import pytest

from collabtext.learn import _decide, _whole_batch, load_models
from collabtext.learn_embed import _QUOTE_FOLDS, _fold_quotes
from collabtext.learn_hybrid import _descending_positive

TEXTS = [
    "The council and the health board will pool their budgets and share data from April 2026.",
    "Partners lack trust; there is still no shared vision for the county, and staff feel it.",
    "We’ll co‑produce the plan with residents‑led groups, young people and carers this year.",
    "The bus was late again on Tuesday, so the meeting started after the agreed time.",
]


@pytest.fixture(scope="module")
def models():  # noqa: ANN201
    m = load_models()
    if m is None:
        pytest.skip("no trained models in models/")
    return m


def test_stacked_probabilities_are_bit_identical(models) -> None:  # noqa: ANN001
    X = models.transform(TEXTS)
    got = models.probabilities(X)
    for fid, fm in models.frameworks.items():
        assert np.array_equal(got[fid], fm.proba(X)), fid


def test_batch_predictions_match_per_row_ones(models) -> None:  # noqa: ANN001
    preds = models.predict(TEXTS)
    assert _whole_batch(preds) is preds[0].batch
    assert _whole_batch(preds[1:]) is None  # not the whole batch: rows are stacked again
    X = models.transform(TEXTS)
    for fid, fm in models.frameworks.items():
        P = fm.proba(X)
        labels = fm.decide_model(P)
        for i, pred in enumerate(preds):
            assert np.array_equal(pred.proba[fid], P[i])
            assert pred.labels[fid] == labels[i]
    # predictions of separate calls (not one batch: their rows are stacked) decide the same
    rows = [models.predict([t])[0] for t in TEXTS]
    lex = [_FakeTagged(t) for t in TEXTS]
    for method in ("model", "hybrid", "auto"):
        assert _decide(models, method, preds, lex) == _decide(models, method, rows, lex)


class _FakePassage:
    def __init__(self, text: str) -> None:
        self.text = text


class _FakeTagged:
    def __init__(self, text: str) -> None:
        self.passage = _FakePassage(text)
        self.labels: dict[str, object] = {}
        self.evidence = ()


@pytest.mark.parametrize("seed", range(20))
def test_descending_positive_is_argsort_order(seed: int) -> None:
    rng = np.random.default_rng(seed)
    contrib = np.zeros(2000)
    idx = rng.choice(2000, size=60, replace=False)
    contrib[idx] = rng.normal(size=60)
    if seed % 2:  # ties: the full sort decides their order
        contrib[idx[:10]] = abs(contrib[idx[0]])
    full = [int(j) for j in np.argsort(-contrib) if contrib[j] > 0]
    assert _descending_positive(contrib) == full


def test_fold_quotes_is_the_translation() -> None:
    for t in [*TEXTS, "", "‘quoted’ non‐breaking‑hyphen", "plain text"]:
        assert _fold_quotes(t) == t.translate(str.maketrans(dict(_QUOTE_FOLDS)))


def test_warmed_char_cache_changes_no_feature(models) -> None:  # noqa: ANN001
    vec = models.vectorizer
    before = vec.transform(TEXTS).toarray()
    vec._char_cache.clear()
    models.warm(vec.table_.common_words(500) if vec.table_ is not None else ["the", "council"])
    assert np.array_equal(vec.transform(TEXTS).toarray(), before)
