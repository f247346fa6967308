"""Fitting the passage classifiers: linear models per framework, chosen by cross-validation.

Everything here is decided on the training data only (5-fold CV with a fixed ``random_state``):
the regularisation C, the power-spectrum approach (multinomial or cumulative ordinal), per-category
thresholds, the hybrid combination and which method ``auto`` uses per framework.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from .learn_model import EPS, FrameworkModel, hybrid_scores, lexicon_matrix, logit

THRESHOLDS = np.round(np.arange(0.1, 0.91, 0.05), 2)
A_GRID = (0.0, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)


def _lr(C: float, random_state: int, balanced: bool) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=2000, random_state=random_state,
                              class_weight="balanced" if balanced else None)


def fit_binary(X: Any, y: np.ndarray, w: np.ndarray, C: float, rs: int, balanced: bool = True) -> tuple[np.ndarray, float]:
    """Weights and intercept of one binary model; a constant target gives a constant model."""
    if y.min() == y.max():
        return np.zeros(X.shape[1]), (10.0 if y[0] else -10.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        m = _lr(C, rs, balanced).fit(X, y, sample_weight=w)
    return m.coef_[0], float(m.intercept_[0])


def fit_ovr(X: Any, Y: np.ndarray, w: np.ndarray, C: float, rs: int) -> tuple[np.ndarray, np.ndarray]:
    rows = [fit_binary(X, Y[:, k], w, C, rs) for k in range(Y.shape[1])]
    return np.array([r[0] for r in rows]).reshape(len(rows), X.shape[1]), np.array([r[1] for r in rows])


def fit_multinomial(X: Any, y: np.ndarray, w: np.ndarray, n_classes: int, C: float, rs: int
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Softmax rows for every class; a class absent from ``y`` gets a very low intercept."""
    W = np.zeros((n_classes, X.shape[1]))
    b = np.full(n_classes, -30.0)
    present = np.unique(y)
    if len(present) == 1:
        b[present[0]] = 0.0
        return W, b
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        m = _lr(C, rs, False).fit(X, y, sample_weight=w)
    if len(present) == 2:  # sklearn keeps one row for two classes: split it symmetrically
        W[present[1]], b[present[1]] = m.coef_[0] / 2, m.intercept_[0] / 2
        W[present[0]], b[present[0]] = -m.coef_[0] / 2, -m.intercept_[0] / 2
    else:
        W[present], b[present] = m.coef_, m.intercept_
    return W, b


def fit_cumulative(X: Any, y: np.ndarray, w: np.ndarray, n_classes: int, C: float, rs: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Ordinal model: one binary model for y >= k per k = 1..n_classes-1."""
    rows = [fit_binary(X, (y >= k).astype(int), w, C, rs, balanced=False) for k in range(1, n_classes)]
    return np.array([r[0] for r in rows]), np.array([r[1] for r in rows])


def fit_framework(fid: str, kind: str, approach: str, classes: list[Any], X: Any, Y: np.ndarray,
                  w: np.ndarray, C: float, rs: int) -> FrameworkModel:
    if approach == "ovr":
        W, b = fit_ovr(X, Y, w, C, rs)
    elif approach == "multinomial":
        W, b = fit_multinomial(X, Y, w, len(classes), C, rs)
    else:
        W, b = fit_cumulative(X, Y, w, len(classes), C, rs)
    return FrameworkModel(fid, kind, approach, list(classes), W, b)


# --- choosing by cross-validation -------------------------------------------------------------

def f1_counts(gold: np.ndarray, pred: np.ndarray) -> tuple[int, int, int]:
    tp = int(np.sum(gold & pred))
    return tp, int(np.sum(~gold & pred)), int(np.sum(gold & ~pred))


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def micro_f1(G: np.ndarray, Pred: np.ndarray) -> float:
    return f1(*f1_counts(G.astype(bool), Pred.astype(bool)))


def best_thresholds(G: np.ndarray, P: np.ndarray) -> list[float]:
    """Per category, the threshold with the best F1 (ties: nearest 0.5)."""
    out = []
    for k in range(G.shape[1]):
        g = G[:, k].astype(bool)
        scores = [(f1(*f1_counts(g, P[:, k] >= t)), -abs(t - 0.5), t) for t in THRESHOLDS]
        out.append(float(max(scores)[2]))
    return out


def fit_hybrid_multi(G: np.ndarray, P: np.ndarray, lex: list[Any], classes: list[Any], rs: int) -> list[list[float]]:
    """Per category [a, b, c, thr]: p = sigmoid(a*lexicon + b*logit(p_model) + c), fitted on OOF."""
    L = lexicon_matrix(lex, classes)
    out = []
    for k in range(G.shape[1]):
        g = G[:, k]
        Z = np.column_stack([L[:, k], logit(P[:, k])])
        if g.min() == g.max():
            out.append([1.0, 1.0, 0.0, 0.5])
            continue
        m = LogisticRegression(C=1.0, random_state=rs).fit(Z, g)
        a, bb, c = float(m.coef_[0][0]), float(m.coef_[0][1]), float(m.intercept_[0])
        ph = 1 / (1 + np.exp(-(a * Z[:, 0] + bb * Z[:, 1] + c)))
        thr = best_thresholds(g.reshape(-1, 1), ph.reshape(-1, 1))[0]
        out.append([a, bb, c, thr])
    return out


def fit_hybrid_single(y: np.ndarray, P: np.ndarray, lex: list[Any], classes: list[Any]) -> tuple[list[float], float]:
    """[a_label, a_null] maximising OOF accuracy of argmax(log p + bonuses)."""
    best = (-1.0, [0.0, 0.0])
    for a in A_GRID:
        for a0 in A_GRID:
            acc = float(np.mean(hybrid_scores(P, classes, lex, [a, a0]).argmax(axis=1) == y))
            if acc > best[0] + 1e-9:
                best = (acc, [a, a0])
    return best[1], best[0]


def single_metrics(y: np.ndarray, pred: np.ndarray, levels: bool) -> dict[str, float]:
    d = {"accuracy": round(float(np.mean(y == pred)), 4)}
    if levels:
        d["within_one"] = round(float(np.mean(np.abs(y - pred) <= 1)), 4)
    return d


def lex_index(lex: list[Any], classes: list[Any]) -> np.ndarray:
    return np.array([classes.index(v) if v in classes else 0 for v in lex])


def hybrid_single_pred(P: np.ndarray, classes: list[Any], lex: list[Any], params: list[float]) -> np.ndarray:
    return hybrid_scores(P, classes, lex, params).argmax(axis=1)


def clip_proba(P: np.ndarray) -> np.ndarray:
    return np.clip(P, EPS, 1 - EPS)
