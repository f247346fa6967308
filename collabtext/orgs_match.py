"""Compile many surface forms into one trie-shaped regular expression.

A word-level trie keeps the alternation factored by prefix, so the regex engine tests one set of
first words at each position instead of thousands of branches; greedy optional tails plus a final
word boundary give the longest match. Spaces and hyphens between words match any run of spaces or
hyphens ("Dyfed-Powys" = "Dyfed Powys"), and "and" matches "&".
"""

from __future__ import annotations

import re
from functools import lru_cache

SEP = r"[\s\-]+"
_SPLIT_RE = re.compile(r"[\s\-]+")


def tokens(form: str) -> list[str]:
    """Words of a form as the trie stores them."""
    return [t for t in _SPLIT_RE.split(form.strip()) if t]


@lru_cache(maxsize=65536)
def surface_key(s: str, fold: bool) -> str:
    """The key a matched span is looked up under (same rules as the trie)."""
    words = ["and" if t.lower() in ("and", "&") else (t.lower() if fold else t) for t in tokens(s)]
    return " ".join(words)


_AND = "\x01"  # stands for the word "and" / "&" inside trie keys


def build_trie_pattern(forms: list[str], fold: bool) -> str | None:
    """A regex source matching any of ``forms`` at a word start, longest first.

    The trie is built over characters (word separators and "and" are single symbols), so at each
    position ``re`` follows one path instead of trying thousands of branches. With ``fold`` the
    forms are lower-cased: search a lower-cased copy of the text (much faster in ``re`` than
    IGNORECASE). The left word boundary is checked after the first character so that every
    branch starts with a literal and ``re`` can skip ahead on its first-character set.
    """
    trie: dict[str, dict] = {}
    for form in forms:
        key = surface_key(form, fold)
        if not key:
            continue
        node = trie
        for ch in " ".join(_AND if w == "and" else w for w in key.split(" ")):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None
    branches = []
    for ch, child in sorted(trie.items()):
        first = _sym(ch) + r"(?<![\w&].)" if ch != _AND else r"(?:a(?<![\w&].)nd|&(?<![\w&].))"
        branches.append(first + _tail(child))
    return "(?:" + "|".join(branches) + ")"


def _sym(ch: str) -> str:
    if ch == " ":
        return SEP
    if ch == _AND:
        return "(?:and|&)"
    return re.escape(ch)


def _tail(node: dict[str, dict]) -> str:
    children = sorted((k, v) for k, v in node.items() if k != "")
    if not children:
        return ""
    if len(children) == 1:
        ch, child = children[0]
        s = _sym(ch) + _tail(child)
    else:
        s = "(?:" + "|".join(_sym(ch) + _tail(c) for ch, c in children) + ")"
    return "(?:" + s + ")?" if "" in node else s
