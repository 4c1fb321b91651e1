/**
 * Sources: the speakers' phrases merged into one source per person or body, whatever the
 * article calls it ("Secretary of State John Kerry", "Kerry", "he"; "the Syrian Observatory for
 * Human Rights", "the Observatory"; "Al-Manar TV", "Al-Manar station"), with kind and description.
 */
import { ANONYMOUS_HEADS, DOCUMENT_WORDS, GOVERNMENT_WORDS, MEDIA_WORDS, NP_STOP, ORGANIZATION_WORDS, PERSON_NOUNS, TITLE_MODIFIERS, TITLES } from "./lexicon.js";
import { headKind, isRoleNoun, kindOf } from "./speaker.js";
import { bare, isCap, isPossessive, tokenize, type Token } from "./text.js";
import type { SourceKind, Span } from "./types.js";

/** One phrase that names a source. */
export type Mention = Span & {
  /** The name inside the phrase ("John Kerry"), or null for a role or pronoun. */
  name: string | null;
  /** A personal pronoun (he, she, they, it). */
  pronoun: string | null;
  /** The head noun, lower-case ("agency", "kerry"). */
  head: string;
  /** A title stands before the name ("Secretary of State"). */
  titled: boolean;
  /** What the phrase says of it besides the name ("official news agency"). */
  description: string | null;
  /** True when the phrase speaks (it is a claim's speaker), false when found by a later scan. */
  speaks: boolean;
  /** The phrase without a trailing "at/of/for ..." that describes its place ("a nurse" of "a nurse at the hospital"). */
  phrase?: string;
  /** The relative pronoun of a clause said of it: "which" marks a body, "who" a person. */
  relative?: "which" | "who" | null;
  /** Stands as a sentence's subject (its first words): what a later pronoun most likely means. */
  salient?: boolean;
};

/** A merged source, before ids are given. */
export type SourceDraft = {
  mentions: Mention[];
  name: string;
  kind: SourceKind;
  description: string | null;
};

/** Generic words dropped to compare media names ("Al-Manar TV" = "Al-Manar station"). */
const GENERIC = new Set(
  "tv television station channel radio network newspaper paper daily agency news service outlet website the".split(" "),
);
/** Bodies named after their owner: "Jane Roe's office", "Roe's campaign". */
const BODY_OF = /^(?:office|campaign|team|administration|government|ministry|company|party|spokesman|spokeswoman|spokesperson|staff|lawyers|attorneys|representatives|foundation|family|army|military|navy|police|forces|embassy|cabinet|parliament|court)$/;
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
/** A run of two to five capitalised words: a candidate name of a body. */
const NAME_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'&.-]*(?:[ ](?:of|for|and|the|de)?[ ]?\p{Lu}[\p{L}’'&.-]*){1,4}/gu;
/** One regex per head word for that look-back. */
const roleRegex = new Map<string, RegExp>();

