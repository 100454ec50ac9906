import { type BinaryPage, findTables } from "./findTables";
import type { PageTable } from "./pageLines";
import { spaceWidth } from "./spaceWidth";
import { tableRows } from "./tableRows";
import { linesOf, wordsOf } from "./tesseractLines";
import type { TesseractBlocksData, TesseractWord } from "./tesseractTypes";

/**
 * The bordered tables of a recognised page, each row's cells filled with the
 * words that fall in them (see `findTables`, `tableRows`; a word cut where
 * its letters stand most of a space apart, `spaceWidth`), and the words so
 * used, which the page's lines leave out.
 */
export function pageTables(
  data: TesseractBlocksData,
  page: BinaryPage,
): { tables: PageTable[]; used: Set<TesseractWord> } {
  const grids = findTables(page);
  const used = new Set<TesseractWord>();
  if (grids.length === 0) return { tables: [], used };
  const words = linesOf(data).flatMap(wordsOf);
  const space = spaceWidth(data);
  const tables = grids.map((grid) => {
    const free = words.filter((word) => !used.has(word));
    const read = tableRows(grid, free, page.width, space);
    for (const word of read.used) used.add(word);
    return { y0: grid.y0, y1: grid.y1, columns: Math.max(1, grid.columns.length - 1), rows: read.rows };
  });
  return { tables, used };
}
