# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch ZA: a calibration set written blind to the lexicons, weighted to the power spectrum, the collaboration way of working, factors as minutes record them and the partnership life cycle.

130 passages (minutes 110, report 20), one to five sentences, in the register of Welsh PSB,
regional partnership board, community safety partnership, primary care cluster, council scrutiny,
town and community council and partnership sub-group minutes (attendance, apologies,
declarations, matters arising, partner updates, discussion, 'It was RESOLVED that', 'Members
NOTED', 'The Chair thanked', ACTION lines naming one body or several), with a few evaluations,
reviews and board papers. Topics: town centres, grass cutting and cemeteries, CCTV, night-time
economy, domestic abuse, youth diversion, traveller sites, learning disability, carers and young
carers, community equipment, autism, frailty, physiotherapy, pharmacy, diabetes, cost of living,
food, refugees, tree planting and peat, wildfire, floods, active travel and transport, housing,
damp and mould, play areas and participatory budgets. The batch leans on the power spectrum
(clear examples of every level told by who does what: one body acting alone, asking for views or
informing, each doing its own part with outputs joined up, resources put towards a shared goal,
joint design, joint teams, pooled budgets and shared risk, and bids against each other, neutral
or said to damage joint work), on the collaboration way of working, on factors as minutes record
them (a partner absent again, data not shared, a joint post agreed, trust built over the year,
a third representative in a year, systems that cannot see each other's records, a protocol
finally signed) and on the life cycle (informal networks before any partnership, boards and
sub-groups being set up with membership and terms of reference, executive groups allocating
funds, groups wound up, merged or reviewed at the end of their funding). Hard cases: keywords
only in headings or names ('Joint Scrutiny Committee', 'Partnership Working Update', a room
called the Collaboration Suite), hedges and suggestions (no level), meeting process, single-body
business, competitions for credit, competition followed by a committed joint bid. About a
quarter carry no label at all. Labelled on all eight frameworks from the taxonomy and
gold/FORMAT.md only: the tagger was never run on these passages while they were written, the
lexicons were not read, and the gold files were not read. Nothing is taken from the corpus;
names, places and figures are invented. Hard calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ minutes (110)
    # --- meeting furniture and single-body business
    ("minutes", "1. PRESENT: Cllr Rhian Vaughan (Chair), Torfaen CBC; Mr Aled Bevan, Natural Resources Wales; Ms Nia Rowlands, Aneurin Bevan UHB; Group Manager Huw Price, South Wales Fire and Rescue Service; Mrs Carys Jenkins, TVA. IN ATTENDANCE: Ms Lowri Harries (PSB Support Officer).", ""),
    ("minutes", "APOLOGIES FOR ABSENCE. Apologies were received from Chief Superintendent Mark Pugh (Dyfed-Powys Police) and from Ms Eleri Francis (Public Health Wales), who was represented by Dr Tomos Lloyd.", ""),
    ("minutes", "23/147 DECLARATIONS OF INTEREST. Cllr B. Morgan declared a personal interest in minute 23/152 as a trustee of Tregarwen Memorial Hall and left the room while it was considered.", ""),
    ("minutes", "The minutes of the meeting held on 14 November 2024 were approved as a correct record and signed by the Chair, subject to noting that Mr Evans had attended on behalf of Coleg Gwent.", ""),
    ("minutes", "MATTERS ARISING – Page 4, Item 6. The Clerk confirmed that the letter to the Post Office about the shorter opening hours at the Brynffynnon branch had been sent. No reply has yet been received.", ""),
    ("minutes", "It was RESOLVED to renew the grass-cutting contract for the cemetery and the recreation ground with Gwyn Hughes Landscaping for a further twelve months on the existing terms.", ""),
    ("minutes", "ACTION: Clerk to obtain prices for replacing the two damaged benches on the promenade and report to the next meeting.", ""),
    ("minutes", "6. PUBLIC QUESTION TIME. No members of the public were present and no questions had been submitted in advance.", ""),
    ("minutes", "DATE AND TIME OF NEXT MEETING: Wednesday 4 June 2025 at 2.00 pm in Canolfan Tregarwen, with the option to join on Zoom.", ""),
    ("minutes", "The Chair thanked Ms Watkins for a clear presentation and for answering members' questions so fully. The slides will be circulated with these minutes.", ""),
    ("minutes", "AOB. Cllr Pritchard asked that the state of the footpath beside Ysgol Gynradd Llanedwy be placed on the agenda for the next meeting. This was agreed.", ""),
    ("minutes", "Members NOTED the quarterly financial statement, which showed spending of £61,240 against a budget of £78,500 at the end of the third quarter.", ""),
    # why: one council scrutinising its own waste service; asking for an update is process
    ("minutes", "The Committee considered the report of the Head of Waste Services on the move to three-weekly collections of residual waste. Members asked about the effect on larger households and on side waste. RESOLVED that the report be noted and a further update brought in six months.", ""),
    ("minutes", "The Forward Work Programme was NOTED, with an item on the regional transport plan added for the July meeting.", ""),
    # why: 'Partnership Working' is only the item heading; deferral is meeting process
    ("minutes", "Item 5 – Partnership Working Update. Deferred to the next meeting, the lead officer having sent apologies.", ""),
    # why: 'Joint' is part of the committee's name; electing officers is meeting process
    ("minutes", "The Joint Scrutiny Committee elected Cllr Siân Rees as Chair and Cllr Peter Howells as Vice-Chair for the 2025/26 municipal year.", ""),
    # why: 'might be worth talking to ... at some point' with no decision is a hedge: no level
    ("minutes", "Cllr Jones suggested that it might be worth talking to the neighbouring community councils at some point about sharing the cost of a second defibrillator. No decision was taken.", ""),
    # why: one service's own figures: context only
    ("minutes", "The Community Safety Manager reported that recorded anti-social behaviour in the town centre had fallen from 412 incidents to 356 over the year, the largest fall being in the summer months.", ""),
    ("minutes", "The Board received the Director of Public Health's annual report for information. Members NOTED the report.", ""),
    ("minutes", "Cabinet AGREED to raise charges at the council's long-stay car parks by 20p an hour from 1 April, and to keep parking free after 3 pm on the Saturdays in December.", ""),
    ("minutes", "RESOLVED that the Clerk's salary be increased in line with the NJC pay award for 2024/25, backdated to 1 April.", ""),
    ("minutes", "At 6.05 pm the meeting was found to be inquorate. The Chair adjourned for ten minutes, a fifth member arrived, and business resumed at 6.15 pm.", ""),
    # why: the health board opening its own unit with its own staff: one body acting alone
    ("minutes", "Partner update – health board. The minor injuries unit at Ysbyty Cwm Aran will open seven days a week from September, staffed by the board's own emergency nurse practitioners.", ""),
    ("minutes", "Croeso ac ymddiheuriadau / Welcome and apologies. The Chair welcomed Mr Gethin Roberts, the new representative of North Wales Fire and Rescue Service, to his first meeting of the Board.", ""),
    # why: 'there were none' is neither barrier nor enabler; approving a report is process
    ("minutes", "Members were invited to raise any difficulties with the draft annual report before sign-off. There were none, and the report was approved for publication on the Board's website.", ""),
    # why: a room named 'Collaboration Suite' carries no idea; booking rooms is process
    ("minutes", "Members were reminded that the Collaboration Suite on the second floor of County Hall will be closed for refurbishment until the end of March, and that meetings will move to Committee Room 2.", ""),
    # why: NRW's own gauges, no other body: single-body business
    ("minutes", "Partner update – NRW. Mr Hughes reported that NRW had finished surveying the river gauges on the Aran, and that three of them would be replaced in May.", ""),
    # why: a housing association named 'Partnership' reporting its own completions: no joint working
    ("minutes", "Ms Bowen, chief executive of Tregarwen Homes Partnership, reported that 46 new homes for social rent had been completed during the year, all of them let to households on the council's waiting list.", ""),

    # --- competition
    # why: two town councils bidding into the same round where only one can win, told as fact: competition only
    ("minutes", "The Regeneration Officer reported that Tregarwen and Llanedwy town councils had each bid to the same round of the town centre fund, and that only one town in the county was expected to be successful.", "P1"),
    # why: competing for a contract they used to run jointly, and no longer sharing timetables: competition said to damage joint work (bs); current arrangement is competition
    ("minutes", "Cllr Davies said it was regrettable that the two leisure trusts were now bidding against each other for the exercise referral contract they had once run jointly, and that their staff had stopped sharing class timetables as a result.", "P1 bs"),
    # why: each body applying separately to a competitive fund, neutral: competition only
    ("minutes", "The OPCC representative confirmed that the Safer Streets money would be awarded competitively. The council, the housing association and the youth charity have each applied separately for projects in the Maesglas ward.", "P1"),
    ("minutes", "Members noted that the three county voluntary councils had tendered against each other for the regional volunteering contract, which had been awarded to the largest of them.", "P1"),
    # why: rival bids last year, a single joint bid now committed: the committed level (a joint bid is collaboration)
    ("minutes", "Following last year's rival bids for the coastal research centre, the two universities confirmed that they would submit one joint bid this time, written together with the council and the port, and the Board AGREED to support it.", "P5 co"),
    # why: entering a competition for credit against other towns: competition
    ("minutes", "The Clerk reported that the town had been entered for Wales in Bloom in the small towns category, alongside Llanedwy and Pontrhyd. Judging takes place in July.", "P1"),
    # why: the cluster bidding against neighbouring clusters for one pilot place: competition
    ("minutes", "The cluster lead reported that every cluster in the region had been invited to bid for the single place on the pharmacist independent prescriber pilot. Practices AGREED that the cluster should apply.", "P1"),
    # why: short grant rounds setting groups against each other (bs), each now guarding its own bookings and volunteers (protecting one's own, bm); the rounds are competition
    ("minutes", "Ms Protheroe (VAMT) said that the short grant rounds set small groups against one another, so that groups which had once shared a minibus now kept their bookings and their volunteers to themselves.", "P1 bs bm"),

    # --- consultation
    # why: sending the draft to the Commissioner for advice is asking for input: consultation
    ("minutes", "It was RESOLVED that the draft well-being assessment be sent to the Future Generations Commissioner for advice, with a response requested within the statutory fourteen weeks.", "P2"),
    # why: other public bodies invited to comment: consultation, not the collaboration way of working
    ("minutes", "Members agreed to write to the three town councils and the national park authority inviting comments on the draft active travel network map by 30 April.", "P2"),
    # why: asking residents where they feel unsafe before the lighting bids are set: their voice in design (sup), involvement, consultation
    ("minutes", "The Community Safety Partnership will hold drop-in sessions at the market hall and the leisure centre to ask residents where they feel least safe after dark, before the street lighting bids are finalised.", "sup iv P2"),
    # why: the health board informing partners of its own decision: informing is consultation
    ("minutes", "The health board informed the Regional Partnership Board of its decision to centralise stroke rehabilitation at Ysbyty Tregarwen. Members asked that the effect on carers who travel by bus be reported back.", "P2"),
    ("minutes", "The Clerk reported that the county council had sent the community council its draft replacement local development plan for comment. RESOLVED that the Planning Committee prepare a response by 28 February.", "P2"),
    # why: scrutiny taking evidence from other bodies is asking for input: consultation, not joint working
    ("minutes", "The Committee agreed to invite representatives of the police, the housing associations and the third sector to give evidence to its task and finish review of the council's homelessness service.", "P2"),
    # why: young people telling the Board about the timetable, suggestions passed on: their voice (sup), involvement, consultation
    ("minutes", "The Board heard from six members of the Youth Forum about their experience of the new evening bus timetable. Their suggestions will be passed to Transport for Wales.", "sup iv P2"),
    # why: asking partners for data is a request for input: consultation; no reply is not described as limiting anything
    ("minutes", "The transport team had asked all Board partners for their staff travel survey results to inform the regional transport plan. So far only the health board and NRW have replied.", "P2"),
    # why: a consultation with residents before one council decides: consultation and involvement, single body
    ("minutes", "The Town Council AGREED to hold a six-week consultation with residents and traders on the future of the public toilets in Stryd Fawr before any decision is taken.", "iv P2"),

    # --- coordination
    # why: two bodies matching their own schedules so the outputs join up: coordination
    ("minutes", "ACTION: Gwent Police and Torfaen CBC to exchange their Friday night patrol and street-cleansing schedules for Pontypool town centre, so that litter picks follow the patrols.", "P3 co"),
    # why: practices referring directly to the health board's service, each keeping its own systems: coordination
    ("minutes", "The cluster AGREED that from 1 June practices would refer patients with back pain directly to the health board's first contact physiotherapists, each practice keeping its own appointment system.", "P3 co"),
    # why: agencies agreeing a plan around each victim then carrying out their own actions: joined-up delivery (ws), coordination
    ("minutes", "The domestic abuse sub-group reported that the monthly risk conference now brings together the police, probation, housing, health and the specialist service to agree a safety plan for each high-risk victim, with each agency then carrying out its own actions.", "ws P3 co"),
    # why: the town council buying bins and the county emptying them on existing rounds: each its own part, joined up
    ("minutes", "The Clerk reported that the county council had agreed to empty the town council's eight new litter bins on its existing rounds, the town council having bought and sited them.", "P3 co"),
    # why: three councils using one directory so callers get the same answer: services joined up (ws), coordination
    ("minutes", "The RPB agreed that the information, advice and assistance services of the three councils would all use the same online directory, so that callers receive the same information whichever council they contact.", "ws P3 co"),
    # why: young carers' account of not being noticed is their voice (sup, iv); asking at first contact so help comes before school suffers is early intervention (pv); each partner doing it in its own service is coordination
    ("minutes", "Following the presentation by three young carers, who said that no one had asked them about home until they were fifteen, members AGREED that every partner would ask its frontline staff to check at first contact whether a child helps to look after someone, so that support reaches them before their schooling suffers.", "sup iv pv P3 co"),
    # why: police and social services cannot see each other's records, limiting the joint triage (bs); the weekly triage meeting itself is coordination
    ("minutes", "The early help sub-group reported that the police and children's services still cannot see each other's records on the same families because their case systems are incompatible, so the weekly triage meeting depends on officers reading out notes.", "bs P3 co"),
    # why: a single objective partners can all sign up to (cp, em); partners changing their own plans to match it is joined-up objectives (ig) and coordination
    ("minutes", "Members said that the single objective on childhood obesity had given partners something they could all sign up to, and noted that the leisure trust, the health board and the schools service had since rewritten parts of their own plans to match it.", "cp em ig P3 co"),

    # --- cooperation
    # why: each statutory partner paying towards one hosted post: resources aligned (cooperation), dedicated funding (es)
    ("minutes", "The Board AGREED that each of the four statutory partners would contribute £5,000 towards a cost-of-living advice worker for 2025/26, to be employed and managed by Citizens Advice.", "es P4 co"),
    # why: building, clinical staff and volunteers from three bodies for one hub: cooperation
    ("minutes", "It was RESOLVED that the council would provide the building, the health board the clinical staff and the CVC the volunteers for the new wellbeing hub in the former library at Tregarwen.", "P4 co"),
    # why: each body committing staff time to one restoration programme, one leading: cooperation
    ("minutes", "ACTION: NRW, the national park authority and Dŵr Cymru each to commit staff time to the peatland restoration work on the Aran uplands, with the national park leading and reporting quarterly.", "P4 co"),
    # why: each partner putting its own land towards the Board's planting step: cooperation
    ("minutes", "Partners confirmed the land they would offer for the Board's tree planting step: 12 hectares from the council, 4 from the health board's hospital grounds and 9 from NRW.", "P4 co"),
    # why: cluster money, health board supervision and practice rooms towards one clinic: cooperation
    ("minutes", "The cluster confirmed that it would fund a diabetes specialist nurse two days a week, with the health board providing clinical supervision and the practices providing clinic rooms in turn.", "P4 co"),
    # why: a jointly funded, jointly managed post agreed: dedicated joint resource (es); one post the two share is cooperation
    ("minutes", "It was AGREED that the council and the health board would jointly fund and jointly line-manage a Regional Carers Lead for three years, the first post of its kind in the region. Recruitment will begin in September.", "es P4 co"),
    # why: the joint needs analysis is held up because the health board has not shared its data (bs); the protocol is the agreements topic (cj); a joint project held up keeps its level
    ("minutes", "The night-time economy group reported that the joint needs analysis still could not be completed because the health board had not yet shared its emergency department data on assaults. The information-sharing protocol is awaiting sign-off by the board's Caldicott Guardian.", "bs cj P4 co"),
    # why: a data problem raised for months overcome by a signed protocol (bs, es), the formal agreement and shared data (cj); sharing a dataset is resources put together (cooperation)
    ("minutes", "The Chair noted that the data-sharing problem raised at the last three meetings had been resolved: all partners signed the information-sharing protocol in February, and the first shared dataset on hospital admissions after falls was circulated last week.", "bs es cj P4 co"),
    # why: police working from the council's offices is co-location (er); offices given to another body's team is resources put towards a shared aim (cooperation)
    ("minutes", "The community safety team reported that since the police neighbourhood team moved into the council's Civic Centre offices in September, problems on the estates were being picked up within days rather than weeks.", "er P4 co"),
    # why: both councils paying half is resources aligned (cooperation); a partner missing steering meetings for months is lack of buy-in (bm)
    ("minutes", "The shared CCTV scheme continues, with the town council and the county council each paying half of the running costs. Members noted with concern that the police had not sent anyone to a steering meeting since April.", "bm P4 co"),
    # why: staying away from the practices' shared service, afraid of losing their own control over bookings: lack of buy-in (bm) and fear of losing control (dproj); the shared service is cooperation
    ("minutes", "The cluster lead reported that one practice had withdrawn from the shared phlebotomy clinic, saying that it wanted to keep control of its own patients' bookings. The remaining six practices will continue to fund the clinic between them.", "bm dproj P4 co"),

    # --- collaboration
    # why: joint commissioning with one specification and a joint team: collaboration
    ("minutes", "The RPB approved the joint commissioning of a single supported living framework for adults with a learning disability across the three councils and the health board, with one specification, one set of prices and a joint commissioning team.", "P5 co"),
    # why: two budgets pooled in one store under a joint board and a formal agreement: pooled funding (es), formal agreement (cj), collaboration
    ("minutes", "Members AGREED that the council and the health board would combine their community equipment budgets into a single store from April, overseen by a joint management board under a formal partnership agreement.", "es cj P5 co"),
    # why: residents agreeing the priorities with three bodies and costs shared: co-design with citizens (sup, iv), shared decision-making (sp), collaboration
    ("minutes", "The Board agreed that the plan for the Penrhos estate would be drawn up with residents at a series of open workshops, the council, the housing association and the police agreeing the priorities with residents and sharing the cost of whatever is agreed.", "sup iv sp P5 co"),
    # why: staff of three bodies in one team under one leader is a joint team (collaboration), based together (er); young people on the edge of offending is early intervention
    ("minutes", "The youth justice service, the police and the health board AGREED to form a single early help team for young people on the edge of offending, with staff from all three based together at Tŷ Aran under one team leader.", "er pv P5 co"),
    # why: any overspend split equally between the four partners: sharing risk (sp), collaboration
    ("minutes", "The Board AGREED to share the risk of the community transport trial: if it runs over budget, the overspend will be split equally between the four statutory partners.", "sp P5 co"),
    # why: designing the pathway together, deciding who does what and funding it from one budget: joint design and a shared budget (es), joined-up services (ws), collaboration
    ("minutes", "The cluster and the council's adult services reported that they had designed the new frailty pathway together, agreeing who sees the patient at each stage, and that it would be funded from a shared budget of £180,000.", "ws es P5 co"),
    # why: a plan drawn up together by four bodies and the young people who use the park, with a shared budget: co-design (sup, iv), collaboration
    ("minutes", "The CSP agreed the problem-solving plan for the Cwm Aran skate park, which had been drawn up together by the police, the youth service, the town council and the young people who use the park, with a shared budget of £12,000.", "sup iv P5 co"),
    # why: grants decided by forums that include elected residents, the Board only told: delegation (sp), local ownership (es), involvement; citizens deciding is the top level
    ("minutes", "The Board AGREED to delegate decisions on community resilience grants of under £5,000 to the three area forums, which include elected residents, and to receive a summary of their decisions at the end of the year.", "sp es iv P5"),
    # why: a refusal after a past dispute (br) overcome by a year of meetings and trust (er, sm); the joint design of the route is collaboration
    ("minutes", "Mr Pryce (Cwm Aran Cycling Club) said that the club had refused to deal with the council after the closure of the old railway path, but a year of walking the route together with officers had rebuilt trust, and the club and the council were now designing the new greenway jointly.", "br er sm P5 co"),

    # --- factors without an arrangement
    # why: a partner absent for the fourth meeting running is lack of buy-in; writing to them is process
    ("minutes", "Members noted that no representative of the probation service had attended for the fourth consecutive meeting. The Chair agreed to write to the Head of Service.", "bm"),
    # why: trust built over the year so problems come to the table early: trust (er, sm) and candid conversation (pe); no arrangement described
    ("minutes", "Looking back over the year, the Chair said that partners now trusted each other enough to bring problems to the table early rather than reporting only good news, and that this was the Board's main achievement.", "er sm pe"),
    # why: a third representative in twelve months is instability in leadership; a briefing is process
    ("minutes", "The Chair noted that a third health board representative in twelve months would join the Board in March, and asked that the new member be briefed on the Board's work beforehand so that momentum was not lost again.", "br"),
    # why: defending budgets rather than asking what the county needs is protecting one's own organisation; no arrangement described
    ("minutes", "Mr Lewis (NRW) said that partners still tended to defend their own budgets at the Board rather than ask what the county needed, and that this was why so little had happened on the shared assets step.", "bm"),
    # why: each partner arriving with its own list and no agreement reached: goals not aligned, on the common purpose topic
    ("minutes", "Cllr Rowlands observed that each partner had come to the workshop with its own list of priorities and that, after two hours, members had not been able to agree which three the Board should lead on.", "cp bm"),
    # why: ground rules for candid conversation: principled engagement; a session is meeting process
    ("minutes", "At the Chair's suggestion, members agreed ground rules for the development session: nothing said would be attributed, partners would speak for the county rather than for their organisation, and disagreements would be recorded rather than smoothed over.", "pe"),
    # why: an agreement delayed eleven months by eleven separate sign-offs is bureaucracy limiting joint working; the agreement is the protocol topic
    ("minutes", "The cluster lead reported that the data-sharing agreement between the practices and the council's social workers had taken eleven months to approve, because it had to go through the governance of each of the eleven practices separately.", "bs cj"),
    # why: refusing to put its budget under the Board's control so as to keep the decision itself: reluctance and fear of losing control (bm, dproj); nothing joint committed, no level
    ("minutes", "The fire authority's representative said that his authority could not agree to place any of its prevention budget under the Board's control, as members wished to keep the decision on how it was spent with the authority.", "bm dproj"),
    # why: one body alone setting the agenda and refusing others' items: power not shared (sp topic); the soured relations are a relationships barrier (br)
    ("minutes", "Ms Lloyd (PAVO) said that the agenda for every meeting was still set by council officers alone, that the voluntary sector's request for an item on volunteer expenses had been refused twice, and that the dispute had soured relations with the statutory members.", "sp br"),
    # why: asking for a yearly account to residents of what the joint steps achieved: accountability outwards (gv)
    ("minutes", "Members agreed that the Board should publish a short account each year, in plain language, of what its joint steps had achieved, and present it at a public meeting in each of the four towns.", "gv"),

    # --- ways of working
    ("minutes", "Cllr Hopkins reminded members that the reservoir scheme would serve the valley until the end of the century, and that decisions taken this year would be felt by children not yet born.", "lt"),
    # why: one service acting before harm happens: prevention, no joint working
    ("minutes", "The fire service reported that it had fitted 1,240 smoke alarms in the homes of people over 80 during the year, to reduce deaths in house fires, which mostly occur among older people living alone.", "pv"),
    # why: checking the routes against other bodies' objectives is integration; asked for, not a joint arrangement
    ("minutes", "Members asked that the new active travel routes be checked against the health board's targets on obesity and the schools' travel plans before they are finalised, so that one scheme serves all three.", "ig"),
    # why: residents shaping the budget choices is involvement and their voice in design; council alone, no joint working
    ("minutes", "The Cabinet Member reported that 180 residents had taken part in the budget simulator and the three community assemblies, and that the decision to protect library opening hours had been made in response to what they said.", "sup iv P2"),

    # --- lifecycle
    # why: informal lunches before any partnership: pre-partnership and networks (er); no joint activity yet
    ("minutes", "The Chair reported on the informal lunches held over the autumn between the chief executives of the four housing associations, which had begun as a way to share experience of damp and mould and had led to an offer to meet the Board. Members welcomed the approach.", "Lpre er"),
    # why: clerks meeting informally with no formal arrangement, to build trust: pre-partnership (er, sm)
    ("minutes", "Cllr Evans reported that the clerks of nine community councils in the valley had begun meeting informally each quarter to compare notes. No formal arrangement was proposed at this stage, but he hoped the meetings would build the trust needed for joint projects later.", "Lpre er sm"),
    # why: an informal conversation to test appetite before any formal proposal: pre-partnership, no level
    ("minutes", "ACTION: Chair to invite the chair of the neighbouring PSB to an informal conversation in the spring, to see whether there is any appetite for working together on visitor pressures along the A470 corridor, before any formal proposal is made.", "Lpre"),
    # why: a new sub-group with a chair, named membership and terms of reference: creation; a standing group with no resources described is coordination
    ("minutes", "The Board RESOLVED to establish a Cost of Living Sub-Group, chaired by the CVC chief officer, with members from each statutory partner, Citizens Advice and the two housing associations. Draft terms of reference will come to the September meeting.", "Lcre P3 co"),
    # why: terms of reference, membership, rotating chair and quorum for the merged partnership: creation; accountability rules (gv); standing partnership is coordination
    ("minutes", "3. NEW COMMUNITY SAFETY PARTNERSHIP. Following the merger of the two partnerships, members agreed the terms of reference of the Cwm Aran CSP: membership of the council, the police, the fire service, probation and the health board; a chair rotating each year; a quorum of three statutory members; and an annual report to both councils' scrutiny committees.", "Lcre gv P3 co"),
    # why: a joint committee set up with members appointed and costs paid into it by each council: creation; running the cemetery together from shared contributions is collaboration with pooled funding
    ("minutes", "The three community councils AGREED to set up a joint burial committee to run Llanedwy cemetery, each appointing two members and paying a share of the costs in proportion to its precept.", "Lcre es P5 co"),
    # why: a new group with its own budget and decisions by consensus: creation, pooled funding (es), shared decision-making (sp), collaboration
    ("minutes", "The RPB approved the establishment of a Regional Housing and Care Group, with its own budget from the capital fund, members from each council's housing and social services departments and the health board, and decisions taken by consensus.", "Lcre es sp P5 co"),
    # why: a new board with resident members and a resident chair: creation, involvement, power given to residents (sp); standing board is coordination
    ("minutes", "Members approved the make-up of the new Llanfair Neighbourhood Network board: four residents elected at the public meeting, one member each from the council, the health board and the housing association, and a resident as chair.", "Lcre iv sp P3 co"),
    # why: an executive group reporting on funded projects and money still to allocate: delivery stage and structures to deliver (op)
    ("minutes", "The executive group reported that all nine projects funded through the regional integration programme in 2024/25 were on track, and that £310,000 of the year's allocation was still to be committed before March.", "Ldel op"),
    # why: the partnership running its projects through named leads and an executive group: delivery, op; each partner managing its own project is coordination
    ("minutes", "Now in its second year, the Tregarwen town centre partnership has moved from planning to delivery: the shop-front grants, the markets programme and the new signage are each managed by a named partner and reported monthly to the executive group.", "Ldel op P3 co"),
    # why: grants allocated from the partnership's pooled fund: delivery stage, pooled funding (es), collaboration
    ("minutes", "The chair of the Healthy Valleys executive reported that the second round of small grants had been allocated from the partnership's pooled fund, fourteen community groups receiving between £500 and £2,000.", "Ldel es P5 co"),
    # why: eight months into delivery with each partner providing its own staff to the project: delivery and cooperation
    ("minutes", "The Safer Tregarwen project, eight months into delivery, reported that the joint patrols, the youth outreach sessions and the security work on 60 homes were all running, each partner providing its own staff.", "Ldel P4 co"),
    # why: a network closed because its purpose has passed: termination
    ("minutes", "The Board AGREED that the Healthy Schools Network would close in July, its work having been absorbed into the new curriculum, and thanked members for seven years of work.", "Lterm"),
    # why: a time-limited task group wound up, with one strand handed on: termination
    ("minutes", "Members considered the review of the Town Centre Task Group, set up for two years in 2023. RESOLVED that the task group be wound up and that the markets programme it began be handed to the town council to continue.", "Lterm"),
    # why: a review recommending continuation with a narrower focus: termination stage (review to continue)
    ("minutes", "The review of the regional dementia partnership recommended that it continue for a further three years, but with a smaller membership and a sharper focus on diagnosis rates. The RPB ACCEPTED the recommendation.", "Lterm"),
    # why: the shared office closing at the end of funding, the common referral form kept and used by each council: termination; each using one form is coordination
    ("minutes", "With the programme's funding ending in December, the three councils agreed to close the employability programme's shared office but to keep the common referral form, which each will go on using.", "Lterm P3 co"),
    # why: a shared post not renewed when funding ends: termination; the shared post is cooperation
    ("minutes", "The cluster AGREED not to renew the shared clinical pharmacist post when its funding ends in March, as five of the seven practices now employ pharmacists of their own.", "Lterm P4 co"),
    # why: two groups merged because they overlap: termination of the separate groups
    ("minutes", "Members AGREED to recommend that the Older People's Forum and the Carers' Partnership be merged into a single group from April, as they had largely the same members and overlapping agendas.", "Lterm"),

    # --- mixed partner updates and discussion
    # why: asking several bodies to do something together in future, 'could look at' is a hedge: no level
    ("minutes", "Ms Thomas suggested that the council, the university and the health board could look at a joint approach to student mental health. The Chair said she would raise it informally with the vice-chancellor.", ""),
    # why: housing officers and health visitors working from one list and one assessment so no family is missed: joining up services (ws) and shared data (cj); each acting on its own part is coordination; damp before illness is prevention
    ("minutes", "The damp and mould group reported that housing officers and health visitors now work from one list of homes with young children and one shared assessment, each acting on its own part, so that damp is dealt with before children become ill.", "ws cj pv P3 co"),
    # why: the fire service and NRW planning burns together on one plan for the common, with graziers: joint planning of the work (collaboration); graziers' knowledge used is involvement; reducing wildfire risk is prevention
    ("minutes", "NRW and the fire service reported that the controlled burning plan for Mynydd Aran had this year been drawn up jointly with the commoners' association, deciding together which areas would be burned and when, to reduce the risk of summer wildfires.", "iv pv P5 co"),
    # why: lack of dedicated funding said to hold the Board back: barrier structures; no arrangement described
    ("minutes", "Mr Hopkins (GAVO) said that without any money of its own the Board could only ask partners to do things, and that two of its steps had stalled for want of anyone willing to pay for them.", "bs"),
    # why: not knowing what the other services offered is a relationships barrier, overcome by a directory and visits (er): both
    ("minutes", "The social prescribing lead said that when the service started the link workers had not known what half of the local groups offered, but a year of visits and the shared directory meant they now knew the groups personally.", "br er"),

    # ------------------------------------------------------------------ report (20)
    # why: short competitive rounds set agencies against each other and referrals between them fell: competition said to damage joint work (bs); the rounds are competition
    ("report", "The evaluation found that the short competitive grant rounds had set the county's advice agencies against each other: each bid separately for the same pot, and referrals between them fell by a third during each bidding period.", "P1 bs"),
    # why: one service staffed jointly by four bodies under one manager: a joint team (collaboration), integrated delivery (ws)
    ("report", "The integrated autism service, staffed jointly by the health board and the three councils and managed by a single service manager, has cut the wait for an adult assessment from 26 months to nine.", "ws P5 co"),
    # why: residents responding to the draft plan and a second round asked for in schools: their voice in the plan (sup), involvement, consultation
    ("report", "The consultation on the draft well-being plan ran for twelve weeks and received 612 responses, most through the online survey. Few came from people under 25, and the Board has asked the Youth Council to run a second round in secondary schools.", "sup iv P2"),
    # why: recommending that dormant sub-groups be closed is the question of letting a partnership end: termination
    ("report", "The review of the Board's four sub-groups found that two had not met for more than a year, and recommended that they be formally closed and their actions taken back by the Board itself.", "Lterm"),
    # why: decisions taken before the meeting by two bodies, the third sector seldom heard: power not shared (sp) and an unequal relationship (br)
    ("report", "Partners told the review that meetings were dominated by updates from the council, that third-sector members seldom spoke, and that decisions were in practice taken beforehand by the council and the health board.", "sp br"),
    # why: being in one building so staff can simply ask each other is co-location (er); a hub in one agency's building with several agencies' staff is cooperation
    ("report", "Staff in the Brynffynnon hub said the greatest help had been sitting together in the council's building: a housing officer could turn round and ask the social worker about a tenant, instead of sending an e-mail and waiting a week.", "er P4 co"),
    # why: residents, council and housing association designing the play area together and residents holding the budget: co-design (sup, iv), power handed over (sp), collaboration
    ("report", "In Brynffynnon the residents' group, the council and the housing association designed the new play area together over six evening sessions, and the residents' group now holds the maintenance budget.", "sup iv sp P5 co"),
    # why: arguments over roles (br) ended by a memorandum setting out contributions and chair (es, formal agreement cj): both; each partner's contribution set out is cooperation
    ("report", "The evaluation credits the memorandum of understanding, which set out what each partner would contribute and who would chair, with ending the arguments about roles that had held the project back in its first year.", "br es cj P4 co"),
    # why: moving money from crisis to early years support is prevention, a decade to show is long term; one council's paper, no joint working
    ("report", "The Cabinet paper proposes moving £250,000 a year from emergency placements into family support in the early years, accepting that the savings would take a decade to appear but arguing that fewer children would need to come into care.", "pv lt"),
    # why: testing each body's plans against the others' objectives is integration; a recommendation, no arrangement
    ("report", "The assessment notes that the council's plan for 400 homes on the edge of Tregarwen would add to demand on the health board's surgeries and on the bus network, and recommends that the three bodies test their plans against each other's objectives before approval.", "ig"),
    # why: staff lacking the skills to run joint meetings or shared budgets: the practice capacity topic
    ("report", "Managers said that few staff had been trained to chair multi-agency meetings or to manage a shared budget, and that this had slowed the Board's projects more than any shortage of money.", "pr"),
    # why: community groups lacking volunteers, rooms and confidence to take part: community capacity, involvement
    ("report", "Community groups in the upper valley said they did not have the volunteers, the meeting space or the confidence with forms needed to take part in the participatory budgeting round, and the CVC has since run three support sessions for them.", "cm iv"),
    # why: no committee holding the PSB to account, each council scrutinising only its own part: governance capacity and diffuse accountability (bs)
    ("report", "The review found that no committee held the PSB to account for its joint steps as a whole: each council scrutinised only its own contribution, and the health board's board had not discussed the plan since it was approved.", "gv bs"),
    # why: clinicians reluctant to hand parts of the assessment to fire staff for fear for quality and their expertise: reluctance (bm), quality (dprom), value (dprof); the falls response, each doing its part with referral on, is coordination
    ("report", "Under the falls response, fire service staff carry out the first home visit and refer on to the health board's physiotherapists. Some clinicians told us they were uneasy about this, fearing that assessments would be less thorough and that their own expertise would count for less.", "bm dprom dprof P3 co"),
    # why: informal meetings for a year before the partnership was formed, credited with the trust it rests on: pre-partnership, er, sm
    ("report", "Before the regional day services partnership was formalised, the managers of the three councils' day centres met for a year with no agenda, visiting each other's centres; several told us that the partnership still rests on the trust built then.", "Lpre er sm"),
    # why: a board created with a signed memorandum: creation, formal agreement (es, cj); a standing board is coordination
    ("report", "The Coastal Communities Partnership was created in April 2023, when all six members signed a memorandum of understanding setting out its purpose, membership and decision-making rules.", "Lcre es cj P3 co"),
    # why: an executive group allocating the fund and managing projects: delivery, op; the joint fund is collaboration
    ("report", "In its delivery phase the programme board handed day-to-day decisions to a small executive group, which allocates the jointly held fund, monitors the twelve projects and reports to the board twice a year.", "Ldel op es P5 co"),
    # why: teams given budgets to spend as they judge with no approval below £1,000: delegation (sp), flexible funding and local autonomy (es)
    ("report", "The pilot gave each of the four neighbourhood teams a budget of £30,000 to spend as it judged best, without seeking approval for anything under £1,000, and most teams used it to deal with problems within days.", "sp es"),
    ("report", "The council's annual self-assessment found that 87 per cent of planning applications were decided within the statutory period, up from 79 per cent the previous year.", ""),
    # why: one body's service improvement, no other body: no label
    ("report", "The library service's review found that visits had returned to pre-pandemic levels at four of its six branches, and that the home delivery service now reaches 310 housebound readers.", ""),
]
