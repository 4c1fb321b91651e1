/**
 * The engine and the page pipeline as the extension ships them, for timing.
 *
 * The benches run under tsx, whose loader wraps every function in a name-keeping helper: each
 * closure made inside a hot function then costs a property definition, which made analyze() up to
 * 2.5x slower than the esbuild bundle the browser runs. The timed code is therefore bundled here
 * with esbuild (as build/build.mjs does, names not kept) and loaded from that bundle; Readability
 * and linkedom stay external, so the peer and our pipeline use the very same modules.
 */
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./paths.js";

/** What the benches time. */
export type Shipped = typeof import("./shipped-entry.js");

/** Where the bundle is written (inside the repository, so its bare imports resolve to node_modules). */
export const shippedBundle = path.join(repoRoot, "node_modules", ".cache", "crosscheck-bench", "engine.mjs");

let loading: Promise<Shipped> | undefined;

/** Bundle (once per process) and load the shipped engine. */
export function loadShipped(): Promise<Shipped> {
  loading ??= (async () => {
    mkdirSync(path.dirname(shippedBundle), { recursive: true });
    await build({
      entryPoints: [path.join(repoRoot, "bench", "lib", "shipped-entry.ts")],
      outfile: shippedBundle,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "es2022",
      external: ["@mozilla/readability", "linkedom"],
      define: { __BROWSER__: '"chrome"' },
      logLevel: "warning",
    });
    return (await import(pathToFileURL(shippedBundle).href)) as Shipped;
  })();
  return loading;
}
