/**
 * The command line's arguments: options anywhere, "--" ends them, everything else is an input.
 */
import { availableParallelism } from "node:os";

/** What the command was asked to do. */
export type CliArgs = {
  /** Inputs as given: paths, "-" (standard input), folders, "@list" files. */
  inputs: string[];
  /** Print JSON (else the readable report). */
  json: boolean;
  /** Threads analysing at once. */
  jobs: number;
  /** Show the progress line: true, false, or null for "when stderr is a terminal and inputs are many". */
  progress: boolean | null;
};

/** The usage text. */
export const USAGE = `usage: npm run --silent analyze -- [--json] [--jobs N] INPUT...
  INPUT         PAGE.html, ARTICLE.txt (either may be gzipped), - (HTML on standard input),
                a folder (every file under it), or @LIST (a file of paths, one a line)
  --json        print the analysis as JSON (JSON Lines with "file" when several inputs)
  --jobs N      analyse N files at once in worker threads (default: the machine's cores)
  --progress    show the progress line on stderr (default: when it is a terminal and there
                are more than 20 files); --no-progress never`;

/** Parse the arguments; a string is a usage error. `help` asks for the usage. */
export function parseArgs(argv: string[]): CliArgs | "help" | { error: string } {
  const out: CliArgs = { inputs: [], json: false, jobs: availableParallelism(), progress: null };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // single-dash words are inputs ("-" is standard input), but for -h and -j
    if (onlyInputs || (!a.startsWith("--") && a !== "-h" && a !== "-j")) {
      out.inputs.push(a);
      continue;
    }
    if (a === "--") onlyInputs = true;
    else if (a === "--json") out.json = true;
    else if (a === "-h" || a === "--help") return "help";
    else if (a === "--progress") out.progress = true;
    else if (a === "--no-progress") out.progress = false;
    else if (a === "--jobs" || a === "-j" || a.startsWith("--jobs=")) {
      const value = a.startsWith("--jobs=") ? a.slice("--jobs=".length) : argv[++i];
      const n = Number(value);
      if (!value || !Number.isInteger(n) || n < 1) return { error: `--jobs takes a whole number of 1 or more, not ${value ?? "nothing"}` };
      out.jobs = n;
    } else return { error: `unknown option ${a}` };
  }
  return out;
}
