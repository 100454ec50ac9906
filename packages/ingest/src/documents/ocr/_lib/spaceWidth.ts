import { linesOf, wordsOf } from "./tesseractLines";
import type { TesseractBlocksData } from "./tesseractTypes";

/** Fewer word gaps than this on a page and the space is taken from the line height instead. */
const FEWEST_GAPS = 20;

/**
 * The width of a space in the page's type, in pixels: the median gap
 * between two words tesseract read apart on one line (gaps wider than two
 * line heights, between a header's columns or a table's cells, left out);
 * a third of the median line height when the page has fewer than 20 such
 * gaps. In DejaVu Serif at 12.5 pt and 300 dpi a space is about 17 pixels
 * and the gap between two letters of a word at most about 10.
 *
 * @param data - the page's recognition
 * @returns the space's width in pixels (0 for a page without lines)
 */
export function spaceWidth(data: TesseractBlocksData): number {
  const gaps: number[] = [];
  const heights: number[] = [];
  for (const line of linesOf(data)) {
    const height = line.bbox.y1 - line.bbox.y0;
    heights.push(height);
    const words = wordsOf(line);
    for (let i = 1; i < words.length; i++) {
      const gap = (words[i]?.bbox.x0 ?? 0) - (words[i - 1]?.bbox.x1 ?? 0);
      if (gap > 0 && gap <= 2 * height) gaps.push(gap);
    }
  }
  if (gaps.length >= FEWEST_GAPS) return median(gaps);
  return heights.length > 0 ? median(heights) / 3 : 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
