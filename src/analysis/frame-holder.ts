/**
 * Who gives a figure, read from its own clause: a named subject of a verb of counting or having
 * ("Mirel pegged him at", "the Orbis poll found"), a possessor it is set against ("compared with
 * Calder's 1,790"), a bracketed alternative ("(or $12 million)"), two readings "depending on the
 * source", a list's reading of whom it lists ("lists the Vanes with $40 billion each"), or ",
 * according to X" after it. Part of readFrame (frame.ts): it fills the frame's holder,
 * holderStrong, anaphoric and, for a list, agent.
 */
import type { Frame } from "./frame.js";
import { PLURAL, REPORTING, content, normalize } from "./frame-words.js";
import { isCap, lowerOf, type Token } from "./text.js";
import { WEEKDAYS } from "./lexicon.js";
import { MONTHS } from "./times.js";

/** Nouns of a study whose name makes it a voice ("the Orbis poll found"). */
const STUDY = /^(?:poll|survey|study|report|audit|analysis|review|census|count|tally|estimate|index|model|piece|article|story|post|tweet|column|blog)$/;

/** What a figure's reading may depend on when two readings are set side by side ("depending on the source", "... on whom you ask"). */
const VIEWPOINT = /^(?:source|sources|estimate|estimates|count|counts|tally|list|lists|ranking|rankings|measure|measures|definition|definitions|interpretation|interpretations|method|methods|methodology|calculation|calculations|accounting|poll|polls|survey|surveys|who|whom|whose|which|reading|model|models|analyst|analysts|expert|experts)$/;

/**
 * Read the holder of the figure toks[.., li] whose verb or level word is at j and whose counted
 * noun ends at nounEnd; `capd` tells a capitalised name (false everywhere in a headline).
 * Returns whether the figure is a list's reading of whom it lists ("lists ... with $N").
 */
