# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch P: a calibration set written blind to the lexicons.

170 passages (plan 90, report 80), one to six sentences, in the register of Welsh well-being plans
and assessments (objective statements, step tables with "Lead:/Partners:" cells, risk register
rows, contacts and headings) and of reports (evaluation findings with staff and resident quotes,
Audit Wales and inspectorate findings, board paper recommendations, budget lines, annual report
facts), across housing, health and care, climate and nature, flooding, community safety, poverty,
food, transport and active travel, economy, Welsh language, children and young people, older
people, mental health, substance misuse and digital inclusion. 43 carry no label (plain facts,
procedure, single-body business as usual, hedges with no arrangement, keywords in names and
headings such as a "Partnership Board" approving its minutes or a fund called "Shared"); many carry
one or two; some carry many. The power ladder is told by who does what (informing, consulting,
each doing its part, contributing staff or money, pooling and deciding together, citizens deciding
against being told); barriers and enablers are phrased as evaluations phrase them, with barriers
overcome (both labels) and negated enablers (barriers). Labelled on all eight frameworks from the
taxonomy and gold/FORMAT.md only: the tagger was never run on these passages while they were
written, the lexicons were not read, and the gold files were not read. Nothing is taken from the
corpus. Hard calls carry a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ plan (90)
    ("plan", "Well-being Objective 3: A county where older people are valued, connected and able to live independently for as long as they wish.", ""),
    # why: one service jointly commissioned and run as one team by the two bodies is collaboration; a single service for people who now go to several is whole system; the new team is a structure to deliver joint activity
    ("plan", "Step 3.1 | Lead: Powys Teaching Health Board and Powys County Council (jointly) | Partners: PAVO, Care & Repair Cymru | Timescale: 2024-2027 | Establish one community connector service for older people, jointly commissioned and managed as a single team, replacing the four separate schemes that people are currently passed between.", "P5 co ws op"),
    ("plan", "The council will refresh its Older People's Strategy in 2025 and report progress to Cabinet each autumn.", ""),
    # why: the agencies review each case together and agree between them who leads: joint decisions on cases (collaboration); catching people before they leave prison or hospital with nowhere to go is prevention
    ("plan", "Step 2.4: Set up a Homelessness Prevention Panel at which the council's housing options team, Wales & West Housing, Pobl, Barod and the Probation Service review together every case of someone due to leave prison or hospital with nowhere to live, and agree between them who will take the lead. Lead: Newport City Council.", "P5 co pv ws"),
    # why: hedge; 'joint approaches' names no arrangement
    ("plan", "Where appropriate, partners will consider the potential for joint approaches to the provision of key worker housing in rural areas.", ""),
    # why: a 2035 horizon for the housing stock is long term; one shared procurement framework and a jointly funded academy are pooled resources and a formal agreement
    ("plan", "By 2035 we want every social home in the county to reach EPC band A, which means retrofitting around 11,000 homes. Cartrefi Conwy, Grŵp Cynefin and the council will use a single retrofit procurement framework and jointly fund a skills academy at Coleg Llandrillo, so that local firms have the trained workers to do the work.", "lt P5 co cj es"),
    # why: each partner acting on its own plan is the opposite of joint activity; context only
    ("plan", "Every member of the Board has declared a climate emergency and has its own route map to net zero. This plan does not repeat them.", ""),
    # why: community groups deciding which sites to restore with their own budget is citizens deciding (collaboration + involvement) and local ownership; advice and data give them what they need to take part; NRW and the council only respond to requests, so no collaboration way of working between bodies
    ("plan", "We will support communities to draw up and carry out their own nature recovery plans. A local nature group in each of the six areas will decide which sites to restore and will hold a devolved budget of £20,000 a year, with NRW and the council providing survey data and advice when the groups ask for it.", "P5 iv sp es cm"),
    ("plan", "The Wye and Usk are designated Special Areas of Conservation, and phosphate levels in several stretches of both rivers exceed the targets set for them.", ""),
    # why: each authority updates its own plan, using shared flood maps, plus a joint exercise so control rooms know their parts: coordination with shared data
    ("plan", "Step 5.2: Each risk management authority will update its own flood response plan using one shared set of flood maps, and the council, NRW and Dŵr Cymru Welsh Water will run a joint exercise every autumn so that their control rooms know who does what on the night.", "P3 co cj"),
    # why: the council and the fire service both put staff and kit into one warden scheme (cooperation); equipping residents to act is community capacity
    ("plan", "Flood wardens in Pentre, Treorchy and Ystrad will be trained and equipped jointly by the council and South Wales Fire and Rescue Service, so that residents can put up flood gates and check on vulnerable neighbours before the emergency services arrive.", "P4 co cm"),
    # why: the PCC's office asks residents: consultation and involvement; 'Community Safety Partnership' is a name here
    ("plan", "Before the Community Safety Partnership sets its priorities for 2025-28, the Police and Crime Commissioner's office will run an online survey and six street stalls asking residents where and when they feel least safe.", "P2 iv"),
    ("plan", "The Safer Swansea Partnership met four times in 2023/24. Its terms of reference and membership are published on the council's website.", ""),
    # why: each body keeps its own staff and budget and works to one plan with a shared briefing: coordination
    ("plan", "Lead: South Wales Police. Partners: Cardiff Council, Cardiff and Vale UHB, Safer Wales. Police officers, licensing staff and street pastors will work to one night-time economy plan for the city centre. Each body keeps its own budget and staff, but all three attend a weekly tasking briefing on Friday afternoon.", "P3 co"),
    ("plan", "Objective 2: Reduce poverty and its effects on people's health and well-being.", ""),
    # why: what people told the engagement (involvement, service user perspective); a network where advisers book into each other's diaries and share one case note is a shared resource (cooperation), with shared data
    ("plan", "People in financial crisis told us they had been sent between the Jobcentre, the council's benefits team, Citizens Advice and their landlord before anyone looked at their situation as a whole. We will create a single advice network in which an adviser at any member organisation can book a client straight into another member's diary and, with consent, see a shared case note.", "P4 co iv sup ws cj"),
    # why: each body puts money into one fund held by the CVS: contributions to a shared programme (cooperation) and dedicated funding; the bodies do not jointly decide its use
    ("plan", "Neath Port Talbot Council, Swansea Bay UHB and Tai Tarian will each contribute £50,000 a year for three years to a Financial Inclusion Fund held by NPTCVS, which will pay for welfare rights advisers in GP surgeries and food banks.", "P4 co es"),
    ("plan", "Partners are committed to doing all they can to lessen the impact of the cost-of-living crisis on our communities.", ""),
    # why: residents voting on how the grant is spent: citizens deciding, local ownership
    ("plan", "In Penparcau, residents decided how the £30,000 community food grant would be spent at a participatory budgeting event: 214 people voted on 17 ideas, and the six winning projects, including a community fridge and cooking sessions for dads, are all run by local groups.", "P5 iv sp"),
    # why: timetables aligned so outputs join up, no shared resources: coordination
    ("plan", "TfW, the council and the bus operators will align timetables at Porthmadog and Pwllheli so that buses meet trains, and will publish a single timetable for the Llŷn peninsula from May 2025.", "P3 co"),
    # why: young people's maps informed the council's choice: consultation with involvement and their perspective; the Fund bid is a single council's application
    ("plan", "Pupils at Ysgol Bro Pedr mapped the routes they would walk or cycle to school if they felt safe. The council's active travel team used the maps to choose the first three schemes in its next Active Travel Fund bid.", "P2 iv sup"),
    # why: NRW putting land and staff into the council's path is resources aligned (cooperation); two consent regimes and single-year funding named as what slows the joint scheme
    ("plan", "The valley cycle path, which the council is building on NRW land with NRW staff managing the forest sections, has been slower than hoped. Each section has needed separate consents from both bodies, and neither can commit funding beyond a single financial year.", "P4 co bs"),
    ("plan", "Gross value added per head in the county was 68% of the UK average in 2021, the second lowest figure in Wales.", ""),
    # why: past competing bids, committed future of one joint bid with co-applicants: the committed level (cooperation); the competing bids are named as why nothing was won
    ("plan", "In the last round, the council and two housing associations submitted competing bids to the same town centre regeneration fund for the same town, and none was successful. For the next round partners have agreed to submit one bid, led by the council, with both housing associations as co-applicants.", "P4 co bs"),
    # why: Board members writing the vision together and each adopting it in its own corporate plan: jointly defining the vision (collaboration), time given to the vision, objectives joined up across bodies; 2040 is long term
    ("plan", "Our vision: by 2040 Pembrokeshire will be a place where every community can thrive without costing the earth. Board members wrote this vision together over three workshops in 2022, and each member has since adopted it in its own corporate plan.", "cp st lt ig P5 co"),
    # why: a charter of conduct among members: commitment to the partnership, ground rules, a formal agreement; conduct rather than a joint activity, so no level
    ("plan", "Board members have agreed a short partnership charter: to turn up, to send someone who can make decisions, to share information early, and to tell each other when things go wrong.", "sm pe cj"),
    ("plan", "Our self-assessment was honest about the first plan. Partners too often met only at Board meetings, and relationships below chief officer level were thin.", "br"),
    # why: steps nobody felt responsible for and that partners would have done anyway: lack of ownership
    ("plan", "The first plan had 42 steps. Looking back, many were things partners would have done anyway, and few had an owner who felt responsible for them.", "bm"),
    # why: objectives grounded in the assessment and in what residents said rather than any one body's wishes: a common goal based on local needs and a shared evidence base
    ("plan", "The objectives are built on what the assessment found and what residents told us, not on what any one organisation wanted to do.", "em cp iv P2"),
    # why: a 2050 national target is a long horizon; context only
    ("plan", "Cymraeg 2050 sets the national ambition of a million Welsh speakers, and a doubling of daily use of Welsh, by 2050.", "lt"),
    ("plan", "The council will continue to implement the Welsh Language Standards and publish its annual compliance report.", ""),
    # why: every partner training its own staff to one shared approach: each does its part (coordination); noticing early signs of adversity is prevention; staff skills are practice capacity
    ("plan", "Every partner has agreed to train its frontline staff in trauma-informed practice through the ACE Hub Wales programme, so that staff in schools, GP surgeries, police custody suites and housing offices notice the early signs of childhood adversity and respond in the same way.", "P3 co pv pr"),
    # why: young people co-produce and sign off the text: citizens deciding
    ("plan", "The Youth Council will co-produce the next Children's Rights Charter with officers and will sign off the final wording before it goes to Cabinet.", "P5 iv sup sp"),
    # why: a vague commitment with no arrangement, but the voice of children (theme) and involvement are what it is about
    ("plan", "We will seek to make sure that the voices of children and young people are heard in everything we do.", "sup iv"),
    ("plan", "Step 6.1: Cwm Taf Morgannwg UHB, the three councils and the third sector will open a single 24-hour crisis sanctuary in Pontypridd, jointly commissioned through the Regional Integration Fund and staffed by NHS, council and voluntary sector workers in one team.", "P5 co ws es op"),
    ("plan", "The assessment found that more than half of adults who went on to need specialist mental health care had asked their GP or a third sector service for help at least two years earlier, which suggests that many crises could have been headed off.", "pv"),
    # why: pooling funding into one budget and deciding together what to buy is joint commissioning
    ("plan", "The Area Planning Board pools substance misuse funding from the Welsh Government, the five councils and the health board into one commissioning budget, and its members decide together which treatment and recovery services to buy.", "P5 co es cj"),
    # why: older residents' groups asked about changes by two bodies: citizens consulted (consultation + involvement), not deciding; no joint arrangement between the bodies is described beyond asking
    ("plan", "Ageing Well. The county will join the World Health Organization's network of age-friendly communities. Each town will have an age-friendly group of older residents, which the council and Age Cymru Dyfed will consult on any change to local services, bus routes or public spaces.", "P2 iv"),
    ("plan", "Care & Repair completed 4,100 adaptations to older people's homes in the county last year, most of them handrails, ramps and bathroom alterations.", ""),
    # why: a shared loan pool of devices is a pooled resource used by all partners (cooperation)
    ("plan", "Digital Communities Wales will train staff and volunteers in libraries, housing association offices and GP surgeries as digital champions, and the partners will share one loan pool of 300 tablets with data SIMs.", "P4 co cj"),
    ("plan", "Many of the residents who most need online services are the least able to use them: 14% of adults in the county do not use the internet, rising to 31% of those over 75.", ""),
    # why: what keeps people well lies across bodies (integration and whole system); 'shared' steps are not described, so no level
    ("plan", "Objective 1 cannot be met by the health board alone. Most of what keeps people well - a warm home, a decent job, clean air, friends nearby - lies outside the NHS, which is why the steps under this objective belong to all nine members of the Board.", "ig ws"),
    ("plan", "We have tested each objective against the seven well-being goals. For example, the step to bring empty shops back into use as homes supports a prosperous Wales, a more equal Wales and a Wales of cohesive communities at the same time.", "ig"),
    # why: ways of working are labelled where discussed, even when missing: the plan's short horizon is long-term as a topic
    ("plan", "Most of our steps run to 2028, the end of this plan, and few look further ahead than that.", "lt"),
    # why: single-body prevention step
    ("plan", "The fire and rescue service will fit free smoke alarms and carry out Safe and Well checks in the homes of people over 65 who live alone.", "pv"),
    # why: the fire service refers on with an agreed form to three other services, each of which does its own part: coordination, aligned process
    ("plan", "Mid and West Wales Fire and Rescue Service will add questions on falls, loneliness and cold homes to its Safe and Well visits, and will refer people straight to Care & Repair, the falls service and Warm Wales using one agreed referral form.", "P3 co pv es"),
    ("plan", "This plan was shaped by 38 engagement events, an online survey with 1,240 responses and a citizens' panel of 60 residents recruited to reflect the county's population by age, sex, ethnicity and first language.", "P2 iv"),
    # why: recommendations adopted unless the Board publishes reasons: citizens effectively decide (collaboration), power shared; publishing reasons is accountability to communities
    ("plan", "The recommendations of the Climate Assembly, 50 randomly selected residents who met over five weekends, will be adopted in full unless the Board publishes its reasons for not doing so.", "P5 iv sp gv"),
    # why: residents told, not asked: the lowest rung (informing = consultation level), still involvement
    ("plan", "Residents will be kept informed of progress on the town centre masterplan through a quarterly newsletter and the council's social media channels.", "P2 iv"),
    # why: the Board handing spending decisions on a partnership fund to area forums: delegation and streamlined decisions on a joint fund
    ("plan", "The Board has delegated decisions on the community resilience fund to the six area forums, which can spend up to £25,000 on any project without referring it back to the Board.", "P5 co sp es"),
    # why: a deliberately short list that every member agreed was worth its time: common purpose, buy-in from all partners, time given to define the themes
    ("plan", "We have deliberately chosen only three objectives. Each is something none of us could achieve alone, and something every member agreed at the outset was worth giving time to.", "cp em st"),
    # why: asking each member its needs, offer and worries in private is discovering interests and concerns; the worry is not tied to value, quality, momentum or control
    ("plan", "Before the objectives were agreed, each member was asked, in one-to-one conversations with an independent facilitator, what it most needed from the Board, what it could offer and what it was worried about giving up.", "pe"),
    # why: a partnership board being set up with membership and decision rules: creation; formation is cooperation per the README convention
    ("plan", "A new Regional Food Partnership will be established in 2025. Its board will have two members from each of the four councils, the health board, the Farmers' Union of Wales and the community food network, with a chair elected from among them and decisions taken by a two-thirds majority.", "Lcre P4 co es"),
    # why: a programme ending with a review of what to keep, move or close: termination; meeting decision only, level not described
    ("plan", "The Healthy Towns programme ends in March 2026 when its grant expires. In its final year the Board will review each project and decide which should be absorbed into partners' core services, which should move to another partnership and which should close.", "Lterm"),
    # why: delivery groups with leads, agreed budgets and reporting: delivery stage, clear responsibilities, accountability to the Board
    ("plan", "Each of the Board's four delivery groups now has a lead officer, an agreed budget to which every member contributes, and a project plan, and reports on progress to every Board meeting.", "Ldel P4 co es gv"),
    ("plan", "Working Together for a Better Bridgend: Draft Well-being Plan 2023-2028 (consultation version).", ""),
    ("plan", "Contact: Sara Hughes, Partnerships Manager, Carmarthenshire County Council.", ""),
    # why: the idea of a single joined-up front door in unusual words
    ("plan", "A family should only have to tell their story once, to one person, and that person should be able to open every door behind them.", "sup ws"),
    # why: stepping back and letting local groups get on is local autonomy; ending triple reporting removes a bureaucratic burden (barrier named and lifted); a principle, no concrete arrangement
    ("plan", "Where a local group knows its patch better than we do, we will step back: we will fund it, stop asking it to report to three different officers, and let it get on.", "sp bs es"),
    # why: informal get-to-know-you walks before the group is constituted: pre-partnership, building relationships; no joint activity yet
    ("plan", "Before the coastal communities group is formally constituted, officers from the two councils, NRW, the National Park Authority and the harbour authorities will meet informally over the winter to walk the coast together and get to know each other's work.", "Lpre er"),
    ("plan", "Progress on every step will be reported to the council's Overview and Scrutiny Committee each year and published on the Board's website in Welsh and English, with a plain-language summary for residents.", "gv"),
    ("plan", "This plan was approved by the full Council on 11 May 2023, by the Board of Hywel Dda University Health Board on 25 May and by the Mid and West Wales Fire and Rescue Authority on 19 June.", ""),
    ("plan", "Under section 42 of the Act, the Board must seek the advice of the Future Generations Commissioner on how to take steps to meet its local objectives.", ""),
    # why: online meetings let distant and small bodies attend for the first time: distance overcome by digital working; meeting process, so no level
    ("plan", "Since 2022 the Board has held two of every three meetings online, which has made it possible for the National Park, the university and the smaller third sector bodies to attend regularly for the first time.", "br er"),
    # why: a single body using its own data to enrol families: no joint working
    ("plan", "Step 2.2: Make sure every eligible family receives free school meals and the School Essentials Grant. The council will enrol children automatically where their family already receives council tax reduction, using information it already holds.", ""),
    ("plan", "By 2027 there will be one integrated community team in each of the eight localities, bringing district nurses, social workers, occupational therapists and reablement workers under a single locality manager and funded through a section 33 pooled budget.", "P5 co ws es cj op"),
    # why: hedge; 'collaborate' with no arrangement
    ("plan", "The Board will continue to collaborate where there is clear added value in doing so.", ""),
    ("plan", "Unpaid carers will make up half of the panel that awards the carers' short break grants, and the panel will be chaired by a carer.", "P5 iv sp"),
    ("plan", "Youth workers and neighbourhood police officers will meet every fortnight to share information on young people at risk of being drawn into county lines, so that a youth worker can make contact before there is any arrest.", "P3 co pv cj"),
    # why: a statement of a board's membership; no activity is described
    ("plan", "The regional Violence against Women, Domestic Abuse and Sexual Violence strategy is overseen by a board of the five councils, the health board, Gwent Police and the OPCC. Its terms of reference and membership are at Appendix C.", ""),
    # why: adopting another body's targets rather than writing its own is joining up objectives across bodies (integration); no joint activity is described
    ("plan", "The Board's step on low-emission public sector fleets overlaps with the Corporate Joint Committee's regional transport plan. Rather than write a separate plan, the Board will adopt the CJC's charging-point targets as its own and report against them.", "ig"),
    # why: NRW leads and works with named partners, each doing its part: coordination; graziers are paid, which is a contract rather than joint working
    ("plan", "NRW will lead the work to restore 200 hectares of upland peat on the Migneint, working with the National Trust and the National Park Authority, and paying graziers to change how the land is grazed.", "P3 co"),
    # why: one shared social value framework steering each body's own spending toward a common aim: resources aligned (cooperation), formal agreement; smaller lots for local bidders is tendering described neutrally
    ("plan", "Together our anchor institutions - the council, the health board, the university and the two housing associations - spend more than £900 million a year. Under a shared social value framework they will buy more from local firms and advertise contracts in smaller lots so that local businesses can bid.", "P4 co es"),
    ("plan", "Section 4: How we will deliver - partnership structures and governance", ""),
    ("plan", "Step 1.5 | Lead: Ceredigion County Council (Leisure Services) | Partners: - | Extend free swimming to all children under 16 during the school holidays.", ""),
    # why: no data agreement (negated enabler = barrier) holds up a step placing housing officers in hospital teams (resources placed with another body = cooperation, blocked)
    ("plan", "There is, as yet, no agreement between partners on how information about people in temporary accommodation can be shared, and until there is, the step to place a housing officer in each hospital discharge team cannot begin.", "P4 co bs cj"),
    # why: learners' request shaped the step (involvement, their perspective); three bodies taking turns to host one programme: coordination
    ("plan", "Welsh learners in the county asked for more chances to use their Welsh outside class. Coleg Cambria, Menter Iaith Fflint a Wrecsam and the county's libraries will run conversation groups together, each hosting in turn.", "P3 co iv sup"),
    # why: convening and holding partners to what they agree is the whole-system theme; a description of role, not an arrangement
    ("plan", "The Board's role is not to run services. It is to get the right people round the table on issues that fall between organisations, and to hold them to what they agree.", "ws"),
    # why: fear of losing control over budgets and of answering to their own boards (projection; control barrier; accountability upwards); aligned budgets now, a readiness check later; sharing power is the topic
    ("plan", "Some members have been reluctant to place their budgets under the Board's control, fearing that they could no longer answer to their own boards for how the money is spent. The plan therefore starts with aligned rather than pooled budgets, with a readiness review in 2026.", "dproj bm sp gv P4 co"),
    # why: fear of diluted expertise (profession discipline, protecting own domain) answered by keeping specialist roles and naming each profession's contribution (clear responsibilities)
    ("plan", "Specialist staff worried that moving into generic locality teams would dilute their expertise. The integrated teams will therefore keep specialist roles, and the team charter sets out what each profession brings.", "P5 co ws dprof bm es"),
    # why: quick wins chosen to keep momentum (production discipline); a shared passport is a pooled resource
    ("plan", "Partners agreed to pick two quick wins for the first year - a shared volunteer passport and a joint events calendar - so that the Board could show early progress and keep people's enthusiasm while the larger programmes were set up.", "P4 co dprod"),
    # why: one agreed quality framework and members chosen for skills rather than organisation: quality discipline, building the right team
    ("plan", "To protect standards, the regional joint commissioning team will use one quality framework, agreed by all partners, for every care home contract, and will recruit its members for their commissioning and contract management experience rather than by organisation.", "P5 co dprom es pr"),
    ("plan", "If current trends continue, the number of people in the county living with diabetes will rise from 9,800 to over 13,000 by 2035.", "lt"),
    ("plan", "We will make sure that the people we involve reflect the full diversity of our communities, including Gypsy and Traveller families, disabled people, and people whose first language is neither Welsh nor English.", "iv"),
    # why: seconded staff in a shared programme is cooperation; a risk that budget pressure pulls them out (funding as a structural barrier); a memorandum setting minimum staffing is a formal agreement
    ("plan", "Risk: partners' own financial pressures lead them to withdraw the staff they have seconded to the shared prevention programme. Likelihood: high. Impact: high. Mitigation: a memorandum of understanding setting minimum staffing from each partner for three years.", "P4 co bs es cj"),
    # why: PHW provides one dashboard that every partner uses: a shared evidence base and shared data; each partner tracks its own progress (coordination)
    ("plan", "Step 7.3: Public Health Wales will provide a single population health dashboard, updated quarterly, which every partner will use to track progress on the healthy weight objective.", "P3 co em cj"),
    # why: headteachers asked for comment: organisations consulted, no collaboration way of working and no citizens
    ("plan", "Headteachers will be invited to comment on the draft learner travel policy before it goes to Cabinet in March.", "P2"),
    # why: one body informing others
    ("plan", "The Welsh Government will write to all Public Services Boards setting out its response to the Review of Strategic Partnerships.", "P2"),
    ("plan", "Ein Sir, Ein Dyfodol - Our County, Our Future. Cynllun Llesiant 2023-2028 / Well-being Plan 2023-2028.", ""),
    # why: the council's own scheme, with NRW only issuing a licence it would issue anyway: regulatory business as usual
    ("plan", "The council will replace the Aberaeron harbour wall between 2025 and 2027, subject to a marine licence from NRW.", ""),

    # ------------------------------------------------------------------ report (80)
    ("report", "Members are asked to note the contents of this report.", ""),
    # why: updating scrutiny on the Board's work is accountability upwards and outwards
    ("report", "Purpose of the report: to update the Partnerships Scrutiny Committee on the work of the Public Services Board during 2023/24 and to invite members' comments on the draft annual report.", "gv"),
    # why: activity reported instead of impact is a focus on process over outcomes; how the Board knows it is making a difference is accountability
    ("report", "We found that the Board has not set out how it will know whether its steps are making a difference. Few steps have measurable milestones, and the progress updates the Board receives describe activity rather than impact.", "bm gv"),
    # why: no dedicated budget, said by partners to limit what the Board can take on: structural barrier; no arrangement described
    ("report", "The Board does not have a dedicated budget. Its work is supported by officers from the council's policy team alongside their other duties, and partners told us this limits what the Board can take on.", "bs"),
    ("report", "'We used to phone each other only when something had gone wrong. Now I ring the community mental health team just to check in,' one housing officer told us.", "er"),
    # why: working from one office is co-location (enabler); slow passing of cases between separate offices is the barrier it removed; each agency keeps its own role (coordination)
    ("report", "Since the police, the council's anti-social behaviour officers and Tai Tarian's tenancy enforcement team moved into a shared office at the civic centre, cases that used to take weeks to pass between agencies in different buildings are discussed the same morning.", "P3 co er br"),
    # why: a secondment with its cost shared: a resource placed with another body and shared funding (cooperation)
    ("report", "Recommendation: that the Board agrees to extend the secondment of a Dyfed-Powys Police inspector to the council's community safety team for a further twelve months, with the cost shared equally between the police and the council.", "P4 co es"),
    ("report", "In 2023/24 the Board met five times. Attendance by statutory members averaged 87%.", ""),
    # why: a board named 'Partnership' doing its own meeting business
    ("report", "The Partnership Board approved the minutes of its meeting of 14 March 2024 as a correct record and noted the forward work programme.", ""),
    # why: focus groups (consultation, involvement); residents feel decisions are made elsewhere by people who never visit: local ownership missing and their perspective unheard
    ("report", "Residents who took part in our focus groups in the upper Rhondda said decisions about their area were made 'down in Cardiff' or 'in the Civic Centre' by people who had never been there.", "P2 iv sup sp"),
    # why: residents deciding through participatory budgeting (collaboration, involvement, sharing power); the form putting newer groups off is a procedure that stops them taking part (structural barrier, community capacity)
    ("report", "The participatory budgeting rounds were well attended, but most of the projects funded had been put forward by established groups with experience of writing bids. Newer groups said the application form had put them off applying at all.", "P5 iv sp cm bs"),
    # why: people's experience depends on which council commissions their reablement: services not joined up across a boundary; nothing says it limits joint working
    ("report", "Care Inspectorate Wales found that people's experience of returning home from hospital varied considerably depending on which side of the county boundary they lived, because the two councils commission reablement in different ways.", "ws"),
    # why: an informal, unminuted get-together credited with progress: informal networks and a safe space for candid talk
    ("report", "Almost every partner we spoke to traced the project's progress back to the informal fortnightly 'brew' that the neighbourhood managers started in 2021, where people from different organisations could raise a problem without it being minuted.", "er pe"),
    # why: three senior owners in two years: leadership instability, and the repeated reopening of decisions is lost momentum (production discipline)
    ("report", "The programme had three different senior responsible owners in its first two years, following restructures at the health board, and partners said each change meant going back over decisions that had already been made.", "br dprod"),
    # why: officers protecting their own team's caseload from a service they saw as a rival; the referral route itself is coordination
    ("report", "Some officers were reluctant to refer families to the third sector family support service because they saw it as competing with the council's own early help team for the same cases.", "P3 co bm"),
    # why: differing definitions bounced referrals (procedures not aligned) until a joint workshop produced a shared definition (aligned process, shared knowledge): barrier overcome
    ("report", "At first the youth service and the police could not agree what 'at risk' meant, and referrals were bounced back. A half-day workshop in which staff from both worked through real, anonymised cases produced a shared definition that has been used ever since.", "P3 co bs es cj"),
    ("report", "'Everyone's running on empty,' one manager told us. 'Partnership meetings are the first thing people drop when they're covering two jobs.'", "br"),
    ("report", "The evaluation used a mixed-methods design: analysis of routine data from 2019 to 2024, an online survey of 143 staff and 22 semi-structured interviews.", ""),
    # why: permission to fail without blame is a sharing-power idea; the tests of change are not described as joint arrangements
    ("report", "Staff valued being told by the programme board that not every test of change would work and that nobody would be blamed if one failed. Two of the six tests were stopped early, and what was learned was written up for all partners.", "sp"),
    ("report", "Budget 2024/25: Regional Integration Fund £2.41m; council contribution £0.60m; health board contribution £0.60m; total pooled fund £3.61m.", "P5 co es"),
    # why: 'Shared' is in the fund's name; a single council's spend
    ("report", "Budget: £45,000 from the council's Shared Prosperity Fund allocation, to be spent by 31 March 2025.", ""),
    # why: a staffing risk to a programme with nothing tying it to joint working
    ("report", "Risk 4: loss of key staff when fixed-term contracts end in March 2025. Owner: Programme Manager. Rating: amber. Mitigation: seek an extension of grant from the Welsh Government.", ""),
    # why: each partner supplies data for one joint report (coordination); late data is a data-sharing risk, controlled by a signed agreement and named leads
    ("report", "Risk 2: partners do not release data in time for the annual well-being report. Likelihood: medium. Impact: high. Controls: data sharing agreement signed by all members in 2023; a named data lead in each organisation.", "P3 co bs es cj"),
    # why: parents wrote the specification, sat on the panel and review the service: co-production and shared decisions; the quarterly review is accountability outwards; the tender is neutral and the highest level wins
    ("report", "Parents of disabled children were involved from the start. They helped write the service specification, sat on the tender panel and now meet the provider every quarter to review how the service is going.", "P5 iv sup sp gv"),
    # why: consulted repeatedly with no feedback: consultation; hearing back what difference views made is accountability outwards
    ("report", "Several community groups said they had been asked for their views on the plan three times in two years, but had never heard what difference their answers had made.", "P2 iv gv"),
    # why: two boards with overlapping priorities and no agreed way of sharing information: not joined up, objectives of other bodies not considered, a missing data-sharing route as barrier
    ("report", "We found that the Board and the Regional Partnership Board had each set priorities on loneliness and on housing for older people, with different leads and no agreed way of sharing information between them.", "ws ig bs cj"),
    ("report", "Estyn's inspection of the local authority's education services took place in November 2023; its report was published in February 2024.", ""),
    # why: monthly figures shared with every partner as a common evidence base that kept everyone owning the problem; the arrangement itself is not described
    ("report", "What held the partnership together through a difficult second year, interviewees said, was that everyone could see the numbers. The monthly figures on delayed discharges went to every partner, and nobody could argue that the problem belonged to someone else.", "em cj sm"),
    ("report", "The proportion of children starting in Welsh-medium education in the county rose from 19% to 23% between 2019 and 2024, against the WESP target of 26% by 2032.", ""),
    # why: the network ends because its job is done, its directory handed on and informal contact kept: termination
    ("report", "The steering group agreed in June 2024 that the loneliness network had done what it was set up to do. Members will continue to meet informally, and the network's directory of groups has been handed to the CVC to keep up to date.", "Lterm er"),
    ("report", "Recommendation: that the Board closes its Digital Inclusion sub-group, whose actions are complete, and asks the Regional Partnership Board to take on its remaining work.", "Lterm"),
    # why: an executive group allocating the grant and approving projects: delivery stage, with joint decisions on money
    ("report", "The executive group, made up of a head of service from each partner, now meets monthly to allocate the grant, approve project plans and track spend.", "Ldel P5 co op"),
    # why: first meeting with terms of reference, chair and decision rule agreed: creation; a board being formed is cooperation
    ("report", "The new Board held its first meeting in July 2023, when members agreed its terms of reference, elected a chair and vice-chair from different organisations, and agreed that decisions would be taken by consensus of the statutory members.", "Lcre P4 co"),
    # why: a year of informal breakfasts before any agreement built the trust: pre-partnership; the merged repairs service it led to is collaboration
    ("report", "Before anything was formally agreed, the chief executives of the three housing associations met for breakfast every month for a year. Several told us that this was where the trust that later made it possible to merge their repairs services was built.", "Lpre er sm P5 co"),
    # why: a lead who asks what partners bring and steps back: facilitative leadership, leaders not needing control, each member's contribution valued
    ("report", "'She never told us what to do,' one partner said of the programme lead. 'She asked what each of us could bring and then got out of the way.'", "er sp dprof"),
    ("report", "It is possible that closer joint working between the two services would improve outcomes, although this lay outside the scope of the evaluation.", ""),
    # why: scrutiny questioning partners' contribution is accountability; the council carrying all support is a lack of buy-in from others, raised as a concern
    ("report", "The Committee questioned whether partners other than the council were contributing enough to the Board's work, noting that the council provided all of the Board's support staff.", "gv bm"),
    # why: NHS year-end rules against council rules undermining a joint store: differing financial structures
    ("report", "Because the health board cannot carry money from one year to the next in the way councils can, underspends in the joint community equipment store had to be returned each March, and the store's managers could not plan stock purchases across years.", "P5 co bs"),
    # why: 'Integrated' is part of a unit's name; a single-council restructure
    ("report", "The council's Integrated Transport Unit, which arranges home-to-school transport, was restructured in 2023 and now reports to the Head of Highways.", ""),
    # why: two days given to agreeing the vision, still used to settle disagreements: strategic capacity, a clear shared purpose working as an enabler
    ("report", "Members who had sat on the Board since 2017 said that the two days spent agreeing a vision in the first year were the best investment the Board had made. 'We still go back to it when we disagree,' one said.", "st cp em"),
    # why: growth outpacing training and supervision puts at risk the quality of the early sites: quality discipline, skills of those involved
    ("report", "The evaluation warns that the rapid growth of the social prescribing network, from four link workers to twenty-three in eighteen months, has outpaced training and supervision, and that partners risk losing the quality that made the early sites work.", "dprom pr"),
    ("report", "Return on investment. The evaluation estimates that every £1 spent on the falls prevention service saves the health board and the council £2.60 over five years, mostly through avoided hospital admissions and care home placements.", "pv"),
    ("report", "Older people told the evaluators that what mattered most to them was not the service itself but seeing the same face each week; where the befriending volunteer changed often, people stopped taking part.", "sup"),
    # why: three bodies buying together in one procurement is joint commissioning; the tender is neutral
    ("report", "Case study: Cyngor Gwynedd, Adra and Betsi Cadwaladr UHB combined their electric vehicle charging needs into a single procurement, which brought the unit price down by a fifth and meant one contractor installed points at 42 sites.", "P5 co"),
    # why: every service's concern landing on one desk with a named owner is joined-up working in unusual words; each service still does its own part
    ("report", "The most striking change, according to frontline staff, is that a worry raised by any of the eleven services now 'lands on the same desk', where somebody is expected to pick it up and see it through.", "P3 co ws es"),
    # why: annual retendering set organisations that should refer to one another against each other: competitive tendering limiting the referral network, and corrosive to relationships; the referral arrangement is coordination and the highest level wins
    ("report", "Third sector providers described the annual retendering of the advice contracts as 'corrosive': organisations that were meant to be referring clients to one another were, every spring, bidding against each other for the same money.", "P3 co bs br"),
    ("report", "The cluster's five practices have used their pooled cluster funding to employ a shared physiotherapist and two well-being coordinators who work across all five practices.", "P5 co es"),
    ("report", "During the year the Board welcomed Coleg Gwent and Wales & West Utilities as invited participants.", ""),
    ("report", "Over 3,000 children and young people took part in the well-being assessment through school surveys, youth forums and the county's Young Farmers' Clubs.", "P2 iv"),
    ("report", "Life expectancy for men in the most deprived fifth of the county is 8.1 years lower than for men in the least deprived fifth.", ""),
    # why: short financial horizons and no thought beyond 2027: long term as a missing topic; nothing says it limits joint working
    ("report", "Most partners' financial plans look no more than three years ahead, and the Board has not yet considered what its objectives will mean for spending beyond 2027.", "lt"),
    # why: professionals feeling their judgement second-guessed by the panel: fear of losing professional value, protecting their domain; the panel decides on cases jointly
    ("report", "Some health visitors felt their professional judgement was being 'second-guessed' by the multi-agency panel that decides the support each family gets, and a minority stopped bringing cases to it.", "P5 co dprof bm"),
    # why: a readiness checklist before services move into the joint arrangement: projection discipline (readiness checks)
    ("report", "Before moving any service into the joint arrangement, partners used a readiness checklist covering governance, data, finance and staffing. Two services were held back for a year until they met it.", "P5 co dproj"),
    ("report", "Officers will continue to work with partners to identify further opportunities for joint working, and will report back in due course.", ""),
    # why: one body hosting staff for all, with each contributing to the cost: cooperation, shared funding
    ("report", "The Board is asked to agree that the health board acts as host for the Healthy Weight programme, employing the programme staff on behalf of all partners, each of whom will contribute to the cost in proportion to population.", "P4 co es"),
    # why: a contrast: told, not asked in one place; residents choosing the site, hours and services in the other is citizens deciding (the highest level wins)
    ("report", "Residents on the Gurnos said they had been 'told, not asked' about the plans for the community hub. By contrast, in Dowlais a residents' steering group chose the site, the opening hours and the first three services.", "P5 iv sup sp"),
    # why: the name of an inspection programme, with a publication date
    ("report", "Joint Inspection of Child Protection Arrangements (JICPA): the inspectorates' findings for the county will be published in the autumn.", ""),
    # why: online case conferences overcame an hour's drive between offices (distance overcome by digital working); a multi-agency case conference is coordination
    ("report", "In the north of the county, where the nearest partner office can be an hour's drive away, staff said the move to online case conferences had made it possible for the GP, the school and the social worker to attend the same meeting for the first time.", "P3 co br er"),
    ("report", "Families referred to the early help hub were, on average, referred eighteen months earlier in the life of the problem than families referred to children's services in the comparison area.", "pv"),
    # why: a standard capital grant intervention rate, not joint working
    ("report", "Capital programme 2024/25: Ysgol Gymraeg Bro Morgannwg extension £3.2m (Sustainable Communities for Learning: 65% Welsh Government, 35% council).", ""),
    ("report", "Digital champions reported that many older learners lacked not only a device but the confidence to use one, and that a single session was rarely enough.", ""),
    # why: unseen records were the obstacle; a WASPI protocol and access to both systems overcame it; hub staff with access to both bodies' systems is a shared resource
    ("report", "The biggest practical obstacle in the first year was that hub staff from the council and the health board could not see each other's records. This was resolved when both bodies signed an information sharing protocol under WASPI and gave hub staff read-only access to both systems.", "P4 co bs es cj"),
    # why: the two bodies sharing the financial risk is sharing power, collaboration level
    ("report", "The council and the health board agreed to share the financial risk of the new crisis house for its first three years, splitting any shortfall equally. The evaluation credits this as the reason the third sector provider was willing to take on the contract.", "P5 co sp es"),
    # why: a history of poor relations since a joint contract collapsed: lack of trust; the collapsed joint waste contract is the arrangement described (closed arrangements keep their level)
    ("report", "Relations between the two authorities had been strained since the collapse of their joint waste treatment contract in 2015, and officers told us that proposals from one were still treated with suspicion by the other.", "br P5 co"),
    ("report", "Interviewees could not agree on what the partnership was for: some saw it as a way to bring in grant funding, others as a forum for sharing information, and a few as a vehicle for joint services.", "cp bm"),
    # why: a chair's ground rule that turns meetings toward solutions: solutions-focused tone and ground rules
    ("report", "Meetings changed character after the new chair introduced a simple rule: anyone raising a problem had to bring one suggestion for fixing it.", "er pe"),
    # why: one induction for all seven partners' staff, on what each does and how to refer: knowing what others can offer, skills; partners pooling effort into one programme
    ("report", "A shared induction for new staff from all seven partners, covering what each organisation does and how to refer to it, was rated by frontline workers as the single most useful part of the programme.", "P4 co er pr"),
    ("report", "The Board has no way for residents to hold it to account: its meetings are not held in public, and its papers are published several months after each meeting, if at all.", "gv"),
    ("report", "The review found that the Board's objectives on active travel and on air quality were being pursued by separate groups with separate action plans, although the two share most of their causes and many of their solutions.", "ig"),
    ("report", "One director put it bluntly: 'Every organisation round that table signs up to the priorities, and then goes back and does what its own board tells it to.'", "bm cp"),
    # why: an open competition set two former partners bidding against each other: competition for funding as the arrangement now described and as a structural barrier; the earlier joint work is background
    ("report", "The decision to award the new employability grant through open competition meant that the two CVCs, which had worked closely together on the previous scheme, ended up bidding against each other.", "P1 bs"),
    ("report", "Table 2 shows the RAG rating for progress on each of the 24 steps in the plan.", ""),
    # why: staff in one office but managed separately on different terms: incompatible HR arrangements keeping a joint team apart
    ("report", "Although the joint team shared an office, staff continued to be managed, supervised and appraised by their own employers on different terms and conditions, which several said kept them thinking of themselves as 'health' or 'council' first.", "P5 co bs"),
    # why: Ministers asking boards for views: organisations consulted, no collaboration way of working
    ("report", "Ministers have written to the chairs of all Public Services Boards asking for their views on proposals to simplify the partnership landscape. Responses are due by 30 September.", "P2"),
    # why: residents telling their story to four bodies (their perspective, services not joined up); no one able to say who is responsible is diffuse accountability between the bodies
    ("report", "After the 2020 floods, residents in Pentre said they had to tell their story separately to the council, NRW, Welsh Water and their insurer, and that nobody could tell them who was responsible for which culvert.", "sup ws bs"),
    # why: one needs assessment produced on behalf of all the authorities and a shared definition: a shared evidence base and shared resource (cooperation); 'Prevention' is a unit's name
    ("report", "Under the Serious Violence Duty, the specified authorities have agreed a shared definition of serious violence and a single strategic needs assessment, produced by the Violence Prevention Unit on behalf of all of them.", "P4 co em cj"),
    # why: neutral tendering is competition on the spectrum only
    ("report", "Contracts for the three community transport services were awarded after open tender to the lowest-priced compliant bidders.", "P1"),
    # why: no barriers named is neither barrier nor enabler
    ("report", "Asked about obstacles, none of the partners interviewed could identify anything that had stopped them taking part.", ""),
    ("report", "Appendix B: Glossary of terms and abbreviations used in this report.", ""),
    ("report", "Partners remain fully committed to the principles of the Well-being of Future Generations Act.", ""),

]
