import type { PdfLine } from "./PdfLine";

/** How much of the page's height, from the top and from the bottom, running headers and footers sit in. */
export const FURNITURE_BAND = 0.075;

const PAGE_NUMBER = /^(-\s*)?((trang|page)\s*)?\d{1,4}(\s*(\/|của|of|trên)\s*\d{1,4})?(\s*-)?$/iu;

/** A line's text with its numbers blanked, so "Trang 2/5" and "Trang 3/5" read alike. */
function shape(line: PdfLine): string {
  return line.segments
    .map((s) => s.text)
    .join("\t")
    .replace(/\d+/g, "#")
    .toLocaleLowerCase("vi");
}

/**
 * The page furniture of a document (running headers, footers, page
 * numbers): lines in the top or bottom band of a page ({@link FURNITURE_BAND})
 * that are a page number ("3", "- 3 -", "Trang 2/5", "Page 2 of 5") or,
 * numbers aside, repeat in the bands of at least two pages.
 *
 * @returns per page, the set of the furniture lines' ranks
 */
export function findFurniture(
  pages: readonly { readonly lines: readonly PdfLine[]; readonly height: number }[],
): Set<number>[] {
  const inBand = (line: PdfLine, height: number) =>
    line.y > height * (1 - FURNITURE_BAND) || line.y < height * FURNITURE_BAND;
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const line of page.lines) {
      if (!inBand(line, page.height)) continue;
      const key = shape(line);
      seen.set(key, (seen.get(key) ?? new Set()).add(p));
    }
  });
  return pages.map(
    (page) =>
      new Set(
        page.lines
          .filter((line) => {
            if (!inBand(line, page.height)) return false;
            const text = line.segments.map((s) => s.text).join(" ");
            return PAGE_NUMBER.test(text.trim()) || (seen.get(shape(line))?.size ?? 0) >= 2;
          })
          .map((line) => line.line),
      ),
  );
}
