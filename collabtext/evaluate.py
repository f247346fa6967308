"""Score the tagger against hand-labelled passages (the format of ../shared/gold/FORMAT.md).

Multi frameworks: micro precision/recall/F1 over (passage, category) pairs plus a row per category.
power_spectrum: accuracy (null is a value) and within-one (competition 1 ... collaboration 5,
null 0) plus a confusion table. lifecycle: accuracy. Pronouns: exact-match fractions, computed with
``collabtext.score.count_pronouns`` when that module is installed. Frameworks the file leaves out
are not evaluated. Labels roll up to taxonomy ids (``barrier.structures.x`` -> ``barrier.structures``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .power import LEVELS
from .records import SCHEMA_VERSION, LexiconInfo, Passage

ORDER = ["null", *LEVELS]


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    text: str
    labels: dict[str, Any]
    pronouns: dict[str, int] | None = None
    genre: str | None = None


@dataclass(frozen=True)
class EvaluationResult:
    path: str
    n: int
    frameworks: dict[str, Any]
    pronouns: dict[str, Any] | None
    lexicon: LexiconInfo | None = None
    ids: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    method: dict[str, str] = field(default_factory=dict)  # framework -> lexicon|model|hybrid

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "schema_version": SCHEMA_VERSION, "n": self.n}
        if self.ids:
            d["ids"] = self.ids
        if self.method:
            d["method"] = self.method
        d["frameworks"] = self.frameworks
        d["pronouns"] = self.pronouns
        d["lexicon"] = self.lexicon.to_dict() if self.lexicon else None
        d["errors"] = self.errors
        return d


def _methods(tagger: Any, frameworks: dict[str, Any]) -> dict[str, str]:
    """How each framework was labelled: what ``--method`` resolves to (``auto`` per the card)."""
    method = getattr(tagger, "method", None)
    if not isinstance(method, str) or method == "lexicon":
        return {fid: "lexicon" for fid in frameworks}
    models = getattr(tagger, "models", None)
    if method != "auto":
        return {fid: method for fid in frameworks}
    auto = models.auto if models is not None and isinstance(getattr(models, "auto", None), dict) else {}
    return {fid: auto.get(fid, "lexicon") for fid in frameworks}


def read_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold JSONL file; raise GoldFormatError naming the line of a bad record."""
    from .gold import iter_records

    items = [
        GoldItem(
            str(d.get("id", f"line{n}")),
            d["text"],
            d.get("labels") or {},
            d.get("pronouns"),
            d.get("genre"),
        )
        for n, d in iter_records(path)
    ]
    return items


def select_ids(items: list[GoldItem], spec: str | None) -> list[GoldItem]:
    """Keep items whose id is in ``spec``: comma-separated ids or ranges like ``d001-d060``."""
    if not spec:
        return items
    keep: list[GoldItem] = []
    for part in (s.strip() for s in spec.split(",") if s.strip()):
        m = re.fullmatch(r"([A-Za-z_]*)(\d+)-([A-Za-z_]*)(\d+)", part)
        if m:
            lo, hi = int(m.group(2)), int(m.group(4))
            for it in items:
                mm = re.fullmatch(rf"{re.escape(m.group(1))}(\d+)", it.id)
                if mm and lo <= int(mm.group(1)) <= hi and it not in keep:
                    keep.append(it)
        else:
            keep.extend(it for it in items if it.id == part and it not in keep)
    return keep


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def multi_metrics(gold: list[set[str]], pred: list[set[str]], ids: list[str]) -> dict[str, Any]:
    cats = sorted(set().union(*gold, *pred)) if gold else []
    rows = {}
    tp = fp = fn = 0
    for c in cats:
        ctp = sum(1 for g, p in zip(gold, pred, strict=False) if c in g and c in p)
        cfp = sum(1 for g, p in zip(gold, pred, strict=False) if c not in g and c in p)
        cfn = sum(1 for g, p in zip(gold, pred, strict=False) if c in g and c not in p)
        rows[c] = {**_prf(ctp, cfp, cfn), "support": ctp + cfn}
        tp, fp, fn = tp + ctp, fp + cfp, fn + cfn
    return {**_prf(tp, fp, fn), "support": tp + fn, "categories": rows}


