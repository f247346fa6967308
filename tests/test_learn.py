"""collabtext.learn: deterministic training, safe storage, version warning, hybrid evidence."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from collabtext.errors import ModelNotFound, UnsafeModel
from collabtext.learn import (
    ModelVersionWarning,
    apply_method,
    combine,
    load_models,
    load_models_quiet,
    train_models,
)
from collabtext.learn_store import WEIGHTS, load, read_card
from collabtext.records import Evidence, Passage, TaggedPassage
from collabtext.resources import repo_root

HAND = repo_root() / "models" / "training" / "hand.jsonl"


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 60 hand-written training passages, as a small training file."""
    p = tmp_path_factory.mktemp("data") / "tiny.jsonl"
    p.write_text(
        "".join(HAND.read_text(encoding="utf-8").splitlines(keepends=True)[:60]), encoding="utf-8"
    )
    return p


@pytest.fixture(scope="module")
def trained(tiny_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("models")
    _, card = train_models([tiny_data], out, folds=3)
    return out, card


def test_learn_training_is_deterministic(
    tiny_data: Path, trained: tuple[Path, dict], tmp_path: Path
) -> None:
    out, card = trained
    _, card2 = train_models([tiny_data], tmp_path, folds=3)
    assert card2["frameworks"] == card["frameworks"]
    a, b = np.load(out / WEIGHTS), np.load(tmp_path / WEIGHTS)
    assert sorted(a.files) == sorted(b.files)
    for k in a.files:
        np.testing.assert_array_equal(a[k], b[k])


def test_learn_card_describes_data_and_versions(trained: tuple[Path, dict]) -> None:
    out, card = trained
    saved = read_card(out)
    assert saved["n_passages"] == 60
    assert (
        saved["training_data"][0]["path"] == "tiny.jsonl"
        and len(saved["training_data"][0]["sha256"]) == 64
    )
    assert saved["sklearn_version"] and saved["random_state"] == 0
    assert set(saved["auto"]) == set(saved["frameworks"])
    assert {"lexicon", "model", "hybrid"} <= set(saved["frameworks"]["themes"]["cv"])


def test_learn_round_trip_without_pickle(trained: tuple[Path, dict]) -> None:
    out, _ = trained
    assert sorted(p.name for p in out.iterdir()) == ["model.json", "vocab.json", "weights.npz"]
    with np.load(out / WEIGHTS, allow_pickle=False) as z:  # raises if anything needs pickle
        assert all(z[k].dtype.kind == "f" for k in z.files)
    m1 = load_models(out)
    vec, fws, _ = load(out)
    text = "The council and the health board will pool their budgets and run one joint team."
    p1 = m1.predict([text])[0]
    X = vec.transform([text])
    for fid, fm in fws.items():
        np.testing.assert_allclose(fm.proba(X)[0], p1.proba[fid])
        assert set(p1[fid]["probabilities"]) == {str(c) for c in fm.classes}


def test_learn_refuses_object_arrays(trained: tuple[Path, dict], tmp_path: Path) -> None:
    out, _ = trained
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in out.iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    with np.load(out / WEIGHTS) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["W__themes"] = np.array([{"x": 1}], dtype=object)
    np.savez(bad / WEIGHTS, **arrays)
    card = json.loads((bad / "model.json").read_text())
    import hashlib

    card["files"][WEIGHTS] = hashlib.sha256((bad / WEIGHTS).read_bytes()).hexdigest()
    (bad / "model.json").write_text(json.dumps(card))
    with pytest.raises(UnsafeModel):
        load(bad)


def test_learn_refuses_unknown_formats(tmp_path: Path) -> None:
    (tmp_path / "model.json").write_text(json.dumps({"format": "pickle", "file": "model.pkl"}))
    with pytest.raises(UnsafeModel):
        load(tmp_path)
    with pytest.raises(ModelNotFound):
        load_models(tmp_path / "missing")


def test_learn_warns_on_sklearn_version_mismatch(
    trained: tuple[Path, dict], tmp_path: Path
) -> None:
    out, _ = trained
    for f in out.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    card = json.loads((tmp_path / "model.json").read_text())
    card["sklearn_version"] = "0.1.0"
    (tmp_path / "model.json").write_text(json.dumps(card))
    with pytest.warns(ModelVersionWarning, match="0.1.0"):
        load(tmp_path)
    models, notes = load_models_quiet(tmp_path)  # the CLI form: one line, no warning raised
    assert models is not None and len(notes) == 1 and "0.1.0" in notes[0] and "\n" not in notes[0]


def _empty(p: Passage) -> TaggedPassage:
    labels = {
        f: ()
        for f in ("themes", "factors", "ways_of_working", "dynamics", "capacity", "disciplines")
    }
    labels.update(power_spectrum=None, lifecycle=None)
    return TaggedPassage(p, labels, ())


def test_learn_model_only_labels_have_model_evidence(trained: tuple[Path, dict]) -> None:
    models = load_models(trained[0])
    text = (
        "Officers from four organisations now sit in one office, share one referral form "
        "and plan every case together."
    )
    tp = _empty(Passage(id="p1", text=text))
    out = combine(tp, models.predict([text])[0], "model", models)
    given = [
        (f, c) for f, v in out.labels.items() for c in ((v,) if isinstance(v, str) else (v or ()))
    ]
    assert given, "the model should label this passage"
    for f, c in given:
        ev = [e for e in out.evidence if e.framework == f and e.category == c]
        assert ev and all(e.source == "model" for e in ev)
        for e in ev:
            assert text[e.start : e.end].lower() == e.term.lower() and e.score > 0


def test_learn_apply_method_keeps_lexicon_and_skipped(trained: tuple[Path, dict]) -> None:
    models = load_models(trained[0])
    welsh = TaggedPassage(Passage(id="p2", text="Mae hwn yn Gymraeg.", lang="cy"), {}, (), "welsh")
    tp = _empty(Passage(id="p1", text="Partners will pool budgets."))
    assert apply_method([tp, welsh], "lexicon", models) == [tp, welsh]
    out = apply_method([tp, welsh], "hybrid", models)
    assert out[1] is welsh and set(out[0].labels) == set(tp.labels)
    with pytest.raises(ValueError):
        apply_method([tp], "magic", models)


def test_learn_shipped_models_load_and_predict() -> None:
    models = load_models()
    if models is None:
        pytest.skip("no trained models in models/")
    pred = models.predict(
        ["We will pool our budgets with the health board and commission the service jointly."]
    )[0]
    assert pred["power_spectrum"]["labels"] in {"cooperation", "collaboration"}
    assert models.auto and set(models.auto) <= set(models.frameworks)


# --- the rule hybrid: the lexicon first, the model for what it misses -------------------------

LEVELS = [None, "consultation", "cooperation", "collaboration"]


def test_learn_rule_hybrid_single_keeps_lexicon_level() -> None:
    from collabtext.learn_model import rule_hybrid

    P = np.array([[0.7, 0.1, 0.1, 0.1]])  # the model prefers null
    assert rule_hybrid(P, LEVELS, ["cooperation"], [0.0, 0.5], "single") == ["cooperation"]
    # below t_low the model's argmax takes over
    assert rule_hybrid(P, LEVELS, ["cooperation"], [0.2, 0.5], "single") == [None]


def test_learn_rule_hybrid_single_decides_null_then_level_when_lexicon_silent() -> None:
    from collabtext.learn_model import rule_hybrid

    # null is the single likeliest class, but non-null levels together outweigh it
    P = np.array([[0.4, 0.1, 0.3, 0.2], [0.8, 0.1, 0.05, 0.05]])
    assert rule_hybrid(P, LEVELS, [None, None], [0.0, 0.55], "single") == ["cooperation", None]
    assert rule_hybrid(P, LEVELS, [None, None], [0.0, 0.7], "single") == [None, None]


def test_learn_rule_hybrid_multi_per_category_thresholds() -> None:
    from collabtext.learn_model import rule_hybrid

    cats = ["a", "b"]
    P = np.array([[0.6, 0.6], [0.01, 0.2]])
    lex = [(), ("a", "b")]
    out = rule_hybrid(P, cats, lex, [0.05, 0.5, 0.9], "multi")
    assert out == [("a",), ("b",)]  # b needs 0.9 to be added; a is dropped below t_low


def test_learn_fit_rule_per_category_beats_global_pair() -> None:
    from collabtext.learn_fit import fit_rule

    # category a is well predicted at 0.5, category b only at 0.85: one global t_high can't do both
    P = np.array([[0.55, 0.6], [0.2, 0.9], [0.6, 0.1], [0.1, 0.65], [0.3, 0.88]])
    G = np.array([[1, 0], [0, 1], [1, 0], [0, 0], [0, 1]])
    rule, score = fit_rule(G, P, [()] * 5, ["a", "b"], "multi")
    assert len(rule) == 3 and score == 1.0
    assert rule[0] == 0.0 and rule[1] <= 0.5 and 0.65 < rule[2] <= 0.85


def test_learn_nested_predicts_each_row_from_other_folds() -> None:
    from collabtext.learn_train import nested

    seen: list[set[int]] = []

    def fit(idx: np.ndarray) -> set[int]:
        seen.append(set(idx.tolist()))
        return set(idx.tolist())

    out = nested(10, fit, lambda fitted, te: [int(i in fitted) for i in te], rs=0, folds=5)
    assert out.tolist() == [0] * 10  # no row was ever in the data its parameters came from
    assert len(seen) == 5


def test_vectorizer_cache_does_not_outlive_a_refit() -> None:
    """Cached char rows belong to one char vocabulary: fitting again must not reuse them."""
    from collabtext.learn_vec import TextVectorizer

    a = ["partners pool budgets", "partners share data", "residents design services"] * 2
    b = ["the board agreed a plan", "the council and the police agreed", "plans agreed"] * 2
    v = TextVectorizer(min_df=1)
    v.fit(a).transform(["partners agreed plans"])  # fills the cache under a's vocabulary
    got = v.fit(b).transform(["partners agreed plans"]).toarray()
    want = TextVectorizer(min_df=1).fit(b).transform(["partners agreed plans"]).toarray()
    assert got.shape == want.shape and (got == want).all()


def _write_records(path: Path, n: int, prefix: str) -> None:
    rows = [
        {"id": f"{prefix}{i}", "text": f"Partners will pool budget number {i}.", "labels": {}}
        for i in range(n)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_calibration_file_rows_judge_the_methods(tmp_path: Path) -> None:
    from collabtext.learn_data import MIN_CALIBRATION, read_training

    _write_records(tmp_path / "hand.jsonl", 30, "h")
    _write_records(tmp_path / "calibration.jsonl", MIN_CALIBRATION, "c")
    ts = read_training([tmp_path])
    assert ts.calibration is not None and int(ts.calibration.sum()) == MIN_CALIBRATION
    assert ts.judge_rows.tolist() == ts.calibration.tolist()  # calibration rows only
    assert ts.cv_rows.all()  # and still trained on, out of fold when scored

    _write_records(tmp_path / "calibration.jsonl", MIN_CALIBRATION - 1, "c")
    few = read_training([tmp_path])
    assert few.judge_rows.all()  # too few to judge on: every scored row judges


def test_auto_keeps_the_hybrid_unless_beaten_beyond_noise() -> None:
    from collabtext.learn_train import CONFIDENCE, auto_choice, beats_hybrid, micro_f1

    metrics = {
        "lexicon": {"f1": 0.50},
        "model": {"f1": 0.56},
        "hybrid": {"f1": 0.55},
    }
    assert auto_choice(metrics, 100, {"model": CONFIDENCE - 0.01, "lexicon": 0.0}) == "hybrid"
    # the model alone is never the default, however clearly it wins: auto keeps lexicon evidence
    assert auto_choice(metrics, 100, {"model": 1.0, "lexicon": 0.0}) == "hybrid"
    lex_wins = {"lexicon": {"f1": 0.60}, "model": {"f1": 0.56}, "hybrid": {"f1": 0.55}}
    assert auto_choice(lex_wins, 100, {"model": 0.9, "lexicon": CONFIDENCE - 0.01}) == "hybrid"
    assert auto_choice(lex_wins, 100, {"model": 0.9, "lexicon": CONFIDENCE}) == "lexicon"
    assert auto_choice(metrics, 10, {"model": 1.0, "lexicon": 0.0}) == "lexicon"  # too few labels

    G = np.array([[1, 0], [0, 1], [1, 1], [0, 0]] * 10, dtype=bool)
    preds = {"model": G.copy(), "hybrid": np.zeros_like(G), "lexicon": ~G}
    b = beats_hybrid(G, preds, micro_f1, rs=0)
    assert b["model"] == 1.0 and b["lexicon"] == 0.0


def test_hybrid_never_adds_the_opposite_of_a_negated_factor() -> None:
    """ "Partners lack trust" is barrier.relationships from a negated "trust"; a bag-of-words
    model that sees "trust" must not add enabler.relationships to it (an overcome barrier, which
    the lexicon labels both ways, is unaffected)."""
    from collabtext.learn_model import lexicon_view, rule_hybrid
    from collabtext.tag import get_tagger

    classes = ["barrier.relationships", "enabler.relationships"]
    tp = get_tagger().tag_passage(Passage("p1", "Partners lack trust."))
    view = lexicon_view(tp.labels["factors"], tp.evidence, "factors")
    assert view == ("barrier.relationships", "~enabler.relationships")
    P = np.array([[0.2, 0.99]])
    assert rule_hybrid(P, classes, [view], [0.0, 0.5], "multi") == [("barrier.relationships",)]
    both = ("barrier.relationships", "enabler.relationships")
    assert rule_hybrid(P, classes, [both], [0.0, 0.5], "multi") == [both]


def test_fragments_keep_the_lexicon_labels() -> None:
    """A bag-of-words model has nothing to go on in "Decision:"; fragments of fewer than
    MIN_MODEL_WORDS words keep the lexicon's labels whatever the method."""
    from collabtext.learn import MIN_MODEL_WORDS, apply_method, load_models

    models = load_models()
    assert models is not None
    short = _empty(Passage("p1", "Decision: devolved budgets"))
    assert len(short.passage.text.split()) < MIN_MODEL_WORDS
    for method in ("model", "hybrid", "auto"):
        out = apply_method([short], method, models)[0]
        assert out.labels == short.labels


def test_hybrid_adds_nothing_where_the_lexicon_found_nothing() -> None:
    """A passage without any lexicon evidence (mostly text outside the domain) gets no labels
    from the model alone under the hybrid; a passage the lexicon speaks to still can."""
    from collabtext.learn_model import UNANCHORED, lexicon_view, rule_hybrid

    cats = ["common_purpose", "sharing_power"]
    P = np.array([[0.95, 0.1], [0.95, 0.1]])
    hit = Evidence("themes", "whole_system", "whole system", 0, 12)
    lex = [lexicon_view((), (), "themes"), lexicon_view((), (hit,), "themes")]
    assert lex == [(UNANCHORED,), ()]
    assert rule_hybrid(P, cats, lex, [0.0, 0.5], "multi") == [(), ("common_purpose",)]
    levels = [None, "cooperation"]
    Ps = np.array([[0.05, 0.95], [0.05, 0.95]])
    single = [
        lexicon_view(None, (), "power_spectrum"),
        lexicon_view(None, (hit,), "power_spectrum"),
    ]
    assert single == [UNANCHORED, None]
    assert rule_hybrid(Ps, levels, single, [0.0, 0.5], "single") == [None, "cooperation"]


def test_confident_model_labels_need_a_lexicon_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the model sure of every category, the hybrid adds them to a passage the lexicon
    speaks to, and nothing to one in which it found no evidence (a parish bench repair)."""
    from collabtext.learn import Models, apply_method, load_models
    from collabtext.tag import get_tagger

    models = load_models()
    assert models is not None

    def sure(self: Models, X: object) -> dict[str, np.ndarray]:
        n = X.shape[0]  # type: ignore[attr-defined]
        out = {}
        for fid, fm in self.frameworks.items():
            P = np.full((n, len(fm.classes)), 0.99)
            if fm.kind == "single":
                P[:] = 0.0
                P[:, -1] = 1.0
            out[fid] = P
        return out

    monkeypatch.setattr(Models, "probabilities", sure)
    tagger = get_tagger()
    bench = tagger.tag_passage(
        Passage(
            "p1",
            "The Clerk reported that the bench on the village green had been repainted and "
            "that the invoice for the litter bin would be paid from the precept.",
        )
    )
    joint = tagger.tag_passage(
        Passage("p2", "Partners agreed to pool their budgets for the new community hub next year.")
    )
    assert not bench.evidence and joint.evidence
    out_bench, out_joint = apply_method([bench, joint], "hybrid", models)
    assert out_bench.labels == bench.labels and not out_bench.evidence
    assert len(out_joint.labels["themes"]) > len(joint.labels.get("themes") or ())


def test_passages_without_evidence_are_not_predicted_unless_the_model_decides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hybrid keeps the lexicon's labels where it found no evidence, so those passages are
    not vectorised; under --method model they are, since the model alone decides there."""
    from collabtext.learn import Models, apply_method, load_models
    from collabtext.tag import get_tagger

    models = load_models()
    assert models is not None
    seen: list[list[str]] = []
    real = Models.predict

    def spy(self: Models, texts: list[str]) -> object:
        seen.append(list(texts))
        return real(self, texts)

    monkeypatch.setattr(Models, "predict", spy)
    tagger = get_tagger()
    bench = tagger.tag_passage(
        Passage("p1", "The Clerk reported that the bench on the village green had been repainted.")
    )
    joint = tagger.tag_passage(
        Passage("p2", "Partners agreed to pool their budgets for the new community hub next year.")
    )
    assert not bench.evidence and joint.evidence
    out = apply_method([bench, joint], "hybrid", models)
    assert len(seen) == 1 and len(seen[0]) == 1 and "pool" in seen[0][0]
    assert out[0] is bench
    seen.clear()
    apply_method([bench, joint], "model", models)
    assert len(seen) == 1 and len(seen[0]) == 2
    seen.clear()
    apply_method([bench], "hybrid", models)
    assert seen == []
