import type { Plan } from "../../model/Plan";

/** A reference to an office or assignee group, with where it is. */
export interface AssigneeRefSite {
  /** JSON Pointer to the `ref` field. */
  readonly path: string;
  readonly ref: string;
}

/**
 * Every place a plan refers to an office or assignee group by id: activity
 * and sub-task assignees and targets, the focal point, the budget,
 * reporting, escalation (reporters and via), the plan's targets and
 * childPlanRequirements; with `keep`, only the refs it keeps.
 */
export function assigneeRefs(plan: Plan, keep?: (ref: string) => boolean): AssigneeRefSite[] {
  const sites: AssigneeRefSite[] = [];
  const push = (path: string, ref: string) => {
    if (!keep || keep(ref)) sites.push({ path, ref });
  };
  // No closure per holder: the holder's path is made from its parts only when one of its refs is kept.
  const add = (
    list: readonly { ref: string }[] | undefined,
    base: string,
    i = -1,
    tail = "",
    j = -1,
    end = "",
  ) => {
    if (!list) return;
    for (let k = 0; k < list.length; k++) {
      const ref = (list[k] as { ref: string }).ref;
      if (keep && !keep(ref)) continue;
      const at = i < 0 ? base : j < 0 ? `${base}/${i}${tail}` : `${base}/${i}${tail}/${j}${end}`;
      sites.push({ path: `${at}/${k}/ref`, ref });
    }
  };
  const activities = plan.activities;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as Plan["activities"][number];
    add(a.assignees, "/activities", i, "/assignees");
    for (let j = 0; j < a.targets.length; j++)
      add(a.targets[j]?.appliesTo, "/activities", i, "/targets", j, "/appliesTo");
    const subtasks = a.subtasks;
    if (!subtasks) continue;
    for (let j = 0; j < subtasks.length; j++) {
      const s = subtasks[j] as NonNullable<typeof subtasks>[number];
      add(s.assignees, `/activities/${i}/subtasks`, j, "/assignees");
      const targets = s.targets ?? [];
      for (let k = 0; k < targets.length; k++)
        add(targets[k]?.appliesTo, `/activities/${i}/subtasks`, j, "/targets", k, "/appliesTo");
    }
  }
  if (plan.focalPoint) push("/focalPoint/ref", plan.focalPoint.ref);
  add(plan.budget?.estimateBy, "/budget/estimateBy");
  add(plan.budget?.submittedTo, "/budget/submittedTo");
  for (let i = 0; i < plan.reporting.length; i++) {
    const r = plan.reporting[i] as Plan["reporting"][number];
    add(r.reporters, "/reporting", i, "/reporters");
    if (r.via) push(`/reporting/${i}/via/ref`, r.via.ref);
  }
  const escalation = plan.escalation ?? [];
  for (let i = 0; i < escalation.length; i++) {
    const e = escalation[i] as NonNullable<Plan["escalation"]>[number];
    add(e.reporters, "/escalation", i, "/reporters");
    add(e.via, "/escalation", i, "/via");
  }
  for (let i = 0; i < plan.targets.length; i++) add(plan.targets[i]?.appliesTo, "/targets", i, "/appliesTo");
  add(plan.childPlanRequirements?.appliesTo, "/childPlanRequirements/appliesTo");
  return sites;
}
