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
    _lean_lexemes(nlp)
    nlp.max_length = 50_000_000
    nlp.add_pipe("sentencizer")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    return nlp


# Lexical attributes the tagger, its token patterns and the negation scopes read. spaCy computes
# every getter once per new word; on a scan of unseen documents new words are a large share of
# tokens, and shape, URL, stop-word, prefix/suffix and quote flags (never read here) cost a third
# of tokenizing. Tokens of this pipeline report those unread attributes as False/empty.
LEAN_ATTRS = (
    "LOWER", "NORM", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE",
    "IS_PUNCT", "IS_SPACE", "LIKE_NUM", "LANG",
)  # fmt: skip


def _lean_lexemes(nlp: Any) -> None:
    from spacy import attrs

    keep = {attrs.IDS[a] for a in LEAN_ATTRS}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {k: v for k, v in getters.items() if k in keep}
