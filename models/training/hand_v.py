# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch V: a calibration set written blind to the lexicons, weighted to themes, ways of working and the power spectrum.

130 passages (plan 65, report 65), one to five sentences, in the register of Welsh Public
Service Board well-being plans, well-being assessments and PSB annual reports, and of
evaluations, case studies, audit reports, board papers and Regional Partnership Board papers,
across housing, health and social care, climate and nature, flooding, community safety, poverty,
food, transport, economy, Welsh language, children, older people, mental health, digital
inclusion, culture and skills, with bodies and places across Wales. The batch leans on the four
themes (service user perspective, common purpose, whole system, sharing power), the five ways of
working and the power spectrum, whose levels are spread about evenly (competition 21,
consultation 21, coordination 21, cooperation 20, collaboration 20, null 27), mostly told by what
is done rather than by the textbook words: who pays, who decides, who sits where, whose views
changed what, what the area looks like in 2040. Hard cases: hedges and aspirations (no level),
consultation only (consultation without the collaboration way of working), each body doing its
own part and paying for it (coordination), resources lined up behind one aim (cooperation),
joint design, pooled budgets and joint teams (collaboration), bids, tenders and credit-seeking
(competition, a barrier only where it is said to harm joint work), past competition with a
committed joint future (the committed level), negation and absence, barriers overcome (both
labels), keywords only in titles or organisation names, statutory boilerplate, and 21 passages
with no label at all. Labelled on all eight frameworks from the taxonomy and gold/FORMAT.md
only: the tagger was never run on these passages while they were written, the lexicons were not
read, and the gold files were not read. Nothing is taken from the corpus. Hard calls have a
`# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ plan (65)
    # --- competition (10)
    # why: separate bids against one national fund, stated neutrally: competition only, no barrier
    ("plan", "Over the last five years Ammanford, Llandeilo and Llandovery have each put forward their own bid to the UK Government's levelling up fund for high street improvements, and only one of the three was successful.", "P1"),
    ("plan", "Community food projects in Swansea currently apply one by one to the same handful of Welsh Government and lottery funds, each making its own case for a share of a pot that has not grown in three years.", "P1"),
    ("plan", "Domiciliary care in Powys is bought from independent agencies through a competitive tender, with contracts awarded zone by zone to the lowest bid that meets the quality standard.", "P1"),
    # why: a prize fund that town councils compete for; the panel judging it is not joint delivery
    ("plan", "Town and community councils in Gwynedd will be invited to compete for a £40,000 prize for the best community-led climate project, with the winner chosen by a panel drawn from board members.", "P1"),
    # why: competition named as making groups guard their ideas (limits joint working): barrier.structures and barrier.relationships with competition
    ("plan", "Because each youth organisation in Rhondda Cynon Taf has to win its own contract from the council every three years, several told us they guard their best ideas from one another rather than share them, and young people end up with a patchwork of clubs that rarely talk.", "P1 bs br"),
    ("plan", "Holyhead, Fishguard and Pembroke Dock are each seeking new investment in port-related industry, and the councils concerned have so far made their cases to government separately.", "P1"),
    ("plan", "The council's grant for Welsh-language activities for young people is awarded by open competition each spring; the Urdd, Menter Iaith Conwy and several local clubs applied in the last round.", "P1"),
    ("plan", "Contracts for the county's school and community transport routes in Ceredigion are re-tendered every four years, and in the last round fourteen operators bid for sixty-two routes.", "P1"),
    # why: competing for credit (whose logo, whose figures) is competition; nothing says it stopped joint work, so no barrier
    ("plan", "For years the fire service, the police and the council have each run their own road safety campaign aimed at young drivers in Bridgend, competing for the same slots in school assemblies and each claiming the fall in casualties in its own annual report.", "P1"),
    ("plan", "The three further education colleges in the region each bid separately to the Welsh Government for their allocation of Personal Learning Accounts to fund adult digital skills courses.", "P1"),
    # --- consultation (10)
    # why: statutory consultation with residents: involvement and consultation; a twelve-week period is process, not a theme
    ("plan", "The draft plan was open for comment for twelve weeks from October, and 1,140 people responded online, on paper or at drop-in sessions held in Pembrokeshire's libraries.", "P2 iv"),
    # why: other organisations only asked for comment: consultation without the collaboration way of working
    ("plan", "We sent the draft objectives to Natural Resources Wales, Dyfed-Powys Police and Hywel Dda University Health Board for comment, and their responses are summarised in Annex C.", "P2"),
    # why: statutory boilerplate, but it describes one party asking another for advice: consultation, no co
    ("plan", "As the Act requires, the board sought the advice of the Future Generations Commissioner on the steps it proposes to take, and the Commissioner's response is published alongside this plan.", "P2"),
    # why: young people's views changed the objective: service user perspective, involvement; they were asked, not given the decision, so consultation
    ("plan", "When we tested the draft with young people in Merthyr Tydfil, they told us that safe, warm places to go after dark mattered far more to them than the new sports pitches we had proposed, and the objective was rewritten around what they said.", "P2 iv sup"),
    ("plan", "Older people's forums in Conwy were asked to rank the five draft priorities. Loneliness came first in every forum, and it is now the first objective in this plan.", "P2 iv sup"),
    # why: informing town councils each quarter is consultation level (informing); reporting outward to them is governance capacity
    ("plan", "Each quarter the board will send a short bulletin to town and community councils setting out what partners have done on the climate and nature objectives and what is planned next.", "P2 gv"),
    # why: organisations consulted, their view changed a step; not service users themselves, so no sup
    ("plan", "We asked the Mentrau Iaith and the Welsh-medium secondary schools of Carmarthenshire how the plan could support the language. Their clearest message was that many children stop using Welsh once they leave primary school, and the step on after-school activities responds to that.", "P2"),
    # why: a diverse citizens' panel advising the board, which answers in public: consultation with citizens, governance outwards to communities
    ("plan", "A citizens' panel of forty residents, chosen to reflect the county's mix of ages, languages and incomes, met four times to weigh the evidence on food poverty and made eleven recommendations. The board will publish its response to each one.", "P2 iv sup gv"),
    ("plan", "Swansea Bay University Health Board has shared its proposals for two new primary care centres with the council, the local GP cluster and Llais, and invited their views before the board takes a decision in the spring.", "P2"),
    # why: complaint about past consultation that went nowhere: the topic is the citizen's voice (sup, iv); the activity described is consultation
    ("plan", "Residents in Tonypandy told us they had been asked for their views many times before and had never heard what happened next. This time every comment we received is listed, with what we did about it, on the board's website.", "P2 iv sup gv"),
    # --- coordination (10)
    # why: three bodies each doing their own part on one log: coordination; flood defence before winter is prevention
    ("plan", "In the Conwy valley Natural Resources Wales will maintain the main river defences, the council will clear the culverts under its roads before each winter, and Dŵr Cymru will upgrade the pumping station at Llanrwst by 2027, with all three tracking progress in one flood action log and testing it against the river levels expected by 2050.", "P3 co pv lt"),
    ("plan", "Each partner carries its own actions under this step: Gwent Police will patrol near the two secondary schools at home time, Newport City Council will improve lighting on the footpath to the station, and Newport Live will run youth sessions on Friday nights, so that fewer young people are drawn into trouble in the first place.", "P3 co pv"),
    # why: one person's journey joined up across three services, each running its own piece: coordination, whole system
    ("plan", "When an older person is discharged from Glangwili hospital, the district nurse will refer them to the council's telecare service, which will fit an alarm within two days, and Age Cymru Dyfed will phone a week later to check all is well; each organisation keeps its own staff and budget.", "P3 co ws"),
    # why: same reporting format is an aligned process (es); separate routes to 2030 mean coordination, and the horizon is long term
    ("plan", "Every board member has agreed to publish its own route to net zero by 2030 and to report its emissions each year in the same format, so that for the first time we can see the total for the county and track it over the decade.", "P3 co es lt"),
    # why: 'no shared budget' keeps this at coordination; the map built around families is service user perspective and joined-up delivery
    ("plan", "Schools in Cardiff will carry on providing free breakfasts, libraries will host holiday food clubs and FareShare Cymru will supply surplus food to both. There is no shared budget, but one map, drawn up with parents, shows families where to go each week of the holidays.", "P3 co ws sup iv"),
    ("plan", "Transport for Wales will extend the fflecsi bus in rural Denbighshire, and the council will move its school bus times so that the two connect at Ruthin.", "P3 co"),
    # why: each keeps its own staff and budget but follows one agreed protocol: coordination; the protocol is a formal agreement (es, cj); built around what the person in distress goes through (sup)
    ("plan", "The police, the ambulance service and the health board's crisis team will each keep their own staff and budgets, but will work to one agreed protocol for people detained under section 136, so that nobody in mental distress waits in a police cell for an assessment.", "P3 co es cj sup"),
    # why: early notice of arrears before eviction: prevention; each body does its own part
    ("plan", "Under this step Tai Tarian will tell the council's housing options team as soon as a tenant falls two months behind with the rent, and the council will contact the household within five working days, long before any notice to quit is served.", "P3 co pv"),
    # why: each body within its own budget = coordination; checking the step against other objectives is integration
    ("plan", "When the National Eisteddfod comes to the county in 2026, the council will manage roads and waste, the police will handle public safety and the health board will staff the first aid points, each within its own budget. The board has checked the arrangements against its objectives for the Welsh language, local businesses and cutting waste.", "P3 co ig"),
    ("plan", "The council's libraries will lend tablets, Digital Communities Wales will train the volunteers and the housing associations will tell tenants where to go for help; each will report the number of people it has helped to the board's digital inclusion lead.", "P3 co"),
    # --- cooperation (10)
    # why: each body puts in its own resource for one shared restoration plan: cooperation; fifteen-year plan is long term
    ("plan", "For the Usk catchment nature recovery project, Natural Resources Wales will provide two ecologists, Monmouthshire County Council the riverside land it owns, and the Bannau Brycheiniog National Park Authority its volunteer rangers, all working to one restoration plan for the next fifteen years.", "P4 co lt cp"),
    ("plan", "Coleg Cambria will provide the tutors, Wrexham County Borough Council the rooms in its community centres and the Jobcentre the referrals, so that adults without qualifications can gain a first certificate close to home. The step serves our objectives on work, health and poverty together.", "P4 co sup ig"),
    # why: barrier overcome: scattered offices (br) replaced by a shared hub (er); each pays its own staff so cooperation, not pooling
    ("plan", "Residents told us that money advice in Caerphilly was scattered across five offices and that they were sent from one to another. From next year Citizens Advice, the council's benefits team and the housing associations will staff one hub on a shared rota, each paying for its own advisers, so that a person tells their story once.", "P4 co br er ws sup iv"),
    # why: one goal and a date behind which several bodies put staff time: cooperation, common purpose, shared purpose enabler
    ("plan", "Six GP practices in the Rhondda, the council's leisure service and Interlink RCT have agreed to put their staff time behind one goal: 2,000 more adults over fifty taking regular exercise by 2028.", "P4 co cp em"),
    ("plan", "The police and crime commissioner will fund two youth workers, the council will provide the van and its fuel, and the Urdd will run the sessions, so that a mobile youth club can visit the Wrexham estates where young people have least to do in the evenings, reaching them before they come to the attention of the police.", "P4 co pv"),
    # why: 25-year horizon: long term; each partner's own land to one planting plan: cooperation
    ("plan", "Over the next 25 years partners will plant trees on land they already own – council parks, hospital grounds, Welsh Water reservoir banks – to a single planting plan, so that tree cover in Newport rises from 14% to 20% by the time today's primary school children are in their thirties.", "P4 co lt cp"),
    # why: coaches, pool time and volunteers put into one offer: cooperation; the language a generation from now is long term
    ("plan", "Menter Iaith Môn will provide Welsh-speaking coaches, the council's leisure centres free pool and hall time and the Urdd its volunteers, so that children who learn Welsh at school in Anglesey can also swim, dance and play football in Welsh, and still choose the language as adults a generation from now.", "P4 co lt"),
    # why: one scheme serving three objectives (health, transport, loneliness) is integration; each body contributes a piece
    ("plan", "The volunteer drivers who take older people in Monmouthshire to hospital appointments will also take them to lunch clubs and the library, with the health board paying the mileage, the council insuring the cars and GAVO recruiting drivers. One scheme will serve three of our objectives at once.", "P4 co ig ws"),
    ("plan", "Ceredigion's secondary schools, the health board's child and adolescent mental health team and the youth service will line up their staff so that every school has a named counsellor, a school nurse and a youth worker in the building each week, and pupils can get help before worries turn into a crisis.", "P4 co pv sup"),
    # why: each brings surplus sites to one pipeline and keeps ownership until a scheme is ready: aligned resources, cooperation; 2035 is a ten-year horizon
    ("plan", "The council, the health board and Melin Homes will each bring surplus sites to a shared pipeline of 400 low-carbon homes in Monmouthshire by 2035, each keeping ownership of its land until a scheme is ready to build.", "P4 co lt"),
    # --- collaboration (10)
    # why: past competition with a committed joint future takes the committed level: one programme, one consortium, shared grant = collaboration
    ("plan", "Until now Newport's housing associations have bid against one another for every social housing grant scheme. Under this plan they will draw up one development programme with the council, bid as a single consortium and share the grant between the sites they agree together, towards a shared target of 1,000 affordable homes by 2033.", "P5 co es cp lt"),
    ("plan", "From April Flintshire County Council and Betsi Cadwaladr University Health Board will pool their budgets for care home placements in the county and buy places through one joint commissioning team.", "P5 co es ws"),
    # why: people who use the service, with families and staff, design it and have the final say: co-production, sharing power; Mencap and council together = co
    ("plan", "The new day service for adults with learning disabilities in Bridgend will be designed by the people who use it, their families and staff from the council and Mencap Cymru, meeting as equals, and the group will keep the final say on how the service is run.", "P5 co iv sup sp"),
    # why: residents set the rules and choose the projects; partners only advise: sharing power, local ownership (es), reporting back to community (gv); working with citizens is iv, not co
    ("plan", "Partners will hand the £300,000 community resilience fund to a board of residents from Treharris and Aberfan, who will set the rules, choose the projects and report back at an open meeting each year, with officers attending only to advise.", "P5 iv sp sup es gv"),
    ("plan", "A single early help team for Blaenau Gwent, with staff from the council, Aneurin Bevan University Health Board, Gwent Police and Barnardo's under one manager, will work with families at the first sign of difficulty rather than waiting for a crisis to bring them to a front door.", "P5 co pv ws"),
    ("plan", "The health board, the three councils and the region's housing associations will draw up together a twenty-year plan for where older people in West Wales will live, and fund the first schemes from a shared development budget.", "P5 co lt es"),
    # why: residents and agencies choosing options together and agreeing land management for fifty years: joint design, shared decision, long term
    ("plan", "In Pentre, residents, the council and Natural Resources Wales will design the new flood scheme together, from choosing between the options to agreeing how the land beside the river is looked after for the next fifty years.", "P5 co iv sup sp lt"),
    # why: one buying team with a single budget = collaboration (es for the single budget); one budget serving three objectives = integration
    ("plan", "Gwynedd and Anglesey councils and Betsi Cadwaladr will run one food buying team for school, hospital and care home meals, with a single budget and one set of standards, and a target of buying a third of fresh produce from growers within thirty miles, so that one budget serves our objectives on children's health, the local economy and lower food miles at once.", "P5 co es ig"),
    # why: sharing cost and risk (sp) in joint commissioning; routes planned around where people need to go (sup)
    ("plan", "The council and Transport for Wales will commission one demand-responsive bus network for rural Powys together, sharing both the cost and the risk if passenger numbers fall short, and planning routes around where patients, pupils and workers actually need to get to.", "P5 co sp sup"),
    ("plan", "A digital team employed by the council and funded in equal shares by all four statutory members will build one online front door for residents seeking help with money, housing or health, tested at every stage with the people who will use it.", "P5 co es ws sup iv"),
    # --- null with labels (4)
    # why: aspiration only: no concrete arrangement, so null; the topics are citizens' voice and handing over decisions
    ("plan", "We want young people in Torfaen to have a real say in the decisions that shape where they live, not just to be asked once every five years when a new plan is due.", "sup sp iv"),
    # why: a projection over twenty years is long term; context, no joint activity
    ("plan", "By 2043 around one in three people living in Ceredigion is expected to be over 65, while the number of working-age adults is projected to fall by about an eighth.", "lt"),
    # why: absence of a shared view: common purpose as topic, barrier.motivations for polarity; long term horizon; null
    ("plan", "There is not yet a shared view among partners of what a prosperous Conwy should look like in twenty years' time, and until there is, each organisation will keep steering by its own strategy.", "cp bm lt"),
    # why: weighing one objective against several goals and another body's income is integration; no arrangement described
    ("plan", "In setting this objective the board looked at how fewer car journeys to school would affect air quality, children's health, road safety and the income of local bus operators, and at whether it would pull against the council's own plans for town centre parking.", "ig"),
    # --- no label (11)
    ("plan", "Section 39 of the Act requires the plan to set out the local objectives, the steps the board proposes to take to meet them and the period within which it expects to meet them.", ""),
    # why: keyword in a heading only; the body is one council's output
    ("plan", "Objective 3: Working together for a greener Swansea. The council planted 4,200 trees in parks and on road verges during 2023-24.", ""),
    ("plan", "The Cwm Taf Morgannwg Regional Partnership Board's area plan covers Bridgend, Merthyr Tydfil and Rhondda Cynon Taf.", ""),
    ("plan", "Around one in five children in Blaenau Gwent live in a household where no adult is in work.", ""),
    ("plan", "Flood maps show about 2,300 homes and businesses in the lower Neath valley at risk of flooding from rivers or surface water.", ""),
    ("plan", "This plan will run until 2028, when the board will publish a new assessment of well-being in the county.", ""),
    # why: single body's own buildings: no joint activity
    ("plan", "Pembrokeshire County Council has cut the energy used in its own buildings by 19% since 2019-20, mainly through LED lighting and new boiler controls.", ""),
    # why: 'Integrated' only in a service name; a referral count
    ("plan", "The Integrated Autism Service for West Glamorgan received 412 referrals last year, three in five of them for adults.", ""),
    ("plan", "Hywel Dda University Health Board serves Carmarthenshire, Ceredigion and Pembrokeshire, about a quarter of the land area of Wales.", ""),
    # why: vague hedge naming joint work: no arrangement, no theme
    ("plan", "Partners may wish to consider in due course whether further joint work on procurement could be of benefit.", ""),
    ("plan", "The well-being goals and the local objectives that contribute to each of them are shown in the table overleaf.", ""),
    # ------------------------------------------------------------------ report (65)
    # --- competition (11)
    ("report", "The evaluation found that the five projects funded under the Community Renewal Fund in Ceredigion were chosen through an open bidding round in which 23 applications were received.", "P1"),
    # why: competition for funding named as pulling groups out of partnership groups: barrier.structures
    ("report", "We found that third sector organisations in Gwent spend a growing share of their time writing bids against one another for short-term grants, and several told us they have stopped attending partnership meetings because they cannot spare the staff.", "P1 bs"),
    ("report", "Three community transport schemes in Powys applied to the same Welsh Government fund for electric minibuses. The fund could support only one, and the two unsuccessful schemes have since cut their Saturday services.", "P1"),
    ("report", "The regional partnership board invites tenders from providers for the 2025-26 carers' respite contract; bids close on 14 March and will be scored 60% on quality and 40% on price.", "P1"),
    # why: competing for credit, said to delay the campaign: competition with barrier.motivations (protecting one's own organisation)
    ("report", "Interviewees described a battle of the logos, with each partner insisting that its own branding led on the leaflets and that its own press office announced the fall in house fires, which held the campaign back by two months.", "P1 bm"),
    ("report", "Sport Wales allocated its community facilities money through a competitive round in which 38 clubs from Rhondda Cynon Taf applied and nine were funded.", "P1"),
    ("report", "Neighbouring councils in the Cardiff Capital Region have at times competed to attract the same employers, offering rival packages for sites only a few miles apart.", "P1"),
    # why: competition named with its effect on joint working (few referrals): barrier.structures
    ("report", "Training providers in Swansea told the evaluators that they compete for the same learners on the same apprenticeship frameworks, and that as a result they seldom refer a young person to another provider even when it would suit them better.", "P1 bs"),
    ("report", "Cardiff Council's homelessness prevention contracts are re-let every three years, and in the latest round the contract for young people's supported housing passed from one provider to another.", "P1"),
    ("report", "The Arts Council of Wales awards its project grants through open rounds; in 2023-24 eleven arts organisations in Gwynedd and Anglesey applied and four were successful.", "P1"),
    ("report", "The food resilience programme in Torfaen was run as a challenge fund: community groups competed for awards of up to £10,000, judged by a panel on reach and value for money.", "P1"),
    # --- consultation (11)
    ("report", "As part of the evaluation, 46 people using the Gwent memory assessment service were interviewed, and their accounts of waiting for a diagnosis are quoted throughout this report.", "P2 iv sup"),
    # why: partner organisations only asked for written comments: consultation without co
    ("report", "The paper was circulated to all board members for comment. Written responses were received from South Wales Fire and Rescue Service, Cardiff Council and C3SC and are summarised in Appendix A.", "P2"),
    # why: young carers' views changed when clinics run: service user perspective, involvement, at consultation level
    ("report", "After young carers told the evaluators that they could not get to appointments during school hours, the service moved its clinics in Bridgend to after four o'clock.", "P2 iv sup"),
    # why: one body informing the others: consultation level; reporting to partners is governance
    ("report", "Since last spring the health board has written to every board partner after each quarterly performance meeting, setting out waiting times for adult mental health assessments in Cwm Taf Morgannwg.", "P2 gv"),
    # why: thin engagement and missing groups: the topic is the citizen's voice and involvement reflecting diversity; what was done is consultation; communities lacking what they need to take part is community capacity
    ("report", "We found that most of the board's engagement consisted of online surveys with low response rates, and that disabled people, Gypsy and Traveller families and people without internet access were largely missing from the results.", "P2 iv sup cm"),
    ("report", "The regional partnership board has asked its citizens' panel and the carers' reference group for their views on the draft priorities for the area plan before they are agreed in June.", "P2 iv sup"),
    ("report", "The council consulted the Welsh Language Commissioner and Menter Bro Ogwr on the likely effect of the proposed school reorganisation on Welsh-medium places in Bridgend.", "P2"),
    # why: residents recommend and the council decides and explains: consultation, not shared decision; answering for its choices is governance
    ("report", "Blaenau Gwent's climate assembly brought fifty residents together over five weekends. Its sixteen recommendations went to the council, which accepted twelve and explained in public why the other four were not taken forward.", "P2 iv sup gv"),
    ("report", "Testing with thirty older residents in Denbighshire showed that the new online booking form was too hard to complete on a phone, and it was redesigned before launch.", "P2 iv sup"),
    ("report", "The police asked the mental health charity Hafal to review its draft guidance for officers responding to people in distress, and several changes to the wording were made as a result.", "P2"),
    ("report", "Pupils in fourteen Swansea schools answered a survey about feeling safe on the way to school, and the results were passed to the police and the council's road safety team.", "P2 iv"),
    # --- coordination (11)
    ("report", "During the Storm Dennis response in Pontypridd the fire service pumped out homes, the council opened rest centres and rehoused families, and the British Red Cross handed out supplies. Each organisation ran its own operation, linked through a daily call chaired by the local resilience forum.", "P3 co"),
    # why: a relay of separate hand-offs is coordination; the judgement 'relay rather than team' is about joined-up delivery (ws)
    ("report", "The evaluators found that the discharge pathway worked as a relay rather than a team: the ward finished its paperwork, then the council arranged care, then the third sector provider followed up after two weeks, and nobody held the whole picture of the patient.", "P3 co ws sup"),
    ("report", "Each partner delivered its own actions under the poverty objective: Neath Port Talbot Council ran 120 benefit check sessions, Citizens Advice dealt with 2,900 debt enquiries and NPT Homes paused arrears action for tenants on an agreed repayment plan.", "P3 co"),
    # why: audit finding that steps are single bodies' work under shared headings: coordination at most; the audit is challenging how far partners really join up (ws); missing thought for other bodies' objectives is integration as topic
    ("report", "Audit Wales found that most steps in the well-being plan were existing activities of single organisations, grouped under shared headings but planned, funded and reported separately, and that few of them showed any thought for how they affected other partners' objectives.", "P3 co ws ig"),
    ("report", "In Wrexham's night-time economy scheme, door staff, taxi marshals, street pastors and the police each kept to their own roles, sharing one radio channel so that trouble could be passed on within seconds.", "P3 co"),
    ("report", "Under the pollinator project Monmouthshire County Council changed its verge mowing, the health board left hospital lawns uncut until August and schools sowed wildflower strips, with results gathered in a single summer survey.", "P3 co"),
    # why: same homes, each body funding its own work; preventing falls and fires at home
    ("report", "Care and Repair fitted handrails, North Wales Fire and Rescue Service checked smoke alarms and the Nest scheme arranged insulation in the same 300 homes on Anglesey, each body using its own funding, with the aim of preventing falls, fires and cold-related illness among older residents.", "P3 co pv"),
    # why: timetables joined up, fares and tickets separate: coordination
    ("report", "Bus operators and Transport for Wales retimed their services in the Cynon valley to meet trains at Aberdare, but fares and tickets remain separate for each operator.", "P3 co"),
    ("report", "Each GP practice in the North Ceredigion cluster employs its own social prescriber, and the practices meet monthly to compare referrals and agree which community groups to point people towards.", "P3 co"),
    # why: a shared referral card is an aligned process (es); each body carries on its own work
    ("report", "The food bank in Llanelli, the council's welfare rights team and the Jobcentre each carry on their own work, but since they agreed a shared referral card the number of people passed between them has doubled.", "P3 co es"),
    ("report", "Each council in the region will continue to commission its own reablement services; the board's role is to collect the figures and publish one regional picture each quarter.", "P3 co"),
    # --- cooperation (10)
    # why: each partner puts in something it already has toward one aim: cooperation; keeping frail people out of hospital is prevention; the one aim is credited with making it work (cp, em)
    ("report", "The hub in Llandrindod worked because each partner put in something it already had – the council the building, the health board two community nurses, PAVO the volunteers – and all of it was aimed at one thing: keeping frail older people well at home and out of hospital.", "P4 co pv cp em"),
    # why: equipment and volunteers combined into one plan with the community group: cooperation; the residents' flood group is involvement
    ("report", "After the 2020 floods in Crickhowell, the council, Natural Resources Wales and the community flood group combined their equipment and volunteers into one response plan, with each contributing sandbags, pumps or people.", "P4 co iv"),
    # why: a shared list each adds to is shared data (cj); seeing who else visits is joining up (ws)
    ("report", "Police, fire and council officers in Caerphilly now use the same list of homes where older people live alone, each adding what they know, so that a fire officer or PCSO at the door can see who else is already calling and spot early signs that someone is struggling.", "P4 co cj ws pv"),
    ("report", "Swansea's libraries provided the rooms, students from Swansea University gave their time as digital buddies and the health board paid for the data, so that patients with no internet at home could still attend video appointments.", "P4 co sup"),
    ("report", "The health board's school nurses, the council's educational psychologists and the youth service arranged their caseloads and timetables around each Cardiff secondary school, although each remained employed and managed by its own organisation, so that anxious pupils were seen within a week instead of joining a specialist waiting list.", "P4 co pv"),
    ("report", "The campaign to encourage staff to learn Welsh was run with staff time from the council, the health board, Bangor University and the fire service, and the same posters appeared in all their buildings and on their vehicles.", "P4 co"),
    # why: one project counted towards three objectives: integration; each pays for a piece: cooperation
    ("report", "The evaluation shows how the active travel to school project counted towards three objectives at once – cleaner air, healthier children and fewer cars at the school gates – with the council's highways team, school governors and Sustrans Cymru each paying for a piece of it.", "P4 co ig"),
    # why: staff lined up behind one shared target, as in the Rhondda plan step: cooperation, common purpose, shared-purpose enabler
    ("report", "Employers on Deeside, Coleg Cambria and the Jobcentre have put their staff behind a shared target of 500 local apprenticeships by 2027, each recruiting, training or placing young people towards it.", "P4 co cp em"),
    # why: each host pays its own costs on one timetable behind one stated aim: cooperation with common purpose; one timetable joins up the offer (ws)
    ("report", "Partners in Neath Port Talbot agreed a single winter timetable for warm spaces: libraries, chapels, leisure centres and community halls opened on set days, each host paying its own heating and the council paying for refreshments, all behind one aim that nobody in the borough should spend the winter cold and alone.", "P4 co ws cp em"),
    # why: thirty-year shared management plan, each maintaining its own stretch: cooperation with a long horizon
    ("report", "On the Gwent Levels, farmers, Natural Resources Wales, Newport City Council and the RSPB have kept working to the same thirty-year management plan for the reens and ditches, each looking after the stretches it is responsible for.", "P4 co lt"),
    # --- collaboration (10)
    # why: barrier overcome: finance rules blocked pooling (bs) until a formal agreement (es, cj); pooled budget and one accountable manager = collaboration, governance
    ("report", "For two years a pooled budget for community equipment in the Vale of Glamorgan was held up because the council's and the health board's finance teams could not agree how VAT would be treated. A section 33 agreement signed in 2022 settled it, and the £3.4m store is now run by one manager who answers to both organisations.", "P5 co bs es cj gv"),
    # why: parents co-designed the service and now allocate places: co-production and shared decision; council with citizens = involvement, not co
    ("report", "Parents of disabled children in Torfaen designed the short breaks service with council officers over nine months, and two parents now sit on the panel that decides who gets a place.", "P5 iv sup sp"),
    ("report", "The Merthyr crisis café is run by a joint team of NHS nurses, council social workers and Mind staff who share one rota, one budget and one manager.", "P5 co es ws"),
    # why: agreeing to share any overspend equally is sharing risk (sp); a jointly underwritten pilot is collaboration
    ("report", "Partners in the West Wales Care Partnership agreed to split any overspend on the winter pilot equally, so that no single organisation carried the risk of trying something new, and the evaluators credit this with getting the pilot started in weeks rather than months.", "P5 co sp es"),
    # why: residents own and run the hub and agencies work to their priorities: sharing power, local ownership (es); trust is an organisation so co
    ("report", "In Penygroes residents own and run the community hub through a development trust. The council transferred the building, and the health board funds a nurse who works to the priorities the trust's members set each year.", "P5 co iv sp es cm"),
    # why: agreeing each other's wants before writing is principled engagement and common purpose; jointly written, managed and funded = collaboration
    ("report", "Instead of each writing its own, Dyfed-Powys Police, Carmarthenshire County Council and the probation service wrote one offender management plan together, starting by agreeing what each of them most wanted from it, and the team that delivers it is jointly managed and jointly funded.", "P5 co es ws cp pe"),
    # why: people with lived experience co-designed and vote as equals; pooled budget
    ("report", "The Housing First service in Conwy was designed by the council, Clwyd Alyn and people who had slept rough, working together from the first workshop. Its budget is pooled, and two members of its steering group have lived experience of homelessness and an equal vote.", "P5 co iv sup sp es"),
    ("report", "Each spring the holiday food and fun programme in Cardiff is planned by a joint group of schools, the council's catering service, health board dietitians and parents, and paid for from a single pot to which each partner contributes.", "P5 co iv es"),
    # why: a jointly owned company being set up is the creation stage; shared ownership, seats and profits = sharing power
    ("report", "Powys and Ceredigion councils have set up a jointly owned energy company with two community energy co-operatives, sharing ownership, board seats and profits, to build solar arrays on public land over the next decade.", "P5 co sp es Lcre lt"),
    ("report", "In Merthyr Tydfil one team, with staff from education, social services, health and the police under a single manager, decides together what support to offer each family referred, instead of passing cases between four front doors.", "P5 co ws sp"),
    # --- null with labels (2)
    # why: absence: service users have not yet shaped any project; topic sup and iv, no activity, null
    ("report", "Partners have talked for several years about designing services around residents, but none of the projects we reviewed had yet asked the people using them to help shape them.", "sup iv"),
    # why: a recommendation to consider delegation in time is a hedge: the topic is sharing power, no level
    ("report", "The review suggests that in time the region might consider letting each locality decide how its share of the integration money is spent.", "sp"),
    # --- no label (10)
    ("report", "Annex 3 sets out the evaluation framework, including the logic model and the full list of indicators used.", ""),
    ("report", "Methodology: the evaluation combined 34 semi-structured interviews, a review of programme documents and analysis of routine performance data.", ""),
    ("report", "This report is available in Welsh and in English, and in large print on request.", ""),
    # why: fund names only ('Integration', 'Integrated'): no activity
    ("report", "The Regional Integration Fund was introduced by the Welsh Government in 2022 as the successor to the Integrated Care Fund.", ""),
    ("report", "Cardiff and Vale University Health Board's emergency department recorded around 142,000 attendances in 2023-24.", ""),
    ("report", "This report has been prepared for presentation to the Senedd under the Public Audit (Wales) Act 2004 and the Well-being of Future Generations (Wales) Act 2015.", ""),
    # why: 'Joint' in a body's name and a budget approved: meeting process, not a described joint activity
    ("report", "The Corporate Joint Committee for South West Wales approved its budget for 2024-25 at its meeting on 28 March.", ""),
    ("report", "Unemployment in Rhondda Cynon Taf fell from just over 6% in 2015 to around 4% in 2023, close to the Welsh average.", ""),
    # why: 'Collaboration' only in a case-study title; the body is geography
    ("report", "Case study 4: Collaboration in the Dyfi Biosphere. The biosphere is centred on the Dyfi estuary and the market town of Machynlleth.", ""),
    # why: 'no legal obstacles' is neither barrier nor enabler; nothing else described
    ("report", "Officers are not aware of any legal obstacles to the proposals set out in this paper.", ""),
]
