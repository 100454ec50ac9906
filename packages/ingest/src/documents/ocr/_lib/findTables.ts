/** A row of a bordered table: the band between two horizontal rulings and the vertical rulings crossing it. */
export interface GridRow {
  /** Top and bottom rulings' heights, in pixels. */
  readonly y0: number;
  readonly y1: number;
  /** The vertical rulings crossing the band, left to right (the table's outer borders included). */
  readonly edges: readonly number[];
}

/** A bordered table found on a page: its rows top to bottom and its column boundaries. */
export interface TableGrid {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly rows: readonly GridRow[];
  /** Every vertical ruling's position in the table (clustered over its rows), left to right: n + 1 boundaries for n columns. */
  readonly columns: readonly number[];
}

/** A binary page: 1 for a dark pixel, row by row. */
export interface BinaryPage {
  readonly width: number;
  readonly height: number;
  readonly dark: Uint8Array;
}

interface Ruling {
  y: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/**
 * The bordered tables of a deskewed binary page, from their ruling lines:
 * 1. horizontal rulings: dark runs at least 15% of the page's width long
 *    (a pixel counts as dark when it or the pixel above or below is, and gaps
 *    of up to 4 pixels are bridged, so a line broken by the scan or a trace
 *    of skew stays one), at most 1/25 of an inch thick (a rule, not a
 *    filled bar);
 * 2. between two rulings that lie one under the other, the vertical
 *    rulings: pixel columns dark (± 2 pixels) over at least 80% of the band's
 *    height, which no line of text is;
 * 3. a band crossed by three or more vertical rulings (two cells or more) is
 *    a table row; rows sharing a ruling make one table.
 *
 * @param page - the binary page (1 = dark)
 * @returns the tables, top to bottom
 */
export function findTables(page: BinaryPage): TableGrid[] {
  const { width } = page;
  const dpi = width / 8.27;
  const rulings = horizontalRulings(page, Math.round(width * 0.15), Math.max(4, Math.round(dpi / 25)));
  const tables: TableGrid[] = [];
  let rows: GridRow[] = [];
  const flush = () => {
    if (rows.length > 0) tables.push(table(rows, Math.max(6, Math.round(dpi / 25))));
    rows = [];
  };
  for (let i = 0; i + 1 < rulings.length; i++) {
    const top = rulings[i] as Ruling;
    // the next ruling below that runs under this one (another table beside it is not this one's)
    const bottom = rulings
      .slice(i + 1)
      .find((r) => overlap(top, r) >= 0.8 * Math.min(r.x1 - r.x0, top.x1 - top.x0));
    const edges = bottom ? verticalRulings(page, top, bottom) : [];
    if (bottom && edges.length >= 3) {
      const last = rows.at(-1);
      if (last && last.y1 !== top.y) flush();
      rows.push({ y0: top.y, y1: bottom.y, edges });
    } else flush();
  }
  flush();
  return tables;
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** The table of consecutive rows: its box and its column boundaries (each row's edges clustered within `near` pixels). */
function table(rows: readonly GridRow[], near: number): TableGrid {
  const all = rows.flatMap((row) => row.edges).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of all) {
    const last = clusters.at(-1);
    if (last && x - (last.at(-1) ?? x) <= near) last.push(x);
    else clusters.push([x]);
  }
  const columns = clusters.map((c) => Math.round(c.reduce((a, b) => a + b, 0) / c.length));
  return {
    x0: columns[0] ?? 0,
    x1: columns.at(-1) ?? 0,
    y0: rows[0]?.y0 ?? 0,
    y1: rows.at(-1)?.y1 ?? 0,
    rows,
    columns,
  };
}

function horizontalRulings(page: BinaryPage, minLength: number, maxThickness: number): Ruling[] {
  const { width, height, dark } = page;
  const segments: { y: number; x0: number; x1: number }[] = [];
  for (let y = 0; y < height; y++) {
    const above = y > 0 ? (y - 1) * width : y * width;
    const row = y * width;
    const below = y + 1 < height ? (y + 1) * width : row;
    let start = -1;
    let lastDark = -10;
    for (let x = 0; x <= width; x++) {
      const isDark = x < width && (dark[row + x] || dark[above + x] || dark[below + x]);
      if (isDark) {
        if (start < 0 || x - lastDark > 5) {
          if (start >= 0 && lastDark - start + 1 >= minLength) segments.push({ y, x0: start, x1: lastDark });
          start = x;
        }
        lastDark = x;
      }
    }
    if (start >= 0 && lastDark - start + 1 >= minLength) segments.push({ y, x0: start, x1: lastDark });
  }
  // Segments on neighbouring pixel rows that run over each other are one ruling.
  const open: (Ruling & { last: number; ys: number[] })[] = [];
  const done: Ruling[] = [];
  for (const s of segments) {
    const match = open.find(
      (r) => r.last >= s.y - 1 && overlap(r, s) >= 0.5 * Math.min(r.x1 - r.x0, s.x1 - s.x0),
    );
    if (match) {
      match.x0 = Math.min(match.x0, s.x0);
      match.x1 = Math.max(match.x1, s.x1);
      match.last = s.y;
      match.ys.push(s.y);
    } else open.push({ y: s.y, x0: s.x0, x1: s.x1, top: s.y, bottom: s.y, last: s.y, ys: [s.y] });
    for (let i = open.length - 1; i >= 0; i--) {
      const r = open[i];
      if (r && r.last < s.y - 1) {
        open.splice(i, 1);
        done.push(close(r));
      }
    }
  }
  for (const r of open) done.push(close(r));
  // The OR over three pixel rows adds two to a line's thickness.
  return done.filter((r) => r.bottom - r.top + 1 <= maxThickness + 2).sort((a, b) => a.y - b.y);

  function close(r: Ruling & { last: number; ys: number[] }): Ruling {
    const top = r.ys.reduce((m, y) => Math.min(m, y), Infinity);
    const bottom = r.ys.reduce((m, y) => Math.max(m, y), -Infinity);
    return { y: Math.round((top + bottom) / 2), x0: r.x0, x1: r.x1, top, bottom };
  }
}

/** The x of each vertical ruling running from `top` to `bottom` within their common width. */
function verticalRulings(page: BinaryPage, top: Ruling, bottom: Ruling): number[] {
  const { width, dark } = page;
  const y0 = top.bottom + 2;
  const y1 = bottom.top - 2;
  const span = y1 - y0;
  if (span < 8) return [];
  const x0 = Math.max(0, Math.min(top.x0, bottom.x0) - 4);
  const x1 = Math.min(width - 1, Math.max(top.x1, bottom.x1) + 4);
  const counts = new Int32Array(x1 - x0 + 1);
  for (let y = y0; y <= y1; y++) {
    const row = y * width;
    for (let x = x0; x <= x1; x++) {
      if (dark[row + x - 2] || dark[row + x - 1] || dark[row + x] || dark[row + x + 1] || dark[row + x + 2])
        counts[x - x0] = (counts[x - x0] ?? 0) + 1;
    }
  }
  const edges: number[] = [];
  let run: number[] = [];
  const need = 0.8 * (span + 1);
  for (let i = 0; i <= counts.length; i++) {
    if (i < counts.length && (counts[i] ?? 0) >= need) run.push(i + x0);
    else if (run.length > 0) {
      // a filled block (a dark cell, a picture) is no ruling
      if (run.length <= 40) edges.push(Math.round(((run[0] ?? 0) + (run.at(-1) ?? 0)) / 2));
      run = [];
    }
  }
  return edges;
}
