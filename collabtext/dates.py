"""Dates as minutes write them (English and Welsh), turned into ISO strings.

Handles "3rd September 2019", "Monday, January 29, 2018", "29/01/2018", "29.01.18", "2018-01-29",
"Tuesday 21 January 2025", "the 12th day of January, 2011", Welsh month names and ordinals
("Dydd Mawrth, 21ain Ionawr 2025"), and the partial forms that action due dates use ("by 16 May",
"July 2025 meeting", "next meeting").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Welsh, with the soft-mutated forms that follow "o" / "ym" ("o Fawrth", "ym Mehefin").
    "ionawr": 1,
    "chwefror": 2,
    "mawrth": 3,
    "fawrth": 3,
    "ebrill": 4,
    "mai": 5,
    "fai": 5,
    "mehefin": 6,
    "gorffennaf": 7,
    "awst": 8,
    "medi": 9,
    "fedi": 9,
    "hydref": 10,
    "tachwedd": 11,
    "dachwedd": 11,
    "rhagfyr": 12,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
    r"|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul),?\s+)?"
)
# English ordinals and the Welsh ones (1af, 2il, 3ydd, 4ydd, 5ed, 6ed, 11eg, 20fed, 21ain ...).
_ORD = r"(?:st|nd|rd|th|af|il|ydd|ed|eg|fed|ain)?"
_DAY = r"(?P<d>[0-3]?\d)\s?" + _ORD
_YEAR = r"(?P<y>(?:19|20)\d\d)"

_PATTERNS = (
    # 21 January 2025 / 3rd September 2019 / 12th day of January, 2011 / 29ain Gorffennaf, 2021
    re.compile(
        r"\b"
        + _WEEKDAY
        + _DAY
        + r"(?:\s+day)?(?:\s+of)?\s+(?P<m>"
        + _MONTH_RE
        + r")\.?,?\s+"
        + _YEAR
        + r"\b",
        re.I,
    ),
    # January 29, 2018 / Monday, January 29, 2018
    re.compile(
        r"\b" + _WEEKDAY + r"(?P<m>" + _MONTH_RE + r")\.?\s+" + _DAY + r",?\s+" + _YEAR + r"\b",
        re.I,
    ),
    # 2018-01-29
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    # 29/01/2018, 29.01.18, 29-01-2018 (day first, as UK minutes write them)
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)[/.](?P<mn>[01]?\d)[/.](?P<y>(?:19|20)?\d\d)(?![\d./])"),
)
_MONTH_YEAR = re.compile(r"\b(?P<m>" + _MONTH_RE + r")\.?,?\s+" + _YEAR + r"\b", re.I)
_DAY_MONTH = re.compile(r"\b" + _DAY + r"\s+(?P<m>" + _MONTH_RE + r")\b(?!\s+(?:19|20)\d\d)", re.I)
_MONTH_DAY = re.compile(
    r"\b(?P<m>" + _MONTH_RE + r")\.?\s+" + _DAY + r"\b(?!,?\s+(?:19|20)\d\d)", re.I
)
_MONTH_ONLY = re.compile(
    r"\b(?:the\s+|by\s+|in\s+)?(?P<m>" + _MONTH_RE + r")\s+(?:meeting|board|cyfarfod)\b", re.I
)
_NEXT_MEETING = re.compile(r"\bnext\s+(?:meeting|board|cyfarfod)\b|\bcyfarfod nesaf\b", re.I)
_AMBIGUOUS_SHORT = {
    "mar",
    "may",
    "mai",
    "sun",
    "sat",
    "wed",
    "jun",
    "jul",
    "dec",
    "oct",
    "aug",
    "nov",
    "feb",
    "jan",
    "apr",
    "sep",
}


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: its ISO form and where it was written."""

    iso: str
    start: int
    end: int


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def _build(groups: dict[str, str | None]) -> str | None:
    try:
        y = _year(groups["y"] or "")
        m = _MONTHS[groups["m"].lower()] if groups.get("m") else int(groups.get("mn") or "")
        return date(y, m, int(groups["d"] or "")).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Return every full date (day, month and year) in ``text``, in order of appearance.

    Example:
        >>> [d.iso for d in find_dates("held on Monday, January 29, 2018 and 3rd September 2019")]
        ['2018-01-29', '2019-09-03']
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            if (
                groups.get("m")
                and groups["m"].lower() in _AMBIGUOUS_SHORT
                and not text[m.start("m") : m.end("m")][:1].isupper()
            ):
                continue  # "may" and "mar" are words as well as months: only capitalised ones count
            iso = _build(groups)
            if iso:
                found.append(DateMatch(iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> str | None:
    """Return the first full date in ``text`` as ``YYYY-MM-DD``, or None.

    Example:
        >>> parse_date("Dydd Mawrth, 21 Ionawr 2025")
        '2025-01-21'
    """
    dates = find_dates(text)
    return dates[0].iso if dates else None


def _infer_year(month: int, ref: str | None, day: int | None = None) -> int | None:
    """A due date without a year is the next such date on or after the meeting."""
    if not ref:
        return None
    r = date.fromisoformat(ref)
    if (month, day or 31) < (r.month, r.day if day else 1):
        return r.year + 1
    return r.year


def parse_due(text: str, meeting_date: str | None = None) -> str | None:
    """Read a due date the way an answer key expects it.

    Returns ``YYYY-MM-DD`` when a day is given (the year taken from the meeting when missing),
    ``YYYY-MM`` when only a month is given ("July 2025 meeting", "the April meeting"),
    ``"next meeting"`` for that phrase, ``"ongoing"``/``"asap"`` as written, otherwise None.

    Example:
        >>> parse_due("by 16 May", "2025-05-06"), parse_due("July 2025 meeting")
        ('2025-05-16', '2025-07')
    """
    if not text or not text.strip():
        return None
    full = find_dates(text)
    if full:
        return full[0].iso
    for pat in (_DAY_MONTH, _MONTH_DAY):
        m = pat.search(text)
        if m and not (m.group("m").lower() in _AMBIGUOUS_SHORT and m.group("m")[0].islower()):
            month, day = _MONTHS[m.group("m").lower()], int(m.group("d"))
            y = _infer_year(month, meeting_date, day)
            if y and 1 <= day <= 31:
                try:
                    return date(y, month, day).isoformat()
                except ValueError:
                    pass
    m = _MONTH_YEAR.search(text)
    if m and not (m.group("m").lower() in _AMBIGUOUS_SHORT and m.group("m")[0].islower()):
        return f"{int(m.group('y')):04d}-{_MONTHS[m.group('m').lower()]:02d}"
    m = _MONTH_ONLY.search(text)
    if m and m.group("m")[0].isupper():
        month = _MONTHS[m.group("m").lower()]
        y = _infer_year(month, meeting_date)
        if y:
            return f"{y:04d}-{month:02d}"
    if _NEXT_MEETING.search(text):
        return "next meeting"
    low = text.strip().lower()
    if low in ("ongoing", "asap", "immediately", "complete", "completed"):
        return low
    return None


def find_due_phrase(text: str, meeting_date: str | None = None) -> str | None:
    """Return the part of an action sentence that gives its deadline ("by 30 June 2025"), or None.

    Example:
        >>> find_due_phrase("NT to share evaluations by 23 May.")
        'by 23 May'
    """
    found = None
    for m in re.finditer(
        r"\b(?:by|before|for|at|to|until|no\s+later\s+than|erbyn|due|in)\s+", text, re.I
    ):
        cand = re.split(r"[.;]\s|[.;]$|,\s+(?:and|but)\s", text[m.start() : m.start() + 60])[
            0
        ].strip()
        if parse_due(cand, meeting_date) or _END_OF.match(cand) or _DAY_MONTH.search(cand):
            found = cand  # the last is nearest the date: "by 16 May", not "to ... by 16 May"
    return found


_END_OF = re.compile(
    r"^(?:by|before|until|erbyn|in)\s+(?:the\s+)?(?:end\s+of\s+)?(?:diwedd\s+)?(?P<m>"
    + _MONTH_RE
    + r")\b",
    re.I,
)


def due_from_phrase(phrase: str, meeting_date: str | None = None) -> str | None:
    """Like ``parse_due`` but also reads "by the end of March" (month, year from the meeting)."""
    due = parse_due(phrase, meeting_date)
    if due:
        return due
    m = _END_OF.match(phrase)
    if m and m.group("m")[0].isupper():
        month = _MONTHS[m.group("m").lower()]
        y = _infer_year(month, meeting_date)
        return f"{y:04d}-{month:02d}" if y else None
    return None
