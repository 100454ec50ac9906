import { describe, expect, it } from "vitest";
import type { PdfItem } from "./PdfLine";
import { pageLines } from "./pageLines";
import type { Ruling } from "./pageRulings";
import { ruledTables } from "./ruledTables";

const h = (at: number, from: number, to: number): Ruling => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ horizontal: false, at, from, to });
const word = (str: string, x: number, y: number): PdfItem => ({ str, x, y, width: str.length * 5, size: 10 });

describe("ruledTables", () => {
  it("puts each word in the cell its middle lies in, a cell's wrapped lines joined, rows from the top", () => {
    // a two-column grid, x 50 | 200 | 300, y 500 – 470 – 420, drawn as each cell's box (sides drawn twice)
    const rulings = [
      h(500, 50, 200),
      h(470, 50, 200),
      v(50, 470, 500),
      v(200, 470, 500),
      h(500, 200, 300),
      h(470, 200, 300),
      v(200.3, 470, 500),
      v(300, 470, 500),
      h(470, 50, 300),
      h(420, 50, 300),
      v(50, 420, 470),
      v(200, 420, 470),
      v(300, 420, 470),
    ];
    // 003:294-297 and 003:310-311, wrapped in their cells
    const items = [
      word("Nội dung", 55, 485),
      word("Thời gian", 205, 485),
      word("Tăng cường tuyên truyền, cập", 55, 458),
      word("Thường xuyên", 205, 458),
      word("nhật các tin, bài", 55, 446),
      word("trong năm", 205, 446),
      word("Trên đây là kế hoạch.", 55, 380),
    ];
    const lines = pageLines(items);
    expect(ruledTables(rulings, items, lines)).toEqual([
      {
        top: 500,
        bottom: 420,
        left: 50,
        right: 300,
        rows: [
          { line: 1, cells: ["Nội dung", "Thời gian"] },
          { line: 2, cells: ["Tăng cường tuyên truyền, cập nhật các tin, bài", "Thường xuyên trong năm"] },
        ],
      },
    ]);
  });

  it("gives a merged cell's text to its first column and leaves the others empty; a lone box is no table", () => {
    const rulings = [
      h(500, 50, 300),
      h(480, 50, 300),
      h(460, 50, 300),
      v(50, 460, 500),
      v(300, 460, 500),
      v(150, 480, 500),
      v(220, 460, 500),
      // a stamp's box elsewhere on the page
      h(200, 350, 550),
      h(150, 350, 550),
      v(350, 150, 200),
      v(550, 150, 200),
    ];
    const items = [
      word("TT", 55, 486),
      word("Nội dung", 155, 486),
      word("Ghi chú", 225, 486),
      word("Phụ lục kèm theo", 55, 466),
      word("x", 230, 466),
      word("Ký bởi: UBND xã", 360, 175),
    ];
    const tables = ruledTables(rulings, items, pageLines(items));
    expect(tables.map((t) => t.rows.map((r) => r.cells))).toEqual([
      [
        ["TT", "Nội dung", "Ghi chú"],
        ["Phụ lục kèm theo", "", "x"],
      ],
    ]);
  });
});
