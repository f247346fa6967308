"""Frozen records of collaborative-language scores, with ``to_dict()`` in the DESIGN.md shape."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .markers import MarkerEvidence
from .records import SCHEMA_VERSION, Document, OfDocument, LexiconInfo, Passage


def per_100(n: int, words: int) -> float | None:
    return None if words == 0 else round(100 * n / words, 3)


def share(we: int, i: int) -> float | None:
    return None if we + i == 0 else round(we / (we + i), 4)


@dataclass(frozen=True, slots=True)
class PassageScores:
    """Scores of one passage (or of one --text). Offsets in evidence refer to the passage text."""

    words: int
    we: int
    i: int
    markers: Mapping[str, int]
    evidence: tuple[MarkerEvidence, ...] = ()
    agency: str | None = None
    agency_evidence: tuple[MarkerEvidence, ...] = ()
    we_type: str | None = None
    we_type_evidence: tuple[MarkerEvidence, ...] = ()
    pronoun_spans: tuple[tuple[str, int, int], ...] = ()
    passage: Passage | None = None
    skipped: str | None = None

    @property
    def we_share(self) -> float | None:
        return share(self.we, self.i)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = self.passage.to_dict() if self.passage is not None else {}
        d.update(
            words=self.words,
            we=self.we,
            i=self.i,
            we_per_100=per_100(self.we, self.words),
            i_per_100=per_100(self.i, self.words),
            we_share=self.we_share,
            markers=dict(self.markers),
            evidence=[e.to_dict() for e in self.evidence],
            agency=self.agency,
            agency_evidence=[e.to_dict() for e in self.agency_evidence],
            we_type=self.we_type,
            we_type_evidence=[e.to_dict() for e in self.we_type_evidence],
            pronouns=[{"pronoun": k, "start": s, "end": e} for k, s, e in self.pronoun_spans],
        )
        if self.skipped:
            d["skipped"] = self.skipped
        return d


@dataclass(frozen=True, slots=True)
class SpeakerScores:
    """Aggregates for one speaker. Pronouns, words and markers come from direct quotes only."""

    name: str
    words: int
    we: int
    i: int
    markers: Mapping[str, int]
    direct_turns: int
    reported_turns: int
    reported_words: int
    passages: tuple[str, ...] = ()
    index: float | None = None
    components: Mapping[str, float | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "words": self.words,
            "we": self.we,
            "i": self.i,
            "we_per_100": per_100(self.we, self.words),
            "i_per_100": per_100(self.i, self.words),
            "we_share": share(self.we, self.i),
            "markers": dict(self.markers),
            "direct_turns": self.direct_turns,
            "reported_turns": self.reported_turns,
            "reported_words": self.reported_words,
            "passages": list(self.passages),
            "index": self.index,
            "components": dict(self.components),
        }


@dataclass(frozen=True, slots=True)
class ScoreResult(OfDocument):
    """``collabtext score`` for one document."""

    document: Document
    document_scores: Mapping[str, Any]
    passages: tuple[PassageScores, ...]
    speakers: tuple[SpeakerScores, ...] = ()
    lsm: Mapping[str, Any] = field(default_factory=dict)
    lexicon: LexiconInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.document.path,
            "sha256": self.document.sha256,
            "schema_version": SCHEMA_VERSION,
            "format": self.document.format,
            "document": dict(self.document_scores),
            "passages": [p.to_dict() for p in self.passages],
            "speakers": [s.to_dict() for s in self.speakers],
            "lsm": dict(self.lsm),
        }
        if self.lexicon is not None:
            d["lexicon"] = self.lexicon.to_dict()
        return d
