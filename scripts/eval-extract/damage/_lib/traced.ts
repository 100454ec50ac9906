import { seededInt } from "./seededInt";
import type { TracedText } from "./TracedText";

/** Windows line endings: every line terminated by CR LF. */
export function crlfTraced(text: TracedText): TracedText {
  return { ...text, eol: "\r\n" };
}

/** Every line in Unicode NFD (decomposed), as some PDF tools and macOS produce. */
export function nfdTraced(text: TracedText): TracedText {
  return { ...text, lines: text.lines.map((line) => line.normalize("NFD")) };
}

/** Every blank line doubled. */
export function doubleBlankTraced(text: TracedText): TracedText {
  const lines: string[] = [];
  const origin: number[] = [];
  text.lines.forEach((line, i) => {
    const from = text.origin[i] ?? 0;
    lines.push(line);
    origin.push(from);
    if (line.trim() === "") {
      lines.push(line);
      origin.push(from);
    }
  });
  return { ...text, lines, origin };
}

/** Options of {@link hardWrapTraced}. */
export interface HardWrapOptions {
  /** Shortest width a wrapped line aims for. */
  readonly min: number;
  /** Longest width a wrapped line may have (unless one word is longer). */
  readonly max: number;
  /** Seed of the widths drawn between `min` and `max`. */
  readonly seed: number;
}

/**
 * Breaks one line at spaces, like a PDF extractor: each piece gets a width
 * drawn between `min` and `max` and ends at the last space within it; the
 * space at the break is dropped. A word longer than the width stays whole.
 */
function wrapLine(line: string, max: number, draw: () => number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const width = draw();
    let cut = rest.lastIndexOf(" ", width);
    if (cut <= 0) cut = rest.indexOf(" ", width);
    if (cut <= 0) break;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  pieces.push(rest);
  return pieces;
}

/** Hard line breaks every `min`–`max` characters, at spaces. */
export function hardWrapTraced(text: TracedText, options: HardWrapOptions): TracedText {
  const next = seededInt(options.seed);
  const draw = () => next(options.min, options.max);
  const lines: string[] = [];
  const origin: number[] = [];
  text.lines.forEach((line, i) => {
    for (const piece of wrapLine(line, options.max, draw)) {
      lines.push(piece);
      origin.push(text.origin[i] ?? 0);
    }
  });
  return { ...text, lines, origin };
}

/** Options of {@link insertPageFurnitureTraced}. */
export interface PageFurnitureOptions {
  /** Lines per page, on average; each page is this long give or take a fifth. */
  readonly every: number;
  /** The running header printed at the top of every page after the first. */
  readonly header: string;
  /** Seed of the page lengths and of the page-number style. */
  readonly seed: number;
}

/**
 * Page furniture between lines: at every page break a page number ("- 3 -"
 * or "3", one style per document) and then the running header, as text
 * extracted from a printed PDF carries them.
 */
export function insertPageFurnitureTraced(text: TracedText, options: PageFurnitureOptions): TracedText {
  const next = seededInt(options.seed);
  const dashed = next(0, 1) === 1;
  const spread = Math.floor(options.every / 5);
  const pageLength = () => Math.max(1, next(options.every - spread, options.every + spread));
  const lines: string[] = [];
  const origin: number[] = [];
  let page = 1;
  let breakAt = pageLength();
  text.lines.forEach((line, i) => {
    if (i === breakAt && i < text.lines.length) {
      lines.push(dashed ? `- ${page} -` : String(page), options.header);
      origin.push(0, 0);
      page += 1;
      breakAt += pageLength();
    }
    lines.push(line);
    origin.push(text.origin[i] ?? 0);
  });
  return { ...text, lines, origin };
}
