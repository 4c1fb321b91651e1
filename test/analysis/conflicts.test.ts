/**
 * Conflicts as a careful reader sees them: two voices giving figures of one measure, place and
 * time that cannot both hold (contradiction) or differ (discrepancy); never figures of other
 * places, days, years, groups or measures, parts of a total, durations, or one voice repeating.
 */
import assert from "node:assert/strict";
import { analyze } from "../../src/analysis/index.js";
import type { Analysis, Conflict } from "../../src/analysis/types.js";

const TITLE = "Bombing Hits Market in Tarvel";

function run(title: string, body: string): Analysis {
  const text = `${title}\n\n${body}`;
  const a = analyze({ text, title });
  for (const x of [...a.claims, ...a.figures, ...a.sources.flatMap((s) => s.mentions)]) assert.equal(x.text, text.slice(x.start, x.end), "span text is its slice");
  const ids = new Set(a.figures.map((f) => f.id));
  for (const x of a.conflicts) for (const id of x.figureIds) assert.ok(ids.has(id), `conflict ${x.id}: figure ${id} exists`);
  return a;
}

/** A conflict as [kind, the texts of its figures]. */
function shape(a: Analysis, x: Conflict): [Conflict["kind"], string[]] {
  return [x.kind, x.figureIds.map((id) => a.figures.find((f) => f.id === id)!.text).sort()];
}

