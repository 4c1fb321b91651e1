/**
 * The command line: `npm run --silent analyze -- [--json] [--jobs N] INPUT...` (see
 * shared/CONTRACT.md and args.ts).
 *
 * Workflow:
 *  1. expand the inputs (inputs.ts): paths, "-" for standard input, folders, "@list" files
 *  2. analyse them (pool.ts): in this thread with one job, else over worker threads; each
 *     input goes through engine.ts: .txt as written, anything else through the browser's own
 *     detection on a linkedom DOM (load.ts), then the same analyze() as the extension
 *  3. print each result as soon as it and those before it are ready: JSON (one object; JSON
 *     Lines with "file" when several inputs) or a readable report
 *  4. an input that cannot be read: its line on stderr (and its {"file","error"} line), exit
 *     code 2, the others go on; a progress line on stderr for long runs (progress.ts)
 * This module loads no DOM and no analysis: the engine is loaded where the work is done.
 */
import { once } from "node:events";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import { parseArgs, USAGE } from "./args.js";
import type { TaskResult } from "./engine.js";
import { expandInputs } from "./inputs.js";
import { runTasks } from "./pool.js";
import { Progress } from "./progress.js";
export { loadModule } from "./load-module.js";
import { holdOptimizer } from "./tiering.js";

/** Exit code of a missing or unreadable input. */
const EXIT_UNREADABLE = 2;
/** Exit code of a wrong command line. */
const EXIT_USAGE = 2;
/** Exit code when the command itself fails. */
const EXIT_FAILED = 1;
/** More inputs than this show the progress line on a terminal. */
const PROGRESS_MIN_FILES = 20;

/** Where the engine is: beside this module, as TypeScript when run from source. */
const ENGINE = new URL(import.meta.url.endsWith(".ts") ? "./engine.ts" : "./engine.cjs", import.meta.url);

/** A stream the command writes to. */
type Out = NodeJS.WritableStream & { isTTY?: boolean };

/** Write to a stream, waiting when it asks to (a slow pipe must not make the output pile up here). */
async function write(stream: Out, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, "drain");
}

/** Run the command line on its arguments, writing to the streams; resolves to the exit code. */
export async function main(argv: string[], stdout: Out = process.stdout, stderr: Out = process.stderr): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    await write(stdout, USAGE + "\n");
    return 0;
  }
  if ("error" in args) {
    await write(stderr, `crosscheck: ${args.error}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (!args.inputs.length) {
    await write(stderr, `crosscheck: no input\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { tasks, many } = expandInputs(args.inputs);
  const jobs = Math.max(1, Math.min(args.jobs, tasks.length));
  // workers cannot read this process's standard input: read it here for them
  if (jobs > 1) {
    for (const t of tasks) {
      if (t.file !== "-" || t.error) continue;
      try {
        t.bytes = readFileSync(0);
      } catch (e) {
        t.error = `standard input: ${(e as Error).message}`;
      }
    }
  }
  const progress = new Progress(tasks.length, stderr, args.progress ?? (!!stderr.isTTY && tasks.length > PROGRESS_MIN_FILES));
  let done = 0;
  let errors = 0;
  const emit = async (r: TaskResult) => {
    done++;
    if (r.error) {
      errors++;
      progress.note(`crosscheck: ${r.error}\n`);
    }
    await write(stdout, r.out);
    progress.update(done, errors);
  };
  try {
    await runTasks(tasks, { engine: ENGINE, jobs, format: { json: args.json, many } }, emit);
  } catch (e) {
    progress.note(`crosscheck: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT_FAILED;
  }
  progress.end(done, errors);
  return errors ? EXIT_UNREADABLE : 0;
}

/** Run with process.argv and set the exit code; a closed stdout (`| head`) ends the run quietly. */
export async function cli(): Promise<void> {
  holdOptimizer();
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`crosscheck: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = EXIT_FAILED;
  }
}

const entry = process.argv[1] ? path.resolve(process.argv[1]) : "";
if (isMainThread && entry && entry === fileURLToPath(import.meta.url)) void cli();
