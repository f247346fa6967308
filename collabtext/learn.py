"""Trained passage classifiers: train, save/load safely, predict, and combine with the lexicon.

Example:
    >>> from collabtext.learn import load_models, apply_method
    >>> from collabtext.tag import get_tagger
    >>> models = load_models()                      # None when models/ holds no trained models
    >>> tagged = get_tagger().tag_passages(passages)
    >>> tagged = apply_method(tagged, "hybrid", models)

Methods: ``lexicon`` (the tagger alone), ``model`` (the classifiers' labels, with lexicon evidence
where it agrees and the most influential words otherwise), ``hybrid`` (every lexicon label, with
its evidence, plus the model's labels above per-category thresholds fitted on out-of-fold
predictions; for power_spectrum the lexicon's level, else the model decides null against a level;
nothing from the model in a passage where the lexicon found no evidence at all),
``auto`` (per framework, as recorded in models/model.json: the hybrid unless the lexicon or the
model beat it beyond bootstrap noise on the calibration passages; the lexicon where too few labels
judge). Features: TF-IDF word and char n-grams plus static word embeddings (learn_embed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .errors import DataNotFound, ModelNotFound
from .learn_frozen import FrozenVectorizer
from .learn_hybrid import influential_terms, masked_text, merge, model_evidence
from .learn_model import FrameworkModel, lexicon_view
from .learn_store import CARD, ModelVersionWarning, load, save, version_mismatch
from .records import Evidence, TaggedPassage
from .settings import METHODS

__all__ = [
    "METHODS",
    "MethodTagger",
    "ModelVersionWarning",
    "Models",
    "apply_method",
    "combine",
    "load_models",
    "load_models_quiet",
    "train_models",
]


class Batch:
    """Probabilities (framework -> n x classes) of n texts, and their model-only labels, made
    per framework on first use (``auto`` and ``hybrid`` never read most of them)."""

    def __init__(self, frameworks: dict[str, FrameworkModel], proba: dict[str, np.ndarray]) -> None:
        self.frameworks, self.proba = frameworks, proba
        self._labels: dict[str, list[Any]] = {}
        self.size = len(next(iter(proba.values()))) if proba else 0

    def labels(self, fid: str) -> list[Any]:
        got = self._labels.get(fid)
        if got is None:
            got = self._labels[fid] = self.frameworks[fid].decide_model(self.proba[fid])
        return got


class Prediction(Mapping[str, dict[str, Any]]):
    """framework -> {"labels", "probabilities"} for one text (built on access); explains labels."""

    def __init__(
        self,
        models: Models,
        text: str,
        X: Any,
        row: int,
        batch: Batch,
    ) -> None:
        # The whole batch's probabilities and labels (``Models.predict``): this text's row of
        # each is taken only when asked for, and ``_decide`` reads the batch matrices directly
        # instead of stacking the rows again (both cost more than the models' arithmetic).
        self.models, self.text, self._X, self._row, self.batch = models, text, X, row, batch

    @cached_property
    def proba(self) -> dict[str, np.ndarray]:
        return {f: p[self._row] for f, p in self.batch.proba.items()}

    @cached_property
    def labels(self) -> dict[str, Any]:
        return {f: self.batch.labels(f)[self._row] for f in self.batch.proba}

    @property
    def x(self) -> Any:
        """The passage's feature row (sliced on demand: slicing every row halves throughput)."""
        return self._X[self._row]

    def __getitem__(self, fid: str) -> dict[str, Any]:
        fm = self.models.frameworks[fid]
        return {
            "labels": self.labels[fid],
            "probabilities": {
                str(c): round(float(v), 4) for c, v in zip(fm.classes, self.proba[fid], strict=True)
            },
        }

    def __iter__(self) -> Iterator[str]:
        return iter(self.models.frameworks)

    def __len__(self) -> int:
        return len(self.models.frameworks)

    def evidence(self, fid: str, category: str) -> list[Evidence]:
        return self.models.explain(self.x, self.text, fid, category)


