"""Human-readable views of extracted documents: a rich table, or plain text with blank lines."""

from __future__ import annotations

import re
import shutil
from typing import IO

from ..records import Document

_MARKED = re.compile(r"^\s*(?:[-*+•·▪◦‣●○■□➢►✓]|\(?\w{1,4}[.)])\s")


def _shorten(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _section(section: tuple[str, ...], n: int = 30) -> str:
    if not section:
        return ""
    last = section[-1]
    prefix = "… › " if len(section) > 1 else ""
    return _shorten(prefix + last, n)


def render_table(docs: list[Document], out: IO[str]) -> None:
    """Write one table per document: id, page, kind, lang, section and the start of the text."""
    from rich.console import Console
    from rich.table import Table

    width = max(100, shutil.get_terminal_size((120, 24)).columns)
    console = Console(file=out, width=width, force_terminal=False, highlight=False)
    for doc in docs:
        pages = f", {doc.pages} pages" if doc.pages is not None else ""
        title = f"{doc.path} ({doc.format}{pages}, {len(doc.passages)} passages)"
        table = Table(title=title, title_justify="left", show_lines=False, expand=True)
        for name, kw in (
            ("id", {}),
            ("page", {"justify": "right"}),
            ("kind", {}),
            ("lang", {}),
            ("section", {"max_width": 24}),
            ("text", {"ratio": 1}),
        ):
            table.add_column(name, no_wrap=True, overflow="ellipsis", **kw)
        text_width = 300  # rich cuts it to the room left
        for p in doc.passages:
            table.add_row(
                p.id,
                "" if p.page is None else str(p.page),
                p.kind,
                p.lang,
                _section(p.section, 24),
                _shorten(p.text, text_width),
            )
        console.print(table)
        for w in doc.warnings:
            console.print(f"warning: {w}", markup=False)


def render_text(docs: list[Document], out: IO[str]) -> None:
    """Write passages as plain text: headings marked with '#' by level, blank lines between."""
    for i, doc in enumerate(docs):
        if len(docs) > 1:
            out.write(("\n" if i else "") + f"==> {doc.path} <==\n\n")
        for p in doc.passages:
            if p.kind == "heading":
                out.write("#" * (p.level or 1) + " " + p.text.replace("\n", " ") + "\n\n")
            elif p.kind == "list_item":
                out.write((p.text if _MARKED.match(p.text) else "- " + p.text) + "\n\n")
            elif p.kind == "table_row" and p.cells is not None:
                out.write("| " + " | ".join(c.replace("\n", " ") for c in p.cells) + " |\n\n")
            else:
                out.write(p.text + "\n\n")
