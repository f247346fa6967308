"""Organisations: the gazetteer (``lexicons/organisations.yaml`` plus user files), fast mention
finding, resolution of names as written in attendance tables, and PSB membership checks.

Bodies no gazetteer holds are recognised from the form of their names (``orgs_generic``); "the
Council", abbreviations introduced in a document and ambiguous abbreviations are resolved within
the document (``orgs_context.DocContext``).

Example:
    >>> gaz = load_gazetteer()
    >>> gaz.resolve("Hywel Dda UHB").canonical
    'Hywel Dda University Health Board'
"""

from __future__ import annotations

import difflib
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import LexiconError
from .orgs_data import (TEXT_TRANS, Org, OrgMention, is_case_sensitive, norm_key, surface_variants,
                        translate, welsh_mutations)
from .orgs_generic import generic_org
from .orgs_load import RawGazetteer, read_file
from .orgs_match import build_trie_pattern, surface_key
from .resources import find as find_resource

if TYPE_CHECKING:
    from .orgs_context import DocContext

__all__ = ["Gazetteer", "Org", "OrgMention", "load_gazetteer", "statutory_psb_members",
           "psb_coverage", "STATUTORY_ROLES", "DocContext"]

# Well-being of Future Generations (Wales) Act 2015 s.29: role -> gazetteer types that fill it.
STATUTORY_ROLES: dict[str, tuple[str, ...]] = {
    "local authority": ("local_authority",),
    "local health board": ("health_board",),
    "fire and rescue authority": ("fire_and_rescue",),
    "Natural Resources Wales": ("nrw",),
}
INVITED_ROLES: dict[str, tuple[str, ...]] = {
    "Welsh Ministers": ("welsh_ministers",), "chief constable": ("police",),
    "police and crime commissioner": ("pcc",), "probation provider": ("probation",),
    "voluntary organisations": ("cvc",),
}


