"""CSV user gazetteers: one body a row, turned into the entries ``orgs_load`` validates.

A spreadsheet is how most board secretaries keep a list of local bodies, so ``--orgs`` accepts one:

    name,aliases,sector,statutory
    Afon Teg County Council,Afon Teg Council;ATCC,local_government,yes
    Afon Teg Leisure,Teg Leisure Trust,,no

Blank ``sector`` (and, for a statutory member, blank ``type``) are inferred from the words of the
name, as for bodies no gazetteer holds; every error names the file and the line.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from .errors import LexiconError

COLUMNS = ("name", "aliases", "abbreviations", "welsh", "areas", "sector", "type", "psb_role",
           "statutory")
_LISTS = ("aliases", "abbreviations", "welsh", "areas")
_SPLIT = re.compile(r"\s*[;|]\s*")
_YES = {"yes", "y", "true", "1", "statutory", "ie"}
_NO = {"no", "n", "false", "0", ""}


def read_csv_rows(text: str, path: Path) -> list[dict[str, Any]]:
    """Entries (``__line__`` set) from the CSV ``text`` of ``path``.

    Raises:
        LexiconError: no ``name`` column, an unknown column, a bad ``statutory`` value.
    """
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    # strict: an unclosed quote is an error at its line, not the rest of the file read as one name
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        return _rows(reader, path)
    except csv.Error as e:
        raise LexiconError(
            f"line {reader.line_num}: not valid CSV ({e}); check the quotes on that line", str(path)
        ) from None


def _rows(reader: Any, path: Path) -> list[dict[str, Any]]:
    header = next(reader, None)
    if not header:
        raise LexiconError("line 1: empty CSV; the first row names the columns "
                           f"({', '.join(COLUMNS)})", str(path))
    cols = [h.strip().lower().replace(" ", "_") for h in header]
    unknown = [c for c in cols if c and c not in COLUMNS]
    if unknown:
        raise LexiconError(f"line 1: unknown column(s) {unknown}; allowed: {', '.join(COLUMNS)}",
                           str(path))
    if "name" not in cols:
        raise LexiconError("line 1: a CSV gazetteer needs a 'name' column", str(path))
    named = [c for c in cols if c]
    if len(named) < len(cols) or len(set(named)) < len(named):
        raise LexiconError("line 1: every column needs a name, each used once", str(path))
    out = []
    start = reader.line_num + 1
    for row in reader:
        line, start = start, reader.line_num + 1  # a quoted cell may span lines: report the first
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if any("\n" in c or "\r" in c for c in row):
            raise LexiconError(
                f"line {line}: a cell runs over several lines (an unclosed quote?)", str(path)
            )
        if len(row) > len(cols):
            raise LexiconError(f"line {line}: {len(row)} cells but {len(cols)} columns "
                               "(quote a name that contains a comma)", str(path))
        cells = {c: v.strip() for c, v in zip(cols, row, strict=False) if c}
        out.append(_entry(cells, line, path))
    return out


def _entry(cells: dict[str, str], line: int, path: Path) -> dict[str, Any]:
    from .orgs_generic import guess_sector

    e: dict[str, Any] = {"__line__": line, "name": cells.get("name", "")}
    for k in _LISTS:
        e[k] = [x for x in _SPLIT.split(cells.get(k, "")) if x]
    flag = cells.get("statutory", "").lower()
    if flag not in _YES | _NO:
        raise LexiconError(f"line {line}: statutory must be yes or no, not {flag!r}", str(path))
    if flag:
        e["statutory"] = flag in _YES
    if cells.get("psb_role"):
        e["psb_role"] = cells["psb_role"]
    sector, typ = guess_sector(e["name"]) if e["name"] else ("other", None)
    e["sector"] = cells.get("sector") or sector
    # PSB coverage counts statutory members by type ("local_authority"...), so infer it too.
    e["type"] = cells.get("type") or (typ if e.get("statutory") else None)
    return e
