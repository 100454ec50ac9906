import { z } from "zod";
import { Role } from "./Role";

/** A reference to an office or assignee group of the plan, as a task names it. */
export const AssigneeRef = z
  .object({
    ref: z.string().min(1).describe("Id of an office or assignee group of the plan."),
    wording: z.string().min(1).optional().describe("How this passage of the plan names it."),
  })
  .describe("A reference to an office or assignee group of the plan.");
export type AssigneeRef = z.infer<typeof AssigneeRef>;

/** An office or group taking part in an activity, with its role. */
export const Assignee = AssigneeRef.extend({ role: Role }).describe(
  "An office or assignee group taking part in an activity, with its role.",
);
export type Assignee = z.infer<typeof Assignee>;