class Gazetteer:
    """Compiled gazetteer. Build with :func:`load_gazetteer` (cached) rather than directly."""

    def __init__(self, raw: RawGazetteer) -> None:
        self.orgs: tuple[Org, ...] = tuple(raw.orgs)
        self.by_name: dict[str, Org] = {}
        for o in self.orgs:  # a later file's entry replaces an earlier one of the same name
            self.by_name[o.canonical] = o
        self.orgs = tuple(self.by_name.values())
        self.ambiguous = raw.ambiguous
        self.roles = raw.roles
        self.areas = raw.areas
        self.files = tuple(raw.files)
        self.version = "+".join(v for v in raw.versions if v)
        self._check_ambiguous()
        self._abbr: dict[str, Org] = {}
        self._keys: dict[str, Org] = {}
        self._cs_forms: dict[str, Org] = {}
        self._ci_forms: dict[str, Org] = {}
        for o in reversed(self.orgs):  # user files come last and win any clash of spellings
            self._index(o)
        self._compile()

    # -- building ---------------------------------------------------------------------------
    def _check_ambiguous(self) -> None:
        for abbr, cands in self.ambiguous.items():
            for c in cands:
                if c["name"] and c["name"] not in self.by_name:
                    raise LexiconError(f"ambiguous {abbr}: candidate {c['name']!r} is not an "
                                       "organisation in the gazetteer", path=self.files[-1])

    def _index(self, o: Org) -> None:
        for a in o.abbreviations:
            self._abbr.setdefault(a, o)
            self._cs_forms.setdefault(a, o)
        welsh = [m for w in o.welsh if " " in w for m in welsh_mutations(w)]
        for form in (o.canonical, *o.aliases, *o.welsh, *welsh):
            for v in surface_variants(form):
                self._keys.setdefault(norm_key(v), o)
                if is_case_sensitive(v):
                    self._cs_forms.setdefault(surface_key(v, fold=False), o)
                    if " " in v:  # "GWENT PSB" in a page header
                        self._cs_forms.setdefault(surface_key(v.upper(), fold=False), o)
                    continue
                self._ci_forms.setdefault(surface_key(v, fold=True), o)

    def _compile(self) -> None:
        self._roles_ci = {surface_key(p, fold=True): r for p, r in self.roles.items()}
        ci_pat = build_trie_pattern(list(self._ci_forms), fold=True) or "(?!)"
        cs_pat = build_trie_pattern(list(self._cs_forms) + list(self.ambiguous), fold=False)
        cs_pat = cs_pat or "(?!)"
        role_pat = build_trie_pattern(list(self._roles_ci), fold=True) or "(?!)"
        # Separate passes (folded names, exact abbreviations, role words) so that the longer of
        # two overlapping matches ("Hywel Dda" / "Hywel Dda UHB"; "The Police and Crime
        # Commissioner" / "Police and Crime Commissioner for Gwent") reaches overlap resolution.
        self._role_regex = re.compile(rf"{role_pat}(?![\w&])")
        self._ci_regex = re.compile(rf"{ci_pat}(?![\w&])")
        self._cs_regex = re.compile(rf"{cs_pat}(?![\w&])")
        area_forms = {f: k for k, fs in self.areas.items() for f in fs}
        self._area_of = {surface_key(f, fold=False): k for f, k in area_forms.items()}
        pat = build_trie_pattern(list(area_forms), fold=False) or "(?!)"
        self._area_regex = re.compile(rf"{pat}(?![\w&])")

    @property
    def hash(self) -> str:
        h = hashlib.sha256()
        for f in self.files:
            h.update(Path(f).read_bytes())
        return h.hexdigest()[:12]

    # -- lookup -----------------------------------------------------------------------------
    def get(self, canonical: str) -> Org | None:
        return self.by_name.get(canonical)

    def of_type(self, typ: str) -> list[Org]:
        return [o for o in self.orgs if o.type == typ]

    def find(self, text: str, context: DocContext | None = None) -> list[OrgMention]:
        """Mentions of organisations in ``text``, in order, without overlaps (longest wins).

        Gazetteer names, aliases, Welsh names and abbreviations; role words ("the Council",
        "all partners"); bodies recognised by the form of their name; and, with a ``context``,
        abbreviations and variants learnt from the document, role words resolved to the
        document's bodies and ambiguous abbreviations disambiguated.
        """
        from .orgs_find import find_mentions

        return find_mentions(self, text, context)

    def raw_matches(self, text: str) -> list[tuple[int, int, str, Any]]:
        """(start, end, kind, payload) for gazetteer/role/ambiguous matches; internal."""
        t = translate(text)
        out: list[tuple[int, int, str, Any]] = []
        low = t.lower()
        if len(low) != len(t):  # a few characters change length when lower-cased
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in t)
        for m in self._ci_regex.finditer(low):
            org = self._ci_forms.get(surface_key(m.group(0), fold=True))
            if org is not None:
                out.append((m.start(), m.end(), "gazetteer", org))
        for m in self._role_regex.finditer(low):
            role = self._roles_ci.get(surface_key(m.group(0), fold=True))
            if role is not None:
                out.append((m.start(), m.end(), "role", role))
        for m in self._cs_regex.finditer(t):
            key = surface_key(m.group(0), fold=False)
            if key in self.ambiguous:
                out.append((m.start(), m.end(), "ambiguous", key))
            elif key in self._cs_forms:
                out.append((m.start(), m.end(), "gazetteer", self._cs_forms[key]))
        return out

    def area_mentions(self, text: str) -> list[tuple[int, str]]:
        """(offset, area key) for each place name of ``areas:`` found in ``text``."""
        t = translate(text)
        return [(m.start(), self._area_of.get(surface_key(m.group(0), fold=False), ""))
                for m in self._area_regex.finditer(t)]

    def resolve(self, name: str, context: DocContext | None = None) -> Org | None:
        """The body that ``name`` (as written in an attendance table or owner column) denotes.

        Tries, in order: abbreviation, normalised key ("UHB" = "University Health Board", "&" =
        "and", "CBC", "CC", punctuation), the document context (learnt abbreviations, "the
        Council"), a parenthesised abbreviation, close spellings, then the form of the name
        (a generic body). Returns None for names that are not bodies.
        """
        name = name.translate(TEXT_TRANS).strip(" \t\r\n,;:.")
        if not name:
            return None
        if context is not None:
            org = context.resolve(name)
            if org is not None:
                return org
        return self._resolve_cached(name)

    @lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process; bounded
    def _resolve_cached(self, name: str) -> Org | None:
        org = self._exact(name)
        if org is not None:
            return org
        m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*(.*)$", name)
        if m:  # "South Wales Fire and Rescue Service (SWF&RS)", "Gwent Police (Chair)"
            for part in (m.group(1) + " " + m.group(3), m.group(2)):
                org = self._exact(part.strip())
                if org is not None:
                    return org
            name = (m.group(1) + " " + m.group(3)).strip() or name
        return self._fuzzy(name) or self._within(name) or generic_org(name, strict=False)

    def _within(self, name: str) -> Org | None:
        """The one gazetteer body named inside a longer string ("Glyndwr University regarding
        their offer")."""
        found = {c for s, e, k, c in self.raw_matches(name) if k == "gazetteer"}
        return next(iter(found)) if len(found) == 1 else None

    def _exact(self, name: str) -> Org | None:
        if not name:
            return None
        if name in self._abbr:
            return self._abbr[name]
        if name in self.ambiguous:
            return None
        key = norm_key(name)
        org = self._keys.get(key)
        if org is None and key.endswith(" council"):  # "Conwy Council" written for the CBC
            org = self._keys.get(key[: -len(" council")] + " cbc") or \
                self._keys.get(key[: -len(" council")] + " cc")
        return org

    def _fuzzy(self, name: str) -> Org | None:
        key = norm_key(name)
        if len(key) < 6:
            return None
        words = set(key.split())
        # A prefix of exactly one body's key: "Mid and West Wales Fire" -> "... frs".
        hits = {o.canonical: o for k, o in self._keys.items()
                if k.startswith(key + " ") and len(words) >= 2}
        if len(hits) == 1:
            return next(iter(hits.values()))
        close = difflib.get_close_matches(key, list(self._keys), n=2, cutoff=0.9)
        if close and (len(close) == 1 or self._keys[close[0]] is self._keys[close[1]]):
            return self._keys[close[0]]
        return None


