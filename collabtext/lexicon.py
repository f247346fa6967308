"""Load and validate the lexicons: one YAML file per framework, plus user files.

A lexicon set is the default ``lexicons/*.yaml`` (those with a ``framework`` key) plus any files
given with ``--lexicon``. A user file whose framework already exists replaces it, unless it says
``mode: extend``, in which case its categories are added to (or override) the existing ones.
The set is named and hashed (``Lexicon.info``) so every output records what produced it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import LexiconError
from .lexicon_schema import Located, check_file, read_located
from .records import LexiconInfo
from .resources import find

# Output order of frameworks (taxonomy.yaml order); user frameworks follow in file order.
ORDER = (
    "themes",
    "factors",
    "power_spectrum",
    "ways_of_working",
    "dynamics",
    "capacity",
    "disciplines",
    "lifecycle",
)
# Files in lexicons/ that are not frameworks (other helpers own them).
NOT_FRAMEWORKS = {"organisations.yaml", "language.yaml"}


@dataclass(frozen=True, slots=True)
class Category:
    """One category: its terms, token patterns and exclusions, and how negation treats it."""

    id: str
    framework: str
    label: str
    description: str = ""
    source: str = ""
    terms: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    patterns: tuple[Any, ...] = ()
    exclusions: tuple[str, ...] = ()
    weight: float = 1.0
    on_negation: str = "keep"
    negated_as: str | None = None
    overcome_as: str | None = None
    level: int | None = None
    requires: tuple[str, ...] = ()
    file: str = ""
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "framework": self.framework,
            "label": self.label,
            "description": self.description,
            "source": self.source,
            "terms": list(self.terms),
            "exact": list(self.exact),
            "patterns": [list(p) for p in self.patterns],
            "exclusions": list(self.exclusions),
            "weight": self.weight,
            "on_negation": self.on_negation,
            "negated_as": self.negated_as,
            "overcome_as": self.overcome_as,
            "level": self.level,
            "requires": list(self.requires),
            "file": self.file,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class Framework:
    """A framework: ``multi`` (any number of labels) or ``single`` (at most one)."""

    id: str
    kind: str
    categories: dict[str, Category]
    label: str = ""
    source: str = ""
    file: str = ""

    def rollup(self, cid: str) -> str:
        """The taxonomy-level id of ``cid``: its shortest dotted prefix that is a category."""
        parts = cid.split(".")
        for n in range(1, len(parts) + 1):
            p = ".".join(parts[:n])
            if p in self.categories:
                return p
        return cid

    @property
    def base_ids(self) -> tuple[str, ...]:
        return tuple(c for c in self.categories if self.rollup(c) == c)


@dataclass(frozen=True)
class Lexicon:
    """A loaded lexicon set."""

    frameworks: dict[str, Framework]
    cues: dict[str, tuple[str, ...]]
    info: LexiconInfo
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def category(self, framework: str, cid: str) -> Category:
        return self.frameworks[framework].categories[cid]


def _category(loc: Located, fw: str, cid: str, cat: dict[str, Any], default_neg: str) -> Category:
    return Category(
        id=cid,
        framework=fw,
        label=str(cat.get("label", cid.replace("_", " "))),
        description=str(cat.get("description", "")).strip(),
        source=str(cat.get("source", "")),
        terms=tuple(t.strip() for t in cat.get("terms") or []),
        exact=tuple(t.strip() for t in cat.get("exact") or []),
        patterns=tuple(cat.get("patterns") or []),
        exclusions=tuple(t.strip() for t in cat.get("exclusions") or []),
        weight=float(cat.get("weight", 1.0)),
        on_negation=cat.get("on_negation", default_neg),
        negated_as=cat.get("negated_as"),
        overcome_as=cat.get("overcome_as"),
        level=cat.get("level"),
        requires=tuple(cat.get("requires") or []),
        file=loc.path,
        line=loc.line("categories", cid),
    )


def read_file(path: str | Path) -> tuple[Framework, dict[str, list[str]], dict[str, Any], str]:
    """Read and validate one lexicon file; returns (framework, cues, raw data, mode)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise LexiconError(f"cannot read lexicon file ({e.strerror})", path=str(p)) from None
    except UnicodeDecodeError:
        raise LexiconError("lexicon file is not UTF-8 text", path=str(p)) from None
    loc = read_located(text, str(p))
    d = loc.data
    check_file(loc)
    mode = d.get("mode", "replace")
    if mode not in ("replace", "extend"):
        raise loc.error("'mode' must be 'replace' or 'extend'", "mode")
    fw = d["framework"]
    neg = d.get("on_negation", "keep")
    cats = {cid: _category(loc, fw, cid, c, neg) for cid, c in d["categories"].items()}
    _check_references(loc, cats)
    framework = Framework(
        fw, d.get("kind", "multi"), cats, str(d.get("label", fw)), str(d.get("source", "")), str(p)
    )
    return framework, {k: list(v) for k, v in (d.get("cues") or {}).items()}, d, mode


