# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch W: a calibration set written blind to the lexicons, weighted to themes, ways of working and the power spectrum.

130 passages (minutes 80, speech 50), one to five sentences, in the register of Welsh PSB,
regional partnership board, community safety partnership, council and community council minutes
(attendance, apologies, declarations, partner updates, discussion, resolutions, AGREED items,
ACTION lines, risk registers) and of remarks made in or around them (quoted remarks, interview
quotes from evaluations, blog posts, e-mails, talks by officers, councillors, third-sector staff
and residents). The batch leans on the themes (service user perspective, common purpose, whole
system, sharing power), the five ways of working and the power spectrum, mostly said without the
textbook words (a mother visited by eleven professionals, oak that matures at the end of the
century, a skate park chosen by young people, one timetable for three minibus schemes). The
spectrum is spread over competition (bids against each other for one pot), consultation only
(organisations asked for comments: P2 without the collaboration way of working), each body doing
its own part (P3), aligned staff, venues and money (P4) and pooled or joint teams, funds and
co-design (P5); decisions in minutes carry the level they commit to, while meeting process,
apologies, noting reports and hedges ('would like to explore', 'look at', 'more information was
needed') are null. Other hard cases: a rejected proposal beside a smaller committed one (the
committed level), past competition with a committed joint future, negated purpose and absent
involvement, barriers overcome (both labels), keywords only in headings and organisation names,
and meeting furniture; a little over a fifth carry no label at all. Labelled on all eight
frameworks from the taxonomy and gold/FORMAT.md only: the tagger was never run on these passages
while they were written, the lexicons were not read, and the gold files were not read. Nothing is
taken from the corpus. Hard calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ minutes (80)
    ("minutes", "Present: Cllr Rhian Thomas (Chair) – Pembrokeshire County Council; Dr Siân Harries – Hywel Dda UHB; Group Manager Alun Rees – Mid and West Wales Fire and Rescue Service; Ceri Davies – Natural Resources Wales; Tom Evans – PAVS; Insp Nia Lewis – Dyfed-Powys Police. In attendance: Lowri James, PSB Support Officer.", ""),
    ("minutes", "2. DECLARATIONS OF INTEREST. Cllr Price declared a personal interest in item 6 as a trustee of the Blaenavon Community Hub and remained in the meeting for that item.", ""),
    ("minutes", "3. MINUTES OF THE LAST MEETING. RESOLVED that the minutes of the meeting held on 14 March 2025 be approved as a correct record and signed by the Chair.", ""),
    ("minutes", "Matters Arising – Page 4, Item 5. The Partnership Manager confirmed that the letter to the Minister had been sent on 2 April and that no reply had yet been received.", ""),
    # why: 'joint working' and 'integration' are only in the item heading; deferring an item is meeting process
    ("minutes", "ITEM 8 – JOINT WORKING AND INTEGRATION FUND: UPDATE. The item was deferred to the July meeting as the report author was unwell.", ""),
    # why: noting another board's report without discussing its content is meeting process
    ("minutes", "The Board received the quarter three performance report of the Cwm Taf Morgannwg Regional Partnership Board. RESOLVED to note the report.", ""),
    # why: 'would like to explore, at some point' with no work commissioned is a vague hedge: no level, and sharing space is not described as an arrangement
    ("minutes", "Members said they would like to explore, at some point, whether the library and the job centre in Ammanford might share a building, but felt it was too early to ask officers to do any work on it.", ""),
    # why: community councils are organisations being asked for comments: consultation without the collaboration way of working
    ("minutes", "The Chair reported that the Board had written to all 52 town and community councils in the county inviting comments on the draft priorities, and that 19 had replied by the closing date.", "P2"),
    # why: residents' views changing the draft is their voice in policy design; they give views only (P2)
    ("minutes", "Officers reported that 640 people had filled in the survey on the draft well-being objectives, with stalls at the markets in Carmarthen, Llanelli and Ammanford for those who do not go online. A note of what people said, and of how the draft had been changed in response, will come to the July meeting.", "sup iv P2"),
    # why: each body does and pays for its own part and the parts are joined up by referral: coordination; stopping people being left without heat is prevention
    ("minutes", "Under the winter plan the fire service will check the heating on every home visit, the council will fast-track a boiler grant for anyone the fire service refers, and Care & Repair will fit the new boilers, so that older people are not left without heat when the cold weather comes. Each organisation will meet its own costs.", "P3 co pv"),
    # why: each body puts staff or a venue into one programme for a shared aim, no pooled budget: cooperation
    ("minutes", "It was AGREED that the council's youth service, the health board's school nursing team and Newport Live would each put two members of staff into the summer holiday programme in Pillgwenlly, with the council providing the venue.", "P4 co"),
    # why: one manager, one budget and agreed targets is a joint service with pooled money
    ("minutes", "It was AGREED that Torfaen County Borough Council and Aneurin Bevan UHB would jointly fund a single falls response service for the borough from April 2026, with one manager, one budget and one set of targets agreed between them.", "es P5 co"),
    # why: separate bids for one allocation, described neutrally: competition only, no barrier
    ("minutes", "Members noted that the three town councils had each submitted a separate bid to the Shared Prosperity Fund for a town-centre events programme, and that only one could be funded from the county's allocation.", "P1"),
    # why: scoring groups against one another is competition for funding named as limiting joint work (bs); groups now unwilling to share ideas is lost trust (br)
    ("minutes", "Ms Morgan (GAVO) said that the way the grant round had been run, with voluntary groups scored against one another for a single pot, meant that groups which had worked together for years were now unwilling to share their ideas at the network meetings.", "bs br P1"),
    # why: past competition with a committed joint future takes the committed level; shared instructors and one booking system are joint delivery
    ("minutes", "The two leisure trusts, which had bid against each other for the council's leisure contract in 2019, have agreed to run the new swimming lessons programme together from September, with a single booking system and shared instructors.", "P5 co"),
    # why: partners still describing objectives in their own terms and nothing the Board adds: no shared purpose (barrier) on the common purpose topic
    ("minutes", "Cllr Jones observed that, two years into the plan, partners still described the Board's objectives in their own terms, and she could not see anything the Board was trying to achieve that its members would not have done anyway.", "cp bm"),
    # why: one test for everything the Board does is a clear shared purpose, agreed after a long discussion (strategic capacity); five years is not the long-term horizon
    ("minutes", "After a long discussion, members agreed that everything the Board did over the next five years should be tested against one question: will it mean fewer children in Merthyr Tydfil growing up in poverty?", "cp em st"),
    # why: five offices on one day is services not joined up around the person; commissioning a mapping report is process, not yet an arrangement
    ("minutes", "Members heard that a man released from HMP Swansea had been sent to five different offices on his first day to sort out housing, benefits, a GP, his probation appointment and his medication. It was agreed that the reducing reoffending group would map the first 48 hours after release and report back on where the organisations' processes could be brought together.", "ws sup"),
    # why: residents decide and partners accept without revisiting: delegation and local ownership; residents deciding is the top level (no co: citizens, not organisations)
    ("minutes", "The Board agreed that the £60,000 for the Tonypandy community grants would be allocated by a panel of eight residents, and that partners would accept the panel's choices without revisiting them at Board level.", "sp sup iv es P5"),
    # why: allowing pilots to fail and reporting them as learning, not blame: tolerating failure is sharing power; no joint arrangement described
    ("minutes", "Members agreed that the three place-based pilots should be allowed to fail, and that any pilot that did not work would be reported back to the Board as learning rather than as a failure of the lead organisation.", "sp"),
    # why: invited but never leading and decisions taken at the statutory partners' pre-meeting: power not shared, an unequal relationship (br)
    ("minutes", "The third sector representative said that the voluntary organisations were invited to every meeting but had never been asked to lead an item, and that in practice decisions were made at the statutory partners' pre-meeting.", "sp br"),
    # why: oak maturing at the end of the century and a 2050 target: long term, said without the words
    ("minutes", "The NRW representative reminded members that the oak planted on the Gwydir estate this winter would not be mature until the end of the century, and asked that the Board's woodland target be set for 2050 rather than for the life of this plan.", "lt"),
    # why: smoke alarms and school talks before any fire: prevention by one body; no joint working described
    ("minutes", "The Chief Fire Officer said that the service now spent more of its time fitting smoke alarms and talking to schools than fighting fires, and that deliberate grass fires in the valleys had halved since the school talks began.", "pv"),
    # why: asking how the housing objective sits with the nature and flood objectives is integration; bringing plans side by side is meeting process
    ("minutes", "Cllr Evans asked how the objective to build 500 new homes by 2030 sat with the Board's objectives on nature recovery and flood risk, and whether the housing and environment sub-groups had ever compared their plans. Officers agreed to bring both action plans to the next meeting side by side.", "ig"),
    # why: checking one step against each goal and recording linked objectives of two other bodies: integration
    ("minutes", "Before approving the active travel step, members checked it against each of the seven well-being goals. The Chair noted that it also served the health board's healthy weight target and the council's carbon target, and asked that both be recorded as linked objectives.", "ig"),
    # why: young carers running sessions and writing their own section is co-production with citizens (top level, no co)
    ("minutes", "Ms Hughes (DVSC) reported that the young carers had run two of the sessions on the draft plan themselves, in Welsh and in English, and had written the section of the plan on young carers in their own words.", "sup iv P5"),
    # why: one contact per partner under a shared protocol: each body handles its own cases through named links (coordination), the protocol is a formal arrangement
    ("minutes", "ACTION: Each partner to nominate a single point of contact for the multi-agency hoarding protocol by 30 June. Owner: All partners.", "P3 co cj"),
    ("minutes", "ACTION A231: PSB Support Officer to circulate the revised terms of reference with the minutes. Owner: LJ. Due: 1 May.", ""),
    # why: losing the only dedicated funding is named as a red risk to the partnership's support (bs); 'consider whether they could jointly fund' is a hedge: no level
    ("minutes", "RISK 2 (red): Loss of the Welsh Government grant for the partnership support post from March 2026, leaving the Board without anyone to service its sub-groups. Mitigation: partners to consider whether they could fund the post from their own budgets; report to the June meeting.", "bs"),
    # why: routes drawn up together but each council runs its own van: coordination
    ("minutes", "RISK 5 (amber to green). The risk that the three councils' mobile library and advice van routes would overlap has been closed: the routes have now been drawn up together and each council runs its own van on its share of the timetable.", "P3 co"),
    # why: competitive tender described neutrally: competition on the spectrum only, no barrier
    ("minutes", "The Clerk reported that the grass-cutting contract had been awarded to Jones Bros (Llanrug) following a competitive tender, theirs being the lowest of three bids.", "P1"),
    # why: a rule stopping information sharing (bs) overcome by a signed protocol (es, cj): both; joint visits by two services' staff are cooperation
    ("minutes", "The Head of Housing said that the rule which had stopped housing officers sharing tenancy details with health visitors had been resolved by the protocol signed in January, and that joint visits to families in temporary accommodation had started in February.", "bs es cj P4 co"),
    ("minutes", "The Chair thanked Swansea Council for hosting the meeting and noted that this would be the last meeting held at the Civic Centre before the move to the new offices.", ""),
    ("minutes", "ANY OTHER BUSINESS. There was no other business. The meeting closed at 12.10 pm.", ""),
    # why: the keywords are in the network's name; noting with no questions is process
    ("minutes", "The Board noted the update from the Gwent Integrated Well-being Network. No questions were raised.", ""),
    # why: staff days and a sports hall from three bodies towards one project is cooperation; catching teenagers before they get a record is prevention
    ("minutes", "The police, the council and Coleg Gwent agreed to give the community safety partnership's Friday night project a share of their staff time for a year – a PCSO two days a week, a youth worker three days and the college's sports hall – to keep teenagers out of trouble before they end up with a record.", "P4 co pv"),
    # why: carers and three bodies designing the service, sign-off only when the carers are content: co-design and shared decisions
    ("minutes", "It was AGREED that the new carers' support service would be designed by a working group of carers, the two councils, the health board and Carers Trust, meeting monthly from September, and that the specification would be signed off only when the carers on the group were content with it.", "sup iv sp P5 co"),
    # why: sending a draft to providers for comment is consultation only (no co)
    ("minutes", "The Regional Partnership Board will send the draft market stability report to all commissioned care providers for comment before it is finalised; comments are due by 12 December.", "P2"),
    # why: one body informing partners and taking comments before it decides on its own: consultation
    ("minutes", "The Programme Manager briefed members on the health board's plans to change the opening hours of the minor injuries unit at Llandovery, and said the health board would take partners' comments into account before it made its decision.", "P2"),
    # why: the pooled team was rejected; the level is the one committed to (shared calendars, each running its own events: coordination); keeping separate statutory arrangements is a rule limiting pooling (bs)
    ("minutes", "The council's proposal that the four partners pool their community engagement budgets into one team was not accepted: the health board and the police said they needed to keep their own statutory consultation arrangements. Partners will instead share their engagement calendars so that their events do not clash.", "bs P3 co"),
    # why: a proposal accepted; officers of two bodies working from one hub is co-location (er) and cooperation
    ("minutes", "Members accepted the proposal that the fire service's community safety officers be based two days a week in the council's hub in Holyhead, alongside the housing and benefits advice teams.", "er P4 co"),
    # why: each body takes its own task and reports to one group: coordination; stopping last winter's damage recurring is prevention
    ("minutes", "RESOLVED that the council would clear the culverts, NRW would repair the flood bank at Llanrwst and Dŵr Cymru would survey the sewer outfalls before the end of October, each reporting progress to the flood group, so that last winter's damage is not repeated.", "P3 co pv"),
    # why: bringing three partnerships together to check their plans pull the same way: convening (ws) and objectives checked against each other (ig); a joint session is coordination, as in batch U
    ("minutes", "The Chair proposed, and members agreed, that the Board would bring the chairs of the housing, health and community safety partnerships together once a year to check whether their plans were pulling in the same direction.", "ws ig P3 co"),
    # why: reporting which partners actually contributed is monitoring and challenging partners' behaviour (ws) and accountability (gv); no arrangement described
    ("minutes", "Scrutiny members asked that the Board's annual report should say, for each joint step, which partners had actually contributed staff or money and which had not.", "ws gv"),
    # why: partners answering to the scrutiny committee is accountability; no joint activity
    ("minutes", "The Chair of the Overview and Scrutiny Committee attended to explain the committee's role in scrutinising the Board's work, and invited partners to the November session to answer questions on the poverty objective.", "gv"),
    # why: trend to 2040 is long term; effort in the years before diagnosis is prevention
    ("minutes", "Public Health Wales presented projections showing that, on current trends, the number of people in the county living with diabetes would rise by a third by 2040. Members agreed that the Board's effort should go into the years before diagnosis rather than into more clinics.", "lt pv"),
    # why: eleven professionals unaware of each other is services not joined up, seen from the family's side; 'the story the Board existed to change' is why the Board works together
    ("minutes", "The Board heard from a mother who had been visited by eleven different professionals in the month after her son's diagnosis, none of whom knew that the others had called. Members agreed that this was exactly the story the Board existed to change.", "sup ws cp"),
    ("minutes", "Cllr Lewis asked that future papers be circulated at least five working days before the meeting. The Chair agreed.", ""),
    # why: 'early intervention and prevention' is a sub-group name; a change of chair is furniture
    ("minutes", "ITEM 9 – EARLY INTERVENTION AND PREVENTION SUB-GROUP: CHANGE OF CHAIR. Members noted that Ms Rees would take over as chair of the sub-group from 1 June.", ""),
    # why: 'Collaborative Commissioning' is in the hub's name; the content of the presentation is not given
    ("minutes", "Mr Parry gave a presentation on behalf of the North Wales Collaborative Commissioning Hub on the new regional framework for fostering placements. Members noted the presentation.", ""),
    # why: meeting a family when a child first comes to notice, to avoid later costs, is prevention; moving money within one budget describes no joint arrangement
    ("minutes", "The Community Safety Partnership agreed to move £20,000 from the CCTV budget into the scheme that works with families when a child first comes to the notice of the police, on the basis that every child kept out of the youth justice system saves far more later on.", "pv"),
    # why: three priorities owned by the whole Board is common purpose; every partner saying what it contributes to each is aligned resources (cooperation)
    ("minutes", "Members agreed that the three priorities in the draft plan – warm homes, good work and connected communities – would belong to the whole Board rather than each being handed to a lead partner, and that every partner would say what it would contribute to all three.", "cp P4 co"),
    # why: 'more information was needed before any decision' is a hedge: null
    ("minutes", "There was general support for the idea of a shared volunteering platform, but members felt that more information was needed before any decision could be taken.", ""),
    # why: support in principle with no budget offered is lack of buy-in; the stalled scheme keeps its level (aligned contributions)
    ("minutes", "The Programme Lead said that no partner had yet offered any money or staff towards the shared apprenticeship scheme, although all of them had supported it in principle at the last meeting.", "bm P4 co"),
    # why: terms of reference, membership and decision rules for a new board: creation; two residents as members is involvement
    ("minutes", "The Board approved the terms of reference for the new Ynys Môn Food Partnership: membership of the council, the health board, Menter Môn, the food banks and two residents, with a chair elected each year and decisions taken by consensus.", "Lcre P4 co iv"),
    # why: a group that has done its job closing and passing on what remains: termination
    ("minutes", "Members agreed that the Healthy Schools steering group had done what it was set up to do and should close at the end of March, with its two remaining actions taken on by the council's education department.", "Lterm"),
    # why: allocating the partnership's funds to projects through an executive group: delivery, with the spend returns to the partnership as accountability
    ("minutes", "The executive group confirmed that all eleven projects under the partnership's Safer Streets allocation had received their money and appointed a project lead, and that monthly spend returns would be brought to the partnership.", "Ldel P4 co gv"),
    # why: meeting informally over coffee with nothing formal proposed: pre-partnership, getting to know each other; 'see whether' is a hedge (null)
    ("minutes", "The Clerk reported that officers from the three community councils had started meeting informally over coffee to see whether there were things they could do together. Nothing formal is proposed at this stage.", "Lpre er"),
    # why: one shared list, each body acting with its own powers: coordination with shared data (cj)
    ("minutes", "The Police Inspector reported that the weekly tasking meeting now worked from one list of problem addresses, with the police, the council's anti-social behaviour team and the housing association each taking the actions that fell to their own powers.", "P3 co cj"),
    # why: two bodies' money towards the same projects, each keeping its own conditions: aligned, not pooled (cooperation)
    ("minutes", "It was AGREED that the council's Shared Prosperity Fund money and the health board's healthy weight funding would both be put towards the same three community growing projects in Caerau and Maesteg, each body keeping its own grant conditions.", "P4 co"),
    # why: shared manager, caseload and budget across two bodies: joint team with pooled budget, services joined up
    ("minutes", "Members approved the business case for a single community team in north Powys, in which district nurses, social workers and therapists from the council and Powys Teaching Health Board will share a manager, a caseload and a budget.", "es ws P5 co"),
    # why: delegating spending decisions to locality groups is sharing power and streamlined decision-making; no joint activity described
    ("minutes", "The Board agreed to delegate decisions on spending below £10,000 to the locality groups in each of the four areas, so that they would no longer have to wait for a Board meeting.", "sp es"),
    # why: being told after the decision and asking to be consulted before: consultation level only, organisations not working together (no co)
    ("minutes", "Cllr Owen said the community council had been told about the closure of the village library only after the county council had made its decision, and asked that in future the county consult town and community councils before a decision rather than after it.", "P2"),
    ("minutes", "The Responsible Financial Officer reported a balance of £14,212.47 in the current account and £30,000 in the reserve account at 31 March.", ""),
    ("minutes", "Planning applications. 24/0113/FUL – single-storey extension to the rear of Bryn Awel, Heol y Felin. No objection.", ""),
    # why: the community council and the county each doing their own part of the bin service: coordination
    ("minutes", "The Clerk reported that the community council would take on the weekly emptying of the village litter bins from April, with the county council continuing to collect the bagged waste from the depot.", "P3 co"),
    # why: young people pointing out the missing link between climate and jobs, and the objectives rewritten to refer to each other: integration prompted by citizens' voice (P2)
    ("minutes", "Members noted that the young people's panel had asked the Board why the climate objective said nothing about jobs, and agreed that the two objectives should be rewritten so that each referred to the other.", "ig iv sup P2"),
    # why: saying in the room what cannot be delivered without it being read as bad faith: trust (er, sm) and a safe space for candour (pe)
    ("minutes", "Several members remarked that the Board had reached the point where partners could say in the room when they were not going to be able to deliver something, without anyone reading it as bad faith.", "er sm pe"),
    # why: asking what each partner fears losing and recording it without comment is discovering concerns in a safe space; a merger is only discussed
    ("minutes", "The facilitator asked each partner to say what it would be most worried about losing if the two community safety partnerships merged, and the answers were recorded without comment.", "pe"),
    # why: training in running meetings where nobody is in charge is the skills of those involved
    ("minutes", "It was agreed that officers from all partners who sit on the delivery groups would attend the two-day course on facilitation and chairing partnership meetings in the spring.", "pr"),
    # why: groups lacking time and confidence to read the paper, and payments and a plain summary so they can take part: community capacity and involvement
    ("minutes", "The TVA representative said that many of the community groups in Blaenavon had no one with the time or the confidence to read a forty-page consultation paper, and asked that the Board fund small payments and a plain-language summary so that they could take part.", "cm iv sup"),
    # why: a joint team of secondees to run a programme day to day is an operational structure for joint delivery
    ("minutes", "The Board agreed to set up a small joint delivery team, with staff seconded from the council, the health board and the housing associations, to run the warm homes programme day to day.", "op es P5 co"),
    # why: trends over the next 25 years: long term; asking sub-groups for returns is process
    ("minutes", "The Chair reminded members that the assessment had to look at the trends likely to affect the area over the next 25 years, and asked each sub-group to include them in its return.", "lt"),
    # why: 'agreed in principle to look at', subject to each budget: a hedge, so no level and no labels
    ("minutes", "It was AGREED in principle that partners would look at jointly funding a data analyst for the Board, subject to each organisation's own budget-setting later in the year.", ""),
    # why: the same wildlife map used in two bodies' plans is joined-up objectives (ig) and shared knowledge (cj); each applying it in its own decisions is coordination
    ("minutes", "NRW and council officers confirmed that the nature recovery action plan and the local development plan now used the same map of wildlife corridors, and that each body would apply it in its own decisions.", "ig cj P3 co"),
    # why: a repeated grievance over credit for a jointly funded hub strains the relationship; the hub itself is aligned money (cooperation)
    ("minutes", "Cllr Rees complained that the health board's press release about the new wellbeing hub had not mentioned the council's £400,000 contribution to it, and that this was the third time it had happened.", "br P4 co"),
    # why: practices guarding their patients from each other (bm) overcome by evening meetings that brought them together (er): both; a shared rota is cooperation
    ("minutes", "Members heard that the GP practices and community pharmacies in Amlwch, which had long treated each other as rivals for the same patients, had agreed a shared rota so that one of them is always open on Saturday mornings, after the cluster lead brought them together for a series of evening meetings.", "bm er P4 co"),
    # why: looking at one sub-group's cuts against another objective before deciding: integration
    ("minutes", "The Director of Public Health asked that the transport sub-group's plan to cut rural bus routes be looked at alongside the Board's objective on loneliness in older people before any decision was taken.", "ig"),
    # why: every report opening with the user's account in their own words: the service user's perspective
    ("minutes", "It was agreed that every future report to the Board should open with a short account, in the person's own words, of what the service had been like for someone who used it.", "sup"),
    ("minutes", "Apologies: Cllr Dafydd Hughes (Gwynedd Council); Dr Elin Roberts (Betsi Cadwaladr UHB), represented by Mr Gareth Jones; Superintendent Anwen Price (North Wales Police).", ""),
    # ------------------------------------------------------------------ speech (50)
    # why: tenants writing the brief and throwing out a design is co-design with power shared; citizens, not organisations (no co)
    ("speech", "'We kept asking people what they wanted and then doing what we'd planned anyway. This time the tenants wrote the brief for the architects, and they threw out the first design,' said the regeneration manager.", "sup iv sp P5"),
    ("speech", "I'm sorry I missed the last meeting. Could someone send me the papers for item 4?", ""),
    ("speech", "Good morning everyone, and croeso. Before we start, a reminder that the fire exits are on either side of the stage.", ""),
    # why: arguments over whose target (competing priorities) ended by agreeing they served the same families (shared purpose): both
    ("speech", "'Once we agreed we were all there for the same families, the arguments about whose target it was just stopped mattering,' a head of children's services said.", "cp bm em"),
    # why: 'at some point, if the funding ever comes through' is a hedge
    ("speech", "'It would be lovely to do something with the schools at some point, if the funding ever comes through,' said the ranger.", ""),
    # why: one problem from the family's side, chopped up by the services: user perspective and whole system
    ("speech", "'From the family's side it's all one problem – the damp, the asthma, the days off school. It's only us who've chopped it up into housing, health and education,' the community nurse said.", "sup ws"),
    # why: asking why people fell in the first place: prevention, without the word
    ("speech", "'We were brilliant at picking people up off the floor. What we weren't doing was asking why they fell in the first place,' said the falls lead.", "pv"),
    # why: a granddaughter paying for today's decisions: future generations
    ("speech", "'My granddaughter will be paying for the decisions we make about this valley long after I'm gone. I'd like us to think about her when we vote,' Cllr Morgan said.", "lt"),
    # why: accepting the group may choose differently is letting go; no joint arrangement described
    ("speech", "'We had to get used to the idea that the community group might spend the money on something we wouldn't have chosen. That's the whole point of giving it to them,' the council officer said.", "sp"),
    # why: finance asking who carries the can blocks handing over budgets: risk aversion and fear of losing control (dproj) on the sharing power topic
    ("speech", "'Every time we talk about handing the budget to the localities, someone from finance asks who'll carry the can if it goes wrong,' one officer told the evaluation.", "sp bm dproj"),
    # why: taking the draft to where people are is involvement; they still only give views (P2)
    ("speech", "'We took the draft plan to the rugby club, the mosque, the Tuesday knit group and the school gates. People don't come to consultation events, so we went to them,' the engagement officer said.", "iv sup P2"),
    # why: an organisation sent proposals and asked for views: consultation only, no co; no feedback is not named as limiting joint work
    ("speech", "'To be fair, they did send us the proposals and ask what we thought. But that was it – we never heard whether anything we said made a difference,' said the chief officer of the county voluntary council.", "P2"),
    # why: explicitly no shared budget or office, each body acting in turn: coordination
    ("speech", "'We don't share a budget or an office. We just make sure that when the police close a cannabis factory, the housing officer is at the door the next morning and the landlord gets a letter that week,' said the community safety manager.", "P3 co"),
    # why: hall, heating, a nurse and the tea urn from different bodies: each contributes its piece (cooperation)
    ("speech", "'Everyone brought something. The church gave the hall, the council paid for the heating, the health board sent a nurse on Thursdays, and we ran the tea urn,' said a volunteer at the warm space.", "P4 co"),
    # why: writing the bid and interviewing together, failure falling on all: joint working with shared risk
    ("speech", "'It's not their project or ours. We wrote the bid together, we interview the staff together, and if it goes wrong it goes wrong for all of us,' the housing association's director said.", "sp P5 co"),
    # why: bidding against partners is competition for funding named as damaging trust: bs, br, trust as topic (sm)
    ("speech", "'We're being asked to bid against the very organisations we're supposed to be partnering with. How does that build trust?' asked the chief executive of a Cardiff charity.", "bs br sm P1"),
    # why: 'no real disagreement' cancels a motivations barrier; nobody whose job it was is diffuse accountability
    ("speech", "'I wouldn't say there was any real disagreement. There just wasn't anyone whose job it was to make it happen,' a former board member said.", "bs"),
    ("speech", "'Ask me what matters to me, not what's the matter with me,' one resident told the panel.", "sup"),
    ("speech", "Please find attached the agenda and papers for Thursday's meeting. Hard copies will be available on the day.", ""),
    # why: the keywords are only in the organisation's name
    ("speech", "'I work for the Integrated Care Collaborative, which is a bit of a mouthful – mostly I run the payroll,' she said, laughing.", ""),
    # why: being able to say why the board meets is its purpose, asked for, not yet stated
    ("speech", "'Somebody has to be able to say in one sentence why we meet. If we can't, we should stop,' the chair told the away day.", "cp"),
    # why: spending at three to save at fifteen is prevention with a twelve-year view (long term)
    ("speech", "'A pound spent on a three-year-old's speech and language saves you ten when they're fifteen. Everyone knows it, and we still spend the money at fifteen,' said a Flying Start manager.", "pv lt"),
    # why: one decision's effect on another body's service that nobody looked at: integration, and services not joined up
    ("speech", "'The transport team cut the late bus to save money, and suddenly a third of people weren't turning up to the health board's evening clinics. Nobody had looked at what one decision did to the other,' the councillor said.", "ig ws"),
    # why: consultation held (P2) in a way that shut residents out: involvement topic, communities lacking what they need to take part
    ("speech", "'They held the consultation in August, online only, in English only. Of course nobody from the estate took part,' a tenant representative said.", "iv cm sup P2"),
    ("speech", "Thank you, Chair. I'll be brief, because I know we're running late.", ""),
    # why: funding others and standing back instead of taking the credit is giving room to act; council money with schools and a trust delivering is cooperation
    ("speech", "'The council could have done the tree planting itself and put its name on it. Instead it gave the money to the schools and the Woodland Trust and stood back,' said a parent governor.", "sp P4 co"),
    # why: sitting in others' meetings so the left hand knows what the right is doing: the person who joins organisations up
    ("speech", "'Half my job is sitting in other people's meetings so that the left hand knows what the right hand is doing,' the partnership manager said.", "ws"),
    # why: doing what they say for three years until nobody checks: trust built (er) and credibility (sm)
    ("speech", "'It's simple really: they do what they say they'll do. After three years of that, you stop checking,' the police inspector said of the youth service.", "er sm"),
    # why: each member saying what they fear is discovering interests and concerns (pe) through open communication (er)
    ("speech", "'The best session we had was the one where the chair asked each of us what we were actually afraid of. The health board admitted it was the waiting-list figures, and after that a lot of things made sense,' one member said.", "pe er"),
    # why: learning to chair people who do not work for you: skills of those involved
    ("speech", "'Nobody trains you to chair a room where none of the people work for you. I learned it the hard way,' said the board's vice-chair.", "pr"),
    # why: nobody answerable to residents is accountability (gv) and diffuse accountability (bs)
    ("speech", "'When residents ask me who is responsible for the PSB's promises, I honestly can't tell them. It's everyone, which means it's no one,' the scrutiny chair said.", "gv bs"),
    # why: fourteen priorities from each partner's list is no agreed purpose: barrier on the common purpose topic
    ("speech", "'Every organisation brought its own priorities to the table and we ended up with fourteen. Fourteen priorities is no priorities,' the officer said.", "cp bm"),
    # why: young people deciding the spend against the staff's choice: power shared with citizens (top level, no co)
    ("speech", "'The young people decided how the £5,000 was spent. They picked a skate park over the youth club we'd have chosen, and it's packed every night,' said the youth worker.", "sup iv sp P5"),
    # why: nothing merged, one timetable so each scheme runs its own vehicles: coordination
    ("speech", "'We agreed not to merge anything. We just publish one timetable, so the community transport, the council minibuses and the hospital car scheme aren't all running to Aberystwyth on the same Tuesday,' the transport officer said.", "P3 co"),
    # why: 'one day ... not there yet' is a hedge: no level, no labels
    ("speech", "'We'd like to look at joint commissioning with the health board one day, but honestly we're not there yet,' the director said.", ""),
    # why: a goal all seven partners signed up to, explained: common purpose; 2030 is not long term
    ("speech", "In last week's blog I mentioned the Board's new goal that nobody in Ceredigion should be more than thirty minutes from a warm, welcoming place by 2030. This week I want to say why all seven partners signed up to it.", "cp"),
    # why: one body asking partners for views on its options: consultation
    ("speech", "Dear colleagues, the health board is reviewing its community hospital beds in the north of the county and would welcome your views on the attached options paper. Please reply by 14 November.", "P2"),
    # why: running the rest centre 'as one' with the residents' group: joint delivery (P5) with organisations (co) and citizens (iv)
    ("speech", "'When the flooding hit Pentre, the council, the fire service and the residents' group ran the rest centre as one. Nobody asked whose job it was,' the Chief Fire Officer told the conference.", "P5 co iv"),
    # why: the landlord tells the advice service the same day and the eviction is stopped: coordination for prevention
    ("speech", "'Now, when the housing officer sees a tenant has gone three weeks without paying, the advice service hears about it that day, and nine times out of ten we stop the eviction,' the Citizens Advice manager said.", "pv P3 co"),
    ("speech", "Diolch yn fawr. That's all from me.", ""),
    # why: not being the one who decides is sharing power and the fear of losing control (projection)
    ("speech", "'The hardest thing for a chief executive is to sit in a meeting and not be the one who decides. The good ones manage it,' said a former PSB co-ordinator.", "sp dproj"),
    # why: past competition with a committed joint bid as one consortium takes the committed level
    ("speech", "'We used to fight the other two trusts for every contract. Now the three of us have agreed to bid as one consortium for the next tender,' the manager said.", "P5 co"),
    # why: reading another body's plan first and finding overlapping and conflicting promises: integration
    ("speech", "'I asked the housing team to read the health board's plan before they wrote theirs. They found four things they were both promising to do and two that cancelled each other out,' the PSB manager said.", "ig"),
    ("speech", "'The car park was full this morning, so I'd leave extra time if you're coming by car next month,' the clerk added.", ""),
    # why: materials from three bodies and land from farmers for one catchment: cooperation; twenty years for the benefit: long term
    ("speech", "'The trees, the hedges and the fencing came from three different organisations, and the farmers gave the land. None of us could have done the whole catchment on our own, and none of us will see the full benefit for twenty years,' the rivers trust officer said.", "P4 co lt"),
    # why: asked for views on a finished plan: consultation, with no share in the decision (sharing power topic)
    ("speech", "'Being consulted isn't the same as being a partner. We get asked our views on a plan that's already been written,' the housing association's chief executive said.", "P2 sp"),
    # why: lawyers' objection (bs) overcome by a one-page agreement (es, cj): both; nurses seeing social care notes is shared information (cooperation)
    ("speech", "'The lawyers said it couldn't be done. In the end we found a way: a one-page agreement that let the nurses see the social care notes for the people they were both looking after,' the integration lead said.", "bs es cj P4 co"),
    # why: three cases in three organisations that do not talk: services not joined up around the person; not talking is a negated communication enabler (br)
    ("speech", "'He's one man with one set of problems, but on paper he's three cases in three organisations, and none of them talk to each other,' the support worker said.", "sup ws br"),
    # why: starting from what the village wanted gave the bodies a common goal from local need (em, cp); 'get behind the same thing' is too vague for a level
    ("speech", "'What changed was that we stopped asking what the council wanted and started asking what the village wanted. Then the community council, the school and the chapel could all get behind the same thing,' said the clerk.", "cp sup iv em"),
    # why: three charities applying for one grant, told as fact: competition only
    ("speech", "'Three charities in this town applied to the same lottery fund for the same lunch club. Only one got it, and the other two closed,' the councillor said.", "P1"),
]
