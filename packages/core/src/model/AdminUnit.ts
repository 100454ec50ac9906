import { z } from "zod";
import { AdministrativeLevel } from "./AdministrativeLevel";
import { GsoCode } from "./GsoCode";
import { UnitKind } from "./UnitKind";

/** A successor of a unit across the 2025 reorganisation, taking all or part of it. */
export const UnitSuccessor = z
  .object({
    code: GsoCode.describe("The successor unit."),
    share: z
      .enum(["full", "partial"])
      .describe("Whether the successor took all of the old unit or part of it."),
  })
  .describe("A unit that took over all or part of another in the 2025 reorganisation.");
export type UnitSuccessor = z.infer<typeof UnitSuccessor>;

/** An administrative unit of one era, as listed by the statistics office. */
export const AdminUnit = z
  .object({
    code: GsoCode,
    name: z.string().min(1).describe('Official name without the kind word ("Sơn Màu").'),
    kind: UnitKind,
    level: AdministrativeLevel,
    parent: GsoCode.optional().describe("The unit directly above; absent for provinces."),
    validFrom: z.iso.date().optional().describe("First day the unit existed in this form (ISO date)."),
    validTo: z.iso.date().optional().describe("Last day the unit existed in this form (ISO date)."),
    successors: z.array(UnitSuccessor).optional().describe("Units of the next era that took it over."),
  })
  .describe("An administrative unit of one era (tỉnh, huyện, xã …) with its GSO code.");
export type AdminUnit = z.infer<typeof AdminUnit>;
