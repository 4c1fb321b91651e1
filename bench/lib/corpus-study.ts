/** A quick study of the attribution corpus for the engine's authors: cues, quotes, source forms. */
import type { CorpusDoc } from "./brat.js";
import { spanText } from "./brat.js";
import { isDirectContent, isPronoun, isSpeech } from "./attribution-score.js";

/** Words that mark a title before a name. */
const TITLES = /\b(President|Sen\.|Senator|Rep\.|Gov\.|Governor|Secretary|Mayor|Judge|Chairman|Chairwoman|Director|Speaker|Leader|Minister|Attorney General|CEO|spokesman|spokeswoman|spokesperson|chief|adviser|advisor|aide|manager|strategist|candidate|nominee|Vice|Dr\.|General|Gen\.|Professor|Pastor|host|anchor|author|analyst|pollster|founder|executive)\b/i;
/** Words that mark an organisation or outlet. */
const ORGS = /\b(Campaign|Committee|Party|Department|Foundation|Times|Post|News|Journal|Press|Agency|Bureau|Commission|Institute|Center|Council|Association|Union|Court|Administration|Office|Inc|Corp|University|Network|CNN|NBC|ABC|CBS|Fox|Reuters|AP|FBI|CIA|Congress|Senate|House|White House|Pentagon|Democrats|Republicans|GOP|RNC|DNC|poll|survey|report|study|statement|website|group|organization|firm|company|paper|newspaper|magazine)\b/;
/** Lowercase groups that speak without a name. */
const GROUPS = /\b(officials?|sources?|aides?|people|advisers?|allies|critics|supporters|experts|analysts|observers|insiders|staffers|members|voters|operatives|strategists|lawmakers|leaders|donors|person)\b/i;

/** Classifies the form of a source mention. */
export function sourceForm(s: string): string {
  const t = s.trim();
  if (isPronoun(t)) return "pronoun";
  if (/^(a|an|the|some|many|several|two|three|other|one|senior|top)?\s*.*\b(officials?|sources?|aides?|people|person)\b/i.test(t) && !/^\p{Lu}\p{Ll}+ \p{Lu}/u.test(t) && GROUPS.test(t)) return "anonymous group (officials, sources, aides...)";
  if (ORGS.test(t)) return "organisation / outlet / document";
  if (TITLES.test(t) && /\p{Lu}\p{Ll}+/u.test(t.replace(/^\p{Lu}/u, "x"))) return "title + name";
  if (/^(Mr\.|Mrs\.|Ms\.)?\s*(\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(t)) return "name";
  if (GROUPS.test(t)) return "group (voters, critics...)";
  return "other description";
}

/** A table of counts, largest first. */
function top(m: Map<string, number>, n: number, total?: number): string {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v], i) => `${String(i + 1).padStart(3)}. ${k.padEnd(34)} ${String(v).padStart(5)}${total ? `  ${((100 * v) / total).toFixed(1)}%` : ""}`)
    .join("\n");
}

/** Prints the study. */
export function corpusStudy(docs: CorpusDoc[]): string {
  const cues = new Map<string, number>(), forms = new Map<string, number>(), formsEx = new Map<string, string[]>();
  let attrs = 0, speech = 0, direct = 0, speechDirect = 0, noSource = 0, discont = 0, contentFirst = 0, multiSentence = 0, cueInside = 0;
  for (const d of docs) {
    for (const a of d.attributions) {
      if (!a.content) continue;
      attrs++;
      const sp = isSpeech(d.text, a);
      const dq = isDirectContent(d.text, a.content);
      if (dq) direct++;
      if (a.content.length > 1) discont++;
      if (a.cue && a.cue[0][0] > a.content[a.content.length - 1][1]) contentFirst++;
      if (a.cue && a.cue[0][0] > a.content[0][0] && a.cue[0][1] < a.content[a.content.length - 1][1]) cueInside++;
      if (/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(spanText(d.text, a.content))) multiSentence++;
      if (!a.source) noSource++;
      if (!sp) continue;
      speech++;
      if (dq) speechDirect++;
      if (a.cue) {
        const c = spanText(d.text, a.cue).toLowerCase().replace(/\s+/g, " ").replace(/[“”"‘’,.:]/g, "").trim() || "(punctuation only: colon or quote marks)";
        cues.set(c, (cues.get(c) ?? 0) + 1);
      }
      if (a.source) {
        const s = spanText(d.text, a.source);
        const f = sourceForm(s);
        forms.set(f, (forms.get(f) ?? 0) + 1);
        const ex = formsEx.get(f) ?? [];
        if (ex.length < 6 && !ex.includes(s)) ex.push(s);
        formsEx.set(f, ex);
      }
    }
  }
  const p = (a: number, b: number) => `${a} of ${b} (${((100 * a) / b).toFixed(1)}%)`;
  return [
    `corpus study: ${docs.length} articles, ${attrs} attributions with content`,
    `speech attributions (speech cue or direct quote): ${p(speech, attrs)}`,
    `contents that are direct quotes: ${p(direct, attrs)}; among speech: ${p(speechDirect, speech)}`,
    `no marked source: ${p(noSource, attrs)}; discontinuous content: ${p(discont, attrs)}`,
    `content before its cue: ${p(contentFirst, attrs)}; cue inside the content: ${p(cueInside, attrs)}; content of 2+ sentences: ${p(multiSentence, attrs)}`,
    `\n40 most frequent cues of speech attributions:\n${top(cues, 40, speech)}`,
    `\nsource forms of speech attributions:\n${top(forms, 20, speech - 0)}`,
    ...[...formsEx.entries()].map(([f, ex]) => `  ${f}: ${ex.map((e) => JSON.stringify(e)).join(", ")}`),
  ].join("\n");
}
