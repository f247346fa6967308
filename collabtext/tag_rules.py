"""From the hits in one passage to labels and evidence: overlaps, negation, overcome, power.

Order of work: exclusions remove hits; within each framework the longest overlapping hit wins;
each hit's scope flags (negation, overcome, cancel, hedge) decide what it emits; power_spectrum
and the collaboration way of working are decided by ``power.decide``; single frameworks take the
category with the highest summed weight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import power
from .lexicon import Lexicon
from .negation import Scopes
from .records import Evidence
from .tag_match import Hit

POWER = "power_spectrum"
WOW = "ways_of_working"
WOW_COLLAB = "collaboration"
# Cue categories (power_spectrum.yaml ``cues:``) the power rules read: organisation words, and
# the generic activity verbs that with two parties make cooperation (``_joint_activity``).
PARTY_CUES = frozenset(("party", "plural_party"))
ACTIVITY_CUE = "activity"


def rules_may_label(hits: list[Hit]) -> bool:
    """Can the rules give a label with no category hit? Only from an activity verb with an
    organisation word ("the council and the police will run ..."); ``Tagger`` skips the rest."""
    cats = {h.category for h in hits if h.kind == "cue"}
    return ACTIVITY_CUE in cats and not cats.isdisjoint(PARTY_CUES)


def inside_names(hits: list[Hit]) -> list[Hit]:
    """Drop category hits inside an organisation's proper name ("Resources" in "Natural Resources
    Wales", "Trust" in "Hywel Dda NHS Trust"): names are cues for counting parties, not topics."""
    names = [
        h
        for h in hits
        if h.kind == "cue"
        and h.category == "party"
        and h.text[:1].isupper()
        and h.end - h.start > 1
    ]
    if not names:
        return hits
    return [
        h
        for h in hits
        if h.kind != "cat"
        or not any(
            n.start <= h.start and h.end <= n.end and (n.start, n.end) != (h.start, h.end)
            for n in names
        )
    ]


def drop_excluded(hits: list[Hit]) -> list[Hit]:
    hits = inside_names(hits)
    excl = [h for h in hits if h.kind == "excl"]
    if not excl:
        return [h for h in hits if h.kind != "excl"]
    out = []
    for h in hits:
        if h.kind == "excl":
            continue
        if h.kind == "cat" and any(
            x.framework == h.framework
            and x.category == h.category
            and x.start <= h.start
            and h.end <= x.end
            for x in excl
        ):
            continue
        out.append(h)
    return out


def longest_per_framework(hits: list[Hit]) -> list[Hit]:
    """Within a framework keep the longest of overlapping hits; identical spans all stay."""
    by_fw: dict[str, list[Hit]] = {}
    out = [h for h in hits if h.kind == "cue"]  # cues are not labels: they all stay
    for h in hits:
        if h.kind != "cue":
            by_fw.setdefault(h.framework, []).append(h)
    for fw_hits in by_fw.values():
        fw_hits.sort(key=lambda h: (-(h.end - h.start), h.start))
        kept: list[Hit] = []
        for h in fw_hits:
            if all(
                h.end <= k.start or h.start >= k.end or (h.start, h.end) == (k.start, k.end)
                for k in kept
            ):
                kept.append(h)
        out.extend(kept)
    out.sort(key=lambda h: h.start)
    return out


class Emitter:
    """Collects evidence for one passage; offsets are mapped back to the passage text."""

    def __init__(self, lexicon: Lexicon, to_passage: Callable[[int], int]) -> None:
        self.lex = lexicon
        self.to_passage = to_passage
        self.evidence: list[Evidence] = []

    def add(
        self,
        h: Hit,
        category: str,
        negated: bool = False,
        overcome: bool = False,
        source: str = "lexicon",
        framework: str | None = None,
    ) -> Evidence:
        fw = framework or h.framework
        cat = self.lex.frameworks[fw].categories.get(category)
        e = Evidence(
            fw,
            category,
            h.text,
            self.to_passage(h.cstart),
            self.to_passage(h.cstart) + len(h.text),
            negated,
            cat.weight if cat else 1.0,
            source,
            overcome,
        )
        self.evidence.append(e)
        return e


