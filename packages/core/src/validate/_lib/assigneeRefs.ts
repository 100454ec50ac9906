import type { Plan } from "../../model/Plan";

/** A reference to an office or assignee group, with where it is. */
export interface AssigneeRefSite {
  /** JSON Pointer to the `ref` field. */
  readonly path: string;
  readonly ref: string;
}

/**
 * Every place a plan refers to an office or assignee group by id: activity
 * assignees and targets, the focal point, the budget, reporting, the plan's
 * targets and childPlanRequirements.
 */
export function assigneeRefs(plan: Plan): AssigneeRefSite[] {
  const sites: AssigneeRefSite[] = [];
  const add = (base: string, list: readonly { ref: string }[] | undefined) =>
    list?.forEach((r, i) => {
      sites.push({ path: `${base}/${i}/ref`, ref: r.ref });
    });
  plan.activities.forEach((a, i) => {
    add(`/activities/${i}/assignees`, a.assignees);
    a.targets.forEach((t, j) => {
      add(`/activities/${i}/targets/${j}/appliesTo`, t.appliesTo);
    });
  });
  if (plan.focalPoint) sites.push({ path: "/focalPoint/ref", ref: plan.focalPoint.ref });
  add("/budget/estimateBy", plan.budget?.estimateBy);
  add("/budget/submittedTo", plan.budget?.submittedTo);
  plan.reporting.forEach((r, i) => {
    add(`/reporting/${i}/reporters`, r.reporters);
    if (r.via) sites.push({ path: `/reporting/${i}/via/ref`, ref: r.via.ref });
  });
  plan.targets.forEach((t, i) => {
    add(`/targets/${i}/appliesTo`, t.appliesTo);
  });
  add("/childPlanRequirements/appliesTo", plan.childPlanRequirements?.appliesTo);
  return sites;
}
