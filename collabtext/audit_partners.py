"""Who takes part in a step: partners (canonical organisations) and the lead body.

Organisations come from ``collabtext.orgs`` (gazetteer + in-document resolution of "the Council",
abbreviations and generic bodies). On top of that this module applies the plan-audit reading:

- a body named only as the source of guidance or policy ("in line with Welsh Government
  guidance"), or as the recipient of a report ("report to the Board"), is not a partner;
- the PSB ("the Board", "the PSB", "all partners") is a partner only where it acts ("the Board
  will ask ..."), not where it is merely mentioned ("the Board's evidence base");
- the lead is the body "Led by X", "Lead: X", in a lead column, or the single body that is the
  subject of "X will ..."; several bodies as the subject ("A, B and C will") name no lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Document

_PSB_SURFACE = re.compile(
    r"\b(?:(?:the|this|our)\s+(?:Public\s+Services\s+Board|PSB|Board|Partnership\s+Board)|all\s+(?:PSB\s+)?partners"
    r"|all\s+(?:Board|PSB)\s+members|all\s+members\s+of\s+the\s+(?:Board|PSB)|the\s+PSB\s+partners)\b",
    re.I,
)
_MODAL = re.compile(
    r"\b(?:will|shall|are\s+going\s+to|is\s+going\s+to|plans?\s+to|intends?\s+to|commits?\s+to|have\s+agreed\s+to|has\s+agreed\s+to|are\s+committed\s+to|is\s+committed\s+to)\b",
    re.I,
)
_LED_BY = re.compile(
    r"\b(?:led\s+by|lead(?:\s+(?:partners?|bod(?:y|ies)|organisations?))?\s*[:\-–]|coordinated\s+by)\s*",
    re.I,
)
_SOURCE_BEFORE = re.compile(
    r"(?:in\s+line\s+with|in\s+accordance\s+with|as\s+(?:set\s+out|required|recommended|advised)\s+by|guided\s+by|"
    r"according\s+to|(?:report|reporting|reported|submit(?:ted)?|send|sent)\s+(?:back\s+)?to|accountable\s+to|"
    r"on\s+behalf\s+of|approved\s+by|funded\s+by|(?:guidance|advice|direction)\s+(?:from|of))\s+(?:the\s+)?$",
    re.I,
)
_SOURCE_AFTER = re.compile(
    r"^['’]?s?\s*(?:guidance|policy|policies|legislation|regulations?|requirements?|targets?|standards?|strategy|"
    r"framework|advice|priorities|funding\s+(?:rules|conditions))\b",
    re.I,
)
_OWNER_POSSESSIVE = re.compile(
    r"^['’]s\s+(?!(?:\w+\s+)?(?:service|team|department|staff|officers)\b)", re.I
)


@dataclass(frozen=True, slots=True)
class OrgHit:
    """One organisation named in a step: surface text, span, canonical name and sector."""

    text: str
    start: int
    end: int
    canonical: str
    sector: str | None = None


class OrgFinder:
    """Adapter over ``collabtext.orgs``: mentions with canonical names, and the document's PSB."""

    def __init__(self, doc: Document, gazetteer: object | None = None) -> None:
        from . import orgs

        self.gaz = gazetteer if gazetteer is not None else orgs.load_gazetteer()
        self.ctx = orgs.DocContext.from_document(doc, self.gaz)
        self.psb: str | None = self._find_psb(doc)

    def _find_psb(self, doc: Document) -> str | None:
        for surface in ("the PSB", "the Board", "the Public Services Board"):
            org = self._resolve(surface)
            if org is not None and re.search(r"public\s+services?\s+board|\bpsb\b", org[0], re.I):
                return org[0]
        counts: dict[str, int] = {}
        for p in doc.passages[:400]:
            for h in self._gaz_find(p.text):
                if h.canonical.lower().endswith(("public services board", "psb")):
                    counts[h.canonical] = counts.get(h.canonical, 0) + 1
        if counts:
            return max(counts, key=counts.__getitem__)
        # A plan that never names its board in full still has one: "the Board will ..." acts.
        return (
            "Public Services Board"
            if re.search(r"\b(?:PSB|Public\s+Services\s+Board)\b", doc.text)
            else None
        )

    def _resolve(self, name: str) -> tuple[str, str | None] | None:
        org = self.gaz.resolve(name, self.ctx)
        return (org.canonical, getattr(org, "sector", None)) if org is not None else None

    def _gaz_find(self, text: str) -> list[OrgHit]:
        try:
            found = self.gaz.find(text, self.ctx)
        except TypeError:
            found = self.gaz.find(text)
        hits = []
        for m in found:
            can, sector = getattr(m, "canonical", None), getattr(m, "sector", None)
            if can is None:
                r = self._resolve(m.text)
                can, sector = r if r else (None, None)
            if can:
                hits.append(OrgHit(m.text, m.start, m.end, can, sector))
        return hits

    def find(self, text: str) -> list[OrgHit]:
        """Organisations named in ``text`` (PSB mentions included), in order of appearance."""
        hits = self._gaz_find(text)
        if self.psb:
            for m in _PSB_SURFACE.finditer(text):
                if not any(m.start() < h.end and h.start < m.end() for h in hits):
                    hits.append(OrgHit(m.group(0), m.start(), m.end(), self.psb, "partnership"))
        return sorted(hits, key=lambda h: h.start)


