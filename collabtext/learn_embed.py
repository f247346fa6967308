"""Semantic features: a passage as the SIF-weighted mean of static word vectors.

TF-IDF n-grams only match the words a passage shares with the training texts, so a paraphrase
("pooled their money" for "joint budget") scores nothing. A table of word vectors distilled from
the sentence model all-MiniLM-L6-v2 (``models/training/distil.py``, model2vec-style: each word
embedded alone, reduced by PCA) puts words of similar meaning near each other. A passage's vector
is the mean of its words' vectors weighted by a / (a + p(w)) (SIF: frequent words count little),
L2-normalised. Unknown words are skipped; a hyphenated or apostrophe form the table lacks falls
back to its parts. Only numpy is needed at run time: the table is a plain NPZ.

Example:
    >>> table = EmbeddingTable.load()                  # models/embeddings.npz
    >>> X = table.transform(["Partners pooled their money.", "The bus was late."])  # n x dims
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from .errors import ModelError, ModelNotFound

FILENAME = "embeddings.npz"
# the same pattern distil.py used to build the vocabulary
_WORD = re.compile(r"[a-z]+(?:['\-][a-z]+)*")
_PARTS = re.compile(r"[a-z]+")
# curly quotes and non-breaking hyphens, as the vocabulary was built without them
_QUOTE_FOLDS = (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"))


def _fold_quotes(t: str) -> str:
    """One ``str.replace`` per fold: each scans in C and returns ``t`` itself when the character
    is absent (most passages), several times cheaper than ``str.translate``'s per-character
    dict lookups."""
    for a, b in _QUOTE_FOLDS:
        t = t.replace(a, b)
    return t


def candidate_paths() -> list[Path]:
    """Where the shipped table may be: the models folder (COLLABTEXT_MODELS may point elsewhere,
    e.g. at models trained into another folder), then the wheel's and the checkout's copies."""
    from importlib import resources as ir

    from .errors import DataNotFound
    from .resources import find

    out: list[Path] = []
    try:
        out.append(find("models") / FILENAME)
    except DataNotFound:
        pass
    try:
        out.append(Path(str(ir.files("collabtext") / "_data" / "models")) / FILENAME)
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - zipimport edge cases
        pass
    out.append(Path(__file__).resolve().parents[1] / "models" / FILENAME)
    return list(dict.fromkeys(out))


def default_path() -> Path:
    """The first existing candidate (else the first one, for the error message)."""
    c = candidate_paths()
    return next((p for p in c if p.is_file()), c[0])


class EmbeddingTable:
    """Word vectors (unit length, float32), SIF weights, and a word -> row index.

    Args:
        words: the vocabulary, in row order.
        vectors: len(words) x dims.
        weights: per-word SIF weight.
        sha256: the table file's sha256 (what a model card records), if loaded from a file.
    """

    def __init__(
        self, words: list[str], vectors: np.ndarray, weights: np.ndarray, sha256: str = ""
    ) -> None:
        if len(words) != len(vectors) or len(words) != len(weights):
            raise ModelError("embedding table: words, vectors and weights differ in length")
        self.words = list(words)
        self.row = {w: i for i, w in enumerate(self.words)}
        # the weight is folded into the vectors once, so a passage is one sparse x dense product
        self._weighted = np.asarray(vectors, dtype=np.float32) * np.asarray(
            weights, dtype=np.float32
        ).reshape(-1, 1)
        self.dims = int(self._weighted.shape[1])
        self.sha256 = sha256
        self._fallback: dict[str, tuple[int, ...]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> EmbeddingTable:
        """The table in ``path`` (default models/embeddings.npz), cached per file and version.

        Raises:
            ModelNotFound: the file is missing (rebuild it with models/training/distil.py).
            ModelError: it is unreadable or lacks words/vectors/weights.
        """
        p = Path(path) if path is not None else default_path()
        if not p.is_file():
            raise ModelNotFound(
                f"no word-embedding table {p.name} here: the models need it; rebuild it with "
                "models/training/distil.py (see models/README.md)",
                path=str(p),
            )
        st = p.stat()
        return _load(str(p.resolve()), st.st_mtime_ns, st.st_size)

    def common_words(self, n: int) -> list[str]:
        """The ``n`` most frequent words of the table: the SIF weight a / (a + p(w)), the length
        of each (unit) vector's weighted row, falls as a word's frequency rises."""
        # einsum sums the squares without a table-sized temporary (norm makes one of 20 MB, which
        # the allocator keeps); the order is all that is used
        weight2 = np.einsum("ij,ij->i", self._weighted, self._weighted)
        return [self.words[i] for i in np.argsort(weight2, kind="stable")[:n].tolist()]

    def vocab_sha256(self) -> str:
        """sha256 of the word list, as models/embeddings.json records it."""
        return hashlib.sha256("\n".join(self.words).encode("utf-8")).hexdigest()

    def rows(self, token: str) -> tuple[int, ...]:
        """Table rows for one lower-case token: itself, else its parts, else none."""
        r = self.row.get(token)
        if r is not None:
            return (r,)
        got = self._fallback.get(token)
        if got is None:
            parts = _PARTS.findall(token) if ("-" in token or "'" in token) else []
            got = tuple(self.row[w] for w in parts if w in self.row)
            if len(self._fallback) < 20_000:  # bounded: a scan may bring millions of words
                self._fallback[token] = got
        return got

    def counts(self, texts: list[str]) -> sp.csr_matrix:
        """texts x vocabulary token counts (unknown words dropped)."""
        get = self.row.get
        cols: list[int] = []
        indptr = [0]
        for t in texts:
            toks = _WORD.findall(_fold_quotes(t.lower()))
            found = list(map(get, toks))
            if None in found:  # rare: unknown words, or forms known only by their parts
                pairs = zip(toks, found, strict=True)
                found = [r for tok, r0 in pairs for r in self._rows_of(tok, r0)]
            cols += found
            indptr.append(len(cols))
        M = sp.csr_matrix(
            (
                np.ones(len(cols), dtype=np.float32),
                np.asarray(cols, dtype=np.int32),
                np.asarray(indptr, dtype=np.int64),
            ),
            shape=(len(texts), len(self.words)),
        )
        # One canonical form (columns sorted, repeats summed), so that the float32 product with
        # the table adds up in the same order however the rows were built.
        M.sum_duplicates()
        return M

    def _rows_of(self, tok: str, known: int | None) -> tuple[int, ...]:
        return (known,) if known is not None else self.rows(tok)

    def transform(self, texts: list[str]) -> np.ndarray:
        """texts x dims: SIF-weighted mean word vector, unit length (zeros with no known word)."""
        M = np.asarray(self.counts([str(t) for t in texts]) @ self._weighted, dtype=np.float32)
        norm = np.linalg.norm(M, axis=1, keepdims=True)
        return M / np.where(norm > 0, norm, 1.0)


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> EmbeddingTable:
    p = Path(path)
    raw = p.read_bytes()
    try:
        with np.load(p, allow_pickle=False) as z:
            words, vectors, weights = z["words"], z["vectors"], z["weights"]
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as e:
        raise ModelError(f"unreadable word-embedding table ({e})", path=path) from None
    if words.dtype.kind != "U" or vectors.ndim != 2:
        raise ModelError("word-embedding table has the wrong layout", path=path)
    return EmbeddingTable(words.tolist(), vectors, weights, hashlib.sha256(raw).hexdigest())


def find_table(emb: dict[str, Any], directory: str | Path | None) -> EmbeddingTable:
    """The embedding table a saved vectorizer was fitted with (same sha256), or ModelError."""
    name = str(emb.get("file") or FILENAME)
    places = [Path(directory) / name] if directory is not None else []
    places = list(dict.fromkeys(places + candidate_paths()))
    found = [q for q in places if q.is_file()]
    for q in found:
        table = EmbeddingTable.load(q)
        if table.sha256 == emb.get("sha256"):
            return table
    tried = ", ".join(str(q) for q in places)
    what = (
        "found differs from the one the models were trained with"
        if found
        else "the models were trained with is missing"
    )
    raise ModelError(
        f"the word-embedding table {name} {what} (tried {tried}): restore it, or rebuild it "
        "(models/training/distil.py) and retrain with `collabtext train`",
        path=str(directory or default_path().parent),
    )
