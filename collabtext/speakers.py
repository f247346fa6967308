"""Who says what in minutes and transcripts: direct quotes, speaker turns and reported speech.

Recognised forms:

- turns: ``JONES: ...``, ``Q: ...`` / ``A: ...``, ``Cllr Jones: ...``, ``Name (Org): ...``
  (a line label that names a body, "Dyfed-Powys Police: Sgt Morris reported ...", is not a turn);
- direct quotes in curly or straight, double or single marks, attributed before
  (``Ms Thomas said: "..."``, ``The Chair said: '...'``) or after (``"...," he said``,
  ``'...' Mr Rees said``); a quote split by "he said" continues with the same speaker;
  "he"/"she" resolve to the last person named (titles give gender where they can);
- reported speech: ``Name said that ...``, ``X noted that ...``, ``X asked whether ...``.

Reported speech is attributed but marked ``direct=False``: it is the minute-taker's third-person
wording, so it adds no first-person counts (DESIGN.md). Where the closing single quote is the same
character as the apostrophe, a ’ closes the quote when it follows punctuation or precedes
punctuation or the end; a word-final ’ ("crews’ confidence") closes it only if nothing better does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .records import Passage
from .score_lexicon import load_language
from .score_people import Roster, build_roster, person_pattern, split_name
from .score_transcript import transcript_labels, transcript_segments


@dataclass(frozen=True, slots=True)
class Turn:
    """A stretch of speech: who, what, whether in their own words, where (offsets in the passage)."""

    speaker: str
    text: str
    direct: bool
    passage_id: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "text": self.text,
            "direct": self.direct,
            "passage_id": self.passage_id,
            "start": self.start,
            "end": self.end,
        }


_STRONG_BEFORE = set(".,!?;:…—–-")
_OPEN_CTX = set(" \t\n([{—–-/")


def _single_quotes(
    text: str, opener: str, closer: str, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while True:
        s = text.find(opener, i)
        if s < 0:
            return out
        if (
            (s > 0 and text[s - 1] not in _OPEN_CTX)
            or not text[s + 1 : s + 2].isalpha()
            or any(a <= s < b for a, b in taken)
        ):
            i = s + 1
            continue
        strong = weak = -1
        j = s + 1
        while True:
            c = text.find(closer, j)
            if c < 0:
                break
            nxt = text[c + 1 : c + 2]
            if not nxt.isalpha():  # not an in-word apostrophe (we’ve)
                if text[c - 1] in _STRONG_BEFORE or nxt == "" or nxt in ".,;:!?)\n":
                    strong = c
                    break
                weak = c
            j = c + 1
        end = strong if strong >= 0 else weak
        if end < 0:
            i = s + 1
            continue
        out.append((s + 1, end))
        i = end + 1


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Inner (start, end) of every quotation in ``text``, in order."""
    # A curly double quote left open runs to the next opening mark or the end of the passage
    # (newspaper style: a quote of several paragraphs closes only on the last).
    out = [(m.start(1), m.end(1)) for m in re.finditer(r"“([^“”]+)(?:”|(?=“)|$)", text)]
    out += [(m.start(1), m.end(1)) for m in re.finditer(r'"([^"\n]+)"', text)]
    taken = list(out)
    out += _single_quotes(text, "‘", "’", taken)
    out += _single_quotes(text, "'", "'", taken + out)
    return sorted(out)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    sp = load_language().speakers
    verbs = "|".join(sorted(map(re.escape, sp["speech_verbs"]), key=len, reverse=True))
    name = rf"(?:(?:the\s+|The\s+)?(?:Vice[- ]|Deputy\s+)?Chair(?:man|woman|person)?|{person_pattern()})"
    who = rf"(?P<who>{name}|[Hh]e|[Ss]he|[Tt]hey)"
    return {
        "after": re.compile(
            rf"[\s,.]*(?:(?:{who})(?:\s+(?:also|then|later))?\s+(?:{verbs}|continued|went\s+on|remarked|admitted)\b|(?:said|says|added|asked|continued|replied)\s+(?P<who2>{name}))"
        ),
        "before": re.compile(
            rf"{who}(?:\s*\([^)]*\))?(?:,[^,:;“”‘\"]{{1,140}})?,?(?:\s+\w+){{0,2}}?\s+(?:{verbs}|continued|remarked|told\s+\w+)(?:\s+\w+){{0,3}}?\s*[:,]?\s*$"
        ),
        "reported": re.compile(
            rf"\b{who}(?:\s*\([^)]*\)|\s+of\s+(?:[A-Z][\w’'-]*\s?){{1,4}})?(?:\s+(?:also|then|further|again|later))?\s+(?P<verb>{verbs})\b(?P<rest>[^.!?]*)"
        ),
        "mention": re.compile(rf"\b{name}"),
        "label": re.compile(
            r"^\s*(?P<lab>[^:\n]{1,60}?)\s*(?:\((?P<org>[^)]*)\))?\s*:\s+(?P<rest>\S[\s\S]*)$"
        ),
    }


