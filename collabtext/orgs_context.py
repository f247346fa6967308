"""What a document tells us about its organisations.

``DocContext`` learns the abbreviations a document introduces ("Bro Hafren County Council
(BHCC)"), the variants of names no gazetteer holds ("Bro Hafren Council", "Bro Hafren CVC"),
which body of each kind the document is about (so "the Council" or "the Health Board" resolve),
and the area it covers (so PCC or CCBC can be told apart).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from .orgs_data import Org, norm_key, translate
from .orgs_match import build_trie_pattern, surface_key

if TYPE_CHECKING:
    from .orgs import Gazetteer
    from .records import Document

_PAREN_ABBR_RE = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_FAMILIES = {"cc": "council", "cbc": "council", "council": "council", "city council": "council",
             "cvc": "cvc", "cvs": "cvc", "voluntary council": "cvc", "uhb": "hb", "hb": "hb",
             "thb": "hb", "lhb": "hb", "psb": "psb", "frs": "frs", "ha": "housing",
             "housing": "housing", "homes": "housing"}
_WINDOW = 160


def variant_key(name: str) -> tuple[str, str]:
    """(core, family): "Bro Hafren County Council" and "Bro Hafren Council" -> ("bro hafren",
    "council"); "Bro Hafren CVC" and "... County Voluntary Council" -> ("bro hafren", "cvc")."""
    key = norm_key(name)
    for suffix in sorted(_FAMILIES, key=len, reverse=True):
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1], _FAMILIES[suffix]
    return key, ""


def _initials_fit(abbr: str, name: str) -> bool:
    """"BHCC" fits "Bro Hafren County Council": its letters are the words' initials in order."""
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper())
    letters = [c for c in abbr.upper() if c.isalpha()]
    it = iter(initials.upper())
    return len(letters) >= 2 and all(c in it for c in letters) and initials[:1] == abbr[:1].upper()


