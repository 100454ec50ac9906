import type { BasicType } from "hyparquet-writer";
import type { ColumnType } from "../Table";

/**
 * The Parquet type written for each column type. JSON text is a STRING
 * column, as in the CSV files: hyparquet-writer's JSON type would stringify
 * the text again, and DuckDB reads a column annotated only with the JSON
 * logical type as BLOB.
 */
export const parquetColumnType: Record<ColumnType, BasicType> = {
  string: "STRING",
  json: "STRING",
  integer: "INT32",
  number: "DOUBLE",
  boolean: "BOOLEAN",
};
