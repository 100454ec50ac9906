import { z } from "zod";
import { Assignee } from "./Assignee";
import { Frequency, Quota } from "./Frequency";
import { LineRange } from "./LineRange";
import { Target } from "./Target";
import { Timeframe } from "./Timeframe";

/** Where in the plan an activity was read from. */
export const ActivityOrigin = z
  .object({
    section: z
      .enum(["forms-item", "appendix-row", "assignment", "content-item", "other"])
      .describe(
        "forms-item (hình thức), appendix-row (phụ lục), assignment (tổ chức thực hiện), content-item, other.",
      ),
    ref: z.string().min(1).describe('The item\'s number as printed ("III.4", "row 3", "V.2").'),
    lines: LineRange.optional().describe(
      "Lines of the source text; absent for data made without one (synthetic plans).",
    ),
  })
  .describe("The part of the plan an activity came from, with its lines.");
export type ActivityOrigin = z.infer<typeof ActivityOrigin>;

/** A task of the plan: what is done, through which channels, by whom, when and how often. */
export const Activity = z
  .object({
    id: z.string().min(1).describe("Identifier, unique in the plan."),
    title: z.string().min(1).describe("Short title, from the plan's words."),
    description: z.string().min(1).optional().describe("The task as written."),
    themes: z.array(z.string().min(1)).describe("Theme codes."),
    channels: z.array(z.string().min(1)).describe("Channel codes."),
    audiences: z.array(z.string().min(1)).describe("Audience codes."),
    assignees: z.array(Assignee).describe("Lead (chủ trì) and coordinating (phối hợp) offices or groups."),
    timeframe: Timeframe.optional().describe("When; absent when the plan does not say."),
    frequency: Frequency.optional(),
    quotas: z.array(Quota).describe("Quotas that bind this activity."),
    products: z.array(z.string().min(1)).describe("Products or outputs as written (sản phẩm)."),
    targets: z.array(Target),
    condition: z
      .string()
      .optional()
      .describe("A condition on the task as written (khi có hướng dẫn của cấp trên)."),
    origin: ActivityOrigin,
    note: z.string().min(1).optional().describe("An analyst's note on judgments made in encoding it."),
  })
  .describe("A communication task of the plan.");
export type Activity = z.infer<typeof Activity>;
