# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Clause library for templated training passages: (template, label tokens) by kind.

Slots: {A} {B} {C} organisations, {S} a service or programme, {X} a problem, {G} a goal,
{P} a place, {N} a number word. Labels follow ../../../shared/gold/FORMAT.md (see labels.py).
"""

from __future__ import annotations

ORGS = [
    "the county council", "the health board", "Natural Resources Wales", "the fire and rescue service",
    "the police", "the housing association", "the county voluntary council", "the university",
    "the further education college", "Public Health Wales", "the town council", "the national park authority",
    "the Department for Work and Pensions", "the probation service", "the ambulance trust",
    "Cwm Teg County Borough Council", "Glannau University Health Board", "Tir Uchel Housing",
    "Afon Las Community Trust", "the local authority", "the regional partnership board", "social services",
    "the youth service", "the tenants' federation", "two local charities", "the Welsh language forum",
]
TOPICS = [  # (service, problem, goal)
    ("homelessness prevention", "homelessness", "no one sleeping rough in the county by 2027"),
    ("temporary accommodation", "long stays in bed and breakfast accommodation", "settled homes for every family"),
    ("falls prevention", "falls among older people", "older people living independently for longer"),
    ("social prescribing", "loneliness", "fewer people feeling isolated"),
    ("flood resilience", "flooding in valley towns", "communities that are ready for a changing climate"),
    ("fleet decarbonisation", "carbon emissions from public vehicles", "a net zero public sector by 2030"),
    ("anti-social behaviour", "anti-social behaviour in the town centre", "safer streets at night"),
    ("domestic abuse support", "domestic abuse", "every survivor getting help quickly"),
    ("youth work", "young people leaving school without a plan", "every young person in education, work or training"),
    ("food poverty", "food insecurity", "no child going hungry in the holidays"),
    ("cost of living support", "fuel poverty", "fewer households in fuel poverty"),
    ("community transport", "rural isolation", "everyone able to reach a GP and a shop"),
    ("active travel", "short car journeys", "more children walking and cycling to school"),
    ("Welsh-medium childcare", "the lack of Welsh-medium places", "more children growing up speaking Welsh"),
    ("hospital discharge", "delayed transfers of care", "people home from hospital as soon as they are well"),
    ("carers support", "carer breakdown", "unpaid carers getting a break"),
    ("employability", "economic inactivity", "more local people in good jobs"),
    ("local procurement", "money leaving the local economy", "more public spending staying local"),
    ("tree planting", "the loss of tree cover", "a greener, cooler town"),
    ("river water quality", "pollution in the river", "a river that is safe to swim in"),
    ("mental health support", "waiting times for mental health support", "help for low mood within a week"),
    ("school readiness", "children starting school behind", "every child ready to learn"),
]
PLACES = ["the county", "the valleys", "the borough", "the region", "the town", "north Powys", "the coastal towns",
          "the city", "the upper valley", "the western wards"]
NUMS = ["three", "four", "five", "six", "seven"]

# Arrangements between organisations: power level plus what goes with it.
ARRANGEMENTS: dict[str, list[tuple[str, str]]] = {
    "P5": [
        ("{A} and {B} will pool their budgets for {S} and commission the service jointly from April.", "P5 co es cj"),
        ("A single team of staff from {A}, {B} and {C} now plans and delivers {S} together.", "P5 co op"),
        ("{A} and {B} co-designed the new {S} model from the outset, sharing the design, the money and the delivery.", "P5 co es"),
        ("Partners have agreed to commission {S} jointly, with one shared budget held by {A} on behalf of all.", "P5 co es cj"),
        ("{S} is now run by an integrated team that is jointly managed by {A} and {B}.", "P5 co ws op"),
        ("Officers from {N} organisations now sit in one office, use one referral form and agree each {S} case together.", "P5 co er ws op"),
        ("{A} and {B} have created a joint post to lead {S}, funded half each and accountable to both.", "P5 co es"),
        ("The two organisations now write one plan for {S}, hold one budget and report one set of results.", "P5 co es cp"),
        ("Staff from {A} and {B} work side by side in the same building and decide on {S} referrals as one team.", "P5 co er op"),
        ("Together {A}, {B} and {C} designed, funded and now run the {S} hub.", "P5 co"),
    ],
    "P4": [
        ("{A} will contribute two officers and {B} will pay for the venue, so that together they can deliver the {S} programme.", "P4 co"),
        ("Partners have aligned their resources behind one aim, {G}; each contributes its own staff and money.", "P4 co cp"),
        ("{A} and {B} have agreed to align their grant funding for {S} so that it supports the same priorities.", "P4 co"),
        ("Each partner has put something into the {S} programme: {A} provides staff and {B} provides premises.", "P4 co"),
        ("{B} is lending a project officer to {A} for a year to support {S}, while {A} covers the running costs.", "P4 co es"),
        ("To reach {G}, {A} has matched the funding that {B} put into {S}.", "P4 co cp"),
        ("{A}, {B} and {C} each committed a share of their budgets to a common {S} fund, while keeping their own services.", "P4 co es"),
    ],
    "P3": [
        ("Each agency will continue to deliver its own part of {S}, with {A} coordinating the timetable so that the services join up.", "P3 co ws"),
        ("{A} and {B} will share their delivery schedules for {S} so that activity does not overlap, but each stays responsible for its own service.", "P3 co"),
        ("A referral pathway now links the {S} service of {A} to that of {B}, though each keeps its own budget and staff.", "P3 co ws"),
        ("Partners meet every month to coordinate their separate {S} activities.", "P3 co"),
        ("{A} runs the daytime service and {B} the evening one, and the two rotas are planned so that there are no gaps.", "P3 co ws"),
        ("The organisations agreed who does what on {S}: {A} leads on assessment and {B} on follow-up support.", "P3 co es"),
        ("Information about {S} sessions is shared between {A} and {B} so that people are signposted to the right place.", "P3 co ws"),
    ],
    "P2": [
        ("{A} consulted partners on the draft {S} strategy and received comments from {B} and {C}.", "P2"),
        ("The Board was asked to send any comments on the {S} report to {A} by the end of the month.", "P2"),
        ("{A} will tell partners about the changes to {S} through its quarterly newsletter.", "P2"),
        ("{B} was invited to give its views on the proposed {S} policy before {A} decides.", "P2"),
        ("{A} sought the views of {B} on the location of the new {S} service.", "P2"),
    ],
    "P1": [
        ("{A} and {B} submitted competing bids for the same {S} grant.", "P1"),
        ("The {S} contract was put out to competitive tender and three providers bid for it.", "P1"),
        ("Voluntary groups compete with each other for the same small grants, which undermines joint working on {S}.", "P1 bs"),
        ("{A} and {B} are competing for the same pool of {S} staff, which has soured relations.", "P1 br"),
    ],
}
CITIZENS: list[tuple[str, str]] = [
    ("{A} ran a public consultation on {S} and more than {N} hundred residents responded.", "P2 iv sup"),
    ("Young people co-designed the {S} service with {A}, choosing the venue, the times and the name.", "P5 iv sup"),
    ("People with lived experience of {X} sit on the {S} steering group and helped write the service specification.", "iv sup sp P5"),
    ("Residents were asked what mattered to them, and their answers shaped the priorities for {S}.", "iv sup cp P2"),
    ("Over {N} hundred people took part in engagement events across {P}, including older people and young carers.", "iv P2"),
]
FACTORS: dict[str, list[tuple[str, str]]] = {
    "bm": [
        ("However, partners still have competing priorities, and {S} is not at the top of every agenda.", "bm"),
        ("There is a lack of buy-in from some partners to {S}.", "bm"),
        ("Each organisation tends to protect its own budget and its own patch.", "bm"),
        ("There is still no shared vision for {S}.", "cp bm pe"),
        ("Partners have not yet agreed what outcomes they want from {S}.", "cp bm pe"),
        ("Some partners want quick results and lose interest when {X} does not improve within a year.", "bm"),
        ("Too much time goes on process and paperwork rather than on outcomes for people.", "bm"),
    ],
    "bs": [
        ("Separate funding streams with different timescales make it hard to plan {S} together.", "bs"),
        ("Data cannot yet be shared between {A} and {B} because their systems do not talk to each other.", "bs"),
        ("Short-term annual grants stop partners committing to work on {S} beyond one year.", "bs"),
        ("Different procurement rules and layers of sign-off slow down any joint work.", "bs"),
        ("Staff on different pay scales and HR policies cannot easily be moved into a joint team.", "bs"),
        ("Nobody is clearly accountable for {S}, so decisions drift between organisations.", "bs"),
    ],
    "br": [
        ("Trust between partners is still low after the last reorganisation.", "br sm"),
        ("Teams based in different buildings rarely get to know each other.", "br"),
        ("Frequent changes of senior leaders have unsettled the partnership.", "br"),
        ("Front-line staff do not know what the other agencies can offer.", "br"),
        ("Staff are exhausted after two hard winters and have little energy for new partnerships.", "br"),
        ("A history of blame between the two services still colours every meeting.", "br"),
    ],
    "em": [
        ("Partners share a clear purpose: {G}.", "cp em pe"),
        ("There is strong commitment from every partner, from chief executives to front-line staff.", "em sm"),
        ("A shared evidence base, built from the well-being assessment, gives partners one picture of need.", "em cj"),
        ("Partners focus on the difference made for people rather than on counting activity.", "em"),
        ("Everyone round the table wants the same thing: {G}.", "cp em"),
    ],
    "es": [
        ("A data-sharing protocol signed by all partners lets staff share information safely.", "es cj P3 co"),
        ("A secondment from {B} into {A} has helped the two teams line up their processes.", "es P4 co"),
        ("Flexible funding set aside by the Board means partners can act quickly.", "es P4 co"),
        ("Responsibilities are set out in a memorandum of understanding that every partner signed.", "es cj P4 co"),
        ("The existing public services board gives partners a ready-made place to make decisions.", "es"),
    ],
    "er": [
        ("Long-standing relationships between managers make it easy to pick up the phone.", "er sm"),
        ("Regular informal conversations have built trust between the teams.", "er sm"),
        ("Video meetings have made it easier for staff in remote areas to work with colleagues elsewhere.", "er"),
        ("The chair's open, solution-focused style keeps every partner talking.", "er"),
        ("People know each other well and share information as a matter of course.", "er sm"),
    ],
}
OVERCOME: list[tuple[str, str]] = [
    ("Competing priorities held the {S} project back at first, but a shared outcome framework agreed last year has overcome this.", "bm em cp P4 co"),
    ("At first {A} and {B} could not share data, but a new information-sharing protocol has resolved this.", "bs es cj P3 co"),
    ("Relations were poor at the start, but regular joint training days have rebuilt trust.", "br er sm P4 co"),
    ("Separate budgets used to get in the way; pooling them in one fund has removed that obstacle.", "bs es P5 co"),
    ("Staff used to work in separate buildings, but moving into one office has broken down that barrier.", "br er P3 co"),
]
THEMES: dict[str, list[tuple[str, str]]] = {
    "sup": [
        ("Residents said they want one point of contact, so {S} is being built around the person rather than the service.", "sup"),
        ("People who use {S} tested the new process and their feedback changed how appointments are booked.", "sup iv"),
        ("Staff spent a day following people through the system to see {S} from their side.", "sup"),
    ],
    "cp": [
        ("Partners agreed three shared priorities for the next five years.", "cp pe st P4 co"),
        ("The Board has agreed one goal for {S}: {G}.", "cp pe P4 co"),
        ("The case for working together is clear: no single body can solve {X} alone.", "cp"),
    ],
    "ws": [
        ("Services will be joined up across health, housing and social care so that people do not fall through the gaps.", "ws"),
        ("The Board will check how well partners work together on {S} and challenge them where they do not.", "ws gv P4 co"),
        ("A named coordinator works out the practical details so that the organisations can join up.", "ws op P3 co"),
    ],
    "sp": [
        ("Decisions on how the {S} fund is spent are delegated to local community groups.", "sp P4"),
        ("Partners agreed to share the risk of the new {S} approach and not to blame each other if it fails.", "sp P5 co"),
        ("Front-line teams have been given the authority to act without waiting for sign-off.", "sp"),
    ],
}
WAYS: dict[str, list[tuple[str, str]]] = {
    "lt": [
        ("The plan looks ahead to 2045 and the needs of future generations.", "lt"),
        ("The number of people over 85 in {P} is expected to double in the next twenty years, so planning must start now.", "lt"),
        ("Decisions about {S} will be tested against what they mean for people living here in twenty-five years.", "lt"),
    ],
    "pv": [
        ("The focus is on early intervention, to stop {X} turning into a crisis.", "pv"),
        ("The work tackles the root causes of {X}, not just its symptoms.", "pv"),
        ("Spotting the signs early means families get help before problems escalate.", "pv"),
    ],
    "ig": [
        ("The objective contributes to several national well-being goals, including a healthier Wales and a more equal Wales.", "ig"),
        ("Partners checked how the {S} objective affects their other objectives, so that one does not undermine another.", "ig"),
    ],
}
CAPACITY: dict[str, list[tuple[str, str]]] = {
    "st": [("Board members set aside a development day to agree the vision and the key themes.", "st cp pe P5 co")],
    "gv": [("The partnership reports on {S} to the scrutiny committee and publishes an annual report for residents.", "gv"),
           ("Each partner reports back to its own board on the joint {S} work.", "gv P4 co")],
    "op": [("A joint delivery group with its own project plan has been set up to run the new {S} activities.", "op P4 co"),
           ("A shared case management system supports the joint {S} work day to day.", "op cj P4 co")],
    "pr": [("Staff will be trained in facilitation and partnership working.", "pr"),
           ("Managers are being coached in the skills needed to lead across organisations.", "pr")],
    "cm": [("Community groups will get small grants and support so that they can take part in {S}.", "cm"),
           ("Volunteers are trained so that local groups have the confidence to run {S} themselves.", "cm sp")],
}
DISCIPLINES: list[tuple[str, str]] = [
    ("Some professionals worry that sharing their caseload will undervalue their expertise.", "dprof bm"),
    ("Partners are anxious that quality could slip if {S} is delivered by others.", "dprom bm"),
    ("There is a risk that {S} loses momentum after the launch.", "dprod bm"),
    ("Some leaders are reluctant to give up direct control of their own services.", "dproj bm"),
    ("Each member brings something no one else can: clinical skill, local knowledge or access to funding.", "dprof P4 co"),
]
LIFECYCLE: list[tuple[str, str]] = [
    ("Before any formal arrangement, officers from {A} and {B} met informally to get to know each other.", "Lpre er"),
    ("The {S} board was set up this year; its membership and terms of reference were agreed at the first meeting.", "Lcre P4 co"),
    ("Funds have been allocated to four {S} projects, each run by a lead who reports to the executive group.", "Ldel op P4 co"),
    ("The {S} programme ends in March and partners will review whether to continue it, let it close or keep what works.", "Lterm P4 co"),
]
NEUTRAL: list[str] = [
    "{A} will resurface twelve kilometres of road in {P} this year.",
    "The minutes of the previous meeting were agreed as a true record.",
    "Apologies were received from {A} and {B}.",
    "The population of {P} is about 94,000, and one in five residents is over 65.",
    "{A} will recruit three more staff for its own {S} team.",
    "The annual budget of {A} for {S} is £2.1 million.",
    "Working together for a greener {P}: {A} will replace its street lights with LED lamps.",
    "Partnership working: {A} will extend the opening hours of its libraries.",
    "The next meeting will be held on 14 March at 10am.",
    "{A} has published its annual accounts.",
    "Rates of {X} in {P} are above the Welsh average.",
    "The chair thanked members for attending.",
    "{A} opened a new office in {P} in June.",
    "There were 312 calls to the {S} helpline last quarter, up from 280.",
    "Item 4 was deferred to the next meeting.",
]

# Headings and short document furniture: no labels (a heading names a topic; it is not evidence).
HEADINGS: list[str] = [
    "Agenda Item No 7", "Purpose of the Report", "Background", "Recommendations", "Reasons for the Recommendations",
    "Financial implications", "Legal implications", "Equality implications", "Appendix 2", "Contents",
    "Foreword", "Introduction", "Next steps", "Present:", "Apologies", "Minutes of the previous meeting",
    "Any other business", "Date of next meeting", "Report of the Chief Executive", "Well-being Objective 2: {G}",
    "Priority 3: {S}", "Section 5: {S}", "{S}", "Our partners", "Public Services Board", "Working together",
    "Partnership working", "Case study: {S}", "What we will do", "Why this matters", "How we will measure progress",
    "Summary of responses", "Community Liaison Committee: 1 February 2019", "Officer: {A}", "Contact: {A}",
    "Table 4: {S} by ward", "Figure 3", "Glossary", "Version 2.0, draft for consultation",
]
