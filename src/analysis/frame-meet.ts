/**
 * When two frames name one quantity: their keys (what is counted, the predicate, level or change
 * or rate, aggregation), and beyond the key, whether their agents and modalities allow one
 * quantity (a plan against a result, two agents, a pronoun standing for its speaker).
 */
import type { Frame } from "./frame.js";
import { GENERIC_LEVEL, HONORIFIC, OPINION, VICTIM_KEYS, normalize } from "./frame-words.js";
import { TITLES } from "./lexicon.js";
import { isCap } from "./text.js";

/** Two agents ("names|head") are one: a name in common, or no names and one head. */
export function sameAgent(x: string, y: string): boolean {
  if (x === y) return true;
  // "the same road" is the road named before, whatever its name
  if (x.startsWith("=") || y.startsWith("=")) return x.split("|")[1] === y.split("|")[1];
  if (x.startsWith("~") || y.startsWith("~")) {
    // a headline's phrase: one name or head in common ("Wildfire Burns" / "the fire burned", "Vell Campaign" / "Vell")
    const [nx = "", hx = ""] = x.replace(/^~/, "").split("|");
    const [ny = "", hy = ""] = y.replace(/^~/, "").split("|");
    // (two names that share only their kind are two: "Verdant Party" and "Oak Party")
    const own = (n: string) => n.split(" ").filter((w) => w && normalize(w) !== hx && normalize(w) !== hy);
    const ox = own(nx);
    const oy = own(ny);
    if (ox.length && oy.length && !ox.some((w) => oy.includes(w))) return false;
    const wx = [...nx.split(" ").filter(Boolean), hx];
    const wy = [...ny.split(" ").filter(Boolean), hy];
    return wx.some((w) => wy.some((v) => w === v || normalize(w) === v || (w.length > 3 && v.length > 3 && (w.endsWith(v) || v.endsWith(w)))));
  }
  const [nx = "", hx = ""] = x.split("|");
  const [ny = "", hy = ""] = y.split("|");
  const wx = nx.split(" ").filter(Boolean);
  const wy = ny.split(" ").filter(Boolean);
  // (two names that share only their kind are two: "Verdant Party" and "Oak Party")
  const ox = wx.filter((w) => normalize(w) !== hx && normalize(w) !== hy);
  const oy = wy.filter((w) => normalize(w) !== hx && normalize(w) !== hy);
  if (ox.length && oy.length && !ox.some((w) => oy.includes(w))) return false;
  if (wx.length && wy.length) return wx.some((w) => wy.includes(w)) || wx.some((w) => normalize(w) === hy) || wy.some((w) => normalize(w) === hx);
  // ("food prices" is no "prices": a kind said before a head is a doer of its own, not a word that ends so)
  if (!wx.length && !wy.length) return hx === hy || (hx.length > 3 && hy.length > 3 && !hx.includes(" ") && !hy.includes(" ") && (hx.endsWith(hy) || hy.endsWith(hx))); // "the wildfire", "the fire"
  // a sentence's first word, capitalised, is no name for being first ("Petrol costs" / "petrol in Marlo cost")
  if (wx.length === 1 && !wy.length && wx[0] === hx && hx === hy) return true;
  if (wy.length === 1 && !wx.length && wy[0] === hy && hx === hy) return true;
  // a name whose last word is the other's noun is that thing named ("the Tavish Bridge" / "the bridge")
  if (wx.length > 1 && !wy.length && hx === hy && normalize(wx[wx.length - 1]!) === hy) return true;
  if (wy.length > 1 && !wx.length && hx === hy && normalize(wy[wy.length - 1]!) === hx) return true;
  // a named disaster and "the fire", "the blaze": an article's one event of its kind ("the Cullenbar Gap fire" / "the blaze")
  if (hx === hy && DISASTER.test(hx) && (!wx.length || !wy.length)) return true;
  // a name against a description: "Acme" and "the company" are not known to be one
  return false;
}


