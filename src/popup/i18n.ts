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

/** Who gives a figure: its source's name, or "the headline" / "the article itself". */
export function voiceName(v: { sourceName: string | null; headline: boolean }): string {
  return v.sourceName ?? t(v.headline ? "theHeadline" : "theArticle");
}

/** A three-letter code is a currency (USD, GBP, EUR); see Figure.unit. */
const CURRENCY = /^[A-Z]{3}$/;
/** From this size on, tick labels are compact (12K, 1.5M) so they fit under the axis. */
const COMPACT_FROM = 10_000;

/**
 * A number in the reader's locale with its unit when the unit changes how it is written (12%,
 * $1,200); a counted noun is left out, the card's measure already says what is counted.
 */
export function formatNumber(n: number, unit: string | null, compact = false): string {
  const opts: Intl.NumberFormatOptions =
    compact && Math.abs(n) >= COMPACT_FROM ? { notation: "compact", maximumFractionDigits: 1 } : { maximumFractionDigits: 2 };
  if (unit === "percent") return `${new Intl.NumberFormat(undefined, opts).format(n)}%`;
  if (unit && CURRENCY.test(unit)) {
    try {
      return new Intl.NumberFormat(undefined, { ...opts, style: "currency", currency: unit, minimumFractionDigits: 0 }).format(n);
    } catch {
      // not a currency Intl knows: the plain number
    }
  }
  return new Intl.NumberFormat(undefined, opts).format(n);
}

/** A figure's interval in words: "exactly 62", "83 or more", "more than 130", "117 to under 130". */
export function intervalWords(
  f: { low: number | null; high: number | null; lowExclusive?: boolean; highExclusive?: boolean },
  unit: string | null = null,
): string {
  const n = (x: number) => formatNumber(x, unit);
  const { low, high } = f;
  if (low !== null && high !== null) {
    if (low === high) return t("intervalExactly", n(low));
    if (f.lowExclusive && f.highExclusive) return t("intervalBetweenOpen", [n(low), n(high)]);
    if (f.lowExclusive) return t("intervalOverTo", [n(low), n(high)]);
    if (f.highExclusive) return t("intervalToUnder", [n(low), n(high)]);
    return t("intervalBetween", [n(low), n(high)]);
  }
  if (low !== null) return t(f.lowExclusive ? "intervalMoreThan" : "intervalAtLeast", n(low));
  if (high !== null) return t(f.highExclusive ? "intervalLessThan" : "intervalAtMost", n(high));
  return t("intervalUnknown");
}
