"""CSV output that is safe to open in a spreadsheet.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is run as a formula
by Excel, LibreOffice and Google Sheets ("CSV injection"); text from untrusted documents can start
that way, so such cells are prefixed with a single quote. Numbers are written unchanged.

Example:
    >>> neutralise("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise(-3)
    -3
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: Any) -> Any:
    """Return ``cell`` with a leading ``'`` when a spreadsheet would treat it as a formula."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def write_csv(out: IO[str], header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a header and rows (streamed) with every cell neutralised; return the row count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([neutralise(h) for h in header])
    n = 0
    for row in rows:
        writer.writerow(["" if c is None else neutralise(c) for c in row])
        n += 1
    return n