/** The frame's key: figures compare only within one key. */
export function frameKey(fr: Frame, unit: string): string | null {
  if (!fr.strong) return null;
  // a unit of measure says what is measured ("2,000 barrels of oil", "10,000 barrels"): the noun after it adds nothing to compare
  // ("1,120 elephants had been counted" only says how many there are: the number of elephants, as "the number of elephants is 1,430" says)
  return [unit, unit.startsWith("measure:") || fr.thing === fr.predicate ? "" : fr.thing ?? "", fr.predicate ?? "", fr.change ? "change" : fr.prior ? "prior" : "level", fr.rate ?? "", comparedAggregate(fr)].join("|");
}

/**
 * A frame's aggregate as quantities are compared: "a record crowd of 52,000" is the crowd, which was a record (no other
 * quantity than "a crowd of 48,312"), and "put total attendance at 850,000" is the attendance (a part set against a
 * total differs by its place or doer, not by the word); an average or a peak is another quantity.
 */
export function comparedAggregate(fr: Frame): string {
  // ("maximum sustained winds of 185 km/h" / "sustained winds of 220 km/h": a storm's wind speed is its maximum, said or not)
  if (fr.aggregate === "maximum" && fr.predicate === "wind") return "";
  // ("estimated the crowd at its peak at 35,000" / "organisers said 200,000 attended": a crowd's size is its peak, said or not,
  // and so is an outage's: "at the storm's peak, about 28,000 customers were without electricity" / "cuts power to 40,000 homes")
  if ((fr.aggregate === "peak" || fr.aggregate === "maximum") && (fr.predicate === "gathered" || fr.predicate === "outage")) return "";
  return fr.aggregate === "record" || fr.aggregate === "total" ? "" : fr.aggregate ?? "";
}

/**
 * Two frames of one key may still be two quantities: a plan against a result, or two agents
 * ("Orrin raised $33M", "$37M raised by Vell"). Counts of people something happened to
 * (killed, wounded, arrested) do not depend on who did it; every other predicate does, so
 * its agents must be the same (or both unsaid). `speakerA`/`speakerB` stand for a pronoun
 * agent ("the campaign says it raised ..."): the speaker, or null when the article speaks.
 */
