/**
 * The command line's V8 code caches (src/cli/load-module.ts): made after a run, used by the next,
 * and a missing, corrupt or stale cache falls back silently to compiling the bundle.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScript, saveCodeCaches } from "../../src/cli/load-module.js";
import { releaseOptimizer } from "../../src/cli/tiering.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = resolve(process.env.CROSSCHECK_SHARED ?? join(repoRoot, "../shared"));
const seed = join(shared, "fixtures/seed-article.html");

describe("code cache of the command line's bundles", function () {
  this.timeout(120_000);
  let dir: string;
  let file: string;
  const cache = () => `${file}.v8-cache`;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-code-cache-"));
    file = join(dir, "bundle.cjs");
    writeFileSync(file, `const f = (x) => x * 2;\nmodule.exports = { answer: f(21), path: require("node:path").basename(__filename) };\n`);
  });
  // saveCodeCaches holds TurboFan back (the flags caches are made with): let it on for the other tests
  after(() => {
    releaseOptimizer();
    rmSync(dir, { recursive: true, force: true });
  });

  it("compiles without a cache, writes it after the run, and the next load uses it", () => {
    const first = loadScript(file);
    assert.deepEqual(first.exports, { answer: 42, path: "bundle.cjs" });
    assert.equal(first.cached, false);
    saveCodeCaches();
    assert.ok(existsSync(cache()));
    const second = loadScript(file);
    assert.deepEqual(second.exports, first.exports);
    assert.equal(second.cached, true);
  });

  const damaged: Array<[string, (bytes: Buffer) => Buffer]> = [
    ["a flipped byte in its data", (b) => Buffer.concat([b.subarray(0, b.length - 8), Buffer.from([b[b.length - 8]! ^ 0xff]), b.subarray(b.length - 7)])],
    ["a torn file", (b) => b.subarray(0, Math.floor(b.length / 2))],
    ["garbage", () => Buffer.from("not a code cache")],
    ["an empty file", () => Buffer.alloc(0)],
  ];
  for (const [what, damage] of damaged) {
    it(`falls back silently on ${what}, and writes a good cache again`, () => {
      loadScript(file);
      saveCodeCaches();
      writeFileSync(cache(), damage(readFileSync(cache())));
      const got = loadScript(file);
      assert.deepEqual(got.exports, { answer: 42, path: "bundle.cjs" });
      assert.equal(got.cached, false);
      saveCodeCaches();
      assert.equal(loadScript(file).cached, true);
    });
  }

  it("does not use the cache of another bundle of the same length", () => {
    loadScript(file);
    saveCodeCaches();
    writeFileSync(file, readFileSync(file, "utf8").replace("x * 2", "x + 2"));
    const got = loadScript(file);
    assert.equal(got.cached, false);
    assert.deepEqual(got.exports, { answer: 23, path: "bundle.cjs" });
  });

  it("gives the same output through build/cli.mjs with the caches missing, corrupt, then made", () => {
    const run = () => spawnSync(process.execPath, [join(repoRoot, "build/cli.mjs"), "--json", "--jobs", "1", seed], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, CROSSCHECK_TRACE_START: "1" } });
    const caches = ["engine.cjs", "html-input.cjs"].map((f) => join(repoRoot, "dist/cli", `${f}.v8-cache`));
    run(); // builds dist/cli when it is stale
    for (const c of caches) rmSync(c, { force: true });
    const missing = run();
    assert.equal(missing.status, 0, missing.stderr);
    assert.match(missing.stderr, /engine\.cjs compiled without a code cache/);
    for (const c of caches) assert.ok(existsSync(c), `${c} made after the run`);
    for (const c of caches) writeFileSync(c, Buffer.alloc(4096, 7));
    const corrupt = run();
    assert.equal(corrupt.stdout, missing.stdout);
    assert.equal(corrupt.stderr.replace(/^crosscheck: .* at [\d.]+ ms .*\n/gm, ""), "", "nothing but the trace on stderr");
    const cached = run();
    assert.equal(cached.stdout, missing.stdout);
    assert.match(cached.stderr, /engine\.cjs compiled from its code cache/);
    assert.match(cached.stderr, /html-input\.cjs compiled from its code cache/);
  });
});
