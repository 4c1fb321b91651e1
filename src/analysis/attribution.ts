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
import { ADDRESSEE_VERBS as LEXICON_ADDRESSEE_VERBS, AMBIGUOUS_CUES, DATA_WORDS, DOCUMENT_WORDS, FIGURE_VERBS, NP_STOP, PARTICIPLES as LEXICON_PARTICIPLES, PRONOUNS, QUOTE_ONLY_VERBS, SPEECH_VERBS as LEXICON_SPEECH_VERBS, STRONG_VERBS, TITLES, WEAK_VERBS } from "./lexicon.js";
import { EXTRA_ADDRESSEE, EXTRA_CUES, EXTRA_PARTICIPLES } from "./attribution-cues.js";
import { LY_NOUNS, nameOf, phraseAfter, phraseBefore, skipFillersBack, skipFillersFwd, type NounPhrase } from "./noun-phrase.js";
import { quoteAt, type Quote, type Sentence } from "./segment.js";
import { bare, countWords, isCap, lowerOf, type Token, tokenize, trimSpan } from "./text.js";
import { headKind, isPersonPlural, isRoleNoun, isSpeakerPhrase, POLLED_PARTICIPLE, POLLED_PEOPLE } from "./speaker.js";
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

/** The cue verbs of the shared lexicon and the ones of saying by mail, text or confession read here (attribution-cues.ts). */
const SPEECH_VERBS = new Set([...LEXICON_SPEECH_VERBS, ...EXTRA_CUES, ...EXTRA_PARTICIPLES]);
/** Cues whose first object is their addressee, with the extra ones ("emailed supporters"). */
const ADDRESSEE_VERBS = new Set([...LEXICON_ADDRESSEE_VERBS, ...EXTRA_ADDRESSEE]);
/** Participles that attach a claim to the clause's subject, with the extra ones. */
const PARTICIPLES = new Set([...LEXICON_PARTICIPLES, ...EXTRA_PARTICIPLES]);
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
const NOT_CONTENT_START = new Set(["by", "for", "of", "as", "and", "or", "than", "so", "up", "off", "out", "against"]);
/** How far after a figure verb its "at"/"as" may come ("put the number of displaced at"), in tokens. */
const FIGURE_OBJECT_TOKENS = 20;
/** How many tokens a figure and its noun may run after "at" ("at about $42 billion from his ..."). */
const FIGURE_TAIL_TOKENS = 12;
/** A figure right after "at"/"as" ("at about 3,000", "at $2 billion", "at 49.5 percent", "as a dozen"). */
const FIGURE_AFTER = /^\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|just|only|over|under|close to|more than|fewer than|less than|at least|at most|up to|as many as|as much as|as high as|as low as|between|a solid|a mere|an estimated|a total of|a)\s+)*(?:[$€£¥]\s?\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a thousand|a dozen|dozens|hundreds|thousands|millions|half)\b)/i;
/** Words that end a figure's tail: the clause goes on with something else. */
const FIGURE_TAIL_STOP = /^(?:and|but|or|while|whereas|which|who|whom|when|after|before|because|since|although|though|as|amid|saying|adding|citing|according|compared|up|down)$/;
/** Manner words between "put it" and what was said ("put it this way", "put it bluntly"). */
const PUT_IT_MANNER = /^(?:this|that|way|another|bluntly|simply|best|succinctly|plainly|starkly|more|most|mildly|differently)$/;
/** Short objects of a denial that still make a claim: "denied the charges", "denies any wrongdoing". */
const DENIED = /^(?:(?:the|any|all|those|these|such|his|her|their|its)\s+)?(?:[\p{L}-]+\s+)?(?:charges?|allegations?|accusations?|claims?|reports?|wrongdoing|involvement|responsibility|rumou?rs?|suggestions?|assertions?)$/iu;
/** Who or what finds as a study does: a finding of theirs is told. */
const FINDERS = /^(?:survey|surveys|study|studies|report|poll|analysis|review|audit|investigation|inquiry|probe|census|researchers|scientists|auditors|investigators|commerce|university|institute|office|department|ministry|agency|commission|committee|council|bureau|board)$/;

/** Heads of bodies whose names join two fields with "and" after "of" ("Ministry of Roads and Transport", "Department of Trade and Industry"); not "Bank of America and Citigroup". */
const OF_AND_BODY = /^(?:Ministry|Department|Dept\.?|Office|Secretary|Minister|Commission|Committee|Board|Bureau|Council|Institute|School|College|Faculty|Chamber|Federation|Association|Union|Society|Academy|Centre|Center|Agency|Authority|Division)$/;

/** What follows a verb of asking or speaking when it tells only that the speaker would not be named. */
const ANONYMITY = /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity|on\s+(?:the\s+)?condition\s+(?:of|that)|that\s+(?:his|her|their)\s+names?\s+not|on\s+background|without\s+being\s+named)/i;

