/**
 * Conflicts: figures of one measure and scope, from different sources (or headline against
 * body), that cannot both hold (contradiction) or can but give different numbers (discrepancy).
 */
import { disjoint, type RawFigure } from "./figures.js";
import { shownPlace, type Measured } from "./measure.js";
import { MONTHS } from "./times.js";
import { comparedAggregate, framesMeet, sameAgent, speakerAgent } from "./frame-meet.js";
import { LIGHT_VERB, stem, SYNONYMS } from "./frame-words.js";
import type { Conflict, Dispute } from "./types.js";

/** A figure with everything the comparison needs. */
export type Comparable = {
  id: string;
  raw: RawFigure;
  m: Measured;
  text: string;
  /** Source id, or null for the article itself. */
  sourceId: string | null;
  /** Source name for the summary ("the headline", "the article" when none). */
  who: string;
  /** In the headline. */
  headline: boolean;
  /** Said as a guess ("I think over 30 ..."): never a discrepancy, only a contradiction. */
  hedged?: boolean;
  /** A headline's verb of passing or nearing before the figure ("Cases top 500", "Toll nears 100"): it is a bound, not a count. */
  boundBefore?: "over" | "near";
  /** A headline's level after a change it tells ("Judge cuts award to $2.5 million", "Bank raises rate to 5%"): the level before is on the other side. */
  changedTo?: "down" | "up";
};

/**
 * A place's full name with its kind after it: "Igbora-Tede Local Government Area" is "Igbora-Tede", "St
 * Aldric's Hospital" is "St Aldric". (Not a city or a county: "Mexico City" is no "Mexico", "Los Angeles
 * County" no "Los Angeles".)
 */
