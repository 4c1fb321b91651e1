/**
 * User settings: their shape, defaults, validation and migration. PURE (no browser API):
 * loading and saving live in settings-store.ts.
 *
 * Settings are kept in storage.sync under SETTINGS_KEY with a schema `version`. Whatever is
 * read there (nothing, garbage, an older or newer shape, wrong types) goes through `migrate`,
 * which always returns valid settings and says whether the user should be told.
 */

/** The storage.sync key of the settings object. */
export const SETTINGS_KEY = "settings";

/** The current schema version. Bump it and add a step to `migrate` when the shape changes. */
export const SETTINGS_VERSION = 1;

/** Sites analysed automatically are kept at most this many (storage.sync items are small: 8 KB). */
export const MAX_AUTO_SITES = 200;

/** How marks look in the page. */
export type MarkStyle = "default" | "high-contrast";

/** Every mark style, in the order the options page lists them. */
export const MARK_STYLES: readonly MarkStyle[] = ["default", "high-contrast"];

/** The user's settings. */
export type Settings = {
  /** Schema version: SETTINGS_VERSION. */
  version: typeof SETTINGS_VERSION;
  /** Host names (no port, lower case) analysed automatically on load. */
  autoSites: string[];
  /** How marks look in the page. */
  markStyle: MarkStyle;
  /** Whether marks are shown after an analysis. */
  marks: boolean;
  /** Whether claim marks are shown too (conflict marks follow `marks`). */
  claimMarks: boolean;
};

/** What happened to stored settings on the way in, for a one-time notice. */
export type SettingsNotice =
  | "migrated" /** an older (or newer) shape was carried over */
  | "repaired" /** some fields were unreadable and were reset to their defaults */
  | "reset"; /** nothing was readable: all defaults */

/** The result of reading stored settings. */
export type MigrateResult = {
  /** Valid settings, always. */
  settings: Settings;
  /** Set when the stored value was not current and valid; the caller saves `settings` back. */
  notice: SettingsNotice | null;
};

/** Fresh default settings. */
export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, autoSites: [], markStyle: "default", marks: true, claimMarks: true };
}

/** A DNS host name or IPv4 address (IDN sites arrive punycoded from URL.hostname). */
const HOST_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Normalise a site entry to a bare host name, or null when it is not one. */
export function normalizeHost(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let s = value.trim().toLowerCase();
  if (!s) return null;
  // Accept an origin or URL ("https://example.com/x") as well as a bare host.
  if (s.includes("://")) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  s = s.replace(/:\d+$/, "").replace(/\.$/, "");
  return HOST_RE.test(s) ? s : null;
}

/** True when a value is a valid, current settings object. */
export function isValidSettings(value: unknown): value is Settings {
  if (!isRecord(value)) return false;
  return (
    value.version === SETTINGS_VERSION &&
    Array.isArray(value.autoSites) &&
    value.autoSites.length <= MAX_AUTO_SITES &&
    value.autoSites.every((h, i, all) => typeof h === "string" && normalizeHost(h) === h && all.indexOf(h) === i) &&
    MARK_STYLES.includes(value.markStyle as MarkStyle) &&
    typeof value.marks === "boolean" &&
    typeof value.claimMarks === "boolean"
  );
}

/**
 * Turn whatever storage held into valid settings.
 *  - nothing stored (undefined/null): defaults, no notice;
 *  - current and valid: kept as is, no notice;
 *  - current version with bad fields: bad fields take defaults, notice "repaired";
 *  - no version (version 0, before the schema), an older or a newer version: readable fields
 *    are carried over (version 0's `highContrast` and comma-separated `autoSites` too), notice "migrated";
 *  - not an object, or nothing readable in it: defaults, notice "reset".
 */
export function migrate(raw: unknown): MigrateResult {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), notice: null };
  if (isValidSettings(raw)) return { settings: { ...raw, autoSites: [...raw.autoSites] }, notice: null };
  if (!isRecord(raw)) return { settings: defaultSettings(), notice: "reset" };

  const version = raw.version;
  const legacy = version === undefined || (typeof version === "number" && version < SETTINGS_VERSION);
  const settings = defaultSettings();
  let kept = 0;

  // autoSites: an array of hosts; version 0 may hold one comma-separated string.
  let sites: unknown = raw.autoSites;
  if (legacy && typeof sites === "string") sites = sites.split(",");
  if (Array.isArray(sites)) {
    const hosts: string[] = [];
    for (const s of sites) {
      const h = normalizeHost(s);
      if (h && !hosts.includes(h)) hosts.push(h);

    }
    settings.autoSites = hosts.slice(0, MAX_AUTO_SITES);
    kept++;
  }

  if (MARK_STYLES.includes(raw.markStyle as MarkStyle)) {
    settings.markStyle = raw.markStyle as MarkStyle;
    kept++;
  } else if (legacy && typeof raw.highContrast === "boolean") {
    settings.markStyle = raw.highContrast ? "high-contrast" : "default";
    kept++;
  }

  for (const key of ["marks", "claimMarks"] as const) {
    if (typeof raw[key] === "boolean") {
      settings[key] = raw[key] as boolean;
      kept++;
    }
  }

  if (version === SETTINGS_VERSION) return { settings, notice: "repaired" };
  if (kept === 0) return { settings, notice: "reset" };
  if (typeof version !== "number" && version !== undefined) return { settings, notice: "repaired" };
  return { settings, notice: "migrated" };
}

/** A new settings object with one site added or removed (normalised, deduplicated). */
export function withAutoSite(settings: Settings, host: string, enabled: boolean): Settings {
  const h = normalizeHost(host);
  if (!h) return settings;
  const rest = settings.autoSites.filter((s) => s !== h);
  return { ...settings, autoSites: enabled ? [...rest, h].slice(-MAX_AUTO_SITES) : rest };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