/** An unnamed single person: "a nurse", "the spokeswoman", "a witness" (a later "she" may be them). */
const SINGLE_PERSON = /^(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}(?:nurse|doctor|witness|resident|official|spokesman|spokeswoman|spokesperson|man|woman|worker|employee|officer|aide|adviser|advisor|source|teacher|student|survivor|farmer|driver|soldier|lawyer|executive|manager)\b/iu;
/** How many paragraphs back a pronoun or "the agency" may look for what it refers to. */
const ANAPHOR_WINDOW = 4000;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Read a speaker's phrase into a mention. */
export function readMention(text: string, start: number, end: number, aside: [number, number] | undefined, speaks: boolean): Mention {
  let toks = tokenize(text, start, end).filter((t) => t.word);
  const phrase = text.slice(start, end);
  // "a nurse at the hospital", "a spokesman for the ministry": the role is the head, the rest describes it
  let pp = "";
  const cut = toks.findIndex((t, k) => k > 0 && /^(?:at|for|with|in|from)$/.test(t.text) && !isCap(toks[k - 1]!.text) && (isRoleNoun(bare(toks[k - 1]!.text)) || headKind(bare(toks[k - 1]!.text)) === "person" || headKind(bare(toks[k - 1]!.text)) === "anonymous"));
  const ofCut = cut > 0 ? -1 : toks.findIndex((t, k) => k >= 2 && t.text === "of" && /^(?:the|a)$/i.test(toks[k + 1]?.text ?? "") && isCap(toks[k - 1]!.text) && isCap(toks[k - 2]!.text) && headKind(bare(toks[k - 1]!.text)) === null && !isPossessive(toks[k - 1]!.text));
  if (cut > 0 || ofCut > 0) {
    const at = cut > 0 ? cut : ofCut;
    pp = text.slice(toks[at]!.start, end);
    toks = toks.slice(0, at);
  }
  const head = toks.length ? bare(toks[toks.length - 1]!.text) : "";
  const relative = aside ? (/^\s*which\b/i.test(text.slice(aside[0], aside[1])) ? "which" : /^\s*who\b/i.test(text.slice(aside[0], aside[1])) ? "who" : null) : null;
  const base: Mention = { text: phrase, start, end, name: null, pronoun: null, head, titled: false, description: pp || null, speaks, relative, ...(pp ? { phrase: text.slice(start, toks[toks.length - 1]?.end ?? end) } : {}) };
  if (toks.length === 1 && /^(?:he|she|they|it)$/i.test(toks[0]!.text)) return { ...base, pronoun: toks[0]!.text.toLowerCase() };
  const isTitle = (w: string) => (TITLES.has(w) || TITLES.has(w.replace(/\.$/, ""))) && !TITLE_MODIFIERS.has(w.replace(/\.$/, ""));
  // the name: the last run of capitalised words (joined by of/for/and), not titles or possessive owners
  let i = toks.length - 1;
  // "the New York businessman": a person's role after capitalised modifiers names nobody
  const lastTok = toks[toks.length - 1];
  const prevTok = toks[toks.length - 2];
  if (lastTok && prevTok && !isCap(lastTok.text) && isPossessive(prevTok.text) && isCap(prevTok.text) && BODY_OF.test(lastTok.text)) {
    let k = toks.length - 2;
    while (k - 1 >= 0 && isCap(toks[k - 1]!.text) && !isTitle(toks[k - 1]!.text.toLowerCase()) && !isTitle(toks[k - 1]!.text.toLowerCase().replace(/\.$/, ""))) k--;
    const name = text.slice(toks[k]!.start, lastTok.end);
    return { ...base, name, description: pp || null };
  }
  const roleHead = !!lastTok && !isCap(lastTok.text) && (headKind(head) === "person" || headKind(head) === "anonymous" || TITLES.has(head) || isRoleNoun(head));
  if (roleHead) i = -1;
  while (i >= 0 && !isCap(toks[i]!.text)) i--; // "SANA news agency": lower-case words after the name
  let j = i;
  while (j >= 0) {
    const w = toks[j]!.text;
    const lw = w.toLowerCase().replace(/\.$/, "");
    if (isCap(w) && !isTitle(lw) && !isTitle(lw + ".") && !(isPossessive(w) && j < i)) {
      j--;
      continue;
    }
    if (/^(?:of|for|de|al|bin|van|von|and|&)$/.test(lw) && j - 1 >= 0 && isCap(toks[j - 1]!.text) && !isTitle(toks[j - 1]!.text.toLowerCase())) {
      j--;
      continue;
    }
    // "Office for the Coordination of ...": "the" inside a name after of/for
    if (lw === "the" && j - 2 >= 0 && /^(?:of|for)$/.test(toks[j - 1]!.text) && isCap(toks[j - 2]!.text)) {
      j -= 2;
      continue;
    }
    break;
  }
  // a body's name keeps its adjectives ("Foreign Ministry"): titles count only before a person's name
  const bodyHead = i >= 0 && headKind(bare(toks[i]!.text)) !== null && headKind(bare(toks[i]!.text)) !== "person" && headKind(bare(toks[i]!.text)) !== "anonymous";
  if (bodyHead) {
    j = i;
    while (j >= 0 && (isCap(toks[j]!.text) || /^(?:of|for|and|&)$/.test(toks[j]!.text)) && !(isPossessive(toks[j]!.text) && j < i)) j--;
  }
  let nameToks = i >= 0 ? toks.slice(j + 1, i + 1) : [];

  while (nameToks.length && /^(?:of|for|and|the)$/i.test(nameToks[0]!.text)) nameToks = nameToks.slice(1);
  // "The" at the start of a sentence is not part of a name
  if (nameToks.length && /^(?:the|a|an)$/i.test(nameToks[0]!.text)) nameToks = nameToks.slice(1);
  // "Britain-based", "pro-Western": descriptions, not names
  while (nameToks.length && /(?:-based|-backed|-run|-owned|-led|-funded|-affiliated)$|^(?:pro|anti)-/i.test(nameToks[0]!.text)) nameToks = nameToks.slice(1);
  // a lone capitalised word that is a role or plain noun ("Officials", "Police") is no name
  if (nameToks.length === 1 && nameToks[0]!.start === start && headKind(bare(nameToks[0]!.text)) !== null && !/^\p{Lu}{2,}$/u.test(nameToks[0]!.text))
    nameToks = [];
  // generic words alone ("the TV", "the Agency") name nothing
  if (nameToks.length && nameToks.every((t) => GENERIC.has(bare(t.text)) || (headKind(bare(t.text)) !== null && !/^\p{Lu}{3,}$/u.test(t.text)))) nameToks = [];
  const titled = !bodyHead && nameToks.length > 0 && toks.slice(0, j + 1).some((t) => isTitle(t.text.toLowerCase()));
  const owner = bodyHead && j >= 0 && isPossessive(toks[j]!.text) && isCap(toks[j]!.text) && headKind(bare(toks[i]!.text)) === "government" ? toks[j]! : null;
  if (owner) nameToks = [owner, ...nameToks];
  const name = nameToks.length ? text.slice(nameToks[0]!.start, nameToks[nameToks.length - 1]!.end).replace(/[’']s$/, "") : null;
  // the description: the rest of the phrase, without determiners, plus any aside
  const rest = toks
    .filter((t) => !nameToks.includes(t))
    .map((t) => t.text)
    .filter((w) => !/^(?:the|a|an)$/i.test(w));
  let description = [rest.join(" ").trim(), pp].filter(Boolean).join(" ");
  if (aside) {
    const a = text.slice(aside[0], aside[1]).replace(/^(?:who|which)\s+/i, "").trim();
    description = description ? `${description}; ${a}` : a;
  }
  return { ...base, name, titled, description: description ? description : null };
}

/** Merge key of a name: lower-case, without generic media words. */
function core(name: string): string {
  const ws = words(name.toLowerCase().replace(/[’']s\b/g, "")).filter((w) => !GENERIC.has(w));
  return ws.join(" ") || name.toLowerCase();
}

function initials(name: string): string {
  return words(name)
    .filter((w) => isCap(w))
    .map((w) => w[0])
    .join("");
}

/** Does [start, end) overlap any span of a list sorted by start? */
function overlapsSorted(list: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
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

/** Merge mentions into sources. Pronouns and "the agency" resolve to the nearest fitting source before them. */
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
    if (ws.length > 1) {
      addKey("init:" + initials(name), d);
      addKey("last:" + ws[ws.length - 1], d);
      for (const w of ws) addKey("word:" + w, d);
    }
  };
  // 1. named mentions, longest names first so surnames find their full names
  const named = sorted.filter((m) => m.name).sort((a, b) => words(b.name!).length - words(a.name!).length || a.start - b.start);
  for (const m of named) {
    const name = m.name!;
    const ws = words(name);
    const keys = ["core:" + core(name)];
    // a lone word joins a longer name only as the head of its own phrase ("the Observatory", not "Mozambique's army")
    const ownHead = bare(m.head) === bare(name);
    if (ws.length === 1) keys.push("init:" + name, "last:" + name, ...(ownHead ? ["word:" + name] : []));
    let d: SourceDraft | undefined;
    for (const k of keys) {
      // a surname joins only a person; a lone word joins a body's name only as its phrase's head
      d = index.get(k)?.find((c) => (!k.startsWith("last:") || ownHead || c.mentions.some((o) => isP(o))) && c.mentions.some((o) => o.name && sameName(o.name, name, isP(o), isP(m)) && kindCompatible(o, m)));
      if (d) break;
    }
    if (!d) {
      d = { mentions: [], name, kind: "unknown", description: null };
      drafts.push(d);
    }
    d.mentions.push(m);
    of.set(m, d);
    indexMention(m, d);
  }
  // 2. pronouns and definite roles, in text order, to the nearest fitting source before them
  const unnamed = new Map<string, SourceDraft>();
  const saidWords = new Map<Mention, Set<string>>();
  for (let idx = 0; idx < sorted.length; idx++) {
    const m = sorted[idx]!;
    if (m.name) continue;
    const target = m.pronoun ? resolvePronoun(m, idx) : resolveRole(m, idx);
    if (target) {
      target.mentions.push(m);
      of.set(m, target);
      continue;
    }
    if (m.pronoun) continue; // an unresolved pronoun names nobody
    // an unnamed source: one per head ("officials", "a witness")
    const key = m.head.replace(/s$/, "");
    let d = unnamed.get(key);
    if (!d) {
      d = { mentions: [], name: m.text.replace(/^(?:the|a|an|another)\s+/i, ""), kind: "anonymous", description: null };
      drafts.push(d);
      unnamed.set(key, d);
    }
    d.mentions.push(m);
    of.set(m, d);
  }
  for (const d of drafts) finishDraft(d);
  return { drafts, of };

  /** Mentions before sorted[idx] within the window, nearest first, that already have a source. */
  function* before(m: Mention, idx: number): Generator<[Mention, SourceDraft]> {
    for (let k = idx - 1; k >= 0; k--) {
      const o = sorted[k]!;
      if (m.start - o.end > ANAPHOR_WINDOW) return;
      if (o.end > m.start) continue;
      const d = of.get(o);
      if (d) yield [o, d];
    }
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
    const para = text ? text.lastIndexOf("\n", m.start) : -1;
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
    if (ANONYMOUS_HEADS.has(head) && !MEDIA_WORDS.has(head) && !GOVERNMENT_WORDS.has(head) && !ORGANIZATION_WORDS.has(head)) {
      // "the spokesman", "the minister": a person named just before with that role
      for (const [o, d] of before(m, idx)) if (o.description && o.description.toLowerCase().split(/\W+/).includes(head)) return d;
      return undefined;
    }
    let best: { d: SourceDraft; at: number } | undefined;
    for (const [o, d] of before(m, idx)) {
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
      for (const [o, d] of before(m, idx)) {
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
      const from = Math.max(bodyStart, m.start - ROLE_REACH);
      NAME_RUN.lastIndex = from;
      let hit: RegExpExecArray | null = null;
      let h: RegExpExecArray | null;
      while ((h = NAME_RUN.exec(text)) && h.index < m.start) {
        const k = kindOf([h[0]], true, false, false);
        if (k === want || (want === "organization" && k === "armed-group")) hit = h;
      }
      if (hit) {
        const nm = readMention(text, hit.index, hit.index + hit[0].length, undefined, false);
        if (nm.name) {
          const d = drafts.find((d) => d.mentions.some((o) => o.name && sameName(o.name, nm.name!, false, false))) ?? { mentions: [], name: nm.name, kind: "unknown" as SourceKind, description: null };
          if (!drafts.includes(d)) drafts.push(d);
          d.mentions.push(nm);
          of.set(nm, d);
          return d;
        }
      }
    }
    // a nearer name with that head that does not speak ("Syrian TV footage ... The TV said")
    if (text && headKind(head) !== null && headKind(head) !== "person" && headKind(head) !== "anonymous") {
      const from = Math.max(best?.at ?? 0, bodyStart, m.start - ROLE_REACH);
      let re = roleRegex.get(head);
      if (!re) roleRegex.set(head, (re = new RegExp(`(?:\\p{Lu}[\\p{L}’'-]*[ ]+){1,4}${[...head.replace(/[^\p{L}]/gu, "")].map((c) => `[${c.toUpperCase()}${c}]`).join("")}\\b`, "gu")));
      re.lastIndex = from;
      let hit: RegExpExecArray | null = null;
      let h: RegExpExecArray | null;
      while ((h = re.exec(text)) && h.index < m.start) if (h.index > (best?.at ?? -1) && h.index + h[0].length <= m.start && !/^the\s/i.test(h[0])) hit = h;
      if (hit) {
        const nm = readMention(text, hit.index, hit.index + hit[0].length, undefined, false);
        if (nm.name) {
          const d = drafts.find((d) => d.mentions.some((o) => o.name && sameName(o.name, nm.name!, false, false))) ?? { mentions: [], name: nm.name, kind: "unknown" as SourceKind, description: null };
          if (!drafts.includes(d)) drafts.push(d);
          d.mentions.push(nm);
          of.set(nm, d);
          return d;
        }
      }
    }
    return best?.d;
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
      const pick = [...namedMs].sort((a, b) => words(b.name!).length - words(a.name!).length || a.start - b.start)[0]!;
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
      if (!titled && !pronoun && told !== "unknown" && told !== "person" && told !== "anonymous") d.kind = told;
      if (d.kind === "unknown" && words(d.name).length >= 2 && /^[\p{Lu}][\p{Ll}]/u.test(d.name) && !d.name.split(/\s+/).some((w) => NP_STOP.has(w.toLowerCase())))
        d.kind = "person";
    } else {
      const heads = d.mentions.filter((m) => !m.pronoun).map((m) => m.head);
      const body = kindOf(d.mentions.map((m) => m.text), false, pronoun, false);
      const someone = heads.some((h) => ANONYMOUS_HEADS.has(h) || PERSON_NOUNS.has(h));
      d.kind = someone ? "anonymous" : body;
      if (d.kind === "unknown" || d.kind === "person") d.kind = heads.some((h) => DOCUMENT_WORDS.has(h)) ? "unknown" : "anonymous";
    }
  }
}

/** Tokens of a phrase, for callers that need them. */
export function phraseTokens(text: string, m: Span): Token[] {
  return tokenize(text, m.start, m.end);
}