class Models:
    """The vectorizer and one linear model per framework, rebuilt from plain arrays."""

    def __init__(
        self,
        vectorizer: FrozenVectorizer,
        frameworks: dict[str, FrameworkModel],
        card: dict[str, Any],
        directory: str | None = None,
    ) -> None:
        self.vectorizer = vectorizer
        self.frameworks = frameworks
        self.card = card
        self.directory = directory

    @property
    def auto(self) -> dict[str, str]:
        return dict(self.card.get("auto") or {})

    def transform(self, texts: Sequence[str]) -> Any:
        return self.vectorizer.transform(list(texts))

    def probabilities(self, X: Any) -> dict[str, np.ndarray]:
        """framework -> probabilities, from one product of X with every framework's weights.

        Per framework, ``X @ W.T`` copied W (float32, transposed) into a contiguous float64 array
        on every call, which cost more than the product itself. The stacked float64 copy is made
        once; each output column is still summed over the row's features in the same order, so
        the scores are bit for bit those of ``FrameworkModel.decision``."""
        import scipy.sparse as sp

        if not sp.issparse(X):  # a dense product goes through BLAS, whose sums depend on shape
            return {fid: fm.proba(X) for fid, fm in self.frameworks.items()}
        WT, cuts = self._stacked
        Z = np.asarray(X @ WT, dtype=np.float64)
        return {
            fid: fm.proba_from_decision(Z[:, lo:hi] + fm.b)
            for (fid, fm), (lo, hi) in zip(self.frameworks.items(), cuts, strict=True)
        }

    @cached_property
    def _stacked(self) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """(features x all rows) float64 weights of every framework, and each one's columns."""
        Ws = [fm.W for fm in self.frameworks.values()]
        ends = np.cumsum([w.shape[0] for w in Ws]).tolist()
        cuts = list(zip([0, *ends[:-1]], ends, strict=True))
        WT = np.empty((Ws[0].shape[1] if Ws else 0, ends[-1] if Ws else 0), dtype=np.float64)
        for W, (lo, hi) in zip(Ws, cuts, strict=True):
            WT[:, lo:hi] = W.T  # filled in place: no float32 stack in between
        return WT, cuts

    def warm(self, words: Sequence[str]) -> None:
        """Build what the first texts would otherwise build: the stacked weights and the char
        n-grams of ``words`` (features are unchanged)."""
        _ = self._stacked
        self.vectorizer.warm(list(words))

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """Per text: framework -> {"labels": model labels, "probabilities": {category: p}}."""
        X = self.transform(texts)
        P = self.probabilities(X)
        batch = Batch(self.frameworks, P)
        return [Prediction(self, t, X, i, batch) for i, t in enumerate(texts)]

    def explain(self, x: Any, text: str, fid: str, category: str) -> list[Evidence]:
        """Model evidence for ``category``: the word n-grams that raised its score most."""
        fm = self.frameworks[fid]
        row = _row_for(fm, category)
        if row is None:
            return []
        nw = self.vectorizer.n_word_
        xs = x.tocsr()[:, :nw] if hasattr(x, "tocsr") else x[:, :nw]
        contrib = np.zeros(nw)
        idx = xs.indices
        contrib[idx] = xs.data * fm.W[row, idx]
        return model_evidence(
            fid, category, influential_terms(contrib, self.vectorizer.word_terms_, text)
        )


def _row_for(fm: FrameworkModel, category: str) -> int | None:
    if category not in fm.classes:
        return None
    k = fm.classes.index(category)
    return k - 1 if fm.approach == "cumulative" else k  # cumulative row k-1 models level >= k


@lru_cache(maxsize=4)
def _load_cached(directory: str) -> Models:
    vec, fws, card = load(directory)
    return Models(vec, fws, card, directory)


def load_models(directory: str | os.PathLike[str] | None = None) -> Models | None:
    """The trained models of ``directory`` (default: the models folder), cached per process.

    Returns None when the default folder holds no trained models; an explicit ``directory``
    without models raises ModelNotFound. Warns ModelVersionWarning on a scikit-learn mismatch.
    """
    if directory is None:
        try:
            from .resources import find

            d = find("models")
        except DataNotFound:
            return None
        if not (d / CARD).is_file():
            return None
    else:
        d = Path(directory)
        if not (d / CARD).is_file():
            raise ModelNotFound(
                f"no trained models ({CARD}) here: run `collabtext train --out {d}`", path=str(d)
            )
    return _load_cached(str(d.resolve()))  # warns once per process, on the first load


