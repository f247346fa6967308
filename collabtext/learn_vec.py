"""Features for the passage classifiers: TF-IDF word 1-2-grams, char_wb 2-5-grams and, optionally,
a dense block of semantic word-embedding features (``learn_embed``), stacked in that order.

``TextVectorizer`` fits the vocabularies and idf vectors with scikit-learn's ``TfidfVectorizer``
and transforms with ``learn_frozen.FrozenVectorizer``, which gives exactly what the two stacked
``TfidfVectorizer`` blocks would, several times faster (char_wb n-grams never cross whitespace, so
each distinct word is analysed once) and without scikit-learn, so prediction never imports it.

Its state is plain data (vocabularies as term lists, idf arrays), so it is saved in JSON/NPZ and
rebuilt without pickle (``to_state`` / ``from_state``). The embedding table is not copied into the
state: the state records its sha256, and loading finds the same table (models/embeddings.npz)
or fails with a clear ModelError.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .learn_embed import FILENAME as EMBED_FILE
from .learn_embed import EmbeddingTable
from .learn_frozen import FrozenVectorizer, mask_titles


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
        texts = [mask_titles(str(t)) for t in X]  # as FrozenVectorizer.transform reads them
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
        mean, scale = None, 1.0
        if table is not None and self.embed_center:
            E = table.transform(texts)
            mean = E.mean(axis=0).astype(np.float32)
            scale = float(1.0 / max(float(np.linalg.norm(E - mean, axis=1).mean()), 1e-6))
        self._set(
            list(word.get_feature_names_out()), word.idf_, char_terms, char_idf, table, mean, scale
        )
        return self

    def _set(
        self,
        word_terms: list[str],
        word_idf: np.ndarray,
        char_terms: list[str],
        char_idf: np.ndarray,
        table: EmbeddingTable | None = None,
        embed_mean: np.ndarray | None = None,
        embed_scale: float = 1.0,
    ) -> None:
        # a new fit replaces the frozen vectorizer, and with it the char-row cache of the old
        # vocabulary
        self.frozen_ = FrozenVectorizer(
            word_terms,
            word_idf,
            char_terms,
            char_idf,
            tuple(self.word_ngrams),
            tuple(self.char_ngrams) if self.char_ngrams and char_terms else None,
            table,
            embed_mean,
            embed_scale,
            self.embed_weight,
        )

    # The fitted state lives in ``frozen_``; these are views of it.
    word_terms_ = property(lambda self: self.frozen_.word_terms_)
    char_terms_ = property(lambda self: self.frozen_.char_terms_)
    word_idf_ = property(lambda self: self.frozen_.word_idf_)
    char_idf_ = property(lambda self: self.frozen_.char_idf_)
    table_ = property(lambda self: self.frozen_.table_)
    n_word_ = property(lambda self: self.frozen_.n_word_)
    n_embed_ = property(lambda self: self.frozen_.n_embed_)
    embed_mean_ = property(lambda self: self.frozen_.embed_mean_)
    embed_scale_ = property(lambda self: self.frozen_.embed_scale_)
    n_features_out_ = property(lambda self: self.frozen_.n_features_out_)

    def transform(self, X: Any) -> sp.csr_matrix:
        check_is_fitted(self, "frozen_")
        return self.frozen_.transform(X)

    def word_features(self) -> list[str]:
        check_is_fitted(self, "frozen_")
        return self.frozen_.word_features()

    def to_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        """JSON-ready parameters and vocabularies, plus arrays for NPZ."""
        check_is_fitted(self, "frozen_")
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
        v.frozen_ = FrozenVectorizer.from_state(meta, arrays, directory)
        return v
