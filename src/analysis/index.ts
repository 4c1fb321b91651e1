/**
 * The analysis engine: article text in, who-said-what and conflicting figures out.
 * PURE: no DOM, no browser API, no I/O.
 *
 * Workflow:
 *  1. segment the text into paragraphs, quotations and sentences (segment.ts)
 *  2. find attributions: cue, speaker phrase, content, in every order (attribution.ts)
 *  3. read the speakers' phrases and merge them into sources (sources.ts)
 *  4. find figures as intervals (figures.ts), with measure and scope (measure.ts)
 *  5. give each figure the source whose claim holds it; find conflicts (conflicts.ts)
 */
import { bareQuote, sentenceClaims, type RawClaim } from "./attribution.js";
import { findConflicts, findDisputes, voiceName, type Comparable } from "./conflicts.js";
import { findFigures, type RawFigure } from "./figures.js";
import { measureFigures, shownPlace } from "./measure.js";
import { paragraphs, quotes, sentences, type Sentence } from "./segment.js";
import { addNameMentions, bodyCandidates, personCandidates } from "./names.js";
import { finishDraft, mergeMentions, readMention, WRITER, type Mention, type SourceDraft } from "./sources.js";
import type { Analysis, ArticleInput, Claim, Figure, Source } from "./types.js";
import { firstAbove } from "./search.js";

export type * from "./types.js";

/** Texts longer than this are cut before analysis, so no page can stall the engine. */
export const MAX_TEXT = 2_000_000;

/** Words that make a figure a guess: "I think over 30 ...", "there may be 200". */
const HEDGE = /\b(?:think|believe|guess|suspect|may|might|could|perhaps|possibly|probably|maybe)\b/i;

/** The most figures one analysis reads: a page with more is a table of data, not an article. */
export const MAX_FIGURES = 5000;

/** Analyse one article. Never throws; offsets index into `input.text`. */
export function analyze(input: ArticleInput): Analysis {
  const text = typeof input?.text === "string" ? input.text : "";
  const article = {
    found: input?.found ?? true,
    title: input?.title ?? null,
    byline: input?.byline ?? null,
    text,
    ...(input?.method ? { method: input.method } : {}),
  };
  try {
    const result = analyzeText(normalizeQuotes(text.slice(0, MAX_TEXT)), input?.title ?? null);
    // spans were found on the normalised text (same length): their texts come from the original
    // (a claim that ends at a closing pair of apostrophes, read as one mark, ends after the pair)
    for (const c of result.claims) if (c.end >= 2 && text.slice(c.end - 1, c.end + 1) === "''" && text[c.end - 2] !== "'") c.end++;
    for (const x of [...result.claims, ...result.figures]) x.text = text.slice(x.start, x.end);
    for (const src of result.sources) for (const m of src.mentions) m.text = text.slice(m.start, m.end);
    return { schema: "crosscheck/analysis@1", article, ...result };
  } catch (e) {
    // the engine must never break its caller: an empty analysis says nothing false
    return { schema: "crosscheck/analysis@1", article: { ...article, error: String(e) } as typeof article, sources: [], claims: [], figures: [], conflicts: [], disputes: [] };
  }
}