def emit_hit(em: Emitter, h: Hit, flags: tuple[bool, bool, bool, bool]) -> None:
    """Emit what one category hit means given its scope flags."""
    neg, over, cancel, hedge = flags
    cat = em.lex.frameworks[h.framework].categories[h.category]
    mode = cat.on_negation
    if cancel and mode != "keep":
        return
    if (
        hedge and mode == "flip" and not neg
    ):  # an enabler only hoped for or explored is not there yet
        return
    if over and cat.overcome_as:  # "ended the old problem of separate offices": barrier + enabler
        em.add(h, h.category, overcome=True)
        em.add(h, cat.overcome_as, overcome=True)
        return
    cid = h.category
    if neg:
        if mode == "drop":
            return
        if mode == "flip":
            cid = cat.negated_as or cid
    target = em.lex.frameworks[h.framework].categories[cid]
    if over and target.overcome_as:
        em.add(h, cid, negated=neg, overcome=True)
        em.add(h, target.overcome_as, overcome=True)
        return
    em.add(h, cid, negated=neg)


def decide_labels(
    lex: Lexicon, hits: list[Hit], scopes: Scopes, em: Emitter, parties: Callable[[], bool]
) -> dict[str, Any]:
    """Labels for one passage (multi frameworks as sorted tuples, single as id or None)."""
    power_hits = []
    acts: list[Hit] = []
    cue_hits = [h for h in hits if h.kind == "cue"]
    for h in hits:
        if h.kind != "cat" or h.framework not in lex.frameworks:
            continue
        cat = lex.frameworks[h.framework].categories[h.category]
        if cat.requires and not _required_cue(h, cat.requires, cue_hits):
            continue
        flags = scopes.at(h.start)
        if h.framework == POWER:
            if h.category.endswith(ACTIVITY):
                acts.append(h)  # shared-activity words: only with parties (_joint_activity)
            elif not flags[0] and not flags[3]:
                power_hits.append(h)  # hedged or negated arrangements set no level
            continue
        if h.framework == WOW and lex.frameworks[WOW].rollup(h.category) == WOW_COLLAB:
            continue  # decided from the power level below
        emit_hit(em, h, flags)
    labels: dict[str, Any] = {}
    cues = [h for h in hits if h.kind == "cue"]
    citizens = [h for h in cues if h.category == "citizen"]
    orgs = [h for h in cues if h.category in PARTY_CUES]
    dec = power.decide(power_hits, 0, citizens, orgs) if POWER in lex.frameworks else None
    if dec is not None and dec.level in RAISABLE:
        # Shared-activity words name what is done together more exactly than a generic level
        # term ("work with ... one team between them"), so a higher level they give wins; the
        # generic verb fallback only fills a passage with no level term at all. Coordination
        # terms ("each keeps its own budget") say resources stay apart, so they are not raised.
        act = _joint_activity(hits, acts, scopes, orgs, parties, generic=dec.level is None)
        if act is not None and power.LEVELS[act.level or ""] > power.LEVELS.get(dec.level or "", 0):
            dec = act
    if dec is not None:
        for h in dec.evidence:
            em.add(h, h.category, source="rule")
    for fid, fw in lex.frameworks.items():
        if fid == POWER:
            labels[fid] = dec.level if dec else None
            continue
        ev = [e for e in em.evidence if e.framework == fid]
        if fw.kind == "single":
            scores: dict[str, float] = {}
            for e in ev:
                if not e.negated:
                    r = fw.rollup(e.category)
                    scores[r] = scores.get(r, 0.0) + e.score
            labels[fid] = max(scores, key=lambda k: (scores[k], k)) if scores else None
        else:
            labels[fid] = tuple(sorted({fw.rollup(e.category) for e in ev}))
    if dec is not None and WOW in lex.frameworks:
        _wow_collaboration(lex, dec, labels, em, parties)
        _citizen_work(lex, dec, labels, em, bool(citizens))
    return labels


def _required_cue(h: Hit, required: tuple[str, ...], cues: list[Hit]) -> bool:
    """Is a cue of a required kind in the passage outside the hit itself? In "the Board will
    provide a youth worker" the worker is the resource given, not a second party."""
    return any(c.category in required and (c.end <= h.start or c.start >= h.end) for c in cues)


CITIZEN_THEME = ("themes", "service_user_perspective")
CITIZEN_WAY = (WOW, "involvement")


