/**
 * Quantity frames, rule by rule: what each figure counts (the counted noun, the predicate, who
 * did it, level or change or rate, result or forecast), its unit, and which pairs of figures
 * are one quantity. The sentences are written for these tests; the rules were measured on the
 * real texts of the shared corpora (npm run bench:conflicts).
 */
import assert from "node:assert/strict";
import { analyze } from "../../src/analysis/index.js";
import { findFigures } from "../../src/analysis/figures.js";
import { readFrame, type Frame } from "../../src/analysis/frame.js";
import { tokenize } from "../../src/analysis/text.js";

/** The frame of the figure written `fig` in one sentence. */
function frameOf(sentence: string, fig: string): Frame {
  const toks = tokenize(sentence);
  const f = findFigures(sentence).find((x) => sentence.slice(x.start, x.end) === fig);
  assert.ok(f, `"${fig}" is a figure of: ${sentence}`);
  const fi = toks.findIndex((t) => t.start >= f.start);
  const li = toks.findIndex((t) => t.end >= f.end);
  return readFrame(toks, fi, li, f, fi === 0);
}

/** [sentence, figure, the frame's fields that must hold]. */
const frames: [string, string, Partial<Frame>][] = [
  // what is counted and the predicate, the figure as subject
  ["At least 83 people were killed in the blasts.", "At least 83", { thing: "people", predicate: "killed", via: "subject" }],
  // states and acts said with a particle: without homes is displaced, out of school a state, staying out a strike
  ["The MP said over 6,500 families were without homes.", "over 6,500", { thing: "family", predicate: "displaced" }],
  ["The survey found 2.3 lakh children were out of school.", "2.3 lakh", { thing: "children", predicate: "out of school" }],
  ["About 6,200 workers stayed out on Monday.", "About 6,200", { thing: "worker", predicate: "struck" }],
  ["Police said 4,700 workers stayed away from work.", "4,700", { thing: "worker", predicate: "struck" }],
  ["About 900 workers stayed out of sight.", "About 900", { predicate: null }],
  // an aside after a comma is no part of the counted noun ("spoiled grain, mostly wheat and barley")
  ["The office said about four tonnes of spoiled grain, mostly wheat and barley, had been removed.", "about four", { predicate: "remov" }],
  // an age range after the counted noun belongs to the subject, before its verb
  ["The report says 71% of eligible women aged 45 to 64 were screened last year.", "71%", { thing: "women aged 45-64", predicate: "screen" }],
  ["The data show 2.3 lakh children between 5 and 15 years were out of school.", "2.3 lakh", { thing: "children aged 5-15", predicate: "out of school" }],
  // (a count inside a phrase of another count's noun is no subject of the verb after it)
  ["The union said 41,000 workers from more than 90 factories had joined the walkout.", "41,000", { thing: "worker", predicate: "struck" }],
  ["The union said 41,000 workers from 90 factories had joined the walkout.", "90", { thing: "factory", predicate: null }],
  ["The union said 41,000 workers from 90 factories had joined the walkout.", "41,000", { thing: "worker", predicate: "struck" }],
  ["Twelve miners remained trapped underground.", "Twelve", { thing: "miner", predicate: "trapped" }],
  ["More than 60 were still missing on Friday.", "More than 60", { thing: "people", predicate: "missing" }],
  ["57 people, including 11 women, were killed.", "57", { thing: "people", predicate: "killed" }],
  // the participle after the things of "the number of" says what befell them
  ["The union put the number of passengers carried on the line at 11.8 million.", "11.8 million", { thing: "passenger", predicate: "carried", via: "level" }],
  ["Officials put the number of homes destroyed at 340.", "340", { thing: "home", predicate: "destroyed" }],
  // a phrase of time between 'the number of X' and its figure is no part of what is counted
  ["The charity put the number of confirmed cases over the same period at more than 450.", "more than 450", { predicate: "cases", via: "level" }],
  ["The board put the number of arrests during the past week at 45.", "45", { predicate: "arrested", via: "level" }],
  // a verb of recording with 'for' or 'to' after it is what its subject did, not a record of it
  ["The organisers said 15,000 runners registered for the marathon.", "15,000", { thing: "runner", predicate: "register", via: "subject" }],
  ["Some 40 cases were registered in the district.", "Some 40", { predicate: "cases", via: null }],
  ["The ministry said that 46 students reported symptoms of food poisoning.", "46", { thing: "student", predicate: "report", via: "subject" }],
  ["Acme said the verdict totaled $380,000.", "$380,000", { predicate: "paid", aggregate: null }],
  ["In total, 40 people died in the floods.", "40", { predicate: "killed", aggregate: "total" }],
  // a share of the electorate that voted is the turnout; a share that voted for a side is support
  ["The commission said 41 percent of registered voters cast ballots in the by-election.", "41 percent", { predicate: "gathered", via: "level" }],
  ["About 60 percent of eligible voters voted.", "About 60 percent", { predicate: "gathered" }],
  ["About 60 percent of registered voters voted for Ames.", "About 60 percent", { predicate: "support ame" }],
  // the people of a crowd hurt or held are people; the dead stay who they were
  ["Police said 30 demonstrators were arrested.", "30", { thing: "people", predicate: "arrested" }],
  ["Management said nine spectators had sustained injuries.", "nine", { thing: "people", predicate: "wounded" }],
  ["Security forces killed 40 protesters.", "40", { thing: "protester", predicate: "killed" }],
  ["Police said 22 passengers were injured in the crash.", "22", { thing: "people", predicate: "wounded" }],
  ["Police said four men were arrested.", "four", { thing: "people", predicate: "arrested" }],
  ["Organisers said more than 120 people were taken into custody.", "more than 120", { thing: "people", predicate: "arrested" }],
  ["Police took 30 people into custody.", "30", { predicate: "arrested" }],
  ["Police said 47 suspects were arrested.", "47", { thing: "people", predicate: "arrested" }],
  ["Rescuers had taken 30 people to hospital.", "30", { predicate: "taken" }],
  ["The governor said about 11,500 families were sheltering in evacuation centres.", "about 11,500", { thing: "family", predicate: "displaced" }],
  // a depth in a sentence of rain is the rain that fell, measured at its gauge; not a norm, a forecast or a rate
  ["Volunteers at the weather station recorded 212 millimetres of rain over the weekend.", "212", { predicate: "rain", via: "level" }],
  ["The gauge at the post office recorded 212mm in the 24 hours to 9am Friday.", "212", { predicate: "rain" }],
  ["The Belmont station recorded 98 millimetres of rain.", "98", { predicate: "rain", agent: "belmont|station" }],
  ["Its station at Port Vell recorded 240 millimetres of rain.", "240", { predicate: "rain", agent: "port vell|station" }],
  ["The town's average for October, which is 85mm, was passed.", "85", { predicate: null }],
  ["The drains were designed to cope with 50 mm of rain an hour.", "50", { rate: "hour" }],
  ["The forecaster, citing the same gauge, put the total of rain for that period at 268 millimetres.", "268", { predicate: "rain" }],
  ["The agency put the number of arrests for that week at 45.", "45", { predicate: "arrested" }],
  // a rate over a population
  ["That works out to 1.9 cases per 1,000 residents.", "1.9", { rate: "per 1000" }],
  // a verb of undergoing with a noun of harm says the harm; a home lost is a home destroyed
  ["Police said 22 passengers sustained injuries in the crash.", "22", { thing: "people", predicate: "wounded" }],
  ["Police said 22 passengers suffered serious injuries.", "22", { thing: "people", predicate: "wounded" }],
  ["Police said 22 passengers received treatment.", "22", { thing: "passenger", predicate: "has" }],
  // an area a fire is said to have, in whatever words, is the area it burned; an area it threatens is not
  ["The mayor said the blaze now covered 18,000 hectares.", "18,000", { predicate: "burned", via: "level" }],
  ["A bushfire that started in a paddock east of the town on Monday has burnt through 12,400 hectares of grassland.", "12,400", { predicate: "burned", thing: null }],
  ["The fire threatens 3,000 acres of farmland.", "3,000", { predicate: "threaten" }],
  // a size reckoned now is no forecast ("was estimated at", "is thought to have killed"); "is expected to" is
  ["The officer said the fire was estimated at 8,400 hectares.", "8,400", { predicate: "burned", modality: "result" }],
  ["The quake is thought to have killed 40 people.", "40", { predicate: "killed", modality: "result" }],
  ["The deficit is estimated to reach 4 percent next year.", "4 percent", { modality: "forecast" }],
  ["Police said 14 died while 22 others sustained injuries.", "22", { thing: "people", predicate: "wounded" }],
  ["Officials said 29 homes were lost in the fire.", "29", { thing: "home", predicate: "destroyed" }],
  ["The firm said 300 jobs were lost.", "300", { thing: "job", predicate: "cut" }],
  ["Health officials said 12 new cases reported yesterday.", "12", { predicate: "cases" }],
  ["Officials said 46 cases were reported in the district.", "46", { predicate: "cases" }],
  // "a total of" only brings in the count: its own noun and verb say what it is
  ["A total of 13,870 people were living in emergency shelters in March.", "13,870", { thing: "people", predicate: "living", via: "subject" }],
  ["Police said a total of 40 people were arrested.", "40", { thing: "people", predicate: "arrested" }],
  ["106 protesters in 21 cities have been killed.", "106", { thing: "protester", predicate: "killed" }],
  ["106 protesters in 21 cities have been killed.", "21", { strong: false }],
  ["State radio reported only a handful of marcher deaths.", "a handful", { thing: "marcher", predicate: "killed" }],
  ["62 percent of voters support the bill.", "62 percent", { thing: null, predicate: "support bill" }],
  ["62 percent of Democrats support the bill.", "62 percent", { thing: "democrat", predicate: "support bill" }],
  // a share set before the rate it gives ("a 9.1 percent unemployment rate"): that rate's level, owned by the verb's subject
  ["The state had a 9.1 percent unemployment rate in May.", "9.1 percent", { predicate: "unemployment", via: "level", change: false, agent: "|state" }],
  ["Ames has a 40 percent approval rating.", "40 percent", { predicate: "approval", via: "level" }],
  ["Voters face a 35 percent tax rate on wages.", "35 percent", { predicate: "tax", via: "level" }],
  ["Varn's jobless rate was 7 percent.", "7 percent", { predicate: "unemployment", agent: "varn|varn" }],
  ["45 percent support the plan.", "45 percent", { predicate: "support plan" }],
  // what a subject got, whichever verb of getting says it
  ["Vell received 1.2 million votes.", "1.2 million", { thing: "vote", predicate: "got", agent: "vell|vell", via: "object" }],
  ["The museum drew 40,000 visitors last year.", "40,000", { thing: "people", predicate: "gathered" }],
  // a change is one predicate whichever verb and tense says it
  ["Prices of homes rose 6 percent in the year.", "6 percent", { predicate: "rise", change: true }],
  ["The index showed prices rising 9 percent.", "9 percent", { predicate: "rise", change: true }],
  ["Sales slumped 4 percent.", "4 percent", { predicate: "fall", change: true }],
  // a population a name qualifies is the share's group; an intent polled is its answer now
  ["62 percent of Republican voters support the plan.", "62 percent", { thing: "republican", predicate: "support plan", population: true }],
  ["Only half — 55 percent — of Ames supporters back Vell.", "55 percent", { thing: "ame", predicate: "support vell" }],
  ["55 percent of voters said they were planning to back Vell.", "55 percent", { thing: null, predicate: "support vell", modality: "result" }],
  // "only one" singles out a count; a gerund with no subject after a clause's "that" is the speaker's doing; "but in fact" is the writer's correction
  ["Ames used only one email account.", "only one", { thing: "account", predicate: "used", agent: "ames|ame" }],
  ["Ames said she acknowledged that using two email accounts was a mistake.", "two", { thing: "account", predicate: "used", agent: "@pro" }],
  ["Ames said so, but in fact Ames used only one email account.", "only one", { correction: true, writer: true }],
  ["Ames said: \"but in fact I used only one email account.\"", "only one", { writer: undefined }],
  // a verb with its particle; people let into a country are people whatever they are called
  ["Vell wants to take in as many as 250,000 Syrian refugees.", "as many as 250,000", { thing: "people", predicate: "admitted", agent: "vell|vell", modality: "forecast" }],
  ["Vell has proposed accepting 10,000 Syrians.", "10,000", { thing: "people", predicate: "admitted", agent: "vell|vell" }],
  ["The firm laid off 300 workers.", "300", { predicate: "cut", thing: "worker" }],
  // an aside with its own verb that answers a claim is the writer's correction; one with a source of its own is not
  ["Ames repeated his claim that Vell will admit 250,000 refugees (Vell has proposed admitting 10,000).", "10,000", { correction: true, writer: true }],
  ["Police said 20 people died (including 5 children).", "5", { writer: undefined }],
  ["Ames repeated his claim that 250,000 will come (officials said 10,000 are expected).", "10,000", { writer: undefined }],
  // "raised X by N": a change of the level named before "by"
  ["The bank raised its key interest rate by 0.5 percentage points.", "0.5 percentage points", { change: true, predicate: "interest" }],
  // a verb with the words after it that say one thing; a nominalised act; a passive
  ["Fourteen people had lost their lives.", "Fourteen", { predicate: "killed", thing: "people" }],
  ["About 50,000 people took part in the march.", "About 50,000", { predicate: "gathered" }],
  ["2,100 members voted against the deal.", "2,100", { predicate: "oppose", thing: "member" }],
  ["The closure will cost 1,200 jobs.", "1,200", { predicate: "cut", thing: "job" }],
  ["Controllers put the number of cancelled flights at 520.", "520", { predicate: "cancelled", thing: "flight" }],
  ["Officials said 450 jobs would be lost.", "450", { predicate: "cut", passive: true }],
  ["The Red Lantern society's count was 3,900 homes destroyed.", "3,900", { holder: "Red Lantern society", predicate: "destroyed", passive: true }],
  ["The union cast 9,300 votes in favour.", "9,300", { predicate: "cast" }],
  // the level noun past a phrase; a first report since replaced; the head of a share's object; a doer before a place or period in its phrase
  ["Turnout in Sunday's regional election in Adria Vale was 61 percent.", "61 percent", { predicate: "gathered" }],
  ["The brigade initially said 5 people died.", "5", { modality: "superseded" }],
  ["58 per cent of voters backed the harbour plan.", "58 per cent", { predicate: "support plan" }],
  // a name with "of" inside is named by its head; a study's voice across a participle's aside; "record" after its subject is a verb
  ["The Bank of Ostra lent $2 billion to farmers last year.", "$2 billion", { predicate: "lent", agent: "bank|bank" }],
  ["The ministry's statistics, published the same week, record 1.35 million visitors to the gallery.", "1.35 million", { thing: "people", predicate: "gathered", holder: "ministry's statistics", aggregate: null }],
  ["A record 18,000 runners finished the race.", "18,000", { aggregate: "record" }],
  // two harms counted as one sum
  ["The number of dead and missing stood at 48 on Saturday.", "48", { predicate: "killed+missing" }],
  ["At least 30 people were killed or missing after the storm.", "At least 30", { predicate: "killed+missing" }],
  // customers without power are an outage; a bare count an event draws is its crowd; jobs lost are jobs cut; a win by votes is its margin
  // (murders and homicides stay apart from the killed: crime tables count them city by city, by places the frame does not read)
  ["At the storm's height, 182,000 customers were without electricity, the utility said.", "182,000", { thing: "customer", predicate: "outage" }],
  ["Harbour derby draws 61,000 to the park", "61,000", { thing: "people", predicate: "gathered" }],
  ["The region lost 12,400 manufacturing jobs last year.", "12,400", { thing: "job", predicate: "cut" }],
  ["Halvorsen won the mayoral race by 312 votes.", "312", { thing: null, predicate: "margin" }],
  ["Halvorsen received 6,204 votes to 5,982 for Marsh, a margin of 222.", "222", { thing: null, predicate: "margin" }],
  // a figure quoted on its own has its noun after the quotation; a plan in a clause before "and that" is not the figure's
  ["The coalition said it had targeted a depot and that 'fewer than ten' civilians had died.", "fewer than ten", { thing: "civilian", predicate: "killed", modality: "result" }],
  // crossing into a place is a movement; joining the action is striking; money a budget line gets is allocated; homes completed are built
  ["The agency said 84,000 people had crossed into Telmar since May.", "84,000", { thing: "people", predicate: "arrived" }],
  ["Over 90 per cent of workers had joined the action, the union said.", "Over 90 per cent", { thing: "worker", predicate: "struck" }],
  ["Health gets ₹4,200 crore in the budget.", "₹4,200 crore", { predicate: "allocated" }],
  ["Figures show 28,600 affordable homes were completed in the three years.", "28,600", { thing: "home", predicate: "built" }],
  // what a speaker's place has of the harmed is the harm's count (but a named place's murders stay its own)
  ["'We have 85 injured, no more,' said the health chief.", "85", { thing: "people", predicate: "wounded" }],
  // a noun of an act counted bare is the act's count
  ["Figures from the air navigation service showed 268 cancellations at the airport on Friday.", "268", { thing: null, predicate: "cancelled", via: "level" }],
  ["Heavy snow forced the cancellation of 214 flights at the airport on Friday.", "214", { thing: "flight", predicate: "cancelled", agent: "heavy|snow" }],
  // "as" that joins a clause sets no level; a participle with its doer after the noun is a reduced relative; people picked up are arrested
  ["Chaos at the airport as 214 flights cancelled over strike.", "214", { thing: "flight", predicate: "cancelled" }],
  ["The council will pay the R3.5 million in damages ordered by the court within 30 days.", "R3.5 million", { predicate: "paid" }],
  ["The lawyers said more than 200 protesters were picked up across the city.", "more than 200", { thing: "people", predicate: "arrested" }],
  // a crowd's size, whatever verb follows; a count that triples to a level is that level
  ["Whooping cough cases triple to 3,100", "3,100", { predicate: "cases" }],
  // a workforce, however its people are named
  ["The foundry has about 1,400 workers on its payroll.", "about 1,400", { thing: "people", predicate: "employ" }],
  ["The firm employs 900 staff at the site.", "900", { thing: "people", predicate: "employ" }],
  // oil that escaped is spilled; jobs that disappeared are cut; money a firm "did" of revenue is its revenue
  ["The agency said some 5,000 barrels had escaped in the same incident.", "some 5,000", { predicate: "spilled" }],
  ["Forty-eight thousand jobs disappeared from the mills last year, the union said.", "Forty-eight thousand", { thing: "job", predicate: "cut" }],
  ["'We did €450 million of revenue in the third quarter,' the chief executive said.", "€450 million", { predicate: "revenue", agent: null }],
  // a study's voice is no day it was published on
  ["Figures published by the health service on Thursday show that 58,400 patients were waiting for treatment.", "58,400", { thing: "patient", holder: "figures published by the health service on thursday" }],
  // a share of a population in favour of a thing, one against, and the head of a named thing's phrase
  ["The poll found 48 percent of likely voters in favor of the levy, 41 percent against and 11 percent undecided.", "48 percent", { predicate: "support levy" }],
  ["The poll found 48 percent of likely voters in favor of the levy, 41 percent against and 11 percent undecided.", "41 percent", { predicate: "oppose" }],
  ["Poll shows 58% back new Osk transit levy.", "58%", { predicate: "support levy" }],
  ["Ana Roe was elected mayor on Sunday, winning 52.3 percent of the vote.", "52.3 percent", { predicate: "won" }],
  // what a debt is owed to is its phrase, not what is measured
  ["The municipality's arrear debt to the utility stands at R2.3 billion.", "R2.3 billion", { predicate: "debt" }],
  // a closure planned
  ["The resolution lists nine schools slated for closure at the end of the year.", "nine", { thing: "school", predicate: "closed", modality: "forecast", passive: true }],
  // an age in words; two determiners before a share's object; the population's own size and a participle naming it; jobs to go
  ["A survey found that 61 per cent of children under two in the county had received all their routine vaccines.", "61 per cent", { thing: "children under two", predicate: "allocated vaccine" }],
  ["They show that 58 percent of the 1,012 adults interviewed backed the zone.", "58 percent", { predicate: "support zone" }],
  ["430 jobs to go at the plant.", "430", { thing: "job", predicate: "cut", modality: "forecast" }],
  // a share of a population whose see-through verb has an object of its own: what that share did (not "passed 1,000")
  ["Figures from the exam board show that 58 percent of pupils passed the maths exam this year.", "58 percent", { thing: "student", predicate: "pas", via: "subject" }],
  ["Only 54 percent of children in the province have received both doses of the vaccine.", "54 percent", { thing: "children", predicate: "allocated dose" }],
  ["The office said 62% of residents have received a flu jab this winter.", "62%", { predicate: "allocated jab" }],
  ["Sales passed 1,000 units in May.", "1,000", { thing: "unit", predicate: "revenue" }],
  // a relative clause of the subject, up to its auxiliary; what a share passed is its exam, said or not
  ["A total of 87.3 per cent of students who appeared for the examinations conducted by the board this year have passed, the board said.", "87.3 per cent", { thing: "student", predicate: "pas" }],
  // an age bound after the population is part of the group, and no figure of its own
  ["The office said 62% of residents over 65 in the district have received a flu jab.", "62%", { thing: "people over 65", predicate: "allocated jab" }],
  ["The new factory in Saxby has created 3,000 jobs.", "3,000", { agent: "|factory" }],
  ["PC shipments in the third quarter dropped by 8.6 percent.", "8.6 percent", { predicate: "fall", change: true, agent: "pc|shipment" }],
  ["Petrol costs €1.92 a litre.", "€1.92", { rate: "litre" }],
  // the study or record that finds a figure is its voice, named or not
  ["Data from the analytics firm AppLedger shows the app has about 90 million users.", "about 90 million", { holder: "AppLedger" }],
  ["A Kestrel Research poll of 800 residents found that 41 percent back the toll.", "41 percent", { holder: "Kestrel Research poll" }],
  ["A filing with the regulator, however, showed revenue of $780 million.", "$780 million", { holder: "filing with the regulator" }],
  ["According to the court registry, the damages totalled £1.9 million.", "£1.9 million", { holder: "court registry" }],
  ["The firm cited data showing 90 million users.", "90 million", { holder: null }],
  // a quotation mark between a verb and its figure; a level's complement has no verb of its own; "net" is no owner
  ["He said he won 'more than 2 million votes' in the race.", "more than 2 million", { predicate: "got", thing: "vote" }],
  ["Tanabe posted a net profit of ¥42 billion for the fiscal year ended March.", "¥42 billion", { predicate: "earned", agent: "tanabe|tanabe" }],
  // a participle before the counted noun; lengths; a clause's "that" ends a subject; the total of one thing's cost
  ["The department said it had counted 420 stranded dolphins.", "420", { predicate: "trapped", thing: "dolphin", agent: null }],
  ["Terra Watch said the pipeline will be 560 kilometres long.", "560", { predicate: "length" }],
  ["The new pipeline will run 410 kilometres.", "410", { predicate: "length" }],
  ["The governor told parliament that inflation in March stood at 6.1 percent.", "6.1 percent", { predicate: "inflation" }],
  ["The developer puts the total cost at $3.2 billion.", "$3.2 billion", { predicate: "cost", aggregate: null }],
  ["Some 19,500 hectares of forest had burned.", "Some 19,500", { passive: true }],
  // an opinion's level names what it is of; the month of May is no modal and no voice
  ["A Delmont survey put support for the toll at 33 percent.", "33 percent", { predicate: "support toll" }],
  ["A Kestrel Research poll conducted from 3 to 5 May found that 41 percent of voters support the toll.", "41 percent", { holder: "Kestrel Research poll", modality: "result" }],
  // the figure as object of its verb, with who did it
  ["The storm killed 14 people overnight.", "14", { thing: "people", predicate: "killed", via: "object" }],
  ["Acme will cut 325 jobs next year.", "325", { thing: "job", predicate: "cut", agent: "acme|acme", modality: "forecast" }],
  ["The fund cost investors more than $40 million.", "more than $40 million", { predicate: "lost", agent: "|investor" }],
  ["Ridley's campaign raised $21 million in January.", "$21 million", { predicate: "raised", agent: "ridley|campaign" }],
  ["The tablet, which costs $199, went on sale.", "$199", { predicate: "cost", agent: "|tablet" }],
  ["The company said it would raise $5 million.", "$5 million", { predicate: "raised", agent: "@pro:it" }],
  ["$37 million was raised by Senator Vell in the quarter.", "$37 million", { predicate: "raised", agent: "vell|vell" }],
  // a level named by a noun
  ["The death toll rose to 83 on Sunday.", "83", { predicate: "killed", via: "level", change: false }],
  ["Unemployment in the region fell to 6.1 percent.", "6.1 percent", { predicate: "unemployment", change: false }],
  ["The state's unemployment rate was 6.8% in May.", "6.8%", { predicate: "unemployment", via: "level" }],
  ["The agency put the number of displaced at 15,000 people.", "15,000", { predicate: "displaced" }],
  ["The deficit was likely to be more than 4 percent of GDP.", "more than 4 percent", { predicate: "deficit", modality: "forecast" }],
  ["There are more than 2,600 billionaires in the world.", "more than 2,600", { thing: "billionaire", predicate: "exist" }],
  ["His net worth exceeds $10 billion.", "$10 billion", { predicate: "wealth", agent: "@pro:person" }],
  ["The Vane sisters are each worth $30 billion.", "$30 billion", { predicate: "wealth", agent: "vane|sister" }],
  ["The painting is now worth about $2 million.", "about $2 million", { predicate: "wealth", agent: "|paint" }],
  ["The sisters are each worth either $30 billion or $41 billion, depending on the source.", "$41 billion", { holder: "another source", holderStrong: true }],
  ["Tickets cost either $20 or $35, depending on the seat.", "$35", { holder: null }],
  ["The health allocation was 9.4 billion cedis.", "9.4 billion", { predicate: "allocated", agent: "|health", timeless: true }],
  // change, rate, aggregation
  ["Sales rose 5 percent in the quarter.", "5 percent", { change: true }],
  ["Prices rose by 3 percent.", "3 percent", { change: true }],
  ["The plant builds 400 homes a year.", "400", { thing: "home", rate: "year" }],
  ["Workers there earn $21 an hour.", "$21", { predicate: "earned", rate: "hour" }],
  ["The average household spent $1,200 on heating.", "$1,200", { aggregate: "average" }],
  ["Officials found an additional 328 ballots.", "328", { change: true }],
  // modality
  ["The union said 450 jobs would be cut at the plant.", "450", { predicate: "cut", modality: "forecast" }],
  ["Earlier rumors had it that the firm was said to be cutting up to 400 jobs.", "up to 400", { modality: "hearsay" }],
  ["Whether there are 2,600 of them or 1,800 hardly matters.", "2,600", { modality: "forecast" }],
  // who gives the figure, named in its own clause
  ["While Ardent lists his wealth at $7.5 billion, Calder says it is $5.5 billion.", "$7.5 billion", { holder: "Ardent", holderStrong: true }],
  ["Dr. Osei put that figure around 180 percent.", "around 180 percent", { anaphoric: true, holder: "Dr. Osei" }],
  ["The return on the research, he said, would be between 20 and 50 percent.", "between 20 and 50 percent", { predicate: "return", modality: "forecast" }],
  ["About $61 million a week is coming across the border.", "About $61 million", { predicate: "coming", rate: "week" }],
  ["The value is about $44.2 million per week.", "about $44.2 million", { predicate: "wealth", rate: "week" }],
  ["Exports fell 7 per cent last year.", "7 per cent", { change: true, rate: null }],
  ["The retailer reported a profit of $1.78 per share.", "$1.78", { predicate: "earned", rate: "share", agent: "|retailer" }],
  // a phrase of time after a sum is no noun the sum is the amount of
  ["Osk Water earned $41.2 million last year.", "$41.2 million", { predicate: "earned", via: "object" }],
  ["Calder says it is $5.5 billion.", "$5.5 billion", { anaphoric: true }],
  ["Mirel pegged him at $3.1 billion.", "$3.1 billion", { holder: "Mirel", anaphoric: true }],
  ["It found 2,600 firms, compared with Calder's 1,790.", "1,790", { holder: "Calder", holderStrong: true }],
  ["The real figure is closer to 15 percent, according to the Tally Project.", "closer to 15 percent", { holder: "Tally Project", holderStrong: true, anaphoric: true }],
  ["One agency says there are 900, another says there are about 700.", "about 700", { holder: "another", holderStrong: true }],
  // one act worded two ways: a strike, being forced from home or to close, land burned, gas emitted, the dead brought in
  ["About 22 percent of teachers stopped work on Thursday.", "About 22 percent", { predicate: "struck" }],
  ["Some 85 percent of teachers walked out on Thursday.", "Some 85 percent", { predicate: "struck" }],
  ["The storm forced 12,000 from their homes.", "12,000", { predicate: "displaced" }],
  ["About 3,100 schools were forced to close.", "About 3,100", { predicate: "closed" }],
  ["The fire has scorched nearly 9,000 hectares.", "nearly 9,000", { predicate: "burned" }],
  ["The plant emitted 2.1 million tonnes of carbon dioxide.", "2.1 million", { predicate: "emitted" }],
  ["The hospital has received at least 31 bodies.", "at least 31", { predicate: "killed", thing: "people" }],
  ["I think over 30 dead bodies are on the ground.", "over 30", { thing: "body" }],
  // the doer behind a relative clause, a quotation opening at the verb, a blaze that is a fire
  ["The fire that broke out on Sunday in the hills above Port Ellis has burned 14,200 hectares.", "14,200", { agent: "|fire" }],
  ["The governor said the blaze had \"scorched nearly 9,000 hectares of forest\".", "nearly 9,000", { agent: "|fire" }],
  ["The mayor said in a speech that the city spent $80 million on roads.", "$80 million", { agent: "|city" }],
  ["The Kavri flyover, opened in January, cost the state 820 million rupees to build.", "820 million", { agent: "kavri|flyover" }],
  ["More than 200 millimetres fell overnight.", "More than 200", { predicate: "rain", via: "level" }],
  ["The centre estimates that the object is about 340 metres across.", "about 340", { predicate: "width" }],
  ["He agreed to a five-year extension with the Harlow Comets worth $104 million.", "$104 million", { agent: "|extension" }],
  ["Its net profit for the year to March rose 18 percent to 408 billion yen.", "408 billion", { predicate: "earned", via: "level", change: false }],
  ["Hokuzen Motors profit jumps to 480 billion yen", "480 billion", { predicate: "earned", agent: "hokuzen motors|motor" }],
  // money set before a noun is that thing's amount, whatever verb the phrase serves
  ["The council approved a £312 million budget for the coming year.", "£312 million", { predicate: "allocated", via: "level" }],
  ["A manager was jailed over a $4.2 million fraud.", "$4.2 million", { predicate: "defrauded" }],
  ["He admitted embezzling $2.4 million from customers.", "$2.4 million", { predicate: "defrauded" }],
  ["That was down from a $705 million loss the year before.", "$705 million", { prior: true }],
  ["Police estimated that about 18,000 people joined Saturday's march.", "about 18,000", { predicate: "gathered" }],
  ["About 80 houses lay under the mud.", "About 80", { thing: "home" }],
  ["About 2,000 barrels of crude leaked from a damaged pipeline.", "About 2,000", { predicate: "spilled" }],
  ["About 36,000 homes lost power when the storm hit.", "About 36,000", { predicate: "outage", thing: "customer" }],
  ["The ice storm left 84,000 homes without power.", "84,000", { predicate: "outage", thing: "customer" }],
  ["Police put the size of the crowd at about 3,500.", "about 3,500", { predicate: "gathered" }],
  ["Kestrel Airport handled 6.8 million passengers last year.", "6.8 million", { predicate: "carried" }],
  ["Figures show 5.9 million passengers passed through Kestrel last year.", "5.9 million", { predicate: "carried" }],
  ["The minister said the airport welcomed 3.1 million passengers in 2023.", "3.1 million", { predicate: "carried" }],
  ["The final bill for the new leisure centre came to £18.2 million.", "£18.2 million", { predicate: "cost", agent: "|centre" }],
  ["The governor said inflation 'stood at 8.7 per cent in March'.", "8.7 per cent", { predicate: "inflation" }],
  ["Food inflation fell to 6.1 per cent in March.", "6.1 per cent", { predicate: "food inflation", agent: null }],
  ["The station said 31 bodies had been recovered by Sunday evening.", "31", { predicate: "killed", agent: null }],
  ["The poll has the Country Alliance on a primary vote of 35 per cent.", "35 per cent", { agent: "country alliance|allianc" }],
  ["Her aide said the same poll had the party 'on 43 per cent'.", "43 per cent", { agent: "|party", predicate: "support" }],
  ["The house has sold for $3.4 million.", "$3.4 million", { predicate: "sold" }],
  ["The agent said the house fetched $3.9 million.", "$3.9 million", { predicate: "sold" }],
  ["The centre was delivered for £14.6 million.", "£14.6 million", { predicate: "cost" }],
  ["The trust's annual report records 1,416 breeding pairs at the site.", "1,416", { predicate: "has", thing: "pair" }],
  ["Figures show 1,214 people in emergency accommodation.", "1,214", { predicate: "has", thing: "people" }],
  ["The data show 40 years of decline.", "40", { strong: false }],
  ["Inflation slowed to 3.8 percent in June from 4.4 percent in May.", "4.4 percent", { predicate: "inflation", prior: true }],
  ["Inflation eased to 3.8 percent in June.", "3.8 percent", { predicate: "inflation" }],
  ["The maximum temperature touched 48.2°C.", "48.2", { predicate: "temperature" }],
  ["Police said 87 arrests had been made.", "87", { predicate: "arrested", thing: "people" }],
  ["Storm cuts power to 48,000 homes", "48,000", { predicate: "outage" }],
  ["The ministry put this year's crop at 4.1 million tonnes.", "4.1 million", { predicate: "harvest", agent: null }],
  ["The state has set aside ₦240 billion for roads.", "₦240 billion", { predicate: "allocated" }],
  ["Support fell from 64 percent to 56 percent.", "56 percent", { predicate: "support", prior: false }],
  ["Support fell from 64 percent to 56 percent.", "64 percent", { predicate: "support", prior: true }],
  ["The toll rose from 1,200 to 1,450 overnight.", "1,450", { predicate: "killed", prior: false }],
  ["Crimes rose from 2,310 in 2019 to 2,590 last year.", "2,590", { predicate: "crime", prior: false }],
  ["The bank cut its rate from 5 percent to 4.5 percent.", "4.5 percent", { predicate: "rate", prior: false }],
  ["The poll had it at 64 percent to 56 percent.", "56 percent", { predicate: null }],
  ["Former bank manager jailed over $4.2 million fraud", "$4.2 million", { predicate: "defrauded", via: "level" }],
  ["Harlow Foods agrees €2.3 billion takeover of Brenner Dairy", "€2.3 billion", { predicate: "paid", timeless: true }],
  ["Harlow Foods will pay €2.1 billion in cash for Brenner Dairy.", "€2.1 billion", { predicate: "paid", thing: null }],
  ["An attacker accessed the personal details of 3.4 million customers.", "3.4 million", { predicate: "affected", thing: "customer" }],
  ["Some 1,140 burglaries were recorded in the district in 2023.", "Some 1,140", { predicate: "burglary", passive: true }],
  ["Organisers said 120,000 people passed through the gates at the park.", "120,000", { predicate: "gathered" }],
  ["The ministry said the province's maize harvest was down 18 percent on last season.", "18 percent", { predicate: "fall", change: true, agent: "|harvest" }],
  ["The wildfire in the Serrano hills has burned 12,500 hectares.", "12,500", { predicate: "burned", agent: "|fire" }],
  ["The service put the burned area at 8,900 hectares.", "8,900", { predicate: "burned", agent: null }],
  ["The lab has been awarded a $2.5 million grant.", "$2.5 million", { predicate: "allocated" }],
  ["The association counted 130 cancelled services on Monday and accused the operator of downplaying it.", "130", { predicate: "cancelled" }],
  ["Police confirmed that 23 students were abducted.", "23", { predicate: "abducted" }],
  ["The department said it has confirmed 38 measles cases linked to an outbreak.", "38", { predicate: "cases" }],
  ["Revenue grew 9 percent in the quarter.", "9 percent", { predicate: "rise", change: true }],
  ["The district said 4,300 students were enrolled.", "4,300", { predicate: "enrolled" }],
  ["The museum welcomed 1.2 million visitors last year.", "1.2 million", { predicate: "gathered", thing: "people" }],
  ["Regulator fines Pellion Bank ¥4.5 billion over money laundering failings", "¥4.5 billion", { predicate: "fine" }],
  ["The club said that 44,018 fans had been at the match.", "44,018", { predicate: "gathered" }],
  ["The poll found 45 percent in favour of the levy and 39 percent opposed.", "45 percent", { predicate: "support levy" }],
  // a clause of its own after the object is not the figure's verb; a share's population may run long before its verb
  ["A bookkeeper stole £212,000 from the family firm she worked for over six years.", "£212,000", { predicate: "stolen" }],
  ["The commissioner said 68 per cent of candidates from public secondary schools in the state obtained five credits.", "68 per cent", { predicate: "obtain credit", thing: "candidate" }],
  ["A breakdown shows that 54.2 per cent of candidates from the state's public schools met the benchmark.", "54.2 per cent", { predicate: "met benchmark" }],
  ["A forensic accountant had put the total taken at nearer £150,000.", "nearer £150,000", { predicate: "taken" }],
  // an act "to death" killed; output however said; a slide is a fall
  ["At least 14 persons were burnt to death when the tanker exploded.", "At least 14", { predicate: "killed" }],
  ["Last year's real output was 187,000 tonnes, the union said.", "187,000", { predicate: "produced" }],
  ["The country pumped 320,000 barrels per day of crude in May.", "320,000", { predicate: "produced", rate: "day" }],
  ["A survey estimated the country's May output at 285,000 bpd.", "285,000", { predicate: "produced", rate: "day" }],
  ["Osk peso slides 3% after surprise rate cut", "3%", { predicate: "fall", change: true }],
  // "a record" between a verb and its figure; an adverb after "down"; a possessive after "in" is no counted noun
  ["The agency said non-oil exports climbed to a record N4.6 trillion last year.", "N4.6 trillion", { predicate: "export" }],
  ["The port handled a record 8.6 million TEU of containers in 2023.", "8.6 million", { predicate: "carried" }],
  ["Osk's direct emissions in 2023 were down just 4 per cent on 2022.", "4 per cent", { predicate: "fall", change: true }],
  ["Lumora raises $1.4 billion in year's largest tech listing", "$1.4 billion", { predicate: "raised", noun: null }],
  // a unit owns nothing; "actual" names no doer
  ["The register lists the park with an installed capacity of 380 MW.", "380", { predicate: "capacity", agent: null }],
  ["Figures show the actual harvest came in at 1.9 million tonnes.", "1.9 million", { predicate: "harvest", agent: null }],
  // the first word of a headline, not its verb, is who a bare toll counts
  ["Bus plunges into gorge near Osk; 23 killed", "23", { thing: "people", predicate: "killed" }],
  // a rescue is of people; a cause of harm before a toll names no group ("flood deaths")
  ["The emergency service says its volunteers carried out 320 flood rescues overnight.", "320", { predicate: "rescued", thing: "people" }],
  ["Officials reported 30 flood deaths in the region.", "30", { predicate: "killed", thing: "people" }],
  // "trn" is trillions
  ["President signs N27.5trn 2026 Appropriation Bill", "N27.5trn", { predicate: "sign" }],
  // a noun of kind counts kinds of what follows "of"
  ["Scientists recorded 214 species of beetle during the expedition.", "214", { thing: "specy of beetle" }],
  // prisoners released are freed, not emitted; a plan said with "are to be"; a strike that "targeted" a depot is no goal
  ["The prisons authority says 42 detainees were released in this first batch.", "42", { predicate: "freed" }],
  ["Under the deal, a total of 250 detainees are to be freed over five days.", "250", { predicate: "freed", modality: "forecast" }],
  ["The spokesman said the strike had targeted a weapons depot and killed nine people.", "nine", { predicate: "killed", modality: "result" }],
  ["The governor said 85 per cent of the city's displaced residents had come back.", "85 per cent", { predicate: "returned" }],
  // bodies recorded are the dead
  ["The Red Crescent told reporters its teams had recorded 263 bodies by Tuesday evening.", "263", { predicate: "killed", thing: "people" }],
  // how hot it feels is another measure than the air's; what analysts estimate is a forecast
  ["With humidity factored in, the heat index peaked at 113 degrees around 4 p.m.", "113", { predicate: "felt temperature" }],
  ["Analysts polled by a brokerage had estimated a profit of Rs 1,190 crore.", "Rs 1,190 crore", { modality: "forecast" }],
  // a change over a month is another rate than over a year
  ["On a month-on-month basis, headline inflation was 2.1 per cent.", "2.1 per cent", { rate: "month-on-month" }],
  // a qualifier of the figure is no doer
  ["The association said its own analysis shows a deficit of nearly $4.6 million.", "nearly $4.6 million", { predicate: "deficit", agent: null }],
  // an "and" between two names, "really", "so far" between a subject and its verb; crossing from a place is arriving
  ["More than 14,300 patients at Greyfriars and Alder hospitals have been waiting over a year for planned treatment.", "More than 14,300", { predicate: "wait" }],
  ["The minister told the house that Rs 40 crore had so far been paid out to victims.", "Rs 40 crore", { predicate: "paid" }],
  ["Aid agencies say 68,000 refugees have crossed from Valdria since March.", "68,000", { predicate: "arrived" }],
  // "obese" and "obesity" are one measure
  ["Obesity in the county stood at 27% last year.", "27%", { predicate: "obese" }],
  // a verb in the present, bare after a plural subject (headline style or not)
  ["More than 900 migrants cross Channel in a single day", "More than 900", { thing: "migrant", predicate: "cross", via: "subject" }],
  ["About 800 families depend on the river for water, the council said.", "About 800", { thing: "family", predicate: "depend", via: "subject" }],
  ["Over 14,000 nurses walk out in pay dispute", "Over 14,000", { thing: "nurs", predicate: "struck", via: "subject" }],
  // what the one given to or credited got, and a passive's doers counted
  ["The party's president said voters had given us 138 seats and a clear mandate.", "138", { thing: "seat", predicate: "got", agent: "@pro" }],
  ["The party said Ada Obi had been backed by 5,130 voters in the ward.", "5,130", { thing: "voter", predicate: "support", via: "subject" }],
  ["The festival was attended by 40,000 fans, organisers said.", "40,000", { predicate: "gathered", via: "subject" }],
  ["Vell won 40 percent of the vote, followed by Orrin with 30 percent.", "30 percent", { predicate: null }],
  // a verb of judging is no act of the figure's
  ["Audit flags Rs 17.5 crore spend on Varn bus depot", "Rs 17.5 crore", { predicate: "spent", via: "level" }],
  ["Governor hails 1,200 jobs at Osk battery plant", "1,200", { predicate: null }],
  ["The Varn council removed 140 trees to make way for the road.", "140", { thing: "tree", predicate: "remov" }],
  ["The airline said 148 passengers and crew were on board the flight.", "148", { thing: "passenger", predicate: "carried", via: "subject" }],
  ["The pipeline released 2,500 barrels of oil into the river.", "2,500", { predicate: "spilled" }],
  ["The rebels released 40 prisoners on Monday.", "40", { predicate: "freed" }],
  // where the counted are kept is their state, however it is said
  ["The union said 612 patients were on trolleys in the emergency department.", "612", { predicate: "trolley", via: "subject" }],
  ["A total of 540 patients were waiting on trolleys on Tuesday.", "540", { predicate: "trolley" }],
  ["About 3,000 people were in shelters on Sunday, officials said.", "About 3,000", { predicate: "shelter" }],
  // but not a state, a list's noun, or a verb whose object is another figure
  ["Of the 40 members, 12 members present at the meeting backed the motion.", "12", { predicate: null }],
  ["Add 2 cloves garlic, minced, to the pan.", "2", { predicate: null }],
  ["Last year I helped 3 people lose around 40 pounds.", "3", { predicate: "help" }],
  // not what is disputed
  ["The two were its followers, the group said.", "two", { strong: false }],
  ["Those with incomes of more than $750,000 would pay more.", "more than $750,000", { strong: false }],
  ["He fought for 17 years in the courts.", "17", { strong: false }],
];

