/**
 * Who said what: cues in every order news English puts them, direct and indirect speech, the
 * speaker found past relative clauses and appositions, pronouns resolved, and the look-alikes
 * (passives, cues inside quotes, scare quotes, questions) that are no claims.
 */
import assert from "node:assert/strict";
import { analyze } from "../../src/analysis/index.js";
import type { Analysis, Claim } from "../../src/analysis/types.js";

const TITLE = "Bridge Repairs Drag On";

/** One expected claim: a word naming its speaker, its cue, direct or not, words its span holds (and must not hold). */
type Want = { who: string; cue: string; direct: boolean; has: string; not?: string };

function run(body: string): Analysis {
  const text = `${TITLE}\n\n${body}`;
  const a = analyze({ text, title: TITLE });
  for (const x of [...a.claims, ...a.figures, ...a.sources.flatMap((s) => s.mentions)]) assert.equal(x.text, text.slice(x.start, x.end), "span text is its slice");
  return a;
}

/** True when the claim's source is named by `who` (its name or one of its mentions). */
function saidBy(a: Analysis, c: Claim, who: string): boolean {
  const s = a.sources.find((x) => x.id === c.sourceId);
  const w = who.toLowerCase();
  return !!s && (s.name.toLowerCase().includes(w) || s.mentions.some((m) => m.text.toLowerCase().includes(w)));
}

