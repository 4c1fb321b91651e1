/**
 * The build: esbuild bundles the extension for Chrome (dist/chrome) and Firefox (dist/firefox),
 * and the command line for Node (dist/cli/analyze.cjs).
 *
 *   node build/build.mjs            production: no source maps
 *   node build/build.mjs --dev      development: inline source maps (also NODE_ENV=development)
 *   node build/build.mjs --watch    development, rebuilds on change
 *   node build/build.mjs --chrome   one browser only (or --firefox)
 *
 * Workflow:
 *  1. bundle each entry once per browser with `__BROWSER__` defined (IIFE: no runtime imports)
 *  2. write the merged manifest (build/manifest.mjs), the HTML/CSS, icons and _locales
 *  3. bundle the command line for Node (CommonJS, dependencies bundled in: build/cli/deps.mjs) and
 *     stamp it (build/cli/stamp.mjs), so `npm run analyze` knows it is current without esbuild
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { bundledDeps } from "./cli/deps.mjs";
import { CLI_DIR, CLI_OUT, writeStamp } from "./cli/stamp.mjs";
import { manifestFor } from "./manifest.mjs";

/** The repository's root folder. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export { CLI_OUT };

/** The browsers we build for. */
export const BROWSERS = ["chrome", "firefox"];

/** Extension entries: source -> output file name in the browser's folder. */
const ENTRIES = {
  "src/page/content.ts": "content.js",
  "src/background/index.ts": "background.js",
  "src/popup/index.tsx": "popup.js",
  "src/options/index.tsx": "options.js",
};

/**
 * The command line's entries: the command (arguments, files, workers, output; it loads no DOM
 * and no analysis), the engine it loads to work, in its own thread or in each worker, and the
 * page detection (linkedom, Readability) the engine loads at the first page.
 */
const CLI_ENTRIES = ["src/cli/analyze.ts", "src/cli/engine.ts", "src/cli/html-input.ts"];

/** Where builds go by default. */
export const DIST = join(root, "dist");

/** Oldest engines we support: CSS Custom Highlight API is the floor (Chrome 105, Firefox 140). */
const TARGET = ["chrome105", "firefox140"];

/** esbuild options of one browser's extension bundle. */
function extensionOptions(browser, dev, outDir = DIST) {
  return {
    absWorkingDir: root,
    entryPoints: Object.entries(ENTRIES).map(([input, output]) => ({ in: input, out: output.replace(/\.js$/, "") })),
    outdir: join(outDir, browser),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: TARGET,
    // Not minified: store reviewers read the code; the zips stay small anyway.
    minify: false,
    sourcemap: dev ? "inline" : false,
    legalComments: "inline",
    jsx: "automatic",
    jsxImportSource: "preact",
    define: {
      __BROWSER__: JSON.stringify(browser),
      "process.env.NODE_ENV": JSON.stringify(dev ? "development" : "production"),
    },
    logLevel: "warning",
  };
}

/** esbuild options of the command line. */
export function cliOptions(dev = false) {
  return {
    absWorkingDir: root,
    entryPoints: CLI_ENTRIES,
    outdir: CLI_DIR,
    // CommonJS, so build/cli.mjs can compile the engine and the page detection with a V8 code
    // cache (src/cli/load-module.ts: vm.Script takes scripts, not ES modules)
    outExtension: { ".js": ".cjs" },
    bundle: true,
    format: "cjs",
    banner: { js: 'var __crosscheckUrl = require("node:url").pathToFileURL(__filename).href;' },
    platform: "node",
    target: "node20",
    ...bundledDeps,
    metafile: true,
    sourcemap: dev ? "inline" : false,
    // Shared code may branch on the browser; the CLI has no browser API, Chrome's branch is as good.
    define: { __BROWSER__: JSON.stringify("chrome"), "import.meta.url": "__crosscheckUrl", "import.meta.resolve": "require.resolve" },
    logLevel: "warning",
  };
}

/** Copy what is not bundled: manifest, pages, styles, icons, locales. */
export function copyStatic(browser, outDir = DIST) {
  const out = join(outDir, browser);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifestFor(browser, root), null, 2) + "\n");
  for (const dir of ["src/shared", "src/popup", "src/options"]) {
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir))) {
      if (/\.(html|css)$/.test(name)) cpSync(join(root, dir, name), join(out, name));
    }
  }
  mkdirSync(join(out, "icons"), { recursive: true });
  for (const name of readdirSync(join(root, "icons"))) {
    if (/^icon-\d+\.png$/.test(name)) cpSync(join(root, "icons", name), join(out, "icons", name));
  }
  cpSync(join(root, "_locales"), join(out, "_locales"), { recursive: true });
}

/** Build once. Returns the folders written. */
export async function build({ browsers = BROWSERS, dev = false, cli = true, outDir = DIST } = {}) {
  const jobs = browsers.map(async (browser) => {
    rmSync(join(outDir, browser), { recursive: true, force: true });
    await esbuild.build(extensionOptions(browser, dev, outDir));
    copyStatic(browser, outDir);
  });
  if (cli) jobs.push(esbuild.build(cliOptions(dev)).then((r) => writeStamp(r.metafile)));
  await Promise.all(jobs);
  return browsers.map((b) => join(outDir, b));
}

/** esbuild plugin: stamp the command line after each rebuild of watch mode. */
const stampOnEnd = {
  name: "crosscheck-cli-stamp",
  setup(b) {
    b.onEnd((result) => {
      if (!result.errors.length && result.metafile) writeStamp(result.metafile);
    });
  },
};

/** Build, then rebuild on every change until interrupted. */
async function watch(browsers) {
  const recopy = (browser) => ({
    name: "copy-static",
    setup(b) {
      b.onEnd((result) => {
        if (result.errors.length) return;
        try {
          copyStatic(browser);
          console.log(`[watch] ${browser} rebuilt ${new Date().toLocaleTimeString()}`);
        } catch (e) {
          console.error(`[watch] ${browser}: ${e.message}`);
        }
      });
    },
  });
  const contexts = await Promise.all([
    ...browsers.map((browser) => esbuild.context({ ...extensionOptions(browser, true), plugins: [recopy(browser)] })),
    esbuild.context({ ...cliOptions(true), plugins: [...bundledDeps.plugins, stampOnEnd] }),
  ]);
  await Promise.all(contexts.map((c) => c.watch()));
  // esbuild watches what it bundles; manifest, HTML, CSS, icons and locales are watched here.
  const { watch: fsWatch } = await import("node:fs");
  for (const path of ["manifest.json", "_locales", "icons", "src/popup", "src/options"]) {
    if (!existsSync(join(root, path))) continue;
    fsWatch(join(root, path), { recursive: true }, () => browsers.forEach((b) => copyStatic(b)));
  }
  console.log(`[watch] watching; dist/${browsers.join(", dist/")}; Ctrl+C to stop`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const only = BROWSERS.filter((b) => args.includes(`--${b}`));
  const browsers = only.length ? only : BROWSERS;
  const dev = args.includes("--dev") || args.includes("--watch") || process.env.NODE_ENV === "development";
  if (args.includes("--watch")) {
    await watch(browsers);
  } else {
    const started = Date.now();
    try {
      const dirs = await build({ browsers, dev });
      const rel = dirs.map((d) => d.slice(root.length + 1)).join(", ");
      console.log(`built ${rel}, dist/cli (${dev ? "development" : "production"}) in ${Date.now() - started} ms`);
    } catch {
      // esbuild has printed the errors.
      process.exitCode = 1;
    }
  }
}
