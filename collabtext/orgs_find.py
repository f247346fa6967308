"""Mention finding: merge gazetteer, role, generic and context matches; longest wins."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from .orgs_data import Org, OrgMention, translate
from .orgs_generic import DEPARTMENT_HEADS, find_generic

if TYPE_CHECKING:
    from .orgs import Gazetteer
    from .orgs_context import DocContext

# Among equal spans: gazetteer beats context beats role beats generic.
_PRIORITY = {"gazetteer": 0, "ambiguous": 0, "context": 1, "role": 2, "generic": 3}
Cand = tuple[int, int, str, Any]


def candidates(gaz: Gazetteer, text: str, context: DocContext | None) -> list[Cand]:
    """Every candidate span before overlaps are resolved."""
    t = translate(text)
    cands: list[Cand] = gaz.raw_matches(t)
    cands.extend((s, e, "generic", org) for s, e, org in find_generic(t))
    if context is not None:
        cands.extend(context.learnt_matches(t))
    return cands


def select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping spans, longest first; a body's department stays that body."""
    gaz_spans = sorted((s, e) for s, e, k, _ in cands if k == "gazetteer")
    taken = bytearray(max((c[1] for c in cands), default=0) + 1)  # 1 = character already used
    kept: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c[0] - c[1], _PRIORITY[c[2]], c[0])):
        s, e, kind, payload = c
        if taken.find(1, s, e) != -1:
            continue
        if kind == "generic" and _department_of_gazetteer(s, e, payload, gaz_spans):
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append(c)
    return sorted(kept, key=lambda c: c[0])


def _department_of_gazetteer(s: int, e: int, org: Org, gaz_spans: list[tuple[int, int]]) -> bool:
    """"Conwy County Borough Council Youth Service" is Conwy CBC, not a new body; and a run
    that ends in a gazetteer name ("Chair Hywel Dda UHB") is that name."""
    last = org.canonical.split()[-1]
    i = bisect.bisect_left(gaz_spans, (s, -1))
    while i < len(gaz_spans) and gaz_spans[i][0] < e:
        gs, ge = gaz_spans[i]
        if (gs == s and ge < e and last in DEPARTMENT_HEADS) or (ge == e and gs > s):
            return True
        i += 1
    return False


def find_mentions(gaz: Gazetteer, text: str, context: DocContext | None) -> list[OrgMention]:
    """See :meth:`collabtext.orgs.Gazetteer.find`."""
    out = []
    for s, e, kind, payload in select(candidates(gaz, text, context)):
        out.append(_mention(gaz, text, s, e, kind, payload, context))
    return out


def _mention(gaz: Gazetteer, text: str, s: int, e: int, kind: str, payload: Any,
             context: DocContext | None) -> OrgMention:
    surface = text[s:e]
    abbr = surface.isupper() or (" " not in surface and sum(c.isupper() for c in surface) >= 2)
    if kind == "gazetteer" or kind == "context":
        org: Org = payload
        return OrgMention(surface, s, e, org.canonical, org.sector, kind, abbreviation=abbr, org=org)
    if kind == "generic":
        org = context.canonical_generic(payload) if context is not None else payload
        return OrgMention(surface, s, e, org.canonical, org.sector,
                          "context" if org is not payload else "generic", org=org)
    if kind == "role":
        org = context.body_of_type(payload) if context is not None and payload != "partners" \
            else None
        amb = context.ambiguous_of_type(payload) if context is not None and org is None else ()
        return OrgMention(surface, s, e, org.canonical if org else None,
                          org.sector if org else None, "role", ambiguous=amb, role=payload, org=org)
    # an ambiguous abbreviation
    from .orgs_context import disambiguate

    org, cands = disambiguate(gaz, payload, text, s, context)
    return OrgMention(surface, s, e, org.canonical if org else None, org.sector if org else None,
                      "gazetteer" if org is not None else "gazetteer",
                      ambiguous=() if org is not None else cands, abbreviation=True, org=org)
