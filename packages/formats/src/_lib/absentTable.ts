import type { ColumnSpec, Table, TableSpec } from "../Table";

/**
 * The stand-in for a table file that may be absent (a table added after the
 * first schema version, or the derived tasks table): its spec with no
 * columns and no rows, which `plansFromTables` takes as a missing file unless
 * every plan of the set is of an earlier version. Undefined when the table
 * must be present.
 */
export function absentTable(spec: TableSpec): Table | undefined {
  if (spec.since === undefined && !spec.derived) return undefined;
  return { name: spec.name, description: spec.description, columns: [], rows: [] };
}

/** Whether a column missing from a file may be left out of the table read (it was added in a later version). */
export function mayBeAbsent(column: ColumnSpec): boolean {
  return column.since !== undefined;
}
