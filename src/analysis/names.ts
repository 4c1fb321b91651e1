/**
 * Names around the speakers: person names that pronouns may point back to, and every other use of
 * a cited source's name, read as more of its mentions.
 */
import { TITLE_MODIFIERS, TITLES } from "./lexicon.js";
import { quoteAt, type Quote } from "./segment.js";
import { finishDraft, readMention, type Mention, type SourceDraft } from "./sources.js";
import { leadOf } from "./mention.js";
import { isPersonPlural, kindOf } from "./speaker.js";
import { partitionPoint } from "./search.js";
import { isCap, isPossessive, nextCapital, tokenize } from "./text.js";
import { isFunctionWord, isHeadlineRun } from "./name-shape.js";

/** A capitalised word from its capital: up to a space or punctuation. */
const CAP_WORD = /\p{Lu}[^\s,.;:!?"“”()]*/uy;
/** Lower-case words that describe a source right before its name ("state news agency SANA"). */
const DESCRIPTORS = new Set("state official news agency broadcaster newspaper daily outlet group".split(" "));

/** Person names anywhere in the text: the antecedents pronouns may point to. */
const PERSON_NAME = /(?<![\p{L}\p{N}])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Prof|Rev)\.[^\S\n]+\p{Lu}[\p{L}’'-]+(?:[^\S\n]+\p{Lu}[\p{L}’'-]+){0,2}|\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}’']*)*(?:[^\S\n]+\p{Lu}\.)?(?:[^\S\n]+\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}’']*)*){1,2})(?![\p{L}\p{N}])/uy;
/** The longest line read as a heading (a short line with no sentence end names no one), and how far to look for its ends. */
const HEADING_REACH = 120;
/** Words that make a capitalised pair a place or a body, not a person. */
const NOT_PERSON = /\b(?:Credit|Credits|Image|Images|Photo|Photos|Video|Caption|Getty|Update|Updated|Posted|Published|Related|Advertisement|Comments|Share|Amendment|Act|Bill|Happy|Dear|Hello|Thanks|La|Le|Los|Fort|Mount|Mt|Lake|Port|Cape|Palm|Beach|Valley|Heights|Springs|Falls|The|North|South|East|West|New|San|Santa|Los|Las|El|Saint|St|United|Saudi|Islamic|Republic|Kingdom|States|City|County|Island|Islands|Sea|River|Bay|Gulf|Street|Avenue|Square|Park|Hall|Center|Centre|University|College|House|Party|Court|Department|Ministry|Committee|Council|Times|Post|News|Fox|Services|Service|Agency|Association|Institute|Office|Group|Bank|Fund|Company|Inc|Corp|Foundation|Network|Club|Church|School|Hospital|Airport|Station|Bridge|Road|Tower|Campaign|Administration|Senate|Congress|Democrats|Republicans|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|In|On|At|But|And|As|If|When|While|After|Before|For|With|From|By|This|That|These|Those|His|Her|Their|Our|It|He|She|They|We|I)\b/;