def power_metrics(gold: list[str | None], pred: list[str | None]) -> dict[str, Any]:
    n = len(gold)
    acc = sum(1 for g, p in zip(gold, pred, strict=False) if g == p)
    lvl = [
        (LEVELS.get(g or "", 0), LEVELS.get(p or "", 0)) for g, p in zip(gold, pred, strict=False)
    ]
    within = sum(1 for g, p in lvl if abs(g - p) <= 1)
    conf = {g: {p: 0 for p in ORDER} for g in ORDER}
    for g, p in zip(gold, pred, strict=False):
        conf[g or "null"][p or "null"] += 1
    return {
        "accuracy": round(acc / n, 4) if n else 0.0,
        "within_one": round(within / n, 4) if n else 0.0,
        "confusion": conf,
    }


def pronoun_metrics(items: list[GoldItem]) -> dict[str, Any] | None:
    try:
        from .score import count_pronouns
    except ImportError:
        return None
    ref = [it for it in items if isinstance(it.pronouns, dict)]
    if not ref:
        return None
    we = i = both = 0
    for it in ref:
        w, ii = count_pronouns(it.text)
        ok_we, ok_i = w == it.pronouns.get("we"), ii == it.pronouns.get("i")
        we, i, both = we + ok_we, i + ok_i, both + (ok_we and ok_i)
    n = len(ref)
    return {
        "n": n,
        "we_exact": round(we / n, 4),
        "i_exact": round(i / n, 4),
        "both_exact": round(both / n, 4),
    }


def _passage(text: str, pid: str) -> Passage:
    """A passage as ``tag --text`` makes it: language per sentence, so Welsh ones are skipped."""
    from .lang import passage_from_text

    return passage_from_text(text, id=pid)


def evaluate(path: str | Path, *, tagger: Any = None, ids: str | None = None) -> EvaluationResult:
    """Tag every gold passage as ``tag`` would and compare with the hand labels."""
    from .tag import get_tagger

    items = select_ids(read_gold(path), ids)
    t = tagger or get_tagger()
    tagged = t.tag_passages([_passage(it.text, it.id) for it in items])
    frameworks: dict[str, Any] = {}
    errors: list[dict[str, Any]] = []
    for fid, fw in t.lexicon.frameworks.items():
        present = [k for k, it in enumerate(items) if fid in it.labels]
        if not present:
            continue
        if fw.kind == "single":
            g = [items[k].labels[fid] and fw.rollup(items[k].labels[fid]) for k in present]
            p = [tagged[k].labels.get(fid) for k in present]
            if fid == "power_spectrum":
                frameworks[fid] = power_metrics(g, p)
            else:
                frameworks[fid] = {
                    "accuracy": round(sum(a == b for a, b in zip(g, p, strict=False)) / len(g), 4)
                }
            errors += [
                {"id": items[k].id, "framework": fid, "gold": a, "predicted": b}
                for k, a, b in zip(present, g, p, strict=False)
                if a != b
            ]
        else:
            g = [{fw.rollup(c) for c in items[k].labels[fid] or []} for k in present]
            p = [set(tagged[k].labels.get(fid, ())) for k in present]
            frameworks[fid] = multi_metrics(g, p, [items[k].id for k in present])
            errors += [
                {
                    "id": items[k].id,
                    "framework": fid,
                    "missed": sorted(a - b),
                    "extra": sorted(b - a),
                }
                for k, a, b in zip(present, g, p, strict=False)
                if a != b
            ]
    return EvaluationResult(
        str(path),
        len(items),
        frameworks,
        pronoun_metrics(items),
        t.info,
        ids,
        errors,
        _methods(t, frameworks),
    )
