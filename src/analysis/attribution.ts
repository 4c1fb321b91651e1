/**
 * Attribution: cues (said, told, according to, ...), the speaker's phrase and the content,
 * in every order news English uses them.
 *
 *   SPEAKER CUE (that) CONTENT.          Kerry said that a deal was near.
 *   CONTENT, SPEAKER CUE.                A deal is near, the agency said.
 *   "QUOTE," SPEAKER CUE / CUE SPEAKER.  "It is done," said Kerry.
 *   CONTENT, according to SPEAKER.       According to SPEAKER, CONTENT.
 *   ..., saying/adding (that) CONTENT    the subject or the clause's speaker says it
 *   SPEAKER, who ..., CUE CONTENT        relative clauses and appositions are skipped
 */
import { ADDRESSEE_VERBS, NP_STOP, PARTICIPLES, PRONOUNS, QUOTE_ONLY_VERBS, SPEECH_VERBS, TITLES, WEAK_VERBS } from "./lexicon.js";
import { nameOf, phraseAfter, phraseBefore, skipFillersBack, skipFillersFwd, type NounPhrase } from "./noun-phrase.js";
import { quoteAt, type Quote, type Sentence } from "./segment.js";
import { countWords, isCap, lowerOf, type Token, tokenize, trimSpan } from "./text.js";
import { headKind, isRoleNoun, isSpeakerPhrase } from "./speaker.js";
import { partitionPoint } from "./search.js";

/** A speaker's phrase as found next to a cue. */
export type SpeakerSpan = {
  /** Offset of the phrase. */
  start: number;
  /** End offset of the phrase. */
  end: number;
  /** An apposition or relative clause said of it (", which relies on ..."), as a span. */
  aside?: [number, number];
};

/** An attribution before sources are merged. */
export type RawClaim = {
  /** Content span. */
  start: number;
  end: number;
  /** The cue as written and where. */
  cue: string;
  cueStart: number;
  /** Who (a phrase, or several for "X and Y"), or the index of an earlier claim whose speaker this shares. */
  speakers: SpeakerSpan[];
  sameAs?: number;
  /** A direct quotation. */
  direct: boolean;
  /** The sentence index. */
  sentence: number;
};

/** The fewest words a reported content needs (shorter ones are objects: "claimed both attacks"). */
const MIN_CONTENT_WORDS = 3;
/** Quote share of a content that makes it a direct quotation. */
const DIRECT_SHARE = 0.5;
/** Prepositions that open an adverbial after a cue ("said in a statement", "told reporters on"). */
const ADVERBIAL_PREPS = new Set("in on at during after before from to with via through over while by amid of".split(" "));
/** A lower-case word that may title a name ("attorney", "spokeswoman"). */
const ROLE_OK = (w: string) => TITLES.has(w) || isRoleNoun(w) || headKind(w) === "person";
/** A name of one to three capitalised words, a colon, and a quotation opening. */
const COLON_QUOTE = /^((?:\p{Lu}[\p{L}’'.-]*)(?:\s\p{Lu}[\p{L}’'.-]*){0,2}):\s*["“‘']/u;
/** A quotation followed by a dash and a name (and maybe ", what they are"), the whole sentence. */
const SIGNED_QUOTE = /[”"]\s*[―—]{1,2}\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})(,[^”"]{0,80})?\s*$/u;
/** Weak cues whose object is what was said ("urged supporters to vote", "noted the rule", "pledged to fight"). */
const OBJECT_CUES = new Set("noted notes noting urged urges urging pledged pledges pledging promised promises vowed vows warned warns mentioned mentions suggested suggests predicted predicts".split(" "));
/** A party tag after a lawmaker's name: "R-Ky.", "D-N.Y." */
const PARTY_TAG = /^[RDI]-[A-Z][\p{L}.]*$/u;
/** Words that cannot follow a cue of saying as the start of its content. */
const NOT_CONTENT_START = new Set(["by", "for", "of", "as", "and", "or", "than", "so", "up", "off", "out"]);
/** "said nothing about", "said little on": no content follows. */
const SAID_NOTHING = /^(?:nothing|little|much|anything)$/;



/**
 * Any cue word of the claim loop (a speech verb, "according"): a sentence without one has no
 * claim to find. \b is looser than our tokens (it also matches inside "well-said"), never stricter.
 */
const CUE_WORD = new RegExp(`\\b(?:${[...SPEECH_VERBS, "according"].sort((a, b) => b.length - a.length).join("|")})\\b`, "i");

