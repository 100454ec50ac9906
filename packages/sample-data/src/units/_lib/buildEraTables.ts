import {
  type AdminUnit,
  type Era,
  foldVietnamese,
  type GsoCode,
  type UnitSuccessor,
  unitKinds,
} from "@parcomms/core";

/** One row of a unit list file: code, name, kind, parent code (null for a province). */
export type UnitRow = readonly (string | null)[];

/** The 2025 successor table: old (three-tier) code → [new code, share][]. */
export type SuccessorRecord = Readonly<Record<string, readonly (readonly [string, "full" | "partial"])[]>>;

/** Per-era indexes over the unit tables. */
export interface EraTables {
  readonly units: readonly AdminUnit[];
  readonly byCode: ReadonlyMap<string, AdminUnit>;
  readonly children: ReadonlyMap<string, readonly AdminUnit[]>;
  readonly byFoldedName: ReadonlyMap<string, readonly AdminUnit[]>;
}

const LEVEL = new Map(unitKinds.entries.map((k) => [k.code as string, k.level]));

/**
 * Indexes an era's unit rows; three-tier units get their successors from
 * `successors` when it is given (without it they carry none).
 */
export function buildEraTables(era: Era, rows: readonly UnitRow[], successors?: SuccessorRecord): EraTables {
  const successorsOf = (code: string): UnitSuccessor[] | undefined =>
    successors?.[code]?.map(([next, share]) => ({ code: { era: "two-tier", code: next }, share }));
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
    const next = era === "three-tier" ? successorsOf(code as string) : undefined;
    const unit = {
      code: { era, code: code as string },
      name: name as string,
      kind: kind as AdminUnit["kind"],
      level: level ?? "commune",
      ...(parent ? { parent: { era, code: parent } } : {}),
      ...(era === "three-tier" ? { validTo: "2025-06-30" } : { validFrom: "2025-07-01" }),
      ...(next ? { successors: next } : {}),
    } satisfies AdminUnit;
    units.push(unit);
    byCode.set(unit.code.code, unit);
    if (parent) push(children, parent, unit);
    push(byFoldedName, foldVietnamese(unit.name), unit);
  }
  return { units, byCode, children, byFoldedName };
}

/** Predecessors of two-tier units: new code → old units with their share. */
export function buildPredecessors(
  successors: SuccessorRecord,
): Map<string, { code: GsoCode; share: "full" | "partial" }[]> {
  const index = new Map<string, { code: GsoCode; share: "full" | "partial" }[]>();
  for (const [oldCode, list] of Object.entries(successors)) {
    for (const [newCode, share] of list) {
      const entries = index.get(newCode) ?? [];
      entries.push({ code: { era: "three-tier", code: oldCode }, share });
      index.set(newCode, entries);
    }
  }
  return index;
}
