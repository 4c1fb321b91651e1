/**
 * Paragraphs, quotations and sentences, as a careful reader splits them: abbreviations, decimals,
 * initials and initialisms do not end sentences; a sentence never ends inside a quotation; a quote
 * that reopens each paragraph runs on until it closes.
 */
import assert from "node:assert/strict";
import { analyze } from "../../src/analysis/index.js";
import { paragraphs, quotes, sentences } from "../../src/analysis/segment.js";

/** The sentences of a text, as strings. */
function split(text: string): string[] {
  const ps = paragraphs(text);
  const qs = quotes(text, ps);
  return sentences(text, ps, qs).map((s) => text.slice(s.start, s.end));
}

/** Text -> its sentences, in order. */
const sentenceCases: [string, string[]][] = [
  ["The U.S. sent aid. It arrived on Monday.", ["The U.S. sent aid.", "It arrived on Monday."]],
  ["The bridge reopened.\u00a0Traffic was light.", ["The bridge reopened.", "Traffic was light."]],
  ["Talks opened on Feb. 12 in Oslo. They ended late.", ["Talks opened on Feb. 12 in Oslo.", "They ended late."]],
  ["Sen. Ruiz voted against it. The bill failed.", ["Sen. Ruiz voted against it.", "The bill failed."]],
  ["Mr. Okafor left early. Nobody knew why.", ["Mr. Okafor left early.", "Nobody knew why."]],
  ["Dr. Mensah treated the boy. He recovered.", ["Dr. Mensah treated the boy.", "He recovered."]],
  ["Gov. Lin and Rep. Adams met twice. They agreed.", ["Gov. Lin and Rep. Adams met twice.", "They agreed."]],
  ["Inflation hit 3.5 percent. Prices rose.", ["Inflation hit 3.5 percent.", "Prices rose."]],
  ["The firm earned $4.2 billion. Shares rose 0.8 percent.", ["The firm earned $4.2 billion.", "Shares rose 0.8 percent."]],
  ["John F. Kennedy Airport was shut. Flights resumed.", ["John F. Kennedy Airport was shut.", "Flights resumed."]],
  ["Officials of the U.S. Army confirmed it. The base is closed.", ["Officials of the U.S. Army confirmed it.", "The base is closed."]],
  ["He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]],
  ["Is it safe? Experts doubt it! They urged caution.", ["Is it safe?", "Experts doubt it!", "They urged caution."]],
  ["The vote was 52 to 48. A recount followed.", ["The vote was 52 to 48.", "A recount followed."]],
  ["The trial opened Jan. 5 and closed Mar. 3. The verdict came later.", ["The trial opened Jan. 5 and closed Mar. 3.", "The verdict came later."]],
  ["Gen. Haddad's troops advanced. Villagers fled.", ["Gen. Haddad's troops advanced.", "Villagers fled."]],
  ["The maker, Lumo Inc., shut the plant. Workers left.", ["The maker, Lumo Inc., shut the plant.", "Workers left."]],
  ['"We are ready. We will win," the coach said. Fans cheered.', ['"We are ready. We will win," the coach said.', "Fans cheered."]],
  ["“Stay home. Lock the doors,” the mayor said. Streets emptied.", ["“Stay home. Lock the doors,” the mayor said.", "Streets emptied."]],
  ['She asked, "Why now?" Nobody answered.', ['She asked, "Why now?"', "Nobody answered."]],
  ["“I never said that,” he said. “Check the tape.”", ["“I never said that,” he said.", "“Check the tape.”"]],
  ["The road (closed since Friday.) reopened. Traffic was light.", ["The road (closed since Friday.) reopened.", "Traffic was light."]],
  ["Storm Hits Coast\n\nWinds rose. Trees fell.\n\nPower failed.", ["Storm Hits Coast", "Winds rose.", "Trees fell.", "Power failed."]],
  ["A line of text without a stop", ["A line of text without a stop"]],
  ["The blast came at 3 p.m. Police arrived soon after.", ["The blast came at 3 p.m.", "Police arrived soon after."]],
  ["The U.N. envoy spoke at No. 4 Rue Verte. He left at noon.", ["The U.N. envoy spoke at No. 4 Rue Verte.", "He left at noon."]],
  ["Growth was 2.75 percent, vs. 3.1 percent a year ago. Analysts shrugged.", ["Growth was 2.75 percent, vs. 3.1 percent a year ago.", "Analysts shrugged."]],
  ["The Rev. Mbeki prayed. Mourners wept.", ["The Rev. Mbeki prayed.", "Mourners wept."]],
  ["Lt. Col. Baptiste arrived. Capt. Moreau stayed.", ["Lt. Col. Baptiste arrived.", "Capt. Moreau stayed."]],
];

/** Text -> [quoted text, words, multiParagraph] for each quotation. */
const quoteCases: [string, [string, number, boolean][]][] = [
  ['He called it "a sad day" on radio.', [['"a sad day"', 3, false]]],
  ["“Yes,” she said, “we will.”", [["“Yes,”", 1, false], ["“we will.”", 2, false]]],
  ["The mayor's office said it's fine.", []],
  ['The guard is 6\'2" tall and strong.', []],
  ["« Nous restons », a-t-il dit.", [["« Nous restons »", 2, false]]],
  ['A stray " mark\n\nThen a new paragraph.', []],
  [
    '"We began in spring.\n\n"We finished in autumn," she said.',
    [['"We began in spring.\n\n"We finished in autumn,"', 8, true]],
  ],
  [
    "“First we dug.\n\n“Then we built.\n\n“Then it rained,” he said.",
    [["“First we dug.\n\n“Then we built.\n\n“Then it rained,”", 9, true]],
  ],
  ['"Done," he said. "Over," she said.', [['"Done,"', 1, false], ['"Over,"', 1, false]]],
];

describe("segment: sentences", () => {
  for (const [input, expected] of sentenceCases) {
    it(JSON.stringify(input), () => assert.deepEqual(split(input), expected));
  }
});

describe("segment: quotations", () => {
  for (const [input, expected] of quoteCases) {
    it(JSON.stringify(input), () => {
      const qs = quotes(input, paragraphs(input));
      assert.deepEqual(
        qs.map((q) => [input.slice(q.start, q.end), q.words, q.multiParagraph]),
        expected,
      );
    });
  }
});

describe("segment: paragraphs", () => {
  const cases: [string, string[]][] = [
    ["One.\n\nTwo.\n\nThree.", ["One.", "Two.", "Three."]],
    ["  Padded  \n\n\n  Lines \n", ["Padded", "Lines"]],
    ["Single", ["Single"]],
    ["\n\n \n", []],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => assert.deepEqual(paragraphs(input).map((p) => input.slice(p.start, p.end)), expected));
  }
});

describe("segment: NYT-style '' marks are quotation marks in analyze()", () => {
  const cases: [string, string][] = [
    ["Flood Recedes\n\n''We will rebuild every house,'' the mayor said.", "said"],
    ["Flood Recedes\n\nThe mayor said, ''We will rebuild every house.''", "said"],
  ];
  for (const [input, cue] of cases) {
    it(JSON.stringify(input), () => {
      const a = analyze({ text: input, title: "Flood Recedes" });
      assert.equal(a.claims.length, 1);
      const c = a.claims[0]!;
      assert.equal(c.text, input.slice(c.start, c.end));
      assert.equal(c.cue, cue);
      assert.equal(c.direct, true);
      assert.match(c.text, /We will rebuild every house/);
    });
  }
});
