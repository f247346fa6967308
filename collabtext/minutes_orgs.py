"""Organisations in minutes: the gazetteer first, then what the meeting itself says.

``collabtext.orgs`` (the gazetteer, generic recognition, in-document context) does the real work
when it is installed. On top of it, minutes add one more source of truth: the attendance list. Once
"Afon Teg County Council" is seen there, "Afon Teg Council", "ATCC" and "the Council" in the same
minutes are the same body. Without the gazetteer, names of generic form are kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .minutes_canon import document_fuller

# Words that make a phrase a body's name (DESIGN.md "Organisations": recognised from the form).
ORG_WORDS = (
    "council",
    "cyngor",
    "board",
    "bwrdd",
    "association",
    "college",
    "coleg",
    "homes",
    "trust",
    "service",
    "services",
    "partnership",
    "action",
    "police",
    "government",
    "llywodraeth",
    "university",
    "prifysgol",
    "authority",
    "awdurdod",
    "wales",
    "cymru",
    "nhs",
    "office",
    "commission",
    "commissioner",
    "department",
    "agency",
    "society",
    "federation",
    "foundation",
    "chamber",
    "company",
    "ltd",
    "limited",
    "group",
    "forum",
    "network",
    "consulting",
    "church",
    "school",
    "ysgol",
    "hospital",
    "menter",
    "cartrefi",
    "tai",
    "housing",
    "committee",
    "centre",
    "fire",
    "rescue",
    "probation",
    "water",
    "dŵr",
    "health",
    "iechyd",
    "institute",
    "league",
    "alliance",
    "voluntary",
    "organisations",
    "enterprise",
    "unit",
    "team",
    "club",
    "project",
    "programme",
    "directorate",
    "ambulance",
    "constabulary",
    "inc",
    "plc",
    "llp",
    "cic",
    "cyf",
)
# Standard abbreviations that combine with a place name ("Hywel Dda UHB", "Afon Teg CVC").
EXPANSIONS = {
    "uhb": "University Health Board",
    "hb": "Health Board",
    "cvc": "County Voluntary Council",
    "cbc": "County Borough Council",
    "cc": "County Council",
    "frs": "Fire and Rescue Service",
    "fra": "Fire and Rescue Authority",
    "psb": "Public Services Board",
    "pc": "Parish Council",
    "tc": "Town Council",
}
_SECTOR_WORDS = (
    ("fire", "fire_and_rescue"),
    ("police", "police"),
    ("probation", "justice"),
    ("health", "health"),
    ("nhs", "health"),
    ("hospital", "health"),
    ("ambulance", "health"),
    ("voluntary", "third_sector"),
    ("cvc", "third_sector"),
    ("charity", "third_sector"),
    ("menter", "third_sector"),
    ("government", "government"),
    ("natural resources", "environment"),
    ("university", "education"),
    ("college", "education"),
    ("coleg", "education"),
    ("school", "education"),
    ("housing", "housing"),
    ("homes", "housing"),
    ("cartrefi", "housing"),
    ("tai ", "housing"),
    ("council", "local_government"),
    ("cyngor", "local_government"),
    ("authority", "public_body"),
    ("trust", "third_sector"),
    ("chamber", "business"),
    ("consulting", "business"),
)
_ABBR = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")


@dataclass(frozen=True, slots=True)
class OrgRef:
    """A resolved organisation: canonical name, sector, and the candidates when ambiguous."""

    canonical: str
    sector: str | None = None
    ambiguous: tuple[str, ...] = ()
    org: Any = None  # the collabtext.orgs.Org, when the gazetteer resolved it


def _tokens(s: str) -> list[str]:
    return [
        t
        for t in re.findall(r"[\w'’&-]+", s.lower())
        if t not in ("the", "of", "and", "for", "y", "a")
    ]


def _expand(s: str) -> str:
    return " ".join(EXPANSIONS.get(w.lower(), w) if w.isupper() else w for w in s.split())


def initialism(name: str) -> str:
    """``"Afon Teg County Council"`` -> ``"ATCC"`` (the usual way minutes abbreviate a body)."""
    return "".join(
        w[0].upper()
        for w in re.findall(r"[\w-]+", name)
        if w.lower() not in ("of", "and", "the", "for")
    )


def initialisms(name: str) -> set[str]:
    """Every usual initialism of ``name``: hyphens split ("DPP"), Welsh digraphs ("HDdUHB")."""
    words = [w for w in re.findall(r"[\w]+", name) if w.lower() not in ("of", "and", "the", "for")]
    plain = "".join(w[0] for w in words).upper()
    digraph = "".join(
        w[:2] if w[:2].lower() in ("dd", "ff", "ll", "ch", "th", "ph", "rh", "ng") else w[0]
        for w in words
    ).upper()
    return {initialism(name), plain, digraph}


def guess_sector(name: str) -> str | None:
    low = name.lower()
    for word, sector in _SECTOR_WORDS:
        if word in low:
            return sector
    return None


def looks_like_org(text: str) -> bool:
    """True for names of organisational form ("Teg Leisure Trust") or abbreviations ("NRW")."""
    t = text.strip()
    if not t or len(t) > 120:
        return False
    if _ABBR.match(t) and sum(c.isupper() for c in t) >= 2:
        return True
    lower = [
        w
        for w in t.split()
        if w.islower() and w not in ("of", "and", "the", "for", "y", "a", "in", "on", "&")
    ]
    if len(lower) > 1 or re.search(r"\d[:.]\d", t):
        return False  # narrative, not a name
    words = set(_tokens(_expand(t)))
    if bool(words & set(ORG_WORDS)) and t[:1].isupper():
        return True
    toks = t.split()
    # "Hywel Dda UHB", "Afon Teg CVC": capitalised words ending in an abbreviation
    return (
        2 <= len(toks) <= 6
        and all(w[:1].isupper() for w in toks)
        and toks[-1].isupper()
        and len(toks[-1]) >= 2
    )


class OrgResolver:
    """Resolves names as written in minutes to canonical organisations.

    Args:
        gazetteer: a ``collabtext.orgs`` gazetteer, or None to load the default (when installed).
        context: a ``collabtext.orgs.DocContext`` learned from the document, or None.
    """

    def __init__(self, gazetteer: Any = None, context: Any = None) -> None:
        self.gazetteer = gazetteer
        self.context = context
        self.known: dict[str, OrgRef] = {}  # canonical lower -> ref, learned from this meeting
        self.resolutions: dict[str, Any] = {}  # written -> ShortForm (minutes_canon)

    @classmethod
    def for_document(cls, doc: Any, gazetteer: Any = None) -> OrgResolver:
        try:
            from . import orgs  # noqa: PLC0415 - optional dependency, loaded lazily
        except ImportError:
            return cls(gazetteer, None)
        try:
            gaz = gazetteer if gazetteer is not None else orgs.load_gazetteer()
            ctx = orgs.DocContext.from_document(doc)
        except Exception:  # noqa: BLE001 - a gazetteer problem must not stop the minutes view
            return cls(gazetteer, None)
        return cls(gaz, ctx)

    def learn(self, ref: OrgRef) -> None:
        self.known.setdefault(ref.canonical.lower(), ref)

    def learn_mentions(self, text: str) -> None:
        """Remember bodies named anywhere in the minutes, so that their initials resolve ("EDC")."""
        self.mentioned: dict[str, OrgRef] = getattr(self, "mentioned", {})
        if self.gazetteer is None:
            return
        try:
            mentions = self.gazetteer.find(text, self.context)
        except Exception:  # noqa: BLE001
            return
        for m in mentions:
            if m.canonical and len(m.canonical.split()) >= 2:
                self.mentioned.setdefault(
                    m.canonical.lower(), OrgRef(m.canonical, m.sector, (), m.org)
                )

    def _from_mentions(self, name: str) -> OrgRef | None:
        if not _ABBR.match(name.strip()):
            return None
        hits = [
            r
            for r in getattr(self, "mentioned", {}).values()
            if name.strip().upper() in initialisms(r.canonical)
        ]
        return hits[0] if len({h.canonical for h in hits}) == 1 else None

    def _from_gazetteer(self, name: str) -> OrgRef | None:
        if self.gazetteer is None:
            return None
        try:
            org = self.gazetteer.resolve(name, self.context)
        except Exception:  # noqa: BLE001
            return None
        if org is None:
            return self._ambiguous(name)
        return OrgRef(
            str(org.canonical),
            getattr(org, "sector", None),
            tuple(getattr(org, "ambiguous", ()) or ()),
            org,
        )

    def _ambiguous(self, name: str) -> OrgRef | None:
        """An abbreviation the gazetteer cannot settle ("PCC", "CCBC"), kept with its candidates."""
        try:
            mentions = self.gazetteer.find(name, self.context)
        except Exception:  # noqa: BLE001
            return None
        for m in mentions:
            if m.canonical is None and m.ambiguous and m.text.strip() == name.strip():
                return OrgRef(name.strip(), None, tuple(m.ambiguous))
        return None

    def _from_known(self, name: str) -> OrgRef | None:
        """Match a short or variant form against the bodies already seen in this meeting."""
        low = name.lower().strip()
        if low in self.known:
            return self.known[low]
        if _ABBR.match(name.strip()):
            hits = [
                r for r in self.known.values() if name.strip().upper() in initialisms(r.canonical)
            ]
            if len(hits) == 1:
                return hits[0]
        words = _tokens(_expand(re.sub(r"^the\s+", "", name, flags=re.I)))
        if not words:
            return None
        hits = []
        for ref in self.known.values():
            full = _tokens(ref.canonical)
            if all(w in full for w in words) and (len(words) >= 2 or low.startswith("the ")):
                hits.append(ref)
        return hits[0] if len(hits) == 1 else None

    def resolve(self, name: str) -> OrgRef | None:
        """Return the organisation ``name`` refers to, or None when it names no body."""
        name = re.sub(r"\s+", " ", name).strip(" .,;:–-")
        if not name:
            return None
        ref = self._from_known(name) or self._from_gazetteer(name)
        if ref is None or (ref.canonical == name and _ABBR.match(name)):
            ref = self._from_mentions(name) or ref
        expanded = _expand(name)
        if (
            ref is not None
            and expanded != name
            and getattr(ref.org, "source", "gazetteer") != "gazetteer"
        ):
            # a generic body written with a standard abbreviation: "Afon Teg CVC"
            ref = self._from_known(expanded) or OrgRef(expanded, ref.sector, ref.ambiguous, ref.org)
        if ref is None and self.gazetteer is not None and not name.lower().startswith("the "):
            ref = self._from_gazetteer(_expand(name))
        if ref is None and looks_like_org(name) and not name.lower().startswith("the "):
            expanded = _expand(name)
            ref = self._from_known(expanded) or OrgRef(
                expanded if expanded != name and len(name.split()) > 1 else name,
                guess_sector(expanded),
            )
        if ref is not None and ref.sector is None:
            ref = OrgRef(ref.canonical, guess_sector(ref.canonical), ref.ambiguous, ref.org)
        return document_fuller(self, name, ref)

    def find(self, text: str) -> list[OrgRef]:
        """Return the organisations mentioned in ``text`` (gazetteer mentions plus known bodies)."""
        out: list[OrgRef] = []
        if self.gazetteer is not None:
            try:
                for m in self.gazetteer.find(text):
                    ref = self.resolve(m.canonical or m.text)
                    if ref:
                        out.append(ref)
            except Exception:  # noqa: BLE001
                pass
        for ref in self.known.values():
            if ref.canonical.lower() in text.lower():
                out.append(ref)
        seen: set[str] = set()
        return [r for r in out if not (r.canonical in seen or seen.add(r.canonical))]

    def psb_coverage(self, organisations: list[str]) -> dict[str, Any] | None:
        """Statutory PSB members present and absent, from ``collabtext.orgs`` when installed."""
        if self.gazetteer is None:
            return None
        try:
            from .orgs import psb_coverage
        except ImportError:
            return None
        objs = []
        for name in organisations:
            ref = self.known.get(name.lower())
            org = ref.org if ref is not None and ref.org is not None else self._org_object(name)
            if org is not None:
                objs.append(org)
        try:
            cov = psb_coverage(objs)
        except Exception:  # noqa: BLE001 - coverage is a summary extra, never fatal
            return None
        return cov.to_dict() if hasattr(cov, "to_dict") else cov

    def _org_object(self, name: str) -> Any:
        try:
            return self.gazetteer.resolve(name, self.context)
        except Exception:  # noqa: BLE001
            return None