describe("frames", () => {
  for (const [sentence, fig, want] of frames) {
    it(`${fig} in: ${sentence}`, () => {
      const fr = frameOf(sentence, fig);
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, fr[k as keyof Frame]]));
      assert.deepEqual(got, want, JSON.stringify(fr));
    });
  }
});

/** [sentence, its figures with their unit and code]. */
const units: [string, [string, string, string | null][]][] = [
  ["The deal is worth $7.2 billion.", [["$7.2 billion", "money", "USD"]]],
  // pence written against the number; a screen's lines are no figure
  ["Vale paid 34p per litre, down from 38.5p.", [["34p", "money", "GBX"], ["38.5p", "money", "GBX"]]],
  ["The phone records video at 1080p.", []],
  // a fraction's numerator is no count
  ["About two-thirds of the visitors were residents, and three-quarters came by ferry.", []],
  ["It sold for £3bn last year.", [["£3bn", "money", "GBP"]]],
  ["The plan costs 25 million euros.", [["25 million", "money", "EUR"]]],
  ["Fares rose to C$40 this week.", [["C$40", "money", "CAD"]]],
  ["Petrol now costs KSh 188.84 a litre.", [["KSh 188.84", "money", "KES"]]],
  ["Public debt stood at J$2.1 trillion.", [["J$2.1 trillion", "money", "JMD"]]],
  ["The fee is GH₵40; the bridge cost RM1.2 billion.", [["GH₵40", "money", "GHS"], ["RM1.2 billion", "money", "MYR"]]],
  ["Revenue climbs to $4.9B.", [["$4.9B", "money", "USD"]]],
  ["The poll puts Labour on 31pc.", [["31pc", "percent", null]]],
  ["Nearly 300mm of rain fell; the firm made $12mm.", [["Nearly 300", "measure", "mm"], ["$12mm", "money", "USD"]]],
  ["The budget gives health 9 billion cedis.", [["9 billion", "money", "GHS"]]],
  ["The phone has 256GB of storage.", [["256", "measure", "gb"]]],
  ["Its engine makes 640 bhp and 275 pound-feet of torque.", [["640", "measure", "hp"], ["275", "measure", "lb-ft"]]],
  ["He lost 45 pounds in a year.", [["45", "measure", "lb"]]],
  ["The fire burned 3,000 acres.", [["3,000", "measure", "acre"]]],
  ["The pipeline runs 1,200 kilometres.", [["1,200", "measure", "km"]]],
  ["The club sold 10 million pounds of shares.", [["10 million", "money", "GBP"]]],
  ["The fund received $1.25mm last year.", [["$1.25mm", "money", "USD"]]],
  // ("not less than 15": at least 15)
  ["A volunteer said not less than 15 bodies have been recovered.", [["not less than 15", "count", null]]],
  // ("lakh crore": a lakh of crores)
  ["The minister presented a Rs 3.2 lakh crore budget.", [["Rs 3.2 lakh crore", "money", "INR"]]],
  ["Some 112 mm of rain fell; others said 200 millimetres fell, and 3 centimetres of hail.", [["Some 112", "measure", "mm"], ["200", "measure", "mm"], ["3", "measure", "cm"]]],
];

