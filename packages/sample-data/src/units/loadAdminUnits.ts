import type { Era } from "@parcomms/core";
import { buildEraTables, type SuccessorRecord, type UnitRow } from "./_lib/buildEraTables";
import type { AdminUnitTable } from "./AdminUnitTable";

/** Options of {@link loadAdminUnits}. */
export interface LoadAdminUnitsOptions {
  /**
   * Whether three-tier units carry their 2025 successors, as `adminUnits`
   * gives them (default `true`); `false` leaves the successor table
   * (~40 KB gzipped) unloaded. Two-tier units never carry successors.
   */
  readonly successors?: boolean;
}

const loaded = new Map<string, Promise<AdminUnitTable>>();

// Each file is a dynamic import of its own, so a bundler puts it in a chunk of
// its own and a page or worker loads only the era it shows.
const threeTierRows = async () =>
  (await import("../../data/units/units-three-tier.json", { with: { type: "json" } })).default
    .rows as UnitRow[];
const twoTierRows = async () =>
  (await import("../../data/units/units-two-tier.json", { with: { type: "json" } })).default
    .rows as UnitRow[];
const successorTable = async () =>
  (await import("../../data/units/successors-2025.json", { with: { type: "json" } })).default
    .successors as unknown as SuccessorRecord;

async function load(era: Era, successors: boolean): Promise<AdminUnitTable> {
  const [rows, next] =
    era === "three-tier"
      ? await Promise.all([threeTierRows(), successors ? successorTable() : undefined])
      : [await twoTierRows(), undefined];
  const tables = buildEraTables(era, rows, next);
  return {
    era,
    units: tables.units,
    findUnit: (code) => tables.byCode.get(code),
    childrenOf: (code) => tables.children.get(code) ?? [],
  };
}

/**
 * Loads the administrative units of one era on demand: the synchronous
 * `adminUnits`, `findUnit` and `childrenOf` hold both eras' lists and the
 * successor table in one module, while this loads only the era asked for, so
 * a bundler splits each list into a chunk of its own (a page or worker that
 * shows three-tier plans loads no two-tier list). Loaded once per era and
 * option; later calls share the table.
 *
 * @param era - "three-tier" (63 provinces, 696 districts, 10,035 communes) or "two-tier" (34 provinces, 3,321 communes)
 * @param options - see {@link LoadAdminUnitsOptions}
 * @returns the era's units with their lookups
 * @throws RangeError (the promise rejects) for an era that is neither
 * @example
 * const units = await loadAdminUnits("two-tier");
 * units.units.filter((u) => u.level === "province").length // 34
 * (await loadAdminUnits("three-tier", { successors: false })).findUnit("21338")?.successors // undefined
 */
export function loadAdminUnits(era: Era, options: LoadAdminUnitsOptions = {}): Promise<AdminUnitTable> {
  if (era !== "three-tier" && era !== "two-tier")
    return Promise.reject(new RangeError(`unknown era ${JSON.stringify(era)}`));
  const successors = era === "three-tier" && options.successors !== false;
  const key = `${era}|${successors}`;
  let table = loaded.get(key);
  if (!table) {
    table = load(era, successors);
    loaded.set(key, table);
    table.catch(() => loaded.delete(key));
  }
  return table;
}
