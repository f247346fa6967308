"""collabtext: collaborative language in public-service partnership documents.

Example:
    >>> import collabtext
    >>> doc = collabtext.extract("examples/plan.pdf")  # doctest: +SKIP
    >>> doc.to_dataframe().head()  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import analyze, extract, score, tag  # noqa: E402

__all__ = ["__version__", "analyze", "extract", "score", "tag"]
