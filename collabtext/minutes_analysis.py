"""Per-item labels and we/I from the tagging and scoring stages; speakers; the meeting summary.

The stages are imported lazily: the minutes view still works (with empty labels) where one is not
installed, and uses each as soon as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .minutes_model import Action, Attendee, Item
from .records import Passage

_LEVELS = ("competition", "consultation", "coordination", "cooperation", "collaboration")
_COLLAB_LEVELS = {"coordination", "cooperation", "collaboration"}


def item_passage(item_id: str, text: str) -> Passage:
    """A passage of the item's text with language per sentence (taggers then skip Welsh)."""
    try:
        from .lang import passage_from_text

        p = passage_from_text(text, id=item_id)
        return p
    except Exception:  # noqa: BLE001 - lang is optional here
        return Passage(id=item_id, text=text)


def default_tagger() -> Any:
    try:
        from .tag import get_tagger

        return get_tagger()
    except Exception:  # noqa: BLE001 - no lexicons or no tag module: labels stay empty
        return None


def default_scorer() -> Any:
    try:
        from .score import Scorer

        return Scorer()
    except Exception:  # noqa: BLE001
        return None


def _aggregate(labels: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fw, v in labels.items():
        if isinstance(v, (tuple, list)):
            out[fw] = sorted(set(v))
        else:
            out[fw] = v
    return out


def label_item(passage: Passage, tagger: Any, scorer: Any) -> tuple[dict[str, Any], int, int]:
    """Return (labels, we, i) for one item's passage."""
    labels: dict[str, Any] = {}
    we = i = 0
    if tagger is not None and passage.text.strip():
        try:
            tp = tagger.tag_passage(passage)
            labels = _aggregate(dict(tp.labels))
        except Exception:  # noqa: BLE001 - a tagging failure must not lose the minutes
            labels = {}
    if scorer is not None and passage.text.strip():
        try:
            sc = scorer.score_passage(passage)
            we, i = int(sc.we), int(sc.i)
        except Exception:  # noqa: BLE001
            pass
    return labels, we, i


def label_from_passages(
    ids: tuple[str, ...], tags: Any, scores: Any
) -> tuple[dict[str, Any], int, int] | None:
    """Labels and we/I of an item from the document's own tagging and scoring of its passages.

    Reusing the stages' results (multi labels united, the highest power level, the commonest
    life-cycle stage) avoids tagging the same words twice. None when a passage is not covered.
    """
    if not ids or any(pid not in tags for pid in ids):
        return None
    multi: dict[str, set[str]] = {}
    single: dict[str, list[str]] = {}
    for pid in ids:
        for fw, v in tags[pid].labels.items():
            if isinstance(v, (tuple, list)):
                multi.setdefault(fw, set()).update(v)
            else:
                single.setdefault(fw, [])
                if v is not None:
                    single[fw].append(v)
    labels: dict[str, Any] = {fw: sorted(v) for fw, v in multi.items()}
    for fw, vals in single.items():
        if fw == "power_spectrum":
            labels[fw] = max(vals, key=_LEVELS.index, default=None) if vals else None
        else:
            labels[fw] = Counter(vals).most_common(1)[0][0] if vals else None
    we = sum(int(scores[pid].we) for pid in ids if pid in scores)
    i = sum(int(scores[pid].i) for pid in ids if pid in scores)
    return labels, we, i


def _match_attendee(name: str, people: list[Attendee]) -> Attendee | None:
    from .minutes_people import strip_title

    low = name.lower().strip()
    if re.fullmatch(r"(?:the\s+)?(?:chair|chairman|chairperson|chairwoman|cadeirydd)", low):
        chairs = [
            a
            for a in people
            if a.role
            and re.search(r"\bchair", a.role, re.I)
            and not re.search(r"vice|deputy", a.role, re.I)
        ]
        return chairs[0] if chairs else None
    core = strip_title(name).lower()
    for a in people:
        if strip_title(a.name).lower() == core or a.name.lower() == low:
            return a
    sur = core.split()[-1:] if core else []
    hits = [a for a in people if strip_title(a.name).lower().split()[-1:] == sur]
    return hits[0] if len(hits) == 1 else None


def speakers(passages: tuple[Passage, ...], people: list[Attendee]) -> list[dict[str, Any]]:
    """Everyone who speaks: those quoted directly first, in order of first quote, with we/I from
    their own words; then those only reported ("Cllr Evans said that ..."), with ``quotes`` 0 and
    no pronoun counts, since reported speech is in the third person."""
    try:
        from .speakers import attribute_speakers
    except Exception:  # noqa: BLE001
        return []
    try:
        from .score import count_pronouns
    except Exception:  # noqa: BLE001
        count_pronouns = None  # type: ignore[assignment]
    try:
        turns = attribute_speakers(passages)
    except Exception:  # noqa: BLE001
        return []
    out: dict[str, dict[str, Any]] = {}
    for t in turns:
        name = getattr(t, "speaker", None) or (t.get("speaker") if isinstance(t, dict) else None)
        text = getattr(t, "text", None) or (t.get("text") if isinstance(t, dict) else "") or ""
        direct = getattr(t, "direct", None) if not isinstance(t, dict) else t.get("direct")
        if not name:
            continue
        person = _match_attendee(name, people)
        key = person.name if person else name
        rec = out.setdefault(
            key,
            {
                "name": key,
                "organisation": person.organisation if person else None,
                "turns": 0,
                "quotes": 0,
                "words": 0,
                "we": 0,
                "i": 0,
            },
        )
        rec["turns"] += 1
        if direct:
            rec.setdefault("_first", sum(r["quotes"] for r in out.values()))  # order of first quote
            rec["quotes"] += 1
            rec["words"] += len(text.split())
            if count_pronouns is not None:
                we, i = count_pronouns(text)
                rec["we"] += we
                rec["i"] += i
    for rec in out.values():
        rec["we_share"] = (
            round(rec["we"] / (rec["we"] + rec["i"]), 3) if rec["we"] + rec["i"] else None
        )
    quoted = sorted((r for r in out.values() if r["quotes"]), key=lambda r: r["_first"])
    for r in quoted:
        r.pop("_first", None)
    return quoted + [r for r in out.values() if not r["quotes"]]


def has_collaboration(labels: dict[str, Any]) -> bool:
    ps = labels.get("power_spectrum")
    wow = labels.get("ways_of_working") or ()
    return ps in _COLLAB_LEVELS or "collaboration" in wow


def summarise(
    attendance: dict[str, tuple[Attendee, ...]],
    organisations: tuple[str, ...],
    items: tuple[Item, ...],
    actions: tuple[Action, ...],
    psb: dict[str, Any] | None,
    spk: list[dict[str, Any]],
) -> dict[str, Any]:
    """The per-meeting summary: partner breadth, collaboration share, joint actions, barriers."""
    present = [a for k in ("present", "in_attendance") for a in attendance.get(k, ())]
    sectors = Counter(a.sector for a in present if a.sector)
    barriers: dict[str, list[str]] = {}
    enablers: dict[str, list[str]] = {}
    for it in items:
        for f in it.labels.get("factors") or ():
            target = barriers if f.startswith("barrier") else enablers
            target.setdefault(f, []).append(it.number or it.title)
    collab = [it for it in items if has_collaboration(it.labels)]
    joint = [a for a in actions if a.joint]
    owned = [a for a in actions if a.organisations]
    return {
        "attendees": {k: len(v) for k, v in attendance.items()},
        "organisations_present": len(organisations),
        "sectors_present": dict(sorted(sectors.items())),
        "psb": psb,
        "items": len(items),
        "decisions": sum(len(it.decisions) for it in items),
        "noted": sum(len(it.noted) for it in items),
        "items_with_collaboration": len(collab),
        "collaboration_share": round(len(collab) / len(items), 3) if items else None,
        "actions": len(actions),
        "joint_actions": len(joint),
        "single_owner_actions": len(owned) - len(joint),
        "unowned_actions": len(actions) - len(owned),
        "barriers": barriers,
        "enablers": enablers,
        "we": sum(it.we for it in items),
        "i": sum(it.i for it in items),
        "speakers": len(spk),
    }
