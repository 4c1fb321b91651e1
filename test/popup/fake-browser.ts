/**
 * A minimal extension global for rendering the popup in Node: `i18n.getMessage` reads the real
 * _locales/en/messages.json (so tests also prove every key exists). Import it FIRST, before
 * anything that imports webextension-polyfill (which needs `runtime.id` to load).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** The English messages. */
export const MESSAGES = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../_locales/en/messages.json"), "utf8"),
) as Record<string, Entry>;

/** Keys asked for that do not exist (tests assert it stays empty). */
export const missingKeys = new Set<string>();

/** chrome.i18n.getMessage over MESSAGES: named placeholders whose content is $1..$9. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) {
    missingKeys.add(key);
    return "";
  }
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? "");
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const p = entry.placeholders?.[name.toLowerCase()];
      return p ? fill(p.content) : whole;
    })
    .replace(/\$\$/g, "$");
}

type Api = { runtime?: { id?: string }; i18n?: { getMessage?: unknown } };
const g = globalThis as unknown as { browser?: Api; chrome?: Api };
// The polyfill needs chrome.runtime.id, then uses globalThis.browser as it is when that has one.
if (!g.chrome?.runtime?.id) g.chrome = { ...(g.chrome ?? {}), runtime: { ...(g.chrome?.runtime ?? {}), id: "crosscheck-test" } };
if (!g.browser?.runtime?.id) g.browser = g.chrome;
for (const api of [g.browser, g.chrome]) {
  if (api && !(typeof api.i18n?.getMessage === "function")) api.i18n = { ...(api.i18n ?? {}), getMessage };
}
