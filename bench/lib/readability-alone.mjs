// Readability.js alone, as its users run it in Node: one process, every file given (or every
// file of a folder given) read, parsed with linkedom and Readability.parse() with its defaults,
// one JSON line out per page (title, byline, text). The reference of bench/cli.ts. Plain
// JavaScript and the packages from node_modules, nothing of ours: no loader, no bundle.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const files = [];
for (const a of process.argv.slice(2)) {
  if (statSync(a).isDirectory()) for (const f of readdirSync(a).sort()) files.push(join(a, f));
  else files.push(a);
}
for (const file of files) {
  let line;
  try {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    const r = new Readability(document).parse();
    line = { file, title: r?.title ?? null, byline: r?.byline ?? null, text: r?.textContent ?? "" };
  } catch (e) {
    line = { file, error: String(e?.message ?? e) };
  }
  process.stdout.write(JSON.stringify(line) + "\n");
}
