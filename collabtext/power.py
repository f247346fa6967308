"""The power-spectrum level of a passage, from what it says is done and by whom.

Levels (Gobillot 2016): competition 1, consultation 2, coordination 3, cooperation 4,
collaboration 5; ``None`` where no concrete joint activity is described. Rules:

1. Only committed activity counts: level evidence inside a hedge scope ("explore whether", "if",
   "could") is ignored. Negated or blocked arrangements still count (FORMAT.md: the level of the
   arrangement described, even if stalled).
2. The level is the highest non-competition level with evidence; competition only when nothing
   else is committed ("past competition with a committed joint future takes the committed level").
3. Evidence from categories marked ``.citizens`` (residents deciding, citizens' panels) sets the
   level but is working with citizens, so it does not make the collaboration way of working.
4. Parties are counted from organisation mentions (the gazetteer of ``collabtext.orgs`` when it is
   installed, otherwise the generic ``party`` cues of power_spectrum.yaml) and plural partner words;
   different words for one body ("the council" ... "the authority") count once.
5. Some hits are not evidence of joint working at all (``not_evidence``): a level word inside a
   title-cased name or heading ("Working in Partnership for a Greener Borough", "the Regional
   Partnership Board"), and "work with" whose object is people ("youth workers will work with
   children"), which is a service being delivered, not an arrangement between bodies.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

LEVELS = {
    "competition": 1,
    "consultation": 2,
    "coordination": 3,
    "cooperation": 4,
    "collaboration": 5,
}
BY_LEVEL = {v: k for k, v in LEVELS.items()}


@dataclass(frozen=True, slots=True)
class PowerDecision:
    level: str | None
    evidence: tuple[Any, ...]  # the hits that set the level
    citizen_only: bool
    parties: int


def level_of(category: str) -> int:
    return LEVELS.get(category.split(".")[0], 0)


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    """The organisations gazetteer if H-ORGS' module is installed, else None."""
    try:
        from .orgs import load_gazetteer  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return load_gazetteer()
    except Exception:  # noqa: BLE001 - a broken gazetteer must not stop tagging; fall back to cues
        return None


def count_parties(
    text: str, party_hits: list[Any], plural_hits: list[Any], use_gazetteer: bool
) -> int:
    """Distinct organisations named, plus two for any plural partner word ("partners",
    "agencies")."""
    names = {h.text.lower() for h in party_hits}
    gz = _gazetteer() if use_gazetteer else None
    if gz is not None:
        try:
            names |= {(m.canonical or m.text).lower() for m in gz.find(text)}
        except Exception:  # noqa: BLE001
            pass
    return len(names) + (2 if plural_hits else 0)


NEAR = 8  # tokens either side in which a citizen or organisation word says who the work is with


def with_citizens(h: Any, citizens: list[Any], orgs: list[Any]) -> bool:
    """Is this level evidence work with citizens ("co-design the service with young people")?"""
    if h.category.endswith(".citizens"):
        return True
    return near(h.start, sorted(c.start for c in citizens)) and not near(
        h.start, sorted(o.start for o in orgs)
    )


def near(i: int, starts: list[int], within: int = NEAR) -> bool:
    """Is any of the sorted token offsets ``starts`` within ``within`` tokens of ``i``?"""
    k = bisect_left(starts, i - within)
    return k < len(starts) and starts[k] <= i + within


WE_RE = re.compile(r"\b(?:we|our|us|ours|ourselves)\b|\bwe['’](?:re|ve|ll|d)\b", re.IGNORECASE)


def distinct_parties(org_hits: list[Any], has_we: bool = False) -> int:
    """Distinct organisations among party cue hits (longest of overlapping), plurals counting two;
    the speaker's own body ("we ... with the health board") counts one beside any other."""
    kept: list[Any] = []
    # On the same words a plural cue wins when the words are plural: "the councils" is several
    # bodies. Cues match lemmas, so the plural cue also fires on "the council", which is one.
    def plural_first(h: Any) -> tuple[int, bool]:
        return (-(h.end - h.start), not (h.category == "plural_party" and h.text.endswith("s")))

    for h in sorted(org_hits, key=plural_first):
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    names = {canonical_party(h.text) for h in kept if h.category == "party"}
    n = len(names) + (2 if any(h.category == "plural_party" for h in kept) else 0)
    return n + 1 if n and has_we else n


# Generic words a passage uses for a body it has already named: "the council ... the authority"
# is one party, not two. Only words that in Welsh public-service writing almost always mean the
# same body; "town council" or "community council" are other bodies and keep their own names.
SAME_BODY = {
    "local authority": "council",
    "authority": "council",
    "county council": "council",
    "borough council": "council",
    "city council": "council",
    "county borough council": "council",
    "university health board": "health board",
    "police officers": "police",
    "fire and rescue service": "fire service",
    "fire and rescue": "fire service",
}


def canonical_party(text: str) -> str:
    """The body a party word stands for, lower case and without "the"."""
    name = text.lower().removeprefix("the ")
    return SAME_BODY.get(name, name)


# Small words that stay lower case inside a title ("Working in Partnership for a Greener Borough").
TITLE_SMALL = frozenset("a an and as at by for from in into of on or the to with &".split())


def in_title(h: Any) -> bool:
    """Is this hit part of a name or heading? Two or more words, every content word capitalised:
    "Regional Partnership", "Working in Partnership", "Joint Scrutiny Panel". Running text
    capitalises only the first word of a sentence, so one capital proves nothing. A named
    residents' body ("the Newport Citizens' Panel") is itself the arrangement with citizens, so
    ``.citizens`` hits stay evidence."""
    if h.category.endswith(".citizens"):
        return False
    words = [w for w in re.split(r"[\s\-–]+", h.text) if w and w.lower() not in TITLE_SMALL]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


SERVICE_GAP = 2  # tokens between "work with" and the people it names ("work with local families")


def serves_people(h: Any, citizens: list[Any], orgs: list[Any]) -> bool:
    """ "Work with" (and the like) whose object is people rather than a body: "youth workers will
    work with children", "staff working with families". That is a service delivered to people;
    FORMAT.md counts working with citizens as involvement, not as an arrangement between bodies."""
    if h.category != "cooperation" or not h.text.lower().endswith("with"):
        return False
    after = [c.start for c in citizens if 0 <= c.start - h.end <= SERVICE_GAP]
    if not after:
        return False
    return not any(h.end <= o.start <= after[0] for o in orgs)


def not_evidence(h: Any, citizens: list[Any], orgs: list[Any]) -> bool:
    """Level hits that say nothing about joint working (rule 5 above)."""
    return in_title(h) or serves_people(h, citizens, orgs)


def decide(
    level_hits: list[Any], parties: int, citizens: list[Any] = (), orgs: list[Any] = ()
) -> PowerDecision:  # type: ignore[assignment]
    """Pick the level from unhedged level hits (each with ``.category``, ``.start``)."""
    level_hits = [h for h in level_hits if not not_evidence(h, citizens, orgs)]
    if not level_hits:
        return PowerDecision(None, (), False, parties)
    joint = [h for h in level_hits if level_of(h.category) > 1]
    pool = joint or level_hits
    top = max(level_of(h.category) for h in pool)
    ev = tuple(h for h in pool if level_of(h.category) == top)
    cit = sorted(c.start for c in citizens)
    org = sorted(o.start for o in orgs)
    citizen_only = all(
        h.category.endswith(".citizens") or (near(h.start, cit) and not near(h.start, org))
        for h in ev
    )
    return PowerDecision(BY_LEVEL[top], ev, citizen_only, parties)
