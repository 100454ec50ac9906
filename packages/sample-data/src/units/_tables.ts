import {
  type AdminUnit,
  type Era,
  foldVietnamese,
  type GsoCode,
  type UnitSuccessor,
  unitKinds,
} from "@parcomms/core";
import successorsData from "../../data/units/successors-2025.json" with { type: "json" };
import threeTierData from "../../data/units/units-three-tier.json" with { type: "json" };
import twoTierData from "../../data/units/units-two-tier.json" with { type: "json" };

type Row = readonly (string | null)[];

/** Per-era indexes over the unit tables, built once on first use. */
export interface EraTables {
  readonly units: readonly AdminUnit[];
  readonly byCode: ReadonlyMap<string, AdminUnit>;
  readonly children: ReadonlyMap<string, readonly AdminUnit[]>;
  readonly byFoldedName: ReadonlyMap<string, readonly AdminUnit[]>;
}

const LEVEL = new Map(unitKinds.entries.map((k) => [k.code as string, k.level]));
const SUCCESSORS = successorsData.successors as unknown as Record<string, [string, "full" | "partial"][]>;
const cache = new Map<Era, EraTables>();

function successorsOf(code: string): UnitSuccessor[] | undefined {
  const list = SUCCESSORS[code];
  return list?.map(([next, share]) => ({ code: { era: "two-tier", code: next }, share }));
}

function build(era: Era): EraTables {
  const rows = (era === "three-tier" ? threeTierData.rows : twoTierData.rows) as Row[];
  const units: AdminUnit[] = [];
  const byCode = new Map<string, AdminUnit>();
  const children = new Map<string, AdminUnit[]>();
  const byFoldedName = new Map<string, AdminUnit[]>();
  const push = <K>(map: Map<K, AdminUnit[]>, key: K, unit: AdminUnit) => {
    const list = map.get(key);
    if (list) list.push(unit);
    else map.set(key, [unit]);
  };
  for (const [code, name, kind, parent] of rows) {
    const level = LEVEL.get(kind as string);
    const successors = era === "three-tier" ? successorsOf(code as string) : undefined;
    const unit = {
      code: { era, code: code as string },
      name: name as string,
      kind: kind as AdminUnit["kind"],
      level: level ?? "commune",
      ...(parent ? { parent: { era, code: parent } } : {}),
      ...(era === "three-tier" ? { validTo: "2025-06-30" } : { validFrom: "2025-07-01" }),
      ...(successors ? { successors } : {}),
    } satisfies AdminUnit;
    units.push(unit);
    byCode.set(unit.code.code, unit);
    if (parent) push(children, parent, unit);
    push(byFoldedName, foldVietnamese(unit.name), unit);
  }
  return { units, byCode, children, byFoldedName };
}

/** The indexed tables of an era. */
export function eraTables(era: Era): EraTables {
  let tables = cache.get(era);
  if (!tables) {
    tables = build(era);
    cache.set(era, tables);
  }
  return tables;
}

/** Predecessors of two-tier units: new code → old units with their share. */
let predecessorIndex: Map<string, { code: GsoCode; share: "full" | "partial" }[]> | undefined;
export function predecessorTable(): ReadonlyMap<
  string,
  readonly { code: GsoCode; share: "full" | "partial" }[]
> {
  if (!predecessorIndex) {
    predecessorIndex = new Map();
    for (const [oldCode, list] of Object.entries(SUCCESSORS)) {
      for (const [newCode, share] of list) {
        const entries = predecessorIndex.get(newCode) ?? [];
        entries.push({ code: { era: "three-tier", code: oldCode }, share });
        predecessorIndex.set(newCode, entries);
      }
    }
  }
  return predecessorIndex;
}
