import type { Cell, Table } from "@parcomms/formats";

/**
 * Some columns of a tidy table (rows of cells) as column arrays, by name.
 *
 * @example
 * tableColumns(planTables(plans).activity_themes, ["plan_id", "theme_code"]).theme_code[0] // "procedures"
 */
export function tableColumns<N extends string>(table: Table, names: readonly N[]): Record<N, Cell[]> {
  const out = {} as Record<N, Cell[]>;
  for (const name of names) {
    const index = table.columns.findIndex((c) => c.name === name);
    if (index < 0) throw new Error(`table ${table.name} has no column ${name}`);
    out[name] = table.rows.map((row) => row[index] ?? null);
  }
  return out;
}
