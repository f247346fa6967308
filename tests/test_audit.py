"""Plan audit on generated fixtures: layouts (numbered, bulleted, table, page breaks), partners,
lead, timescale, flags, scorecard and comparison."""

# ruff: noqa: E501 - fixture sentences read better unwrapped

from __future__ import annotations

from collabtext.audit import audit_plan
from collabtext.audit_compare import compare
from collabtext.records import Document, Passage

PSB = "Afon Valley Public Services Board"
INTRO = f"{PSB} brings together Afon Valley County Council, Afon Health Board and Natural Resources Wales."


def _doc(items: list[tuple], name: str = "plan.txt") -> Document:
    """items: (kind, text[, page[, level or cells]])."""
    ps = []
    page = 1
    for i, it in enumerate(items, 1):
        kind, text = it[0], it[1]
        page = it[2] if len(it) > 2 else page
        extra = it[3] if len(it) > 3 else None
        cells = tuple(extra) if kind == "table_row" else None
        level = extra if kind == "heading" else None
        ps.append(Passage(f"p{i:04d}", text, page, (), kind, "en", cells=cells, level=level))
    return Document(path=name, sha256="0", format="text", passages=tuple(ps))


def _numbered_plan() -> Document:
    return _doc(
        [
            ("paragraph", INTRO),
            ("heading", "Well-being Objective 1: Healthy homes", 2, 1),
            ("heading", "Why this matters", 2, 2),
            (
                "paragraph",
                "Many homes are cold and damp. Afon Valley County Council said so in 2022.",
            ),
            ("heading", "Steps we will take", 2, 2),
            (
                "paragraph",
                "1.1 Afon Valley County Council and Afon Health Board will set up a joint home safety team with a pooled budget by March 2025.",
            ),
            (
                "paragraph",
                "1.2 Afon Valley County Council will continue to run its existing grant scheme, in line with Welsh Government guidance.",
            ),
            (
                "paragraph",
                "1.3 The Board will ask tenants how they would like to get advice on heating, through a survey during 2024.",
            ),
            ("paragraph", "1.4 We will explore opportunities to improve homes where possible."),
            ("heading", "How we will know", 2, 2),
            ("list_item", "The number of homes improved"),
        ]
    )


def test_numbered_steps_and_measures_not_steps() -> None:
    r = audit_plan(_numbered_plan())
    assert [o.title for o in r.objectives] == ["Healthy homes"]
    steps = r.objectives[0].steps
    assert [s.number for s in steps] == ["1.1", "1.2", "1.3", "1.4"]
    assert not any("homes improved" in s.text for s in steps)


def test_partners_lead_and_flags() -> None:
    s1, s2, s3, s4 = audit_plan(_numbered_plan()).objectives[0].steps
    assert set(s1.partners) >= {"Afon Valley County Council"} and len(s1.partners) == 2
    assert s1.lead == () and "single_agency" not in s1.flags and s1.timescale == "by March 2025"
    assert s1.power_spectrum == "collaboration"
    # Welsh Government is only the source of guidance.
    assert s2.partners == ("Afon Valley County Council",) and s2.lead == (
        "Afon Valley County Council",
    )
    assert {"single_agency", "business_as_usual"} <= set(s2.flags)
    assert s2.power_spectrum is None
    assert (
        s3.partners == (PSB,)
        and "consultation_only" in s3.flags
        and s3.power_spectrum == "consultation"
    )
    assert s3.timescale == "during 2024" and "no_citizen_involvement" not in s3.flags
    assert {"vague", "no_named_partner"} <= set(s4.flags) and s4.partners == ()


def test_bulleted_steps_under_priority_heading_over_page_break() -> None:
    doc = _doc(
        [
            ("paragraph", INTRO),
            ("heading", "Priority 2: Nature", 3, 1),
            ("heading", "What we will do", 3, 2),
            (
                "list_item",
                "Led by Natural Resources Wales, partners will co-design a river plan with local communities and",
            ),
            ("paragraph", "landowners, adopted in 2025.", 4),
            ("list_item", "Natural Resources Wales will continue its flood work.", 4),
            ("paragraph", "These steps build on our assessment.", 4),
        ]
    )
    steps = audit_plan(doc).objectives[0].steps
    assert len(steps) == 2
    first = steps[0]
    assert (
        first.text.endswith("landowners, adopted in 2025.")
        and first.page == 3
        and len(first.passages) == 2
    )
    assert first.lead == ("Natural Resources Wales",)
    assert "single_agency" in steps[1].flags