_FEMALE = {"she"}


def _gender_ok(pronoun: str, name: str) -> bool:
    sp = load_language().speakers
    first = name.split()[0] if name else ""
    if pronoun.lower() == "she":
        return first not in sp["male_titles"]
    if pronoun.lower() == "he":
        return first not in sp["female_titles"]
    return True


class _State:
    """Mentions seen so far (for he/she), carried from one passage to the next."""

    def __init__(self, roster: Roster) -> None:
        self.roster = roster
        self.last: list[str] = []
        self.current: str | None = None  # the speaker of a transcript turn still running
        self.open_quote: str | None = None  # the speaker of a quote left open at a passage end

    def see(self, name: str | None) -> None:
        if name:
            self.last.append(name)

    def pronoun(self, p: str) -> str | None:
        return next((n for n in reversed(self.last) if _gender_ok(p, n)), None)

    def who(self, mention: str | None) -> str | None:
        if mention is None:
            return None
        if mention.lower() in ("he", "she", "they"):
            return self.pronoun(mention)
        return self.roster.resolve(mention)


def _label_turn(p: Passage, st: _State) -> Turn | None:
    m = _patterns()["label"].match(p.text)
    if not m:
        return None
    lab = m.group("lab").strip()
    sp = load_language().speakers
    rest = m.group("rest")
    if (
        lab.lower() in sp["not_speakers"]
        or _patterns()["reported"].match(rest)
        or len(re.findall(r"[^\W\d_]{2,}", rest)) < 2
    ):
        return None
    if lab in ("Q", "A"):
        name: str | None = lab
    elif (
        re.fullmatch(r"[A-Z][A-Z’'\-]{3,}", lab)
        and re.search(r"[AEIOUY]", lab)
        and lab.lower() not in sp["not_speakers"]
    ):
        name = lab.title()  # JONES: ...
    else:
        # An untitled name must be on the roster: "Traffic Flow: ..." is a heading, not a speaker.
        name = (
            st.roster.resolve(lab, strict=True)
            if split_name(lab) or "chair" in lab.lower()
            else None
        )
    if not name:
        return None
    st.see(name)
    return Turn(name, m.group("rest"), True, p.id, m.start("rest"), len(p.text))


def _after_ok(text: str, qs: int, qe: int, end: int) -> bool:
    """An attribution after a quote: the quote ends in , ! ? or a dash, or the attribution is short."""
    inner = text[qs:qe].rstrip()
    return inner[-1:] in (",", "!", "?", "—", "–", "-", "…") or bool(
        re.match(r"\s*(?:[.,;:]|$|[“‘\"'])", text[end : end + 3])
    )


