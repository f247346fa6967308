"""Sections of the HTML report: overview table, theme heatmap, one article per document, failures.

All text that comes from documents goes through ``esc``; charts come from ``html_charts``.
"""

from __future__ import annotations

from typing import Any

from . import html_charts as charts
from .html_data import DocData, ReportData
from .html_evidence import esc

THEMES = ("service_user_perspective", "common_purpose", "whole_system", "sharing_power")
POWER = ("competition", "consultation", "coordination", "cooperation", "collaboration")
POWER_COLOURS = ("#D55E00", "#E69F00", "#F0E442", "#56B4E9", "#0072B2", "#BBBBBB")
MAX_HEATMAP_ROWS = 120
KIND_TITLES = {"plan": "Well-being plans", "minutes": "Minutes", "other": "Other documents"}


def pct(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{100 * value:.{digits}f}%"


def num(value: Any, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return esc(value)


def figure(svg: str, caption: str) -> str:
    return f'<figure class="chart-fig">{svg}<figcaption>{esc(caption)}</figcaption></figure>'


def _link(doc: DocData) -> str:
    return f'<a href="#{esc(doc.key)}">{esc(doc.name)}</a>'


def _score(doc: DocData, key: str) -> Any:
    return (doc.scores or {}).get(key)


def _top_themes(doc: DocData) -> str:
    top = doc.top("themes", 3)
    return ", ".join(f"{esc(c.replace('_', ' '))} ({k})" for c, k in top) or "–"


def _overview_row(doc: DocData) -> str:
    b, e = doc.polarity("barrier"), doc.polarity("enabler")
    return (
        f'<tr><th scope="row">{_link(doc)}</th><td>{esc(doc.kind)}</td><td class="n">{num(doc.pages)}</td>'
        f'<td class="n">{num(doc.words)}</td><td class="n">{pct(doc.welsh_share)}</td>'
        f'<td class="n">{num(_score(doc, "we"))}</td><td class="n">{num(_score(doc, "i"))}</td>'
        f'<td class="n">{num(_score(doc, "index"))}</td><td class="themes">{_top_themes(doc)}</td>'
        + (
            f'<td class="be">{charts.mini_bar(b, e)}<span>{b}&thinsp;:&thinsp;{e}</span></td></tr>'
            if b or e
            else '<td class="be">–</td></tr>'
        )
    )


def overview_section(data: ReportData) -> str:
    """One row per document: kind, pages, Welsh share, we/I, index, top themes, barriers:enablers."""
    head = (
        '<tr><th scope="col">Document</th><th scope="col">Kind</th><th scope="col">Pages</th>'
        '<th scope="col">Words</th><th scope="col">Welsh</th><th scope="col">we</th>'
        '<th scope="col">I</th><th scope="col"><abbr title="collaborative-language index, 0-100, 50 = balanced">Index</abbr></th>'
        '<th scope="col">Top themes (passages)</th><th scope="col">Barriers&thinsp;:&thinsp;enablers</th></tr>'
    )
    rows = "".join(_overview_row(d) for d in data.documents)
    kinds = {k: sum(1 for d in data.documents if d.kind == k) for k in KIND_TITLES}
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items() if n)
    formula = next(
        (d.scores.get("formula") for d in data.documents if d.scores and d.scores.get("formula")),
        None,
    )
    foot = f'<p class="note">Index: {esc(formula)}</p>' if formula else ""
    return (
        f'<section id="overview"><h2>Overview</h2><p>{len(data.documents)} documents analysed ({esc(summary or "none")})'
        f"{f'; {len(data.failures)} files could not be analysed' if data.failures else ''}. "
        "Welsh is the share of the text in Welsh (not analysed); we and I are first-person pronoun counts.</p>"
        f'<div class="scroll"><table class="overview"><caption>Documents</caption><thead>{head}</thead>'
        f"<tbody>{rows}</tbody></table></div>{foot}</section>"
    )


def heatmap_section(data: ReportData) -> str:
    """Themes x documents: the share of each document's passages (or plan steps) with the theme."""
    docs = [
        d for d in data.documents if any(d.label_counts.get("themes", {}).get(t) for t in THEMES)
    ]
    capped = len(docs) > MAX_HEATMAP_ROWS
    if capped:  # a chart taller than a few pages helps nobody; keep the richest
        keep = sorted(docs, key=lambda d: -sum(d.label_counts["themes"].values()) / max(1, d.analysed))
        chosen = {id(d) for d in keep[:MAX_HEATMAP_ROWS]}
        docs = [d for d in docs if id(d) in chosen]
    omitted = len(data.documents) - len(docs)
    if not docs:
        return '<section id="themes"><h2>Themes by document</h2><p>No passage carries a theme label.</p></section>'
    values = [
        [100 * d.label_counts["themes"].get(t, 0) / max(1, d.analysed) for t in THEMES]
        for d in docs
    ]
    svg = charts.heatmap(
        "heat",
        [d.name for d in docs],
        [t.replace("_", " ") for t in THEMES],
        values,
        "Themes by document (% of passages)",
        fmt="{:.1f}",
        clabel="% of passages",
    )
    why = "no theme label, or the fewest," if capped else "no theme label"
    note = f" {omitted} documents with {why} are left out." if omitted else ""
    return (
        '<section id="themes"><h2>Themes by document</h2>'
        + figure(
            svg,
            f"Share of each document's passages (plan steps, when only the audit ran) labelled with each theme.{note}",
        )
        + "</section>"
    )


def facts(doc: DocData) -> str:
    items = [
        ("Kind", doc.kind),
        ("Format", doc.format),
        ("Pages", doc.pages),
        ("Passages", doc.passages if doc.units is None else None),
        ("Words", doc.words),
        ("Welsh", pct(doc.welsh_share)),
        ("we / I", f"{num(_score(doc, 'we'))} / {num(_score(doc, 'i'))}"),
        ("we share", pct(_score(doc, "we_share"))),
        ("Index", num(_score(doc, "index"))),
    ]
    dl = "".join(
        f"<div><dt>{esc(k)}</dt><dd>{esc(v) if v is not None else '–'}</dd></div>" for k, v in items
    )
    paths = "".join(f"<li><code>{esc(p)}</code></li>" for p in (doc.paths or (doc.path,)))
    return f'<dl class="facts">{dl}</dl><details><summary>Files</summary><ul>{paths}</ul></details>'


def labels_summary(doc: DocData) -> str:
    parts = []
    for fw, cats in sorted(doc.label_counts.items()):
        top = sorted(cats.items(), key=lambda x: (-x[1], x[0]))[:6]
        parts.append(
            f"<dt>{esc(fw.replace('_', ' '))}</dt><dd>"
            + ", ".join(f"{esc(c)} ({n})" for c, n in top)
            + "</dd>"
        )
    return f'<dl class="labels">{"".join(parts)}</dl>' if parts else "<p>No labels.</p>"


def failures_section(data: ReportData) -> str:
    if not data.failures:
        return ""
    rows = "".join(
        f"<tr><td><code>{esc(p)}</code></td><td>{esc(c)}</td><td>{esc(m)}</td></tr>"
        for p, c, m in data.failures
    )
    return (
        '<section id="failures"><h2>Files not analysed</h2><table><thead><tr><th scope="col">File</th>'
        f'<th scope="col">Code</th><th scope="col">Reason</th></tr></thead><tbody>{rows}</tbody></table></section>'
    )
