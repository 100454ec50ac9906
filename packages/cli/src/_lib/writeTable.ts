import { tableToCsv } from "@parcomms/analytics";
import type { CliIo } from "./CliIo";
import { renderTextTable } from "./renderTextTable";
import type { TextCell, TextTable } from "./TextTable";
import { terminalText } from "./terminalText";

/** The table with its text made terminal-safe before it is measured, so escapes keep the columns aligned. */
function terminalTable(table: TextTable): TextTable {
  const safe = (cell: TextCell | undefined) =>
    typeof cell === "string" ? terminalText(cell) : (cell ?? null);
  return {
    columns: table.columns.map((c) => ({ key: c.key, label: terminalText(c.label) })),
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.key, safe(row[c.key])]))),
  };
}

/** Output formats of the table commands. */
export const TABLE_FORMATS = ["table", "json", "csv"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/**
 * Writes a command's result on stdout: `table` aligned for the terminal
 * (narrowed to its width when stdout is one), `csv` from the same table,
 * `json` the typed result itself, pretty-printed. `csvTable`, when given, is
 * written for csv instead of `table` (e.g. "14/22" split into two numbers).
 */
export function writeTable(
  io: CliIo,
  format: TableFormat,
  table: TextTable,
  json: unknown,
  csvTable: TextTable = table,
): void {
  if (format === "json") io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (format === "csv") io.stdout.write(tableToCsv(csvTable));
  else {
    const maxWidth = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
    io.stdout.write(renderTextTable(terminalTable(table), maxWidth === undefined ? {} : { maxWidth }));
  }
}
