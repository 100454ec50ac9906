import type { SchemaElement } from "hyparquet";
import type { ColumnSpec, ColumnType } from "../Table";

const elementOf: Record<ColumnType, Omit<SchemaElement, "name" | "repetition_type">> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  json: { type: "BYTE_ARRAY", logical_type: { type: "JSON" } },
  integer: { type: "INT32" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
};

/**
 * The flat Parquet schema of a table's columns: a root and one leaf per
 * column, REQUIRED when the column is never null, else OPTIONAL.
 */
export function parquetSchemaOf(columns: readonly ColumnSpec[]): SchemaElement[] {
  return [
    { name: "root", num_children: columns.length },
    ...columns.map(
      (column): SchemaElement => ({
        name: column.name,
        ...elementOf[column.type],
        repetition_type: column.nullable ? "OPTIONAL" : "REQUIRED",
      }),
    ),
  ];
}
