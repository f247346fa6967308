"""Speaker attribution: quotes, turns, reported speech; per-speaker counts against the answer keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from collabtext.records import Document, Passage
from collabtext.score import score_document
from collabtext.speakers import attribute_speakers, find_quotes


def _doc(*texts: str, rows: tuple[tuple[str, str], ...] = ()) -> Document:
    ps = [Passage(f"r{n}", " | ".join(r), kind="table_row", cells=r) for n, r in enumerate(rows)]
    ps += [Passage(f"p{n:04d}", t) for n, t in enumerate(texts, 1)]
    return Document(path="x", sha256="0", format="text", passages=tuple(ps))


def _turns(*texts: str, rows: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, bool, str]]:
    return [
        (t.speaker, t.direct, t.text) for t in attribute_speakers(_doc(*texts, rows=rows).passages)
    ]


def test_said_colon_quote() -> None:
    assert _turns("Cllr Jones said: “We will do this together.”") == [
        ("Cllr Jones", True, "We will do this together.")
    ]


def test_quote_then_he_said_and_split_quote() -> None:
    turns = _turns(
        "Mr Lloyd said that the case record was the obstacle. “We built the team around the family,” he said. "
        "“Until that changes, staff will keep typing twice.”"
    )
    assert turns[0] == ("Mr Lloyd", False, "that the case record was the obstacle")
    assert [(s, d) for s, d, _ in turns[1:]] == [("Mr Lloyd", True), ("Mr Lloyd", True)]


def test_chair_resolves_to_person_chairing() -> None:
    rows = (("Name", "Organisation"), ("Cllr Sian Morgan (Chair)", "Bro Hafren County Council"))
    turns = _turns("The Chair said: ‘I’d like us to keep going.’", rows=rows)
    assert turns == [("Cllr Sian Morgan", True, "I’d like us to keep going.")]
    assert _turns("The Chair (Cllr Ann Bevan) said: “We agree.”")[0][0] == "Cllr Ann Bevan"


def test_surname_mentions_resolve_to_attendance_names() -> None:
    text = "Present: Dr Huw Price (Hywel Dda UHB), Alun Rees (Bro Hafren CVC)."
    turns = _turns(
        text,
        "Dr Price said: ‘I’m happy for us to lead.’",
        "‘We’ve had a brilliant start,’ Mr Rees said.",
    )
    assert [(s, d) for s, d, _ in turns] == [("Dr Huw Price", True), ("Alun Rees", True)]


def test_curly_single_quote_with_apostrophes_and_possessive() -> None:
    text = "‘We’ve had a brilliant start, but we’re building on sand,’ Mr Rees said. The crews’ confidence rose."
    assert find_quotes(text) == [(1, text.index(",’") + 1)]


def test_reported_speech_is_attributed_not_counted() -> None:
    doc = _doc(
        "Dr Price said: ‘I’m happy for us to lead.’ He added that he thought we should also look at it."
    )
    turns = attribute_speakers(doc.passages)
    assert [(t.speaker, t.direct) for t in turns] == [("Dr Price", True), ("Dr Price", False)]
    sp = score_document(doc).speakers[0]
    assert (sp.we, sp.i, sp.direct_turns, sp.reported_turns) == (1, 1, 1, 1)


def test_transcript_turns_and_labels_that_are_not_speakers() -> None:
    turns = _turns(
        "JONES: We need to move on this.",
        "Q: What would it take?",
        "A: I think a pooled budget.",
        "Cllr Price (Chair): Let's take a vote.",
        "Present: Cllr Ann Bevan, Conwy County Borough Council.",
        "Dyfed-Powys Police: Sgt Dean Morris reported that referrals had begun.",
        "ACTION: HP to circulate a briefing.",
    )
    assert [(s, d) for s, d, _ in turns] == [
        ("Jones", True),
        ("Q", True),
        ("A", True),
        ("Cllr Price", True),
        ("Sgt Dean Morris", False),
    ]


def test_scare_quotes_are_not_speech() -> None:
    assert _turns("The approach draws on a model of 'housing first' tried in Finland.") == []


def test_reported_speech_forms() -> None:
    turns = _turns(
        "Helen Parry noted that the Welsh Government was reviewing its guidance.",
        "Ms Khan asked whether the plan could name the sector.",
    )
    assert turns == [
        ("Helen Parry", False, "that the Welsh Government was reviewing its guidance"),
        ("Ms Khan", False, "whether the plan could name the sector"),
    ]


def _docx_document(path: Path) -> Document:
    """Passages of a DOCX with the project's extractor (H-READERS)."""
    from collabtext.extract import extract_document

    return extract_document(str(path))


