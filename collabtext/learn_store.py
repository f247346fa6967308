"""Saving and loading the passage classifiers without pickle: JSON + NPZ and a model card.

Layout of a models folder:
    model.json   the card: data files and sha256, sizes, versions, CV metrics, auto choices, and
                 every small parameter (classes, thresholds, calibration, hybrid weights)
    vocab.json   the TF-IDF vocabularies (term lists in feature order)
    weights.npz  idf vectors, weight matrices and intercepts (numeric arrays only; loaded with
                 allow_pickle=False, so an object array is refused as UnsafeModel)
    embeddings.npz  the word-embedding table of the semantic feature block, when the vectorizer
                 uses one (models/training/distil.py builds it; words, float16 vectors, weights):
                 the card records its sha256 under vectorizer.embeddings; it is read from the
                 models folder being loaded, else from the default models folder (a table
                 other than the default one is copied beside the models when they are saved)
Nothing else is read. Files named *.pkl, *.pickle, *.joblib or *.skops are never loaded.
"""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError, ModelNotFound, UnsafeModel
from .learn_frozen import FrozenVectorizer
from .learn_model import FrameworkModel

FORMAT = "collabtext-linear-1"
CARD, VOCAB, WEIGHTS = "model.json", "vocab.json", "weights.npz"
UNSAFE_SUFFIXES = (".pkl", ".pickle", ".joblib", ".skops", ".dill")


class ModelVersionWarning(UserWarning):
    """The installed scikit-learn differs from the one the models were trained with."""


def save(
    directory: str | Path,
    vec: Any,
    models: dict[str, FrameworkModel],
    card: dict[str, Any],
) -> Path:
    """Write model.json, vocab.json and weights.npz into ``directory`` (created if needed)."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    vmeta, arrays = vec.to_state()
    _copy_table(vec, d)
    fws: dict[str, Any] = {}
    for fid, fm in models.items():
        arrays[f"W__{fid}"] = fm.W.astype(np.float32)
        arrays[f"b__{fid}"] = np.asarray(fm.b, dtype=np.float64)
        fws[fid] = {
            "kind": fm.kind,
            "approach": fm.approach,
            "classes": fm.classes,
            "thresholds": fm.thresholds,
            "hybrid": fm.hybrid,
            "hybrid_single": fm.hybrid_single,
            "calibration": np.asarray(fm.cal).tolist() if fm.cal is not None else None,
            "rule": fm.rule,
        }
    (d / VOCAB).write_text(
        json.dumps(
            {"word_terms": vmeta["word_terms"], "char_terms": vmeta["char_terms"]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    np.savez_compressed(d / WEIGHTS, **arrays)
    card = dict(card)
    card.update(
        {
            "format": FORMAT,
            "vectorizer": vmeta["params"],
            "models": fws,
            "files": {n: _sha(d / n) for n in (VOCAB, WEIGHTS)},
        }
    )
    (d / CARD).write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return d


def _copy_table(vec: Any, d: Path) -> None:
    """Copy a non-default embedding table beside the models, where loading looks first; the
    default one (models/embeddings.npz) is found there anyway, so it is not duplicated."""
    import shutil

    from .learn_embed import FILENAME

    table = getattr(vec, "table_", None)
    if table is None or not vec.embeddings:
        return
    src, target = Path(vec.embeddings), d / FILENAME
    if src.resolve() != target.resolve():
        shutil.copyfile(src, target)


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def read_card(directory: str | Path) -> dict[str, Any]:
    p = Path(directory) / CARD
    if not p.is_file():
        raise ModelNotFound(
            f"no {CARD} here: run `collabtext train` first", path=str(Path(directory))
        )
    try:
        card = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ModelError(f"unreadable model card ({e})", path=str(p)) from None
    if not isinstance(card, dict) or card.get("format") != FORMAT:
        raise UnsafeModel(
            f"unknown model format {card.get('format') if isinstance(card, dict) else None!r}; "
            f"only {FORMAT} (JSON + NPZ) is loaded",
            path=str(p),
        )
    return card


def version_mismatch(card: dict[str, Any]) -> str | None:
    """A one-line message when the installed scikit-learn differs from the card's, else None.
    (Read from the package metadata: importing scikit-learn costs a worker ~100 MB, and
    prediction does not need it.)"""
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("scikit-learn")
    except PackageNotFoundError:
        installed = "none"
    trained = card.get("sklearn_version")
    if trained and trained != installed:
        return (
            f"models were trained with scikit-learn {trained} but {installed} "
            "is installed; retraining with `collabtext train` may give different models"
        )
    return None


def check_versions(card: dict[str, Any]) -> str | None:
    """Warn (ModelVersionWarning) on a scikit-learn mismatch; return the message."""
    msg = version_mismatch(card)
    if msg:
        warnings.warn(msg, ModelVersionWarning, stacklevel=3)
    return msg


def load_arrays(path: Path) -> dict[str, np.ndarray]:
    """Numeric arrays from an NPZ; anything needing pickle is refused."""
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except ValueError as e:  # numpy refuses object arrays without allow_pickle
        raise UnsafeModel(f"refusing to load: {e}", path=str(path)) from None
    except (OSError, zipfile.BadZipFile, EOFError) as e:
        raise ModelError(f"unreadable weights ({e})", path=str(path)) from None
    for k, a in arrays.items():
        if a.dtype.kind not in "fiub":
            raise UnsafeModel(
                f"array {k!r} has dtype {a.dtype}; only numeric arrays are allowed", path=str(path)
            )
    return arrays


def load(
    directory: str | Path,
) -> tuple[FrozenVectorizer, dict[str, FrameworkModel], dict[str, Any]]:
    """Rebuild the vectorizer and framework models of a models folder (no pickle anywhere)."""
    d = Path(directory)
    card = read_card(d)
    for n, sha in (card.get("files") or {}).items():
        if n not in (VOCAB, WEIGHTS):
            raise UnsafeModel(
                f"unexpected file {n!r} in the card; only {VOCAB} and {WEIGHTS} are read",
                path=str(d),
            )
        if not (d / n).is_file() or _sha(d / n) != sha:
            raise ModelError(
                f"{n} is missing or does not match the card's sha256: retrain", path=str(d)
            )
    check_versions(card)
    arrays = load_arrays(d / WEIGHTS)
    vocab = json.loads((d / VOCAB).read_text(encoding="utf-8"))
    vec = FrozenVectorizer.from_state({"params": card["vectorizer"], **vocab}, arrays, d)
    models = {}
    for fid, m in card["models"].items():
        cal = (
            np.asarray(m["calibration"], dtype=np.float64)
            if m.get("calibration") is not None
            else None
        )
        models[fid] = FrameworkModel(
            fid,
            m["kind"],
            m["approach"],
            list(m["classes"]),
            arrays[f"W__{fid}"],
            arrays[f"b__{fid}"],
            list(m["thresholds"]),
            [list(h) for h in m["hybrid"]],
            list(m["hybrid_single"]),
            cal,
            m.get("rule"),
        )
    return vec, models, card
