"""The fitted vectorizer as plain numpy/scipy code: the features for training and prediction.

Importing scikit-learn's text module costs a scan worker about 100 MB of memory; transforming only
needs the fitted vocabularies, idf vectors and the embedding table. ``FrozenVectorizer`` computes
what two fitted ``TfidfVectorizer`` blocks would (word n-grams with the default token pattern,
char_wb n-grams, sublinear tf, idf, l2 per block), then the centred embedding block;
``tests/test_learn_frozen.py`` checks it against scikit-learn to within 1e-9 on real passages.
``learn_vec.TextVectorizer`` fits the vocabularies with scikit-learn and transforms with this.
"""

from __future__ import annotations

import re
from array import array
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from .learn_embed import FILENAME as EMBED_FILE
from .learn_embed import EmbeddingTable

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
CHAR_CACHE_WORDS = 50_000  # ~10 MB of rows at most; cleared, not grown, past that


# Names of laws and offices that carry framework words: "Well-being of Future Generations
# (Wales) Act 2015" says nothing about long-term thinking, yet "future generations" is what the
# classifiers learn long_term from. The vectorizers blank them (same length, so offsets hold);
# the lexicons have their own exclusions for them.
TITLE = re.compile(
    r"\b(?:[Ww]ell-?[Bb]eing\s+of\s+)?Future\s+Generations\s+(?:\(Wales\)\s+)?"
    r"(?:Act|Commissioner)(?:\s+(?:for\s+Wales|\d{4}))?"
    r"|\b(?:Office\s+of\s+the\s+)?Commissioner\s+for\s+Future\s+Generations"
    r"|\b(?!(?:Under|The|In|By|As|With|From|Through|Since|And|Of|For|An?)\s)"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|in)\s+)?){1,6}\(Wales\)\s+"
    r"(?:Act|Measure|Regulations)(?:\s+\d{4})?"
    r"|\bW?B?FG\s+Act\b"
)
TITLE_HINTS = ("Future", "(Wales)", "FG ")


def mask_titles(text: str) -> str:
    """``text`` with the names of ``TITLE`` blanked out."""
    if not any(h in text for h in TITLE_HINTS):
        return text
    return TITLE.sub(lambda m: " " * len(m.group()), text)


def char_wb_ngrams(word: str, lo: int, hi: int) -> list[str]:
    """scikit-learn's char_wb n-grams of one (lower-case, space-free) word."""
    w = f" {word} "
    n_w = len(w)
    out: list[str] = []
    for n in range(lo, hi + 1):
        offset = 0
        out.append(w[offset : offset + n])
        while offset + n < n_w:
            offset += 1
            out.append(w[offset : offset + n])
        if offset == 0:  # the word is shorter than n: longer n-grams would repeat it
            break
    return out


