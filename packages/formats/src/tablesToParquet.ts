import { type ColumnSource, parquetWriteBuffer } from "hyparquet-writer";
import { checkedCell, checkedRows } from "./_lib/parquetCells";
import { parquetSchemaOf } from "./_lib/parquetSchemaOf";
import type { Table } from "./Table";

/**
 * Apache Parquet files (tệp Parquet) of tidy tables, one `.parquet` file per
 * table, for pandas (`pd.read_parquet`), R's arrow (`read_parquet`), polars
 * and DuckDB (`read_parquet`). Column types follow the specs: string →
 * BYTE_ARRAY annotated STRING, json → BYTE_ARRAY annotated JSON (the JSON
 * text as written), integer → INT32, number → DOUBLE, boolean → BOOLEAN;
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
const encoder = new TextEncoder();

export function tablesToParquet(tables: Readonly<Record<string, Table>>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const table of Object.values(tables)) {
    const file = `${table.name}.parquet`;
    checkedRows(table, file);
    const columnData: ColumnSource[] = table.columns.map((column, j) => {
      const cells = table.rows.map((row, i) => checkedCell(row[j], column, file, i + 1));
      // JSON text goes in as bytes: the writer would otherwise stringify it again.
      const data =
        column.type === "json" ? cells.map((c) => (c === null ? null : encoder.encode(c as string))) : cells;
      return { name: column.name, data };
    });
    const kvMetadata = [
      { key: "description", value: table.description },
      ...table.columns.map((column) => ({ key: `description:${column.name}`, value: column.description })),
    ];
    const schema = parquetSchemaOf(table.columns);
    files[file] = new Uint8Array(
      parquetWriteBuffer({ columnData, schema, kvMetadata, rowGroupSize: 100_000 }),
    );
  }
  return files;
}
