# ruff: noqa: E501 - one passage per line reads better than wrapped strings
"""Hand-written passages, batch ZC: a blind calibration set of hard negatives and near misses.

130 passages (minutes 50, report 40, plan 20, speech 20), one to five sentences. About 60% (78)
carry no label at all: texts that look like the domain but describe no joint working between
organisations. They cover community, town and parish council business (planning applications,
grass cutting, the precept, a bench repair, a pavement complaint, allotments, car parks, a hall's
heating), committee procedure (apologies, quorum, minutes approved, matters arising, private
session, date of next meeting), a single organisation's internal management (appraisals and
absence, virements between its own budget lines, its telephone system and laptops, a data breach,
internal audit, its revenue budget), English, Scottish, Irish and US local government texts, and
domain words used in other senses: 'partnership' as a firm, a farm business, a marriage or a civil
partnership ceremony; 'trust' as an NHS trust's or a leisure trust's name or a charitable trust's
deed; 'joint' as a knee joint or a joint of beef or ham; 'collaboration' as software; 'integrated'
as a kitchen; 'prevention' of rats, mice and phishing; 'long term' as a car park; 'involvement' of
a witness; 'board' as a plank or a US board of commissioners; 'sharing' a photograph; 'whole
system' as a heating system or a computer outage. The remaining 52 passages use the same words
(and the same settings: a community council, an ambulance trust, a leisure trust, a shared
digital platform, a data-sharing protocol) where they do describe joint working or one of the
topics, labelled on all eight frameworks from the taxonomy and gold/FORMAT.md, so the contrast is
learnable. Hard cases: organisation names and headings carrying the keywords, a community council
buying a defibrillator that the ambulance service registers (cooperation), competition described
neutrally and competition said to stop referrals, a partnership closing (termination) beside a
law firm's partnership being restructured (nothing), checking objectives against other bodies'
objectives (integration, no level), and delegation of a budget without a stated level. Written
blind: the tagger was never run on these passages, the lexicons and the gold files were not read,
and nothing is taken from the corpus (names, places and figures are invented). Every passage
without a label, and every hard labelled call, has a `# why:` comment.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ minutes (50)
    # why: 'joint' is a knee joint; apologies and a get-well card are meeting process
    ("minutes", "1. APOLOGIES. Apologies were received and accepted from Cllrs Meirion Pugh and Sandra Leyshon. Cllr Pugh is recovering from a knee joint replacement, and the Clerk was asked to send a card on behalf of members.", ""),
    # why: quorum and adjournment are committee procedure
    ("minutes", "The Chair noted at 7.02 pm that only three members were present and the meeting was not quorate. The meeting was adjourned until 7.15 pm, when Cllr Price arrived and business began.", ""),
    # why: approving the minutes is meeting process
    ("minutes", "45/24 MINUTES. The minutes of the ordinary meeting held on 12 March were approved as a correct record, proposed by Cllr Harries and seconded by Cllr Moss, and signed by the Chair.", ""),
    # why: a community council's comments on planning applications are its own routine business, no joint activity described
    ("minutes", "46/24 PLANNING. (a) 24/0311/FUL – conversion of a barn to a holiday let, Tŷ Isaf, Llanfair Isaf: no objection. (b) 24/0329/HH – two-storey side extension, 7 Maes y Ffynnon: members objected on the grounds of overlooking and loss of light to No. 9.", ""),
    # why: grass cutting by the council's own contractor; no other organisation involved
    ("minutes", "47/24 GRASS CUTTING. The Clerk reported that the contractor had carried out the first cut of the playing field and the churchyard extension. Members asked that the bank beside the war memorial be strimmed before Remembrance Sunday rather than left until the autumn cut.", ""),
    # why: 'board' is a plank of a bench; a small repair by the council's caretaker
    ("minutes", "48/24 BENCH ON THE GREEN. Cllr Howells reported that the back board of the memorial bench opposite the Post Office had split. RESOLVED that the Clerk order a replacement oak board and that the caretaker fit it, at a cost not to exceed £85.", ""),
    # why: a highways complaint; pointing a resident to another body's reporting page is not joint activity
    ("minutes", "HIGHWAYS. A resident attended to complain about the state of the pavement on Heol Hir, where her mother had tripped. The Chair explained that pavements were not the town council's responsibility and gave her the county council's online reporting address.", ""),
    # why: setting the precept is one council's own budget decision
    ("minutes", "PRECEPT 2025/26. Following the Finance Committee's recommendation it was UNANIMOUSLY RESOLVED to set the precept at £61,250, an increase of 4.1% on the current year, equivalent to £1.38 a year more for a Band D property.", ""),
    # why: date of next meeting and closing: meeting furniture
    ("minutes", "DATE OF NEXT MEETING. Monday 14 April 2025 at 7.00 pm in the Church Hall, Heol y Plas. There being no further business, the Chair closed the meeting at 8.47 pm.", ""),
    # why: 'partner' and 'Partners' refer to a firm of surveyors; a declaration of interest is procedure
    ("minutes", "DECLARATIONS OF INTEREST. Cllr Eleri Bowen declared a personal and prejudicial interest in item 9, as her husband is a partner in Bowen, Rhys & Partners, the surveyors acting for the applicant, and she left the room while the item was considered.", ""),
    # why: 'partnership' is a marriage
    ("minutes", "The Mayor congratulated Cllr Glyn Watkins and his wife Ann on their diamond wedding anniversary, sixty years of partnership, and members joined her in wishing them many more happy years together.", ""),
    # why: 'joints' of beef for a lunch the town council runs itself
    ("minutes", "CHRISTMAS LUNCH. The Clerk confirmed that the Mayor's Christmas lunch for residents over 70 would be held in the Town Hall on 12 December. The kitchen volunteers would roast two joints of beef and a turkey crown, and a vegetarian option would be offered.", ""),
    # why: the council's own staff appraisal and absence management (internal HR)
    ("minutes", "STAFFING COMMITTEE. The Town Clerk's annual appraisal had been completed and her objectives for the year agreed. Members noted that the Deputy Clerk's sickness absence had been managed under the council's absence policy and that she had returned to work on a phased basis.", ""),
    # why: moving money between the council's own budget lines
    ("minutes", "FINANCE. Members noted that the cemetery maintenance budget was £2,300 underspent at month nine. RESOLVED to vire £1,500 from that line to the play area repairs budget and to carry the remainder to earmarked reserves.", ""),
    # why: 'collaboration tool' is software used by members of one council; no other organisation
    ("minutes", "IT. The Clerk reported that the council's laptops would move to Microsoft 365 in February, with each member given a council e-mail address and access to Teams as the council's collaboration tool for sharing draft papers. Members were asked to stop using personal e-mail for council business from 1 March.", ""),
    # why: prevention of rats on the council's allotments by its own contractor, not the way of working
    ("minutes", "ALLOTMENTS. The caretaker reported rats around the compost bays at the Cae Mawr allotments. Members agreed a programme of rodent prevention – lidded compost bins, no cooked food in the compost and a quarterly visit from the pest control contractor.", ""),
    # why: 'long-term' is a car park tariff
    ("minutes", "CAR PARKS. Members considered the charges at the long-term car park by the station. RESOLVED to keep the weekly ticket at £18, to introduce a monthly ticket at £60 and to ask the Clerk to report on the number of season tickets sold by the end of the summer.", ""),
    # why: 'trust' is a charitable trust's deed, with the council as sole trustee; no other organisation
    ("minutes", "RECREATION GROUND TRUST. The Clerk reminded members that the council is sole trustee of the Ffynnon Las Recreation Ground under a trust deed of 1931, and that the trustees must meet separately from the council to approve the trust's accounts. A trustees' meeting will be held at 6.45 pm before the May meeting.", ""),
    # why: 'whole system' is the hall's heating system
    ("minutes", "MEMORIAL HALL HEATING. The engineer had advised that the boiler could not be repaired economically and that the whole system, including the radiators in the main hall, should be replaced. RESOLVED to accept the engineer's price of £11,900 and to meet it from the building reserve.", ""),
    # why: a Scottish community council's routine business; thanks to its own volunteers
    ("minutes", "Strathendrick Community Council. The Secretary read a letter from a resident about the Christmas tree in the square. The Treasurer reported a balance of £3,412.60, and Mr Crawford reported that volunteers had gritted the path to the kirk twice in January.", ""),
    # why: an English parish council's standing orders and its own audit return: procedure and internal governance
    ("minutes", "Little Beddington Parish Council. Members reviewed the council's Standing Orders against the 2024 model and adopted them without change. The Clerk reported that the annual governance and accountability return had been signed off by the internal auditor and would be on the website by 1 July.", ""),
    # why: an Irish county council's votes of sympathy and its own roads programme
    ("minutes", "Votes of sympathy were extended to the families of the late Mr Seán Ó Broin, Ballinacurra, and the late Mrs Nora Fitzgibbon, Kilcolgan. The Cathaoirleach then invited the Director of Services to present the Roads Programme for 2025, which provides for the resurfacing of 42 km of regional and local roads.", ""),
    # why: a US county's 'Board' of Commissioners is one governing body; purchases and an appointment
    ("minutes", "The Board of County Commissioners approved the consent agenda by a vote of 4-1, including the purchase of two tandem-axle dump trucks for the Road and Bridge Department and the reappointment of Ms. Carla Ruiz to the Library Advisory Board.", ""),
    # why: 'involvement' is a witness's part in a standards hearing
    ("minutes", "STANDARDS HEARING. The panel heard that the complainant's involvement as a witness had ended when she moved abroad, and agreed to proceed on the basis of her signed statement and the recording of the meeting of 4 June.", ""),
    # why: 'share' is posting photographs on the council's own Facebook page
    ("minutes", "The Clerk asked for members' agreement to share photographs of the new play equipment at Parc y Dref on the council's Facebook page and in the spring newsletter. Agreed, provided that no child could be identified.", ""),
    # why: 'integrated' is a kitchen in the council's own refurbishment
    ("minutes", "COMMUNITY CENTRE REFURBISHMENT. Members viewed the architect's drawings, which show the old servery replaced by an integrated kitchen with a dishwasher and induction hob, and a new accessible toilet off the lobby. The work will be paid for from the council's capital reserve.", ""),
    # why: matters arising on a litter bin and a lease: routine business
    ("minutes", "MATTERS ARISING. Page 3, item 6: the Clerk confirmed that the new litter bin had been installed outside the chip shop. Page 4, item 9: the council was still awaiting its solicitor's reply on the lease of the bowls pavilion.", ""),
    # why: moving items into private session is procedure
    ("minutes", "Cllr Morris proposed, and Cllr Jenkins seconded, that items 12 and 13 be taken in private session under paragraph 14 of Schedule 12A to the Local Government Act 1972, as they concerned the financial affairs of a named individual. Carried.", ""),
    # why: one council's telephone and server replacement, scrutinised by its own committee
    ("minutes", "AUDIT AND GOVERNANCE COMMITTEE. The Head of Digital Services reported that the replacement of the council's telephone system was complete, four weeks late, and that the old servers at the civic centre would be switched off in June. Members asked for a breakdown of the £46,000 overspend at the next meeting.", ""),
    # why: 'joint working' names a paper a member asks after; chasing a date is meeting process, no joint activity described
    ("minutes", "Under any other business, Cllr Rees asked when members would see the paper on joint working with neighbouring councils that had been promised in the spring. The Clerk said she would chase the county council for a date and report back by e-mail.", ""),
    # why: 'Trust' is the ambulance trust's name, but here it and the fire service each put in resources (training and defibrillators, crews and vehicles) for one response: cooperation
    ("minutes", "The Welsh Ambulance Services NHS Trust reported that, from 1 March, retained fire crews at Tregaron and Lampeter would respond to suspected cardiac arrests alongside ambulances. The Trust will train the crews and supply the defibrillators; the fire service will provide the crews and the vehicles.", "P4 co"),
    # why: trust grown through a fortnightly case meeting: relationships (er) and mutual trust (sm); a shared case meeting with each acting is coordination; catching arrears before court is prevention
    ("minutes", "Ms Jones (Tai Cwm) said that trust between the association's income team and the council's housing options team had grown since they started a fortnightly case meeting on tenants in arrears, held to catch problems before they reach the county court.", "er sm P3 co pv"),
    # why: 'jointly' here is joint commissioning with a pooled budget: collaboration, pooled funding (es)
    ("minutes", "RESOLVED that the council and Cwm Taf Morgannwg UHB would jointly commission the young carers' service from April 2026, with a single specification and a pooled budget of £640,000 over three years.", "P5 co es"),
    # why: unlike rodent 'prevention', reaching people before a first fracture is the prevention way of working; one body funds, the leisure trust delivers, others refer: cooperation
    ("minutes", "The Board agreed that the health board would fund, and the county's leisure trust would deliver, strength and balance classes in six community centres, taking referrals from GPs and from ambulance crews who attend a fall, so that people at risk are reached before a first fracture.", "P4 co pv"),
    # why: framing the objective around 2050 is long term; no joint activity described, so no level
    ("minutes", "Members agreed that the housing objective in the draft plan would be framed around the homes the county will need in 2050, when a third of residents are expected to be over 65, rather than around the current five-year building programme.", "lt"),
    # why: 'whole system' here is joining up planning, schools, leisure and primary care (ws); each partner does and reports its own part: coordination
    ("minutes", "The Director of Public Health proposed that healthy weight be tackled as a whole system: planning would restrict new hot food takeaways near schools, schools would adopt the daily mile, the leisure service would offer free swimming to under-16s, and GPs would refer families to the new programme. Members agreed, with each partner reporting its own part to the Board.", "ws P3 co"),
    # why: 'sharing' here is information sharing under a signed protocol (es, cj); notifications passed so each can act is coordination
    ("minutes", "ACTION UPDATE A204. The information sharing protocol between the council's early help team, Gwent Police and the two high schools has been signed by all parties, so police notifications of domestic abuse incidents now reach a child's school before the start of the next school day.", "es cj P3 co"),
    # why: a partnership board agreeing terms of reference, chair and votes is the creation stage
    ("minutes", "The inaugural meeting of the Dyffryn Children's Partnership Board agreed its terms of reference, elected Ms Ffion Rowlands (Dyffryn CVS) as chair, and agreed that the council, the health board, the police and the CVS would each hold one vote.", "Lcre P4 co"),
    # why: unlike its other business, the community council pays for the defibrillator and the ambulance service registers it and trains residents: each contributes a piece (cooperation)
    ("minutes", "52/24 DEFIBRILLATOR. The community council agreed to meet the £1,350 cost of a defibrillator outside the village hall. The Welsh Ambulance Service will register it so that 999 callers can be directed to it, and will run a free training session for residents in the hall in May.", "P4 co"),
    # why: charities bidding against each other is competition; the referrals stopping afterwards says it limits joint working (competitive tendering as a barrier)
    ("minutes", "Mr Bevan (Cwm CVS) said that the three befriending charities had bid against each other for the council's contract, and that since the award the two unsuccessful charities had stopped referring older people to the winner.", "P1 bs"),
    # why: systems that could not be linked (bs) overcome by one platform (es, shared data cj): both; a shared service where any surveyor takes any case is a joint team
    ("minutes", "The building control manager reported that in the first year of the shared service the two councils' case files sat on separate systems that could not be linked, so surveyors carried two laptops. Since both moved to one platform in January, any surveyor can pick up any case in either county.", "bs es cj P5 co"),
    # why: a partnership closing when its grant ends, handing on what works: termination (contrast the law firm's partnership in the reports)
    ("minutes", "Members agreed that the Healthy Valleys partnership would close when its Welsh Government grant ends in March 2026, that the twelve walking groups it set up would pass to the leisure trust, and that a short report on lessons learned would come to the June meeting.", "Lterm P4 co"),
    # why: former residents lead the redesign and partners commit to act on their proposals: their voice (sup, iv) and power shared (sp); three bodies working alongside them on one design is collaboration
    ("minutes", "The Board agreed that the redesign of the Tŷ Derw hostel service would be led by a group of six former residents, with the council, the health board and the Wallich each sending a manager to work alongside them and agreeing to act on the group's proposals.", "P5 co iv sup sp"),
    # why: fire crews using the association's tenancy list to book checks, each doing its own part: coordination; cutting the risk of fire before it happens is prevention
    ("minutes", "South Wales Fire and Rescue Service and Cartrefi Cwm agreed that fire crews would carry out a home fire safety check in each of the association's 1,100 sheltered flats this year, using the association's tenancy list to book the visits, to cut the risk of fire among older tenants.", "P3 co pv"),
    # why: checking the objective against the seven goals and other bodies' objectives is integration; no joint activity
    ("minutes", "Before approving the draft transport objective, members checked it against each of the seven well-being goals and against the health board's and the national park authority's own objectives, and removed the step on new car parking at the hospital because it worked against the active travel objective.", "ig"),
    # why: teams in different towns (distance, br) overcome by sharing an office (co-location, er): both; joint discussion with each then acting on its own is coordination
    ("minutes", "The safeguarding manager said that when the police public protection unit and the children's services duty team sat in different towns, a strategy discussion could take three days of missed calls. Since both moved into the same office at Tŷ Glas in the autumn, the discussion happens within the hour, and each agency then takes its own action.", "br er P3 co"),
    # why: partners not agreeing what the objective is for: common purpose topic, barrier (motivations); no joint step
    ("minutes", "Members acknowledged that the partners had still not agreed what the anti-poverty objective was for: the council saw it as a benefits take-up campaign, the health board as a way of reducing emergency admissions, and the housing associations as a way of reducing arrears.", "cp bm"),
    # why: delegating a budget and its decisions to locality forums is sharing power and local ownership (es); no level stated
    ("minutes", "The Board agreed to delegate its £90,000 community grants budget to the three locality forums, which will decide awards in their own areas without reference back to the Board.", "sp es"),
    # why: a monthly lunch to get to know each other's services before anything formal: pre-partnership, informal networking (er); no joint activity yet
    ("minutes", "Ms Roberts said that the Mental Health Forum was not yet a partnership. For now it was a monthly lunch at which staff from six organisations got to know each other's services, and members would decide in a year whether anything more formal was needed.", "Lpre er"),
    # why: contrast with 'collaboration tool': a collaboration agreement behind one regional team with one manager, one database and shared officers: collaboration, formal agreement (es, cj)
    ("minutes", "Members noted that the three councils' trading standards teams now run doorstep crime investigations as a single regional team, with one manager, one intelligence database and shared officers, under a collaboration agreement signed in 2023.", "P5 co es cj"),
    # ------------------------------------------------------------------ report (40)
    # why: 'Trust' is one NHS trust's name; its own absence rate and attendance policy (internal HR)
    ("report", "The Trust's sickness absence rate fell to 5.2% in 2023-24, against a target of 4.5%. The Trust Board has approved a revised attendance policy, which will be introduced in September with refresher training for line managers.", ""),
    # why: internal audit of one council's purchase cards
    ("report", "Internal Audit gave limited assurance over the council's purchase card controls. In 14 of the 40 transactions tested there was no receipt, and two cards were still active for staff who had left.", ""),
    # why: a Scottish council's tax collection and reserves; one body's finances
    ("report", "In 2023/24 Dunmore Council collected 96.1% of the council tax due in year, slightly below the Scottish average. The Accounts Commission's best value report notes that the council's usable reserves have fallen for three years in a row.", ""),
    # why: US city service statistics from one department
    ("report", "The city's Department of Public Works filled 11,482 potholes in fiscal year 2024, up 9 percent on the prior year, and the average time from a 311 report to repair fell from 6.1 to 4.3 days.", ""),
    # why: an Irish county development plan's zoning; no joint activity described
    ("report", "The County Development Plan 2022-2028 zones 46 hectares for new housing at Ballyrea, subject to the completion of a new wastewater treatment plant. The Chief Executive's report on the submissions received recommends no change to the zoning.", ""),
    # why: 'partnership' is a law firm; the restructuring and an office closing are not a partnership's termination stage
    ("report", "Following the retirement of two partners, the partnership of Pryce Lloyd LLP was restructured in 2023 and the firm's Aberystwyth office closed. The remaining partners' capital accounts were rebased at 1 April.", ""),
    # why: a charitable trust's deed and grants to individuals; no organisations working together
    ("report", "Under clause 4 of the trust deed, the trustees may apply the income of the Mary Bevan Memorial Trust only for the relief of sickness among residents of the former parish of Llangwm. Investment income for the year was £7,812, and grants of £6,950 were made to 23 individuals.", ""),
    # why: 'joint' is a knee joint; one health board's own waiting list and theatre
    ("report", "Patients listed for a knee joint replacement at the orthopaedic centre were waiting a median of 71 weeks from referral in March 2024. The health board has opened a fourth theatre at the centre and expects the median wait to fall below 52 weeks by the end of the year.", ""),
    # why: a 'collaboration platform' is software in one organisation's staff survey
    ("report", "Staff survey results show that 78% of respondents use the new collaboration platform every week, mainly for editing documents together and team chat, although a third said they still e-mailed attachments out of habit.", ""),
    # why: 'integrated' is a kitchen in a landlord's own refurbishment standard
    ("report", "The void refurbishment standard now includes an integrated kitchen with a built-in oven and extractor, LED lighting throughout and a level-access shower in ground-floor flats. Void works cost an average of £8,940 per property in 2024-25.", ""),
    # why: pest prevention in one food business after an inspection; regulation is not joint working
    ("report", "The food hygiene inspection found evidence of mouse activity in the dry store. The business was advised to improve pest prevention by sealing the gaps around pipework, storing food off the floor and moving to monthly visits from its pest control contractor, and was rated 2 (improvement necessary).", ""),
    # why: 'long-term' is an airport car park
    ("report", "Occupancy at the airport's long-term car park averaged 81% over the summer, against 64% at the short-stay car park. Parking income rose by £1.1m, helped by the introduction of online pre-booking.", ""),
    # why: 'involvement' of a witness; a single force's recording failure
    ("report", "The force's professional standards review found that the investigating officer had not recorded the involvement of a second witness, and that this delayed the file reaching the Crown Prosecution Service by four months.", ""),
    # why: 'boards' are the deck planks of a pier
    ("report", "The condition survey of the pier found that 14% of the deck boards were rotten or missing and that two of the cast-iron columns had lost more than a third of their section. Until repairs are complete, the seaward end of the pier will stay closed.", ""),
    # why: 'whole system' is a computer outage in one council's ICT
    ("report", "The whole system outage on 3 October lasted nine hours, after a failed storage update took down the council's revenues and benefits system, its website and the contact centre's telephones. The Head of ICT's report sets out a revised change-control procedure.", ""),
    # why: 'sharing' a photograph is a data breach; internal discipline
    ("report", "The information governance team investigated 37 data breaches during the year. The most serious involved a member of staff sharing a photograph of a client's file in a personal WhatsApp group; the employee was dismissed.", ""),
    # why: a table caption only
    ("report", "Table 4.2: Households in temporary accommodation on the last night of each quarter, 2021-22 to 2024-25, by type of accommodation (bed and breakfast, hostel, self-contained).", ""),
    # why: the evaluation's method; no content about joint working
    ("report", "Fieldwork took place between September and December 2024 and comprised 21 semi-structured interviews, two focus groups and a review of board papers. Interviews were recorded with consent and transcribed in full.", ""),
    # why: one council's own revenue budget and how it closes its gap
    ("report", "The council's revenue budget for 2025-26 is £412.6m, of which schools account for £148.3m and social services for £121.9m. A funding gap of £9.8m will be closed through savings of £6.1m and a council tax rise of 5.9%.", ""),
    # why: an English district council's own waste service
    ("report", "Ashcombe District Council moved to three-weekly collections of residual waste in October. The recycling rate rose from 48% to 56% in the first quarter, and complaints about missed bins fell after the first month.", ""),
    # why: 'Partnership' is only in a name; listing members and meeting dates describes no activity
    ("report", "The Community Planning Partnership's annual report was published in June. Its appendix lists the partnership's member bodies and the dates of its four meetings.", ""),
    # why: 'civil partnership' ceremonies; one service's income
    ("report", "The registration service conducted 612 marriages and 48 civil partnership ceremonies in 2024, with Plas Hendre the most popular approved venue. Ceremony fees covered 94% of the service's costs.", ""),
    # why: 'joints' of ham in food sampling by one regulator
    ("report", "Of the 60 samples taken from butchers and caterers, three cooked joints of ham failed on Listeria counts, and the businesses concerned were revisited within a week.", ""),
    # why: phishing 'prevention' in one council's risk register is not the prevention way of working
    ("report", "Risk CR07 (cyber attack) remains red on the corporate risk register. Controls include multi-factor authentication, monthly phishing-prevention training for all staff and offline backups of the payroll system.", ""),
    # why: 'Trust' is a name, but the trust's paramedics and health board therapists crew one vehicle together: a joint team (collaboration)
    ("report", "The Welsh Ambulance Services NHS Trust and the health board now run a joint falls response: a health board occupational therapist rides with a Trust paramedic in a shared vehicle, and the evaluation found that 58% of the older people seen were treated at home rather than taken to hospital.", "P5 co"),
    # why: not trusting the council (br, trust as topic sm), limiting the work they take on for the partnership
    ("report", "Interviewees from the voluntary sector said they did not trust the council to pay invoices on time, and several had stopped taking on work for the partnership until old debts were settled.", "br sm"),
    # why: police officers and nurses responding together from one car is a joint team: collaboration
    ("report", "The joint mental health crisis team, in which a police officer and a mental health nurse respond together from one car, reduced section 136 detentions in the county by 38% in its first year.", "P5 co"),
    # why: referrals from three services into one hub, acting before escalation: prevention; separate referrers joined through a hub is coordination
    ("report", "The evaluation credits the early help hub with preventing problems from escalating: of the 412 families referred by schools, health visitors and the police, fewer than one in ten later needed a statutory social work assessment.", "pv P3 co"),
    # why: projecting to 2045 is long term; assessment content only, no joint activity
    ("report", "The Board's assessment projects the county's population forward to 2045 and finds that the number of people living alone with dementia will almost double while the working-age population falls by 8%.", "lt"),
    # why: unlike a witness's involvement, young people's views sought and passed to the Board: involvement and their perspective, consultation level
    ("report", "Young people were asked for their views at every stage: a panel of 14 pupils from Ysgol Bro Derw commented on the draft survey and the shortlist of projects, and their suggestions were put to the Board unedited.", "P2 iv sup"),
    # why: joined-up visits and one plan per household across three bodies: whole system; shared visits and split costs are joint delivery (collaboration)
    ("report", "In the damp homes project, the council's housing team, the health board's respiratory nurses and the energy advice charity visited each home together, agreed one plan for the household and split the cost of the repairs between them.", "ws P5 co"),
    # why: a data-sharing agreement signed at the outset enabled following tenants across services (es, shared data cj); no level for the evaluators' use of it
    ("report", "Because the three organisations had signed a data-sharing agreement at the outset, the evaluators could follow individual tenants from a first food bank visit to a benefits claim, which no partner had been able to do alone.", "es cj"),
    # why: sub-groups reporting what partners already did alone: process over outcomes, no added value (bm); no arrangement described
    ("report", "The review found that the Board's sub-groups had become a place for reporting rather than deciding: of the 31 actions logged during the year, 22 were updates on work that partners were already doing on their own.", "bm"),
    # why: tendering described neutrally, nothing about harm to joint working: competition only
    ("report", "Five voluntary organisations bid for the county's advocacy contract. The award went to Llais Cymuned on quality and price, and the other four continue to receive small grants for their own services.", "P1"),
    # why: a governance block on data access (bs) overcome by an impact assessment and a joint protocol (es, cj): both; social workers joining the huddle is coordination
    ("report", "Early in the programme the health board's information governance team would not allow social workers to see discharge plans. A data protection impact assessment and a joint protocol, signed in month eight, resolved this, and social workers now join the daily discharge huddle on each ward.", "bs es cj P3 co"),
    # why: the pilot ending with the grant and partners keeping what works: termination; what continues (shared form, case meeting) is coordination
    ("report", "The pilot ended in March 2025, when the Welsh Government grant ran out. Partners agreed to keep the shared referral form and the monthly case meeting and to close the rest of the programme.", "Lterm P3 co"),
    # why: unlike an 'integrated kitchen', an integrated service of two bodies under one manager: joined-up delivery (ws), a joint team (collaboration)
    ("report", "The integrated autism service, in which the council and the health board employ one team under one manager, has cut the wait for an adult assessment from 26 months to 11.", "ws P5 co"),
    # why: one outcome agreed early that guides the scheme: clear shared purpose; the scheme's arrangement is not described, so no level
    ("report", "Partners said that the single outcome they agreed in the first month – fewer children in the valley going hungry in the school holidays – made it easy to decide what the holiday hunger scheme would and would not do.", "cp em"),
    # why: contrast with 'collaboration platform': face-to-face meetings kept partners talking (open, frequent communication, er); meetings alone are no level
    ("report", "Although the partners adopted a shared online workspace in 2022, the evaluation found that it was the fortnightly face-to-face meetings of the locality leads, not the software, that kept the three organisations talking.", "er"),
    # why: a fund handed to a panel whose decisions stand is giving others authority (sp), with service users on it (iv); no joint delivery level stated
    ("report", "The health board handed its £200,000 mental health wellbeing fund to a panel of community groups and people who use services, and agreed not to overturn any of the panel's decisions.", "sp iv"),
    # ------------------------------------------------------------------ plan (20)
    # why: a population snapshot; no trend, no joint activity
    ("plan", "The county's population is estimated at 131,400, of whom 23% are aged 65 or over. Life expectancy at birth is 78.6 years for men and 82.4 years for women.", ""),
    # why: 'working together' only in a heading
    ("plan", "Objective 2: Working together for healthier communities.", ""),
    # why: a glossary of names and abbreviations
    ("plan", "Glossary. PSB – Public Services Board. RPB – Regional Partnership Board. NRW – Natural Resources Wales. WCVA – Wales Council for Voluntary Action.", ""),
    # why: a reading guide to the document's layout
    ("plan", "How to read this plan. Each objective is set out on a double page: on the left, what the assessment told us; on the right, the steps and who is responsible for each. A summary table appears at Annex 2.", ""),
    # why: 'long-term' is a car park; one council's step from its own capital programme
    ("plan", "The council will resurface the long-term car park at Heol y Gorsaf and install twelve electric vehicle charging points there by March 2026, funded from its own capital programme.", ""),
    # why: one council's workforce plan (internal HR)
    ("plan", "Our workforce plan. By 2027 the council will reduce its spending on agency social workers by a third, introduce a trainee scheme for its own staff and review its job evaluation scheme.", ""),
    # why: a language and format notice
    ("plan", "This document is available in Welsh. Mae'r ddogfen hon ar gael yn Gymraeg. Large-print and audio versions can be requested from the support team.", ""),
    # why: an English district council's own corporate priorities
    ("plan", "Ashcombe District Council Corporate Plan 2024-2028. Priority 3: A clean and green district. We will plant 5,000 trees, raise the recycling rate to 60% and replace the street lights with LEDs.", ""),
    # why: 'Trust' is a heritage charity's name; one charity's project with a grant
    ("plan", "The Gwendraeth Valley Heritage Trust, a registered charity, owns the former colliery site at Pentre Glas and is restoring the winding house with a National Lottery Heritage Fund grant.", ""),
    # why: a map caption
    ("plan", "Map 3 shows the county's 34 electoral wards and the six towns used as the basis for the locality profiles in this assessment.", ""),
    # why: 'joint pain' is a health condition; a statistic only
    ("plan", "Musculoskeletal conditions such as arthritis and joint pain are the second most common reason for sickness absence in the county, after mental ill health.", ""),
    # why: approval of the plan by the Board and the council is process
    ("plan", "Approval. This plan was approved by the Board on 12 April 2023 and by full council on 27 April 2023.", ""),
    # why: homes needed by 2045 is long term; agreeing one list of sites with each building on its own land is coordination
    ("plan", "Objective 1: Homes for the next generation. The county will need around 9,400 more homes by 2045, most of them small enough for people living alone. The council, the three housing associations and the national park authority will agree one list of development sites each year, and each will then build on its own land.", "lt P3 co"),
    # why: one combined visit by three bodies is joined-up delivery (ws) with each putting in staff (cooperation); stopping falls and fires before they happen is prevention
    ("plan", "The fire and rescue service, the health board's falls team and Care & Repair will offer one combined home visit to people over 75 who live alone, checking smoke alarms, trip hazards and heating in the same visit, to stop falls and fires before they happen.", "pv ws P4 co"),
    # why: weighing the objective against the goals and another step is integration; no joint activity
    ("plan", "In choosing this objective the Board considered how it affects each of the seven well-being goals. More local food growing supports a prosperous and a healthier Wales, but the land it needs may conflict with the housing step under Objective 1, so the two steps will be planned side by side.", "ig"),
    # why: residents' views gathered for the assessment and what young people said: involvement and their perspective, consultation level
    ("plan", "More than 1,800 residents answered the assessment survey, and a further 40 conversations were held in community venues. Young people told us that the lack of evening buses was their single biggest worry, and this shaped the transport steps that follow.", "P2 iv sup"),
    # why: unlike a boiler's 'whole system', one referral route and a coordinator across five services: whole system, coordination
    ("plan", "Mental health is not the job of one service. Under this step GPs, schools, the police, the council's housing service and the third sector will use one referral route into the new wellbeing hub, and a coordinator will make sure that nobody is passed from one service to another.", "ws P3 co"),
    # why: community councils deciding how the budget is spent without second-guessing: sharing power, local ownership (es); no level
    ("plan", "Community councils in the Teifi valley will be given the Board's small grants budget for their area and will decide how it is spent, and the Board has agreed not to second-guess their choices.", "sp es"),
    # why: targets pulling against each other: difficulty aligning goals (bm) and the effect of objectives on other bodies' objectives (ig)
    ("plan", "Our assessment found that partners' separate carbon targets sometimes pull against each other: the health board is building more car parking at its hospitals while the council is cutting the bus routes that serve them.", "bm ig"),
    # why: a task group to be set up with its membership and terms of reference: creation
    ("plan", "To deliver this objective the Board will set up a Dyfi Estuary Coast and Flood Group, with members from NRW, the council, Dŵr Cymru and the farming unions, which will agree its terms of reference and membership by June 2024.", "Lcre P4 co"),
    # ------------------------------------------------------------------ speech (20)
    # why: 'partnership' is a married couple's farm business
    ("speech", "'My husband and I have farmed in partnership for thirty-one years, and I've never seen a wetter spring,' said Mrs Lewis of Cwm Isaf.", ""),
    # why: a facilities e-mail about a long-stay car park
    ("speech", "Hi all, just a reminder that the car park at County Hall will be closed on Friday for resurfacing, so please use the long-stay car park on Stryd y Bont instead. Thanks, Siân (Facilities)", ""),
    # why: 'joint' is a knee; one patient's experience of a waiting list, not their voice in service design
    ("speech", "'It's my left knee – the joint just locks when I go downstairs. The physio's been brilliant, but I'm still on the waiting list,' said one woman at the coffee morning.", ""),
    # why: a 'collaboration app' used by one team
    ("speech", "We switched the whole team over to a new collaboration app last month. The shared whiteboard is great, but I miss being able to find anything in my inbox.", ""),
    # why: 'integrated' is a tenant's kitchen
    ("speech", "'We had an integrated kitchen put in when we moved, and honestly the hob is the best thing in the house,' a tenant told the association's newsletter.", ""),
    # why: an English mayor on her own council's investment; no other body
    ("speech", "'As Mayor of Ashcombe I have been proud to open the new leisure centre, a fifteen-million-pound investment by this council in the health of its residents,' she said.", ""),
    # why: a US commissioner on one county's tax rate
    ("speech", "'This county has not raised the property tax rate in six years, and I don't intend to start now,' Commissioner Dale Hutchins told the budget hearing.", ""),
    # why: 'involved' is a witness declining to take part
    ("speech", "'I'd rather not be involved,' the witness told the officer. 'I saw the car, but I didn't see who was driving.'", ""),
    # why: 'share' photos on social media; one council's communications post
    ("speech", "Please don't share photos of the flooding on the bypass – some of them are from 2020 and they're causing panic. We'll post updates here every hour. (Council communications team, Tuesday 7.40 am)", ""),
    # why: 'Trust' is one NHS trust's name; its chief executive thanking its own staff
    ("speech", "'The Trust has made real progress on response times this winter, and I want to thank every member of staff for that,' the chief executive told the Trust Board.", ""),
    # why: a councillor raising a ferry timetable at full council; no joint working
    ("speech", "'The winter ferry timetable is a disgrace, and I'll be raising it again at full council on Thursday,' said the ward councillor for the islands.", ""),
    # why: 'whole system' is a pensioner's heating system
    ("speech", "'The engineer said we'd need the whole system replaced, not just the boiler, and the quote was more than the car's worth,' said a pensioner in Pant-y-Celyn.", ""),
    # why: planning winter services together from scratch rather than being told decisions: co-design (collaboration) and shared decision-making (sp)
    ("speech", "'People called it a partnership for years, but it only became one when the health board stopped telling us what it had decided and started planning the winter services with us from a blank sheet,' said the chief officer of the CVC.", "sp P5 co"),
    # why: trust built over eighteen months of monthly meetings: relationships (er) and mutual trust (sm); the sharing itself is not described enough for a level
    ("speech", "'Trust took years. The first time the police shared a name with us, we'd been meeting every month for eighteen months,' said the refuge manager.", "er sm"),
    # why: one team with one manager and one budget: a joint team (collaboration) and pooled funding (es); joint bids before are past
    ("speech", "'We've done joint bids before, but this is the first time we've actually run a service as one team – one manager, one budget, one phone number,' said the older people's coordinator at the CVC.", "P5 co es"),
    # why: planting for 2060 rather than the next election is long term; one council's officer, no joint activity
    ("speech", "'The trees we plant this winter won't shade a street until my grandchildren are at school. That's the point – we're planting for 2060, not for the next election,' said the council's tree officer.", "lt"),
    # why: reaching people before crisis is prevention; the jobcentre and GP sending people to advice is joining up services (ws), wished for, not committed (no level)
    ("speech", "'By the time someone comes to us for a food parcel it's usually the third or fourth crisis. What we want is for the jobcentre and the GP to send people to the advice service before it gets that far,' said the food bank manager.", "pv ws"),
    # why: residents asked and shown what changed because of them: involvement and their perspective, consultation level
    ("speech", "'For the first time nobody told us what the park needed. They asked, and then they came back and showed us what they'd changed because of what we said,' said a member of the Glanrhyd residents' group.", "P2 iv sup"),
    # why: defending own budgets, nobody willing to give something up: protecting one's own organisation (bm)
    ("speech", "'Every one of us sits round that table defending our own budget. Nobody wants to be the one who gives something up,' a Board member told the researchers.", "bm"),
    # why: contrast with the software sense: co-location made the difference (er); no level for sitting in the office alone
    ("speech", "'The software didn't make us collaborate. What did was the council letting our staff sit in their office two days a week,' said the housing association's tenancy manager.", "er"),
]
