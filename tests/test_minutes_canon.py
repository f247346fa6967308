"""Short organisation names resolved to the fuller name used in the same minutes or the series
(issue 5), and the ``--orgs`` user gazetteer on ``collabtext minutes``. Invented bodies only."""

from __future__ import annotations

import json

import pytest

from collabtext.cli import cli
from collabtext.minutes import review_minutes
from collabtext.minutes_series import review_series
from collabtext.records import Document, Passage


def doc(path: str, *lines: str) -> Document:
    ps = tuple(Passage(id=f"p{i + 1:04d}", text=t) for i, t in enumerate(lines))
    return Document(path=path, sha256=path, format="text", passages=ps)


def meeting(path: str, date: str, present: str, apologies: str, action: str) -> Document:
    return doc(
        path,
        "Afon Teg Partnership Board",
        f"Notes of the meeting held on {date}",
        f"Present: {present}",
        f"Apologies: {apologies}",
        "1. Welcome and apologies",
        "The Chair welcomed members.",
        "2. Youth services",
        "AGREED that the partners draft one youth offer.",
        f"ACTION: {action}",
        "3. Close",
        "The meeting closed.",
    )


FORMAL = meeting(
    "board_2025-01-21.txt",
    "21 January 2025",
    "Ann Jones (Chair, Afon Teg County Borough Council), Bob Evans (Teg Valley Health Board), "
    "Cai Lewis (Afon Teg County Voluntary Council)",
    "Dai Rees (Natural Resources Wales)",
    "Afon Teg County Borough Council and Teg Valley Health Board to draft the offer by 30 April "
    "2025.",
)
NOTES = meeting(
    "notes_2025-05-06.txt",
    "6 May 2025",
    "Ann Jones (Chair, Afon Teg Council), Bob Evans (the Health Board), Cai Lewis (the CVC)",
    "Eve Hughes (Afon Teg Council)",
    "Afon Teg Council and the CVC to agree a referral form by 30 June 2025.",
)


def by_name(result, kind):
    return {a["name"]: a for a in result["attendance"][kind]}


def test_issue_5_short_form_takes_the_full_name_used_later_in_the_same_minutes():
    r = review_minutes(
        doc(
            "one.txt",
            "Teg Valley Partnership Board",
            "Notes of the meeting held on 3 March 2025",
            "Present: Ann Jones (Chair, Afon Teg Council), Bob Evans (Hywel Dda UHB)",
            "1. Youth services",
            "Afon Teg County Borough Council presented its youth offer.",
            "ACTION: Afon Teg Council and Hywel Dda UHB to agree a plan by 30 April 2025.",
        )
    ).to_dict()
    assert r["attendance"]["present"][0]["organisation"] == "Afon Teg County Borough Council"
    assert r["actions"][0]["owners"][0] == "Afon Teg Council"  # owners stay as written
    assert r["actions"][0]["organisations"][0] == "Afon Teg County Borough Council"
    assert {
        "written": "Afon Teg Council",
        "canonical": "Afon Teg County Borough Council",
        "reason": "longer_form",
        "scope": "document",
    } in r["organisation_resolutions"]


def test_issue_5_a_document_on_its_own_keeps_the_short_form():
    r = review_minutes(NOTES).to_dict()
    ann = by_name(r, "present")["Ann Jones"]
    assert ann["organisation"] == ann["canonical"] == "Afon Teg Council"
    assert r["organisation_resolutions"] == []


