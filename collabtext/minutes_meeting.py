"""The meeting itself: its title, its date (not one from the body), and whether it is an agenda."""

from __future__ import annotations

import re

from .dates import find_dates
from .minutes_lines import Line

_SKIP = re.compile(
    r"^(?:source\s*:|https?://|www\.|e-?mail\s*:|tel(?:ephone)?\s*:|clerk\s*:|cyswllt|contact|"
    r"venue|lleoliad|media|"
    r"agenda\s+(?:and|a)\s+(?:draft\s+)?(?:minutes|chofnodion|cofnodion)|items?$|eitemau|"
    r"rhif eitem|"
    r"no\.\s+item|"
    r"page\s+\d|time\s*:|amser|date\s*:|dyddiad\s*:|.*\bagenda\s+item\s+\d|agenda\s+item$|skip\s+to\b|"
    r"cofnodion\s*:|minutes\s*:|view\s+directions|additional\s+documents)",
    re.I,
)
# Longer than this, a line near the top is a paragraph or table row, not a header line (or a
# whole page flattened into one line).
_HEADER_MAX = 200
_HELD_ON = re.compile(
    r"\b(?:held\s+on|will\s+(?:be\s+)?hold|will\s+be\s+held|to\s+be\s+held|took\s+place|"
    r"a\s+gynhaliwyd|a\s+gynhelir)\b",
    re.I,
)
_HELD = re.compile(
    r"\b(?:held|meeting|cyfarfod|minutes|notes|cofnodion|date|dyddiad|dydd|took\s+place|a\s+gynhaliwyd)\b",
    re.I,
)
_SMALL = {
    "of",
    "and",
    "the",
    "for",
    "in",
    "on",
    "at",
    "to",
    "a",
    "an",
    "by",
    "with",
    "y",
    "yr",
    "a'r",
    "o",
}
_AGENDA_CUES = re.compile(
    r"^\s*(?:agenda|rhaglen|notice\s+of\s+(?:the\s+)?meeting|summons)\s*$|\bmeeting\s+to\s+be\s+held\b|\bwill\s+be\s+held\s+on\b.{0,60}\bto\s+transact\b|"
    r"\byou\s+are\s+(?:hereby\s+)?(?:summoned|invited)\s+to\s+attend\b",
    re.I,
)


def _title_case(s: str) -> str:
    if not s.isupper():
        return s
    words = s.lower().split()
    out = [w if (i and w in _SMALL) else (w[:1].upper() + w[1:]) for i, w in enumerate(words)]
    out = [
        w.upper() if len(w) <= 5 and not re.search(r"[aeiouyw]", w) else w for w in out
    ]  # PSB, NHS
    return " ".join(re.sub(r"(?<=[-/])(\w)", lambda m: m.group(1).upper(), w) for w in out)


def clean_title(text: str) -> str | None:
    """A header line as a meeting title (date, time and "documents" removed), or None."""
    t = text.strip()
    if _SKIP.match(t) or len(t) < 4:
        return None
    for d in sorted(find_dates(t), key=lambda d: -d.start):
        t = (t[: d.start] + t[d.end :]).strip()
    t = re.sub(r"\s*[-–—,|:]\s*$", "", re.sub(r"\s+[-–—|]\s*(?=$)", "", t)).strip()
    t = re.sub(
        r"\s+[-–—]\s+(?:dydd\s+\w+|\w+day)?\s*[\d.:]*\s*(?:am|pm)?\s*$", "", t, flags=re.I
    ).strip(" -–,")
    t = re.sub(r"\s+(?:dogfennau|documents|papers)\s*[,.]?$", "", t, flags=re.I).strip(" ,")
    t = re.sub(r"\s*[–-]?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?", "", t, flags=re.I).strip()
    if re.match(
        r"^(?:minutes|notes|cofnodion)\s+(?:from|of)\s*(?:the\s+)?(?:meeting\s+)?(?:held\s+)?(?:on\s+)?(?:[–-]|at\b|$)",
        t,
        re.I,
    ):
        return None  # only the date and venue were left
    if not t or not re.search(r"[A-Za-z]{3}", t) or _SKIP.match(t):
        return None
    lower = [w for w in t.split() if w.islower() and w not in _SMALL and len(w) > 2]
    if len(lower) > 3 or "(motion)" in t:
        return None  # a sentence of the body, not a heading
    words = t.split()
    if len(words) > 14:
        m = re.search(
            r"\b(?:official\s+)?(?:minutes|notes|cofnodion)\b|\b(?:a|an|the)\s+(?:\w+\s+)?meeting\b",
            t,
            re.I,
        )
        cut = t[: m.start()].strip(" ,–-") if m else ""
        t = cut if len(cut.split()) >= 2 else " ".join(words[:12])
    return _title_case(t)


