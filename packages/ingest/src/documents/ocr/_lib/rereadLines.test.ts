import { describe, expect, it } from "vitest";
import type { Raster } from "./raster";
import {
  addWrittenPairs,
  leastSure,
  linesToReread,
  mergeReadings,
  placeReading,
  rereadLines,
  type WrittenPairs,
} from "./rereadLines";
import type { TesseractBlocksData, TesseractWord } from "./tesseractTypes";

/** A word at (x, y), 20 pixels a letter. */
function word(text: string, x: number, y: number, confidence: number): TesseractWord {
  return {
    text,
    confidence,
    bbox: { x0: x, y0: y, x1: x + 20 * [...text].length, y1: y + 40 },
    symbols: [...text].map((letter, i) => ({
      text: letter,
      bbox: { x0: x + 20 * i, y0: y, x1: x + 20 * (i + 1), y1: y + 40 },
    })),
  };
}

/** A page of lines, each a list of words; a line's box spans its words. */
function page(...lines: TesseractWord[][]): TesseractBlocksData {
  return {
    rotateRadians: 0,
    blocks: [
      {
        paragraphs: [
          {
            lines: lines.map((words) => ({
              text: words.map((w) => w.text).join(" "),
              confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length,
              bbox: {
                x0: words.reduce((m, w) => Math.min(m, w.bbox.x0), Infinity),
                y0: words.reduce((m, w) => Math.min(m, w.bbox.y0), Infinity),
                x1: words.reduce((m, w) => Math.max(m, w.bbox.x1), -Infinity),
                y1: words.reduce((m, w) => Math.max(m, w.bbox.y1), -Infinity),
              },
              words,
            })),
          },
        ],
      },
    ],
  };
}

// 003:360 (row 5 of the appendix, its number read as "Đ" at confidence 0 in a scan), 002:25, and a sure line
const ROW_NUMBER = [word("Đ", 358, 1129, 0)];
const CCHC = [word("truyền", 356, 454, 93), word("CCHOC", 500, 454, 53), word("trên", 620, 454, 96)];
const SURE = [word("Thường", 356, 600, 96), word("xuyên", 500, 600, 95)];

describe("linesToReread", () => {
  it("chooses the lines with a word below 80% confidence, the least sure first, none with a table's word", () => {
    const data = page(SURE, CCHC, ROW_NUMBER);
    expect(linesToReread(data).map((line) => line.text)).toEqual(["Đ", "truyền CCHOC trên"]);
    const inTable = new Set<TesseractWord>(ROW_NUMBER);
    expect(linesToReread(data, (w) => inTable.has(w)).map((line) => line.text)).toEqual([
      "truyền CCHOC trên",
    ]);
  });
});

describe("placeReading", () => {
  it("puts a crop's words back in the page's coordinates, undoing the crop's origin and enlargement", () => {
    const read = page([word("5", 40, 30, 62)]);
    const placed = placeReading(read, { x0: 338, y0: 1109 }, 2);
    expect(placed.confidence).toBe(62);
    expect(placed.words.map((w) => [w.text, w.bbox])).toEqual([
      ["5", { x0: 358, y0: 1124, x1: 368, y1: 1144 }],
    ]);
    expect(placed.words[0]?.symbols?.[0]?.bbox).toEqual({ x0: 358, y0: 1124, x1: 368, y1: 1144 });
  });
});

describe("mergeReadings", () => {
  it("replaces each unsure word by the surest reading's words over it, when surer by 5 or more", () => {
    const x1 = { words: [word("5", 358, 1129, 62)], confidence: 62 };
    const x2 = { words: [word("D", 358, 1129, 0)], confidence: 0 };
    expect(mergeReadings(ROW_NUMBER, [x1, x2])?.map((w) => w.text)).toEqual(["5"]);
    // 002:25: the sure words stay as the page read them, "CCHOC" (53) becomes the reading's "CCHC" (82)
    const reading = {
      words: [word("truyền", 356, 454, 80), word("CCHC", 505, 454, 82), word("trên", 620, 454, 87)],
      confidence: 83,
    };
    expect(mergeReadings(CCHC, [reading])?.map((w) => [w.text, w.confidence])).toEqual([
      ["truyền", 93],
      ["CCHC", 82],
      ["trên", 96],
    ]);
  });

  it("keeps the page's words when no reading is surer by 5, and drops full stops without ink", () => {
    expect(mergeReadings(CCHC, [{ words: [word("CCHC", 500, 454, 57)], confidence: 57 }])).toBeUndefined();
    expect(mergeReadings(ROW_NUMBER, [{ words: [], confidence: 99 }])).toBeUndefined();
    // "các." with a one-pixel "." (003:372 read alone) is "các"; "CCHOC." keeps its full stop as "CCHC."
    const thinStop = (w: TesseractWord): TesseractWord => ({
      ...w,
      text: `${w.text}.`,
      symbols: [
        ...(w.symbols ?? []),
        { text: ".", bbox: { x0: w.bbox.x1 - 1, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 } },
      ],
    });
    const page = [word("TDTT,", 356, 700, 75), thinStop(word("CCHOC", 500, 700, 51))];
    const reading = {
      words: [thinStop(word("TDTT,", 356, 700, 88)), word("CCHC", 505, 700, 90)],
      confidence: 89,
    };
    expect(mergeReadings(page, [reading])?.map((w) => w.text)).toEqual(["TDTT,", "CCHC."]);
    expect(leastSure(SURE)).toBe(95);
  });
});

