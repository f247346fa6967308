"""Write the training passages of models/training/*.jsonl (run from the repo root).

    python models/training/build.py

hand.jsonl holds the hand-written passages of hand_a.py ... hand_h.py; templated.jsonl holds
passages assembled from the clause library in clauses.py (fixed seed: reproducible output).
calibration.jsonl holds hand_n.py, hand_p.py to hand_z.py and hand_za.py to hand_zc.py, written
blind to the lexicons; it is kept apart from hand.jsonl because its out-of-fold predictions alone
fit the hybrid thresholds and compare the methods (collabtext train trains on it like the rest).
Labels follow ../shared/gold/FORMAT.md; pronoun counts come from collabtext.score.count_pronouns.
No text here comes from the gold files or the corpus.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import clauses as C  # noqa: E402
import hand_a  # noqa: E402
import hand_b  # noqa: E402
import hand_c  # noqa: E402
import hand_d  # noqa: E402
import hand_e  # noqa: E402
import hand_f  # noqa: E402
import hand_g  # noqa: E402
import hand_h  # noqa: E402
import hand_i  # noqa: E402
import hand_j  # noqa: E402
import hand_k  # noqa: E402
import hand_l  # noqa: E402
import hand_m  # noqa: E402
import hand_n  # noqa: E402
import hand_p  # noqa: E402
import hand_q  # noqa: E402
import hand_r  # noqa: E402
import hand_s  # noqa: E402
import hand_t  # noqa: E402
import hand_u  # noqa: E402
import hand_v  # noqa: E402
import hand_w  # noqa: E402
import hand_x  # noqa: E402
import hand_y  # noqa: E402
import hand_z  # noqa: E402
import hand_za  # noqa: E402
import hand_zb  # noqa: E402
import hand_zc  # noqa: E402
from labels import parse  # noqa: E402

from collabtext.score import count_pronouns  # noqa: E402

SEED = 20261201
N_TEMPLATED = 420
LOWER_OK = {
    "the",
    "a",
    "each",
    "partners",
    "there",
    "staff",
    "some",
    "people",
    "residents",
    "officers",
    "members",
    "everyone",
    "front-line",
    "decisions",
    "data",
    "teams",
    "separate",
    "short-term",
    "different",
    "however,",
    "trust",
    "frequent",
    "regular",
    "long-standing",
    "video",
    "flexible",
    "responsibilities",
    "competing",
    "relations",
    "services",
    "young",
    "over",
    "information",
    "voluntary",
    "together",
    "nobody",
    "too",
    "spotting",
    "board",
    "managers",
    "volunteers",
    "community",
    "funds",
    "before",
    "at",
    "to",
    "rates",
    "two",
    "this",
    "it",
    "partnership",
    "working",
    "item",
    "apologies",
}
FRAMES = {
    "plan": ["", "", "", "We will make sure that ", "Over the life of this plan, "],
    "minutes": [
        "",
        "The Board noted that ",
        "Members heard that ",
        "It was reported that ",
        "The lead officer explained that ",
    ],
    "report": [
        "",
        "The evaluation found that ",
        "Interviewees said that ",
        "The review notes that ",
    ],
    "speech": ["", "I think ", "To be honest, ", "What I'd say is that ", "From where I sit, "],
}
TAILS = {
    "speech": ["", "", " That's what I've seen, anyway.", " We need to say that out loud."],
    "minutes": ["", "", " The Board noted the update."],
    "plan": [""],
    "report": [""],
}


def fill(template: str, rng: random.Random) -> str:
    a, b, c = rng.sample(C.ORGS, 3)
    s, x, g = rng.choice(C.TOPICS)
    text = template.format(
        A=a, B=b, C=c, S=s, X=x, G=g, P=rng.choice(C.PLACES), N=rng.choice(C.NUMS)
    )
    return text[0].upper() + text[1:]


def frame(sentence: str, prefix: str) -> str:
    if not prefix:
        return sentence
    first = sentence.split(" ", 1)[0].lower()
    body = sentence[0].lower() + sentence[1:] if first in LOWER_OK else sentence
    return prefix + body


def pick_clauses(rng: random.Random) -> list[tuple[str, str]]:
    chosen: list[tuple[str, str]] = []
    r = rng.random()
    if r < 0.10:  # business as usual: nothing to label
        return [(rng.choice(C.NEUTRAL), "") for _ in range(rng.randint(1, 2))]
    if r < 0.62:
        chosen.append(
            rng.choice(C.ARRANGEMENTS[rng.choice(["P5", "P5", "P4", "P4", "P3", "P3", "P2", "P1"])])
        )
    elif r < 0.72:
        chosen.append(rng.choice(C.CITIZENS))
    pools = [
        [t for v in C.FACTORS.values() for t in v],
        C.OVERCOME,
        [t for v in C.THEMES.values() for t in v],
        [t for v in C.WAYS.values() for t in v],
        [t for v in C.CAPACITY.values() for t in v],
        C.DISCIPLINES,
    ]
    weights = [5, 1, 3, 3, 2, 1]
    for _ in range(rng.choice([0, 1, 1, 2]) + (0 if chosen else 1)):
        chosen.append(rng.choice(rng.choices(pools, weights)[0]))
    if rng.random() < 0.12:
        chosen.append(rng.choice(C.LIFECYCLE))
    if rng.random() < 0.2:
        chosen.insert(rng.randint(0, len(chosen)), (rng.choice(C.NEUTRAL), ""))
    return chosen


def templated(rng: random.Random, n: int) -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        genre = rng.choice(["plan", "plan", "minutes", "report", "speech"])
        parts = pick_clauses(rng)
        sentences = [fill(t, rng) for t, _ in parts]
        sentences[0] = frame(sentences[0], rng.choice(FRAMES[genre]))
        text = " ".join(sentences) + rng.choice(TAILS[genre])
        if text in seen:
            continue
        seen.add(text)
        rec = record(
            f"t{len(out) + 1:04d}", genre, text, " ".join(tok for _, tok in parts), "templated"
        )
        rec["template"] = (
            True  # shares clauses with other records: train on it, never score CV on it
        )
        out.append(rec)
    return out


def headings(rng: random.Random, start: int) -> list[dict]:
    """Headings and furniture lines, unlabelled: the models must not label a bare title."""
    out = []
    for k, h in enumerate(C.HEADINGS):
        rec = record(
            f"t{start + k:04d}",
            rng.choice(["plan", "minutes", "report"]),
            fill(h, rng),
            "",
            "heading",
        )
        rec["template"] = True
        out.append(rec)
    return out


def record(rid: str, genre: str, text: str, tokens: str, why: str) -> dict:
    we, i = count_pronouns(text)
    return {
        "id": rid,
        "genre": genre,
        "text": text,
        "labels": parse(tokens),
        "pronouns": {"we": we, "i": i},
        "why": why,
    }


def hand() -> list[dict]:
    rows = (
        hand_a.PASSAGES
        + hand_b.PASSAGES
        + hand_c.PASSAGES
        + hand_d.PASSAGES
        + hand_e.PASSAGES
        + hand_f.PASSAGES
        + hand_g.PASSAGES
        + hand_h.PASSAGES
        + hand_i.PASSAGES
        + hand_j.PASSAGES
        + hand_k.PASSAGES
        + hand_m.PASSAGES
        + hand_l.PASSAGES
    )
    return [
        record(f"th{k:04d}", g, t, tok, "hand-written") for k, (g, t, tok) in enumerate(rows, 1)
    ]


def calibration() -> list[dict]:
    """Batches N, P-Z and ZA-ZC in their own file (ids tc0001...): never mixed into hand.jsonl."""
    return [
        record(f"tc{k:04d}", g, t, tok, "hand-written")
        for k, (g, t, tok) in enumerate(
            hand_n.PASSAGES
            + hand_p.PASSAGES
            + hand_q.PASSAGES
            + hand_r.PASSAGES
            + hand_s.PASSAGES
            + hand_t.PASSAGES
            + hand_u.PASSAGES
            + hand_v.PASSAGES
            + hand_w.PASSAGES
            + hand_x.PASSAGES
            + hand_y.PASSAGES
            + hand_z.PASSAGES
            + hand_za.PASSAGES
            + hand_zb.PASSAGES
            + hand_zc.PASSAGES,
            1,
        )
    ]


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    rng = random.Random(SEED)
    write(HERE / "hand.jsonl", hand())
    write(HERE / "calibration.jsonl", calibration())
    rows = templated(rng, N_TEMPLATED)
    write(HERE / "templated.jsonl", rows + headings(rng, len(rows) + 1))


if __name__ == "__main__":
    main()
