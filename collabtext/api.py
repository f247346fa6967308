"""The library's front door: plain functions over paths or Documents, no Click, no printing."""

from __future__ import annotations

import os
from typing import Any

from .records import Document


def extract(path: str | os.PathLike[str], settings: Any = None) -> Document:
    """Read a file into a Document of passages (see ``collabtext.extract``).

    Example:
        >>> doc = extract("examples/bro-teifi_well-being-plan.pdf")  # doctest: +SKIP
        >>> [p.kind for p in doc.passages][:3]  # doctest: +SKIP
    """
    from .extract import extract_document

    return extract_document(str(path), settings)


def _as_document(source: str | os.PathLike[str] | Document, settings: Any = None) -> Document:
    return source if isinstance(source, Document) else extract(source, settings)


# ``tag`` and ``score`` are the names of the stage modules (collabtext.tag, collabtext.score), so
# the front-door functions carry a suffix rather than being shadowed when a module is imported.
def tag_file(source: str | os.PathLike[str] | Document, **kwargs: Any) -> Any:
    """Label every passage against the collaboration frameworks, with evidence (a TagResult)."""
    from .tag import tag_document

    return tag_document(_as_document(source), **kwargs)


def tag_text(text: str, **kwargs: Any) -> Any:
    """Label one text (a TaggedPassage: ``.labels`` and ``.evidence``)."""
    from .tag import get_tagger

    return get_tagger().tag_text(text, **kwargs)


def score_file(source: str | os.PathLike[str] | Document, **kwargs: Any) -> Any:
    """Score collaborative language (we/I, markers, agency, speakers): a ScoreResult."""
    from .score import score_document

    return score_document(_as_document(source), **kwargs)


def score_text(text: str) -> Any:
    """Score one text (PassageScores: words, we, i, markers, agency, evidence)."""
    from .score import Scorer

    return Scorer().score_text(text)


def analyze(source: str | os.PathLike[str] | Document, **kwargs: Any) -> Any:
    """Extract, tag and score a document, plus the minutes or plan-audit view when it is one."""
    from .analyze import analyze_document

    return analyze_document(_as_document(source), **kwargs)
