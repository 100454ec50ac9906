import { z } from "zod";
import { AssigneeRef } from "./Assignee";
import { LineRange } from "./LineRange";

/** How often results are reported (see the `reportingCadences` codelist for reports a year). */
export const ReportingCadence = z
  .enum([
    "monthly",
    "quarterly",
    "half-yearly",
    "yearly",
    "periodic",
    "integrated",
    "on-request",
    "as-regulated",
  ])
  .describe(
    "Reporting cadence: monthly, quarterly, half-yearly, yearly, periodic (định kỳ, rate not stated), integrated (folded into the periodic reform report), on-request, as-regulated (theo quy định: when and as the rules require).",
  );
export type ReportingCadence = z.infer<typeof ReportingCadence>;

/** A reporting arrangement: how often, to whom, and through which office. */
export const Reporting = z
  .object({
    cadences: z
      .array(ReportingCadence)
      .describe("Every cadence named (quarterly, half-yearly and yearly in 003)."),
    reporters: z.array(AssigneeRef).describe("Who reports; empty when the plan does not say."),
    to: z.array(z.string().min(1)).describe("Who receives the reports, as written (UBND huyện, Sở Nội vụ)."),
    via: AssigneeRef.optional().describe("The focal point the reports go through (qua …)."),
    text: z.string().min(1).optional().describe("The passage as written."),
    lines: LineRange.optional(),
  })
  .describe("How the results of the plan are reported.");
export type Reporting = z.infer<typeof Reporting>;
