/**
 * Sources: one source under all the names an article gives it (surname, title and name,
 * acronym, "the ministry", pronouns), and the kind of each (person, media, government,
 * organization, armed group, anonymous).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "../../bench/lib/paths.js";
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

/** A real passage of the shared corpora, by file and offsets: the corpora stay in ../shared, not in this repository. */
type Ref = { file: string; start: number; end: number };

/** What must hold of a passage's sources: one source with these mentions (and kind), and names no source may have. */
type Check = { source?: { names: string[]; kind?: SourceKind; notDescription?: RegExp }; notNamed?: RegExp };

/** The extraction pages' true article texts, read once. */
let extraction: Record<string, { articleBody: string }> | null = null;

/** The passage a Ref points at ("article-extraction/ground-truth.json#ID" for a page's body), or null when the shared corpora are not beside the repository. */
function passage(ref: Ref): string | null {
  const [file, id] = ref.file.split("#") as [string, string | undefined];
  const path = join(sharedDir, "benchmarks", file);
  if (!existsSync(path)) return null;
  if (id === undefined) return readFileSync(path, "utf8").slice(ref.start, ref.end);
  extraction ??= JSON.parse(readFileSync(path, "utf8")) as Record<string, { articleBody: string }>;
  return extraction[id]?.articleBody.slice(ref.start, ref.end) ?? null;
}

const PAGES = "article-extraction/ground-truth.json#";

/**
 * Real passages of the news texts, the extraction pages and PolNeAR, one or more per pattern of
 * issue 10: junk that names nobody, kinds from a name's shape and context, merges of the forms of
 * one name, and no "Mr." as a description.
 */
