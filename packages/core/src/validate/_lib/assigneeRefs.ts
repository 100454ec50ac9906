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
  // The path of the holder is made only when one of its refs is kept.
  const add = (base: () => string, list: readonly { ref: string }[] | undefined) => {
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const ref = (list[i] as { ref: string }).ref;
      if (!keep || keep(ref)) sites.push({ path: `${base()}/${i}/ref`, ref });
    }
  };
  for (const [i, a] of plan.activities.entries()) {
    add(() => `/activities/${i}/assignees`, a.assignees);
    for (const [j, t] of a.targets.entries())
      add(() => `/activities/${i}/targets/${j}/appliesTo`, t.appliesTo);
    if (!a.subtasks) continue;
    for (const [j, s] of a.subtasks.entries()) {
      add(() => `/activities/${i}/subtasks/${j}/assignees`, s.assignees);
      for (const [k, t] of (s.targets ?? []).entries())
        add(() => `/activities/${i}/subtasks/${j}/targets/${k}/appliesTo`, t.appliesTo);
    }
  }
  if (plan.focalPoint) push("/focalPoint/ref", plan.focalPoint.ref);
  add(() => "/budget/estimateBy", plan.budget?.estimateBy);
  add(() => "/budget/submittedTo", plan.budget?.submittedTo);
  for (const [i, r] of plan.reporting.entries()) {
    add(() => `/reporting/${i}/reporters`, r.reporters);
    if (r.via) push(`/reporting/${i}/via/ref`, r.via.ref);
  }
  for (const [i, e] of (plan.escalation ?? []).entries()) {
    add(() => `/escalation/${i}/reporters`, e.reporters);
    add(() => `/escalation/${i}/via`, e.via);
  }
  for (const [i, t] of plan.targets.entries()) add(() => `/targets/${i}/appliesTo`, t.appliesTo);
  add(() => "/childPlanRequirements/appliesTo", plan.childPlanRequirements?.appliesTo);
  return sites;
}
