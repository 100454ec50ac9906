import { z } from "zod";
import { AdministrativeLevel } from "./AdministrativeLevel";

/** The kind of body that issues a plan. */
export const IssuerBody = z
  .enum(["people-committee", "chair", "ministry", "department", "office", "party", "front", "other"])
  .describe(
    "people-committee (Ủy ban nhân dân), chair (Chủ tịch UBND acting alone), ministry (Bộ, ngành trung ương), department (Sở, ban, ngành tỉnh), office (Phòng, ban cấp huyện), party (cấp ủy, ban của Đảng), front (Mặt trận Tổ quốc, đoàn thể), other.",
  );
export type IssuerBody = z.infer<typeof IssuerBody>;

/**
 * The organisation that issues a plan, with its tier of government: a
 * People's Committee or its Chair, a ministry (a "central" plan, with no
 * administrative unit), a department, an office, a Party or Front body.
 */
export const Issuer = z
  .object({
    body: IssuerBody,
    level: AdministrativeLevel.optional().describe(
      'Tier the issuer sits at: central for a ministry; else the tier of the unit it governs or belongs to; absent when the document does not state it (a draft read from text: "ỦY BAN NHÂN DÂN" over an unreadable unit).',
    ),
    wording: z
      .string()
      .min(1)
      .optional()
      .describe('As written ("Chủ tịch UBND thành phố", "Bộ Nội vụ", "Sở Nội vụ tỉnh Tây Ninh").'),
  })
  .describe("The organisation that issues the plan, with its tier of government.");
export type Issuer = z.infer<typeof Issuer>;
