"""Features for the passage classifiers: TF-IDF word 1-2-grams, char_wb 2-5-grams and, optionally,
a dense block of semantic word-embedding features (``learn_embed``), stacked in that order.

``TextVectorizer`` gives exactly what ``TfidfVectorizer(analyzer="char_wb")`` stacked on a word
``TfidfVectorizer`` would, but transforms several times faster: char_wb n-grams never cross
whitespace, so a document's char counts are the sum of its words' counts, and each distinct word in
a batch is analysed once (a doc x word matrix times a word x n-gram matrix).

Its state is plain data (vocabularies as term lists, idf arrays), so it is saved in JSON/NPZ and
rebuilt without pickle (``to_state`` / ``from_state``). The embedding table is not copied into the
state: the state records its sha256, and loading finds the same table (models/embeddings.npz)
or fails with a clear ModelError.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from .learn_embed import FILENAME as EMBED_FILE
from .learn_embed import EmbeddingTable, find_table

_WS = re.compile(r"\s\s+")
CHAR_CACHE_WORDS = 50_000  # ~15 MB of rows at most; cleared, not grown, past that


class TextVectorizer(TransformerMixin, BaseEstimator):
    """Word and char_wb TF-IDF features, L2-normalised per block and stacked, then optionally the
    passage's unit-length mean word embedding times ``embed_weight``.

    Args:
        word_ngrams: n-gram range of the word block.
        char_ngrams: n-gram range of the char_wb block (None: no char block).
        min_df: minimum document frequency of a term (both blocks).
        max_char_features: cap on the char vocabulary (most frequent kept).
        embed_weight: scale of the embedding block relative to the unit-norm TF-IDF blocks
            (0: no embedding block). The ridge penalty is shared, so this sets how cheaply the
            models can lean on it.
        embeddings: path of the embedding table (None: models/embeddings.npz).
        embed_center: subtract the training passages' mean vector and rescale to mean norm 1.
            Mean word vectors of any two passages are alike (cosine ~0.2-0.6: they share a
            common direction), so uncentred the block mostly duplicates the intercept.
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_char_features: int | None = 30000,
        embed_weight: float = 0.0,
        embeddings: str | None = None,
        embed_center: bool = True,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_char_features = max_char_features
        self.embed_weight = embed_weight
        self.embeddings = embeddings
        self.embed_center = embed_center

    def fit(self, X: Any, y: Any = None) -> TextVectorizer:
        texts = [str(t) for t in X]
        word = TfidfVectorizer(
            ngram_range=tuple(self.word_ngrams), min_df=self.min_df, sublinear_tf=True
        )
        word.fit(texts)
        if self.char_ngrams:
            char = TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=tuple(self.char_ngrams),
                min_df=self.min_df,
                sublinear_tf=True,
                max_features=self.max_char_features,
            )
            char.fit(texts)
            char_terms, char_idf = list(char.get_feature_names_out()), char.idf_
        else:
            char_terms, char_idf = [], np.zeros(0)
        table = EmbeddingTable.load(self.embeddings) if self.embed_weight else None
        self._set(list(word.get_feature_names_out()), word.idf_, char_terms, char_idf, table)
        if table is not None and self.embed_center:
            E = table.transform(texts)
            self.embed_mean_ = E.mean(axis=0).astype(np.float32)
            norms = np.linalg.norm(E - self.embed_mean_, axis=1)
            self.embed_scale_ = float(1.0 / max(float(norms.mean()), 1e-6))
        return self

    def _set(
        self,
        word_terms: list[str],
        word_idf: np.ndarray,
        char_terms: list[str],
        char_idf: np.ndarray,
        table: EmbeddingTable | None = None,
    ) -> None:
        self.word_terms_ = list(word_terms)
        self.char_terms_ = list(char_terms)
        self.word_idf_ = np.asarray(word_idf, dtype=np.float64)
        self.char_idf_ = np.asarray(char_idf, dtype=np.float64)
        self._word = CountVectorizer(
            ngram_range=tuple(self.word_ngrams),
            vocabulary={t: i for i, t in enumerate(self.word_terms_)},
        )
        self._char = (
            CountVectorizer(
                analyzer="char_wb",
                ngram_range=tuple(self.char_ngrams),
                vocabulary={t: i for i, t in enumerate(self.char_terms_)},
            )
            if self.char_terms_
            else None
        )
        self._word_tfidf = _tfidf(self.word_idf_)
        self._char_tfidf = _tfidf(self.char_idf_)
        self.n_word_ = len(self.word_terms_)
        self.table_ = table
        self.n_embed_ = table.dims if table is not None else 0
        self.embed_mean_ = np.zeros(self.n_embed_, dtype=np.float32)
        self.embed_scale_ = 1.0
        self.n_features_out_ = self.n_word_ + len(self.char_terms_) + self.n_embed_
        # word -> its char n-gram row; only valid for this char vocabulary, so a new fit clears it
        self._char_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def transform(self, X: Any) -> sp.csr_matrix:
        check_is_fitted(self, "word_terms_")
        texts = [str(t) for t in X]
        blocks = [self._word_tfidf.transform(self._word.transform(texts))]
        if self._char is not None:
            blocks.append(self._char_tfidf.transform(self._char_counts(texts)))
        if self.table_ is not None:
            E = (self.table_.transform(texts) - self.embed_mean_) * np.float32(
                self.embed_scale_ * self.embed_weight
            )
            blocks.append(sp.csr_matrix(E))
        return sp.hstack(blocks, format="csr")

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
        if new and self._char is not None:
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
                "char_ngrams": list(self.char_ngrams) if self.char_ngrams else None,
                "min_df": self.min_df,
                "max_char_features": self.max_char_features,
                "embed_weight": self.embed_weight,
                "embed_center": self.embed_center,
                "embed_scale": self.embed_scale_,
                "embeddings": (
                    {
                        "file": EMBED_FILE,
                        "sha256": self.table_.sha256,
                        "dims": self.table_.dims,
                        "n_words": len(self.table_.words),
                        "vocab_sha256": self.table_.vocab_sha256(),
                    }
                    if self.table_ is not None
                    else None
                ),
            },
            "word_terms": self.word_terms_,
            "char_terms": self.char_terms_,
        }
        arrays = {"word_idf": self.word_idf_, "char_idf": self.char_idf_}
        if self.n_embed_:
            arrays["embed_mean"] = self.embed_mean_
        return meta, arrays

    @classmethod
    def from_state(
        cls, meta: dict[str, Any], arrays: Any, directory: str | Path | None = None
    ) -> TextVectorizer:
        """Rebuild from ``to_state``; the embedding table is looked for in ``directory`` (the
        models folder being loaded), then in the default models folder, and must have the
        sha256 the state records."""
        p = meta["params"]
        v = cls(
            tuple(p["word_ngrams"]),
            tuple(p["char_ngrams"]) if p.get("char_ngrams") else None,
            int(p["min_df"]),
            p.get("max_char_features"),
            float(p.get("embed_weight") or 0.0),
            embed_center=bool(p.get("embed_center", False)),
        )
        emb = p.get("embeddings")
        table = find_table(emb, directory) if v.embed_weight and emb else None
        v._set(
            meta["word_terms"], arrays["word_idf"], meta["char_terms"], arrays["char_idf"], table
        )
        if table is not None and "embed_mean" in arrays:
            v.embed_mean_ = np.asarray(arrays["embed_mean"], dtype=np.float32)
            v.embed_scale_ = float(p.get("embed_scale", 1.0))
        return v


def _tfidf(idf: np.ndarray) -> TfidfTransformer:
    t = TfidfTransformer(sublinear_tf=True)
    t.idf_ = idf
    t.n_features_in_ = len(idf)
    return t


def l2(X: sp.csr_matrix) -> sp.csr_matrix:
    return normalize(X)