def test_issue_5_series_resolves_short_forms_to_the_name_another_meeting_uses():
    s = review_series([review_minutes(NOTES), review_minutes(FORMAL)]).to_dict()
    notes = s["meetings"][1]
    assert notes["path"] == "notes_2025-05-06.txt"
    ann = by_name(notes, "present")["Ann Jones"]
    assert ann["organisation"] == "Afon Teg Council"  # as that meeting wrote it
    assert ann["canonical"] == "Afon Teg County Borough Council"
    assert by_name(notes, "present")["Cai Lewis"]["canonical"] == (
        "Afon Teg County Voluntary Council"
    )
    assert by_name(notes, "apologies")["Eve Hughes"]["canonical"] == (
        "Afon Teg County Borough Council"
    )
    assert notes["canonical_organisations"][0] == "Afon Teg County Borough Council"
    # one row per body in the attendance matrix, not one per spelling
    assert s["attendance"]["Afon Teg County Borough Council"] == ["present", "present"]
    assert "Afon Teg Council" not in s["attendance"]
    res = {r["written"]: r for r in s["organisation_resolutions"]}
    council = res["Afon Teg Council"]
    assert council["canonical"] == "Afon Teg County Borough Council"
    assert council["reason"] == "longer_form" and council["scope"] == "series"
    assert council["written_in"] == ["notes_2025-05-06.txt"]
    assert council["canonical_in"] == ["board_2025-01-21.txt"]
    assert by_name(notes, "present")["Bob Evans"]["canonical"] == "Teg Valley Health Board"


def test_issue_5_series_canonical_owners_of_actions():
    s = review_series([review_minutes(NOTES), review_minutes(FORMAL)])
    later = next(m for m in s.meetings if m.path.startswith("notes"))
    d = later.actions[0].to_dict()
    assert d["organisations"][0] == "Afon Teg Council"
    assert d["canonical_organisations"] == [
        "Afon Teg County Borough Council",
        "Afon Teg County Voluntary Council",
    ]
    assert d["joint"] is True


def test_issue_5_series_leaves_two_possible_bodies_alone():
    county = meeting(
        "a.txt", "1 March 2025", "Ann Jones (Afon Teg County Council)", "Bob Hill (NRW)", "x"
    )
    city = meeting(
        "b.txt", "2 March 2025", "Cai Lewis (Afon Teg City Council)", "Bob Hill (NRW)", "x"
    )
    short = meeting("c.txt", "3 March 2025", "Dai Rees (Afon Teg Council)", "Bob Hill (NRW)", "x")
    town = meeting(
        "d.txt", "4 March 2025", "Eve Hughes (Llan Teg Town Council)", "Bob Hill (NRW)", "x"
    )
    s = review_series([review_minutes(d) for d in (county, city, short, town)]).to_dict()
    assert s["organisation_resolutions"] == []  # County or City: not guessed
    assert "Afon Teg Council" in s["attendance"]
    assert "Llan Teg Town Council" in s["attendance"]


def test_issue_5_series_uses_an_abbreviation_defined_in_another_meeting():
    first = doc(
        "m1.txt",
        "Teg Valley Partnership Board",
        "Notes of the meeting held on 1 April 2025",
        "Present: Ann Jones (Teg Valley Leisure Trust), Bob Evans (Hywel Dda UHB)",
        "1. Leisure",
        "Teg Valley Leisure Trust (TVLT) reported on the swimming programme.",
    )
    second = doc(
        "m2.txt",
        "Teg Valley Partnership Board",
        "Notes of the meeting held on 1 May 2025",
        "Present: Ann Jones (TVLT), Bob Evans (Hywel Dda UHB)",
        "1. Leisure",
        "TVLT reported again.",
    )
    s = review_series([review_minutes(second), review_minutes(first)]).to_dict()
    res = {r["written"]: r for r in s["organisation_resolutions"]}
    assert res["TVLT"]["canonical"] == "Teg Valley Leisure Trust"
    assert res["TVLT"]["reason"] == "abbreviation_defined"
    assert s["attendance"]["Teg Valley Leisure Trust"] == ["present", "present"]


# -- CLI: --series and --orgs --------------------------------------------------------------------
TEXT = """Teg Valley Partnership Board

Notes of the meeting held on {date}

Present: Ann Jones (Chair, {council}), Bob Evans (Hywel Dda UHB)

1. Welcome

The Chair welcomed members.

2. Youth services

AGREED that the partners draft one youth offer.

ACTION: {council} and Hywel Dda UHB to draft the offer by 30 June 2025.
"""


def _write(tmp_path, name, date, council):
    p = tmp_path / name
    p.write_text(TEXT.format(date=date, council=council), encoding="utf-8")
    return p


