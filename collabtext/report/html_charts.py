"""Charts for the HTML report: matplotlib figures as inline, accessible SVG strings.

Why these choices:

- ``svg.fonttype = 'none'`` keeps text as ``<text>`` (selectable, small, no embedded glyphs), and
  the font family is rewritten to the page's system font stack, so no font is ever fetched.
- The object-oriented ``Figure`` API (no pyplot) leaves no global state behind, so the report can
  be written from a worker or a test without touching the user's backend.
- Every id in a chart gets a per-chart prefix, since several SVGs share one HTML document.
- Each chart carries ``role="img"`` with a ``<title>`` and a ``<desc>`` (the data in words), and
  every bar is labelled with its value, so colour is never the only cue. Colours are the
  Okabe-Ito colour-blind-safe palette; the heatmap is single-hue (``Blues``).
- Labels come from documents (file names, organisation names): ``$`` is escaped so that mathtext
  never parses them, and matplotlib XML-escapes all text it writes.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Sequence
from typing import Any

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
BARRIER, ENABLER = "#D55E00", "#0072B2"
FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif'
_RC = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#555555",
    "axes.labelcolor": "#1a1a1a",
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "text.color": "#1a1a1a",
}


def plain(text: Any, limit: int = 48) -> str:
    """A document-derived label safe for matplotlib: no mathtext, bounded length."""
    from .html_svg import shorten

    return shorten(str(text), limit).replace("$", r"\$")


def _figure(width: float, height: float):  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _finish(fig: Any, uid: str, title: str, desc: str) -> str:
    import matplotlib

    from .html_evidence import esc

    buf = io.StringIO()
    with matplotlib.rc_context({**_RC, "svg.hashsalt": uid}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    # Unique ids across the page, and the page's fonts instead of DejaVu Sans.
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{uid}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{uid}-\1)", svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{uid}-\1"', svg)
    svg = re.sub(r"font-family:[^;\"]*", "font-family: inherit", svg)
    svg = re.sub(
        r'(<svg[^>]*?)\s(width="[\d.]+pt")\s(height="[\d.]+pt")', r'\1 class="chart"', svg, count=1
    )
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)
    head = (
        f'<svg role="img" aria-labelledby="{uid}-t {uid}-d"',
        f'<title id="{uid}-t">{esc(title)}</title><desc id="{uid}-d">{esc(desc)}</desc>',
    )
    svg = svg.replace("<svg", head[0], 1)
    end = svg.index(">", svg.index("<svg")) + 1
    return svg[:end] + head[1] + svg[end:]


def _with(fn: Any) -> Any:
    import matplotlib

    with matplotlib.rc_context(_RC):
        return fn()


def hbar_chart(
    uid: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str]],
    title: str,
    *,
    xlabel: str = "",
    fmt: str = "{:g}",
) -> str:
    """Horizontal (stacked when several series) bar chart, each bar labelled with its value.

    Hand-built SVG (``html_svg``): there is one per set of minutes, and matplotlib is too slow
    for hundreds of them.
    """
    from .html_svg import svg_hbar

    return svg_hbar(uid, labels, series, title, xlabel=xlabel, fmt=fmt)


def _ink(colour: str) -> str:
    """Black or white text, whichever contrasts more with ``colour`` (WCAG relative luminance)."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#ffffff"


def _draw_heatmap(rows: Sequence[str], cols: Sequence[str], values: Sequence[Sequence[float]],
                  fmt: str, clabel: str) -> Any:
    import numpy as np
    from matplotlib import colormaps

    arr = np.array(values, dtype=float) if rows else np.zeros((1, len(cols)))
    fig = _figure(min(7.4, 3.2 + 1.0 * len(cols)), 1.3 + 0.27 * max(1, len(rows)))
    ax = fig.add_subplot()
    cmap = colormaps["Blues"]
    top = max(float(arr.max()), 1e-9) * 1.15  # the darkest blue stays readable under white text
    ax.imshow(arr, cmap=cmap, vmin=0, vmax=top, aspect="auto")
    ax.set_yticks(range(len(rows)), [plain(r, 40) for r in rows])
    ax.tick_params(length=0)
    for s in ax.spines.values():
        s.set_visible(False)
    for (i, j), v in np.ndenumerate(arr):
        hexc = "#{:02x}{:02x}{:02x}".format(*(int(c * 255) for c in cmap(v / top)[:3]))
        label = fmt.format(v) if v else "·"
        ax.text(j, i, label, ha="center", va="center", fontsize=8, color=_ink(hexc))
    ax.xaxis.tick_top()
    wrapped = [textwrap.fill(plain(c, 28), 12) for c in cols]
    ax.set_xticks(range(len(cols)), wrapped, rotation=0, ha="center")
    if clabel:
        ax.set_xlabel(clabel)
    return fig


def heatmap(
    uid: str,
    rows: Sequence[str],
    cols: Sequence[str],
    values: Sequence[Sequence[float]],
    title: str,
    *,
    fmt: str = "{:.0f}",
    clabel: str = "",
) -> str:
    """A row x column heatmap (single-hue Blues), each cell annotated with its value."""
    desc = "; ".join(
        f"{r}: " + ", ".join(f"{c} {fmt.format(values[i][j])}" for j, c in enumerate(cols))
        for i, r in enumerate(rows)
    )
    fig = _with(lambda: _draw_heatmap(rows, cols, values, fmt, clabel))
    return _finish(fig, uid, title, desc)


def line_chart(
    uid: str,
    xs: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    title: str,
    *,
    ylabel: str = "",
) -> str:
    """Lines over a categorical x axis (meeting dates), with markers of distinct shapes."""
    shapes = "osD^vP*X"

    def draw() -> Any:
        from matplotlib.ticker import MaxNLocator

        fig = _figure(7.2, 3.0)
        ax = fig.add_subplot()
        for n, (name, ys) in enumerate(series):
            pts = [(i, y) for i, y in enumerate(ys) if y is not None]
            ax.plot(
                [p[0] for p in pts],
                [p[1] for p in pts],
                marker=shapes[n % len(shapes)],
                color=OKABE_ITO[n % len(OKABE_ITO)],
                label=plain(name),
                linewidth=1.6,
            )
        ax.set_xticks(range(len(xs)), [plain(x, 12) for x in xs], rotation=30 if len(xs) > 6 else 0)
        ax.set_ylabel(ylabel)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return fig

    desc = "; ".join(
        f"{name}: "
        + ", ".join(f"{x} {y if y is not None else 'n/a'}" for x, y in zip(xs, ys, strict=False))
        for name, ys in series
    )
    return _finish(_with(draw), uid, title, desc)


def mini_bar(barriers: int, enablers: int, width: int = 120) -> str:
    """A tiny hand-built SVG: barriers (left, vermillion) against enablers (right, blue)."""
    total = max(1, barriers + enablers)
    wb = round(width * barriers / total)
    label = f"{barriers} barrier passages, {enablers} enabler passages"
    return (
        f'<svg class="mini" role="img" aria-label="{label}" width="{width}" height="12" viewBox="0 0 {width} 12">'
        f"<title>{label}</title>"
        f'<rect x="0" y="1" width="{wb}" height="10" fill="{BARRIER}"/>'
        f'<rect x="{wb}" y="1" width="{width - wb}" height="10" fill="{ENABLER if enablers else "#dddddd"}"/></svg>'
    )