def _quote_turns(
    p: Passage, quotes: Sequence[tuple[int, int]], st: _State
) -> tuple[list[Turn], list[tuple[int, int]]]:
    pats = _patterns()
    text, turns, consumed = p.text, [], []
    prev_end, prev_speaker = 0, None
    if quotes and not text[: quotes[0][0] - 1].strip():
        prev_speaker = st.open_quote  # this passage opens by continuing a quote left open
    st.open_quote = None
    for qs, qe in quotes:
        before_text = text[prev_end : qs - 1]
        for m in pats["mention"].finditer(before_text):
            st.see(st.roster.resolve(m.group(), strict=True))
        after = pats["after"].match(text, qe + 1)
        if after and not _after_ok(text, qs, qe, after.end()):
            after = None  # "...’ He added that ...": a new sentence of reported speech
        before = pats["before"].search(text, max(prev_end, qs - 121), qs - 1)
        speaker = None
        if after:
            speaker = st.who(after.group("who") or after.group("who2"))
            consumed.append((after.start(), after.end()))
        elif before:
            speaker = st.who(before.group("who"))
            consumed.append((before.start(), before.end()))
        elif (
            prev_speaker
            and len(text[qs:qe].split()) >= 4
            and re.search(r"(?:^|[.!?,]\s*)$", text[prev_end : qs - 1])
        ):
            speaker = prev_speaker  # a quote split by "he said"
        if speaker:
            st.see(speaker)
            turns.append(Turn(speaker, text[qs:qe], True, p.id, qs, qe))
        prev_end, prev_speaker = (after.end() if after else qe + 1), speaker
    if quotes and quotes[-1][1] == len(text) and text[quotes[-1][0] - 1] == "“":
        st.open_quote = prev_speaker
    return turns, consumed


def _reported_turns(p: Passage, blocked: Sequence[tuple[int, int]], st: _State) -> list[Turn]:
    out = []
    for m in _patterns()["reported"].finditer(p.text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in blocked):
            continue
        rest = m.group("rest")
        if rest.lstrip().startswith((":", "“", "‘", '"')) or not rest.strip():
            continue
        who = m.group("who")
        speaker = st.who(who)
        if speaker is None or (
            who[:1].isupper()
            and who.lower() not in ("he", "she", "they")
            and split_name(who) is None
            and "chair" not in who.lower()
        ):
            continue
        st.see(speaker)
        out.append(Turn(speaker, rest.strip(), False, p.id, m.start("rest"), m.end("rest")))
    return out


def _transcript_turns(p: Passage, labels: frozenset[str], st: _State) -> list[Turn]:
    out = []
    for lab, s, e in transcript_segments(p.text, labels):
        name = (
            st.current
            if lab is None
            else (st.roster.resolve(lab.title() if lab.isupper() else lab) or lab)
        )
        if name:
            st.current = name
            out.append(Turn(name, p.text[s:e].strip(), True, p.id, s, e))
    return out


# The last document's passages (a tuple, compared by identity) and its turns, as one tuple so
# that a reader in another thread (a Dask worker runs tasks in threads) sees a consistent pair.
_LAST: tuple[Any, tuple[Turn, ...]] = (None, ())


def attribute_speakers(passages: Iterable[Passage], roster: Roster | None = None) -> list[Turn]:
    """Every turn, direct quote and reported speech in reading order.

    Args:
        passages: the document's passages (attendance rows help to name people in full).
        roster: people to resolve names against; built from ``passages`` when omitted.
    """
    global _LAST
    given, last = passages, _LAST
    if roster is None and isinstance(given, tuple) and last[0] is given:
        return list(last[1])  # the scorer and the minutes view both ask, for the same document
    passages = list(passages)
    st = _State(roster or build_roster(passages))
    labels = transcript_labels(passages)
    turns: list[Turn] = []
    for p in passages:
        if p.cells or p.kind == "heading":
            continue
        if p.speaker:  # the reader already knew who speaks (a transcript turn)
            name = st.roster.resolve(p.speaker) or p.speaker
            st.see(name)
            turns.append(Turn(name, p.text, True, p.id, 0, len(p.text)))
            continue
        if labels:
            turns += _transcript_turns(p, labels, st)
            continue
        label = _label_turn(p, st)
        if label:
            turns.append(label)
            continue
        quotes = find_quotes(p.text)
        direct, consumed = _quote_turns(p, quotes, st)
        blocked = [(a - 1, b + 1) for a, b in quotes] + consumed
        found = direct + _reported_turns(p, blocked, st)
        turns += sorted(found, key=lambda t: t.start)
    if roster is None and isinstance(given, tuple):
        _LAST = (given, tuple(turns))
    return turns
