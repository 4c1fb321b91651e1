/**
 * How the command line's bundle takes its dependencies: bundled in, not loaded from
 * node_modules. Loading linkedom's ~250 ES modules one by one cost ~0.3 s on every start; one
 * file costs a third of that. Two of linkedom's modules are replaced (see each file's head).
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

/** esbuild options that differ from an all-external Node bundle. */
export const bundledDeps = {
  // canvas is linkedom's optional peer: its require() is tried and falls back to a shim
  external: ["canvas"],
  alias: { "cssomnom/parse": "./build/cli/no-css.js" },
  plugins: [lazyEventTarget],
  // CommonJS inside an ES module bundle (Readability, linkedom's canvas shim) needs `require`
  banner: { js: 'import { createRequire as __crosscheckRequire } from "node:module";\nconst require = __crosscheckRequire(import.meta.url);' },
};
