"""Readable tables for ``collabtext tag`` and ``collabtext kwic``."""

from __future__ import annotations

import shutil
from typing import IO, Any

from rich.console import Console
from rich.table import Table

SHORT = {
    "themes": "themes",
    "factors": "factors",
    "power_spectrum": "power",
    "ways_of_working": "ways",
    "dynamics": "dynamics",
    "capacity": "capacity",
    "disciplines": "disciplines",
    "lifecycle": "stage",
}


def console(out: IO[str]) -> Console:
    width = max(100, shutil.get_terminal_size((120, 20)).columns)
    return Console(file=out, width=width, force_terminal=False)


def _labels(labels: dict[str, Any]) -> str:
    parts = []
    for fw, v in labels.items():
        vals = list(v) if isinstance(v, (tuple, list)) else ([v] if v else [])
        if vals:
            parts.append(f"{SHORT.get(fw, fw)}: {', '.join(vals)}")
    return "\n".join(parts)


def _evidence(tp: Any, limit: int = 6) -> str:
    seen: list[str] = []
    for e in tp.evidence:
        mark = "¬" if e.negated else ("✓" if e.overcome else "")
        s = f"{mark}{e.term!r}"
        if s not in seen:
            seen.append(s)
    more = f" +{len(seen) - limit}" if len(seen) > limit else ""
    return ", ".join(seen[:limit]) + more


def render_tag(results: list[Any], out: IO[str], all_passages: bool = False) -> None:
    """One table per document (passages with labels) and its summary."""
    con = console(out)
    for r in results:
        s = r.summary
        lex = r.lexicon
        con.print(
            f"[bold]{r.document.path}[/bold]  {s['analysed']} passages analysed, "
            f"{s['skipped']} skipped; collaboration in {s['collaboration_passages']} "
            f"({(s['collaboration_share'] or 0):.0%}); lexicon {lex.name} {lex.sha256}"
        )
        t = Table(show_lines=True)
        for col, kw in (
            ("id", {"no_wrap": True}),
            ("page", {}),
            ("text", {"ratio": 3}),
            ("labels", {"ratio": 2}),
            ("evidence", {"ratio": 2}),
        ):
            t.add_column(col, **kw)
        for tp in r.passages:
            lab = _labels(tp.labels)
            if not lab and not all_passages:
                continue
            text = tp.passage.text if len(tp.passage.text) < 300 else tp.passage.text[:297] + "..."
            t.add_row(
                tp.passage.id,
                str(tp.passage.page or ""),
                text,
                lab or (tp.skipped or ""),
                _evidence(tp),
            )
        con.print(t)
        counts = Table(title="labels per category")
        counts.add_column("framework")
        counts.add_column("category counts")
        for fw, c in s["counts"].items():
            counts.add_row(fw, ", ".join(f"{k} {v}" for k, v in c.items()) or "-")
        con.print(counts)


def render_kwic(results: list[Any], out: IO[str]) -> None:
    """Concordance lines: left context, match, right context, with page and section."""
    con = console(out)
    for r in results:
        con.print(f"[bold]{r.path}[/bold]  {len(r.lines)} lines ({r.query})")
        t = Table(show_header=True)
        t.add_column("passage", no_wrap=True)
        t.add_column("page")
        t.add_column("section", ratio=1)
        t.add_column("left", justify="right", ratio=2)
        t.add_column("match", style="bold")
        t.add_column("right", ratio=2)
        t.add_column("label")
        for ln in r.lines:
            t.add_row(
                ln.passage_id,
                str(ln.page or ""),
                " > ".join(ln.section)[-40:],
                ln.left,
                ln.match,
                ln.right,
                f"{ln.category}{' ¬' if ln.negated else ''}",
            )
        con.print(t)
