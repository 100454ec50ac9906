/**
 * Stable codes of {@link TableFormatError}:
 * - `table.missing-file`: a file (or, in memory, a table) is missing;
 * - `table.bad-file`: a file cannot be read at all (broken CSV quoting, not an Arrow IPC file);
 * - `table.missing-column`: a column of the spec is not in the header or schema;
 * - `table.duplicate-column`: a header names a column twice;
 * - `table.bad-column-type`: an Arrow column has a type the spec does not allow;
 * - `table.bad-row`: a row has the wrong number of cells;
 * - `table.bad-cell`: a cell does not fit its column (type, null, JSON, Unicode);
 * - `table.duplicate-key`: two plans share an id, or two activities of a plan share one;
 * - `table.orphan-row`: a row names a plan or activity that no row of its parent table has;
 * - `table.invalid-plan`: a plan rebuilt from the tables fails the Plan schema;
 * - `table.unknown-version`: a plan's schema_version is one no reader knows ("2.0", "0.9");
 * - `table.inflated-too-large`: a compressed file (Parquet's pages) would inflate past the reader's
 *   `maxInflatedBytes` (its `size` and `limit` say by how much).
 */
export type TableFormatErrorCode =
  | "table.missing-file"
  | "table.bad-file"
  | "table.missing-column"
  | "table.duplicate-column"
  | "table.bad-column-type"
  | "table.bad-row"
  | "table.bad-cell"
  | "table.duplicate-key"
  | "table.orphan-row"
  | "table.invalid-plan"
  | "table.unknown-version"
  | "table.inflated-too-large";

/** Where a {@link TableFormatError} happened, beyond its file. */
export interface TableFormatErrorPlace {
  /** Data row, 1-based, the header not counted. */
  readonly row?: number;
  /** Column name. */
  readonly column?: string;
  /** Line of a CSV file where the row starts, 1-based, the header being line 1. */
  readonly line?: number;
  /** For `table.inflated-too-large`: the bytes the file inflates to (at least), and its budget. */
  readonly size?: number;
  /** For `table.inflated-too-large`: the budget, `maxInflatedBytes`. */
  readonly limit?: number;
}

/**
 * Malformed tabular input (lỗi định dạng bảng): a stable code, the file (or
 * table) and, when known, the row and column, so a caller can point at the
 * cell without parsing the message.
 *
 * @example
 * try {
 *   tablesFromCsv({});
 * } catch (error) {
 *   if (error instanceof TableFormatError) error.code; // "table.missing-file"
 * }
 */
export class TableFormatError extends Error {
  override readonly name = "TableFormatError";
  /** Stable code of the problem. */
  readonly code: TableFormatErrorCode;
  /** File name ("activities.csv") or, for tables in memory, table name ("activities"). */
  readonly file: string;
  /** Data row, 1-based, the header not counted. */
  declare readonly row?: number;
  /** Column name. */
  declare readonly column?: string;
  /** Line of a CSV file where the row starts, 1-based. */
  declare readonly line?: number;
  /** For `table.inflated-too-large`: the bytes counted when reading stopped (at least this many). */
  declare readonly size?: number;
  /** For `table.inflated-too-large`: the budget passed, in bytes. */
  declare readonly limit?: number;

  /**
   * @param code - stable code of the problem
   * @param file - file or table name
   * @param detail - what is wrong, in words
   * @param place - row, column and line, when known; size and limit for `table.inflated-too-large`
   */
  constructor(code: TableFormatErrorCode, file: string, detail: string, place: TableFormatErrorPlace = {}) {
    super(`${code}: ${describePlace(file, place)}: ${detail}`);
    this.code = code;
    this.file = file;
    if (place.row !== undefined) this.row = place.row;
    if (place.column !== undefined) this.column = place.column;
    if (place.line !== undefined) this.line = place.line;
    if (place.size !== undefined) this.size = place.size;
    if (place.limit !== undefined) this.limit = place.limit;
  }
}

function describePlace(file: string, place: TableFormatErrorPlace): string {
  let where = file;
  if (place.row !== undefined) where += `, row ${place.row}`;
  if (place.line !== undefined) where += ` (line ${place.line})`;
  if (place.column !== undefined) where += `, column "${place.column}"`;
  return where;
}
