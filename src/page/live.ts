/**
 * Questions about LIVE elements: is it shown, is it an editor, is it page furniture.
 * Works on a rendered page (computed style) and on a Node DOM (attributes only).
 */

/** Roles of landmarks that are never the article. */
const FURNITURE_ROLES = new Set(["navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alert", "menu"]);
/** Tags that are never inside the article text when we pick content ourselves. */
const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "header", "form", "menu", "dialog"]);
/**
 * class/id words of page furniture: comment threads, share bars, related links, sidebars,
 * promos, newsletters, ads. Only used when we walk the live page ourselves (fallbacks) and
 * to drop leftovers from Readability's output; kept to words that rarely name article parts.
 */
const FURNITURE_RE =
  /(^|[\s_-])(comments?|comment-list|disqus|share|sharing|social|related|recommended|newsletter|promo|sponsor(ed)?|advert(isement)?|ad|ads|sidebar|breadcrumbs?|pagination|subscribe|signup|popup|modal|cookie|consent|outbrain|taboola|most-read|most-popular|trending|tags?)($|[\s_-])/i;

/** Element visibility on a rendered page, when the browser can tell. */
type Visible = Element & { checkVisibility?: (o?: object) => boolean };

/** True when the element is not shown to the reader (hidden attribute, display:none, ...). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const v = el as Visible;
  if (typeof v.checkVisibility === "function") {
    if (v.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
    // display: contents has no box of its own, so checkVisibility() says false; its children decide
    const view = el.ownerDocument.defaultView;
    return !(view && view.getComputedStyle(el).display === "contents");
  }
  const style = el.getAttribute("style");
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** True when the element is (inside) an editor or form field, which we leave alone. */
export function isEditable(el: Element): boolean {
  const h = el as HTMLElement;
  if (typeof h.isContentEditable === "boolean" && "checkVisibility" in el) return h.isContentEditable;
  const ce = el.getAttribute("contenteditable");
  return ce !== null && ce !== "false";
}

/** True for navigation, sidebars, comment threads and other page furniture. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute("role");
  if (role && FURNITURE_ROLES.has(role)) return true;
  const words = `${el.getAttribute("class") ?? ""} ${el.id ?? ""}`;
  return words.length > 1 && FURNITURE_RE.test(words);
}
