// Worker for bench/run.ts: times analyze() of the shipped bundle (bench/lib/shipped.ts) on one
// text, so a runaway input can be stopped. Plain JavaScript: no loader in the timed thread.
// The first run is timed cold (the engine never ran in this worker); then the engine is warmed
// on the text's first `warmup` characters, as a browser's engine is by the pages before, and the
// `repeat` runs after that are the warm times.
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";

const { text, repeat, bundle, warmup = 0 } = workerData;
const { analyze } = await import(pathToFileURL(bundle).href);
const title = (t) => t.slice(0, t.indexOf("\n") >>> 0);
const times = [];
let claims = 0, figures = 0, coldMs = null;
const once = () => {
  const t0 = performance.now();
  const a = analyze({ text, title: title(text) });
  claims = a.claims.length;
  figures = a.figures.length;
  return performance.now() - t0;
};
if (warmup > 0) {
  coldMs = once();
  for (let i = 0; i < 3; i++) analyze({ text: text.slice(0, warmup), title: title(text) });
}
for (let i = 0; i < repeat; i++) times.push(once());
parentPort.postMessage({ times, claims, figures, coldMs });
