"""Trends across a series of meetings of one body (minutes with the same title, by date)."""

from __future__ import annotations

from . import html_charts as charts
from .html_data import DocData
from .html_evidence import esc
from .html_sections import figure
from .html_views import action_counts, attendance_by_org, series_key

_SYMBOL = {
    "present": ("P", "present"),
    "in_attendance": ("I", "in attendance"),
    "apologies": ("A", "apologies"),
    "absent": ("X", "absent"),
}


def _people(doc: DocData) -> int:
    att = (doc.view or {}).get("attendance") or {}
    return len(att.get("present") or []) + len(att.get("in_attendance") or [])


def group_series(minutes: list[DocData]) -> list[tuple[str, list[DocData]]]:
    """Bodies with two or more dated meetings; one document per date (the fullest record)."""
    groups: dict[str, dict[str, DocData]] = {}
    for d in minutes:
        key = series_key(d)
        if key is None:
            continue
        date = str(d.view["meeting"]["date"])  # type: ignore[index]
        best = groups.setdefault(key, {}).get(date)
        if best is None or _people(d) > _people(best):
            groups[key][date] = d
    out = []
    for key, by_date in sorted(groups.items()):
        if len(by_date) >= 2:
            out.append((key, [by_date[k] for k in sorted(by_date)]))
    return out


def _status(doc: DocData, org: str) -> str:
    counts = attendance_by_org(doc.view or {}).get(org)
    if not counts:
        return ""
    for key in ("present", "in_attendance", "apologies", "absent"):
        if counts.get(key):
            return key
    return ""


def _matrix(meetings: list[DocData], dates: list[str]) -> str:
    orgs = sorted({o for d in meetings for o in attendance_by_org(d.view or {})})
    if not orgs:
        return ""
    head = "".join(f'<th scope="col">{esc(x)}</th>' for x in dates)
    rows = []
    for org in orgs[:40]:
        cells = []
        for d in meetings:
            st = _status(d, org)
            sym, word = _SYMBOL.get(st, ("–", "not recorded"))
            cells.append(
                f'<td class="st st-{esc(st or "none")}" title="{esc(word)}">{sym}<span class="sr"> {esc(word)}</span></td>'
            )
        rows.append(f'<tr><th scope="row">{esc(org)}</th>{"".join(cells)}</tr>')
    return (
        '<div class="scroll"><table class="matrix"><caption>Attendance by organisation '
        "(P present, I in attendance, A apologies, X absent, – not recorded)</caption>"
        f'<thead><tr><th scope="col">Organisation</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _series_block(n: int, key: str, meetings: list[DocData]) -> str:
    dates = [str(d.view["meeting"]["date"]) for d in meetings]  # type: ignore[index]
    title = str(meetings[-1].view["meeting"]["title"])  # type: ignore[index]
    acts = [action_counts(d) for d in meetings]
    series = [
        ("people attending", [float(_people(d)) for d in meetings]),
        (
            "organisations present",
            [float(len((d.view or {}).get("organisations") or [])) for d in meetings],
        ),
        ("actions", [float(sum(a)) for a in acts]),
        ("joint actions", [float(a[0]) for a in acts]),
    ]
    svg = charts.line_chart(
        f"series{n}", dates, series, f"Trends by meeting: {title}", ylabel="count"
    )
    docs = ", ".join(f'<a href="#{esc(d.key)}">{esc(d.name)}</a>' for d in meetings)
    return (
        f'<article class="series" aria-labelledby="series{n}-h"><h3 id="series{n}-h">{esc(title)}</h3>'
        f"<p>{len(meetings)} meetings, {esc(dates[0])} to {esc(dates[-1])}: {docs}.</p>"
        + figure(
            svg, "People and organisations present, actions and joint actions at each meeting."
        )
        + _matrix(meetings, dates)
        + "</article>"
    )


def series_section(minutes: list[DocData]) -> str:
    groups = group_series(minutes)
    if not groups:
        return ""
    blocks = "".join(_series_block(n, key, ms) for n, (key, ms) in enumerate(groups, 1))
    return f'<section id="series"><h2>Meeting series</h2>{blocks}</section>'
