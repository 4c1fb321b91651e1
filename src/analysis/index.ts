/**
 * The analysis engine: article text in, who-said-what and conflicting figures out.
 * PURE: no DOM, no browser API, no I/O.
 *
 * Workflow:
 *  1. segment the text into paragraphs and sentences (segment.ts)
 *  2. find figures with their intervals (figures.ts)
 *  3. find attributions: cues, quotes, sources (attribution.ts)
 *  4. merge source mentions into sources (sources.ts)
 *  5. give figures their measure, scope and source; find conflicts (conflicts.ts)
 */
import type { Analysis, ArticleInput } from "./types.js";

export type * from "./types.js";

/** Analyse one article. Never throws; returns offsets into `input.text`. */
export function analyze(input: ArticleInput): Analysis {
  const text = input.text ?? "";
  return {
    schema: "crosscheck/analysis@1",
    article: {
      found: input.found ?? true,
      title: input.title ?? null,
      byline: input.byline ?? null,
      text,
      ...(input.method ? { method: input.method } : {}),
    },
    sources: [],
    claims: [],
    figures: [],
    conflicts: [],
  };
}
