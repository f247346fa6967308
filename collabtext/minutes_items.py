"""Agenda items: numbering in every common style, titles, and decisions kept apart from notings.

Numbering styles: "1.", "1 /", "5(a)", "18.11.3", "46/23", "Item 4", "Agenda item 4", "Minute 12",
"C229", and ModernGov's number on a line of its own with the title on the next line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .minutes_lines import Line

_TIME_WORDS = re.compile(r"^(?:a\.?m\.?|p\.?m\.?|hrs?|noon|o'clock)\b", re.I)


@dataclass(frozen=True, slots=True)
class ItemStart:
    """Where an item begins: its printed number, a comparable key, the style and the title."""

    index: int  # line index
    number: str
    key: tuple[int, ...]
    style: str
    title: str
    title_from_next: bool = False


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "item",
        re.compile(
            r"^(?:agenda\s+)?(?:item|eitem)\s+(?:no\.?\s*)?(?P<n>\d{1,3})(?P<sub>[a-z])?\b\s*[.:)\-–]?\s*(?P<t>.*)$",
            re.I,
        ),
    ),
    (
        "minute",
        re.compile(
            r"^(?:minute|min\.?|cofnod)\s+(?:no\.?\s*)?(?P<n>\d{1,4}(?:/\d{2,4})?)\b\s*[.:\-–]?\s*(?P<t>.*)$",
            re.I,
        ),
    ),
    ("slash", re.compile(r"^(?P<n>\d{1,4}/\d{2,4})\s*[.:\-–]?\s+(?P<t>\S.*)$")),
    ("code", re.compile(r"^(?P<n>[A-Z]{1,3}\d{1,4})\s*[.:\-–]?\s+(?P<t>[A-Z].*)$")),
    ("dotted", re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+(?P<t>\S.*)$")),
    (
        "num",
        re.compile(r"^(?P<n>\d{1,3})\s*(?:\((?P<sub>[a-z])\)|(?P<sub2>[a-z])[.)])\s+(?P<t>\S.*)$"),
    ),
    ("num", re.compile(r"^(?P<n>\d{1,3})(?:\.|\s*/|\s*\t|\s+(?=[A-Z]))\s*(?:/\s*)?(?P<t>.*)$")),
)


def _key(number: str) -> tuple[int, ...]:
    parts = tuple(int(x) for x in re.findall(r"\d+", number))
    # "46/23": the running number varies within a year, so it compares last
    return parts[::-1] if "/" in number else parts


def _clean_title(t: str) -> str:
    t = re.sub(r"\s*(?:pdf|PDF)\s+icon\s+PDF\s+[\d.]+\s*[KM]B\b.*$", "", t)
    t = re.sub(r"\s+", " ", t).strip(" .:/–-\t")
    return t


def _opens_item(text: str) -> bool:
    return any(rx.match(text.strip()) for _, rx in _PATTERNS[:-1]) or bool(
        re.match(r"^\d{1,3}[.)]?(?:\s|$)", text.strip())
    )


def item_start(line: Line, next_line: Line | None = None) -> ItemStart | None:
    """Return the item that ``line`` opens, or None. Sub-items ("5(a)") are not top-level."""
    text = line.text.strip().lstrip("•·▪-* ").strip() if line.kind != "table_row" else ""
    if (
        line.kind == "table_row"
        and line.cells
        and len(line.cells) >= 2
        and re.fullmatch(r"\d{1,3}\.?", line.cells[0].strip())
    ):
        text = line.cells[0].strip().rstrip(".") + ". " + " ".join(c for c in line.cells[1:2])
    if not text or len(text) > 400:
        return None
    for style, rx in _PATTERNS:
        m = rx.match(text)
        if not m:
            continue
        number = m.group("n")
        title = _clean_title(m.group("t") or "")
        gd = m.groupdict()
        if gd.get("sub") or gd.get("sub2"):
            return None
        if style == "slash" and int(number.split("/")[0]) >= 1900:
            return None
        if _TIME_WORDS.match(title) or re.match(r"^(?:%|per\s?cent|x\b|[£$€])", title, re.I):
            return None
        from_next = False
        if (
            not title
            and next_line is not None
            and len(next_line.text.split()) <= 40
            and not _opens_item(next_line.text)
        ):
            title, from_next = _clean_title(next_line.text), True
            if len(title.split()) > 20:
                title = " ".join(title.split()[:20]) + " …"
        if not title or not (title[0].isupper() or title[0].isdigit() or title[0] in "'\"‘“("):
            return None
        return ItemStart(
            line.index,
            number,
            _key(number),
            style if style != "dotted" else f"dotted{len(_key(number))}",
            title,
            from_next,
        )
    return None


def _sequence(cands: list[ItemStart]) -> list[ItemStart]:
    """Keep the candidates whose numbers rise (small gaps allowed): the real item sequence."""
    out: list[ItemStart] = []
    for c in cands:
        if not out:
            out.append(c)
            continue
        prev = out[-1].key
        if (
            c.key[:-1] == prev[:-1]
            and 0 < c.key[-1] - prev[-1] <= 12
            or (len(c.key) > 1 and c.key[:-1] > prev[:-1] and c.key[-1] <= 3)
        ):
            out.append(c)
        elif (
            len(out) == 1 and c.key[-1] == 1 or (len(out) == 1 and c.key[-1] == 2 and prev[-1] != 1)
        ):
            out[0] = c  # a stray number before the real first item
    return out


def find_item_starts(lines: list[Line]) -> list[ItemStart]:
    """Return the top-level items of the minutes, in order."""
    cands: dict[str, list[ItemStart]] = {}
    for i, line in enumerate(lines):
        s = item_start(line, lines[i + 1] if i + 1 < len(lines) else None)
        if s:
            cands.setdefault(s.style, []).append(s)
    best: list[ItemStart] = []
    for _style, group in sorted(cands.items(), key=lambda kv: (kv[0].startswith("dotted"), kv[0])):
        seq = _sequence(group)
        if len(seq) > len(best) * 1.5 or (not best and seq):
            best = seq
    if len(best) >= 2 or (best and best[0].key[-1] == 1 and not best[0].style.startswith("dotted")):
        return best
    return _heading_items(lines)


def _heading_items(lines: list[Line]) -> list[ItemStart]:
    """Minutes without numbers: CAPITALISED lines, short headings or top-level bullets are items.

    Only lines after the attendance record count, and never lines holding a date or a person.
    """
    from .dates import find_dates
    from .minutes_attendance import attendance_label
    from .minutes_people import is_name

    labels = [ln.index for ln in lines[: max(60, len(lines) // 2)] if attendance_label(ln.text)]
    after = labels[-1] if labels else 2
    cands: list[tuple[Line, str, bool]] = []
    for ln in lines:
        t = ln.text.strip().lstrip("•·▪\uf0b7 ").strip()
        words = t.split()
        if (
            ln.index <= after
            or not (1 <= len(words) <= 9)
            or re.search(r"[.:;,]$", t)
            or ln.kind == "table_row"
        ):
            continue
        if (
            attendance_label(t)
            or find_dates(t)
            or is_name(re.sub(r"\([^()]*\)", "", t))
            or re.search(r"\d{1,2}[.:]\d{2}", t)
        ):
            continue
        caps = t.isupper() and len(t) > 4
        if caps or (ln.kind in ("heading", "list_item") and t[:1].isupper()):
            cands.append((ln, t, caps))
    if sum(c for _, _, c in cands) >= 2:
        cands = [c for c in cands if c[2]]
    out = [ItemStart(ln.index, "", (k + 1,), "heading", t) for k, (ln, t, _) in enumerate(cands)]
    return out


# --- decisions and notings -------------------------------------------------------------------

_STRONG = (
    re.compile(
        r"^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:It\s+was\s+)?(?:(?:UNANIMOUSLY|FURTHER|ALSO)\s+)?(?:RESOLVED|AGREED|APPROVED|DECIDED|CARRIED)\b"
    ),
    re.compile(
        r"^(?:It\s+was\s+)?(?:Unanimously\s+)?(?:Resolved|Agreed|Decided|Approved)\s*(?:that|:|–|-|to|unanimously|,)",
        re.I,
    ),
    re.compile(r"^(?:Penderfynwyd|Cytunwyd|PENDERFYNWYD|CYTUNWYD)\b"),
)
_DECISION_LABEL = re.compile(
    r"^(?:Decisions?|Penderfyniad(?:au)?|Outcome|Resolution)\s*[:\-–]\s*(?P<rest>.*)$", re.I
)
# "Decision: To receive the information" and "Penderfyniad: Derbyn y wybodaeth" say the same: the
# item was noted, nothing was decided.
_NOTED_ONLY = re.compile(
    r"^(?:noted|nodwyd|nodi|derbyn\s+yr?\s+(?:wybodaeth|adroddiad|diweddariad)|received|"
    r"for\s+information|information\s+only|"
    r"(?:to\s+)?(?:receive|note)(?:\s+and\s+note)?\s+the\s+(?:information|report|update|presentation)\b)",
    re.I,
)
_MEDIUM = (
    re.compile(
        r"\b(?<!had )(?<!have )(?<!has )(?:it\s+was|was|were|be|been|is|are)\s+(?:\w+\s+)?"
        r"(?:unanimously\s+)?"
        r"(?:RESOLVED|AGREED|APPROVED|resolved|agreed|approved|adopted|ADOPTED|CARRIED|carried|ratified|endorsed)\b"
    ),
    re.compile(
        r"\b(?:[Cc]ouncillors|[Mm]embers|Board|Committee|Council|Commission|Partnership|Group|Panel|Cabinet|Forum|[Aa]ll|"
        r"[Ee]veryone|Trustees|Commissioners|Directors)\s+(?:present\s+)?(?:(?:unanimously|therefore|then|also)\s+)?"
        r"(?:resolved|agreed|decided|approved|endorsed|RESOLVED|AGREED)\b(?!\s+last)"
    ),
    re.compile(
        r"\(motion\).{0,80}\(second\)|\bmoved\b.{0,120}\bseconded\b|\bproposed\b.{0,120}\bseconded\b|\bmotion\b.{0,80}\bcarried\b",
        re.I,
    ),
    re.compile(r"\b(?:APPROVED|ADOPTED|CONFIRMED|PASSED|ACCEPTED|CARRIED|GRANTED)\b"),
    # "The minutes of the 16th February were confirmed and signed by the Chairman"
    re.compile(
        r"\bminutes\b.{0,80}\b(?:were|was|be|been)\s+(?:\w+\s+)?(?:confirmed|signed|accepted)\b",
        re.I,
    ),
)
_NOT_DECISION = re.compile(
    r"\b(?:had|have|has|previously|would|will|could|should|may|might|to\s+be)\s+(?:\w+\s+)?(?:agreed|resolved|approved|decided)\b|\bagreed\s+last\b",
    re.I,
)
_NOTED = re.compile(
    r"\b(?:was|were|be|been|is|are)\s+(?:duly\s+)?noted\b|\b(?:Board|Committee|[Mm]embers|Council|[Cc]ouncillors|Partnership|Group|"
    r"Panel|Commission|Cabinet|Forum|[Aa]ll)\s+(?:\w+\s+)?noted\b|\breceived\s+the\s+(?:report|update|information|presentation|minutes)\b"
    r"|\bPLACED ON FILE\b|\bNOTED\b|\b[Nn]odwyd\b|\bfor\s+information\b",
)


def split_sentences(text: str) -> list[str]:
    # Not after an initial ("Z. Maiorca") or a title ("Dr. Price").
    pattern = (
        r"(?<![\s(][A-Z]\.)(?<!^[A-Z]\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!Mrs\.)(?<!\bSt\.)"
        r"(?<=[.!?])\s+(?=[A-Z(“\"‘'])"
    )
    return [s.strip() for s in re.split(pattern, text) if s.strip()]


def classify_paragraph(par: str) -> tuple[list[str], list[str]]:
    """Return (decisions, noted) found in one paragraph.

    A paragraph opening with RESOLVED/AGREED/Decision: is one decision however many lettered parts
    it has; elsewhere each sentence that records a decision counts.
    """
    p = re.sub(r"^(?:Minutes|Cofnodion|Cofnod)\s*:\s*", "", par.strip())
    m = _DECISION_LABEL.match(p)
    if m:
        return ([], [p]) if _NOTED_ONLY.match(m.group("rest").strip()) else ([p], [])
    if any(rx.match(p) for rx in _STRONG):
        return [p], []
    decisions, noted = [], []
    for s in split_sentences(p):
        if _NOT_DECISION.search(s) and not re.search(r"\b(?:RESOLVED|AGREED)\b", s):
            continue
        if any(rx.search(s) for rx in _MEDIUM):
            decisions.append(s)
        elif _NOTED.search(s):
            noted.append(s)
    return decisions, noted


def paragraphs(lines: list[Line]) -> list[str]:
    """Join wrapped lines into paragraphs (a PDF line break is not a paragraph break)."""
    out: list[str] = []
    prev_pid = None
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        cont = (
            out
            and ln.kind != "table_row"
            and prev_pid is not None
            and not re.search(r"[.:;!?]$", out[-1])
            and (t[:1].islower() or ln.passage.id == prev_pid)
            and not re.match(r"^(?:\(?[a-z]\)|[•·▪o]\s|ACTION|Action\s*:|RESOLVED|AGREED)", t)
        )
        if cont:
            out[-1] = out[-1] + " " + t
        else:
            out.append(t)
        prev_pid = ln.passage.id
    return _merge_lettered(_split_markers(out))


def _split_markers(pars: list[str]) -> list[str]:
    """ModernGov pages run "... Decision: Approved. Minutes: ..." together: split at the markers."""
    out: list[str] = []
    for p in pars:
        if out and re.fullmatch(r"(?:Decision|Minutes|Penderfyniad|Cofnodion|Cofnod)\s*:", out[-1]):
            p = out.pop() + " " + p  # a bare "Decision:" label belongs to the next paragraph
        out += [
            x
            for x in re.split(
                r"(?<=[.!?])\s+(?=(?:Decision|Minutes|Penderfyniad|Cofnodion|Cofnod)\s*:)", p
            )
            if x
        ]
    return out


def _merge_lettered(pars: list[str]) -> list[str]:
    """ "RESOLVED that –" followed by "(a) ...", "(b) ..." paragraphs is one resolution."""
    out: list[str] = []
    for p in pars:
        if out and re.match(r"^\(?[a-z]{1,3}\)\s", p) and any(rx.match(out[-1]) for rx in _STRONG):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out
