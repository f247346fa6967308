# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch T: a calibration set written blind to the lexicons.

120 passages (plan 55, report 65), one to five sentences, in the register of Welsh Public
Service Board well-being plans, well-being assessments and PSB annual reports, and of
evaluations, case studies, board papers, audit reports and Regional Partnership Board reports,
across housing, health and care, climate and nature, flooding, community safety, poverty, food,
transport, economy, Welsh language, children and young people, older people, mental health and
digital inclusion, and bodies across Wales. The batch leans on factors: most passages carry a
barrier or an enabler (motivations, structures, relationships), mostly said without the
textbook words. Hard cases: negated enablers (barrier), barriers overcome (both labels),
barriers stated as plain fact with nothing saying they limit joint working (not a barrier),
"no barriers were identified" (neither), keywords only in titles or names, and about a sixth
with no label at all. Labelled on all eight frameworks from the taxonomy and gold/FORMAT.md
only: the tagger was never run on these passages while they were written, the lexicons were
not read, and the gold files were not read. Nothing is taken from the corpus. Hard calls have
a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ plan (55)
    # why: assessment built from partners' pooled data and residents' views: shared evidence base (em), listening (em); data pooling is capacity for joint action
    ("plan", "This assessment brings together figures held by the council, the health board, the police and the fire service with what more than 2,300 residents told us in surveys and street conversations. For the first time partners are working from one picture of need in Conwy and Denbighshire rather than four.", "em iv sup cj P4 co"),
    ("plan", "Conwy and Denbighshire together have an estimated population of 213,000, of whom just over a quarter are aged 65 or over.", ""),
    # why: a contextual fact about funding periods, with nothing saying it limits joint work: not a barrier
    ("plan", "Most of the grants that currently support community transport in Powys are awarded for one year at a time by the Welsh Government.", ""),
    # why: the same fact, now named as what stops partners planning together: barrier.structures
    ("plan", "Because most of the money behind our shared projects arrives in twelve-month grants on different timetables for each partner, we have found it very hard to commit to anything together beyond the end of the financial year.", "bs lt"),
    # why: objective committing partners to jointly fund and staff one team; 'we will' commitment at cooperation/collaboration; pooled = P5
    ("plan", "Objective 2: Healthy homes for all. Over the life of this plan Cardiff Council, Cardiff and Vale University Health Board and the city's housing associations will pool £1.2m a year to run one home adaptations team, so that a person leaving hospital waits days rather than months for a ramp or a stair rail.", "es P5 co ig sup ws"),
    ("plan", "The Well-being of Future Generations (Wales) Act 2015 requires every Public Services Board to publish a local well-being plan within twelve months of each ordinary local government election.", ""),
    # why: 'Partnership' and 'Board' only in names; the passage lists where the document can be found
    ("plan", "Copies of the Gwent Public Services Board Well-being Plan and the Gwent Regional Partnership Board Area Plan are available from the board's website and from any council library in Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen.", ""),
    # why: priorities chosen with residents around local need: common goal based on local needs (em), involvement
    ("plan", "We did not start with a list of services. We started in the community halls of Ynys Môn and Gwynedd, asking people what would make their village a better place to grow old, and the three priorities in this plan are the three things they raised most often.", "em iv sup cp"),
    # why: each partner delivers its own part of one prevention plan: coordination
    ("plan", "Under this step, Mid and West Wales Fire and Rescue Service will carry out safe and well visits, the health board will refer patients at risk of falls, and Pembrokeshire County Council will fit grab rails within ten days of a referral, each body funding its own part.", "P3 co pv"),
    # why: honest admission that partners protect their own targets: barrier.motivations
    ("plan", "Looking back on the last plan, partners were candid that when budgets tightened each organisation fell back on the targets it is judged on by its own regulator, and the shared objectives slipped down every agenda.", "bm"),
    ("plan", "The board will keep a small number of priorities and will measure itself by the difference felt in people's lives, such as fewer children going to school hungry, rather than by the number of meetings held or action plans written.", "em cp"),
    # why: an existing cross-sector board used as the vehicle (es); each body round the table doing its part: coordination
    ("plan", "Rather than create another group, we will use the existing North Wales Safer Communities Board to lead this work, because it already brings the police, the six councils, probation and the fire service around one table.", "es ws P3 co"),
    # why: negated enabler: no agreement on data sharing -> barrier.structures; topic cj
    ("plan", "We still have no agreed way of sharing information about families between schools, social services and the police, and until we do the early help hub will rely on phone calls and goodwill.", "bs cj"),
    ("plan", "Welsh is spoken by 64% of residents in Gwynedd, the highest proportion of any local authority in Wales.", ""),
    # why: residents co-design + sharing power: local groups decide spend
    ("plan", "In each of the county's nine community areas, a panel of residents will decide how the local share of the well-being fund is spent, with partners providing officer time and advice but not a veto.", "sp iv sup P5 es"),
    # why: 'not aware of any barriers': neither barrier nor enabler; no arrangement
    ("plan", "In preparing this step the board was not aware of any legal or practical barriers that would prevent partners from delivering it.", ""),
    # why: trust from years of joint flood work (er), P4
    ("plan", "Our work on flooding builds on more than a decade of partners working side by side in the Rhondda; officers in the council, Natural Resources Wales and Dŵr Cymru know each other by name and pick up the phone before a storm arrives, not after.", "er sm P4 co pv"),
    # why: risk aversion named as a barrier that limits joint action
    ("plan", "Partners recognise that our caution has sometimes held us back: ideas for sharing a building or a budget have been talked about for years but set aside because no organisation wanted to be the one to carry the risk if it went wrong.", "bm"),
    ("plan", "The seven well-being goals are set out in the table on page 6, with the local objectives that contribute to each goal.", ""),
    # why: long-term and prevention language only, no factor, no arrangement
    ("plan", "Many of the children born in Merthyr Tydfil this year will still be living here in 2080. Decisions we make now about how homes are heated and how land is used will shape the air they breathe and the bills they pay.", "lt"),
    # why: secondment as enabler + clear responsibilities
    ("plan", "To make this happen, Swansea Council will second a senior officer into the health board's planning team for two years, and a named lead in each organisation will be responsible for reporting progress to the board.", "es P4 co cj"),
    # why: separate case systems named as stopping two services seeing each other's notes: barrier.structures; no joint arrangement described
    ("plan", "Front-line staff told us that the council and the health board each use their own case recording system, so a social worker and a district nurse visiting the same person cannot see each other's notes.", "bs"),
    # why: listening to all stakeholders as a purposeful method (em)
    ("plan", "Each objective in this plan was tested with young people, carers, businesses, town and community councils and staff in every partner organisation, and where their views pulled in different directions we have said so and explained the choice we made.", "em iv P2"),
    ("plan", "Progress on each step will be reported to the board every six months and published in our annual report each summer.", "gv"),
    # why: competing priorities across partners: barrier.motivations; topic cp
    ("plan", "The assessment showed that partners were each pursuing their own version of 'tackling poverty', with at least five separate strategies across the county and little agreement on which families should come first.", "bm cp"),
    # why: co-location enabler (er), joint team P4
    ("plan", "From 2025 the county's mental health crisis workers, police triage officers and third sector support staff will work from the same base at Ysbyty Gwynedd, so that the person in crisis sees one team rather than three.", "er P4 co ig sup ws"),
    # why: shared goal stated (em), cp theme, integration across goals
    ("plan", "All seven partners have signed up to one goal for this plan: that by 2035 no household in Blaenau Gwent has to choose between heating and eating.", "em cp lt sm"),
    # why: geographical distance as relationship barrier, stated as limiting joint work
    ("plan", "In a county as large as Powys, an hour or more between offices means many officers from different partners rarely meet face to face, and working relationships across the county have been slow to form.", "br"),
    # why: keyword 'collaboration' only in a heading; body is a single-body fact
    ("plan", "Section 4: Collaboration and Involvement. The council's customer contact centre handled 182,000 calls in 2023-24, a rise of 6% on the previous year.", ""),
    # why: barrier overcome: data sharing previously blocked, now protocol signed (bs + es)
    ("plan", "During the last plan period, concerns about data protection meant that partners could not match their records of vulnerable households. A data sharing protocol signed by all board members in 2023 has allowed us to build a single list of homes at risk in a flood, which the fire service and council now use together.", "bs es cj P4 co pv"),
    # why: 'Partnership' in name only; single body's programme
    ("plan", "The Bridgend Partnership Homes scheme completed 48 new council-owned flats at Brackla in 2023, all built to the Welsh Development Quality Requirements.", ""),
    # why: leadership turnover named as having stalled joint work
    ("plan", "The board has had four chairs and three new chief executives among its statutory members since 2022. Each change has meant relationships being rebuilt and some joint commitments quietly dropped.", "br"),
    # why: annual report: barrier overcome - separate buildings overcome by shared hub (br + er)
    ("plan", "Annual report 2023-24. Our community safety team used to be spread across three offices in Wrexham, and staff told us they seldom spoke to colleagues in other agencies. Since moving into one shared office above the town's library, police, council and housing officers now sit together and sort out problems in the same morning.", "br er P4 co"),
    ("plan", "The assessment uses the 2021 Census, the National Survey for Wales and the Welsh Index of Multiple Deprivation 2019, together with local data supplied by partners.", ""),
    # why: impatience for quick results as barrier.motivations
    ("plan", "We have learned that pressure to show results within a single year pushed us towards short projects that looked good in an annual report but rarely changed the underlying problem.", "bm lt"),
    # why: formal agreement (es) + pooled budget P5
    ("plan", "Step 3.2: The board will agree a memorandum of understanding setting out what each partner contributes to the Ceredigion food partnership, including staff time, premises and a shared budget for community food projects.", "es cj P5 co"),
    # why: attitude only; sharing power topic, no arrangement
    ("plan", "We want communities to be in charge of more of the decisions that affect them, and partners will have to become more comfortable with letting go.", "sp"),
    # why: funding competition described neutrally: competition only, no barrier
    ("plan", "Voluntary organisations in the county bid each year against one another for the council's community grants, with around one application in three successful.", "P1"),
    # why: the same competition named as harming joint working: barrier.structures + competition
    ("plan", "Third sector partners told us that competing against each other for the same small grants every year has made them wary of sharing ideas, and has worked against the kind of joined-up offer families need.", "bs br P1"),
    # why: bottom-up informal networks as enabler.relationships
    ("plan", "Some of the best joint work in Neath Port Talbot began not with the board but with front-line workers in a neighbourhood who started meeting for coffee each month and found they were supporting the same families.", "er"),
    # why: outcomes focus (em), prevention
    ("plan", "We will judge this objective by whether fewer older people are admitted to hospital after a fall, not by how many leaflets we hand out.", "em pv"),
    # why: statement of aim: 'whole system' theme, integration; no factor
    ("plan", "Our approach to obesity recognises that no single organisation holds the answer: planning, transport, schools, food businesses and the NHS all shape what people eat and how much they move.", "ws ig"),
    # why: burnout as barrier.relationships
    ("plan", "The assessment heard that staff in social care and the third sector are exhausted after several years of high demand, and that many no longer have the energy to take part in partnership groups on top of their day jobs.", "br"),
    # why: listening to all stakeholders (em), iv, sup; P2 consultation
    ("plan", "We held 41 events in English and Welsh, including sessions with Gypsy and Traveller families, disabled people's groups and young carers, so that people who are seldom asked could shape the priorities.", "em iv sup P2 cm"),
    # why: streamlined decision-making as enabler.structures
    ("plan", "To speed up decisions, the board has agreed that its delivery groups can approve spending of up to £25,000 without waiting for the next full meeting.", "es sp gv P4 co"),
    ("plan", "This plan was approved by Torfaen County Borough Council on 11 April, by Aneurin Bevan University Health Board on 24 April and by the other statutory members at their meetings in May.", ""),
    # why: buy-in lacking: negated enabler = barrier.motivations
    ("plan", "Not every partner has yet committed staff or money to the climate objective, and without that commitment it will remain a statement of intent.", "bm"),
    # why: digital working as breaking down physical barriers (er)
    ("plan", "Moving our task groups online during the pandemic meant officers from Monmouth to Ebbw Vale could meet for an hour without a two-hour round trip, and attendance has roughly doubled.", "er"),
    # why: plain fact about separate HR terms, no stated effect: not a barrier
    ("plan", "Staff employed by the council and the health board are on different pay scales and terms and conditions.", ""),
    # why: the HR difference named as blocking joint teams: barrier.structures
    ("plan", "Plans for a joint reablement team were put on hold because staff on council and NHS terms could not be managed by a single line manager without months of negotiation over pay and conditions.", "bs P4 co"),
    # why: local ownership (es) + community capacity
    ("plan", "In Blaenau Ffestiniog the town's social enterprises own and run the projects, with partners in a supporting role, and that local ownership is why they have lasted when short-term schemes elsewhere faded.", "es sp cm"),
    # why: trust lacking + history of poor relations
    ("plan", "Past disagreements over the closure of community hospitals still colour relations between the health board and some town councils, and trust will need to be rebuilt before joint planning can move forward.", "br sm"),
    # why: focus on process over outcomes as barrier.motivations
    ("plan", "Partners acknowledged that too much of the board's time has gone on reviewing terms of reference and updating action logs, and too little on whether anything is changing for residents.", "bm gv"),
    # why: shared purpose enabler + long term
    ("plan", "What holds this partnership together is a simple shared ambition, agreed at our first workshop: that every young person in Newport leaves school with somewhere to go next.", "em cp sm"),
    # why: plain context on travel times; nothing about joint work
    ("plan", "The journey by bus from Tywyn to Dolgellau takes around 55 minutes, and services are every two hours on weekdays.", ""),
    # ------------------------------------------------------------------ report (65)
    # why: evaluation: secondment + co-location as enablers; joint team P4
    ("report", "Evaluation of the Cwm Taf Morgannwg hospital-to-home service. The evaluators found that the service worked best where a council occupational therapist had been seconded into the ward team, because discharge plans were agreed at the bedside rather than by referral form.", "es er P4 co ws"),
    # why: audit finding: no dedicated funding = negated enabler -> barrier.structures; governance scrutiny weak = gv
    ("report", "We found that the board has no budget of its own and relies on partners agreeing, case by case, to find money for each project. This has slowed delivery and left several agreed actions without anyone to carry them out.", "bs"),
    # why: weak scrutiny is the governance topic; accountability spread so thinly that no one answers for delivery is diffuse accountability: barrier.structures
    ("report", "Scrutiny of the board's work by the council's overview and scrutiny committee has been infrequent, and no committee has asked partners to explain why actions in the plan are running late. As a result, accountability for the plan's delivery is spread so thinly that no one feels answerable for it.", "bs gv"),
    ("report", "Audit Wales carried out this review between March and July 2024. We reviewed documents, interviewed 26 officers and members and observed two board meetings.", ""),
    # why: case study: informal conversations (er) leading to joint action P4
    ("report", "Case study: Llandrindod warm spaces. The idea came from a chance conversation between a health visitor and the manager of the town's food bank at a community event. Within six weeks the two, with the library and a local church, had opened three warm spaces sharing volunteers and a single rota.", "er P4 co"),
    # why: facilitative leadership as enabler.relationships
    ("report", "Interviewees credited the chair's style: she let every partner speak before she spoke herself, steered disagreements towards what could be done rather than who was at fault, and rarely needed a vote.", "er pe"),
    # why: blaming language as barrier.relationships
    ("report", "Observation of the meetings showed frequent blaming between partners, with delays in discharges described as 'the council's failure' by one side and 'the hospital's chaos' by the other.", "br"),
    # why: RPB report: pooled fund exists, joint commissioning P5 + es
    ("report", "The West Glamorgan Regional Partnership Board's pooled fund for care home placements now stands at £92m, and placements are commissioned jointly by Swansea Council, Neath Port Talbot Council and Swansea Bay University Health Board under one contract.", "es P5 co"),
    # why: board paper: recommendation to note; no arrangement
    ("report", "Recommendation: That the Board notes the contents of this report and the updated timetable for the well-being assessment.", ""),
    # why: barrier overcome: power struggles resolved by an independent facilitator (br + er)
    ("report", "For most of its first year the steering group was stuck in arguments over which organisation would host the project and own the staff. An independent facilitator helped partners agree that the staff would be jointly managed, and the group has met its milestones since.", "br er P5 co pe"),
    # why: incompatible systems overcome with a shared portal (bs + es)
    ("report", "Early in the pilot, referrals between the police and the council's children's services were faxed or emailed because the two IT systems could not talk to each other. A shared referral portal was introduced in month four and response times fell from five days to one.", "bs es P4 co cj"),
    # why: lessons-learned: reluctance to change + fear of losing control
    ("report", "Some managers were openly unwilling to change how their teams worked, and several told us privately that they feared the new arrangement would leave them answerable for staff they could no longer direct.", "bm dproj"),
    # why: 'collaboration' in programme title only; facts about one body's spend
    ("report", "The Collaborative Communities Programme budget was underspent by £41,000 in 2023-24, mainly because of vacancies in the council's own team.", ""),
    # why: evaluation: shared data dashboard as shared evidence base (em) + cj
    ("report", "Partners now look at the same dashboard of school attendance, youth offending and A&E attendance figures at each meeting, and interviewees said this had ended the habit of each organisation arriving with its own numbers.", "em cj"),
    # why: clear roles as enabler.structures
    ("report", "A key strength was that every partner knew what it was responsible for: the health board for clinical assessment, the council for housing, and Shelter Cymru for advice, with a single named coordinator tracking each case.", "es P3 co"),
    # why: relationship barrier 'not knowing what others can offer'
    ("report", "Many GP practice staff we interviewed did not know that the local third sector offered befriending, debt advice or bereavement support, and so patients who might have benefited were never referred.", "br"),
    ("report", "The evaluation used a mixed-methods design combining analysis of routine data, a survey of 214 participants and 32 semi-structured interviews.", ""),
    # why: 'we found no barriers': neither; coordination described
    ("report", "The review team asked each partner about obstacles to the joint winter plan; none was identified, and each agency delivered its own actions as planned.", "P3 co"),
    # why: split budgets as barrier.structures
    ("report", "The health board saves money when falls are prevented, but the cost of the handyperson service falls on the council, and this mismatch has made the council reluctant to keep funding it.", "bs bm pv"),
    # why: co-production with citizens (sup, iv), P5 with citizens
    ("report", "Young people from the Rhyl youth council designed the mental health drop-in with the health board and council from the outset: they chose the venue, wrote the publicity and sat on the panel that appointed the workers.", "sup iv sp P5 co"),
    # why: trust cited as key enabler
    ("report", "Asked what made the difference, partners repeatedly mentioned trust: officers were willing to act on each other's word without waiting for the paperwork.", "er sm"),
    # why: bureaucracy barrier (multiple sign-offs)
    ("report", "Each change to the joint project needed sign-off from the governance structures of all five partners, and a minor variation to the contract took seven months to agree.", "bs P4 co"),
    # why: changes in leadership named as derailing
    ("report", "Progress stalled in 2022 when the project's two champions, the council's director of social services and the health board's head of primary care, both left within a month, and their successors had other priorities.", "br bm"),
    # why: solutions-focused tone (er) in a board paper; no arrangement
    ("report", "Board members described a shift in tone at meetings over the year, from listing problems to asking what each partner could do differently by the next meeting.", "er"),
    ("report", "Table 3 summarises the number of households assisted under the Warm Homes scheme by local authority area between 2021 and 2024.", ""),
    # why: local ownership as enabler structures + community capacity
    ("report", "The case study shows that handing the running of the Penparcau community hub to a residents' trust, with partners providing only funding and training, produced far higher use than when the council ran it directly.", "es sp cm P4 co sup"),
    # why: competing priorities barrier; distance barrier? only priorities
    ("report", "The regional board's work on carers was repeatedly crowded out by urgent pressures on hospital flow, which each partner regarded as its first priority.", "bm"),
    # why: formal agreement (s33) enabler structures + P5
    ("report", "A section 33 agreement signed in 2021 allowed the council and the health board to pool their budgets for learning disability day services, with a joint manager accountable to both.", "es cj P5 co"),
    # why: statement that home working pressures strained the team
    ("report", "Staff on the joint team said that since moving to mostly home working they had lost the quick corridor conversations that used to sort out problems, and newer members felt they barely knew their colleagues from other agencies.", "br P4 co"),
    # why: evaluation of a single body's leaflet; no label
    ("report", "The leaflet was sent to 38,000 households in Flintshire in September, and the council's contact centre recorded a 12% rise in calls about council tax reduction the following month.", ""),
    # why: negated enabler: partners did not get to know each other -> barrier.relationships
    ("report", "Because the project was set up quickly by e-mail, the workers from the four organisations never had the chance to meet one another before the service opened, and for months they did not know who to call in the other agencies.", "br P4 co"),
    # why: barrier overcome: risk aversion overcome by agreeing a shared risk (bm + es); sharing risk = sp
    ("report", "Partners had hesitated to fund the housing first pilot because no one wanted to carry the cost if it failed. The breakthrough came when all four agreed to share any overspend equally, written into the funding agreement.", "bm es sp P5 co"),
    # why: listening to all stakeholders: front-line staff and service users; em
    ("report", "The review panel spent its first three months listening: to paramedics, care home managers, people waiting for care and their families. Several recommendations came directly from these conversations, including a single phone number for families.", "em iv sup"),
    # why: outcomes focus as enabler: commissioning changed from activity counts
    ("report", "Switching the contract from paying for the number of sessions delivered to paying for improvements in people's own wellbeing scores changed how providers and commissioners worked together; conversations moved from counting to what was helping.", "em P4 co"),
    ("report", "Appendix B lists the members of the evaluation steering group and their organisations.", ""),
    # why: plain fact about separate buildings: not a barrier
    ("report", "The council's social services team is based at County Hall in Mold, while the health board's community teams are based at Wrexham Maelor Hospital.", ""),
    # why: plain fact of leadership change with no effect stated on joint work: no label
    ("report", "Dr Sian Davies took up post as the health board's new chief executive in October 2023, succeeding Mr Gareth Howells.", ""),
    # why: loss of momentum fear (dprod) + impatience (bm)
    ("report", "Board members worried that, two years in, the programme had little to show, and some partners were pressing to wind it down and move the money to projects with quicker visible results.", "bm dprod Lterm"),
    # why: termination review: keep what works (Lterm); pre-existing relationships left behind as enabler
    ("report", "When the Integrated Care Fund ended, the board reviewed each project: eleven were mainstreamed by partners, six were closed, and the rest were merged. Several project leads noted that the relationships built would outlast the funding.", "Lterm er"),
    # why: lifecycle creation: board established, membership agreed; es existing structure? creation only
    ("report", "The new Cardiff and Vale food partnership board met for the first time in May. It agreed its terms of reference, elected a chair from the third sector and confirmed membership from the council, the health board, the university and food businesses.", "Lcre gv"),
    # why: relationship building pre-partnership: informal networking (er), Lpre
    ("report", "Before any formal group existed, officers from the three councils in the Tawe valley met informally over a year to walk the river and compare notes, which the evaluators saw as the foundation for the later joint catchment project.", "er Lpre"),
    # why: institutional inertia named as barrier.structures
    ("report", "The audit found that arrangements designed for each organisation on its own had simply carried on; nobody had asked whether the routines for approving spending or reporting progress still suited a joint programme.", "bs"),
    # why: different financial years/regulation? differing regulatory structures barrier
    ("report", "The housing association is regulated by the Welsh Government, the council by Audit Wales and the health board by Healthcare Inspectorate Wales, and the project team spent much of its first year reconciling three different sets of reporting requirements before work could start.", "bs"),
    # why: pooled funding enabler + flexible
    ("report", "Unlike earlier schemes, the Regional Integration Fund let partners move money between projects within the year, which interviewees said allowed them to respond to winter pressures without waiting for a new bid.", "es"),
    # why: practice capacity: joint training for staff skills; er getting to know each other
    ("report", "A shared training programme brought 140 staff from the police, council, health board and third sector together over two days. Participants valued meeting counterparts as much as the content, and many now contact each other directly.", "er pr P4 co"),
    # why: keyword 'barriers' in a title only; content is a timeline
    ("report", "Section 6: Barriers and Enablers. This section follows the structure used in the 2022 interim report, and the fieldwork was carried out in two waves, in November 2023 and February 2024.", ""),
    # why: buy-in at all levels (em) + shared motivation
    ("report", "What stood out in Torfaen was that commitment ran from the chief executives down to the reception staff: everyone we spoke to could explain why the hub mattered and what their part in it was.", "em sm cp"),
    # why: lack of trust stated plainly; limits data sharing in practice
    ("report", "Several third sector providers said they would not share information about their clients with the police because they did not trust how it would be used.", "br bs"),
    # why: consultation only: council informing partners; no factor
    ("report", "The council wrote to all partners in February to set out its proposed changes to the school transport policy and invited comments by the end of March.", "P2"),
    # why: aligned processes enabler structures
    ("report", "The three councils agreed a single assessment form and common eligibility criteria for the regional adaptations service, so that a resident in Conwy and one in Denbighshire are assessed in the same way.", "es P4 co"),
    # why: regional scale autonomy enabler; es
    ("report", "The evaluation suggests that decisions about day-to-day delivery are best left to the local locality teams, with the regional board setting only the overall direction and the money available.", "es sp"),
    # why: 'not aware of any barriers' variant: neither; cooperation described
    ("report", "Partners reported no obstacles to sharing the community transport minibuses over the summer, and the vehicles were used by the council, two housing associations and the youth service on a shared booking calendar.", "P4 co"),
    # why: open frequent communication as enabler
    ("report", "The weekly fifteen-minute call between the ward sisters, social workers and the British Red Cross coordinator was singled out by every interviewee as the reason problems were solved within days rather than weeks.", "er P4 co"),
    # why: protecting own domain (bm) and fear of losing value (dprof)
    ("report", "Some professional groups resisted sharing tasks with support workers from other agencies, arguing that only they had the expertise to carry out the assessments.", "bm dprof"),
    # why: hierarchies barrier structures
    ("report", "Front-line staff told the evaluators that decisions which could have been taken in minutes had to travel up four layers of management in each organisation before anyone could agree to them.", "bs"),
    # why: barrier overcome: staff burnout relieved by a shared resource (br + es)
    ("report", "By the second winter the joint discharge team was close to breaking point, with sickness absence above 10%. A pooled bank of relief staff funded by both partners eased the pressure and absence has since halved.", "br es P5 co"),
    # why: 'involvement' of citizens; sup; P2; no factor
    ("report", "More than 600 people responded to the online survey on the draft area plan, and the full responses are published alongside this report.", "iv P2"),
    ("report", "The board's budget for 2024-25 is set out in Annex 2; total expenditure was £182,400 against a budget of £190,000.", ""),
    # why: shared evidence base built jointly (em) for climate adaptation; P4
    ("report", "Natural Resources Wales, the four councils and Dŵr Cymru combined their flood records into one mapped dataset, which the evaluation found had changed conversations from arguing over whose responsibility a flooded street was to agreeing what to fix first.", "em cj P4 co pv"),
    # why: reluctance to give up control (bm), dproj
    ("report", "The council's cabinet was unwilling to let the community trust set opening hours or prices at the leisure centre, and the transfer stalled.", "bm dproj sp"),
    # why: enabler negated: the promised co-location never happened -> barrier.relationships
    ("report", "The business case assumed that police and council officers would share an office, but the move never took place, and staff continued to work from separate sites at opposite ends of Merthyr.", "br P4 co"),
    # why: governance flexible vs quick value-for-money demands barrier structures
    ("report", "Funders expected each project to show a return within twelve months, which partners said discouraged them from backing preventive work whose benefits would take years to appear.", "bs bm pv lt"),
    # why: informal networks plus Welsh language theme; er
    ("report", "In Ceredigion much of the joint working happens in Welsh and informally, through people who have known each other since school, and the evaluators noted that this made it quick but hard for newcomers to join.", "er br"),
    # why: common purpose theme, em, and whole system
    ("report", "Agreeing one shared outcome - fewer people dying early from heart disease in the valleys - gave the health board, councils and sports bodies a reason to join up activities that had been run separately for years.", "em cp ws P4 co"),
    # why: single-body annual report content: no label
    ("report", "Gwent Police recorded 1,204 fewer incidents of anti-social behaviour in Newport city centre in 2023-24 than in the previous year.", ""),
]
