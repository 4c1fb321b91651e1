/**
 * Read one input of the command line: a .txt file is the analysis input as it is; a page is
 * decoded for the detection (html-input.ts). Either may be gzipped (saved corpora often are):
 * it is read as its content.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { ArticleInput } from "../analysis/types.js";
import { resolvePath } from "./resolve-path.js";

/** File name endings read as plain text (analysed as written, no detection). */
const TEXT_EXT_RE = /\.(txt|text)$/i;
/** A page has a tag near its start; anything else (binary, plain text) is not HTML. */
const LOOKS_HTML_RE = /<(!doctype|html|head|body|meta|title|div|p|article|main|section|h[1-6]|!--)[\s>]/i;
/** Characters sniffed for a tag. */
const HTML_SNIFF_CHARS = 4096;
/** Bytes sniffed for a <meta charset> when the page is not UTF-8. */
const CHARSET_SNIFF_BYTES = 4096;
/** File name endings of gzipped input, dropped before the name says whether it is text. */
const GZIP_EXT_RE = /\.gz$/i;

/** A read failure the command line reports in one line. */
export class InputError extends Error {}

/** The raw bytes of a path, or of standard input for "-". */
export function readInput(file: string): Buffer {
  try {
    return file === "-" ? readFileSync(0) : readFileSync(resolvePath(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new InputError(`${file === "-" ? "standard input" : file}: ${why}`);
  }
}

/** Decode a page: the charset its <meta> declares when it is not UTF-8, else UTF-8. */
export function decodeHtml(bytes: Buffer): string {
  const head = bytes.subarray(0, CHARSET_SNIFF_BYTES).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label && label !== "utf-8" && label !== "utf8") {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // an unknown label: UTF-8 below
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** The analysis input of a plain-text article: the text exactly, its first non-empty line as title. */
export function textInput(text: string): ArticleInput {
  const first = text.split(/\r?\n/).find((l) => l.trim().length > 0);
  return { text, title: first?.trim() ?? null, byline: null, found: text.trim().length > 0, method: "text" };
}

/** True when bytes start with gzip's magic number. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** An input read and decoded: plain text, a page to run the detection on, or neither. */
export type OpenedInput = { text: string } | { html: string } | { none: ArticleInput };

/** The analysis input of something that is not a page: no article. */
const NOT_HTML: ArticleInput = { text: "", title: null, byline: null, found: false, method: "none" };

/**
 * Read and decode one input ("-" is standard input, read as HTML); `bytes` when they were read
 * already (standard input read by the main thread for a worker). A page's detection is left to
 * html-input.ts, loaded only when a page comes.
 */
export function openInput(file: string, bytes: Uint8Array = readInput(file)): OpenedInput {
  let name = file;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new InputError(`${file === "-" ? "standard input" : file}: not readable gzip (${(e as Error).message})`);
    }
    name = file.replace(GZIP_EXT_RE, "");
  }
  if (TEXT_EXT_RE.test(name)) return { text: new TextDecoder("utf-8").decode(bytes) };
  const html = decodeHtml(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return LOOKS_HTML_RE.test(html.slice(0, HTML_SNIFF_CHARS)) ? { html } : { none: { ...NOT_HTML } };
}
