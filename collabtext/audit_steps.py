"""Analyse one step: partners, lead, agency, power-spectrum level, ways of working, themes,
timescale and flags. Tagging comes from ``collabtext.tag`` and agency from ``collabtext.score``;
this module reconciles them with the answer-key rules (single-agency and vague steps have no level;
a consultation-only step is at consultation; the collaboration way of working needs coordination
or above)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import audit_rules as R
from .audit_partners import OrgFinder, participants
from .audit_structure import RawStep
from .records import Passage

FLAGS = (
    "single_agency",
    "consultation_only",
    "no_named_partner",
    "vague",
    "business_as_usual",
    "no_citizen_involvement",
)


@dataclass(frozen=True, slots=True)
class AuditStep:
    """One step of a plan with everything the audit found about it."""

    text: str
    page: int | None
    number: str | None
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    power_spectrum: str | None
    ways_of_working: tuple[str, ...]
    themes: tuple[str, ...]
    agency: str | None
    timescale: str | None
    flags: tuple[str, ...]
    evidence: tuple[dict[str, Any], ...] = ()
    sectors: tuple[tuple[str, str | None], ...] = ()
    passages: tuple[str, ...] = ()
    layout: str = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "page": self.page,
            "number": self.number,
            "lead": list(self.lead),
            "partners": list(self.partners),
            "power_spectrum": self.power_spectrum,
            "ways_of_working": list(self.ways_of_working),
            "themes": list(self.themes),
            "agency": self.agency,
            "timescale": self.timescale,
            "flags": list(self.flags),
            "evidence": list(self.evidence),
            "sectors": {k: v for k, v in self.sectors},
            "passages": list(self.passages),
            "layout": self.layout,
        }


class StepAnalyser:
    """Holds the document-level helpers (org finder, tagger, scorer) for analysing its steps."""

    def __init__(
        self, finder: OrgFinder, tagger: Any = None, scorer: Any = None, lang: str = "en"
    ) -> None:
        self.finder, self.tagger, self.scorer, self.lang = finder, tagger, scorer, lang

    def analyse(self, raw: RawStep, objective: str) -> AuditStep:
        text = raw.text
        who = participants(text, self.finder, raw.lead_text, raw.partners_text)
        when = raw.timescale_text or R.timescale(text)
        passage = Passage(raw.passage_ids[0], text, raw.page, (objective,), "list_item", self.lang)
        labels, evidence = self._tag(passage)
        agency = self._agency(passage, who.partners)
        flags = self._flags(text, who.partners, when, agency, labels)
        level = self._level(labels.get("power_spectrum"), flags, text, evidence)
        ways = tuple(labels.get("ways_of_working") or ())
        if level is None or R.LEVELS.index(level) < R.LEVELS.index("coordination"):
            ways = tuple(w for w in ways if w != "collaboration")
        if "consultation_only" in flags and "involvement" not in ways and R.involves_citizens(text):
            ways = (*ways, "involvement")
        return AuditStep(
            text,
            raw.page,
            raw.number,
            who.lead,
            who.partners,
            level,
            ways,
            tuple(labels.get("themes") or ()),
            agency,
            when,
            flags,
            tuple(evidence),
            tuple(who.sectors.items()),
            tuple(raw.passage_ids),
            raw.layout,
        )

    def _tag(self, passage: Passage) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        if self.tagger is None:
            return {}, []
        tp = self.tagger.tag_passage(passage)
        ev = [
            {
                "framework": e.framework,
                "category": e.category,
                "term": e.term,
                "start": e.start,
                "end": e.end,
                "source": e.source,
            }
            for e in tp.evidence
            if e.framework in ("power_spectrum", "ways_of_working", "themes") and not e.negated
        ]
        return dict(tp.labels), ev

    def _agency(self, passage: Passage, partners: tuple[str, ...]) -> str | None:
        if self.scorer is not None:
            return getattr(self.scorer.score_passage(passage), "agency", None)
        # Without the scorer: the number of bodies named is the best available sign.
        bodies = [p for p in partners if p != self.finder.psb]
        if self.finder.psb in partners or len(bodies) > 1:
            return "collective"
        return "single" if bodies else None

    def _flags(
        self,
        text: str,
        partners: tuple[str, ...],
        when: str | None,
        agency: str | None,
        labels: dict[str, Any],
    ) -> tuple[str, ...]:
        flags: list[str] = []
        consult = R.is_consultation_only(text)
        if not consult and R.is_single_agency(text, partners, self.finder.psb, agency):
            flags.append("single_agency")
        if consult:
            flags.append("consultation_only")
        if not partners:
            flags.append("no_named_partner")
        if R.is_vague(text, when is not None, bool(partners)):
            flags.append("vague")
        if R.BAU_RE.search(text):
            flags.append("business_as_usual")
        ways, themes = labels.get("ways_of_working") or (), labels.get("themes") or ()
        if (
            "involvement" not in ways
            and "service_user_perspective" not in themes
            and not R.involves_citizens(text)
        ):
            flags.append("no_citizen_involvement")
        return tuple(flags)

    @staticmethod
    def _level(
        tagged: str | None, flags: tuple[str, ...], text: str, evidence: list[dict[str, Any]]
    ) -> str | None:
        if "single_agency" in flags or "vague" in flags:
            return None
        if "consultation_only" in flags:
            return "consultation"
        if tagged:
            return tagged
        cue = R.level_cue(text)
        if cue is None:
            return None
        evidence.append(
            {
                "framework": "power_spectrum",
                "category": cue[0],
                "term": cue[1],
                "start": cue[2],
                "end": cue[3],
                "source": "rule",
            }
        )
        return cue[0]
