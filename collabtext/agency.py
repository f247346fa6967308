"""Who acts in commitments and decisions: collective, single body or person, or both.

Per clause, a commitment verb ("will", "agreed", "commits to", "is going to", "'ll") is found and
the words just before it are read as its subject:

- collective: we, partners, all partners, the Board / PSB / Partnership, two or more named
  bodies ("NRW, the council and Dŵr Cymru will"), or "jointly", "together with", "working with",
  "in partnership with" anywhere in the clause; a meeting decision ("RESOLVED", "AGREED") is the
  collective act of the meeting;
- single: I, my service, our organisation, the Council, the Health Board, one named body
  ("Powys County Council will"), or several bodies that "each" do their own work.

A passage is "collective" or "single" when all its commitments agree, "mixed" when both occur and
None when it has no commitment. Named bodies come from ``collabtext.orgs`` (H-ORGS) when it is
installed, else from a small generic pattern on the form of the name (``use_orgs=False`` forces
the pattern).

Inclusive against exclusive "we" (``we_type``) is read from explicit phrases only: "we as a
partnership", "we, the partners", "together we", "all of us" are inclusive; "we in the health
board", "we at the council", "we as a council", "our organisation" are exclusive; otherwise
"unknown" (None when the passage has no first-person plural at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .markers import MarkerEvidence
from .score_lexicon import LanguageLexicon, load_language

_CLAUSE = re.compile(r"(?:[^.;!?\n]|(?<=\d)\.(?=\d))+")
_ORG_GENERIC = re.compile(
    r"(?:\b[A-Z][\w’'&-]*(?:\s+(?:and|of|for|&)\s+|\s+)){0,6}"
    r"(?:Council|Board|Service|Services|Police|Trust|Authority|Association|College|University|"
    r"Government|Commissioner|Agency|Homes|Partnership|CVC|CVS|Cymru|Wales|Action|Housing|Group)\b"
    r"|\b[A-Z]{2,6}\b"
)
_COLLECTIVE_NAMES = re.compile(
    r"\b(?:PSB|RPB|Public Services? Board|Regional Partnership Board|Partnership Board"
    r"|Partnership|the Board|Steering Group|Consortium|Alliance)\b"
)
_COORD = re.compile(
    r",\s*(?:but|and|while|whilst|whereas|although|though)\s+(?=\S+(?:\s+\S+){0,6}?\s+(?:will|shall|agreed|would)\b)"
)
_SUBJECT_CUT = re.compile(
    r"[:()‘“\"]|\b(?:said|says|noted|reported|confirmed|explained|added|stated|felt|thought|think|believe|hope|expect|understand|know|suggest|suggested)\s+|,\s*(?:and|but|so|which|who)\s+|\b(?:that|if|when|then|where|whether)\s+"
)
_EACH = re.compile(r"\beach\s+(?:of\s+(?:us|them|the\s+\w+|our\s+\w+)|\w+)\s*$", re.IGNORECASE)
_NOT_ORG_CAPS = frozenset({"I", "AGREED", "RESOLVED", "ACTION", "NOTED", "IT", "THE", "WE", "OK"})


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    try:
        from .orgs import load_gazetteer  # H-ORGS
    except ImportError:
        return None
    try:
        return load_gazetteer()
    except Exception:  # noqa: BLE001 - a broken gazetteer must not stop scoring; fall back
        return None


OrgSpan = tuple[int, int, str]  # (start, end, name) of a named body in a window
# Subjects repeat ("the Board will", "partners will") within and across documents, each is read
# twice (its label, then whether it names several bodies), and the gazetteer search is the costly
# part of reading one: results are kept per (gazetteer, subject), cleared past a bound.
_ORGS_CACHE: dict[tuple[Any, str], tuple[OrgSpan, ...]] = {}
_ORGS_CACHE_MAX = 20_000


def _orgs_in(window: str, use_orgs: bool) -> tuple[OrgSpan, ...]:
    """Named bodies in ``window``: the gazetteer's, plus generic names by their form."""
    gz = _gazetteer() if use_orgs else None
    key = (gz, window)
    got = _ORGS_CACHE.get(key)
    if got is None:
        if len(_ORGS_CACHE) >= _ORGS_CACHE_MAX:
            _ORGS_CACHE.clear()
        got = _ORGS_CACHE[key] = tuple(_find_orgs(window, gz))
    return got


def _find_orgs(window: str, gz: Any) -> list[OrgSpan]:
    generic = [
        (m.start(), m.end(), m.group())
        for m in _ORG_GENERIC.finditer(window)
        if m.group() not in _NOT_ORG_CAPS
    ]
    if gz is None:
        return generic
    found = [(m.start, m.end, m.canonical or m.text) for m in gz.find(window)]
    found += [g for g in generic if not any(g[0] < f[1] and f[0] < g[1] for f in found)]
    return sorted(found)


