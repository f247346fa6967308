"""Minutes layouts, built as Documents directly (no extractor needed) and as generated DOCX."""

from __future__ import annotations

from collabtext.minutes import review_minutes
from collabtext.records import Document, Passage


def doc(*rows: object, pages: list[int] | None = None) -> Document:
    """rows: text, or ("table", cells...), or ("heading", text)."""
    ps = []
    for i, r in enumerate(rows):
        page = pages[i] if pages else None
        if isinstance(r, tuple) and r[0] == "table":
            cells = tuple(str(c) for c in r[1:])
            ps.append(
                Passage(
                    id=f"p{i + 1:04d}",
                    text=" | ".join(cells),
                    kind="table_row",
                    cells=cells,
                    page=page,
                )
            )
        elif isinstance(r, tuple):
            ps.append(Passage(id=f"p{i + 1:04d}", text=str(r[1]), kind=str(r[0]), page=page))
        else:
            ps.append(Passage(id=f"p{i + 1:04d}", text=str(r), page=page))
    return Document(path="x.txt", sha256="0", format="text", passages=tuple(ps))


def people(result, kind):
    return [(a.name, a.organisation) for a in result.attendance[kind]]


def test_table_attendance_name_organisation():
    r = review_minutes(
        doc(
            "RIVERSIDE PARTNERSHIP BOARD",
            "Minutes of the meeting held on 3rd September 2019",
            "PRESENT:",
            ("table", "Name", "Organisation"),
            ("table", "Cllr Ann Jones (Chair)", "Riverside County Council"),
            ("table", "Dr Tom Bell", "Natural Resources Wales"),
            "APOLOGIES:",
            ("table", "Name", "Organisation"),
            ("table", "Sam Hill", "Riverside Housing Association"),
            "1. Welcome",
            "The Chair welcomed members.",
            "2. Close",
            "The meeting closed.",
        )
    )
    assert r.date == "2019-09-03"
    assert r.title == "Riverside Partnership Board"
    assert people(r, "present") == [
        ("Cllr Ann Jones", "Riverside County Council"),
        ("Dr Tom Bell", "Natural Resources Wales"),
    ]
    assert r.attendance["present"][0].role == "Chair"
    assert people(r, "apologies") == [("Sam Hill", "Riverside Housing Association")]


def test_table_attendance_name_role_organisation_and_label_cell():
    r = review_minutes(
        doc(
            "Vale Forum",
            "Date: 29/01/2018",
            ("table", "Present:", ""),
            ("table", "Name", "Role", "Organisation"),
            ("table", "Mr Rob Day", "Chair", "Vale Leisure Trust"),
            ("table", "Ms Jo Lee", "Secretary", "Vale Community Action"),
            "1. Minutes",
            "Resolved that the minutes be approved.",
            "2. AOB",
            "None.",
        )
    )
    assert people(r, "present") == [
        ("Mr Rob Day", "Vale Leisure Trust"),
        ("Ms Jo Lee", "Vale Community Action"),
    ]
    assert r.attendance["present"][1].role == "Secretary"
    assert r.date == "2018-01-29"


def test_inline_lists_with_roles_and_abbreviations():
    r = review_minutes(
        doc(
            "Bro Teifi Partnership",
            "Notes of meeting held on Tuesday 6 May 2025",
            "Present: Cllr Sian Morgan (Chair, Bro Teifi Council), Dr Huw Price (Hywel Dda UHB), "
            "Nia Thomas (PHW).",
            "In attendance: Ffion Evans (Partnership Co-ordinator, Bro Teifi Council – notes).",
            "Apologies: Rhian Bowen (NRW), Lowri Jones (Coleg Teifi).",
            "1. Welcome",
            "Apologies were noted as above.",
            "2. Close",
            "Nothing else.",
        )
    )
    names = [a.name for a in r.attendance["present"]]
    assert names == ["Cllr Sian Morgan", "Dr Huw Price", "Nia Thomas"]
    orgs = [a.organisation for a in r.attendance["present"]]
    assert orgs[0] == "Bro Teifi Council"
    assert "Health Board" in (orgs[1] or "")
    assert r.attendance["in_attendance"][0].role.startswith("Partnership Co-ordinator")
    assert [a.name for a in r.attendance["apologies"]] == ["Rhian Bowen", "Lowri Jones"]


