"""The read layer of the HTML report: plain records built from a results DB or a result dict.

Everything the report shows goes through :class:`ReportData`, so a change in the results-database
schema (``collabtext.db_schema``) or in a command's JSON touches this module only. Two sources:

- :func:`load_report_data` reads a database written by ``collabtext scan``;
- ``html_dicts.report_data_from_dicts`` takes ``to_dict()`` output of ``tag``, ``score``, ``minutes``,
  ``audit`` or ``analyze`` (``--report FILE.html`` on those commands).

Example:
    >>> DocData(key="d1", path="plans/x.txt").name
    'x.txt'
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..errors import DatabaseError

DEFAULT_MAX_EVIDENCE = 250  # passages per document; the rest is in `collabtext export`


@dataclass(frozen=True, slots=True)
class Span:
    """One matched stretch of a passage's text (character offsets into ``EvidencePassage.text``)."""

    start: int
    end: int
    framework: str
    category: str
    term: str = ""
    negated: bool = False


@dataclass(frozen=True, slots=True)
class EvidencePassage:
    """A passage with its labels and the spans that earned them."""

    passage_id: str
    text: str
    page: int | None = None
    section: str = ""
    labels: tuple[tuple[str, str], ...] = ()
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class DocData:
    """One analysed document (one content hash; ``paths`` lists every path holding those bytes)."""

    key: str
    path: str
    sha256: str = ""
    kind: str = "other"
    format: str | None = None
    pages: int | None = None
    passages: int = 0
    words: int | None = None
    welsh_share: float | None = None
    title: str | None = None
    paths: tuple[str, ...] = ()
    scores: dict[str, Any] | None = None
    label_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    view: dict[str, Any] | None = None
    speakers: tuple[dict[str, Any], ...] = ()
    evidence: tuple[EvidencePassage, ...] = ()
    evidence_total: int = 0
    units: int | None = None  # what label counts are out of, when not passages (audit steps, items)

    @property
    def analysed(self) -> int:
        return self.units if self.units is not None else self.passages

    @property
    def name(self) -> str:
        return os.path.basename(self.path.rstrip("/\\")) or self.path

    def top(self, framework: str, n: int = 3, prefix: str = "") -> list[tuple[str, int]]:
        """The ``n`` most frequent categories of ``framework`` (passage counts), largest first."""
        counts = self.label_counts.get(framework, {})
        items = [(c, k) for c, k in counts.items() if c.startswith(prefix) and k > 0]
        return sorted(items, key=lambda x: (-x[1], x[0]))[:n]

    def polarity(self, prefix: str) -> int:
        return sum(
            k for c, k in self.label_counts.get("factors", {}).items() if c.startswith(prefix)
        )


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything a report shows."""

    title: str
    documents: tuple[DocData, ...] = ()
    failures: tuple[tuple[str, str, str], ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
    source: str = ""


# -- the results database ---------------------------------------------------------------------


def _connect(db_path: str) -> sqlite3.Connection:
    """Open read-only (a report never writes), after the schema-version check of ``ResultsDB``."""
    from ..db import ResultsDB

    ResultsDB(db_path, create=False).close()
    try:
        return sqlite3.connect(f"file:{os.path.abspath(db_path)}?mode=ro", uri=True)
    except sqlite3.Error as e:  # pragma: no cover - ResultsDB opened it a moment ago
        raise DatabaseError(f"cannot open results database ({e})", db_path) from e


def _loads(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _doc_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    rows = list(
        conn.execute(
            "SELECT * FROM documents WHERE status='ok' AND duplicate_of IS NULL ORDER BY path"
        )
    )
    order = {"plan": 0, "minutes": 1}
    return sorted(
        rows,
        key=lambda r: (order.get(r["kind"], 2), os.path.basename(r["path"]).lower(), r["path"]),
    )


def _grouped(
    conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]
) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    for row in conn.execute(sql, params):
        out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def _label_counts(conn: sqlite3.Connection) -> dict[str, dict[str, dict[str, int]]]:
    out: dict[str, dict[str, dict[str, int]]] = {}
    rows = conn.execute(
        "SELECT sha256, framework, category, count(DISTINCT passage_id) FROM labels GROUP BY 1, 2, 3"
    )
    for sha, fw, cat, n in rows:
        out.setdefault(sha, {}).setdefault(fw, {})[cat] = n
    return out


def _welsh_shares(conn: sqlite3.Connection) -> dict[str, float]:
    # Characters of text by language: a cheap, stable stand-in for words.
    out: dict[str, list[int]] = {}
    for sha, lang, chars in conn.execute(
        "SELECT sha256, lang, sum(length(text)) FROM passages GROUP BY 1, 2"
    ):
        tot = out.setdefault(sha, [0, 0])
        tot[1] += chars or 0
        if lang == "cy":
            tot[0] += chars or 0
    return {sha: (cy / total if total else 0.0) for sha, (cy, total) in out.items()}


def _evidence(
    conn: sqlite3.Connection, sha: str, limit: int
) -> tuple[tuple[EvidencePassage, ...], int]:
    where = (
        "p.sha256=? AND (EXISTS (SELECT 1 FROM labels l WHERE l.sha256=p.sha256 AND "
        "l.passage_id=p.passage_id) OR EXISTS (SELECT 1 FROM evidence e WHERE e.sha256=p.sha256 "
        "AND e.passage_id=p.passage_id))"
    )
    total = conn.execute(f"SELECT count(*) FROM passages p WHERE {where}", (sha,)).fetchone()[0]
    rows = conn.execute(
        f"SELECT passage_id, page, section, text FROM passages p WHERE {where} ORDER BY seq LIMIT ?",
        (sha, limit),
    ).fetchall()
    labels = _grouped(
        conn, "SELECT passage_id, framework, category FROM labels WHERE sha256=?", (sha,)
    )
    spans = _grouped(
        conn,
        'SELECT passage_id, start, "end", framework, category, term, negated FROM evidence '
        "WHERE sha256=? ORDER BY start",
        (sha,),
    )
    out = []
    for pid, page, section, text in rows:
        spn = tuple(
            Span(int(s or 0), int(e or 0), fw or "", cat or "", term or "", bool(neg))
            for s, e, fw, cat, term, neg in spans.get(pid, [])
        )
        lab = tuple(sorted({(fw, cat) for fw, cat in labels.get(pid, [])}))
        out.append(EvidencePassage(pid, text or "", page, section or "", lab, spn))
    return tuple(out), total


def _paths_by_sha(conn: sqlite3.Connection) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for sha, path in conn.execute(
        "SELECT sha256, path FROM documents WHERE status='ok' ORDER BY path"
    ):
        out.setdefault(sha, []).append(path)
    return out


def _doc_from_row(
    conn: sqlite3.Connection, n: int, row: sqlite3.Row, ctx: dict[str, Any], max_evidence: int
) -> DocData:
    sha = row["sha256"]
    view = ctx["views"].get(sha)
    evidence, total = _evidence(conn, sha, max_evidence)
    return DocData(
        key=f"d{n}",
        path=row["path"],
        sha256=sha,
        kind=row["kind"] or "other",
        format=row["format"],
        pages=row["pages"],
        passages=row["passages"] or 0,
        words=row["words"],
        welsh_share=ctx["welsh"].get(sha),
        title=(view or {}).get("title") if view else None,
        paths=tuple(ctx["paths"].get(sha, [row["path"]])),
        scores=ctx["scores"].get(sha),
        label_counts=ctx["labels"].get(sha, {}),
        view=view,
        speakers=tuple(ctx["speakers"].get(sha, [])),
        evidence=evidence,
        evidence_total=total,
    )


def _context(conn: sqlite3.Connection) -> dict[str, Any]:
    speakers: dict[str, list[dict[str, Any]]] = {}
    for sha, js in conn.execute("SELECT sha256, json FROM speakers ORDER BY words DESC"):
        if (obj := _loads(js)) is not None:
            speakers.setdefault(sha, []).append(obj)
    return {
        "views": {sha: _loads(js) for sha, js in conn.execute("SELECT sha256, json FROM views")},
        "scores": {
            sha: _loads(js) for sha, js in conn.execute("SELECT sha256, json FROM document_scores")
        },
        "labels": _label_counts(conn),
        "welsh": _welsh_shares(conn),
        "paths": _paths_by_sha(conn),
        "speakers": speakers,
    }


def load_report_data(
    db_path: str, *, title: str | None = None, max_evidence: int = DEFAULT_MAX_EVIDENCE
) -> ReportData:
    """Read a results database into :class:`ReportData`.

    Args:
        db_path: a database written by ``collabtext scan``.
        title: the report title (default: "collabtext report: <file name>").
        max_evidence: at most this many evidence passages per document.

    Raises:
        DatabaseError: missing, empty, newer-schema or non-collabtext database.
    """
    conn = _connect(db_path)
    try:
        ctx = _context(conn)
        docs = tuple(
            _doc_from_row(conn, n, row, ctx, max_evidence)
            for n, row in enumerate(_doc_rows(conn), 1)
        )
        failures = tuple(
            (p, c or "", m or "")
            for p, c, m in conn.execute(
                "SELECT path, error_code, error FROM documents WHERE status='failed' ORDER BY path"
            )
        )
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error as e:
        raise DatabaseError(f"cannot read results database ({e})", db_path) from e
    finally:
        conn.close()
    name = os.path.basename(db_path)
    return ReportData(title or f"collabtext report: {name}", docs, failures, meta, name)
