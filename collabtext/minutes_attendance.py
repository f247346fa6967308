"""Attendance: Present / In attendance / Also present / Officers / Apologies / Absent (and Welsh).

Sections are found by their labels ("PRESENT:", "Presennol / Present", "Commissioners Absent:"),
written as tables (Name | Organisation, Name | Role | Organisation), inline lists or one person per
line; apologies are also read from sentences ("Apologies for absence were received from ...") and
from the body of an "Apologies" item.
"""

from __future__ import annotations

import re

from .minutes_lines import Line
from .minutes_model import Attendee
from .minutes_orgs import OrgResolver
from .minutes_people import _PLURAL_RE, _role_prefix, is_name, parse_people

_KINDS = (
    (
        "apologies",
        r"apolog\w*(?:\s+for\s+absence)?(?:\s+received)?|ymddiheuriadau(?:\s+am\s+absenoldeb)?",
    ),
    ("absent", r"(?:[A-Z][\w-]*\s+){0,2}absent|absennol|not\s+present"),
    (
        "in_attendance",
        r"(?:[A-Z][\w-]*\s+){0,3}in\s+attendance|also\s+(?:present|in\s+attendance)|officers?(?:\s+present)?"
        r"|others\s+present|present\s+in\s+part|hefyd\s+yn\s+bresennol|wrth\s+law|secretariat|guests?"
        r"|observers?|staff(?:\s+present)?|advisers?|swyddogion|in\s+attendance",
    ),
    (
        "present",
        r"(?:those\s+)?present(?:\s+were)?|(?:yn\s+)?bresennol|presennol|(?:[A-Z][\w-]*\s+){0,2}present"
        r"|(?:board|committee|panel|partnership|statutory|invited)?\s*members(?:\s+present)?|attendees|attendance"
        r"|aelodau(?:\s+\w+){0,4}|(?:name\s+)?organisations?\s+represented|representing",
    ),
)
_KIND_RES = [(k, re.compile(r"(?:" + p + r")", re.I)) for k, p in _KINDS]
_LABEL = re.compile(
    r"^\s*(?P<label>[A-Za-zÀ-ÿ'’ \-]{3,60}?)(?:\s*/\s*(?P<label2>[A-Za-zÀ-ÿ'’ \-]{3,60}?))?"
    r"\s*(?P<colon>[:：]|\s[–-]\s|$)\s*(?P<rest>.*)$"
)
_SENTENCE_APOLOGIES = (
    re.compile(
        r"\bapologies(?:\s+for\s+absence)?(?:\s+(?:were|had\s+been|have\s+been))?\s+"
        r"(?:received|submitted|given|noted|tendered|recorded|reported|presented)\s*(?:from|for|by|on\s+behalf\s+of)?\s*:?\s*(?P<who>.+)",
        re.I,
    ),
    re.compile(r"^\s*apologies(?:\s+for\s+absence)?\s*(?:from|for)\s+(?P<who>.+)", re.I),
    re.compile(r"\bderbyniwyd\s+ymddiheuriadau\s+(?:gan|oddi\s+wrth)\s+(?P<who>.+)", re.I),
    re.compile(r"\bymddiheurodd\s+(?P<who>.+?)\s+(?:am|na|ei|nad)\b", re.I),
    re.compile(
        r"^(?P<who>.+?)\s+(?:sent|gave|tendered|offered|had\s+sent)\s+(?:their\s+|his\s+|her\s+)?apologies\b",
        re.I,
    ),
)
_HEADER_CELLS = {
    "name",
    "names",
    "organisation",
    "organization",
    "organisations",
    "role",
    "representing",
    "title",
    "position",
    "body",
    "agency",
    "member",
    "members",
    "attendee",
    "attendees",
    "sefydliad",
    "enw",
    "rôl",
    "swydd",
    "partner",
    "designation",
    "job title",
    "initials",
    "in attendance",
    "present",
    "apologies",
    "organisation represented",
    "representing organisation",
    "name (initials)",
}


def attendance_label(text: str) -> tuple[str, str] | None:
    """Return (kind, rest of line) when ``text`` opens an attendance section, else None.

    Example:
        >>> attendance_label("Presennol / Present: Cllr A Jones")
        ('present', 'Cllr A Jones')
    """
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    if len(label.split()) > 6 or (not m.group("colon").strip() and m.group("rest")):
        return None
    for lab in (label, (m.group("label2") or "").strip()):
        for kind, rx in _KIND_RES:
            if lab and rx.fullmatch(lab):
                return kind, m.group("rest").strip()
    return None


def is_header_row(cells: tuple[str, ...]) -> bool:
    vals = [c.strip().lower().rstrip(":") for c in cells if c.strip()]
    return bool(vals) and all(
        v in _HEADER_CELLS or re.sub(r"\s*\(.*\)", "", v) in _HEADER_CELLS for v in vals
    )


