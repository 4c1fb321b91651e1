/** The analysis contract, schema `crosscheck/analysis@1` (see ../shared/CONTRACT.md). */

/** What a source is. */
export type SourceKind =
  | "person"
  | "media"
  | "government"
  | "organization"
  | "armed-group"
  | "anonymous"
  | "unknown";

/** A span of `article.text`: `text === article.text.slice(start, end)`. */
export type Span = {
  /** The text of the span as written. */
  text: string;
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
};

/** The article the analysis ran on. */
export type ArticleInfo = {
  /** False when no article was found on the page. */
  found: boolean;
  /** The headline, or null. */
  title: string | null;
  /** The byline, or null. */
  byline: string | null;
  /** Headline, then the body's paragraphs, separated by "\n\n". */
  text: string;
  /** How the article was found (readability, article, main, densest, text, selection...). */
  method?: string;
};

/** One cited source, merged over all the names the article gives it. */
export type Source = {
  /** Stable id within one analysis: s1, s2, ... */
  id: string;
  /** The canonical, shortest clear name. */
  name: string;
  /** What kind of source it is. */
  kind: SourceKind;
  /** What the article says of it ("official news agency"), or null. */
  description: string | null;
  /** Every span that names it. */
  mentions: Span[];
  /** The claims attributed to it. */
  claimIds: string[];
  /** The figures it gave. */
  figureIds: string[];
};

/** One attributed statement. */
export type Claim = Span & {
  /** c1, c2, ... */
  id: string;
  /** Who made it. */
  sourceId: string;
  /** The attribution cue as written: said, told, according to, ... */
  cue: string;
  /** True for a direct quotation. */
  direct: boolean;
};

/** One figure in the text, as an interval. */
export type Figure = Span & {
  /** f1, f2, ... */
  id: string;
  /** The number as stated, before its qualifier ("about 19" -> 19); null for a range or a vague amount ("dozens"). */
  value: number | null;
  /** Lower bound the words allow; null = open. */
  low: number | null;
  /** Upper bound the words allow; null = open. */
  high: number | null;
  /** percent, a currency code (USD, GBP, ...), a unit of measure (GB, bhp, lb), or the counted noun; null when none can be read. */
  unit: string | null;
  /** What is counted: killed, wounded, jobs, ...; null when unknown. */
  measure: string | null;
  /** Where/which event/group, when the text says; else null. */
  scope: string | null;
  /** Who gives the figure; null = the article itself. */
  sourceId: string | null;
  /** Who gives the figure when no attributed claim holds it but its clause names them ("Mirel pegged him at $3.1 billion"). */
  holder?: string;
  /** True when the figure stands in the headline. */
  inHeadline?: boolean;
  /** The lower bound itself is excluded ("more than 170"). */
  lowExclusive?: boolean;
  /** The upper bound itself is excluded ("nearly 130"). */
  highExclusive?: boolean;
};

/** Two or more figures of one measure and scope that disagree. */
export type Conflict = {
  /** x1, x2, ... */
  id: string;
  /** contradiction: intervals cannot both hold; discrepancy: they can, but the numbers differ. */
  kind: "contradiction" | "discrepancy";
  /** The figures in conflict. */
  figureIds: string[];
  /** What is counted. */
  measure: string;
  /** Where/which event, or null. */
  scope: string | null;
  /** One line a reader understands. */
  summary: string;
};

/** One disputed quantity: every figure of it, from two or more voices. */
export type Dispute = {
  /** d1, d2, ... */
  id: string;
  /** contradiction when any pair cannot both hold, else discrepancy. */
  kind: "contradiction" | "discrepancy";
  /** What is counted. */
  measure: string;
  /** Where/which event, or null. */
  scope: string | null;
  /** The unit of its figures (see Figure.unit). */
  unit: string | null;
  /** Every figure of that quantity, in text order. */
  figureIds: string[];
  /** The pairs of `conflicts` it gathers. */
  conflictIds: string[];
  /** One line a reader understands. */
  summary: string;
};

/** The whole analysis of one article. */
export type Analysis = {
  /** Always "crosscheck/analysis@1". */
  schema: "crosscheck/analysis@1";
  /** The article analysed. */
  article: ArticleInfo;
  /** Who is cited. */
  sources: Source[];
  /** What each said. */
  claims: Claim[];
  /** The figures in the text. */
  figures: Figure[];
  /** Where figures disagree, pair by pair. */
  conflicts: Conflict[];
  /** Where figures disagree, one entry per disputed quantity (what a reader is shown). */
  disputes: Dispute[];
};

/** The input of the analysis: an article's text and what detection knows of it. */
export type ArticleInput = {
  /** Headline, then paragraphs separated by "\n\n". */
  text: string;
  /** The headline, when known. It should be the first paragraph of `text`. */
  title?: string | null;
  /** The byline, when known. */
  byline?: string | null;
  /** False when no article was found (the text may then be empty). */
  found?: boolean;
  /** How the article was found. */
  method?: string;
};