def test_issue_5_cli_series_reports_resolutions(runner, tmp_path):
    _write(tmp_path, "a.txt", "3 March 2025", "Afon Teg County Council")
    _write(tmp_path, "b.txt", "5 May 2025", "Afon Teg Council")
    res = runner.invoke(cli, ["minutes", str(tmp_path), "--series", "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    d = d[0] if isinstance(d, list) else d
    assert [r["written"] for r in d["organisation_resolutions"]] == ["Afon Teg Council"]
    assert d["attendance"]["Afon Teg County Council"] == ["present", "present"]


@pytest.mark.parametrize("suffix", ["csv", "yaml"])
def test_issue_5_orgs_file_teaches_a_local_body(runner, tmp_path, suffix):
    p = _write(tmp_path, "a.txt", "3 March 2025", "ATC")
    orgs = tmp_path / f"local.{suffix}"
    if suffix == "csv":
        orgs.write_text(
            "name,aliases,abbreviations,sector,statutory\n"
            "Afon Teg County Council,Teg Council,ATC,local_government,yes\n",
            encoding="utf-8",
        )
    else:
        orgs.write_text(
            "organisations:\n"
            "  - name: Afon Teg County Council\n"
            "    sector: local_government\n"
            "    statutory: yes\n"
            "    abbreviations: [ATC]\n"
            "    aliases: [Teg Council]\n",
            encoding="utf-8",
        )
    res = runner.invoke(cli, ["minutes", str(p), "--orgs", str(orgs), "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["attendance"]["present"][0]["organisation"] == "Afon Teg County Council"
    assert d["attendance"]["present"][0]["sector"] == "local_government"
    assert d["actions"][0]["organisations"][0] == "Afon Teg County Council"
    plain = runner.invoke(cli, ["minutes", str(p), "--format", "json"])
    got = json.loads(plain.stdout)["actions"][0]["organisations"]
    assert got[0] != "Afon Teg County Council"  # without the file the body is unknown


def test_issue_5_bad_orgs_file_names_file_and_line(runner, tmp_path):
    p = _write(tmp_path, "a.txt", "3 March 2025", "ATC")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,sector\nAfon Teg County Council,local_government\nX Trust,charity\n")
    res = runner.invoke(cli, ["minutes", str(p), "--orgs", str(bad)])
    assert res.exit_code == 1
    assert "CT202" in res.stderr and "bad.csv" in res.stderr and "line 3" in res.stderr
    assert "charity" in res.stderr


def test_issue_5_help_documents_orgs(runner):
    res = runner.invoke(cli, ["minutes", "--help"])
    assert "--orgs" in res.output and "statutory" in res.output and "canonical" in res.output


def test_issue_5_audit_shares_the_orgs_loader(runner, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Afon Teg Well-being Plan 2023-2028\n\nObjective 1: Healthy lives\n\nWhat we will do\n\n"
        "1.1 ATL and the Health Board will jointly run free swimming sessions for young people.\n",
        encoding="utf-8",
    )
    orgs = tmp_path / "orgs.csv"
    orgs.write_text("name,abbreviations,sector\nAfon Teg Leisure,ATL,third_sector\n")
    res = runner.invoke(cli, ["audit", str(plan), "--orgs", str(orgs), "--format", "json"])
    assert res.exit_code == 0, res.output
    step = json.loads(res.stdout)["objectives"][0]["steps"][0]
    assert step["lead"] == ["Afon Teg Leisure"]


def test_issue_5_abbreviation_defined_in_the_same_minutes_is_reported():
    # "ATC" is not the initials of the name (ATCC): only the definition in brackets links them
    r = review_minutes(
        doc(
            "abbr.txt",
            "Teg Valley Partnership Board",
            "Notes of the meeting held on 3 March 2025",
            "Present: Ann Jones (Chair, Afon Teg County Council (ATC)), Bob Evans (ATC)",
            "1. Pools",
            "ACTION: ATC to publish the timetable by 30 April 2025.",
        )
    ).to_dict()
    orgs = {a["organisation"] for a in r["attendance"]["present"]}
    assert orgs == {"Afon Teg County Council"}
    assert any(
        x["written"] == "ATC" and x["canonical"] == "Afon Teg County Council"
        for x in r["organisation_resolutions"]
    ), r["organisation_resolutions"]
