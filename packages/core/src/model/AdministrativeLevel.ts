import { z } from "zod";

/** Tiers of government: central (trung ương), province (tỉnh), district (huyện), commune (xã). */
export const AdministrativeLevel = z
  .enum(["central", "province", "district", "commune"])
  .describe("Tier of government: central, province (cấp tỉnh), district (cấp huyện), commune (cấp xã).");
export type AdministrativeLevel = z.infer<typeof AdministrativeLevel>;
