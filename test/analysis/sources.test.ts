/**
 * Sources: one source under all the names an article gives it (surname, title and name,
 * acronym, "the ministry", pronouns), and the kind of each (person, media, government,
 * organization, armed group, anonymous).
 */
import assert from "node:assert/strict";
import { analyze } from "../../src/analysis/index.js";
import type { Analysis, Source, SourceKind } from "../../src/analysis/types.js";

const TITLE = "Clinics Struggle As Fever Spreads";

/** One expected source: its kind, the names its mentions must end with, words its description holds. */
type Want = { kind: SourceKind; names: string[]; description?: string };

function run(body: string): Analysis {
  const text = `${TITLE}\n\n${body}`;
  const a = analyze({ text, title: TITLE });
  for (const x of [...a.claims, ...a.figures, ...a.sources.flatMap((s) => s.mentions)]) assert.equal(x.text, text.slice(x.start, x.end), "span text is its slice");
  return a;
}

/** The source that has a distinct mention ending with each name, or undefined. */
function holder(a: Analysis, names: string[]): Source | undefined {
  return a.sources.find((s) => {
    const free = [...s.mentions];
    return names.every((n) => {
      const k = free.findIndex((m) => m.text.endsWith(n));
      return k >= 0 && free.splice(k, 1).length === 1;
    });
  });
}

/** Body -> its sources (each cited at least once). */
const cases: [string, Want[]][] = [
  // people
  ["Health Minister Rosa Kline said the clinics were full. Kline added that staff were exhausted.", [{ kind: "person", names: ["Rosa Kline", "Kline"] }]],
  ["Dr. Amos Tembo said the fever was spreading. Tembo said supplies were low.", [{ kind: "person", names: ["Amos Tembo", "Tembo"] }]],
  ["Rosa Kline visited a clinic on Monday. She said the wards were crowded.", [{ kind: "person", names: ["Kline", "She"] }]],
  ["Amos Tembo said the wards were full. Rosa Kline said more beds were coming.", [{ kind: "person", names: ["Amos Tembo"] }, { kind: "person", names: ["Rosa Kline"] }]],
  ["Governor Ilse Varga said schools would close. “We have no choice,” Varga told reporters.", [{ kind: "person", names: ["Ilse Varga", "Varga"] }]],
  ["Ilse Varga, the regional governor, said schools would close on Friday.", [{ kind: "person", names: ["Ilse Varga"] }]],
  ["President Ivo Marek said the fever was contained. The president said more doctors would come.", [{ kind: "person", names: ["Ivo Marek", "president"] }]],
  ["Hospital director Paul Ekwe said beds were short. He added that oxygen was running out.", [{ kind: "person", names: ["Paul Ekwe", "He"], description: "director" }]],
  ["Ilse Varga said beds were short. Varga's deputy, Omar Sy, said more were coming.", [{ kind: "person", names: ["Ilse Varga"] }, { kind: "person", names: ["Omar Sy"] }]],
  // media
  ["The Daily Clarion reported that three clinics had closed their doors.", [{ kind: "media", names: ["Daily Clarion"] }]],
  ["Marovia's Sunrise TV said the clinics had run out of beds.", [{ kind: "media", names: ["Sunrise TV"] }]],
  ["Marovia's Coastline station said the port was shut.", [{ kind: "media", names: ["Coastline station"] }]],
  // government
  ["The Ministry of Health said the outbreak was under control. The ministry added that vaccines had arrived.", [{ kind: "government", names: ["Ministry of Health", "ministry"] }]],
  ["Police said the clinic had been looted overnight.", [{ kind: "government", names: ["Police"] }]],
  ["The Interior Ministry said the border would stay open.", [{ kind: "government", names: ["Interior Ministry"] }]],
  ["The army said its medics had reached the villages.", [{ kind: "government", names: ["army"] }]],
  ["The government said schools would close.", [{ kind: "government", names: ["government"] }]],
  ["The Ministry of Finance said costs had doubled. Finance Minister Jan Kos said more money was coming.", [{ kind: "government", names: ["Ministry of Finance"] }, { kind: "person", names: ["Jan Kos"] }]],
  ["The Health Ministry said the toll had risen. The ministry's spokesman, Leo Brandt, said the count was rising.", [{ kind: "government", names: ["Health Ministry"] }, { kind: "person", names: ["Leo Brandt"] }]],
  // organisations
  ["The Tamsin Observatory for Civil Rights said clinics were being shelled. The Observatory said the shelling continued.", [{ kind: "organization", names: ["Tamsin Observatory for Civil Rights", "Observatory"] }]],
  ["The Red Crescent said its volunteers were overwhelmed.", [{ kind: "organization", names: ["Red Crescent"] }]],
  ["The nurses' union said its members would strike on Monday.", [{ kind: "organization", names: ["union"] }]],
  ["The hospital said it had no more beds.", [{ kind: "organization", names: ["hospital"] }]],
  ["Medra Corp. said it would ship vaccines.", [{ kind: "organization", names: ["Medra Corp."] }]],
  // armed groups
  ["The rebel group said its fighters held the road.", [{ kind: "armed-group", names: ["rebel group"] }]],
  ["The armed group Red Dawn said its fighters had left the clinic.", [{ kind: "armed-group", names: ["Red Dawn"] }]],
  ["Rebels said they controlled the road.", [{ kind: "armed-group", names: ["Rebels"] }]],
  // anonymous
  ["Local residents said the water was dirty.", [{ kind: "anonymous", names: ["residents"] }]],
  ["Officials said the clinic would close.", [{ kind: "anonymous", names: ["Officials"] }]],
  ["A witness said the clinic was on fire.", [{ kind: "anonymous", names: ["witness"] }]],
  ["Two diplomats said the talks had stalled.", [{ kind: "anonymous", names: ["diplomats"] }]],
  ["A senior official said the numbers were rising.", [{ kind: "anonymous", names: ["official"] }]],
];

describe("sources: kinds and merged names", () => {
  for (const [body, expected] of cases) {
    it(JSON.stringify(body), () => {
      const a = run(body);
      const seen = JSON.stringify(a.sources.map((s) => [s.name, s.kind, s.mentions.map((m) => m.text)]));
      assert.equal(a.sources.length, expected.length, `sources: ${seen}`);
      for (const w of expected) {
        const s = holder(a, w.names);
        assert.ok(s, `one source named ${w.names.join(" / ")}: ${seen}`);
        assert.equal(s.kind, w.kind, `kind of ${s.name}`);
        if (w.description) assert.ok(s.description?.includes(w.description), `description of ${s.name}: ${s.description}`);
        assert.ok(s.claimIds.length >= 1, `${s.name} is cited`);
      }
    });
  }
});

/** Body -> words that must name no source (headline words, addressees, objects). */
const notSources: [string, string][] = [
  ["Rosa Kline told the Daily Clarion that beds were short.", "Clarion"],
  ["Officials told reporters that the clinic would close.", "reporters"],
  ["Amos Tembo said Fever was not the right word for it.", "Fever"],
  ["Rosa Kline said on Monday that beds were short.", "Monday"],
];

describe("sources: not sources", () => {
  for (const [body, word] of notSources) {
    it(JSON.stringify(body), () => {
      const a = run(body);
      assert.ok(a.sources.length >= 1, "someone is cited");
      assert.ok(!a.sources.some((s) => s.name.includes(word)), `${word} is no source: ${JSON.stringify(a.sources.map((s) => s.name))}`);
    });
  }
});
