"""Audit a well-being plan: its objectives, the steps under each, and a scorecard to challenge.

The Well-being of Future Generations (Wales) Act 2015 (s.39) requires a plan to set objectives and
the steps to meet them, and to say which bodies take each joint step. Reviewers ask of every step
"if it isn't collaborative, should it be in there?". ``audit_plan`` answers per step: who takes part
(canonical organisations), who leads, how collective the language is, the power-spectrum level with
its evidence, the ways of working and themes, the timescale, and flags for what to challenge.

Example:
    >>> from collabtext.audit import audit_plan  # doctest: +SKIP
    >>> result = audit_plan(extract_document("plan.pdf"))  # doctest: +SKIP
    >>> result.summary["challenge"][0]["reasons"]  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .audit_listed import find_listed_objectives
from .audit_partners import OrgFinder
from .audit_scorecard import scorecard
from .audit_steps import FLAGS, AuditStep, StepAnalyser
from .audit_structure import find_objectives
from .boilerplate import find_boilerplate
from .errors import CollabtextError
from .records import SCHEMA_VERSION, Document, OfDocument

__all__ = ["FLAGS", "AuditObjective", "AuditResult", "AuditStep", "audit_plan", "audit_path"]


@dataclass(frozen=True, slots=True)
class AuditObjective:
    """A well-being objective and its steps."""

    title: str
    page: int | None
    steps: tuple[AuditStep, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "page": self.page, "steps": [s.to_dict() for s in self.steps]}


@dataclass(frozen=True, slots=True)
class AuditResult(OfDocument):
    """The audit of one plan (DESIGN.md: path, sha256, schema_version, objectives, summary)."""

    document: Document
    objectives: tuple[AuditObjective, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    boilerplate: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def steps(self) -> tuple[AuditStep, ...]:
        return tuple(s for o in self.objectives for s in o.steps)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.document.path,
            "sha256": self.document.sha256,
            "schema_version": SCHEMA_VERSION,
            "title": self.document.title,
            "objectives": [o.to_dict() for o in self.objectives],
            "summary": self.summary,
            "boilerplate": self.boilerplate,
            "warnings": list(self.warnings),
        }


def _default_tagger() -> Any:
    # The tagger and scorer are siblings; without them the audit still runs on its word rules.
    try:
        from .tag import get_tagger

        return get_tagger()
    except (ImportError, CollabtextError):
        return None


def _default_scorer() -> Any:
    try:
        from .score import Scorer

        return Scorer()
    except (ImportError, CollabtextError):
        return None


def _doc_lang(doc: Document) -> str:
    en = sum(1 for p in doc.passages if p.lang == "en")
    cy = sum(1 for p in doc.passages if p.lang == "cy")
    return "cy" if cy > en else "en"


def audit_plan(
    doc: Document, *, tagger: Any = None, scorer: Any = None, gazetteer: Any = None
) -> AuditResult:
    """Audit the plan ``doc``: objectives, steps with partners, levels and flags, and a scorecard.

    Args:
        doc: an extracted document (``collabtext.extract.extract_document``).
        tagger: a ``collabtext.tag.Tagger``; the cached default when None.
        scorer: a ``collabtext.score.Scorer``; a default one when None.
        gazetteer: a ``collabtext.orgs.Gazetteer``; the cached default when None.

    Returns:
        AuditResult; ``to_dict()`` gives the JSON shape of DESIGN.md. Statutory boilerplate (the
        Act's goals, ways of working and principle) is recognised and left out of every count.
    """
    tagger = tagger if tagger is not None else _default_tagger()
    scorer = scorer if scorer is not None else _default_scorer()
    boiler = find_boilerplate(doc)
    finder = OrgFinder(doc, gazetteer)
    analyser = StepAnalyser(finder, tagger, scorer, _doc_lang(doc))
    objectives = tuple(
        AuditObjective(o.title, o.page, tuple(analyser.analyse(s, o.title) for s in o.steps))
        for o in find_objectives(doc, boiler)
    )
    listed = find_listed_objectives(doc, boiler)
    warnings: list[str] = []
    if not objectives and listed:
        objectives = tuple(AuditObjective(t, page, ()) for t, page in listed)
        warnings.append(f"{len(listed)} objectives listed but no steps found under them")
    elif not objectives:
        warnings.append("no objectives with steps found: is this a well-being plan?")
    if tagger is None:
        warnings.append("tagger unavailable: levels from audit word rules only")
    summary = scorecard(objectives, psb=finder.psb)
    summary["psb"] = finder.psb
    summary["listed_objectives"] = [t for t, _ in listed]
    return AuditResult(doc, objectives, summary, boiler.to_dict(), tuple(warnings))


def audit_path(path: str, settings: Any = None, **kwargs: Any) -> AuditResult:
    """Extract ``path`` and audit it (the per-file function of ``collabtext audit``)."""
    return audit_plan(read_document(path, settings), **kwargs)


def read_document(path: str, settings: Any = None) -> Document:
    """Extract ``path`` with ``collabtext.extract.extract_document``."""
    from .extract import extract_document

    return extract_document(path, settings)