class DocContext:
    """Per-document knowledge used by :meth:`Gazetteer.find` and :meth:`Gazetteer.resolve`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.abbreviations: dict[str, Org] = {}
        self.generic: dict[tuple[str, str], Org] = {}
        self.counts: Counter[str] = Counter()
        self.orgs: dict[str, Org] = {}
        self.area_votes: Counter[str] = Counter()
        self.text = ""
        self._learnt_re: re.Pattern[str] | None = None

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, gazetteer: Gazetteer | None = None) -> DocContext:
        """Learn from the whole text of a document."""
        from .orgs import load_gazetteer
        from .orgs_find import candidates, select

        ctx = cls(gazetteer or load_gazetteer())
        ctx.text = translate(text)
        chosen = select(candidates(ctx.gazetteer, ctx.text, None))
        for s, e, kind, payload in chosen:
            if kind in ("gazetteer", "generic"):
                ctx._count(payload)
                if kind == "generic":
                    ctx._keep_fullest(payload)
        ctx._learn_abbreviations(chosen)
        ctx._vote_areas(chosen)
        return ctx

    @classmethod
    def from_document(cls, doc: Document, gazetteer: Gazetteer | None = None) -> DocContext:
        """Learn from a :class:`collabtext.records.Document` (title and every passage)."""
        parts = ([doc.title] if doc.title else []) + [p.text for p in doc.passages]
        return cls.from_text("\n\n".join(parts), gazetteer)

    def _keep_fullest(self, org: Org) -> None:
        """Keep the fullest name per variant: "X County Borough Council" over "X Council",
        whichever the document writes first."""
        key = variant_key(org.canonical)
        seen = self.generic.get(key)
        if seen is None or len(org.canonical.split()) > len(seen.canonical.split()):
            self.generic[key] = org

    def _count(self, org: Org) -> None:
        self.counts[org.canonical] += 1
        self.orgs.setdefault(org.canonical, org)

    def _learn_abbreviations(self, chosen: list[tuple[int, int, str, Any]]) -> None:
        ends = {e: (kind, payload) for s, e, kind, payload in chosen
                if kind in ("gazetteer", "generic")}
        for m in _PAREN_ABBR_RE.finditer(self.text):
            gap_start = m.start()
            while gap_start > 0 and self.text[gap_start - 1] in " \t":
                gap_start -= 1
            hit = ends.get(gap_start)
            if hit is None:
                continue
            kind, org = hit
            abbr = m.group(1)
            if not _initials_fit(abbr, org.canonical):
                continue  # "Hywel Dda UHB (HP)": a person's initials, not the body's
            if abbr in self.gazetteer._abbr and self.gazetteer._abbr[abbr] is org:
                continue
            self.abbreviations.setdefault(abbr, org)
        if self.abbreviations:
            pat = build_trie_pattern(list(self.abbreviations), fold=False)
            self._learnt_re = re.compile(rf"{pat}(?![\w&])")

    def _vote_areas(self, chosen: list[tuple[int, int, str, Any]]) -> None:
        spans = [(s, e) for s, e, kind, _ in chosen]
        for pos, area in self.gazetteer.area_mentions(self.text):
            if area and not any(s <= pos < e for s, e in spans):
                self.area_votes[area] += 1.0
        for s, e, kind, org in chosen:
            if kind == "gazetteer" and org.areas and len(org.areas) <= 6:
                for a in org.areas:
                    self.area_votes[a] += 1.0 / len(org.areas)

    # -- queries ----------------------------------------------------------------------------
    def learnt_matches(self, text: str) -> list[tuple[int, int, str, Org]]:
        if self._learnt_re is None:
            return []
        return [(m.start(), m.end(), "context", self.abbreviations[m.group(0)])
                for m in self._learnt_re.finditer(text)]

    def canonical_generic(self, org: Org) -> Org:
        """The document's fullest name for a generic body ("Bro Hafren Council" -> "... County
        Council"); the body itself if the document names it only one way."""
        return self.generic.get(variant_key(org.canonical), org)

    def top_area(self) -> str | None:
        return self.area_votes.most_common(1)[0][0] if self.area_votes else None

    def _ranked(self, typ: str) -> list[tuple[Org, float]]:
        scored = []
        for name, n in self.counts.items():
            org = self.orgs[name]
            if org.type == typ:
                area = sum(self.area_votes.get(a, 0.0) for a in org.areas) / max(len(org.areas), 1)
                scored.append((org, n + 0.01 * area))
        return sorted(scored, key=lambda x: -x[1])

    def body_of_type(self, typ: str) -> Org | None:
        """The body of kind ``typ`` the document is about: the one it names most, or the one
        serving its area. None when two are named equally often."""
        ranked = self._ranked(typ)
        if ranked:
            if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] * 0.8 and \
                    self.counts[ranked[1][0].canonical] >= 2:
                return None
            return ranked[0][0]
        area = self.top_area()
        if area is None or typ in ("psb", "rpb"):  # "the Board" of a PHW board is not a PSB
            return None
        serving = [o for o in self.gazetteer.of_type(typ) if area in o.areas]
        return min(serving, key=lambda o: len(o.areas)) if serving else None

    def ambiguous_of_type(self, typ: str) -> tuple[str, ...]:
        return tuple(o.canonical for o, _ in self._ranked(typ)[:4])

    def resolve(self, name: str) -> Org | None:
        """Names only the document can resolve: learnt abbreviations, role words, ambiguous
        abbreviations, variants of generic bodies."""
        if name in self.abbreviations:
            return self.abbreviations[name]
        gaz = self.gazetteer
        if name in gaz.ambiguous:
            return disambiguate(gaz, name, self.text, -1, self)[0]
        role = gaz._roles_ci.get(surface_key(name, fold=True)) or \
            gaz._roles_ci.get(surface_key("the " + name, fold=True))
        if role is not None:
            return None if role == "partners" else self.body_of_type(role)
        if gaz._exact(name) is not None:
            return None
        return self.generic.get(variant_key(name))


def disambiguate(gaz: Gazetteer, abbr: str, text: str, start: int,
                 context: DocContext | None) -> tuple[Org | None, tuple[str, ...]]:
    """Choose among the candidates of an ambiguous abbreviation.

    Cue words near the mention count most, then the document: bodies it names, the area it
    covers, cue words anywhere. Returns (org or None, candidate labels if undecided).
    """
    cands = gaz.ambiguous[abbr]
    window = text[max(0, start - _WINDOW): start + _WINDOW] if start >= 0 else ""
    doc_text = context.text if context is not None else ""
    scored = []
    for c in cands:
        score = 3.0 * sum(1 for cue in c["cues"] if cue in window)
        score += 1.0 * any(cue in doc_text for cue in c["cues"])
        org = _candidate_org(gaz, c, context)
        if org is not None and c["type"]:
            score += 1.0
        if context is not None and c["name"]:
            score += 2.0 * (context.counts[c["name"]] > 0)
            score += sum(context.area_votes.get(a, 0.0) for a in org.areas) if org else 0.0
        scored.append((score, c, org))
    scored.sort(key=lambda x: -x[0])
    labels = tuple(c["name"] or c["label"] for _, c, _ in scored)
    best = scored[0]
    if best[0] > 0 and (len(scored) == 1 or best[0] > scored[1][0]):
        if best[2] is not None:
            return best[2], ()
        if best[1]["type"]:
            return None, tuple(o.canonical for o in gaz.of_type(best[1]["type"]))
        return None, (best[1]["label"],)
    return None, labels


def _candidate_org(gaz: Gazetteer, c: dict[str, Any], context: DocContext | None) -> Org | None:
    if c["name"]:
        return gaz.get(c["name"])
    if c["type"] and context is not None:
        return context.body_of_type(c["type"])
    return None
