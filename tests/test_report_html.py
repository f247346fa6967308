"""The HTML report: read layer, content, escaping, self-containment (no browser needed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from collabtext.db import ResultsDB
from collabtext.report.html import render_html, write_document_report, write_report
from collabtext.report.html_assets import CSP, JS, script_hash
from collabtext.report.html_data import Span, load_report_data
from collabtext.report.html_dicts import report_data_from_dicts
from collabtext.report.html_evidence import highlight
from collabtext.scan_rows import result_rows

HOSTILE = '<script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2">'
LABELS0 = {"themes": [], "factors": [], "power_spectrum": None, "ways_of_working": []}


def _passage(
    pid: str, text: str, labels: dict[str, Any], evidence: list[dict[str, Any]], **kw: Any
) -> dict[str, Any]:
    return {
        "id": pid,
        "page": kw.get("page", 1),
        "section": kw.get("section", ["Objective 1"]),
        "kind": "paragraph",
        "lang": kw.get("lang", "en"),
        "text": text,
        "labels": {**LABELS0, **labels},
        "evidence": evidence,
        "scores": {"words": len(text.split()), "we": 1, "i": 0, "markers": {}},
    }


def _ev(fw: str, cat: str, text: str, term: str, negated: bool = False) -> dict[str, Any]:
    start = text.index(term)
    return {
        "framework": fw,
        "category": cat,
        "term": term,
        "start": start,
        "end": start + len(term),
        "negated": negated,
    }


def plan_result() -> dict[str, Any]:
    t1 = "Partners will pool their budgets " + HOSTILE
    t2 = "We will take a long-term approach to prevention."
    t3 = "Dewch i weld y cynllun llesiant."
    step = {
        "text": "The Council will continue its grant programme.",
        "page": 2,
        "number": "1.2",
        "lead": ["Council"],
        "partners": ["Council"],
        "power_spectrum": None,
        "flags": ["single_agency"],
        "themes": [],
        "ways_of_working": [],
    }
    view = {
        "title": "Plan <b>2024</b>",
        "objectives": [{"title": "Homes " + HOSTILE, "steps": [step]}],
        "summary": {
            "objectives": 1,
            "steps": 1,
            "power_spectrum_counts": {"collaboration": 0, "none": 1},
            "joint_steps": 0.0,
            "flags": {"single_agency": 1},
            "challenge": [
                {
                    "objective": "Homes " + HOSTILE,
                    "step": "1.2",
                    "page": 2,
                    "text": step["text"] + HOSTILE,
                    "flags": ["single_agency"],
                    "reasons": ["one body's own work, not a joint step"],
                }
            ],
        },
    }
    return {
        "path": "plans/plan.txt",
        "sha256": "a" * 64,
        "kind": "plan",
        "format": "text",
        "pages": 3,
        "passages": [
            _passage(
                "p0001",
                t1,
                {"themes": ["whole_system"], "power_spectrum": "collaboration"},
                [
                    _ev("power_spectrum", "collaboration", t1, "pool their budgets"),
                    _ev("themes", "whole_system", t1, "pool"),
                ],
            ),
            _passage(
                "p0002",
                t2,
                {"ways_of_working": ["long_term", "prevention"], "factors": ["barrier.structures"]},
                [
                    _ev("ways_of_working", "long_term", t2, "long-term"),
                    _ev("ways_of_working", "prevention", t2, "prevention"),
                ],
            ),
            _passage("p0003", t3, {}, [], lang="cy"),
        ],
        "document": {
            "words": 30,
            "we": 2,
            "i": 0,
            "we_share": 1.0,
            "index": 80.5,
            "formula": "index = ...",
        },
        "speakers": [],
        "view": view,
    }


def minutes_result(date: str, sha: str, joint: bool) -> dict[str, Any]:
    people = {
        "present": [
            {"name": "Ann <i>Jones</i>", "organisation": "Bro Council"},
            {"name": "Dr Bob", "organisation": "Health Board"},
        ],
        "in_attendance": [],
        "apologies": [{"name": "Cy", "organisation": "Fire Service"}],
        "absent": [],
    }
    action = {
        "text": "Ann and Bob to draft " + HOSTILE,
        "owners": ["Ann", "Bob"],
        "organisations": ["Bro Council", "Health Board"] if joint else ["Bro Council"],
        "due": "2025-06-30",
        "joint": joint,
        "item": "3",
    }
    view = {
        "meeting": {"title": "Bro Public Services Board", "date": date},
        "attendance": people,
        "organisations": ["Bro Council", "Health Board"],
        "items": [{"number": "3", "actions": [action]}],
        "actions": [action],
        "speakers": [
            {
                "name": "Ann <i>Jones</i>",
                "organisation": "Bro Council",
                "words": 10,
                "we": 2,
                "i": 0,
            }
        ],
        "summary": {
            "items": 1,
            "decisions": 1,
            "organisations_present": 2,
            "joint_actions": int(joint),
            "single_owner_actions": int(not joint),
            "unowned_actions": 0,
        },
    }
    text = "Members agreed to share data " + HOSTILE
    return {
        "path": f"minutes/m_{date}.docx",
        "sha256": sha,
        "kind": "minutes",
        "format": "docx",
        "pages": None,
        "passages": [
            _passage(
                "p0001",
                text,
                {"factors": ["enabler.structures"]},
                [_ev("factors", "enabler.structures", text, "share data")],
            )
        ],
        "document": {"words": 10, "we": 1, "i": 1, "index": 50.0},
        "view": view,
    }


def _store(db: ResultsDB, result: dict[str, Any], status: str = "ok") -> None:
    row = {
        "path": result["path"],
        "sha256": result["sha256"],
        "kind": result.get("kind"),
        "status": status,
        "format": result.get("format"),
        "pages": result.get("pages"),
        "passages": len(result.get("passages") or []),
        "words": 30,
    }
    db.write_file(row, result_rows(result) if status == "ok" else {})


@pytest.fixture()
def results_db(tmp_path: Path) -> Path:
    path = tmp_path / "results.db"
    with ResultsDB(path) as db:
        _store(db, plan_result())
        _store(db, minutes_result("2025-01-21", "b" * 64, True))
        _store(db, minutes_result("2025-03-11", "c" * 64, False))
        db.write_file(
            {
                "path": "bad/<img src=x onerror=alert(1)>.pdf",
                "sha256": "d" * 64,
                "status": "failed",
                "error_code": "CT104",
                "error": "corrupt or truncated PDF <b>",
            },
            {},
        )
    return path


def test_load_report_data_reads_every_part(results_db: Path) -> None:
    data = load_report_data(str(results_db))
    assert [d.kind for d in data.documents] == ["plan", "minutes", "minutes"]
    plan = data.documents[0]
    assert plan.label_counts["themes"] == {"whole_system": 1}
    assert plan.welsh_share == pytest.approx(
        len("Dewch i weld y cynllun llesiant.")
        / sum(len(p["text"]) for p in plan_result()["passages"])
    )
    assert plan.scores and plan.scores["index"] == 80.5
    assert [e.passage_id for e in plan.evidence] == ["p0001", "p0002"]
    assert plan.evidence[0].page == 1 and plan.evidence[0].section == "Objective 1"
    assert data.failures == (
        ("bad/<img src=x onerror=alert(1)>.pdf", "CT104", "corrupt or truncated PDF <b>"),
    )
    limited = load_report_data(str(results_db), max_evidence=1)
    assert len(limited.documents[0].evidence) == 1 and limited.documents[0].evidence_total == 2


def test_report_shows_overview_charts_views_and_series(results_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    write_report(str(results_db), out, title="Board <report>")
    page = out.read_text(encoding="utf-8")
    assert "<title>Board &lt;report&gt;</title>" in page
    for sid in ("overview", "themes", "plan", "minutes", "series", "evidence", "failures"):
        assert f'<section id="{sid}"' in page
    # heatmap, power spectrum, actions, attendance x2, trends; each with a title and a description
    charts = re.findall(r"<svg[^>]*>", page)
    charts = [c for c in charts if 'class="chart"' in c]
    assert len(charts) == 6 and all('role="img"' in c and "aria-labelledby" in c for c in charts)
    assert "Steps to challenge (1)" in page and "one body&#x27;s own work" in page
    assert "Actions: 1 joint, 0 single owner" in page and "Actions: 0 joint, 1 single owner" in page
    assert "2 meetings, 2025-01-21 to 2025-03-11" in page
    assert ">17%<" in page or ">16%<" in page  # share of Welsh in the overview row
    # Chart ids are unique across the page.
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_every_document_text_is_escaped(results_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    write_report(str(results_db), out)
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in page
    assert "window.__pwned=1</script>" not in page
    assert not re.search(r"<img\b", page) and "<i>Jones" not in page and "<b>2024" not in page
    assert len(re.findall(r"<script\b", page)) == 1  # only ours
    assert not re.search(
        r"\son[a-z]+\s*=", page.replace("onerror=&quot;", "").replace("onerror=alert", "")
    )


def test_self_contained_with_strict_csp(results_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    write_report(str(results_db), out)
    page = out.read_text(encoding="utf-8")
    assert "default-src &#x27;none&#x27;" in page and script_hash() in CSP
    assert f"<script>{JS}</script>" in page  # the hash covers exactly the inline script
    # Nothing to fetch: no external URLs in src/href, no @import or url(http...), no web fonts.
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "@import" not in page and "@font-face" not in page and "url(http" not in page
    assert "@media print" in page


def test_highlight_marks_overlaps_and_escapes() -> None:
    text = "pool <b>budgets</b> jointly"
    spans = [
        Span(0, 4, "power_spectrum", "collaboration", "pool"),
        Span(0, 19, "themes", "whole_system"),
        Span(20, 27, "factors", "barrier.structures", negated=True),
        Span(5, 999, "x", "bad"),
    ]
    out = highlight(text, spans)
    assert out.startswith('<mark data-l="power_spectrum:collaboration themes:whole_system"')
    assert "&lt;b&gt;budgets&lt;/b&gt;</mark>" in out
    assert '<mark class="neg" data-l="factors:barrier.structures"' in out
    assert "x:bad" not in out  # a span past the end of the text is dropped, not trusted


def test_document_report_from_command_dicts(tmp_path: Path) -> None:
    tag = {k: v for k, v in plan_result().items() if k not in ("document", "view", "kind")}
    score = {
        "path": "s.txt",
        "sha256": "1",
        "document": {"words": 5, "we": 2, "i": 1, "index": 60.0},
        "passages": [
            {
                "id": "p0001",
                "text": "We did it",
                "pronouns": [{"pronoun": "we", "start": 0, "end": 2}],
            }
        ],
        "speakers": [{"name": "Ann", "words": 3, "we": 1, "i": 0}],
    }
    minutes = {k: v for k, v in minutes_result("2025-01-21", "2", True)["view"].items()}
    minutes.update(path="m.docx", sha256="2")
    audit = {**plan_result()["view"], "path": "a.docx", "sha256": "3"}
    failure = {"path": "gone.pdf", "error": {"code": "CT101", "message": "no such file"}}
    data = write_document_report([tag, score, minutes, audit, failure], tmp_path / "d.html")
    assert [d.kind for d in data.documents] == ["other", "other", "minutes", "plan"]
    assert data.failures == (("gone.pdf", "CT101", "no such file"),)
    page = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert 'data-l="language:we"' in page  # score pronouns highlighted
    assert "Steps to challenge" in page and "Attendance by organisation" in page
    assert "&lt;script&gt;window.__pwned=1" in page and "window.__pwned=1</script>" not in page


def test_document_report_from_result_objects(tmp_path: Path) -> None:
    from collabtext.records import Document, Passage
    from collabtext.tag import tag_document

    doc = Document(
        "x.txt", "0" * 64, "text", (Passage("p0001", "Partners will pool budgets. " + HOSTILE),)
    )
    data = write_document_report(tag_document(doc), tmp_path / "t.html")
    assert data.documents[0].name == "x.txt"
    assert "&lt;img src=x" in (tmp_path / "t.html").read_text(encoding="utf-8")


def test_empty_report_renders() -> None:
    page = render_html(report_data_from_dicts([]))
    assert "0 documents analysed" in page and "No labelled passages." in page


def test_control_characters_and_lone_surrogates_never_reach_the_page(tmp_path: Path) -> None:
    bad = "nul\x00 bell\x07 surrogate\ud800 <x>"
    doc = {"path": f"f{bad}.txt", "sha256": "0", "passages": [
        {"id": "p0001", "text": bad, "labels": {"themes": ["whole_system"]}}]}
    write_document_report(doc, tmp_path / "c.html", title=bad)
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "\x00" not in page and "\x07" not in page and "\ufffd" in page and "&lt;x&gt;" in page
