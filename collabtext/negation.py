"""Negation, "barrier overcome", cancelling and hedging cues, and the token scope of each.

Scope rule (documented in lexicons/README.md): a forward cue covers the tokens after it up to the
next clause boundary (punctuation , ; : . ! ? ( ) dashes, a line break, or a contrastive or
subordinating word such as *but*, *although*, *because*, *which*), at most ``MAX_SCOPE`` tokens.
A backward cue ("trust *is lacking*", "the silos *have been broken down*") covers the tokens before
it back to the previous boundary, at most ``MAX_SCOPE`` tokens. A hedge ("where possible",
"explore whether", "could") covers its whole clause, both ways. A label whose first token lies in
a scope takes that scope's effect. Lexicon files may add cues under ``cues:`` with the same names.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import IS_SPACE, LOWER
from spacy.tokens import Doc

MAX_SCOPE = 8
# "ended the old problem of referrals going missing between two offices": overcome reaches further.
MAX_SCOPE_BY_CUE = {"overcome": 14, "hedge": 12, "negation": 6}

DEFAULT_CUES: dict[str, tuple[str, ...]] = {
    # Forward negation: the topic stays, enablers flip to barriers, ways of working drop.
    "negation": (
        "no",
        "not",
        "never",
        "nor",
        "neither",
        "none",
        "nobody",
        "lack of",
        "lack",
        "lacks",
        "lacked",
        "lacking",
        "a lack of",
        "absence of",
        "absent",
        "without",
        "still no",
        "failed to",
        "fail to",
        "fails to",
        "failure to",
        "little",
        "barriers to",
        "barrier to",
        "obstacles to",
        "insufficient",
        "limited",
        "poor",
        "unable to",
        "inability to",
        "cannot",
        "can't",
        "could not",
        "couldn't",
        "did not",
        "didn't",
        "does not",
        "doesn't",
        "do not",
        "don't",
        "is not",
        "isn't",
        "are not",
        "aren't",
        "was not",
        "wasn't",
        "were not",
        "has not",
        "hasn't",
        "have not",
        "haven't",
        "will not",
        "won't",
        "difficult to",
        "difficulty",
        "difficulties",
        "struggle to",
        "struggled to",
        "struggling to",
        "hard to",
        "reluctant to",
        "reluctance to",
        "unwilling to",
        "loss of",
        "lost",
        "breakdown in",
        "breakdown of",
        "erosion of",
        "weak",
        "weaker",
        "undermine",
        "undermined",
        "undermining",
        "absence",
        "gaps in",
        "gap in",
        "too little",
        "too few",
        "few",
        "inadequate",
        "missing",
        "unclear",
        "no clear",
        "no shared",
        "no common",
        "no agreed",
        "problems with",
        "issues with",
        "challenges in",
        "challenge of",
        "challenges of",
        "hindered",
        "hampered",
        "held back",
        "got in the way of",
        "gets in the way of",
        "frustrated",
        "undermines",
        "threatens",
        "threat to",
        "at risk",
        "risk to",
        "stalled",
        "delayed",
        "slow",
        "slower",
        "gap in",
        "reduced",
        "reduction in",
        "cuts to",
        "cut in",
        "withdrawal of",
        "withdrawn",
        "collapse of",
        "collapsed",
        # Paraphrased absence: "staff barely spoke to each other", "has yet to agree a vision".
        "barely",
        "hardly",
        "scarcely",
        "rarely",
        "seldom",
        "yet to",
        "no one",
        "no-one",
    ),
    # Backward negation: "trust is lacking".
    "post_negation": (
        "is lacking",
        "are lacking",
        "was lacking",
        "is missing",
        "are missing",
        "was missing",
        "has broken down",
        "have broken down",
        "had broken down",
        "is absent",
        "are absent",
        "remains unclear",
        "remain unclear",
        "is unclear",
        "are unclear",
        "was lost",
        "has been lost",
        "have been lost",
        "has stalled",
        "have stalled",
        "has lapsed",
        "is weak",
        "are weak",
        "was weak",
        "was patchy",
        "is patchy",
        "were patchy",
        "was inconsistent",
        "is inconsistent",
        "was variable",
        "is variable",
        "was limited",
        "is limited",
        "was poor",
        "is poor",
        "impossible",
        "was difficult",
        "is difficult",
        "not possible",
        "was absent",
        "fell away",
        "has declined",
    ),
    # Forward "overcome": the barrier named and the enabler that overcame it.
    "overcome": (
        "overcome",
        "overcame",
        "overcoming",
        # Cues match on lemma, so a bare "ended" would also fire on the noun "end" ("by the end of
        # the grant") and on "end up"; only verb uses with an object or an auxiliary count.
        "ended the",
        "has ended",
        "have ended",
        "had ended",
        "end the",
        "put an end to",
        "resolved",
        "resolve",
        "solved",
        "solve",
        "removed",
        "remove",
        "removing",
        "tackled",
        "tackle",
        "tackling",
        "addressed",
        "broke down",
        "break down",
        "breaking down",
        "broken down",
        "no longer",
        "got rid of",
        "eliminated",
        "eliminate",
        "fixed",
        "cut through",
        "moved beyond",
        "replaced",
        "turned around",
        "put behind",
        "moved on from",
        "got past",
    ),
    # Backward "overcome": "the silos have been broken down".
    "post_overcome": (
        "has been overcome",
        "have been overcome",
        "was overcome",
        "were overcome",
        "has been resolved",
        "have been resolved",
        "was resolved",
        "were resolved",
        "has been removed",
        "have been removed",
        "have been broken down",
        "has been broken down",
        "is no longer a problem",
        "are no longer a problem",
        "is a thing of the past",
        "are a thing of the past",
        "has been tackled",
        "have been tackled",
        # "the row over who leads had been settled", "visits turned that around"
        "has been settled",
        "had been settled",
        "was settled",
        "turned that around",
        "turned it around",
        "turned things around",
        "is behind us",
        "are behind us",
    ),
    # Backward hedge: "Partners will work together ... wherever possible".
    "post_hedge": (
        "where possible",
        "wherever possible",
        "where appropriate",
        "where feasible",
        "as far as possible",
        "if possible",
        "in principle",
        "over time",
        "in due course",
        "when resources allow",
        "if funding allows",
        "subject to funding",
        "subject to resources",
    ),
    # Cancel: neither barrier nor enabler ("not aware of any barriers").
    "cancel": (
        "not aware of any",
        "unaware of any",
        "no concerns about",
        "no issues with",
        "no problems with",
        "no evidence of any",
        "no obstacles",
        "no barriers",
        "no significant barriers",
        "no major barriers",
    ),
    # Hedge: not a commitment, so it does not set the power-spectrum level.
    "hedge": (
        "if",
        "whether",
        "could",
        "might",
        "would like",
        "explore",
        "exploring",
        "explore whether",
        "consider whether",
        "considering whether",
        "possibility of",
        "potential",
        "in principle",
        "hope to",
        "hoped",
        "before any",
        "could still",
        "would be",
        "asked whether",
        "look at whether",
        "one day",
        "need to",
        "needs to",
        "we need",
        "should",
        "must",
        "ought to",
        "aim to",
        "aims to",
        "aspire",
        "aspiration",
        "want to",
        "wants to",
        "would",
        "hope",
        "hopes",
        "hoping",
        "ambition to",
        "intend to explore",
        "look into",
        "looking into",
        "investigate",
        "scope out",
        "scoping",
        "consider",
        "considering",
        "opportunities to",
        "opportunity to",
        "seek to",
        "seeking to",
        "try to",
        "where possible",
        "where appropriate",
        "in principle",
        "proposal to",
        "proposed",
        "suggested",
        "suggestion",
        "unless",
        "contemplate",
        "seek to maximise",
        "contemplating",
        "wondered",
        "imagine",
        "ideally",
        "perhaps",
        "maybe",
        "thinking about",
        "would love to",
        "keen to explore",
        "open to",
        "in the longer term we may",
    ),
}

BOUNDARY_WORDS = (
    ",",
    ";",
    ":",
    ".",
    "!",
    "?",
    "(",
    ")",
    "–",
    "—",
    '"',
    "“",
    "”",
    "but",
    "although",
    "though",
    "whereas",
    "while",
    "however",
    "because",
    "unless",
    "yet",
    "which",
    "who",
    "until",
    "so",
    "since",
    "instead",
    "rather",
)

# Words after which an activity word is used as a verb ("will fund", "have trained", "to run").
VERB_BEFORE = (
    "will",
    "shall",
    "would",
    "to",
    "have",
    "has",
    "had",
    "'ve",
    "'ll",
    "now",
    "also",
    "jointly",
    "together",
    "both",
    "all",
    "each",
    "was",
    "were",
    "been",
    "is",
    "are",
    "then",
    "already",
    "successfully",
    "and",
    "who",
    "we",
    "they",
    "partners",
    "agencies",
    "organisations",
    "services",
    "bodies",
    "councils",
)

FORWARD = ("negation", "overcome", "cancel", "hedge")
BACKWARD = {"post_negation": "negation", "post_overcome": "overcome", "post_hedge": "hedge"}


@dataclass(frozen=True, slots=True)
class Scopes:
    """Per-token flags over one doc: which tokens lie in each kind of scope."""

    negation: np.ndarray
    overcome: np.ndarray
    cancel: np.ndarray
    hedge: np.ndarray
    # Token follows an auxiliary, modal or "to" ("will deliver", "have run", "to fund"): a verb,
    # not a noun ("the funding", "joint training"), so it can describe what is done.
    verbal: np.ndarray | None = None

    def at(self, i: int) -> tuple[bool, bool, bool, bool]:
        return (
            bool(self.negation[i]),
            bool(self.overcome[i]),
            bool(self.cancel[i]),
            bool(self.hedge[i]),
        )


def boundaries(doc: Doc) -> np.ndarray:
    """Sorted token indices that end a clause."""
    strings = doc.vocab.strings
    hashes = np.array([strings.add(w) for w in BOUNDARY_WORDS], dtype=np.uint64)
    arr = doc.to_array([LOWER, IS_SPACE])
    is_b = np.isin(arr[:, 0], hashes) | (arr[:, 1] > 0)
    # "yet" joins clauses ("..., yet partners disagree") but is an adverb after a negator: "have
    # not yet agreed" is one negated clause
    neg = np.array([strings.add(w) for w in ("not", "n't", "never")], dtype=np.uint64)
    for i in np.flatnonzero(arr[:, 0] == strings.add("yet")).tolist():
        if any(i - k >= 0 and arr[i - k, 0] in neg for k in (1, 2)):
            is_b[i] = False
    return np.flatnonzero(is_b)


def compute_scopes(doc: Doc, cues: list[tuple[str, int, int]]) -> Scopes:
    """Fill scope flags from cue matches ``(name, start, end)`` (token offsets)."""
    n = len(doc)
    flags = {k: np.zeros(n + 1, dtype=bool) for k in FORWARD}
    verbal = _verbal(doc)
    if not cues:
        return Scopes(**flags, verbal=verbal)
    bnd = boundaries(doc)
    commits = [e for name, _, e in cues if name == "commitment"]
    for name, s, e in cues:
        if name == "hedge" and _reported_would(doc, s, e, commits):
            continue
        if name in flags:
            i = int(np.searchsorted(bnd, e))
            stop = int(bnd[i]) if i < len(bnd) else n
            flags[name][e : min(stop, e + MAX_SCOPE_BY_CUE.get(name, MAX_SCOPE))] = True
        elif name in BACKWARD:
            i = int(np.searchsorted(bnd, s)) - 1
            begin = int(bnd[i]) + 1 if i >= 0 else 0
            back = 14 if name == "post_hedge" else MAX_SCOPE
            flags[BACKWARD[name]][max(begin, s - back) : s] = True
    return Scopes(**flags, verbal=verbal)


# "Members agreed that the three bodies would each pay a third": minutes English for a decision,
# so a bare "would" this many tokens after a ``commitment`` cue ("agreed that") hedges nothing.
REPORTED_WOULD = 14


def _reported_would(doc: Doc, s: int, e: int, commits: list[int]) -> bool:
    return (
        e - s == 1
        and doc[s].lower_ == "would"
        and any(0 <= s - c <= REPORTED_WOULD for c in commits)
    )


def _verbal(doc: Doc) -> np.ndarray:
    """Per token: does the previous token make it a verb (see VERB_BEFORE)?"""
    n = len(doc)
    out = np.zeros(n + 1, dtype=bool)
    if n < 2:
        return out
    strings = doc.vocab.strings
    hashes = np.array([strings.add(w) for w in VERB_BEFORE], dtype=np.uint64)
    low = doc.to_array([LOWER]).reshape(-1)
    out[1:n] = np.isin(low[:-1], hashes)
    return out
