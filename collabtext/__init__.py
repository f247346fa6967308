"""collabtext: collaborative language in public-service partnership documents.

Example:
    >>> import collabtext
    >>> doc = collabtext.extract("examples/dyffryn-derwen_well-being-plan_2024-2029.pdf")
    >>> result = collabtext.analyze(doc)
    >>> result.kind
    'plan'
"""

from __future__ import annotations

__version__ = "0.1.0"

# ``extract`` and ``analyze`` are both functions and (callable) subpackages, so that
# ``collabtext.extract(path)`` keeps working after ``import collabtext.extract.pdf``.
from .api import analyze, extract, score_file, score_text, tag_file, tag_text  # noqa: E402

__all__ = ["__version__", "analyze", "extract", "score_file", "score_text", "tag_file", "tag_text"]
