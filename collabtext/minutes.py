"""Review meeting minutes: attendance by organisation, items, decisions, joint actions, language.

``review_minutes(doc)`` works on any extracted Document (PDF, DOCX, ODT, HTML, text): ModernGov
and free-form minutes and notes, English, Welsh and bilingual.

Example:
    >>> from collabtext.extract import extract_document  # doctest: +SKIP
    >>> r = review_minutes(extract_document("minutes.docx"))  # doctest: +SKIP
    >>> r.to_dict()["summary"]["joint_actions"]  # doctest: +SKIP
"""

from __future__ import annotations

import re
from typing import Any

from . import minutes_analysis as analysis
from .minutes_actions import OwnerResolver, action_table_columns, line_action, sentence_action, table_action
from .minutes_attendance import attendance_label, prepare_zone, is_header_row, looks_like_people, row_people, sentence_apologies, _column_map
from .minutes_items import ItemStart, classify_paragraph, find_item_starts, paragraphs, split_sentences
from .minutes_lines import Line, document_lines
from .minutes_meeting import agenda_cues, clean_title, meeting_date, meeting_title
from .minutes_model import ATTENDANCE_KINDS, Action, Attendee, Item, MinutesResult
from .minutes_orgs import OrgRef, OrgResolver, looks_like_org
from .minutes_people import is_name
from .records import Document

__all__ = ["MinutesResult", "review_minutes", "review_path"]

_LOG_HEADING = re.compile(
    r"^(?:action\s+(?:log|sheet|list|points?|tracker|summary|plan)|summary\s+of\s+actions|actions?\s+(?:agreed|arising|from\s+the\s+meeting)|actions)\b",
    re.I,
)
_CLOSING = re.compile(r"^(?:the\s+meeting\s+(?:closed|ended|finished|concluded)|meeting\s+(?:closed|adjourned|ended)|daeth\s+y\s+cyfarfod\s+i\s+ben)\b", re.I)
_APOLOGY_TITLE = re.compile(r"apolog|ymddiheur|absence|absennol", re.I)


class _Attendance:
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
                self.resolver.learn(ref if ref and ref.canonical == a.organisation else OrgRef(a.organisation, a.sector, a.ambiguous))

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


def _zone_row(ln: Line, att: _Attendance, current: str | None, columns: dict[int, str] | None) -> tuple[str | None, dict[int, str] | None]:
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


def _read_zone(lines: list[Line], att: _Attendance, *, default: str | None = None) -> None:
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
                att.add(current, att_people(lab[1], att) or sentence_apologies(lab[1], att.resolver))
            continue
        apologies = sentence_apologies(ln.text, att.resolver)
        if apologies:
            att.add("apologies", apologies)
            continue
        if current and looks_like_org(ln.text) and not is_name(re.sub(r"\([^()]*\)", "", ln.text)) and att.attach_org(current, ln.text):
            continue
        if current and looks_like_people(ln.text):
            att.add(current, att_people(ln.text, att))
        elif current is None and default is None and looks_like_people(ln.text) and att_people(ln.text, att):
            pending.append(ln.text)
        elif current and sum(w.islower() for w in ln.text.split()) >= 4:
            current = default  # narrative: the list has ended
        elif current is None and sum(w.islower() for w in ln.text.split()) >= 4:
            pending = _flush(pending, att)
    _flush(pending, att)


def _flush(pending: list[str], att: _Attendance) -> list[str]:
    if len(pending) >= 3 and not any(att.kinds.values()):
        for text in pending:
            att.add("present", att_people(text, att))
    return []


def _own_members(att: _Attendance, title: str | None, resolver: OrgResolver) -> None:
    """Councillors and officers of a council's own meeting belong to that council."""
    if not title or not re.search(r"\b(?:council|cyngor)\b", title, re.I):
        return
    body = resolver.resolve(re.split(r"\s+[-–—:]\s+", title)[0])
    if body is None or not re.search(r"\b(?:council|cyngor)\b", body.canonical, re.I):
        return
    own = re.compile(r"^(?:cllr|councillor|cyng|cynghorydd|y\s+cynghorydd|mayor|alderman)\b", re.I)
    for kind, people in att.kinds.items():
        for i, a in enumerate(people):
            if a.organisation is None and (own.match(a.name) or (a.role and re.search(r"\b(?:chair|clerk|mayor|cadeirydd|clerc)", a.role, re.I))):
                people[i] = Attendee(a.name, a.role, body.canonical, body.sector, a.initials, a.ambiguous)
    att.resolver.learn(body)