def test_table_layout_with_header_repeated_after_page_break() -> None:
    header = ("Step", "Lead", "Partners", "Timescale")
    doc = _doc(
        [
            ("paragraph", INTRO),
            ("heading", "Objective 3 - Safer streets", 5, 1),
            ("table_row", "", 5, header),
            (
                "table_row",
                "",
                5,
                (
                    "Run joint patrols and share information on hot spots",
                    "Afon Valley County Council",
                    "Natural Resources Wales",
                    "2023-2028",
                ),
            ),
            (
                "table_row",
                "",
                5,
                (
                    "Publish a single community safety plan for the",
                    "All partners",
                    "",
                    "within 12 months",
                ),
            ),
            ("table_row", "", 6, header),
            ("table_row", "", 6, ("valley, agreed by every member.", "", "", "")),
            (
                "table_row",
                "",
                6,
                ("Keep the existing CCTV service", "Afon Valley County Council", "", "ongoing"),
            ),
        ]
    )
    steps = audit_plan(doc).objectives[0].steps
    assert [s.layout for s in steps] == ["table"] * 3
    assert steps[0].lead == ("Afon Valley County Council",) and set(steps[0].partners) == {
        "Afon Valley County Council",
        "Natural Resources Wales",
    }
    assert steps[0].timescale == "2023-2028"
    assert steps[1].text.endswith("agreed by every member.") and steps[1].partners == (PSB,)
    assert steps[1].timescale == "within 12 months"
    assert "single_agency" in steps[2].flags and steps[2].timescale == "ongoing"


def test_docx_layout(make_docx) -> None:
    from collabtext.audit import audit_path

    path = make_docx(
        [
            ("Normal", INTRO),
            ("Heading 1", "Objective 1: Good jobs"),
            ("Heading 2", "How we will get there"),
            (
                "List Number",
                "Afon Valley County Council and Natural Resources Wales will open a joint skills hub during 2024.",
            ),
            ("List Number", "Afon Health Board will ask patients for their views in 2025."),
            ("Heading 1", "Objective 2: Clean air"),
            ("Heading 2", "Our steps"),
            (
                "table",
                [
                    ["Action", "Lead", "When"],
                    [
                        "Co-design clean air zones with residents",
                        "Afon Valley County Council",
                        "by 2026",
                    ],
                ],
            ),
        ]
    )
    r = audit_path(str(path))
    assert [o.title for o in r.objectives] == ["Good jobs", "Clean air"]
    assert [len(o.steps) for o in r.objectives] == [2, 1]
    assert "consultation_only" in r.objectives[0].steps[1].flags
    assert r.objectives[1].steps[0].timescale == "by 2026"


def test_scorecard_and_challenge_list() -> None:
    r = audit_plan(_numbered_plan())
    s = r.summary
    assert s["steps"] == 4 and s["steps_per_objective"] == [{"title": "Healthy homes", "steps": 4}]
    assert abs(sum(s["power_spectrum"].values()) - 1) < 0.01
    assert s["two_or_more_partners"] == 0.25
    assert {c["step"] for c in s["challenge"]} == {"1.2", "1.3", "1.4"}
    assert all(c["page"] == 2 and c["reasons"] for c in s["challenge"])
    assert (
        s["partners"][0]["name"] == "Afon Valley County Council" and s["partners"][0]["steps"] == 2
    )
    d = r.to_dict()
    assert set(d) >= {"path", "sha256", "schema_version", "objectives", "summary"}
    step = d["objectives"][0]["steps"][0]
    assert set(step) >= {
        "text",
        "page",
        "lead",
        "partners",
        "power_spectrum",
        "ways_of_working",
        "themes",
        "agency",
        "timescale",
        "flags",
    }


