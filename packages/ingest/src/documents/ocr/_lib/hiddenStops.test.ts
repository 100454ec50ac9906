import { describe, expect, it } from "vitest";
import { binaryPage } from "./binaryPage";
import { hiddenStop, restoreHiddenStops } from "./hiddenStops";
import { decodeImage, type Raster } from "./raster";
import type { Box, TesseractBlocksData } from "./tesseractTypes";

type Rect = readonly [x0: number, y0: number, x1: number, y1: number];

/** A white page with black rectangles (x1, y1 exclusive). */
function pageWith(rects: readonly Rect[], width = 400, height = 250): Raster {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const [x0, y0, x1, y1] of rects)
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  return { width, height, data };
}

// A capital P 40 pixels tall in the box 100..130 × 100..140, its baseline at y = 140: stem, top and middle
// bars, the bowl's right side; the pocket under the bowl is empty, as in a serif face.
const P: readonly Rect[] = [
  [102, 100, 109, 140],
  [102, 100, 129, 105],
  [102, 116, 129, 121],
  [124, 100, 129, 121],
];
const LETTER: Box = { x0: 100, y0: 100, x1: 130, y1: 140 };
const BASELINE = 140;
const stopIn = (rects: readonly Rect[]) => hiddenStop(LETTER, BASELINE, binaryPage(pageWith(rects), 0), 300);

describe("hiddenStop", () => {
  it("finds a full stop kerned under a P's bowl (002:154 'VP.') and a comma hanging below the baseline (001:141 'LĐVP,')", () => {
    expect(stopIn([...P, [124, 134, 130, 140]])).toEqual({
      mark: ".",
      box: { x0: 124, y0: 134, x1: 130, y1: 140 },
    });
    expect(stopIn([...P, [124, 133, 130, 148]])?.mark).toBe(",");
  });

  it("takes no mark from a letter's own ink, a dot below a vowel, a broken serif or dust", () => {
    expect(stopIn(P)).toBeUndefined();
    // an E: its bottom bar joins the stem, so the ink at the baseline is the letter's
    expect(stopIn([...P, [102, 134, 130, 140]])).toBeUndefined();
    // dấu nặng: under the baseline, not reaching it from above
    expect(stopIn([...P, [112, 144, 118, 150]])).toBeUndefined();
    // the foot of a stroke broken off under the bowl: ink right above it
    expect(stopIn([...P, [124, 121, 129, 126], [124, 128, 129, 140]])).toBeUndefined();
    // a foot serif broken off: flat
    expect(stopIn([...P, [120, 137, 131, 140]])).toBeUndefined();
    // dust smaller than a diacritic's dot (16 pixels at 300 dpi)
    expect(stopIn([...P, [125, 136, 128, 140]])).toBeUndefined();
    // in the left half of the letter: the foot of the stem, not a mark after the letter
    expect(stopIn([...P, [100, 134, 104, 140]])).toBeUndefined();
  });
});

/** The page's recognition of one line holding one word, its letters' boxes given. */
function oneWord(text: string, confidence: number, letters: readonly [string, Box][]): TesseractBlocksData {
  const bbox: Box = { x0: 60, y0: 100, x1: 130, y1: 140 };
  const word = { text, confidence, bbox, symbols: letters.map(([t, b]) => ({ text: t, bbox: b })) };
  return {
    rotateRadians: 0,
    blocks: [
      {
        paragraphs: [
          {
            lines: [
              {
                text,
                confidence,
                bbox,
                baseline: { x0: 60, y0: BASELINE, x1: 130, y1: BASELINE },
                words: [word],
              },
            ],
          },
        ],
      },
    ],
  };
}

const V: Rect = [62, 100, 97, 140];
const V_BOX: Box = { x0: 60, y0: 100, x1: 98, y1: 140 };

describe("restoreHiddenStops", () => {
  it("reads the word again without its full stop and puts the stop after it ('VE' → 'VP.')", async () => {
    const raster = pageWith([V, ...P, [124, 134, 130, 140]]);
    const seen: { dpi: number; stop: number; stem: number }[] = [];
    const readLine = async (image: Uint8Array | Blob, dpi: number) => {
      const crop = await decodeImage(image as Uint8Array);
      const scale = dpi / 300;
      // the crop starts a quarter of the word's height left of it and 0.15 of it above: (50, 94)
      const at = (x: number, y: number) =>
        crop.data[(Math.floor((y - 94) * scale) * crop.width + Math.floor((x - 50) * scale)) * 4];
      seen.push({ dpi, stop: at(126, 137) ?? -1, stem: at(105, 120) ?? -1 });
      const box = (x0: number, x1: number): Box => ({
        x0: x0 * scale,
        y0: 6 * scale,
        x1: x1 * scale,
        y1: 46 * scale,
      });
      // as printed: a stray mark at the crop's edge, then the letters, at 82; twice as large: 86
      return dpi === 300
        ? oneWord(".VP", 82, [
            [".", box(0, 3)],
            ["V", box(12, 48)],
            ["P", box(50, 80)],
          ])
        : oneWord("VP", 86, [
            ["V", box(12, 48)],
            ["P", box(50, 80)],
          ]);
    };
    const data = oneWord("VE", 88, [
      ["V", V_BOX],
      ["E", LETTER],
    ]);
    const mask = binaryPage(raster, 0);
    const result = await restoreHiddenStops(data, mask, raster, readLine, 300);
    expect(result.restored).toBe(1);
    // the stop whitened out, the letters kept; a sure reading (82) that mends only the last letter is taken
    // though the page read "VE" at 88, and no larger reading is asked for
    expect(seen).toEqual([{ dpi: 300, stop: 255, stem: 0 }]);
    const line = result.data.blocks?.[0]?.paragraphs?.[0]?.lines?.[0];
    expect(line?.text).toBe("VP.");
    expect(line?.words?.[0]?.symbols?.map((s) => s.text)).toEqual(["V", "P", "."]);
    expect(line?.words?.[0]?.bbox).toEqual({ x0: 60, y0: 100, x1: 130, y1: 140 });
  });

  it("keeps the page's letters when the reading alone is less sure, and leaves a page without marks as it is", async () => {
    const raster = pageWith([V, ...P, [124, 133, 130, 148]]);
    const data = oneWord("VP", 87, [
      ["V", V_BOX],
      ["P", LETTER],
    ]);
    // read alone "VF" at 40: unsure, so the page's "P" stays
    const unsure = async () => oneWord("VF", 40, [["VF", { x0: 20, y0: 6, x1: 90, y1: 46 }]]);
    const result = await restoreHiddenStops(data, binaryPage(raster, 0), raster, unsure, 300);
    expect(result.data.blocks?.[0]?.paragraphs?.[0]?.lines?.[0]?.text).toBe("VP,");
    const plain = pageWith([V, ...P]);
    const untouched = await restoreHiddenStops(data, binaryPage(plain, 0), plain, unsure, 300);
    expect(untouched).toEqual({ data, restored: 0 });
  });
});
