/** Days and years a figure is about: its own clause's, else the article's first sentence's. */
import { WEEKDAYS } from "./lexicon.js";
import type { Sentence } from "./segment.js";
import { lowerOf, type Token, tokenize } from "./text.js";

/** Month names (May only when not a sentence's first word, where it may be the verb). */
export const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

function isCapWord(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}


/** Years ("2022-2023", "in 2012", "last year") and weekdays of a sentence; weekdays right after a cue are when it was said. */
export function timesIn(toks: Token[]): { days: string[]; years: string[] } {
  const days: string[] = [];
  const years: string[] = [];
  toks.forEach((t, j) => {
    const w = lowerOf(t);
    if (MONTHS.test(w) && isCapWord(t.text) && !(j === 0 && /^may$/i.test(w))) {
      // ("in the year to March", "the quarter ended June", "six months to September": a reporting period that ends in the month, not the month)
      const span = /^(?:to|ended|ending|through)$/.test(lowerOf(toks[j - 1])) ? lowerOf(toks[j - 2]) : "";
      if (/^(?:year|quarter|half|months)$/.test(span)) {
        const m = w.slice(0, 3);
        const p = span === "year" ? "period:fy" : span === "months" ? `period:${lowerOf(toks[j - 3])}-months-${m}` : `period:${span}-${m}`;
        if (!days.includes(p)) days.push(p);
        return;
      }
      days.push(w.slice(0, 3));
    // ("since fighting resumed two weeks ago", "an outbreak that began three weeks ago": the start of a count that runs to now, no other time)
    } else if (/^(?:later|earlier|before|after|ago)$/.test(w) && /^(?:day|week|month|year|decade|days|weeks|months|years|decades)$/.test(lowerOf(toks[j - 1])) && /^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|the|\d+)$/.test(lowerOf(toks[j - 2])) && !(w === "ago" && toks.slice(Math.max(0, j - 12), j).some((u) => u.lower === "since" || /^(?:began|begun|started|broke|erupted|emerged|opened|launched|struck|hit)$/.test(u.lower)))) {
      days.push(`rel:${t.start}`); // "a month later", "two weeks ago": another time than any named one
    } else if (WEEKDAYS.has(w)) {
      if (since(toks, j)) days.push(`since:${w}`);
      else if (!telling(toks, j)) days.push(w);
    // (not a model year, "the 2021 to 2023 model years", "a 2019 model": what a product is, not when it was counted)
    } else if (/^(?:1[89]|20)\d\d(?:[-–](?:1[89]|20)?\d\d)?$/.test(t.text) && !/^(?:people|jobs|workers|troops)$/.test(lowerOf(toks[j + 1])) && !toks.slice(j + 1, j + 4).some((u) => u.lower === "model")) years.push(t.text);
    // ("fell 30 percent compared with last year", "down 18 percent on last season": the base of a change, not its time)
    else if ((w === "last" || w === "previous" || w === "prior") && /^(?:year|year's|month|week|season)$/.test(lowerOf(toks[j + 1]).replace(/’/g, "'")) && !(/^(?:week|month)$/.test(lowerOf(toks[j + 1])) && telling(toks, j)) && !/^(?:on|than|versus|vs)$/.test(lowerOf(toks[j - 1])) && !(/^(?:with|to)$/.test(lowerOf(toks[j - 1])) && lowerOf(toks[j - 2]) === "compared") && !sameBase(toks, j)) years.push("last-" + lowerOf(toks[j + 1]).replace(/['’]s$/, ""));
    else if (w === "earlier" && lowerOf(toks[j - 1]) === "year" && lowerOf(toks[j - 2]) === "a") years.push("last-year");
    // ("Fourteen mineworkers have died so far this year", "this year to date": a count since the year began, no one event's)
    // a count since a start that is no weekday ("since April 2", "since that date", "since the truce began"): a running total
    else if (w === "since" && (MONTHS.test(lowerOf(toks[j + 1])) || /^(?:that|the|then|its|their)$/.test(lowerOf(toks[j + 1])) && !WEEKDAYS.has(lowerOf(toks[j + 2])))) {
      if (!days.includes("period:since")) days.push("period:since");
    }
    // a recent span ("in the previous 24 hours", "over the past week", "in the last three days"): a count of that span
    else if (/^(?:past|previous|last|preceding)$/.test(w) && lowerOf(toks[j - 1]) === "the" && /^(?:in|over|during|for|within)$/.test(lowerOf(toks[j - 2])) && (/^(?:day|week|fortnight|month|hours|days|weeks|months)$/.test(lowerOf(toks[j + 1])) || (/^\d+$/.test(toks[j + 1]?.text ?? "") || /^(?:two|three|four|five|six|seven|ten|24|48|72)$/.test(lowerOf(toks[j + 1]))) && /^(?:hours|days|weeks|months)$/.test(lowerOf(toks[j + 2])))) {
      const span = `period:last-${/^(?:day|week|fortnight|month|hours|days|weeks|months)$/.test(lowerOf(toks[j + 1])) ? lowerOf(toks[j + 1]) : `${lowerOf(toks[j + 1])}-${lowerOf(toks[j + 2])}`}`;
      if (!days.includes(span)) days.push(span);
    }
    // a reporting period: "third-quarter revenue", "in the first nine months", "first-half profit", "Q3", "full-year"
    else if (PERIOD_AT.test(w) || /^q[1-4]$/.test(w)) {
      const p = periodAt(toks, j);
      if (p && !days.includes(p)) days.push(p);
    }
    else if (w === "this" && lowerOf(toks[j + 1]) === "year" && (toks.slice(Math.max(0, j - 3), j).some((u, k, a) => u.lower === "far" && a[k - 1]?.lower === "so") || lowerOf(toks[j + 2]) === "so" && lowerOf(toks[j + 3]) === "far" || lowerOf(toks[j + 2]) === "to" && lowerOf(toks[j + 3]) === "date")) days.push("since:year");
  });
  return { days, years };
}
/** "grew 9 percent from the same quarter last year": "last" names the base a change is measured from, not the figure's time. */
function sameBase(toks: Token[], j: number): boolean {
  return /^(?:period|quarter|month|week|time|season|half)$/.test(lowerOf(toks[j - 1])) && lowerOf(toks[j - 2]) === "same" && lowerOf(toks[j - 3]) === "the" && /^(?:from|on|than|versus|vs|with|to)$/.test(lowerOf(toks[j - 4]));
}

/** Words that open a reporting period. */
const PERIOD_AT = /^(?:first|second|third|fourth|1st|2nd|3rd|4th|full|fiscal|first-quarter|second-quarter|third-quarter|fourth-quarter|first-half|second-half|full-year)$/;
const ORDINAL: Record<string, string> = { first: "1", "1st": "1", second: "2", "2nd": "2", third: "3", "3rd": "3", fourth: "4", "4th": "4" };
const MONTH_COUNT: Record<string, string> = { three: "q1", six: "h1", nine: "9m" };

/** The reporting period a word opens, as "period:q3", "period:h1", "period:9m", "period:fy"; null if none. */
function periodAt(toks: Token[], j: number): string | null {
  const w = lowerOf(toks[j]);
  if (/^q[1-4]$/.test(w)) return toks[j]!.text === w.toUpperCase() ? `period:${w}` : null;
  const joined = /^(first|second|third|fourth)-(quarter|half)$/.exec(w);
  if (joined) return joined[2] === "quarter" ? `period:q${ORDINAL[joined[1]!]}` : `period:h${ORDINAL[joined[1]!]}`;
  if (w === "full-year") return "period:fy";
  const n1 = lowerOf(toks[j + 1]);
  if (w === "full" && n1 === "year") return "period:fy";
  if (w === "fiscal" && n1 === "year") return "period:fy";
  const o = ORDINAL[w];
  if (!o) return null;
  if (n1 === "quarter") return `period:q${o}`;
  if (n1 === "half" && o <= "2" && (lowerOf(toks[j + 2]) === "of" || /^(?:profit|profits|revenue|revenues|sales|results|earnings|loss|losses)$/.test(lowerOf(toks[j + 2])))) return `period:h${o}`;
  // "in the first nine months", "the first six months of the year"
  if (o === "1" && MONTH_COUNT[n1] && lowerOf(toks[j + 2]) === "months") return `period:${MONTH_COUNT[n1]}`;
  return null;
}

/** A weekday in a phrase of "since" ("has burnt 12,400 hectares since it was sparked last Saturday"): the day its period starts. */
function since(toks: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 8; k--) {
    const t = toks[k]!;
    if (!t.word || /^(?:and|but|said|says|on)$/.test(t.lower) && k < j - 2) return false;
    if (t.lower === "since") return true;
  }
  return false;
}

