import type { AdminUnit } from "@parcomms/core";
import { encodeRow } from "./_lib/defineTable";
import { stringifyJson } from "./_lib/stringifyJson";
import { unitsTableSpec } from "./_lib/unitsTableSpec";
import type { UnitTables } from "./unitTableSpecs";

/**
 * The tidy `units` table of administrative units (đơn vị hành chính): one
 * row per unit with its era, GSO code, name, kind, level and parent, to join
 * plans on (unit_code_era, unit_code).
 *
 * @param units - units, for example `adminUnits("two-tier")`
 * @returns `{ units }`, a table with the columns of {@link unitTableSpecs}
 * @example
 * unitTables(adminUnits("two-tier")).units.rows.length // 3355 (34 provinces and 3,321 communes)
 */
export function unitTables(units: readonly AdminUnit[]): UnitTables {
  const rows = units.map((unit, position) =>
    encodeRow(unitsTableSpec, {
      position,
      era: unit.code.era,
      code: unit.code.code,
      name: unit.name,
      kind: unit.kind,
      level: unit.level,
      parent_era: unit.parent?.era ?? null,
      parent_code: unit.parent?.code ?? null,
      valid_from: unit.validFrom ?? null,
      valid_to: unit.validTo ?? null,
      successors: unit.successors === undefined ? null : stringifyJson(unit.successors),
    }),
  );
  const { name, description, columns } = unitsTableSpec;
  return { units: { name, description, columns, rows } };
}