describe("figure units", () => {
  for (const [sentence, want] of units) {
    it(sentence, () => {
      const got = findFigures(sentence).map((f) => [sentence.slice(f.start, f.end), f.unit, f.code]);
      assert.deepEqual(got, want);
    });
  }
});

/** Numbers that name something rather than count it. */
const notCounts: [string, string][] = [
  ["Sally Vern, first woman to cross the strait, dies at 61", "61"],
  ["She died at the age of 84 on Monday.", "84"],
  ["He lost a 17-month battle with cancer.", "17"],
  ["The panel made a five-member board.", "five"],
  ["1. Keep the receipts.", "1"],
  ["I bought the new iPhone 5 on launch day.", "5"],
  ["The S&P 500 closed higher.", "500"],
  ["The top 1 percent paid most of the tax.", "1 percent"],
  ["It is part 3 of the series.", "3"],
  ["Young people between the ages of 17 and 20 were polled.", "17"],
  ["Young people between the ages of 17 and 20 were polled.", "20"],
];

describe("numbers that are not counts", () => {
  for (const [sentence, fig] of notCounts) {
    it(`${fig} in: ${sentence}`, () => {
      const texts = findFigures(sentence).map((f) => sentence.slice(f.start, f.end));
      assert.ok(!texts.some((t) => t.includes(fig)), `found ${JSON.stringify(texts)}`);
    });
  }
});

