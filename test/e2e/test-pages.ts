/**
 * Pages the real-browser tests and the bench serve: an SPA that swaps its article with
 * history.pushState, a page without an article, an article guarded against copies (a custom
 * element, CSS-hidden text), a 100,000-word article; and the probe that measures the page's
 * longest main-thread task while Crosscheck works.
 */

/** Words in the long-page test. */
export const LONG_WORDS = 100_000;

/** A page whose article is swapped by history.pushState (an SPA), as the page's own script would. */
export const SPA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood toll rises</title></head>
<body><nav><a href="/">Home</a></nav><main><article id="story"><h1>Flood toll rises in the north</h1>
<p>At least 40 people died in the floods on Monday, the national disaster agency said in a statement to reporters.</p>
<p>The health ministry said 27 people died, and that rescue teams were still searching the villages along the river.</p>
<p>Local officials said the water was receding slowly, and that roads to the region would stay closed for days.</p>
</article></main>
<script>
window.nextStory = () => {
  history.pushState({}, "", "/spa/second");
  document.getElementById("story").innerHTML = "<h1>Storm hits the coast</h1>" +
    "<p>More than 300 homes were damaged by the storm on Friday, the regional governor said in a televised address.</p>" +
    "<p>The red cross said about 120 homes were damaged, and that shelters had opened in three coastal towns overnight.</p>" +
    "<p>Forecasters said the storm would weaken as it moved inland, though heavy rain was expected through the weekend.</p>";
};
</script></body></html>`;

/** A page with no article: navigation, a search form, one short line. */
export const NO_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dashboard</title></head>
<body><nav><a href="/a">Inbox</a> <a href="/b">Settings</a> <a href="/c">Help</a></nav>
<form><input name="q" placeholder="Search"><button>Go</button></form><p>Welcome back.</p></body></html>`;

/** An article with a custom element (its constructor counts calls) and text hidden by a stylesheet. */
export const GUARDED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike</title>
<style>.sr-hidden{display:none}</style>
<script>window.made = 0; customElements.define("x-note", class extends HTMLElement { constructor() { super(); window.made++; } });</script>
</head><body><article><h1>Port strike enters second week</h1>
<p>Dock workers said 1,200 containers were stuck at the port on Monday<span class="sr-hidden"> HIDDEN-TEXT</span>, and that talks had stalled.</p>
<p>The port authority said about 900 containers were waiting, <x-note>a figure it updates daily</x-note>, and that it expected a deal soon.</p>
<p>Shipping lines said they were diverting vessels to other ports along the coast while the strike went on, at a cost to shippers.</p>
</article></body></html>`;

/** A 100,000-word article with attributed figures throughout. */
export function longPage(words: number): string {
  const sentences = [
    "The regional health office said 42 people were treated for injuries after the storm crossed the valley overnight.",
    "Rescue workers reported that several roads remained closed while crews cleared fallen trees and debris from the area.",
    "According to the transport ministry, about 1,200 passengers were stranded at the main station during the evening.",
    "Residents told reporters that the water rose quickly and that many families moved to higher ground before midnight.",
    "Officials said the clean-up would take weeks and that schools in the district would remain closed until further notice.",
  ];
  const paras: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = [0, 1, 2, 3, 4].map((k) => sentences[(i + k) % sentences.length]).join(" ");
    paras.push(`<p>${p}</p>`);
    n += p.split(/\s+/).length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm report</title></head>
<body><article><h1>Storm report: the long version</h1>${paras.join("\n")}</article></body></html>`;
}

/** What the task probe saw. */
export type TaskProbe = {
  /** Longest task the Long Tasks API reported (it reports tasks of 50 ms or more; 0: none), or null where the browser has no such API (Firefox). */
  longestTaskMs: number | null;
  /** How many long tasks it reported. */
  longTasks: number;
  /** Longest time between two ticks of a 0 ms timer loop: the longest stretch the page could not run (any browser). */
  maxGapMs: number;
  /** Longest animation frame of 50 ms or more (Long Animation Frames API: tasks and rendering), 0: none; null where the browser has no such API. */
  longestFrameMs: number | null;
  /** Of that frame, the time spent rendering (style, layout, paint), ms. */
  frameRenderMs: number | null;
};

