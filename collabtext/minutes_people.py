"""People as minutes write them: titles, names, roles, initials and organisations.

Shared by attendance lists ("Cllr Sian Morgan (Chair, Bro Hafren Council), Dr Huw Price (Hywel
Dda UHB)", "Bethan Jones – Betsi Cadwaladr UHB", "Karla Moore-Love, Clerk of the Council; ...")
and by action owners ("HP", "the Clerk", "PSB Co-ordinator (FE)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .minutes_model import Attendee
from .minutes_names import (
    _COUNCIL_TITLE,
    _HONOURS,
    _INITIALS,
    _PLURAL_RE,
    _PLURAL_TITLES,
    _ROLE_RE,
    _TITLE_RE,
    is_name,
    name_initials,
    split_top,
    strip_title,
)
from .minutes_orgs import EXPANSIONS, OrgResolver, looks_like_org


@dataclass(slots=True)
class _Draft:
    name: str
    roles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    initials: str | None = None


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
    if (
        _INITIALS.match(strip_title(f))
        and name_initials(draft.name)
        and strip_title(f)[:1] == name_initials(draft.name)[:1]
        and not _gazetteer_body(f, resolver)  # "Ann Jones (ATC)" when the gazetteer knows ATC
    ):
        draft.initials = f
        return
    last = f.split()[-1].lower() if f.split() else ""
    if re.match(
        r"^(?:for|from|substitut|on behalf|deputising|attending|in place|head of)", f, re.I
    ) or (
        _ROLE_RE.search(f)
        and (_ROLE_RE.fullmatch(last) or _ROLE_RE.match(f) or not looks_like_org(f))
    ):
        draft.roles.append(f)
        return
    if looks_like_org(f) or resolver.resolve(f) is not None:
        draft.orgs.append(f)
    elif re.match(r"the\s+\S", f, re.I) and looks_like_org(f[4:].strip()):
        draft.orgs.append(f[4:].strip())  # "Cai Lewis (the CVC)": the body, said the short way
    else:
        draft.roles.append(f)


def _gazetteer_body(text: str, resolver: OrgResolver) -> bool:
    ref = resolver.resolve(text)
    return ref is not None and getattr(ref.org, "source", None) == "gazetteer"


def _fields(part: str) -> list[str]:
    """Fields of one person: "Name – Org", "Name / Role" separators, then parentheses."""
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
    m = re.match(
        r"^(clerk|chair(?:man)?|secretary|treasurer|minute taker|clerc|cadeirydd)"
        r"\s*[:\-–]?\s+(.+)$",
        part,
        re.I,
    )
    if m and is_name(m.group(2)):
        return m.group(1), m.group(2)
    return None, part


def _split_council_titles(text: str) -> str:
    """Split "Mrs J Todd Eden District Councillor A Armstrong" before the council title."""

    def cut(m: re.Match[str]) -> str:
        start = text.rfind(",", 0, m.start()) + 1
        return ", " + m.group(1) if len(text[start : m.start()].split()) >= 2 else m.group(0)

    return re.sub(r"(?<=[a-z])\s+(" + _COUNCIL_TITLE + r"\s+[A-Z])", cut, text)


def parse_people(text: str, resolver: OrgResolver) -> list[Attendee]:
    """Parse a list of people in any common layout into attendees (organisations resolved).

    Example:
        >>> r = OrgResolver()
        >>> [a.name for a in parse_people("Cllr A Jones (Chair), Dr B Price (NRW)", r)]
        ['Cllr A Jones', 'Dr B Price']
    """
    text = re.sub(r"\s+", " ", text).strip(" .;")
    # "P Moran Clerk J Connelly": a role word opening a new entry inside a run of names
    text = re.sub(
        r"(?<=[a-z])\s+(?=(?:Clerk|Secretary|Treasurer|Minute\s+taker|Clerc)\s+[A-Z])", ", ", text
    )
    text = _split_council_titles(text)
    text = re.sub(
        r"\s+(?:plus|together\s+with)\s+(?:\w+\s+){0,3}(?:guests|members\s+of\s+the\s+public|observers|others)\b.*$",
        "",
        text,
    )
    if re.match(r"^(?:none|nil|dim|no apologies|there were no)\b", text, re.I):
        return []
    if re.search(r";", re.sub(r"\([^()]*\)", "", text)):
        groups = [
            split_top(g, r"\s*,\s*(?:and\s+)?|\s+and\s+")
            for g in split_top(text, r"\s*;\s*(?:and\s+)?")
        ]
    else:
        text = re.sub(r"\)\s+(?=[A-Z])", "), ", text)
        groups = [split_top(text, r"\s*,\s*(?:(?:and|&)\s+)?|\s+and\s+|\s+&\s+|\s+a\s+(?=[A-Z])")]
    drafts: list[_Draft] = []
    plural = ""
    for parts in groups:
        plural = _group_drafts(parts, drafts, resolver, plural)
    return [_finish(d, resolver) for d in drafts if d.name]


def _group_drafts(
    parts: list[str], drafts: list[_Draft], resolver: OrgResolver, plural: str = ""
) -> str:
    """Add the people of one group of parts; returns the plural title in force ("Councillors")."""
    current: _Draft | None = None
    for raw in parts:
        if re.fullmatch(r"[\d\s.]+", raw):
            continue  # "..., 5." — a head count
        m = _PLURAL_RE.match(raw)
        if m and len(raw) > m.end():
            plural = _PLURAL_TITLES[m.group(1).lower()]
            raw = raw[m.end() :]
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
    m = re.match(
        r"^((?:[A-Z][a-z]+\s+){1,2}(?:District|County|Borough|Town|Parish|Community|City))\s+Councillor\b",
        name,
    )
    if org is None and m:  # "Eden District Councillor A Armstrong" sits for Eden District Council
        ref = resolver.resolve(m.group(1) + " Council")
        org, sector = (
            (ref.canonical, ref.sector) if ref else (m.group(1) + " Council", "local_government")
        )
    return Attendee(name, "; ".join(d.roles) or None, org, sector, d.initials, amb)
