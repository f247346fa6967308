"""Short forms of a body's name resolved to the fuller name used elsewhere (a document or a series).

Minutes are written by different people: one meeting's notes say "Afon Teg Council", the board's
formal minutes "Afon Teg County Borough Council"; "the CVC" in one, "Afon Teg County Voluntary
Council" in another; "ATCC" defined once as "Afon Teg County Council (ATCC)". Given the names a
collection of documents uses, :func:`resolve_short_forms` maps each short form to the one fuller
name it clearly denotes and says why. Nothing is resolved when two fuller names fit (a county
council and a town council of one place stay apart: their cores differ), and a gazetteer body's
own canonical name is never rewritten.

Example:
    >>> r = resolve_short_forms(["Afon Teg Council", "Afon Teg County Council"])
    >>> r["Afon Teg Council"].canonical
    'Afon Teg County Council'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from .orgs_context import _FAMILIES, variant_key

_ABBR = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
_SMALL = {"of", "and", "the", "for", "&"}
_DIGRAPHS = ("dd", "ff", "ll", "ch", "th", "ph", "rh", "ng")


@dataclass(frozen=True, slots=True)
class ShortForm:
    """``written`` (as a document gives it) denotes ``canonical``; ``reason`` says how we know."""

    written: str
    canonical: str
    reason: str  # "longer_form" | "bare_head" | "abbreviation_defined" | "initials"

    def to_dict(self) -> dict[str, str]:
        return {"written": self.written, "canonical": self.canonical, "reason": self.reason}


def _words(name: str) -> list[str]:
    low = re.sub(r"^the\s+", "", name.strip().lower().replace("&", " and "))
    return [w for w in re.findall(r"[\w'-]+", low) if w not in _SMALL]


def initials_of(name: str) -> set[str]:
    """"Afon Teg County Council" -> {"ATCC"}; hyphens split ("Dyfed-Powys" -> "DP"); Welsh
    digraphs give a second form ("Hywel Dda UHB" -> "HDU", "HDDU")."""
    words = [w for w in re.findall(r"[^\W_]+", name) if w.lower() not in _SMALL]
    plain = "".join(w[0] for w in words).upper()
    digraph = "".join(w[:2] if w[:2].lower() in _DIGRAPHS else w[0] for w in words).upper()
    return {plain, digraph}


def _longer_form(short: str, names: list[str]) -> list[str]:
    """Names of the same core and family whose words include all of ``short``'s."""
    core, fam = variant_key(short)
    if not core or not fam:
        return []
    sw = set(_words(short))
    return [n for n in names if n != short and variant_key(n) == (core, fam)
            and sw < set(_words(n))]


def _bare_head(short: str, names: list[str]) -> list[str]:
    """"the CVC" / "the County Voluntary Council": the one body of that family named at all."""
    core, fam = variant_key(short)
    fam = "" if fam else _FAMILIES.get(core, "")  # a bare head has no core: ("cvc", "")
    if not fam:
        return []
    return [n for n in names if n != short and variant_key(n)[1] == fam]


def _initials(short: str, names: list[str]) -> list[str]:
    if not _ABBR.match(short) or sum(c.isupper() for c in short) < 2:
        return []
    return [n for n in names if " " in n and short.upper() in initials_of(n)]


def resolve_short_forms(
    names: Iterable[str],
    *,
    defined: Mapping[str, str] | None = None,
    is_canonical: Callable[[str], bool] | None = None,
    ambiguous: Iterable[str] = (),
) -> dict[str, ShortForm]:
    """Map each short form among ``names`` to the one fuller name among them that it denotes.

    Args:
        names: organisation names as the documents give them (any order; duplicates ignored).
        defined: abbreviations a document defined ("Afon Teg County Council (ATCC)"), abbr -> name.
        is_canonical: True for names that must stay as they are (a gazetteer's canonical names).
        ambiguous: abbreviations with several known meanings ("PCC"): never resolved by their
            initials alone, only by a definition or as the one body of their kind.

    Returns:
        ``{written: ShortForm}`` for the names that resolve; others are absent.
    """
    pool = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    keep = is_canonical or (lambda _n: False)
    unsure = set(ambiguous)
    out: dict[str, ShortForm] = {}
    for name in pool:
        if not keep(name):
            sf = fuller_form(name, pool, defined=defined, initials=name not in unsure)
            if sf is not None:
                out[name] = sf
    return _settle(out)


def fuller_form(
    name: str,
    pool: Iterable[str],
    *,
    defined: Mapping[str, str] | None = None,
    initials: bool = True,
) -> ShortForm | None:
    """The one fuller name in ``pool`` that ``name`` is a short form of, or None."""
    full = (defined or {}).get(name)
    if full and full != name:
        return ShortForm(name, full, "abbreviation_defined")
    names = list(pool)
    rules = [("longer_form", _longer_form), ("bare_head", _bare_head)]
    if initials:
        rules.append(("initials", _initials))
    for reason, rule in rules:
        hits = _fullest(rule(name, names))
        if len(hits) == 1:
            return ShortForm(name, hits[0], reason)
        if hits:
            return None  # two bodies fit: leave it as written rather than guess
    return None


def _fullest(hits: list[str]) -> list[str]:
    """Drop candidates that are themselves short forms of another candidate ("X Council" when
    "X County Council" is also there) so that one body reached by two spellings counts once."""
    hits = list(dict.fromkeys(hits))
    return [h for h in hits if not any(h != o and _longer_form(h, [o]) for o in hits)]


def _settle(out: dict[str, ShortForm]) -> dict[str, ShortForm]:
    """Follow chains ("ATC" -> "Afon Teg Council" -> "Afon Teg County Council") to their end."""
    done = {}
    for w, sf in out.items():
        target, seen = sf.canonical, {w}
        while target in out and target not in seen:
            seen.add(target)
            target = out[target].canonical
        done[w] = ShortForm(w, target, sf.reason)
    return done