/**
 * Start the probe in the page (page.evaluate of this source): PerformanceObservers of long tasks
 * and long animation frames where the browser has them, and a timer loop whose longest gap
 * bounds any task (and the rendering between tasks) from above.
 * A string, not a function: the test loader rewrites functions with helpers the page lacks.
 */
export const START_TASK_PROBE = `(() => {
  const probe = (window.__ccProbe = { longest: 0, tasks: 0, gap: 0, observer: false, run: true, frame: 0, render: 0, frames: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.duration > probe.frame) { probe.frame = e.duration; probe.render = e.renderStart ? e.startTime + e.duration - e.renderStart : 0; }
    }).observe({ type: "long-animation-frame" });
    probe.frames = PerformanceObserver.supportedEntryTypes.includes("long-animation-frame");
  } catch { probe.frames = false; }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { probe.tasks++; probe.longest = Math.max(probe.longest, e.duration); }
    }).observe({ type: "longtask" });
    probe.observer = PerformanceObserver.supportedEntryTypes.includes("longtask");
  } catch { probe.observer = false; }
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    probe.gap = Math.max(probe.gap, now - last);
    last = now;
    if (probe.run) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
})()`;

/** Wait (page.evaluate of this source) until the page has painted twice and been idle a moment: its own first layout is not ours to measure. */
export const SETTLE_PAGE = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))))`;

/** Stop the probe and read it (page.evaluate of this source): a TaskProbe. */
export const READ_TASK_PROBE = `(() => {
  const p = window.__ccProbe;
  p.run = false;
  return { longestTaskMs: p.observer ? p.longest : null, longTasks: p.tasks, maxGapMs: p.gap, longestFrameMs: p.frames ? p.frame : null, frameRenderMs: p.frames ? p.render : null };
})()`;

/** A page that evaluates source text: Playwright's and Puppeteer's pages both do. */
export type Evaluates = { evaluate(source: string): Promise<unknown> };

/** What one probed analysis gave. */
export type ProbedAnalysis = TaskProbe & { state: unknown; analysedMs: number; marks: number };

/**
 * Let the page settle, start the probe, run `analyze` (the extension's analysis of the page),
 * wait `settleMs` for the last marks to paint, then read the probe and count the marks.
 */
export async function probeAnalysis(page: Evaluates, analyze: () => Promise<unknown>, settleMs = 300): Promise<ProbedAnalysis> {
  await page.evaluate(SETTLE_PAGE);
  await page.evaluate(START_TASK_PROBE);
  const t0 = Date.now();
  const state = await analyze();
  const analysedMs = Date.now() - t0;
  await new Promise((r) => setTimeout(r, settleMs));
  const probe = (await page.evaluate(READ_TASK_PROBE)) as TaskProbe;
  const marks = (await page.evaluate("[...CSS.highlights.values()].reduce((s, h) => s + h.size, 0)")) as number;
  return { ...probe, state, analysedMs, marks };
}

/** A probe's reading in words (figures, never an assertion: speed is the bench's business). */
export function describeProbe(p: TaskProbe): string {
  const task = p.longestTaskMs === null ? "no Long Tasks API" : p.longTasks ? `longest task ${Math.round(p.longestTaskMs)} ms (${p.longTasks} of 50 ms or more)` : "no task of 50 ms or more";
  const frame = p.longestFrameMs === null ? "" : p.longestFrameMs ? `, longest frame ${Math.round(p.longestFrameMs)} ms (rendering ${Math.round(p.frameRenderMs ?? 0)} ms)` : ", no frame of 50 ms or more";
  return `${task}${frame}, longest gap between timer ticks ${Math.round(p.maxGapMs)} ms`;
}

/**
 * Scroll the page halfway down (page.evaluate of this source), wait for the marks there to be
 * painted, and say how many painted ranges lie in the viewport (many marks are painted only near it).
 */
export const MARKS_AFTER_SCROLL = `(async () => {
  window.scrollTo(0, document.documentElement.scrollHeight / 2);
  await new Promise((r) => setTimeout(r, 400));
  let inView = 0;
  for (const [, h] of CSS.highlights) for (const r of h) {
    const b = r.getBoundingClientRect();
    if (b.bottom > 0 && b.top < innerHeight) inView++;
  }
  return inView;
})()`;
