"""The scorecard of a plan: counts and shares over its steps, and the steps to challenge.

Every figure is over steps only, so statutory boilerplate (already excluded from the steps) never
adds to a plan's score.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audit import AuditObjective
    from .audit_steps import AuditStep

LEVELS = ("competition", "consultation", "coordination", "cooperation", "collaboration")
WAYS = ("long_term", "prevention", "integration", "collaboration", "involvement")
THEMES = ("service_user_perspective", "common_purpose", "whole_system", "sharing_power")
FLAGS = (
    "single_agency",
    "consultation_only",
    "no_named_partner",
    "vague",
    "business_as_usual",
    "no_citizen_involvement",
)

# Flags that make a step worth challenging, with the reason given to the reader.
REASONS = {
    "single_agency": "one body's own work, not a joint step",
    "consultation_only": "asking for views is the only joint element",
    "no_named_partner": "names no organisation to deliver it",
    "vague": "no concrete action, output or date",
    "business_as_usual": "continues existing work (business as usual)",
}


def _share(n: int, total: int) -> float:
    return round(n / total, 3) if total else 0.0


def _challenge(objective: str, index: int, step: AuditStep) -> dict[str, Any] | None:
    reasons = [REASONS[f] for f in step.flags if f in REASONS]
    if not reasons:
        return None
    return {
        "objective": objective,
        "step": step.number or str(index),
        "page": step.page,
        "text": step.text if len(step.text) <= 120 else step.text[:117].rstrip() + "...",
        "flags": [f for f in step.flags if f in REASONS],
        "reasons": reasons,
    }


def _coverage(steps: list[AuditStep], field: str, ids: tuple[str, ...]) -> dict[str, float]:
    return {x: _share(sum(1 for s in steps if x in getattr(s, field)), len(steps)) for x in ids}


def _partners(steps: list[AuditStep]) -> list[dict[str, Any]]:
    """Partners by the number of steps they take part in (and lead)."""
    partners: Counter[str] = Counter()
    leads: Counter[str] = Counter()
    for s in steps:
        partners.update(set(s.partners))
        leads.update(set(s.lead))
    return [{"name": k, "steps": v, "leads": leads.get(k, 0)} for k, v in partners.most_common()]


def scorecard(objectives: tuple[AuditObjective, ...], psb: str | None = None) -> dict[str, Any]:
    """Summarise the audit of one plan (the ``summary`` object of the audit JSON)."""
    steps = [s for o in objectives for s in o.steps]
    n = len(steps)
    levels = Counter(s.power_spectrum or "none" for s in steps)
    challenge = [
        c
        for o in objectives
        for i, s in enumerate(o.steps, 1)
        if (c := _challenge(o.title, i, s)) is not None
    ]
    joint = [s for s in steps if psb in s.partners or len(set(s.partners) - {psb}) >= 2]
    ways, themes = _coverage(steps, "ways_of_working", WAYS), _coverage(steps, "themes", THEMES)
    return {
        "objectives": len(objectives),
        "steps": n,
        "steps_per_objective": [{"title": o.title, "steps": len(o.steps)} for o in objectives],
        "power_spectrum": {lv: _share(levels.get(lv, 0), n) for lv in (*LEVELS, "none")},
        "power_spectrum_counts": {lv: levels.get(lv, 0) for lv in (*LEVELS, "none")},
        "two_or_more_partners": _share(sum(1 for s in steps if len(s.partners) >= 2), n),
        "joint_steps": _share(len(joint), n),
        "ways_of_working": ways,
        "themes": themes,
        "ways_of_working_missing": [w for w, v in ways.items() if not v],
        "themes_missing": [t for t, v in themes.items() if not v],
        "flags": {f: sum(1 for s in steps if f in s.flags) for f in FLAGS},
        "with_timescale": _share(sum(1 for s in steps if s.timescale), n),
        "partners": _partners(steps),
        "challenge": challenge,
    }
