/**
 * Sources: the speakers' phrases merged into one source per person or body, whatever the
 * article calls it ("Secretary of State John Kerry", "Kerry", "he"; "the Syrian Observatory for
 * Human Rights", "the Observatory"; "Al-Manar TV", "Al-Manar station"), with kind and description.
 */
import { ANONYMOUS_HEADS, DATA_WORDS, DOCUMENT_WORDS, GOVERNMENT_WORDS, MEDIA_WORDS, NP_STOP, ORGANIZATION_WORDS, PERSON_NOUNS, SPEECH_VERBS, TITLES } from "./lexicon.js";
import { headKind, isInternationalBody, isRoleNoun, kindOf } from "./speaker.js";
import { bare, isCap, nextCapital } from "./text.js";
import type { SourceKind, Span } from "./types.js";
import { GENERIC, leadOf, readMention, type Mention } from "./mention.js";
import { firstAbove, partitionPoint } from "./search.js";
import { COMPANY_NOUNS, hasCompanyWord, hasPaperWord, isAdjectiveOfPeople, isBroadcaster, isCountry, isCountryAbbreviation, isDataThing, isDocumentName, isGovernmentName, isFunctionWord, hasCommonSuffix, hasRunInLead, isHeadlineRun, isJunkName, isPersonWord, isQuantifier, isWebsite } from "./name-shape.js";

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
  // singular only: "the companies" is no one company named before
  ...Object.fromEntries([...COMPANY_NOUNS].filter((w) => !/s$/.test(w) && !/^(?:website|site|blog|app|service|platform)$/.test(w)).map((w) => [w, "organization" as SourceKind])),
  website: "media", site: "media", blog: "media",
};
/** Body words that may end a body's name or be left out of it ("Water Resources (Department)", "Acme (Corp.)"). */
const BODY_TAIL = /^(?:department|ministry|agency|commission|office|board|authority|bureau|council|committee|administration|service|company|corporation|corp\.?|inc\.?|co\.?|ltd\.?|llc|plc|group|institute|association|foundation|organi[sz]ation)$/i;
/** Words after a head noun that modify it ("people familiar with", "officials close to", "sources at"). */
const POSTMODIFIER = /^(?:familiar|close|briefed|knowledgeable|involved|aware|with|at|in|from|for|of|on|who|that|inside|within|across|to|like|near|outside)$/i;
/** Bodies that speak for the person who owns them ("the Roe campaign", "Roe's lawyers"). */
const OWNER_BODY = /^(?:campaign|office|team|staff|administration|lawyers?|attorneys?|family|aides?|spokesm[ae]n|spokeswom[ae]n|spokesperson|representatives?)$/;
/** Minor words an acronym may leave out ("Department for Work and Pensions" = DWP). */
const ACRONYM_SKIPS = /^(?:of|for|and|the|on|in|de|du|des|la|&)$/i;
/** Words after a lone capitalised word that make it a verb taking its object ("Check out", "Cut the onion", "Keep adding"): no name. */
const OBJECT_AFTER = /^\s+(?:the|a|an|it|out|up|more|your|our|them|those|these|yourself|back|off|down)\s/;
/** What follows an interjection's or an adverb's comma ("Sure, I ...", "Heck, if ...", "Sorry, you'll ..."): a clause, never a name's apposition ("Roe, a spokesman", "Roe, speaking to ..."). */
const MARKER_AFTER = /^,\s*(?:I|I['’]\p{Ll}+|you|you['’]\p{Ll}+|we|they|he|she|it|if|as|when|then|so|there|let|let['’]s|what|how|why|admit)\s/u;
/** The first half of a body's name split at its "and", right before the second ("Institute of Economic and "). */
const NAME_HALF_BEFORE = /(\p{Lu}[\p{L}’'&.-]*(?: (?:of|for|the|\p{Lu}[\p{L}’'&.-]*))* and )$/u;
/** The second half of a body's name after its "and", right after the first (" and Immigration Services"). */
const NAME_HALF_AFTER = /^ and (?:\p{Lu}[\p{L}’'&-]*)(?: \p{Lu}[\p{L}’'&-]*){0,3}/u;
/** A list item's number or bullet at a line's start ("198. ", "• "). */
const LIST_MARK = /^(?:\d+[.)]|[•*–-])\s+/u;
/** What may stand before a name that opens its line: nothing, a list item's mark, a label ("WATCH: "). */
const LINE_OPENING = /^\s*(?:(?:\d+[.)]|[•*–-])\s+)?(?:[\p{Lu}\s]+:\s*)?$/u;
/** Whether what stands before offset `at` on its line is only a line's opening (a list mark, a label in capitals), looking back a short way only. */
function opensLineAt(text: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  const before = text.slice(from, at);
  const nl = before.lastIndexOf("\n");
  if (nl < 0 && from > 0) return false;
  return LINE_OPENING.test(before.slice(nl + 1));
}
/** How many capitalised words a name cut short may take after it. */
const RUN_ON_MAX = 3;
/** Nouns of what a person has or does, never a speaker, though they end like a role noun ("my instincts", "their answers", "the answer"). */
const THINGS_OF_A_PERSON = /^(?:instincts?|answers?|ideas?|thoughts?|feelings?|flowers?|floors?|weather|matters?|powers?|favou?rs?|efforts?|actions?)$/;
/** The longest line read as a title-case line (a headline, a label, an item of a list of titles). */
const TITLE_LINE_MAX = 200;
/** Minor words a title-case line writes in lower case ("Roe Rises to the Top in Springfield"). */
const MINOR_WORD = /^(?:a|an|the|of|for|and|or|nor|but|to|in|on|at|by|with|from|as|vs|via|per|into|onto|up|over|off|out)$/;
/** How far back "the agency" looks for a name with that head that never spoke. */
const ROLE_REACH = 4000;
/** How far back "the company" looks for a company's name that never spoke. */
const NAME_RUN_REACH = 1500;
/** A run of two to five capitalised words: a candidate name of a body. */
const NAME_RUN = /\p{Lu}[\p{L}’'&.-]*(?:[ ](?:of|for|and|the|de)?[ ]?\p{Lu}[\p{L}’'&.-]*){1,4}|\p{Lu}[\p{Lu}&]{1,5}(?![\p{L}\p{N}])/uy;
/** How far before the head word its capitalised words may start (four words of a name). */
const NAME_WINDOW = 200;
/** A character of a capitalised word in that look-back (the regex's [\p{L}’'-]). */
const NAME_CHAR = /[\p{L}’'-]/u;
const UPPER = /\p{Lu}/u;
/** One regex per head word for that look-back. */
const roleRegex = new Map<string, RegExp>();

/** An unnamed single person: "a nurse", "the spokeswoman", "a witness" (a later "she" may be them). */
const SINGLE_PERSON = /^(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}(?:nurse|doctor|witness|resident|official|spokesman|spokeswoman|spokesperson|man|woman|worker|employee|officer|aide|adviser|advisor|source|teacher|student|survivor|farmer|driver|soldier|lawyer|executive|manager)(?=$|[\s,]+(?:at|of|for|in|from|with|who|on)\b)/iu;
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

/**
 * Where the capitalised run a mention's name ends the phrase inside goes on to: up to three more
 * capitalised words right after it ("Michael" Nutter, "Consumer" Reports), not a day, a function
 * word or a headline's verb after a name that opens its line ("Roe Says ..."); or the mention's end.
 */
export function runOn(text: string, m: Mention): number {
  if (!m.name || !m.text.endsWith(m.name)) return m.end;
  const opensLine = opensLineAt(text, m.start) && !/^(?:an?|the)\s/i.test(m.text);
  let end = m.end;
  for (let n = 0; n < RUN_ON_MAX; n++) {
    const w = /^ (\p{Lu}[\p{L}’'&-]*)(?![\p{L}\p{N}’'&.-])/u.exec(text.slice(end, end + 40))?.[1];
    if (!w || /^(?:I|II|III|IV)$/.test(w) || isJunkName(w) || isFunctionWord(w) || /^\p{Lu}+$/u.test(w) !== /^\p{Lu}+$/u.test(m.name.split(" ").pop()!) && w.length > 1 && /^\p{Lu}+$/u.test(w)) break;
    if (SPEECH_VERBS.has(w.toLowerCase()) && opensLine && !/^ \d/.test(text.slice(end + 1 + w.length, end + 3 + w.length))) break;
    end += 1 + w.length;
  }
  return end;
}

/** Does [start, end) overlap any span of a list sorted by start? */
function overlapsSorted(list: Span[], start: number, end: number): boolean {
  const lo = partitionPoint(list.length, (i) => list[i]!.start < end);
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (list[k]!.end > start) return true;
  return false;
}

/** A mention that looks like a person: a title, or two or more name words with no body word. */
function isPersonish(m: Mention): boolean {
  return m.titled || (m.name !== null && words(m.name).length >= 2 && headKind(m.head) === null && (kindOf([m.phrase ?? m.text], true, false, m.titled) === "unknown" || roleBefore(m)));
}

/**
 * Does the acronym abbreviate the words? Each word gives its first letter (and at most one more
 * of its own, "Railroad" = RR), minor words may give none ("Department for Work and Pensions" = DWP).
 */
export function abbreviates(acronym: string, ws: string[]): boolean {
  const a = acronym.replace(/\./g, "");
  const content = ws.filter((w) => !ACRONYM_SKIPS.test(w));
  if (a.length < 2 || content.length < 2 || !/^\p{Lu}+$/u.test(a)) return false;
  const W = ws.map((w) => w.toUpperCase());
  const go = (i: number, j: number): boolean => {
    if (j === W.length) return i === a.length;
    const w = W[j]!;
    if (ACRONYM_SKIPS.test(w) && go(i, j + 1)) return true;
    if (i >= a.length || a[i] !== w[0] || !/^\p{Lu}/u.test(ws[j]!)) return false;
    if (go(i + 1, j + 1)) return true;
    return i + 1 < a.length && w.indexOf(a[i + 1]!, 1) > 0 && go(i + 2, j + 1);
  };
  return go(0, 0);
}

/**
 * Is `short` a short form of the body name `long`: the same words with an acronym for some run of
 * them ("Texas RRC", "Texas Railroad Commission") and/or without the body word at the end ("Water
 * Resources", "Water Resources Department")?
 */
function shortForm(short: string[], long: string[]): boolean {
  let shortened = false;
  const go = (i: number, j: number): boolean => {
    if (i === short.length) return j < long.length ? long.slice(j).every((w) => BODY_TAIL.test(w)) : shortened;
    if (j >= long.length) return false;
    if (short[i] === long[j] && go(i + 1, j + 1)) return true;
    if (/^\p{Lu}{2,}$/u.test(short[i]!))
      for (let k = j + 2; k <= long.length; k++)
        if (abbreviates(short[i]!, long.slice(j, k))) {
          shortened = true;
          if (go(i + 1, k)) return true;
        }
    return false;
  };
  return go(0, 0);
}

/** Could two names denote the same source? */
function sameName(a: string, b: string, aPerson: boolean, bPerson: boolean): boolean {
  if (core(a) === core(b)) return true;
  const wa = words(a);
  const wb = words(b);
  const [short, long, longPerson] = wa.length <= wb.length ? [wa, wb, bPerson] : [wb, wa, aPerson];
  if (short.length === 1) {
    const s = short[0]!;
    if (/^\p{Lu}{2,}$/u.test(s) && (initials(long.join(" ")) === s || abbreviates(s, long))) return true; // acronym
    // surname; or the first word of a family-name-first name ("Moon Jae-in", "Moon")
    if (longPerson || aPerson || bPerson) return long[long.length - 1] === s || (long[0] === s && long.length <= 3 && !isFunctionWord(s));
    // "the Observatory" within "Syrian Observatory for Human Rights"
    return long.includes(s) && !GENERIC.has(s.toLowerCase()) && !/^(?:of|for|and)$/i.test(s);
  }
  if (short.length < long.length) {
    // a multi-word family name ("Lopez Garcia" of "Ana Maria Lopez Garcia")
    if ((longPerson || aPerson || bPerson) && long.slice(-short.length).join(" ") === short.join(" ")) return true;
    if (!longPerson && shortForm(short, long)) return true;
  }
  return false;
}

/**
 * Merge mentions into sources. Pronouns and "the agency" resolve to the nearest fitting source
 * before them. The drafts come back unfinished: call finishDraft on those that are cited.
 */
/** A name of an event by its last word ("Osk Motor Show", "Varn Marathon", "World Cup"). */
const EVENT_NAME = /\s(?:Show|Expo|Exposition|Festival|Fair|Marathon|Olympics|Games|Cup|Championships?|Tournament|Awards|Gala|Parade|Derby|Grand Prix)$/;

/** The name of the source the article's own "I" is. */
export const WRITER = "the writer";

export function mergeMentions(mentions: Mention[], people: Mention[] = [], text = "", bodyStart = 0): { drafts: SourceDraft[]; of: Map<Mention, SourceDraft> } {
  let textWords: TextWords | null = null;
  let capitalRuns: CapitalRun[] | null = null;
  // person names that do not speak only serve as antecedents; drop those inside a speaker's phrase
  const spoken = [...mentions].sort((x, y) => x.start - y.start);
  // "The Department for Work and Pensions (DWP) said": a body's name split at its "and" is one name
  if (text)
    for (let k = 0; k + 1 < spoken.length; k++) {
      const a = spoken[k]!;
      const b = spoken[k + 1]!;
      if (!a.name || !b.name || text.slice(a.end, b.start) !== " and " || !/\s(?:for|of)\s/.test(a.name) || !/^\p{Lu}/u.test(b.name)) continue;
      // only when the article shows the whole as one name: its acronym after it, or the whole written again
      const whole = text.slice(a.start, b.end).replace(/^(?:the|a)\s+/i, "");
      const acr = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(b.end, b.end + 12))?.[1];
      if (!(acr && abbreviates(acr, words(whole))) && text.indexOf(whole, b.end) < 0 && text.lastIndexOf(whole, a.start - 1) < 0) continue;
      Object.assign(a, readMention(text, a.start, b.end, undefined, a.speaks));
      b.name = null;
      b.demoted = "";
      b.joined = true;
    }
  // "Philadelphia Mayor Michael" Nutter, "Consumer" Reports: a speaker's phrase cut inside a name takes the rest of it;
  // "(Institute of Economic and) Social Research": a name's second half after "and" takes its first
  if (text)
    for (const m of [...spoken, ...people]) {
      // (a headline's subject is followed by its verb: "Acme Recalls 300 Cars")
      let end = m.name && !headlineSubject(m) ? runOn(text, m) : -1;
      // "the Citizenship" and Immigration Services: a name's first half before "and" takes the rest when the rest ends in a body's word
      const rest = m.name && m.text.endsWith(m.name) ? NAME_HALF_AFTER.exec(text.slice(m.end, m.end + 80))?.[0] : undefined;
      const restLast = rest ? words(rest).pop()! : "";
      if (rest && (BODY_TAIL.test(restLast) || BODY_TAIL.test(restLast.replace(/s$/, "")))) end = Math.max(end, m.end + rest.length);
      const head = m.name && m.text.startsWith(m.name) ? NAME_HALF_BEFORE.exec(text.slice(Math.max(0, m.start - 120), m.start))?.[1] : undefined;
      // (only after a field's adjective, or where the article writes the whole again or gives its acronym: "Economic and Social Research", not "Security and Alex Roe")
      const whole = head ? head + m.text : "";
      const start = head && / (?:of|for) /.test(head) && (/(?:ic|al) and $/.test(head) || text.indexOf(whole) !== text.lastIndexOf(whole) || /^\s*\(\p{Lu}{2,6}\)/u.test(text.slice(m.end, m.end + 12))) ? m.start - head.length : m.start;
      if (end <= m.end && start === m.start) continue;
      const { relative, description } = m;
      Object.assign(m, readMention(text, start, Math.max(end, m.end), undefined, m.speaks));
      m.relative ??= relative;
      m.description ??= description;
    }
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
      addKey("first:" + ws[0], d);
      if (ws.length > 2) addKey("tail:" + ws.slice(-2).join(" "), d);
      for (const w of ws) addKey("word:" + w, d);
    }
  };
  // 1. named mentions, longest names first so surnames find their full names
  const named = longestNamesFirst(sorted.filter((m) => m.name));
  // the words just before a name, in its sentence, say what it is ("my friend Helen")
  if (text) for (const m of named) m.lead = leadOf(text, m.start);
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
  // a name that names nobody ("It’s", "Shortly", "November", "French") is no source, nor a word
  // capitalised only where a sentence starts and written in lower case elsewhere ("Crack in the eggs")
  for (const d of drafts) {
    // nor a name only ever seen in a title-case line (a headline, a label, a list of titles) or as the
    // first words of a longer name ("Consumer" of "Consumer Reports")
    // (nor a name after a bare small number: "1 Corinthians", "2 Kings" are books, not speakers; nor the reader's own thing: "your League ID")
    // (nor an event's name: "the Osk Motor Show", "the Varn Marathon" are where things are said, not who says them)
    if (!isJunkName(d.name) && !isHeadlineRun(d.name) && !(EVENT_NAME.test(d.name) && d.mentions.every((m) => !/\bof\b/i.test(m.text))) && !d.mentions.every((m) => /(?:^|\s)[1-3]\s+\p{Lu}\p{L}*$/u.test(m.text) || /^your\s/i.test(m.text)) && !(text && (commonWord(d) || onlyInTitles(d) || onlyFragments(d) || productOf(d)))) continue;
    // its mentions are read again without a name: "Others", "a Republican", "U.S. companies" are
    // groups or people, "Shortly" and "It’s" nobody (junkPhrase decides)
    for (const m of d.mentions) {
      of.delete(m);
      m.demoted = m.name!;
      m.name = null;
    }
    d.mentions = [];
  }
  // an acronym takes its full name where the article spells it out ("the Securities and Exchange Commission (SEC)")
  if (text) for (const d of drafts) if (d.mentions.length && words(d.name).some((w) => /^\p{Lu}{2,6}$/u.test(w)) && words(d.name).length <= 3) spelledOut(d);
  // indices (into sorted) of the mentions that have a source, ascending: what `before` walks
  const sourced: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (of.has(sorted[k]!)) sourced.push(k);
  const markSourced = (idx: number) => sourced.splice(firstAbove(sourced, idx), 0, idx);
  // paragraph breaks, for the pronouns' "same paragraph" test
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  // 2. pronouns and definite roles, in text order, to the nearest fitting source before them
  const unnamed = new Map<string, SourceDraft>();
  let writer: SourceDraft | null = null;
  const saidWords = new Map<Mention, Set<string>>();
  const runKind = new Map<string, SourceKind>();
  let lowerText: string | undefined;
  for (let idx = 0; idx < sorted.length; idx++) {
    const m = sorted[idx]!;
    if (m.name) continue;
    // (the writer's "I" is one source of its own, never a pronoun's antecedent; a headline's "I" is its speaker's, "Roe: If I Had Known")
    if (m.pronoun === "i") {
      if (m.start < bodyStart) continue;
      if (!writer) drafts.push((writer = { mentions: [], name: WRITER, kind: "person", description: null }));
      writer.mentions.push(m);
      of.set(m, writer);
      continue;
    }
    const target = m.pronoun ? resolvePronoun(m, idx) : resolveRole(m, idx);
    if (target) {
      target.mentions.push(m);
      of.set(m, target);
      markSourced(idx);
      continue;
    }
    if (m.pronoun || m.joined) continue; // an unresolved pronoun names nobody; a joined half is in its whole
    if (junkPhrase(m)) continue; // "nothing the defendants", "a greater", "Your computer"
    // an unnamed source: one per head ("officials", "a witness")
    // one unnamed source per phrase ("officials", "a witness"), not per head: "local officials" are not "a senior official at the hospital"
    const key = m.head === "respondents" ? "respondents" : (m.phrase ?? m.text).toLowerCase().replace(/^(?:the|a|an|another|one|other)\s+/, "").replace(/s\b/g, "");
    let d = unnamed.get(key);
    if (!d) {
      d = { mentions: [], name: m.head === "respondents" ? "poll respondents" : unnamedName(m.text), kind: "anonymous", description: null };
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
      // ("The charity Medicor painted a grimmer picture. They put ...": a body may be "they")
      if (m.pronoun === "they" && !/s$/.test(o.head) && !headKind(o.head) && !o.body) continue;
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
    // no name with the word: the nearest source of that kind ("the group" after "the Ruvuma Brigades");
    // a noun of one sort of body is only a body of that sort ("the rail union" is no chamber of commerce)
    const want = ROLE_KIND[head];
    const sort = /^(?:union|club|league|charity|institute|party|church|school|university|hospital|court)$/.test(head);
    if (!best && want && !sort) {
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
        // an acronym or a company word makes a body of a run the lexicon cannot read ("VW", "Acme Labs")
        if (k === undefined) runKind.set(h[0], (k = kindOf([h[0]], true, false, false) === "unknown" && (/^\p{Lu}[\p{Lu}&]{1,5}$/u.test(h[0]) || hasCompanyWord(h[0])) && !isCountryAbbreviation(h[0]) ? "organization" : kindOf([h[0]], true, false, false)));
        if ((k === want || (want === "organization" && k === "armed-group")) && (!sort || h[0].toLowerCase().split(/\s+/).includes(head))) hit = [at, at + h[0].length];
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

  /**
   * Is a lone-word name a common word: every use of it capitalised opens a sentence (or a line),
   * and the article writes it in lower case too ("Correction", "Published", "Geckos")?
   */
  function commonWord(d: SourceDraft): boolean {
    const w = d.name;
    // "Dr. Deming": a title makes it a name
    if (/\s/.test(w) || !/^\p{Lu}[\p{Ll}-]+$/u.test(w) || d.mentions.some((m) => m.titled)) return false;
    // one pass over the text for every name (a scan per name is quadratic on a long page)
    textWords ??= wordsOf(text);
    // a use after a lower-case word or a comma, mid-sentence, shows a name
    if (textWords.midCaps.has(w)) return false;
    const l = w.toLowerCase();
    if (textWords.lower.has(l)) return true;
    // "Appraisals", "Permits": a plural whose singular the article writes in lower case (not a group of people: "Critics")
    if (/[^s]s$/.test(l) && textWords.lower.has(l.slice(0, -1)) && !speakerHead(l, [l], false, true)) return true;
    // "Ethically", "Dubious", "Empiricism": an adverb's, adjective's or abstract noun's shape
    if (hasCommonSuffix(w)) return true;
    // what follows it where it is used: "Sure, I ...", "Check out", "Cut the onion", "Taking on"
    return d.mentions.some((m) => {
      const at = m.name === w ? text.indexOf(w, m.start) : -1;
      if (at < 0 || at >= m.end) return false;
      const after = text.slice(at + w.length, at + w.length + 40);
      if (MARKER_AFTER.test(after)) return true;
      if (OBJECT_AFTER.test(after) || /^\s+\p{Ll}+ing\b/u.test(after)) return true;
      const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
      return /[^aeiouy]ing$/.test(l) && !!next && !SPEECH_VERBS.has(next);
    });
  }

  /**
   * Is a two-word name a product of a body the article names alone ("Acme Stadia" where "Acme
   * said" too): its second word is no body's, company's or paper's word, and no mention is a person's?
   */
  function productOf(d: SourceDraft): boolean {
    const ws = words(d.name);
    if (ws.length !== 2 || hasCompanyWord(d.name) || hasPaperWord(d.name) || headKind(bare(ws[1]!)) !== null || d.mentions.some((m) => m.titled || isP(m) && roleBefore(m))) return false;
    return drafts.some((o) => o !== d && o.mentions.length > 0 && o.name === ws[0] && !o.mentions.some((m) => isP(m) || m.titled) && /^\p{Lu}/u.test(ws[1]!));
  }

  /** Does a mention open a title-case line (after a list mark or a label), as a headline's subject does? */
  function headlineSubject(m: Mention): boolean {
    return opensLineAt(text, m.start) && titleLine(m.start);
  }

  /** Are all the named mentions of a draft in title-case lines ("Acme's Dubious Claim: Roe Tries Again (Jan. 5, 2005)")? */
  function onlyInTitles(d: SourceDraft): boolean {
    const named = d.mentions.filter((m) => m.name);
    // a headline's subject before its capitalised verb speaks ("Roe Says ...", "Acme Report: ...")
    // (a verb of the present tense, after a name with no article: "An Audacious Claim", "Roe's Dubious Counter" are nouns)
    return named.length > 0 && named.every((m) => titleLine(m.start) && (/^(?:an?|the)\s/i.test(m.text) || !SPEECH_VERBS.has((/^ (\p{Lu}\p{Ll}+s)\b/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? "").toLowerCase())));
  }

  /** Is the line holding offset i in title case: three or more words, all but at most one of its content words capitalised, and no sentence's end? */
  function titleLine(i: number): boolean {
    // (the line's ends looked for within a title's length only: a page-long line is no title, and is not scanned for each mention)
    const from = Math.max(0, i - TITLE_LINE_MAX - 1);
    const back = text.slice(from, i).lastIndexOf("\n");
    if (back < 0 && from > 0) return false;
    const a = back < 0 ? 0 : from + back + 1;
    const fwd = text.slice(i, i + TITLE_LINE_MAX + 1).indexOf("\n");
    const b = fwd < 0 ? (i + TITLE_LINE_MAX + 1 >= text.length ? text.length : Infinity) : i + fwd;
    if (b - a > TITLE_LINE_MAX) return false;
    const line = text.slice(a, b).trim().replace(LIST_MARK, "");
    // a section's label alone on its line ("Most Exciting:")
    if (/^(?:\p{Lu}[\p{L}’'-]*[ ]?){1,5}:$/u.test(line)) return true;
    if (/[.!?]["”’)]*$/u.test(line) || /[.!?]["”’]?\s+\p{Lu}\p{Ll}/u.test(line)) return false;
    const content = (line.match(/\p{L}[\p{L}’'-]*/gu) ?? []).filter((w) => !MINOR_WORD.test(w));
    const lower = content.filter((w) => !/^\p{Lu}/u.test(w)).length;
    return content.length >= 3 && lower <= Math.floor(content.length / 6);
  }

  /** Is every named mention of a draft the first words of a longer capitalised run ("Consumer" Reports)? */
  function onlyFragments(d: SourceDraft): boolean {
    const named = d.mentions.filter((m) => m.name);
    // or of a product's name with its model number ("Acme Galaxy Note 10")
    return named.length > 0 && named.every((m) => (runOn(text, m) > m.end && !headlineSubject(m)) || /^(?: \p{Lu}[\p{L}-]*){0,2} \d{1,3}\b(?![.,]\d|%| percent)|^ \d+:\d+/u.test(text.slice(m.end, m.end + 40)));
  }

  /** An unnamed speaker's phrase that names nobody: its head a function word or its first word "nothing"/"your". */
  function junkPhrase(m: Mention): boolean {
    const ws = words(m.phrase ?? m.text);
    const last = ws[ws.length - 1] ?? "";
    if (m.head === "respondents") return false;
    // "1 Corinthians", "2 Kings": a digit before a capitalised name is a book's reference (news writes "two Republicans" in words)
    if (ws.length === 2 && /^[1-3]$/.test(ws[0]!) && /^\p{Lu}/u.test(ws[1]!)) return true;
    // "Why the President ...", "Let the client pick", "Don’t ever": a question, an imperative, an interjection
    if (/^(?:why|how|what|when|where|well|let|let['’]s|please|don['’]t|there['’]s|here['’]s|such|this|these|those|unless|more|neither|either|each|any)$/i.test(ws[0] ?? "") && !isQuantifierGroup(ws)) return true;
    if (ws.some((w) => /^(?:i|we|you|they|he|she|it)(?:['’](?:m|ve|d|ll|re|s))$/i.test(w))) return true;
    // "Give existing customers ...", "Ask your doctor": a capitalised verb of bidding before lower-case words opens an imperative
    if (ws.length > 1 && IMPERATIVE.test(ws[0]!) && /^\p{Ll}/u.test(ws[1]!)) return true;
    // "produced the report": a verb with its object is a clause, not a speaker; "the good news", "the most efficient": no one
    if (ws.length > 1 && /^\p{Ll}+ed$/u.test(ws[0]!) && /^(?:the|a|an|this|that|these|those|its|his|her|their)$/i.test(ws[1]!)) return true;
    if (/^(?:good|bad|great|better|best|worse|worst|sad|happy|big|other)$/i.test(ws[ws.length - 2] ?? "") && /^news$/i.test(last)) return true;
    if (/^(?:most|more|less|least|very|so|too)$/i.test(ws[ws.length - 2] ?? "") && /(?:ent|ant|ive|ous|ful|able|ible|al|ic|est)$/.test(last)) return true;
    // a loose role noun's ending on a comparative or an abstract noun names no one ("easier", "bigger", "punishment")
    if (!m.demoted && ws.length <= 3 && /^\p{Ll}/u.test(last) && (/(?:([bdgmnpt])\1er|ment|ments)$|^(?:easier|earlier|happier|heavier|busier|funnier|angrier|wealthier|healthier|riskier|costlier|higher|lower|larger|smaller|greater|longer|shorter|faster|slower|stronger|weaker|cheaper|harder|softer|younger|older)$/.test(bare(last)) || THINGS_OF_A_PERSON.test(bare(last))) && headKind(bare(last)) === null && !PERSON_NOUNS.has(bare(last)) && !isPersonWord(bare(last)) && !DOCUMENT_WORDS.has(bare(last)) && !DATA_WORDS.has(bare(last)) && !isDataThing(bare(last))) return true;
    // a name with a verb after it is a clause, not a speaker ("NASA’s Office ... released two highly critical")
    if (ws.some((w, k) => k > 0 && k < ws.length - 1 && /^\p{Ll}{3,}ed$/u.test(w) && /^\p{Lu}/u.test(ws[k - 1]!))) return true;
    // a source is a person, a body or a group: "the insurance", "a vital protein", "the margin of error" say nothing
    // the head may be loose ("the commissioner"), a word before it must be a known person or body word ("people familiar with ...")
    // a word before the head counts only with its modifier after it ("people familiar with ...", "officials close to ...")
    const heads = ws.filter((w, k) => k === ws.length - 1 || POSTMODIFIER.test(ws[k + 1]!));
    if (!isQuantifierGroup(ws) && !heads.some((w) => speakerHead(w, ws.slice(0, ws.indexOf(w) + 1), !m.demoted && ws.indexOf(w) > 0, w === last))) return true;
    // a phrase that was nothing but the dropped name ("Polling Day", "Shortly"): nobody, unless a group ("Others") or "a Republican"
    if (m.demoted) {
      const own = new Set(words(m.demoted));
      const rest = ws.filter((w) => !own.has(w.replace(/[’']s$/, "")) && !/^(?:the|a|an|one|another)$/i.test(w));
      // (a common noun of persons or bodies capitalised only where a sentence starts is that group: "Friends say", "Opponents argued", "Companies say")
      const l = m.demoted.toLowerCase();
      // (followed by its verb: "Friends, let me tell you" calls on them)
      const group = words(m.demoted).length === 1 && /[^s]s$/.test(l) && !isAdjectiveOfPeople(l) && speakerHead(l, [l], false, true) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 4));
      if (!rest.length && !group && !isQuantifierGroup(ws) && !(ws.length > 1 && /^(?:a|an|the|one|another)$/i.test(ws[0]!) && words(m.demoted).every((w) => isAdjectiveOfPeople(w)))) return true;
    }
    // "a Democratic-leaning": a hyphenated adjective without its noun names no one
    if (/-(?:based|backed|run|owned|led|funded|affiliated|leaning|linked|aligned|allied|born|era|style|controlled|held|friendly)$/i.test(last)) return true;
    // "Three said": a number word alone, capitalised, is no source ("the two", "all five" are groups)
    if (ws.length === 1 && /^\p{Lu}/u.test(last) && isQuantifier(last) && !/^(?:some|others|many|most|several|both)$/i.test(last)) return true;
    return !ws.length || (isJunkName(last) && !isQuantifier(last) && !isAdjectiveOfPeople(last) && !/^\d+-year-old$/.test(last) && !/^\p{Lu}\p{Ll}+s$/u.test(last)) || /^(?:nothing|nobody|none|your|you|it|its|there)$/i.test(ws[0]!);
  }

  /** Find where the article spells an acronym out, and make that name a mention of its source. */
  function spelledOut(d: SourceDraft): void {
    const acr = d.name;
    // "Full Name (ACR)" first; else any capitalised run the acronym abbreviates
    // the text's capitalised runs are read once for every acronym (a scan per acronym is quadratic on a long page)
    capitalRuns ??= runsOf(text, Math.max(0, bodyStart));
    const first = acr[0]!;
    for (const h of capitalRuns) {
      if (!h.ws.some((w) => w[0] === first)) continue;
      const ws = h.ws;
      // the run may hold more before the name ("Officials at the National Weather Service"): try each start
      for (let k = 0; k + 1 < ws.length; k++) {
        if (ACRONYM_SKIPS.test(ws[k]!)) continue;
        const rest = ws.slice(k);
        const fits = words(acr).length === 1 ? abbreviates(acr, rest) || initials(rest.join(" ")) === acr : shortForm(words(acr), rest);
        if (!fits) continue;
        const start = h.index + h.text.indexOf(rest.join(" ").split(" ")[0]!, ws.slice(0, k).join(" ").length);
        const end = h.index + h.text.length;
        if (d.mentions.some((m) => m.start < end && start < m.end)) return;
        const nm = readMention(text, start, end, undefined, false);
        if (!nm.name || nm.name.split(/\s+/).length < 2) return;
        d.mentions.push(nm);
        of.set(nm, d);
        indexMention(nm, d);
        return;
      }
    }
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
    if (!nm.name || isJunkName(nm.name) || isHeadlineRun(nm.name)) return null;
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
    if (ws.length === 1) keys.push("init:" + name, "last:" + name, ...(ownHead ? ["word:" + name] : []), "first:" + name);
    // a longer name found after its short form ("Harlow" then "Harlow Motors", "Kerry" then "John Kerry")
    else keys.push("single:" + ws[0], "single:" + ws[ws.length - 1], "first:" + ws[0], ...(ws.length === 2 ? ["tail:" + name] : []));
    for (const k of keys) {
      // a surname joins only a person
      const d = index.get(k)?.find((c) => (!k.startsWith("last:") || ownHead || c.mentions.some((o) => isP(o))) && (!k.startsWith("first:") || ws.length > 1 || c.mentions.some((o) => isP(o))) && c.mentions.some((o) => o.name && sameName(o.name, name, isP(o), isP(m)) && kindCompatible(o, m)));
      if (d) return d;
    }
    return undefined;
  }
}

/** Verbs of bidding that open an imperative sentence, capitalised as its first word. */
const IMPERATIVE = /^(?:Give|Take|Make|Get|Keep|Put|Try|Use|Check|Find|Look|See|Read|Click|Visit|Watch|Buy|Join|Sign|Follow|Share|Tell|Ask|Remember|Imagine|Consider|Stop|Start|Bring|Send|Pay|Save|Turn|Pick|Choose|Write|Call|Contact|Email|Text|Listen)$/;

/** Name, kind and description of a draft from its mentions (again after mentions are added). */
export function finishDraft(d: SourceDraft): void {
  {
    const namedMs = d.mentions.filter((m) => m.name);
    const person = d.mentions.some((m) => isPersonish(m) || m.pronoun === "he" || m.pronoun === "she");
    const pronoun = d.mentions.some((m) => m.pronoun === "he" || m.pronoun === "she");
    const titled = d.mentions.some((m) => m.titled);
    if (namedMs.length) {
      // persons: the fullest name; bodies: the name with most capitalised words, first seen
      // a name run into a headline or a greeting ("Fuck ESPN", "Desiring God") is never shown when a clean one is there
      // nor one a verb or a conjunction runs into ("Says Jane Roe", "Whether Springfield")
      const clean = namedMs.filter((m) => !isHeadlineRun(m.name!) && !isJunkName(m.name!) && !hasRunInLead(m.name!));
      const pick = longestNamesFirst(clean.length ? clean : namedMs)[0]!;
      d.name = pick.name!;
      const descs0 = namedMs.map((m) => m.description).filter((x): x is string => !!x && !/^[\d\s,;]+$/.test(x));
      d.description = descs0.length ? descs0.sort((a, b) => b.length - a.length)[0]! : null;
      const bodyLike = d.mentions.some((m) => m.relative === "which") || /\s(?:Without|For|Of|And|Against|On|In|To|The|for|of|and|&)\s/.test(d.name);
      // a mention whose own words name a body outweighs a name that only looks like a person's
      // ("The Crown Prosecution Service's Alison Levitt": the body whose person she is says nothing of her kind)
      const ownName = (m: Mention) => (m.name && new RegExp(`[’']s\\s+${m.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`).test(m.phrase ?? m.text) ? m.name : m.phrase ?? m.text);
      const bodyWords = d.mentions.some((m) => m.name && !m.titled && !roleBefore(m) && !(OWNER_BODY.test(m.head) && d.mentions.some((o) => o !== m && isPersonish(o))) && ["media", "government", "organization", "armed-group"].includes(kindOf([ownName(m)], true, false, false)));
      const personal = titled || (person && !bodyLike && !bodyWords);
      // "the Romney campaign", "Roe's lawyers" speak for a person named elsewhere: their body word says nothing of the kind
      const own = person ? d.mentions.filter((m) => !OWNER_BODY.test(m.head)) : d.mentions;
      d.kind = kindOf((own.length ? own : d.mentions).map((m) => ownName(m)), true, pronoun && !bodyLike && !bodyWords, personal);
      if (bodyLike && (d.kind === "person" || d.kind === "unknown")) d.kind = "organization";
      // "The Northern Front, a rebel group, said": what the article calls it outweighs a name's look
      // what a "who" clause says ("who heads the Alliance, a group that ...") is of a person, not a body
      const descs = namedMs.filter((m) => m.relative !== "who" && !(person && OWNER_BODY.test(m.head))).map((m) => m.description).filter((x): x is string => !!x && !/^\d+$/.test(x.trim()));
      // only a description headed by a body word: "a rebel group", not "the ministry's spokesman"
      // (a possessive body before the name, "the Crown Prosecution Service's", is whose person it is, not what it is)
      const bodyDescs = descs.filter((x) => !/[’']s$/.test(x.split(";")[0]!.trim())).filter((x) => {
        const h = bare(x.split(";")[0]!.split(/\s(?:of|for|at|in|with|from|on|that|who|which)\s/)[0]!.trim().split(/\s+/).pop() ?? "");
        const k = headKind(h);
        return k !== null && k !== "person" && k !== "anonymous" && !isRoleNoun(h);
      });
      const told = bodyDescs.length ? kindOf(bodyDescs, false, false, false) : "unknown";
      // "the United Nations humanitarian office": an office of an international body is no government's
      const international = told === "government" && isInternationalBody(d.name);
      if (!titled && !pronoun && !international && told !== "unknown" && told !== "person" && told !== "anonymous") d.kind = told;
      shapeKind(d, titled, pronoun, bodyLike);
      if (d.kind === "unknown" && words(d.name).length >= 2 && /^[\p{Lu}][\p{Ll}]/u.test(d.name) && !d.name.split(/\s+/).some((w) => NP_STOP.has(w.toLowerCase())))
        d.kind = "person";
    } else if (d.mentions.length && d.mentions.every((m) => m.pronoun === "i")) {
      // the writer: a person, named as the reader knows them
      d.name = WRITER;
      d.kind = "person";
    } else {
      const heads = d.mentions.filter((m) => !m.pronoun).map((m) => m.head);
      const body = kindOf(d.mentions.map((m) => m.text), false, pronoun, false);
      const someone = heads.some((h) => ANONYMOUS_HEADS.has(h) || PERSON_NOUNS.has(h));
      d.kind = someone ? "anonymous" : body;
      // "the report", "a new poll": a document or data says it, no body ("the automaker" is a company's)
      if (heads.length && heads.every((h) => DOCUMENT_WORDS.has(h) || DATA_WORDS.has(h) || isDataThing(h))) d.kind = "unknown";
      // "the automaker", "the paper", "two companies": the head's kind as a body
      else if ((d.kind === "anonymous" || d.kind === "unknown") && heads.some((h) => ROLE_KIND[h] || ROLE_KIND[h.replace(/(?:ies)$/, "y").replace(/s$/, "")])) {
        const h = heads.find((x) => ROLE_KIND[x] || ROLE_KIND[x.replace(/(?:ies)$/, "y").replace(/s$/, "")])!;
        d.kind = ROLE_KIND[h] ?? ROLE_KIND[h.replace(/(?:ies)$/, "y").replace(/s$/, "")]!;
      }
      else if (heads.some((h) => isPersonWord(h))) d.kind = "anonymous";
      else if (d.kind === "anonymous") {
        // "teachers unions", "the two companies": unnamed bodies are of their head's kind
        const k = heads.map((h) => headKind(h)).find((x) => x !== null && x !== "person" && x !== "anonymous");
        if (k) d.kind = k;
      }
      if (d.kind === "unknown" || d.kind === "person") d.kind = heads.some((h) => DOCUMENT_WORDS.has(h) || DATA_WORDS.has(h) || isDataThing(h)) ? "unknown" : "anonymous";
    }
  }
}

/**
 * The kind a name's own shape and the article's words about it give, where the lexicon found
 * none or only a person's look: a country speaks as its government, "X officials" speak for the
 * body X, a site's address is a site, "Mercury Research" and "AT&T" are companies, an acronym is a
 * body, and a lone name is a person only when the article says so ("Cristian, an activist", "he").
 */
function shapeKind(d: SourceDraft, titled: boolean, pronoun: boolean, bodyLike: boolean): void {
  if (titled || pronoun) return;
  const name = d.name;
  const weak = d.kind === "unknown" || d.kind === "person" || d.kind === "anonymous";
  // "Republicans", "Americans", "Christians": the people of a party, a nation or a faith
  if (/^\p{Lu}\p{Ll}+s$/u.test(name) && isAdjectiveOfPeople(name.slice(0, -1))) d.kind = "anonymous";
  else if (isCountry(name) || (weak || d.kind === "organization") && isGovernmentName(name)) d.kind = "government";
  else if (isBroadcaster(name)) d.kind = "media";
  else if (isDocumentName(name)) d.kind = "unknown";
  else if (isWebsite(name) || (weak && hasPaperWord(name))) d.kind = "media";
  // "Bank of America" is a company: only a country's bank is its central bank
  else if (d.kind === "government" && /^(?:the\s+)?Bank of (\S+)/.test(name) && !isCountry(/Bank of (\S+)/.exec(name)![1]!)) d.kind = "organization";
  // "Acme Power officials", "Acme's spokesman": the body speaks (a person named so stays a person)
  else if (d.mentions.some((m) => m.spokes) && weak && !d.mentions.some((m) => !m.spokes && isPersonish(m))) d.kind = "organization";
  else if (!weak) return;
  else if (hasCompanyWord(name)) d.kind = "organization";
  else if (d.mentions.some((m) => m.name && /^\p{Lu}[\p{Lu}\p{N}&.-]{1,7}$/u.test(words(m.name).pop() ?? "") && !/^\p{Lu}\.$/u.test(m.name))) d.kind = "organization";
  else if (d.mentions.some((m) => m.relative === "who") && !bodyLike) d.kind = "person";
  else if (d.kind === "unknown" && words(name).length === 1) d.kind = personSaid(d) ? "person" : "organization";
}

/** Does a role stand right before the name in its phrase ("study co-author Jane Roe")? */
function roleBefore(m: Mention): boolean {
  if (!m.name) return false;
  const before = m.text.slice(0, Math.max(0, m.text.lastIndexOf(m.name))).trim().split(/\s+/).pop() ?? "";
  const w = before.toLowerCase();
  const k = headKind(w);
  return !!w && (k === null || k === "person" || k === "anonymous") && !COMPANY_NOUNS.has(w) && (PERSON_NOUNS.has(w) || TITLES.has(w) || isPersonWord(w) || isRoleNoun(w));
}

/** Does the article call the source a person: a role or person noun in what it says of it ("a transgender activist", "my friend")? */
function personSaid(d: SourceDraft): boolean {
  const split = (x: string) => x.toLowerCase().split(/[^\p{L}.-]+/u).filter(Boolean);
  const personal = (w: string, loose: boolean) => PERSON_NOUNS.has(w) || TITLES.has(w) || isPersonWord(w) || (loose && isRoleNoun(w));
  // "IT services provider Digia", "the company's own site": a company noun says it is a body
  if (d.mentions.some((m) => [...split(m.description ?? ""), ...split(m.lead ?? "")].some((w) => COMPANY_NOUNS.has(w)))) return false;
  return d.mentions.some((m) => {
    const before = m.name ? m.text.slice(0, Math.max(0, m.text.lastIndexOf(m.name))) : "";
    return m.relative === "who" || [...split(m.description ?? ""), ...split(before)].some((w) => personal(w, true)) || split(m.lead ?? "").slice(-1).some((w) => personal(w, false));
  });
}

/** Is the head of an unnamed speaker's phrase a person, a body, a group, a document or data ("officials", "the company", "critics", "the report")? */
function speakerHead(last: string, ws: string[], capital = true, loose = true): boolean {
  // "his surrogates", "her ex-wife": someone of a person's
  // (not a faculty or a thing of theirs: "my instincts", "their answers", "her ideas")
  if (/^(?:his|her|their|its|my|our)$/i.test(ws[0] ?? "") && ws.length <= 3 && !/(?:ive|al|ous|ic|ful|less|able|ible)$/.test(last) && !THINGS_OF_A_PERSON.test(bare(last))) return true;
  // "a recent survey of voter lists": the head stands before "of"
  const of = ws.findIndex((w, k) => k > 0 && w === "of");
  if (of > 0 && speakerHead(ws[of - 1]!, ws.slice(0, of), capital, loose)) return true;
  const h = bare(last).replace(/^ex-/, "");
  const k = headKind(h);
  return (
    k !== null || PERSON_NOUNS.has(h) || ANONYMOUS_HEADS.has(h) || TITLES.has(h) || (loose && isRoleNoun(h)) || isPersonWord(h) || DOCUMENT_WORDS.has(h) || DATA_WORDS.has(h) ||
    isDataThing(h) || COMPANY_NOUNS.has(h) || /^\d+-year-olds?$/.test(h) || isAdjectiveOfPeople(h.replace(/s$/, "")) || (capital && ws.length > 1 && /^\p{Lu}/u.test(last) && !isJunkName(last))
  );
}

/** "Some", "Others", "Many", "the two", "most of them": a quantifier that stands for a group of people. */
function isQuantifierGroup(ws: string[]): boolean {
  const q = ws.filter((w) => !/^(?:the|a|an|of|them|those|these|us)$/i.test(w));
  return q.length >= 1 && q.length <= 2 && isQuantifier(q[0]!) && !/^(?:more|neither|either|each|another|other)$/i.test(q[0]!) && (q.length === 1 || isQuantifier(q[1]!));
}

/** The name of an unnamed source: its phrase without the words that open it ("That's why former officials" -> "former officials"). */
function unnamedName(text: string): string {
  const ws = words(text);
  while (ws.length > 1 && isFunctionWord(ws[0]!) && !/^\p{Lu}{2,}$/u.test(ws[0]!) && !isQuantifier(ws[0]!) && !/^(?:his|her|their|its|my|our|one)$/i.test(ws[0]!)) ws.shift();
  return ws.join(" ");
}

/** The words of a text that tell a common word from a name: its lower-case words, and the capitalised words it writes mid-sentence. */
type TextWords = { lower: Set<string>; midCaps: Set<string> };

/** Read a text's lower-case words (whole, not inside an address or a file name) and its capitalised words after a lower-case word, a comma or a semicolon. */
function wordsOf(text: string): TextWords {
  const lower = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.@/#-])(\p{Ll}+)(?![\p{L}\p{N}@/-]|\.\p{L})/gu)) lower.add(m[1]!);
  const midCaps = new Set<string>();
  for (const m of text.matchAll(/[\p{Ll},;] +(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu)) midCaps.add(m[1]!);
  return { lower, midCaps };
}

/** A run of capitalised words ("the National Weather Service"): where it starts, its text and its words. */
type CapitalRun = { index: number; text: string; ws: string[] };

/** The runs of one to nine capitalised words (joined by "of", "for", "and", ...) at or after `from`. */
function runsOf(text: string, from: number): CapitalRun[] {
  const out: CapitalRun[] = [];
  const run = /\p{Lu}[\p{L}’'&.-]*(?:[ ]+(?:(?:of|for|and|the|on|in|de|du|&)[ ]+)*\p{Lu}[\p{L}’'&.-]*){1,8}/gu;
  for (let h = run.exec(text); h; h = run.exec(text)) if (h.index >= from) out.push({ index: h.index, text: h[0], ws: words(h[0]) });
  return out;
}
