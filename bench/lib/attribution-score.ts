/**
 * Scores an analysis's claims against hand-marked attributions (the PolNeAR corpus).
 *
 * Rules (documented here, used by bench/attribution.ts and its tests):
 *  - MATCH: a claim matches a gold Content when their overlap (in characters, summed over the
 *    parts of a discontinuous Content) is at least half of the SHORTER of the two. Matching is
 *    one-to-one and greedy: all qualifying pairs, largest overlap first.
 *  - CONTENTS: every attribution (E line) with a Content; two attributions with the very same
 *    Content spans count once.
 *  - SPEECH: an attribution is a reported statement when its Cue text holds a speech or writing
 *    word (SPEECH_CUE below), or when its Content is a direct quotation: the Content's first
 *    non-space character is an opening quotation mark (" “ ‘ « „, or two apostrophes '' as the
 *    corpus's New York Times texts write them), or the mark just before the Content (skipping
 *    spaces) is one.
 *  - SOURCE RIGHT: judged on matched claims whose gold attribution marks a Source. Our claim's
 *    source is right when (a) any of its mentions overlaps the gold Source span, or (b) the gold
 *    Source's head word (its last capitalised word, possessive 's dropped; if it has none, the
 *    last word before any "with/to/of/who/familiar/close..." that is not a determiner) appears as a whole word in our source's name or any
 *    mention; when the gold Source is a pronoun (he, she, they, I, we, who, ...) and (a) fails,
 *    (b) is applied to its antecedent: the nearest gold Source before it in the same file that
 *    is not a pronoun.
 */
import type { Analysis, Claim, Source } from "../../src/analysis/types.js";
import type { CorpusDoc, GoldAttribution, Spans } from "./brat.js";
import { spanText } from "./brat.js";

