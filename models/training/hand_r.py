# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch R: a calibration set written blind to the lexicons.

160 passages (plan 70, report 90), one to six sentences, in the register of Welsh PSB well-being
plans, well-being assessments, regional area plans and PSB annual reports, and of evaluations,
case studies, board papers, audit and inspection reports, regional partnership board reports and
grant reports: contents lists, statistics, methods, recommendations, findings, interview quotes
and frank assessments of what worked and what did not, across housing, health and care, climate
and nature, flooding, community safety, poverty, food, transport, economy, Welsh language,
children and young people, older people, mental health, digital inclusion, substance misuse and
employability. The weight is on themes and factors: more than two thirds carry a theme or a
factor, mostly said without the textbook words (a shared purpose as everyone wanting the same
thing for the valley, siloed funding as each grant's own rules and end date, trust as officers
who just pick up the phone). About a quarter carry no label (contents, tables, methods,
single-body facts, hedges, keywords in titles or names only, and structural differences stated
as plain fact with nothing saying they hold joint work back). Some enablers are negated
(barrier), some barriers are overcome (both labels), and themes are labelled as topics whether
present, planned or missing. The power level is told by who does what: a body asking or telling
others, each partner doing its own part, partners putting staff, data or money into one piece of
work, pooling, joint teams and joint commissioning, citizens deciding. Labelled on all eight
frameworks from the taxonomy and gold/FORMAT.md only: the tagger was never run on these passages
while they were written, the lexicons were not read, and the gold files were not read. Nothing
is taken from the corpus. Hard calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ plan (70)
    ("plan", "Contents: Foreword by the Chair; Who we are; What the assessment told us; Our well-being objectives; How we will measure progress; Glossary.", ""),
    ("plan", "About one in five children in Blaenau Gwent lives in a household where no adult is in work, the highest share of any local authority in Wales.", ""),
    # why: 'Joint Strategic Needs Assessment' is only the title of a data source: no joint activity, no theme
    ("plan", "The figures on smoking, obesity and physical activity in this chapter are taken from the Cardiff and Vale Joint Strategic Needs Assessment (2023) and the National Survey for Wales.", ""),
    # why: 'long-term average' is a weather statistic, not the long-term way of working
    ("plan", "Rainfall at Capel Curig in the winter of 2023-24 was 140% of the long-term average, and the upper Conwy valley remains one of the wettest places in Wales.", ""),
    # why: different planning cycles stated as plain fact, nothing saying they hold joint work back; 'Integrated' is in a plan's name
    ("plan", "The health board plans on a three-year cycle through its Integrated Medium Term Plan, while the council sets its budget each March for the following year only.", ""),
    ("plan", "Welsh is spoken by 64% of people aged three and over in Gwynedd (Census 2021), and by more than 80% in some wards around Caernarfon and Llanrug.", ""),
    ("plan", "This plan is also available in Welsh. To request a copy in large print, Easy Read or another format, contact the Public Services Board support team at County Hall, Haverfordwest.", ""),
    # why: membership and a 'Partnership Board' publishing its own plan: plain fact about bodies, no joint activity described
    ("plan", "Swansea Bay University Health Board and Swansea Council are statutory members of the Board. The West Glamorgan Regional Partnership Board publishes its own area plan for health and social care.", ""),
    ("plan", "Between 2011 and 2021 the population of Ceredigion fell by 5.8%, the largest fall of any county in Wales, driven mainly by fewer students and young adults.", ""),
    # why: poor connectivity is a fact about the area, not something said to limit joint working
    ("plan", "Broadband speeds in parts of rural Carmarthenshire remain below 10 Mbps, and mobile coverage is patchy in the upper Tywi valley.", ""),
    ("plan", "The Board met five times during 2023-24, in Llandrindod Wells, Newtown and online.", ""),
    ("plan", "Figure 3.2: Percentage of adults reporting that they feel lonely some or all of the time, by local authority, 2022-23.", ""),
    ("plan", "Recorded crime in Bridgend county rose by 6% in the year to March 2024, driven mostly by increases in shoplifting and vehicle offences.", ""),
    # why: 'keep under review whether there might be opportunities to explore' is a hedge: no arrangement
    ("plan", "The Board will keep under review whether there might be opportunities to explore closer working on fleet and estates in future years.", ""),
    ("plan", "In March 2023 there were 1,187 households on the common housing register in Monmouthshire waiting for a one-bedroom home.", ""),
    # why: 'Collaborative' is in a network's name and the network only supplied case studies
    ("plan", "The case studies in this chapter were supplied by the Torfaen Collaborative Ageing Network and by Age Cymru.", ""),
    ("plan", "Food banks in Wrexham distributed about 9,800 emergency parcels in 2023-24, a third of them for children.", ""),
    # why: 'Shared Purpose: Shared Future' is the title of guidance; the passage is about method only
    ("plan", "'Shared Purpose: Shared Future' is the title of the Welsh Government's statutory guidance on the Act. This chapter sets out how the assessment was carried out and which data sets were used.", ""),
    # why: 'everyone round the table wants the same thing' is a shared purpose (theme) said as a strength (enabler)
    ("plan", "Whether they work for the fire service, the college or the health board, everyone round the table wants the same thing for the valley: young people who can stay here, find decent work and raise their own families in the Rhondda.", "cp em"),
    # why: priorities only the partners together could achieve = why collaboration is worth it; every member writing them into its own corporate plan is joined-up objectives with each doing its own part
    ("plan", "We will not try to do everything. The Board has chosen three things that none of its members could achieve alone – warmer homes, cleaner rivers and more local jobs – and every member has agreed to write them into its own corporate plan.", "cp em st ig P3 co"),
    # why: siloed funding said as separate rules and end dates; the joint project splitting into three is services failing to join up; no concrete arrangement
    ("plan", "Each grant comes with its own reporting rules and its own end date, so a project that needs the council, the health board and the housing association to work together ends up as three projects reporting three times.", "bs ws"),
    # why: trust built over time said as officers just ringing each other; agencies working from one hub on their own parts is coordination
    ("plan", "After two years of the neighbourhood hub in Caia Park, the housing officers just pick up the phone to the police sergeant, and nobody waits for the monthly meeting any more.", "er sm P3 co"),
    # why: residents asked for views (consultation, involvement); what matters to them is their perspective
    ("plan", "We asked people in Blaenau Ffestiniog what made a good day for them. Few mentioned services at all: they talked about the bus to Porthmadog, the rugby club and being able to see a doctor without a two-week wait.", "sup iv P2"),
    ("plan", "Rather than the Board setting the priorities for the Wrexham town centre fund, a panel of twelve residents and traders will decide which projects go ahead, and the Board has agreed to accept their choices.", "sp sup iv P5"),
    # why: no one owning the whole journey is diffuse accountability (barrier) and fragmentation (whole system); told from the older person's journey (service user)
    ("plan", "Nobody owns the whole journey of an older person leaving Glangwili Hospital: the ward, the district nurses, the council's reablement team and the family carer each see a piece of it.", "ws bs sup"),
    # why: negated pooled budget and short-term money = barrier (structures); prevention is the topic
    ("plan", "There is no single budget for prevention in the region. Money for falls prevention sits in four different places, and none of it is guaranteed beyond March.", "bs pv"),
    # why: barrier overcome: different readings of the law (structures) answered by a sharing protocol (enabler); referrals between two bodies each doing its own part
    ("plan", "Sharing information between the fire service and social services used to take weeks, because each organisation read the data protection rules differently. Since the information sharing protocol was signed in 2022, a referral for a home fire safety visit reaches a crew within two days.", "bs es cj P3 co"),
    # why: a joint delivery team with partners' staff plus farmers and groups deciding where projects go: collaboration; six-monthly public reporting is accountability
    ("plan", "Our objective on nature recovery is deliberately long-term. The Board will agree a single nature recovery action plan for the county by 2025, with NRW, the council, the national park authority and the wildlife trust each putting staff into one shared delivery team. We will involve farmers' unions and community groups in deciding where the first three landscape projects should be, and progress will be reported to the Board every six months and published for residents.", "lt co iv P5 es cj gv sp"),
    # why: distance said as a day in the car, named as why the groups struggle: barrier (relationships); no concrete joint activity
    ("plan", "In a county the size of Powys, a meeting in Welshpool can cost an officer from Ystradgynlais most of a day in the car, and partners told us that this is one reason the locality groups in the south have struggled to keep going.", "br"),
    # why: distance overcome by online meetings: barrier and enabler (digital working); meeting process only, so no power level
    ("plan", "Moving the Board's sub-groups online during the pandemic meant that colleagues from Ynys Môn and Dwyfor no longer lost half a day driving to Caernarfon, and attendance has stayed higher ever since.", "br er"),
    # why: 'look after your own front door first' is protecting one's own organisation
    ("plan", "Partners were honest with us: when budgets are tight, the instinct is to look after your own front door first, and the shared work is the first thing to slip.", "bm"),
    # why: risk aversion (barrier, motivations); fear of blame for failure is the sharing-power topic (tolerating failure without blame) discussed as missing
    ("plan", "Some officers told the assessment team that they would rather not try something new with another organisation than be the person explaining to scrutiny why it went wrong.", "bm sp"),
    ("plan", "Partners share one ambition for the Welsh language in Gwynedd and Anglesey: that a child who starts school in Welsh should be able to live, work and grow old in Welsh here.", "cp em"),
    # why: young people redesigning the form with the services is co-design (collaboration with citizens); two teams using one form is working together
    ("plan", "The young people who sat on the design group rewrote the referral form themselves. It now asks 'What would help right now?' before it asks for a diagnosis, and both the CAMHS team and the school counselling service use it.", "sup iv P5 co"),
    # why: convening and making the pieces fit is whole system; each body lines up its own part behind the scheme: coordination
    ("plan", "The Board's job is not to run services but to get the right people in the same room and make sure the pieces fit: that the new extra-care scheme in Ebbw Vale opens with the GP practice, the bus route and the day centre already lined up behind it.", "ws P3 co"),
    # why: town councils owning their plans is local ownership (sharing power, enabler structures); the Board putting data, money and an officer behind them is cooperation
    ("plan", "In Llandysul and Aberporth the town councils, not the Board, will own the local climate action plans. The Board's role is to provide data, a small grant and a named officer when asked.", "sp es P4 co"),
    # why: records that cannot be matched is a data-sharing barrier; shared data is the topic of joint action
    ("plan", "We still cannot tell how many of the families the council supports with rent arrears are also known to the health visitors, because the two sets of records cannot be matched.", "bs cj"),
    # why: each partner's pressing number is competing priorities; being judged on different things is differing performance regimes (structures); 'next twenty years' is long term
    ("plan", "For the health board the pressing number is the waiting list; for the council it is the budget gap; for the police it is response times. Finding an hour a quarter to talk about the next twenty years is hard when each partner is judged on something different.", "bm bs lt"),
    # why: one shared set of figures is a shared evidence base (enabler motivations) through a protocol (structures); pooling data is cooperation
    ("plan", "This year the Board agreed a data-sharing protocol covering all eight member organisations, so that the well-being assessment can be updated from one shared set of figures rather than eight.", "es em cj P4 co"),
    ("plan", "Step 4: Working with NRW and Coed Cymru, the council will plant 60,000 trees on its own land by 2030 to store carbon and slow the water reaching the towns downstream.", "P3 co lt pv"),
    # why: pooled fund with one contract across the region: collaboration; single regional arrangement is joined-up delivery
    ("plan", "The area plan commits the seven partners to a pooled fund for care home places for older people, with a single contract and a single fee-setting method across the region.", "P5 co es cj ws"),
    # why: no shared picture of demand is a negated shared evidence base (barrier, motivations), caused by counting differently (structures)
    ("plan", "Partners do not yet have a shared picture of crisis mental health demand: the police, the ambulance service and the health board each count calls differently, and none of the counts includes people who go to their GP.", "bm bs cj"),
    # why: first time sitting down together and learning what each other does is getting to know each other before any formal group: pre-partnership
    ("plan", "The assessment was the first time the housing associations and the health board had sat down together in Torfaen. Several said it was useful simply to learn what the others did, and they have met informally every couple of months since.", "er Lpre"),
    # why: a history of poor relations colouring conversations
    ("plan", "Relations between the county council and the national park authority have been difficult since the planning appeals of 2019, and some partners told us that this history still colours conversations at the Board.", "br"),
    # why: grant decisions handed down to mixed locality networks with residents: delegation and local ownership; the annual summary is accountability upwards
    ("plan", "Decisions on grants under £5,000 have been handed to the four locality networks, where council, health and voluntary sector staff sit alongside residents and know their communities best. The Board now sees only an annual summary.", "sp es P5 co iv gv"),
    # why: going back to show people what changed is listening to stakeholders (enabler) and accountability outwards; people were asked for views: consultation
    ("plan", "What made the difference, partners said, was that the engagement team went back to every group it had spoken to and showed them what had changed because of what they said.", "sup iv em gv P2"),
    # why: bodies' plans depending on one another is whole system and integration; no concrete joint arrangement yet
    ("plan", "Decarbonising home heating in Newport will not happen one programme at a time. Unless the landlords' retrofit schemes, the council's planning policy, the grid operator's upgrades and the skills courses at the college move in step, each will stall waiting for the others.", "ws ig"),
    # why: flood plans drawn up with residents' groups: co-production (collaboration level, involvement, involving communities); volunteer wardens are residents equipped to take part
    ("plan", "After the floods of February 2020, Rhondda Cynon Taf council, NRW and the residents' flood groups in Pentre and Treorci drew up community flood plans together, and each street now has a volunteer flood warden linked to the council's control room.", "P5 co iv sup cm"),
    # why: three pots with three end dates overcome by a single three-year pooled budget: barrier and enabler
    ("plan", "For years the falls service was funded from three pots with three end dates. Since 2023 the health board and the two councils have put their money into a single three-year budget held by the Regional Partnership Board, and the team can now plan beyond the next March.", "bs es cj P5 co"),
    # why: leaders meeting the people on the receiving end is walking in the service user's shoes; a learning exercise, not joint delivery
    ("plan", "Board members each spent a morning with a front-line worker – a carer in Abergele, a housing officer in Rhyl, a PCSO in Prestatyn – and met the people they support, to see the plan from the other end.", "sup"),
    # why: purpose described in very different ways three years in = no common purpose (theme, barrier)
    ("plan", "Three years in, partners still describe the Board in very different ways: as a talking shop, as a route to funding, as a statutory duty to be met.", "cp bm"),
    # why: partners reporting how they worked together and challenging one another is monitoring collaborative behaviour (whole system); accountability to partners
    ("plan", "Each year the Board will ask every member to report not only what it has delivered but how it has worked with the others, and members will be expected to challenge one another where joint commitments have slipped.", "ws gv"),
    # why: the same few managers close to burning out is staff stress (barrier, relationships)
    ("plan", "Partners told us that the people who make joint working happen are the same handful of managers in every group, and that several of them are close to burning out.", "br"),
    # why: informal networks outside the formal structures (enabler, relationships); staff of different agencies sorting cases out is coordination
    ("plan", "Much of what works in Merthyr happens outside the formal structures: the youth workers, the school nurses and the PCSOs know each other from the rugby club and the chapel, and sort things out on the touchline.", "er sm P3 co"),
    # why: several services working from one list of people at risk is joined up and a shared resource; spotting signs early is prevention
    ("plan", "Most of the demand on the emergency department from people over 80 in Conwy starts weeks earlier with a fall, a missed prescription or a cold house. The plan moves staff and money towards spotting those signs early, with the community navigators, the pharmacists and the fire service's safe and well visits working from one shared list of people at risk.", "pv ws cj P4 co"),
    # why: leaders comfortable not being in charge = sharing power; the funding is conditional ('if'), so no concrete arrangement
    ("plan", "The Chair's view is that the Board should be comfortable not being in charge of everything it starts. If the Penparcau food network works better run by its own volunteers, the Board's job is to fund it and get out of the way.", "sp"),
    # why: nervousness about money in a pot someone else controls is fear of losing direct control (projection, barrier motivations)
    ("plan", "There is an understandable nervousness among some members about putting their money into a pot that someone else controls.", "bm dproj"),
    # why: sign-off by four cabinets and two boards is hierarchy and bureaucracy that defeated a joint project
    ("plan", "A small joint project to put benches and shade on the walking route to Barry Island needed sign-off from four cabinets and two executive boards, and missed the summer it was meant for.", "bs P4 co"),
    # why: approval at every member's own board and a named step for each chief executive is buy-in at all levels and clear responsibilities
    ("plan", "Unusually, the plan was approved at full council, at the health board, by the fire authority and by NRW's board within the same month, and each chief executive has a named step in it.", "em es P3 co"),
    ("plan", "The assessment has too little to say about what disabled people themselves think of the services they use; most of its evidence comes from the services.", "sup iv"),
    # why: agencies not knowing the others are involved is not knowing what others offer; one named contact builds support around the young person; a shared caseworker list is cooperation
    ("plan", "A young person in Port Talbot looking for work can currently be supported by Communities for Work, Working Wales, the Jobcentre, the college and two charities, none of whom knows the others are involved. The Board will create one shared caseworker list so that each young person has a single named contact.", "ws br sup P4 co"),
    # why: competing for the same staff, stated as fact about recruitment, not as something limiting joint work: competition only
    ("plan", "Recruiting Welsh-speaking social workers is hard for every partner in the west, and at present the council and the health board compete for the same small pool of graduates.", "P1"),
    ("plan", "The design of the new day opportunities for adults with learning disabilities in Bridgend is being overseen by a group in which people who use the service and their families hold half the seats and the casting vote.", "sp sup iv P5"),
    # why: end of programme, keeping what works and closing the rest: termination; the library and college putting resources into the kept clubs is cooperation
    ("plan", "The Communities First legacy group has now met for the last time. Partners agreed that the library service would host the two employment clubs, with the college continuing to provide tutors, and that the rest of the programme would close.", "Lterm P4 co"),
    # why: a real shared commitment (theme, enabler); a single part-time post funded a year at a time (short-term funding); where it worked, existing relationships did it, agencies referring to each other: coordination
    ("plan", "Looking back over the year, the honest answer is that the Board has been better at agreeing things than doing them. The commitment to tackle food insecurity is real – every partner signed the county's food charter – but the work has depended on a single part-time coordinator funded twelve months at a time. Where it has worked, in Llanelli, it is because the food bank, the council's tenancy support team and the health board's dietitians already knew each other and simply started referring to one another.", "cp em bs er sm P3 co"),
    # why: four questions every joint project must answer are rules of engagement (whole system), ground rules, clear responsibilities, and telling residents is accountability
    ("plan", "Before any new joint project comes to the Board, partners have agreed it must answer four questions: who leads, who pays, what each partner will stop doing, and how residents will know whether it has worked.", "ws es pe gv"),
    # why: facts said to make it hard for residents to take part: community capacity and involvement; not a barrier between organisations
    ("plan", "In the upper Afan valley there is no community centre, no bank and no bus after six, and residents said this made it hard to take part in anything the Board organised.", "cm iv"),
    # why: named contacts from three services meeting with each school is joined-up support with each doing its own part; named contacts are clear responsibilities
    ("plan", "Every school in Wrexham now has a named contact in the police, the youth service and the school nursing team, and the three meet each term with the headteacher to go through the children they are worried about.", "P3 co es ws"),
    # why: one body holding drop-ins and keeping the decision: consultation of citizens
    ("plan", "Transport for Wales held twelve drop-in sessions along the route on the future of the Bwcabus service, and the final recommendations will be made by TfW in the spring.", "P2 iv sup"),
    # why: pay scales nearly sinking a joint post is incompatible HR (barrier) overcome by a secondment (enabler)
    ("plan", "The hospital-to-home housing post was nearly lost to an argument about whose pay scales applied. In the end the housing officer was seconded into the discharge team on her council contract, with the health board meeting the cost.", "bs es P4 co"),
    # ------------------------------------------------------------------ report (90)
    ("report", "Table 4: Number of referrals received by quarter, 2022-23 to 2023-24.", ""),
    ("report", "The evaluation was carried out between October 2023 and March 2024 by a team from the University of South Wales, using interviews, a staff survey and analysis of monitoring data.", ""),
    ("report", "Methodology. Twenty-three semi-structured interviews were held, and 140 members of staff completed a short online survey.", ""),
    ("report", "Audit Wales. Report of the Auditor General for Wales. Published July 2024.", ""),
    ("report", "Recommendation 3: The council should update its asset register by March 2025 so that the condition of all its operational buildings is recorded.", ""),
    # why: 'Integrated' is in the fund's name; an annex heading
    ("report", "Integrated Care Fund: capital programme 2021-22. Annex B: list of schemes by local authority.", ""),
    # why: a grant's end date stated as plain fact, nothing saying it limits joint working
    ("report", "The grant must be spent by 31 March 2024, and any underspend returned to the Welsh Government.", ""),
    ("report", "Inspection findings. Care Inspectorate Wales found that care plans at Plas Hafod were up to date and that staff had completed their mandatory training.", ""),
    ("report", "The project employed 2.5 full-time equivalent staff and supported 312 people in its first year, 58% of whom were women.", ""),
    ("report", "This paper is for noting. The Board is asked to note the contents of the quarterly finance report.", ""),
    ("report", "Figure 6 shows the number of fly-tipping incidents recorded by each local authority in South East Wales between 2019 and 2024.", ""),
    # why: membership of a partnership board stated as fact: not its creation, no joint activity
    ("report", "The West Wales Regional Partnership Board is made up of representatives of Carmarthenshire, Ceredigion and Pembrokeshire councils, Hywel Dda University Health Board, the third sector and carers.", ""),
    ("report", "HM Inspectorate of Probation rated the Dyfed-Powys probation delivery unit 'Requires improvement' overall.", ""),
    ("report", "The council's Housing Support Grant allocation for 2024-25 is £9.8 million, an increase of 3% on the previous year.", ""),
    ("report", "Case study 7: Ysgol Bro Teifi. Background. The school serves about 1,100 pupils aged 3 to 19 in Llandysul and the surrounding villages and teaches through the medium of Welsh.", ""),
    # why: 'may be some scope in future to look at whether' is a hedge
    ("report", "Interviewees suggested that there may be some scope in future to look at whether the two schemes could learn from each other.", ""),
    ("report", "Appendix 2 lists the members of the steering group and the dates on which it met.", ""),
    ("report", "The recommendations in this report are addressed to the Welsh Government and to the four councils in the region.", ""),
    ("report", "Abbreviations used in this report: CAMHS – Child and Adolescent Mental Health Services; ED – emergency department; WAST – Welsh Ambulance Services NHS Trust.", ""),
    ("report", "The data in this section cover the period 1 April 2023 to 31 March 2024 unless otherwise stated.", ""),
    # why: 'Joint Scrutiny Committee' receiving a report is a name and meeting process only
    ("report", "The Joint Scrutiny Committee received this report at its meeting on 3 June.", ""),
    ("report", "Executive summary. This report sets out the findings of an independent evaluation of the Wrexham dementia hub over its first eighteen months.", ""),
    # why: separate housing registers stated as plain fact, nothing saying they hold joint work back
    ("report", "Each of the three councils in the region operates its own housing register and its own allocations policy.", ""),
    # why: a tender described neutrally: competition only
    ("report", "The contract for the refuge service in Gwent was awarded after an open tender in which four providers bid, and the incumbent provider was unsuccessful.", "P1"),
    # why: tendering named as what stopped groups sharing (structures) and groups guarding their own (motivations)
    ("report", "Voluntary groups in the Swansea valley told the evaluators that since the befriending contract went out to tender they had stopped lending each other volunteers and places on training, because each now saw the others as rivals for the next round.", "P1 bs bm"),
    # why: covering each other's duty days unasked is trust; 'stopped being a project and became a team' is a joint team: collaboration
    ("report", "By the second year, the social workers and the community psychiatric nurses in the Arfon team were covering each other's duty days without being asked. Several described this as the point at which 'it stopped being a project and became a team'.", "er sm P5 co"),
    # why: sitting in the same corridor is co-location (enabler relationships); advisers taking referrals from midwives is coordination
    ("report", "Putting the benefits advisers in the same corridor as the midwives at Ysbyty Gwynedd did more for referrals than any protocol: advisers said they now get asked in passing, on the way to the kettle.", "er P3 co"),
    # why: co-location planned but not achieved: separate buildings (barrier relationships); services under one roof is the joining-up topic; the hub keeps its level
    ("report", "The hub was meant to bring the services under one roof, but two years on the probation team is still in Cwmbran and the substance misuse workers are across town in Pontypool, so clients are still sent between buildings.", "br ws P3 co"),
    # why: champion retiring is a change of leadership (relationships); a successor not convinced is lack of buy-in (motivations)
    ("report", "The project lost its way when the health board director who had championed it retired, and her successor was not convinced it was a priority.", "br bm"),
    # why: no one accountable for joint steps is diffuse accountability (barrier) and the accountability topic; the Board's objectives missing from partners' frameworks is joined-up objectives
    ("report", "It is not clear who is accountable when a joint step in the plan is not delivered. Progress reports describe activity, but no partner's own performance framework includes the Board's objectives, so slippage is noticed by no one.", "bs gv ig"),
    # why: carers redrafting priorities with officers is co-production: collaboration with citizens
    ("report", "The carers' strategy was rewritten after carers on the reference group said the first draft read as if it was about them rather than for them. Eleven carers then worked with officers over four sessions to redraft the priorities.", "sup iv P5"),
    # why: one-year grant confirmation forcing short contracts and losing staff: short-term funding limits the partnership
    ("report", "Because the grant is confirmed one year at a time, the partnership has had to give staff twelve-month contracts, and two of the three link workers left in the autumn for permanent posts elsewhere.", "bs"),
    # why: judging the pilot on one outcome, not sessions counted, is focus on outcomes over process (enabler) and a shared goal
    ("report", "Rather than counting sessions delivered, the steering group agreed to judge the pilot by one question: are fewer older people in Cwmbrân spending a night in hospital who did not need to?", "em cp"),
    # why: partners deciding and then telling the third sector is informing (consultation) and a power imbalance; sharing power is the topic, missing
    ("report", "Interviewees from the third sector described board meetings at which the statutory partners 'had the conversation and then told us the answer'.", "br sp P2"),
    # why: learning what actually put older people off and redesigning around it is user research; volunteers working in the libraries is coordination
    ("report", "Digital Communities Wales volunteers working in Conwy's libraries found that older people were not put off by the tablets but by being asked to set up an email account before they could do anything. The sessions now start with video calls to grandchildren and leave the forms for later.", "sup P3 co"),
    # why: repeated assessments and notes no one else can see: services not joined up and incompatible systems; no joint arrangement described
    ("report", "Inspectors found that people leaving hospital in the Vale of Glamorgan were assessed up to four times by different teams, each asking the same questions and none able to see the others' notes.", "ws bs cj"),
    # why: several labels: pooled budgets (enabler structures, collaboration), long-standing relationships (enabler relationships), families shaping the plan (service user, involvement), schools never bought in (barrier motivations); early help is prevention
    ("report", "The evaluation found three things that made the Ceredigion early help model work. First, the council and the health board pooled their early help budgets, so no one argued about whose client a family was. Second, staff from both had known each other for years through the Teifi valley locality group. Third, families were asked at every review what they wanted to happen next, and their answers shaped the plan. The one weakness, it concluded, was that schools had never fully bought in.", "es er sm sup iv bm P5 co cj pv"),
    # why: overspend shared in proportion rather than falling on one partner is sharing risk
    ("report", "Partners are asked to agree that any overspend on the joint equipment store in 2024-25 will be shared in proportion to each partner's contribution, rather than falling on whichever organisation placed the order.", "sp es cj P5 co"),
    # why: a promise made to each other about one outcome is a common purpose and commitment; partners lending capacity to each other is cooperation
    ("report", "What held the North Wales partners together through a difficult winter was a simple promise they had made to each other in 2022: no one would be kept in hospital for want of a care package if any partner had the capacity to provide one.", "cp em sm P4 co"),
    # why: expecting savings within a year is impatience for quick results; the second phase not funded is the end of the arrangement
    ("report", "Several board members expected the social prescribing pilot to show savings within a year. When it did not, enthusiasm cooled and the second phase was not funded.", "bm Lterm"),
    # why: two systems and re-keying by hand is incompatible systems; the integrated team keeps its level
    ("report", "Staff in the integrated team still work on two case management systems, one for council staff and one for health board staff, and re-key information by hand.", "bs cj P5 co"),
    # why: past rivalry and frosty meetings (barrier relationships) thawed by an away day (enabler): both; past competition with a committed joint scheme takes the joint level
    ("report", "Early meetings between the two housing associations on the joint allocations scheme were, in one interviewee's words, 'frosty', after years of bidding against each other for the same sites. A facilitated away day and a shared lunch rota did more to thaw things than the formal agreement.", "br er P4 co"),
    # why: freedom to move money between budget lines is flexible funding (enabler structures); single project, no joint activity
    ("report", "The freedom to move up to 20% of the grant between budget lines without asking permission allowed the project to switch from drop-ins to home visits within a fortnight when the first lockdown began.", "es"),
    # why: agreeing on a goal but not on what it means for each partner is difficulty aligning goals: common purpose only on the surface
    ("report", "Partners agree that the county should reach net zero, but not on what that means for them: the health board counts only its own buildings, the council its fleet and offices, and NRW the land it manages.", "cp bm"),
    # why: people whose job is to work out the details across boundaries is whole system; dedicated posts funded by the RPB are an enabler and operational capacity
    ("report", "The Regional Partnership Board employs two 'system connectors' whose only job is to work out the details when a new service crosses organisational boundaries: who signs the contract, whose insurance covers the volunteers, which building it runs from.", "ws es op P4 co"),
    # why: not knowing who to ring (barrier relationships) removed by a secondment (enabler structures) and knowing people (enabler relationships)
    ("report", "A police sergeant was seconded full-time to the council's community safety team for eighteen months, funded by the PCC. Officers said the hardest part of joint working – knowing who to ring – disappeared overnight.", "es br er P4 co"),
    # why: asking the person what he wanted is the service user perspective; one body's mentors, no joint activity
    ("report", "Nobody asked Dan what he wanted until his fourth detox. When the peer mentors did, the answer was a bike and somewhere to keep it, so that he could get to his job at the garden centre.", "sup"),
    # why: agendas filled with single-partner updates is process over outcomes; little time for joint steps is strategic capacity lacking
    ("report", "Board agendas are dominated by updates from individual partners on work they would be doing anyway, leaving little time to discuss the joint steps in the plan.", "bm st"),
    ("report", "A memorandum of understanding signed in March sets out what each of the five partners will contribute to the Cardiff food network: staff time, premises, transport and a share of the coordinator's salary.", "es cj P4 co"),
    # why: the health board letting the cluster decide is delegation and local ownership; the cluster jointly funding a shared post is collaboration
    ("report", "Once the health board agreed to let the cluster decide how to spend its allocation, the GP practices, pharmacies and council in the Neath cluster moved quickly, funding a shared falls nurse within three months.", "sp es P5 co"),
    ("report", "The Gwent Regional Partnership Board's Integrated Care Fund supported 43 schemes in 2021-22, of which 31 were delivered jointly by a council and the health board.", "P4 co"),
    # why: pooling data is a shared evidence base (enabler motivations) and shared resources
    ("report", "The fire service, the ambulance trust and the council's social services pooled their records of people who had fallen at home, and for the first time could see that a fifth of them lived in just six streets of Brynmawr.", "em cj P4 co"),
    # why: 'your delays' and 'their bed-blockers' is blaming language; the facilitator is only recommended
    ("report", "The report notes that the language at the board had become combative, with partners referring to 'your delays' and 'their bed-blockers', and recommends an independent facilitator.", "br"),
    # why: a chair who lets everyone speak and looks for solutions is facilitative leadership and a solutions-focused tone; a space where all speak is principled engagement
    ("report", "Interviewees credited the chair, a retired headteacher from Llanidloes, with a style that let everyone speak and kept the group looking for what could be done rather than who was to blame.", "er pe"),
    ("report", "The review could find no evidence that people with dementia or their carers had been involved in designing the new memory assessment pathway.", "sup iv"),
    # why: support in principle but no one giving up its own line is protecting one's own domain; a single front door is the joining-up topic; not committed, so no level
    ("report", "Each partner supported the idea of a single front door for housing and homelessness advice in principle, but none was willing to give up its own phone line.", "ws bm"),
    # why: one body inviting comments from others is consultation, without the collaboration way of working
    ("report", "The council wrote to all PSB partners inviting comments on its draft local transport plan; responses were received from NRW, the health board and Sustrans Cymru.", "P2"),
    # why: everyone wanting the same thing from the hills is a common purpose; partners each contributing to one project is cooperation
    ("report", "The Pumlumon project works because the landowners, the water company, NRW and the wildlife trust all want the same thing from the hills: water held back on the bog rather than rushing down into Llanidloes.", "cp em P4 co"),
    # why: five funders' templates and deadlines eating the partnership's time is siloed funding and bureaucracy
    ("report", "The partnership spent more time completing monitoring returns for its five funders – each with a different template, a different set of indicators and a different deadline – than it did meeting as a group.", "bs"),
    # why: never having met (difficulty building relationships, distance) overcome by a shared online channel (digital working); joint clinics is cooperation
    ("report", "The dietitians in Aberystwyth and the community teams in Cardigan had never met before the shared Teams channel was set up; within a month they were swapping cases and running joint clinics by video.", "br er P4 co"),
    # why: young people's scores counting in the appointment is a share of the decision given to citizens
    ("report", "Young people from the Caerphilly youth forum interviewed the three shortlisted candidates for the new youth service manager post, and their scores counted for a third of the final mark.", "sp sup iv P5"),
    # why: a ten-week approval for any change is governance limiting flexibility
    ("report", "Under the grant terms any change to the agreed activity plan had to be approved by Welsh Government officials, which took up to ten weeks, so the partners stopped proposing changes even when the plan was plainly not working.", "bs"),
    # why: a network formally set up with agreed terms of reference and a chair: creation; a body being formed takes its level
    ("report", "The Swansea Bay anchor institutions network was formally established in June, with terms of reference agreed by the health board, the university, the council and the port, a rotating chair and an annual work plan.", "Lcre es op P4 co"),
    # why: a charity-run café with a nurse on site and a line to the police is joined-up crisis support, partners each putting staff in
    ("report", "The crisis café in Wrexham is open until midnight, staffed by a charity, with a mental health nurse on site and a direct line to the police control room, so that people in distress are not taken to a cell or left in the emergency department.", "ws P4 co"),
    # why: short, frequent, informal calls are open and frequent communication
    ("report", "Weekly fifteen-minute calls between the school nurses, the youth service and the family support team, with no agenda and no minutes, were the part of the model staff valued most.", "er P3 co"),
    # why: three partners each naming another as lead is lack of ownership and diffuse accountability
    ("report", "When asked who led on the active travel step, three partners each said it was one of the others.", "bm bs"),
    # why: testing a form with tenants and cutting it as a result is user testing; citizens asked: consultation
    ("report", "Before the new council tax reduction form went live it was tested with twenty tenants in Penrhiwceiber, and the number of questions was cut from 47 to 19 as a result.", "sup iv P2"),
    # why: permission to fail honestly is tolerating failure without blame (sharing power); the chief executive's stance is facilitative leadership
    ("report", "The health board's chief executive told the team that she would rather the pilot failed fast and honestly than succeeded on paper, and staff said this was what gave them permission to try things.", "sp er"),
    # why: past rivalry that made officers guard their leads (protecting own organisation) overcome by a joint team (enabler structures); joint team: collaboration
    ("report", "The two councils once competed to attract the same data-centre investment, and officers admit the rivalry made them reluctant even to share leads. The new joint inward investment team now markets the region as one location.", "bm es P5 co"),
    # why: parents' reasons for using a service in their own words: the service user's perspective, no joint activity described
    ("report", "Parents told the evaluators that being able to speak to the speech and language therapist in Welsh was the main reason they kept coming to the Cylch Meithrin sessions.", "sup"),
    ("report", "Working Wales, the Jobcentre and the council's employability team agreed a single referral form and a shared list of everyone they support in Merthyr, so that nobody is signed up to three programmes at once.", "ws es cj P4 co"),
    # why: no agreed sharing protocol is a negated enabler = barrier
    ("report", "There is still no agreed protocol for sharing information about adults at risk between the third sector and the statutory partners in Powys.", "bs cj"),
    # why: objectives so broad anything fits and no picture of ten years' time = lack of clear purpose; defining the vision is strategic capacity
    ("report", "The well-being objectives are broad enough that almost any activity could be reported against them, and the Board has not set out what it expects to be different in ten years' time.", "cp bm lt st"),
    # why: first-name terms and the receptionist booking a man straight into the Shed is informal relationships; referral between bodies is coordination
    ("report", "In Llanfyllin the Men's Shed, the surgery and the housing association's wardens know each other by first name, and the GP receptionist will book a man straight into the Shed if she thinks he is lonely.", "er P3 co"),
    # why: different terms and conditions stopping staff covering each other is incompatible HR, named as causing missed visits in a shared service
    ("report", "Inspectors noted that reablement staff employed by the council and those employed by the health board were on different terms and conditions and could not cover each other's rounds, which had contributed to missed visits.", "bs P4 co"),
    # why: partners rating each other's joint behaviour is monitoring and challenging collaborative behaviour; the private session is a safe space for candid talk
    ("report", "The Board is asked to agree a short annual check in which each partner rates the others on how well they shared information and kept joint commitments, with the results discussed in private session.", "ws pe"),
    # why: support from the top and design by front-line staff is buy-in from all levels and bottom-up working; giving the PCSOs room to design is sharing power
    ("report", "The Safer Rhyl scheme had support from the top and the bottom: the chief constable and the council leader launched it, but it was the PCSOs and the street wardens who designed the weekly walkabouts.", "em er sp P4 co"),
    # why: one partner's regeneration agenda blocking an agreed service is competing priorities; the proposal is stalled with no arrangement described
    ("report", "The area planning board agreed in principle to a needle exchange in the town centre, but the council's regeneration team objected that it would undermine the new market, and the proposal stalled.", "bm"),
    # why: several labels: clear shared aim (theme, enabler), goodwill (relationships), farmers joining (involvement), restoring for the next generation (long term), no dedicated funding or coordinator (negated enablers = barrier)
    ("report", "Our evaluation of the Ynys Môn nature partnership found a group held together by goodwill rather than structure. Members share a clear aim – restoring the island's wetlands for the next generation – and the farmers who joined in the second year have changed the conversation. But there is no dedicated funding, no one is employed to coordinate it, and decisions wait for the next quarterly meeting.", "cp em er sm bs lt iv P4 co"),
    # why: localities setting their own priorities within a regional frame is regional autonomy and local ownership; it won the smaller partners' buy-in
    ("report", "Letting each of the five localities set its own priorities within the regional framework was, the evaluation found, what persuaded the smaller partners that the programme was not simply the city's agenda by another name.", "sp es em"),
    # why: each agency running its own part with one timetable for families is co-ordinated delivery: coordination
    ("report", "Each agency ran its own part of the school holiday food scheme – the council the venues, the health board the nutrition sessions and FareShare the food – with a single timetable published for families.", "ws P3 co"),
    # why: reluctance from uncertainty about how others would use records is a lack of trust
    ("report", "Some health staff were reluctant to share records with the third-sector link workers because they were unsure how the information would be used.", "br cj"),
    ("report", "Since April the three councils and the health board have commissioned residential placements for children with complex needs through one regional team, using a single framework contract.", "P5 co es ws"),
    # why: people with lived experience trained and paid as researchers: their perspective and what they need to take part; planned, no joint arrangement between bodies
    ("report", "The next phase will start from the experience of people who have been homeless in Newport; six of them are being trained and paid as peer researchers.", "sup iv cm"),
    # why: the funder demanding a return in year one is governance demanding quick value for money; quick wins over slower work is impatience for results
    ("report", "The funder's insistence on showing a return within the first year pushed the partnership towards quick wins, such as leaflets and events, and away from the slower work of changing how services refer to one another.", "bs bm"),
    # why: the standing question about next steps is a solutions-focused tone
    ("report", "The group's habit of ending every meeting with 'what can we do before we next meet?' kept attention on practical next steps rather than on what had gone wrong.", "er"),
    # why: systems that could not connect (barrier) ended by a shared licence bought for all partners (enabler): both
    ("report", "For two years the councils' and the health board's video systems could not connect to each other; a single licence bought through the Regional Partnership Board in 2023 ended the problem.", "bs es P4 co"),
    # why: with the board in place, an executive group allocating funds to projects: delivery
    ("report", "With the partnership board in place, the executive group has now allocated the first £400,000 of the Healthy Homes fund to seven projects, each led by a different partner.", "Ldel P4 co"),
    # why: tenants needing childcare, travel costs and evening meetings to take part is community capacity; helping shape the plan is their voice in design
    ("report", "Tenants' groups on the Gurnos estate said they were happy to help shape the regeneration plan but needed childcare, travel costs and evening meetings to do so; the housing association now provides all three.", "cm iv sup"),
    # why: no one able to say what the Board is for = no clear common purpose (theme, barrier)
    ("report", "Nobody we interviewed could say in one sentence what the Board was for.", "cp bm"),
]
