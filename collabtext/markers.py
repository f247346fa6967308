"""Collaborative-language markers with evidence spans (McDermott and Hall 2016).

Keys (taxonomy.yaml ``language_markers``): yes_and, yes_but, both_and, either_or,
solution_question, problem_question, personalising, meta_framing. Patterns live in
``lexicons/language.yaml``; the code here adds the rules that a regex cannot say well:

- both/and and either/or need both halves in one clause, within a word window ("either side",
  "both partners agreed" do not fire);
- questions count only when they are questions (end in "?") and open a solution or problem
  frame; a rhetorical question (a heading, or one the text answers at once: "How will we get
  there? We will ...") does not count; "rather than asking whose fault it was" rejects the frame;
- personalising language is not counted where it is negated ("it's not their fault").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .score_lexicon import MARKER_KEYS, LanguageLexicon, load_language
from .score_pronouns import Tokens, tokenise


@dataclass(frozen=True, slots=True)
class MarkerEvidence:
    """One marker occurrence: the marker key and the matched text with offsets in the passage."""

    marker: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"marker": self.marker, "text": self.text, "start": self.start, "end": self.end}


_CLAUSE_BREAK = re.compile(r"[.;:!?\n()“”\"]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)
_EITHER = re.compile(r"\beither\b", re.IGNORECASE)
_QUESTION = re.compile(r"[^.?!\n“”‘\"]*\?")
_ANSWER_OPENER = re.compile(
    r"^[\s\"'”’]*(?:this\s+(?:plan|strategy|section|document|report|chapter|is\s+(?:why|how|what))|"
    r"the\s+(?:answer|plan|steps|objectives)|our\s+(?:answer|plan)|in\s+this\s+(?:plan|section)|"
    r"that\s+is\s+(?:why|how)|that[’']s\s+(?:why|how)|here\s+is|below|we\s+will|we\s+have\s+set|"
    r"by\s+working|the\s+board\s+will|partners\s+will)\b",
    re.IGNORECASE,
)


def _pair(
    text: str, s: int, e: int, first: re.Pattern[str], second: str, spec: dict[str, Any], key: str
) -> list[MarkerEvidence]:
    """'both ... and' / 'either ... or' within one clause and ``window`` words."""
    out: list[MarkerEvidence] = []
    blockers = spec.get("blockers", frozenset())
    for m in first.finditer(text, s, e):
        brk = _CLAUSE_BREAK.search(text, m.end(), e)
        stop = brk.start() if brk else e
        words = list(_WORD.finditer(text, m.end(), stop))[: spec["window"] + 1]
        for k, w in enumerate(words):
            low = w.group().lower()
            if low == second and k > 0:
                out.append(MarkerEvidence(key, text[m.start() : w.end()], m.start(), w.end()))
                break
            if k > 0 and (low in blockers or low.replace("’", "'") in blockers):
                break
    if "literal" in spec:
        out += [
            MarkerEvidence(key, x.group(), x.start(), x.end())
            for x in spec["literal"].finditer(text, s, e)
        ]
    return out


def _patterns(
    text: str, s: int, e: int, spec: dict[str, Any], key: str, vocab: frozenset[str] | None = None
) -> list[MarkerEvidence]:
    matches: list[re.Match[str]] = []
    for rx, triggers in spec["pattern_groups"]:
        if triggers is None or vocab is None or triggers & vocab:
            matches += rx.finditer(text, s, e)
    matches.sort(key=lambda m: m.start())
    out: list[MarkerEvidence] = []
    excl = spec.get("exclusions")
    neg = spec.get("negated_before")
    for m in matches:
        if excl and excl.search(text, max(s, m.start() - 30), min(e, m.end() + 30)):
            continue
        if neg and neg.search(text[max(s, m.start() - 25) : m.start()]):
            continue
        prev = out[-1] if out else None
        if (
            prev
            and m.start() - prev.end <= 2
            and not _CLAUSE_BREAK.search(text, min(prev.end, m.start()), m.start())
        ):
            # One phrase matched by two patterns ("both of these positions have in common").
            out[-1] = MarkerEvidence(
                key, text[prev.start : max(prev.end, m.end())], prev.start, max(prev.end, m.end())
            )
            continue
        out.append(MarkerEvidence(key, m.group(), m.start(), m.end()))
    return out


def _rhetorical(text: str, q_end: int, e: int, kind: str | None) -> bool:
    if kind == "heading":
        return True
    return bool(_ANSWER_OPENER.match(text[q_end : min(e, q_end + 80)]))


def _questions(
    text: str, s: int, e: int, lex: LanguageLexicon, kind: str | None
) -> list[MarkerEvidence]:
    sol, prob = lex.markers["solution_question"], lex.markers["problem_question"]
    out: list[MarkerEvidence] = []
    for q in _QUESTION.finditer(text, s, e):
        if _rhetorical(text, q.end(), e, kind):
            continue
        sm = sol["frames"].search(text, q.start(), q.end())
        if sm:
            out.append(
                MarkerEvidence("solution_question", text[sm.start() : q.end()], sm.start(), q.end())
            )
        pm = prob["frames"].search(text, q.start(), q.end())
        if pm and not prob["rejected_after"].search(text[q.start() : pm.start()]):
            out.append(
                MarkerEvidence("problem_question", text[pm.start() : q.end()], pm.start(), q.end())
            )
    return out


def find_markers(
    text: str,
    spans: Iterable[tuple[int, int]] | None = None,
    *,
    kind: str | None = None,
    lex: LanguageLexicon | None = None,
    tok: Tokens | None = None,
) -> list[MarkerEvidence]:
    """Every marker occurrence in ``text`` (within ``spans``, default the whole text).

    Args:
        text: the passage text; offsets in the evidence refer to it.
        spans: character ranges to analyse (English sentences).
        kind: the passage kind; questions in headings are rhetorical and not counted.
        lex: the compiled language lexicon (default: the shipped one).
        tok: the spans' tokens when the caller already has them. A marker's patterns run only
            when one of its trigger words is among them.
    """
    lex = lex or load_language()
    spans = tuple(spans) if spans is not None else ((0, len(text)),)
    vocab = (tok or tokenise(text, spans)).vocab
    mk = lex.markers
    on = {k for k in MARKER_KEYS if mk[k]["triggers"] & vocab}
    out: list[MarkerEvidence] = []
    for s, e in spans:
        if "yes_and" in on:
            out += _patterns(text, s, e, mk["yes_and"], "yes_and", vocab)
        if "yes_but" in on:
            out += _patterns(text, s, e, mk["yes_but"], "yes_but", vocab)
        if "both_and" in on:
            out += _pair(text, s, e, _BOTH, "and", mk["both_and"], "both_and")
        if "either_or" in on:
            out += _pair(text, s, e, _EITHER, "or", mk["either_or"], "either_or")
        if "?" in text[s:e]:
            out += _questions(text, s, e, lex, kind)
        if "personalising" in on:
            out += _patterns(text, s, e, mk["personalising"], "personalising", vocab)
        if "meta_framing" in on:
            out += _patterns(text, s, e, mk["meta_framing"], "meta_framing", vocab)
    return sorted(out, key=lambda m: (m.start, m.marker))


def count_markers(evidence: Iterable[MarkerEvidence]) -> dict[str, int]:
    """Counts per marker key, every key present (0 when absent)."""
    counts = dict.fromkeys(MARKER_KEYS, 0)
    for ev in evidence:
        counts[ev.marker] += 1
    return counts
