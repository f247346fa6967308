"""Frozen records that flow one way through the pipeline.

Every stage takes and returns these; each has ``to_dict()`` giving the JSON shape of DESIGN.md.
Collections are tuples so that records stay hashable and cannot be changed after a stage returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1"

PASSAGE_KINDS = ("heading", "paragraph", "list_item", "table_row", "caption", "other")
LANGS = ("en", "cy", "other")
FOREIGN = ("cy", "other")  # languages the English lexicons and scorer do not analyse


def unread_langs(include_welsh: bool = False) -> tuple[str, ...]:
    """Languages left out of the analysis: Welsh unless ``--include-welsh``; others always."""
    return ("other",) if include_welsh else FOREIGN


class OfDocument:
    """Mixin for per-file results that hold ``document``: their ``path`` and ``sha256``."""

    __slots__ = ()
    document: Document

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def sha256(self) -> str:
        return self.document.sha256


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of text as a reader found it, before segmentation.

    Readers (``collabtext.extract.*``) emit blocks; ``segment.py`` turns them into passages.
    ``kind`` uses the passage kinds; ``level`` is a heading level (1 = outermost) where known.
    ``size`` and ``bold`` carry font evidence from PDF so that headings can be inferred.
    """

    text: str
    page: int | None = None
    kind: str = "paragraph"
    level: int | None = None
    cells: tuple[str, ...] | None = None
    size: float | None = None
    bold: bool = False
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a passage, by character offsets into ``Passage.text``, with its language."""

    start: int
    end: int
    lang: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "lang": self.lang}


@dataclass(frozen=True, slots=True)
class Passage:
    """A unit of reading: a heading, paragraph, list item or table row, with its provenance."""

    id: str
    text: str
    page: int | None = None
    section: tuple[str, ...] = ()
    kind: str = "paragraph"
    lang: str = "en"
    cells: tuple[str, ...] | None = None
    sentences: tuple[Sentence, ...] = ()
    speaker: str | None = None
    level: int | None = None

    def english_spans(self, welsh: bool = False) -> tuple[tuple[int, int], ...]:
        """Character ranges to analyse: the whole text, or only its English sentences (the
        lexicons and the scorer are English: Welsh and other languages are skipped). With
        ``welsh`` (``--include-welsh``) Welsh is read too; other languages never are."""
        skip = unread_langs(welsh)
        if not self.sentences:
            return () if self.lang in skip else ((0, len(self.text)),)
        return tuple((s.start, s.end) for s in self.sentences if s.lang not in skip)

    @property
    def welsh_sentences(self) -> tuple[int, ...]:
        return tuple(i for i, s in enumerate(self.sentences) if s.lang == "cy")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "page": self.page,
            "section": list(self.section),
            "kind": self.kind,
            "lang": self.lang,
            "text": self.text,
        }
        if self.cells is not None:
            d["cells"] = list(self.cells)
        if self.level is not None:
            d["level"] = self.level
        if self.speaker is not None:
            d["speaker"] = self.speaker
        if self.sentences and any(s.lang != self.lang for s in self.sentences):
            d["sentences"] = [s.to_dict() for s in self.sentences]
        return d


def skip_reason(p: Passage) -> str:
    """Why a passage with nothing to analyse was skipped: "welsh", "other_language" (French and
    others the English lexicons would misread) or "empty"."""
    if not p.text.strip():
        return "empty"
    if p.lang == "other" or (p.sentences and all(s.lang == "other" for s in p.sentences)):
        return "other_language"
    return "welsh" if p.lang == "cy" or p.sentences else "empty"


@dataclass(frozen=True, slots=True)
class Document:
    """An extracted document: passages in reading order plus what the reader noticed."""

    path: str
    sha256: str
    format: str
    passages: tuple[Passage, ...]
    pages: int | None = None
    warnings: tuple[str, ...] = ()
    title: str | None = None
    size: int | None = None
    seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "schema_version": SCHEMA_VERSION,
            "format": self.format,
            "pages": self.pages,
            "title": self.title,
            "passages": [p.to_dict() for p in self.passages],
            "warnings": list(self.warnings),
        }

    def to_dataframe(self) -> Any:
        """Return one row per passage (needs pandas)."""
        import pandas as pd

        rows = []
        for p in self.passages:
            row = p.to_dict()
            row["section"] = " > ".join(p.section)
            row.pop("sentences", None)
            row["path"] = self.path
            rows.append(row)
        return pd.DataFrame(rows)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.passages)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a label was given: the matched words, where they are, and whether negation applied.

    ``start``/``end`` are character offsets into the passage text. ``source`` is ``lexicon``,
    ``rule`` or ``model``; for model evidence ``term`` is an influential word and ``score`` its
    weight.
    """

    framework: str
    category: str
    term: str
    start: int
    end: int
    negated: bool = False
    score: float = 1.0
    source: str = "lexicon"
    overcome: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "framework": self.framework,
            "category": self.category,
            "term": self.term,
            "start": self.start,
            "end": self.end,
            "negated": self.negated,
            "overcome": self.overcome,
            "score": round(self.score, 4),
            "source": self.source,
        }


Labels = Mapping[str, "tuple[str, ...] | str | None"]


@dataclass(frozen=True, slots=True)
class TaggedPassage:
    """A passage with its labels per framework and the evidence behind them."""

    passage: Passage
    labels: Labels
    evidence: tuple[Evidence, ...] = ()
    skipped: str | None = None  # e.g. "welsh" when the passage was not analysed

    def to_dict(self) -> dict[str, Any]:
        d = self.passage.to_dict()
        d["labels"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.labels.items()}
        d["evidence"] = [e.to_dict() for e in self.evidence]
        if self.skipped:
            d["skipped"] = self.skipped
        return d


@dataclass(frozen=True, slots=True)
class LexiconInfo:
    """Names the lexicon set an output was produced with."""

    name: str
    version: str
    sha256: str
    files: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class FileFailure:
    """A file that could not be processed, with a stable error code and a one-line message."""

    path: str
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "schema_version": SCHEMA_VERSION,
            "error": {"code": self.code, "message": self.message},
        }


@dataclass(frozen=True, slots=True)
class Result:
    """A generic per-file result: a document plus a JSON-ready payload from one command.

    Commands whose results are rich (tag, score, minutes, audit) define their own records in their
    modules; they all expose ``path``, ``sha256`` and ``to_dict()``.
    """

    document: Document
    payload: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "path": self.document.path,
            "sha256": self.document.sha256,
            "schema_version": SCHEMA_VERSION,
        }
        d.update(self.payload)
        return d
