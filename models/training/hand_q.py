# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch Q: a calibration set written blind to the lexicons.

170 passages (minutes 110, speech 60), one to six sentences, in the register of Welsh PSB,
partnership board, council and community council minutes and of remarks made in or around them
(minuted or transcribed remarks, interview quotes, blog posts, e-mails, letters, conference
talks): attendance and apologies, declarations of interest, matters arising, partner updates,
presentations and discussion, resolutions and ACTION lines, sub-group reports, risks, and frank
remarks by officers and residents, across housing, health and care, climate and nature, flooding,
community safety, poverty, food, transport, economy, Welsh language, children and young people,
older people, mental health and digital inclusion. About a third carry no label (meeting
furniture, procedure, single-body business, hedges, plain facts); many carry one or two; some
carry many. Barriers and enablers are mostly said without those words; some barriers are
overcome (both labels), some enablers negated (barrier). The power level is told by who does
what: a body informing or asking others, each partner doing its own part of a shared plan,
partners putting staff or money into one programme, pooling, joint commissioning, deciding
together; citizens deciding against citizens being told. Some passages carry a keyword in a
name, heading or procedure ("Joint Committee", a body called a "Partnership" acting alone)
without the idea, and some carry an idea in unusual words. Labelled on all eight frameworks from
the taxonomy and gold/FORMAT.md only: the tagger was never run on these passages while they were
written, the lexicons were not read, and the gold files were not read. Nothing is taken from the
corpus. Hard calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ minutes (110)
    ("minutes", "Present: Cllr Eleri Thomas (Chair) – Ceredigion County Council; Huw Lloyd – Hywel Dda UHB; Area Manager Dafydd Rowlands – MAWWFRS; Nia Griffiths – NRW; Insp Carys Bowen – Dyfed-Powys Police; Llinos Evans – CAVO. In attendance: Rhodri Jenkins, PSB Support Officer.", ""),
    ("minutes", "1. APOLOGIES. Apologies for absence were received from Andrew Pugh (Powys Teaching Health Board), Ch Supt Gareth Morris (Dyfed-Powys Police) and Cllr Bev Baynham. Lisa Watkins attended as substitute for the health board.", ""),
    ("minutes", "2. DECLARATIONS OF INTEREST. Cllr Iwan Jones declared a personal and prejudicial interest in item 8 (community asset transfer) as a member of the management committee of Neuadd Goffa Llanbedr, and left the room while the item was considered.", ""),
    ("minutes", "52/24 MINUTES. RESOLVED that the minutes of the meeting held on 9 January 2025 be approved and signed by the Chair as a correct record.", ""),
    ("minutes", "53/24 CORRESPONDENCE. The Clerk reported receipt of a letter from Cyngor Gwynedd advising that resurfacing of the B4413 through the village is scheduled for the week of 14 October. Noted.", ""),
    # why: a Corporate Joint Committee is a joint body, but the passage is only its standing orders and deadlines: meeting process, no joint activity
    ("minutes", "CORPORATE JOINT COMMITTEE – STANDING ORDERS. The Monitoring Officer reported that under the South West Wales Corporate Joint Committee's standing orders the budget must be approved by 31 January and the names of substitute members notified to the clerk 24 hours before a meeting. RESOLVED to note the report.", ""),
    # why: 'Partnership' is the landlord's name; it acts alone on its own stock
    ("minutes", "Partner update – Valleys Homes Partnership. The Director of Assets reported that the Partnership had replaced 312 boilers across its own stock during the year and would begin fitting solar panels to its sheltered schemes in the spring.", ""),
    ("minutes", "Partner update – NRW. Sian Williams reported that NRW had issued 14 flood warnings for the county during Storm Bert and that its operations teams had cleared debris screens at 22 sites. The flood incident report would be published in March.", ""),
    # why: residents shortlist and vote, and their choice is funded: citizens deciding (collaboration with citizens, no collaboration way of working between bodies)
    ("minutes", "Participatory budgeting. The Community Cohesion Officer reported that residents of Butetown, Grangetown and Riverside had voted on how the £60,000 community fund should be spent, with 1,900 votes cast across 31 projects. The eighteen projects chosen by residents would all be funded, and the panel that drew up the shortlist had been made up entirely of local people.", "P5 iv sp sup"),
    # why: the decision is already taken and residents are asked only about timing: citizens told, which is still consultation; the councillor's remark is about their voice
    ("minutes", "The Head of Highways informed members that consultation on the Heol Las footbridge had closed, but that the decision to remove the bridge had already been taken on safety grounds and the consultation had covered only the timing of the works. Cllr Price said residents felt they had been told rather than asked.", "P2 iv sup"),
    # why: one plan, but each body delivers and funds its own part: coordination
    ("minutes", "Active travel to school. Members agreed the action plan presented by the task group. Under it the council will introduce school streets at six primary schools, Gwent Police will carry out parking enforcement in the first fortnight of each term, and Public Health Wales will provide the evaluation framework, each organisation meeting the cost of its own part.", "P3 co"),
    # why: pooled budget under a formal agreement and a joint group deciding the award: collaboration; handing the award decision to the joint group is delegation
    ("minutes", "RESOLVED: (a) that the Council and Cardiff and Vale UHB establish a pooled budget of £2.4m under a section 33 agreement for community equipment services from 1 April 2025; (b) that the joint commissioning group be given delegated authority to award the contract.", "P5 co es cj sp"),
    ("minutes", "Members agreed that decisions on grants from the Healthy Communities Fund would in future be taken jointly by the council, the health board, the fire service and two community representatives elected by the area forums, each having an equal vote.", "P5 co iv sp"),
    # why: the joint arrangement (GP practices feeding the council's link workers) is blocked by an unsigned agreement: it keeps its level; the data block is the barrier
    ("minutes", "Mr Rees (Carmarthenshire CC) said that the social prescribing link workers still could not see the information they needed from GP records, because the practices had not yet signed the information sharing agreement, and patients were having to repeat their history at every appointment.", "bs cj P3 co"),
    # why: separate rotas and caseloads named as what held the virtual ward back, answered by a single huddle and shared list (barrier overcome = both); staff of two bodies working one caseload is cooperation
    ("minutes", "Dr Pritchard (Swansea Bay UHB) reported that the virtual ward had struggled at first because the community nurses and the council's reablement staff worked to separate rotas and could not see each other's caseloads. Since January both teams had worked from a single daily huddle and a shared caseload list, and delayed discharges in the cluster had fallen by a third.", "bs es cj P4 co ws"),
    # why: the pooled fund was agreed in principle but still does not exist: negated enabler = barrier; the committed arrangement is a pooled fund, so it keeps the collaboration level
    ("minutes", "Members noted that, despite the agreement in principle reached in September, there was still no pooled fund for the carers' respite service, and each partner continued to buy its own short breaks.", "bs P5 co"),
    ("minutes", "Supt Rachel Hughes (Gwent Police) said that the Early Help hub in Caerphilly, where police, council and Platfform staff now work from one office, had come together quickly because most of the people involved had worked alongside each other during the pandemic and already trusted one another.", "P3 co er sm"),
    ("minutes", "ACTION: CH and DM to circulate the revised risk register to members by 14 March.", ""),
    ("minutes", "DATE OF NEXT MEETING. Tuesday 17 June 2025 at 2.00 pm in the Council Chamber, Penallta House, and on Microsoft Teams.", ""),
    ("minutes", "9. ANY OTHER BUSINESS. There was no other business and the meeting closed at 12.40 pm.", ""),
    ("minutes", "The Board noted the Forward Work Programme and agreed that the item on the replacement Local Development Plan be moved from June to September.", ""),
    ("minutes", "The Chair thanked Mr Powell for a comprehensive and informative presentation, which would be circulated with the minutes.", ""),
    # why: 'may be merit ... in due course' is a hedge: no arrangement, no theme
    ("minutes", "In discussion, members felt that there may be merit in partners looking at opportunities for closer alignment of their estates strategies in due course.", ""),
    ("minutes", "It was suggested that a joint approach to recruitment in social care might be worth exploring at a future meeting.", ""),
    # why: the end of the Board's support grant with nothing in its place limits the joint work (short-term funding); a single officer carrying a step is a risk, not a named barrier between partners
    ("minutes", "RISK REGISTER. The Co-ordinator highlighted two new red risks: that the Welsh Government grant supporting the Board ends in March 2026 with no replacement confirmed, and that delivery of Step 6 depends on a single officer in the council's climate team.", "bs"),
    # why: a partnership group set up with membership, chairing and decision rules: creation; a body being formed takes its level (N precedent: cooperation)
    ("minutes", "The Board approved the terms of reference for the new Food Partnership Steering Group, which will be co-chaired by Public Health Wales and Cwmpas, meet quarterly and take decisions by consensus, with a quorum of five member organisations.", "Lcre P4 co es op"),
    ("minutes", "Members agreed that, before any formal group was proposed, homelessness officers from the three authorities would start meeting over lunch once a month to find out what each other was doing and where their caseloads overlapped.", "Lpre er"),
    # why: end of funded pilot, review, keep one part and let the rest lapse: termination; the pilot was jointly funded (cooperation)
    ("minutes", "The Chair reported that the Healthy Towns pilot, funded jointly by the council and the health board, had reached the end of its three years. Partners had considered the evaluation and agreed to keep the community walking groups, now run by volunteers, but to let the steering group lapse.", "Lterm P4 co"),
    ("minutes", "The Programme Executive Group, made up of officers from the four partner organisations, reported that all nine projects in the Healthy Valleys programme were on track, and that the remaining £230,000 of the partners' pooled contributions would be allocated at its July meeting.", "Ldel P5 co es cj"),
    # why: losing a grant bid to a neighbour, described neutrally: competition only
    ("minutes", "61/24 The Clerk reported that the community council's bid to the Community Facilities Programme, which had been heavily oversubscribed, had been unsuccessful, whereas the neighbouring town council's bid for its pavilion had succeeded.", "P1"),
    # why: competitive tendering named as what stopped charities sharing referrals: barrier (structures) and protecting one's own organisation (motivations)
    ("minutes", "Ms Bevan (PAVS) said that the move to competitive tendering for the advice contracts had left local charities bidding against each other for the same money, and that organisations which used to pass referrals to one another were now reluctant to do so.", "P1 bs bm"),
    ("minutes", "The Partnerships and Scrutiny Manager presented the council's quarterly performance report, noting that 84% of indicators were on or above target.", ""),
    ("minutes", "The council's Integrated Transport Unit reported that the revised timetable for the X43 service would start in September, the driver shortage having eased.", ""),
    # why: 'eleven front doors and no hallway' is services not joined up around the family; the review is not yet a joint arrangement
    ("minutes", "Cllr Parry observed that at present a family in crisis faced 'eleven front doors and no hallway', and asked that the early help review start from how families experienced services rather than how each agency was organised.", "ws sup"),
    # why: priorities agreed together (common purpose, clear shared purpose); every partner using the same measures is aligned processes with each reporting its own part
    ("minutes", "Following the January workshop, members agreed three shared priorities for the Board's second year – warm homes, young people's mental health and the foundational economy – and that every partner would report against the same outcome measures for each.", "cp em es P3 co"),
    ("minutes", "In discussion it became clear that partners held quite different views about what the place-based approach in Penrhys was meant to achieve. The Chair asked that a one-page statement of purpose be brought to the next meeting for agreement.", "cp bm"),
    ("minutes", "The Chair proposed, and members agreed, that the Board's development sessions would be held under the Chatham House rule so that partners could speak frankly about where the plan was not working.", "pe"),
    # why: scrutiny of the Board and a summary for residents: accountability upwards and outwards; the recommendation is not yet an enabler in place
    ("minutes", "The Chair of the Overview and Scrutiny Committee attended to present the committee's findings on the PSB annual report. The committee recommended that the Board publish a short progress summary for residents each year and that every step have a named lead.", "gv"),
    ("minutes", "Members agreed that the officer group would attend the Academi Wales collaborative leadership programme together in the autumn, with places for all partners funded by the health board.", "P4 co pr"),
    # why: small groups lacking what they need to take part in the Board's grants is community capacity; the hosting scheme is only proposed
    ("minutes", "The CVC reported that many small community groups in the upper valleys lacked the volunteers, bank accounts and insurance needed to apply for the Board's small grants, and proposed a light-touch fiscal hosting scheme.", "cm"),
    # why: too much time on reports rather than outcomes (process over outcomes); a session to agree what the Board is for is time given to defining the vision
    ("minutes", "The Chair said that the Board had spent too much of the last year receiving reports and not enough deciding what it wanted to achieve. It was AGREED to hold a half-day session in May, without papers, to agree the Board's ambitions for the next ten years.", "st cp bm"),
    # why: refusing to hand a decision to residents for fear of being answerable: fear of losing control (projection; a barrier of motivation), and sharing power is the topic; the panel deciding is only proposed
    ("minutes", "Cllr Morgan said she could not support handing the decision on library opening hours to the community panel, because it would be the council and not the panel that was answerable if it went wrong.", "dproj bm sp"),
    ("minutes", "The Head of Environmental Health cautioned that the proposal to merge the two authorities' food safety teams risked losing specialist knowledge that each had built up over many years.", "dprof bm"),
    # why: fear of losing momentum over the summer (production; listed under barrier.motivations); the task group's level is not described
    ("minutes", "Members were concerned that the summer recess would stall the momentum built at the launch event, and agreed that the task and finish group would continue to meet fortnightly over July and August.", "dprod bm"),
    # why: conditional willingness about standards: the quality discipline, not stated as a barrier; hosting is not yet committed
    ("minutes", "The Director of Education said that schools were willing to host the youth mental health drop-ins but needed assurance that third sector counsellors would meet the same safeguarding and supervision standards as school staff.", "dprom"),
    # why: convening the bodies to work out the detail is whole system; convening a meeting is meeting process, so no level
    ("minutes", "The Chair agreed to convene a meeting of the council's housing, planning and social services directors with the health board and the three housing associations to find out why adaptations for disabled tenants were taking an average of fourteen months.", "ws"),
    ("minutes", "Members asked that the draft economic strategy be tested against the Board's objectives on climate and health before it went to Cabinet, so that new jobs did not come at the cost of more car journeys or poorer air quality.", "ig"),
    ("minutes", "NRW presented projections showing that, on current trends, the dune front at Cefn Sidan could retreat by up to 60 metres by 2070. Members agreed that the coastal adaptation work must plan for the lifetime of children now in the county's primary schools.", "lt"),
    ("minutes", "The Director of Public Health said that every pound spent on falls prevention classes saved several pounds in hospital admissions, and urged partners to protect the classes from this year's savings.", "pv"),
    ("minutes", "The fire service reported that 320 homes had been fitted with heat alarms since April following referrals from the council's Care and Repair team, and that there had been no fire deaths in any referred household.", "P3 co pv"),
    ("minutes", "The Menter Iaith officer reported that the Welsh-medium cylchoedd meithrin in the south of the county had waiting lists. The council and Mudiad Meithrin had agreed to open two new groups from September in shared premises, with the council providing the buildings and Mudiad Meithrin the staff.", "P4 co"),
    # why: 'picking up the pieces of failures elsewhere' is the system not joined up; people reaching crisis after being known to several services is the case for acting earlier
    ("minutes", "Dr Khan (CTMUHB) said bluntly that the crisis team was 'picking up the pieces of failures elsewhere in the system', and that most people it saw had already been known to three or four services before they reached crisis.", "ws pv"),
    # why: NRW and the council both support trained volunteer wardens: each puts in resources; volunteers equipped to act is community capacity
    ("minutes", "The Pentre flood group reported that the flood warden scheme, supported by NRW and the council's flood risk team, now had 26 trained volunteers who would receive warnings directly and check on vulnerable neighbours.", "P4 co iv cm"),
    ("minutes", "Members noted that the food bank in Holyhead had seen a 40% rise in referrals since the summer, with working families now the largest group.", ""),
    ("minutes", "Transport for Wales reported that the fflecsi demand-responsive service in the Conwy valley would continue until March 2026 with Welsh Government funding.", ""),
    ("minutes", "Tai Tarian reported that 47 tenants at risk of eviction had been referred to the council's housing options team under the new pre-eviction protocol in the first quarter, and that none had been evicted.", "P3 co pv es"),
    ("minutes", "The Head of Adult Services (Powys CC) reported that the joint community reablement team, in which health board therapists and council care staff are managed by a single team leader and share one budget, had supported 210 people in the quarter.", "P5 co es ws"),
    ("minutes", "It was noted that a police sergeant had been seconded into the council's youth justice service for two years, the cost being met by Gwent Police.", "P4 co es"),
    ("minutes", "Members heard that moving the community mental health team into the same building as the council's housing support service had done more to speed up referrals than any of the protocols written over the previous five years.", "er P3 co"),
    ("minutes", "The Chief Officer of the CVC said that volunteer co-ordinators across the county were exhausted after the winter and that some groups had asked to step back from the warm spaces network until the autumn.", "br"),
    # why: a plain fact: nothing says the changes held the joint work back
    ("minutes", "Members noted that three of the statutory partners had appointed a new chief executive in the last eighteen months.", ""),
    # why: blaming language about a partner, met by an offer to look at cases together (solution-focused tone)
    ("minutes", "Cllr Walters said that the housing associations were 'dumping' their most difficult tenants on the council. The Chair asked members to keep the discussion constructive, and the representative of Cartrefi Conwy offered to go through individual cases with officers after the meeting.", "br er"),
    ("minutes", "The representative of the Chief Constable said that the difference this year was that chief officers had not just signed the plan but had told their own managers it was a priority, so that front-line teams now knew it existed.", "em sm"),
    # why: missing updates are reported as a fact and chased; nothing says they limit joint working
    ("minutes", "Members noted that only two of the eight invited participants had submitted updates on their steps, and the Chair agreed to write to the remaining six.", ""),
    # why: financial rules stop a cash contribution to a shared fund (structures); the Trust puts in staff time instead (cooperation)
    ("minutes", "The Director of Finance (WAST) explained that the Trust's standing financial instructions did not allow it to transfer money into a fund it did not control, and that it would therefore contribute staff time to the programme rather than cash.", "bs P4 co"),
    ("minutes", "RESOLVED that the Information Sharing Protocol for the Multi-Agency Safeguarding Hub, agreed by the council, the police, the health board and the probation service, be adopted with effect from 1 May.", "es cj P3 co"),
    ("minutes", "The Board signed a memorandum of understanding with Bannau Brycheiniog National Park Authority setting out how the two would share officers and survey data on the nature recovery programme.", "es cj P4 co"),
    ("minutes", "It was acknowledged that the savings from the falls service fell to the health board while the costs fell to the council, and that this had been the sticking point in every previous discussion about joint funding.", "bs"),
    # why: the integrated team is committed but held up by HR differences: it keeps the collaboration level; the working group has not yet overcome the barrier
    ("minutes", "The Head of HR (Pembrokeshire CC) advised that differences in pay scales and terms and conditions between the council and the health board were the main obstacle to creating the integrated hospital discharge team, and that a joint HR working group had been set up to find a way through.", "bs P5 co ws"),
    # why: a budget and freedom to set priorities handed to community partnerships: local ownership and delegation; they report back (accountability)
    ("minutes", "Members agreed that the three community partnerships in the north, centre and south of the county would each be given a small budget and the freedom to decide their own priorities, reporting back to the Board once a year.", "P4 co sp es gv"),
    # why: practitioners from all partners designing and then reviewing the pathway: a community of practice in design and oversight (sharing power), co-design (collaboration)
    ("minutes", "It was agreed that the network of community connectors from all partner organisations, which now meets monthly, would design the new social prescribing referral pathway and review it after six months.", "sp P5 co"),
    # why: delegated spending authority to a sub-group is sharing power and streamlined decisions; no activity is described, so no level
    ("minutes", "Members agreed to give the Tackling Poverty Group delegated authority to approve spending of up to £25,000 without referring back to the Board.", "sp es"),
    # why: overspend shared equally rather than falling on one body: shared risk
    ("minutes", "The Board agreed that any overspend on the joint hospital-to-home service would be met by the council and the health board in equal shares, rather than falling on whichever organisation had arranged the care.", "sp P5 co"),
    # why: reporting each partner's attendance and contribution is monitoring and challenging collaborative behaviour, and accountability to partners
    ("minutes", "The Chair proposed that each partner's attendance at sub-groups and progress on its actions be reported to the Board twice a year, so that members could see who was and was not pulling their weight.", "ws gv"),
    ("minutes", "Members agreed a short set of expectations for all sub-groups: decisions would be recorded, papers circulated a week ahead, and any partner unable to deliver an action would say so at the next meeting rather than let it drift.", "ws pe"),
    # why: a resident's complaint about not being listened to: the service user's voice as topic; nothing is done with her
    ("minutes", "PUBLIC QUESTIONS. Mrs Hughes of Pensarn asked why the Board had published a plan about listening to residents when nobody had come to speak to people on her street after the last floods. The Chair undertook to provide a written reply.", "sup"),
    ("minutes", "54/24 The Clerk was asked to report the damaged bus shelter at Heol y Llan to the county council's highways department.", ""),
    ("minutes", "55/24 PLANNING. No objections were raised to application 24/0412 (single-storey rear extension, 7 Maes y Coed).", ""),
    ("minutes", "56/24 Members agreed to hold a drop-in at the village hall on 3 October so that residents could give their views on the proposed 20mph extension and traffic calming on the A487 before the community council responded to the county council's consultation.", "P2 iv"),
    ("minutes", "58/24 ACCOUNTS FOR PAYMENT. RESOLVED that the payments listed in Appendix A, totalling £3,842.17, be approved.", ""),
    # why: checking how two partnerships' carers commitments fit together is integration; two support teams mapping it is a small joint task
    ("minutes", "The RPB Programme Director presented the draft Area Plan. Members asked how its commitments on carers related to the PSB's own objective on unpaid carers, and it was agreed that the two support teams would map the overlap together before either plan was finalised.", "ig P3 co"),
    ("minutes", "The Violence Prevention Unit's annual report was received for information.", ""),
    # why: a body briefing partners on its own plans is informing them (consultation); no joint work
    ("minutes", "Dŵr Cymru Welsh Water briefed members on its plans to upgrade the Afan wastewater treatment works over the next five years, and offered to return with an update once the contractor was appointed.", "P2"),
    # why: land and staff committed by four bodies to one target (cooperation); map drawn up with community councils and farmers' unions (involvement); the progress is credited to a clear target and the same people attending (shared purpose, continuity and commitment)
    ("minutes", "Climate and Nature Sub-group. Mr Owen (NRW) reported that the sub-group had agreed a single tree-planting map for the county, drawn up with community councils and the farming unions, and that the council, NRW, the health board and Coed Cadw had each committed land and staff to the first 40 hectares. He put the progress down to the sub-group having one clear target and to the same people attending every meeting since it began.", "P4 co iv em er sm"),
    # why: the pilot has reached its end and been reviewed and extended: termination stage (review to continue); patients designing the pack and sitting on the steering group is involvement with power shared in oversight; pooled money and one team is collaboration
    ("minutes", "Item 7: Home First. Ms Thomas (CAVUHB) presented the evaluation of the pilot. Patients and carers had helped design the discharge information pack and two former patients sat on the steering group. The council and the health board had pooled £600,000 for the pilot, and staff from both had worked as one team under a single manager. Members agreed that the pilot be extended for two years, with a further review in year two.", "P5 co iv sup sp es ws Lterm"),
    ("minutes", "The Chair suggested that in time there might be scope for a more collaborative approach to managing the county's parks and green spaces, possibly involving community groups.", ""),
    ("minutes", "Apologies: Emma Price (Co-production Network for Wales), Cllr Alun Lloyd Jones (Isle of Anglesey CC), Paul Smith (HMPPS Probation Service).", ""),
    ("minutes", "Penderfynwyd: Cymeradwyo cofnodion y cyfarfod blaenorol fel rhai cywir. RESOLVED: That the minutes of the previous meeting be approved as a correct record.", ""),
    ("minutes", "Insp Jenkins (Dyfed-Powys Police) reported a rise in anti-social behaviour around the bus station in Aberystwyth over the summer, mostly involving a small group of teenagers.", ""),
    ("minutes", "Digital inclusion. The council's libraries, the three housing associations and SCVS now refer residents to a single network of digital champions trained by Digital Communities Wales. Since April 380 residents, most of them over 70, had been helped to get online.", "P4 co"),
    ("minutes", "Members agreed that the council, Coleg Cambria and Wrexham University would jointly design and run the new green skills academy, with one steering group, a single admissions process and costs split according to the number of learners each brings.", "P5 co es"),
    ("minutes", "Community Safety. The Partnership Manager presented the annual Strategic Assessment. Members noted that the three priorities remained domestic abuse, serious violence and anti-social behaviour, unchanged from last year.", ""),
    ("minutes", "Cllr Ann Powell left the meeting at 11.15 am.", ""),
    ("minutes", "MATTERS ARISING. There were no matters arising that were not covered elsewhere on the agenda.", ""),
    ("minutes", "Members noted that the Welsh Government's statutory guidance on the scrutiny of PSBs had been updated and that the council's Monitoring Officer would advise on any changes needed to the scrutiny arrangements.", ""),
    # why: each body clears its own section after a joint walk: coordination told by an ACTION line
    ("minutes", "ACTION: NRW and the council's flood risk team to walk the Nant y Fedw culvert together before the autumn and agree who will clear which section.", "P3 co"),
    # why: co-writing a paper for the next meeting is meeting process, not joint delivery
    ("minutes", "ACTION: JP (PHW) and LR (Newport CC) to co-write the paper on healthy weight for the next meeting.", ""),
    # why: the Board passing the findings of older residents to the body that can act, and residents asked what would help: consultation with involvement
    ("minutes", "The Older People's Forum presented its report on loneliness after the closure of day centres. The forum had asked 230 older people what would help, and the most common answers were transport to a weekly lunch club and someone to call in. Members agreed to pass the findings to the RPB and to the council's community transport team.", "P2 iv sup"),
    # why: the Board's habit of asking families to come to its meetings is named as what keeps them out: their perspective and community capacity to take part; the offer to host sessions where they are is involvement reflecting the area's diversity
    ("minutes", "Ms Hamid (EYST) said that Black and minority ethnic families in Newport were not absent from engagement because they were not interested, but because the Board kept asking them to come to meetings at times and in places that did not work for them. She offered to host the next round of sessions at the mosque and the community centre.", "sup iv cm"),
    # why: data counted differently by two bodies limits the joint report; agreeing one definition answers it (overcome); the shared dataset is capacity for joint action
    ("minutes", "The performance officer reported that the police and the council had been counting repeat domestic abuse victims differently, which had made the joint quarterly report meaningless. A common definition had now been agreed and both organisations would report against it from April.", "bs es cj P3 co"),
    # why: a body's own step recorded in the plan; no joint work
    ("minutes", "Update on Step 9. The council reported that it had completed energy surveys of all 42 of its school buildings and would prioritise the worst 10 for heat pumps.", ""),
    # why: one partner's spending priorities overriding the shared plan: competing priorities
    ("minutes", "The representative of the fire service said candidly that when his service's budget was under pressure, its own statutory duties would always come ahead of the PSB's objectives.", "bm"),
    ("minutes", "The Chair welcomed Ms Carys Morgan to her first meeting as the new Chief Executive of Tai Calon.", ""),
    # why: a concessionary travel scheme run by one council; 'Partnership' only in the scheme's heading
    ("minutes", "Travel Partnership Scheme. The council reported that 1,240 residents now held concessionary travel cards under the scheme, an increase of 6% on last year.", ""),
    # why: the tenants' association runs the garden and play area and decides how the landlord's and council's maintenance money is spent: citizens deciding; the two bodies also put money in together (collaboration way of working)
    ("minutes", "Cllr Lewis reported that the tenants' association on the Gurnos estate had taken over the running of the community garden and the play area, deciding how the maintenance budget from Merthyr Valleys Homes and the council was spent.", "P5 co iv sp cm"),
    # why: a new partnership set up with its membership, chair and review of its terms: creation; community flood groups as members is involvement
    ("minutes", "It was RESOLVED to establish a Flood Resilience Partnership for the Taff, Rhondda and Cynon catchments, with membership drawn from the three councils, NRW, Dŵr Cymru and the community flood groups, an independent chair, and an annual review of its terms of reference.", "Lcre P4 co iv es"),
    # why: an executive group allocating funds to projects it manages jointly: delivery stage; jointly managed projects are delivered together
    ("minutes", "Delivery Group report. The Thriving Places delivery group confirmed its second-year allocations: £40,000 to the Llanelli town centre project and £25,000 to the Burry Port youth hub, both jointly managed by the council and CAVS, with monthly project reports to the group.", "Ldel P5 co"),
    # why: each member saying what it wants from the Board and what would make it leave is discovering interests and concerns; using the answers to test the objectives is listening to all partners
    ("minutes", "Before the draft objectives were agreed, the Chair went round the table and asked each member to say what their organisation hoped to get from the Board and what would make them stop coming. It was agreed that the answers would be written up and used to test the objectives.", "pe em"),
    ("minutes", "The Workforce sub-group reported that 140 staff from seven partner organisations had completed Making Every Contact Count training, and that a shared pool of trainers from the health board, the council and the CVC would run the course from now on.", "pr P4 co"),
    # why: officers meeting monthly to carry delivery frees the Board's time for strategy: operational structures and strategic time; meeting process, so no level
    ("minutes", "Members agreed that the officer group would in future meet monthly rather than quarterly, taking each partner's progress as a standing item, so that Board meetings could be kept for strategic discussion rather than updates.", "op st"),
    # ------------------------------------------------------------------ speech (60)
    ("speech", "Morning all – sorry, running ten minutes late, the A470 is shut at Llanidloes. Start without me.", ""),
    ("speech", "Hi Siân, attached are the slides from Tuesday. Let me know if you need anything else for the minutes. Diolch, Owain", ""),
    ("speech", "I think it's been a really useful discussion and I'd like to thank everyone for their contributions this morning.", ""),
    # why: a hedge: nothing is committed and no idea beyond 'look at together'
    ("speech", "I think there's probably something we could look at together around recruitment, but I'd want to take it back to my own board first.", ""),
    ("speech", "We've been told four times now that the data can be shared 'once the agreement is signed'. It's been eighteen months.", "bs cj"),
    ("speech", "Every time we get somewhere with the housing team, the person we've been working with moves on and we're back to square one.", "br"),
    ("speech", "It worked because we already knew each other. Half of us had been on the same flood response in 2020, so nobody needed introducing.", "er"),
    # why: the pantry members decide hours, stock and grants; staff support, not decide: citizens deciding, with no second organisation, so no collaboration way of working
    ("speech", "When we started the Ely food pantry, we thought our job was to run it. What we learned was that the people using it knew far better than we did what should be on the shelves and when it should open. Two years on, the members' committee sets the opening hours, chooses the stock and decides who gets the small grants. Our staff are there to support, not to decide.", "P5 iv sup sp"),
    ("speech", "They came to the village hall with a finished plan and a PowerPoint. We asked questions for twenty minutes and then they packed up and went. I wouldn't call that asking us.", "P2 iv sup"),
    ("speech", "Between us, I don't think the health board is going to put money in. They're happy to come to meetings, but every time we mention a contribution it goes very quiet.", "bm"),
    ("speech", "Interview, housing officer: 'What made the difference was having a named person at the police station. Before, I'd ring 101 and wait forty minutes. Now I ring Gareth.'", "es er P3 co"),
    ("speech", "I'll be straight with you: my members won't wear the council losing its say over where the money goes. They're the ones who get it in the neck if it goes wrong.", "dproj bm"),
    ("speech", "Some of our consultants are worried that if the nurses in the community hubs start doing the assessments, there won't be much of a role left for them.", "dprof bm"),
    # why: a letter objecting that residents were not consulted: the service user's voice as topic; no consultation took place, so no level and no involvement
    ("speech", "Dear Chair, I write on behalf of Ystradgynlais Town Council to object to the proposed closure of the minor injuries unit, on which residents have not been consulted. Yours sincerely, Gwyneth Price, Town Clerk", "sup"),
    ("speech", "Co-production isn't a meeting. It's who holds the pen. If residents aren't writing the brief, it isn't co-production, whatever the slide says.", "sup sp iv"),
    # why: arguing over whose targets mattered (competing priorities) overcome by one shared goal: both labels
    ("speech", "The breakthrough came when we stopped arguing about whose targets mattered and agreed one thing we all wanted: no child in this town going hungry in the holidays. Everything else followed from that.", "cp bm em"),
    ("speech", "From the family's side of the table it's all one service. It's only us who can see the joins.", "ws sup"),
    # why: 'walk upstream' is root causes, said without the word prevention
    ("speech", "We spend all our time pulling people out of the river. At some point somebody needs to walk upstream and find out who's pushing them in.", "pv"),
    ("speech", "The oaks we plant this winter won't be much to look at until my granddaughter's children are at school.", "lt"),
    ("speech", "There's no point the council building homes on the edge of town if the last bus goes at six and the GP list is closed.", "ig"),
    ("speech", "Hi all, a reminder that comments on the draft annual report are due back to me by 5pm Friday. Tracked changes are fine. Thanks, Bethan (PSB Support Team)", ""),
    ("speech", "I've lived on this estate forty years. Every few years someone new turns up with a clipboard, asks us the same questions, and we never hear another word.", "P2 iv sup gv"),
    ("speech", "It's been a turf war from the start. The council thinks it should lead because it's the biggest, and the health board thinks it should lead because it's got the money.", "br bm"),
    # why: distance overcome by digital working: both labels
    ("speech", "Honestly, Teams has been a godsend for us up here. I used to lose a whole day driving to Mold for a one-hour meeting; now I join from Bala and still see my clients in the afternoon.", "br er"),
    ("speech", "There's a lot of history between the two organisations. People still remember the rows over the hospital closures, and you can feel it in the room.", "br"),
    # why: staff from two bodies starting to review shared patients on their own initiative: bottom-up, informal networking before any structure (pre-partnership); reviewing shared patients is coordination
    ("speech", "It didn't come from the Board. A couple of district nurses and a housing officer started meeting for coffee on a Friday to go through the patients they had in common, and it grew from there.", "er P3 co Lpre"),
    ("speech", "We're on our third one-year grant in a row. You can't build anything with people on twelve-month contracts.", "bs"),
    ("speech", "Dear colleagues, the Local Nature Partnership would welcome your comments on the attached draft action plan by 20 June. Kind regards, Rhian Mathias, LNP Co-ordinator", "P2"),
    ("speech", "Speaking on behalf of the Vale Carers Partnership, which is a registered charity, I'd like to thank the Board for inviting me this afternoon.", ""),
    ("speech", "I'd rather we tried five things and two of them flopped than sat here for another year writing the perfect plan. Nobody's going to lose their job over a pilot that didn't work.", "sp"),
    ("speech", "We've put two of our community safety advisers into the hub three days a week. It costs us, but it's the best route we've got to older people we'd never otherwise reach.", "P4 co"),
    ("speech", "Resident on the Tonyrefail panel: 'The first year they handed us the budget and said \"you decide\", we were terrified. By the third year we were telling the council what we needed from them.'", "P5 iv sp sup"),
    ("speech", "My dad's ninety-one. He doesn't want a 'pathway'. He wants the same carer coming at the same time every day.", "sup"),
    ("speech", "Good news – IG have finally signed off the DPIA, so from Monday the school nurses can see the early help referrals. Took eleven months but we're there.", "bs es cj P3 co"),
    ("speech", "By the time a paper's been through our executive, their board and the joint committee, the funding deadline's passed.", "bs"),
    # why: asking the front-line staff who will make it work to say what's missing is people working out the details across organisations
    ("speech", "Before we sign this off, can I suggest we ask the people who'll actually have to make it work – the ward sisters and the home care managers – to tell us what's missing?", "ws"),
    ("speech", "The Act asks us to think about people who haven't been born yet. That's a hard sell in a budget meeting where the only question is how we get to March.", "lt"),
    ("speech", "Interview, social worker: 'The police want a decision in an hour; we're trained to take a week and get it right. Neither of us is wrong, but it causes friction every single time.'", "br"),
    ("speech", "Letter from the Deputy Minister: 'I would welcome the Board's views on the draft guidance by 31 March, in particular on the proposed reporting requirements.'", "P2"),
    ("speech", "I'm just going to share my screen – can everyone see that? Great.", ""),
    ("speech", "Apologies from me for Thursday, I'm on leave. Dafydd will come in my place.", ""),
    ("speech", "I'm afraid I can't comment on that; it's a matter for Cabinet.", ""),
    ("speech", "I'd second that, Chair.", ""),
    # why: a water company's stock phrase; 'collaborating' hedged with 'where it makes sense', nothing committed
    ("speech", "As a company we're always open to collaborating where it makes sense for our customers.", ""),
    ("speech", "We've recruited eleven new on-call firefighters in Gwynedd this year, which is the best we've done in a decade.", ""),
    ("speech", "The car park at County Hall is a nightmare on a Tuesday.", ""),
    ("speech", "Diolch, Cadeirydd. I'll keep this brief as I know we're running over.", ""),
    ("speech", "We had 3,100 calls to the helpline in January, up from 2,400 last year.", ""),
    # why: one contract and specification commissioned by two bodies together, written with carers: joint commissioning with involvement
    ("speech", "From April the council and the health board will commission the carers' service as one contract – one specification, one set of outcomes – instead of the three we've got now. Carers helped us write the specification.", "P5 co iv sup"),
    ("speech", "If we wait for the September meeting to sign this off, we'll lose the volunteers we've lined up. Can we agree it by e-mail this week?", "dprod bm"),
    ("speech", "We're happy for the community groups to run the lunch clubs, but somebody has to check the food hygiene. That's not us being precious, it's the law.", "dprom"),
    # why: one shared list and a weekly meeting of three bodies (staff into one process: cooperation); the agreement signed at the top (formal agreement), nobody needing permission (room to act), and the same people every week building trust
    ("speech", "What changed in Merthyr wasn't the money. It was that the police, the council and the housing associations agreed to share one list of the households they were most worried about and to meet every Monday morning to go through it. We had the information-sharing agreement signed at chief officer level first, which meant nobody on the ground had to ask permission. And because the same twelve people sat in that room every week, they started to trust each other.", "P4 co cj es er sm sp"),
    # why: the Welsh sentence is skipped; the English one asks for young people to be heard in their own language, not a translated survey at the end: involvement reflecting the area's diversity
    ("speech", "Mae'n bwysig ein bod ni'n clywed gan bobl ifanc. It matters that we hear from young people in their own language, and don't just translate the survey at the end.", "iv sup"),
    # why: past competition with a committed joint bid takes the committed level (FORMAT.md)
    ("speech", "We spent two years bidding against Bridgend for the same pot of money. This year we're putting in one bid together, with one team writing it.", "P1 P4 co"),
    ("speech", "One thing I'd say about this Board is that we've never been short of strategies. What we're short of is anybody whose job it is to make them happen.", "op bs"),
    ("speech", "Can I just check we're quorate before we take the vote?", ""),
    ("speech", "I'll pick that up with Gareth offline after the meeting.", ""),
    ("speech", "Sorry, Huw, you're on mute.", ""),
    ("speech", "Just flagging that the figures in table 2 are provisional until the ONS release next month.", ""),
    ("speech", "From the NRW blog: this month our wardens have been repairing the boardwalk at Cors Caron after the winter storms, and the first hen harriers are back on the bog.", ""),
]
