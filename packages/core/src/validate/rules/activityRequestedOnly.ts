import { leadGaps } from "../_lib/leadGaps";
import type { Rule } from "../_lib/Rule";

/**
 * activity.requested-only: a task that no assignee leads and that is asked
 * of a requested body (đề nghị: the Front, mass organisations, bodies
 * outside the issuer's authority), with any bodies it works with
 * coordinating. The plan asks rather than assigns, so no lead is expected; the
 * info says that no office of the issuer answers for the task.
 *
 * @example
 * // 002:137–139, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội":
 * activityRequestedOnly.check(plan, context)
 * // [{ code: "activity.requested-only", path: "/activities/1/assignees", params: { activityId: "a-assignment-V.9" }, … }]
 */
export const activityRequestedOnly: Rule = {
  code: "activity.requested-only",
  check: (plan) => leadGaps(plan, "requested-only"),
};
