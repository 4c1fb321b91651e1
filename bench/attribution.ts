/**
 * Attribution bench: how well analyze() finds who said what in real news (PolNeAR dev/train).
 *
 * usage: npm run bench:attribution -- [--split dev|train] [--limit N] [--verbose] [--study]
 *
 * Workflow:
 *  1. load each text of the split with its first annotator's .ann (bench/lib/brat.ts)
 *  2. run analyze({ text, title: first line })
 *  3. score claims against the marked Contents (rules at the top of bench/lib/attribution-score.ts):
 *     precision, recall, F1, recall on speech attributions only, source right among matches
 *  4. print a table, the misses with --verbose, and a final JSON line
 * --study prints a corpus study instead (cue words, quote share, source forms).
 * --fixtures prints, instead, how many labels of each hand-labelled fixture hold, and the misses.
 */
import { analyze } from "../src/analysis/index.js";
import { loadSplit, spanText } from "./lib/brat.js";
import { scoreDoc, totals, type DocScore } from "./lib/attribution-score.js";
import { corpusStudy } from "./lib/corpus-study.js";
import { loadFixtures, loadSeed } from "./lib/fixtures.js";
import { scoreLabels } from "./lib/score-labels.js";

/** Targets on dev, from the brief. */
const TARGETS = { precision: 0.85, speechRecall: 0.8, sourceRightRate: 0.85 };

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = opt("--split") ?? "dev";
const limit = Number(opt("--limit") ?? Infinity);
const verbose = args.includes("--verbose");

if (args.includes("--fixtures")) {
  let held = 0, all = 0;
  for (const f of [...loadFixtures(), ...[loadSeed()].filter((x) => x !== null)]) {
    const r = scoreLabels(f.labels, analyze({ text: f.text, title: f.title }));
    held += r.checks - r.misses.length;
    all += r.checks;
    console.log(`${f.slug.padEnd(22)} ${String(r.checks - r.misses.length).padStart(3)}/${r.checks} ${r.pass ? "PASS" : ""}`);
    if (verbose) for (const m of r.misses) console.log(`    ${m.name}: ${m.why}`);
  }
  console.log(`all fixtures: ${held}/${all} labels hold`);
  console.log(JSON.stringify({ bench: "fixtures", held, labels: all }));
  process.exit(0);
}

const docs = loadSplit(split).slice(0, limit);
if (args.includes("--study")) {
  console.log(corpusStudy(docs));
  process.exit(0);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + "%";
const clip = (s: string, n = 140) => (s.length > n ? s.slice(0, n - 1) + "…" : s).replace(/\s+/g, " ");

const scores: DocScore[] = [];
for (const doc of docs) {
  const title = doc.text.split("\n", 1)[0];
  const t0 = performance.now();
  let analysis;
  try {
    analysis = analyze({ text: doc.text, title });
  } catch (e) {
    console.log(`${doc.slug}: analyze threw: ${(e as Error).message}`);
    continue;
  }
  scores.push(scoreDoc(doc, analysis, performance.now() - t0));
}

console.log(`attribution bench, split ${split}: ${scores.length} articles\n`);
console.log("article".padEnd(52) + " claims  match gold  speech  P      R      spR    srcOK");
for (const s of scores) {
  const p = s.claims ? s.matched / s.claims : 0, r = s.contents ? s.matched / s.contents : 0;
  const sr = s.speech ? s.speechMatched / s.speech : 0, so = s.sourceJudged ? s.sourceRight / s.sourceJudged : 0;
  console.log(
    `${s.slug.slice(0, 51).padEnd(52)} ${String(s.claims).padStart(5)} ${String(s.matched).padStart(6)} ${String(s.contents).padStart(4)} ${String(s.speech).padStart(6)} ${pct(p)} ${pct(r)} ${pct(sr)} ${pct(so)}`,
  );
  if (!verbose) continue;
  const doc = docs.find((d) => d.slug === s.slug)!;
  for (const c of s.falsePositives) console.log(`    FP   [${c.cue}${c.direct ? ", direct" : ""}] ${clip(c.text)}`);
  for (const a of s.missedSpeech)
    console.log(`    MISS [${clip(spanText(doc.text, a.cue), 30)}] ${clip(spanText(doc.text, a.source), 30)}: ${clip(spanText(doc.text, a.content))}`);
  for (const w of s.wrongSource) console.log(`    SRC  ours "${w.ours}", gold "${w.gold}": ${clip(w.claim.text, 80)}`);
}

if (verbose) {
  const byCue = new Map<string, number>();
  for (const s of scores) {
    const doc = docs.find((d) => d.slug === s.slug)!;
    for (const a of s.missedSpeech) {
      const c = spanText(doc.text, a.cue).toLowerCase().replace(/\s+/g, " ").trim() || "(no cue)";
      byCue.set(c, (byCue.get(c) ?? 0) + 1);
    }
  }
  console.log("\nmissed speech attributions by cue:");
  for (const [c, n] of [...byCue].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(4)}  ${c}`);
}

const t = totals(scores);
const mark = (v: number, target: number) => (v >= target ? "ok" : `below ${target}`);
console.log(`
claims ${t.claims}, matched ${t.matched}, unmatched ${t.claims - t.matched} (of which ${t.nearMisses} overlap a gold content too little), gold contents ${t.contents} (speech ${t.speech})
  precision     ${pct(t.precision)}   ${split === "dev" ? mark(t.precision, TARGETS.precision) : ""}
  recall        ${pct(t.recall)}   (all attributions, beliefs included)
  F1            ${pct(t.f1)}
  speech recall ${pct(t.speechRecall)}   ${split === "dev" ? mark(t.speechRecall, TARGETS.speechRecall) : ""}
  source right  ${pct(t.sourceRightRate)}   of ${t.sourceJudged} matched claims with a marked source ${split === "dev" ? mark(t.sourceRightRate, TARGETS.sourceRightRate) : ""}
  analyze total ${scores.reduce((n, s) => n + s.ms, 0).toFixed(0)} ms`);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
console.log(JSON.stringify({
  bench: "attribution", split, docs: t.docs, claims: t.claims, matched: t.matched, contents: t.contents, speech: t.speech, speechMatched: t.speechMatched,
  precision: r3(t.precision), recall: r3(t.recall), f1: r3(t.f1), speechRecall: r3(t.speechRecall), sourceRight: r3(t.sourceRightRate),
}));
