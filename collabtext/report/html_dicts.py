"""ReportData from command results' ``to_dict()`` output (``--report`` on tag/score/minutes/audit).

Works from the JSON shapes of DESIGN.md only, so the report is insulated from the internals of
``TagResult``, ``ScoreResult``, ``MinutesResult``, ``AuditResult`` and ``DocumentResult``. Each
key is used when present: ``passages`` (labels, tag evidence, score markers and pronouns),
``document`` (document scores), ``speakers``, ``view`` or a top-level minutes/audit shape.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .html_data import DocData, EvidencePassage, ReportData, Span


def _label_pairs(labels: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(labels, Mapping):
        for fw, value in labels.items():
            values = value if isinstance(value, list | tuple) else ([value] if value else [])
            out.extend((str(fw), str(c)) for c in values if c)
    return sorted(set(out))


def _spans(items: Any, framework: str | None = None) -> list[Span]:
    out = []
    for e in items or []:
        if (
            not isinstance(e, Mapping)
            or not isinstance(e.get("start"), int)
            or not isinstance(e.get("end"), int)
        ):
            continue
        if e.get("framework"):
            fw, cat = str(e["framework"]), str(e.get("category") or "")
        elif e.get("marker") or e.get("pronoun"):
            fw, cat = framework or "language", str(e.get("marker") or e.get("pronoun"))
        else:
            continue
        out.append(
            Span(
                e["start"],
                e["end"],
                fw,
                cat,
                str(e.get("term") or e.get("text") or ""),
                bool(e.get("negated")),
            )
        )
    return sorted(out, key=lambda s: (s.start, s.end))


def _passage_evidence(p: Mapping[str, Any]) -> EvidencePassage | None:
    scores = p.get("scores") if isinstance(p.get("scores"), Mapping) else p
    spans = _spans(p.get("evidence")) + _spans(scores.get("pronouns"))
    if scores is not p:
        spans += _spans(scores.get("evidence"))
    labels = _label_pairs(p.get("labels"))
    if not labels and not spans:
        return None
    section = p.get("section") or []
    sec = " > ".join(map(str, section)) if isinstance(section, list) else str(section)
    return EvidencePassage(
        str(p.get("id") or ""),
        str(p.get("text") or ""),
        p.get("page"),
        sec,
        tuple(labels),
        tuple(sorted(spans, key=lambda s: (s.start, s.end))),
    )


def _counts(passages: list[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for p in passages:
        for fw, cat in _label_pairs(p.get("labels")):
            out.setdefault(fw, {})
            out[fw][cat] = out[fw].get(cat, 0) + 1
    return out


def _welsh(passages: list[Mapping[str, Any]]) -> float | None:
    total = sum(len(str(p.get("text") or "")) for p in passages)
    if not total:
        return None
    return sum(len(str(p.get("text") or "")) for p in passages if p.get("lang") == "cy") / total


def _view_of(d: Mapping[str, Any]) -> dict[str, Any] | None:
    if isinstance(d.get("view"), Mapping):
        return dict(d["view"])
    if "objectives" in d or "attendance" in d:
        return dict(d)
    return None


def _kind(d: Mapping[str, Any], view: Mapping[str, Any] | None) -> str:
    if d.get("kind") in ("plan", "minutes", "other"):
        return str(d["kind"])
    if view and "objectives" in view:
        return "plan"
    if view and "attendance" in view:
        return "minutes"
    return "other"


def _view_evidence(view: Mapping[str, Any] | None) -> list[EvidencePassage]:
    """Audit steps (with their evidence) and labelled minutes items, when no passages came."""
    out: list[EvidencePassage] = []
    for obj in (view or {}).get("objectives") or []:
        for n, st in enumerate(obj.get("steps") or [], 1):
            out.append(
                EvidencePassage(
                    f"step {st.get('number') or n}",
                    str(st.get("text") or ""),
                    st.get("page"),
                    str(obj.get("title") or ""),
                    tuple(
                        _label_pairs(
                            {
                                "power_spectrum": st.get("power_spectrum"),
                                "themes": st.get("themes"),
                                "ways_of_working": st.get("ways_of_working"),
                            }
                        )
                    ),
                    tuple(_spans(st.get("evidence"))),
                )
            )
    for it in (view or {}).get("items") or []:
        labels = _label_pairs(it.get("labels"))
        if labels:
            out.append(
                EvidencePassage(
                    f"item {it.get('number') or ''}".strip(),
                    str(it.get("text") or ""),
                    it.get("page"),
                    str(it.get("title") or ""),
                    tuple(labels),
                )
            )
    return [e for e in out if e.labels or e.spans]


def _view_counts(evidence: list[EvidencePassage]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for e in evidence:
        for fw, cat in e.labels:
            out.setdefault(fw, {})
            out[fw][cat] = out[fw].get(cat, 0) + 1
    return out


def _unit_count(view: Mapping[str, Any] | None) -> int:
    steps = sum(len(o.get("steps") or []) for o in (view or {}).get("objectives") or [])
    return steps + len((view or {}).get("items") or [])


def doc_from_dict(d: Mapping[str, Any], key: str = "d1", *, max_evidence: int = 10**6) -> DocData:
    """One DocData from a result's ``to_dict()``."""
    passages = [p for p in d.get("passages") or [] if isinstance(p, Mapping)]
    view = _view_of(d)
    evidence = [e for e in (_passage_evidence(p) for p in passages) if e is not None]
    counts = _counts(passages)
    if not passages:
        evidence = _view_evidence(view)
        counts = _view_counts(evidence)
    doc = d.get("document") if isinstance(d.get("document"), Mapping) else None
    summary = (
        (view or {}).get("summary") if isinstance((view or {}).get("summary"), Mapping) else {}
    )
    if doc is None and isinstance(summary.get("we"), int):  # minutes: the view counts we and I
        doc = {"we": summary.get("we"), "i": summary.get("i")}
    meeting = (view or {}).get("meeting") or {}
    return DocData(
        key=key,
        path=str(d.get("path") or "<text>"),
        sha256=str(d.get("sha256") or ""),
        kind=_kind(d, view),
        format=d.get("format"),
        pages=d.get("pages"),
        passages=len(passages),
        units=None if passages else _unit_count(view),
        words=(doc or {}).get("words"),
        welsh_share=_welsh(passages),
        title=d.get("title") or (view or {}).get("title") or meeting.get("title"),
        paths=(str(d.get("path") or "<text>"),),
        scores=dict(doc) if doc else None,
        label_counts=counts,
        view=view,
        speakers=tuple(
            s
            for s in d.get("speakers") or (view or {}).get("speakers") or []
            if isinstance(s, Mapping)
        ),
        evidence=tuple(evidence[:max_evidence]),
        evidence_total=len(evidence),
    )


def report_data_from_dicts(
    results: Iterable[Mapping[str, Any]], *, title: str | None = None, max_evidence: int = 10**6
) -> ReportData:
    """ReportData for results given as dicts (``to_dict()``); failed files (``error``) are listed."""
    docs: list[DocData] = []
    failures: list[tuple[str, str, str]] = []
    for d in results:
        if isinstance(d.get("error"), Mapping):
            err = d["error"]
            failures.append(
                (str(d.get("path")), str(err.get("code") or ""), str(err.get("message") or ""))
            )
            continue
        docs.append(doc_from_dict(d, f"d{len(docs) + 1}", max_evidence=max_evidence))
    if title is None:
        title = f"collabtext report: {docs[0].name}" if len(docs) == 1 else "collabtext report"
    return ReportData(title, tuple(docs), tuple(failures))
