/**
 * Run the tasks and hand their results over in input order, as each is ready: in this thread
 * (one job), or spread over worker threads that each load the engine once. At most a few tasks
 * per job are out at a time, and results wait only for those before them: memory stays flat
 * however many files there are.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { OutputFormat, Task, TaskResult, WorkerData } from "./engine.js";
import { loadModule, saveCodeCaches } from "./load-module.js";
import { traceStart } from "./trace.js";

/** A worker's first message, once the engine loaded (engine.ts READY; not imported: the engine is heavy). */
const READY = "ready";

/** Tasks a worker holds at once: the one it runs and the next, so it never waits for the main thread. */
const TASKS_PER_WORKER = 2;
/** Results that may wait for a slow one before them, per job; dispatch pauses beyond that. */
const AHEAD_PER_JOB = 16;

/** The engine module, loaded in this thread or in each worker. */
type Engine = { runTask(task: Task, format: OutputFormat): Promise<TaskResult> };

/** How to run: the engine's URL, the threads, the output format. */
export type PoolOptions = { engine: URL; jobs: number; format: OutputFormat };

/** A worker running the engine. */
function engineWorker(engine: URL, workerData: WorkerData): Worker {
  if (engine.pathname.endsWith(".cjs")) {
    // the bundle: the worker loads the engine through its code cache, as this thread would
    const boot = `require(${JSON.stringify(fileURLToPath(import.meta.url))}).loadModule(new URL(${JSON.stringify(engine.href)}));`;
    return new Worker(boot, { eval: true, workerData });
  }
  if (!engine.pathname.endsWith(".ts")) return new Worker(engine, { workerData });
  // Run from source (the tests): on Node 20 a worker does not inherit the TypeScript loader the
  // command runs with (--import tsx), so the worker registers it before loading the engine.
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(engine.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** Run every task in this thread, handing each result over before the next starts. */
async function runHere(tasks: Task[], o: PoolOptions, emit: (r: TaskResult) => void | Promise<void>): Promise<void> {
  const engine = await loadModule<Engine>(o.engine);
  traceStart("engine loaded");
  for (const t of tasks) await emit(await engine.runTask(t, o.format));
  saveCodeCaches();
}

/** Run the tasks over `jobs` workers; results are handed over in task order. */
function runWorkers(tasks: Task[], o: PoolOptions, emit: (r: TaskResult) => void | Promise<void>): Promise<void> {
  const data: WorkerData = { crosscheckEngine: o.format };
  const ready = new Map<number, TaskResult>();
  /** Tasks given back by a worker that stopped, to run again first. */
  const again: Task[] = [];
  const held = new Map<Worker, Task[]>();
  let next = 0;
  let written = 0;
  let flushing = false;
  let failed: Error | null = null;

  return new Promise<void>((resolve, reject) => {
    const finish = () => {
      for (const w of held.keys()) void w.terminate();
      held.clear();
      if (failed) reject(failed);
      else resolve();
    };
    const dispatch = (w: Worker) => {
      const mine = held.get(w);
      if (!mine) return;
      while (mine.length < TASKS_PER_WORKER) {
        const t = again.length ? again.shift()! : next < tasks.length && next < written + o.jobs * AHEAD_PER_JOB ? tasks[next++]! : null;
        if (!t) break;
        mine.push(t);
        w.postMessage(t);
      }
    };
    const flush = async () => {
      if (flushing) return;
      flushing = true;
      try {
        while (ready.has(written)) {
          const r = ready.get(written)!;
          ready.delete(written);
          written++;
          await emit(r);
        }
      } catch (e) {
        failed = e as Error;
      }
      flushing = false;
      if (failed || written === tasks.length) return finish();
      for (const w of held.keys()) dispatch(w);
    };
    const start = () => {
      const w = engineWorker(o.engine, data);
      let loaded = false;
      held.set(w, []);
      w.on("message", (r: TaskResult | typeof READY) => {
        if (r === READY) {
          loaded = true;
          return;
        }
        const mine = held.get(w);
        const at = mine?.findIndex((t) => t.index === r.index) ?? -1;
        if (mine && at >= 0) mine.splice(at, 1);
        ready.set(r.index, r);
        dispatch(w);
        void flush();
      });
      let why = "";
      w.on("error", (e: Error) => (why = e?.message ?? String(e)));
      w.on("exit", (code) => {
        const mine = held.get(w);
        if (!mine) return; // terminated by finish()
        held.delete(w);
        if (!loaded) {
          // the engine itself does not load: no task would run anywhere
          failed = new Error(`cannot start a worker: ${why || `exit code ${code}`}`);
          return finish();
        }
        // the task it was running takes the blame; the one it held next runs again
        const [running, ...rest] = mine;
        if (running) {
          const message = `${running.file}: the analysis stopped (${why || `exit code ${code}`})`;
          ready.set(running.index, { index: running.index, error: message, out: o.format.many && o.format.json ? JSON.stringify({ file: running.file, error: message }) + "\n" : "" });
        }
        again.unshift(...rest);
        start();
        void flush();
      });
      dispatch(w);
    };
    if (!tasks.length) return resolve();
    for (let i = 0; i < Math.min(o.jobs, tasks.length); i++) start();
  });
}

/** Run the tasks with `jobs` threads (this one alone when 1) and hand results over in order. */
export function runTasks(tasks: Task[], o: PoolOptions, emit: (r: TaskResult) => void | Promise<void>): Promise<void> {
  return o.jobs <= 1 || tasks.length <= 1 ? runHere(tasks, o, emit) : runWorkers(tasks, o, emit);
}