/** Two apostrophes stand for a double quote in some papers' archives: read them as one (same length). */
function normalizeQuotes(text: string): string {
  // an opening pair becomes '" ', and a closing pair '" ' too: a mark with a space before it would be read as a quotation
  // opening after the sentence's end ('face. " And in ...' ran the quotation on); a span that ends at its mark is given the pair's second half back
  // ("... on 'the evening news,''' said Roe": three apostrophes close a single quotation and the double one around it; at an opening they open both)
  const t = text.includes("''") ? text.replace(/(\S?)'''/g, (m, before: string) => (before ? `${before}'" ` : `" '`)).replace(/''/g, '" ') : text;
  return singleQuotes(colonQuotes(t));
}

/** A line that is a name, a colon and a quotation in single marks, the quotation running to the line's end: a headline's speech ("Roe: ‘We Will Win’"). */
const COLON_SINGLE = /^(\p{Lu}[\p{L}’'.-]*(?:[ ]\p{Lu}[\p{L}’'.-]*){0,3}:[ ]?)[‘'](\p{Lu}[^\n]*?[^\s])[’']([ ]*)$/gmu;

/** Such a line's single marks read as double ones (same length), whatever marks the rest of the article uses. */
function colonQuotes(text: string): string {
  if (!/:[ ]?[‘']/.test(text)) return text;
  return text.replace(COLON_SINGLE, (m, lead: string, said: string, tail: string) => (said.split(/\s+/).length < 2 ? m : `${lead}"${said}"${tail}`));
}

/**
 * British style: an article that quotes with single marks ('We counted 4,000,' said the mayor)
 * and never with double ones has its quotation marks read as double, mark for mark (offsets
 * stay). A quotation opens with a capital after a space and closes after its last punctuation,
 * in one paragraph; apostrophes ("don't", "the workers' union") are left alone.
 */
function singleQuotes(text: string): string {
  if (!/['‘’]/.test(text) || /["“”]/.test(text)) return text;
  const chars = text.split("");
  const open = /(^|[\s(\[—–-])(['‘])(?=[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(text))) {
    const at = m.index + m[1]!.length;
    // its close: punctuation then a mark, before the paragraph ends
    const rest = text.slice(at + 1, Math.min(text.length, at + 1500));
    const end = rest.search(/\n/);
    const close = /[,.!?…](['’])(?=\s|$|[)\]—–-])/.exec(end >= 0 ? rest.slice(0, end) : rest);
    if (!close) continue;
    const closeAt = at + 1 + close.index + close[0].length - 1;
    if (text.slice(at + 1, closeAt).split(/\s+/).length < 3) continue;
    chars[at] = '"';
    chars[closeAt] = '"';
    open.lastIndex = closeAt + 1;
  }
  return chars.join("");
}

/**
 * The figures of an article as the comparison sees them (frame, voice, scope), for the benches
 * and the miner that explain why two figures were or were not compared. Offsets as analyze()'s.
 */
export function inspectFigures(input: ArticleInput): Comparable[] {
  let seen: Comparable[] = [];
  analyzeText(normalizeQuotes(input.text.slice(0, MAX_TEXT)), input.title ?? null, (c) => (seen = c));
  return seen;
}

function analyzeText(text: string, title: string | null, inspect?: (figures: Comparable[]) => void): Omit<Analysis, "schema" | "article"> {
  // 1. structure
  const paras = paragraphs(text);
  const qs = quotes(text, paras);
  const sents = sentences(text, paras, qs);
  const headlineEnd = headline(text, paras, title);
  // 2. attributions
  const raw: RawClaim[] = [];
  for (const s of sents) sentenceClaims(text, s, qs, raw);
  continueQuotes(text, sents, qs, raw);
  // 3. sources
  const speakerOf: Mention[][] = [];
  const mentions: Mention[] = [];
  for (const c of raw) {
    if (c.sameAs !== undefined) {
      speakerOf.push(speakerOf[c.sameAs] ?? []);
      continue;
    }
    const ms = c.speakers.map((s) => readMention(text, s.start, s.end, s.aside, true));
    speakerOf.push(ms);
    mentions.push(...ms);
  }
  const pronounAt = mentions.filter((m) => m.pronoun || (!m.name && /^the\s/i.test(m.text))).map((m) => m.start).sort((a, b) => a - b);
  const itAt = mentions.filter((m) => m.pronoun === "it" || m.pronoun === "they").map((m) => m.start).sort((a, b) => a - b);
  const { drafts, of } = mergeMentions(mentions, [...personCandidates(text, qs, pronounAt, headlineEnd), ...bodyCandidates(text, itAt, headlineEnd)], text, headlineEnd);
  const cited = drafts.filter((d) => d.mentions.length);
  const idOf = new Map<SourceDraft, string>();
  const claims: Claim[] = [];
  raw.forEach((c, k) => {
    for (const m of speakerOf[k] ?? []) {
      const d = of.get(m);
      if (!d) continue;
      if (!idOf.has(d)) idOf.set(d, `s${idOf.size + 1}`);
      claims.push({ id: `c${claims.length + 1}`, sourceId: idOf.get(d)!, text: text.slice(c.start, c.end), start: c.start, end: c.end, cue: cueAsWritten(text, c.cueStart, c.cue.length), direct: c.direct });
    }
  });
  const citedDrafts = cited.filter((d) => idOf.has(d));
  for (const d of citedDrafts) finishDraft(d);
  addNameMentions(text, citedDrafts, headlineEnd);
  // 4. figures
  const rawFigs = findFigures(text).slice(0, MAX_FIGURES);
  const sentenceOf = sentenceFinder(sents);
  // the names of sources are not places (person names found only as antecedents may be)
  const names = new Set(cited.filter((d) => idOf.has(d)).flatMap((d) => d.mentions.filter((m) => m.speaks || m.titled).map((m) => m.name?.toLowerCase()).filter((x): x is string => !!x)));
  // (a place that speaks as its government, "Oradi State Governor ... said", is still a place a figure may be of)
  const measured = measureFigures(text, rawFigs, sents, sentenceOf, (s) => names.has(s.toLowerCase()) && !/\s(?:State|County|Province|Region|District|City|Municipality|Borough|Parish|Territory)$/.test(s), headlineEnd);
  // 5. sources of figures, conflicts
  // (a figure of what a source is said not to have said is not that source's: "the ministry did not say 40 died")
  const denied = new Set(claims.filter((c) => /\s/.test(c.cue) && NEGATION_IN_CUE.test(c.cue)));
  // (and the writer's own "I said" is the article's voice: its figures are the article's, no rival of them)
  const writerId = [...idOf].find(([d]) => d.name === WRITER && d.kind === "person")?.[1];
  const holderOf = containerFinder(denied.size || writerId ? claims.filter((c) => !denied.has(c) && c.sourceId !== writerId) : claims);
  const deniedAt = containerFinder([...denied]);
  const figures: Figure[] = rawFigs.map((f, i) => {
    const m = measured[i]!;
    // ("..., but in fact she used only one": the writer's correction is no claim of the source)
    const holder = m.frame.writer ? undefined : holderOf(f.start, f.end);
    return { id: `f${i + 1}`, text: text.slice(f.start, f.end), start: f.start, end: f.end, value: f.stated === null ? null : round(f.stated), low: round(f.low), high: round(f.high), unit: unitOf(f, m), measure: m.measure, scope: m.places.filter(shownPlace).join(", ") || null, sourceId: holder?.sourceId ?? null, ...(f.lowOpen ? { lowExclusive: true } : {}), ...(f.highOpen ? { highExclusive: true } : {}), ...(f.start < headlineEnd ? { inHeadline: true } : {}), ...(m.frame.holder && (!holder || m.frame.holderStrong) ? { holder: m.frame.holder } : {}) };
  });
  const sources: Source[] = [];
  const claimsBy = groupIds(claims, (c) => c.sourceId);
  const figuresBy = groupIds(figures, (f) => f.sourceId);
  for (const [d, id] of idOf) {
    sources.push({
      id,
      name: d.name,
      kind: d.kind,
      description: d.description,
      mentions: d.mentions.sort((a, b) => a.start - b.start).map((m) => ({ text: m.text, start: m.start, end: m.end })),
      claimIds: claimsBy.get(id) ?? [],
      figureIds: figuresBy.get(id) ?? [],
    });
  }
  sources.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const nameOf = new Map(sources.map((s) => [s.id, s.name]));
  const comparable: Comparable[] = figures.map((f, i) => ({
    id: f.id,
    raw: rawFigs[i]!,
    m: measured[i]!,
    text: f.text,
    sourceId: f.sourceId,
    headline: f.start < headlineEnd,
    hedged: HEDGE.test(text.slice(sentenceOf(rawFigs[i]!).start, f.start)) || measured[i]!.frame.modality === "hearsay",
    who: f.sourceId ? nameOf.get(f.sourceId)! : f.start < headlineEnd ? "the headline" : measured[i]!.frame.holder ?? "the article",
    ...(f.start < headlineEnd ? boundIn(text.slice(Math.max(0, f.start - 16), f.start)) : {}),
    ...(f.start < headlineEnd ? changedIn(text.slice(Math.max(0, f.start - 80), f.start)) : {}),
  }));
  inspect?.(comparable);
  const repeats = new Map<string, string[]>();
  // (and no one's figure to compare: nobody gave it)
  const conflicts = findConflicts(denied.size ? comparable.filter((c) => !deniedAt(c.raw.start, c.raw.end)) : comparable, repeats);
  const disputes = findDisputes(conflicts, comparable.map((c, i) => ({ id: c.id, text: c.text, who: voiceName(c), unit: figures[i]!.unit })), repeats);
  return { sources, claims, figures, conflicts, disputes };
}

/** A negation right before a cue ("did not say", "never said", "hasn't said") or opening its clause ("At no point did the minister say"). */
const NEGATED_CUE = /(?:\b(?:(?:did|does|do|has|have|had|would|will|could|can|should)(?:\s+not|n['’]t)|never|not)\s+(?:[\p{Ll}]+ly\s+)?$)|(?:\b(?:[Aa]t\s+no\s+(?:point|time|stage)|[Nn]owhere|[Nn]ever)\s+(?:did|does|has|have|had)\s+(?:[\p{L}.'’-]+\s+){1,5}$)/u;

/** A cue read with its negation. */
const NEGATION_IN_CUE = /\b(?:not|never|no|nowhere)\b|n['’]t\b/i;

/**
 * A claim's cue as the reader must see it: with the negation that denies it ("did not say", "never said"), so
 * "The minister did not say the subsidy would end" is not shown as the minister saying it would.
 */
function cueAsWritten(text: string, start: number, length: number): string {
  const cue = text.slice(start, start + length);
  const before = text.slice(Math.max(0, start - 60), start);
  const neg = /^[\p{L}]/u.test(cue) && !/^according/i.test(cue) ? NEGATED_CUE.exec(before) : null;
  return neg ? text.slice(start - neg[0].length, start + length) : cue;
}

/** A headline's verb of change whose new level is its figure ("cuts award to", "raises its forecast to"), within a few words before it. */
function changedIn(before: string): { changedTo?: "down" | "up" } {
  const m = /\b(?:(cuts?|reduces?|reduced|lowers?|lowered|trims?|trimmed|slashe?s?|slashed|scales?\s+back|revises?\s+down)|(raises?|raised|lifts?|lifted|hikes?|hiked|ups|upped|boosts?|boosted|increases?|increased|revises?\s+up))\b(?:\s+[\p{L}'’-]+){0,8}\s+to\s+(?:about\s+|around\s+|nearly\s+)?$/iu.exec(before);
  return m ? { changedTo: m[1] ? "down" : "up" } : {};
}

/** A headline's verb of passing ("top", "passes", "exceeds") or nearing ("nears", "approaches") right before its figure. */
function boundIn(before: string): { boundBefore?: "over" | "near" } {
  if (/\b(?:tops?|topped|pass(?:es|ed)?|exceeds?|exceeded|surpass(?:es|ed)?|cross(?:es|ed)?|breaks?|broke|hits?)\s+$/i.test(before)) return { boundBefore: "over" };
  if (/\b(?:nears?|neared|approach(?:es|ed)?)\s+$/i.test(before)) return { boundBefore: "near" };
  return {};
}

/** The contract's unit of a figure: percent, a currency code, or the counted noun. */
function unitOf(f: RawFigure, m: { noun: string | null }): string | null {
  if (f.unit === "percent") return "percent";
  if (f.unit === "money" || f.unit === "measure") return f.code;
  return m.noun;
}

/** Ids grouped by a key. */
function groupIds<T extends { id: string }>(xs: T[], key: (x: T) => string | null): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const x of xs) {
    const k = key(x);
    if (k === null) continue;
    const l = m.get(k);
    if (l) l.push(x.id);
    else m.set(k, [x.id]);
  }
  return m;
}

/** The first claim (in text order) whose span holds [start, end); claims may nest, so check a few back. */
function containerFinder(claims: Claim[]): (start: number, end: number) => Claim | undefined {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const starts = sorted.map((c) => c.start);
  return (start, end) => {
    const lo = firstAbove(starts, start);
    let found: Claim | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 16; k--) {
      const c = sorted[k]!;
      if (c.start <= start && end <= c.end) found = c;
    }
    return found;
  };
}

function round(n: number | null): number | null {
  return n === null ? null : Math.round(n * 1000) / 1000;
}

/** End offset of the headline paragraph (the first paragraph, or the one equal to the title). */
function headline(text: string, paras: ReturnType<typeof paragraphs>, title: string | null): number {
  const first = paras[0];
  if (!first) return 0;
  if (title) {
    const p = paras.slice(0, 3).find((p) => text.slice(p.start, p.end).trim() === title.trim());
    if (p) return p.end;
  }
  // a first paragraph without a final period, short, is a headline
  const t = text.slice(first.start, first.end);
  return t.length < 200 && !/[.!?]["”]?$/.test(t) ? first.end : 0;
}

function sentenceFinder(sents: Sentence[]): (f: RawFigure) => Sentence {
  return (f) => {
    let lo = 0;
    let hi = sents.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sents[mid]!.start <= f.start) lo = mid;
      else hi = mid - 1;
    }
    return sents[lo] ?? { start: 0, end: 0, paragraph: 0, index: 0 };
  };
}

/**
 * A bare quotation that follows an attributed one in the same paragraph, or that makes up a
 * paragraph right after a paragraph whose last claim was a quotation, is the same speaker's.
 */
function continueQuotes(text: string, sents: Sentence[], qs: ReturnType<typeof quotes>, raw: RawClaim[]): void {
  const bySentence = new Map<number, number>();
  raw.forEach((c, i) => bySentence.set(c.sentence, i));
  const added: RawClaim[] = [];
  let last: { index: number; paragraph: number; direct: boolean; wholeParagraph: boolean } | null = null;
  for (const s of sents) {
    const k = bySentence.get(s.index);
    if (k !== undefined) {
      last = { index: k, paragraph: s.paragraph, direct: raw[k]!.direct, wholeParagraph: false };
      continue;
    }
    const q = bareQuote(text, s, qs);
    if (!q || !last) {
      if (last && s.paragraph !== last.paragraph) last = null;
      continue;
    }
    const sameParagraph = s.paragraph === last.paragraph;
    const nextParagraph = s.paragraph === last.paragraph + 1 && last.direct && isParagraphStart(sents, s);
    if (!sameParagraph && !nextParagraph) {
      last = null;
      continue;
    }
    const src = raw[last.index]!;
    const root = src.sameAs ?? last.index;
    if (sameParagraph && src.direct && src.sentence < s.index) {
      // one speaker's quotation that runs on in the paragraph is one claim
      src.end = Math.max(src.end, Math.min(q.end, s.end));
      continue;
    }
    added.push({ start: q.start, end: Math.min(q.end, s.end), cue: src.cue, cueStart: src.cueStart, speakers: [], sameAs: root, direct: true, sentence: s.index });
    last = { ...last, paragraph: s.paragraph };
  }
  raw.push(...added);
}

function isParagraphStart(sents: Sentence[], s: Sentence): boolean {
  return s.index === 0 || sents[s.index - 1]!.paragraph !== s.paragraph;
}

/** Whole-analysis helpers for the extension and the command line. */
export { findFigures, paragraphs, quotes, sentences };
