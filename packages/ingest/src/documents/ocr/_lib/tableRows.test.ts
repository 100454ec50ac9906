import { describe, expect, it } from "vitest";
import type { TableGrid } from "./findTables";
import { type OcrWord, tableRows } from "./tableRows";

/** A grid of 300 dpi (a page 2480 pixels wide): columns TT | task | lead | time, two rows under a header row. */
const EDGES = [350, 470, 1450, 1900, 2300];
const GRID: TableGrid = {
  x0: 350,
  x1: 2300,
  y0: 1000,
  y1: 1400,
  columns: EDGES,
  rows: [
    { y0: 1000, y1: 1100, edges: EDGES },
    { y0: 1100, y1: 1300, edges: EDGES },
    { y0: 1300, y1: 1400, edges: EDGES },
  ],
};

/** A word at (x, y), 20 pixels a letter, each letter with its box. */
function word(text: string, x: number, y: number, confidence = 90): OcrWord {
  const letters = [...text];
  return {
    text,
    confidence,
    bbox: { x0: x, y0: y, x1: x + 20 * letters.length, y1: y + 40 },
    symbols: letters.map((letter, i) => ({
      text: letter,
      bbox: { x0: x + 20 * i, y0: y, x1: x + 20 * (i + 1), y1: y + 40 },
    })),
  };
}

/** Words of a line starting at x, one space (20 pixels) between them. */
function line(text: string, x: number, y: number): OcrWord[] {
  let at = x;
  return text.split(" ").map((part) => {
    const w = word(part, at, y);
    at += 20 * [...part].length + 20;
    return w;
  });
}

