"""TF-IDF features for the passage classifiers: word 1-2-grams plus char_wb 2-5-grams.

``TextVectorizer`` gives exactly what ``TfidfVectorizer(analyzer="char_wb")`` stacked on a word
``TfidfVectorizer`` would, but transforms several times faster: char_wb n-grams never cross
whitespace, so a document's char counts are the sum of its words' counts, and each distinct word in
a batch is analysed once (a doc x word matrix times a word x n-gram matrix).

Its state is plain data (vocabularies as term lists, idf arrays), so it is saved in JSON/NPZ and
rebuilt without pickle (``to_state`` / ``from_state``).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

_WS = re.compile(r"\s\s+")
CHAR_CACHE_WORDS = 200_000  # ~60 MB of rows at most; cleared, not grown, past that


class TextVectorizer(TransformerMixin, BaseEstimator):
    """Word and char_wb TF-IDF features, L2-normalised per block and stacked.

    Args:
        word_ngrams: n-gram range of the word block.
        char_ngrams: n-gram range of the char_wb block.
        min_df: minimum document frequency of a term (both blocks).
        max_char_features: cap on the char vocabulary (most frequent kept).
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_char_features: int | None = 30000,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_char_features = max_char_features

    def fit(self, X: Any, y: Any = None) -> TextVectorizer:
        texts = [str(t) for t in X]
        word = TfidfVectorizer(
            ngram_range=tuple(self.word_ngrams), min_df=self.min_df, sublinear_tf=True
        )
        char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=tuple(self.char_ngrams),
            min_df=self.min_df,
            sublinear_tf=True,
            max_features=self.max_char_features,
        )
        word.fit(texts)
        char.fit(texts)
        self._set(
            list(word.get_feature_names_out()),
            word.idf_,
            list(char.get_feature_names_out()),
            char.idf_,
        )
        return self

    def _set(
        self,
        word_terms: list[str],
        word_idf: np.ndarray,
        char_terms: list[str],
        char_idf: np.ndarray,
    ) -> None:
        self.word_terms_ = list(word_terms)
        self.char_terms_ = list(char_terms)
        self.word_idf_ = np.asarray(word_idf, dtype=np.float64)
        self.char_idf_ = np.asarray(char_idf, dtype=np.float64)
        self._word = CountVectorizer(
            ngram_range=tuple(self.word_ngrams),
            vocabulary={t: i for i, t in enumerate(self.word_terms_)},
        )
        self._char = CountVectorizer(
            analyzer="char_wb",
            ngram_range=tuple(self.char_ngrams),
            vocabulary={t: i for i, t in enumerate(self.char_terms_)},
        )
        self._word_tfidf = _tfidf(self.word_idf_)
        self._char_tfidf = _tfidf(self.char_idf_)
        self.n_word_ = len(self.word_terms_)
        self.n_features_out_ = self.n_word_ + len(self.char_terms_)
        # word -> its char n-gram row; only valid for this char vocabulary, so a new fit clears it
        self._char_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def transform(self, X: Any) -> sp.csr_matrix:
        check_is_fitted(self, "word_terms_")
        texts = [str(t) for t in X]
        w = self._word_tfidf.transform(self._word.transform(texts))
        c = self._char_tfidf.transform(self._char_counts(texts))
        return sp.hstack([w, c], format="csr")

    def _char_counts(self, texts: list[str]) -> sp.csr_matrix:
        index: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        for r, t in enumerate(texts):
            # as CountVectorizer(analyzer="char_wb") does: lowercase, squeeze spaces
            for w in _WS.sub(" ", t.lower()).split():
                rows.append(r)
                cols.append(index.setdefault(w, len(index)))
        dw = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(index)))
        return (dw @ self._word_char_rows(list(index))).tocsr()

    def _word_char_rows(self, words: list[str]) -> sp.csr_matrix:
        """word x char-n-gram counts. A word's row never changes, and a scan meets the same words
        in every document, so rows are kept between calls (bounded) and only new words analysed."""
        cache = self._char_cache
        new = [w for w in words if w not in cache]
        if new:
            if len(cache) + len(new) > CHAR_CACHE_WORDS:
                cache.clear()
                new = words
            m = self._char.transform(new).tocsr()
            ind, dat, ptr = m.indices, m.data, m.indptr
            for k, w in enumerate(new):
                cache[w] = (ind[ptr[k] : ptr[k + 1]], dat[ptr[k] : ptr[k + 1]])
        parts = [cache[w] for w in words]
        lens = np.fromiter((len(p[0]) for p in parts), dtype=np.int64, count=len(parts))
        indptr = np.concatenate(([0], np.cumsum(lens)))
        if not parts:
            return sp.csr_matrix((0, len(self.char_terms_)))
        return sp.csr_matrix(
            (np.concatenate([p[1] for p in parts]), np.concatenate([p[0] for p in parts]), indptr),
            shape=(len(words), len(self.char_terms_)),
        )

    def word_features(self) -> list[str]:
        check_is_fitted(self, "word_terms_")
        return self.word_terms_

    def to_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        """JSON-ready parameters and vocabularies, plus arrays for NPZ."""
        check_is_fitted(self, "word_terms_")
        meta = {
            "params": {
                "word_ngrams": list(self.word_ngrams),
                "char_ngrams": list(self.char_ngrams),
                "min_df": self.min_df,
                "max_char_features": self.max_char_features,
            },
            "word_terms": self.word_terms_,
            "char_terms": self.char_terms_,
        }
        return meta, {"word_idf": self.word_idf_, "char_idf": self.char_idf_}

    @classmethod
    def from_state(cls, meta: dict[str, Any], arrays: Any) -> TextVectorizer:
        p = meta["params"]
        v = cls(
            tuple(p["word_ngrams"]),
            tuple(p["char_ngrams"]),
            int(p["min_df"]),
            p.get("max_char_features"),
        )
        v._set(meta["word_terms"], arrays["word_idf"], meta["char_terms"], arrays["char_idf"])
        return v


def _tfidf(idf: np.ndarray) -> TfidfTransformer:
    t = TfidfTransformer(sublinear_tf=True)
    t.idf_ = idf
    t.n_features_in_ = len(idf)
    return t


def l2(X: sp.csr_matrix) -> sp.csr_matrix:
    return normalize(X)
