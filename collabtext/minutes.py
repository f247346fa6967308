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
from .dates import due_from_phrase, find_due_phrase
from .minutes_actions import (
    OwnerResolver,
    action_table_columns,
    line_action,
    sentence_action,
    table_action,
)
from .minutes_attendance import attendance_label, sentence_apologies
from .minutes_canon import defined_abbreviations, document_resolutions
from .minutes_items import (
    ItemStart,
    classify_paragraph,
    find_item_starts,
    paragraphs,
    split_sentences,
)
from .minutes_lines import Line, document_lines
from .minutes_meeting import agenda_cues, meeting_date, meeting_title
from .minutes_model import Action, Item, MinutesResult
from .minutes_orgs import OrgResolver
from .minutes_register import Register, own_members, read_zone
from .records import Document

__all__ = ["MinutesResult", "review_minutes", "review_path"]

_LOG_HEADING = re.compile(
    r"^(?:action\s+(?:log|sheet|list|points?|tracker|summary|plan)|summary\s+of\s+actions|actions?\s+(?:agreed|arising|from\s+the\s+meeting)|actions)\b",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:the\s+meeting\s+(?:closed|ended|finished|concluded)|meeting\s+(?:closed|adjourned|ended)|daeth\s+y\s+cyfarfod\s+i\s+ben)\b",
    re.I,
)
_APOLOGY_TITLE = re.compile(r"apolog|ymddiheur|absence|absennol", re.I)


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


def _actions_in(
    body: list[Line], owners: OwnerResolver, mdate: str | None, number: str | None
) -> list[Action]:
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
    for par in paragraphs(
        [ln for ln in body if ln.kind != "table_row" and not line_action(ln.text, owners, mdate)]
    ):
        decided = bool(classify_paragraph(par)[0])
        for s in split_sentences(par):
            # in a paragraph that records a decision, only sentences that are not themselves
            # the decision ("RESOLVED that the Clerk writes ...") may be actions
            if decided and classify_paragraph(s)[0]:
                continue
            a = sentence_action(s, owners, mdate) or _clause_action(s, owners, mdate)
            if a:
                out.append(_with_item(a, number))
    return out


# A clause after a comma or semicolon that hands someone a task: parish minutes run discussion and
# task together ("... a concrete base was needed, Councillor Armstrong to telephone Trotters").
# (", Inc. to fund ..." continues a company's name, it starts no clause)
_CLAUSE = re.compile(
    r"[,;]\s+(?!(?:Inc|Ltd|LLC|LLP|plc|PLC|Co|Corp|CIC)\b)(?=(?:the\s+|The\s+)?[A-Z])"
)


def _clause_action(sentence: str, owners: OwnerResolver, mdate: str | None) -> Action | None:
    for m in _CLAUSE.finditer(sentence):
        a = sentence_action(sentence[m.end() :], owners, mdate)
        if a is not None and a.owners:
            return a
    return None


def _inherit_due(actions: list[Action], decisions: list[str], mdate: str | None) -> list[Action]:
    """An action with no deadline takes the one of the decision it carries out.

    "AGREED that ... partners report their contributions for 2025-26 to the next meeting" then
    "ACTION: A, B and C to each confirm their contribution for 2025-26" is due at the next meeting.
    """
    out = []
    for a in actions:
        if a.due is None:
            for d in decisions:
                phrase = find_due_phrase(d, mdate)
                if phrase and len(_stems(a.text) & _stems(d)) >= 2:
                    a = Action(
                        a.text,
                        a.owners,
                        a.organisations,
                        due_from_phrase(phrase, mdate),
                        a.item,
                        a.source,
                    )
                    break
        out.append(a)
    return out


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in _words(text)} | set(re.findall(r"\b\d{4}\S*", text))


def _with_item(a: Action, number: str | None) -> Action:
    return Action(a.text, a.owners, a.organisations, a.due, number, a.source)


_STOP = set(
    "the and for with that this from into their there which will would have been were was are each "
    "all its our".split()
)


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


def review_minutes(
    doc: Document,
    *,
    tagger: Any = None,
    scorer: Any = None,
    gazetteer: Any = None,
    tags: Any = None,
    scores: Any = None,
) -> MinutesResult:
    """Review one meeting's minutes.

    Args:
        doc: an extracted document.
        tagger: a ``collabtext.tag.Tagger`` (default: the cached one, when lexicons are installed).
        scorer: a ``collabtext.score.Scorer`` (default: a new one, when installed).
        gazetteer: a ``collabtext.orgs`` gazetteer (default: the cached one, when installed).
        tags, scores: the document's TaggedPassages and PassageScores by passage id, when the
            tagging and scoring stages already ran (``analyze`` passes them), so items reuse them.

    Returns:
        MinutesResult, whose ``to_dict()`` has the DESIGN.md minutes shape.
    """
    lines = document_lines(doc)
    resolver = OrgResolver.for_document(doc, gazetteer)
    starts = find_item_starts(lines)
    first = starts[0].index if starts else min(len(lines), 40)
    top = lines[: max(first, 1)]
    resolver.learn_mentions(doc.text[:200_000])
    att = Register(resolver)
    read_zone(top, att)
    bounds = _item_bounds(lines, starts)
    if not bounds and lines:
        # No item structure found: still read decisions and actions from the body as one unit.
        whole = ItemStart(0, "", (0,), "none", "(minutes without item numbering)")
        bounds = [(whole, lines)]
    if not any(att.kinds.values()):
        for s_, body in bounds[:2]:
            if not _APOLOGY_TITLE.search(s_.title):
                read_zone(body[:40], att)
    for k, (s, body) in enumerate(bounds[:4]):
        if _APOLOGY_TITLE.search(s.title):
            att.add("apologies", sentence_apologies(s.title, resolver))  # "2. Apologies ... from X"
            read_zone(body, att, default="apologies")
        elif k < 3:
            for ln in ([lines[s.index]] if s.style != "none" else []) + body:
                found = sentence_apologies(ln.text, resolver)
                if found:
                    att.add("apologies", found)
    item_lines = {s.index for s in starts}
    head = [ln for ln in lines[: max(first, 8)] if ln.index not in item_lines]
    title = meeting_title(lines[: max(first, 1)], doc.title)
    mdate = meeting_date(lines[:first], []) or meeting_date(head, lines)
    own_members(att, title, resolver)
    owners = OwnerResolver(resolver, att.all())
    items, log = _build_items(bounds, owners, mdate)
    tagger = tagger if tagger is not None else analysis.default_tagger()
    scorer = scorer if scorer is not None else analysis.default_scorer()
    items = tuple(_label(it, tagger, scorer, tags, scores) for it in items)
    actions = tuple(a for it in items for a in it.actions) + tuple(a for a in log if a.item is None)
    return _result(doc, title, mdate, att, items, actions, top, resolver)