export function readHolder(toks: Token[], j: number, li: number, nounEnd: number, fr: Frame, capd: (w: string) => boolean): boolean {
  // the holder: a named subject of a verb of counting or having right before the figure ("Mirel pegged him at", "Ardent lists X's wealth at", "Vantage has it at")
  for (let x = j, steps = 0; x >= 0 && steps < 7; x--, steps++) {
    const t = toks[x]!;
    if (!t.word) break;
    // "has" carries a figure only right before it or its pronoun ("Vantage has it at"), not as an auxiliary ("has won 139")
    const has = /^(?:has|have|had)$/.test(t.lower) && (x === j || (/^(?:it|him|her|them)$/.test(lowerOf(toks[x + 1])) && lowerOf(toks[x + 2]) === "at"));
    // ("The observatory measured the quake at magnitude 6.1": a verb of measuring with "at" names who measured)
    if (REPORTING.test(t.lower) || has || /^(?:puts?|pegs?|pegged|values?|valued|ranks?|ranked|lists?|listed)$/.test(t.lower) || /^(?:measured|clocked)$/.test(t.lower) && toks.slice(x + 1, li).some((u) => u.lower === "at")) {
      if (/^(?:it|him|her|them)$/.test(lowerOf(toks[x + 1])) && /^(?:at|as|is|was)$/.test(lowerOf(toks[x + 2]))) fr.anaphoric = true; // "pegged him at", "has it at"
      let y = x - 1;
      while (y >= 0 && toks[y]!.word && /ly$|^(?:also|now|still|then|later)$/.test(toks[y]!.lower)) y--;
      const names: string[] = [];
      // "the Orbis poll found", "a Tally survey shows", "this Orlo piece on the firm's funding says": the named study is the voice
      let sy = y;
      for (let back = 0; back < 5 && sy >= 1 && !STUDY.test(lowerOf(toks[sy])) && toks[sy]!.word && /^(?:on|about|of|into|the|a|an|its|their|[\p{Ll}’'-]+['’]s|\p{Lu}[\p{L}’'-]*['’]s|\p{Ll}+)$/u.test(toks[sy]!.text); back++) sy--;
      const study = sy >= 1 && STUDY.test(lowerOf(toks[sy])) && isCap(toks[sy - 1]!.text) && toks[sy - 1]!.word ? toks[sy]!.lower : null;
      if (study) y = sy - 1;
      while (y >= 0 && toks[y]!.word && isCap(toks[y]!.text) && names.length < 4) names.unshift(toks[y--]!.text);
      // (a month or a day is no voice: "a poll conducted from 3 to 5 May found")
      if (names.length && names.every((w) => /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w))) names.length = 0;
      if (study && names.length) {
        names.push(study);
        fr.sentenceVoice = true;
      }
      // a sentence's first word may be a capitalised function word ("While Ardent lists")
      const contrast = names.length > 1 && /^(?:while|whereas|but|although|though)$/i.test(names[0]!);
      while (names.length && /^(?:while|but|and|or|so|yet|the|a|an|this|that|it|one|meanwhile|however|still|also|then|if|when|as|since|although|though)$/i.test(names[0]!)) names.shift();
      if (names.length && has && !fr.anaphoric) {
        // "Nerlens Noel had 15": the one who has it, not a voice
        fr.agent = `${names.map((w) => w.toLowerCase()).join(" ")}|${normalize(names[names.length - 1]!)}`;
      } else if (names.length) {
        fr.holder = names.join(" ");
        // "Vantage has it at $5.5 billion", "Mirel pegged him at": a voice giving its own reading of what was said
        if (fr.anaphoric) fr.holderStrong = true;
        // a clause set against another ("; the Orlo Institute puts the figure at", "While Ardent lists") speaks for itself
        const lead = y >= 0 ? toks[y]! : null;
        if (lead && (lead.text === ";" || /^(?:while|whereas|but|although|though|however)$/i.test(lead.text))) fr.holderStrong = true;
        if (lead && lead.word && /^(?:the|a|an)$/i.test(lead.text) && (toks[y - 1]?.text === ";" || /^(?:while|whereas|but)$/i.test(lowerOf(toks[y - 1])))) fr.holderStrong = true;
        if (contrast || toks.slice(Math.max(0, x - 60), x).some((t) => t.text === ";")) fr.holderStrong = true;
      }
      // "another says", "the other says", "one company says": a voice set against another
      else if (/^(?:another|other|second|first|one)$/.test(lowerOf(toks[x - 1])) || /^(?:another|other|second|first|one)$/.test(lowerOf(toks[x - 2])) && content(toks[x - 1])) {
        fr.holder = toks.slice(toks[x - 2] && /^(?:another|other|second|first|one)$/.test(lowerOf(toks[x - 2])) ? x - 2 : x - 1, x).map((t) => t.lower).join(" ");
        fr.holderStrong = true;
      }
      break;
    }
  }
  // "compared with Calder's 1,790": the possessor gives it
  if (toks[j] && /['’]s$/.test(toks[j]!.text) && capd(toks[j]!.text) && /^(?:with|to|than|versus|vs|against|and|or)$/.test(lowerOf(toks[j - 1]))) {
    fr.holder = toks[j]!.text.replace(/['’]s$/, "");
    fr.holderStrong = true;
    fr.anaphoric = true;
  }
  // "the claim that she has $17 million (or $12 million or $3 million)": each bracketed alternative is another claim's figure
  if (lowerOf(toks[j]) === "or" && toks.slice(Math.max(0, j - 12), j).some((t) => t.text === "(") && !toks.slice(Math.max(0, j - 12), j).some((t) => t.text === ")")) {
    fr.holder = "another estimate";
    fr.holderStrong = true;
    fr.anaphoric = true;
  }
  // "worth either $43 billion or $55 billion, depending on the source": two readings set side by side as two voices
  if (toks.slice(li + 1).some((t, x, rest) => t.lower === "depending" && lowerOf(rest[x + 1]) === "on" && rest.slice(x + 2, x + 6).some((u) => VIEWPOINT.test(u.lower)))) {
    if (lowerOf(toks[j]) === "or") fr.holder = "another source";
    else if (lowerOf(toks[li + 1]) === "or" || lowerOf(toks[li + 1]) === "," && lowerOf(toks[li + 2]) === "or") fr.holder = "one source";
    if (fr.holder) fr.holderStrong = true;
  }
  // "Calder lists the brothers with just under $40 billion each, while Mirel lists them ... with $55 billion each": a list's reading of what it lists
  let listedWith = false;
  if (lowerOf(toks[j]) === "with") {
    for (let x = j - 1, steps = 0; x >= 0 && steps < 16 && toks[x]!.text !== ";"; x--, steps++) {
      if (!/^(?:lists?|listed|ranks?|ranked|puts?)$/.test(toks[x]!.lower)) continue;
      const names: string[] = [];
      for (let y = x - 1; y >= 0 && toks[y]!.word && isCap(toks[y]!.text) && names.length < 3; y--) names.unshift(toks[y]!.text);
      while (names.length && /^(?:while|whereas|but|and)$/i.test(names[0]!)) names.shift();
      if (names.length) {
        fr.holder = names.join(" ");
        fr.holderStrong = true;
        listedWith = true;
        // whom it lists: "lists David and Charles Vane with" (the family name), "lists them as ... with" (named before)
        if (/^(?:him|her|them)$/.test(lowerOf(toks[x + 1]))) fr.agent = "@pro:person";
        else {
          let y = x + 1 + (lowerOf(toks[x + 1]) === "the" ? 1 : 0);
          let last: Token | null = null;
          while (y < j && toks[y]!.word && (isCap(toks[y]!.text) || /^(?:and|&)$/.test(toks[y]!.lower))) {
            if (isCap(toks[y]!.text)) last = toks[y]!;
            y++;
          }
          if (last && PLURAL.test(lowerOf(toks[y])) && !isCap(toks[y]!.text)) y++; // "the Vane sisters"
          if (last && (y === j || /^(?:as|at)$/.test(lowerOf(toks[y])))) fr.agent = `${last.lower.replace(/['’]s$/, "")}|${last.lower.replace(/['’]s$/, "")}`;
        }
      }
      break;
    }
  }
  // "Data from the analytics firm AppLedger shows ...", "A Kestrel poll of 800 residents found that ...", "a filing with the
  // regulator, however, showed ...": the study or record that finds the figure is its voice, named or not
  if (!fr.holder) {
    const found = studyVoice(toks, j);
    if (found) {
      fr.holder = found;
      fr.holderStrong = true;
      // (it speaks for its whole sentence: its figures are not set against each other)
      fr.sentenceVoice = true;
    }
  }
  // "According to the court registry, the damages totalled £1.9 million": a source named at the sentence's head
  if (!fr.holder && lowerOf(toks[0]) === "according" && lowerOf(toks[1]) === "to") {
    let e = 2;
    while (e < toks.length && e < 10 && toks[e]!.text !== "," && e < j) e++;
    if (toks[e]?.text === "," && e > 2) {
      const words = toks.slice(2, e).map((t) => t.text);
      if (/^(?:the|a|an)$/i.test(words[0]!)) words.shift();
      if (words.length) {
        fr.holder = words.join(" ");
        fr.holderStrong = true;
      }
    }
  }
  // "..., according to the Tally Project": a source named after the figure in its own clause
  {
    let x = nounEnd;
    while (x < toks.length && x < nounEnd + 6 && toks[x]!.text !== "," && toks[x]!.text !== "(" && toks[x]!.text !== ";") x++;
    if (toks[x]?.text === "," && lowerOf(toks[x + 1]) === "according" && lowerOf(toks[x + 2]) === "to") {
      const names: string[] = [];
      let y0 = x + 3;
      if (/^(?:the|a)$/.test(lowerOf(toks[y0]))) y0++; // "according to the Tally Project"
      for (let y = y0; y < toks.length && names.length < 4 && toks[y]!.word && (isCap(toks[y]!.text) || /^(?:of|for|and)$/.test(toks[y]!.lower) && names.length); y++) names.push(toks[y]!.text);
      while (names.length && /^(?:of|for|and)$/.test(names[names.length - 1]!)) names.pop();
      if (names.length) {
        fr.holder = names.join(" ");
        fr.holderStrong = true;
      }
    }
  }
  return listedWith;
}

/** Nouns of a study or a record that finds or shows figures. */
const RECORD = /^(?:data|figures|records|results|filing|filings|registry|register|statistics|numbers|analysis|poll|survey|study|report|audit|review|census|count|tally|estimate|estimates|index|model|tables|documents|research)$/;
/** Nouns of a body whose count is its own reading ("the regional police office listed 35 fatalities", "the disaster office had recorded 42 dead"). */
const BODY_HEAD = /^(?:office|agency|ministry|department|authority|board|commission|bureau|institute|council|service|police|hospital|coroner|directorate|secretariat|observatory)$/;
/** Verbs by which a study or record gives a figure. */
const FINDS = /^(?:found|finds|find|show|shows|showed|shown|put|puts|estimates|estimated|counted|counts|indicate|indicates|indicated|suggest|suggests|suggested|reveal|reveals|revealed|recorded|records|record|put|gave|gives|listed|lists)$/;

/**
 * The study or record that finds the figure, when it is the subject of a verb of finding before
 * the figure in its clause: its capitalised name ("AppLedger", "the Kestrel Research poll"), or
 * the study itself ("a filing with the securities regulator").
 */
function studyVoice(toks: Token[], j: number): string | null {
  let v = -1;
  for (let x = j, steps = 0; x >= 1 && steps < 12; x--, steps++) {
    const t = toks[x]!;
    if (t.text === ";" || t.text === "." || t.text === '"' || t.text === "“" || t.text === "”") return null;
    if (t.word && FINDS.test(t.lower)) {
      v = x;
      break;
    }
  }
  if (v < 1) return null;
  // the subject: back from the verb over its phrase (numbers, "of", "from", "by", "with", and an aside ", however,")
  let head = -1;
  let bodyHead = -1;
  const words: Token[] = [];
  for (let x = v - 1, steps = 0; x >= 0 && steps < 12; x--, steps++) {
    const t = toks[x]!;
    if (t.text === "," && /^(?:however|though|meanwhile|too|also)$/.test(lowerOf(toks[x - 1])) && toks[x - 2]?.text === ",") {
      x -= 2;
      continue;
    }
    // ("The ministry's statistics, published the same week, record ...": a participle's aside)
    // ("The police regional office, in a report issued at the same hour, listed 35 fatalities": a phrase's aside)
    if (t.text === ",") {
      let c = x - 1;
      while (c > 0 && c > x - 10 && toks[c]!.text !== ",") c--;
      if (toks[c]?.text === "," && (/^\p{Ll}+(?:ed|en)$/u.test(toks[c + 1]?.text ?? "") || /^(?:in|at|on|after|during|like)$/.test(toks[c + 1]?.text ?? ""))) {
        x = c;
        continue;
      }
    }
    if (!t.word && !/^\d/.test(t.text)) break;
    if (/^(?:that|which|who|and|but|while|said|says)$/.test(t.lower)) break;
    words.unshift(t);
    if (RECORD.test(t.lower) && head < 0) head = x;
    if (BODY_HEAD.test(t.lower) && !isCap(t.text) && bodyHead < 0) bodyHead = x;
  }
  // (a record named in the phrase is its head: "Figures published by the health service"; else a body: "the police office")
  if (head < 0) head = bodyHead;
  if (head < 0) return null;
  // not a study named as the object of something else ("the firm cited data"): the phrase opens the clause
  const first = words[0]!;
  const before = toks[toks.indexOf(first) - 1];
  if (before && before.word && !/^(?:however|meanwhile|but|and|yet|still|also|now|then|in|fact)$/.test(before.lower)) return null;
  const caps: string[] = [];
  let run: string[] = [];
  for (const t of words) {
    if (isCap(t.text) && t !== first || isCap(t.text) && t === first && !/^(?:a|an|the|data|figures|satellite|certified|official|new|latest)$/i.test(t.text)) run.push(t.text);
    else {
      if (run.length) caps.push(run.join(" "));
      run = [];
    }
  }
  if (run.length) caps.push(run.join(" "));
  // (not a day or a month: "Figures published by NHS England on Thursday show")
  const named = caps.filter((c) => !/^(?:However|But|In)$/.test(c) && !WEEKDAYS.has(c.toLowerCase()) && !MONTHS.test(c.toLowerCase()));
  // the name right before the study's noun ("the Kestrel Research poll conducted ... in May"), else the nearest after it ("data from ... AppLedger")
  const hi = words.indexOf(toks[head]!);
  let beforeHead = "";
  for (let x = hi - 1; x >= 0 && isCap(words[x]!.text) && !(x === 0 && /^(?:a|an|the)$/i.test(words[x]!.text)); x--) beforeHead = `${words[x]!.text}${beforeHead ? ` ${beforeHead}` : ""}`;
  if (beforeHead && !/^(?:Data|Figures|Satellite|Certified|Official|New|Latest)$/.test(beforeHead)) named.push(beforeHead);
  if (named.length) {
    const name = named[named.length - 1]!;
    // "the Kestrel Research poll": a poll or survey keeps its noun
    return /^(?:poll|survey)$/.test(lowerOf(toks[head])) && toks[head - 1]?.text === name.split(" ").pop() ? `${name} ${toks[head]!.lower}` : name;
  }
  // (the phrase up to its head: "the disaster office had recorded" is the disaster office's)
  return (RECORD.test(lowerOf(toks[head])) ? words : words.slice(0, hi + 1)).map((t) => t.text).join(" ").replace(/^(?:a|an|the)\s+/i, "").toLowerCase();
}
