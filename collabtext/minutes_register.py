"""Reading the attendance record of minutes into a Register (used by ``collabtext.minutes``)."""

from __future__ import annotations

import re

from .minutes_actions import action_table_columns
from .minutes_attendance import (
    _column_map,
    attendance_label,
    is_header_row,
    looks_like_people,
    prepare_zone,
    row_people,
    sentence_apologies,
)
from .minutes_lines import Line
from .minutes_model import ATTENDANCE_KINDS, Attendee
from .minutes_orgs import OrgRef, OrgResolver, looks_like_org
from .minutes_people import parse_people


class Register:
    """The attendance record being built: people per kind, organisations learned on the way."""

    def __init__(self, resolver: OrgResolver) -> None:
        self.resolver = resolver
        self.kinds: dict[str, list[Attendee]] = {k: [] for k in ATTENDANCE_KINDS}

    def add(self, kind: str, people: list[Attendee]) -> None:
        names = {a.name.lower() for a in self.kinds[kind]}
        for a in people:
            if a.name.lower() not in names:
                self.kinds[kind].append(a)
                names.add(a.name.lower())
            if a.organisation:
                ref = self.resolver.resolve(a.organisation)
                self.resolver.learn(
                    ref
                    if ref and ref.canonical == a.organisation
                    else OrgRef(a.organisation, a.sector, a.ambiguous)
                )

    def attach_org(self, kind: str, text: str) -> bool:
        """A flattened "Name | Organisation" table: an organisation line after a person line."""
        people = self.kinds[kind]
        if not people or people[-1].organisation:
            return False
        ref = self.resolver.resolve(text)
        if ref is None:
            return False
        a = people[-1]
        people[-1] = Attendee(a.name, a.role, ref.canonical, ref.sector, a.initials, ref.ambiguous)
        self.resolver.learn(ref)
        return True

    def all(self) -> list[Attendee]:
        return [a for k in ATTENDANCE_KINDS for a in self.kinds[k]]


def _zone_row(
    ln: Line, att: Register, current: str | None, columns: dict[int, str] | None
) -> tuple[str | None, dict[int, str] | None]:
    """One table row of an attendance block: a label cell, a header row or a person."""
    cells = ln.cells or ()
    filled = [c for c in cells if c.strip()]
    lab = attendance_label(cells[0]) if cells else None
    if lab and len(filled) >= 2 and not lab[1]:
        att.add(lab[0], att_people(" , ".join(c for c in cells[1:] if c.strip()), att))
        return lab[0], columns
    if lab and len(filled) == 1:
        return lab[0], None
    if is_header_row(cells):
        return current or "present", _column_map(cells)
    if current and not action_table_columns(cells):
        att.add(current, row_people(cells, columns, att.resolver))
    return current, columns


def read_zone(lines: list[Line], att: Register, *, default: str | None = None) -> None:
    """Read attendance sections (labels, tables, people lines, apology sentences) in ``lines``."""
    current, columns = default, None
    pending: list[str] = []  # unlabelled name lines at the top: a members list whose label was lost
    for ln in prepare_zone(lines):
        if ln.kind == "table_row" and ln.cells:
            current, columns = _zone_row(ln, att, current, columns)
            continue
        lab = attendance_label(ln.text)
        if lab:
            current, columns, pending = lab[0], None, _flush(pending, att)
            if lab[1]:
                att.add(
                    current, att_people(lab[1], att) or sentence_apologies(lab[1], att.resolver)
                )
            continue
        apologies = sentence_apologies(ln.text, att.resolver)
        if apologies:
            att.add("apologies", apologies)
            continue
        if re.match(
            r"^(?:members?\s+of\s+the\s+(?:public|press)|public\s+(?:present|gallery)|press\b)",
            ln.text,
            re.I,
        ):
            continue  # the public are not partners
        if (
            current
            and looks_like_org(ln.text)
            and not att_people(ln.text, att)
            and att.attach_org(current, ln.text)
        ):
            continue
        if current and looks_like_people(ln.text):
            att.add(current, att_people(ln.text, att))
        elif (
            current is None
            and default is None
            and looks_like_people(ln.text)
            and att_people(ln.text, att)
        ):
            pending.append(ln.text)
        elif current and sum(w.islower() for w in ln.text.split()) >= 4:
            current = default  # narrative: the list has ended
        elif current is None and sum(w.islower() for w in ln.text.split()) >= 4:
            pending = _flush(pending, att)
    _flush(pending, att)


def _flush(pending: list[str], att: Register) -> list[str]:
    if len(pending) >= 3 and not any(att.kinds.values()):
        for text in pending:
            att.add("present", att_people(text, att))
    return []


def own_members(att: Register, title: str | None, resolver: OrgResolver) -> None:
    """Councillors and officers of a council's own meeting belong to that council."""
    if not title or not re.search(r"\b(?:council|cyngor)\b", title, re.I):
        return
    m = re.match(
        r"^(.*?\b(?:Council|Cyngor(?:\s+\w+){0,3}))\b", re.split(r"\s+[-–—:]\s+", title)[0]
    )
    body = resolver.resolve(m.group(1) if m else title)
    if body is None or not re.search(r"\b(?:council|cyngor)\b", body.canonical, re.I):
        return
    own = re.compile(r"^(?:cllr|councillor|cyng|cynghorydd|y\s+cynghorydd|mayor|alderman)\b", re.I)
    for people in att.kinds.values():
        for i, a in enumerate(people):
            if a.organisation is None and (
                own.match(a.name)
                or (a.role and re.search(r"\b(?:chair|clerk|mayor|cadeirydd|clerc)", a.role, re.I))
            ):
                people[i] = Attendee(
                    a.name, a.role, body.canonical, body.sector, a.initials, a.ambiguous
                )
    att.resolver.learn(body)


def att_people(text: str, att: Register) -> list[Attendee]:
    return parse_people(text, att.resolver)
