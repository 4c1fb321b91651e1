/**
 * PLACEHOLDER command line (the foundation's build needs an entry); the page engineer replaces
 * it with the real detection. Usage: analyze [--json] FILE... ("-" = standard input).
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { analyze } from "../analysis/index.js";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const files = argv.filter((a) => a !== "--json");

let code = 0;
for (const file of files) {
  let raw: string;
  try {
    raw = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    process.stderr.write(`crosscheck: ${file}: ${(e as Error).message}\n`);
    code = 2;
    continue;
  }
  let text = raw;
  let title: string | null = raw.split("\n").find((l) => l.trim())?.trim() ?? null;
  if (!file.endsWith(".txt")) {
    const { document } = parseHTML(raw);
    title = document.querySelector("h1")?.textContent?.trim() ?? null;
    text = [...document.querySelectorAll("h1, p")].map((p) => (p.textContent ?? "").trim()).filter(Boolean).join("\n\n");
  }
  const analysis = analyze({ text, title, found: text.length > 0 });
  const out = files.length > 1 ? { file, ...analysis } : analysis;
  process.stdout.write(json ? JSON.stringify(out) + "\n" : `${analysis.article.title ?? "(no title)"}\n${analysis.figures.length} figures, ${analysis.conflicts.length} conflicts\n`);
}
process.exitCode = code;
