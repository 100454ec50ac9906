import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * activity.no-lead: an activity none of whose assignees has the role lead
 * (chủ trì).
 *
 * @example
 * // 003:147, forms item d. "Tổ chức hội nghị, hội thảo cấp xã …" names no office:
 * activityNoLead.check(plan, context) // [{ code: "activity.no-lead", path: "/activities/0/assignees", … }]
 */
export const activityNoLead: Rule = {
  code: "activity.no-lead",
  check: (plan) =>
    plan.activities.flatMap((activity, i) =>
      activity.assignees.some((a) => a.role === "lead")
        ? []
        : [makeIssue("activity.no-lead", `/activities/${i}/assignees`, { activityId: activity.id })],
    ),
};
