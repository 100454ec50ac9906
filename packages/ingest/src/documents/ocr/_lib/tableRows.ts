import type { TableGrid } from "./findTables";
import { fixLetters } from "./fixLetters";
import { inkedLetters } from "./inkedLetters";
import { isDust } from "./isDust";
import type { TesseractWord } from "./tesseractTypes";

/** A word as tesseract gives it: text, box, confidence 0..100, and its letters with their boxes when known. */
export type OcrWord = TesseractWord;

/** A table row rebuilt from the words in its cells. */
export interface TableRowText {
  /** One text a column of the table ("" for an empty cell), a cell's wrapped lines joined with a space. */
  readonly cells: readonly string[];
  /** Mean confidence 0..1 of the row's words. */
  readonly confidence: number;
  readonly y0: number;
  readonly y1: number;
}

/** A vertical ruling read as a letter: a bar (or a bracket) on a cell's border is no text. */
const RULING_LOOK_ALIKES = /^[|[\]]$/u;
/** A ruling read into a word's first or last letters: "|Mỗi", "[|tuần", "xã|". */
const BAR_AT_START = /^[[\]]?\|+[[\]]?/u;
const BAR_AT_END = /[[\]]?\|+[[\]]?$/u;
/** The start of a word that is a row's number ("3", "12.", "a)"). */
const ROW_NUMBER = /^(\d{1,3}|[a-zđ])[.)]?$/u;

interface Fragment {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly y1: number;
  /** The word ended in a full stop without ink of its own (`inkedLetters`): it stands at the end of its cell only. */
  readonly stop?: boolean;
}

/**
 * The rows of a bordered table with the words that fall in its cells: a word
 * goes to the cell holding its first letter's centre (a word too wide for its
 * cell may run over the ruling, and one past the outer border by up to 5% of
 * the page's width counts as in the table), except that a row's number read
 * together with the next cell's first word ("3Tuyên") is cut at the ruling;
 * a bar or bracket on a ruling is dropped, and a full stop without ink
 * (`inkedLetters`) unless it ends the cell's text; a word is cut where two of its letters stand at least
 * 0.7 of a space apart (`space`: tesseract drops spaces between close words
 * in a narrow cell, "cáccơ quan"); a cell's words
 * are put in lines top to bottom, left to right, and its lines joined with a
 * space. Rows without any word are left out.
 *
 * @param table - the grid from `findTables`
 * @param words - the page's words (those outside the table are ignored)
 * @param pageWidth - the page's width in pixels
 * @param space - the width of a space in the page's type (`spaceWidth`); 0 cuts no word
 * @returns the rows, and the words used (to be left out of the page's lines)
 */
export function tableRows(
  table: TableGrid,
  words: readonly OcrWord[],
  pageWidth: number,
  space = 0,
): { rows: TableRowText[]; used: Set<OcrWord> } {
  const margin = 0.05 * pageWidth;
  const near = Math.max(4, pageWidth / 8.27 / 25);
  const used = new Set<OcrWord>();
  const fragments: Fragment[] = [];
  const confidences: number[][] = table.rows.map(() => []);
  for (const word of words) {
    const cx = (word.bbox.x0 + word.bbox.x1) / 2;
    const cy = (word.bbox.y0 + word.bbox.y1) / 2;
    if (cy < table.y0 || cy > table.y1 || cx < table.x0 - margin || cx > table.x1 + margin) continue;
    used.add(word);
    const inked = inkedLetters(
      word.symbols && word.symbols.length > 0 ? word.symbols : [{ text: word.text, bbox: word.bbox }],
    );
    const letters = inked.letters.filter((letter) => {
      // a ruling read as a bar or a bracket
      const x = (letter.bbox.x0 + letter.bbox.x1) / 2;
      const edges = table.rows[rowAt(table, (letter.bbox.y0 + letter.bbox.y1) / 2)]?.edges ?? table.columns;
      return !(
        RULING_LOOK_ALIKES.test(letter.text.trim()) && edges.some((edge) => Math.abs(edge - x) <= 1.5 * near)
      );
    });
    const first = letters[0];
    if (!first) continue;
    const place = (letter: { bbox: OcrWord["bbox"] }) => {
      const row = rowAt(table, (letter.bbox.y0 + letter.bbox.y1) / 2);
      const edges = table.rows[row]?.edges ?? table.columns;
      return { row, column: columnAt(table, edges, (letter.bbox.x0 + letter.bbox.x1) / 2) };
    };
    // A word is in the cell where it starts (text runs rightwards from a cell's left side; a word too wide
    // for its cell may run over the ruling); a row number read together with the next cell's first word
    // ("3Tuyên") is cut at the ruling.
    const start = place(first);
    const cut = letters.findIndex((letter) => {
      const at = place(letter);
      return at.row !== start.row || at.column !== start.column;
    });
    const head = cut > 0 ? letters.slice(0, cut) : letters;
    const parts =
      cut > 0 && ROW_NUMBER.test(head.map((letter) => letter.text).join(""))
        ? [head, letters.slice(cut)]
        : [letters];
    let current: Fragment | undefined;
    for (const part of parts.flatMap((letters) => splitAtSpaces(letters, 0.7 * space))) {
      // dust read as a mark, apart from the letters it was read with ("2 _", "6 .")
      if (isDust(part.map((letter) => letter.text).join(""))) continue;
      const at = place(part[0] ?? first);
      current = {
        ...at,
        text: part.map((letter) => letter.text).join(""),
        x0: part.reduce((m, letter) => Math.min(m, letter.bbox.x0), Infinity),
        y0: part.reduce((m, letter) => Math.min(m, letter.bbox.y0), Infinity),
        y1: part.reduce((m, letter) => Math.max(m, letter.bbox.y1), -Infinity),
      };
      fragments.push(current);
    }
    if (current && inked.endsInStop) {
      current = { ...current, stop: true };
      fragments.splice(-1, 1, current);
    }
    if (current) {
      confidences[current.row]?.push(Math.max(0, Math.min(1, word.confidence / 100)));
    }
  }
  const columns = Math.max(1, table.columns.length - 1);
  const rows: TableRowText[] = [];
  table.rows.forEach((gridRow, r) => {
    const cells = Array.from({ length: columns }, (_, c) =>
      cellText(fragments.filter((f) => f.row === r && f.column === c)),
    );
    if (cells.every((cell) => cell === "")) return;
    const scores = confidences[r] ?? [];
    rows.push({
      cells,
      confidence: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0,
      y0: gridRow.y0,
      y1: gridRow.y1,
    });
  });
  return { rows, used };
}

