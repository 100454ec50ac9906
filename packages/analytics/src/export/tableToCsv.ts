import { neutraliseFormula } from "@parcomms/formats";

/** A plain table: ordered columns and rows of plain values, as charts (`ChartResult.table`) and the CLI give them. */
export interface CsvTable {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, string | number | boolean | null | undefined>>[];
}

/** Options of {@link tableToCsv}. */
export interface TableToCsvOptions {
  /** Start with a UTF-8 byte-order mark, so spreadsheets read Vietnamese correctly (default false). */
  readonly bom?: boolean;
  /** Line end (default "\n"; "\r\n" for spreadsheets). */
  readonly lineEnd?: "\n" | "\r\n";
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a table as CSV (RFC 4180, a header of the column labels). Text cells
 * a spreadsheet would run as a formula (starting with = + - @, a tab or CR)
 * get a leading apostrophe (formats' `neutraliseFormula`); numbers are
 * written as numbers, empty values as empty cells. Works in browsers and Node.
 *
 * @param table - columns and rows
 * @param options - byte-order mark and line end
 * @returns the CSV text, ending with a line end
 * @example
 * tableToCsv({ columns: [{ key: "a", label: "A" }], rows: [{ a: "=1+1" }, { a: -3 }] })
 * // "A\n'=1+1\n-3\n"
 */
export function tableToCsv(table: CsvTable, options: TableToCsvOptions = {}): string {
  const { bom = false, lineEnd = "\n" } = options;
  const lines = [table.columns.map((c) => cell(c.label)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(","));
  return `${bom ? "\uFEFF" : ""}${lines.join(lineEnd)}${lineEnd}`;
}
