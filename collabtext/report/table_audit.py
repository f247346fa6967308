"""Readable terminal report of plan audits: objectives, steps, scorecard, steps to challenge."""

from __future__ import annotations

from typing import IO, Any

from rich.console import Console
from rich.table import Table

_SHORT = {
    "single_agency": "single",
    "consultation_only": "consult-only",
    "no_named_partner": "no partner",
    "vague": "vague",
    "business_as_usual": "BAU",
    "no_citizen_involvement": "no citizens",
}


def _console(out: IO[str]) -> Console:
    return Console(file=out, width=max(100, 140), force_terminal=False, highlight=False)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _steps_table(objective: Any, index: int) -> Table:
    t = Table(
        title=f"Objective {index}: {objective.title}",
        title_justify="left",
        show_lines=False,
        expand=True,
    )
    t.add_column("#", no_wrap=True)
    t.add_column("Step", ratio=5)
    t.add_column("Pg", no_wrap=True)
    t.add_column("Partners (lead*)", ratio=3)
    t.add_column("Level", no_wrap=True)
    t.add_column("When", ratio=1)
    t.add_column("Flags", ratio=1)
    for i, s in enumerate(objective.steps, 1):
        who = ", ".join(p + ("*" if p in s.lead else "") for p in s.partners) or "-"
        t.add_row(
            s.number or str(i),
            _clip(s.text, 160),
            str(s.page or ""),
            who,
            s.power_spectrum or "-",
            s.timescale or "-",
            ", ".join(_SHORT.get(f, f) for f in s.flags) or "-",
        )
    return t


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _scorecard(summary: dict[str, Any]) -> Table:
    t = Table(title="Scorecard", title_justify="left")
    t.add_column("Measure")
    t.add_column("Value")
    t.add_row("Objectives / steps", f"{summary['objectives']} / {summary['steps']}")
    t.add_row(
        "Steps per objective", ", ".join(str(o["steps"]) for o in summary["steps_per_objective"])
    )
    t.add_row(
        "Power spectrum",
        ", ".join(f"{k} {_pct(v)}" for k, v in summary["power_spectrum"].items() if v),
    )
    t.add_row("Two or more partners", _pct(summary["two_or_more_partners"]))
    t.add_row("With a timescale", _pct(summary["with_timescale"]))
    t.add_row(
        "Ways of working",
        ", ".join(f"{k} {_pct(v)}" for k, v in summary["ways_of_working"].items()),
    )
    t.add_row("Themes", ", ".join(f"{k} {_pct(v)}" for k, v in summary["themes"].items()))
    t.add_row("Flags", ", ".join(f"{k} {v}" for k, v in summary["flags"].items() if v) or "-")
    t.add_row(
        "Partners (steps)",
        ", ".join(f"{p['name']} {p['steps']}" for p in summary["partners"]) or "-",
    )
    return t


def _challenge(summary: dict[str, Any]) -> Table:
    t = Table(title="Steps to challenge", title_justify="left", expand=True)
    t.add_column("Objective", ratio=2)
    t.add_column("Step", no_wrap=True)
    t.add_column("Pg", no_wrap=True)
    t.add_column("Text", ratio=4)
    t.add_column("Why", ratio=3)
    for c in summary["challenge"]:
        t.add_row(
            _clip(c["objective"], 40),
            c["step"],
            str(c["page"] or ""),
            _clip(c["text"], 90),
            "; ".join(c["reasons"]),
        )
    return t


def render_audit(results: list[Any], out: IO[str]) -> None:
    """Write each plan's audit (or a comparison) as rich tables to ``out``."""
    con = _console(out)
    for r in results:
        if hasattr(r, "rows"):
            render_comparison(r, con)
            continue
        con.rule(f"[bold]{r.path}")
        for w in r.warnings:
            con.print(f"[yellow]note:[/] {w}")
        bp = r.boilerplate
        if bp.get("passages"):
            con.print(
                f"Statutory boilerplate left out of the counts: {bp['passages']} passages "
                f"({'; '.join(bp['headings']) or 'quoted goals and principle'})"
            )
        listed = [o for o in r.objectives if not o.steps]
        if listed:
            con.print("Objectives named, with no steps found under them:")
            for o in listed:
                con.print(f"  • {o.title}")
        for i, o in enumerate(r.objectives, 1):
            if o.steps:
                con.print(_steps_table(o, i))
        if r.summary.get("steps"):
            con.print(_scorecard(r.summary))
            if r.summary["challenge"]:
                con.print(_challenge(r.summary))


def _fmt(kind: str, v: float | int) -> str:
    return _pct(v) if kind == "share" else str(v)


def render_comparison(cmp: Any, con: Console) -> None:
    """The scorecards of several plans in adjacent columns."""
    t = Table(title="Plans compared", title_justify="left")
    t.add_column("Measure")
    for r in cmp.results:
        t.add_column(_clip(r.path.rsplit("/", 1)[-1], 40))
    for label, kind, values in cmp.rows():
        t.add_row(label, *(_fmt(kind, v) for v in values))
    con.print(t)
    p = Table(title="Partners by number of steps", title_justify="left")
    p.add_column("Partner")
    for r in cmp.results:
        p.add_column(_clip(r.path.rsplit("/", 1)[-1], 40))
    for name, counts in cmp.partners():
        p.add_row(name, *(str(c) for c in counts))
    con.print(p)
