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


def tag(source: str | os.PathLike[str] | Document, **kwargs: Any) -> Any:
    """Label every passage against the collaboration frameworks, with evidence."""
    from .tag import tag_document

    return tag_document(_as_document(source), **kwargs)


def score(source: str | os.PathLike[str] | Document, **kwargs: Any) -> Any:
    """Score collaborative language (we/I, markers, agency, speakers) per passage and document."""
    from .score import score_document

    return score_document(_as_document(source), **kwargs)


def analyze(source: str | os.PathLike[str] | Document, **kwargs: Any) -> Any:
    """Extract, tag and score a document, plus the minutes or plan-audit view when it is one."""
    from .analyze import analyze_document

    return analyze_document(_as_document(source), **kwargs)