/** [headline, body, the pairs that conflict (sorted figure texts)]: which figures are one quantity. */
const pairs: [string, string, string[][]][] = [
  // one quantity from two voices
  ["Storm Hits Varn", "Police said at least 30 people were killed in Varn. Medics said 19 people were killed in Varn.", [["19", "at least 30"]]],
  ["Budget Gap Widens", "The ministry said the deficit was 3.1 percent of GDP. The Orlo Institute said the deficit was 4.4 percent of GDP.", [["3.1 percent", "4.4 percent"]]],
  ["Lists Disagree", "One firm says there are more than 2,600 billionaires, while another says there are about 1,800.", [["about 1,800", "more than 2,600"]]],
  // where a speaker spoke, in an opening clause of how, is no place of what was said
  ["Varn Flood Toll Disputed", "The death toll in the Varn floods stood at 31 on Saturday, the Varn disaster authority said.\n\nAddressing reporters at a camp in Osk on Saturday, MP Ada Obi claimed that at least 44 people had died in the floods.", [["31", "at least 44"]]],
  // a headline's words and its body's meet however said ("back" / "supported", "plan" / "proposal")
  ["Poll: 58 per cent back Osk stadium plan", "A survey of 1,012 adults by Varn Research found 54 per cent of respondents supported the proposal.", [["54 per cent", "58 per cent"]]],
  // who travels, however named, is a passenger
  ["Fog Grounds Flights at Osk", "The airline SkyVarn said about 2,600 passengers were stranded at Osk airport on Sunday. Osk Airports Authority said 6,100 flyers were stranded at Osk airport on Sunday.", [["6,100", "about 2,600"]]],
  // a headline's state of harm right after its noun ("Twelve fishermen missing after storm")
  ["Twelve fishermen missing after storm lashes Osk coast", "The Varn coast guard said 17 fishermen were missing after the storm.", [["17", "Twelve"]]],
  // a count inside a phrase of the subject's noun is no subject of the verb, and the phrase does not hide the subject's verb
  ["Strike Spreads", "The Varn Workers' Federation said 41,000 workers from 90 factories had joined the walkout. Police said 6,200 workers had joined the walkout.", [["41,000", "6,200"]]],
  // a count a body only has or records is of its own things, never of the people a place is home to
  ["Census Results Out", "The capital, Osk, is home to 41,800 people, the Varn Statistics Office said. The census recorded 19,400 households, with an average household size of 3.2 people.", []],
  ["Census Results Out", "The Varn Statistics Office said the census recorded 19,400 households. The mayor said the town has 23,000 households.", [["19,400", "23,000"]]],
  // a second object of one verb is what that verb did, of its own thing; two kinds of person so joined are parts of one count
  ["Varn Ferry Wants Subsidy", "The Varn ferry company says its ferry carried 1.1 million passengers and 212,000 vehicles last year. A council report says the ferry carried 164,000 vehicles last year.", [["164,000", "212,000"]]],
  ["Osk Party Claims Win", "Party agents said tally sheets showed the Osk Party had won 94 seats and 46 percent of the vote. The electoral commission said the Osk Party received 41 percent of the vote.", [["41 percent", "46 percent"]]],
  // a factbox's heading may end with a dash; a unit its label names is the figure's
  ["Holt Ridge Fire Grows", "Fast facts: Holt Ridge Fire — Acres burned: 12,400 | Containment: 35%. Fire officials said 18,900 acres had burned.", [["12,400", "18,900"]]],
  // common acts said with other words: stranded and trapped, recruited and hired, completions and homes built, awaiting and pending
  ["Miners Stranded in Varn", "The mine's owner said 14 miners were stranded underground. Rescuers said 22 miners were trapped underground.", [["14", "22"]]],
  ["Osk Hiring Drive", "The minister said the service had recruited 9,000 drivers since 2021. The register shows the service hired 4,300 drivers since 2021.", [["4,300", "9,000"]]],
  ["Varn Court Backlog", "The chief justice said 38,000 cases were pending in Varn courts. The bar association said 45,000 cases were awaiting trial in Varn courts.", [["38,000", "45,000"]]],
  // a focusing adverb between the verb and its figure is read past
  ["Varn Emissions Fall", "The ministry said national emissions fell by 4.1% last year. The Osk coalition said national emissions fell by only 1.6% last year.", [["1.6%", "4.1%"]]],
  ["Osk Subscriber Count Disputed", "Osktel says it had 48.5 million subscribers at the end of June. However, figures published by the Varn regulator credit Osktel with 44.1 million subscribers at the end of June.", [["44.1 million", "48.5 million"]]],
  // a price a thing is going for; customers without service are an outage
  ["Rice Price Disputed in Varn", "A bag of rice sold for 78,000 naira at the Varn market on Friday, the statistics bureau said. A traders' leader said a bag of rice is going for 65,000 naira at the Varn market on Friday.", [["65,000", "78,000"]]],
  ["Ice Storm Leaves 40,000 Without Power in Varn", "The Osk utility said more than 52,000 customers were without service in Varn on Tuesday.", [["40,000", "more than 52,000"]]],
  // a crowd's size is its peak, said or not
  ["Varn Rally Draws Crowds", "Organisers said 200,000 people attended the rally in Varn on Saturday. Varn police, however, estimated the crowd at its peak at 35,000 on Saturday.", [["200,000", "35,000"]]],
  // taking votes or seats is winning them, and "the national vote" is the vote
  ["Osk Party Wins Majority", "The commission said the Osk Party took 54.3 percent of the national vote. Party agents said the Osk Party had won 46 percent of the vote.", [["46 percent", "54.3 percent"]]],
  ["Gunmen Seize Hostages in Varn", "Police said the gunmen took 40 hostages in Varn on Monday. Officials said the gunmen seized 40 people in Varn on Monday.", []],
  ["Storm Cuts Power to 40,000 Homes", "At the storm's peak, about 28,000 customers were without electricity, the Varn utility said.", [["40,000", "about 28,000"]]],
  // a budget's outlay is its allocation; jobs affected by a closure are cut; livestock lost are dead; a bare count claimed answers the count beside it
  ["Varn Budget Presented", "The Varn corporation presented a budget of Rs 52,600 crore for 2025-26. Fast facts: Varn civic budget 2025-26. Total outlay: Rs 49,870 crore.", [["Rs 49,870 crore", "Rs 52,600 crore"]]],
  ["Osk Systems to Cut 1,800 Jobs", "In a notice filed with the state, the company said about 1,200 positions would be affected.", [["1,800", "about 1,200"]]],
  ["Drought: Herders Say 30,000 Cattle Lost in Varn", "The Varn county government says about 12,000 head of cattle have died in Varn since the rains failed.", [["30,000", "about 12,000"]]],
  ["Varn Marches for Missing Journalist", "Police said 6,000 people marched in Varn on Sunday. The Osk Press Alliance, which organised the march, said 12,000 people marched in Varn on Sunday, while unions claimed 20,000.", [["12,000", "6,000"], ["20,000", "6,000"], ["12,000", "20,000"]]],
  // a factbox's lines run together with nothing between them; a share of the vote a thing is "with"; a noun joined to the counted one
  ["Varn Festival Sells Out", "FACTBOX — Varn Folk Festival First held: 1993 Tickets sold this year: 72,500 Stages: 9. Organisers said 64,300 tickets were sold this year.", [["64,300", "72,500"]]],
  ["Varn Measure Passes", "Results posted by the Varn registrar showed the measure with 56.4 percent of the vote. The measure's backers said the measure won 58 percent of the vote.", [["56.4 percent", "58 percent"]]],
  // where a thing was told is no place of what was told
  ["Subsidy Figures Differ", "Budget papers show KSh 5.6 billion has been allocated to the fertiliser subsidy this year. The minister told farmers at a rally in Varn on Saturday that the government had set aside KSh 7 billion for the fertiliser subsidy this year.", [["KSh 5.6 billion", "KSh 7 billion"]]],
  // a large share said roughly is within a tenth of it; observers' parallel tally is a count of the same vote, and no doer
  ["Observers Question Turnout", "The returning officer said turnout was 61.4 percent. The Osk Poll Watch said its parallel vote tabulation indicated turnout of about 54 percent.", [["61.4 percent", "about 54 percent"]]],
  ["Turnout in Varn", "The commission said turnout was 27 percent. Observers said turnout was about 30 percent.", []],
  ["Stampede at Varn Temple", "Police said 18 devotees were killed in the stampede at the Varn temple. The district collector said 22 people were killed in the stampede at the Varn temple.", [["18", "22"]]],
  // "the same period" points back to the period counted, not to the year before it was compared with
  ["Knife Crime in Varn", "Varn police said they recorded 1,412 knife offences in the 12 months to March, up from 1,280 the year before. The Osk Crime Observatory said its analysis of the same period showed 1,590 knife offences.", [["1,412", "1,590"]]],
  ["Valuations Differ", "While Ardent lists Mr. Dane's wealth at $7.5 billion, Calder says it is $5.5 billion.", [["$5.5 billion", "$7.5 billion"]]],
  ["Thousands March in Varn", "Organizers said 50,000 people attended the rally in Varn on Saturday. Police put the crowd at 20,000.", [["20,000", "50,000"]]],
  ["Bridge Plan Approved", "The ministry said the bridge would cost $2 billion. Critics put the cost at $5 billion.", [["$2 billion", "$5 billion"]]],
  ["Flood Toll Rises", "Officials put the death toll at 42. Aid groups said the toll was at least 60.", [["42", "at least 60"]]],
  ["Jobless Rate Falls", "The statistics office said unemployment fell to 6.1 percent in May. The union said the real jobless rate was 9 percent.", [["6.1 percent", "9 percent"]]],
  ["Storm Leaves 12 Dead", "The storm killed 15 people, officials said.", [["12", "15"]]],
  ["Wildfire Burns 3,000 Acres", "The fire has burned 5,000 acres, the forest service said.", [["3,000", "5,000"]]],
  ["Poll: 55% Back Plan", "A new poll found 48 percent of voters support the plan.", [["48 percent", "55%"]]],
  ["Fire Displaces Hundreds", "Officials said 800 residents were evacuated. The Red Cross said about 1,500 people had been evacuated.", [["800", "about 1,500"]]],
  ["Fine for Acme", "Regulators fined Acme $12 million, the agency said. Acme said the fine was $9 million.", [["$12 million", "$9 million"]]],
  ["Vote Count", "Election officials said Mira Dale won 52 percent of the vote. Her rival's campaign said she won 47 percent.", [["47 percent", "52 percent"]]],
  ["Spill Damage", "The company said 2,000 barrels of oil leaked. Environmental groups estimated that 10,000 barrels leaked.", [["10,000", "2,000"]]],
  ["Budget Row", "The mayor said the city spent $3 million on the festival. An audit found the city spent $5.2 million on the festival.", [["$3 million", "$5.2 million"]]],
  ["Inflation Hits 9%", "Inflation rose to 8.1 percent in June, the statistics office said.", [["8.1 percent", "9%"]]],
  ["Inflation Hits 8%", "Inflation rose to 8.1 percent in June, the statistics office said.", []],
  ["Growth Slows", "The central bank said the economy grew 2.1 percent last year. The finance ministry said growth was 3.4 percent last year.", [["2.1 percent", "3.4 percent"]]],
  ["Vaccination Drive", "The ministry said 70 percent of adults had been vaccinated. The agency said 55 percent of adults had been vaccinated.", [["55 percent", "70 percent"]]],
  ["Layoffs", "Acme will cut 1,200 jobs, the company said. Acme's rival Borl said it would cut 800 jobs.", []],
  ["Storm Toll", "Officials said 20 people died in Varn. In neighbouring Osk, 12 people died.", []],
  ["Storm Toll", "Officials said 20 people died on Monday. By Friday the toll had risen to 35, officials said.", []],
  ["Jobs Report", "The economy added 200,000 jobs in May, the bureau said. In April it added 150,000 jobs, the bureau said.", []],
  ["Outbreak", "The ministry said 300 cases were confirmed. Doctors said 300 more cases were suspected.", []],
  ["Budget", "The school got $4 million, the council said. The library got $2 million, the council said.", []],
  ["Survey", "Among women, 62 percent support the law, the poll found. Among men, 48 percent support the law, the poll found.", []],
  // other things of one kind: other devices, other people, other bonds
  ["Phones Compared", "The Orbit 5, which costs $199, is the cheapest. A retailer put the price of the new Lumo phone at $149.", []],
  ["Readers Write", "I am at 13.2% body fat now. Another reader wrote that she is at around 30% body fat according to her scan.", []],
  ["Bonds Rally", "Ten-year notes rose in price to yield 1.78%, down from 1.80% late on Monday. The 30-year bond rose in price to yield 2.25%, from 2.29% late on Monday.", []],
  ["Fortunes", "The sisters are each worth either $30 billion or $41 billion, depending on the source.", [["$30 billion", "$41 billion"]]],
  ["Fares", "A ticket costs either $20 or $35, depending on the seat, the airline said.", []],
  ["Drug Money", "\"Look at it: $53 million a week is coming across the border,\" Mr. Hale said at the rally. \"I said it before: $53 million a week is coming across the border,\" Mr. Hale said. State data puts the figure at about $40 million.", [["$53 million", "about $40 million"]]],
  ["Lists Differ", "Ardent lists Tom and Ann Vane with just under $30 billion each, while Calder lists them as the richest couple in the world with $41 billion each. Orlo says they are worth about $35 billion each.", [["$41 billion", "just under $30 billion"], ["$41 billion", "about $35 billion"]]],
  ["Lists Differ", "Ardent lists Tom Vane with $30 billion. Calder lists Ann Rask with $41 billion.", []],
  ["Funding", "The startup received $1.2 million from two funds, the founder said. A filing shows the startup received $2 million.", [["$1.2 million", "$2 million"]]],
  // a lower bound against a reach far past it differs; a cap or a near reach does not
  ["Protest Toll", "At least 60 protesters have been killed, the monitor said. Activists said as many as 120 have been killed.", [["At least 60", "as many as 120"]]],
  ["Protest Toll", "At least 60 protesters have been killed, the monitor said. Activists said as many as 70 have been killed.", []],
  ["Protest Toll", "At least 60 protesters have been killed, the monitor said. Activists said fewer than 150 have been killed.", []],
  ["Poll Gap", "Vell is seen as honest by more voters than in May, 64 percent to 56 percent. Voters say Vell shares their views more than Orrin does, 73 percent to 63 percent.", []],
  ["Charging", "There'll be 150 kW fast charging support. For the second level there'll be 11 kW onboard charging, the firm said.", []],
  ["Jobs Claim", "Mr. Hale cast doubt on the official unemployment rate of 4.9 percent and said the real unemployment rate could be as high as 30 percent.", [["4.9 percent", "as high as 30 percent"]]],
  ["Jobs Claim", "The official unemployment rate was 4.9 percent in May, the bureau said. Economists said the rate could be as high as 5.3 percent by next year.", []],
  // match-ups: each share is one side's, in one race and one group polled
  ["Polls Differ", "The Orbis poll shows Vell leading Orrin 46 percent to 39 percent. The Tally poll shows Orrin with a narrow lead, with 45 percent to Vell's 42 percent.", [["42 percent", "46 percent"], ["39 percent", "45 percent"]]],
  ["Polls Differ", "Vell, who was tied with Orrin at 42 percent in May, is now well ahead of her rival 46 percent to 39 percent, according to the Orbis poll. The Tally poll has Orrin leading Vell 44 percent to 41 percent.", [["41 percent", "46 percent"], ["39 percent", "44 percent"]]],
  ["Poll", "The Orbis poll shows Vell leading Orrin among likely voters, 46 percent to 44 percent. Among Democrats alone, Vell leads Orrin 49 percent to 41 percent, according to the institute.", []],
  ["Poll", "The Orbis poll shows Vell leading Orrin 46 percent to 44 percent. The Tally poll shows Vell beating Kade 49 percent to 39 percent.", []],
  ["Poll", "The Orbis poll shows Vell leading Orrin 46 percent to 44 percent. The Tally average of polls shows Vell leading Orrin 49 percent to 41 percent.", []],
  ["Poll", "A survey by the institute in March found Vell with a lead of 48 percent to 41 percent over Orrin. The new survey by the institute, released on Wednesday, shows Vell leading Orrin 46 percent to 44 percent.", []],
  // a named study is a voice; "her" is the person named before; an adjective of harm names the count; an expectation is no rival result
  ["Poll Finds Support", "A Orbis poll found 55 percent of voters support the plan. A Tally poll released the same day found 48 percent of voters support the plan.", [["48 percent", "55 percent"]]],
  ["Approval", "Vell's approval rating stands at 41 percent, according to Orbis. Tally puts her approval rating at 52 percent.", [["41 percent", "52 percent"]]],
  ["Injured", "Officials said 30 people were injured. Hospital staff said they treated 85 injured people.", [["30", "85"]]],
  ["Revenue", "Arko reported revenue of $4.2 billion for the quarter. Analysts had expected $4.5 billion.", []],
  ["Fortunes", "As for Mr. Dane, Ardent put his net worth at $45 billion. Mr. Lund said his own net worth was $10 billion.", []],
  ["Storm", "The storm killed 12 people in Osk, police said. In all, 40 people died across the region, the agency said.", []],
  // short headlines in title case: "Kills 20 in Varn", "to Cut 2,000 Jobs" (a plan)
  ["Blast Kills 20 in Varn", "A car bomb killed nineteen people in Varn on Monday, police said.", [["20", "nineteen"]]],
  ["Acme to Cut 2,000 Jobs", "Acme said on Tuesday it would cut 1,500 jobs as part of a restructuring.", [["1,500", "2,000"]]],
  ["Acme to Cut 2,000 Jobs", "Acme said on Tuesday it cut 1,500 jobs last year.", []],
  // a named piece is a voice, and a correction answers it in the same sentence
  ["Funding", "This Orlo piece on the firm's funding says we received $2.5 million, but the correct amount was $2.1 million.", [["$2.1 million", "$2.5 million"]]],
  ["Funding", "The firm received $2.5 million in May and $2.1 million in June.", []],
  // "That's less than the $N figure X cited" sets the figure before against X's; "per week" is a rate
  ["Drug Money", "Mr. Hale said $53 million a week is coming across the border. Once you divide the total by 52 weeks, the value is about $44.2 million per week. That's less than the $53 million figure Hale cited.", [["$53 million", "about $44.2 million"]]],
  ["Earnings", "The company reported earnings of $8.42 a share, above forecasts. The online retailer reported a profit of $1.78 per share, the firm said.", []],
  // one side's share said alone in a named poll; "a lead for Vell with"; "versus 39 percent for Orrin"
  ["Polls", "Vell achieved 45 percent support among Republican voters in a new Orbis News poll released Thursday. In the Tally poll, Vell was supported by 42 percent of the Republicans surveyed.", [["42 percent", "45 percent"]]],
  ["Polls", "Vell achieved 45 percent support among Republican voters in a new Orbis poll. In the Tally poll, Vell was supported by 52 percent of the Democrats surveyed.", []],
  // a poll that gives a side its share ("gives Vell 44 percent ... and Orrin 41 percent"), also as "the institute's own release"
  ["Polls", "The Orbis poll gives Vell 44 percent of likely voters and Orrin 41 percent. In the Tally poll, Vell was at 48 percent among likely voters.", [["44 percent", "48 percent"]]],
  ["Polls", "In March, Kade had 38 percent support in an Orbis poll. Kade was at 27 percent in the Orbis News poll released Thursday.", []],
  ["Prices", "Unemployment for Kade rose to 7 percent in the Orbis survey. Inflation for Kade rose to 9 percent in the Tally survey.", []],
  ["Polls", "According to an Orbis survey, 51 percent of respondents said they would vote for Vell, versus 39 percent for Orrin. A Tally poll showed a slimmer lead for Vell with 46 percent to Orrin's 41 percent.", [["46 percent", "51 percent"], ["39 percent", "41 percent"]]],
  // "claims 10 million users" is what its subject has; "trackers estimate it has" speaks of the firm, not of the trackers
  ["Users", "The company claims 10 million users. Independent trackers estimate it has about 3 million users.", [["10 million", "about 3 million"]]],
  ["Users", "Acme claims 10 million users, the company said. Borl, its rival, says it has 3 million users.", []],
  // count pairs: each count is its side's, of the thing counted
  ["Rich Lists", "Ardent said that Arland had 568 millionaires to Bexia's 535. Calder tallies 585 in Bexia to Arland's 260.", [["260", "568"], ["535", "585"]]],
  ["Rich Lists", "Ardent said that Arland had 568 millionaires to Bexia's 535. Calder said Arland had 568 millionaires in all.", []],
  ["Firms", "Arland had 568 firms to Bexia's 535, the ministry said. Calder counts 300 firms in Osk to Varn's 120.", []],
  ["Vote", "In Osk, Vell won 54 percent of union households to Orrin's 46 percent, according to exit polls.", []],
  ["Vote", "In Osk, Vell won 54 percent of union households to Orrin's 46 percent, according to exit polls. A union survey found Vell won 61 percent of union households to Orrin's 39 percent.", [["54 percent", "61 percent"], ["39 percent", "46 percent"]]],
  // rounding and restatement agree
  ["Rate Steady", "The bureau said unemployment was 4.9 percent. The minister said unemployment was 5 percent.", []],
  ["29 Dead After Quake", "At least 29 people were killed, officials said.", []],
  // never a conflict: parts, other agents, other periods, rates, plans, breakdowns
  ["Claims Unfounded", "The post said the envoy has a net worth of $9 million. The claim that she has $9 million (or $4 million or $2 million) has no basis.", [["$4 million", "$9 million"], ["$2 million", "$9 million"]]],
  ["Lists Differ", "Ardent lists the Vane sisters with just under $30 billion each, while Calder lists them as the richest women in the world with $41 billion each.", [["$41 billion", "just under $30 billion"]]],
  ["Fortunes Disputed", "Mr. Lund's net worth exceeds $10 billion, he said. Mirel pegged Mr. Rask at $3.1 billion.", []],
  ["Campaigns Report Hauls", "The Orrin campaign said it raised $21 million in January. The Vell campaign said it raised $15 million in January.", []],
  ["Jobs Report", "Varn has a 9.1 percent unemployment rate, the ministry said. The union said the unemployment rate was 12 percent.", [["12 percent", "9.1 percent"]]],
  ["Ratings", "Ames has a 40 percent approval rating, the Orbis poll found. Ames's approval rating is 47 percent, according to the Tally poll.", [["40 percent", "47 percent"]]],
  ["Jobs Report", "Varn has a 24 percent unemployment rate, the minister said. Orlo's unemployment rate was 21 percent, officials said.", []],
  // "the most recent poll" is the poll named just before; "to 29 points" a share's new level; a poll's dated share ("In March") is its past, not a rival of another poll's now
  ["Polls Differ", "Two new polls of the race disagree. In March, Vell had 38 percent support in an Orbis poll. The most recent poll shows Vell has fallen to 27 percent. Vell rose three points in the Tally survey to 29 points.", [["27 percent", "29"]]],
  ["Polls Differ", "Vell had 38 percent support in an Orbis poll. A poll shows Vell has fallen to 27 percent.", []],
  ["Polls Differ", "Vell had 38 percent support in an Orbis poll. Vell's lead over Orrin rose in the Tally survey to 13 points.", []],
  ["Count Disputed", "Vell received 1.2 million votes, the election board said. The campaign said Vell won 1.4 million votes.", [["1.2 million", "1.4 million"]]],
  ["Count Disputed", "Vell received 1.2 million votes, the election board said. The campaign said Vell received 1.4 million emails.", []],
  ["Polls Differ", "The worry in Osk is real: A recent Orbis poll showed that only half — 55 percent — of Ames supporters said they were planning to back Vell. Another Tally poll found 78 percent of Ames voters backing Vell.", [["55 percent", "78 percent"]]],
  ["Polls Differ", "An Orbis poll found 62 percent of Republican voters support the plan. A Tally poll found 48 percent of voters support the plan.", []],
  ["Polls Differ", "In an Orbis poll, 8 percent of Democrats said they would back Vell; 12 percent of Democrats said they would back Vell in March.", []],
  ["Emails", "Ames said: \"I have acknowledged that using two email accounts was a mistake,\" but in fact Ames used only one email account.", [["only one", "two"]]],
  ["Emails", "Ames said she was the only one who used two email accounts.", []],
  ["Refugees", "Ames never cited a source for his claim that Vell wants to take in as many as 250,000 Syrian refugees (Vell has proposed accepting 10,000 Syrians).", [["10,000", "as many as 250,000"]]],
  ["Refugees", "Vell wants to take in 250,000 refugees (including 10,000 children).", []],
  ["Plant to Close", "The closure of the plant will cost 1,200 jobs, the union said. The company said 450 jobs would be lost.", [["1,200", "450"]]],
  ["Quake in Veska", "The earthquake destroyed 2,400 homes in Veska district, the ministry said. The Red Lantern society's count was 3,900 homes destroyed.", [["2,400", "3,900"]]],
  ["Flights Grounded", "The storm forced the cancellation of 340 flights at Corvin airport, the operator said. Controllers put the number of cancelled flights at 520.", [["340", "520"]]],
  ["Rallies", "About 12,000 people gathered in Varn, police said. A separate rally drew about 8,000 people, organizers said.", []],
  ["Plant Closes", "The closure of the plant will cost 1,200 jobs, the union said. The company said 450 jobs at its other plant would be lost in 2019.", []],
  ["Factory Jobs", "Governor Pell Arnaut said the new factory in Saxby has created 3,000 jobs. The factory's owner, Volta Kines, said it has created 1,100 jobs so far.", [["1,100", "3,000"]]],
  ["Petrol Price", "Petrol costs €1.92 a litre at stations in Marlo, the club said. The ministry said petrol in Marlo cost €1.61 a litre.", [["€1.61", "€1.92"]]],
  ["Fire Toll", "The brigade initially said 5 people died in the blaze. On Tuesday, officials said 8 people died in the blaze.", []],
  ["Shipments Fall", "PC shipments in the third quarter dropped by 8.6 percent, the IDC said. Chip shipments fell by 4 percent, Dean Orr said.", []],
  ["Bridge Bill", "The Tavish Bridge cost taxpayers $4.5 billion, the minister said. The auditor put the cost of the bridge at $6.2 billion.", [["$4.5 billion", "$6.2 billion"]]],
  ["Fund Losses", "The fund cost investors $40 million, the regulator said. The auditor put the cost of the bridge at $6.2 billion.", []],
  ["Growth Numbers Diverge", "The economy grew 2.4% in the second quarter, the minister said. But figures from the National Statistics Agency show second-quarter growth of 1.1%.", [["1.1%", "2.4%"]]],
  ["Bus Plunge Kills 14 on Mountain Road", "Eleven people were killed when a bus left the road near Ostra, police said.", [["14", "Eleven"]]],
  ["Growth Misses Forecast", "The ministry had forecast growth of 3 percent for 2025. The statistics office said the economy grew 1.8 percent in 2025.", []],
  ["Poll", "A Gallup poll showed that while only 2% of Americans described themselves as rich, 31% described themselves as poor.", []],
  ["Fact Check", "Senator Ray Dunmore claimed that he won 'more than 2 million votes' in the race. In fact, certified results from the elections office show he received 1.6 million votes.", [["1.6 million", "more than 2 million"]]],
  ["Fact Check", "Senator Ray Dunmore claimed that he won 'more than 2 million votes' in the race. In fact, results show his rival Ames received 1.6 million votes.", []],
  ["Ratings", "Her negative ratings outweigh her positives by 24 points, according to the Orbis poll. Among Latinos, her net positive is just two points.", []],
  ["Forest Fire", "The blaze burned 12,000 hectares of forest, the agency said. An analysis by the Orbis Institute found that some 19,500 hectares of forest had burned.", [["12,000", "some 19,500"]]],
  ["Pipeline", "The new pipeline will run 410 kilometres, the company said. Terra Watch said the pipeline will be 560 kilometres long.", [["410", "560"]]],
  ["Pipelines", "The new pipeline will run 410 kilometres, the company said. Terra Watch said the old canal is 560 kilometres long.", []],
  ["EV Sales", "Korvath sold 48,000 cars in Europe last year, the carmaker said. Figures from the Automobile Association show Korvath sold 41,500 cars in Europe in the same year.", [["41,500", "48,000"]]],
  ["EV Sales", "Korvath sold 48,000 cars in Europe last year, the carmaker said. Figures from the Automobile Association show Korvath sold 41,500 cars in Europe this year.", []],
  ["Polls Split", "A Kestrel poll found that 41 percent of voters support the new toll. A Delmont survey put support for the toll at 33 percent.", [["33 percent", "41 percent"]]],
  ["Polls Split", "A Kestrel poll found that 41 percent of voters support the new toll. A Delmont survey put support for the bridge at 33 percent.", []],
  ["Recall", "Torvik is recalling 212,000 vehicles, the company said. The regulator said the recall covers 340,000 vehicles.", [["212,000", "340,000"]]],
  ["Cargo", "The freighter was carrying 3,100 containers, the port authority said. The owner said 2,650 containers were on board.", [["2,650", "3,100"]]],
  ["Strike", "About 45,000 teachers walked out on Monday, union leaders said. The ministry said 28,000 teachers joined the strike.", [["28,000", "About 45,000"]]],
  ["Cargo", "The freighter was carrying 3,100 containers, the port authority said. The owner said 2,650 containers were unloaded.", []],
  ["Floods", "Floods in Varnel have killed 14 people, the governor's office said. But the Red Crescent put the number of dead at 23.", [["14", "23"]]],
  ["March", "Organisers said 80,000 people marched through central Lussa on Saturday. Police counted 22,000 marchers.", [["22,000", "80,000"]]],
  ["Measles", "The health department has confirmed 212 cases of measles since January, a spokeswoman said. Figures compiled by the Medical Association show 340 measles cases over the same period.", [["212", "340"]]],
  ["Nurses Strike", "About 12,000 nurses walked off the job across Pellamy, according to the union. The ministry said only 4,500 nurses had joined the strike.", [["4,500", "About 12,000"]]],
  ["Transfer", "Dravenport paid €48 million for the striker, the Gazette reported. The club's chairman said the fee was €35 million.", [["€35 million", "€48 million"]]],
  ["Fine and Fee", "Dravenport paid €48 million for the striker, the Gazette reported. The league said Dravenport was fined €35 million.", []],
  ["Jobs", "Quillon will cut 1,100 jobs, Ledgerline reported. The chief executive said 640 jobs would go.", [["1,100", "640"]]],
  ["ER Waits", "Patients waited an average of 14 hours in the emergency department last month, the alliance said. The hospital said the average wait last month was six hours.", [["14", "six"]]],
  ["Mayor Wins", "The incumbent mayor, Lena Poch, won 54 percent of the vote, the commission said. Her rival's campaign said Poch won 49 percent of the vote.", [["49 percent", "54 percent"]]],
  ["Poll Rounds", "Trump received 37 percent and Clinton had 36 percent, according to the results. In another match-up Clinton received 38 percent.", []],
  ["Dumping", "The paper mill, the union claims, dumped 40 tonnes of sludge into the river last year. Regulators say the mill dumped 12 tonnes of sludge in that year.", [["12", "40"]]],
  ["Jobless Rate", "Unemployment dipped to 4.9 percent in January. The rate was at 7.8 percent when the president took office in January 2009 and peaked at 10 percent in October of that year.", []],
  ["Storm Hits Varn", "Police said 20 people were killed in Varn. Police said 12 of them were women.", []],
  ["Storm Hits Varn", "Police said 20 people were killed in Varn in 2019. Medics said 35 people were killed in Varn in 2021.", []],
  ["Plant Grows", "The company said the plant builds 400 homes a year. The union said the plant has built 3,000 homes.", []],
  ["Jobs Plan", "The company said it cut 300 jobs last year. The company said it will cut 450 jobs.", []],
  ["Emails Found", "The memo said two emails were sent to Ames and 10 emails were sent to aides. The inspector said a dozen emails were sent.", []],
  ["Poll Splits", "The poll found 78 percent of Hispanics have an unfavorable view. Among women, the figure is 75 percent.", []],
  // a voice's own earlier word, told in the pluperfect at a time named, is superseded by its later one (the headline's)
  ["Toll Rises to 19", "The toll rose to 19 on Wednesday, the director, Ana Reyes, said. Reyes had said on Tuesday that 12 people were confirmed dead.", []],
  // two sides' counts of one getting ("received 12,084 votes to Whitaker's 10,951") are two quantities, and each side's may be disputed
  ["Ramos Wins", "According to the certified results, Ramos received 12,084 votes to Whitaker's 10,951. Her campaign manager, Ted Obi, said Ramos received 12,480 votes.", [["12,084", "12,480"]]],
  // a reach far past a rough count disagrees with it; a word of rough size ("thousands") states no number to disagree with
  ["Thousands March in Lusk", "As many as 20,000 people marched through Lusk on Saturday, organisers said. Police put the crowd at about 3,500.", [["As many as 20,000", "about 3,500"]]],
  ["Thousands March in Lusk", "As many as 20,000 people marched through Lusk on Saturday, organisers said.", []],
  ["Thousands March in Lusk", "As many as 4,000 people marched through Lusk on Saturday, organisers said. Police put the crowd at about 3,500.", []],
  // a headline's figure that no body figure repeats or agrees with is the one body figure of its unit, kind and counted thing that shares most of its words
  ["Poll puts Verdant Party on 38% ahead of Lusk vote", "The online poll of 1,204 decided voters put the Verdant Party on 34 percent, followed by the Oak Party on 31 percent.", [["34 percent", "38%"]]],
  ["Tessa Ruiz takes council seat with 9,480 votes", "According to the certified results, Ruiz received 9,084 votes to Dale's 7,951.", [["9,084", "9,480"]]],
  ["Cholera cases top 500 in Varn", "The ministry has recorded 512 suspected cholera cases in Varn since August.", []],
  ["Orbis wins $368M from rival", "The rival was ordered to pay Orbis $368.2 million for infringing its patents.", []],
  ["Storm kills nine in Port Avel", "The storm killed 23 people across the region, including 9 in Port Avel.", []],
  ["Murder rate falls to lowest in 20 years", "There were 38 murders in the city last year, police figures show.", []],
  ["Lusk saves 90% on cache", "The firm said it can throw away 50% of its cache while keeping performance.", []],
  // two sides whose names share only their kind are two sides ("Verdant Party" and "Oak Party")
  ["Polls Differ", "A Lusk poll put the Verdant Party on 34 percent. A Varn survey put the Oak Party on 31 percent.", []],
  ["Polls Differ", "A Lusk poll put the Verdant Party on 34 percent. A Varn survey put the Verdant Party on 29 percent.", [["29 percent", "34 percent"]]],
  // a voice's earlier word in the pluperfect, its time named after the figure ("had put the toll at 12 on Monday evening"), is superseded
  ["Toll Rises to 19", "The toll has risen to 19, the disaster office said on Wednesday. The office had put the toll at 12 on Monday evening.", []],
  // one country however written ("the United States", "the U.S.")
  ["Recall", "Torvik is recalling 84,000 cars in the United States, the company said. The regulator said the recall covers 112,000 cars in the U.S.", [["112,000", "84,000"]]],
  // a headline that rounds at its scale ("$4.9B" for "$4.87 billion") agrees
  ["Revenue Climbs to $4.9B", "The company reported third-quarter revenue of $4.87 billion on Thursday.", []],
  // a count said to the hundred, within half its step and 2 percent, rounds ("12,500" for "12,480"); "2,000" is no rounding of "1,600"
  ["Torvik Recalls 12,500 Cars", "Torvik is recalling 12,480 cars in the United States, the company said on Monday.", []],
  ["Torvik Recalls 2,000 Cars", "Torvik is recalling 1,600 cars in the United States, the company said on Monday.", [["1,600", "2,000"]]],
  // a figure revised later ("revised that figure to 17") is superseded, whoever is read as giving either
  ["Stand Collapse Injures 17", "Seventeen people were injured when a stand collapsed at Lusk Park on Sunday. In a first statement, Lusk Fire and Rescue said 12 people had been injured. In an update at 6pm, the service revised that figure to 17.", []],
  // a level denied ("has not been above 6 percent since 2021") gives no level; a seasonally adjusted rate is still the rate
  ["Jobless Claim", "Unemployment in the state is at 9 percent, Senator Dale Roe said. The state's seasonally adjusted unemployment rate was 4.6 percent, the labour department said. The rate has not been above 6 percent since 2021.", [["4.6 percent", "9 percent"]]],
  // a place that speaks as its government ("Oradi State Governor ... said") is still the place of a figure
  ["Floods Kill 64 Across Varnia, 23 in Oradi State", "Flooding has killed 64 people across Varnia since August, the relief agency said. Oradi State is the worst affected, with 23 deaths, the agency said. Oradi State Governor Ada Eze said the floods had displaced thousands.", []],
  // a company's own sites, named ("at its Port Esk workshops"), are that place, not the company's domain
  ["Dunhill Rail to Cut 450 Jobs at Port Esk", "PORT ESK — Dunhill Rail will cut 380 jobs at its Port Esk workshops, the company said.", [["380", "450"]]],
  // the ends of a change from one level to another ("fell from 8.1 percent to 7.5 percent") are the level before and the level now
  ["Jobless Rate", "Unemployment fell from 8.1 percent to 7.5 percent in June, the statistics office said. The union said unemployment was 9.5 percent in June.", [["7.5 percent", "9.5 percent"]]],
  // a definite count with what befell it after its noun ("the 12 people killed"), or in a partitive ("one of the 40 homes destroyed"), is a count in its own right
  ["Quake", "Mourners gathered for the 31 people killed in the quake. The Red Crescent said 44 people were killed in the quake.", [["31", "44"]]],
  ["Floods", "Volunteers are caring for some of the 60 families displaced by the floods, the charity said. The council said 85 families were displaced by the floods.", [["60", "85"]]],
  ["Penalty", "Regulators said the $3.4 million penalty was the largest they had imposed. The bank said the penalty was $4.1 million.", [["$3.4 million", "$4.1 million"]]],
  ["Floods", "Volunteers are caring for some of the 60 families displaced by the floods, the charity said. The council said 85 families were rehoused after the floods.", []],
  ["Quake", "The two were pulled from the rubble, rescuers said. The Red Crescent said 44 people were killed in the quake.", []],
  // two voices' areas of one fire, however the burning is said
  ["Cedar Lake fire grows", "The fire service said the Cedar Lake fire was estimated at 8,400 hectares on Wednesday. The mayor said on Wednesday the blaze now covers about 12,000 hectares.", [["8,400", "about 12,000"]]],
  // the children of a school, however named, are one count
  ["Gunmen seize pupils", "Police said 47 students were abducted on Friday. The principal said sixty-three pupils had been taken on Friday.", [["47", "sixty-three"]]],
  // a verdict is money awarded, and "totaled" right before its figure only links it
  ["Jury sides with worker", "\"The jury awarded $450,000,\" the worker's attorney, Dana Roe, told reporters on Friday. Acme said in a statement on Friday that the verdict totaled $380,000.", [["$380,000", "$450,000"]]],
  // a total is the count itself; a wide scope ("across the country", "nationally") is one scope however said, and no named place's
  ["Festival draws crowds", "The Orrin Lantern Festival attracted 1.2 million visitors over its ten days, the tourism board said. The organiser put total attendance over the ten days at 850,000.", [["1.2 million", "850,000"]]],
  ["Trolleys", "The nurses' union said 612 patients were on trolleys in hospitals across the country on Tuesday. The health authority said 487 patients were waiting on trolleys nationally on Tuesday.", [["487", "612"]]],
  // two voices' rain at one gauge; two gauges are two depths; a drain's rate is none
  ["Rain floods Osk", "The weather service said its Osk observatory recorded 112 mm of rain in the 24 hours to Tuesday. The mayor said the Osk observatory had logged 148 mm in the same 24 hours, and that the drains can take 50 mm an hour.", [["112", "148"]]],
  ["Rain floods Osk", "The weather service said its station at Osk recorded 240 millimetres of rain on Tuesday, while the Marl Heights station recorded 98 millimetres on Tuesday.", []],
  // "across the province" is the province named before ("in Marl province"); a rate per 1,000 is no count
  ["Typhoon in Marl province", "The typhoon struck Marl province on Wednesday. The disaster office said four people had died in Marl on Wednesday. The governor said on Wednesday that seven residents had been killed across the province.", [["four", "seven"]]],
  ["Dengue in Osk", "Osk district has recorded 3,412 dengue cases this year, the health department said. That works out to 1.9 cases per 1,000 residents, an official said.", []],
  // a poll's shares with the passive's verb left out ("Sanders by 30%") are each their side's
  ["Poll", "A Daily Ledger/Orbis University poll found that in a race with Ames as the nominee, Ames was chosen by 37% of likely voters, Vell by 30% and Orrin by 16%.", []],
  // a disaster as the doer, against no doer said, is one harm; two disasters' counts stay two
  ["Fire razes 37 homes in Orrin Valley", "Assessment teams had confirmed 29 houses lost in Orrin Valley, the fire service said.", [["29", "37"]]],
  ["Storms in Orrin Valley", "The storm destroyed 40 homes in Orrin Valley, officials said. A flood last year destroyed 60 homes in Orrin Valley, the council said.", []],
  // each voice's only count of one thing, one act said two ways ('evacuated' / 'led out', 'enrolled' / 'has', 'abducted' / 'taken'): one quantity
  ["Fire at Quarry Row tower", "Firefighters said 40 residents were evacuated from the tower on Sunday. The housing association said 95 residents were led out of the building on Sunday.", [["40", "95"]]],
  ["Harlow Academy places", "The school board said 620 pupils enrolled at Harlow Academy this year. Fair Places, a parents' group, said the academy has 710 pupils this year.", [["620", "710"]]],
  ["Gunmen seize villagers", "Police said 14 villagers were abducted by gunmen on Friday. Local elders said the gunmen had taken 22 villagers.", [["14", "22"]]],
  // a sum of money counts money, however its verb or noun names it ("spent ... repairing" / "the full cost of the work came to")
  ["Osk bridge bill disputed", "The Varn roads department spent £6.3m repairing the Osk bridge, its director, Ada Obi, told councillors. A residents' group said the full cost of the work came to £8.1m.", [["£6.3m", "£8.1m"]]],
  // ... and a quantity in a unit of measure its unit (a bare head, "the unit", is the one the article names, "the Osk unit")
  ["Osk plant back online", "The utility said the repaired Osk unit had added 450 megawatts to the grid on Monday. The energy minister, Ada Obi, said the unit brought 380MW back onto the system on Monday.", [["380", "450"]]],
  ["Osk tower", "The Osk tower rises 310 metres, its builder said. The city said the tower's spire alone adds 40 metres.", []],
  // ... but not two acts named by content verbs, a gap between two levels, a value given elsewhere as a part, a span of time,
  // a threshold needed, two doers (a pronoun doer is its speaker), or a maximum against a guaranteed sum
  ["Trees in Osk", "The council said it planted 3,000 trees in Osk this year. A residents' group said 1,800 trees were felled in Osk this year.", []],
  ["Brewery year", "The brewery said it produced 90,000 bottles last year. Distributors said they sold 70,000 bottles last year.", []],
  ["Homes target missed", "Just 210,000 homes were built in the decade, the ministry said. An opposition spokesman said the shortfall of 90,000 homes was a failure.", []],
  ["Floods in Vell province", "Floods killed 31 people in Vell province, eight of them in the city of Marl, officials said. The city's mayor said the 8 victims included three children.", []],
  ["Coach leaves club", "The coach said he had worked at the club for 12 years. The chairman said fans had waited nine years for a title.", []],
  ["Delegate race", "An aide said the candidate is on course for the 1,500 delegates needed to win. A rival campaign said the candidate will get 1,320 delegates.", []],
  ["Orla cuts", "Orla Foods said it would cut 300 jobs. Its rival Benn Foods said it would cut 450 jobs.", []],
  ["Transfer deal", "The club said it paid a fee of £17 million. The selling club described the deal as worth up to £22 million.", []],
  // (sums of money of two known acts, or of a doer that is its own speaker, are two quantities)
  ["Osk school", "The Varn council said the new school cost £9.4m. The builder, Osk Construction, said it had lost £7.2m on the contract.", []],
  ["Osk charity", "The charity said it raised $3.4 million last year. Its auditors said the charity spent $2.9 million last year.", []],
  ["Osk fund", "The ministry said the flood fund paid out $1.8 million to farmers. Ada Obi, who heads the farmers' union, said members had claimed $2.6 million in damages.", []],
  // a factbox's lines and a photo's caption are voices of their own beside the body, their labels read as sentences
  ["Derby day", "A crowd of 52,300 packed Holm Road for the derby on Sunday.\n\nMATCH FACTS\nAttendance: 48,120\nReferee: J. Okon", [["48,120", "52,300"]]],
  ["Storm damage", "The storm destroyed 31 homes in the valley, the county said.\n\nAT A GLANCE\nHomes lost: 44\nRoads closed: 12", [["31", "44"]]],
  ["Hill fire", "The hill fire, which started on Monday, has burned 3,100 hectares, the fire service said on Wednesday.\n\nAt a glance. Area burnt: 4,800 ha. Crews: 220.", [["3,100", "4,800"]]],
  ["Grass fire", "The grass fire has burnt 900 hectares since it began last Friday.\n\nPHOTO: Crews on Tuesday at the edge of the grass fire, which has burnt 1,400 hectares.", [["1,400", "900"]]],
  ["Wind in Osk", "Gusts of up to 120km/h were recorded at Osk airport, the weather office said.\n\nPHOTO: A roof torn off after a 160km/h gust was recorded at Osk airport.", [["160", "up to 120"]]],
  ["Flood in Tarn", "The flood in Tarn had swept away 12 bridges and destroyed 40 homes by Friday, the agency said. Residents said 65 homes were destroyed.", [["40", "65"]]],
  // a campaign's account of a poll is the campaign's, set against the poll's own: a pronoun side, a described rival, a rival "well ahead of"
  ["Orbis poll", "Rae Vell's campaign sent a memo on Monday saying she is backed by 49 percent of likely voters in the Orbis Institute's latest survey, well ahead of Tom Orrin.\n\nThe Orbis Institute's own release shows Vell at 45 percent among likely voters and Orrin at 43 percent.", [["45 percent", "49 percent"]]],
  ["Orbis poll", "Rae Vell's campaign hailed the Orbis Polling Institute survey, telling supporters that she leads with 50 percent to challenger Tom Orrin's 38 percent.\n\nThe institute's own release gives Vell 46 percent of likely voters and Orrin 42 percent.", [["46 percent", "50 percent"], ["38 percent", "42 percent"]]],
  // a side's lead in points, as each poll or average gives it: a list that leaves the verb out, a list told "respectively"
  ["Averages", "Polling averages show Vell with a narrow lead, with Orbis showing her ahead 3 points, TallyPoll 4.3 points, and Kelby 2.1 points.", [["3", "4.3"], ["2.1", "3"], ["2.1", "4.3"]]],
  ["Match-ups", "Orrin also finished ahead of Vell in hypothetical match-ups in recent polls from Orbis and Tally News, by 8 points and 11 points, respectively.", [["11", "8"]]],
  // a price per unit of a good, whatever the verb; a length said before its noun; a caption's line inside a paragraph
  ["Rice prices", "Rice was being sold at ₱52 per kilo at the Osk market on Monday, the department said. A consumer group said its volunteers found the same rice retailing at ₱58 a kilo at the market that day.", [["₱52", "₱58"]]],
  ["Fuel", "Marketers in Osk raised the pump price of petrol to ₦617 per litre on Monday. Photo caption: An attendant in Osk, where petrol sold for ₦671 per litre on Monday.", [["₦617", "₦671"]]],
  ["New bridge", "The minister described the new bridge at Osk as 2.4 km long.\n\nPHOTO: The 3.2-km bridge at Osk, opened in January.", [["2.4", "3.2"]]],
  // the hurt of a gathering are its people, however they are called ("devotees", "concertgoers"); a day the telling is dated by, after its object, is no day of the count
  ["Crush at arena", "Forty-six people were injured in a crush at Osk Arena on Friday night, the ambulance service said. The operator said in a statement on Saturday that twenty-eight concertgoers had been hurt in the crush at Osk Arena.", [["Forty-six", "twenty-eight"]]],
  ["Bus crash", "Police confirmed the crash in a statement on Sunday, saying 14 persons lost their lives. A road safety official told journalists that eighteen people were killed in the crash.", [["14", "eighteen"]]],
  // families moved to shelter are displaced; a storm's name is no place; a chain's stores and shops, a part of them counted in them; things counted and their number
  ["Typhoon Vell", "The agency put the toll from Typhoon Vell at 23 on Tuesday and said 4,850 families had been moved to evacuation centres. The governor said on Tuesday that 7,300 displaced families were sheltering in schools.", [["4,850", "7,300"]]],
  ["Osk Homes", "Osk Homes will close 42 of its 310 stores by the end of January, the company said. The union said it had been told that 57 shops would shut by the end of January.", [["42", "57"]]],
  ["Heron census", "The number of herons at Osk Marsh has risen to 1,430, the wildlife service said after the census in February. The marsh trust said that 1,120 herons had been counted at Osk Marsh in the census in February.", [["1,120", "1,430"]]],
  // ... but not a result a headline posts against the forecast, nor a target band against the rate, nor a source's own earlier toll
  ["Osk posts $37.5-million deficit", "The city of Osk ended the year with a deficit of $37.5 million, its audited statements show. When the budget was approved, staff had forecast a shortfall of $42 million.", []],
  ["Inflation", "Inflation slowed to 4.9 percent in the June quarter, the statistics office said. The governor said inflation of about 5 percent was above the bank's 1 to 3 percent target band.", []],
  ["Landslide toll", "The toll from the landslide in Osk rose to 15 on Wednesday, the disaster office said. The office had earlier put the toll at 12.", []],
  // ... but not a profit per share against a price, nor two goods
  ["Fuel and diesel", "Petrol sold for ₦617 per litre in Osk on Monday, the survey showed. Diesel sold for ₦700 per litre in Osk on Monday, dealers said.", []],
  // ... but not a lead that changed, nor one poll's lead in two months
  ["Lead narrows", "Vell's lead over Orrin in the Orbis poll narrowed to 5 points from 7 points.", []],
  ["Orbis poll", "Vell led Orrin by seven points in the Orbis poll in August. In the Orbis poll in September, Vell led Orrin by five points.", []],
  // a factbox's lines after a heading and between semicolons, each of the time its label names; "headline inflation" is the inflation rate
  ["Prices", "Headline inflation rose to 6.8 percent in March from 6.1 percent in February, the statistics office said. FACTBOX - Key numbers: Inflation, March: 7.2%; Inflation, February: 6.1%; Policy rate: 6.50%.", [["6.8 percent", "7.2%"]]],
  // a participle after a noun of money ("the penalty imposed was"); what a deal is worth is what is paid in it
  ["Bank fined", "The central bank said it had fined Osk Bank ₦150 million for breaching the rules. The lender said the penalty imposed was ₦50 million.", [["₦150 million", "₦50 million"]]],
  ["Striker signs", "Vell United said they had sold the striker for a fee of £22m. The buying club's chairman said the deal was worth £16.5m including add-ons.", [["£16.5m", "£22m"]]],
  // a fee a source put a figure on in a reduced relative ("a fee the club described as"), and a sum's aside of what it includes
  ["Striker joins", "Osk City signed the striker on Thursday for a fee the club described as \"around 45 million euros\". Vell, in its own announcement on Thursday, said the fee was 52 million euros.", [["52 million", "around 45 million"]]],
  // a deficit however named ("shortfall", "short of"), an adverb of truth before the figure; cash stolen however said; a day a statement is dated by
  ["Provincial deficit", "The province ran a deficit of $3.82 billion in the fiscal year, the finance minister told the legislature. The auditor general said the shortfall for the same year was actually $4.6 billion.", [["$3.82 billion", "$4.6 billion"]]],
  ["Bank robbery", "Robbers attacked a bank in Osk on Thursday. Police said the robbers made away with ₦45m in cash. But in a statement on Friday, the bank said the amount stolen was ₦18.6 million.", [["₦18.6 million", "₦45m"]]],
  // two figures the writer sets against each other ("rather than", ", not"): one quantity, the second in the voice its clause names
  ["Streetcar tax", "Owners in the district will have to pay more than they were told ($85 million rather than the $62.5 million streetcar officials had long publicized).", [["$62.5 million", "$85 million"]]],
  // ... but not a sum and what it leaves out
  ["Osk budget", "The council will spend $40 million on roads, not including $5 million for bridges.", []],
  // things a recall covers are the things recalled, however named ("SUVs", "vehicles"); a model year is no year of the count
  ["Osk Motors recall", "Osk Motors is recalling 120,000 Vell SUVs from the 2021 to 2023 model years, the automaker said. A notice posted by the safety board lists 187,000 vehicles covered by the same recall.", [["120,000", "187,000"]]],
  // degrees in a sentence of heat are the temperature, a high its maximum, a factbox's "Maximum temperature" too ("48.1°C." ends its line)
  ["Heat in Osk", "The temperature at the Osk observatory climbed to 46.2 degrees Celsius on Monday, the Met department said. FACTBOX: Osk observatory, Monday. Maximum temperature: 48.1°C. Minimum temperature: 31.4°C.", [["46.2", "48.1"]]],
  ["Heat in Vell", "The weather bureau recorded a high of 34.1C at Vell on Tuesday. The district officer said Vell had touched 36 degrees on Tuesday afternoon.", [["34.1", "36"]]],
  // "the same road" is the road named before
  ["Road audit", "The county says the 14-kilometre Osk–Vell road cost KSh 2.3 billion to build. The auditor's report puts the cost of the same road at KSh 3.1 billion.", [["KSh 2.3 billion", "KSh 3.1 billion"]]],
  // where the hurt were taken is not where they were hurt
  ["Minibus crash", "Eighteen passengers were injured when a minibus overturned near Osk market on Saturday, police said. A county health official said twenty-three people had been hurt in the crash near Osk market and were treated at Vell General Hospital.", [["Eighteen", "twenty-three"]]],
  // a factbox's list of bare counts after its heading; posts no one holds are vacancies
  ["Osk schools", "Schools in Osk started the autumn term with 312 unfilled teaching posts, according to figures released by the council. FACTBOX – Osk schools at a glance: 184 schools; 96,000 pupils; 428 teacher vacancies.", [["312", "428"]]],
  // crashes counted after the harm they did, however named
  ["Holiday roads", "The road safety agency said 87 people died in 64 crashes on roads in Osk State over the holiday. The state police said 112 deaths had been recorded in Osk State over the holiday, from 91 road accidents.", [["112", "87"], ["64", "91"]]],
  // fans who watched a match where it was played are its crowd
  ["Derby", "The derby at Osk Stadium ended 1-1 in front of a packed house. The club's chief executive said 27,500 fans watched the match at Osk Stadium. The match commissioner's report recorded an official attendance of 19,800.", [["19,800", "27,500"]]],
  // ... but not the rain two places recorded, nor a score
  ["Heavy rain", "Kampung Vell recorded 312mm of rain in 24 hours, while Osk recorded 198mm, the Meteorological Department said.", []],
  // ... but a label of no count, and a count since a day against that day's
  ["Profile", "The mayor, who is 46, took office in May.\n\nFACTS\nAge: 51\nTerm: 2 years", []],
  ["Storm toll", "Police said 20 people were killed on Saturday. Medics said 35 people have been killed since Saturday.", []],
  // a share of a population with a verb and its object: what that share did
  ["Pass rate row", "'Seventy percent of our pupils passed the maths exam this year,' the head teacher said. Figures from the exam board show that 55 percent of Osk pupils passed the maths exam this year.", [["55 percent", "Seventy percent"]]],
  ["Flu jabs", "Councillor Ida Marr said 80% of residents over 65 in Osk had received a flu jab this winter. The health office reports that 61% of residents over 65 in Osk have received a flu jab this winter.", [["61%", "80%"]]],
  // ... but the share of another age group is another group's
  ["Flu jabs", "The health office said 61% of residents over 65 in Osk have received a flu jab this winter. Councillor Ida Marr said 35% of residents in Osk had received a flu jab this winter.", []],
  // money taken in is money raised
  ["Gala raises $450,000", "The gala at the Osk Hotel on Saturday brought in $380,000, said the foundation's director, Ana Vell.", [["$380,000", "$450,000"]]],
  // a level of a wider scope, a part of the place named by its kind, and a demand, are no rival of the place's own level
  ["Osk rents hit €1,600", "Average monthly rents in Osk reached €1,600 in June, the property site said, well above the national average of €1,420. In the town centre, two-bedroom flats advertise for an average of €1,880.", []],
  ["Pass rate climbs to 81.2%", "Osk province achieved a pass rate of 81.2 per cent, the education chief said on Friday. The national pass rate was 82.6 per cent.", []],
  ["Strike in Osk", "The union wants the government to release Sh9.6 billion for the pay deal. The minister said Sh6 billion would be released by the end of the month.", []],
  // a headline's first word names its rate; a bare "rate" is the kind named before it; another definition is another measure
  ["Jobless rate climbs to 31.5%", "Osk's official unemployment rate rose in the third quarter, the statistics bureau said on Tuesday. The bureau's survey put the rate at 30.9 percent. Under the expanded definition, which counts discouraged job seekers, the rate was 41.2 percent.", [["30.9 percent", "31.5%"]]],
  // a word of rough size is said loosely upward ...
  ["March in Osk", "Thousands of nurses marched through Osk on Saturday. Police estimated the crowd at 14,000.", []],
  // people counted for an act without their kind are the one kind of person the article counts for it
  ["Avalanche on the north face", "The mountain rescue service said five climbers were missing on Sunday. The tourist office said eight people were missing, citing the hut warden's register.", [["eight", "five"]]],
  // a quarter of a place is a place of its own
  ["Storm cuts power", "About 27,000 households in northern Osk County were without power on Wednesday, the cooperative said. In the county's southern half, 9,000 customers lost electricity, a Vell Power spokesperson said.", []],
  // two voices, each giving its figure in turn
  ["Clashes in Osk", "A march against the reform in Osk ended in scuffles on Thursday. Police and organisers put attendance at 3,200 and 12,000 respectively.", [["12,000", "3,200"]]],
  // ... and what is counted bare is the one kind the article counts for that act
  ["Snow grounds flights", "Heavy snow forced the cancellation of 214 flights at Marlow airport on Friday, the airport operator said. Figures released by the air navigation service showed 268 cancellations at the airport on Friday.", [["214", "268"]]],
  // another reckoning as the sentence's subject; a headline that repeats a body change is no rival of the body's levels
  ["Jobless rate climbs to 31.1% as 150,000 jobs shed", "The official unemployment rate rose to 31.1% in the second quarter, the statistics agency said on Tuesday. The number of employed people fell by 150,000 to 16.2 million. The expanded definition, which includes discouraged work-seekers, put the rate at 41.9%. Construction lost 40,000 jobs, the biggest decline of any sector.", []],
  // a caption in brackets is the caption's; a count of the year so far is no one event's
  ["Footbridge collapse: 12 dead", "Twelve people were killed when a footbridge collapsed in Osk on Sunday, the district collector said. (Photo caption: Rescuers search the river in Osk on Sunday after the collapse that killed 15 people.)", [["12", "15"], ["15", "Twelve"]]],
  ["Shaft accident", "Three mineworkers were killed when a cage plunged down the shaft near Osk on Tuesday, the company said. The union said five workers had died. Fourteen mineworkers have died in accidents in the province so far this year.", [["Three", "five"]]],
  // a span of years in the lead is every figure's
  ["Water firm fined £4.2m", "Osk Water has been fined £4.2 million after discharging sewage into the river on 19 occasions between 2019 and 2021. In a statement, the company said it 'accepts the £2.4 million penalty'.", [["£2.4 million", "£4.2m"], ["£2.4 million", "£4.2 million"]]],
  // a crowd's size in a headline, its phrase running into the verb
  ["Record 87,000 crowd sees Osk lift the cup", "Osk won the final on Sunday in front of an official attendance of 81,944, the association confirmed.", [["81,944", "87,000"]]],
  // a factbox's line with a note in brackets after its figure
  ["Acme results", "Acme Foods said on Tuesday that net income rose 12% to $610 million in its third quarter. AT A GLANCE — Acme Foods, third quarter: Revenue: $4.8 billion (+5%); Net income: $601 million (+12%); Full-year revenue outlook: $18.2 billion.", [["$601 million", "$610 million"]]],
  // a bare head is the one thing of its kind the article names for the quantity ...
  ["Osk plant", "The Osk plant will cut 2.1 million tonnes of output a year, the company said. The union said the plant would cut 3.4 million tonnes of output a year.", [["2.1 million", "3.4 million"]]],
  // ... but not "the new device" against a device named, nor what the doer "also" paid
  ["Phones", "The Vell X2 device costs $199.99 on a two-year contract. A retailer put the price of the new device at $149.99 on a two-year contract.", []],
  ["Lobbying", "The European nonprofit paid the Orlo Group $1.13 million between 2012 and 2014, according to lobbying records. The nonprofit also paid $1.07 million over the same period to Tally to lobby Congress.", []],
  // hospital admissions counted bare are the patients admitted, whom a passive with no doer counts
  ["Flu season", "A total of 1,120 patients were admitted to hospital with influenza between December 1 and February 28, according to the health agency. The Federation of Hospitals said 1,870 flu admissions had been recorded over the same three months.", [["1,120", "1,870"]]],
  // two voices before "put", their figures in turn, though a holder was read from the verb's subject
  ["Floods in Osk", "Flash floods swept through villages in the Osk valley on Wednesday. By Thursday evening, the civil protection agency and the Red Crescent put the number of dead at 17 and 26 respectively, with both saying dozens of people were still missing.", [["17", "26"]]],
  // a count that stands "now" is the latest, wherever its earlier figure is told
  ["63 arrested after stadium violence", "Police in Osk said on Sunday that 63 people had now been arrested in connection with Friday night's violence at the stadium. On Friday night the force had reported 40 arrests.", []],
  // ... a kind read from a sentence before agreeing ("Thousands of teachers marched" / "the crowd at 18,000" / "60,000 people took part")
  ["Teachers march in Osk", "Thousands of teachers marched through Osk on Saturday. Police estimated the crowd at 18,000. The union said about 60,000 people took part.", [["18,000", "about 60,000"]]],
  ["Prison riot", "At least 20 people have been killed in the fighting in Osk, the committees told reporters. Prisoners in Osk's jail also rioted overnight and activists said at least eight prisoners have been killed by government forces.", []],
  // things a count only carries are the things counted ...
  ["Osk Metro claims record 412m passenger journeys", "Osk Metro says it carried 412 million passenger journeys in 2023. However, the city transport authority's own ridership statistics, compiled from ticket-gate data, put Metro journeys in 2023 at 389 million.", [["389 million", "412m"], ["389 million", "412 million"]]],
  // ... but users of a period are no users of another
  ["Chatterly passes 500 million users", "Messaging app Chatterly now has more than 500 million monthly active users, the company said on Thursday. Daily active users reached 210 million.", []],
  // a factbox's label with a participle after its plural
  ["Waiting lists", "Figures published by the health service show that 58,400 patients were waiting for treatment at the Osk trust at the end of March. FACTBOX: Osk trust in numbers. Patients waiting, end of March: 61,200. Beds: 1,120.", [["58,400", "61,200"]]],
  // students enrolled are the students counted
  ["Osk University student numbers fall to 22,000", "Osk University has 24,500 students enrolled this year, its vice-chancellor told staff in an email.", [["22,000", "24,500"]]],
  // a part said "on its own" is a part
  ["Gallery's record year", "The gallery welcomed 1.8 million visitors in 2023, its director said. The ministry's statistics, published the same week, record 1.35 million visitors to the gallery in 2023. The autumn exhibition drew 410,000 visitors on its own, the gallery said.", [["1.35 million", "1.8 million"]]],
  // ... and "Thousands" is a floor, however far past it a count goes; a word of rough size above a count still disagrees with it
  ["Thousands flee Osk fighting", "More than two hundred thousand people have fled the fighting in Osk province, the refugee agency said.", []],
  ["Osk marches", "Photo caption: Tens of thousands march through Osk on Sunday.\n\nProtesters filled the avenue in Osk on Sunday. Police put the turnout at 6,000.", [["6,000", "Tens of thousands"]]],
  // a share said as a ratio against one in percent
  ["Waiting claim", "The health secretary said nine out of ten patients at emergency departments were treated within four hours last winter. The board's figures show that 71 percent of patients at emergency departments were treated within four hours last winter.", [["71 percent", "nine out of ten"]]],
  // ... and a toll that has risen since is an update, not a rival
  ["Landslide toll rises to 15", "Rescuers recovered nine bodies by Monday noon, the district officer said. By nightfall, he said, the toll had risen to 15.", []],
  // a reporting period is the figure's own: a quarter's revenue and nine months' are two quantities, two voices' one quarter one
  ["Osk Telecom results", "Osk Telecom reported third-quarter revenue of $4.2 billion on Tuesday. Revenue for the first nine months of the year reached $11.9 billion.", []],
  ["Osk Telecom results", "Osk Telecom reported third-quarter revenue of $4.2 billion on Tuesday. Analysts at Tally put the company's third-quarter revenue at $3.6 billion.", [["$3.6 billion", "$4.2 billion"]]],
  ["Osk Mills profit", "Osk Mills said first-half profit was $40 million. The company's profit for the full year was $95 million, its chairman said.", []],
  // a change measured "from the same quarter last year" is this quarter's, its base last year's
  ["Orlo sales jump 12%", "Orlo reported third-quarter sales of 1.8 billion kroner. Its finance chief said sales grew 9 percent from the same quarter last year.", [["12%", "9 percent"]]],
  // a count and its "others" joined in one sentence are parts of one toll, not a rival of it ("succumbed" is died)
  ["Bus crash in Osk", "Eleven people died in the crash, police said. \"Nine died on the spot and two others succumbed in hospital,\" the police commander said. The Red Cross said 14 people had lost their lives.", [["14", "Eleven"]]],
  // girls' and boys' shares are subgroups, not rivals of the overall share
  ["Osk exam results: pass percentage at 91%", "The board declared the results on Monday. Girls once again outperformed boys, recording a pass percentage of 91.4 per cent against 85.9 per cent for boys.", []],
  // a gap is a shortfall; barrels a day however written
  ["Osk council faces budget gap", "The finance director said the council faces a budget gap of $6.1 million next year. The mayor's office put next year's deficit at about $4 million.", [["$6.1 million", "about $4 million"]]],
  ["Osk oil output estimates diverge", "Osk pumped 320,000 barrels per day of crude in May, its oil ministry said. A survey by Tally estimated Osk's May output at 285,000 bpd.", [["285,000", "320,000"]]],
  // a headline's national figure is of the nation, not of the place the headline names
  ["Varn turnout hits 71% as national figure slips to 58%", "Turnout in Varn constituency reached 71 percent in Thursday's election, the commission said. Nationally, 58 percent of registered voters cast a ballot.", []],
  // one unit however written; a forecast against a level that "came in at" is no conflict
  ["Osk solar park completed", "Sunreach said the park has an installed capacity of 450 megawatts. The grid operator's register lists the park with installed capacity of 380 MW.", [["380", "450"]]],
  ["Maize harvest falls short of forecast", "The ministry had forecast a maize harvest of 2.4 million tonnes in the Osk region this season. Figures released by the cereals board on Thursday show the actual harvest came in at 1.9 million tonnes.", []],
  // a place that "had" cases or deaths is where they were counted; a day one speaks on dates the speaking
  ["Cholera cases rise in Osk", "Osk County has recorded 146 cases of cholera and four deaths since the outbreak began, the county health chief said. However, the ministry's weekly bulletin shows that Osk had 212 cases and seven deaths over the same period.", [["146", "212"], ["four", "seven"]]],
  ["Osk building collapse: 9 dead", "A four-storey building collapsed in Osk on Tuesday evening. The fire officer said nine people had died. Speaking at the same site on Wednesday morning, however, the police commissioner put the death toll at 11.", [["11", "9"], ["11", "nine"]]],
  // a day a report is published or released on dates the report, not what it counts
  ["Record crowd sees Rovers win", "Harbourside Rovers said a club-record crowd of 41,300 watched Saturday's 2-1 win at the Quayside Stadium. The league's official match report, published on Sunday, listed the attendance at 38,900.", [["38,900", "41,300"]]],
  // two shares of one verb, each naming its side, are a match-up: Vell against Orrin is another race than Vell against Ames
  ["Poll: Vell leads", "In an Orbis poll released Monday, 50 percent of respondents chose Vell while 40 percent chose Orrin. In a closer match-up, 48 percent chose Vell while 45 percent chose Ames.", []],
  // a part that names its own whole ("four of the injured") is a part of that whole, whatever the sentence counted before
  ["Express derails near Osk", "Eleven coaches derailed near Osk on Tuesday, leaving more than 60 injured. The health minister said 13 people had lost their lives, adding that four of the injured were critical.", []],
  // "each $10 move" is a step of a rule of thumb, no price
  ["Iron ore slips to $105 a tonne", "Iron ore fell 1.8 per cent to US$104.60 a tonne on Thursday. Each US$10 a tonne move in the price is worth roughly A$3 billion a year, according to Treasury estimates.", []],
  // a second dose's coverage is a quantity of its own, not a rival of the first dose's
  ["Measles vaccine coverage in Osk falls to 81%, agency says", "The share of Osk children receiving a first dose of measles vaccine fell to 81% last year, according to estimates published on Monday by the Orbis Immunisation Agency.\n\nThe health ministry rejected the estimate.\n\nCoverage for the second dose was estimated at 68%, the agency said.", []],
  // a fact box's lines may be parted by bars
  ["Osk by-election result", "Turnout in the Osk by-election was 41.3 per cent, the electoral commission said on Friday.\n\nFast facts: Electorate: 88,412 | Turnout: 46% | Quota: 18,117 | Candidates: 9", [["41.3 per cent", "46%"]]],
  // a rate per kilogramme is a rate per kilo
  ["Tea prices slide at Osk auction", "The brokers' association said the average price for the sale was $2.41 per kilogramme. The tea board, in its market report on the same sale, gave the average at $2.14 a kilo.", [["$2.14", "$2.41"]]],
  // a count of things found, with no act of its own, is the count of that thing, whoever found it; kinds of two things are two counts
  ["Haze returns to Osk", "The meteorology agency's satellite monitoring detected 1,214 hotspots in the province on Monday. The forestry ministry, however, said on the same day that its monitoring had identified 2,140 hotspots in the province.", [["1,214", "2,140"]]],
  ["Survey uncovers new species", "Scientists surveying the Osk cloud forest recorded 214 species of beetle during the expedition, the institute said. The team also logged 340 species of birds, drawing on earlier surveys.", []],
  // a body that records or lists a count is its voice, past an aside; the day a toll is put at a figure dates the reckoning
  ["Landslide buries houses in Osk", "As of 6 p.m., the provincial disaster office had recorded at least 42 dead and 19 missing. The police regional office, in a report issued at the same hour, listed 35 fatalities.", [["35", "at least 42"]]],
  ["Flash floods kill 23 in Osk", "Flash floods swept through villages in Osk district on Sunday. District disaster management officer Ranjit Borthakur put the death toll at 31 on Monday evening.", [["23", "31"]]],
  // a toll said to stand "now", up from an earlier one, updates it
  ["Live: floods in Osk – toll rises to 47", "08:40 – The district disaster office says 31 people have died so far.\n\n12:50 – The disaster office has updated its figures: 47 people are now confirmed dead, up from 31 this morning.", []],
  // a running total since a date is no rival of the count of the last day
  ["Truce in Osk under strain", "The UN mission said on Friday it had recorded 312 violations of the ceasefire in the previous 24 hours. In total, the mission has logged 2,180 violations since that date, its spokesperson told reporters.", []],
  // "ahead of X with 62": the name before "with" is whose the figure is
  ["Liberty Party wins 81 seats", "The commission said the Liberty Party won 74 seats, ahead of the governing Social Democrats with 62.", [["74", "81"]]],
  // confirmed cases, where the article counts probable ones too, are a part of all cases
  ["Measles outbreak grows to 19 cases in Osk", "State health officials on Friday confirmed five more measles cases, bringing the total to 14 confirmed cases. Another five cases are considered probable, the department said, for 19 in all.", []],
  // "at the airport" is the airport a figure before was placed at; a day a resolution is posted dates the posting
  ["Flash flooding swamps Osk", "Environment Canada said 87 millimetres of rain fell at Osk Airport in about three hours. The mayor said more than 120 millimetres had fallen at the airport.", [["87", "more than 120"]]],
  ["Transit board raises fares", "The base adult fare will rise to $3.25 from $2.75 on Jan. 1, according to the general manager. But the resolution the board adopted, posted on the agency's website Thursday, sets the new base adult fare at $3.50.", [["$3.25", "$3.50"]]],
  // a storm's wind speed is its maximum, said or not; its gusts are another speed
  ["Cyclone slams into Osk coast", "OSK, Varn (Wire) – The meteorological department said the cyclone had maximum sustained winds of 185 km/h when it crossed the coast.\n\nCaption: Boats lie smashed in Osk after the cyclone came ashore with sustained winds of 220 km/h.", [["185", "220"]]],
  ["Storm lashes Osk", "The weather service said the storm's maximum sustained winds were 95 km/h on Tuesday. Gusts of up to 130 km/h were recorded at the airport, the service said.", []],
  // levies on two things are two quantities; on one thing, one
  ["Osk exports fall after tariff hike", "Osk raised tariffs on imported machinery to 25 percent in January, the statistics office said. Osk's tariff on agricultural goods remains at 10 percent.", []],
  ["Osk tariff row", "The trade ministry said the tariff on imported steel was 25 percent. The importers' association said the tariff on imported steel was 30 percent.", [["25 percent", "30 percent"]]],
  // two exact counts more than twelve times apart are a whole and a part, not one quantity; a bound that far from a count still disagrees
  ["Record crowd sees Osk lift the cup", "A crowd of 52,400 watched Osk beat Varn 3-1 in the final at the national stadium on Sunday. Across the five-week tournament, total attendance passed 1.1 million for the first time, the tournament director said.", []],
  // a headline's level noun set right before its figure
  ["Osk quake toll at least 260, Red Crescent says", "An earthquake struck Osk province before dawn. The interior ministry said 212 people had been confirmed dead.", [["212", "at least 260"]]],
  // a kind of a level said before its head ("food prices") is another doer than the level itself ("consumer prices")
  ["Fact check: did inflation hit 12%?", "According to the statistics bureau, consumer prices rose 8.3 percent over the course of last year. The senator's office said she had been referring to food prices, which rose 12.4 percent over the same period.", []],
  // "N of that" is a part of the sum said before
  ["Osk charity's record year", "Open Hands said it raised £2 million this year. An independent auditor said £450,000 of that came from a single donor.", []],
  // a page's label ("Fact check:") is no dateline's place
  ["Fact check: did 58% of Osk residents really back the stadium?", "The council's own survey found that 58% of residents really back the stadium. The residents' association said only 41% of residents back the stadium.", [["41%", "58%"], ["41%", "58%"]]],
  // a place named in apposition to the opening locative's place noun is the sentence's own
  ["Heat record in Osk", "Temperatures hit 43.8C in Osk on Wednesday, the weather service said. In the capital, Varn, the thermometer reached 41.2C.", []],
  // a dateline's date and the lead's weekday are the article's one day: a headline's figure meets a figure of that weekday; another weekday's is another count
  ["Osk quake toll at least 260, aid group says", "VARN, Osk, May 4 (Wire) - Rescuers dug through rubble on Tuesday after an earthquake struck before dawn.\n\nThe interior ministry said 212 people died in the quake on Tuesday.", [["212", "at least 260"]]],
  // profit before tax and profit after tax are two sums of one result, however their side of tax is said; one side, one sum
  ["Osk bank's profit climbs", "Osk Bank reported a profit before tax of $48.2 billion for the half year, the bank said. Profit after tax rose to $33.6 billion, an analyst at Varn Securities said.", []],
  ["Osk bank's profit climbs", "Osk Bank reported pre-tax profit of $48.2 billion for the half year, the bank said. After-tax profit was $33.6 billion, an analyst at Varn Securities said.", []],
  ["Osk bank's profit climbs", "Osk Bank reported a profit before tax of $48.2 billion for the half year, the bank said. An analyst at Varn Securities put the bank's profit before tax at $41 billion.", [["$41 billion", "$48.2 billion"]]],
  // "a figure of N" a rival voice agreed is a figure of the quantity told before, even paragraphs later
  ["Unions and government differ on Osk minimum wage", "Labour Secretary Ada Obi told a briefing that the new minimum for workers in the region would be 1,850 pesos a day.\n\nBut the Workers' Federation said members had agreed a figure of 1,920 pesos for the same workers.", [["1,850", "1,920"]]],
  // a fixed phrase after a noun ("under discussion") is no noun of its own; a verb's "values" is a valuation
  ["Osk brewers in merger talks", "Varn Breweries said the offer values Osk Ales at £3bn including debt. A person close to the Osk Ales board said the valuation under discussion was £3.8bn.", [["£3.8bn", "£3bn"]]],
  // what a stoppage cost businesses, however the businesses are described, and whatever the money was lost as
  ["Osk port strike ends", "The chamber of commerce estimated that the strike cost local businesses €180 million in lost trade and delayed shipments.\n\nCaption: Containers stacked at Osk's terminal. The stoppage cost businesses an estimated €310 million, according to the port authority.", [["an estimated €310 million", "€180 million"]]],
  // a headline's level after the change it tells is no rival of the level before the change
  ["Judge cuts jury award in Osk dog-bite case to $2.5 million", "Jurors in March awarded the girl's family $4.2 million. In an order filed Tuesday, the judge cut the total, saying much of it was excessive.", []],
  // a reporting year that ends in a month is that year, not the month; a month of another count is no part of it
  ["Osk Holdings profit jumps 18%", "Osk Holdings reported higher annual earnings on Thursday. Net profit rose 12 per cent in the year to March, the company said.", [["12 per cent", "18%"]]],
  ["Busy year for Osk planners", "Osk District Council received 640 planning applications in the year to March, according to a report to the committee. The council also processed 1,100 applications for school places for September, a spokesman said.", []],
  // a measure with no frame of its own, in an article whose one other quantity in that unit is read, is that quantity; not rain, each gauge's own
  ["Osk bushfire out of control", "The blaze has burnt through 14,500 hectares since it was sparked on Friday, the fire service said.\n\nBut the mayor, Ada Obi, said the mapping was lagging. \"Our own people are telling us it's more than 20,000 hectares already,\" Obi told Osk Radio.", [["14,500", "more than 20,000"]]],
  ["Storm drenches Osk coast", "Osk recorded 112mm of rain in the 24 hours to 9am on Friday, the weather bureau said.\n\nJust inland, a volunteer observer, Ada Obi, said she had measured 38mm.", []],
  // a count said to the hundred, within half its step, is a rounding ("12,500" of "12,480"); "about 12,500" meets it too
  ["Rain damages crops on 12,500 hectares in Osk", "Rain has damaged crops on about 12,500 hectares in Osk district, according to the agriculture department. The district officer, Ada Obi, said a survey had so far assessed damage to crops on 12,480 hectares in Osk district.", []],
  // a party's seats won out of the pool of seats are its count, no part of one; the pool counts no act
  ["Opposition rejects Osk election result", "The electoral commission declared on Thursday that the ruling Unity Party had won 112 of the 200 seats in parliament. The opposition said its agents' tally sheets showed the Unity Party had won 94 seats.", [["112", "94"]]],
  // a level recommended ("recommends coverage of at least 95 per cent") is a norm, no rival of a level found
  ["Audit questions Osk vaccination coverage", "An audit published on Wednesday by the national audit office found coverage of 81 per cent for the first dose. The World Health Organization recommends coverage of at least 95 per cent to prevent outbreaks.", []],
  // a figure of "two weeks ago" is of another time than the article's own; a count "since" a start some weeks ago runs to now
  // (and an outbreak "that began three weeks ago" starts a count that runs to now)
  ["Cholera death toll reaches 38 in Osk State", "The Osk State Ministry of Health says at least 38 people have died in a cholera outbreak that began three weeks ago in the riverside community of Varn.\n\nBut a situation report released on Wednesday by the National Epidemic Response Centre listed 52 deaths in the state, a discrepancy the ministry has yet to explain.", [["38", "52"], ["52", "at least 38"]]],
  ["Turnout hits 48% in Osk runoff", "Turnout in Sunday's runoff in Osk was 47.6 per cent, the electoral commission said on Monday. In the first round two weeks ago, turnout was 52.3 per cent.", []],
  // a sentence that names its own year ("Last year ... over the same period") takes no time from the figure before
  ["Dengue cases climb to 2,300 in Osk", "Health officials in Osk district have recorded 2,300 dengue cases since the start of the rainy season. Last year the district recorded 1,210 cases over the same period.", []],
  // a span of time ("waiting up to two years") is no kind a count without its own noun is of: the waiting list is no count of years
  ["Osk waiting list 'worse than admitted'", "More than 55,000 people are now waiting for planned treatment at Osk's two hospitals, the town's MP, Ada Obi, has claimed. Obi said constituents were waiting up to two years for hip operations. But papers presented to the hospital trust board put the waiting list at 48,300.", []],
  // the act after a passive word of telling ("were reported killed", "were reported laid off") is the figure's act
  ["Osk mine closure", "Some 3,400 workers were reported laid off at the Osk mine, according to the Osk Herald. Fewer than 1,000 workers were laid off at the Osk mine, the company said.", [["Fewer than 1,000", "Some 3,400"]]],
  // the hurt one crew or hospital treated are some of the hurt: more of them than the injured told cannot both hold; fewer agree
  ["Blast at Osk plant", "The company said four workers were injured in the blast on Wednesday. A spokesperson for Osk General Hospital said seven workers from the plant had been brought in for treatment after the blast on Wednesday.", [["four", "seven"]]],
  ["Blast at Osk plant", "The company said nine workers were injured in the blast on Wednesday. A spokesperson for Osk General Hospital said four workers from the plant had been brought in for treatment after the blast on Wednesday.", []],
  // a figure a source is said not to have given is nobody's: no rival of another's
  ["Quake in Osk", "The ministry did not say 40 people died in the quake on Monday. Police said 25 people died in the quake on Monday.", []],
  // bodies recovered are some of the dead: fewer than a toll agree with it, more cannot both hold
  ["Landslide buries homes in Osk", "Fourteen people were killed when a landslide buried houses in Osk on Tuesday night, police said. The village head, Ada Bello, said nine bodies had been recovered by residents on Tuesday night.", []],
  ["Landslide buries homes in Osk", "Fourteen people were killed when a landslide buried houses in Osk on Tuesday night, police said. The village head, Ada Bello, said 19 bodies had been dug out by residents on Tuesday night.", [["19", "Fourteen"]]],
  // a live report's update, given anew "now" or under an update's label, supersedes the count before it
  ["Quake in Osk: latest", "10:45 The governor's office says the toll has risen to 22, with more than 150 people injured.\n\n13:00 The health directorate now puts the number of dead at 29.", []],
  ["Quake in Osk: latest", "10:45 The governor's office says 22 people have been killed.\n\n13:00 Updated figure: the health directorate says 29 people have been killed.", []],
  ["Osk quake toll at least 260, aid group says", "VARN, Osk, May 4 (Wire) - Rescuers dug through rubble on Tuesday after an earthquake struck before dawn.\n\nAn aftershock on Sunday killed 12 people, the interior ministry said.", []],
];

