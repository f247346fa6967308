"""Negation, "barrier overcome", cancelling and hedging cues, and the token scope of each.

Scope rule (documented in lexicons/README.md): a forward cue covers the tokens after it up to the
next clause boundary (punctuation , ; : . ! ? ( ) dashes, a line break, or a contrastive or
subordinating word such as *but*, *although*, *because*, *which*), at most ``MAX_SCOPE_BY_CUE``
tokens; a negation also stops at the next negation cue, which starts its own scope ("no budget and
no say"). A backward cue ("trust *is lacking*", "the silos *have been broken down*") covers the
clause before it (relative "who"/"which" do not end it), at most ``MAX_BACK`` tokens. A label
whose first token lies in a scope takes that scope's effect. Lexicon files may add cues under
``cues:`` with the same names.

Before scopes are marked: where cues of different kinds overlap the longest wins, on equal length
cancel > negation > overcome > hedge ("had broken down" negates; its "broken down" overcomes
nothing); a negator just before another negative cue cancels it ("should not be lost", "no lack
of trust"); "hard to overstate" is emphasis, not negation; a one-word modal after a reported
decision ("agreed that X could be released") and a proposal the sentence reports as decided
("proposed ..., and members agreed") hedge nothing; a modal in an embedded question ("who should
lead") hedges that question only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

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
    # A reported decision: "members agreed that the reserve could be released", "the proposal was
    # approved". A modal after one, or a proposal in the same sentence as one, is decided, not
    # hedged (see ``_lift_hedges``). Matched on lemma, so "agree" is also "agreed", "agrees".
    "decision": (
        "agree",
        "accept",
        "agreed that",
        "it was agreed",
        "approve",
        "endorse",
        "ratify",
        "decide",
        "decided that",
        "resolved that",
        "resolved to",
        "confirmed that",
        "signed off",
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

# Hedge cues with these words match on the lower-case form, not the lemma: the lookup lemma of
# "could" is "can", and "can" states what is possible or in place ("crews can now book"), which
# is no hedge. Negations keep the lemma, so "could not" still covers "cannot" and "can not".
SURFACE_HEDGE_WORDS = frozenset(("could",))

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
    return np.flatnonzero(_boundary_flags(doc)[0])


def _boundary_flags(doc: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per token: ends a clause; is a relative pronoun (who, which); ends a sentence."""
    strings = doc.vocab.strings
    hashes = np.array([strings.add(w) for w in BOUNDARY_WORDS], dtype=np.uint64)
    arr = doc.to_array([LOWER, IS_SPACE])
    low = arr[:, 0]
    is_b = np.isin(low, hashes) | (arr[:, 1] > 0)
    # "yet" joins clauses ("..., yet partners disagree") but is an adverb after a negator: "have
    # not yet agreed" is one negated clause
    neg = np.array([strings.add(w) for w in ("not", "n't", "never")], dtype=np.uint64)
    for i in np.flatnonzero(low == strings.add("yet")).tolist():
        if any(i - k >= 0 and low[i - k] in neg for k in (1, 2)):
            is_b[i] = False
    rel = np.isin(low, np.array([strings.add(w) for w in RELATIVE], dtype=np.uint64))
    sent = np.isin(low, np.array([strings.add(w) for w in ".!?"], dtype=np.uint64))
    sent |= arr[:, 1] > 0
    return is_b, rel, sent


# Kinds of cue whose scopes compete where their words overlap, and the family each belongs to.
FAMILY = {
    "negation": "negation",
    "post_negation": "negation",
    "overcome": "overcome",
    "post_overcome": "overcome",
    "cancel": "cancel",
    "hedge": "hedge",
    "post_hedge": "hedge",
    "decision": "decision",
}
# Where cues of different families overlap the longest wins; on equal length this order decides
# ("no barriers" cancels rather than negates; "had broken down" negates, it does not overcome).
PRIORITY = {"cancel": 4, "negation": 3, "overcome": 2, "decision": 1, "hedge": 0}
LONGEST_CUE = 8  # no cue phrase is longer than this many tokens (a search window, not a limit)

