/**
 * One manifest (../manifest.json), written differences per browser, merged by the build.
 * In a difference, `null` deletes the key; objects merge; anything else replaces.
 */
import { readFileSync } from "node:fs";

/** What Chrome needs beyond the shared manifest. */
export const chrome = {
  // CSS Custom Highlight API (the page's marks) shipped in Chrome 105.
  minimum_chrome_version: "105",
};

/** What Firefox needs instead. */
export const firefox = {
  // Firefox runs MV3 backgrounds as event pages: a service_worker-only background is an error
  // in `web-ext lint`. https://bugzilla.mozilla.org/show_bug.cgi?id=1573659
  // The bundle is an IIFE, so a classic script is fine (no `type: module`).
  background: { service_worker: null, type: null, scripts: ["background.js"] },
  browser_specific_settings: {
    gecko: {
      // Without an id Firefox cannot keep storage or permissions across restarts (lint error).
      id: "crosscheck@crosscheck.org",
      // CSS Custom Highlight API needs Firefox 140; data_collection_permissions below 142
      // warns for Firefox for Android, so 142 is the floor that lints clean.
      strict_min_version: "142.0",
      // We collect nothing: everything stays in the browser.
      data_collection_permissions: { required: ["none"] },
    },
  },
};

/** Deep-merge a difference into a manifest (returns a new object). */
export function merge(base, diff) {
  const out = { ...base };
  for (const [key, value] of Object.entries(diff)) {
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(out[key])) out[key] = merge(out[key], value);
    else out[key] = value;
  }
  return out;
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The manifest for one browser, its version taken from package.json. */
export function manifestFor(browser, root) {
  const base = JSON.parse(readFileSync(`${root}/manifest.json`, "utf8"));
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8"));
  return merge({ ...base, version: pkg.version }, browser === "firefox" ? firefox : chrome);
}