/** Nouns of a telling ("in a statement", "at a briefing"): a day beside one dates the telling. */
const TELLING_NOUN = /^(?:statement|briefing|conference|interview|bulletin|release|announcement|update)$/;

/** Cue words after which a weekday dates the telling, not the event. */
const SAID = /^(?:said|says|told|tells|announced|reported|confirmed|added|stated|wrote|noted|insisted|disclosed|revealed|claimed|testified|warned|acknowledged|explained|speaking|briefing|addressing|published|released|issued|posted)$/;

/**
 * A day said with a cue of telling dates the telling, not the thing told: "said on Friday", "said in a
 * statement on Friday", "told reporters on Thursday", "told the school board last week" (the cue, then
 * only a phrase of where or to whom, within six words).
 */
function telling(toks: Token[], j: number): boolean {
  // "in a statement on Friday, the bank said ...", "at a briefing on Monday": the day of a telling, whatever its verb
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) if (TELLING_NOUN.test(lowerOf(toks[k]))) return true;
  for (let k = j - 1; k >= 0 && k >= j - 7; k--) {
    const t = toks[k]!;
    if (!t.word) return false;
    const w = lowerOf(t);
    // (after "told", whom; after the others, a phrase of where: "said the average wait last month" tells of that month)
    // ("confirmed the incident in a statement on Sunday": a phrase of the telling itself after the cue's object)
    if (SAID.test(w)) return k === j - 1 || /^tell|^told$/.test(w) || /^(?:in|at|on|during|to|via|through|before|after|from|with|late|early|last)$/.test(lowerOf(toks[k + 1])) || toks.slice(k + 1, j).some((u) => TELLING_NOUN.test(u.lower));
    // ("put the death toll at 31 on Monday evening": the day a reckoning was given, not the day of what it counts)
    if (/^\d/.test(w) && k === j - 2 && lowerOf(toks[j - 1]) === "on" && lowerOf(toks[k - 1]) === "at" && toks.slice(Math.max(0, k - 7), k - 1).some((u) => /^(?:put|puts|pegged|pegs|placed|places)$/.test(u.lower))) return true;
    if (/^(?:that|and|but|or|who|which|when|as|since|until|by|had|has|have|was|were|is|are)$/.test(w) || /^\d/.test(w)) return false;
  }
  return false;
}

