"""Actions: ACTION lines, action tables (Action | Owner | Due) and "The Clerk to respond" sentences.

Owners are kept as written; each is resolved to an organisation directly ("Hywel Dda UHB", "BHCC")
or through the attendance list (initials "HPr", names, roles such as "PSB Co-ordinator").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .dates import due_from_phrase, find_due_phrase, parse_due
from .minutes_model import Action, Attendee
from .minutes_orgs import OrgResolver, looks_like_org
from .minutes_people import name_initials, split_top, strip_title

_ACTION_LINE = re.compile(
    r"^\s*(?:ACTIONS?|Actions?|Action\s+point|Cam\s+gweithredu|CAM\s+GWEITHREDU|Gweithred)\s*(?:[A-Z]?\d+[a-z]?)?\s*[:\-–]\s*(?P<t>\S.+)$"
    r"|^\s*ACTIONS?\s+(?P<t2>[A-Z].+)$"
)
_SUBJECT_TO = re.compile(
    r"^(?:The\s+|the\s+)?(?P<who>[A-Z][\w'’.\-]*(?:\s*(?:,|and|&|/|\s)\s*(?:\(?[A-Z][\w'’.\-]*\)?|\([^)]*\)|of|the|for))*?)\s+"
    r"(?:to|will|would|is\s+to|are\s+to|agreed\s+to|undertook\s+to|was\s+asked\s+to|were\s+asked\s+to|offered\s+to)\s+"
    r"(?P<verb>[a-z][a-z\-]+)\b"
)
_BAD_VERBS = {
    "the",
    "a",
    "an",
    "be",
    "all",
    "his",
    "her",
    "this",
    "that",
    "date",
    "their",
    "its",
    "our",
    "it",
    "say",
    "see",
    "have",
    "been",
}
_ROLE_OWNERS = re.compile(
    r"\b(clerk|chair(?:man|person)?|secretary|treasurer|co-?ordinator|officer|manager|director|lead|clerc|cadeirydd)\b",
    re.I,
)
_HEADER_ACTION = re.compile(
    r"^(?:actions?|action\s+(?:required|agreed)|description|task|what|cam\s+gweithredu)\b", re.I
)
_HEADER_OWNER = re.compile(
    r"^(?:owners?|lead|responsible|by\s+whom|who|person|officer|assigned(?:\s+to)?|perchennog|arweinydd)\b",
    re.I,
)
_HEADER_DUE = re.compile(
    r"^(?:due|date|by\s+when|deadline|timescale|target|when|dyddiad|erbyn)\b", re.I
)


def action_table_columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """Map field -> column for an action-table header row, or None when the row is not one."""
    cols: dict[str, int] = {}
    for i, c in enumerate(cells):
        v = c.strip()
        if "text" not in cols and _HEADER_ACTION.match(v):
            cols["text"] = i
        elif "owner" not in cols and _HEADER_OWNER.match(v):
            cols["owner"] = i
        elif "due" not in cols and _HEADER_DUE.match(v):
            cols["due"] = i
    return cols if "text" in cols and ("owner" in cols or "due" in cols) else None


class OwnerResolver:
    """Resolves owners as written to organisations, through orgs and the attendance list."""

    def __init__(self, orgs: OrgResolver, attendees: Iterable[Attendee]) -> None:
        self.orgs = orgs
        self.people = [a for a in attendees if a.name]

    def _by_initials(self, token: str) -> Attendee | None:
        tok = strip_title(token).strip()
        hits = []
        for a in self.people:
            words = [w for w in re.findall(r"[\w'’\-]+", strip_title(a.name))]
            variants = {name_initials(a.name)}
            if a.initials:
                variants.add(strip_title(a.initials))
            if len(words) >= 2:
                variants.add(
                    words[0][0] + words[-1][:2]
                )  # "HPr" for Huw Price beside "HPa" for Helen Parry
                variants.add(words[0][0] + words[-1][0])
            if tok in variants:
                hits.append(a)
        if not hits:
            hits = [a for a in self.people if name_initials(a.name).lower() == tok.lower()]
        return hits[0] if len({h.name for h in hits}) == 1 else None

    def _by_name(self, token: str) -> Attendee | None:
        t = strip_title(token).lower().strip()
        if not t:
            return None
        hits = [a for a in self.people if strip_title(a.name).lower() == t]
        if not hits:
            hits = [
                a
                for a in self.people
                if strip_title(a.name).lower().split()[-1:] == t.split()[-1:]
                and len(t.split()) <= 2
            ]
        return hits[0] if len({h.name for h in hits}) == 1 else None

    def _by_role(self, token: str) -> Attendee | None:
        m = _ROLE_OWNERS.search(token)
        if not m:
            return None
        word = token.lower().strip()
        hits = [a for a in self.people if a.role and word.replace("the ", "") in a.role.lower()]
        if not hits:
            hits = [
                a
                for a in self.people
                if a.role and m.group(1).lower() in a.role.lower() and "vice" not in a.role.lower()
            ]
        return hits[0] if len({h.name for h in hits}) == 1 else None

    def person(self, token: str) -> Attendee | None:
        tok = token.strip(" .,;:()")
        if (
            re.fullmatch(r"(?:(?:Cllr|Cyng)\.?\s+)?[A-Z][A-Za-z]{0,2}[A-Z]?[a-z]?", tok)
            and sum(c.isupper() for c in tok) >= 2
        ):
            return self._by_initials(tok)
        return self._by_name(tok) or self._by_role(tok)

    def resolve(self, owners_text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return (owners as written, canonical organisations) for an owner phrase."""
        owners: list[str] = []
        orgs: list[str] = []
        for part in split_top(
            owners_text, r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*/\s*|\s*&\s*|\s*\+\s*|\s*;\s*"
        ):
            part = re.sub(r"^(?:the|all)\s+", "", part.strip(" .")).strip()
            if not part:
                continue
            owners.append(part)
            outer = re.sub(r"\([^()]*\)", "", part).strip()
            inner = [
                x
                for g in re.findall(r"\(([^()]*)\)", part)
                for x in re.split(r"\s*[,/&]\s*|\s+and\s+", g)
            ]
            found, strong = self._org_of(outer)
            via_people = [
                p.organisation for p in map(self.person, inner) if p is not None and p.organisation
            ]
            if found and (strong or not via_people):
                orgs.append(found)
            orgs.extend(via_people)
        return tuple(owners), tuple(dict.fromkeys(orgs))

    def _org_of(self, text: str) -> tuple[str | None, bool]:
        """(organisation, strong): strong when known from attendance or the gazetteer."""
        person = self.person(text)
        if person is not None:
            return person.organisation, True
        ref = self.orgs.resolve(text)
        if ref is None:
            return None, False
        strong = ref.canonical.lower() in self.orgs.known or (
            self.orgs.gazetteer is not None and ref.canonical != text
        )
        if looks_like_org(text) or text.isupper() or strong:
            return ref.canonical, strong
        return None, False


