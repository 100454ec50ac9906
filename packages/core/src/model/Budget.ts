import { z } from "zod";
import { AssigneeRef } from "./Assignee";
import { LineRange } from "./LineRange";

/** Which budget pays for the communication work. */
export const BudgetSource = z
  .enum(["unit-budget", "reform-budget", "recurrent-budget", "state-budget", "lower-unit-budgets", "other"])
  .describe(
    "Budget source: unit-budget (ngân sách của đơn vị), reform-budget (kinh phí CCHC), recurrent-budget (kinh phí thường xuyên), state-budget (ngân sách nhà nước theo phân cấp), lower-unit-budgets (of the units below), other.",
  );
export type BudgetSource = z.infer<typeof BudgetSource>;

/** The budget section (kinh phí): who pays, who drafts the estimate. */
export const Budget = z
  .object({
    sources: z.array(BudgetSource),
    estimateBy: z.array(AssigneeRef).describe("Who drafts the estimate (lập dự toán)."),
    submittedTo: z.array(AssigneeRef).describe("Who receives or checks the estimate."),
    text: z.string().min(1).describe("The section as written."),
    lines: LineRange.optional(),
    note: z.string().min(1).optional().describe("An analyst's note on how the sources were read."),
  })
  .describe("The budget (kinh phí) section.");
export type Budget = z.infer<typeof Budget>;
