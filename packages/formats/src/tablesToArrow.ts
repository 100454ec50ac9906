import {
  Table as ArrowTable,
  bool,
  columnFromArray,
  type DataType,
  Endianness,
  field,
  float64,
  int32,
  tableToIPC,
  utf8,
  Version,
} from "@uwdata/flechette";
import { checkedCell, checkedRows } from "./_lib/checkedCells";
import type { ColumnSpec, ColumnType, Table } from "./Table";

const arrowType: Record<ColumnType, () => DataType> = {
  string: utf8,
  json: utf8,
  integer: int32,
  number: float64,
  boolean: bool,
};

/**
 * Apache Arrow IPC files (tệp Arrow) of tidy tables, one `.arrow` file per
 * table in the IPC **file** format, for pandas/pyarrow, R's arrow and
 * polars. Column types follow the specs: string → utf8, integer → int32,
 * number → float64, boolean → bool, json → utf8 holding the JSON text and
 * tagged with the canonical `arrow.json` extension name; nulls are Arrow
 * nulls, a column that is never null is declared non-nullable, and the
 * table's and each column's description travel as `description` metadata.
 *
 * @param tables - tables by name, from {@link planTables} or {@link unitTables}
 * @returns the Arrow IPC bytes of each table by file name (`plans.arrow` …)
 * @throws {TableFormatError} `table.bad-row` for a row of the wrong length,
 *   `table.bad-cell` for a cell that does not fit its column (an integer
 *   outside int32, text with a lone surrogate, which UTF-8 cannot carry …)
 * @example
 * const files = tablesToArrow(planTables([plan003]));
 * tableFromIPC(files["activities.arrow"] as Uint8Array).numRows // 17
 */
export function tablesToArrow(tables: Readonly<Record<string, Table>>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  // A table with no columns stands for a file that was absent (a 1.0 set read back): none is written.
  for (const table of Object.values(tables).filter((t) => t.columns.length > 0)) {
    const file = `${table.name}.arrow`;
    checkedRows(table, file);
    const fields = table.columns.map((column) =>
      field(column.name, arrowType[column.type](), column.nullable, metadataOf(column)),
    );
    const columns = table.columns.map((column, j) =>
      columnFromArray(
        table.rows.map((cells, i) => checkedCell(cells[j], column, file, i + 1)),
        arrowType[column.type](),
      ),
    );
    const schema = {
      version: Version.V5,
      endianness: Endianness.Little,
      fields,
      metadata: new Map([["description", table.description]]),
    };
    const bytes = tableToIPC(new ArrowTable(schema, columns), { format: "file" });
    if (bytes) files[file] = bytes;
  }
  return files;
}

function metadataOf(column: ColumnSpec): Map<string, string> {
  const metadata = new Map([["description", column.description]]);
  if (column.type === "json") metadata.set("ARROW:extension:name", "arrow.json");
  return metadata;
}
