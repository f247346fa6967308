"""The summary of a results database: files by kind and status, totals, top themes and barriers."""

from __future__ import annotations

import shutil
from collections import Counter
from typing import IO, Any

from ..db import ResultsDB


def summary_dict(db: ResultsDB, limit: int = 8) -> dict[str, Any]:
    """JSON-ready summary of the database (used by ``collabtext summary`` and after a scan)."""
    counts = db.status_counts()
    failures = db.failures()
    return {
        "database": db.path,
        "meta": db.meta(),
        "files": sum(counts.values()),
        "by_kind": [{"kind": k, "status": s, "files": n} for (k, s), n in counts.items()],
        "totals": db.totals(),
        "top_themes": [
            {"category": c, "passages": n} for c, n in db.top_categories("themes", limit=limit)
        ],
        "top_barriers": [
            {"category": c, "passages": n}
            for c, n in db.top_categories("factors", "barrier.", limit)
        ],
        "failure_codes": dict(Counter(code or "-" for _, code, _ in failures).most_common()),
        "failures": [{"path": p, "code": c, "message": m} for p, c, m in failures],
    }


def _console(out: IO[str]) -> Any:
    from rich.console import Console

    return Console(
        file=out, width=max(100, shutil.get_terminal_size((100, 20)).columns), force_terminal=False
    )


def render_summary(
    summary: dict[str, Any], out: IO[str], elapsed: float | None = None, max_failures: int = 15
) -> None:
    """Print the summary as rich tables."""
    from rich.table import Table

    console = _console(out)
    t = Table(title="Files by kind and status")
    for col in ("kind", "status", "files"):
        t.add_column(col, justify="right" if col == "files" else "left")
    for row in summary["by_kind"]:
        t.add_row(row["kind"], row["status"], str(row["files"]))
    tot = summary["totals"]
    console.print(t)
    console.print(
        f"{summary['files']} files; analysed content: {tot['documents']} documents, "
        f"{tot['pages']} pages, {tot['passages']} passages, {tot['words']} words"
        + (f"; {elapsed:.1f} s" if elapsed is not None else ""),
        highlight=False,
    )
    for key, title in (("top_themes", "Top themes"), ("top_barriers", "Top barriers")):
        tt = Table(title=f"{title} (passages)")
        tt.add_column("category")
        tt.add_column("passages", justify="right")
        for row in summary[key]:
            tt.add_row(row["category"], str(row["passages"]))
        if not summary[key]:
            tt.add_row("(none labelled)", "")
        console.print(tt)
    if summary["failures"]:
        ft = Table(title=f"Failed files ({len(summary['failures'])})")
        for col in ("code", "path", "reason"):
            ft.add_column(col, overflow="fold")
        for f in summary["failures"][:max_failures]:
            ft.add_row(f["code"] or "", f["path"], f["message"] or "")
        if len(summary["failures"]) > max_failures:
            ft.caption = f"... and {len(summary['failures']) - max_failures} more (collabtext export DB --table documents)"
        console.print(ft)