def _subject_label(subject: str, clause: str, lex: LanguageLexicon, use_orgs: bool) -> str | None:
    ag = lex.agency
    if _EACH.search(subject):
        return "single"  # "each partner will", "each of us will": parallel work
    if ag["collective_subjects"].search(subject):
        return "collective"
    orgs = _orgs_in(subject, use_orgs)
    if len(orgs) >= 2:
        return "single" if ag["parallel"].search(clause) else "collective"
    if orgs and _COLLECTIVE_NAMES.search(orgs[0][2]) and orgs[0][1] >= len(subject.rstrip()) - 2:
        return "collective"
    if ag["single_subjects"].search(subject):
        return "single"
    if orgs and orgs[-1][1] >= len(subject.rstrip()) - 2:
        return "single"
    return None


def _clause_agency(
    text: str, s: int, e: int, lex: LanguageLexicon, use_orgs: bool
) -> list[tuple[str, MarkerEvidence]]:
    ag = lex.agency
    clause = text[s:e]
    if ag["decision_openers"].search(clause):
        m = ag["decision_openers"].search(clause)
        assert m is not None
        return [
            (
                "collective",
                MarkerEvidence("decision", m.group().strip(), s + m.start(), s + m.end()),
            )
        ]
    out: list[tuple[str, MarkerEvidence]] = []
    for v in ag["commitment_verbs"].finditer(clause):
        subject = clause[max(0, v.start() - 150) : v.start()]
        if v.start() > 150:
            subject = subject.split(None, 1)[-1]  # drop a word cut in half
        subject = _SUBJECT_CUT.split(subject)[-1]
        label = _subject_label(subject, clause, lex, use_orgs)
        if label and "," in subject and len(_orgs_in(subject, use_orgs)) < 2:
            subject = subject.rsplit(",", 1)[-1]  # "Over the next ten years, the Board will"
        if (
            label == "single"
            and ag["collective_anywhere"].search(clause)
            and not ag["parallel"].search(clause)
        ):
            label = "collective"
        if label is None and ag["collective_anywhere"].search(clause[v.end() :]):
            label = None  # no actor named: "will be delivered jointly" says nothing about who
        if label:
            a = s + v.start() - len(subject.lstrip())
            out.append(
                (label, MarkerEvidence(label, text[a : s + v.end()].strip(), a, s + v.end()))
            )
    return out


# Words of which one must occur for any commitment or decision to be found (a fast pre-filter).
_TRIGGERS = frozenset(
    "will shall agreed agree agrees would going commit commits committed intend intends undertake "
    "undertakes pledge pledges plan plans aim aims resolved lead decision".split()
)


def _may_commit(vocab: frozenset[str]) -> bool:
    return bool(_TRIGGERS & vocab) or any(w.endswith("'ll") for w in vocab)


def passage_agency(
    text: str,
    spans: Iterable[tuple[int, int]] | None = None,
    *,
    lex: LanguageLexicon | None = None,
    use_orgs: bool = True,
    vocab: frozenset[str] | None = None,
) -> tuple[str | None, tuple[MarkerEvidence, ...]]:
    """Agency of a passage: ("collective"|"single"|"mixed"|None, evidence).

    Args:
        vocab: the passage's lower-case word set, when known (skips passages with no verb of
            commitment at once).
    """
    if vocab is not None and not _may_commit(vocab):
        return None, ()
    lex = lex or load_language()
    found: list[tuple[str, MarkerEvidence]] = []
    for s, e in spans if spans is not None else ((0, len(text)),):
        for c in _CLAUSE.finditer(text, s, e):
            start = c.start()
            # "the council will lead, but partners will fund it jointly": two clauses.
            for cut in _COORD.finditer(text, c.start(), c.end()):
                found += _clause_agency(text, start, cut.start(), lex, use_orgs)
                start = cut.end()
            found += _clause_agency(text, start, c.end(), lex, use_orgs)
    kinds = {k for k, _ in found}
    if not kinds:
        return None, ()
    label = "mixed" if len(kinds) > 1 else kinds.pop()
    return label, tuple(ev for _, ev in found)


def we_type(
    text: str,
    spans: Iterable[tuple[int, int]] | None = None,
    we_count: int = 0,
    *,
    lex: LanguageLexicon | None = None,
) -> tuple[str | None, tuple[MarkerEvidence, ...]]:
    """Inclusive or exclusive "we": the side with more explicit evidence; a tie is "unknown"."""
    if we_count == 0:
        return None, ()
    lex = lex or load_language()
    ev: list[MarkerEvidence] = []
    for s, e in spans if spans is not None else ((0, len(text)),):
        ev += [
            MarkerEvidence("inclusive", m.group(), m.start(), m.end())
            for m in lex.we_inclusive.finditer(text, s, e)
        ]
        ev += [
            MarkerEvidence("exclusive", m.group(), m.start(), m.end())
            for m in lex.we_exclusive.finditer(text, s, e)
        ]
    inc = sum(1 for x in ev if x.marker == "inclusive")
    exc = len(ev) - inc
    label = "inclusive" if inc > exc else "exclusive" if exc > inc else "unknown"
    return label, tuple(sorted(ev, key=lambda x: x.start))
