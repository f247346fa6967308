"""Frozen records of the minutes view, each with ``to_dict()`` in the DESIGN.md shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .records import SCHEMA_VERSION, Document, OfDocument

ATTENDANCE_KINDS = ("present", "in_attendance", "apologies", "absent")


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person in the attendance record. ``name`` keeps titles ("Cllr Jane Morgan").

    ``organisation`` is the body as this meeting's minutes name it (resolved through the
    gazetteer and the minutes themselves); ``canonical`` is the fuller name that a series of
    meetings resolves it to ("X Council" -> "X County Council"), None when there is nothing more.
    """

    name: str
    role: str | None = None
    organisation: str | None = None
    sector: str | None = None
    initials: str | None = None
    ambiguous: tuple[str, ...] = ()
    canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "role": self.role,
            "organisation": self.organisation,
            "sector": self.sector,
            "canonical": self.canonical or self.organisation,
        }
        if self.initials:
            d["initials"] = self.initials
        if self.ambiguous:
            d["ambiguous"] = list(self.ambiguous)
        return d


@dataclass(frozen=True, slots=True)
class Action:
    """An action: its text, owners as written, their canonical organisations and the due date.

    ``canonical`` is set by a series review: ``organisations`` resolved to the series' fuller names.
    """

    text: str
    owners: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    due: str | None = None
    item: str | None = None
    source: str = "line"  # line | table | sentence
    canonical: tuple[str, ...] = ()

    @property
    def joint(self) -> bool:
        return len(set(self.canonical or self.organisations)) >= 2

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "owners": list(self.owners),
            "organisations": list(self.organisations),
            "canonical_organisations": list(dict.fromkeys(self.canonical or self.organisations)),
            "due": self.due,
            "joint": self.joint,
            "item": self.item,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Item:
    """An agenda item as minuted."""

    number: str | None
    title: str
    text: str
    decisions: tuple[str, ...] = ()
    noted: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    labels: dict[str, Any] = field(default_factory=dict)
    we: int = 0
    i: int = 0
    page: int | None = None
    passage_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "text": self.text,
            "decisions": list(self.decisions),
            "noted": list(self.noted),
            "actions": [a.to_dict() for a in self.actions],
            "labels": self.labels,
            "we": self.we,
            "i": self.i,
            "page": self.page,
        }


@dataclass(frozen=True, slots=True)
class MinutesResult(OfDocument):
    """Everything the minutes view found in one meeting's minutes."""

    document: Document
    title: str | None
    date: str | None
    attendance: dict[str, tuple[Attendee, ...]]
    organisations: tuple[str, ...]
    items: tuple[Item, ...]
    actions: tuple[Action, ...] = ()
    speakers: tuple[dict[str, Any], ...] = ()
    summary: dict[str, Any] = field(default_factory=dict)
    is_agenda: bool = False
    warnings: tuple[str, ...] = ()
    # Short forms resolved to a fuller name the minutes use elsewhere ({"written", "canonical",
    # "reason", "scope"}), and abbreviations the minutes define (abbr -> name) for series review.
    resolutions: tuple[dict[str, str], ...] = ()
    abbreviations: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.document.path,
            "sha256": self.document.sha256,
            "schema_version": SCHEMA_VERSION,
            "meeting": {"title": self.title, "date": self.date},
            "is_agenda": self.is_agenda,
            "attendance": {
                k: [a.to_dict() for a in self.attendance.get(k, ())] for k in ATTENDANCE_KINDS
            },
            "organisations": list(self.organisations),
            "organisation_resolutions": [dict(r) for r in self.resolutions],
            "items": [i.to_dict() for i in self.items],
            "actions": [a.to_dict() for a in self.actions],
            "speakers": list(self.speakers),
            "summary": self.summary,
            "warnings": list(self.warnings),
        }
