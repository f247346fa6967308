"""Turn one ``DocumentResult.to_dict()`` into rows of the results database (``db_schema``).

Runs in the worker, so the main process only writes. Works from the JSON shapes of DESIGN.md and
tolerates missing stages (no tags, no scores, no view).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

Rows = dict[str, list[list[Any]]]


def _j(value: Any) -> str | None:
    return (
        None
        if value is None
        else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    )


def _label_pairs(labels: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(labels, dict):
        return
    for framework, value in labels.items():
        values = value if isinstance(value, list | tuple) else ([value] if value else [])
        for category in values:
            if category:
                yield framework, str(category)


def _passage_rows(sha: str, passages: list[dict[str, Any]], rows: Rows) -> None:
    for seq, p in enumerate(passages):
        pid = p.get("id") or f"p{seq + 1:04d}"
        section = p.get("section") or []
        rows["passages"].append(
            [
                sha,
                pid,
                seq,
                p.get("page"),
                " > ".join(section),
                p.get("kind"),
                p.get("lang"),
                p.get("speaker"),
                p.get("text"),
            ]
        )
        for framework, category in _label_pairs(p.get("labels")):
            rows["labels"].append([sha, pid, framework, category])
        for e in p.get("evidence") or []:
            rows["evidence"].append(
                [
                    sha,
                    pid,
                    e.get("framework"),
                    e.get("category"),
                    e.get("term"),
                    e.get("start"),
                    e.get("end"),
                    int(bool(e.get("negated"))),
                    int(bool(e.get("overcome"))),
                    e.get("score"),
                    e.get("source"),
                ]
            )
        s = p.get("scores")
        if isinstance(s, dict):
            rows["scores"].append(
                [
                    sha,
                    pid,
                    s.get("words"),
                    s.get("we"),
                    s.get("i"),
                    _j(s.get("markers")),
                    s.get("agency"),
                    s.get("we_type"),
                ]
            )


def _score_rows(sha: str, result: dict[str, Any], rows: Rows) -> None:
    d = result.get("document")
    if isinstance(d, dict):
        rows["document_scores"].append(
            [
                sha,
                d.get("words"),
                d.get("we"),
                d.get("i"),
                d.get("we_per_100"),
                d.get("i_per_100"),
                d.get("we_share"),
                d.get("index"),
                _j(d.get("markers")),
                _j(d),
            ]
        )
    for sp in result.get("speakers") or []:
        if isinstance(sp, dict):
            rows["speakers"].append(
                [
                    sha,
                    sp.get("name"),
                    sp.get("words"),
                    sp.get("we"),
                    sp.get("i"),
                    _j(sp.get("markers")),
                    _j(sp),
                ]
            )


def _view_rows(sha: str, kind: str, view: dict[str, Any], rows: Rows) -> None:
    name = "minutes" if kind == "minutes" else "audit"
    rows["views"].append([sha, name, _j(view)])
    for item in view.get("items") or []:
        for a in item.get("actions") or []:
            rows["actions"].append(
                [
                    sha,
                    item.get("number"),
                    a.get("text"),
                    _j(a.get("owners")),
                    _j(a.get("organisations")),
                    a.get("due"),
                    int(bool(a.get("joint"))),
                ]
            )
    for obj in view.get("objectives") or []:
        for st in obj.get("steps") or []:
            rows["steps"].append(
                [
                    sha,
                    obj.get("title"),
                    st.get("text"),
                    st.get("page"),
                    _j(st.get("lead")),
                    _j(st.get("partners")),
                    st.get("power_spectrum"),
                    _j(st.get("flags")),
                    _j(st),
                ]
            )


def result_rows(result: dict[str, Any]) -> Rows:
    """All content rows for one analysed document (keyed by its sha256)."""
    from .db_schema import CONTENT_TABLES

    rows: Rows = {t: [] for t in CONTENT_TABLES}
    sha = result["sha256"]
    _passage_rows(sha, result.get("passages") or [], rows)
    _score_rows(sha, result, rows)
    view = result.get("view")
    if isinstance(view, dict):
        _view_rows(sha, result.get("kind") or "other", view, rows)
    return rows


def word_count(result: dict[str, Any]) -> int | None:
    """Words of the document: the scorer's count when it ran, else a whitespace count."""
    d = result.get("document")
    if isinstance(d, dict) and isinstance(d.get("words"), int):
        return d["words"]
    return sum(len((p.get("text") or "").split()) for p in result.get("passages") or [])
