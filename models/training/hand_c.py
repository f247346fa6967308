# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written training passages, batch C: hard cases across topics (genre, text, label tokens)."""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # no keywords, but joint working
    ("report", "Two housing officers, a nurse and a probation worker now start every morning round the same table and split the day's visits between them.", "P5 co er op"),
    ("plan", "Ambulance crews who find an older person on the floor can now book a visit from the council's reablement team before they leave the house.", "P3 co ws pv"),
    ("report", "The food bank, the credit union and the council's benefits team run one drop-in on Tuesdays; people see whoever they need without being sent elsewhere.", "P5 co ws sup"),
    ("minutes", "From next month one phone number will reach the mental health crisis team, the police control room and the out-of-hours social worker.", "P5 co ws"),
    ("plan", "Wardens from the national park and rangers from Natural Resources Wales will patrol the same stretch of coast on a single rota.", "P3 co"),
    ("report", "Teachers and youth workers agreed which pupils each would follow up, so that no one was chased twice and no one was missed.", "P3 co ws pv"),
    # misleading keywords
    ("plan", "Collaboration and partnership: the council will review its own staff travel policy.", ""),
    ("plan", "Together for Wales. The health board will invest £3m in new diagnostic equipment at the district hospital.", ""),
    ("report", "The word 'partnership' appears 214 times in the plan, but only three actions name more than one organisation.", ""),
    ("minutes", "The joint meeting of the council's scrutiny committees was rescheduled to 4 May.", ""),
    ("plan", "Integrated transport: the council will buy four electric buses for its school routes.", ""),
    # negation and absence
    ("report", "There is no common dataset on child poverty, so each partner relies on its own figures.", "bs bm cj"),
    ("report", "Partners lack trust in each other's data, which has stalled the joint needs assessment.", "br sm P4 co"),
    ("plan", "No single partner owns the problem of rural transport, so nothing changes.", "bm bs"),
    ("minutes", "Members noted that residents have not been involved in shaping the plan so far.", "iv sup"),
    ("report", "Without any pooled funding, the partnership has been limited to sharing information.", "bs P3 co"),
    ("report", "The board does not yet have a shared understanding of what prevention means for each partner.", "pv cp bm pe"),
    ("speech", "Nobody took ownership. Everyone assumed somebody else was doing it.", "bm"),
    ("report", "The absence of clear leadership meant that meetings drifted and actions were not followed up.", "br bs"),
    # overcome barriers
    ("report", "A history of mistrust between the two councils was overcome when their leaders agreed to share one chief executive.", "br er P5 co"),
    ("plan", "Different IT systems had stopped staff seeing each other's records; a shared case system bought together last year has solved this.", "bs es cj op P4 co"),
    ("minutes", "The problem of staff working in separate buildings has been addressed by a shared hot-desk space at the civic centre.", "br er P3 co"),
    ("report", "Initial reluctance from GPs was overcome by involving them in the design from the start.", "bm em P4 co"),
    ("speech", "We used to argue about whose job it was. Once we agreed a simple protocol, the arguments stopped.", "bm es cj P3 co"),
    # business as usual, single agency
    ("plan", "The council will continue to grit priority routes between November and March.", ""),
    ("plan", "Natural Resources Wales will inspect flood defences on the River Teg twice a year.", ""),
    ("report", "The college enrolled 2,300 learners on part-time courses this year.", ""),
    ("plan", "The police will increase foot patrols in the town centre on Friday and Saturday nights.", ""),
    ("minutes", "The health board's finance director presented the month nine position, a deficit of £4.2m.", ""),
    ("plan", "We will plant 5,000 trees on council land by 2026.", ""),
    ("plan", "The council will publish a new housing allocation policy in the autumn.", ""),
    # consultation only
    ("plan", "Partners were sent the draft objectives and invited to comment by e-mail.", "P2"),
    ("minutes", "The council has written to all partners informing them of the revised timetable for the local development plan.", "P2"),
    ("report", "The health board briefed the Board on its clinical strategy and asked members for their views.", "P2"),
    ("plan", "We will hold an annual conference to update partners on progress.", "P2"),
    # coordination, cooperation, collaboration distinctions
    ("plan", "Each organisation will carry out its own energy audit, and the results will be brought together in one county-wide report.", "P3 co"),
    ("plan", "Partners will contribute staff time and venues to a shared programme of cost-of-living events, led by the citizens advice service.", "P4 co"),
    ("plan", "The council and the health board will design, fund and manage the new intermediate care service as one.", "P5 co"),
    ("report", "The three councils signed a formal agreement to run one regional procurement team for school meals.", "P5 co es cj op"),
    ("plan", "Partners will align their recruitment campaigns and share training places for social care staff.", "P4 co pr"),
    ("plan", "Welsh Government, the council and the college will each fund part of the new skills centre and plan its courses together.", "P5 co es"),
    # competition
    ("report", "Rival bids from the two health boards for the regional cancer centre delayed the decision by two years.", "P1 bm"),
    ("plan", "Although partners once competed for the same regeneration funds, they have now agreed to submit a single joint programme for the valley.", "P5 co P1"),
    ("report", "Providers competed on price for the domiciliary care framework.", "P1"),
    # themes and people
    ("plan", "Services will be built around what matters to the person, with one named worker who knows their story.", "sup"),
    ("report", "Local steering groups were given a budget and the freedom to spend it as they saw fit, even if some ideas did not work.", "sp cm P4"),
    ("plan", "The Board will bring together everyone involved in keeping children safe, from schools to sports clubs, so that the whole system pulls in the same direction.", "ws cp P4 co"),
    ("plan", "Our aim is a county where nature recovers, for the benefit of people today and those not yet born.", "lt cp"),
    ("report", "The Welsh language forum, the council and the health board ran joint Welsh classes for front-line staff, sharing the tutor.", "P5 co pr"),
    ("plan", "The economic strategy was written with local businesses, trade unions and the college, who each signed up to deliver part of it.", "P4 co iv"),
    ("plan", "We will work with residents of the western wards to design a community transport scheme that suits them.", "iv sup P5"),
    ("minutes", "The Board agreed that the partnership's risk register would be owned jointly, with no single partner blamed if a risk materialised.", "sp P5 co"),
]