/** Body -> its claims in text order. */
const cases: [string, Want[]][] = [
  // SPEAKER CUE (that) CONTENT
  ["Mayor Lena Ortiz said the bridge would reopen in May.", [{ who: "Ortiz", cue: "said", direct: false, has: "the bridge would reopen in May", not: "Ortiz" }]],
  ["Ortiz said that the crews were short of steel.", [{ who: "Ortiz", cue: "said", direct: false, has: "the crews were short of steel" }]],
  ["Ortiz said in a statement that prices would rise sharply.", [{ who: "Ortiz", cue: "said", direct: false, has: "prices would rise sharply" }]],
  ["In a statement, the transport ministry said prices would rise sharply.", [{ who: "ministry", cue: "said", direct: false, has: "prices would rise sharply" }]],
  ["Ortiz denied that the city had lost any money.", [{ who: "Ortiz", cue: "denied", direct: false, has: "the city had lost any money" }]],
  // CONTENT, SPEAKER CUE
  ["The bridge will reopen in May, the mayor said.", [{ who: "mayor", cue: "said", direct: false, has: "The bridge will reopen in May", not: "mayor" }]],
  ["Prices will rise next year, Ortiz warned on Tuesday.", [{ who: "Ortiz", cue: "warned", direct: false, has: "Prices will rise next year" }]],
  ["The money is gone, Ortiz told the council on Monday.", [{ who: "Ortiz", cue: "told", direct: false, has: "The money is gone" }]],
  // quotations, cue after or before
  ['"The bridge will reopen in May," said Lena Ortiz.', [{ who: "Ortiz", cue: "said", direct: true, has: "The bridge will reopen in May" }]],
  ["“The bridge will reopen in May,” Ortiz said.", [{ who: "Ortiz", cue: "said", direct: true, has: "The bridge will reopen in May" }]],
  ["Ortiz told the council: “The money is simply gone.”", [{ who: "Ortiz", cue: "told", direct: true, has: "The money is simply gone" }]],
  ["Haddad said: “We had no time at all.”", [{ who: "Haddad", cue: "said", direct: true, has: "We had no time at all" }]],
  ["“We will not leave our homes,” said one resident, Amal Haddad.", [{ who: "Haddad", cue: "said", direct: true, has: "We will not leave our homes" }]],
  ["The plan, Ortiz said, was never funded.", [{ who: "Ortiz", cue: "said", direct: false, has: "was never funded" }]],
  // according to
  ["The bridge will reopen in May, according to the transport ministry.", [{ who: "ministry", cue: "according to", direct: false, has: "The bridge will reopen in May" }]],
  ["According to the transport ministry, the bridge will reopen in May.", [{ who: "ministry", cue: "According to", direct: false, has: "the bridge will reopen in May", not: "ministry" }]],
  // told: the addressee is no speaker
  ["Ortiz told the Daily Clarion that repairs were running late.", [{ who: "Ortiz", cue: "told", direct: false, has: "repairs were running late" }]],
  ["Ortiz told reporters the bridge would reopen in May.", [{ who: "Ortiz", cue: "told", direct: false, has: "the bridge would reopen in May", not: "reporters" }]],
  // participles
  ["The union rejected the offer, saying it was far too small.", [{ who: "union", cue: "saying", direct: false, has: "it was far too small" }]],
  ["Lena Ortiz rejected the offer, saying it was far too small.", [{ who: "Ortiz", cue: "saying", direct: false, has: "it was far too small" }]],
  ["Ortiz praised the crews, adding that the work had been safe.", [{ who: "Ortiz", cue: "adding", direct: false, has: "the work had been safe" }]],
  // relative clauses, appositions
  ["Lena Ortiz, who has led the city since 2019, said the budget was tight.", [{ who: "Ortiz", cue: "said", direct: false, has: "the budget was tight", not: "who has led" }]],
  ["Karim Bello, the agency's head, said the plan was sound.", [{ who: "Bello", cue: "said", direct: false, has: "the plan was sound" }]],
  ["Ortiz, speaking to local radio, said crews would work at night.", [{ who: "Ortiz", cue: "said", direct: false, has: "crews would work at night" }]],
  ["Ortiz's spokesman, Tom Reyes, said the mayor was resting at home.", [{ who: "Reyes", cue: "said", direct: false, has: "the mayor was resting at home" }]],
  // partial quotes: direct from three quoted words
  ['Ortiz said the delay was "a failure of planning."', [{ who: "Ortiz", cue: "said", direct: true, has: "a failure of planning" }]],
  ['Ortiz said the delay was "deeply regrettable" but unavoidable.', [{ who: "Ortiz", cue: "said", direct: false, has: "unavoidable" }]],
  // pronouns after a named person
  ["Lena Ortiz visited the site on Monday. She said the crews had done well.", [{ who: "Ortiz", cue: "said", direct: false, has: "the crews had done well" }]],
  ["Karim Bello toured the bridge.\n\n“We are behind schedule,” he said.", [{ who: "Bello", cue: "said", direct: true, has: "We are behind schedule" }]],
  // anonymous speakers
  ["Officials said the bridge was unsafe for trucks.", [{ who: "Officials", cue: "said", direct: false, has: "the bridge was unsafe for trucks" }]],
  ["A witness said the truck was speeding before the crash.", [{ who: "witness", cue: "said", direct: false, has: "the truck was speeding" }]],
  // a cue inside a quotation belongs to the quote, not to a claim of its own
  ["“They said it would be easy,” Ortiz recalled.", [{ who: "Ortiz", cue: "recalled", direct: true, has: "They said it would be easy" }]],
  ["Ortiz insisted the repairs were on budget.", [{ who: "Ortiz", cue: "insisted", direct: false, has: "the repairs were on budget" }]],
  ["Bello has said repeatedly that the bridge is safe.", [{ who: "Bello", cue: "said", direct: false, has: "the bridge is safe", not: "repeatedly" }]],
  ["Asked about the delay, Ortiz said the steel had arrived late.", [{ who: "Ortiz", cue: "said", direct: false, has: "the steel had arrived late", not: "Asked" }]],
  ["Karim Bello, 52, said the plan was sound.", [{ who: "Bello", cue: "said", direct: false, has: "the plan was sound" }]],
  ["Police spokesman Omar Diallo told AFP that the road was closed.", [{ who: "Diallo", cue: "told", direct: false, has: "the road was closed", not: "AFP" }]],
  ["The plan was never funded, said Ortiz, who chairs the committee.", [{ who: "Ortiz", cue: "said", direct: false, has: "The plan was never funded", not: "chairs" }]],
  ["Ortiz wrote on social media that the bridge was safe.", [{ who: "Ortiz", cue: "wrote", direct: false, has: "the bridge was safe", not: "social media" }]],
  ["The bridge is safe, Ortiz wrote in a post on Friday.", [{ who: "Ortiz", cue: "wrote", direct: false, has: "The bridge is safe", not: "post" }]],
  ["The report said the bridge had been neglected for years.", [{ who: "report", cue: "said", direct: false, has: "the bridge had been neglected for years" }]],
  ["“We will not leave,” a resident said.", [{ who: "resident", cue: "said", direct: true, has: "We will not leave" }]],
  ["“No comment,” Bello said.", [{ who: "Bello", cue: "said", direct: true, has: "No comment" }]],
  // not claims
  ["Ortiz declined to say when the bridge would reopen.", []],
  ["Responsibility for the fire was claimed by a little-known group.", []],
  ["The seat was claimed by the ruling party in 2019.", []],
  ["The so-called “peace tax” took effect on Monday.", []],
  ['The "temporary" closure has lasted a full year.', []],
  ["The tower is said to be the tallest in the region.", []],
  ["Said to be unsafe, the old tower was demolished.", []],
  ["Reporters asked whether the bridge was safe.", []],
  ["Crews worked through the night to clear the road.", []],
];

