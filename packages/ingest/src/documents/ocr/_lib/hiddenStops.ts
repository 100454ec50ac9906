import { speckleArea } from "./cleanPage";
import type { BinaryPage } from "./findTables";
import type { Raster } from "./raster";
import { REREAD_BELOW, type ReadLine, readCrop, SCALES } from "./rereadLines";
import { linesOf, replaceLines, type TesseractLine } from "./tesseractLines";
import type { Box, TesseractBlocksData, TesseractWord } from "./tesseractTypes";

/** A full stop or a comma found inside the box of a word's last letter. */
export interface HiddenStop {
  /** "." when the blob sits on the baseline, "," when it hangs below it. */
  readonly mark: "." | ",";
  /** The blob's box, in the page's (turned) coordinates. */
  readonly box: Box;
}

/** A connected blob of dark pixels: its box and how many pixels it has. */
interface Ink {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  area: number;
}

/**
 * A full stop or a comma set under the overhang of a word's last letter,
 * which tesseract reads as part of that letter: a serif face kerns "P." and
 * "P," so that the mark stands under the P's bowl, inside the letter's box;
 * tesseract then drops the comma ("LĐVP, CVVX" read "LDVP CVVX") or reads
 * the P with its full stop as an E ("VP." read "VE"). The letter's ink is
 * split into blobs (8-connected, in the letter's box and a sixth of its
 * height beyond on the right and below); a blob apart from the letter's
 * main one that stands in the right half of the letter, is the size of a
 * printed full stop (at least a diacritic's dot, at most 0.4 of the
 * letter's height tall and 0.3 wide, not flatter than it is wide: a broken
 * foot serif is flat), reaches the baseline from above and has white above
 * it for 0.15 of the letter's height (a stroke broken near its foot has ink
 * just above the break) is the mark. It
 * is a comma when it hangs below the baseline by more than a tenth of the
 * letter's height, else a full stop. A dot below a vowel (dấu nặng) starts
 * under the baseline and is never taken.
 *
 * @param letter - the box of the word's last letter (tesseract's symbol)
 * @param baseline - the line's baseline at the letter (y, pixels)
 * @param mask - the page's dark pixels, turned as tesseract read it (`binaryPage`)
 * @param dpi - the page's resolution
 * @returns the mark and its box, or undefined
 * @example
 * hiddenStop({ x0: 631, y0: 987, x1: 660, y1: 1027 }, 1026, mask, 300); // { mark: ".", box: … } (002's "VP.")
 */
export function hiddenStop(
  letter: Box,
  baseline: number,
  mask: BinaryPage,
  dpi: number,
): HiddenStop | undefined {
  const height = baseline - letter.y0;
  if (height <= 0) return undefined;
  const reach = Math.round(height / 6);
  const x0 = Math.max(0, Math.floor(letter.x0));
  const y0 = Math.max(0, Math.floor(letter.y0));
  const x1 = Math.min(mask.width, Math.ceil(letter.x1) + reach);
  const y1 = Math.min(mask.height, Math.max(Math.ceil(letter.y1), Math.ceil(baseline)) + reach);
  const blobs = blobsIn(mask, x0, y0, x1, y1);
  const main = blobs.reduce<Ink | undefined>(
    (m, b) => (m === undefined || b.area > m.area ? b : m),
    undefined,
  );
  if (!main) return undefined;
  const smallest = speckleArea(dpi);
  const middle = (main.x0 + main.x1) / 2;
  for (const blob of blobs) {
    if (blob === main || blob.area < smallest) continue;
    const tall = blob.y1 - blob.y0 + 1;
    const wide = blob.x1 - blob.x0 + 1;
    if (tall > 0.4 * height || wide > 0.3 * height || tall < 0.8 * wide) continue;
    if (blob.x0 < middle || blob.x1 >= x1 - 1) continue;
    // it reaches the baseline from above: its top above it, its foot on it or below
    if (blob.y0 > baseline - 0.05 * height || blob.y1 < baseline - 0.1 * height) continue;
    // white above it, as under a bowl or an arm: a stroke broken near its foot has ink just above
    if (inkAbove(mask, blob, Math.ceil(0.15 * height))) continue;
    const mark = blob.y1 > baseline + 0.1 * height ? "," : ".";
    return { mark, box: { x0: blob.x0, y0: blob.y0, x1: blob.x1 + 1, y1: blob.y1 + 1 } };
  }
  return undefined;
}

/** Whether any pixel is dark in the `rows` rows right above a blob, over its width. */
function inkAbove(mask: BinaryPage, blob: Ink, rows: number): boolean {
  for (let y = Math.max(0, blob.y0 - rows); y < blob.y0; y++)
    for (let x = blob.x0; x <= blob.x1; x++) if (mask.dark[y * mask.width + x]) return true;
  return false;
}

/** The 8-connected blobs of dark pixels inside [x0, x1) × [y0, y1). */
function blobsIn(mask: BinaryPage, x0: number, y0: number, x1: number, y1: number): Ink[] {
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= 0 || h <= 0) return [];
  const seen = new Uint8Array(w * h);
  const blobs: Ink[] = [];
  const stack: number[] = [];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (seen[y * w + x] || !mask.dark[(y0 + y) * mask.width + x0 + x]) continue;
      const blob: Ink = { x0: x0 + x, y0: y0 + y, x1: x0 + x, y1: y0 + y, area: 0 };
      seen[y * w + x] = 1;
      stack.push(y * w + x);
      while (stack.length > 0) {
        const at = stack.pop() ?? 0;
        const ax = at % w;
        const ay = (at - ax) / w;
        blob.area += 1;
        blob.x0 = Math.min(blob.x0, x0 + ax);
        blob.x1 = Math.max(blob.x1, x0 + ax);
        blob.y0 = Math.min(blob.y0, y0 + ay);
        blob.y1 = Math.max(blob.y1, y0 + ay);
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const nx = ax + dx;
            const ny = ay + dy;
            if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
            const next = ny * w + nx;
            if (seen[next] || !mask.dark[(y0 + ny) * mask.width + x0 + nx]) continue;
            seen[next] = 1;
            stack.push(next);
          }
      }
      blobs.push(blob);
    }
  return blobs;
}

