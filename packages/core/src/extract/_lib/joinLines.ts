import { foldText } from "../../_lib/fold";
import type { LineRange } from "../../model/LineRange";
import { type Marker, readMarker, startsItem } from "./markers";
import type { SourceLine } from "./prepareLines";

/** A logical paragraph or item: wrapped lines joined back together. */
export interface Block {
  readonly marker: Marker;
  /** The item's text without its marker, wrapped lines joined by spaces. */
  text: string;
  readonly lines: LineRange;
  /** Line numbers that make it up (furniture and blanks left out). */
  readonly sourceLines: number[];
}

const LOWER_START = /^[\p{Ll},;:.)\]…]/u;
/** A line that starts with a number that is not an item's ("2021-2030 của Chính phủ" after a page break). */
const DIGIT_START = /^\d/;
const TERMINAL_END = /[.;:!?…)"”]$/;
/** Line starts that open a new paragraph even when unnumbered. */
const OPENERS =
  /^(?:can cu|thuc hien|tren day|noi nhan|noi nham|luu:|kt\.|tm\.|q\. |phu luc|ke hoach$|quyet dinh$|chu tich$|pho chu tich$)/;

/** Folded words that make a short line a section heading. */
export const HEADING_WORDS =
  /^(?:muc dich|yeu cau|doi tuong|noi dung|hinh thuc|kinh phi|thoi gian|to chuc thuc hien|che do bao cao|phu luc|noi nhan)/;

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;

function isAllCaps(text: string): boolean {
  // Most lines have a lower-case letter near their start: answer before scanning the rest.
  if (LOWER.test(text)) return false;
  let capitals = 0;
  UPPER.lastIndex = 0;
  while (capitals < 3 && UPPER.test(text)) capitals++;
  return capitals >= 3;
}

/** True when a block is a short heading line after which a new block always starts. */
export function isHeadingText(marker: Marker): boolean {
  const body = marker.body.trim();
  if (body.length > 90) return false;
  if (marker.kind === "roman") return true;
  if (marker.kind === "bullet") return false;
  if (isAllCaps(body) && body.length >= 5) return true;
  return body.length <= 60 && HEADING_WORDS.test(foldText(body));
}

/**
 * Joins hard-wrapped lines back into paragraphs and items (the line-joiner).
 *
 * A line opens a new block when it starts an item (a number, letter or
 * bullet followed by a capital), follows a heading, or stands after a blank
 * line and starts with a capital. Otherwise it continues the previous block:
 * a wrapped line, or a line after a page break that starts in lower case.
 * A marker right after a long unterminated line (≥ 60 characters without a
 * final stop) is taken as a wrap too ("… Đăng ký khai sinh\n- Đăng ký
 * thường trú"), so hard wrapping does not invent items.
 *
 * @param lines - prepared lines; furniture, footnotes and `skip` lines are left out
 * @param skip - line numbers read elsewhere (tables)
 * @returns the blocks in order
 */
export function joinLines(lines: readonly SourceLine[], skip: ReadonlySet<number> = new Set()): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let currentClosed = false;
  let blankBefore = false;
  let previousText = "";
  let previousCaps = false;
  for (const line of lines) {
    if (line.furniture || line.footnote || skip.has(line.n)) continue;
    if (line.blank) {
      blankBefore = true;
      continue;
    }
    const text = line.text.replace(/\t+/g, " ").trim();
    if (/^\d{1,3}$/.test(text)) continue;
    const marker = readMarker(text);
    const caps = isAllCaps(text);
    const folded = line.foldedHead;
    const wrappedMarker =
      startsItem(marker) && !blankBefore && previousText.length >= 60 && !TERMINAL_END.test(previousText);
    const opens =
      (startsItem(marker) && !wrappedMarker) ||
      (OPENERS.test(folded) && !LOWER_START.test(text)) ||
      (blankBefore &&
        !LOWER_START.test(text) &&
        !(DIGIT_START.test(text) && !TERMINAL_END.test(previousText))) ||
      (caps && !previousCaps && text.length < 90);
    // A short line read as a topic heading ("b) Nội dung thông tin, tuyên truyền bám sát Chương") that goes
    // on in lower case on the very next line was only cut short by hard wrapping.
    const wrappedHeading =
      current !== undefined &&
      currentClosed &&
      !blankBefore &&
      LOWER_START.test(text) &&
      current.marker.kind !== "roman" &&
      !isAllCaps(current.marker.body);
    if (current && (!currentClosed || wrappedHeading) && !opens) {
      current.text = `${current.text} ${text}`;
      current.sourceLines.push(line.n);
      (current.lines as { end: number }).end = line.n;
    } else {
      current = { marker, text: marker.body, lines: { start: line.n, end: line.n }, sourceLines: [line.n] };
      blocks.push(current);
    }
    currentClosed = current.sourceLines.length === 1 && isHeadingText(current.marker);
    blankBefore = false;
    previousText = text;
    previousCaps = caps;
  }
  for (const block of blocks) block.text = block.text.replace(/\s+/g, " ").trim();
  return blocks;
}
