# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch Y: a calibration set written blind to the lexicons, weighted to the factors and the four themes.

130 passages (minutes 50, speech 40, report 40), one to five sentences, in the register of Welsh
PSB, regional partnership board, community safety partnership, cluster and council minutes
(attendance, apologies, declarations, partner updates, discussion, resolutions, ACTION lines), of
quoted remarks (evaluation and interview quotes, blog posts, e-mails, talks by officers,
councillors, third-sector staff, carers and residents) and of evaluations, case studies, Audit
Wales style reviews and board papers. Topics: schools and families, youth services, carers,
dementia, hospital discharge, primary care clusters, social prescribing, mental health crisis,
police and community safety, fire safety, flooding, climate, energy, food poverty, employability,
Welsh language, transport, housing and digital exclusion. The batch leans on the factors
(barriers and enablers by motivations, structures and relationships; a little over half the
passages carry at least one, spread across the six), mostly in people's own words rather than
the textbook terms (a new discharge co-ordinator every few weeks, money whose strings do not
match, a colleague one can ring about anything, one pot instead of arguments over whose budget),
and on the four themes (about 15 passages each), with the power spectrum and the ways of working
labelled as gold/FORMAT.md asks. Hard cases: negated enablers (barriers), barriers overcome (both
labels), barriers stated as plain fact with nothing saying they limit joint working (no factor),
'no barriers were raised' and 'nothing got in our way' (neither), competition described neutrally
(competition only) and competition said to damage joint work (a barrier too), keywords only in
headings and organisation names, hedges and recommendations (no level), and meeting furniture;
about a fifth carry no label at all. Labelled on all eight frameworks from the taxonomy and
gold/FORMAT.md only: the tagger was never run on these passages while they were written, the
lexicons were not read, and the gold files were not read. Nothing is taken from the corpus. Hard
calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ minutes (50)
    ("minutes", "1. WELCOME AND APOLOGIES. The Chair welcomed members to the meeting, held in the Council Chamber, Ebbw Vale. Apologies were received from Cllr Gareth Llewellyn (Blaenau Gwent CBC) and Ms Helen Powell (Aneurin Bevan UHB).", ""),
    ("minutes", "2. DECLARATIONS OF INTEREST. None were declared.", ""),
    ("minutes", "3. MINUTES OF THE PREVIOUS MEETING. The minutes of the meeting held on 9 January 2025 were agreed as a correct record, subject to correcting the spelling of Mr Pritchard's name in item 4.", ""),
    # why: 'barriers', 'enablers' and 'partnership' are only in the item heading; taking an item by e-mail is meeting process
    ("minutes", "ITEM 6 – PARTNERSHIP BARRIERS AND ENABLERS WORKSHOP: FEEDBACK. The Chair said that the feedback report would be circulated by e-mail, as there was not time to take it today.", ""),
    # why: 'no barriers were raised' is neither a barrier nor an enabler; noting an update is process
    ("minutes", "The Chair asked whether any partner had met obstacles in delivering its actions under the dementia-friendly communities step. No barriers were raised, and the update was noted.", ""),
    # why: different funding years stated as plain fact, with nothing saying they limit joint working: no factor
    ("minutes", "The Finance Officer reported that the council's budget year runs from April, and that the health board's allocations for the carers' respite grant are not usually confirmed until June.", ""),
    # why: 'still no' data-sharing agreement is a negated enabler (barrier, structures), said to stop carers being picked up at discharge: services not joined up (ws); the agreement is the protocol topic (cj)
    ("minutes", "Ms Davies (Carers Wales) said that there was still no data-sharing agreement between the hospital and the council's carers team, so carers were not being identified when the person they looked after was discharged.", "bs ws cj"),
    # why: systems that did not talk (bs) overcome by giving link workers access (es, shared data cj): both; third-sector staff working from the practices' records is cooperation
    ("minutes", "The cluster lead reported that the practices had previously been unable to see the social prescribers' notes because the two systems did not talk to each other. Since the link workers were given read-only access to the GP system in May, referrals had doubled.", "bs es cj P4 co"),
    # why: the cluster's money and the CVC's staff in one service is cooperation; nothing is said about where they sit or how the partners get on (no factor)
    ("minutes", "It was AGREED that the primary care cluster would fund two social prescribing link workers for a further year, employed and managed by the CVC, taking referrals from all seven practices.", "P4 co"),
    # why: a new co-ordinator each time, relationships built again: instability and difficulty building relationships; no arrangement described
    ("minutes", "Members heard that ward staff at Glangwili had dealt with seven different discharge co-ordinators from the council in a year, and that each time a new one started the relationships had to be built from scratch.", "br"),
    # why: a pooled budget under a formal agreement: dedicated pooled funding (es), formal agreement (cj), collaboration level
    ("minutes", "The Regional Partnership Board approved a pooled budget of £2.1m for the discharge to recover and assess service, to be held by Carmarthenshire County Council on behalf of the three councils and Hywel Dda UHB under a section 33 agreement.", "es cj P5 co"),
    # why: attendance figures against wellbeing is goals pulling apart: barrier (motivations) on the common purpose topic
    ("minutes", "The youth service manager said that the schools' focus on attendance figures and the youth service's focus on wellbeing meant the two were pulling in different directions over the young people who had been excluded.", "cp bm"),
    # why: speaking most mornings and sorting problems by phone is informal, frequent communication (er); each body acting on what they agree is coordination
    ("minutes", "Inspector Hughes said that the improvement in the town centre owed a lot to the fact that she and the council's anti-social behaviour officer now spoke most mornings, and could sort out most problems with a phone call rather than a referral form.", "er P3 co"),
    # why: each body does its own part, joined by referral (P3); a person tracking referrals so nobody falls between the services is joining up (ws); reducing fire risk before a fire is prevention
    ("minutes", "RESOLVED that the fire and rescue service would offer a safe and well visit to every household referred by adult social care, to reduce the risk of fire among people living alone, and that the Board's support officer would follow each referral from one service to the other so that nobody fell between the two.", "P3 co pv ws"),
    # why: three bodies' money towards one scheme is cooperation; protecting against floods expected over fifty years is long term and prevention
    ("minutes", "The NRW representative reported that the flood scheme at Pentre, funded by the council, NRW and Dŵr Cymru, had been designed to protect the village against the floods expected over the next fifty years as winter rainfall increases.", "P4 co lt pv"),
    # why: one shared target replacing three is a clear shared purpose (cp, em); each partner publishing its own route is coordination; 2030 is not the long-term horizon
    ("minutes", "Members agreed that, for the Board's purposes, the separate climate emergency declarations of the council, the health board and the fire authority would be replaced by one shared target of net zero across the public estate by 2030, with each partner publishing its own route to it.", "cp em P3 co"),
    # why: one aim every partner can explain is shared purpose; roof space, staff time and share capital towards one scheme is cooperation
    ("minutes", "Members agreed that the Board's energy work would have a single aim that every partner could explain to its own staff – cutting the fuel bills of the poorest households – and that the council, the housing associations and the community energy group would put roof space, staff time and share capital respectively towards the solar scheme on the Llwynhendy estate.", "cp em P4 co"),
    # why: four food banks applying for one scheme that supplies one point, told as fact: competition only, no barrier
    ("minutes", "The Food Partnership co-ordinator reported that the four food banks in the borough had all applied to the same supermarket surplus scheme, which would supply only one distribution point in each county.", "P1"),
    # why: a competitive grant said to stop pantries sharing surplus (bs), each guarding its own figures (bm); the grant round is competition
    ("minutes", "Mr Jenkins (Interlink RCT) said that since the food grant had become competitive the pantries no longer passed on each other's surplus, because each was worried about looking less busy than the others in the next round.", "bs bm P1"),
    # why: separate forms and checks (bs) overcome by one front door (es, services joined up ws): both; one door onto three separately run programmes is coordination
    ("minutes", "The employability group reported that the three programmes had previously each required a separate referral form and eligibility check. Since the single front door opened in Ebbw Vale in January, one form now covers all three.", "bs es ws P3 co"),
    ("minutes", "The Welsh Language Officer reported that 31 per cent of the partners' frontline staff had said in the annual survey that they could hold a conversation in Welsh.", ""),
    # why: recording the language the person prefers so the first visit is made in it builds the service around the individual; a shared referral form used by each partner is coordination
    ("minutes", "Members heard that older Welsh speakers living with dementia often lose their second language first, and agreed that partners would record each person's preferred language on the shared referral form so that the first visit could be made in it.", "sup P3 co"),
    # why: sending an invitation is meeting process
    ("minutes", "Cllr Morris asked whether Transport for Wales had been invited to join the Board. The Chair said that an invitation would be sent before the next meeting.", ""),
    # why: one co-ordinator bringing four services together around the family: whole system and the service built around the family; each service still delivers its own part (coordination)
    ("minutes", "The Head of Housing Options proposed that a single case co-ordinator, from whichever partner knew the family best, be named for every family in temporary accommodation, to bring housing, schools, health visiting and benefits together around the family. The proposal was agreed.", "ws sup P3 co"),
    # why: tablets, help sessions and a venue from three bodies towards one aim: cooperation; the statistic alone is context
    ("minutes", "The Digital Inclusion Officer said that around one in eight adults in the county had no internet at home. The library service, the housing association and Citizens Advice have agreed to lend tablets and run weekly help sessions, together, from the same three libraries.", "P4 co"),
    # why: people living with dementia deciding the spend, the Board receiving it for information only: delegation and local ownership (sp, es); citizens deciding is the top level
    ("minutes", "The Board agreed that the dementia steering group, half of whose members are people living with dementia and their carers, would decide how the £40,000 dementia-friendly communities budget is spent, and would report its decisions to the Board for information only.", "sp sup iv es P5"),
    # why: health board staff in the police control room is co-location (er); police desks and systems with health board staff is each contributing its piece (cooperation)
    ("minutes", "The crisis care group confirmed that mental health practitioners would sit in the police control room every evening from 6 pm, with the health board paying for the staff and Dyfed-Powys Police providing the desks and access to its systems.", "er P4 co"),
    # why: a year of blaming each other in the press is blaming language and poor relations; no arrangement described
    ("minutes", "Superintendent Rees said that officers were spending whole shifts in A&E with people in crisis, and that the health board and the police had spent the last year blaming each other in the press rather than fixing it.", "br"),
    # why: carers asked for views on a draft policy: their voice in policy design, involvement, and consultation only
    ("minutes", "The carers' forum will be asked for its views on the draft respite policy at its meeting on 3 March, before the policy goes to Cabinet.", "sup iv P2"),
    # why: handing heads a share of the budget is the sharing power topic, discussed; returning to it later is a hedge (null)
    ("minutes", "Members discussed whether head teachers might be given a share of the family support budget to spend as they saw fit. It was agreed to return to the matter once the new funding settlement was known.", "sp"),
    # why: planning assets for the sea level expected by 2100 is long term; each partner planning its own assets is not joint working
    ("minutes", "The Board's climate adaptation paper set out the rise in sea level expected at Fairbourne by 2100, and asked each partner to plan its own buildings and roads in the village on that basis.", "lt"),
    # why: staying away and not signing up is lack of buy-in (bm), explained as fear for their nurses' roles (profession); the shared service keeps its level while partly joined (cooperation)
    ("minutes", "The cluster lead reported that two of the seven practices had not sent anyone to the last four cluster meetings and had not signed up to the shared phlebotomy service, saying they were concerned that their own nurses' roles would be diluted.", "bm dprof P4 co"),
    # why: years of working together and trust credited with the speed of response: strong pre-existing relationships (er) and trust (sm); the response itself is not described
    ("minutes", "The Chair observed that the speed of the response to the Llanelli warehouse fire had been possible only because the partners had worked together for years and knew and trusted one another.", "er sm"),
    # why: four chairs in three years, each change setting the Board back: instability in leadership
    ("minutes", "Members noted that the Board was on its fourth chair in three years. Mr Thomas (PAVS) said that each change had set the Board back by several months while new relationships were formed.", "br"),
    # why: different IT systems stated as plain fact, nothing saying they limit joint working: no factor
    ("minutes", "The Clerk reported that the health board and the council use different IT systems for recording safeguarding concerns.", ""),
    ("minutes", "DATE OF NEXT MEETING. Thursday 11 September 2025 at 10.00 am, Tŷ Penallta, Ystrad Mynach, and on Microsoft Teams.", ""),
    ("minutes", "ACTION A118: Support Officer to book the venue for the November workshop and circulate the joining link. Owner: SO. Due: 15 October.", ""),
    # why: one objective every partner can explain is a clear shared purpose; a half-day workshop to agree it is time given to defining the vision (strategic)
    ("minutes", "After a half-day workshop, members agreed that the Board's three objectives would be reduced to one – that every child in the county starts school ready to learn – because partners had said they could not explain the other two to their own staff.", "cp em st"),
    # why: convening everyone who works with people leaving hospital to agree who does what: whole system; each keeps its own part (coordination)
    ("minutes", "The Director of Social Services proposed that the Board bring together everyone who works with people leaving hospital – ward managers, reablement, housing, the ambulance service and the voluntary sector – to agree who does what in the first week at home. Members agreed.", "ws P3 co"),
    # why: reporting which partners sent senior people and raising it with each chief executive is monitoring and challenging partners' behaviour (ws) and accountability (gv)
    ("minutes", "The Chair asked that the annual review include a frank section on which partners had sent senior representatives to the Board and which had not, and that it be discussed with each chief executive.", "ws gv"),
    # why: delivering the projects but having no seat where they are decided: power not shared, an unequal relationship (br)
    ("minutes", "Mr Owen (Medrwn Môn) said that the third sector was asked to deliver many of the Board's projects but had no seat on the group that decided which projects went ahead.", "sp br"),
    # why: a generation of work is long term; working on housing, jobs and schools rather than hospital care is root causes (prevention)
    ("minutes", "Public Health Wales said that a child born in the most deprived ward of the county could expect eighteen fewer years of good health than one born in the least deprived, and that closing the gap would take a generation of work on housing, jobs and schools rather than on hospital care.", "lt pv"),
    # why: 'might, in time' with no work commissioned is a hedge: no level
    ("minutes", "There was broad agreement that the fire service and the ambulance service might, in time, share some stations in rural areas, but no work was commissioned.", ""),
    # why: refusal after a dispute (br) overcome by visits and open meetings (er): both; a joint bid is collaboration
    ("minutes", "The council's energy officer said that the community energy group had at first refused to deal with the council after the wind turbine dispute, but that site visits and open meetings over the summer had rebuilt enough goodwill for a joint bid to go in.", "br er P5 co"),
    # why: one booking line with each running its own vehicles: coordination
    ("minutes", "It was agreed that the dial-a-ride service and the health board's patient transport would share a single booking line from October, each continuing to run its own vehicles.", "P3 co"),
    # why: three bodies still measuring success three ways after eighteen months: no aligned goal, barrier on the common purpose topic
    ("minutes", "Members acknowledged that, eighteen months after the carers' strategy was agreed, the council, the health board and the carers' centres still measured success in three different ways and could not say whether carers were any better off.", "cp bm"),
    # why: residents telling the partnership what it is like to report to three bodies in turn: their voice (sup, iv); one number for the estate joins the services up, each still acting (coordination)
    ("minutes", "The Community Safety Partnership heard from three residents of the Plasmarl estate, who said that reporting the same problem to the police, the council and the housing association in turn had left them feeling that nobody was listening. The partnership agreed to set up a single reporting number for the estate.", "sup iv ws P3 co"),
    # why: the schools' grant paying for a charity's drop-in is cooperation; reaching families when attendance first slips, before exclusion, is prevention
    ("minutes", "The Director of Education reported that Action for Children would run a weekly family drop-in in each of the three secondary schools, paid for from the schools' grant, to reach families as soon as attendance begins to slip rather than after an exclusion.", "P4 co pv"),
    # why: risk carried together rather than by the lead body is sharing risk (sp); each partner putting in one worker is cooperation, not pooled money (no es)
    ("minutes", "Members agreed that the four partners would each put one youth worker into the new detached youth work project, and would carry the risk of it missing its first-year targets together rather than leaving it with the council as lead body.", "sp P4 co"),
    # why: 'co-production' is in the network's name; paying a subscription is not co-production
    ("minutes", "ITEM 11 – CO-PRODUCTION NETWORK FOR WALES: MEMBERSHIP. Members agreed to renew the Board's membership for the year at a cost of £250.", ""),
    # ------------------------------------------------------------------ speech (40)
    # why: someone new every time and the story told again: instability and difficulty building relationships
    ("speech", "'We never see the same person twice from the council. Every time the ward rings about a discharge it's someone new, and you have to explain the whole thing again,' said a ward sister at Morriston.", "br"),
    # why: funding periods that do not match, named as leaving carers stuck: split funding streams and different funding periods (bs)
    ("speech", "'The money comes with strings that don't match. The health board's pot has to be spent by March, ours runs on a three-year cycle, and the carers are stuck in the middle,' said a council commissioner.", "bs"),
    # why: ringing a named colleague instead of filling in a form is an informal relationship (er); housing problems sorted for the school's families is joint activity between two services (coordination)
    ("speech", "'I can ring her about anything. If one of my families has a housing problem I don't fill in a form, I just ring Bethan,' said the school's family engagement officer.", "er P3 co"),
    # why: the partnership working because people get on is strong relationships (er); no arrangement described
    ("speech", "'Honestly, the partnership works because the people in it get on. Take away Gwen and Dafydd and I'm not sure what would be left,' said a third-sector manager.", "er"),
    # why: 'no trust' is a negated enabler (barrier) and trust as a topic (sm)
    ("speech", "'There's no trust there. They say the right things in the board meeting and then do the opposite back in their own organisations,' said a housing association director.", "br sm"),
    # why: not knowing what the other organisations do or offer (br); the smoke alarms story illustrates it, no arrangement
    ("speech", "'We don't know what half the organisations round the table actually do. I found out last month that the fire service would fit free smoke alarms for our tenants – we've been paying for them for years,' a housing officer said.", "br"),
    # why: separate buildings (br) overcome by moving into the surgery and a daily cup of tea (er): both; each professional doing their own part, sorted together, is coordination
    ("speech", "'We used to be in different buildings at opposite ends of town and only met at case conferences. Since they moved our team into the surgery, the district nurse and I have a cup of tea every morning and sort things out there and then,' said a social worker.", "br er P3 co"),
    # why: protecting one's patch and not wanting to give way first: protecting one's own organisation
    ("speech", "'Everyone's protecting their own patch. Nobody wants to be seen to give way first,' a finance director told the review.", "bm"),
    # why: data as a shared evidence base winning the GPs' buy-in (em) is shared knowledge (cj); no arrangement described
    ("speech", "'What got the GPs on board was the data. Once they saw that a quarter of their appointments were people who were lonely rather than ill, they wanted social prescribing as much as we did,' said the CVC's health lead.", "em cj"),
    # why: everyone able to say what they are there for is a clear shared purpose (cp, em)
    ("speech", "'It wasn't the money that kept us going. It was that every one of us could say, without looking at a piece of paper, what we were there for: nobody in this town goes hungry,' said a food partnership volunteer.", "cp em"),
    # why: quarterly numbers against a change that takes years: impatience for quick results and goals that do not align (bm) on the common purpose topic
    ("speech", "'The police want numbers by the end of the quarter. We want young people to feel differently about their town, and that takes years. We're not even aiming at the same thing,' said the youth worker.", "cp bm"),
    # why: each partner's own form asking the same questions is bureaucracy (bs) and services not joined up around the family (ws)
    ("speech", "'Every partner wants its own form filled in. For one family I filled in four referrals asking the same twenty questions,' said a Team Around the Family worker.", "bs ws"),
    # why: arguing over whose budget (split budgets, bs) ended by one pot (pooled funding, es): both; one pot is collaboration
    ("speech", "'Having one pot made all the difference. Before, we spent the first hour of every meeting arguing about whose budget it came out of,' said the RPB programme manager.", "bs es P5 co"),
    # why: a secondment (es) that left him knowing everyone (er); a police officer working in the council team is cooperation
    ("speech", "'The secondment was the best thing we did. Rhys came over from the police for a year, and when he went back he knew everyone in our team by name,' said the council's community safety manager.", "es er P4 co"),
    ("speech", "'Nobody asked my mam what she wanted. They asked whether she was safe to go home, which isn't the same thing,' said the son of a woman discharged from hospital in Swansea.", "sup"),
    # why: families heard before the service was written and the first change made from what they said: voice in design (sup, iv); they give views only (P2)
    ("speech", "'We sat down with the families before we wrote a single word of the new service. They told us the worst part was the waiting room, so that's the first thing we changed,' said the school nursing lead.", "sup iv P2"),
    # why: letting the community group choose is giving others authority; no joint arrangement described
    ("speech", "'The hardest thing was letting the community group choose the builder. Legally it's our building, but it's their hall,' said the council's assets officer.", "sp"),
    # why: handing power to localities said but every decision coming back to the centre: power not shared (sp) and hierarchical decision-making (bs)
    ("speech", "'The board says it wants to hand power to the localities, but every decision over five thousand pounds still comes back to the same six people,' said a locality co-ordinator.", "sp bs"),
    # why: ten answers to what the board is for is no shared purpose: barrier on the common purpose topic
    ("speech", "'If you asked ten people on this board what it's for, you'd get ten answers,' said a councillor.", "cp bm"),
    # why: the person who makes sure every service knows before the weekend is the one who joins organisations up (ws); each service does its own part (coordination)
    ("speech", "'My job is to be the glue. When someone's discharged on a Friday, I make sure the carer, the pharmacist and the reablement team all know before the weekend,' said the discharge liaison nurse.", "ws P3 co"),
    # why: one Teams channel is digital working and open communication (er) giving shared information (cj) and stopping duplicated work (ws); each body doing its job with one picture is coordination
    ("speech", "'Putting the police, the council and the health board on one Teams channel during the flood did more than any protocol. Everyone could see the same picture at the same time, so nobody was doing the same job twice,' the emergency planning officer said.", "er cj ws P3 co"),
    # why: 'quite like to', 'maybe next year' is a hedge
    ("speech", "'We'd quite like to do something around digital inclusion with the libraries, maybe next year,' said the housing officer.", ""),
    # why: 'nothing got in our way' is neither a barrier nor an enabler
    ("speech", "'People expected me to say it was a nightmare, working across three councils. It wasn't. I can't think of anything that got in our way,' said the project manager.", ""),
    # why: leaving the hall committee to decide within a budget and deadline is giving room to act; no joint arrangement beyond that
    ("speech", "'We told the village hall committee the budget and the deadline, and then we kept out of it. They made better decisions than we would have,' said the council's community development officer.", "sp"),
    # why: 'car sharing' and 'shared drive' are office arrangements, not joint working
    ("speech", "Hi all – just a reminder that the car sharing list for Friday's away day is on the shared drive. Lunch will be provided.", ""),
    # why: the keywords are only in the programme's name
    ("speech", "'I'm the admin officer for the Whole System Approach to Healthy Weight programme, so mostly I book rooms and chase invoices,' he said.", ""),
    # why: a difference in when capital money is allocated, explained as plain fact: no factor
    ("speech", "'The health board's financial year starts in April, the same as ours, but their capital money is allocated in the autumn,' the finance officer explained.", ""),
    # why: refusing to hand calls to volunteers, said to be about standards but driven by fear of a miss: reluctance and risk aversion (bm), fear of losing control over quality (promotion)
    ("speech", "'The consultants won't let the volunteers make the follow-up calls after discharge. They say it's about standards, but I think they're frightened of what happens if something gets missed,' said the Red Cross co-ordinator.", "bm dprom"),
    # why: procurement rules stopping the council giving the contract to the partner it worked with: rules limiting joint work (bs); the arrangement forced is a tender (competition)
    ("speech", "'The council's procurement rules meant we couldn't give the contract to the community energy co-op without a full tender, even though they'd done all the groundwork with us,' said the sustainability officer.", "bs P1"),
    ("speech", "'When I phone the crisis line I want someone who can answer in Welsh. When you're in that state, you can't translate your feelings,' said a service user from Gwynedd.", "sup"),
    # why: one agreement signed at the start (es, cj) and staff free to get on with it (room to act, sp); three bodies each contributing to the café is cooperation
    ("speech", "'The crisis café works because nobody has to ask permission. The health board, Mind and the council signed one agreement at the start, and after that the staff just got on with it,' said the café manager.", "es cj sp P4 co"),
    # why: months spent finding fault (blaming, br) replaced by saying what was learned (solutions-focused tone, er): both; tolerating failure without blame (sp)
    ("speech", "'If a pilot didn't work, we used to spend months working out whose fault it was. Now we just say what we learned and move on,' said the PSB co-ordinator.", "sp br er"),
    # why: carers' own list adopted by every organisation instead of their own: common goal from local need (em, cp) and the carers' voice (sup, iv); 'work to that list' is too vague for a level
    ("speech", "'Carers told us what they needed, and for once every organisation in the room agreed to work to that list instead of its own,' said the carers' centre manager.", "sup iv cp em"),
    # why: each body guarding its definition and passing people back is protecting its domain (bm) and services not joined up (ws)
    ("speech", "'The memory clinic sees it as a medical service and the council sees it as social care, so each keeps passing people back to the other,' said a dementia support worker.", "bm ws"),
    # why: one body asking partners for comments: consultation only
    ("speech", "Dear partners, South Wales Police is reviewing its neighbourhood policing areas and would welcome your comments on the attached maps by 21 March.", "P2"),
    # why: nine months to agree (bureaucracy, bs) but agreed and now working (es, cj): both; bus data used by the community transport service is coordination
    ("speech", "'The data-sharing protocol took nine months to agree, but it means the bus company can now tell us exactly which villages have lost a service, and we can send the community transport there,' said the transport co-ordinator.", "bs es cj P3 co"),
    # why: offices in three towns and no chance meetings: geographical distance limiting joint work
    ("speech", "'The jobcentre is in Merthyr, the college is in Aberdare and our office is in Pontypridd. We never bump into each other, so nothing happens between meetings,' said the employability officer.", "br"),
    # why: tenants chairing scrutiny and the board answering them in writing: power shared with citizens and accountability outwards (gv)
    ("speech", "'Tenants chair the scrutiny panel now, not us. They decide what gets looked at, and the board has to respond to them in writing,' said the housing association's chief executive.", "sp sup iv gv"),
    # why: wanting the same thing for the children and saying it aloud is a common goal (cp, em); no arrangement described
    ("speech", "'The school, the health visitor and the family centre all want the same thing for these children. We just never said it out loud to each other until this year,' said a head teacher.", "cp em"),
    ("speech", "'Sorry, I've got to leave at half eleven for the school run. Could we take my item first?' asked Cllr Davies.", ""),
    # ------------------------------------------------------------------ report (40)
    # why: a daily huddle is frequent communication (er) joining up ward, social care and third sector (ws); reviewing each patient together, each acting on its part, is coordination
    ("report", "The evaluation found that the discharge hub had reduced the average wait for a package of care from eleven days to four. Staff attributed this to the daily huddle, at which ward, social care and third-sector staff review every delayed patient together.", "er ws P3 co"),
    # why: PAVO staff based in the surgery is co-location (er), described as part of the team; third-sector staff in the practice is cooperation
    ("report", "Case study: Llandrindod Wells. The cluster's social prescribing service began as two link workers employed by PAVO and based in the surgery. Within a year GPs were referring around thirty patients a month, and the practice manager described the link workers as 'part of the team'.", "er P4 co"),
    # why: no dedicated budget, found to limit joint projects, and actions with no owner (diffuse accountability): barrier, structures
    ("report", "The Board has no dedicated budget and relies on the goodwill of partners to fund its work. We found that this has limited its ability to commission joint projects, and that several actions in the plan have no named owner.", "bs"),
    # why: members not raising disagreement in the meeting is the safe space topic (pe), missing; no listed barrier is named, so no factor
    ("report", "Partners told us that the Board's meetings are dominated by updates and leave little time for difficult issues. Several members said they would not raise a disagreement in the meeting itself.", "pe"),
    ("report", "Just over half of the residents in the study area said in the 2021 Census that they could speak Welsh.", ""),
    # why: incompatible HR policies (bs) overcome by a shared procedure (es, cj, op): both; a joint outreach team is collaboration
    ("report", "Early in the project the two councils' HR policies on lone working were incompatible, which meant that the joint outreach team could not visit together. A shared lone-working procedure was agreed in month four, and joint visits began the following week.", "bs es cj op P5 co"),
    ("report", "This report sets out the findings of the second-year evaluation of the Gwent Carers' Hub. Section 2 describes the method, section 3 the findings and section 4 the recommendations.", ""),
    # why: the keywords are only in the section heading; the section has no content
    ("report", "4. BARRIERS TO COLLABORATION. This section was not completed because the fieldwork was postponed until the autumn.", ""),
    # why: 'may wish to consider, in due course, whether' is a hedge
    ("report", "Partners may wish to consider, in due course, whether a more integrated approach to youth provision could be developed.", ""),
    # why: everyone stating the purpose in the same words is a shared aim (cp, em)
    ("report", "Interviewees consistently described the food partnership's purpose in the same words – 'nobody goes hungry and nobody is ashamed to ask' – which the evaluators took as evidence of a genuinely shared aim.", "cp em"),
    # why: fourteen services and no one holding the overview is services not joined up; described as fact, not as a limit on joint working (no factor)
    ("report", "The review found that a family with a disabled child could be in contact with up to fourteen services across four organisations, with no single person holding an overview of their care.", "ws"),
    # why: residents voting and results honoured is shared decision-making with citizens (top level); officers struggling to accept the choices is the fear of losing control (projection)
    ("report", "The participatory budgeting pilot in Caerau allowed 600 residents to vote on how £75,000 would be spent. The evaluation notes that council officers found it difficult to accept two of the winning projects, but that the results were honoured in full.", "sp sup iv dproj P5"),
    # why: scrutiny of the Board by partners is accountability; weak scrutiny is not said to limit joint working (no factor)
    ("report", "Scrutiny of the Board's work is limited. The council's scrutiny committee has considered the Board's annual report once in three years, and no other partner has scrutinised it at all.", "gv"),
    # why: outcomes from what local people said mattered, measured instead of each body's indicators: common goal from local need and outcomes over process (em, cp), people's voice (sup)
    ("report", "The strongest partnerships in the sample had begun by agreeing a small number of outcomes based on what local people said mattered to them, and had measured progress against those rather than against each organisation's own indicators.", "em cp sup"),
    # why: proposals sent back for assurance is risk aversion (bm); ideas needing a saving within the year is governance demanding quick value for money (bs)
    ("report", "Several officers described a culture of caution: proposals for joint working were routinely sent back for further legal and financial assurance, and ideas that could not show a saving within the year rarely went any further.", "bm bs"),
    # why: three-year funding instead of one is dedicated, flexible funding (es); 'integrated care fund' is a fund's name; three years is not long term
    ("report", "The Regional Partnership Board's integrated care fund allowed projects to be funded for three years rather than one, which partners said gave staff enough security to build relationships with the communities they served.", "es"),
    # why: stress making multi-agency meetings unaffordable is staff stress limiting joint work (br); never trained to run such meetings is the skills of those involved (pr)
    ("report", "Frontline staff reported high levels of stress and said that, with caseloads at their current level, attending multi-agency meetings felt like a luxury. Several team leaders said they had never been trained to run a meeting with people from other agencies.", "br pr"),
    # why: ending with the grant and passing on what works: termination
    ("report", "The steering group agreed that the digital inclusion project would end when its grant ran out in March 2025, and that the tablet lending scheme would be handed to the county's library service so that it could continue.", "Lterm"),
    # why: membership, a rotating chair, a quorum and one vote each: creation; community flood groups as members with equal votes is involvement and shared decision-making; a standing partnership with no resources described is coordination
    ("report", "The Flood Resilience Partnership was formally established in June 2024. Its terms of reference set out the membership (the council, NRW, Dŵr Cymru, the fire service and four community flood groups), a rotating chair, a quorum of five and one vote for each member, community groups included.", "Lcre iv sp P3 co"),
    # why: informal café meetings before any partnership: pre-partnership, building trust (er, sm); the joint bid it made possible is collaboration
    ("report", "Before any formal partnership existed, youth workers from the three organisations had been meeting monthly in a café in Bala to swap notes, and the evaluation credits these meetings with the trust that later made their joint bid possible.", "Lpre er sm P5 co"),
    # why: a tender every two years said to turn referral partners into competitors: competition for funding limiting joint work (bs), competition level
    ("report", "Providers identified the re-tendering of the advocacy contract every two years as a major obstacle: organisations that should have been referring people to one another were instead competing for the same contract.", "bs P1"),
    # why: a tender described neutrally: competition only
    ("report", "The contract for the community transport service was re-let by open tender in 2023 and awarded to the existing provider.", "P1"),
    # why: co-designed with people with lived experience who sat on the interview panel: co-production and shared decisions; paying them for their time is giving communities what they need to take part (cm)
    ("report", "The service was co-designed with a group of eleven people with lived experience of homelessness, who were paid for their time and sat on the interview panel for the project's staff.", "sup iv sp cm P5"),
    # why: a recommendation, not a commitment: no level; a single protocol so the person is not passed between services is joining up (ws) and the protocol topic (cj)
    ("report", "The evaluation recommends that the health board, the police and the ambulance service agree a single protocol for people in mental health crisis, so that nobody is passed between services while they wait for help.", "ws cj"),
    # why: a shared list used by each body in its own work is shared data (cj) and coordination; no factor is named
    ("report", "The fire service and the council's housing team now share a list of residents who rely on oxygen at home, so that crews attending a fire or a flood know in advance which homes to check first.", "cj P3 co"),
    ("report", "Figure 3 shows the number of referrals received by month between April 2023 and March 2024.", ""),
    # why: a statement of what the Board exists to achieve is the common purpose topic; a recommendation has no level
    ("report", "Recommendation 2: The Board should agree, with its members, a short statement of what it exists to achieve that is not already the job of any single partner.", "cp"),
    # why: 'it is possible that ... could' with limited evidence is a hedge
    ("report", "It is possible that closer joint working between the two clusters could bring benefits, although the evidence for this is limited.", ""),
    # why: residents seeing one set of services and telling their story to each: the user's view (sup) of services not joined up (ws)
    ("report", "Residents interviewed for the evaluation did not distinguish between the council, the housing association and the health board; to them it was all 'the services', and they were frustrated at having to tell their story to each one.", "sup ws"),
    # why: looking ahead to 2070 is long term; risks to several sectors are not objectives checked against each other (no ig)
    ("report", "The Board's climate risk assessment looks ahead to 2070 and identifies heat, flooding and the loss of peatland as the risks most likely to affect health, housing and farming in the county.", "lt"),
    # why: chief executives attending every meeting is buy-in from the top (em) and visible commitment to the partnership (sm)
    ("report", "A key enabler was the visible commitment of the chief executives: all four attended every quarterly meeting in the first year, which staff said signalled that the project mattered.", "em sm"),
    # why: a small budget and freedom from headquarters sign-off is local ownership and streamlined decisions (es) and delegation (sp)
    ("report", "The review found that giving each locality team its own small budget, and the freedom to spend it without sign-off from headquarters, had speeded up decisions considerably.", "es sp"),
    # why: not listening to smaller organisations is a negated enabler (barrier, motivations); workshops asking their views are consultation only
    ("report", "There was little evidence that partners had listened to the views of the smaller voluntary organisations; several said that what they contributed at the workshops had not been reflected in the final plan.", "bm P2"),
    # why: poor relations since the pandemic (br) repaired by a lead who visited every home (facilitative leadership, er): both; restored confidence is trust (sm); homes joining the programme, scale not given, is coordination
    ("report", "Relations between the health board and the county's care homes had been poor since the pandemic. The evaluation credits the new regional lead, who visited every home in her first three months, with restoring enough confidence for the homes to join the medicines review programme.", "br er sm P3 co"),
    # why: the whole service in Welsh from the first call is built around the person's language (sup); each partner putting Welsh-speaking staff into one project is cooperation
    ("report", "The evaluation found that people could choose to deal with the whole service in Welsh from the first call, because each of the three partners had put Welsh-speaking staff onto the project.", "sup P4 co"),
    # why: seeing it as the council's project and staying away is lack of ownership and buy-in
    ("report", "Head teachers interviewed saw the family support service as 'the council's project', and few had attended its steering group.", "bm"),
    # why: meeting online so five organisations attend without travelling is digital working breaking down physical barriers (er); shared case meetings are coordination
    ("report", "Moving the advice case meetings online during the pandemic allowed staff from five organisations to attend without travelling, and most partners have kept the arrangement.", "er P3 co"),
    # why: informal conversations lost with home working, harder to know what others do: pressures of home working
    ("report", "Since staff moved to home working, the informal conversations that used to happen in the shared office have largely stopped, and team leaders said it was now harder to find out what the other agencies were doing.", "br"),
    # why: one aim agreed by the three schemes (cp, em) and drivers and vehicles pooled (es): collaboration
    ("report", "The three community transport schemes agreed a single aim for the pilot – that nobody over 75 in the valley should miss a hospital appointment for want of a lift – and pooled their drivers and vehicles to meet it.", "cp em es P5 co"),
    # why: hubs setting their own targets is local autonomy (sp, es) and the reason they took ownership (buy-in, em)
    ("report", "The evaluation found that the board's willingness to let the employability hubs set their own targets, rather than imposing county-wide ones, was the main reason the hubs took ownership of the programme.", "sp es em"),
]
