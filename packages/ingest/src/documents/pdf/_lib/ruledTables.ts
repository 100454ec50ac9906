import type { PdfItem, PdfLine, TableRow } from "./PdfLine";
import { pageLines } from "./pageLines";
import type { Ruling } from "./pageRulings";

/** A table found by its drawn borders: where it lies on the page, and its rows of cells. */
export interface RuledTable {
  /** Its top and bottom borders' y (page space, y up). */
  readonly top: number;
  readonly bottom: number;
  /** Its left and right borders' x. */
  readonly left: number;
  readonly right: number;
  /** Its rows from the top, each cell's wrapped lines joined by a space; rows with no text left out. */
  readonly rows: TableRow[];
}

/** Rulings closer than this (points) are one line; ends closer than this meet. */
const SNAP = 2;

/**
 * The tables a page draws as grids: the rulings (`pageRulings`) that meet
 * make a grid; one with at least two columns (three vertical lines) and one
 * row is a table, whatever its words' positions say. Each text item goes to
 * the cell its middle lies in: the row between two horizontal lines, the
 * column between the vertical lines that cross that row (a merged cell's
 * text goes to its first column, the others stay empty, so every row has as
 * many cells as the table has columns). A cell's items are read as lines
 * (`pageLines`) and the lines joined by a space. A row's line is the rank
 * (in `lines`, the page's lines) of its first line.
 *
 * @param rulings - the page's rulings
 * @param items - the page's text items (the stamp's already left out)
 * @param lines - the page's lines, made from the same items
 * @returns the tables, from the top of the page
 */
export function ruledTables(
  rulings: readonly Ruling[],
  items: readonly PdfItem[],
  lines: readonly PdfLine[],
): RuledTable[] {
  const tables: RuledTable[] = [];
  for (const grid of grids(rulings)) {
    const xs = positions(grid.filter((r) => !r.horizontal));
    const ys = positions(grid.filter((r) => r.horizontal)).reverse();
    if (xs.length < 3 || ys.length < 2) continue;
    const [left, right] = [xs[0] as number, xs[xs.length - 1] as number];
    const [top, bottom] = [ys[0] as number, ys[ys.length - 1] as number];
    const verticals = grid.filter((r) => !r.horizontal);
    const cells = ys.slice(1).map(() => xs.slice(1).map((): PdfItem[] => []));
    for (const item of items) {
      const x = item.x + item.width / 2;
      const y = item.y + 0.3 * item.size;
      if (x <= left || x >= right || y >= top || y <= bottom) continue;
      const row = ys.findIndex((edge, r) => r > 0 && y > edge) - 1;
      const below = ys[row + 1] ?? bottom;
      const above = ys[row] ?? top;
      // the column of the nearest vertical line on the left that crosses this row
      const crossing = (edge: number) =>
        verticals.some(
          (v) => Math.abs(v.at - edge) <= SNAP && v.from <= below + SNAP && v.to >= above - SNAP,
        );
      let column = xs.findIndex((edge, c) => c > 0 && x < edge) - 1;
      while (column > 0 && !crossing(xs[column] as number)) column--;
      cells[row]?.[column]?.push(item);
    }
    const rows: TableRow[] = [];
    cells.forEach((row, r) => {
      if (row.every((cell) => cell.length === 0)) return;
      const [above, below] = [ys[r] as number, ys[r + 1] as number];
      const first = lines.find((l) => l.y < above && l.y > below);
      rows.push({
        line: first?.line ?? lines.filter((l) => l.y >= above).length + 1,
        cells: row.map((cell) =>
          pageLines(cell)
            .map((l) => l.segments.map((s) => s.text).join(" "))
            .join(" "),
        ),
      });
    });
    if (rows.length > 0) tables.push({ top, bottom, left, right, rows });
  }
  return tables.sort((a, b) => b.top - a.top);
}

/** The rulings that meet one another (ends within {@link SNAP}), in groups. */
function grids(rulings: readonly Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  rulings.forEach((a, i) => {
    rulings.forEach((b, j) => {
      if (j <= i || !meet(a, b)) return;
      parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}

/** Whether two rulings touch: a horizontal and a vertical that cross or end at each other, or two on one line that overlap. */
function meet(a: Ruling, b: Ruling): boolean {
  if (a.horizontal === b.horizontal)
    return Math.abs(a.at - b.at) <= SNAP && a.from <= b.to + SNAP && b.from <= a.to + SNAP;
  return b.at >= a.from - SNAP && b.at <= a.to + SNAP && a.at >= b.from - SNAP && a.at <= b.to + SNAP;
}

/** The distinct positions of rulings, those within {@link SNAP} of one another as one, ascending. */
function positions(rulings: readonly Ruling[]): number[] {
  const sorted = rulings.map((r) => r.at).sort((a, b) => a - b);
  const out: number[] = [];
  for (const at of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || at - last > SNAP) out.push(at);
  }
  return out;
}
