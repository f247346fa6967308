"""Tables for ``collabtext lexicon list|show``."""

from __future__ import annotations

from typing import IO, Any

from rich.table import Table

from .table_tag import console


def render_list(lex: Any, rows: list[dict[str, Any]], out: IO[str]) -> None:
    con = console(out)
    con.print(f"lexicon {lex.info.name} version {lex.info.version} sha256 {lex.info.sha256}")
    t = Table()
    for c in ("framework", "kind", "categories", "terms", "patterns", "file"):
        t.add_column(c)
    for r in rows:
        t.add_row(
            r["framework"],
            r["kind"],
            str(r["categories"]),
            str(r["terms"]),
            str(r["patterns"]),
            r["file"],
        )
    con.print(t)


def render_show(fw: Any, cats: list[Any], out: IO[str]) -> None:
    con = console(out)
    con.print(f"[bold]{fw.id}[/bold] ({fw.kind}) {fw.label}; source: {fw.source}")
    for c in cats:
        con.print(f"\n[bold]{c.id}[/bold] {c.label}  ({c.file}:{c.line})")
        if c.description:
            con.print(f"  {c.description}")
        con.print(
            f"  negation: {c.on_negation}"
            + (f" -> {c.negated_as}" if c.negated_as else "")
            + (f"; overcome -> {c.overcome_as}" if c.overcome_as else "")
            + (f"; requires cue {', '.join(c.requires)}" if c.requires else "")
        )
        con.print(f"  terms ({len(c.terms)}): " + "; ".join(c.terms))
        if c.exact:
            con.print(f"  exact ({len(c.exact)}): " + "; ".join(c.exact))
        if c.patterns:
            con.print(f"  patterns ({len(c.patterns)})")
        if c.exclusions:
            con.print("  exclusions: " + "; ".join(c.exclusions))
