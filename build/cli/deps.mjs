/**
 * How the command line's bundle takes its dependencies: bundled in, not loaded from
 * node_modules. Loading linkedom's ~250 ES modules one by one cost ~0.3 s on every start; one
 * file costs a third of that. Three of linkedom's modules are replaced: its EventTarget and
 * its CSS parser (see each file's head), and its canvas loader by its own shim.
 */
import { join } from "node:path";
import { root } from "./stamp.mjs";

/** linkedom's EventTarget, which gives every node a WeakMap entry at birth. */
const EVENT_TARGET_RE = /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/;

/** esbuild plugin: load build/cli/event-target.js in place of linkedom's own. */
export const lazyEventTarget = {
  name: "crosscheck-lazy-event-target",
  setup(b) {
    b.onResolve({ filter: /event-target\.js$/ }, (args) => {
      const full = join(args.resolveDir, args.path);
      return EVENT_TARGET_RE.test(full) ? { path: join(root, "build/cli/event-target.js") } : undefined;
    });
  },
};

/** linkedom's loader of its optional peer `canvas`, which falls back to its shim. */
const CANVAS_RE = /[\\/]linkedom[\\/]commonjs[\\/]canvas\.cjs$/;

/**
 * esbuild plugin: linkedom's canvas shim in place of its loader. The loader's require("canvas")
 * searched every node_modules up the tree on each start (~25 ms) to find nothing; no page's
 * canvas is ever drawn here.
 */
export const canvasShim = {
  name: "crosscheck-canvas-shim",
  setup(b) {
    b.onResolve({ filter: /canvas\.cjs$/ }, (args) => {
      const full = join(args.resolveDir, args.path);
      return CANVAS_RE.test(full) ? { path: full.replace(/canvas\.cjs$/, "canvas-shim.cjs") } : undefined;
    });
  },
};

/** esbuild options that differ from an all-external Node bundle. */
export const bundledDeps = {
  alias: { "cssomnom/parse": "./build/cli/no-css.js" },
  plugins: [lazyEventTarget, canvasShim],
  // Less to read and parse on every start (~30%); names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
};