export function framesMeet(a: Frame, b: Frame, speakerA: string | null, speakerB: string | null, onlyAgent: string | null = null, noAgent = false): boolean {
  // (a level said without tense, "a budget of ...", may stand for either; not one a word of forecasting governs: "had forecast growth of 3 percent")
  if ((a.modality === "forecast") !== (b.modality === "forecast") && !(a.timeless && a.modality !== "forecast") && !(b.timeless && b.modality !== "forecast")) return false;
  if (a.modality === "superseded" || b.modality === "superseded") return false;
  const pred = (a.predicate ?? "").split(" ")[0]!;
  if (VICTIM_KEYS.has(pred)) return true;
  // a pronoun agent is the speaker ("the campaign says it raised ..."); when the article speaks, who it is is not known here
  const who = (fr: Frame, speaker: string | null) => (fr.agent?.startsWith("@pro") ? (speaker ? speakerAgent(speaker) : "@pro") : fr.agent);
  const x = who(a, speakerA);
  const y = who(b, speakerB);
  // ("he received 1.6 million votes" in the writer's words: he is the one doer the quantity has, "Dunmore claimed he won ...")
  // (or, when the quantity names no doer at all, the one "he" both speak of: "Dunmore claimed he won ... In fact, results show he received ...")
  if ((x === "@pro") !== (y === "@pro") && (a.agent === "@pro:person" || b.agent === "@pro:person") && (onlyAgent !== null && !onlyAgent.startsWith("|") && sameAgent(x === "@pro" ? y ?? "" : x ?? "", onlyAgent) || onlyAgent === null && a.agent === "@pro:person" && b.agent === "@pro:person")) return true;
  if (x === "@pro" || y === "@pro") return false;
  // (a disaster that did it, against no doer said, is the same harm: "Fire razes 37 homes" / "29 houses lost")
  if ((x === null) !== (y === null) && DISASTER.test((x ?? y)!.split("|")[1] ?? "")) return true;
  // ("the Brackenport plant" / "the plant": a bare head is the one thing of that kind the article names for this quantity)
  if (x && y && onlyAgent && (x.startsWith("|") !== y.startsWith("|")) && !onlyAgent.startsWith("|") && !a.distinct && !b.distinct) {
    const [head, named] = x.startsWith("|") ? [x, y] : [y, x];
    if (head.slice(1) === named.split("|")[1] && sameAgent(named, onlyAgent)) return true;
  }
  if (a.topic && b.topic && a.topic !== b.topic) return false;
  // who did it must be said on both sides ("sold 60 copies" and "sold 235,000 copies" are two books), except for two levels ("the deficit was ...")
  // (or two counts whose counted noun is the doer: "300 investors put money in")
  // "the bridge would cost $2 billion" / "critics put the cost at $5 billion": a level with no owner named is the cost of the one thing whose cost the article gives
  if ((x === null) !== (y === null) && onlyAgent !== null) {
    const [lvl, named] = x === null ? [a, y!] : [b, x!];
    // (and "450 jobs would be lost" is the cut the one doer named made: "the closure will cost 1,200 jobs")
    if ((lvl.via === "level" || lvl.passive && lvl.via === "subject") && sameAgent(named, onlyAgent)) return true;
  }
  // "2,000 barrels leaked" / "10,000 barrels leaked" / "estimated the spill at 5,000 barrels": a measure with no doer named
  if (x === null && y === null && a.measured && b.measured && (a.via === "subject" || a.via === "level") && (b.via === "subject" || b.via === "level")) return true;
  // "jailed over $4.2 million fraud" / "for embezzling $2.4 million": a level and an act, where the article names no doer of it at all
  if (x === null && y === null && noAgent && (a.via === "level") !== (b.via === "level") && (a.via === "object" || b.via === "object")) return true;
  // ("41 percent of voters support the toll" / "put support for the toll at 33 percent": one opinion of one thing, however said)
  if (x === null && y === null && a.predicate === b.predicate && !!a.predicate?.includes(" ") && OPINION.test(a.predicate.split(" ")[0]!)) return true;
  // ("satellite monitoring detected 1,214 hotspots" / "its monitoring had identified 2,140 hotspots": a count of things found, with no act
  // of its own, is the count of that thing, whoever found it)
  if (x === null && y === null && a.predicate === "has" && b.predicate === "has" && !!a.found && !!b.found && !!a.thing && a.thing === b.thing && a.thing !== "people") return true;
  // ("the number of elephants" names what it numbers: no bare "number")
  const generic = (fr: Frame) => GENERIC_LEVEL.test(fr.predicateText ?? "") && !/^\S+\s+number$/.test(fr.predicateText ?? "");
  // (and a passive with no doer counts what the act befell: "1,120 patients were admitted" / "1,870 admissions had been recorded")
  const counted = (fr: Frame) => fr.via === "level" && !generic(fr) || fr.via === "subject" && !!fr.thing && (fr.thing === fr.predicate || !!fr.passive);
  if (x === null || y === null) return x === y && ((a.via === "level" && b.via === "level" && !generic(a) && !generic(b) || (a.via === "level") !== (b.via === "level") && counted(a) && counted(b)) || (a.via === "subject" && b.via === "subject" && ((!!a.thing && a.thing === b.thing && a.thing !== "people") || (a.thing === b.thing && OPINION.test((a.predicate ?? "").split(" ")[0]!) && !!a.predicate?.includes(" ")) || (a.thing === b.thing && !!a.share && !!b.share))));
  return sameAgent(x, y);
}

/** Heads of events that do harm: as a doer they name the event, not one of several doers. */
const DISASTER = /^(?:fire|blaze|bushfire|wildfire|flood|floods|storm|cyclone|hurricane|typhoon|quake|earthquake|tremor|landslide|mudslide|avalanche|tornado|tsunami|explosion|blast|eruption|heatwave|drought|outbreak|epidemic|crash|collision|derailment)$/;

/** A speaker's name as an agent ("Rival Mira Vell's campaign" -> "rival hillary clinton|campaign"). */
export function speakerAgent(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const names = words.filter((w) => isCap(w)).map((w) => w.toLowerCase().replace(/['’]s$/, "")).filter((w) => !HONORIFIC.test(w) && !TITLES.has(w));
  return `${names.join(" ")}|${normalize(words[words.length - 1] ?? "")}`;
}
