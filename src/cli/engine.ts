/**
 * The command line's engine: one input in, the text to print out. It holds the analysis, and
 * loads the page detection (html-input.ts: linkedom, Readability) at the first page; the command
 * loads it only to work: in its own thread with `--jobs 1`, else once in each worker thread
 * (this file is the workers' entry too).
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { analyze } from "../analysis/index.js";
import type { Analysis } from "../analysis/types.js";
import type { ArticleInput } from "../analysis/types.js";
import { InputError, openInput, textInput } from "./load.js";
import { loadModule, saveCodeCaches } from "./load-module.js";
import { traceStart } from "./trace.js";
import { report } from "./report.js";
import { COLD_PAGES, releaseOptimizer } from "./tiering.js";

/** How results are printed. */
export type OutputFormat = {
  /** JSON (else the readable report). */
  json: boolean;
  /** Several inputs: JSON Lines with "file", or reports with the file's name. */
  many: boolean;
};

/** One input to analyse. */
export type Task = {
  /** Its place among the inputs: output goes in this order. */
  index: number;
  /** The path as given ("-" for standard input). */
  file: string;
  /** Its bytes when the main thread read them already (standard input). */
  bytes?: Uint8Array;
  /** Why it cannot be read, when that was known before reading (a list file that is missing). */
  error?: string;
};

/** What one input gives. */
export type TaskResult = {
  /** The task's index. */
  index: number;
  /** Text for stdout: the JSON (a line with several inputs), the report, or the error line. */
  out: string;
  /** The one-line error for stderr, or null. */
  error: string | null;
};

/** A worker's first message: the engine loaded. */
export const READY = "ready";

/** What a worker thread is started with. */
export type WorkerData = { crosscheckEngine: OutputFormat };

/** The page detection, beside this module (TypeScript when run from source). */
const HTML_INPUT = new URL(import.meta.url.endsWith(".ts") ? "./html-input.ts" : "./html-input.cjs", import.meta.url);
/** The page detection, once a page needed it. */
let html: { htmlInput(html: string): ArticleInput } | null = null;

/** The analysis input of one input (throws InputError when it cannot be read). */
export async function loadInput(file: string, bytes?: Uint8Array): Promise<ArticleInput> {
  const opened = openInput(file, bytes);
  if ("text" in opened) return textInput(opened.text);
  if ("none" in opened) return opened.none;
  if (!html) {
    html = await loadModule<{ htmlInput(html: string): ArticleInput }>(HTML_INPUT);
    traceStart("page detection loaded");
  }
  return html.htmlInput(opened.html);
}

/** Analyse one input (throws InputError when it cannot be read). */
export async function analyzeFile(file: string, bytes?: Uint8Array): Promise<Analysis> {
  return analyze(await loadInput(file, bytes));
}

/** Tasks this thread has run (TurboFan is let on after COLD_PAGES: tiering.ts). */
let tasksRun = 0;

/** Run one task; never rejects: an input that cannot be read or analysed gives its error. */
export async function runTask(task: Task, format: OutputFormat): Promise<TaskResult> {
  const { index, file } = task;
  if (++tasksRun === COLD_PAGES + 1) {
    // warm by now: the code caches hold what a page needs (saved with TurboFan still held back)
    saveCodeCaches();
    releaseOptimizer();
  }
  try {
    if (task.error) throw new InputError(task.error);
    const a = await analyzeFile(file, task.bytes);
    const out = format.json
      ? JSON.stringify(format.many ? { file, ...a } : a, null, format.many ? undefined : 2) + "\n"
      : report(a, format.many ? file : undefined) + (format.many ? "\n" : "");
    return { index, out, error: null };
  } catch (e) {
    const message = e instanceof InputError ? e.message : `${file}: ${(e as Error)?.message ?? String(e)}`;
    return { index, out: format.many && format.json ? JSON.stringify({ file, error: message }) + "\n" : "", error: message };
  }
}

// A worker: run each task the command sends, answer with its result.
const data = workerData as WorkerData | undefined;
if (!isMainThread && parentPort && data?.crosscheckEngine) {
  const port = parentPort;
  const format = data.crosscheckEngine;
  // one task at a time, in the order sent (only the first page waits, for the detection to load)
  let queue = Promise.resolve();
  port.on("message", (task: Task) => {
    queue = queue.then(async () => port.postMessage(await runTask(task, format)));
  });
  port.postMessage(READY);
}
