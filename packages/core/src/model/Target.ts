import { z } from "zod";
import { AssigneeRef } from "./Assignee";
import { RecurrenceUnit } from "./Frequency";
import { LineRange } from "./LineRange";

/** A numeric target: "tỷ lệ thanh toán trực tuyến ... đạt trên 70%". */
export const Target = z
  .object({
    metric: z.string().min(1).describe("What is measured, as written."),
    comparator: z
      .enum(["atLeast", "greaterThan", "exactly", "atMost", "lessThan"])
      .describe("trên = greaterThan; ít nhất/tối thiểu = atLeast; đạt 100% = exactly."),
    value: z.number().describe("The target value."),
    unit: z.enum(["percent", "count"]).describe("percent or count."),
    per: RecurrenceUnit.optional().describe("For counts: the period they are counted over."),
    appliesTo: z.array(AssigneeRef).optional().describe("Who the target binds, when said."),
    raw: z.string().min(1).optional(),
    lines: LineRange.optional(),
  })
  .describe("A numeric target (metric, comparator, value, unit).");
export type Target = z.infer<typeof Target>;
