import type { AdminUnit, GsoCode } from "@parcomms/core";
import { eraTables } from "./_tables";

/**
 * The units directly under a unit, in code order (districts of a province in
 * the three-tier era, communes of a district; communes of a province in the
 * two-tier era).
 *
 * @example
 * childrenOf({ era: "three-tier", code: "530" }).some((c) => c.name === "Sơn Màu") // true (huyện Sơn Tây)
 */
export function childrenOf(code: GsoCode): readonly AdminUnit[] {
  return eraTables(code.era).children.get(code.code) ?? [];
}