/** [sentence, figure, the places its scope names]: who works at a body is not where a figure is. */
const scopes: [string, string, string | null][] = [
  // an aside of the parts that runs to the sentence's end is no scope of the whole; one that closes before the verb may be
  ["The union said 420 positions would go across the company, including drivers at the Varn operations.", "420", null],
  ["Police said that 30 people were killed in Varn.", "30", "Varn"],
  // a span of months is no place ("in the July-to-September quarter")
  ["The survey put the rate at 32.9 percent in the July-to-September quarter.", "32.9 percent", null],
  ["Analysts at Orlo estimate the firm sold 1.2 million phones.", "1.2 million", null],
  ["A spokesman at Tally said 300 workers were hired.", "300", null],
  // a body of research its workers come from is who counted, not where
  ["A research unit at Varn University said its analysis showed 1,590 offences.", "1,590", null],
  ["A team from the Institute of Osk Ecology estimates there are 45 bears in the park.", "45", null],
  ["A rally at Varn University drew 3,000 students.", "3,000", "Varn University"],
  ["The firm sold 1.2 million phones at Orlo, its largest store.", "1.2 million", "Orlo"],
  ["Police said 30 people were killed at Varn.", "30", "Varn"],
  ["A rival index from Tally showed prices rising 9 percent.", "9 percent", null],
  ["Organisers from the Workers' Federation put the turnout at 65,000.", "65,000", null],
  ["The study, published in the Journal of Occupational Metabolism, followed 1,200 employees.", "1,200", null],
  // a figure with no place of its own, paragraphs later, is about the article's place (the lead's clause, whose number holds a comma)
  ["About 80,000 people have fled their homes in the province of Kettu since May, the agency said.\n\nThe ministry said 15,000 people had been displaced.", "15,000", "Kettu"],
  // a body's name after "of the state" is no place; nor is a person whose apposition a place noun only qualifies; nor a span of months
  ["The commander of the state Road Safety Corps, Ada Bello, put the toll at 23.", "23", null],
  ["Deputy Superintendent Kola Ade, the state police spokesman, said four survivors were treated.", "four", null],
  ["Unemployment was 31 percent in the April-June quarter.", "31 percent", null],
  ["Tarvo, the district hardest hit, reported 40 deaths.", "40", "Tarvo"],
  // a lead that names no place is about its dateline's
  ["MERLOW: The city has recorded 1,342 dengue cases since January.", "1,342", "Merlow"],
  ["Cases rose in four towns, including the capital, San Gabriel, where 2,140 cases have been recorded.", "2,140", "San Gabriel"],
  ["Firefighters reached the warehouse on Monday, where 60 workers were evacuated.", "60", null],
  // a facility of a place, named after the place's possessive, is a place within it
  ["Inmates in Osk's jail rioted and 8 prisoners were killed.", "8", "Osk jail"],
  // a currency's letter joined to its number is no place
  ["The debt stands at R2.3 billion.", "R2.3 billion", null],
  // a place in apposition to an opening locative's place noun; not a person's apposition inside a clause
  ["In the capital, Varn, the thermometer reached 41.2C.", "41.2", "Varn"],
  ["The police spokesman in the state, SP Ada Obi, said nine people died.", "nine", null],
  // "on" a coast or an island names a place
  ["She says there were about 150 rescues overnight on the Mid North Coast.", "about 150", "Mid North Coast"],
  // a person's title and name run on after a place are no place; an institution's name with a title word in it is
  ["In Pike County, Emergency Management Director Carl Jessup said 212 homes were damaged.", "212", "Pike County"],
  ["At the Osk State General Hospital, 34 bodies were received.", "34", "Osk State General Hospital"],
];

