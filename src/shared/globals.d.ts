/**
 * Build-time constants set by esbuild `define` (build/build.mjs). Tests under Node set them on
 * globalThis (test/run.mjs), so code that reads them runs there too.
 */

/** The browser this bundle is built for: the build replaces every use with a string literal. */
declare const __BROWSER__: "chrome" | "firefox";