/** A word's letters cut into runs where two letters stand `gap` pixels apart or more (none when `gap` is 0). */
function splitAtSpaces<T extends { readonly bbox: OcrWord["bbox"] }>(
  letters: readonly T[],
  gap: number,
): T[][] {
  const runs: T[][] = [];
  letters.forEach((letter, i) => {
    const previous = letters[i - 1];
    const last = runs.at(-1);
    if (last && previous && (gap <= 0 || letter.bbox.x0 - previous.bbox.x1 < gap)) last.push(letter);
    else runs.push([letter]);
  });
  return runs;
}

/** The row whose band holds `y` (the nearest one for a letter on a ruling or past the table's edge). */
function rowAt(table: TableGrid, y: number): number {
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  table.rows.forEach((row, i) => {
    const d = y < row.y0 ? row.y0 - y : y > row.y1 ? y - row.y1 : 0;
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return best;
}

/** The table's column of the row's cell holding `x` (a cell spanning columns gives its first). */
function columnAt(table: TableGrid, edges: readonly number[], x: number): number {
  let cell = 0;
  for (let k = 0; k + 1 < edges.length; k++) if (x >= (edges[k] ?? 0)) cell = k;
  const left = edges[cell] ?? table.x0;
  let column = 0;
  let distance = Number.POSITIVE_INFINITY;
  table.columns.slice(0, -1).forEach((boundary, c) => {
    if (Math.abs(boundary - left) < distance) {
      distance = Math.abs(boundary - left);
      column = c;
    }
  });
  return column;
}

/** A cell's text: its pieces in lines (top to bottom, each left to right), words and lines joined with a space. */
function cellText(pieces: readonly Fragment[]): string {
  const lines: Fragment[][] = [];
  for (const piece of [...pieces].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1))) {
    const centre = (piece.y0 + piece.y1) / 2;
    const line = lines.find((l) => l.some((other) => centre >= other.y0 && centre <= other.y1));
    if (line) line.push(piece);
    else lines.push([piece]);
  }
  for (const line of lines) line.sort((a, b) => a.x0 - b.x0);
  const last = lines.at(-1)?.at(-1);
  const text = lines
    .map((line) =>
      line
        .map((piece) => {
          const text = piece.text.trim().replace(BAR_AT_START, "").replace(BAR_AT_END, "");
          return piece === last && piece.stop ? `${text}.` : text;
        })
        .filter((text) => text !== "")
        .join(" "),
    )
    .filter((text) => text !== "")
    .join(" ")
    .replace(/\s+/gu, " ")
    // A full stop before a word in lower case is the mark tesseract reads at the end of a cell's line, where
    // its line runs on over the (removed) ruling into the next cell: a Vietnamese sentence starts in capitals.
    .replace(/([\p{L}\d])\.(?= \p{Ll})/gu, "$1")
    .trim();
  return fixLetters(text);
}
