"""People as minutes write them: titles, names, roles, initials and organisations.

Shared by attendance lists ("Cllr Sian Morgan (Chair, Bro Hafren Council), Dr Huw Price (Hywel
Dda UHB)", "Bethan Jones – Betsi Cadwaladr UHB", "Karla Moore-Love, Clerk of the Council; ...")
and by action owners ("HP", "the Clerk", "PSB Co-ordinator (FE)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .minutes_model import Attendee
from .minutes_orgs import EXPANSIONS, ORG_WORDS, OrgResolver, looks_like_org

_TITLES = (
    "County Borough Councillor", "County Councillor", "Councillor", "Cllr", "Cyng", "Y Cynghorydd",
    "Cynghorydd", "Chief Superintendent", "Superintendent", "Supt", "Chief Inspector", "Inspector",
    "Insp", "Sgt", "Sergeant", "Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable",
    "Area Manager", "Station Manager", "Group Manager", "Watch Manager", "Chief Fire Officer",
    "Professor", "Prof", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lord", "Lady",
    "Revd", "Rev", "Reverend", "Canon", "Father", "Alderman", "Mayor", "Commissioner", "Director",
    "Captain", "Capt", "Judge", "Hon",
)
_PLURAL_TITLES = {
    "councillors": "Councillor", "cllrs": "Cllr", "county councillors": "County Councillor",
    "y cynghorwyr": "Y Cynghorydd", "cynghorwyr": "Cynghorydd", "commissioners": "Commissioner",
    "drs": "Dr", "members": "", "aldermen": "Alderman", "directors": "Director", "trustees": "",
}
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\.?\s+)+", re.I)
_PLURAL_RE = re.compile(r"^(" + "|".join(sorted(_PLURAL_TITLES, key=len, reverse=True)) + r")\b\s*:?\s*", re.I)
ROLE_WORDS = (
    "chair", "chairman", "chairperson", "chairwoman", "vice-chair", "vice chair", "deputy chair",
    "clerk", "secretary", "treasurer", "minute taker", "minutes", "notes", "co-ordinator",
    "coordinator", "officer", "manager", "director", "chief executive", "head of", "lead", "presiding",
    "member", "representative", "substitute", "deputy", "adviser", "advisor", "attorney", "sergeant at arms",
    "non executive", "non-executive", "executive", "cadeirydd", "is-gadeirydd", "clerc", "ysgrifennydd",
    "swyddog", "cyfarwyddwr", "rheolwr", "pennaeth", "for item", "for items", "item", "observer",
    "speaker", "presenter", "guest", "facilitator", "analyst", "consultant", "administrator", "support",
    "cabinet", "portfolio", "leader", "planner", "solicitor", "engineer", "accountant", "on behalf of",
    "in the chair", "vice-chairman", "monitoring", "democratic", "services", "president", "trustee",
)
_ROLE_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + r")\b", re.I)
_CONNECT = {"and", "of", "the", "de", "van", "von", "der", "ap", "ab", "le", "la", "da", "du", "y", "&"}
_HONOURS = {"MBE", "OBE", "CBE", "KBE", "BEM", "QPM", "JP", "MP", "MS", "AM", "MSP", "CB", "FRCP", "DL", "QC", "KC"}
_NOT_NAME = {
    "members", "member", "public", "press", "officers", "residents", "none", "apologies", "present",
    "minutes", "agenda", "item", "items", "councillors", "council", "three", "two", "four", "five", "one",
    "several", "all", "nil", "dim", "absent", "attendance", "notes", "chair", "meeting", "also",
}
# Initials ("W.J.", "C.Ll.", "JM", "D") or a capitalised name word ("Moore-Love", "O'Neill").
_NAME_TOKEN = re.compile(r"^(?:(?:[A-Z][a-z]?\.)+(?:[A-Z][\w'’\-]+)?|[A-Z]{1,3}|[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?)$")
_INITIALS = re.compile(r"^(?:(?:Cllr|Cyng)\.?\s+)?[A-Z][A-Za-z]?[A-Z]?[a-z]?[A-Z]?$")


@dataclass(slots=True)
class _Draft:
    name: str
    roles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    initials: str | None = None


def strip_title(name: str) -> str:
    """``"Area Manager Owain Jenkins"`` -> ``"Owain Jenkins"``."""
    return _TITLE_RE.sub("", name).strip()


def name_initials(name: str) -> str:
    words = [w for w in re.findall(r"[\w'’\-]+", strip_title(name)) if w not in _HONOURS]
    return "".join(w[0].upper() for w in words if w[:1].isalpha())


def split_top(text: str, seps: str) -> list[str]:
    """Split ``text`` on any of the regex ``seps`` that fall outside parentheses."""
    parts, depth, start = [], 0, 0
    pattern = re.compile(seps)
    i = 0
    while i < len(text):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = pattern.match(text, i)
            if m and m.end() > i:
                parts.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def is_name(part: str, inherited_title: bool = False) -> bool:
    """True when ``part`` (parentheses removed) reads as a person's name."""
    raw = part.strip(" .:;,")
    had_title = bool(_TITLE_RE.match(raw))
    core = strip_title(raw)
    toks = [t for t in core.split() if t not in _HONOURS]
    if not toks or len(toks) > 5 or any(ch.isdigit() for ch in core):
        return False
    if any(t.lower().strip(".,") in ORG_WORDS or t.lower().strip(".,") in _NOT_NAME for t in toks) or (not had_title and _ROLE_RE.search(core)):
        return False
    if not all(_NAME_TOKEN.match(t) or t.lower() in _CONNECT for t in toks):
        return False
    if len(toks) == 1:
        return (had_title or inherited_title) and len(toks[0]) > 1 and not toks[0].isupper()
    if all(len(t.strip(".")) <= 2 for t in toks) or (len(toks) == 2 and toks[1].isupper() and len(toks[1]) > 2):
        return False  # "A B" or "Armstrong EDC" are not full names
    return True


