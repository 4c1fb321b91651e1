/**
 * Loading and saving settings (storage.sync), with the one-time notice of a migration.
 * The content script may use `loadSettings()` to read `markStyle`.
 */
import { storageGet, storageRemove, storageSet } from "./browser-api.js";
import { migrate, SETTINGS_KEY, type Settings, type SettingsNotice } from "./settings.js";

/** storage.local key of a pending notice ("your settings were reset..."), shown once. */
export const NOTICE_KEY = "settingsNotice";

/** Read the settings; a broken or older stored value is migrated, saved back, and a notice queued. */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await storageGet("sync", SETTINGS_KEY);
  } catch {
    raw = undefined; // storage.sync unavailable (e.g. disabled by policy): defaults, in memory
  }
  const { settings, notice } = migrate(raw);
  if (notice) {
    try {
      // the notice first: whoever then reads the repaired settings also finds the notice queued
      // (in the other order a popup racing the background could see neither the garbage nor the notice)
      await storageSet("local", { [NOTICE_KEY]: notice });
      await storageSet("sync", { [SETTINGS_KEY]: settings });
    } catch {
      // Could not write: the next load migrates again; the popup still works.
    }
  }
  return settings;
}

/** Save settings. */
export async function saveSettings(settings: Settings): Promise<void> {
  await storageSet("sync", { [SETTINGS_KEY]: settings });
}

/** Take the pending notice, if any: it is removed, so it shows once. */
export async function takeSettingsNotice(): Promise<SettingsNotice | null> {
  try {
    const notice = await storageGet("local", NOTICE_KEY);
    if (notice === undefined) return null;
    await storageRemove("local", NOTICE_KEY);
    return notice === "migrated" || notice === "repaired" || notice === "reset" ? notice : null;
  } catch {
    return null;
  }
}
