"""Train the passage classifiers: cross-validate, choose, fit on all data, describe in a card."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.model_selection import KFold

from .learn_data import SINGLE, TrainingSet, multi_targets, single_targets
from .learn_fit import (best_thresholds, fit_framework, fit_hybrid_multi, fit_hybrid_single, hybrid_single_pred,
                        lex_index, micro_f1, single_metrics)
from .learn_model import FrameworkModel, lexicon_matrix
from .learn_vec import TextVectorizer

C_GRID = (1.0, 4.0, 16.0)
TIE_ORDER = ("hybrid", "lexicon", "model")


@dataclass
class Spec:
    """One framework's training targets."""

    fid: str
    kind: str
    classes: list[Any]
    Y: np.ndarray  # n x k (multi) or n (single: class index)
    present: np.ndarray
    approaches: tuple[str, ...]


def build_specs(ts: TrainingSet, lexicon: Any, frameworks: tuple[str, ...]) -> list[Spec]:
    from .power import LEVELS

    specs = []
    for fid in frameworks:
        fw = lexicon.frameworks[fid]
        if fid in SINGLE:
            order = list(LEVELS) if fid == "power_spectrum" else list(fw.base_ids)
            classes, y, present = single_targets(ts, fid, fw.rollup, order)
            appr = ("multinomial", "cumulative") if fid == "power_spectrum" else ("multinomial",)
            specs.append(Spec(fid, "single", classes, y, present, appr))
        else:
            cats, Y, present = multi_targets(ts, fid, fw.rollup)
            specs.append(Spec(fid, "multi", cats, Y, present, ("ovr",)))
    return [s for s in specs if s.present.any() and len(s.classes) > (1 if s.kind == "single" else 0)]


def lexicon_labels(texts: list[str], tagger: Any) -> list[dict[str, Any]]:
    """What the lexicon tagger says about each training text (as tag/evaluate would analyse it)."""
    from .evaluate import _passage

    return [dict(tp.labels) for tp in tagger.tag_passages([_passage(t, f"p{k:05d}") for k, t in enumerate(texts)])]


def cross_validate(ts: TrainingSet, specs: list[Spec], vec_params: dict[str, Any], rs: int, folds: int
                   ) -> dict[tuple[str, str, float], np.ndarray]:
    """Out-of-fold probabilities for every (framework, approach, C)."""
    n = len(ts)
    oof: dict[tuple[str, str, float], np.ndarray] = {}
    for tr, te in KFold(folds, shuffle=True, random_state=rs).split(np.arange(n)):
        vec = TextVectorizer(**vec_params).fit([ts.texts[i] for i in tr])
        Xtr, Xte = vec.transform([ts.texts[i] for i in tr]), vec.transform([ts.texts[i] for i in te])
        for s in specs:
            m = s.present[tr]
            for appr in s.approaches:
                for C in C_GRID:
                    fm = fit_framework(s.fid, s.kind, appr, s.classes, Xtr[m], s.Y[tr][m], ts.weights[tr][m], C, rs)
                    P = oof.setdefault((s.fid, appr, C), np.zeros((n, len(s.classes))))
                    P[te] = fm.proba(Xte)
    return oof


def choose_multi(s: Spec, oof: dict[Any, np.ndarray], lex: list[Any], rs: int) -> dict[str, Any]:
    rows = s.present
    G = s.Y[rows]
    best: tuple[float, float, list[float]] = (-1.0, 0.0, [])
    for C in C_GRID:
        P = oof[(s.fid, "ovr", C)][rows]
        thr = best_thresholds(G, P)
        score = micro_f1(G, P >= np.asarray(thr))
        if score > best[0] + 1e-9:
            best = (score, C, thr)
    _, C, thr = best
    P = oof[(s.fid, "ovr", C)][rows]
    lx = [lex[i] for i in np.flatnonzero(rows)]
    hyb = fit_hybrid_multi(G, P, lx, s.classes, rs)
    probe = FrameworkModel(s.fid, "multi", "ovr", s.classes, np.zeros((0, 0)), np.zeros(0), thr, hyb)
    H = probe.hybrid_proba(P, lx)[1]
    metrics = {"lexicon": _prf(G, lexicon_matrix(lx, s.classes) > 0), "model": _prf(G, P >= np.asarray(thr)),
               "hybrid": _prf(G, H)}
    return {"approach": "ovr", "C": C, "thresholds": thr, "hybrid": hyb, "metrics": metrics}