def _parens(text: str) -> tuple[str, list[str]]:
    inner = re.findall(r"\(([^()]*)\)", text)
    outer = re.sub(r"\([^()]*\)", " ", text)
    return re.sub(r"\s+", " ", outer).strip(), inner


def _classify(field_text: str, draft: _Draft, resolver: OrgResolver) -> None:
    f = field_text.strip(" .,;:–-")
    if not f or f.lower() in ("notes", "minutes"):
        if f:
            draft.roles.append(f)
        return
    if _INITIALS.match(strip_title(f)) and name_initials(draft.name) and strip_title(f)[:1] == name_initials(draft.name)[:1]:
        draft.initials = f
        return
    last = f.split()[-1].lower() if f.split() else ""
    if re.match(r"^(?:for|from|substitut|on behalf|deputising|attending|in place|head of)", f, re.I) or (
        _ROLE_RE.search(f) and (_ROLE_RE.fullmatch(last) or _ROLE_RE.match(f) or not looks_like_org(f))
    ):
        draft.roles.append(f)
        return
    if looks_like_org(f) or resolver.resolve(f) is not None:
        draft.orgs.append(f)
    else:
        draft.roles.append(f)


def _fields(part: str) -> list[str]:
    """Inside one person part: "Name – Org", "Name / Role", "Name, Role" separators and parentheses."""
    outer, inner = _parens(part)
    pieces = split_top(outer, r"\s+[–—-]\s+|\s*/\s*|\s*\|\s*|\t")
    out = pieces[:1]
    for p in pieces[1:]:
        out.append(p)
    for grp in inner:
        out.extend(x for x in split_top(grp, r"\s*,\s*|\s+[–—-]\s+|\s*;\s*|\s*/\s*") if x)
    return out


