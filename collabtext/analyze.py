"""The whole per-document pipeline: kind detection, tagging, scoring and the minutes/audit view.

``analyze_document`` is what ``collabtext.analyze(path)`` and every ``scan`` worker run. Each stage
is looked up when it is called, so a stage whose module is not installed is skipped (its field is
``None``) rather than breaking the others.

Example:
    >>> from collabtext.records import Document, Passage
    >>> doc = Document("m.txt", "0", "text", (Passage("p0001", "Present: Cllr Jones (Chair)"),
    ...     Passage("p0002", "Apologies: Ann Smith"),
    ...     Passage("p0003", "RESOLVED that the report be noted.")))
    >>> detect_kind(doc)
    'minutes'
"""

from __future__ import annotations

import importlib
import re
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .records import SCHEMA_VERSION, Document, OfDocument

KINDS = ("plan", "minutes", "other")

# Cues are general features of the genre (English and Welsh), never names of particular documents.
# Each is (pattern, weight, anchors); a cue counts at most three times so that one repeated phrase
# cannot decide the kind alone. ``anchors`` are words of which every match of the pattern holds one
# (lower case for a case-insensitive pattern): a text holding none of them cannot match, which a
# substring test finds many times faster than the regex scan (most cues are absent from most
# documents, and the scan of an absent cue reads the whole sample). () = no such words.
_M = re.MULTILINE
Cue = tuple[re.Pattern[str], float, tuple[str, ...]]
_MINUTES_CUES: tuple[Cue, ...] = (
    (
        re.compile(r"^\s*(present|in attendance|yn bresennol)\b\s*[:\-–]?", re.I | _M),
        3.0,
        ("present", "in attendance", "yn bresennol"),
    ),
    (
        re.compile(
            r"\b(members|commissioners|councillors|trustees|those|others|also) present\b"
            r"( were)?\s*:?"
            r"|\b(present|attendees|in attendance)\s*:",
            re.I,
        ),
        3.0,
        ("present", "attendees", "in attendance"),
    ),
    (
        re.compile(r"^\s*(apologies|ymddiheuriadau)\b|\bapologies for absence\b", re.I | _M),
        3.0,
        ("apologies", "ymddiheuriadau"),
    ),
    (
        re.compile(r"\b(RESOLVED|PENDERFYNWYD|AGREED)\b"),
        2.0,
        ("RESOLVED", "PENDERFYNWYD", "AGREED"),
    ),
    (
        re.compile(r"\b(minutes (of|from)|official minutes|cofnodion)\b|^\s*minutes\b", re.I | _M),
        2.0,
        ("minutes", "cofnodion"),
    ),
    (
        re.compile(
            r"\bapproval of (the )?(previous )?minutes\b|\bminutes of the (last|previous)\b", re.I
        ),
        2.0,
        ("minutes",),
    ),
    (
        re.compile(r"\bdeclarations? of interests?\b|\bdatgan buddiant\b", re.I),
        1.5,
        ("declaration", "datgan buddiant"),
    ),
    (
        re.compile(
            r"\b(roll call|call to order|quorum|adjourn(ed|ment)?|motion (carried|passed|failed)|"
            r"seconded by|matters arising|actions? log|notice of meeting)\b|\baction:\s",
            re.I,
        ),
        1.0,
        (
            "roll call",
            "call to order",
            "quorum",
            "adjourn",
            "motion ",
            "seconded by",
            "matters arising",
            "action",
            "notice of meeting",
        ),
    ),
    (re.compile(r"\b(agenda|agenda item|rhaglen)\b", re.I), 1.0, ("agenda", "rhaglen")),
    (
        re.compile(r"^\s*(item\s+)?(\d{1,2}(\.\d{1,2})?|[IVX]{1,5})[.)]?\s+[A-Z][A-Za-z]", _M),
        0.5,
        (),
    ),
    (
        re.compile(r"\b(the chair|chairperson|presiding|cadeirydd)\b", re.I),
        0.5,
        ("the chair", "chairperson", "presiding", "cadeirydd"),
    ),
    (
        re.compile(r"\bmeeting (was )?(held|of the)\b|\bcyfarfod\b", re.I),
        1.0,
        ("meeting ", "cyfarfod"),
    ),
)
_PLAN_CUES: tuple[Cue, ...] = (
    (
        re.compile(r"\bwell-?being plan\b|\bcynllun llesiant\b", re.I),
        3.0,
        ("being plan", "cynllun llesiant"),
    ),
    (
        re.compile(r"\b(well-?being )?objectives?\b|\bamcanion\b", re.I),
        1.5,
        ("objective", "amcanion"),
    ),
    (
        re.compile(r"\b(steps?|priorities|actions) (we will|to take)\b", re.I),
        2.0,
        ("we will", "to take"),
    ),
    (re.compile(r"\bwe will\b|\bbyddwn yn\b", re.I), 1.0, ("we will", "byddwn yn")),
    (
        re.compile(r"\bwell-?being goals?\b|\bways of working\b|\bfuture generations\b", re.I),
        1.5,
        ("being goal", "ways of working", "future generations"),
    ),
    (
        re.compile(r"\bwell-?being assessment\b|\bdelivery plan\b|\bstrategy\b", re.I),
        1.0,
        ("being assessment", "delivery plan", "strategy"),
    ),
    (
        re.compile(r"\b(long[- ]term|by 20\d\d)\b", re.I),
        0.5,
        ("long-term", "long term", "by 20"),
    ),
)
_SAMPLE_CHARS = 40_000  # the opening of a document says what it is; bounded cost on huge files
_THRESHOLD = 4.0