@pytest.mark.parametrize(
    "stem",
    [
        "bro-hafren-psb_minutes_2025-01-21",
        "bro-hafren-healthy-communities-partnership_notes_2025-05-06",
    ],
)
def test_synthetic_minutes_speakers_match_keys(corpus_dir: Path, stem: str) -> None:
    doc = _docx_document(corpus_dir / "synthetic" / f"{stem}.docx")
    key = json.loads((corpus_dir / "synthetic" / f"{stem}.key.json").read_text(encoding="utf-8"))
    result = score_document(doc)
    got = [{"name": s.name, "we": s.we, "i": s.i} for s in result.speakers if s.direct_turns]
    assert got == key["speakers"]
    assert result.lsm["group"] is not None and 0 < result.lsm["group"] <= 1


def test_synthetic_minutes_pdf_speakers_match_key(corpus_dir: Path) -> None:
    stem = "bro-hafren-psb_minutes_2025-01-21"
    doc = _docx_document(corpus_dir / "synthetic" / f"{stem}.pdf")
    key = json.loads((corpus_dir / "synthetic" / f"{stem}.key.json").read_text(encoding="utf-8"))
    got = [
        {"name": s.name, "we": s.we, "i": s.i}
        for s in score_document(doc).speakers
        if s.direct_turns
    ]
    assert got == key["speakers"]


def test_inline_transcript_labels_and_run_on_paragraphs() -> None:
    turns = _turns(
        "Moore-Love: She's not coming. Adams: Please read the title for item 40. Item 40.",
        "Adams: Unless there's objection, I'll refer it back to my office. Fish: 51? Adams: Yep.",
        "Winston Sandino, Project Manager, Bureau of Transportation: Good morning. I'm a project manager.",
        "We will build phase II next year.",
        "Fish: Thank you.",
    )
    assert [s for s, _, _ in turns] == [
        "Moore-Love",
        "Adams",
        "Adams",
        "Fish",
        "Adams",
        "Winston Sandino",
        "Winston Sandino",
        "Fish",
    ]
    assert turns[1][2] == "Please read the title for item 40. Item 40."
    assert all(d for _, d, _ in turns)


def test_multi_paragraph_newspaper_quote() -> None:
    turns = _turns(
        "Ms Palmer said: “The report will be in written form this year.",
        "“Thanks to all of our partners for the updates, and I’m not sure we will get the content in time.”",
        "She added that the report would be finalised by July.",
    )
    assert [(s, d) for s, d, _ in turns] == [
        ("Ms Palmer", True),
        ("Ms Palmer", True),
        ("Ms Palmer", False),
    ]


def test_flattened_attendance_rows_name_the_chair() -> None:
    turns = _turns(
        "Professor Sir Mansel Aylward CB / Chair, Public Health Wales",
        "The Chair said: “We have a busy agenda.”",
    )
    assert turns == [("Professor Sir Mansel Aylward", True, "We have a busy agenda.")]


def test_appositive_between_name_and_said() -> None:
    turns = _turns(
        "Cllr Bryan Davies, Chair of the Board and Leader of the Council said: “We welcome everyone’s ideas.”"
    )
    assert turns[0][:2] == ("Cllr Bryan Davies", True)
