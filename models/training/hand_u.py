# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch U: a calibration set written blind to the lexicons, weighted to factors.

120 passages (minutes 75, speech 45), one to five sentences, in the register of Welsh PSB,
regional partnership board, community safety partnership, council and community council minutes
(attendance, partner updates, discussion, resolutions, ACTION lines, risk registers) and of
remarks made in or around them (quoted remarks, interview quotes from evaluations, blog posts,
e-mails, conference talks by officers, councillors, third-sector staff and residents). The batch
leans on the factors framework: about two thirds of the passages carry a barrier or enabler, spread
over motivations, structures and relationships, mostly said without the textbook words (a lunch
once a month, a WhatsApp group, a twenty-page form, a tug of war over a chair, a budget nobody owns).
Hard cases: negated enablers (barrier), barriers overcome (both labels), barriers stated as plain
fact with nothing saying they limit joint work (no factor), 'no problems were raised about joint
working' (neither), keywords only in names, headings or procedure, hedges, and meeting furniture;
a little under a fifth carry no label at all. Labelled on all eight frameworks from the taxonomy
and gold/FORMAT.md only: the tagger was never run on these passages while they were written, the
lexicons were not read, and the gold files were not read. Nothing is taken from the corpus. Hard
calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ minutes (75)
    ("minutes", "Present: Cllr Gwyneth Ellis (Chair) – Denbighshire County Council; Cllr Aled Morris – Conwy County Borough Council; Bethan Hughes – Betsi Cadwaladr UHB; Station Manager Owain Price – North Wales Fire and Rescue Service; Rhys Owen – NRW; Sarah Jones – CVSC. Officers: Mared Williams, Partnership Officer.", ""),
    ("minutes", "1. APOLOGIES FOR ABSENCE. Apologies were received from Supt Helen Lloyd (North Wales Police) and from Cllr Tomos Vaughan. Insp Mark Edwards attended on behalf of the police.", ""),
    # why: a newcomer who already knows the officers around the table is a pre-existing relationship named as helping the Board
    ("minutes", "The Chair welcomed Ms Hopkins, newly appointed Head of Partnerships at Betsi Cadwaladr UHB, and said it would help the Board a great deal that she had previously worked at the council and already knew most of the officers around the table.", "er"),
    # why: each service does its own part (referrals, visits) on a form agreed between them: coordination with aligned processes
    ("minutes", "Partner update – NWFRS. The Station Manager reported that the service had carried out 1,420 Safe and Well visits in the quarter, most of them to people over 65 referred by the council's adult social care team, using the single referral form the two organisations agreed in 2023.", "P3 co es"),
    # why: bureaucracy (months of legal wording) limits the pooled arrangement; the arrangement under a section 33 agreement keeps collaboration level
    ("minutes", "Mrs Roberts (Cwm Taf Morgannwg UHB) said that the discharge-to-assess scheme had been held up for five months while the legal teams of the three organisations negotiated the wording of the section 33 agreement, and that by the time it was signed two of the seconded therapists had gone back to their old posts.", "bs P5 co cj"),
    # why: the enabler is informal (walking the area together, coffee afterwards); police and council staff working side by side is cooperation
    ("minutes", "Insp Davies (South Wales Police) said that the problems at Cwmbwrla bus station had been turned round largely because the neighbourhood sergeant and the council's youth worker had got into the habit of walking the area together on Friday nights and talking things over at the café afterwards.", "er P4 co"),
    ("minutes", "ACTION: Clerk to write to Denbighshire County Council's Streetscene team about the overgrown hedge on Lôn Goch.", ""),
    # why: different capital cycles named as stopping the joint hub being committed: different funding periods
    ("minutes", "RISK 4 (amber). Partners' capital programmes run on different timetables – the council's on a five-year cycle and the health board's year by year – so that neither can commit its share of the joint wellbeing hub in Bargoed in the same financial year as the other.", "bs P4 co"),
    # why: plain fact about budget dates with nothing saying it limits joint work: no barrier, no joint activity
    ("minutes", "The Finance Officer noted that the council's and the health board's financial years both run from April to March, while the Police and Crime Commissioner's grant is normally confirmed in February.", ""),
    # why: 'no difficulties were identified' cancels: neither barrier nor enabler; no arrangement is described
    ("minutes", "In answer to a question from Cllr Hughes, the Programme Manager confirmed that the quarterly review with partners had not identified any difficulties in the working arrangements between the organisations. The report was noted.", ""),
    # why: co-location agreed but not happened: negated enabler = barrier (separate buildings); a co-located team is cooperation
    ("minutes", "Members noted that eighteen months after the Board agreed to bring the early years teams in Ely together under one roof, the health visitors and the council's Flying Start staff were still based in separate buildings two miles apart and met only at case conferences.", "br P4 co"),
    # why: a long form put groups off (bureaucracy) and a shared short form and panel overcame it: both labels; a joint panel awarding grants is deciding together
    ("minutes", "Ms Jenkins (Torfaen Voluntary Alliance) reported that community groups had been put off the small grants scheme by a twenty-page application form. Since the council and the Alliance moved to a single two-page form and a shared assessment panel, applications had doubled.", "bs es P5 co"),
    # why: the word 'Collaboration' is only in the committee's name; the business is the council's own fleet
    ("minutes", "ITEM 6 – PARTNERSHIPS AND COLLABORATION SCRUTINY COMMITTEE: WORK PROGRAMME. The Democratic Services Officer presented the draft work programme for 2025/26. Members agreed to add an item on the council's fleet replacement policy.", ""),
    # why: argument over who chairs and hosts is a power struggle; time spent on that rather than the plan is process over outcomes
    ("minutes", "Several members expressed frustration that the last two meetings of the Regional Leadership Group had been taken up with argument over which organisation would chair the new workforce sub-group and whose offices would host it, rather than with the workforce plan itself.", "br bm"),
    # why: the quoted remarks are blaming language; the Chair's reminder is about ground rules
    ("minutes", "The Chair reminded members of the agreed ground rules after the Director of Education described the health board's handling of the ALN referrals as 'frankly obstructive' and said its officers 'never return a call'.", "br pe"),
    # why: partners not turning up and not naming a lead is lack of buy-in; no activity described
    ("minutes", "The Co-ordinator reported that only four of the eleven invited organisations had sent anyone to the last three meetings of the Climate Action sub-group, and that none of the housing associations had yet nominated a lead officer.", "bm"),
    # why: drawing out quieter partners and keeping it from becoming a contest is facilitative leadership; bringing the group back to the difference for residents is focusing on outcomes
    ("minutes", "Members paid tribute to the outgoing Chair, noting that she had a way of drawing out the quieter partners, never let a discussion turn into a contest between the council and the health board, and always brought the group back to what difference it would make for residents.", "er em"),
    # why: turning from why the bid failed to what each could bring is a solutions-focused tone; each putting a named officer into one bid is cooperation
    ("minutes", "Rather than go over why the joint bid had failed, the Chair asked members what each could bring to a second attempt, and the housing association, the county voluntary council and the council each offered a named officer to work on it over the summer.", "er P4 co"),
    ("minutes", "It was agreed that the first hour of the away day in Llandrindod Wells would be given over to members finding out about one another's organisations, with each partner explaining the pressures it faced in the coming year and what it needed from the others.", "er pe"),
    # why: confusion over who picks up a scheme (diffuse accountability) ended by naming a lead for every action (clear responsibilities): both; each lead body delivering its own action is coordination
    ("minutes", "The revised delivery plan now names a single lead organisation and a named officer against every action, which members agreed had put an end to the confusion over who was expected to pick up the school-holiday food scheme.", "bs es P3 co"),
    # why: each body believing another was leading, nobody budgeting: diffuse accountability; the audit review is accountability
    ("minutes", "The Audit Committee's review found that no single body held responsibility for the community engagement strand of the Llanrwst flood scheme: the council, NRW and Welsh Water had each believed that one of the others was leading on it, and none had budgeted for it.", "bs P3 co gv"),
    # why: different terms of employment stop the joint team being formed: incompatible HR policies; a joint team is collaboration even when stalled
    ("minutes", "The Head of Workforce said that the proposed joint reablement team could not yet be formed, because council and health board staff were employed on different terms, with different rates for unsocial hours and different mileage rules, and the unions had asked that no one move until these were settled.", "bs P5 co"),
    # why: each food bank not wanting to be seen as absorbed is protecting one's own organisation; no joint activity
    ("minutes", "Cllr Morgan asked why the town's three food banks still ran separate collections and separate volunteer rotas. Mr Rees replied that each had its own trustees and funders, and that none of them wished to be seen as having been swallowed up by the others.", "bm"),
    # why: refusing to hand over allocation until it can still decide for its own residents is fear of losing control (projection); the brokerage team is a joint team
    ("minutes", "The Director of Social Services said the council was not prepared to hand the allocation of domiciliary care packages to the proposed regional brokerage team until it was assured that it could still decide what happened for its own residents.", "bm dproj sp P5 co"),
    ("minutes", "The Regional Partnership Board agreed that the Regional Integration Fund allocation for carers would no longer be divided into separate sums for each county but held as one fund, so that money could follow demand across Ceredigion, Carmarthenshire and Pembrokeshire.", "es P5 co"),
    # why: the same standard and a single form across landlords is aligned processes; a common register run by all landlords is cooperation
    ("minutes", "Following the review, all four housing associations and the council had adopted the same lettable standard and a single application form for the common housing register, so that an applicant now fills in one form rather than five.", "es ws P4 co"),
    ("minutes", "Members welcomed the twelve-month secondment of a Dyfed-Powys Police sergeant into the council's community safety team, which had already speeded up closure orders on two problem properties.", "es P4 co"),
    ("minutes", "The Chair reminded members that the meeting was being recorded to assist with the preparation of the minutes and that the recording would be deleted once the minutes had been approved.", ""),
    # why: 'Collaboration Officer' is a job title; the report is on the council's own emissions
    ("minutes", "Item 7: Report of the Collaboration Officer. The Collaboration Officer presented the annual return on the council's own carbon emissions, which had fallen by six per cent on the previous year, mainly because of the new LED street lighting.", ""),
    # why: residents' accounts as the starting point and community researchers gathering them: citizens' voice, still only giving views
    ("minutes", "Members agreed that the next well-being assessment should start from residents' own accounts of life in their communities, and asked officers to recruit and train community researchers from Rhyl and Prestatyn to gather them.", "sup iv cm P2"),
    # why: the signed protocol lets them talk at the morning meeting (data-sharing protocol); waiting for consent is only implied, so no barrier label
    ("minutes", "Since every partner in the hub signed up to the information sharing protocol, police officers and school nurses have been able to discuss a child's circumstances at the morning meeting without first waiting for written consent.", "es cj P4 co"),
    # why: separate records neither can see is incompatible systems and a data barrier; nothing joint is running, but joining up services is the topic
    ("minutes", "The Digital Lead reported that the shared care record was still not in use in the health board's community teams, so social workers and district nurses visiting the same person continue to keep separate notes that neither can see.", "bs ws"),
    # why: a lasting dispute and suspicion of any county proposal: history of poor relations
    ("minutes", "Mr Evans noted that relations between the town council and the county council had been difficult since the dispute over the market hall lease in 2019, and that some members still saw any county proposal as an attempt to offload costs on to the town.", "br"),
    # why: repeated interim chief executives and re-explaining commitments: instability in leadership
    ("minutes", "The Board noted that the health board was on its fourth interim chief executive in three years. Members said each change had meant explaining the Board's priorities all over again and waiting while the new post-holder decided whether to honour the previous commitments.", "br"),
    # why: a plain fact about dates, nothing saying it gets in the way: no barrier
    ("minutes", "The Clerk reported that this community council and the neighbouring community council of Llanfihangel set their precepts in December and January respectively.", ""),
    # why: applicants scored against each other for a fixed pot, described neutrally: competition only, no barrier
    ("minutes", "The Economic Development Manager reported that six applications had been received for the town-centre grant, which would be scored by a panel, with the highest-scoring schemes funded until the budget was spent.", "P1"),
    ("minutes", "MATTERS ARISING. There were no matters arising that were not covered elsewhere on the agenda.", ""),
    # why: the shortage of therapists is a workforce risk, not a barrier to joint working; the joint job description and single campaign are aligned processes
    ("minutes", "RISK 7 – Workforce. The risk that the integrated community team would be unable to recruit occupational therapists has been reduced from red to amber, since the council and the health board agreed a joint job description and ran a single recruitment campaign in March.", "es P4 co"),
    # why: tenants starting it and the others joining at their invitation is bottom-up collaboration and local ownership; several bodies each contributing to one project is cooperation
    ("minutes", "Ms Parry (Mantell Gwynedd) reported that the tenants' group in Maesgeirchen had started the community fridge themselves, and that the housing association, the primary school and the local shop had joined in afterwards at the group's invitation.", "er sp iv P4 co"),
    ("minutes", "Members agreed that the weekly fifteen-minute call between the heads of service, started during the winter flooding, had proved its worth and should continue, since problems were now being raised while they were still small.", "er P3 co"),
    # why: partners not sharing a view of what the objective is for: lack of shared purpose (barrier) on the common purpose topic
    ("minutes", "Summing up, the Chair said the workshop had shown that partners did not yet share a view of what the Board's poverty objective was for: some saw it as getting people the income they were entitled to, some as the state of housing, and others as children's early development.", "bm cp"),
    ("minutes", "Members welcomed the joint needs analysis produced by the council's research team, Public Health Wales and the police analysts, which for the first time gave every partner the same picture of where repeat calls for help were coming from.", "em cj P4 co"),
    # why: partners hearing young people and changing direction is listening to all stakeholders; the young people give views only
    ("minutes", "Members thanked the Youth Council for their presentation. The Chair said partners had heard clearly that young people wanted later buses rather than another youth centre, and asked the transport group to report back on what could be done.", "em sup iv P2"),
    # why: funders withdrawing under pressure for first-year results is impatience for quick results; the five-year horizon is long term
    ("minutes", "Cllr Williams asked when the Board would see results from the place-based pilot in Tredegar. The Programme Lead cautioned that pressure to show results in the first year had already led two funders to withdraw, and that the changes sought would take at least five years.", "bm lt"),
    # why: refusing to share until guidance changes despite the other side's offer is risk aversion and a data-sharing barrier; targeted visits from a shared list would be coordination
    ("minutes", "The Head of Legal Services advised that the council would not share its tenancy list with the fire service for targeted home-safety visits until national guidance had been updated, even though the fire service had offered to sign any agreement the council required.", "bm bs P3 co"),
    # why: money that can only be spent on each body's own land: split budgets, named as stopping a shared aim
    ("minutes", "Mr Thomas (NRW) said that the woodland money his organisation held could only be spent on land it managed, while the council's green infrastructure budget was ring-fenced to parks, so that neither could pay for the planting on the school fields that both wanted to see.", "bs"),
    # why: analysts in three towns rarely speaking (distance) overcome by a shared online channel (digital working): both
    ("minutes", "The Community Safety Manager said that the partnership's analysts, based in Bridgend, Port Talbot and Swansea, had rarely spoken to one another before; since they set up a shared Teams channel they swap data daily and now produce a single monthly briefing.", "br er cj P4 co"),
    # why: inspection standards and insurance stopping use of the hall for clinics: differing regulatory structures that limit joint use
    ("minutes", "Dr Lewis explained that the GP cluster could not run vaccination clinics in the council's community hall after all, because the hall did not meet the standards for clinical use and the council's insurance did not cover medical activity.", "bs"),
    # why: 'Regional Safeguarding Board' is a name and 'no issues' cancels: neither
    ("minutes", "RESOLVED to note the annual report of the Regional Safeguarding Board. Members noted that the report raised no issues about working relationships between the agencies.", ""),
    # why: chats at the school gate and in a car park are informal conversations and networks; 'quick wins' too vague for a level
    ("minutes", "The Police Inspector said that most of the partnership's quick wins over the summer had come from chats at the school gate and in the Co-op car park rather than from the tasking meeting.", "er"),
    # why: starting from a shoppers' survey rather than each group's list is a common goal based on local needs and a shared evidence base
    ("minutes", "Members agreed that the town's three regeneration groups had only found common ground once they started from the survey of what shoppers actually wanted, rather than from each group's own list of projects.", "em cp sup"),
    ("minutes", "The Chair asked that mobile phones be switched to silent and reminded members that simultaneous translation from Welsh to English was available through the headsets.", ""),
    # why: each statutory member approving the plan at its own meeting is procedure
    ("minutes", "Members noted that the draft Well-being Plan would go to each statutory partner's own board or cabinet for approval before publication in May.", ""),
    # why: holding a joint session to avoid duplication through the officer group that serves both boards: joining up (whole system) using an existing structure
    ("minutes", "Members agreed to ask the Regional Partnership Board and the PSB to hold a joint session in the autumn, arranged through the officer group that already serves both boards, so that their work on loneliness was not duplicated.", "ws es P3 co"),
    # why: a standing group and agreed contacts from an earlier storm: existing cross-sector structures
    ("minutes", "The Director noted that the regional flood group set up after Storm Dennis had made this February's response much quicker, since the council, NRW, Dŵr Cymru and the fire service already had a standing group and an agreed list of contacts.", "es P3 co"),
    # why: other pressures pushing the Board's work down one partner's list: competing priorities
    ("minutes", "The health board representative said frankly that, with the planned care backlog and the winter plan, the Board's work on green spaces had slipped down her organisation's list and she could not commit staff time to it this year.", "bm"),
    # why: 'consider whether this was worth pursuing' is a hedge: no arrangement
    ("minutes", "Members discussed whether a joint approach to buying school transport might be possible, and agreed that officers would consider whether it was something worth pursuing.", ""),
    # why: clusters preferring their existing routes is reluctance to change; a shared triage model across clusters is cooperation
    ("minutes", "The Programme Manager reported that take-up of the shared triage model had been patchy: two of the four GP clusters had adopted it, while the others preferred to keep their existing referral routes, which they said worked well enough.", "bm P4 co"),
    # why: the three-year re-tender rule puts a jointly built service at risk regardless of performance: procedures and competitive tendering limiting the joint work
    ("minutes", "Ms Hughes said that the council's procurement rules required every contract to go back out to tender after three years, so the befriending service that the council and the county voluntary council had built up together would be put out to open competition in 2026 however well it was doing.", "bs P4 co"),
    # why: allocation and spend of the partnership's funds by an executive group: delivery; partners' money allocated to projects is cooperation
    ("minutes", "The Executive Group reported that £180,000 of the partnership's Safer Streets allocation had been spent on lighting and CCTV in the Hafod area, and that the remaining projects, including the youth diversion scheme, would be allocated by the end of the quarter.", "Ldel P4 co"),
    # why: standing a group down and passing on what remains: termination; no live joint activity described
    ("minutes", "The Board agreed that the Ageing Well sub-group, which had not met since March, should be formally stood down and its two outstanding actions passed to the Regional Partnership Board's older people's group.", "Lterm"),
    # why: visiting each other's teams before any formal arrangement: informal foundations (pre-partnership), getting to know each other
    ("minutes", "Before any formal arrangement is proposed, officers from the two national park authorities and the three councils will spend the summer visiting each other's visitor centres and ranger teams to see how the others work.", "Lpre er"),
    ("minutes", "The Board agreed the membership of the new Eryri Housing Partnership – the two councils, the national park authority, four housing associations and a representative of the community councils – with decisions by simple majority and a chair elected each year.", "Lcre P4 co"),
    # why: walking the bank together and agreeing who clears each stretch: clear responsibilities; each then clears its own stretch (coordination)
    ("minutes", "ACTION: NRW and the council's countryside team to walk the Afon Clwyd riverbank together before the next meeting and agree which organisation will clear each stretch.", "es P3 co"),
    # why: asked whether IT caused problems, the answer is none: cancellation, no factor; the joint contact centre is a joint team
    ("minutes", "Asked whether differences in IT had caused any problems in setting up the joint contact centre with the police, the Project Manager said there had been none worth reporting and that the centre would open on schedule in June.", "P5 co"),
    # why: the same few volunteers stretched across every group and stepping back exhausted: staff stress and burnout
    ("minutes", "The county voluntary council's representative said that the same handful of volunteer co-ordinators were being asked to sit on every partnership group in the county, and that two of them had stepped back this year through exhaustion.", "br"),
    # why: being known at the mart for years is a strong pre-existing relationship and credibility (trust); landowners letting the trust do its part is coordination
    ("minutes", "Mr Lloyd said the reason the farmers had let the rivers trust on to their land to fence the banks was that the trust's officer had been coming to the mart for years and was known to them; an approach from an agency they did not know would have got nowhere.", "er sm P3 co"),
    # why: two contributions into one fund managed by a third party: pooled funding; separate grants are replaced, not named as a barrier
    ("minutes", "RESOLVED that the council and the health board each contribute £75,000 to a single fund for the Bridgend carers' hub, to be managed by the carers' trust, in place of the separate grants each has made to it until now.", "es P5 co"),
    # why: 'Partnership' in a body's name and a 'partnership agreement' that is only a lease: keywords in names and procedure
    ("minutes", "The Office Manager reported that the agreement for the lease of the Cynon Valley Partnership office in Mountain Ash had been renewed for five years on the same terms.", ""),
    # why: asking partners to bring examples of their own rules getting in the way is challenging partners' collaborative behaviour; no barrier is actually named
    ("minutes", "The Chair asked that each partner bring to the next meeting one example from the year of where its own rules had got in the way of working with the others, and one of where they had been bent to make it happen.", "ws"),
    # why: three groups organising one event, each with its own volunteers and the county lending kit: contributions to a shared goal (cooperation); no factor named
    ("minutes", "Cllr Davies reported that the community council, the Young Farmers and the chapel had organised the spring litter pick together, each bringing its own volunteers, and that the county council had lent the pickers and bags.", "P4 co"),
    # why: different priorities (barrier) reconciled by a route that serves both (a common goal): both; funding the next phase together is cooperation
    ("minutes", "Although the council's priority had been town-centre footfall and the health board's had been physical activity, members agreed that the Rhondda active travel route served both, and the two organisations would fund the next phase together.", "bm em cp P4 co"),
    # why: a funder's demand for savings within twelve months pushes partners to short-term countable projects: governance demanding quick value for money
    ("minutes", "Members felt that the Welsh Government's requirement for the housing support pilot to show savings within twelve months was pushing partners towards short-term projects that could be counted, rather than the joint prevention work the pilot had been set up to do.", "bs pv lt"),
    # why: every rota change going up to director level in each body: hierarchies and slow decision-making; a shared rota is cooperation
    ("minutes", "Several officers said that any change to the shared rota still had to go up to director level in each organisation before it could be agreed, so that a simple swap of shifts could take a month.", "bs P4 co"),
    ("minutes", "DATE OF NEXT MEETING. Thursday 9 October 2025 at 10.00 am in Tŷ Penallta, Ystrad Mynach, and on Microsoft Teams.", ""),
    # ------------------------------------------------------------------ speech (45)
    # why: months of cups of tea before any project is getting to know each other; it paid off when the flooding came
    ("speech", "We spent the first six months just having cups of tea with people. It felt like we weren't doing anything, but when the flooding came in February everyone already knew who to ring.", "er"),
    # why: one-year and three-year grants that never line up: different funding periods limiting a joint project
    ("speech", "'Honestly, the money is the problem. We get a grant for a year, the health board gets theirs for three, and by the time we've all lined the project up the first pot has run out,' said one project manager.", "bs"),
    # why: not knowing what the board is for is a lack of clear purpose (barrier) on the common purpose topic
    ("speech", "'I've sat on this board for six years and I still couldn't tell you what it's for,' Cllr Jenkins told the scrutiny committee.", "bm cp"),
    # why: residents not asked is the citizens' voice missing; no joint activity
    ("speech", "'Nobody asked us. They put the bus shelter where the planners wanted it and now the whole pavement floods every time it rains,' one resident said.", "sup iv"),
    # why: worry about credit (protecting one's own organisation) overcome by a director who did not mind whose logo went on it (facilitative leadership, not needing control): both
    ("speech", "'The turning point was when our director said, look, I don't mind whose logo goes on it. After that people stopped worrying about who'd get the credit and just got on with it.'", "bm er sp"),
    ("speech", "Just to let you know I'll be on leave from 12 to 23 August. Please contact Bethan on 01267 224555 for anything urgent.", ""),
    # why: arguing over whose budget pays (split budgets) overcome by one team, one budget, one manager: both; a joint team with one budget is collaboration
    ("speech", "What made the difference in Wrexham was having one team, one budget and one manager for the hospital-to-home service. Before that, a nurse and a social worker could spend a whole morning arguing about whose budget a care package came out of.", "bs es P5 co"),
    # why: turning up and nodding while nothing changes at home is lack of buy-in
    ("speech", "'Some partners just want to be seen at the table. They turn up, they nod, and nothing changes back in their own organisation,' a PSB member said.", "bm"),
    # why: walking past the other team's desks is co-location working as an enabler; teams of two bodies in one building is cooperation
    ("speech", "Being in the same building has changed everything. I walk past the housing team's desks on the way to the kettle, and half my problems are sorted before I've even sent an email.", "er P4 co"),
    # why: residents choosing the equipment and children designing the mural: citizens deciding and owning it
    ("speech", "'We got to choose which play equipment went in, and the kids designed the mural themselves. It feels like ours now,' said a parent from Penrhys.", "sup iv sp P5"),
    # why: not knowing what the fire service offers (barrier) found out by chance at a social event (informal network): both
    ("speech", "'I didn't know the fire service did home visits for older people until a colleague mentioned it at someone's retirement do. We'd been sending people to a private firm for years,' a social worker said.", "br er"),
    # why: 'their failure, full stop' is blaming another partner
    ("speech", "'If the health board did its job we wouldn't have people stuck in hospital beds for weeks. It's their failure, full stop,' Cllr Roberts said.", "br"),
    # why: systems that do not talk (incompatible systems) worked round by a daily phone call between admin teams (open and frequent communication): both; each team acting on the shared list is coordination
    ("speech", "'We had to be honest that our systems don't talk to each other. So we stopped waiting for the national fix, and the two admin teams now just ring each other every morning with the list.'", "bs er P3 co"),
    ("speech", "Thank you, Chair, and thank you to the organisers for inviting me and for a very good lunch.", ""),
    # why: nobody able to say yes without going back to the chief executive: hierarchy and decision-making that is not streamlined (negated enabler)
    ("speech", "'There's nobody in the room who can actually say yes. Everyone has to go back and check with their chief exec, so every decision takes three meetings,' one officer told the evaluators.", "bs"),
    # why: moving from counting leaflets to asking whether families are better off is focusing on outcomes rather than processes
    ("speech", "We've decided to stop counting how many leaflets we hand out and start asking whether families are actually better off six months later. It's harder, but it's the only number that matters.", "em"),
    # why: thanks and arrangements for notes and the next date: meeting furniture ('constructive' is courtesy)
    ("speech", "Thanks all for a really constructive session yesterday. As agreed, I'll circulate the notes by Friday and send round a poll for the next date.", ""),
    # why: trustees nervous about the charity's name on a failure: risk aversion and protecting one's own organisation; helping but not signing up is no level
    ("speech", "'Our trustees get nervous about anything that might put the charity's name on something that goes wrong. So we'll help where we can, but we won't sign up as a formal partner,' said the chief officer of a small charity.", "bm"),
    # why: acting on rent arrears before eviction is prevention; three bodies only getting involved at the crisis is services not joined up early
    ("speech", "If we keep waiting until someone is evicted before the council, the housing association and the advice service all get involved, we'll go on paying for the crisis instead of dealing with the rent arrears that caused it.", "pv ws"),
    # why: a key link lost when one person left, with nothing written down: a relationship resting on one person (instability), hard to rebuild
    ("speech", "'When the school nurse left, the link with the surgery went with her. Nobody had written down who to call, and it took us a year to build it back up,' a head teacher said.", "br"),
    # why: a tug of war between two councils is a power struggle, ended by a neutral chief who hosted and chaired (facilitative leadership): both; a regional team is collaboration
    ("speech", "For the first year the meetings were a tug of war between the two councils over where the regional team would be based. In the end the fire service's chief offered her building halfway between, chaired the next three meetings herself, and people stopped keeping score.", "br er P5 co"),
    # why: being told what to deliver and for how much is unequal power in the relationship, named as 'not partnership'; purchasing is no joint level
    ("speech", "'The council treats us as a supplier. They tell us what they want and how much they'll pay for it. That's not partnership, whatever the strategy says,' said a third-sector manager.", "br sp"),
    # why: police not sharing in front of youth workers (lack of trust) overcome by months of sitting together (getting to know each other): both; a weekly joint meeting where each acts on cases is coordination
    ("speech", "'At first the police officers wouldn't say anything in front of the youth workers. It took about six months of sitting next to each other every Tuesday before people relaxed and started talking about cases openly.'", "br er sm P3 co"),
    # why: using a neighbour's forms is aligning processes; no shared resources beyond forms (coordination)
    ("speech", "Can we not reinvent the wheel here? Gwynedd already have a volunteer passport that works, and they've said we're welcome to use their forms and their induction session.", "es P3 co"),
    # why: chasing the same small pots, a bid from us being one not from the next valley: competition for funding named as limiting
    ("speech", "'Let's be honest, we're all chasing the same small pots of money, and a bid from us is a bid that isn't coming from the next valley,' said Cllr Hopkins.", "bs P1"),
    # why: plain fact about where each body's money comes from, nothing saying it limits joint work
    ("speech", "'The health board's budget is set by Welsh Government each year, and ours comes from council tax and the revenue support grant,' the finance officer explained.", ""),
    # why: 'working with the other agencies has been fine' cancels; the driver shortage is not a barrier to joint working
    ("speech", "'Working with the other agencies? No, that's been fine, honestly, no complaints there. Our problem is getting enough drivers,' said the community transport manager.", ""),
    # why: a separate form per organisation for the same family, one form asked for and not delivered: negated aligned processes = barrier
    ("speech", "'Every organisation has its own risk assessment for the same family. We've asked for one form three times now and it still hasn't happened.'", "bs"),
    # why: not pretending to have the answers and going round the table for what each can do is facilitative leadership and a solutions-focused tone
    ("speech", "'What I liked about the new chair is that she didn't pretend to have the answers. She'd say, right, what can each of us do before next month, and go round the table.'", "er"),
    # why: four competing programmes replaced by one planned together; organisers already knowing each other is a pre-existing relationship
    ("speech", "Our Welsh-language forum brought the Menter Iaith, the Urdd, the college and the council together to plan one programme of summer events instead of four competing ones. It helped that most of us already knew each other from the Eisteddfod committee.", "er P4 co"),
    # why: senior managers finding reasons to delay is lack of buy-in at the top; frontline enthusiasm alone is not named as making it work
    ("speech", "'The frontline staff were up for it from day one. It was the senior managers in two of the organisations who kept finding reasons to delay,' one team leader told the evaluation.", "bm"),
    # why: telling one's story six times is services not joined up around the person: user perspective and whole system, no factor named between bodies
    ("speech", "'I had to tell my story to six different people before anyone actually helped me. By the end I just stopped answering the phone,' said one carer.", "sup ws"),
    # why: a small pot nobody owned letting the group say yes in the meeting: flexible pooled funding and streamlined decisions; the budget cycle is a counterfactual, not a barrier met
    ("speech", "'Having a small pot of money that nobody owned was the best thing we did. We could say yes to a good idea in the meeting instead of waiting for someone's budget cycle.'", "es P5 co"),
    # why: nurses fearing they will be seen as surplus if they pass on skills: fear of losing value (profession), named as slowing things
    ("speech", "'There's a worry among some of our specialist nurses that if they train the care workers to do this, they'll be seen as surplus. That's slowed things down,' the service manager admitted.", "bm dprof"),
    # why: not handing clients over until quality is assured: fear of losing quality (promotion)
    ("speech", "'We're not handing our clients over to a generic service until we know the quality will be the same. They've waited two years to trust us,' said the manager of a specialist advice charity.", "bm dprom"),
    # why: the pre-election period stopping the joint work and momentum never recovered: rules limiting collaboration, momentum discipline
    ("speech", "'We'd built up real momentum over the summer, and then the pre-election period stopped everything for two months and we never quite got it back.'", "bs dprod"),
    # why: future generations and a long horizon; who plants with whom is not said clearly enough for a level
    ("speech", "The trees we plant with the schools this winter won't give proper shade until today's pupils have children of their own. That's rather the point.", "lt"),
    # why: nobody owning the problem, everyone thinking it is someone else's job: diffuse accountability
    ("speech", "'Nobody owns loneliness in a town like ours, which is exactly why nobody's fixed it. Everyone thinks it's somebody else's job,' the county voluntary council's chief officer told the conference.", "bs"),
    # why: an agreement signed but requests still stuck in the other side's governance team: negated data-sharing enabler = barrier (data sharing, bureaucracy)
    ("speech", "'We signed a data-sharing agreement in 2022 and I still can't get the numbers out of them. Every request goes to their governance team and sits there for weeks.'", "bs cj"),
    # why: the chat group is an informal network using digital working; each member sorting their part quickly is coordination
    ("speech", "'Honestly, it was the WhatsApp group that did it. The ward councillors, the PCSO, the school and the housing officer all on one chat, and things got sorted in hours rather than weeks.'", "er P3 co"),
    ("speech", "Apologies, I can't make Thursday's meeting because of a clash with the Cabinet briefing. Rhian will come in my place and report back.", ""),
    # why: residents setting the agenda and officers answering to them is sharing power and accountability to the community; no joint activity between bodies
    ("speech", "'I went to the first meeting expecting another talking shop. What changed my mind was that the residents set the agenda and the officers had to answer to them,' said a member of the Caia Park residents' forum.", "sup iv sp gv"),
    # why: building on the request rather than blocking it is a solutions-focused tone; two bodies each doing their part on the same morning is coordination
    ("speech", "'We said yes, and then some: the library can host it, and the credit union can run a desk on the same morning,' the librarian told the forum.", "er P3 co"),
    # why: ninety minutes each way keeping rural groups away is geographical distance; whether communities can take part is community capacity
    ("speech", "'It's an hour and a half each way from Bala to the meeting in Mold. For a part-time volunteer that's a day gone, so in practice the rural groups just don't come.'", "br cm"),
    # why: a person working out the details so organisations can join up is whole system; the structures and processes to deliver joint work are operational capacity
    ("speech", "'My job is to be the person who works out the boring details – whose insurance, whose van, whose form – so that the organisations can get on with working together,' the partnership co-ordinator said.", "ws op"),
]
