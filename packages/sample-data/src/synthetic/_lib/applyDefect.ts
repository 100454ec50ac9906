import type { Activity, Assignee, Plan, SubTask } from "@parcomms/core";
import type { DefectKind } from "../DefectKind";
import { dayNumber, issueDateWithoutDay } from "./days";
import type { Rng } from "./Rng";
import { quartersTimeframe } from "./timeframes";

const hasLead = (assignees: readonly Assignee[]) => assignees.some((a) => a.role === "lead");

/**
 * The assignees that `keep` keeps, left to one task of activity `i`: the
 * activity itself, or one of its sub-tasks (which then names its own
 * assignees, the block's less the others), since validatePlan checks the lead
 * of each piece of work.
 */
function keepAssignees(plan: Plan, i: number, rng: Rng, keep: (a: Assignee) => boolean): string {
  const activity = plan.activities[i] as Activity;
  const subtasks = activity.subtasks ?? [];
  if (subtasks.length === 0) {
    activity.assignees = activity.assignees.filter(keep);
    return `/activities/${i}/assignees`;
  }
  const j = rng.int(0, subtasks.length - 1);
  const subtask = subtasks[j] as SubTask;
  subtask.assignees = (subtask.assignees ?? activity.assignees).filter(keep);
  return `/activities/${i}/subtasks/${j}/assignees`;
}

/**
 * Plants a defect in a freshly generated plan (mutating it) and returns the
 * JSON Pointer where validation reports it. The activity it touches is drawn
 * at random among the plan's activities; a missing lead goes to the next one
 * that has a lead (a task asked of a requested body has none to lose), and to
 * one sub-task of it when it has sub-tasks. `year` is the year the plan was
 * built for (its period), which dates the outside-period defect.
 */
export function applyDefect(plan: Plan, defect: DefectKind, rng: Rng, year: number): string {
  const n = plan.activities.length;
  const i = rng.int(0, n - 1);
  const activity = plan.activities[i] as Activity;
  switch (defect) {
    case "missing-lead": {
      for (let k = 0; k < n; k++) {
        const at = (i + k) % n;
        if (hasLead((plan.activities[at] as Activity).assignees))
          return keepAssignees(plan, at, rng, (a) => a.role !== "lead");
      }
      // Every task asked of requested bodies (no real plan is like that): one loses those too, as 003:147 names nobody.
      return keepAssignees(plan, i, rng, (a) => a.role === "coordinating");
    }
    case "out-of-period-timeframe":
      // Last year's quarter left in this year's plan, as "Quý IV/2023" in 003:430.
      activity.timeframe = quartersTimeframe(year - 1, [4]);
      return `/activities/${i}/timeframe`;
    case "unreachable-quota": {
      const count = rng.int(20, 30);
      activity.frequency = {
        kind: "frequency",
        count: 1,
        per: "month",
        interval: 1,
        output: "article",
        raw: "Mỗi tháng 01 tin/bài",
      };
      activity.quotas = [
        {
          kind: "quota",
          comparator: "atLeast",
          count,
          output: "article",
          per: "quarter",
          raw: `ít nhất ${count} tin/bài mỗi quý`,
        },
      ];
      return `/activities/${i}/quotas/0`;
    }
    case "missing-number": {
      // "Số: /KH-UBND" and "ngày tháng 01 năm 2024" (001:3, 001:5): a copy made before numbering.
      plan.number = { notStated: true, raw: "Số: /KH-UBND" };
      const date = plan.issueDate ?? { year, month: 1 };
      plan.issueDate = issueDateWithoutDay(dayNumber(date.year, date.month ?? 1, date.day ?? 1));
      return "/number";
    }
  }
}
