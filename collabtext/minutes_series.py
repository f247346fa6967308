"""A series of meetings: attendance by organisation over time, barriers, repeated actions.

Organisations are compared by their series name: a short form one meeting uses ("X Council", "the
CVC", an abbreviation another meeting defines) takes the fuller name used elsewhere in the series
(``minutes_canon``), and ``organisation_resolutions`` lists each such resolution and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from . import minutes_canon as canon
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
    resolutions: tuple[dict[str, Any], ...] = ()  # short form -> series name, with evidence

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
                    "canonical_organisations": canon.canonical_organisations(m),
                    "attendance": canon.attendee_dicts(m),
                    "items": len(m.items),
                    "actions": len(m.actions),
                    "joint_actions": sum(1 for a in m.actions if a.joint),
                }
                for m in self.meetings
            ],
            "attendance": self.attendance,
            "organisation_resolutions": list(self.resolutions),
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
        if any((a.canonical or a.organisation) == org for a in m.attendance.get(kind, ())):
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
                            "owners": list(dict.fromkeys(a.canonical or a.organisations)),
                        }
                    )
                    break
    return out


def review_series(
    results: Iterable[MinutesResult], *, threshold: float = 0.6, gazetteer: Any = None
) -> SeriesResult:
    """Order meetings by date, resolve organisation names across them and compare them.

    Args:
        results: reviewed minutes (any order; undated meetings go last, by path).
        threshold: similarity at which an action counts as carried forward or repeated.
        gazetteer: the ``collabtext.orgs`` gazetteer whose canonical names are never rewritten
            (default: the cached one).
    """
    meetings = sorted(results, key=lambda m: (m.date is None, m.date or "", m.path))
    names = canon.series_names(meetings, gazetteer)
    meetings = [canon.apply_names(m, names) for m in meetings]
    orgs = list(
        dict.fromkeys(
            a.canonical or a.organisation
            for m in meetings
            for k in ("present", "in_attendance", "apologies", "absent")
            for a in m.attendance.get(k, ())
            if a.organisation
        )
    )
    attendance = {o: [_status(m, o) for m in meetings] for o in orgs}
    barriers: dict[str, list[str]] = {}
    for m in meetings:
        for cat in m.summary.get("barriers") or {}:
            barriers.setdefault(cat, []).append(m.date or m.path)
    recurring = {k: v for k, v in barriers.items() if len(v) >= 2}
    return SeriesResult(
        tuple(meetings),
        attendance,
        recurring,
        tuple(_repeated(meetings, threshold)),
        tuple(canon.resolution_report(meetings, names)),
    )
