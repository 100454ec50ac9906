import type { AdminUnit, Era } from "@parcomms/core";

/**
 * The administrative units of one era with their lookups, as
 * {@link loadAdminUnits} gives them: the same units, in the same order, as
 * `adminUnits(era)`, `findUnit` and `childrenOf` give.
 *
 * @example
 * const table = await loadAdminUnits("three-tier");
 * table.findUnit("21338")?.name // "Sơn Màu"
 * table.childrenOf("530").length // the communes of huyện Sơn Tây
 */
export interface AdminUnitTable {
  /** The era of every unit in the table. */
  readonly era: Era;
  /** Every unit of the era, provinces first, each followed by its children. */
  readonly units: readonly AdminUnit[];
  /** The unit with a GSO code of this era, or `undefined`. */
  findUnit(code: string): AdminUnit | undefined;
  /** The units directly under a unit of this era, in code order. */
  childrenOf(code: string): readonly AdminUnit[];
}
