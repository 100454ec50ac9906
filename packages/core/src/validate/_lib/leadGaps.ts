import type { Assignee } from "../../model/Assignee";
import type { Plan } from "../../model/Plan";
import type { ValidationIssue } from "../ValidationIssue";
import { makeIssue } from "./makeIssue";

/**
 * None when an assignee leads; else "requested-only" when the task is asked
 * of a requested body (đề nghị; those it works with may coordinate: 001:125
 * "Đề nghị phối hợp chặt chẽ với các cơ quan của thành phố"), else "no-lead".
 */
function leadGap(assignees: readonly Assignee[]): "no-lead" | "requested-only" | undefined {
  let requested = false;
  for (const a of assignees) {
    if (a.role === "lead") return undefined;
    if (a.role === "requested") requested = true;
  }
  return requested ? "requested-only" : "no-lead";
}

/**
 * The lead gaps of every task of a plan, as `planTasks` resolves them: an
 * activity without sub-tasks, or each sub-task with the block's assignees
 * unless it names its own (the block itself is not a task). Shared by
 * activity.no-lead and activity.requested-only, which differ only in the gap
 * they report (each rule makes its own pass: no state is kept between
 * calls). The path is the task's assignees (a sub-task's, even
 * when it takes them from its block, so each task is named where it stands).
 */
export function leadGaps(plan: Plan, gap: "no-lead" | "requested-only"): ValidationIssue[] {
  const found: Record<"no-lead" | "requested-only", ValidationIssue[]> = {
    "no-lead": [],
    "requested-only": [],
  };
  const code = { "no-lead": "activity.no-lead", "requested-only": "activity.requested-only" } as const;
  for (let i = 0; i < plan.activities.length; i++) {
    const activity = plan.activities[i] as Plan["activities"][number];
    if (!activity.subtasks || activity.subtasks.length === 0) {
      const g = leadGap(activity.assignees);
      if (g === gap)
        found[g].push(makeIssue(code[g], `/activities/${i}/assignees`, { activityId: activity.id }));
      continue;
    }
    for (const [j, subtask] of activity.subtasks.entries()) {
      const g = leadGap(subtask.assignees ?? activity.assignees);
      if (g === gap)
        found[g].push(
          makeIssue(code[g], `/activities/${i}/subtasks/${j}/assignees`, { activityId: subtask.id }),
        );
    }
  }
  return found[gap];
}
