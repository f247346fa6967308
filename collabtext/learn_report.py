"""The result of ``collabtext train`` and its table rendering (rich)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

from .records import SCHEMA_VERSION


@dataclass(frozen=True)
class TrainResult:
    """A trained model set: where it was written and its model card."""

    out: str | None
    card: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, "out": self.out, "card": self.card}


def _fmt(m: dict[str, float]) -> str:
    if "f1" in m:
        return f"{m['f1']:.3f}"
    s = f"{m['accuracy']:.3f}"
    return s + (f" ({m['within_one']:.3f})" if "within_one" in m else "")


def _n_scored(card: dict[str, Any], key: str = "n_scored") -> Any:
    first = next(iter(card["frameworks"].values()), {}) if card.get("frameworks") else {}
    return first.get(key, first.get("n_scored", 0))


def render_train(items: list[TrainResult], out: IO[str]) -> None:
    """Cross-validated figures per framework and method, and the choice of ``auto``."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=110, force_terminal=False)
    for r in items:
        c = r.card
        files = ", ".join(f"{f['path']} ({f['n']})" for f in c.get("training_data", []))
        console.print(f"trained on {c.get('n_passages')} passages: {files}")
        console.print(
            f"scikit-learn {c.get('sklearn_version')}, random_state {c.get('random_state')}, "
            f"{c.get('folds')}-fold CV on {_n_scored(c)} hand-written passages"
            + (
                f"; methods judged on {judged} calibration passages"
                if (judged := _n_scored(c, "n_judged")) != _n_scored(c)
                else ""
            )
        )
        t = Table(title="cross-validated micro-F1 (multi) / accuracy (within-one) (single)")
        for col in ("framework", "approach", "lexicon", "model", "hybrid", "auto"):
            t.add_column(col)
        for fid, f in c["frameworks"].items():
            cv = f["cv"]
            t.add_row(
                fid,
                f"{f['approach']} a={f['alpha']} {f['hybrid']}",
                _fmt(cv["lexicon"]),
                _fmt(cv["model"]),
                _fmt(cv["hybrid"]),
                f["auto"],
            )
        console.print(t)
        if r.out:
            console.print(f"written to {r.out}")
