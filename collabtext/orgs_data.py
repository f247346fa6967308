"""Organisation records and the name normalisation shared by the gazetteer, generic recognition and
in-document resolution (see ``collabtext.orgs``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

SECTORS = (
    "local_government", "health", "fire_and_rescue", "police", "justice", "environment",
    "third_sector", "housing", "education", "welsh_government", "national_body", "other",
)
PSB_ROLES = ("statutory", "invited", "other")
MENTION_KINDS = ("gazetteer", "generic", "role", "context")


@dataclass(frozen=True, slots=True)
class Org:
    """A body: from the gazetteer, recognised generically by the form of its name, or learnt
    from the document (``source``)."""

    canonical: str
    sector: str
    abbreviations: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    welsh: tuple[str, ...] = ()
    psb_role: str | None = None
    type: str | None = None
    areas: tuple[str, ...] = ()
    source: str = "gazetteer"

    @property
    def statutory_psb(self) -> bool:
        return self.psb_role == "statutory"

    def to_dict(self) -> dict[str, Any]:
        return {"canonical": self.canonical, "sector": self.sector, "type": self.type,
                "psb_role": self.psb_role, "abbreviations": list(self.abbreviations),
                "source": self.source}


@dataclass(frozen=True, slots=True)
class OrgMention:
    """A mention of an organisation in a text (character offsets into the text given).

    ``kind``: ``gazetteer`` (a name, alias or abbreviation in the gazetteer), ``generic`` (a name
    recognised from its form), ``role`` ("the Council", "all partners") or ``context`` (an
    abbreviation or variant learnt from the document). ``canonical`` is None when a role or an
    ambiguous abbreviation could not be resolved; ``ambiguous`` then lists the candidates.
    ``role`` names the role a role word refers to (``local_authority``, ``psb``, ``partners``...).
    """

    text: str
    start: int
    end: int
    canonical: str | None
    sector: str | None
    kind: str
    ambiguous: tuple[str, ...] = ()
    abbreviation: bool = False
    role: str | None = None
    org: Org | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "canonical": self.canonical, "sector": self.sector, "kind": self.kind,
                "ambiguous": list(self.ambiguous), "abbreviation": self.abbreviation,
                "role": self.role}


# Same-length replacements so that offsets into the translated text are offsets into the original.
TEXT_TRANS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u2010": "-",
                            "\u2011": "-", "\u202f": " "})

def translate(text: str) -> str:
    """Apply :data:`TEXT_TRANS` (same length); ``str.replace`` per present character is far faster
    than ``str.translate`` with a mapping on long texts."""
    for code, rep in TEXT_TRANS.items():
        ch = chr(code)
        if ch in text:
            text = text.replace(ch, rep)
    return text


# Long forms -> the short forms people write in attendance tables; applied to a lower-cased,
# punctuation-free string so that both spellings reach the same key.
_CONTRACTIONS = [
    ("university health board", "uhb"), ("teaching health board", "thb"),
    ("local health board", "lhb"), ("health board", "hb"),
    ("county borough council", "cbc"), ("county council", "cc"),
    ("fire and rescue service", "frs"), ("fire and rescue authority", "frs"),
    ("fire and rescue", "frs"), ("fire service", "frs"),
    ("public services board", "psb"), ("public service board", "psb"),
    ("regional partnership board", "rpb"), ("county voluntary council", "cvc"),
    ("council for voluntary services", "cvs"), ("council for voluntary service", "cvs"),
    ("office of the police and crime commissioner", "pcc"), ("police and crime commissioner", "pcc"),
    ("office of the pcc", "pcc"), ("opcc", "pcc"),
    ("national health service", "nhs"), ("housing association", "ha"),
    ("her majesty s", "hm"), ("his majesty s", "hm"), ("saint", "st"), ("university nhs trust", "nhs trust"),
]
_CONTRACT_RE = re.compile(r"\b(?:" + "|".join(re.escape(a) for a, _ in _CONTRACTIONS) + r")\b")
_CONTRACT_MAP = dict(_CONTRACTIONS)
_PUNCT_RE = re.compile(r"[^\w\s]+")
_WS_RE = re.compile(r"\s+")


def strip_accents(s: str) -> str:
    """"Glyndŵr" -> "Glyndwr", "Gâr" -> "Gar" (documents write both)."""
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_key(name: str) -> str:
    """Key under which every spelling of a name meets: "Hywel Dda UHB" and "Hywel Dda University
    Health Board" -> "hywel dda uhb"; "Mid & West Wales Fire & Rescue Service" -> "mid and west
    wales frs"; "the Council's" -> "council"."""
    s = strip_accents(name.translate(TEXT_TRANS)).lower()
    s = s.replace("&", " and ")
    s = re.sub(r"'s\b", "", s)
    s = _PUNCT_RE.sub(" ", s)
    s = _WS_RE.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return _CONTRACT_RE.sub(lambda m: _CONTRACT_MAP[m.group(0)], s)


