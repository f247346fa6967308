"""Compare the audits of two or more plans (two boards, or two cycles of one board) side by side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .records import SCHEMA_VERSION

if TYPE_CHECKING:
    from .audit import AuditResult

# The scorecard figures shown side by side: (label, getter over a summary dict).
METRICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Objectives", "count", ("objectives",)),
    ("Steps", "count", ("steps",)),
    ("Steps with 2+ partners", "share", ("two_or_more_partners",)),
    ("Joint steps (PSB or 2+ bodies)", "share", ("joint_steps",)),
    ("With a timescale", "share", ("with_timescale",)),
    *(
        (f"Level: {lv}", "share", ("power_spectrum", lv))
        for lv in ("consultation", "coordination", "cooperation", "collaboration", "none")
    ),
    *(
        (f"Way: {w}", "share", ("ways_of_working", w))
        for w in ("long_term", "prevention", "integration", "collaboration", "involvement")
    ),
    *(
        (f"Theme: {t}", "share", ("themes", t))
        for t in ("service_user_perspective", "common_purpose", "whole_system", "sharing_power")
    ),
    *(
        (f"Flag: {f}", "count", ("flags", f))
        for f in (
            "single_agency",
            "consultation_only",
            "no_named_partner",
            "vague",
            "business_as_usual",
            "no_citizen_involvement",
        )
    ),
    ("Steps to challenge", "len", ("challenge",)),
)


def metric(summary: dict[str, Any], keys: tuple[str, ...], kind: str) -> float | int:
    """Look up one scorecard figure (``len`` counts a list)."""
    value: Any = summary
    for k in keys:
        value = value.get(k, 0) if isinstance(value, dict) else 0
    if kind == "len":
        return len(value) if isinstance(value, list) else 0
    return value if isinstance(value, (int, float)) else 0


@dataclass(frozen=True, slots=True)
class AuditComparison:
    """Several plan audits with their scorecard figures in adjacent columns."""

    results: tuple[AuditResult, ...]

    @property
    def path(self) -> str:
        return " vs ".join(r.path for r in self.results)

    def rows(self) -> list[tuple[str, str, list[float | int]]]:
        """(label, kind, one value per plan) for every metric."""
        return [
            (label, kind, [metric(r.summary, keys, kind) for r in self.results])
            for label, kind, keys in METRICS
        ]

    def partners(self) -> list[tuple[str, list[int]]]:
        """Every partner named in any plan, with its number of steps in each."""
        names: dict[str, list[int]] = {}
        for i, r in enumerate(self.results):
            for p in r.summary.get("partners", []):
                names.setdefault(p["name"], [0] * len(self.results))[i] = p["steps"]
        return sorted(names.items(), key=lambda kv: -sum(kv[1]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "compare": [r.path for r in self.results],
            "metrics": [
                {"metric": label, "kind": kind, "values": values}
                for label, kind, values in self.rows()
            ],
            "partners": [{"name": n, "steps": v} for n, v in self.partners()],
            "plans": [r.to_dict() for r in self.results],
        }


def compare(results: list[AuditResult] | tuple[AuditResult, ...]) -> AuditComparison:
    """Put two or more plan audits side by side."""
    return AuditComparison(tuple(results))