def sublinear_tfidf_l2(C: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """TfidfTransformer(sublinear_tf=True) with a fitted idf, then l2-normalised rows."""
    X = C.astype(np.float64).tocsr()
    X.sum_duplicates()
    X.data = np.log(X.data) + 1.0
    X.data *= idf[X.indices]
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    X.data /= np.repeat(norms, np.diff(X.indptr))
    return X


class FrozenVectorizer:
    """``transform(texts)`` as a fitted ``TextVectorizer`` would give it; build with
    ``from_state`` (the state ``TextVectorizer.to_state`` saved)."""

    def __init__(
        self,
        word_terms: list[str],
        word_idf: np.ndarray,
        char_terms: list[str],
        char_idf: np.ndarray,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        table: EmbeddingTable | None = None,
        embed_mean: np.ndarray | None = None,
        embed_scale: float = 1.0,
        embed_weight: float = 0.0,
    ) -> None:
        self.word_terms_ = list(word_terms)
        self.char_terms_ = list(char_terms)
        self.word_idf_ = np.asarray(word_idf, dtype=np.float64)
        self.char_idf_ = np.asarray(char_idf, dtype=np.float64)
        self.word_ngrams = tuple(word_ngrams)
        self.char_ngrams = tuple(char_ngrams) if char_ngrams else None
        self._word_index = {t: i for i, t in enumerate(self.word_terms_)}
        self._char_index = {t: i for i, t in enumerate(self.char_terms_)}
        self.table_ = table if embed_weight else None
        self.n_embed_ = self.table_.dims if self.table_ is not None else 0
        self.embed_mean_ = (
            np.asarray(embed_mean, dtype=np.float32)
            if embed_mean is not None
            else np.zeros(self.n_embed_, dtype=np.float32)
        )
        self.embed_scale_ = float(embed_scale)
        self.embed_weight = float(embed_weight)
        self.n_word_ = len(self.word_terms_)
        self.n_features_out_ = self.n_word_ + len(self.char_terms_) + self.n_embed_
        self._char_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    @classmethod
    def from_state(
        cls, meta: dict[str, Any], arrays: Any, directory: str | Path | None = None
    ) -> FrozenVectorizer:
        from .learn_embed import find_table

        p = meta["params"]
        weight = float(p.get("embed_weight") or 0.0)
        emb = p.get("embeddings")
        table = find_table(emb, directory) if weight and emb else None
        mean = arrays["embed_mean"] if table is not None and "embed_mean" in arrays else None
        return cls(
            meta["word_terms"],
            arrays["word_idf"],
            meta["char_terms"],
            arrays["char_idf"],
            tuple(p["word_ngrams"]),
            tuple(p["char_ngrams"]) if p.get("char_ngrams") else None,
            table,
            mean,
            float(p.get("embed_scale", 1.0)) if mean is not None else 1.0,
            weight,
        )

    def word_features(self) -> list[str]:
        return self.word_terms_

    def transform(self, X: Any) -> sp.csr_matrix:
        texts = [mask_titles(str(t)) for t in X]
        lower = [t.lower() for t in texts]  # both n-gram blocks read the lower-cased text
        blocks = [sublinear_tfidf_l2(self._word_counts(lower), self.word_idf_)]
        if self.char_terms_:
            blocks.append(sublinear_tfidf_l2(self._char_counts(lower), self.char_idf_))
        if self.table_ is not None:
            E = (self.table_.transform(texts) - self.embed_mean_) * np.float32(
                self.embed_scale_ * self.embed_weight
            )
            blocks.append(sp.csr_matrix(E))
        return sp.hstack(blocks, format="csr")

    def _word_counts(self, lower: list[str]) -> sp.csr_matrix:
        """Word n-gram counts of lower-cased texts. Rows are built as CSR with repeated columns
        (``sublinear_tfidf_l2`` sums them): one list extension per n, not an append per gram."""
        get = self._word_index.get
        lo, hi = self.word_ngrams
        cols: list[int] = []
        indptr = [0]
        for t in lower:
            toks = TOKEN.findall(t)
            for n in range(lo, hi + 1):
                grams = (
                    toks
                    if n == 1
                    else map(" ".join, zip(*(toks[k:] for k in range(n)), strict=False))
                )
                cols += [j for j in map(get, grams) if j is not None]
            indptr.append(len(cols))
        return _csr(cols, indptr, self.n_word_)

    def _char_counts(self, lower: list[str]) -> sp.csr_matrix:
        """char_wb n-gram counts of lower-cased texts, as (text x word) @ (word x n-gram).

        scikit-learn squeezes runs of white space before splitting; ``str.split()`` splits at the
        same (Unicode) white space, so the squeeze changes nothing here and is skipped."""
        index: dict[str, int] = {}
        add = index.setdefault
        cols: list[int] = []
        indptr = [0]
        for t in lower:
            cols += [add(w, len(index)) for w in t.split()]
            indptr.append(len(cols))
        dw = _csr(cols, indptr, len(index))
        dw.sum_duplicates()
        return (dw @ self._word_char_rows(list(index))).tocsr()

    def _word_char_rows(self, words: list[str]) -> sp.csr_matrix:
        """word x char-n-gram counts, kept between calls (bounded): a scan meets the same words
        in every document. A word is kept as the columns of its known n-grams, repeats and all;
        one CSR over all the words sums the repeats, so no word needs arrays of its own."""
        cache = self._char_cache
        if len(cache) + sum(1 for w in words if w not in cache) > CHAR_CACHE_WORDS:
            cache.clear()
        self._fill_char_cache(words)
        parts = [cache[w] for w in words]
        if not parts:
            return sp.csr_matrix((0, len(self.char_terms_)))
        indptr = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)), out=indptr[1:])
        cols = np.frombuffer(b"".join(parts), dtype=np.intc).astype(np.int32)  # writable
        M = sp.csr_matrix(
            (np.ones(len(cols)), cols, indptr), shape=(len(words), len(self.char_terms_))
        )
        M.sum_duplicates()
        return M

    def _fill_char_cache(self, words: list[str]) -> None:
        cache = self._char_cache
        get = self._char_index.get
        lo, hi = self.char_ngrams or (2, 5)
        for w in words:
            if w not in cache:
                cache[w] = array(
                    "i", [j for j in map(get, char_wb_ngrams(w, lo, hi)) if j is not None]
                )

    def warm(self, words: list[str]) -> None:
        """Put common words in the char n-gram cache before any text comes (a scan worker does
        it once at start-up) rather than in a fresh worker's first files. Fills at most half
        the cache, leaving the rest to the words of the corpus; features are unchanged."""
        if self.char_terms_:
            self._fill_char_cache(words[: CHAR_CACHE_WORDS // 2 - len(self._char_cache)])


def _csr(cols: list[int], indptr: list[int], width: int) -> sp.csr_matrix:
    """Rows of ones at ``cols`` (repeats allowed), ``indptr`` giving each row's end."""
    return sp.csr_matrix(
        (np.ones(len(cols)), np.asarray(cols, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, width),
    )


__all__ = [
    "EMBED_FILE",
    "FrozenVectorizer",
    "char_wb_ngrams",
    "mask_titles",
    "sublinear_tfidf_l2",
]
