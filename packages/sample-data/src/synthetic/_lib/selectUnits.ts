import type { AdminUnit, UnitKind } from "@parcomms/core";
import type { AdminUnitTable } from "../../units/AdminUnitTable";

/** A unit to generate a plan for, with what its plan needs to know of its place in the tree. */
export interface UnitVisit {
  readonly unit: AdminUnit;
  /** Units above it, nearest first, as plans name them. */
  readonly parents: readonly { kind: UnitKind; name: string }[];
  /** Kinds of the units directly below it. */
  readonly childKinds: ReadonlySet<UnitKind>;
  /** Code of the province the unit belongs to (its own code for a province). */
  readonly province: string;
}

function visit(
  table: AdminUnitTable,
  unit: AdminUnit,
  parents: readonly AdminUnit[],
  province: string,
  out: UnitVisit[],
): void {
  const children = table.childrenOf(unit.code.code);
  out.push({
    unit,
    parents: parents.map((p) => ({ kind: p.kind, name: p.name })),
    childKinds: new Set(children.map((c) => c.kind)),
    province,
  });
  const chain = [unit, ...parents];
  for (const child of children) visit(table, child, chain, province, out);
}

/**
 * The units of an era (its table) in the order plans are generated: each province, then
 * each unit below it, every parent before its children. "small" keeps the
 * two provinces with the fewest units (ties by code) and all units below
 * them.
 */
export function selectUnits(table: AdminUnitTable, size: "national" | "small"): UnitVisit[] {
  const provinces = table.units.filter((u) => u.level === "province");
  const trees = provinces.map((province) => {
    const out: UnitVisit[] = [];
    visit(table, province, [], province.code.code, out);
    return out;
  });
  if (size === "national") return trees.flat();
  const smallest = trees
    .map((tree, i) => ({ tree, code: provinces[i]?.code.code ?? "" }))
    .sort((a, b) => a.tree.length - b.tree.length || a.code.localeCompare(b.code))
    .slice(0, 2)
    .sort((a, b) => a.code.localeCompare(b.code));
  return smallest.flatMap((s) => s.tree);
}
