import type { Assignee } from "../../model/Assignee";
import type { Plan } from "../../model/Plan";
import type { ValidationIssue } from "../ValidationIssue";
import { makeIssue } from "./makeIssue";

/** "no-lead" when no assignee leads; "requested-only" when every assignee is requested (đề nghị); else none. */
function leadGap(assignees: readonly Assignee[]): "no-lead" | "requested-only" | undefined {
  let requested = 0;
  for (const a of assignees) {
    if (a.role === "lead") return undefined;
    if (a.role === "requested") requested++;
  }
  return requested > 0 && requested === assignees.length ? "requested-only" : "no-lead";
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
