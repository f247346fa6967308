"""Report sections built from the plan-audit and minutes views (and the series of meetings)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from . import html_charts as charts
from .html_data import DocData
from .html_evidence import esc
from .html_sections import POWER, POWER_COLOURS, facts, figure, labels_summary, num, pct
from .html_svg import shorten

ATTENDANCE = (
    ("present", "present", "#0072B2"),
    ("in_attendance", "in attendance", "#56B4E9"),
    ("apologies", "apologies", "#E69F00"),
    ("absent", "absent", "#999999"),
)
MAX_ROWS = 60  # steps to challenge, actions: a report is for reading; JSON has the rest


def _summary(doc: DocData) -> dict[str, Any]:
    s = (doc.view or {}).get("summary")
    return s if isinstance(s, dict) else {}


def power_counts(doc: DocData) -> tuple[list[int], str]:
    """Steps per power-spectrum level (+ none) from the audit, else labelled passages."""
    counts = _summary(doc).get("power_spectrum_counts")
    if isinstance(counts, dict) and sum(v for v in counts.values() if isinstance(v, int)):
        return [int(counts.get(k) or 0) for k in (*POWER, "none")], "steps"
    lab = doc.label_counts.get("power_spectrum", {})
    return [int(lab.get(k, 0)) for k in POWER] + [0], "passages"


def plans_chart(plans: list[DocData]) -> str:
    rows = [(d, *power_counts(d)) for d in plans]
    rows = sorted(
        (r for r in rows if sum(r[1])), key=lambda r: (r[2] != "steps", -sum(r[1]), r[0].name)
    )
    if not rows:
        return "<p>No steps or passages with a power-spectrum level.</p>"
    labels = [f"{shorten(d.name, 30)} ({basis})" for d, _, basis in rows]
    series = [
        (name, [r[1][i] for r in rows], POWER_COLOURS[i])
        for i, name in enumerate((*POWER, "no level"))
    ]
    svg = charts.hbar_chart(
        "power",
        labels,
        series,
        "Power-spectrum level of each plan's steps",
        xlabel="steps (or passages where no steps were found)",
    )
    return figure(
        svg,
        "Power spectrum: 1 competition, 2 consultation, 3 coordination, 4 cooperation, "
        "5 collaboration; “no level” = no concrete joint activity.",
    )


def _challenge_table(doc: DocData) -> str:
    rows = _summary(doc).get("challenge") or []
    if not rows:
        return ""
    body = "".join(
        f"<tr><td>{esc(r.get('step'))}</td><td>{esc(r.get('objective'))}</td><td>{esc(r.get('text'))}</td>"
        f'<td><ul class="flags">'
        + "".join(f"<li>{esc(x)}</li>" for x in r.get("reasons") or r.get("flags") or [])
        + f'</ul></td><td class="n">{num(r.get("page"))}</td></tr>'
        for r in rows[:MAX_ROWS]
        if isinstance(r, dict)
    )
    more = (
        f'<p class="note">{len(rows) - MAX_ROWS} more in <code>collabtext audit</code>.</p>'
        if len(rows) > MAX_ROWS
        else ""
    )
    return (
        f'<h4>Steps to challenge ({len(rows)})</h4><div class="scroll"><table class="steps"><thead><tr>'
        '<th scope="col">Step</th><th scope="col">Objective</th><th scope="col">Step text</th>'
        f'<th scope="col">Why</th><th scope="col">Page</th></tr></thead><tbody>{body}</tbody></table></div>{more}'
    )


def plan_article(doc: DocData) -> str:
    s = _summary(doc)
    line = ""
    if s and not s.get("steps"):
        line = (
            "<p>No plan steps found (the audit reads objectives and the steps under them); "
            "the labels below come from the passages.</p>"
        )
    elif s:
        flags = ", ".join(
            f"{esc(k.replace('_', ' '))} {v}" for k, v in (s.get("flags") or {}).items() if v
        )
        line = (
            f"<p>{num(s.get('objectives'))} objectives, {num(s.get('steps'))} steps; joint steps "
            f"{pct(s.get('joint_steps'))}; steps with two or more partners {pct(s.get('two_or_more_partners'))}; "
            f"with a timescale {pct(s.get('with_timescale'))}.</p>"
            + (f"<p>Flags: {flags}.</p>" if flags else "")
        )
        missing = [*(s.get("ways_of_working_missing") or []), *(s.get("themes_missing") or [])]
        if missing:
            line += f"<p>Not covered by any step: {esc(', '.join(m.replace('_', ' ') for m in missing))}.</p>"
    return article(doc, line + _challenge_table(doc))


def article(doc: DocData, body: str) -> str:
    title = (
        f' <span class="subtitle">{esc(doc.title)}</span>'
        if doc.title and doc.title != doc.name
        else ""
    )
    return (
        f'<article class="doc" id="{esc(doc.key)}" aria-labelledby="{esc(doc.key)}-h">'
        f'<h3 id="{esc(doc.key)}-h">{esc(doc.name)}{title}</h3>{facts(doc)}{body}'
        f"<h4>Labels (passages)</h4>{labels_summary(doc)}"
        + (
            f'<p><a href="#ev-{esc(doc.key)}">Evidence for this document</a></p>'
            if doc.evidence
            else ""
        )
        + "</article>"
    )


# -- minutes ------------------------------------------------------------------------------------


def action_counts(doc: DocData) -> tuple[int, int, int]:
    """(joint, single-owner, unowned) actions."""
    s = _summary(doc)
    acts = [a for a in (doc.view or {}).get("actions") or [] if isinstance(a, dict)]
    if "joint_actions" in s:
        return (
            int(s.get("joint_actions") or 0),
            int(s.get("single_owner_actions") or 0),
            int(s.get("unowned_actions") or 0),
        )
    joint = sum(1 for a in acts if a.get("joint"))
    unowned = sum(1 for a in acts if not a.get("owners"))
    return joint, len(acts) - joint - unowned, unowned


def actions_chart(minutes: list[DocData]) -> str:
    rows = [(d, action_counts(d)) for d in minutes]
    rows = sorted((r for r in rows if sum(r[1])), key=lambda r: (-sum(r[1]), r[0].name))
    if not rows:
        return "<p>No actions found in the minutes.</p>"
    labels = [meeting_label(d) for d, _ in rows]
    series = [
        (n, [r[1][i] for r in rows], c)
        for i, (n, c) in enumerate(
            (("joint", "#0072B2"), ("single owner", "#E69F00"), ("no owner", "#999999"))
        )
    ]
    svg = charts.hbar_chart(
        "actions", labels, series, "Joint against single-owner actions", xlabel="actions"
    )
    return figure(svg, "An action is joint when its owners come from more than one organisation.")


def meeting_label(doc: DocData) -> str:
    date = ((doc.view or {}).get("meeting") or {}).get("date")
    return f"{date} {doc.name}" if date else doc.name


def attendance_by_org(view: dict[str, Any]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for key, _, _ in ATTENDANCE:
        for person in (view.get("attendance") or {}).get(key) or []:
            if not isinstance(person, dict):
                continue
            org = person.get("organisation") or "(organisation not identified)"
            out.setdefault(org, Counter())[key] += 1
    return out


def _attendance_chart(doc: DocData) -> str:
    orgs = attendance_by_org(doc.view or {})
    if not orgs:
        return "<p>No attendance record found.</p>"
    names = sorted(orgs, key=lambda o: (-sum(orgs[o].values()), o))[:20]
    series = [
        (label, [orgs[o][key] for o in names], colour)
        for key, label, colour in ATTENDANCE
        if any(orgs[o][key] for o in names)
    ]
    svg = charts.hbar_chart(
        f"att-{doc.key}", names, series, f"Attendance by organisation: {doc.name}", xlabel="people"
    )
    return figure(
        svg,
        "People recorded as present, in attendance, sending apologies or absent, by organisation.",
    )


def _actions_table(doc: DocData) -> str:
    acts = [a for a in (doc.view or {}).get("actions") or [] if isinstance(a, dict)]
    if not acts:
        return ""
    joint, single, unowned = action_counts(doc)
    body = "".join(
        f"<tr><td>{esc(a.get('item'))}</td><td>{esc(a.get('text'))}</td><td>{esc(', '.join(a.get('owners') or []))}</td>"
        f"<td>{esc(', '.join(a.get('organisations') or []))}</td><td>{esc(a.get('due'))}</td>"
        f"<td>{'joint' if a.get('joint') else ('single' if a.get('owners') else 'no owner')}</td></tr>"
        for a in acts[:MAX_ROWS]
    )
    return (
        f"<h4>Actions: {joint} joint, {single} single owner, {unowned} without an owner</h4>"
        '<div class="scroll"><table class="actions"><thead><tr><th scope="col">Item</th><th scope="col">Action</th>'
        '<th scope="col">Owners</th><th scope="col">Organisations</th><th scope="col">Due</th>'
        f'<th scope="col">Ownership</th></tr></thead><tbody>{body}</tbody></table></div>'
    )


def _psb_line(view: dict[str, Any]) -> str:
    psb = (view.get("summary") or {}).get("psb")
    if not isinstance(psb, dict) or not psb.get("statutory"):
        return ""
    missing = [k for k, v in (psb.get("statutory") or {}).items() if not v]
    state = (
        "all statutory members present"
        if psb.get("complete")
        else f"statutory members missing: {', '.join(missing)}"
    )
    return f"<p>Public Services Board: {esc(state)}.</p>"


def minutes_article(doc: DocData) -> str:
    view = doc.view or {}
    meeting = view.get("meeting") or {}
    s = _summary(doc)
    head = (
        f"<p>Meeting: {esc(meeting.get('title') or '–')}, {esc(meeting.get('date') or 'date not found')}"
        f"{' (an agenda, not minutes)' if view.get('is_agenda') else ''}. {num(s.get('items'))} items, "
        f"{num(s.get('decisions'))} decisions, {num(s.get('organisations_present'))} organisations present.</p>"
    )
    body = (
        head + _psb_line(view) + _attendance_chart(doc) + _actions_table(doc) + speakers_table(doc)
    )
    return article(doc, body)


def speakers_table(doc: DocData) -> str:
    # The minutes view knows each speaker's organisation; the scorer's list is the fallback.
    listed = [s for s in (doc.view or {}).get("speakers") or [] if isinstance(s, dict)] or list(
        doc.speakers
    )
    sp = sorted(listed, key=lambda s: -(s.get("words") or 0))[:12]
    if not sp:
        return ""
    body = "".join(
        f'<tr><th scope="row">{esc(s.get("name"))}</th><td>{esc(s.get("organisation") or "")}</td>'
        f'<td class="n">{num(s.get("words"))}</td><td class="n">{num(s.get("we"))}</td><td class="n">{num(s.get("i"))}</td></tr>'
        for s in sp
    )
    return (
        '<h4>Speakers</h4><table class="speakers"><thead><tr><th scope="col">Speaker</th><th scope="col">Organisation</th>'
        f'<th scope="col">Words</th><th scope="col">we</th><th scope="col">I</th></tr></thead><tbody>{body}</tbody></table>'
    )


# -- series -------------------------------------------------------------------------------------

_NOISE = re.compile(
    r"\b(minutes?|of|the|meeting|held|on|notes|draft|agenda|special|annual|extraordinary)\b|[^a-z ]"
)


def series_key(doc: DocData) -> str | None:
    """Meetings of the same body share a key: the meeting title without dates and genre words."""
    title = ((doc.view or {}).get("meeting") or {}).get("title")
    if not title or not ((doc.view or {}).get("meeting") or {}).get("date"):
        return None
    key = " ".join(_NOISE.sub(" ", str(title).lower()).split())
    return key or None