def line_action(text: str, owners: OwnerResolver, meeting_date: str | None) -> Action | None:
    """An "ACTION: X to do Y by Z" line, or None."""
    m = _ACTION_LINE.match(text)
    if not m or re.match(
        r"^\s*actions?\s+(?:log|sheet|list|tracker|summary|plan|points?\s*$)", text, re.I
    ):
        return None
    body = (m.group("t") or m.group("t2") or "").strip()
    return _subject_action(body, owners, meeting_date, source="line", require=False)


def sentence_action(text: str, owners: OwnerResolver, meeting_date: str | None) -> Action | None:
    """An action in a sentence: "The Clerk to respond", "GS to update council", "The Chair agreed to
    contact ..."."""
    return _subject_action(text.strip(), owners, meeting_date, source="sentence", require=True)


def _subject_action(
    body: str, owners: OwnerResolver, meeting_date: str | None, *, source: str, require: bool
) -> Action | None:
    m = _SUBJECT_TO.match(body)
    who = ""
    if m and m.group("verb") not in _BAD_VERBS:
        who = m.group("who").strip()
    if require:
        if not who or len(who.split()) > 12:
            return None
        named = owners.resolve(who)
        if not named[1] and not _ROLE_OWNERS.search(who) and owners.person(who) is None:
            return None
        if re.search(
            r"\b(?:will|would)\b", body[: m.end()] if m else ""
        ) and not _ROLE_OWNERS.search(who):
            return None  # "X will ..." is narrative unless an officer's role takes it on
    owner_names, orgs = owners.resolve(who) if who else ((), ())
    phrase = find_due_phrase(body, meeting_date)
    due = due_from_phrase(phrase, meeting_date) if phrase else None
    return Action(body, owner_names, orgs, due, None, source)


def table_action(
    cells: tuple[str, ...], cols: dict[str, int], owners: OwnerResolver, meeting_date: str | None
) -> Action | None:
    def cell(k: str) -> str:
        i = cols.get(k)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    text = cell("text")
    if not text or action_table_columns(cells):
        return None
    owner_names, orgs = owners.resolve(cell("owner")) if cell("owner") else ((), ())
    due_text = cell("due")
    due = parse_due(due_text, meeting_date) if due_text else None
    if due is None and due_text:
        due = due_text
    if due is None:
        phrase = find_due_phrase(text, meeting_date)
        due = due_from_phrase(phrase, meeting_date) if phrase else None
    return Action(text, owner_names, orgs, due, None, "table")