const realSources: [Ref, Check][] = [
  // junk: pronouns and their contractions, adverbs, prepositions, months, state abbreviations, labels
  // a name after a noun and a preposition of place is where, not who: "figures in ... County suggest", "a study in India says"
  [{ file: "news-texts/texts/R369.txt", start: 7315, end: 7500 }, { notNamed: /Cuyahoga/ }],
  [{ file: "news-texts/texts/418.txt", start: 35057, end: 35192 }, { notNamed: /^India/ }],
  [{ file: "news-texts/texts/R188.txt", start: 1296, end: 1369 }, { notNamed: /I’ve/ }],
  [{ file: "news-texts/texts/113.txt", start: 922, end: 989 }, { notNamed: /I'd/ }],
  [{ file: `${PAGES}8380689f358c1e3a0f6fca6e11ed13e5304a74060139f7a584347db213950446`, start: 325, end: 534 }, { notNamed: /^Shortly/ }],
  [{ file: "news-texts/texts/R680.txt", start: 421, end: 541 }, { notNamed: /^Unlike/ }],
  [{ file: "news-texts/texts/97.txt", start: 436, end: 654 }, { notNamed: /Calif/ }],
  [{ file: "news-texts/texts/R872.txt", start: 3438, end: 3694 }, { notNamed: /^November$/ }],
  [{ file: "news-texts/texts/R802.txt", start: 295, end: 455 }, { notNamed: /^Almost/ }],
  [{ file: `${PAGES}bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06`, start: 16577, end: 16776 }, { notNamed: /Correction/ }],
  // names never cross a line break: a headline, a byline or a section label before them is no part of them
  [{ file: "news-texts/texts/T147.txt", start: 1496, end: 3876 }, { source: { names: ["Mitt Romney", "Romney campaign"], kind: "person" }, notNamed: /\n/ }],
  [{ file: "news-texts/texts/332.txt", start: 2979, end: 3545 }, { notNamed: /\n|Eyeborg/ }],
  [{ file: "news-texts/texts/R576.txt", start: 0, end: 5112 }, { notNamed: /\n|History/ }],
  // kinds: an acronym the article spells out, "X officials", countries, sites, company words, a lone name called a person
  [{ file: "news-texts/texts/313.txt", start: 377, end: 489 }, { source: { names: ["Department for Work and Pensions"], kind: "government" }, notNamed: /^Pensions$/ }],
  [{ file: `${PAGES}9cb8224b660f36c932823ab613fb76a07928fcbc41956c4c1f96f4ecab9202aa`, start: 1188, end: 1633 }, { source: { names: ["Live Nation", "LN"], kind: "organization" } }],
  [{ file: "news-texts/texts/R356.txt", start: 479, end: 733 }, { source: { names: ["Army officials"], kind: "government" } }],
  [{ file: "news-texts/texts/T78.txt", start: 9367, end: 9487 }, { source: { names: ["Ecuador"], kind: "government" } }],
  [{ file: "news-texts/texts/110.txt", start: 238, end: 414 }, { source: { names: ["People.com"], kind: "media" } }],
  [{ file: "news-texts/texts/R374.txt", start: 195, end: 410 }, { source: { names: ["Mercury Research"], kind: "organization" } }],
  [{ file: "news-texts/texts/R526.txt", start: 1625, end: 1818 }, { source: { names: ["Richmond Times-Democrat"], kind: "media" } }],
  [{ file: "news-texts/texts/T61.txt", start: 2134, end: 2309 }, { source: { names: ["Bank of America"], kind: "organization" } }],
  [{ file: "news-texts/texts/330.txt", start: 340, end: 582 }, { source: { names: ["Cristian"], kind: "person" } }],
  [{ file: `${PAGES}851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29`, start: 0, end: 409 }, { source: { names: ["Helen"], kind: "person" } }],
  [{ file: "news-texts/texts/510.txt", start: 2041, end: 2280 }, { source: { names: ["John Judge"], kind: "person" } }],
  [{ file: `${PAGES}359fee228518d55b921194561e9ca88e428df81940246f8fac7a75398377daea`, start: 1410, end: 1582 }, { source: { names: ["Anezina Solomonidou"], kind: "person" } }],
  [{ file: `${PAGES}b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147`, start: 815, end: 1063 }, { source: { names: ["Scott Paul"], kind: "person" } }],
  [{ file: `${PAGES}b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800`, start: 2140, end: 2242 }, { source: { names: ["report"], kind: "unknown" } }],
  // merges: an acronym spelled out, a family-name-first name, "the automaker" back to the company
  [{ file: `${PAGES}abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5`, start: 636, end: 4014 }, { source: { names: ["Customs and Border Protection", "CBP"] } }],
  [{ file: `${PAGES}ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de`, start: 3067, end: 3494 }, { source: { names: ["Li Jifeng", "Li"], kind: "person" } }],
  [{ file: "attribution/dev/text/nyt_2016-09-20_examining-the-u-n-s-record-on-ur.txt", start: 3540, end: 5600 }, { source: { names: ["Ban Ki-moon", "Ban"], kind: "person" } }],
  [{ file: `${PAGES}06ee193de4bd611f7fafbab0c59b0f6fe3495093516720632cd093b24c7a0e98`, start: 3208, end: 3495 }, { source: { names: ["VW", "automaker"], kind: "organization" } }],
  // a title's office is a body; a name with its verb after it is a clause, no speaker
  [{ file: `${PAGES}7a457a4f71735c17b8b34fafc88835d225cf879b2d812311857a64cfc891eee9`, start: 120, end: 399 }, { source: { names: ["Western District of New York"], kind: "government" }, notNamed: /^Attorney$/ }],
  [{ file: `${PAGES}42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc`, start: 1313, end: 1516 }, { notNamed: /released/ }],
  // descriptions: "Mr." and "Ms." say nothing of a person
  [{ file: "news-texts/texts/R368.txt", start: 4432, end: 4502 }, { source: { names: ["Palazzolo"], kind: "person", notDescription: /\bM(?:r|s|rs)\.?/ } }],
  [{ file: "news-texts/texts/170.txt", start: 584, end: 765 }, { source: { names: ["Damiani"], kind: "person", notDescription: /\bM(?:r|s|rs)\.?/ } }],
];

/** The same patterns, written for the rule, with their look-alikes. */
const patternSources: [string, Check][] = [
  ["Polling Day said the count would be close.", { notNamed: /Polling|Day/ }],
  ["Afterwards, Rosa Kline said the wards were full.", { source: { names: ["Rosa Kline"], kind: "person" }, notNamed: /Afterwards/ }],
  ["No, Kline said, the wards were not full.", { notNamed: /^No$/ }],
  ["French said the wards were full.", { notNamed: /French/ }],
  ["Catholic said the wards were full.", { notNamed: /Catholic/ }],
  ["Three said the wards were full.", { notNamed: /Three/ }],
  ["Guest Columnist\n\nVoters said the wards were full.", { notNamed: /Columnist/ }],
  ["Fever Spreads Again\nBy Jane Roe\n\nOfficials said the wards were full.", { notNamed: /Roe|Again/ }],
  ["Others said the wards were full.", { source: { names: ["Others"], kind: "anonymous" } }],
  ["A Republican said the wards were full.", { source: { names: ["Republican"], kind: "anonymous" } }],
  ["The FAA said inspections would take a week.", { source: { names: ["FAA"], kind: "organization" } }],
  ["The Federal Aviation Administration (FAA) grounded the jets. The FAA said inspections would take a week.", { source: { names: ["Federal Aviation Administration", "FAA"], kind: "government" } }],
  ["Acme Power officials said the plant would close.", { source: { names: ["Acme Power officials"], kind: "organization" } }],
  ["Acme Power's spokesman said the plant would close.", { source: { names: ["Acme Power's spokesman"], kind: "organization" } }],
  ["Rosa Kline toured the clinic. Kline's spokesman said she was tired.", { source: { names: ["Rosa Kline", "Kline's spokesman"], kind: "person" } }],
  ["U.S. officials said the talks had stalled.", { source: { names: ["U.S. officials"], kind: "anonymous" } }],
  ["Water Resources officials said the dam was safe. Water Resources Department officials said the gates would open.", { source: { names: ["Water Resources officials", "Water Resources Department officials"], kind: "government" } }],
  ["President Moon Jae-in said the talks would resume. Moon added that he was hopeful.", { source: { names: ["Moon Jae-in", "Moon"], kind: "person" } }],
  ["Ana Maria Lopez Garcia, the health minister, said beds were short. Lopez Garcia said more were coming.", { source: { names: ["Ana Maria Lopez Garcia", "Lopez Garcia"], kind: "person" } }],
  ["The Texas Railroad Commission approved the permits in May. The Texas RRC said the wells were safe.", { source: { names: ["Texas Railroad Commission", "Texas RRC"], kind: "government" } }],
  ["The Securities and Exchange Commission opened an inquiry. Debts had doubled, according to SEC filings.", { source: { names: ["Securities and Exchange Commission", "SEC filings"], kind: "government" } }],
  ["Harlow Motors will cut 300 jobs, the company said on Monday.", { source: { names: ["Harlow Motors", "the company"], kind: "organization" } }],
  ["The Daily Clarion reported that three clinics had closed. The newspaper said more would close.", { source: { names: ["Daily Clarion", "newspaper"], kind: "media" } }],
  ["Ms. Rosa Kline said the clinic was full. Mr. Amos Tembo said it was not.", { source: { names: ["Amos Tembo"], kind: "person", notDescription: /Mr\./ } }],
  ["The Governor's Office said the roads were closed.", { source: { names: ["Governor's Office"], kind: "government" } }],
  ["The Harlow Group's Office of Research released three reports that said costs had doubled.", { notNamed: /released/ }],
  ["The new Harlow X7 Slate promises a hassle-free experience, the company said.", { notNamed: /X7/ }],
  ["Republicans said the plan was dead.", { source: { names: ["Republicans"], kind: "anonymous" } }],
  ["The paper said the mayor had lied.", { source: { names: ["paper"], kind: "media" } }],
  ["Two companies said prices would rise.", { source: { names: ["Two companies"], kind: "organization" } }],
  ["Verizon Wireless said the network was down.", { source: { names: ["Verizon Wireless"], kind: "organization" } }],
  ["Local said the road was shut.", { notNamed: /Local/ }],
  ["A Rosa Kline fan waved at the clinic. She said the wards were full.", { notNamed: /Kline/ }],
  ["A certain Harlow Tembo king ruled the valley. He said the wells were dry.", { notNamed: /Tembo/ }],
  ["Amos Tembo spoke at the Desiring Tembo 2013 Conference. Tembo said the wards were full.", { source: { names: ["Amos Tembo"], kind: "person" }, notNamed: /Desiring/ }],
  ["Ecuador said it would wait until August.", { source: { names: ["Ecuador"], kind: "government" } }],
  ["Prices will rise, according to Salon.com.", { source: { names: ["Salon.com"], kind: "media" } }],
];

describe("sources: the patterns of issue 10 in real passages and our own sentences", () => {
  for (const [given, want] of [...realSources, ...patternSources] as [Ref | string, Check][]) {
    it(typeof given === "string" ? JSON.stringify(given) : `${given.file.replace(/#(.{12}).*/, "#$1")} @${given.start}`, function () {
      const body = typeof given === "string" ? given : passage(given);
      if (body === null) {
        console.log(`      skipped: the shared corpora are not at ${sharedDir}`);
        this.skip();
      }
      const a = run(body!);
      const seen = JSON.stringify(a.sources.map((s) => [s.name, s.kind, s.description, s.mentions.map((m) => m.text)]));
      if (want.notNamed) for (const s of a.sources) assert.ok(!want.notNamed.test(s.name), `no source is named ${want.notNamed}: ${seen}`);
      if (want.source) {
        const s = holder(a, want.source.names);
        assert.ok(s, `one source named ${want.source.names.join(" / ")}: ${seen}`);
        if (want.source.kind) assert.equal(s.kind, want.source.kind, `kind of ${s.name}: ${seen}`);
        if (want.source.notDescription) assert.ok(!want.source.notDescription.test(s.description ?? ""), `description of ${s.name}: ${s.description}`);
      }
    });
  }
});

/**
 * The junk of the sources bench, by pattern, in sentences of our own: a word that opens a sentence
 * (an adverb, an interjection, a verb's imperative or gerund, a vocative), a title-case line, a name
 * cut short or run on, a name that only modifies a thing, a region, a phrase that names no one;
 * each with the look-alikes that must stay sources.
 */
const junkPatterns: [string, Check & { named?: string; kind?: SourceKind }][] = [
  // sentence openers that are common words, never capitalised mid-sentence
  ["Having said that, the nurses were calm.", { notNamed: /Having/ }],
  ["Keep adding beds, the nurses told the clinic.", { notNamed: /Keep/ }],
  // an imperative's verb with its object is no speaker ("Give existing customers the opportunity to ... ask for more")
  ["Give existing patients the means to reach the ward and ask for more care.", { notNamed: /Give/ }],
  ["Appraisals say the clinic is worth less. The appraisal was done in May.", { notNamed: /Appraisals/ }],
  ["Plus, admit it, you have said the same about the clinic.", { notNamed: /Plus/ }],
  ["The wards are full, the nurses say. Nonetheless, as I say, good luck to the clinic.", { source: { names: ["nurses"], kind: "anonymous" }, notNamed: /Nonetheless/ }],
  ["Ethically, the nurses say, the ward should close.", { source: { names: ["nurses"], kind: "anonymous" }, notNamed: /Ethically/ }],
  // vocatives
  ["Friends, let me tell you something: the wards are full.", { notNamed: /Friends/ }],
  ["Marta, I would say you should rest before the night shift.", { notNamed: /Marta/ }],
  // look-alikes: a name in apposition, or after a title, stays
  ["Kovacs, speaking to a local paper, said the wards were full.", { source: { names: ["Kovacs"] } }],
  ["Tembo, 45, said the wards were full.", { source: { names: ["Tembo"] } }],
  ["Dr. Deming’s ideas, for half a century, have said the same about wards.", { named: "Deming", kind: "person" }],
  // title-case lines: a list of titles, a section label; a headline's subject before its verb stays
  ["12. A Dubious Claim About the Fever Ward (May 3, 2011)\n\n13. Clinic Chief Resigns Over Beds (May 9, 2011)\n\nOfficials said the wards were full.", { source: { names: ["Officials"] }, notNamed: /Dubious|Claim/ }],
  ["Most Exciting: “Nurse Rosa Kline, Gold-Medal Carer, Rises to Stardom”\n\nOfficials said the wards were full.", { notNamed: /Exciting/ }],
  ["The ward was praised all year.\n\nMost Exciting:\n“Nurse Rosa Kline, Gold-Medal Carer, Rises to Stardom”\n\nOfficials said the wards were full.", { notNamed: /Exciting/ }],
  ["7. Tembo Testifies That the Ward Broke the Rules (May 15, 2007)\n\n8. Kline Declares the Ward Closed (May 20, 2007)", { source: { names: ["Tembo"] }, notNamed: /Testifies/ }],
  // names cut short take the rest of their run; a name's half after "and" takes its first half
  ["Springfield Mayor Amos Tembo summed it up: “The wards are full,” he told reporters.", { notNamed: /^Amos$/ }],
  ["So says Harlow Reports in its list of clinics to avoid.", { notNamed: /^Harlow$/ }],
  ["The wards are full, according to Jan Kos of the Institute of Economic and Social Research, which counts beds each week.", { notNamed: /^Social Research$/ }],
  ["State Bank of Marovia cautioned the clinic that it would not lend more.", { source: { names: ["State Bank of Marovia"] } }],
  ["Samsung Galaxy Note 10 Plus for $840\n\nThe clinic said its phones were old.", { notNamed: /Galaxy/ }],
  // a run-in verb or conjunction before a name, a place from a description, a region
  ["Whether Springfield pays its nurses in full will depend on revenue. Springfield said on Monday that the wards were full.", { notNamed: /Whether/ }],
  ["One western executive of a big chemical company in Marovia said the plant had not stopped.", { source: { names: ["executive of a big chemical company in Marovia"], kind: "anonymous" }, notNamed: /^Marovia$/ }],
  ["The Midwest claimed 19.5 percent of the cases and the Northeast, 16.2 percent.", { notNamed: /Midwest|Northeast/ }],
  // a place after a role or a document is where they are, not who speaks ("Officials in Marovia said")
  ["Officials in Marovia said the wards were full.", { source: { names: ["Officials in Marovia"], kind: "anonymous" }, notNamed: /^Marovia$/ }],
  ["Residents in Port Ellis said the water was brown.", { source: { names: ["Residents in Port Ellis"], kind: "anonymous" }, notNamed: /^Port Ellis$/ }],
  ["The latest figures in Marovia suggest that about 2,000 nurses have left the wards.", { notNamed: /Marovia/ }],
  ["A survey in Marovia found that most clinics were full.", { notNamed: /^Marovia$/ }],
  // look-alikes: the body a role speaks for, a name that is the whole subject
  ["A spokesman for the Marovia Nurses Union said the wards were full.", { notNamed: /^Marovia$/ }],
  ["Earlier this week in Marovia, Kline said the wards were full.", { source: { names: ["Kline"] } }],
  // "It" after a sentence whose subject is a body that only acts there: that body speaks
  ["The health ministry said 41 people had died. The Marovia Relief Society gave higher figures on Monday. It said its volunteers had recorded 67 deaths.", { source: { names: ["Marovia Relief Society", "It"], kind: "organization" } }],
  ["The Marovia Relief Society said 41 people had died. Amos Tembo visited the clinic on Monday. It said the wards were full.", { source: { names: ["Marovia Relief Society", "It"] } }],
  ["The ministry said 41 people had died. The medical charity Medicor, which runs two clinics, painted a grimmer picture. They put the number of dead at 67, and warned that water was short.", { source: { names: ["Medicor", "They"], kind: "organization" } }],
  // a day before a speaker's phrase is when, not who ("By Sunday the county office was reporting that ...")
  ["A fire destroyed 14 homes, the chief said. By Sunday the county emergency office was reporting that nine homes had been destroyed.", { source: { names: ["county emergency office"] }, notNamed: /Sunday/ }],
  // a short role in apposition before a name at the sentence's end ("..., his agent, Leo Marchetti, said")
  ["The fee was in the region of £38 million, his agent, Leo Marchetti, said on Sunday.", { source: { names: ["Leo Marchetti"], kind: "person" } }],
  // a tally released by a body is that body's; a noun in -ly is no adverb; a hyphenated family name is whole; "Her campaign" is hers, not the tally's
  ["Opposition candidate Mira Osei-Bell received 212,480 votes, according to the official tally released by the Marovia Electoral Board on Tuesday.\n\nHer campaign claimed she had won 231,000 votes.", { source: { names: ["Marovia Electoral Board"] }, notNamed: /^official$/ }],
  ["Opposition candidate Mira Osei-Bell received 212,480 votes, according to the official tally released by the Marovia Electoral Board on Tuesday.\n\nHer campaign claimed she had won 231,000 votes.", { source: { names: ["Her campaign"], kind: "person" }, named: "Mira Osei-Bell" }],
  // a service is a public body ("the city's emergency services said", "the fire service said"); a body's person is a person
  ["The toll rose to 13, the city's emergency services said.", { source: { names: ["emergency services"], kind: "government" } }],
  ["The Crown Prosecution Service's Alison Levitt said that six people would be charged.", { source: { names: ["Alison Levitt"], kind: "person" } }],
  // phrases that name no one: a faculty, "the good news", a verb with its object, "the answer", a comparative
  ["But I don't think so; my instincts say the ward is safe.", { notNamed: /instincts/ }],
  ["The good news is, once you rest, you can look back and say you made it.", { notNamed: /news/ }],
  ["The sub-committee that produced the report said it was shocked by the numbers.", { notNamed: /produced/ }],
  ["Based on what we knew then, the answer was, “When the ward opens.”", { notNamed: /answer/ }],
  ["Those in favor of punishment have said that the nurse started the fight.", { notNamed: /punishment/ }],
  // a name's first half takes the rest after "and" when the rest ends in a body's word
  ["The policy manual of the Citizenship and Immigration Services notes that nurses must be vaccinated.", { notNamed: /^Citizenship$/ }],
  // look-alikes: a body's word after a name, a person noun, a company noun
  ["The Pew report found that 61% said the wards were full.", { named: "Pew" }],
  ["The carrier says it is beginning work on nine more clinics.", { source: { names: ["carrier"], kind: "organization" } }],
  ["Philadelphia Mayor Michael Nutter said the wards were full.", { source: { names: ["Michael Nutter"], kind: "person" } }],
];

describe("sources: the junk of the sources bench, by pattern", () => {
  for (const [body, want] of junkPatterns) {
    it(JSON.stringify(body), () => {
      const a = run(body);
      const seen = JSON.stringify(a.sources.map((s) => [s.name, s.kind]));
      if (want.notNamed) for (const s of a.sources) assert.ok(!want.notNamed.test(s.name), `no source is named ${want.notNamed}: ${seen}`);
      if (want.source) {
        const s = holder(a, want.source.names);
        assert.ok(s, `one source named ${want.source.names.join(" / ")}: ${seen}`);
        if (want.source.kind) assert.equal(s.kind, want.source.kind, `kind of ${s.name}: ${seen}`);
      }
      if (want.named) {
        const s = a.sources.find((x) => x.name === want.named);
        assert.ok(s, `a source named ${want.named}: ${seen}`);
        if (want.kind) assert.equal(s.kind, want.kind, `kind of ${s.name}: ${seen}`);
      }
    });
  }
});

describe("a noun of one sort of body names only a body of that sort", () => {
  const cases: [string, string[][]][] = [
    ["The strike cost the economy £120 million, the Chamber of Commerce estimated. The rail union said the true cost was closer to £40 million.", [["the Chamber of Commerce"], ["The rail union"]]],
    ["The Transport Workers Union called a strike. The union said 9,000 members walked out.", [["The Transport Workers Union", "The union"]]],
    ["Acme Corp posted a loss on Monday. The struggling company said sales fell by a third.", [["Acme Corp", "The struggling company"]]],
  ];
  for (const [body, want] of cases) {
    it(body, () => {
      const a = analyze({ text: `Title\n\n${body}`, title: "Title" });
      assert.deepEqual(a.sources.map((s) => s.mentions.map((m) => m.text)), want);
    });
  }
});