_BODY_WORDS = re.compile(
    r"\b(?:council|board|committee|commission|partnership|forum|group|panel|cabinet|authority|"
    r"trust|meeting|minutes|notes|assembly|service|area|city|county|town|parish|borough|district|"
    r"network|alliance|association|trustees|cyngor|bwrdd|pwyllgor|cydbwyllgor|cyfarfod|cofnodion|"
    r"partneriaeth|fforwm|grŵp|panel)\b",
    re.I,
)


def meeting_title(top: list[Line], fallback: str | None = None) -> str | None:
    """The first header line that names the body or meeting (Council, Board, Pwyllgor ...),
    without its date; None rather than a guess when no line does."""
    for ln in top[:12]:
        if ln.kind != "table_row":
            t = clean_title(ln.text)
            if t and _BODY_WORDS.search(t):
                return t
    t = clean_title(fallback) if fallback else None
    return t if t and _BODY_WORDS.search(t) else None


def meeting_date(top: list[Line], all_lines: list[Line]) -> str | None:
    """The meeting's date: from a "held on"/"Date:" line near the top, else the first date there."""
    scored: list[tuple[int, int, str]] = []
    for pos, ln in enumerate(top[:25]):
        low = ln.text.lower()
        if re.search(
            r"\b(?:previous|last|next)\s+meetings?\b|\bnesaf\b|\bblaenorol\b|\bdiwethaf\b", low
        ) or (
            # the minutes of an earlier meeting being approved ("Approval of Minutes from
            # August 6, 2019", "The minutes of the meeting held on ... were confirmed")
            re.search(
                r"\bminutes\s+of\s+the\s+(?:\w+\s+)?meeting\s+held\b"
                if len(low) > _HEADER_MAX  # only a clear reference to earlier minutes
                else r"\bminutes\b",
                low,
            )
            and re.search(
                r"approv|confirm|submitted|correct\s+record|accurate|signed|circulated", low
            )
        ):
            continue
        for d in find_dates(ln.text):
            # a header line with "held on"/"Date:" beats a title line naming the body ("...
            # Committee - Thursday 15 January 2026"), which beats any other date near the top
            if len(ln.text) > _HEADER_MAX:
                # a paragraph or table row: a date it quotes counts only when it says the
                # meeting is held then ("will hold a special meeting ... on Tuesday, December 8")
                score = 2 if _HELD_ON.search(ln.text) else 1
            elif _HELD.search(ln.text):
                score = 3
            elif _BODY_WORDS.search(ln.text):
                score = 2
            else:
                score = 1
            scored.append((-score, pos, d.iso))
    if scored:
        return sorted(scored)[0][2]
    for ln in all_lines[:15]:
        ds = find_dates(ln.text)
        if (
            ds
            and re.search(
                r"\b(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date|dyddiad|held\s+on)\b",
                ln.text,
                re.I,
            )
            and not re.search(
                r"\b(?:previous|last|next)\s+meetings?\b|\bnesaf\b|\bblaenorol\b|\bdiwethaf\b|\bminutes\b|submitted|approv|confirm|received|circulated",
                ln.text,
                re.I,
            )
        ):
            return ds[0].iso
    return None


_TITLE_AGENDA = re.compile(r"\b(?:agenda|rhaglen)\b", re.I)
_NOT_AGENDA = re.compile(
    r"\b(?:minutes|notes|c(?:h)?ofnodion|agenda\s+item|on\s+the\s+agenda|agenda\s+(?:and|a)\b|item\s+on\s+the)\b",
    re.I,
)
_MINUTES_WORD = re.compile(r"\b(?:minutes|notes\s+of|c(?:h)?ofnodion|present|presennol)\b", re.I)


def agenda_cues(top: list[Line], item_titles: list[str]) -> tuple[list[str], bool]:
    """Signs that a document is an agenda, and whether they are strong.

    Strong: a heading says "Agenda" and nothing near the top says "minutes" or "present".
    Weak: "meeting to be held", a notice of meeting, "To receive ..." items.
    """
    head = top[:20]
    cues = [ln.text.strip() for ln in head if _AGENDA_CUES.search(ln.text)]
    titled = [
        ln.text.strip()
        for ln in head[:12]
        if _TITLE_AGENDA.search(ln.text)
        and not _NOT_AGENDA.search(ln.text)
        and len(ln.text.split()) <= 12
    ]
    strong = bool(titled) and not any(_MINUTES_WORD.search(ln.text) for ln in head[:12])
    cues += [t for t in titled if t not in cues]
    to_items = [
        t
        for t in item_titles
        if re.match(
            r"^(?:to\s+(?:receive|approve|consider|discuss|note|agree|register|confirm|elect|review)"
            r"|ystyried|derbyn|cymeradwyo)\b",
            t,
            re.I,
        )
    ]
    if item_titles and len(to_items) >= max(2, len(item_titles) // 3):
        cues.append(
            f"{len(to_items)} of {len(item_titles)} items read 'To receive/approve/consider ...'"
        )
    return cues, strong
