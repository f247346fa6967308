"""Convert other tools' dictionaries into collabtext lexicon files.

LIWC ``.dic``: a header between ``%`` lines maps numbers to category names; each entry line is a
word or phrase followed by category numbers. Multiword entries become phrase terms; a trailing
``*`` wildcard becomes a spaCy token pattern matching any ending (``{"LOWER": {"REGEX": "^abandon"}}``).
quanteda-style YAML: a mapping of keys to lists of entries (glob wildcards ``*`` and ``?``), nested
mappings giving sub-categories (``parent.child``), as quanteda's ``dictionary(file=...)`` reads them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import LexiconError

_ID_BAD = re.compile(r"[^a-z0-9_]+")


def make_id(name: str) -> str:
    """A category id from any name ("Positive Emotion" -> positive_emotion)."""
    s = _ID_BAD.sub("_", name.strip().lower()).strip("_") or "category"
    return s if s[0].isalpha() else "c_" + s


def _token(word: str) -> dict[str, Any]:
    if "*" in word or "?" in word:
        rx = "^" + re.escape(word).replace(r"\*", ".*").replace(r"\?", ".") + "$"
        return {"LOWER": {"REGEX": rx}}
    return {"LOWER": word}


def add_entry(cat: dict[str, Any], entry: str) -> None:
    """Add one dictionary entry to a category: a term, or a token pattern if it has wildcards."""
    words = entry.lower().split()
    if not words:
        return
    if any("*" in w or "?" in w for w in words):
        cat.setdefault("patterns", []).append([_token(w) for w in words])
    else:
        cat.setdefault("terms", []).append(" ".join(words))


def _liwc_header(lines: list[str], path: str) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "%":
        raise LexiconError("line 1: a LIWC .dic file starts with a '%' line", path=path)
    names: dict[str, str] = {}
    for n, line in enumerate(lines[1:], 2):
        if line.strip() == "%":
            return names, n
        parts = line.split()
        if len(parts) < 2:
            raise LexiconError(
                f"line {n}: expected 'number name' in the category header", path=path
            )
        names[parts[0]] = " ".join(parts[1:])
    raise LexiconError("the category header has no closing '%' line", path=path)


def read_liwc(path: str | Path) -> dict[str, dict[str, Any]]:
    """Categories from a LIWC .dic file (id -> category mapping of our schema)."""
    p = str(path)
    lines = Path(path).read_text(encoding="utf-8-sig", errors="replace").splitlines()
    names, start = _liwc_header(lines, p)
    cats: dict[str, dict[str, Any]] = {make_id(v): {"label": v} for v in names.values()}
    for _n, line in enumerate(lines[start:], start + 1):
        if not line.strip():
            continue
        # Entries are "word<TAB>1 2" or "a lot<TAB>1"; numbers are the trailing fields.
        fields = re.split(r"\t+", line.strip()) if "\t" in line else line.split()
        if "\t" in line:
            entry, nums = fields[0], " ".join(fields[1:]).split()
        else:
            k = len(fields)
            while k > 1 and fields[k - 1].isdigit():
                k -= 1
            entry, nums = " ".join(fields[:k]), fields[k:]
        for num in nums:
            if num not in names:
                continue  # LIWC2007's "(02 134)" conditional codes and unknown numbers are skipped
            add_entry(cats[make_id(names[num])], entry)
    return cats


def _flatten(node: Any, prefix: str, cats: dict[str, dict[str, Any]], path: str) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            cid = f"{prefix}.{make_id(str(k))}" if prefix else make_id(str(k))
            if isinstance(v, dict):
                _flatten(v, cid, cats, path)
            else:
                cat = cats.setdefault(cid, {"label": str(k)})
                for e in v if isinstance(v, list) else [v]:
                    add_entry(cat, str(e))
    else:
        raise LexiconError(
            "a quanteda dictionary is a mapping of keys to lists of entries", path=path
        )


def read_quanteda(path: str | Path) -> dict[str, dict[str, Any]]:
    """Categories from a quanteda-style YAML dictionary."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise LexiconError(f"invalid YAML ({e})", path=str(path)) from None
    cats: dict[str, dict[str, Any]] = {}
    _flatten(data, "", cats, str(path))
    return cats


def import_dictionary(path: str | Path, framework: str, fmt: str | None = None) -> dict[str, Any]:
    """Read a LIWC or quanteda dictionary and return a lexicon file as data (our schema)."""
    p = Path(path)
    if not p.is_file():
        raise LexiconError("no such file", path=str(p))
    kind = fmt or ("liwc" if p.suffix.lower() == ".dic" else "quanteda")
    cats = read_liwc(p) if kind == "liwc" else read_quanteda(p)
    for _cid, c in cats.items():
        c.setdefault("description", f"Imported from {p.name} ({kind}).")
        c["source"] = f"{p.name} ({kind} dictionary)"
    cats = {k: v for k, v in cats.items() if v.get("terms") or v.get("patterns")}
    if not cats:
        raise LexiconError("no categories with entries found", path=str(p))
    return {
        "framework": make_id(framework),
        "kind": "multi",
        "version": 1,
        "label": framework,
        "source": f"imported from {p.name}",
        "categories": cats,
    }


def dump_lexicon(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
