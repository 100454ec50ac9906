import { type ColumnSpec, tablesToCsv } from "@parcomms/sample-data";
import type { TextCell, TextTable } from "./TextTable";

/** Starts of a cell that a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The table as CSV (RFC 4180, written by sample-data's `tablesToCsv`, which
 * quotes with d3-dsv): a header of the column labels, LF line ends. A text
 * cell starting with = + - @ (or a tab or carriage return) gets a leading `'`
 * so that a spreadsheet shows it instead of running it; numbers stay numbers.
 */
export function tableToCsv(table: TextTable): string {
  const columns: ColumnSpec[] = table.columns.map((c) => ({
    name: c.label,
    type: table.rows.every((row) => typeof row[c.key] !== "string") ? "number" : "string",
    description: c.label,
    nullable: true,
  }));
  const rows = table.rows.map((row) => table.columns.map((c, j) => cellOf(row[c.key], columns[j]?.type)));
  const csv = tablesToCsv({ table: { name: "table", description: "", columns, rows } });
  return csv["table.csv"] ?? "";
}

function cellOf(cell: TextCell | undefined, type: string | undefined): string | number | null {
  if (cell === undefined || cell === null) return null;
  if (type === "number") return cell;
  const text = String(cell);
  return FORMULA_START.test(text) ? `'${text}` : text;
}
