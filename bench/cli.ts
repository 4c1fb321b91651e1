/**
 * The command line's speed, as a user runs it: whole processes, cold, side by side with
 * Readability.js alone in one Node process (bench/lib/readability-alone.mjs) on the same files.
 *
 * usage: npm run bench:cli -- [--rounds N] [--corpus pages|texts|all] [--scale N]
 *
 * Workflow:
 *  1. the inputs: the 181 extraction pages unzipped into a temporary folder (both sides read
 *     plain HTML); the 1,270 news texts as they are for the command line, and as simple HTML
 *     pages (title, one <p> a paragraph) for Readability, which reads only HTML
 *  2. start-up: `node -e 0`, `node build/cli.mjs --help` and `npm run --silent analyze -- --help`;
 *     when, before the first page, the engine and the page detection are loaded (CROSSCHECK_TRACE_START)
 *  3. per round, in turn: Readability alone over the whole corpus in one process, and in batches
 *     of 20 files (a process each: what a fresh process costs it, like for like); the command
 *     line in batches of 20 files (one `npm run --silent analyze -- --json FILES` each, one after
 *     another) with --jobs 1 and --jobs 2, and with --jobs 1 through `node build/cli.mjs` (npm's
 *     own start left out); the whole corpus in one call (@list) with --jobs 1 and 2
 *  4. per run: wall time, and peak memory (/usr/bin/time's maximum resident set) of the largest
 *     process; ratios to Readability's time in the same round; medians over the rounds
 *  5. --scale N: one call over N files (both corpora repeated in a list file) with --jobs 2 and
 *     the progress line, its memory sampled as it runs: flat memory means the same RSS at 10%
 *     and at 90% of the files
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { repoRoot, sharedDir } from "./lib/paths.js";

/** Files per call in the batch runs (as a script feeding a corpus to the command would). */
const BATCH = 20;
/** Start-up timings taken per command (the median is shown). */
const STARTUP_RUNS = 5;
/** How often --scale samples the command's memory (ms). */
const SAMPLE_MS = 250;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(opt("--rounds") ?? 3);
const corpusArg = opt("--corpus") ?? "all";
const scale = opt("--scale") !== undefined ? Number(opt("--scale")) : 0;
const TIME = "/usr/bin/time";
const hasTime = existsSync(TIME);

/**
 * One timed process: wall time (ms), processor time (user + system, ms, its children included:
 * steadier than wall time on a machine shared with other work), peak resident memory (KB).
 * The last two are null without /usr/bin/time.
 */
type Timed = { ms: number; cpuMs: number | null; rssKb: number | null; code: number | null; lines: number };