# A negator right before another negative cue cancels it: "should not be lost", "no lack of
# trust", "did not struggle to", "without difficulty". The negator then covers that cue only.
NEGATORS = frozenset(("no", "not", "n't", "never", "without", "cannot"))
DOUBLE_GAP = 2  # words allowed between the two ("is not really a barrier to"), only these:
DOUBLE_FILLERS = frozenset(
    "a an the any be been being have has had really necessarily always entirely too ever at all "
    "so much particularly real major significant great".split()
)

# "It is hard to overstate what the volunteers did", "cannot be underestimated": emphasis, not a
# negation (and the hedge before it, "it would be hard to overstate", hedges nothing).
EMPHATIC = ("overstat", "overestimat", "underestimat", "understat", "exaggerat", "overemphas")
EMPHATIC_REACH = 3

# Backward scopes cross relative clauses inside their subject: "the row over who should lead the
# hub had been settled" is about the row. Forward scopes still stop at them.
RELATIVE = ("who", "which")
# A backward cue covers the clause before it, at most this many tokens: "trust between the
# county council and health board staff had broken down" reaches back to "trust".
MAX_BACK = 14

# Reported decisions (``decision`` and ``commitment`` cues) make these one-word modal hedges
# commitments: "members agreed that the reserve could be released", "it was agreed that the
# police would refer callers". "Would like", "would be helpful", "explore" stay hedges.
REPORTED_MODALS = frozenset(("would", "could", "should", "may", "might", "must"))
REPORTED_WOULD = 14  # tokens from the end of the decision to the modal
DECISION_BLOCK = 3  # a hedge ending this close before a decision undoes it
PROPOSAL = ("propos", "suggest")  # "proposed ..., and members agreed": a proposal accepted
# Minutes often record the acceptance as a short sentence of its own: "The chair proposed a joint
# post. This was agreed." / "All members accepted them." At most this many tokens.
ACCEPTED_NEXT = 8
WH = frozenset(("who", "whom", "whose", "what", "which", "how", "where", "when"))
WH_REACH = 3  # "who should lead", "which organisation should pay", "how the partners could"
# "who should lead the hub had been settled": a modal in an embedded question hedges that
# question only, up to the main clause's verb.
AUXILIARIES = frozenset("is are was were has have had will 's 've".split())


def compute_scopes(doc: Doc, cues: list[tuple[str, int, int]]) -> Scopes:
    """Fill scope flags from cue matches ``(name, start, end)`` (token offsets).

    Order of work: overlapping cues of different kinds keep the longest (``_resolve_overlaps``);
    emphatic negations ("hard to overstate") and double negations ("not be lost") are removed;
    hedges that a reported decision makes commitments are lifted (``_lift_hedges``); then each
    remaining cue marks its scope: forward cues to the next clause boundary (a negation also to
    the next negation cue, which starts its own scope), backward cues to the previous one.
    """
    n = len(doc)
    flags = {k: np.zeros(n + 1, dtype=bool) for k in FORWARD}
    verbal = _verbal(doc)
    scoped = [c for c in cues if c[0] in FAMILY]
    if not scoped:
        return Scopes(**flags, verbal=verbal)
    commits = sorted((s, e) for name, s, e in cues if name == "commitment")
    is_b, rel, sent = _boundary_flags(doc)
    bnd = np.flatnonzero(is_b)
    back_bnd = np.flatnonzero(is_b & ~rel)
    sents = np.flatnonzero(sent)
    scoped = _resolve_overlaps(scoped)

    def lower(i: int) -> str:
        return doc[i].lower_

    def no_boundary(a: int, b: int, arr: np.ndarray = bnd) -> bool:
        """No boundary token in [a, b)."""
        k = int(np.searchsorted(arr, a))
        return k >= len(arr) or int(arr[k]) >= b

    scoped = _drop_emphatic(scoped, lower, n)
    scoped, stop_at = _double_negation(scoped, lower)
    decisions = sorted(
        [(s, e) for name, s, e in scoped if name == "decision"] + commits, key=lambda x: x[0]
    )
    scoped = _lift_hedges(doc, scoped, decisions, lower, no_boundary, bnd, sents, n)
    neg_starts = np.array(sorted(s for name, s, _ in scoped if name == "negation"), dtype=np.int64)
    for name, s, e in scoped:
        if name in flags:
            i = int(np.searchsorted(bnd, e))
            stop = min(
                int(bnd[i]) if i < len(bnd) else n, e + MAX_SCOPE_BY_CUE.get(name, MAX_SCOPE)
            )
            if name == "negation":
                # "no budget and no power to decide": the second "no" starts its own scope
                k = int(np.searchsorted(neg_starts, e))
                if k < len(neg_starts):
                    stop = min(stop, int(neg_starts[k]))
                stop = min(stop, stop_at.get((s, e), stop))
            elif name == "hedge":
                stop = min(stop, _embedded_question_end(doc, s, e, lower, stop))
            flags[name][e:stop] = True
        elif name in BACKWARD:
            i = int(np.searchsorted(back_bnd, s)) - 1
            begin = int(back_bnd[i]) + 1 if i >= 0 else 0
            flags[BACKWARD[name]][max(begin, s - MAX_BACK) : s] = True
    return Scopes(**flags, verbal=verbal)


