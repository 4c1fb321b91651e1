/**
 * The typed message protocol between page (content script), background and popup.
 * Each side exposes a method map; `send`/`sendToTab` are typed from it, never `data: any`.
 */
import type { Analysis, ArticleInput } from "../analysis/types.js";
import type { Outline } from "../page/outline.js";

/** What a tab's analysis is doing. */
export type TabStatus =
  | "idle" /** not analysed yet */
  | "analysing"
  | "done"
  | "no-article" /** detection found no article */
  | "restricted" /** a page extensions may not touch */
  | "error";

/** Why a page cannot be analysed, when status is "restricted" (the popup says it in words). */
export type RestrictedReason =
  | "browser" /** the browser's own pages: chrome://, about:, view-source:, other extensions */
  | "store" /** the extension stores, where browsers forbid extensions */
  | "pdf" /** the browser's PDF viewer */
  | "file" /** a file:// page without "Allow access to file URLs" */
  | "permission"; /** the page may not be read yet: open Crosscheck from its toolbar button there */

/** The state of one tab, kept by the background and shown by the popup. */
export type TabState = {
  /** What the analysis is doing. */
  status: TabStatus;
  /** Why the page is restricted, when status is "restricted". */
  reason?: RestrictedReason;
  /** When an analysis started (ms since the epoch), while status is "analysing". */
  startedAt?: number;
  /** The page's URL when the state was set. */
  url?: string;
  /** The analysis, when done. */
  analysis?: Analysis;
  /** The error message, when status is "error". */
  error?: string;
  /** Whether marks are shown on the page. */
  marks?: boolean;
  /** Whether claim marks are shown (conflict marks follow `marks`). */
  claimMarks?: boolean;
};

/** Options of one analysis run in the page. */
export type AnalyzeOptions = {
  /** Analyse the whole page when no article is found. */
  wholePage?: boolean;
};

/**
 * Calls the content script answers (from background or popup through background). The states
 * it answers never carry the analysis: the background made it (analyzeArticle) and keeps it, so
 * the page does not copy megabytes back on its own thread.
 */
export type PageCalls = {
  /** Run the analysis on the page and mark it. */
  analyze(options: AnalyzeOptions): TabState;
  /** Show or hide marks. */
  setMarks(marks: boolean, claimMarks: boolean): TabState;
  /** Scroll to the marks of a claim, figure or conflict id and flash them. */
  reveal(id: string): boolean;
  /** Remove every mark and listener: the page's DOM as it was. */
  off(): void;
  /** Is the content script here, and in what state (never with the analysis: see `analysis`). */
  ping(): TabState;
  /** The page's current analysis, whole, or null (for a background that lost its own copy). */
  analysis(): Analysis | null;
};

/** Calls the background answers. */
export type BackgroundCalls = {
  /** The state of a tab. */
  getState(tabId: number): TabState;
  /** Analyse a tab (injects the content script when needed). */
  analyzeTab(tabId: number, options: AnalyzeOptions): TabState;
  /** Show or hide marks in a tab. */
  setMarks(tabId: number, marks: boolean, claimMarks: boolean): TabState;
  /** Reveal a mark in a tab. */
  reveal(tabId: number, id: string): boolean;
  /** Turn Crosscheck off in a tab. */
  off(tabId: number): void;
  /** Run Readability on a page's HTML off the page's main thread; the page maps the outline back to its nodes. */
  readArticleHtml(html: string): Outline | null;
  /**
   * Analyse an article's text off the page's main thread; the page maps the result to marks.
   * The answer is packed (shared/wire.ts): slim JSON, the page fills in the texts from its own.
   */
  analyzeArticle(input: ArticleInput): string;
  /** The content script reports its state (sender tab is implied). */
  report(state: TabState): void;
  /** Whether this tab's site is analysed automatically. */
  getAutoSite(tabId: number): { host: string | null; enabled: boolean };
  /** Turn automatic analysis on or off for this tab's site (asks for the host permission). */
  setAutoSite(tabId: number, enabled: boolean): { host: string | null; enabled: boolean };
};

/** A message on the wire: the method name and its arguments. */
export type Message<C> = {
  [M in keyof C]: C[M] extends (...args: infer A) => unknown ? { crosscheck: 1; method: M; args: A } : never;
}[keyof C];

/** The awaited result of method M of map C. */
export type Result<C, M extends keyof C> = C[M] extends (...args: never[]) => infer R ? Awaited<R> : never;

/** The arguments of method M of map C. */
export type Args<C, M extends keyof C> = C[M] extends (...args: infer A) => unknown ? A : never;

/** A handler map: each method may answer synchronously or with a promise. */
export type Handlers<C> = {
  [M in keyof C]: C[M] extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : never;
};

/** Build the wire message of a call. */
export function message<C, M extends keyof C>(method: M, args: Args<C, M>): { crosscheck: 1; method: M; args: Args<C, M> } {
  return { crosscheck: 1, method, args };
}

/** True when a value looks like one of our messages. */
export function isMessage(value: unknown): value is { crosscheck: 1; method: string; args: unknown[] } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { crosscheck?: unknown }).crosscheck === 1 &&
    typeof (value as { method?: unknown }).method === "string" &&
    Array.isArray((value as { args?: unknown }).args)
  );
}

/** Dispatch a message to a handler map; unknown methods answer undefined. */
export async function dispatch<C>(handlers: Handlers<C>, value: unknown): Promise<unknown> {
  if (!isMessage(value)) return undefined;
  const fn = (handlers as Record<string, ((...a: unknown[]) => unknown) | undefined>)[value.method];
  if (typeof fn !== "function") return undefined;
  return await fn(...value.args);
}
