import { describe, expect, it } from "vitest";
import { spaceWidth } from "./spaceWidth";
import type { TesseractBlocksData, TesseractWord } from "./tesseractTypes";

const word = (x0: number, x1: number, y = 100): TesseractWord => ({
  text: "chữ",
  confidence: 90,
  bbox: { x0, y0: y, x1, y1: y + 48 },
});

/** One line a row of words, each word 60 pixels wide and `gap` pixels after the previous one. */
function page(gaps: readonly number[][]): TesseractBlocksData {
  return {
    blocks: [
      {
        paragraphs: [
          {
            lines: gaps.map((row, r) => {
              let at = 350;
              const words = [word(at, at + 60, 100 + 60 * r)];
              for (const gap of row) {
                at += 60 + gap;
                words.push(word(at, at + 60, 100 + 60 * r));
              }
              return {
                text: words.map((w) => w.text).join(" "),
                confidence: 90,
                bbox: { x0: 350, y0: 100 + 60 * r, x1: at + 60, y1: 148 + 60 * r },
                words,
              };
            }),
          },
        ],
      },
    ],
  };
}

describe("spaceWidth", () => {
  it("is the median gap between the words of a line, a header's column gap left out", () => {
    // 24 gaps of 16 to 18 pixels (a space at 300 dpi), and one of 900 between a header's two columns
    const rows = Array.from({ length: 4 }, () => [16, 17, 17, 18, 17, 16]);
    expect(spaceWidth(page([...rows, [900]]))).toBe(17);
  });

  it("is a third of the median line height on a page with few word gaps", () => {
    expect(spaceWidth(page([[17], [17]]))).toBe(16);
    expect(spaceWidth({ blocks: [] })).toBe(0);
  });
});
