import type { Cell, Table } from "@parcomms/formats";

/** A tidy table of `planTables` turned column-wise ({ column name: cells }), as arquero's `table` takes it. */
export function tableColumns(table: Table): Record<string, Cell[]> {
  const columns: Record<string, Cell[]> = {};
  table.columns.forEach((column, i) => {
    columns[column.name] = table.rows.map((row) => row[i] ?? null);
  });
  return columns;
}
