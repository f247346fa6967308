"""The SQLite results database written by ``collabtext scan`` (schema: ``collabtext.db_schema``).

Design:

- WAL journal, one connection in the main process; workers only compute. Each finished file's
  rows (its content rows plus one ``documents`` row per path holding those bytes) are written in
  ONE transaction, so a scan killed at any moment keeps every finished file and never leaves a
  half-written document.
- Versioned: ``PRAGMA user_version`` is the schema version and ``meta`` repeats it with the
  lexicon hash and model version of the last scan. A database from a newer collabtext is refused.
- Content-addressed: derived rows are keyed by ``sha256``; ``documents`` has one row per path.
  A re-scan skips a path whose sha256, lexicon hash and model version are unchanged.

Example:
    >>> db = ResultsDB(":memory:")
    >>> db.status_counts()
    {}
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from . import __version__
from .db_schema import COLUMNS, CONTENT_TABLES, DDL, SCHEMA_VERSION
from .errors import DatabaseError


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def _insert_sql(table: str) -> str:
    cols = COLUMNS[table]
    quoted = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(cols))})"


class ResultsDB:
    """A results database (created if missing). Use as a context manager or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.path = str(path)
        if not create and self.path != ":memory:" and not os.path.isfile(self.path):
            raise DatabaseError(
                "no such results database; run `collabtext scan ... --db FILE` first", self.path
            )
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves so a transaction is one file.
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._check_version(create)
        except sqlite3.DatabaseError as e:
            raise DatabaseError(f"not a usable SQLite results database ({e})", self.path) from e

    def _check_version(self, create: bool) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"schema version {version} is newer than this collabtext supports "
                f"({SCHEMA_VERSION}); upgrade collabtext",
                self.path,
            )
        if version == 0:
            tables = self.conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'"
            ).fetchone()[0]
            if tables and not self._has_table("documents"):
                raise DatabaseError(
                    "this SQLite file is not a collabtext results database", self.path
                )
            if not create and not tables:
                raise DatabaseError(
                    "empty database; run `collabtext scan ... --db FILE` first", self.path
                )
            self.conn.executescript(DDL)
            self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self.set_meta({"schema_version": str(SCHEMA_VERSION), "created_at": _now()})

    def _has_table(self, name: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
        )
        return row.fetchone() is not None

    def __enter__(self) -> ResultsDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- meta -------------------------------------------------------------------------------
    def set_meta(self, values: Mapping[str, str]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                list(values.items()),
            )

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    def record_versions(self, lexicon_sha: str, model_version: str) -> None:
        self.set_meta(
            {
                "lexicon_sha": lexicon_sha,
                "model_version": model_version,
                "collabtext_version": __version__,
                "updated_at": _now(),
            }
        )

    # -- transactions -----------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- reads used by scan -----------------------------------------------------------------
    def path_index(self) -> dict[str, tuple[str, str, str, str]]:
        """path -> (sha256, status, lexicon_sha, model_version) for every stored path."""
        rows = self.conn.execute(
            "SELECT path, sha256, status, lexicon_sha, model_version FROM documents"
        )
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def analysed_content(self, lexicon_sha: str, model_version: str) -> dict[str, str]:
        """sha256 -> path it was analysed from, for content analysed OK with these versions."""
        rows = self.conn.execute(
            "SELECT sha256, path FROM documents WHERE status='ok' AND duplicate_of IS NULL "
            "AND lexicon_sha=? AND model_version=?",
            (lexicon_sha, model_version),
        )
        return {r[0]: r[1] for r in rows}

    def document_row(self, path: str) -> dict[str, Any] | None:
        cur = self.conn.execute("SELECT * FROM documents WHERE path=?", (path,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    # -- writes -----------------------------------------------------------------------------
    def write_file(
        self,
        doc_row: Mapping[str, Any],
        rows: Mapping[str, Sequence[Sequence[Any]]],
        duplicates: Iterable[str] = (),
    ) -> None:
        """Store one analysed (or failed) file and its duplicate paths in one transaction.

        Args:
            doc_row: the ``documents`` columns for the analysed path (``status`` ok|failed).
            rows: table name -> rows (column order of ``db_schema.COLUMNS``) for the content.
            duplicates: other paths with the same bytes; each gets a row pointing to ``doc_row``.
        """
        sha = doc_row.get("sha256")
        paths = [doc_row["path"], *duplicates]
        with self.transaction():
            old = self._old_shas(paths)
            if sha:
                self._delete_content([sha])
            for table in CONTENT_TABLES:
                if rows.get(table):
                    self.conn.executemany(_insert_sql(table), [tuple(r) for r in rows[table]])
            self._put_document(doc_row)
            for dup in duplicates:
                self._put_document({**doc_row, "path": dup, "duplicate_of": doc_row["path"]})
            self._delete_orphans(old - {sha})

    def write_duplicate(self, path: str, of_path: str, size: int | None = None) -> None:
        """Point ``path`` at content already analysed from ``of_path`` (same sha256)."""
        base = self.document_row(of_path)
        if base is None:
            raise DatabaseError(f"no stored document {of_path!r} to point at", self.path)
        with self.transaction():
            old = self._old_shas([path])
            row = {**base, "path": path, "duplicate_of": of_path, "scanned_at": _now()}
            if size is not None:
                row["size"] = size
            self._put_document(row)
            self._delete_orphans(old - {base["sha256"]})

    def _put_document(self, row: Mapping[str, Any]) -> None:
        cols = COLUMNS["documents"]
        values = [row.get(c) for c in cols]
        values[cols.index("scanned_at")] = row.get("scanned_at") or _now()
        self.conn.execute(
            _insert_sql("documents").replace("INSERT", "INSERT OR REPLACE", 1), values
        )

    def _old_shas(self, paths: Sequence[str]) -> set[str]:
        marks = ",".join("?" * len(paths))
        rows = self.conn.execute(
            f"SELECT sha256 FROM documents WHERE path IN ({marks})", list(paths)
        )
        return {r[0] for r in rows if r[0]}

    def _delete_content(self, shas: Iterable[str]) -> None:
        for sha in shas:
            for table in CONTENT_TABLES:
                self.conn.execute(f"DELETE FROM {table} WHERE sha256=?", (sha,))

    def _delete_orphans(self, shas: set[str]) -> None:
        for sha in shas:
            still = self.conn.execute(
                "SELECT 1 FROM documents WHERE sha256=? LIMIT 1", (sha,)
            ).fetchone()
            if still is None:
                self._delete_content([sha])

    # -- summaries --------------------------------------------------------------------------
    def status_counts(self) -> dict[tuple[str, str], int]:
        rows = self.conn.execute(
            "SELECT coalesce(kind, '-'), status, count(*) FROM documents GROUP BY 1, 2 ORDER BY 1, 2"
        )
        return {(r[0], r[1]): r[2] for r in rows}

    def top_categories(
        self, framework: str, prefix: str = "", limit: int = 5
    ) -> list[tuple[str, int]]:
        """Categories of ``framework`` by the number of passages labelled with them."""
        rows = self.conn.execute(
            "SELECT category, count(*) FROM labels WHERE framework=? AND category LIKE ? "
            "GROUP BY category ORDER BY 2 DESC, 1 LIMIT ?",
            (framework, prefix + "%", limit),
        )
        return [(r[0], r[1]) for r in rows]

    def failures(self) -> list[tuple[str, str, str]]:
        rows = self.conn.execute(
            "SELECT path, error_code, error FROM documents WHERE status='failed' ORDER BY path"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def totals(self) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(pages), 0), coalesce(sum(passages), 0), "
            "coalesce(sum(words), 0) FROM documents WHERE duplicate_of IS NULL AND status='ok'"
        ).fetchone()
        return {"documents": row[0], "pages": row[1], "passages": row[2], "words": row[3]}


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (or ``ROLLBACK`` on error)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
