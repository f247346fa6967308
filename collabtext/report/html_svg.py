"""Hand-built SVG bar charts: many per report (one per set of minutes), so they must be cheap.

matplotlib takes ~0.4 s a figure, which would make a report of a thousand meetings take minutes;
a stacked bar chart is a few rectangles, written here directly. Same rules as ``html_charts``:
``role="img"`` with ``<title>``/``<desc>``, every value written as text, Okabe-Ito colours,
every label escaped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

_ROW, _GAP, _AXIS = 22, 6, 34
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CHAR = 6.5  # generous average glyph width at 11px in a sans-serif font (labels must not clip)


def _e(text: object) -> str:
    from .html_evidence import esc

    return esc(text)


def shorten(text: str, limit: int = 42) -> str:
    """One line of at most ``limit`` characters; the middle goes, since file names differ at the end."""
    s = " ".join(_CONTROL.sub("\ufffd", str(text)).split())
    if len(s) <= limit:
        return s
    tail = (limit - 1) * 2 // 5
    return s[: limit - 1 - tail] + "…" + s[len(s) - tail :]


def _ticks(vmax: float) -> list[float]:
    """About five round, integer-friendly tick values from 0 to at least vmax."""
    if vmax <= 0:
        return [0, 1]
    raw = vmax / 5
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    step = max(step, 1)
    return [i * step for i in range(int(math.ceil(vmax / step)) + 1)]


def _ink(colour: str) -> str:
    from .html_charts import _ink as ink

    return ink(colour)


def _legend(series: Sequence[tuple[str, Sequence[float], str]], width: int) -> tuple[str, float]:
    """Legend items in rows across the full width; returns the SVG and the height it takes."""
    out, x, y = [], 4.0, 6.0
    for name, _, colour in series:
        item = 30 + _CHAR * len(name)
        if x > 4 and x + item > width:
            x, y = 4.0, y + 17
        out.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="11" height="11" fill="{colour}"/>'
            f'<text x="{x + 15:.1f}" y="{y + 9.5:.1f}">{_e(name)}</text>'
        )
        x += item
    return "".join(out), y + 18


def _bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str]],
    x0: float,
    scale: float,
    top: float,
    fmt: str,
) -> str:
    out = []
    for i, label in enumerate(labels):
        y = top + i * (_ROW + _GAP)
        out.append(
            f'<text x="{x0 - 6:.1f}" y="{y + _ROW / 2 + 4:.1f}" text-anchor="end">{_e(shorten(label))}</text>'
        )
        left = 0.0
        for _, values, colour in series:
            v = float(values[i] or 0)
            if v <= 0:
                continue
            w = v * scale
            out.append(
                f'<rect x="{x0 + left * scale:.1f}" y="{y:.1f}" width="{w:.1f}" height="{_ROW}" fill="{colour}"/>'
            )
            if w >= 16:
                out.append(
                    f'<text x="{x0 + left * scale + w / 2:.1f}" y="{y + _ROW / 2 + 4:.1f}" text-anchor="middle" '
                    f'fill="{_ink(colour)}">{_e(fmt.format(v))}</text>'
                )
            left += v
        if len(series) > 1 and left:
            out.append(
                f'<text x="{x0 + left * scale + 4:.1f}" y="{y + _ROW / 2 + 4:.1f}" fill="#4d4d4d">'
                f"{_e(fmt.format(left))}</text>"
            )
    return "".join(out)


def _axis(ticks: list[float], x0: float, scale: float, y: float, xlabel: str, fmt: str) -> str:
    out = [f'<line x1="{x0}" y1="{y}" x2="{x0 + ticks[-1] * scale:.1f}" y2="{y}" stroke="#555"/>']
    for t in ticks:
        x = x0 + t * scale
        out.append(
            f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + 4}" stroke="#555"/>'
            f'<text x="{x:.1f}" y="{y + 15}" text-anchor="middle">{_e(fmt.format(t))}</text>'
        )
    if xlabel:
        out.append(
            f'<text x="{x0 + ticks[-1] * scale / 2:.1f}" y="{y + 29}" text-anchor="middle">{_e(xlabel)}</text>'
        )
    return "".join(out)


def svg_hbar(
    uid: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str]],
    title: str,
    *,
    xlabel: str = "",
    fmt: str = "{:g}",
    width: int = 720,
) -> str:
    """A horizontal (stacked when several series) bar chart as an SVG string."""
    totals = [sum(float(vals[i] or 0) for _, vals, _ in series) for i in range(len(labels))]
    ticks = _ticks(max(totals + [0]))
    x0 = min(300.0, 14 + _CHAR * max([len(shorten(s)) for s in labels] + [4]))
    scale = (width - x0 - 36) / ticks[-1]
    legend, top = _legend(series, width) if len(series) > 1 else ("", 6.0)
    axis_y = top + len(labels) * (_ROW + _GAP)
    height = axis_y + _AXIS + (8 if xlabel else 0)
    desc = "; ".join(
        f"{label}: "
        + ", ".join(f"{name} {fmt.format(float(vals[i] or 0))}" for name, vals, _ in series)
        for i, label in enumerate(labels)
    )
    grid = "".join(
        f'<line x1="{x0 + t * scale:.1f}" y1="{top - 2}" x2="{x0 + t * scale:.1f}" y2="{axis_y}" '
        'stroke="#e3e3e3"/>'
        for t in ticks[1:]
    )
    return (
        f'<svg class="chart" role="img" aria-labelledby="{uid}-t {uid}-d" viewBox="0 0 {width} {height:.0f}" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="11" fill="#1a1a1a">'
        f'<title id="{uid}-t">{_e(title)}</title><desc id="{uid}-d">{_e(desc)}</desc>'
        + legend
        + grid
        + _bars(labels, series, x0, scale, top, fmt)
        + _axis(ticks, x0, scale, axis_y, xlabel, fmt)
        + "</svg>"
    )
