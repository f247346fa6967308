"""Gazetteer loading, mention finding, resolution, generic bodies and in-document context."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from collabtext.errors import LexiconError
from collabtext.orgs import DocContext, load_gazetteer, psb_coverage, statutory_psb_members
from collabtext.records import Document, Passage


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def canon(gaz, text, ctx=None):
    return [(m.text, m.canonical) for m in gaz.find(text, ctx)]


# -- the shipped gazetteer -------------------------------------------------------------------


def test_gazetteer_covers_the_statutory_bodies(gaz):
    las = gaz.of_type("local_authority")
    assert len(las) == 22
    assert len([o for o in gaz.of_type("health_board") if "Abertawe" not in o.canonical]) == 7
    assert len(gaz.of_type("fire_and_rescue")) == 3
    assert len(gaz.of_type("police")) == 4
    assert len(gaz.of_type("cvc")) == 19
    assert len(gaz.of_type("rpb")) == 7
    assert gaz.get("Natural Resources Wales").psb_role == "statutory"
    assert all(o.welsh for o in las)


def test_load_is_cached():
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize("written, expected", [
    ("Hywel Dda UHB", "Hywel Dda University Health Board"),
    ("BCUHB", "Betsi Cadwaladr University Health Board"),
    ("HDdUHB", "Hywel Dda University Health Board"),
    ("Conwy County Borough Council", "Conwy County Borough Council"),
    ("Conwy CBC", "Conwy County Borough Council"),
    ("Cyngor Bwrdeistref Sirol Conwy", "Conwy County Borough Council"),
    ("NRW", "Natural Resources Wales"),
    ("Cyfoeth Naturiol Cymru", "Natural Resources Wales"),
    ("Mid & West Wales Fire", "Mid and West Wales Fire and Rescue Service"),
    ("MAWWFRS", "Mid and West Wales Fire and Rescue Service"),
    ("Mid and West Wales Fire and Rescue Authority", "Mid and West Wales Fire and Rescue Service"),
    ("South Wales Fire & Rescue Authority", "South Wales Fire and Rescue Service"),
    ("SWF&RS", "South Wales Fire and Rescue Service"),
    ("Monmouthshire CC", "Monmouthshire County Council"),
    ("Newport CC", "Newport City Council"),
    ("Office of the Police & Crime Commissioner for Gwent", "Gwent Police and Crime Commissioner"),
    ("The Police and Crime Commissioner for Dyfed-Powys", "Dyfed-Powys Police and Crime Commissioner"),
    ("Iechyd Cyhoeddus Cymru", "Public Health Wales"),
    ("Llywodraeth Cymru", "Welsh Government"),
    ("Glyndwr University", "Wrexham University"),
    ("Wales Audit Office", "Audit Wales"),
    ("Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "Betsi Cadwaladr University Health Board"),
    ("Gwent Police (Chair for the meeting)", "Gwent Police"),
    ("South Wales Fire and Rescue Service (SWF&RS)", "South Wales Fire and Rescue Service"),
    ("Natural Resources Wales.", "Natural Resources Wales"),
])
def test_resolve_attendance_forms(gaz, written, expected):
    org = gaz.resolve(written)
    assert org is not None and org.canonical == expected


def test_resolve_people_and_blank_is_none(gaz):
    assert gaz.resolve("Cllr Jane Mudd (Cllr JM)") is None
    assert gaz.resolve("") is None
    assert gaz.resolve("Apologies") is None


# -- finding mentions ------------------------------------------------------------------------


def test_find_names_abbreviations_possessives(gaz):
    text = ("Natural Resources Wales (NRW) and Public Health Wales' team met the Welsh Government's "
            "officials; PHW and Hywel Dda UHB agreed. Betsi Cadwaladr University Health Board's "
            "plan was noted.")
    found = canon(gaz, text)
    assert ("Natural Resources Wales", "Natural Resources Wales") in found
    assert ("NRW", "Natural Resources Wales") in found
    assert ("Welsh Government", "Welsh Government") in found
    assert ("PHW", "Public Health Wales") in found
    assert ("Hywel Dda UHB", "Hywel Dda University Health Board") in found
    assert ("Betsi Cadwaladr University Health Board", "Betsi Cadwaladr University Health Board") in found


def test_abbreviations_are_case_sensitive_names_are_not(gaz):
    assert canon(gaz, "the nrw figures") == []
    assert ("natural resources wales", "Natural Resources Wales") in canon(
        gaz, "working with natural resources wales on flooding")


def test_longest_match_and_word_boundaries(gaz):
    found = canon(gaz, "Dyfed-Powys Police and Crime Commissioner and Dyfed-Powys Police.")
    assert found[0] == ("Dyfed-Powys Police and Crime Commissioner",
                        "Dyfed-Powys Police and Crime Commissioner")
    assert found[1] == ("Dyfed-Powys Police", "Dyfed-Powys Police")
    assert canon(gaz, "UNRWA and NRWs") == []


def test_welsh_names_found(gaz):
    found = canon(gaz, "Mae Cyngor Sir Ynys Môn a Bwrdd Iechyd Prifysgol Betsi Cadwaladr yn cytuno.")
    assert ("Cyngor Sir Ynys Môn", "Isle of Anglesey County Council") in found
    assert ("Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "Betsi Cadwaladr University Health Board") in found


def test_offsets_point_into_the_text(gaz):
    text = "Report from Mid & West Wales Fire & Rescue Service\u2019s station manager."
    (m,) = gaz.find(text)
    assert text[m.start:m.end] == m.text == "Mid & West Wales Fire & Rescue Service"


# -- generic bodies --------------------------------------------------------------------------


def test_generic_bodies_by_name_form(gaz):
    text = ("Coleg Hafren and Cartrefi Hafren joined Bro Hafren County Council, the Bro Hafren "
            "County Voluntary Council, Menter Iaith Bro Hafren and Hafren Leisure Trust.")
    got = {m.canonical: (m.sector, m.kind) for m in gaz.find(text)}
    assert got["Coleg Hafren"] == ("education", "generic")
    assert got["Cartrefi Hafren"] == ("housing", "generic")
    assert got["Bro Hafren County Council"] == ("local_government", "generic")
    assert got["Bro Hafren County Voluntary Council"] == ("third_sector", "generic")
    assert got["Menter Iaith Bro Hafren"][0] == "third_sector"
    assert got["Hafren Leisure Trust"][0] == "third_sector"


def test_generic_other_invented_places(gaz):
    text = "Llanfair Isaf Community Council, Aberhafren Homes and Coleg Glanrhyd signed up."
    got = {m.canonical: m.sector for m in gaz.find(text)}
    assert got == {"Llanfair Isaf Community Council": "local_government",
                   "Aberhafren Homes": "housing", "Coleg Glanrhyd": "education"}


def test_generic_ignores_topics_headings_and_people(gaz):
    text = ("UPDATE ON PSB PRIORITIES. The Community Connector Service and the Data Sharing Group "
            "met. Huw Price of Hywel Dda UHB spoke.")
    found = canon(gaz, text)
    assert found == [("Hywel Dda UHB", "Hywel Dda University Health Board")]


def test_department_of_a_gazetteer_body_is_that_body(gaz):
    found = canon(gaz, "Conwy County Borough Council Youth Service will lead.")
    assert found == [("Conwy County Borough Council", "Conwy County Borough Council")]


def test_resolve_generic_names_and_abbreviated_tails(gaz):
    org = gaz.resolve("Bro Hafren CVC")
    assert org.canonical == "Bro Hafren County Voluntary Council" and org.source == "generic"
    assert gaz.resolve("Cartrefi Hafren").sector == "housing"


# -- document context ------------------------------------------------------------------------

DOC = """Bro Hafren Public Services Board
Present: Cllr Sian Morgan (Chair, Bro Hafren County Council), Dr Huw Price (Hywel Dda UHB),
Alun Rees (Bro Hafren County Voluntary Council).
Bro Hafren County Council (BHCC) presented the report. The Council's youth service and the
Health Board will work with the CVC. BHCC and Bro Hafren Council will report to the Board.
All partners agreed. Hywel Dda UHB (HP) to circulate the plan."""


def test_context_learns_abbreviations_and_roles(gaz):
    ctx = DocContext.from_text(DOC)
    assert ctx.abbreviations["BHCC"].canonical == "Bro Hafren County Council"
    assert "HP" not in ctx.abbreviations  # a person's initials after a body, not its abbreviation
    got = [(m.text, m.canonical, m.kind) for m in gaz.find(DOC, ctx)]
    assert ("BHCC", "Bro Hafren County Council", "context") in got
    assert ("Bro Hafren Council", "Bro Hafren County Council", "context") in got
    assert ("The Council", "Bro Hafren County Council", "role") in got
    assert ("Health Board", "Hywel Dda University Health Board", "role") in got or \
        ("the\nHealth Board", "Hywel Dda University Health Board", "role") in got
    assert ("the CVC", "Bro Hafren County Voluntary Council", "role") in got
    assert ("the Board", "Bro Hafren Public Services Board", "role") in got
    partners = [m for m in gaz.find(DOC, ctx) if m.role == "partners"]
    assert partners and partners[0].canonical is None


def test_role_without_context_is_unresolved(gaz):
    (m,) = gaz.find("The Council agreed.")
    assert m.kind == "role" and m.role == "local_authority" and m.canonical is None


def test_resolve_with_context(gaz):
    ctx = DocContext.from_text(DOC)
    assert gaz.resolve("the Council", ctx).canonical == "Bro Hafren County Council"
    assert gaz.resolve("BHCC", ctx).canonical == "Bro Hafren County Council"
    assert gaz.resolve("Bro Hafren Council", ctx).canonical == "Bro Hafren County Council"
    assert gaz.resolve("the Health Board", ctx).canonical == "Hywel Dda University Health Board"


def test_from_document(gaz):
    doc = Document(path="x", sha256="0", format="text", passages=(
        Passage(id="p0001", text="Minutes of Conwy and Denbighshire Public Services Board"),
        Passage(id="p0002", text="Fran Lewis (CCBC) and Nicola Kneale (DCC) presented. Conwy "
                                 "County Borough Council and Denbighshire County Council agreed."),
    ))
    ctx = DocContext.from_document(doc)
    assert gaz.resolve("CCBC", ctx).canonical == "Conwy County Borough Council"
    assert gaz.resolve("the Board", ctx).canonical == "Conwy and Denbighshire Public Services Board"


# -- ambiguous abbreviations -----------------------------------------------------------------


def test_ccbc_from_area(gaz):
    gwent = DocContext.from_text("Blaenau Gwent CBC, Torfaen CBC and Newport City Council met "
                                 "Aneurin Bevan UHB. CCBC will host.")
    north = DocContext.from_text("Denbighshire County Council and BCUHB met in Llandudno. CCBC "
                                 "will host.")
    assert gaz.resolve("CCBC", gwent).canonical == "Caerphilly County Borough Council"
    assert gaz.resolve("CCBC", north).canonical == "Conwy County Borough Council"
    (m,) = gaz.find("CCBC will host.")
    assert m.canonical is None and set(m.ambiguous) == {"Conwy County Borough Council",
                                                        "Caerphilly County Borough Council"}


def test_pcc_police_council_or_ambiguous(gaz):
    police = "Dyfed-Powys Police and the OPCC attended. The PCC said community safety matters."
    ctx = DocContext.from_text(police)
    m = [m for m in gaz.find(police, ctx) if m.text == "PCC"][0]
    assert m.canonical == "Dyfed-Powys Police and Crime Commissioner"
    pembs = "Pembrokeshire County Council and Hywel Dda UHB met in Haverfordwest. PCC will lead."
    ctx = DocContext.from_text(pembs)
    m = [m for m in gaz.find(pembs, ctx) if m.text == "PCC"][0]
    assert m.canonical == "Pembrokeshire County Council"
    (m,) = gaz.find("PCC will lead.")
    assert m.canonical is None and "Pembrokeshire County Council" in m.ambiguous


def test_gp_reading(gaz):
    (m,) = gaz.find("Patients waited for a GP appointment at the surgery.")
    assert m.canonical is None and m.ambiguous == ("general practitioner",)
    (m,) = gaz.find("GP (Gwent Police) Superintendent Jones reported.")[:1]
    assert m.canonical == "Gwent Police"


# -- PSB membership --------------------------------------------------------------------------


def test_psb_coverage(gaz):
    orgs = [gaz.resolve(n) for n in ("Hywel Dda UHB", "NRW", "MWWFRS", "Dyfed-Powys Police")]
    cov = psb_coverage(orgs)
    assert cov["absent"] == ["local authority"]
    assert cov["statutory"]["local health board"] == ["Hywel Dda University Health Board"]
    assert cov["invited"]["chief constable"] == ["Dyfed-Powys Police"]
    assert not cov["complete"]
    cov = psb_coverage([*orgs, gaz.resolve("Bro Hafren County Council")])
    assert cov["complete"]


def test_statutory_members(gaz):
    assert statutory_psb_members() == ["local authority", "local health board",
                                       "fire and rescue authority", "Natural Resources Wales"]
    ctx = DocContext.from_text("Torfaen CBC and Aneurin Bevan University Health Board met.")
    assert statutory_psb_members(ctx) == [
        "Torfaen County Borough Council", "Aneurin Bevan University Health Board",
        "South Wales Fire and Rescue Service", "Natural Resources Wales"]


# -- user files and schema errors ------------------------------------------------------------


def test_user_extra_file_adds_entries(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organisations:\n"
        "  - name: Hafren Valley Trust\n"
        "    sector: third_sector\n"
        "    abbreviations: [HVT]\n"
        "    aliases: [The Valley Trust]\n", encoding="utf-8")
    gaz = load_gazetteer((str(extra),))
    assert gaz.resolve("HVT").canonical == "Hafren Valley Trust"
    assert canon(gaz, "HVT and NRW")[0] == ("HVT", "Hafren Valley Trust")
    assert load_gazetteer().resolve("HVT") is None


def test_schema_error_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "organisations:\n"
        "  - name: Good Body Trust\n"
        "    sector: third_sector\n"
        "  - name: Bad Body\n"
        "    sector: charity\n", encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        load_gazetteer((str(bad),))
    assert "line 4" in str(e.value) and "bad.yaml" in str(e.value) and "sector" in str(e.value)
    assert e.value.code == "CT202"


def test_yaml_syntax_error_and_missing_file(tmp_path: Path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("organisations:\n  - {name: X, sector: [\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="line"):
        load_gazetteer((str(bad),))
    with pytest.raises(LexiconError, match="not found"):
        load_gazetteer((str(tmp_path / "nope.yaml"),))


# -- real minutes (skipped without the shared corpus) ----------------------------------------


def test_gwent_attendance_resolves(gaz, corpus_dir: Path):
    path = corpus_dir / "wellbeing" / "gwentpsb_notes-of-meeting_2022-06-30_psb-minutes.txt"
    if not path.is_file():
        pytest.skip("Gwent minutes absent")
    text = path.read_text(encoding="utf-8")
    found = {m.canonical for m in gaz.find(text) if m.canonical}
    assert {"Caerphilly County Borough Council", "Gwent Police", "Natural Resources Wales",
            "Aneurin Bevan University Health Board", "Gwent Police and Crime Commissioner",
            "South Wales Fire and Rescue Service", "Torfaen Voluntary Alliance"} <= found


def test_speed_is_printed(gaz, capsys):
    text = ("Cllr Sian Morgan (Bro Hafren County Council) thanked NRW, Hywel Dda UHB and the "
            "Council's officers for the joint work with partners. ") * 4000
    t = time.perf_counter()
    n = len(gaz.find(text))
    dt = time.perf_counter() - t
    with capsys.disabled():
        print(f"\norgs.find: {len(text) / dt / 1e6:.2f} M chars/s ({n} mentions)")
    assert n >= 4 * 4000


def test_welsh_mutated_names(gaz):
    found = canon(gaz, "gyda Chyfoeth Naturiol Cymru a Lywodraeth Cymru")
    assert found == [("Chyfoeth Naturiol Cymru", "Natural Resources Wales"),
                     ("Lywodraeth Cymru", "Welsh Government")]


# -- user files: CSV and the statutory flag (issue 5) -------------------------------------------


def test_issue_5_csv_user_file_adds_bodies_with_inferred_type(tmp_path: Path):
    p = tmp_path / "local.csv"
    p.write_text(
        "\ufeffName,Aliases,Abbreviations,Sector,Statutory\n"
        "Afon Teg County Council,Teg Council; Cyngor Teg,ATCC,local_government,yes\n"
        "# a comment row\n"
        '"Teg Valley Leisure, Sport and Arts",Teg Leisure,,,no\n',
        encoding="utf-8",
    )
    g = load_gazetteer((str(p),))
    council = g.resolve("Afon Teg Council")  # the loader's generated short form
    assert council is not None and council.canonical == "Afon Teg County Council"
    assert council.statutory_psb and council.type == "local_authority"
    assert g.resolve("ATCC") is council and g.resolve("Cyngor Teg") is council
    leisure = g.resolve("Teg Leisure")
    assert leisure is not None and leisure.canonical == "Teg Valley Leisure, Sport and Arts"
    assert leisure.psb_role is None and leisure.sector == "other"
    assert psb_coverage([council])["statutory"]["local authority"] == ["Afon Teg County Council"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,alias\nX Trust,Y\n", "line 1: unknown column(s) ['alias']"),
        ("aliases\nX\n", "line 1: a CSV gazetteer needs a 'name' column"),
        ("name,statutory\nX Council,maybe\n", "line 2: statutory must be yes or no"),
        ("name,sector\nX Trust,other\nY Trust,charity\n", "line 3: 'Y Trust': sector 'charity'"),
        ("name,sector\nX, Trust,other\n", "line 2: 3 cells but 2 columns"),
        ("", "line 1: empty CSV"),
    ],
)
def test_issue_5_csv_errors_name_file_and_line(tmp_path: Path, text, message):
    p = tmp_path / "bad.csv"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        load_gazetteer((str(p),))
    assert message in str(e.value) and "bad.csv" in str(e.value)


def test_issue_5_yaml_statutory_flag(tmp_path: Path):
    ok = tmp_path / "ok.yaml"
    ok.write_text(
        "organisations:\n  - {name: Afon Teg County Council, sector: local_government, "
        "statutory: yes}\n",
        encoding="utf-8",
    )
    org = load_gazetteer((str(ok),)).get("Afon Teg County Council")
    assert org is not None and org.psb_role == "statutory" and org.type == "local_authority"
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "organisations:\n  - name: X Trust\n    sector: other\n    statutory: sometimes\n"
        "  - {name: Y Council, sector: local_government, statutory: true, psb_role: invited}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="line 2: 'X Trust': 'statutory' must be true or false"):
        load_gazetteer((str(bad),))
    bad.write_text(
        "organisations:\n"
        "  - {name: Y Council, sector: local_government, statutory: true, psb_role: invited}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="line 2: 'Y Council': 'statutory: true' contradicts"):
        load_gazetteer((str(bad),))


# -- short forms resolved to fuller names (orgs_canon, issue 5) ---------------------------------


def test_issue_5_short_forms_resolve_to_the_one_fuller_name():
    from collabtext.orgs_canon import resolve_short_forms

    got = resolve_short_forms(
        [
            "Afon Teg Council",
            "Afon Teg County Borough Council",
            "the CVC",
            "Afon Teg County Voluntary Council",
            "ATCBC",
            "Hywel Dda University Health Board",
        ]
    )
    assert {k: (v.canonical, v.reason) for k, v in got.items()} == {
        "Afon Teg Council": ("Afon Teg County Borough Council", "longer_form"),
        "the CVC": ("Afon Teg County Voluntary Council", "bare_head"),
        "ATCBC": ("Afon Teg County Borough Council", "initials"),
    }


@pytest.mark.parametrize(
    "names",
    [
        ["Afon Teg Council", "Afon Teg County Council", "Afon Teg City Council"],  # which one?
        ["the Council", "Afon Teg County Council", "Llan Teg Town Council"],
        ["Llan Teg Council", "Llan Teg Town Council"],  # town council: a different core
        ["Afon Teg Council", "Afon Teg Council for Voluntary Service"],  # another family
    ],
)
def test_issue_5_short_forms_left_alone_when_not_clearly_one_body(names):
    from collabtext.orgs_canon import resolve_short_forms

    assert resolve_short_forms(names) == {}


def test_issue_5_definitions_canonical_names_and_ambiguous_abbreviations():
    from collabtext.orgs_canon import resolve_short_forms

    got = resolve_short_forms(
        ["TVL", "Teg Valley Leisure", "Teg Valley Libraries"], defined={"TVL": "Teg Valley Leisure"}
    )
    assert got["TVL"].canonical == "Teg Valley Leisure"
    assert got["TVL"].reason == "abbreviation_defined"
    names = ["Swansea Council", "Swansea Council Housing Service"]
    assert resolve_short_forms(names, is_canonical=lambda n: n == "Swansea Council") == {}
    pcc = ["PCC", "Pembrokeshire County Council"]
    assert resolve_short_forms(pcc, ambiguous={"PCC"}) == {}
    assert resolve_short_forms(pcc)["PCC"].canonical == "Pembrokeshire County Council"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'name,aliases\n"Afon Teg Leisure,Teg\nThird Body,x\n', "check the quotes"),
        (b'name,aliases\n"' + b"x" * 200_000 + b"\n", "not valid CSV"),
        (b"name,,sector\nA Body,lost,health\n", "every column needs a name"),
        (b"name,name\nA Body,B Body\n", "each used once"),
        (b"name,sector\nCaf\xe9 Trust,health\n", "line 2: not UTF-8"),
    ],
)
def test_bad_csv_gazetteer_is_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "local.csv"
    bad.write_bytes(content)
    with pytest.raises(LexiconError) as e:
        load_gazetteer((str(bad),))
    assert message in str(e.value) and "local.csv" in str(e.value)
