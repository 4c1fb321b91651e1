/** Timing helpers for bench/run.ts. */
import { Worker } from "node:worker_threads";
import { loadShipped, shippedBundle } from "./shipped.js";

/** The q-quantile (0..1) of numbers, nearest rank. */
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** What one timed run in a worker gave. */
export type WorkerTiming = { times: number[]; claims: number; figures: number; coldMs: number | null } | { timedOut: number } | { error: string };

/**
 * Times the shipped analyze() on `text` `repeat` times in a fresh worker; gives up after
 * `timeoutMs`. With `warmup` characters, the first run is timed cold, then the engine is warmed
 * on the text's start and the `repeat` runs are warm (the worker's comment says why).
 */
export async function timeInWorker(text: string, repeat: number, timeoutMs: number, warmup = 0): Promise<WorkerTiming> {
  await loadShipped();
  return new Promise((resolve) => {
    const w = new Worker(new URL("./time-worker.mjs", import.meta.url), { workerData: { text, repeat, bundle: shippedBundle, warmup } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ timedOut: timeoutMs });
    }, timeoutMs);
    w.once("message", (m) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once("error", (e) => {
      clearTimeout(timer);
      resolve({ error: e instanceof Error ? e.message : String(e) });
    });
  });
}