const PLACE_KIND_TAIL = /(?:['’]s)?(?:\s+(?:local\s+government\s+)?(?:area|district|municipality|hospital|borough|shire|lga))+$/i;

function placeKey(p: string): string {
  const k = p.toLowerCase().replace(PLACE_KIND_TAIL, "");
  // one country however written: "the United States", "U.S.", "US", "America"; "the UK", "Britain"
  for (const [re, name] of COUNTRY_NAMES) if (re.test(k)) return name;
  return k;
}

/** Other names of one country, for comparing scopes. */
const COUNTRY_NAMES: [RegExp, string][] = [
  [/^(?:the\s+)?(?:america|u\.?s\.?a?\.?|united states(?: of america)?)$/, "united states"],
  [/^(?:the\s+)?(?:britain|great britain|u\.?k\.?|united kingdom)$/, "united kingdom"],
];

function samePlaces(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = new Set(a.map(placeKey));
  return b.every((p) => sa.has(placeKey(p)));
}

/**
 * A headline's places against its body's: a headline names where its story is, and a body figure that names no
 * place is of that story ("Bus plunge in Varosh hills kills 23" / "31 bodies recovered from the crash site"), as is
 * one at a place within the headline's, named after it ("Rajnagar" / "Rajnagar International Airport"). Not a
 * wide scope of one side ("(nationwide)"), which is another quantity than one place's.
 */
function headlinePlaces(a: string[], b: string[]): boolean {
  // (a is the headline's, b the body's)
  if (samePlaces(a, b)) return true;
  if (a.some((p) => p.startsWith("(")) || b.some((p) => p.startsWith("("))) return false;
  if (!b.length) return true;
  if (!a.length) return false;
  const ka = a.map(placeKey), kb = b.map(placeKey);
  const within = (x: string, y: string) => y === x || y.startsWith(`${x} `) || y.startsWith(`${x}'s `) || y.startsWith(`${x}’s `);
  return ka.every((x) => kb.some((y) => within(x, y))) || kb.every((y) => ka.some((x) => within(y, x)));
}

/** The days a figure is of: its times but a day it counts since ("since last Saturday" starts its period, and it runs to now). */
function daysOf(m: Measured): string[] {
  const days = m.times.filter((t) => !t.startsWith("period:") && !t.startsWith("about:"));
  return days.some((t) => t.startsWith("since:")) ? days.filter((t) => !t.startsWith("since:")) : days;
}

/**
 * Whether two figures are marked with a tag of one kind each and share none: two reporting periods ("period:q3" / "period:9m")
 * or two things a levy is on ("about:machineri" / "about:good") are two quantities; a figure with no such tag meets either.
 */
function otherTags(a: Measured, b: Measured, kind: "period:" | "about:"): boolean {
  // (a span of years is read on its own, below)
  const ta = a.times.filter((t) => t.startsWith(kind) && !t.startsWith("period:span-"));
  const tb = b.times.filter((t) => t.startsWith(kind) && !t.startsWith("period:span-"));
  return ta.length > 0 && tb.length > 0 && !ta.some((t) => tb.includes(t));
}

/** Whether two figures are of one place and time; `headline`: a is a headline's figure and b its body's. */
function sameScope(a: Measured, b: Measured, headline = false): boolean {
  if (!(headline ? headlinePlaces(a.places, b.places) : samePlaces(a.places, b.places))) return false;
  // different days are different events
  const da = daysOf(a);
  const db = daysOf(b);
  if (da.length && db.length && !da.some((t) => db.includes(t))) return false;
  // a count since a day is not that day's count ("35 dead since Saturday" / "20 died on Saturday")
  if (a.times.some((t) => t.startsWith("since:") && db.includes(t.slice(6))) || b.times.some((t) => t.startsWith("since:") && da.includes(t.slice(6)))) return false;
  // (and a count of the year so far is no one event's: "Fourteen have died in accidents so far this year" / "Three were killed on Tuesday")
  if (a.times.includes("since:year") !== b.times.includes("since:year")) return false;
  // "a year earlier", "a month later": another time than the one both name
  const rel = (m: Measured) => m.times.filter((t) => t.startsWith("rel:")).join();
  if (rel(a) !== rel(b)) return false;
  if (otherTags(a, b, "period:") || otherTags(a, b, "about:")) return false;
  // (a gross sum meets only a gross sum, a sum over several years only one over as many: "gross earnings" is no "profit", "£31m over
  // three years" no gap of 2025)
  if (a.times.includes("about:gross") !== b.times.includes("about:gross")) return false;
  const spanA = a.times.find((t) => t.startsWith("period:span-"));
  const spanB = b.times.find((t) => t.startsWith("period:span-"));
  // (a figure that names no span may have left it unsaid, as a headline does: "to cut 300 jobs" / "220 posts over the next two years"; not one dated to a year)
  if (!spanA !== !spanB && (spanA ?? spanB) !== "period:span-any" && (spanA ? b : a).years.length || spanA && spanB && spanA !== spanB && spanA !== "period:span-any" && spanB !== "period:span-any") return false;
  // ("640 applications in the year to March" / "1,100 applications for September": a reporting period and a month of another count)
  const month = (m: Measured) => daysOf(m).some((t) => MONTHS.test(t));
  const period = (m: Measured) => m.times.includes("period:fy");
  if (period(a) && !period(b) && month(b) || period(b) && !period(a) && month(a)) return false;
  // years must agree exactly: a figure of another year (or "last year") is another count
  if (a.years.length !== b.years.length || !a.years.every((y) => b.years.includes(y))) return false;
  return true;
}

function exact(f: RawFigure): boolean {
  return f.low !== null && f.low === f.high;
}

/** Bounds in the same direction that differ by more than rounding: "at least 20" against "more than 35". */
const BOUND_GAP = 0.15;
/** How far apart a guess or a reach must be from another figure to differ from it: more than a hedge's own slack. */
const FAR_GAP = 0.3;
/** Upper bounds that say the figure reaches that far ("as many as 200"), not a cap ("under 200"). */
const REACH = /^(?:as many as|as much as|as high as|up to)$/i;

/**
 * Compatible figures that still disagree: an exact count against another number; two bounds the
 * same way far apart. A lower bound and an upper bound ("at least 106", "as many as 200") agree.
 */
function differ(a: RawFigure, b: RawFigure): boolean {
  // an exact count against a bound: "29 dead" and "at least 29" agree, "at least 46" and "57" differ
  // ("more than 10,000 trees" and "10,214": a bound on a round number that the count meets, close by, is that count rounded)
  if (exact(a) !== exact(b)) return a.value !== b.value && !roundBoundMet(exact(a) ? b : a, exact(a) ? a : b);
  if (exact(a) && exact(b)) return point(a) !== point(b) && !rounds(a, b);
  const lowA = a.high === null;
  const lowB = b.high === null;
  if (lowA !== lowB) {
    // "at least 106" against "as many as 200": both may hold, but one says the toll reaches far past the other's count
    const [lower, upper] = lowA ? [a, b] : [b, a];
    return REACH.test(upper.qualifier) && lower.low !== null && upper.high !== null && upper.high > lower.low * (1 + FAR_GAP);
  }
  const x = lowA ? a.low! : a.high!;
  const y = lowB ? b.low! : b.high!;
  return Math.abs(x - y) > BOUND_GAP * Math.max(x, y);
}

/**
 * How two figures of one quantity from two voices disagree, or null when they agree: one the
 * other rounded ("5 percent" beside "4.9 percent", "$368M" beside "$368.2 million") agrees;
 * intervals apart cannot both be true; an exact count against another number, or a reach far past
 * a rough count, differs. Two bounds ("more than 100", "at least 106") are estimates that agree.
 */
function kindOf(a: Comparable, b: Comparable): Conflict["kind"] | null {
  // ("Judge cuts award to $2.5 million" above "jurors awarded $4.2 million"): the level a headline's change left behind is no rival of it
  const moved = a.changedTo ? [a, b] : b.changedTo ? [b, a] : null;
  if (moved && (moved[0]!.changedTo === "down" ? moved[1]!.raw.value > moved[0]!.raw.value : moved[1]!.raw.value < moved[0]!.raw.value)) return null;
  // ("19 bodies had been dug out" against "Fourteen people were killed"): a count that bounds its quantity from below disagrees only
  // with a figure it passes ("nine bodies recovered" and "14 killed" both hold)
  if (!!a.m.frame.floor !== !!b.m.frame.floor) {
    const [fl, other] = a.m.frame.floor ? [a, b] : [b, a];
    const top = other.raw.high;
    return fl.raw.low !== null && top !== null && fl.raw.low > top && !rounds(fl.raw, other.raw) ? "contradiction" : null;
  }
  if (exact(a.raw) && exact(b.raw) && rounds(a.raw, b.raw)) return null;
  // ("Thousands of teachers marched" and "18,000", "Thousands flee" and "more than two hundred thousand": a word of rough size is a
  // floor, said loosely upward, and meets any count past its end; but "only a handful" says few)
  const loose = (v: RawFigure, o: RawFigure) => v.vague && v.stated === null && o.stated !== null && v.low !== null && v.low >= 20 && v.high !== null && o.low !== null && o.low > v.high;
  if (loose(a.raw, b.raw) || loose(b.raw, a.raw)) return null;
  if (disjoint(a.raw, b.raw)) return "contradiction";
  if (!a.raw.vague && !b.raw.vague && (!a.hedged && !b.hedged || farApart(a.raw, b.raw)) && differ(a.raw, b.raw)) return "discrepancy";
  // ("as many as 20,000" against "about 3,500": a reach far past a rough count's upper end still disagrees with it)
  if (reachPast(a.raw, b.raw) || reachPast(b.raw, a.raw)) return "discrepancy";
  return null;
}

/** A reach ("as many as 20,000", "up to 200") whose end lies far past all another figure allows ("about 3,500"). */
function reachPast(reach: RawFigure, other: RawFigure): boolean {
  const top = other.high ?? other.low;
  // (a word of rough size, "thousands", states no number to disagree with)
  return REACH.test(reach.qualifier) && other.stated !== null && reach.high !== null && top !== null && other.high !== null && reach.high > top * (1 + FAR_GAP);
}

/** How close a count must be to a round bound it meets to be that bound's count ("more than 10,000" for 10,214). */
const ROUND_SLACK = 0.1;

/** A bound on a round number ("more than 10,000", "at least 80") that an exact count meets and lies within ROUND_SLACK of. */
function roundBoundMet(bound: RawFigure, count: RawFigure): boolean {
  const v = bound.value;
  if (v === null || v < 10 || count.low === null || count.low !== count.high) return false;
  // (round at its own last zero: "about 12,500" is rounded to the hundred, and meets 12,480)
  if (v % 10 !== 0) return false;
  const inside = (bound.low === null || count.low >= bound.low) && (bound.high === null || count.low <= bound.high);
  return inside && Math.abs(count.low - v) <= ROUND_SLACK * v;
}

/** The two figures' nearest ends are more than FAR_GAP apart: a guess or a report that far off still disagrees. */
function farApart(a: RawFigure, b: RawFigure): boolean {
  const lo = (f: RawFigure) => f.low ?? f.high!;
  const hi = (f: RawFigure) => f.high ?? f.low!;
  const [x, y] = hi(a) < lo(b) ? [hi(a), lo(b)] : hi(b) < lo(a) ? [hi(b), lo(a)] : [0, 0];
  if (x === 0 && y === 0) {
    // overlapping intervals: a lower bound against a reach, compared end to end
    const ends = [a.low, a.high, b.low, b.high].filter((v): v is number => v !== null);
    return Math.max(...ends) > Math.min(...ends) * (1 + FAR_GAP);
  }
  return y > x * (1 + FAR_GAP);
}

/**
 * One figure is the other rounded: "5 percent" beside "4.9 percent", "$7 billion" beside "$7.2
 * billion". Only a figure with fewer decimals can round one with more; whole numbers with
 * trailing zeros ("130" beside "127") are two counts, not a rounding.
 */
export function rounds(a: RawFigure, b: RawFigure): boolean {
  const da = decimals(a);
  const db = decimals(b);
  // ("12,500 hectares" beside "12,480": a count said to the hundred, within half its step and 2 percent, is the other rounded;
  // "130" beside "127" are two counts, and "2,000" beside "1,600" too)
  if (da === 0 && db === 0 && a.value !== b.value) {
    const [r, o] = trailingZeros(a.value) >= trailingZeros(b.value) ? [a.value, b.value] : [b.value, a.value];
    const step = 10 ** trailingZeros(r);
    if (step >= 100 && Math.abs(r - o) <= Math.min(step / 2, 0.02 * Math.abs(r))) return true;
  }
  if (da === db) return false;
  const [coarse, fine, d] = da < db ? [a, b, da] : [b, a, db];
  const f = 10 ** d;
  // (at the coarse one's scale: "$7 billion" rounds "$7.2 billion", "$4.9B" rounds "$4.87 billion")
  const sc = scaleOf(coarse);
  return Math.round(fine.value * f) / f === coarse.value || (sc > 1 && decimals(fine) > 0 && Math.round((fine.value / sc) * f) === Math.round((coarse.value / sc) * f));
}

/** How many zeros a whole number ends in (12,500 -> 2). */
function trailingZeros(v: number): number {
  let n = 0;
  for (let x = Math.abs(Math.round(v)); x > 0 && x % 10 === 0 && n < 15; x /= 10) n++;
  return n;
}

/** Decimals written in a figure's number, counted in its own scale ("7.2 billion" has 1). */
function decimals(f: RawFigure): number {
  const v = f.value / scaleOf(f);
  const s = String(Math.round(v * 1e6) / 1e6);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/** The scale word's factor of a figure's value (7.2 billion -> 1e9), guessed from its size. */
function scaleOf(f: RawFigure): number {
  const v = Math.abs(f.value);
  for (const s of [1e12, 1e9, 1e6]) if (v >= s && Number.isInteger(v / s * 1000)) return s;
  return 1;
}

function point(f: RawFigure): string {
  return `${f.value}|${f.high ?? ""}`;
}

/** Who gives a figure: its source, else the headline, else the one its clause names ("Mirel pegged him at"), else the article. */
function voiceOf(f: Comparable): string {
  const holder = f.m.frame.holder?.toLowerCase() ?? null;
  // a voice named in the figure's own clause ("another says", "compared with Calder's 1,790",
  // ", according to X") that is not the claim's source speaks for itself
  // (but a poll's share that a source says is the source's: "the campaign said she is backed by 48 percent in the Quarry poll" may misquote the poll)
  if (holder && f.sourceId && f.m.frame.holderStrong && !f.who.toLowerCase().includes(holder.split(" ").pop()!) && !(f.m.frame.share && /\s(?:poll|average)$/.test(holder))) return `holder:${holder}`;
  return f.sourceId ?? (f.headline ? "headline" : holder ? `holder:${holder}` : "article");
}

/** Two voices are one when they are equal, or two holders one of whose names holds every word of the other ("the Orbis poll", "the Orbis News poll"). */
function sameVoice(x: string, y: string): boolean {
  if (x === y) return true;
  if (!x.startsWith("holder:") || !y.startsWith("holder:")) return false;
  const wx = x.slice(7).split(/[\s/-]+/).filter(Boolean);
  const wy = y.slice(7).split(/[\s/-]+/).filter(Boolean);
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  return short.length > 1 && short.every((w) => long.includes(w));
}

/** The name of a figure's voice, for the summary. */
export function voiceName(f: Comparable): string {
  return voiceOf(f).startsWith("holder:") ? f.m.frame.holder! : f.who;
}

/** The most conflicts one analysis reports: beyond this a page is noise, not news. */
export const MAX_CONFLICTS = 200;

/** The signature of a figure's reading: one voice giving one interval of one quantity in one scope. */
function signature(f: Comparable): string {
  return `${f.m.key}|${voiceOf(f)}|${f.m.frame.agent}|${f.m.frame.modality}|${f.raw.low}|${f.raw.high}|${f.raw.lowOpen}|${f.raw.highOpen}|${f.raw.vague}|${f.raw.unit}|${f.m.places.join(",")}|${f.m.times.join(",")}|${f.m.years.join(",")}`;
}

/**
 * Find the conflicts among figures. `repeats` receives, for each figure compared, the ids of the
 * later figures that repeat its reading (same voice, interval and scope), which are not compared.
 */
export function findConflicts(figs: Comparable[], repeats: Map<string, string[]> = new Map()): Conflict[] {
  const out: Conflict[] = [];
  // group by measure key; within a group keep one figure per voice, interval and scope, so a
  // page that repeats one figure a thousand times costs one comparison, not a million
  const groups = new Map<string, Comparable[]>();
  const firstOf = new Map<string, string>();
  // the figure a copied frame came from, by its offset, and the first figure each one repeats
  const repeatOf = new Map<number, number>();
  const startOf = new Map<string, number>();
  for (const f of figs) {
    if (!f.m.key || f.m.part) continue;
    const sig = signature(f);
    const first = firstOf.get(sig);
    if (first !== undefined) {
      repeats.set(first, [...(repeats.get(first) ?? []), f.id]);
      repeatOf.set(f.raw.start, startOf.get(first)!);
      continue;
    }
    firstOf.set(sig, f.id);
    startOf.set(f.id, f.raw.start);
    for (const key of f.m.alsoKey ? [f.m.key, f.m.alsoKey] : [f.m.key]) {
      const g = groups.get(key);
      if (g) g.push(f);
      else groups.set(key, [f]);
    }
  }
  // the one agent each quantity has in the article, when it has exactly one ("the bridge" for "the cost")
  const onlyAgentOf = new Map<string, string | null>();
  // the quantities no figure names a doer of, not even by a pronoun
  const agentless = new Set<string>();
  for (const [key, g] of groups) {
    // (two ways of naming one doer are one: "Tessel Plant Closure" / "the closure")
    const named = g.map((f) => f.m.frame.agent).filter((x): x is string => !!x && !x.startsWith("@"));
    const agents: string[] = [];
    // (a bare head, "the plant", beside a name of that head, "the Brackenport plant", is no second doer)
    const namedHeads = new Set(named.filter((y) => !y.startsWith("|") && !y.startsWith("~")).map((y) => y.split("|")[1]));
    const bare = (x: string) => x.startsWith("|") && namedHeads.has(x.slice(1));
    for (const x of named) if (!bare(x) && !agents.some((y) => sameAgent(x, y))) agents.push(x);
    onlyAgentOf.set(key, agents.length === 1 ? agents[0]! : null);
    if (!g.some((f) => f.m.frame.agent)) agentless.add(key);
  }
  const originOf = (f: Comparable) => (f.m.frame.origin === null ? null : repeatOf.get(f.m.frame.origin) ?? f.m.frame.origin);
  // a voice that gives one quantity both at a named time and at none ("In March, Vell had 38 percent
  // in the Orbis poll. The most recent poll shows Vell has fallen to 27 percent") tells a change:
  // its dated figure is of a period before, and only its undated one stands for now
  const earlierIn = (group: Comparable[]) => new Set(group.filter((x) => daysOf(x.m).length > 0 && group.some((o) => o !== x && !daysOf(o.m).length && o.raw.stated !== x.raw.stated && sameVoice(voiceOf(o), voiceOf(x)))));
  const held = (f: Comparable) => voiceOf(f).startsWith("holder:");
  // a headline's figure that the body gives as a part ("Storm kills nine in Port Avel" / "23 across the region, including 9 in Port Avel") is that part, no rival of the whole
  // (and one the body says again as a change: "Unemployment climbs as 190,000 jobs shed" / "employment fell by 190,000": the
  // headline repeats that change, and is no rival of the body's levels)
  // a headline's figure its body says again ("23 killed in Osk" / "in Osk, 23 people died") is that body figure, of its place
  // ("Tens of thousands march" / "Tens of thousands of people marched": a vague figure said again in its words)
  const restated = new Set(figs.filter((h) => h.headline && figs.some((p) => !p.headline && p.raw.unit === h.raw.unit && (p.raw.stated !== null ? p.raw.stated === h.raw.stated : p.text.toLowerCase() === h.text.toLowerCase()))).map((h) => h.id));
  const partInBody = new Set(figs.filter((h) => h.headline && figs.some((p) => !p.headline && p.raw.unit === h.raw.unit && p.raw.stated !== null && p.raw.stated === h.raw.stated && (p.m.part || p.m.frame.change && !h.m.frame.change))).map((h) => h.id));
  for (const [gkey, usable] of groups) {
    // (read once per quantity, not per pair)
    const earlier = usable.some((x) => daysOf(x.m).length > 0) && usable.some((x) => !daysOf(x.m).length) ? earlierIn(usable) : new Set<Comparable>();
    for (let i = 0; i < usable.length && out.length < MAX_CONFLICTS; i++) {
      for (let j = i + 1; j < usable.length && out.length < MAX_CONFLICTS; j++) {
        const a = usable[i]!;
        const b = usable[j]!;
        // (a figure since superseded is no rival of any, even of one whose frame was read from it)
        if (a.raw.unit !== b.raw.unit || partInBody.has(a.id) || partInBody.has(b.id) || a.m.frame.modality === "superseded" || b.m.frame.modality === "superseded") continue;
        const differentVoices = !sameVoice(voiceOf(a), voiceOf(b));
        // a figure that answers another ("compared with Calder's 1,790") has that figure's frame: its agent is that one's
        // (a figure whose frame was copied from a repeat answers the repeated figure: "$53 million", later "his $53 million", then "the data puts the figure at $44 million")
        const oa = originOf(a);
        const ob = originOf(b);
        // ("analysts had expected $4.5 billion" answers the revenue reported, but as a forecast, not a rival result)
        const copied = ((oa !== null && (oa === ob || oa === b.raw.start)) || (ob !== null && ob === a.raw.start)) && (a.m.frame.modality === "forecast") === (b.m.frame.modality === "forecast");
        if (!differentVoices || !(b.headline && !a.headline ? sameScope(b.m, a.m, !restated.has(b.id)) : sameScope(a.m, b.m, a.headline && !b.headline && !restated.has(a.id))) || !(copied || framesMeet(a.m.frame, b.m.frame, a.sourceId ? a.who : null, b.sourceId ? b.who : null, onlyAgentOf.get(gkey) ?? null, agentless.has(gkey)))) continue;
        // one sentence that gives two figures sets two things side by side ("the top 1 percent paid 25 percent, the top 10 percent 69"), unless two sources speak in it
        // (a correction answers the figure before it: "says we received $1.25 million, but the correct amount was $1.1 million")
        // (the poll a sentence names speaks for all of it: "In the Orbis poll, 8 percent of Ames voters back Vell; 3 percent of the rest, Orrin")
        // (and a study that is its sentence's subject speaks for all of it, unless another study or list is set against it there)
        if (a.m.sentence === b.m.sentence && (voiceOf(a) === "article" || voiceOf(b) === "article" || a.m.frame.sentenceVoice && !(held(b) && !b.m.frame.sentenceVoice) || b.m.frame.sentenceVoice && !(held(a) && !a.m.frame.sentenceVoice)) && !a.m.frame.correction && !b.m.frame.correction) continue;
        if (a.raw.code !== b.raw.code) continue;
        if (!daysOf(a.m).length !== !daysOf(b.m).length && earlier.has(daysOf(a.m).length ? a : b)) continue;
        // the same number said again without its qualifier ("more than 2,600" and later "2,600") is a restatement
        if (a.raw.stated !== null && a.raw.stated === b.raw.stated && (!a.raw.qualifier || !b.raw.qualifier)) continue;
        // (one quantity is seldom said twelve times over by another voice: figures that far apart count a whole and a part of it, or two things)
        const va = Math.abs(a.raw.value), vb = Math.abs(b.raw.value);
        // (bounds apart: "as many as 250,000" against 10,000 is a reach far past a count, said so)
        if (va && vb && a.raw.unit !== "percent" && Math.max(va, vb) / Math.min(va, vb) > FAR_RATIO && exact(a.raw) && exact(b.raw) && !a.raw.qualifier && !b.raw.qualifier) continue;
        const kind = kindOf(a, b);
        if (!kind || a.m.alsoKey && b.m.alsoKey && out.some((c) => c.figureIds.includes(a.id) && c.figureIds.includes(b.id))) continue;
        out.push(pairConflict(a, b, kind, a.m.measure ?? ""));
      }
    }
  }
  restatedConflicts(figs, out);
  headlineConflicts(figs, out);
  soleRivalConflicts(figs, out);
  // in text order of their first figure
  const order = new Map(figs.map((f, i) => [f.id, i]));
  out.sort((x, y) => order.get(x.figureIds[0]!)! - order.get(y.figureIds[0]!)!);
  out.forEach((c, i) => (c.id = `x${i + 1}`));
  return out;
}

/**
 * A headline's figure its body says again takes that body figure's side: where the body's figure is at odds with
 * another voice's, so is the headline ("Bus plunge kills 23" / "the governor's office put the toll at
 * twenty-three" / "the hospital said 31 bodies"). The headline's own place or time need not be said again.
 */
function restatedConflicts(figs: Comparable[], out: Conflict[]): void {
  const byId = new Map(figs.map((f) => [f.id, f]));
  for (const h of figs) {
    if (!h.headline || h.raw.stated === null || out.length >= MAX_CONFLICTS) continue;
    const own = figs.filter((p) => !p.headline && p.raw.unit === h.raw.unit && p.raw.code === h.raw.code && p.raw.stated === h.raw.stated);
    // (one restatement only: a value said twice of two things says nothing of which the headline means)
    if (own.length !== 1) continue;
    const p = own[0]!;
    for (const c of [...out]) {
      if (!c.figureIds.includes(p.id) || out.length >= MAX_CONFLICTS) continue;
      const q = byId.get(c.figureIds.find((id) => id !== p.id)!)!;
      if (q.headline || out.some((x) => x.figureIds.includes(h.id) && x.figureIds.includes(q.id))) continue;
      const kind = kindOf(h, q);
      if (!kind) continue;
      out.push({ ...pairConflict(h, q, kind, c.measure), summary: `The headline says ${h.text}${c.measure ? ` ${c.measure}` : ""}; ${voiceName(q)} ${verbFor(voiceName(q), "say")} ${q.text}${kindNote(kind)}` });
    }
  }
}

/** Why a pair conflicts, said after its figures. */
const kindNote = (kind: Conflict["kind"]): string => (kind === "contradiction" ? " (cannot both be true)" : " (different counts)");

/** A conflict of two voices' figures, with its summary (its id is set once all are found). */
function pairConflict(a: Comparable, b: Comparable, kind: Conflict["kind"], measure: string): Conflict {
  const scope = a.m.places.filter(shownPlace).join(", ") || null;
  // "Ardent gives Arland's firms as 568": a side's quantity reads better named first
  const said = /['’]s? /.test(measure)
    ? `${cap(voiceName(a))} ${verbFor(voiceName(a), "give")} ${measure}${scope ? ` in ${scope}` : ""} as ${a.text}; ${voiceName(b)} as ${b.text}`
    : `${cap(voiceName(a))} ${verbFor(voiceName(a), "say")} ${a.text}${measure ? ` ${measure}` : ""}${scope ? ` in ${scope}` : ""}; ${voiceName(b)} ${verbFor(voiceName(b), "say")} ${b.text}`;
  return { id: "", kind, figureIds: [a.id, b.id], measure, scope, summary: `${said}${kindNote(kind)}` };
}

/** How far apart two voices' figures of one quantity may be and still be one quantity said two ways (a slip of a decimal place, "$4.5 million" for "$450,000", is ten). */
const FAR_RATIO = 12;
/** How far apart a headline's figure and its body's may be and still be read as one quantity. */
const HEADLINE_RATIO = 2;
/** How many of the headline's words the body figure's clause must share (one is often only a name). */
const HEADLINE_WORDS = 2;

/**
 * A headline's figure against the body's: a headline says in few words the quantity its body
 * gives, so when no body figure repeats or agrees with it, the one body figure of its unit,
 * scope and kind (level, change, plan) that shares most of the headline's words is the same
 * quantity said otherwise ("Month's rain in a day as 120mm soaks Glenmorrow" / "recorded 86mm of
 * rain"). Only one such figure, close in size: else the headline is not read.
 */
function headlineConflicts(figs: Comparable[], out: Conflict[]): void {
  const paired = new Set(out.flatMap((c) => c.figureIds));
  const body = figs.filter((f) => !f.headline && !f.m.part && f.m.frame.modality !== "superseded");
  for (const h of figs) {
    if (!h.headline || h.m.part || paired.has(h.id) || out.length >= MAX_CONFLICTS || !h.m.anchors?.length) continue;
    const same = body.filter((b) => b.raw.unit === h.raw.unit && b.raw.code === h.raw.code);
    // said again or agreed with in the body: nothing to dispute ("29 killed" / "at least 29", "nearly 2,000" / "about 1,960")
    // (a part too: "Storm kills nine in Port Avel" / "23 across the region, including 9 in Port Avel")
    if (figs.some((b) => !b.headline && b.raw.unit === h.raw.unit && b.raw.stated !== null && b.raw.stated === h.raw.stated)) continue;
    if (same.some((b) => !disjoint(h.raw, b.raw) && !differ(h.raw, b.raw) && b.m.anchors!.some((w) => h.m.anchors!.includes(w)))) continue;
    const fh = h.m.frame;
    let best: Comparable[] = [];
    let bestScore = 0;
    for (const b of same) {
      const fb = b.m.frame;
      if (fb.change !== fh.change || fb.prior || (fb.rate ?? "") !== (fh.rate ?? "") || (fb.modality === "forecast") !== (fh.modality === "forecast")) continue;
      // one counted thing, or none named on either side ("90% savings" is no share "of your cache", "4 words" no "three months", "40 points short" no "50 points")
      if ((fh.thing ?? "") !== (fb.thing ?? "") || fh.noun && fb.noun && stem(fh.noun) !== stem(fb.noun)) continue;
      const vh = Math.abs(h.raw.value);
      const vb = Math.abs(b.raw.value);
      if (!vh || !vb || Math.max(vh, vb) / Math.min(vh, vb) > HEADLINE_RATIO) continue;
      if (h.m.places.length && b.m.places.length && !b.m.places.some((p) => h.m.places.map(placeKey).includes(placeKey(p)))) continue;
      if (daysOf(h.m).length && daysOf(b.m).length && !daysOf(h.m).some((t) => daysOf(b.m).includes(t))) continue;
      if (h.m.years.length && b.m.years.length && !h.m.years.some((y) => b.m.years.includes(y))) continue;
      const score = b.m.anchors!.filter((w) => h.m.anchors!.includes(w)).length;
      if (score > bestScore) [best, bestScore] = [[b], score];
      else if (score === bestScore && score > 0) best.push(b);
    }
    if (best.length !== 1 || bestScore < HEADLINE_WORDS) continue;
    const b = best[0]!;
    // a headline's bound ("cases top 500") that the body's count meets
    if (h.boundBefore === "over" && b.raw.value >= h.raw.value || h.boundBefore === "near" && b.raw.value <= h.raw.value && b.raw.value >= h.raw.value * (1 - ROUND_SLACK)) continue;
    const kind = kindOf(h, b);
    if (!kind) continue;
    const measure = b.m.measure ?? h.m.measure ?? "";
    out.push({ id: "", kind, figureIds: [h.id, b.id], measure, scope: b.m.places.filter(shownPlace).join(", ") || null, summary: `The headline says ${h.text}${measure ? ` ${measure}` : ""}; ${voiceName(b)} ${verbFor(voiceName(b), "say")} ${b.text}${kindNote(kind)}` });
  }
}

/** Nouns of a difference between two levels: a count of the gap, never a level. */
const GAP_WORD = /^(?:shortfall|gap|deficit|surplus|differen|margin|excess|increas|decreas|drop|rise|fall|jump|declin|los|gain)/;
/** Predicates that name no act of their own: having, getting, taking, putting, counting, claiming. */
const WEAK_ACT = /^(?:has|have|had|got|get|gets|take|taken|took|takes|led|lead|lay|list|detail|show|shown|gave|give|given|liv|living|live|estimat|number|say|said|stand|stood|includ)$/;
// ("registered" is a predicate only where it is its subject's own act: "15,000 people registered for the rally")
const weakAct = (p: string): boolean => !p || WEAK_ACT.test(p) || p !== "register" && !/^carri/.test(p) && (LIGHT_VERB.test(p) || LIGHT_VERB.test(`${p}ed`) || LIGHT_VERB.test(`${p}s`));
/** Spans of time and units of measure: read as the 'thing' of a figure, they count nobody's quantity ("in thirty-seven years", "(2,095 metric tons)"). */
const SPAN_THING = /^(?:second|minute|hour|day|week|weekend|month|year|decade|centur|season|term|time)s?$/;
const MEASURE_UNIT = /^(?:ton|tonne|kilo|kilogram|gram|pound|ounce|litre|liter|gallon|barrel|ml|metre|meter|mile|kilometre|kilometer|feet|foot|inch|acre|hectare|degree)s?$/;
/** What is needed or aimed at is a threshold, not a count ("the 1,237 delegates needed to clinch"). */
const GOAL_ACT = /^(?:need|needed|requir|target|aim|goal|want)$/;
const KNOWN_ACTS = new Set(SYNONYMS.map(([, k]) => k));
/** How far apart two voices' sole counts of one thing may be and still be read as one quantity. */
const SOLE_RATIO = 3;
/** The most figures of one unit and thing the pairing looks through. */
const SOLE_GROUP = 24;

/** A figure's act, the first word of its predicate ("" when none is read). */
const actOf = (f: Comparable): string => (f.m.frame.predicate ?? "").split(" ")[0]!;
/**
 * What a figure counts, for the pairing of sole rivals: its counted thing, or for a sum of money or a quantity in
 * a unit of measure whose frame is read, the money or the measure itself (its currency or unit says what is
 * counted: "spent £4.2m restoring the bridge" / "the cost to ratepayers came to £5.1m", "adding 700MW to the
 * grid" / "brought 650 megawatts back").
 */
const countedOf = (f: Comparable): string | null => f.m.frame.thing ?? ((f.raw.unit === "money" || f.raw.unit === "measure") && f.m.key ? "" : null);

/**
 * One act said two ways ("40 residents were evacuated" / "95 residents were led out", "620 pupils enrolled" /
 * "the academy has 710 pupils"): where two voices each give one count of one thing (or one sum of money), at one place and time, and
 * nothing else in the article counts that thing differently, the two counts are read as one quantity, though
 * their frames name the act with words no synonym list joins. Vetoes keep what are two quantities apart:
 * two content verbs, gaps and thresholds, a value the article gives as a part, spans of time, two doers.
 */
function soleRivalConflicts(figs: Comparable[], out: Conflict[]): void {
  const paired = new Set(out.flatMap((c) => c.figureIds));
  const partValues = new Set(figs.filter((f) => f.m.part).map((f) => f.raw.value));
  // (the writer's own "I" or "we" is the article's voice)
  const said = (f: Comparable) => { const v = voiceOf(f); return v !== "article" && v !== "headline" && !/^(?:i|we|me|us)$/i.test(voiceName(f)); };
  const pool = figs.filter((f) => !f.headline && !f.m.part && said(f) && countedOf(f) !== null && !SPAN_THING.test(countedOf(f)!) && (f.raw.unit !== "count" || !MEASURE_UNIT.test(countedOf(f)!)) && !f.m.frame.change && !f.m.frame.prior && (f.m.frame.modality === "result" || f.m.frame.modality === "forecast") && !f.m.matchup);
  // the figures whose act is named, by unit, value and thing
  const acted = new Map<string, Comparable[]>();
  for (const f of figs) {
    if (countedOf(f) === null || weakAct(actOf(f))) continue;
    const k = `${f.raw.unit}|${f.raw.value}|${stem(countedOf(f)!)}`;
    const list = acted.get(k);
    if (list) list.push(f);
    else acted.set(k, [f]);
  }
  // rivals are sought only among figures of one unit and one thing
  const groups = new Map<string, Comparable[]>();
  for (const f of pool) {
    const k = `${f.raw.unit}|${f.raw.code ?? ""}|${stem(countedOf(f)!)}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  // the one doer the article names of each head, where it names one ("the Osk unit" for "the unit")
  const namedOf = new Map<string, string>();
  const heads = new Map<string, Set<string>>();
  for (const f of figs) {
    const x = f.m.frame.agent;
    if (!x || /^[@|~=]/.test(x) || !x.includes("|")) continue;
    const h = x.split("|")[1]!;
    heads.set(h, (heads.get(h) ?? new Set()).add(x));
  }
  for (const [h, names] of heads) if (names.size === 1) namedOf.set(h, [...names][0]!);
  const groupOf = (f: Comparable) => groups.get(`${f.raw.unit}|${f.raw.code ?? ""}|${stem(countedOf(f)!)}`)!;
  const fits = (a: Comparable, b: Comparable): boolean => {
    const fa = a.m.frame, fb = b.m.frame;
    if (a.raw.unit !== b.raw.unit || a.raw.code !== b.raw.code || a.m.sentence === b.m.sentence) return false;
    if (stem(countedOf(a)!) !== stem(countedOf(b)!) || (fa.rate ?? "") !== (fb.rate ?? "") || comparedAggregate(fa) !== comparedAggregate(fb) || fa.modality !== fb.modality) return false;
    if (sameVoice(voiceOf(a), voiceOf(b))) return false;
    const pa = actOf(a), pb = actOf(b);
    if (pa !== pb && KNOWN_ACTS.has(pa) && KNOWN_ACTS.has(pb)) return false;
    // two acts named by content verbs ("planted" / "cut down", "produced" / "sold") are two quantities
    // (not sums of money: one sum is named by many verbs and nouns, "pocketed" / "a pay package"; sums of two acts
    // that are known, "raised" / "spent", two doers or other sums nearby keep them apart)
    if (pa !== pb && !weakAct(pa) && !weakAct(pb) && a.raw.unit !== "money") return false;
    if (GAP_WORD.test(pa) || GAP_WORD.test(pb) || GOAL_ACT.test(pa) || GOAL_ACT.test(pb)) return false;
    // one side at least must say what was done ("a dozen states" against "the 35 states" says nothing of either)
    if (!fa.strong && !fb.strong) return false;
    // a value the article gives elsewhere as a part of a total is that part ("nine of them" ... "the 9 victims")
    if (partValues.has(a.raw.value) || partValues.has(b.raw.value)) return false;
    if (!sameScope(a.m, b.m)) return false;
    // who did it is part of the quantity: two doers are two quantities
    // (a pronoun doer is the speaker: "Orla said it would cut 300 jobs" / "Benn said it would cut 450"; unknown when the article speaks)
    // (a bare head, "the unit", is the one doer of that head the article names, "the Osk unit")
    const doer = (f: Comparable) => { const x = f.m.frame.agent?.startsWith("@pro") ? (f.sourceId ? speakerAgent(f.who) : "@pro") : f.m.frame.agent; return x?.startsWith("|") ? namedOf.get(x.slice(1)) ?? x : x; };
    const da = doer(a), db = doer(b);
    if (da && db && (da === "@pro" || db === "@pro" || !sameAgent(da, db))) return false;
    // the same value of the same thing elsewhere, with an act of its own, says which quantity it is ("22 emails ... top secret", "the 22 emails")
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const py = actOf(y);
      if (weakAct(py)) continue;
      if ((acted.get(`${x.raw.unit}|${x.raw.value}|${stem(countedOf(x)!)}`) ?? []).some((s) => s !== x && s !== y && actOf(s) !== py)) return false;
    }
    const va = Math.abs(a.raw.value), vb = Math.abs(b.raw.value);
    return !!va && !!vb && Math.max(va, vb) / Math.min(va, vb) <= SOLE_RATIO;
  };
  for (const a of pool) {
    // (a thing counted many times over is no matter of one count per voice, and the pairing is quadratic)
    if (paired.has(a.id) || out.length >= MAX_CONFLICTS || groupOf(a).length > SOLE_GROUP) continue;
    const rivals = groupOf(a).filter((b) => b !== a && fits(a, b));
    const values = new Set(rivals.map((b) => b.raw.stated ?? b.raw.value));
    if (values.size !== 1) continue;
    const b = rivals[0]!;
    if (paired.has(b.id) || figs.indexOf(b) < figs.indexOf(a)) continue;
    const back = new Set(groupOf(b).filter((x) => x !== b && fits(b, x)).map((x) => x.raw.stated ?? x.raw.value));
    if (back.size !== 1) continue;
    const kind = kindOf(a, b);
    if (!kind) continue;
    paired.add(a.id); paired.add(b.id);
    out.push(pairConflict(a, b, kind, a.m.measure ?? b.m.measure ?? ""));
  }
}

/** Plural heads of unnamed voices, capitalised or not ("Officials", "exit polls", "Activists"). */
const PLURAL_HEAD = /^(?:officials|activists|reports|figures|polls|surveys|analysts|experts|sources|residents|witnesses|authorities|police|organizers|organisers|medics|rescuers|doctors|economists|critics|officers|investigators|researchers|scientists|monitors|observers|groups|media|people|estimates|records|data|others|aides|lawmakers|prosecutors|workers|unions|members|leaders|rebels|militants|troops|forces|protesters|demonstrators|volunteers|teams|crews|firefighters|staff)$/i;

/** The verb for a voice: "officials say", "exit polls give", but "Reuters says" (a name ending in -s is one body). */
function verbFor(voice: string, verb: "say" | "give"): string {
  // the head of the voice's noun phrase: before a phrase that follows it ("economists at the bank")
  const words = voice.split(/\s+/);
  // (and a participle's phrase: "figures released by the service", "data compiled by")
  const cut = words.findIndex((w, i) => i > 0 && (/^(?:at|of|for|in|from|with|on|who|that|which)$/.test(w) || /^\p{Ll}+ing$/u.test(w) || /^\p{Ll}+ed$/u.test(w) && words[i + 1] === "by"));
  const last = (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? "";
  const plural = (/^\p{Ll}/u.test(last) && /[^su]s$/.test(last)) || PLURAL_HEAD.test(last);
  return plural ? verb : `${verb}s`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A figure as the dispute summary needs it. */
export type DisputeFigure = { id: string; text: string; who: string; unit: string | null };

/**
 * Disputes: the conflicts gathered by quantity. Two conflicts that share a figure are about one
 * quantity, so the figures connected through conflicts form one dispute (five tolls of one
 * event are one dispute of five voices, not ten pairs).
 */
export function findDisputes(conflicts: Conflict[], figs: DisputeFigure[], repeats: Map<string, string[]> = new Map()): Dispute[] {
  const order = new Map(figs.map((f, i) => [f.id, i]));
  const byId = new Map(figs.map((f) => [f.id, f]));
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const c of conflicts) for (const id of c.figureIds) if (!parent.has(id)) parent.set(id, id);
  for (const c of conflicts) {
    const [a, ...rest] = c.figureIds;
    for (const b of rest) parent.set(root(b), root(a!));
  }
  const groups = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const r = root(c.figureIds[0]!);
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  }
  const out: Dispute[] = [];
  for (const cs of groups.values()) {
    // every figure of the quantity, with the repeats of a reading ("$17 million" said again later)
    const ids = [...new Set(cs.flatMap((c) => c.figureIds.flatMap((id) => [id, ...(repeats.get(id) ?? [])])))].sort((x, y) => order.get(x)! - order.get(y)!);
    const first = cs[0]!;
    const kind = cs.some((c) => c.kind === "contradiction") ? "contradiction" : "discrepancy";
    const voices = ids.map((id) => byId.get(id)!).filter(Boolean);
    const measure = first.measure;
    const scope = first.scope;
    const n = new Set(voices.map((v) => v.who)).size;
    out.push({
      id: "",
      kind,
      measure,
      scope,
      unit: voices[0]?.unit ?? null,
      figureIds: ids,
      conflictIds: cs.map((c) => c.id),
      summary: `${cap(numberWord(n))} figures for ${measure || "one quantity"}${scope ? ` in ${scope}` : ""}: ${voices.map((v) => `${v.text} (${v.who})`).join(", ")}`,
    });
  }
  out.sort((x, y) => order.get(x.figureIds[0]!)! - order.get(y.figureIds[0]!)!);
  out.forEach((d, i) => (d.id = `d${i + 1}`));
  return out;
}

function numberWord(n: number): string {
  return ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][n] ?? String(n);
}
