/** A table to export: ordered columns and rows of plain values. */
export interface ExportTable {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Record<string, string | number | boolean | null | undefined>[];
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a table as CSV (RFC 4180, header of column labels, CRLF line ends, a
 * UTF-8 byte-order mark so spreadsheets read Vietnamese correctly). Text cells
 * a spreadsheet would run as a formula (starting with = + - @ tab or CR) are
 * prefixed with an apostrophe; numbers are written as numbers.
 *
 * @param table - columns and rows
 * @returns the CSV text
 * @example
 * toCsv({ columns: [{ key: "a", label: "A" }], rows: [{ a: "=1+1" }, { a: -3 }] })
 * // "\uFEFFA\r\n'=1+1\r\n-3\r\n"
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => cell(c.label)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
