import { foldVietnamese } from "@parcomms/core";
import { inkedLetters } from "./inkedLetters";
import { type Raster, rasterSurface } from "./raster";
import { linesOf, replaceLines, type TesseractLine, wordsOf } from "./tesseractLines";
import type { Box, TesseractBlocksData, TesseractWord } from "./tesseractTypes";
import { turnedCrop } from "./turnedCrop";

/** A line is read again when one of its words was recognised with a confidence (0..100) below this. */
export const REREAD_BELOW = 80;
/** At most this many lines a page are read again (the least sure first), so a page of noise costs little. */
export const REREAD_MOST = 24;
/** The enlargements a line is read again at: as printed, and twice as large. */
export const SCALES = [1, 2] as const;
/** A reading's words replace an unsure word of the page's when the least sure of them is surer by at least this. */
const BETTER_BY = 5;

/**
 * Pairs of neighbouring words the document writes, each recognised surely
 * (`REREAD_BELOW` or more), as `wordKey`s joined by a space: what the
 * document itself says about a word whose readings differ only in marks.
 */
export type WrittenPairs = Set<string>;

/** A word as compared with the document's others: NFC, lower case, without the punctuation around it. */
function wordKey(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * Adds to `pairs` every two neighbouring words of a page's lines that were
 * both recognised surely (`REREAD_BELOW` or more).
 */
export function addWrittenPairs(pairs: WrittenPairs, data: TesseractBlocksData): void {
  for (const line of linesOf(data)) {
    const words = wordsOf(line);
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1], words[i]];
      if (a && b && a.confidence >= REREAD_BELOW && b.confidence >= REREAD_BELOW)
        pairs.add(`${wordKey(a.text)} ${wordKey(b.text)}`);
    }
  }
}

/** One reading of a line: its words in the page's coordinates and its confidence (0..100). */
export interface LineReading {
  readonly words: readonly TesseractWord[];
  readonly confidence: number;
}

/** The confidence (0..100) of a line's least sure word; 100 for a line without words. */
export function leastSure(words: readonly TesseractWord[]): number {
  return words.reduce((m, word) => Math.min(m, word.confidence), 100);
}

/**
 * The page's lines worth reading again: one of their words below
 * `REREAD_BELOW`, none of their words placed in a table's cell (`skip`: a
 * line of tesseract's runs across a table's rulings), the least sure first,
 * at most `REREAD_MOST`.
 */
export function linesToReread(
  data: TesseractBlocksData,
  skip: (word: TesseractWord) => boolean = () => false,
): TesseractLine[] {
  return linesOf(data)
    .map((line) => ({ line, words: wordsOf(line) }))
    .filter(({ words }) => words.length > 0 && !words.some(skip) && leastSure(words) < REREAD_BELOW)
    .sort((a, b) => leastSure(a.words) - leastSure(b.words))
    .slice(0, REREAD_MOST)
    .map(({ line }) => line);
}

/**
 * The words of a crop's reading put back in the page's coordinates: the crop
 * started at (`origin.x0`, `origin.y0`) of the page and was enlarged `scale`
 * times.
 */
export function placeReading(
  data: TesseractBlocksData,
  origin: { readonly x0: number; readonly y0: number },
  scale: number,
): LineReading {
  const back = (box: Box): Box => ({
    x0: origin.x0 + box.x0 / scale,
    y0: origin.y0 + box.y0 / scale,
    x1: origin.x0 + box.x1 / scale,
    y1: origin.y0 + box.y1 / scale,
  });
  const lines = linesOf(data);
  const words = lines.flatMap((line) =>
    wordsOf(line).map(
      (word): TesseractWord => ({
        text: word.text,
        confidence: word.confidence,
        bbox: back(word.bbox),
        symbols: (word.symbols ?? []).map((symbol) => ({ text: symbol.text, bbox: back(symbol.bbox) })),
      }),
    ),
  );
  const confidence =
    lines.length > 0 ? lines.reduce((sum, line) => sum + line.confidence, 0) / lines.length : 0;
  return { words, confidence };
}

