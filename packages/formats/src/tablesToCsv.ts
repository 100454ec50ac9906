import { csvFormatRow, csvFormatValue } from "d3-dsv";
import { cellProblem, numberText } from "./_lib/cells";
import { checkRow } from "./_lib/checkedCells";
import { NEUTRALISED_FORMULA } from "./_lib/formulaStart";
import { neutraliseFormula } from "./neutraliseFormula";
import type { Cell, ColumnSpec, Table } from "./Table";
import { TableFormatError } from "./TableFormatError";

/**
 * CSV files (tệp CSV) of tidy tables, one per table (`plans.csv`,
 * `activities.csv` …): a header row of column names, then one line per row,
 * RFC 4180 quoting, LF line ends, to be written as UTF-8. Null is an empty
 * cell and the empty string a quoted empty cell `""` (as PostgreSQL and
 * DuckDB read them); json cells hold compact JSON text; booleans are `true`
 * and `false`; numbers are in JavaScript's shortest round-trip form (-0 as
 * `-0`).
 *
 * Text cells are written as they are by default (`formulas: "keep"`), for
 * pandas, R and DuckDB. With `formulas: "neutralise"` a text cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe ({@link neutraliseFormula}).
 * {@link tablesFromCsv} removes that apostrophe, so either way the text
 * comes back exactly; to let it tell, a text that itself starts with
 * apostrophes and then one of those characters gets one more apostrophe in
 * both modes.
 *
 * @param tables - tables by name, from {@link planTables} or {@link unitTables}
 * @param options - `formulas`: "keep" (default) or "neutralise" for files opened in a spreadsheet
 * @returns the CSV text of each table by file name
 * @throws {TableFormatError} `table.bad-row` for a row of the wrong length,
 *   `table.bad-cell` for a cell that does not fit its column (including text
 *   with a lone surrogate, which UTF-8 cannot carry)
 * @example
 * tablesToCsv(planTables([plan003]))["activity_themes.csv"]?.split("\n")[0]
 * // "plan_id,activity_id,subtask_id,position,theme_code"
 * tablesToCsv(planTables([plan]), { formulas: "neutralise" })["plans.csv"] // a title "=1+1" written '=1+1
 */
export function tablesToCsv(
  tables: Readonly<Record<string, Table>>,
  options: TablesToCsvOptions = {},
): Record<string, string> {
  const text = options.formulas === "neutralise" ? neutraliseFormula : keepFormula;
  const files: Record<string, string> = {};
  // A table with no columns stands for a file that was absent (a 1.0 set read back): none is written.
  for (const table of Object.values(tables).filter((t) => t.columns.length > 0)) {
    const file = `${table.name}.csv`;
    const lines = [csvFormatRow(table.columns.map((c) => c.name))];
    table.rows.forEach((cells, i) => {
      checkRow(cells, table, file, i + 1);
      lines.push(table.columns.map((column, j) => cellText(cells[j], column, file, i + 1, text)).join(","));
    });
    files[file] = `${lines.join("\n")}\n`;
  }
  return files;
}

/** Options of {@link tablesToCsv}. */
export interface TablesToCsvOptions {
  /** "keep" (default): text cells as they are; "neutralise": a formula start gets a leading apostrophe. */
  readonly formulas?: "keep" | "neutralise";
}

/** A text as it is, unless it looks neutralised: then one more apostrophe, which the reader removes. */
function keepFormula(text: string): string {
  return NEUTRALISED_FORMULA.test(text) ? `'${text}` : text;
}

function cellText(
  value: Cell | undefined,
  column: ColumnSpec,
  file: string,
  row: number,
  text: (value: string) => string,
): string {
  const problem = cellProblem(value, column);
  if (problem !== undefined || value === undefined) {
    throw new TableFormatError("table.bad-cell", file, problem ?? "no cell", { row, column: column.name });
  }
  if (value === null) return "";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return String(value);
  return value === "" ? '""' : csvFormatValue(text(value));
}