def test_one_per_line_name_dash_org_and_name_role_org():
    r = review_minutes(
        doc(
            "Test Board minutes 2018-01-29",
            "Present",
            "Bethan Jones – Betsi Cadwaladr University Health Board",
            "Gareth Lloyd, Head of Service, Riverside County Council",
            "Karla Moore-Love, Clerk of the Council; Ben Walters, Chief Deputy City Attorney",
            "1. Apologies",
            "None",
            "2. Minutes",
            "The minutes were approved.",
        )
    )
    assert [a.name for a in r.attendance["present"]] == [
        "Bethan Jones",
        "Gareth Lloyd",
        "Karla Moore-Love",
        "Ben Walters",
    ]
    assert r.attendance["present"][0].organisation
    assert r.attendance["present"][1].role == "Head of Service"
    assert r.attendance["present"][1].organisation == "Riverside County Council"


def test_welsh_and_bilingual_labels():
    r = review_minutes(
        doc(
            "Cyngor Tref Llanfair",
            "Dydd Mawrth, 21 Ionawr 2025",
            "Presennol / Present: Cyng. Eleri Hughes (Cadeirydd), Cyng. Dafydd Rees",
            "Ymddiheuriadau / Apologies: Cyng. Mair Owen",
            "Hefyd yn bresennol: Sian Price (Clerc)",
            "1. Croeso",
            "Croesawyd pawb.",
            "2. Cofnodion",
            "Penderfynwyd cymeradwyo'r cofnodion.",
        )
    )
    assert r.date == "2025-01-21"
    assert [a.name for a in r.attendance["present"]] == ["Cyng. Eleri Hughes", "Cyng. Dafydd Rees"]
    assert [a.name for a in r.attendance["apologies"]] == ["Cyng. Mair Owen"]
    assert [a.name for a in r.attendance["in_attendance"]] == ["Sian Price"]
    assert sum(len(i.decisions) for i in r.items) == 1


def test_apologies_sentence_and_apologies_item_body():
    r = review_minutes(
        doc(
            "Gwent Test Board",
            "Minutes of 10 March 2022",
            "Present: Cllr Jane Mudd (Cllr JM), Dr Sarah Aitken",
            "1. Welcome and apologies",
            "Apologies for absence were received from County Councillor Hugh Evans, "
            "Superintendent Carys Mathias and Ann Jones (NRW).",
            "2. Apologies",
            "A Armstrong EDC and M Armstrong",
            "3. Close",
            "Closed.",
        )
    )
    names = [a.name for a in r.attendance["apologies"]]
    assert names[:3] == [
        "County Councillor Hugh Evans",
        "Superintendent Carys Mathias",
        "Ann Jones",
    ]
    assert "A Armstrong" in names and "M Armstrong" in names
    assert r.attendance["present"][0].initials == "Cllr JM"


def test_plural_titles_and_absent():
    r = review_minutes(
        doc(
            "Milltown Parish Council - 6th November 2018",
            "Present",
            "Councillors D Richardson (Chair) R Healey, N Cresswell and P Moran Clerk J Connelly",
            "Commissioners Absent: Shelley Young, Pat Bader",
            "18.11.1 Apologies",
            "None",
            "18.11.2 Minutes",
            "All agreed this was a true record.",
        )
    )
    assert [a.name for a in r.attendance["present"]] == [
        "Councillor D Richardson",
        "Councillor R Healey",
        "Councillor N Cresswell",
        "Councillor P Moran",
        "J Connelly",
    ]
    assert r.attendance["present"][-1].role == "Clerk"
    assert r.attendance["present"][0].organisation == "Milltown Parish Council"
    assert [a.name for a in r.attendance["absent"]] == ["Shelley Young", "Pat Bader"]


def _numbers(*lines: str) -> list[str | None]:
    body = []
    for ln in lines:
        body += [ln, "Members discussed the matter."]
    return [i.number for i in review_minutes(doc("Board minutes 2020-01-01", *body)).items]


def test_item_numbering_styles():
    assert _numbers("1. Welcome", "2. Minutes", "3. AOB") == ["1", "2", "3"]
    assert _numbers("18.11.1 Apologies", "18.11.2 Interests", "18.11.3 Minutes") == [
        "18.11.1",
        "18.11.2",
        "18.11.3",
    ]
    assert _numbers("46/23 Apologies", "47/23 Minutes", "48/23 Finance") == [
        "46/23",
        "47/23",
        "48/23",
    ]
    assert _numbers("Item 4 Budget", "Item 5 Staffing", "Item 6 AOB") == ["4", "5", "6"]
    assert _numbers("Agenda item 4: Budget", "Agenda item 5: Staffing") == ["4", "5"]
    assert _numbers("Minute 12 Budget", "Minute 13 Staffing") == ["12", "13"]
    assert _numbers("C229 Draft plan", "C230 Budget") == ["C229", "C230"]
    assert _numbers("1. / Welcome", "2. / Minutes") == ["1", "2"]


