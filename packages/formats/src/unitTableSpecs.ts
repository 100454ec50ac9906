import { unitsTableSpec } from "./_lib/unitsTableSpec";
import type { Table, TableSpec } from "./Table";

/** The tidy table of administrative units, by name. */
export type UnitTables = Readonly<Record<"units", Table>>;

/**
 * The spec of the `units` table (đơn vị hành chính): one row per
 * administrative unit of an era, with its GSO code and parent.
 *
 * @example
 * unitTableSpecs.units.columns.map((c) => c.name).slice(0, 3) // ["position", "era", "code"]
 */
export const unitTableSpecs: Readonly<Record<"units", TableSpec>> = { units: unitsTableSpec };