function isQuoteMark(t: Token | undefined): boolean {
  return !!t && !t.word && /["“”«»]/.test(t.text);
}

/** Is a content span a direct quotation (mostly quoted, or holding a quote of 3+ words)? */
export function isDirect(text: string, start: number, end: number, qs: Quote[]): boolean {
  const total = countWords(text, start, end);
  if (!total) return false;
  let quoted = 0;
  let longest = 0;
  // quotations are sorted and do not overlap: start at the first one ending after the span starts
  const lo = partitionPoint(qs.length, (i) => qs[i]!.end <= start);
  for (let k = lo; k < qs.length && qs[k]!.start < end; k++) {
    const q = qs[k]!;
    const w = countWords(text, Math.max(q.start, start), Math.min(q.end, end));
    quoted += w;
    longest = Math.max(longest, w);
  }
  return quoted / total >= DIRECT_SHARE || longest >= 3;
}

/** Tidy a content span: trim spaces, a trailing comma/period outside quotes, a leading "that". */
function content(text: string, start: number, end: number): [number, number] {
  let [s, e] = trimSpan(text, start, end, " \t\n,;:—–-");
  const dateline = /^\p{Lu}[\p{Lu} .,'’]+\s*[—―–-]{1,2}\s*/u.exec(text.slice(s, Math.min(e, s + 60)));
  if (dateline) s += dateline[0].length;
  while (e > s && /[.,;:]/.test(text[e - 1]!) && !/["”]/.test(text[e - 2] ?? "")) e--;
  [s, e] = trimSpan(text, s, e, " \t\n,;:—–-");
  return [s, e];
}

/** Find the attributions of one sentence. */
export function sentenceClaims(text: string, sent: Sentence, qs: Quote[], out: RawClaim[]): void {
  const inQuote = (t: Token) => !!quoteAt(qs, t.start);
  let clauseFrom = 0; // content of a content-first claim starts here
  const first = out.length;
  // "\u201c...\u201d \u2015 Jane Roe": a quotation signed with a dash
  const signed = SIGNED_QUOTE.exec(text.slice(sent.start, sent.end));
  if (signed) {
    const q = quoteAt(qs, sent.start);
    const nameStart = sent.start + signed.index + signed[0].length - signed[1]!.length - (signed[2]?.length ?? 0);
    if (q && q.start === sent.start) {
      out.push({ start: q.start, end: q.end, cue: signed[0].trim()[0] === "" ? "" : text.slice(q.end, nameStart).trim(), cueStart: q.end + (text.slice(q.end, nameStart).length - text.slice(q.end, nameStart).trimStart().length), speakers: [{ start: nameStart, end: nameStart + signed[1]!.length }], direct: true, sentence: sent.index });
      return;
    }
  }
  // "Jane Roe: \u201c...\u201d" (headlines, interview transcripts): a name, a colon, a quotation
  const colon = COLON_QUOTE.exec(text.slice(sent.start, Math.min(sent.end, sent.start + 60)));
  if (colon) {
    const q = quoteAt(qs, sent.start + colon[0].length - 1);
    if (q && q.start === sent.start + colon[0].length - 1) {
      out.push({ start: q.start, end: Math.min(q.end, sent.end), cue: ":", cueStart: sent.start + colon[1]!.length, speakers: [{ start: sent.start, end: sent.start + colon[1]!.length }], direct: true, sentence: sent.index });
      return;
    }
  }
  // only a cue word starts a claim: a sentence without one is not even tokenised
  if (!CUE_WORD.test(text.slice(sent.start, sent.end))) return;
  // tokens made here die young; caching them for every sentence cost more in garbage collection than it saved
  const toks = tokenize(text, sent.start, sent.end);
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (!t.word || inQuote(t)) continue;
    const w = lowerOf(t);
    if (w === "according" && lowerOf(toks[i + 1]) === "to") {
      accordingTo(i);
      continue;
    }
    if (!SPEECH_VERBS.has(w)) continue;
    if (PARTICIPLES.has(w) && (toks[i - 1]?.text === "," || /^(?:from|by|after|before|while|without|when)$/.test(lowerOf(toks[i - 1])))) {
      participle(i);
      continue;
    }
    verb(i);
  }

  function push(c: Omit<RawClaim, "sentence">): void {
    if (c.end <= c.start) return;
    if (countWords(text, c.start, c.end) < MIN_CONTENT_WORDS && !isDirect(text, c.start, c.end, qs)) return;
    out.push({ ...c, sentence: sent.index });
  }

  function span(np: NounPhrase, aside?: [number, number]): SpeakerSpan {
    return { start: toks[np.from]!.start, end: toks[np.to - 1]!.end, ...(aside ? { aside } : {}) };
  }

  /** Content after token index j to the sentence end (a quote right after: the quote). */
  function contentAfter(j: number): [number, number] | null {
    if (j >= n) return null;
    const q = quoteAt(qs, toks[j]!.start);
    if (q && q.start === toks[j]!.start && q.end >= sent.end - 2) return [q.start, Math.min(q.end, sent.end)];
    return content(text, toks[j]!.start, sent.end);
  }

  /** Content before token index j (the comma before the speaker), from the clause start. */
  function contentBefore(j: number): [number, number] | null {
    let end = j;
    while (end > clauseFrom && !toks[end - 1]!.word && !isQuoteMark(toks[end - 1])) end--;
    if (end <= clauseFrom) return null;
    const endOff = toks[end - 1]!.end;
    const q = quoteAt(qs, endOff - 1);
    if (q && q.end === endOff) return [q.start, q.end]; // a quotation may open paragraphs before
    return content(text, toks[clauseFrom]!.start, endOff);
  }

  function accordingTo(i: number): void {
    const np = phraseAfter(toks, i + 2, n);
    if (!np || !isSpeakerPhrase(text, toks, np)) return;
    const speakers = coordinated(np);
    const last = speakers.length ? speakers[speakers.length - 1]! : np;
    const atStart = i === clauseFrom || (i === clauseFrom + 1 && /^(?:but|and)$/.test(lowerOf(toks[clauseFrom])));
    let c: [number, number] | null;
    if (atStart) {
      let j = last.to;
      while (j < n && toks[j]!.text !== ",") j++;
      c = contentAfter(j + 1);
    } else c = contentBefore(i);
    if (c) push({ start: c[0], end: c[1], cue: "according to", cueStart: t0(i), speakers: speakers.map((s) => span(s)), direct: isDirect(text, c[0], c[1], qs) });
    clauseFrom = Math.min(n, last.to);
  }

  function t0(i: number): number {
    return toks[i]!.start;
  }

  /** "X and Y" after "according to": two speakers when both are named. */
  function coordinated(np: NounPhrase): NounPhrase[] {
    const out = [np];
    let cur = np;
    while (lowerOf(toks[cur.to]) === "and") {
      const next = phraseAfter(toks, cur.to + 1, n);
      if (!next || !hasName(next) || !hasName(cur)) break;
      out.push(next);
      cur = next;
    }
    return out;
  }

  function hasName(np: NounPhrase): boolean {
    for (let k = np.from; k < np.to; k++) if (isCap(toks[k]!.text) && !/^(?:the|a|an)$/i.test(toks[k]!.text)) return true;
    return false;
  }

  function participle(i: number): void {
    const j = lowerOf(toks[i + 1]) === "that" ? i + 2 : i + 1;
    const c = contentAfter(j);
    if (!c) return;
    // the speaker: the last claim of this sentence, or the clause's subject
    const prev = out.length > first ? out.length - 1 : -1;
    // the claim before ends where the participle begins: "said X, arguing that Y"
    if (prev >= 0 && out[prev]!.end > toks[i]!.start && out[prev]!.start < toks[i]!.start) {
      // "..., aside from saying ...": cut at the comma that opens the participle's phrase
      let k = i - 1;
      while (k > 0 && toks[k]!.text !== "," && i - k <= 4) k--;
      const cut = toks[k]!.text === "," && toks[k]!.start > out[prev]!.start ? toks[k]!.start : toks[i - 1]!.start;
      out[prev]!.end = trimSpan(text, out[prev]!.start, cut)[1];
    }
    if (prev >= 0) {
      push({ start: c[0], end: c[1], cue: toks[i]!.text, cueStart: t0(i), speakers: [], sameAs: prev, direct: isDirect(text, c[0], c[1], qs) });
      return;
    }
    const subj = subject();
    if (!subj) return;
    push({ start: c[0], end: c[1], cue: toks[i]!.text, cueStart: t0(i), speakers: [span(subj)], direct: isDirect(text, c[0], c[1], qs) });
  }

  /** The sentence's subject: a name or pronoun at its start, followed by a lower-case verb. */
  function subject(): NounPhrase | null {
    let s = 0;
    if (/^(?:but|and|so|yet|still)$/.test(lowerOf(toks[0]))) s = 1;
    // "During a speech on Monday, Trump attacked ...": the subject follows an opening adverbial
    if (/^(?:during|in|on|at|after|before|since|with|heading|speaking|asked|earlier|later|last|this|meanwhile|however|still|yet)$/.test(lowerOf(toks[s]))) {
      let k = s;
      while (k < n && k < s + 15 && toks[k]!.text !== ",") k++;
      if (toks[k]?.text === ",") s = k + 1;
    }
    const np = phraseAfter(toks, s, n);
    if (!np || np.to - np.from > 6) return null;
    let after = np.to;
    if (toks[after]?.text === ",") {
      // "Jane Roe, the mayor, said": skip one apposition
      let k = after + 1;
      while (k < n && k <= after + 10 && toks[k]!.text !== ",") k++;
      if (toks[k]?.text === ",") after = k + 1;
    }
    const next = toks[after];
    if (!next || !next.word || isCap(next.text)) return null;
    if (!isSpeakerPhrase(text, toks, np)) return null;
    const w = lowerOf(toks[np.from]);
    const knownHead = headKind(lowerOf(toks[np.to - 1]).replace(/[’']s$/, "")) !== null;
    if (!nameOf(toks, np) && !(np.to - np.from === 1 && (w === "he" || w === "she" || w === "they")) && !knownHead) return null;
    return np;
  }

  function verb(i: number): void {
    const cue = toks[i]!;
    const w = lowerOf(cue);
    if (lowerOf(toks[i + 1]) === "by") return; // passive: "claimed by"
    if (/^(?:to|will|would|could|should|might|must|may|can)$/.test(lowerOf(toks[i - 1])) && !/ed$/.test(w) && w !== "said") {
      // "declined to say", "will announce": not yet said, unless what follows is a that-clause
      if (lowerOf(toks[i + 1]) !== "that") return;
    }
    // "pointed out (that)": a cue of two words; "point" alone is no cue
    if (/^point/.test(w) && lowerOf(toks[i + 1]) !== "out") return;
    const weak = WEAK_VERBS.has(w) || QUOTE_ONLY_VERBS.has(w);
    const quoteOnly = QUOTE_ONLY_VERBS.has(w);
    const calling = /^call/.test(w);
    const accusing = /^accus/.test(w);
    // the speaker before the cue
    let b = skipFillersBack(toks, i - 1, clauseFrom);
    if (/ing$/.test(w) && /^(?:is|are|was|were|isn’t|isn't|aren't|wasn't|been)$/.test(lowerOf(toks[b]))) b = skipFillersBack(toks, b - 1, clauseFrom);
    // "Sen. Jane Roe (D-Ky.) said": skip a parenthesis after the name
    if (b > clauseFrom && toks[b]!.text === ")") {
      let k = b - 1;
      while (k > clauseFrom && toks[k]!.text !== "(") k--;
      if (toks[k]?.text === "(" && b - k <= 8) b = skipFillersBack(toks, k - 1, clauseFrom);
    }
    let aside: [number, number] | undefined;
    let before: NounPhrase | null = null;
    let phraseFrom = -1; // where the speaker's whole phrase starts, appositions included
    if (b > clauseFrom && toks[b]!.text === "who" && !isQuoteMark(toks[b - 1])) {
      // "Republicans, who say the senator lacks experience": the phrase before "who" speaks
      const e = toks[b - 1]!.text === "," ? b - 2 : b - 1;
      const np = e >= clauseFrom ? phraseBefore(toks, e, clauseFrom) : null;
      if (np && isSpeakerPhrase(text, toks, np)) {
        before = np;
        phraseFrom = b + 1; // nothing before the cue is content
      }
    } else if (b >= clauseFrom && /^(?:and|but)$/.test(lowerOf(toks[b])) && b > clauseFrom) {
      // "X did this and said ...": the sentence's subject speaks
      const subj = subject();
      if (subj && subj.to <= b) {
        before = subj;
        phraseFrom = b + 1; // the content follows the cue; nothing before it is content
      }
    } else if (b >= clauseFrom && toks[b]!.word) before = phraseBefore(toks, b, clauseFrom);
    else if (b >= clauseFrom && toks[b]!.text === "," && partyTagBefore(b) >= 0) {
      // "Jane Roe, R-Ky., said": a party tag in commas
      const k = partyTagBefore(b);
      before = phraseBefore(toks, k - 1, clauseFrom);
      if (before) phraseFrom = before.from;
    } else if (b >= clauseFrom && toks[b]!.text === ",") {
      // "X, who ..., said" / "X, the agency's head, said"
      let k = b - 1;
      while (k >= clauseFrom && toks[k]!.text !== ",") k--;
      let opener = lowerOf(toks[k + 1]);
      // "Roe, 35, the daughter of ..., said": an age in commas before the apposition
      if (k > clauseFrom + 2 && /^\d{1,3}$/.test(toks[k - 1]?.text ?? "") && toks[k - 2]?.text === ",") k -= 2;
      // "Roe, a salesman from Sumter, South Carolina, says": a place in commas closing the apposition
      if (isCap(opener) || /^\p{Lu}/u.test(toks[k + 1]?.text ?? "")) {
        let k2 = k - 1;
        while (k2 > clauseFrom && toks[k2]!.text !== "," && k - k2 <= 14) k2--;
        if (toks[k2]?.text === "," && /^(?:a|an|the)$/i.test(toks[k2 + 1]?.text ?? "") && b - k <= 4) {
          k = k2;
          opener = lowerOf(toks[k + 1]);
        }
      }
      const relative = /^(?:who|which|whose)$/.test(opener);
      // "Jane Roe, of Springfield, Va., said": a place apposition may hold commas of its own
      if (!/^(?:of|from)$/.test(opener)) {
        let k2 = k - 1;
        while (k2 > clauseFrom && toks[k2]!.text !== "," && b - k2 <= 12) k2--;
        if (toks[k2]?.text === "," && /^(?:of|from)$/.test(lowerOf(toks[k2 + 1])) && isCap(toks[k2 - 1]?.text ?? "")) {
          k = k2;
          opener = lowerOf(toks[k + 1]);
        }
      }
      const apposition =
        b - k <= (relative ? 40 : 30) &&
        (/^(?:who|which|whose|a|an|the|\d+|its|his|her|their)$/.test(opener) ||
          (toks[k + 1]!.word && /[’']s$/.test(toks[k + 1]!.text)) ||
          (toks[k + 1]!.word && !isCap(toks[k + 1]!.text) && !NP_STOP.has(opener) && (isCap(toks[k - 1]?.text ?? "") || toks[k - 1]?.text === ")")));
      // "The state's campaign chairman, Jane Roe, said": the name in the commas speaks
      // the name may carry a lower-case title of its own ("The receiver, attorney Jane Roe, said")
      let nameFrom = k + 1;
      while (nameFrom < b && toks[nameFrom]!.word && !isCap(toks[nameFrom]!.text) && nameFrom - k <= 3 && ROLE_OK(lowerOf(toks[nameFrom]))) nameFrom++;
      const named = k > clauseFrom && b - nameFrom <= 4 && b - nameFrom >= 1 && toks.slice(nameFrom, b).every((x) => x.word && isCap(x.text)) && !isCap(toks[k - 1]?.text ?? "A");
      if (named) {
        const role = phraseBefore(toks, k - 1, clauseFrom);
        if (role && isSpeakerPhrase(text, toks, role)) {
          before = { from: nameFrom, to: b };
          phraseFrom = role.from;
          aside = [toks[role.from]!.start, toks[role.to - 1]!.end];
        }
      }
      if (!before && k > clauseFrom && apposition && !inQuote(toks[k + 1]!)) {
        let e = k - 1;
        if (toks[e]?.text === ")") {
          while (e > clauseFrom && toks[e]!.text !== "(") e--;
          e--;
        }
        const np = e >= clauseFrom ? phraseBefore(toks, e, clauseFrom) : null;
        if (np && isSpeakerPhrase(text, toks, np)) {
          before = np;
          phraseFrom = np.from;
          aside = [toks[k + 1]!.start, toks[b - 1]!.end];
        }
      }
      if (!before) {
        // inverted: "..., said Kerry" / "\"...,\" said the agency"
        const fwd = phraseAfter(toks, skipFillersFwd(toks, i + 1, n), n);
        if (fwd && !calling && !accusing && !/^describ/.test(w) && isSpeakerPhrase(text, toks, fwd) && endsClause(fwd.to)) {
          const c = contentBefore(b + 1);
          const who = namedAfterRole(fwd);
          const aside = who === fwd ? appositionAfter(fwd.to) : ([toks[fwd.from]!.start, toks[fwd.to - 1]!.end] as [number, number]);
          if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: [span(who, aside)], direct: isDirect(text, c[0], c[1], qs) });
          clauseFrom = who.to;
          return;
        }
        const subj = subject();
        if (subj && subj.to <= b) before = subj;
      }
    } else if (b >= clauseFrom && isQuoteMark(toks[b])) {
      // "\"...\" said Kerry." with no comma
      const fwd = phraseAfter(toks, skipFillersFwd(toks, i + 1, n), n);
      if (fwd && isSpeakerPhrase(text, toks, fwd) && endsClause(fwd.to)) {
        const c = contentBefore(b + 1);
        const who = namedAfterRole(fwd);
        const aside = who === fwd ? appositionAfter(fwd.to) : ([toks[fwd.from]!.start, toks[fwd.to - 1]!.end] as [number, number]);
        if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: [span(who, aside)], direct: true });
        clauseFrom = who.to;
        return;
      }
    }
    if (!before || !isSpeakerPhrase(text, toks, before)) return;
    const speaker = span(before, aside);
    // "Roe and Doe said": both speak
    let partner: NounPhrase | null = null;
    if (lowerOf(toks[before.from - 1]) === "and" && before.from - 2 >= clauseFrom && hasName(before)) {
      const other = phraseBefore(toks, before.from - 2, clauseFrom);
      if (other && hasName(other) && isSpeakerPhrase(text, toks, other)) {
        partner = other;
        if (phraseFrom === before.from) phraseFrom = other.from;
      }
    }
    const speakers = () => (partner ? [span(partner), speaker] : [speaker]);
    if (phraseFrom < 0) phraseFrom = before.from;
    // what follows the cue
    let j = /^point/.test(w) ? i + 2 : i + 1;
    if (calling || accusing) {
      if (lowerOf(toks[i - 1]) === "so" || lowerOf(toks[i - 1]) === "what" || /^(?:a|an)$/.test(lowerOf(toks[before.from]))) return; // "a group called X"
      let k = j;
      if (calling && /^(?:for|on)$/.test(lowerOf(toks[k]))) k++;
      if (accusing) {
        while (k < n && k < j + 8 && lowerOf(toks[k]) !== "of") k++;
        if (lowerOf(toks[k]) !== "of") return;
        k++;
      }
      const c = contentAfter(k);
      if (!c) return;
      // "called X \u201cY\u201d" needs the quote, unless a named person calls ("Roe called the plan a disaster")
      const named = toks.slice(before.from, before.to).some((t) => isCap(t.text) && !/^(?:the|a|an)$/i.test(t.text) && headKind(t.text.toLowerCase().replace(/[’']s$/, "")) === null);
      if (calling && !/^(?:for|on)$/.test(lowerOf(toks[j])) && !qs.some((q) => q.start >= c[0] && q.end <= c[1] + 1) && !(named && countWords(text, c[0], c[1]) >= 3)) return;
      push({ start: c[0], end: c[1], cue: text.slice(cue.start, toks[k - 1]!.end), cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
      openAfter(k);
      return;
    }
    let addressed = false;
    if (ADDRESSEE_VERBS.has(w)) {
      const addr = phraseAfter(toks, j, n);
      if (addr) {
        j = addr.to;
        addressed = true;
      }
    }
    // "urged supporters to monitor the polls": after the addressee, "to" opens what was urged
    if (!(addressed && lowerOf(toks[j]) === "to")) j = skipAdverbials(j);
    const next = toks[j];
    const speakerPreceded = phraseFrom > clauseFrom && (toks[phraseFrom - 1]!.text === "," || isQuoteMark(toks[phraseFrom - 1]));
    // a short quoted title after "on" or a possessive ("said on MSNBC's \u201cMorning Joe\u201d") is where, not what
    const titleQuote = !!next && isQuoteMark(next) && (quoteAt(qs, next.start)?.words ?? 99) < 5 && j > i + 1 && (ADVERBIAL_PREPS.has(lowerOf(toks[j - 1])) || /[’']s$/.test(toks[j - 1]?.text ?? ""));
    if (titleQuote) {
      // "told MSNBC's \u201cMorning Joe\u201d that ...": the content follows the title
      const q = quoteAt(qs, next!.start)!;
      const after = toks.findIndex((t) => t.start >= q.end);
      if (after > 0 && lowerOf(toks[after]) === "that") {
        const c = contentAfter(after);
        if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
        openAfter(after);
        return;
      }
      if (speakerPreceded) {
        const c = contentBefore(phraseFrom);
        if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
      }
      clauseFrom = n;
      return;
    }
    if (next && (lowerOf(next) === "that" || next.text === ":" || (isQuoteMark(next) && quoteAt(qs, next.start)?.start === next.start))) {
      const c = contentAfter(next.text === ":" ? j + 1 : j);
      if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
      openAfter(next.text === ":" ? j + 1 : j);
      return;
    }
    const quotePreceded = phraseFrom > clauseFrom && (isQuoteMark(toks[phraseFrom - 1]) || (toks[phraseFrom - 1]!.text === "," && isQuoteMark(toks[phraseFrom - 2])));
    // "Roe described the plan as reckless": a named person's description says it
    const describes = /^describ/.test(w) && toks.slice(j, Math.min(n, j + 12)).some((t) => lowerOf(t) === "as") && toks.slice(before.from, before.to).some((t) => isCap(t.text) && !/^(?:the|a|an)$/i.test(t.text) && headKind(t.text.toLowerCase().replace(/[’']s$/, "")) === null);
    if (quoteOnly && !describes && !quotePreceded && !(next && (next.text === ":" || isQuoteMark(next) || (next.text === "," && isQuoteMark(toks[j + 1]))))) return;
    if (next && next.text === "," && isQuoteMark(toks[j + 1]) && quoteAt(qs, toks[j + 1]!.start)?.start === toks[j + 1]!.start && !quotePreceded) {
      // "He says, \u201c...\u201d"
      const c = contentAfter(j + 1);
      if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
      clauseFrom = n;
      return;
    }
    // "The museum, Mr. Roe said, celebrated ...": the attribution sits inside the sentence
    if (speakerPreceded && !quotePreceded && next?.text === "," && j + 1 < n && toks[j + 1]!.word && !PARTICIPLES.has(lowerOf(toks[j + 1])) && !/^(?:and|but|who|which)$/.test(lowerOf(toks[j + 1]))) {
      const c: [number, number] = content(text, toks[clauseFrom]!.start, sent.end);
      if (countWords(text, toks[clauseFrom]!.start, toks[phraseFrom]!.start) >= 2) {
        push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
        openAfter(j + 1);
        return;
      }
    }
    // content after the cue when a clause follows it; else the content came before the speaker
    if (next && SAID_NOTHING.test(lowerOf(next)) && (/^(?:about|on|to|more|else|further)$/.test(lowerOf(toks[j + 1])) || (lowerOf(next) === "nothing" && lowerOf(toks[j + 1]) === "of"))) return;
    const clauseAfter = !!next && next.word && !NOT_CONTENT_START.has(lowerOf(next)) && !(ADDRESSEE_VERBS.has(w) && j === i + 1);
    // a short quoted title before the speaker ("on Fox's \u201cSunday Futures,\u201d Rep. Roe said ...") is no quotation of theirs
    const shortQuote = quotePreceded && (() => {
      const q = quoteAt(qs, toks[phraseFrom - 1]!.text === "," ? toks[phraseFrom - 2]!.start : toks[phraseFrom - 1]!.start);
      return !!q && q.words < 5;
    })();
    if ((quotePreceded && !(shortQuote && clauseAfter)) || (speakerPreceded && !quotePreceded && !clauseAfter)) {
      const c = contentBefore(phraseFrom);
      if (c) {
        // "\u201c...,\u201d Roe said, \u201c...\u201d": the quotation goes on after the cue
        if (quotePreceded && next?.text === "," && isQuoteMark(toks[j + 1])) {
          const q2 = quoteAt(qs, toks[j + 1]!.start);
          if (q2 && q2.start === toks[j + 1]!.start) {
            c[1] = q2.end;
            j = toks.findIndex((t) => t.start >= q2.end);
            if (j < 0) j = n;
          }
        }
        push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
      }
      clauseFrom = j;
      return;
    }
    // "reported about 200 injured": a weak cue followed by a figure reports it
    const figureNext = !!next && (/^\d/.test(next.text) || (/^(?:about|around|nearly|almost|some|more|at|up|as|over|roughly|an)$/i.test(lowerOf(next)) && /^(?:\d|least|than|to|many|estimated)/i.test(toks[j + 1]?.text ?? "")));
    // a weak cue ("noted", "urged", "pledged") takes an object of its own when a named person or a pronoun speaks
    // a name: a capitalised word that is no common noun ("Trump noted", not "Reporters asked")
    const capsIn = toks.slice(before.from, before.to).filter((t) => isCap(t.text) && !/^(?:the|a|an)$/i.test(t.text) && headKind(t.text.toLowerCase().replace(/[’']s$/, "")) === null).length;
    const personSpeaks = capsIn >= 1 || (before.to - before.from === 1 && /^(?:he|she)$/.test(lowerOf(toks[before.from])));
    const weakObject = weak && (!quoteOnly || describes) && personSpeaks && (OBJECT_CUES.has(w) || describes) && sent.end - (next?.start ?? sent.end) > 12;
    if (!next || !next.word || (weak && !figureNext && !weakObject) || NOT_CONTENT_START.has(lowerOf(next))) return;
    if (ADDRESSEE_VERBS.has(w) && j === i + 1) return; // "told" with nothing after it
    const c = contentAfter(j);
    if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
    openAfter(j);
  }

  /**
   * After a content that runs to the sentence end, a later cue may only start a new claim after a
   * coordinator (", but she denied ..."); the earlier content then ends before it.
   */
  function openAfter(j: number): void {
    clauseFrom = n;
    const claim = out.length > first ? out[out.length - 1]! : null;
    for (let k = j + 1; k < n; k++) {
      const t = toks[k]!;
      if (inQuote(t)) continue;
      const coord = t.text === ";" || (/^(?:but|and|while|although|though)$/.test(lowerOf(t)) && toks[k - 1]?.text === ",");
      if (!coord) continue;
      // a speaker and a cue within a few words after the coordinator
      for (let q = k + 1; q < n && q <= k + 8; q++) {
        if (!SPEECH_VERBS.has(lowerOf(toks[q])) && !(lowerOf(toks[q]) === "according")) continue;
        if (claim && claim.end > toks[k]!.start) {
          const cut = toks[k - 1]?.text === "," ? toks[k - 1]!.start : toks[k]!.start;
          claim.end = Math.max(claim.start, trimSpan(text, claim.start, cut)[1]);
        }
        clauseFrom = k + 1;
        return;
      }
    }
  }

  /** Skip "on Sunday", "in a statement", "to reporters" after a cue, up to a that-clause or comma. */
  function skipAdverbials(j: number): number {
    for (let guard = 0; guard < 4; guard++) {
      j = skipFillersFwd(toks, j, n);
      const w = lowerOf(toks[j]);
      if (!ADVERBIAL_PREPS.has(w)) return j;
      // "at least 20 people ...", "over 200 died": a figure, not an adverbial
      if (/^(?:least|most)$/.test(lowerOf(toks[j + 1])) || (/^(?:over|about|under|around)$/.test(w) && /^\d/.test(toks[j + 1]?.text ?? ""))) return j;
      // a short prepositional phrase: up to 6 words, ending before that/,/quote/end
      let k = j + 1;
      let count = 0;
      while (k < n && toks[k]!.word && lowerOf(toks[k]) !== "that" && count < 6) {
        k++;
        count++;
      }
      if (k < n && toks[k]!.word && lowerOf(toks[k]) !== "that") return j; // too long: content
      // "says at a campaign stop in Toledo, Ohio, that ...": a place in commas before the that-clause
      if (toks[k]?.text === ",") {
        for (let q = k + 1; q < n && q <= k + 4; q++) if (lowerOf(toks[q]) === "that" && toks[q - 1]!.text === ",") k = q;
      }
      j = k;
    }
    return j;
  }

  /** After an inverted speaker: only the sentence end, an apposition or an adverbial may follow. */
  function endsClause(k: number): boolean {
    const t = toks[k];
    if (!t) return true;
    return t.text === "," || t.text === "." || t.text === ";" || ADVERBIAL_PREPS.has(lowerOf(t)) || t.text === "(";
  }

  /** The comma before a party tag that ends at comma b ("Roe, R-Ky., said"), or -1. */
  function partyTagBefore(b: number): number {
    let k = b - 1;
    while (k > clauseFrom && k >= b - 4 && toks[k]!.text !== ",") k--;
    if (toks[k]?.text !== "," || k <= clauseFrom) return -1;
    return PARTY_TAG.test(text.slice(toks[k]!.end, toks[b]!.start).trim()) ? k : -1;
  }

  /** "said one resident, Jane Roe": the name after an inverted role speaks. */
  function namedAfterRole(np: NounPhrase): NounPhrase {
    if (hasName(np) || toks[np.to]?.text !== ",") return np;
    const name = phraseAfter(toks, np.to + 1, n);
    if (!name || !hasName(name) || name.to - name.from > 4) return np;
    if (!(toks[name.to] === undefined || /^[.,;]$/.test(toks[name.to]!.text))) return np;
    return name;
  }

  /** ", a spokesman for the agency" after an inverted speaker. */
  function appositionAfter(k: number): [number, number] | undefined {
    if (toks[k]?.text !== "," || !/^(?:a|an|the|who|which)$/.test(lowerOf(toks[k + 1]))) return undefined;
    let e = k + 1;
    while (e < n && toks[e]!.text !== "," && toks[e]!.text !== ".") e++;
    return [toks[k + 1]!.start, toks[e - 1]!.end];
  }
}

/** True when a sentence is a bare quotation: a quote with nothing but punctuation around it. */
export function bareQuote(text: string, sent: Sentence, qs: Quote[]): Quote | undefined {
  const q = quoteAt(qs, sent.start);
  if (!q || q.start !== sent.start) return undefined;
  const rest = text.slice(Math.min(q.end, sent.end), sent.end);
  return /^[\s.,!?”"]*$/.test(rest) ? q : undefined;
}

export { PRONOUNS };