describe("mergeReadings with the document's own words", () => {
  // 000:5 and 000:9 as a 300 dpi scan reads them: the title's "Mầu" at 18, the body's at 92; read alone,
  // the title's is "Mẩu" at 89
  const title = [word("xã", 1344, 454, 96), word("Sơn", 1422, 454, 93), word("Mầu", 1536, 454, 18)];
  const body = page([
    word("nhân", 539, 797, 96),
    word("dân", 673, 797, 96),
    word("xã", 774, 797, 96),
    word("Sơn", 847, 797, 93),
    word("Mầu", 950, 797, 92),
    word("ban", 1071, 797, 96),
  ]);
  const alone = {
    words: [word("xã", 1344, 454, 95), word("Sơn", 1422, 454, 92), word("Mẩu", 1536, 454, 89)],
    confidence: 92,
  };

  it("keeps the page's reading when the document writes it beside the same word and not the other", () => {
    const written: WrittenPairs = new Set();
    addWrittenPairs(written, body);
    expect(written.has("sơn mầu")).toBe(true);
    expect(mergeReadings(title, [alone], written)).toBeUndefined();
    // 002:154 "UBND tỉnh." read alone as "tính." at 94, where 002's "Lãnh đạo UBND tỉnh;" is read surely
    addWrittenPairs(written, page([word("UBND", 623, 559, 91), word("tỉnh;", 789, 559, 90)]));
    const lưu = [word("UBND", 681, 981, 91), word("tỉnh.", 847, 981, 79)];
    expect(
      mergeReadings(lưu, [{ words: [word("tính.", 848, 981, 94)], confidence: 94 }], written),
    ).toBeUndefined();
  });

  it("takes the surer reading when the document does not decide, or decides for it, or it differs in letters", () => {
    expect(mergeReadings(title, [alone])?.map((w) => w.text)).toEqual(["xã", "Sơn", "Mẩu"]);
    const both: WrittenPairs = new Set(["sơn mầu", "sơn mẩu"]);
    expect(mergeReadings(title, [alone], both)?.map((w) => w.text)).toEqual(["xã", "Sơn", "Mẩu"]);
    // an unsure word seen only on this line gives no pair: words below 80 are left out
    const own: WrittenPairs = new Set();
    addWrittenPairs(own, page(title));
    expect(own).toEqual(new Set(["xã sơn"]));
    // "CCHOC" and "CCHC" differ in a letter, not in marks: the document's pairs are not asked
    expect(
      mergeReadings(
        CCHC,
        [{ words: [word("CCHC", 505, 454, 82)], confidence: 82 }],
        new Set(["truyền cchoc"]),
      )?.map((w) => w.text),
    ).toEqual(["truyền", "CCHC", "trên"]);
  });
});

describe("rereadLines", () => {
  const white: Raster = { width: 800, height: 1400, data: new Uint8ClampedArray(800 * 1400 * 4).fill(255) };

  it("replaces an unsure line by the surer reading of its crop, and leaves sure lines unread", async () => {
    const asked: { width: number; dpi: number }[] = [];
    const readLine = async (image: Uint8Array | Blob, dpi: number): Promise<TesseractBlocksData> => {
      asked.push({ width: image instanceof Blob ? image.size : image.length, dpi });
      // as printed "5" at 62; twice as large "D" at 0 (tesseract's readings of 003's row number)
      return dpi === 300 ? page([word("5", 20, 20, 62)]) : page([word("D", 40, 40, 0)]);
    };
    const data = page(SURE, ROW_NUMBER);
    const result = await rereadLines(data, white, readLine, 300);
    expect(result).toMatchObject({ reread: 1, replaced: 1 });
    expect(asked.map((a) => a.dpi)).toEqual([300, 600]);
    const lines = result.data.blocks?.[0]?.paragraphs?.[0]?.lines ?? [];
    expect(lines.map((line) => [line.text, line.confidence])).toEqual([
      ["Thường xuyên", 95.5],
      ["5", 62],
    ]);
    // the line keeps its box; its word is where the crop's reading put it (crop origin 358 - 20, 1129 - 6: half a line height across, 0.15 of one down)
    expect(lines[1]?.bbox).toEqual(ROW_NUMBER[0]?.bbox);
    expect(lines[1]?.words?.[0]?.bbox).toEqual({ x0: 358, y0: 1143, x1: 378, y1: 1183 });
  });

  it("reads nothing again on a page whose words are all sure", async () => {
    const data = page(SURE);
    const result = await rereadLines(data, white, async () => page(), 300);
    expect(result).toEqual({ data, reread: 0, replaced: 0 });
  });
});
