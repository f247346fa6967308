"""Terminal report of minutes: meeting, attendance by organisation, items, summary; series."""

from __future__ import annotations

from collections import defaultdict
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

_KIND_LABEL = {
    "present": "Present",
    "in_attendance": "In attendance",
    "apologies": "Apologies",
    "absent": "Absent",
}


def _console(out: IO[str]) -> Console:
    return Console(file=out, width=max(100, 140), force_terminal=False, highlight=False)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _attendance_table(r: Any) -> Table:
    t = Table(title="Attendance by organisation", title_justify="left", expand=True)
    t.add_column("Organisation", ratio=3)
    t.add_column("Sector", ratio=2)
    for k in _KIND_LABEL.values():
        t.add_column(k, ratio=3)
    rows: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    sectors: dict[str, str] = {}
    for kind in _KIND_LABEL:
        for a in r.attendance.get(kind, ()):
            org = a.organisation or "(not stated)"
            sectors.setdefault(org, a.sector or "")
            rows[org][kind].append(a.name + (f" ({a.role})" if a.role else ""))
    for org, by_kind in rows.items():
        t.add_row(
            escape(org),
            sectors.get(org, ""),
            *(escape("; ".join(by_kind.get(k, []))) for k in _KIND_LABEL),
        )
    return t


def _items_table(r: Any) -> Table:
    t = Table(title="Items", title_justify="left", expand=True, show_lines=True)
    t.add_column("#", no_wrap=True)
    t.add_column("Item", ratio=3)
    t.add_column("Decisions / noted", ratio=4)
    t.add_column("Actions (owner → due)", ratio=4)
    t.add_column("Labels", ratio=2)
    for it in r.items:
        dec = [f"D: {_clip(d, 120)}" for d in it.decisions] + [
            f"N: {_clip(n, 80)}" for n in it.noted[:2]
        ]
        acts = [
            f"{'J ' if a.joint else ''}{_clip(a.text, 80)} [{_who(a)}"
            f"{' → ' + a.due if a.due else ''}]"
            for a in it.actions
        ]
        labels = it.labels or {}
        lab = [f"{labels.get('power_spectrum')}"] if labels.get("power_spectrum") else []
        lab += [x for x in (labels.get("factors") or [])][:3] + [
            x for x in (labels.get("themes") or [])
        ][:2]
        if it.we or it.i:
            lab.append(f"we {it.we} / I {it.i}")
        t.add_row(
            escape(it.number or ""),
            escape(_clip(it.title, 80)),
            escape("\n".join(dec) or "-"),
            escape("\n".join(acts) or "-"),
            escape("\n".join(lab) or "-"),
        )
    return t


def _who(a: Any) -> str:
    return ", ".join(a.organisations) or ", ".join(a.owners) or "?"


def _summary_lines(r: Any) -> list[str]:
    s = r.summary
    lines = [
        f"Organisations present: {s.get('organisations_present')}  sectors: "
        + (", ".join(f"{k} {v}" for k, v in (s.get("sectors_present") or {}).items()) or "-"),
        f"Items: {s.get('items')}  decisions: {s.get('decisions')}  noted: {s.get('noted')}  "
        f"with collaboration content: {s.get('items_with_collaboration')} "
        f"({s.get('collaboration_share')})",
        f"Actions: {s.get('actions')}  joint: {s.get('joint_actions')}  "
        f"single-owner: {s.get('single_owner_actions')}  "
        f"no owner resolved: {s.get('unowned_actions')}",
    ]
    psb = s.get("psb")
    if psb:
        lines.append(
            f"PSB statutory members present: {', '.join(psb.get('present') or []) or '-'}; "
            f"absent: {', '.join(psb.get('absent') or []) or '-'}"
        )
    if s.get("barriers"):
        lines.append(
            "Barriers raised: "
            + "; ".join(f"{k} (items {', '.join(map(str, v))})" for k, v in s["barriers"].items())
        )
    for sp in r.speakers[:12]:
        lines.append(
            f"Speaker {sp['name']} ({sp.get('organisation') or '?'}): quotes {sp.get('quotes')}, "
            f"we {sp.get('we')}, I {sp.get('i')}"
        )
    return lines


def render_table(results: list[Any], out: IO[str]) -> None:
    """Write a readable report for each reviewed minutes (or a series) to ``out``."""
    con = _console(out)
    for r in results:
        if hasattr(r, "meetings"):
            render_series(r, con)
            continue
        con.rule(escape(f"{r.title or '(untitled)'} — {r.date or 'date unknown'}"))
        con.print(escape(r.path))
        for w in r.warnings:
            con.print(f"[bold]warning:[/bold] {escape(w)}")
        con.print(_attendance_table(r))
        con.print(_items_table(r))
        if any(a.item is None for a in r.actions):
            con.print(
                "Actions not tied to an item: "
                + escape("; ".join(_clip(a.text, 60) for a in r.actions if a.item is None))
            )
        for line in _summary_lines(r):
            con.print(escape(line))


def render_series(s: Any, con: Console) -> None:
    con.rule(f"Series of {len(s.meetings)} meetings")
    dates = [m.date or "?" for m in s.meetings]
    t = Table(title="Attendance by organisation over time", title_justify="left", expand=True)
    t.add_column("Organisation", ratio=3)
    for d in dates:
        t.add_column(d, no_wrap=True)
    mark = {"present": "P", "in_attendance": "A", "apologies": "apol", "absent": "abs", "-": "-"}
    for org, statuses in s.attendance.items():
        t.add_row(escape(org), *(mark.get(x, x) for x in statuses))
    con.print(t)
    if s.recurring_barriers:
        con.print(
            "Recurring barriers: "
            + "; ".join(f"{k}: {', '.join(v)}" for k, v in s.recurring_barriers.items())
        )
    for a in s.repeated_actions:
        con.print(
            escape(
                f"Repeated action ({a['earlier_date']} → {a['date']}, {a['similarity']}): "
                f"{_clip(a['text'], 100)}"
            )
        )
