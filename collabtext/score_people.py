"""People named in minutes and transcripts: the attendance roster and name resolution.

Speakers are reported under the name as written in the attendance list, honorifics and ranks kept
and bracketed roles dropped ("Cllr Sian Morgan (Chair)" -> "Cllr Sian Morgan"). Later mentions
("Dr Price", "Mr Lloyd", "Station Manager Owen", "the Chair") resolve to that entry by surname
(and first name or title when two people share a surname). The roster is read from attendance
tables (first cell a person's name), inline lists ("Present: Name (Org), ..."), and titled full
names in the text; it is only a helper for attribution (H-MINUTES owns the attendance view).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .records import Passage
from .score_lexicon import load_language

NAME_TOKEN = r"[A-Z][a-zà-ÿŵŷ’'\-]+(?:-[A-Z][a-zà-ÿ’']+)?"
ORG_WORDS = frozenset(
    "Council Board Health Government Wales Welsh Police Service Services Trust County Hall Partnership "
    "University College Public Natural Resources Fire Rescue Authority Association Agency Commissioner "
    "Office Department Ministry NHS Group Team Centre Center Plan Fund Programme Strategy Assembly "
    "Senedd Cymru Homes Housing Action Voluntary Borough City Community Communities Teams Microsoft "
    "January February March April May June July August September October November December Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday Members Partners Officers The This That It "
    "Item Minutes Agenda Report Annex Appendix Part Phase Step Objective Recovery Nature Early "
    "Help Data Sharing Safe Well Care Connector Bro Prison Probation Work Pensions Ambulance Dŵr "
    "Leisure Menter Iaith Coleg Cartrefi All Both Each Every Councillors Committee Cabinet Residents "
    "Everyone Staff Panel Forum Scrutiny Executive Director Directors Manager Managers Head".split()
)


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    titles = sorted(load_language().speakers["titles"], key=len, reverse=True)
    return re.compile(
        "(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles) + r")\.?(?=\s)"
    )


def person_pattern() -> str:
    """Regex source for a person mention: titled name, or two or three capitalised names."""
    t = _title_re().pattern
    return (
        rf"(?:{t}\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}}|{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,2}})"
    )


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str
    names: tuple[str, ...]
    chair: bool = False

    @property
    def surname(self) -> str:
        return self.names[-1] if self.names else ""

    @property
    def first(self) -> str | None:
        return self.names[0] if len(self.names) > 1 else None


def split_name(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, names) for a person's name as written, or None when it does not look like one."""
    s = re.sub(r"\s*\([^)]*\)?", "", text).strip(" ,;:.–-")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?:\s+[A-Z]{2,6})+$", "", s)  # post-nominals: CB, CBE, OBE
    titles, rest = [], s
    while (m := _title_re().match(rest + " ")) is not None:  # "Professor Sir Mansel Aylward"
        titles.append(m.group().rstrip(".").strip())
        rest = rest[m.end() :].strip()
    title = " ".join(titles)
    toks = rest.split()
    if not toks or len(toks) > 4 or any(not re.fullmatch(NAME_TOKEN, t) for t in toks):
        return None
    if any(t in ORG_WORDS for t in toks) or (not title and len(toks) < 2):
        return None
    return title, tuple(toks)


@dataclass
class Roster:
    people: list[Person] = field(default_factory=list)

    @property
    def chair(self) -> Person | None:
        return next((p for p in self.people if p.chair), None)

    def add(self, written: str, chair: bool = False) -> Person | None:
        parts = split_name(written)
        if parts is None:
            return None
        title, names = parts
        for i, p in enumerate(self.people):
            if p.names == names or (len(names) > 1 and p.names[-2:] == names[-2:]):
                if chair and not p.chair:
                    self.people[i] = Person(p.name, p.title, p.names, True)
                return self.people[i]
        name = " ".join(([title] if title else []) + list(names))
        person = Person(name, title, names, chair)
        self.people.append(person)
        return person

    def resolve(self, mention: str, strict: bool = False) -> str | None:
        """Canonical name for a mention, or None when it is not a person.

        With ``strict``, an untitled name that is not on the roster ("Hywel Dda") is not a person.
        """
        m = re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)", "", mention)).strip()
        if re.fullmatch(r"(?i)(?:the\s+)?(?:chair|chairman|chairwoman|chairperson)", m):
            return self.chair.name if self.chair else "Chair"
        if re.fullmatch(r"(?i)(?:the\s+)?(?:vice|deputy)[- ]chair", m):
            return "Vice-Chair"
        parts = split_name(m)
        if parts is None:
            return None
        title, names = parts
        cands = [p for p in self.people if p.surname == names[-1]]
        if len(names) > 1:
            cands = [p for p in cands if p.first in (None, names[0])] or cands
        if len(cands) > 1 and title:
            cands = [p for p in cands if p.title == title] or cands
        if len(cands) == 1:
            return cands[0].name
        if strict and not title and not cands:
            return None
        return " ".join(([title] if title else []) + list(names))


_LIST_LINE = re.compile(
    r"^\s*(?:present|in attendance|also present|attendees|members present|apologies)\s*:\s*(.+)",
    re.I | re.S,
)
_ROW_LINE = re.compile(
    r"^\s*([^/|\n]{3,60}?)\s+[/|]\s+([^\n]{1,120})$"
)  # "Name / Role" (flattened table)
_CHAIR_CELL = re.compile(r"^\s*(?:the\s+)?chair(?:man|woman|person)?\b", re.I)
_CHAIR_ROLE = re.compile(
    r"\((?:[^)]*?[,;]\s*)?(?<!vice[- ])(?<!deputy )chair(?:man|woman|person)?\b", re.I
)


def _entries(line: str) -> Iterable[str]:
    for part in re.split(r";", line):
        pieces = re.split(r"(?<=\))\s*,\s*", part) if "(" in part else [part.split(",")[0]]
        yield from pieces


def build_roster(passages: Iterable[Passage]) -> Roster:
    """People from attendance tables, inline attendance lists and titled names in the text."""
    roster = Roster()
    mention = re.compile(rf"\b{_title_re().pattern}\s+{NAME_TOKEN}\s+{NAME_TOKEN}\b")
    for p in passages:
        if p.cells:
            cell = p.cells[0]
            roster.add(cell, chair=bool(_CHAIR_ROLE.search(cell)))
            continue
        row = _ROW_LINE.match(p.text)
        if row and split_name(row.group(1)):
            roster.add(row.group(1), chair=bool(_CHAIR_CELL.search(row.group(2))))
            continue
        m = _LIST_LINE.match(p.text)
        if m:
            for entry in _entries(m.group(1)):
                roster.add(entry.split("(")[0], chair=bool(_CHAIR_ROLE.search(entry)))
            continue
        for mm in mention.finditer(p.text):
            roster.add(mm.group())
        ch = re.search(r"\bthe Chair\s*\(([^)]+)\)", p.text, re.I)
        if ch:
            roster.add(ch.group(1), chair=True)
    return roster
