# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch S: a calibration set written blind to the lexicons.

160 passages (minutes 100, speech 60), one to six sentences, in the register of Welsh PSB,
regional partnership board, community safety partnership, council and community council minutes
and of remarks made in or around them (minuted or transcribed remarks, interview quotes from
evaluations, blog posts, e-mails, letters, conference talks by officers, councillors, third-sector
staff and residents): attendance and apologies, declarations, matters arising, partner updates,
discussion, resolutions and ACTION lines, risk registers, sub-group reports, and frank remarks.
The batch leans on the two weakest frameworks: about seven in ten passages carry a theme or a
factor, mostly said without the textbook words (broken trust as 'we stopped sharing anything
with them', aligned purpose as 'we all came out of that room wanting the same thing', a
structural barrier as 'their system won't talk to ours'). Hard cases in fair numbers: negated
enablers (barrier), barriers overcome (both barrier and enabler), barriers stated as plain fact
with nothing saying they limit joint work (not a barrier), keywords in names, headings or
procedure without the idea ('Joint Committee' standing orders, a body called a 'Partnership'
acting alone, a programme called 'Whole Systems'), meeting furniture with no label, and
first-person speech that is collaborative or not. About a quarter carry no label at all. The
power level is told by who does what: a body informing or asking others, each partner doing its
own part, partners putting staff or money into one programme, pooling, joint teams, deciding
together; citizens deciding against citizens being told. Labelled on all eight frameworks from
the taxonomy and gold/FORMAT.md only: the tagger was never run on these passages while they were
written, the lexicons were not read, and the gold files were not read. Nothing is taken from the
corpus. Hard calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ minutes (100)
    ("minutes", "Present: Cllr Nia Jones (Chair) – Cyngor Gwynedd; Cllr Llinos Medi – Isle of Anglesey County Council; Gill Harris – Betsi Cadwaladr UHB; Area Manager Richard Fairhead – NWFRS; Siân Williams – NRW; Ch Insp Owain Llewelyn – North Wales Police; Ffion Jones – Mantell Gwynedd. In attendance: Bethan Roberts, Partnership Support Officer.", ""),
    ("minutes", "1. WELCOME AND APOLOGIES. The Chair welcomed members to the meeting, held at Coed Pella, Colwyn Bay. Apologies were received from Cllr Jason McLellan (Denbighshire County Council), Helen Wilkinson (Public Health Wales) and Supt Sian Beck (North Wales Police); Mark Dickinson attended as deputy for the police.", ""),
    ("minutes", "2. DECLARATIONS OF INTEREST. None were declared.", ""),
    ("minutes", "14/25 MINUTES OF THE PREVIOUS MEETING. It was proposed by Cllr Rees, seconded by Cllr Watkins and UNANIMOUSLY RESOLVED that the minutes of the meeting held on 12 February 2025 be accepted as a true record and signed by the Chair.", ""),
    ("minutes", "MATTERS ARISING – Page 3, Item 6. The Clerk confirmed that the defibrillator outside the Memorial Hall had now been registered on The Circuit and that the cabinet had been fitted with a heater for the winter.", ""),
    ("minutes", "DATE OF NEXT MEETING. The next meeting of the Board will be held on Thursday 11 September 2025 at 10.00 am at County Hall, Llandrindod Wells, and virtually.", ""),
    ("minutes", "10. AOB. No items were raised. The Chair closed the meeting at 3.55 pm.", ""),
    # why: a joint body's standing orders (quorum, voting, substitutes) are procedure; nothing about working together is described
    ("minutes", "NORTH WALES CORPORATE JOINT COMMITTEE – STANDING ORDERS. The Monitoring Officer advised that the quorum of the Joint Committee is four voting members, that each constituent council has one vote, and that a substitute may vote only if notice was given to the Clerk before the start of the meeting. RESOLVED to note the advice.", ""),
    # why: 'Partnership' is the housing association's name; it builds on its own land with its own money
    ("minutes", "Partner update – Bro Morgannwg Housing Partnership. The Chief Executive reported that the Partnership had handed over the last 40 of its 96 new homes at Rhoose Point and had started on site at its own development at Llantwit Major.", ""),
    # why: one-year funding stated as a fact about a single council's scheme, with nothing saying it limits joint work: not a barrier
    ("minutes", "The Head of Finance reported that the Welsh Government grant for the Pentre flood alleviation scheme had been confirmed for 2025/26 only, and that the council's claim would need to be submitted by 31 March 2026.", ""),
    ("minutes", "Cabinet RESOLVED to approve the Council's Corporate Plan 2025–2030 and to recommend it to full Council on 24 April.", ""),
    ("minutes", "CORRESPONDENCE. The Clerk reported an e-mail from One Voice Wales advertising its new-councillor training modules in Welsh and English, to be held online in October. Members wishing to attend were asked to let the Clerk know.", ""),
    ("minutes", "PUBLIC QUESTION TIME. Mr Alun Price of Heol y Dderwen asked when the potholes outside the primary school would be filled. The Chair replied that the matter was one for the county council and that it had already been reported twice.", ""),
    # why: 'could be value ... in the future' is a hedge with no arrangement and no theme
    ("minutes", "In discussion, members felt that there could be value in partners considering whether some of their approaches to volunteering might be aligned in the future.", ""),
    ("minutes", "The Chair asked that the minutes record the Council's thanks to Mrs Delyth Parry, who retires this month after eighteen years as Clerk, and members presented her with flowers.", ""),
    ("minutes", "25/0133 – change of use of the former Bethel Chapel, Stryd Fawr, to a dwelling. The council resolved to support the application provided that the graveyard remained open to families of those buried there.", ""),
    # why: 'Partnership' is a name; the item is a set of figures received
    ("minutes", "The Safer Vale Partnership received the anti-social behaviour figures for Barry Island over the Easter bank holiday weekend, which showed 14 reported incidents against 23 last year.", ""),
    ("minutes", "ACTION: LM to book the Y Gaer room for the June development session and to send members a poll of possible dates.", ""),
    # why: 'Collaboration' is the name of a room
    ("minutes", "The Clerk reported that the Collaboration Suite at the Civic Centre would be closed for refurbishment until May and that meetings would be held in the Siambr in the meantime.", ""),
    # why: 'Shared' is part of a fund's name; the council claiming its own allocation is single-body business
    ("minutes", "The Economic Development Manager reported that the council had claimed all of its £3.1m UK Shared Prosperity Fund allocation for the year, with the final claim submitted on 28 February.", ""),
    # why: 'Whole Systems Approach' is a programme title; submitting a return is administration, not joining up
    ("minutes", "The Public Health Team reported that the annual monitoring return for the Whole Systems Approach to Healthy Weight programme had been submitted to Welsh Government by the 30 June deadline.", ""),
    # why: different systems stated as plain fact, nothing saying it limits joint working: not a barrier
    ("minutes", "In response to a question, Ms Rees explained that the council's children's services record cases on WCCIS, which the council adopted in 2019, while the health board's community paediatric service uses a separate system.", ""),
    # why: differing funding routes described neutrally: not a barrier
    ("minutes", "The Section 151 Officer noted for members' information that the health board is funded through an annual allocation from Welsh Government, and the council through the Revenue Support Grant, council tax and fees.", ""),
    # why: 'Partnership Officer' is a job title; attending a meeting is meeting process
    ("minutes", "The Clerk reported that the County Council's Community Partnership Officer had agreed to attend the July meeting to explain the Place Plan process.", ""),
    ("minutes", "Ymddiheuriadau / Apologies: Cllr Dafydd Meurig (Cyngor Gwynedd), Dylan Roberts (Medrwn Môn), Dr Eilir Hughes (BCUHB).", ""),
    ("minutes", "The Chair welcomed Siân Wyn Jones to her first meeting as Mid and West Wales Fire and Rescue Service's representative, replacing Mark Pritchard.", ""),
    # why: 'Co-production' is an organisation's name; an invitation to a conference is correspondence
    ("minutes", "The Co-production Network for Wales had written to invite members to its annual gathering in Cardiff on 3 July. Noted.", ""),
    # why: teams that no longer share case notes since a restructure and 'work around each other': relationships broken by instability
    ("minutes", "Mr Owen (BCUHB) said that the hospital discharge team had stopped copying the council's social workers into case notes after last spring's restructure, because nobody was sure who was still in post, and that the two teams now largely worked around each other.", "br"),
    # why: 'wanting the same thing' is aligned purpose; a workshop produces no joint activity
    ("minutes", "Cllr Roberts said that whatever else the workshop had done, everyone had left it wanting the same thing for Rhyl's west end: fewer empty shops, more people living above them, and a high street young people wanted to come back to.", "cp em"),
    # why: systems that cannot exchange information, so a family is assessed three times: structural barrier; services not joined up around the family
    ("minutes", "Ms Jenkins (Cwm Taf Morgannwg UHB) said that the health visitors' records and the council's Flying Start database could not exchange information, so the same family in Tonypandy could be assessed three times in a month by three people asking the same questions.", "bs ws sup"),
    # why: 'barely spoken since the inquiry' is a history of poor relations, overcome by joint exercises and a shared rota (both); staff aligned on one rota is cooperation
    ("minutes", "The Chair recalled that when the flood group was first formed the fire service and NRW had barely spoken since the 2020 inquiry. After two years of joint exercises and a shared duty rota, the Chair said, it was now one of the strongest relationships on the Board.", "br er sm P4 co"),
    # why: the promised agreement still unsigned is a negated enabler (barrier); shared use of premises is the committed arrangement (cooperation)
    ("minutes", "Members noted that the memorandum of understanding on shared use of premises, promised at each of the last three meetings, had still not been signed by all partners, and that the youth service was still unable to use the rooms at Bargoed health centre in the evenings.", "bs cj P4 co"),
    ("minutes", "RESOLVED that the three statutory partners each contribute £40,000 a year for three years to a single Board support team hosted by the council, the team to work to the Board as a whole and not to any one partner.", "P5 co es cj op"),
    # why: forums decide for themselves and failure is reported without blame: local autonomy and tolerating failure; citizens deciding, no collaboration between bodies
    ("minutes", "Members agreed that the three town forums would decide for themselves how to spend their share of the place fund, the Board asking only for a one-page note at the end of the year on what had been tried and what had not worked.", "sp es iv P5"),
    # why: the carer's account is the service user's perspective; services not joined up; carers leading the review is involvement with citizens in design
    ("minutes", "Ms Hughes (Carers Trust) read a note from a carer in Llandrindod who had explained her husband's dementia to eleven different professionals in a year and had yet to meet one who had read what the last one wrote. Members agreed that the review of the carers' pathway would be led by a panel of carers.", "sup ws iv P5"),
    # why: each body putting its own duty first, so the shared action slips: competing priorities; the shared action is too vague for a level
    ("minutes", "In discussion it was acknowledged that the housing association's board would always put its tenants' rents first, the council its homelessness duty and the health board its waiting lists, and that the Board's shared work on damp homes kept slipping down everyone's list.", "bm"),
    # why: a community group passed between four departments and giving up: bureaucracy, and what the community needs to take part
    ("minutes", "Mr Davies (Interlink RCT) reported that a residents' group in Ynysybwl had waited seven months for permission to grow food on a council-owned field, having been sent between four departments, and had now given up.", "bs cm"),
    # why: 'rang each other before anyone else' is trust and open communication without the words; police and youth workers each doing their part is coordination
    ("minutes", "Supt Lewis said that the neighbourhood team and the youth workers on the Gurnos now rang each other before they rang anyone else, and that this had done more to keep the estate calm over the summer than any of the written plans.", "er sm P3 co"),
    # why: partners pulling staff back to meet their own savings is protecting one's own organisation; a risk alone carries no level
    ("minutes", "RISK 4 (amber): that partners' own savings programmes for 2025/26 lead them to withdraw officers from the Board's delivery groups. Mitigation: the Chair to write to chief executives seeking confirmation of continued officer time.", "bm"),
    # why: mapping all partners' land is a shared evidence base; planning it as one estate is joining up with resources aligned
    ("minutes", "Report of the Climate and Nature Sub-group. The sub-group had mapped every partner's land holdings for the first time and found that between them they owned 2,300 hectares in the county, much of it suitable for tree planting. Partners had agreed to plan planting on that land as a single estate rather than site by site.", "ws em cj P4 co"),
    ("minutes", "ACTION: GW (Torfaen CBC) and RM (Bron Afon) to draw up a single referral form for tenants in rent arrears, so that a tenant is not asked for the same information twice.", "es ws P4 co"),
    # why: carers choosing the priorities and watching delivery is shared power and their voice; citizens deciding
    ("minutes", "The RPB received the West Wales Carers Strategy. Members noted that it had been written with a reference group of thirty unpaid carers, who had chosen its four priorities themselves and would sit on the group monitoring delivery.", "sup iv sp gv P5"),
    # why: 'could not be solved by any one agency' is why joint work is worth it (common purpose); one group with one log is joining up; four bodies putting staff into one group is cooperation
    ("minutes", "The Community Safety Partnership accepted that the county lines problem in Aberystwyth could not be solved by any one agency, and agreed a problem-solving group of the police, the council's youth service, the university and the health board's substance misuse team, working from a single action log.", "ws cp P4 co op"),
    # why: hearing residents first is listening to stakeholders; 'argued about whose budget' is protecting one's own organisation, described as overcome (both); residents giving views is consultation
    ("minutes", "Cllr Morgan said that what had changed the Board was hearing from a different group of residents at the start of every meeting, before any papers were taken. Partners now argued less about whose budget something came from and more about what people had told them.", "sup iv em bm P2"),
    # why: distance cutting attendance is a geographical barrier; no joint activity
    ("minutes", "Members from Ynys Môn noted that a round trip to the Board's meetings in Mold took most of a working day, and that attendance from the west of the region had fallen away over the year.", "br"),
    # why: hybrid meetings bringing in distant groups is digital working breaking down a physical barrier; meeting process carries no level
    ("minutes", "It was noted that since the Board's meetings moved to a hybrid format the number of smaller third-sector organisations from Llŷn taking part had doubled.", "er"),
    # why: asked about the priorities a week before sign-off: stakeholders not listened to (barrier, motivations) and no share in the decision; a late request for views is consultation
    ("minutes", "Ms Price (GAVO) said that the third sector had not been asked for its view on the draft priorities until the week before they were due to be signed off, and that this was not a partnership in any real sense.", "sp bm P2"),
    # why: three directors' sign-off is hierarchy (barrier), overcome by letting the manager decide (streamlined decision-making, delegation: both)
    ("minutes", "Officers reported that every change to the opening hours of the shared hub in Merthyr had needed sign-off from a director in each of the three organisations, and that a request made in March had been agreed only in August. Partners agreed that the hub manager could now make such changes on her own authority and report them to the steering group afterwards.", "bs es sp P4 co"),
    # why: adopting one framework is a shared purpose; each partner reporting its own steps is coordination
    ("minutes", "RESOLVED: (a) to adopt the Marmot principles as the Board's shared framework for tackling health inequalities in Gwent; (b) that each partner report annually on the steps it has taken against them.", "cp em P3 co"),
    ("minutes", "The inaugural meeting of the Newport Food Partnership agreed its membership of twelve organisations and four residents, appointed co-chairs from the council and a community food hub, and agreed that decisions would be taken by consent.", "Lcre P4 co iv sp es"),
    # why: a resident asking why residents are left out of a redesign: their voice as topic; the group itself is not described
    ("minutes", "PUBLIC QUESTIONS. Mrs Ann Jones of Penparcau asked why, if the Board's plan said residents would shape services, no resident had been invited onto the group redesigning the town's bus network. The Chair undertook to raise it with the transport group.", "sup iv"),
    # why: stress sickness among leads is a relationships barrier; groups that stopped meeting is lost momentum (production)
    ("minutes", "The Chair noted that three of the five delivery group leads had been off sick with stress during the year and that two of the groups had in effect stopped meeting.", "br dprod"),
    # why: four representatives in eighteen months, each starting again: instability in leadership
    ("minutes", "Members noted that the police had sent four different representatives to the Board in eighteen months and that each had started the work on exploitation from scratch.", "br"),
    ("minutes", "Mr Evans reported that the secondment of a station manager from the fire service into the council's community resilience team had been extended for a further year. It had given the two organisations a single point of contact, and they now planned home safety visits and winter warmth checks together.", "es er P4 co"),
    # why: blaming language named and answered with ground rules: the barrier is the language, the rules are the dynamics topic
    ("minutes", "The Chair reminded members that the Board's ground rules asked partners to talk about the problem rather than about each other, after an exchange in which delayed transfers of care were described as 'the council's fault, again'.", "br pe"),
    # why: 146 green actions and no child better off is process over outcomes
    ("minutes", "Cllr Bowen said that the action plan now had 146 actions, nearly all of them green, and yet nobody round the table could say whether a single child in the county was better off.", "bm"),
    # why: four measures people would recognise is a focus on outcomes rather than processes; no joint activity
    ("minutes", "Members agreed to replace the 146-action plan with four measures that residents would recognise, and at each meeting to ask partners what they had stopped doing as well as what they had started.", "em"),
    # why: sharing any overspend rather than leaving it with the host is sharing risk; jointly funded pilot is cooperation
    ("minutes", "The Board agreed that if the community transport pilot in the Teifi valley ran over budget the overspend would be shared equally between the three funding partners, rather than falling on the council as host.", "sp es cj P4 co"),
    # why: a failed pilot treated as learning, not blame: tolerating failure; the tone is an enabler
    ("minutes", "Ms Edwards said that the social prescribing pilot in Blaenau Ffestiniog had not worked as hoped, and thanked partners for treating it as something to learn from rather than something to find someone to blame for.", "sp er"),
    # why: partners not knowing each other's services: relationships barrier (not knowing what others offer)
    ("minutes", "Several members admitted during the mapping exercise that they had not known the fire service carried out falls visits, nor that the library service lent out blood pressure monitors.", "br"),
    ("minutes", "It was reported that the WASPI information sharing protocol between the youth justice service, secondary schools and the police had been signed in May, and that schools were now told within a day when a pupil had been involved in an incident overnight.", "es cj P3 co"),
    # why: bidding for the same pot without talking is competition for funding limiting joint work
    ("minutes", "The CVC reported that eleven organisations in Merthyr had applied to the same National Lottery programme, several with near-identical projects, and that none of them had spoken to each other before submitting.", "P1 bs"),
    # why: an ordinary tender described neutrally: competition only
    ("minutes", "The Clerk reported that three local firms had tendered for the grass-cutting contract and that the lowest compliant quotation, from Gerddi Glan, had been accepted.", "P1"),
    # why: co-location doing what protocols had not: relationships enabler; staff walking clients between services is joining up; three bodies in one building is cooperation
    ("minutes", "Officers noted that moving Bridgend's housing options team into the same building as the Jobcentre and Citizens Advice had done what two years of referral protocols had not: staff now walked a client down the corridor instead of giving them a phone number.", "er ws P4 co"),
    # why: localities setting their own priorities within the regional frame is local autonomy at the right scale
    ("minutes", "Members of the RPB agreed that each of the five localities would set its own priorities for its share of the Regional Integration Fund within the regional outcomes framework, rather than the region deciding centrally.", "sp es P4 co"),
    # why: keeping 'the final say on every line' after being 'burned before' is fear of losing control (projection) and history of poor relations; partners only commenting is consultation
    ("minutes", "Cllr Hopkins said that partners were welcome to comment on the draft town centre plan for Pontypool, but that the council would keep the final say on every line, having been 'burned before' when a joint board overspent.", "bm br sp dproj P2"),
    # why: informal breakfasts building goodwill before anything formal: pre-partnership, relationships; the joint bid is only to be discussed
    ("minutes", "It was noted that the informal breakfast meetings between the clerks of the two town councils and the county's regeneration officers, begun last autumn, had built enough goodwill for a joint funding bid to be discussed.", "er sm Lpre"),
    ("minutes", "The Board agreed its vision – that by 2045 every child in Powys will grow up in a warm home within walking distance of green space – and asked each sub-group to test every proposal against it.", "cp em lt st"),
    # why: two services joined on one visit to stop the next fall: prevention, joined-up delivery
    ("minutes", "Dr Parry (PHW) presented data on hospital admissions for falls. Members agreed that the falls response service run jointly by WAST and the fire service should also carry out home hazard checks on the same visit, to stop the next fall happening.", "pv ws P4 co"),
    # why: a joint team with two sets of terms and rotas drawn up twice: incompatible HR policies; a joint team is collaboration
    ("minutes", "The workforce sub-group reported that the joint reablement team in Wrexham still had two sets of terms and conditions, council staff working 37 hours and health staff 37.5, and that rotas had to be drawn up twice.", "bs P5 co"),
    ("minutes", "The Chair said that many of the Board's best ideas had come out of conversations over coffee before meetings, and proposed that future meetings start half an hour later with the coffee kept.", "er"),
    # why: started by shop owners and a nurse with no sponsor: bottom-up collaboration
    ("minutes", "Members heard that the dementia-friendly Cardigan scheme had been started by two shop owners and a district nurse without any formal sponsor, and had since been taken up by the town council and the health board.", "er cm"),
    # why: each body believing the culvert belongs to another: diffuse accountability
    ("minutes", "Members noted that no partner had taken responsibility for the culvert at Heol Ddu, the council, NRW and Dŵr Cymru each believing it belonged to one of the others, and that the street had flooded twice since.", "bs"),
    # why: who does what, named and split: clear responsibilities; each doing its own part is coordination
    ("minutes", "ACTION: following the site walkover on 12 March, NRW to lead on the Heol Ddu culvert, the council to clear the trash screen monthly and Dŵr Cymru to survey the outfall, with one named officer in each as the contact for residents.", "es P3 co"),
    # why: an expiring agreement that the joint hub cannot work without: a data-sharing barrier in a risk entry
    ("minutes", "RISK 7 (red): the information sharing agreement between the health board and the four councils expires in September and its renewal has not been scheduled; without it the hospital discharge hub cannot lawfully share patient details.", "bs cj P4 co"),
    # why: money and staff put into one offer designed with food bank users (collaboration, user voice); a slow sign-off (barrier) overcome by its own budget and sign-off (enabler, delegation)
    ("minutes", "Report of the Tackling Poverty Sub-group. Ms Lloyd reported that partners had stopped running separate cost-of-living campaigns and had put their money and staff into a single 'Help is Here' offer, designed with people using food banks in Wrexham and Flintshire. The first version had stalled because one partner's communications team needed three weeks to approve anything; this had been solved by giving the sub-group its own budget and sign-off. Members noted that first-time claims for the council tax reduction had risen by 18%.", "P5 co sup iv ws bs es sp"),
    ("minutes", "19/25 The council agreed to share a part-time clerk with Llanwrtyd Wells Town Council, each council paying half of the salary and the clerk working two days a week for each.", "P4 co"),
    # why: residents holding the keys and deciding when to deploy: local ownership and authority; training and insurance are what they need to take part
    ("minutes", "Members heard that the Pentre flood action group, made up of residents, now held the keys to the flood gates and the sandbag store and decided for itself when to use them, with the council providing training and insurance.", "sp es cm iv P4"),
    # why: rules for how partners behave, a single decision log, and a way to call out going it alone: rules of engagement and monitoring behaviour
    ("minutes", "The Board agreed a short set of rules for the Llanelli town centre programme: no partner would announce anything without telling the others first, every decision would be logged in one place, and any partner could call a meeting if it thought another was going it alone.", "ws pe es P4 co"),
    # why: scrutiny challenging single-body business dressed up as joint: accountability, and challenging partners' collaborative behaviour
    ("minutes", "The PSB Scrutiny Committee asked why the Board's annual report listed twenty-two 'partnership achievements', most of which were in fact the ordinary business of single organisations.", "gv ws"),
    ("minutes", "The RPB agreed that the integrated community hubs in Llandudno and Colwyn Bay would be run by a single manager answerable to both the council and the health board, with one budget and one set of performance measures.", "P5 co ws es cj op"),
    # why: frontline staff in the design from day one is buy-in at all levels and bottom-up; designing the triage together is collaboration
    ("minutes", "Ms Walters said that frontline staff from both organisations had been involved in designing the joint triage from the first day, and that this was why it had been taken up so quickly.", "em er P5 co"),
    # why: walking the route a care leaver would take and finding no-one asked what they wanted: the service user's perspective
    ("minutes", "Board members spent the morning of 4 February following the route a young person leaving care in Neath would take to find a flat – the housing office, the benefits line, the bank, a letting agent – and reported that at three of the four stops nobody had asked the young person what they wanted.", "sup"),
    ("minutes", "Members agreed that the tenants' panel of Cartrefi Conwy would have the final say on the design of the shared gardens at the three new schemes.", "sp sup iv P5"),
    # why: arguing for three meetings over who chairs: power struggle at the setting-up stage
    ("minutes", "It was noted with regret that the argument over which organisation should chair the new transport group had now taken up three meetings, and that no work had yet begun.", "br Lcre"),
    # why: a row that relations 'never recovered from' and checking with managers before returning calls: history of poor relations
    ("minutes", "Mr Morris said that relations between the two authorities' planning departments had never recovered from the row over the Deeside site, and that officers still checked with their managers before returning a call from the other side.", "br"),
    # why: 'none of them could fix it alone' is why collaboration is worth it
    ("minutes", "The Chair asked each partner to say in one sentence what it would lose if the Board stopped meeting. Most of the answers came back to the same point: that none of them could fix the county's housing shortage on its own.", "cp em"),
    # why: a member body never attending is lack of buy-in
    ("minutes", "Members noted that the university had not sent anyone to any of the four meetings of the skills and employment group this year, and asked the Chair to write to the Vice-Chancellor.", "bm"),
    # why: left out of an announcement, so no longer willing to share data: broken trust
    ("minutes", "Ms Thomas (Tai Tarian) said that since the housing association had been left out of the Aberavon regeneration announcement, her board was no longer willing to share its tenancy data with the council.", "br cj"),
    # why: the Board as a whole checking whether partners kept their word: monitoring collaborative behaviour
    ("minutes", "It was AGREED that each meeting would end with a five-minute review, led in turn by a different member, of whether partners had done what they said they would at the previous meeting.", "ws"),
    # why: annual versus three-year money leaving a joint service funded a year at a time: different funding periods
    ("minutes", "The Finance sub-group reported that the health board could not commit money beyond March because of its annual allocation, while the council's three-year settlement allowed it to, and that as a result the joint frailty service had only ever been funded twelve months at a time.", "bs P4 co"),
    # why: young people's survey taken into account: their voice; the Board taking views is consultation
    ("minutes", "The Youth Council's representatives presented their own survey of 600 young people in Torfaen, whose top concerns were buses, safe places after dark and mental health waiting times. The Board thanked them and agreed to take the findings into account in reviewing the plan.", "sup iv P2"),
    # why: three press releases claiming one centre: competing for credit and protecting one's own organisation
    ("minutes", "Members noted with some frustration that three partners had each issued their own press release claiming the new youth centre in Abertillery as their achievement.", "bm P1"),
    # why: three tiers to one group with spending authority: flattened decision-making and delegation; an executive group allocating funds is delivery
    ("minutes", "The Board agreed to replace its three tiers of groups with a single delivery group of partner officers able to approve spending of up to £25,000 without referring back to the Board.", "es sp op P4 co Ldel"),
    # why: a weekly call keeping released prisoners housed: open and frequent communication; council and probation each doing their part
    ("minutes", "The Housing Manager reported that since a weekly fifteen-minute call between the housing team and the probation service began in January, nobody released from HMP Parc to the area had left without somewhere to sleep.", "er P3 co"),
    # why: two regulators disagreeing over who inspects delays a joint unit: differing regulatory structures
    ("minutes", "The Head of Children's Services said that the joint step-down unit planned for Ystrad Mynach had been delayed eight months while the care inspectorate and Healthcare Inspectorate Wales agreed which of them would register it.", "bs P5 co"),
    # why: no common data, so maps of need disagree: a shared evidence base missing (negated enabler, barrier)
    ("minutes", "Members acknowledged that without a common picture of who was using which service, each partner had drawn its own map of need for the Cynon valley, and the maps did not agree.", "bm cj"),
    # why: five bodies putting analysts into one team for one assessment: a joint team with a shared evidence base
    ("minutes", "SERIOUS VIOLENCE DUTY. The partnership agreed that the police, probation, youth justice, the health board and the fire service would each nominate an analyst to a single virtual team producing one strategic needs assessment for Swansea and Neath Port Talbot, rather than five.", "P5 co cj ws em"),
    # why: the aim lost in arguments about buildings (barrier) and rediscovered at the away day (enabler): both; help without being passed on is joined-up services
    ("minutes", "Members agreed that the original aim of the community hubs programme had been lost in arguments about buildings, and that at the away day partners had rediscovered that they all wanted the same thing: somewhere in each village where people could get help without being passed on.", "cp bm em ws"),
    # why: review deciding which schemes continue, pass on or end: termination
    ("minutes", "The RPB noted that the Powys integration schemes had been evaluated and that seven would be mainstreamed into core budgets, three handed to the third sector and four brought to an end in March.", "Lterm"),
    # ------------------------------------------------------------------ speech (60)
    ("speech", "Can everyone see my screen now? Just shout if it's frozen again.", ""),
    ("speech", "I'll send round the slides after the call – apologies, the last two are still in draft.", ""),
    ("speech", "From the Rhondda libraries blog: Treorchy library is now open until 7pm on Thursdays, and our Welsh-language storytime runs every Saturday at ten.", ""),
    ("speech", "Hi all, please find the agenda for Thursday attached. Room 2.14 is booked from 9.30 and there is parking at the rear of the building.", ""),
    ("speech", "I've had eleven calls this week about the bins in Maesgeirchen, and I'd like to know when the new collection round is actually starting.", ""),
    ("speech", "Dear Clerk, I write to complain about the state of the footpath between Heol Fawr and the school, which has been overgrown since June.", ""),
    # why: 'Partnership' in a team name; the team does single-body reporting
    ("speech", "I lead what's called the Partnership Analytics Team at the council. Despite the name we're four analysts in the corporate centre, and most of what we do is the council's own performance reporting.", ""),
    # why: a difference in financial years stated as fact, nothing about it limiting joint work
    ("speech", "For the record, the colleges' year runs from August to July and ours from April to March.", ""),
    ("speech", "Thanks, Chair. Nothing to add from the fire service this time.", ""),
    # why: 'in time it might make sense' is a hedge
    ("speech", "I suppose in time it might make sense to look at some of this together, but it's very early days.", ""),
    # why: sizes of two councils as plain fact, not a barrier
    ("speech", "Cardiff has a population of about 370,000 and the Vale about 135,000, so the two councils are very different in size.", ""),
    ("speech", "I've lived in Penrhiwceiber for sixty years and I've never seen the river as high as it was in February.", ""),
    # why: shared responsibility for drainage stated as plain fact, without saying it causes a problem: not a barrier
    ("speech", "Dŵr Cymru, NRW and the council all have some responsibility for drainage in the valley, depending on whose pipe it is.", ""),
    ("speech", "Sorry, I need to drop off at half eleven for another meeting.", ""),
    # why: stopped sharing after a restructure, referrals disappearing: broken trust and instability
    ("speech", "Frankly, we stopped sharing anything with them after the last restructure. You'd send a referral and it would just disappear, and nobody could tell you who'd picked it up.", "br"),
    # why: 'wanting the same thing' for the first time in four years: aligned purpose, after its absence (both)
    ("speech", "We all came out of that room wanting the same thing, which honestly hadn't happened in the four years I'd been going to those meetings.", "cp em bm"),
    # why: systems that won't talk, one family assessed three times, the mother giving up: structural barrier, services not joined up, the user's experience
    ("speech", "Their system won't talk to ours, so the same family gets assessed three times by three different people, and by the third visit the mum's stopped answering the door.", "bs ws sup"),
    # why: trust came only from sitting in the same office: co-location; two teams' staff sharing an office is cooperation
    ("speech", "What I learned is that you can't do this by e-mail. It was only once we started sitting in the same office in Pontypridd two days a week that the health visitors and our family support workers began to trust each other.", "er sm P4 co"),
    # why: plans already drawn and a picture shown: residents told, not asked; their knowledge ignored
    ("speech", "Nobody ever asked us. They came with the plans already drawn and a board with a picture of a play park on it, and we'd have told them for nothing that the kids round here want somewhere to ride their bikes.", "sup iv P2"),
    # why: referrals by fax losing a third (structural barrier), overcome by direct booking (aligned processes): both
    ("speech", "The turning point for us was when the health board let our community connectors book straight into the GP appointment system. Before that everything went by fax – yes, fax – and about a third of referrals got lost.", "bs es P3 co"),
    # why: declining a joint bid to protect relationships built over twenty years: protecting one's own organisation and fear of losing value (profession)
    ("speech", "I'm afraid we won't be putting in for the joint bid this time. Our trustees feel we'd be giving away relationships we've spent twenty years building and getting very little back.", "bm dprof"),
    # why: agreeing what success looks like on one sheet is shared purpose and discovering interests
    ("speech", "The money was the easy bit. What took the time was getting three organisations to agree what success would look like for a family in Gorseinon, and once we had that on one sheet of paper the rest followed.", "cp em pe"),
    # why: it works because of a long personal relationship: pre-existing relationships
    ("speech", "Honestly? It works because Sian and I have known each other since we were both on the wards. If either of us left tomorrow I'm not sure it would survive.", "er"),
    # why: 'whole system' said, and the idea is there: departments not returning each other's calls is poor communication
    ("speech", "We keep saying 'whole system' in these meetings. I'd settle for housing and social services, on the same floor of the same building, returning each other's calls.", "ws br"),
    # why: a chief executive learning not to need to be in the room and handing over the budget: leaders not needing control, delegation, local ownership
    ("speech", "I had to learn to stop needing to be in the room. The best thing I did last year was give the locality teams the budget and tell them I only wanted to hear from them if they needed something from me.", "sp es dproj"),
    ("speech", "The difference with Lisa was that she came to the house and asked me what a good week would look like. No-one had ever asked me that before.", "sup"),
    # why: 'took over the meetings' is a power struggle, and asking before acting is its answer: both
    ("speech", "Our colleagues in the youth service would probably say we took over the meetings at the start. We've learnt to ask before we act, and I'd like to think it shows.", "br er sp"),
    # why: ten days for the sector against months for partners: stakeholders not listened to; being asked to comment is consultation
    ("speech", "We welcome the Board's invitation to comment on the draft plan, but we note that the third sector has been given ten working days to respond to a document that statutory partners have had since March.", "bm P2"),
    # why: agreement in the room undone by 'somebody else's problem' back home: protecting one's own organisation and siloed budgets
    ("speech", "Everyone agrees in the room. Then you go back to your own organisation and the finance director asks why you're spending money on somebody else's problem.", "bm bs"),
    # why: seven streams with their own forms, end dates and definitions: siloed, misaligned funding
    ("speech", "We've got seven funding streams for young people in this county, each with its own monitoring form, its own end date and its own idea of who counts as young. I spend more time reconciling them than I do with young people.", "bs"),
    ("speech", "Just to confirm, we're happy to second Gethin to the hub for the next twelve months, with his salary staying on our books.", "es P4 co"),
    # why: nobody told what the partnership was for: no shared purpose (barrier)
    ("speech", "I don't think anyone was ever told what the partnership was actually for. People turned up, the papers went round, and we all went home.", "cp bm"),
    # why: arguing whose patient (barrier) replaced by asking what the person needs (both); pooled budget is collaboration
    ("speech", "The pooled budget has changed the conversation completely. Before, we argued about whose patient it was; now the only question is what the person needs.", "es cj bm sup P5 co"),
    # why: demands for policies and a bank account before any money: procedures, and what a community group needs to take part
    ("speech", "I run the lunch club in the chapel vestry and I'm happy to do more, but every time the county sends someone they want a risk assessment, a safeguarding policy and a bank account in the club's name before they'll give us a penny.", "bs cm"),
    # why: residents' local knowledge drawn on: their perspective; asking them is consultation
    ("speech", "We hand the map of the village to the residents and they tell us where the water goes. They knew about the old culvert under the chapel long before any of our engineers did.", "sup iv P2"),
    ("speech", "Attached is the draft data sharing agreement for the falls service. Legal at both ends have seen it, and once it's signed WAST crews will be able to refer straight to the council's reablement team instead of taking everyone to A&E.", "es cj P3 co"),
    # why: a big partner asking first and setting the tone: listening to all stakeholders and facilitative leadership
    ("speech", "I'll admit we were nervous about the health board. They're huge and we're six staff. But from the first meeting they asked what we thought before telling us what they wanted, and that's set the tone ever since.", "er em sm"),
    # why: agreeing but nobody owning it: lack of ownership
    ("speech", "The Board is very good at agreeing things. It's very bad at anyone actually owning them afterwards.", "bm"),
    # why: first-person refusal to consult jointly, 'we know our customers better than anyone': protecting one's own domain; not collaborative
    ("speech", "I've told the Board before that my department will run its own consultation on the leisure review. We know our customers better than anyone.", "bm"),
    # why: bidding for the same pot (barrier), now one bid with agreed leads (clear responsibilities): both; the committed joint bid takes its level
    ("speech", "We used to have our own bid writer and so did they, and we'd often find ourselves going for the same pot. Now we write one bid together and agree beforehand who leads on what.", "bs es P4 co"),
    # why: three providers splitting the summer and sharing buses: joined up, resources aligned
    ("speech", "The Welsh-medium schools, the Urdd and the Menter Iaith used to run their own holiday schemes in the same three weeks. This year they sat down in February, split the summer between them and shared the buses.", "ws P4 co"),
    # why: each side saying the other was told, nobody responsible: diffuse accountability, services not joined up, the family's experience
    ("speech", "My mother was discharged at nine at night to an empty house. The hospital said the care agency had been told; the agency said it had no record. Everyone was very sorry and nobody was responsible.", "bs ws sup"),
    # why: a small unowned pot spent by people deciding together (flexible funding, shared decision-making), then trust: collaboration with residents and bodies
    ("speech", "Three years ago the food partnership was a mailing list. What changed it was a small pot of money that nobody owned – £20,000 from the Board – spent by growers, food bank volunteers and council officers sitting round a kitchen table in Merthyr and deciding together. Once people had made a decision together and lived with it, they started to trust each other.", "es sp sm er iv P5 co"),
    # why: pensions, indemnity and line management in different places: incompatible HR structures
    ("speech", "You can't swap a nurse and a social worker for a week, because their pensions, their indemnity and their line management all sit in different places. We tried. It took four months to get one person across.", "bs"),
    ("speech", "Pleased to say the housing group has signed up to the ten-year target we proposed – no child in temporary accommodation for more than six weeks – and the council and both housing associations are now reporting against it.", "cp em lt P3 co"),
    # why: never having met anyone from the fire service: not knowing what others can offer
    ("speech", "Honestly, I don't know what the fire service could do for us. I've never met anyone from there.", "br"),
    # why: volunteers running it and the council staying out of the way: local ownership, room to act
    ("speech", "Can I just say, the reason the library hub in Cefn Mawr works is that the volunteers run it. The council provides the building and the broadband and then has the sense to stay out of the way.", "sp es iv P4"),
    # why: 'opposite sides' as far as young people were concerned, now trusted: relationships overcome (both); a PCSO at the youth session is coordination
    ("speech", "The police and us used to be on opposite sides as far as the kids were concerned. Now the PCSO comes to the Friday session in a hoodie and the kids tell her things they'd never tell me.", "br er P3 co"),
    # why: everyone willing and the law allowing it, but nobody wanting to sign first: risk aversion and a data-sharing barrier
    ("speech", "The ambulance service wanted the data, we wanted to share it, the law allowed it, and it still took eighteen months because neither information governance team wanted to be the one to sign first.", "bm bs cj"),
    # why: the county never coming and sending a survey: lack of buy-in; a survey is consultation
    ("speech", "We've tried for two years to get the county to come to one of our meetings about the Place Plan. They send their apologies and a link to a survey.", "bm P2"),
    # why: nine organisations and nobody seeing all nine: services not joined up around the person
    ("speech", "If you're a man of fifty-five in Llanelli with a bad chest, a debt problem and a son in trouble, there are about nine organisations who could help you and no one whose job it is to see all nine.", "ws sup"),
    # why: a resident panel turning down proposals and being heeded: shared decision-making; citizens deciding
    ("speech", "When they first asked us onto the panel I thought we'd be window dressing. But we've turned down two of their proposals and they've gone away and changed them, so I suppose we're not.", "sp iv sup P5"),
    # why: nobody to hold it together and bits of lent time: no dedicated resource (structures) and the missing people to join things up; lent staff is cooperation
    ("speech", "What we haven't got is anyone whose job it is to hold the whole thing together. Every partner has lent us a bit of someone's time, and those bits don't add up to a person.", "ws bs P4 co"),
    # why: managers keen but a caseload up by half and no time for meetings: staff stress and burnout
    ("speech", "The management are all for it, and the strategy's lovely. But on the ground my caseload's gone from eighteen to twenty-seven in a year, and I haven't got time for another multi-agency meeting.", "br"),
    # why: not always getting on (barrier) overcome by leaders on the phone within the hour (both); a single offer from four councils is cooperation
    ("speech", "I'm not going to pretend our authorities have always got on. But when the steelworks announcement came, the four leaders were on the phone within the hour, and by the end of the week we'd agreed a single offer for workers.", "br er P4 co"),
    # why: recasting a 'health or council' argument as a shared problem: common purpose by meta-framing; a question, no arrangement
    ("speech", "Rather than argue over whether this is a health problem or a council problem, can we agree it's a Blaenau Gwent problem and work back from there?", "cp"),
    # why: a leaflet going through four sign-offs before a logo can go on: bureaucracy; a joint leaflet is cooperation
    ("speech", "Sorry for the delay on the joint leaflet. It's now been through our comms, legal and the Cabinet Member, and I'm told it has to go to the Welsh Language Unit as well before we can put our logo on it.", "bs P4 co"),
    # why: residents writing the questions, doing the doors and deciding with officers: co-production and shared decisions
    ("speech", "We wrote the questions for the survey ourselves, went round the doors ourselves, and then sat down with the council officers to decide what to do with the answers.", "sup iv sp cm P5"),
    # why: none could afford it alone, so each puts in a third: why collaboration is worth it, pooled funding
    ("speech", "None of the partners could have afforded a community safety officer in every town on their own. By each putting in a third, we've now got one in Aberaeron, Lampeter and Cardigan.", "cp es cj P5 co"),
    # why: worry that quality drops and 'our name on it' if volunteers run the helpline: fear of losing control over quality (promotion), reluctance (motivations)
    ("speech", "My worry is that if we hand the helpline over to the volunteers the quality will slip, and it'll still be our name on the letter when something goes wrong.", "bm dprom"),
]
