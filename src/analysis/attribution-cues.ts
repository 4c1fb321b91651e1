/**
 * Cue words of English news that the shared lexicon (lexicon.ts) does not hold, read by
 * attribution.ts only: saying by mail, text or confession, and participles that attach what
 * was said to the clause's subject ("..., mentioning the album is done"). Words of the
 * language, never of one article.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Finite cues of saying: "Roe emailed that ...", "“...,” Roe confessed." */
export const EXTRA_CUES = set(`emailed e-mailed texted confessed confesses affirmed affirms interjected`);

/** Participles of saying after a comma: "Roe said, mentioning that ...". */
export const EXTRA_PARTICIPLES = set(`mentioning interjecting confessing reaffirming`);

/** Cues whose first object is whom they reach: "Roe emailed supporters that ...". */
export const EXTRA_ADDRESSEE = set(`emailed e-mailed texted`);
