/** Places a figure is about: named after "in", "near", "through", before "suburb", in a dateline. */
import type { Sentence } from "./segment.js";
import { TITLE_MODIFIERS, TITLES } from "./lexicon.js";
import { isCap, lowerOf, type Token, tokenize } from "./text.js";


/** Place nouns: "the X suburb", "the city of Y". */
const PLACE_NOUN = /^(?:suburb|city|town|village|province|region|district|neighbou?rhood|county|state|area|camp|capital|quarter|municipality|governorate|island|valley|port|border|prefecture|oblast|canton|borough)$/i;
const PLACE_NOUNS_PLURAL = /^(?:suburbs|cities|towns|villages|provinces|regions|districts|neighbou?rhoods|counties|states|areas|camps)$/i;
/** Event nouns that title case glues to a place in headlines ("in Tarvel Bombings"). */
const EVENT_TAIL = /\s+(?:Bombings?|Attacks?|Blasts?|Explosions?|Floods?|Fires?|Protests?|Clashes|Strikes?|Raids?|Shootings?|Crash(?:es)?|Quake|Earthquake|Storms?|Riots?|Elections?|Vote|Talks|Violence|Fighting|Offensive)$/;
/** Months and days: "in June", "on Monday" name a time, not a place. */
const TIME_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Ramadan)$/;
/** Nouns after a name that make it a study's maker, not a place ("in the Orbis poll"). */
const STUDY_AFTER = /^(?:poll|polls|survey|surveys|study|studies|report|reports|index|data|figures|analysis|tally|count|ranking|list|statistics|numbers|records|results|estimates|research)$/;
/** People who work at a body, so "at X" after them names where they work, not where a figure is. */
const WORKS_AT = /^(?:analysts?|economists?|researchers?|officials?|executives?|scientists?|experts?|strategists?|spokes(?:man|woman|person)|professors?|staff|employees?|engineers?|lawyers?|traders?|editors?|reporters?|directors?|economist|fellows?|statisticians?|pollsters?|epidemiologists?|physicians?|unit|units|team|teams|group|groups|lab|laboratory|centre|center|department|lecturers?|academics?|students?)$/;
/** Bodies of research and learning: "a team from the Institute of X", "a unit at X University" is who did the work, not where. */
const SCHOLARLY = /(?:^|\s)(?:University|Institute|College|Observatory|Academy|Laboratory|Polytechnic)(?:\s|$)/;
/** Prepositions that introduce a place. */
const LOCATIVE = /^(?:in|near|at|through|across|outside|around|inside|from|into|throughout|within)$/i;
/** Words between a locative and its place ("in northern X", "in the central city of X"). */
const PLACE_LEAD = /^(?:the|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|rural|downtown|greater|of|mostly|nearby|neighbou?ring)$/i;

/** Places named in a range of text: specific ones and their containers. */
export function placesIn(text: string, start: number, end: number, exclude: (s: string) => boolean): { specific: string[]; containers: string[] } {
  return placesInTokens(text, tokenize(text, start, end), exclude);
}

