/**
 * Load one of the command line's bundles (dist/cli/*.cjs) with a V8 code cache beside it
 * (FILE.v8-cache), so a fresh process skips parsing and compiling what an earlier run compiled:
 * every function a warm run used, not only the top level. Node 20 has no compile cache of its
 * own (NODE_COMPILE_CACHE is Node 22). Run from source (.ts), a module is imported as usual.
 *
 * Workflow:
 *  1. read the bundle and its cache; the cache's head holds the SHA-1 of the bundle it was made
 *     from and of its own data: another bundle (V8 itself checks only the source's length), a
 *     torn or corrupt file, and the cache is not offered to V8
 *  2. compile the bundle as a CommonJS function with the cache; V8 rejects a cache of another
 *     Node, V8 or flag set (tiering.ts holds its flags the same at every load and save)
 *  3. a bundle loaded without a cache it accepted is remembered; saveCodeCaches() writes its cache
 *     after a warm run (write then rename: two processes at once never read half a file)
 * Any failure to read or write a cache is silent: the bundle loads as it would without one.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { holdOptimizer } from "./tiering.js";
import { traceStart } from "./trace.js";

/** A cache's file: beside its bundle. */
const CACHE_EXT = ".v8-cache";
/** Bytes of a SHA-1 digest: the cache's head is the bundle's digest, then the data's. */
const DIGEST_BYTES = 20;
/** The CommonJS wrapper the bundle is compiled in (the same text at load and at save). */
const WRAP_HEAD = "(function (exports, require, module, __filename, __dirname) {";
const WRAP_TAIL = "\n})";
/** Bundles loaded without a usable cache, per thread (shared by the bundles' copies of this module). */
const PENDING = Symbol.for("crosscheck.pendingCodeCaches");

/** A bundle whose cache is still to be written. */
type Pending = { script: Script; file: string; digest: Buffer };

const sha1 = (data: string | Uint8Array) => createHash("sha1").update(data).digest();

function pending(): Pending[] {
  const g = globalThis as { [PENDING]?: Pending[] };
  return (g[PENDING] ??= []);
}

/** The cache's data when it was made from this bundle and is whole, else undefined. */
function readCache(file: string, digest: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file + CACHE_EXT);
  } catch {
    return undefined;
  }
  if (bytes.length <= 2 * DIGEST_BYTES || !bytes.subarray(0, DIGEST_BYTES).equals(digest)) return undefined;
  const data = bytes.subarray(2 * DIGEST_BYTES);
  return sha1(data).equals(bytes.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES)) ? data : undefined;
}

/** Load a CommonJS bundle through its code cache; `cached` says whether V8 took the cache. */
export function loadScript(file: string): { exports: unknown; cached: boolean } {
  const source = readFileSync(file, "utf8");
  const digest = sha1(source);
  const cachedData = readCache(file, digest);
  const script = new Script(WRAP_HEAD + source + WRAP_TAIL, { filename: file, cachedData });
  const cached = !!cachedData && !script.cachedDataRejected;
  if (!cached) pending().push({ script, file, digest });
  traceStart(`${basename(file)} compiled ${cached ? "from its code cache" : "without a code cache"}`);
  const module = { exports: {} as unknown };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, cached };
}

/** Load a module of the command line: a bundle (.cjs) through its code cache, else by import(). */
export async function loadModule<T>(url: URL): Promise<T> {
  if (!url.pathname.endsWith(".cjs")) return (await import(url.href)) as T;
  return loadScript(fileURLToPath(url)).exports as T;
}

/**
 * Write the caches of the bundles this thread loaded without one: after a warm run, so they hold
 * every function it compiled. TurboFan is held back first (the flags the caches are loaded with).
 */
export function saveCodeCaches(): void {
  const todo = pending().splice(0);
  if (!todo.length) return;
  holdOptimizer();
  for (const { script, file, digest } of todo) {
    const tmp = `${file}${CACHE_EXT}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const data = script.createCachedData();
      writeFileSync(tmp, Buffer.concat([digest, sha1(data), data]));
      renameSync(tmp, file + CACHE_EXT);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}