def _on_lower(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without IGNORECASE, to run on lower-cased text (several times faster), when
    its literals are all lower case; else None."""
    if not pattern.flags & re.I or re.search(r"(?<!\\)[A-Z]", re.sub(r"\\.", "", pattern.pattern)):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


FastCue = tuple[re.Pattern[str], float, bool, tuple[str, ...]]


def _fast(cues: tuple[Cue, ...]) -> tuple[FastCue, ...]:
    out = []
    for pattern, weight, anchors in cues:
        low = _on_lower(pattern)
        if low is None and pattern.flags & re.I:
            anchors = ()  # anchors are tested as written: only on text the pattern reads as is
        on_lower = low is not None
        out.append((low if on_lower else pattern, weight, on_lower, anchors))
    return tuple(out)


def _cue_score(text: str, cues: tuple[FastCue, ...]) -> float:
    total = 0.0
    low = text.lower()
    for pattern, weight, on_lower, anchors in cues:
        target = low if on_lower else text
        if anchors and not any(a in target for a in anchors):
            continue  # every match holds an anchor: none here, so no match
        it = pattern.finditer(target)
        total += weight * sum(1 for _ in zip(range(3), it, strict=False))
    return total


_FAST_MINUTES = _fast(_MINUTES_CUES)
_FAST_PLAN = _fast(_PLAN_CUES)


def detect_kind(doc: Document) -> str:
    """Guess whether a document is a plan, minutes (or an agenda/notes of a meeting) or other.

    Returns:
        "minutes" or "plan" when its cues reach a threshold and beat the other kind's; else "other".
    """
    parts: list[str] = []
    size = 0
    for p in doc.passages:
        parts.append(p.text)
        size += len(p.text) + 1
        if size > _SAMPLE_CHARS:
            break
    text = "\n".join(parts)
    if doc.title:
        text = doc.title + "\n" + text
    minutes = _cue_score(text, _FAST_MINUTES)
    plan = _cue_score(text, _FAST_PLAN)
    if minutes >= _THRESHOLD and minutes >= plan:
        return "minutes"
    if plan >= _THRESHOLD and plan > minutes:
        return "plan"
    return "other"


@dataclass(frozen=True, slots=True)
class DocumentResult(OfDocument):
    """Everything collabtext found in one document. Stages that did not run are ``None``."""

    document: Document
    kind: str
    tags: Any = None  # collabtext.tag.TagResult
    scores: Any = None  # collabtext.score.ScoreResult
    view: Any = None  # collabtext.minutes.MinutesResult | collabtext.audit.AuditResult
    timings: dict[str, float] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()  # stages whose module is not available

    def to_dict(self) -> dict[str, Any]:
        """Per-file JSON: passages (with labels, evidence, scores), document scores, the view."""
        doc = self.document
        d: dict[str, Any] = {
            "path": doc.path,
            "sha256": doc.sha256,
            "schema_version": SCHEMA_VERSION,
            "kind": self.kind,
            "format": doc.format,
            "pages": doc.pages,
            "warnings": list(doc.warnings),
        }
        tags = self.tags.to_dict() if self.tags is not None else None
        passages = tags["passages"] if tags else [p.to_dict() for p in doc.passages]
        if tags:
            d["summary"] = tags.get("summary")
            d["lexicon"] = tags.get("lexicon")
        if self.scores is not None:
            sd = self.scores.to_dict()
            _merge_passage_scores(passages, sd.get("passages") or [])
            for key in ("document", "speakers", "lsm"):
                if key in sd:
                    d[key] = sd[key]
        d["passages"] = passages
        d["view"] = self.view.to_dict() if self.view is not None else None
        d["timings"] = {k: round(v, 4) for k, v in self.timings.items()}
        if self.skipped:
            d["skipped_stages"] = list(self.skipped)
        return d


def _merge_passage_scores(passages: list[dict[str, Any]], scored: list[dict[str, Any]]) -> None:
    by_id = {s.get("id"): s for s in scored if isinstance(s, dict) and s.get("id")}
    for i, p in enumerate(passages):
        s = by_id.get(p.get("id")) if by_id else (scored[i] if i < len(scored) else None)
        if s is not None:
            p["scores"] = {k: v for k, v in s.items() if k not in p or k == "id"}
            p["scores"].pop("id", None)


def _stage(module: str, attr: str) -> Callable[..., Any] | None:
    """The stage function, or None when its module is not (yet) part of the installation."""
    name = f"{__package__}.{module}"
    try:
        mod = importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name == name:
            return None
        raise
    return getattr(mod, attr, None)


def _run_stage(
    label: str,
    module: str,
    attr: str,
    doc: Document,
    timings: dict[str, float],
    skipped: list[str],
    **kw: Any,
) -> Any:
    """Run one optional stage, timing it; note it in ``skipped`` when its module is absent."""
    fn = _stage(module, attr)
    if fn is None:
        skipped.append(label)
        return None
    t0 = time.perf_counter()
    try:
        return fn(doc, **{k: v for k, v in kw.items() if v is not None})
    finally:
        timings[label] = time.perf_counter() - t0


def _stage_results(tags: Any, scores: Any) -> dict[str, Any]:
    """Per-passage results of the tag and score stages, by passage id, for the views to reuse."""
    out: dict[str, Any] = {}
    tagged = getattr(tags, "passages", None)
    scored = getattr(scores, "passages", None)
    if tagged is not None:
        out["tags"] = {tp.passage.id: tp for tp in tagged}
        if scored is not None and len(scored) == len(tagged):
            out["scores"] = {tp.passage.id: sc for tp, sc in zip(tagged, scored, strict=True)}
    return out


def analyze_document(
    doc: Document,
    *,
    kind: str | None = None,
    tagger: Any = None,
    scorer: Any = None,
    include_welsh: bool = False,
    gazetteer: Any = None,
    method: str = "auto",
) -> DocumentResult:
    """Tag and score ``doc`` and build its minutes or plan-audit view when it is of that kind.

    Args:
        doc: an extracted Document.
        kind: "plan", "minutes" or "other" to override ``detect_kind``.
        tagger, scorer, gazetteer: preloaded components (workers load them once); None = defaults.
        include_welsh: analyse Welsh passages too.
        method: how passages are labelled (lexicon, model, hybrid or auto; see ``tag --method``).

    Raises:
        ValueError: for an unknown ``kind``.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    timings: dict[str, float] = {} if doc.seconds is None else {"extract": doc.seconds}
    skipped: list[str] = []
    kind = kind or detect_kind(doc)
    welsh = include_welsh or None  # None: leave the stage's default
    tags = _run_stage(
        "tag",
        "tag",
        "tag_document",
        doc,
        timings,
        skipped,
        tagger=tagger,
        include_welsh=welsh,
        method=method,
    )
    scores = _run_stage(
        "score",
        "score",
        "score_document",
        doc,
        timings,
        skipped,
        scorer=scorer,
        include_welsh=welsh,
    )
    view = None
    if kind in ("minutes", "plan"):
        module, attr = (
            ("minutes", "review_minutes") if kind == "minutes" else ("audit", "audit_plan")
        )
        extra = _stage_results(tags, scores) if kind == "minutes" else {}
        view = _run_stage(
            "view",
            module,
            attr,
            doc,
            timings,
            skipped,
            tagger=tagger,
            scorer=scorer,
            gazetteer=gazetteer,
            **extra,
        )
    return DocumentResult(doc, kind, tags, scores, view, timings, tuple(skipped))


class _CallableModule(types.ModuleType):
    """Importing ``collabtext.analyze`` rebinds that package attribute to this module, hiding
    ``api.analyze``; making the module callable keeps ``collabtext.analyze(path)`` working."""

    def __call__(self, source: Any, **kwargs: Any) -> DocumentResult:
        from .api import analyze

        return analyze(source, **kwargs)  # type: ignore[no-any-return]


sys.modules[__name__].__class__ = _CallableModule