def test_sub_items_are_not_top_level_and_moderngov_number_line():
    r = review_minutes(
        doc(
            "Board minutes 2020-01-01",
            "1.",
            "APOLOGIES",
            "None.",
            "2.",
            "FINANCE",
            "5(a) Budget monitoring",
            "(b) Reserves",
            "3.",
            "AOB",
            "None.",
        )
    )
    assert [(i.number, i.title) for i in r.items] == [
        ("1", "APOLOGIES"),
        ("2", "FINANCE"),
        ("3", "AOB"),
    ]


def test_decisions_kept_apart_from_noted():
    r = review_minutes(
        doc(
            "Board minutes 2020-01-01",
            "1. Reports",
            "RESOLVED that – (a) the report be noted; and (b) officers prepare options.",
            "The Committee AGREED that the plan be published.",
            "It was agreed to hold a workshop.",
            "UNANIMOUSLY RESOLVED that the budget be set.",
            "The partners had agreed last year to pool funding.",
            "Members noted the update from the Health Board.",
            "Decision: Noted.",
            "Penderfynwyd derbyn yr adroddiad.",
            "Cytunwyd i gyfarfod eto.",
            "Minutes approved – Z. Maiorca (motion), T. Feinberg (second)",
            "2. Close",
            "The Board received the report.",
        )
    )
    first, second = r.items
    assert len(first.decisions) == 7
    assert any("had agreed" in n for n in first.decisions) is False
    assert len(first.noted) == 2
    assert second.noted and not second.decisions


def test_action_lines_with_initials_and_roles():
    r = review_minutes(
        doc(
            "Test Partnership",
            "Notes of meeting held on 6 May 2025",
            "Present: Dr Huw Price (Hywel Dda University Health Board), "
            "Helen Parry (Welsh Government), "
            "Eleri Watkins (Riverside Council), Alun Rees (Riverside Community Action).",
            "In attendance: Ffion Evans (Partnership Co-ordinator, Riverside Council)",
            "1. Falls pilot",
            "Discussion.",
            "ACTION: HPr and AR to agree a single referral form by 30 June 2025.",
            "Action: EW to explore community transport and report back at the next meeting.",
            "The Clerk to respond accordingly.",
            "Partnership Co-ordinator to circulate the notes by 16 May.",
            "2. Close",
            "Closed.",
        )
    )
    acts = r.items[0].actions
    assert [a.due for a in acts] == ["2025-06-30", "next meeting", None, "2025-05-16"]
    assert acts[0].organisations == (
        "Hywel Dda University Health Board",
        "Riverside Community Action",
    )
    assert acts[0].joint is True
    assert acts[1].organisations == ("Riverside Council",) and not acts[1].joint
    assert acts[2].owners == ("Clerk",)
    assert acts[3].organisations == ("Riverside Council",)


def test_action_table_split_over_pages_with_repeated_header_and_furniture():
    r = review_minutes(
        doc(
            "Riverside Board – Minutes – 21 January 2025",
            "RIVERSIDE BOARD",
            "Minutes of the meeting held on 21 January 2025",
            "Present:",
            ("table", "Name", "Organisation"),
            ("table", "Gareth Lloyd", "Riverside County Council"),
            ("table", "Rhian Bowen", "Natural Resources Wales"),
            "1. Nature",
            "RESOLVED that officers prepare options.",
            "Page 1",
            "Riverside Board – Minutes – 21 January 2025",
            "2. Close",
            "The meeting closed at 12.25 pm.",
            "ACTION LOG",
            ("table", "Action", "Owner", "Due"),
            (
                "table",
                "Prepare options for a pooled nature fund",
                "RCC, NRW (GL, RB)",
                "15 April 2025",
            ),
            "Riverside Board – Minutes – 21 January 2025",
            "Page 2",
            ("table", "Action", "Owner", "Due"),
            ("table", "Circulate the template", "Rhian Bowen", "July 2025 meeting"),
            "Signed ........................ Dated ..............",
            pages=[1] * 10 + [2] * 6 + [3] * 5,
        )
    )
    assert [i.number for i in r.items] == ["1", "2"]
    assert len(r.actions) == 2
    a, b = r.actions
    assert a.organisations == ("Riverside County Council", "Natural Resources Wales") and a.joint
    assert a.due == "2025-04-15" and a.item == "1"
    assert b.organisations == ("Natural Resources Wales",) and b.due == "2025-07"
    assert all("Signed" not in i.text for i in r.items)


