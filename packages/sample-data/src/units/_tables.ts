import type { Era, GsoCode } from "@parcomms/core";
import successorsData from "../../data/units/successors-2025.json" with { type: "json" };
import threeTierData from "../../data/units/units-three-tier.json" with { type: "json" };
import twoTierData from "../../data/units/units-two-tier.json" with { type: "json" };
import {
  buildEraTables,
  buildPredecessors,
  type EraTables,
  type SuccessorRecord,
  type UnitRow,
} from "./_lib/buildEraTables";
import type { AdminUnitTable } from "./AdminUnitTable";

// The synchronous API's tables: both eras and the successor table, imported
// statically (a bundle that uses them holds all three files; `loadAdminUnits`
// is the route that loads one era on demand).
const SUCCESSORS = successorsData.successors as unknown as SuccessorRecord;
const cache = new Map<Era, EraTables>();

/** The indexed tables of an era, built once on first use. */
export function eraTables(era: Era): EraTables {
  let tables = cache.get(era);
  if (!tables) {
    tables =
      era === "three-tier"
        ? buildEraTables(era, threeTierData.rows as UnitRow[], SUCCESSORS)
        : buildEraTables(era, twoTierData.rows as UnitRow[]);
    cache.set(era, tables);
  }
  return tables;
}

let predecessorIndex:
  | ReadonlyMap<string, readonly { code: GsoCode; share: "full" | "partial" }[]>
  | undefined;

/** Predecessors of two-tier units: new code → old units with their share. */
export function predecessorTable(): ReadonlyMap<
  string,
  readonly { code: GsoCode; share: "full" | "partial" }[]
> {
  predecessorIndex ??= buildPredecessors(SUCCESSORS);
  return predecessorIndex;
}

/** The sync tables of an era as an {@link AdminUnitTable}. */
export function eraUnitTable(era: Era): AdminUnitTable {
  const tables = eraTables(era);
  return {
    era,
    units: tables.units,
    findUnit: (code) => tables.byCode.get(code),
    childrenOf: (code) => tables.children.get(code) ?? [],
  };
}
