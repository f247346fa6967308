"""A series of meetings: attendance by organisation over time, barriers, repeated actions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from .minutes_model import MinutesResult
from .records import SCHEMA_VERSION

_STOP = set(
    "the and for with that this from into their there which will would have been were was are "
    "each all its our to of a an on in by at be".split()
)


def _norm(text: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP]
    return " ".join(words)


def similar(a: str, b: str) -> float:
    """How alike two action texts are (0..1): token overlap blended with sequence similarity."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.0
    sa, sb = set(na.split()), set(nb.split())
    jacc = len(sa & sb) / len(sa | sb)
    return max(jacc, SequenceMatcher(None, na, nb).ratio() * 0.9)


@dataclass(frozen=True, slots=True)
class SeriesResult:
    """Meetings of one body in date order, with what carries across them."""

    meetings: tuple[MinutesResult, ...]
    attendance: dict[str, list[str]] = field(default_factory=dict)  # org -> status per meeting
    recurring_barriers: dict[str, list[str]] = field(default_factory=dict)  # category -> dates
    repeated_actions: tuple[dict[str, Any], ...] = ()

    @property
    def path(self) -> str:
        return ", ".join(m.path for m in self.meetings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "series": True,
            "meetings": [
                {
                    "path": m.path,
                    "sha256": m.sha256,
                    "title": m.title,
                    "date": m.date,
                    "is_agenda": m.is_agenda,
                    "organisations": list(m.organisations),
                    "items": len(m.items),
                    "actions": len(m.actions),
                    "joint_actions": sum(1 for a in m.actions if a.joint),
                }
                for m in self.meetings
            ],
            "attendance": self.attendance,
            "recurring_barriers": self.recurring_barriers,
            "repeated_actions": list(self.repeated_actions),
        }


def _status(m: MinutesResult, org: str) -> str:
    for kind, mark in (
        ("present", "present"),
        ("in_attendance", "in_attendance"),
        ("apologies", "apologies"),
        ("absent", "absent"),
    ):
        if any(a.organisation == org for a in m.attendance.get(kind, ())):
            return mark
    return "-"


def _repeated(meetings: list[MinutesResult], threshold: float) -> list[dict[str, Any]]:
    out = []
    for j, later in enumerate(meetings):
        for a in later.actions:
            for earlier in meetings[:j]:
                best = max(earlier.actions, key=lambda b: similar(a.text, b.text), default=None)
                if best is not None and similar(a.text, best.text) >= threshold:
                    out.append(
                        {
                            "text": a.text,
                            "date": later.date,
                            "path": later.path,
                            "earlier_text": best.text,
                            "earlier_date": earlier.date,
                            "earlier_path": earlier.path,
                            "similarity": round(similar(a.text, best.text), 3),
                            "owners": list(a.organisations),
                        }
                    )
                    break
    return out


def _abbreviation_aliases(orgs: list[str]) -> dict[str, str]:
    """Map abbreviations to full names ("EDC" in one meeting, "Eden District Council" later)."""
    from .minutes_orgs import initialisms

    full = [o for o in orgs if " " in o]
    out: dict[str, str] = {}
    for o in orgs:
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", o):
            hits = [f for f in full if o.upper() in initialisms(f)]
            if len(hits) == 1:
                out[o] = hits[0]
    return out


def review_series(results: Iterable[MinutesResult], *, threshold: float = 0.6) -> SeriesResult:
    """Order meetings by date and compare them.

    Args:
        results: reviewed minutes (any order; undated meetings go last, by path).
        threshold: similarity at which an action counts as carried forward or repeated.
    """
    meetings = sorted(results, key=lambda m: (m.date is None, m.date or "", m.path))
    orgs = list(
        dict.fromkeys(
            a.organisation
            for m in meetings
            for k in ("present", "in_attendance", "apologies", "absent")
            for a in m.attendance.get(k, ())
            if a.organisation
        )
    )
    alias = _abbreviation_aliases(orgs)
    merged: dict[str, list[str]] = {}
    for o in orgs:
        row = [_status(m, o) for m in meetings]
        base = merged.setdefault(alias.get(o, o), ["-"] * len(meetings))
        merged[alias.get(o, o)] = [b if b != "-" else r for b, r in zip(base, row, strict=True)]
    attendance = merged
    barriers: dict[str, list[str]] = {}
    for m in meetings:
        for cat in m.summary.get("barriers") or {}:
            barriers.setdefault(cat, []).append(m.date or m.path)
    recurring = {k: v for k, v in barriers.items() if len(v) >= 2}
    return SeriesResult(
        tuple(meetings), attendance, recurring, tuple(_repeated(meetings, threshold))
    )