def test_agenda_published_as_minutes_is_flagged():
    r = review_minutes(
        doc(
            "MILLTOWN PARISH COUNCIL",
            "MEETING TO BE HELD ON TUESDAY, 12th NOVEMBER 2019",
            "AGENDA",
            "1. To receive apologies for meeting",
            "2. To approve the minutes of the last meeting",
            "3. To consider the budget",
            "4. Any Other Business",
        )
    )
    assert r.is_agenda
    assert any("agenda" in w for w in r.warnings)
    assert r.to_dict()["is_agenda"] is True


def test_minutes_are_not_flagged_as_agenda():
    r = review_minutes(
        doc(
            "Agenda and minutes",
            "Riverside Board 2020-01-01",
            "Present: Dr Tom Bell (NRW)",
            "1. To receive apologies",
            "RESOLVED that the apologies be noted.",
            "2. Close",
            "Closed.",
        )
    )
    assert not r.is_agenda


def test_to_dict_shape():
    r = review_minutes(
        doc(
            "Board 2020-01-01",
            "Present: Dr Tom Bell (NRW)",
            "1. Item",
            "Text.",
            "2. Other",
            "Text.",
        )
    )
    d = r.to_dict()
    assert {
        "path",
        "sha256",
        "schema_version",
        "meeting",
        "attendance",
        "organisations",
        "items",
        "speakers",
        "summary",
    } <= set(d)
    assert set(d["attendance"]) == {"present", "in_attendance", "apologies", "absent"}
    assert set(d["attendance"]["present"][0]) >= {"name", "role", "organisation", "sector"}
    assert set(d["items"][0]) >= {
        "number",
        "title",
        "text",
        "decisions",
        "noted",
        "actions",
        "labels",
    }


def test_docx_fixture_end_to_end(make_docx):
    from collabtext.extract import extract_document

    path = make_docx(
        [
            ("Normal", "VALE PARTNERSHIP BOARD"),
            ("Normal", "Minutes of the meeting held on Monday, January 29, 2018"),
            ("Normal", "PRESENT:"),
            (
                "table",
                [
                    ["Name", "Organisation"],
                    ["Cllr Ann Jones (Chair)", "Vale County Council"],
                    ["Mark Powell", "HM Prison and Probation Service"],
                ],
            ),
            ("Normal", "1. Welcome"),
            ("Normal", "The Chair welcomed members."),
            ("Normal", "2. Joint work"),
            ("Normal", "AGREED that the partners pool their budgets."),
            (
                "Normal",
                "ACTION: Vale County Council and HMPPS (MP) to draft the agreement "
                "by 31 March 2018.",
            ),
        ]
    )
    r = review_minutes(extract_document(str(path)))
    assert r.date == "2018-01-29"
    assert [a.name for a in r.attendance["present"]] == ["Cllr Ann Jones", "Mark Powell"]
    assert r.items[1].actions[0].joint
    assert r.items[1].actions[0].due == "2018-03-31"
    assert r.summary["joint_actions"] == 1


def test_series_orders_meetings_and_finds_repeated_actions():
    from collabtext.minutes_series import review_series

    def meeting(date: str, action: str, org: str):
        return review_minutes(
            doc(
                f"Riverside Board {date}",
                f"Present: Dr Tom Bell ({org})",
                "1. Data",
                "Discussion.",
                f"ACTION: TB to {action}",
                "2. Close",
                "Closed.",
            )
        )

    later = meeting(
        "2024-06-01",
        "draft the data sharing protocol for the joint steps",
        "Natural Resources Wales",
    )
    earlier = meeting(
        "2024-01-10", "draft a data sharing protocol for joint steps", "Natural Resources Wales"
    )
    s = review_series([later, earlier])
    assert [m.date for m in s.meetings] == ["2024-01-10", "2024-06-01"]
    assert s.attendance == {"Natural Resources Wales": ["present", "present"]}
    assert len(s.repeated_actions) == 1 and s.repeated_actions[0]["earlier_date"] == "2024-01-10"
    assert s.to_dict()["series"] is True


