/**
 * The command line: `npm run --silent analyze -- [--json] FILE...` (see shared/CONTRACT.md).
 *
 * Workflow:
 *  1. read each input (a path, or "-" for standard input); .txt is analysed as written,
 *     anything else is a page: the browser's own detection on a linkedom DOM (load.ts)
 *  2. run the same analyze() as the extension
 *  3. print JSON (one object; JSON Lines with "file" when several inputs) or a readable report
 *  4. a missing or unreadable input: one line on stderr, exit code 2, the others go on
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../analysis/index.js";
import type { Analysis } from "../analysis/types.js";
import { InputError, loadInput } from "./load.js";
import { report } from "./report.js";

/** Exit code of a missing or unreadable input. */
const EXIT_UNREADABLE = 2;
/** Exit code of a wrong command line. */
const EXIT_USAGE = 2;

const USAGE = `usage: npm run --silent analyze -- [--json] PAGE.html|ARTICLE.txt|- ...
  --json   print the analysis as JSON (JSON Lines with "file" when several inputs)
  -        read HTML from standard input`;

/** What one run of the command line does, for tests: exit code and the text of both streams. */
export type CliResult = { code: number; stdout: string; stderr: string };

/** Analyse one input (throws InputError when it cannot be read). */
export function analyzeFile(file: string): Analysis {
  return analyze(loadInput(file));
}

/** Run the command line on its arguments; never throws. */
export function run(argv: string[]): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const files: string[] = [];
  let json = false;
  let onlyFiles = false;
  for (const a of argv) {
    if (!onlyFiles && a === "--") onlyFiles = true;
    else if (!onlyFiles && a === "--json") json = true;
    else if (!onlyFiles && (a === "-h" || a === "--help")) return { code: 0, stdout: USAGE + "\n", stderr: "" };
    else if (!onlyFiles && a.startsWith("--")) return { code: EXIT_USAGE, stdout: "", stderr: `crosscheck: unknown option ${a}\n${USAGE}\n` };
    else files.push(a);
  }
  if (!files.length) return { code: EXIT_USAGE, stdout: "", stderr: `crosscheck: no input\n${USAGE}\n` };
  const many = files.length > 1;
  for (const file of files) {
    try {
      const a = analyzeFile(file);
      if (json) out.push(JSON.stringify(many ? { file, ...a } : a, null, many ? undefined : 2) + "\n");
      else out.push(report(a, many ? file : undefined) + (many ? "\n" : ""));
    } catch (e) {
      const message = e instanceof InputError ? e.message : `${file}: ${(e as Error)?.message ?? String(e)}`;
      err.push(`crosscheck: ${message}\n`);
      code = EXIT_UNREADABLE;
      if (many && json) out.push(JSON.stringify({ file, error: message }) + "\n");
    }
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** Run with process.argv, write the streams, set the exit code. */
export function main(): void {
  let r: CliResult;
  try {
    r = run(process.argv.slice(2));
  } catch (e) {
    r = { code: 1, stdout: "", stderr: `crosscheck: ${(e as Error)?.message ?? String(e)}\n` };
  }
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}

const entry = process.argv[1] ? path.resolve(process.argv[1]) : "";
if (entry && entry === fileURLToPath(import.meta.url)) main();