/** [headline, body, expected conflicts]. */
const cases: [string, string, [Conflict["kind"], string[]][]][] = [
  // conflicts
  // (a headline's figure its body says again takes that body figure's side, though the body does not say the headline's place again)
  ["Bus plunge in Osk hills kills 12", "An overcrowded bus fell into a ravine late on Tuesday. The governor's office put the death toll at twelve. The hospital director, Ada Obi, said 19 bodies had been brought to the morgue.", [["contradiction", ["12", "19"]], ["contradiction", ["19", "twelve"]]]],
  // (a headline names where its story is: a body figure that names no place is of it, but a body figure of a place is no rival of a headline that names none, nor is a part the body gives at the headline's place)
  ["Floods force 25,000 from homes in Osk valley", "About 15,000 people have been evacuated from villages along the river, the civil protection agency said on Saturday.", [["contradiction", ["25,000", "About 15,000"]]]],
  ["Floods kill 19 across two provinces", "Flash floods have killed 19 people in two provinces, officials said on Sunday. Twelve people died in Osk, the agency said. In Varnland, seven people were killed.", []],
  ["9 killed in Osk as storm sweeps Varnland", "The storm killed 31 people across Varnland on Friday, the interior ministry said. The worst-hit town was Osk, where 9 people died when a school collapsed, the mayor said.", []],
  // (a factbox's line said as a clause is the factbox's voice; building begun on homes is homes started, "starts" in a housing sentence too)
  ["Housebuilding Slows in Osk", "Work began on 2,480 new homes across the Osk region in the first quarter, down 9 per cent on the same period last year, according to the Varn Housing Office.\n\nFast facts: 2,840 homes started in Osk in Q1; down 9% year on year.", [["contradiction", ["2,480", "2,840"]]]],
  ["Osk Homes Fall Short", "The housing minister said builders began construction on 47,300 new homes in 2024. The Osk Home Builders' Federation said municipal records showed 42,100 starts in 2024.", [["contradiction", ["42,100", "47,300"]]]],
  [TITLE, "The state agency Lumen said at least 83 people were killed in Tarvel. The Vorland Rights Monitor said 62 people were killed in Tarvel.", [["contradiction", ["62", "at least 83"]]]],
  ["More Than 130 Killed in Tarvel", "Nearly 130 people were killed in the bombings in Tarvel, police said.", [["contradiction", ["More Than 130", "Nearly 130"]]]],
  [TITLE, "Police said at least 46 people were killed in Tarvel. The Vorland Rights Monitor said 57 people were killed in Tarvel.", [["discrepancy", ["57", "at least 46"]]]],
  [TITLE, "The ministry said 12 people were wounded in Tarvel. Medics said 20 people were wounded in Tarvel.", [["contradiction", ["12", "20"]]]],
  [TITLE, "Police said fewer than 10 people were killed in Tarvel. The Vorland Rights Monitor said 31 people were killed in Tarvel.", [["contradiction", ["31", "fewer than 10"]]]],
  [TITLE, "Police said 14 people were killed in Tarvel. Witnesses said dozens were killed in Tarvel.", [["contradiction", ["14", "dozens"]]]],
  ["Rally Fills Tarvel Square", "Organisers said 50,000 people marched in Tarvel. Police said 8,000 people marched in Tarvel.", [["contradiction", ["50,000", "8,000"]]]],
  ["Plant in Tarvel to Shed Jobs", "The company said it would cut 300 jobs at the Tarvel plant. The union said the company would cut 450 jobs at the Tarvel plant.", [["contradiction", ["300", "450"]]]],
  // money raised, copies sold, jobs cut: who did it is part of the quantity
  ["Campaigns Report Hauls", "The Orrin campaign said it raised $21 million in January. The Vell campaign said it raised $15 million in January.", []],
  // ... but a passive that names no doer, each voice's only count of one thing, at one place, is the count the other voice gives
  ["Plant in Tarvel to Shed Jobs", "The company said it would cut 300 jobs at the Tarvel plant. The union said 450 jobs would be cut at the Tarvel plant.", [["contradiction", ["300", "450"]]]],
  [TITLE, "Police said the book has sold 235,000 copies. Mr. Dane said he quickly sold 60 copies.", []],
  ["Orrin Raises $33 Million", "The Orrin campaign said on Sunday that the senator raised $31 million in the quarter.", []],
  ["Vell Campaign Raises $33 Million", "The campaign said on Sunday that Vell raised $31 million in the quarter.", [["contradiction", ["$31 million", "$33 Million"]]]],
  [TITLE, "Police said 40 people were arrested in Tarvel. Activists said more than 100 people were arrested in Tarvel.", [["contradiction", ["40", "more than 100"]]]],
  [TITLE, "Police said 5 people were missing in Tarvel. Residents said 9 people were missing in Tarvel.", [["contradiction", ["5", "9"]]]],
  [TITLE, "The Red Crescent said 2,000 people had fled Tarvel. The United Nations said about 10,000 people had fled Tarvel.", [["contradiction", ["2,000", "about 10,000"]]]],
  [TITLE, "Police said at least 20 people were killed in Tarvel. The Vorland Rights Monitor said more than 35 people were killed in Tarvel.", [["discrepancy", ["at least 20", "more than 35"]]]],
  // the day of the telling is no day of the count: "said in a statement on Friday", "told the board last week"
  [TITLE, "At least 14 people were wounded in Tarvel, the ministry said in a statement on Friday. Medics at the city hospital said 31 people had been wounded in Tarvel by Thursday.", [["discrepancy", ["31", "At least 14"]]]],
  [TITLE, "The district told the school board last week that 1,840 students were enrolled in Tarvel. State figures show that 1,715 students were enrolled in Tarvel.", [["contradiction", ["1,715", "1,840"]]]],
  // but a day in what is told is the count's ("said the average wait last month", "killed on Monday")
  [TITLE, "Police said on Monday that 20 people were killed in Tarvel on Monday. The Vorland Rights Monitor said on Tuesday that 35 people were killed in Tarvel on Tuesday.", []],
  [TITLE, "Patients waited an average of 14 hours in Tarvel last month, the rights group said. The hospital said the average wait in Tarvel last year was six hours.", []],
  // a figure "a year earlier" is of another time than the headline's
  ["Quarterly Profit Climbs to $4.2 Billion", "Orrin Systems said net profit rose to $3.8 billion in the quarter, up from $2.9 billion a year earlier.", [["contradiction", ["$3.8 billion", "$4.2 Billion"]]]],
  // a round bound that a count meets, close by, is that count rounded; far off, it still differs
  [TITLE, "Police said more than 1,000 people marched in Tarvel. Organisers said 1,046 people marched in Tarvel.", []],
  [TITLE, "Police said at least 80 people were killed in Tarvel. The Vorland Rights Monitor said 95 people were killed in Tarvel.", [["discrepancy", ["95", "at least 80"]]]],
  // a headline's "to cut" is a plan, as the body's "would eliminate"; jobs and positions are one thing
  ["Orrin Logistics to cut 1,200 jobs", "Orrin Logistics said on Wednesday it would eliminate about 900 positions.", [["contradiction", ["1,200", "about 900"]]]],
  // the level before a change, with its own month, is no rival of a level of another month
  [TITLE, "Unemployment in Tarvel fell to 7.2 percent in March from 7.5 percent in February, the statistics office said. The minister said an unemployment rate of 6.8 percent in March showed the reforms were working.", [["contradiction", ["6.8 percent", "7.2 percent"]]]],
  // a part that counts another act than its whole ("412 cases, including nine deaths") is a quantity of its own, with the whole's place
  [TITLE, "The health ministry said on Sunday that 412 cholera cases, including nine deaths, had been recorded in Tarvel.\n\nThe charity Medicor put the number of people killed by the disease in Tarvel since the start of the outbreak at 14.", [["contradiction", ["14", "nine"]]]],
  [TITLE, "The council approved a £312 million budget for the year on Monday. \"This £321 million budget protects services,\" council leader Dana Pryce said after the vote.", [["contradiction", ["£312 million", "£321 million"]]]],
  ["Loss Narrows", "The utility announced a second-quarter loss of $696 million. That was down from a $705 million loss the year before.", []],
  // a record crowd is the crowd; the record it beat, of another year, is not
  ["Record Crowd of 52,000 Sees Tarvel Win Title", "A crowd of 48,312 packed the stadium in Tarvel on Sunday. The club said the attendance beat the 47,900 who saw the semi-final in 2009.", [["contradiction", ["48,312", "52,000"]]]],
  // the level before a change, of a year said, is no rival of the headline (nor does that year become the article's)
  ["Turnout in Tarvel mayoral race hits 38%", "Turnout in Sunday's mayoral election in Tarvel was 43.5 percent, the electoral commission said on Monday, up from 31 percent in 2019.", [["contradiction", ["38%", "43.5 percent"]]]],
  // a rival's count or share is its own: "against 248,900 for the incumbent", "behind Orbo's 24 percent"
  [TITLE, "Jane Roe received 212,480 votes in Tarvel, according to the official tally released by the Tarvel Electoral Board, against 248,900 for the incumbent. Her campaign claimed she had won 231,000 votes in Tarvel.", [["contradiction", ["212,480", "231,000"]]]],
  [TITLE, "Orrin's share of the phone market in Tarvel reached 27 percent in the quarter, according to Calder Insights. A second tracker, Meridian Data, put Orrin's share for the quarter at 19 percent, behind Vell's 24 percent.", [["contradiction", ["19 percent", "27 percent"]]]],
  // a part singled out with "alone" is no rival of the whole
  [TITLE, "The museum in Tarvel welcomed 1.2 million visitors in 2023, its director said. Its exhibition on glassmakers alone drew 240,000 people in 2023, the tourism board said.", []],
  // a purpose's places are not the count's; a caption against the body
  ["Thousands march in Tarvel", "About 3,000 people marched through central Tarvel on Saturday to protest against plans to close the maternity unit at St Elin's Hospital, police said.\n\nPhoto caption: Some 8,000 protesters filled Market Square in Tarvel on Saturday.", [["contradiction", ["About 3,000", "Some 8,000"]]]],
  // a headline tells the lead's year; a place's own roads are that place
  ["Road deaths in Tarvel fall to 96", "Ninety-one people died on Tarvel's roads last year, according to police figures published on Wednesday, down from 112 the year before.", [["contradiction", ["96", "Ninety-one"]]]],
  // "jailed over $4.2 million fraud": "over" is "because of", no bound; the headline's fraud and the body's embezzling are one act, whose doer no one names
  ["Former Tarvel bank manager jailed over $4.2 million fraud", "A former branch manager at a Tarvel bank was sentenced to six years in prison on Thursday for embezzling $2.4 million from customers.", [["contradiction", ["$2.4 million", "$4.2 million"]]]],
  // a place's full name with its kind is that place ("Tarvel" / "Tarvel Local Government Area"); "displaces" is displacement
  ["Flood displaces 3,000 in Tarvel", "About 1,800 people have been displaced in the Tarvel Local Government Area, the emergency agency said on Tuesday.", [["contradiction", ["3,000", "About 1,800"]]]],
  // the people of a workplace however named ("1,200 employees" / "1,450 staff")
  [TITLE, "The union said 1,200 employees in Tarvel had walked out. The company said only 800 staff in Tarvel had walked out.", [["contradiction", ["1,200", "800"]]]],
  // a measure no one is said to have caused, as an act and as a level ("4,000 litres leaked" / "estimated the spill at 15,000 litres")
  [TITLE, "Tanzol Energy said about 4,000 litres of crude oil leaked from its pipeline near Tarvel on Sunday.\n\nThe environment board said its inspectors estimated the spill near Tarvel at 15,000 litres.", [["contradiction", ["15,000", "about 4,000"]]]],
  // a currency's letters are no place ("stood at Rs 380 crore")
  [TITLE, "The corporation has spent Rs 450 crore on the flyover, a councillor alleged on Wednesday. The commissioner said the total expenditure on the flyover stood at Rs 380 crore.", [["contradiction", ["Rs 380 crore", "Rs 450 crore"]]]],
  // people who arrived, however said, counted whoever brought them ("arrived by boat" / "landed here")
  [TITLE, "The coastguard said on Monday that 7,350 people arrived in Tarvel by boat in August. \"Over 9,000 people landed in Tarvel in August,\" said the mayor.", [["contradiction", ["7,350", "Over 9,000"]]]],
  // a county named before the voters is where the poll is, no subgroup; fans at a match and a crowd are one count
  ["Poll: 54% of Tarvel County voters back school levy", "The Ridgeback Research poll of 800 likely voters in Tarvel County found 45 percent in favour of the levy and 39 percent opposed.", [["contradiction", ["45 percent", "54%"]]]],
  [TITLE, "The stadium operator in Tarvel said the crowd on Saturday was 41,200. The club later said that 44,018 fans had been at the match in Tarvel on Saturday.", [["contradiction", ["41,200", "44,018"]]]],
  // but a city is no country, a county no city of its name
  [TITLE, "Police said 100 people were killed in Marova City. The Vorland Rights Monitor said 300 people were killed in Marova.", []],
  // a count told in the pluperfect as said earlier is superseded, no rival of the later one
  [TITLE, "Rescuers pulled more bodies from the rubble in Tarvel on Tuesday, raising the death toll to 13, the city's emergency services said.\n\nEarlier in the day, the same agency had put the number of dead in Tarvel at eight.", []],
  // a headline's first word may be its doer's name ("Brightwell to cut 600 jobs")
  ["Brightwell to cut 600 jobs", "Appliance maker Brightwell will cut 350 jobs as it moves production abroad, the company said on Monday.", [["contradiction", ["350", "600"]]]],
  // no conflicts
  [TITLE, "Police said 20 people were killed in Tarvel. Police said 12 of them were women.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 3 children were among 20 people killed in Tarvel.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 20 people were killed in Tarvel and 35 were wounded.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 35 people were killed in Osken.", []],
  [TITLE, "Police said 20 people were killed in Tarvel on Monday. The Vorland Rights Monitor said 35 people were killed in Tarvel on Tuesday.", []],
  [TITLE, "Police said 20 people were killed in Tarvel in 2019. The Vorland Rights Monitor said 35 people were killed in Tarvel in 2021.", []],
  [TITLE, "Police said 20 people were killed in Tarvel this week. The Vorland Rights Monitor said 35 people were killed in Tarvel last year.", []],
  [TITLE, "Police said 57 people were killed in Tarvel. The Vorland Rights Monitor said 57 people were killed in Tarvel, including 11 women.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 35 people were wounded in Tarvel.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 35 shops were destroyed in Tarvel.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. Police later said 35 people were killed in Tarvel.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said the siege of Tarvel had lasted four years.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 20 people were killed in Tarvel.", []],
  [TITLE, "Police said about 60 people were killed in Tarvel. The Vorland Rights Monitor said 62 people were killed in Tarvel.", []],
  [TITLE, "Police said 20 soldiers were killed in Tarvel. The Vorland Rights Monitor said 35 civilians were killed in Tarvel.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 35 people were arrested in Tarvel.", []],
  [TITLE, "Police said 20 people were killed in Tarvel. The Vorland Rights Monitor said 2 percent of the town had fled.", []],
  [TITLE, "Police said 20 people were killed in the bombing. The Vorland Rights Monitor said 35 people were killed in a separate attack in Osken.", []],
  // a gross sum is no profit; a kind of the thing said at a sentence's start is that kind; a sum over years is no one year's
  ["Osk Bank posts half-year results", "Osk Bank reported a profit after tax of $48 million for the half year, according to results filed on Monday. The lender posted gross earnings of $210 million, its finance director said.", []],
  ["Rice prices climb in Varn market", "A bag of imported rice sold for $78 at the Varn market on Friday, according to a price survey by the statistics bureau. Local rice was selling for $52 to $58, traders said.", []],
  ["Osk council budget", "The finance director said the council faces a $14m gap in 2025. The council leader said the gap would be $31m over three years.", []],
  ["Varn University to cut 300 jobs", "Varn University will cut 220 posts over the next two years, the vice-chancellor said on Wednesday.", [["contradiction", ["220", "300"]]]],
];