def test_ambiguous_abbreviation_is_reported_and_initials_owner():
    r = review_minutes(
        doc(
            "Test Board",
            "Minutes of the meeting held on 10 March 2022",
            "Present: Cllr Jane Mudd (Cllr JM) (Newport City Council), Ann Jones (CCBC)",
            "1. Data",
            "Discussion.",
            "ACTION: Cllr JM to write to the Minister.",
            "2. Close",
            "Closed.",
        )
    )
    ann = r.attendance["present"][1]
    assert ann.organisation == "CCBC" and len(ann.ambiguous) == 2
    assert any("ambiguous" in w and "CCBC" in w for w in r.warnings)
    assert r.items[0].actions[0].organisations == ("Newport City Council",)


def test_series_merges_an_abbreviation_with_the_full_name():
    from collabtext.minutes_series import review_series

    a = review_minutes(
        doc(
            "Milltown Parish Council - 1st March 2016",
            "Present",
            "Councillor D Richardson (Chair), A Armstrong (EDC)",
            "1. Minutes",
            "All agreed.",
            "2. Close",
            "Closed.",
        )
    )
    b = review_minutes(
        doc(
            "Milltown Parish Council - 6th March 2018",
            "Present",
            "Councillor D Richardson (Chair), Eden District Councillor A Armstrong",
            "1. Minutes",
            "All agreed.",
            "2. Close",
            "Closed.",
        )
    )
    s = review_series([b, a])
    assert s.attendance["Eden District Council"] == ["present", "present"]
    assert "EDC" not in s.attendance


def test_empty_and_odd_documents_do_not_fail():
    empty = Document(path="e.txt", sha256="0", format="text", passages=())
    r = review_minutes(empty)
    assert r.items == () and "no attendance record found" in r.warnings
    junk = review_minutes(doc("\x00\x01", "(((", "1.", "2.", ")))" * 500, "ACTION:", "Present:"))
    assert junk.to_dict()["schema_version"] == "1"


def test_actions_inside_a_paragraph_and_after_a_decision():
    """Parish minutes run discussion, decision and task together; each task is an action, the
    decision is not, and a company's "Inc." starts no clause."""
    r = review_minutes(
        doc(
            "Anytown Town Council - Minutes of meeting held on 3rd March 2020",
            "Present",
            "Councillors A Smith (Chair), B Jones and C Brown",
            "Clerk D White",
            ("heading", "20.03.3 Highways"),
            "The Councillors discussed the potholes, Councillor Jones to contact Highways.",
            ("heading", "20.03.4 Finance"),
            "All agreed to pay the invoice. The Clerk to respond accordingly.",
            ("heading", "20.03.5 Grants"),
            "A letter from Safe Harbour, Inc. to fund shelter beds was read out.",
        )
    )
    got = {a.text: a for a in r.actions}
    assert set(got) == {
        "Councillor Jones to contact Highways.",
        "The Clerk to respond accordingly.",
    }
    assert any("Jones" in o for o in got["Councillor Jones to contact Highways."].owners)
    assert got["The Clerk to respond accordingly."].owners
    assert [d for i in r.items for d in i.decisions] == ["All agreed to pay the invoice."]


def test_meeting_date_from_the_title_not_from_dates_the_page_quotes():
    rule = (
        "Petitions: notice of intention to submit a petition must be given in writing to the "
        "democratic services team by 10am on the last working day prior to the meeting "
        "(Wednesday 14 January 2026). The Chair may allow a petition at short notice where the "
        "matter is urgent and the petitioners live or work in the borough."
    )
    r = review_minutes(
        doc(
            ("heading", "North Neighbourhood Committee - Thursday 15 January 2026 7:30 pm"),
            "Approval of Minutes from 18 November 2025",
            rule,
        )
    )
    assert r.date == "2026-01-15"
    notice = review_minutes(
        doc(
            "Thursday, December 3, 2020",
            "PUBLIC NOTICE OF SPECIAL MEETING OF THE FINANCE COMMITTEE",
            "The Authority will hold a special meeting of the Finance Committee in its Chicago "
            "office, 160 North LaSalle Street, on Tuesday, December 8, 2020 at 9:00 a.m. Members "
            "of the public are encouraged to attend the meeting by audio or video conference.",
        )
    )
    assert notice.date == "2020-12-08"
