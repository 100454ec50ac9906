import type { Cell, ColumnSpec, Table } from "../Table";
import { TableFormatError } from "../TableFormatError";
import { cellProblem } from "./cells";

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Throws `table.bad-row` when a row's length (row numbers from 1) is not the table's column count. */
export function checkRow(cells: readonly Cell[], table: Table, file: string, row: number): void {
  if (cells.length !== table.columns.length) {
    throw new TableFormatError(
      "table.bad-row",
      file,
      `has ${cells.length} cells for ${table.columns.length} columns`,
      { row },
    );
  }
}

/** Throws `table.bad-row` for the first row whose length is not the table's column count. */
export function checkedRows(table: Table, file: string): void {
  for (const [i, cells] of table.rows.entries()) checkRow(cells, table, file, i + 1);
}

/** The cell, or `table.bad-cell` when it does not fit its column (integers must fit 32 bits). */
export function checkedCell(value: Cell | undefined, column: ColumnSpec, file: string, row: number): Cell {
  let problem = cellProblem(value, column);
  if (problem === undefined && column.type === "integer" && typeof value === "number") {
    if (value < INT32_MIN || value > INT32_MAX) problem = `${value} does not fit a 32-bit integer`;
  }
  if (problem !== undefined || value === undefined) {
    throw new TableFormatError("table.bad-cell", file, problem ?? "no cell", { row, column: column.name });
  }
  return value;
}