/** The line's baseline at x, or the foot of its box when tesseract gave none. */
function baselineAt(line: { readonly bbox: Box; readonly baseline?: Box }, x: number): number {
  const b = line.baseline;
  if (!b || b.x1 === b.x0) return line.bbox.y1;
  return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0);
}

/**
 * The page's recognition with each full stop or comma hidden under a
 * word's last letter (`hiddenStop`) put back: the word is cut from the page
 * as tesseract turned it (`turnedCrop`), the mark whitened out, and the word
 * read again alone (as printed and twice as large) so that its last letter
 * is read without the mark ("VE" → "VP"); the surer reading of one word is
 * kept when it is at least as sure as the page's, else the page's letters
 * stay, and the mark follows them ("VP.", "LDVP,", "IV."). The word keeps
 * its box; the line's text is rebuilt.
 *
 * @param data - the page's recognition
 * @param mask - its dark pixels as tesseract turned the page (`binaryPage`)
 * @param raster - the cleaned page
 * @param readLine - reads an image of one line at a resolution (`Recogniser.recogniseLine`)
 * @param dpi - the page's resolution
 * @returns the recognition with the marks put back, and how many
 */
export async function restoreHiddenStops(
  data: TesseractBlocksData,
  mask: BinaryPage,
  raster: Raster,
  readLine: ReadLine,
  dpi: number,
): Promise<{ data: TesseractBlocksData; restored: number }> {
  let restored = 0;
  const replacements = new Map<TesseractLine, TesseractLine>();
  for (const line of linesOf(data)) {
    const words: TesseractWord[] = [];
    for (const word of line.words ?? []) {
      const last = word.symbols?.at(-1);
      const stop =
        last && /\p{L}$/u.test(word.text) && /\p{L}/u.test(last.text)
          ? hiddenStop(last.bbox, baselineAt(line, (last.bbox.x0 + last.bbox.x1) / 2), mask, dpi)
          : undefined;
      words.push(stop ? await withStop(word, stop, data.rotateRadians ?? 0, raster, readLine, dpi) : word);
      if (stop) restored += 1;
    }
    if (words.some((word, i) => word !== line.words?.[i]))
      replacements.set(line, { ...line, text: words.map((word) => word.text.trim()).join(" "), words });
  }
  return { data: replaceLines(data, replacements), restored };
}

/**
 * A word with the mark hidden under its last letter put after it: the word
 * cut from the page, the mark whitened, read again alone; a sure reading
 * that differs only in the last letter (the one the mark was read into: "VE"
 * alone is "VP"), or a reading surer than the page's, gives the letters.
 */
async function withStop(
  word: TesseractWord,
  stop: HiddenStop,
  radians: number,
  raster: Raster,
  readLine: ReadLine,
  dpi: number,
): Promise<TesseractWord> {
  // a quarter of the word's height across, less than a space, so the next word's marks stay out
  const height = word.bbox.y1 - word.bbox.y0;
  const pad = { x: Math.round(0.25 * height), y: Math.round(0.15 * height) };
  let best: TesseractWord | undefined;
  let bar = word.confidence;
  for (const scale of SCALES) {
    const read = await readCrop(raster, radians, word.bbox, pad, scale, readLine, dpi, stop.box);
    const [only, ...more] = read.words.map(lettersOnly);
    if (!only || more.length > 0 || !/^\p{L}+$/u.test(only.text)) continue;
    const mended = lastLetterOnly(only.text, word.text) && only.confidence >= REREAD_BELOW;
    if (mended || only.confidence >= bar) {
      best = only;
      bar = only.confidence;
      if (mended) break;
    }
  }
  const letters = best?.symbols ?? word.symbols ?? [];
  return {
    ...word,
    text: `${best?.text ?? word.text}${stop.mark}`,
    symbols: [...letters, { text: stop.mark, bbox: stop.box }],
  };
}

/** Whether two words of as many letters differ in their last letter only. */
function lastLetterOnly(reading: string, page: string): boolean {
  const a = [...reading];
  const b = [...page];
  return (
    a.length === b.length &&
    a.length > 0 &&
    a.at(-1) !== b.at(-1) &&
    a.slice(0, -1).join("") === b.slice(0, -1).join("")
  );
}

/** A reading's word without the marks a crop's edge may add before or after its letters. */
function lettersOnly(word: TesseractWord): TesseractWord {
  const symbols = word.symbols ?? [];
  if (symbols.length === 0) return { ...word, text: word.text.replace(/^\P{L}+|\P{L}+$/gu, "") };
  const isLetter = (symbol: { readonly text: string }) => /\p{L}/u.test(symbol.text);
  const kept = symbols.slice(Math.max(0, symbols.findIndex(isLetter)), symbols.findLastIndex(isLetter) + 1);
  return { ...word, text: kept.map((symbol) => symbol.text).join(""), symbols: kept };
}
