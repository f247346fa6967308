# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch ZB: a calibration set written blind to the lexicons, weighted to the factors and to quoted talk.

130 passages (speech 70, report 60), one to five sentences. The speech passages are quoted and
transcribed talk: interview and evaluation quotes, focus group transcripts, blog posts, e-mails,
conference talks and podcast transcripts, by council officers, councillors, nurses, police
officers, teachers, third-sector staff, volunteers, carers, young people and residents, much of
it in the first person ('I', 'we'). The report passages are evaluations, case studies, reviews
and board papers, many of them quoting the people interviewed. Topics: hospital discharge and
reablement, district nursing, community pharmacy, falls, mental health crisis, suicide
prevention among farmers, youth work, youth justice, schools and additional learning needs,
young carers, holiday hunger and food banks, warm spaces and the cost of living, debt advice,
community hubs, policing and community safety, Gypsy and Traveller liaison, domestic abuse,
veterans, flooding and coastal change, tree planting, community transport, litter and
volunteering. The batch leans on the factors (barriers and enablers by motivations, structures
and relationships; a little over half the passages carry at least one, spread across the six),
in people's own words rather than the textbook terms (a turf war over the chair, four grants
paying for bits of one young person, a leaflet stuck over whose logo goes on top, one form and
one inbox, having known each other for fifteen years, the Christmas quiz). Hard cases: barriers
overcome (both labels), negated enablers (barriers), barriers stated as plain fact or said not
to matter (no factor), 'I can't name one obstacle' (neither), complaints about one's own
organisation only (no factor) against complaints that stop joint work (a barrier), competition
told neutrally (competition only) and competition that damages joint work (a barrier too), the
three collaborative dynamics, hedges and recommendations (no level) and e-mail furniture.
Labelled on all eight frameworks from the taxonomy and gold/FORMAT.md only: the tagger was never
run on these passages while they were written, the lexicons were not read, and the gold files
were not read. Nothing is taken from the corpus; names, places and figures are invented. Hard
calls have a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ speech (70)
    # why: partners not turning up, said to stop anything being built: lack of buy-in (negated enabler, motivations)
    ("speech", "'Nobody from the health board has been to one of our meetings since the spring. You can't build anything with people who don't turn up,' said the chair of the Cwm Hesg mental health forum.", "bm"),
    # why: different reporting years stated and explicitly said not to be a problem: no factor
    ("speech", "'The college works to the academic year and we work to the financial year, so our reports come out months apart. It's never been a problem – we just send them a copy when it's ready,' said the council's skills officer.", ""),
    # why: a complaint about one's own organisation's IT that says nothing about joint working: no factor
    ("speech", "'Our own IT is a disgrace. I spend the first twenty minutes of every day waiting for my laptop to log in,' said a social worker in the adult services team.", ""),
    # why: an own-organisation complaint, but the slow sign-off is said to have wrecked the joint leaflet: bureaucracy limiting joint work (bs)
    ("speech", "'Our sign-off process is so slow that by the time my manager had approved the joint leaflet, the housing association had given up and printed their own,' said the council's tenancy support officer.", "bs"),
    # why: worries about sharing pupils' names (data sharing, bs) overcome by a simple agreement (es, cj): both; the school's list used by the food bank's holiday club is coordination
    ("speech", "'The school wouldn't give us the children's names at first because they were worried about GDPR. Once the council's information governance team drew up a one-page agreement, the head was happy, and we had the list for the holiday club within a week,' said the food bank co-ordinator.", "bs es cj P3 co"),
    # why: old bad blood between councils said to get in the way of joint work: history of poor relations
    ("speech", "'There's a lot of history between the two councils since the merger talks fell through. People still bring it up in meetings, ten years on, and it gets in the way of anything we try to do together,' said a senior officer.", "br"),
    # why: each body defending its own list instead of agreeing what the town needs: competing agendas (bm) on the topic of agreeing priorities (cp)
    ("speech", "'Every organisation comes to the table with its own shopping list. We spend the whole meeting defending our bits of it rather than working out what the town actually needs,' said Cllr Bethan Roberts.", "cp bm"),
    # why: one thing every partner agreed on, from which everything followed: a clear shared purpose (cp, em); no arrangement described
    ("speech", "'The turning point was when the farmers' union, the vets and the mental health charity all agreed on one thing: no farmer in this county should be on his own with it. Everything else followed from that,' said the rural support officer.", "cp em"),
    # why: each partner saying what keeps it awake is discovering each other's concerns (pe); hearing each other properly is listening to all stakeholders (em)
    ("speech", "'At the first workshop we spent the whole morning asking each other what keeps you awake at night. The police said knives, the health board said waiting lists, the youth service said loneliness. It sounds soft, but it was the first time we'd really heard each other,' said the facilitator.", "pe em"),
    # why: rules agreed at the start are ground rules (pe); valued, but ground rules are not one of the listed enablers, so no factor
    ("speech", "'We agreed three rules at the very start: no acronyms, no blaming, and nobody leaves the room without saying what they'll do next. If I kept nothing else, I'd keep those,' said the chair of the youth partnership.", "pe"),
    # why: the real talk happening only outside the meeting is the safe space for candid conversation, missing (pe); no listed barrier named
    ("speech", "'In the board meeting everybody's on their best behaviour. The real conversations happen in the car park afterwards,' said a third-sector member of the board.", "pe"),
    # why: who does what written down and signed by three chiefs is clear responsibilities and a formal agreement (es, cj); each doing its own part is coordination
    ("speech", "'We wrote down who does what on one side of A4 and all three chief officers signed it. It's not a legal document, but when there's an argument we get it out and read it,' said the regional domestic abuse lead.", "es cj P3 co"),
    # why: nurses not trusting the volunteers (br) won over by covering the ward (er): both; trust is the topic (sm); the ward ringing the volunteers is referral between bodies (coordination)
    ("speech", "'I'll be honest, at the start the nurses thought we were do-gooders with a tea urn. It was only when we covered the ward over Christmas that they started to trust us, and now they ring us before they ring the council,' said the hospital volunteer co-ordinator.", "br er sm P3 co"),
    # why: 'did anything get in our way? not really' is neither a barrier nor an enabler; one body's sports week is no joint arrangement
    ("speech", "'Did anything get in our way? Not really, no. We had a plan, we did it, and the kids loved it,' said a youth worker about the summer sports week.", ""),
    # why: four grants each with its own reporting and none paying for time with the school: split funding streams limiting joint work
    ("speech", "'We've got four different grants paying for bits of the same young person. Each one wants its own monitoring report, and none of them will pay for the youth worker's time in a meeting with the school,' said the youth project manager.", "bs"),
    # why: a team too exhausted to send anyone to joint working groups: staff stress and burnout limiting joint work
    ("speech", "'My team are exhausted. When the partnership asks for someone to sit on yet another working group, I just can't find anyone who isn't already running on empty,' said a district nursing manager.", "br"),
    # why: months of arguing over who chairs: a power struggle that stopped the work
    ("speech", "'It turned into a turf war over who would chair it. Six months of arguing and we hadn't met a single family,' said a family support worker.", "br"),
    # why: seeing warm spaces as somebody else's job (lack of ownership, bm) turned round once they saw who came (buy-in, em): both; library rooms for the co-ordinator's sessions is cooperation
    ("speech", "'At first the library service saw the warm spaces as somebody else's job. What changed their minds was sitting in on a session and seeing who came in – half of them were library members already. After that they were offering us rooms,' said the cost-of-living co-ordinator.", "bm em P4 co"),
    ("speech", "'Nobody ever asks us what we actually want from the youth club. They just decide it's going to be another healthy eating session,' said a fifteen-year-old at the youth forum.", "sup"),
    # why: young people holding the budget and choosing the designer and site: power handed over (sp), their voice in design (sup, iv); creating the park with them is collaboration (no co: citizens, not organisations)
    ("speech", "'We gave the young people the budget for the skate park and sat at the back. They interviewed the designers, they chose the site, and they've looked after it better than anything we've ever built,' said the town council clerk.", "sp sup iv P5"),
    # why: a carer's story told to eleven people: the user's view (sup) of services not joined up (ws); no listed factor named
    ("speech", "'I've told my story to eleven different people. Every single one of them had a form, and not one of them had read the last person's,' said a carer from Abercwm.", "sup ws"),
    # why: different pay scales told as plain fact ('that's just how it is'), nothing said to limit joint work: no factor
    ("speech", "'Health board staff are on Agenda for Change and ours are on council grades, so the same job pays differently. That's just how it is,' said an HR adviser.", ""),
    # why: seeing social workers as the enemy (br) changed by a week shadowing one (getting to know each other, er): both; understanding each other is the topic (sm)
    ("speech", "'I used to think the social workers were the enemy, to be honest. Then I spent a week shadowing one, and I realised they're drowning just like we are,' said a staff nurse on the medical ward.", "br er sm"),
    # why: plans with no name against any action (diffuse accountability, bs) replaced by one name per action (clear responsibilities, es): both
    ("speech", "Blog: Why I stopped writing action plans. For three years our partnership produced a beautiful plan every April, and every March we found that most of it hadn't happened, because nobody's name was against any of it. This year we've got three actions with one name next to each, and I ring each of those people every fortnight.", "bs es"),
    ("speech", "From: Rhian Lloyd. To: PSB officers group. Subject: Thursday. Hi all, I've had to move Thursday's meeting to the library as the chamber's booked. Same time. Rhian", ""),
    # why: asking partners for data and views is consultation only
    ("speech", "Dear colleagues, we're drafting the chapter on loneliness for the well-being assessment and would really value your data and your views. Could you send us anything you have by Friday 14th? Many thanks, Owain", "P2"),
    # why: each organisation wanting its logo on top and the leaflet stalled for it: protecting one's own organisation
    ("speech", "Participant 3: 'The trouble is they all want their logo on it. The leaflet sat on somebody's desk for two months while they argued about whose badge went at the top.'", "bm"),
    # why: a young person carrying messages between two services: the user's view (sup) of services not joined up (ws)
    ("speech", "Participant 6 (aged 17): 'My mental health worker and my college tutor had never spoken to each other. I was the one passing messages between them.'", "sup ws"),
    # why: being asked what the small group had learned is listening to all stakeholders (em) and the unique contribution of a member (dprof); joining a network is too loose for a level
    ("speech", "'We're a tiny group – eight of us and a kettle. When the council asked us to join the loneliness network I thought we'd be ignored, but the first thing they did was ask what we'd learned from running the lunch club for twenty years,' said a volunteer at Capel Seion.", "em dprof"),
    # why: a consultation residents could not get to: citizens' voice (sup, iv) and what communities need to take part (cm); asking for views is consultation
    ("speech", "'They held the consultation on the new bus routes at two o'clock on a weekday in the town hall. Who's free then? Not anyone who actually uses the bus to get to work,' said a resident of Pantygwyn.", "sup iv cm P2"),
    # why: a triage protocol (es, cj) putting a health board nurse beside police officers: cooperation
    ("speech", "'Since we agreed the shared triage protocol, the control room can put a mental health nurse on the phone to the officer at the scene. Before that it was a guessing game,' said Inspector Carys Morgan.", "es cj P4 co"),
    # why: a young carer's account of not being noticed: the user's perspective; no factor or arrangement named
    ("speech", "'My teacher didn't know I was a young carer until I was nearly failing. Nobody told the school, and I didn't want to be the one to say it,' said a fourteen-year-old.", "sup"),
    # why: bidding against the other charities told neutrally, relations said to be fine: competition only, no factor
    ("speech", "'We're bidding against the other two advice charities for the same council contract next month. I get on fine with their managers; it's just how the money works,' said the chief executive of an advice charity.", "P1"),
    # why: a chair who asks and waits until others agree a plan is facilitative leadership (er) and the leadership topic (cj); 'agreeing a plan' is too vague for a level
    ("speech", "'Our chair never tells anyone what to do. She asks the question, waits, and somehow the inspector and the youth worker end up agreeing a plan between themselves,' said a member of the community safety partnership.", "er cj"),
    # why: partners still attending after the money ran out is commitment to the partnership (sm) and buy-in (em); the end of the funding is the termination stage
    ("speech", "'When the funding ended, every one of the partners kept coming to the meetings anyway. Nobody had to; they just believed in it,' said the dementia network co-ordinator.", "sm em Lterm"),
    # why: fire crews asking about falls and passing details to the health board's falls team the same day: coordination; cutting fire and falls risk is prevention
    ("speech", "'Our crews knock on four thousand doors a year for home fire safety checks. Now, with the health board's say-so, they also ask about falls and pass the details to the falls team the same day, before anyone ends up on the floor,' said the fire service's prevention manager.", "pv P3 co"),
    # why: the surgery ringing the community transport driver with its list: coordination; no factor named
    ("speech", "'I'm only a volunteer, I drive the minibus. But I'll tell you what works: the surgery rings me the night before with the list, and I make sure every one of them gets there,' said a community transport driver.", "P3 co"),
    # why: joining only for appearances (lack of buy-in, bm) turned into seeing the need (buy-in, em): both
    ("speech", "'If I'm honest, we joined the partnership because it would have looked bad if we didn't. It took us two years to see it as something we actually needed,' said the chief executive of a housing association.", "bm em"),
    # why: different case systems stated as plain fact, with the weekly meeting going on as always: no factor; the weekly joint case meeting is coordination
    ("speech", "'Yes, the police use a different case system from ours. We each keep our own records and meet on Wednesdays to go through the list, as we always have,' said the youth justice manager.", "P3 co"),
    # why: distance making meetings cost a day (br) overcome by online meetings (digital working, er): both; meeting attendance is process, no level
    ("speech", "'We cover a county the size of a small country. Before Teams, a two-hour meeting in Carmarthen meant a whole day out for the Newcastle Emlyn lot. Now they just log on, and attendance has doubled,' said the board's engagement officer.", "br er"),
    # why: an assumption that the third sector will fail is a lack of trust and credibility (br, sm)
    ("speech", "'They don't believe we'll deliver. Every time the third sector puts a proposal in, there's an assumption we'll fall over,' said the CVC's director.", "br sm"),
    # why: two maps that matched convinced the cabinet: data as a shared evidence base (em) and shared knowledge (cj)
    ("speech", "'What persuaded the cabinet was the evidence. When public health showed us the map of where the children with tooth decay lived, and it matched the map of where the food bank vouchers went, nobody needed convincing,' said the cabinet member for education.", "em cj"),
    # why: adults nervous and checking every receipt is the fear of losing control (dproj) over power handed to young people (sp, iv)
    ("speech", "'When they let us run the youth council budget, the adults got really nervous. One of them kept asking to see every single receipt,' said a sixteen-year-old youth councillor.", "sp iv dproj"),
    # why: a seat on the board without usable papers: carers' voice (sup, iv) and what they need to take part (cm)
    ("speech", "'We were promised a seat on the board. We got one, but the papers come out the night before and they're forty pages of jargon,' said a carers' representative on the regional partnership board.", "sup iv cm"),
    # why: frosty relations (br) thawed by the quiz (getting to know each other, er): both
    ("speech", "'The first year was frosty. What thawed it was the Christmas quiz – police against fire against the council. Sounds ridiculous, but people who've laughed together in the pub find it much harder to be awkward in a meeting,' said the partnership co-ordinator.", "br er"),
    # why: specialists fearing they train themselves out of a job: fear of losing personal value (bm, dprof)
    ("speech", "'Some of the specialist nurses worry that if they teach the care home staff to do it, they'll do themselves out of a job,' said the care home support lead.", "bm dprof"),
    # why: interest draining away by month seven is losing momentum (bm, dprod)
    ("speech", "'The hardest bit isn't starting. It's month seven, when the launch photos are old news and everyone's gone back to the day job. That's when I start ringing round,' said the programme manager.", "bm dprod"),
    # why: twelve-month grants for ten-year problems, with redundancy letters in place of work with schools: funding periods limiting joint work (bs); the ten-year horizon is long term
    ("speech", "HOST: What would you change tomorrow? GUEST: The funding. We get twelve-month grants for problems that take ten years to fix, so every January I'm writing redundancy letters instead of working with the schools.", "bs lt"),
    # why: 'what would you lose' surfacing each partner's fears is discovering interests and concerns (pe)
    ("speech", "'The best question anyone asked at our first session was: what would you lose if this worked? The health board said beds, the council said budget, the charities said their independence. Once that was on the table, we could actually talk,' she told the conference.", "pe"),
    # why: hall, nurses and a sign-up table from three bodies for one clinic: cooperation
    ("speech", "Hi both – just confirming what we agreed on the call: the council will provide the hall free of charge, the health board will send two nurses, and Age Cymru will run the sign-up table for the flu clinic on the 12th. Shout if I've got anything wrong. Cheers, Dafydd", "P4 co"),
    # why: criteria changed without telling partners, leaving families turned away: poor communication limiting joint work (br); the referral arrangement is coordination
    ("speech", "Siân, I'm going to be blunt. This is the third time your team has changed the referral criteria without telling us, and my staff are now turning families away because they don't know what you'll accept. Can we talk? Mark", "br P3 co"),
    # why: the planners coming to residents with a map: residents' voice (sup, iv); giving views is consultation
    ("speech", "'For once they came to us. The planners sat in the rugby club on a Saturday morning with a big map, and we drew on it where the water comes in,' said a resident of Cwm Hesg.", "sup iv P2"),
    # why: dropping a count for one question all three bodies signed up to: outcomes over process and a common goal (em, cp); signing up to a question is not a concrete arrangement
    ("speech", "'We stopped counting how many stop-and-searches we'd done and started asking whether parents felt safe letting their kids walk to school. The council, the schools and us all signed up to that one question,' said a neighbourhood inspector.", "cp em"),
    # why: one list instead of three that never matched is shared data (cj) and aligned processes (es), joining up the services (ws); each service working from it is coordination
    ("speech", "'What made the difference was one list. For the first time the school, the youth service and the police were all looking at the same thirty names, instead of three lists that never matched,' said the early help lead.", "es cj ws P3 co"),
    # why: the council handing over keys and bills and staying out is room to act (sp) and local ownership (es); the council's building and the volunteers' work is cooperation
    ("speech", "'The council didn't try to run it. They gave us the keys to the old library, paid the electric, and said ring us if you need anything,' said the chair of the Bryn Teg community hub.", "sp es P4 co"),
    # why: no time to decide what the board was for until an away day is time to define the vision (st) and agreeing priorities (cp)
    ("speech", "'The board never had time to sit down and decide what it was for – every meeting was two hours of updates. So this year we took a whole day away from the office just to agree three priorities,' said the board co-ordinator.", "st cp"),
    # why: learning to chair a mixed room by getting it wrong is the skills of those involved (pr)
    ("speech", "'Nobody teaches you how to chair a meeting where half the room outranks you and the other half are volunteers. I learned it by getting it wrong,' said a partnership officer.", "pr"),
    # why: a group helped to write its first bid has what it needs to take part (cm); the CVC's help is not a joint arrangement between organisations
    ("speech", "'The group's got the ideas, but none of them had ever written a funding bid. So the CVC sat with them for three evenings, and now they've got their first grant,' said the community development worker.", "cm"),
    # why: nobody having worked out rooms, letters or phone numbers is operational capacity, missing (op), and unclear responsibilities (bs); the café run by the health board and Age Cymru is cooperation
    ("speech", "'The health board and Age Cymru had the agreement and the money, but nobody had worked out who'd book the rooms, who'd send the letters or whose phone number went on them. The first month of the memory café was chaos,' said its co-ordinator.", "op bs P4 co"),
    # why: membership, chair and quorum agreed in the terms of reference: creation; a formal agreement valued since (es)
    ("speech", "'The first three meetings were all about the terms of reference – who's a member, who chairs, what counts as a quorum. Dull, but we haven't argued about any of it since,' said the chair of the flood partnership.", "Lcre es"),
    # why: deciding at the end of the grant what to keep and what to drop: termination
    ("speech", "'When the grant ended we had an honest conversation about whether to carry on. In the end we kept the befriending and let the newsletter go,' said the chair of the older people's forum.", "Lterm"),
    # why: the first e-mail being about whose fault it was: blaming language
    ("speech", "'Every time a discharge goes wrong, the first e-mail is about whose fault it was. Nobody's interested in fixing it; they just want it on record that it wasn't them,' said a hospital social worker.", "br"),
    # why: three forms (bureaucracy, bs) replaced by one form and one inbox (aligned processes, es): both; one team taking referrals from a shared inbox is a joint team (collaboration)
    ("speech", "'We used to have three referral forms. Now it's one form, one inbox, and whoever's free picks it up – council, health or the charity,' said the falls team leader.", "bs es P5 co"),
    # why: 'we've always done it this way' blocking direct referral: reluctance to change
    ("speech", "'We've always done it this way – I must hear that five times a week. The minute you suggest the ambulance crews refer straight to the falls service, somebody says that's not how it's done,' said a paramedic.", "bm"),
    # why: different budgets, bosses and IT that 'on paper' stop joint work (bs), got round by a fifteen-year relationship (er): both
    ("speech", "'On paper we shouldn't be able to work together at all – different budgets, different bosses, different IT. What makes it work is that Gwyn and I have known each other for fifteen years and we just find a way,' said the community mental health team manager.", "bs er"),
    # why: 'I can't name one' obstacle is neither a barrier nor an enabler
    ("speech", "Asked what the obstacles had been on the summer programme, the Flying Start manager laughed: 'I genuinely can't name one.'", ""),
    # why: co-production in name while users only comment on the finished service: the users' voice (sup, iv) at consultation level
    ("speech", "'The health board says co-production, but what they mean is they write the service and then ask us if we like the font,' said a mental health service user on the podcast.", "sup iv P2"),
    # why: checking a bus route against the hospital's and the college's timetables is weighing one objective against other bodies' objectives (ig)
    ("speech", "'Every time the transport team plans a new bus route, I ask them one question: how does this fit the hospital's outpatient clinics and the college timetable? Until last year nobody thought to check,' said the council's well-being officer.", "ig"),
    # why: planting for shade that only comes a generation later is the long term
    ("speech", "'The trees we're planting this winter won't give the playground proper shade until my grandchildren are at the school. That's the point,' said the council's tree officer.", "lt"),
    # why: getting to young people earlier to keep them out of custody is prevention and early intervention
    ("speech", "'If we'd got to him at twelve instead of sixteen, he'd never have ended up in custody. Everything we do now is about getting in earlier,' said a youth justice worker.", "pv"),
    # ------------------------------------------------------------------ report (60)
    # why: forty per cent turnover so the ward rarely deals with the same person: instability limiting joint work
    ("report", "The evaluation found that turnover in the council's reablement team, running at around forty per cent a year, meant that hospital staff rarely dealt with the same person twice. One ward manager said: 'You get someone you can work with, and then they're gone.'", "br"),
    # why: different eligibility criteria forcing a new application (bs) replaced by one set of criteria (aligned processes, es): both; each council issuing a card recognised by the others is coordination
    ("report", "At the outset the three councils had different eligibility criteria for the young carers' card, so a young carer who moved from one county to the next had to apply again. The partnership agreed a single set of criteria in 2023, and the card is now recognised across the region.", "bs es P3 co"),
    # why: nobody able to say what the priority is for: no shared purpose (negated enabler) on the common purpose topic
    ("report", "None of the partners interviewed could say what the Board's loneliness priority was meant to achieve by 2027. 'It's a heading, not a plan,' said one senior officer.", "cp bm"),
    # why: different budget timetables stated and said to cause no difficulty: no factor
    ("report", "The health board and the two councils set their budgets on different timetables: the health board's plan is approved in March and the councils' in February. Partners told the review that this had caused no difficulty in practice.", ""),
    # why: complaints about one's own expenses system, explicitly not affecting partners: no factor
    ("report", "Several council staff complained about the authority's new expenses system, which they described as 'slow and baffling'; none suggested that it had affected their work with partners.", ""),
    # why: the council's sixty-day payment terms forcing charities out of the joint scheme: procedures limiting joint work; council funding and charities' volunteers in one scheme is cooperation
    ("report", "Third-sector partners reported that the council's payment terms, with invoices settled in sixty days, had forced two small charities to withdraw from the joint befriending scheme because they could not carry the cost.", "bs P4 co"),
    # why: walking the estate together is getting to know each other and informal contact (er); staff from three bodies in one joint walk is cooperation
    ("report", "Focus group participants valued the monthly 'walk and talk', in which police officers, youth workers and housing officers walked the estate together. 'You learn more in an hour on the street than in a month of meetings,' said one PCSO.", "er P4 co"),
    # why: low trust (br) rebuilt by eighteen months of weekly visits (er): both; trust is the topic (sm); police and residents is not joint working between organisations
    ("report", "Trust between the police and the families on the Penrhos site had been low for years. The evaluation credits the liaison officer, who visited every week for eighteen months before asking for anything, with the fact that families now report incidents to her directly.", "br er sm"),
    # why: 'consider whether' is a hedge (no level); a single point of contact across the region is joining up services (ws)
    ("report", "Recommendation 4: Partners should consider whether a single point of contact for carers could be established across the region.", "ws"),
    # why: money from two bodies into a joint fund is pooled, dedicated funding (es) and collaboration; 'prevention budget' is a budget's name
    ("report", "Paper 5. The Board is asked to approve the transfer of £40,000 from the council's prevention budget and £40,000 from the health board's to create a joint fund for community-led mental health projects, to be administered by the CVC.", "es P5 co"),
    # why: everyone wanting the credit but not the cost: protecting one's own organisation
    ("report", "The evaluation found little appetite among partners for sharing the cost of success. 'Everyone wants the project in their annual report, nobody wants it in their budget,' one interviewee said.", "bm"),
    # why: distance from where the partnership is run (br) and decisions made elsewhere, heard of afterwards (power not shared, sp)
    ("report", "Partners in the north of the county said the partnership felt as if it was run from the south: meetings were held in Bridgend, the papers were written there, and the valley organisations 'only heard about decisions afterwards'.", "br sp"),
    # why: no shared information before the protocol (bs) and a daily list since (es, cj): both; each service acting on the list is coordination
    ("report", "Before the data-sharing protocol was signed, the ambulance service could not tell the falls team which patients had been left at home after a fall. Since March a list has been sent every morning, and the falls team contacts each patient within 48 hours.", "bs es cj P3 co"),
    # why: advisers, housing and a nurse in one room is co-location (er) joining up help for one person (ws); staff of three bodies side by side is cooperation
    ("report", "Case study: the Tŷ Cymorth hub. Debt advisers, a housing officer and a mental health nurse now work from the same room in the old bank on Stryd Fawr. 'If someone comes in about rent arrears and they're clearly not coping, I can just turn round and ask the nurse to have a word,' said one adviser.", "er ws P4 co"),
    # why: arguing from the same numbers is a shared evidence base (em, cj) that led to agreeing priorities (cp); an assessment made by four partners together is collaboration
    ("report", "The joint needs assessment, carried out by the four partners together, was cited by every interviewee as the point at which the partnership began to agree its priorities. 'For the first time we were all arguing from the same numbers,' said one.", "em cj cp P5 co"),
    # why: year-long funding leaving little time to build links with schools and practices: funding periods limiting joint work
    ("report", "Nine of the twelve projects reviewed were funded for a year or less. Project leads said that most of the first six months went on recruitment and most of the last three on exit plans, leaving little time to build links with schools or GP practices.", "bs"),
    # why: a tender told neutrally: competition only
    ("report", "Three housing associations bid for the council's extra care scheme in Llanfor, and the contract was awarded to Cartrefi Bro in March 2024.", "P1"),
    # why: a grants round that turned sharing groups into rivals: competition for funding limiting joint work (bs), competition level
    ("report", "Providers described the annual round of the community grants scheme as divisive. Groups that had shared volunteers and equipment for years had become, in one organiser's words, 'rivals for the same few thousand pounds'.", "bs P1"),
    # why: residents setting criteria and making every decision is shared decision-making with citizens (sp, sup, iv) at the top level; no co (citizens)
    ("report", "The town council handed its small grants budget to a panel of eight residents, who set the criteria and made every decision in the first round. The clerk's role was limited to checking eligibility.", "sp sup iv P5"),
    # why: not knowing their counterparts and referrals into a void: not knowing others (negated enabler, br); the referrals are an existing arrangement between bodies (coordination)
    ("report", "Staff from the three organisations had never met in person. Several said they did not know who their counterparts in the other agencies were, and that referrals were sent 'into a void'.", "br P3 co"),
    # why: each partner naming what it needs and fears is discovering interests and concerns (pe)
    ("report", "The facilitator began each session by asking every partner to name one thing its organisation needed from the project and one thing it feared. The evaluators found that this brought out early a disagreement over who would hold the client records.", "pe"),
    # why: relying on colleagues in other organisations is mutual trust (er, sm)
    ("report", "In the partner staff survey, 78% agreed that 'I can rely on colleagues in other organisations to do what they say they will', up from 51% in 2022.", "er sm"),
    # why: no leader with authority and decisions reopened by single bodies: diffuse accountability (bs) on the leadership topic (cj)
    ("report", "The programme lacked a single leader with authority across the partners. Decisions agreed at the steering group were often reopened by individual organisations, and several actions stalled for months as a result.", "bs cj"),
    # why: residents never having heard of the Board and asking who it answers to: accountability outwards (gv); no factor
    ("report", "The Board publishes its minutes and an annual report, but none of the residents in the focus groups had heard of it. 'Who are they answering to?' asked one.", "gv"),
    # why: an office, a number and a rota agreed by both employers are processes to deliver joint work (op), aligned processes (es) and co-location (er); a joint team is collaboration
    ("report", "The joint discharge team was given a shared office, a single phone number and a weekly rota agreed by both employers. Managers said these practical arrangements, rather than the strategy, were what made the team work.", "op es er P5 co"),
    # why: link workers learning on the job and unsure how to challenge a GP: skills of those involved (pr); a recommendation has no level
    ("report", "The evaluation recommends training for frontline staff in working across organisations: most link workers interviewed had learned on the job, and several said they did not feel confident challenging a GP.", "pr"),
    # why: residents given kit and insurance cover so they can act is community capacity (cm); the council working with residents is involvement; council kit and residents' effort is cooperation (no co: citizens)
    ("report", "Residents on the Maes-y-Coed estate wanted to run their own litter picks but had no insurance and no equipment. The council's waste team now lends them the kit and covers the group under its own policy.", "cm iv P4"),
    # why: no obstacle identified by any partner is neither a barrier nor an enabler
    ("report", "Asked what had held the project back, none of the eleven partners interviewed could identify any obstacle. The evaluators note that the project was small and short.", ""),
    # why: informal quarterly meetings with no terms of reference, 'getting to know each other before committing': pre-partnership and getting to know each other (er)
    ("report", "The first stage of the partnership, from 2019 to 2021, consisted of informal meetings between the three head teachers and the health visiting team, with no terms of reference or budget. The evaluation describes this period as 'getting to know each other before committing anything'.", "Lpre er"),
    # why: terms of reference adopted, a chair agreed and members co-opted: creation
    ("report", "In September the Armed Forces Covenant partnership adopted its terms of reference, agreed that the council's cabinet member would chair it for the first two years, and co-opted representatives of the two veterans' charities.", "Lcre"),
    # why: money divided among projects and an executive group set up to manage them: delivery
    ("report", "With the board in place, the programme moved into delivery: the £600,000 was divided among the six locality projects, and a monthly executive group of the project leads was set up to manage them.", "Ldel"),
    # why: closing as planned and handing on the part that works: termination
    ("report", "The evaluation recommends that the partnership close in March as planned, but that the shared volunteer training programme, which every partner valued, be handed to the CVC.", "Lterm"),
    # why: small charities feeling talked down to and leaving the meetings: poor relations and power imbalance limiting joint work
    ("report", "Interviewees from the smaller charities described feeling 'talked down to' by senior officers, and two said they had stopped attending the partnership's meetings as a result.", "br"),
    # why: one agreed measure for every partner is a clear common goal (cp, em)
    ("report", "What set the two most successful clusters apart, according to the evaluation, was that every partner had agreed at the start to judge the work by a single measure: the number of older people able to stay in their own homes.", "cp em"),
    # why: registration rules delaying the integrated night service: regulatory structures limiting joint work; nurses in the council's teams is a joint team (collaboration), even though delayed
    ("report", "Registration rules meant that health board nurses could not work in the council's home care teams until the council had re-registered the service, and the integrated night service was delayed by eleven months as a result.", "bs P5 co"),
    # why: an existing board with governance and relationships in place (es, er); a joint winter plan with each partner's actions is coordination
    ("report", "Partners told us that having the Regional Partnership Board already in place made the response much quicker: the governance, the membership and the relationships already existed, so the joint winter plan could be agreed in a single meeting.", "es er P3 co"),
    # why: one person to ring and not repeating the story: the user's view (sup) of joined-up help (ws); the key worker's links to other services are not described, so no level
    ("report", "'I just wanted one person to ring,' said one parent. The evaluation found that families with a key worker were far more satisfied than those in the comparison area, mainly because they no longer had to repeat their story.", "sup ws"),
    # why: practices reluctant to refer (bm) won over by the data (buy-in, em): both; GP referral to the pharmacy scheme is coordination
    ("report", "At first the GP practices in the cluster were reluctant to refer patients to the pharmacy minor ailments scheme, believing it would add to their workload. After six months of referral figures showed appointments being freed up, all eight practices had signed up.", "bm em P3 co"),
    # why: growing from frontline conversations is bottom-up collaboration (er); the informal period before it was formalised is pre-partnership
    ("report", "The partnership was not designed from the top. It grew out of conversations between frontline staff who kept meeting at the same families' front doors, and it was only formalised after two years.", "er Lpre"),
    # why: each body treating the work as its own and setting up a rival scheme: protecting one's domain (bm), services not joined up (ws)
    ("report", "The review found that the police and the council's youth service each regarded diversion work with young people as their own, and each had set up a separate scheme in the same town within six months of the other.", "bm ws"),
    # why: two clinical systems costing a day a week of joint reviews: incompatible systems limiting joint work
    ("report", "The three practices use two different clinical systems, and the cluster pharmacist has to log in to each separately. She estimated that this costs her a day a week that she could otherwise spend on joint medication reviews with the care homes.", "bs"),
    # why: three leaflets and no help (sup, ws); the link worker at the jobcentre so people are seen by all three in one visit is coordination
    ("report", "Case study: Megan, 34. 'I'd been to the GP, the jobcentre and the housing office, and each of them gave me a leaflet for the other two,' Megan told us. Since a link worker started coming to the jobcentre on Tuesdays, people in Megan's position can see all three services in one visit.", "sup ws P3 co"),
    # why: losing track of the sergeant and starting again with each new team: instability limiting joint work
    ("report", "Neighbourhood policing teams were reorganised twice during the evaluation period, and partners said they had lost track of who their local sergeant was. Several described having to 'start again' with each new team.", "br"),
    # why: a shared warehouse, van and drivers is pooled resources (es) and collaboration; past competition with a committed joint future takes the committed level, and the competition is not said to have limited anything
    ("report", "In 2023 the four food banks agreed to stop competing for the same supermarket surplus and to pool it instead through a single warehouse, with a shared van and one rota of volunteer drivers.", "es P5 co"),
    # why: enjoyable meetings that changed nothing, with no cause given: no listed factor is named (no label)
    ("report", "We interviewed 42 people across the partner organisations. Most told us they enjoyed the partnership's meetings, but few could point to anything that had changed as a result of them.", ""),
    # why: testing each objective against the others and the partners' plans is integration
    ("report", "The review tested each of the Board's five objectives against the others and against the partners' own corporate plans. It found that the objective to grow tourism on the coast had never been checked against the objective to cut car journeys.", "ig"),
    # why: a hundred-year shoreline plan is long term; moving families before homes are lost is prevention; a plan agreed by two bodies and carried out by each is coordination
    ("report", "The coastal adaptation plan agreed by the council and NRW sets out which stretches of the shore will be defended and which will be allowed to retreat over the next hundred years, so that families can move before their homes are lost rather than after.", "lt pv P3 co"),
    # why: young people writing the building's rules and appointing the manager is power shared (sp) and their voice (sup, iv); no joint arrangement between bodies, and no level given for lack of detail
    ("report", "Young people in the focus groups said that the youth centre felt like theirs because they had written the rules for the building and sat on the panel that appointed the new manager.", "sup sp iv"),
    # why: distance and alternating venues stated as plain fact: no factor; meeting arrangements are process
    ("report", "The partner organisations are based in four towns up to forty miles apart. Meetings alternate between Aberystwyth and Lampeter.", ""),
    # why: inviting seldom-heard groups whose points shaped the priorities is listening to all stakeholders (em), their involvement (iv, sup) and agreeing priorities (cp)
    ("report", "Unusually, the Board invited the youth forum, the disability access group and representatives of the Gypsy and Traveller community to its priority-setting session, and the evaluation found that their points shaped two of the four final priorities.", "em iv sup cp"),
    # why: delegated sign-off cutting months to weeks is streamlined decision-making (es) and delegation (sp)
    ("report", "Each of the three partners delegated sign-off for spending of up to £10,000 to the project manager, which the evaluation found had cut the time from idea to action from about three months to under three weeks.", "es sp"),
    # why: contracts and on-call rules stopping a shared rota: incompatible HR policies (bs); a joint team is collaboration
    ("report", "The joint team could not share a rota because council staff are contracted for 37 hours a week and health board staff for 37.5, with different rules on overtime and on-call. Managers said the difference was 'small on paper, huge in practice'.", "bs P5 co"),
    # why: a web of informal contacts through which problems are sorted: informal networks
    ("report", "Much of what the partnership achieved happened outside its meetings. Officers described a web of informal contacts – a text to the fire station, a word at the school gate, a shared bench at the rugby club – through which problems were sorted before they ever reached an agenda.", "er"),
    # why: a different junior officer each time and partners 'not really in it': lack of buy-in (bm) on the commitment topic (sm)
    ("report", "Commitment among partners was uneven. Two organisations sent a different junior officer to every meeting, and the others said they had come to see those partners as 'not really in it'.", "bm sm"),
    # why: lines of accountability and no legal status stated as plain fact: no factor, no topic discussed
    ("report", "The health board is accountable to the Welsh Government and the council to its elected members; the partnership itself has no legal status.", ""),
    # why: carers' views recorded but not acted on: their voice (sup, iv) and not listening to stakeholders (negated enabler, bm)
    ("report", "Carers on the project board said that their views were minuted but rarely acted on. 'We're there so they can tick the box,' one said.", "sup iv bm"),
    # why: a dispute that broke relations (br) mended by a facilitator (er) and a joint protocol (es, cj): both; each council placing under the protocol is coordination
    ("report", "Relations between the two neighbouring councils' housing teams broke down after a dispute over homeless households being placed across the border. An independent facilitator brought the managers together for three sessions, and they have since agreed a joint placement protocol.", "br er es cj P3 co"),
    # why: a single volunteer database is shared data and resources (cj) and aligned processes (es); volunteers shared across three bodies is cooperation
    ("report", "The partners share a single volunteer database, so that a volunteer trained by the hospice can be offered shifts at the hospital or the food bank without repeating the checks.", "es cj P4 co"),
    # why: heads unwilling to let the youth service teach for fear of quality: fear of losing control over quality (bm, dprom)
    ("report", "Some head teachers were unwilling to let the youth service run personal and social education lessons, fearing that the teaching would not match the school's own standard.", "bm dprom"),
    # why: every organisation doing it because it is right for the valley: a common goal based on local need (cp, em)
    ("report", "Officers from all five organisations told the evaluators the same thing in almost the same words: 'we're doing this because it's right for the valley, not because we've been told to'.", "cp em"),
]
