"""Readable tables for ``collabtext evaluate``."""

from __future__ import annotations

from typing import IO, Any

from rich.table import Table

from .table_tag import console


def _micro(con: Any, frameworks: dict[str, Any]) -> None:
    t = Table(title="agreement with hand labels")
    for c in ("framework", "precision", "recall", "F1", "accuracy", "within one", "support"):
        t.add_column(c, justify="left" if c == "framework" else "right")
    for fw, m in frameworks.items():
        if "f1" in m:
            t.add_row(
                fw,
                f"{m['precision']:.2f}",
                f"{m['recall']:.2f}",
                f"{m['f1']:.2f}",
                "",
                "",
                str(m["support"]),
            )
        else:
            w = m.get("within_one")
            t.add_row(
                fw, "", "", "", f"{m['accuracy']:.2f}", f"{w:.2f}" if w is not None else "", ""
            )
    con.print(t)


def _categories(con: Any, frameworks: dict[str, Any]) -> None:
    t = Table(title="per category")
    for c in ("framework", "category", "precision", "recall", "F1", "support"):
        t.add_column(c, justify="left" if c in ("framework", "category") else "right")
    for fw, m in frameworks.items():
        for cid, r in m.get("categories", {}).items():
            t.add_row(
                fw,
                cid,
                f"{r['precision']:.2f}",
                f"{r['recall']:.2f}",
                f"{r['f1']:.2f}",
                str(r["support"]),
            )
    con.print(t)


def _confusion(con: Any, conf: dict[str, dict[str, int]]) -> None:
    t = Table(title="power_spectrum confusion (rows gold, columns predicted)")
    t.add_column("gold \\ predicted")
    for c in conf:
        t.add_column(c[:6], justify="right")
    for g, row in conf.items():
        t.add_row(g, *(str(v) if v else "." for v in row.values()))
    con.print(t)


def render_evaluate(results: list[Any], out: IO[str], show_errors: bool = False) -> None:
    con = console(out)
    for r in results:
        lex = r.lexicon
        con.print(
            f"[bold]{r.path}[/bold]  n={r.n}{'  ids=' + r.ids if r.ids else ''}  "
            f"lexicon {lex.name} {lex.sha256}"
            + (
                "  method "
                + ", ".join(f"{k} {v}" for k, v in sorted(r.method.items()) if v != "lexicon")
                if any(v != "lexicon" for v in r.method.values())
                else "  method lexicon"
            )
            if lex
            else ""
        )
        _micro(con, r.frameworks)
        _categories(con, r.frameworks)
        if "power_spectrum" in r.frameworks:
            _confusion(con, r.frameworks["power_spectrum"]["confusion"])
        if r.pronouns:
            p = r.pronouns
            con.print(
                f"pronouns (n={p['n']}): we exact {p['we_exact']:.2f}, I exact {p['i_exact']:.2f}, "
                f"both {p['both_exact']:.2f}"
            )
        else:
            con.print(
                "pronouns: not evaluated (no reference counts, or collabtext.score not installed)"
            )
        if show_errors:
            for e in r.errors:
                con.print(f"  {e}")
