/** The packages are reproducible: building and zipping twice gives the same bytes. */
import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
// @ts-expect-error: build scripts are plain ESM without type declarations
import { packageAll } from "../build/package.mjs";
// @ts-expect-error: build scripts are plain ESM without type declarations
import { crc32, zip } from "../build/zip.mjs";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("package", function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("gives byte-identical zips for Chrome and Firefox when run twice", async () => {
    const runs: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), "crosscheck-package-"));
      dirs.push(dir);
      runs.push(await packageAll({ quiet: true, outDir: dir }));
    }
    assert.equal(runs[0].length, 2);
    for (let i = 0; i < 2; i++) {
      assert.match(runs[0][i], /crosscheck-\d+\.\d+\.\d+-(chrome|firefox)\.zip$/);
      assert.equal(sha(runs[0][i]), sha(runs[1][i]), `${runs[0][i]} differs between runs`);
    }
  });

  it("writes zips whose entries inflate back to the files, with correct CRCs", () => {
    const files = [
      { name: "a.txt", data: Buffer.from("hello hello hello hello hello") },
      { name: "dir/b.bin", data: Buffer.from([0, 1, 2, 3]) },
    ];
    const bytes: Buffer = zip(files);
    let at = 0;
    for (const f of files) {
      assert.equal(bytes.readUInt32LE(at), 0x04034b50);
      const method = bytes.readUInt16LE(at + 8);
      const crc = bytes.readUInt32LE(at + 14);
      const size = bytes.readUInt32LE(at + 18);
      const nameLen = bytes.readUInt16LE(at + 26);
      assert.equal(bytes.subarray(at + 30, at + 30 + nameLen).toString(), f.name);
      const body = bytes.subarray(at + 30 + nameLen, at + 30 + nameLen + size);
      const data = method === 8 ? inflateRawSync(body) : body;
      assert.deepEqual(data, f.data);
      assert.equal(crc, crc32(f.data));
      at += 30 + nameLen + size;
    }
  });

  it("computes the standard CRC-32", () => {
    for (const [input, expected] of [["", 0], ["123456789", 0xcbf43926], ["The quick brown fox jumps over the lazy dog", 0x414fa339]] as const) {
      assert.equal(crc32(Buffer.from(input)), expected);
    }
  });
});

describe("manifests", () => {
  // @ts-expect-error: build scripts are plain ESM without type declarations
  const load = async () => (await import("../build/manifest.mjs")) as { manifestFor(b: string, root: string): Manifest; merge(a: object, b: object): object };
  type Manifest = Record<string, unknown> & {
    background: Record<string, unknown>;
    icons: Record<string, string>;
    browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
  };
  const root = join(import.meta.dirname, "..");

  it("merges differences: objects merge, null deletes, the rest replaces", async () => {
    const { merge } = await load();
    const cases: [object, object, object][] = [
      [{ a: 1 }, { b: 2 }, { a: 1, b: 2 }],
      [{ a: { x: 1, y: 2 } }, { a: { y: null, z: 3 } }, { a: { x: 1, z: 3 } }],
      [{ a: [1, 2] }, { a: [3] }, { a: [3] }],
      [{ a: 1 }, { a: null }, {}],
    ];
    for (const [base, diff, expected] of cases) assert.deepEqual(merge(base, diff), expected);
  });

  it("gives Chrome a service worker and Firefox an event page with a gecko id and no data collection", async () => {
    const { manifestFor } = await load();
    const chrome = manifestFor("chrome", root);
    const firefox = manifestFor("firefox", root);
    assert.equal(chrome.background.service_worker, "background.js");
    assert.equal(chrome.browser_specific_settings, undefined);
    assert.deepEqual(firefox.background, { scripts: ["background.js"] });
    assert.equal(firefox.browser_specific_settings?.gecko?.id, "crosscheck@crosscheck.org");
    assert.ok(Number.parseFloat(firefox.browser_specific_settings?.gecko?.strict_min_version ?? "0") >= 140);
    assert.deepEqual(firefox.browser_specific_settings?.gecko?.data_collection_permissions, { required: ["none"] });
  });

  it("names only icons that exist and messages that _locales/en defines", async () => {
    const { manifestFor } = await load();
    const messages = JSON.parse(readFileSync(join(root, "_locales/en/messages.json"), "utf8")) as Record<string, unknown>;
    for (const browser of ["chrome", "firefox"]) {
      const manifest = manifestFor(browser, root);
      const text = JSON.stringify(manifest);
      for (const [, key] of text.matchAll(/__MSG_(\w+)__/g)) assert.ok(key in messages, `${browser}: no message ${key}`);
      for (const path of Object.values(manifest.icons)) readFileSync(join(root, path));
    }
  });
});

describe("web-ext lint", function () {
  this.timeout(120_000);
  let dir: string;
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("finds no error in the Firefox build and no warning from our own code", async () => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-lint-"));
    // @ts-expect-error: build scripts are plain ESM without type declarations
    const { lintFirefox } = await import("../build/lint.mjs");
    const show = (m: { code: string; file?: string; line?: number; message: string }) => `${m.code} ${m.file}:${m.line} ${m.message}`;
    const { errors, ours } = (await lintFirefox({ outDir: dir })) as Record<"errors" | "ours", Parameters<typeof show>[0][]>;
    assert.deepEqual(errors.map(show), []);
    assert.deepEqual(ours.map(show), []);
  });
});
