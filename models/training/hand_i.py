# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written training passages, batch I: plans and reports in the register of real documents.

Two to five sentences each, written as a well-being plan, area assessment, evaluation, audit report
or board paper would put them, across topics (housing, health, social care, climate, nature,
transport, poverty, community safety, youth, Welsh language, economy, culture, mental health,
early years, ageing, digital, food, flooding). They cover every factor (overcome barriers carry
both labels; complaints imply barriers; "what made the difference" credits enablers), the four
themes, every power level described through who does what, and about a quarter hard cases
(keywords without the label, negation, hedges). Written from the taxonomy definitions and
FORMAT.md; nothing is taken from the gold files or the corpus.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ===================== PLANS =====================
    # --- housing ---
    ("plan", "Our assessment found that people leaving hospital are too often sent back to a home that no longer suits them. From 2025 the housing associations, the council's occupational therapists and the hospital discharge team will allocate adapted homes from a single list, agree each offer at a fortnightly panel and share the cost of a coordinator to run it.", "P5 co es ws"),
    ("plan", "Applicants told us they fill in the same details three or four times for different landlords and never know where they stand. By the end of 2026 there will be one common housing register and one application form for the county, although each landlord will still make its own lettings decisions.", "sup P3 co ws"),
    ("plan", "The Housing Partnership Team sits within the council's housing services directorate and manages the authority's own temporary accommodation.", ""),
    ("plan", "Housing. Damp and mould are now among the commonest reasons for children in social housing to see a GP, according to figures the health board passed to landlords last year. Landlords, environmental health officers and community nurses will inspect the worst-affected homes together and agree a repair and treatment plan for each family.", "P4 co pv em cj"),
    ("plan", "Long-term empty homes: the council charges a council tax premium on homes left empty for more than two years.", ""),
    # --- health ---
    ("plan", "Life expectancy in our most deprived wards is eight years shorter than in the least deprived, and the gap has hardly moved in a decade. Its causes lie in income, housing, schooling and the places people live rather than in the NHS alone, so the Board will treat health inequality as a question for every member and not as a health board programme.", "ws ig pv"),
    ("plan", "Social prescribing link workers, employed by the county voluntary council but paid for by the health board and based in every GP cluster, will connect patients to walking groups, debt advice and community choirs.", "P4 co pv"),
    ("plan", "Joint replacement surgery waiting times at the district general hospital will be brought below 36 weeks by March 2026.", ""),
    ("plan", "Healthy weight. What people eat and how much they move are shaped by what is sold on the high street, how children get to school, what canteens serve and what households can afford. The actions under this objective therefore belong to planning, transport, education and economic development as much as to the NHS.", "ws pv ig"),
    ("plan", "Mental health. The health board will open a second crisis house by 2026 and extend the hours of its crisis telephone line.", ""),
    # --- social care ---
    ("plan", "Unpaid carers told us that the hardest part is not the caring but chasing five organisations for help that ought to arrive as one. The regional partnership will therefore commission a single carers' support service: the council and the health board will write the specification with carers themselves and put their separate carers' grants into one contract.", "sup iv ws P5 co es"),
    ("plan", "Every unpaid carer who comes forward will be offered a conversation about what matters to them within a month, and their support will be built from that conversation rather than from a standard menu.", "sup"),
    ("plan", "Community pharmacists, GP practices and the council's reablement service will use one checklist to spot older people at risk of falling, and any of them will be able to refer directly to the health board's falls clinic.", "P3 co pv ws"),
    # --- climate ---
    ("plan", "Climate change is not something any one of our organisations can solve, or even measure, by itself. Between us we own more than 900 buildings and run over 2,000 vehicles, which gives the Board real weight if its members pull in the same direction.", "cp"),
    ("plan", "From 2026 the Board's members will buy their electricity together through one framework contract linked to new renewable generation in the region, and will jointly fund an energy manager to find savings across all their estates.", "P5 co es"),
    ("plan", "Partners may wish to consider, in due course, whether there would be merit in collaborating on a shared approach to fleet decarbonisation.", ""),
    ("plan", "Most of the county's emissions come from homes, farms and travel rather than from public buildings, so public bodies cannot cut them fast enough on their own. Members will draw up a county route map to net zero with the farming unions, the business forum and community energy groups, and each will publish what it will do to deliver it.", "ws cp P5 co"),
    # --- nature ---
    ("plan", "Landowners, the farming unions, the national park and Natural Resources Wales have agreed to map the catchment together and to decide as one group where tree planting and wetland restoration would do most for water quality and flood risk. Farmers will be paid from the group's common fund for land they set aside.", "P5 co es"),
    ("plan", "Pollinating insects have declined sharply in the county over thirty years. The council will change the way it cuts roadside verges and report each year on wildflower cover.", "lt"),
    ("plan", "Natural Resources Wales will second an ecologist to the council's planning department for two years to help officers build nature recovery into decisions on new development.", "P4 co es"),
    ("plan", "Tourism brings money into the county but also puts pressure on roads, housing and the Welsh language in some communities. The national park, the council and the community councils will agree a visitor management plan for the three busiest areas and fund seasonal wardens between them.", "ig P5 co"),
    # --- transport ---
    ("plan", "Residents without a car say that it is harder to get to the district hospital than to the city. Ahead of every timetable change, the health board will send its clinic schedules to the bus operators and Transport for Wales so that services can be planned around appointment times.", "sup P3 co"),
    ("plan", "Active travel. The council will build the routes, the health board will refer patients who would benefit to walking and cycling schemes, schools will run cycle training, and the Board will track how many people use them.", "P3 co pv"),
    # --- poverty ---
    ("plan", "Rather than every organisation running its own cost-of-living campaign, members will agree one set of messages, one website and one number to call, and front-line staff will be trained to refer people through it whoever employs them.", "P4 co ws pr"),
    ("plan", "Free school meals, council tax reduction and housing benefit are still claimed on separate forms to separate offices, so families who qualify for one often miss the others. The council and the Department for Work and Pensions have agreed to test automatic enrolment using information they already hold.", "ws P4 co cj"),
    ("plan", "Anti-Poverty Partnership Fund: the council will pay £200,000 from its own reserves to households in arrears with council tax.", ""),
    ("plan", "We heard again and again that organisations are good at describing problems and less good at stopping them happening. This plan puts most of its effort into the years before a crisis: the first missed rent payment, the first exclusion from school, the first fall.", "pv"),
    # --- community safety ---
    ("plan", "Community safety. Residents of the town centre say that the problems they face at night, from noise to drug dealing to young people with nowhere to go, get passed between agencies and are never owned by any of them. The police, licensing, the youth service and the health board's substance misuse team will form one night-time group with a single action plan and a named lead for each street.", "sup ws bm P4 co Lcre"),
    ("plan", "Domestic abuse services in the county are commissioned by four bodies on four different timescales, so a survivor can be supported by a refuge for six months and then find that her outreach worker's contract has ended. From 2027 the commissioners will align their contract periods so that services start and finish together.", "bs es P3 co sup"),
    ("plan", "The police, the council and the three housing associations will put their anti-social behaviour budgets for the estate into one fund and decide with the residents' association how it is spent.", "P5 co es sp iv"),
    ("plan", "The police and crime commissioner sets out her own priorities in the police and crime plan, which is published separately.", ""),
    # --- youth ---
    ("plan", "Young people helped to write this objective. They asked for fewer leaflets and more places to go, and for adults who stay long enough to be trusted. The youth service, the leisure trust and three youth charities will keep their own programmes but publish one timetable, so that something is open in every town on every evening of the week.", "sup iv P3 co ws"),
    ("plan", "A panel of twelve young people aged 14 to 21 will decide how the £60,000 youth well-being fund is spent each year, with officers there only to advise.", "sp iv sup P5"),
    ("plan", "Schools and the youth justice service will keep a common calendar of exclusion reviews so that no young person known to the service is excluded without their worker hearing about it first.", "P3 co pv"),
    # --- Welsh language ---
    ("plan", "Only a minority of the staff who deal with the public across our organisations can hold a conversation in Welsh, and many Welsh speakers told us they switch to English rather than wait. Members will run one Welsh learning programme for their staff, paid for in proportion to headcount, sharing tutors and course places between organisations.", "sup P4 co pr"),
    ("plan", "The council will review its Welsh Language Promotion Strategy, as the Welsh Language Standards require, and publish a report on progress every five years.", ""),
    ("plan", "Welsh language. Young people in the county are more likely to speak Welsh than their parents but less likely to use it once they leave school. The Menter Iaith, the Urdd, the leisure trust and the council will each run Welsh-medium activities for teenagers under one brand and one calendar.", "P3 co"),
    # --- economy ---
    ("plan", "The council, the health board, the university and the police spend more than £300 million a year between them on goods and services. Under a common procurement charter each will change its own buying rules to favour local suppliers and fair work, and will report what share of its spending stays in the county.", "P3 co"),
    ("plan", "Our economy leans on sectors such as tourism, food and care where pay is low and work is seasonal, and young people continue to leave for the cities. If current trends continue, the county's working-age population will fall by a fifth by 2043.", "lt"),
    ("plan", "Members will submit one bid to the Shared Prosperity Fund for the town centre, with the council as lead applicant and each partner contributing match funding or staff time.", "P4 co"),
    # --- culture ---
    ("plan", "Museums, heritage sites and libraries have each run their own volunteer schemes, competing for the same small pool of retired people. A single volunteering passport, managed by the county voluntary council on behalf of all of them, will let volunteers move between organisations without being vetted twice.", "bs es P4 co"),
    ("plan", "Cooperative Housing Week will be marked with a display of photographs in the county library.", ""),
    # --- mental health ---
    ("plan", "People in crisis told us they were asked the same questions by the police, the ambulance crew and the emergency department in a single night. A mental health practitioner funded by the health board will now sit in the police control room on evenings and weekends to advise officers and arrange the right response.", "sup ws P4 co es"),
    ("plan", "Children's mental health cannot be improved by the specialist service on its own. Schools, youth work, sport, family support and primary care all shape how young people feel, and the length of the waiting list is a sign of what is missing in all of them.", "ws pv"),
    # --- early years ---
    ("plan", "The first thousand days of a child's life shape their health for decades. Midwives, health visitors, Flying Start and the family centres will use one assessment, so that parents describe their circumstances once and each service can see what the others are doing.", "lt pv P3 co ws sup cj"),
    # --- ageing ---
    ("plan", "By 2040 one resident in three will be over 65. We want older people to be seen as contributors and not only as users of services, and we will ask the older people's forum to co-chair the ageing well group and agree its priorities with us.", "lt sp iv sup cp P5"),
    ("plan", "Every pound spent keeping an older person steady on their feet saves several on hip fractures and hospital stays. The leisure trust will run strength and balance classes in its centres, with the health board's physiotherapists training the instructors and referring patients to them.", "pv P4 co pr"),
    # --- digital ---
    ("plan", "One household in eight has no home internet connection, and the share is higher among older people and social tenants. Libraries, housing associations and the council's digital team will lend devices and data and give drop-in help from the same community venues.", "P4 co"),
    ("plan", "Our data sits in dozens of systems that cannot read one another, and the data-sharing agreements we have were written for single projects and lapse when their funding ends. The Board will adopt one information-sharing protocol, signed by every member and covering all of its well-being work.", "bs es cj P4 co"),
    ("plan", "Partners will publish their data on the Board's open observatory, so that residents, community groups and businesses can see the same evidence that public bodies use.", "P4 co cj cm"),
    # --- food ---
    ("plan", "Food. Schools, hospitals and care homes in the county serve around 40,000 meals a day, yet very little of the food is grown in Wales. The council and the health board will write their catering contracts to a common specification and keep one list of local suppliers, while each runs its own tender.", "P3 co"),
    # --- flooding ---
    ("plan", "After the 2020 floods, people in the lower valley told us they did not know whom to call: the council, Natural Resources Wales, the water company or the fire service. The four bodies will now run one flood line and one set of community flood plans, written with local flood wardens and tested every autumn.", "sup iv ws P5 co"),
    ("plan", "Flood risk. Natural Resources Wales will continue to maintain the main river defences and the council will continue to maintain ordinary watercourses.", ""),
    ("plan", "Before deciding where the new community hospital should go, the health board will hold drop-in sessions in each of the five towns it could serve and publish a summary of what people said alongside its decision.", "P2 iv"),
    ("plan", "Housing associations in the county compete each year for the same few development sites and the same pot of Welsh Government grant, and the bidding has driven up what every one of them pays for land.", "P1 bs"),
    # --- factors in plans ---
    ("plan", "What made the difference in our first plan was not money but people who had known one another for years and would pick up the phone. Several of them have since retired, so this plan sets out how new members will be introduced to each other's organisations in their first months.", "er br"),
    ("plan", "Working together is hard when each member answers to a different Welsh Government department, with different targets, different inspectors and different year-ends. We will make the case to ministers for a single set of outcome measures for the Board's priorities.", "bs"),
    ("plan", "Every member is under severe financial pressure, and when budgets are cut the temptation is to protect statutory services and step back from anything held in common. Members have agreed that the Board's three priorities will be treated as core business by each of them, not as optional extras.", "bm em cp"),
    ("plan", "The Public Services Board has no budget of its own and no staff beyond a small support team hosted by the council, so delivering this plan depends entirely on members choosing to put their own resources behind it.", "bs"),
    ("plan", "The objectives in this plan were chosen at three workshops attended by every statutory member, the third sector and the town councils, working from the evidence in our well-being assessment.", "cp em pe P5 co"),
    ("plan", "We are not starting from scratch. The community safety partnership, the regional partnership board and the area planning board already bring many of the same people together, and this plan builds on them instead of creating new groups.", "es"),
    ("plan", "Our previous plan had too many actions spread across too many groups, and when we looked back we could not say who had been responsible for most of them. This time every step has one lead organisation and is reported to the Board twice a year.", "bs es gv"),
    ("plan", "There are still wide differences in how much each member puts into the Board. The smaller bodies feel they do an unfair share of the chairing and organising, while the larger ones feel they carry the cost.", "br"),
    ("plan", "Because the Board cannot employ anyone itself, the council will host the Board's programme manager on behalf of all members, each of whom will contribute towards the cost of the post.", "bs es P5 co"),
    ("plan", "We want staff across our organisations to think of themselves as working for the county and not just for one employer. Leadership programmes, shadowing and short placements in another member's services will be open to staff of every member.", "pr es P4 co"),
    ("plan", "Members have agreed that each organisation's own corporate and service plans will be checked against the well-being objectives before they are approved.", "ig"),
    # --- themes in plans ---
    ("plan", "In each of the six community areas, a local board of residents, councillors and voluntary groups will hold a devolved budget for well-being projects and set its own priorities, with public bodies sitting at the table as equals rather than in charge.", "sp iv P5 co"),
    ("plan", "Town and community councils know their places better than any county-wide body. We will give them a larger say in local priorities and will transfer parks, toilets and other assets to those that want to take them on.", "sp"),
    ("plan", "The third sector will not be treated as a contractor brought in to deliver what public bodies have already decided. Voluntary organisations will hold two seats on the executive group, with the same vote as any statutory member, and will lead one of the four priorities.", "sp es P5 co"),
    ("plan", "We recognise that the Board's decisions are still made mostly by senior officers of public bodies, and that communities have so far had little real influence over what it does.", "sp"),
    ("plan", "Instead of planning each service for older people separately, partners will map everything that happens to an older person after a fall, from the 999 call to the first week back home, and redesign the whole pathway between them.", "ws sup P5 co"),
    ("plan", "Every member organisation has signed the same short statement of what we are trying to achieve by 2035: that no child in the county grows up in a cold or damp home.", "cp em lt"),
    ("plan", "It would have been easy to fill this plan with everything our organisations already do. We have deliberately left that out; the steps here are the ones that only happen if we act as one.", "cp"),
    ("plan", "This plan commits partners to three measures of success, agreed with the people they affect: fewer households in fuel poverty, more journeys on foot, by bike or by bus, and more children speaking Welsh when they leave primary school.", "cp em iv"),
    ("plan", "Voluntary groups, town councils and residents' associations will be able to put items on the Board's agenda and will have a standing slot at every meeting to question members.", "sp gv iv P2"),
    # --- ways of working in plans ---
    ("plan", "We will judge success over a generation rather than an electoral cycle: the measures in this plan are set for 2035 and 2050, with milestones on the way.", "lt"),
    ("plan", "We spoke to more than 3,000 people while preparing this plan, among them Gypsy and Traveller families, young carers, people seeking asylum and people in the most remote farms, using interpreters and outreach workers rather than relying on an online survey.", "iv P2 cm"),
    ("plan", "The draft plan was open for comment for twelve weeks, and 214 responses were received.", "P2 iv"),
    ("plan", "Statutory members received the proposed steps in advance of the Board meeting and were asked to say by the end of the month whether their organisation could support them.", "P2"),
    ("plan", "Each objective was tested against all seven well-being goals. The housing objective was changed after we saw that building on the floodplain would help one goal while harming two others.", "ig"),
    ("plan", "Many of the people most affected by this plan are the least likely to come to a consultation event. The Board will pay community organisations that already have their trust to hold conversations on its behalf and to report back what they heard.", "iv P2"),
    ("plan", "Housing association gas engineers who find a tenant rationing their heating will, with the tenant's consent, refer them to the council's energy advice team, which will arrange a home visit within ten working days.", "P3 co pv"),
    ("plan", "The university will give the Board its research students and survey expertise free of charge to evaluate the three priority projects.", "P4 co"),
    ("plan", "Where two or more members already do the same thing, such as running a vehicle fleet, training staff in first aid or buying office supplies, one of them will do it on behalf of the others.", "P4 co"),
    # --- hard cases in plans ---
    ("plan", "The health board and the council will each continue to publish their own annual reports.", ""),
    ("plan", "The council's staff from three older buildings will move into the new civic offices in spring 2026.", ""),
    ("plan", "We may look at opportunities to collaborate with neighbouring boards on this in future, if resources allow.", ""),
    ("plan", "The council does not at present share any services with neighbouring authorities in this field.", ""),
    ("plan", "No concerns about data sharing were raised while this plan was being prepared.", ""),
    ("plan", "A joint foreword from the Leader and the Chief Executive introduces the council's corporate plan.", ""),
    ("plan", "The regional partnership board carries out its own population needs assessment, which is a separate statutory duty.", ""),
    ("plan", "The well-being assessment found that people in the rural north of the county are more likely to be lonely, less likely to reach a GP within half an hour by public transport and more likely to heat their homes with oil.", ""),
    ("plan", "Partnership working is one of the council's five core values, alongside openness and respect.", ""),
    ("plan", "The council's Prevention and Early Help Service will complete its restructure by October, reducing its management tiers from four to three.", ""),
    ("plan", "The fire and rescue service will replace four of its fire engines during 2025.", ""),
    ("plan", "It is hoped that, over time, partners will find more ways of working together on the issues raised in this assessment.", ""),
    # ===================== REPORTS =====================
    # --- enablers credited, relationships ---
    ("report", "What made the difference, nearly everyone we interviewed said, was that the project manager had worked in both the council and the health board and knew whom to ask in each. When she moved on in the second year, many of those links went with her.", "er br"),
    ("report", "Board members reported that the quality of discussion had improved markedly since meetings moved from the council chamber to a round table without officers presenting papers, and that difficult subjects such as the closure of the minor injuries unit were now discussed openly.", "er pe"),
    ("report", "Partners' commitment held up through the pandemic. The evaluation puts this down to a habit formed in the first lockdown: a thirty-minute call every morning between the chief officers.", "sm er"),
    ("report", "In the two years before the Board existed, the chief officers had met informally every few months over lunch, with no agenda and no papers. When the Act required a board, most of the groundwork had already been laid.", "Lpre er"),
    ("report", "Participants put the food partnership's success down to its chair, a retired head teacher with no organisational interest to defend, who made sure the smallest community group was heard as clearly as the health board.", "er sp"),
    ("report", "Political backing proved decisive. Once the council leader and the health board chair had both spoken publicly in support of the integrated hub, objections from inside both organisations faded away.", "em bm P4 co"),
    ("report", "The scheme worked, staff said, because every organisation could see what was in it for itself: the council saved on bed and breakfast, the health board on delayed discharges and the housing association on rent arrears.", "em"),
    # --- barriers: relationships, motivations ---
    ("report", "Health board officers described meetings at which council colleagues 'arrived with the answer already decided'. Council officers, for their part, felt that health colleagues talked in acronyms and targets that meant nothing outside the NHS.", "br"),
    ("report", "Interviewees were frank that the Board's priorities come a distant second to their own organisations' targets. 'When it is a choice between my waiting list and the PSB, the waiting list wins every time,' one said.", "bm"),
    ("report", "The programme was widely seen as the health board's project, with other partners attending as guests. The health board chose the topics, wrote the papers and chaired every meeting.", "bm sp"),
    ("report", "Chief executives were comfortable exchanging information but drew the line at anything that would let another organisation decide how their own staff were deployed.", "dproj bm"),
    ("report", "Members said the Board loses momentum between meetings because nothing moves unless the support officer chases it, and she works two days a week.", "dprod bs"),
    ("report", "Five years on, members have still not agreed what the Board is for, and each new chair has arrived with a different set of priorities.", "cp bm br"),
    ("report", "The review found that partners' own staff had never been told about the well-being plan and that few front-line workers could name a single one of its objectives.", "cp bm"),
    ("report", "The regional growth deal has brought the ten councils together on transport and skills, but the evaluation notes that decisions are in practice made by the two largest authorities and that the smaller councils feel their projects get traded away.", "br sp P4 co"),
    # --- barriers: structures ---
    ("report", "The pilot was meant to bring housing and mental health staff into a single team, but the two sides never agreed whose policies on lone working and case recording would apply, and after nine months staff were still following two sets of rules.", "bs P5 co"),
    ("report", "Funding for the partnership's coordinators came in twelve-month tranches, usually confirmed in March for a year starting in April, so staff were under notice of redundancy for part of every year and the most experienced left.", "bs"),
    ("report", "Frustration was obvious. One manager spent three months trying to find out who in the health board could sign a two-page agreement, only to be told it had to go to a committee that meets twice a year.", "bs"),
    ("report", "Sharing a building did not by itself produce joint working. Teams that moved in together but kept separate managers, separate systems and separate lunch breaks worked no more closely than before.", "bs br"),
    # --- overcome barriers ---
    ("report", "Early scepticism among GPs, who feared the link workers would add to their workload, faded once a link worker was placed in each surgery two days a week and doctors could see the effect for themselves.", "bm er P4 co"),
    ("report", "Progress stalled for most of 2023 because nobody could agree who should hold the data. A data-sharing protocol, finally signed by all five bodies in January 2024, let the dashboard go live within weeks.", "bs es cj P4 co"),
    ("report", "The council and the housing association had been at odds for years over the stock transfer. Bringing in an independent facilitator and agreeing ground rules for meetings allowed them to produce a joint regeneration plan for the estate in under a year.", "br er pe P5 co"),
    ("report", "Competition between the county's two colleges for post-16 learners has eased since they agreed a common prospectus and stopped running the same courses in the same towns.", "bs es P3 co"),
    ("report", "Hospital discharge improved once a council social worker joined the ward's daily board round. Before that, the ward and the council team had communicated through a shared inbox that nobody felt responsible for checking.", "bs er P4 co"),
    ("report", "The two organisations' finance systems could not recognise a shared cost centre, so the pooled fund had to be held by one partner and recharged quarterly. This added work but did not stop the fund operating.", "bs es P5 co"),
    ("report", "Therapists feared that sharing assessments with support workers would dilute professional standards. Joint training and a clear statement of which tasks stayed with registered staff answered most of these concerns.", "dprof dprom bm es pr P4 co"),
    ("report", "The evaluation concluded that the health and social care team in the north of the county became a genuine single team only after it was given one manager and one set of objectives; three years of sharing an office without them had achieved little.", "P5 co es cp op"),
    # --- themes in reports ---
    ("report", "The evaluation found no evidence that residents had changed any decision, despite four rounds of engagement events.", "sp iv sup P2"),
    ("report", "In the ward where the budget was handed to a residents' panel, spending shifted from new equipment towards people: a part-time youth worker, a lunch club and a community gardener.", "sp iv P5"),
    ("report", "The catchment project succeeded where earlier schemes had failed because farmers were treated as partners rather than targets: they helped to set its aims, and a farmer chaired the steering group.", "em sp iv P5"),
    ("report", "Staff in the locality teams were given authority to agree care packages up to a set value on the spot, without going to a panel, and the average wait fell from five weeks to eight days.", "sp es"),
    ("report", "The demand-responsive bus pilot was planned by the council without any conversation with the health board, and it turned out that most of the trips people wanted were to a hospital the buses did not serve.", "ws sup"),
    ("report", "Audit Wales found that the Board had set eleven priorities, many repeating work already led by other partnerships, and that members could not say which of them the Board itself was accountable for.", "cp bs gv"),
    ("report", "The Board does not yet check whether its members are working in the way the Act requires, and the council's scrutiny committee has looked at the Board's work only once in three years.", "gv ws"),
    ("report", "The food partnership's members joined for different reasons, the health board for diet, the council for poverty and the farming union for local markets, and the evaluation credits its survival to a single plan that served all three.", "em cp ig"),
    # --- power levels in reports ---
    ("report", "Case study: when the steelworks announced job losses, the council, the college, Careers Wales and the Department for Work and Pensions set up one response team in the town within a fortnight, each releasing staff to it and the college providing the building.", "P5 co op"),
    ("report", "A pooled budget of £2.4 million for children with complex needs, held by the council under a section 33 agreement with the health board, means placements are agreed at one panel instead of being argued over case by case.", "P5 co es bs cj"),
    ("report", "The homelessness prevention fund is held by the council, but awards are decided at a weekly panel of housing, probation, health and third sector staff, any of whom can bring a case.", "P5 co pv sp"),
    ("report", "Staff from the fire service and trading standards now visit older people targeted by doorstep scammers together, fitting smoke alarms and call blockers in the same visit.", "P4 co pv"),
    ("report", "The arts centre, the library and two primary schools applied together for a three-year grant for Welsh-language storytelling and won it, and they have since agreed to keep meeting after the grant ends.", "P4 co Lterm sm"),
    ("report", "No single body could have produced the picture of need in the assessment. It draws on figures from the police, fire, health, education, housing and the third sector, which the council's research team brought together and analysed.", "em cj P4 co"),
    ("report", "The hub offers debt advice, housing support and help into work under one roof, with each service keeping its own staff and its own appointment system.", "P3 co ws"),
    ("report", "The flood review found that warnings were issued by Natural Resources Wales, passed to the council and relayed to community wardens, but the chain broke overnight because the council's duty rota had not been given to anyone.", "P3 co bs"),
    ("report", "Partners hold different legal powers over the same problem: the council can require a landlord to carry out repairs, the fire service can prohibit use of a building and the police can close premises. Using these powers in an agreed sequence closed two problem properties that no single agency had managed to deal with.", "es dprof P3 co ws"),
    ("report", "The carbon programme achieved far less than planned. Each member set its own baseline, counted emissions its own way and reported at a different time of year, so the Board could never say whether the county as a whole was on track.", "bs ws P3 co"),
    ("report", "Older residents found the new online booking system for the recycling centre confusing, and the council added a telephone option after meeting the older people's forum.", "sup iv P2"),
    ("report", "Housing officers consulted the fire service on the evacuation arrangements for the new tower block before submitting them for approval.", "P2"),
    ("report", "Commissioners awarded the home care contract to the lowest-priced bidder in each of six zones, and providers in neighbouring zones said they now had no reason to talk to each other.", "P1 bs"),
    ("report", "The four councils bid against one another for the same active travel grant, and the two that lost have since shelved their cycle route plans.", "P1"),
    ("report", "The council asked the health board, the police and the county voluntary council to comment on its draft community cohesion strategy; only the police replied before the deadline.", "P2"),
    ("report", "Residents were invited to a series of evening meetings to give their views on the proposed closure of the day centre, and the cabinet was given a summary of the comments before it voted.", "P2 iv"),
    ("report", "Three charities in the town each run a separate food bank and have competed for the same supermarket surplus and the same church collections for several years.", "P1"),
    # --- lifecycle in reports ---
    ("report", "The Board's first year was spent agreeing terms of reference, a membership list and a scheme of delegation, and some members felt this left little time for anything else.", "Lcre gv bm P4 co"),
    ("report", "The executive group meets monthly to allocate the regional fund, monitor the twelve funded projects and decide whether projects that are falling behind should continue.", "Ldel gv P5 co"),
    ("report", "The partnership was wound up in March after members agreed that its work was now covered by the regional partnership board. Its carers' work passed to the board and its remaining budget was returned to the organisations that had paid into it.", "Lterm P5 co"),
    ("report", "The project was designed around a three-year grant but needed ten years to show results, and when the grant ended the partners had no plan for what came next.", "lt bs Lterm"),
    # --- hard cases in reports ---
    ("report", "The partnership agreement between the council and its leisure contractor sets out the contractor's obligations on opening hours and prices.", ""),
    ("report", "Joint pain was the most common reason older respondents gave for not walking more.", ""),
    ("report", "Officers said they would welcome closer working with the university in principle, but no discussions have taken place.", ""),
    ("report", "The evaluation did not identify any barriers specific to the rural pilot sites.", ""),
    ("report", "Working in Partnership for a Greener Borough: in 2023/24 the council's parks team planted 4,000 trees and turned six hectares of mown grass into meadow.", ""),
    ("report", "The co-operative's members approved the annual accounts and re-elected three directors.", ""),
    ("report", "Under the heading 'collaboration', the annual report lists the conferences attended by the council's own officers during the year.", ""),
    ("report", "The shared services centre processes the council's payroll and invoices.", ""),
]
