/**
 * The quantity frame of a figure, read from its sentence's structure: what is counted (the head
 * noun), the predicate (killed, support, cut, raised), who does it, whether the figure is a level,
 * a change or a rate, and whether it is a result or a forecast. Two figures can disagree only
 * when their frames name one quantity.
 *
 * No word list here names a kind of news event: the predicate is whatever verb or noun governs
 * the figure. The lists are English grammar (auxiliaries, prepositions, determiners) and a few
 * synonym sets that say one thing several ways ("died", "dead", "deaths", "killed").
 */
import { isSmallNumberWord, type RawFigure } from "./figures.js";
import { isCap, lowerOf, type Token } from "./text.js";
import { TITLES, WEEKDAYS } from "./lexicon.js";
import { partitionPoint } from "./search.js";
import { readHolder } from "./frame-holder.js";
import {
  AGGREGATE,
  AUX,
  BEFORE_VERB,
  CHANGE_AFTER,
  CHANGE_VERB,
  SET_VERB,
  CROWD_NOUNS,
  DITRANSITIVE,
  FUNCTION,
  FUTURE,
  HONORIFIC,
  GENERIC_PEOPLE,
  HEARSAY,
  IRREGULAR_PAST,
  JUNK_PREDICATE,
  LIGHT_VERB,
  LIKELY,
  LINK_VERB,
  MEASURE_NOUNS,
  MEASURE_WORDS,
  OPINION,
  PERIOD,
  PHRASE_PREP,
  PLACE_OR_TIME,
  PLURAL,
  REPORTING,
  TIME_THING,
  TRANSPARENT,
  UNIT_WORD,
  VICTIM_KEYS,
  content,
  normalize,
  stem,
  thingOf,
} from "./frame-words.js";

export { VICTIM_KEYS, normalize } from "./frame-words.js";

/** Words that report a claim as a claim, which an aside may answer. */
const CLAIM_WORD = /^(?:claim|claims|claimed|claiming|alleging|alleged|allegation|allegations|falsely|wrongly|erroneously|incorrectly|asserted|asserting|assertion|insisted|insisting)$/;

/** Particles of a phrasal verb before its object ("take in 250,000", "laid off 300"), and the verbs they go with. */
const PARTICLE = /^(?:in|off|out|away|back|aside)$/;
/** Verbs of the hurt being seen to ("treated", "brought in for treatment"), and what says they were hurt after them. */
// (not "taken to hospital", "admitted": a count of those is often the quantity itself, hospital admissions)
const TREATED = /^(?:treated|treating|treat|treats|brought)$/;
const TREATED_FOR = /^(?:in\s+|to\s+)?(?:\S+\s+){0,4}?for\s+(?:\S+\s+){0,2}?(?:treatment|injuries|injury|wounds|burns|cuts|fractures)\b/;

/** Verbs by which the dead are counted where they are brought: "received 31 bodies", "31 bodies were recovered". */
const BODIES_BROUGHT = /^(?:recovered|recover|recovers|received|receive|receives|retrieved|retrieve|pulled|found|brought|taken|identified|collected|counted|buried|exhumed|dug|unearthed|extricated|extracted|fished|washed)$/;
/** Nouns after money that are no thing it is the amount of ("$5 million worth", "$3 million more"). */
const PLURAL_MONEY_NOT = /^(?:worth|more|less|each|apiece|annually|overall|total|altogether|alone|ago|later|earlier|short)$/;
/** Words of time, never a share's object ("walked out on Thursday"). */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|january|february|march|april|june|july|august|september|october|november|december|week|weekend|month|year|day|morning|afternoon|evening|night)$/;
const PHRASAL = /^(?:set|sets|setting|take|takes|took|taken|taking|let|lets|letting|bring|brings|brought|bringing|lay|lays|laid|laying|turn|turns|turned|turning|send|sends|sent|sending|kick|kicked|drive|drove|driven|force|forced|pay|paid|paying|ship|shipped|fly|flew|flown|airlift|airlifted|pull|pulled)$/;

/** Verbs by which a subject gets a count of something ("received 1.2 million votes", "drew 40,000 visitors"). */
const GAIN = /^(?:received|receives|receive|receiving|got|gets|getting|won|wins|winning|garnered|garners|garnering|drew|draws|attracted|attracts|collected|collects|secured|secures|securing|earned|earns|polled|polls)$/;
/** Verbs of having whose object is what their subject counts ("the city has 4,000 homeless people", "claims 10 million users"). */
const POSSESS = /^(?:has|have|had|having|claims|claimed|claim|boasts|boasted|boast|counts|counted)$/;

/** "there" and its contractions ("there'll be 150"). */
const THERE = /^there(?:['’](?:ll|s|d|re))?$/;

/** What may stand right before "worth" when it reads as a verb ("is worth", "are each worth", "now worth"). */
const WORTH_SUBJECT = /^(?:is|are|was|were|be|been|being|each|both|now|still|reportedly|apparently|allegedly|supposedly|estimated|believed|thought|said)$/;

/** The quantity frame of one figure. */
export type Frame = {
  /** The counted noun, as read ("people", "voters", "jobs"), or null. */
  noun: string | null;
  /** The counted thing, normalised for comparing ("people", "voters"), or null. */
  thing: string | null;
  /** The predicate, normalised ("killed", "support", "cut"), or null. */
  predicate: string | null;
  /** The predicate as written, for display, or null. */
  predicateText: string | null;
  /** Who does the predicate when the figure is its object ("Acme" cut 325 jobs), lower-cased, or null. */
  agent: string | null;
  /** The figure is a change ("rose 5 percent", "20 more"), not a level. */
  change: boolean;
  /** The figure is an earlier level ("from 8.1 percent to 8.3 percent"). */
  prior: boolean;
  /** The period or unit it is a rate of ("year", "person"), or null for a level. */
  rate: string | null;
  /** Aggregation: average, median, total, record, ...; null when none is said. */
  aggregate: string | null;
  /** forecast (a plan, goal, expectation), hearsay (rumour), or result. */
  modality: "result" | "forecast" | "hearsay" | "superseded";
  /** Enough is known to compare it: a predicate, or a thing named as a level ("the toll is 83"). */
  strong: boolean;
  /** Where the predicate was read: the figure's subject verb, the verb it is the object of, or a level noun ("the deficit was"). */
  via: "subject" | "object" | "level" | null;
  /** The figure is the subject of a passive ("450 jobs would be lost"), whose doer may go unsaid. */
  passive?: boolean;
  /** A count of things found or recorded, with no act of its own ("monitoring detected 1,214 hotspots", "the report records 1,416 pairs"). */
  found?: boolean;
  /** The figure is the writer's correction of what a source said ("but in fact ..."), not the source's. */
  writer?: boolean;
  /** The holder is the one poll its sentence names, not a voice set against the sentence's others. */
  sentenceVoice?: boolean;
  /** The share is of a population a name qualifies ("of Republican voters"), kept as its thing. */
  population?: boolean;
  /** A correction of the figure said before it ("the correct amount was", "the real figure is"). */
  correction?: boolean;
  /** A count that bounds its quantity from below: bodies recovered are some of the dead, not all of them told. */
  floor?: boolean;
  /** A level given with no verb of its own ("put the cost at", "a toll of", "gave the attendance as"): it says no tense. */
  timeless?: boolean;
  /** A share whose own verb is read ("70 percent of adults had been vaccinated"). */
  share?: boolean;
  /** Its doer is said to be another of its kind, or its act another ("the new device", "also paid"): no bare head of it is a thing named before. */
  distinct?: boolean;
  /** A norm set, not a level given ("the bank's 1 to 3 percent target band"): it stands for no other figure's quantity. */
  norm?: boolean;
  /** Counted in a unit of measure ("barrels", "acres"): the unit says what is measured. */
  measured?: boolean;
  /** Said with "the" ("the two were its followers"): a reference, not a count. */
  definite?: boolean;
  /** The figure (its start offset) whose frame this one took ("another says there are about 1,800"), or null. */
  origin: number | null;
  /** What money is for ("allocates 640 million to a school feeding program"), or null. */
  topic: string | null;
  /** Who gives the figure in its own clause, when no cue of saying does: "Mirel pegged him at $3.1 billion", "Ardent lists ... at" (as written), or null. */
  holder: string | null;
  /** The holder is named by the figure itself ("Calder's 1,790", ", according to X", "another says"), so it overrides the claim's source. */
  holderStrong?: boolean;
  /** The figure stands for something said before: "Calder says it is $5.5 billion", "has it at", "pegged him at". */
  anaphoric: boolean;
};


/** The sentence being read is in title case (a headline): capitals say nothing of names there. */
let titleMode = false;
/** The sentence read is a headline, in whatever case ("Acme to cut 1,200 jobs"). */
let headlineMode = false;
/** One name for a unit a rate is per, however written: "per kilogramme", "a kilo", "per kg". */
function rateUnit(r: string): string {
  return /^(?:kilo|kilogram|kilogramme|kg)$/.test(r) ? "kg" : /^(?:ton|tonne)$/.test(r) ? "tonne" : /^(?:liter|litre)$/.test(r) ? "litre" : /^(?:kilometer|kilometre|km)$/.test(r) ? "km" : r;
}
/** Nouns of kind, which count kinds of what follows "of" ("species of beetle", "types of cancer"). */
const KIND_NOUN = /^(?:species|types?|kinds?|varieties|variety|breeds?|strains?|brands?|models?|genera|genus)$/;
/** Causes of harm, which name no group of people before a toll: "flood deaths", "road fatalities", "heat deaths". */
const HARM_CAUSE = /^(?:flood|floods|fire|fires|crash|crashes|storm|storms|quake|earthquake|heat|heatwave|flu|covid|covid-19|virus|cholera|road|traffic|accident|blast|bomb|war|gun|drug|overdose|landslide|cyclone|hurricane|typhoon|tornado|monsoon|rain|snow|avalanche|mudslide|lightning|drowning|stampede|collapse|mine|rail|train|air|plane|boat|ferry)$/;
/** A capitalised word that may be a name (in a headline every word is capitalised). */
function capd(w: string): boolean {
  return !titleMode && isCap(w);
}

/** Is a sentence's run of tokens in title case (most of its longer words capitalised)? */
export function isTitleCase(toks: Token[]): boolean {
  let n = 0;
  let caps = 0;
  let short = 0;
  let shortCaps = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 3 || /^\d/.test(t.text)) continue;
    short++;
    if (isCap(t.text)) shortCaps++;
    if (t.text.length < 4) continue;
    n++;
    if (isCap(t.text)) caps++;
  }
  // a short headline ("Acme to Cut 2,000 Jobs") has few long words, every one capitalised
  return (n >= 3 && caps / n >= 0.7) || (short >= 3 && shortCaps === short);
}

/** The population a poll's share is of ("62 percent of voters", "of Sanders supporters"). */
const POLLED = /^(?:voters|people|respondents|adults|residents|citizens|those|public|electorate|population|supporters|backers)$/;

/** The head of a rate named after the share that gives it ("a 9.1 percent unemployment rate"). */
const RATE_HEAD = /^(?:rate|rates|rating|ratings)$/;

