/** Worker for bench/run.ts: times analyze() on one text so a runaway input can be stopped. */
import { parentPort, workerData } from "node:worker_threads";
import { analyze } from "../../src/analysis/index.js";

const { text, repeat } = workerData as { text: string; repeat: number };
const times: number[] = [];
let claims = 0, figures = 0;
for (let i = 0; i < repeat; i++) {
  const t0 = performance.now();
  const a = analyze({ text, title: text.slice(0, text.indexOf("\n") >>> 0) });
  times.push(performance.now() - t0);
  claims = a.claims.length;
  figures = a.figures.length;
}
parentPort!.postMessage({ times, claims, figures });
