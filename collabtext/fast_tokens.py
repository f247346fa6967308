"""A drop-in for ``nlp.make_doc`` that is several times faster on long documents.

spaCy's tokenizer caches each whitespace-delimited chunk, but every chunk it has not seen goes
through its prefix/suffix/infix search, and on a long plan a quarter of the chunks are new
("partners,", "services."). Here the common shapes (a word, a word with trailing punctuation, a
hyphenated word, a number) are split by one regular expression into exactly the tokens spaCy
would give, and anything else (contractions, abbreviations, URLs, special cases) is handed to
spaCy's own tokenizer, all of a text's new hard chunks in one call. The result is a normal ``Doc``
with the same tokens, whitespace and character offsets, so matchers, token indices and
``doc.text`` behave as with ``make_doc``; ``tests/test_fast_tokens.py`` checks that the two agree
token for token on real documents.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

GAPS = re.compile(r"(\s+)")
# Shapes whose spaCy tokenization is known: opening brackets/quotes, letters or digits joined by
# hyphens, then closing punctuation. Anything with an apostrophe or an inner period is not simple.
SIMPLE = re.compile(
    r"([(\[\"“‘]?)([A-Za-z]+(?:-[A-Za-z]+)*|\d{1,9})([)\]\"”’,;:!?]{0,2}|\.|\),|\)\.)"
)
HYPHEN = re.compile(r"(-)")
MAX_CACHE = 50_000  # chunks (~13 MB at most); a long scan clears and refills


class FastTokenizer:
    """``FastTokenizer(nlp)(text)`` returns a Doc tokenized as ``nlp.make_doc(text)`` would."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.vocab = nlp.vocab
        self.rules = set(getattr(nlp.tokenizer, "rules", None) or ())
        # chunk -> (tokens, their spaces if a gap other than one space follows, and if one does)
        self.cache: dict[str, tuple[tuple[str, ...], tuple[bool, ...], tuple[bool, ...]]] = {}

    @staticmethod
    def _entry(toks: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[bool, ...], tuple[bool, ...]]:
        n = len(toks)
        falses = (False,) * n
        return toks, falses, falses[:-1] + (True,) if n else ()

    def _simple(self, chunk: str) -> tuple[str, ...] | None:
        """The tokens of a chunk of a known simple shape, or None when spaCy must decide."""
        m = SIMPLE.fullmatch(chunk)
        if m is None:
            return None
        pre, core, post = m.groups()
        rules = self.rules
        if (
            chunk in rules
            or chunk.lower() in rules
            or core in rules
            or post in rules  # emoticons such as "):" and "8)"
            or core + post[:1] in rules
            or (post == "." and core[-1].isupper())  # "ToR." is kept whole, "UK." is not
        ):
            return None
        toks = (pre,) if pre else ()
        toks += tuple(p for p in HYPHEN.split(core) if p) if "-" in core else (core,)
        return toks + tuple(post)

    def _learn(self, chunks: list[str]) -> None:
        """Tokenize chunks not seen before; the hard ones in ONE call to spaCy's tokenizer.

        A call per chunk costs a Doc each; joined by spaces the chunks tokenize exactly as they
        would alone (spaCy splits on whitespace first), and offsets give each its tokens back."""
        cache = self.cache
        hard: list[str] = []
        for chunk in dict.fromkeys(chunks):
            toks = self._simple(chunk)
            if toks is None:
                hard.append(chunk)
            else:
                cache[chunk] = self._entry(toks)
        if not hard:
            return
        doc = self.nlp.tokenizer(" ".join(hard))
        ends = []
        pos = -1
        for chunk in hard:
            pos += len(chunk) + 1
            ends.append(pos)
        k = 0
        cur: list[str] = []
        for t in doc:
            while t.idx >= ends[k]:
                cache[hard[k]] = self._entry(tuple(cur))
                cur = []
                k += 1
            cur.append(t.text)
        cache[hard[k]] = self._entry(tuple(cur))

    def __call__(self, text: str) -> Doc:
        # re.split with a group alternates chunk, gap, chunk, ...: one C call instead of a Match
        # object per chunk. The first item is "" when the text starts with whitespace.
        parts = GAPS.split(text)
        if len(self.cache) > MAX_CACHE:
            self.cache.clear()  # bounded memory on endless batches; it refills as text comes
        cache = self.cache
        new = [c for c in parts[::2] if c and c not in cache]
        if new:
            self._learn(new)
        words: list[str] = []
        spaces: list[bool] = []
        gaps = parts[1::2]
        gaps.append("")
        # Most gaps are one space: the cached entry then carries the chunk's spaces already.
        for chunk, gap in zip(parts[::2], gaps, strict=True):
            if chunk:
                toks, falses, spaced = cache[chunk]
                words += toks
                if gap == " ":
                    spaces += spaced
                    continue
                spaces += falses
            if gap:
                if words and gap[0] == " ":
                    spaces[-1] = True
                    gap = gap[1:]
                    if not gap:
                        continue
                words.append(gap)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)