export function personCandidates(text: string, qs: Quote[], pronouns: number[], bodyStart: number): Mention[] {
  const out: Mention[] = [];
  // only the stretches a pronoun may look back over: no pronoun speakers, no scan
  const windows: [number, number][] = [];
  for (const p of pronouns) {
    const from = Math.max(bodyStart, p - PRONOUN_REACH);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], p);
    else windows.push([from, p]);
  }
  const shape = new Map<string, Mention | null>();
  for (const [from, to] of windows) {
    // every name starts with a capital: try the regex only where a capitalised word starts
    for (let at = nextCapital(text, from, to); at >= 0; at = nextCapital(text, at + 1, to)) {
      PERSON_NAME.lastIndex = at;
      const m = PERSON_NAME.exec(text);
      if (!m) continue;
      const found = m[0];
      const opener = LEADING_WORDS.exec(found);
      if (opener) {
        // read again from after the opener: "What Mr. Roe ..." holds "Mr. Roe"
        at += opener[0].length - 1;
        continue;
      }
      consider(found, at);
      at += found.length - 1;
    }
  }
  return out;

  /** One capitalised run: a person's name, with the words before it, becomes a candidate. */
  function consider(found: string, at: number): void {
    if (NOT_PERSON.test(found) && !TITLE_ABBR.test(found)) return;
    if (quoteAt(qs, at) || /(?:\bof|\bthe)\s+$/i.test(text.slice(Math.max(0, at - 5), at))) return;
    // "a Geek Squad kid", "a certain Old Testament Israelite king": a description, no one's name
    if (/\b(?:a|an|certain|another|every|each)\s+$/i.test(text.slice(Math.max(0, at - 9), at))) return;
    if (/^\s+\p{Ll}/u.test(text.slice(at + found.length, at + found.length + 3)) && /^\s+(?:kid|king|guy|man|woman|boy|girl|team|fan|employee|worker|store|product|fan)s?\b/i.test(text.slice(at + found.length, at + found.length + 12))) return;
    // a heading (a short line with no sentence's end) names no one a pronoun could mean ("Science Jokes at Comic-Con")
    // (only a short line can be a heading: look no further than HEADING_REACH either side)
    const back = text.slice(Math.max(0, at - HEADING_REACH), at).lastIndexOf("\n");
    const lineStart = back >= 0 ? Math.max(0, at - HEADING_REACH) + back + 1 : at <= HEADING_REACH ? 0 : -1;
    const fwd = text.slice(at, at + HEADING_REACH).indexOf("\n");
    const lineEnd = fwd >= 0 ? at + fwd : at + HEADING_REACH >= text.length ? text.length : -1;
    const line = lineStart >= 0 && lineEnd >= 0 ? text.slice(lineStart, lineEnd).trim() : null;
    if (line !== null && line.length < 100 && !/[.!?:;"”’)]$/.test(line)) return;
    const hit = { text: found, index: at };
    // the same words read the same way: read each distinct name once
    let men = shape.get(hit.text);
    if (men === undefined) {
      const r = readMention(hit.text, 0, hit.text.length, undefined, false);
      const k = r.name ? kindOf([r.text], true, false, r.titled) : null;
      men = k === "unknown" || k === "person" ? r : null;
      shape.set(hit.text, men);
    }
    if (!men) return;
    // a subject: among the first words of its sentence ("For Lena Vogt, 29, ...", "Opposition leader X ...")
    const lead = text.slice(Math.max(0, hit.index - 40), hit.index);
    const salient = hit.index === 0 || /(?:^|[\n.!?]["”]?\s+|\n)(?:[\p{L}’'-]+,?\s+){0,3}$/u.test(lead);
    // the titles and words before the name belong to the mention ("Opposition leader Jane Roe")
    const b = extendBack(text, hit.index);
    const titledBefore = text.slice(b, hit.index).toLowerCase().split(/\s+/).some((w) => TITLES.has(w) && !TITLE_MODIFIERS.has(w));
    out.push({ ...men, text: text.slice(b, hit.index + hit.text.length), start: b, end: hit.index + hit.text.length, salient, titled: men.titled || TITLE_ABBR.test(hit.text) || titledBefore });
  }
}

/** A sentence that opens with a capitalised name and a lower-case word: "The Marenta Relief Society gave ...". */
/** A plural of persons opening a sentence, with its determiner and up to two modifiers, before its verb ("Some liberal economists argue"). */
const GROUP_SUBJECT = /^((?:But|And|Yet|Still)\s+)?(?:(?:the|The|some|Some|many|Many|most|Most|several|Several|other|Other|these|These|those|Those|both|Both|two|Two|three|Three)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}[\p{L}-]*s)(\s+(?:have\s+|had\s+|also\s+|now\s+|still\s+|often\s+)?\p{Ll}+)/u;
const NAMED_SUBJECT = /^(?:The\s+)?((?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\p{L}’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}’'&-]*),?\s+\p{Ll}/u;

/**
 * Bodies that "it" may point back to: the named subject of the sentence before the pronoun's, when it
 * is a body ("The Marenta Relief Society gave higher figures on Monday. It said ..."). A body that
 * only acts there, and speaks nowhere, is otherwise no mention at all.
 */
export function bodyCandidates(text: string, itAt: number[], bodyStart: number): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<number>();
  for (const p of itAt) {
    // the pronoun opens its sentence; the sentence before it runs from the end before that
    const lead = text.slice(Math.max(bodyStart, p - 400), p);
    const own = /(?:[.!?]["”’]?\s+|\n\s*)$/u.exec(lead);
    if (!own) continue;
    const ownStart = p - own[0].length;
    const prevText = text.slice(Math.max(bodyStart, p - 400), ownStart);
    const cut = Math.max(...[".", "!", "?", "\n"].map((c) => prevText.lastIndexOf(c)));
    let start = Math.max(bodyStart, p - 400) + cut + 1;
    while (start < ownStart && /[\s"“”’]/u.test(text[start]!)) start++;
    if (seen.has(start)) continue;
    seen.add(start);
    // "Some economists argue .... They say ...": a plural of persons opening the sentence before is whom "they" means
    if (/^they\b/i.test(text.slice(p, p + 5))) {
      const g = GROUP_SUBJECT.exec(text.slice(start, ownStart));
      if (g && isPersonPlural(g[2]!)) {
        const at = start + (g[1] ? g[1].length : 0);
        const men = readMention(text, at, start + g[0].length - g[3]!.length, undefined, false);
        if (!men.name) {
          out.push({ ...men, salient: true });
          continue;
        }
      }
    }
    const m = NAMED_SUBJECT.exec(text.slice(start, ownStart));
    if (!m || m[1]!.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(m[0]) && !/^\p{Lu}/u.test(m[1]!)) continue;
    const at = start + m[0].indexOf(m[1]!);
    const men = readMention(text, at, at + m[1]!.length, undefined, false);
    if (!men.name) continue;
    const k = kindOf([men.text], true, false, men.titled);
    if (k !== "organization" && k !== "government" && k !== "media") continue;
    out.push({ ...men, salient: true, body: true });
  }
  return out;
}

/** Abbreviated titles that make a capitalised word a person ("Mr. Kamin"). */
const TITLE_ABBR = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Prof|Rev)\./;
/** Words that open a sentence before a name ("For Lena Roe, ..."): not part of it. */
const LEADING_WORDS = /^(?:For|In|On|At|But|And|As|If|When|While|After|Before|With|From|By|Like|To|Then|So|Yet|Even|Only|Also|What|Who|Where|How|Why|That|This|It|There|Here|The|A|An|His|Her|Their|Our|My|Once|Now|Still|Since|Though|Although|Because|Unlike|Under|Over|During|Asked)\s+/;
/** How far before a pronoun its antecedent may stand (as in sources.ts). */
const PRONOUN_REACH = 4000;

/**
 * Every later or earlier use of a cited source's name is one of its mentions too
 * ("state news agency SANA" where SANA is cited), extended over the words that describe it.
 */
export function addNameMentions(text: string, drafts: SourceDraft[], from: number): void {
  // one pass over the text for all names, longest first so "John Kerry" wins over "Kerry"
  const owner = new Map<string, SourceDraft>();
  for (const d of drafts) for (const m of d.mentions) if (m.name && m.name.length > 1 && !owner.has(m.name)) owner.set(m.name, d);
  if (!owner.size) return;
  // names by their first word, longest first: a scan of capitalised words finds them all in one pass
  const byFirst = new Map<string, string[]>();
  for (const n of owner.keys()) {
    const first = /^[^\s]+/.exec(n)![0];
    const l = byFirst.get(first);
    if (l) l.push(n);
    else byFirst.set(first, [n]);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.length - a.length);
  const taken = drafts.flatMap((d) => d.mentions.map((m) => [m.start, m.end] as [number, number])).sort((x, y) => x[0] - y[0]);
  const starts = taken.map((t) => t[0]);
  const overlaps = (s: number, e: number) => {
    const lo = partitionPoint(starts.length, (i) => starts[i]! < e);
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (taken[k]![1] > s) return true;
    return false;
  };
  const touched = new Set<SourceDraft>();
  const shapes = new Map<string, Mention>();
  // each capitalised word, up to a space or punctuation, may be a name's first word
  for (let i = nextCapital(text, from, text.length); i >= 0; i = nextCapital(text, i + 1, text.length)) {
    CAP_WORD.lastIndex = i;
    const w = CAP_WORD.exec(text)![0];
    const cands = byFirst.get(w) ?? (w.endsWith("'s") || w.endsWith("’s") ? byFirst.get(w.slice(0, -2)) : undefined);
    // ("God" in "Desiring God 2013 Conference" is part of a longer name, not the source God)
    const hit = cands?.find((n) => text.startsWith(n, i) && !/[\p{L}\p{N}]/u.test(text[i + n.length] ?? "") && !/^ (?:\d{4} )?\p{Lu}\p{Ll}/u.test(text.slice(i + n.length, i + n.length + 8)));
    if (!hit) {
      i += w.length - 1;
      continue;
    }
    const s = i;
    const e = i + hit.length;
    i = e - 1;
    const d = owner.get(hit);
    if (!d || overlaps(s, e)) continue;
    const b = extendBack(text, s);
    // the same words read the same way: read each distinct phrase once, then place it
    const phrase = text.slice(b, e);
    let shape = shapes.get(phrase);
    if (!shape) shapes.set(phrase, (shape = readMention(phrase, 0, phrase.length, undefined, false)));
    const found = { ...shape, start: b, end: e, lead: leadOf(text, b) };
    // a headline's words or a greeting before a name found again are no part of it ("Fuck ESPN")
    d.mentions.push(found.name && found.name.endsWith(hit) && !isHeadlineRun(found.name) ? found : { ...found, name: hit });
    touched.add(d);
  }
  for (const d of touched) finishDraft(d);
}

/** Titles, name words and descriptors before a name ("Syrian President Bashar Assad", "state news agency SANA"). */
function extendBack(text: string, s: number): number {
  // look 32 characters back first; only a run that reaches that window's first words needs the full 80
  const near = extendBackWithin(text, s, 32);
  return near.settled ? near.at : extendBackWithin(text, s, 80).at;
}

/** extendBack over a window of `reach` characters; settled when the run stopped clear of the window's (maybe cut) first words. */
function extendBackWithin(text: string, s: number, reach: number): { at: number; settled: boolean } {
  // a name never runs back over a line break: a headline or a section label is no title of it
  // (searched inside the window only: a search back to the line's start would cross a whole one-line page)
  const win = Math.max(0, s - reach);
  const nl = text.slice(win, s).lastIndexOf("\n");
  const from = nl >= 0 ? win + nl + 1 : win;
  const toks = tokenize(text, from, s);
  let k = toks.length - 1;
  while (k >= 0) {
    const t = toks[k]!;
    if (!t.word || isPossessive(t.text)) break;
    if ((isCap(t.text) && !isFunctionWord(t.text)) || TITLES.has(t.lower) || DESCRIPTORS.has(t.lower)) {
      k--;
      continue;
    }
    break;
  }
  const stop = k;
  while (k + 1 < toks.length && /^(?:the|a|an)$/i.test(toks[k + 1]!.text)) k++;
  return { at: k + 1 < toks.length ? toks[k + 1]!.start : s, settled: from === 0 || nl >= 0 || stop >= 2 };
}
