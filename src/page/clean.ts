/**
 * Drop what Readability leaves behind that is not article text: "Advertisement" labels,
 * share/follow/subscribe lines, "Read more" teasers and trailing lists of related links.
 */
import type { Block } from "./blocks.js";

/** Whole-paragraph boilerplate: a block that is nothing but one of these is dropped. */
const BOILERPLATE_RE = new RegExp(
  "^(?:" +
    [
      "advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?",
      "(share|share this( article| story)?|tweet|email|print|comments?|reprints?)( on [a-z]+)?",
      "(click|tap) (here|to) .{0,60}",
      "(sign up|subscribe|register)\\b.{0,80}",
      "follow (us|@?\\S+) on .{0,40}",
      "(read|see|watch) (more|also|next)\\b.{0,120}",
      "(related|more)( (articles?|stories|coverage|on this( story)?|from .{1,30}))?:?",
      "(image|photo|picture)( copyright| credit| source)?:? ?.{0,60}",
      "(copyright|©) .{0,80}",
      "(loading|please wait)\\W*",
    ].join("|") +
    ")\\W*$",
  "i",
);
/** A block longer than this is text, whatever it starts with (boilerplate lines are short). */
const BOILERPLATE_MAX = 160;
/** Share of a block's characters inside links above which a block is a link, not prose. */
const LINK_BLOCK_DENSITY = 0.6;
/** Trailing link blocks shorter than this are a related-links list, and go. */
const TRAILING_LINK_MAX = 220;

/** True when a block is one line of boilerplate. */
export function isBoilerplate(b: Block): boolean {
  return b.text.length <= BOILERPLATE_MAX && BOILERPLATE_RE.test(b.text);
}

/** True when a block is mostly a link. */
export function isLinkBlock(b: Block): boolean {
  return b.linkChars / Math.max(1, b.text.length) > LINK_BLOCK_DENSITY;
}

/** The article's blocks without boilerplate lines and trailing link lists. */
export function cleanBlocks(blocks: Block[]): Block[] {
  const kept = blocks.filter((b) => !isBoilerplate(b));
  let end = kept.length;
  while (end > 0 && isLinkBlock(kept[end - 1]) && kept[end - 1].text.length <= TRAILING_LINK_MAX) end--;
  return end === kept.length ? kept : kept.slice(0, end);
}