def _trailing_abbr(name: str) -> tuple[str, str | None]:
    toks = name.split()
    if len(toks) >= 2 and re.fullmatch(r"[A-Z][A-Z&]{1,7}", toks[-1]) and toks[-1] not in _HONOURS:
        return " ".join(toks[:-1]), toks[-1]
    return name, None


def _role_prefix(part: str) -> tuple[str | None, str]:
    """``"Clerk J Connelly"`` -> ("Clerk", "J Connelly")."""
    m = re.match(r"^(clerk|chair(?:man)?|secretary|treasurer|minute taker|clerc|cadeirydd)\s*[:\-–]?\s+(.+)$", part, re.I)
    if m and is_name(m.group(2)):
        return m.group(1), m.group(2)
    return None, part


def parse_people(text: str, resolver: OrgResolver) -> list[Attendee]:
    """Parse a list of people in any common layout into attendees (organisations resolved).

    Example:
        >>> r = OrgResolver()
        >>> [a.name for a in parse_people("Cllr A Jones (Chair), Dr B Price (NRW)", r)]
        ['Cllr A Jones', 'Dr B Price']
    """
    text = re.sub(r"\s+", " ", text).strip(" .;")
    # "P Moran Clerk J Connelly": a role word opening a new entry inside a run of names
    text = re.sub(r"(?<=[a-z])\s+(?=(?:Clerk|Secretary|Treasurer|Minute\s+taker|Clerc)\s+[A-Z])", ", ", text)
    if re.match(r"^(?:none|nil|dim|no apologies|there were no)\b", text, re.I):
        return []
    if re.search(r";", re.sub(r"\([^()]*\)", "", text)):
        groups = [split_top(g, r"\s*,\s*(?:and\s+)?|\s+and\s+") for g in split_top(text, r"\s*;\s*(?:and\s+)?")]
    else:
        text = re.sub(r"\)\s+(?=[A-Z])", "), ", text)
        groups = [split_top(text, r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+|\s+a\s+(?=[A-Z])")]
    drafts: list[_Draft] = []
    plural = ""
    for parts in groups:
        plural = _group_drafts(parts, drafts, resolver, plural)
    return [_finish(d, resolver) for d in drafts if d.name]


def _group_drafts(parts: list[str], drafts: list[_Draft], resolver: OrgResolver, plural: str = "") -> str:
    """Add the people of one group of parts; returns the plural title in force ("Councillors")."""
    current: _Draft | None = None
    for raw in parts:
        if re.fullmatch(r"[\d\s.]+", raw):
            continue  # "..., 5." — a head count
        m = _PLURAL_RE.match(raw)
        if m and len(raw) > m.end():
            plural = _PLURAL_TITLES[m.group(1).lower()]
            raw = raw[m.end():]
        role, raw = _role_prefix(raw)
        fields = _fields(raw)
        head = fields[0] if fields else ""
        head, abbr = _trailing_abbr(head)
        if abbr and abbr.lower() in EXPANSIONS:
            head = head + " " + abbr  # "Blaenau Gwent CBC" is a body, not a person
        if is_name(head, inherited_title=bool(plural) or m is not None):
            name = head if _TITLE_RE.match(head) or not plural or role else f"{plural} {head}"
            current = _Draft(name.strip())
            drafts.append(current)
            if role:
                current.roles.append(role)
            if abbr:
                current.orgs.append(abbr)
            rest = fields[1:]
        elif current is not None:
            rest = fields
        else:
            continue
        for f in rest:
            _classify(f, current, resolver)
    return plural


def _finish(d: _Draft, resolver: OrgResolver) -> Attendee:
    org = sector = None
    amb: tuple[str, ...] = ()
    for o in d.orgs:
        ref = resolver.resolve(o)
        if ref:
            org, sector, amb = ref.canonical, ref.sector, ref.ambiguous
            break
    name = re.sub(r"\s+", " ", d.name).strip(" ,.;")
    return Attendee(name, "; ".join(d.roles) or None, org, sector, d.initials, amb)
