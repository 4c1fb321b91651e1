/**
 * Figures as a careful reader reads them: the number with its qualifier, as an interval, and
 * the numbers that are no counts at all (years, dates, times, ordinals, ages, labels).
 */
import assert from "node:assert/strict";
import { disjoint, findFigures, type RawFigure } from "../../src/analysis/figures.js";

/** What a figure must be: its text and any fields given; `around` = a vague interval holding it. */
type Want = Partial<Omit<RawFigure, "start" | "end">> & { text: string; around?: number };

/** Sentence -> the figures in it, in order. */
const cases: [string, Want[]][] = [
  // digits, commas, decimals, scales, units
  ["Police said 83 people died.", [{ text: "83", low: 83, high: 83, unit: "count", vague: false }]],
  ["The quake killed 1,204 people.", [{ text: "1,204", low: 1204, high: 1204 }]],
  ["Turnout was 61.5 percent.", [{ text: "61.5 percent", low: 61.5, high: 61.5, unit: "percent" }]],
  ["Rates rose to 4% on Monday.", [{ text: "4%", low: 4, high: 4, unit: "percent" }]],
  ["Exports fell 7 per cent.", [{ text: "7 per cent", low: 7, unit: "percent" }]],
  ["The firm cut 1.5 million jobs.", [{ text: "1.5 million", low: 1.5e6, high: 1.5e6 }]],
  ["It raised $3bn from investors.", [{ text: "$3bn", low: 3e9, high: 3e9, unit: "money" }]],
  ["The city spent $450,000 on repairs.", [{ text: "$450,000", low: 450000, unit: "money" }]],
  ["Sales reached €2.4 billion.", [{ text: "€2.4 billion", low: 2.4e9, unit: "money" }]],
  ["The club paid £300m for him.", [{ text: "£300m", low: 3e8, unit: "money" }]],
  ["The loan was 25 million dollars.", [{ text: "25 million", low: 2.5e7, unit: "money" }]],
  ["About 10k runners took part.", [{ text: "About 10k", around: 10000, vague: true }]],
  ["The debt stood at $1.2 trillion.", [{ text: "$1.2 trillion", low: 1.2e12, unit: "money" }]],
  ["In all, 2000 workers lost their jobs.", [{ text: "2000", low: 2000, high: 2000 }]],
  // a month's name, not a word that begins like one; a headline's last word is no label of the body's first figure
  ["Police arrested 15 marchers on Monday.", [{ text: "15", low: 15 }]],
  ["Blast kills 15 in Marrak\n\nNine people were killed.", [{ text: "15" }, { text: "Nine", low: 9 }]],
  ["The vote was held on March 5.", []],
  // a hundred and then a larger scale, in words
  ["More than two hundred thousand people fled.", [{ text: "More than two hundred thousand", low: 200000 }]],
  // hundreds written out with what follows them are one number, not two; two hundreds are a range's ends
  ["Five hundred and twenty of our members are losing their jobs.", [{ text: "Five hundred and twenty", low: 520, high: 520 }]],
  ["One hundred twenty-five people were rescued.", [{ text: "One hundred twenty-five", low: 125 }]],
  ["The fund paid a hundred and fifty families.", [{ text: "a hundred and fifty", low: 150 }]],
  ["They sold five hundred and twenty thousand copies.", [{ text: "five hundred and twenty thousand", low: 520000 }]],
  ["Between two hundred and three hundred people marched.", [{ text: "Between two hundred and three hundred", low: 200, high: 300 }]],
  // a capitalised word before a number names a model or a route ("Apollo 11"), but not before a number with a thousands comma (a headline's plural verb)
  ["Crews Move 2,400 Out of Lowlands", [{ text: "2,400", low: 2400 }]],
  ["Firms Add 12,000 Jobs", [{ text: "12,000", low: 12000 }]],
  ["The Apollo 11 crew landed.", []],
  // bounds said with "no higher than", "not more than"
  ["Turnout was no higher than 33 percent.", [{ text: "no higher than 33 percent", high: 33, low: null }]],
  ["Not more than 40 people attended.", [{ text: "Not more than 40", high: 40, low: null }]],
  // the shilling and the naira as East African and Nigerian papers write them; a road, a mask or a model after "N" is none
  ["The county spent Sh2.4 billion on roads.", [{ text: "Sh2.4 billion", low: 2.4e9, code: "KES" }]],
  ["A teacher earns Shs4 million a month.", [{ text: "Shs4 million", low: 4e6, code: "UGX" }]],
  ["The state spent N2.5bn on boreholes.", [{ text: "N2.5bn", low: 2.5e9, code: "NGN" }]],
  ["Traffic was heavy on the N7 near the N95 factory.", []],
  // a scale joined by a hyphen, as Canadian papers write it
  ["Crestwater posts $37.5-million deficit", [{ text: "$37.5-million", low: 37500000 }]],
  // a toll, not an age: "the number of dead at 23"
  ["The agency put the number of dead at 23.", [{ text: "23", low: 23 }]],
  ["The singer died at 61.", []],
  // degrees written apart from the number, before a word of time or the clause's end; a grade's letter is none
  ["The village reached 41.2 C on Tuesday afternoon.", [{ text: "41.2", low: 41.2, unit: "measure", code: "deg" }]],
  ["He got 3 C grades.", [{ text: "3", low: 3, unit: "count" }]],
  // a label stands right before its number ("Year 10"), not before a qualifier; the Philippine peso as "P" before a scale
  ["Last year more than 30,000 new homes were started.", [{ text: "more than 30,000", low: 30000 }]],
  ["Year 10 pupils sat the test.", []],
  ["Shabu worth P13.6 million was seized.", [{ text: "P13.6 million", low: 13.6e6, code: "PHP" }]],
  // a change and the level it led to are two figures, after "by" as after "from"
  ["Employment fell by 190,000 to 16.5 million.", [{ text: "190,000", low: 190000 }, { text: "16.5 million", low: 16.5e6 }]],
  // a share said as a ratio is one figure in percent, rounded by its own words; a part of a count ("two of three") and odds of times are not
  ["Nine in ten patients were seen on time.", [{ text: "Nine in ten", low: 87.5, high: 92.5, unit: "percent" }]],
  ["About one in five adults smoke.", [{ text: "About one in five", low: 15, high: 25, unit: "percent" }]],
  ["More than 1 in 4 voters stayed home.", [{ text: "More than 1 in 4", low: 25, high: 100, unit: "percent" }]],
  ["Two of three bridges were damaged.", [{ text: "Two", low: 2 }, { text: "three", low: 3 }]],
  ["Nine out of ten times it rains.", [{ text: "Nine", low: 9 }, { text: "ten", low: 10 }]],
  // a word of rough size before a verb of a crowd
  ["Tens of thousands march through the capital.", [{ text: "Tens of thousands", around: 50000, vague: true }]],
  // an age bound after people is their age, not a count; a count of things after "over" stays one
  ["Voters under 30 backed her, as did men under 35 in the cities.", []],
  ["Half of residents over 65 in the county got a jab.", []],
  ["Most children under two in the county were vaccinated.", []],
  ["Floods damaged over 500 homes.", [{ text: "over 500", low: 500 }]],
  // percentage points
  ["The bank raised its rate by 0.5 percentage points.", [{ text: "0.5 percentage points", low: 0.5, unit: "percent" }]],
  // number words
  ["Twelve miners were trapped.", [{ text: "Twelve", low: 12, high: 12 }]],
  ["Forty-five houses burned.", [{ text: "Forty-five", low: 45, high: 45 }]],
  ["The siege lasted seventy-two hours.", [{ text: "seventy-two", low: 72 }]],
  ["A dozen soldiers deserted.", [{ text: "A dozen", low: 12, high: 12 }]],
  ["Half a dozen shops were looted.", [{ text: "Half a dozen", low: 6, high: 6 }]],
  ["Three million people voted.", [{ text: "Three million", low: 3e6, high: 3e6 }]],
  ["Dozens of people were hurt.", [{ text: "Dozens", around: 36, vague: true }]],
  ["Hundreds of homes were flooded.", [{ text: "Hundreds", around: 500, vague: true }]],
  ["Tens of thousands of people marched.", [{ text: "Tens of thousands", around: 50000, vague: true }]],
  ["Scores of people fled.", [{ text: "Scores", around: 60, vague: true }]],
  ["Millions of birds migrate.", [{ text: "Millions", around: 5e6, vague: true }]],
  // qualifiers
  ["At least 46 people died.", [{ text: "At least 46", low: 46, high: null, lowOpen: false, qualifier: "at least" }]],
  ["Ninety-one people died; one man was hurt.", [{ text: "Ninety-one", low: 91, high: 91 }]],
  ["The town owed the utility R2.3 billion; droid R2 stayed.", [{ text: "R2.3 billion", low: 2.3e9, unit: "money", code: "ZAR" }]],
  // a scale joined to the number by a hyphen, as some papers write it, after the rand's R or the naira's N too
  ["Flood damage to roads was put at R1.4-billion; the N380-million plan stalled.", [{ text: "R1.4-billion", low: 1.4e9, unit: "money", code: "ZAR" }, { text: "N380-million", low: 3.8e8, unit: "money", code: "NGN" }]],
  ["The state budgets ₦420 billion for roads.", [{ text: "₦420 billion", low: 4.2e11, unit: "money", code: "NGN" }]],
  ["Relief of Rs 2,100 crore was approved.", [{ text: "Rs 2,100 crore", low: 2.1e10, unit: "money", code: "INR" }]],
  ["Each family gets ₹4 lakh; 12 lakh people were hit.", [{ text: "₹4 lakh", low: 4e5, unit: "money", code: "INR" }, { text: "12 lakh", low: 1.2e6, unit: "count" }]],
  ["The fee was in the region of £38 million.", [{ text: "in the region of £38 million", around: 38e6, vague: true, qualifier: "in the region of" }]],
  ["The deal is worth north of $2 billion.", [{ text: "north of $2 billion", low: 2e9, high: null, lowOpen: true }]],
  ["More than 130 people died.", [{ text: "More than 130", low: 130, high: null, lowOpen: true }]],
  ["Floods hit over 200 homes.", [{ text: "over 200", low: 200, high: null, lowOpen: true }]],
  ["Nearly 130 people died.", [{ text: "Nearly 130", high: 130, highOpen: true }]],
  ["Almost 90 percent voted yes.", [{ text: "Almost 90 percent", high: 90, highOpen: true, unit: "percent" }]],
  ["About 60 people gathered.", [{ text: "About 60", around: 60, vague: true }]],
  ["Some 40 villages were emptied.", [{ text: "Some 40", around: 40, vague: true }]],
  ["Roughly 3,000 fans came.", [{ text: "Roughly 3,000", around: 3000, vague: true }]],
  ["Up to 300 people may be trapped.", [{ text: "Up to 300", low: null, high: 300 }]],
  ["Fewer than 10 people came.", [{ text: "Fewer than 10", high: 10, highOpen: true }]],
  ["As many as 5,000 troops massed.", [{ text: "As many as 5,000", low: null, high: 5000 }]],
  ["No more than 20 people may meet.", [{ text: "No more than 20", low: null, high: 20, highOpen: false }]],
  ["Less than 5 percent agreed.", [{ text: "Less than 5 percent", high: 5, highOpen: true, unit: "percent" }]],
  ["Just over 700 ballots were spoiled.", [{ text: "Just over 700", low: 700, lowOpen: true }]],
  ["About 12.5 percent were late.", [{ text: "About 12.5 percent", around: 12.5, unit: "percent" }]],
  // ranges
  ["Between 40 and 50 people were held.", [{ text: "Between 40 and 50", low: 40, high: 50 }]],
  ["Some 40-50 people were held.", [{ text: "Some 40-50", low: 40, high: 50 }]],
  ["Prices rose 40 to 50 percent.", [{ text: "40 to 50 percent", low: 40, high: 50, unit: "percent" }]],
  ["Between 1.5 and 2 million people fled.", [{ text: "Between 1.5 and 2 million", low: 1.5e6, high: 2e6 }]],
  // two figures, not a range
  ["He counted 30 tanks and 40 trucks.", [{ text: "30", low: 30, high: 30 }, { text: "40", low: 40, high: 40 }]],
  ["In 1999 about 30 people lived there.", [{ text: "about 30", around: 30 }]],
  ["The 12 boys and 3 girls were freed.", [{ text: "12", low: 12 }, { text: "3", low: 3 }]],
  // not figures: years, dates, times, ordinals, ages, labels
  ["Blast Kills 20 in Varn", [{ text: "20", low: 20 }]],
  ["Acme to Cut 2,000 Jobs", [{ text: "2,000", low: 2000 }]],
  ["He flew a Boeing 737 from Osk.", []],
  ["Windows 10 in review", []],
  ["The dam was built in 2012.", []],
  ["Output fell during 2022-2023.", []],
  ["Output fell between 2019 and 2022.", []],
  ["The 2016 election was close.", []],
  ["Music of the 1990s returned.", []],
  ["Talks resume on Feb. 12 in Rome.", []],
  ["Talks resume on February 12 in Rome.", []],
  ["Talks resume on 12 February in Rome.", []],
  ["He was born on 4 July 1990.", []],
  ["The blast came at 21:35.", []],
  ["The blast came at 3 p.m. on Sunday.", []],
  ["She lives on the 3rd floor.", []],
  ["It was the 12th day of the strike.", []],
  ["Mara Quist, 45, said the water was cold.", []],
  ["A 45-year-old teacher was arrested.", []],
  ["The March 15 vote was delayed.", []],
  ["Polls open 24-26 June.", []],
  ["By 2030 the town will double.", []],
  ["The shop opens at 8 a.m. daily.", []],
  ["Chapter 11 protection was sought.", []],
  ["The table is on page 12.", []],
  ["He lives at No. 10 on that street.", []],
  ["Traffic on Route 66 slowed.", []],
  ["Flight 370 vanished.", []],
  ["COVID-19 spread fast.", []],
  ["The 9/11 attacks shocked the world.", []],
  ["The form is dated 03/04/2021.", []],
  ["G7 leaders met.", []],
  ["Release version 2.0 shipped.", []],
];