/** Run a command to completion, stdout discarded; wall time and peak memory. */
function timed(cmd: string, cmdArgs: string[]): Timed {
  const out = path.join(work, `time-${process.pid}.txt`);
  const [file, fileArgs] = hasTime ? [TIME, ["-f", "%M %U %S", "-o", out, cmd, ...cmdArgs]] : [cmd, cmdArgs];
  // stdout to a file: its lines are counted, so a run that failed fast is not taken for a fast run
  const stdout = path.join(work, `stdout-${process.pid}.txt`);
  const fd = openSync(stdout, "w");
  const t0 = performance.now();
  const r = spawnSync(file, fileArgs, { cwd: repoRoot, stdio: ["ignore", fd, "pipe"], encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  closeSync(fd);
  const lines = countLines(stdout);
  if ((r.status !== 0 && r.status !== 2) || /cannot build/.test(r.stderr ?? "")) process.stderr.write(`  ${cmd} ${cmdArgs.slice(0, 4).join(" ")}...: exit ${r.status}\n${r.stderr?.slice(0, 500)}\n`);
  const [rss, user, sys] = hasTime ? readFileSync(out, "utf8").trim().split("\n").pop()!.split(" ").map(Number) : [];
  const cpu = (user ?? NaN) + (sys ?? NaN);
  return { ms, cpuMs: Number.isFinite(cpu) ? cpu * 1000 : null, rssKb: Number.isFinite(rss) ? rss! : null, code: r.status, lines };
}

/**
 * JSON objects a run printed: lines that open with "{" (a JSON Line, or the first line of the
 * indented JSON of a one-file call), read in pieces.
 */
function countLines(file: string): number {
  const buf = Buffer.alloc(1 << 20);
  const fd = openSync(file, "r");
  let n = 0;
  let atStart = true;
  for (let got; (got = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
    for (let i = 0; i < got; i++) {
      if (atStart && buf[i] === 0x7b) n++;
      atStart = buf[i] === 10;
    }
  }
  closeSync(fd);
  return n;
}

/** Several processes one after another: total wall time, the largest peak memory. */
function timedAll(calls: Array<[string, string[]]>): Timed {
  let ms = 0;
  let cpu: number | null = null;
  let rss: number | null = null;
  let code: number | null = 0;
  let lines = 0;
  for (const [cmd, a] of calls) {
    const t = timed(cmd, a);
    ms += t.ms;
    lines += t.lines;
    if (t.cpuMs !== null) cpu = (cpu ?? 0) + t.cpuMs;
    if (t.rssKb !== null) rss = Math.max(rss ?? 0, t.rssKb);
    if (t.code !== 0) code = t.code;
  }
  return { ms, cpuMs: cpu, rssKb: rss, code, lines };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMb = (kb: number | null) => (kb === null ? "?" : `${Math.round(kb / 1024)} MB`);

const work = mkdtempSync(path.join(tmpdir(), "crosscheck-bench-cli-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

/** A corpus: the files the command line reads and the HTML files Readability reads. */
type Corpus = { name: string; ours: string[]; html: string[] };

/** The extraction pages, unzipped. */
function pages(): Corpus {
  const src = path.join(sharedDir, "benchmarks/article-extraction/html");
  const dir = path.join(work, "pages");
  mkdirSync(dir);
  const files = readdirSync(src)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => {
      const to = path.join(dir, f.slice(0, -3));
      writeFileSync(to, gunzipSync(readFileSync(path.join(src, f))));
      return to;
    });
  return { name: `${files.length} extraction pages`, ours: files, html: files };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The news texts, and the same as plain HTML pages for Readability. */
function texts(): Corpus {
  const src = path.join(sharedDir, "benchmarks/news-texts/texts");
  const dir = path.join(work, "texts-html");
  mkdirSync(dir);
  const ours = readdirSync(src).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(src, f));
  const html = ours.map((file) => {
    const text = readFileSync(file, "utf8");
    const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const title = paras[0]?.split("\n")[0] ?? "";
    const body = paras.map((p) => `<p>${escape(p)}</p>`).join("\n");
    const to = path.join(dir, path.basename(file, ".txt") + ".html");
    writeFileSync(to, `<!doctype html><html><head><title>${escape(title)}</title></head><body><article>${body}</article></body></html>`);
    return to;
  });
  return { name: `${ours.length} news texts`, ours, html };
}

/** A list file of paths, for one call over a whole corpus. */
function listOf(name: string, files: string[]): string {
  const p = path.join(work, `${name}.list`);
  writeFileSync(p, files.join("\n") + "\n");
  return p;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const analyzeCall = (a: string[]): [string, string[]] => [npm, ["run", "--silent", "analyze", "--", ...a]];
/** The same command without npm's own start (~0.4 s a call here): what a script calling node directly pays. */
const directCall = (a: string[]): [string, string[]] => [process.execPath, [path.join(repoRoot, "build/cli.mjs"), ...a]];
const readabilityCall = (files: string[]): [string, string[]] => [process.execPath, [path.join(repoRoot, "bench/lib/readability-alone.mjs"), ...files]];

/** The runs of one corpus, by label. */
function runsOf(c: Corpus): Array<[string, () => Timed]> {
  const batches: string[][] = [];
  const htmlBatches: string[][] = [];
  for (let i = 0; i < c.ours.length; i += BATCH) {
    batches.push(c.ours.slice(i, i + BATCH));
    htmlBatches.push(c.html.slice(i, i + BATCH));
  }
  const list = listOf(c.name.replace(/\W+/g, "-"), c.ours);
  // Readability gets a folder when its files are all of one (a command line of 1,270 paths is long)
  const htmlDir = path.dirname(c.html[0]!);
  const sameDir = c.html.every((f) => path.dirname(f) === htmlDir) && readdirSync(htmlDir).length === c.html.length;
  return [
    ["Readability.js alone, one process", () => timedAll([readabilityCall(sameDir ? [htmlDir] : c.html)])],
    // like for like: Readability also started cold once per batch (its own process each)
    [`Readability.js alone, batches of ${BATCH}`, () => timedAll(htmlBatches.map((b) => readabilityCall(b)))],
    [`crosscheck, batches of ${BATCH}, --jobs 1`, () => timedAll(batches.map((b) => analyzeCall(["--json", "--jobs", "1", ...b])))],
    [`crosscheck, batches of ${BATCH}, --jobs 2`, () => timedAll(batches.map((b) => analyzeCall(["--json", "--jobs", "2", ...b])))],
    [`node build/cli.mjs, batches of ${BATCH}, --jobs 1`, () => timedAll(batches.map((b) => directCall(["--json", "--jobs", "1", ...b])))],
    ["crosscheck, one call (@list), --jobs 1", () => timedAll([analyzeCall(["--json", "--jobs", "1", `@${list}`])])],
    ["crosscheck, one call (@list), --jobs 2", () => timedAll([analyzeCall(["--json", "--jobs", "2", `@${list}`])])],
  ];
}

/** Time and report every run of a corpus, rounds interleaved. */
/** A run's figures over the rounds: medians of wall time and of its ratio, processor time ratio, peak memory. */
type Figures = { ms: number; ratio: number; cpuRatio: number | null; rssKb: number | null };

function benchCorpus(c: Corpus): Record<string, Figures> {
  const runs = runsOf(c);
  /** Per run, per round: its timing, or null when it failed. */
  const got = new Map<string, Array<Timed | null>>(runs.map(([label]) => [label, []]));
  console.log(`\n${c.name}`);
  for (let r = 0; r < rounds; r++) {
    const line: string[] = [];
    let base: Timed | null = null;
    for (const [i, [label, run]] of runs.entries()) {
      ensureBuilt();
      let t: Timed | null = run();
      // one line a file (Readability too): fewer means the run failed, and its time says nothing
      if (t.lines !== c.ours.length) {
        line.push(`FAILED (${t.lines} of ${c.ours.length} lines)`);
        t = null;
      } else if (i === 0) base = t;
      got.get(label)!.push(t);
      if (!t) continue;
      const cpu = base && t.cpuMs !== null && base.cpuMs ? `, cpu ${(t.cpuMs / base.cpuMs).toFixed(2)}x` : "";
      line.push(base ? `${fmtS(t.ms)} (${(t.ms / base.ms).toFixed(2)}x${cpu})` : fmtS(t.ms));
    }
    console.log(`  round ${r + 1}: ${line.join(" | ")}  [load average ${loadavg()[0]!.toFixed(1)}]`);
  }
  const out: Record<string, Figures> = {};
  const base = got.get(runs[0]![0])!;
  for (const [label] of runs) {
    const all = got.get(label)!;
    const pairs = all.flatMap((t, i) => (t && base[i] ? [[t, base[i]!] as const] : []));
    const ts = all.filter((t): t is Timed => !!t);
    if (!ts.length || !pairs.length) {
      console.log(`  ${label.padEnd(42)} no complete round`);
      continue;
    }
    const ratios = pairs.map(([t, b]) => t.ms / b.ms);
    const cpuRatios = pairs.flatMap(([t, b]) => (t.cpuMs !== null && b.cpuMs ? [t.cpuMs / b.cpuMs] : []));
    const rss = ts.map((t) => t.rssKb).filter((x): x is number => x !== null);
    const f: Figures = {
      ms: median(ts.map((t) => t.ms)),
      ratio: median(ratios),
      cpuRatio: cpuRatios.length ? median(cpuRatios) : null,
      rssKb: rss.length ? Math.max(...rss) : null,
    };
    out[label] = f;
    const range = ratios.length > 1 ? ` (rounds ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}x)` : "";
    const cpu = f.cpuRatio !== null ? `, processor time ${f.cpuRatio.toFixed(2)}x` : "";
    console.log(`  ${label.padEnd(42)} ${fmtS(f.ms).padStart(9)}  ${f.ratio.toFixed(2)}x Readability${range}${cpu}, peak ${fmtMb(f.rssKb)}`);
  }
  return out;
}

/** Median wall time of a short command. */
function startup(cmd: string, a: string[]): number {
  const ms: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) ms.push(timed(cmd, a).ms);
  return median(ms);
}

/** Milliseconds since the process started at which a traced start-up step was done (CROSSCHECK_TRACE_START). */
function traced(cmdArgs: string[], env: NodeJS.ProcessEnv = {}): Record<string, number> {
  const r = spawnSync(process.execPath, cmdArgs, { cwd: repoRoot, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  const out: Record<string, number> = {};
  for (const m of r.stderr.matchAll(/^crosscheck: (.+?) at ([\d.]+) ms/gm)) out[m[1]!] = Number(m[2]);
  return out;
}

/** Before the first page: when Node runs its first line, when the engine and the page detection are loaded (medians). */
function firstPage(): { node: number; engine: number; detection: number } {
  const node: number[] = [];
  const engine: number[] = [];
  const detection: number[] = [];
  const seed = path.join(sharedDir, "fixtures/seed-article.html");
  for (let i = 0; i < STARTUP_RUNS; i++) {
    node.push(traced(["-e", 'process.stderr.write(`crosscheck: node at ${performance.now()} ms\\n`)'])["node"]!);
    const t = traced([path.join(repoRoot, "build/cli.mjs"), "--json", "--jobs", "1", seed], { CROSSCHECK_TRACE_START: "1" });
    engine.push(t["engine loaded"]!);
    detection.push(t["page detection loaded"]!);
  }
  return { node: median(node), engine: median(engine), detection: median(detection) };
}

/** One call over `n` files with the progress line, memory sampled from /proc as it runs. */
async function scaleRun(n: number, cs: Corpus[]): Promise<void> {
  const all = cs.flatMap((c) => c.ours);
  const files = Array.from({ length: n }, (_, i) => all[i % all.length]!);
  const list = listOf(`scale-${n}`, files);
  console.log(`\n${n.toLocaleString("en")} files (${cs.map((c) => c.name).join(" and ")} repeated), one call, --jobs 2, --progress:`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot, "build/cli.mjs"), "--json", "--jobs", "2", "--progress", `@${list}`], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let lines = 0;
  let errors = 0;
  let tail = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => {
    const parts = (tail + s).split("\n");
    tail = parts.pop()!;
    for (const l of parts) {
      lines++;
      if (l.startsWith('{"file"') && l.includes('"error"') && !l.includes('"schema"')) errors++;
    }
  });
  const samples: Array<{ at: number; lines: number; rssKb: number }> = [];
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      if (kb) samples.push({ at: performance.now() - t0, lines, rssKb: kb });
    } catch {
      // the process has ended
    }
  }, SAMPLE_MS);
  const code = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(timer);
  const ms = performance.now() - t0;
  console.log(`  ${lines.toLocaleString("en")} JSON lines (${errors} errors), exit ${code}, ${fmtS(ms)}`);
  if (samples.length) {
    const at = (share: number) => samples.find((s) => s.lines >= share * n) ?? samples[samples.length - 1]!;
    const peak = Math.max(...samples.map((s) => s.rssKb));
    console.log(`  memory (RSS of the process, all threads): ${[0.1, 0.5, 0.9].map((q) => `${fmtMb(at(q).rssKb)} at ${Math.round(q * 100)}%`).join(", ")}; peak ${fmtMb(peak)}`);
  }
}

// 1. inputs
const corpora: Corpus[] = [];
if (corpusArg === "pages" || corpusArg === "all") corpora.push(pages());
if (corpusArg === "texts" || corpusArg === "all") corpora.push(texts());

/**
 * Bring dist/cli up to date before a timed run: a source edited meanwhile (the tree is shared)
 * would otherwise make the run time esbuild.
 */
function ensureBuilt(): void {
  spawnSync(process.execPath, [path.join(repoRoot, "build/cli.mjs"), "--help"], { cwd: repoRoot, stdio: "ignore" });
}
ensureBuilt();

// 2. start-up (the load average says how busy the machine was: wall times on a shared machine vary)
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
const node0 = startup(process.execPath, ["-e", "0"]);
const direct = startup(process.execPath, [path.join(repoRoot, "build/cli.mjs"), "--help"]);
const viaNpm = startup(...analyzeCall(["--help"]));
const first = firstPage();
console.log(`start-up (median of ${STARTUP_RUNS}): node -e 0 ${Math.round(node0)} ms; node build/cli.mjs --help ${Math.round(direct)} ms (${Math.round(direct - node0)} ms over Node's own); npm run --silent analyze -- --help ${Math.round(viaNpm)} ms`);
console.log(
  `before the first page: Node runs its first line at ${Math.round(first.node)} ms; the engine is loaded at ${Math.round(first.engine)} ms, ` +
    `the page detection at ${Math.round(first.detection)} ms: ${Math.round(first.detection - first.node)} ms over Node's own start`,
);

// 3-4. the corpora
const results: Record<string, unknown> = {
  startupMs: { node: Math.round(node0), cli: Math.round(direct), npm: Math.round(viaNpm), firstPageOverNode: Math.round(first.detection - first.node) },
};
if (rounds > 0) for (const c of corpora) results[c.name] = benchCorpus(c);

// 5. scale: both corpora, whichever were timed
if (scale > 0) {
  const both = corpusArg === "all" ? corpora : [corpusArg === "pages" ? corpora[0]! : pages(), corpusArg === "texts" ? corpora[0]! : texts()];
  await scaleRun(scale, both);
}

console.log("\n" + JSON.stringify({ bench: "cli", rounds, ...results }));