def test_boilerplate_not_counted() -> None:
    doc = _doc(
        [
            ("paragraph", INTRO),
            ("heading", "The five ways of working", 1, 1),
            ("list_item", "Collaboration: acting with other bodies to meet objectives."),
            (
                "list_item",
                "Involvement: involving people with an interest, reflecting the diversity of the area.",
            ),
            ("heading", "Objective 1: Healthy homes", 2, 1),
            ("heading", "What we will do", 2, 2),
            ("list_item", "A prosperous Wales: an innovative, productive low carbon society."),
            ("list_item", "Afon Valley County Council will continue its grant scheme."),
        ]
    )
    r = audit_plan(doc)
    assert r.summary["steps"] == 1
    assert r.boilerplate["passages"] == 4


def test_no_plan_gives_warning_not_error() -> None:
    r = audit_plan(_doc([("paragraph", "Minutes of the meeting held on 3 May.")]))
    assert r.objectives == () and r.summary["steps"] == 0 and r.warnings


def test_compare_two_plans() -> None:
    a = audit_plan(_numbered_plan())
    b = audit_plan(
        _doc(
            [
                ("heading", "Objective 1: Nature", 1, 1),
                ("heading", "What we will do", 1, 2),
                ("list_item", "Natural Resources Wales will continue its flood work."),
            ],
            "b.txt",
        )
    )
    c = compare([a, b])
    d = c.to_dict()
    assert d["compare"] == ["plan.txt", "b.txt"] and len(d["plans"]) == 2
    steps = next(m for m in d["metrics"] if m["metric"] == "Steps")
    assert steps["values"] == [4, 1]
    assert dict((p["name"], p["steps"]) for p in d["partners"])["Natural Resources Wales"] == [0, 1]


def test_priorities_container_with_unnumbered_objectives_and_bullets() -> None:
    doc = _doc(
        [
            ("paragraph", INTRO),
            ("paragraph", "Priority 1: Tackling poverty"),  # a contents line, not the section
            ("heading", "Our priorities", 2, 1),
            ("heading", "Tackling poverty", 2, 2),
            ("heading", "Why this matters", 2, 3),
            ("list_item", "One in five children live in poverty."),
            ("heading", "How we will get there", 2, 3),
            (
                "list_item",
                "Step 1.1: Afon Valley County Council and Natural Resources Wales will pool funding for warm hubs from April 2024.",
            ),
            ("heading", "Thriving nature", 3, 2),
            ("list_item", "Natural Resources Wales will continue to manage its woodlands."),
            ("heading", "Contact us", 3, 1),
            ("list_item", "Email the team."),
        ]
    )
    r = audit_plan(doc)
    assert [o.title for o in r.objectives] == ["Tackling poverty", "Thriving nature"]
    assert [len(o.steps) for o in r.objectives] == [1, 1]
    assert r.objectives[0].steps[0].number == "1.1"
    assert r.objectives[0].steps[0].timescale == "from April 2024"


def test_welsh_objective_heading_and_listed_objectives() -> None:
    r = audit_plan(
        _doc(
            [
                ("heading", "Amcan 1: Cymunedau cryf", 1, 1),
                ("heading", "Beth fyddwn ni'n ei wneud", 1, 2),
                ("list_item", "Natural Resources Wales will continue its flood work."),
            ]
        )
    )
    assert [o.title for o in r.objectives] == ["Cymunedau cryf"]
    listed = audit_plan(
        _doc(
            [
                ("paragraph", "The Board has agreed three well-being objectives:"),
                ("list_item", "Best start in life"),
                ("list_item", "Green jobs – more skilled jobs in the county"),
                ("paragraph", "The plan runs to 2028."),
            ]
        )
    )
    assert [o.title for o in listed.objectives] == ["Best start in life", "Green jobs"]
    assert all(not o.steps for o in listed.objectives) and "no steps" in listed.warnings[0]


def test_table_with_objective_column_and_labelled_timescale() -> None:
    doc = _doc(
        [
            ("paragraph", INTRO),
            ("heading", "Delivery plan", 1, 1),
            ("table_row", "", 1, ("Objective", "Action", "Lead", "Timescale")),
            (
                "table_row",
                "",
                1,
                (
                    "Objective 1: Warm homes",
                    "Pool retrofit funding in one programme",
                    "Afon Valley County Council (lead)",
                    "2024-25",
                ),
            ),
            ("table_row", "", 1, ("", "Train energy advisers", "Afon Health Board", "")),
            (
                "table_row",
                "",
                2,
                (
                    "Objective 2: Clean rivers",
                    "Co-design a river plan with residents",
                    "Natural Resources Wales",
                    "by 2026",
                ),
            ),
        ]
    )
    r = audit_plan(doc)
    assert [o.title for o in r.objectives] == ["Warm homes", "Clean rivers"]
    assert [len(o.steps) for o in r.objectives] == [2, 1]
    assert r.objectives[0].steps[0].timescale == "2024-25"
    assert r.objectives[0].steps[0].lead == ("Afon Valley County Council",)


