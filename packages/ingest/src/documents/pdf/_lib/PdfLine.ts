/** A run of text pdf.js gives, in page space (points, y up): `x`, `y` its baseline's start, `size` its font size. */
export interface PdfItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** Text of one line that belongs together: a column's part of the line, or a table cell's. */
export interface PdfSegment {
  readonly text: string;
  readonly x: number;
  readonly right: number;
}

/** A visual line of a page: items on one baseline, cut into segments at column gaps. */
export interface PdfLine {
  readonly y: number;
  readonly size: number;
  readonly segments: readonly PdfSegment[];
  /** 1-based rank of the line on its page, from the top. */
  readonly line: number;
}

/** A table's row: its cells' text (a cell's wrapped lines joined) and the rank of its first line. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
}
