import type { AdminUnit, Era } from "@parcomms/core";
import { eraTables } from "./_tables";

/**
 * Every administrative unit of an era: provinces, districts and communes of
 * the three-tier era (data of 1 March 2025: 63 / 696 / 10,035), or provinces
 * and communes of the two-tier era (from 1 July 2025: 34 / 3,321). Three-tier
 * units carry their successors across the 2025 reorganisation.
 *
 * @param era - "three-tier" or "two-tier"
 * @returns the units, provinces first, each followed by its children
 * @example
 * adminUnits("two-tier").filter((u) => u.level === "province").length // 34
 */
export function adminUnits(era: Era): readonly AdminUnit[] {
  return eraTables(era).units;
}
