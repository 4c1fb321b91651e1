/**
 * Match-ups: two shares set against each other in one clause ("Vell leads Orrin 46 percent to
 * 39 percent", "a poll shows Vell with 46.2 percent to Orrin's 42.1 percent", "Orrin won,
 * 27.6 percent to 24.3 percent"). Each share belongs to one side: the first to the clause's
 * subject, the second to its object, to the possessor before it, or to the one named after it
 * ("40 percent for Orrin"). The pair's frame is then "the share of X", so two polls that give
 * one side different shares meet, and the two sides of one poll never do. Also here: one side's
 * share said alone in a sentence that names its poll (readShares), and count pairs ("Arland had
 * 568 firms to Bexia's 535", readCountPairs).
 */
import type { Frame } from "./frame.js";
import { isCap, lowerOf, type Token } from "./text.js";
import { FUNCTION } from "./frame-words.js";

/** Words that set a leader against a rival before the two shares. */
const LEAD = /^(?:leads?|leading|led|ahead|beats?|beat|beating|tops?|topped|topping|trounced|trounces|defeated|defeats|edges?|edged|edging|trails?|trailing|trailed|behind|over|won|wins|carried|carries|outpolls?|outpolled)$/;
/** Capitalised words that are not the names of sides: sentence openers, pronouns, days, months, titles. (Places are told by places.ts.) */
const NOT_A_SIDE = /^(?:the|a|an|in|on|at|but|and|or|so|yet|while|after|before|when|if|as|since|with|without|according|however|meanwhile|still|also|now|then|among|for|of|to|by|from|this|that|these|those|it|he|she|they|we|i|his|her|their|its|our|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|voters?|poll|polls|survey|senator|sen|rep|gov|governor|president|mr|mrs|ms|dr|secretary|former|vice)$/;
/** A word between the two shares of a match-up ("46 percent to 39 percent", "53-to-36"). */
const VERSUS = /^(?:to|versus|vs|against)$/;
/** Nouns of a poll or survey, whose name (the capitalised words before) is the voice of its shares. */
const POLL = /^(?:poll|polls|survey|surveys|tracking|average)$/;
/** Lower-case words that may follow a name in a match-up without making it a description. */
const AFTER_NAME = /^(?:in|by|among|with|on|at|for|and|of|to|nationally|now|still|again|head|now|percent|points?|\d.*)$/;
/** Other names of one country, so "America's 535" and "585 in the United States" are one side. */
const COUNTRY_ALIAS: [RegExp, string][] = [
  [/^(?:america|u\.?s\.?a?\.?|united states(?: of america)?)$/, "united states"],
  [/^(?:britain|great britain|u\.?k\.?|united kingdom)$/, "united kingdom"],
];
/** Words before a plural noun that make it a count's noun ("has more billionaires", "the number of firms"). */
const COUNTED_AFTER = /^(?:more|fewer|most|many|the|of|its|their|some|all|any|no|these|those|how)$/;
/** Verbs by which a side holds a share of a poll ("Vell had 45 percent support", "Vell was at 25 percent", "Vell has fallen to 27 percent"). */
/** Verbs by which a poll gives a side its share ("gives Delgado 44 percent", "puts Vell on 31 percent", "shows Orrin 40 percent"). */
const GIVES = /^(?:gives|gave|give|puts|put|shows|showed)$/;
const HOLDS = /^(?:had|has|have|got|gets|won|wins|drew|draws|received|receives|achieved|achieves|polled|polls|garnered|garners|earned|earns|at|to)$/;

/** Verbs by which a side gets a count set against another's ("received 12,084 votes to Whitaker's 10,951"). */
const GOT = /^(?:received|receives|won|wins|got|gets|polled|polls|took|takes|drew|draws|secured|secures|garnered|garners|collected|collects|earned|earns)$/;

/** Verbs by which respondents pick a side ("50 percent chose Vell while 40 percent chose Orrin"). */
const CHOSE = /^(?:chose|choose|chooses|picked|pick|picks|backed|back|backs|favored|favoured|favor|favour|favors|favours|preferred|prefer|prefers|supported|support|supports|selected|named)$/;

/** Verbs of a share's change, after which "to" gives its new level ("has fallen to 27 percent"). */
const CHANGED = /^(?:fallen|fell|risen|rose|climbed|dropped|slipped|jumped|surged|sunk|sank|grown|grew|gained|lost|slid|dipped|edged|inched|moved|crept)$/;

