const segmenter = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** East Asian wide and fullwidth code points, which take two columns of a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Text of code points that each take one column and never combine: ASCII, Latin-1 to Latin Extended-B, Vietnamese. */
const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff]*$/;

/**
 * Columns a text takes on a terminal: one per grapheme, so a Vietnamese
 * letter written with combining marks ("ệ" as e + ̣ + ̂) counts once, and two
 * for wide (CJK, emoji) characters.
 */
export function displayWidth(text: string): number {
  // Printable Latin, precomposed Vietnamese included, takes one column a code unit: no segmenting
  // (40 µs a cell, which made a 150,000-row table take 35 s).
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += WIDE.test(segment) ? 2 : 1;
  return width;
}

/** The text cut to at most `width` columns, ending with "…" when cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = WIDE.test(segment) ? 2 : 1;
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}
