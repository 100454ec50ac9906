import type { PdfLine, PdfSegment, TableRow } from "./PdfLine";
import type { RuledTable } from "./ruledTables";

/** What a page holds, in reading order: lines of text, and tables rebuilt from their words' positions. */
export type PageBlock =
  | {
      readonly kind: "text";
      text: string;
      readonly line: number;
      readonly blankBefore: boolean;
      /** The first line starts at the left edge and is no list item: it may continue a paragraph of the page before. */
      readonly fromLeft: boolean;
      /** The last line reaches the right edge: the paragraph may go on on the next page. */
      toRight: boolean;
    }
  | { readonly kind: "table"; readonly rows: TableRow[]; readonly blankBefore: boolean };

/** A vertical gap above this many font sizes is a paragraph's blank line. */
const BLANK_GAP = 2.0;
/** Inside a table, a gap above this many font sizes starts a new row (a cell's wrapped lines are closer). */
const ROW_GAP = 1.45;
/** A line continues the paragraph above when the gap is at most this many font sizes. */
const WRAP_GAP = 1.37;
const LIST_MARKER = /^([-+•–*]|\d+(\.\d+)*[.)]|[a-zđ][.)]|[IVXLC]+\.)\s/u;

const SIGNATURE = /^Nơi nhận/u;
const RECIPIENT = /^([-+•–]|Nơi nhận)/u;

/**
 * The signature block from "Nơi nhận": recipients on the left, the signer's
 * title, the space to sign and the name on the right, read a column after
 * the other (as the block is written), while the lines are close (the space
 * to sign aside) and hold recipients left of `middle` or text right of it.
 */
function readSignature(lines: readonly PdfLine[], start: number, middle: number) {
  const columns: [PdfLine[], PdfLine[]] = [[], []];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as PdfLine;
    const prev = lines[i - 1];
    if (i > start && prev && prev.y - line.y > 6 * line.size) break;
    if (line.segments.length > 2) break;
    const leftParts = line.segments.filter((s) => s.x < middle);
    const rightParts = line.segments.filter((s) => s.x >= middle);
    // a recipient, or its wrapped continuation (lower case)
    if (i > start && leftParts.some((s) => !RECIPIENT.test(s.text) && !/^\p{Ll}/u.test(s.text))) break;
    if (leftParts.length > 0) columns[0].push({ ...line, segments: leftParts });
    if (rightParts.length > 0) columns[1].push({ ...line, segments: rightParts });
  }
  return { columns, next: i };
}

interface Column {
  x0: number;
  x1: number;
}

/**
 * The blocks of one page from its lines (furniture already left out): a line
 * of three or more segments starts a table, which goes on while the lines
 * below are close and their segments fall in its columns; its lines make
 * rows by the gaps between them, each cell's wrapped lines joined in that
 * cell. A line of two segments (the two-column header, the signature block)
 * stays one line, its columns separated by a tab. A single-segment line that
 * starts at the left edge right under a line that reached the right edge is
 * that paragraph's wrapped continuation, joined to it. A table drawn with
 * borders (`ruledTables`) comes first: its lines are its rows, whatever
 * their segments, and the word-position rules above read the rest.
 *
 * @param lines - the page's lines, furniture left out
 * @param tables - the tables the page draws as grids (default none)
 */
export function pageBlocks(lines: readonly PdfLine[], tables: readonly RuledTable[] = []): PageBlock[] {
  const tableOf = (line: PdfLine) =>
    tables.find(
      (t) =>
        line.y < t.top &&
        line.y > t.bottom &&
        line.segments.every((s) => s.x >= t.left - 2 && s.right <= t.right + 2),
    );
  const shown = new Set<RuledTable>();
  const singles = lines.filter((l) => l.segments.length === 1 && !tableOf(l)).flatMap((l) => l.segments);
  const left = singles.map((s) => s.x).reduce((m, v) => Math.min(m, v), Infinity);
  const right = singles.map((s) => s.right).reduce((m, v) => Math.max(m, v), -Infinity);
  const blocks: PageBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as PdfLine;
    const prev = lines[i - 1];
    const gap = prev ? prev.y - line.y : 0;
    const blankBefore = prev !== undefined && gap > BLANK_GAP * Math.max(prev.size, line.size);
    const ruled = tableOf(line);
    if (ruled) {
      if (!shown.has(ruled)) blocks.push({ kind: "table", rows: ruled.rows, blankBefore });
      shown.add(ruled);
      i++;
      continue;
    }
    if (SIGNATURE.test(line.segments[0]?.text ?? "") && line.segments.length <= 2) {
      const { columns, next } = readSignature(lines, i, left + 0.45 * (right - left));
      columns.forEach((column, c) => {
        column.forEach((l, k) => {
          const text = l.segments.map((s) => s.text).join(" ");
          const far = k > 0 && (column[k - 1]?.y ?? 0) - l.y > BLANK_GAP * l.size;
          blocks.push({
            kind: "text",
            text,
            line: l.line,
            blankBefore: (k === 0 && (c > 0 || blankBefore)) || far,
            fromLeft: false,
            toRight: false,
          });
        });
      });
      i = next;
      continue;
    }
    if (line.segments.length >= 3) {
      const { rows, next } = readTable(lines, i);
      blocks.push({ kind: "table", rows, blankBefore });
      i = next;
      continue;
    }
    const text = line.segments.map((s) => s.text).join("\t");
    const first = line.segments[0] as PdfSegment;
    const single = line.segments.length === 1;
    const fromLeft = single && first.x <= left + 3 && !LIST_MARKER.test(first.text);
    const toRight = single && first.right >= right - 0.15 * (right - left);
    const above = blocks[blocks.length - 1];
    if (
      single &&
      above?.kind === "text" &&
      !blankBefore &&
      gap <= WRAP_GAP * line.size &&
      above.toRight &&
      fromLeft
    ) {
      above.text += ` ${first.text}`;
      above.toRight = toRight;
    } else blocks.push({ kind: "text", text, line: line.line, blankBefore, fromLeft, toRight });
    i++;
  }
  return blocks;
}

function overlaps(segment: PdfSegment, column: Column): boolean {
  return segment.x < column.x1 + 2 && segment.right > column.x0 - 2;
}

function readTable(lines: readonly PdfLine[], start: number): { rows: TableRow[]; next: number } {
  const columns: Column[] = [];
  const raw: { line: number; parts: Map<Column, string[]> }[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as PdfLine;
    const prev = lines[i - 1];
    const gap = prev ? prev.y - line.y : 0;
    if (i > start) {
      if (gap > BLANK_GAP * Math.max(line.size, prev?.size ?? 0)) break;
      if (line.segments.length < 3 && !line.segments.every((s) => columns.some((c) => overlaps(s, c)))) break;
    }
    if (i === start || gap > ROW_GAP * line.size) raw.push({ line: line.line, parts: new Map() });
    const row = raw[raw.length - 1] as (typeof raw)[number];
    for (const segment of line.segments) {
      let column = columns.find((c) => overlaps(segment, c));
      if (!column) {
        column = { x0: segment.x, x1: segment.right };
        columns.push(column);
      }
      column.x0 = Math.min(column.x0, segment.x);
      column.x1 = Math.max(column.x1, segment.right);
      row.parts.set(column, [...(row.parts.get(column) ?? []), segment.text]);
    }
  }
  const ordered = columns.slice().sort((a, b) => a.x0 - b.x0);
  const rows = raw.map((r) => ({
    line: r.line,
    cells: ordered.map((c) => (r.parts.get(c) ?? []).join(" ")),
  }));
  return { rows, next: i };
}
