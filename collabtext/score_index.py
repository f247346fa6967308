"""The composite collaborative-language index: a stated formula, every component visible.

Components, each from -1 (least collaborative) to +1 (most), None when the text gives no evidence:

- ``we_balance``        = (we - i) / (we + i)
- ``agency_balance``    = mean over passages with a commitment of +1 collective, -1 single, 0 mixed
- ``yes_balance``       = (yes_and - yes_but) / (yes_and + yes_but)
- ``framing_balance``   = (both_and + meta_framing - either_or) / (both_and + meta_framing + either_or)
- ``question_balance``  = (solution_question - problem_question) / (solution_question + problem_question)
- ``civility``          = 1 - 2 x min(1, personalising markers per 1,000 words)  (+1 with none)

index = 50 x (1 + sum(w_c x c) / sum(w_c)), over the components that are not None, with weights
we 0.30, agency 0.20, civility 0.20, yes 0.10, framing 0.10, questions 0.10. So 0 to 100,
50 = neutral or balanced, rounded to one decimal; None when no component other than civility has
evidence (civility alone says nothing about collaboration).
"""

from __future__ import annotations

from collections.abc import Mapping

WEIGHTS: dict[str, float] = {
    "we_balance": 0.30,
    "agency_balance": 0.20,
    "civility": 0.20,
    "yes_balance": 0.10,
    "framing_balance": 0.10,
    "question_balance": 0.10,
}

FORMULA = (
    "index = 50 x (1 + weighted mean of the available components), 0-100, 50 = balanced. "
    "Components (-1..+1): we_balance = (we - i)/(we + i) [w 0.30]; agency_balance = mean of "
    "+1 collective / -1 single / 0 mixed over passages with commitments [0.20]; civility = "
    "1 - 2 x min(1, personalising markers per 1,000 words) [0.20]; yes_balance = (yes_and - yes_but)/(sum) [0.10]; "
    "framing_balance = (both_and + meta_framing - either_or)/(sum) [0.10]; question_balance = "
    "(solution_question - problem_question)/(sum) [0.10]. A component with no evidence is left out "
    "and the weights of the rest renormalised."
)


def _balance(pos: int, neg: int) -> float | None:
    return None if pos + neg == 0 else round((pos - neg) / (pos + neg), 4)


def components(
    words: int, we: int, i: int, markers: Mapping[str, int], agency: Mapping[str, int]
) -> dict[str, float | None]:
    """The index components for counts of a passage, speaker or document.

    Args:
        agency: counts of passages by agency label ("collective", "single", "mixed").
    """
    n_ag = agency.get("collective", 0) + agency.get("single", 0) + agency.get("mixed", 0)
    pers = markers.get("personalising", 0)
    return {
        "we_balance": _balance(we, i),
        "agency_balance": None
        if n_ag == 0
        else round((agency.get("collective", 0) - agency.get("single", 0)) / n_ag, 4),
        "civility": None if words == 0 else round(1 - 2 * min(1.0, pers * 1000 / words), 4),
        "yes_balance": _balance(markers.get("yes_and", 0), markers.get("yes_but", 0)),
        "framing_balance": _balance(
            markers.get("both_and", 0) + markers.get("meta_framing", 0), markers.get("either_or", 0)
        ),
        "question_balance": _balance(
            markers.get("solution_question", 0), markers.get("problem_question", 0)
        ),
    }


def index(comps: Mapping[str, float | None]) -> float | None:
    """The 0-100 index from ``components()`` (None when nothing but civility is known)."""
    avail = {k: v for k, v in comps.items() if v is not None and k in WEIGHTS}
    if not any(k != "civility" for k in avail):
        return None
    total = sum(WEIGHTS[k] for k in avail)
    mean = sum(WEIGHTS[k] * v for k, v in avail.items()) / total
    return round(50 * (1 + mean), 1)