def att_people(text: str, att: _Attendance) -> list[Attendee]:
    from .minutes_people import parse_people

    return parse_people(text, att.resolver)


def _item_bounds(lines: list[Line], starts: list[ItemStart]) -> list[tuple[ItemStart, list[Line]]]:
    out = []
    for k, s in enumerate(starts):
        end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        first = s.index + (2 if s.title_from_next else 1)
        out.append((s, lines[first:end]))
    return out


def _split_log(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """Cut the action log (and anything after the meeting closed) off the last item."""
    for j, ln in enumerate(body):
        if ln.kind != "table_row" and (_LOG_HEADING.match(ln.text) and len(ln.text.split()) <= 12):
            return body[:j], body[j:]
        if ln.kind == "table_row" and ln.cells and action_table_columns(ln.cells):
            return body[:j], body[j:]
        if ln.kind != "table_row" and _CLOSING.match(ln.text):
            return body[: j + 1], body[j + 1 :]
    return body, []


def _actions_in(body: list[Line], owners: OwnerResolver, mdate: str | None, number: str | None) -> list[Action]:
    out: list[Action] = []
    cols: dict[str, int] | None = None
    for ln in body:
        if ln.kind == "table_row" and ln.cells:
            hdr = action_table_columns(ln.cells)
            if hdr:
                cols = hdr
                continue
            if cols:
                a = table_action(ln.cells, cols, owners, mdate)
                if a:
                    out.append(_with_item(a, number))
            continue
        a = line_action(ln.text, owners, mdate)
        if a:
            out.append(_with_item(a, number))
    for par in paragraphs([ln for ln in body if ln.kind != "table_row" and not line_action(ln.text, owners, mdate)]):
        if classify_paragraph(par)[0]:
            continue
        for s in split_sentences(par):
            a = sentence_action(s, owners, mdate)
            if a:
                out.append(_with_item(a, number))
    return out


def _with_item(a: Action, number: str | None) -> Action:
    return Action(a.text, a.owners, a.organisations, a.due, number, a.source)


_STOP = set("the and for with that this from into their there which will would have been were was are each all its our".split())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def _attach(actions: list[Action], items: list[dict[str, Any]]) -> list[Action]:
    """Give action-log rows the item whose text they best match (None when nothing matches well)."""
    out = []
    for a in actions:
        aw = _words(a.text)
        best, best_score = None, 0.0
        for it in items:
            score = len(aw & it["words"]) / max(1, len(aw))
            if score > best_score:
                best, best_score = it["number"], score
        out.append(_with_item(a, best if best_score >= 0.5 else None))
    return out


def review_minutes(doc: Document, *, tagger: Any = None, scorer: Any = None, gazetteer: Any = None) -> MinutesResult:
    """Review one meeting's minutes.

    Args:
        doc: an extracted document.
        tagger: a ``collabtext.tag.Tagger`` (default: the cached one, when lexicons are installed).
        scorer: a ``collabtext.score.Scorer`` (default: a new one, when installed).
        gazetteer: a ``collabtext.orgs`` gazetteer (default: the cached one, when installed).

    Returns:
        MinutesResult, whose ``to_dict()`` has the DESIGN.md minutes shape.
    """
    lines = document_lines(doc)
    resolver = OrgResolver.for_document(doc, gazetteer)
    starts = find_item_starts(lines)
    first = starts[0].index if starts else min(len(lines), 40)
    top = lines[: max(first, 1)]
    resolver.learn_mentions(doc.text[:200_000])
    att = _Attendance(resolver)
    _read_zone(top, att)
    bounds = _item_bounds(lines, starts)
    if not any(att.kinds.values()):
        for s_, body in bounds[:2]:
            if not _APOLOGY_TITLE.search(s_.title):
                _read_zone(body[:40], att)
    for k, (s, body) in enumerate(bounds[:4]):
        if _APOLOGY_TITLE.search(s.title):
            _read_zone(body, att, default="apologies")
        elif k < 3:
            for ln in [lines[s.index], *body]:
                found = sentence_apologies(ln.text, resolver)
                if found:
                    att.add("apologies", found)
    item_lines = {s.index for s in starts}
    head = [ln for ln in lines[: max(first, 8)] if ln.index not in item_lines]
    title = meeting_title(lines[: max(first, 1)]) or (clean_title(doc.title) if doc.title else None)
    mdate = meeting_date(lines[:first], []) or meeting_date(head, lines)
    _own_members(att, title, resolver)
    owners = OwnerResolver(resolver, att.all())
    items, log = _build_items(bounds, owners, mdate)
    tagger = tagger if tagger is not None else analysis.default_tagger()
    scorer = scorer if scorer is not None else analysis.default_scorer()
    items = tuple(_label(it, tagger, scorer) for it in items)
    actions = tuple(a for it in items for a in it.actions) + tuple(a for a in log if a.item is None)
    return _result(doc, title, mdate, att, items, actions, top, resolver)


def _build_items(bounds: list[tuple[ItemStart, list[Line]]], owners: OwnerResolver, mdate: str | None) -> tuple[list[Item], list[Action]]:
    items: list[Item] = []
    log: list[Action] = []
    for k, (s, body) in enumerate(bounds):
        if k == len(bounds) - 1:
            body, tail = _split_log(body)
            log = _actions_in(tail, owners, mdate, None)
        decisions, noted = [], []
        for par in paragraphs([ln for ln in body if ln.kind != "table_row"]):
            d, n = classify_paragraph(par)
            decisions += d
            noted += n
        text = "\n".join(paragraphs(body))
        page = next((ln.passage.page for ln in body), None)
        pids = tuple(dict.fromkeys(ln.passage.id for ln in body))
        items.append(Item(s.number, s.title, text, tuple(decisions), tuple(noted), tuple(_actions_in(body, owners, mdate, s.number)), {}, 0, 0, page, pids))
    infos = [{"number": it.number, "words": _words(it.title + " " + it.text)} for it in items]
    log = _attach(log, infos)
    by_item: dict[str | None, list[Action]] = {}
    for a in log:
        by_item.setdefault(a.item, []).append(a)
    items = [_replace_actions(it, it.actions + tuple(by_item.get(it.number, ()))) for it in items]
    return items, log


def _replace_actions(it: Item, actions: tuple[Action, ...]) -> Item:
    return Item(it.number, it.title, it.text, it.decisions, it.noted, actions, it.labels, it.we, it.i, it.page, it.passage_ids)


def _label(it: Item, tagger: Any, scorer: Any) -> Item:
    p = analysis.item_passage(f"item{it.number or ''}", f"{it.title}\n{it.text}".strip())
    labels, we, i = analysis.label_item(p, tagger, scorer)
    return Item(it.number, it.title, it.text, it.decisions, it.noted, it.actions, labels, we, i, it.page, it.passage_ids)


def _result(doc: Document, title: str | None, mdate: str | None, att: _Attendance, items: tuple[Item, ...],
            actions: tuple[Action, ...], top: list[Line], resolver: OrgResolver) -> MinutesResult:
    attendance = {k: tuple(v) for k, v in att.kinds.items()}
    orgs = tuple(dict.fromkeys(a.organisation for k in ("present", "in_attendance") for a in attendance[k] if a.organisation))
    warnings: list[str] = []
    n_dec = sum(len(it.decisions) for it in items)
    cues = agenda_cues(top, [it.title for it in items])
    is_agenda = bool(cues) and n_dec == 0 and not attendance["present"]
    if is_agenda:
        warnings.append("this looks like an agenda, not minutes: " + "; ".join(cues[:3]) + " (no decisions or attendance recorded)")
    if not items:
        warnings.append("no numbered agenda items found")
    if not any(attendance.values()):
        warnings.append("no attendance record found")
    if mdate is None:
        warnings.append("no meeting date found")
    amb = sorted({f"{a.name}: {', '.join(a.ambiguous)}" for a in att.all() if a.ambiguous})
    warnings += [f"ambiguous organisation for {x}" for x in amb]
    is_psb = bool(re.search(r"public\s+services?\s+board|\bPSB\b|bwrdd\s+gwasanaethau\s+cyhoeddus", f"{title} {doc.text[:3000]}", re.I))
    psb = resolver.psb_coverage(list(orgs)) if is_psb else None
    spk = analysis.speakers(doc.passages, att.all())
    summary = analysis.summarise(attendance, orgs, items, actions, psb, spk)
    return MinutesResult(doc, title, mdate, attendance, orgs, items, actions, tuple(spk), summary, is_agenda, tuple(warnings))


def review_path(path: str, settings: Any = None, **kwargs: Any) -> MinutesResult:
    """Extract ``path`` and review it as minutes (the CLI's per-file function)."""
    from .extract import extract_document

    return review_minutes(extract_document(path, settings), **kwargs)
