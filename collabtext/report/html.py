"""The HTML report: one self-contained, offline, printable file with inline SVG charts.

Nothing is fetched: no CDN, no web fonts (the system font stack), charts are inline SVG, and a
strict Content-Security-Policy (``default-src 'none'``; the one inline script allowed by its
sha256) means that even a mistake elsewhere could not load or run anything. Every piece of
document text is escaped on the way in (``html_evidence.esc``); event listeners are attached by
the inline script, never written into the markup.

Example:
    >>> from collabtext.report.html_dicts import report_data_from_dicts
    >>> page = render_html(report_data_from_dicts([{"path": "a.txt", "sha256": "0", "passages": [
    ...     {"id": "p0001", "text": "<script>x</script>", "labels": {"themes": ["whole_system"]}}]}]))
    >>> "&lt;script&gt;x&lt;/script&gt;" in page and "<script>x" not in page
    True
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable
from typing import Any

from .. import __version__
from .html_assets import CSP, CSS, JS
from .html_data import DEFAULT_MAX_EVIDENCE, DocData, ReportData, load_report_data
from .html_dicts import report_data_from_dicts
from .html_evidence import esc, evidence_section
from .html_sections import KIND_TITLES, failures_section, heatmap_section, overview_section
from .html_series import series_section
from .html_views import actions_chart, article, minutes_article, plan_article, plans_chart

__all__ = ["render_html", "write_report", "write_document_report", "load_report_data", "ReportData"]


def _kind_section(kind: str, docs: list[DocData]) -> str:
    if not docs:
        return ""
    if kind == "plan":
        intro = "<h3>Power spectrum</h3>" + plans_chart(docs)
        body = "".join(plan_article(d) for d in docs)
    elif kind == "minutes":
        intro = "<h3>Actions by ownership</h3>" + actions_chart(docs)
        body = "".join(minutes_article(d) for d in docs)
    else:
        intro, body = "", "".join(article(d, "") for d in docs)
    return f'<section id="{kind}"><h2>{esc(KIND_TITLES[kind])} ({len(docs)})</h2>{intro}{body}</section>'


def _nav(sections: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="#{sid}">{esc(label)}</a></li>' for sid, label in sections)
    return f'<nav aria-label="Contents"><ol>{items}</ol></nav>'


def _body(data: ReportData) -> tuple[str, list[tuple[str, str]]]:
    by_kind = {k: [d for d in data.documents if d.kind == k] for k in KIND_TITLES}
    parts = [
        ("overview", "Overview", overview_section(data)),
        ("themes", "Themes", heatmap_section(data)),
    ]
    for kind, title in KIND_TITLES.items():
        parts.append((kind, title, _kind_section(kind, by_kind[kind])))
    parts.append(("series", "Meeting series", series_section(by_kind["minutes"])))
    parts.append(("evidence", "Evidence", evidence_section(data)))
    parts.append(("failures", "Files not analysed", failures_section(data)))
    present = [(sid, label) for sid, label, html_ in parts if html_]
    return "".join(html_ for _, _, html_ in parts), present


def _meta_line(data: ReportData) -> str:
    bits = [f"collabtext {__version__}"]
    if data.source:
        bits.insert(0, f"from {data.source}")
    if data.meta.get("lexicon_sha"):
        bits.append(f"lexicons {data.meta['lexicon_sha']}")
    if data.meta.get("model_version"):
        bits.append(f"models {data.meta['model_version']}")
    when = data.meta.get("updated_at") or _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    bits.append(f"results of {when}")
    return " · ".join(esc(b) for b in bits)


def render_html(data: ReportData) -> str:
    """The whole report as one HTML string."""
    body, sections = _body(data)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{esc(data.title)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{esc(data.title)}</h1><p class="meta">{_meta_line(data)}</p>{_nav(sections)}</header>'
        f"<main>{body}</main>"
        '<footer><p class="note">Labels come from lexicon rules and models and are a starting point for '
        "reading, not a verdict: check the evidence. Generated offline by collabtext.</p></footer>"
        f"<script>{JS}</script></body></html>\n"
    )


def _write(page: str, output: str | os.PathLike[str]) -> None:
    tmp = f"{os.fspath(output)}.tmp"
    with open(tmp, "w", encoding="utf-8", errors="replace", newline="\n") as fh:
        fh.write(page)
    os.replace(tmp, output)  # never leave a half-written report behind


def write_report(
    db_path: str,
    output: str | os.PathLike[str],
    *,
    title: str | None = None,
    max_evidence: int = DEFAULT_MAX_EVIDENCE,
) -> ReportData:
    """Write the report of a results database to ``output``; returns what it showed.

    Raises:
        DatabaseError: the database is missing, empty, newer or not a collabtext database.
    """
    data = load_report_data(db_path, title=title, max_evidence=max_evidence)
    _write(render_html(data), output)
    return data


def _as_dict(result: Any) -> dict[str, Any]:
    return result if isinstance(result, dict) else result.to_dict()


def write_document_report(
    result: Any,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    max_evidence: int = 10**6,
) -> ReportData:
    """Write a report of one result (or several) of ``tag``, ``score``, ``minutes``, ``audit``.

    Args:
        result: a TagResult, ScoreResult, MinutesResult, AuditResult, DocumentResult (anything with
            ``to_dict()``), such a dict, a FileFailure, or an iterable of these.
        path: the HTML file to write.
        title: the report title (default: from the document).
    """
    items: Iterable[Any] = result if isinstance(result, list | tuple) else [result]
    data = report_data_from_dicts(
        [_as_dict(r) for r in items], title=title, max_evidence=max_evidence
    )
    _write(render_html(data), path)
    return data
