import { z } from "zod";
import { AdministrativeLevel } from "./AdministrativeLevel";
import { OfficeKind } from "./OfficeKind";

/**
 * An office (cơ quan, bộ phận, công chức phụ trách) that a plan assigns work
 * to or names, with every spelling the plan uses for it.
 */
export const Office = z
  .object({
    id: z.string().min(1).describe("Identifier, unique among the plan's offices and assignee groups."),
    name: z.string().min(1).describe("Canonical name, the fullest form the plan uses."),
    kind: OfficeKind,
    unit: z
      .object({
        name: z.string().min(1).describe('Unit name as written ("huyện Sơn Tây").'),
        level: AdministrativeLevel,
      })
      .optional()
      .describe("The unit the office belongs to; absent means the issuing unit."),
    aliases: z
      .array(z.string().min(1))
      .describe('Every other wording the plan uses for this office ("Phòng VHTT", "Phòng VH TT").'),
    note: z.string().min(1).optional(),
  })
  .describe("An office named in a plan, normalised across its spellings.");
export type Office = z.infer<typeof Office>;