/** The article's own day and year: the first ones its first body sentences give. */
export function articleTimes(text: string, sentences: Sentence[], bodyStart: number): { days: string[]; years: string[]; headlineYears: string[] } {
  const body = sentences.filter((s) => s.start >= bodyStart).slice(0, 1);
  const days: string[] = [];
  const years: string[] = [];
  const headlineYears: string[] = [];
  for (const s of body) {
    const t = timesIn(tokenize(text, s.start, s.end));
    // ("a year earlier" is relative to its own figure, no day of the article's)
    const own = t.days.filter((d) => !d.startsWith("rel:"));
    if (!days.length && own.length) {
      days.push(own[0]!);
      // a dateline's date and the lead's weekday are one time told two ways ("TAVRIN, March 4 - ... on Tuesday"): the article's day is either
      const kind = (d: string) => (WEEKDAYS.has(d) ? "weekday" : MONTHS.test(d) ? "month" : "other");
      const other = own.find((d) => kind(d) !== "other" && kind(own[0]!) !== "other" && kind(d) !== kind(own[0]!));
      if (other) days.push(other);
    }
    // the article's year is its lead clause's ("Turnout was 43.5 percent, ..., up from 31 percent in 2019" is of no year said)
    const comma = /,\s/.exec(text.slice(s.start, s.end));
    const lead = comma ? timesIn(tokenize(text, s.start, s.start + comma.index)) : t;
    // (a span's both ends: "on 19 occasions between 2019 and 2021")
    const span = /\bbetween\s+(?:1[89]|20)\d\d\s+and\s+(?:1[89]|20)\d\d\b/.test(text.slice(s.start, comma ? s.start + comma.index : s.end));
    if (!years.length && lead.years.length) years.push(...lead.years.filter((y) => !y.startsWith("last-")).slice(0, span ? 2 : 1));
    // a headline tells the lead's news: "Road deaths fall to 96" above "91 people died ... last year"
    if (!headlineYears.length && lead.years.length) headlineYears.push(lead.years[0]!);
  }
  return { days, years, headlineYears };
}

