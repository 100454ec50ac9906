import { z } from "zod";
import { AdministrativeLevel } from "./AdministrativeLevel";
import { Era } from "./Era";
import { GsoCode } from "./GsoCode";
import { UnitKind } from "./UnitKind";

/** How a unit named in a plan was matched to the official lists. */
export const UnitMatch = z
  .enum(["exact", "spelling-differs", "not-found", "not-checked"])
  .describe(
    "Match against the official lists: exact; spelling-differs (found, spelt otherwise); not-found (not in the lists of its era); not-checked.",
  );
export type UnitMatch = z.infer<typeof UnitMatch>;

/** A unit named in a plan, as written, with its link to the official lists when known. */
export const UnitRef = z
  .object({
    name: z
      .string()
      .min(1)
      .describe('The unit\'s name as the plan writes it, without the kind word ("Sơn Mầu").'),
    kind: UnitKind,
    level: AdministrativeLevel,
    era: Era.describe("Era the plan belongs to, which decides what the code means."),
    code: GsoCode.optional().describe("Official code, when the unit was found in the lists of its era."),
    officialName: z
      .string()
      .optional()
      .describe('Official spelling when it differs from the plan\'s ("Sơn Màu").'),
    parents: z
      .array(z.object({ kind: UnitKind, name: z.string().min(1) }))
      .describe(
        "Units above it, nearest first, as the plan or the lists name them (huyện Sơn Tây, tỉnh Quảng Ngãi).",
      ),
    match: UnitMatch,
    note: z.string().min(1).optional().describe("Why the match is what it is, when not obvious."),
  })
  .describe("A unit named in a plan, linked to the official lists where possible.");
export type UnitRef = z.infer<typeof UnitRef>;