/** Speech and writing cues: a cue holding one of these words makes a reported statement. */
export const SPEECH_CUE =
  /\b(say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|according to|claim(?:s|ed|ing)?|den(?:y|ies|ied|ying)|confirm(?:s|ed|ing)?|announc(?:e|es|ed|ing|ement)|writ(?:e|es|ing|ten)|wrote|stat(?:e|es|ed|ing|ement|ements)|ask(?:s|ed|ing)?|argu(?:e|es|ed|ing)|insist(?:s|ed|ing)?|not(?:e|es|ed|ing)|explain(?:s|ed|ing)?|declar(?:e|es|ed|ing)|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|tweet(?:s|ed|ing)?|post(?:s|ed|ing)|report(?:s|ed|ing)?|comment(?:s|ed|ing)?|remark(?:s|ed)?|assert(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|testif(?:y|ies|ied|ying)|warn(?:s|ed|ing)?|urg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|call(?:s|ed|ing)|accus(?:e|es|ed|ing)|allege(?:s|d)?|alleging|describ(?:e|es|ed|ing)|recall(?:s|ed|ing)?|quipp?(?:s|ed)?|jok(?:e|es|ed|ing)|boast(?:s|ed|ing)?|complain(?:s|ed|ing)?|mention(?:s|ed|ing)?|point(?:s|ed)? out|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|email(?:s|ed)?|e-mail(?:s|ed)?|text(?:s|ed)|continu(?:e|es|ed)|conclud(?:e|es|ed)|interview|speech|remarks|testimony|press release|told|sa(?:y|id) in)\b/i;

/** Quotation marks that open a direct quotation (two apostrophes '' also do: the New York Times texts of the corpus use them). */
export const OPEN_QUOTES = /["“‘«„]/;

/** Words that stand for a source named elsewhere. */
export const PRONOUNS = new Set(
  "he she they i we you it him her them his hers their theirs its who whom whose which that this these those one".split(" "),
);

/** Words skipped when taking a lowercase source's head word. */
const DETERMINERS = new Set("a an the some many several two three other another his her their its our most few".split(" "));

/** Words after which a lowercase source's head noun has already come ("sources familiar with"). */
const POST_HEAD = new Set("with to of in at for from on who that which familiar close said says told".split(" "));

/** Total length of a span list. */
export function spanLength(s: Spans): number {
  return s.reduce((n, [a, b]) => n + Math.max(0, b - a), 0);
}

/** Characters two span lists share. */
export function overlapLength(x: Spans, y: Spans): number {
  let n = 0;
  for (const [a, b] of x) for (const [c, d] of y) n += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return n;
}

/** True when the overlap is at least half of the shorter span. */
export function spansMatch(x: Spans, y: Spans): boolean {
  const o = overlapLength(x, y);
  return o > 0 && o * 2 >= Math.min(spanLength(x), spanLength(y));
}

/** One-to-one greedy matching, largest overlap first: pairs [claimIndex, goldIndex]. */
export function matchSpans(claims: Spans[], gold: Spans[]): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  claims.forEach((c, i) =>
    gold.forEach((g, j) => {
      if (spansMatch(c, g)) cands.push([i, j, overlapLength(c, g)]);
    }),
  );
  cands.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  const usedC = new Set<number>(), usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of cands) {
    if (usedC.has(i) || usedG.has(j)) continue;
    usedC.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out.sort((p, q) => p[0] - q[0]);
}

/** True when the content is a direct quotation (see the rule at the top). */
export function isDirectContent(text: string, content: Spans): boolean {
  if (!content.length) return false;
  const start = content[0][0];
  const body = text.slice(start, content[0][1]).trimStart();
  if (OPEN_QUOTES.test(body[0] ?? "") || body.startsWith("''")) return true;
  let k = start - 1;
  while (k >= 0 && /[ \t]/.test(text[k])) k--;
  return k >= 0 && (OPEN_QUOTES.test(text[k]) || (text[k] === "'" && text[k - 1] === "'"));
}

/** True when the attribution is a reported statement (speech cue or direct quote). */
export function isSpeech(text: string, a: GoldAttribution): boolean {
  if (a.cue && SPEECH_CUE.test(spanText(text, a.cue))) return true;
  return !!a.content && isDirectContent(text, a.content);
}

/** True when a source text is a pronoun. */
export function isPronoun(s: string): boolean {
  return PRONOUNS.has(s.trim().toLowerCase());
}

/** The word that names a gold source (see the rule at the top), lowercase, or null. */
export function headWord(source: string): string | null {
  const words = source.match(/[\p{L}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const clean = (w: string) => w.replace(/['’]s?$/, "").replace(/\.$/, "").toLowerCase();
  const skip = new Set(["mr", "mrs", "ms", "dr", "the", "sen", "rep", "gov", "i"]);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/^\p{Lu}/u.test(w) && !skip.has(clean(w)) && !isPronoun(w)) return clean(w);
  }
  const cut = words.findIndex((w, i) => i > 0 && POST_HEAD.has(w.toLowerCase()));
  const head = (cut > 0 ? words.slice(0, cut) : words).filter((w) => !DETERMINERS.has(w.toLowerCase()) && !isPronoun(w));
  return head.length ? clean(head[head.length - 1]) : null;
}

/** True when `word` stands as a whole word in `hay` (a trailing plural s is forgiven). */
export function hasWord(hay: string, word: string): boolean {
  const stem = word.replace(/s$/, "");
  if (!stem) return false;
  const esc = stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${esc}s?($|[^\\p{L}])`, "iu").test(hay);
}

/** Judges whether our source is the gold attribution's source (see the rule at the top). */
export function sourceIsRight(text: string, gold: GoldAttribution, all: GoldAttribution[], ours: Source | undefined): boolean {
  if (!ours || !gold.source) return false;
  const mentionSpans: Spans = ours.mentions.map((m) => [m.start, m.end]);
  if (overlapLength(mentionSpans, gold.source) > 0) return true;
  let goldText = spanText(text, gold.source);
  if (isPronoun(goldText)) {
    const start = gold.source[0][0];
    let best: GoldAttribution | null = null;
    for (const g of all) {
      if (!g.source || g.source[0][0] >= start || isPronoun(spanText(text, g.source))) continue;
      if (!best || g.source[0][0] > best.source![0][0]) best = g;
    }
    if (!best) return false;
    goldText = spanText(text, best.source);
  }
  const head = headWord(goldText);
  if (!head) return false;
  return [ours.name, ...ours.mentions.map((m) => m.text)].some((t) => hasWord(t, head));
}

/** A gold content with what is known of it. */
export type GoldContent = {
  /** The attribution it comes from (the first, when several share it). */
  attribution: GoldAttribution;
  /** Whether it is a reported statement. */
  speech: boolean;
};

/** The counts and misses of one article. */
export type DocScore = {
  /** Corpus slug. */
  slug: string;
  /** Claims we made. */
  claims: number;
  /** Claims that matched a gold content. */
  matched: number;
  /** Gold contents. */
  contents: number;
  /** Gold speech contents. */
  speech: number;
  /** Gold speech contents matched. */
  speechMatched: number;
  /** Matched claims whose gold attribution marks a source. */
  sourceJudged: number;
  /** Of those, claims whose source is right. */
  sourceRight: number;
  /** Claims that matched nothing. */
  falsePositives: Claim[];
  /** Of those, claims that overlap some gold content, but too little to match (a span problem, not a false find). */
  nearMisses: number;
  /** Speech contents no claim matched. */
  missedSpeech: GoldAttribution[];
  /** Matched claims with the wrong source: the claim, our source's name, the gold source text. */
  wrongSource: Array<{ claim: Claim; ours: string; gold: string }>;
  /** Milliseconds analyze() took. */
  ms: number;
};

/** The gold contents of a document, deduplicated by span. */
export function goldContents(doc: CorpusDoc): GoldContent[] {
  const seen = new Map<string, GoldContent>();
  for (const a of doc.attributions) {
    if (!a.content || !spanLength(a.content)) continue;
    const key = JSON.stringify(a.content);
    const prev = seen.get(key);
    const speech = isSpeech(doc.text, a);
    if (prev) prev.speech ||= speech;
    else seen.set(key, { attribution: a, speech });
  }
  return [...seen.values()];
}

/** Scores one analysis against one corpus document. */
export function scoreDoc(doc: CorpusDoc, analysis: Analysis, ms = 0): DocScore {
  const gold = goldContents(doc);
  const claims = analysis.claims;
  const pairs = matchSpans(
    claims.map((c) => [[c.start, c.end]] as Spans),
    gold.map((g) => g.attribution.content!),
  );
  const src = new Map(analysis.sources.map((s) => [s.id, s]));
  const matchedC = new Set(pairs.map(([i]) => i));
  const matchedG = new Set(pairs.map(([, j]) => j));
  const s: DocScore = {
    slug: doc.slug, claims: claims.length, matched: pairs.length, contents: gold.length,
    speech: gold.filter((g) => g.speech).length, speechMatched: 0, sourceJudged: 0, sourceRight: 0,
    falsePositives: claims.filter((_, i) => !matchedC.has(i)),
    nearMisses: claims.filter((c, i) => !matchedC.has(i) && gold.some((g) => overlapLength([[c.start, c.end]], g.attribution.content!) > 0)).length,
    missedSpeech: gold.filter((g, j) => g.speech && !matchedG.has(j)).map((g) => g.attribution),
    wrongSource: [], ms,
  };
  for (const [i, j] of pairs) {
    const g = gold[j];
    if (g.speech) s.speechMatched++;
    if (!g.attribution.source) continue;
    s.sourceJudged++;
    const ours = src.get(claims[i].sourceId);
    if (sourceIsRight(doc.text, g.attribution, doc.attributions, ours)) s.sourceRight++;
    else s.wrongSource.push({ claim: claims[i], ours: ours?.name ?? "(none)", gold: spanText(doc.text, g.attribution.source) });
  }
  return s;
}

/** Totals over many documents. */
export type Totals = {
  docs: number; claims: number; matched: number; nearMisses: number; contents: number; speech: number;
  speechMatched: number; sourceJudged: number; sourceRight: number;
  precision: number; recall: number; f1: number; speechRecall: number; sourceRightRate: number;
};

const ratio = (a: number, b: number) => (b ? a / b : 0);

/** Sums document scores into precision, recall, F1, speech recall and source-right rate. */
export function totals(scores: DocScore[]): Totals {
  const sum = (k: keyof DocScore) => scores.reduce((n, s) => n + (s[k] as number), 0);
  const t = {
    docs: scores.length, claims: sum("claims"), matched: sum("matched"), nearMisses: sum("nearMisses"), contents: sum("contents"),
    speech: sum("speech"), speechMatched: sum("speechMatched"), sourceJudged: sum("sourceJudged"), sourceRight: sum("sourceRight"),
  };
  const precision = ratio(t.matched, t.claims);
  const recall = ratio(t.matched, t.contents);
  return {
    ...t, precision, recall, f1: ratio(2 * precision * recall, precision + recall),
    speechRecall: ratio(t.speechMatched, t.speech), sourceRightRate: ratio(t.sourceRight, t.sourceJudged),
  };
}