describe("scopes", () => {
  for (const [sentence, fig, want] of scopes) {
    it(`${fig} in: ${sentence}`, () => {
      const a = analyze({ text: `Report\n\n${sentence}`, title: "Report" });
      assert.equal(a.figures.find((f) => f.text === fig)?.scope, want);
    });
  }
});

describe("one quantity or two", () => {
  for (const [title, body, want] of pairs) {
    it(body, () => {
      const a = analyze({ text: `${title}\n\n${body}`, title });
      const got = a.conflicts.map((x) => x.figureIds.map((id) => a.figures.find((f) => f.id === id)!.text).sort());
      assert.deepEqual(got, want, JSON.stringify(a.figures.map((f) => [f.text, f.measure, f.sourceId, f.holder])));
      // every conflict is gathered in exactly one dispute
      for (const x of a.conflicts) assert.equal(a.disputes.filter((d) => d.conflictIds.includes(x.id)).length, 1);
    });
  }
});

/** [body, figure, the share it is read as]: a poll gives each side its share, said in the poll's own words or its release's. */
const pollShares: [string, string, string][] = [
  ["The Orbis poll gives Vell 44 percent of likely voters and Orrin 41 percent.", "41 percent", "Orrin's share"],
  ["Vell's campaign hailed the Orbis Polling Institute survey, saying that Vell leads with 48 percent to Orrin's 39 percent.\n\nThe institute's own release gives Vell 44 percent of likely voters and Orrin 41 percent.", "44 percent", "Vell's share"],
];

describe("shares a poll gives", () => {
  for (const [body, fig, want] of pollShares) {
    it(`${fig} in: ${body}`, () => {
      const a = analyze({ text: `Poll\n\n${body}`, title: "Poll" });
      assert.equal(a.figures.find((f) => f.text === fig)?.measure, want);
    });
  }
});
