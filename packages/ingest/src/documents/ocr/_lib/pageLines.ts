import type { TesseractBlocksData } from "./tesseractTypes";

/** A line tesseract recognised: its text, box and confidence 0..1. */
export interface RecognisedLine {
  readonly text: string;
  readonly confidence: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** Height of the baseline at the line's middle (the bottom of its box without a baseline). */
  readonly base: number;
}

/** A line of the page's text: one recognised line, or several side by side joined with tabs. */
export interface PageLine {
  /** The text; "" for the blank line standing for a paragraph gap. */
  readonly text: string;
  /** The lowest confidence of the lines joined; undefined for a blank line. */
  readonly confidence: number | undefined;
}

/** Letters tesseract's Vietnamese model gives for look-alikes: the Icelandic eth for "Đ"/"đ". */
const LOOK_ALIKES: Readonly<Record<string, string>> = { "\u00d0": "\u0110", "\u00f0": "\u0111" };
const fixLetters = (text: string) =>
  text.replace(/[\u00d0\u00f0]/gu, (letter) => LOOK_ALIKES[letter] ?? letter);

/**
 * The non-empty lines of tesseract's `blocks` output, confidence scaled to
 * 0..1; a line is cut where a gap between two words is wider than 1.5 line
 * heights (tesseract may read the two columns of a header as one line).
 */
export function recognisedLines(data: TesseractBlocksData): RecognisedLine[] {
  return (data.blocks ?? []).flatMap((block) =>
    (block.paragraphs ?? []).flatMap((paragraph) =>
      (paragraph.lines ?? []).flatMap((line) => {
        const confidence = Math.max(0, Math.min(1, line.confidence / 100));
        const base = line.baseline ? (line.baseline.y0 + line.baseline.y1) / 2 : line.bbox.y1;
        const words = (line.words ?? []).filter((word) => word.text.trim() !== "");
        if (words.length === 0) {
          const text = fixLetters(line.text.replace(/\s+/gu, " ").trim());
          return text === "" ? [] : [{ text, confidence, ...line.bbox, base }];
        }
        const height = line.bbox.y1 - line.bbox.y0;
        const pieces: (typeof words)[number][][] = [];
        for (const word of words) {
          const last = pieces.at(-1);
          const previous = last?.at(-1);
          if (last && previous && word.bbox.x0 - previous.bbox.x1 <= 1.5 * height) last.push(word);
          else pieces.push([word]);
        }
        return pieces.map((piece) => ({
          text: fixLetters(piece.map((word) => word.text.trim()).join(" ")),
          confidence,
          x0: piece.map((word) => word.bbox.x0).reduce((m, v) => Math.min(m, v), Infinity),
          y0: piece.map((word) => word.bbox.y0).reduce((m, v) => Math.min(m, v), Infinity),
          x1: piece.map((word) => word.bbox.x1).reduce((m, v) => Math.max(m, v), -Infinity),
          y1: piece.map((word) => word.bbox.y1).reduce((m, v) => Math.max(m, v), -Infinity),
          base,
        }));
      }),
    ),
  );
}

/**
 * The page's lines in reading order: top to bottom, and lines that stand
 * side by side (the two columns of a header per Nghị định 30/2020, the cells
 * of a table row) joined left to right with a tab (a space when the gap is narrower
 * than 1.5 line heights: one line cut at a wide word gap), as `extractPlan`
 * reads a two-column header; a blank line where the baselines are further
 * apart than 1.25 times the page's median line pitch (a paragraph gap, which
 * `extractPlan` reads as the end of an item). Two lines are side by side when they do not overlap
 * horizontally and share at least half of the shorter one's height.
 */
export function pageLines(lines: readonly RecognisedLine[]): PageLine[] {
  const rows: RecognisedLine[][] = [];
  const sorted = [...lines].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  for (const line of sorted) {
    const row = rows.find(
      (candidate) =>
        candidate.every((other) => sideBySide(line, other)) &&
        candidate.some((other) => sharesHeight(line, other)),
    );
    if (row) row.push(line);
    else rows.push([line]);
  }
  const ordered = rows
    .map((row) => row.sort((a, b) => a.x0 - b.x0))
    .sort(
      (a, b) =>
        a.map((l) => l.y0).reduce((m, v) => Math.min(m, v), Infinity) -
        b.map((l) => l.y0).reduce((m, v) => Math.min(m, v), Infinity),
    );
  // A paragraph gap: baselines further apart than 1.25 times the page's usual line pitch.
  const bases = ordered.map((row) =>
    row.map((line) => line.base).reduce((m, v) => Math.max(m, v), -Infinity),
  );
  const pitches = bases
    .slice(1)
    .map((base, i) => base - (bases[i] ?? base))
    .filter((pitch) => pitch > 0);
  const pitch = [...pitches].sort((a, b) => a - b)[Math.floor(pitches.length / 2)] ?? 0;
  return ordered.flatMap((row, i) => {
    const line = {
      text: row
        .map((piece, k) => (k === 0 ? piece.text : `${separator(row[k - 1] ?? piece, piece)}${piece.text}`))
        .join(""),
      confidence: row.map((piece) => piece.confidence).reduce((m, v) => Math.min(m, v), Infinity),
    };
    const gap = i > 0 && pitch > 0 && (bases[i] ?? 0) - (bases[i - 1] ?? 0) > 1.25 * pitch;
    return gap ? [{ text: "", confidence: undefined }, line] : [line];
  });
}

/** A tab between columns; a space between two pieces of one line that tesseract cut at a wide word gap. */
function separator(left: RecognisedLine, right: RecognisedLine): string {
  const height = Math.max(left.y1 - left.y0, right.y1 - right.y0);
  return right.x0 - left.x1 > 1.5 * height ? "\t" : " ";
}

function sideBySide(a: RecognisedLine, b: RecognisedLine): boolean {
  return a.x1 <= b.x0 || b.x1 <= a.x0;
}

function sharesHeight(a: RecognisedLine, b: RecognisedLine): boolean {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap >= 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0);
}
