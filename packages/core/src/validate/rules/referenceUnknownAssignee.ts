import { assigneeRefs } from "../_lib/assigneeRefs";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * reference.unknown-assignee: a reference to an office or assignee group
 * (assignee, focal point, budget, reporting, target, childPlanRequirements)
 * whose `ref` is the id of neither an office nor an assignee group of the plan.
 *
 * @example
 * referenceUnknownAssignee.check(plan, context)
 * // [{ code: "reference.unknown-assignee", path: "/focalPoint/ref", params: { ref: "van-hoa-xa-hoi" }, … }]
 */
export const referenceUnknownAssignee: Rule = {
  code: "reference.unknown-assignee",
  check: (plan) => {
    const known = new Set([...plan.offices.map((o) => o.id), ...plan.assigneeGroups.map((g) => g.id)]);
    return assigneeRefs(plan, (ref) => !known.has(ref)).map((site) =>
      makeIssue("reference.unknown-assignee", site.path, { ref: site.ref }),
    );
  },
};
