/**
 * Sources: the speakers' phrases merged into one source per person or body, whatever the
 * article calls it ("Secretary of State John Kerry", "Kerry", "he"; "the Syrian Observatory for
 * Human Rights", "the Observatory"; "Al-Manar TV", "Al-Manar station"), with kind and description.
 */
import { ANONYMOUS_HEADS, DATA_WORDS, DOCUMENT_WORDS, GOVERNMENT_WORDS, MEDIA_WORDS, NP_STOP, ORGANIZATION_WORDS, PERSON_NOUNS } from "./lexicon.js";
import { headKind, isInternationalBody, isRoleNoun, kindOf } from "./speaker.js";
import { bare, isCap, nextCapital } from "./text.js";
import type { SourceKind, Span } from "./types.js";
import { GENERIC, readMention, type Mention } from "./mention.js";
import { firstAbove, partitionPoint } from "./search.js";

export type { Mention } from "./mention.js";
export { readMention } from "./mention.js";

/** A merged source, before ids are given. */
export type SourceDraft = {
  mentions: Mention[];
  name: string;
  kind: SourceKind;
  description: string | null;
};

/** Abbreviated titles and the role word each stands for ("Gov. Jane Roe" is "the governor"). */
const ABBREVIATED: Record<string, string> = {
  "gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general", "col.": "colonel", "lt.": "lieutenant",
  "capt.": "captain", "sgt.": "sergeant", "maj.": "major", "adm.": "admiral", "dr.": "doctor", "prof.": "professor", "pres.": "president",
};
/** Role nouns and the kind of source they stand for, when no name with the word itself is near ("the company"). */
const ROLE_KIND: Record<string, SourceKind> = {
  company: "organization", firm: "organization", group: "organization", union: "organization", organization: "organization",
  organisation: "organization", charity: "organization", club: "organization", league: "organization", institute: "organization",
  network: "media", newspaper: "media", paper: "media", station: "media", channel: "media", broadcaster: "media", agency: "government",
  ministry: "government", department: "government", government: "government", army: "government", military: "government",
};
/** How far back "the agency" looks for a name with that head that never spoke. */
const ROLE_REACH = 4000;
/** How far back "the company" looks for a company's name that never spoke. */
const NAME_RUN_REACH = 1500;
/** A run of two to five capitalised words: a candidate name of a body. */
const NAME_RUN = /\p{Lu}[\p{L}’'&.-]*(?:[ ](?:of|for|and|the|de)?[ ]?\p{Lu}[\p{L}’'&.-]*){1,4}/uy;
/** How far before the head word its capitalised words may start (four words of a name). */
const NAME_WINDOW = 200;
/** A character of a capitalised word in that look-back (the regex's [\p{L}’'-]). */
const NAME_CHAR = /[\p{L}’'-]/u;
const UPPER = /\p{Lu}/u;
/** One regex per head word for that look-back. */
const roleRegex = new Map<string, RegExp>();

/** An unnamed single person: "a nurse", "the spokeswoman", "a witness" (a later "she" may be them). */
const SINGLE_PERSON = /^(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}(?:nurse|doctor|witness|resident|official|spokesman|spokeswoman|spokesperson|man|woman|worker|employee|officer|aide|adviser|advisor|source|teacher|student|survivor|farmer|driver|soldier|lawyer|executive|manager)\b/iu;
/** Most sourced mentions a pronoun or "the agency" looks back over (an article has a few dozen in its window). */
const MAX_ANTECEDENTS = 40;
/** How many paragraphs back a pronoun or "the agency" may look for what it refers to. */
const ANAPHOR_WINDOW = 4000;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Sort mentions with names, most words first, then in text order ("John Kerry" before "Kerry"); each name is split once, not at every comparison. */
function longestNamesFirst(ms: Mention[]): Mention[] {
  return ms
    .map((m) => ({ m, n: words(m.name!).length }))
    .sort((a, b) => b.n - a.n || a.m.start - b.m.start)
    .map((x) => x.m);
}

/** Merge keys already made, by name; cleared when full, so memory stays bounded. */
const coreMemo = new Map<string, string>();

/** Merge key of a name: lower-case, without generic media words. */
function core(name: string): string {
  let k = coreMemo.get(name);
  if (k === undefined) {
    if (coreMemo.size >= 5000) coreMemo.clear();
    const ws = words(name.toLowerCase().replace(/[’']s\b/g, "")).filter((w) => !GENERIC.has(w));
    coreMemo.set(name, (k = ws.join(" ") || name.toLowerCase()));
  }
  return k;
}

function initials(name: string): string {
  return words(name)
    .filter((w) => isCap(w))
    .map((w) => w[0])
    .join("");
}

/** Does [start, end) overlap any span of a list sorted by start? */
function overlapsSorted(list: Span[], start: number, end: number): boolean {
  const lo = partitionPoint(list.length, (i) => list[i]!.start < end);
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (list[k]!.end > start) return true;
  return false;
}

/** A mention that looks like a person: a title, or two or more name words with no body word. */
function isPersonish(m: Mention): boolean {
  return m.titled || (m.name !== null && words(m.name).length >= 2 && headKind(m.head) === null && kindOf([m.phrase ?? m.text], true, false, m.titled) === "unknown");
}

/** Could two names denote the same source? */
function sameName(a: string, b: string, aPerson: boolean, bPerson: boolean): boolean {
  if (core(a) === core(b)) return true;
  const wa = words(a);
  const wb = words(b);
  const [short, long, longPerson] = wa.length <= wb.length ? [wa, wb, bPerson] : [wb, wa, aPerson];
  if (short.length === 1) {
    const s = short[0]!;
    if (/^\p{Lu}{2,}$/u.test(s) && initials(long.join(" ")) === s) return true; // acronym
    if (longPerson || aPerson || bPerson) return long[long.length - 1] === s; // surname
    // "the Observatory" within "Syrian Observatory for Human Rights"
    return long.includes(s) && !GENERIC.has(s.toLowerCase()) && !/^(?:of|for|and)$/i.test(s);
  }
  return false;
}

/**
 * Merge mentions into sources. Pronouns and "the agency" resolve to the nearest fitting source
 * before them. The drafts come back unfinished: call finishDraft on those that are cited.
 */
export function mergeMentions(mentions: Mention[], people: Mention[] = [], text = "", bodyStart = 0): { drafts: SourceDraft[]; of: Map<Mention, SourceDraft> } {
  // person names that do not speak only serve as antecedents; drop those inside a speaker's phrase
  const spoken = [...mentions].sort((x, y) => x.start - y.start);
  const extra = people.filter((p) => !overlapsSorted(spoken, p.start, p.end));
  const sorted = [...mentions, ...extra].sort((a, b) => a.start - b.start);
  const drafts: SourceDraft[] = [];
  const of = new Map<Mention, SourceDraft>();
  const personish = new Map<Mention, boolean>();
  const isP = (m: Mention) => {
    let v = personish.get(m);
    if (v === undefined) personish.set(m, (v = isPersonish(m)));
    return v;
  };
  const personDraft = (d: SourceDraft) =>
    d.mentions.some((m) => isP(m) || m.pronoun === "he" || m.pronoun === "she" || (!m.name && !m.pronoun && SINGLE_PERSON.test(m.text)));
  // index of drafts by the keys under which sameName can match: core, initials, last word, any word
  const index = new Map<string, SourceDraft[]>();
  const addKey = (k: string, d: SourceDraft) => {
    const l = index.get(k);
    if (!l) index.set(k, [d]);
    else if (!l.includes(d)) l.push(d);
  };
  const indexMention = (m: Mention, d: SourceDraft) => {
    const name = m.name!;
    addKey("core:" + core(name), d);
    const ws = words(name);
    if (ws.length === 1) addKey("single:" + name, d);
    if (ws.length > 1) {
      addKey("init:" + initials(name), d);
      addKey("last:" + ws[ws.length - 1], d);
      for (const w of ws) addKey("word:" + w, d);
    }
  };
  // 1. named mentions, longest names first so surnames find their full names
  const named = longestNamesFirst(sorted.filter((m) => m.name));
  for (const m of named) {
    const name = m.name!;

    let d = findDraft(m);
    if (!d) {
      d = { mentions: [], name, kind: "unknown", description: null };
      drafts.push(d);
    }
    d.mentions.push(m);
    of.set(m, d);
    indexMention(m, d);
  }
  // indices (into sorted) of the mentions that have a source, ascending: what `before` walks
  const sourced: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (of.has(sorted[k]!)) sourced.push(k);
  const markSourced = (idx: number) => sourced.splice(firstAbove(sourced, idx), 0, idx);
  // paragraph breaks, for the pronouns' "same paragraph" test
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  // 2. pronouns and definite roles, in text order, to the nearest fitting source before them
  const unnamed = new Map<string, SourceDraft>();
  const saidWords = new Map<Mention, Set<string>>();
  const runKind = new Map<string, SourceKind>();
  let lowerText: string | undefined;
  for (let idx = 0; idx < sorted.length; idx++) {
    const m = sorted[idx]!;
    if (m.name) continue;
    const target = m.pronoun ? resolvePronoun(m, idx) : resolveRole(m, idx);
    if (target) {
      target.mentions.push(m);
      of.set(m, target);
      markSourced(idx);
      continue;
    }
    if (m.pronoun) continue; // an unresolved pronoun names nobody
    // an unnamed source: one per head ("officials", "a witness")
    // one unnamed source per phrase ("officials", "a witness"), not per head: "local officials" are not "a senior official at the hospital"
    const key = m.head === "respondents" ? "respondents" : (m.phrase ?? m.text).toLowerCase().replace(/^(?:the|a|an|another|one|other)\s+/, "").replace(/s\b/g, "");
    let d = unnamed.get(key);
    if (!d) {
      d = { mentions: [], name: m.head === "respondents" ? "poll respondents" : m.text.replace(/^(?:the|a|an|another)\s+/i, ""), kind: "anonymous", description: null };
      drafts.push(d);
      unnamed.set(key, d);
    }
    d.mentions.push(m);
    of.set(m, d);
    markSourced(idx);
  }
  // names and kinds are settled by the caller, for the drafts that become sources (finishDraft)
  return { drafts, of };

  /**
   * Mentions before sorted[idx] within the window that already have a source, nearest first; at
   * most MAX_ANTECEDENTS of them, so a text of nothing but cited speakers costs linear time.
   */
  function before(m: Mention, idx: number): Array<[Mention, SourceDraft]> {
    const out: Array<[Mention, SourceDraft]> = [];
    // only mentions that have a source are walked: unresolved pronouns in between cost nothing
    for (let j = firstAbove(sourced, idx - 1) - 1; j >= 0 && out.length < MAX_ANTECEDENTS; j--) {
      const o = sorted[sourced[j]!]!;
      if (m.start - o.end > ANAPHOR_WINDOW) break;
      if (o.end > m.start) continue;
      out.push([o, of.get(o)!]);
    }
    return out;
  }

  function kindCompatible(a: Mention, b: Mention): boolean {
    // a person's surname must not swallow an organisation named after the same word, and vice versa
    const ka = headKind(a.head);
    const kb = headKind(b.head);
    if (ka && kb && ka !== kb && ka !== "person" && kb !== "person") return false;
    return true;
  }

  function resolvePronoun(m: Mention, idx: number): SourceDraft | undefined {
    const wantPerson = m.pronoun === "he" || m.pronoun === "she";
    // nearest first: in the pronoun's own paragraph a sentence's subject or a speaker wins, else the
    // nearest mention there; across paragraphs only subjects and speakers carry over
    const para = paragraphStart(m.start);
    let nearestHere: SourceDraft | undefined;
    let any: SourceDraft | undefined;
    for (const [o, d] of before(m, idx)) {
      if (o.pronoun) continue;
      if (wantPerson !== personDraft(d)) continue;
      if (m.pronoun === "they" && !/s$/.test(o.head) && !headKind(o.head)) continue;
      const here = o.start > para;
      if (o.speaks || o.salient) return here || !nearestHere ? d : nearestHere;
      if (here) nearestHere ??= d;
      any ??= d;
    }
    return nearestHere ?? any;
  }

  function resolveRole(m: Mention, idx: number): SourceDraft | undefined {
    if (!/^the\s/i.test(m.text) || words(m.text).length > 3) return undefined;
    const head = m.head;
    const prior = before(m, idx);
    if (ANONYMOUS_HEADS.has(head) && !MEDIA_WORDS.has(head) && !GOVERNMENT_WORDS.has(head) && !ORGANIZATION_WORDS.has(head)) {
      // "the spokesman", "the minister": a person named just before with that role
      for (const [o, d] of prior) if (o.description && o.description.toLowerCase().split(/\W+/).includes(head)) return d;
      return undefined;
    }
    let best: { d: SourceDraft; at: number } | undefined;
    for (const [o, d] of prior) {
      if (!o.name) continue;
      // "the army" is a body: a person titled "Army spokesman" is not it
      if (ROLE_KIND[head] && (o.titled || personish.get(o))) continue;
      let said = saidWords.get(o);
      if (!said) saidWords.set(o, (said = new Set(`${o.text} ${o.description ?? ""}`.toLowerCase().split(/[^\p{L}.]+/u).map((w) => ABBREVIATED[w] ?? w.replace(/\.$/, "")))));
      if (said.has(head)) {
        best = { d, at: o.start };
        break;
      }
    }
    // no name with the word: the nearest source of that kind ("the group" after "the Ruvuma Brigades")
    const want = ROLE_KIND[head];
    if (!best && want) {
      for (const [o, d] of prior) {
        if (!o.name) continue;
        const k = kindOf([o.text], true, false, o.titled);
        if (k === want || (want === "organization" && k === "armed-group") || (head === "agency" && k === "media")) {
          best = { d, at: o.start };
          break;
        }
      }
    }
    // still nothing: the nearest capitalised name of that kind in the text ("Harlow Motors will cut ... the company said")
    if (!best && want && text) {
      const from = Math.max(bodyStart, m.start - NAME_RUN_REACH);
      let hit: [number, number] | null = null;
      // only where a capitalised word starts, and never past the mention: a regex left to find its
      // next match would run on to the end of the text when the window holds none
      for (let at = nextCapital(text, from, m.start); at >= 0; at = nextCapital(text, at + 1, m.start)) {
        NAME_RUN.lastIndex = at;
        const h = NAME_RUN.exec(text);
        if (!h) continue;
        let k = runKind.get(h[0]);
        if (k === undefined) runKind.set(h[0], (k = kindOf([h[0]], true, false, false)));
        if (k === want || (want === "organization" && k === "armed-group")) hit = [at, at + h[0].length];
        at += h[0].length - 1;
      }
      const d = hit && adopt(hit[0], hit[1]);
      if (d) return d;
    }
    // a nearer name with that head that does not speak ("Syrian TV footage ... The TV said")
    if (text && headKind(head) !== null && headKind(head) !== "person" && headKind(head) !== "anonymous") {
      const from = Math.max(best?.at ?? 0, bodyStart, m.start - ROLE_REACH);
      const d = nameEndingIn(head, from, m.start, best?.at ?? -1);
      if (d) return d;
    }
    return best?.d;
  }

  /**
   * The nearest run of one to four capitalised words ending in the head word ("Syrian TV" for
   * "the TV") inside [from, to), starting after `after`, adopted as a source. The head's
   * occurrences are found with a plain search of the lower-cased text, nearest first, and the
   * capitalised words before each read by a regex over a short window, so the cost does not grow
   * with the reach.
   */
  function nameEndingIn(head: string, from: number, to: number, after: number): SourceDraft | null {
    const letters = head.replace(/[^\p{L}]/gu, "");
    if (!letters) return null;
    let re = roleRegex.get(letters);
    if (!re) roleRegex.set(letters, (re = new RegExp(`(?:\\p{Lu}[\\p{L}’'-]*[ ]+){1,4}${[...letters].map((c) => `[${c.toUpperCase()}${c}]`).join("")}\\b`, "gu")));
    const low = lowered();
    for (let q = low.lastIndexOf(letters, to - letters.length); q >= from; q = q > 0 ? low.lastIndexOf(letters, q - 1) : -1) {
      if (text[q - 1] !== " " || !capitalBefore(q - 1) || /\w/.test(text[q + letters.length] ?? "")) continue;
      // the regex reads only the window that ends with this occurrence (so it cannot run on past it)
      const start = Math.max(from, q - NAME_WINDOW);
      const window = text.slice(start, q + letters.length);
      re.lastIndex = 0;
      let h: RegExpExecArray | null;
      while ((h = re.exec(window))) {
        if (h.index + h[0].length !== window.length) continue;
        // "The union", "A union official" at a sentence's start: a capitalised article is no name
        if (start + h.index > after && !/^(?:the|an?)\s/i.test(h[0])) return adopt(start + h.index, q + letters.length);
        break;
      }
    }
    return null;
  }

  /** Where the paragraph holding offset i starts: the offset of the "\n" before it, or -1. */
  function paragraphStart(i: number): number {
    const k = firstAbove(breaks, i) - 1;
    return k >= 0 ? breaks[k]! : -1;
  }

  /** Does the word before the spaces ending at `i` hold a capital letter (as the name regex's last word must)? */
  function capitalBefore(i: number): boolean {
    let k = i;
    while (k > 0 && text[k - 1] === " ") k--;
    for (let n = 0; k > 0 && n < 80; k--, n++) {
      const c = text[k - 1]!;
      if (!NAME_CHAR.test(c)) return false;
      if (UPPER.test(c)) return true;
    }
    return false;
  }

  /** The text in lower case, made once; the same length as the text (else the search could not map back: then a copy that never matches). */
  function lowered(): string {
    if (lowerText === undefined) {
      const l = text.toLowerCase();
      lowerText = l.length === text.length ? l : "";
    }
    return lowerText;
  }

  /** A name found in the text (not a speaker) becomes a mention of its source, new or merged. */
  function adopt(start: number, end: number): SourceDraft | null {
    const nm = readMention(text, start, end, undefined, false);
    if (!nm.name) return null;
    let d = findDraft(nm);
    if (!d) {
      d = { mentions: [], name: nm.name, kind: "unknown", description: null };
      drafts.push(d);
    }
    d.mentions.push(nm);
    of.set(nm, d);
    indexMention(nm, d);
    return d;
  }

  /** The draft a named mention joins, looked up by the keys under which sameName can match. */
  function findDraft(m: Mention): SourceDraft | undefined {
    const name = m.name!;
    const keys = ["core:" + core(name)];
    // a lone word joins a longer name only as the head of its own phrase ("the Observatory", not "Mozambique's army")
    const ownHead = bare(m.head) === bare(name);
    const ws = words(name);
    if (ws.length === 1) keys.push("init:" + name, "last:" + name, ...(ownHead ? ["word:" + name] : []));
    // a longer name found after its short form ("Harlow" then "Harlow Motors", "Kerry" then "John Kerry")
    else keys.push("single:" + ws[0], "single:" + ws[ws.length - 1]);
    for (const k of keys) {
      // a surname joins only a person
      const d = index.get(k)?.find((c) => (!k.startsWith("last:") || ownHead || c.mentions.some((o) => isP(o))) && c.mentions.some((o) => o.name && sameName(o.name, name, isP(o), isP(m)) && kindCompatible(o, m)));
      if (d) return d;
    }
    return undefined;
  }
}

/** Name, kind and description of a draft from its mentions (again after mentions are added). */
export function finishDraft(d: SourceDraft): void {
  {
    const namedMs = d.mentions.filter((m) => m.name);
    const person = d.mentions.some((m) => isPersonish(m) || m.pronoun === "he" || m.pronoun === "she");
    const pronoun = d.mentions.some((m) => m.pronoun === "he" || m.pronoun === "she");
    const titled = d.mentions.some((m) => m.titled);
    if (namedMs.length) {
      // persons: the fullest name; bodies: the name with most capitalised words, first seen
      const pick = longestNamesFirst(namedMs)[0]!;
      d.name = pick.name!;
      const descs0 = namedMs.map((m) => m.description).filter((x): x is string => !!x && !/^[\d\s,;]+$/.test(x));
      d.description = descs0.length ? descs0.sort((a, b) => b.length - a.length)[0]! : null;
      const bodyLike = d.mentions.some((m) => m.relative === "which") || /\s(?:Without|For|Of|And|Against|On|In|To|The)\s/.test(d.name);
      // a mention whose own words name a body outweighs a name that only looks like a person's
      const bodyWords = d.mentions.some((m) => m.name && !m.titled && ["media", "government", "organization", "armed-group"].includes(kindOf([m.phrase ?? m.text], true, false, false)));
      const personal = titled || (person && !bodyLike && !bodyWords);
      d.kind = kindOf(d.mentions.map((m) => m.phrase ?? m.text), true, pronoun && !bodyLike && !bodyWords, personal);
      if (bodyLike && (d.kind === "person" || d.kind === "unknown")) d.kind = "organization";
      // "The Northern Front, a rebel group, said": what the article calls it outweighs a name's look
      const descs = namedMs.map((m) => m.description).filter((x): x is string => !!x && !/^\d+$/.test(x.trim()));
      // only a description headed by a body word: "a rebel group", not "the ministry's spokesman"
      const bodyDescs = descs.filter((x) => {
        const h = bare(x.split(";")[0]!.split(/\s(?:of|for|at|in|with|from|on|that|who|which)\s/)[0]!.trim().split(/\s+/).pop() ?? "");
        const k = headKind(h);
        return k !== null && k !== "person" && k !== "anonymous" && !isRoleNoun(h);
      });
      const told = bodyDescs.length ? kindOf(bodyDescs, false, false, false) : "unknown";
      // "the United Nations humanitarian office": an office of an international body is no government's
      const international = told === "government" && isInternationalBody(d.name);
      if (!titled && !pronoun && !international && told !== "unknown" && told !== "person" && told !== "anonymous") d.kind = told;
      if (d.kind === "unknown" && words(d.name).length >= 2 && /^[\p{Lu}][\p{Ll}]/u.test(d.name) && !d.name.split(/\s+/).some((w) => NP_STOP.has(w.toLowerCase())))
        d.kind = "person";
    } else {
      const heads = d.mentions.filter((m) => !m.pronoun).map((m) => m.head);
      const body = kindOf(d.mentions.map((m) => m.text), false, pronoun, false);
      const someone = heads.some((h) => ANONYMOUS_HEADS.has(h) || PERSON_NOUNS.has(h));
      d.kind = someone ? "anonymous" : body;
      if (d.kind === "unknown" || d.kind === "person") d.kind = heads.some((h) => DOCUMENT_WORDS.has(h) || DATA_WORDS.has(h)) ? "unknown" : "anonymous";
    }
  }
}
