import { joinTraced, traceText } from "./_lib/TracedText";
import { insertPageFurnitureTraced, type PageFurnitureOptions } from "./_lib/traced";

export type { PageFurnitureOptions } from "./_lib/traced";

/**
 * Damages a text the way text extracted from a printed PDF is damaged: at
 * every page break (every `every` lines, give or take a fifth, drawn from
 * the seed) a page number ("- 2 -" or "2", one style per seed) and the
 * running `header` are inserted between lines. No line of the text changes.
 *
 * @param text - clean text
 * @param options - `every` (lines per page), `header` (running header), `seed`
 * @returns the text with page numbers and headers between its lines
 * @example
 * insertPageFurniture("a\nb\nc\nd", { every: 2, header: "KẾ HOẠCH CCHC", seed: 1 })
 * // "a\nb\n- 1 -\nKẾ HOẠCH CCHC\nc\nd" or with "1" instead of "- 1 -"
 */
export function insertPageFurniture(text: string, options: PageFurnitureOptions): string {
  return joinTraced(insertPageFurnitureTraced(traceText(text), options));
}
