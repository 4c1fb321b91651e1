/**
 * What a figure counts (its measure) and what it is about (its scope): the place, event or
 * group, from its sentence or the sentences before it in the paragraph.
 */
import { measureAfter, type RawFigure } from "./figures.js";
import type { Sentence } from "./segment.js";
import { isCap, lowerOf, type Token, tokenize } from "./text.js";
import { articlePlaces, placesInTokens } from "./places.js";
import { articleTimes, timesIn } from "./times.js";
import { partitionPoint } from "./search.js";
import { isTitleCase, readFrame, VICTIM_KEYS as VICTIMS, type Frame } from "./frame.js";
import { AUX, FUNCTION, IRREGULAR_PAST, normalize, PLURAL, REPORTING, stem, UNIT_WORD } from "./frame-words.js";
import { frameKey } from "./frame-meet.js";
import { SPEECH_VERBS } from "./lexicon.js";
import { onlyPollIn, pollInSentence, readCountPairs, readLeads, readMatchups, readShares, type MatchupFigure } from "./matchup.js";

/** Words that split a rate by group: "the unemployment rate among black youth is 51 percent". */
const DEMOGRAPHIC = /\b(?:white|black|hispanic|latino|latina|asian|african-american|youth|young|teen(?:age)?s?|women|men|girls|boys|female|male|among|aged|ages|seniors|older|younger)\b/i;

/** Cases or deaths an article counts as probable or suspected, beside confirmed ones. */
const PROBABLE = /\b(?:probable|suspected|presumptive|presumed)\s+(?:cases?|deaths?|infections?)\b|\b(?:cases?|deaths?)\s+(?:are|were|is|was)\s+(?:considered|classed|classified|listed)\s+(?:as\s+)?(?:probable|suspected|presumptive)\b/i;

/** A later instance of a thing: "the second dose", "a third round", "the booster dose". */
const NTH_INSTANCE = /\b(second|third|fourth|fifth|booster)[-\s](doses?|rounds?|phases?|stages?|waves?|legs?|tranches?|terms?)\b/i;

/** The text of a figure's sentence around it (a few words either side). */
function clauseText(text: string, toks: Token[], li: number): string {
  const a = toks[Math.max(0, li - 12)]!;
  const b = toks[Math.min(toks.length - 1, li + 8)]!;
  return text.slice(a.start, b.end);
}

/** A sentence that sets the figure before it against another: "That's less than the $53 million figure ...". */
const COMPARED_TO = /^\s*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:\w+\s+)?(?:less|more|lower|higher|smaller|bigger|larger|greater|fewer)\s+than\s+(?:the\s+)?$/i;