def _is_source_only(text: str, hit: OrgHit) -> bool:
    before = text[max(0, hit.start - 60) : hit.start]
    after = text[hit.end : hit.end + 40]
    return bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after))


def _subject_span(sentence: str) -> tuple[int, int] | None:
    """Char span of the subject of the sentence's first modal ("A and B will ..."), or None."""
    m = _MODAL.search(sentence)
    if not m:
        return None
    start = 0
    lead = re.match(
        r"^\s*(?:(?:in|from|by|during|over|within|until)\s+[^,]{1,30},\s*|led\s+by\s+[^,]+,\s*)",
        sentence,
        re.I,
    )
    if lead:
        start = lead.end()
    return (start, m.start())


def _sentences(text: str) -> list[tuple[int, str]]:
    out = [
        (m.start(), m.group(0))
        for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text)
        if m.group(0).strip()
    ]
    return out or [(0, text)]


@dataclass(frozen=True, slots=True)
class Participants:
    partners: tuple[str, ...]
    lead: tuple[str, ...]
    subject: tuple[str, ...]  # bodies that are the grammatical actors of the step's sentences
    sectors: dict[str, str | None]
    psb_acting: bool


def participants(
    text: str, finder: OrgFinder, lead_cell: str | None = None, partners_cell: str | None = None
) -> Participants:
    """Read the partners and lead of one step from its text (and table cells where present)."""
    hits = [h for h in finder.find(text) if not _is_source_only(text, h)]
    subject: list[str] = []
    for off, sent in _sentences(text):
        span = _subject_span(sent)
        if span is None:
            continue
        for h in hits:
            if off + span[0] <= h.start < off + span[1] and h.canonical not in subject:
                subject.append(h.canonical)
    acting_psb = finder.psb is not None and finder.psb in subject
    kept = [h for h in hits if h.canonical != finder.psb or acting_psb]
    # A possessive mention with no unit after it ("the Board's evidence base") is not taking part.
    kept = [
        h
        for h in kept
        if h.canonical in subject or not _OWNER_POSSESSIVE.match(text[h.end : h.end + 30])
    ]
    lead = _lead(text, finder, lead_cell, subject)
    names: list[str] = list(lead)
    sectors: dict[str, str | None] = {}
    for h in kept + _cell_hits(finder, lead_cell) + _cell_hits(finder, partners_cell):
        if h.canonical not in names:
            names.append(h.canonical)
        sectors.setdefault(h.canonical, h.sector)
    ordered = tuple(sorted(names, key=lambda n: _first_pos(n, kept, len(text))))
    return Participants(ordered, lead, tuple(subject), sectors, acting_psb)


def _first_pos(name: str, hits: list[OrgHit], default: int) -> int:
    return min((h.start for h in hits if h.canonical == name), default=default)


def _cell_hits(finder: OrgFinder, cell: str | None) -> list[OrgHit]:
    return finder.find(cell) if cell else []


_LEAD_MARK = re.compile(r"^\s*\((?:the\s+)?lead(?:\s+(?:partner|body|organisation))?\)", re.I)


def _lead(
    text: str, finder: OrgFinder, lead_cell: str | None, subject: list[str]
) -> tuple[str, ...]:
    if lead_cell:
        return tuple(dict.fromkeys(h.canonical for h in finder.find(lead_cell)))
    marked = tuple(
        dict.fromkeys(
            h.canonical for h in finder.find(text) if _LEAD_MARK.match(text[h.end : h.end + 30])
        )
    )
    if marked:
        return marked
    m = _LED_BY.search(text)
    if m:
        rest = text[m.end() : m.end() + 160]
        if m.group(0).rstrip().endswith((":", "-", "–")):
            # "Lead partners: A, B; Timescale: 2025" lists the leads up to the next field.
            rest = re.split(
                r"[;.\n]|\s+(?:timescales?|partners?|when|by\s+when)\s*:",
                rest,
                maxsplit=1,
                flags=re.I,
            )[0]
        else:
            rest = re.split(r"[,;.]|\s+(?:will|with|and\s+partners|partners)\b", rest, maxsplit=1)[
                0
            ]
        named = tuple(dict.fromkeys(h.canonical for h in finder.find(rest)))
        if named:
            return named
    first = _subject_span(text)
    if first is None:
        return ()
    in_first = [h.canonical for h in finder.find(text[first[0] : first[1]])]
    distinct = tuple(dict.fromkeys(in_first))
    if (
        len(distinct) == 1
        and distinct[0] != finder.psb
        and not re.search(
            r"\b(?:and|with)\s+(?:partners|others)\b|\bpartners\b", text[first[0] : first[1]], re.I
        )
    ):
        return distinct
    return ()
