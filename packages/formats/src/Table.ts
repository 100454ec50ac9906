/**
 * Type of a column's cells: `string`, `integer` (a safe integer), `number` (a
 * finite double), `boolean`, or `json` (JSON text of a nested part of the
 * model, kept as a string).
 */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "json";

/** A column of a tidy table: its snake_case name, type, whether it may be null, and what it holds. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  readonly nullable: boolean;
  /**
   * The plan schema version that added the column ("1.1"); absent for a
   * column of the first version. Readers accept a file without it when every
   * plan of the set is of an earlier version.
   */
  readonly since?: string;
}

/** One cell: `null` for an absent value; json cells hold JSON text. */
export type Cell = string | number | boolean | null;

/** One row of a table, its cells in the order of the table's columns. */
export type Row = Cell[];

/** The name, description and columns of a table, without its rows. */
export interface TableSpec {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** The plan schema version that added the table ("1.1"); its file may be absent from a set of earlier plans. */
  readonly since?: string;
  /**
   * True for a table derived from the others for analysis (the `tasks`
   * table): written with them, never read back, and its file may be absent.
   */
  readonly derived?: boolean;
}

/**
 * A tidy table (bảng dữ liệu): a spec and rows whose cells follow its columns.
 *
 * @example
 * const table: Table = {
 *   name: "activity_themes",
 *   description: "One row per theme code of an activity.",
 *   columns: [{ name: "theme_code", type: "string", description: "Theme code.", nullable: false }],
 *   rows: [["one-stop-shop"]],
 * };
 */
export interface Table extends TableSpec {
  readonly rows: Row[];
}
