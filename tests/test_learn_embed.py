"""The semantic feature block: the distilled word-embedding table and passage vectors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from collabtext.errors import ModelError, ModelNotFound
from collabtext.learn_embed import EmbeddingTable
from collabtext.learn_vec import TextVectorizer
from collabtext.resources import repo_root

TABLE = repo_root() / "models" / "embeddings.npz"
needs_table = pytest.mark.skipif(not TABLE.is_file(), reason="models/embeddings.npz not built")


def tiny_table() -> EmbeddingTable:
    """Four words on known axes; 'the' is frequent, so its SIF weight is small."""
    words = ["budget", "money", "the", "bus"]
    vectors = np.array([[1, 0, 0], [0.8, 0.6, 0], [0, 0, 1], [0, 1, 0]], dtype=np.float16)
    return EmbeddingTable(words, vectors, np.array([1.0, 1.0, 0.01, 1.0]))


@needs_table
def test_shipped_table_loads_without_pickle_and_matches_its_card() -> None:
    with np.load(TABLE, allow_pickle=False) as z:
        assert z["words"].dtype.kind == "U"
        assert z["vectors"].dtype == np.float16 and z["vectors"].shape[0] == len(z["words"])
        assert z["weights"].shape == z["words"].shape
    meta = json.loads((TABLE.parent / "embeddings.json").read_text(encoding="utf-8"))
    table = EmbeddingTable.load(TABLE)
    assert table.dims == meta["dims"] and len(table.words) == meta["n_words"]
    assert table.sha256 == meta["sha256"] and table.vocab_sha256() == meta["vocab_sha256"]
    assert meta["source_model"].endswith("all-MiniLM-L6-v2")
    assert TABLE.stat().st_size < 12_000_000


@needs_table
def test_passage_vectors_are_unit_length_and_paraphrases_are_closer() -> None:
    table = EmbeddingTable.load(TABLE)
    X = table.transform(
        [
            "The partners pooled their money into a single fund.",
            "The organisations agreed a joint budget.",
            "The train to the coast was cancelled because of snow.",
        ]
    )
    assert np.allclose(np.linalg.norm(X, axis=1), 1.0, atol=1e-5)
    assert X[0] @ X[1] > X[0] @ X[2] + 0.2
    assert X[1] @ X[1] > X[1] @ X[2]


def test_unknown_words_are_skipped_and_no_known_word_gives_zeros() -> None:
    t = tiny_table()
    X = t.transform(["budget qwxzy", "budget", "qwxzy zzkq", ""])
    assert np.allclose(X[0], X[1]) and np.allclose(X[0], [1, 0, 0], atol=1e-3)
    assert not X[2].any() and not X[3].any()


def test_sif_weight_and_hyphen_fallback() -> None:
    t = tiny_table()
    # 'the' (weight .01) barely moves the vector away from 'budget'
    assert t.transform(["the the budget"])[0][0] > 0.99
    # an unknown hyphenated form counts as its known parts; curly apostrophes are normalised
    assert np.allclose(t.transform(["budget-bus"])[0], t.transform(["budget bus"])[0])
    assert t.rows("budget\u2019s") == () and t.transform(["budget\u2019s"]).any()


def test_missing_table_gives_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "embeddings.npz"
    with pytest.raises(ModelNotFound, match="distil.py"):
        EmbeddingTable.load(missing)
    with pytest.raises(ModelNotFound, match="embedding table"):
        TextVectorizer(min_df=1, embed_weight=1.0, embeddings=str(missing)).fit(
            ["partners met", "partners agreed"]
        )


def test_unreadable_table_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "embeddings.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="unreadable"):
        EmbeddingTable.load(bad)


def _write_tiny(path: Path) -> None:
    t = tiny_table()
    np.savez_compressed(
        path,
        words=np.array(t.words),
        vectors=np.array([[1, 0, 0], [0.8, 0.6, 0], [0, 0, 1], [0, 1, 0]], dtype=np.float16),
        weights=np.array([1.0, 1.0, 0.01, 1.0], dtype=np.float32),
    )


def test_vectorizer_stacks_the_block_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "embeddings.npz"
    _write_tiny(path)
    texts = ["the budget and money", "the bus and the budget", "money money bus"]
    v = TextVectorizer(min_df=1, embed_weight=2.0, embeddings=str(path)).fit(texts)
    X = v.transform(texts)
    plain = TextVectorizer(min_df=1).fit(texts).transform(texts)
    assert X.shape[1] == plain.shape[1] + 3 and v.n_embed_ == 3
    assert np.allclose(X[:, : plain.shape[1]].toarray(), plain.toarray())
    dense = X[:, plain.shape[1] :].toarray()
    # centred on the training passages and scaled to mean norm 1, times the weight
    assert np.allclose(dense.mean(axis=0), 0, atol=1e-5)
    assert np.isclose(np.linalg.norm(dense, axis=1).mean(), 2.0, atol=1e-4)

    meta, arrays = v.to_state()
    assert meta["params"]["embeddings"]["sha256"] == EmbeddingTable.load(path).sha256
    w = TextVectorizer.from_state(meta, arrays, tmp_path)
    assert np.allclose(w.transform(texts).toarray(), X.toarray(), atol=1e-6)


def test_loading_without_the_same_table_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "embeddings.npz"
    _write_tiny(path)
    v = TextVectorizer(min_df=1, embed_weight=1.0, embeddings=str(path)).fit(["budget", "bus"])
    meta, arrays = v.to_state()
    meta["params"]["embeddings"]["sha256"] = "0" * 64  # as if the table were rebuilt since
    with pytest.raises(ModelError, match="retrain"):
        TextVectorizer.from_state(meta, arrays, tmp_path)
