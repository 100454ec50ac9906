import type { AdminUnit, GsoCode } from "@parcomms/core";
import { eraTables } from "./_tables";

/**
 * The unit with a GSO code in its era, or `undefined`.
 *
 * @param code - the code with its era: the same digits name different units in the two eras
 * @example
 * findUnit({ era: "three-tier", code: "21338" })?.name // "Sơn Màu"
 * findUnit({ era: "three-tier", code: "24" })?.name // "Bắc Giang"
 * findUnit({ era: "two-tier", code: "24" })?.name // "Bắc Ninh"
 */
export function findUnit(code: GsoCode): AdminUnit | undefined {
  return eraTables(code.era).byCode.get(code.code);
}