def _build_items(
    bounds: list[tuple[ItemStart, list[Line]]], owners: OwnerResolver, mdate: str | None
) -> tuple[list[Item], list[Action]]:
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
        items.append(
            Item(
                s.number or None,
                s.title,
                text,
                tuple(decisions),
                tuple(noted),
                tuple(_inherit_due(_actions_in(body, owners, mdate, s.number), decisions, mdate)),
                {},
                0,
                0,
                page,
                pids,
            )
        )
    infos = [{"number": it.number, "words": _words(it.title + " " + it.text)} for it in items]
    log = _attach(log, infos)
    by_item: dict[str | None, list[Action]] = {}
    for a in log:
        by_item.setdefault(a.item, []).append(a)
    items = [_replace_actions(it, it.actions + tuple(by_item.get(it.number, ()))) for it in items]
    return items, log


def _replace_actions(it: Item, actions: tuple[Action, ...]) -> Item:
    return Item(
        it.number,
        it.title,
        it.text,
        it.decisions,
        it.noted,
        actions,
        it.labels,
        it.we,
        it.i,
        it.page,
        it.passage_ids,
    )


def _label(it: Item, tagger: Any, scorer: Any, tags: Any = None, scores: Any = None) -> Item:
    reused = analysis.label_from_passages(it.passage_ids, tags, scores or {}) if tags else None
    if reused is not None:
        labels, we, i = reused
    else:
        p = analysis.item_passage(f"item{it.number or ''}", f"{it.title}\n{it.text}".strip())
        labels, we, i = analysis.label_item(p, tagger, scorer)
    return Item(
        it.number,
        it.title,
        it.text,
        it.decisions,
        it.noted,
        it.actions,
        labels,
        we,
        i,
        it.page,
        it.passage_ids,
    )


def _warnings(
    att: Register, items: tuple[Item, ...], mdate: str | None, top: list[Line]
) -> tuple[bool, list[str]]:
    """(is_agenda, warnings): agendas published as minutes, and whatever could not be found."""
    warnings: list[str] = []
    n_dec = sum(len(it.decisions) for it in items)
    cues, strong = agenda_cues(top, [it.title for it in items])
    is_agenda = strong or (bool(cues) and n_dec == 0 and not att.kinds["present"])
    if is_agenda:
        warnings.append(
            f"this looks like an agenda, not minutes: {'; '.join(cues[:3])} "
            f"({n_dec} decisions, {len(att.kinds['present'])} present recorded)"
        )
    if not items or items[0].title.startswith("(minutes without"):
        warnings.append("no numbered agenda items found")
    if not any(att.kinds.values()):
        warnings.append("no attendance record found")
    if mdate is None:
        warnings.append("no meeting date found")
    amb = {
        f"{a.name} ({a.organisation}): {' or '.join(a.ambiguous)}" for a in att.all() if a.ambiguous
    }
    warnings += [f"ambiguous organisation for {x}" for x in sorted(amb)]
    return is_agenda, warnings


_PSB = re.compile(r"public\s+services?\s+board|\bPSB\b|bwrdd\s+gwasanaethau\s+cyhoeddus", re.I)


def _result(
    doc: Document,
    title: str | None,
    mdate: str | None,
    att: Register,
    items: tuple[Item, ...],
    actions: tuple[Action, ...],
    top: list[Line],
    resolver: OrgResolver,
) -> MinutesResult:
    attendance = {k: tuple(v) for k, v in att.kinds.items()}
    present = (a for k in ("present", "in_attendance") for a in attendance[k])
    orgs = tuple(dict.fromkeys(a.organisation for a in present if a.organisation))
    is_agenda, warnings = _warnings(att, items, mdate, top)
    # Coverage of statutory members only where the body itself is a PSB, not where one is mentioned.
    header = " ".join(ln.text for ln in top[:3] if not attendance_label(ln.text))
    is_psb = bool(_PSB.search(f"{title} {header}"))
    psb = resolver.psb_coverage(list(orgs)) if is_psb else None
    spk = analysis.speakers(doc.passages, att.all())
    summary = analysis.summarise(attendance, orgs, items, actions, psb, spk)
    return MinutesResult(
        doc,
        title,
        mdate,
        attendance,
        orgs,
        items,
        actions,
        tuple(spk),
        summary,
        is_agenda,
        tuple(warnings),
        document_resolutions(resolver),
        tuple(sorted(defined_abbreviations(resolver).items())),
    )


def review_path(path: str, settings: Any = None, **kwargs: Any) -> MinutesResult:
    """Extract ``path`` and review it as minutes (the CLI's per-file function)."""
    from .extract import extract_document

    return review_minutes(extract_document(path, settings), **kwargs)
