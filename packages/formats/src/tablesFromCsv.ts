import { absentTable, mayBeAbsent } from "./_lib/absentTable";
import { cellFromText } from "./_lib/cells";
import { parseCsv } from "./_lib/parseCsv";
import { restoreFormula } from "./_lib/restoreFormula";
import { type PlanTables, planTableSpecs } from "./planTableSpecs";
import type { Table, TableSpec } from "./Table";
import { TableFormatError } from "./TableFormatError";

/**
 * Tidy tables read back from their CSV files (đọc tệp CSV), each cell typed
 * by its column's spec: the inverse of {@link tablesToCsv}. Accepts a BOM and
 * CRLF line ends; columns are found by header name, so their order does not
 * matter and extra columns are ignored. An empty cell is null; a quoted empty
 * cell `""` is the empty string in a string column and null in any other.
 * The apostrophe `tablesToCsv` puts before a text a spreadsheet would run as
 * a formula (`'=…`, `'+…`, `'-…`, `'@…`) is removed from text and JSON cells,
 * so the text comes back as it was.
 * A file or column added in schema 1.1 (spec `since`) and the derived
 * `tasks` file may be absent (tables saved in 1.0): the file reads as a
 * table with no columns, the column is left out; `plansFromTables` decides
 * whether that is allowed.
 *
 * @param files - CSV text by file name (`plans.csv` …)
 * @param specs - the tables to read; the plan tables when left out ({@link unitTableSpecs} for units)
 * @returns the tables by name, columns in the order of their specs
 * @throws {TableFormatError} `table.missing-file`, `table.bad-file` (broken
 *   quoting, no header), `table.duplicate-column`, `table.missing-column`,
 *   `table.bad-row` (wrong number of cells) or `table.bad-cell` (a cell that
 *   is not of its column's type, an empty cell in a column that is never
 *   null, JSON that does not parse), with the file, row, line and column
 * @example
 * const tables = tablesFromCsv(tablesToCsv(planTables([plan003])));
 * plansFromTables(tables)[0]?.id // "003_c2f82bd70c212939"
 */
export function tablesFromCsv(files: Readonly<Record<string, string>>): PlanTables;
export function tablesFromCsv<K extends string>(
  files: Readonly<Record<string, string>>,
  specs: Readonly<Record<K, TableSpec>>,
): Record<K, Table>;
export function tablesFromCsv(
  files: Readonly<Record<string, string>>,
  specs: Readonly<Record<string, TableSpec>> = planTableSpecs,
): Record<string, Table> {
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, tableFromCsv(files, spec)]));
}

function tableFromCsv(files: Readonly<Record<string, string>>, spec: TableSpec): Table {
  const file = `${spec.name}.csv`;
  const text = files[file];
  if (text === undefined) {
    const absent = absentTable(spec);
    if (absent) return absent;
    throw new TableFormatError("table.missing-file", file, "the file is missing");
  }
  const [header, ...records] = parseCsv(text, file);
  if (!header) throw new TableFormatError("table.bad-file", file, "the file has no header row");
  const names = header.cells.map((name) => name ?? "");
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      throw new TableFormatError("table.duplicate-column", file, "the header names this column twice", {
        column: name,
        line: header.line,
      });
    }
    seen.add(name);
  }
  const columns = spec.columns.filter((column) => !mayBeAbsent(column) || names.includes(column.name));
  const positions = columns.map((column) => {
    const at = names.indexOf(column.name);
    if (at < 0) {
      throw new TableFormatError("table.missing-column", file, "the header has no such column", {
        column: column.name,
        line: header.line,
      });
    }
    return at;
  });
  const rows = records.map((record, i) => {
    const place = { row: i + 1, line: record.line };
    if (record.cells.length !== names.length) {
      throw new TableFormatError(
        "table.bad-row",
        file,
        `has ${record.cells.length} cells for ${names.length} columns`,
        place,
      );
    }
    return columns.map((column, j) => {
      const written = record.cells[positions[j] ?? -1] ?? null;
      const text =
        written !== null && (column.type === "string" || column.type === "json")
          ? restoreFormula(written)
          : written;
      const parsed = cellFromText(text, column);
      if ("problem" in parsed) {
        throw new TableFormatError("table.bad-cell", file, parsed.problem, { ...place, column: column.name });
      }
      return parsed.value;
    });
  });
  return { name: spec.name, description: spec.description, columns, rows };
}
