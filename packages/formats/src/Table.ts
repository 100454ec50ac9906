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
