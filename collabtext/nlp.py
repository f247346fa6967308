"""The one spaCy pipeline per process: ``spacy.blank("en")`` + sentencizer + lookup lemmatizer.

No model is downloaded: the lemma tables come from the ``spacy-lookups-data`` package. A user may
name an installed trained pipeline instead; results must not depend on it.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=4)
def get_nlp(name: str | None = None) -> Any:
    """Return the cached pipeline (built once per process and name).

    Args:
        name: an installed spaCy pipeline package (e.g. ``en_core_web_sm``); ``None`` builds the
            default blank English pipeline with a sentencizer and the lookup lemmatizer.
    """
    import spacy

    if name:
        nlp = spacy.load(name)
        if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", first=True)
        return nlp
    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    nlp.add_pipe("sentencizer")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    return nlp