def choose_single(s: Spec, oof: dict[Any, np.ndarray], lex: list[Any]) -> dict[str, Any]:
    rows = s.present
    y = s.Y[rows]
    levels = s.fid == "power_spectrum"
    best: tuple[tuple[float, float], str, float] = ((-1.0, -1.0), "", 0.0)
    for appr in s.approaches:
        for C in C_GRID:
            m = single_metrics(y, oof[(s.fid, appr, C)][rows].argmax(axis=1), levels)
            key = (m["accuracy"], m.get("within_one", 0.0))
            if key > best[0]:
                best = (key, appr, C)
    _, appr, C = best
    P = oof[(s.fid, appr, C)][rows]
    lx = [lex[i] for i in np.flatnonzero(rows)]
    params, _ = fit_hybrid_single(y, P, lx, s.classes)
    metrics = {"lexicon": single_metrics(y, lex_index(lx, s.classes), levels),
               "model": single_metrics(y, P.argmax(axis=1), levels),
               "hybrid": single_metrics(y, hybrid_single_pred(P, s.classes, lx, params), levels)}
    compared = {f"{a}@C={c}": single_metrics(y, oof[(s.fid, a, c)][rows].argmax(axis=1), levels)["accuracy"]
                for a in s.approaches for c in C_GRID}
    return {"approach": appr, "C": C, "hybrid_single": params, "metrics": metrics, "compared": compared}


def _prf(G: np.ndarray, Pred: np.ndarray) -> dict[str, float]:
    g, p = G.astype(bool), Pred.astype(bool)
    tp, fp, fn = int((g & p).sum()), int((~g & p).sum()), int((g & ~p).sum())
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(micro_f1(g, p), 4)}


def auto_choice(metrics: dict[str, dict[str, float]]) -> str:
    key = "f1" if "f1" in metrics["model"] else "accuracy"
    return max(TIE_ORDER, key=lambda m: (metrics[m][key], -TIE_ORDER.index(m)))


def train(ts: TrainingSet, *, tagger: Any, frameworks: tuple[str, ...], vec_params: dict[str, Any] | None = None,
          random_state: int = 0, folds: int = 5) -> tuple[TextVectorizer, dict[str, FrameworkModel], dict[str, Any]]:
    """Cross-validate, choose and fit every framework; return (vectorizer, models, card fragment)."""
    vec_params = dict(vec_params or {})
    specs = build_specs(ts, tagger.lexicon, frameworks)
    lex_all = lexicon_labels(ts.texts, tagger)
    oof = cross_validate(ts, specs, vec_params, random_state, folds)
    vec = TextVectorizer(**vec_params).fit(ts.texts)
    X = vec.transform(ts.texts)
    models: dict[str, FrameworkModel] = {}
    report: dict[str, Any] = {}
    for s in specs:
        lex = [lab.get(s.fid) for lab in lex_all]
        ch = choose_multi(s, oof, lex, random_state) if s.kind == "multi" else choose_single(s, oof, lex)
        fm = fit_framework(s.fid, s.kind, ch["approach"], s.classes, X[s.present], s.Y[s.present],
                           ts.weights[s.present], ch["C"], random_state)
        fm.thresholds = ch.get("thresholds", [])
        fm.hybrid = ch.get("hybrid", [])
        fm.hybrid_single = ch.get("hybrid_single", [0.0, 0.0])
        models[s.fid] = fm
        report[s.fid] = {"approach": ch["approach"], "C": ch["C"], "n": int(s.present.sum()),
                         "cv": ch["metrics"], "auto": auto_choice(ch["metrics"])}
        if "compared" in ch:
            report[s.fid]["compared_accuracy"] = ch["compared"]
    card = {"created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "random_state": random_state, "folds": folds, "frameworks": report,
            "auto": {fid: r["auto"] for fid, r in report.items()}}
    return vec, models, card