/** A plural speaker before "it" ("analysts estimate it has", "trackers say that it lost"): "it" is not the speaker. */
/** A person who says "it" ("The factory's owner, Volta Kines, said it has created ..."): "it" is not the person, but what the paragraph spoke of. */
const PERSON_SPEAKER_IT = /(?:\b(?:owner|chief|director|president|minister|spokes(?:man|woman|person)|founder|mayor|manager|governor|chairman|chairwoman|executive|secretary)\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+)(?:,\s*(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,)?\s+(?:said|says|told\s+\w+|added|insisted)\s+(?:that\s+)?it\s+(?:\w+\s+){0,2}$/;
const PLURAL_SPEAKER_IT = /\b[a-z]+[^s's]s\s+(?:\w+ly\s+)?(?:estimate|say|said|believe|think|report|reported|argue|claim|note|noted|found|find|calculate|calculated|figure|reckon|suspect)s?\s+(?:that\s+)?it\s+(?:\w+\s+){0,2}$/;

/** Nouns that count people in general: no narrower group. */
const GENERIC_GROUP = /^(?:people|persons|person|victims|individuals|others|dead|lives|casualties|those)$/i;
/** Participles that open a sentence with how its speaker spoke ("Addressing reporters in X,", "Speaking at a rally in Y,"). */
const SPOKE_OPENER = /^(?:Addressing|Speaking|Talking|Visiting|Touring|Briefing|Appearing|Testifying|Campaigning|Responding|Interviewed|Asked|Quoted|Writing)$/;
/** Nouns of one proposal however named, as a headline and its body name it ("stadium plan" / "the proposal", "the scheme"). */
const PLAN_NOUN = /^(?:plan|plans|proposal|proposals|scheme|schemes|project|projects|proposition|bid)$/;
/** A factbox's heading at its line's start ("Fast facts:", "At a glance:", "By the numbers:"). */
const FACTBOX_HEADING = /^\s*(?:Fast\s+facts|Quick\s+facts|Key\s+(?:facts|figures|numbers|points)|At\s+a\s+glance|By\s+the\s+numbers|In\s+numbers|The\s+numbers|Fact\s*box|Factfile|Fact\s+file)\s*:/i;
/** The voice of a factbox's lines: a panel of its own beside the body, as a headline is. */
export const FACTBOX = "the factbox";

/**
 * A factbox's line: a short label, a colon and the figure, with at most its unit after it ("Cases last
 * week: 1,420", "Area burnt: 36,500 ha", "Attendance: 38,910"). The tokens to read its frame from: a
 * label of things counted as the figure before them ("19 homes lost", "1,420 cases last week"), a label
 * of one quantity as its level ("the attendance was 38,910"). Null for any other sentence.
 */
function labelLine(toks: Token[], fi: number, li: number): { toks: Token[]; fi: number; li: number; label: Token[] } | null {
  const c = fi - 1;
  if (c < 1 || toks[c]!.text !== ":") return null;
  // the label: back to the sentence's start, a ";" between lines, or the colon after a heading ("Key numbers: Inflation, March: 7.2%")
  let b = c - 1;
  // ("Fast facts: Electorate: 88,412 | Turnout: 46% | Quota: 18,117": a bar parts lines as ";" does)
  // ("Fast facts: Osk Ridge fire — Acres burned: 9,800": so does a dash after a heading)
  const parts = (t: Token) => t.text === ";" || t.text === ":" || t.text === "|" || t.text === "—" || t.text === "–";
  while (b >= 0 && c - b <= 10 && !parts(toks[b]!)) b--;
  if (b >= 0 && !parts(toks[b]!)) return null;
  let label = toks.slice(b + 1, c);
  // ("First held: 1993 Tickets sold this year: 72,500": a line with no separator starts after the value of the line before)
  const lastNumber = label.map((t) => /^\d/.test(t.text)).lastIndexOf(true);
  if (lastNumber >= 0 && lastNumber < label.length - 1 && isCap(label[lastNumber + 1]!.text)) label = label.slice(lastNumber + 1);
  const words = label.filter((t) => t.text !== ",");
  if (!words.length || words.length > 7 || !isCap(label[0]!.text)) return null;
  // (a label of no count: "Age: 46", "Truth rating: 10", "Phone: 888 ...", "Page: 3")
  // ("Tickets sold this year: 72,500": a year the label is of is no label of a year)
  if (words.some((t, x) => !t.word || /^\d/.test(t.text) && !/^(?:1[89]|20)\d\d$/.test(t.text) || NOT_A_LABEL.test(t.lower) && !(/^(?:year|season)$/.test(t.lower) && x > 0 && /^(?:this|last|next|per|a|each)$/.test(words[x - 1]!.lower)))) return null;
  // after the figure, its unit and the line's end only ("Date: 12 March" is a date, "Score: 3-1 to X" no line of a count)
  let end = li + 1;
  while (end < toks.length && end <= li + 2 && (toks[end]!.word && (UNIT_WORD.test(toks[end]!.lower) || /^(?:ha|percent|per|cent|c|f|celsius|fahrenheit)$/.test(toks[end]!.lower)) || toks[end]!.text === "°")) end++;
  if (toks[end]?.text === "%") end++;
  if (end === toks.length - 1 && /^[CF]\.$/.test(toks[end]!.text)) end++; // ("48.1°C.": the degree's letter with the line's stop)
  // ("Net income: $601 million (+12%);": a note in brackets after the figure, left out of its reading)
  const figureEnd = end;
  if (toks[end]?.text === "(") {
    let e = end + 1;
    while (e < toks.length && e < end + 8 && toks[e]!.text !== ")" && toks[e]!.text !== ";") e++;
    if (toks[e]?.text === ")") end = e + 1;
  }
  if (end < toks.length && (toks[end]!.text === ";" || toks[end]!.text === "|")) end++; // the next line follows
  else if (end < toks.length && toks[end]!.text === "." && end === toks.length - 1) end++;
  // ("Tickets sold this year: 72,500 Stages: 9": lines run together with nothing between, the next one's label and colon)
  else if (end < toks.length && toks[end]!.word && isCap(toks[end]!.text) && nextLabel(toks, end)) { /* the next line follows */ }
  else if (end !== toks.length) return null;
  const figure = toks.slice(fi, figureEnd === end ? end : figureEnd).filter((t, j, all) => j < all.length - 1 || !/^[.;|]$/.test(t.text));
  // (its words without the times it is of: "Inflation, March" is the inflation, in March)
  const lower = words.filter((t) => !LABEL_TIME.test(t.lower) && !/^\d/.test(t.text)).map((t) => made(t.lower));
  if (!lower.length) return null;
  // ("Homes lost", "Cases last week", "Active clusters": a plural in the label counts its things)
  // ("Patients waiting, end of March: 58,400": a participle after the plural is what they were doing, "58,400 patients were waiting")
  const ing = lower.findIndex((t, j) => j > 0 && /ing$/.test(t.lower) && PLURAL.test(lower[j - 1]!.lower));
  if (ing > 0) lower.splice(ing, 0, made("were"));
  if (lower.some((t) => PLURAL.test(t.lower) && !FUNCTION.test(t.lower))) return { toks: renumber([...figure, ...lower, made(".")]), fi: 0, li: li - fi, label };
  return { toks: renumber([made("The"), ...lower, made("was"), ...figure]), fi: lower.length + 2, li: lower.length + 2 + li - fi, label };
}

/** A figure's unit as frame keys name it: "money:USD", "measure:km", "count", "percent". */
function unitKeyOf(f: Pick<RawFigure, "unit" | "code">): string {
  return f.unit === "money" ? `money:${f.code ?? "?"}` : f.unit === "measure" ? `measure:${f.code}` : f.unit;
}

/** Whether toks[at] opens a line's label: up to four words, then a colon ("Stages:", "Campsite capacity:"). */
function nextLabel(toks: Token[], at: number): boolean {
  for (let x = at; x < toks.length && x < at + 5; x++) {
    if (toks[x]!.text === ":") return x > at;
    if (!toks[x]!.word) return false;
  }
  return false;
}

/** Whether a comma or a semicolon comes anywhere from toks[from] on (read without copying the sentence). */
function commaAfter(toks: Token[], from: number): boolean {
  for (let x = from; x < toks.length; x++) if (toks[x]!.text === "," || toks[x]!.text === ";") return true;
  return false;
}

/** A levy or a price and what it is on or for, before its figure: "tariffs on imported machinery to", "the duty on petrol was". */
const LEVY_ON = /\b(tariffs?|tax(?:es)?|dut(?:y|ies)|levy|levies|subsid(?:y|ies)|excise)\s+(?:on|for)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:to|at|of|was|is|were|are|remains?|remained|stood|stands|will|would|rose|fell|rise|fall|from|by|,)\b[^.;]*$/i;

/** A verb of winning or doing right before a count ("won 112", "completed 87", "filled 40"), whose "of the N" names the pool counted out of. */
const ACT_OUT_OF = /\b(?:won|wins|win|winning|took|take|takes|taking|secured|secures|captured|captures|completed|completes|built|builds|filled|fills|sold|sells|collected|passed|cleared|recovered|delivered|finished|opened|claimed|gained|held|holds|retained|kept|lost|loses)\s*$/i;

/** Units of measures taken at a place and hour, of which an article may give many: rain, snow, speeds, temperatures, heights of water. */
const LOCAL_MEASURE = /^(?:mm|cm|in|inch|speed|deg|c|f|m|ft|feet|metre|meter)$/;

/** Spans of time, as stemmed things: never the kind a count without its own noun is of. */
const SPAN_KIND = /^(?:year|month|week|day|hour|minute|second|decade|night|season)s?$/;

/** A live report's label of an update, opening the sentence before its figure: "Updated figure: ...", "Update: ...", "Latest:". */
const UPDATE_LABEL = /^(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[-–—:]?\s*)?(?:updated?|latest)(?:\s+(?:figures?|toll|count|numbers?|total))?\s*:\s/i;

/** Which side of tax a sum of profit or earnings is on, said before its figure in the clause: "profit before tax of", "pre-tax profit", "after-tax earnings". */
const TAX_BASIS = /\b(?:(before[- ]tax(?:es|ation)?|pre-?tax)|after[- ]tax(?:es|ation)?|post-?tax|net of tax(?:es)?)\b[^.;,]*$/i;

/** A span a sentence names without saying how long, or names as a kind: "over the same period", "a five-year deal". */
// (not a comparison's: "down 14 per cent on the same period last year" dates the change, not the level)
const ANY_SPAN = /\b(?:the\s+same|that)\s+period\b(?!\s+(?:last|a|the\s+previous|the\s+prior|of\s+the\s+previous|of\s+last|in)\s+(?:year|\d{4}))|\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-year\b/i;
/** Focusing adverbs that may stand between a verb and its figure: "fell by only 1.6%", "raised just $40". */
const FOCUS = /^(?:only|just|merely|barely|mere|exactly|precisely)$/;
/** A gross sum before its figure: "gross earnings of", "gross revenue rose to". */
const GROSS_SUM = /\bgross\s+(?:earnings|income|revenues?|profits?|receipts|takings|sales|margin)\b[^.;,]{0,30}$/i;
/** A span of several years a figure is summed over: "over three years", "over the past five years", "across the next two decades". */
const YEARS_SPAN = /\b(?:over|across|during|within)\s+(?:the\s+)?(?:next|past|last|coming|following|first|previous)?\s*(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:years|decades)\b(?!\s+(?:ago|earlier|before))/i;

/** A facility named again with "the" after a figure ("had fallen at the airport", "were treated at the hospital"). */
const FACILITY_REF = /^[^.;]*?\b(?:at|in|near|outside|inside)\s+the\s+(airport|stadium|hospital|port|station|prison|jail|university|plant|mine|camp|market|school|bridge|dam|refinery|factory|arena|park)\b/i;

/** A token made for a sentence a panel's line stands for (a word, or a mark). */
function made(text: string): Token {
  return { text, lower: text.toLowerCase(), word: /\w/.test(text), start: 0, end: 0 };
}

/** Tokens in an order of their own: a frame finds a token's place by its offset. */
function renumber(ts: Token[]): Token[] {
  return ts.map((t, j) => ({ ...t, start: 2 * j, end: 2 * j + 1 }));
}

/**
 * A factbox's list of bare counts after its heading ("At a glance: 184 schools; 96,000 pupils; 428
 * teacher vacancies"): each item says there are so many of its things. The tokens to read its frame
 * from ("there were 428 teacher vacancies"), or null for any other figure.
 */
function listItem(toks: Token[], fi: number, li: number): { toks: Token[]; fi: number; li: number; label: Token[] } | null {
  const b = fi - 1;
  if (b < 1 || !/^[;:]$/.test(toks[b]!.text)) return null;
  // a list: a ";" before or after the item
  let e = li + 1;
  while (e < toks.length && e <= li + 5 && toks[e]!.word && !FUNCTION.test(toks[e]!.lower) && !AUX.test(toks[e]!.lower) && !/(?:ed|ing)$/.test(toks[e]!.lower) && !isCap(toks[e]!.text)) e++;
  if (e === li + 1 || (e < toks.length && !/^[;.]$/.test(toks[e]!.text)) || (e < toks.length - 1 && toks[e]!.text === ".")) return null;
  if (toks[b]!.text !== ";" && toks[e]?.text !== ";") return null;
  return { toks: renumber([made("There"), made("were"), ...toks.slice(fi, e), made(".")]), fi: 2, li: 2 + li - fi, label: toks.slice(li + 1, e) };
}

/** Words of time in a label ("Inflation, March", "Deaths this year"): when its figure is, not what it counts. */
const LABEL_TIME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;

/** A correction's account of what the article said before ("An earlier version of this story said ..."). */
const EARLIER_VERSION = /\b(?:an|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|piece)\b/i;

/** Words of a label whose figure counts nothing a voice could dispute: an age, a rank, a rating, a code, a date. */
const NOT_A_LABEL = /^(?:age|aged|ages|born|rank|ranking|rated|rating|score|grade|date|time|year|phone|tel|telephone|fax|inquiries|enquiries|page|pages|vol|volume|issue|chapter|edition|episode|season|round|room|floor|size|model|version|code|id|no|number|ref|reference|isbn|zip|postcode|height|weight|dob)$/;

/** The voice of a photo's caption: it may say the body's quantity otherwise. */
export const CAPTION = "the caption";

/** A paragraph that is a photo's caption: "PHOTO: ...", "Pictured: ...", "CAPTION — ...". */
function captionAt(text: string, start: number): boolean {
  // ("(Photo caption: ...)", "[Photo: ...]": a caption set in brackets at a paragraph's end)
  return /^\s*[([]?\s*(?:(?:PHOTO|PHOTOGRAPH|IMAGE|PICTURE|PICTURED|CAPTION|ABOVE|TOP)(?:\s+CAPTION)?\s*[:—–]|(?:Photo|Photograph|Image|Picture|Pictured|Caption|Above)(?:\s+caption)?\s*:)/.test(text.slice(start, start + 24));
}

/** A figure's measure and scope. */
export type Measured = {
  /** What is counted, for display ("killed", "villages captured"). */
  measure: string | null;
  /** The counted noun after the figure ("people", "villages"), or null. */
  noun: string | null;
  /** The figure's quantity frame: thing, predicate, agent, change, rate, modality. */
  frame: Frame;
  /** Measure and group, for comparing ("killed|people"). */
  key: string | null;
  /** The specific places it is about. */
  places: string[];
  /** Days it is about (its own, else the article's). */
  times: string[];
  /** Years or relative years ("last-year") it is about (its own, else the article's). */
  years: string[];
  /** The figure measured. */
  figure: RawFigure;
  /** Its sentence index. */
  sentence: number;
  /** Measure and scope taken from the sentence before ("A complaint lists 412."). */
  inherited: boolean;
  /** A part of another count ("including 11 women"). */
  part: boolean;
  /** A second key it is also compared under: a side's share in a list of two ("gives Vell 44 percent and Orrin 41 percent") is a match-up's and a share said alone. */
  alsoKey?: string;
  /** One side's share of a match-up ("Vell leads Orrin 46 percent to 39 percent"). */
  matchup?: boolean;
  /** Stems of the content words about the figure (its clause's near it; a headline's all), names lower-cased: what a headline's figure is matched by. */
  anchors?: string[];
};



/** How many words either side of a body figure speak of it, for its anchors. */
const ANCHOR_REACH = 5;
/** Words that say nothing of what a figure counts: reporting, quantity and time words, and those of every sentence. */
const NOT_ANCHOR = /^(?:said|says|say|told|according|percent|per|cent|million|billion|thousand|hundred|number|figure|figures|total|amount|about|around|more|than|least|most|some|nearly|almost|over|under|just|only|roughly|estimated|reported|new|year|years|month|months|week|weeks|day|days|last|next|this|that|first|latest|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|says|put|puts|show|shows|showed|found|finds|hits|hit|after|amid|as|over|new)$/;

/** The anchors of a figure: stems of the content words of toks[from..to] other than the figure's own. */
function anchorsOf(toks: Token[], from: number, to: number, fi: number, li: number): string[] {
  const out = new Set<string>();
  for (let j = from; j <= to; j++) {
    if (j >= fi && j <= li) continue;
    const t = toks[j]!;
    if (!t.word || /\d/.test(t.text) || t.text.length < 3) continue;
    const l = t.text.toLowerCase().replace(/['’]s$/, "");
    if (NOT_ANCHOR.test(l) || FUNCTION.test(l) || AUX.test(l) || REPORTING.test(l)) continue;
    // (the word one act or thing goes by however said: "back" and "supported" are "support", "plan" and "proposal" one plan)
    out.add(PLAN_NOUN.test(l) ? "plan" : normalize(l));
  }
  return [...out];
}

/** Give each figure of a sentence its measure, key, places, times and part flag. */
export function measureFigures(
  text: string,
  figs: RawFigure[],
  sentences: Sentence[],
  sentenceOf: (f: RawFigure) => Sentence,
  exclude: (s: string) => boolean,
  bodyStart = 0,
): Measured[] {
  const defaults = articleTimes(text, sentences, bodyStart);
  // (read once: whether the article counts probable or suspected cases beside confirmed ones)
  const probableToo = PROBABLE.test(text);
  const headFigure = figs.some((f) => f.start < bodyStart);
  const tokCache = new Map<number, Token[]>();
  const titleCache = new Map<number, boolean>();
  const clausePlaces = new Map<string, string[]>();
  const clauseTimes = new Map<string, { days: string[]; years: string[] }>();
  // where a sentence's "An earlier version of this article" ends, or -1
  const earlierAt = new Map<number, number>();
  const anySpanAt = new Map<number, boolean>();
  // where each paragraph starts (its first sentence's start)
  const paraStarts = new Map<number, number>();
  for (const s of sentences) if (!paraStarts.has(s.paragraph)) paraStarts.set(s.paragraph, s.start);
  const paraStart = (p: number) => paraStarts.get(p) ?? 0;
  const out: Measured[] = figs.map((f) => {
    const s = sentenceOf(f);
    let toks = tokCache.get(s.index);
    if (!toks) tokCache.set(s.index, (toks = tokenize(text, s.start, s.end)));
    const fi = Math.min(toks.length - 1, Math.max(0, firstAtOrAfter(toks, f.start)));
    let li = firstEndAtOrAfter(toks, f.end);
    if (li >= toks.length) li = toks.length - 1;
    let title = titleCache.get(s.index);
    if (title === undefined) titleCache.set(s.index, (title = isTitleCase(toks)));
    // "Correction: An earlier version of this article said the clinic would add 450": what the article no longer says
    let earlier = earlierAt.get(s.index);
    if (earlier === undefined) {
      // (read once a sentence: a sentence of a million characters is not read again for each of its figures)
      const m = EARLIER_VERSION.exec(text.slice(s.start, s.end));
      earlierAt.set(s.index, (earlier = m ? s.start + m.index + m[0].length : -1));
    }
    if (earlier >= 0 && f.start >= earlier) {
      const frame = readFrame(toks, fi, li, f, fi === 0 || s.start === 0, title, s.start < bodyStart);
      frame.modality = "superseded";
      return { measure: null, noun: frame.noun, frame, key: null, places: [], times: [], years: [], part: false, figure: f, sentence: s.index, inherited: false };
    }
    // a factbox's line ("Homes lost: 19") is read as the sentence its label stands for, and is the factbox's voice
    const label = labelLine(toks, fi, li) ?? listItem(toks, fi, li);
    // ("Acres burned: 12,400": a unit the label names is the figure's, as in "12,400 acres burned")
    if (label && f.unit === "count" && !f.code) {
      const unit = label.label.map((t) => (t.word ? measureAfter(` ${t.text}`) : null)).find((u) => u);
      if (unit) {
        f.unit = "measure";
        f.code = unit;
      }
    }
    // ("fell by only 1.6%", "killed just 12": a focusing adverb before the figure is read past, as if unsaid; not "the only 3")
    // (the sentence is copied without the adverb: only in a sentence of ordinary length, not a table of thousands of figures)
    const focus = !label && fi > 1 && toks.length <= 400 && FOCUS.test(lowerOf(toks[fi - 1])) && toks[fi - 2]!.word && !/^(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those)$/.test(lowerOf(toks[fi - 2]));
    const frame = label ? readFrame(label.toks, label.fi, label.li, f, true, false, false) : focus ? readFrame([...toks.slice(0, fi - 1), ...toks.slice(fi)], fi - 1, li - 1, f, fi - 1 === 0 || s.start === 0, title, s.start < bodyStart) : readFrame(toks, fi, li, f, fi === 0 || s.start === 0, title, s.start < bodyStart);
    if (label && !frame.holder && frame.strong) {
      frame.holder = FACTBOX;
      // (a label names what is counted, not who did it: "Area burnt" is no doer of the burning)
      if (frame.agent && !frame.agent.includes(" ") && label.toks.some((t) => frame.agent === `|${stem(t.lower)}` || frame.agent === `|${t.lower}`)) frame.agent = null;
    }
    // ... and a photo's caption is the caption's ("PHOTO: Smoke over the range, where the fire has burnt 30,000 hectares")
    else if (!frame.holder && s.start >= bodyStart && (captionAt(text, paraStart(s.paragraph)) || captionAt(text, s.start))) frame.holder = CAPTION;
    // ... and a factbox's line said as a clause is the factbox's too ("Fast facts: 2,840 homes started in Q1; down 9% year on year")
    else if (!frame.holder && s.start >= bodyStart && frame.strong && FACTBOX_HEADING.test(text.slice(s.start, Math.min(f.start, s.start + 40)))) frame.holder = FACTBOX;
    // "... official unemployment rate rose. The survey put the rate at 32.9 percent": a bare rate is the kind of rate named last before it
    if (frame.predicate === "rate" && frame.predicateText === "rate" && f.unit === "percent") {
      // (the words just before it, at most: a sentence of thousands of figures is not read again for each)
      const from = Math.max(sentences[Math.max(0, s.index - 2)]!.start, f.start - 400);
      let kind: RegExpExecArray | null = null;
      RATE_KIND.lastIndex = 0;
      for (let k: RegExpExecArray | null; (k = RATE_KIND.exec(text.slice(from, f.start))); ) kind = k;
      if (kind && !RATE_NOT_KIND.test(kind[1]!)) {
        frame.predicate = normalize(kind[1]!);
        frame.predicateText = `${kind[1]!.toLowerCase()} rate`;
      }
    }
    // the measure shown: what the frame reads, else the counted noun ("31 villages") unless it is a unit or people in general
    let display = frame.strong ? displayOf(frame) : null;
    if (!display && frame.noun && !NOT_A_MEASURE.test(frame.noun) && !GENERIC_GROUP.test(frame.noun)) {
      const verb = toks[fi - 1];
      display = verb && verb.word && /ed$/.test(verb.text) && !isCap(verb.text) ? `${frame.noun} ${verb.text.toLowerCase()}` : frame.noun;
    }
    const fk = frameKey(frame, unitKeyOf(f));
    // (unless the share names its group itself: "78 percent of Ames voters")
    // ("each US$10 a tonne move in the price is worth A$3 billion": a step of a rule of thumb, no quantity of anything)
    // ("coverage for the second dose was 68%" against the first dose's 81%: a later instance of a thing is its own quantity; a first is the thing itself)
    const clause = fk ? clauseText(text, toks, li) : "";
    const nth = fk ? NTH_INSTANCE.exec(clause) : null;
    // ("14 confirmed cases" where the article counts probable or suspected ones too: the confirmed are a part of all cases)
    const confirmedPart = probableToo && f.unit === "count" && /^\s+(?:(?:laboratory|lab)[- ])?confirmed\s+/i.test(text.slice(f.end, f.end + 30));
    // part of a total: "including 11 women", "11 of them"
    const before = text.slice(Math.max(s.start, f.start - 24), f.start).toLowerCase();
    const after = text.slice(f.end, Math.min(s.end, f.end + 16)).toLowerCase();
    // ("the exhibition alone drew 240,000 people", "240,000 in the capital alone": a part singled out of a whole)
    // ("drew 410,000 visitors on its own": so too "on its own", "by itself")
    const alone = /\balone\s+(?:[a-z]+\s+){0,2}$/.test(before) || /^(?:\s+[a-z]+){0,4}\s+(?:alone|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\b/.test(text.slice(f.end, Math.min(s.end, f.end + 40)).toLowerCase());
    // ("won 112 of the 200 seats", "completed 87 of the 250 schools": the act's own count out of a pool it names, no part of a count of
    // that act; the pool itself, "the 200 seats", counts no act)
    const outOf = /^\s+of\s+the\s+\d/.test(after) && ACT_OUT_OF.test(before);
    const pool = f.unit === "count" && /\b\d[\d,.]*\s+of\s+the\s+$/.test(before) && ACT_OUT_OF.test(text.slice(Math.max(s.start, f.start - 48), f.start).replace(/\s*\d[\d,.]*\s+of\s+the\s+$/, ""));
    const key = fk && !pool && !(f.unit !== "count" && /\b(?:each|every)\s+$/i.test(text.slice(Math.max(s.start, f.start - 8), f.start))) ? `${fk}${f.unit === "percent" && !frame.population && DEMOGRAPHIC.test(clause) ? `|group-at-${f.start}` : ""}${nth ? `|nth:${nth[1]!.toLowerCase()}-${nth[2]!.toLowerCase().replace(/s$/, "")}` : ""}${confirmedPart ? "|confirmed" : ""}` : null;
    const part =
      alone ||
      /(?:including|among them|among whom|of whom|of them|of which|among)\s*$/.test(before) ||
      // ("£450,000 of that came from a single donor": a part of a sum said before)
      /^\s+of\s+(?:them|whom|the|those|that|it|this|which)\b/.test(after) && f.unit !== "percent" && !outOf;
    // places of the figure's own clause: the sentence up to the first comma after the figure
    let clauseEnd = s.end;
    // ("412 cases, including nine deaths, had been recorded in X": the aside's closing comma does not end the clause)
    let asideOpen = /,\s*(?:including|among them)\s+[^,]*$/.test(text.slice(s.start, f.start));
    for (let j = li + 1; j < toks.length; j++) if (toks[j]!.text === "," || toks[j]!.text === ";" || (lowerOf(toks[j]) === "and" && lowerOf(toks[j + 1]) === "that")) {
      // (an aside of the parts that runs to the sentence's end, "420 positions would go across the company, including drivers at the
      // X operations", is no scope of the whole: the clause ends before it)
      if (/^(?:including|among)$/.test(lowerOf(toks[j + 1])) && (j < li || commaAfter(toks, j + 2))) continue;
      if (asideOpen && toks[j]!.text === ",") {
        asideOpen = false;
        continue;
      }
      if (toks[j]!.text === "," && isCap(toks[j + 1]?.text ?? "") && isCap(toks[j - 1]?.text ?? "")) continue; // "in X, Y"
      clauseEnd = toks[j]!.start;
      break;
    }
    // "marched through X on Saturday to protest against plans to close a unit at Y Hospital": a purpose's places are not the count's
    for (let j = li + 1; j < toks.length && toks[j]!.start < clauseEnd; j++) {
      const nx = toks[j + 1];
      if (lowerOf(toks[j]) === "to" && nx?.word && /^\p{Ll}+$/u.test(nx.text) && !/^(?:the|a|an|his|her|its|their|this|that|these|those|be|date|about|around|nearly|some|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|zero|record|just|only|more|less|fewer|almost)$/.test(nx.text) && !/^\d/.test(nx.text) && (/(?:ed|ing)$/.test(lowerOf(toks[j - 1])) || IRREGULAR_PAST.test(lowerOf(toks[j - 1])) || toks[j - 1]!.word && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|week|day)$/.test(lowerOf(toks[j - 1])))) {
        clauseEnd = toks[j]!.start;
        break;
      }
    }
    // "23 people had been hurt in the crash and were treated at X Hospital", "taken to Y": where the hurt were brought is not where they were counted
    for (let j = li + 2; j < toks.length && toks[j]!.start < clauseEnd; j++) {
      if (/^(?:treated|admitted|taken|rushed|airlifted|transferred|flown|brought|ferried)$/.test(lowerOf(toks[j])) && /^(?:to|at|in)$/.test(lowerOf(toks[j + 1]))) {
        clauseEnd = toks[j]!.start;
        break;
      }
    }
    // "N visitors arrived through its terminals": a count of the speaker's own domain
    let own = false;
    for (let j = li + 1; j < toks.length && j <= li + 8 && toks[j]!.start < clauseEnd; j++)
      if (/^(?:its|their)$/i.test(toks[j]!.text) && OWN_PLACES.test(toks[j + 1]?.text ?? "") && !isCap(toks[j + 1]!.text)) own = true; // (not a name: "its Port Alder shops")
    const clauseToks = firstAtOrAfter(toks, clauseEnd);
    // ... and from a colon that opens a new statement ("the angst in Osk is a problem: A poll showed that 55 percent ...")
    let clauseStart = 0;
    for (let j = fi - 1; j > 0; j--) if (toks[j]!.text === ":" && isCap(toks[j + 1]?.text ?? "") && toks[j + 1]!.word) {
      clauseStart = j + 1;
      break;
    }
    // ... and from the "that" of a telling ("told farmers in Varn on Saturday that the government had set aside KSh 7 billion":
    // where it was told is no place of what was told), looked for a few words back only
    // ("..., and that ...": its second clause too)
    for (let j = fi - 1; j > clauseStart && j >= fi - 15; j--) {
      if (toks[j]!.lower !== "that") continue;
      const second = toks[j - 1]?.lower === "and";
      if (!toks.slice(Math.max(0, j - (second ? 40 : 12)), j).some((t) => REPORTING.test(t.lower) || /^(?:told|tell|tells|telling|informed|assured|warned|reminded)$/.test(t.lower) || second && SPEECH_VERBS.has(t.lower))) continue;
      clauseStart = j + 1;
      break;
    }
    // ... and from an opening clause of how the speaker spoke ("Addressing reporters at a camp in Osk, the MP claimed ...":
    // where it was said is no place of what was said)
    if (clauseStart === 0 && SPOKE_OPENER.test(toks[0]?.text ?? "")) {
      let c = 1;
      while (c < fi && c < 20 && toks[c]!.text !== ",") c++;
      if (toks[c]?.text === "," && c < fi) clauseStart = c + 1;
    }
    const ck = `${s.index}:${clauseStart}:${clauseToks}`;
    let places = clausePlaces.get(ck);
    if (!places) clausePlaces.set(ck, (places = placesInTokens(text, clauseToks === toks.length && clauseStart === 0 ? toks : toks.slice(clauseStart, clauseToks), exclude).specific));
    // days and years of the figure's own clause ("..., beating the record set at the 2011 final" is another)
    const tk = `${s.index}:${clauseToks}`;
    let st = clauseTimes.get(tk);
    if (!st) clauseTimes.set(tk, (st = timesIn(clauseToks === toks.length ? toks : toks.slice(0, clauseToks))));
    // ("7.2 percent in March from 7.5 percent in February": a month right after a figure is its own)
    const ownMonth = /^\s+(?:in|for|during)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(text.slice(f.end, f.end + 24));
    // (a factbox's line is of the times its label names, else of the article's: "Inflation, March: 7.2%; Inflation, February: 6.1%")
    if (label) st = timesIn(label.label.some((t) => t.lower === "last" || t.lower === "this") ? toks : label.label);
    const days = ownMonth && !label ? [ownMonth[1]!.toLowerCase().slice(0, 3)] : st.days.length ? st.days : defaults.days;
    // ("tariffs on imported machinery to 25 percent" / "the tariff on agricultural goods remains at 10 percent": what a levy is on says which levy)
    const on = f.unit !== "count" ? LEVY_ON.exec(text.slice(Math.max(s.start, f.start - 80), f.start)) : null;
    // ("a profit before tax of ₦48.2 billion" / "profit after tax rose to ₦33.6 billion": two sums of one result, told apart by their tax)
    const taxed = f.unit === "money" ? TAX_BASIS.exec(text.slice(Math.max(s.start, f.start - 60), f.start)) : null;
    // ("gross earnings of ₦210 billion": a gross sum is no profit, said with or without its tax)
    const gross = f.unit === "money" && GROSS_SUM.test(text.slice(Math.max(s.start, f.start - 50), f.start));
    // ("a £31m hole over three years", "will cost $2bn over the next five years": a sum or count of several years is no one year's)
    // (its own clause's: "the first strike in six years" is no span; "a five-year deal" or "over the same period" spans whatever the other says)
    const spanText = f.unit !== "percent" ? text.slice(Math.max(s.start, f.start - 70), Math.min(s.end, f.end + 110)) : "";
    const spanned = spanText ? YEARS_SPAN.exec(spanText) : null;
    const span = spanned && !/\b(?:first|last|highest|lowest|biggest|largest|worst|best|most|least|record|time)\s+(?:\S+\s+){0,3}$/i.test(spanText.slice(0, spanned.index)) ? spanned[1]!.toLowerCase().replace(/\s+/g, "-") : null;
    // (read once a sentence, not once a figure)
    let anyIn = anySpanAt.get(s.index);
    if (anyIn === undefined) anySpanAt.set(s.index, (anyIn = ANY_SPAN.test(text.slice(s.start, s.end))));
    const anySpan = f.unit !== "percent" && anyIn;
    const times = [...days, ...(on ? [`about:${stem(on[2]!.toLowerCase())}`] : []), ...(taxed ? [`about:${taxed[1] ? "pretax" : "posttax"}`] : []), ...(gross ? ["about:gross"] : []), ...(span ? [`period:span-${span}`] : anySpan ? ["period:span-any"] : [])];
    const years = st.years.length ? st.years : f.start < bodyStart ? defaults.headlineYears : defaults.years;
    // "a separate rally in X drew 8,000": an event set apart from the one the article is about is a scope of its own
    const lead = text.slice(s.start, f.start);
    const apart = SEPARATE.test(lead);
    // "Among Latinos, her net positive is just two points": a subgroup the sentence opens with is the figure's scope
    const among = /^\s*Among\s+([^,]{2,40}),/.exec(lead);
    // "..., including the capital, San Gabriel, where 2,140 cases have been recorded": a count in a clause of "where" is that place's
    // (read in the clause's last words only: a sentence of a thousand figures is not read a thousand times over)
    const near = lead.slice(-240);
    const where = near.includes(" where ") ? /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),?\s+where\s+[^,.;:]*$/u.exec(near) : null;
    // "Oradi State is the worst affected, with 23 deaths": the count of the place the sentence is about
    const worst = !/\bwith\s+$/.test(lead.slice(-12)) ? null : /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:,[^,]{0,80},)?\s+(?:is|was|are|were|has been|had been|remains|remained)\s+(?:the\s+)?(?:worst|hardest|most\s+\p{Ll}+|badly|severely)\b[^.;:]{0,40}\bwith\s+$/u.exec(lead);
    if (worst && !/^(?:The|This|That|It|They|He|She)$/.test(worst[1]!) && !places.includes(worst[1]!)) places = [...places, worst[1]!];
    if (where && !exclude(where[1]!) && !places.includes(where[1]!) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|It|They)\b/.test(where[1]!)) places = [...places, where[1]!];
    const scopes = [...places, ...(own ? [OWN_DOMAIN] : []), ...(apart ? [`${SEPARATE_EVENT}${f.start}`] : []), ...(among ? [`(among ${among[1]!.toLowerCase()})`] : [])];
    // (a headline is one clause: all its words are about its figure; read only when a headline has a figure to match)
    const anchors = !headFigure ? undefined : s.start < bodyStart ? anchorsOf(toks, 0, toks.length - 1, fi, li) : anchorsOf(toks, Math.max(0, clauseStart, fi - ANCHOR_REACH), Math.min(clauseToks, li + ANCHOR_REACH + 1, toks.length) - 1, fi, li);
    return { measure: display, noun: frame.thing === "people" || (frame.thing && VICTIMS.has(frame.thing)) ? "people" : frame.noun, frame, key, places: scopes, times, years, part, figure: f, sentence: s.index, inherited: false, anchors };
  });
  const bySentence = new Map<number, Measured[]>();
  for (const m of out) {
    const l = bySentence.get(m.sentence);
    if (l) l.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const inSentence = (k: number) => bySentence.get(k) ?? [];
  // match-ups: "Vell leads Orrin 46 percent to 39 percent": each share is one side's
  let pairThing: { thing: string; paragraph: number } | null = null;
  let lastPoll: { name: string; paragraph: number } | null = null;
  for (const [k, ms] of bySentence) {
    const inPoints = (m: Measured) => m.figure.unit === "count" && /^\s+(?:percentage\s+)?points?\b/.test(text.slice(m.figure.end, m.figure.end + 20));
    if (!ms.some((m) => m.figure.unit === "percent" || inPoints(m)) && ms.length < 2) continue;
    const toks = tokCache.get(k)!;
    const mf: MatchupFigure[] = ms.map((m) => ({ fi: firstAtOrAfter(toks, m.figure.start), li: Math.min(toks.length - 1, firstEndAtOrAfter(toks, m.figure.end)), percent: m.figure.unit === "percent", frame: m.frame }));
    const percents = ms.filter((m) => m.figure.unit === "percent").length;
    // the sentence's places, read only when a match-up or a poll needs its sides told from them
    let read: string[] | null = null;
    const places = () => (read ??= placesInTokens(text, toks, exclude).specific);
    if (percents >= 2) readMatchups(toks, mf, places);
    // a share said alone in a poll named here, or in the poll named just before ("In May, Vell had 38 percent in an Orbis poll. The most recent poll shows ...")
    const para = sentences[k]!.paragraph;
    if (percents || mf.some((f) => /^points?$/.test(lowerOf(toks[f.li + 1])))) readShares(toks, mf, places, lastPoll && para - lastPoll.paragraph <= 1 ? lastPoll.name : null);
    // a side's lead in points, as a poll or an average reads it
    if (ms.some(inPoints)) readLeads(toks, mf, places, lastPoll && para - lastPoll.paragraph <= 1 ? lastPoll.name : null);
    const named = pollInSentence(toks);
    if (named) lastPoll = { name: named, paragraph: para };

    if (ms.filter((m) => m.figure.unit === "count").length >= 2) {
      // the thing of a pair in the paragraph just before ("Arland had 568 firms to Bexia's 535. Calder counts 585 in Bexia to Arland's 260.")
      const thing = readCountPairs(toks, mf, pairThing && para - pairThing.paragraph <= 1 ? pairThing.thing : null);
      if (thing) pairThing = { thing, paragraph: para };
    }
    // the sides are no places of the match-up ("In Osk, Vell won ...")
    const sides = new Set(mf.filter((f, i) => f.frame !== ms[i]!.frame).map((f) => f.frame.agent?.split("|")[0]));
    mf.forEach((f, i) => {
      // ("was 43.5 percent, ..., up from 31 percent in 2019": the level before a change is no share of the match-up)
      if (f.frame === ms[i]!.frame || ms[i]!.frame.prior) return;
      ms[i]!.places = ms[i]!.places.filter((p) => !sides.has(p.toLowerCase()));
      const m = ms[i]!;
      m.frame = f.frame;
      // "to 29 points" in a poll: a percentage of it
      if (f.points) m.figure.unit = "percent";
      const fk = frameKey(f.frame, m.figure.unit === "percent" ? "percent" : "count");
      m.key = fk && f.matchup !== undefined ? `${fk}${f.matchup ? `|${f.matchup}` : ""}` : null;
      if (fk && f.alsoAlone) m.alsoKey = `${fk}|${f.alsoAlone}`;
      m.measure = m.key ? f.frame.predicateText : null;
      m.matchup = true;
      // a count pair's sides are its places ("568 to Bexia's 535"): the side says where, not the clause
      if (m.figure.unit === "count") m.places = [];
    });
    // a share that answers a question ("55 percent of Ames supporters back Vell") in a sentence that names one poll is that poll's finding
    const only = percents ? onlyPollIn(toks) : null;
    if (only) for (const m of ms) if (!m.matchup && m.figure.unit === "percent" && m.frame.share && !m.frame.holder) m.frame = { ...m.frame, holder: only, sentenceVoice: true };
  }
  // "$85 million rather than the $62.5 million officials had long publicized", "12, not 20", "instead of": the second figure is
  // the first one's quantity, as another says it (its voice the name of its relative clause when one is named), set against it
  for (const ms of bySentence.values()) {
    for (let i = 1; i < ms.length; i++) {
      const a = ms[i - 1]!;
      const b = ms[i]!;
      if (a.part || b.part || b.figure.unit !== a.figure.unit || b.figure.code !== a.figure.code || a.frame.change || a.frame.prior) continue;
      const gap = text.slice(a.figure.end, b.figure.start);
      if (!/^\s*(?:(?:,\s*)?(?:rather\s+than|instead\s+of|as\s+opposed\s+to)|,\s*not)\s+(?:the\s+|a\s+)?$/i.test(gap)) continue;
      // (a first figure read as no quantity is still the one the second is set against: the two are one quantity, whatever it is)
      if (!a.key) {
        a.key = `${a.figure.unit}:${a.figure.code ?? ""}|contrast@${a.figure.start}`;
        a.frame = { ...a.frame, predicate: a.frame.predicate ?? "figure", predicateText: a.frame.predicateText ?? "figure", strong: true, via: a.frame.via ?? "level" };
      }
      // ("the $62.5 million Streetcar officials had long publicized": who gives it)
      const said = /^\s+((?:[\p{L}'’-]+\s+){0,3}?(?:officials|authorities|organi[sz]ers|police)|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:had\s+|have\s+|has\s+)?(?:long\s+|earlier\s+|previously\s+|first\s+)?(?:publici[sz]ed|claimed|said|cited|quoted|given|reported|estimated|announced|stated|promised|touted)\b/u.exec(text.slice(b.figure.end, b.figure.end + 80));
      b.frame = { ...a.frame, origin: a.figure.start, correction: true, anaphoric: false, holder: said ? said[1]! : b.frame.holder, holderStrong: !!said || !!b.frame.holderStrong };
      b.key = a.key;
      b.measure = a.measure;
      b.places = a.places;
      b.times = a.times;
      b.years = a.years;
    }
  }
  // "Earlier in the day, the agency had put the number of dead at eight": a sentence that tells in the pluperfect
  // what was said before is a figure since superseded, no rival of the later one
  for (const [k, ms] of bySentence) {
    const said = text.slice(sentences[k]!.start, sentences[k]!.end);
    // ("Reilly had said on Tuesday morning that 12 people were dead": a voice's word in the pluperfect, at a time named, is the same)
    const before = /^\s*(?:Earlier|Initially|At first|Previously|Before that)\b/.test(said) && /\bhad\s+(?!been\s+(?:killed|injured|wounded|displaced|evacuated|arrested)\b)[a-z]+(?:ed|ut|en|ne|id|ld|ght)\b/.test(said);
    const saidBefore = /\bhad\s+(?:said|reported|put|given|estimated|announced|confirmed|stated|told)\s+(?:[\w,]+\s+){0,6}?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier|initially|at first|yesterday|last\s+(?:night|week))\b/i.test(said);
    // ("The office had earlier put the toll at 12": the adverb of before between "had" and its verb)
    const earlierPut = /\bhad\s+(?:earlier|initially|previously|first|originally)\s+(?:said|reported|put|given|estimated|announced|confirmed|stated|told|counted|recorded|listed)\b/i.test(said);
    if (!before && !saidBefore && !earlierPut) continue;
    for (const m of ms) if (m.frame.modality === "result") m.frame = { ...m.frame, modality: "superseded" };
  }
  // a toll with its counted noun left out ("as many as 200 have been killed", "said the blasts
  // killed 62") counts what the toll before it in the paragraph counted ("106 protesters")
  for (const m of out) {
    if (m.frame.noun || !m.key || m.part || m.figure.unit !== "count" || !m.frame.predicate || !VICTIMS.has(m.frame.predicate)) continue;
    const para = sentences[m.sentence]!.paragraph;
    let prev: Measured | undefined;
    for (let k = m.sentence; k >= Math.max(0, m.sentence - 3) && !prev; k--) {
      if (Math.abs(sentences[k]!.paragraph - para) > 1) break;
      const l = inSentence(k);
      const i = k === m.sentence ? l.indexOf(m) : l.length;
      const cands = l.slice(Math.max(0, i - 6), i).filter((o) => o !== m && o.frame.noun && o.frame.predicate === m.frame.predicate && !o.part && o.figure.unit === "count");
      prev = cands[cands.length - 1];
    }
    if (!prev || prev.frame.thing === m.frame.thing) continue;
    m.frame = { ...m.frame, thing: prev.frame.thing };
    m.key = frameKey(m.frame, "count");
  }
  // "she won 47 percent": he or she is the person an earlier figure of the paragraph named as its agent
  for (const m of out) {
    if (m.frame.agent !== "@pro:person") continue;
    // "As for Mr. Dane, Ardent put his net worth at ...": a titled person named before it in its own sentence
    const titled = [...text.slice(sentences[m.sentence]!.start, m.figure.start).matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.?\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)/g)].pop();
    if (titled) {
      const last = titled[1]!.split(/\s+/).pop()!.replace(/['’]s$/, "").toLowerCase();
      m.frame = { ...m.frame, agent: `${last}|${last}` };
      continue;
    }
    for (let k = m.sentence; k >= Math.max(0, m.sentence - 2); k--) {
      if (sentences[k]!.paragraph < sentences[m.sentence]!.paragraph - 1) break;
      const named = inSentence(k).filter((o) => o.figure.start < m.figure.start && o.frame.agent && !o.frame.agent.startsWith("@") && !o.frame.agent.startsWith("|") && !o.frame.agent.startsWith("~"));
      if (named.length) {
        m.frame = { ...m.frame, agent: named[named.length - 1]!.frame.agent };
        break;
      }
    }
  }
  // "Independent trackers estimate it has 3 million users": "it" is not a plural speaker, but what the paragraph spoke of
  for (const m of out) {
    if (m.frame.agent !== "@pro:it") continue;
    const s = sentences[m.sentence]!;
    const lead = text.slice(s.start, m.figure.start);
    if (!PLURAL_SPEAKER_IT.test(lead) && !PERSON_SPEAKER_IT.test(lead)) continue;
    for (let k = m.sentence - 1; k >= Math.max(0, m.sentence - 2); k--) {
      if (sentences[k]!.paragraph < s.paragraph - 1) break;
      const named = inSentence(k).filter((o) => o.frame.agent && !o.frame.agent.startsWith("@") && !o.frame.agent.startsWith("~"));
      if (named.length) {
        m.frame = { ...m.frame, agent: named[named.length - 1]!.frame.agent };
        break;
      }
    }
  }
  // "in the same year", "over the same period", "in that year": the time of the figure before it
  // (one pass in text order: the last timed figure of an earlier sentence, and each sentence read once)
  {
    let before: Measured | undefined;
    let inSentenceNow: Measured | undefined;
    let current = -1;
    let sameTime = false;
    for (const m of out) {
      if (m.sentence !== current) {
        if (inSentenceNow) before = inSentenceNow;
        inSentenceNow = undefined;
        current = m.sentence;
        const said = text.slice(sentences[current]!.start, sentences[current]!.end);
        // (not in a sentence that names a year of its own: "in January 2009 and peaked ... in October of that year")
        // (nor "over the same period last year": that is another year's period, read as the figure's own)
        // (nor "Last year the district recorded 1,210 cases over the same period": the sentence names its own year)
        sameTime = /\b(?:the same|that) (?:year|period|quarter|month|week|day|season)\b(?!\s+(?:last|a|the previous|the prior|of the previous|of last)\s+year)/i.test(said) && !/\b(?:1[89]|20)\d\d\b/.test(said) && !/\b(?:last|previous|prior)\s+(?:year|season)\b|\ba\s+year\s+(?:earlier|ago|before)\b/i.test(said);
      }
      if (sameTime && before) {
        m.years = before.years;
        m.times = before.times;
      }
      // (the time of the figure compared with, "up from 1,280 the year before", is no time the same period points back to)
      if ((m.years.length || m.times.length) && !m.frame.prior && !m.times.some((t) => t.startsWith("rel:"))) inSentenceNow = m;
    }
  }
  // a second object of one verb: "won 94 seats and 46 percent of the vote", "carried 1.1 million passengers and 212,000
  // vehicles": the figure after "and" is what the same verb did, of its own counted thing
  for (const [, ms] of bySentence) {
    for (let x = 1; x < ms.length; x++) {
      const a = ms[x - 1]!;
      const b = ms[x]!;
      if (b.key || b.part || a.part || !a.key || a.frame.via !== "object" || !a.frame.predicate || a.frame.change || b.frame.predicate) continue;
      // (only a's own counted noun between them, then "and": no verb, no comma, no clause of its own)
      if (!/^\s+(?:[\p{Ll}'’-]+\s+){1,3}(?:and|as\s+well\s+as|plus)\s+$/u.test(text.slice(a.figure.end, b.figure.start)) || /\b(?:who|which|that|was|were|is|are|had|has|have)\b/.test(text.slice(a.figure.end, b.figure.start))) continue;
      // (and b names what it counts: "46 percent of the vote", "212,000 vehicles")
      if (!b.frame.noun && !(b.figure.unit === "percent" && /^\s+of\s+(?:the\s+)?\p{Ll}/u.test(text.slice(b.figure.end, b.figure.end + 12)))) continue;
      // (two kinds of person, "arrested 40 men and 12 women", are parts of one count, not two acts)
      const person = (m: Measured) => !!m.frame.thing && (m.frame.thing === "people" || PERSON_KIND.test(m.frame.thing) || VICTIMS.has(m.frame.thing));
      if (person(a) && person(b)) continue;
      // (nor a unit or a time read as its noun: "lost 29.4 lbs and 29 total inches", "10 runs last night and 9 today")
      if (/^(?:inch|inche|foot|feet|mile|metre|meter|pound|lb|kilo|kilogram|gram|ton|tonne|litre|liter|gallon|acre|hectare|degree|year|month|week|day|hour|minute|second|today|tonight|yesterday|tomorrow)s?$/.test(b.frame.thing ?? b.frame.noun ?? "")) continue;
      // (a share of the vote got is "won", and seats got are "got", as the frame reader names them: "won 94 seats and 46 percent of the vote")
      const predicate = a.frame.predicate === "got" && b.figure.unit === "percent" ? "won" : a.frame.predicate === "won" && a.figure.unit === "percent" && b.figure.unit === "count" ? "got" : a.frame.predicate;
      const frame = { ...b.frame, predicate, predicateText: a.frame.predicateText, via: a.frame.via, agent: a.frame.agent, modality: a.frame.modality, strong: true };
      const key = frameKey(frame, unitKeyOf(b.figure));
      if (!key) continue;
      b.frame = frame;
      b.key = key;
      b.measure = displayOf(frame);
    }
  }
  // a breakdown: figures of one key joined in one sentence ("two emails sent to Powell and 10
  // emails sent to aides") are parts of a whole, not rivals of a total
  for (const [, ms] of bySentence) {
    for (let x = 1; x < ms.length; x++) {
      const a = ms[x - 1]!;
      const b = ms[x]!;
      // ("Nine died on the spot and two others succumbed in hospital": a count and its "others" are parts of one toll)
      const others = /^\s+(?:others?|more)\b/.test(text.slice(b.figure.end, b.figure.end + 8));
      if (!a.key || a.key !== b.key || (!a.frame.noun || !b.frame.noun) && !others) continue;
      if (!/^[^.;]{0,80}?\s(?:and|as\s+well\s+as|plus)\s/.test(text.slice(a.figure.end, b.figure.start))) continue;
      if (a.frame.agent !== b.frame.agent) continue; // "Rubio won 25 and Kasich 13": two agents, told apart by who
      a.part = true;
      b.part = true;
    }
  }
  // a figure whose counted thing is left out stands for the thing of the one figure of its unit
  // beside it: "one company says there are more than 2,600 billionaires, another says there are
  // about 1,800"; "Ardent lists his wealth at $7.5 billion, Calder says it is $5.5 billion"; and
  // in the next sentence when it points back ("Mirel pegged him at $3.1 billion")
  for (const m of out) {
    if (m.part || m.frame.noun || m.inherited || m.matchup || m.frame.definite || m.frame.change || m.frame.norm) continue;
    // "Among women, the figure is 75 percent": a subgroup's figure, not the one before
    if (/\bamong\b/i.test(text.slice(sentences[m.sentence]!.start, m.figure.start))) continue;
    if (m.key && !m.frame.anaphoric && m.frame.thing) continue;
    const unitOf = (o: Measured) => `${o.figure.unit}|${o.figure.code}`;
    // the figures just before it (a sentence of thousands of figures is a table, not a contrast)
    const near = (k: number) => {
      const l = inSentence(k);
      const i = k === m.sentence ? l.indexOf(m) : l.length;
      return l.slice(Math.max(0, i - 6), i);
    };
    const pick = (k: number) => near(k).filter((o) => o !== m && o.key && !o.part && unitOf(o) === unitOf(m) && !o.frame.anaphoric && !o.frame.change);
    let mates = pick(m.sentence);
    // "... puts the figure at about $44 million": the figure of the sentence before, even across a paragraph's break
    if (!mates.length && m.frame.anaphoric && m.sentence > 0 && (sentences[m.sentence - 1]!.paragraph === sentences[m.sentence]!.paragraph || /\b(?:the|that|this|a)\s+(?:figure|number|estimate)\b/i.test(text.slice(sentences[m.sentence]!.start, m.figure.start)))) mates = pick(m.sentence - 1);
    const things = new Set(mates.map((o) => o.key));
    if (things.size !== 1) continue;
    const src = mates[mates.length - 1]!;
    if (m.key && m.frame.predicate && src.frame.predicate !== m.frame.predicate && !m.frame.anaphoric) continue;
    // ("... logged 148 mm, and the drains cope with 50 mm an hour": a rate is no repeat of a level)
    if (!m.frame.anaphoric && (m.frame.rate ?? "") !== (src.frame.rate ?? "")) continue;
    // ("fell from 8.1 percent to 7.5 percent": the level after a change is no repeat of the level before it)
    // ("rose to 20, up from 12": the level before stands for the same thing, as its earlier level)
    if (m.frame.prior !== src.frame.prior && (src.frame.prior || src.frame.change)) continue;
    src.frame.origin ??= src.figure.start;
    // ("won 74 seats, ahead of the governing Social Democrats with 62": the name before "with" is whose the figure is)
    const withName = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+with\s+$/u.exec(text.slice(Math.max(sentences[m.sentence]!.start, m.figure.start - 60), m.figure.start));
    const withAgent = withName && m.figure.start - withName[0].length > sentences[m.sentence]!.start ? `${withName[1]!.toLowerCase()}|${normalize(withName[1]!.split(/\s+/).pop()!)}` : null;
    const frame = { ...src.frame, prior: m.frame.prior, agent: m.frame.agent ?? withAgent ?? src.frame.agent, holder: m.frame.holder, holderStrong: m.frame.holderStrong, modality: m.frame.anaphoric && m.frame.modality === "result" ? src.frame.modality : m.frame.modality, anaphoric: m.frame.anaphoric, correction: m.frame.correction, origin: m.frame.agent ? null : src.frame.origin };
    m.frame = frame;
    m.key = m.frame.prior && !src.frame.prior ? src.key!.split("|").map((x, i) => (i === 3 ? "prior" : x)).join("|") : src.key;
    m.measure = src.measure;
    m.noun = src.noun;
    if (!m.places.length) m.places = src.places;
  }
  // "That's less than the $53 million figure Hale cited": the figure before ("That") is set
  // against an earlier one of the same value, so it measures what that one measures (the
  // figure named in the comparison is that earlier one said again, and stays out of the count)
  for (const m of out) {
    const s = sentences[m.sentence]!;
    if (m.sentence === 0 || !COMPARED_TO.test(text.slice(s.start, m.figure.start))) continue;
    const ref = out.find((o) => o.figure.start < s.start && o.key && !o.part && o.figure.unit === m.figure.unit && o.figure.code === m.figure.code && o.figure.stated !== null && o.figure.stated === m.figure.stated);
    const before = inSentence(m.sentence - 1).filter((o) => !o.part && o.figure.unit === m.figure.unit && o.figure.code === m.figure.code);
    const prev = before[before.length - 1];
    if (!ref || !prev || prev === ref || prev.key === ref.key || prev.frame.rate !== ref.frame.rate) continue;
    ref.frame.origin ??= ref.figure.start;
    prev.frame = { ...ref.frame, holder: prev.frame.holder, holderStrong: prev.frame.holderStrong, anaphoric: true, modality: prev.frame.modality };
    prev.key = ref.key;
    prev.measure = ref.measure;
    if (!prev.places.length) prev.places = ref.places;
  }
  // "The blaze has burnt through 14,500 hectares ... \"it's more than 20,000 hectares already\"": a measure with no frame of its own, in an
  // article whose one other quantity in that unit is read, is that quantity (hectares, tonnes, kilometres name what they measure)
  {
    const unitKey = (o: Measured) => `${o.figure.unit}|${o.figure.code}`;
    // per unit, the one quantity read in it (null when two are, or one is a change or a rate)
    const framed = new Map<string, Measured | null>();
    // (not a fall of rain, a speed or a temperature: each gauge, gust and hour has its own)
    const single = (o: Measured) => o.figure.unit === "measure" && !LOCAL_MEASURE.test(o.figure.code ?? "");
    for (const o of out) {
      if (!o.key || o.part || !single(o)) continue;
      const k = unitKey(o);
      const seen = framed.get(k);
      framed.set(k, seen === undefined ? (o.frame.change || o.frame.rate ? null : o) : seen && seen.key === o.key && !o.frame.change && !o.frame.rate ? seen : null);
    }
    for (const m of out) {
      if (m.key || m.part || !single(m) || m.frame.noun || m.frame.change) continue;
      const src = framed.get(unitKey(m));
      if (!src) continue;
      m.frame = { ...src.frame, holder: m.frame.holder, holderStrong: m.frame.holderStrong, anaphoric: true, modality: m.frame.modality, origin: null };
      m.key = src.key;
      m.measure = src.measure;
      if (!m.places.length) m.places = src.places;
    }
  }
  // "more than 120 millimetres had fallen at the airport": a facility said with "the" is the one of that kind a figure before was placed at
  // ("87 millimetres of rain fell at Millbrook Airport")
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.places.length || !m.key) continue;
    const s = sentences[m.sentence]!;
    const ref = FACILITY_REF.exec(text.slice(m.figure.end, Math.min(s.end, m.figure.end + 80)));
    // (not where the hurt were brought: "were treated at the hospital")
    if (!ref || /\b(?:treated|admitted|taken|rushed|airlifted|transferred|flown|brought|ferried)\b/i.test(ref[0])) continue;
    const noun = ref[1]!.toLowerCase();
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const p = out[k]!.places.find((x) => x.toLowerCase().endsWith(` ${noun}`));
      if (p) {
        m.places = [p];
        break;
      }
    }
  }
  // a figure with no place of its own is about the place of the sentence before it when that
  // sentence counts the same measure ("... suburb of X, killing 83. The Observatory said the
  // blasts killed 62"), else about the article's own place (its first clause)
  const lead = articlePlaces(text, sentences, bodyStart, exclude);
  const wideOf = new Map<number, RegExpExecArray | null>();
  const subOf = new Map<number, RegExpExecArray | null>();
  for (const m of out) {
    // "the national average of €1,480", "The national pass rate was 82.9 per cent": a level of a wider scope, whatever place the article is about
    const levelOf = NATIONAL_LEVEL.exec(text.slice(Math.max(sentences[m.sentence]!.start, m.figure.start - 48), m.figure.start));
    // (a headline's too: "Osk turnout hits 71% as national figure slips to 58%")
    if (levelOf) {
      m.places = [`(${wideScope(levelOf[1]!)})`];
      continue;
    }
    if (m.places.length) continue;
    // "In the town centre, flats advertise for an average of €1,910", "In rural areas, ...": a part of the article's place, named by its kind
    // (read once a sentence, from its opening words: not the whole sentence again for each of its figures)
    const si = sentences[m.sentence]!;
    if (!subOf.has(si.index)) subOf.set(si.index, SUB_AREA.exec(text.slice(si.start, Math.min(si.end, si.start + 120))));
    const sub = m.figure.start >= bodyStart ? subOf.get(si.index)! : null;
    if (sub && m.figure.start >= si.start + sub[0].length) {
      m.places = [`(${sub[1]!.toLowerCase().replace(/\s+/g, " ")})`];
      continue;
    }
    // "In all, 40 people died across the region", "nationwide": a scope wider than any place named before, whose place it does not take
    const sent = sentences[m.sentence]!;
    if (!wideOf.has(sent.index)) wideOf.set(sent.index, WIDE_SCOPE.exec(text.slice(sent.start, sent.end)));
    const wide = wideOf.get(sent.index)!;
    if (wide && m.figure.start >= bodyStart) {
      // (unless the place before is itself named so: "in Aurelia province" ... "across the province" is Aurelia)
      const before = [...inSentence(m.sentence - 2), ...inSentence(m.sentence - 1)].filter((o) => o.places.length === 1 && o.figure.start >= bodyStart);
      const near = before.length ? before[before.length - 1]!.places : lead;
      const noun = wide[1]?.toLowerCase();
      const place = near.length === 1 ? near[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : "";
      const same = !!noun && !!place && new RegExp(`\\b${place}\\s+${noun}\\b|\\b${noun}\\s+of\\s+${place}\\b`, "i").test(text);
      m.places = same ? near : [`(${wideScope(wide[1] ?? wide[0])})`];
      continue;
    }
    // a headline that names no place is about the place of the article's lead ("Bus Plunge Kills 14" above "... near Ostra")
    if (m.figure.start < bodyStart) {
      m.places = lead;
      continue;
    }
    const prev = [...inSentence(m.sentence - 2), ...inSentence(m.sentence - 1)].filter((o) => o.key && o.key === m.key && o.places.length && o.figure.start >= bodyStart && sentences[o.sentence]!.paragraph === sentences[m.sentence]!.paragraph);
    m.places = prev.length ? prev[prev.length - 1]!.places : lead;
  }
  // a bare number with no measure ("A complaint lists 412.") takes the measure of the one figure
  // of the sentence before it, with that figure's scope
  out.forEach((m, i) => {
    if (m.key || m.part) return;
    const f = m.figure;
    const s = sentences[m.sentence]!;
    if (inSentence(m.sentence).length !== 1 || !/^\s*[.;]/.test(text.slice(f.end, f.end + 2))) return;
    // only a number a source gives as its count: "lists 412.", "put it at 57.", "says 300." ("with 163 percent." is another thing's)
    if (!/\b(?:lists?|listed|says?|said|counts?|counted|reports?|reported|puts?|put\s+(?:it|the\s+\w+)\s+at|gives?|gave|estimates?|estimated|cites?|cited|tallies|tallied|records?|recorded|confirms?|confirmed)\s+(?:only\s+|just\s+)?$/i.test(text.slice(Math.max(s.start, f.start - 40), f.start))) return;
    const prev = inSentence(s.index - 1).filter((o) => !o.part);
    const withKey = prev.filter((o) => o.key);
    if (withKey.length !== 1 || withKey[0]!.figure.unit !== f.unit) return;
    const src = withKey[0]!;
    out[i] = { ...m, measure: src.measure, key: src.key, frame: src.frame, places: src.places, times: src.times, years: src.years, inherited: true };
  });
  // "412 cholera cases, including nine deaths": a part that counts another act than its whole is a quantity of its own
  // (but not a part that names its own whole: "13 died, adding that four of the injured were critical")
  for (const m of out) {
    if (!m.part || !m.key || !m.frame.predicate) continue;
    if (/^\s+of\s+the\s+/i.test(text.slice(m.figure.end, m.figure.end + 8))) continue;
    const whole = inSentence(m.sentence).filter((o) => o.figure.start < m.figure.start && o.key && !o.part).pop();
    if (whole?.frame.predicate && whole.frame.predicate !== m.frame.predicate && whole.figure.unit === m.figure.unit) m.part = false;
  }
  // "... said 12 people had been injured. In an update, the service revised that figure to 17": a figure revised later in
  // the article is superseded by the revision, whoever is read as giving either
  for (const k of bySentence.keys()) {
    const said = text.slice(sentences[k]!.start, sentences[k]!.end);
    if (!/\b(?:revised|updated|raised|lowered|corrected|increased|upped|amended)\s+(?:that|the|this|its|their|his|her)\s+(?:figure|toll|number|count|estimate|total|tally)\s+(?:to|upward to|downward to)\b/i.test(said)) continue;
    // (the sentence's figures as finally read: a bare one may have taken its key from the sentence before)
    const revised = new Set(out.filter((m) => m.sentence === k).map((m) => m.key).filter((x): x is string => !!x));
    for (const m of out) if (m.sentence < k && m.figure.start >= bodyStart && m.key && revised.has(m.key) && m.frame.modality === "result") m.frame = { ...m.frame, modality: "superseded" };
  }
  // "... recovered nine bodies by noon. By nightfall the toll had risen to 15", "63 people had now been arrested": a count said to have
  // risen to a new level, or to stand now, supersedes
  // the article's earlier figures of that quantity (a count that grows is updated, not contradicted)
  {
    const updates: { m: Measured; now: boolean }[] = [];
    for (const m of out) {
      if (!m.key || m.figure.start < bodyStart || m.frame.modality !== "result" || m.frame.change || m.frame.prior) continue;
      // (or said to stand "now": "63 people had now been arrested", "the toll now stands at 63")
      // ("the directorate now puts the number of dead at 29", "Updated figure: ...": a reckoning given anew, a live report's update)
      const lead = text.slice(Math.max(sentences[m.sentence]!.start, m.figure.start - 80), m.figure.start);
      const now = NOW_AFTER.test(text.slice(m.figure.end, Math.min(sentences[m.sentence]!.end, m.figure.end + 40))) || /\bnow\s+(?:stands?|stood|at|totals?|is)\s+(?:at\s+)?$/i.test(lead.slice(-30)) || /\bnow\s+(?:puts?|places?|pegs?|gives?|sets?)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){1,4}?(?:at|as)\s+$/iu.test(lead) || UPDATE_LABEL.test(text.slice(sentences[m.sentence]!.start, Math.min(m.figure.start, sentences[m.sentence]!.start + 48)));
      if (now || RISEN_TO.test(text.slice(Math.max(sentences[m.sentence]!.start, m.figure.start - 40), m.figure.start))) updates.push({ m, now });
    }
    // (an article tells a few updates; a text of thousands is a table or a list, read no further)
    if (updates.length <= MAX_UPDATES) {
      for (const { m, now } of updates) {
        // (a count that stands "now" is the latest, wherever the earlier one is told: "On Friday the force had reported 40 arrests")
        for (const o of out) if ((o.sentence < m.sentence || now && o.sentence > m.sentence) && o.figure.start >= bodyStart && o.key === m.key && o.frame.modality === "result" && o.figure.low !== null && m.figure.low !== null && o.figure.low < m.figure.low) o.frame = { ...o.frame, modality: "superseded" };
      }
    }
  }
  // "recorded 312 species" / "274 species had been recorded", "carried 412 million journeys" / "put Metro journeys at 389 million":
  // things a count only has or carries are the things counted (not people: "the ferry carried 212 passengers" is who was aboard)
  // (so read, a count is of its own things, never of people: "recorded 19,400 households" is no "home to 41,800 people")
  const ownThings = new Set<Measured>();
  for (const m of out) {
    if (!m.key || !m.key.startsWith("count|")) continue;
    const parts = m.key.split("|");
    // (but not things of a period or a kind said before their noun: "500 million monthly active users" are no "daily active users")
    // (and students enrolled are the students counted: "has 24,500 students enrolled" / "student numbers fall to 22,000")
    if (parts[2] === "enrolled" && parts[1] === "student") {
      parts[2] = "student";
      parts[1] = "";
      m.key = parts.join("|");
      ownThings.add(m);
      continue;
    }
    if ((parts[2] === "has" || parts[2] === "carried") && parts[1] && parts[1] !== "people" && !PERSON_KIND.test(parts[1]) && !VICTIMS.has(parts[1]) && !/^\s+(?:[\p{L}-]+\s+){0,2}?(?:daily|monthly|weekly|yearly|annual|active|new|unique|paying|registered)\b/iu.test(text.slice(m.figure.end, m.figure.end + 40))) {
      parts[2] = parts[1];
      parts[1] = "";
      m.key = parts.join("|");
      ownThings.add(m);
    }
  }
  // "five climbers were missing" ... "eight people were missing", "seventeen miners were trapped" ... "Twenty-two of our members are
  // trapped": when an article counts one kind of person for an act, people counted for that act without their kind are that kind
  {
    // per quantity (its key without the thing): the kinds read from figures' own nouns, those read otherwise, and whether people are counted
    type Kinds = { own: Set<string>; other: Set<string>; people: boolean };
    const kinds = new Map<string, Kinds>();
    const rest = (k: string) => k.split("|").filter((_, i) => i !== 1).join("|");
    for (const m of out) {
      if (!m.key || m.part || m.figure.unit !== "count" || !m.key.startsWith("count|")) continue;
      const thing = m.key.split("|")[1]!;
      const r = rest(m.key);
      let k = kinds.get(r);
      if (!k) kinds.set(r, (k = { own: new Set(), other: new Set(), people: false }));
      if (thing === "people") k.people = true;
      // (a kind read from the figure's own noun, "five climbers", or from another clause's subject)
      // (a span of time is no kind of anything: "waiting up to two years" gives the waiting list no thing)
      else if (thing !== "" && !SPAN_KIND.test(thing)) (m.frame.noun && stem(m.frame.noun) === thing ? k.own : k.other).add(thing);
    }
    for (const m of out) {
      if (!m.key || m.part || !m.key.startsWith("count|") || ownThings.has(m)) continue;
      const parts = m.key.split("|");
      if (parts[1] !== "" && parts[1] !== "people") continue;
      const k = kinds.get(rest(m.key));
      if (!k) continue;
      // "people" are the one kind of person named for the act ("Thousands of teachers marched" / "60,000 people took part"), a kind
      // read otherwise agreeing; a count with no thing ("268 cancellations") is of the one kind named, whatever it is, or of
      // people when only people are named ("the ferry carried 212" / "250 people were aboard")
      const persons = [...k.own].filter((t) => PERSON_KIND.test(t));
      const into = parts[1] === "people"
        ? persons.length === 1 && [...k.other].every((t) => t === persons[0] || !PERSON_KIND.test(t)) ? persons[0]! : null
        : k.own.size === 1 && [...k.other].every((t) => k.own.has(t)) ? [...k.own][0]! : !k.own.size && !k.other.size && k.people ? "people" : null;
      if (into) {
        parts[1] = into;
        m.key = parts.join("|");
      }
    }
  }
  // (the figures of each sentence as now read: some were replaced above)
  const figsOf = new Map<number, Measured[]>();
  for (const m of out) {
    const l = figsOf.get(m.sentence);
    if (l) l.push(m);
    else figsOf.set(m.sentence, [m]);
  }
  // "Police and organisers put attendance at 3,200 and 12,000 respectively": two voices, each giving its figure in turn
  for (const k of bySentence.keys()) {
    const s = sentences[k]!;
    const said = text.slice(s.start, s.end);
    if (!/\brespectively\b/i.test(said)) continue;
    // (the two figures right before the word)
    const at = s.start + said.search(/\brespectively\b/i);
    const figs = (figsOf.get(k) ?? []).filter((m) => m.key && m.figure.end <= at);
    if (figs.length < 2) continue;
    const pair = RESPECTIVE_VOICES.exec(text.slice(s.start, figs[0]!.figure.start));
    if (!pair) continue;
    const [a, b] = figs.slice(-2) as [Measured, Measured];
    // (a holder read from the verb's subject names one of the two, or both as one: the list says whose each is)
    if (a.figure.unit !== b.figure.unit || a.key !== b.key) continue;
    a.frame = { ...a.frame, holder: pair[1]!.replace(/^the\s+/i, ""), holderStrong: true };
    b.frame = { ...b.frame, holder: pair[2]!.replace(/^the\s+/i, ""), holderStrong: true };
  }
  // "Under the expanded definition, the rate was 42.1 per cent", "By a broader measure, ...": another reckoning of the measure is a measure of its own
  for (const k of bySentence.keys()) {
    const variant = VARIANT.exec(text.slice(sentences[k]!.start, sentences[k]!.end));
    if (!variant) continue;
    for (const m of figsOf.get(k) ?? []) if (m.key && m.figure.start > sentences[k]!.start + variant.index) m.key = `${m.key}|by-${(variant[1] ?? variant[2] ?? "").trim().toLowerCase().replace(/\s+/g, "-")}`;
  }
  return out;
}

/** A rate named with its kind ("unemployment rate", "Jobless rate"), and the words before "rate" that name no kind. */
const RATE_KIND = /\b([A-Za-z-]{4,})\s+rate\b/g;
const RATE_NOT_KIND = /^(?:the|this|that|same|new|current|official|overall|annual|average|national|which|their|whose|higher|lower|faster|slower|steady|record|flat|adjusted|headline|quarterly|monthly|yearly|daily)$/i;

/** The most updates of a count an article is read for ("had risen to", "now stands at"): past this, a list, not news. */
const MAX_UPDATES = 20;

/** A count said to have grown to the figure after it: "the toll had risen to", "climbed to at least". */
const RISEN_TO = /\b(?:risen|rose|climbed|jumped|increased|grown|grew|mounted|swelled|soared)\s+to\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?$/i;

/** Kinds of person an article may count (as stemmed things): "climbers", "miners", "survivors", "members". */
const PERSON_KIND = /^(?:miner|climber|hiker|trekker|teacher|nurse|doctor|worker|student|member|resident|patient|passenger|pilgrim|fan|survivor|soldier|civilian|child|children|women|men|migrant|refugee|prisoner|inmate|tourist|visitor|farmer|fishermen|protester|demonstrator|villager|officer|firefighter|rescuer|driver|pedestrian|cyclist|voter|supporter|spectator|swimmer|skier|crew|guest|customer|athlete|player|runner|journalist|pupil|learner|victim|casualty|casualtie|employee|staff|worshipper|mourner|marcher|commuter|traveller|traveler|diver|sailor|fighter|militant|rebel|police|policemen|officers|evacuee|occupant|tenant|devotee|congregant|parishioner|believer|shopper|bather|camper|herder|fisherman|labourer|laborer|vendor|trader|motorist|rider|bystander|onlooker|guard|trainee|recruit|delegate|detainee|hostage)$/;

/** Two voices named before a verb of giving figures, whose figures follow in turn ("Police and organisers put attendance at"). */
const RESPECTIVE_VOICES = /(?:^|[,;]\s*)((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+and\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:put|puts|gave|gives|estimated|estimate|estimates|said|say|says|reported|report|reports|counted|count|counts|recorded|record|records|pegged|peg|pegs|placed|place|places)\b/iu;

/** A count said to stand now, after its noun: "63 people had now been arrested", "have now died". */
const NOW_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:had|have|has|are|is|were|was)\s+now\b/iu;

/** Another reckoning of a measure, opening its clause or as its subject: "Under the expanded definition,", "By a broader measure,", "The expanded definition ... put the rate at". */
// (a sentence that opens with "The measure" with no word of its kind names a ballot measure, not a reckoning: "The measure won 58 percent")
const VARIANT = /(?:^|[,;]\s*)(?:(?:Under|under|By|by|On|on|Using|using)\s+(?:the|a|an|its|their|another|this)\s+((?:[a-z-]+\s+){0,2}?)|^(?:The|An?)\s+((?:[a-z-]+\s+){1,2}?))(?:definition|measure|measurement|methodology|method|criteria|criterion|yardstick|gauge|formula)\b(?!\s+(?:of|to|for)\b)/;

/** What a frame counts, for display: "killed", "jobs cut", "voters support". */
function displayOf(fr: Frame): string {
  // (what a subject has or got reads as the things themselves: "votes received", "homeless people")
  const pred = fr.predicate === "got" ? "received" : fr.predicate === "has" ? "" : fr.predicate ?? "";
  const thing = fr.predicate === "has" ? fr.noun ?? fr.thing ?? "" : fr.thing && fr.thing !== "people" && fr.thing !== pred ? fr.noun ?? fr.thing : "";
  const words = [thing, pred].filter(Boolean).join(" ");
  return `${fr.change ? "change in " : ""}${words}${fr.rate ? (fr.rate === "each" ? " each" : ` per ${fr.rate}`) : ""}`;
}

/** A scope marker: the figure counts the speaker's own domain ("through its terminals"). */
export const OWN_DOMAIN = "(its own)";
/** A scope marker: an event set apart from the article's ("a separate rally"), by the figure's offset. */
const SEPARATE_EVENT = "(separate event)";
/** Words that set an event apart: "a separate rally", "a rival march", "a parallel protest". */
// (not "its parallel vote tabulation", "a parallel tally": observers' own count of the same vote)
const SEPARATE = /\b(?:separate|rival|parallel|counter-?)\s+(?:\w+\s+)?(?:rally|rallies|march|marches|protest|protests|demonstration|demonstrations|event|gathering|attack|attacks|blast|explosion|incident|vote|ballot|poll|survey|strike|fire|crash|meeting|study|report|count)\b(?!\s+(?:tabulation|tabulations|tally|tallies|count|counts))/i;
/** Whether a scope is a place to show, not a marker. */
export function shownPlace(p: string): boolean {
  return !p.startsWith("(");
}
/** The premises whose count is one body's share of a total ("through its terminals", "at its plants"). */
const OWN_PLACES = /^(?:terminals?|plants?|factories|factory|stores?|shops?|branches|hospitals?|clinics?|facilities|facility|airports?|ports?|stations?|offices?|schools?|sites?|mines?|farms?|warehouses?|outlets?|venues?|premises|campus(?:es)?|members|membership|network)$/i;

/** Words of a scope wider than the places an article names: "across the region", "nationwide". */
const WIDE_SCOPE = /\bacross the (region|country|state|province|nation|county|island|continent|world)\b|\b(?:nationwide|nationally|countrywide|statewide|province-wide|worldwide|globally)\b/i;

/** A level of a wider scope, right before its figure: "the national average of", "the statewide rate was", "the national pass rate stood at". */
const NATIONAL_LEVEL = /\b(national|nationwide|countrywide|statewide|provincial|global|worldwide)\s+(?:[a-z-]+\s+)?(?:average|rate|median|mean|figure|total|level|norm)\s+(?:of|was|is|stood at|stands at|came to|hit|reached|at|[a-z]+\s+to)\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more than|less than)\s+)?$/i;

/** A part of a place named by its kind at a sentence's start: "In the town centre,", "In rural areas,", "Across the north,". */
const SUB_AREA = /^\s*(?:In|Across|Throughout)\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}?(?:centre|center|city centre|suburbs|outskirts|downtown|inner city|old town|countryside|rural areas|urban areas|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)|(?:[A-Za-z-]+['’]s\s+)?(?:northern|southern|eastern|western|central|upper|lower|rural|urban|coastal)\s+(?:half|part|parts|side|end|areas?|districts?|region|suburbs|fringes|wards?|counties|provinces|towns|villages))\s*,/;

/** One name for each wide scope, however said ("across the country", "nationally", "nationwide"). */
function wideScope(w: string): string {
  const l = w.toLowerCase();
  return /^(?:country|nation|national|nationwide|nationally|countrywide)$/.test(l) ? "nationwide" : /^(?:state|statewide)$/.test(l) ? "statewide" : /^(?:province|province-wide|provincial)$/.test(l) ? "province-wide" : /^(?:world|worldwide|globally|global)$/.test(l) ? "worldwide" : `across the ${l}`;
}

/** Nouns that are units of time or rank, never what a news figure counts for a conflict. */
const NOT_A_MEASURE = /^(?:dollars?|euros?|pounds?|cedis?|yuan|yen|rupees?|pesos?|rand|naira|shillings?|francs?|kronor|kroner|won|rubles?|lira|dinars?|riyals?|dirhams?|reais|cents?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|points?|percent|cent|decades?|centuries|miles?|kilometers?|km|meters?|feet|inches|degrees|goals?|runs?|games?|matches|rounds?|places?|ranks?|seats?)$/i;

/** Index of the first token starting at or after offset (binary search). */
function firstAtOrAfter(toks: Token[], offset: number): number {
  return partitionPoint(toks.length, (i) => toks[i]!.start < offset);
}

/** Index of the first token ending at or after offset (binary search). */
function firstEndAtOrAfter(toks: Token[], offset: number): number {
  return partitionPoint(toks.length, (i) => toks[i]!.end < offset);
}
