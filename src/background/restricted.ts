/**
 * Pages an extension may not script, told apart before trying (by URL) and after (by the
 * browser's error message), so the popup can say why in a plain sentence.
 */
import type { RestrictedReason } from "../shared/messages.js";

/** Schemes of the browser's own pages. */
const BROWSER_SCHEMES = [
  "chrome:", "chrome-extension:", "chrome-search:", "chrome-untrusted:", "devtools:", "edge:", "brave:",
  "about:", "moz-extension:", "resource:", "view-source:", "data:", "javascript:", "blob:",
];

/** Extension stores: Chrome and Firefox refuse content scripts there. */
const STORE_PREFIXES = [
  "https://chrome.google.com/webstore",
  "https://chromewebstore.google.com",
  "https://addons.mozilla.org",
  "https://microsoftedge.microsoft.com/addons",
];

/** Browser error messages that mean "restricted", and the reason each gives. */
const ERROR_REASONS: [RegExp, RestrictedReason][] = [
  [/extensions gallery cannot be scripted|webstore|addons\.mozilla/i, "store"],
  [/cannot access (a )?(chrome|edge|about|devtools|chrome-extension)[-a-z]*:/i, "browser"],
  [/file:|file access|file url/i, "file"],
  [/pdf/i, "pdf"],
  [/missing host permission|must request permission|cannot access contents of|not allowed to access/i, "permission"],
];

/** Why a URL cannot be scripted, or null when it may be (or the URL is unknown). */
export function restrictedReason(url: string | undefined, fileAccess: boolean): RestrictedReason | null {
  if (!url) return null;
  const lower = url.toLowerCase();
  if (STORE_PREFIXES.some((p) => lower.startsWith(p))) return "store";
  if (BROWSER_SCHEMES.some((s) => lower.startsWith(s))) return "browser";
  if (lower.startsWith("file:")) {
    if (!fileAccess) return "file";
    return isPdf(lower) ? "pdf" : null;
  }
  return isPdf(lower) ? "pdf" : null;
}

/** The reason an injection error means, or null for a plain error. */
export function restrictedFromError(message: string): RestrictedReason | null {
  // Chrome names the page: 'Cannot access contents of url "about:blank". ...'; judge that URL first.
  const named = /url "([^"]+)"/i.exec(message)?.[1];
  const byUrl = restrictedReason(named, false);
  if (byUrl) return byUrl;
  for (const [re, reason] of ERROR_REASONS) if (re.test(message)) return reason;
  return null;
}

/** A URL whose path names a PDF: browsers show it in their viewer, where scripts cannot run. */
function isPdf(url: string): boolean {
  try {
    return new URL(url).pathname.endsWith(".pdf");
  } catch {
    return false;
  }
}