def _column_map(cells: tuple[str, ...]) -> dict[int, str]:
    out: dict[int, str] = {}
    for i, c in enumerate(cells):
        v = c.strip().lower()
        if "name" in v or v in ("enw", "member", "attendee"):
            out[i] = "name"
        elif "role" in v or "position" in v or "title" in v or "swydd" in v or "designation" in v:
            out[i] = "role"
        elif v:
            out[i] = "organisation"
    return out


def row_people(
    cells: tuple[str, ...], columns: dict[int, str] | None, resolver: OrgResolver
) -> list[Attendee]:
    """An attendance table row -> one attendee (or none when the row names nobody)."""
    cols = columns or (
        {0: "name", 1: "organisation"}
        if len(cells) == 2
        else {0: "name", 1: "role", 2: "organisation"}
    )
    name = next(
        (cells[i] for i, f in cols.items() if f == "name" and i < len(cells)),
        cells[0] if cells else "",
    )
    extra = [
        cells[i]
        for i, f in sorted(cols.items())
        if f != "name" and i < len(cells) and cells[i].strip()
    ]
    if not name.strip():
        return []
    people = parse_people(name + "".join(f" ({e})" for e in extra if "(" not in e), resolver)
    return people[:1]


def looks_like_people(text: str) -> bool:
    """True for a line that lists people rather than narrating ("Cllr A, Dr B (NRW)")."""
    t = re.sub(r"\([^()]*\)", "", text).strip(" .;:")
    t = _PLURAL_RE.sub("", t)
    if not t or len(t) > 600:
        return False
    parts = [
        _role_prefix(p)[1] for p in re.split(r"\s*[,;&]\s*|\s+and\s+|\s+[–-]\s+|\s*/\s*", t) if p
    ]
    if not parts:
        return False
    lower = sum(
        1
        for w in t.split()
        if w.islower() and w not in ("and", "of", "the", "for", "de", "a", "y", "in")
    )
    if lower > max(2, len(parts)):
        return False
    named = sum(1 for p in parts if is_name(p, inherited_title=True))
    return named >= max(1, len(parts) // 3)


def sentence_apologies(text: str, resolver: OrgResolver) -> list[Attendee]:
    """People named in "Apologies for absence were received from X, Y and Z (NRW)"."""
    for rx in _SENTENCE_APOLOGIES:
        m = rx.search(text)
        if m:
            if re.match(r"\s*(?:as\b|above|below|in\s+the\s+list)", m.group("who"), re.I):
                return []
            who = re.split(
                r"(?<=[a-z)])\.\s+(?=[A-Z])|\s+as\s+(?:listed|noted|shown|recorded|set\s+out)|\s+as\s+above",
                m.group("who"),
            )[0]
            return parse_people(who, resolver)
    return []


_EMBEDDED = re.compile(
    r"(?:(?<=\s)|^)(?:[o•▪\uf0b7\-*]\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,3}(?:[Pp]resent|PRESENT|[Aa]bsent|ABSENT|[Ii]n\s+[Aa]ttendance|"
    r"IN\s+ATTENDANCE|[Aa]pologies|APOLOGIES|[Pp]resennol|PRESENNOL|[Yy]mddiheuriadau|YMDDIHEURIADAU)(?:\s+\w+)?\s*:)"
)


def prepare_zone(lines: list[Line]) -> list[Line]:
    """Undo wrapping in an attendance block and split lines that hold several labelled lists.

    "Chris Dallas," + "Ben Munro, Todd Feinberg o Others Present: Ryan Warsing (LSRCC" + ...
    becomes "... Chris Dallas, Ben Munro, Todd Feinberg" and "Others Present: Ryan Warsing ...".
    """
    joined: list[Line] = []
    for ln in lines:
        t = ln.text.strip()
        if joined and ln.kind != "table_row" and joined[-1].kind != "table_row":
            prev = joined[-1].text
            if (
                re.search(r"(?:,|\band|&|\()$", prev)
                or prev.count("(") > prev.count(")")
                or t[:1].islower()
                and not attendance_label(t)
            ):
                joined[-1] = Line(prev + " " + t, joined[-1].passage, joined[-1].index)
                continue
        joined.append(Line(t, ln.passage, ln.index))
    out: list[Line] = []
    for ln in joined:
        if ln.kind == "table_row":
            out.append(ln)
            continue
        cuts = [m.start() for m in _EMBEDDED.finditer(ln.text) if m.start() > 0] + [len(ln.text)]
        start = 0
        for c in cuts:
            piece = re.sub(r"^[o•▪\uf0b7\-*]\s+", "", ln.text[start:c].strip()).strip()
            if piece:
                out.append(Line(piece, ln.passage, ln.index))
            start = c
    return out