/** Reads a line or a word: `readLine` of one line's image. */
export type ReadLine = (image: Uint8Array | Blob, dpi: number) => Promise<TesseractBlocksData>;

/**
 * A box of the page read again on its own: cut as tesseract turned the page
 * (`turnedCrop`, `pad` pixels around it), enlarged `scale` times, with
 * `erase` (a box of the page) whitened first when given, read as one line,
 * and its words put back in the page's coordinates (`placeReading`).
 */
export async function readCrop(
  raster: Raster,
  radians: number,
  box: Box,
  pad: { readonly x: number; readonly y: number },
  scale: number,
  readLine: ReadLine,
  dpi: number,
  erase?: Box,
): Promise<LineReading> {
  const origin = { x0: box.x0 - pad.x, y0: box.y0 - pad.y };
  const crop = turnedCrop(raster, radians, box, scale, pad);
  if (erase) whiten(crop, erase, origin, scale);
  const image = await (await rasterSurface(crop)).png();
  return placeReading(await readLine(image, dpi * scale), origin, scale);
}

/** Whitens a box of the page (with a pixel's margin) in a crop made by `turnedCrop` from `origin` at `scale`. */
function whiten(
  crop: Raster,
  box: Box,
  origin: { readonly x0: number; readonly y0: number },
  scale: number,
): void {
  const u0 = Math.max(0, Math.floor((box.x0 - 1 - origin.x0) * scale));
  const v0 = Math.max(0, Math.floor((box.y0 - 1 - origin.y0) * scale));
  const u1 = Math.min(crop.width, Math.ceil((box.x1 + 1 - origin.x0) * scale));
  const v1 = Math.min(crop.height, Math.ceil((box.y1 + 1 - origin.y0) * scale));
  for (let v = v0; v < v1; v++)
    for (let u = u0; u < u1; u++) crop.data.fill(255, (v * crop.width + u) * 4, (v * crop.width + u) * 4 + 3);
}

/**
 * A line's words with each unsure one (below `REREAD_BELOW`) replaced by
 * the words of a reading of the line that stand over it (their centres
 * within its box), when the least sure of them is surer than it by
 * `BETTER_BY` or more, the surest of `readings` chosen; sure words stay as
 * the page read them (a reading of a line alone may lose a dash, or add
 * full stops without ink, which are dropped: `inkedLetters`). A reading
 * that differs from the page's only in its marks ("tính" for "tỉnh", "Mẩu"
 * for "Mầu") is not taken when the page's word, with the word before or
 * after it, is written surely elsewhere in the document (`written`) and the
 * reading's is not: a name or a phrase a document repeats is spelt the
 * same each time. Undefined when no word is replaced.
 */
export function mergeReadings(
  page: readonly TesseractWord[],
  readings: readonly LineReading[],
  written: ReadonlySet<string> = new Set(),
): TesseractWord[] | undefined {
  let changed = false;
  const isWritten = (text: string, index: number) => {
    const before = page.slice(0, index).findLast((other) => other.text.trim() !== "");
    const after = page.slice(index + 1).find((other) => other.text.trim() !== "");
    return (
      (before !== undefined && written.has(`${wordKey(before.text)} ${wordKey(text)}`)) ||
      (after !== undefined && written.has(`${wordKey(text)} ${wordKey(after.text)}`))
    );
  };
  const merged = page.flatMap((word, index): TesseractWord[] => {
    if (word.confidence >= REREAD_BELOW) return [word];
    let best: TesseractWord[] | undefined;
    let bar = word.confidence + BETTER_BY;
    for (const reading of readings) {
      const over = reading.words
        .filter((other) => {
          const centre = (other.bbox.x0 + other.bbox.x1) / 2;
          return centre >= word.bbox.x0 && centre <= word.bbox.x1;
        })
        .map(withoutInklessStops)
        .filter((other) => other.text !== "");
      if (over.length === 0) continue;
      const sure = leastSure(over);
      if (sure >= bar) {
        best = over;
        bar = sure + Number.EPSILON;
      }
    }
    if (!best) return [word];
    const [only] = best;
    if (
      best.length === 1 &&
      only &&
      wordKey(only.text) !== wordKey(word.text) &&
      foldVietnamese(wordKey(only.text)) === foldVietnamese(wordKey(word.text)) &&
      isWritten(word.text, index) &&
      !isWritten(only.text, index)
    )
      return [word];
    changed = true;
    // a full stop the page read at the word's end stays (a reading of the line alone may not show it)
    const last = best.at(-1);
    if (last && word.text.endsWith(".") && !last.text.endsWith(".")) {
      best = [...best.slice(0, -1), { ...last, text: `${last.text}.` }];
    }
    return best;
  });
  return changed ? merged : undefined;
}