/** "continue(s/d/ing) to" before a cue: still saying it. */
const CONTINUED = /^continu(?:e|es|ed|ing)$/;
/** The longest "data by/from Body" phrase read after "according to", in tokens. */
const MAX_CITED_TOKENS = 12;
/** How far a relative clause's content is read for the comma before its main clause's cue ("X, who said A, said B"). */
const MAX_RELATIVE = 80;
/** "he's said", "that's noted": a contraction, not a possessive, before a cue. */
const CONTRACTION = /^(?:he|she|it|that|there|what|who|here|where|let)[’']s$/;
/** Cues that usually take an object ("maintained a lead", "posted a video", "declared victory", "boasts a lead"): a clause after them opens with a pronoun or a name. */
const OBJECT_TAKERS = /^(?:maintain(?:s|ed)?|post(?:s|ed)?|declare(?:s|d)?|respond(?:s|ed)?|boast(?:s|ed|ing)?|lament(?:s|ed)?|remind(?:s|ed)?)$/;
/** Determiners after which a cue word is a noun ("the state", "a report", "their answer"). */
const DETERMINER_BEFORE = /^(?:the|a|an|this|these|those|its|their|our|my|your|every|each|no|other|another)$/;
/** "took note", "takes note": a cue of two words. */
const TOOK = /^(?:took|takes|take|taking)$/;
/** Words after a parenthetical "according to X," that start a new clause, not the rest of the one before. */
const CLAUSE_GOES_ON = /^(?:and|but|or|while|whereas|although|though|which|who|whom|whose|where|when|as|because|since|so|with|including|compared|up|down|from|to|in|on|at|for|by|after|before|than)$/;
/** Possessive determiners that may open a speaker's role ("according to its mayor"). */
const POSSESSIVES = /^(?:its|their|his|her|our)$/;
/** Words that open a question in reported speech ("asked whether ...", "asked him why ..."). */
const WH_CLAUSE = /^(?:whether|if|why|how|what|when|where|who|which)$/;

/** Words after an inverted speaker that open a clause about the speaker ("said Roe, who ...", "said Roe when asked"). */
const ABOUT_SPEAKER = /^(?:who|whom|whose|when|as|while|after|before|speaking|asking|adding|referring|explaining|noting|according|known)$/;
/** Capitalised words that open an adverbial at a sentence's start, not its subject. */
const CLAUSE_OPENER = /^(?:In|On|At|During|After|Before|Since|With|Without|When|While|As|Asked|Speaking|Earlier|Later|Last|This|Meanwhile|However|Still|Yet|For|Even|Though|Although|If|Because|Among|Inside|Outside|Absent|Despite|Unlike|Like|Under|Over|From|By|Of|To|Perhaps|Instead|Once|Now|Then|Here|There|Today|Yesterday|Indeed|Also|Again|Already)$/;
/** The most tokens between a clause's subject and its cue ("Roe, of Springfield, stood at the rally to say"). */
const MAX_SUBJECT_GAP = 40;
/** First words of a two-word phrase after "according to" that is no source ("according to this logic"). */
const MUTE_CITED = /^(?:this|that|these|those|it|what|such)$/;
/** Means of saying after "by" ("said by telephone"): no passive. */
const BY_MEANS = /^(?:telephone|phone|email|e-mail|text|video|videolink|satellite|letter|mail|skype|zoom|messenger|radio)$/;
/** The most words between the comma and a speaker's phrase when the cue ends the sentence. */
const CUE_LAST_PHRASE = 8;
/** A verb's finite form, as a quotation's frame needs it: "-ed", "-s", or a common irregular past ("read", "shot back"). */
const VERB_FORM = /^(?:[a-z]+(?:ed|es|[^s']s)|said|told|wrote|read|cried|shot|came|began|spoke|sang|thought|went|got|put|replied|quipped|declared|shouted|yelled|added|continued|noted|concluded)$/;
/** A double quotation mark, straight or curly. */
const QUOTE_MARK = /["“”]/;
/** -ing words that do not open a clause of the writer's after a comma ("including", "nothing"). */
const NOT_ING_CLAUSE = /^(?:including|during|nothing|something|anything|everything|thing|bring|king|ring|morning|evening|spring|meeting|building|funding|polling|spending|timing|ruling|hearing|rating|finding|standing|setting|training|housing|marketing|lobbying|bombing|shooting|killing|warming|wedding|trading|voting|ting|according)$/;
/** Cues whose object clause is what was said, after "and"/"but": "accused X of", "called for/on", "vowed/pledged/promised/urged ... to". */
const OBJECT_CLAUSE = /^(?:accus(?:e|es|ed)|call(?:s|ed)?|vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)|urg(?:es|ed)|describ(?:es|ed))$/;
/** Past forms of cues that end in neither -s nor -ed. */
const FINITE_IRREGULAR = /^(?:said|told|wrote|snapped)$/;
/** Words that open a plain noun phrase ("the", "one", "most", "several"). */
const PLAIN_OPENERS = /^(?:the|a|an|this|these|those|its|his|her|their|our|my|your|one|two|three|four|five|some|many|most|several|other|another|both|all|each|few|no|every)$/;
/** Cue words that are also adjectives before a noun of persons ("pledged delegates", "elected officials", "concerned parents"). */
const ADJECTIVE_PARTICIPLE = /^(?:pledged|alleged|accused|admitted|confirmed|elected|appointed|invited|concerned|worried|promised|announced|respected|claimed|denied|suspected|disputed|unnamed|noted)$/;
/** A capitalised word of an adjective's shape, which names no one alone ("Democratic and independent analysts"). */
const ADJECTIVE_LIKE = /^(?:\p{Lu}\p{Ll}+(?:ic|ican|al|an|ish|ese|ive))$/u;
/** Words that open what is said of a subject between it and its verb ("who", "with", "in", "trying", "to"). */
const POSTMODIFIER_OPENER = /^(?:who|with|in|from|at|of|on|across|around|near|outside|inside|trying|seeking|hoping|working|living|running|interviewed|surveyed|polled|questioned|to)$/;
/** The most tokens between a subject and its cue that say which of them. */
const MAX_MODIFIER = 14;
/** The most tokens a name and its chain of appositions may run before its cue. */
const MAX_CHAIN = 45;
/** Quantifiers that head a speaker's phrase with "of" after them ("one of the advisers", "several of those present"). */
const OF_QUANTIFIER = /^(?:one|another|some|many|most|several|two|three|four|five|six|seven|eight|nine|ten|dozens|each|both|none|few|all)$/;
/** The most words of a plain speaker's phrase ("one longtime family friend"). */
const MAX_PLAIN_WORDS = 5;
/** Lower-case words that end a plain phrase's walk back: verbs of being and having, and clause words. */
const NOT_PLAIN = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|not|no|never|it|what|which|who|whom|whose|how|why|where|when|there|here|nothing|everything|something|anything|nobody|everyone|everybody|someone|somebody|anyone|i|you|we|me|us|time|times|moment|day|days|week|weeks|month|months|year|years|night|morning|[a-z]+ly|[a-z]+n[’']t)$/;
/** Words that open a subordinate clause before the main one ("While Roe said C, ..."); "as" has its own frame. */
const SUBORDINATOR = /^(?:while|although|though|whereas|if|because|since|unless|when|whenever|after|before|once|even)$/;
/** Words that open a main clause's subject after a subordinate clause's comma ("..., he appears", "..., others say"). */
const MAIN_SUBJECT = /^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|its|their|this|these|those|that|some|many|most|others|other|no|few|both|each|all)$/;
/** A pronoun that opens a clause as its subject ("told POLITICO she was", "told Fox he'd"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i)(?:[’'](?:s|d|ll|re|ve|m))?$/;
/** Words that open the object of an -ing verb ("and questioning how", "and urging them to"). */
const ING_OBJECT = /^(?:that|how|what|whether|why|to|the|a|an|his|her|their|its|him|them|it|us|me)$/;
/** A verb in the past after a name ("Romney went further"), which ends the name's phrase. */
const PAST_VERB = /^(?:[a-z]{2,}ed|went|came|made|took|gave|got|had|has|have|is|was|were|are|did|does|ran|saw|left|met|spoke|began|became|won|lost|sent|held|kept|led|paid|stood|sat|brought|thought|felt|found|heard|meant|knew|broke|chose|drew|fought|rose|fell|wrote|threw|struck|spent|drove|flew|wore|hit|cut|shut|quit|sought|taught|caught|bought|built|swore|tore|stole|hid|dug|slid|bit)$/;
/** Adverbs that may end the words before a cue but name nobody ("Fact-checkers soon noted", "Roe also said"). */
const SPEAKER_ADVERB = /^(?:soon|also|later|then|now|again|still|often|once|too|even|already|recently|previously|repeatedly|further|first|last|never|quickly|[a-z]{3,}ly)$/;
/** A finite verb or modal that makes the words before it a clause's subject ("Cameron had ordered", "the fund was"). */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|[a-z]{3,}ed)$/;
/** Prepositions that open where or when something was said ("said during his speech", "wrote in a memo"). */
const PLACE_PREPS = /^(?:in|on|at|during|after|before|while|amid|via|through)$/;
/** The most words a reported question or a description runs before its comma: past this it is no clause (and a long page is not read again for each cue). */
const MAX_QUESTION = 60;
/** Cues that tell a thing as what its speaker holds it to be ("which she described as Y"); "what he called X" is left out: PolNeAR marks few of them (train 4 of 13 read, dev none of 3). */
const DESCRIBING_CUES = /^(?:describe|describes|described)$/;
/** Words that open a relative clause whose verb describes its object ("what Roe described as ...", "which he describes as ..."). */
const DESCRIBING_RELATIVE = /^(?:what|which|whom)$/;
/** Words between such a relative's speaker and its cue: auxiliaries and adverbs ("which he has long described as"). */
const DESCRIBING_FILLER = /^(?:has|have|had|once|also|often|repeatedly|later|since|previously|publicly|privately|[a-z]{3,}ly)$/;
/** Words after "called him a/an" that make it a call made, not a name given ("called him an hour later", "called them a cab"). */
const CALL_MADE_WORD = /^(?:hour|day|week|month|year|minute|second|few|couple|number|lot|cab|taxi|car|ambulance|doctor|lawyer)$/;
/** "said nothing about", "said little on": no content follows. */
const SAID_NOTHING = /^(?:nothing|little|much|anything)$/;



/**
 * Any cue word of the claim loop (a speech verb, "according"): a sentence without one has no
 * claim to find. \b is looser than our tokens (it also matches inside "well-said"), never stricter.
 */
const CUE_WORD = new RegExp(`\\b(?:${[...SPEECH_VERBS, ...FIGURE_VERBS, "according"].sort((a, b) => b.length - a.length).join("|")})\\b`, "i");

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
  let mainFrom = -1; // where the main clause starts after a subordinate clause whose content was cut ("While X said C, Y ...")
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
  // (a sentence with a quotation may still frame it with a verb of no list: see quoteFrame)
  if (!CUE_WORD.test(text.slice(sent.start, sent.end)) && !QUOTE_MARK.test(text.slice(sent.start, sent.end)) && text[sent.end - 1] !== ":") return;
  // tokens made here die young; caching them for every sentence cost more in garbage collection than it saved
  const toks = tokenize(text, sent.start, sent.end);
  const n = toks.length;
  // "Roe continued:" and a quotation as the next paragraph: the quotation is the claim, whatever cue the colon ends
  if (colonBlock()) return;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (!t.word || inQuote(t)) continue;
    const w = lowerOf(t);
    if (w === "according" && lowerOf(toks[i + 1]) === "to") {
      accordingTo(i);
      continue;
    }
    if (TOOK.test(w) && lowerOf(toks[i + 1]) === "note" && /^(?:of|that)$/.test(lowerOf(toks[i + 2]))) {
      tookNote(i);
      continue;
    }
    if (DESCRIBING_CUES.test(w) && describingRelative(i)) continue;
    if (w === "asked" && lowerOf(toks[i + 1]) === "by" && askedBy(i)) continue;
    if (!SPEECH_VERBS.has(w) && !FIGURE_VERBS.has(w)) continue;
    if (untoldFinding(i)) continue;
    // ("who is said to have clashed with", "was reported to be": hearsay about the subject, who says nothing; "said nothing", "said little": no claim)
    if (noSaying(i)) continue;
    // "is recalling 84,000 vehicles": a recall of things, not a memory told
    if (/^recall/.test(w) && (/^\d/.test(toks[i + 1]?.text ?? "") || /^(?:about|nearly|more|over|some)$/.test(lowerOf(toks[i + 1])) && /^\d/.test(toks[i + 2]?.text ?? ""))) continue;
    // "Secretary of State", "the Post": a capitalised cue word inside a name is no cue
    if (isCap(t.text) && i > 0 && /^(?:of|the|and|for)$/.test(lowerOf(toks[i - 1]))) continue;
    if ((w === "put" || w === "puts") && lowerOf(toks[i + 1]) === "it" && putIt(i)) continue;
    // ", saying", "...,” adding": a comma, inside a closing quotation or not, before the participle
    const commaBefore = toks[i - 1]?.text === "," || (isQuoteMark(toks[i - 1]) && text[toks[i - 1]!.start - 1] === ",");
    if (PARTICIPLES.has(w) && (commaBefore || /^(?:from|by|after|before|while|without|when)$/.test(lowerOf(toks[i - 1])))) {
      participle(i);
      continue;
    }
    verb(i);
  }
  // no frame read a claim: the first clear cue of the sentence still attributes what it governs
  if (out.length === first) fallback();

  /**
   * A cue word that tells no saying by its subject: "who is said to have clashed", "was reported to be" (hearsay about the
   * subject); "said nothing on Tuesday", "said little" (no claim; "said nothing had been decided" says that nothing had);
   * "asking not to be named", "speaking on condition of anonymity" (how a speaker spoke).
   */
  function noSaying(i: number): boolean {
    const w = lowerOf(toks[i]);
    // ("the judge ruled that ...": a ruling told; "ruled out a retrial", "ruled the country" are no saying)
    if (w === "ruled" && lowerOf(toks[i + 1]) !== "that") return true;
    // ("court papers show ...", "the data showed ...": a document or data shows; a person "shows" no claim)
    // (a poll's or data's showing is left to the figures it gives, which keep the poll they are read of: "the latest poll shows Vell at 27 percent")
    if (/^show(?:s|ed)?$/.test(w) && !DOCUMENT_WORDS.has(bare(toks[i - 1]?.text ?? ""))) return true;
    if (/^(?:said|reported|rumou?red|believed|thought|understood|alleged|known)$/.test(w) && /^(?:is|are|was|were|been|being|be)$/.test(lowerOf(toks[i - 1])) && lowerOf(toks[i + 1]) === "to") return true;
    if (/^(?:nothing|little)$/.test(lowerOf(toks[i + 1])) && (!toks[i + 2]?.word || /^(?:about|of|on|in|at|to|during|since|when|after|before|publicly|further|more|yesterday|today)$/.test(lowerOf(toks[i + 2])))) return true;
    return /^(?:asking|asked|requesting|requested|speaking|spoke|declining|declined)$/.test(w) && ANONYMITY.test(text.slice(toks[i]!.end, Math.min(sent.end, toks[i]!.end + 48)));
  }

  /**
   * The fallback reading of a sentence no frame made a claim of: its first cue that is no noun or verb
   * of another sense (AMBIGUOUS_CUES), outside quotes and not passive, with a speaker before it (the
   * phrase before the cue or the clause's subject) or, at the sentence's end, after it. What it
   * governs is the rest of the sentence, or for a cue at the end, the sentence before the speaker.
   */
  function fallback(): void {
    clauseFrom = 0;
    // a headline in title case ("Clinton Says Russians Hacked DNC"): its capitalised cue words are cues
    const words = toks.filter((x) => x.word);
    const titleCase = words.length >= 3 && words.filter((x) => isCap(x.text)).length >= words.length * 0.7;
    if (quoteFrame()) return;
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      const w = lowerOf(t);
      // "asked Sullivan to send the file", "asked for a recount": a request is said, as "urged" is
      // (and "asked whether voters would accept ...", "asked Clinton if she had ...": a question put in reported speech is said)
      const request = /^ask(?:s|ed)?$/.test(w) && (lowerOf(toks[i + 1]) === "for" || (() => {
        const o = phraseAfter(toks, i + 1, n);
        return !!o && lowerOf(toks[o.to]) === "to" && toks[o.to + 1]?.word === true;
      })() || w !== "ask" && (WH_CLAUSE.test(lowerOf(toks[i + 1])) || (() => {
        // (not the bare "ask" of a bidding or an infinitive: "Gently ask them if ...", "to ask whether")
        const o = phraseAfter(toks, i + 1, n);
        return (!!o && WH_CLAUSE.test(lowerOf(toks[o.to])) && toks[o.to + 1]?.word === true) || askedWh(i) > 0;
      })()));
      if (!t.word || inQuote(t) || !SPEECH_VERBS.has(w) || (AMBIGUOUS_CUES.has(w) && !request) || untoldFinding(i) || noSaying(i)) continue;
      // "Secretary of State", "WONDER WOMAN": a capitalised cue word past the sentence's start is part of a name
      if (i > 0 && isCap(t.text) && !titleCase) continue;
      // "call centers", "called to mind", "an event called Anti-Prom": "call" says only "for"/"on" something, or a quotation
      if (/^call/.test(w) && !/^(?:for|on)$/.test(lowerOf(toks[i + 1])) && !qs.some((q) => q.start > t.start && q.start < sent.end && q.words >= 1)) continue;
      if (/^call/.test(w) && /^(?:a|an|the|so)$/.test(lowerOf(toks[i - 1]))) continue;
      if (DETERMINER_BEFORE.test(lowerOf(toks[i - 1])) || /^(?:by|to)$/.test(lowerOf(toks[i + 1])) && !/^(?:ask|asked|asks|asking|call|calls|called|calling)$/.test(w)) continue;
      if (/^(?:is|are|was|were|be|been|being)$/.test(lowerOf(toks[i - 1])) && !/^ask/.test(w)) continue;
      let last = i >= n - 7 && i > 2 && (toks[i - 1]!.text === "," || (toks[i - 2]?.text === "," && toks[i - 1]!.word) || (toks[i - 3]?.text === "," && toks[i - 2]!.word && toks[i - 1]!.word));
      // "..., who has repeatedly pledged to ban ...": a relative clause or a verb's object is no speaker at the end
      const tail = toks.slice(i + 1).filter((x) => x.word);
      if (last && toks.slice(Math.max(0, i - 3), i).some((x) => /^(?:who|which|that|is|was|to)$/.test(lowerOf(x)))) continue;
      // "..., Clinton had asked Sullivan to send ...": a clause follows the cue, so it is no cue at the end
      if (last && tail.some((x) => /^(?:to|that|the|a|an)$/.test(lowerOf(x))) && toks[i - 1]!.text !== ",") last = false;
      if (last) {
        // "..., one senior aide recalled.", "..., recalled one aide."
        let k = i - 1;
        while (k > 0 && toks[k]!.text !== ",") k--;
        const fwd = k === i - 1 ? phraseAfter(toks, skipFillersFwd(toks, i + 1, n), n) : { from: k + 1, to: i };
        if (!fwd || fwd.to <= fwd.from) return;
        const c = contentBefore(k);
        if (c) push({ start: c[0], end: c[1], cue: t.text, cueStart: t.start, speakers: [span(fwd)], direct: isDirect(text, c[0], c[1], qs) });
        return;
      }
      const b = skipFillersBack(toks, i - 1, 0);
      // "did not mention", "doesn't tell", "never said": what was not said is no claim
      if (b >= 0 && /^(?:not|never|[a-z]+n[’']t)$/.test(lowerOf(toks[b]))) continue;
      // "ads calling the deal a mistake", "no apologies for accusing": an -ing form after a noun or a preposition is no cue here
      // "erred in saying", "responded by saying": the clause's subject says it
      const byIng = /ing$/.test(w) && /^(?:by|in|after|before|while|without|when)$/.test(lowerOf(toks[i - 1]));
      if (/ing$/.test(w) && toks[i - 1]?.text !== "," && !byIng) continue;
      // "makes no apologies for accusing", "a plan to say": after a preposition the cue is no verb of a speaker
      if (!byIng && b >= 0 && NP_STOP.has(lowerOf(toks[b])) && !/^(?:and|but|who|he|she|they|it)$/.test(lowerOf(toks[b]))) continue;
      let np: NounPhrase | null = byIng ? clauseSubject(i - 2) : b >= 0 && toks[b]!.word ? phraseBefore(toks, b, 0) : null;
      if (np && !isSpeakerPhrase(text, toks, np)) np = null;
      if (!np && b >= 0 && toks[b]!.word) np = plainPhrase(b);
      if (!np && b >= 0) np = clauseSubject(b);
      if (!np || np.from > i) return;
      let j = i + 1;
      if (ADDRESSEE_VERBS.has(w)) {
        const addr = addressee(j);
        if (addr) j = addr.to;
      }
      // "asked Karim Bello what he thought": the question opens at its wh-word, past whom it was put to
      if (request && askedWh(i) > 0) j = askedWh(i);
      j = skipAdverbials(j);
      if (lowerOf(toks[j]) === "that" || toks[j]?.text === ":" || toks[j]?.text === ",") j++;
      // "Biden said, clutching the lectern": an -ing clause after the cue is the writer's
      if (toks[j - 1]?.text === "," && /^[a-z]+ing$/.test(toks[j]?.text ?? "")) return;
      // "the patents asserted against Apple": a cue word before such a word modifies a noun
      // "sources described as familiar with": "as" after the cue makes it a description, not what was said
      if (/^(?:against|as)$/.test(lowerOf(toks[j]))) continue;
      const c = contentAfter(j);
      if (c) push({ start: c[0], end: c[1], cue: t.text, cueStart: t.start, speakers: [span(np)], direct: isDirect(text, c[0], c[1], qs) });
      return;
    }
  }

  /**
   * A quotation framed by any verb of its speaker, when no cue word frames it: "“Mexico!” the audience
   * screamed back.", "“This is fantastic!” beamed Jane Roe.", "And Roe gloated: “I told you so.”".
   * The quotation opens the sentence and a speaker and a verb follow, or a subject, a verb and a colon
   * or comma come before a quotation that ends it. True when a claim was read.
   */
  function quoteFrame(): boolean {
    const q0 = isQuoteMark(toks[0]) ? quoteAt(qs, toks[0]!.start) : undefined;
    if (q0 && q0.start === toks[0]!.start && q0.end < sent.end - 1) {
      let j = toks.findIndex((t) => t.start >= q0.end);
      while (j >= 0 && j < n && /^[,—–-]$/.test(toks[j]!.text)) j++;
      const t = toks[j];
      if (j < 0 || !t?.word) return false;
      let np: NounPhrase | null = null;
      if (!isCap(t.text) && VERB_FORM.test(lowerOf(t)) && !PRONOUNS.has(lowerOf(t))) {
        // "“This is fantastic!” beamed Jane Roe"
        np = phraseAfter(toks, j + 1, n);
        if (np && !(hasName(np) || headKind(lowerOf(toks[np.to - 1])) !== null)) np = null;
      } else {
        // "“Mexico!” the audience screamed back"
        let k = j + 1;
        while (k < n && k <= j + 6 && toks[k]!.word && !(VERB_FORM.test(toks[k]!.text) && !isCap(toks[k]!.text)) && !NP_STOP.has(lowerOf(toks[k]))) k++;
        np = k < n && toks[k]!.word && VERB_FORM.test(toks[k]!.text) ? { from: j, to: k } : null;
      }
      // a name, a pronoun, a known head, or a plain noun after a determiner ("the audience", "the email")
      const plainNp = !!np && np.to - np.from >= 2 && PLAIN_OPENERS.test(lowerOf(toks[np.from])) && !toks.slice(np.from + 1, np.to).some((x) => NP_STOP.has(lowerOf(x)));
      if (!np || np.to - np.from > 6 || !(plainNp || isSpeakerPhrase(text, toks, np))) return false;
      push({ start: q0.start, end: q0.end, cue: toks[np.to]?.word && np.from === j ? toks[np.to]!.text : t.text, cueStart: np.from === j ? toks[np.to]?.start ?? t.start : t.start, speakers: [span(np)], direct: true });
      return out.length > first;
    }
    // "And Roe gloated: “I told you he wouldn't be ready.”"
    for (let k = 2; k < n - 1; k++) {
      const mark = toks[k]!;
      if ((mark.text !== ":" && mark.text !== ",") || !isQuoteMark(toks[k + 1]) || inQuote(mark)) continue;
      const q = quoteAt(qs, toks[k + 1]!.start);
      if (!q || q.start !== toks[k + 1]!.start || q.words < MIN_CONTENT_WORDS || q.end < sent.end - 2) continue;
      const v = toks[k - 1]!;
      if (!v.word || isCap(v.text) || !VERB_FORM.test(lowerOf(v))) return false;
      const b = skipFillersBack(toks, k - 2, 0);
      let np: NounPhrase | null = b >= 0 && toks[b]!.word ? phraseBefore(toks, b, 0) : null;
      if (np && !isSpeakerPhrase(text, toks, np)) np = null;
      if (!np && b >= 0) np = clauseSubject(k - 2);
      if (!np) return false;
      push({ start: q.start, end: Math.min(q.end, sent.end), cue: v.text, cueStart: v.start, speakers: [span(np)], direct: true });
      return out.length > first;
    }
    return false;
  }

  /**
   * "Breitbart News responded:", "In a 1963 speech, he declared:", "The campaign released the following
   * statement:": a sentence that ends in a colon introduces the quotation that follows it as a paragraph
   * of its own. The claim is the quotation's, so it is filed under the quotation's sentence (the next one),
   * where the quotations that run on after it find it.
   */
  function colonBlock(): boolean {
    if (n < 3 || toks[n - 1]!.text !== ":") return false;
    let at = sent.end;
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const q = quoteAt(qs, at);
    if (!q || q.start !== at || q.words < MIN_CONTENT_WORDS) return false;
    // only a quotation that stands alone: nothing but its closing punctuation after it on its line
    if (!/^[\s.,!?”"’']*(?:\n|$)/.test(text.slice(q.end, q.end + 6))) return false;
    const v = toks[n - 2]!;
    let np: NounPhrase | null = null;
    if (v.word && !isCap(v.text) && VERB_FORM.test(v.text)) {
      const b = skipFillersBack(toks, n - 3, 0);
      np = b >= 0 && toks[b]!.word ? phraseBefore(toks, b, 0) : null;
      if (np && !isSpeakerPhrase(text, toks, np)) np = null;
    }
    if (!np) np = clauseSubject(n - 2);
    if (!np) return false;
    out.push({ start: q.start, end: q.end, cue: toks[np.to]?.word ? text.slice(toks[np.to]!.start, toks[n - 1]!.end) : ":", cueStart: toks[np.to]?.word ? toks[np.to]!.start : toks[n - 1]!.start, speakers: [span(np)], direct: true, sentence: sent.index + 1 });
    return true;
  }

  function push(c: Omit<RawClaim, "sentence">): void {
    if (c.end <= c.start) return;
    if (countWords(text, c.start, c.end) < MIN_CONTENT_WORDS && !isDirect(text, c.start, c.end, qs) && !(/^den/i.test(c.cue) && DENIED.test(text.slice(c.start, c.end)))) return;
    out.push({ ...c, sentence: sent.index });
  }

  function span(np: NounPhrase, aside?: [number, number]): SpeakerSpan {
    // "But many", "Fact-checkers soon": a coordinator before the phrase and an adverb after it are no part of the speaker
    let { from, to } = np;
    while (to - from > 1 && /^(?:but|and|yet|so|or)$/i.test(toks[from]!.text)) from++;
    // ("10:45 The governor's office says", "1:15 p.m. Police said": a live report's time stamp is no part of who speaks)
    const stamp = (k: number) => /^\d\d$/.test(toks[k]!.text) && /^[:.]$/.test(toks[k - 1]?.text ?? "") && /^\d{1,2}$/.test(toks[k - 2]?.text ?? "") || /^\d{1,2}[.:]\d\d$/.test(toks[k]!.text) || /^[ap]\.?m\.?$/i.test(toks[k]!.text) && /\d/.test(toks[k - 1]?.text ?? "");
    while (to - from > 1 && stamp(from) && toks[from + 1]!.word && /^\p{Lu}|^[ap]\.?m\.?$/iu.test(toks[from + 1]!.text)) from++;
    while (to - from > 1 && SPEAKER_ADVERB.test(toks[to - 1]!.text) && !LY_NOUNS.test(toks[to - 1]!.text)) to--;
    return { start: toks[from]!.start, end: toks[to - 1]!.end, ...(aside ? { aside } : {}) };
  }

  /** Content after token index j to the sentence end (a quote right after: the quote). */
  function contentAfter(j: number): [number, number] | null {
    if (j >= n) return null;
    const q = quoteAt(qs, toks[j]!.start);
    if (q && q.start === toks[j]!.start && q.end >= sent.end - 2) return [q.start, Math.min(q.end, sent.end)];
    // "Podesta, who said the project was vetted by counsel, said he was unaware of it": a cue in a relative clause says what runs
    // to the comma before the main clause's own cue, which the speaker before "who" says anew
    // (looked for within MAX_RELATIVE tokens: a sentence of a thousand relative clauses is not read to its end for each)
    if (toks.slice(Math.max(clauseFrom, j - 4), j).some((t) => t.lower === "who")) {
      for (let k = j + 2; k < Math.min(n - 1, j + MAX_RELATIVE); k++) {
        const t = toks[k]!;
        if (t.text !== "," || inQuote(t)) continue;
        const nx = toks[k + 1]!;
        // (a cue of another sense too counts with a that-clause or a quotation after it: "..., tweeted that ...")
        const opens = lowerOf(toks[k + 2]) === "that" || isQuoteMark(toks[k + 2]) || toks[k + 2]?.text === ":";
        if (nx.word && !isCap(nx.text) && SPEECH_VERBS.has(nx.text) && !/ing$/.test(nx.text) && (!AMBIGUOUS_CUES.has(nx.text) || opens)) {
          mainFrom = clauseFrom;
          return content(text, toks[j]!.start, t.start);
        }
      }
    }
    // "denied that X, however, appearing to rely on ...", "said X, citing costs": an -ing clause after a comma is
    // the writer's, not what was said (a cue among them starts a claim of its own)
    for (let k = j + 2; k < n; k++) {
      const t = toks[k]!;
      // "said X and questioned how ...", "said X, and he railed against ...": the speaker's next act ends what was said
      if (/^(?:and|but)$/.test(t.text) && !inQuote(t)) {
        let m = k + 1;
        if (/^(?:he|she|they|it)$/.test(lowerOf(toks[m]))) m++;
        m = skipFillersFwd(toks, m, n);
        const v = toks[m];
        // "calling it a disgrace and asserting that ...", "said X and questioning how ...": an -ing verb with an object after "and" is the next act too
        const ingAct = !!v?.word && m === k + 1 && /^[a-z]{3,}ing$/.test(v.text) && !NOT_ING_CLAUSE.test(v.text) && (PARTICIPLES.has(v.text) || ING_OBJECT.test(lowerOf(toks[m + 1])) || isQuoteMark(toks[m + 1]));
        // ("said the heat and unsettled weather could last": an -ed word after too few words to be a clause is an adjective)
        // (the coordinated phrase is the subject of an auxiliary or modal that follows it)
        const adjective = /^[a-z]{3,}ed$/.test(v?.text ?? "") && countWords(text, toks[j]!.start, t.start) < MIN_CONTENT_WORDS && toks.slice(m + 2, m + 5).some((x) => /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)$/.test(x.text));
        const clauseBefore = !adjective;
        if (v?.word && !isCap(v.text) && (/^[a-z]{3,}ed$/.test(v.text) || FINITE_IRREGULAR.test(v.text) || ingAct) && lowerOf(toks[m + 1]) !== "by" && clauseBefore) {
          const cut = toks[k - 1]!.text === "," ? toks[k - 1]!.start : t.start;
          const c = content(text, toks[j]!.start, cut);
          return c[1] > c[0] ? c : null;
        }
      }
      if (!t.word || isCap(t.text) || !/^[a-z]{3,}ing$/.test(t.text) || NOT_ING_CLAUSE.test(t.text) || inQuote(t)) continue;
      const prev = toks[k - 1]!;
      const comma = prev.text === "," || (isQuoteMark(prev) && text[prev.start - 1] === ",");
      if (!comma) continue;
      // "says Millennials, numbering 75 million, surpassed ...": an -ing aside after the content's first words is no end of it
      if (countWords(text, toks[j]!.start, prev.start) < MIN_CONTENT_WORDS) continue;
      const c = content(text, toks[j]!.start, prev.text === "," ? prev.start : prev.end);
      return c[1] > c[0] ? c : null;
    }
    // "While Roe said that C, he appears uneasy": a cue in a clause opened by a subordinator says only what runs to that clause's comma
    const sub = subordinateEnd(j);
    if (sub > 0) {
      mainFrom = sub + 1;
      return content(text, toks[j]!.start, toks[sub]!.start);
    }
    return content(text, toks[j]!.start, sent.end);
  }

  /**
   * The comma that ends a subordinate clause holding the cue ("Although Roe claimed C, experts ..."), when the
   * clause opens the sentence with SUBORDINATOR and a main clause (a pronoun, a name or a determiner) follows the comma; or -1.
   */
  function subordinateEnd(j: number): number {
    let s = clauseFrom;
    if (/^(?:but|and|yet)$/.test(lowerOf(toks[s]))) s++;
    if (!SUBORDINATOR.test(lowerOf(toks[s])) || s >= j) return -1;
    for (let k = j + 2; k < n - 2; k++) {
      const t = toks[k]!;
      // (a comma before a quotation's closing mark ends the clause too: "Although Roe admitted they had “been friends,” he claimed ...")
      const closing = t.text === "," && isQuoteMark(toks[k + 1]) && inQuote(t) && !inQuote(toks[k + 2] ?? t);
      if (t.text !== "," || inQuote(t) && !closing) continue;
      if (closing) k++;
      const after = toks[k + 1]!;
      if (!after.word || inQuote(after)) continue;
      const x = lowerOf(after);
      if (MAIN_SUBJECT.test(x) || (isCap(after.text) && !CLAUSE_GOES_ON.test(x) && !PARTICIPLES.has(x))) return k;
      // "..., auditors said ...": a short phrase and a cue of saying open the main clause
      for (let m = k + 2; m < n && m <= k + 5 && toks[m - 1]!.word && !CLAUSE_GOES_ON.test(lowerOf(toks[m - 1])); m++) {
        if (toks[m]!.word && !isCap(toks[m]!.text) && SPEECH_VERBS.has(toks[m]!.text) && !/ing$/.test(toks[m]!.text)) return k;
      }
    }
    return -1;
  }

  /** Content before token index j (the comma before the speaker), from the clause start. */
  /** "the study found that ...", "auditors found that ...": a finding is told only with "that" and a named finder ("found a way", "found him guilty", "they found" tell nothing). */
  function untoldFinding(i: number): boolean {
    // ("..., a survey by the chamber found.": a study's finding told at the sentence's end, after the finding)
    if (/^(?:found|finds)$/.test(lowerOf(toks[i])) && !toks[i + 1]?.word && !isQuoteMark(toks[i + 1]) && FINDERS.test(lowerOf(toks[i - 1]))) return false;
    return /^(?:found|finds)$/.test(lowerOf(toks[i])) && (lowerOf(toks[i + 1]) !== "that" || /^(?:he|she|they|it|we|i|you|who|which)$/.test(lowerOf(toks[i - 1])));
  }

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
    // "according to its mayor", "according to their lawyers": a possessive opens the role
    const poss = POSSESSIVES.test(lowerOf(toks[i + 2]));
    let np = phraseAfter(toks, poss ? i + 3 : i + 2, n);
    if (np && poss) np = { from: i + 2, to: np.to };
    if (!np) return;
    // "according to complete but unofficial returns", "Democratic and independent analysts": modifiers joined before their noun
    if (/^(?:and|but|or)$/.test(lowerOf(toks[np.to])) && !isSpeakerPhrase(text, toks, np) && !DATA_WORDS.has(bare(toks[np.to - 1]!.text)) && !hasName(np) || /^(?:and|but|or)$/.test(lowerOf(toks[np.to])) && np.to - np.from === 1 && ADJECTIVE_LIKE.test(toks[np.from]!.text)) {
      const more = phraseAfter(toks, np.to + 1, n);
      if (more && more.to - np.from <= MAX_CITED_TOKENS && (isSpeakerPhrase(text, toks, more) || DATA_WORDS.has(bare(toks[more.to - 1]!.text)))) np = { from: np.from, to: more.to };
    }
    // "according to one of his senior aides", "according to officials familiar with the talks", "a new article in
    // Politico": the phrase goes on past "of", "familiar with", "close to" and a place or outlet
    for (let guard = 0; guard < 2 && np.to < n; guard++) {
      const x = lowerOf(toks[np.to]);
      const tail = /^(?:familiar|close)$/.test(lowerOf(toks[np.to - 1])) && /^(?:with|to)$/.test(x);
      const k = /^(?:familiar|close)$/.test(x) && /^(?:with|to)$/.test(lowerOf(toks[np.to + 1])) ? np.to + 2 : tail || /^(?:of|in|at|from|for)$/.test(x) ? np.to + 1 : -1;
      if (k < 0) break;
      const more = phraseAfter(toks, k, n);
      if (!more || more.to - np.from > MAX_CITED_TOKENS) break;
      np = { from: np.from, to: more.to };
    }
    // "according to the results", "according to a count by the AP": data and documents are cited too
    const data = DATA_WORDS.has(bare(toks[np.to - 1]!.text));
    // "according to" is a cue of nothing else: any noun phrase after it is cited, but no bare pronoun other than a person's
    const cited = np.to - np.from > 1 ? !MUTE_CITED.test(lowerOf(toks[np.from])) || np.to - np.from > 2 : !/^(?:it|this|that|these|those|one|some|many|all|me|us|you|them)$/.test(lowerOf(toks[np.from]));
    if (!data && !cited && !isSpeakerPhrase(text, toks, np)) return;
    // ("according to the official tally released by the Electoral Board": its maker)
    const madeBy = data && /^(?:released|published|compiled|issued|produced|collected|conducted|carried)$/.test(lowerOf(toks[np.to])) && lowerOf(toks[np.to + 1]) === "by" ? 1 : 0;
    if (data && /^(?:by|from|of)$/.test(lowerOf(toks[np.to + madeBy]))) {
      const more = phraseAfter(toks, np.to + madeBy + 1, n);
      if (more && hasName(more) && more.to - np.from <= MAX_CITED_TOKENS) np = { from: np.from, to: more.to };
    }
    const atStart = i === clauseFrom || (i === clauseFrom + 1 && /^(?:but|and)$/.test(lowerOf(toks[clauseFrom])));
    let speakers = coordinated(np);
    let aside: [number, number] | undefined;
    // "..., according to its mayor, Jane Roe.": the name after one person's role speaks; the role describes her
    const who = speakers.length === 1 && personRole(np) ? namedAfterRole(np) : np;
    if (who !== np && !(atStart && /^\d/.test(toks[who.to + 1]?.text ?? ""))) {
      speakers = [who];
      aside = [toks[np.from]!.start, toks[np.to - 1]!.end];
    }
    const last = speakers.length ? speakers[speakers.length - 1]! : np;
    let c: [number, number] | null;
    if (atStart) {
      let j = last.to;
      while (j < n && toks[j]!.text !== ",") j++;
      c = contentAfter(j + 1);
    } else {
      c = contentBefore(i);
      // "Roe told the board that C, according to a report": what a claim of this sentence says runs to the comma, and
      // the whole clause before it, the claim and its speaker, is the cited source's
      if (!c && reportedAround(i, last)) c = content(text, toks[0]!.start, toks[i - 1]!.start);
      // "The plan, according to the ministry, will cost ...": in commas inside a clause, the whole clause is the claim
      const after = toks[last.to + 1];
      if (c && toks[i - 1]?.text === "," && toks[last.to]?.text === "," && after?.word && !isCap(after.text) && !CLAUSE_GOES_ON.test(lowerOf(after)) && !PARTICIPLES.has(lowerOf(after)) && !inQuote(after)) {
        const whole = content(text, c[0], sent.end);
        push({ start: whole[0], end: whole[1], cue: "according to", cueStart: t0(i), speakers: speakers.map((s) => span(s, aside)), direct: isDirect(text, whole[0], whole[1], qs) });
        clauseFrom = n;
        return;
      }
    }
    if (c) push({ start: c[0], end: c[1], cue: "according to", cueStart: t0(i), speakers: speakers.map((s) => span(s, aside)), direct: isDirect(text, c[0], c[1], qs) });
    clauseFrom = Math.min(n, last.to);
  }

  /**
   * "Asked by Starnes if he believed ..., Roe said", "..., Roe said when asked by a reporter whether ...": the one
   * named after "by" put the question, which runs from its wh-word (or "about", "to") to the next comma. True when read.
   */
  function askedBy(i: number): boolean {
    const j = questionAt(i + 2, /^(?:about|to)$/);
    if (j < 0) return false;
    const np: NounPhrase = { from: i + 2, to: j };
    if (!isSpeakerPhrase(text, toks, np)) return false;
    let e = j + 1;
    // (a question is a clause, not a page: at most MAX_QUESTION words before its comma)
    while (e < n && e < j + MAX_QUESTION && toks[e]!.text !== "," && !(isQuoteMark(toks[e]) && quoteAt(qs, toks[e]!.start)?.start === toks[e]!.start && e > j + 1 && toks[e - 1]!.text === ",")) e++;
    if (e >= j + MAX_QUESTION) return false;
    const c = content(text, toks[j]!.start, toks[e - 1]!.end);
    push({ start: c[0], end: c[1], cue: toks[i]!.text, cueStart: t0(i), speakers: [span(np)], direct: isDirect(text, c[0], c[1], qs) });
    return out.length > 0 && out[out.length - 1]!.start === c[0];
  }

  /**
   * "asked Karim Bello what he thought", "asked the young woman whether ...": the index of the wh-word that opens a
   * question put to a short addressee (a name, a pronoun, a plain phrase) right after the cue, or -1.
   */
  function askedWh(i: number): number {
    return /^ask(?:s|ed)$/.test(lowerOf(toks[i])) ? questionAt(i + 1, null) : -1;
  }

  /** The index of a question's wh-word (or a word of `also`) after a phrase of one to five words that starts at `from`, or -1. */
  function questionAt(from: number, also: RegExp | null): number {
    for (let m = from + 1; m < n && m <= from + MAX_PLAIN_WORDS; m++) {
      const t = toks[m]!;
      if (!t.word) return -1;
      if (WH_CLAUSE.test(lowerOf(t)) || also?.test(lowerOf(t))) return toks[m + 1]?.word ? m : -1;
      if (NP_STOP.has(lowerOf(t)) && !PLAIN_OPENERS.test(lowerOf(t)) && !/^(?:him|her|them|me|us|you)$/.test(lowerOf(t))) return -1;
    }
    return -1;
  }

  /**
   * "Florida, which he describes as his second home", "what Roe described as a “piece of history”": a relative clause
   * whose verb describes its object says what the speaker between them holds it to be. The claim runs from the relative
   * word to the description's end (a comma, a dash, "and"/"but", or the quotation it opens). True when one was read.
   */
  function describingRelative(i: number): boolean {
    let k = i - 1;
    while (k > 0 && DESCRIBING_FILLER.test(lowerOf(toks[k])) && !LY_NOUNS.test(toks[k]!.text)) k--;
    if (k < 1 || !toks[k]!.word || lowerOf(toks[i + 1]) !== "as" || i + 2 >= n) return false;
    // the speaker: the words between the relative word and the cue ("what the foreman described as")
    let r = k;
    while (r > 0 && r > k - MAX_PLAIN_WORDS && toks[r]!.word && !DESCRIBING_RELATIVE.test(lowerOf(toks[r]))) r--;
    if (r === k || !DESCRIBING_RELATIVE.test(lowerOf(toks[r])) || inQuote(toks[r]!)) return false;
    const np: NounPhrase = { from: r + 1, to: k + 1 };
    // "asked what he described as ...": after a verb of asking or knowing, "what" opens a question
    if (/^(?:ask|asks|asked|asking|know|knows|knew|wonder|wonders|wondered|explain|explains|explained|said|says|say)$/.test(lowerOf(toks[np.from - 2]))) return false;
    if (!isSpeakerPhrase(text, toks, np) && !(np.to - np.from === 1 && PRONOUNS.has(lowerOf(toks[np.from])))) return false;
    const j = i + 2;
    // the description ends at its quotation's close, or at the clause's next comma, dash, semicolon or coordinator
    const q = isQuoteMark(toks[j]) ? quoteAt(qs, toks[j]!.start) : undefined;
    let e = j;
    if (q && q.start === toks[j]!.start) while (e < n && toks[e]!.start < q.end) e++;
    else while (e < n && e < j + MAX_QUESTION && !/^(?:[,;:—–()]|and|but|or|while|because)$/.test(toks[e]!.text)) e++;
    if (e <= j || e >= j + MAX_QUESTION) return false;
    const c = content(text, toks[np.from - 1]!.start, toks[e - 1]!.end);
    push({ start: c[0], end: c[1], cue: toks[i]!.text, cueStart: t0(i), speakers: [span(np)], direct: isDirect(text, c[0], c[1], qs) });
    return true;
  }

  /**
   * "X told Y that C, according to a report.": a claim read before a closing ", according to SOURCE" (nothing
   * after the source but an aside) ran over it. True when so, with that claim cut at the comma.
   */
  function reportedAround(i: number, source: NounPhrase): boolean {
    const sourceEnd = source.to;
    // (a phrase read short, "according to a newly ...", names no source to give the clause to)
    const named = span(source);
    if (out.length <= first || toks[i - 1]?.text !== "," || PLAIN_OPENERS.test(text.slice(named.start, named.end).toLowerCase())) return false;
    const prev = out[out.length - 1]!;
    if (!(prev.start < t0(i) && prev.end > t0(i)) || quoteAt(qs, t0(i))) return false;
    const rest = toks[sourceEnd];
    // (after the source: the sentence's end, or a clause about it: "who ...", ", which ...", "released Thursday", "to be published")
    const aside = /^(?:which|who|whose|that|to|[a-z]+ed)$/.test(rest?.text ?? "") || (rest?.text === "," && /^(?:which|who|whose|a|an|the)$/.test(lowerOf(toks[sourceEnd + 1])));
    if (rest && !aside && !(sourceEnd === n - 1 && !rest.word)) return false;
    const cut = trimSpan(text, prev.start, toks[i - 1]!.start)[1];
    if (cut <= prev.start) return false;
    out.pop();
    return true;
  }

  /** A role one person holds, with a determiner or possessive ("its mayor", "the company's spokesman"), not a body ("police"). */
  function personRole(np: NounPhrase): boolean {
    if (np.to - np.from < 2 || hasName(np)) return false;
    const head = lowerOf(toks[np.to - 1]);
    if (/[^s]s$/.test(head)) return false;
    const kind = headKind(head);
    const role = kind === "person" || kind === "anonymous" || TITLES.has(head) || (kind === null && isRoleNoun(head));
    const opened = POSSESSIVES.test(lowerOf(toks[np.from])) || /^(?:the|a|an)$/.test(lowerOf(toks[np.from])) || toks.slice(np.from, np.to - 1).some((t) => /[’']s$/.test(t.text));
    return role && opened;
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

  /**
   * A plain noun phrase ending at token b ("one longtime friend", "the NFL legend", "Exit polls"):
   * lower-case nouns and modifiers after a determiner, a name, or the clause's edge. Null when the
   * words before the cue are no noun phrase ("it was", "the plan is").
   */
  function plainPhrase(b: number): NounPhrase | null {
    const head = toks[b]!;
    if (!head.word || head.text.length < 3 || NOT_PLAIN.test(lowerOf(head)) || NP_STOP.has(lowerOf(head)) || PRONOUNS.has(lowerOf(head)) || /ing$|ed$/.test(lowerOf(head))) return null;
    let k = b - 1;
    while (k >= clauseFrom && b - k < MAX_PLAIN_WORDS) {
      const t = toks[k]!;
      if (!t.word) break;
      const x = lowerOf(t);
      if (PLAIN_OPENERS.test(x) || /[’']s$/.test(t.text)) {
        k--;
        break;
      }
      if (NOT_PLAIN.test(x) || (NP_STOP.has(x) && !isCap(t.text))) break;
      k--;
    }
    // what stands before the phrase: the clause's edge, punctuation, or a coordinator
    const edge = toks[k];
    if (k >= clauseFrom && edge && edge.word && !/^(?:and|but|while|as|because|though|although|if|when|so|since|that)$/.test(lowerOf(edge)) && !PLAIN_OPENERS.test(lowerOf(toks[k + 1]))) return null;
    return { from: k + 1, to: b + 1 };
  }

  /**
   * The subject of the clause a cue at token b+1 stands in, when nothing right before the cue names
   * one: the first noun phrase of the clause (after an opening adverbial and its comma), if a name, a
   * pronoun or a known head; the words between it and the cue are asides ("Murphy, though, said").
   */
  function clauseSubject(b: number): NounPhrase | null {
    let s = clauseFrom;
    if (/^(?:but|and|so|yet|still|now|then)$/.test(lowerOf(toks[s]))) s++;
    // "PHILADELPHIA — ...": a dateline is nobody
    let d = s;
    while (d < b && /^\p{Lu}[\p{Lu}.,'’-]*$/u.test(toks[d]!.text) && toks[d]!.text.length > 1) d++;
    if (d > s && /^[—–-]$/.test(toks[d]?.text ?? "")) s = d + 1;
    // "In Iowa, ...", "Reached by phone, ...", "Recently, ...": an opening adverbial ends at its comma
    const first = toks[s]?.text ?? "";
    if (s < n && toks[s]!.word && (!isCap(first) || CLAUSE_OPENER.test(first) || /^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(first))) {
      let k = s;
      while (k < b && toks[k]!.text !== ",") k++;
      if (toks[k]?.text !== "," || k >= b) return null;
      s = k + 1;
    }
    if (s > b) return null;
    const np = untilVerb(phraseAfter(toks, s, b + 1));
    if (!np || np.to - np.from > 8 || np.to > b + 1) return null;
    const head = lowerOf(toks[np.to - 1]);
    const pronoun = np.to - np.from === 1 && /^(?:he|she|they)$/.test(head);
    if (!pronoun && !hasName(np) && headKind(head) === null) return null;
    if (!isSpeakerPhrase(text, toks, np)) return null;
    // between the subject and the cue: asides and the verbs of its predicate, but no quotation or second clause
    const gap = toks.slice(np.to, b + 1);
    if (gap.some((t) => isQuoteMark(t) || t.text === ";" || t.text === ":")) return null;
    if (gap.length > MAX_SUBJECT_GAP) return null;
    return np;
  }

  /** "adding to his Super Tuesday victories": to add to a thing is no saying ("added to reporters" is). j: the token after the cue. */
  function addingTo(w: string, j: number): boolean {
    if (!/^add(?:s|ed|ing)?$/.test(w) || lowerOf(toks[j]) !== "to") return false;
    const to = /^(?:the|a|an)$/.test(lowerOf(toks[j + 1])) ? lowerOf(toks[j + 2]) : lowerOf(toks[j + 1]);
    return !/^(?:reporters|journalists|press|media|crowd|audience|committee|board|panel|listeners|viewers|supporters)$/.test(to);
  }

  function participle(i: number): void {
    const j = lowerOf(toks[i + 1]) === "that" ? i + 2 : i + 1;
    if (addingTo(lowerOf(toks[i]), i + 1)) return;
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
      out[prev]!.direct = isDirect(text, out[prev]!.start, out[prev]!.end, qs);
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
    const np = untilVerb(phraseAfter(toks, s, n));
    // "A spokesman for Mayor Jane Roe of Springfield defended ...": a phrase that ends at its verb may run longer
    if (!np || np.to - np.from > (PAST_VERB.test(toks[np.to]?.text ?? "") ? 10 : 6)) return null;
    // "Trump further summed up ...": an adverb after the name is no part of it
    while (np.to - np.from > 1 && SPEAKER_ADVERB.test(toks[np.to - 1]!.text)) np.to--;
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
    // "the justice sounded off on Trump, saying ...": a determiner and a noun right before the clause's verb are its subject too
    const plainSubject = np.to - np.from <= 4 && /^(?:the|this|that)$/.test(w) && PAST_VERB.test(toks[np.to]?.text ?? "");
    if (!nameOf(toks, np) && !(np.to - np.from === 1 && (w === "he" || w === "she" || w === "they")) && !knownHead && !plainSubject) return null;
    return np;
  }

  function verb(i: number): void {
    const cue = toks[i]!;
    const w = lowerOf(cue);
    // passive: "claimed by"; but "said by telephone" is a way of saying
    if (lowerOf(toks[i + 1]) === "by" && !BY_MEANS.test(lowerOf(toks[i + 2]))) return;
    // "the state of Vermont", "a claim", "their answer": after a determiner the cue word is a noun
    if (DETERMINER_BEFORE.test(lowerOf(toks[i - 1]))) return;
    // ("Beat the eggs, then add the salt": a cue after ", then" with no subject of its own is a bidding)
    if (lowerOf(toks[i - 1]) === "then" && toks[i - 2]?.text === "," && !/(?:ed|s)$/.test(w) && !FINITE_IRREGULAR.test(w)) return;
    // ("the patents asserted against Apple include ...": a participle after a plural of things, before a preposition, describes them)
    if (/ed$/.test(w) && /^(?:against|by|for|from|in|on|over|under|into|during)$/.test(lowerOf(toks[i + 1])) && toks[i - 1]?.word && !isCap(toks[i - 1]!.text) && /[^su]s$/.test(toks[i - 1]!.text) && !/^(?:has|was|is|does|his|hers|its|this|thus|as|yes|always|perhaps|afterwards|sometimes|nevertheless)$/.test(toks[i - 1]!.text) && !isSpeakerPhrase(text, toks, { from: i - 1, to: i })) return;
    // "Editor's note:", "the author's notes", "Roe's remark": after a possessive, "note" and "remark" are nouns
    if (/^(?:note|notes|remark|remarks)$/.test(w) && /[’']s$/.test(toks[i - 1]?.text ?? "") && !CONTRACTION.test(lowerOf(toks[i - 1]))) return;
    // "a port for charging phones": an -ing form after a preposition is no cue of a speaker's
    if (/ing$/.test(w) && /^(?:for|of|about|on|at|with|into)$/.test(lowerOf(toks[i - 1]))) return;
    // "continues to insist", "has continued to deny": saying still
    const continued = lowerOf(toks[i - 1]) === "to" && CONTINUED.test(lowerOf(toks[i - 2]));
    // "continues to maintain a lead": after "continue to", only a cue of saying with a clause or quote says
    if (continued && !/^(?:insist|deny|say|claim|argue|assert|contend)/.test(w) && lowerOf(toks[i + 1]) !== "that" && !isQuoteMark(toks[i + 1])) return;
    // (an adverb may stand between: "can still add", "will also announce")
    const modalAt = SPEAKER_ADVERB.test(lowerOf(toks[i - 1])) ? i - 2 : i - 1;
    if (!continued && /^(?:to|will|would|could|should|might|must|may|can)$/.test(lowerOf(toks[modalAt])) && !/ed$/.test(w) && w !== "said") {
      // "declined to say", "will announce": not yet said, unless what follows is a that-clause
      if (lowerOf(toks[i + 1]) !== "that") return;
    }
    // "continues to deny ...": the cue is the verb after "to"
    if (CONTINUED.test(w) && lowerOf(toks[i + 1]) === "to") return;
    // "pointed out (that)": a cue of two words; "point" alone is no cue
    if (/^point/.test(w) && lowerOf(toks[i + 1]) !== "out") return;
    // "put the toll at 40", "estimated the cost at $2 billion": a figure verb attributes only with its figure
    const figEnd = FIGURE_VERBS.has(w) ? figureAt(i) : -1;
    if (figEnd < 0 && !SPEECH_VERBS.has(w)) return;
    // "X put the toll at 40 and said ...", "She says ..., but insists ...": the speaker of the claim before goes on
    if (goesOn(i, figEnd)) return;
    const weak = WEAK_VERBS.has(w) || QUOTE_ONLY_VERBS.has(w);
    const quoteOnly = QUOTE_ONLY_VERBS.has(w);
    const calling = /^call/.test(w);
    const accusing = /^accus/.test(w);
    // the speaker before the cue
    let b = skipFillersBack(toks, continued ? i - 3 : i - 1, clauseFrom);
    if ((/ing$/.test(w) || (continued && /ing$/.test(lowerOf(toks[i - 2])))) && /^(?:is|are|was|were|isn’t|isn't|aren't|wasn't|been)$/.test(lowerOf(toks[b]))) b = skipFillersBack(toks, b - 1, clauseFrom);
    // "Sen. Jane Roe (D-Ky.) said": skip a parenthesis after the name
    if (b > clauseFrom && toks[b]!.text === ")") {
      let k = b - 1;
      while (k > clauseFrom && toks[k]!.text !== "(") k--;
      if (toks[k]?.text === "(" && b - k <= 8) b = skipFillersBack(toks, k - 1, clauseFrom);
    }
    // ("Roe, the union's chairman, while speaking with journalists on Saturday, said": an aside of how or when the speaker spoke
    // stands between the speaker's phrase and the cue)
    if (b > clauseFrom && toks[b]!.text === ",") {
      let k = b - 1;
      while (k > clauseFrom && b - k <= 12 && toks[k]!.text !== ",") k--;
      if (k > clauseFrom && toks[k]!.text === "," && (/^(?:while|when|after|before)$/.test(lowerOf(toks[k + 1])) && /ing$/.test(lowerOf(toks[k + 2])) || /^(?:speaking|addressing|briefing|responding|reacting|testifying|writing)$/.test(lowerOf(toks[k + 1])))) b = k;
    }
    let aside: [number, number] | undefined;
    let before: NounPhrase | null = null;
    let plain = false; // a plain noun phrase taken as speaker (see plainPhrase)
    let phraseFrom = -1; // where the speaker's whole phrase starts, appositions included
    if (b > clauseFrom && toks[b]!.text === "who" && !isQuoteMark(toks[b - 1])) {
      // "Republicans, who say the senator lacks experience": the phrase before "who" speaks
      const e = toks[b - 1]!.text === "," ? b - 2 : b - 1;
      // "“...,” said Beck, who said there were ...": the inverted speaker before is the one who speaks again
      const np = e >= clauseFrom ? phraseBefore(toks, e, clauseFrom) : e >= 0 && e === clauseFrom - 1 && out.length > first ? phraseBefore(toks, e, 0) : null;
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
    } else if (b > clauseFrom && toks[b]!.text === "%" && /^\d[\d.]*$/.test(toks[b - 1]!.text) && STRONG_VERBS.has(w) && (b - 1 === clauseFrom || !toks[b - 2]!.word || /^(?:and|but|while|whereas|just|only|about|nearly|some|almost|roughly)$/i.test(toks[b - 2]!.text))) {
      // "42% say they are liberal": a share of people polled, written with its sign
      before = { from: b - 1, to: b + 1 };
    } else if (b > clauseFrom && POLLED_PARTICIPLE.test(lowerOf(toks[b])) && POLLED_PEOPLE.test(toks[b - 1]!.text) && STRONG_VERBS.has(w)) {
      // "those surveyed say", "voters polled said": the poll's respondents
      before = { from: b - 1, to: b + 1 };
    } else if (b >= clauseFrom && toks[b]!.word) {
      before = phraseBefore(toks, b, clauseFrom);
      // ("Voters in Osk who watched the debate said", "People with direct knowledge of the work said", "The last candidate to
      // run as an independent says": the clause's subject, a noun of persons, and what is said of it before its cue)
      const candidate = STRONG_VERBS.has(w) ? subjectWithModifier(b) : null;
      // (the phrase right before the cue is then inside what is said of the subject: "of Varn's work", "the debate")
      // (or holds the subject and runs on to a head of no one: "People with direct knowledge of Varn's work"; not "Officials in Marovia", "the Ministry of Health")
      const ownHead = (np: NounPhrase) => { const h = toks[np.to - 1]!; return isCap(h.text) || isSpeakerPhrase(text, toks, { from: np.to - 1, to: np.to }); };
      const modified = candidate && (!before || before.from >= candidate.to || before.from <= candidate.from && before.to > candidate.to && !ownHead(before)) ? candidate : null;
      if (modified) {
        before = modified;
        plain = true;
        phraseFrom = b + 1;
      }
      // "One California delegate said", "..., the NFL legend said": any noun phrase speaks with a cue of plain saying
      else if ((!before || !isSpeakerPhrase(text, toks, before)) && STRONG_VERBS.has(w)) {
        const p = plainPhrase(b);
        // "the patents asserted against Apple include ...": a participle before a preposition modifies the noun
        if (p && !/^(?:against|by|for|from|of|over|under|into|during)$/.test(lowerOf(toks[i + 1]))) {
          before = p;
          plain = true;
        }
      }
    } else if (b >= clauseFrom && toks[b]!.text === "," && partyTagBefore(b) >= 0) {
      // "Jane Roe, R-Ky., said": a party tag in commas
      const k = partyTagBefore(b);
      before = phraseBefore(toks, k - 1, clauseFrom);
      if (before) phraseFrom = before.from;
    } else if (b >= clauseFrom && toks[b]!.text === ",") {
      // "X, who ..., said" / "X, the agency's head, said"
      let k = b - 1;
      // a comma inside a quoted title ("the co-author of “Going Viral,” about ...") is no edge of the apposition
      while (k >= clauseFrom && (toks[k]!.text !== "," || inQuote(toks[k]!))) k--;
      let opener = lowerOf(toks[k + 1]);
      // "Roe, 35, the daughter of ..., said": an age in commas before the apposition
      if (k > clauseFrom + 2 && /^\d{1,3}$/.test(toks[k - 1]?.text ?? "") && toks[k - 2]?.text === ",") k -= 2;
      // "Roe, a salesman from Sumter, South Carolina, says": a place in commas closing the apposition
      if (isCap(opener) || /^\p{Lu}/u.test(toks[k + 1]?.text ?? "")) {
        let k2 = k - 1;
        while (k2 > clauseFrom && toks[k2]!.text !== "," && k - k2 <= 14) k2--;
        // "Daniloff, now 81 and retired in Cambridge, Mass., said": an age opens the apposition too
        // (a name stands before that apposition: "However, the director of the FBI, James Comey, said" names Comey in the commas)
        if (toks[k2]?.text === "," && /^(?:a|an|the|now|\d{1,3})$/i.test(toks[k2 + 1]?.text ?? "") && b - k <= 4 && (isCap(toks[k2 - 1]?.text ?? "") || /^\d/.test(toks[k2 - 1]?.text ?? ""))) {
          k = k2;
          opener = lowerOf(toks[k + 1]);
          // "Purner, 67, a retired representative in Allentown, Pa., said": and an age before it
          if (k > clauseFrom + 2 && /^\d{1,3}$/.test(toks[k - 1]?.text ?? "") && toks[k - 2]?.text === ",") k -= 2;
        }
      }
      // "... in Congress, whom he has alienated, said Roe": an object's relative clause is no apposition of a speaker
      if (opener === "whom") k = clauseFrom;
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
        (/^(?:who|which|whose|a|an|the|\d+|its|his|her|their|now)$/.test(opener) ||
          // ("a person close to the board, speaking on condition of anonymity, said": a participle of how the speaker spoke)
          (/^(?:speaking|declining|requesting|asking|writing|testifying|appearing)$/.test(opener) && b - k <= 14) ||
          (toks[k + 1]!.word && /[’']s$/.test(toks[k + 1]!.text)) ||
          // "King, Republican of New York, said": a party and a state, as some papers name a lawmaker
          (/^(?:Republican|Democrat|Democratic|Independent)$/.test(toks[k + 1]!.text) && lowerOf(toks[k + 2]) === "of" && b - k <= 7) ||
          // "Daley, President Obama's former chief of staff, said": a capitalised apposition that holds a possessive or a role
          (isCap(toks[k - 1]?.text ?? "") && b - k <= 12 && toks.slice(k + 1, b).some((x) => /[’']s$/.test(x.text) || (!isCap(x.text) && x.word && ROLE_OK(lowerOf(x))))) ||
          (toks[k + 1]!.word && !isCap(toks[k + 1]!.text) && !NP_STOP.has(opener) && (isCap(toks[k - 1]?.text ?? "") || toks[k - 1]?.text === ")")));
      // "The state's campaign chairman, Jane Roe, said": the name in the commas speaks
      // the name may carry a lower-case title of its own ("The receiver, attorney Jane Roe, said")
      // ("Another delegate, Ada Obi of Osk, Va., said": the state in commas closes a name's place, not the name's apposition)
      if (toks.slice(k + 1, b).every((x) => x.word && isCap(x.text)) && b - k <= 3 && isCap(toks[k - 1]?.text ?? "")) {
        let k2 = k - 1;
        while (k2 > clauseFrom && k - k2 <= 8 && toks[k2]!.text !== ",") k2--;
        if (toks[k2]?.text === "," && nameEndAt(k2 + 1, k) > k2 + 1 && nameEndAt(k2 + 1, k) < k) k = k2;
      }
      let nameFrom = k + 1;
      while (nameFrom < b && toks[nameFrom]!.word && !isCap(toks[nameFrom]!.text) && nameFrom - k <= 3 && ROLE_OK(lowerOf(toks[nameFrom]))) nameFrom++;
      // (the name may go on with where it is from: "Ada Obi of Osk")
      const nameEnd = nameEndAt(nameFrom, b);
      const named = k > clauseFrom && nameEnd - nameFrom <= 4 && nameEnd - nameFrom >= 1 && (!isCap(toks[k - 1]?.text ?? "A") || roleOfBody(k - 1));
      if (named) {
        // ("The landlord, Tomas Varn, said", "Her rival, Ada Obi, said": a full name in commas after any plain noun phrase speaks)
        const from = clauseFrom + (/^(?:but|and|so)$/.test(lowerOf(toks[clauseFrom])) ? 1 : 0);
        const plainRole = nameEnd - nameFrom >= 2 && k - from >= 2 && k - from <= 4 && /^(?:the|his|her|their|its)$/i.test(toks[from]!.text) && toks.slice(from + 1, k).every((x) => x.word && !isCap(x.text) && !NP_STOP.has(x.lower)) ? { from, to: k } : null;
        // ("One delegate not on the slate, Ada Obi, said": the clause's first phrase and what is said of it)
        const lead = phraseAfter(toks, from, k);
        const leadRole = nameEnd - nameFrom >= 2 && lead && lead.to < k && k - lead.to <= 8 && /^(?:not|of|on|at|in|from|for|with|who|which)$/.test(lowerOf(toks[lead.to])) && toks.slice(lead.to, k).every((x) => x.word) && isSpeakerPhrase(text, toks, lead) ? { from: lead.from, to: k } : null;
        const role = phraseBefore(toks, k - 1, clauseFrom) ?? plainRole;
        if (role && (isSpeakerPhrase(text, toks, role) || role === plainRole) || leadRole) {
          before = { from: nameFrom, to: nameEnd };
          const r = leadRole ?? role!;
          phraseFrom = r.from;
          aside = [toks[r.from]!.start, toks[r.to - 1]!.end];
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
      // ("Ada Obi, 30, of Osk, Varnland, who was among those polled, said": a name and a chain of appositions in commas)
      {
        const chain = appositionChain(b);
        if (chain && (!before || before.from > chain.from)) {
          before = chain;
          phraseFrom = chain.from;
          aside = [toks[chain.to + 1]!.start, toks[b - 1]!.end];
        }
      }
      if (!before) {
        // inverted: "..., said Kerry" / "\"...,\" said the agency"
        const fwd = invertedPhrase(skipFillersFwd(toks, i + 1, n));
        // "Roe, in the wake of a poll, told Fox News on Sunday that ...": after a cue of telling, a phrase followed by a that-clause is whom she told
        const toldThat = ADDRESSEE_VERBS.has(w) && !!fwd && toks.slice(fwd.to).some((t) => lowerOf(t) === "that" && !inQuote(t));
        if (fwd && figEnd < 0 && !calling && !accusing && !toldThat && !/^describ/.test(w) && !/^(?:of|about|on|to)$/.test(lowerOf(toks[fwd.from])) && !adjectival(w, fwd) && isSpeakerPhrase(text, toks, fwd) && endsClause(fwd.to)) {
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
      const fwd = invertedPhrase(skipFillersFwd(toks, i + 1, n));
      if (fwd && !adjectival(w, fwd) && isSpeakerPhrase(text, toks, fwd) && endsClause(fwd.to)) {
        const c = contentBefore(b + 1);
        const who = namedAfterRole(fwd);
        const aside = who === fwd ? appositionAfter(fwd.to) : ([toks[fwd.from]!.start, toks[fwd.to - 1]!.end] as [number, number]);
        if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: [span(who, aside)], direct: true });
        clauseFrom = who.to;
        return;
      }
    }
    // "Pantucci, at the Royal United Services Institute, said ...", "Murphy, though, said ...": when no phrase stands
    // right before a cue of plain saying, the clause's subject speaks
    if ((!before || (!plain && !isSpeakerPhrase(text, toks, before))) && STRONG_VERBS.has(w) && figEnd < 0) {
      const subj = clauseSubject(b);
      if (subj) {
        before = subj;
        plain = true;
        phraseFrom = b + 1; // the content follows the cue
        aside = undefined;
      }
    }
    // ("the Ministry of Roads and Transport said", "the Department of Trade and Industry": one body's name, "and" inside its "of" phrase)
    if (before && before.to - before.from === 1 && isCap(toks[before.from]!.text) && lowerOf(toks[before.from - 1]) === "and" && isCap(toks[before.from - 2]?.text ?? "") && lowerOf(toks[before.from - 3]) === "of" && before.from - 4 >= clauseFrom && OF_AND_BODY.test(toks[before.from - 4]!.text)) {
      const whole = phraseBefore(toks, before.from - 2, clauseFrom);
      if (whole && whole.to === before.from - 1) {
        before = { from: whole.from, to: before.to };
        if (phraseFrom > whole.from || phraseFrom < 0) phraseFrom = whole.from;
      }
    }
    if (!before || (!plain && !isSpeakerPhrase(text, toks, before))) return;
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
    // "As The Hill reported, Trump was also accused ...", "..., as the agency noted.": what the as-clause frames is said
    if (figEnd < 0 && lowerOf(toks[phraseFrom - 1]) === "as" && phraseFrom - 1 >= clauseFrom) {
      let k = skipAdverbials(i + 1);
      if (toks[k]?.text === ",") {
        const c = contentAfter(k + 1);
        if (c && phraseFrom - 1 === clauseFrom + (/^(?:but|and|so)$/.test(lowerOf(toks[clauseFrom])) ? 1 : 0)) {
          push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
          openAfter(k + 1);
          return;
        }
      }
      if (k >= n || /^[.;!?]$/.test(toks[k]!.text)) {
        const c = toks[phraseFrom - 2]?.text === "," ? contentBefore(phraseFrom - 2) : null;
        if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
        clauseFrom = n;
        return;
      }
    }
    if (figEnd > 0) {
      // "A poll of the race in May 2015 put ...": a phrase ending in a date or number is no voice to trust
      if (/^\d/.test(toks[before.to - 1]!.text)) return;
      // the claim is the reckoning itself: "put the number of displaced at 15,000 people"
      push({ start: cue.start, end: toks[figEnd - 1]!.end, cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: false });
      clauseFrom = figEnd;
      return;
    }
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
      // "called him an hour later", "called them a cab": a call made, not a name given
      if (calling && /^(?:a|an)$/.test(lowerOf(toks[j + 1])) && CALL_MADE_WORD.test(lowerOf(toks[j + 2]))) return;
      push({ start: c[0], end: c[1], cue: text.slice(cue.start, toks[k - 1]!.end), cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
      openAfter(k);
      return;
    }
    let addressed = false;
    if (ADDRESSEE_VERBS.has(w)) {
      const addr = addressee(j);
      if (addr) {
        j = addr.to;
        addressed = true;
      }
    }
    // "urged supporters to monitor the polls": after the addressee, "to" opens what was urged
    // "promises to end the rule", "pledged to \u201cbring the fight\u201d": after a cue of promising, "to" opens what was promised
    if (!(addressed && lowerOf(toks[j]) === "to") && !(OBJECT_CUES.has(w) && lowerOf(toks[j]) === "to" && (toks[j + 1]?.word || isQuoteMark(toks[j + 1])))) j = skipAdverbials(j);
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
    // "\u201c...,\u201d Roe told \u201cFox and Friends,\u201d ...", "\u201c...,\u201d Roe said on the podcast \u201cThe Hour.\u201d": after a
    // quotation that opens the clause, a quotation the cue runs into without a comma or colon is a title, not what was said
    const titleAfterQuote = !!next && isQuoteMark(next) && toks[j - 1]?.text !== "," && toks[j - 1]?.text !== ":" && phraseFrom > clauseFrom && (isQuoteMark(toks[phraseFrom - 1]) || (toks[phraseFrom - 1]!.text === "," && isQuoteMark(toks[phraseFrom - 2])));
    if (next && !titleAfterQuote && (lowerOf(next) === "that" || next.text === ":" || (isQuoteMark(next) && quoteAt(qs, next.start)?.start === next.start))) {
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
      if (countWords(text, toks[clauseFrom]!.start, toks[phraseFrom]!.start) >= 1) {
        push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
        openAfter(j + 1);
        return;
      }
    }
    // content after the cue when a clause follows it; else the content came before the speaker
    if (next && SAID_NOTHING.test(lowerOf(next)) && (/^(?:about|on|to|more|else|further)$/.test(lowerOf(toks[j + 1])) || (lowerOf(next) === "nothing" && lowerOf(toks[j + 1]) === "of"))) return;
    // "..., Roe said during his speech to the delegates.": after a speaker set off by a comma, a preposition opens where or when, not what
    const placeAfter = speakerPreceded && !addressed && !OBJECT_CUES.has(w) && !!next && PLACE_PREPS.test(lowerOf(next)) && !/^(?:least|most)$/.test(lowerOf(toks[j + 1])) && !toks.slice(j).some((t) => lowerOf(t) === "that" && !inQuote(t));
    const clauseAfter = !!next && next.word && !NOT_CONTENT_START.has(lowerOf(next)) && !(ADDRESSEE_VERBS.has(w) && j === i + 1) && !placeAfter;
    // a short quoted title before the speaker ("on Fox's \u201cSunday Futures,\u201d Rep. Roe said ...") is no quotation of theirs
    const shortQuote = quotePreceded && (() => {
      const q = quoteAt(qs, toks[phraseFrom - 1]!.text === "," ? toks[phraseFrom - 2]!.start : toks[phraseFrom - 1]!.start);
      // a title stands inside the clause; a short quotation that opens it ("“You bet I would,” Roe said when asked") is said
      // "To a question on the “privatization of public sector jobs,” Roe said ...": a quotation after words of the clause's own, with a clause after the cue, is a title too
      // (and a clause of plain words: "Roe said private contractors can be more expensive")
      const plainClause = () => { let k = j; while (k < n && k < j + 4 && toks[k]!.word && !isCap(toks[k]!.text) && !NP_STOP.has(lowerOf(toks[k])) && !FINITE.test(lowerOf(toks[k]))) k++; return k > j && k < n && FINITE.test(lowerOf(toks[k])); };
      return !!q && q.start > toks[clauseFrom]!.start && (q.words < 5 || (countWords(text, toks[clauseFrom]!.start, q.start) >= 3 && (clauseAt(j) || plainClause())));
    })();
    if ((quotePreceded && !(shortQuote && clauseAfter)) || (speakerPreceded && !quotePreceded && !clauseAfter)) {
      let c = contentBefore(phraseFrom);
      // "In April 2009, Roe emailed the secretary.": an opening adverbial before the speaker is no content
      if (c && !quotePreceded && ADVERBIAL_PREPS.has(lowerOf(toks[clauseFrom])) && countWords(text, c[0], c[1]) <= 4) c = null;
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
    // "..., Algerian foreign affairs ministry spokesman Jane Roe said Thursday.": the cue ends the sentence, so the
    // content is the clause before the comma that opens the speaker's longer phrase
    if (!quotePreceded && !speakerPreceded && (!next || (!next.word && !isQuoteMark(next) && next.text !== ":" && next.text !== ","))) {
      let k = phraseFrom - 1;
      while (k > clauseFrom + 1 && phraseFrom - k <= CUE_LAST_PHRASE && toks[k]!.word) k--;
      if (toks[k]?.text === "," && k > clauseFrom + 1 && phraseFrom - k <= CUE_LAST_PHRASE) {
        const c = contentBefore(k + 1);
        if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
        clauseFrom = n;
        return;
      }
    }
    // "reported about 200 injured": a weak cue followed by a figure reports it
    // "reported spending $1.1 million", "reported earning $132 million": a gerund and its figure
    const gerundFigure = !!next && /^[a-z]+ing$/.test(next.text) && toks.slice(j + 1, j + 4).some((t) => /^[$€£\d]/.test(t.text));
    const figureNext = !!next && (gerundFigure || /^\d/.test(next.text) || (/^(?:about|around|nearly|almost|some|more|at|up|as|over|roughly|an)$/i.test(lowerOf(next)) && /^(?:\d|least|than|to|many|estimated)/i.test(toks[j + 1]?.text ?? "")));
    // a weak cue ("noted", "urged", "pledged") takes an object of its own when a named person or a pronoun speaks
    // a name: a capitalised word that is no common noun ("Trump noted", not "Reporters asked")
    const capsIn = toks.slice(before.from, before.to).filter((t) => isCap(t.text) && !/^(?:the|a|an)$/i.test(t.text) && headKind(t.text.toLowerCase().replace(/[’']s$/, "")) === null).length;
    const personSpeaks = capsIn >= 1 || (before.to - before.from === 1 && /^(?:he|she)$/.test(lowerOf(toks[before.from])));
    const weakObject = weak && (!quoteOnly || describes) && personSpeaks && (OBJECT_CUES.has(w) || describes) && sent.end - (next?.start ?? sent.end) > 12;
    // "The Times reported last month Cameron had ordered ...": a weak cue whose object is a whole clause (a subject and its finite verb) says it
    // (not "suggest", "indicate", "predict", "estimate": what data suggest is no one's saying; "Records suggest the contractor was paid twice")
    const clauseObject = weak && !quoteOnly && !isCap(cue.text) && !/^(?:suggest|indicat|predict|estimat)/.test(w) && !!next && clauseAt(j);
    if (!next || !next.word || (weak && !figureNext && !weakObject && !clauseObject) || NOT_CONTENT_START.has(lowerOf(next))) return;
    // "maintained a lead", "posted a video", "declared victory": these take an object; only a clause opened by a pronoun is said
    if (OBJECT_TAKERS.test(w) && !PRONOUNS.has(lowerOf(next)) && lowerOf(next) !== "there" && !isCap(next.text) && !qs.some((q) => q.start > next.start && q.start < sent.end && q.words >= 2)) return;
    if (ADDRESSEE_VERBS.has(w) && j === i + 1) return; // "told" with nothing after it
    // "adding to his Super Tuesday victories": to add to a thing is no saying ("added to reporters" is)
    if (addingTo(w, j)) return;
    const c = contentAfter(j);
    if (c) push({ start: c[0], end: c[1], cue: cue.text, cueStart: cue.start, speakers: speakers(), direct: isDirect(text, c[0], c[1], qs) });
    openAfter(j);
  }

  /**
   * "put the toll at 40", "estimated the cost at about $2 billion", "gave the toll as 12", "gave a
   * death toll of 27": the token index where the reckoning ends (after the figure and its noun), or
   * -1 when no figure follows the verb's object.
   */
  function figureAt(i: number): number {
    const w = lowerOf(toks[i]);
    const giving = w === "gave" || w === "gives";
    // "was put at", "has been estimated at": a passive reckoning names nobody
    if (/^(?:is|are|was|were|be|been|being)$/.test(lowerOf(toks[i - 1]))) return -1;
    for (let k = i + 1; k < n && k <= i + FIGURE_OBJECT_TOKENS; k++) {
      const t = toks[k]!;
      if (inQuote(t) || !t.word) return -1;
      const x = lowerOf(t);
      const prep = x === "at" || (giving && (x === "as" || (x === "of" && /^(?:toll|figure|number|count|total|tally|estimate)$/.test(lowerOf(toks[k - 1])))));
      if (prep) {
        if (k === i + 1 || !FIGURE_AFTER.test(text.slice(t.end, t.end + 60))) return -1;
        // the figure, then its noun and what it counts, up to the clause's end
        let e = k + 1;
        while (e < n && e <= k + FIGURE_TAIL_TOKENS) {
          const u = toks[e]!;
          if (!u.word && !/^[$€£¥%]$/.test(u.text) && !(u.text === "," && /\d$/.test(toks[e - 1]!.text) && /^\d/.test(toks[e + 1]?.text ?? "") && toks[e - 1]!.end === u.start && u.end === toks[e + 1]!.start)) break;
          if (u.word && FIGURE_TAIL_STOP.test(lowerOf(u))) break;
          e++;
        }
        return e;
      }
      if (SPEECH_VERBS.has(x) || /^(?:that|which|who|and|but|or|to)$/.test(x)) return -1;
    }
    return -1;
  }

  /**
   * "X put the toll at 40 and said ...", "She says ..., but insists ...": a cue right after "and"/"but"
   * that ends the clause of this sentence's claim before speaks with that claim's speaker.
   */
  function goesOn(i: number, figEnd: number): boolean {
    if (out.length <= first) return false;
    const k = skipFillersBack(toks, i - 1, 0);
    if (k < 0 || k > clauseFrom || k < clauseFrom - 1 || !/^(?:and|but)$/.test(lowerOf(toks[k]))) return false;
    const prev = out.length - 1;
    if (out[prev]!.end > toks[k]!.start) return false;
    if (figEnd > 0) {
      push({ start: toks[i]!.start, end: toks[figEnd - 1]!.end, cue: toks[i]!.text, cueStart: toks[i]!.start, speakers: [], sameAs: prev, direct: false });
      clauseFrom = figEnd;
      return true;
    }
    const w = lowerOf(toks[i]);
    let j = skipAdverbials(i + 1);
    const next = toks[j];
    // "... and said, “...”": a comma before a quotation opens it as a colon does
    const commaQuote = next?.text === "," && isQuoteMark(toks[j + 1]) && quoteAt(qs, toks[j + 1]!.start)?.start === toks[j + 1]!.start;
    const opens = !!next && (lowerOf(next) === "that" || next.text === ":" || commaQuote || (isQuoteMark(next) && quoteAt(qs, next.start)?.start === next.start));
    // a weak cue, or one whose object is what was said, needs a that-clause or a quotation
    // "... and told the council the bridge would reopen": past the addressee, a clause is what was told
    if (ADDRESSEE_VERBS.has(w) && !opens && /^(?:told|tells|tell)$/.test(w)) {
      let addr = phraseAfter(toks, j, n);
      // "tells the crowd he was ...": the pronoun opens the clause
      if (addr && addr.to - addr.from > 1 && PRONOUNS.has(lowerOf(toks[addr.to - 1]))) addr = { from: addr.from, to: addr.to - 1 };
      const c = addr && addr.to < n && toks[addr.to]!.word && !NOT_CONTENT_START.has(lowerOf(toks[addr.to])) && lowerOf(toks[addr.to]) !== "to" ? contentAfter(lowerOf(toks[addr.to]) === "that" ? addr.to + 1 : addr.to) : null;
      if (!c) return false;
      push({ start: c[0], end: c[1], cue: toks[i]!.text, cueStart: toks[i]!.start, speakers: [], sameAs: prev, direct: isDirect(text, c[0], c[1], qs) });
      openAfter(addr!.to);
      return true;
    }
    // "... and accused Roe of lying", "... and called for a recount", "... and vowed to fight on": what the object
    // clause of such a cue says is the same speaker's
    const objectClause = OBJECT_CLAUSE.exec(w);
    if (objectClause && !opens) {
      let k = i + 1;
      if (/^accus/.test(w)) {
        while (k < n && k < i + 8 && lowerOf(toks[k]) !== "of") k++;
        if (lowerOf(toks[k]) !== "of") return false;
        k++;
      } else if (/^call/.test(w)) {
        // "... and calls her “a fine mind”": a quotation after the one called says what was called
        // ("... and called his standing in the field “unheard of”", "... and called him a liar": past a longer object to
        // its quotation, before any comma, or past a pronoun to "a"/"an" and what he was called)
        let upTo = k;
        while (upTo < n && upTo < k + 12 && toks[upTo]!.text !== ",") upTo++;
        const quoted = toks.slice(k, upTo).some((t) => isQuoteMark(t) && quoteAt(qs, t.start)?.start === t.start);
        const named = /^(?:him|her|them|it)$/.test(lowerOf(toks[k])) && /^(?:a|an)$/.test(lowerOf(toks[k + 1])) && !!toks[k + 2]?.word && !CALL_MADE_WORD.test(lowerOf(toks[k + 2]));
        if (!/^(?:for|on)$/.test(lowerOf(toks[k])) && !quoted && !named) return false;
        if (!quoted && !named) k++;
      } else if (lowerOf(toks[k]) !== "to" && !/^(?:describ)/.test(w)) return false;
      const c = contentAfter(k);
      if (!c || countWords(text, c[0], c[1]) < MIN_CONTENT_WORDS) return false;
      push({ start: c[0], end: c[1], cue: text.slice(toks[i]!.start, toks[k - 1]!.end), cueStart: toks[i]!.start, speakers: [], sameAs: prev, direct: isDirect(text, c[0], c[1], qs) });
      openAfter(k);
      return true;
    }
    if ((WEAK_VERBS.has(w) || QUOTE_ONLY_VERBS.has(w) || ADDRESSEE_VERBS.has(w) || /^(?:call|accus|describ|point)/.test(w)) && !opens) return false;
    if (!next || (!next.word && !opens) || NOT_CONTENT_START.has(lowerOf(next))) return false;
    if (next.text === ":" || commaQuote) j++;
    const c = contentAfter(j);
    if (!c) return false;
    push({ start: c[0], end: c[1], cue: toks[i]!.text, cueStart: toks[i]!.start, speakers: [], sameAs: prev, direct: isDirect(text, c[0], c[1], qs) });
    openAfter(j);
    return true;
  }

  /** "The council took note of the findings", "Roe takes note that ...": what was noted, by the clause's subject. */
  function tookNote(i: number): void {
    const b = skipFillersBack(toks, i - 1, clauseFrom);
    const np = b >= clauseFrom && toks[b]!.word ? phraseBefore(toks, b, clauseFrom) : null;
    if (!np || !isSpeakerPhrase(text, toks, np)) return;
    const c = contentAfter(i + 3);
    if (!c) return;
    const cue = text.slice(toks[i]!.start, toks[i + 1]!.end);
    push({ start: c[0], end: c[1], cue, cueStart: toks[i]!.start, speakers: [span(np)], direct: isDirect(text, c[0], c[1], qs) });
    openAfter(i + 3);
  }

  /**
   * "As Roe put it, ...", "..., as the mayor puts it.", "Roe put it this way: \u201c...\u201d": a way of
   * saying. True when the cue was read (a claim made or not), false to read "put" otherwise.
   */
  function putIt(i: number): boolean {
    let j = i + 2;
    while (j < n && j <= i + 4 && toks[j]!.word && PUT_IT_MANNER.test(lowerOf(toks[j]))) j++;
    const after = toks[j];
    if (after && !/^[.,:;—]$/.test(after.text) && !isQuoteMark(after)) return false;
    const cue = text.slice(toks[i]!.start, toks[j - 1]!.end);
    // what follows: a quotation or a clause after the comma or colon
    const q = after && isQuoteMark(after) ? j : after && /^[,:—]$/.test(after.text) && j + 1 < n ? j + 1 : -1;
    // "as X put it": the speaker follows "as"
    let k = i - 1;
    while (k > clauseFrom && i - k <= 25 && lowerOf(toks[k]) !== "as") k--;
    if (k >= clauseFrom && lowerOf(toks[k]) === "as") {
      const np = phraseAfter(toks, k + 1, i);
      if (!np || !isSpeakerPhrase(text, toks, np)) return true;
      let aside: [number, number] | undefined;
      if (np.to !== i) {
        // "as Tom Roe, a former mayor, put it"
        if (!(toks[np.to]?.text === "," && toks[i - 1]?.text === "," && i - 2 > np.to)) return true;
        aside = [toks[np.to + 1]!.start, toks[i - 2]!.end];
      }
      let c: [number, number] | null = null;
      const before = k > clauseFrom ? countWords(text, toks[clauseFrom]!.start, toks[k]!.start) : 0;
      if (q >= 0) {
        c = contentAfter(q);
        // "owed his election to, as a diplomat put it, an \u201cextreme makeover\u201d, and ...": mid-sentence, the phrase after it up to its comma
        if (c && before >= 2 && toks[j]!.text === ",") {
          const stop = toks.findIndex((t, x) => x > q && t.text === "," && !inQuote(t));
          if (stop > q + 1) c = content(text, c[0], toks[stop]!.start);
        }
      }
      else if (before >= 2) c = contentBefore(k);
      if (c) push({ start: c[0], end: c[1], cue, cueStart: toks[i]!.start, speakers: [span(np, aside)], direct: isDirect(text, c[0], c[1], qs) });
      clauseFrom = n;
      return true;
    }
    // "Roe put it this way: ...": a colon or a quotation must follow
    if (q < 0 || toks[j]!.text === ",") return false;
    const b = skipFillersBack(toks, i - 1, clauseFrom);
    const np = b >= clauseFrom && toks[b]!.word ? phraseBefore(toks, b, clauseFrom) : null;
    if (!np || !isSpeakerPhrase(text, toks, np)) return true;
    const c = contentAfter(q);
    if (c) push({ start: c[0], end: c[1], cue, cueStart: toks[i]!.start, speakers: [span(np)], direct: isDirect(text, c[0], c[1], qs) });
    clauseFrom = n;
    return true;
  }

  /**
   * After a content that runs to the sentence end, a later cue may only start a new claim after a
   * coordinator (", but she denied ..."); the earlier content then ends before it.
   */
  function openAfter(j: number): void {
    clauseFrom = n;
    if (mainFrom >= 0) {
      clauseFrom = mainFrom;
      mainFrom = -1;
      return;
    }
    const claim = out.length > first ? out[out.length - 1]! : null;
    for (let k = j + 1; k < n; k++) {
      const t = toks[k]!;
      if (inQuote(t)) continue;
      // "said X and tells the crowd Y", "said X but denied Y": a cue right after "and"/"but" starts a claim of its own
      const after = lowerOf(toks[skipFillersFwd(toks, k + 1, n)]);
      // a finite cue ("tells", "said"), not a base form that shares its subject's auxiliary ("he'd sit ... and tell him")
      const cueNext = /^(?:but|and)$/.test(lowerOf(t)) && SPEECH_VERBS.has(after) && (/(?:s|ed)$/.test(after) || FINITE_IRREGULAR.test(after));
      // "said X and Trump says Y", "said X but he denied Y": a name or pronoun and a finite cue right after "and"/"but"
      const subjNext = /^(?:but|and)$/.test(lowerOf(t)) && (() => {
        const np = phraseAfter(toks, k + 1, Math.min(n, k + 5));
        if (!np || !(hasName(np) || /^(?:he|she|they)$/.test(lowerOf(toks[np.from])))) return false;
        const v = lowerOf(toks[skipFillersFwd(toks, np.to, n)]);
        return SPEECH_VERBS.has(v) && (/(?:s|ed)$/.test(v) || FINITE_IRREGULAR.test(v)) && !AMBIGUOUS_CUES.has(v);
      })();
      const coord = t.text === ";" || cueNext || subjNext || (/^(?:but|and|while|although|though)$/.test(lowerOf(t)) && toks[k - 1]?.text === ",");
      if (!coord) continue;
      // a speaker and a cue within a few words after the coordinator
      for (let q = k + 1; q < n && q <= k + 8; q++) {
        if (!SPEECH_VERBS.has(lowerOf(toks[q])) && !(lowerOf(toks[q]) === "according")) continue;
        if (claim && claim.end > toks[k]!.start) {
          const cut = toks[k - 1]?.text === "," ? toks[k - 1]!.start : toks[k]!.start;
          claim.end = Math.max(claim.start, trimSpan(text, claim.start, cut)[1]);
          claim.direct = isDirect(text, claim.start, claim.end, qs); // what is left may hold no quotation
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
    // ("said Varn's response to the plan was weak": before a preposition, a phrase whose head is no speaker is the content's subject)
    if (ADVERBIAL_PREPS.has(lowerOf(t)) && k > 0 && toks[k - 1]!.word && !isCap(toks[k - 1]!.text) && !isSpeakerPhrase(text, toks, { from: k - 1, to: k })) return false;
    // "..., said a strategist who has worked for ...", "..., said Roe when asked about ...": a clause about the speaker
    return t.text === "," || t.text === "." || t.text === ";" || ADVERBIAL_PREPS.has(lowerOf(t)) || t.text === "(" || ABOUT_SPEAKER.test(lowerOf(t));
  }

  /** "the director of the Federal Bureau of Investigation" ending at token e: a lower-case role before "of" and a body's name. */
  function roleOfBody(e: number): boolean {
    for (let k = e; k > clauseFrom && e - k <= 10; k--) {
      const t = toks[k]!;
      if (!t.word) return false;
      if (isCap(t.text) || /^(?:the|and|&)$/.test(t.text)) continue;
      if (!/^(?:of|for|at|in)$/.test(t.text)) return false;
      const head = toks[k - 1];
      // ("The Police Public Relations Officer in Ubaru State, SP Jane Roe, said": a capitalised title after "the" is a role too)
      if (head?.word && ROLE_OK(lowerOf(head)) && (!isCap(head.text) && t.text !== "in" || isCap(head.text) && lowerOf(toks[clauseFrom]) === "the")) return true;
    }
    return false;
  }

  /** A clause at token j: a short subject (a name, or a determiner and its noun) and a finite verb or modal right after it. */
  function clauseAt(j: number): boolean {
    const t = toks[j];
    if (!t?.word || inQuote(t)) return false;
    const np = phraseAfter(toks, j, n);
    if (!np || np.to - np.from > 6 || np.to >= n) return false;
    if (!(hasName(np) || PLAIN_OPENERS.test(lowerOf(t)) || /^(?:he|she|they|it|there)$/.test(lowerOf(t)))) return false;
    const v = toks[np.to]!;
    return v.word && !isCap(v.text) && FINITE.test(v.text);
  }

  /** A subject's phrase up to its verb: "Romney went further, calling ..." speaks as "Romney". */
  function untilVerb(np: NounPhrase | null): NounPhrase | null {
    if (!np) return np;
    for (let k = np.from + 1; k < np.to; k++) {
      const t = toks[k]!;
      const prev = toks[k - 1]!;
      if (t.word && !isCap(t.text) && PAST_VERB.test(t.text) && prev.word && !PLAIN_OPENERS.test(lowerOf(prev)) && !/ly$/.test(prev.text)) return { from: np.from, to: k };
    }
    return np;
  }

  /** Whom a cue of telling addresses, from token j: a phrase that ends before a subject pronoun ("told POLITICO she was ..."). */
  function addressee(j: number): NounPhrase | null {
    const addr = phraseAfter(toks, j, n);
    if (!addr) return null;
    for (let k = addr.from + 1; k < addr.to; k++) if (SUBJECT_PRONOUN.test(lowerOf(toks[k]))) return { from: addr.from, to: k };
    return addr;
  }

  /** The comma before a party tag that ends at comma b ("Roe, R-Ky., said"), or -1. */
  function partyTagBefore(b: number): number {
    let k = b - 1;
    while (k > clauseFrom && k >= b - 4 && toks[k]!.text !== ",") k--;
    if (toks[k]?.text !== "," || k <= clauseFrom) return -1;
    return PARTY_TAG.test(text.slice(toks[k]!.end, toks[b]!.start).trim()) ? k : -1;
  }

  /** "..., pledged delegates.", "the alleged victims": a participle before a bare noun describes it; it inverts no speaker. */
  function adjectival(w: string, np: NounPhrase): boolean {
    return ADJECTIVE_PARTICIPLE.test(w) && !PLAIN_OPENERS.test(lowerOf(toks[np.from])) && !hasName(np);
  }

  /**
   * The subject at the clause's start when it is a noun of persons and what follows it up to the cue at b+1 only
   * says which of them ("who watched the debate", "with direct knowledge of ...", "in Iowa", "trying to regain ...",
   * "to mount a race"): no comma, quotation or second verb of saying between. The noun's phrase, or null.
   */
  function subjectWithModifier(b: number): NounPhrase | null {
    let s = clauseFrom;
    while (s < b && /^(?:but|and|yet|so|still|even|now)$/i.test(toks[s]!.text)) s++;
    const np = phraseAfter(toks, s, b + 1);
    // (the phrase ends where what is said of it begins: "People | with direct knowledge")
    if (np) for (let k = np.from + 1; k < np.to; k++) if (POSTMODIFIER_OPENER.test(lowerOf(toks[k])) && !isCap(toks[k]!.text)) {
      np.to = k;
      break;
    }
    if (!np || np.to > b || b + 1 - np.to > MAX_MODIFIER || !POSTMODIFIER_OPENER.test(lowerOf(toks[np.to]))) return null;
    // (a name's "of" is part of it: "the Ministry of Roads"; whom a person is familiar with is read by the phrase itself)
    if (lowerOf(toks[np.to]) === "of" && isCap(toks[np.to - 1]!.text) || /^(?:familiar|close|briefed|knowledgeable)$/.test(lowerOf(toks[np.to]))) return null;
    const head = toks[np.to - 1]!;
    if (!(isPersonPlural(head.text) || np.to - np.from >= 2 && /^(?:the|one|a|an|another|each|every)$/i.test(toks[np.from]!.text) && isSpeakerPhrase(text, toks, { from: np.to - 1, to: np.to }) && !DOCUMENT_WORDS.has(bare(head.text)))) return null;
    const gap = toks.slice(np.to, b + 1);
    if (gap.some((t) => !t.word && !/^['’]$/.test(t.text) || inQuote(t) || SPEECH_VERBS.has(lowerOf(t)) && !/ing$/.test(t.text))) return null;
    return np;
  }

  /**
   * A name at the clause's start followed, up to the comma at b, only by appositions in commas: an age, where
   * the person is from and its state, a description opened by a determiner, a relative clause, a party tag
   * ("Ada Obi, 30, of Osk, Varnland, who was among those polled,"). The name's phrase, or null.
   */
  function appositionChain(b: number): NounPhrase | null {
    let from = clauseFrom;
    // (after a quotation that opens the sentence: "“...,” Ada Obi, 30, ..., said")
    const q = isQuoteMark(toks[from]) ? quoteAt(qs, toks[from]!.start) : undefined;
    if (q && q.start === toks[from]!.start) while (from < b && toks[from]!.start < q.end) from++;
    while (from < b && (isQuoteMark(toks[from]) || toks[from]!.text === "," || /^(?:but|and|so|yet)$/i.test(toks[from]!.text))) from++;
    if (b - from > MAX_CHAIN) return null;
    const commas: number[] = [];
    for (let k = from; k < b; k++) if (toks[k]!.text === "," && !inQuote(toks[k]!)) commas.push(k);
    if (!commas.length) return null;
    const first = { from, to: commas[0]! };
    if (first.to - first.from > 5 || !hasName(first) || !toks.slice(first.from, first.to).every((t) => t.word && isCap(t.text) || /^(?:of|de|van|von|der|al|bin)$/.test(t.text)) || !isSpeakerPhrase(text, toks, first)) return null;
    // each segment after the name, up to the next comma (the last runs to b)
    let relative = false;
    for (let c = 0; c < commas.length; c++) {
      const s0 = commas[c]! + 1;
      const s1 = c + 1 < commas.length ? commas[c + 1]! : b;
      if (s1 <= s0) return null;
      const w = toks[s0]!;
      const seg = toks.slice(s0, s1);
      const ok = /^\d{1,3}$/.test(w.text) && s1 - s0 === 1 ||
        /^(?:of|from)$/.test(w.text) && seg.slice(1).every((t) => t.word && (isCap(t.text) || /^(?:the|and)$/.test(t.text))) ||
        seg.every((t) => t.word && isCap(t.text)) && s1 - s0 <= 2 && c > 0 && isCap(toks[commas[c]! - 1]!.text) && toks.slice(commas[c - 1]! + 1, commas[c]!).some((t) => /^(?:of|from|in)$/.test(t.text)) ||
        /^(?:a|an|the|now|his|her|their|its)$/.test(w.text) && !seg.some((t) => /^(?:said|says|told)$/.test(t.text)) ||
        /^(?:who|whose)$/.test(w.text) && !relative && (relative = true) ||
        PARTY_TAG.test(w.text);
      if (!ok) return null;
    }
    return first;
  }

  /**
   * Where a name in tokens [from, to) ends: a run of capitalised words, then perhaps where it is from
   * ("Ada Obi of Osk", "Ada Obi from the Osk Institute"); `from` when the tokens are no such name.
   */
  function nameEndAt(from: number, to: number): number {
    let e = from;
    while (e < to && toks[e]!.word && isCap(toks[e]!.text)) e++;
    if (e === to || e === from) return e;
    if (!/^(?:of|from)$/.test(toks[e]!.text)) return from;
    // (a state after the place's comma: "of Osk, Va.")
    return toks.slice(e + 1, to).every((x, m) => x.word && (isCap(x.text) || /^(?:the|of|and)$/.test(x.text)) || x.text === "," && m > 0 && isCap(toks[e + 2 + m]?.text ?? "")) && e + 1 < to ? e : from;
  }

  /**
   * The phrase of an inverted speaker from token j: "said Kerry", "said a spokesman"; a quantifier with its
   * "of" phrase is one phrase ("said one of the advisers", "said several of those present").
   */
  function invertedPhrase(j: number): NounPhrase | null {
    const np = phraseAfter(toks, j, n);
    if (!np || np.to - np.from !== 1 || lowerOf(toks[np.to]) !== "of" || !OF_QUANTIFIER.test(lowerOf(toks[np.from]))) return np;
    // (the determiner opens what follows "of": "the advisers", "those present", "his aides")
    if (!PLAIN_OPENERS.test(lowerOf(toks[np.to + 1]))) return np;
    const rest = phraseAfter(toks, np.to + 2, n);
    if (!rest || rest.from !== np.to + 2) return np;
    return { from: np.from, to: rest.to };
  }

  /** "said one resident, Jane Roe": the name after an inverted role speaks. */
  function namedAfterRole(np: NounPhrase): NounPhrase {
    // (a role that holds a name still ends in its lower-case noun: "another leading Supreme Court advocate, Ada Obi")
    if (hasName(np) && isCap(toks[np.to - 1]!.text)) return np;
    // ("his best friend at the academy, Ada Obi": a short phrase of where the role is held, before the comma)
    let comma = np.to;
    if (/^(?:of|at|for|from|in)$/.test(lowerOf(toks[comma]))) {
      while (comma < n && comma <= np.to + 5 && toks[comma]!.word) comma++;
    }
    if (toks[comma]?.text !== ",") return np;
    const name = phraseAfter(toks, comma + 1, n);
    if (!name || !hasName(name) || name.to - name.from > 4) return np;
    // (the name may end the sentence, or go on with where it is from or a clause about it: "John Smith of the firm Acme", "Ada Obi, who ...")
    const after = toks[name.to];
    const from = !!after && /^(?:of|from|at)$/.test(after.text) && (isCap(toks[name.to + 1]?.text ?? "") || lowerOf(toks[name.to + 1]) === "the");
    if (!(after === undefined || /^[.,;]$/.test(after.text) || from || ABOUT_SPEAKER.test(after.text))) return np;
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
