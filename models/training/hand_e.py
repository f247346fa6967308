# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written training passages, batch E: hedges, attitudes, context and plain arrangements."""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # hedges and aspirations: no concrete joint activity
    ("plan", "Partners could look at opportunities to share buildings in the future, subject to funding.", ""),
    ("plan", "We aspire to be a county where public services work seamlessly together.", "ws"),
    ("plan", "The Board will consider whether a joint approach to workforce planning would add value.", ""),
    ("minutes", "It was suggested that partners might wish to explore joint procurement of electric vehicles at a later date.", ""),
    ("plan", "Partnership working is essential if we are to meet the challenges ahead.", "cp"),
    ("report", "Most partners said they valued the Board as a place to share information, although few could name anything it had changed.", "bm"),
    ("plan", "We believe in working together, listening to each other and putting people first.", "sup"),
    ("plan", "Where appropriate, partners will seek opportunities for collaboration.", ""),
    # context and statistics
    ("plan", "Life expectancy in the most deprived fifth of the county is seven years lower than in the least deprived fifth.", ""),
    ("plan", "The county covers 2,000 square kilometres and has a population of 133,000, a quarter of whom speak Welsh.", ""),
    ("report", "Demand for children's services has risen by 30% since 2019, while budgets have fallen in real terms.", ""),
    ("plan", "By 2043 the number of people aged 85 and over is projected to rise by 60%, with implications for health, housing and care.", "lt"),
    ("plan", "Climate projections suggest hotter, drier summers and wetter winters, with more frequent flooding of homes and roads.", "lt"),
    # concrete arrangements, plain words
    ("plan", "The council and the housing associations will run one waiting list and one allocations policy for social housing across the county.", "P5 co ws"),
    ("plan", "The health board will provide the clinical staff and the council the buildings for six new community wellbeing hubs.", "P4 co"),
    ("plan", "Schools will refer pupils at risk of exclusion to the youth service, which will contact the family within a week.", "P3 co pv"),
    ("plan", "The fire service will fit smoke alarms in homes identified by the council's housing officers as high risk.", "P3 co pv"),
    ("minutes", "The college will host the jobs fair and the Department for Work and Pensions will bring jobseekers; employers will be invited by the council.", "P3 co"),
    ("report", "Police officers and mental health nurses now travel together in the same car to calls involving people in crisis.", "P5 co"),
    ("report", "The council lends its minibuses to the community transport charity, which provides the volunteer drivers.", "P4 co"),
    ("plan", "A single regional team, employed by one council on behalf of all four, will enforce trading standards across the area.", "P5 co op"),
    ("plan", "All partners will adopt the same real living wage commitment in their own contracts.", "P3 co"),
    ("plan", "Partners will use their combined purchasing power to buy more food from local producers, each through its own contracts but against shared targets.", "P4 co cp"),
    ("report", "The university provided research support free of charge, while the council supplied the data and the health board the clinical expertise.", "P4 co"),
    ("minutes", "It was agreed that the council would lead the bid on behalf of the partnership, with all partners contributing to the writing.", "P5 co"),
    ("plan", "Natural Resources Wales will advise the council on the flood risk of new developments before planning decisions are made.", "P2"),
    ("plan", "The council will consult the health board and the police on the draft licensing policy.", "P2"),
    ("minutes", "The Board received a presentation from the ambulance trust on its new response model and asked questions.", "P2"),
    # involvement with citizens, not organisations
    ("plan", "Residents of the estate will choose how the £200,000 regeneration budget is spent, through a series of public votes.", "sp iv sup P5"),
    ("plan", "We will run a citizens' assembly on climate change, and the Board will respond publicly to every recommendation.", "iv sup gv P2"),
    ("report", "Parents were consulted on the new school transport timetable through an online survey.", "iv P2"),
    ("plan", "Older people will be offered digital skills sessions in libraries so that they can take part in online consultations.", "cm iv"),
    # factors in realistic words
    ("report", "Each organisation measures success differently, so partners found it hard to agree when the project had worked.", "cp bm bs"),
    ("report", "Because the grant could only be spent on capital, the partners could not pay for the staff needed to run the new hub.", "bs P4 co"),
    ("report", "Senior leaders were enthusiastic, but middle managers saw the partnership as extra work and did not release their staff.", "bm"),
    ("minutes", "Members agreed that the good relationships built during the pandemic should not be lost.", "er sm"),
    ("report", "The project's governance was so complicated that nobody knew who could sign off a decision.", "bs"),
    ("report", "A shared commitment to the Well-being of Future Generations Act gave partners a common language and a reason to work together.", "em cp"),
    ("report", "The health board's reorganisation meant that its representative changed three times in a year.", "br"),
    ("speech", "We've stopped arguing about whose budget it comes from. If a family needs it, one of us pays, and we settle up later.", "es er sp P4 co"),
    ("report", "A three-year funding settlement from the Board, rather than annual grants, gave the project time to get things right.", "es lt"),
    ("report", "Co-locating the teams was not enough on its own; it took a year of joint training before staff really trusted each other's judgement.", "er pr sm P4 co"),
    # misleading keywords, single agency
    ("plan", "Collaborative leadership: the council will run a leadership programme for its own senior managers.", "pr"),
    ("minutes", "The joint finance and audit committee of the council approved the treasury management strategy.", ""),
    ("plan", "Partnership agreement: tenants of the housing association will receive a new tenancy handbook.", ""),
    ("plan", "The police will work together across their own departments to improve the handling of 101 calls.", "co P3"),
    ("report", "The health board's integrated care division opened a new ward at the district hospital.", ""),
    # mixed and overcome
    ("report", "At first the two councils competed to host the new centre, but they eventually agreed to run it jointly, sharing costs and staff.", "P5 co P1 es"),
    ("plan", "Having struggled with short-term funding in the past, partners have now agreed a five-year pooled fund for early intervention.", "bs es P5 co pv lt"),
    ("minutes", "Members reflected that the lack of trust which had dogged the early meetings had largely gone, thanks to the independent chair.", "br er sm"),
    ("report", "Staff were initially afraid that the new joint service would cost them their jobs; open communication from managers eased these fears.", "bm er P5 co"),
    # capacity and disciplines
    ("plan", "The Board will set aside time at each meeting to reflect on its vision and check that its priorities are still right.", "st cp pe"),
    ("report", "Front-line workers lacked the skills to work across organisational boundaries, and no training was offered.", "pr bs"),
    ("plan", "Community groups will be supported to build their own capacity, with help to write bids, recruit volunteers and manage money.", "cm"),
    ("report", "The partnership kept its momentum by celebrating early wins and publishing stories of the difference made.", "dprod em P4 co"),
    ("report", "Before launching, the partners ran a readiness check: did they have the right people, the data and the authority to act?", "dproj op P4 co"),
    ("speech", "Quality matters to us. If we're going to hand part of this over, we need to know it will be done properly.", "dprom bm"),
    ("report", "Each agency brought something distinct to the team: the police their powers, the council its housing stock and the charity its trust with families.", "dprof P5 co"),
]