/** One side of a match-up: the name as an agent ("vell|vell"). */
function sideOf(t: Token): string {
  const w = t.text.replace(/['’]s$/, "").toLowerCase();
  return `${w}|${w}`;
}

/** The words of the sentence's places (set by readMatchups and readShares), read only when a side is first asked for. */
let placeWordsOf: () => Set<string> = () => new Set();
/** Those words, once read. */
let placeWords: Set<string> | null = null;

/** The words of some places. */
function wordsOfPlaces(places: string[]): Set<string> {
  return new Set(places.flatMap((p) => p.split(/\s+/)));
}

/** A capitalised word that may name a side: a name, not a function word, day, month, title or place. */
function isSide(t: Token | undefined): t is Token {
  if (!t || !t.word || !isCap(t.text) || /^\d/.test(t.text) || t.text.length < 2) return false;
  const w = t.text.replace(/['’]s$/, "").replace(/\.$/, "");
  placeWords ??= placeWordsOf();
  return !NOT_A_SIDE.test(w.toLowerCase()) && !placeWords.has(w);
}

/**
 * The last word of the run of names ending at or before index i, within [from, i]; an aside set
 * off by commas ("Vell, who was tied with Orrin in May, is now ahead") is stepped over.
 */
function nameBefore(toks: Token[], from: number, i: number): number {
  for (let x = i; x >= from; x--) {
    if (toks[x]!.text === ",") {
      // ", who ... ," before: jump over the relative clause to the name it hangs on
      let y = x - 1;
      while (y > from && toks[y]!.text !== "," && y > x - 25) y--;
      if (toks[y]?.text === "," && /^(?:who|which|whose)$/.test(lowerOf(toks[y + 1]))) x = y;
      continue;
    }
    if (!toks[x]!.word && toks[x]!.text !== "-") return -1;
    if (isSide(toks[x]) && !POLL.test(lowerOf(toks[x + 1]))) return x;
  }
  return -1;
}

/** The last word of the first run of names after index i, before `to`; none for a description ("the Orrin campaign"). */
function nameAfter(toks: Token[], i: number, to: number): number {
  for (let x = i; x < to; x++) {
    if (isSide(toks[x])) {
      let y = x;
      while (y + 1 < to && isSide(toks[y + 1])) y++;
      const next = toks[y + 1];
      if (next && next.word && !isCap(next.text) && !AFTER_NAME.test(next.text.toLowerCase())) return -1;
      return y;
    }
    if (!toks[x]!.word) return -1;
  }
  return -1;
}

/** The group a sentence's shares are of ("among likely voters", "among Democrats alone"), lower-cased, or null. */
function groupOf(toks: Token[]): string | null {
  for (let x = 0; x < toks.length; x++) {
    if (lowerOf(toks[x]) !== "among") continue;
    const words: string[] = [];
    for (let y = x + 1; y < toks.length && y < x + 5 && toks[y]!.word && !/^\d/.test(toks[y]!.text) && !/^(?:and|in|by|with|to|on|at|for|alone|only)$/.test(lowerOf(toks[y])); y++) words.push(lowerOf(toks[y]));
    if (words.length) return words.join(" ");
  }
  return null;
}

/** Every name of a side in the sentence (not a poll's maker, not a description's modifier). */
function namesIn(toks: Token[]): string[] {
  const out: string[] = [];
  for (let x = 0; x < toks.length; x++) {
    if (!isSide(toks[x])) continue;
    let y = x;
    while (isSide(toks[y + 1])) y++;
    const next = toks[y + 1];
    if (!(next && (POLL.test(lowerOf(next)) || next.word && !isCap(next.text) && !AFTER_NAME.test(next.text.toLowerCase()) && !/^(?:leads?|leading|led|won|wins|beat|beats|trails?|trailing|is|was|has|had|who|said|says)$/.test(lowerOf(next))))) out.push(sideOf(toks[y]!));
    x = y;
  }
  return out;
}

/** Words that may stand between a poll's maker and "poll" ("the Orbis latest tracking poll"). */
const POLL_ADJECTIVE = /^(?:new|latest|national|tracking|daily|weekly|online|telephone|recent|statewide|state|opinion|public|polling|exit)$/i;

/** The name of the poll a clause cites ("the Vantage/Daily Post tracking poll shows", "the Tally average of polls"), or null. */
function pollName(toks: Token[], end: number): string | null {
  for (let x = end - 1; x >= 1; x--) {
    if (!POLL.test(lowerOf(toks[x]))) continue;
    // "the Tally average of polls": the average is the voice
    const average = lowerOf(toks[x]) === "average" || lowerOf(toks[x - 1]) === "of" && lowerOf(toks[x - 2]) === "average";
    if (lowerOf(toks[x - 1]) === "of" && lowerOf(toks[x - 2]) === "average") x -= 2;
    let y = x - 1;
    while (y >= 0 && POLL_ADJECTIVE.test(toks[y]!.text)) y--;
    const words: string[] = [];
    while (y >= 0 && (isCap(toks[y]!.text) || toks[y]!.text === "/" || toks[y]!.text === "-") && words.length < 8) words.unshift(toks[y--]!.text);
    while (words.length && /^(?:The|A|An|[/-])$/.test(words[0]!)) words.shift();
    return words.length ? `${words.join(" ").replace(/ ?([/-]) ?/g, "$1")} ${average ? "average" : "poll"}` : null;
  }
  return null;
}

/** A share of a match-up: the figure's token span, its frame to rewrite, and what else the match-up is of. */
export type MatchupFigure = {
  fi: number;
  li: number;
  percent: boolean;
  frame: Frame;
  /** Set for a share read: the two sides and the group polled ("clinton|sanders among likely voters"), which its key must carry. */
  matchup?: string;
  /** Set for a side's share in a list of two ("gives Vell 44 percent and Orrin 41 percent"): a match-up's, and also a share said alone (this "alone" key). */
  alsoAlone?: string;
  /** Set for a share given in points ("to 29 points"), which is a percentage of the poll. */
  points?: boolean;
};

/**
 * Read the match-ups of one sentence: for each pair of shares joined by "to", give each the side
 * it belongs to as its agent, "share" as its predicate and the poll named before as its holder.
 * Figures are those of the sentence in text order; their frames are replaced in place.
 */
export function readMatchups(toks: Token[], figs: MatchupFigure[], places: () => string[]): void {
  // a name that leads or wins is a side, whatever the place reader made of it ("In Osk, Vell won ...")
  placeWordsOf = () => {
    const ws = wordsOfPlaces(places());
    for (let x = 1; x < toks.length; x++) if (LEAD.test(lowerOf(toks[x])) && toks[x - 1]!.word) ws.delete(toks[x - 1]!.text);
    return ws;
  };
  placeWords = null;
  let windowStart = 0;
  let last: [string | null, string | null] | null = null;
  for (let k = 0; k + 1 < figs.length; k++) {
    const a = figs[k]!;
    const b = figs[k + 1]!;
    if (!a.percent || !b.percent || a.frame.change || b.frame.change || a.frame.prior) continue;
    // "46 percent to 39 percent", "46 to 39 percent", "46.2 percent to Orrin's 42.1 percent", "54 percent of union households to Orrin's 46 percent"
    let x = a.li + 1;
    let ofGroup: string | null = null;
    if (lowerOf(toks[x]) === "of") {
      let y = x + 1;
      while (y < b.fi && y < x + 5 && toks[y]!.word && !isCap(toks[y]!.text) && !VERSUS.test(toks[y]!.lower)) y++;
      if (y > x + 1 && VERSUS.test(lowerOf(toks[y]))) {
        ofGroup = toks.slice(x + 1, y).map((t) => t.lower).filter((w) => !/^(?:the|all)$/.test(w)).join(" ");
        x = y;
      }
    }
    // "50 percent of respondents chose Vell while 40 percent chose Orrin": one verb, each share's side named after it
    {
      let v = x;
      if (lowerOf(toks[v]) === "of") for (v++; v < b.fi && v < x + 5 && toks[v]!.word && !isCap(toks[v]!.text) && !CHOSE.test(toks[v]!.lower); v++);
      const verb = toks[v];
      if (verb?.word && CHOSE.test(verb.lower) && isSide(toks[v + 1]) && lowerOf(toks[b.li + 1]) === verb.lower && isSide(toks[b.li + 2]) && b.fi - v <= 14 && !toks.slice(v, b.fi).some((t) => t.text === ";" || t.text === ".")) {
        // (the last word of each name: "chose Hillary Clinton while ...")
        const end = (y: number) => { while (isSide(toks[y + 1])) y++; return y; };
        const s1 = end(v + 1);
        const s2 = end(b.li + 2);
        if (s1 < b.fi && sideOf(toks[s1]!) !== sideOf(toks[s2]!)) {
          const [leader, rival] = [sideOf(toks[s1]!), sideOf(toks[s2]!)];
          shareFrames(toks, a, b, leader, rival, groupOf(toks));
          last = [leader, rival];
          windowStart = b.li + 1;
          k++;
          continue;
        }
      }
    }
    // "51 percent ... would vote for Vell, versus 39 percent for Orrin": each share names its side after it
    if (!VERSUS.test(lowerOf(toks[x]))) {
      const forSide = (from: number, to: number) => {
        for (let y = from; y < to - 1; y++) if (lowerOf(toks[y]) === "for" && isSide(toks[y + 1])) return nameAfter(toks, y + 1, to);
        return -1;
      };
      const vs = VERSUS.test(lowerOf(toks[b.fi - 1])) ? b.fi - 1 : lowerOf(toks[b.fi - 1]) === "with" && /^(?:compared|against)$/.test(lowerOf(toks[b.fi - 2])) ? b.fi - 2 : -1;
      if (vs < 0 || vs - a.li > 14 || toks.slice(a.li + 1, vs).some((t) => t.text === ";" || t.text === ".")) continue;
      const s1 = forSide(a.li + 1, vs);
      const s2 = lowerOf(toks[b.li + 1]) === "for" ? nameAfter(toks, b.li + 2, Math.min(toks.length, b.li + 6)) : -1;
      if (s1 < 0 || s2 < 0) continue;
      const [leader, rival] = [sideOf(toks[s1]!), sideOf(toks[s2]!)];
      if (leader === rival) continue;
      shareFrames(toks, a, b, leader, rival, groupOf(toks) ?? ofGroup);
      last = [leader, rival];
      windowStart = b.li + 1;
      k++;
      continue;
    }
    x++;
    let rival: string | null = null;
    // ("to Orrin's 39 percent", "to challenger Tom Orrin's 39 percent": the possessive before the second share, after its description)
    if (x < b.fi - 1 && b.fi - 1 - x <= 4 && isSide(toks[b.fi - 1]) && /['’]s$/.test(toks[b.fi - 1]!.text) && toks.slice(x, b.fi - 1).every((t) => t.word && !VERSUS.test(t.lower) && !FUNCTION.test(t.lower))) x = b.fi - 1;
    if (x === b.fi - 1 && isSide(toks[x]) && /['’]s$/.test(toks[x]!.text)) rival = sideOf(toks[x]!);
    else if (x !== b.fi) continue;
    // a range ("43% to 55% more likely", "cut emissions 26 percent to 28 percent") has no sides: a match-up names them
    let leader: string | null = null;
    let lead = -1;
    for (let y = a.fi - 1; y >= windowStart; y--) if (LEAD.test(lowerOf(toks[y]))) { lead = y; break; }
    if (lead >= 0 && lowerOf(toks[lead]) === "lead" && !/^(?:to|will|would|could|may|might|can|they|we|polls?)$/.test(lowerOf(toks[lead - 1]))) {
      // the noun: "a slimmer lead for Vell with 46 percent", "Vell's lead"
      if (lowerOf(toks[lead + 1]) === "for") {
        const o = nameAfter(toks, lead + 2, a.fi);
        if (o >= 0) leader = sideOf(toks[o]!);
      } else if (isSide(toks[lead - 1]) && /['’]s$/.test(toks[lead - 1]!.text)) leader = sideOf(toks[lead - 1]!);
    } else if (lead >= 0) {
      // ("saying she leads with 48 percent": the one person the sentence named before)
      const s = /^(?:he|she)$/.test(lowerOf(toks[lead - 1])) ? personBefore(toks, lead - 1) : nameBefore(toks, windowStart, lead - 1);
      if (s >= 0) leader = sideOf(toks[s]!);
      if (!rival) {
        const o = nameAfter(toks, lead + 1 + (lowerOf(toks[lead + 1]) === "of" ? 1 : 0), a.fi);
        if (o >= 0) rival = sideOf(toks[o]!);
      }
    }
    // "... with 46.2 percent to Orrin's 42.1 percent": the leader is the name before "with"
    if (!leader && (rival || lead >= 0)) {
      for (let y = a.fi - 1; y >= windowStart && !leader; y--) if (lowerOf(toks[y]) === "with") {
        const s = nameBefore(toks, windowStart, y - 1);
        if (s >= 0) leader = sideOf(toks[s]!);
        else for (let z = y - 1; z >= windowStart && z >= y - 6 && !leader; z--) if (isSide(toks[z]) && toks[z + 1] && (lowerOf(toks[z + 1]) === "with" || !toks[z + 1]!.word || /^(?:a|an)$/.test(lowerOf(toks[z + 1])))) leader = sideOf(toks[z]!);
      }
    }
    // "... 42 percent to 39 percent for Orrin": the second share's side named after it
    if (!rival && lowerOf(toks[b.li + 1]) === "for" && isSide(toks[b.li + 2])) {
      const o = nameAfter(toks, b.li + 2, toks.length);
      if (o >= 0) rival = sideOf(toks[o]!);
    }
    // "Vell and Orrin were in a dead heat, 44% to 43%"
    if (!leader && !rival) {
      for (let y = a.fi - 1; y > windowStart + 1; y--) if (lowerOf(toks[y]) === "and" && isSide(toks[y - 1]) && isSide(toks[y + 1])) {
        leader = sideOf(toks[y - 1]!);
        const o = nameAfter(toks, y + 1, a.fi);
        rival = o >= 0 ? sideOf(toks[o]!) : null;
        break;
      }
    }
    // "... in Pennsylvania and 42 percent to 39 percent in Florida": the sides of the match-up before
    if (!leader && !rival && last && lead < 0) [leader, rival] = last;
    if (!leader && !rival) continue;
    // "Vell, once tied with Orrin, now leads her rival 46 percent to 39 percent": a side told by a description is the one other name of the sentence
    if (!leader !== !rival) {
      const others = new Set(namesIn(toks).filter((n) => n !== (leader ?? rival)));
      if (others.size === 1) [leader, rival] = leader ? [leader, [...others][0]!] : [[...others][0]!, rival];
    }
    if (leader && rival && leader === rival) continue;
    last = [leader, rival];
    windowStart = b.li + 1;
    shareFrames(toks, a, b, leader, rival, groupOf(toks) ?? ofGroup);
    k++;
  }
}

/**
 * Give two shares of a match-up their frames: each its side's share ("Vell's share"), of one race
 * (both sides) and one group polled, with the poll named before as their voice. A side left
 * unknown leaves both weak: a share of nobody known compares with nothing.
 */
function shareFrames(toks: Token[], a: MatchupFigure, b: MatchupFigure, leader: string | null, rival: string | null, group: string | null): void {
  // a share is of one race and one group polled: "against Sanders among Democrats" is not "against Trump among likely voters"
  const pair = leader && rival ? [leader, rival].map((x) => x.split("|")[0]).sort().join("|") : null;
  const holder = pollName(toks, a.fi);
  for (const [f, side] of [[a, leader], [b, rival]] as const) {
    f.frame = {
      ...f.frame,
      noun: null,
      thing: null,
      predicate: "share",
      predicateText: side && side !== "@side" ? `${side.split("|")[0]!.replace(/^./, (c) => c.toUpperCase())}'s share` : "share",
      agent: side ?? "@side",
      via: "level",
      strong: pair !== null,
      rate: null,
      aggregate: holder?.endsWith(" average") ? "average" : null,
      // "would vote for Vell" is the poll's question, not a forecast
      modality: "result",
      origin: null,
      anaphoric: false,
      share: true,
      holder,
      holderStrong: !!holder,
    };
    if (pair) f.matchup = `${pair}${group ? ` among ${group}` : ""}`;
  }
}

/** A side's name as an agent, with a country's other names made one. */
function placeSide(words: string[]): string {
  const w = words.join(" ").replace(/['’]s$/, "").toLowerCase();
  const alias = COUNTRY_ALIAS.find(([re]) => re.test(w))?.[1] ?? w;
  return `${alias}|${alias.split(" ").pop()}`;
}

/** A side's name as a possessive, for display ("Arland's", "the Bexian States'"). */
function possessive(words: string[]): string {
  const name = words.join(" ").replace(/['’]s$/, "");
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** A run of capitalised words ending at index `end` (inclusive), after an optional "the". */
function capsEndingAt(toks: Token[], end: number): string[] {
  const words: string[] = [];
  for (let y = end; y >= 0 && y > end - 4 && toks[y]!.word && isCap(toks[y]!.text); y--) words.unshift(toks[y]!.text);
  return words;
}

/**
 * Count pairs: "Arland had 568 billionaires to Bexia's 535", "the survey counts 585 in Arland to
 * Bexia's 260": each count is its side's (the subject or the place after it, the possessor), of
 * the thing the first one counts (or the plural noun the sentence counts before it, or the thing
 * of the pair a sentence before: `thingBefore`). Figures are those of one sentence in text order;
 * frames are replaced in place. Returns the thing counted, if a pair was read.
 */
export function readCountPairs(toks: Token[], figs: MatchupFigure[], thingBefore: string | null = null): string | null {
  let used: string | null = null;
  for (let k = 0; k + 1 < figs.length; k++) {
    const a = figs[k]!;
    const b = figs[k + 1]!;
    if (a.percent || b.percent || a.frame.change || b.frame.change) continue;
    // "... to Bexia's 535": the possessor right before the second count, "to" before it
    const pos = toks[b.fi - 1];
    if (!pos || !pos.word || !isCap(pos.text) || !/['’]s$/.test(pos.text) || lowerOf(toks[b.fi - 2]) !== "to") continue;
    const rivalWords = capsEndingAt(toks, b.fi - 1);
    // between the two: the first's counted noun and an optional "in [the] Place", nothing else
    let x = a.li + 1;
    while (x < b.fi - 2 && toks[x]!.word && !isCap(toks[x]!.text) && !/^(?:in|to)$/.test(toks[x]!.lower)) x++;
    let leaderWords: string[] = [];
    if (lowerOf(toks[x]) === "in") {
      let y = x + 1 + (lowerOf(toks[x + 1]) === "the" ? 1 : 0);
      const start = y;
      while (y < b.fi - 2 && toks[y]!.word && isCap(toks[y]!.text)) y++;
      leaderWords = toks.slice(start, y).map((t) => t.text);
      x = y;
    }
    if (x !== b.fi - 2) continue;
    // else the subject of "had", "has", "counts" right before the first count
    // ("Ramos received 12,084 votes to Whitaker's 10,951": a verb of getting, whose quantity each side's count is)
    const got = GOT.test(lowerOf(toks[a.fi - 1])) && !!a.frame.predicate;
    if (!leaderWords.length && (/^(?:had|has|have|counts?|counted|boasts?|boasted)$/.test(lowerOf(toks[a.fi - 1])) || got)) leaderWords = capsEndingAt(toks, a.fi - 2);
    if (!leaderWords.length) continue;
    const leader = placeSide(leaderWords);
    const rival = placeSide(rivalWords);
    if (leader === rival) continue;
    // what is counted: the first's noun, else the last plural noun of the sentence before it ("has more billionaires; X tallies 585 ...")
    let thing = a.frame.thing;
    if (!thing) for (let y = a.fi - 2; y >= Math.max(1, a.fi - 16) && !thing; y--) if (toks[y]!.word && !isCap(toks[y]!.text) && /[^s]s$/.test(toks[y]!.lower) && toks[y]!.lower.length > 4 && !/(?:ss|us|is|ous)$/.test(toks[y]!.lower) && COUNTED_AFTER.test(lowerOf(toks[y - 1]))) thing = toks[y]!.lower.replace(/s$/, "");
    thing ??= thingBefore;
    if (!thing) continue;
    used = thing;
    // one voice gives both counts: a side's name read as a voice ("to Bexia's 535") is no voice
    const isSideName = (f: MatchupFigure, words: string[]) => !!f.frame.holder && words.join(" ").replace(/['’]s$/, "") === f.frame.holder.replace(/['’]s$/, "");
    const voice = isSideName(a, leaderWords) ? { holder: null, holderStrong: false } : { holder: a.frame.holder, holderStrong: a.frame.holderStrong };
    for (const [f, side, words] of [[a, leader, leaderWords], [b, rival, rivalWords]] as const) {
      const own = f.frame.holder && !isSideName(f, words) ? { holder: f.frame.holder, holderStrong: f.frame.holderStrong } : voice;
      f.frame = { ...f.frame, noun: f.frame.noun ?? `${thing}s`, thing, predicate: got ? a.frame.predicate : "has", predicateText: `${possessive(words)} ${f.frame.noun ?? `${thing}s`}`, agent: side, via: got ? "object" : "level", strong: true, anaphoric: false, origin: null, ...own };
      f.matchup = "";
    }
    k++;
  }
  return used;
}

/** The poll a sentence names anywhere ("in a new Orbis News poll released Thursday", "the Tally survey"), or null. */
export function pollInSentence(toks: Token[]): string | null {
  for (let x = toks.length - 1; x >= 1; x--) {
    if (!POLL.test(lowerOf(toks[x]))) continue;
    // ("the Quarry Institute's latest survey": a poll's adjectives between its maker and the word)
    let y = x - 1;
    while (y > 0 && POLL_ADJECTIVE.test(toks[y]!.text)) y--;
    if (isCap(toks[y]!.text) && toks[y]!.word) return pollName(toks, x + 1);
  }
  return null;
}

/** The one poll a sentence names, when it names one and no other ("A recent Orbis poll showed that 55 percent ..."). */
export function onlyPollIn(toks: Token[]): string | null {
  let found: string | null = null;
  for (let x = 1; x < toks.length; x++) {
    if (!POLL.test(lowerOf(toks[x]))) continue;
    if (!isCap(toks[x - 1]!.text) || !toks[x - 1]!.word) {
      // another poll, unnamed, unless only the base of a comparison ("improved from a previous poll")
      const other = /^(?:a|an|another|other|one)$/.test(lowerOf(toks[x - 1])) ? x - 1 : /^(?:a|an|another|other|one)$/.test(lowerOf(toks[x - 2])) ? x - 2 : -1;
      if (other >= 0 && !/^(?:from|than|since|over|with)$/.test(lowerOf(toks[other - 1]))) return null;
      continue;
    }
    const name = pollName(toks, x + 1);
    if (found && name !== found) return null;
    found = name;
  }
  return found;
}

/** Whether a sentence speaks of a poll named before it: "the poll", "the most recent survey", "that poll" (not "a poll", a new one). */
function pollBefore(toks: Token[]): boolean {
  for (let x = 1; x < toks.length; x++) {
    // (and "the institute's own release", "its results": the poll's own publication)
    if (/^(?:release|results|figures)$/.test(lowerOf(toks[x])) && (/^(?:its|their)$/.test(lowerOf(toks[x - 1])) || /[’']s$/.test(toks[x - 1]?.text ?? "") || lowerOf(toks[x - 1]) === "own" && (/[’']s$/.test(toks[x - 2]?.text ?? "") || /^(?:its|their)$/.test(lowerOf(toks[x - 2]))))) return true;
    if (!/^(?:poll|survey)$/.test(lowerOf(toks[x]))) continue;
    let y = x - 1;
    while (y > 0 && /^(?:most|recent|latest|newest|same|national|new)$/.test(lowerOf(toks[y]))) y--;
    if (/^(?:the|this|that)$/.test(lowerOf(toks[y]))) return true;
  }
  return false;
}

/** Words that make a run of names a body's, not a person's. */
const BODY_WORD = /^(?:Institute|Polling|Poll|Survey|University|Research|Center|Centre|College|News|Party|Council|Commission|Board|Agency|Associates|Group|Foundation|Times|Post|Journal|Tribune|Company|Corporation|Ministry|Department|Office|Bureau)$/;

/**
 * A "he" or "she" at toks[y] (with `object`, also "him" or "her") that stands for the one person
 * its sentence names before it ("Senator Ada Okafor's campaign circulated a memo saying she is
 * backed by 48 percent"): the index of that person's last name, or -1 (no pronoun, or two names it
 * might stand for).
 */
function personBefore(toks: Token[], y: number, object = false): number {
  if (!(object ? /^(?:he|she|him|her)$/ : /^(?:he|she)$/).test(lowerOf(toks[y]))) return -1;
  let found = -1;
  // ("Polls show Vell with a lead, with Orbis showing her ahead": an object's pronoun is the one side named, not the subject of the verb before it)
  // (within the sentence's last sixty words: a sentence of thousands is not read again for each pronoun)
  const from = Math.max(1, y - 60);
  if (object) {
    for (let x = from; x < y - 1; x++) {
      if (!isSide(toks[x]) || isSide(toks[x + 1]) || /^(?:showing|shows|showed|show|has|had|have|gives|gave|puts|put)$/.test(lowerOf(toks[x + 1]))) continue;
      if (found >= 0 && sideOf(toks[found]!) !== sideOf(toks[x]!)) return -1;
      found = x;
    }
    return found;
  }
  for (let x = from; x < y; x++) {
    // the last word of a run of two or more names ("Ada Okafor's"): a person's name, not a lone capital nor a body's ("Lakeshore Polling Institute")
    if (!isSide(toks[x]) || isSide(toks[x + 1]) && !/['’]s$/.test(toks[x]!.text) || !isSide(toks[x - 1])) continue;
    let r = x;
    while (r > 0 && isSide(toks[r - 1])) r--;
    if (toks.slice(r, x + 2).some((t) => BODY_WORD.test(t.text.replace(/['’]s$/, "")))) continue;
    if (found >= 0 && sideOf(toks[found]!) !== sideOf(toks[x]!)) return -1;
    found = x;
  }
  return found;
}

/** A figure in points that is a share's level: "rose three points in the Tally survey to 29 points". */
function pointsLevel(toks: Token[], f: MatchupFigure): boolean {
  return /^points?$/.test(lowerOf(toks[f.li + 1])) && lowerOf(toks[f.fi - 1]) === "to";
}

/** A group polled, made comparable: "among Republican voters" and "of the Republicans surveyed" are one ("republican"). */
function groupKey(words: string[]): string | null {
  const w = words.map((x) => x.toLowerCase()).filter((x) => !/^(?:the|all|voters?|surveyed|polled|asked|respondents|likely|registered|adults)$/.test(x)).map((x) => x.replace(/s$/, ""));
  return w.length ? w.join(" ") : null;
}

/**
 * One side's share in a poll, said alone: "Vell achieved 45 percent support among Republican
 * voters in a new Orbis poll", "Vell was supported by 42 percent of the Republicans surveyed in
 * the Tally poll", "Vell was at 25 percent in the Orbis poll". Only in a sentence that names a
 * poll, which is its voice; its key carries the side and the group (no race is named, so it meets
 * only other shares said alone).
 */
export function readShares(toks: Token[], figs: MatchupFigure[], places: () => string[], pollNamedBefore: string | null = null): void {
  const holder = pollInSentence(toks) ?? (pollNamedBefore && pollBefore(toks) ? pollNamedBefore : null);
  if (!holder) return;
  placeWordsOf = () => wordsOfPlaces(places());
  placeWords = null;
  for (const f of figs) {
    const points = !f.percent && pointsLevel(toks, f);
    if (!(f.percent || points) || f.matchup !== undefined || f.frame.change && !points || f.frame.prior) continue;
    let side = -1;
    let groupWords: string[] = [];
    // "... supported by 42 percent of the Republicans surveyed": the passive's subject
    if (lowerOf(toks[f.fi - 1]) === "by" && isSide(toks[f.fi - 2]) && toks.slice(0, f.fi - 2).some((t) => /^(?:supported|backed|favou?red|preferred|chosen)$/.test(t.lower))) {
      // "Trump was chosen by 37%, Sanders by 30% and Bloomberg by 16%": the passive's verb left out, the name before "by" is the side
      side = f.fi - 2;
    } else if (lowerOf(toks[f.fi - 1]) === "by" && /^(?:supported|backed|favou?red|preferred|chosen)$/.test(lowerOf(toks[f.fi - 2]))) {
      let y = f.fi - 3;
      while (y >= 0 && /^(?:was|is|were|are|being|been|be)$/.test(lowerOf(toks[y]))) y--;
      side = isSide(toks[y]) ? y : personBefore(toks, y);
      if (lowerOf(toks[f.li + 1]) === "of") {
        let z = f.li + 2;
        while (z < toks.length && z < f.li + 6 && toks[z]!.word && !/^(?:in|by|who|that|,)$/.test(lowerOf(toks[z]))) groupWords.push(toks[z++]!.text);
      }
    } else if (isSide(toks[f.fi - 1]) && (GIVES.test(lowerOf(toks[f.fi - 2])) || lowerOf(toks[f.fi - 2]) === "and" && toks.slice(0, f.fi - 2).some((t) => GIVES.test(t.lower)))) {
      // "The release gives Delgado 44 percent of likely voters and Brewer 41 percent": the name a poll gives the share to
      side = f.fi - 1;
      if (lowerOf(toks[f.li + 1]) === "of") {
        let z = f.li + 2;
        while (z < toks.length && z < f.li + 6 && toks[z]!.word && !/^(?:in|by|who|that|and|,)$/.test(lowerOf(toks[z]))) groupWords.push(toks[z++]!.text);
      }
    } else {
      // "Vell achieved 45 percent", "Vell was at 25 percent", "Vell has fallen to 27 percent": the subject of a verb of holding
      let y = f.fi - 1;
      if (!HOLDS.test(lowerOf(toks[y]))) continue;
      // ("rose three points in the Tally survey to 29 points": the change and the poll may stand between the verb and "to")
      if (lowerOf(toks[y]) === "to" && !CHANGED.test(lowerOf(toks[y - 1]))) {
        let v = y - 1;
        while (v > y - 9 && v > 0 && toks[v]!.word && !CHANGED.test(lowerOf(toks[v])) && !/^(?:and|but|while|who|which|that)$/.test(lowerOf(toks[v]))) v--;
        if (!CHANGED.test(lowerOf(toks[v]))) continue;
        y = v + 1;
      }
      y--;
      while (y >= 0 && /^(?:was|is|were|are|has|have|had|now|still|already|fallen|fell|risen|rose|climbed|dropped|slipped|jumped|surged|sunk|sank|grown|grew|only|just)$/.test(lowerOf(toks[y]))) y--;
      // the subject itself, not a name inside a phrase ("inflation for Kade rose to 9 percent")
      side = isSide(toks[y]) && !/['’]s$/.test(toks[y]!.text) && !/^(?:in|of|for|at|from|by|among|with|on|about)$/.test(lowerOf(toks[y - 1])) ? y : -1;
      const am = toks.findIndex((t, i) => i > f.li && i < f.li + 8 && t.lower === "among");
      if (am > 0) for (let z = am + 1; z < toks.length && z < am + 5 && toks[z]!.word && !/^(?:in|by|who|that|and|or|but|while|with)$/.test(lowerOf(toks[z])); z++) groupWords.push(toks[z]!.text);
    }
    if (side < 0) continue;
    const who = sideOf(toks[side]!);
    const group = groupKey(groupWords);
    f.frame = { ...f.frame, noun: null, thing: null, predicate: "share", predicateText: `${who.split("|")[0]!.replace(/^./, (c) => c.toUpperCase())}'s share`, agent: who, via: "level", strong: true, rate: null, aggregate: null, modality: "result", origin: null, anaphoric: false, share: true, holder, holderStrong: true, change: false, prior: false };
    f.matchup = `alone${group ? ` among ${group}` : ""}`;
    // ("she is backed by 48 percent ..., well ahead of businessman Trent Orrin": the rival named after it makes it a match-up's side)
    const ahead = toks.findIndex((t, i) => i > f.li && i < f.li + 30 && /^(?:ahead|clear)$/.test(t.lower) && lowerOf(toks[i + 1]) === "of");
    const rival = ahead > 0 ? nameAfter(toks, ahead + 2 + (toks[ahead + 2] && !isCap(toks[ahead + 2]!.text) ? 1 : 0), Math.min(toks.length, ahead + 8)) : -1;
    if (rival >= 0 && sideOf(toks[rival]!) !== who) f.matchup = `${[who, sideOf(toks[rival]!)].map((x) => x.split("|")[0]).sort().join("|")}${group ? ` among ${group}` : ""}`;
    if (points) f.points = true;
  }
  // "The release gives Vell 44 percent of likely voters and Orrin 41 percent": two sides' shares in one sentence are one match-up
  const alone = figs.filter((f) => f.matchup?.startsWith("alone") && f.frame.share);
  // (joined by "and" as one list, not set side by side: "Orrin rose to 29 points, while Vell was at 18 percent" may be two polls' news)
  const between = alone.length === 2 ? toks.slice(alone[0]!.li + 1, alone[1]!.fi) : [];
  if (alone.length === 2 && between.length <= 12 && between.some((t) => t.lower === "and") && !between.some((t) => /^(?:while|whereas|but|;|points?|up|down)$/.test(t.lower)) && alone[0]!.frame.agent !== alone[1]!.frame.agent && alone[0]!.matchup === alone[1]!.matchup && alone[0]!.frame.holder === alone[1]!.frame.holder) {
    const pair = alone.map((f) => f.frame.agent!.split("|")[0]).sort().join("|");
    for (const f of alone) {
      f.alsoAlone = f.matchup;
      f.matchup = `${pair}${f.matchup!.slice(5)}`;
    }
  }
}

/** A figure in points (or percentage points) that is a margin: "ahead by 3 points", "HuffPollster 4.3 points". */
function inPoints(toks: Token[], f: MatchupFigure): boolean {
  return /^points?$/.test(lowerOf(toks[f.li + 1])) || /^points?$/.test(lowerOf(toks[f.li])) || lowerOf(toks[f.li + 1]) === "percentage" && /^points?$/.test(lowerOf(toks[f.li + 2]));
}

/** Words of a margin that changed ("widened to 5 points", "from 7 points"): a change or a level before it, not one poll's lead. */
const MARGIN_CHANGED = /^(?:from|widened|widens|widening|narrowed|narrows|narrowing|shrank|shrunk|shrinks|grew|grown|grows|increased|decreased|cut|trimmed|slipped|dropped|fell|rose|up|down|since|than|gained|lost|more|fewer|less|over)$/;

/**
 * A side's lead in points, by one poll or average: "the Orbis poll shows Vell ahead by 3 points",
 * "Vell leads Orrin by 5 points in the Kelby poll", "with RealClearPolitics showing her ahead 3
 * points, HuffPollster 4.3 points, and FiveThirtyEight 2.1 points" (a list that leaves the verb out:
 * each name gives its own), "Vell finished ahead of Orrin in polls from Orbis and Tally, by 8 points
 * and 11 points, respectively". Its frame is the leader's lead over the rival (when named), and its
 * voice the poll. A margin that changed, or with no poll or leader read, is left as it was.
 */
export function readLeads(toks: Token[], figs: MatchupFigure[], places: () => string[], pollNamedBefore: string | null = null): void {
  placeWordsOf = () => wordsOfPlaces(places());
  placeWords = null;
  const margins = figs.filter((f) => !f.percent && inPoints(toks, f) && f.matchup === undefined);
  if (!margins.length) return;
  let first: { leader: string; rival: string | null } | null = null;
  const holders = respectively(toks, margins);
  margins.forEach((f, n) => {
    // the lead word before the figure, in its clause
    let lead = -1;
    for (let y = f.fi - 1; y >= 0 && y >= f.fi - (holders ? 24 : 14); y--) {
      const w = lowerOf(toks[y]);
      // ("from 7 points", "narrowed to 5 points"; not "in polls from Orbis and Tally, by 8 points")
      if (w === ";" || w === "." || MARGIN_CHANGED.test(w) && !(/^(?:over|from)$/.test(w) && y < f.fi - 2)) break;
      if (/^(?:leads?|leading|led|ahead)$/.test(w)) {
        lead = y;
        break;
      }
    }
    // ("Mr. Orrin led by four points in their previous poll": a poll before, no rival of this one's)
    if (toks.slice(f.li + 1, f.li + 8).some((t, k, w) => /^(?:previous|prior|earlier|last|preceding)$/.test(t.lower) && /^(?:polls?|surveys?)$/.test(lowerOf(w[k + 1])))) return;
    if (/^(?:up|down|from|since)$/.test(lowerOf(toks[f.li + 2])) || lowerOf(toks[f.li + 1]) === "percentage" && /^(?:up|down|from|since)$/.test(lowerOf(toks[f.li + 3]))) return;
    // "..., HuffPollster 4.3 points, and FiveThirtyEight 2.1 points": a name right before the figure after a comma or "and", in a sentence whose first margin was read
    const named = isSide(toks[f.fi - 1]) && /^(?:,|and)$/.test(lowerOf(toks[f.fi - 2]));
    if (named && first) {
      let h = f.fi - 1;
      const words: string[] = [];
      while (h >= 0 && isSide(toks[h]) && words.length < 4) words.unshift(toks[h--]!.text);
      setLead(f, first.leader, first.rival, words.join(" "));
      return;
    }
    if (lead < 0) return;
    // the leader: the name before the lead word ("Vell leads", "showing her ahead", "Vell finished ahead of")
    let s = -1;
    let at = -1;
    for (let y = lead - 1; y >= 0 && y >= lead - 4; y--) {
      if (!toks[y]!.word) break;
      if (/^(?:her|him|she|he)$/.test(lowerOf(toks[y]))) {
        s = personBefore(toks, y, true);
        at = y;
        break;
      }
      if (isSide(toks[y])) {
        s = at = y;
        break;
      }
    }
    if (s < 0) return;
    const leader = sideOf(toks[s]!);
    // the rival: "leads Orrin", "ahead of Orrin"
    const r = lowerOf(toks[lead + 1]) === "of" ? nameAfter(toks, lead + 2, Math.min(toks.length, lead + 6)) : /^(?:leads?|led|leading)$/.test(lowerOf(toks[lead])) ? nameAfter(toks, lead + 1, Math.min(toks.length, lead + 5)) : -1;
    const rival = r >= 0 && sideOf(toks[r]!) !== leader ? sideOf(toks[r]!) : null;
    // whose reading: the list's name ("polls from Orbis and Tally, ..., respectively"), the poll named here or just before, or the subject of "showing"
    let holder = holders?.[n] ?? pollInSentence(toks);
    if (!holder) {
      for (let y = at - 1; y >= 1 && y >= at - 3; y--) if (/^(?:showing|shows|showed|show|has|had|have|gives|gave|puts|put)$/.test(lowerOf(toks[y]))) {
        const words: string[] = [];
        for (let z = y - 1; z >= 0 && isSide(toks[z]) && words.length < 4; z--) words.unshift(toks[z]!.text);
        if (words.length) holder = words.join(" ");
        break;
      }
    }
    holder ??= pollNamedBefore;
    if (!holder) return;
    setLead(f, leader, rival, holder);
    first ??= { leader, rival };
  });
}

/** Give a margin its frame: the leader's lead (over the rival, when named), as the holder reads it. */
function setLead(f: MatchupFigure, leader: string, rival: string | null, holder: string): void {
  f.frame = { ...f.frame, noun: null, thing: null, predicate: "lead", predicateText: `${leader.split("|")[0]!.replace(/^./, (c) => c.toUpperCase())}'s lead`, agent: leader, via: "level", strong: true, rate: null, aggregate: null, modality: "result", origin: null, anaphoric: false, share: false, holder, holderStrong: true, change: false, prior: false };
  f.matchup = rival ? `lead over ${rival.split("|")[0]}` : "lead";
}

/** "in polls from Orbis and Tally, by 8 points and 11 points, respectively": the names the margins are of, in order, or null. */
function respectively(toks: Token[], margins: MatchupFigure[]): (string | null)[] | null {
  const last = margins[margins.length - 1]!;
  let e = last.li + 1;
  while (e < toks.length && e < last.li + 4 && !/^respectively$/i.test(toks[e]!.text)) e++;
  if (lowerOf(toks[e]) !== "respectively" || margins.length < 2) return null;
  // the names listed before the first margin: "from A and B", "A, B and C"
  const names: string[] = [];
  let y = margins[0]!.fi - 1;
  while (y >= 0 && !(lowerOf(toks[y]) === "from" || lowerOf(toks[y]) === "by" && y < margins[0]!.fi - 2)) y--;
  if (y < 0) return null;
  let cur: string[] = [];
  for (let z = y + 1; z < margins[0]!.fi; z++) {
    const t = toks[z]!;
    if (t.word && isCap(t.text)) cur.push(t.text);
    else if (cur.length) {
      names.push(cur.join(" "));
      cur = [];
    }
    if (t.text === "," && names.length >= margins.length) break;
  }
  if (cur.length) names.push(cur.join(" "));
  return names.length === margins.length ? names : null;
}
