# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written training passages, batch M: short units written as minimal contrast sets.

One- or two-sentence units as documents hold them (plan steps and bullets, ACTION lines,
resolutions, short findings, pull-quotes, table cells such as "Lead: Council and Health Board
jointly"), grouped in sets of 3-5 on one topic that differ in the one thing that changes the
label: the power ladder (plain fact, informing, asking, each doing its part, contributing
resources, pooling and deciding together), polarity (enabler, barrier, barrier overcome, keyword
with no label), commitment against hedge, theme present against absent (residents deciding
against residents told; whole-system against one service fixing its own process; what people
say matters against a service's own figures) and each way of working against its look-alike
(acting early against reacting; decades against this year's target; several goals against one).
Written from the taxonomy definitions and FORMAT.md; nothing is taken from the gold files or the
corpus.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # === set: street cleansing, the power ladder in plan steps ===
    ("plan", "Step 2.1: Street cleansing rounds will change from May, and the new days will be posted on the council website.", ""),
    ("plan", "Step 2.2: Before the new street cleansing rounds start, the council will write to every household to tell residents which day their street will be swept.", "P2"),
    ("plan", "Step 2.3: The council will ask residents which streets need sweeping most often and will set the new rounds from their answers.", "P2 iv"),
    ("plan", "Step 2.4: The council and the two housing associations will keep their own cleansing crews but work to one timetable, so that estate paths and the public streets beside them are swept in the same week.", "P3 co"),
    ("plan", "Step 2.5: The council and the two housing associations will each put two operatives and a vehicle into a single cleansing crew for the estates.", "P4 co"),
    ("plan", "Step 2.6: The council and the two housing associations will put their cleansing budgets into one fund and choose and manage one contractor for the estates between them.", "P5 co es"),
    # === set: summer activities, the ladder in ACTION lines without keywords ===
    ("minutes", "The youth service reported that its summer programme would run for six weeks from 22 July.", ""),
    ("minutes", "ACTION: Youth service to send the draft summer programme to the leisure trust and the police for comments by 30 May. Owner: HM.", "P2"),
    ("minutes", "ACTION: Youth service, leisure trust and police to swap their summer timetables and list each other's sessions in their own publicity. Owner: HM.", "P3 co"),
    ("minutes", "ACTION: Leisure trust to supply the sports halls, police the cadet leaders and youth service the coaches for one summer programme across the county. Owner: HM.", "P4 co"),
    ("minutes", "ACTION: Youth service, leisure trust and police to plan the summer programme at one workshop, pay for it from one budget line and staff it from one rota. Owner: HM.", "P5 co es"),
    # === set: trust, polarity ===
    ("report", "Interviewees in every organisation said that partners trust one another and will pick up the phone before a problem grows.", "er sm"),
    ("report", "Interviewees in every organisation said that partners do not trust one another and will not act on a problem until it is put in writing.", "br sm"),
    ("report", "Trust between partners, badly lacking after the 2019 budget dispute, has been rebuilt through monthly meetings of the chief officers and a rule that bad news is shared first.", "br er sm"),
    ("report", "Trust is a word used a great deal in partnership strategies; it appears eleven times in this one.", ""),
    # === set: one community safety team, commitment against hedge ===
    ("plan", "The council and the fire service will run one community safety team, with a single manager, from the old police station from March 2026.", "P5 co op"),
    ("plan", "The council and the fire service have agreed to run one community safety team, with a single manager, from the old police station.", "P5 co op"),
    ("plan", "The council and the fire service may consider whether a single community safety team could one day be based at the old police station.", ""),
    ("plan", "The council and the fire service could explore the idea of one community safety team if funding allows.", ""),
    # === set: the park, residents told / asked / deciding ===
    ("plan", "Residents of the ward will be shown the final design for the new park at a drop-in event before work begins.", "P2"),
    ("plan", "Residents will be asked which of three designs for the new park they prefer, and the council will then choose one.", "P2 iv"),
    ("plan", "Residents will choose the design for the new park by ballot, and the council has agreed in advance to build whichever design wins.", "P5 iv sp"),
    ("plan", "A group of residents will hold the £80,000 park budget and decide what is built, with council officers there to advise.", "P5 iv sp"),
    # === set: falls, whole system against one service fixing its own process ===
    ("report", "The hospital cut its own discharge paperwork from six forms to two, and patients now leave the orthopaedic wards a day earlier.", ""),
    ("report", "The review followed each fall back through the ambulance service, the ward, social care and the adaptations team, and found that a delay in any one of them added weeks in the others.", "ws"),
    ("plan", "The ambulance service will add two vehicles to its rota to answer falls calls more quickly.", ""),
    ("plan", "Falls will be treated as one journey from the home to the hospital and back, and the ambulance service, the adaptations team and the community therapists will each change their own rules so that nobody waits on another.", "ws P3 co"),
    # === set: health visiting, what matters to people against a service's own figures ===
    ("report", "Parents told the review that what mattered most to them was seeing the same health visitor each time and not having to tell their story twice.", "sup"),
    ("report", "The health visiting service met 94% of its contact targets in the year, against a national standard of 90%.", ""),
    ("plan", "The new health visiting rota is built around what parents said they wanted: the same face at every visit and evening appointments for working families.", "P2 sup iv"),
    ("minutes", "The service manager reported that the average wait for a first health visitor contact had fallen from 19 days to 12.", ""),
    # === set: rent arrears, prevention against reacting ===
    ("plan", "The housing team will contact a tenant as soon as a first rent payment is missed, long before any notice is served, to help them keep their home.", "pv"),
    ("plan", "The housing team will provide emergency bed and breakfast rooms for households who have already lost their home.", ""),
    ("plan", "The housing team, the advice service and GP surgeries will each pass on the names of households showing the first signs of rent trouble, so that help arrives before arrears build up.", "pv P3 co"),
    ("minutes", "Members noted that the number of households in emergency accommodation had risen to 212.", ""),
    # === set: trees, long term against this year's target ===
    ("plan", "The woodland on the valley sides is being planted to hold back flood water for the generation after ours, and we will judge it over thirty years, not three.", "lt"),
    ("plan", "Our target this year is to plant 4,000 trees on council land by the end of March.", ""),
    ("minutes", "Members agreed that the Board's carbon work should be planned to 2050, using the national projections for the county's rivers and coast.", "lt"),
    ("minutes", "Members noted that 3,850 trees had been planted against the year's target of 4,000.", ""),
    # === set: school meals and housing, integration against a single objective ===
    ("plan", "The school meals step serves three of our objectives at once, children's health, local food producers and less food waste, and it has been checked against the health board's own nutrition plan.", "ig"),
    ("plan", "The school meals step belongs to our objective on children's health and will be measured by the take-up of free school meals.", ""),
    ("minutes", "Officers were asked to show how the draft housing objective would affect each of the seven well-being goals before it is agreed.", "ig"),
    ("minutes", "Officers were asked to set out how many homes the draft housing objective would deliver each year.", ""),
    # === set: common aim, polarity ===
    ("minutes", "RESOLVED that the Board adopts a single aim for its poverty work: that no child in the county goes hungry.", "cp em"),
    ("minutes", "Members acknowledged that after two years they still had no common aim for the poverty work, each partner chasing its own measures.", "cp bm"),
    ("minutes", "The Board's poverty work began with no common aim, but a facilitated session in June, in which each partner set out what it needed, produced one that all have signed.", "cp bm em pe"),
    ("minutes", "Members noted that 'Common Purpose' is the title of this year's regional conference for public sector managers.", ""),
    # === set: oxygen users' addresses, data sharing polarity ===
    ("minutes", "The fire service still cannot receive the addresses of home oxygen users from the health board, because no data-sharing agreement is in place.", "bs cj"),
    ("minutes", "Under a data-sharing agreement signed in May, the health board now sends the fire service the addresses of home oxygen users each month for safety visits.", "es cj P3 co"),
    ("minutes", "After a year held up by data protection worries, the health board now sends the fire service the addresses of home oxygen users each month under a signed agreement.", "bs es cj P3 co"),
    ("minutes", "The health board's data protection officer presented the annual information governance report.", ""),
    # === set: youth project funding, structures polarity ===
    ("report", "Each of the three grants for the youth project ran to a different end date, so staff could never be sure which half of their job would survive.", "bs"),
    ("report", "The three funders have merged their grants for the youth project into one three-year award with a single set of reporting rules.", "P5 co es"),
    ("report", "The youth project used to be funded through three grants with different end dates; the funders have since merged them into one three-year award.", "bs es P5 co"),
    ("report", "The youth project is funded by the National Lottery and the county council.", ""),
    # === set: sitting near probation, relationships polarity ===
    ("speech", "Since we moved into the same building as the probation team, I just walk down the corridor when I need to check something.", "er P3 co"),
    ("speech", "The probation team are in a building on the other side of town, and I haven't spoken to any of them since the spring.", "br"),
    ("speech", "We used to be across town from probation and hardly ever spoke. Sharing a floor with them since April has changed that completely.", "br er"),
    ("speech", "Probation moved offices in April. Their new building's lovely, apparently.", ""),
    # === set: table cells, who leads and with what ===
    ("plan", "Lead: Council and Health Board jointly. Resources: pooled budget of £250,000 a year.", "P5 co es"),
    ("plan", "Lead: Council. Partners consulted: Health Board, Police, CVC.", "P2"),
    ("plan", "Lead: Health Board. Contributing partners: Council (venues), CVC (volunteers), Fire and Rescue Service (staff time).", "P4 co"),
    ("plan", "Lead: Police and Council, each for its own actions. Progress reported to one delivery group.", "P3 co"),
    ("plan", "Lead: Council. Resources: existing service budget.", ""),
    # === set: chief executives, leadership stability ===
    ("minutes", "Members noted that the health board was now on its fourth chief executive since 2021, and that every change of face had set the Board's priorities back.", "br"),
    ("minutes", "Members noted that the same chief officers had led the Board since it began, and that knowing each other this well had let them take on harder issues each year.", "er"),
    ("minutes", "After three changes of chief executive at the health board, members agreed that each new post-holder would spend a morning with every other chief officer within a month of starting.", "br er"),
    ("minutes", "The Chair welcomed the health board's new chief executive to her first meeting of the Board.", ""),
    # === set: family budgets, siloed against flexible ===
    ("speech", "My budget is for adults and hers is for children, and there's no way to move a pound between them, even when it's the same family.", "bs"),
    ("speech", "We're allowed to spend from either budget on a family, adult or child, as long as we write down why.", "es"),
    ("speech", "We couldn't move a pound between the adults' and children's budgets. Then the two directors set up a family fund we can both draw on, and it's made all the difference.", "bs es P5 co"),
    ("speech", "I manage the adults' budget. It's a little over four million a year.", ""),
    # === set: the hub, buy-in polarity ===
    ("report", "Every organisation, from its chief executive to its front-line staff, backed the hub from the start.", "em"),
    ("report", "Front-line staff were never won over to the hub and went on using their old referral routes.", "bm"),
    ("report", "Front-line staff were sceptical of the hub at first, but taking part in the design workshops won most of them over.", "bm em"),
    ("report", "The hub opened in a converted shop unit on the high street.", ""),
    # === set: the resilience grant, competition against a joint bid ===
    ("minutes", "It was noted that the council and the CVC had each applied, separately, for the same community resilience grant.", "P1"),
    ("minutes", "The council and the CVC agreed to submit one application for the community resilience grant, with the CVC as lead and the council providing the match funding.", "P4 co"),
    ("minutes", "The council and the CVC had been bidding against each other for the community resilience grant until their chairs met to talk it through; they will now write one bid together and run it as one project.", "P5 co bs er"),
    ("minutes", "The CVC reported that it had been awarded a community resilience grant of £45,000.", ""),
    # === set: information sharing protocol, commitment against hedge ===
    ("minutes", "RESOLVED that every member organisation signs the regional information sharing protocol by 31 March.", "es cj"),
    ("minutes", "It was suggested that members might in due course wish to consider a common information sharing protocol.", ""),
    ("minutes", "All members have now signed the information sharing protocol, ending eighteen months in which no personal data could pass between them.", "bs es cj"),
    ("minutes", "Signing of the information sharing protocol was delayed again because each organisation's legal team must approve it separately.", "bs cj"),
    # === set: evening buses, young people informed / asked / deciding ===
    ("speech", "Youth forum member: 'They put the new bus timetable on Instagram so we'd know about it. That was it.'", "P2"),
    ("speech", "Youth forum member: 'They asked us which evening buses we actually use, and two routes were changed because of what we said.'", "P2 iv sup"),
    ("speech", "Youth forum member: 'We got to decide which two routes kept their evening buses, and the council said up front it would go with our choice.'", "P5 iv sp sup"),
    ("speech", "Youth forum member: 'I get the 7.40 bus every morning. It's usually late.'", ""),
    # === set: informal contacts, relationships polarity ===
    ("report", "Much of the cross-referral in the area rests on informal contacts: people who met on a course years ago and still ring each other.", "er"),
    ("report", "Staff had no informal contacts in the other organisations and did not know whom to ring.", "br"),
    ("report", "Staff used to have no idea whom to ring in the other organisations; a monthly networking lunch has given most of them a name and a face.", "br er"),
    # === set: insulation, one body against several, and acting early ===
    ("plan", "Step 4: The council will insulate 300 of its own homes each year.", ""),
    ("plan", "Step 4: The council will insulate 300 of its homes each year, and GP surgeries will tell it which tenants have breathing conditions so that their homes are done first.", "P3 co"),
    ("plan", "Step 4: The council, the housing associations and the health board will pay into one insulation programme and choose the homes together from a single list.", "P5 co es"),
    ("plan", "Step 4: The council will insulate 300 homes a year, starting with those where a cold home is most likely to make someone ill before the winter is out.", "pv"),
    # === set: progress reports, accountability ===
    ("plan", "Progress on every step will be reported each six months to each partner's scrutiny committee and published for residents.", "gv"),
    ("plan", "Progress will be monitored by each lead officer through the usual internal reports.", ""),
    ("minutes", "A member observed that nobody outside the Board ever saw its progress reports and that no scrutiny committee had looked at its work in three years.", "gv"),
    ("minutes", "RESOLVED that residents be invited to question Board members on the annual report at an open session each autumn.", "gv iv"),
    # === set: candid conversation ===
    ("minutes", "Members agreed that the development session would be held under the Chatham House rule so that partners could speak candidly about their pressures.", "pe er"),
    ("minutes", "Members agreed that the development session would be filmed and published in full on the Board's website.", "gv"),
    ("speech", "People only say what's really going on when they know it won't end up in the minutes. The away days give them that.", "pe er"),
    ("speech", "In that room people read out their organisation's line and nothing else. You'd never know there was a problem.", "br pe"),
    # === set: the planning secondment, structures polarity ===
    ("plan", "A planning officer will be seconded from the national park to the council for two years to write the nature recovery plan for both.", "P4 co es"),
    ("report", "The secondment of a national park planning officer to the council never went ahead, because the two bodies' HR policies could not be reconciled.", "P4 co bs"),
    ("minutes", "The national park and the council had struggled to reconcile their HR policies, but a short secondment agreement drafted by both legal teams has now let the planning officer start.", "P4 co bs es"),
    ("minutes", "The national park's planning officer has begun maternity leave, and her post will be covered by an agency planner.", ""),
    # === set: distance and screens, relationships polarity ===
    ("speech", "Video calls mean the charity at the far end of the county can join every meeting without losing a day to the drive.", "er"),
    ("speech", "Everyone's working from home, nobody sees anybody, and the corridor chats where half the problems used to get sorted have gone.", "br"),
    ("speech", "Distance used to keep the northern groups away. Now they join on screen and speak as often as anyone.", "br er"),
    ("speech", "We use Teams for everything now. The licences cost about twelve pounds a head.", ""),
    # === set: winter pressures, tone of the discussion ===
    ("minutes", "The discussion of winter pressures was constructive, each partner setting out what more it could offer.", "er"),
    ("minutes", "The discussion of winter pressures became heated, with the council and the health board each blaming the other for delayed discharges.", "br"),
    ("minutes", "Last year's blame over winter pressures gave way this year to a discussion in which each partner set out what more it could offer.", "br er"),
    ("minutes", "The discussion of winter pressures was deferred to the next meeting for lack of time.", ""),
    # === set: named leads, clear against diffuse responsibility ===
    ("plan", "Each step below names one lead organisation, one named officer and a date, so that everyone knows who answers for it.", "es gv"),
    ("report", "Several steps in the last plan were 'owned by all partners', which in practice meant that nobody answered for them.", "bs gv"),
    ("report", "Steps that had been 'owned by all partners' drifted until the Board gave each a named lead, after which most were completed.", "bs es gv"),
    ("plan", "Responsibilities: see Appendix C.", ""),
    # === set: loneliness figures, shared evidence ===
    ("plan", "The council, the health board and the university will build one picture of loneliness in the county from their own surveys, and all three will plan from it.", "em cj P4 co"),
    ("plan", "The council will publish the results of its own survey of loneliness among older residents.", ""),
    ("report", "Each organisation counted lonely residents in its own way, so the figures could never be added up or compared.", "bs cj"),
    # === set: community energy, sharing risk ===
    ("minutes", "RESOLVED that any loss in the first year of the community energy scheme be shared equally by its three founding members.", "P5 co sp"),
    ("minutes", "RESOLVED that the council carries the full financial risk of its own community energy scheme.", ""),
    ("minutes", "Partners were unwilling to take on any share of the financial risk of the community energy scheme, which left it with the council alone.", "sp bm"),
    ("minutes", "The community energy scheme generated 1.2 MWh in its first quarter.", ""),
    # === set: failed pilots, blame ===
    ("speech", "If a pilot doesn't work here, we say so, write down what we learned, and nobody loses their job over it.", "sp"),
    ("speech", "The last officer whose pilot failed was hauled in front of scrutiny and named in the paper. Nobody's tried anything since.", "sp bm"),
    ("speech", "The pilot failed, basically, because the van broke down twice.", ""),
    # === set: village groups, community capacity ===
    ("report", "Village groups had the volunteers and the ideas but nobody who knew how to write a funding bid, so the CVC now pays for a part-time bid writer they can all call on.", "cm"),
    ("plan", "We will give community groups the training, small grants and meeting space they need to take part in running local services.", "cm"),
    ("plan", "Community groups may apply to the council's small grants scheme at any time.", ""),
    # === set: dementia-friendly towns, the life cycle ===
    ("minutes", "Officers from the library service, the health board and two charities have met over coffee a few times to talk about dementia-friendly towns; nothing has been agreed.", "Lpre er"),
    ("minutes", "The dementia-friendly towns group held its first formal meeting, agreed its membership and elected a chair.", "Lcre P4 co"),
    ("minutes", "The dementia-friendly towns group allocated its first £15,000, from the fund its members pay into, to four town projects and appointed a coordinator to oversee them.", "Ldel P5 co es"),
    ("minutes", "The dementia-friendly towns group agreed to close at the end of March and hand its remaining projects to the town councils.", "Lterm P4 co"),
    # === set: occupational therapists, fear for professional value ===
    ("speech", "If the new team takes over the assessments, what exactly are my occupational therapists for?", "dprof bm"),
    ("speech", "Our occupational therapists bring something nobody else in the joint team can, and the team's been built around using it.", "dprof P5 co"),
    # === set: young people in trouble, acting early against reacting ===
    ("plan", "Youth workers will work with children in the last year of primary school who are already missing lessons, before the problems of secondary school take hold.", "pv"),
    ("plan", "The youth justice service will supervise young people who have been given a court order.", ""),
    ("speech", "We only ever meet these lads once they've been arrested. By then it's too late to do much.", "pv"),
    ("minutes", "The youth justice service reported 41 first-time entrants to the justice system this year, down from 48.", ""),
    # === set: horizons in speech ===
    ("speech", "The children starting nursery this year will be living with the choices we make in this room long after we've gone.", "lt"),
    ("speech", "We hit the target for the quarter, which I'm pleased about. Same again next quarter, please.", ""),
    ("speech", "We've set this up to run for twenty-five years, with a review every five, because that's how long it takes woodland to grow.", "lt"),
    # === set: misleading "partnership" and "working together" headings ===
    ("minutes", "Item 8: Partnership with the rugby club. The council has renewed its lease of the clubhouse car park for a further five years.", ""),
    ("minutes", "Item 8: Rugby club. The club's coaches and the health board's cardiac nurses will run a weekly walking rugby session for men recovering from heart problems, on a pitch provided by the council.", "P4 co"),
    ("plan", "Working together for a greener county: the council will switch all its street lights to LED by 2027.", ""),
    ("plan", "Working together for darker skies: the council will dim the street lights after midnight, shops will switch off their signs and the astronomy society will measure the light levels.", "P4 co"),
    # === set: licensing, organisations asked against working together ===
    ("plan", "Draft licensing policy: the police, the fire service and the health board will be invited to comment before it is adopted.", "P2"),
    ("plan", "Licensing: police and council licensing officers will visit late-night premises on the same nights and share what they found the next morning.", "P3 co"),
    ("plan", "Licensing: police, licensing and trading standards officers will form one night-time inspection team, working from one list of premises and one log.", "P5 co op"),
    ("plan", "Licensing: the council will inspect late-night premises twice a year.", ""),
    # === set: the chair's grip, leaders needing control ===
    ("speech", "I chair the group, but I don't need to be the one deciding. If the community members want to take it somewhere else, that's their call.", "sp"),
    ("speech", "Nothing leaves this group without my signature. That's how I've always run things.", "sp bm dproj"),
    ("speech", "I used to insist on signing off every decision. Letting the locality leads decide for themselves was hard, but things move twice as fast now.", "sp bm es"),
    # === set: who gets heard at the table ===
    ("report", "The chair's habit of asking the smallest organisation to speak first meant that the little charities were heard at every meeting.", "er sp"),
    ("report", "Meetings were dominated by the two largest organisations, and the small charities rarely spoke.", "br sp"),
    ("report", "Meetings had been dominated by the two largest organisations until a new chair began each one by asking the smallest charity to speak first.", "br er sp"),
    # === set: carers' support, plan bullets on the ladder again ===
    ("plan", "• The council will write to every carer on its register to tell them about the support now available.", "P2"),
    ("plan", "• The council will run listening events with carers and use what they say to shape its new carers' strategy.", "P2 iv sup"),
    ("plan", "• GP surgeries will flag carers they see to the council's carers' team, which will contact each within a fortnight.", "P3 co"),
    ("plan", "• The health board will fund a carers' nurse and the council will provide the carers' centre for her clinics.", "P4 co"),
    ("plan", "• The health board, the council and carers themselves will design the new carers' service together and buy it with one budget.", "P5 co iv sup es"),
    # === set: Welsh language, each doing its part against joint team ===
    ("minutes", "The council reported that 62% of its front-line staff can now hold a conversation in Welsh.", ""),
    ("minutes", "It was agreed that the council and the health board would each send the other a list of their Welsh-speaking receptionists so that callers can be put through to one.", "P3 co"),
    ("minutes", "It was agreed that the council, the health board and the police would each fund one Welsh tutor for a course open to all their staff.", "P4 co"),
    ("minutes", "It was noted that there is still no way for the council and the health board to know which of each other's staff speak Welsh, so callers who ask for Welsh are often passed between them.", "bs"),
    # === set: a shared outcome against each body's own targets ===
    ("plan", "We will measure this objective by one outcome that all partners report against: fewer older people admitted to hospital after a fall.", "cp em"),
    ("plan", "Each partner will continue to measure this objective against its own performance targets.", ""),
    ("report", "Each partner measured the objective against its own targets, so no one could say whether falls in the county had gone up or down.", "cp bm"),
    # === set: hospital discharge, thinking across the system ===
    ("minutes", "Members agreed that delayed discharges would be discussed as a problem shared by the wards, home care and housing, not as the hospital's problem alone.", "ws"),
    ("minutes", "The hospital's matron reported that a new ward board had cut the time patients wait for their discharge letter.", ""),
    ("minutes", "Members agreed that before any partner changes its criteria for home care or housing support, it will check the effect on hospital discharges with the others.", "ws ig P2"),
    # === set: co-production against designing for people ===
    ("report", "People with learning disabilities co-wrote the new day service with staff, down to the daily timetable and the name.", "P5 iv sup"),
    ("report", "Staff designed the new day service and then showed it to people with learning disabilities and their families.", "P2 iv"),
    # === set: engagement that reaches everyone ===
    ("plan", "We will go to farm markets, mosques, youth clubs and Welsh-language playgroups to hear from people who never come to public meetings.", "P2 iv"),
    ("plan", "Comments on the draft plan will be invited online and by post for twelve weeks.", "P2 iv"),
    ("minutes", "Members noted that almost every response to the survey had come from retired homeowners in the county town, and asked for a second round aimed at younger and rural residents.", "P2 iv"),
    ("plan", "The plan is available in Welsh, in English and in an easy-read version.", ""),
]