# Suffix pairs used to generate the short forms a document may use for a gazetteer name.
_SHORT_FORMS = [
    ("County Borough Council", ("CBC", "Council")),
    ("County Council", ("CC", "Council")),
    ("City Council", ("CC", "Council")),
    ("University Health Board", ("UHB", "Health Board", "HB")),
    ("Teaching Health Board", ("tHB", "THB", "HB")),
    ("Fire and Rescue Service", ("FRS", "F&RS", "Fire & Rescue Service", "Fire and Rescue Authority",
                                 "Fire & Rescue Authority", "Fire and Rescue", "Fire & Rescue")),
    ("Public Services Board", ("PSB", "Public Service Board")),
    ("Regional Partnership Board", ("RPB",)),
    ("Council for Voluntary Service", ("CVS",)),
    ("Police and Crime Commissioner", ("PCC", "OPCC", "Police & Crime Commissioner")),
]


def surface_variants(form: str) -> set[str]:
    """Spellings of one form that a document may print: short forms, "&" for "and", no accents."""
    out = {form}
    for long, shorts in _SHORT_FORMS:
        if form.endswith(" " + long):
            core = form[: -len(long)]
            out.update(core + s for s in shorts)
    for f in list(out):
        if " and " in f:
            out.add(f.replace(" and ", " & "))
        if " & " in f:
            out.add(f.replace(" & ", " and "))
    out.update({strip_accents(f) for f in out})
    return out


# Welsh initial mutations (soft, nasal, aspirate): "Llywodraeth Cymru" is written "Lywodraeth
# Cymru" after "i", "Cyfoeth Naturiol Cymru" "Chyfoeth ..." after "a". Longest radical first.
_MUTATIONS = [
    ("Ll", ("L",)), ("Rh", ("R",)), ("C", ("G", "Ngh", "Ch")), ("P", ("B", "Mh", "Ph")),
    ("T", ("D", "Nh", "Th")), ("G", ("", "Ng")), ("B", ("F", "M")), ("D", ("Dd", "N")),
    ("M", ("F",)),
]


def welsh_mutations(form: str) -> set[str]:
    """Mutated spellings of a Welsh name's first word ("Gyfoeth Naturiol Cymru")."""
    for radical, mutated in _MUTATIONS:
        if form.startswith(radical) and len(form) > len(radical) + 2:
            rest = form[len(radical):]
            out = set()
            for m in mutated:
                v = m + rest if m else rest[:1].upper() + rest[1:]
                out.add(v)
            return out
    return set()


def is_case_sensitive(form: str) -> bool:
    """Abbreviations, single words and forms containing an initialism ("Conwy CBC") are matched
    case-sensitively so that "adra" or "cbc" in running prose do not match."""
    words = form.split()
    if len(words) == 1:
        return True
    return any(len(w) >= 2 and sum(c.isupper() for c in w) >= 2 for w in words)