describe("tableRows", () => {
  it("fills each cell with its words, a cell's wrapped lines joined with a space, as 001:164 reads", () => {
    const words = [
      ...line("TT", 380, 1030),
      ...line("Nội dung, nhiệm vụ", 490, 1030),
      ...line("Cơ quan chủ trì", 1470, 1030),
      ...line("Thời gian", 1920, 1030),
      ...line("9", 390, 1130),
      ...line("Tuyên truyền khẩu hiệu pano về CCHC,", 490, 1130),
      ...line("chuyển đổi số trên tuyến đường", 490, 1180),
      ...line("Phòng VH", 1470, 1130),
      ...line("TT", 1470, 1180),
      ...line("Quý I/2024", 1920, 1130),
    ];
    const { rows, used } = tableRows(GRID, words, 2480);
    expect(rows.map((row) => row.cells)).toEqual([
      ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
      [
        "9",
        "Tuyên truyền khẩu hiệu pano về CCHC, chuyển đổi số trên tuyến đường",
        "Phòng VH TT",
        "Quý I/2024",
      ],
    ]);
    expect(used.size).toBe(words.length);
    expect(rows[1]?.confidence).toBeCloseTo(0.9);
    expect(rows.map((row) => [row.y0, row.y1])).toEqual([
      [1000, 1100],
      [1100, 1300],
    ]);
  });

  it("cuts a row number read together with the next cell's word at the ruling, and no other word", () => {
    // "10Khẩu" starts in the TT cell and runs over the ruling at 470; "Thường" runs over the ruling at 1900
    const words = [word("10Khẩu", 420, 1130), ...line("hiệu", 620, 1130), word("Thường", 1800, 1130)];
    const { rows } = tableRows(GRID, words, 2480);
    expect(rows[0]?.cells).toEqual(["10", "Khẩu hiệu", "Thường", ""]);
  });

  it("drops a ruling read as a bar or a bracket, alone or on a word's edge", () => {
    const words = [
      word("|", 465, 1130),
      word("|Phòng", 1445, 1130),
      word("[|tuần", 1895, 1130),
      ...line("Tuyên", 490, 1130),
    ];
    const { rows } = tableRows(GRID, words, 2480);
    expect(rows[0]?.cells).toEqual(["", "Tuyên", "Phòng", "tuần"]);
  });

  it("drops the full stop read at the end of a cell's line before a word in lower case, keeps a sentence's", () => {
    const words = [...line("nộp hồ.", 490, 1130), ...line("sơ đúng hạn. Tiếp", 490, 1180)];
    const { rows } = tableRows(GRID, words, 2480);
    expect(rows[0]?.cells[1]).toBe("nộp hồ sơ đúng hạn. Tiếp");
  });

  it("leaves out the words outside the table and rows without words", () => {
    const above = line("PHỤ LỤC", 900, 900);
    const words = [...above, ...line("Nội dung", 490, 1330)];
    const { rows, used } = tableRows(GRID, words, 2480);
    expect(rows.map((row) => row.cells)).toEqual([["", "Nội dung", "", ""]]);
    expect(above.some((w) => used.has(w))).toBe(false);
  });

  it("cuts a word where two letters stand most of a space apart (a dropped space), as 001:155 reads", () => {
    // "cáccơ" as tesseract reads the narrow cell of 001:155: 18 pixels between "các" and "cơ", 3 between letters
    const glued = (text: string, x: number, y: number, gapAfter: number): OcrWord => {
      let at = x;
      const symbols = [...text].map((letter, i) => {
        const box = { x0: at, y0: y, x1: at + 20, y1: y + 40 };
        at += 20 + (i === gapAfter ? 18 : 3);
        return { text: letter, bbox: box };
      });
      return { text, confidence: 90, bbox: { x0: x, y0: y, x1: at, y1: y + 40 }, symbols };
    };
    const words = [glued("cáccơ", 1470, 1130, 2), ...line("quan,", 1600, 1130)];
    // the page's space is 17 pixels: a gap of 18 is one, a gap of 3 is not
    expect(tableRows(GRID, words, 2480, 17).rows[0]?.cells[2]).toBe("các cơ quan,");
    // without a space width no word is cut
    expect(tableRows(GRID, words, 2480).rows[0]?.cells[2]).toBe("cáccơ quan,");
  });

  it('leaves out dust read as a mark apart from the row number it was read with (001\'s row 2 at 200 dpi, "2 _")', () => {
    // "2_": the "_" a speck 40 pixels right of the "2", more than a space apart
    const speck: OcrWord = {
      text: "2_",
      confidence: 60,
      bbox: { x0: 380, y0: 1130, x1: 460, y1: 1170 },
      symbols: [
        { text: "2", bbox: { x0: 380, y0: 1130, x1: 400, y1: 1170 } },
        { text: "_", bbox: { x0: 440, y0: 1160, x1: 460, y1: 1170 } },
      ],
    };
    const words = [speck, ...line("Xây dựng Clip", 490, 1130)];
    expect(tableRows(GRID, words, 2480, 17).rows[0]?.cells.slice(0, 2)).toEqual(["2", "Xây dựng Clip"]);
  });

  it("drops a full stop without ink inside a cell's text, keeps it at the cell's end, as 001:155 reads", () => {
    // "và." at the end of a cell's line, its "." one pixel wide; "Thể thao" on the next line; "phố." ends the cell
    const withThinStop = (text: string, x: number, y: number): OcrWord => {
      const base = word(text, x, y);
      const end = base.bbox.x1;
      return {
        ...base,
        text: `${text}.`,
        symbols: [...(base.symbols ?? []), { text: ".", bbox: { x0: end - 1, y0: y, x1: end, y1: y + 40 } }],
      };
    };
    const words = [
      ...line("Thông tin", 1470, 1130),
      withThinStop("và", 1670, 1130),
      ...line("Thể thao thành", 1470, 1180),
      withThinStop("phố", 1790, 1180),
    ];
    expect(tableRows(GRID, words, 2480, 17).rows[0]?.cells[2]).toBe("Thông tin và Thể thao thành phố.");
  });
});