/** Places named in a run of tokens. */
export function placesInTokens(text: string, toks: Token[], exclude: (s: string) => boolean): { specific: string[]; containers: string[] } {
  const specific: string[] = [];
  const containers: string[] = [];
  let i = 0;
  let lastPlaceEnd = -5;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.word || !isCap(t.text)) {
      i++;
      continue;
    }
    // "In Dresk, the village ...": a capitalised locative opens the place's run, it is not part of it
    if (LOCATIVE.test(t.text) && toks[i + 1]?.word && isCap(toks[i + 1]!.text) && i === 0) {
      i++;
      const place = toks[i]!;
      let e = i;
      while (e < toks.length && toks[e]!.word && isCap(toks[e]!.text)) e++;
      const run = text.slice(place.start, toks[e - 1]!.end).replace(/[’']s$/, "");
      if (!exclude(run) && !/(?:an|ian|ese|ish)$/.test(run) && !TIME_NAME.test(run) && !/^(?:The|A|An|This|That|Its|His|Her|Their)$/.test(run)) {
        specific.push(run);
        lastPlaceEnd = e - 1;
      }
      i = e;
      continue;
    }
    let j = i;
    while (j < toks.length && toks[j]!.word && (isCap(toks[j]!.text) || (/^(?:al|el|de|of)$/.test(toks[j]!.text) && isCap(toks[j + 1]?.text ?? "")))) j++;
    if (/^(?:Least|Most|Large|Home|Times|Once|Last|First|Least)$/.test(t.text) || (i === 0 && !appositionPlace(toks, j))) {
      i = j;
      continue;
    }
    const run = text.slice(t.start, toks[j - 1]!.end).replace(/[’']s$/, "");
    // "published in the Journal of Occupational Metabolism", "in the Daily Herald": a journal or a paper is no place
    if (/\b(?:Journal|Review|Magazine|Gazette|Herald|Tribune|Chronicle|Bulletin|Proceedings|Lancet|Courier|Observer|Telegraph)\b/.test(text.slice(t.start, (toks[Math.min(toks.length - 1, j + 3)] ?? toks[j - 1]!).end))) {
      i = j;
      continue;
    }
    // "the toll from Typhoon Lumen", "Hurricane Ada": a storm's name is no place
    if (/^(?:Typhoon|Hurricane|Cyclone|Storm|Tropical|Super)\b/.test(run)) {
      i = j;
      continue;
    }
    // ("stands at R2.3 billion": a currency's letter joined to its number is no place)
    if (/\d/.test(run)) {
      i = j;
      continue;
    }
    // "stood at Rs 380 crore": a currency's letters before a number are no place
    if (/^[\d¢₵$€£]/.test(toks[j]?.text ?? "") && /^(?:Rs|R|US|USD|EUR|GBP|INR|NGN|ZAR|KES|Ksh|KSh|KSH|Sh|Shs|Tsh|TSh|Ush|USh|N|P|GH|GHS|PKR|LKR|BDT|PHP|MYR|RM|UGX|TZS)$/.test(run)) {
      i = j;
      continue;
    }
    // "the Workers' Federation": a plural's possessive mark inside a name, no place
    if (/^['’]$/.test(toks[j]?.text ?? "") && /s$/.test(toks[j - 1]!.text) && isCap(toks[j + 1]?.text ?? "")) {
      i = j + 1;
      continue;
    }
    // what stands before: a locative, maybe via "the central city of"
    let k = i - 1;
    let sawOf = false;
    let sawPlural = false;
    let sawSingular = false;
    while (k >= 0 && toks[k]!.word && (PLACE_LEAD.test(toks[k]!.text) || PLACE_NOUN.test(toks[k]!.text) || PLACE_NOUNS_PLURAL.test(toks[k]!.text) || (isCap(toks[k]!.text) && /(?:an|ian|ese|ish|i)$/.test(toks[k]!.text)))) {
      if (lowerOf(toks[k]) === "of") sawOf = true;
      // ("the city of X": the place noun stands before "of"; "the commander of the state Road Safety Corps" names no place)
      if (PLACE_NOUNS_PLURAL.test(toks[k]!.text) && sawOf) sawPlural = true;
      if (PLACE_NOUN.test(toks[k]!.text) && sawOf) sawSingular = true;
      k--;
    }
    // "the X suburb": a definite place named before its noun
    const afterNoun = (PLACE_NOUN.test(toks[j]?.text ?? "") && lowerOf(toks[i - 1]) === "the") || appositionPlace(toks, j);
    const listed = (toks[i - 1]?.text === "," || lowerOf(toks[i - 1]) === "and") && lastPlaceEnd === i - 2;
    // "died on Penwick's roads", "across Tarvel's hospitals": a place's own roads, streets or wards
    const owned = /['’]s$/.test(toks[j - 1]!.text) && /^(?:on|in|across|along|throughout|at)$/i.test(lowerOf(toks[i - 1])) && /^(?:roads|streets|highways|motorways|beaches|coast|coastline|hospitals|schools|prisons|farms|border|borders|railways|rivers|hills|villages|towns|suburbs|outskirts|wards|waters|forests|mines)$/.test(lowerOf(toks[j]));
    // "In the capital, Velmor, the thermometer reached": a place named in apposition to the place noun of a clause's opening locative
    // (not "the officer in the state, SP Ada Obi,": a person's apposition inside a clause)
    const named = k === i - 1 && toks[k]?.text === "," && PLACE_NOUN.test(toks[k - 1]?.text ?? "") && /^(?:the|its|their)$/i.test(toks[k - 2]?.text ?? "") && LOCATIVE.test(lowerOf(toks[k - 3])) && (k - 3 === 0 || !toks[k - 4]!.word) && (toks[j]?.text === "," || !toks[j]);
    // ("on the Mid North Coast", "on Vell Island": "on" names a place of a coast, an island, a peninsula)
    const onGeo = k >= 0 && lowerOf(toks[k]) === "on" && /\s(?:Coast|Island|Islands|Peninsula|Strip|Bank|Plateau|Coastline|Shore|Riviera)$/.test(` ${run}`);
    const locative = k >= 0 && LOCATIVE.test(lowerOf(toks[k])) || afterNoun || (sawOf && (sawPlural || sawSingular)) || owned || named || onGeo;
    const prevIsPlace = listed;
    // "in the Orbis poll", "in a Tally report": the maker of a study, not a place
    // "analysts at Orlo", "a spokesman at Tally": a person's employer, not a place
    const employer = k === i - 1 && (lowerOf(toks[k]) === "at" || lowerOf(toks[k]) === "from" && SCHOLARLY.test(` ${run} `)) && WORKS_AT.test(lowerOf(toks[k - 1])) ||
      lowerOf(toks[i - 1]) === "the" && /^(?:at|from)$/.test(lowerOf(toks[i - 2])) && SCHOLARLY.test(` ${run} `) && WORKS_AT.test(lowerOf(toks[i - 3]));
    // ("an index from Tally", "data from Orlo": who made the study)
    const from = k >= 1 && /^(?:from|by)$/.test(lowerOf(toks[k])) && (STUDY_AFTER.test(lowerOf(toks[k - 1])) || /^(?:firm|company|group|agency|institute|office|association)$/.test(lowerOf(toks[k - 1])));
    const maker = STUDY_AFTER.test(lowerOf(toks[j])) || employer || from;
    if (!exclude(run) && !maker && !personRun(run) && !/(?:an|ian|ese|ish)$/.test(run) && !run.split(/[-–]/).every((w) => TIME_NAME.test(w) || /^(?:to|through|and)$/.test(w)) && (locative || prevIsPlace)) {
      // "the X suburb of Y": Y contains X; "X, Y in Z": Z contains X and Y
      // the place noun follows a place just named: "the X suburb of Y"
      const namedBefore = sawOf && sawSingular && !sawPlural && k + 1 < i && PLACE_NOUN.test(toks[k + 1]!.text) && isCap(toks[k]?.text ?? "");
      const container = namedBefore || (lowerOf(toks[k]) === "in" && specific.length > 0 && !listed && k > 0 && i - k <= 2 && isCap(toks[k - 1]?.text ?? ""));
      // ("in Osk's jail", "at Vell's main hospital": a facility of the place is a place of its own within it)
      const facility = /['’]s$/.test(toks[j - 1]!.text) && FACILITY.test(lowerOf(toks[j])) ? ` ${lowerOf(toks[j])}` : "";
      const place = run.replace(EVENT_TAIL, "") + facility;
      const list = container ? containers : specific;
      if (!list.includes(place)) list.push(place);
      lastPlaceEnd = j - 1;
    }
    i = j;
  }
  return { specific: specific.filter((p) => !containers.includes(p)), containers };
}

const INSTITUTION = /^(?:Hospital|School|College|University|Court|Hall|Centre|Center|Station|Airport|Stadium|Market|Church|Mosque|Office|Department|Agency|Authority|Council|Hotel|Bank|Park|Road|Street|Avenue|Bridge|Prison|Barracks|Academy|Institute)$/;
/** A person's title and name run on after a place ("in Pike County, Emergency Management Director Carl Jessup said"): a title inside the run with a name after it, and no place noun at its end. */
function personRun(run: string): boolean {
  const words = run.split(/\s+/);
  // ("Osimiri State General Hospital": a title word inside an institution's name)
  if (words.length < 3 || PLACE_NOUN.test(words[words.length - 1]!) || words.some((w) => INSTITUTION.test(w))) return false;
  return words.slice(1, -1).some((w) => TITLES.has(w.toLowerCase()) && !TITLE_MODIFIERS.has(w.toLowerCase()));
}

/** A facility a place has, named after the place's possessive: "Osk's jail", "Vell's airport". */
const FACILITY = /^(?:jail|prison|hospital|airport|port|harbour|harbor|stadium|market|camp|university|mine|refinery|factory|plant|station|zoo|cathedral)$/;

/** "X, the district hardest hit, ...": a name followed by an apposition headed by a place noun. */
function appositionPlace(toks: Token[], j: number): boolean {
  if (toks[j]?.text !== "," || !/^(?:the|a)$/i.test(toks[j + 1]?.text ?? "")) return false;
  // (the place noun heads the apposition: "X, the state police spokesman," is a person)
  for (let k = j + 2; k < toks.length && k <= j + 4; k++) if (PLACE_NOUN.test(toks[k]!.text)) return !toks[k + 1]?.word || /^(?:of|hardest|worst|most|that|which|where|in|near|on|at|bordering|closest|nearest)$/.test(lowerOf(toks[k + 1]));
  return false;
}

/** Places of the article's first clause, after any dateline ("CITY, Country — "). */
export function articlePlaces(text: string, sentences: Sentence[], bodyStart: number, exclude: (s: string) => boolean): string[] {
  const first = sentences.find((s) => s.start >= bodyStart && /\p{Ll}/u.test(text.slice(s.start, s.end)));
  if (!first) return [];
  let start = first.start;
  const dateline = /^[\p{Lu}][\p{Lu}\p{L} .,'’()-]{0,60}?\s[—–-]{1,2}\s|^[\p{Lu}][\p{L} .'’-]{0,40}:\s/u.exec(text.slice(start, first.end));
  if (dateline) start += dateline[0].length;
  // (the clause's comma, not one inside a number: "About 80,000 people have fled ...")
  const clauseComma = /,(?!\d)/g;
  clauseComma.lastIndex = start;
  const comma = clauseComma.exec(text)?.index ?? -1;
  const end = comma > 0 && comma < first.end ? comma : first.end;
  const places = placesIn(text, start, end, exclude).specific;
  // ("VARUNAGAR: The city has recorded ...": a lead that names no place is about its dateline's)
  if (!places.length && dateline) {
    const where = /^([\p{Lu}][\p{L}'’ .-]{1,30}?)(?:,|\s[—–-]|:)/u.exec(dateline[0])?.[1]?.trim();
    // (a byline's or a page's label is no dateline: "Posted by: Jo Roe", "Updated:", "Source:")
    if (where && !exclude(where) && !TIME_NAME.test(where) && !/^(?:posted|written|by|updated|published|filed|reporting|photo|photos|source|sources|editor|contact|comments?|tags?|share|related|read more|advertisement|fact[- ]?check|claim|verdict|update|updates|analysis|opinion|explainer|watch|live|breaking|exclusive|editorial|review|correction|clarification|factbox|fast facts|by the numbers|key facts)\b/i.test(where)) places.push(where.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" "));
  }
  return places;
}