/** Read the frame of a figure whose tokens are toks[fi..li] in its sentence's tokens. */
export function readFrame(toks: Token[], fi: number, li: number, f: RawFigure, sentenceStart: boolean, titleCase = false, headline = false): Frame {
  titleMode = titleCase;
  headlineMode = headline;
  const fr: Frame = { noun: null, thing: null, predicate: null, predicateText: null, agent: null, change: false, prior: false, rate: null, aggregate: null, modality: "result", strong: false, via: null, holder: null, anaphoric: false, topic: null, origin: null };
  // --- after the figure: the counted noun ("83 people", "62 percent of voters", "dozens of homes")
  let k = li + 1;
  if (lowerOf(toks[k]) === "%") k++;
  // ("said 'fewer than ten' civilians had died": a figure quoted on its own, its noun after the quotation's close)
  if (/^['"‘’“”]$/.test(toks[k]?.text ?? "") && /^['"‘’“”]$/.test(toks[fi - 1]?.text ?? "") && toks[k + 1]?.word && !isCap(toks[k + 1]!.text)) k++;
  if (f.unit === "money" || f.unit === "measure") {
    // "25 million New Zealand dollars", "256 GB": skip the unit's words
    let u = k;
    while (u < toks.length && u < k + 3 && toks[u]!.word && capd(toks[u]!.text) && !UNIT_WORD.test(toks[u]!.lower)) u++;
    if (UNIT_WORD.test(lowerOf(toks[u]))) {
      k = u + 1;
      while (UNIT_WORD.test(lowerOf(toks[k])) || lowerOf(toks[k]) === "-") k++;
    }
  }
  while (k < toks.length && MEASURE_WORDS.test(lowerOf(toks[k])) && !(lowerOf(toks[k]) === "per" && lowerOf(toks[k + 1]) !== "cent")) k++; // "per cent" is a unit, "per week" a rate
  let base: string | null = null;
  let viaOf = false;
  const afterUnit = k;
  if (/^[—–-]$/.test(toks[k]?.text ?? "") && lowerOf(toks[k + 1]) === "of" && f.unit === "percent") k++; // "half — 55 percent — of voters"
  if (lowerOf(toks[k]) === "of" && (f.vague || f.unit === "percent" || MEASURE_WORDS.test(lowerOf(toks[k - 1])))) {
    k++;
    viaOf = true;
    while (/^(?:the|a|an|all|its|their|his|her|our|those|these)$/.test(lowerOf(toks[k]))) k++;
    // ("58 percent of the 1,012 adults interviewed", "of the 3.2 lakh candidates": the population's own size is no part of its name)
    if (f.unit === "percent" && /^\d/.test(toks[k]?.text ?? "")) {
      // (the tokens split a number at its commas and points: "1", ",", "012")
      let e = k + 1;
      while (e < toks.length && /^[,.]$/.test(toks[e]!.text) && /^\d/.test(toks[e + 1]?.text ?? "")) e += 2;
      if (/^(?:million|billion|thousand|lakh|crore|hundred)$/.test(lowerOf(toks[e]))) e++;
      if (toks[e]?.word) k = e;
    }
  }
  // "nine in ten patients", "three out of four voters": a share said as a ratio names its population right after it
  if (!viaOf && f.unit === "percent" && f.vague && /^(?:in|of)$/.test(lowerOf(toks[li - 1])) && li > fi && toks[k]?.word && !FUNCTION.test(toks[k]!.lower) && !AUX.test(toks[k]!.lower)) viaOf = true;
  // "close 42 of its 310 stores", "cut 300 of their 2,000 jobs": the things a part of a whole is counted in
  if (!viaOf && lowerOf(toks[k]) === "of" && /^(?:its|their|the|our|his|her)$/.test(lowerOf(toks[k + 1])) && /^\d[\d,.]*$/.test(toks[k + 2]?.text ?? "") && toks[k + 3]?.word && PLURAL.test(toks[k + 3]!.lower) && !FUNCTION.test(toks[k + 3]!.lower)) k += 3;
  // "2,500 Afghan civilians": capitalised words before the noun describe it; "2008 turnout": a year too
  let caps = 0;
  const capStart = k;
  // ("120,000 Trailmark SUVs": an acronym's plural is the noun the names describe)
  while (k < toks.length && toks[k]!.word && (capd(toks[k]!.text) || /^(?:1[89]|20)\d\d$/.test(toks[k]!.text)) && !ACRONYM_PLURAL.test(toks[k]!.text) && caps < 3 && toks[k + 1]?.word && !AUX.test(toks[k + 1]!.lower)) {
    k++;
    caps++;
  }
  const nounWords: Token[] = [];
  // "3.1 percent of GDP": an acronym ends the phrase
  // ... and so does a capitalised plural ("62 percent of Democrats support")
  // (but "of Sanders voters", "of Republican voters": a name that qualifies the population polled)
  const acronymEnd = viaOf && caps > 0 && (/^[A-Z]{2,}$/.test(toks[k - 1]!.text) || PLURAL.test(toks[k - 1]!.lower)) && !POLLED.test(lowerOf(toks[k]));
  // "55% back the plan", "45 percent support": after a share without "of" comes its verb, not a counted noun
  const shareVerb = f.unit === "percent" && !viaOf && !CHANGE_AFTER.test(lowerOf(toks[k]));
  while (!acronymEnd && !shareVerb && k < toks.length && nounWords.length < 4) {
    const t = toks[k]!;
    // "suspected and confirmed cases": adjectives joined by and/or
    // (not an aside after a comma: "four tonnes of spoiled grain, mostly wheat and barley, had been removed")
    if ((t.lower === "and" || t.lower === "or" || t.text === "," && !ASIDE_OPENER.test(lowerOf(toks[k + 1]))) && nounWords.length && content(toks[k + 1]) && !capd(toks[k + 1]!.text) && !/s$/.test(nounWords[nounWords.length - 1]!.lower)) {
      k++;
      continue;
    }
    if (!t.word || FUNCTION.test(t.lower) || AUX.test(t.lower) || /^\d/.test(t.text) || capd(t.text) && !ACRONYM_PLURAL.test(t.text) || t.lower === "respectively") break;
    // "barrels of crude leaked from ...": a past verb after the noun ends the phrase
    if (nounWords.length && pastForm(t) && (!toks[k + 1]?.word || FUNCTION.test(toks[k + 1]!.lower))) break;
    nounWords.push(t);
    k++;
    if (PLURAL.test(t.lower)) break;
  }
  let noun: Token | null = nounWords.length ? nounWords[nounWords.length - 1]! : null;
  // a verb right after the figure ("12 died", "15 fled", "40 had died"): the figure is the subject, no noun
  if (noun && nounWords.length === 1 && (/(?:ed)$/.test(noun.lower) || IRREGULAR_PAST.test(noun.lower)) && !/^(?:dead|wounded|injured|displaced|detained|missing|infected|evacuees|suspected)$/.test(noun.lower)) noun = null;
  if (!noun && viaOf && caps) noun = toks[capStart + caps - 1] ?? null; // "3.1 percent of GDP"
  if (f.unit === "percent" && viaOf && noun) {
    // "62 percent of voters": the population the share is of; "3.1 percent of GDP" is a base, not a thing counted
    // the population every poll is of: no narrower group, unless a name qualifies it ("Republican voters", "Sanders supporters" are the Republicans, Sanders's supporters)
    if (POLLED.test(noun.lower)) {
      const qualifier = caps > 0 && capStart + caps === indexIn(toks, noun) ? toks[capStart + caps - 1]! : null;
      // (a place's name before the voters is where the poll is, no group within it: "of Marrow County voters")
      if (qualifier && !/^(?:County|City|State|Province|District|Region|Borough|Parish|Town|Township|Shire|Valley)$/.test(qualifier.text)) {
        base = thingOf(qualifier.text);
        fr.population = true;
      }
      else noun = null;
    }
    else if ((PLURAL.test(noun.lower) || /(?:public|electorate|population)$/.test(noun.lower)) && !/^(?:gdp|sales|revenues?|earnings|assets|income|expenses|costs)$/i.test(noun.lower)) base = normalize(noun.text);
    else noun = null;
  }
  if (noun && (f.unit === "money" || f.unit === "measure") && !viaOf) noun = null; // "$12 million once ...": no counted noun
  // (not a possessive or a time: "raises $1.4 billion in year's largest listing")
  if (!noun && (f.unit === "money" || f.unit === "measure") && /^(?:in|of|worth)$/.test(lowerOf(toks[k])) && content(toks[k + 1]) && !capd(toks[k + 1]!.text) && !/['’]s?$/.test(toks[k + 1]!.text) && !TIME_WORD.test(lowerOf(toks[k + 1]))) {
    // "$5 billion in revenue", "$2 million worth of aid"
    const w = lowerOf(toks[k]) === "worth" && lowerOf(toks[k + 1]) === "of" ? k + 2 : k + 1;
    if (content(toks[w]) && toks[w]!.word) noun = toks[w]!;
  }
  fr.noun = noun ? noun.lower : null;
  const nounEnd = noun ? indexIn(toks, noun) + 1 : viaOf ? k : afterUnit;
  // rate: "a year", "per month", "each day", "annually"
  for (let j = nounEnd; j < Math.min(toks.length, nounEnd + 6); j++) {
    const w = lowerOf(toks[j]);
    if (!toks[j]!.word && w !== "-") break;
    if (/^(?:a|an|per|each|every)$/.test(w) && PERIOD.test(lowerOf(toks[j + 1]))) {
      fr.rate = rateUnit(stem(lowerOf(toks[j + 1]).replace(/['’]s$/, "")));
      break;
    }
    // "1.9 cases per 1,000 residents", "per capita", "per head": a rate over a population
    if (w === "per" && (/^\d/.test(toks[j + 1]?.text ?? "") || /^(?:capita|head|person|resident|inhabitant|household|student|pupil)$/.test(lowerOf(toks[j + 1])))) {
      let e = j + 1;
      while (/^[\d,.]+$/.test(toks[e + 1]?.text ?? "") && toks[e + 1]!.start === toks[e]!.end) e++;
      fr.rate = `per ${toks.slice(j + 1, e + 1).map((t) => t.lower).join("").replace(/,/g, "")}`;
      break;
    }
    if (/^(?:annually|yearly|monthly|weekly|daily|hourly|apiece|each)$/.test(w)) {
      fr.rate = w === "apiece" || w === "each" ? "each" : w === "daily" ? "day" : w.replace(/(?:ual)?ly$/, "").replace(/^ann$/, "year");
      break;
    }
    if (FUNCTION.test(w) && !/^(?:a|an|per|each|every|in|of)$/.test(w)) break;
  }
  // ("On a month-on-month basis, headline inflation was 2.1 per cent": a change over a month is another rate than the year's)
  if (!fr.rate && f.unit === "percent") {
    const near = toks.slice(Math.max(0, fi - 10), Math.min(toks.length, li + 6)).map((t) => t.lower).join(" ");
    const basis = /\b(month|quarter|week)[- ]on[- ]\1\b|\bon a (monthly|quarterly|weekly) basis\b|\b(m|q|w)-o-\3\b/.exec(near);
    if (basis) {
      const span = ({ m: "month", q: "quarter", w: "week" } as Record<string, string>)[basis[3] ?? ""] ?? (basis[1] ?? basis[2]!).replace(/ly$/, "");
      fr.rate = `${span}-on-${span}`;
    }
  }
  // "285,000 bpd": barrels a day
  if (!fr.rate && f.code === "barrel" && (lowerOf(toks[li + 1]) === "bpd" || lowerOf(toks[li + 1]) === "b" && toks[li + 2]?.text === "/")) fr.rate = "day";
  // change: "a 5 percent increase", "20 more people", "5 percentage points"
  if (CHANGE_AFTER.test(lowerOf(toks[nounEnd])) || CHANGE_AFTER.test(lowerOf(toks[li + 1])) || /^(?:points?|percentage)$/.test(lowerOf(toks[li + 1]))) fr.change = true;

  // --- before the figure: its verb or the noun it measures
  let j = fi - 1;
  let creditTo = -1;
  let withVote = false;
  if (lowerOf(toks[j]) === "from" && toks.slice(li + 1, li + 8).some((t) => t.lower === "to")) fr.prior = true;
  // "fell to 7.2 percent in March from 7.5 percent in February", "up from $2.9 billion": the level before a change
  // ("down from a $705 million loss the year before")
  const fromAt = lowerOf(toks[j]) === "from" ? j : /^(?:a|an|the)$/.test(lowerOf(toks[j])) && lowerOf(toks[j - 1]) === "from" ? j - 1 : -1;
  if (fromAt >= 0 && (toks.slice(Math.max(0, fromAt - 8), fromAt).some((t) => t.lower === "to" || CHANGE_VERB.test(t.lower) || SET_VERB.test(t.lower)) || /^(?:up|down)$/.test(lowerOf(toks[fromAt - 1])))) fr.prior = true;
  // "shipments fell by 4 percent": a change, whose verb is the one before "by"
  const byChange = lowerOf(toks[j]) === "by" && CHANGE_VERB.test(lowerOf(toks[j - 1]));
  // "fell from 8.1 percent to 7.5 percent", "rose from 12 to 20": the "from" of the level before, when this figure is the one after "to"
  let fromTo = -1;
  if (lowerOf(toks[j]) === "to") for (let x = j - 1; x >= Math.max(0, j - 8); x--) {
    // ("from 2,310 in 2019 to 2,590": the earlier level's year stands between)
    if (/^(?:1[89]|20)\d\d$/.test(toks[x]!.text) && /^(?:in|for)$/.test(lowerOf(toks[x - 1]))) {
      x--;
      continue;
    }
    if (lowerOf(toks[x]) === "from") {
      if (x < j - 1 && /^(?:\d|[$€£¥₹₦])/.test(toks[x + 1]!.text) && changeBefore(toks, x)) fromTo = x;
      break;
    }
    if (!(/^\d/.test(toks[x]!.text) || toks[x]!.text === "," && /^\d/.test(toks[x - 1]?.text ?? "") || MEASURE_WORDS.test(lowerOf(toks[x])) || /^(?:%|[$€£¥₹₦]|million|billion|thousand)$/.test(lowerOf(toks[x])))) break;
  }
  if (byChange) fr.change = true;
  // skip determiners and adverbs right before the figure ("killing at least 15", "an estimated 300")
  // ("the shortfall for the same year was actually $4.6 billion": an adverb of truth too)
  while (j >= 0 && j >= fi - 4 && toks[j]!.word && (/^(?:the|a|an|some|either|about|nearly|almost|roughly|around|approximately|just|only|all|another|estimated|additional|further|least|most|over|under|more|than|many|much|fewer|less|below|above|exactly|actually|really|officially|reportedly|already|still|now)$/.test(toks[j]!.lower) || lowerOf(toks[j]) === "record" && /^(?:a|an|new)$/.test(lowerOf(toks[j - 1])))) j--;
  // "he won 'more than 2 million votes'": a quotation mark that opens the figure's words stands between it and its verb
  if (j > 0 && /^['"‘“]$/.test(toks[j]!.text) && toks[j - 1]!.word) j--;
  if (toks.slice(Math.max(0, fi - 2), fi).some((t) => /^(?:additional|extra|further)$/.test(t.lower)) || /^(?:another)$/.test(lowerOf(toks[fi - 1]))) fr.change = true; // "an additional 328 emails": an increment
  // "the two were its followers": a reference to people named before, not a count
  const definite = !f.qualifier && /^(?:the|these|those|both)$/.test(lowerOf(toks[fi - 1]));
  let verb: Token | null = null;
  let reportedBare = false;
  let levelNoun: Token | null = null;
  let levelSubject: string | null = null;
  let possess = false;
  let gain = false;
  let actNoun: Token | null = null;
  let ofThing: Token | null = null;
  let phrasal: string | null = null;
  let modifier: Token | null = null;
  let ofModifier: Token | null = null;
  const before = lowerOf(toks[j]);
  let existential = false;
  // indices found while testing the branches below, kept for their bodies
  let dataVerb = -1;
  let changedMoney = -1;
  let withAt = -1;
  // "raised its key interest rate by 0.5 percentage points": a change of the level named before "by"
  const changedBy = before === "by" && !CHANGE_VERB.test(lowerOf(toks[j - 1])) && toks.slice(Math.max(0, j - 6), j - 1).some((t) => CHANGE_VERB.test(t.lower) || SET_VERB.test(t.lower));
  if (changedBy) fr.change = true;
  if (/^(?:are|were|is|was|be|been|remain|remained)$/.test(before) && lowerOf(toks[j - 1]) === "there") existential = true;
  if (/^(?:be|been)$/.test(before) && toks.slice(Math.max(0, j - 4), j).some((t) => THERE.test(t.lower))) existential = true;
  if (/^there['’]s$/.test(before)) existential = true; // "there's 150 kW of charging"
  if (existential) {
    // "there are more than 2,600 billionaires": the count of the things themselves
    verb = null;
  } else if (/^(?:figure|number|estimate|total|tally|count)$/.test(before) && /^(?:that|the|this|its|his|her|their)$/.test(lowerOf(toks[j - 1])) && /^(?:put|puts|putting|placed|places|pegged|pegs|estimated|estimates|set|sets)$/.test(lowerOf(toks[j - 2]))) {
    // "X put that figure around 200 percent": the figure of what was just said
    fr.anaphoric = true;
  } else if (headlineMode && /^(?:toll|turnout|attendance|tally|crowd|deficit|surplus|shortfall)$/.test(before) && toks[j]!.word) {
    // "Quake toll at least 260, Red Crescent says", "Turnout 61.4%": a headline's level noun set right before its figure
    levelNoun = toks[j]!;
    fr.timeless = true;
  } else if (before === "of" && (dataVerb = dataOfVerb(toks, j)) >= 0) {
    // "accessed the personal details of 3.4 million customers": what befell the data befell the people it is of
    verb = toks[dataVerb]!;
  } else if (before === "to" && f.unit === "money" && /^(?:percent|%)$/.test(lowerOf(toks[j - 1])) && (changedMoney = moneyChangedTo(toks, j)) >= 0) {
    // "net profit for the year to March rose 18 percent to 408 billion yen": the new level of the money noun that changed
    levelNoun = toks[changedMoney]!;
    fr.timeless = false;
  } else if (before === "to" && fromTo < 0 && /^(?:percent|%|points?|\d[\d.,]*)$/.test(lowerOf(toks[j - 1])) || /^(?:to|than|versus|vs)$/.test(lowerOf(toks[j - 1])) && /['’]s$/.test(toks[j]!.text) && isCap(toks[j]!.text)) {
    // "64 percent to 56 percent" with no sides named, "568 to Arland's 535": a pair set against each other, no level of anything
  } else if (before === "of" && definite && /^(?:one|some|many|most|all|each|none|several|any|both|few|dozens|hundreds|thousands|majority|half|rest|remains)$/.test(lowerOf(toks[j - 1])) && !!noun) {
    // "one of the 40 homes destroyed", "some of the 46 koalas rescued": a partitive names the whole count, whose own phrase says what it is
  } else if (before === "of" && lowerOf(toks[j - 1]) === "total" && /^(?:a|an)$/.test(lowerOf(toks[j - 2])) && !!noun) {
    // "a total of 13,870 people were living in ...": the words only bring in the count, whose own noun and verb say what it is
  // ("Chaos at the airport as 214 flights cancelled": "as" before a figure with its noun and verb joins a clause, it sets no level)
  } else if (/^(?:to|at|of|as|was|were|is|are|be|been)$/.test(before) && !(before === "as" && noun && f.unit === "count" && (AUX.test(lowerOf(toks[nounEnd])) || /ed$/.test(lowerOf(toks[nounEnd])) && !capd(toks[nounEnd]?.text ?? ""))) || TRANSPARENT.test(before) && content(toks[j - 1]) && LINK_VERB.test(before) || changedBy || before === "from" && fromAt === j && fr.prior && changeVerbBefore(toks, j) >= 0) {
    // "the toll rose to 83", "unemployment at 8.2 percent", "a toll of 83", "turnout was 60 percent", "gave the attendance as 36,412"
    // ("unemployment fell from 8.1 percent to 7.5 percent": both are levels of the noun before the change, the first the earlier)
    if (before === "of" && CHANGE_AFTER.test(lowerOf(toks[j - 1]))) fr.change = true; // "an increase of 200"
    // ("the rate was cut from 5 percent to 4.5 percent": the verb that set the level anew stands before "from")
    // ("slowed to 3.8 percent in June from 4.4 percent in May": the level before is of the noun before the verb of change)
    const fromVerb = fromTo >= 0 ? fromTo - 1 : before === "from" ? changeVerbBefore(toks, j) : -1;
    const n = prevNoun(toks, fromVerb >= 0 && (SET_VERB.test(lowerOf(toks[fromVerb])) || before === "from") ? fromVerb - (SET_VERB.test(lowerOf(toks[fromVerb])) ? 1 : 0) : (fromTo >= 0 ? fromTo : j) - 1, before !== "of"); // "a rate of 4.9 percent": the noun right before "of" is measured
    // (but "came in at", "stood at", "ended at": a past verb right before "at" says the level was reached, a result)
    if (/^(?:at|of|as)$/.test(before)) fr.timeless = !(before === "at" && (/^(?:stood|ended|closed|finished|settled|peaked|totalled|totaled)$/.test(lowerOf(toks[j - 1])) || lowerOf(toks[j - 1]) === "in" && /^(?:came|come)$/.test(lowerOf(toks[j - 2]))));
    // "reported revenue of $4.2 billion": a verb in the past before the level noun says its tense
    if (before === "of" && n >= 0) {
      let v = n - 1;
      while (v >= 0 && /^(?:the|a|an|its|their|his|her|record|total|annual|quarterly|net)$/.test(lowerOf(toks[v]))) v--;
      if (toks[v]?.word && !capd(toks[v]!.text) && (/ed$/.test(toks[v]!.lower) || IRREGULAR_PAST.test(toks[v]!.lower) || /^(?:has|have|had|posts|reports)$/.test(toks[v]!.lower))) {
        fr.timeless = false;
        // ... and its subject is whose level it is ("the retailer reported a profit of $1.78 a share")
        levelSubject = subjectBefore(toks, v);
      }
    }
    if (n >= 0) {
      levelNoun = toks[n]!;
      // ("a profit before tax of ₦48.2 billion", "profit after tax rose to": the sum is the noun before its side of tax)
      if (/^(?:tax|taxes|taxation)$/.test(levelNoun.lower) && /^(?:before|after)$/.test(lowerOf(toks[n - 1])) && content(toks[n - 2]) && !capd(toks[n - 2]!.text)) levelNoun = toks[n - 2]!;
      // ("the amount stolen was ₦18.6 million", "the sum paid was": a bare amount is of what its participle says)
      if (/^(?:amount|sum|total)$/.test(levelNoun.lower) && PARTICIPLE_AFTER.test(lowerOf(toks[n + 1])) && n + 1 === j - 1) levelNoun = toks[n + 1]!;
      // "Hokuzen Motors profit jumps to ...": a name right before a noun of money owns it
      // (not a sentence's first word, capitalised for being first: "Net profit rose")
      if (!levelSubject && n > 0 && toks[n - 1]!.word && capd(toks[n - 1]!.text) && !capd(toks[n]!.text) && !/['’]s$/.test(toks[n - 1]!.text) && !(n - 1 === 0 && MONEY_KIND.test(toks[0]!.lower)) && /^(?:earned|revenue|cost|spent|lost|debt|wealth|raised)$/.test(normalize(toks[n]!.text))) levelSubject = npAt(toks, n - 1);
      // "Zentrix's share of the market reached 27 percent": a name's possessive owns a share or a sum (a count or an estimate so owned is a voice's)
      if (!levelSubject && !titleMode && n > 0 && toks[n - 1]!.word && capd(toks[n - 1]!.text) && /['’]s$/.test(toks[n - 1]!.text) && (/^(?:share|shares|stake|stakes)$/.test(toks[n]!.lower) || /^(?:earned|revenue|cost|spent|lost|debt|wealth|raised|budget)$/.test(normalize(toks[n]!.text)))) levelSubject = npAt(toks, n - 1);
      // "the health allocation was 9.4 billion": a noun that names a plan says the plan, whatever its tense
      if (/^(?:allocations?|allotments?|appropriations?|budgets?|earmarks?)$/.test(levelNoun.lower)) fr.timeless = true;
      if (MEASURE_NOUNS.test(levelNoun.lower)) {
        // "the unemployment rate", "the death toll": the word before names what is measured
        // ("Jobless rate hits 34.2%", "Death toll rises": a sentence's first word is capitalised for being first)
        if (content(toks[n - 1]) && (!capd(toks[n - 1]!.text) || n - 1 === 0 && !/[A-Z]/.test(toks[0]!.text.slice(1)) && !/['’]s$/.test(toks[0]!.text))) modifier = toks[n - 1]!;
        else if (lowerOf(toks[n + 1]) === "of" && (content(toks[n + 2]) || /^(?:the|a|an)$/.test(lowerOf(toks[n + 2])) && content(toks[n + 3]) && !capd(toks[n + 3]!.text) && !(toks[n + 4]?.word && !FUNCTION.test(toks[n + 4]!.lower)))) {
          // (a lone noun after "the": "the size of the crowd", not "the share of the phone market", whose head is later)
          const o = content(toks[n + 2]) ? n + 2 : n + 3;
          ofModifier = toks[o]!; // "the number of displaced", "the size of the crowd"
          // "the number of cancelled flights": what happened, to what
          if (toks[o + 1]?.word && PLURAL.test(toks[o + 1]!.lower) && !FUNCTION.test(toks[o + 1]!.lower) && !capd(toks[o + 1]!.text) && /(?:ed|en)$/.test(ofModifier.lower)) ofThing = toks[o + 1]!;
          // ("the number of passengers carried", "the number of homes destroyed": the participle after the things says what befell them)
          else if (toks[o + 1]?.word && PLURAL.test(ofModifier.lower) && !capd(toks[o + 1]!.text) && (/(?:ed|en)$/.test(toks[o + 1]!.lower) || IRREGULAR_PAST.test(toks[o + 1]!.lower)) && !REPORTING.test(toks[o + 1]!.lower) && !TRANSPARENT.test(toks[o + 1]!.lower)) {
            ofThing = ofModifier;
            ofModifier = toks[o + 1]!;
          }
        }
      } else if (content(toks[n - 1]) && !capd(toks[n - 1]!.text) && !AUX.test(toks[n - 1]!.lower) && !TIME_WORD.test(toks[n - 1]!.lower.replace(/['’]s$/, ""))) modifier = toks[n - 1]!; // "the health allocation" (not "last year's numbers")
      // a modifier is a noun of the phrase: after a determiner or a possessive ("the state's unemployment rate"), not a verb ("had cut unemployment")
      // ("the real jobless rate", "the official unemployment rate": an adjective of truth may stand between)
      let d = /^(?:real|actual|true|official|overall|national|current|latest|new|adjusted|total)$/.test(lowerOf(toks[n - 2])) ? n - 3 : n - 2;
      // ("the state's seasonally adjusted unemployment rate": an adverb of that adjective too)
      if (d > 0 && /^\p{Ll}+ly$/u.test(toks[d]!.text) && d === n - 3) d--;
      // ("its key interest rate": one more word of the phrase may stand after its determiner)
      // ("a matric pass rate of 76.2%": and a noun of the phrase before the rate's own word, unless it names a kind of the rate, "the youth unemployment rate")
      if ((changedBy || RATE_HEAD.test(levelNoun.lower) && !LEVEL_KIND.test(lowerOf(toks[d]))) && d > 0 && content(toks[d]) && !capd(toks[d]!.text) && /^(?:the|a|an|its|their|his|her|our)$/.test(lowerOf(toks[d - 1]))) d--;
      // "the official unemployment rate of 4.9 percent", "the official toll": the official count is a voice of its own, whoever cites it
      if (lowerOf(toks[n - 1]) === "official" || lowerOf(toks[n - 2]) === "official" && MEASURE_NOUNS.test(levelNoun.lower)) {
        fr.holder = "official figures";
        fr.holderStrong = true;
      }
      if (modifier && !(d < 0 || /^(?:the|a|an|its|their|his|her|our|this|that|last|next|year's|this year's)$/.test(lowerOf(toks[d])) || /['’]s$/.test(toks[d]!.text) || !toks[d]!.word)) modifier = null;
      if (modifier && (REPORTING.test(modifier.lower) || TRANSPARENT.test(modifier.lower) || LIKELY.test(modifier.lower))) modifier = null;
      if (!modifier && ofModifier) modifier = ofModifier;
      // "the actual number is closer to 15 percent", "the real figure": the number of what was just said
      // ("put the average at £980": a bare average is the average of what was just given, as "the figure" is)
      if ((/^(?:number|figure|count|tally|numbers|figures)$/.test(levelNoun.lower) || /^(?:average|median|mean)$/.test(levelNoun.lower) && !modifier && /^(?:the|its|their)$/.test(lowerOf(toks[n - 1])) || /^(?:amount|sum)$/.test(levelNoun.lower) && !!modifier) && (!modifier || /^(?:actual|real|true|correct|accurate|official|right|exact|precise|verified|confirmed)$/.test(modifier.lower)) && !(lowerOf(toks[n + 1]) === "of" && !(n + 1 === j && /^(?:figure|figures)$/.test(levelNoun.lower)))) {
        fr.anaphoric = true;
        // "the Red Lantern society's count was 3,900": whose count it is, is a voice
        if (/['’]s$/.test(toks[n - 1]?.text ?? "") && toks[n - 1]!.word && !TIME_WORD.test(toks[n - 1]!.lower.replace(/['’]s$/, ""))) {
          const words: string[] = [toks[n - 1]!.text.replace(/['’]s$/, "")];
          for (let x = n - 2; x >= 0 && words.length < 5 && toks[x]!.word && !FUNCTION.test(toks[x]!.lower); x--) words.unshift(toks[x]!.text);
          if (words.some((w) => isCap(w))) {
            fr.holder = words.join(" ");
            fr.holderStrong = true;
          }
        }
        // "..., but the correct amount was $1.1 million": a correction answers the figure before it, even in its own sentence
        if (modifier && /^(?:actual|real|true|correct|accurate|right|exact)$/.test(modifier.lower)) fr.correction = true;
        levelNoun = null;
        modifier = null;
      }
    }
  } else if (byChange) {
    verb = toks[j - 1]!;
  } else if (before === "for" && f.unit === "money" && toks[j - 1]?.word && !capd(toks[j - 1]!.text) && (/^(?:sold|paid|cost)$/.test(normalize(toks[j - 1]!.text)) || /^(?:went|gone|go|goes|going|built|delivered|completed|finished|renovated|refurbished|repaired|rebuilt|settled)$/.test(toks[j - 1]!.lower))) {
    // "has sold for $3.4 million", "went for $2 million": the price; "delivered for £14.6 million", "settled for": what it cost or was paid
    verb = toks[j - 1]!;
    if (/^(?:went|gone|go|goes|going)$/.test(verb.lower)) phrasal = "sold";
    else if (/^(?:built|delivered|completed|finished|renovated|refurbished|repaired|rebuilt)$/.test(verb.lower)) phrasal = "cost";
    else if (verb.lower === "settled") phrasal = "paid";
  } else if (f.unit === "money" && before === "in" && /^(?:brought|bring|brings|bringing|took|take|takes|taking|raked|rake|rakes|raking|pulled|pull|pulls|pulling)$/.test(lowerOf(toks[j - 1]))) {
    // "the evening brought in $380,000", "the notices took in £1.8 million": money taken in is money raised
    verb = toks[j - 1]!;
    phrasal = "raised";
  } else if ((f.unit === "count" || f.unit === "money" && before === "aside") && PARTICLE.test(before) && PHRASAL.test(lowerOf(toks[j - 1])) && toks[j - 1]!.word && !capd(toks[j - 1]!.text)) {
    // a verb with its particle: "wants to take in 250,000 refugees", "let in 10,000"
    verb = toks[j - 1]!;
    phrasal = `${verb.lower} ${before}`;
  } else if (f.unit === "percent" && before === "with" && lowerOf(toks[afterUnit]) === "of" && ofTheVote(toks, afterUnit + 1)) {
    // "showed the measure with 56.4 percent of the vote", "re-elected with 61% of the vote": the share of the vote won
    verb = toks[j]!;
    withVote = true;
  } else if (f.unit === "count" && before === "with" && (creditTo = creditedBefore(toks, j)) >= 0) {
    // "data credit Osktel with 44.1 million subscribers", "credited the album with 262,000 units": what the one credited has
    verb = toks[creditTo]!;
  } else if (f.unit !== "money" && /^(?:us|it|them|him|her|me)$/.test(before) && GIVE.test(lowerOf(toks[j - 1])) && toks[j - 1]!.word && !capd(toks[j - 1]!.text)) {
    // "had given us 138 seats", "gave it 57 percent of the vote": what the one given to got
    verb = toks[j - 1]!;
  } else if (content(toks[j]) && toks[j]!.word) {
    // an object: "killing 15 prisoners", "cut 325 jobs", "raised $50 million", "cost investors $40 million"
    verb = toks[j]!;
    if (DITRANSITIVE.test(lowerOf(toks[j - 1]))) verb = toks[j - 1]!; // "fined Acme $12 million", "cost investors $40 million"
    else if (/^(?:the|a|an|its|their|his|her)$/.test(lowerOf(toks[j - 1])) && DITRANSITIVE.test(lowerOf(toks[j - 2]))) verb = toks[j - 2]!; // "cost the airline $80 million"
    else if (!capd(toks[j]!.text) && f.unit === "money") {
      // "cost local businesses €180 million", "cost the local economy $2 billion": a modifier of the person cost may stand between
      for (let k = j - 1; k >= 0 && k >= j - 3 && toks[k]!.word && !capd(toks[k]!.text); k--) {
        if (DITRANSITIVE.test(toks[k]!.lower)) {
          verb = toks[k]!;
          break;
        }
        if (FUNCTION.test(toks[k]!.lower) && !/^(?:the|a|an|its|their|his|her)$/.test(toks[k]!.lower)) break;
      }
    } else if (capd(toks[j]!.text)) {
      // "fines Pellion Bank ¥4.5 billion", "cost the Acme Group $80 million": a name between the verb and the sum
      let k = j;
      while (k > 0 && j - k < 4 && capd(toks[k]!.text) && toks[k]!.word) k--;
      if (/^(?:the)$/.test(lowerOf(toks[k]))) k--;
      if (k >= 0 && toks[k]!.word && DITRANSITIVE.test(lowerOf(toks[k])) && !capd(toks[k]!.text)) verb = toks[k]!;
    }
    if (capd(verb.text) && (j === 0 || !(/(?:ed|ing|s)$/.test(verb.text) && fi - j === 1))) verb = null; // a name before the figure, unless a headline's verb ("Attack Kills 80")
    // "received $1.25 million": money with no counted noun is what was received, not a count carried to a noun
    const moneyGot = f.unit === "money" && !noun && /^(?:received|receives|receive|receiving|got|gets|getting)$/.test(verb?.lower ?? "");
    // "the city has 4,000 homeless people", "the company claims 10 million users": what its subject has
    possess = f.unit === "count" && !!noun && !!verb && POSSESS.test(verb.lower) && fi - indexIn(toks, verb) <= 3;
    // "Vell received 1.2 million votes", "won 1.4 million votes": what its subject got (one quantity whichever verb of getting says it)
    // (and "won 54 percent of the vote": a share of an election's vote got; a poll's shares are read as match-ups)
    const voteShare = f.unit === "percent" && viaOf && ofTheVote(toks, afterUnit + 1);
    // ("took 46 percent of the vote", "took 94 seats": taking is getting only of votes and seats, not "took 40 hostages")
    gain = (f.unit === "count" && !!noun || voteShare) && !!verb && (GAIN.test(verb.lower) || /^(?:took|take|takes|taking|taken)$/.test(verb.lower) && (voteShare || f.unit === "count" && /^(?:seats|votes|ballots|delegates|wards|constituencies|districts)$/.test(noun?.lower ?? ""))) && fi - indexIn(toks, verb) <= 3;
    // "the recall covers 340,000 vehicles", "the breach affected ...": a see-through verb whose subject names an act is that act's count
    if (verb && TRANSPARENT.test(verb.lower) && !possess && !gain) {
      const subj = toks[indexIn(toks, verb) - 1];
      if (subj?.word && content(subj) && !capd(subj.text) && /^(?:recall|recalls|strike|strikes|walkout|breach|closure|closures|evacuation|evacuations|cancellation|cancellations|layoffs|cuts)$/.test(subj.lower)) actNoun = subj;
    }
    // ("Governor hails 900 jobs", "Group queries N3bn road spending", "Audit flags Rs 21 crore spend": a verb of
    // judging says what someone thinks of the quantity, not what was done; the words after the figure say what it is)
    if (verb && !moneyGot && !possess && !gain && ATTITUDE.test(verb.lower)) verb = null;
    // ("Police put the turnout at 6,000, while the organisers claimed 9,500": a bare count claimed answers the count beside it)
    if (verb && f.unit === "count" && !noun && /^(?:claimed|claims|claim|claiming)$/.test(verb.lower)) {
      reportedBare = true;
      // (whose claim it is, is its voice: "unions claimed 1.1 million", "the organisers, the Varn Press Union, claimed 9,500")
      const who = claimantBefore(toks, indexIn(toks, verb));
      if (who && !fr.holder) {
        fr.holder = who;
        fr.holderStrong = true;
      }
      verb = null;
    }
    if (verb && !moneyGot && !possess && !gain && (REPORTING.test(verb.lower) || TRANSPARENT.test(verb.lower))) {
      if (REPORTING.test(verb.lower)) reportedBare = true;
      verb = null;
    }
    // a noun before a number is a label ("option 4", "iPhone 5"), not a verb: a verb shows its form or what comes before it
    if (verb && !DITRANSITIVE.test(verb.lower) && !possess) {
      const at = indexIn(toks, verb);
      const formed = (/(?:ed|ing)$/.test(verb.lower) || /[^su'’]s$/.test(verb.lower)) && verb.lower.length > 3;
      // "workers there earn $21": after a plural subject (and an adverb), a bare verb
      const subjectBefore = PLURAL.test(lowerOf(toks[at - 1])) || /^(?:there|now|still|also|often|usually|typically)$/.test(lowerOf(toks[at - 1])) && PLURAL.test(lowerOf(toks[at - 2]));
      if (!formed && !IRREGULAR_PAST.test(verb.lower) && !BEFORE_VERB.test(lowerOf(toks[at - 1])) && !subjectBefore) verb = null;
    }
    // "the brothers are each worth $43 billion": what someone or something is worth (a level of its subject, read as the verb's)
    if (!verb && lowerOf(toks[j]) === "worth" && WORTH_SUBJECT.test(lowerOf(toks[j - 1]))) verb = toks[j]!;
    if (verb && JUNK_PREDICATE.test(verb.lower)) verb = null;
    if (verb && CHANGE_VERB.test(verb.lower) && !/^(?:added|adds|lost|raised|cut)$/.test(verb.lower)) fr.change = true;
  }
  const listedWith = readHolder(toks, j, li, nounEnd, fr, capd);
  if (!existential && /^(?:it|they)$/.test(lowerOf(toks[j - 1])) && /^(?:is|was|are|were)$/.test(before)) fr.anaphoric = true; // "Calder says it is $5.5 billion"
  // subject position: the verb after the counted noun ("83 people were killed", "62 percent support")
  let subjVerb: Token | null = null;
  let ageBound: string | null = null;
  {
    let v = nounEnd;
    // ("41,000 workers from more than 90 factories had joined": a count inside a phrase of another count's noun is no subject of its verb)
    if (/^(?:from|across|at|in|among|with)$/.test(lowerOf(toks[fi - 1])) && toks[fi - 2]?.word && !capd(toks[fi - 2]!.text) && PLURAL.test(toks[fi - 2]!.lower) && /^\d/.test(toks[fi - 3]?.text ?? "")) v = toks.length;
    // "57 people, including 11 women, were killed": an aside between the subject and its verb
    if (toks[v]?.text === "," && (ASIDE_OPENER.test(lowerOf(toks[v + 1])) || /^(?:many|most|all|some|of|both|each|half)$/.test(lowerOf(toks[v + 1])))) {
      let w = v + 1;
      while (w < toks.length && w < v + 12 && toks[w]!.text !== "," && toks[w]!.text !== ";") w++;
      if (toks[w]?.text === ",") v = w + 1;
    }
    // ("148 passengers and crew were on board": a second noun joined to the counted one is of the subject)
    if (lowerOf(toks[v]) === "and" && toks[v + 1]?.word && !capd(toks[v + 1]!.text) && !FUNCTION.test(toks[v + 1]!.lower) && (PLURAL.test(toks[v + 1]!.lower) || /^(?:crew|staff)$/.test(toks[v + 1]!.lower)) && AUX.test(lowerOf(toks[v + 2]))) v += 2;
    // ("62% of residents over 65 in X have received": an age bound belongs to the subject)
    // ("71% of women aged 45 to 64 were screened", "children between 5 and 15 years were": an age range too)
    const ageTo = (x: number) => /^\d{1,3}$/.test(toks[x]?.text ?? "") && /^(?:to|-|–|and)$/.test(lowerOf(toks[x + 1])) && /^\d{1,3}$/.test(toks[x + 2]?.text ?? "");
    if (lowerOf(toks[v]) === "aged" && ageTo(v + 1) || lowerOf(toks[v]) === "between" && ageTo(v + 1) && lowerOf(toks[v + 2]) === "and" && /^(?:years?|yrs)$/.test(lowerOf(toks[v + 4]))) {
      ageBound = `aged ${toks[v + 1]!.text}-${toks[v + 3]!.text}`;
      v += 4;
      if (/^(?:years?|yrs)$/.test(lowerOf(toks[v]))) v++;
      if (/^(?:old|of)$/.test(lowerOf(toks[v]))) v += lowerOf(toks[v]) === "of" && lowerOf(toks[v + 1]) === "age" ? 2 : 1;
    }
    else if (/^(?:over|under|above|aged)$/.test(lowerOf(toks[v])) && (/^\d{1,3}$/.test(toks[v + 1]?.text ?? "") || isSmallNumberWord(lowerOf(toks[v + 1])) && (!toks[v + 2]?.word || FUNCTION.test(lowerOf(toks[v + 2])) || AUX.test(lowerOf(toks[v + 2]))))) {
      ageBound = `${lowerOf(toks[v])} ${toks[v + 1]!.text}`;
      v += 2;
    }
    // ("87.3 per cent of students who appeared for the examinations ... have passed": a relative clause of the subject, up to its auxiliary)
    if (/^(?:who|that)$/.test(lowerOf(toks[v])) && (viaOf || noun) && f.unit === "percent") {
      let w = v + 1;
      while (w < toks.length && w < v + 18 && (toks[w]!.word || toks[w]!.text === "-") && !(AUX.test(toks[w]!.lower) && w > v + 2 && /(?:ed|en)$/.test(lowerOf(toks[w + 1])))) w++;
      if (AUX.test(lowerOf(toks[w]))) v = w;
    }
    // "of voters", "in 21 cities": a phrase that belongs to the subject
    if (PHRASE_PREP.test(lowerOf(toks[v])) && !(viaOf && lowerOf(toks[v]) === "of")) {
      let w = v + 1;
      // ("in the United States": a capitalised word ending in -ed is a name, not a verb)
      const pastVerb = (t: Token | undefined) => !!t && (/(?:ed)$/.test(t.lower) || f.unit === "percent" && IRREGULAR_PAST.test(t.lower)) && !capd(t.text);
      // ("counted 130 cancelled services on Monday and accused ...": a verb after "and" is another clause's)
      // ("68 per cent of candidates from public secondary schools in the state obtained": a share's population may run longer)
      // ("£212,000 from the firm she worked for": a pronoun opens a clause of its own, whose verb is not the figure's)
      // ("patients at Greyfriars and Alder hospitals have been waiting": an "and" between two names joins them)
      // ("41,000 workers from more than 90 factories had joined": a count inside the phrase is part of it)
      const numberTok = (x: number) => /^\d[\d.]*$/.test(toks[x]?.text ?? "") || toks[x]?.text === "," && /^\d/.test(toks[x - 1]?.text ?? "") && /^\d{3}$/.test(toks[x + 1]?.text ?? "") && toks[x + 1]!.start === toks[x]!.end;
      // (and its qualifier: "from nearly 90", "from more than 90")
      const beforeNumber = (x: number) => numberTok(x + 1) || /^(?:more|less|fewer)$/.test(lowerOf(toks[x])) && lowerOf(toks[x + 1]) === "than" && numberTok(x + 2);
      while (w < toks.length && w < v + (f.unit === "percent" && viaOf ? 10 : 6) + (numberTok(w + 1) || numberTok(w + 2) || numberTok(w + 3) ? 3 : 0) && (toks[w]!.word || numberTok(w)) && !(/^(?:and|but|or|he|she|they|we|i|you|it|who|which|that)$/.test(toks[w]!.lower) && !(toks[w]!.lower === "and" && capd(toks[w - 1]?.text ?? "") && capd(toks[w + 1]?.text ?? ""))) && !(AUX.test(toks[w]!.lower) && !beforeNumber(w)) && !(pastVerb(toks[w]) && w > v + 1)) w++;
      if (AUX.test(lowerOf(toks[w])) || pastVerb(toks[w])) v = w;
    }
    let sawAux = false;
    let sawBe = false;
    let steps = 0;
    // "$53 million a week is coming across": the rate sits between the figure and its verb
    if (/^(?:a|an|per|each|every)$/.test(lowerOf(toks[v])) && PERIOD.test(lowerOf(toks[v + 1]))) v += 2;
    if (lowerOf(toks[v]) === "to") v = toks.length; // "$150 million to help poor countries": a purpose, not the figure's verb
    // ('"fewer than 900,000 accounts" were affected': a quotation of the figure's own words closes before its verb)
    if (/^['"’”]$/.test(toks[v]?.text ?? "") && toks[v + 1]?.word) v++;
    while (v < toks.length && toks[v]!.word && steps < 7) {
      const w = toks[v]!.lower;
      // ("Did 58% of residents really back the stadium?", "had so far been paid out": an adverb of truth, or "so far", between the subject and its verb)
      // (not "already", "still": "159 superdelegates already publicly supporting Clinton" describes them, it is not what they do)
      if (/^(?:really|actually|truly|indeed)$/.test(w) && toks[v + 1]?.word || w === "so" && lowerOf(toks[v + 1]) === "far") {
        v += w === "so" ? 2 : 1;
        steps++;
        continue;
      }
      // "2,650 containers were on board": what a ship carries; "182,000 customers were without electricity": an outage
      // ("6,500 families were without homes", "2.3 lakh children were out of school": being without a home is being displaced, out of school a state of its own)
      if (sawAux && (w === "aboard" || w === "on" && lowerOf(toks[v + 1]) === "board" || w === "without" && /^(?:power|electricity|service|supply|homes|shelter|housing)$/.test(lowerOf(toks[v + 1])) || sawBe && w === "out" && lowerOf(toks[v + 1]) === "of" && /^(?:school|work|jobs)$/.test(lowerOf(toks[v + 2])))) {
        subjVerb = toks[v]!;
        break;
      }
      // "612 patients were on trolleys", "3,000 people were in shelters", and a headline's "612 patients on trolleys": where
      // the counted are kept is their state (a plural of places to be, not a place's name, a time or a share)
      if ((sawAux || steps === 0 && headline) && (w === "on" || w === "in") && STATE_PLACE.test(lowerOf(toks[v + 1]))) {
        subjVerb = toks[v + 1]!;
        break;
      }
      // ("Twelve fishermen missing after storm", "Three dead in crash": a headline's state of harm right after its noun)
      if (steps === 0 && headline && noun && /^(?:missing|dead|injured|hurt|homeless|stranded)$/.test(w)) {
        subjVerb = toks[v]!;
        break;
      }
      // ("6,200 workers stayed out", "stayed away from work": to stay out is to strike, no mere remaining)
      if (stayedOutAt(toks, v)) {
        subjVerb = toks[v]!;
        break;
      }
      // (and "waiting on trolleys", "sleeping in tents": the state, whatever the counted do there)
      if (/^(?:waiting|lying|sleeping|living|staying|sheltering|held|kept|stuck|treated|nursed)$/.test(w) && /^(?:on|in)$/.test(lowerOf(toks[v + 1])) && STATE_PLACE.test(lowerOf(toks[v + 2]))) {
        subjVerb = toks[v + 2]!;
        break;
      }
      if (AUX.test(w) || LIKELY.test(w) && sawAux || (REPORTING.test(w) && sawAux)) {
        sawAux = true;
        if (/^(?:be|been|being|was|were|is|are)$/.test(w)) sawBe = true;
        if (LIKELY.test(w)) fr.modality = "forecast";
        v++;
        steps++;
        continue;
      }
      // "55 percent were planning to back Ames": a poll's share of intent is its answer, said now
      if (f.unit === "percent" && /^(?:planning|planned|plan|plans|going|intend|intends|intending|intended)$/.test(w) && lowerOf(toks[v + 1]) === "to") {
        v += 2;
        sawAux = true;
        steps++;
        continue;
      }
      // ("3,400 workers were reported laid off", "12 were feared dead", "40 were confirmed killed": the act after a passive word of telling)
      if (sawAux && (REPORTING.test(w) || w === "reported") && toks[v + 1]?.word && !FUNCTION.test(toks[v + 1]!.lower) && (/(?:ed|en)$/.test(toks[v + 1]!.lower) || IRREGULAR_PAST.test(toks[v + 1]!.lower) || /^(?:dead|missing|injured|hurt|laid|killed)$/.test(toks[v + 1]!.lower))) {
        v++;
        steps++;
        continue;
      }
      // "45 percent said they would vote for": the poll answer is the verb after "said they"
      if (REPORTING.test(w) && /^(?:they|he|she|it|that)$/.test(lowerOf(toks[v + 1]))) {
        v += 2;
        sawAux = true;
        steps++;
        continue;
      }
      // a share's verb may be bare ("55% back the plan"), but only a verb of opinion ("13% body fat" has none)
      const verbLike = sawAux || /(?:ed|en)$/.test(w) || IRREGULAR_PAST.test(w) || (f.unit === "percent" && OPINION.test(normalize(w))) || /(?:ing)$/.test(w) && !noun || bareVerbAfter(toks, v, noun, nounEnd, steps, titleCase, headline);
      // ("of the adults interviewed backed the zone": a participle that says who the population is, then its verb)
      if (!sawAux && f.unit === "percent" && /ed$/.test(w) && toks[v + 1]?.word && (/ed$/.test(toks[v + 1]!.lower) || OPINION.test(normalize(toks[v + 1]!.text))) && !FUNCTION.test(toks[v + 1]!.lower)) {
        v++;
        steps++;
        continue;
      }
      if (content(toks[v]) && verbLike && !(capd(toks[v]!.text) && !/(?:ed|ing|s)$/.test(toks[v]!.text))) subjVerb = toks[v]!;
      break;
    }
    // ("15,000 people registered for the rally", "300 signed up to": a verb of reporting with 'for' or 'to' after it is what its subject did)
    // ("46 students reported symptoms", "300 firms reported losses": so too a verb of reporting, active, with an object noun of its own)
    const sv = subjVerb ? indexIn(toks, subjVerb) : -1;
    const ownAct = !!subjVerb && (/^(?:registered|registers)$/.test(subjVerb.lower) && /^(?:for|to|as)$/.test(lowerOf(toks[sv + 1])) ||
      /^(?:reported|reports)$/.test(subjVerb.lower) && !AUX.test(lowerOf(toks[sv - 1])) && !!toks[sv + 1]?.word && content(toks[sv + 1]) && !capd(toks[sv + 1]!.text) && !FUNCTION.test(lowerOf(toks[sv + 1])) && !TIME_WORD.test(lowerOf(toks[sv + 1])) && !/(?:ly|ed)$/.test(lowerOf(toks[sv + 1])));
    // ("58 percent of pupils passed the exam", "62% of residents have received a flu jab": a share of a population whose
    // verb has an object of its own is what that share did, though the verb alone only carries a figure, as in "passed 1,000")
    const shareAct = !!subjVerb && f.unit === "percent" && viaOf && TRANSPARENT.test(subjVerb.lower) && !/^(?:was|were|is|are|be|been|had|has|have|having)$/.test(subjVerb.lower) && (/^(?:passed|pass)$/.test(subjVerb.lower) && sawAux || (() => {
      const o = toks[sv + 1];
      // ("had received all their routine vaccines": up to two determiners before the object)
      let head = o;
      for (let d = sv + 1; d < sv + 3 && head && /^(?:the|a|an|their|its|his|her|both|all|at)$/.test(head.lower); d++) head = toks[d + 1];
      return !!head?.word && content(head) && !FUNCTION.test(head.lower) && !AUX.test(head.lower) && !TIME_WORD.test(head.lower) && !/^\d/.test(head.text) && o!.lower !== "at";
    })());
    // ("84,000 people had crossed into Telmar": a verb of crossing with where to is a movement, not "crossed 1,000")
    const moved = !!subjVerb && !!noun && /^(?:crossed|crosses|passed|came|comes)$/.test(subjVerb.lower) && /^(?:into|across|through|from|over)$/.test(lowerOf(toks[sv + 1]));
    // ("will pay the R3.5 million in damages ordered by the court": a participle with its doer after the noun is a reduced relative,
    // the figure is the object of the verb before it)
    if (subjVerb && verb && indexIn(toks, verb) < fi && lowerOf(toks[sv + 1]) === "by" && /(?:ed|en)$/.test(subjVerb.lower) && !toks.slice(nounEnd, sv).some((t) => AUX.test(t.lower))) subjVerb = null;
    // (to stay out is to strike, no mere remaining)
    if (subjVerb && !ownAct && !shareAct && !moved && !stayedOutAt(toks, sv) && (TRANSPARENT.test(subjVerb.lower) || REPORTING.test(subjVerb.lower) || JUNK_PREDICATE.test(subjVerb.lower))) subjVerb = null;
    // "450 jobs would be lost", "6,100 votes were cast": a passive, whose doer may go unsaid
    // (and "the count was 3,900 homes destroyed": a participle after a figure that is itself a level)
    if (subjVerb && (sawBe || /^(?:was|were|is|are|at|of)$/.test(before) && !sawAux) && (/(?:ed|en)$/.test(subjVerb.lower) || IRREGULAR_PAST.test(subjVerb.lower))) fr.passive = true;
    // ("19,500 hectares of forest had burned": a verb with no object tells what befell the figure's things, whoever caused it)
    if (subjVerb && !fr.passive && /(?:ed|en)$/.test(subjVerb.lower) && f.unit !== "percent") {
      const nx = toks[indexIn(toks, subjVerb) + 1];
      if (!nx || !nx.word || /^(?:in|on|at|near|across|during|since|after|before|by|from|over|when|as|and|but|so|last|this|on)$/.test(nx.lower)) fr.passive = true;
    }
    // "$37 million raised by Mira Vell": the passive's agent
    if (subjVerb && lowerOf(toks[indexIn(toks, subjVerb) + 1]) === "by") {
      let y = indexIn(toks, subjVerb) + 2;
      let last: Token | null = null;
      while (y < toks.length && toks[y]!.word && y < indexIn(toks, subjVerb) + 8) {
        if (FUNCTION.test(toks[y]!.lower) && last) break;
        if (content(toks[y])) last = toks[y]!;
        y++;
      }
      // ("would shut by the end of January", "by Friday": a time by which, no doer)
      if (last && !/^(?:end|start|beginning|middle|close|time|deadline|weekend|morning|afternoon|evening|night|noon|midnight|today|tomorrow)$/.test(last.lower) && !TIME_WORD.test(last.lower)) fr.agent = npAt(toks, indexIn(toks, last));
    }
  }
  // "a 9.1 percent unemployment rate", "a 40 percent approval rating": a share set before the rate it
  // gives is that rate's level, whatever verb the phrase serves ("had a 9.1 percent jobless rate")
  if (f.unit === "percent" && !viaOf && !noun && RATE_HEAD.test(lowerOf(toks[afterUnit + 1])) && content(toks[afterUnit]) && toks[afterUnit]!.word && !capd(toks[afterUnit]!.text) && !JUNK_PREDICATE.test(toks[afterUnit]!.lower)) {
    levelNoun = toks[afterUnit + 1]!;
    modifier = toks[afterUnit]!;
    // ("the state had a 9.1 percent jobless rate": the verb's subject is whose rate it is)
    // ("Six schools recorded a 100% pass rate": the schools', not the district's)
    if (POSSESS.test(lowerOf(toks[j])) || /^(?:recorded|records|posted|posts|achieved|achieves|registered|registers|reported|reports)$/.test(lowerOf(toks[j]))) {
      levelSubject = subjectBefore(toks, j);
      // (a counted group's rate, "Six schools recorded", is a part's: it is no one doer's the article gives)
      // ("Six schools in the district recorded": the clause's subject opens with the count)
      let c = j - 1;
      while (c > 0 && c > j - 9 && toks[c - 1]!.word && !/^(?:that|and|but|while|which|who)$/.test(toks[c - 1]!.lower)) c--;
      if (levelSubject && (/^\d/.test(toks[c]!.text) || /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some|dozens|hundreds)$/.test(toks[c]!.lower))) levelSubject = `@count:${levelSubject}`;
      if (levelSubject) fr.agent = levelSubject;
    }
    verb = null;
    subjVerb = null;
    fr.change = false;
  }
  // "began construction on 47,300 new homes", "Work began on 2,480 homes", "broke ground on": homes started, however said
  const startedOn = !subjVerb && f.unit === "count" && !!noun && before === "on" && START_ON.test(toks.slice(Math.max(0, j - 4), j).map((t) => t.lower).join(" "));
  // the predicate: the subject's verb, else the verb it is the object of, else a level noun
  // "a net profit of ¥42 billion for the fiscal year ended March": a level's complement has no verb of its own
  if (subjVerb && levelNoun && /^(?:of|at|as)$/.test(before) && !CHANGE_AFTER.test(levelNoun.lower)) subjVerb = null;
  if (actNoun && !subjVerb && !verb && !levelNoun) levelNoun = actNoun;
  // a passive's doers counted: "had been backed by 5,130 voters", "was attended by 40,000 fans" (as "40,000 fans attended");
  // not a change ("fell by 12"), nor a doer that is no act's count ("followed by 30 percent", "led by 12 points")
  if (!subjVerb && !verb && !levelNoun && before === "by" && f.unit === "count" && noun && PLURAL.test(noun.lower) && toks[j - 1]?.word && !capd(toks[j - 1]!.text) && (/(?:ed|en)$/.test(lowerOf(toks[j - 1])) || IRREGULAR_PAST.test(lowerOf(toks[j - 1]))) && !CHANGE_VERB.test(lowerOf(toks[j - 1])) && !SET_VERB.test(lowerOf(toks[j - 1])) && !/^(?:followed|led|driven|caused|outnumbered|accompanied|surrounded|replaced|trailed|beaten|outscored|outvoted|multiplied|divided|exceeded|matched|topped|surpassed|eclipsed|overtaken)$/.test(lowerOf(toks[j - 1])) && !REPORTING.test(lowerOf(toks[j - 1])) && !TRANSPARENT.test(lowerOf(toks[j - 1]))) subjVerb = toks[j - 1]!;
  if (startedOn) {
    verb = toks[j - 1]!;
    levelNoun = null;
  }
  const pred = subjVerb ?? verb;
  fr.via = subjVerb ? "subject" : verb ? "object" : levelNoun || listedWith ? "level" : null;
  if (listedWith && !pred && !levelNoun) {
    // money a list gives a person or a firm is its worth ("lists the Vanes with $40 billion each")
    fr.predicate = f.unit === "money" && !noun ? "wealth" : "listed";
    fr.predicateText = f.unit === "money" && !noun ? "worth" : "listed with";
  }
  if (existential && !subjVerb) {
    fr.predicate = "exist";
    fr.predicateText = "there are";
    fr.via = "level";
  } else if (pred) {
    fr.predicate = possess && pred === verb ? "has" : gain && pred === verb ? (f.unit === "percent" ? "won" : "got") : phrasal && pred === verb ? normalize(phrasal) : normalize(pred.text);
    fr.predicateText = possess && pred === verb ? "count" : gain && pred === verb ? "received" : phrasal && pred === verb ? phrasal : pred.lower;
    // a verb and the words after it that say one thing: "had lost their lives", "took part", "voted against"
    {
      const at = indexIn(toks, pred);
      const w1 = lowerOf(toks[at + 1]);
      const w2 = lowerOf(toks[at + 2]);
      // "health gets ₹4,200 crore": money a budget line gets is what it is allocated
      if (startedOn) {
        fr.predicate = "start";
        fr.predicateText = "started";
      } else if (f.unit === "money" && pred === verb && /^(?:get|gets|got|getting)$/.test(pred.lower)) fr.predicate = "allocated";
      else if (/^(?:lost|lose|loses|losing)$/.test(pred.lower) && (w1 === "lives" || /^(?:their|his|her)$/.test(w1) && /^(?:lives?)$/.test(w2))) fr.predicate = "killed";
      // "were burnt to death", "crushed to death", "stabbed to death": an act that killed
      else if (w1 === "to" && w2 === "death") fr.predicate = "killed";
      // "36,000 homes lost power", "were left without electricity": an outage, however said
      // ("left 84,000 homes without power": the object between)
      else if (/^(?:lost|lose|loses|losing|left|without)$/.test(pred.lower) && (/^(?:power|electricity)$/.test(w1) || w1 === "without" && /^(?:power|electricity)$/.test(w2) || pred.lower === "without" && /^(?:service|supply)$/.test(w1)) || /^(?:left|leave|leaves|leaving)$/.test(pred.lower) && lowerOf(toks[nounEnd]) === "without" && /^(?:power|electricity)$/.test(lowerOf(toks[nounEnd + 1]))) fr.predicate = "outage";
      else if (/^(?:took|take|takes|taking|taken)$/.test(pred.lower) && w1 === "part" || /^(?:showed|show|shows|turned|turn|turns)$/.test(pred.lower) && /^(?:up|out)$/.test(w1) && pred === subjVerb) fr.predicate = "gathered";
      else if (/^(?:voted|vote|votes|voting)$/.test(pred.lower) && w1 === "against") fr.predicate = "oppose";
      // ("more than 200 protesters were picked up", "rounded up": people taken in are arrested)
      else if (/^(?:picked|rounded)$/.test(pred.lower) && w1 === "up" && pred === subjVerb && f.unit === "count") fr.predicate = "arrested";
      else if (/^(?:walked|walk|walks|walking)$/.test(pred.lower) && (w1 === "out" || w1 === "off" && /^(?:the|their)$/.test(w2)) && pred === subjVerb) fr.predicate = "struck";
      // ("85 per cent of the displaced had come back": those who came back returned)
      else if (/^(?:come|came|comes|coming|gone|went|go|goes|going)$/.test(pred.lower) && w1 === "back" && pred === subjVerb) fr.predicate = "returned";
      // "received at least 31 bodies", "31 bodies were recovered": the dead, counted where they are brought (not "30 bodies are on the ground", a sight)
      else if (noun && /^(?:bodies|corpses)$/.test(noun.lower) && BODIES_BROUGHT.test(pred.lower)) fr.predicate = "killed";
      // "22 percent of teachers stopped work", "downed tools", "went on strike": a strike, however said
      else if (pred === subjVerb && (/^(?:stopped|stop|stops|stopping|downed|down|downs|downing|laid|lay|lays|laying)$/.test(pred.lower) && /^(?:work|tools|down)$/.test(w1) || /^(?:went|go|goes|going|gone)$/.test(pred.lower) && w1 === "on" && /^(?:strike|strikes)$/.test(w2))) fr.predicate = "struck";
      // "3,100 schools had been forced to close", "12,000 forced from their homes": what they were forced to do, or to leave home
      else if (/^(?:forced|force|forces|forcing)$/.test(pred.lower) && w1 === "to" && toks[at + 2]?.word) {
        fr.predicate = normalize(toks[at + 2]!.text);
        fr.predicateText = `forced to ${w2}`;
      } else if (/^(?:forced|force|forces|forcing|driven|drove|drive)$/.test(pred.lower) && toks.slice(at + 1, at + 8).some((t, k) => /^(?:from|out)$/.test(t.lower) && toks.slice(at + k + 2, at + k + 5).some((x) => /^(?:homes?|houses?|villages?)$/.test(x.lower)))) fr.predicate = "displaced";
      else if (pred === subjVerb && pred.lower === "without" && /^(?:homes|shelter|housing)$/.test(w1)) fr.predicate = "displaced";
      else if (pred === subjVerb && pred.lower === "out" && w1 === "of") {
        fr.predicate = w2 === "school" ? "out of school" : "jobless";
        fr.predicateText = `out of ${w2}`;
      }
      // ("6,200 workers stayed out", "stayed away from work": a strike)
      else if (pred === subjVerb && stayedOutAt(toks, at)) fr.predicate = "struck";
      else if (pred === subjVerb && /^(?:aboard|on)$/.test(pred.lower)) {
        fr.predicate = "carried";
        fr.predicateText = "on board";
        fr.passive = true;
      }
      // "28,000 joined the strike": to join an act is to do it
      // ("had joined the action", "the industrial action": a strike)
      else if (/^(?:joined|join|joins|joining)$/.test(pred.lower) && pred === subjVerb && /^(?:action|stoppage)$/.test(w1 === "the" || w1 === "a" || w1 === "industrial" ? (w2 === "industrial" ? lowerOf(toks[at + 3]) : w2) : w1)) fr.predicate = normalize("strike");
      else if (/^(?:joined|join|joins|joining)$/.test(pred.lower) && pred === subjVerb && /^(?:strike|strikes|walkout|protest|protests|march|rally|demonstration)$/.test(w1 === "the" || w1 === "a" ? w2 : w1)) fr.predicate = normalize(w1 === "the" || w1 === "a" ? w2 : w1);
      // "18,000 people joined Saturday's march": a day's or a place's possessive before the act
      else if (/^(?:joined|join|joins|joining)$/.test(pred.lower) && pred === subjVerb && /['’]s$/.test(toks[at + 1]?.text ?? "") && /^(?:strike|strikes|walkout|protest|protests|march|rally|demonstration)$/.test(w2)) fr.predicate = normalize(w2);
      // "Police counted 22,000 marchers": a count of people named by what they did is that act's count
      else if (possess && pred === verb && /^(?:counts|counted)$/.test(pred.lower) && noun && VICTIM_KEYS.has(normalize(noun.text))) {
        fr.predicate = normalize(noun.text);
        fr.predicateText = noun.lower;
      }
      // "drew 85,000 visitors": a crowd drawn is a crowd gathered
      else if (gain && pred === verb && noun && CROWD_NOUNS.test(noun.lower)) fr.predicate = "gathered";
      // "will cost 1,200 jobs", "450 jobs would be lost": jobs lost are jobs cut
      if (noun && /^(?:jobs?|positions?|posts?|roles?)$/.test(noun.lower) && /^(?:cost|costs|costing|lost|go|goes|going|gone|went|disappear|vanish)$/.test(fr.predicate ?? "")) {
        // ("640 jobs would go": what befalls the jobs, whoever cuts them)
        if (pred === subjVerb) fr.passive = true;
        fr.predicate = "cut";
      }
    }
    let io = indexIn(toks, pred) + (/^(?:the|a|an|its|their|his|her)$/.test(lowerOf(toks[indexIn(toks, pred) + 1])) ? 2 : 1);
    // ("cost local businesses €180 million": the head of the object, past its modifiers)
    while (io + 1 < fi && toks[io + 1]!.word && content(toks[io + 1]) && !FUNCTION.test(toks[io + 1]!.lower) && !/^\d/.test(toks[io + 1]!.text) && !QUALIFIER_WORD.test(toks[io + 1]!.lower)) io++;
    // (but "the bridge cost taxpayers $4.5 billion" is what the bridge cost: those who pay for a thing are not who lost it)
    if (pred === verb && DITRANSITIVE.test(pred.lower) && /^(?:cost|costs|costing)$/.test(pred.lower) && content(toks[io]) && io < fi && !/^(?:taxpayers|ratepayers|public|consumers|state|city|government|country|treasury|residents|households|drivers|customers|buyers|shoppers|council|province|nation|economy|businesses|industry|employers)$/.test(lowerOf(toks[io]))) {
      // "cost investors $40 million": what the investors lost
      fr.predicate = "lost";
      fr.agent = npAt(toks, io);
    } else if (pred === verb && withVote) {
      fr.predicate = "won";
      fr.predicateText = "won";
      if (toks[j - 1]?.word && content(toks[j - 1]) && !FUNCTION.test(toks[j - 1]!.lower) && !/(?:ed|en)$/.test(toks[j - 1]!.lower)) fr.agent = npAt(toks, j - 1);
    } else if (pred === verb && creditTo >= 0) {
      fr.predicate = "has";
      fr.predicateText = "credited with";
      fr.agent = npAt(toks, j - 1);
    } else if (pred === verb && GIVE.test(pred.lower) && f.unit !== "money" && io === fi - 1 && lowerOf(toks[indexIn(toks, pred) + 1]) !== "away" && (content(toks[io]) || /^(?:us|it|them|him|her|me)$/.test(lowerOf(toks[io]))) && (noun || f.unit === "percent")) {
      // "voters gave Ada Obi 5,130 votes", "had given us 138 seats": what the one given to got, as "won 138 seats" says
      fr.predicate = f.unit === "percent" ? "won" : "got";
      fr.predicateText = "received";
      const r = lowerOf(toks[io]);
      fr.agent = /^(?:us|me|them)$/.test(r) ? "@pro" : r === "it" ? "@pro:it" : /^(?:him|her)$/.test(r) ? "@pro:person" : npAt(toks, io);
    } else if (pred === verb && /^(?:fined|fines|fine|fining|charged|charges|billed|bills|ordered|awarded|awards|owes|owed)$/.test(pred.lower) && content(toks[io]) && io < fi) {
      // "fined Acme $12 million", "awarded the family $2 million": whose fine or award it is
      fr.agent = npAt(toks, io);
    }
    // the object of the predicate, for shares ("62 percent support the bill" / "... the mayor")
    if (f.unit === "percent" && subjVerb) {
      let obj = nextContent(toks, indexIn(toks, subjVerb) + 1, 4);
      // the object's head, not its first word ("the harbour plan" is a plan)
      // ("back new Carrow transit levy": a name inside the phrase, then its head)
      for (let x = obj ? indexIn(toks, obj) + 1 : -1; obj && x > 0 && x < toks.length && toks[x]!.word && content(toks[x]) && !FUNCTION.test(toks[x]!.lower) && !capd(obj.text) && !/(?:ed|ing|ly)$/.test(toks[x]!.lower); x++) {
        if (capd(toks[x]!.text)) {
          let y = x;
          while (y < toks.length && y < x + 3 && toks[y]!.word && capd(toks[y]!.text)) y++;
          if (!(toks[y]?.word && content(toks[y]) && !FUNCTION.test(toks[y]!.lower) && !capd(toks[y]!.text) && !/(?:ed|ing|ly)$/.test(toks[y]!.lower))) break;
          x = y;
        }
        obj = toks[x]!;
      }
      // (its own word, not a synonym's key: "back the toll" is no count of the killed)
      // (not a time: "walked out on Thursday"; and an act read whole, a strike, has no object)
      // ("passed the maths exam", "have passed": what a share passed is its exam, said or not)
      // (nor a verb's particle: "had come back" returned, with no object)
      if (obj && (TIME_WORD.test(obj.lower) || fr.predicate === "struck" || /^(?:passed|pass|passes)$/.test(subjVerb.lower) || PARTICLE.test(obj.lower) && indexIn(toks, obj) === indexIn(toks, subjVerb) + 1)) obj = null;
      if (obj) fr.predicate += ` ${capd(obj.text) ? normalize(obj.text) : stem(obj.lower.replace(/['’]s$/, ""))}`;
    }
  } else if (levelNoun && !JUNK_PREDICATE.test(levelNoun.lower)) {
    const key = normalize(levelNoun.text);
    if (CHANGE_AFTER.test(levelNoun.lower) || /^(?:growth|expansion)$/.test(levelNoun.lower)) fr.change = true; // "growth was 3.4 percent", "the increase was 200"
    // "the unemployment rate": the modifier is what is measured; "the health allocation": whose allocation
    // (a noun of measuring, "rate", "rating": the word before names what is measured, and owns nothing)
    const measuring = MEASURE_NOUNS.test(levelNoun.lower) || RATE_HEAD.test(levelNoun.lower);
    fr.predicate = measuring && modifier ? normalize(modifier.text) : key;
    // "the burned area", "the area burned": the land burned
    if (/^(?:area|land|acreage)$/.test(levelNoun.lower) && (/^(?:burned|burnt|scorched|charred)$/.test(lowerOf(toks[indexIn(toks, levelNoun) - 1])) || /^(?:burned|burnt|scorched|charred)$/.test(lowerOf(toks[indexIn(toks, levelNoun) + 1])))) fr.predicate = "burned";
    // "cuts power to 48,000 homes", "knocked out electricity to": an outage
    if (/^(?:power|electricity)$/.test(levelNoun.lower) && /^(?:cut|cuts|cutting|knocked|knocks|knocking|out|off)$/.test(lowerOf(toks[indexIn(toks, levelNoun) - 1]))) fr.predicate = "outage";
    // "the number of people killed (by the disease)": what befell the people counted
    if (measuring && modifier && modifier === ofModifier && GENERIC_PEOPLE.test(modifier.lower)) {
      const part = toks[indexIn(toks, modifier) + 1];
      if (part?.word && (/ed$/.test(part.lower) || IRREGULAR_PAST.test(part.lower)) && !FUNCTION.test(part.lower)) {
        fr.predicate = normalize(part.text);
        fr.predicateText = `${modifier.lower} ${part.lower}`;
        fr.thing = "people";
      }
    }
    // "put support for the toll at 33 percent": an opinion's level names what it is of, as a share's verb does ("41 percent support the toll")
    if (f.unit === "percent" && /^(?:support|oppose)$/.test(fr.predicate) && /^(?:for|of)$/.test(lowerOf(toks[indexIn(toks, levelNoun) + 1]))) {
      let x = indexIn(toks, levelNoun) + 2;
      while (/^(?:the|a|an|this|that|its|their)$/.test(lowerOf(toks[x]))) x++;
      let obj: Token | null = null;
      while (x < toks.length && toks[x]!.word && content(toks[x]) && !FUNCTION.test(toks[x]!.lower) && !/^(?:at|as|was|is)$/.test(toks[x]!.lower)) obj = toks[x++]!;
      if (obj) fr.predicate += ` ${capd(obj.text) ? normalize(obj.text) : stem(obj.lower.replace(/['’]s$/, ""))}`;
    }
    // "food inflation", "core inflation", "youth unemployment": a kind of the level, no owner of it (and at a sentence's start, capitalised)
    const kindWord = modifier ?? (levelNoun && indexIn(toks, levelNoun) === 1 && toks[0]!.word ? toks[0]! : null);
    if (kindWord && LEVEL_KIND.test(kindWord.lower) && !MEASURE_NOUNS.test(levelNoun.lower)) {
      // ("headline inflation" is the inflation rate itself, as a factbox's "Inflation" is)
      if (kindWord.lower !== "headline") fr.predicate = `${kindWord.lower} ${fr.predicate}`;
      modifier = null;
    }
    if (modifier && !measuring && !VICTIM_KEYS.has(key) && !/(?:ed|nt)$/.test(modifier.lower) && !/^(?:net|gross|annual|quarterly|operating|pretax|pre-tax|total|average|record|overall|monthly|weekly|daily|full-year|first-quarter|second-quarter|third-quarter|fourth-quarter|final|initial|original|eventual|latest|new|actual|real|true|official|estimated|projected|expected|forecast)$/.test(modifier.lower)) fr.agent = npAt(toks, indexIn(toks, modifier));
    // "the price of the new device", "the cost of the bridge": whose it is, named after it
    {
      const ln0 = indexIn(toks, levelNoun);
      // ("the final bill for the new leisure centre came to", "the fee for striker Dan Roe was": what the money is for owns it)
      const forMoney = lowerOf(toks[ln0 + 1]) === "for" && f.unit === "money" && /^(?:cost|paid|fine)$/.test(normalize(levelNoun.text));
      if ((lowerOf(toks[ln0 + 1]) === "of" || forMoney) && !MEASURE_NOUNS.test(levelNoun.lower)) {
        let e = ln0 + 2;
        while (e < toks.length && e < ln0 + (forMoney ? 9 : 7) && toks[e]!.word && !/^(?:at|as|to|was|is|were|are|by|in|on|came|comes|stood|stands|reached|totalled|totaled|hit|had|has)$/.test(toks[e]!.lower)) e++;
        // (not the figure's own phrase: "the cancellation of 214 flights" counts the flights, it owns nothing)
        if (e - 1 > ln0 + 1 && content(toks[e - 1]) && !(fi > ln0 + 1 && fi < e && noun)) fr.agent = npAt(toks, e - 1);
      }
    }
    // "his net worth": whose it is, said by a pronoun
    {
      const ln0 = indexIn(toks, levelNoun);
      for (let x = ln0 - 1; x >= Math.max(0, ln0 - 3); x--) {
        if (/^(?:his|her|its|their|our|my)$/.test(toks[x]!.lower)) {
          // "his", "her": a person named before (resolved in measure.ts), else the speaker; "its", "their": the speaker
          fr.agent = /^(?:his|her)$/.test(toks[x]!.lower) ? "@pro:person" : "@pro";
          break;
        }
        if (!content(toks[x])) break;
      }
    }
    // "investors' actual losses", "the company's revenue": the possessor is whose it is
    // ("Greece's unemployment rate": a rate's owner too)
    const ln = indexIn(toks, levelNoun);
    const owned = !MEASURE_NOUNS.test(levelNoun.lower) || RATE_HEAD.test(levelNoun.lower) && !!modifier;
    for (let x = ln - 1; x >= Math.max(0, ln - 4) && owned; x--) {
      const t = toks[x]!;
      if (t.word && /['’]s$/.test(t.text)) {
        fr.agent = npAt(toks, x);
        break;
      }
      if ((t.text === "'" || t.text === "’") && toks[x - 1]?.word) {
        fr.agent = npAt(toks, x - 1);
        break;
      }
      if (!t.word || FUNCTION.test(t.lower)) break;
    }
    fr.predicateText = [modifier?.lower, levelNoun.lower].filter(Boolean).join(" ");
    if (!fr.agent && levelSubject) fr.agent = levelSubject;
  }
  // the thing counted
  if (!noun && ofThing && fr.predicate) {
    noun = ofThing;
    fr.noun = ofThing.lower;
  }
  if (noun) fr.thing = base ?? thingOf(noun.text);
  else if (subjVerb && fi > 2 && VICTIM_KEYS.has(normalize(subjVerb.text))) {
    // "Prisoners in the jail rioted and activists said at least eight have been killed": the sentence's subject is who is counted
    // (the first word, or the second after a determiner: in "Bus plunges into gorge; 23 killed" the second is the verb)
    const first = toks.slice(0, 2).find((t, x) => t.word && PLURAL.test(t.lower) && !FUNCTION.test(t.lower) && !GENERIC_PEOPLE.test(t.lower) && (x === 0 || FUNCTION.test(toks[0]!.lower)));
    const at = first ? indexIn(toks, first) : -1;
    if (first && !REPORTING.test(lowerOf(toks[at + 1])) && !/^(?:say|tell|told|claim|claimed|report)$/.test(lowerOf(toks[at + 1]))) fr.thing = thingOf(first.text);
  }
  // ("12,000 head of cattle": livestock are counted by the head, and are the cattle)
  if (noun && noun.lower === "head" && lowerOf(toks[indexIn(toks, noun) + 1]) === "of" && toks[indexIn(toks, noun) + 2]?.word && content(toks[indexIn(toks, noun) + 2]) && !FUNCTION.test(lowerOf(toks[indexIn(toks, noun) + 2]))) fr.thing = thingOf(toks[indexIn(toks, noun) + 2]!.text);
  // ("214 species of beetle", "340 species of birds": a noun of kind counts kinds of the noun after "of")
  if (noun && !base && KIND_NOUN.test(noun.lower) && lowerOf(toks[indexIn(toks, noun) + 1]) === "of" && toks[indexIn(toks, noun) + 2]?.word && content(toks[indexIn(toks, noun) + 2]) && !FUNCTION.test(lowerOf(toks[indexIn(toks, noun) + 2]))) fr.thing = `${fr.thing} of ${stem(lowerOf(toks[indexIn(toks, noun) + 2]).replace(/s$/, ""))}`;
  if (ageBound) fr.thing = `${fr.thing ?? "people"} ${ageBound}`; // (a group of an age is a group of its own)
  // "a handful of protester deaths", "civilian casualties": the word before the toll names who died
  if (noun && nounWords.length > 1 && VICTIM_KEYS.has(fr.thing ?? "") && content(nounWords[nounWords.length - 2]) && !/(?:ed|al)$/.test(nounWords[nounWords.length - 2]!.lower)) {
    if (!fr.predicate || !pred) fr.predicate = fr.thing;
    // (but "340 measles cases" are cases of measles, as "212 cases of measles" are: the word names the illness, not who is ill;
    // and "30 flood deaths", "320 flood rescues": the word names the harm's cause)
    fr.thing = fr.thing === "cases" || HARM_CAUSE.test(nounWords[nounWords.length - 2]!.lower) ? "people" : stem(nounWords[nounWords.length - 2]!.lower);
  }
  // "treated 85 injured people", "found 12 missing hikers": an adjective of harm says what the count is, whatever verb carries it
  if (noun && nounWords.length > 1 && VICTIM_KEYS.has(normalize(nounWords[nounWords.length - 2]!.text)) && /(?:ed|ing)$|^(?:dead|missing)$/.test(nounWords[nounWords.length - 2]!.lower) && PLURAL.test(noun.lower)) {
    fr.predicate = normalize(nounWords[nounWords.length - 2]!.text);
    fr.predicateText = nounWords[nounWords.length - 2]!.lower;
    fr.thing = GENERIC_PEOPLE.test(noun.lower) ? "people" : thingOf(noun.text);
    if (fr.via === "object") fr.via = "subject";
  }
  // "21 cities have been killed" is no count of anything killed: places and spans of time are counted there
  if (fr.thing && PLACE_OR_TIME.test(fr.thing) && fr.predicate && VICTIM_KEYS.has(fr.predicate)) fr.predicate = null;
  if (!fr.thing && fr.predicate && VICTIM_KEYS.has(fr.predicate.split(" ")[0]!) && f.unit === "count") fr.thing = "people";
  // ("showed 268 cancellations", "counted 40 arrests": a noun of an act counted bare is the act's count, of things not named)
  // ("1,870 flu admissions had been recorded": hospital admissions are people admitted)
  if (fr.noun && (fr.predicate === "has" || !fr.predicate && fr.via === null || fr.predicate === fr.thing) && /^(?:cancelled|abducted|admitted|rescued)$/.test(normalize(fr.noun)) && !/^(?:admit|admits|accept|accepts|welcome|welcomes)$/.test(fr.noun)) {
    fr.predicate = normalize(fr.noun);
    fr.predicateText = fr.noun;
    fr.thing = null;
    fr.via = "level";
  }
  // ("We have 85 injured", "the hospital had 40 wounded": what a place has of the harmed is the harm's count)
  // (but "Oakland had 80 murders": a named possessor is the place the harm is counted in, which the harm's count does not keep)
  // ("Nyaburi had 212 cases and seven deaths": a place or a body that has cases or deaths is where they are counted, no doer of them)
  const harmHad = fr.predicate === "has" && !!fr.thing && /^(?:cases|killed|wounded|missing)$/.test(fr.thing) && !!fr.agent && /^[^|@]+\|/.test(fr.agent) && !/^(?:we|they|it|i|you|he|she)\|/.test(fr.agent);
  if (fr.thing && VICTIM_KEYS.has(fr.thing) && (!fr.predicate || !pred || LIGHT_VERB.test(pred.lower) || fr.predicate === "has" && !/^(?!(?:we|they|it|i|you|he|she)\|)[^|@]+\|/.test(fr.agent ?? "") || harmHad)) {
    // "83 deaths", "3.4 million viewers": the noun names the predicate, people are counted
    fr.predicate = fr.thing;
    fr.thing = "people";
    if (harmHad) fr.agent = null;
  }
  if (fr.thing === fr.predicate && fr.thing && fr.thing !== "people") fr.thing = "people";
  // "€2.1 billion in cash", "$3 billion in stock": the form money takes, not what it is the amount of
  // ("€180 million in lost trade", "$2 million in unpaid wages": what the money was, lost or owed, not a thing counted)
  if (f.unit === "money" && fr.thing && /^(?:cash|stock|share|bond|loan|credit|grant|debt|lost|unpaid|forgone|foregone|missed)s?$/.test(fr.thing)) fr.thing = null;
  if (fr.predicate === "killed" && noun && /^(?:bodies|corpses)$/.test(noun.lower) && pred && BODIES_BROUGHT.test(pred.lower)) {
    fr.thing = "people"; // "received 31 bodies": the dead
    fr.floor = true;
  }
  // ("treated 23 learners for injuries", "seven workers had been brought in for treatment"): the hurt that
  // one hospital or crew saw are some of the hurt, not all of them told; they bound the count of the wounded from below
  if (f.unit === "count" && pred && TREATED.test(pred.lower) && fr.predicate !== "killed" && TREATED_FOR.test(toks.slice(indexIn(toks, pred) + 1, Math.min(toks.length, indexIn(toks, pred) + 10)).map((t) => t.lower).join(" "))) {
    fr.predicate = "wounded";
    fr.floor = true;
  }
  // people let into a country are people, whatever they are called ("250,000 Syrian refugees", "10,000 Syrians", "migrants")
  if (fr.predicate === "admitted" && f.unit === "count" && (!fr.thing || /^(?:refugee|migrant|immigrant|asylum|seeker|evacuee|national)$/.test(fr.thing))) fr.thing = "people";
  if (fr.predicate && VICTIM_KEYS.has(fr.predicate) && noun && (CROWD_NOUNS.test(noun.lower) || normalize(noun.text) === fr.predicate) && /^(?:gathered|watched|displaced|arrested)$/.test(fr.predicate)) fr.thing = "people"; // "50,000 protesters marched", "2,000 refugees fled"
  // "84,000 homes without power", "48,000 customers lost power": an outage counts the supply's connections, whatever they are called
  if (fr.predicate === "outage" && noun && /^(?:homes|households|customers|properties|premises|residents|people|users|connections|accounts|businesses)$/.test(noun.lower)) fr.thing = "customer";
  // "welcomed 3.1 million passengers", "5.9 million passengers passed through Kestrel": travellers through a port are what it handles
  if (noun && /^(?:passengers|travellers|travelers|flyers)$/.test(noun.lower) && (fr.predicate === "admitted" || /^(?:passed|went|travelled|traveled|flew|moved)$/.test(lowerOf(toks[indexIn(toks, noun) + 1])) && lowerOf(toks[indexIn(toks, noun) + 2]) === "through")) {
    fr.predicate = "carried";
    fr.predicateText ??= "passed through";
    fr.via ??= "subject";
  }
  // "employs 1,100 people", "has about 1,400 workers on its payroll", "employs 900 staff": a workforce, however its people are named
  if (f.unit === "count" && (fr.predicate === "employ" && (fr.thing === "worker" || fr.thing === "people") || fr.predicate === "has" && fr.thing === "worker")) {
    fr.predicate = "employ";
    fr.thing = "people";
  }
  // "lists nine schools slated for closure", "branches earmarked for closure": a closure planned
  if (f.unit === "count" && noun && /^(?:slated|scheduled|set|earmarked|marked|due|targeted|listed|proposed)$/.test(lowerOf(toks[nounEnd])) && lowerOf(toks[nounEnd + 1]) === "for" && /^(?:closure|closing)$/.test(lowerOf(toks[nounEnd + 2]))) {
    fr.predicate = normalize("closed");
    fr.predicateText = "closed";
    fr.modality = "forecast";
    fr.via = "subject";
    fr.passive = true; // (to be closed, by whoever closes them)
  }
  // "430 jobs to go", "Jobs to go: 430": jobs to go are jobs to be cut
  if (f.unit === "count" && noun && fr.thing === "job" && !fr.predicate && lowerOf(toks[nounEnd]) === "to" && /^(?:go|be)$/.test(lowerOf(toks[nounEnd + 1])) && (lowerOf(toks[nounEnd + 1]) === "go" || /^(?:cut|lost|axed|shed)$/.test(lowerOf(toks[nounEnd + 2])))) {
    fr.predicate = "cut";
    fr.predicateText = "to go";
    fr.modality = "forecast";
    fr.via = "subject";
  }
  // "lost 12,400 manufacturing jobs", "40,000 jobs were cut", "jobs disappeared": jobs lost are jobs cut
  if (fr.thing === "job" && (fr.predicate === "lost" || fr.predicate === "missing")) fr.predicate = "cut";
  // "wins by 312 votes", "edges Pruitt by 412 votes", "defeating his nearest rival by 12,430 votes": a winning margin
  if (f.unit === "count" && lowerOf(toks[fi - 1]) === "by" && noun && /^votes?$/.test(noun.lower) && toks.slice(Math.max(0, fi - 8), fi - 1).some((t) => /^(?:won|wins|win|winning|beat|beats|beating|defeated|defeats|defeating|edged|edges|edging|leads|led|leading|lost|loses|losing|trailed|trails|trailing)$/.test(t.lower))) {
    fr.predicate = "margin";
    fr.predicateText = "margin";
    fr.thing = null; // (as "a margin of 222" says it)
    fr.via = "level";
    fr.agent = null;
  }
  // "Record 87,000 crowd sees Kilbrack lift the cup", "a 3.4 million audience": a crowd's or an audience's size, whatever verb follows
  // (in a headline the noun's phrase may run into the verb: "87,000 Crowd Sees")
  const crowdWord = nounWords[0] && indexIn(toks, nounWords[0]) === li + 1 ? nounWords[0] : null;
  if (f.unit === "count" && crowdWord && /^(?:crowd|audience|attendance|turnout|gathering)$/.test(crowdWord.lower) && (nounWords.length === 1 || titleMode || headlineMode) && (!fr.predicate || fr.predicate === fr.thing || fr.thing === thingOf(noun!.text) || pred && (REPORTING.test(pred.lower) || TRANSPARENT.test(pred.lower)))) {
    fr.predicate = normalize(crowdWord.text);
    fr.predicateText = crowdWord.lower;
    fr.thing = "people";
    fr.via = "level";
  }
  // "Harbour derby draws 61,000 to Calloway Park", "the rally attracted 20,000": a bare count an event draws is its crowd
  if (f.unit === "count" && !noun && !fr.predicate && /^(?:draws|drew|draw|drawing|attracts|attracted|attract|attracting)$/.test(lowerOf(toks[fi - 1]))) {
    fr.predicate = "gathered";
    fr.predicateText = lowerOf(toks[fi - 1]);
    fr.thing = "people";
    fr.via = "object";
  }
  // "the museum welcomed 1.2 million visitors": visitors let in are a crowd, as "drew" says, not people admitted to a country
  if (fr.predicate === "admitted" && noun && /^(?:visitors|fans|spectators|guests|attendees|tourists)$/.test(noun.lower)) {
    fr.predicate = "gathered";
    fr.thing = "people";
  }
  // agent: who does the predicate when the figure is its object
  if (verb && !subjVerb && !fr.agent && !(fr.predicate && VICTIM_KEYS.has(fr.predicate))) {
    let a = indexIn(toks, verb) - 1;
    while (a >= 0 && toks[a]!.word && (AUX.test(toks[a]!.lower) || REPORTING.test(toks[a]!.lower) || LIKELY.test(toks[a]!.lower) || /ly$/.test(toks[a]!.lower) || /^(?:to|be|being|would|will|now|still|already|currently|today|plans?|planning|expects?|expected|said|says|each|both|wants?|wanted|proposed|proposes|propose|agreed|agrees|offered|offers|pledged|pledges|promised|promises|vowed|vows|intends?|intended|hopes?|hoped|seeks?|sought|tried|tries|aims?|aimed)$/.test(toks[a]!.lower))) {
      if (REPORTING.test(toks[a]!.lower) && lowerOf(toks[a + 1]) === "to" && AUX.test(lowerOf(toks[a - 1]))) fr.modality = "hearsay"; // "was said to be cutting"
      a--;
    }
    // "the blaze had burned through 42,000 hectares and destroyed 14 homes": a second verb of the first one's subject
    if (lowerOf(toks[a]) === "and" && !FUNCTION.test(verb.lower)) {
      for (let j = a - 1; j > 0 && j >= a - 10; j--) {
        const u = toks[j]!;
        if (!u.word && !/^[,.]$/.test(u.text) || u.lower === "and" || REPORTING.test(u.lower)) break;
        if (u.word && !capd(u.text) && pastForm(u) && (/^(?:has|have|had|was|were|is|are)$/.test(lowerOf(toks[j - 1])) || toks[j - 1]?.word && !FUNCTION.test(toks[j - 1]!.lower) && !AUX.test(toks[j - 1]!.lower))) {
          a = j - 1;
          while (a >= 0 && toks[a]!.word && (AUX.test(toks[a]!.lower) || /ly$/.test(toks[a]!.lower) || /^(?:now|still|already)$/.test(toks[a]!.lower))) a--;
          break;
        }
      }
    }
    // 'the blaze had "scorched nearly 9,000 hectares"': a quotation that opens at the verb leaves its doer outside
    if (/^["“]$/.test(toks[a]?.text ?? "") && toks[a - 1]?.word && AUX.test(toks[a - 1]!.lower)) {
      a--;
      while (a > 0 && toks[a]!.word && AUX.test(toks[a]!.lower)) a--;
    }
    // "The incumbent mayor, Lena Poch, won 54 percent of the vote": the name in apposition before the verb
    // (not a month ending a participle's aside: "The flyover, opened in January, cost")
    if (toks[a]?.text === "," && toks[a - 1]?.word && capd(toks[a - 1]!.text) && !FUNCTION.test(toks[a - 1]!.lower) && !TIME_WORD.test(toks[a - 1]!.lower)) a--;
    // "The paper mill, the union claims, dumped 40 tonnes": an aside of saying between the doer and its verb
    else if (toks[a]?.text === ",") {
      let c = a - 1;
      while (c > 0 && c > a - 6 && toks[c]!.text !== ",") c--;
      if (toks[c]?.text === "," && toks.slice(c + 1, a).some((u) => REPORTING.test(u.lower) || /^(?:claims|claimed|insists|insisted|argues|argued|alleges|alleged|contends|contended|maintains|believes|charges|charged)$/.test(u.lower))) a = c - 1;
      // "The Kavri flyover, opened in January, cost ...": a participle's aside too
      // ("The hill fire, which started on Monday, has burned ...": and a relative clause's)
      else if (toks[c]?.text === "," && c > 0 && toks[c - 1]!.word && (/(?:ed|en)$/.test(toks[c + 1]?.lower ?? "") || IRREGULAR_PAST.test(toks[c + 1]?.lower ?? "") || /^(?:which|who)$/.test(toks[c + 1]?.lower ?? "")) && !FUNCTION.test(toks[c - 1]!.lower)) a = c - 1;
    } else if (toks[a]?.word) {
      // "The fire that broke out on Sunday in the hills above Sallow Creek has burned ...": the doer is the noun the relative clause hangs on
      for (let r = a - 1; r > 0 && r >= a - 14; r--) {
        const u = toks[r]!;
        if (!u.word) break;
        if (/^(?:that|which|who)$/.test(u.lower)) {
          const h = toks[r - 1]!;
          // (a subject's noun with its determiner, at the sentence's or clause's start: not "said in a speech that ...")
          let d = r - 2;
          while (d > 0 && d >= r - 4 && toks[d]!.word && !/^(?:the|a|an|this|that|its|their)$/i.test(toks[d]!.text)) d--;
          const opens = d >= 0 && /^(?:the|a|an|this|its|their)$/i.test(toks[d]!.text) && (d === 0 || !toks[d - 1]!.word || /^(?:and|but)$/i.test(toks[d - 1]!.text));
          if (opens && h.word && content(h) && !FUNCTION.test(h.lower) && !isCap(h.text) && !REPORTING.test(h.lower) && !/(?:ed|ly)$/.test(h.lower) && !AUX.test(h.lower)) a = r - 1;
          break;
        }
      }
    }
    const t = toks[a];
    // ("The nonprofit also paid $1.07 million": another act of the doer, not the one said before)
    if (toks.slice(a + 1, indexIn(toks, verb)).some((u) => u.lower === "also")) fr.distinct = true;
    // "acknowledged that using two accounts was a mistake": a gerund with no subject of its own is its speaker's doing (a clause's "that", not a relative's)
    const clauseStart = t && (/^["“]$/.test(t.text) || t.lower === "that" && (/ly$/.test(lowerOf(toks[a - 1])) || REPORTING.test(lowerOf(toks[a - 1])) || /(?:ed|ged)$/.test(lowerOf(toks[a - 1]))));
    if (clauseStart && /ing$/.test(verb.lower) && a === indexIn(toks, verb) - 1) fr.agent = "@pro";
    else if (clauseStart) {
      // no doer named
    } else if (t && t.word && /^(?:who|which|that)$/.test(t.lower)) {
      // "iPhone 5, which costs $199": the noun the clause hangs on
      let b = a - 1;
      if (toks[b]?.text === ",") b--;
      if (toks[b]?.word && !FUNCTION.test(toks[b]!.lower)) fr.agent = npAt(toks, b);
    } else if (t && t.word && (/^(?:he|she)$/.test(t.lower) || t.lower === "they" && verb.lower === "worth")) fr.agent = "@pro:person"; // a person named before (resolved in measure.ts), else the speaker ("they are worth": those just named, not the speaker)
    else if (t && t.word && t.lower === "it") fr.agent = "@pro:it"; // the speaker, or what a plural speaker speaks of (resolved in measure.ts)
    else if (t && t.word && /^(?:it|they|he|she|we|i|you)(?:['’](?:ve|d|ll|m|re|s))?$/.test(t.lower)) fr.agent = "@pro";
    else if (t && t.word && /^(?:quarter|year|month|week|day|period|season|decade|term|half)s?$/.test(t.lower) && toks.slice(Math.max(0, a - 4), a).some((u) => /^(?:in|during|over|for)$/.test(u.lower))) {
      // "PC shipments in the third quarter dropped": the period is in the doer's phrase, the doer is before it
      let p = a - 1;
      while (p > 0 && !/^(?:in|during|over|for)$/.test(toks[p]!.lower)) p--;
      if (p > 0 && toks[p - 1]!.word && content(toks[p - 1]) && !FUNCTION.test(toks[p - 1]!.lower)) fr.agent = npAt(toks, p - 1);
    } else if (t && t.word && (WEEKDAYS.has(t.lower) || /^(?:night|morning|afternoon|evening|weekend)$/.test(t.lower)) && /^(?:on|at|in|over|last|this)$/.test(lowerOf(toks[a - 1]))) {
      // "The gala at the Osk Hotel on Saturday brought in": phrases of time and place after the doer, the doer before them
      // (a noun of its own, lower-case, after "the" at the clause's start)
      for (let p = a - 1; p > 1 && p >= a - 12 && toks[p]!.word; p--) {
        const h = toks[p - 1]!;
        if (!/^(?:on|at|in|near|over|last|this)$/.test(toks[p]!.lower) || !h.word) continue;
        if (content(h) && !capd(h.text) && !FUNCTION.test(h.lower) && !TIME_WORD.test(h.lower) && /^(?:the|a|an)$/i.test(toks[p - 2]?.text ?? "") && (p - 2 === 0 || !toks[p - 3]!.word)) {
          fr.agent = npAt(toks, p - 1);
          break;
        }
      }
    } else if (t && t.word && capd(t.text) && /^worth$/.test(verb.lower) && (withAt = withBefore(toks, a)) > 0) {
      // "a five-year extension with the Harlow Comets worth $104 million": the extension, not whom it is made with
      fr.agent = npAt(toks, withAt - 1);
    } else if (t && t.word && !FUNCTION.test(t.lower) && !/^\d/.test(t.text) && (!PHRASE_PREP.test(lowerOf(toks[a - 1])) || lowerOf(toks[a - 1]) === "of" && !capd(t.text)) && !(a === 0 && sentenceStart && capd(t.text) && !/[A-Z].*[A-Z]/.test(t.text.slice(1)) && !headlineMode)) fr.agent = npAt(toks, a); // "rose in price to yield": a phrase, not the doer
    // "the new factory in Saxby has created", "petrol in Marlo cost": the place is in the doer's phrase, the doer is before it
    // "The National Gallery of Ostra welcomed", "The Bank of Vell lent": a name with "of" inside is named by its head
    else if (t && t.word && capd(t.text) && lowerOf(toks[a - 1]) === "of" && toks[a - 2]?.word && capd(toks[a - 2]!.text) && !FUNCTION.test(toks[a - 2]!.lower)) fr.agent = npAt(toks, a - 2);
    else if (t && t.word && capd(t.text) && /^(?:in|at|near)$/.test(lowerOf(toks[a - 1])) && toks[a - 2]?.word && content(toks[a - 2]) && !capd(toks[a - 2]!.text) && !FUNCTION.test(toks[a - 2]!.lower)) fr.agent = npAt(toks, a - 2);
    // "The wildfire in the Serrano hills has burned", "a lakefront home on Heron Point Drive has sold": the doer before its phrase of place
    if (fr.agent && t && t.word && (!capd(t.text) || a > 1 && /^(?:in|at|near|on)$/.test(lowerOf(toks[a - 2])) || capd(t.text) && a > 2 && capd(toks[a - 1]!.text))) {
      let p = a - 1;
      while (p > 0 && a - p <= 4 && toks[p]!.word && (capd(toks[p]!.text) || /^(?:the|a|an)$/i.test(toks[p]!.text))) p--;
      if (p < a - 1 && /^(?:in|at|near|on)$/.test(lowerOf(toks[p])) && toks[p - 1]?.word && content(toks[p - 1]) && !capd(toks[p - 1]!.text) && !FUNCTION.test(toks[p - 1]!.lower) && (/^(?:the|a|an)$/i.test(toks[p - 2]?.text ?? "") || p - 2 < 0 || capd(toks[p - 2]!.text) && p - 2 === 0)) fr.agent = npAt(toks, p - 1);
    }
  }
  // what money is for: "allocates 640 million to a school feeding program", "spend $25 million on tracks"
  if (f.unit === "money" && fr.predicate && !VICTIM_KEYS.has(fr.predicate)) {
    const at = subjVerb ? indexIn(toks, subjVerb) + 1 : nounEnd;
    for (let x = at; x < Math.min(toks.length, at + 3); x++) {
      if (!toks[x]!.word) break;
      if (/^(?:to|for)$/.test(toks[x]!.lower) || toks[x]!.lower === "on" && /^(?:spent|spend|spends|spending)$/.test(fr.predicateText ?? "")) {
        let y = x + 1;
        while (y < toks.length && y < x + 6 && toks[y]!.word && !FUNCTION.test(toks[y + 1]?.lower ?? ".") && toks[y + 1]?.word) y++;
        if (content(toks[y])) fr.topic = normalize(toks[y]!.text);
        break;
      }
    }
  }
  // "the poll has the Country Alliance on 35 per cent", "minor parties on 27 per cent", "on a primary vote of 35 per cent": a share is of the side named before "on"
  if (f.unit === "percent" && !fr.agent && !fr.change) {
    let x = fi - 1;
    if (/^(?:of)$/.test(lowerOf(toks[x]))) {
      x--;
      while (x > fi - 6 && toks[x]?.word && !/^on$/.test(toks[x]!.lower) && (/^(?:a|an|the|its|their|primary|first|preference|vote|votes|share|support|rating|ratings|approval|of)$/.test(toks[x]!.lower))) x--;
    }
    // (a quotation may open between: "had the party 'on 43 per cent'")
    const side = /^['"‘“]$/.test(toks[x - 1]?.text ?? "") ? x - 2 : x - 1;
    if (lowerOf(toks[x]) === "on" && toks[side]?.word && content(toks[side]) && !FUNCTION.test(toks[side]!.lower) && !AUX.test(toks[side]!.lower) && !/(?:ed|ing)$/.test(toks[side]!.lower) && !MEASURE_WORDS.test(toks[side]!.lower) && !TIME_THING.test(normalize(toks[side]!.text))) {
      fr.agent = npAt(toks, side);
      // ("the same poll had the party on 43 per cent", "Poll puts Reform on 38%": a poll's share of that side)
      if (!fr.predicate && toks.slice(Math.max(0, fi - 30), li + 30).some((t) => /^(?:poll|polls|survey|surveys|polling)$/.test(t.lower))) {
        fr.predicate = "support";
        fr.predicateText = "on";
        fr.via = "level";
      }
    }
  }
  // aggregation, modality: in the words just before the figure and its verb
  const predAt = pred ? indexIn(toks, pred) : fi;
  const from = Math.max(0, Math.min(fi, predAt) - 8);
  // (the start of a second complement clause before the figure, "... and that 'fewer than ten' had died", found once)
  let secondClause = -1;
  for (let y = fi - 1; y > from; y--) {
    if (toks[y]!.lower === "that" && /^(?:and|but)$/.test(lowerOf(toks[y - 1]))) {
      secondClause = y;
      break;
    }
  }
  for (let x = from; x < Math.min(toks.length, Math.max(nounEnd, predAt) + 3); x++) {
    const w = lowerOf(toks[x]);
    // ("the verdict totaled $380,000", "damage totalling €4 million": the verb right before the figure only links it to its noun)
    // ("the ministry's statistics record 1.35 million visitors": "record" after its subject is a verb of recording, no superlative)
    if (AGGREGATE.test(w) && x < fi + 1 && !(/^total(?:ed|led|ing|ling)$/.test(w) && x === fi - 1) && !(w === "record" && !/^(?:a|an|the|its|their|his|her|new|all-time)$/.test(lowerOf(toks[x - 1])))) fr.aggregate = /^averag/.test(w) ? "average" : /^total/.test(w) ? "total" : w;
    if ((w === "altogether" || w === "all" && lowerOf(toks[x - 1]) === "in" && !toks[x + 1]?.word) && x < fi + 1) fr.aggregate = "total"; // "In all, 40 people died"
    // ("55 percent said they would back Ames", "were planning to back": a poll's share of intent is its answer now, no forecast)
    const pollAnswer = f.unit === "percent" && !!subjVerb && x > fi;
    const month = toks[x]!.text === "May" && x > 0; // (nor is the month of May a modal)
    // (nor is a size reckoned now: "the fire was estimated at 8,400 hectares", "is thought to have killed 40")
    const reckoned = /^(?:estimated|thought|believed)$/.test(w) && (lowerOf(toks[x + 1]) === "at" || lowerOf(toks[x + 1]) === "to" && /^(?:have|number|total|be)$/.test(lowerOf(toks[x + 2])) && lowerOf(toks[x + 3]) !== "reach");
    // (nor a word of planning in a clause before "and that": "said it had targeted a depot and that 'fewer than ten' had died")
    const otherClause = x < secondClause;
    // (nor "targeted" an object: "the strike had targeted a weapons depot and killed nine" is an attack, no goal)
    const aimedAt = /^(?:targeted|targeting|targets|target)$/.test(w) && /^(?:a|an|the|his|her|their|its|civilians|fighters|homes|positions|bases)$/.test(lowerOf(toks[x + 1]));
    if ((FUTURE.test(w) && !aimedAt || LIKELY.test(w) && !reckoned && x > 0 && /^(?:is|are|was|were|be)$/.test(lowerOf(toks[x - 1]))) && (x < fi || (subjVerb && x < predAt)) && !pollAnswer && !month && !otherClause) fr.modality = "forecast";
    // ("250 detainees are to be freed over five days", "is to get $40 million": a plan said with "to be")
    if (/^(?:is|are|was|were)$/.test(w) && lowerOf(toks[x + 1]) === "to" && toks[x + 2]?.word && /^(?:be|get|receive|go|open|close|cost)$/.test(lowerOf(toks[x + 2])) && x > fi && subjVerb && x < predAt) fr.modality = "forecast";
    // ("Analysts polled by a brokerage had estimated a profit of Rs 1,190 crore": what analysts estimate is a forecast of the result)
    if (/^(?:estimated|estimates|estimate|estimating)$/.test(w) && x < fi && toks.slice(Math.max(0, x - 8), x).some((t) => /^(?:analysts?|economists?|forecasters?|consensus|brokers?|brokerages?)$/.test(t.lower))) fr.modality = "forecast";
    if (HEARSAY.test(w)) fr.modality = "hearsay";
    if (/^(?:whether|if|unless|suppose|supposing|imagine|hypothetically)$/.test(w) && x < fi) fr.modality = "forecast"; // "whether there are 2,600 or 1,800": a supposition, not a count
  }
  // "..., but in fact Ames used only one account": the writer's correction of what was said, outside any quotation
  for (let x = Math.max(1, fi - 8); x < fi; x++) {
    const w = lowerOf(toks[x]);
    const marker = w === "fact" && lowerOf(toks[x - 1]) === "in" || w === "reality" && lowerOf(toks[x - 1]) === "in" || w === "actually" && /^(?:but|and|when|while|,)$/.test(lowerOf(toks[x - 1]));
    if (!marker) continue;
    if (toks.slice(x, fi).some((t) => t.text === "," || t.text === ";" || /^["“”]$/.test(t.text))) break;
    const quoteMarks = toks.slice(0, x).filter((t) => /^["“”]$/.test(t.text)).length;
    if (quoteMarks % 2 === 0) {
      fr.correction = true;
      fr.writer = true;
    }
    break;
  }
  // "his claim that Vell wants to admit 250,000 refugees (Vell has proposed accepting 10,000)": an aside of the writer's own, with its own verb, that answers a claim
  {
    let open = -1;
    for (let x = fi - 1; x >= 0; x--) {
      if (toks[x]!.text === ")") break;
      if (toks[x]!.text === "(") {
        open = x;
        break;
      }
    }
    if (open > 0) {
      const inner = toks.slice(open + 1, fi);
      const claimed = toks.slice(0, open).some((t) => CLAIM_WORD.test(t.lower));
      const ownVerb = inner.some((t) => AUX.test(t.lower) || /^(?:has|have|had)$/.test(t.lower)) || (!!pred && indexIn(toks, pred) > open);
      const attributed = toks.slice(open + 1, Math.min(toks.length, li + 12)).some((t) => t.lower === "according" || REPORTING.test(t.lower));
      if (claimed && ownVerb && !attributed) {
        fr.correction = true;
        fr.writer = true;
      }
    }
  }
  // "the fire brigade initially said 5 people died": a first report its giver has since replaced, no rival of any count
  for (let x = Math.max(1, fi - 10); x < fi; x++) {
    if (REPORTING.test(lowerOf(toks[x])) && (/^(?:initially|originally|first|earlier|previously)$/.test(lowerOf(toks[x - 1])) || lowerOf(toks[x - 1]) === "first" && lowerOf(toks[x - 2]) === "at")) fr.modality = "superseded";
  }
  // "560 kilometres long", "will run 410 kilometres": a length however said (and widths, heights, depths)
  if (f.unit === "measure") {
    const dim = lowerOf(toks[afterUnit]);
    const dims: Record<string, string> = { long: "length", length: "length", wide: "width", width: "width", across: "width", diameter: "width", high: "height", tall: "height", height: "height", deep: "depth", depth: "depth" };
    if (dims[dim]) {
      fr.predicate = dims[dim]!;
      fr.predicateText = dim;
      fr.strong = true;
    } else if (pred && pred === verb && /^(?:run|runs|ran|running|stretch|stretches|stretched|stretching|extend|extends|extended|span|spans|spanned|measure|measures|measured)$/.test(pred.lower)) fr.predicate = "length";
  }
  // "waited an average of 14 hours", "the average wait was six hours": a waiting time
  if (f.unit === "count" && noun && /^(?:hours?|minutes?|days?|weeks?|months?)$/.test(noun.lower) && (toks.slice(Math.max(0, fi - 6), fi).some((t) => /^(?:wait|waits|waited|waiting|delay|delays|delayed)$/.test(t.lower)))) {
    fr.predicate = "wait";
    fr.predicateText = "wait";
    fr.agent = null;
    fr.thing = stem(noun.lower);
    fr.via = "level";
    fr.strong = true;
    if (toks.slice(Math.max(0, fi - 6), fi).some((t) => /^(?:average|averaged|mean)$/.test(t.lower))) fr.aggregate = "average";
  }
  // "puts the total cost at $3.2 billion": the total of one thing's cost is its cost
  if (fr.aggregate === "total" && f.unit === "money" && /^(?:cost|spent|revenue|wealth|raised|lost|debt|earned|allocated|pledged|fine)$/.test(fr.predicate ?? "")) fr.aggregate = null;
  // "420 stranded dolphins", "300 displaced families": a participle before the counted noun says what happened to it
  // (a verb of counting is no act of its own: "it had counted 420 stranded dolphins")
  const counting = fr.predicate === "has" && !!verb && /^(?:counts?|counted|counting)$/.test(verb.lower);
  if ((!fr.predicate || counting) && noun && nounWords.length >= 2) {
    const part = nounWords[nounWords.length - 2]!;
    if (/(?:ed|en)$/.test(part.lower) && !capd(part.text) && !JUNK_PREDICATE.test(part.lower)) {
      if (counting) fr.agent = null;
      fr.predicate = normalize(part.text);
      fr.predicateText = part.lower;
      fr.via = "subject";
      fr.passive = true;
    }
  }
  // a headline's "Acme to Cut 2,000 Jobs" is its future
  // (and in sentence case: "Acme to cut 1,200 jobs")
  if ((titleMode || headlineMode) && verb && pred === verb && indexIn(toks, verb) < fi && lowerOf(toks[indexIn(toks, verb) - 1]) === "to" && (isCap(verb.text) || headlineMode) && !/['’]s$/.test(verb.text)) fr.modality = "forecast";
  if (/^(?:as many as|up to)$/.test(f.qualifier) && fr.modality === "result" && toks.slice(Math.max(0, fi - 6), fi).some((t) => /^(?:could|may|might|would|will)$/.test(t.lower))) fr.modality = "forecast";
  // "behind Orbo's 24 percent", "ahead of Vell's 31 percent": a rival's share, its owner named (not a voice, as "compared with Calder's 1,790" is)
  if (toks[fi - 1] && /['’]s$/.test(toks[fi - 1]!.text) && capd(toks[fi - 1]!.text) && /^(?:behind|trailing|beating|over|past|above|below)$|^of$/.test(lowerOf(toks[fi - 2])) && (lowerOf(toks[fi - 2]) !== "of" || /^(?:ahead|short)$/.test(lowerOf(toks[fi - 3])))) {
    fr.agent = npAt(toks, fi - 1);
    if (fr.holder && fr.agent?.startsWith(fr.holder.toLowerCase().replace(/['’]s$/, ""))) {
      fr.holder = null;
      fr.holderStrong = false;
    }
  }
  // "received 212,480 votes ... against 248,900 for the incumbent": the rival's count, for whom it is
  if (lowerOf(toks[fi - 1]) === "against") {
    let x = li + 1;
    if (UNIT_WORD.test(lowerOf(toks[x])) || nounWords.includes(toks[x]!)) x += nounWords.length || 1;
    if (lowerOf(toks[x]) === "for") {
      let e = x + 1;
      if (/^(?:the|a|an|his|her|their|its)$/.test(lowerOf(toks[e]))) e++;
      while (toks[e + 1]?.word && content(toks[e + 1]) && !FUNCTION.test(toks[e + 1]!.lower)) e++;
      if (toks[e]?.word && content(toks[e])) fr.agent = npAt(toks, e);
    }
  }
  // "38 measles cases linked to an outbreak", "deaths related to the heat": a noun that names the event is the predicate; the participle only ties it
  if (noun && VICTIM_KEYS.has(normalize(noun.text)) && fr.via === "subject" && /^(?:linked|related|tied|connected|attributed|associated|traced)$/.test(fr.predicateText ?? "")) {
    fr.predicate = normalize(noun.text);
    fr.predicateText = noun.lower;
  }
  // "1,140 burglaries were recorded", "32 complaints were logged": incidents counted where they are reported are those incidents
  if (!fr.predicate && fr.thing && fr.thing !== "people" && noun && f.unit === "count") {
    const at = indexIn(toks, noun) + 1;
    const aux = lowerOf(toks[at]);
    const v = lowerOf(toks[at + 1]);
    if (/^(?:were|was|have|has|had)$/.test(aux) && /^(?:recorded|reported|registered|logged|filed|made|received|lodged|counted)$/.test(v === "been" ? lowerOf(toks[at + 2]) : v)) {
      fr.predicate = fr.thing;
      fr.predicateText = noun.lower;
      fr.via = "subject";
      fr.passive = true;
    }
  }
  // "44,018 fans had been at the match": those present at an event are its crowd
  const ni = noun ? indexIn(toks, noun) : -1;
  const be = ni + (lowerOf(toks[ni + 1]) === "had" ? 2 : 1);
  if (f.unit === "count" && noun && !fr.predicate && /^(?:been|were|was)$/.test(lowerOf(toks[be])) && lowerOf(toks[be + 1]) === "at" && toks.slice(ni + 3, ni + 7).some((t) => /^(?:match|game|concert|rally|festival|event|show|march|protest|ground|stadium|final)$/.test(t.lower))) {
    fr.predicate = "gathered";
    fr.predicateText = "attendance";
    fr.via = "subject";
    if (CROWD_NOUNS.test(noun.lower)) fr.thing = "people";
  }
  // "found 45 percent in favour of the levy", "38 percent against": a share for or against
  // ("..., 41 percent against and 11 percent undecided": a share against, whatever its list was for)
  if (f.unit === "percent" && !fr.predicate && /^(?:against|opposed)$/.test(lowerOf(toks[li + 1])) && (!toks[li + 2]?.word || /^(?:and|or|but|while)$/.test(lowerOf(toks[li + 2])))) {
    fr.predicate = "oppose";
    fr.predicateText = "against";
    fr.via = "subject";
  }
  // ("48 percent of likely voters in favor of the levy": after the share's population too)
  const favourAt = /^in$/.test(lowerOf(toks[li + 1])) ? li + 1 : viaOf && /^in$/.test(lowerOf(toks[nounEnd])) ? nounEnd : -1;
  if (f.unit === "percent" && !fr.predicate && favourAt > 0 && /^(?:favour|favor)$/.test(lowerOf(toks[favourAt + 1])) && lowerOf(toks[favourAt + 2]) === "of") {
    let x = favourAt + 3;
    while (/^(?:the|a|an|this|that|its|their)$/.test(lowerOf(toks[x]))) x++;
    fr.predicate = `support${toks[x]?.word ? ` ${stem(toks[x]!.lower)}` : ""}`;
    fr.predicateText = "in favour";
    fr.via = "subject";
  }
  // "120,000 people passed through the gates", "came through the turnstiles": a crowd
  if (f.unit === "count" && noun && /^(?:passed|came|went|poured|streamed|walked)$/.test(lowerOf(toks[ni + 1])) && lowerOf(toks[ni + 2]) === "through" && toks.slice(ni + 3, ni + 6).some((t) => /^(?:gates|turnstiles|doors)$/.test(t.lower))) {
    fr.predicate = "gathered";
    fr.predicateText = "attendance";
    fr.via = "subject";
  }
  // "the province's maize harvest was down 18 percent": a change of the noun before "was"
  // ("emissions were down just 4 per cent on 2022": an adverb may stand between; "Emissions" opening a sentence is capitalised for that)
  const ud = /^(?:just|only|nearly|almost|about|around|roughly|some|slightly|sharply|marginally)$/.test(lowerOf(toks[fi - 1])) ? fi - 2 : fi - 1;
  if (!fr.predicate && f.unit === "percent" && /^(?:up|down)$/.test(lowerOf(toks[ud])) && /^(?:was|is|were|are|been)$/.test(lowerOf(toks[ud - 1]))) {
    let n = prevNoun(toks, ud - 2, true);
    // ("emissions in 2023 were down": a year or a date in a phrase after the noun)
    if (n >= 0 && /^\d/.test(toks[n]!.text) && /^(?:in|for|during)$/.test(lowerOf(toks[n - 1]))) n = prevNoun(toks, n - 2, true);
    if (n >= 0 && (!capd(toks[n]!.text) || n === 0 && sentenceStart)) {
      // as "the harvest fell 18 percent" is read: the change, of the noun as its doer
      fr.predicate = lowerOf(toks[ud]) === "up" ? "rise" : "fall";
      fr.predicateText = lowerOf(toks[ud]);
      fr.agent = npAt(toks, n);
      fr.change = true;
      fr.via = "object";
    }
  }
  // "a £312 million budget", "a $4.2 million fraud", "a Rs 1,200 crore flood relief package": money set before a noun is that thing's amount, whatever verb the phrase serves
  // (the noun, not a verb after it: "This £321 million budget protects ...")
  const lastTwo = nounWords.length >= 2 && /[^s]s$/.test(nounWords[nounWords.length - 1]!.lower) && !/s$/.test(nounWords[nounWords.length - 2]!.lower);
  const moneyNoun = nounWords[nounWords.length - (lastTwo ? 2 : 1)];
  // (not a phrase of time after the sum: "earned $41.2 million last year", "$3 million this quarter")
  if (f.unit === "money" && moneyNoun && indexIn(toks, nounWords[0]!) === li + 1 + (UNIT_WORD.test(lowerOf(toks[li + 1])) ? 1 : 0) && !UNIT_WORD.test(moneyNoun.lower) && !TIME_WORD.test(moneyNoun.lower) && !/^(?:quarter|quarters|half|decade|season|term|years|months|weeks|days)$/.test(moneyNoun.lower) && !/^(?:last|this|next|previous|prior|per|each|every|rather|instead|than)$/.test(nounWords[0]!.lower) && !PLURAL_MONEY_NOT.test(moneyNoun.lower) && !/(?:ed|ing|ly)$/.test(moneyNoun.lower) && !IRREGULAR_PAST.test(moneyNoun.lower)) {
    fr.predicate = normalize(moneyNoun.text);
    fr.predicateText = moneyNoun.lower;
    fr.via = "level";
    // (a noun says no tense: "agrees €2.3 billion takeover" stands for what "will pay" says; but "posts $37.5-million deficit" reports a result)
    const v = /^(?:a|an|the|its|their)$/.test(lowerOf(toks[fi - 1])) ? fi - 2 : fi - 1;
    fr.timeless = !/^(?:posts|posted|reports|reported|records|recorded|ran|runs|books|booked|logs|logged|shows|showed|suffers|suffered|racks|racked|incurs|incurred)$/.test(lowerOf(toks[v]));
    fr.thing = null;
  }
  // "the report records 1,416 breeding pairs", "figures show 1,214 people in emergency accommodation": a count found or recorded, with no
  // act of its own, is the count of its noun, as "volunteers counted 1,146 breeding pairs" says (a thing in time or place is no such count)
  if (reportedBare && !fr.predicate && f.unit === "count" && noun && fr.thing && !TIME_THING.test(fr.thing) && !PLACE_OR_TIME.test(fr.thing) && !definite) {
    fr.predicate = "has";
    fr.predicateText = "count";
    fr.via = "object";
    fr.found = true;
    // ("its teams had recorded 263 bodies": bodies found are the dead, counted)
    if (/^(?:bodies|corpses)$/.test(noun.lower)) {
      fr.predicate = "killed";
      fr.predicateText = "bodies";
      fr.thing = "people";
      fr.found = false;
      fr.floor = true;
    }
    // ("the count showed 438 patients on trolleys": the things found where they are kept are in that state, as "612 were on trolleys")
    const at = indexIn(toks, noun);
    if (/^(?:on|in)$/.test(lowerOf(toks[at + 1])) && STATE_PLACE.test(lowerOf(toks[at + 2]))) {
      fr.predicate = normalize(toks[at + 2]!.text);
      fr.predicateText = `${lowerOf(toks[at + 1])} ${lowerOf(toks[at + 2])}`;
      fr.via = "subject";
      fr.found = false;
    }
  }
  // "22 passengers sustained injuries", "suffered serious wounds": a verb of undergoing with a noun of harm after it says the harm
  if (/^(?:sustain|suffer|receiv)$/.test(fr.predicate ?? "") && subjVerb) {
    const harm = toks.slice(indexIn(toks, subjVerb) + 1, indexIn(toks, subjVerb) + 4).find((t) => /^(?:injuries|injury|wounds|wound|burns|fractures)$/.test(t.lower));
    if (harm) {
      fr.predicate = "wounded";
      fr.predicateText = `${subjVerb.lower} ${harm.lower}`;
      if (!fr.thing && f.unit === "count") fr.thing = "people"; // "22 others sustained injuries"
    }
  }
  // "120 people were taken into custody", "took 30 people into custody": held as an arrest is
  if (/^(?:taken|took|take|takes|taking)$/.test(fr.predicate ?? "") && toks.slice(fi, Math.min(toks.length, li + 8)).some((t, k, a) => t.lower === "into" && lowerOf(a[k + 1]) === "custody")) {
    fr.predicate = "arrested";
    fr.predicateText = "taken into custody";
  }
  // "4,850 families had been moved to evacuation centres", "relocated to relief camps": people moved to shelter are the displaced
  if (f.unit === "count" && fr.predicate && /^(?:move|moved|shift|shifted|relocat|relocated|transferr|transferred|taken|took|ferri|ferried|bus|bused|bussed)$/.test(fr.predicate) && toks.slice(li + 1, Math.min(toks.length, li + 12)).some((t, k, a) => /^(?:to|into|in)$/.test(t.lower) && a.slice(k + 1, k + 5).some((u) => /^(?:evacuation|shelters?|camps?|safety|safer|higher)$/.test(u.lower)))) {
    fr.predicate = "displaced";
    fr.predicateText = "moved to shelter";
  }
  // "27,500 fans watched the match": a crowd that watched where it was is the crowd there (viewers, and a crowd watching on a screen, are an audience)
  if (fr.predicate === "watched" && noun && /^(?:fans|spectators|supporters|attendees)$/.test(noun.lower) && !toks.slice(li + 1, Math.min(toks.length, li + 14)).some((t) => /^(?:tv|television|online|live|stream|streamed|broadcast|screens?|channel)$/.test(t.lower))) {
    fr.predicate = "gathered";
    fr.thing = "people";
  }
  // "schools started the term with 312 unfilled posts", "ended the year with 40 staff": what a thing began or ended a period with is how many there were
  if (!fr.predicate && noun && f.unit === "count" && lowerOf(toks[fi - 1]) === "with" && toks.slice(Math.max(0, fi - 7), fi - 1).some((t) => /^(?:started|starts|began|begins|opened|opens|ended|ends|finished|finishes|closed|closes|entered|enters)$/.test(t.lower))) {
    fr.predicate = "exist";
    fr.predicateText = "with";
    fr.via = "level";
  }
  // "lists 187,000 vehicles covered by the same recall", "workers affected by the cuts": things an act covers are the things it was done to
  if (noun && f.unit === "count" && /^(?:covered|affected|included|hit|involved|targeted)$/.test(lowerOf(toks[indexIn(toks, noun) + 1])) && /^(?:by|in)$/.test(lowerOf(toks[indexIn(toks, noun) + 2]))) {
    let x = indexIn(toks, noun) + 3;
    while (/^(?:the|this|that|same|latest|new|planned|proposed)$/.test(lowerOf(toks[x]))) x++;
    const act = toks[x];
    if (act?.word && /^(?:recalled|cut|closed|struck|cancelled|deported|outage)$/.test(normalize(act.text))) {
      fr.predicate = normalize(act.text);
      fr.predicateText = `${lowerOf(toks[indexIn(toks, noun) + 1])} by the ${act.lower}`;
      fr.via = "subject";
      fr.passive = true;
    }
  }
  // "312 unfilled teaching posts", "vacant positions": posts no one holds are vacancies
  if (noun && /^(?:posts|positions|jobs|roles)$/.test(noun.lower) && nounWords.some((t) => /^(?:unfilled|vacant|open)$/.test(t.lower))) fr.thing = "vacancy";
  // "30 demonstrators were arrested", "nine spectators sustained injuries": the people of a crowd hurt or held are the people counted
  // (the dead stay who they were: "106 protesters killed" is no count of all the dead)
  if (fr.predicate && /^(?:arrested|wounded|missing)$/.test(fr.predicate) && fr.thing && /^(?:protester|protestor|demonstrator|marcher|rioter|fan|supporter|spectator|attendee|viewer|visitor|passenger|men|women|man|woman|suspect|devotee|pilgrim|worshipper|worshiper|concertgoer|festivalgoer|reveller|reveler|commuter|shopper|mourner|rallygoer)$/.test(fr.thing)) fr.thing = "people";
  // "29 homes were lost in the fire": a home, a building lost is one destroyed (money or jobs lost are lost)
  if (fr.predicate === "lost" && fr.thing && /^(?:home|house|building|structure|dwelling|propert)/.test(fr.thing)) fr.predicate = "destroyed";
  // "recorded 212 millimetres of rain", "the gauge logged 148 mm in the same 24-hour period": a depth in a sentence of rain is the rain that fell
  // (not a norm, "its average for October, which is 85mm", nor a rate, "50 mm an hour")
  const perTime = toks.slice(li + 1, li + 4).find((t, k, a) => /^(?:an?|per)$/.test(t.lower) && /^(?:hour|day|minute|week)$/.test(lowerOf(a[k + 1])));
  if (perTime && f.unit === "measure" && !fr.rate) fr.rate = lowerOf(toks[indexIn(toks, perTime) + 1]); // "50 mm an hour": a rate
  if (f.unit === "measure" && /^(?:mm|cm|in)$/.test(f.code ?? "") && !fr.change && !fr.rate && !toks.some((t) => /^(?:average|normal|usual|typical|forecast|forecasters|could|may|might|will)$/.test(t.lower)) &&
    (fr.thing && /^(?:rain|rainfall|downpour|deluge)$/.test(fr.thing) || (!fr.predicate || /^(?:record|logg|measur|fell|fall|total)/.test(fr.predicate)) && toks.some((t) => /^(?:rain|rainfall|rains|downpour|deluge|gauge|gauges|observatory|millimetres|millimeters)$/.test(t.lower)))) {
    fr.predicate = "rain";
    fr.predicateText = "rain";
    fr.thing = null;
    fr.via = "level";
    // whose gauge: "the Belmont Heights station", "its station at Port Caswell", "the Civil Lines observatory" (two stations are two depths)
    const g = toks.findIndex((t, k) => k < fi && /^(?:station|gauge|observatory)$/.test(t.lower));
    if (g >= 0) {
      const named = npAt(toks, g);
      const at = lowerOf(toks[g + 1]) === "at" && isCap(toks[g + 2]?.text ?? "") ? toks.slice(g + 2, g + 5).filter((t, k, a) => isCap(t.text) && a.slice(0, k).every((u) => isCap(u.text))).map((t) => t.lower).join(" ") : "";
      fr.agent = at ? `${at}|${lowerOf(toks[g])}` : named && !named.startsWith("|") ? named : fr.agent;
    }
  }
  // "41 percent of registered voters cast ballots", "60 percent of eligible voters voted": a share of the electorate that voted is the turnout
  if (f.unit === "percent" && lowerOf(toks[li + 1]) === "of") {
    const after = toks.slice(li + 2, li + 12).map((t) => t.lower);
    const v = after.findIndex((w) => /^(?:cast|voted|turned)$/.test(w));
    const electorate = after.slice(0, v < 0 ? 6 : v).some((w, k, ws) => /^(?:registered|eligible)$/.test(w) && /^voters?$/.test(ws[k + 1] ?? "") || w === "electorate");
    if (electorate && v >= 0 && (after[v] !== "cast" || /^(?:ballots?|votes?|their)$/.test(after[v + 1] ?? "")) && (after[v] !== "turned" || after[v + 1] === "out") && !/^(?:for|against|to)$/.test(after[v + 1] ?? "")) {
      fr.predicate = "gathered";
      fr.predicateText = "turnout";
      fr.thing = null;
      fr.via = "level";
    }
  }
  // "raised the pump price of petrol to ₦617 per litre", "petrol sold for ₦671 per litre", "rice retailing at ₱58 a kilo": money a unit of a good is a price, whatever the verb
  if (f.unit === "money" && fr.rate && GOODS_UNIT.test(fr.rate) && !fr.change && !fr.prior) {
    fr.predicate = normalize("price");
    fr.predicateText = `price per ${fr.rate}`;
    fr.thing = null;
    fr.via = "level";
  }
  // "measured the quake at magnitude 6.1", "a magnitude 6.4 event", "a 6.4-magnitude quake": a quake's magnitude, whatever else the phrase says
  if (f.unit === "count" && (lowerOf(toks[fi - 1]) === "magnitude" || lowerOf(toks[li + 1]) === "magnitude" || /-magnitude$/.test(lowerOf(toks[li])) || lowerOf(toks[li + 1]) === "-" && lowerOf(toks[li + 2]) === "magnitude")) {
    fr.predicate = normalize("magnitude");
    fr.predicateText = "magnitude";
    fr.thing = null;
    fr.noun = null;
    fr.via = "level";
    fr.change = false;
    fr.anaphoric = false; // ("measured it at magnitude 6.4": the word says what is measured, whatever "it" stands for)
    // whose magnitude: the quake named right after it, else the nearest before it ("more than a dozen aftershocks, the strongest of magnitude 5.1" is an aftershock's)
    let q = -1;
    for (let x = li + 1; x < Math.min(toks.length, li + 4) && q < 0; x++) if (QUAKE.test(lowerOf(toks[x]))) q = x;
    for (let x = fi - 1; x >= 0 && x >= fi - 30 && q < 0; x--) if (QUAKE.test(lowerOf(toks[x]))) q = x;
    fr.agent = q < 0 ? null : /^(?:after|fore)shocks?$/.test(lowerOf(toks[q])) ? `|${normalize(toks[q]!.text)}` : "|quake";
  }
  // "for a fee the club described as 'around 45 million euros'": a reduced relative's verb of telling says the noun before it
  const asAt = /^['"‘“]$/.test(toks[fi - 1]?.text ?? "") ? fi - 2 : fi - 1;
  if (lowerOf(toks[asAt]) === "as" && /^(?:described|put|estimated|valued|called|billed|quoted|gave|given|reported)$/.test(lowerOf(toks[asAt - 1]))) {
    let y = asAt - 2;
    while (y >= 0 && y >= asAt - 5 && toks[y]!.word && !/^(?:the|a|an|its|their|his|her)$/.test(toks[y]!.lower)) y--;
    const head = /^(?:the|a|an|its|their|his|her)$/.test(lowerOf(toks[y])) ? toks[y - 1] : undefined;
    if (head?.word && /^(?:fee|price|cost|sum|amount|figure|toll|salary|deal|package|bill|fine|penalty|payout|settlement|total)$/.test(head.lower)) {
      fr.predicate = normalize(head.text);
      fr.predicateText = head.lower;
      fr.agent = null;
      fr.via = "level";
    }
  }
  // "the deal was worth £16.5m", "a takeover valued at $2 billion": what a deal is worth is what is paid in it
  if (f.unit === "money" && fr.predicate === "wealth" && fr.agent && /\|(?:deal|transfer|contract|takeover|acquisition|sale|signing|agreement|purchase|merger|buyout|bid)$/.test(fr.agent)) {
    fr.predicate = "paid";
    fr.predicateText = fr.predicateText ?? "worth";
  }
  // "the hoodlums made away with ₦45m in cash", "made off with": what was stolen
  if (f.unit === "money" && lowerOf(toks[fi - 1]) === "with" && /^(?:away|off)$/.test(lowerOf(toks[fi - 2])) && /^(?:made|make|makes|making|carted|cart|got|get|ran|run|escaped|fled)$/.test(lowerOf(toks[fi - 3]))) {
    fr.predicate = "stolen";
    fr.predicateText = `${lowerOf(toks[fi - 3])} ${lowerOf(toks[fi - 2])} with`;
    fr.via = "object";
    fr.agent = null;
  }
  // "87 people died in 64 crashes", "112 deaths from 91 road accidents": events counted after the harm they did are a count of those events
  if (f.unit === "count" && !fr.predicate && noun && /^(?:in|from|across|during)$/.test(lowerOf(toks[fi - 1])) && /^(?:crashes|accidents|collisions|attacks|incidents|explosions|blasts|raids|shootings|fires|robberies|burglaries|landslides)$/.test(noun.lower)) {
    fr.predicate = normalize(noun.text);
    fr.predicateText = noun.lower;
    fr.thing = null;
    fr.via = "level";
  }
  // "after a 184km/h gust was recorded", "a 14km dual carriageway": a measure before a noun measures that thing, as "a gust of 184km/h" does
  let attributive = false;
  if (f.unit === "measure" && !fr.predicate && /^(?:a|an|the|its|their)$/.test(lowerOf(toks[fi - 1]))) {
    let u = li + 1;
    while (u < toks.length && u <= li + 4 && (UNIT_WORD.test(lowerOf(toks[u])) || /^(?:\/|h|-|ha|hr)$/.test(lowerOf(toks[u])))) u++;
    let n = u;
    while (n < toks.length && n < u + 3 && toks[n]!.word && content(toks[n]) && !capd(toks[n]!.text) && !FUNCTION.test(toks[n]!.lower) && !AUX.test(toks[n]!.lower) && !/^\d/.test(toks[n]!.text) && !/(?:ly|ing)$/.test(toks[n]!.lower)) n++;
    const head = toks[n - 1]!;
    if (n > u && !pastForm(head) && !TIME_WORD.test(head.lower) && !/s$/.test(head.lower)) {
      // ("a 3.2-km bridge" is the bridge's length, as "the bridge is 2.4 km long" says)
      const length = /^(?:km|mi|m|ft)$/.test(f.code ?? "") && !/^(?:race|run|walk|drive|trip|journey|ride|march|swim|hike|stretch|radius|zone)$/.test(head.lower);
      fr.predicate = length ? "length" : normalize(head.text);
      fr.predicateText = length ? "length" : head.lower;
      if (length) fr.agent = `|${normalize(head.text)}`;
      fr.via = "level";
      attributive = true;
    }
  }
  // "the blaze now covered 18,000 hectares", "has burnt through 12,400 hectares of grassland", "chewed through about 18,000 hectares":
  // an area a fire is said to have, in whatever words, is the area it burned (not "the fire threatens 3,000 acres of farmland")
  if (f.unit === "measure" && /^(?:acre|hectare|square)/.test(f.code ?? "") && (!fr.predicate || fr.predicate === "fire") && !fr.change && toks.slice(Math.max(0, fi - 20), fi).some((t) => FIRE_NOUN.test(t.lower)) && !toks.slice(Math.max(0, fi - 4), fi).some((t) => /^(?:threat\w*|endanger\w*|near\w*|toward\w*|from|of|within)$/.test(t.lower))) {
    fr.predicate = "burned";
    fr.predicateText = "burned";
    fr.thing = null;
    fr.via = "level";
    // (whose area: the fire named nearest before, "the Calder Ridge fire", when no other doer is read)
    if (!fr.agent) {
      let k = fi - 1;
      while (k > 0 && !FIRE_NOUN.test(lowerOf(toks[k]))) k--;
      const named = npAt(toks, k);
      if (named && !named.startsWith("|")) fr.agent = named; // ("the blaze" names no fire of its own)
    }
  }
  // ("the 12 people killed in the blast", "the $1.1 million fine": a definite count with what befell it said after its noun, or money before its noun, is a count in its own right)
  // ("the two were its followers" has no noun: a reference to people named before, no count)
  // "a high of 34.1C", "touched 49 degrees", "Maximum temperature: 48.1°C": degrees in a sentence of heat are the temperature, a day's high its maximum
  // (the sentence's words near the figure: a sentence of thousands of figures is not read whole for each)
  if (f.unit === "measure" && f.code === "deg" && !fr.change && (!fr.predicate || /^(?:high|low|top|peak|maximum|minimum|touch|hit|reach|sizzl|soar|record|temperature)/.test(fr.predicate) || ROSE_TO.test(lowerOf(toks[fi - 1]))) && toks.slice(Math.max(0, fi - 20), li + 20).some((t) => HEAT.test(t.lower))) {
    // (the nearest such word before it says which: "Maximum temperature: 48.1°C. Minimum temperature: 31.4°C")
    let w = "";
    for (let x = fi - 1; x >= 0 && x >= fi - 6 && !w; x--) if (HIGH_WORD.test(lowerOf(toks[x])) || LOW_WORD.test(lowerOf(toks[x])) || /^(?:record|average|mean)$/.test(lowerOf(toks[x]))) w = lowerOf(toks[x]);
    if (HIGH_WORD.test(w) || !w && /^(?:maximum|top|peak|highest)$/.test(fr.aggregate ?? "")) fr.aggregate = "maximum";
    else if (LOW_WORD.test(w) || !w && /^(?:minimum|lowest)$/.test(fr.aggregate ?? "")) fr.aggregate = "minimum";
    // ("climbed to 46.2 degrees", "touched 49 degrees": a temperature that rose to a level is the day's high)
    else if (!w && !fr.aggregate && toks.slice(Math.max(0, fi - 4), fi).some((t) => ROSE_TO.test(t.lower))) fr.aggregate = "maximum";
    // ("the heat index peaked at 113 degrees", "a wind chill of minus 30", "it felt like 45": how hot it feels is another measure than the air's)
    const felt = toks.slice(Math.max(0, fi - 8), fi).some((t, k, a) => t.lower === "index" && a[k - 1]?.lower === "heat" || t.lower === "chill" && a[k - 1]?.lower === "wind" || /^(?:feels?|felt|feeling)$/.test(t.lower) || t.lower === "humidex" || t.lower === "apparent");
    fr.predicate = felt ? "felt temperature" : "temperature";
    fr.predicateText = felt ? "felt temperature" : "temperature";
    fr.thing = null;
    fr.via = "level";
    if (fr.agent && /\|(?:celsius|fahrenheit|degree)$/.test(fr.agent)) fr.agent = null;
  }
  // "Kampung Vell recorded 312mm of rain, while Osk recorded 198mm": a place that records rain is where it fell, no voice giving it
  if (fr.predicate === "rain" && fr.holder && !fr.agent && fr.holder.split(/\s+/).every((w) => capd(w)) && !/(?:Department|Bureau|Service|Office|Agency|Authority|Centre|Center|Station|Institute|Council|Ministry|Board)$/.test(fr.holder)) {
    fr.agent = `${fr.holder.toLowerCase()}|${normalize(fr.holder.split(/\s+/).pop()!)}`;
    fr.holder = null;
  }
  // (and "the 3.2-km bridge": a measure said before its noun gives the thing's size)
  const definiteRead = definite && f.value >= 2 && (fr.via === "subject" && !!noun || fr.via === "level" && f.unit === "money" || attributive);
  fr.strong = !!fr.predicate && !(fr.thing && TIME_THING.test(fr.thing) && fr.predicate !== "wait") && (!definite || definiteRead) && !(fr.predicate === "exist" && !fr.thing);
  // "the bank's 1 to 3 percent target band", "a 2 percent ceiling": a norm set, not a level
  // ("The WHO recommends coverage of at least 95 per cent", "guidelines advise no more than 5 grams": a level recommended is a norm too)
  if (/^(?:target|targets|goal|goals|band|ceiling|cap|limit|threshold|objective|benchmark)$/.test(lowerOf(toks[li + 1])) || toks.slice(Math.max(0, fi - 6), fi).some((t) => /^(?:recommends?|recommended|recommending|advises|advised|advising|requires|required|mandates|mandated)$/.test(t.lower))) {
    fr.strong = false;
    fr.norm = true;
  }
  // "the rate has not been above 6 percent since 2021", "never topped 40,000": a level denied is no level given
  if (fr.strong && toks.slice(Math.max(0, fi - 4), fi).some((t) => /^(?:not|never|n['’]t)$/.test(t.lower)) && [lowerOf(toks[fi - 1]), f.qualifier.split(" ")[0] ?? ""].some((w) => /^(?:above|over|below|under|more|less|higher|lower|exceeded|topped|passed|reached|hit)$/.test(w))) fr.strong = false;
  fr.definite = definite;
  fr.measured = f.unit === "measure";
  // "Local media reported 44 degrees": a measure reported bare answers the one said before it
  if (reportedBare && !fr.predicate && f.unit !== "count") fr.anaphoric = true;
  // "We did €450 million of revenue", "made $2 billion in sales": money a firm does of a kind is that kind
  if (f.unit === "money" && noun && pred && /^(?:did|does|do|doing|made|makes|make|making|generated|generates|generate|booked|books|posted|posts|recorded|records|reported|reports)$/.test(pred.lower) && /^(?:revenue|revenues|sales|turnover|profit|profits|earnings|income)$/.test(noun.lower)) {
    fr.predicate = normalize(noun.text);
    fr.predicateText = noun.lower;
    fr.thing = null;
    fr.via = "level";
    if (fr.agent === "@pro" || fr.agent === "@pro:it") fr.agent = null;
  }
  fr.share = f.unit === "percent" && !!subjVerb;
  // ("a deficit of nearly $4.6 million": a qualifier of the figure is no doer)
  // (nor a scale, an adverb or an adjective read as a head: "the hospital alone", "$4.5 billion", "so far", "pre-tax", "the previous")
  if (fr.agent && /^\|(?:nearly|almost|about|around|roughly|approximately|some|over|under|just|more|less|least|most|up|alone|far|previous|net|pre-tax|median|minimum|maximum|average|billion|million|thousand|trillion|lakh|crore|hour|hours|ex)$/.test(fr.agent)) fr.agent = null;
  // ("an installed capacity of 450 megawatts", "capacity of 380 MW": a unit of measure does nothing and owns nothing)
  if (fr.agent && f.unit === "measure" && fr.agent.split("|").some((w) => w && (UNIT_WORD.test(w) || UNIT_WORD.test(`${w}s`)))) fr.agent = null;
  // ("put the price of the new device at": a bare head said as another of its kind, near the figure)
  if (fr.agent?.startsWith("|") && !fr.distinct) {
    const head = fr.agent.slice(1);
    for (let x = Math.max(1, fi - 15); x < Math.min(toks.length, li + 15); x++) if (/^(?:new|other|another|second|rival|latest|newer|older|different)$/.test(lowerOf(toks[x - 1])) && toks[x]!.word && normalize(toks[x]!.text) === head) fr.distinct = true;
  }
  // "the number of dead and missing stood at 48", "48 killed or missing": two harms counted as one sum, no count of either
  if (fr.predicate && /^(?:killed|wounded|missing)$/.test(fr.predicate)) {
    for (let x = Math.max(1, fi - 8); x < Math.min(toks.length - 1, li + 5); x++) {
      if (!/^(?:and|or)$/.test(toks[x]!.lower) || !toks[x - 1]!.word || !toks[x + 1]!.word) continue;
      const l = normalize(toks[x - 1]!.text);
      const r = normalize(toks[x + 1]!.text);
      if (l !== r && /^(?:killed|wounded|missing)$/.test(l) && /^(?:killed|wounded|missing)$/.test(r) && (l === fr.predicate || r === fr.predicate)) {
        fr.predicate = [l, r].sort().join("+");
        fr.predicateText = `${toks[x - 1]!.lower} ${toks[x]!.lower} ${toks[x + 1]!.lower}`;
        break;
      }
    }
  }
  // "wants the government to release KSh 9.6 billion", "is demanding a 19 percent raise", "called for $2 billion": a demand is a norm one side
  // sets, no level of what is done (but "wants to cut 500 jobs" is the subject's own plan)
  for (let x = fi - 1; x >= Math.max(0, fi - 10); x--) {
    const w = toks[x]!;
    if (!w.word && !/^[\d.,%$€£]/.test(w.text) && !/^['’]$/.test(w.text)) break;
    const dem = DEMAND.test(w.lower) || /^(?:calls|called|calling|call|asks|asked|asking|ask|pushing|pushes|pushed|pressing|presses|pressed|clamouring|clamoring|lobbying)$/.test(w.lower) && lowerOf(toks[x + 1]) === "for";
    if (dem && lowerOf(toks[x + 1]) !== "to") {
      fr.norm = true;
      fr.strong = false;
      break;
    }
  }
  // "those with incomes of more than $750,000", "households earning under $50,000": a threshold that names a group
  if (f.qualifier && f.low !== f.high) {
    const win = toks.slice(Math.max(0, fi - 10), fi).map((t) => t.lower).join(" ");
    if (/\b(?:those|people|households|families|anyone|taxpayers|earners|individuals|couples|workers|companies|businesses|firms|homes|properties|estates|incomes?)\b.{0,40}\b(?:with|earning|making|earn|make|above|over|below|under|worth|valued)\b/.test(win)) fr.strong = false;
  }
  // a count or a study is who gives a figure, never who did what it counts ("its parallel vote tabulation indicated turnout of
  // about 54 per cent": the turnout is the election's, whoever tallied it)
  if (fr.agent && COUNT_DOC.test(fr.agent.split("|")[1] ?? "") && !VICTIM_KEYS.has(fr.predicate ?? "")) fr.agent = null;
  // what is "released" by the barrel, litre or tonne is let out, not set free ("released an estimated 2,500 barrels of oil" / "spilled 700")
  if (fr.predicate === "freed" && f.unit === "measure") fr.predicate = "spilled";
  // jobs "affected" by a closure or a restructuring are the jobs cut ("1,200 positions would be affected" / "to cut 1,800 jobs")
  if (fr.predicate === "affected" && fr.thing === "job") fr.predicate = "cut";
  // living things lost are dead ("30,000 cattle lost" / "12,000 head of cattle have died", "we lost 35 fighters"), not money or jobs lost
  if (fr.predicate === "lost" && fr.thing && LIVING.test(fr.thing)) fr.predicate = "killed";
  // (who starts homes is no part of the count: "builders began", "work began")
  if (startedOn) fr.agent = null;
  // "42,100 starts", "housing starts of 42,100": homes started, where the sentence speaks of housing
  if (fr.thing === "start" && (!fr.predicate || fr.predicate === "has" || fr.predicate === "start") && toks.some((t) => /^(?:housing|home|homes|house|houses|dwelling|dwellings|housebuilding)$/.test(t.lower))) {
    fr.thing = "home";
    fr.predicate = "start";
    fr.predicateText = "started";
    fr.strong = true;
  }
  return fr;
}

/** Verbs of demanding something of another ("wants the state to pay", "demands a raise", "seeks $5 million"). */
const DEMAND = /^(?:wants|want|wanted|wanting|demands|demand|demanded|demanding|seeks|seek|sought|seeking|urges|urge|urged|urging)$/;

/** The index of the verb of change or of setting a level in the clause's words before index x ("slowed to 3.8 percent in June from"), or -1. */
function changeVerbBefore(toks: Token[], x: number): number {
  for (let y = x - 1; y >= Math.max(0, x - 8); y--) {
    const w = lowerOf(toks[y]);
    if (CHANGE_VERB.test(w) || SET_VERB.test(w)) return y;
    if (!toks[y]!.word && !/^[\d.,%]/.test(toks[y]!.text)) return -1;
  }
  return -1;
}

/** A verb of change or of setting a level in the few words before index x, its object between ("cut its rate from"). */
function changeBefore(toks: Token[], x: number): boolean {
  for (let y = x - 1; y >= Math.max(0, x - 4); y--) {
    const w = lowerOf(toks[y]);
    if (CHANGE_VERB.test(w) || SET_VERB.test(w)) return true;
    if (!toks[y]!.word) return false;
  }
  return false;
}

/** Words that name a kind of a level, not its owner ("food inflation", "youth unemployment", "core prices"). */
const LEVEL_KIND = /^(?:food|core|headline|underlying|energy|fuel|services|goods|housing|rental|youth|adult|male|female|rural|urban|long-term|short-term|seasonal)$/;

/** Words that make a temperature a day's high, or its low. */
/** Heads of counts and studies: a voice of a figure, not a doer. */
const COUNT_DOC = /^(?:tabulation|tally|count|survey|poll|estimate|figure|data|analysi|report|study|record|statistic|tracking|monitoring|review|audit|census|calculation|model|projection|assessment)s?$/;
/** Counted things whose loss is a death: soldiers, fighters, civilians of a war, and livestock (not members, players or workers lost, who leave). */
const LIVING = /^(?:soldier|fighter|martyr|civilian|troop|cattle|livestock|sheep|goat|cow|camel|head|animal|horse|pig|chicken|poultry)$/;
/** Verbs of judging a quantity someone gives: what is thought of it, not what was done. */
const ATTITUDE = /^(?:hails|hailed|hail|touts|touted|tout|queries|queried|query|questions|questioned|question|flags|flagged|flag|disputes|disputed|dispute|slams|slammed|slam|celebrates|celebrated|decries|decried|defends|defended|probes|probed|doubts|doubted|challenges|challenged|criticises|criticizes|criticised|criticized|blasts|blasted|lauds|lauded|praises|praised|highlights|highlighted|contests|contested|rejects|rejected)$/;
/** Verbs of giving whose first object is who got the figure: "gave us 138 seats", "handed the party 40 percent". */
const GIVE = /^(?:gave|give|gives|given|giving|handed|hands|hand)$/;
/** Adjectives that say which kind of a thing, capitalised only for opening a sentence ("Local rice", "Imported cars"). */
const KIND_ADJ = /^(?:local|foreign|imported|domestic|international|national|regional|private|public|federal|overseas|global|organic|fresh|frozen|new|used|old|second-hand|residential|commercial|industrial|wholesale|retail|regular|premium|standard|ordinary|special|basic|economy|super|unleaded|extra)$/;
const HIGH_WORD = /^(?:high|highs|top|maximum|max|peak|highest|hottest)$/;
const LOW_WORD = /^(?:low|lows|minimum|min|lowest|coldest)$/;
/** Verbs by which a level rose to the figure ("climbed to 46.2 degrees", "touched 49"). */
const ROSE_TO = /^(?:climbed|rose|soared|touched|hit|reached|peaked|topped|crossed)$/;

/** Words of a sentence about heat, whose degrees are its temperature. */
const HEAT = /^(?:temperature|temperatures|mercury|heat|heatwave|hottest|coldest|high|highs|maximum|minimum|sizzles|sizzled|sweltered|swelters|soared|touched|degrees|celsius|fahrenheit)$/;

/** An acronym's plural, a noun for all its capitals ("SUVs", "ATMs", "NGOs"). */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** Nouns of a quake, whose magnitude a figure may be (an aftershock's is its own). */
const QUAKE = /^(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?|shocks?|foreshocks?)$/;

/** A verb's past form ("destroyed", "burnt", "took"), not a word that only ends so ("need"). */
function pastForm(t: Token): boolean {
  return /[^e]ed$/.test(t.lower) || IRREGULAR_PAST.test(t.lower);
}

/** Participles that may follow a noun of money and say what befell it ("the penalty imposed", "the fee agreed", "the amount paid"). */
const PARTICIPLE_AFTER = /^(?:imposed|levied|paid|agreed|offered|awarded|announced|quoted|reported|charged|demanded|sought|received|spent|raised|collected|owed|claimed|recorded|stolen|seized)$/;

/** Units a good is sold in (a rate of money over one is its price). */
const GOODS_UNIT = /^(?:litre|liter|gallon|kilo|kilogram|kg|pound|lb|ounce|loaf|bottle|pack|packet|ticket|barrel|tonne|ton|bag|dozen|tin|can|sack|carton|crate)$/;

/** Nouns of a fire, whose area a figure in hectares or acres may be. */
const FIRE_NOUN = /^(?:fire|fires|blaze|wildfire|bushfire|inferno)$/;

/** Is a noun of counting among the dozen words before toks[x] ("the number of people killed since ...", "the toll over the same period")? */
function countNounBefore(toks: Token[], x: number): boolean {
  return toks.slice(Math.max(0, x - 12), x).some((u) => /^(?:number|toll|count|tally|figure|total)$/.test(u.lower));
}

/** Does a phrase of time open at toks[i] ("since the start of", "until", "over the same period", "during the past week")? */
function timePhraseAt(toks: Token[], i: number): boolean {
  const w = lowerOf(toks[i]);
  return /^(?:since|until|till|by)$/.test(w) || /^(?:over|during|throughout|for)$/.test(w) && toks.slice(i + 1, i + 5).some((u) => /^(?:period|periods|week|weeks|month|months|year|years|days|weekend|quarter|decade)$/.test(u.lower));
}

/** The nearest noun at or before index j, over auxiliaries, link verbs and a prepositional phrase ("unemployment in the state"), or -1. */
/** Nouns of what is owed or paid to someone, whose "to" phrase names the payee ("debt to the utility", "aid to farmers"). */
const OWED_TO = /^(?:debt|debts|arrears|payment|payments|loan|loans|aid|grant|grants|subsidy|subsidies|transfer|transfers|bill|bills|exposure|donation|donations)$/;

/** Words that say which sum of money a noun is, not whose: "net profit", "gross revenue", "operating loss". */
const MONEY_KIND = /^(?:net|gross|operating|pretax|pre-tax|underlying|core|total|annual|quarterly|adjusted|headline|reported|after-tax|full-year|half-year)$/;

/** Words of a figure's qualifier that may stand between an object and its figure ("cost businesses an estimated €310 million"). */
const QUALIFIER_WORD = /^(?:an?|estimated|about|some|nearly|almost|around|roughly|approximately|over|more|less|than|least|up|to|as|much|many)$/;

/** Nouns of fixed phrases that follow a noun and say its state: "under discussion", "in question", "under review", "at stake", "on offer". */
const POSTMODIFIER_IDIOM = /^(?:discussion|consideration|review|negotiation|negotiations|question|dispute|stake|offer|table)$/;

/** Words that open an aside after a comma, inside a subject ("57 people, including 11 women, were killed"). */
const ASIDE_OPENER = /^(?:including|among|mostly|mainly|largely|chiefly|primarily|notably|especially|excluding)$/;
/** What comes before "on" when building begins on a count of homes: "began construction on", "work started on", "broke ground on". */
const START_ON = /\b(?:began|begun|begin|begins|started|start|starts)(?:\s+(?:construction|work|building))?$|\b(?:construction|work|building)\s+(?:began|begun|started|starts|begins)$|\bbroke\s+ground$|\bground\s+was\s+broken$/;
/** Plurals of where the counted are kept: "on trolleys", "in shelters", "in camps", "on waiting lists". */
const STATE_PLACE = /^(?:trolleys|stretchers|shelters|camps|tents|hospitals|wards|corridors|cells|custody|care|detention|quarantine|isolation|hiding|queues|lists|streets)$/;
/** Words that stand after a counted noun as its state, not its act ("12 members present", "20 years old"). */
const STATE_AFTER = /^(?:present|absent|alone|aged|old|dead|alive|ill|sick|high|low|long|wide|deep|tall|late|short|away|ahead|abroad|apart|apiece|overall|total|worldwide|nationwide|online|offline|inside|outside|aboard|ashore|overseas|home|strong|net|gross|more|less|left|behind|together|yet|ago|earlier|later|apart|alike|each|free|due|back|down|up|out|off|above|below|plus|minus|max|min|per|too|instead|daily|weekly|monthly|yearly|annually|apiece|overnight|worth|tonight|today|yesterday|tomorrow|age|why|how|never|ever|always|often|sometime|sometimes|everyday|necessary|enough)$/;

/** "stayed out" (not "out of ..."), "stayed away from work": the verb at k is a strike. */
function stayedOutAt(toks: Token[], k: number): boolean {
  if (!/^(?:stayed|stay|stays|staying)$/.test(lowerOf(toks[k]))) return false;
  const w1 = lowerOf(toks[k + 1]);
  const w2 = lowerOf(toks[k + 2]);
  return w1 === "out" && w2 !== "of" || w1 === "away" && w2 === "from" && /^(?:work|their)$/.test(lowerOf(toks[k + 3]));
}

/**
 * A verb in the present, bare after a plural subject: "40 migrants drown off Libya", "Over 14,000 nurses walk out",
 * "3,000 people live in the valley". Without a tagger, a bare word is read as a verb only when nothing else can be:
 * right after a plural counted noun, itself no plural or adverb or state, and followed by what follows a verb
 * (a preposition or particle, a determiner or a name; a headline's end), with no figure for its object.
 */
function bareVerbAfter(toks: Token[], v: number, noun: Token | null, nounEnd: number, steps: number, titleCase: boolean, headline: boolean): boolean {
  if (steps > 0 || !noun || v !== nounEnd || !PLURAL.test(noun.lower)) return false;
  const t = toks[v];
  // (a capital is a name's, but in a headline set in title case)
  if (!t?.word || !(titleCase ? /^[A-Za-z][a-z]{2,}$/ : /^[a-z]{3,}$/).test(t.text)) return false;
  const w = t.lower;
  if (/(?:[^s]s|ly|ing|ed|en|able|ible|ous|ful|less|ary|ic)$/.test(w) || FUNCTION.test(w) || AUX.test(w) || TIME_WORD.test(w) || STATE_AFTER.test(w) || PERIOD.test(w)) return false;
  const nx = toks[v + 1];
  // (a headline may end on its verb; in running text a comma after the word is a list's: "2 cloves garlic, minced")
  // (nor when a figure follows, the verb's own object: "3 people lose around 40 pounds")
  if (/^\d/.test(toks[v + 2]?.text ?? "") || isSmallNumberWord(lowerOf(toks[v + 2]))) return false;
  return !nx ? titleCase || v === toks.length - 1 && headline : !!nx.word && !/^\d/.test(nx.text) && (capd(nx.text) || FUNCTION.test(nx.lower) && !/^(?:of|and|or|than|more|less|around|about|some|over|under|nearly)$/.test(nx.lower));
}

function prevNoun(toks: Token[], j: number, phrases = true): number {
  let found = -1;
  for (let x = j, steps = 0; x >= 0 && steps < 16; x--, steps++) {
    const t = toks[x]!;
    if (t.text === "," && found < 0) {
      // "The return, he said, would be 20 percent": step over the aside
      let y = x - 1;
      while (y >= 0 && y > x - 5 && toks[y]!.text !== ",") y--;
      // (and "the total fee, including add-ons, was": an aside of what the sum includes)
      if (y >= 0 && toks[y]!.text === "," && (toks.slice(y + 1, x).some((u) => REPORTING.test(u.lower)) || /^(?:including|excluding|plus|minus|with|without|before|after)$/.test(lowerOf(toks[y + 1])))) {
        x = y;
        continue;
      }
    }
    // ("inflation 'stood at 8.7 per cent'": a quotation that opens inside the clause stands between the noun and its verb)
    if (/^['"‘“]$/.test(t.text) && found < 0) continue;
    if (!t.word) return found;
    // ("the municipality's arrear debt to the utility stands at": what a debt or a payment is owed to is its phrase)
    if (t.lower === "to" && found >= 0 && phrases && OWED_TO.test(lowerOf(toks[x - 1]))) {
      found = -1;
      continue;
    }
    if (AUX.test(t.lower) || CHANGE_VERB.test(t.lower) || TRANSPARENT.test(t.lower) || LIKELY.test(t.lower) || REPORTING.test(t.lower)) {
      if (found >= 0) return found;
      continue;
    }
    // ("told parliament that inflation in March stood at": a clause's "that" ends its subject)
    // ("the total for that period at 268": "that" after a phrase of time is its determiner, no clause)
    if (/^(?:that|which|who|whether)$/.test(t.lower) && found >= 0 && !(t.lower === "that" && x > 0 && timePhraseAt(toks, x - 1))) return found;
    if (PHRASE_PREP.test(t.lower) && found >= 0) {
      if (!phrases) return found;
      // "unemployment in the state": the noun before the phrase is the measured one
      found = -1;
      continue;
    }
    // ("the number of people killed since the start of the outbreak at 14": a phrase of time is no part of the measured noun)
    if (timePhraseAt(toks, x) && found >= 0 && x > 0 && countNounBefore(toks, x)) {
      found = -1;
      continue;
    }
    // ("the penalty imposed was ₦50 million", "the fee agreed was": a participle after its noun says what befell it, the noun is measured)
    if (content(t) && found < 0 && (!capd(t.text) || x === 0) && x === j && x > 0 && PARTICIPLE_AFTER.test(t.lower) && content(toks[x - 1]) && !capd(toks[x - 1]!.text) && /^(?:the|a|an|its|their|his|her|our)$/.test(lowerOf(toks[x - 2]))) continue;
    // ("the valuation under discussion was £3.8bn", "the sum in question is": a fixed phrase after the noun is no noun of its own)
    if (found < 0 && POSTMODIFIER_IDIOM.test(t.lower) && /^(?:under|in|on|at)$/.test(lowerOf(toks[x - 1]))) {
      x--;
      continue;
    }
    if (content(t) && found < 0 && (!capd(t.text) || x === 0)) found = x;
    else if (/^(?:the|a|an|its|their|his|her|our)$/.test(t.lower) && found >= 0) {
      if (PHRASE_PREP.test(lowerOf(toks[x - 1])) || lowerOf(toks[x - 1]) === "to" && OWED_TO.test(lowerOf(toks[x - 2])) || x > 0 && timePhraseAt(toks, x - 1) && countNounBefore(toks, x)) continue;
      return found;
    }
  }
  return found;
}

/**
 * The subject of the verb at toks[v], as an agent: the noun phrase before it (past adverbs and
 * auxiliaries), or a pronoun's marker ("he" a person named before, "it" the speaker).
 */
function subjectBefore(toks: Token[], v: number): string | null {
  let a = v - 1;
  while (a >= 0 && toks[a]!.word && (/ly$/.test(toks[a]!.lower) || /^(?:also|still|now|then|later|again|has|have|had)$/.test(toks[a]!.lower))) a--;
  const t = toks[a];
  if (!t || !t.word) return null;
  if (/^(?:he|she)$/.test(t.lower)) return "@pro:person";
  if (/^(?:it|they|we)$/.test(t.lower)) return "@pro";
  return content(t) && !FUNCTION.test(t.lower) ? npAt(toks, a) : null;
}

/**
 * The noun phrase that ends at toks[end], as "names|head": its capitalised words (the names in
 * it, lower-cased; in a headline every word) and its head noun, normalised. "Orrin' campaign"
 * is "sanders|campaign", "the company" is "|company", "Vell" is "vell|vell".
 */
function npAt(toks: Token[], end: number): string | null {
  const head = toks[end];
  if (!head || !head.word || MEASURE_WORDS.test(head.lower) || /^\d/.test(head.text) || /^(?:thousand|million|billion|trillion|bn|mn|crore|lakh)$/.test(head.lower)) return null; // "the top 1 percent paid": a share, not a doer
  if (/^(?:year|years|month|months|week|weeks|day|days|season|seasons|quarter|quarters|today|tonight|yesterday|morning|afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s?)?$/.test(head.lower)) return null; // "this year's harvest", "by Sunday evening": a time owns nothing and does nothing
  const names: string[] = [];
  for (let x = end, n = 0; x >= 0 && n < 4; x--) {
    const t = toks[x]!;
    if (t.text === "'" || t.text === "’") continue; // "Orrin' campaign"
    if (!t.word || FUNCTION.test(t.lower) || AUX.test(t.lower) || /^\d/.test(t.text)) break;
    // ("Net profit rose": a sentence's first word, capitalised for being first, that says which sum it is, names nobody)
    // (nor one that says which kind of the thing: "Local rice was selling for ...")
    if (x === 0 && x !== end && (MONEY_KIND.test(t.lower) || KIND_ADJ.test(t.lower))) break;
    if (isCap(t.text)) {
      const w = t.lower.replace(/['’]s$/, "");
      if (!HONORIFIC.test(w) && !TITLES.has(w)) names.push(w); // "Mr. Dane" and "Mr. Rask" share no name
    } else if (x !== end) break; // "Ardent lists Mr. Dane's": a lower-case word ends the phrase
    n++;
  }
  // in a headline every word is capitalised: its names are marked uncertain ("~")
  // ("the cost of the same road": "same" says it is the thing of that kind named before, marked "=")
  const same = !names.length && (lowerOf(toks[end - 1]) === "same" || lowerOf(toks[end - 2]) === "same" && toks[end - 1]?.word && !isCap(toks[end - 1]!.text));
  // ("food prices, which rose 12.4 percent" / "consumer prices rose 8.3 percent": a kind of a level said before its head is a doer of its own)
  const kind = !names.length && end > 0 && (LEVEL_KIND.test(lowerOf(toks[end - 1])) || end === 1 && KIND_ADJ.test(lowerOf(toks[0]))) ? `${lowerOf(toks[end - 1])} ` : "";
  return `${titleMode ? "~" : same ? "=" : ""}${names.reverse().join(" ")}|${kind}${normalize(head.text)}`;
}

/**
 * "accessed the personal details of [N customers]", "exposed the data of": the index of the verb of
 * exposure before a noun of data and "of" (toks[j]), or -1.
 */
function dataOfVerb(toks: Token[], j: number): number {
  if (!/^(?:details|data|records|information|accounts|files|identities|passwords|emails)$/.test(lowerOf(toks[j - 1]))) return -1;
  for (let x = j - 2; x >= 0 && x >= j - 5; x--) {
    const w = lowerOf(toks[x]);
    if (normalize(w) === "affected") return x;
    if (!toks[x]!.word || !/^(?:the|a|an|its|their|personal|private|sensitive|financial|customer|user|bank|credit|card|contact|and)$/.test(w)) return -1;
  }
  return -1;
}

/**
 * "profit ... rose 18 percent to [408 billion yen]": the money noun whose change ends at the figure after
 * toks[j] ("to"), as its index, or -1. The change verb stands before "N percent"; the noun within ten
 * words before it.
 */
function moneyChangedTo(toks: Token[], j: number): number {
  const c = CHANGE_VERB.test(lowerOf(toks[j - 3])) ? j - 3 : CHANGE_VERB.test(lowerOf(toks[j - 4])) ? j - 4 : -1;
  if (c < 0) return -1;
  for (let x = c - 1; x >= 0 && x >= c - 10; x--) {
    if (!toks[x]!.word) break;
    if (/^(?:earned|revenue|cost|spent|lost|debt|wealth|paid|raised)$/.test(normalize(toks[x]!.text))) return x;
  }
  return -1;
}

/** Before a capitalised name ending at toks[a], "with (the)": the index of "with" when a lower-case noun stands before it, else -1. */
function withBefore(toks: Token[], a: number): number {
  let p = a;
  while (p > 0 && toks[p]!.word && capd(toks[p]!.text) && a - p < 4) p--;
  if (/^(?:the|a|an)$/.test(lowerOf(toks[p]))) p--;
  return lowerOf(toks[p]) === "with" && toks[p - 1]?.word && content(toks[p - 1]) && !capd(toks[p - 1]!.text) && !FUNCTION.test(toks[p - 1]!.lower) ? p : -1;
}

/** The words of who claims, before a verb of claiming at toks[v] (past an apposition between commas), or null. */
function claimantBefore(toks: Token[], v: number): string | null {
  let e = v - 1;
  if (toks[e]?.text === ",") {
    let p = e - 1;
    while (p > 0 && p > e - 10 && toks[p]!.text !== ",") p--;
    if (toks[p]?.text !== ",") return null;
    e = p - 1;
  }
  const words: string[] = [];
  for (let x = e; x >= 0 && words.length < 4 && toks[x]!.word && !FUNCTION.test(toks[x]!.lower) && !AUX.test(toks[x]!.lower); x--) words.unshift(toks[x]!.text);
  return words.length && !/^(?:they|we|he|she|it|i|you)$/i.test(words[0]!) ? words.join(" ") : null;
}

/** "the vote", "the national vote", "popular vote" from toks[x] (after a share's "of"). */
function ofTheVote(toks: Token[], x: number): boolean {
  if (!/^(?:the|popular)$/.test(lowerOf(toks[x]))) return false;
  const at = /^(?:national|popular|total|overall|first-round|final)$/.test(lowerOf(toks[x + 1])) ? x + 2 : x + 1;
  return /^(?:vote|votes|ballots)$/.test(lowerOf(toks[at]));
}

/** "credit Osktel with", "credited the album with" (toks[j] is "with"): the index of the verb of crediting, or -1. */
function creditedBefore(toks: Token[], j: number): number {
  let p = j - 1;
  while (p > 0 && j - p <= 4 && toks[p]!.word && !FUNCTION.test(toks[p]!.lower) && !/^(?:credit|credits|credited|crediting)$/.test(toks[p]!.lower)) p--;
  if (/^(?:the|its|their|his|her)$/.test(lowerOf(toks[p])) && p < j - 1) p--;
  return p >= 0 && p < j - 1 && /^(?:credit|credits|credited|crediting)$/.test(lowerOf(toks[p])) ? p : -1;
}

/** The index of a token of toks (binary search by offset: a sentence may hold thousands of tokens). */
function indexIn(toks: Token[], t: Token): number {
  const i = partitionPoint(toks.length, (k) => toks[k]!.start < t.start);
  return toks[i] === t ? i : -1;
}

/** The first content word in toks[from, from + n), or null. */
function nextContent(toks: Token[], from: number, n: number): Token | null {
  for (let x = from; x < Math.min(toks.length, from + n); x++) {
    const t = toks[x]!;
    if (!t.word) return null;
    if (content(t)) return t;
  }
  return null;
}
