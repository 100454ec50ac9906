import type { Cell, ColumnSpec, ColumnType, Row, TableSpec } from "../Table";

/** A column whose name is a string literal, so rows can be checked against it at compile time. */
export interface TypedColumn<N extends string> extends ColumnSpec {
  readonly name: N;
}

/** A table spec whose column names form the union `N`. */
export interface TypedTableSpec<N extends string> extends TableSpec {
  readonly columns: readonly TypedColumn<N>[];
}

/** The column names of a typed table spec. */
export type ColumnName<S> = S extends TypedTableSpec<infer N> ? N : never;

/** A column that never holds null. */
export function required<const N extends string>(
  name: N,
  type: ColumnType,
  description: string | undefined,
): TypedColumn<N> {
  return { name, type, description: description ?? "", nullable: false };
}

/** A column whose null means "absent" in the model. */
export function nullable<const N extends string>(
  name: N,
  type: ColumnType,
  description: string | undefined,
): TypedColumn<N> {
  return { name, type, description: description ?? "", nullable: true };
}

/** The column, marked as added in schema version `since` ("1.1"). */
export function added<N extends string>(since: string, column: TypedColumn<N>): TypedColumn<N> {
  return { ...column, since };
}

/** A table spec whose column names are known to the compiler; `extra` marks a table added later, or derived. */
export function defineTable<const N extends string>(
  name: string,
  description: string,
  columns: readonly TypedColumn<N>[],
  extra: { readonly since?: string; readonly derived?: boolean } = {},
): TypedTableSpec<N> {
  return { name, description, columns, ...extra };
}

/** The row of `values` in the column order of `spec`. */
export function encodeRow<N extends string>(spec: TypedTableSpec<N>, values: Record<N, Cell>): Row {
  return spec.columns.map((column) => values[column.name]);
}