def test_lead_marked_in_text_and_labelled_timescale() -> None:
    doc = _doc(
        [
            ("paragraph", INTRO),
            ("heading", "Objective 1: Warm homes", 1, 1),
            ("heading", "Our steps", 1, 2),
            (
                "list_item",
                "Natural Resources Wales (lead) and Afon Valley County Council will share one retrofit team. Timescale: 2024-25.",
            ),
        ]
    )
    s = audit_plan(doc).objectives[0].steps[0]
    assert (
        s.lead == ("Natural Resources Wales",) and len(s.partners) == 2 and s.timescale == "2024-25"
    )


def test_pdf_bulleted_step_over_page_break(make_pdf) -> None:
    from collabtext.audit import audit_path

    path = make_pdf(
        [
            [
                ("header", "Afon Plan 2023-2028"),
                ("heading", "Well-being Objective 1: Warm homes"),
                ("paragraph", INTRO),
                ("heading", "What we will do"),
                (
                    "bullet",
                    "Afon Valley County Council and Natural Resources Wales will pool funding into one retrofit "
                    "team for the valley, with residents on its steering",
                ),
                ("footer", "Page 1 of 2"),
            ],
            [
                ("header", "Afon Plan 2023-2028"),
                ("paragraph", "group, by March 2025."),
                ("bullet", "Natural Resources Wales will continue its existing flood work."),
                ("heading", "How we will know"),
                ("bullet", "The number of homes retrofitted"),
                ("footer", "Page 2 of 2"),
            ],
        ]
    )
    r = audit_path(str(path))
    assert [o.title for o in r.objectives] == ["Warm homes"]
    first, second = r.objectives[0].steps
    assert first.text.endswith("steering group, by March 2025.") and first.page == 1
    assert first.timescale == "by March 2025" and "single_agency" not in first.flags
    assert second.page == 2 and "single_agency" in second.flags


def test_bilingual_plan_audits_the_majority_language_once() -> None:
    ps = [
        Passage("p1", "Objective 1: Warm homes", 1, (), "heading", "en", level=1),
        Passage("p2", "Amcan 1: Cartrefi cynnes", 1, (), "heading", "cy", level=1),
        Passage("p3", "What we will do", 1, (), "heading", "en", level=2),
        Passage(
            "p4",
            "Bydd Cyfoeth Naturiol Cymru yn parhau â'i waith llifogydd.",
            1,
            (),
            "list_item",
            "cy",
        ),
        Passage(
            "p5", "Natural Resources Wales will continue its flood work.", 1, (), "list_item", "en"
        ),
    ]
    r = audit_plan(Document("bi.txt", "0", "text", tuple(ps)))
    assert [o.title for o in r.objectives] == ["Warm homes"]
    assert [s.text for s in r.objectives[0].steps] == [
        "Natural Resources Wales will continue its flood work."
    ]


def test_field_lines_under_a_bulleted_step_belong_to_it() -> None:
    doc = _doc(
        [
            ("paragraph", INTRO),
            ("heading", "Our well-being objectives", 1, 1),
            ("heading", "2. Thriving nature", 1, 2),
            ("heading", "Action plan", 1, 3),
            ("list_item", "Restore three river corridors with landowners."),
            (
                "paragraph",
                "Lead partners: Natural Resources Wales, Afon Valley County Council; Timescale: by 2027",
            ),
            ("list_item", "Map every culvert in the valley."),
        ]
    )
    r = audit_plan(doc)
    assert [o.title for o in r.objectives] == ["Thriving nature"]
    first, second = r.objectives[0].steps
    assert set(first.lead) == {"Natural Resources Wales", "Afon Valley County Council"}
    assert first.timescale == "by 2027" and "no_named_partner" in second.flags
