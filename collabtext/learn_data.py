"""Training data for the passage classifiers: files in the gold/FORMAT.md format.

Labels roll up to taxonomy ids; a framework a record leaves out is not trained on for that record
(its row is masked). Records marked ``"weak": true`` get weight ``WEAK_WEIGHT``; records marked
``"template": true``
(assembled from shared clauses) are always in the training folds and never scored, because a
held-out templated record would share its clauses with training records and flatter the scores.
Records of ``calibration*.jsonl`` files (or marked ``"calibration": true``) were written without
looking at what the lexicons catch; when there are enough of them they, not the other records,
choose each framework's method and fit the hybrid (the lexicons were tuned on the other records,
so those flatter the lexicon).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import DataNotFound
from .gold import iter_records
from .lexicon import ORDER

FRAMEWORKS = ORDER  # the taxonomy's frameworks, in its order
SINGLE = ("power_spectrum", "lifecycle")
WEAK_WEIGHT = 0.5
MIN_CALIBRATION = 100
CALIBRATION_PREFIX = "calibration"


@dataclass(frozen=True)
class TrainingSet:
    """Texts with label matrices per framework, and where they came from."""

    ids: list[str]
    texts: list[str]
    labels: list[dict[str, Any]]
    weights: np.ndarray
    files: list[dict[str, Any]]  # path, sha256, n
    template: (
        np.ndarray
    )  # records assembled from shared clauses: always trained on, never CV-scored

    # records of calibration files (calibration*.jsonl): written blind to the lexicons, so they
    # judge the methods and fit the hybrid; they are also trained on (out of fold when judged)
    calibration: np.ndarray | None = None

    @property
    def judge_rows(self) -> np.ndarray:
        """Records that choose methods and fit the hybrid: the calibration records when there are
        at least ``MIN_CALIBRATION`` of them, else every CV-scored record."""
        cal = self.calibration
        if cal is not None and int(cal.sum()) >= MIN_CALIBRATION:
            return cal & self.cv_rows
        return self.cv_rows

    @property
    def cv_rows(self) -> np.ndarray:
        """Records cross-validation scores (all records if every one is templated)."""
        return ~self.template if (~self.template).any() else np.ones(len(self.texts), dtype=bool)

    def __len__(self) -> int:
        return len(self.texts)


def default_training_dir() -> Path:
    from .resources import find

    return find("models") / "training"


def data_files(paths: Sequence[str | Path] | None) -> list[Path]:
    """Expand files and folders (``*.jsonl`` inside) into a sorted list of files."""
    items = [Path(p) for p in (paths or [default_training_dir()])]
    out: list[Path] = []
    for p in items:
        if p.is_dir():
            out.extend(sorted(p.glob("*.jsonl")))
        elif p.is_file():
            out.append(p)
        else:
            raise DataNotFound("no such training file or folder", path=str(p))
    if not out:
        raise DataNotFound("no *.jsonl training files found", path=", ".join(map(str, items)))
    return out


def read_training(paths: Sequence[str | Path] | None = None) -> TrainingSet:
    """Read every record of the training files (gold/FORMAT.md records)."""
    ids: list[str] = []
    texts: list[str] = []
    labels: list[dict[str, Any]] = []
    weights: list[float] = []
    template: list[bool] = []
    calibration: list[bool] = []
    files: list[dict[str, Any]] = []
    for f in data_files(paths):
        n = 0
        is_cal = f.name.startswith(CALIBRATION_PREFIX)
        for k, d in iter_records(f, require_labels=True):
            ids.append(str(d.get("id", f"{f.stem}:{k}")))
            texts.append(d["text"])
            labels.append(d["labels"])
            weights.append(WEAK_WEIGHT if d.get("weak") else 1.0)
            template.append(bool(d.get("template")))
            calibration.append(is_cal or bool(d.get("calibration")))
            n += 1
        files.append({"path": f.name, "sha256": hashlib.sha256(f.read_bytes()).hexdigest(), "n": n})
    return TrainingSet(
        ids,
        texts,
        labels,
        np.asarray(weights),
        files,
        np.asarray(template, dtype=bool),
        np.asarray(calibration, dtype=bool),
    )


def multi_targets(
    ts: TrainingSet, fid: str, rollup: Any
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(categories, Y 0/1 matrix n x k, mask of records that label ``fid``)."""
    present = np.array([fid in lab for lab in ts.labels])
    sets = [{rollup(c) for c in (lab.get(fid) or [])} for lab in ts.labels]
    cats = sorted(set().union(*sets)) if sets else []
    Y = np.array([[c in s for c in cats] for s in sets], dtype=np.int8).reshape(
        len(sets), len(cats)
    )
    return cats, Y, present


def single_targets(
    ts: TrainingSet, fid: str, rollup: Any, order: Sequence[str] | None = None
) -> tuple[list[str | None], np.ndarray, np.ndarray]:
    """(classes with None first, y as class index, mask of records that label ``fid``)."""
    present = np.array([fid in lab for lab in ts.labels])
    vals = [(rollup(lab[fid]) if lab.get(fid) else None) for lab in ts.labels]
    seen = {v for v, p in zip(vals, present, strict=True) if p and v}
    cats = [c for c in order if c in seen] if order else sorted(seen)
    classes: list[str | None] = [None, *cats]
    y = np.array([classes.index(v) if v in classes else 0 for v in vals])
    return classes, y, present
