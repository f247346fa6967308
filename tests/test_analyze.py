"""Kind detection and the optional-stage pipeline of analyze_document."""

from __future__ import annotations

import pytest

import collabtext
import collabtext.analyze as analyze
from collabtext.analyze import DocumentResult, analyze_document, detect_kind
from collabtext.records import Document, Passage


def _doc(*texts: str) -> Document:
    return Document(
        "x.txt", "0" * 64, "text", tuple(Passage(f"p{i + 1:04d}", t) for i, t in enumerate(texts))
    )


MINUTES = _doc(
    "Minutes of the meeting of the Partnership Board held on 3 March 2024",
    "Present: Cllr A. Jones (Chair), Dr B. Smith",
    "Apologies: C. Evans",
    "1. Declarations of interest",
    "None were declared.",
    "2. Draft plan",
    "RESOLVED that the draft be approved.",
)
PLAN = _doc(
    "Our Well-being Plan 2023-2028",
    "Well-being objective 1: Healthy communities",
    "Steps we will take",
    "We will work with partners to reduce loneliness by 2028.",
    "We will involve young people in the long-term design of services.",
)
WELSH_MINUTES = _doc(
    "Cofnodion y cyfarfod",
    "Yn bresennol: Cyng. A. Jones (Cadeirydd)",
    "Ymddiheuriadau: B. Smith",
    "PENDERFYNWYD nodi'r adroddiad.",
)


def test_detect_kind() -> None:
    assert detect_kind(MINUTES) == "minutes"
    assert detect_kind(PLAN) == "plan"
    assert detect_kind(WELSH_MINUTES) == "minutes"
    assert detect_kind(_doc("The weather was fine.", "Trains ran late.")) == "other"
    assert detect_kind(_doc()) == "other"


def test_us_style_minutes_and_agendas_are_meetings() -> None:
    us = _doc(
        "Minutes from Monday, January 29, 2018",
        "Commissioners Present: A. Smith, B. Jones",
        "Call to order at 9:00am",
        "Motion carried.",
    )
    agenda = _doc(
        "Board of Trustees", "AGENDA", "I. ROLL CALL", "II. APPROVAL OF THE MINUTES", "III. REPORTS"
    )
    assert detect_kind(us) == "minutes" and detect_kind(agenda) == "minutes"


def test_one_repeated_phrase_does_not_decide() -> None:
    assert detect_kind(_doc(*["we will"] * 50)) == "other"


def test_stages_are_optional(monkeypatch) -> None:
    calls: list[str] = []

    class Fake:
        def __init__(self, name: str) -> None:
            self.name = name

        def to_dict(self) -> dict:
            if self.name == "tag":
                return {
                    "passages": [
                        dict(p.to_dict(), labels={"themes": ["trust"]}, evidence=[])
                        for p in MINUTES.passages
                    ],
                    "summary": {"n": 1},
                    "lexicon": {"name": "t"},
                }
            if self.name == "score":
                return {
                    "document": {"words": 9},
                    "passages": [{"id": "p0001", "we": 2, "i": 0}],
                    "speakers": [],
                }
            return {"items": []}

    def stage(module: str, attr: str):
        if module == "audit":
            return None

        def run(doc, **kw):
            calls.append(module)
            return Fake(module)

        return run

    monkeypatch.setattr(analyze, "_stage", stage)
    result = analyze_document(MINUTES)
    assert isinstance(result, DocumentResult) and result.kind == "minutes"
    assert calls == ["tag", "score", "minutes"]
    d = result.to_dict()
    assert d["passages"][0]["labels"] == {"themes": ["trust"]} and d["passages"][0]["scores"] == {
        "we": 2,
        "i": 0,
    }
    assert (
        d["document"] == {"words": 9} and d["view"] == {"items": []} and d["schema_version"] == "1"
    )
    plan_result = analyze_document(MINUTES, kind="plan")
    assert plan_result.view is None and "view" in plan_result.skipped
    with pytest.raises(ValueError):
        analyze_document(MINUTES, kind="agenda")


def test_no_stages_still_gives_passages(monkeypatch) -> None:
    monkeypatch.setattr(analyze, "_stage", lambda m, a: None)
    d = analyze_document(PLAN).to_dict()
    assert d["kind"] == "plan" and len(d["passages"]) == 5 and d["view"] is None
    assert d["skipped_stages"] == ["tag", "score", "view"]


def test_package_analyze_still_callable(monkeypatch) -> None:
    monkeypatch.setattr(analyze, "_stage", lambda m, a: None)
    assert collabtext.analyze(PLAN).kind == "plan"


def test_cue_anchors_are_in_every_match() -> None:
    """The substring pre-filter of detect_kind may only skip cues that cannot match."""
    import sys

    analyze_mod = sys.modules["collabtext.analyze"]
    texts = [
        "Present: Cllr A\nIn attendance: B\nYn bresennol: C\nAlso present were D. Attendees: E",
        "Apologies for absence were received.\nYmddiheuriadau\nRESOLVED that AGREED PENDERFYNWYD",
        "Minutes of the previous meeting; approval of the minutes; official minutes; cofnodion",
        "Declarations of interest; datgan buddiant; roll call; call to order; quorum; adjourned",
        "Motion carried, seconded by Cllr F. Matters arising. Actions log. Action: G to write.",
        "Notice of meeting. Agenda item 3. Rhaglen. The Chair, chairperson, presiding, cadeirydd.",
        "The meeting was held on Monday. Cyfarfod. Our well-being plan, cynllun llesiant.",
        "Wellbeing objectives; amcanion; steps we will take; priorities to take; byddwn yn",
        "Well-being goals, ways of working, future generations, a wellbeing assessment.",
        "The delivery plan and strategy for the long-term, long term, by 2030.",
    ]
    for cues in (analyze_mod._FAST_MINUTES, analyze_mod._FAST_PLAN):
        for pattern, _weight, on_lower, anchors in cues:
            for text in texts:
                target = text.lower() if on_lower else text
                for m in pattern.finditer(target):
                    assert not anchors or any(a in m.group(0) for a in anchors), pattern.pattern
    # every cue with anchors is exercised above, so the check is not vacuous
    hit = {
        pattern.pattern
        for cues in (analyze_mod._FAST_MINUTES, analyze_mod._FAST_PLAN)
        for pattern, _w, on_lower, anchors in cues
        if anchors and any(pattern.search(t.lower() if on_lower else t) for t in texts)
    }
    assert len(hit) == sum(
        1 for cues in (analyze_mod._FAST_MINUTES, analyze_mod._FAST_PLAN) for c in cues if c[3]
    )
