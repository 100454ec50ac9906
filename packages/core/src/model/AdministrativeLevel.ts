import { z } from "zod";

/** Tiers of government: central (trung ương), province (tỉnh), district (huyện), commune (xã). */
export const AdministrativeLevel = z
  .enum(["central", "province", "district", "commune"])
  .describe("Tier of government: central, province (cấp tỉnh), district (cấp huyện), commune (cấp xã).");
export type AdministrativeLevel = z.infer<typeof AdministrativeLevel>;

/** Rank of each level, higher is nearer the centre. */
export const LEVEL_RANK: Readonly<Record<AdministrativeLevel, number>> = {
  central: 3,
  province: 2,
  district: 1,
  commune: 0,
};
