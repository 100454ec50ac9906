import { describe, expect, it } from "vitest";
import { type BinaryPage, findTables } from "./findTables";

/** A blank page of A4 proportions at 100 dpi (827 × 1170 pixels), with helpers to draw on it. */
function page(): BinaryPage & {
  hline: (y: number, x0: number, x1: number, drift?: number) => void;
  vline: (x: number, y0: number, y1: number) => void;
  blob: (x: number, y: number, w: number, h: number) => void;
} {
  const width = 827;
  const height = 1170;
  const dark = new Uint8Array(width * height);
  const set = (x: number, y: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) dark[y * width + x] = 1;
  };
  return {
    width,
    height,
    dark,
    // a 2-pixel rule, rising `drift` pixels over its length (a trace of skew left by deskewing)
    hline: (y, x0, x1, drift = 0) => {
      for (let x = x0; x <= x1; x++) {
        const dy = Math.round((drift * (x - x0)) / (x1 - x0));
        set(x, y - 1 - dy);
        set(x, y - dy);
      }
    },
    vline: (x, y0, y1) => {
      for (let y = y0; y <= y1; y++) {
        set(x - 1, y);
        set(x, y);
      }
    },
    // a letter-sized dark patch standing for text
    blob: (x, y, w, h) => {
      for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) if ((i + j) % 3 !== 0) set(x + i, y + j);
    },
  };
}

describe("findTables", () => {
  it("finds a bordered table of 3 rows and 4 columns: its rows' bands and its column boundaries", () => {
    const p = page();
    const ys = [200, 240, 330, 420];
    const xs = [100, 140, 500, 650, 760];
    for (const y of ys) p.hline(y, 100, 761);
    for (const x of xs) p.vline(x, 200, 421);
    // text inside the cells is no ruling
    p.blob(150, 210, 300, 14);
    p.blob(150, 260, 320, 14);
    p.blob(150, 280, 200, 14);
    const tables = findTables(p);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table?.rows.map((row) => [row.y0, row.y1])).toEqual([
      [200, 240],
      [240, 330],
      [330, 420],
    ]);
    expect(table?.columns.map((x) => Math.round(x))).toEqual([100, 140, 500, 650, 760]);
    expect(table?.rows.every((row) => row.edges.length === 5)).toBe(true);
  });

  it("keeps a rule that drifts 3 pixels over its length (a residue of skew) as one ruling", () => {
    const p = page();
    p.hline(300, 100, 761, 3);
    p.hline(400, 100, 761, 3);
    for (const x of [100, 400, 760]) p.vline(x, 298, 401);
    const [table] = findTables(p);
    expect(table?.rows).toHaveLength(1);
    expect(table?.columns).toHaveLength(3);
  });

  it("sees no table in text, an underline, or a box of one cell", () => {
    const p = page();
    for (let line = 0; line < 20; line++)
      for (let word = 0; word < 8; word++) p.blob(100 + word * 80, 100 + line * 30, 60, 16);
    p.hline(800, 300, 500); // the short rule under a header's motto
    p.hline(900, 100, 760);
    p.hline(1000, 100, 760);
    p.vline(100, 900, 1000);
    p.vline(759, 900, 1000);
    expect(findTables(p)).toEqual([]);
  });

  it("gives two tables when a gap without vertical rulings parts them", () => {
    const p = page();
    for (const [top, bottom] of [
      [100, 200],
      [400, 500],
    ] as const) {
      p.hline(top, 100, 761);
      p.hline(top + 50, 100, 761);
      p.hline(bottom, 100, 761);
      for (const x of [100, 300, 760]) p.vline(x, top, bottom);
    }
    expect(findTables(p).map((table) => [table.y0, table.y1, table.rows.length])).toEqual([
      [100, 200, 2],
      [400, 500, 2],
    ]);
  });
});