describe("attribution: claims", () => {
  for (const [body, expected] of cases) {
    it(JSON.stringify(body), () => {
      const a = run(body);
      assert.equal(a.claims.length, expected.length, `claims: ${JSON.stringify(a.claims.map((c) => [c.text, c.cue]))}`);
      a.claims.forEach((c, i) => {
        const w = expected[i]!;
        assert.ok(saidBy(a, c, w.who), `claim ${i} speaker should be ${w.who}: ${JSON.stringify(a.sources.find((s) => s.id === c.sourceId))}`);
        assert.equal(c.cue, w.cue);
        assert.equal(c.direct, w.direct, `direct of ${JSON.stringify(c.text)}`);
        assert.ok(c.text.includes(w.has), `${JSON.stringify(c.text)} should hold ${JSON.stringify(w.has)}`);
        if (w.not) assert.ok(!c.text.includes(w.not), `${JSON.stringify(c.text)} should not hold ${JSON.stringify(w.not)}`);
      });
    });
  }
});

/** Quotations that run on: every quoted sentence is the one speaker's, nobody else speaks. */
const runOn: [string, string, string[]][] = [
  ["“It is over,” the minister said. “We lost the vote.”", "minister", ["It is over", "We lost the vote"]],
  ["“The water came fast,” Haddad said, “and we had no time.”", "Haddad", ["The water came fast", "and we had no time"]],
  ["Ortiz and Bello said the vote would be delayed.", "Ortiz", ["the vote would be delayed"]],
  ["Ortiz and Bello said the vote would be delayed.", "Bello", ["the vote would be delayed"]],
  ["“We start at dawn,” the foreman said.\n\n“Nobody goes home before dark.”", "foreman", ["We start at dawn", "Nobody goes home before dark"]],
];

describe("attribution: quotations that run on", () => {
  for (const [body, who, parts] of runOn) {
    it(`${who}: ${JSON.stringify(body)}`, () => {
      const a = run(body);
      const mine = a.claims.filter((c) => saidBy(a, c, who));
      assert.ok(mine.length >= 1, `a claim by ${who}`);
      assert.ok(!a.sources.some((x) => /Ortiz/.test(x.name) && /Bello/.test(x.name)), "no source named for two people");
      for (const p of parts) assert.ok(mine.some((c) => c.text.includes(p)), `${who} said ${JSON.stringify(p)}: ${JSON.stringify(mine.map((c) => c.text))}`);
    });
  }
});
