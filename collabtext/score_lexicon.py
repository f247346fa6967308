"""Load ``lexicons/language.yaml`` once and compile every pattern the scorer uses.

The lexicon holds the pronoun sets and their exclusions, the collaborative-language marker
patterns, the agency and inclusive/exclusive "we" patterns, speaker titles and the function-word
lists for language style matching. Compiling happens once per process (``lru_cache``); a user may
pass another file with the same shape.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import LexiconError
from .records import LexiconInfo
from .resources import find

MARKER_KEYS = (
    "yes_and",
    "yes_but",
    "both_and",
    "either_or",
    "solution_question",
    "problem_question",
    "personalising",
    "meta_framing",
)

# A word, as counted for rates: a run of letters or digits, with internal apostrophes, hyphens or
# dots kept inside one word ("we're", "well-being", "U.S", "1.2m"). LIWC likewise counts a
# contraction as one word and numbers as words.
WORD_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")

# Candidates only: every exclusion (US the country, Roman I, i.e., mine the pit) is checked in code.
WE_RE = re.compile(
    r"(?<!\w)(?:we(?:['’](?:re|ve|ll|d))?|us|ours|our|ourselves|let['’]s)(?!\w|['’]\w)",
    re.IGNORECASE,
)
I_RE = re.compile(
    r"(?<!\w)(?:i(?:['’](?:m|ve|ll|d))?|me|my|mine|myself)(?!\w|['’]\w)", re.IGNORECASE
)


def _alt(words: list[str]) -> str:
    """Regex alternation of literal terms; spaces match whitespace, ' matches ’ too."""
    parts = []
    for w in sorted({str(w) for w in words}, key=len, reverse=True):
        p = re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


def _compile(pats: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in pats), flags)


@dataclass(frozen=True, eq=False)
class LanguageLexicon:
    """Compiled language lexicon. Attributes are compiled patterns and frozen word sets."""

    info: LexiconInfo
    raw: dict[str, Any]
    roman_before: frozenset[str]
    roman_after: frozenset[str]
    regnal_before: frozenset[str]
    mine_before: frozenset[str]
    mine_after: frozenset[str]
    lower_i_before: frozenset[str]
    we_forms: frozenset[str]
    i_forms: frozenset[str]
    markers: dict[str, dict[str, Any]]
    agency: dict[str, re.Pattern[str]]
    we_inclusive: re.Pattern[str]
    we_exclusive: re.Pattern[str]
    lsm: dict[str, frozenset[str]]
    speakers: dict[str, Any]


def _norm_set(words: list[Any]) -> frozenset[str]:
    return frozenset(str(w).lower().replace("’", "'") for w in words)


def _compile_markers(m: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for key in MARKER_KEYS:
        spec = m.get(key)
        if spec is None:
            raise LexiconError(f"language lexicon lacks marker {key!r}")
        c: dict[str, Any] = {
            "label": spec.get("label", key),
            "description": spec.get("description", ""),
        }
        for field in ("frames", "literal", "rejected_after", "negated_before", "exclusions"):
            if spec.get(field):
                c[field] = _compile(spec[field])
        own: set[str] = set()
        if spec.get("patterns"):
            # A pattern is a regex, or {re, triggers} when it has trigger words of its own.
            plain = [p for p in spec["patterns"] if isinstance(p, str)]
            groups = [(_compile(plain), None)] if plain else []
            for p in spec["patterns"]:
                if isinstance(p, dict):
                    groups.append((re.compile(p["re"], re.IGNORECASE), _norm_set(p["triggers"])))
                    own |= _norm_set(p["triggers"])
            c["pattern_groups"] = groups
        c["triggers"] = _norm_set(spec["triggers"]) if spec.get("triggers") else frozenset(own)
        if "blockers" in spec:
            c["blockers"] = _norm_set(spec["blockers"])
        c["window"] = int(spec.get("window", 8))
        out[key] = c
    return out


def _build(data: dict[str, Any], path: Path, digest: str) -> LanguageLexicon:
    pr = data["pronouns"]
    ag = {
        k: re.compile(v, re.IGNORECASE | (re.MULTILINE if k == "decision_openers" else 0))
        for k, v in data["agency"].items()
    }
    return LanguageLexicon(
        info=LexiconInfo(
            name=str(data.get("id", "language")),
            version=str(data.get("version", "0")),
            sha256=digest,
            files=(str(path),),
        ),
        raw=data,
        roman_before=_norm_set(pr["roman_before"]),
        roman_after=_norm_set(pr.get("roman_after", ())),
        regnal_before=_norm_set(pr["regnal_before"]),
        mine_before=_norm_set(pr["mine_pit_before"]),
        mine_after=_norm_set(pr["mine_pit_after"]),
        lower_i_before=_norm_set(pr["lowercase_i_before"]),
        we_forms=_norm_set(pr["we"]),
        i_forms=_norm_set(pr["i"]),
        markers=_compile_markers(data["markers"]),
        agency=ag,
        we_inclusive=re.compile(data["we_type"]["inclusive"], re.IGNORECASE),
        we_exclusive=re.compile(data["we_type"]["exclusive"], re.IGNORECASE),
        lsm={k: _norm_set(v) for k, v in data["lsm"].items()},
        speakers=data["speakers"],
    )


@lru_cache(maxsize=8)
def load_language(path: str | None = None) -> LanguageLexicon:
    """Load and compile the language lexicon (cached per path).

    Args:
        path: a YAML file with the shape of ``lexicons/language.yaml``; ``None`` for the shipped one.

    Raises:
        LexiconError: when the file is missing a section or a pattern does not compile.
    """
    p = Path(path) if path else find("lexicons") / "language.yaml"
    try:
        blob = p.read_bytes()
        data = yaml.safe_load(blob)
        return _build(data, p, hashlib.sha256(blob).hexdigest()[:16])
    except OSError as e:
        raise LexiconError(f"cannot read language lexicon: {e}", path=str(p)) from e
    except (yaml.YAMLError, KeyError, TypeError, re.error) as e:
        raise LexiconError(
            f"invalid language lexicon ({type(e).__name__}: {e})", path=str(p)
        ) from e
