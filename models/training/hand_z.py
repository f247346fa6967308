# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch Z: a calibration set written blind to the lexicons, weighted to the four themes, the five ways of working and the power spectrum.

130 passages (plan 70, report 60), one to five sentences, in the register of Welsh well-being
plans and well-being assessments, regional partnership board area plans, PSB annual reports,
Audit Wales style reviews, evaluations and case studies. Topics: health, housing, environment
and nature recovery, flooding and climate adaptation, transport and active travel, culture,
heritage and the Welsh language, the local economy and procurement, community cohesion, digital
inclusion, early years, ageing and loneliness, mental health, food and employability. The batch
leans on the four themes (about 20 passages each), mostly said without the textbook terms
(people who use services shaping them, one aim every partner signs, one plan that every service
follows, residents deciding how a fund is spent, risk carried jointly), on the five ways of
working and on the power spectrum (officers of several bodies in one team, a pooled fund, a
shared plan each partner delivers its own part of, a joint application replacing rival bids).
Hard cases: aspirations and hedges with no concrete arrangement (no level), themes named only
in a heading, a single organisation's own service (no collaboration), the public consulted
(involvement, consultation) against organisations consulted (consultation only), neutral
competition, and about a fifth of the passages with no label at all. Labelled on all eight
frameworks from the taxonomy and gold/FORMAT.md only: the tagger was never run on these
passages while they were written, the lexicons were not read, and the gold files were not read.
Nothing is taken from the corpus; names, places and figures are invented. Hard calls have a
`# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ plan (70)
    ("plan", "Section 3 sets out our four well-being objectives and, under each, the steps that will be taken in the first two years of the plan.", ""),
    # why: 'one system' is only in the heading; the household figures are context
    ("plan", "Working together as one system. There are 61,400 households in the county, and average household size has fallen from 2.4 to 2.2 people since 2011.", ""),
    # why: 'explore opportunities ... where this adds value' is a hedge: no arrangement, no level
    ("plan", "Over the life of this plan, partners will explore opportunities to work more closely on active travel where this adds value.", ""),
    # why: one organisation's own service, no other body involved
    ("plan", "The council's library service will open its five branch libraries on Saturday afternoons from September, and will lend laptops to members who have no computer at home.", ""),
    # why: residents responding to the draft plan is their voice in policy design (sup) and involvement; asking for views is consultation
    ("plan", "Residents sent us 412 responses on the draft plan, and a further 600 or so spoke to officers at 23 drop-in sessions held in markets, schools and community centres across the county.", "sup iv P2"),
    # why: organisations asked for written comments: consultation only, not involvement and not the collaboration way of working
    ("plan", "Statutory and invited partners, together with the town and community councils, were sent the draft objectives and asked for written comments by the end of February.", "P2"),
    # why: one aim every partner has signed up to is a clear shared purpose with buy-in (cp, em); no arrangement yet
    ("plan", "Every member of the Board has signed up to one aim for this plan: that a child born in the county today should live as long, and in as good health, as a child born anywhere else in Wales.", "cp em"),
    # why: no longer treating the problems separately, one assessment across bodies, each acting on its part: whole system, shared data (cj), coordination; before a crisis is prevention
    ("plan", "We will stop treating falls, loneliness and poor housing as separate problems owned by separate services. Under this objective the health board, the council's housing and social care teams and the fire service will use a single shared assessment of older people at risk, each acting on the part that falls to it, so that problems are picked up before they become a crisis.", "ws cj P3 co pv"),
    # why: residents deciding the spend with officers advising but not voting: handing decisions to communities (sp), local ownership (es), their voice (sup, iv); citizens deciding is the top level
    ("plan", "In each of the six community areas a residents' panel will decide how the area's share of the Board's £300,000 community fund is spent, with officers on hand to advise but without a vote.", "sp sup iv es P5"),
    # why: a pooled fund with joint commissioning is collaboration and dedicated pooled funding (es); three years is not the long-term horizon
    ("plan", "Partners will each contribute to a single pooled fund of £450,000 a year for the three years of the plan, from which the nature recovery projects under Objective 2 will be commissioned jointly.", "es P5 co"),
    # why: one aim all partners signed is shared purpose (cp, em); each partner delivering its own actions within one plan is coordination
    ("plan", "The active travel delivery plan has one aim that all partners have signed, doubling the share of short journeys made on foot or by bike, but each partner is responsible for its own actions within it: the council for routes, the health board for staff travel and the university for its campus.", "cp em P3 co"),
    # why: officers of several bodies working as one team under one lead is a joint team (collaboration); being based together is co-location (er)
    ("plan", "From April, officers from the council, the police and the two housing associations will work as one community cohesion team, based together in the civic centre and managed by a single lead.", "P5 co er"),
    ("plan", "The decisions we make now about where homes are built will shape the county for the next sixty years, so this objective looks beyond the five-year life of the plan to the needs of people not yet born.", "lt"),
    # why: acting before crisis point is prevention; who funds the step is not said, so no joint arrangement and no level
    ("plan", "Rather than responding once older people reach crisis point, this step will pay for handyperson repairs, benefit checks and befriending that help people stay well and independent at home.", "pv"),
    ("plan", "In setting this objective we considered how it contributes to each of the seven national well-being goals; Table 4 shows, for example, that investment in local food growing supports a healthier, a more resilient and a more prosperous Wales.", "ig"),
    # why: checking the Board's steps against members' own objectives is integration; checking is not joint delivery (no level)
    ("plan", "The Board checked each of its draft steps against the published well-being objectives of its members, and removed two that would have worked against the fire and rescue service's objective of reducing deliberate grass fires.", "ig"),
    # why: an objective chosen because of what people said in the assessment: their voice (sup, iv); being heard is consultation level
    ("plan", "People told us during the assessment that loneliness was what they worried about most as they got older, more than money or their health. That is why tackling loneliness is one of our four objectives.", "sup iv P2"),
    ("plan", "Our assessment found that 22 per cent of children in the county live in relative income poverty, rising to 34 per cent in parts of Rhyl West.", ""),
    ("plan", "The 2021 Census recorded 14,900 Welsh speakers in the county, a fall of 1,200 since 2011, with the largest decline among people aged 3 to 15.", ""),
    # why: three bodies each putting in staff time and money towards one programme is cooperation
    ("plan", "The museum, the arts centre and the Menter Iaith will each put staff time and £10,000 towards a year of Welsh-language events for families, run under a single programme.", "P4 co"),
    # why: one plan agreed with the family that all services follow: joining up (ws) around the family (sup, iv); each service still does its own work (coordination)
    ("plan", "Too often a family in difficulty meets a different worker from a different organisation for each of its problems. Our third objective is for every family to have one plan, agreed with them, that all the services working with them follow.", "ws sup iv P3 co"),
    # why: giving communities a greater say in decisions is the sharing power topic, stated as an aspiration with no arrangement (no level)
    ("plan", "We recognise that communities often know best what their area needs, and we want, over time, to give them a greater say in the decisions that affect them.", "sp iv"),
    # why: 'sharing power' is only in the heading; the table of buildings says nothing about it
    ("plan", "Sharing power with communities. Table 6 lists the community centres, halls and chapels identified in the assessment, with their opening hours and the groups that use them.", ""),
    # why: too many priorities and staff unable to say what the Board is for: no clear shared purpose (barrier) on the common purpose topic
    ("plan", "Partners told the assessment team that the Board had too many priorities to be clear about any of them, and that staff in their own organisations could not say what the Board was for.", "cp bm"),
    # why: a trend to 2040 is long term; acting on children's diets now instead of treating disease later is prevention
    ("plan", "Half of the adults in the county are overweight or obese. If current trends continue, that will rise to almost two thirds by 2040, which is why this plan puts its effort into children's diet and activity now rather than into treating the diseases that follow.", "lt pv"),
    # why: survey staff, land and volunteers from three bodies towards one restoration: cooperation; recruiting volunteers is not involvement in setting objectives
    ("plan", "Under the nature recovery step, NRW will provide ecological survey staff, the council will make 40 hectares of its own land available and the wildlife trust will recruit and train volunteers, to restore the wildflower meadows along the Teifi.", "P4 co"),
    # why: aligning timetables so connections are kept joins services up (ws); each operator keeps running its own services (coordination)
    ("plan", "The bus operators and the council will align their timetables at the four interchange stations so that connections are kept, while each continues to run its own services.", "ws P3 co"),
    # why: a team funded equally by three bodies and working for all of them: pooled funding (es), a joint team (collaboration)
    ("plan", "The digital inclusion objective will be delivered by a team of digital champions employed by the housing association but funded equally by the council, the health board and the Jobcentre, working with the customers of all four organisations.", "es P5 co"),
    # why: staff of different employers sharing one base, one manager and one set of records: integrated delivery (ws), co-location (er), shared records (cj), joint teams (collaboration)
    ("plan", "The Area Plan commits the Regional Partnership Board to expanding the integrated community teams, in which district nurses, social workers and therapists employed by different organisations share one base, one manager and one set of records.", "ws er cj P5 co"),
    # why: 'if partners decide to pursue one, might eventually' is a hedge
    ("plan", "A joint approach to procurement, if partners decide to pursue one, might eventually help more of the Board's spending to stay in the local economy.", ""),
    # why: one organisation's own grant scheme
    ("plan", "The council will continue to run its business start-up grant scheme, offering up to £5,000 to new enterprises in the town centres.", ""),
    # why: listening events with families, whose two requests went into the objective: their voice (sup, iv); being heard is consultation level
    ("plan", "We held listening events with refugee and asylum-seeking families in Wrexham and Cefn Mawr, in Arabic, Ukrainian and Kurdish, and the community cohesion objective now includes the two things they raised most often: English classes with childcare, and help to find work.", "sup iv P2"),
    # why: support split between services that each wait for the other: services not joined up (ws); stated as a gap in support, not as a limit on joint working (no factor)
    ("plan", "The assessment found that support for people with both a mental health problem and a drug or alcohol problem was split between services that each expected the other to act first, so that many people were turned away by both.", "ws"),
    # why: delegating the fund to place partnerships that set their own priorities: delegation and local ownership (sp, es); residents among the deciders is involvement and their voice (sup, iv); the top level
    ("plan", "The Board will delegate decisions on the £120,000 a year town centre fund to each town's place partnership of traders, residents and councillors, which will set its own priorities without reference back to the Board.", "sp es sup iv P5"),
    # why: acting when arrears first appear is early intervention; one body's spending choice, no joint arrangement
    ("plan", "Our housing step moves money from emergency accommodation into helping people keep the tenancies they already have, through early advice as soon as rent arrears first appear.", "pv"),
    # why: testing the carbon objective against the other objectives is integration
    ("plan", "The plan's carbon objective has been tested against the other three: the new homes under Objective 1 will be built to net zero standards, and the food growing sites under Objective 3 will be on land that also stores carbon.", "ig"),
    ("plan", "Figure 2: Map of the county showing the 12 lower super output areas that fall within the most deprived 10 per cent in Wales.", ""),
    ("plan", "The assessment draws on the 2021 Census, the National Survey for Wales and the Welsh Index of Multiple Deprivation 2019.", ""),
    # why: each member contributing staff or funding to shared steps is cooperation; a named lead for each step is clear responsibilities (es)
    ("plan", "Table 7 shows which combination of Board members will take each joint step. The council leads on Steps 1 and 4, the health board on Step 2 and NRW on Step 3, with every member contributing staff or funding to each step.", "es P4 co"),
    # why: asking what only the Board could do and agreeing three answers is agreeing priorities together, a clear shared purpose (cp, em)
    ("plan", "We chose fewer objectives this time. Partners asked what only the Board could do that none of them could do alone, and agreed on three answers.", "cp em"),
    # why: staff across partners able to name the objectives is clarity of purpose for all partners (cp, em)
    ("plan", "In a survey this spring, most staff in partner organisations were able to name the Board's three objectives; two years ago fewer than one in five could.", "cp em"),
    # why: monthly meetings to agree who offers what so no family is passed on: joining up (ws), each service delivering its own part (coordination); children missing milestones picked up early is prevention
    ("plan", "Health visitors, Flying Start, the family information service and the nurseries will meet monthly in each locality to look at which children are not reaching their milestones and agree who will offer what, so that no family is passed from one service to another.", "ws P3 co pv"),
    # why: one body's own offer
    ("plan", "Cadw will continue to offer free entry to its monuments on St David's Day.", ""),
    # why: what lonely older people said reshaped the offer (sup, iv); a single shared referral route into three separately run schemes is coordination
    ("plan", "Lonely older people told us they did not want to be 'befriended'; they wanted something useful to do. The Men's Sheds, the libraries and the fire service's volunteer scheme will therefore offer roles rather than visits, through a single referral route from GP surgeries.", "sup iv P3 co"),
    # why: residents drawing up the routes with officers and agreeing the final choices is co-design and shared decisions (sup, iv, sp): collaboration level, but with citizens, so no collaboration way of working
    ("plan", "The active travel network map was drawn up with 240 residents, including wheelchair users and parents of young children, who walked each proposed route with officers, marked the problems they found and agreed the final choice of routes.", "sup iv sp P5"),
    # why: handing ownership to a community trust is local ownership and autonomy (sp); a transfer is not joint working, so no level
    ("plan", "Under the community assets step, the council will transfer ownership of the leisure centre in Brynmawr to a community trust, which will run it and keep any surplus.", "sp"),
    # why: reporting progress and being held to account by scrutiny is accountability (gv); no joint activity described
    ("plan", "The Board will publish a report each year on progress against every step, and the council's scrutiny committee will hold the Board to account for delivering them.", "gv"),
    # why: training in skills is the practice level of capacity; no arrangement between bodies is described
    ("plan", "All staff working on the steps under this objective will be trained in trauma-informed practice, and in how to have a difficult conversation without making it worse.", "pr"),
    # why: giving small groups what they need to apply for funding and run themselves is community capacity; one body's offer, no level
    ("plan", "Small community groups told us they lacked the time and the know-how to apply for funding. Under Step 5 the CVC will offer every group a named adviser and help with bid writing, governance and safeguarding.", "cm"),
    # why: sessions set aside to revisit what members are trying to achieve is time given to the collaborative vision (st) on the common purpose topic
    ("plan", "The Board will hold two development sessions a year, away from its formal meetings, for members to revisit what they are trying to achieve together and whether the objectives still fit.", "st cp"),
    # why: a new partnership with terms of reference, membership and a chair: creation; a standing partnership with no resources described is coordination
    ("plan", "To deliver the objective on the coast, a Coastal Partnership will be set up in the first year of the plan, with terms of reference, a membership of the four statutory bodies and the harbour authority, and a chair elected from among them.", "Lcre P3 co"),
    # why: a review in the final funded year deciding what continues and what ends: termination
    ("plan", "The Healthy Schools partnership, funded until March 2026, will be reviewed in its final year to decide which parts should continue under the Board and which should end with the grant.", "Lterm"),
    # why: informal meetings before any formal arrangement, to get to know each other's work: pre-partnership and getting to know each other (er); no joint activity yet
    ("plan", "Before any formal arrangement is proposed, officers from the two public services boards will meet informally over the coming year to get to know each other's work on the Dee estuary.", "Lpre er"),
    # why: ground rules for candid discussion are principled engagement; no factor named
    ("plan", "Partners have agreed ground rules for the Board's workshops: every organisation speaks, nobody speaks for more than five minutes, and disagreements are recorded rather than smoothed over.", "pe"),
    # why: delivery depending on trust is trust as an enabler (er) and the mutual trust topic (sm); checking whether commitments were kept is monitoring partners' behaviour (ws)
    ("plan", "Delivery of this plan depends on partners trusting each other to do what they say, so at every meeting the Board will check whether the commitments made at the previous one have been kept.", "sm er ws"),
    # why: the person's language following them through referrals between partners: built around the person (sup) and joined up (ws); each partner keeping its own service is coordination
    ("plan", "Every partner will make sure that someone who contacts any public service in the county in Welsh can carry on in Welsh through any referral to another partner, without having to ask again.", "sup ws P3 co"),
    # why: bringing three services together for one purpose with no resources described as shared: coordination
    ("plan", "The foundational economy step brings together the council's procurement team, the health board's catering service and the further education college to help local food producers win public contracts.", "P3 co"),
    # why: past rival bids replaced by a committed joint application: the committed level (a joint bid is collaboration)
    ("plan", "Partners will no longer bid against each other for the Shared Prosperity Fund; instead a single joint application will be submitted for the whole county.", "P5 co"),
    # why: 'together' describes the sum of visits to separate sites, not joint working
    ("plan", "Castell Coch, the Museum of the Valleys and the Cwm Taf archives together received over 310,000 visits in 2022-23.", ""),
    # why: a weekly shared bulletin is shared information (cj) and frequent communication (er); each body acting on what it hears is coordination
    ("plan", "Community cohesion officers, the police hate crime unit and the schools' equality leads will share information on local tensions every week through a single bulletin, so that a rumour in one place is picked up by all three.", "cj er P3 co"),
    # why: separate registers none can see, named as what stops partners sharing: data-sharing barrier (bs) on the data topic (cj)
    ("plan", "The assessment notes that partners cannot yet share information about vulnerable residents during a power cut, because each holds its own priority services register and none can see the others'.", "bs cj"),
    # why: what people asked for led to the change: their voice (sup, iv), heard at consultation level; moving one body's own clinics is not joint working
    ("plan", "People with long-term conditions asked for appointments in their own communities rather than at the district hospital, and the health board has moved three of its clinics into community centres as a result.", "sup iv P2"),
    ("plan", "By 2043 one person in three in the county will be over 65. The ageing well objective is written with that population in mind, not only today's older people.", "lt"),
    # why: looking ahead to 2050 is long term; adapting buildings before the hottest summers is prevention
    ("plan", "Our climate adaptation step will map which care homes, schools and surgeries are at risk of overheating by 2050, so that changes can be made before the hottest summers arrive.", "lt pv"),
    # why: 'where appropriate, and subject to resources ... seek to' is a hedge with no arrangement
    ("plan", "Where appropriate, and subject to the resources available, partners will seek to align their efforts behind this objective.", ""),
    # why: one officer in each body whose job is to carry decisions across organisations: people who make organisations join up (ws); each body still delivers its own part (coordination)
    ("plan", "The Board has asked one officer from each member organisation to act as its 'system connector' for the plan, attending the delivery groups and making sure that decisions taken there are carried back into their own organisation.", "ws P3 co"),
    # why: another body's objective considered (integration); the health board was only asked to check the text: consultation, not the collaboration way of working
    ("plan", "The active travel objective was checked with the health board's public health team, so that it counts towards the health board's own objective on physical activity as well as the council's objective on transport emissions.", "ig P2"),
    # why: reviewing a plan on schedule is not the end of a partnership (no termination)
    ("plan", "This plan will be reviewed in 2028, after the next local government elections.", ""),
    # why: a plan built around the outcomes residents want rather than services is a common goal from local need and outcomes over process (cp, em) from the residents' point of view (sup)
    ("plan", "Each of the Board's members has its own duties and its own targets, but this plan is built around the outcomes residents want to see, not around the services partners provide.", "cp em sup"),
    # why: carrying the risk of failure jointly so nobody is exposed for trying: sharing risk and tolerating failure (sp); contributions towards one pilot are cooperation
    ("plan", "Partners have agreed that the risk of the housing pilot failing will be carried jointly, with any losses shared in proportion to each member's contribution, so that no single organisation is left exposed for trying something new.", "sp P4 co"),
    # ------------------------------------------------------------------ report (60)
    # why: no agreed aim beyond members' own work, so anything is reported against it: no shared purpose (barrier) on the common purpose topic
    ("report", "We found that the Board has not yet agreed what it wants to achieve that its members could not achieve separately. As a result its objectives are broad enough for almost any existing activity to be reported against them.", "cp bm"),
    # why: outcomes agreed by all members, about residents' lives rather than activity: shared goals and outcomes over process (cp, em)
    ("report", "In its second year the partnership replaced its 38 performance indicators with five outcomes agreed by all members, each describing a change in residents' lives rather than an activity.", "cp em"),
    # why: each body measuring by its own yardstick and doubting the scheme (bm) ended by one shared measure (em): both, on the common purpose topic; both partners contributing to one scheme is cooperation
    ("report", "At the start of the pilot the council counted homes insulated and the health board counted admissions avoided, and each questioned whether the scheme was worth its contribution. The evaluation credits the decision to adopt one shared measure, winter admissions among residents of the insulated homes, with keeping both partners on board.", "cp bm em P4 co"),
    # why: meetings valued but nothing the network set out to change: no shared purpose (barrier) on the common purpose topic
    ("report", "Interviewees described the loneliness network as 'a good talking shop': members valued the meetings but could not point to anything the network had set out to change.", "cp bm"),
    # why: three meetings spent only on agreeing purpose is time given to the collaborative vision (st); the agreed purpose holding the work together is an enabler (em)
    ("report", "The Board spent its first three meetings of the year on nothing but agreeing its purpose and priorities. Several members found this frustrating at the time, but the review considers it the reason the later work held together.", "cp st em"),
    # why: 'common purpose' is only in the heading; attendance figures are meeting process
    ("report", "Common purpose and shared outcomes. The partnership met six times during the year, and on average 14 members attended each meeting.", ""),
    # why: an outcomes framework built from residents' conversations and used by every partner: common goal from local need (cp, em) and residents' voice (sup, iv); conversations are consultation level
    ("report", "The outcomes framework was built from 300 conversations with residents about what a good life in the valley would look like, and every partner now reports its work against it.", "cp em sup iv P2"),
    # why: a one-line test of what the partnership is for is a clear shared purpose (cp, em); no arrangement described
    ("report", "Members said the clearest statement of the transport partnership's purpose was the test it set itself in 2022: that no young person in the county should turn down a job or a college place because there was no bus to get there.", "cp em"),
    # why: duplication between two boards and deciding who leads on what is joining up and rules of engagement (ws); a recommendation has no level
    ("report", "We recommend that the Board agrees with the Regional Partnership Board which of the two leads on each priority they share, to avoid the duplication we observed in work on carers and on dementia.", "ws"),
    # why: everyone knowing what the hub was for, credited with making the difference: clear shared purpose (cp, em)
    ("report", "What made the difference, according to staff from all four organisations, was that everyone knew what the hub was for: getting people into work within six months.", "cp em"),
    # why: members turning to their own financial pressures and attendance halving: competing priorities and loss of buy-in (bm)
    ("report", "Progress on the food strategy slowed in 2023 as each member organisation turned to its own financial pressures, and attendance at the food partnership's meetings fell by half.", "bm"),
    # why: one ambition quoted in three bodies' own plans is a shared goal (cp, em)
    ("report", "The partners' shared ambition for the estate, that it should be somewhere people choose to live rather than end up, is now quoted in the council's, the housing association's and the police's own plans.", "cp em"),
    # why: eleven teams and no one knowing what the others arranged: services not joined up (ws), described as a finding, not as a limit on joint working (no factor)
    ("report", "The evaluation followed 40 patients discharged from Morriston over the winter. On average each had contact with eleven different teams in the first month, and in over half the cases no team knew what the others had arranged.", "ws"),
    # why: four routes replaced by one, triaged together each morning, each service still delivering its own part: joined up (ws), coordination
    ("report", "The single point of access for children's mental health replaced four separate routes into CAMHS, school counselling, the youth service and the third-sector provider; referrals are now triaged together each morning by a panel drawn from all four.", "ws P3 co"),
    # why: a case conference of three bodies for each person leaving prison: joined up (ws), each acting on its part (coordination)
    ("report", "Housing officers, probation and the health board's substance misuse team now hold a monthly case conference for every person due to leave prison without a home. The review found that fewer than one in ten now leave without an address, compared with half two years ago.", "ws P3 co"),
    # why: not asking members to account for their commitments is the monitoring-and-challenging topic (ws), missing, and accountability (gv); not said to limit joint working (no factor)
    ("report", "The Board does not currently ask its members to account for whether they have delivered what they committed to under the joint steps, and the review found several steps with no recorded progress for over a year.", "ws gv"),
    # why: the theme is only in the heading
    ("report", "Insisting on whole-system approaches. Attendance at the Board's meetings during the year is shown at Appendix B.", ""),
    # why: the person who works out how two bodies' rules fit so patients can be housed: people who work out the details so organisations join up (ws); each body keeps its own process (coordination)
    ("report", "Partners described the project manager as 'the person who knows everyone's rules'. She worked out how the council's housing allocation policy and the health board's discharge process could fit together, so that patients with no home to go to could be offered a flat before their discharge date.", "ws P3 co"),
    # why: the family's view (sup) of one joined-up service replacing six professionals (ws); which bodies work together is not said, so no level
    ("report", "For the family the change was simple: one worker, one phone number and one plan, instead of six professionals who did not know each other's names.", "ws sup"),
    # why: consent forms that stop information passing, named as why support could not be joined up: data-sharing barrier (bs) on the whole system topic
    ("report", "Staff were unable to join up support for tenants with dementia because the housing association and the memory clinic used different consent forms, neither of which allowed information to be passed to the other.", "ws bs"),
    # why: a review recommending that partnerships be merged is the question of continuing or ending a partnership: termination
    ("report", "A review of the six partnership boards operating in the county found that four had members in common and overlapping agendas, and recommended that three of them be merged.", "Lterm"),
    # why: three bodies reviewing the same list each morning, any one asking another to visit: joined up (ws), shared list (cj), coordination
    ("report", "The evaluation found that the virtual ward worked because the GP, the community nurses and the care agency reviewed the same list of patients each morning, and any one of them could ask another to visit.", "ws cj P3 co"),
    # why: who attends, how disagreements escalate and who may commit money is rules of engagement (ws) in a formal protocol (cj, es); no joint activity level described
    ("report", "Partners agreed a short protocol for the programme setting out who would attend which meetings, how disagreements would be escalated and who could commit money on each organisation's behalf.", "ws cj es"),
    # why: residents writing the fund's rules and deciding the grants in place of councillors: shared decision-making with citizens (sp, sup, iv), the top level; citizens, so no collaboration way of working
    ("report", "Residents of the Dyffryn ward wrote the rules for the ward's £50,000 small grants fund themselves and sit on its panel in place of councillors; this year they chose to fund a youth football team and a lunch club.", "sp sup iv P5"),
    # why: treating a failed pilot as learning, naming no organisation: tolerating failure without blame (sp)
    ("report", "The evaluation praises the board for treating the failed digital skills pilot as something to learn from rather than something to explain away: its report to partners set out what had not worked without naming any organisation.", "sp"),
    # why: 'equal partner' on paper but decisions made before the third sector saw them: power not shared (sp) and an unequal relationship (br)
    ("report", "Although the area plan describes the third sector as an equal partner, voluntary organisations on the Board said that decisions had usually been made by the statutory members before the papers reached them.", "sp br"),
    # why: frontline workers allowed to spend without a manager's approval is giving room to act (sp) and streamlined decisions (es)
    ("report", "Frontline workers in the pilot were allowed to spend up to £500 on any family without asking a manager, and the evaluation found that most used it on small, practical things: a washing machine, a bus pass, a school uniform.", "sp es"),
    # why: communities keen to take on services but blocked by the transfer rules: local ownership (sp) limited by procedures (bs); groups lacking what they need to take part (cm)
    ("report", "Community councils said they were keen to take on local services, but that the council's rules on asset transfer required a business plan and five years of accounts that few of them could produce.", "sp bs cm"),
    # why: carers given the design and the choice of provider: co-production and decisions handed over (sup, iv, sp), the top level
    ("report", "The health board handed the design of the new carers' service to a group of carers and let them choose the provider; the evaluation found that the service they chose had the highest satisfaction scores in the region.", "sp sup iv P5"),
    # why: managers unable to let localities decide and revisiting their decisions: reluctance to give up control (bm), the fear of losing direct control (projection), on the sharing power topic
    ("report", "Senior managers found it hard to let the locality teams decide for themselves, and the review notes several occasions on which a locality decision was revisited at county level without explanation.", "sp bm dproj"),
    # why: the theme is only in the heading; the expenditure total is context
    ("report", "Sharing power and risk. This section summarises the Board's expenditure for the year, which totalled £186,400.", ""),
    # why: a practitioner network with a standing place in design and review is a community of practice in design and oversight (sp); how far its views bind is not said, so no level
    ("report", "A practitioner network of 60 social prescribers, community connectors and volunteers has been given a standing place in the design of the programme, and its members review each year's delivery plan before it goes to the board.", "sp"),
    # why: young people holding two of five votes on the grants panel is shared decision-making with citizens (sp, sup, iv), the top level
    ("report", "Young people from the youth council sit on the panel that allocates the Board's youth grants, and hold two of its five votes.", "sp sup iv P5"),
    # why: 'might, with more confidence, ... in future' is a hedge on the sharing power topic: no level
    ("report", "Some interviewees felt that the partnership might, with more confidence, be able to let communities lead more of the work in future.", "sp"),
    # why: a tenant's route through three bodies, found by volunteers posing as residents: the user's view (sup) of services not joined up (ws)
    ("report", "Mystery shopping by volunteers found that a tenant reporting damp in a housing association home was passed between the association, the council's environmental health team and the GP surgery before anyone visited.", "sup ws"),
    # why: testing pages with residents and rewriting them is user research (sup, iv); asking for their input is consultation level
    ("report", "User testing of the new benefits advice web pages with 18 residents led to the pages being rewritten in plain English and the online form being cut from eleven pages to four.", "sup iv P2"),
    # why: not speaking to service users is the user perspective topic, missing; no factor named
    ("report", "The evaluation did not speak to any of the people who had used the service, and so cannot say whether it made a difference to them.", "sup"),
    # why: a service user's own account of what mattered to her is the user's perspective; no joint working described
    ("report", "Ceri, who is 82 and lives alone near Llanidloes, said the best thing about the scheme was that the same volunteer drove her to every appointment, so she no longer had to explain her hearing aid to a stranger each time.", "sup"),
    # why: designed by people who had used crisis services alongside two organisations: co-design (sup, iv), collaboration level; the health board and Mind working together is the collaboration way of working
    ("report", "The crisis café was designed by people who had used crisis services, working alongside health board and Mind staff over nine months, and it is staffed partly by peer workers with lived experience.", "sup iv P5 co"),
    # why: patients consulted after the decisions and their views not acted on: not listening (bm) on the user voice topic; asking views is consultation
    ("report", "The review found that the patient panel was consulted only after decisions on the new clinic had been taken, and members felt their views had been sought for appearance's sake.", "sup iv bm P2"),
    ("report", "Table 2: Number of homes improved under the Warm Homes scheme, by local authority area, 2021-22 to 2023-24.", ""),
    # why: a tender described neutrally: competition only, no barrier
    ("report", "Four organisations bid for the three-year independent advocacy contract; the council's evaluation panel scored a national charity highest, and it took over the service from the local provider in January.", "P1"),
    # why: one organisation's own service
    ("report", "The council's youth service ran 14 open-access clubs during the year, with an average weekly attendance of 620 young people.", ""),
    # why: one organisation's own work on its own land
    ("report", "Natural Resources Wales planted 38 hectares of broadleaf woodland on its own estate in the Afan valley during the year.", ""),
    # why: not yet known, too short to tell: no claim and no arrangement
    ("report", "Whether the model would work in a larger town is not yet known; the evaluation period was too short to tell.", ""),
    ("report", "The number of recorded hate incidents fell from 412 to 367 over the year, although officers caution that reporting rates vary between areas.", ""),
    # why: review method; interviews for fieldwork are not consultation on an objective
    ("report", "The fieldwork consisted of a review of documents, observation of two Board meetings and 24 interviews with members and officers.", ""),
    # why: providers competing for one contract and staying away from joint case meetings: competitive tendering limiting joint work (bs), competition level
    ("report", "In the months before the tender, the employability providers, now competing for the same contract, stopped attending the partnership's joint case meetings.", "bs P1"),
    # why: one organisation's own work, using its own data
    ("report", "The fire and rescue service fitted 2,140 smoke alarms during the year, most of them in homes identified through its own records of previous fires.", ""),
    ("report", "Ysgol Gymraeg Bro Dyfi opened a second Welsh-medium nursery class in September, with 24 places.", ""),
    # why: partners giving the same answer on what the Board is for is a clear shared purpose (cp, em)
    ("report", "Asked what the Board was trying to do, partners interviewed for the review gave much the same answer: to make the county a place young people do not feel they have to leave.", "cp em"),
    # why: a shared goal 'within a generation' is long term; its surviving leadership changes shows a lasting shared purpose (cp, em)
    ("report", "The evaluation notes that the partnership's shared goal of halving child poverty within a generation has survived three changes of council leader and two of health board chief executive.", "cp em lt"),
    # why: two aims pulling the service apart: partners unable to align goals (bm) on the common purpose topic
    ("report", "Partners could not agree whether the hubs were there to reduce demand on GP surgeries or to tackle loneliness, and the two aims pulled the service in different directions for most of its first year.", "cp bm"),
    # why: joint commissioning of one service with one contract replacing eleven: collaboration; one specification across bodies joins services up (ws)
    ("report", "The three councils and the health board jointly commissioned a single home care service for the valleys, with one specification, one contract and one monitoring team, replacing the eleven separate contracts that had operated before.", "ws P5 co"),
    # why: different eligibility rules causing double assessment (bs) ended by one agreed set of criteria (aligned processes, es): both; joined up (ws); each team applying the shared criteria is coordination
    ("report", "The two teams had used different eligibility rules for the same equipment, so a person could be assessed twice and offered different things. A single set of criteria, agreed in 2023, ended that.", "bs es ws P3 co"),
    # why: community flood groups given the final say on where grants go: decisions handed to communities (sp, sup, iv), the top level
    ("report", "The board gave the community flood groups the final say on where the twelve property-level flood protection grants would go in each village, and the review found no complaints about fairness, unlike under the previous scheme.", "sp sup iv P5"),
    # why: each partner underwriting a quarter of any overspend is sharing risk (sp), credited with letting the team try something untested; resources towards one pilot are cooperation
    ("report", "Each of the four partners agreed to underwrite a quarter of any overspend on the pilot, which the evaluation credits with allowing the project team to try an untested model.", "sp P4 co"),
    # why: preventing falls and admissions is prevention; who ran the programme with whom is not said, so no level
    ("report", "The falls prevention programme reached 1,300 people over 75 and, according to the health board's analysis, prevented an estimated 90 hospital admissions.", "pv"),
    # why: looking ahead to 2055 is long term; checking steps against other members' objectives so they do not undermine each other is integration
    ("report", "The review found that the Board's coastal steps look ahead to 2055 and had each been checked against the other members' objectives, so that the harbour works would not undermine NRW's saltmarsh restoration.", "lt ig"),
    # why: an executive group allocating the grant and managing projects: delivery stage, with structures to deliver joint activity (op); the projects' joint level is not described
    ("report", "In its delivery phase the partnership moved from quarterly board meetings to a small executive group, which allocates the grant and manages the eleven projects it funds.", "Ldel op"),
]
