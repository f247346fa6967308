"""collabtext.features.LexiconFeatures: scikit-learn's estimator checks and real behaviour."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from collabtext.features import LexiconFeatures


@parametrize_with_checks([LexiconFeatures()])
def test_features_sklearn_checks(estimator, check) -> None:  # type: ignore[no-untyped-def]
    check(estimator)


def test_features_counts_negated_evidence_and_pronouns() -> None:
    f = LexiconFeatures().fit(["x"])
    names = list(f.get_feature_names_out())
    X = f.transform(
        [
            "There is still no shared vision for the county.",
            "We and our partners agree. I agree too.",
        ]
    )
    assert X.shape == (2, len(names))
    assert X[0, names.index("themes:common_purpose:label")] == 1
    assert X[0, names.index("factors:barrier.motivations:label")] == 1
    assert X[0, [k for k, n in enumerate(names) if n.endswith(":negated")]].sum() >= 1
    assert X[1, names.index("we_per_100")] > X[1, names.index("i_per_100")] > 0


def test_features_refuse_a_bare_string() -> None:
    with pytest.raises(ValueError, match="single string"):
        LexiconFeatures().fit("one passage")


def test_features_in_a_pipeline() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    texts = [
        "Partners will pool budgets and commission jointly.",
        "The council will resurface roads.",
    ] * 5
    y = np.array([1, 0] * 5)
    clf = make_pipeline(LexiconFeatures(language=False), LogisticRegression()).fit(texts, y)
    assert list(clf.predict(texts[:2])) == [1, 0]
