/**
 * Figures: numbers in digits or words, with scales, units, ranges and qualifiers, read as
 * intervals. Years, dates, times, ordinals, ages, phone and page numbers are not figures.
 */

/** A figure found in the text, before measure, scope and source are given. */
export type RawFigure = {
  /** Offset of the figure's first character (its qualifier included). */
  start: number;
  /** Offset one past its last character. */
  end: number;
  /** Offset where the number itself starts (after the qualifier). */
  numberStart: number;
  /** Offset where the number itself ends (before any unit noun). */
  numberEnd: number;
  /** The value as written (for a range, its low end). */
  value: number;
  /** Lower bound; null = open. */
  low: number | null;
  /** Upper bound; null = open. */
  high: number | null;
  /** The lower bound itself is excluded ("more than 170"). */
  lowOpen: boolean;
  /** The upper bound itself is excluded ("nearly 130", "fewer than 10"). */
  highOpen: boolean;
  /** The words are vague: "dozens", "about 60", "some 40": no exact count is claimed. */
  vague: boolean;
  /** Percent, currency, a unit of measure, or plain count. */
  unit: "count" | "percent" | "money" | "measure";
  /** The currency code (USD, GBP, EUR, ...) or the unit of measure's symbol (GB, hp, lb, km), or null. */
  code: string | null;
  /** The qualifier as written, lower-cased ("at least"), or "". */
  qualifier: string;
  /** The number as stated ("about 19" -> 19); null for a range or a vague amount ("dozens"). */
  stated: number | null;
};
import { CHANGE_VERB, SET_VERB } from "./frame-words.js";