def _resolve_overlaps(cues: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop a cue that overlaps a longer cue of another family (or an equally long one of a
    higher ``PRIORITY``): "had broken down" is a negation, so its "broken down" overcomes nothing;
    "could not" negates, its "could" hedges nothing. Cues of one family all stay."""
    cues = sorted(set(cues), key=lambda c: (c[1], c[2]))
    starts = [c[1] for c in cues]
    out = []
    for j, (name, s, e) in enumerate(cues):
        fam = FAMILY[name]
        rank = (e - s, PRIORITY[fam])
        lo = bisect_left(starts, s - LONGEST_CUE)
        hi = bisect_left(starts, e)
        if not any(
            FAMILY[c[0]] != fam and c[2] > s and (c[2] - c[1], PRIORITY[FAMILY[c[0]]]) > rank
            for c in cues[lo:hi]
            if c is not cues[j]
        ):
            out.append((name, s, e))
    return out


def _drop_emphatic(
    cues: list[tuple[str, int, int]], lower: Any, n: int
) -> list[tuple[str, int, int]]:
    """Remove negations followed by an "overstate" verb, and hedges just before them."""

    def emphatic(e: int) -> bool:
        return any(lower(i).startswith(EMPHATIC) for i in range(e, min(n, e + EMPHATIC_REACH)))

    emph = sorted(s for name, s, e in cues if FAMILY[name] == "negation" and emphatic(e))
    if not emph:
        return cues
    out = []
    for name, s, e in cues:
        fam = FAMILY[name]
        if fam == "negation" and emphatic(e):
            continue
        k = bisect_left(emph, e)
        if fam == "hedge" and k < len(emph) and emph[k] - e <= EMPHATIC_REACH:
            continue  # "it would be hard to overstate"
        out.append((name, s, e))
    return out


def _double_negation(
    cues: list[tuple[str, int, int]], lower: Any
) -> tuple[list[tuple[str, int, int]], dict[tuple[int, int], int]]:
    """Cancel a negative cue that a negator just before it negates ("should not be lost", "no
    lack of trust"); the negator then covers that cue's own words and no more. Returns the cues
    left and, per negator (start, end), where its scope stops."""
    negs = sorted((e, s) for name, s, e in cues if name == "negation" and lower(e - 1) in NEGATORS)
    if not negs:
        return cues, {}
    ends = [b for b, _a in negs]
    stop_at: dict[tuple[int, int], int] = {}
    out = []
    for name, s, e in cues:
        if FAMILY[name] == "negation" and not (e - s == 1 and lower(s) in NEGATORS):
            # (a negator repeated over a list negates each item: "no budget and no power")
            by = [
                (a, b)
                for b, a in negs[bisect_left(ends, s - DOUBLE_GAP) : bisect_right(ends, s)]
                if all(lower(i) in DOUBLE_FILLERS for i in range(b, s))
            ]
            if by:
                for a, b in by:
                    stop_at[(a, b)] = max(stop_at.get((a, b), b), e)
                continue
        out.append((name, s, e))
    return out, stop_at


def _lift_hedges(
    doc: Doc,
    cues: list[tuple[str, int, int]],
    decisions: list[tuple[int, int]],
    lower: Any,
    no_boundary: Any,
    bnd: np.ndarray,
    sents: np.ndarray,
    n: int,
) -> list[tuple[str, int, int]]:
    """Drop hedge cues that hedge nothing: a modal after a reported decision in its sentence
    ("members agreed that the reserve could be released"), a proposal the same sentence reports
    as decided ("the chair proposed a joint post, and members agreed"; "members approved the
    proposed post"), and "May" the month (cues match on lemma, and "might" has the lemma "may")."""
    if not decisions and not any(name == "hedge" for name, _s, _e in cues):
        return cues
    # A decision counts unless hedged just before it ("if partners agree", "could approve"). A
    # negated one ("did not agree") still reports a decision about the arrangement (FORMAT.md:
    # its level counts even if it is blocked); the negation's own scope covers what it negates.
    blocked = sorted(e for name, _s, e in cues if name == "hedge")

    def is_blocked(s: int) -> bool:
        lo, hi = bisect_left(blocked, s - DECISION_BLOCK), bisect_right(blocked, s)
        return any(no_boundary(b, s) for b in blocked[lo:hi])

    valid = [(s, e) for s, e in decisions if not is_blocked(s)]
    v_ends = sorted(e for _s, e in valid)
    v_starts = sorted(s for s, _e in valid)

    def same_sentence(a: int, b: int) -> bool:
        k = int(np.searchsorted(sents, a))
        return k >= len(sents) or int(sents[k]) >= b

    def decided_before(s: int, within: int) -> bool:
        """A valid decision ends at most ``within`` tokens before ``s``, in its sentence (the
        latest such end is the only one to check: sentences do not interleave)."""
        k = bisect_right(v_ends, s) - 1
        return k >= 0 and s - v_ends[k] <= within and same_sentence(v_ends[k], s)

    def accepted_next(e: int) -> bool:
        """A valid decision opens a short sentence right after the one ending after ``e``."""
        k = int(np.searchsorted(sents, e))
        if k >= len(sents):
            return False
        start = int(sents[k]) + 1
        while k + 1 < len(sents) and int(sents[k + 1]) == start:  # ". \n": one boundary
            k, start = k + 1, start + 1
        end = int(sents[k + 1]) if k + 1 < len(sents) else n
        j = bisect_left(v_starts, start)
        return end - start <= ACCEPTED_NEXT and j < len(v_starts) and v_starts[j] < end

    out = []
    for name, s, e in cues:
        if name == "hedge":
            if e - s == 1 and doc[s].text == "May":
                continue
            if e - s == 1 and lower(s) in REPORTED_MODALS and decided_before(s, REPORTED_WOULD):
                continue
            if lower(s).startswith(PROPOSAL):
                # accepted before ("approved the proposed post") or after the proposal's clause
                i = int(np.searchsorted(bnd, e))
                scope_end = int(bnd[i]) if i < len(bnd) else n
                k = bisect_left(v_starts, scope_end)
                if decided_before(s, n) or (k < len(v_starts) and same_sentence(e, v_starts[k])):
                    continue
                if accepted_next(e):
                    continue
        out.append((name, s, e))
    return out


def _embedded_question_end(doc: Doc, s: int, e: int, lower: Any, stop: int) -> int:
    """Where a modal hedge right after a wh-word ends: at the main clause's auxiliary ("who
    should lead the hub | had been settled"); elsewhere the usual stop."""
    if e - s != 1 or lower(s) not in REPORTED_MODALS:
        return stop
    # the wh-word right before the modal or before its subject ("which organisation should pay")
    if not any(
        lower(i) in WH and all(lower(j).isalpha() and lower(j) not in WH for j in range(i + 1, s))
        for i in range(max(0, s - WH_REACH), s)
    ):
        return stop
    for i in range(e, stop):
        if lower(i) in AUXILIARIES:
            return i
    return stop


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
