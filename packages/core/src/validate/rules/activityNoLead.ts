import { leadGaps } from "../_lib/leadGaps";
import type { Rule } from "../_lib/Rule";

/**
 * activity.no-lead: a task (an activity without sub-tasks, or a sub-task
 * with its block's assignees unless it names its own) that no assignee
 * leads (chủ trì), and that is not asked of a requested body (that gives
 * activity.requested-only instead).
 *
 * @example
 * // 003:147, forms item d. names no office:
 * activityNoLead.check(plan, context)
 * // [{ code: "activity.no-lead", path: "/activities/0/assignees", params: { activityId: "a-forms-item-d" }, … }]
 */
export const activityNoLead: Rule = {
  code: "activity.no-lead",
  check: (plan) => leadGaps(plan, "no-lead"),
};
