/**
 * Mine candidate pairs of figures that may disagree, for hand judging (test/fixtures/conflicts/).
 *
 * usage: npm run mine:conflicts -- [--corpus news-texts|polnear|extraction|all] [--limit N]
 *          [--doc NAME] [--top K] [--min S] [--sort doc|score] [--json]
 *
 * For each document: run analyze() for its figures (value, interval, unit) and sources, then pair
 * figures by a loose rule of our own that does not trust the engine's measure:
 *  - the same unit kind (percent / money / count);
 *  - different values (different numbers, or different intervals for vague ones);
 *  - from different voices: two sources, the headline against the body, attributed against
 *    unattributed, or two speakers our own cue pattern reads in the sentences ("police said");
 *  - sharing the counted noun (the word after the figure) or a content word of the clause around
 *    the figure (killed, votes, jobs, ...).
 * Each candidate gets a score (shared words, same noun, the engine's measure agreeing, closeness
 * of the values) and the top K of a document are printed with both figures (text, offset, nth
 * occurrence for labels.json) and both sentences. `*` marks pairs the engine itself reports.
 * --limit N reads the first N documents of each corpus; --doc keeps the documents whose name
 * contains NAME.
 */
import { analyze } from "../src/analysis/index.js";
import type { Analysis, Figure } from "../src/analysis/types.js";
import { sharedDir } from "./lib/paths.js";
import { inputOf, loadCorpus, nthOf, sentenceAround, type Corpus, type Doc } from "./lib/conflict-labels.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const which = opt("--corpus") ?? "all";
const limit = Number(opt("--limit") ?? Infinity);
const top = Number(opt("--top") ?? 6);
const minScore = Number(opt("--min") ?? 2);
const docFilter = opt("--doc");
const sortBy = opt("--sort") ?? "doc";
const asJson = args.includes("--json");

const CORPUS_SETS: Record<string, Corpus[]> = {
  "news-texts": ["news-texts"],
  polnear: ["polnear-train", "polnear-dev"],
  "polnear-train": ["polnear-train"],
  "polnear-dev": ["polnear-dev"],
  extraction: ["extraction"],
  all: ["news-texts", "polnear-train", "polnear-dev", "extraction"],
};
const corpora = CORPUS_SETS[which];
if (!corpora) {
  console.error(`unknown --corpus ${which}: news-texts | polnear | extraction | all`);
  process.exit(2);
}

/** Words that carry no frame. */
const STOP = new Set(
  ("the a an and or but of in on at to for from by with as is are was were be been being has have had do does did " +
    "that this these those it its their there they them he she his her him we our you your i my me who whom which what " +
    "when where while than then so not no nor also more most less least about over under nearly almost some any all " +
    "each per up down out into onto off just only said says say told according reported report estimated percent " +
    "cent million billion thousand hundred dozen dozens year years month months week weeks day days last first " +
    "one two three four five six seven eight nine ten will would could should may might can new other such") .split(/\s+/),
);

/** A speech cue with the speaker before it ("police said") or after it ("according to X", "said X"). */
const CUE_BEFORE = /((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|\b(?:police|officials?|organi[sz]ers|authorities|activists|witnesses|residents|doctors|hospital|ministry|spokes(?:man|woman|person)|the (?:\w+ ){0,2}(?:group|agency|company|government|department|survey|poll|report|study)))\s+(?:has |had )?(?:said|says|told|estimated|estimates|reported|reports|claimed|claims|put|puts|counted|announced)\b/g;
const CUE_AFTER = /\b(?:according to|said|says|told)\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4})/g;

function ownSpeaker(sentence: string): string | null {
  const found: string[] = [];
  for (const re of [CUE_AFTER, CUE_BEFORE]) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentence)); ) {
      const w = m[1]!.trim().replace(/^(?:The|A|An|But|And|In|On|At|Meanwhile|However)\s+/, "");
      if (w && !/^(?:He|She|It|They|We|I|This|That)$/.test(w)) found.push(w.toLowerCase().split(/\s+/).slice(-1)[0]!);
    }
  }
  return found[0] ?? null;
}

