"""Compact label notation used by the training-data scripts (not part of the package).

A passage's labels are written as space-separated tokens, each naming one (framework, category):
themes sup cp ws sp; factors bm bs br em es er; power P1..P5 (competition..collaboration);
ways_of_working lt pv ig co iv; dynamics pe sm cj; capacity st gv op pr cm;
disciplines dprof dprom dprod dproj; lifecycle Lpre Lcre Ldel Lterm.
"""

from __future__ import annotations

from typing import Any

TOKENS: dict[str, tuple[str, str]] = {
    "sup": ("themes", "service_user_perspective"),
    "cp": ("themes", "common_purpose"),
    "ws": ("themes", "whole_system"),
    "sp": ("themes", "sharing_power"),
    "bm": ("factors", "barrier.motivations"),
    "bs": ("factors", "barrier.structures"),
    "br": ("factors", "barrier.relationships"),
    "em": ("factors", "enabler.motivations"),
    "es": ("factors", "enabler.structures"),
    "er": ("factors", "enabler.relationships"),
    "P1": ("power_spectrum", "competition"),
    "P2": ("power_spectrum", "consultation"),
    "P3": ("power_spectrum", "coordination"),
    "P4": ("power_spectrum", "cooperation"),
    "P5": ("power_spectrum", "collaboration"),
    "lt": ("ways_of_working", "long_term"),
    "pv": ("ways_of_working", "prevention"),
    "ig": ("ways_of_working", "integration"),
    "co": ("ways_of_working", "collaboration"),
    "iv": ("ways_of_working", "involvement"),
    "pe": ("dynamics", "principled_engagement"),
    "sm": ("dynamics", "shared_motivation"),
    "cj": ("dynamics", "capacity_for_joint_action"),
    "st": ("capacity", "strategic"),
    "gv": ("capacity", "governance"),
    "op": ("capacity", "operational"),
    "pr": ("capacity", "practice"),
    "cm": ("capacity", "community"),
    "dprof": ("disciplines", "profession"),
    "dprom": ("disciplines", "promotion"),
    "dprod": ("disciplines", "production"),
    "dproj": ("disciplines", "projection"),
    "Lpre": ("lifecycle", "pre_partnership"),
    "Lcre": ("lifecycle", "creation"),
    "Ldel": ("lifecycle", "delivery"),
    "Lterm": ("lifecycle", "termination"),
}
MULTI = ("themes", "factors", "ways_of_working", "dynamics", "capacity", "disciplines")
SINGLE = ("power_spectrum", "lifecycle")
LEVEL = {
    "competition": 1,
    "consultation": 2,
    "coordination": 3,
    "cooperation": 4,
    "collaboration": 5,
}


def parse(tokens: str) -> dict[str, Any]:
    """Labels for all eight frameworks from compact tokens; the highest power level wins,
    competition only when no other level is given (FORMAT.md)."""
    labels: dict[str, Any] = {f: [] for f in MULTI}
    single: dict[str, list[str]] = {f: [] for f in SINGLE}
    for t in tokens.split():
        fw, cat = TOKENS[t]
        if fw in SINGLE:
            single[fw].append(cat)
        elif cat not in labels[fw]:
            labels[fw].append(cat)
    levels = single["power_spectrum"]
    joint = [c for c in levels if c != "competition"]
    pool = joint or levels
    labels["power_spectrum"] = max(pool, key=LEVEL.__getitem__) if pool else None
    labels["lifecycle"] = single["lifecycle"][0] if single["lifecycle"] else None
    for f in MULTI:
        labels[f] = sorted(labels[f])
    return {
        k: labels[k]
        for k in (
            "themes",
            "factors",
            "power_spectrum",
            "ways_of_working",
            "dynamics",
            "capacity",
            "disciplines",
            "lifecycle",
        )
    }