def _check_references(loc: Located, cats: dict[str, Category]) -> None:
    for c in cats.values():
        for key in ("negated_as", "overcome_as"):
            ref = getattr(c, key)
            if ref and ref not in cats:
                raise loc.error(
                    f"category {c.id!r}: {key} {ref!r} is not a category of this file",
                    "categories",
                    c.id,
                    key,
                )
        if c.on_negation == "flip" and not c.negated_as:
            raise loc.error(
                f"category {c.id!r}: on_negation 'flip' needs negated_as",
                "categories",
                c.id,
                "on_negation",
            )


def default_files(directory: str | Path | None = None) -> list[Path]:
    d = find("lexicons", directory)
    return sorted(p for p in d.glob("*.yaml") if p.name not in NOT_FRAMEWORKS)


def _merge(frameworks: dict[str, Framework], fw: Framework, mode: str) -> None:
    old = frameworks.get(fw.id)
    if old is None or mode == "replace":
        frameworks[fw.id] = fw
        return
    cats = dict(old.categories)
    cats.update(fw.categories)
    frameworks[fw.id] = Framework(old.id, old.kind, cats, old.label, old.source, old.file)


def build_lexicon(files: list[Path], extra: tuple[str, ...] = ()) -> Lexicon:
    """Load the given default files plus user files into one Lexicon."""
    frameworks: dict[str, Framework] = {}
    cues: dict[str, list[str]] = {}
    raw: dict[str, Any] = {}
    hasher = hashlib.sha256()
    for p in [*files, *(Path(e) for e in extra)]:
        fw, fcues, data, mode = read_file(p)
        _merge(frameworks, fw, mode)
        for k, v in fcues.items():
            cues.setdefault(k, []).extend(v)
        raw[str(p)] = data
        hasher.update(json.dumps(data, sort_keys=True, default=str).encode())
    if not frameworks:
        raise LexiconError(
            "no lexicon files found", path=str(files[0].parent if files else "lexicons")
        )
    rank = {f: i for i, f in enumerate(ORDER)}
    frameworks = dict(sorted(frameworks.items(), key=lambda kv: rank.get(kv[0], len(ORDER))))
    versions = sorted({str(d.get("version", "1")) for d in raw.values()})
    name = "collabtext" + ("+" + "+".join(Path(e).stem for e in extra) if extra else "")
    info = LexiconInfo(
        name, ",".join(versions), hasher.hexdigest()[:16], tuple(str(p) for p in raw)
    )
    return Lexicon(frameworks, {k: tuple(v) for k, v in cues.items()}, info, raw)


@lru_cache(maxsize=8)
def _cached(directory: str | None, extra: tuple[str, ...]) -> Lexicon:
    return build_lexicon(default_files(directory), extra)


def load_lexicon(extra: tuple[str, ...] = (), directory: str | Path | None = None) -> Lexicon:
    """Return the lexicon set: the default files plus ``extra`` user files (cached per process).

    Raises:
        LexiconError: naming the file and line of the first invalid value.
    """
    return _cached(str(directory) if directory else None, tuple(str(e) for e in extra))


def taxonomy_ids(path: str | Path) -> dict[str, tuple[str, set[str]]]:
    """Read ``taxonomy.yaml``: framework id -> (kind, category ids)."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return {
        fw: (v.get("kind", "multi"), set(v.get("categories", {})))
        for fw, v in data.get("frameworks", {}).items()
    }


def check_against_taxonomy(lex: Lexicon, path: str | Path) -> list[str]:
    """Return problems: taxonomy frameworks or ids missing, or lexicon base ids not in it."""
    problems = []
    for fw, (kind, ids) in taxonomy_ids(path).items():
        f = lex.frameworks.get(fw)
        if f is None:
            problems.append(f"framework {fw} missing")
            continue
        if f.kind != kind:
            problems.append(f"{fw}: kind {f.kind} != {kind}")
        problems += [f"{fw}.{i} missing" for i in sorted(ids - set(f.categories))]
        problems += [f"{fw}.{i} not in taxonomy" for i in sorted(set(f.base_ids) - ids)]
    return problems
