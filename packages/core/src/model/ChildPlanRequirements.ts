import { z } from "zod";
import { AssigneeRef } from "./Assignee";
import { Quota } from "./Frequency";
import { LineRange } from "./LineRange";
import { PartialDate } from "./PartialDate";
import { ReportingCadence } from "./Reporting";

/**
 * What a plan asks of the plans of the units and offices below it: a
 * deadline for their own plans, quotas, themes and channels to cover, and how
 * often to report (002 §V.1: sub-plans by 20/04/2024, at least 12 items a
 * year, one a quarter on the provincial portal).
 */
export const ChildPlanRequirements = z
  .object({
    appliesTo: z.array(AssigneeRef).describe("Offices or groups that must write their own plans."),
    deadline: PartialDate.optional().describe("By when their plans must be issued (inclusive)."),
    themes: z.array(z.string().min(1)).describe("Theme codes they must cover."),
    channels: z.array(z.string().min(1)).describe("Channel codes they must use."),
    quotas: z.array(Quota).describe("Quotas they must plan for."),
    reporting: z.array(ReportingCadence).describe("How often they must report."),
    lines: LineRange.optional(),
  })
  .describe("What a parent plan requires of its children's plans.");
export type ChildPlanRequirements = z.infer<typeof ChildPlanRequirements>;
