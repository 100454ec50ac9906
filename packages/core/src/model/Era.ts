import { z } from "zod";

/**
 * The two eras of local government: three tiers (province, district,
 * commune) until 30 June 2025; two tiers (province, commune) from 1 July 2025.
 */
export const Era = z
  .enum(["three-tier", "two-tier"])
  .describe("Era of local government: three-tier until 2025-06-30, two-tier from 2025-07-01.");
export type Era = z.infer<typeof Era>;

/** The first day of the two-tier era (ISO date). */
export const TWO_TIER_START = "2025-07-01";

/** The era in force on an ISO date (`YYYY-MM-DD`) or in a year-month. */
export function eraOn(isoDate: string): Era {
  return isoDate >= TWO_TIER_START ? "two-tier" : "three-tier";
}
