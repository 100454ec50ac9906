import type { LineRange } from "@parcomms/core";

/** Jaccard overlap of two line ranges: shared lines over lines in either; 0 when disjoint. */
export function lineJaccard(a: LineRange, b: LineRange): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  if (shared <= 0) return 0;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start) + 1;
  return shared / union;
}

/**
 * Maps a range of lines of a damaged text back to the clean text: the
 * smallest range covering the clean lines of its lines; undefined when all
 * of them were inserted (page furniture) or the range is out of bounds.
 */
export function toCleanRange(range: LineRange, cleanLine: readonly number[]): LineRange | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (let i = Math.max(1, range.start); i <= Math.min(range.end, cleanLine.length); i++) {
    const line = cleanLine[i - 1] ?? 0;
    if (line > 0) {
      start = Math.min(start, line);
      end = Math.max(end, line);
    }
  }
  return end === 0 ? undefined : { start, end };
}
