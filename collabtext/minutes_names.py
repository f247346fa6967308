"""Names as minutes write them: titles ("Cllr", "Area Manager"), initials, roles, honours."""

from __future__ import annotations

import re

from .minutes_orgs import ORG_WORDS

_TITLES = (
    "County Borough Councillor",
    "County Councillor",
    "Councillor",
    "Cllr",
    "Cyng",
    "Y Cynghorydd",
    "Cynghorydd",
    "Chief Superintendent",
    "Superintendent",
    "Supt",
    "Chief Inspector",
    "Inspector",
    "Insp",
    "Sgt",
    "Sergeant",
    "Chief Constable",
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "Area Manager",
    "Station Manager",
    "Group Manager",
    "Watch Manager",
    "Chief Fire Officer",
    "Professor",
    "Prof",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Revd",
    "Rev",
    "Reverend",
    "Canon",
    "Father",
    "Alderman",
    "Mayor",
    "Commissioner",
    "Director",
    "Captain",
    "Capt",
    "Judge",
    "Hon",
)
_PLURAL_TITLES = {
    "councillors": "Councillor",
    "cllrs": "Cllr",
    "county councillors": "County Councillor",
    "y cynghorwyr": "Y Cynghorydd",
    "cynghorwyr": "Cynghorydd",
    "commissioners": "Commissioner",
    "drs": "Dr",
    "members": "",
    "aldermen": "Alderman",
    "directors": "Director",
    "trustees": "",
}
_COUNCIL_TITLE = (
    r"(?:[A-Z][a-z]+\s+){0,2}(?:District|County|Borough|Town|Parish|Community|City)\s+Councillor"
)
_TITLE_RE = re.compile(
    r"^(?:(?:" + _COUNCIL_TITLE + "|" + "|".join(re.escape(t) for t in _TITLES) + r")\.?\s+)+", re.I
)
_PLURAL_RE = re.compile(
    r"^(" + "|".join(sorted(_PLURAL_TITLES, key=len, reverse=True)) + r")\b\s*:?\s*", re.I
)
ROLE_WORDS = (
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "vice-chair",
    "vice chair",
    "deputy chair",
    "clerk",
    "secretary",
    "treasurer",
    "minute taker",
    "minutes",
    "notes",
    "co-ordinator",
    "coordinator",
    "officer",
    "manager",
    "director",
    "chief executive",
    "head of",
    "lead",
    "presiding",
    "member",
    "representative",
    "substitute",
    "deputy",
    "adviser",
    "advisor",
    "attorney",
    "sergeant at arms",
    "non executive",
    "non-executive",
    "executive",
    "cadeirydd",
    "is-gadeirydd",
    "clerc",
    "ysgrifennydd",
    "swyddog",
    "cyfarwyddwr",
    "rheolwr",
    "pennaeth",
    "for item",
    "for items",
    "item",
    "observer",
    "speaker",
    "presenter",
    "guest",
    "facilitator",
    "analyst",
    "consultant",
    "administrator",
    "support",
    "cabinet",
    "portfolio",
    "leader",
    "planner",
    "solicitor",
    "engineer",
    "accountant",
    "on behalf of",
    "in the chair",
    "vice-chairman",
    "monitoring",
    "democratic",
    "services",
    "president",
    "trustee",
)
_ROLE_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + r")\b", re.I)
_CONNECT = {
    "and",
    "of",
    "the",
    "de",
    "van",
    "von",
    "der",
    "ap",
    "ab",
    "le",
    "la",
    "da",
    "du",
    "y",
    "&",
}
_HONOURS = {
    "MBE",
    "OBE",
    "CBE",
    "KBE",
    "BEM",
    "QPM",
    "JP",
    "MP",
    "MS",
    "AM",
    "MSP",
    "CB",
    "FRCP",
    "DL",
    "QC",
    "KC",
}
_NOT_NAME = {
    # meeting vocabulary that reads like a two-word name ("Roll Call", "Closed Session")
    "call",
    "roll",
    "session",
    "closed",
    "open",
    "review",
    "reports",
    "report",
    "presentation",
    "business",
    "order",
    "adjournment",
    "adjourn",
    "consent",
    "comment",
    "comments",
    "approval",
    "update",
    "updates",
    "other",
    "new",
    "old",
    "unfinished",
    "motion",
    "recess",
    "pledge",
    "allegiance",
    "welcome",
    "introductions",
    "announcements",
    "correspondence",
    "finance",
    "planning",
    "matters",
    "arising",
    "date",
    "next",
    "time",
    "place",
    "venue",
    "location",
    "pro",
    "tem",
    "room",
    "chamber",
    "street",
    "avenue",
    "road",
    "questions",
    "question",
    "discussion",
    "information",
    "action",
    "actions",
    "declarations",
    "interests",
    "apologies",
    "close",
    "closing",
    "opening",
    "summary",
    "overview",
    "progress",
    "programme",
    "members",
    "member",
    "public",
    "press",
    "officers",
    "residents",
    "none",
    "present",
    "minutes",
    "agenda",
    "item",
    "items",
    "councillors",
    "council",
    "three",
    "two",
    "four",
    "five",
    "one",
    "several",
    "all",
    "nil",
    "dim",
    "absent",
    "attendance",
    "notes",
    "chair",
    "meeting",
    "also",
}
# Initials ("W.J.", "C.Ll.", "JM", "D") or a capitalised name word ("Moore-Love", "O'Neill").
_NAME_TOKEN = re.compile(
    r"^(?:(?:[A-Z][a-z]?\.)+(?:[A-Z][\w'’\-]+)?|[A-Z]{1,3}|[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?)$"
)
_INITIALS = re.compile(r"^(?:(?:Cllr|Cyng)\.?\s+)?[A-Z][A-Za-z]?[A-Z]?[a-z]?[A-Z]?$")


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
    if any(
        t.lower().strip(".,") in ORG_WORDS or t.lower().strip(".,") in _NOT_NAME for t in toks
    ) or (not had_title and _ROLE_RE.search(core)):
        return False
    if not all(_NAME_TOKEN.match(t) or t.lower() in _CONNECT for t in toks):
        return False
    if len(toks) >= 2 and all(t.isupper() for t in toks) and any(len(t) > 3 for t in toks):
        return False  # "DATGANIAD O DDIDDORDEB": a capitalised heading, not a person
    if len(toks) == 1:
        return (had_title or inherited_title) and len(toks[0]) > 1 and not toks[0].isupper()
    if all(len(t.strip(".")) <= 2 for t in toks) or (
        len(toks) == 2 and toks[1].isupper() and len(toks[1]) > 2
    ):
        return False  # "A B" or "Armstrong EDC" are not full names
    return True
