import type { PdfItem, PdfLine, PdfSegment } from "./PdfLine";

/** A gap between two items wider than this many font sizes separates columns (or table cells). */
export const COLUMN_GAP = 0.9;

/** A blank left to be filled in by hand in a draft ("Số:      /KH-UBND", "ngày      tháng 3"): a gap, not a column. */
function BLANK_FILL(before: string, after: string): boolean {
  return (
    /^\s*\//.test(after) ||
    (/(Số|ngày|tháng|năm)\s*:?\s*$/iu.test(before) && /^\s*(tháng|năm|\d)/u.test(after))
  );
}

/**
 * The visual lines of a page from its text items, in reading order by
 * position (not the order of the content stream): items whose baselines lie
 * within a third of the font size make one line, ordered by x; a gap wider
 * than {@link COLUMN_GAP} font sizes starts a new segment; a smaller gap is a
 * space unless the items touch.
 */
export function pageLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = items
    .filter((i) => i.str.trim() !== "")
    .slice()
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && Math.abs(head.y - item.y) <= 0.35 * Math.max(head.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group, index) => {
    const byX = group.slice().sort((a, b) => a.x - b.x);
    const size = byX.map((i) => i.size).reduce((m, v) => Math.max(m, v), -Infinity);
    const segments: PdfSegment[] = [];
    let text = "";
    let x = 0;
    let right = Number.NEGATIVE_INFINITY;
    for (const item of byX) {
      const gap = item.x - right;
      const str = item.str.normalize("NFC");
      if (text !== "" && gap > COLUMN_GAP * item.size && !BLANK_FILL(text, str)) {
        segments.push({ text: text.replace(/\s+/g, " ").trim(), x, right });
        text = "";
      }
      if (text === "") {
        text = str;
        x = item.x;
      } else text += gap > 0.12 * item.size && !/\s$/.test(text) && !/^\s/.test(str) ? ` ${str}` : str;
      right = Math.max(right, item.x + item.width);
    }
    if (text !== "") segments.push({ text: text.replace(/\s+/g, " ").trim(), x, right });
    return { y: byX.reduce((s, i) => s + i.y, 0) / byX.length, size, segments, line: index + 1 };
  });
}
