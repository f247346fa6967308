"""Train the passage classifiers: cross-validate, choose, fit on all data, describe in a card."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.model_selection import KFold

from .learn_data import SINGLE, TrainingSet, multi_targets, single_targets
from .learn_fit import (
    best_thresholds,
    calibrate,
    fit_hybrid_multi,
    fit_hybrid_single,
    fit_ridge,
    fit_rule,
    hybrid_single_pred,
    lex_index,
    micro_f1,
    prf,
    single_metrics,
    targets,
)
from .learn_model import FrameworkModel, lexicon_matrix, rule_hybrid
from .learn_vec import TextVectorizer

ALPHAS = (0.3, 1.0, 3.0)
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
    return [
        s for s in specs if s.present.any() and len(s.classes) > (1 if s.kind == "single" else 0)
    ]


def lexicon_labels(texts: list[str], tagger: Any) -> list[dict[str, Any]]:
    """What the lexicon tagger says about each training text (as tag/evaluate would analyse it)."""
    from .evaluate import _passage

    return [
        dict(tp.labels)
        for tp in tagger.tag_passages([_passage(t, f"p{k:05d}") for k, t in enumerate(texts)])
    ]


def cross_validate(
    ts: TrainingSet, specs: list[Spec], vec_params: dict[str, Any], folds: int, rs: int
) -> dict[tuple[str, str, float], np.ndarray]:
    """Out-of-fold ridge scores for every (framework, approach, alpha); one fit per fold and alpha
    covers every framework labelled on the same records."""
    n = len(ts)
    cols = {
        (s.fid, a): targets(s.kind, a, s.Y, len(s.classes)) for s in specs for a in s.approaches
    }
    groups: dict[bytes, list[tuple[str, str]]] = {}
    for s in specs:
        groups.setdefault(s.present.tobytes(), []).extend((s.fid, a) for a in s.approaches)
    oof = {
        (fid, a, al): np.zeros((n, cols[(fid, a)].shape[1])) for (fid, a) in cols for al in ALPHAS
    }
    scored = np.flatnonzero(ts.cv_rows)
    for _, te_pos in KFold(folds, shuffle=True, random_state=rs).split(scored):
        te = scored[te_pos]
        tr = np.setdiff1d(np.arange(n), te)
        vec = TextVectorizer(**vec_params).fit([ts.texts[i] for i in tr])
        Xtr, Xte = (
            vec.transform([ts.texts[i] for i in tr]),
            vec.transform([ts.texts[i] for i in te]),
        )
        for mask_bytes, keys in groups.items():
            m = np.frombuffer(mask_bytes, dtype=bool)[tr]
            T = np.hstack([cols[k][tr][m] for k in keys])
            widths = np.cumsum([0] + [cols[k].shape[1] for k in keys])
            for al in ALPHAS:
                W, b = fit_ridge(Xtr[m], T, ts.weights[tr][m], al)
                Z = np.asarray(Xte @ W.T) + b
                for j, k in enumerate(keys):
                    oof[(*k, al)][te] = Z[:, widths[j] : widths[j + 1]]
    return oof


def _probe(
    s: Spec, approach: str, Z: np.ndarray, rows: np.ndarray, rs: int
) -> tuple[FrameworkModel, np.ndarray]:
    T = targets(s.kind, approach, s.Y, len(s.classes))[rows]
    fm = FrameworkModel(s.fid, s.kind, approach, list(s.classes), np.zeros((0, 0)), np.zeros(0))
    fm.cal = calibrate(Z[rows], T, rs)
    return fm, fm.proba_from_decision(Z[rows])


def choose_multi(
    s: Spec, oof: dict[Any, np.ndarray], lex: list[Any], rs: int, scored: np.ndarray
) -> dict[str, Any]:
    rows = s.present & scored
    G = s.Y[rows]
    best: tuple[float, float] = (-1.0, 0.0)
    for al in ALPHAS:
        _, P = _probe(s, "ovr", oof[(s.fid, "ovr", al)], rows, rs)
        score = micro_f1(G, P >= np.asarray(best_thresholds(G, P)))
        if score > best[0] + 1e-9:
            best = (score, al)
    al = best[1]
    fm, P = _probe(s, "ovr", oof[(s.fid, "ovr", al)], rows, rs)
    thr = best_thresholds(G, P)
    lx = [lex[i] for i in np.flatnonzero(rows)]
    fm.thresholds, fm.hybrid = thr, fit_hybrid_multi(G, P, lx, s.classes, rs)
    logistic = prf(G, fm.hybrid_proba(P, lx)[1])
    rule, _ = fit_rule(G, P, lx, s.classes, "multi")
    ruled = prf(G, lexicon_matrix(rule_hybrid(P, s.classes, lx, rule, "multi"), s.classes) > 0)
    use_rule = ruled["f1"] >= logistic["f1"]
    metrics = {
        "lexicon": prf(G, lexicon_matrix(lx, s.classes) > 0),
        "model": prf(G, P >= np.asarray(thr)),
        "hybrid": ruled if use_rule else logistic,
        "hybrid_logistic": logistic,
        "hybrid_rule": ruled,
    }
    return {
        "approach": "ovr",
        "alpha": al,
        "cal": fm.cal,
        "thresholds": thr,
        "hybrid": fm.hybrid,
        "rule": rule if use_rule else None,
        "metrics": metrics,
    }


def choose_single(
    s: Spec, oof: dict[Any, np.ndarray], lex: list[Any], rs: int, scored: np.ndarray
) -> dict[str, Any]:
    rows = s.present & scored
    y = s.Y[rows]
    levels = s.fid == "power_spectrum"
    compared: dict[str, float] = {}
    best: tuple[tuple[float, float], str, float] = ((-1.0, -1.0), "", 0.0)
    for appr in s.approaches:
        for al in ALPHAS:
            _, P = _probe(s, appr, oof[(s.fid, appr, al)], rows, rs)
            m = single_metrics(y, P.argmax(axis=1), levels)
            compared[f"{appr}@alpha={al}"] = m["accuracy"]
            key = (m["accuracy"], m.get("within_one", 0.0))
            if key > best[0]:
                best = (key, appr, al)
    _, appr, al = best
    fm, P = _probe(s, appr, oof[(s.fid, appr, al)], rows, rs)
    lx = [lex[i] for i in np.flatnonzero(rows)]
    params = fit_hybrid_single(y, P, lx, s.classes)
    scored = single_metrics(y, hybrid_single_pred(P, s.classes, lx, params), levels)
    rule, _ = fit_rule(y, P, lx, s.classes, "single")
    ruled = single_metrics(
        y, lex_index(rule_hybrid(P, s.classes, lx, rule, "single"), s.classes), levels
    )
    use_rule = ruled["accuracy"] >= scored["accuracy"]
    metrics = {
        "lexicon": single_metrics(y, lex_index(lx, s.classes), levels),
        "model": single_metrics(y, P.argmax(axis=1), levels),
        "hybrid": ruled if use_rule else scored,
        "hybrid_scored": scored,
        "hybrid_rule": ruled,
    }
    return {
        "approach": appr,
        "alpha": al,
        "cal": fm.cal,
        "hybrid_single": params,
        "metrics": metrics,
        "rule": rule if use_rule else None,
        "compared": compared,
    }


# Below this many hand-written positive labels a framework's CV figures are too noisy to justify
# overriding the curated lexicon, so ``auto`` keeps the lexicon there (recorded in the card).
MIN_AUTO_LABELS = 50


def auto_choice(metrics: dict[str, dict[str, float]], positives: int | None = None) -> str:
    if positives is not None and positives < MIN_AUTO_LABELS:
        return "lexicon"
    key = "f1" if "f1" in metrics["model"] else "accuracy"
    return max(TIE_ORDER, key=lambda m: (metrics[m][key], -TIE_ORDER.index(m)))


def _positives(ts: TrainingSet, fid: str) -> int:
    """Hand-written (CV-scored) positive labels of one framework."""
    n = 0
    for lab, scored in zip(ts.labels, ts.cv_rows.tolist()):
        v = lab.get(fid) if scored else None
        n += len(v) if isinstance(v, (list, tuple)) else int(v is not None)
    return n


def train(
    ts: TrainingSet,
    *,
    tagger: Any,
    frameworks: tuple[str, ...],
    vec_params: dict[str, Any] | None = None,
    random_state: int = 0,
    folds: int = 5,
) -> tuple[TextVectorizer, dict[str, FrameworkModel], dict[str, Any]]:
    """Cross-validate, choose and fit every framework.

    Returns:
        (vectorizer, models per framework, card fragment with CV metrics and auto choices).
    """
    vec_params = dict(vec_params or {})
    specs = build_specs(ts, tagger.lexicon, frameworks)
    lex_all = lexicon_labels(ts.texts, tagger)
    oof = cross_validate(ts, specs, vec_params, folds, random_state)
    vec = TextVectorizer(**vec_params).fit(ts.texts)
    X = vec.transform(ts.texts)
    models: dict[str, FrameworkModel] = {}
    report: dict[str, Any] = {}
    for s in specs:
        lex = [lab.get(s.fid) for lab in lex_all]
        chooser = choose_multi if s.kind == "multi" else choose_single
        ch = chooser(s, oof, lex, random_state, ts.cv_rows)
        T = targets(s.kind, ch["approach"], s.Y, len(s.classes))
        W, b = fit_ridge(X[s.present], T[s.present], ts.weights[s.present], ch["alpha"])
        fm = FrameworkModel(
            s.fid, s.kind, ch["approach"], list(s.classes), W.astype(np.float32), b, cal=ch["cal"]
        )
        fm.thresholds = ch.get("thresholds", [])
        fm.hybrid = ch.get("hybrid", [])
        fm.hybrid_single = ch.get("hybrid_single", [0.0, 0.0])
        fm.rule = ch.get("rule")
        models[s.fid] = fm
        report[s.fid] = {
            "approach": ch["approach"],
            "alpha": ch["alpha"],
            "hybrid": "rule" if fm.rule else "logistic",
            "rule": fm.rule,
            "n": int(s.present.sum()),
            "n_scored": int((s.present & ts.cv_rows).sum()),
            "cv": ch["metrics"],
            "positives": _positives(ts, s.fid),
            "auto": auto_choice(ch["metrics"], _positives(ts, s.fid)),
        }
        if "compared" in ch:
            report[s.fid]["compared_accuracy"] = ch["compared"]
    card = {
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "random_state": random_state,
        "folds": folds,
        "frameworks": report,
        "auto": {fid: r["auto"] for fid, r in report.items()},
    }
    return vec, models, card
