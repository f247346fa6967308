# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written training passages, batch H: longer passages by genre and topic, and hard negatives.

Half are 3-6 sentence passages in the voice of plans, minutes, reports and speeches across topics
(housing, health, policing, climate, schools, social care, poverty, transport, Welsh language);
half are hard negatives, where a keyword is present but the passage gives no such label. Written
from the taxonomy definitions and FORMAT.md; nothing is taken from the gold files or the corpus.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # --- longer passages: plans ---
    ("plan", "Housing. Too many families spend months in a single room in a guest house. Over the next three years the council and the housing associations will hold one list of empty homes and decide together which family moves where. Support workers from both will follow each family for a year after the move.", "P5 co ws op"),
    ("plan", "Health. Waiting lists for talking therapies are the longest in Wales. The health board will open evening clinics, and the county's three counselling charities will take referrals directly from GPs, each keeping its own service. A monthly call will make sure nobody waits on two lists at once.", "P3 co ws"),
    ("plan", "Policing. People in the western wards tell us they do not feel safe walking home. The police will change patrol times, the council will fix the street lights, and residents will walk the routes with officers each quarter to say what still feels wrong.", "P4 co iv sup"),
    ("plan", "Climate. Summers will be hotter and winters wetter by the middle of the century. Every public body in the county will adopt the same target for its own buildings and vehicles, and will report progress to the same meeting once a year.", "lt P3 co"),
    ("plan", "Schools. Pupils who fall behind in reading at seven rarely catch up later. Teaching assistants will be trained to spot the signs in the first year, and the library service will run reading clubs in every school.", "pv P4 co pr"),
    ("plan", "Social care. Older people want to stay in their own homes for as long as they can. We will ask them, and the people who care for them, what would make that possible, and we will design the new home support service around their answers.", "sup iv"),
    ("plan", "Poverty. One child in three in the borough lives in a household that struggles to pay for food and heating. No single body can change that. The council, the health board, the housing associations and the advice charities will put staff into one money advice team that any resident can reach by one number.", "cp P5 co ws"),
    ("plan", "Transport. Bus routes in the upper valley were cut in 2019 and have not returned. Community groups will run volunteer car schemes with vehicles lent by the council, and the health board will fund journeys to hospital appointments.", "P4 co"),
    ("plan", "Welsh language. More children will grow up speaking Welsh if they hear it from the first year of life. The council, the health board and the nursery movement will each offer Welsh sessions to new parents, and will agree between them which areas each will cover so that no area is missed.", "P3 co"),
    ("plan", "We want the county to be a place where people look out for each other. To get there, the Board will spend its first six months listening: to residents, to staff and to the groups that already hold communities together. Only then will it set its priorities.", "sup iv cp"),
    # --- longer passages: minutes ---
    ("minutes", "Item 5: Homelessness. The housing lead reported that rough sleeping had risen for the third winter running. Members agreed that the council, the police and the health board would each name an officer to a weekly case meeting on every person sleeping out, with the aim of an offer of a bed within 48 hours.", "P3 co pv"),
    ("minutes", "Item 3: Hospital discharge. The health board reported that 60 patients were medically fit but still in hospital. The council explained that care staff were hard to recruit because its pay rates were below those of the health board. Members asked officers to report back on the options.", "bs"),
    ("minutes", "Item 7: Schools and wellbeing. The education director presented the results of the pupil survey. Members noted that one in five pupils reported feeling lonely and agreed to invite the youth council to the next meeting to discuss what should be done.", "P2 iv sup"),
    ("minutes", "Item 2: Climate. Members discussed the draft adaptation plan. The representative of Natural Resources Wales said that each body was still planning its own response and that no one had yet looked at the risks across the county as a whole. The chair agreed to bring a proposal to the next meeting.", "ws bm"),
    ("minutes", "Item 4: Community safety. The inspector reported that the knife crime group had now met four times. The council, the police, schools and the youth service had each contributed staff, and the first school assemblies had taken place. Members thanked the group for its work.", "P4 co pv"),
    ("minutes", "Item 6: Welsh language. Members agreed that all partner organisations would use the same Welsh language awareness course for new staff, run by the college. The cost will be shared according to the number of staff each sends.", "P4 co pr"),
    ("minutes", "Item 8: Transport to hospital. Residents' representatives described journeys of three hours by bus to attend outpatient clinics. The health board undertook to review clinic times with the bus companies, and to report back.", "P2 sup"),
    ("minutes", "Item 9: Review of the Board. Members considered whether the Board should continue in its current form after the five-year term. It was agreed to keep the food and fuel work, hand the housing work to the regional group and stop the remaining workstreams.", "Lterm P4 co"),
    # --- longer passages: reports ---
    ("report", "What worked. Families said the biggest difference was having one worker who knew them and could get things done across services. Staff said the difference was being able to agree a plan with colleagues from other services on the same day rather than waiting weeks for letters.", "sup ws P5 co"),
    ("report", "What did not work. The scheme relied on data from four organisations, but only two had agreed to hand it over, and the rest arrived months late or not at all. Staff spent more time chasing information than helping families.", "bs cj"),
    ("report", "The police and the mental health service began sending an officer and a nurse to the same calls in 2022. Detentions under the Mental Health Act fell by a third, and officers said they felt less alone at difficult calls. The main obstacle now is that the nurses are funded only until next spring.", "P5 co bs"),
    ("report", "In the first year, the schools and the youth service distrusted each other's motives. A series of visits, in which teachers shadowed youth workers and youth workers sat in classrooms, turned that around, and by the second year referrals were going both ways.", "br er P3 co"),
    ("report", "The evaluation found that residents who took part in designing the new park felt more ownership of it, and vandalism fell. The council now wants to use the same approach for the high street.", "sup iv"),
    ("report", "Poverty. The advice service, the food bank and the credit union had each been seeing the same families without knowing it. Since they began using one booking diary and one assessment, families see all three in a single visit.", "P5 co ws sup"),
    ("report", "Social care providers described the commissioning process as a race to the bottom on price. They said it left them no room to talk to each other, let alone plan together.", "P1 bs"),
    ("report", "Housing officers and health visitors in the pilot area were given the freedom to spend up to £500 per family on whatever would help, without asking a manager. Most spent far less, and the spending was almost all on things no service would normally buy.", "sp es"),
    # --- longer passages: speech ---
    ("speech", "I'll tell you what changed for us. We stopped treating the health board as the enemy. We started inviting them to our team meetings, and they started inviting us to theirs. Now, if I've got a patient stuck on a ward, I know exactly who to ring.", "br er P3 co"),
    ("speech", "People in this village have been consulted to death. Every year someone comes with a clipboard, and nothing changes. If you want us to believe you this time, let us decide something.", "sup sp iv"),
    ("speech", "I run a small charity. I spend more time filling in monitoring forms for four funders than I spend with the people we're here for. If the funders could agree one form, it would give me a day a week back.", "bs"),
    ("speech", "We're the fire service, so people wonder why we're interested in loneliness. The truth is that the people most at risk of dying in a fire are the same people nobody visits. So we knock on doors, and if someone's alone, we pass their name to the befriending scheme.", "pv P3 co"),
    ("speech", "When the school, the surgery and the social worker all give a family a different answer, the family stops listening to any of us. We need to agree what we're saying before we say it.", "ws cp"),
    ("speech", "My message to the Welsh Government is simple: give us money for five years, not one, and trust us to spend it. We'll do more good with less.", "bs lt sp"),
    ("speech", "We tried to set up a joint team twice and it fell apart both times, because nobody would give up their own budget. I'm not saying it can't be done. I'm saying it won't be done until someone at the top insists.", "bm P5 co"),
    ("speech", "The council lent us the old library and the health board pays for a nurse two mornings a week. We supply the volunteers and the tea. It's not glamorous, but it works.", "P4 co"),
    # --- hard negatives: keyword present, no such label ---
    ("plan", "Collaborative Working Policy 2024: this document sets out the council's rules for staff who work from home.", ""),
    ("minutes", "The Partnership Manager's post has been vacant since June; the council will advertise it again next month.", ""),
    ("report", "The joint account held by the school's parent-teacher association raised £3,200 at the summer fair.", ""),
    ("plan", "The health board will integrate its two payroll systems into one by March.", ""),
    ("minutes", "Members noted that the Co-operative supermarket in the high street will close in the autumn.", ""),
    ("plan", "Long-term sickness absence among council staff rose to 4.2% last year.", ""),
    ("report", "The prevention of damp and mould in council homes is a landlord's legal duty, and the council inspected 1,200 homes last year.", ""),
    ("minutes", "The Chair welcomed the new member for Integrated Care at the health board and introduced her to the committee.", ""),
    ("plan", "Involvement officer: the council's communications team will update the website monthly.", ""),
    ("report", "The competition for the design of the new bridge attracted 14 entries from architects across Europe.", ""),
    ("plan", "We will share the results of the annual resident satisfaction survey on our website.", ""),
    ("minutes", "It was agreed that the minutes of the joint scrutiny panel would be circulated with the agenda.", ""),
    ("speech", "I want to thank my colleagues on the committee for their patience. It has been a long evening.", ""),
    ("plan", "Together we can: the council's annual report to residents, 2024.", ""),
    ("report", "The council's Future Generations Officer left in March and was not replaced.", ""),
    ("plan", "Our pooled car fleet will be replaced with electric vehicles by 2027.", ""),
    ("minutes", "The Board noted the trust's annual accounts for 2023/24.", ""),
    ("plan", "The police will engage two further community support officers for the town centre from September.", ""),
    ("report", "A shared bathroom and kitchen are provided on each floor of the hostel.", ""),
    ("minutes", "Cooperation Street car park will be closed for resurfacing from 3 to 17 June.", ""),
    ("plan", "The health board will co-ordinate the timing of its own outpatient appointments to reduce waiting on the day.", ""),
    ("report", "The council's involvement in the case ended when the family moved out of the county.", ""),
    ("plan", "Preventative maintenance of the council's bridges will continue on a five-year cycle.", ""),
    ("minutes", "The joint bid from the two rugby clubs for a new 3G pitch was noted; it is a matter for the clubs and Sport Wales.", ""),
    ("report", "Welsh Government's integration of two grant schemes into one programme took effect in April.", ""),
    # --- hard negatives for factors and themes ---
    ("report", "Budgets are set annually by each organisation's governing body.", ""),
    ("plan", "The council has its own IT system for council tax, and the health board uses a different one for patient records.", ""),
    ("minutes", "The chair noted that there had been no problems with information sharing to report this quarter.", ""),
    ("report", "The council's offices are in the town centre and the health board's headquarters are twelve miles away.", ""),
    ("plan", "The council's vision is a prosperous county with good jobs for local people.", ""),
    ("report", "Residents were told about the new bin collection days by letter.", ""),
]
