import type { TesseractBlocksData } from "./tesseractTypes";

/** A line tesseract recognised: its text, box and confidence 0..1. */
export interface RecognisedLine {
  readonly text: string;
  readonly confidence: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A line of the page's text: one recognised line, or several side by side joined with tabs. */
export interface PageLine {
  readonly text: string;
  /** The lowest confidence of the lines joined. */
  readonly confidence: number;
}

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
        const words = (line.words ?? []).filter((word) => word.text.trim() !== "");
        if (words.length === 0) {
          const text = line.text.replace(/\s+/gu, " ").trim();
          return text === "" ? [] : [{ text, confidence, ...line.bbox }];
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
          text: piece.map((word) => word.text.trim()).join(" "),
          confidence,
          x0: Math.min(...piece.map((word) => word.bbox.x0)),
          y0: Math.min(...piece.map((word) => word.bbox.y0)),
          x1: Math.max(...piece.map((word) => word.bbox.x1)),
          y1: Math.max(...piece.map((word) => word.bbox.y1)),
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
 * reads a two-column header. Two lines are side by side when they do not overlap
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
  return rows
    .map((row) => row.sort((a, b) => a.x0 - b.x0))
    .sort((a, b) => Math.min(...a.map((l) => l.y0)) - Math.min(...b.map((l) => l.y0)))
    .map((row) => ({
      text: row
        .map((line, i) => (i === 0 ? line.text : `${separator(row[i - 1] ?? line, line)}${line.text}`))
        .join(""),
      confidence: Math.min(...row.map((line) => line.confidence)),
    }));
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
