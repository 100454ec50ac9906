import { z } from "zod";
import { OfficeKind } from "./OfficeKind";
import { UnitKind } from "./UnitKind";

/**
 * A whole class of units or offices given a task together ("UBND các phường,
 * xã", "Các cơ quan, đơn vị thành phố"): kept as a class, never flattened
 * into a made-up office.
 */
export const AssigneeGroup = z
  .object({
    id: z.string().min(1).describe("Identifier, unique among the plan's offices and assignee groups."),
    label: z.string().min(1).describe("The wording the plan uses."),
    aliases: z.array(z.string().min(1)).describe("Other wordings of the same class."),
    members: z
      .enum(["units", "offices", "officials", "mass-organisations", "mixed"])
      .describe(
        "What the class is made of: lower units, offices, individual officials, mass organisations, or a mix of these.",
      ),
    scope: z
      .enum(["subordinate", "own", "related", "all"])
      .describe(
        "Which ones: subordinate (units below the issuer), own (the issuer's offices), related (those concerned), all.",
      ),
    unitKinds: z.array(UnitKind).optional().describe("For a class of units: their kinds (phuong, xa)."),
    officeKinds: z
      .array(OfficeKind)
      .optional()
      .describe("For a class of offices: their kinds, when one kind."),
    note: z.string().min(1).optional(),
  })
  .describe("A class of units or offices assigned a task together.");
export type AssigneeGroup = z.infer<typeof AssigneeGroup>;
