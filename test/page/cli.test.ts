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
import type { Analysis } from "../../src/analysis/types.js";
import { report } from "../../src/cli/report.js";

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

  for (const [name, args] of [["a missing file", ["/no/such/file.html"]]] as const) {
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
    assert.match(r.stdout, /Disputes \(\d+\)/);
  });

  it("lists every dispute of the JSON in the report, with every voice's figure, and keeps the conflicts in the JSON", () => {
    const json = JSON.parse(cli([seed, "--json"]).stdout) as Analysis;
    const text = cli([seed]).stdout;
    assert.ok(Array.isArray(json.conflicts) && json.conflicts.every((x) => x.id && x.kind && x.figureIds.length === 2 && x.summary));
    const section = text.slice(text.indexOf("\nDisputes ("));
    assert.match(section, new RegExp(`^\\nDisputes \\(${json.disputes.length}\\)`));
    const blocks = section.split(/\n  (?=[✗≠] )/).slice(1);
    assert.equal(blocks.length, json.disputes.length);
    json.disputes.forEach((d, i) => {
      assert.ok(blocks[i].includes(d.measure), blocks[i]);
      for (const id of d.figureIds) {
        const f = json.figures.find((x) => x.id === id)!;
        assert.ok(blocks[i].includes(f.text), `${f.text} in ${blocks[i]}`);
      }
    });
  });

  it("reports a dispute of three voices on one quantity, each with its interval", () => {
    const t = "Flood kills more than 50\n\nThe Red Cross said at least 40 died. Police said 27 died.";
    const at = (s: string) => ({ text: s, start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const a: Analysis = {
      schema: "crosscheck/analysis@1",
      article: { found: true, title: "Flood kills more than 50", byline: null, text: t },
      sources: [
        { id: "s1", name: "Red Cross", kind: "organization", description: null, mentions: [at("The Red Cross")], claimIds: [], figureIds: ["f2"] },
        { id: "s2", name: "Police", kind: "government", description: null, mentions: [at("Police")], claimIds: [], figureIds: ["f3"] },
      ],
      claims: [],
      figures: [
        { id: "f1", ...at("more than 50"), value: 50, low: 50, high: null, lowExclusive: true, unit: "people", measure: "killed", scope: null, sourceId: null, inHeadline: true },
        { id: "f2", ...at("at least 40"), value: 40, low: 40, high: null, unit: "people", measure: "killed", scope: null, sourceId: "s1" },
        { id: "f3", ...at("27"), value: 27, low: 27, high: 27, unit: "people", measure: "killed", scope: null, sourceId: "s2" },
      ],
      conflicts: [
        { id: "x1", kind: "contradiction", figureIds: ["f1", "f3"], measure: "killed", scope: null, summary: "" },
        { id: "x2", kind: "contradiction", figureIds: ["f2", "f3"], measure: "killed", scope: null, summary: "" },
      ],
      disputes: [{ id: "d1", kind: "contradiction", figureIds: ["f1", "f2", "f3"], conflictIds: ["x1", "x2"], measure: "killed", scope: null, unit: "people", summary: "Three tolls" }],
    };
    const lines = report(a).split("\n");
    const at0 = lines.indexOf("Disputes (1)");
    assert.ok(at0 > 0, lines.join("\n"));
    assert.equal(lines[at0 + 1], "  ✗ contradiction: killed  (3 figures, 2 pairs: x1, x2)");
    assert.deepEqual(lines.slice(at0 + 2, at0 + 5).map((l) => l.trim().split(/\s{2,}/)), [
      ["the headline", "more than 50", "(50, ∞)"],
      ["Red Cross", "at least 40", "[40, ∞)"],
      ["Police", "27", "= 27"],
    ]);
    assert.equal(lines[at0 + 5].trim(), "Three tolls");
  });
});