describe("conflicts", () => {
  for (const [title, body, expected] of cases) {
    it(JSON.stringify(body), () => {
      const a = run(title, body);
      const got = a.conflicts.map((x) => shape(a, x));
      assert.deepEqual(got, expected, `figures: ${JSON.stringify(a.figures.map((f) => [f.text, f.measure, f.scope, f.sourceId]))}`);
      for (const x of a.conflicts) assert.ok(x.summary.length > 0, "a summary");
    });
  }
});

describe("conflict summaries", () => {
  /** [body, the summary's opening words]. */
  const summaries: [string, string][] = [
    ["Officials said 20 people died in Tarvel. Activists said 45 people died in Tarvel.", "Officials say 20"],
    ["Reuters said 20 people died in Tarvel. The Vorland Rights Monitor said 45 people died in Tarvel.", "Reuters says 20"],
    ["Economists at the bank said 20 people died in Tarvel. The head of the clinic said 45 people died in Tarvel.", "Economists at the bank say 20"],
    ["Ardent said that Arland had 568 millionaires to Bexia's 535. Calder tallies 585 in Bexia to Arland's 260.", "Ardent gives Arland's millionaires as 568"],
    // (a participle's phrase after the head: "figures released by the service" say)
    ["Figures released by the aviation service showed 268 flights cancelled in Tarvel on Friday. The airport operator said 214 flights were cancelled in Tarvel on Friday.", "Figures released by the aviation service say 268"],
  ];
  for (const [body, start] of summaries) {
    it(body, () => {
      const a = run(TITLE, body);
      assert.ok(a.conflicts[0]?.summary.startsWith(start), `${a.conflicts[0]?.summary} starts with ${start}`);
    });
  }
});
