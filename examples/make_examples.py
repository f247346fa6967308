"""Write the bundled example documents (a short well-being plan and a set of minutes, DOCX and PDF).

The documents are fictional and were written for collabtext: Dyffryn Derwen, its county council,
voluntary council, college and housing association are invented; real Welsh public bodies appear
only as members of the fictional board. Re-run after editing the content:

    python examples/make_examples.py        # needs python-docx and fpdf2 (pip install -e '.[test]')
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

PLAN_TITLE = "Dyffryn Derwen Well-being Plan 2024–2029"
PLAN = [
    ("title", PLAN_TITLE),
    ("p", "Published by the Dyffryn Derwen Public Services Board, May 2024."),
    ("p", "Mae'r cynllun hwn ar gael yn Gymraeg hefyd. Rydym yn croesawu gohebiaeth yn Gymraeg."),
    ("h1", "Foreword"),
    ("p", "This is our second well-being plan. We have learnt that we achieve most when we pool what we "
          "have and design services together with the people who use them, rather than each "
          "organisation doing its own thing. This plan therefore contains only the steps that no single "
          "partner could take alone."),
    ("h1", "The Well-being of Future Generations (Wales) Act 2015"),
    ("p", "The Act puts in place seven well-being goals:"),
    ("li", "A prosperous Wales"),
    ("li", "A resilient Wales"),
    ("li", "A healthier Wales"),
    ("li", "A more equal Wales"),
    ("li", "A Wales of cohesive communities"),
    ("li", "A Wales of vibrant culture and thriving Welsh language"),
    ("li", "A globally responsible Wales"),
    ("p", "Public bodies must apply the sustainable development principle, acting in a manner which seeks "
          "to ensure that the needs of the present are met without compromising the ability of future "
          "generations to meet their own needs, through five ways of working: long term, prevention, "
          "integration, collaboration and involvement."),
    ("h1", "Objective 1: Healthy homes for every generation"),
    ("p", "Cold and damp homes make people ill and keep children off school. Too many of our older "
          "residents live in homes they cannot afford to heat."),
    ("h2", "What we will do"),
    ("p", "1.1 Dyffryn Derwen County Council, Betsi Cadwaladr University Health Board and Tai Derwen "
          "Housing Association will pool their home-adaptation budgets into a single Healthy Homes Fund, "
          "managed by a joint officer team based in one office, so that a GP referral leads to repairs "
          "within six weeks. We will have the fund in place by April 2025."),
    ("p", "1.2 The Council will continue to deliver its existing disabled facilities grant programme."),
    ("p", "1.3 The Board will ask older residents and carers how they would like to receive advice on "
          "energy bills, through a survey and two public drop-in sessions during 2024."),
    ("h1", "Objective 2: Nature and climate"),
    ("p", "Our rivers are under pressure from run-off, and flooding is becoming more frequent."),
    ("h2", "Steps we will take"),
    ("table", [
        ["Step", "Lead partner", "Partners", "Timescale"],
        ["2.1 Co-design a catchment plan for the Afon Derwen with farmers and community groups",
         "Natural Resources Wales", "Dyffryn Derwen County Council, Dŵr Cymru Welsh Water", "by March 2026"],
        ["2.2 Share flood-risk data through one data sharing agreement and a joint dashboard",
         "Dyffryn Derwen County Council", "North Wales Fire and Rescue Service, Natural Resources Wales",
         "2024-2025"],
        ["2.3 Plant 20,000 trees on council land", "Dyffryn Derwen County Council", "", "ongoing"],
    ]),
    ("h1", "Objective 3: Young people shaping their future"),
    ("h2", "How we will get there"),
    ("li", "Coleg Derwen, Careers Wales and Menter Derwen will align their youth employment programmes "
           "behind one shared outcomes framework, each contributing staff to a single point of access "
           "for 16 to 24 year olds, by September 2025."),
    ("li", "Partners will work to improve outcomes for young people."),
    ("li", "North Wales Police and the Council's youth service will each run their own diversion "
           "activities and share their timetables, so that there is something on every evening."),
]

MINUTES_TITLE = "Dyffryn Derwen Public Services Board"
MINUTES = [
    ("title", MINUTES_TITLE),
    ("p", "Minutes of the meeting held on Tuesday 11 March 2025 at 10.00 am, Canolfan Derwen and online."),
    ("h2", "Present"),
    ("table", [
        ["Name", "Organisation"],
        ["Cllr Megan Rowlands (Chair)", "Dyffryn Derwen County Council"],
        ["Dr Iwan Hughes", "Betsi Cadwaladr University Health Board"],
        ["Sara Pugh", "Natural Resources Wales"],
        ["Group Manager Dafydd Ellis", "North Wales Fire and Rescue Service"],
        ["Superintendent Gwen Lloyd", "North Wales Police"],
        ["Rhys Owen", "Derwen Voluntary Services Council"],
    ]),
    ("h2", "In attendance"),
    ("table", [
        ["Name", "Organisation"],
        ["Catrin Morris (minutes)", "Dyffryn Derwen County Council"],
        ["Elen Price", "Tai Derwen Housing Association"],
    ]),
    ("h2", "Apologies"),
    ("p", "Apologies were received from Mark Bennett (Welsh Government) and Alys Jones (Public Health Wales)."),
    ("h1", "1. Welcome and apologies"),
    ("p", "The Chair welcomed members and noted the apologies."),
    ("h1", "2. Minutes of the last meeting"),
    ("p", "RESOLVED that the minutes of the meeting held on 10 December 2024 be approved as a correct record."),
    ("h1", "3. Healthy Homes Fund"),
    ("p", "Elen Price presented the business case for pooling the three home-adaptation budgets. "
          "Dr Iwan Hughes said: “We have talked about joint commissioning for years; this time we are "
          "doing it, and our staff will sit in one office with yours.” Cllr Megan Rowlands said: “Yes, "
          "and we should ask tenants to help us design the referral form.”"),
    ("p", "Members noted that the health board's financial year and the council's grant rules still "
          "differ, which has held up the pooled budget."),
    ("p", "AGREED that the section 33 agreement be drafted for the June meeting."),
    ("p", "ACTION: Elen Price and Dr Iwan Hughes to draft the section 33 agreement by 30 May 2025."),
    ("h1", "4. Flood-risk data sharing"),
    ("p", "Sara Pugh reported that the data sharing agreement had been signed by all partners. "
          "Superintendent Gwen Lloyd said: “I am not convinced my officers can use the dashboard yet, "
          "but I will find out what training they need.”"),
    ("p", "The Board noted the update."),
    ("p", "ACTION: Group Manager Dafydd Ellis to circulate the dashboard guide by 14 April 2025."),
    ("h1", "5. Date of next meeting"),
    ("p", "The next meeting will be held on Tuesday 10 June 2025."),
]


def write_docx(items: list[tuple[str, object]], title: str, path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = title
    section.footer.paragraphs[0].text = "Dyffryn Derwen Public Services Board"
    for kind, content in items:
        if kind == "title":
            d.add_heading(str(content), level=0)
        elif kind in ("h1", "h2"):
            d.add_heading(str(content), level=int(kind[1]))
        elif kind == "li":
            d.add_paragraph(str(content), style="List Bullet")
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            t.style = "Table Grid"
            for i, row in enumerate(rows):  # type: ignore[arg-type]
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
                            run.font.size = Pt(10)
        else:
            d.add_paragraph(str(content))
    d.save(str(path))


def write_pdf(items: list[tuple[str, object]], title: str, path: Path) -> None:
    from fpdf import FPDF

    fonts = Path("/usr/share/fonts/truetype/dejavu")

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", size=8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 6, title, align="R")
            self.ln(12)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in items:
        pdf.set_x(pdf.l_margin)
        if kind == "title":
            pdf.set_font("DejaVu", "B", 18)
            pdf.multi_cell(width, 9, str(content))
            pdf.ln(3)
        elif kind in ("h1", "h2"):
            pdf.set_font("DejaVu", "B", 14 if kind == "h1" else 12)
            pdf.ln(2)
            pdf.multi_cell(width, 7, str(content))
            pdf.ln(1)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(width, 5.5, "•  " + str(content))
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(text_align="LEFT", line_height=5) as table:
                for row in content:  # type: ignore[union-attr]
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(width, 5.5, str(content))
            pdf.ln(2.5)
    pdf.output(str(path))


def main() -> None:
    for stem, items, title in (
        ("dyffryn-derwen_well-being-plan_2024-2029", PLAN, PLAN_TITLE),
        ("dyffryn-derwen-psb_minutes_2025-03-11", MINUTES, MINUTES_TITLE),
    ):
        write_docx(items, title, HERE / f"{stem}.docx")
        write_pdf(items, title, HERE / f"{stem}.pdf")
        print("wrote", stem)


if __name__ == "__main__":
    main()