def load_models_quiet(
    directory: str | os.PathLike[str] | None = None,
) -> tuple[Models | None, list[str]]:
    """``load_models`` for the CLI: version warnings are returned as one-line messages, not raised.

    Example (in a command):
        models, notes = load_models_quiet()
        for n in notes:
            click.echo(f"warning: {n}", err=True)
    """
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ModelVersionWarning)
        models = load_models(directory)
    note = version_mismatch(models.card) if models is not None else None
    return models, [note] if note else []


def combine(
    lexicon_tagged: TaggedPassage,
    model_pred: Prediction,
    method: str,
    models: Models | None = None,
    frameworks: Sequence[str] | None = None,
) -> TaggedPassage:
    """Labels of one passage by ``method`` from the lexicon result and the model prediction."""
    if method == "lexicon" or lexicon_tagged.skipped:
        return lexicon_tagged
    models = models or model_pred.models
    decided = _decide(models, method, [model_pred], [lexicon_tagged], frameworks)
    return merge(lexicon_tagged, {fid: v[0] for fid, v in decided.items()}, model_pred.evidence)


# The models learnt from passages of at least a sentence (under 1% of the training passages have
# fewer than 8 words); on a fragment ("Decision:", "Date of decision: 27/03/2023") a bag of words
# has nothing to go on, so such passages keep the lexicon's labels whatever the method.
MIN_MODEL_WORDS = 8


def _decide(
    models: Models,
    method: str,
    preds: Sequence[Prediction],
    tagged: Sequence[TaggedPassage],
    frameworks: Sequence[str] | None = None,
) -> dict[str, list[Any]]:
    """framework -> labels of every passage by ``method``, each framework decided in one call:
    per passage, the numpy overhead of a one-row decision cost more than the models' arithmetic."""
    out: dict[str, list[Any]] = {}
    short = [i for i, tp in enumerate(tagged) if len(tp.passage.text.split()) < MIN_MODEL_WORDS]
    batch = _whole_batch(preds)
    for fid, fm in models.frameworks.items():
        if frameworks is not None and fid not in frameworks:
            continue
        m = models.auto.get(fid, "hybrid") if method == "auto" else method
        if m == "model":
            out[fid] = list(batch.labels(fid)) if batch else [pred.labels[fid] for pred in preds]
        elif m == "hybrid":
            P = batch.proba[fid] if batch else np.vstack([pred.proba[fid] for pred in preds])
            lex = [lexicon_view(tp.labels.get(fid), tp.evidence, fid) for tp in tagged]
            out[fid] = fm.decide_hybrid(P, lex)
        else:
            continue
        for i in short:
            out[fid][i] = tagged[i].labels.get(fid)
    return out


def _whole_batch(preds: Sequence[Prediction]) -> Batch | None:
    """The batch ``preds`` are, row for row, when they are exactly one ``predict`` call's."""
    batch = preds[0].batch if preds else None
    if batch is None or len(preds) != batch.size:
        return None
    if any(p.batch is not batch or p._row != i for i, p in enumerate(preds)):
        return None
    return batch


