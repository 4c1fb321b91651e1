// Worker for bench/run.ts: times analyze() of the shipped bundle (bench/lib/shipped.ts) on one
// text, so a runaway input can be stopped. Plain JavaScript: no loader in the timed thread.
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";

const { text, repeat, bundle } = workerData;
const { analyze } = await import(pathToFileURL(bundle).href);
const times = [];
let claims = 0, figures = 0;
for (let i = 0; i < repeat; i++) {
  const t0 = performance.now();
  const a = analyze({ text, title: text.slice(0, text.indexOf("\n") >>> 0) });
  times.push(performance.now() - t0);
  claims = a.claims.length;
  figures = a.figures.length;
}
parentPort.postMessage({ times, claims, figures });
