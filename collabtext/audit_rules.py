"""Word rules of the plan audit: timescales, flags, and a level cue used when the tagger is silent.

The flags follow the answer-key definitions in ``../shared/corpus/synthetic/README.md`` and the
Commissioner's criticism of "business as usual": one body's own (usually existing) work; asking for
views as the only joint element; hedges ("explore", "where possible") with nothing concrete.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|winter)"
)
_YEAR = r"(?:19|20)\d{2}(?:\s*[/–-]\s*(?:(?:19|20)?\d{2}))?"
_NUM = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
    r"|twenty[-\s]four)"
)
TIMESCALE_RES = (
    re.compile(
        rf"\b(?:by|before|until|from|during|in|over|throughout|starting\s+in|beginning\s+in|ahead\s+to|towards)"
        rf"\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:the\s+)?{_MONTH}\s+(?:of\s+)?)?{_YEAR}\b",
        re.I,
    ),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),
    re.compile(
        rf"\b{_YEAR}\b(?=\s*(?:[-–]|to)\s*(?:19|20)\d{{2}})\s*(?:[-–]|to)\s*(?:19|20)\d{{2}}", re.I
    ),
    re.compile(
        rf"\b(?:within|over|in|for)\s+(?:the\s+)?(?:next\s+|first\s+)?{_NUM}\s+(?:months?|years?)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:ongoing|annually|quarterly|every\s+(?:year|month|quarter|term)|each\s+(?:year|term|quarter)"
        r"|twice\s+a\s+year|once\s+a\s+year|(?:each|every)\s+(?:spring|summer|autumn|winter))\b",
        re.I,
    ),
)

HEDGE_RE = re.compile(
    r"\b(?:explore|exploring|look(?:ing)?\s+(?:for|at)\s+(?:further\s+|new\s+)?(?:opportunities|ways|options)"
    r"|where(?:ver)?\s+possible|where\s+(?:appropriate|feasible|practicable)|as\s+appropriate|seek(?:ing)?\s+to"
    r"|aim(?:ing)?\s+to|strive|endeavour|consider(?:ing)?\s+(?:how|whether|ways|options)|work\s+towards"
    r"|raise\s+awareness|look\s+to|opportunities\s+to|if\s+(?:resources|funding)\s+allow)\b",
    re.I,
)
BAU_RE = re.compile(
    r"\b(?:continue[sd]?\s+to|continu(?:e|es|ing)\s+(?:its|their|our)\s+(?:own|existing)|existing|already"
    r"|as\s+(?:now|usual|at\s+present)|remain\s+responsible|business\s+as\s+usual|maintain\s+(?:its|their|our)"
    r"|as\s+part\s+of\s+(?:its|their|our)\s+(?:existing|normal|core|statutory|usual))\b",
    re.I,
)
CONSULT_RE = re.compile(
    r"\b(?:ask(?:ing)?|consult(?:ing|s)?|consultation|survey|seek(?:ing)?\s+(?:the\s+)?views|(?:their|the)\s+views"
    r"|hold\s+(?:a|an)\s+(?:conversation|engagement|listening)|conversation\s+with|listen(?:ing)?\s+to"
    r"|gather(?:ing)?\s+(?:views|feedback)|focus\s+groups?|questionnaire|engage\s+with)\b",
    re.I,
)
STRONG_JOINT_RE = re.compile(
    r"\b(?:co-?design|co-?produc\w*|pool(?:ed|ing)?|jointly|joint\s+(?:team|commission\w*|programme|service|hub|post|fund"
    r"|budget|plan|posts|appointment)|commission(?:ing)?\s+(?:a|an|the|joint)|shared\s+(?:budget|team|service|case|programme"
    r"|system|resources|referral)|integrated\s+(?:team|teams)|work(?:ing)?\s+together|deliver\s+together|side\s+by\s+side)\b",
    re.I,
)
JOINT_RE = re.compile(
    r"\b(?:joint(?:ly)?|shared?|together|one\s+(?:timetable|calendar|programme|plan|service|team|point)|single|pool\w*"
    r"|common|combined|exchange|agree|align\w*|co-?design|co-?produc\w*|integrat\w*|forum|partnership|collaborat\w*)\b",
    re.I,
)
PARALLEL_RE = re.compile(
    r"\b(?:each\b|their\s+own|its\s+own|individual(?:ly)?|separately|respective)\b", re.I
)
WITH_OTHERS_RE = re.compile(
    r"\b(?:with|alongside|together\s+with)\s+(?:our\s+|its\s+|other\s+)?(?:partners|others|organisations)\b",
    re.I,
)
CITIZEN_RE = re.compile(
    r"\b(?:residents?|citizens?|communit(?:y|ies)|service\s+users?|people\s+who\s+(?:use|have\s+used)|young\s+people"
    r"|parents|carers|patients|families|the\s+public|tenants|pupils|learners|lived\s+experience|co-?produc\w*"
    r"|co-?design\w*|community\s+representatives)\b",
    re.I,
)
INVOLVE_VERB_RE = re.compile(
    r"\b(?:involv\w*|engag\w*|consult\w*|ask\w*|co-?produc\w*|co-?design\w*|listen\w*|views|representatives|steering\s+group|panel|seats|conversation|survey)\b",
    re.I,
)

# Cues for the power-spectrum level, used only when no tagger label is available.
LEVEL_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "collaboration",
        re.compile(
            r"\b(?:co-?design|co-?produc\w*|pool(?:ed|ing)?\s+(?:budget|staff|funding|resources|money)|pooled|jointly\s+commission"
            r"|joint\s+(?:team|commissioning)|single\s+[\w\s-]{0,20}team|based\s+together|side\s+by\s+side|shared\s+(?:case\s+record"
            r"|referral\s+system)|taken\s+jointly|joint\s+decisions?)\b",
            re.I,
        ),
    ),
    (
        "cooperation",
        re.compile(
            r"\b(?:contribute\w*\s+(?:its|their)?\s*(?:own\s+)?(?:resources|data|staff|funding|time)|shared\s+(?:programme|target"
            r"|evidence|picture|goal)|common\s+set|align\w*\s+(?:resources|budgets|funding))\b",
            re.I,
        ),
    ),
    (
        "coordination",
        re.compile(
            r"\b(?:one\s+timetable|joined[-\s]up|co-?ordinat\w*|exchange\w*|joint\s+\w*\s*forum|one\s+(?:published\s+)?calendar"
            r"|together\s+in\s+one|align\w*\s+(?:plans|timetables|activities)|share\s+information"
            r"|share\s+(?:their|its|our)\s+(?:timetables?|plans|calendars?|schedules?))\b",
            re.I,
        ),
    ),
    ("consultation", CONSULT_RE),
)
LEVELS = ("competition", "consultation", "coordination", "cooperation", "collaboration")


_LABELLED_RE = re.compile(
    r"\b(?:timescales?|time\s*frame|by\s+when|target\s+date|deadline|delivery\s+date)\s*[:\-–]\s*([^.;\n]{1,40})",
    re.I,
)


def timescale(text: str) -> str | None:
    """The timescales the step states, as printed and in order ("by March 2025"), or None."""
    labelled = _LABELLED_RE.search(text)
    if labelled:
        return labelled.group(1).strip()
    found: list[tuple[int, int, str]] = []
    for rx in TIMESCALE_RES:
        for m in rx.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), m.group(0).strip()))
    found.sort()
    return "; ".join(t for _, _, t in found[:3]) or None


def level_cue(text: str) -> tuple[str, str, int, int] | None:
    """(level, term, start, end) of the strongest level cue in ``text``, or None."""
    for level, rx in LEVEL_CUES:
        m = rx.search(text)
        if m:
            return level, m.group(0), m.start(), m.end()
    return None


def is_consultation_only(text: str) -> bool:
    """Asking people or organisations for their views is the only joint element."""
    return bool(CONSULT_RE.search(text)) and not STRONG_JOINT_RE.search(text)


def is_single_agency(
    text: str, partners: tuple[str, ...], psb: str | None, agency: str | None
) -> bool:
    """One body's own work, or several bodies each doing their own work with no joint element."""
    bodies = [p for p in partners if p != psb]
    if psb in partners or not bodies:
        return False
    if len(bodies) == 1:
        return (
            not (WITH_OTHERS_RE.search(text) or STRONG_JOINT_RE.search(text)) or agency == "single"
        )
    return bool(PARALLEL_RE.search(text)) and not JOINT_RE.search(text)


def is_vague(text: str, has_timescale: bool, has_partner: bool) -> bool:
    """Commits to nothing specific: hedged wording, or neither a named partner nor a timescale."""
    return bool(HEDGE_RE.search(text)) or not (has_timescale or has_partner)


def involves_citizens(text: str) -> bool:
    """Citizens, communities or service users are involved, not merely served."""
    for m in CITIZEN_RE.finditer(text):
        window = text[max(0, m.start() - 80) : m.end() + 80]
        if INVOLVE_VERB_RE.search(window) or re.match(r"co-?(?:produc|design)", m.group(0), re.I):
            return True
    return False
