"""Statutory boilerplate of the Well-being of Future Generations (Wales) Act 2015.

Plans quote the Act: the seven well-being goals, the five ways of working, the sustainable
development principle and its definitions. That text is the Act's, not the plan's, so a plan must
not score well for quoting it. This module recognises it (loosely: documents vary the wording, e.g.
"A more prosperous Wales") so that the audit and other counts can leave it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Document, Passage

# The seven goals (s.4), in the Act's words, each with a loose pattern for the forms plans use.
GOALS: tuple[tuple[str, str], ...] = (
    ("A prosperous Wales", r"a\s+(?:more\s+)?prosperous\s+wales|cymru\s+lewyrchus"),
    ("A resilient Wales", r"a\s+(?:more\s+)?resilient\s+wales|cymru\s+gydnerth"),
    ("A healthier Wales", r"a\s+healthier\s+wales|cymru\s+iachach"),
    ("A more equal Wales", r"a\s+more\s+equal\s+wales|cymru\s+sy['’]n\s+fwy\s+cyfartal"),
    (
        "A Wales of cohesive communities",
        r"a\s+wales\s+of\s+(?:more\s+)?cohesive\s+communities|cymru\s+o\s+gymunedau\s+cydlynus",
    ),
    (
        "A Wales of vibrant culture and thriving Welsh language",
        r"a\s+wales\s+of\s+vibrant\s+culture(?:\s+and\s+thriving\s+welsh\s+language)?"
        r"|cymru\s+(?:â|a)\s+diwylliant\s+bywiog(?:\s+lle\s+mae['’]r\s+gymraeg\s+yn\s+ffynnu)?",
    ),
    (
        "A globally responsible Wales",
        r"a\s+globally\s+responsible\s+wales|cymru\s+sy['’]n\s+gyfrifol\s+ar\s+lefel\s+fyd[-\s]?eang",
    ),
)

# The five ways of working (s.5(2)), as the Commissioner names them.
WAYS_OF_WORKING: tuple[tuple[str, str], ...] = (
    ("long_term", r"long[-\s]?term|hirdymor|hir\s+dymor"),
    ("prevention", r"prevention|preventative|atal"),
    ("integration", r"integration|integreiddio"),
    ("collaboration", r"collaboration|cydweithio|cydweithredu"),
    ("involvement", r"involvement|cynnwys|cyfranogiad"),
)

SUSTAINABLE_DEVELOPMENT_PRINCIPLE = (
    "the needs of the present are met without compromising the ability of future generations to "
    "meet their own needs"
)

_GOAL_RES = tuple(re.compile(rf"\b(?:{pat})\b", re.I) for _, pat in GOALS)
_WAY_LABEL_RE = re.compile(
    rf"^\s*(?:[•●▪\-–*]\s*)?(?:{'|'.join(p for _, p in WAYS_OF_WORKING)})\s*[:\-–—]\s", re.I
)
_GOAL_LABEL_RE = re.compile(
    rf"^\s*(?:[•●▪\-–*]\s*)?(?:{'|'.join(p for _, p in GOALS)})\s*(?:[:\-–—.]|$)", re.I
)
# The principle in the Act's words and in the paraphrases plans use.
_PRINCIPLE_RE = re.compile(
    r"sustainable\s+development\s+principle|egwyddor\s+datblygu\s+cynaliadwy"
    r"|without\s+compromising\s+the\s+ability\s+of\s+future\s+generations"
    r"|needs\s+of\s+(?:the\s+present|people\s+(?:today|now)).{0,100}future\s+generations",
    re.I | re.S,
)
_ACT_DEFINITION_RE = re.compile(
    r"^\s*the\s+(?:well[-\s]?being\s+of\s+future\s+generations\s+)?(?:\(wales\)\s+)?act\b.{0,60}"
    r"\b(?:sets|requires|places|puts|asks|establishe|defines|came\s+into\s+force|makes)",
    re.I | re.S,
)
# Headings of statutory sections: everything beneath them is the Act's text.
_HEADING_RE = re.compile(
    r"^\s*(?:the\s+)?(?:"
    r"well[-\s]?being\s+of\s+future\s+generations(?:\s+\(wales\))?\s+act(?:\s+\(wales\))?(?:\s+2015)?"
    r"|(?:seven|7)\s+(?:national\s+)?well[-\s]?being\s+goals|(?:national\s+)?well[-\s]?being\s+goals"
    r"|(?:five|5)\s+ways\s+of\s+working|ways\s+of\s+working|sustainable\s+development\s+principle"
    r"|deddf\s+llesiant\s+cenedlaethau['’]r\s+dyfodol.*|(?:y\s+)?saith\s+nod\s+llesiant"
    r"|(?:y\s+)?pum\s+ffordd\s+o\s+weithio"
    r")\s*[:.]?\s*$",
    re.I,
)


def goals_in(text: str) -> tuple[str, ...]:
    """Return the well-being goals (the Act's names) that ``text`` mentions, in the Act's order."""
    return tuple(name for (name, _), rx in zip(GOALS, _GOAL_RES, strict=True) if rx.search(text))


def is_boilerplate_heading(text: str) -> bool:
    """True for the heading of a statutory section (the Act, the goals, the ways of working)."""
    return bool(_HEADING_RE.match(text.strip()))


def boilerplate_reason(text: str) -> str | None:
    """Why ``text`` (one passage) is statutory boilerplate, or ``None`` if it is the plan's own.

    Reasons: ``goal`` (a goal quoted or defined), ``goals_list`` (three or more goals),
    ``way_of_working`` (a way of working defined), ``principle`` (the sustainable development
    principle), ``act`` (a definition of what the Act does).
    """
    if _GOAL_LABEL_RE.match(text):
        return "goal"
    if len(goals_in(text)) >= 3:
        return "goals_list"
    if _WAY_LABEL_RE.match(text):
        return "way_of_working"
    if _PRINCIPLE_RE.search(text):
        return "principle"
    if _ACT_DEFINITION_RE.match(text):
        return "act"
    return None


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """The statutory passages of a document: ids with their reasons, and the section headings."""

    passages: dict[str, str]
    headings: tuple[str, ...]

    def __contains__(self, passage_id: object) -> bool:
        return passage_id in self.passages

    def to_dict(self) -> dict[str, object]:
        reasons: dict[str, int] = {}
        for r in self.passages.values():
            reasons[r] = reasons.get(r, 0) + 1
        return {"passages": len(self.passages), "headings": list(self.headings), "reasons": reasons}


def find_boilerplate(doc: Document) -> Boilerplate:
    """Mark the statutory passages of ``doc``: whole sections under statutory headings, plus
    passages elsewhere that quote the goals, the ways of working or the principle."""
    found: dict[str, str] = {}
    headings: list[str] = []
    section_level: int | None = None
    in_section = False
    for p in doc.passages:
        if p.kind == "heading":
            level = p.level or 1
            if is_boilerplate_heading(p.text):
                if not in_section or section_level is None or level <= section_level:
                    section_level = level
                in_section = True
                headings.append(p.text.strip())
                found[p.id] = "heading"
                continue
            if in_section and (section_level is None or level <= section_level):
                in_section = False
        if in_section:
            found[p.id] = "section"
            continue
        reason = boilerplate_reason(p.text)
        if reason:
            found[p.id] = reason
    return Boilerplate(found, tuple(headings))


def strip_boilerplate(doc: Document) -> Document:
    """Return ``doc`` without its statutory passages (for counts of the plan's own words)."""
    from dataclasses import replace

    bp = find_boilerplate(doc)
    kept: tuple[Passage, ...] = tuple(p for p in doc.passages if p.id not in bp)
    return replace(doc, passages=kept)