def _citizen_work(
    lex: Lexicon,
    dec: power.PowerDecision,
    labels: dict[str, Any],
    em: Emitter,
    people_named: bool = True,
) -> None:
    """Asking residents for their views, or letting them decide, is involvement (FORMAT.md:
    working with citizens is involvement), and gives the service user's perspective a voice when
    the passage says whose views (residents, young people, carers): "approve the consultation
    timeline" is a consultation, but nobody's perspective."""
    if (
        not dec.level
        or not dec.citizen_only
        or power.LEVELS[dec.level] < power.LEVELS["consultation"]
    ):
        return
    for fw, cid in (CITIZEN_THEME, CITIZEN_WAY) if people_named else (CITIZEN_WAY,):
        if fw in lex.frameworks and cid in lex.frameworks[fw].categories:
            labels[fw] = tuple(sorted(set(labels[fw]) | {cid}))
            em.add(dec.evidence[0], cid, source="rule", framework=fw)


# Levels a shared-activity word may raise: none, and the generic ones (competition alongside a
# joint future; cooperation from "work with", "partnership with").
RAISABLE = (None, "competition", "cooperation")
ACTIVITY = ".activity"  # power sub-categories of shared-activity words (power_spectrum.yaml)
ACT_NEAR = 20  # tokens between a shared-activity word and the nearest organisation word


def _joint_activity(
    hits: list[Hit],
    acts: list[Hit],
    scopes: Scopes,
    orgs: list[Hit],
    has_we: Callable[[], bool],
    generic: bool = True,
) -> power.PowerDecision | None:
    """Two or more parties doing something together with no level term of its own.

    A shared-activity word (``<level>.activity`` in power_spectrum.yaml) near an organisation word
    sets the level its kind suggests: passing on information is coordination, lending staff
    cooperation, one manager collaboration. Failing that, a generic activity verb ("will run",
    "the council and the charity fund") is cooperation, the middle of the joint levels. Words in
    a hedge or negation scope say nothing is committed, so they count for nothing ("it was agreed
    that X would ..." opens no hedge scope: ``negation.compute_scopes`` reads it as a decision).
    """
    if not orgs:
        return None
    n_parties = power.distinct_parties(orgs, has_we())
    # One named body "working together" across its parts: a mutual word near the activity
    # stands for the second party (checked once the activity is found).
    mutual = sorted(
        h.start
        for h in hits
        if h.kind == "cue" and h.category == "mutual" and not scopes.hedge[h.start]
    )
    if n_parties < 2 and not (n_parties == 1 and mutual):
        return None
    starts = sorted(o.start for o in orgs)
    best: Hit | None = None
    for h in acts:
        if scopes.negation[h.start] or scopes.hedge[h.start]:
            continue
        if not power.near(h.start, starts, ACT_NEAR) and not power.near(h.end, starts, ACT_NEAR):
            continue
        if best is None or power.level_of(h.category) > power.level_of(best.category):
            best = h
    src = best
    if src is None and generic:
        src = next(
            (
                h
                for h in hits
                if h.kind == "cue"
                and h.category == ACTIVITY_CUE
                and not (scopes.negation[h.start] or scopes.hedge[h.start])
                and _verb_use(h, scopes, orgs)
            ),
            None,
        )
    if src is None:
        return None
    if n_parties < 2:
        if not power.near(src.start, mutual):
            return None
        n_parties = 2
    level = src.category.split(".")[0] if best is not None else "cooperation"
    ev = Hit("cat", POWER, level, src.start, src.end, src.cstart, src.cend, src.text)
    return power.PowerDecision(level, (ev,), False, n_parties)


def _verb_use(h: Hit, scopes: Scopes, orgs: list[Hit]) -> bool:
    """An activity word counts only as a verb: after a modal/auxiliary/"to", or right after an
    organisation ("the council and the health board run ...");
    "the funding", "joint training" or "a pilot" describe no activity by themselves."""
    if scopes.verbal is not None and scopes.verbal[h.start]:
        return True
    return any(0 <= h.start - o.end <= 1 for o in orgs)


def _wow_collaboration(
    lex: Lexicon,
    dec: power.PowerDecision,
    labels: dict[str, Any],
    em: Emitter,
    parties: Callable[[], int],
) -> None:
    """Collaboration way of working: joint work between organisations at coordination or above."""
    lvl = power.LEVELS.get(dec.level or "", 0)
    if lvl < power.LEVELS["coordination"] or dec.citizen_only:
        return
    labels[WOW] = tuple(sorted(set(labels[WOW]) | {WOW_COLLAB}))
    for h in dec.evidence[:1]:
        em.add(h, WOW_COLLAB, source="rule", framework=WOW)
