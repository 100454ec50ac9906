import { z } from "zod";
import { AdministrativeLevel } from "./AdministrativeLevel";
import { IssuerBody } from "./Issuer";
import { LineRange } from "./LineRange";
import { PartialDate } from "./PartialDate";
import { PlanPeriod } from "./PeriodId";

/**
 * What kind of document a text is, as `extractPlan` reads it:
 * - `plan`: a plan's own text (Kế hoạch …);
 * - `decision-with-plan`: a decision (Quyết định) that issues a plan, the plan attached or summarised;
 * - `about-plan`: a text that speaks of a plan without being it (a news item, a report, a letter);
 * - `other`: none of these.
 */
export const DocumentKind = z
  .enum(["plan", "decision-with-plan", "about-plan", "other"])
  .describe(
    "plan: a plan's own text; decision-with-plan: a Quyết định issuing a plan; about-plan: news, a report or a letter about a plan; other.",
  );
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * The header of the decision that issues a plan (Quyết định ban hành Kế
 * hoạch): its own number, symbol, date and summary, kept apart from the
 * plan's.
 */
export const IssuingDecision = z
  .object({
    number: z
      .string()
      .min(1)
      .optional()
      .describe('Number as written ("123"); absent when the slot is blank.'),
    symbol: z.string().min(1).optional().describe('Symbol ("QĐ-UBND").'),
    issueDate: PartialDate.optional(),
    title: z.string().min(1).optional().describe('Summary as written ("Về việc ban hành Kế hoạch …").'),
    lines: LineRange.optional(),
  })
  .describe("The decision that issues a plan.");
export type IssuingDecision = z.infer<typeof IssuingDecision>;

/**
 * A plan a text names without being it ("Kế hoạch số 45/KH-UBND ngày
 * 10/02/2025 của UBND huyện X về tuyên truyền CCHC năm 2025"): what the
 * text says of it, so an analyst knows the plan exists even without its text.
 */
export const PlanMention = z
  .object({
    number: z.string().min(1).optional(),
    symbol: z.string().min(1).optional(),
    issueDate: PartialDate.optional(),
    issuer: z.string().min(1).optional().describe('Issuing body as written ("UBND huyện Tân Phú").'),
    issuerBody: IssuerBody.optional(),
    level: AdministrativeLevel.optional().describe("Tier of the issuer, when the text names it."),
    period: PlanPeriod.optional().describe("Years the plan covers, when the text names them."),
    title: z.string().min(1).optional().describe("Subject as written."),
    raw: z.string().min(1).describe("The mention as written."),
    lines: LineRange.optional(),
  })
  .describe("A plan named by a text that is not that plan.");
export type PlanMention = z.infer<typeof PlanMention>;
