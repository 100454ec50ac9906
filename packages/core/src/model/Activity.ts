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

const codes = (what: string) => z.array(z.string().min(1)).describe(`${what} codes.`);

/**
 * A task inside an assignment block: a lettered item or a bullet ("a) Căn cứ
 * Kế hoạch này, xây dựng…", 002:85). Every field but its id and text is
 * optional: a field the sub-task gives replaces the block's, a field it
 * leaves out is the block's (what the block states once applies to all its
 * sub-tasks unless one says otherwise).
 */
export const SubTask = z
  .object({
    id: z.string().min(1).describe("Identifier, unique in the plan among activities and sub-tasks."),
    ref: z.string().min(1).optional().describe('The letter or mark as printed ("a", "b", "-").'),
    text: z.string().min(1).describe("The sub-task as written."),
    lines: LineRange.optional().describe("Lines of the source text."),
    themes: codes("Theme").optional().describe("Theme codes; absent: the block's."),
    channels: codes("Channel").optional().describe("Channel codes; absent: the block's."),
    audiences: codes("Audience").optional().describe("Audience codes; absent: the block's."),
    assignees: z.array(Assignee).optional().describe("Who does it, with roles; absent: the block's."),
    timeframe: Timeframe.optional().describe("When; absent: the block's (or the plan's)."),
    frequency: Frequency.optional().describe("How often; absent: the block's."),
    quotas: z.array(Quota).optional().describe("Quotas that bind it; absent: the block's."),
    products: z.array(z.string().min(1)).optional().describe("Products as written; absent: the block's."),
    targets: z.array(Target).optional().describe("Targets; absent: the block's."),
    condition: z.string().optional().describe("A condition as written; absent: the block's."),
    note: z.string().min(1).optional().describe("An analyst's note on judgments made in encoding it."),
  })
  .describe("A task inside an assignment block; the fields it leaves out are the block's.");
export type SubTask = z.infer<typeof SubTask>;

/** A task of the plan: what is done, through which channels, by whom, when and how often. */
export const Activity = z
  .object({
    id: z.string().min(1).describe("Identifier, unique in the plan."),
    title: z.string().min(1).describe("Short title, from the plan's words."),
    description: z.string().min(1).optional().describe("The task as written."),
    themes: codes("Theme"),
    channels: codes("Channel"),
    audiences: codes("Audience"),
    assignees: z
      .array(Assignee)
      .describe("Lead (chủ trì), coordinating (phối hợp) and requested (đề nghị) offices or groups."),
    timeframe: Timeframe.optional().describe("When; absent when the plan does not say."),
    frequency: Frequency.optional(),
    quotas: z.array(Quota).describe("Quotas that bind this activity."),
    products: z.array(z.string().min(1)).describe("Products or outputs as written (sản phẩm)."),
    targets: z.array(Target),
    condition: z
      .string()
      .optional()
      .describe("A condition on the task as written (khi có hướng dẫn của cấp trên)."),
    subtasks: z
      .array(SubTask)
      .optional()
      .describe(
        "Ordered tasks inside the block (a), b) … or bullets). When present, each is a piece of work of its own and the block's fields are what they share; rollups count the sub-tasks, not the block.",
      ),
    origin: ActivityOrigin,
    note: z.string().min(1).optional().describe("An analyst's note on judgments made in encoding it."),
  })
  .describe("A communication task of the plan, or an assignment block of several.");
export type Activity = z.infer<typeof Activity>;
