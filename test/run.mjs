/**
 * `npm test`: typecheck, build, then every test with mocha (TypeScript through tsx).
 *
 *   node test/run.mjs              unit tests (test/**\/*.test.ts) then real-browser tests (test/e2e)
 *   node test/run.mjs --unit       unit tests only
 *   node test/run.mjs --grep TEXT  only tests whose full title contains TEXT
 *   node test/run.mjs FILE...      only these test files (still typechecks and builds)
 *
 * The typecheck and the build are reported as tests, so the last line counts everything:
 * `tests: N passed, N failed, N skipped`. Exit code 1 on any failure.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Mocha from "mocha";
import { register } from "tsx/esm/api";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const args = process.argv.slice(2);
const unitOnly = args.includes("--unit");
const grepAt = args.indexOf("--grep");
const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;
const only = args.filter((a, i) => !a.startsWith("--") && (grepAt < 0 || i !== grepAt + 1));

/** Default per-test timeout; real-browser suites raise their own. */
const TIMEOUT_MS = 20_000;

/** Every *.test.ts under a folder, sorted, optionally skipping one subfolder. */
function testFiles(dir, skip) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== skip && e.name !== "fixtures" && e.name !== "node_modules") out.push(...testFiles(p, skip));
    } else if (e.name.endsWith(".test.ts")) out.push(p);
  }
  return out.sort();
}

/** Run a step, timing it; its output shows only on failure. */
function step(label, command, commandArgs) {
  const started = Date.now();
  const r = spawnSync(command, commandArgs, { cwd: root, encoding: "utf8" });
  const ms = Date.now() - started;
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? r.error.message : ""}`.trim();
  return { label, ok: r.status === 0, ms, output };
}

console.log("typecheck and build...");
const steps = [
  step("typecheck: tsc --noEmit -p .", process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."]),
  step("build: node build/build.mjs", process.execPath, [join(root, "build/build.mjs")]),
];

// Code shared with the extension may read the build-time constant (src/shared/globals.d.ts).
globalThis.__BROWSER__ = "chrome";
register();

const mocha = new Mocha({ timeout: TIMEOUT_MS, reporter: "spec", grep });
const checks = Mocha.Suite.create(mocha.suite, "checks");
for (const s of steps) {
  checks.addTest(
    new Mocha.Test(`${s.label} (${s.ms} ms)`, () => {
      if (!s.ok) throw new Error(`${s.label} failed:\n${s.output}`);
    }),
  );
}

const e2eDir = join(root, "test/e2e");
const files = only.length
  ? only.map((f) => resolve(f))
  : [...testFiles(join(root, "test"), e2eDir), ...(unitOnly ? [] : testFiles(e2eDir))];
for (const f of files) mocha.addFile(f);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  await mocha.loadFilesAsync();
} catch (e) {
  // A test file that does not load is a failure, not a crash without a count.
  console.error(`cannot load the tests: ${e?.stack ?? e}`);
  failed++;
}
const runner = mocha.run();
runner.on("pass", () => passed++);
runner.on("fail", () => failed++);
runner.on("pending", () => skipped++);
await new Promise((done) => runner.on("end", done));

console.log(`files: ${files.map((f) => relative(root, f)).join(", ") || "(none)"}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// Browsers or servers a failed test left open must not keep the run alive.
process.exit(failed ? 1 : 0);
