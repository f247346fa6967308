"""Terminal table and CSV for ``collabtext score``: document figures, index components, speakers,
language style matching and the passages with evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from ..score_lexicon import MARKER_KEYS

_SHORT = {
    "yes_and": "yes-and",
    "yes_but": "yes-but",
    "both_and": "both-and",
    "either_or": "either-or",
    "solution_question": "solution?",
    "problem_question": "problem?",
    "personalising": "personal",
    "meta_framing": "meta",
}


def _console(out: IO[str]) -> Console:
    return Console(file=out, width=max(100, 140), force_terminal=False, highlight=False)


def _f(x: Any, nd: int = 2) -> str:
    if x is None:
        return "-"
    return f"{x:.{nd}f}" if isinstance(x, float) else str(x)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _summary(d: dict[str, Any], path: str) -> Table:
    t = Table(title=f"{path}: collaborative language", title_justify="left")
    for col in (
        "words",
        "we",
        "I",
        "we/100",
        "I/100",
        "we share",
        "index (0-100)",
        "agency c/s/m",
        "we incl/excl",
    ):
        t.add_column(col, justify="right")
    ag, wt = d["agency"], d["we_type"]
    t.add_row(
        str(d["words"]),
        str(d["we"]),
        str(d["i"]),
        _f(d["we_per_100"]),
        _f(d["i_per_100"]),
        _f(d["we_share"]),
        _f(d["index"], 1),
        f"{ag['collective']}/{ag['single']}/{ag['mixed']}",
        f"{wt['inclusive']}/{wt['exclusive']}",
    )
    return t


def _components(d: dict[str, Any]) -> Table:
    t = Table(
        title="Index components (-1..+1; index = 50 x (1 + weighted mean))", title_justify="left"
    )
    from ..score_index import WEIGHTS

    for k in WEIGHTS:
        t.add_column(f"{k}\nweight {WEIGHTS[k]:.2f}", justify="right")
    t.add_row(*(_f(d["components"].get(k)) for k in WEIGHTS))
    m = Table(title="Markers", title_justify="left")
    for k in MARKER_KEYS:
        m.add_column(_SHORT[k], justify="right")
    m.add_row(*(str(d["markers"].get(k, 0)) for k in MARKER_KEYS))
    return _grid(t, m)


def _grid(*tables: Table) -> Table:
    g = Table.grid(padding=(1, 0))
    for t in tables:
        g.add_row(t)
    return g


def _speakers(speakers: list[dict[str, Any]], lsm: dict[str, Any]) -> Table:
    t = Table(
        title=f"Speakers (own words only; group LSM {_f(lsm.get('group'), 3)})",
        title_justify="left",
    )
    for col in (
        "speaker",
        "quotes",
        "reported",
        "words",
        "we",
        "I",
        "we share",
        "markers",
        "LSM vs rest",
    ):
        t.add_column(col, justify="left" if col in ("speaker", "markers") else "right")
    for s in speakers:
        marks = ", ".join(f"{_SHORT[k]} {v}" for k, v in s["markers"].items() if v) or "-"
        t.add_row(
            s["name"],
            str(s["direct_turns"]),
            str(s["reported_turns"]),
            str(s["words"]),
            str(s["we"]),
            str(s["i"]),
            _f(s["we_share"]),
            marks,
            _f(lsm.get("per_speaker", {}).get(s["name"]), 3),
        )
    return t


def _passages(passages: list[dict[str, Any]], limit: int = 25) -> Table:
    t = Table(title="Passages with evidence", title_justify="left", expand=True)
    t.add_column("id", no_wrap=True)
    t.add_column("we/I", no_wrap=True)
    t.add_column("agency", no_wrap=True)
    t.add_column("evidence", ratio=2)
    t.add_column("text", ratio=3)
    shown = 0
    for p in passages:
        ev = [
            f"{_SHORT.get(e['marker'], e['marker'])}: “{_clip(e['text'], 40)}”"
            for e in p["evidence"]
        ]
        ev += [f"{e['marker']}: “{_clip(e['text'], 40)}”" for e in p["agency_evidence"][:2]]
        ev += [f"we={e['marker']}: “{_clip(e['text'], 30)}”" for e in p["we_type_evidence"][:1]]
        if not ev or shown >= limit:
            continue
        shown += 1
        t.add_row(
            p.get("id", ""),
            f"{p['we']}/{p['i']}",
            p["agency"] or "-",
            "; ".join(ev),
            _clip(p.get("text", ""), 160),
        )
    return t


def render_score(results: Sequence[Any], out: IO[str]) -> None:
    """Readable report of ScoreResults."""
    console = _console(out)
    for r in results:
        d = r.to_dict()
        doc = d["document"]
        console.print(_summary(doc, d["path"]))
        console.print(_components(doc))
        if d["speakers"]:
            console.print(_speakers(d["speakers"], d["lsm"]))
        console.print(_passages(d["passages"]))
        skipped = sum(1 for p in d["passages"] if p.get("skipped"))
        if skipped:
            console.print(
                f"{skipped} Welsh passage(s) skipped (use --include-welsh to analyse them)."
            )


CSV_HEADER = (
    "path",
    "sha256",
    "passage_id",
    "page",
    "section",
    "kind",
    "lang",
    "skipped",
    "words",
    "we",
    "i",
    "we_per_100",
    "i_per_100",
    "we_share",
    *MARKER_KEYS,
    "agency",
    "we_type",
    "evidence",
    "text",
)


def csv_rows(results: Iterable[Any]) -> Iterable[list[Any]]:
    """One row per passage (all files)."""
    for r in results:
        d = r.to_dict()
        for p in d["passages"]:
            ev = "; ".join(
                f"{e['marker']}: {e['text']}" for e in p["evidence"] + p["agency_evidence"]
            )
            yield [
                d["path"],
                d["sha256"],
                p.get("id"),
                p.get("page"),
                " > ".join(p.get("section") or []),
                p.get("kind"),
                p.get("lang"),
                p.get("skipped"),
                p["words"],
                p["we"],
                p["i"],
                p["we_per_100"],
                p["i_per_100"],
                p["we_share"],
                *(p["markers"].get(k, 0) for k in MARKER_KEYS),
                p["agency"],
                p["we_type"],
                ev,
                p.get("text"),
            ]


def render_score_csv(results: Sequence[Any], out: IO[str]) -> None:
    """CSV, one row per passage, every cell neutralised against spreadsheet formula injection."""
    from .csv import write_csv  # H-SCAN's neutralising writer

    write_csv(out, CSV_HEADER, csv_rows(results))
