import { z } from "zod";
import { AssigneeRef } from "./Assignee";
import { LineRange } from "./LineRange";

/**
 * Who is told when something goes wrong, and who decides ("Trong quá trình
 * thực hiện, nếu có phát sinh vướng mắc, các cơ quan, đơn vị, địa phương báo
 * cáo UBND tỉnh (qua Sở Nội vụ tổng hợp) để xem xét, giải quyết", 002:141).
 */
export const Escalation = z
  .object({
    trigger: z.string().min(1).describe('What sets it off, as written ("nếu có khó khăn, vướng mắc").'),
    reporters: z.array(AssigneeRef).describe("Who raises the problem; empty when the plan does not say."),
    via: z
      .array(AssigneeRef)
      .describe("The offices the problem goes through to be collected (qua Sở Nội vụ tổng hợp)."),
    to: z.array(z.string().min(1)).describe('Who considers and resolves it, as written ("UBND tỉnh").'),
    text: z.string().min(1).optional().describe("The passage as written."),
    lines: LineRange.optional(),
  })
  .describe("How problems met in carrying out the plan are raised, and to whom.");
export type Escalation = z.infer<typeof Escalation>;
