"""``LexiconFeatures``: lexicon evidence and language scores as a scikit-learn transformer.

For people who build their own models on collabtext's analysis. Each passage (a string) becomes
one row: per lexicon category, the number of evidence hits that were not negated, the number that
were negated, and whether the tagger gave the label; then words, we and I per 100 words, the we
share and the collaborative-language markers per 100 words (``collabtext.score``).

Example:
    >>> from sklearn.pipeline import make_pipeline
    >>> from sklearn.linear_model import LogisticRegression
    >>> clf = make_pipeline(LexiconFeatures(), LogisticRegression()).fit(texts, y)

Input is a sequence of strings. A 2-D table is also accepted (as scikit-learn's estimator checks
require): the cells of a row are joined with spaces into one text, so a numeric table gives
well-defined (mostly zero) features and ``n_features_in_`` is kept as for any estimator.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data

LANGUAGE = ("words", "we_per_100", "i_per_100", "we_share")


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """Turn passages into lexicon-evidence counts and language scores.

    Args:
        frameworks: framework ids to include (default: every framework of the lexicon).
        language: include the we/I rates and language markers of ``collabtext.score``.
    """

    def __init__(self, frameworks: tuple[str, ...] | None = None, language: bool = True) -> None:
        self.frameworks = frameworks
        self.language = language

    def fit(self, X: Any, y: Any = None) -> LexiconFeatures:
        self._texts(X, reset=True)
        from .tag import get_tagger

        lex = get_tagger().lexicon
        fids = [f for f in lex.frameworks if self.frameworks is None or f in self.frameworks]
        cats = [(f, c) for f in fids for c in lex.frameworks[f].base_ids]
        names = [f"{f}:{c}:{k}" for f, c in cats for k in ("hits", "negated", "label")]
        if self.language:
            from .score_lexicon import MARKER_KEYS

            names += list(LANGUAGE) + [f"marker:{m}_per_100" for m in MARKER_KEYS]
        self.categories_ = cats
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        texts = self._texts(X, reset=False)
        from .evaluate import _passage
        from .tag import get_tagger

        tagged = get_tagger().tag_passages([_passage(t, f"p{k:05d}") for k, t in enumerate(texts)])
        out = np.zeros((len(texts), len(self.feature_names_out_)))
        col = {fc: 3 * k for k, fc in enumerate(self.categories_)}
        for i, tp in enumerate(tagged):
            self._lexicon_row(out[i], tp, col)
            if self.language:
                out[i, 3 * len(self.categories_) :] = _language_row(texts[i])
        return out

    def _lexicon_row(self, row: np.ndarray, tp: Any, col: dict[tuple[str, str], int]) -> None:
        fws = get_frameworks()
        for e in tp.evidence:
            fw = fws.get(e.framework)
            k = col.get((e.framework, fw.rollup(e.category) if fw else e.category))
            if k is not None:
                row[k + (1 if e.negated else 0)] += 1
        for fid, v in tp.labels.items():
            for c in v if isinstance(v, tuple) else ((v,) if v else ()):
                k = col.get((fid, c))
                if k is not None:
                    row[k + 2] = 1.0

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()

    def _texts(self, X: Any, reset: bool) -> list[str]:
        if isinstance(X, str):
            raise ValueError(
                "expected a sequence of passages (strings), got a single string; wrap it in a list"
            )
        if not sp.issparse(X) and _is_text_sequence(X):
            if not reset and getattr(self, "n_features_in_", None) is not None:
                raise ValueError(
                    "fitted on a 2-D table: transform needs a 2-D table with the same columns"
                )
            if reset and hasattr(self, "n_features_in_"):
                del self.n_features_in_
            return [str(t) for t in X]
        if not sp.issparse(X) and np.asarray(X, dtype=object).ndim == 1:
            raise ValueError(
                "1-D input must be a sequence of strings (one passage each). Reshape your data "
                "to (n, 1) for a single column."
            )
        objects = (
            not sp.issparse(X) and np.asarray(X, dtype=object).dtype == object and _has_strings(X)
        )
        A = validate_data(self, X, reset=reset, dtype=None if objects else "numeric")
        return [" ".join(str(v) for v in row) for row in A]

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        return tags


def _is_text_sequence(X: Any) -> bool:
    if isinstance(X, np.ndarray):
        return X.ndim == 1 and X.dtype.kind in "OUS" and all(isinstance(t, str) for t in X)
    try:
        return len(X) > 0 and all(isinstance(t, str) for t in X)  # lists, tuples, pandas Series
    except TypeError:
        return False


def _has_strings(X: Any) -> bool:
    return any(isinstance(v, str) for v in np.asarray(X, dtype=object).ravel())


def get_frameworks() -> dict[str, Any]:
    from .tag import get_tagger

    return get_tagger().lexicon.frameworks


def _language_row(text: str) -> list[float]:
    from .score import Scorer
    from .score_lexicon import MARKER_KEYS

    s = _scorer(Scorer).score_text(text)
    per = 100.0 / s.words if s.words else 0.0
    share = s.we / (s.we + s.i) if s.we + s.i else 0.0
    return [float(s.words), s.we * per, s.i * per, share] + [
        s.markers.get(m, 0) * per for m in MARKER_KEYS
    ]


_SCORER: list[Any] = []


def _scorer(cls: Any) -> Any:
    if not _SCORER:
        _SCORER.append(cls())
    return _SCORER[0]
