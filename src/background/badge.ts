/** The toolbar badge: the number of disputed quantities in a tab (one per dispute, not per pair). */
import type { TabState } from "../shared/messages.js";

/** Badge colour with disputes: a dark red; white text on it has 6.5:1 contrast (WCAG AA). */
export const BADGE_CONFLICT_COLOR = "#B3261E";

/** The badge of a state: text ("" = none: no disputes, not analysed, error) and colour. */
export function badgeFor(state: TabState): { text: string; color: string } {
  if (state.status === "done") {
    // an analysis from before disputes existed (kept by a tab across an update) counts its pairs
    const n = state.analysis ? (state.analysis.disputes ?? state.analysis.conflicts).length : 0;
    return { text: n > 0 ? (n > 99 ? "99+" : String(n)) : "", color: BADGE_CONFLICT_COLOR };
  }
  return { text: "", color: BADGE_CONFLICT_COLOR };
}