/** Qualifiers and the interval each makes of n. Longest first so the regex prefers them. */
const QUALIFIERS: [string, (n: number) => Pick<RawFigure, "low" | "high" | "lowOpen" | "highOpen" | "vague">][] = [
  ["at least", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["no fewer than", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["not less than", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["not fewer than", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["not more than", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["no less than", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["a minimum of", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["more than", (n) => ({ low: n, high: null, lowOpen: true, highOpen: false, vague: false })],
  ["upwards of", (n) => ({ low: n, high: null, lowOpen: true, highOpen: false, vague: false })],
  ["just over", (n) => ({ low: n, high: n * 1.1, lowOpen: true, highOpen: false, vague: false })],
  ["over", (n) => ({ low: n, high: null, lowOpen: true, highOpen: false, vague: false })],
  ["in excess of", (n) => ({ low: n, high: null, lowOpen: true, highOpen: false, vague: false })],
  ["nearly", (n) => ({ low: n * 0.9, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["almost", (n) => ({ low: n * 0.9, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["just under", (n) => ({ low: n * 0.9, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["close to", (n) => ({ low: n * 0.9, high: n * 1.02, lowOpen: false, highOpen: false, vague: true })],
  ["about", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["around", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["roughly", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["in the region of", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["in the order of", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["on the order of", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["the best part of", (n) => ({ low: n * 0.85, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["north of", (n) => ({ low: n, high: null, lowOpen: true, highOpen: false, vague: false })],
  ["south of", (n) => ({ low: null, high: n, lowOpen: false, highOpen: true, vague: false })],
  ["shy of", (n) => ({ low: n * 0.9, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["approximately", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["an estimated", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["estimated", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["some", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["up to", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["as high as", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["as low as", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["as few as", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["as little as", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["closer to", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["nearer to", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["nearer", (n) => ({ low: n * 0.85, high: n * 1.15, lowOpen: false, highOpen: false, vague: true })],
  ["well over", (n) => ({ low: n, high: null, lowOpen: true, highOpen: false, vague: false })],
  ["well above", (n) => ({ low: n, high: null, lowOpen: true, highOpen: false, vague: false })],
  ["well below", (n) => ({ low: null, high: n, lowOpen: false, highOpen: true, vague: false })],
  ["a little over", (n) => ({ low: n, high: n * 1.1, lowOpen: true, highOpen: false, vague: true })],
  ["a little under", (n) => ({ low: n * 0.9, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["a little less than", (n) => ({ low: n * 0.9, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["a little more than", (n) => ({ low: n, high: n * 1.1, lowOpen: true, highOpen: false, vague: true })],
  ["slightly more than", (n) => ({ low: n, high: n * 1.1, lowOpen: true, highOpen: false, vague: true })],
  ["slightly less than", (n) => ({ low: n * 0.9, high: n, lowOpen: false, highOpen: true, vague: true })],
  ["as many as", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["as much as", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["no more than", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["no higher than", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["not more than", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["not higher than", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["no lower than", (n) => ({ low: n, high: null, lowOpen: false, highOpen: false, vague: false })],
  ["at most", (n) => ({ low: null, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["fewer than", (n) => ({ low: null, high: n, lowOpen: false, highOpen: true, vague: false })],
  ["less than", (n) => ({ low: null, high: n, lowOpen: false, highOpen: true, vague: false })],
  ["under", (n) => ({ low: null, high: n, lowOpen: false, highOpen: true, vague: false })],
  ["below", (n) => ({ low: null, high: n, lowOpen: false, highOpen: true, vague: false })],
  ["exactly", (n) => ({ low: n, high: n, lowOpen: false, highOpen: false, vague: false })],
  ["precisely", (n) => ({ low: n, high: n, lowOpen: false, highOpen: false, vague: false })],
];
const QUALIFIER_MAP = new Map(QUALIFIERS);
/** Qualifiers that say a figure roughly, either way. */
const ROUGHLY = /^(?:about|around|roughly|approximately|some|in the region of|in the order of|on the order of)$/i;

/** Number words, as counts. "one" is left out: it is a pronoun far more often than a count. */
const UNITS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90,
};
/** A number word up to twenty ("under two", "over twelve": an age's bound). */
export function isSmallNumberWord(w: string): boolean {
  return w === "one" || (UNITS[w] ?? Infinity) <= 20;
}
/** Scale words and abbreviations. */
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
  // South Asian scales: a lakh is a hundred thousand, a crore ten million
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Vague plural quantities as intervals: "dozens" is at least two dozen and fewer than a hundred. */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 100], scores: [40, 200], hundreds: [200, 1000], thousands: [2000, 10000],
  "tens of thousands": [20000, 100000], "hundreds of thousands": [200000, 1000000], millions: [2e6, 1e9],
  "a handful": [2, 10],
};

const Q = QUALIFIERS.map(([q]) => q.replace(/ /g, "\\s+")).join("|");
const WORDNUM = Object.keys(UNITS).join("|");
const SCALE = "hundred|thousand|million|billion|trillion|lakhs?|crores?";
/** Hundreds written out with what follows them ("five hundred and twenty", "one hundred twenty-five"): one number, not two. */
const HUNDREDS = `(?:one|a|(?:${WORDNUM}))\\s+hundred(?:\\s+and)?\\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b|(?:${WORDNUM})\\b)(?!\\s+hundred)`;
/** One number: digits (with thousands commas and decimals) or number words, with a scale. */
// ("R2.3 billion", "R1.4-billion": the rand's R, before a number with a scale)
// ("$12mm" is money's million, "120mm" of rain millimetres: "mm" is a scale only after a currency)
// ("J$2.1 trillion", "GH₵40", "KSh 188.84", "RM1.2 billion": the dollars of Jamaica and others, the cedi, the shilling, the ringgit)
const CUR = `(?:(?:US|A|AU|C|CA|HK|NZ|S|NT|R|J|JA|TT|EC|N|GH)?[$€£¥₹₦₩₽₺₱₪₵]\\s?|GH¢\\s?|Rs\\.?\\s?|(?:KSh|Ksh|KES|RM|Shs|Sh|USh)\\s?(?=\\d)|N(?=\\d[\\d.]*[\\s-]?(?:billion|million|trillion|bn|m|trn|tn)\\b|\\d{1,3}(?:,\\d{3})+)|R(?=\\d[\\d,.]*[\\s-]?(?:billion|million|trillion|bn|m)\\b)|P(?=\\d[\\d,.]*[\\s-]?(?:billion|million|trillion|bn|m)\\b))`;
const NUMBER =
  // ("only one email account": "one" is a count when "only" or "just" singles it out before a noun, not "the only one who")
  `(?:(?<!\\bthe\\s+)(?:only|just)\\s+one(?=\\s+(?!(?:of|who|that|which|more|in|to|is|was|thing|way|time|day|hand|another|other|or|and)\\b)[a-z]{3,})|${CUR}?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|${CUR}?\\d+(?:\\.\\d+)?|${HUNDREDS}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s]one\\b|(?:${WORDNUM})(?:[-\\s](?:${WORDNUM}))?|a\\s+dozen|half\\s+a\\s+dozen)` +
  // ("two hundred thousand": a hundred and then a larger scale)
  `(?:[\\s-]?(?:${SCALE})\\b(?:\\s(?:thousand|million|billion|crores?)\\b)?|(?<=\\d)(?:bn|mn|m|k|trn|tn)\\b|(?<=[$€£¥₹₦₵][\\d.,]*\\d)(?:b|mm)\\b)?`;
/** Units written against the number: "256GB", "2.4GHz", "5kg", "40mph". */
const ATTACHED_UNIT = "(?:[KMGTP]B|[kMG]Hz|mAh|MP|km|kg|mm|cm|lbs?|mph|bhp|hp|kW|MW|GW|kWh|[CF](?![\\p{L}\\p{N}])|p(?![\\p{L}\\p{N}]))";
/** A figure: qualifier, number, optional range end, optional percent. Vague quantities apart. */
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,/:$€£-])(?:(${Q})\\s+)?(?:(${NUMBER})(?:\\s*(?:-|–|to|and)\\s*(${NUMBER}))?(\\s?(?:%|percentage\\s+points?\\b|percent\\b|per\\s+cent\\b)|pc\\b)?|(tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|dozens|scores|hundreds|thousands|millions|a\\s+handful)(?=\\s+of\\b|\\s+(?:were|had|have|more|are|remain|remained|march|rally|gather|protest|flee|flock|line|pack|fill|pour|join|attend|took|fled|[a-z]+ed)\\b|[,.]))(?!(?!${ATTACHED_UNIT})[\\p{L}\\p{N}])`,
  "giu",
);

/** A share said as a ratio: "nine in ten", "three out of four", "1 in 5" (not "two of three", a part of a count). */
const RATIO = /(?<![\p{L}\p{N}.,])(?:(about|around|roughly|nearly|almost|some|more than|over|fewer than|less than|under)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\s+hundred|\d{1,4})\b(?!\s*(?:%|per|percent|cases|times|years?|months?|weeks?|days?|hours?|minutes?|matches|games|innings|attempts|shots|tries|starts|seasons|races)\b)/giu;

/** Currency words after a number make it money ("9 billion cedis", "25 million dollars"). */
const CURRENCY_AFTER = /^\s+(?:[A-Z][a-z]+\s+)?(?:dollars?|euros?|pounds?|cedis?|yuan|yen|rupees?|pesos?|rand|naira|shillings?|francs?|kronor|kroner|krona|won|rubles?|roubles?|lira|liras|dinars?|riyals?|dirhams?|reais|real|ringgit|baht|rupiah|zloty|forints?|hryvnias?|bitcoins?)\b/;
/** Words after a number that make it a date, time, age or label rather than a count. */
const NOT_A_COUNT_AFTER = /^\s*(?:-(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves)\b|-?year-old|-?years?\s+old|a\.m\.|p\.m\.|am\b|pm\b|o'clock|st\b|nd\b|rd\b|th\b|BC\b|AD\b|:\d)/i;
/** Words before a number that make it a date, label or rank rather than a count. */
const NOT_A_COUNT_BEFORE =
  /(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|\b(?:page|pages|p\.|pp\.|no\.|number|route|highway|article|section|chapter|room|flight|line|gate|platform|level|grade|class|version|phase|week|day|year|years|season|round|game|stage|district|ward|channel|interstate|i-|apt\.?|suite|paragraph|resolution|amendment|rule|verse|act|bill|model|series|episode|volume|vol\.|part|parts|option|options|item|step|type|category|tier|generation|gen|exhibit|appendix|question|proposition|prop|title|unit|zone|sector|lot|box|pier|terminal|building|block|floor|row|column|seat|track|lane|psalm|rank|ranked|ios|android|windows)|[#№])\s*$/i;
// (a month's name or its abbreviation, on the same line: not "15 marchers", nor a headline's "in Marrak" above "Nine people")
const MONTH_AFTER = /^[ \t]*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;

function wordValue(w: string): number | null {
  const s = w.toLowerCase().replace(/\s+/g, " ");
  if (s === "a dozen") return 12;
  if (/^(?:only|just) one$/.test(s)) return 1;
  if (s === "half a dozen") return 6;
  // "five hundred and twenty": the hundreds, then what follows them
  const h = /^(one|a|[a-z]+) hundred(?: and)? (.+)$/.exec(s);
  if (h) {
    const left = h[1] === "one" || h[1] === "a" ? 1 : wordValue(h[1]!);
    const right = wordValue(h[2]!);
    return left === null || right === null || right >= 100 ? null : left * 100 + right;
  }
  const parts = s.split(/[-\s]/);
  let v = 0;
  for (const p of parts) {
    // ("ninety-one": one only after a ten)
    const u = p === "one" && parts.length > 1 ? 1 : UNITS[p];
    if (u === undefined) return null;
    v += u;
  }
  return v;
}

/** Currency symbols with their country prefixes, as ISO codes. */
const SYMBOL_CODES: Record<string, string> = {
  $: "USD", US$: "USD", A$: "AUD", AU$: "AUD", C$: "CAD", CA$: "CAD", HK$: "HKD", NZ$: "NZD", S$: "SGD", NT$: "TWD", R$: "BRL",
  "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", Rs: "INR", "Rs.": "INR", R: "ZAR", "₦": "NGN", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP", "₪": "ILS",
  J$: "JMD", JA$: "JMD", TT$: "TTD", EC$: "XCD", N$: "NAD", "₵": "GHS", "GH₵": "GHS", "GH¢": "GHS", KSh: "KES", Ksh: "KES", KES: "KES", RM: "MYR",
  // (East African papers write the shilling "Sh" (Kenya, Tanzania) and "Shs" or "USh" (Uganda); Nigerian ones the naira "N")
  Sh: "KES", Shs: "UGX", USh: "UGX", N: "NGN", P: "PHP",
};
/** Currency words after a number, as ISO codes (a nationality before "dollars" picks the dollar). */
const WORD_CODES: [RegExp, string][] = [
  [/^(?:canadian\s+dollars?)$/i, "CAD"], [/^(?:australian\s+dollars?)$/i, "AUD"], [/^(?:hong\s+kong\s+dollars?)$/i, "HKD"],
  [/^(?:new\s+zealand\s+dollars?)$/i, "NZD"], [/^(?:singapore\s+dollars?)$/i, "SGD"], [/^(?:taiwan\s+dollars?)$/i, "TWD"],
  [/dollars?$/i, "USD"], [/euros?$/i, "EUR"], [/(?:pounds?\s+sterling|sterling)$/i, "GBP"], [/cedis?$/i, "GHS"], [/yuan|renminbi$/i, "CNY"],
  [/yen$/i, "JPY"], [/rupees?$/i, "INR"], [/pesos?$/i, "MXN"], [/rand$/i, "ZAR"], [/naira$/i, "NGN"], [/shillings?$/i, "KES"],
  [/francs?$/i, "CHF"], [/kronor|krona$/i, "SEK"], [/kroner$/i, "NOK"], [/won$/i, "KRW"], [/r[ou]bles?$/i, "RUB"], [/liras?$/i, "TRY"],
  [/dinars?$/i, "DINAR"], [/riyals?$/i, "SAR"], [/dirhams?$/i, "AED"], [/reais|real$/i, "BRL"], [/ringgit$/i, "MYR"], [/baht$/i, "THB"],
  [/rupiah$/i, "IDR"], [/zloty$/i, "PLN"], [/forints?$/i, "HUF"], [/hryvnias?$/i, "UAH"], [/bitcoins?$/i, "BTC"],
];

/** Read one NUMBER match into its value and its currency (from a symbol), if any. */
export function parseNumber(raw: string): { value: number; money: boolean; currency: string | null } | null {
  let s = raw.trim();
  const sym = /^((?:US|A|AU|C|CA|HK|NZ|S|NT|R|J|JA|TT|EC|N|GH)?[$€£¥₹₦₩₽₺₱₪₵]|GH¢|Rs\.?|KSh|Ksh|KES|RM|Shs|Sh|USh|R(?=\d)|N(?=\d)|P(?=\d))\s?/.exec(s);
  const currency = sym ? SYMBOL_CODES[sym[1]!] ?? "USD" : null;
  if (sym) s = s.slice(sym[0].length);
  const m = /^(.*?)(?:[\s-]?(hundred|thousand|million|billion|trillion|lakhs?|crores?)(?:\s(thousand|million|billion|crores?))?|(bn|mn|mm|m|k|trn|tn|b))?$/i.exec(s);
  if (!m) return null;
  const body = m[1]!;
  const scale = m[2] ?? m[4];
  const scale2 = m[3];
  let v: number | null;
  if (/^\d/.test(body)) v = Number(body.replace(/,/g, ""));
  else v = wordValue(body);
  if (v === null || !Number.isFinite(v)) return null;
  if (scale) v *= SCALES[scale.toLowerCase()] ?? 1;
  if (scale2) v *= SCALES[scale2.toLowerCase()] ?? 1;
  // ("2.3 lakh crore" is 2.3e12, not 2299999999999.9995: a scale's product kept to the digits a number is written with)
  if (scale) v = Number(v.toPrecision(12));
  return { value: v, money: !!currency, currency };
}

/** The currency code a word after a number names ("9 billion cedis"), or null. */
function currencyAfter(after: string): string | null {
  const m = CURRENCY_AFTER.exec(after);
  if (!m) return null;
  const w = m[0].trim();
  // "pounds" alone is a weight unless a scale makes it money ("10 million pounds")
  if (/^pounds?$/i.test(w)) return null;
  for (const [re, code] of WORD_CODES) if (re.test(w)) return code;
  return "MONEY";
}

/** Units of measure after a number, with their symbols: "256GB", "640 bhp", "275 pound-feet", "5 miles". */
const MEASURE_UNITS: [RegExp, string][] = [
  [/^\s?(?:pound-feet|lb-ft|lb\.?-ft\.?|foot-pounds)\b/i, "lb-ft"],
  [/^\s?(?:[kmgtp]b|[kmgt]bps|[kmg]hz|mah|mp|megapixels?)\b/i, ""],
  [/^\s?(?:bhp|hp|horsepower|ps)\b/i, "hp"],
  [/^\s?(?:mph|km\/h|kph|knots|km\/s|m\/s|kmh)\b/i, "speed"],
  [/^\s?(?:kilometres?|kilometers?|km)\b/i, "km"],
  [/^\s?(?:miles?|mi)\b(?!\s*(?:per|an|a)\s+(?:hour|gallon))/i, "mi"],
  [/^\s?(?:metres?|meters?)\b/i, "m"],
  [/^\s?(?:feet|foot|ft)\b/i, "ft"],
  [/^\s?(?:inch|inches)\b/i, "in"],
  [/^\s?(?:centimetres?|centimeters?|cm)\b/i, "cm"],
  [/^\s?(?:millimetres?|millimeters?|mm)\b/i, "mm"],
  [/^\s?(?:kilograms?|kilos?|kg)\b/i, "kg"],
  [/^\s?(?:grams?|g)\b(?![-'])/i, "g"],
  [/^\s?(?:pounds?|lbs?\.?)\b/i, "lb"],
  [/^\s?(?:ounces?|oz)\b/i, "oz"],
  [/^\s?(?:tons?|tonnes?)\b/i, "t"],
  [/^\s?(?:bpd|b\/d)\b/i, "barrel"], // (barrels a day: the rate is the frame's to read)
  [/^\s?(?:litres?|liters?|gallons?|barrels?)\b/i, ""],
  [/^\s?ha\b(?![-'’])/, "hectare"], // (a factbox's "36,500 ha")
  [/^\s?(?:acres?|hectares?|square\s+(?:feet|foot|miles?|metres?|meters?|kilometres?|kilometers?))\b/i, ""],
  [/^\s?(?:degrees?|°[cf]?)/i, "deg"],
  [/^[CF](?![\p{L}\p{N}])/u, "deg"], // ("a high of 34.1C": degrees written against the number)
  [/^ [CF](?= (?:on|at|in|was|is|and|or|yesterday|today|this|last)\b|[,.;)]|$)/u, "deg"], // ("reached 41.2 C on Tuesday": the letter apart, then a word of time or place, or the clause's end)
  [/^\s?(?:watts?|kw|mw|gw|kwh|mwh|gwh|megawatts?|gigawatts?|kilowatts?)\b/i, ""],
  [/^\s?(?:calories|kcal)\b/i, "kcal"],
];

const POWER_SYMBOL: Record<string, string> = { watt: "w", kilowatt: "kw", megawatt: "mw", gigawatt: "gw" };

/** The unit of measure right after a number, as a symbol, or null. */
export function measureAfter(after: string): string | null {
  for (const [re, sym] of MEASURE_UNITS) {
    const m = re.exec(after);
    // (one symbol for each unit however written: "450 megawatts" and "380 MW", "2 litres" and "2 liters")
    if (m) return sym || POWER_SYMBOL[m[0].trim().toLowerCase().replace(/s$/, "")] || m[0].trim().toLowerCase().replace(/s$/, "").replace(/^(kilomet|centimet|millimet|met|lit)(re|er)$/, "$1re");
  }
  return null;
}

/** A verb of change in the few words before a figure's "from" ("rose from", "has been cut from", "went up from"). */
function changedBefore(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 48), start).toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-5, -1);
  return words.some((w) => CHANGE_VERB.test(w) || SET_VERB.test(w) || /^(?:doubled|tripled|halved|went|gone|moved|shrank|shrunk|swelled|expanded|widened|narrowed)$/.test(w));
}

function isYearLike(raw: string, text: string, end: number): boolean {
  if (!/^\d{4}$/.test(raw)) return false;
  const n = Number(raw);
  if (n < 1800 || n > 2100) return false;
  // "2000 jobs", "1900 people" are counts; a year is followed by anything else
  return !/^\s+(?:people|jobs|workers|employees|troops|soldiers|residents|homes|houses|cases|votes|members|students|protesters|demonstrators|refugees|families|children)\b/i.test(
    text.slice(end, end + 20),
  );
}

/** Find all figures in text[from, to). */
export function findFigures(text: string, from = 0, to = text.length): RawFigure[] {
  const out: RawFigure[] = [];
  const slice = text.slice(from, to);
  const ratios = ratioFigures(slice, from);
  out.push(...ratios);
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(slice))) {
    if (m[0].length === 0) {
      FIGURE.lastIndex++;
      continue;
    }
    let start = from + m.index;
    const end = start + m[0].length;
    let qualifier = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    const numberStart = m[1] ? start + m[0].indexOf(m[2] ?? m[5] ?? "", m[1].length) : start;
    // "jailed over $4.2 million fraud": after a verb's participle, "over" money and its noun is "because of", no bound
    if (qualifier === "over" && m[2] && /^(?:[A-Z]{0,2}[$€£¥₹₦]|Rs)/.test(m[2]) && /\b[a-z]{3,}ed\s+$/i.test(text.slice(Math.max(0, start - 20), start)) && /^\s+(?!(?:a|an|the|of|in|on|at|for|to|and|or|by|from|with|per|each|this|that|last|more|in)\b)[a-z]{4,}/.test(text.slice(end, end + 20))) {
      start = numberStart;
      qualifier = "";
    }
    // (the words before it on its own line: a headline's last word is not the body's first figure's label)
    const before = text.slice(Math.max(0, start - 24), start).replace(/^[^]*\n/, "");
    const after = text.slice(end, end + 16);
    if (m[5]) {
      const [lo, hi] = VAGUE[m[5].toLowerCase().replace(/\s+/g, " ")]!;
      out.push({ start, end, numberStart, numberEnd: end, value: lo, low: lo, high: hi, lowOpen: false, highOpen: true, vague: true, unit: "count", code: null, qualifier, stated: null });
      continue;
    }
    // (a share said as a ratio was read before: "nine in ten" is one figure, not two counts)
    if (inRatio(ratios, from + m.index)) continue;
    const rawA = m[2]!;
    const rawB = m[3];
    const pct = !!m[4];
    // (a label stands right before its number: "Last year more than 30,000" is a count after a time, no "year 30,000")
    if (NOT_A_COUNT_AFTER.test(after) || NOT_A_COUNT_BEFORE.test(before) && !qualifier || MONTH_AFTER.test(after)) continue;
    if (/^\d/.test(rawA) && (/[\/:]\d*$/.test(before) || /^[\/:]\d/.test(after) || /^-\d{3,}/.test(after))) continue; // dates, times, phones
    if (/\d[-–]\s*$/.test(before)) continue; // second half of a phone number or score
    if (!rawB && !pct && isYearLike(rawA, text, end)) continue;
    if (/\(\s*$/.test(before) && /^\s*\)\s*\d/.test(after)) continue; // (555) 123-4567
    if (/^\s*(?:th|st|nd|rd)\b/.test(after)) continue;
    if (/^\d/.test(rawA) && (/^0\d/.test(rawA) || /^[-\s]\d{3,}/.test(after) && /\d\s*$|\(\s*$|\)\s*$|(?:call|dial|phone|line|number|tel\.?)\s*$/i.test(before) || /^-0\d|^-\d{4}\b/.test(after) || /\)\s*$/.test(before))) continue; // phone numbers
    if (/\b(?:aged?|ages)\s*$/i.test(before) || /\bages?\s+of\s+(?:\d+\s*(?:and|to|-|–)\s*)?$/i.test(before)) continue; // "aged 70", "ages 18 to 24", "between the ages of 17 and 20"
    // ("put the number of dead at 23" is a toll, not an age)
    if (!rawB && !pct && /\b(?:dies|died|dead|dying|passes away|passed away|retires|retired|retiring|married|marries)\s+at\s*$|\bat\s+(?:the\s+)?age\s+(?:of\s+)?$|\bage\s+(?:of\s+)?$/i.test(before) && !/\b(?:number|toll|count|tally|total)\s+of\s+(?:the\s+)?dead\s+at\s*$/i.test(before)) continue; // "dies at 61": an age
    if (!rawB && !pct && /^-(?:year|month|week|day|hour|minute|second|decade|night|century|game|match|season|term|inning|round|yard|man|member|person|page|story|storey|floor|seat|point|star|bedroom|room|lane|time)s?\b/i.test(after)) continue; // "a 17-month battle", "a five-member panel": a description, not a count
    if (/(?:^|\n)[ \t]*$/.test(before) && /^[.)]\s/.test(after) && !pct) continue; // list numbering: "1. ...", "2) ..."
    if (!qualifier && /^\d/.test(rawA) && /\p{Lu}[\p{L}]*&\p{Lu}[\p{L}]*\s$/u.test(before)) continue; // "S&P 500": an index's name
    if (!qualifier && /^\d/.test(rawA) && /(?:^|[^\p{L}])\p{L}*\p{Ll}\p{Lu}[\p{L}]*\s$/u.test(before) && !/^\s+points?\b/.test(after)) continue; // "iPhone 5", "PlayStation 4": a product's name (not "HuffPollster 4.3 points")
    if (pct && /\b(?:top|bottom|richest|poorest|wealthiest|lowest|highest|upper|lower)\s+$/i.test(before)) continue; // "the top 1 percent": a group's name
    // "Boeing 737", "Route 66"; but a headline's verb in title case ("Storm Leaves 12 Dead", "Fire Burns 3,000 Acres") is no name
    // ("Blast Kills 20 in Varn", "Acme to Cut 2,000 Jobs": a verb in -s or -ed, or after "to", before a name, a preposition or the end)
    const headlineVerb = (/\p{Lu}\p{Ll}+(?:s|ed)\s$/u.test(before) || /\b(?:to|To|Will|Would|Could|May|Might)\s+\p{Lu}\p{Ll}+\s$/u.test(before)) && /^(?:\s+(?:\p{Lu}|(?:in|at|as|after|amid|on|over|for|across|from)\b)|\s*$|[,:;])/u.test(after);
    // (a number with a thousands comma names no model or route: "Crews Move 2,400 Out", a headline's plural verb)
    // (nor does a margin in points: "HuffPollster 4.3 points, and FiveThirtyEight 2.1 points")
    if (!qualifier && !pct && !headlineVerb && /^\d/.test(rawA) && !/^\d{1,3}(?:,\d{3})+/.test(rawA) && !/^\s+points?\b/.test(after) && /(?<![.!?]\s)(?<=[a-z]\s)\p{Lu}[\p{L}-]*\s$/u.test(before) && !/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$/i.test(before)) continue;
    if (!rawB && !pct && /\p{Lu}[\p{L}.]+,\s*$/u.test(before) && /^,/.test(after) && Number(rawA) < 120) continue; // "Jane Roe, 45, said": an age
    // "residents over 65", "adults under 30", "children younger than 5": people's age as a bound, not a count of them
    if (!rawB && !pct && /^(?:over|under|above|below|older than|younger than)$/.test(qualifier) && (/^\d{1,3}$/.test(rawA) || isSmallNumberWord(rawA.toLowerCase())) && /\b(?:people|persons|residents|adults|men|women|children|kids|pupils|students|patients|voters|workers|drivers|citizens|those|anyone|everyone|individuals|seniors|girls|boys|members|respondents)\s+$/i.test(before) && !/^\s*(?:%|-|(?!years\b|has\b|was\b|is\b|does\b)[a-z]+s\b)/i.test(after)) continue;
    const a = parseNumber(rawA);
    if (!a) continue;
    if (rawB && /^(?:[-–]|\s*(?:to|and)\s*)/i.test(slice.slice(m.index + m[0].indexOf(rawA) + rawA.length))) {
      // "between 40 and 50" needs "between"; a bare "A and B" is two figures
      const joiner = slice.slice(m.index + m[0].indexOf(rawA) + rawA.length).match(/^\s*(-|–|to|and)/i)?.[1]?.toLowerCase();
      if (joiner === "and" && !/between\s+$/i.test(before)) {
        // re-scan from the second number
        FIGURE.lastIndex = m.index + m[0].indexOf(rawA) + rawA.length;
        out.push(single(start, start + (m[0].indexOf(rawA) + rawA.length), numberStart, a.value, unitOf(false, a.currency, "", rawA), qualifier));
        continue;
      }
    }
    if (rawB && /^(?:1[89]|20)\d\d$/.test(rawA) && /^(?:(?:1[89]|20)\d\d|\d\d)$/.test(rawB) && !pct) continue; // "2022-2023", "between 2019 and 2022": years
    // "ended 1-1", "won 3-1", "a 2-0 win": a score, no count
    if (rawB && !pct && /^\d{1,2}$/.test(rawA) && /^\d{1,2}$/.test(rawB) && /^\d{1,2}[-–]\d{1,2}$/.test(text.slice(numberStart, end).trim()) && (/\b(?:ended|ending|ends|drew|draw|drawn|won|win|wins|winning|lost|lose|loses|beat|beats|beating|finished|finishing|tied|score|scored|scoreline|victory|defeat|result|lead|led|leading|trailing|trailed|a|an)\s+$/i.test(before) || /^\s*(?:win|victory|defeat|loss|draw|lead|scoreline|home|away|in\s+front|after\s+extra|on\s+aggregate|at\s+(?:half|full))/i.test(after))) continue;
    // "the toll rose from 12 to 20", "cut from 450 to 300": the level before a change and the level after it are two figures, no range
    // ("estimates range from 12 to 20" is one)
    // ("employment fell by 190,000 to 16.5 million": so are a change and the level it led to)
    if (rawB && !pct && /^\s*to\b/i.test(slice.slice(m.index + m[0].indexOf(rawA) + rawA.length)) && /\b(?:from|by)\s+$/i.test(before) && changedBefore(text, start)) {
      FIGURE.lastIndex = m.index + m[0].indexOf(rawA) + rawA.length;
      out.push(single(start, start + m[0].indexOf(rawA) + rawA.length, numberStart, a.value, unitOf(false, a.currency, "", rawA), qualifier));
      continue;
    }
    // "rose from 2,310 in 2019 to 2,590": a year after a preposition ends its phrase, and the figure after "to" is one of its own
    if (rawB && !pct && isYearLike(rawA, text, start + m[0].indexOf(rawA) + rawA.length) && /\b(?:in|since|by|during|until|for|of)\s+$/i.test(before)) {
      FIGURE.lastIndex = m.index + m[0].indexOf(rawA) + rawA.length;
      continue;
    }
    if (rawB) {
      const b = parseNumber(rawB);
      if (b && b.value < a.value && /^\d{1,2}$/.test(rawA) && /^\d{1,2}$/.test(rawB.trim()) && /^[-–]$/.test(slice.slice(m.index + m[0].indexOf(rawA) + rawA.length).trim()[0] ?? "")) continue; // a score: "3-1"
      if (!b || b.value < a.value) {
        FIGURE.lastIndex = m.index + m[0].indexOf(rawA) + rawA.length;
        out.push(single(start, start + m[0].indexOf(rawA) + rawA.length, numberStart, a.value, unitOf(false, a.currency, "", rawA), qualifier));
        continue;
      }
      let lo = a.value;
      // "1.5 to 2 million": the scale of the second end applies to the first
      if (b.value >= 1000 && a.value < 1000 && !/\d{4}|thousand|million|billion|bn|m\b/i.test(rawA)) {
        const scale = /(thousand|million|billion|trillion|bn|mn|m|k)\s*$/i.exec(rawB)?.[1];
        if (scale) lo = a.value * (SCALES[scale.toLowerCase()] ?? 1);
      }
      const realStart = /between\s+$/i.test(before) ? start - (before.length - before.search(/between\s+$/i)) : start;
      const ru = unitOf(pct, a.currency ?? b.currency, after, rawB);
      const re = endWithUnit(end, ru);
      out.push({ start: realStart, end: re, numberStart, numberEnd: re, value: lo, low: lo, high: b.value, lowOpen: false, highOpen: false, vague: false, ...ru, qualifier, stated: null });
      continue;
    }
    const unit = unitOf(pct, a.currency, after, rawA);
    // (a number with a "p" against it that is no pence is a screen's lines, "1080p": no figure)
    if (unit.code !== "GBX" && /^p(?![\p{L}\p{N}])/u.test(after)) continue;
    out.push(single(start, end, numberStart, a.value, unit, qualifier));
  }
  if (ratios.length) out.sort((x, y) => x.start - y.start);
  return out;
}

/** The shares said as ratios in a text ("nine in ten", "more than one in five"), as figures in percent, rounded by their own words. */
function ratioFigures(slice: string, from: number): RawFigure[] {
  const out: RawFigure[] = [];
  if (!/\b(?:in|out\s+of)\s/i.test(slice)) return out;
  RATIO.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RATIO.exec(slice)); ) {
    const a = m[2]!.toLowerCase() === "one" ? 1 : parseNumber(m[2]!)?.value ?? 0;
    const b = /hundred/i.test(m[3]!) ? 100 : parseNumber(m[3]!)?.value ?? 0;
    if (!(a > 0 && b > a && b <= 1000)) continue;
    const share = (100 * a) / b;
    const half = 100 / b / 4;
    const q = (m[1] ?? "").toLowerCase();
    const [low, high] = /^(?:more than|over)$/.test(q) ? [share, 100] : /^(?:fewer than|less than|under)$/.test(q) ? [0, share] : [share - half, share + half];
    out.push({ start: from + m.index, end: from + m.index + m[0].length, numberStart: from + m.index + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : 0), numberEnd: from + m.index + m[0].length, value: share, low, high, lowOpen: false, highOpen: false, vague: true, unit: "percent", code: null, qualifier: q, stated: share });
  }
  return out;
}

/** Whether an offset falls inside one of the ratios read. */
function inRatio(ratios: RawFigure[], at: number): boolean {
  return ratios.some((r) => at >= r.start && at < r.end);
}

/** Where a figure ends: pence written against the number are part of it ("34p"). */
function endWithUnit(end: number, unit: Pick<RawFigure, "code">): number {
  return unit.code === "GBX" ? end + 1 : end;
}

function single(start: number, end: number, numberStart: number, value: number, unit: Pick<RawFigure, "unit" | "code">, qualifier: string): RawFigure {
  const q = QUALIFIER_MAP.get(qualifier);
  let iv = q ? q(value) : { low: value, high: value, lowOpen: false, highOpen: false, vague: false };
  // ("about 54 per cent": a large share said roughly is within a tenth of it, not a sixth either way: 61.4 is no "about 54"; a small one as before)
  if (unit.unit === "percent" && ROUGHLY.test(qualifier)) {
    const slack = Math.min(value * 0.15, Math.max(1, value * 0.1));
    iv = { ...iv, low: Math.max(0, value - slack), high: value + slack };
  }
  const e = endWithUnit(end, unit);
  return { start, end: e, numberStart, numberEnd: e, value, ...iv, ...unit, qualifier, stated: value };
}

/** The unit of a figure: percent, a currency (from its symbol or the word after it), a unit of measure, or a count. */
function unitOf(pct: boolean, currency: string | null, after: string, raw: string): Pick<RawFigure, "unit" | "code"> {
  if (pct) return { unit: "percent", code: null };
  if (currency) return { unit: "money", code: currency };
  // ("34p per litre", "38.5p": pence, written against the number; not a screen's "1080p")
  if (/^p(?![\p{L}\p{N}])/u.test(after) && !/^(?:240|360|480|576|720|1080|1440|2160|4320)$/.test(raw.trim())) return { unit: "money", code: "GBX" };
  const word = currencyAfter(after);
  if (word) return { unit: "money", code: word === "MONEY" ? null : word };
  // "10 million pounds" is money; "5 pounds" a weight
  if (/^\s+pounds?\b/i.test(after) && /(?:million|billion|trillion|bn|m)$/i.test(raw.trim())) return { unit: "money", code: "GBP" };
  // ("a 3.2-km bridge", "a 90-kg bag": a unit joined by a hyphen, the measure said before its noun)
  const m = measureAfter(/^-[a-z]/i.test(after) ? after.slice(1) : after);
  if (m) return { unit: "measure", code: m };
  return { unit: "count", code: null };
}

/** Two intervals cannot both hold. */
export function disjoint(a: Pick<RawFigure, "low" | "high" | "lowOpen" | "highOpen">, b: Pick<RawFigure, "low" | "high" | "lowOpen" | "highOpen">): boolean {
  return below(a, b) || below(b, a);
}

/** Every value of a lies below every value of b. */
function below(a: Pick<RawFigure, "high" | "highOpen">, b: Pick<RawFigure, "low" | "lowOpen">): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && (a.highOpen || b.lowOpen);
}
