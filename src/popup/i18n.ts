/** UI strings of the popup and options page: every string goes through _locales/en/messages.json. */
import { t } from "../shared/browser-api.js";
import type { SourceKind } from "../analysis/types.js";
import type { RestrictedReason } from "../shared/messages.js";
import type { SettingsNotice } from "../shared/settings.js";

export { t };

/** Message keys of each source kind's group heading. */
const KIND_KEYS: Record<SourceKind, string> = {
  person: "kindPerson",
  media: "kindMedia",
  government: "kindGovernment",
  organization: "kindOrganization",
  "armed-group": "kindArmedGroup",
  anonymous: "kindAnonymous",
  unknown: "kindUnknown",
};

/** The heading of a group of sources. */
export function kindLabel(kind: SourceKind): string {
  return t(KIND_KEYS[kind] ?? "kindUnknown");
}

/** The plain sentence of a restricted page. */
export function restrictedText(reason: RestrictedReason | undefined): string {
  switch (reason) {
    case "store": return t("restrictedStore");
    case "pdf": return t("restrictedPdf");
    case "file": return t("restrictedFile");
    case "permission": return t("restrictedPermission");
    default: return t("restrictedBrowser");
  }
}

/** The one-time notice of migrated settings. */
export function noticeText(notice: SettingsNotice): string {
  return t(notice === "migrated" ? "noticeMigrated" : notice === "repaired" ? "noticeRepaired" : "noticeReset");
}

/** "1 claim" / "3 claims": a count with the singular or plural message. */
export function plural(n: number, one: string, many: string): string {
  return t(n === 1 ? one : many, String(n));
}
