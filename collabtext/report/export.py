"""Export tables of a results database as CSV, JSON Lines or Parquet (streamed in batches).

The default table, ``passages``, has one row per passage of every analysed document: its path,
page, section, kind, language and text, one ``labels_<framework>`` column per framework
(categories joined with ";"), and the passage scores. ``--table`` names any other table of
``collabtext.db_schema`` (documents, labels, evidence, scores, document_scores, speakers, views,
actions, steps, meta) or ``passages_raw`` for the passages table as stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import IO, Any

from ..db_schema import COLUMNS
from ..errors import CollabtextError, DatabaseError

FORMATS = ("csv", "jsonl", "parquet")
TABLES = ("passages", "passages_raw", *[t for t in COLUMNS if t != "passages"], "meta")
_JSON_COLUMNS = {"markers", "owners", "organisations", "lead", "partners", "flags", "json"}
_BATCH = 5000


class MissingDependency(CollabtextError):
    code = "CT111"


def _frameworks(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT framework FROM labels ORDER BY 1")]


def _passages_sql(frameworks: list[str]) -> str:
    pivots = "".join(
        f", max(CASE WHEN l.framework = '{fw.replace(chr(39), '')}' THEN l.cats END) AS \"labels_{fw}\""
        for fw in frameworks
    )
    return (
        "SELECT d.path, p.sha256, d.kind AS document_kind, p.passage_id, p.page, p.section, p.kind, "
        f"p.lang, p.speaker, p.text{pivots}, s.words, s.we, s.i, s.agency, s.we_type, s.markers "
        "FROM passages p JOIN documents d ON d.sha256 = p.sha256 AND d.duplicate_of IS NULL "
        "LEFT JOIN scores s ON s.sha256 = p.sha256 AND s.passage_id = p.passage_id "
        "LEFT JOIN (SELECT sha256, passage_id, framework, group_concat(category, ';') AS cats "
        "           FROM (SELECT * FROM labels ORDER BY category) GROUP BY 1, 2, 3) l "
        "  ON l.sha256 = p.sha256 AND l.passage_id = p.passage_id "
        "GROUP BY p.sha256, p.passage_id ORDER BY d.path, p.seq"
    )


def query_table(
    conn: sqlite3.Connection, table: str
) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Return (column names, row iterator) for an export table."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    if table == "passages":
        sql = _passages_sql(_frameworks(conn))
    elif table == "passages_raw":
        sql = "SELECT * FROM passages ORDER BY sha256, seq"
    else:
        order = "path" if table == "documents" else "rowid"
        sql = f"SELECT * FROM {table} ORDER BY {order}"
    cur = conn.execute(sql)
    return [d[0] for d in cur.description], iter(cur)


def _column_types(conn: sqlite3.Connection) -> dict[str, str]:
    types: dict[str, str] = {}
    for table in (*COLUMNS, "meta"):
        for row in conn.execute(f"PRAGMA table_info({table})"):
            types.setdefault(row[1], (row[2] or "TEXT").upper())
    return types


def _decode(name: str, value: Any) -> Any:
    if name in _JSON_COLUMNS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _write_jsonl(out: IO[str], header: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    n = 0
    for row in rows:
        obj = {h: _decode(h, v) for h, v in zip(header, row, strict=True)}
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_parquet(
    path: str, header: list[str], rows: Iterator[tuple[Any, ...]], types: dict[str, str]
) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise MissingDependency(
            "--format parquet needs pyarrow: pip install 'collabtext[parquet]'"
        ) from e
    kinds = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    schema = pa.schema([(h, kinds.get(types.get(h, "TEXT"), pa.string())) for h in header])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        while True:
            batch = [r for _, r in zip(range(_BATCH), rows, strict=False)]
            if not batch:
                break
            cols = list(zip(*batch, strict=True))
            arrays = [pa.array(list(c), type=f.type) for c, f in zip(cols, schema, strict=True)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(batch)
    return n


def export_table(
    db_path: str, table: str, fmt: str, output: str, out: IO[str] | None = None
) -> int:
    """Write ``table`` of the database at ``db_path`` to ``output`` in ``fmt``; return rows written.

    Raises:
        DatabaseError: the database is missing or not a results database.
        MissingDependency: parquet without pyarrow.
    """
    from ..db import ResultsDB
    from .csv import write_csv

    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    with ResultsDB(db_path, create=False) as db:
        try:
            header, rows = query_table(db.conn, table)
        except sqlite3.DatabaseError as e:
            raise DatabaseError(f"cannot read table {table} ({e})", db_path) from e
        if fmt == "parquet":
            if output in ("-", None):
                raise ValueError("--format parquet needs -o FILE")
            return _write_parquet(output, header, rows, _column_types(db.conn))
        assert out is not None
        if fmt == "csv":
            return write_csv(out, header, rows)
        return _write_jsonl(out, header, rows)