def _default_paths() -> tuple[Path, ...]:
    return (find_resource("lexicons") / "organisations.yaml",)


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The gazetteer (cached per process and ``extra``): the shipped file plus user files.

    A user file has the same shape as ``lexicons/organisations.yaml``; its entries add to the
    shipped ones (an entry with an existing canonical name replaces it).

    Raises:
        LexiconError: a file is invalid (message names file and line).
    """
    raw = RawGazetteer()
    for p in (*_default_paths(), *(Path(x) for x in extra)):
        if not p.is_file():
            raise LexiconError("gazetteer file not found", path=str(p))
        read_file(p, raw)
    return Gazetteer(raw)


def statutory_psb_members(context: DocContext | None = None) -> list[str]:
    """The statutory PSB members (s.29): the four role names ("local authority", "local health
    board", "fire and rescue authority", "Natural Resources Wales"); with a document context,
    the canonical name of the document's body for each role where it is known."""
    out = []
    for role, types in STATUTORY_ROLES.items():
        org = context.body_of_type(types[0]) if context is not None else None
        out.append(org.canonical if org is not None else role)
    return out


def psb_coverage(orgs: list[Org]) -> dict[str, Any]:
    """Which statutory PSB roles (and must-invite roles) the given bodies fill.

    Returns:
        ``{"statutory": {role: [canonical, ...]}, "present": [roles], "absent": [roles],
        "invited": {role: [canonical, ...]}, "complete": bool}``
    """
    def fill(roles: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
        return {r: sorted({o.canonical for o in orgs if o.type in ts}) for r, ts in roles.items()}

    statutory = fill(STATUTORY_ROLES)
    present = [r for r, v in statutory.items() if v]
    absent = [r for r, v in statutory.items() if not v]
    return {"statutory": statutory, "present": present, "absent": absent,
            "invited": fill(INVITED_ROLES), "complete": not absent}


def __getattr__(name: str) -> Any:
    if name == "DocContext":  # lazy: orgs_context imports this module
        from .orgs_context import DocContext

        return DocContext
    raise AttributeError(name)

