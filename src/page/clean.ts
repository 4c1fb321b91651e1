/**
 * Drop what Readability leaves behind that is not article text: "Advertisement" labels,
 * share/follow/subscribe lines, photo captions and credits, date lines, navigation left at the
 * top, and "Related"/"You may also like" lists. Every rule looks at short blocks only: a real
 * paragraph is never dropped for its first words.
 */
import type { Block } from "./blocks.js";

/** Whole-paragraph boilerplate: a block that is nothing but one of these is dropped. */
const BOILERPLATE_RE = new RegExp(
  "^(?:" +
    [
      "advert|advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?|continue reading( below)?",
      "(share|share this( article| story)?|tweet|email|print|comments?|reprints?|sign in|log in|close|caption|skip to( main)? content)( on [a-z]+)?",
      "(sign up|subscribe|register|get (the|our) .{0,30}newsletter)\\b.{0,120}",
      "follow (us|@?\\S+) on .{0,40}",
      "(read|see|watch) (more|also|next)\\b.{0,120}",
      "(related|more)( (articles?|stories|coverage|news|on this( story)?|from .{1,30}))?:?",
      "(image|photo|picture|video)( copyright| credit| source)?:? ?.{0,60}",
      "(copyright|©) .{0,80}",
      "(loading|please wait)\\W*",
      "this (post|article|page) (may )?contains? affiliate.{0,120}",
      "this website uses cookies.{0,200}",
      "(view|see) (author|all) .{0,30}|email the author",
      "(like|enjoy)(d)? this (story|article)\\b.{0,80}",
    ].join("|") +
    ")\\W*$",
  "i",
);
/** A block longer than this is text, whatever it starts with (boilerplate lines are short). */
const BOILERPLATE_MAX = 200;
/** Photo credits: agency or "Name/Outlet" lines ("Alex Wong | Getty Images", "Credit...Doug Mills/The New York Times"). */
const CREDIT_RE = /(getty images|shutterstock|\bap photo\b|\(ap\)|\bafp\b|\bepa\b|reuters\b|\bcredit\b|\/[A-Z][\w.]*( [A-Z][\w.]*){0,3}$|\| ?[A-Z][\w.]*( [A-Z][\w.]*){0,3}$|\(image: .*\))/i;
/** Longest credit line. */
const CREDIT_MAX = 90;
/** Date lines: "Updated 1:39 am EST, Wednesday, November 20, 2019", "18 NOV 2019", "Published 1 day ago". */
const DATE_RE =
  /(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d+ (minutes?|hours?|days?|weeks?) ago\b|\b\d{1,2}:\d{2}\b|^(updated|published|posted|modified)\b)/i;
/** The signature line of an embedded tweet or post: a dash, a name, an @handle. */
const EMBED_SIGNATURE_RE = /^[—–-]|@\w/;
/** A date line has at most this many words. */
const DATE_MAX_WORDS = 12;
/** Headings that open a list of other stories; the heading and the list after it go. */
const RELATED_HEAD_RE =
  /^(related( (posts?|news|articles?|stories|coverage|content|reading))?|more (great )?.{0,30} stories|more from .{1,40}|you (may|might) (also )?like|recommended( for you)?|read (more|also|next)|also (on|read)|popular( this week| now)?|recent (articles|posts|stories)|most (read|popular|viewed)|(trending|top stories)( now)?|want more stories like this\??)\W*$/i;
/** Blocks of such a list are shorter than this (headlines), or links. */
const RELATED_ITEM_MAX = 160;
/** Share of a block's characters inside links above which a block is a link, not prose. */
const LINK_BLOCK_DENSITY = 0.6;
/** Link blocks shorter than this at the very start or end are navigation or related links, and go. */
const EDGE_LINK_MAX = 220;
/** A prose block: at least this long, and not a link block. Leading junk stops at the first one. */
const PROSE_MIN = 120;
/** Short label lines before the first prose block ("Home", "Entertainment", "Opinion Columnist"): fewer words than this... */
const LEADING_LABEL_MAX_WORDS = 4;
/** ...and fewer characters than this (scripts without spaces have one "word" per sentence). */
const LEADING_LABEL_MAX_CHARS = 30;
/** Words of a block. */
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** True when a block is one line of boilerplate. */
export function isBoilerplate(b: Block): boolean {
  const t = b.text;
  if (t.length > BOILERPLATE_MAX) return false;
  // list items inside the body are steps and facts ("Sign up for a Hulu account..."), not page chrome
  if (b.tag !== "li" && BOILERPLATE_RE.test(t)) return true;
  if (b.tag === "figcaption" || b.path.includes("figcaption")) return true;
  if (t.length <= CREDIT_MAX && CREDIT_RE.test(t) && !/[.!?]["”’]?$/.test(t)) return true;
  const words = t.match(WORD_RE)?.length ?? 0;
  // "— Name (@handle) October 9, 2018" closes an embedded post, which articles quote
  return words <= DATE_MAX_WORDS && DATE_RE.test(t) && !/[.!?]["”’]?$/.test(t) && !EMBED_SIGNATURE_RE.test(t);
}

/** True when a block is mostly a link. */
export function isLinkBlock(b: Block): boolean {
  return b.linkChars / Math.max(1, b.text.length) > LINK_BLOCK_DENSITY;
}

/** True for a block of running text. */
function isProse(b: Block): boolean {
  return b.text.length >= PROSE_MIN && !isLinkBlock(b);
}

/** The article's blocks without boilerplate lines, leading navigation, related lists and trailing link lists. */
export function cleanBlocks(blocks: Block[]): Block[] {
  let kept = blocks.filter((b) => !isBoilerplate(b));
  // navigation and labels left above the first paragraph
  let start = 0;
  while (
    start < kept.length &&
    !isProse(kept[start]) &&
    (isLinkBlock(kept[start]) ||
      (kept[start].text.length < LEADING_LABEL_MAX_CHARS && (kept[start].text.match(WORD_RE)?.length ?? 0) < LEADING_LABEL_MAX_WORDS))
  ) {
    start++;
  }
  if (start > 0) kept = kept.slice(start);
  // "Related" headings with the list of headlines after them
  const out: Block[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (RELATED_HEAD_RE.test(kept[i].text)) {
      while (i + 1 < kept.length && !isProse(kept[i + 1]) && (isLinkBlock(kept[i + 1]) || kept[i + 1].text.length < RELATED_ITEM_MAX)) i++;
      continue;
    }
    out.push(kept[i]);
  }
  let end = out.length;
  while (end > 0 && isLinkBlock(out[end - 1]) && out[end - 1].text.length <= EDGE_LINK_MAX) end--;
  return end === out.length ? out : out.slice(0, end);
}
