import {
  type AdministrativeLevel,
  type AdminUnit,
  type Era,
  foldVietnamese,
  type UnitKind,
} from "@parcomms/core";
import { eraTables } from "./_tables";

/** Options of {@link searchUnits}. */
export interface SearchUnitsOptions {
  /** The era to search. */
  readonly era: Era;
  /** How the name must match: the whole name (default), its start, or anywhere. */
  readonly match?: "exact" | "prefix" | "contains";
  /** Only units of these kinds. */
  readonly kinds?: readonly UnitKind[];
  /** Only units at this level. */
  readonly level?: AdministrativeLevel;
  /** Only units under this unit (at any depth), by its code in the same era. */
  readonly within?: string;
  /** At most this many results (default: all). */
  readonly limit?: number;
}

/**
 * Finds units by name with or without diacritics, whatever the tone-mark
 * placement or Unicode form: "Son Mau", "Sơn Mầu" and "Sơn Màu" all find xã
 * Sơn Màu (code 21338). Results come in code order.
 *
 * @param name - the name without its kind word
 * @param options - era and filters, see {@link SearchUnitsOptions}
 * @example
 * searchUnits("Sơn Mầu", { era: "three-tier" }).map((u) => u.code.code) // ["21338"]
 * searchUnits("truc lam", { era: "two-tier", kinds: ["phuong"] })[0]?.code.code // "16624"
 */
export function searchUnits(name: string, options: SearchUnitsOptions): AdminUnit[] {
  const tables = eraTables(options.era);
  const query = foldVietnamese(name);
  if (query === "") return [];
  const mode = options.match ?? "exact";
  const candidates =
    mode === "exact"
      ? (tables.byFoldedName.get(query) ?? [])
      : tables.units.filter((u) => {
          const key = foldVietnamese(u.name);
          return mode === "prefix" ? key.startsWith(query) : key.includes(query);
        });
  const isWithin = (unit: AdminUnit): boolean => {
    for (let p = unit.parent; p; p = tables.byCode.get(p.code)?.parent)
      if (p.code === options.within) return true;
    return false;
  };
  const results = candidates.filter(
    (u) =>
      (!options.kinds || options.kinds.includes(u.kind)) &&
      (!options.level || u.level === options.level) &&
      (!options.within || isWithin(u)),
  );
  return results.slice(0, options.limit ?? results.length);
}