/** A word without its full stops that have no ink (`inkedLetters`), its text rebuilt from its letters. */
function withoutInklessStops(word: TesseractWord): TesseractWord {
  if (!word.symbols || word.symbols.length === 0) return word;
  const { letters } = inkedLetters(word.symbols);
  if (letters.length === word.symbols.length) return word;
  return { ...word, text: letters.map((letter) => letter.text).join(""), symbols: letters };
}

/**
 * The page's recognition with its least sure lines read again on their own:
 * tesseract reads a short line ("5", a row's number; "- Lưu: VT.") or a word
 * in capitals it is unsure of ("CCHC" as "CCHOC") better as one line of its
 * own than within the page's layout. Each line chosen by `linesToReread` is
 * cut from the page as tesseract turned it (`turnedCrop`, a margin of half
 * a line height across and 0.15 of one down), read as a single line as printed and twice as large,
 * and each unsure word is replaced by the surer reading's words over it
 * (`mergeReadings`); the line's confidence becomes its words' mean. The line
 * keeps its box and baseline.
 *
 * @param data - the page's recognition
 * @param raster - the cleaned page
 * @param readLine - reads an image of one line at a resolution (`Recogniser.recogniseLine`)
 * @param dpi - the page's resolution
 * @param skip - words in a table's cells (their lines are left as read)
 * @param written - pairs of words the document writes surely, this page's among them (`addWrittenPairs`)
 * @returns the recognition with the lines replaced, and how many lines were read again and replaced
 */
export async function rereadLines(
  data: TesseractBlocksData,
  raster: Raster,
  readLine: ReadLine,
  dpi: number,
  skip: (word: TesseractWord) => boolean = () => false,
  written: ReadonlySet<string> = new Set(),
): Promise<{ data: TesseractBlocksData; reread: number; replaced: number }> {
  const chosen = linesToReread(data, skip);
  if (chosen.length === 0) return { data, reread: 0, replaced: 0 };
  const radians = data.rotateRadians ?? 0;
  const replacements = new Map<TesseractLine, TesseractLine>();
  for (const line of chosen) {
    // half a line height of margin across; little down, so that the lines above and below stay out (a
    // descender of the line above read as a tone mark: "tinh" as "tỉnh")
    const height = line.bbox.y1 - line.bbox.y0;
    const pad = { x: Math.round(0.5 * height), y: Math.round(0.15 * height) };
    const readings: LineReading[] = [];
    for (const scale of SCALES)
      readings.push(await readCrop(raster, radians, line.bbox, pad, scale, readLine, dpi));
    const words = mergeReadings(line.words ?? [], readings, written);
    if (words)
      replacements.set(line, {
        ...line,
        text: words.map((word) => word.text.trim()).join(" "),
        confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
        words,
      });
  }
  const replaced = replaceLines(data, replacements);
  return { data: replaced, reread: chosen.length, replaced: replacements.size };
}