def apply_method(
    tagged: Sequence[TaggedPassage], method: str, models: Models | None = None
) -> list[TaggedPassage]:
    """Relabel lexicon-tagged passages by ``method`` (lexicon|model|hybrid|auto).

    ``auto`` without trained models falls back to the lexicon; ``model``/``hybrid`` without them
    raise ModelNotFound. Skipped passages (Welsh, empty) and headings are left as the lexicon
    tagged them.
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    tagged = list(tagged)
    if method == "lexicon":
        return tagged
    models = models or load_models()
    if models is None:
        if method == "auto":
            return tagged
        raise ModelNotFound(
            "no trained models in models/: run `collabtext train` or use --method lexicon"
        )
    # A heading names a topic, not evidence of joint working, and a fragment gives a bag of words
    # nothing to go on (MIN_MODEL_WORDS): both keep the lexicon's labels, unpredicted.
    todo = [
        k
        for k, tp in enumerate(tagged)
        if not tp.skipped
        and tp.passage.kind != "heading"
        and len(tp.passage.text.split()) >= MIN_MODEL_WORDS
    ]
    if not _model_reads_unanchored(models, method):
        # the hybrid adds nothing where the lexicon found no evidence at all (UNANCHORED), so
        # those passages (about three in four on ../shared/corpus) need no vectorising
        todo = [k for k in todo if tagged[k].evidence]
    if not todo:
        return tagged
    preds = models.predict([masked_text(tagged[k]) for k in todo])
    decided = _decide(models, method, preds, [tagged[k] for k in todo])
    for i, (k, pred) in enumerate(zip(todo, preds, strict=True)):
        tagged[k] = merge(tagged[k], {fid: v[i] for fid, v in decided.items()}, pred.evidence)
    return tagged


def _model_reads_unanchored(models: Models, method: str) -> bool:
    """Whether any framework's label under ``method`` can come from the model in a passage
    without lexicon evidence (only where the model alone decides a framework)."""
    if method == "auto":
        return any(models.auto.get(fid, "hybrid") == "model" for fid in models.frameworks)
    return method == "model"


def train_models(
    data: Sequence[str | os.PathLike[str]] | None = None,
    out: str | os.PathLike[str] | None = None,
    *,
    random_state: int = 0,
    folds: int = 5,
    tagger: Any = None,
    vec_params: dict[str, Any] | None = None,
) -> tuple[Models, dict[str, Any]]:
    """Train on FORMAT.md files (default models/training/); save to ``out`` if given.

    Returns:
        (models, card): the trained Models and the model card (also written as model.json).
    """
    import sklearn

    from .learn_data import FRAMEWORKS, read_training
    from .learn_train import train
    from .tag import get_tagger

    ts = read_training(list(data) if data else None)
    t = tagger or get_tagger()
    vec, fws, card = train(
        ts,
        tagger=t,
        frameworks=FRAMEWORKS,
        vec_params=vec_params,
        random_state=random_state,
        folds=folds,
    )
    card = {
        "name": "collabtext-passage-classifiers",
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "taxonomy_version": _taxonomy_version(),
        "lexicon": t.info.to_dict(),
        "training_data": ts.files,
        "n_passages": len(ts),
        "n_weak": int((ts.weights < 1).sum()),
        **card,
    }
    models = Models(vec, fws, card)
    if out is not None:
        save(out, vec, fws, card)
        _load_cached.cache_clear()
        models.directory = str(out)
    return models, card


def _taxonomy_version() -> Any:
    from .resources import shared_dir

    sd = shared_dir()
    p = sd / "taxonomy.yaml" if sd else None
    if p is None or not p.is_file():
        return None
    import yaml

    return (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("version")


class MethodTagger:
    """A Tagger whose ``tag_passages`` / ``tag_passage`` / ``tag_text`` apply ``method``.

    Everything else (``lexicon``, ``info``, ...) is the wrapped tagger's, so it can be passed to
    ``evaluate`` or ``tag_document`` wherever a Tagger goes.
    """

    def __init__(self, tagger: Any, method: str = "auto", models: Models | None = None) -> None:
        self.tagger, self.method, self.models = tagger, method, models

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tagger, name)

    def tag_passages(
        self, passages: Sequence[Any], include_welsh: bool | None = None
    ) -> tuple[TaggedPassage, ...]:
        return tuple(
            apply_method(
                self.tagger.tag_passages(passages, include_welsh=include_welsh),
                self.method,
                self.models,
            )
        )

    def tag_passage(self, p: Any) -> TaggedPassage:
        return self.tag_passages([p])[0]

    def tag_text(self, text: str) -> TaggedPassage:
        return apply_method([self.tagger.tag_text(text)], self.method, self.models)[0]
