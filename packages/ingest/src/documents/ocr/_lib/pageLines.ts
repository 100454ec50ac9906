import { fixLetters } from "./fixLetters";
import { isDust } from "./isDust";
import type { TableRowText } from "./tableRows";
import { linesOf, wordsOf } from "./tesseractLines";
import type { TesseractBlocksData, TesseractWord } from "./tesseractTypes";

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

/** A line of the page's text: one recognised line, several side by side joined with tabs, or a table's row. */
export interface PageLine {
  /** The text; "" for the blank line standing for a paragraph gap. */
  readonly text: string;
  /** The lowest confidence of the lines joined; undefined for a blank line. */
  readonly confidence: number | undefined;
  /** For a table's row: its cells, the table's number of columns, and whether it is the table's first row. */
  readonly table?: { readonly cells: readonly string[]; readonly columns: number; readonly first: boolean };
  /**
   * For a line of text: it stops short of the page's right edge of text by more than three line
   * heights, as the last line of a paragraph does (a justified line runs to the edge).
   */
  readonly short?: boolean;
}

/** A table of the page, rebuilt from its grid: where it stands and its rows. */
export interface PageTable {
  readonly y0: number;
  readonly y1: number;
  readonly columns: number;
  readonly rows: readonly TableRowText[];
}

/**
 * The non-empty lines of tesseract's `blocks` output, confidence scaled to
 * 0..1; a line is cut where a gap between two words is wider than 1.5 line
 * heights (tesseract may read the two columns of a header as one line).
 * Words for which `skip` is true (those placed in a table's cells) are left
 * out, and so is dust read as a lone mark of punctuation (`isDust`); a line
 * of nothing else is no line.
 */
export function recognisedLines(
  data: TesseractBlocksData,
  skip: (word: TesseractWord) => boolean = () => false,
): RecognisedLine[] {
  return linesOf(data).flatMap((line) => {
    const confidence = Math.max(0, Math.min(1, line.confidence / 100));
    const base = line.baseline ? (line.baseline.y0 + line.baseline.y1) / 2 : line.bbox.y1;
    const read = wordsOf(line);
    const all = read.filter((word) => !isDust(word.text));
    const words = all.filter((word) => !skip(word));
    if (read.length > 0 && words.length === 0) return [];
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
  });
}

/**
 * The page's lines in reading order: top to bottom, and lines that stand
 * side by side (the two columns of a header per Nghị định 30/2020, text
 * beside a borderless table's cells) joined left to right with a tab (a space when the gap is narrower
 * than 1.5 line heights: one line cut at a wide word gap), as `extractPlan`
 * reads a two-column header; a blank line where the baselines are further
 * apart than 1.25 times the page's line pitch (the lower quartile of the distances between baselines; a paragraph gap, which
 * `extractPlan` reads as the end of an item). Two lines are side by side when they do not overlap
 * horizontally and share at least half of the shorter one's height.
 * A bordered table (`tables`, rebuilt from its grid) stands where it is on
 * the page, one line a row with its cells separated by tabs, as a text-layer
 * PDF's table and a `.txt` plan's; a blank line before and after it. A line
 * of text is marked `short` when it ends more than three line heights left of
 * where nine lines in ten of the page end or further (`joinOcrPages` reads a
 * page that ends in one as ending a paragraph).
 */
export function pageLines(lines: readonly RecognisedLine[], tables: readonly PageTable[] = []): PageLine[] {
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
  const topOf = (row: RecognisedLine[]) => row.reduce((m, line) => Math.min(m, line.y0), Infinity);
  const ordered = rows.map((row) => row.sort((a, b) => a.x0 - b.x0)).sort((a, b) => topOf(a) - topOf(b));
  // Lines and tables top to bottom.
  type Item =
    | { kind: "row"; row: RecognisedLine[]; y: number }
    | { kind: "table"; table: PageTable; y: number };
  const items: Item[] = [
    ...ordered.map((row): Item => ({ kind: "row", row, y: topOf(row) })),
    ...tables.filter((t) => t.rows.length > 0).map((table): Item => ({ kind: "table", table, y: table.y0 })),
  ].sort((a, b) => a.y - b.y);
  // A paragraph gap: baselines further apart than 1.25 times the page's line pitch (tables aside). The
  // pitch is the lower quartile of the distances, not the median: on a page of two-line paragraphs half the
  // distances are gaps (004's fourth page), and the median is a gap's.
  const baseOf = (row: RecognisedLine[]) => row.reduce((m, line) => Math.max(m, line.base), -Infinity);
  const pitches: number[] = [];
  items.forEach((item, i) => {
    const before = items[i - 1];
    if (item.kind === "row" && before?.kind === "row") {
      const pitch = baseOf(item.row) - baseOf(before.row);
      if (pitch > 0) pitches.push(pitch);
    }
  });
  const pitch = [...pitches].sort((a, b) => a - b)[Math.floor(pitches.length / 4)] ?? 0;
  // The right edge of the page's text: where nine lines in ten end, or further; a line height: the median.
  const ends = ordered.map((row) => row.at(-1)?.x1 ?? 0).sort((a, b) => a - b);
  const edge = ends[Math.floor(0.9 * (ends.length - 1))] ?? 0;
  const heights = lines.map((line) => line.y1 - line.y0).sort((a, b) => a - b);
  const height = heights[Math.floor(heights.length / 2)] ?? 0;
  const blank: PageLine = { text: "", confidence: undefined };
  return items.flatMap((item, i): PageLine[] => {
    const before = items[i - 1];
    if (item.kind === "table") {
      const { table } = item;
      const out = table.rows.map(
        (row, k): PageLine => ({
          text: row.cells.join("\t"),
          confidence: row.confidence,
          table: { cells: row.cells, columns: table.columns, first: k === 0 },
        }),
      );
      return before ? [blank, ...out] : out;
    }
    const { row } = item;
    const line = {
      text: row
        .map((piece, k) => (k === 0 ? piece.text : `${separator(row[k - 1] ?? piece, piece)}${piece.text}`))
        .join(""),
      confidence: row.map((piece) => piece.confidence).reduce((m, v) => Math.min(m, v), Infinity),
      short: (row.at(-1)?.x1 ?? 0) < edge - 3 * height,
    };
    const gap =
      before?.kind === "table" ||
      (before?.kind === "row" && pitch > 0 && baseOf(row) - baseOf(before.row) > 1.25 * pitch);
    return gap ? [blank, line] : [line];
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
