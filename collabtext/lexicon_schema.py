"""Read a lexicon YAML file into plain data while remembering the line of every value.

PyYAML's ``compose`` gives nodes with ``start_mark``; we convert nodes ourselves so that each
validation error can name the file and the 1-based line where the bad value is.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import LexiconError

ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
CATEGORY_KEYS = {
    "label",
    "description",
    "source",
    "terms",
    "patterns",
    "exclusions",
    "weight",
    "on_negation",
    "negated_as",
    "overcome_as",
    "level",
    "exact",
    "requires",
}
TOP_KEYS = {
    "framework",
    "kind",
    "label",
    "description",
    "source",
    "version",
    "categories",
    "on_negation",
    "cues",
    "name",
    "mode",
}
NEGATION_MODES = {"keep", "drop", "flip"}


class Located:
    """A parsed YAML document plus a map from key paths to line numbers."""

    def __init__(self, data: Any, lines: dict[tuple[Any, ...], int], path: str) -> None:
        self.data = data
        self.lines = lines
        self.path = path

    def line(self, *keys: Any) -> int:
        """Line of the deepest known node on ``keys`` (1-based)."""
        for n in range(len(keys), -1, -1):
            if keys[:n] in self.lines:
                return self.lines[keys[:n]]
        return 1

    def error(self, message: str, *keys: Any) -> LexiconError:
        return LexiconError(f"line {self.line(*keys)}: {message}", path=self.path)


def _convert(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> Any:
    """Plain data from a node; ``lines`` gets the line of each key (mappings) or item (lists)."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for k, v in node.value:
            key = _LOADER.construct_object(k, deep=True)
            if key in out:
                raise ValueError(f"line {k.start_mark.line + 1}: duplicate key {key!r}")
            lines[path + (key,)] = k.start_mark.line + 1
            out[key] = _convert(v, path + (key,), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(v, path + (i,), lines) for i, v in enumerate(node.value)]
    return _LOADER.construct_object(node, deep=True)


# One loader, used only to construct scalars (ints, floats, booleans, strings) from nodes.
_LOADER = yaml.SafeLoader("")


def read_located(text: str, path: str) -> Located:
    """Parse YAML text; raise LexiconError with the line on syntax errors."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise LexiconError(
            f"line {line}: invalid YAML ({getattr(e, 'problem', e)})", path=path
        ) from None
    if node is None:
        raise LexiconError("line 1: empty lexicon file", path=path)
    lines: dict[tuple[Any, ...], int] = {}
    try:
        data = _convert(node, (), lines)
    except ValueError as e:
        raise LexiconError(str(e), path=path) from None
    return Located(data, lines, path)


def _check_strings(loc: Located, value: Any, *keys: Any) -> None:
    if value is None:  # an empty key ("exclusions:") means no items
        return
    if not isinstance(value, list):
        raise loc.error(f"'{keys[-1]}' must be a list of strings", *keys)
    for i, t in enumerate(value):
        if not isinstance(t, str) or not t.strip():
            raise loc.error(f"'{keys[-1]}' item {i + 1} must be a non-empty string", *keys, i)


def _check_patterns(loc: Located, value: Any, *keys: Any) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        raise loc.error("'patterns' must be a list of token patterns", *keys)
    for i, pat in enumerate(value):
        if not isinstance(pat, list) or not pat or not all(isinstance(t, dict) for t in pat):
            raise loc.error(
                "each pattern must be a non-empty list of token mappings (spaCy Matcher syntax)",
                *keys,
                i,
            )


def check_category(loc: Located, fw: str, cid: str, cat: Any) -> None:
    """Validate one category mapping."""
    keys = ("categories", cid)
    if not isinstance(cid, str) or not ID_RE.match(cid):
        raise loc.error(f"category id {cid!r} must be lower_snake ids joined by dots", *keys)
    if not isinstance(cat, dict):
        raise loc.error(f"category {cid!r} must be a mapping", *keys)
    unknown = set(cat) - CATEGORY_KEYS
    if unknown:
        raise loc.error(
            f"category {cid!r}: unknown key {sorted(unknown)[0]!r} "
            f"(allowed: {', '.join(sorted(CATEGORY_KEYS))})",
            *keys,
            sorted(unknown)[0],
        )
    for k in ("terms", "exclusions", "exact", "requires"):
        if k in cat:
            _check_strings(loc, cat[k], *keys, k)
    if "patterns" in cat:
        _check_patterns(loc, cat["patterns"], *keys, "patterns")
    if "weight" in cat and not isinstance(cat["weight"], (int, float)):
        raise loc.error("'weight' must be a number", *keys, "weight")
    if cat.get("on_negation", "keep") not in NEGATION_MODES:
        raise loc.error(
            f"'on_negation' must be one of {sorted(NEGATION_MODES)}", *keys, "on_negation"
        )
    for k in ("label", "description", "source", "negated_as", "overcome_as"):
        if k in cat and not isinstance(cat[k], str):
            raise loc.error(f"'{k}' must be a string", *keys, k)


def check_file(loc: Located) -> None:
    """Validate the top level of a lexicon file (categories are checked one by one)."""
    d = loc.data
    if not isinstance(d, dict):
        raise loc.error("a lexicon file must be a mapping with 'framework' and 'categories'")
    unknown = set(d) - TOP_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise loc.error(f"unknown top-level key {k!r} (allowed: {', '.join(sorted(TOP_KEYS))})", k)
    fw = d.get("framework")
    if not isinstance(fw, str) or not ID_RE.match(fw):
        raise loc.error("'framework' must be a lower_snake id", "framework")
    if d.get("kind", "multi") not in ("multi", "single"):
        raise loc.error("'kind' must be 'multi' or 'single'", "kind")
    if d.get("on_negation", "keep") not in NEGATION_MODES:
        raise loc.error(f"'on_negation' must be one of {sorted(NEGATION_MODES)}", "on_negation")
    cats = d.get("categories")
    if not isinstance(cats, dict) or not cats:
        raise loc.error("'categories' must be a non-empty mapping of id -> category", "categories")
    for cid, cat in cats.items():
        check_category(loc, fw, cid, cat)
    cues = d.get("cues") or {}
    if not isinstance(cues, dict):
        raise loc.error("'cues' must be a mapping of cue name -> list of phrases", "cues")
    for name, terms in cues.items():
        _check_strings(loc, terms, "cues", name)
