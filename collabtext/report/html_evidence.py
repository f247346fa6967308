"""The evidence section: passages with their matched words in ``<mark>``, filterable in the browser.

Every piece of document text passes through :func:`esc` (``html.escape(quote=True)``) here, on
the server side; the inline script only reads ``data-*`` attributes and toggles ``hidden``, so no
document text is ever parsed as HTML or run. Filters are tokens ``framework:category`` in
``data-labels`` (ids of the taxonomy never contain spaces or colons).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from .html_data import DocData, EvidencePassage, ReportData, Span

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def esc(value: object) -> str:
    """Escape anything for HTML text or a double-quoted attribute (control characters and lone
    surrogates, which HTML cannot carry, become U+FFFD)."""
    text = _CONTROL.sub("\ufffd", "" if value is None else str(value))
    return html.escape(text, quote=True)


def _token(framework: str, category: str) -> str:
    return f"{'_'.join(framework.split())}:{'_'.join(category.split())}"


def _segments(text: str, spans: Sequence[Span]) -> list[tuple[int, int, list[Span]]]:
    """Split ``text`` at every span boundary; each piece lists the spans covering it."""
    n = len(text)
    good = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n, *(s.start for s in good), *(s.end for s in good)})
    return [
        (a, b, [s for s in good if s.start <= a and s.end >= b])
        for a, b in zip(cuts, cuts[1:], strict=False)
    ]


def _mark(piece: str, covering: list[Span]) -> str:
    tokens = sorted({_token(s.framework, s.category) for s in covering})
    names = sorted(
        {f"{s.framework}: {s.category}" + (" (negated)" if s.negated else "") for s in covering}
    )
    terms = sorted({s.term for s in covering if s.term})
    tip = "; ".join(names) + (f" — matched “{', '.join(terms)}”" if terms else "")
    cls = ' class="neg"' if all(s.negated for s in covering) else ""
    return f'<mark{cls} data-l="{esc(" ".join(tokens))}" title="{esc(tip)}">{esc(piece)}</mark>'


def highlight(text: str, spans: Sequence[Span]) -> str:
    """Escaped ``text`` with each evidence span wrapped in ``<mark>`` (overlaps merged)."""
    out = []
    for a, b, covering in _segments(text, spans):
        piece = text[a:b]
        out.append(_mark(piece, covering) if covering else esc(piece))
    return "".join(out)


def _tokens(ev: EvidencePassage) -> list[str]:
    pairs = set(ev.labels) | {(s.framework, s.category) for s in ev.spans if not s.negated}
    return sorted(_token(fw, cat) for fw, cat in pairs if fw and cat)


def _row(doc: DocData, ev: EvidencePassage) -> str:
    tokens = _tokens(ev)
    where = []
    if ev.page is not None:
        where.append(f'<span class="page">p.&nbsp;{esc(ev.page)}</span>')
    if ev.section:
        where.append(f'<span class="sec">{esc(ev.section)}</span>')
    where.append(f'<span class="pid">{esc(ev.passage_id)}</span>')
    chips = "".join(f'<li data-l="{esc(_token(fw, cat))}">{esc(fw)}: {esc(cat)}</li>' for fw, cat in ev.labels)
    return (
        f'<li class="ev" data-doc="{esc(doc.key)}" data-labels="{esc(" ".join(tokens))}">'
        f'<p class="ev-meta">{" · ".join(where)}</p>'
        f'<p class="ev-text">{highlight(ev.text, ev.spans)}</p>'
        + (f'<ul class="chips" aria-label="labels">{chips}</ul>' if chips else "")
        + "</li>"
    )


def _options(values: Iterable[tuple[str, str, str]]) -> str:
    return "".join(
        f'<option value="{esc(v)}" data-fw="{esc(fw)}">{esc(label)}</option>'
        for v, fw, label in values
    )


def _filters(data: ReportData) -> str:
    pairs = sorted(
        {
            (fw, cat)
            for d in data.documents
            for ev in d.evidence
            for tok in _tokens(ev)
            for fw, cat in [tok.split(":", 1)]
        }
    )
    fws = sorted({fw for fw, _ in pairs})
    docs = [(d.key, "", d.name) for d in data.documents if d.evidence]
    return (
        '<form class="filters" id="ev-filters" hidden aria-label="Filter evidence">'
        '<label>Framework <select id="f-fw"><option value="">All frameworks</option>'
        + _options((fw, fw, fw) for fw in fws)
        + '</select></label> <label>Category <select id="f-cat"><option value="">All categories</option>'
        + _options((_token(fw, cat), fw, f"{fw}: {cat}") for fw, cat in pairs)
        + '</select></label> <label>Document <select id="f-doc"><option value="">All documents</option>'
        + _options(docs)
        + '</select></label> <button type="button" id="f-reset">Show all</button></form>'
        '<p id="ev-count" class="note" aria-live="polite"></p>'
    )


def evidence_section(data: ReportData) -> str:
    """``<section id="evidence">``: filters, then one group of passages per document."""
    groups = []
    for doc in data.documents:
        if not doc.evidence:
            continue
        note = ""
        if doc.evidence_total > len(doc.evidence):
            note = (
                f'<p class="note">Showing the first {len(doc.evidence)} of {doc.evidence_total} passages '
                "with labels; <code>collabtext export</code> lists them all.</p>"
            )
        rows = "".join(_row(doc, ev) for ev in doc.evidence)
        groups.append(
            f'<section class="ev-doc" data-doc="{esc(doc.key)}" aria-labelledby="ev-{esc(doc.key)}">'
            f'<h3 id="ev-{esc(doc.key)}">{esc(doc.name)}</h3>{note}<ol class="ev-list">{rows}</ol></section>'
        )
    if not groups:
        return '<section id="evidence"><h2>Evidence</h2><p>No labelled passages.</p></section>'
    intro = (
        "<p>Passages that earned a label, with the matched words highlighted "
        "(hover over a highlight for its framework, category and term; struck-through highlights are negated; the labels are listed under each passage). "
        "Filter by framework, category or document.</p>"
    )
    return f'<section id="evidence"><h2>Evidence</h2>{intro}{_filters(data)}{"".join(groups)}</section>'
