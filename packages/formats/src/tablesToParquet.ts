import { type ColumnSource, parquetWriteBuffer } from "hyparquet-writer";
import { checkedCell, checkedRows } from "./_lib/checkedCells";
import { parquetColumnType } from "./_lib/parquetColumnType";
import type { Table } from "./Table";

/**
 * Apache Parquet files (tệp Parquet) of tidy tables, one `.parquet` file per
 * table, for pandas (`pd.read_parquet`), R's arrow (`read_parquet`), polars
 * and DuckDB (`read_parquet`). Column types follow the specs: string →
 * BYTE_ARRAY annotated STRING, json → the same, holding the JSON text as
 * written (cast it with `::JSON` in DuckDB, `json.loads` in Python), integer → INT32, number → DOUBLE, boolean → BOOLEAN;
 * nulls are Parquet nulls, a column that is never null is REQUIRED, the
 * table's description is the file's `description` key-value metadata and
 * the columns' descriptions are `description:<column>` entries. Pages are
 * Snappy-compressed in one row group of up to 100,000 rows; the bytes depend
 * only on the tables, so the same tables always give the same files.
 *
 * @param tables - tables by name, from {@link planTables} or {@link unitTables}
 * @returns the Parquet bytes of each table by file name (`plans.parquet` …)
 * @throws {TableFormatError} `table.bad-row` for a row of the wrong length,
 *   `table.bad-cell` for a cell that does not fit its column (an integer
 *   outside int32, text with a lone surrogate, which UTF-8 cannot carry …)
 * @example
 * const files = tablesToParquet(planTables([plan003]));
 * tablesFromParquet(files).activities.rows.length // 17
 */
export function tablesToParquet(tables: Readonly<Record<string, Table>>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  // A table with no columns stands for a file that was absent (a 1.0 set read back): none is written.
  for (const table of Object.values(tables).filter((t) => t.columns.length > 0)) {
    const file = `${table.name}.parquet`;
    checkedRows(table, file);
    const columnData: ColumnSource[] = table.columns.map((column, j) => ({
      name: column.name,
      data: table.rows.map((row, i) => checkedCell(row[j], column, file, i + 1)),
      type: parquetColumnType[column.type],
      nullable: column.nullable,
    }));
    const kvMetadata = [
      { key: "description", value: table.description },
      ...table.columns.map((column) => ({ key: `description:${column.name}`, value: column.description })),
    ];
    files[file] = new Uint8Array(parquetWriteBuffer({ columnData, kvMetadata, rowGroupSize: 100_000 }));
  }
  return files;
}
