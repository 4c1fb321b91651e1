/**
 * The command line through child_process, as a user runs it: JSON, JSON Lines, stdin, .txt,
 * a readable report, and exit codes (0; 2 with a one-line error for a missing file, no stack trace).
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const seed = join(resolve(process.env.CROSSCHECK_SHARED ?? join(repoRoot, "../shared")), "fixtures/seed-article.html");

/** Run the CLI from source (the same module build/cli.mjs bundles). */
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/analyze.ts"), ...args], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    env: { ...process.env, npm_lifecycle_event: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("command line", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-cli-"));
    writeFileSync(join(dir, "a.txt"), "\n  Flood toll rises\nAt least 40 people died, the agency said.\n");
    writeFileSync(join(dir, "b.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the seed article's analysis as JSON with exit code 0", () => {
    const r = cli([seed, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    const a = JSON.parse(r.stdout);
    assert.equal(a.schema, "crosscheck/analysis@1");
    assert.equal(a.article.found, true);
    assert.ok(a.article.text.startsWith("More Than 130 Killed"));
    for (const s of [...a.claims, ...a.figures]) assert.equal(a.article.text.slice(s.start, s.end), s.text);
  });

  it("reads HTML from standard input with -", () => {
    const r = cli(["-", "--json"], readFileSync(seed, "utf8"));
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).article.title, "More Than 130 Killed by ISIS Bombings in Damascus, Homs in Syria");
  });

  it("takes a .txt file as it is, its first non-empty line as title", () => {
    const r = cli([join(dir, "a.txt"), "--json"]);
    const a = JSON.parse(r.stdout);
    assert.equal(a.article.text, "\n  Flood toll rises\nAt least 40 people died, the agency said.\n");
    assert.equal(a.article.title, "Flood toll rises");
  });

  it("gives found:false and exit 0 for a file that is not HTML", () => {
    const r = cli([join(dir, "b.bin"), "--json"]);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).article.found, false);
  });

  it("prints one JSON line per file, in order, with an error line for a missing file, and exits 2", () => {
    const files = [join(dir, "a.txt"), join(dir, "missing.html"), seed];
    const r = cli(["--json", ...files]);
    assert.equal(r.code, 2);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.file), files);
    assert.ok(lines[1].error && !lines[1].schema);
    assert.equal(lines[2].article.found, true);
    assert.equal(r.stderr.trim().split("\n").length, 1, "one line on stderr");
    assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  });

  for (const [name, args] of [
    ["a missing file", ["/no/such/file.html"]],
    ["a folder", ["/"]],
  ] as const) {
    it(`reports ${name} in one line with exit code 2`, () => {
      const r = cli([...args, "--json"]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^crosscheck: .+\n$/);
    });
  }

  it("prints a readable report without --json", () => {
    const r = cli([seed]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^More Than 130 Killed/);
    assert.match(r.stdout, /Sources \(\d+\)/);
    assert.match(r.stdout, /Conflicts \(\d+\)/);
  });
});