function check(f: RawFigure, want: Want, text: string): void {
  assert.equal(text.slice(f.start, f.end), want.text);
  const { text: _t, around, ...fields } = want;
  for (const [k, v] of Object.entries(fields)) assert.deepEqual(f[k as keyof RawFigure], v, `${want.text}: ${k}`);
  if (around !== undefined) {
    assert.ok(f.low !== null && f.low < around, `${want.text}: low ${f.low} should be below ${around}`);
    assert.ok(f.high === null || f.high > around, `${want.text}: high ${f.high} should be above ${around}`);
  }
}

describe("figures: findFigures", () => {
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      const got = findFigures(input);
      assert.deepEqual(got.map((f) => input.slice(f.start, f.end)), expected.map((w) => w.text));
      got.forEach((f, i) => check(f, expected[i]!, input));
      for (const f of got) assert.ok(f.low === null || f.high === null || f.low <= f.high, "low <= high");
    });
  }
});

/** [figure A, figure B, the two cannot both hold]. */
const pairs: [string, string, boolean][] = [
  ["at least 83", "62", true],
  ["more than 130", "nearly 130", true],
  ["at least 46", "57", false],
  ["fewer than 10", "10", true],
  ["up to 300", "250", false],
  ["40-50", "45", false],
  ["40-50", "51", true],
  ["no more than 20", "at least 20", false],
  ["more than 20", "no more than 20", true],
  ["62", "62", false],
  ["62", "63", true],
  ["over 100", "over 200", false],
  ["about 60", "60", false],
];

describe("figures: disjoint", () => {
  for (const [a, b, expected] of pairs) {
    it(`${a} / ${b}`, () => {
      const fa = findFigures(a)[0];
      const fb = findFigures(b)[0];
      assert.ok(fa && fb, "both are figures");
      assert.equal(disjoint(fa, fb), expected);
      assert.equal(disjoint(fb, fa), expected, "symmetric");
    });
  }
});
