import { type CsvTable, tableToCsv } from "@parcomms/analytics";

/** A table to export: ordered columns and rows of plain values. */
export type ExportTable = CsvTable;

/**
 * Writes a table as CSV for spreadsheets: analytics' `tableToCsv` (formula
 * cells neutralised) with a UTF-8 byte-order mark and CRLF line ends.
 *
 * @example
 * toCsv({ columns: [{ key: "a", label: "A" }], rows: [{ a: "=1+1" }, { a: -3 }] })
 * // "\uFEFFA\r\n'=1+1\r\n-3\r\n"
 */
export function toCsv(table: ExportTable): string {
  return tableToCsv(table, { bom: true, lineEnd: "\r\n" });
}
