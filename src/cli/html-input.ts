/**
 * The analysis input of an HTML page: the browser's own detection (src/page/detect.ts) on a
 * linkedom DOM. Its own module (and bundle): linkedom and Readability are most of the command
 * line's code, loaded only when a page comes (a corpus of texts never loads them).
 */
import { parseHTML } from "linkedom";
import type { ArticleInput } from "../analysis/types.js";
import { detectArticle, toArticleInput } from "../page/detect.js";

/** The analysis input of a page (see load.ts openInput: it was sniffed as HTML). */
export function htmlInput(html: string): ArticleInput {
  let { document } = parseHTML(html);
  // a fragment without <html>: linkedom leaves documentElement null; give it the usual frame
  if (!document.documentElement || !document.body) ({ document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`));
  return toArticleInput(detectArticle(document as unknown as Document));
}