/** A crude stem, so "killed"/"killing" and "votes"/"vote" meet. */
function stem(w: string): string {
  w = w.toLowerCase().replace(/[’']s$/, "");
  for (const suf of ["ings", "ing", "ies", "ied", "ed", "es", "s"]) if (w.length > suf.length + 3 && w.endsWith(suf)) return w.slice(0, -suf.length);
  return w;
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

type Fig = {
  f: Figure;
  kind: "percent" | "money" | "count";
  voice: string;
  voiceName: string;
  noun: string | null;
  words: Set<string>;
  sentence: [number, number];
  nth: number;
  num: number;
};

function kindOf(f: Figure): Fig["kind"] {
  if (f.unit === "percent") return "percent";
  if (f.unit && /^[A-Z]{3}$/.test(f.unit)) return "money";
  if (/[$£€¥]|\b(?:dollars?|euros?|pounds|yuan|rupees)\b/i.test(f.text)) return "money";
  if (/%|\bper ?cent\b/i.test(f.text)) return "percent";
  return "count";
}

/** The counted noun: the first content word after the figure (skipping "people of", adjectives stay). */
function nounAfter(text: string, end: number): string | null {
  WORD.lastIndex = 0;
  const after = text.slice(end, end + 40).split(/[.;:!?\n]/)[0]!;
  for (const m of after.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (STOP.has(w) || /^(?:percent|per|cent|points?|people)$/.test(w)) continue;
    return stem(w);
  }
  return null;
}

/** The content words of the clause around a figure: up to 8 words either side, within its sentence. */
function clauseWords(text: string, sent: [number, number], f: Figure): Set<string> {
  const before = [...text.slice(sent[0], f.start).matchAll(WORD)].map((m) => m[0]).slice(-8);
  const after = [...text.slice(f.end, sent[1]).matchAll(WORD)].map((m) => m[0]).slice(0, 8);
  const out = new Set<string>();
  for (const w of [...before, ...after]) {
    const l = w.toLowerCase();
    if (l.length < 3 || STOP.has(l)) continue;
    out.add(stem(l));
  }
  return out;
}

function figsOf(d: Doc, a: Analysis): Fig[] {
  const text = d.text;
  return a.figures
    .filter((f) => f.value !== null || f.low !== null || f.high !== null)
    .map((f) => {
      const sentence = sentenceAround(text, f.start, f.end);
      const sent = text.slice(sentence[0], sentence[1]);
      const own = ownSpeaker(sent);
      const srcName = f.sourceId ? a.sources.find((s) => s.id === f.sourceId)?.name ?? f.sourceId : null;
      const voice = srcName ? `src:${f.sourceId}` : f.inHeadline ? "headline" : own ? `cue:${own}` : "article";
      const voiceName = srcName ?? (f.inHeadline ? "headline" : own ? `(cue) ${own}` : "article");
      return {
        f,
        kind: kindOf(f),
        voice,
        voiceName,
        noun: nounAfter(text, f.end),
        words: clauseWords(text, sentence, f),
        sentence,
        nth: nthOf(text, f.text, f.start),
        num: f.value ?? f.low ?? f.high ?? NaN,
      };
    });
}

/** Two figures give different numbers. */
function differ(x: Figure, y: Figure): boolean {
  if (x.value !== null && y.value !== null) return x.value !== y.value || x.low !== y.low || x.high !== y.high;
  return x.low !== y.low || x.high !== y.high;
}

type Candidate = {
  corpus: Corpus;
  doc: string;
  score: number;
  kind: Fig["kind"];
  shared: string[];
  engine: boolean;
  figures: Array<{ text: string; start: number; nth: number; voice: string; measure: string | null; unit: string | null; value: number | null; low: number | null; high: number | null; sentence: string }>;
};

function mine(d: Doc): Candidate[] {
  const a = analyze(inputOf(d));
  const figs = figsOf(d, a);
  const reported = new Set(a.conflicts.map((c) => [...c.figureIds].sort().join(" ")));
  const out: Candidate[] = [];
  for (let i = 0; i < figs.length; i++) {
    for (let j = i + 1; j < figs.length; j++) {
      const x = figs[i]!;
      const y = figs[j]!;
      if (x.kind !== y.kind || x.voice === y.voice || !differ(x.f, y.f)) continue;
      // two voices must be told apart: two plain body figures without cues are one voice
      const ratio = Math.max(Math.abs(x.num), Math.abs(y.num)) / Math.max(1e-9, Math.min(Math.abs(x.num), Math.abs(y.num)));
      if (x.kind !== "percent" && !(ratio <= 10)) continue;
      const shared = [...x.words].filter((w) => y.words.has(w));
      const sameNoun = x.noun !== null && x.noun === y.noun;
      if (!shared.length && !sameNoun) continue;
      let s = Math.min(shared.length, 4) + (sameNoun ? 3 : 0);
      if (x.f.measure && x.f.measure === y.f.measure) s += 2;
      if (x.f.inHeadline || y.f.inHeadline) s += 1;
      if (ratio <= 1.5) s += 1;
      if (x.sentence[0] === y.sentence[0]) s -= 1; // one sentence: mostly a part and its whole, or a change
      if (s < minScore) continue;
      const side = (g: Fig) => ({
        text: g.f.text, start: g.f.start, nth: g.nth, voice: g.voiceName, measure: g.f.measure, unit: g.f.unit, value: g.f.value, low: g.f.low, high: g.f.high,
        sentence: d.text.slice(g.sentence[0], g.sentence[1]).replace(/\s+/g, " ").trim(),
      });
      out.push({
        corpus: d.corpus, doc: d.doc, score: s, kind: x.kind, shared: sameNoun ? [`noun:${x.noun}`, ...shared] : shared,
        engine: reported.has([x.f.id, y.f.id].sort().join(" ")), figures: [side(x), side(y)],
      });
    }
  }
  // engine-reported pairs always stay; the rest: the best K
  out.sort((p, q) => q.score - p.score || p.figures[0]!.start - q.figures[0]!.start);
  return out.filter((c, k) => c.engine || k < top);
}

const all: Candidate[] = [];
let docs = 0;
for (const c of corpora) {
  let list = loadCorpus(sharedDir, c);
  if (docFilter) list = list.filter((d) => d.doc.includes(docFilter));
  for (const d of list.slice(0, limit)) {
    docs++;
    all.push(...mine(d));
  }
}
if (sortBy === "score") all.sort((p, q) => q.score - p.score);

if (asJson) {
  console.log(JSON.stringify({ docs, candidates: all }, null, 1));
} else {
  let last = "";
  for (const c of all) {
    const key = `${c.corpus}/${c.doc}`;
    if (key !== last || sortBy === "score") console.log(`\n=== ${key}`);
    last = key;
    console.log(`${c.engine ? "*" : " "} score ${c.score} ${c.kind}  shared: ${c.shared.join(", ")}`);
    for (const [k, f] of c.figures.entries())
      console.log(`   ${k ? "b" : "a"}: "${f.text}" nth ${f.nth} @${f.start} [${f.voice}] measure=${f.measure ?? "-"} unit=${f.unit ?? "-"}\n      ${f.sentence.length > 360 ? f.sentence.slice(0, 359) + "…" : f.sentence}`);
  }
  console.log(`\n${all.length} candidates in ${docs} documents (${all.filter((c) => c.engine).length} reported by the engine)`);
}
